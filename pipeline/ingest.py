"""Ingest: raw files (.txt, .jsonl, .json, .csv) to one Arrow row per input record.

Every input record leaves here as exactly one record row or one reject row. The pure part,
`records_from_file`, takes bytes and returns tables; listing and reading files is the edge.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import functools
import hashlib
import io
import os
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
import pyarrow as pa

from pipeline.config import IngestParams
from pipeline.decode import Decoded, check_decoded, decode, normalise
from pipeline.ingest_scan import LineRange
from pipeline.ingest_shards import line_sha256, range_sha256, read_range
from pipeline.objectstore import ObjectRef, is_uri, list_objects, read_bytes, stat
from pipeline.objectstore import sha256 as object_sha256
from schemas import REJECT_SCHEMA

RECORD_SCHEMA = pa.schema(
    [
        ("article_id", pa.string()),
        ("source_uri", pa.string()),
        ("source_sha256", pa.string()),
        ("batch", pa.string()),
        ("text", pa.string()),
        ("encoding", pa.string()),
        ("ingest_flags", pa.list_(pa.string())),
        ("url", pa.string()),
        ("publisher", pa.string()),
        ("meta_title", pa.string()),
        ("meta_authors", pa.list_(pa.string())),
        ("meta_published", pa.date32()),
    ]
)
FORMATS = (".txt", ".jsonl", ".json", ".csv")
_UTF8: tuple[str, tuple[str, ...]] = ("utf-8", ())  # JSON text: orjson reads UTF-8 only
# Documentation and VCS files that live beside raw data and are not inputs.
IGNORED = re.compile(r"(?i)^(\..*|.*\.(md|dvc|rst)|readme.*|license.*|manifest.*)$")


@dataclass
class IngestResult:
    records: list[dict[str, Any]] = field(default_factory=list)
    rejects: list[dict[str, Any]] = field(default_factory=list)

    def tables(self) -> tuple[pa.Table, pa.Table]:
        return (
            pa.Table.from_pylist(self.records, schema=RECORD_SCHEMA),
            pa.Table.from_pylist(self.rejects, schema=REJECT_SCHEMA),
        )


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def article_id(source_uri: str, source_sha256: str) -> str:
    """Stable id from where the record came from and what its bytes were."""
    return hashlib.sha256(f"{source_uri}\0{source_sha256}".encode()).hexdigest()[:24]


# An input: a local file, or an object in a store (see `objectstore`).
Location = Path | ObjectRef
# What a shard task reads: a Location, or a local file as `str(Path)` (already normal).
# Ingest's shard tasks carry strings: a million `Path`s cost seconds to build and unpickle.
Source = Location | str


def list_inputs(
    roots: Sequence[Path | str],
) -> tuple[list[tuple[Location, str]], list[Location]]:
    """All input files under the roots as (location, batch), sorted; plus files ignored.

    A root is a local path or an object-store URI (a string). The batch is the root's folder
    name. Files are sorted by path so shards are reproducible.
    """
    # Keyed by the path's string (what `Path` equality compares on POSIX): hashing a
    # `Path` is slower than hashing its string, which the sort below needs anyway.
    found: dict[tuple[str | ObjectRef, str], tuple[Location, str]] = {}
    ignored: set[Location] = set()
    for root in roots:
        located: list[Location]
        if isinstance(root, str) and is_uri(root):
            objects, batch = list_objects(root)
            located = list(objects)
        else:
            root = Path(root)
            if not root.exists():
                raise FileNotFoundError(f"raw input not found: {root}")
            batch = root.name if root.is_dir() else root.parent.name
            located = [root] if root.is_file() else list(_walk(root))
        for path in located:
            if IGNORED.match(path.name):
                ignored.add(path)
            else:
                key = str(path) if isinstance(path, Path) else path
                found.setdefault((key, batch), (path, batch))
    files = [p for p in ignored if isinstance(p, Path)]
    objects = [p for p in ignored if isinstance(p, ObjectRef)]
    return sorted(found.values(), key=lambda pb: str(pb[0])), [*sorted(files), *sorted(objects)]


def _walk(root: Path) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        # `iterdir` builds each child from its folder's parsed parts; `folder / name` would
        # parse the whole path again, file after file.
        files = set(filenames)
        children = {p.name: p for p in Path(dirpath).iterdir() if p.name in files}
        for name in sorted(filenames):
            yield children[name] if name in children else Path(dirpath) / name


def display_uri(path: Source) -> str:
    """The path relative to the working directory (the project root under DVC); an object's
    full URI. A string is a local path as `str(Path)` gives it."""
    if isinstance(path, ObjectRef):
        return path.uri
    if isinstance(path, str):
        if ".." in path.split(os.sep) or not os.path.isabs(path):
            return display_uri(Path(path))
    elif ".." in path.parts:
        return Path(os.path.relpath(path)).as_posix()
    elif not path.is_absolute():
        return path.as_posix()  # already relative and normal: what relpath would return
    folder, name = os.path.split(path)
    if not name:
        return Path(os.path.relpath(path)).as_posix()
    # relpath normalises and compares both paths on every call; a folder of a million files
    # asks about one folder a million times.
    cwd = os.getcwd()
    full = os.fspath(path)
    if (cwd + os.sep).startswith(full + os.sep):
        return Path(os.path.relpath(full, cwd)).as_posix()  # an ancestor of cwd: '..'
    shown = _relative_folder(folder, cwd)
    return name if shown == "." else f"{shown}/{name}"


@functools.lru_cache(maxsize=1024)
def _relative_folder(folder: str, cwd: str) -> str:
    return Path(os.path.relpath(folder, cwd)).as_posix()


class UnreadableInput(OSError):
    """A listed input file could not be read (permissions, a vanished file, I/O error)."""

    def __init__(self, uri: str, cause: OSError) -> None:
        super().__init__(f"{uri}: cannot read: {cause}")
        self.uri = uri
        self.cause = cause


def read_files(
    files: Iterable[tuple[Source, str]],
    params: IngestParams,
    strict: bool = False,
    lines: LineRange | None = None,
) -> IngestResult:
    """Read input files into records and rejects: the I/O edge of `records_from_file`.

    With `lines`, the one file given is a JSONL, CSV or JSON file (local or an object) and
    only that range of its records is read (see `ingest_shards`). A file over `max_file_bytes`
    is rejected from its size (an object's after reading past the limit) and hashed in
    chunks: it is never held whole.
    An unreadable file becomes an `unreadable` reject (a build goes on), or, with `strict`,
    raises `UnreadableInput` (the gate answers it with a usage error).
    """
    result = IngestResult()
    for path, batch in files:
        uri = display_uri(path)
        suffix = _suffix(os.path.basename(path)) if isinstance(path, str) else path.suffix
        try:
            if lines is not None:
                source = path if isinstance(path, ObjectRef) else str(path)
                _read_range(result, source, uri, batch, suffix.lower(), lines, params)
                continue
            limit = params.max_file_bytes
            raw = (
                read_bytes(path, limit) if isinstance(path, ObjectRef) else _read_local(path, limit)
            )
            if raw is None or len(raw) > limit:
                _reject_unread(result, path, uri, batch, suffix, params)
                continue
        except OSError as exc:
            if strict:
                raise UnreadableInput(uri, exc) from exc
            _reject(result, uri, b"", batch, "unreadable", f"{type(exc).__name__}: {exc}")
            continue
        part = records_from_file(raw, uri, batch, suffix, params)
        result.records += part.records
        result.rejects += part.rejects
    return result


def _reject_unread(
    result: IngestResult, path: Source, uri: str, batch: str, suffix: str, params: IngestParams
) -> None:
    """A file over `max_file_bytes`: its size and its sha256 read in chunks, not its bytes."""
    if isinstance(path, ObjectRef):
        size, digest = stat(path)[0], object_sha256(path)
    else:
        with open(path, "rb") as handle:
            digest = hashlib.file_digest(handle, "sha256").hexdigest()
            size = handle.tell()
    reason, detail = _refusal(suffix, size, params) or ("too_large", "")
    result.rejects.append(_reject_row(uri, digest, batch, reason, detail, None))


def _read_range(
    result: IngestResult,
    path: str | ObjectRef,
    uri: str,
    batch: str,
    suffix: str,
    lines: LineRange,
    params: IngestParams,
) -> None:
    """A range of a JSONL file's lines, a CSV file's rows or a JSON list's items (see
    `ingest_scan`); a `too_large` range is one record, rejected without reading it whole."""
    where = f"{uri}#{lines.first}"
    if lines.error is not None:  # what a whole-file read rejects with the rest of the file
        detail = f"row {lines.first}: {lines.error}"
        result.rejects.append(
            _reject_row(where, range_sha256(path, lines), batch, "malformed_csv", detail, None)
        )
    elif lines.too_large:
        kind = {".csv": "row", ".json": "item"}.get(suffix, "line")
        detail = (
            f"{kind} {lines.first}: {lines.size():,} bytes > max_file_bytes "
            f"{params.max_file_bytes:,}"
        )
        digest = range_sha256(path, lines) if suffix == ".json" else line_sha256(path, lines)
        result.rejects.append(_reject_row(where, digest, batch, "too_large", detail, None))
    elif suffix == ".csv":
        _from_csv_range(result, uri, read_range(path, lines), batch, params, lines)
    elif suffix == ".json":
        _from_json_range(result, uri, read_range(path, lines), batch, params, lines.first)
    else:
        _from_jsonl_lines(result, uri, read_range(path, lines), batch, params, lines.first)


def _read_local(path: Path | str, limit: int) -> bytes | None:
    """The file's bytes; None, unread, if it is larger than `limit`. (Unbuffered: one
    allocation of the file's size, where `read(limit)` would allocate the limit.)"""
    with open(path, "rb", buffering=0) as handle:
        if os.fstat(handle.fileno()).st_size > limit:
            return None
        return handle.read()


def _suffix(name: str) -> str:
    """`Path(name).suffix` of a file name, without building the Path."""
    i = name.rfind(".")
    return name[i:] if 0 < i < len(name) - 1 else ""


def records_from_file(
    raw: bytes, uri: str, batch: str, suffix: str, params: IngestParams
) -> IngestResult:
    """Turn one file's bytes into records and rejects; never raises on bad content."""
    result = IngestResult()
    suffix = suffix.lower()
    refused = _refusal(suffix, len(raw), params)
    if refused:
        _reject(result, uri, raw, batch, *refused)
    elif suffix == ".txt":
        _add_text(result, uri, raw, batch, {}, params)
    elif suffix == ".jsonl":
        _from_jsonl(result, uri, raw, batch, params)
    elif suffix == ".json":
        _from_json(result, uri, raw, batch, params)
    else:
        _from_csv(result, uri, raw, batch, params)
    return result


def _refusal(suffix: str, size: int, params: IngestParams) -> tuple[str, str] | None:
    """(reason, detail) when a file is rejected before its content is read: format, size."""
    if suffix.lower() not in FORMATS:
        return "unsupported_format", f"{suffix or 'no suffix'} is not one of {', '.join(FORMATS)}"
    if size > params.max_file_bytes:
        return "too_large", f"{size:,} bytes > max_file_bytes {params.max_file_bytes:,}"
    return None


def _reject(
    result: IngestResult,
    uri: str,
    raw: bytes,
    batch: str,
    reason: str,
    detail: str,
    text: str | None = None,
) -> None:
    result.rejects.append(_reject_row(uri, sha256(raw), batch, reason, detail, text))


def _reject_row(
    uri: str, digest: str, batch: str, reason: str, detail: str, text: str | None
) -> dict[str, Any]:
    return {
        "source_uri": uri,
        "source_sha256": digest,
        "batch": batch,
        "stage": "ingest",
        "reason": reason,
        "detail": detail,
        "raw_text": text,
    }


def _add_text(
    result: IngestResult,
    uri: str,
    raw: bytes,
    batch: str,
    meta: Mapping[str, Any],
    params: IngestParams,
    text: str | None = None,
    source: tuple[str, tuple[str, ...]] = _UTF8,
) -> None:
    """Add one article: decode bytes (or take text decoded from `source`, an encoding and its
    decode flags) and attach metadata."""
    decoded = decode(raw) if text is None else check_decoded(text, *source)
    if decoded.text is None:
        _reject(result, uri, raw, batch, decoded.reason or "undecodable", decoded.detail, text)
        return
    text, encoding, flags = decoded.text, decoded.encoding, decoded.flags
    text = normalise(text, params.line_separator)
    if not text.strip():
        _reject(
            result,
            uri,
            raw,
            batch,
            "empty" if not meta else "missing_text",
            "the record has no text",
            text,
        )
        return
    digest = sha256(raw)
    published, date_flag = _meta_date(meta.get("published"))
    result.records.append(
        {
            "article_id": article_id(uri, digest),
            "source_uri": uri,
            "source_sha256": digest,
            "batch": batch,
            "text": text,
            "encoding": encoding,
            "ingest_flags": [*flags, *date_flag],
            "url": _meta_str(meta.get("url")),
            "publisher": _publisher(meta),
            "meta_title": _meta_str(meta.get("title")),
            "meta_authors": _meta_authors(meta.get("authors")),
            "meta_published": published,
        }
    )


def _pick(record: Mapping[str, Any], params: IngestParams) -> dict[str, Any]:
    """Map a record's own column names onto copydesk's metadata names."""
    lowered = {str(k).lower(): v for k, v in record.items()}
    return {
        name: next((lowered[c] for c in candidates if c in lowered), None)
        for name, candidates in params.columns.items()
    }


def _add_record(
    result: IngestResult,
    uri: str,
    raw: bytes,
    batch: str,
    record: Any,
    params: IngestParams,
    source: tuple[str, tuple[str, ...]] = _UTF8,
) -> None:
    if not isinstance(record, dict):
        _reject(
            result,
            uri,
            raw,
            batch,
            "not_an_object",
            f"expected a JSON object, got {type(record).__name__}",
        )
        return
    meta = _pick(record, params)
    text = meta.pop("text")
    if not isinstance(text, str) or not text.strip():
        _reject(
            result,
            uri,
            raw,
            batch,
            "missing_text",
            f"no text in any of the columns {', '.join(params.columns['text'])}",
        )
        return
    _add_text(result, uri, raw, batch, meta, params, text=text, source=source)


def _from_jsonl(
    result: IngestResult, uri: str, raw: bytes, batch: str, params: IngestParams
) -> None:
    if not raw.strip():
        _reject(result, uri, raw, batch, "empty", "the file has no records")
        return
    _from_jsonl_lines(result, uri, raw, batch, params, 1)


def _from_jsonl_lines(
    result: IngestResult, uri: str, raw: bytes, batch: str, params: IngestParams, first: int
) -> None:
    """Whole lines of a JSONL file, the first numbered `first`. Lines end at `\\n` (JSON
    Lines); a `\\r` before it is dropped, so a CRLF file's records hash as an LF file's."""
    for number, line in enumerate(raw.split(b"\n"), start=first):
        if line.endswith(b"\r"):
            line = line[:-1]
        if not line.strip():
            continue
        where = f"{uri}#{number}"
        try:
            record = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            text = line.decode("utf-8", errors="replace")
            _reject(result, where, line, batch, "malformed_json", f"line {number}: {exc}", text)
            continue
        _add_record(result, where, line, batch, record, params)


def _from_json(
    result: IngestResult, uri: str, raw: bytes, batch: str, params: IngestParams
) -> None:
    try:
        doc = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        decoded = decode(raw)
        _reject(result, uri, raw, batch, "malformed_json", str(exc), decoded.text)
        return
    if isinstance(doc, dict) and not any(c in doc for c in params.columns["text"]):
        lists = [v for v in doc.values() if isinstance(v, list)]
        doc = lists[0] if len(lists) == 1 else doc
    if isinstance(doc, dict):
        _add_record(result, uri, raw, batch, doc, params)
        return
    if not isinstance(doc, list) or not doc:
        _reject(result, uri, raw, batch, "no_records", "expected an object or a list of objects")
        return
    _json_items(result, uri, doc, batch, params, 1)


def _from_json_range(
    result: IngestResult, uri: str, raw: bytes, batch: str, params: IngestParams, first: int
) -> None:
    """Items of a JSON list, the first numbered `first`: the bytes between the list's `[`
    (or a comma) and a later comma (or its `]`)."""
    try:
        items = orjson.loads(b"[" + raw + b"]")
    except orjson.JSONDecodeError as exc:
        text = raw.decode("utf-8", errors="replace")
        detail = f"items from {first}: {exc}"
        _reject(result, f"{uri}#{first}", raw, batch, "malformed_json", detail, text)
        return
    _json_items(result, uri, items, batch, params, first)


def _json_items(
    result: IngestResult, uri: str, items: list[Any], batch: str, params: IngestParams, first: int
) -> None:
    """A list's items as records: an item's bytes are its JSON with sorted keys."""
    for number, record in enumerate(items, start=first):
        blob = orjson.dumps(record, option=orjson.OPT_SORT_KEYS)
        _add_record(result, f"{uri}#{number}", blob, batch, record, params)


def _from_csv(result: IngestResult, uri: str, raw: bytes, batch: str, params: IngestParams) -> None:
    decoded = decode(raw, strip=False)  # controls are removed (and flagged) row by row
    if decoded.text is None:
        _reject(result, uri, raw, batch, decoded.reason or "undecodable", decoded.detail)
        return
    csv.field_size_limit(params.max_file_bytes)
    reader = csv.reader(io.StringIO(decoded.text, newline=""))
    try:
        header = next(reader)
    except (StopIteration, csv.Error) as exc:
        _reject(
            result,
            uri,
            raw,
            batch,
            "empty" if isinstance(exc, StopIteration) else "malformed_csv",
            "no header row" if isinstance(exc, StopIteration) else str(exc),
        )
        return
    names = [h.strip().lower() for h in header]
    if not any(c in names for c in params.columns["text"]):
        _reject(
            result,
            uri,
            raw,
            batch,
            "missing_text_column",
            f"header {header!r} has none of {', '.join(params.columns['text'])}",
        )
        return
    if _csv_rows(result, uri, raw, batch, params, reader, names, decoded, 0) == 0:
        _reject(result, uri, raw, batch, "no_records", "the CSV has a header but no rows")


def _from_csv_range(
    result: IngestResult, uri: str, raw: bytes, batch: str, params: IngestParams, rows: LineRange
) -> None:
    """The data rows of a CSV range, decoded on their own (see `ingest_shards`)."""
    assert rows.header is not None
    if not raw.strip():
        return  # blank rows only: a whole-file read skips them
    decoded = decode(codecs.BOM_UTF8 + raw if rows.bom else raw, strip=False)
    if decoded.text is None:
        where, reason = f"{uri}#{rows.first}", decoded.reason or "undecodable"
        _reject(result, where, raw, batch, reason, f"rows from {rows.first}: {decoded.detail}")
        return
    csv.field_size_limit(params.max_file_bytes)
    reader = csv.reader(io.StringIO(decoded.text, newline=""))
    _csv_rows(result, uri, raw, batch, params, reader, list(rows.header), decoded, rows.first - 1)


def _csv_rows(
    result: IngestResult,
    uri: str,
    raw: bytes,
    batch: str,
    params: IngestParams,
    reader: Iterator[list[str]],
    names: list[str],
    decoded: Decoded,
    number: int,
) -> int:
    """Add the reader's data rows, numbered after `number`; returns the last number. A row's
    bytes are its cells as JSON; its text keeps the file's encoding and decode flags."""
    source = (decoded.encoding, decoded.flags)
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            number += 1
            _reject(result, f"{uri}#{number}", raw, batch, "malformed_csv", str(exc))
            break
        if not any(cell.strip() for cell in row):
            continue
        number += 1
        blob = orjson.dumps(row)
        where = f"{uri}#{number}"
        if len(row) != len(names):
            _reject(
                result,
                where,
                blob,
                batch,
                "malformed_csv",
                f"row {number} has {len(row)} fields, header has {len(names)}",
                ",".join(row),
            )
            continue
        record = dict(zip(names, row, strict=True))
        _add_record(result, where, blob, batch, record, params, source)
    return number


def _meta_str(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _publisher(meta: Mapping[str, Any]) -> str | None:
    site = _meta_str(meta.get("publisher"))
    url = _meta_str(meta.get("url"))
    if site is None and url:
        site = url
    if site is None:
        return None
    host = re.sub(r"^[a-z][a-z0-9+.-]*://", "", site.lower()).split("/")[0].split(":")[0]
    return host.removeprefix("www.") or None


def _meta_authors(value: Any) -> list[str]:
    if value is None:
        return []
    items: Iterable[Any] = value if isinstance(value, list) else re.split(r"[;,]", str(value))
    return [str(a).strip() for a in items if str(a).strip()]


def _meta_date(value: Any) -> tuple[dt.date | None, tuple[str, ...]]:
    """ISO dates/datetimes, epoch milliseconds and Mongo-style {"$date": ms}."""
    if value is None or value == "":
        return None, ()
    if isinstance(value, dict) and "$date" in value:
        value = value["$date"]
    try:
        if isinstance(value, int | float) and not isinstance(value, bool):
            return dt.datetime.fromtimestamp(value / 1000, tz=dt.timezone.utc).date(), ()
        text = str(value).strip()
        return dt.date.fromisoformat(text[:10]), ()
    except (ValueError, OverflowError, OSError):
        return None, ("meta_published_unparsed",)
