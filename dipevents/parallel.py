"""Running the extractor over a stream of documents: in order, in chunks, on N processes.

Documents are read lazily and processed in chunks of ``CHUNK``; with ``jobs`` > 1 the chunks
go to worker processes that each load the model once, at most ``2 * jobs`` chunks are in
flight, and results come back in input order. Memory therefore stays flat however long the
input is, and output starts as soon as the first chunk is done.

One document never costs another: a chunk that raises is run again one document at a time, so
only the document that fails is lost, and it is reported as an :class:`InputError` naming it.
A worker that dies (killed, out of memory) breaks the pool: a new pool takes over, the chunk
the run was waiting for is run again one document at a time (a document that kills its worker
again is reported, the rest are finished), and the chunks in flight are sent again.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import traceback
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from datetime import date as Date
from itertools import islice
from typing import TYPE_CHECKING

from .inputs import InputError
from .model import Document, Event

if TYPE_CHECKING:
    from .events import Extractor

CHUNK = 16  # documents parsed together: enough to fill spaCy's batches, small for latency
Item = Document | InputError
Work = list[tuple[str, str, Date | None]]
DIED = "worker process died while extracting it (killed, or out of memory)"


@dataclass(frozen=True)
class Failure:
    """A document whose extraction raised: what to tell the user, and the traceback."""

    message: str
    trace: str


Result = list[Event] | Failure


@dataclass(frozen=True)
class Settings:
    """What an extractor is built from; sent to each worker so it builds the same one."""

    model: str | None = None
    include_hypothetical: bool = False
    lexicons: tuple[str, ...] = ()
    select: bool = True
    actors: tuple[str, ...] = ()
    day_first: bool = False
    type_model: str | None = None

    @classmethod
    def of(cls, model: str | None = None, include_hypothetical: bool = False,
           lexicons: Iterable[str] = (), select: bool = True, actors: Iterable[str] = (),
           day_first: bool = False, type_model: str | None = None) -> Settings:
        """Settings from the keyword options of :func:`dipevents.extract` (an unknown option
        is a TypeError, not silently ignored)."""
        return cls(model, include_hypothetical, tuple(lexicons), select, tuple(actors),
                   day_first, type_model)

    def extractor(self) -> Extractor:
        """The extractor these settings describe (the model loads once per process)."""
        from .factory import get_extractor

        return get_extractor(self.model, self.include_hypothetical, self.lexicons, self.select,
                             self.actors, self.day_first, self.type_model)


def available_cores() -> int:
    """Cores this process may run on (the affinity mask, not the machine's total)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _failure(exc: BaseException) -> Failure:
    return Failure(f"internal error: {type(exc).__name__}: {exc}".rstrip(": "),
                   "".join(traceback.format_exception(exc)))


def extract_chunk(settings: Settings, work: Work) -> list[Result]:
    """Events of each document of a chunk, parsed together; if that raises, each document
    alone, so that only a failing document is lost."""
    if not work:
        return []
    extractor = settings.extractor()
    names = extractor.unresolved
    before = names.copy() if names is not None else None
    try:
        return list(extractor.extract_many(work))
    except Exception:  # noqa: BLE001 - any bug in one document must not cost the others
        if names is not None and before is not None:  # the failed batch counted some names
            names.clear()
            names.update(before)
    out: list[Result] = []
    for item in work:
        try:
            out.append(extractor.extract_many([item])[0])
        except Exception as exc:  # noqa: BLE001
            out.append(_failure(exc))
    return out


def _warm(settings: Settings) -> None:
    # The parent decides what an interrupt means (it stops the workers): a worker ignores
    # the terminal's Ctrl-C, which reaches the whole process group.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    extract_chunk(settings, [])


def chunks_of(items: Iterable[Item]) -> Iterator[list[Item]]:
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


def work_of(chunk: list[Item]) -> Work:
    return [(d.id, d.text, d.date) for d in chunk if isinstance(d, Document)]


def merge(chunk: list[Item], results: list[Result]) -> Iterator[tuple[Item, list[Event]]]:
    found = iter(results)
    for item in chunk:
        if not isinstance(item, Document):
            yield item, []
            continue
        result = next(found)
        if isinstance(result, Failure):
            yield InputError(item.id, result.message, detail=result.trace), []
        else:
            yield item, result


def process(items: Iterable[Item], settings: Settings,
            jobs: int = 1) -> Iterator[tuple[Item, list[Event]]]:
    """(item, events) for every document and input error, in input order. A document whose
    extraction failed comes back as an :class:`InputError` naming it."""
    chunks = chunks_of(items)
    head = list(islice(chunks, max(jobs, 2)))
    if jobs <= 1 or len(head) <= 1:
        # One process: also when the whole input fits in one chunk (workers would cost more).
        for chunk in (*head, *chunks):
            yield from merge(chunk, extract_chunk(settings, work_of(chunk)))
        return
    pool = _Pool(settings, min(jobs, len(head)))
    done = False
    try:
        pending: deque[tuple[list[Item], Future[list[Result]]]] = deque()
        for chunk in (*head, *chunks):
            pending.append((chunk, pool.submit(work_of(chunk))))
            while len(pending) > 2 * pool.jobs:
                yield from _settle(pending, pool)
        while pending:
            yield from _settle(pending, pool)
        done = True
    finally:
        pool.close(kill=not done)


def _settle(pending: deque[tuple[list[Item], Future[list[Result]]]],
            pool: _Pool) -> Iterator[tuple[Item, list[Event]]]:
    """The results of the oldest chunk in flight, after a new pool if a worker died."""
    chunk, future = pending.popleft()
    try:
        results = future.result()
    except BrokenProcessPool:
        pool.renew()
        results = pool.one_by_one(work_of(chunk))
        for n, (other, sent) in enumerate(pending):
            if not (sent.done() and not sent.cancelled() and sent.exception() is None):
                pending[n] = (other, pool.submit(work_of(other)))
    yield from merge(chunk, results)


class _Pool:
    """Worker processes that each load the model once, replaced when one of them dies."""

    def __init__(self, settings: Settings, jobs: int) -> None:
        method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() \
            else "spawn"
        self.context = multiprocessing.get_context(method)
        self.settings = settings
        self.jobs = jobs
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=self.jobs, mp_context=self.context,
                                   initializer=_warm, initargs=(self.settings,))

    def submit(self, work: Work) -> Future[list[Result]]:
        return self.executor.submit(extract_chunk, self.settings, work)

    def renew(self) -> None:
        self.close(kill=True)
        self.executor = self._start()

    def one_by_one(self, work: Work) -> list[Result]:
        """Each document in a task of its own: one that kills its worker again is reported
        as lost, and a new pool takes the rest."""
        out: list[Result] = []
        for item in work:
            try:
                out += self.submit([item]).result()
            except BrokenProcessPool:
                out.append(Failure(DIED, ""))
                self.renew()
        return out

    def close(self, kill: bool = False) -> None:
        """Wait for the workers to finish, or with ``kill`` (an interrupt, a broken pool) stop
        them now, so that no worker outlives the run."""
        if not kill:
            self.executor.shutdown(wait=True)
            return
        workers = list(getattr(self.executor, "_processes", None) or {})
        self.executor.shutdown(wait=False, cancel_futures=True)
        for pid in workers:
            try:
                os.kill(pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
