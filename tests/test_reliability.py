"""One bad document, file or write never costs the rest of a run, and never loses output."""

import gzip
import json
from datetime import date

import pytest

from dipevents import extract
from dipevents.inputs import iter_documents
from dipevents.parallel import Settings, process

from .conftest import run_cli

TEXT = "Russia imposed sanctions on Ukraine on Monday."


@pytest.fixture(autouse=True)
def _model_loaded(extractor):
    """Load the model once for the session, outside any one test's output."""


run = run_cli


def jsonl(path, *docs):
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    return path


@pytest.mark.parametrize("day, text", [("0001-01-01", "Russia attacked Ukraine last week."),
                                       ("9999-12-31", "Russia will attack Ukraine next week."),
                                       ("0001-01-01", "Russia attacked Ukraine yesterday.")])
def test_reference_dates_at_the_calendars_edge_leave_relative_dates_unresolved(day, text):
    (event, *_) = extract(text, date=day)
    assert event.action.type == "ASSAULT"
    assert event.date.basis == "document" and event.date.value == day


def test_a_document_that_fails_is_named_and_the_others_are_kept(tmp_path, monkeypatch):
    from dipevents.events import Extractor

    real = Extractor._unit

    def failing(self, state, unit):
        if "BOOM" in unit.doc.text:
            raise RuntimeError("injected fault")
        return real(self, state, unit)

    monkeypatch.setattr(Extractor, "_unit", failing)
    docs = [{"id": f"d{i}", "date": "2022-02-10",
             "text": "BOOM. " + TEXT if i == 5 else TEXT} for i in range(40)]
    path = jsonl(tmp_path / "in.jsonl", *docs)
    res = run("extract", path, "--format", "jsonl", "--jobs", "1")  # the patch is in-process
    assert res.exit_code == 1
    assert "d5: internal error: RuntimeError: injected fault" in res.stderr
    assert "Traceback" not in res.stderr
    ids = [json.loads(line)["doc"] for line in res.stdout.splitlines()]
    assert ids == [f"d{i}" for i in range(40) if i != 5]
    debug = run("extract", path, "--format", "jsonl", "--jobs", "1", "--debug")
    assert "Traceback" in debug.stderr and "injected fault" in debug.stderr


def test_every_document_comes_back_in_order_even_when_one_fails(monkeypatch):
    from dipevents.events import Extractor
    from dipevents.inputs import InputError
    from dipevents.model import Document

    real = Extractor._unit
    monkeypatch.setattr(Extractor, "_unit", lambda self, state, unit: (
        (_ for _ in ()).throw(ValueError("x")) if "BOOM" in unit.doc.text
        else real(self, state, unit)))
    docs = [Document(f"d{i}", "BOOM. " + TEXT if i == 3 else TEXT, date(2022, 2, 10))
            for i in range(20)]
    out = list(process(docs, Settings()))
    assert [item.id if isinstance(item, Document) else item.source for item, _ in out] == \
        [d.id for d in docs]
    assert isinstance(out[3][0], InputError) and all(events for _, events in out[4:])


def test_a_paragraph_over_spacys_limit_is_read_in_pieces_with_the_same_events(
        extractor, monkeypatch):
    from dipevents import pipeline

    text = " ".join([TEXT, "Britain met France in Paris.", "China condemned Japan."] * 40)
    before = extractor.extract("t", text, date(2022, 2, 10))
    monkeypatch.setattr(pipeline, "MAX_PIECE", 500)
    monkeypatch.setattr(extractor.pipeline.nlp, "max_length", 600)
    after = extractor.extract("t", text, date(2022, 2, 10))
    assert [e.to_dict() for e in after] == [e.to_dict() for e in before]
    assert all(text[e.start:e.end] == e.text and text[e.actor.start:e.actor.end] == e.actor.text
               for e in after)


def test_pieces_end_at_a_break_and_cover_the_text():
    from dipevents.pipeline import pieces

    text = "alpha beta. gamma delta\nepsilon " + "x" * 50
    parts = list(pieces(text, 20))
    assert "".join(p for _, p in parts) == text
    assert all(text[at:at + len(p)] == p and len(p) <= 20 for at, p in parts)
    assert parts[0][1] == "alpha beta. "


def test_an_output_that_is_also_an_input_is_refused_and_left_whole(tmp_path):
    path = jsonl(tmp_path / "victim.jsonl", {"id": "a", "text": TEXT})
    before = path.read_bytes()
    res = run("extract", path, "-o", path)
    assert res.exit_code == 2 and "also an input" in res.stderr
    assert path.read_bytes() == before


def test_a_run_that_read_nothing_leaves_the_previous_output(tmp_path):
    keep = tmp_path / "keep.csv"
    keep.write_text("previous\n")
    res = run("extract", tmp_path / "missing.txt", "-o", keep, "--format", "csv")
    assert res.exit_code == 1 and "missing.txt: no such file" in res.stderr
    assert keep.read_text() == "previous\n"
    assert list(tmp_path.iterdir()) == [keep]  # no temporary file left


def test_output_is_written_whole_or_not_at_all(tmp_path):
    out = tmp_path / "events.jsonl"
    out.write_text("previous\n")
    res = run("extract", "-", "--date", "2022-02-10", "-o", out, stdin=TEXT)
    assert res.exit_code == 0 and json.loads(out.read_text())["action"]["type"] == "SANCTION"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.jsonl"]


@pytest.mark.parametrize("where", ["/dev/full", "{tmp}/no/such/dir/out.jsonl"])
def test_write_errors_are_one_line_and_exit_5(tmp_path, where):
    where = where.format(tmp=tmp_path)
    res = run("extract", "-", "--date", "2022-02-10", "-o", where, stdin=TEXT)
    assert res.exit_code == 5
    assert res.stderr.count("\n") == 1 and f"cannot write {where}" in res.stderr


def test_an_unwritable_unresolved_file_is_one_line(tmp_path):
    res = run("extract", "-", "--date", "2022-02-10", "--unresolved", "/dev/full",
              stdin="Russia met Ruritania's envoy Zorblat.")
    assert res.exit_code == 5 and "cannot write /dev/full" in res.stderr
    assert "Traceback" not in res.stderr


def test_jobs_above_the_cores_are_capped_with_a_note():
    from dipevents.parallel import available_cores

    res = run("extract", "-", "--date", "2022-02-10", "--jobs", "64", stdin=TEXT)
    assert res.exit_code == 0
    assert f"--jobs 64 capped at {available_cores()}" in res.stderr


def test_utf16_text_and_gzip_collections_are_read(tmp_path):
    (tmp_path / "le.txt").write_text(TEXT, encoding="utf-16")
    (tmp_path / "be.txt").write_bytes(b"\xfe\xff" + TEXT.encode("utf-16-be"))
    packed = tmp_path / "docs.jsonl.gz"
    packed.write_bytes(gzip.compress(json.dumps({"id": "z", "text": TEXT}).encode() + b"\n"))
    docs = list(iter_documents([str(tmp_path / "le.txt"), str(tmp_path / "be.txt"),
                                str(packed)], date(2022, 2, 10)))
    assert [d.text for d in docs] == [TEXT] * 3


def test_a_truncated_gzip_is_named_after_the_documents_it_held(tmp_path):
    lines = b"".join(json.dumps({"id": f"d{i}", "text": TEXT * 20}).encode() + b"\n"
                     for i in range(200))
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(gzip.compress(lines)[:600])
    items = list(iter_documents([str(path)]))
    assert items and "not a readable gzip file" in str(items[-1])
    assert all(getattr(d, "text", None) == TEXT * 20 for d in items[:-1])


def test_gzip_on_stdin_is_read():
    import io

    stdin = io.BufferedReader(io.BytesIO(gzip.compress(TEXT.encode())))
    (doc,) = iter_documents(["-"], date(2022, 2, 10), stdin=stdin)
    assert doc.text == TEXT


def test_a_record_is_one_line_for_unicode_aware_readers_too():
    """Found by the property-based tests: U+2028 in a sentence split a record for readers
    that break lines the Unicode way (str.splitlines, JavaScript)."""
    text = "\u2028 Russia imposed sanctions\x85 on Ukraine\u2029 on Monday."
    res = run("extract", "-", "--date", "2022-02-10", "--format", "jsonl", stdin=text)
    (line,) = res.stdout.splitlines()
    assert json.loads(line)["text"] == text.strip(" \u2028")
