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
from typing import BinaryIO

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


def parse_date(value: str) -> Date:
    """An ISO date (YYYY-MM-DD, or a longer ISO timestamp whose date part is taken)."""
    return Date.fromisoformat(str(value)[:10])


def with_reference(doc: Document, default: Date | None) -> Document:
    """Reference date order: the document's own field, --date, a dateline in the text."""
    if doc.date is None:
        doc.date = default or reference_from_text(doc.text)
    return doc


def read_jsonl(stream: Iterable[bytes], source: str,
               default: Date | None) -> Iterator[Document | InputError]:
    """Documents of a JSONL collection, one per line, streamed; bad lines reported by number."""
    for lineno, raw in enumerate(stream, 1):
        where = f"{source}:{lineno}"
        line = decode(raw, where)
        if isinstance(line, InputError):
            yield line
            continue
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(where, f"not valid JSON ({exc.msg})")
            continue
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            yield InputError(where, "no \"text\" field with a string")
            continue
        doc_id = str(obj.get("doc_id") or obj.get("id") or where)
        meta = {k: v for k, v in obj.items() if k not in ("text", "date", "doc_id", "id")}
        doc = Document(doc_id, obj["text"], None, meta)
        if obj.get("date"):
            try:
                doc.date = parse_date(obj["date"])
            except ValueError:
                yield InputError(where, f"date {obj['date']!r} is not an ISO date; using the "
                                        "--date or dateline instead", fatal=False)
        yield with_reference(doc, default)


def read_stdin(stream: BinaryIO, default: Date | None) -> Iterator[Document | InputError]:
    """Standard input: a JSONL collection when its first line is a JSON object with "text"
    (read line by line, so a pipe of any length streams), else one text document; either
    may come gzip-compressed."""
    if hasattr(stream, "peek") and stream.peek(2)[:2] == GZIP_MAGIC:
        stream = gzip.GzipFile(fileobj=stream)  # type: ignore[assignment]
    first = stream.readline()
    probe = first.removeprefix(codecs.BOM_UTF8).strip()
    try:
        head = json.loads(probe) if probe.startswith(b"{") else None
    except ValueError:
        head = None
    if isinstance(head, dict) and isinstance(head.get("text"), str):
        yield from read_jsonl(itertools.chain([first], stream), "-", default)
        return
    yield read_text(first + stream.read(), "-", default)


def read_text(data: bytes, source: str, default: Date | None) -> Document | InputError:
    text = decode(data, source)
    if isinstance(text, InputError):
        return text
    if not text.strip():
        return InputError(source, "empty file")
    return with_reference(Document(source, text), default)


def iter_documents(paths: list[str], default: Date | None = None,
                   stdin: BinaryIO | None = None) -> Iterator[Document | InputError]:
    """Documents and errors from every path, in the order given; ``-`` is standard input."""
    for given in paths:
        if given == "-":
            yield from read_stdin(stdin if stdin is not None else sys.stdin.buffer, default)
            continue
        path = Path(given)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and (
                p.suffix.lower() in TEXT_SUFFIXES
                or (p.suffix.lower() == ".gz" and p.with_suffix("").suffix.lower()
                    in TEXT_SUFFIXES)))
            if not files:
                yield InputError(given, "directory holds no .txt or .md files")
            for file in files:
                yield from _read_file(file, str(file), default)
            continue
        yield from _read_file(path, given, default)


def _read_file(path: Path, source: str, default: Date | None) -> Iterator[Document | InputError]:
    """A text file or a JSONL collection (``.jsonl``), either as is or gzip-compressed
    (``.gz``); a JSONL file in UTF-16 is read whole, then line by line."""
    packed = path.suffix.lower() == ".gz"
    collection = (path.with_suffix("") if packed else path).suffix.lower() == ".jsonl"
    try:
        with (gzip.open(path, "rb") if packed else path.open("rb")) as stream:
            if not collection:
                yield read_text(stream.read(), source, default)
                return
            head = stream.peek(4)[:4] if hasattr(stream, "peek") else b""
            if any(head.startswith(bom) for bom, _ in BOMS):
                text = decode(stream.read(), source)
                if isinstance(text, InputError):
                    yield text
                    return
                stream = io.BytesIO(text.encode("utf-8"))
            yield from read_jsonl(stream, source, default)
    except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
        yield InputError(source, f"not a readable gzip file ({exc or 'truncated'})")
    except FileNotFoundError:
        yield InputError(source, "no such file or directory")
        return
    except IsADirectoryError:
        yield InputError(source, "is a directory")
        return
    except OSError as exc:
        yield InputError(source, f"cannot be read ({exc.strerror or exc})")
