"""Writers: JSONL for pipes, CSV for spreadsheets, a rich table for the terminal."""

from __future__ import annotations

import csv
import json
import os
import tempfile
from pathlib import Path
from typing import Any, Protocol, TextIO

from .model import Event


class Writer(Protocol):
    def write(self, event: Event) -> None: ...
    def close(self) -> None: ...


# Characters that Unicode-aware readers (Python's str.splitlines, JavaScript) take for line
# breaks, which JSON leaves unescaped: escaped, a record stays one line for every reader.
LINE_BREAKS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


class JsonlWriter:
    """One JSON object per event and line, UTF-8, keys in the record's fixed order."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, event: Event) -> None:
        line = json.dumps(event.to_dict(), ensure_ascii=False).translate(LINE_BREAKS)
        self.stream.write(line + "\n")

    def close(self) -> None:
        self.stream.flush()


CSV_COLUMNS = ("doc", "sentence", "actor_code", "actor_sector", "actor_text", "action_type",
               "action_text", "cameo", "quad_class", "goldstein", "target_code", "target_sector",
               "target_text", "date", "date_precision", "date_basis", "negated", "modality",
               "rule", "text")


def flat_row(event: Event) -> dict[str, Any]:
    """The record flattened to the columns analysts load into a spreadsheet."""
    target = event.target
    return {"doc": event.doc, "sentence": event.sentence, "actor_code": event.actor.code,
            "actor_sector": event.actor.sector or "", "actor_text": event.actor.text,
            "action_type": event.action.type, "action_text": event.action.text,
            "cameo": event.action.cameo, "quad_class": event.action.quad_class,
            "goldstein": event.action.goldstein, "target_code": target.code if target else "",
            "target_sector": (target.sector or "") if target else "",
            "target_text": event.target_text, "date": event.date.value or "",
            "date_precision": event.date.precision or "", "date_basis": event.date.basis,
            "negated": str(event.negated).lower(), "modality": event.modality,
            "rule": event.rule, "text": event.text}


class CsvWriter:
    """One row per event; with ``mentions`` (--dedupe) a last column counts its sentences."""

    def __init__(self, stream: TextIO, mentions: bool = False) -> None:
        columns = (*CSV_COLUMNS, "mentions") if mentions else CSV_COLUMNS
        self.writer = csv.DictWriter(stream, fieldnames=columns, lineterminator="\n")
        self.writer.writeheader()
        self.stream = stream
        self.mentions = mentions

    def write(self, event: Event) -> None:
        row = flat_row(event)
        if self.mentions:
            row["mentions"] = event.mentions
        self.writer.writerow(row)

    def close(self) -> None:
        self.stream.flush()


class TableWriter:
    """A rich table, printed when the run ends (a table needs all its rows to size columns).

    At any width the codes, type, date and flags stay whole (each column is at least as wide
    as its widest code); the words under them are cut with an ellipsis, and the evidence, the
    part of the sentence around the action, takes what width is left and wraps. The full
    sentence is in the JSONL.
    """

    EVIDENCE_MIN = 16
    NARROW = 110  # terminal columns

    def __init__(self, stream: TextIO, width: int | None = None) -> None:
        from rich.console import Console

        self.console = Console(file=stream, width=width)
        self.rows: list[tuple[str, ...]] = []
        self.widths: dict[str, int] = {}  # column -> its widest code line
        self.docs: set[str] = set()

    def write(self, event: Event) -> None:
        flags = [f for f in ("negated" if event.negated else "",
                             "" if event.modality == "asserted" else event.modality) if f]
        target = event.target
        codes = {"actor": event.actor.cameo, "action": f"{event.action.type} {event.action.cameo}",
                 "target": target.cameo if target else "-",
                 "date": max([event.date.value or "?", event.date.basis, *flags], key=len)}
        for column, text in codes.items():
            self.widths[column] = max(self.widths.get(column, 0), len(text))
        from rich.markup import escape

        self.docs.add(event.doc)
        self.rows.append((
            _short_doc(event.doc),
            f"{codes['actor']}\n[dim]{escape(event.actor.text)}[/dim]",
            f"{codes['action']}\n[dim]{escape(event.action.text)}[/dim]",
            f"{codes['target']}\n[dim]{escape(event.target_text)}[/dim]" if event.target_text
            else "-",
            "\n".join([f"{event.date.value or '?'}", f"[dim]{event.date.basis}[/dim]",
                       *(f"[yellow]{f}[/yellow]" for f in flags)]),
            _window(event)))

    def close(self) -> None:
        from rich.table import Table

        table = Table(header_style="bold", expand=True,
                      caption=f"{len(self.rows)} event{'s' if len(self.rows) != 1 else ''}")
        several = len(self.docs) > 1
        # On a narrow terminal the code columns are as wide as their codes (the words under
        # them are cut), and the document is named at the head of the evidence.
        narrow = self.console.width < self.NARROW
        if several and not narrow:
            table.add_column("doc", style="dim", max_width=16, overflow="ellipsis",
                             no_wrap=True)
        for name, style in (("actor", "cyan"), ("action", "bold"), ("target", "magenta"),
                            ("date", None)):
            width = max(self.widths.get(name, 0), len(name))
            table.add_column(name, style=style, no_wrap=True, min_width=width,
                             max_width=width if narrow else max(width, 22), overflow="ellipsis")
        table.add_column("evidence", ratio=1, min_width=self.EVIDENCE_MIN, overflow="fold")
        for doc, *cells in self.rows:
            if several and narrow:
                cells[-1] = f"[dim]{doc}:[/dim] {cells[-1]}"
            table.add_row(*([doc, *cells] if several and not narrow else cells))
        self.console.print(table)


def _short_doc(doc: str) -> str:
    return doc.rsplit("/", 1)[-1]


def _window(event: Event, width: int = 110) -> str:
    """The sentence around the action, with the action in bold (markup-escaped)."""
    from rich.markup import escape

    text = " ".join(event.text.split())
    at = text.find(event.action.text.split()[0]) if event.action.text else -1
    if len(text) <= width or at < 0:
        start = 0
    else:
        start = max(0, min(at - width // 3, len(text) - width))
    snippet = text[start:start + width]
    prefix = "…" if start > 0 else ""
    suffix = "…" if start + width < len(text) else ""
    return prefix + escape(snippet) + suffix


def make_writer(fmt: str, stream: TextIO, mentions: bool = False) -> Writer:
    """The writer of a format; ``mentions``: records carry a mention count (--dedupe)."""
    if fmt == "csv":
        return CsvWriter(stream, mentions)
    return {"jsonl": JsonlWriter, "table": TableWriter}[fmt](stream)


class OutputFile:
    """``-o``: a regular file is written beside its target under a temporary name and renamed
    over it only by :meth:`commit`, so an interrupted or failed run leaves the previous file
    as it was and a reader never sees half a file. A device or a pipe (``/dev/null``, a FIFO)
    is written in place: it cannot be replaced, and holds no previous content to keep."""

    def __init__(self, target: Path) -> None:
        self.target = target
        self.temp: Path | None = None
        if target.exists() and not target.is_file():
            self.stream: TextIO = target.open("w", encoding="utf-8", newline="")
            return
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp",
                                    dir=target.parent)
        self.temp = Path(name)
        self.stream = os.fdopen(fd, "w", encoding="utf-8", newline="")

    def commit(self) -> None:
        self.stream.flush()
        if self.temp is None:
            self.stream.close()
            return
        os.fsync(self.stream.fileno())
        self.stream.close()
        if self.target.exists():
            mode = self.target.stat().st_mode & 0o777
        else:  # what a plain open() would have made
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(self.temp, mode)
        os.replace(self.temp, self.target)

    def discard(self) -> None:
        try:
            self.stream.close()
        except OSError:
            pass
        if self.temp is not None:
            self.temp.unlink(missing_ok=True)
