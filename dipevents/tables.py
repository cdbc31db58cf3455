"""Reading the tab-separated data files (actor dictionaries, lexicon, CAMEO codes, cues)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"


def read_tsv(path: str | Path) -> Iterator[dict[str, str]]:
    """Rows of a tab-separated file as dicts keyed by its header.

    Lines starting with ``#`` and blank lines are comments, so analysts can annotate the files.
    A row with more fields than the header is an error naming the file and line, because a
    silently shifted column would code events wrongly.
    """
    return (row for _, row in numbered_rows(path))


def numbered_rows(path: str | Path) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, row) of a tab-separated file, for errors that name the line."""
    path = Path(path)
    header: list[str] | None = None
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = [c.strip() for c in cells]
                continue
            if len(cells) > len(header):
                raise ValueError(f"{path}:{lineno}: {len(cells)} fields, header has {len(header)}")
            cells += [""] * (len(header) - len(cells))
            yield lineno, {h: c.strip() for h, c in zip(header, cells, strict=True)}


def split_list(cell: str) -> list[str]:
    """A |-separated cell as a list, empty items dropped."""
    return [item.strip() for item in cell.split("|") if item.strip()]


def read_words(name: str) -> frozenset[str]:
    """The ``word`` column of a one-column data file (``titles.tsv``), in lower case."""
    return frozenset(row["word"].lower() for row in read_tsv(DATA_DIR / name) if row["word"])
