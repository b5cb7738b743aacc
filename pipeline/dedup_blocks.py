"""Dedup's per-block steps on Arrow tables: what each task of the Ray plan (`dedup_ray`) runs.

Each function takes one block or one hash partition (whole key groups, `ray_ops.grouped`) and
returns a table, calling the pure steps the local engine chains in `dedup_cluster.assign`
(`dedup_lsh`, `plausible`, `verify`, `dedup_graph`'s stars, `resolve`), so both engines
compute with the same code. No Ray here: these run, and are tested, as plain functions.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipeline.config import DedupParams
from pipeline.dedup_cluster import (
    COPIES_SCHEMA,
    Match,
    plausible,
    resolve,
    unique_shingles,
    verify,
)
from pipeline.dedup_graph import large_star, small_star
from pipeline.dedup_lsh import (
    band_keys,
    bucket_pairs,
    decode_pairs,
    minhash_matrix,
    sorted_unique,
)
from pipeline.ray_ops import mix

RANK = ["completeness", "n_flags", "body_chars", "article_id", "row"]  # canonical order


def read_nodes(
    batch: pa.Table, sig_parts: list[Path], bounds: list[int], params: DedupParams
) -> pa.Table:
    """One signature shard's rows with their global row numbers and band keys."""
    tables = []
    for k in batch["shard"].to_pylist():
        sigs = pq.read_table(sig_parts[k])
        n = sigs.num_rows
        keys = band_keys(minhash_matrix(sigs["minhash"], params.num_perm), params).reshape(-1)
        exact = np.frombuffer(
            b"".join(sigs["exact_key"].to_pylist()) or b"", dtype=np.uint64
        ).reshape(n, -1)
        tables.append(
            pa.table(
                {
                    "row": pa.array(np.arange(bounds[k], bounds[k] + n, dtype=np.int64)),
                    "article_id": sigs["article_id"],
                    "exact_key": sigs["exact_key"],
                    "exact_hash": pa.array(exact[:, 0] if n else np.empty(0, np.uint64)),
                    "completeness": sigs["completeness"],
                    "n_flags": sigs["n_flags"],
                    "body_chars": sigs["body_chars"],
                    "usable": pc.greater(sigs["n_shingles"], 0),
                    "n_shingles": sigs["n_shingles"],
                    "minhash": sigs["minhash"],
                    "keys": pa.FixedSizeListArray.from_arrays(pa.array(keys), params.bands),
                }
            )
        )
    return pa.concat_tables(tables)


def _rank_sort(table: pa.Table, first: list[str]) -> pa.Table:
    """Rows sorted by `first`, then best-first by the canonical rule."""
    ranked = table.append_column("_c", pc.negate(table["completeness"].cast(pa.int16())))
    ranked = ranked.append_column("_b", pc.negate(table["body_chars"]))
    order = [*first, "_c", "n_flags", "_b", "article_id", "row"]
    return ranked.sort_by([(c, "ascending") for c in order]).drop_columns(["_c", "_b"])


def exact_groups(table: pa.Table) -> pa.Table:
    """Each row with its exact group's best-ranked row (`rep`)."""
    table = _rank_sort(table, ["exact_key"])
    keys = table["exact_key"].to_pylist()
    first = np.flatnonzero([k == 0 or keys[k] != keys[k - 1] for k in range(len(keys))])
    group = np.cumsum(np.isin(np.arange(len(keys)), first)) - 1
    rows = table["row"].to_numpy()
    return pa.table(
        {
            "row": table["row"],
            "rep": pa.array(rows[first][group] if len(rows) else rows),
            "usable": table["usable"],
            "keys": table["keys"],
        }
    )


def band_rows(table: pa.Table, bands: int) -> pa.Table:
    """(band, key, row) of every usable representative: the LSH group-by's input."""
    reps = table.filter(pc.and_(pc.equal(table["row"], table["rep"]), table["usable"]))
    keys = reps["keys"].combine_chunks().flatten().to_numpy() if reps.num_rows else []
    band = np.tile(np.arange(bands, dtype=np.int64), reps.num_rows)
    keys = np.asarray(keys, dtype=np.uint64)
    return pa.table(
        {
            "band": pa.array(band),
            "key": pa.array(keys),
            "row": pa.array(np.repeat(reps["row"].to_numpy(), bands)),
            "bucket": pa.array(keys ^ mix(band)),
        }
    )


def exact_edges(table: pa.Table) -> pa.Table:
    edges = table.filter(pc.not_equal(table["row"], table["rep"]))
    return pa.table({"u": edges["rep"], "v": edges["row"]})


def pair_codes(table: pa.Table, n: int) -> pa.Table:
    """Pair codes of the whole (band, key) buckets in this partition, without repeats."""
    band, keys, rows = (table[c].to_numpy() for c in ("band", "key", "row"))
    codes = sorted_unique(bucket_pairs(rows, n, band, keys))
    return pa.table({"code": pa.array(codes, pa.int64())})


def pairs_of_codes(table: pa.Table, n: int) -> pa.Table:
    pairs = decode_pairs(table["code"].to_numpy(), n)
    return pa.table({"i": pa.array(pairs[:, 0]), "j": pa.array(pairs[:, 1])})


def plausible_pairs(table: pa.Table, params: DedupParams) -> pa.Table:
    """The pairs (i, j) that `dedup_cluster.plausible` keeps, given both rows' signatures
    (mi, mj) and shingle counts (ni, nj): the same arithmetic as the local prefilter."""
    k = table.num_rows
    minhash = np.concatenate([minhash_matrix(table[c], params.num_perm) for c in ("mi", "mj")])
    sizes = np.concatenate([table["ni"].to_numpy(), table["nj"].to_numpy()])
    local = np.stack([np.arange(k), np.arange(k, 2 * k)], axis=1)
    keep = plausible(local, minhash, sizes, params)
    return table.select(["i", "j"]).filter(pa.array(keep))


def rows_of(table: pa.Table, columns: list[str], bounds: list[int]) -> pa.Table:
    rows = np.concatenate([table[c].to_numpy() for c in columns])
    shard = np.searchsorted(np.asarray(bounds), rows, side="right") - 1
    return pa.table({"row": pa.array(rows), "shard": pa.array(shard.astype(np.int64))})


def shingles_of(table: pa.Table, parts: list[Path], bounds: list[int], size: int) -> pa.Table:
    """Shingles of the asked rows of one input shard (whole shards per call)."""
    out = []
    for k in np.unique(table["shard"].to_numpy()).tolist():
        rows = np.unique(table["row"].to_numpy()[table["shard"].to_numpy() == k])
        bodies = pq.read_table(parts[k], columns=["body"])["body"].take(rows - bounds[k])
        grams = unique_shingles(bodies.to_pylist(), size)
        out.append(
            pa.table({"row": pa.array(rows), "shingles": pa.array(grams, pa.list_(pa.uint64()))})
        )
    schema = pa.schema([("row", pa.int64()), ("shingles", pa.list_(pa.uint64()))])
    return pa.concat_tables(out) if out else schema.empty_table()


def verified_pairs(table: pa.Table, params: DedupParams) -> pa.Table:
    i, j = table["i"].to_numpy(), table["j"].to_numpy()
    si = table["si"].to_pylist()
    sj = table["sj"].to_pylist()
    grams = {}
    for k in range(len(i)):
        grams[int(i[k])] = np.asarray(si[k], dtype=np.uint64)
        grams[int(j[k])] = np.asarray(sj[k], dtype=np.uint64)
    found = verify(np.stack([i, j], axis=1), grams.__getitem__, params)
    return pa.table(
        {
            "i": pa.array([a for a, _ in found], pa.int64()),
            "j": pa.array([b for _, b in found], pa.int64()),
            "similarity": pa.array([m.similarity for m in found.values()], pa.float64()),
            "method": pa.array([m.method for m in found.values()], pa.string()),
        }
    )


def both_directions(table: pa.Table) -> pa.Table:
    u, v = table["u"].to_numpy(), table["v"].to_numpy()
    return pa.table({"node": pa.array(np.r_[u, v]), "nbr": pa.array(np.r_[v, u])})


def larger_first(table: pa.Table) -> pa.Table:
    u, v = table["u"].to_numpy(), table["v"].to_numpy()
    return pa.table({"node": pa.array(np.maximum(u, v)), "nbr": pa.array(np.minimum(u, v))})


def star(table: pa.Table, large: bool) -> pa.Table:
    step = large_star if large else small_star
    u, v, moved = step(table["node"].to_numpy(), table["nbr"].to_numpy())
    return pa.table({"u": pa.array(u, pa.int64()), "v": pa.array(v, pa.int64()), "moved": moved})


def smallest_labels(table: pa.Table) -> pa.Table:
    """One (row, label) per row: the smallest label it was given (rows grouped whole)."""
    table = table.sort_by([("row", "ascending"), ("label", "ascending")])
    row = table["row"].to_numpy()
    first = np.r_[True, row[1:] != row[:-1]] if len(row) else np.empty(0, dtype=bool)
    return table.filter(pa.array(first))


def edge_lists(table: pa.Table) -> pa.Table:
    """Verified edges grouped by their first row, as list columns (one row per first row)."""
    table = table.sort_by([("i", "ascending"), ("j", "ascending")])
    i = table["i"].to_numpy()
    starts = np.flatnonzero(np.r_[True, i[1:] != i[:-1]]) if len(i) else np.empty(0, np.int64)
    offsets = pa.array(np.r_[starts, len(i)].astype(np.int32))

    def lists(column: str) -> pa.Array:
        return pa.ListArray.from_arrays(offsets, table[column].combine_chunks())

    return pa.table(
        {
            "row": pa.array(i[starts]),
            "nbrs": lists("j"),
            "sims": lists("similarity"),
            "methods": lists("method"),
        }
    )


def resolved_copies(table: pa.Table, params: DedupParams) -> pa.Table:
    """Copies of every component in this partition (`dedup_cluster.resolve` on each)."""
    table = _rank_sort(table, ["label"])
    labels = table["label"].to_numpy()
    rows = table["row"].to_numpy().tolist()
    ids = dict(zip(rows, table["article_id"].to_pylist(), strict=True))
    keys = dict(zip(rows, table["exact_key"].to_pylist(), strict=True))
    grams = {
        r: np.asarray(g, dtype=np.uint64)
        for r, g in zip(rows, table["shingles"].to_pylist(), strict=True)
    }
    rank = {r: k for k, r in enumerate(rows)}  # the table is sorted best-first per label
    verified: dict[tuple[int, int], Match] = {}
    for r, nbrs, sims, methods in zip(
        rows, *(table[c].to_pylist() for c in ("nbrs", "sims", "methods")), strict=True
    ):
        for j, s, m in zip(nbrs or [], sims or [], methods or [], strict=True):
            verified[(r, j)] = Match(s, m)
    out: list[tuple[int, str, float, str]] = []
    starts = np.flatnonzero(np.r_[True, labels[1:] != labels[:-1]]).tolist() if rows else []
    for start, stop in zip(starts, [*starts[1:], len(rows)], strict=True):
        members = rows[start:stop]
        for m, canonical, match in resolve(
            members, keys, verified, grams.__getitem__, rank, params
        ):
            out.append((m, ids[canonical], match.similarity, match.method))
    return pa.Table.from_pylist(
        [dict(zip(COPIES_SCHEMA.names, o, strict=True)) for o in out], schema=COPIES_SCHEMA
    )


def label_rows(table: pa.Table) -> pa.Table:
    """(row, label) candidates of a star forest: both ends of an edge get its smaller end."""
    u, v = table["u"].to_numpy(), table["v"].to_numpy()
    low = np.minimum(u, v)
    return pa.table({"row": pa.array(np.r_[u, v]), "label": pa.array(np.r_[low, low])})
