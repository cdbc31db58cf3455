"""The command line in-process (typer's runner), plus one real subprocess for the script."""

import csv
import io
import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from dipevents import __version__
from dipevents.cli import app

from .conftest import SEED

runner = CliRunner()
TEXT = "Russia imposed sanctions on Ukraine on Monday."


@pytest.fixture(autouse=True)
def _model_loaded(extractor):
    """Load the model once for the session, outside any one test's output."""


def run(*args, stdin=None):
    return runner.invoke(app, list(args), input=stdin)


def test_version_and_help():
    assert run("--version").stdout.strip() == f"dipevents {__version__}"
    for cmd in ([], ["extract"], ["eval"]):
        res = run(*cmd, "--help")
        assert res.exit_code == 0 and "Example:" in res.stdout


def test_jsonl_from_stdin_by_default_when_not_a_terminal():
    res = run("extract", "-", "--date", "2022-02-10", stdin=TEXT)
    assert res.exit_code == 0
    (record,) = [json.loads(line) for line in res.stdout.splitlines()]
    assert record["doc"] == "-"
    assert (record["actor"]["code"], record["action"]["type"], record["target"]["code"]) == \
        ("RUS", "SANCTION", "UKR")
    assert record["date"] == {"value": "2022-02-07", "precision": "day", "text": "Monday",
                              "basis": "text"}


def test_csv_and_table_formats(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(TEXT)
    res = run("extract", str(f), "--format", "csv", "--date", "2022-02-10")
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    assert res.exit_code == 0 and rows[0]["action_type"] == "SANCTION"
    assert rows[0]["target_code"] == "UKR" and rows[0]["cameo"] == "163"
    res = run("extract", str(f), "--format", "table", "--date", "2022-02-10")
    assert res.exit_code == 0 and "SANCTION" in res.stdout and "1 event" in res.stdout


def test_output_file(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(TEXT)
    out = tmp_path / "out.jsonl"
    res = run("extract", str(f), "--output", str(out), "--date", "2022-02-10")
    assert res.exit_code == 0 and res.stdout == ""
    assert json.loads(out.read_text().splitlines()[0])["action"]["type"] == "SANCTION"


def test_bad_inputs_exit_1_after_processing_the_rest(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(TEXT)
    binary = tmp_path / "b.txt"
    binary.write_bytes(b"\x00\x00")
    res = run("extract", str(tmp_path / "missing.txt"), str(binary), str(good),
              "--date", "2022-02-10")
    assert res.exit_code == 1
    assert len(res.stdout.splitlines()) == 1  # the good file's event
    errors = res.stderr.strip().splitlines()
    assert errors == [f"dipevents: {tmp_path / 'missing.txt'}: no such file or directory",
                      f"dipevents: {binary}: binary file, not text"]


def test_invalid_date_is_a_usage_error():
    res = run("extract", "-", "--date", "10/02/2022", stdin=TEXT)
    assert res.exit_code == 2 and "YYYY-MM-DD" in res.stderr


def test_unknown_format_is_a_usage_error():
    assert run("extract", "-", "--format", "xml", stdin=TEXT).exit_code == 2


def test_missing_model_is_one_clear_error():
    res = run("extract", "-", "--model", "no_such_pipeline", stdin=TEXT)
    assert res.exit_code == 3
    assert res.stderr.count("\n") == 1 and "no_such_pipeline is not installed" in res.stderr


def test_no_reference_date_warns_once_and_leaves_relative_dates_open():
    res = run("extract", "-", stdin=TEXT)
    assert res.exit_code == 0
    assert res.stderr.count("no reference date") == 1
    assert json.loads(res.stdout.splitlines()[0])["date"]["value"] is None


def test_jsonl_collection_keeps_doc_ids(tmp_path):
    f = tmp_path / "c.jsonl"
    f.write_text(json.dumps({"doc_id": "d1", "text": TEXT, "date": "2022-02-10"}) + "\n")
    res = run("extract", str(f))
    assert res.exit_code == 0 and json.loads(res.stdout)["doc"] == "d1"


def test_console_script_runs_as_a_module():
    proc = subprocess.run([sys.executable, "-m", "dipevents", "extract", str(SEED), "--date",
                           "2022-02-10"], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    keys = {(r["actor"]["code"], r["action"]["type"], (r["target"] or {}).get("code"))
            for r in map(json.loads, proc.stdout.splitlines())}
    assert ("GBR", "CONSULT", "RUS") in keys


def test_jobs_keep_input_order(tmp_path):
    """Two worker processes, several chunks: records come out in input order."""
    countries = ["France", "Germany", "Spain", "Italy", "Poland", "Greece", "Norway", "Chile"]
    path = tmp_path / "many.jsonl"
    with path.open("w") as out:
        for i in range(40):
            actor = countries[i % len(countries)]
            out.write(json.dumps({"id": f"d{i:02d}", "date": "2022-02-10",
                                  "text": f"{actor} imposed sanctions on Iran."}) + "\n")
    proc = subprocess.run([sys.executable, "-m", "dipevents", "extract", str(path), "--jobs", "2"],
                          capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["doc"] for r in records] == [f"d{i:02d}" for i in range(40)]
    assert [r["actor"]["name"] for r in records[:3]] == ["France", "Germany", "Spain"]


def test_help_and_version_do_not_import_spacy():
    code = ("import sys; from dipevents.cli import app; from typer.testing import CliRunner; "
            "CliRunner().invoke(app, ['--help']); CliRunner().invoke(app, ['--version']); "
            "print('spacy' in sys.modules)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert proc.stdout.strip() == "False"


def test_dedupe_counts_mentions():
    text = ("Russia imposed sanctions on Ukraine. Later, Russia imposed sanctions on Ukraine again.\n\n"
            "Britain met France.")
    res = run("extract", "-", "--dedupe", "--date", "2022-02-10", stdin=text)
    records = [json.loads(line) for line in res.stdout.splitlines()]
    sanctions = [r for r in records if r["action"]["type"] == "SANCTION"]
    assert len(sanctions) == 1 and sanctions[0]["mentions"] == 2
    assert all(r["mentions"] == 1 for r in records if r["action"]["type"] == "CONSULT")
    plain = run("extract", "-", "--date", "2022-02-10", stdin=text)
    assert "mentions" not in plain.stdout
