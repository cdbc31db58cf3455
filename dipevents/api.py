"""The library face: ``extract(text, date=...)`` for one text, ``extract_documents`` for many.

The CLI is a thin layer over these, so a Python user gets exactly what the command line does.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date as Date
from typing import Any

from .dates import reference_from_text
from .factory import get_extractor
from .inputs import FIELDS, parse_date, with_reference
from .model import Document, Event
from .parallel import Settings, process

__all__ = ["as_day", "as_document", "extract", "extract_documents", "get_extractor"]


def extract(text: str, date: Date | str | None = None, *, doc_id: str = "text",
            model: str | None = None, include_hypothetical: bool = False,
            day_first: bool = False, actors: Iterable[str] = (), lexicons: Iterable[str] = (),
            select: bool = True, type_model: str | None = None) -> list[Event]:
    """Events of one text. ``date`` (a date or ISO string) is the reference for relative dates;
    without it a dateline in the text is used, and failing that relative dates stay unresolved.
    The options are the command line's: ``day_first`` (--day-first), ``actors`` and
    ``lexicons`` (paths of extra dictionaries), ``select`` (--no-select is False),
    ``type_model`` (--type-model: a directory, ``"none"``, or None for the shipped model).
    """
    day = as_day(date)
    if day is None:
        day = reference_from_text(text, day_first=day_first)
    extractor = get_extractor(model, include_hypothetical, tuple(lexicons), select,
                              tuple(actors), day_first, type_model)
    return extractor.extract(doc_id, text, day)


def extract_documents(docs: Iterable[Document | str | dict[str, Any]], *,
                      date: Date | str | None = None, model: str | None = None,
                      include_hypothetical: bool = False, lexicons: Iterable[str] = (),
                      select: bool = True, actors: Iterable[str] = (), day_first: bool = False,
                      jobs: int = 1, type_model: str | None = None) -> Iterator[tuple[Document, list[Event]]]:
    """(document, events) for each document, in input order, streamed in chunks (on ``jobs``
    processes) so memory stays flat however long the input is.

    A document is a :class:`Document`, a string (its id is ``doc-N``, N from 1), or a dict
    with ``text`` and optionally ``date`` (ISO), ``doc_id`` or ``id`` (other keys are kept in
    ``meta``), as a JSONL line of the command line. Each is dated by its own date, else its
    dateline, else ``date``. Anything else raises TypeError.
    """
    settings = Settings.of(model, include_hypothetical, lexicons, select, actors, day_first,
                           type_model)
    default = as_day(date)
    items = (as_document(item, n, default, day_first) for n, item in enumerate(docs, 1))
    yield from process(items, settings, jobs)  # type: ignore[misc]  # only Documents go in


def as_document(item: Document | str | dict[str, Any], n: int, default: Date | None = None,
                day_first: bool = False) -> Document:
    """A Document from what ``extract_documents`` accepts."""
    if isinstance(item, Document):
        return item
    if isinstance(item, str):
        return with_reference(Document(f"doc-{n}", item), default, day_first)
    if isinstance(item, dict) and isinstance(item.get("text"), str):
        meta = {k: v for k, v in item.items() if k not in FIELDS}
        doc_id = str(item.get("doc_id") or item.get("id") or f"doc-{n}")
        day = as_day(item["date"]) if item.get("date") else None
        return with_reference(Document(doc_id, item["text"], day, meta), default, day_first)
    raise TypeError(f"document {n}: expected a str, a dict with a 'text' string or a "
                    f"Document, not {type(item).__name__}")


def as_day(value: Date | str | None) -> Date | None:
    """A reference date given as a date or an ISO string."""
    return parse_date(value) if isinstance(value, str) else value
