"""dipevents report: records checked before a page is written, the page self-contained, its
data what the records say. The page drawn in a real browser is tested in
tests/bench/test_report_browser.py."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from dipevents.report import Collected, ReportError, page_data, read_records, render

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def records(extractor):
    from datetime import date

    text = ("Russia imposed sanctions on Ukraine on Monday. Britain met France in Paris on "
            "Tuesday.\n\nThe spokesman said </script><b>nothing</b> about Japan cutting tariffs "
            "on South Korean steel.")
    return [e.to_dict() for e in extractor.extract("doc-1", text, date(2022, 2, 10))], text


def write(path: Path, lines: list[str]) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def command(*args: str) -> list[str]:
    return [sys.executable, "-m", "dipevents", *args]


def test_bad_records_are_named_by_file_and_line(tmp_path, records):
    good = json.dumps(records[0][0])
    cases = {
        "text.jsonl": ([good, "this is not JSON"], ":2: not JSON"),
        "field.jsonl": ([json.dumps({**records[0][0], "actor": {"code": "RUS"}})],
                        ":1: event record without actor.text"),
        "list.jsonl": (["[1, 2]"], ":1: not an event record"),
        "empty.jsonl": ([], ": no event records (an empty file)"),
    }
    for name, (lines, message) in cases.items():
        path = write(tmp_path / name, lines)
        with pytest.raises(ReportError, match=re.escape(f"{path}{message}")):
            read_records([str(good_path := write(tmp_path / "ok.jsonl", [good])), str(path)])
        assert good_path.exists()


def test_a_bad_input_writes_no_page_and_leaves_the_old_one(tmp_path, records):
    page = tmp_path / "report.html"
    page.write_text("the previous page")
    bad = write(tmp_path / "bad.jsonl", [json.dumps(records[0][0]), "{"])
    res = subprocess.run(command("report", str(bad), "-o", str(page)), capture_output=True,
                         text=True)
    assert res.returncode == 1
    assert res.stderr == f"dipevents: {bad}:2: not JSON (Expecting property name enclosed in " \
                         "double quotes); give the JSONL that 'dipevents extract' writes\n"
    assert page.read_text() == "the previous page"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_the_page_needs_no_network_and_carries_the_records(records):
    events, text = records
    collected = Collected(records=events)
    page = render(collected)
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=", page)
    assert "default-src 'none'" in page  # the page's own policy forbids requests
    data = re.search(r'<script type="application/json" id="data">(.*?)</script>', page, re.S)
    assert json.loads(data.group(1)) == page_data(collected)  # "</script>" in a sentence too


def test_page_data_pools_sentences_and_keeps_offsets_in_them(records):
    events, text = records
    data = page_data(Collected(records=events + events))
    assert len(data["events"]) == 2 * len(events) and len(events) >= 3
    assert len(data["sentences"]) == len({(e["start"], e["text"]) for e in events})
    for row, event in zip(data["events"], events, strict=False):
        sentence = data["sentences"][row[10]][2]
        assert sentence[row[11]:row[12]] == event["actor"]["text"]
        assert sentence[row[13]:row[14]] == event["action"]["text"]
        assert data["codes"][row[1]] == event["actor"]["code"]


def test_extract_writes_the_page_with_its_options_and_texts(tmp_path):
    page = tmp_path / "report.html"
    res = subprocess.run(command("extract", str(ROOT / "examples" / "korea-summit.txt"),
                                 "--date", "2024-03-01", "-f", "jsonl", "--report", str(page)),
                         capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    data = json.loads(re.search(r'id="data">(.*?)</script>', page.read_text(), re.S).group(1))
    assert data["meta"]["events"] == len(res.stdout.splitlines()) > 0
    assert data["meta"]["options"]["date"] == "2024-03-01"
    assert list(data["texts"].values()) == [(ROOT / "examples" / "korea-summit.txt").read_text()]


def test_a_target_with_words_but_no_code_is_highlighted_not_networked(tmp_path, extractor):
    text = "The European Commission opened an investigation into 70 employees of Wargaming."
    events = [e.to_dict() for e in extractor.extract("d", text, None)]
    assert events and events[0]["target"]["code"] is None
    path = write(tmp_path / "uncoded.jsonl", [json.dumps(e) for e in events])
    data = page_data(read_records([str(path)]))
    row = data["events"][0]
    assert row[3] == -1  # no code: no dyad in the network or table
    assert data["sentences"][row[10]][2][row[15]:row[16]] == "70 employees of Wargaming"
