"""LSH banding as two pure steps, so any engine can run the group-by between them.

`band_keys` hashes each row's bands (a map over rows); `bucket_pairs` turns rows that share
a bucket into candidate pair codes (a reduce over whole buckets). `candidate_pairs` runs both
in-process, one band at a time; the Ray plan runs them around a distributed group-by on
(band, key). Both expand buckets the same vectorised way, so their pairs are the same.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import pyarrow as pa

from pipeline.config import DedupParams

# Buckets up to this size yield all their pairs; bigger ones (a boilerplate paragraph quoted
# by thousands of pages) link every member to their smallest row only: verification decides.
BIG_BUCKET = 50
# Pair codes collected across bands before their repeats are folded (8 bytes each).
PENDING_CODES = 2**23
# Bands whose columns are gathered together for the asked rows: one gather of a few adjacent
# columns per row is ~4x faster than a gather per band (a row's 384 bytes of MinHash are
# 6 cache lines; a band's 6 bytes share one with its neighbours). 8 bands: ~38 MB at 1M.
BAND_BLOCK = 8


@lru_cache(maxsize=8)
def _multipliers(seed: int, rows: int) -> np.ndarray:
    """The band hash's odd multipliers (drawn once per seed, read-only)."""
    drawn = np.random.default_rng(seed).integers(1, 2**63, size=rows, dtype=np.uint64)
    drawn |= np.uint64(1)
    drawn.flags.writeable = False
    return drawn


def minhash_array(matrix: np.ndarray) -> pa.FixedSizeBinaryArray:
    """A (rows, num_perm) uint16 matrix as one fixed-width value per row (little-endian).

    Bytes, not a list of numbers: Parquet stores a list with a level per value, and reading
    the signatures of 1M articles took 4.7 s as lists, ~0.2 s as bytes (the dedup stage
    reads them in one process)."""
    rows, width = matrix.shape
    data = np.ascontiguousarray(matrix, dtype="<u2")
    return pa.FixedSizeBinaryArray.from_buffers(
        pa.binary(2 * width), rows, [None, pa.py_buffer(data.tobytes())]
    )


def minhash_matrix(column: pa.Array | pa.ChunkedArray, num_perm: int) -> np.ndarray:
    """The (rows, num_perm) uint16 matrix of a `minhash_array` column (one copy of the
    values: 384 MB at 1M articles)."""
    chunks = column.chunks if isinstance(column, pa.ChunkedArray) else [column]
    matrix = np.empty((len(column), num_perm), dtype=np.uint16)
    at = 0
    for chunk in chunks:
        if len(chunk):
            values = np.frombuffer(chunk.buffers()[1], dtype="<u2")
            start = chunk.offset * num_perm
            matrix[at : at + len(chunk)] = values[start : start + len(chunk) * num_perm].reshape(
                -1, num_perm
            )
            at += len(chunk)
    return matrix


def band_columns(params: DedupParams, band: int) -> slice:
    return slice(band * params.rows, (band + 1) * params.rows)


def band_hash(block: np.ndarray, params: DedupParams) -> np.ndarray:
    """One uint64 key per row of one band's columns: rows agreeing on the band share it.
    Summed a column at a time: numpy's sum over a row of three values is slow."""
    multipliers = _multipliers(params.seed, params.rows)
    key = np.zeros(len(block), dtype=np.uint64)
    for j, multiplier in enumerate(multipliers):
        key += block[:, j].astype(np.uint64) * multiplier  # wraps modulo 2**64
    return key


def band_keys(minhash: np.ndarray, params: DedupParams) -> np.ndarray:
    """Keys of every band, shape (rows, bands): for a shard (the whole table is too big)."""
    bands = range(params.bands)
    return np.stack([band_hash(minhash[:, band_columns(params, b)], params) for b in bands], 1)


def sorted_unique(values: np.ndarray) -> np.ndarray:
    """np.unique by sorting (numpy's hash-based unique is several times slower here)."""
    values = np.sort(values)
    if len(values) < 2:
        return values
    keep = np.empty(len(values), dtype=bool)
    keep[0] = True
    np.not_equal(values[1:], values[:-1], out=keep[1:])
    return values[keep]


def bucket_pairs(members: np.ndarray, n: int, *keys: np.ndarray) -> np.ndarray:
    """Pair codes (i * n + j, i < j, repeats possible) of `members` that agree on all `keys`.

    Buckets of equal size are expanded together as one matrix: at 1M articles a band holds
    millions of small buckets, too many for a Python loop over buckets.
    """
    # One key (the local path, one band at a time) sorts faster alone, and unstably (3.7x
    # faster than stable at 1M): a bucket's members are sorted below, so the order in which
    # the sort leaves them does not matter. lexsort's last key is its primary one.
    one = len(keys) == 1
    order = np.argsort(keys[0]) if one else np.lexsort(keys[::-1])
    fresh = np.zeros(len(order), dtype=bool)
    fresh[:1] = True
    for key in keys:
        ordered = key[order]
        fresh[1:] |= ordered[1:] != ordered[:-1]
    starts = np.flatnonzero(fresh)
    sizes = np.diff(np.r_[starts, len(order)])
    members = np.asarray(members, dtype=np.int64)[order]
    codes: list[np.ndarray] = []
    for size in np.unique(sizes[sizes > 1]).tolist():
        at = starts[sizes == size]
        groups = np.sort(members[at[:, None] + np.arange(size)], axis=1)
        if size <= BIG_BUCKET:
            i, j = np.triu_indices(size, 1)
            found = groups[:, i] * n + groups[:, j]
        else:
            found = groups[:, :1] * n + groups[:, 1:]
        codes.append(found.ravel())
    return np.concatenate(codes) if codes else np.empty(0, dtype=np.int64)


def decode_pairs(codes: np.ndarray, n: int) -> np.ndarray:
    """Sorted unique (i, j) rows of pair codes."""
    unique = sorted_unique(np.asarray(codes, dtype=np.int64))
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
    pending = 0
    for first in range(0, params.bands, BAND_BLOCK):
        bands = range(first, min(first + BAND_BLOCK, params.bands))
        block = minhash[
            rows, band_columns(params, first).start : band_columns(params, bands[-1]).stop
        ]
        for band in bands:
            columns = band_columns(params, band - first)
            found = bucket_pairs(rows, n, band_hash(block[:, columns], params))
            codes.append(found)
            pending += found.size
            if pending > PENDING_CODES:  # memory: fold the repeats found so far
                codes, pending = [sorted_unique(np.concatenate(codes))], 0
    return decode_pairs(np.concatenate(codes), n)
