"""The code keeps the shape of small rules: no function over 60 lines (ruff's C901 keeps
cyclomatic complexity at 20 or less, see pyproject.toml), no class that inherits another's
code."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "dipevents"
MAX_LINES = 60
ALLOWED_BASES = {"Exception", "RuntimeError", "StrEnum", "Protocol"}  # kinds, not code


def definitions():
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            yield path.relative_to(PACKAGE.parent), node


def test_no_function_is_longer_than_60_lines():
    long = [f"{path}:{node.lineno} {node.name} ({node.end_lineno - node.lineno + 1} lines)"
            for path, node in definitions()
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
            and node.end_lineno - node.lineno + 1 > MAX_LINES]
    assert not long, long


def test_no_class_inherits_code():
    inheriting = [f"{path}:{node.lineno} {node.name}" for path, node in definitions()
                  if isinstance(node, ast.ClassDef)
                  and {ast.unparse(b) for b in node.bases} - ALLOWED_BASES]
    assert not inheriting, inheriting
