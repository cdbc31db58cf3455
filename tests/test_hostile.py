"""Property-based tests: hostile text and dates never raise, and every record holds together.

`make test` runs a small, fixed budget (derandomized, so a run is repeatable); `make fuzz`
runs the same properties with many more examples (HYPOTHESIS_PROFILE=fuzz).
"""

import json
import os
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from dipevents.cli import app
from dipevents.inputs import iter_documents
from dipevents.model import Document
from dipevents.parallel import Settings, process

from .test_schema import SCHEMA, check

settings.register_profile("default", max_examples=25, derandomize=True, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow,
                                                 HealthCheck.function_scoped_fixture])
settings.register_profile("fuzz", max_examples=600, derandomize=False, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow,
                                                 HealthCheck.function_scoped_fixture])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

# Real sentences, so that hostile characters land inside and around events.
SENTENCES = ["Russia imposed sanctions on Ukraine on Monday.", "Britain met France in Paris.",
             "China accused Japan of provocations last week.", "The two sides talked.",
             "Iran's foreign minister said Tehran would retaliate if attacked.",
             "Rebels attacked an army post in Mali on 3/4/2021."]
ODD = st.sampled_from(["\x00", "\x1b[31m", "\u200f", "\u202e", "\u0301", "\ufeff", "\r",
                       "\u2028", "🇺🇦", "👍🏽", "\t", "\x0c", "\ud7ff", "", "...", "«", "\n\n"])
PIECE = st.one_of(st.sampled_from(SENTENCES), ODD,
                  st.text(st.characters(codec="utf-8"), max_size=40),
                  st.text(st.sampled_from("abcxyz"), min_size=200, max_size=3000),  # long token
                  st.just("\n" * 50))
TEXTS = st.lists(PIECE, max_size=12).map(" ".join)
DATES = st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))


def assert_holds(text: str, events) -> None:
    for event in events:
        record = event.to_dict()
        assert check(record, SCHEMA) is None
        assert text[event.start:event.end] == event.text
        for part in (event.actor, event.action, event.target):
            if part is not None:
                assert text[part.start:part.end] == part.text


@pytest.fixture(scope="module")
def extractor_ready(extractor):
    return extractor


@given(text=TEXTS, day=DATES)
def test_any_text_and_reference_date_give_records_that_hold(extractor_ready, text, day):
    events = extractor_ready.extract("t", text, day)
    assert_holds(text, events)


@given(docs=st.lists(st.tuples(TEXTS, DATES), min_size=1, max_size=20))
def test_every_document_is_accounted_for_in_order(extractor_ready, docs):
    items = [Document(f"d{i}", text, day) for i, (text, day) in enumerate(docs)]
    out = list(process(items, Settings()))
    assert [item.id for item, _ in out] == [d.id for d in items]
    for (_, events), (text, _) in zip(out, docs, strict=True):
        assert_holds(text, events)


LINES = st.one_of(
    st.fixed_dictionaries({"id": st.text(max_size=8), "text": TEXTS},
                          optional={"date": st.one_of(st.dates().map(str), st.text(max_size=12),
                                                      st.integers(), st.none())}).map(json.dumps),
    st.text(max_size=60).filter(lambda s: "\n" not in s and "\r" not in s),  # not JSON
    st.just(""), st.just("[1, 2]"), st.just('{"text": 5}'))


@given(lines=st.lists(LINES, min_size=1, max_size=8))
def test_the_command_reads_any_jsonl_without_a_traceback(extractor_ready, tmp_path_factory,
                                                         lines):
    path = tmp_path_factory.mktemp("in") / "docs.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8", errors="surrogatepass")
    res = CliRunner().invoke(app, ["extract", str(path), "--format", "jsonl", "--jobs", "1"])
    assert res.exception is None or isinstance(res.exception, SystemExit), res.exception
    assert res.exit_code in (0, 1) and "Traceback" not in res.stderr
    documents = [i for i in iter_documents([str(path)]) if isinstance(i, Document)]
    texts: dict[str, list[str]] = {}
    for doc in documents:  # ids may repeat: a record holds in one of its documents
        texts.setdefault(doc.id, []).append(doc.text)
    for line in res.stdout.splitlines():
        record = json.loads(line)
        assert check(record, SCHEMA) is None
        assert any(t[record["start"]:record["end"]] == record["text"] for t in texts[record["doc"]])
    errors = [line for line in res.stderr.splitlines() if f"{path}:" in line]
    problems = sum(1 for i in iter_documents([str(path)]) if not isinstance(i, Document))
    assert len(errors) >= problems  # every bad line is named
