"""Planning for `copydesk validate`: which paths are raw inputs, which Parquet files hold
which table, whether their columns and types match the contract, and how to slice the work.

Everything unreadable is found here, before any worker starts, so a bad path ends the run at
once with exit code 2 and a message that names it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.config import IngestParams
from pipeline.ingest import FORMATS, display_uri, list_inputs
from pipeline.ingest_scan import LineRange
from pipeline.ingest_shards import shard_reads
from schemas import ARTICLE_SCHEMA, MODELS, REJECT_SCHEMA

BATCH_ROWS = 32_768  # rows validated at once: bounds each worker's memory
TASK_ROWS = 131_072  # rows per pool task (whole row groups): spreads work over workers
# Parquet beyond this many bytes (or raw beyond it) is worth a process pool's start-up.
POOL_BYTES = 32 * 1024 * 1024
ARROW = {"articles": ARTICLE_SCHEMA, "duplicates": ARTICLE_SCHEMA, "rejects": REJECT_SCHEMA}
# Columns a stage folder may carry beside the contract (the parsed text, for rejects).
EXTRA_OK = {"text"}
GLOBAL_UNIQUE = "article_id:field_uniqueness"


class GateInputError(Exception):
    """A path the gate cannot read as data: exit code 2, with a message naming the path."""

    def __init__(self, message: str, path: str | None = None) -> None:
        super().__init__(message)
        self.path = path


class ForeignTable(GateInputError):
    """A Parquet file whose columns match none of the contract's tables."""


@dataclass(frozen=True)
class Options:
    ingest: IngestParams = field(default_factory=IngestParams)
    max_samples: int = 5
    as_of: dt.date | None = None


@dataclass(frozen=True)
class ParquetTask:
    path: Path
    table: str
    batches: tuple[tuple[int, int], ...]  # (first row, rows), along row-group boundaries
    options: Options


@dataclass(frozen=True)
class RawTask:
    files: tuple[tuple[Path, str], ...]
    label: str
    options: Options
    lines: LineRange | None = None  # a range of the one JSONL, CSV or JSON file


@dataclass
class Plan:
    tasks: list[ParquetTask | RawTask] = field(default_factory=list)
    # (file, table, rows, [(check, value)]) of files whose columns or types are off
    broken: list[tuple[str, str, int, list[tuple[str, str]]]] = field(default_factory=list)
    parquet: list[tuple[Path, str]] = field(default_factory=list)  # files to read ids from
    bytes: int = 0
    notes: list[str] = field(default_factory=list)


def table_of(path: Path, file: pq.ParquetFile) -> str:
    """Which table a Parquet file holds: its metadata, its folder, or its columns."""
    meta = file.schema_arrow.metadata or {}
    named = meta.get(b"copydesk.table", b"").decode()
    if named in MODELS:
        return named
    if path.parent.name in MODELS:
        return path.parent.name
    names = set(file.schema_arrow.names)
    if {"reason", "stage"} <= names:
        return "rejects"
    if {"article_id", "body"} <= names:
        return "articles"
    shown = ", ".join(sorted(names)[:8]) + (", ..." if len(names) > 8 else "")
    raise ForeignTable(
        f"{display_uri(path)}: not a copydesk table: its columns ({shown}) match none of "
        f"{', '.join(MODELS)}",
        display_uri(path),
    )


def _same_type(have: pa.DataType, want: pa.DataType) -> bool:
    """Equal up to string/list offsets width: large_string data meets a string column."""
    if pa.types.is_large_string(have) or pa.types.is_string_view(have):
        return pa.types.is_string(want)
    if pa.types.is_large_list(have) and pa.types.is_list(want):
        return _same_type(have.value_type, want.value_type)
    if pa.types.is_list(have) and pa.types.is_list(want):
        return _same_type(have.value_type, want.value_type)
    if pa.types.is_struct(have) and pa.types.is_struct(want):
        fields = {f.name: f.type for f in have}
        return list(fields) == [f.name for f in want] and all(
            _same_type(fields[f.name], f.type) for f in want
        )
    return bool(have.equals(want))


def schema_problems(have: pa.Schema, table: str) -> list[tuple[str, str]]:
    """(check, value) for every column missing, mistyped or not in the contract."""
    want = ARROW[table]
    problems = []
    for f in want:
        if f.name not in have.names:
            problems.append((f"{f.name}:column_in_schema", "missing"))
        elif not _same_type(have.field(f.name).type, f.type):
            problems.append((f"{f.name}:dtype", f"{have.field(f.name).type} (contract: {f.type})"))
    for name in have.names:
        if name not in want.names and not (table != "rejects" and name in EXTRA_OK):
            problems.append((f"{name}:column_in_contract", "not a column of the contract"))
    return problems


def _plan_parquet(path: Path, plan: Plan, options: Options) -> None:
    shown = display_uri(path)
    try:
        file = pq.ParquetFile(path)
    except (OSError, pa.ArrowException) as exc:
        raise GateInputError(
            f"{shown}: cannot read as Parquet (truncated, or not a Parquet file): {exc}", shown
        ) from None
    table = table_of(path, file)
    problems = schema_problems(file.schema_arrow, table)
    rows = file.metadata.num_rows
    plan.bytes += path.stat().st_size
    if problems:
        plan.broken.append((shown, table, rows, problems))
        return
    plan.parquet.append((path, table))
    batches = _batches(
        [file.metadata.row_group(i).num_rows for i in range(file.metadata.num_row_groups)]
    )
    task: list[tuple[int, int]] = []
    for batch in batches:
        task.append(batch)
        if sum(rows for _, rows in task) >= TASK_ROWS:
            plan.tasks.append(ParquetTask(path, table, tuple(task), options))
            task = []
    if task:
        plan.tasks.append(ParquetTask(path, table, tuple(task), options))


def _batches(group_rows: list[int]) -> list[tuple[int, int]]:
    """(start, rows) slices of about BATCH_ROWS that never split a row group needlessly:
    small groups are merged, a group over twice BATCH_ROWS is cut into equal parts."""
    out: list[tuple[int, int]] = []
    start = size = 0
    for rows in group_rows:
        if size and size + rows > BATCH_ROWS:
            out.append((start, size))
            start, size = start + size, 0
        if rows > 2 * BATCH_ROWS:
            parts = -(-rows // BATCH_ROWS)
            step = -(-rows // parts)
            out += [(start + i, min(step, rows - i)) for i in range(0, rows, step)]
            start += rows
        else:
            size += rows
    if size:
        out.append((start, size))
    return out


def _plan_raw(root: Path, plan: Plan, options: Options) -> None:
    found, _ = list_inputs([root])
    files = [(p, b) for p, b in found if isinstance(p, Path)]  # a local root: local files
    if not files:
        raise GateInputError(
            f"{display_uri(root)}: no input files ({', '.join(FORMATS)}, .parquet)",
            display_uri(root),
        )
    plan.bytes += sum(path.stat().st_size for path, _ in files)
    for read in shard_reads(files, options.ingest):
        plan.tasks.append(RawTask(read.files, f"raw:{len(plan.tasks)}", options, read.lines))


def _plan_folder(folder: Path, parquet: list[Path], plan: Plan, options: Options) -> None:
    """Built data: every copydesk table under the folder (its JSON metrics and card are not
    inputs). Other Parquet files (a stage's signatures, say) are skipped with a note."""
    before = len(plan.parquet) + len(plan.broken)
    for file in parquet:
        try:
            _plan_parquet(file, plan, options)
        except ForeignTable as exc:
            plan.notes.append(f"skipped {exc}")
    if len(plan.parquet) + len(plan.broken) == before:
        raise GateInputError(
            f"{display_uri(folder)}: no copydesk table ({', '.join(MODELS)}) among its Parquet "
            "files",
            display_uri(folder),
        )


def plan(paths: Iterable[Path], options: Options) -> Plan:
    """Sort each path into Parquet tables and raw inputs; raise on anything unreadable.

    A folder holding any Parquet file is built data (its JSON metrics are not inputs);
    any other folder is a raw batch.
    """
    result = Plan()
    for path in paths:
        if not path.exists():
            raise GateInputError(f"{path}: no such file or folder")
        if path.is_dir():
            parquet = sorted(p for p in path.rglob("*.parquet") if not p.name.startswith("."))
            if parquet:
                _plan_folder(path, parquet, result, options)
            else:
                _plan_raw(path, result, options)
        elif path.suffix.lower() == ".parquet":
            _plan_parquet(path, result, options)
        elif path.suffix.lower() in FORMATS:
            _plan_raw(path, result, options)
        else:
            raise GateInputError(
                f"{path}: not a Parquet file or a raw input ({', '.join(FORMATS)})", str(path)
            )
    return result
