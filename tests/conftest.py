"""Shared fixtures. Tests that need the English model use the ``extractor`` fixture (loaded once
per session); the rest run on data files or a blank pipeline."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = ROOT / "seeds" / "000_b1b31142686bbd24.txt"


@pytest.fixture(scope="session")
def extractor():
    from dipevents.factory import get_extractor

    return get_extractor()


@pytest.fixture(scope="session")
def code(extractor):
    """Events of one text as (actor, type, target, negated) tuples plus the events."""

    def run(text: str, day: date | None = date(2022, 2, 10)):
        events = extractor.extract("t", text, day)
        return {e.key() for e in events}, events

    return run


def load_gold(name: str) -> list[dict]:
    path = SHARED / "eval" / name
    if not path.exists():
        pytest.skip(f"{path} is not beside this checkout")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def run_cli(*args, stdin=None):
    """The command line in-process (typer's runner), every argument as a string."""
    from typer.testing import CliRunner

    from dipevents.cli import app

    return CliRunner().invoke(app, [str(a) for a in args], input=stdin)
