"""The dedup stage at the I/O edge: shards in, signatures (reusing the index), one global
assignment, shards out. Signatures and output writes run in the engine's workers. Locally
the main process holds the signature table and the shingle hashes of articles in candidate
pairs only; on Ray the global phase is a Ray Data plan (`dedup_ray`) and the main process
receives only the copies. Either way each split task gets its shard's copies.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipeline import dedup, dedup_cluster, dedup_index
from pipeline.config import Params
from pipeline.dedup_cluster import ShingleReader
from pipeline.engine import Engine, RayEngine
from pipeline.storage import (
    atomic_dir,
    part_files,
    read_parquet_dir,
    read_shard,
    write_json,
    write_parquet,
)
from schemas import ARTICLE_SCHEMA

# Rows per hash partition of the Ray plan's group-bys (at least one per worker).
RAY_ROWS_PER_PARTITION = 200_000
# Facts of how a run got its signatures, not of the data: returned, kept out of stage.json.
RUN_FACTS = ("index", "signatures_computed", "signatures_reused")


@dataclass(frozen=True)
class SignatureTask:
    source: Path
    target: Path
    params: Params
    known: Path | None = None  # index rows of this shard's article_ids, reused if unchanged


def signature_shard(task: SignatureTask) -> tuple[int, int, bool]:
    known = pq.read_table(task.known) if task.known else None
    articles = read_shard(task.source, columns=list(dedup.SIGNED_COLUMNS))
    table, reused, disagreed = dedup_index.shard_signatures(articles, task.params.dedup, known)
    write_parquet(table, task.target)
    return table.num_rows, reused, disagreed


def _known_rows(
    parts: list[Path], index: Path | None, params: Params, folder: Path
) -> tuple[list[Path | None], str]:
    """Split the persisted index by input shard (so a worker reads only its own rows)."""
    loaded = dedup_index.load_index(index, params.dedup)
    known: list[Path | None] = []
    for part in parts:
        rows = loaded.rows_for(pq.read_table(part, columns=["article_id"])["article_id"])
        if rows is not None:
            pq.write_table(rows, folder / part.name, compression="lz4")
        known.append(folder / part.name if rows is not None else None)
    return known, loaded.status


@dataclass(frozen=True)
class ShingleTask:
    source: Path
    rows: np.ndarray  # row numbers within the shard
    size: int


def shingle_shard(task: ShingleTask) -> list[np.ndarray]:
    bodies = read_shard(task.source, columns=["body"])["body"].take(task.rows)
    return dedup_cluster.unique_shingles(bodies.to_pylist(), task.size)


def _shingle_reader(
    parts: list[Path], bounds: np.ndarray, engine: Engine, size: int
) -> ShingleReader:
    """Shingles of the asked rows, computed by the workers from their shards' bodies only."""

    def read(rows: np.ndarray) -> Iterator[tuple[int, np.ndarray]]:
        shard = np.searchsorted(bounds, rows, side="right") - 1
        tasks, wanted = [], []
        for k in np.unique(shard).tolist():
            mine = rows[shard == k]
            tasks.append(ShingleTask(parts[k], mine - bounds[k], size))
            wanted.append(mine.tolist())
        for mine, arrays in zip(wanted, engine.map(shingle_shard, tasks, "verify"), strict=True):
            yield from zip(mine, arrays, strict=True)

    return read


@dataclass(frozen=True)
class SplitTask:
    source: Path
    target: Path
    copies: pa.Table  # this shard's copies (COPIES_SCHEMA, rows within the shard)


def split_shard(task: SplitTask) -> tuple[int, int]:
    table = read_shard(task.source, schema=ARTICLE_SCHEMA)
    assignment = dedup_cluster.with_copies(table["article_id"], task.copies)
    kept, copies = dedup.split(table, assignment)
    write_parquet(kept, task.target / "articles" / task.source.name)
    write_parquet(copies, task.target / "duplicates" / task.source.name)
    return kept.num_rows, copies.num_rows


def _copies(
    parts: list[Path], sig_dir: Path, bounds: np.ndarray, params: Params, engine: Engine
) -> tuple[pa.Table, dict[str, int]]:
    """The copies over all shards and the pair counts: on the driver, or as a Ray plan."""
    if isinstance(engine, RayEngine):
        from pipeline import dedup_ray

        sig_parts = [sig_dir / p.name for p in parts]
        partitions = max(engine.workers, int(bounds[-1]) // RAY_ROWS_PER_PARTITION)
        return dedup_ray.copies(
            engine.connect(), sig_parts, parts, bounds.tolist(), params.dedup, partitions
        )
    reader = _shingle_reader(parts, bounds, engine, params.dedup.shingle_size)
    # the table unnamed here: `assign` holds its only reference and frees it early (memory)
    schema = dedup.signature_schema(params.dedup.num_perm)
    assignment = dedup.assign(read_parquet_dir(sig_dir, schema), reader, params.dedup)
    counts = {k.decode(): int(v) for k, v in (assignment.schema.metadata or {}).items()}
    return dedup_cluster.copies_of(assignment), counts


def _shift(copies: pa.Table, start: int) -> pa.Table:
    rows = pc.subtract(copies["row"], pa.scalar(start, pa.int64()))
    return copies.set_column(0, "row", rows)


def run_dedup(
    source: Path, out: Path, params: Params, engine: Engine, index: Path | None = None
) -> dict:
    """Dedup `source` into `out`; with `index`, reuse and then rewrite the signature index."""
    parts = part_files(source / "records")
    with (
        atomic_dir(out) as scratch,
        atomic_dir(index) if index else nullcontext(scratch / "_signatures") as sig_dir,
    ):
        work = scratch / "_work"
        work.mkdir()
        known, status = _known_rows(parts, index, params, work)
        tasks = [
            SignatureTask(p, sig_dir / p.name, params, k) for p, k in zip(parts, known, strict=True)
        ]
        counts = list(engine.map(signature_shard, tasks, "signatures"))
        # Signature rows follow the shards in order (row bounds per shard), so workers can
        # serve the shingles of asked rows and take their shard's rows of the copies.
        bounds = np.cumsum([0, *(n for n, _, _ in counts)])
        # One pool for the verification's reads (two or three) and the split: not for the
        # signatures, whose workers' memory is freed before the global phase.
        with engine.pooled():
            copies, pair_counts = _copies(parts, sig_dir, bounds, params, engine)
            at = np.searchsorted(copies["row"].to_numpy(), bounds)
            # take, not slice: a pickled slice carries the whole table's buffers (41 MB a
            # task at 1M articles), a taken one only its own rows.
            splits = [
                SplitTask(part, scratch, _shift(copies.take(np.arange(a, b)), start))
                for part, start, a, b in zip(parts, bounds[:-1], at[:-1], at[1:], strict=True)
            ]
            kept_copies = list(engine.map(split_shard, splits, "split"))
        articles = sum(k for k, _ in kept_copies)
        duplicates = sum(c for _, c in kept_copies)
        shutil.rmtree(work)
        if not index:
            shutil.rmtree(sig_dir)
        reused = sum(r for _, r, _ in counts)
        disagreed = sum(d for _, _, d in counts)
        if disagreed:
            status += f"; {disagreed} shard(s) recomputed: the index failed a spot check"
        stats = {
            "stage": "dedup",
            "records_in": int(bounds[-1]),
            "signatures_computed": int(bounds[-1]) - reused,
            "signatures_reused": reused,
            "index": status,
            **pair_counts,
            "articles": articles,
            "duplicates": duplicates,
            "clusters_with_copies": len(set(copies["cluster_id"].to_pylist())),
        }
        # How this run got its signatures depends on whether an index was there, not on the
        # data: it is returned (and printed) but kept out of the output, whose bytes must not
        # change between a fresh clone and a workspace with a persisted index.
        write_json({k: v for k, v in stats.items() if k not in RUN_FACTS}, scratch / "stage.json")
    return stats
