"""Benchmark-style checks, outside the default test run (`make test-bench`): memory stays flat
as the input grows, because documents stream through in chunks."""

import json
import subprocess
import sys
import time
from pathlib import Path

from dipevents.devtools.bench import _children, _rss_mb

TEXT = ("Russia imposed sanctions on Ukraine on Monday. Britain met France in Paris.\n\n"
        "The talks between Germany and Poland resumed, officials said.")


def peak_rss(path: Path) -> float:
    proc = subprocess.Popen([sys.executable, "-m", "dipevents", "extract", str(path),
                             "--jobs", "1", "-o", "/dev/null"])
    peak = 0.0
    while proc.poll() is None:
        stack = [proc.pid]
        while stack:
            pid = stack.pop()
            peak = max(peak, _rss_mb(pid))
            stack += _children(pid)
        time.sleep(0.05)
    assert proc.returncode == 0
    return peak


def corpus(path: Path, n: int) -> Path:
    with path.open("w") as out:
        for i in range(n):
            out.write(json.dumps({"id": str(i), "date": "2022-02-10", "text": TEXT}) + "\n")
    return path


def test_peak_memory_does_not_grow_with_input(tmp_path):
    small = peak_rss(corpus(tmp_path / "small.jsonl", 200))
    large = peak_rss(corpus(tmp_path / "large.jsonl", 2000))
    assert large < small * 1.2, (small, large)
