"""Run a stage function over every shard of a stage folder, through an engine.

A stage folder holds `records/part-NNNNN.parquet` (and `rejects/` parts where a shard rejected
anything) plus `stage.json` with its counts. Shard i of the input becomes shard i of the
output, so the result does not depend on how many workers ran. Shards a killed run
finished are not run again (see `pipeline.resume`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import cast

import pyarrow as pa

from pipeline.engine import Engine
from pipeline.resume import map_resumable
from pipeline.storage import part_files, part_name, read_shard, write_json, write_parquet

StageFn = Callable[[pa.Table], tuple[pa.Table, pa.Table]]
# A stage function that reads its shard itself (e.g. only the columns it needs):
# the shard's path to (rows read, records, rejects).
ShardFn = Callable[[Path], tuple[int, pa.Table, pa.Table]]


@dataclass(frozen=True)
class ShardTask:
    fn: StageFn | ShardFn
    source: Path
    target: Path
    index: int
    reads_itself: bool = False  # fn is a ShardFn


def run_shard(task: ShardTask) -> tuple[int, int, int]:
    """Read one shard, apply the pure stage function, write its records and rejects."""
    if task.reads_itself:
        rows, records, rejects = cast(ShardFn, task.fn)(task.source)
    else:
        table = read_shard(task.source)
        records, rejects = cast(StageFn, task.fn)(table)
        rows = table.num_rows
    write_parquet(records, task.target / "records" / part_name(task.index))
    if rejects.num_rows:
        write_parquet(rejects, task.target / "rejects" / part_name(task.index))
    return rows, records.num_rows, rejects.num_rows


def map_shards(
    engine: Engine,
    fn: StageFn | ShardFn,
    source: Path,
    target: Path,
    stage: str,
    reads_itself: bool = False,
    also_reads: Path | None = None,
) -> dict:
    """Apply `fn` to every record shard under `source`, writing the stage folder `target`.

    With `reads_itself`, `fn` is a ShardFn and gets each shard's path instead of its table.
    `also_reads` names another stage folder whose shard of the same name `fn` reads too (so
    a resumed run redoes a shard when either file changed).
    """
    parts = part_files(source / "records")
    tasks = [ShardTask(fn, p, target, i, reads_itself) for i, p in enumerate(parts)]
    inputs = [[p] + ([also_reads / "records" / p.name] if also_reads else []) for p in parts]
    totals = [0, 0, 0]
    for counts in map_resumable(engine, run_shard, tasks, inputs, target, stage):
        totals = [a + b for a, b in zip(totals, counts, strict=True)]
    stats = {
        "stage": stage,
        "records_in": totals[0],
        "records_out": totals[1],
        "rejects": totals[2],
        "shards": len(parts),
    }
    if totals[0] != totals[1] + totals[2]:
        raise RuntimeError(f"{stage}: {totals[0]} records in but {totals[1]} + {totals[2]} out")
    write_json(stats, target / "stage.json")
    return stats
