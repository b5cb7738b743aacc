"""The pure steps of dedup's global phase: banding, components, per-component resolution."""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import replace
from itertools import combinations, pairwise

import numpy as np
import pyarrow as pa
import pytest

from pipeline.config import DedupParams
from pipeline.dedup_cluster import Match, resolve
from pipeline.dedup_graph import components, large_star, small_star, star_components
from pipeline.dedup_lsh import (
    BIG_BUCKET,
    band_keys,
    bucket_pairs,
    candidate_pairs,
    decode_pairs,
    minhash_array,
    minhash_matrix,
)

P = DedupParams()


def union_find_labels(n: int, edges: list[tuple[int, int]]) -> dict[int, int]:
    return {i: label for label, rows in components(n, edges).items() if len(rows) > 1 for i in rows}


def star_labels_of(edges: list[tuple[int, int]]) -> dict[int, int]:
    u = np.array([a for a, _ in edges], dtype=np.int64)
    v = np.array([b for _, b in edges], dtype=np.int64)
    node, label = star_components(u, v)
    return dict(zip(node.tolist(), label.tolist(), strict=True))


def test_union_find_labels_each_component_by_its_smallest_row():
    assert components(6, [(4, 2), (2, 5), (0, 1)]) == {0: [0, 1], 2: [2, 4, 5], 3: [3]}


@pytest.mark.parametrize("seed", range(6))
def test_star_rounds_find_the_union_find_components(seed):
    rng = random.Random(seed)
    for _ in range(60):
        n = rng.randint(2, 80)
        edges = [(rng.randrange(n), rng.randrange(n)) for _ in range(rng.randint(1, 90))]
        edges = [(a, b) for a, b in edges if a != b] or [(0, 1)]
        if rng.random() < 0.4:  # a chain through shuffled rows
            perm = list(range(n))
            rng.shuffle(perm)
            edges += list(pairwise(perm))
        assert star_labels_of(edges) == union_find_labels(n, edges)


@pytest.mark.parametrize("order", ["ascending", "descending", "shuffled"])
def test_a_chain_of_20000_rows_is_one_component(order):
    rows = np.arange(20_000)
    if order == "descending":
        rows = rows[::-1]
    if order == "shuffled":
        rows = np.random.default_rng(3).permutation(rows)
    node, label = star_components(rows[:-1], rows[1:])
    assert node.tolist() == list(range(20_000))
    assert set(label.tolist()) == {0}


def test_large_star_links_larger_neighbours_to_the_smallest():
    # 1 - 2, 2 - 5, 2 - 7, 5 - 9: both directions of each edge
    u, v = np.array([1, 2, 2, 5, 2, 7, 5, 9]), np.array([2, 1, 5, 2, 7, 2, 9, 5])
    a, b, moved = large_star(u, v)
    assert sorted(zip(a.tolist(), b.tolist(), moved.tolist(), strict=True)) == [
        (2, 1, False),  # group 1: 2 is already linked to the smallest
        (5, 1, True),  # group 2 saw 1: its larger neighbours move to 1
        (7, 1, True),
        (9, 2, True),  # group 5 saw 2
    ]


def test_small_star_links_a_node_and_its_smaller_neighbours_to_the_smallest():
    a, b, moved = small_star(np.array([9, 9, 9, 4]), np.array([3, 5, 1, 2]))
    assert sorted(zip(a.tolist(), b.tolist(), moved.tolist(), strict=True)) == [
        (3, 1, True),
        (4, 2, False),
        (5, 1, True),
        (9, 1, True),
    ]


def test_grouping_exploded_band_rows_gives_the_local_candidate_pairs():
    """What a distributed group-by on (band, key) computes, done with a dict."""
    rng = np.random.default_rng(5)
    base = rng.integers(0, 2**16, size=(40, P.num_perm), dtype=np.uint16)
    minhash = np.concatenate([base, base[:30], base[:1].repeat(BIG_BUCKET + 10, axis=0)])
    flip = rng.random(minhash.shape) < 0.5  # copies keep about half their values
    minhash = np.where(flip, rng.integers(0, 2**16, size=minhash.shape), minhash).astype(np.uint16)
    rows = np.sort(rng.choice(len(minhash), size=len(minhash) - 7, replace=False))
    n = len(minhash)
    buckets: dict[tuple[int, int], list[int]] = defaultdict(list)
    for row, keys in zip(rows.tolist(), band_keys(minhash[rows], P).tolist(), strict=True):
        for band, key in enumerate(keys):
            buckets[(band, key)].append(row)
    codes = [
        bucket_pairs(np.array(m), n, np.zeros(len(m), dtype=np.uint64)) for m in buckets.values()
    ]
    expected = candidate_pairs(minhash, P, rows)
    assert len(expected) > 100
    assert decode_pairs(np.concatenate(codes), n).tolist() == expected.tolist()


@pytest.mark.parametrize(
    ("bands", "rows", "values"), [(11, 3, 4), (64, 3, 8), (9, 5, 2), (3, 2, 4)]
)
def test_candidate_pairs_are_the_pairs_that_agree_on_every_value_of_some_band(bands, rows, values):
    """Against the definition, pair by pair: also when the bands are not whole blocks of
    BAND_BLOCK and when they leave columns of the signature unused."""
    params = replace(P, bands=bands, rows=rows)
    rng = np.random.default_rng(bands * rows)
    minhash = rng.integers(0, values, size=(70, P.num_perm)).astype(np.uint16)  # agreements
    asked = np.sort(rng.choice(70, size=55, replace=False))
    expected = [
        [i, j]
        for i, j in combinations(asked.tolist(), 2)
        if any(
            (minhash[i, b * rows : (b + 1) * rows] == minhash[j, b * rows : (b + 1) * rows]).all()
            for b in range(bands)
        )
    ]
    got = candidate_pairs(minhash, params, asked).tolist()
    assert 20 < len(expected) < len(asked) * (len(asked) - 1) // 2
    assert got == expected


def test_resolve_keeps_members_like_the_canonical_and_regroups_the_rest():
    # 0 is the canonical; 1 is like 0; 2 is like 1 only; 3 is an exact copy of 2.
    grams = {0: np.arange(0, 100), 1: np.arange(30, 130), 2: np.arange(80, 200)}
    grams[3] = grams[2]
    keys = [b"a", b"b", b"c", b"c"]
    verified = {(0, 1): Match(0.54, "near"), (1, 2): Match(0.5, "near")}
    got = sorted(resolve([0, 1, 2, 3], keys, verified, grams.__getitem__, [0, 1, 2, 3], P))
    assert got == [(1, 0, Match(0.54, "near")), (3, 2, Match(1.0, "exact"))]


def test_bucket_pairs_over_all_bands_at_once_equal_band_by_band_lsh():
    """The Ray plan's partitions hold rows of many bands: (band, key) as two keys."""
    rng = np.random.default_rng(8)
    minhash = rng.integers(0, 3, size=(120, P.num_perm)).astype(np.uint16)  # big buckets
    rows = np.sort(rng.choice(120, size=100, replace=False))
    keys = band_keys(minhash[rows], P)
    band = np.tile(np.arange(P.bands), len(rows))
    codes = bucket_pairs(np.repeat(rows, P.bands), 120, band, keys.reshape(-1))
    expected = candidate_pairs(minhash, P, rows)
    assert len(expected) > 1000
    assert decode_pairs(codes, 120).tolist() == expected.tolist()


def test_minhash_bytes_give_back_the_matrix_also_sliced_and_chunked():
    rng = np.random.default_rng(3)
    matrix = rng.integers(0, 2**16, size=(9, P.num_perm)).astype(np.uint16)
    column = minhash_array(matrix)
    assert column.type == pa.binary(2 * P.num_perm)
    assert column[1].as_py() == matrix[1].astype("<u2").tobytes()
    assert np.array_equal(minhash_matrix(column, P.num_perm), matrix)
    assert np.array_equal(minhash_matrix(column.slice(2, 4), P.num_perm), matrix[2:6])
    chunked = pa.chunked_array([column.slice(0, 5), column.slice(5)])
    assert np.array_equal(minhash_matrix(chunked, P.num_perm), matrix)
    empty = minhash_array(np.empty((0, P.num_perm), np.uint16))
    assert minhash_matrix(empty, P.num_perm).shape == (0, P.num_perm)
