"""Sort many Parquet parts into a few large output files without loading the whole table.

The package stage publishes rows sorted by (outlet, published, article_id). Sorting a million
articles in memory would hold several GB; instead:

1. read each part once: keep only its sort keys (tens of bytes per row), measure the value
   bytes that size the row groups, and spill its rows to a scratch Arrow IPC file;
2. sort the keys, which fixes each row's output file and place in it;
3. per output file, take its rows from the memory-mapped spill files, put them in order and
   write the file.

Memory is bounded by one output file, not by the dataset, and each part is decoded from
Parquet once (the spill is raw Arrow buffers, mapped back without decoding). The rows, their
order and the row group sizes are those of an in-memory sort of the concatenated parts
(Arrow's sort is stable), so the bytes are the same as before and do not depend on the engine.
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
    parts: Sequence[Path],
    schema: pa.Schema,
    keys: SortKeys,
    value_bytes: Callable,
    fits_one_file: Callable[[int, int], bool],
    spill: Path,
) -> tuple[np.ndarray, np.ndarray, int, list[pa.Table | Path]]:
    """Every row's (part, row) in sorted order, the total value bytes of the table, and each
    part's rows: in memory while all rows read so far fit one output file, else spilled."""
    names = [k[0] for k in keys]
    tables, total, rows = [], 0, 0
    sources: list[pa.Table | Path] = []
    for i, part in enumerate(parts):
        table = pq.read_table(part, schema=schema)
        total += sum(value_bytes(c) for c in table.columns)
        rows += table.num_rows
        sources.append(table)
        if not fits_one_file(rows, total):  # spill what is held, and from now on every part
            for k, held in enumerate(sources):
                if isinstance(held, pa.Table):
                    _spill(held, _spill_path(spill, k))
                    sources[k] = _spill_path(spill, k)
        key_table = table.select(names)
        tables.append(
            key_table.append_column(
                "_part", pa.array(np.full(table.num_rows, i, np.int32))
            ).append_column("_row", pa.array(np.arange(table.num_rows, dtype=np.int64)))
        )
    if not tables:
        return np.empty(0, np.int32), np.empty(0, np.int64), 0, sources
    key_table = pa.concat_tables(tables)
    order = pc.sort_indices(key_table, sort_keys=list(keys))
    ordered = key_table.select(["_part", "_row"]).take(order)
    return ordered["_part"].to_numpy(), ordered["_row"].to_numpy(), total, sources


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

    def files(rows: int, total: int) -> int:
        return max(1, -(-rows // (rows_per_group(rows, total) * groups_per_file)))

    folder.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".sort-", dir=folder.parent) as tmp:
        part_of, row_of, total, sources = _global_order(
            parts, schema, keys, value_bytes, lambda r, t: files(r, t) == 1, Path(tmp)
        )
        n = len(part_of)
        group = rows_per_group(n, total)
        per_file = group * groups_per_file
        names = []
        for f in range(files(n, total)):  # one output file at a time
            rows = slice(f * per_file, (f + 1) * per_file)
            table = _gather(sources, part_of[rows], row_of[rows], schema)
            write_parquet(table, folder / part_name(f), group, dictionary, level)
            names.append(part_name(f))
    return names


def _gather(
    sources: list[pa.Table | Path], part_of: np.ndarray, row_of: np.ndarray, schema: pa.Schema
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


def _spill_path(spill: Path, part: int) -> Path:
    return spill / f"{part:05d}.arrow"


def _spill(table: pa.Table, path: Path) -> None:
    """Scratch rows as an uncompressed Arrow IPC file: written and mapped back as raw
    buffers, with none of Parquet's encoding work."""
    with pa.OSFile(str(path), "wb") as sink, pa.ipc.new_file(sink, table.schema) as writer:
        writer.write_table(table)


def _unspill(path: Path) -> pa.Table:
    with pa.memory_map(str(path)) as source:
        return pa.ipc.open_file(source).read_all()
