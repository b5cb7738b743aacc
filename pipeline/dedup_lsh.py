"""LSH banding as two pure steps, so any engine can run the group-by between them.

`band_keys` hashes each row's bands (a map over rows); `bucket_pairs` turns the rows that
share one band's key into candidate pairs (a reduce per bucket). `candidate_pairs` runs both
in-process, one band at a time; the Ray plan runs them around a distributed group-by.
"""

from __future__ import annotations

import numpy as np

from pipeline.config import DedupParams

# Buckets larger than this link every member to their first only (verification decides).
BIG_BUCKET = 50


def _multipliers(params: DedupParams) -> np.ndarray:
    rng = np.random.default_rng(params.seed)
    return rng.integers(1, 2**63, size=params.rows, dtype=np.uint64) | np.uint64(1)


def band_columns(params: DedupParams, band: int) -> slice:
    return slice(band * params.rows, (band + 1) * params.rows)


def band_hash(block: np.ndarray, params: DedupParams) -> np.ndarray:
    """One uint64 key per row of one band's columns: rows agreeing on the band share it."""
    return (block.astype(np.uint64) * _multipliers(params)).sum(axis=1)  # wraps mod 2**64


def band_keys(minhash: np.ndarray, params: DedupParams) -> np.ndarray:
    """Keys of every band, shape (rows, bands): for a shard (the whole table is too big)."""
    bands = range(params.bands)
    return np.stack([band_hash(minhash[:, band_columns(params, b)], params) for b in bands], 1)


def bucket_pairs(keys: np.ndarray, members: np.ndarray, n: int) -> np.ndarray:
    """Pair codes (i * n + j, i < j) of members sharing a key, for keys of one band."""
    order = np.argsort(keys, kind="stable")
    sorted_keys = keys[order]
    starts = np.flatnonzero(np.r_[True, sorted_keys[1:] != sorted_keys[:-1]])
    sizes = np.diff(np.r_[starts, len(order)])
    members = members[order]
    codes: list[np.ndarray] = []
    two = starts[sizes == 2]  # most buckets that hold anything hold a pair
    if len(two):
        a, b = members[two], members[two + 1]
        codes.append(np.minimum(a, b) * n + np.maximum(a, b))
    for start, size in zip(starts[sizes > 2], sizes[sizes > 2], strict=True):
        group = np.sort(members[start : start + size])
        if size <= BIG_BUCKET:
            i, j = np.triu_indices(size, 1)
            codes.append(group[i] * n + group[j])
        else:
            codes.append(group[0] * n + group[1:])
    return np.concatenate(codes) if codes else np.empty(0, dtype=np.int64)


def decode_pairs(codes: np.ndarray, n: int) -> np.ndarray:
    """Sorted unique (i, j) rows of pair codes."""
    unique = np.unique(codes)
    return np.stack([unique // n, unique % n], axis=1)


def candidate_pairs(
    minhash: np.ndarray, params: DedupParams, rows: np.ndarray | None = None
) -> np.ndarray:
    """LSH over `rows` of `minhash` (default all): pairs (i < j) of row numbers, sorted, whose
    signatures agree on every value of some band."""
    rows = np.arange(minhash.shape[0]) if rows is None else np.asarray(rows, dtype=np.int64)
    n = minhash.shape[0]
    if len(rows) < 2:
        return np.empty((0, 2), dtype=np.int64)
    codes: list[np.ndarray] = []
    for band in range(params.bands):
        keys = band_hash(minhash[rows, band_columns(params, band)], params)
        codes.append(bucket_pairs(keys, rows, n))
        if len(codes) > 64:
            codes = [np.unique(np.concatenate(codes))]
    return decode_pairs(np.concatenate(codes), n)
