"""The library face: ``extract(text, date=...)`` for one text, ``extract_documents`` for many.

The CLI is a thin layer over these, so a Python user gets exactly what the command line does.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date as Date

from .dates import reference_from_text
from .factory import get_extractor
from .inputs import parse_date
from .model import Document, Event
from .parallel import Settings, process

__all__ = ["extract", "extract_documents", "get_extractor"]


def extract(text: str, date: Date | str | None = None, *, doc_id: str = "text",
            model: str | None = None, include_hypothetical: bool = False) -> list[Event]:
    """Events of one text. ``date`` (a date or ISO string) is the reference for relative dates;
    without it a dateline in the text is used, and failing that relative dates stay unresolved.
    """
    day = parse_date(date) if isinstance(date, str) else date
    if day is None:
        day = reference_from_text(text)
    return get_extractor(model, include_hypothetical).extract(doc_id, text, day)


def extract_documents(docs: Iterable[Document], *, model: str | None = None,
                      include_hypothetical: bool = False, lexicons: tuple[str, ...] = (),
                      select: bool = True, actors: tuple[str, ...] = (),
                      jobs: int = 1) -> Iterator[tuple[Document, list[Event]]]:
    """(document, events) for each document, in input order, streamed in chunks (on ``jobs``
    processes) so memory stays flat however long the input is."""
    settings = Settings(model, include_hypothetical, lexicons, select, actors)
    yield from process(docs, settings, jobs)  # type: ignore[misc]  # only Documents go in
