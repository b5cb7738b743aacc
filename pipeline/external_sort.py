"""Sort many Parquet parts into a few large output files without loading the whole table.

The package stage publishes rows sorted by (outlet, published, article_id). Sorting a million
articles in memory would hold several GB; instead:

1. read only the sort keys of every part and sort them (tens of bytes per row), which fixes
   each row's output file; measure the value bytes that size the row groups;
2. read each part once and spill its rows, split by output file, to scratch Arrow IPC files;
3. per output file, read its pieces, put the rows in order and write the file.

Memory is bounded by one output file, not by the dataset. The rows, their order and the row
group sizes are those of an in-memory sort of the concatenated parts (Arrow's sort is
stable), so the bytes are the same as before and do not depend on the engine.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipeline.storage import part_name, write_parquet

SortKeys = Sequence[tuple[str, ...]]  # (column, order[, null placement]) as in Arrow


def _global_order(
    parts: Sequence[Path], schema: pa.Schema, keys: SortKeys, value_bytes: Callable
) -> tuple[np.ndarray, np.ndarray, int]:
    """Every row's (part, row) in sorted order, and the total value bytes of the table."""
    names = [k[0] for k in keys]
    tables, total = [], 0
    for i, part in enumerate(parts):
        table = pq.read_table(part, schema=schema)
        total += sum(value_bytes(c) for c in table.columns)
        key_table = table.select(names)
        tables.append(
            key_table.append_column(
                "_part", pa.array(np.full(table.num_rows, i, np.int32))
            ).append_column("_row", pa.array(np.arange(table.num_rows, dtype=np.int64)))
        )
    if not tables:
        return np.empty(0, np.int32), np.empty(0, np.int64), 0
    key_table = pa.concat_tables(tables)
    order = pc.sort_indices(key_table, sort_keys=list(keys))
    ordered = key_table.select(["_part", "_row"]).take(order)
    return (
        ordered["_part"].to_numpy(),
        ordered["_row"].to_numpy(),
        total,
    )


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
) -> list[str]:
    """Write the rows of `parts` sorted by `keys` as part files of whole row groups.

    `rows_per_group(rows, value_bytes)` sizes the row groups; a file holds up to
    `groups_per_file` of them, and there is always at least one file, even when empty.
    `level` is the files' zstd level.
    """
    part_of, row_of, total = _global_order(parts, schema, keys, value_bytes)
    n = len(part_of)
    group = rows_per_group(n, total)
    per_file = group * groups_per_file
    n_files = max(1, -(-n // per_file))
    if n_files == 1:
        return [_write_one(parts, part_of, row_of, schema, folder, group, dictionary, level)]
    file_of_position = np.arange(n) // per_file
    position_in_part = [np.nonzero(part_of == i)[0] for i in range(len(parts))]
    with tempfile.TemporaryDirectory(prefix=".sort-", dir=folder.parent) as tmp:
        spill = Path(tmp)
        for i, part in enumerate(parts):  # pass 2: each part read once, split by output file
            positions = position_in_part[i]
            if not len(positions):
                continue
            table = pq.read_table(part, schema=schema).take(pa.array(row_of[positions]))
            files = file_of_position[positions]
            for f in np.unique(files):
                mask = files == f
                piece = table.filter(pa.array(mask)).append_column(
                    "_position", pa.array(positions[mask])
                )
                _spill(piece, spill / f"{f:05d}-{i:05d}.arrow")
        names = []
        for f in range(n_files):  # pass 3: one output file at a time
            pieces = sorted(spill.glob(f"{f:05d}-*.arrow"))
            table = pa.concat_tables([_unspill(p) for p in pieces])
            order = pc.sort_indices(table, sort_keys=[("_position", "ascending")])
            table = table.take(order).drop_columns(["_position"]).cast(schema)
            write_parquet(table, folder / part_name(f), group, dictionary, level)
            names.append(part_name(f))
            for p in pieces:
                p.unlink()
    return names


def _spill(table: pa.Table, path: Path) -> None:
    """Scratch rows as an uncompressed Arrow IPC file: written and mapped back as raw
    buffers, with none of Parquet's encoding work."""
    with pa.OSFile(str(path), "wb") as sink, pa.ipc.new_file(sink, table.schema) as writer:
        writer.write_table(table)


def _unspill(path: Path) -> pa.Table:
    with pa.memory_map(str(path)) as source:
        return pa.ipc.open_file(source).read_all()


def _write_one(
    parts: Sequence[Path],
    part_of: np.ndarray,
    row_of: np.ndarray,
    schema: pa.Schema,
    folder: Path,
    group: int,
    dictionary: list[str],
    level: int,
) -> str:
    """All rows fit one file: gather them in memory (the common, small case)."""
    tables = [pq.read_table(p, schema=schema) for p in parts]
    if tables:
        table = pa.concat_tables(tables).cast(schema)
        offsets = np.concatenate([[0], np.cumsum([t.num_rows for t in tables])])
        table = table.take(pa.array(offsets[part_of] + row_of))
    else:
        table = schema.empty_table()
    write_parquet(table, folder / part_name(0), group, dictionary, level)
    return part_name(0)
