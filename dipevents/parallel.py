"""Running the extractor over a stream of documents: in order, in chunks, on N processes.

Documents are read lazily and processed in chunks of ``CHUNK``; with ``jobs`` > 1 the chunks
go to worker processes that each load the model once, at most ``2 * jobs`` chunks are in
flight, and results come back in input order. Memory therefore stays flat however long the
input is, and output starts as soon as the first chunk is done.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date as Date
from typing import TYPE_CHECKING

from .inputs import InputError
from .model import Document, Event

if TYPE_CHECKING:
    from .events import Extractor

CHUNK = 16  # documents parsed together: enough to fill spaCy's batches, small for latency
Item = Document | InputError
Work = list[tuple[str, str, Date | None]]


@dataclass(frozen=True)
class Settings:
    """What an extractor is built from; sent to each worker so it builds the same one."""

    model: str | None = None
    include_hypothetical: bool = False
    lexicons: tuple[str, ...] = ()
    select: bool = True
    actors: tuple[str, ...] = ()
    day_first: bool = False

    def extractor(self) -> Extractor:
        """The extractor these settings describe (the model loads once per process)."""
        from .api import get_extractor

        return get_extractor(self.model, self.include_hypothetical, self.lexicons, self.select,
                             self.actors, self.day_first)


def available_cores() -> int:
    """Cores this process may run on (the affinity mask, not the machine's total)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _extract_chunk(settings: Settings, work: Work) -> list[list[Event]]:
    return settings.extractor().extract_many(work) if work else []


def _warm(settings: Settings) -> None:
    _extract_chunk(settings, [])


def _chunks(items: Iterable[Item]) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    documents = 0
    for item in items:
        chunk.append(item)
        if isinstance(item, Document):
            documents += 1
        if documents == CHUNK:
            yield chunk
            chunk, documents = [], 0
    if chunk:
        yield chunk


def _work(chunk: list[Item]) -> Work:
    return [(d.id, d.text, d.date) for d in chunk if isinstance(d, Document)]


def _merge(chunk: list[Item], results: list[list[Event]]) -> Iterator[tuple[Item, list[Event]]]:
    found = iter(results)
    for item in chunk:
        yield item, (next(found) if isinstance(item, Document) else [])


def process(items: Iterable[Item], settings: Settings,
            jobs: int = 1) -> Iterator[tuple[Item, list[Event]]]:
    """(item, events) for every document and input error, in input order."""
    chunks = _chunks(items)
    first = next(chunks, None)
    if first is None:
        return
    second = next(chunks, None)
    if jobs <= 1 or second is None:
        # One process: also when the whole input fits in one chunk (workers would cost more).
        for chunk in (first, *(() if second is None else (second,))):
            yield from _merge(chunk, _extract_chunk(settings, _work(chunk)))
        for chunk in chunks:
            yield from _merge(chunk, _extract_chunk(settings, _work(chunk)))
        return
    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_warm,
                             initargs=(settings,)) as pool:
        pending: deque[tuple[list[Item], Future[list[list[Event]]]]] = deque()
        for chunk in (first, second, *chunks):
            pending.append((chunk, pool.submit(_extract_chunk, settings, _work(chunk))))
            while len(pending) > 2 * jobs:
                done, future = pending.popleft()
                yield from _merge(done, future.result())
        while pending:
            done, future = pending.popleft()
            yield from _merge(done, future.result())
