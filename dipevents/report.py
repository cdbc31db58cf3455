"""``dipevents report``: event records to one self-contained HTML page.

The page (``data/report/``: a template, its style sheet and its script, all inlined) needs no
network: the records travel inside it as compact JSON, columns rather than objects, each
sentence once however many events it holds, and the script draws the timeline, the dyad
network and table, the filtered event list and the document view from them. It stays usable
at 50,000 events: the list shows a page of rows at a time, the network its most active actors
(the page says how many it leaves out), and the timeline bins days into weeks or months when
the span is long.

Records are checked before anything is written: a line that is not a JSON object with the
fields the page reads is one error naming the file and line, and no page is written.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from . import __version__
from .inputs import json_lines
from .tables import DATA_DIR

ASSETS = DATA_DIR / "report"
# What each record must hold for the page: (path of keys, accepted types).
REQUIRED: tuple[tuple[tuple[str, ...], tuple[type, ...]], ...] = (
    (("doc",), (str,)), (("text",), (str,)), (("start",), (int,)),
    (("actor", "code"), (str,)), (("actor", "text"), (str,)),
    (("actor", "start"), (int,)), (("actor", "end"), (int,)),
    (("action", "type"), (str,)), (("action", "text"), (str,)),
    (("action", "start"), (int,)), (("action", "end"), (int,)),
    (("action", "quad_class"), (int,)), (("action", "goldstein"), (int, float)),
    (("date",), (dict,)), (("negated",), (bool,)),
)


class ReportError(Exception):
    """Input the page cannot be built from, named by file and line."""


@dataclass
class Source:
    """Where records came from, for the page's header (``records``: None when the page is
    written by the run that extracted them, which counts documents, not inputs)."""

    name: str
    records: int | None = 0


@dataclass
class Collected:
    """Records in input order, their sources, and the texts of documents where known."""

    records: list[dict[str, Any]] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    texts: dict[str, str] = field(default_factory=dict)
    options: dict[str, Any] = field(default_factory=dict)

    def add(self, doc: Any, events: list[Any]) -> None:
        """A document's events as records, and its text for the document view."""
        if events:
            self.records += [event.to_dict() for event in events]
            if doc.text:
                self.texts[doc.id] = doc.text


def read_records(paths: list[str], stdin: TextIO | None = None) -> Collected:
    """Every record of every path (``-``: stdin), checked; raises :class:`ReportError` at the
    first bad line or for an input with no record."""
    out = Collected()
    for given in paths:
        source = Source("standard input" if given == "-" else given)
        try:
            if given == "-":
                lines: Iterable[str] = stdin if stdin is not None else sys.stdin
                out.records += _records(lines, source)
            else:
                with open(given, encoding="utf-8") as stream:
                    out.records += _records(stream, source)
        except FileNotFoundError:
            raise ReportError(f"{given}: no such file") from None
        except UnicodeDecodeError:
            raise ReportError(f"{source.name}: not UTF-8 text") from None
        except OSError as exc:
            raise ReportError(f"{given}: cannot be read ({exc.strerror or exc})") from None
        if not source.records:
            raise ReportError(f"{source.name}: no event records (an empty file)")
        out.sources.append(source)
    return out


def _records(lines: Iterable[str], source: Source) -> Iterator[dict[str, Any]]:
    try:
        for _, where, record in json_lines(lines, source.name):
            check(record, where)
            source.records = (source.records or 0) + 1
            yield record
    except ValueError as exc:
        raise ReportError(f"{exc}; give the JSONL that 'dipevents extract' writes") from None


def check(record: Any, where: str) -> None:
    """Raise :class:`ReportError` unless ``record`` has every field the page reads."""
    if not isinstance(record, dict):
        raise ReportError(f"{where}: not an event record (a JSON object)")
    for keys, types in REQUIRED:
        value: Any = record
        for key in keys:
            value = value.get(key) if isinstance(value, dict) else None
        if not isinstance(value, types) or (types == (int,) and isinstance(value, bool)):
            raise ReportError(f"{where}: event record without {'.'.join(keys)}")
    target = record.get("target")
    # a target whose words name no known actor has a null code, but still its offsets
    if target is not None and not (isinstance(target, dict)
                                   and isinstance(target.get("code"), (str, type(None)))
                                   and isinstance(target.get("start"), int)):
        raise ReportError(f"{where}: event record with a target without code and offsets")


def page_data(collected: Collected) -> dict[str, Any]:
    """The compact form the page's script reads: value tables and one row per event."""
    codes: dict[str, int] = {}
    types: dict[str, int] = {}
    docs: dict[str, int] = {}
    sentences: dict[tuple[str, int, str], int] = {}
    rows = []

    def index(table: dict, key: Any) -> int:
        return table.setdefault(key, len(table))

    for r in collected.records:
        base = r["start"]
        target = r.get("target")
        rows.append([
            r["date"].get("value") or "", index(codes, r["actor"]["code"]),
            index(types, r["action"]["type"]),
            index(codes, target["code"]) if target and target["code"] else -1,
            r["action"].get("cameo") or "", r["action"]["quad_class"], r["action"]["goldstein"],
            int(r["negated"]), r.get("modality") or "", index(docs, r["doc"]),
            index(sentences, (r["doc"], base, r["text"])),
            r["actor"]["start"] - base, r["actor"]["end"] - base,
            r["action"]["start"] - base, r["action"]["end"] - base,
            target["start"] - base if target else -1, target["end"] - base if target else -1,
            r["actor"].get("sector") or "", (target or {}).get("sector") or "",
        ])
    dated = sorted(row[0] for row in rows if row[0])
    return {
        "codes": list(codes), "types": list(types), "docs": list(docs),
        "sentences": [[index(docs, d), start, text] for d, start, text in sentences],
        "texts": {str(docs[d]): t for d, t in collected.texts.items() if d in docs},
        "events": rows,
        "meta": {"version": __version__, "inputs": [[s.name, s.records]
                                                    for s in collected.sources],
                 "documents": len(docs), "events": len(rows),
                 "span": [dated[0], dated[-1]] if dated else None,
                 "options": collected.options},
    }


def render(collected: Collected) -> str:
    """The whole page: template with its style sheet, script and data inlined."""
    data = json.dumps(page_data(collected), ensure_ascii=False, separators=(",", ":"))
    page = (ASSETS / "report.html").read_text(encoding="utf-8")
    parts = {"/*STYLE*/": (ASSETS / "report.css").read_text(encoding="utf-8"),
             "/*SCRIPT*/": (ASSETS / "report.js").read_text(encoding="utf-8"),
             "/*DATA*/": data.replace("</", "<\\/")}  # no "</script>" inside the data
    for marker, text in parts.items():
        head, sep, tail = page.partition(marker)
        if not sep:
            raise RuntimeError(f"report template lacks {marker}")
        page = head + text + tail
    return page


def write_page(path: Path, collected: Collected) -> None:
    """Write the page whole or not at all: beside its target, renamed over it when done."""
    from .output import OutputFile

    page = render(collected)
    target = OutputFile(path)
    try:
        target.stream.write(page)
        target.commit()
    except BaseException:
        target.discard()
        raise
