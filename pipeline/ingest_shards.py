"""How ingest cuts its input files into shards: text files in groups of `shard_size`, a
JSONL, CSV or JSON file over `max_file_bytes` in ranges of records, any other file whole.

A dump of millions of records often comes as one JSONL, CSV or JSON file, larger than
`max_file_bytes` (which bounds what one shard reads). Read whole it would be rejected as
`too_large`, or with a raised limit be one shard: one worker, and memory that grows with the
file. Instead the planner scans such a file once (record ends only, in the main process,
see `ingest_scan`) and cuts it into ranges of at most `shard_size` records and
`max_file_bytes` bytes; each shard task reads its own range. Smaller files are read whole,
with no scan: one shard each, as always. An object in a store is scanned as one stream and
its ranges read with ranged requests.
"""

from __future__ import annotations

import hashlib
import io
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Final, Generic, TypeVar

from pipeline.config import IngestParams
from pipeline.ingest_scan import CHUNK, LineRange, csv_ranges, json_ranges, line_ranges
from pipeline.objectstore import ObjectRef, open_file, open_stream, stat

# An input: a local file (a Path, or its path's string) or an object in a store.
F = TypeVar("F", bound=str | Path | ObjectRef)


@dataclass(frozen=True)
class ShardRead(Generic[F]):
    """What one ingest shard reads: files whole, or a range of one JSONL, CSV or JSON file's
    records."""

    files: tuple[tuple[F, str], ...]  # (input, batch)
    lines: LineRange | None = None


def shard_reads(files: Sequence[tuple[F, str]], params: IngestParams) -> list[ShardRead[F]]:
    """The shards of the listed inputs, in order: text files in groups of `shard_size`, a
    JSONL, CSV or JSON file over `max_file_bytes` in ranges, any other file alone."""
    reads: list[ShardRead[F]] = []
    group: list[tuple[F, str]] = []
    for path, batch in files:
        suffix = (os.path.splitext(path)[1] if isinstance(path, str) else path.suffix).lower()
        if suffix == ".txt":
            group.append((path, batch))
            if len(group) >= params.shard_size:
                reads.append(ShardRead(tuple(group)))
                group = []
        else:
            source = path if isinstance(path, ObjectRef) else str(path)
            ranges = _plan_file(source, suffix, params) if suffix in _SCANS else [None]
            reads += [ShardRead(((path, batch),), lines) for lines in ranges]
    if group:
        reads.append(ShardRead(tuple(group)))
    return reads


def _plan_file(
    source: str | ObjectRef, suffix: str, params: IngestParams
) -> list[LineRange | None]:
    """[None] to read a JSONL, CSV or JSON file whole, else its ranges. An object over the
    limit is read twice: once streamed by the scan, then in ranged requests by the shards."""
    try:
        size = os.path.getsize(source) if isinstance(source, str) else stat(source)[0]
        if size <= params.max_file_bytes:
            return [None]
        with open(source, "rb") if isinstance(source, str) else open_stream(source) as handle:
            ranges = _SCANS[suffix](handle, size, params)
    except OSError:
        return [None]  # read whole, it becomes an `unreadable` reject with the reason
    if ranges is None or len(ranges) == 1:
        return [None]  # blank, one oversized record, ...: a `too_large` reject of the file
    header = ranges[0].header
    if header is not None and not set(header) & set(params.columns["text"]):
        return [None]  # no text column: the file is refused whole
    return [*ranges]


# Each scan, given the open file, its size and the ingest params (a JSON object's list holds
# its records only when the object has no text column, as in a whole-file read).
_SCANS: Final[
    dict[str, Callable[[io.BufferedReader, int, IngestParams], list[LineRange] | None]]
] = {
    ".jsonl": lambda handle, size, p: line_ranges(handle, size, p.shard_size, p.max_file_bytes),
    ".csv": lambda handle, size, p: csv_ranges(handle, size, p.shard_size, p.max_file_bytes),
    ".json": lambda handle, size, p: json_ranges(
        handle, size, p.shard_size, p.max_file_bytes, p.columns["text"]
    ),
}


def _random_access(source: str | ObjectRef) -> BinaryIO:
    return open(source, "rb") if isinstance(source, str) else open_file(source)


def read_range(source: str | ObjectRef, lines: LineRange) -> bytes:
    with _random_access(source) as handle:
        handle.seek(lines.start)
        return handle.read(lines.size())


def line_sha256(source: str | ObjectRef, lines: LineRange) -> str:
    """The sha256 of a one-record range without its line end (`\\r\\n`, `\\n` or `\\r`: the
    bytes a record's `source_sha256` is taken of), read in chunks: an oversized record is
    never held whole."""
    with _random_access(source) as handle:
        handle.seek(max(lines.start, lines.end - 2))
        tail = handle.read(2)
        end = lines.end - (2 if tail == b"\r\n" else 1 if tail[-1:] in (b"\n", b"\r") else 0)
        return _sha256(handle, lines.start, end)


def range_sha256(source: str | ObjectRef, lines: LineRange) -> str:
    """The sha256 of a range's bytes, read in chunks."""
    with _random_access(source) as handle:
        return _sha256(handle, lines.start, lines.end)


def _sha256(handle: BinaryIO, start: int, end: int) -> str:
    digest = hashlib.sha256()
    left = max(end - start, 0)
    handle.seek(start)
    while left and (chunk := handle.read(min(CHUNK, left))):
        digest.update(chunk)
        left -= len(chunk)
    return digest.hexdigest()
