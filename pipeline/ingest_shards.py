"""How ingest cuts its input files into shards: text files in groups of `shard_size`, a
JSONL file over `max_file_bytes` in ranges of lines, any other file whole.

A dump of millions of records often comes as one JSONL file, larger than `max_file_bytes`
(which bounds what one shard reads). Read whole it would be rejected as `too_large`, or with a
raised limit be one shard: one worker, and memory that grows with the file. Instead the
planner scans such a local file once (line ends only, in the main process) and cuts it into
ranges of at most `shard_size` lines and `max_file_bytes` bytes; each shard task reads its own
range. Smaller files are read whole, with no scan: one shard each, as always. Lines end at
`\\n` (JSON Lines; a `\\r` before it is JSON white space and is dropped), and a record's
`#N` counts them from 1 whether or not its file was split, so ids do not depend on the split.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final, Generic, TypeVar

from pipeline.config import IngestParams
from pipeline.objectstore import ObjectRef

_CHUNK: Final = 1 << 20  # bytes read at a time past the cap of an oversized line
# An input: a local file (a Path, or its path's string) or an object in a store.
F = TypeVar("F", bound=str | Path | ObjectRef)


@dataclass(frozen=True)
class LineRange:
    """Bytes [start, end) of a file: whole lines, the first of them numbered `first_line`.
    A range over `max_file_bytes` is one oversized line."""

    start: int
    end: int
    first_line: int

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
                ranges.append(LineRange(pos, pos + size, number))
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


@dataclass(frozen=True)
class ShardRead(Generic[F]):
    """What one ingest shard reads: files whole, or a range of one local JSONL file's lines."""

    files: tuple[tuple[F, str], ...]  # (input, batch)
    lines: LineRange | None = None


def shard_reads(files: Sequence[tuple[F, str]], params: IngestParams) -> list[ShardRead[F]]:
    """The shards of the listed inputs, in order: text files in groups of `shard_size`, a
    local JSONL file over `max_file_bytes` in ranges, any other file alone."""
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
            ranges = _plan_file(local, params) if local and suffix.lower() == ".jsonl" else [None]
            reads += [ShardRead(((path, batch),), lines) for lines in ranges]
    if group:
        reads.append(ShardRead(tuple(group)))
    return reads


def _plan_file(path: str, params: IngestParams) -> list[LineRange | None]:
    """[None] to read a local JSONL file whole, else its ranges."""
    try:
        if os.path.getsize(path) <= params.max_file_bytes:
            return [None]
        ranges = line_ranges(path, params.shard_size, params.max_file_bytes)
    except OSError:
        return [None]  # read whole, it becomes an `unreadable` reject with the reason
    if ranges is None or len(ranges) == 1:
        return [None]  # blank, or one oversized line: a `too_large` reject of the file
    return [*ranges]


def read_range(path: str, lines: LineRange) -> bytes:
    with open(path, "rb") as handle:
        handle.seek(lines.start)
        return handle.read(lines.size())


def line_sha256(path: str, lines: LineRange) -> str:
    """The sha256 of a one-line range without its line end (the bytes a record's
    `source_sha256` is taken of), read in chunks: an oversized line is never held whole."""
    with open(path, "rb") as handle:
        handle.seek(max(lines.start, lines.end - 2))
        tail = handle.read(2)
        end = lines.end - (2 if tail.endswith(b"\r\n") else 1 if tail.endswith(b"\n") else 0)
        digest = hashlib.sha256()
        left = max(end - lines.start, 0)
        handle.seek(lines.start)
        while left and (chunk := handle.read(min(_CHUNK, left))):
            digest.update(chunk)
            left -= len(chunk)
    return digest.hexdigest()
