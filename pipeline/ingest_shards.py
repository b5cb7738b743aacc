"""How ingest cuts its input files into shards: text files in groups of `shard_size`, a
JSONL or CSV file over `max_file_bytes` in ranges of records, any other file whole.

A dump of millions of records often comes as one JSONL or CSV file, larger than
`max_file_bytes` (which bounds what one shard reads). Read whole it would be rejected as
`too_large`, or with a raised limit be one shard: one worker, and memory that grows with the
file. Instead the planner scans such a local file once (record ends only, in the main process)
and cuts it into ranges of at most `shard_size` records and `max_file_bytes` bytes; each shard
task reads its own range. Smaller files are read whole, with no scan: one shard each, as
always. A record's `#N` counts from 1 whether or not its file was split, so ids do not depend
on the split:
- JSONL: lines end at `\\n` (JSON Lines; a `\\r` before it is JSON white space and is
  dropped), and `#N` is the line number.
- CSV: records end where the `csv` module ends them (a quoted field may hold line breaks), and
  `#N` numbers the data rows that are not blank, as a whole-file read does. The scan runs the
  `csv` module itself over the bytes seen as Latin-1 (the structural characters are ASCII, so
  one character is one byte and offsets are exact in UTF-8 and cp1252 files). Each range is
  decoded on its own: its text is the whole-file decode's, though a cp1252 byte in one range
  labels that range's records `cp1252` where a whole-file read would label every record of
  the file `utf-8+cp1252`. A UTF-16 file, or one whose header row is unreadable, is not split
  (rejected as `too_large`); a `csv` error (a field over `max_file_bytes`, e.g. after an
  unclosed quote) ends the scan, and the rest of the file is one `malformed_csv` reject, as in
  a whole-file read.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final, Generic, TypeVar

from pipeline.config import IngestParams
from pipeline.decode import repair
from pipeline.objectstore import ObjectRef

_CHUNK: Final = 1 << 20  # bytes read at a time past the cap of an oversized line
# An input: a local file (a Path, or its path's string) or an object in a store.
F = TypeVar("F", bound=str | Path | ObjectRef)


@dataclass(frozen=True)
class LineRange:
    """Bytes [start, end) of a file: whole records, the first of them numbered `first` (a
    JSONL line number, a CSV data row number)."""

    start: int
    end: int
    first: int
    too_large: bool = False  # one record over `max_file_bytes`, rejected unread
    header: tuple[str, ...] | None = None  # CSV: the file's column names, folded to lower case
    bom: bool = False  # CSV: the file opens with a UTF-8 byte order mark
    error: str | None = None  # CSV: the `csv` module's error at `first`: the rest of the file

    def size(self) -> int:
        return self.end - self.start


def line_ranges(path: str, max_lines: int, max_bytes: int) -> list[LineRange] | None:
    """Ranges that tile the file in order; None when it holds only blank lines (read whole,
    such a file is one `empty` reject). A line longer than `max_bytes` gets a range alone,
    found without holding it in memory."""
    ranges: list[LineRange] = []
    start = pos = lines = 0
    first = number = 1  # the number of the range's first line, of the next line
    content = False
    with open(path, "rb") as handle:
        while line := handle.readline(max_bytes + 1):
            size = len(line)
            if size > max_bytes:
                while not line.endswith(b"\n") and (line := handle.readline(_CHUNK)):
                    size += len(line)
                content = True
                if lines:
                    ranges.append(LineRange(start, pos, first))
                ranges.append(LineRange(pos, pos + size, number, too_large=True))
                pos += size
                number += 1
                start, first, lines = pos, number, 0
                continue
            if lines and (lines >= max_lines or pos + size - start > max_bytes):
                ranges.append(LineRange(start, pos, first))
                start, first, lines = pos, number, 0
            content = content or not line.isspace()
            pos += size
            number += 1
            lines += 1
    if lines:
        ranges.append(LineRange(start, pos, first))
    return ranges if content else None


def csv_ranges(path: str, max_rows: int, max_bytes: int) -> list[LineRange] | None:
    """Ranges of a CSV file's data rows that tile it from the end of its header row; None when
    the file is not split (no data row, UTF-16, an unreadable header row)."""
    with open(path, "rb") as handle:
        bom = handle.read(3) == codecs.BOM_UTF8
        handle.seek(3 if bom else 0)
        if handle.read(2) in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
            return None
        handle.seek(3 if bom else 0)
        ends = _RecordEnds(handle, 3 if bom else 0)
        limit = csv.field_size_limit(max_bytes)
        try:
            return _csv_ranges(csv.reader(ends), ends, bom, max_rows, max_bytes)
        finally:
            csv.field_size_limit(limit)


class _RecordEnds:
    """The file's lines as Latin-1 text (split at `\\r`, `\\n` and `\\r\\n`, as a whole-file
    read splits them), counting the bytes handed out: after the `csv` module returns a row,
    `pos` is where that row ended."""

    def __init__(self, handle: io.BufferedReader, pos: int) -> None:
        self.lines = io.TextIOWrapper(handle, encoding="latin-1", newline="")
        self.pos = pos

    def __iter__(self) -> _RecordEnds:
        return self

    def __next__(self) -> str:
        line = next(self.lines)
        self.pos += len(line)
        return line


def _csv_ranges(
    reader: _Reader, ends: _RecordEnds, bom: bool, max_rows: int, max_bytes: int
) -> list[LineRange] | None:
    try:
        header = next(reader)
    except (StopIteration, csv.Error):
        return None
    names = tuple(_latin1_text(h).strip().lower() for h in header)
    ranges: list[LineRange] = []
    start = ends.pos
    first = number = 1  # the number of the range's first row, of the next row
    rows = 0

    def cut(end: int, too_large: bool = False, error: str | None = None) -> None:
        ranges.append(LineRange(start, end, first, too_large, names, bom, error))

    while True:
        at = ends.pos
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            if at > start:
                cut(at)
            start, first = at, number
            cut(os.fstat(ends.lines.fileno()).st_size, error=str(exc))
            return ranges
        blank = _blank(row)  # a whole-file read skips it and does not count it
        if not blank and ends.pos - at > max_bytes:  # a range alone, rejected unread
            if at > start:
                cut(at)
            start, first = at, number
            cut(ends.pos, too_large=True)
            start, first, rows, number = ends.pos, number + 1, 0, number + 1
            continue
        if at > start and (rows >= max_rows or ends.pos - start > max_bytes):
            cut(at)
            start, first, rows = at, number, 0
        if not blank:
            number += 1
            rows += 1
    if ends.pos > start:
        cut(ends.pos)
    return ranges if number > 1 else None


_Reader = Iterator[list[str]]


def _latin1_text(cell: str) -> str:
    """A cell the scan read as Latin-1, as a whole-file read decodes it."""
    return repair(cell.encode("latin-1"))


def _blank(row: list[str]) -> bool:
    """A row with no text in any cell, as a whole-file read judges it: a cell with bytes over
    0x7f is decoded first (byte 0x85 is white space to `str.strip` in Latin-1, an ellipsis in
    cp1252)."""
    return not any((cell if cell.isascii() else _latin1_text(cell)).strip() for cell in row)


@dataclass(frozen=True)
class ShardRead(Generic[F]):
    """What one ingest shard reads: files whole, or a range of one local JSONL file's lines."""

    files: tuple[tuple[F, str], ...]  # (input, batch)
    lines: LineRange | None = None


def shard_reads(files: Sequence[tuple[F, str]], params: IngestParams) -> list[ShardRead[F]]:
    """The shards of the listed inputs, in order: text files in groups of `shard_size`, a
    local JSONL or CSV file over `max_file_bytes` in ranges, any other file alone."""
    reads: list[ShardRead[F]] = []
    group: list[tuple[F, str]] = []
    for path, batch in files:
        suffix = os.path.splitext(path)[1] if isinstance(path, str) else path.suffix
        if suffix.lower() == ".txt":
            group.append((path, batch))
            if len(group) >= params.shard_size:
                reads.append(ShardRead(tuple(group)))
                group = []
        else:
            local = str(path) if isinstance(path, str | Path) else None
            splits = local and suffix.lower() in _SCANS
            ranges = _plan_file(local, suffix.lower(), params) if local and splits else [None]
            reads += [ShardRead(((path, batch),), lines) for lines in ranges]
    if group:
        reads.append(ShardRead(tuple(group)))
    return reads


def _plan_file(path: str, suffix: str, params: IngestParams) -> list[LineRange | None]:
    """[None] to read a local JSONL or CSV file whole, else its ranges."""
    try:
        if os.path.getsize(path) <= params.max_file_bytes:
            return [None]
        ranges = _SCANS[suffix](path, params.shard_size, params.max_file_bytes)
    except OSError:
        return [None]  # read whole, it becomes an `unreadable` reject with the reason
    if ranges is None or len(ranges) == 1:
        return [None]  # blank, one oversized record, ...: a `too_large` reject of the file
    header = ranges[0].header
    if header is not None and not set(header) & set(params.columns["text"]):
        return [None]  # no text column: the file is refused whole
    return [*ranges]


_SCANS: Final = {".jsonl": line_ranges, ".csv": csv_ranges}


def read_range(path: str, lines: LineRange) -> bytes:
    with open(path, "rb") as handle:
        handle.seek(lines.start)
        return handle.read(lines.size())


def line_sha256(path: str, lines: LineRange) -> str:
    """The sha256 of a one-record range without its line end (`\\r\\n`, `\\n` or `\\r`: the
    bytes a record's `source_sha256` is taken of), read in chunks: an oversized record is
    never held whole."""
    with open(path, "rb") as handle:
        handle.seek(max(lines.start, lines.end - 2))
        tail = handle.read(2)
        end = lines.end - (2 if tail == b"\r\n" else 1 if tail[-1:] in (b"\n", b"\r") else 0)
        return _sha256(handle, lines.start, end)


def range_sha256(path: str, lines: LineRange) -> str:
    """The sha256 of a range's bytes, read in chunks."""
    with open(path, "rb") as handle:
        return _sha256(handle, lines.start, lines.end)


def _sha256(handle: io.BufferedReader, start: int, end: int) -> str:
    digest = hashlib.sha256()
    left = max(end - start, 0)
    handle.seek(start)
    while left and (chunk := handle.read(min(_CHUNK, left))):
        digest.update(chunk)
        left -= len(chunk)
    return digest.hexdigest()
