"""Running the extractor on a Dask cluster (``pip install dipevents[dask]``).

The same extraction as :mod:`dipevents.parallel`, on the workers of a ``dask.distributed``
scheduler instead of local processes, so a run can grow from one laptop to a cluster:

- ``connect`` reaches a running scheduler (``tcp://host:8786``) within a timeout, or starts a
  ``LocalCluster`` of N single-threaded worker processes (``local:N``).
- ``process`` streams (item, events) in input order, like :func:`parallel.process`. Documents
  read here (text files, directories, stdin) go to the workers in chunks; JSONL collections
  (``.jsonl``/``.ndjson``, gzip included, and globs of them) are read by the workers
  themselves, in blocks of lines, so the client never ships the archive. At most a few tasks
  per worker are in flight, so memory stays flat, and each result is gathered exactly once:
  a task whose worker dies is run again by the scheduler, and nothing is lost or doubled.
- ``events_bag`` and ``events_frame`` are for pipelines that already use Dask: a bag of
  documents to a bag of event records, and a DataFrame partition to a DataFrame of events.

Each worker process builds its extractor once (the per-process cache of
:func:`factory.get_extractor`), on its first task, and a lock keeps a worker with several
threads from running two extractions at once on it.
"""

from __future__ import annotations

import glob
import logging
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date as Date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .inputs import BOMS, COLLECTIONS, InputError, Reader, iter_documents
from .model import Document, Event
from .parallel import DIED, Failure, Item, Result, Settings, chunks_of, extract_chunk, merge, work_of

if TYPE_CHECKING:
    from distributed import Client, Future

SCHEDULER_TIMEOUT = 10.0  # seconds to reach a scheduler before giving up
BLOCK = 1 << 16  # bytes of a JSONL collection read by one task (whole lines): ~16 articles
COUNTED = 64  # blocks whose lines one task counts
IN_FLIGHT = 3  # tasks per worker submitted ahead of the one the output waits for
GLOB_CHARS = frozenset("*?[")


class ClusterError(Exception):
    """The cluster cannot be used: no Dask installed, no scheduler, a bad address."""


def connect(address: str, timeout: float = SCHEDULER_TIMEOUT) -> Client:
    """A client of the scheduler at ``address``, or of a new ``LocalCluster`` of N worker
    processes for ``local:N``."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise ClusterError("--scheduler needs Dask: pip install 'dipevents[dask]'") from None
    if address.startswith("local:"):
        try:
            workers = int(address.removeprefix("local:"))
        except ValueError:
            workers = 0
        if workers < 1:
            raise ClusterError(f"bad scheduler {address!r}: local:N needs N >= 1 workers")
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=logging.ERROR)
        return Client(cluster)
    try:
        return Client(address, timeout=timeout, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        reason = "no answer" if isinstance(exc, (OSError, TimeoutError)) else str(exc)
        raise ClusterError(f"cannot reach the Dask scheduler at {address} within "
                           f"{timeout:g} s ({reason})") from None


def close(client: Client) -> None:
    """Close the client, and the cluster it started for ``local:N``."""
    cluster = client.cluster
    client.close()
    if cluster is not None:
        cluster.close()


_EXTRACTING = threading.Lock()


def _chunk_task(settings: Settings, work: list[tuple[str, str, Date | None]]) -> list[Result]:
    with _EXTRACTING:
        return extract_chunk(settings, work)


# -- JSONL collections read by the workers ------------------------------------------------

@dataclass(frozen=True)
class Block:
    """Lines of a collection that start at a byte in [start, end); ``first`` is the number
    of the first of them. A gzip or UTF-16 file is one block (it cannot be cut)."""

    path: str
    start: int
    end: int
    first: int = 1
    whole: bool = False


def worker_read(given: str) -> list[str] | None:
    """The collections a path or glob names, when the workers can read them; None when the
    client reads it (text files, directories, stdin, a missing file it must report)."""
    if given == "-":
        return None
    names = sorted(glob.glob(given)) if GLOB_CHARS & set(given) else [given]
    if not names or not all(_collection(name) for name in names):
        return None
    return names


def _collection(name: str) -> bool:
    path = Path(name)
    return path.is_file() and path.name.lower().removesuffix(".gz").endswith(COLLECTIONS)


def _blocks(path: str) -> list[Block]:
    size = Path(path).stat().st_size
    with open(path, "rb") as stream:
        head = stream.read(4)
    if path.lower().endswith(".gz") or any(head.startswith(bom) for bom, _ in BOMS) \
            or size <= BLOCK:
        return [Block(path, 0, size, whole=True)]
    return [Block(path, start, min(start + BLOCK, size)) for start in range(0, size, BLOCK)]


def _lines_starting(blocks: list[Block]) -> list[int]:
    """How many lines start in each block: a line starts at 0 and after each newline."""
    counts = []
    with open(blocks[0].path, "rb") as stream:
        for block in blocks:
            stream.seek(max(block.start - 1, 0))
            data = stream.read(block.end - max(block.start - 1, 0) - 1)
            counts.append(data.count(b"\n") + (block.start == 0))
    return counts


def _block_lines(block: Block) -> Iterator[bytes]:
    with open(block.path, "rb") as stream:
        if block.start > 0:
            stream.seek(block.start - 1)
            if stream.read(1) != b"\n":
                stream.readline()  # the line began in the block before
        while stream.tell() < block.end:
            line = stream.readline()
            if not line:
                return
            yield line


def _block_task(settings: Settings, block: Block, default: Date | None,
                day_first: bool) -> tuple[list[Item], list[Result]]:
    """Read a block on the worker and extract its documents; the items come back without
    their text (the events carry their sentences)."""
    reader = Reader(default, day_first, set())
    if block.whole:
        items = list(reader.file(Path(block.path), block.path))
    else:
        items = list(reader.jsonl(_block_lines(block), block.path, block.first))
    results = _chunk_task(settings, work_of(items))
    return [Document(i.id, "", i.date) if isinstance(i, Document) else i for i in items], results


# -- the ordered stream -----------------------------------------------------------------

Unit = tuple[str, Any]  # ("chunk", [items]) or ("block", Block)


class Run:
    """One extraction on a cluster: units of work submitted in order, a few per worker
    ahead, and their results yielded in the same order."""

    def __init__(self, client: Client, settings: Settings, default: Date | None = None,
                 day_first: bool = False) -> None:
        self.client, self.settings = client, settings
        self.default, self.day_first = default, day_first
        workers = len(client.nthreads()) or 1
        self.window = IN_FLIGHT * workers
        self.read: set[str] = set()  # collections that gave at least one line

    def process(self, paths: list[str], stdin=None,
                exclude: Iterable[Path] = ()) -> Iterator[tuple[Item, list[Event]]]:
        """(item, events) for every document and input error of ``paths``, in order."""
        pending: deque[tuple[Unit, Future | None]] = deque()
        try:
            for unit in self._units(paths, stdin, list(exclude)):
                pending.append((unit, self._submit(unit)))
                while len(pending) > self.window:
                    yield from self._settle(*pending.popleft())
            while pending:
                yield from self._settle(*pending.popleft())
        finally:
            for _, future in pending:
                if future is not None:
                    future.cancel()

    def _units(self, paths: list[str], stdin, exclude: list[Path]) -> Iterator[Unit]:
        for given in paths:
            names = worker_read(given)
            if names is None:
                items = iter_documents([given], self.default, stdin, self.day_first, exclude)
                for chunk in chunks_of(items):
                    yield "chunk", chunk
                continue
            for name in names:
                yield from (("block", block) for block in self._numbered(_blocks(name)))
                yield "end", name  # where an empty collection is reported

    def _numbered(self, blocks: list[Block]) -> list[Block]:
        """Blocks with the number of their first line, counted by the workers."""
        if len(blocks) == 1:
            return blocks
        groups = [blocks[n:n + COUNTED] for n in range(0, len(blocks), COUNTED)]
        counts = [count for group in self.client.gather(
            self.client.map(_lines_starting, groups, pure=False)) for count in group]
        first, out = 1, []
        for block, count in zip(blocks, counts, strict=True):
            out.append(Block(block.path, block.start, block.end, first))
            first += count
        return out

    def _submit(self, unit: Unit) -> Future | None:
        kind, what = unit
        if kind == "chunk":
            return self.client.submit(_chunk_task, self.settings, work_of(what), pure=False)
        if kind == "block":
            return self.client.submit(_block_task, self.settings, what, self.default,
                                      self.day_first, pure=False)
        return None

    def _settle(self, unit: Unit, future: Future | None) -> Iterator[tuple[Item, list[Event]]]:
        kind, what = unit
        if future is None:
            if what not in self.read:
                yield InputError(what, "empty collection: no JSON line with a document"), []
            return
        try:
            outcome = future.result()
        except Exception as exc:  # noqa: BLE001 - a task that killed worker after worker
            outcome = self._lost(kind, what, exc)
        finally:
            future.release()
        items, results = (what, outcome) if kind == "chunk" else outcome
        if kind == "block" and items:
            self.read.add(what.path)
        yield from merge(items, results)

    @staticmethod
    def _lost(kind: str, what: Any, exc: Exception) -> Any:
        reason = DIED if type(exc).__name__ == "KilledWorker" else f"cluster error: {exc}"
        if kind == "chunk":
            return [Failure(reason, "") for _ in work_of(what)]
        return [InputError(what.path, f"lines from byte {what.start} lost: {reason}")], []


def process(paths: list[str], settings: Settings, client: Client, default: Date | None = None,
            day_first: bool = False, stdin=None,
            exclude: Iterable[Path] = ()) -> Iterator[tuple[Item, list[Event]]]:
    """(item, events) for every document and input error of ``paths``, in input order, as
    :func:`iter_documents` would read them, extracted on the cluster ``client`` reaches."""
    yield from Run(client, settings, default, day_first).process(paths, stdin, exclude)


# -- for pipelines that already use Dask --------------------------------------------------

def _events_of(documents: Iterable[Any], settings: Settings,
               default: Date | None) -> list[Event]:
    """Events of one partition's documents; a document whose extraction fails fails the
    task, so Dask reports it rather than the records going missing."""
    from .api import as_document

    docs = [as_document(d, n, default, settings.day_first) for n, d in enumerate(documents, 1)]
    events: list[Event] = []
    for doc, result in zip(docs, _chunk_task(settings, work_of(docs)), strict=True):
        if isinstance(result, Failure):
            raise RuntimeError(f"{doc.id}: {result.message}")
        events += result
    return events


def _records(documents: Iterable[Any], settings: Settings,
             default: Date | None) -> list[dict[str, Any]]:
    return [event.to_dict() for event in _events_of(documents, settings, default)]


def events_bag(documents: Any, date: Date | str | None = None, **options: Any) -> Any:
    """A ``dask.bag`` of event records (dicts, as the JSONL output) from a bag of documents:
    dicts with ``text`` and optionally ``date`` and ``doc_id`` (give it: a document without
    one is named by its place in its partition), or strings. ``options`` are those of
    :func:`dipevents.extract` (model, actors, lexicons, type_model, ...)."""
    from .api import as_day

    return documents.map_partitions(_records, Settings.of(**options), as_day(date))


def events_frame(partition: Any, date: Date | str | None = None, **options: Any) -> Any:
    """A pandas DataFrame of events (one flat row per event, the CSV output's columns) from a
    DataFrame partition with a ``text`` column and optionally ``date`` and ``doc_id``: for
    ``ddf.map_partitions(events_frame, meta=events_frame_meta())``."""
    import pandas as pd

    from .api import as_day
    from .output import CSV_COLUMNS, flat_row

    documents = ({k: _text(v) for k, v in row.items() if _text(v)}
                 for row in partition.to_dict("records"))
    rows = [flat_row(e) for e in _events_of(documents, Settings.of(**options), as_day(date))]
    return pd.DataFrame(rows, columns=list(CSV_COLUMNS)).astype(events_frame_meta().dtypes)


def _text(value: Any) -> str:
    """A cell as the text a document field holds: a date column's dates as ISO days, no
    text for a missing value (NaN, None, NaT)."""
    if isinstance(value, str):
        return value
    if hasattr(value, "isoformat") and value == value:
        return value.isoformat()[:10]
    return ""


def events_frame_meta() -> Any:
    """The empty DataFrame ``events_frame`` returns for no events (Dask's ``meta``)."""
    import pandas as pd

    from .output import CSV_COLUMNS

    return pd.DataFrame({name: pd.Series(dtype="object") for name in CSV_COLUMNS})
