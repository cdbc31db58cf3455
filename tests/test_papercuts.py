"""What a new user trips over (issue 16): reference dates, the API, CSV, configuration errors,
inputs read wrongly, model names. Each test failed before its fix."""

import csv
import io
import json
from datetime import date

import pytest

from dipevents.inputs import iter_documents

from .conftest import run_cli

TEXT = "Russia imposed sanctions on Ukraine."


@pytest.fixture(autouse=True)
def _model_loaded(extractor):
    """Load the model once for the session, outside any one test's output."""


run = run_cli


# -- reference dates ----------------------------------------------------------------------------

def test_a_dateline_wins_over_date_which_is_for_documents_that_carry_none(tmp_path):
    dated = tmp_path / "dated.txt"
    dated.write_text("Published: Feb 10, 2022\n\n" + TEXT)
    undated = tmp_path / "undated.txt"
    undated.write_text(TEXT)
    docs = list(iter_documents([str(dated), str(undated)], date(2020, 6, 18)))
    assert [d.date for d in docs] == [date(2022, 2, 10), date(2020, 6, 18)]


@pytest.mark.parametrize("line, day_first, day", [
    ("New Delhi, 18/06/2020: ", False, date(2020, 6, 18)),  # 18 cannot be a month
    ("Ankara, 03/04/2021 - ", False, date(2021, 3, 4)),  # month first, as --day-first is off
    ("Ankara, 03/04/2021 - ", True, date(2021, 4, 3)),
    ("BOGOTA, 12.25.2019 (AP) ", True, date(2019, 12, 25)),  # 25 cannot be a month
])
def test_numeric_datelines_give_the_reference_date(tmp_path, line, day_first, day):
    path = tmp_path / "a.txt"
    path.write_text(line + TEXT)
    (doc,) = iter_documents([str(path)], day_first=day_first)
    assert doc.date == day


# -- the Python API -----------------------------------------------------------------------------

def test_extract_documents_takes_strings_and_dicts_and_refuses_the_rest():
    from dipevents import extract_documents

    out = list(extract_documents([TEXT, {"doc_id": "x", "text": TEXT, "date": "2022-02-10"}]))
    assert [d.id for d, _ in out] == ["doc-1", "x"]
    assert all(events and events[0].action.type == "SANCTION" for _, events in out)
    assert out[1][0].date == date(2022, 2, 10)
    with pytest.raises(TypeError, match="document 1"):
        list(extract_documents([42]))


def test_extract_has_the_command_lines_options():
    from dipevents import extract

    (event, *_) = extract("Russia met Ukraine on 2/10/2022.", day_first=True, select=False)
    assert event.date.value == "2022-10-02"


# -- output -------------------------------------------------------------------------------------

def test_csv_with_dedupe_counts_mentions():
    res = run("extract", "-", "--date", "2022-02-10", "--format", "csv", "--dedupe",
              stdin=f"{TEXT} {TEXT}")
    (row,) = list(csv.DictReader(io.StringIO(res.stdout)))
    assert row["mentions"] == "2"


# -- configuration errors: exit 2, file and entry named -------------------------------------------

def lexicon(path, rows):
    path.write_text("\n".join("\t".join(r) for r in rows) + "\n")
    return path


def test_a_lexicon_entry_with_no_trigger_is_named(tmp_path):
    path = lexicon(tmp_path / "lex.tsv", [("trigger", "pos", "type", "cameo", "mode", "targets",
                                            "objects"), ("", "verb", "CONSULT", "040", "", "with",
                                                         "")])
    res = run("extract", "-", "--lexicon", path, stdin=TEXT)
    assert res.exit_code == 2 and f"{path}:2: entry ''" in res.stderr
    assert "trigger is empty" in res.stderr


def test_a_lexicon_with_a_bad_header_says_which_column(tmp_path):
    path = lexicon(tmp_path / "lex.tsv", [("trigger", "kind", "type"), ("parley", "verb", "CONSULT")])
    res = run("extract", "-", "--lexicon", path, stdin=TEXT)
    assert res.exit_code == 2 and "lacks pos" in res.stderr and str(path) in res.stderr


def test_a_bad_date_in_an_actors_file_names_file_and_entry(tmp_path):
    path = tmp_path / "people.tsv"
    path.write_text("code\tsector\tname\tnames\tfrom\tto\trole\n"
                    "GBR\tGOV\tJane Doe\tJane Doe\t2021-13-45\t\tminister\n")
    res = run("extract", "-", "--actors", path, stdin=TEXT)
    assert res.exit_code == 2 and f"{path}:2: entry 'Jane Doe'" in res.stderr


@pytest.mark.parametrize("content", ['{"dev.gold.jsonl": 0.8}', "[1, 2]", "{not json"])
def test_a_malformed_floors_file_is_one_line_and_exit_2(tmp_path, content):
    floors = tmp_path / "floors.json"
    floors.write_text(content)
    gold = tmp_path / "g.gold.jsonl"
    gold.write_text("")
    res = run("eval", gold, "--floors", floors)
    assert res.exit_code == 2 and "bad --floors file" in res.stderr
    assert "Traceback" not in res.stderr


# -- inputs read wrongly without a word -----------------------------------------------------------

def test_ndjson_and_json_files_are_collections(tmp_path):
    (tmp_path / "a.ndjson").write_text(json.dumps({"id": "n1", "text": TEXT}) + "\n")
    (tmp_path / "b.json").write_text(json.dumps([{"id": "j1", "text": TEXT},
                                                 {"id": "j2", "text": TEXT}]))
    docs = list(iter_documents([str(tmp_path / "a.ndjson"), str(tmp_path / "b.json")]))
    assert [d.id for d in docs] == ["n1", "j1", "j2"]


def test_jsonl_on_stdin_after_a_bom_and_a_blank_line_is_a_collection():
    data = b"\xef\xbb\xbf\n" + json.dumps({"id": "s1", "text": TEXT}).encode() + b"\n"
    (doc,) = iter_documents(["-"], stdin=io.BytesIO(data))
    assert doc.id == "s1" and doc.text == TEXT


def test_an_empty_collection_is_named(tmp_path):
    path = tmp_path / "empty.jsonl"
    path.write_text("\n\n")
    res = run("extract", path)
    assert res.exit_code == 1 and "empty collection" in res.stderr


def test_links_in_an_input_directory_are_named_not_skipped(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT)
    (tmp_path / "gone.txt").symlink_to(tmp_path / "missing.txt")
    other = tmp_path.parent / f"{tmp_path.name}-other"
    other.mkdir()
    (tmp_path / "more").symlink_to(other, target_is_directory=True)
    messages = [str(i) for i in iter_documents([str(tmp_path)]) if not hasattr(i, "text")]
    assert any("gone.txt: broken link" in m for m in messages)
    assert any("more: link to a directory" in m for m in messages)


def test_an_output_inside_an_input_directory_is_not_read_back(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT)
    out = tmp_path / "events.md"
    for _ in range(2):
        res = run("extract", tmp_path, "--date", "2022-02-10", "-o", out)
        assert res.exit_code == 0
    assert {json.loads(line)["doc"] for line in out.read_text().splitlines()} == \
        {str(tmp_path / "a.txt")}


# -- model names --------------------------------------------------------------------------------

def test_the_default_model_name_the_help_gives_is_accepted():
    res = run("extract", "-", "--date", "2022-02-10", "--model", "en_core_web_sm", stdin=TEXT)
    assert res.exit_code == 0 and "SANCTION" in res.stdout


# -- the table ----------------------------------------------------------------------------------

@pytest.mark.parametrize("width", [80, 200])
def test_the_table_keeps_codes_dates_and_flags_whole_at_any_width(width):
    from dipevents import extract
    from dipevents.output import TableWriter

    events = extract("Britain did not impose sanctions on Russia on Monday. Russia might attack "
                     "Ukraine. Russia met Ukraine on Tuesday.", date="2022-02-10",
                     include_hypothetical=True)
    for event in events[:2]:
        event.doc = f"{event.doc}-{event.sentence}"  # several documents: the doc is named too
    out = io.StringIO()
    table = TableWriter(out, width=width)
    for event in events:
        table.write(event)
    table.close()
    text = out.getvalue()
    assert all(len(line) <= width for line in text.splitlines())
    for whole in ("SANCTION 163", "ASSAULT 190", "2022-02-07", "2022-02-10", "negated",
                  "hypothetical", "GBR", "RUS", "UKR", "text-0"):
        assert whole in text, whole
    assert "sanctions" in text  # evidence is shortened or wrapped, never dropped


# -- dates an event's own clause gives --------------------------------------------------------

@pytest.mark.parametrize("sentence, value, basis", [
    ("Russia met Ukraine on the 14th.", "2024-02-14", "text"),
    ("Russia met Ukraine on the 25th.", "2024-01-25", "text"),  # no 25th yet this month
    ("Russia met Ukraine in mid-January.", "2024-01", "text"),
    ("Russia met Ukraine two days ago.", "2024-02-18", "text"),
    ("Russia met Ukraine earlier this month.", "2024-02", "text"),
    ("Russia met Ukraine on Monday, 10 February 2022.", "2022-02-10", "text"),
])
def test_common_date_forms_are_read_and_never_borrowed(code, sentence, value, basis):
    _, events = code("Russia met Ukraine on 02/03/2024. " + sentence, date(2024, 2, 20))
    last = [e for e in events if e.sentence == 1][0]
    assert (last.date.value, last.date.basis) == (value, basis)
    assert last.date.text != "02/03/2024"


def test_a_date_taken_from_the_story_says_so(code):
    _, events = code("Biden on Thursday cautioned Putin. The two leaders talked for an hour.",
                     date(2022, 2, 11))
    talk = [e for e in events if e.sentence == 1][0]
    assert (talk.date.value, talk.date.basis) == ("2022-02-10", "context")
