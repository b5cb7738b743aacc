"""Scans that find where a large JSONL, CSV or JSON file's records end, so that the file can
be read in ranges (`ingest_shards`). Each reads the open file once from its start (a local
file, or an object's stream: nothing is seeked), given its size (which only the CSV scan
needs, to end its last range at the end of the file), and returns ranges of whole records, or
None when the file is not split (it is then read whole, and rejected as `too_large`). A
record's `#N` counts from 1 whether or not its file was split, so ids do not depend on the
split:
- JSONL: lines end at `\\n` (JSON Lines; a `\\r` before it is JSON white space and is
  dropped), and `#N` is the line number.
- CSV: records end where the `csv` module ends them (a quoted field may hold line breaks), and
  `#N` numbers the data rows that are not blank, as a whole-file read does. The scan runs the
  `csv` module itself over the bytes seen as Latin-1 (the structural characters are ASCII, so
  one character is one byte and offsets are exact in UTF-8 and cp1252 files). Each range is
  decoded on its own: its text is the whole-file decode's, though a cp1252 byte in one range
  labels that range's records `cp1252` where a whole-file read would label every record of
  the file `utf-8+cp1252`. A UTF-16 file, or one whose header row is unreadable, is not split;
  a `csv` error (a field over `max_file_bytes`, e.g. after an unclosed quote) ends the scan,
  and the rest of the file is one `malformed_csv` reject, as in a whole-file read.
- JSON: a list is cut between its items (`#N` is the item's position, from 1): the top-level
  list, or the one list in a top-level object without a text column (`{"articles": [...]}`,
  as an API's response wraps them), as a whole-file read takes it. The scan follows strings
  and nesting only, so an item that is not valid JSON is found when its range is read (that
  range is one `malformed_json` reject); the bytes outside the list are parsed by the scan. A
  file whose list is not closed, or whose object holds two lists, is not split.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from typing import Final

import orjson

from pipeline.decode import repair

CHUNK: Final = 1 << 20  # bytes read at a time (an oversized line past its cap, a JSON file)


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


def line_ranges(
    handle: io.BufferedReader, size: int, max_lines: int, max_bytes: int
) -> list[LineRange] | None:
    """Ranges of a JSONL file's lines that tile it in order; None when it holds only blank
    lines (read whole, such a file is one `empty` reject). A line longer than `max_bytes` gets
    a range alone, found without holding it in memory."""
    ranges: list[LineRange] = []
    start = pos = lines = 0
    first = number = 1  # the number of the range's first line, of the next line
    content = False
    while line := handle.readline(max_bytes + 1):
        length = len(line)
        if length > max_bytes:
            while not line.endswith(b"\n") and (line := handle.readline(CHUNK)):
                length += len(line)
            content = True
            if lines:
                ranges.append(LineRange(start, pos, first))
            ranges.append(LineRange(pos, pos + length, number, too_large=True))
            pos += length
            number += 1
            start, first, lines = pos, number, 0
            continue
        if lines and (lines >= max_lines or pos + length - start > max_bytes):
            ranges.append(LineRange(start, pos, first))
            start, first, lines = pos, number, 0
        content = content or not line.isspace()
        pos += length
        number += 1
        lines += 1
    if lines:
        ranges.append(LineRange(start, pos, first))
    return ranges if content else None


def csv_ranges(
    handle: io.BufferedReader, size: int, max_rows: int, max_bytes: int
) -> list[LineRange] | None:
    """Ranges of a CSV file's data rows that tile it from the end of its header row; None when
    the file is not split (no data row, UTF-16, an unreadable header row)."""
    head = handle.peek(3)[:3]
    if head[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        return None
    bom = head == codecs.BOM_UTF8
    if bom:
        handle.read(3)
    ends = _RecordEnds(handle, 3 if bom else 0)
    limit = csv.field_size_limit(max_bytes)
    try:
        return _csv_ranges(csv.reader(ends), ends, size, bom, max_rows, max_bytes)
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
    reader: _Reader, ends: _RecordEnds, size: int, bom: bool, max_rows: int, max_bytes: int
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
            cut(size, error=str(exc))
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


class _NotAList(Exception):
    """The file's top level is not one closed JSON list, nor an object holding one."""


# Outside a string: the bytes that open or close one, a level of nesting, or an item.
_JSON_MARK: Final = re.compile(rb'["\[\]{},]')


def json_ranges(
    handle: io.BufferedReader,
    size: int,
    max_items: int,
    max_bytes: int,
    text_columns: Collection[str] = (),
) -> list[LineRange] | None:
    """Ranges of a JSON list's items, each from just after one separator (`[` or `,`) to the
    next; None when the file holds no list of two items or more that a whole-file read would
    take as its records.

    The list is the top level, or the one list among the values of a top-level object that
    has no text column (`{"status": "ok", "articles": [...]}`). The object's other bytes are
    kept (at most `max_bytes`) and parsed once the list is emptied, so the file is split only
    when a whole-file read would take the same items from it.
    """
    ranges: list[LineRange] = []
    start = 0  # where the open range starts
    first = items = number = 0  # the open range's first item's number, its number of items
    outside = bytearray()  # the file's bytes outside the list (its brackets included)
    marks = _list_marks(handle, outside, max_bytes)
    try:
        previous = next(marks)  # the list's `[`
        for mark in marks:
            number += 1
            item_start, length = previous + 1, mark - previous - 1
            if length > max_bytes:  # a range alone, rejected unread
                if items:
                    ranges.append(LineRange(start, previous, first))
                ranges.append(LineRange(item_start, mark, number, too_large=True))
                items = 0
            elif items and (items >= max_items or mark - start > max_bytes):
                ranges.append(LineRange(start, previous, first))
                start, first, items = item_start, number, 1
            else:
                if not items:
                    start, first = item_start, number
                items += 1
            previous = mark
    except (_NotAList, StopIteration):
        return None
    if items:
        ranges.append(LineRange(start, previous, first))
    return ranges if number > 1 and _holds_the_records(outside, text_columns) else None


def _holds_the_records(outside: bytearray, text_columns: Collection[str]) -> bool:
    """Whether a whole-file read takes its records from the list: `outside` (the file with
    the list emptied) is valid JSON, and a list or an object with no text column and no other
    list (`ingest._from_json`'s rule; on a repeated key the last value counts, as there)."""
    try:
        doc = orjson.loads(bytes(outside))
    except orjson.JSONDecodeError:
        return False
    if isinstance(doc, dict):
        lists = sum(isinstance(value, list) for value in doc.values())
        return lists == 1 and not any(c in doc for c in text_columns)
    return isinstance(doc, list)


def _escaped(chunk: bytes, start: int, at: int) -> bool:
    """Whether the byte at `at` is escaped: an odd run of backslashes in chunk[start:at] ends
    there (a run from an earlier chunk is settled by `escaped` at the chunk's start)."""
    run = at
    while run > start and chunk[run - 1] == 0x5C:
        run -= 1
    return (at - run) % 2 == 1


def _list_marks(handle: io.BufferedReader, outside: bytearray, limit: int) -> Iterator[int]:
    """The offsets of the list's `[`, of each comma between its items and of its `]`, read in
    chunks: only strings and nesting are followed, not the items' grammar. The list is the top
    level, or the first list value of a top-level object (a second one raises `_NotAList`).
    The bytes outside the list are appended to `outside`; more than `limit` raise too."""
    depth, base, in_string, escaped, closed = 0, 0, False, False, False
    inner = 0  # the depth of the list's items: 1 at the top level, 2 in an object
    inside = False  # between the list's brackets
    top = b""  # the top level's opening byte
    while chunk := handle.read(CHUNK):
        i, end = (1 if escaped else 0), len(chunk)
        kept = 0  # where this chunk's bytes outside the list, not yet kept, start
        escaped = False
        while i < end:
            if in_string:  # to its closing quote: one not escaped by an odd run of `\\`
                quote = chunk.find(b'"', i)
                while quote != -1 and _escaped(chunk, i, quote):
                    quote = chunk.find(b'"', quote + 1)
                if quote == -1:
                    escaped = _escaped(chunk, i, end)  # the next chunk's first byte
                    break
                in_string, i = False, quote + 1
                continue
            if closed:  # after the top level's end: white space only
                if chunk[i:].strip():
                    raise _NotAList
                break
            found = _JSON_MARK.search(chunk, i)
            if not depth:  # before the top level's `[` or `{`: white space only
                if chunk[i : found.start() if found else end].strip():
                    raise _NotAList
                if found and found.group() not in (b"[", b"{"):
                    raise _NotAList
            if found is None:
                break
            mark, at, i = found.group(), found.start(), found.end()
            if mark == b'"':
                in_string = True
            elif mark in (b"[", b"{"):
                depth += 1
                if mark == b"[" and depth <= 2 and not inner and (depth == 1 or top == b"{"):
                    inner, inside = depth, True
                    outside += chunk[kept : at + 1]
                    yield base + at
                elif mark == b"[" and depth == 2 and top == b"{" and not inside:
                    raise _NotAList  # a second list: a whole-file read takes none of them
                if depth == 1:
                    top = mark
            elif mark in (b"]", b"}"):
                depth -= 1
                if inside and depth < inner:
                    inside, kept = False, at
                    yield base + at
                closed = not depth
            elif inside and depth == inner:
                yield base + at
        if not inside:
            outside += chunk[kept:end]
            if len(outside) > limit:
                raise _NotAList
        base += end
    if not closed:
        raise _NotAList
