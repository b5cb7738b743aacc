"""Sort many Parquet parts into a few large output files without loading the whole table.

The package stage publishes rows sorted by (outlet, published, article_id). Sorting a million
articles in memory would hold several GB; instead:

1. read each part once: keep only its sort keys (tens of bytes per row), measure the value
   bytes that size the row groups, and spill its rows to a scratch Arrow IPC file;
2. sort the keys, which fixes each row's output file and place in it;
3. per output file, take its rows from the memory-mapped spill files one row group at a time,
   put them in order and write them.

Memory is bounded by one row group per worker, not by the dataset, and each part is decoded
from Parquet once (the spill is raw Arrow buffers, mapped back without decoding). Steps 1 and
3 run over a process pool when the table fills more than one output file: parts are read,
and output files written, independently. The rows, their order and the row group sizes are
those of an in-memory sort of the concatenated parts (Arrow's sort is stable), so the bytes
are the same as before and depend neither on the engine nor on the worker count.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeAlias

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipeline.engine import Engine
from pipeline.storage import parquet_writer, part_name, read_shard

SortKeys = Sequence[tuple[str, ...]]  # (column, order[, null placement]) as in Arrow
Source: TypeAlias = "pa.Table | str"  # a part's rows, held in memory or in a spill file


def _keys(table: pa.Table, names: Sequence[str], part: int) -> pa.Table:
    """The sort keys of a part's rows, with each row's (part, row)."""
    return (
        table.select(list(names))
        .append_column("_part", pa.array(np.full(table.num_rows, part, np.int32)))
        .append_column("_row", pa.array(np.arange(table.num_rows, dtype=np.int64)))
    )


@dataclass(frozen=True)
class _ReadPart:
    """Step 1 for one part in a worker: its keys and value bytes, its rows spilled."""

    part: str
    index: int
    schema: pa.Schema
    names: tuple[str, ...]
    spill: str
    value_bytes: Callable


def _read_part(job: _ReadPart) -> tuple[pa.Table, int]:
    table = read_shard(Path(job.part), schema=job.schema)
    _spill(table, job.spill)
    return _keys(table, job.names, job.index), sum(job.value_bytes(c) for c in table.columns)


def _read_serial(
    parts: Sequence[Path],
    schema: pa.Schema,
    names: Sequence[str],
    value_bytes: Callable,
    fits_one_file: Callable[[int, int], bool],
    spill: Path,
) -> tuple[list[pa.Table], int, list[Source]]:
    """Step 1 in this process: parts stay in memory while all rows read so far fit one
    output file (the common small case: no scratch files at all), else they are spilled."""
    keys, total, rows = [], 0, 0
    sources: list[Source] = []
    for i, part in enumerate(parts):
        table = pq.read_table(part, schema=schema)
        total += sum(value_bytes(c) for c in table.columns)
        rows += table.num_rows
        sources.append(table)
        if not fits_one_file(rows, total):  # spill what is held, and from now on every part
            for k, held in enumerate(sources):
                if isinstance(held, pa.Table):
                    sources[k] = _spill(held, _spill_path(spill, k))
        keys.append(_keys(table, names, i))
    return keys, total, sources


def _estimate(parts: Sequence[Path]) -> tuple[int, int]:
    """Rows and uncompressed bytes from the parts' footers, without reading their data."""
    rows = size = 0
    for part in parts:
        meta = pq.read_metadata(part)
        rows += meta.num_rows
        size += sum(meta.row_group(g).total_byte_size for g in range(meta.num_row_groups))
    return rows, size


@dataclass(frozen=True)
class _WriteFile:
    """Step 3 for one output file: its rows, as (source, row) in output order."""

    sources: tuple[Source, ...]
    part_of: np.ndarray
    row_of: np.ndarray
    schema: pa.Schema
    path: Path
    group: int
    dictionary: tuple[str, ...]
    level: int


def _write_file(job: _WriteFile) -> None:
    """Gather and write one row group at a time: `write_parquet`'s bytes for the whole file."""
    with parquet_writer(job.path, job.schema, list(job.dictionary), job.level) as writer:
        for start in range(0, max(len(job.part_of), 1), job.group):
            rows = slice(start, start + job.group)
            table = _gather(job.sources, job.part_of[rows], job.row_of[rows], job.schema)
            writer.write_table(table, row_group_size=job.group)


def write_sorted(
    parts: Sequence[Path],
    folder: Path,
    schema: pa.Schema,
    keys: SortKeys,
    dictionary: list[str],
    rows_per_group: Callable[[int, int], int],
    groups_per_file: int,
    value_bytes: Callable,
    level: int,
    engine: Engine | None = None,
) -> list[str]:
    """Write the rows of `parts` sorted by `keys` as part files of whole row groups.

    `rows_per_group(rows, value_bytes)` sizes the row groups; a file holds up to
    `groups_per_file` of them, and there is always at least one file, even when empty.
    `level` is the files' zstd level. With an `engine` of several workers, a table larger than
    one file is read and written in parallel (its tasks and `value_bytes` must pickle).
    """

    def files(rows: int, total: int) -> int:
        return max(1, -(-rows // (rows_per_group(rows, total) * groups_per_file)))

    folder.parent.mkdir(parents=True, exist_ok=True)
    names = tuple(k[0] for k in keys)
    parallel = engine is not None and engine.workers > 1 and len(parts) > 1
    if parallel:
        parallel = files(*_estimate(parts)) > 1
    with tempfile.TemporaryDirectory(prefix=".sort-", dir=folder.parent) as tmp:
        sources: list[Source]
        if parallel and engine is not None:
            jobs = [
                _ReadPart(str(p), i, schema, names, _spill_path(Path(tmp), i), value_bytes)
                for i, p in enumerate(parts)
            ]
            read = list(engine.map(_read_part, jobs, "package: read"))
            key_tables, total = [k for k, _ in read], sum(b for _, b in read)
            sources = [job.spill for job in jobs]
        else:
            key_tables, total, sources = _read_serial(
                parts, schema, names, value_bytes, lambda r, t: files(r, t) == 1, Path(tmp)
            )
        part_of, row_of = _order(key_tables, keys)
        n = len(part_of)
        group = rows_per_group(n, total)
        per_file = group * groups_per_file
        writes = [
            _WriteFile(
                tuple(sources),
                part_of[f * per_file : (f + 1) * per_file],
                row_of[f * per_file : (f + 1) * per_file],
                schema,
                folder / part_name(f),
                group,
                tuple(dictionary),
                level,
            )
            for f in range(files(n, total))
        ]
        if parallel and engine is not None:
            list(engine.map(_write_file, writes, "package: write"))
        else:
            for write in writes:
                _write_file(write)
    return [w.path.name for w in writes]


def _order(key_tables: list[pa.Table], keys: SortKeys) -> tuple[np.ndarray, np.ndarray]:
    """Every row's (part, row) in sorted order."""
    if not key_tables:
        return np.empty(0, np.int32), np.empty(0, np.int64)
    key_table = pa.concat_tables(key_tables)
    order = pc.sort_indices(key_table, sort_keys=list(keys))
    ordered = key_table.select(["_part", "_row"]).take(order)
    return ordered["_part"].to_numpy(), ordered["_row"].to_numpy()


def _gather(
    sources: Sequence[Source], part_of: np.ndarray, row_of: np.ndarray, schema: pa.Schema
) -> pa.Table:
    """The rows (part_of[k], row_of[k]) in this order, from the parts held in memory or their
    spill files."""
    if not len(part_of):
        return schema.empty_table()
    if all(isinstance(s, pa.Table) for s in sources):  # everything fits one file: one take
        offsets = np.cumsum([0, *(s.num_rows for s in sources if isinstance(s, pa.Table))])
        table = pa.concat_tables([s for s in sources if isinstance(s, pa.Table)])
        return table.take(pa.array(offsets[part_of] + row_of)).cast(schema)
    pieces = []
    where = np.empty(len(part_of), dtype=np.int64)  # each row's place among the pieces
    taken = 0
    for i in np.unique(part_of).tolist():
        positions = np.flatnonzero(part_of == i)
        source = sources[i]
        rows = source if isinstance(source, pa.Table) else _unspill(source)
        pieces.append(rows.take(pa.array(row_of[positions])))
        where[positions] = np.arange(taken, taken + len(positions))
        taken += len(positions)
    return pa.concat_tables(pieces).take(pa.array(where)).cast(schema)


def _spill_path(spill: Path, part: int) -> str:
    return str(spill / f"{part:05d}.arrow")


def _spill(table: pa.Table, path: str) -> str:
    """Scratch rows as an uncompressed Arrow IPC file: written and mapped back as raw
    buffers, with none of Parquet's encoding work."""
    with pa.OSFile(path, "wb") as sink, pa.ipc.new_file(sink, table.schema) as writer:
        writer.write_table(table)
    return path


def _unspill(path: str) -> pa.Table:
    with pa.memory_map(path) as source:
        return pa.ipc.open_file(source).read_all()
