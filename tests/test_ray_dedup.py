"""Dedup's global phase on Ray Data equals the in-process one, step by step and whole."""

from __future__ import annotations

import random
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path

import numpy as np
import pyarrow as pa
import pytest

from pipeline import dedup, dedup_cluster
from pipeline.config import DedupParams, Params
from pipeline.dedup_graph import components
from pipeline.dedup_lsh import band_keys, candidate_pairs, minhash_array
from pipeline.dedup_stage import SignatureTask, run_dedup, signature_shard
from pipeline.engine import LocalEngine, RayEngine
from pipeline.storage import write_parquet
from schemas import ARTICLE_SCHEMA
from tests.test_dedup import article, story
from tests.test_pipeline import tree_digest

ray = pytest.importorskip("ray", reason="the ray extra is not installed (make test-ray)")
dedup_ray = pytest.importorskip("pipeline.dedup_ray")
# under pytest-xdist one worker runs every Ray test: one local Ray instance at a time
pytestmark = [pytest.mark.ray, pytest.mark.xdist_group("ray")]
P = DedupParams()


@pytest.fixture(scope="module")
def data() -> Iterator[object]:
    """One local Ray instance (2 CPUs) for the module, as `RayEngine(2)` would start."""
    yield RayEngine(2).connect()
    ray.shutdown()


def collect(ds: object, columns: list[str]) -> list[tuple[int, ...]]:
    rows = ds.take_all()  # type: ignore[attr-defined]
    return sorted(tuple(r[c] for c in columns) for r in rows)


def test_distributed_lsh_pairs_equal_the_local_candidate_pairs(data):
    rng = np.random.default_rng(11)
    base = rng.integers(0, 2**16, size=(300, P.num_perm), dtype=np.uint16)
    minhash = np.concatenate([base, base[:120], base[:1].repeat(60, axis=0)])
    noise = rng.integers(0, 2**16, size=minhash.shape, dtype=np.uint16)
    minhash = np.where(rng.random(minhash.shape) < 0.6, noise, minhash).astype(np.uint16)
    n = len(minhash)
    usable = rng.random(n) < 0.9  # unusable rows and non-representatives stay out of LSH
    rep = np.where(rng.random(n) < 0.05, 0, np.arange(n))
    keys = band_keys(minhash, P).reshape(-1)
    exact = data.from_arrow(  # type: ignore[attr-defined]
        pa.table(
            {
                "row": pa.array(np.arange(n)),
                "rep": pa.array(rep),
                "usable": pa.array(usable),
                "keys": pa.FixedSizeListArray.from_arrays(pa.array(keys), P.bands),
            }
        )
    )
    expected = candidate_pairs(minhash, P, np.flatnonzero(usable & (rep == np.arange(n))))
    assert len(expected) > 300  # a big bucket (61 copies of row 0) among them
    got = collect(dedup_ray.lsh_pairs(exact, P, n, 3), ["i", "j"])
    assert got == [tuple(p) for p in expected.tolist()]


def test_distributed_prefilter_keeps_the_pairs_the_local_one_keeps(data):
    rng = np.random.default_rng(12)
    n = 400
    base = rng.integers(0, 2**16, size=(n, P.num_perm), dtype=np.uint16)
    minhash = base.copy()
    for row in range(1, n):  # rows agree with their predecessor on a random share of values
        same = rng.random(P.num_perm) < rng.random()
        minhash[row, same] = minhash[row - 1, same]
    sizes = rng.integers(0, 3000, size=n)
    pairs = np.unique(np.sort(rng.integers(0, n, size=(1500, 2)), axis=1), axis=0)
    pairs = np.r_[
        pairs[pairs[:, 0] != pairs[:, 1]], np.stack([np.arange(n - 1), np.arange(1, n)], 1)
    ]
    pairs = np.unique(pairs, axis=0)
    nodes = data.from_arrow(  # type: ignore[attr-defined]
        pa.table(
            {
                "row": pa.array(np.arange(n)),
                "minhash": minhash_array(minhash),
                "n_shingles": pa.array(sizes.astype(np.int32)),
            }
        )
    )
    candidates = data.from_arrow(  # type: ignore[attr-defined]
        pa.table({"i": pa.array(pairs[:, 0]), "j": pa.array(pairs[:, 1])})
    )
    expected = pairs[dedup_cluster.plausible(pairs, minhash, sizes, P)]
    assert 0 < len(expected) < len(pairs) - 100  # some kept, many dropped
    got = collect(dedup_ray.prefilter(candidates, nodes, P, 3), ["i", "j"])
    assert got == [tuple(p) for p in expected.tolist()]


def test_distributed_components_equal_union_find_with_long_chains(data):
    rng = random.Random(4)
    n = 3000
    edges = [(rng.randrange(n), rng.randrange(n)) for _ in range(1200)]
    perm = list(range(n))
    rng.shuffle(perm)
    edges += list(pairwise(perm[:700]))  # a long chain through shuffled rows
    edges += list(pairwise(range(1000, 1400)))  # and one in row order
    edges = [(a, b) for a, b in edges if a != b]
    table = pa.table({"u": [a for a, _ in edges], "v": [b for _, b in edges]})
    labels = dedup_ray.components(data.from_arrow(table), 3)  # type: ignore[attr-defined]
    expected = {i: c for c, rows in components(n, edges).items() if len(rows) > 1 for i in rows}
    assert dict(collect(labels, ["row", "label"])) == expected
    assert len(set(expected.values())) < 1200


def planted_corpus(count: int, seed: int) -> list[dict]:
    """Stories with truncated, exact (case-folded) and chained copies, and different
    stories quoting one paragraph (LSH candidates the MinHash prefilter drops), shuffled."""
    rng = random.Random(seed)
    rows = []
    quoted = story(seed * 10**5 + 99_999, 90)
    for i in range(count):
        body = story(seed * 10**5 + i, 240)
        rows.append(article(f"a{i:05d}", body))
        if i % 4 == 0:
            words = body.split()
            cut = rng.randint(len(words) // 2, len(words))
            rows.append(article(f"b{i:05d}", " ".join(words[:cut]), outlet="AP"))
        if i % 9 == 0:
            rows.append(article(f"c{i:05d}", body.upper(), reporters=["Ann"] if i % 2 else []))
        if i % 25 == 0:  # a chain: each link keeps half of the previous one's words
            words = body.split()
            for k in range(6):
                words = words[len(words) // 2 :] + story(7 * 10**6 + i * 10 + k, 120).split()
                rows.append(article(f"h{i:05d}{k}", " ".join(words)))
        if i % 12 == 0:
            own = story(8 * 10**6 + seed * 10**4 + i, 270)
            rows.append(article(f"q{i:05d}", own + "\n\n" + quoted))
    rng.shuffle(rows)
    return rows


def write_shards(rows: list[dict], folder: Path, size: int) -> list[Path]:
    parts = []
    for k in range(0, len(rows), size):
        part = folder / "records" / f"part-{k // size:05d}.parquet"
        write_parquet(pa.Table.from_pylist(rows[k : k + size], schema=ARTICLE_SCHEMA), part)
        parts.append(part)
    return parts


def test_ray_assignment_equals_local_row_for_row(data, tmp_path):
    rows = planted_corpus(240, 1)
    parts = write_shards(rows, tmp_path / "src", 90)
    sig_parts = [tmp_path / "sigs" / p.name for p in parts]
    tasks = [SignatureTask(p, s, Params()) for p, s in zip(parts, sig_parts, strict=True)]
    sizes = [signature_shard(task)[0] for task in tasks]
    bounds = np.cumsum([0, *sizes]).tolist()
    table = pa.Table.from_pylist(rows, schema=ARTICLE_SCHEMA)
    local = dedup.assign(
        dedup.signatures(table, P), dedup.from_bodies(table["body"].to_pylist(), 3), P
    )
    copies, counts = dedup_ray.copies(data, sig_parts, parts, bounds, P, 3)
    on_ray = dedup_cluster.with_copies(table["article_id"], copies)
    assert on_ray.to_pylist() == local.to_pylist()
    meta = {k.decode(): int(v) for k, v in local.schema.metadata.items()}
    assert counts == meta
    assert list(counts) == ["candidate_pairs", "estimate_dropped_pairs", "verified_pairs"]
    assert counts["estimate_dropped_pairs"] > 0  # the quoted paragraph's pairs
    methods = set(copies["method"].to_pylist())
    assert methods == {"exact", "near", "containment"}
    assert copies.num_rows > 100


def test_ray_dedup_stage_writes_the_local_bytes(data, tmp_path):
    rows = planted_corpus(150, 2)
    write_shards(rows, tmp_path / "src", 70)
    local = run_dedup(tmp_path / "src", tmp_path / "local", Params(), LocalEngine(1))
    on_ray = run_dedup(tmp_path / "src", tmp_path / "ray", Params(), RayEngine(2))
    assert on_ray == local
    assert local["duplicates"] > 50
    assert tree_digest(tmp_path / "ray") == tree_digest(tmp_path / "local")


def test_grouped_uses_the_task_based_sort_shuffle_whatever_the_dataset_began_with(data):
    """Ray Data plans with the context copied when a dataset's lineage began: one begun under
    the hash shuffle would start aggregator actors (~10 s per group-by on 2 CPUs)."""
    from ray.data.context import DataContext

    from pipeline.ray_ops import grouped

    current = DataContext.get_current()
    before, current.shuffle_strategy = current.shuffle_strategy, "hash_shuffle"
    try:
        ds = data.from_arrow(pa.table({"k": list(range(40)), "v": list(range(40))}))  # type: ignore[attr-defined]
    finally:
        current.shuffle_strategy = before
    out = grouped(ds, "k", lambda t: t, 3)
    done = out.materialize()
    assert sorted(r["k"] for r in done.take_all()) == list(range(40))
    stats = done.stats()
    assert "Sort" in stats and "HashShuffle" not in stats


def test_the_engine_sets_the_sort_shuffle_for_the_datasets_it_creates(data):
    from ray.data.context import DataContext

    DataContext.get_current().shuffle_strategy = "hash_shuffle"
    ds = RayEngine(2).connect().from_items([{"k": 1}])
    assert ds.context.shuffle_strategy == "sort_shuffle_pull_based"
