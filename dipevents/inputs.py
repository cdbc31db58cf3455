"""Reading inputs: text files, directories, stdin and JSONL collections, into Documents.

Every problem with an input becomes an :class:`InputError` naming the input and the reason,
yielded in order among the documents, so the caller reports it and goes on: one bad file never
stops a batch, and nothing is dropped without a line saying so.
"""

from __future__ import annotations

import codecs
import gzip
import io
import itertools
import json
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date as Date
from pathlib import Path
from typing import Any, BinaryIO

from .dates import reference_from_text
from .model import Document

TEXT_SUFFIXES = (".txt", ".md")
BINARY_SNIFF = 8192


@dataclass
class InputError:
    """An input that could not be (fully) read. ``fatal``: no document came from it."""

    source: str
    reason: str
    fatal: bool = True
    detail: str = ""  # a traceback, for an internal error (shown with --debug)

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


# Byte-order marks of the Unicode encodings other than UTF-8 (UTF-32 first: its LE mark
# starts with UTF-16's). Text with one of these is read in that encoding.
BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
GZIP_MAGIC = b"\x1f\x8b"


def decode(data: bytes, source: str) -> str | InputError:
    """UTF-8 text (a BOM allowed), UTF-16 or UTF-32 text with its byte-order mark, or an error
    saying why the bytes are not text."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                return InputError(source, f"not valid {encoding.upper()} despite its byte-order "
                                          f"mark (offset {exc.start})")
    if data.startswith(GZIP_MAGIC):
        return InputError(source, "gzip-compressed; name it .gz or pipe it through zcat")
    if b"\x00" in data[:BINARY_SNIFF]:
        return InputError(source, "binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return InputError(source, f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset "
                                  f"{exc.start}); convert it with iconv -t UTF-8")


def json_lines(lines: Iterable[str], source: str) -> Iterator[tuple[int, str, Any]]:
    """(line number, "source:line", record) of each line that is not blank, for the files a
    command reads whole (event records, training data): a line that is not JSON raises
    ValueError naming it ("f.jsonl:2: not JSON (Expecting value)")."""
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{source}:{lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{where}: not JSON ({exc.msg})") from None
        yield lineno, where, record


def parse_date(value: str) -> Date:
    """An ISO date (YYYY-MM-DD, or a longer ISO timestamp whose date part is taken)."""
    return Date.fromisoformat(str(value)[:10])


def with_reference(doc: Document, default: Date | None, day_first: bool = False) -> Document:
    """Reference date order: the document's own field, a dateline in the text, then the
    default (--date: for documents that carry none)."""
    if doc.date is None:
        doc.date = reference_from_text(doc.text, day_first=day_first) or default
    return doc


# File endings read as collections: one JSON object a line, or (.json) one object or an array.
COLLECTIONS = (".jsonl", ".ndjson")
FIELDS = ("text", "date", "doc_id", "id")


def iter_documents(paths: list[str], default: Date | None = None,
                   stdin: BinaryIO | None = None, day_first: bool = False,
                   exclude: Iterable[Path] = ()) -> Iterator[Document | InputError]:
    """Documents and errors from every path, in the order given; ``-`` is standard input.
    ``exclude``: files a directory's listing leaves out (the run's own output)."""
    reader = Reader(default, day_first, {p.resolve() for p in exclude})
    for given in paths:
        if given == "-":
            yield from reader.stdin(stdin if stdin is not None else sys.stdin.buffer)
        elif Path(given).is_dir():
            yield from reader.directory(Path(given), given)
        else:
            yield from reader.file(Path(given), given)


def _readable(path: Path) -> bool:
    name = path.name.lower().removesuffix(".gz")
    return name.endswith(TEXT_SUFFIXES)


class Reader:
    """Reads inputs into Documents, each dated by its own field, its dateline or the default."""

    def __init__(self, default: Date | None, day_first: bool, exclude: set[Path]) -> None:
        self.default = default
        self.day_first = day_first
        self.exclude = exclude

    def dated(self, doc: Document) -> Document:
        return with_reference(doc, self.default, self.day_first)

    def directory(self, path: Path, given: str) -> Iterator[Document | InputError]:
        """A directory's .txt and .md files (also .gz), recursively and sorted; a link to a
        directory or a broken link inside it is named, never skipped in silence."""
        files: list[Path] = []
        for item in sorted(path.rglob("*")):
            if item.is_symlink() and not item.exists():
                yield InputError(str(item), "broken link, skipped", fatal=False)
            elif item.is_symlink() and item.is_dir():
                yield InputError(str(item), "link to a directory, not followed: give it as an "
                                            "input of its own", fatal=False)
            elif item.is_file() and _readable(item) and item.resolve() not in self.exclude:
                files.append(item)
        if not files:
            yield InputError(given, "directory holds no .txt or .md files")
        for file in files:
            yield from self.file(file, str(file))

    def file(self, path: Path, source: str) -> Iterator[Document | InputError]:
        """A text file or a collection (.jsonl, .ndjson, .json), as is or gzip-compressed."""
        name = path.name.lower().removesuffix(".gz")
        try:
            with (gzip.open(path, "rb") if path.name.lower().endswith(".gz")
                  else path.open("rb")) as stream:
                if name.endswith(".json"):
                    yield from self.json(stream.read(), source)
                elif name.endswith(COLLECTIONS):
                    yield from self.collection(stream, source)
                else:
                    yield self.text(stream.read(), source)
        except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
            yield InputError(source, f"not a readable gzip file ({exc or 'truncated'})")
        except FileNotFoundError:
            yield InputError(source, "no such file or directory")
        except IsADirectoryError:
            yield InputError(source, "is a directory")
        except OSError as exc:
            yield InputError(source, f"cannot be read ({exc.strerror or exc})")

    def collection(self, stream, source: str) -> Iterator[Document | InputError]:
        """A JSONL collection (a UTF-16 one is read whole, then line by line); one with no
        document at all is named."""
        head = stream.peek(4)[:4] if hasattr(stream, "peek") else b""
        if any(head.startswith(bom) for bom, _ in BOMS):
            text = decode(stream.read(), source)
            if isinstance(text, InputError):
                yield text
                return
            stream = io.BytesIO(text.encode("utf-8"))
        empty = True
        for item in self.jsonl(stream, source):
            empty = False
            yield item
        if empty:
            yield InputError(source, "empty collection: no JSON line with a document")

    def jsonl(self, stream: Iterable[bytes], source: str,
              first: int = 1) -> Iterator[Document | InputError]:
        """Documents of a JSONL collection, one per line, streamed; bad lines reported by
        number (``first``: the number of the stream's first line, for a block of a file)."""
        for lineno, raw in enumerate(stream, first):
            where = f"{source}:{lineno}"
            line = decode(raw, where)
            if isinstance(line, InputError):
                yield line
            elif line.strip():
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as exc:
                    yield InputError(where, f"not valid JSON ({exc.msg})")
                    continue
                yield from self.record(obj, where)

    def json(self, data: bytes, source: str) -> Iterator[Document | InputError]:
        """A .json file: one document object, or an array of them."""
        text = decode(data, source)
        if isinstance(text, InputError):
            yield text
            return
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as exc:
            yield InputError(source, f"not valid JSON ({exc.msg} at line {exc.lineno})")
            return
        items = obj if isinstance(obj, list) else [obj]
        if not items:
            yield InputError(source, "empty collection: no document in the array")
        for n, item in enumerate(items, 1):
            yield from self.record(item, f"{source}[{n}]" if isinstance(obj, list) else source)

    def record(self, obj: object, where: str) -> Iterator[Document | InputError]:
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            yield InputError(where, "no \"text\" field with a string")
            return
        doc_id = str(obj.get("doc_id") or obj.get("id") or where)
        meta = {k: v for k, v in obj.items() if k not in FIELDS}
        doc = Document(doc_id, obj["text"], None, meta)
        if obj.get("date"):
            try:
                doc.date = parse_date(obj["date"])
            except ValueError:
                yield InputError(where, f"date {obj['date']!r} is not an ISO date; using the "
                                        "dateline or --date instead", fatal=False)
        yield self.dated(doc)

    def stdin(self, stream: BinaryIO) -> Iterator[Document | InputError]:
        """Standard input: a JSONL collection when its first line that is not blank is a JSON
        object with "text" (read line by line, so a pipe of any length streams), else one
        text document; either may come gzip-compressed, and start with a byte-order mark."""
        if hasattr(stream, "peek") and stream.peek(2)[:2] == GZIP_MAGIC:
            stream = gzip.GzipFile(fileobj=stream)  # type: ignore[assignment]
        lead: list[bytes] = []
        first = stream.readline()
        while first and not first.removeprefix(codecs.BOM_UTF8).strip():
            lead.append(first)  # blank lines before the first document
            first = stream.readline()
        probe = first.removeprefix(codecs.BOM_UTF8).strip()
        try:
            head = json.loads(probe) if probe.startswith(b"{") else None
        except ValueError:
            head = None
        if isinstance(head, dict) and isinstance(head.get("text"), str):
            yield from self.jsonl(itertools.chain(lead, [first], stream), "-")
            return
        yield self.text(b"".join(lead) + first + stream.read(), "-")

    def text(self, data: bytes, source: str) -> Document | InputError:
        text = decode(data, source)
        if isinstance(text, InputError):
            return text
        if not text.strip():
            return InputError(source, "empty file")
        return self.dated(Document(source, text))
