"""The command as a process: workers that die, signals, a reader that goes away.

Faults are injected into the worker processes through a ``sitecustomize`` module on
PYTHONPATH (read by every Python process the run starts), so the product carries no test
hooks: a document holding KILLME kills its worker, once (as an outside kill would) or every
time (as a document that exhausts memory would).
"""

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from dipevents.parallel import available_cores

TEXT = "Russia imposed sanctions on Ukraine on Monday. Britain met France in Paris."
FAULT = '''
import os, signal
if os.environ.get("DIPEVENTS_TEST_FAULT"):
    from dipevents import events
    real = events.Extractor._unit
    def _unit(self, state, unit):
        if "KILLME" in unit.doc.text:
            marker = os.environ["DIPEVENTS_TEST_FAULT"]
            if marker == "always" or not os.path.exists(marker):
                if marker != "always":
                    open(marker, "w").close()
                os.kill(os.getpid(), signal.SIGKILL)
        return real(self, state, unit)
    events.Extractor._unit = _unit
'''
two_cores = pytest.mark.skipif(available_cores() < 2, reason="worker processes need 2 cores")


def corpus(path: Path, n: int, kill_at: int | None = None, text: str = TEXT) -> Path:
    with path.open("w") as out:
        for i in range(n):
            body = f"KILLME. {text}" if i == kill_at else text
            out.write(json.dumps({"id": f"d{i}", "date": "2022-02-10", "text": body}) + "\n")
    return path


def command(*args: str) -> list[str]:
    return [sys.executable, "-m", "dipevents", "extract", *args]


def with_fault(tmp_path: Path, mode: str) -> dict[str, str]:
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(FAULT)
    return {**os.environ, "PYTHONPATH": str(site), "DIPEVENTS_TEST_FAULT": mode}


def descendants(pid: int) -> set[int]:
    out: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            kids = (task / "children").read_text().split()
        except OSError:
            continue
        for kid in map(int, kids):
            out |= {kid} | descendants(kid)
    return out


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(") ")[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def all_gone(pids: set[int], within: float = 10.0) -> bool:
    end = time.monotonic() + within
    while time.monotonic() < end:
        if not any(alive(p) for p in pids):
            return True
        time.sleep(0.1)
    return False


@two_cores
def test_a_worker_killed_once_costs_nothing(tmp_path):
    path = corpus(tmp_path / "in.jsonl", 60, kill_at=37)
    clean = subprocess.run(command(str(path), "--jobs", "1"), capture_output=True, text=True)
    env = with_fault(tmp_path, str(tmp_path / "killed-once"))
    res = subprocess.run(command(str(path), "--jobs", "2"), capture_output=True, text=True,
                         env=env)
    assert (tmp_path / "killed-once").exists()  # the fault did fire
    assert res.returncode == 0, res.stderr
    assert res.stdout == clean.stdout  # complete, in order, no duplicates


@two_cores
def test_a_document_that_kills_every_worker_is_named_and_the_rest_finish(tmp_path):
    path = corpus(tmp_path / "in.jsonl", 60, kill_at=20)
    res = subprocess.run(command(str(path), "--jobs", "2"), capture_output=True, text=True,
                         env=with_fault(tmp_path, "always"))
    assert res.returncode == 1
    assert "dipevents: d20: worker process died" in res.stderr
    docs = [json.loads(line)["doc"] for line in res.stdout.splitlines()]
    assert list(dict.fromkeys(docs)) == [f"d{i}" for i in range(60) if i != 20]  # in order
    assert len(set(Counter(docs).values())) == 1  # same text, same events: none doubled


def start(args: list[str], **kw) -> subprocess.Popen:
    return subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)


def long_corpus(tmp_path: Path) -> Path:
    text = " ".join([TEXT, "China accused Japan of provocations near the islands."] * 6)
    return corpus(tmp_path / "in.jsonl", 3000, text=text)


@two_cores
def test_sigterm_stops_the_workers_and_says_how_far_it_got(tmp_path):
    proc = start(command(str(long_corpus(tmp_path)), "--jobs", "2"))
    assert proc.stdout.readline()  # the run is producing output
    workers = descendants(proc.pid)
    assert workers
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 143
    assert b"interrupted after" in err and b"Traceback" not in err
    assert all_gone(workers), [p for p in workers if alive(p)]


@two_cores
def test_sigint_leaves_the_previous_output_file(tmp_path):
    out = tmp_path / "events.jsonl"
    out.write_text("previous\n")
    proc = start(command(str(long_corpus(tmp_path)), "--jobs", "2", "-o", str(out)))
    deadline = time.monotonic() + 60
    while not any(p.stat().st_size for p in tmp_path.glob(".events.jsonl.*.tmp")):
        assert time.monotonic() < deadline and proc.poll() is None
        time.sleep(0.1)
    workers = descendants(proc.pid)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 130, err
    assert out.read_text() == "previous\n"
    assert not list(tmp_path.glob(".events.jsonl.*"))
    assert b"left as it was" in err
    assert all_gone(workers)


def test_a_reader_that_goes_away_is_no_error(tmp_path):
    path = corpus(tmp_path / "in.jsonl", 200)
    proc = start(command(str(path), "--jobs", "1"))
    proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read()
    assert proc.wait(timeout=60) == 141
    assert b"Traceback" not in err and b"Broken pipe" not in err
