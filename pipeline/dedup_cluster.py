"""Verification and clusters: the global half of the dedup stage, as composable steps.

`assign` chains pure steps that an engine can also run apart: candidate pairs
(`dedup_lsh`), `verify` of a batch of pairs given their shingles, components over verified
and exact edges (`dedup_graph`), and `resolve` of one component (canonical, chaining guard).
`plausible` filters candidate pairs on their MinHash estimate before `verify`.

Verification compares the sets of 64-bit shingle hashes (`dedup_shingles`) of the two texts,
read only for articles that appear in a candidate pair and only as sorted hash arrays
(~8 bytes per shingle), never as bodies or string sets of the whole input.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import chain
from typing import Any, Protocol, TypeVar

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from pipeline.config import DedupParams
from pipeline.dedup_graph import UnionFind, components
from pipeline.dedup_lsh import candidate_pairs, minhash_matrix, sorted_unique
from pipeline.dedup_shingles import hash_texts

T_co = TypeVar("T_co", covariant=True)

# Shingles held at once while verifying candidate pairs (8 bytes each: 512 MB).
_VERIFY_SHINGLES = 64 * 2**20
# Candidate pairs whose signatures are compared at once (~100 MB of temporaries).
_ESTIMATE_PAIRS = 2**17
# Given sorted signature-table rows, yields (row, sorted unique shingle hashes) for each.
ShingleReader = Callable[[np.ndarray], Iterable[tuple[int, np.ndarray]]]


def unique_shingles(bodies: list[str], size: int) -> list[np.ndarray]:
    """Sorted unique shingle hashes of each body: what verification compares."""
    grams = hash_texts(bodies, size)
    return [sorted_unique(grams.of(k)) for k in range(len(bodies))]


def from_bodies(bodies: Sequence[str], size: int) -> ShingleReader:
    """A ShingleReader over bodies in memory, in signature-table row order (tests, bench)."""

    def read(rows: np.ndarray) -> Iterator[tuple[int, np.ndarray]]:
        picked = rows.tolist()
        return zip(picked, unique_shingles([bodies[r] for r in picked], size), strict=True)

    return read


def canonical_order(sigs: pa.Table) -> np.ndarray:
    """Row positions best-first: most provenance, fewest flags, longest body, smallest id."""
    return np.lexsort(
        (
            np.asarray(sigs["article_id"].to_pylist(), dtype=object),
            -sigs["body_chars"].to_numpy(),
            sigs["n_flags"].to_numpy(),
            -sigs["completeness"].to_numpy().astype(np.int16),
        )
    )


def plausible(
    pairs: np.ndarray, minhash: np.ndarray, sizes: np.ndarray, params: DedupParams
) -> np.ndarray:
    """Mask of the candidate pairs worth an exact check, from their MinHash estimates alone.

    Most LSH candidates at scale share a few sentences, not a text; verifying them means
    re-reading their bodies. The share of equal signature values estimates the Jaccard (one
    standard deviation is ~0.036 at J = 0.5 with 192 values), so a pair is dropped only when
    its estimate lies `prefilter_margin` (~4 sigma) below the least Jaccard that could still
    pass: the Jaccard threshold, or the lower Jaccard a containment match of two texts of
    these lengths implies. Lengths are shingle positions (repeats counted), which the margin
    also absorbs. A margin of 1 keeps every pair.
    """
    keep = np.ones(len(pairs), dtype=bool)
    c = params.containment_threshold
    for start in range(0, len(pairs), _ESTIMATE_PAIRS):
        chunk = pairs[start : start + _ESTIMATE_PAIRS]
        estimate = (minhash[chunk[:, 0]] == minhash[chunk[:, 1]]).mean(axis=1)
        a, b = sizes[chunk[:, 0]].astype(np.float64), sizes[chunk[:, 1]].astype(np.float64)
        small, large = np.maximum(np.minimum(a, b), 1.0), np.maximum(a, b)
        by_containment = c * small / (small + large - c * small)
        least = np.minimum(params.jaccard_threshold, by_containment)
        keep[start : start + len(chunk)] = estimate >= least - params.prefilter_margin
    return keep


@dataclass(frozen=True)
class Match:
    similarity: float
    method: str


def compare(a: np.ndarray, b: np.ndarray, params: DedupParams) -> Match | None:
    """Verified similarity of two sorted unique shingle-hash arrays, or None if not copies."""
    if not len(a) or not len(b):
        return None
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    at = np.searchsorted(large, small)  # both sorted and unique: a merge by binary search
    at[at == len(large)] = 0
    inter = int(np.count_nonzero(large[at] == small))
    jaccard = inter / (len(a) + len(b) - inter)
    if jaccard >= params.jaccard_threshold:
        return Match(round(jaccard, 6), "near")
    containment = inter / len(small)
    if len(small) >= params.min_shingles and containment >= params.containment_threshold:
        return Match(round(containment, 6), "containment")
    return None


class _Shingles:
    """Sorted unique shingle hashes per row, fetched on demand from a ShingleReader."""

    def __init__(self, read: ShingleReader) -> None:
        self.read = read
        self.cache: dict[int, np.ndarray] = {}

    def load(self, rows: Iterable[int]) -> None:
        missing = np.unique(np.fromiter((r for r in rows if r not in self.cache), np.int64))
        self.cache.update(self.read(missing) if len(missing) else ())

    def __call__(self, row: int) -> np.ndarray:
        if row not in self.cache:
            self.load([row])
        return self.cache[row]


Verified = Mapping[tuple[int, int], Match]


class Lookup(Protocol[T_co]):
    """Per-row values: an array or list indexed by row locally, a dict of one component's
    rows on Ray."""

    def __getitem__(self, row: int, /) -> T_co: ...


def verify(
    pairs: np.ndarray, shingles: Callable[[int], np.ndarray], params: DedupParams
) -> dict[tuple[int, int], Match]:
    """The pairs (i, j) that are copies, with their match: one batch, any engine."""
    verified: dict[tuple[int, int], Match] = {}
    for i, j in pairs.tolist():
        found = compare(shingles(i), shingles(j), params)
        if found:
            verified[(i, j)] = found
    return verified


def resolve(
    members: list[int],
    exact_keys: Lookup[bytes],
    verified: Verified,
    shingles: Callable[[int], np.ndarray],
    rank: Lookup[Any],
    params: DedupParams,
) -> Iterator[tuple[int, int, Match]]:
    """(member, canonical, match) for every copy of one connected component.

    `members` are sorted best-first by `rank`. A member stays with the canonical only if it
    is itself like it (exact, a verified pair, or a fresh comparison); the ones cut loose
    regroup among themselves, so a chain A~B~C never pulls C into A's cluster.
    """
    pending = [members]
    while pending:
        canonical, *rest = pending.pop()
        detached = []
        for m in rest:
            if exact_keys[m] == exact_keys[canonical]:
                match: Match | None = Match(1.0, "exact")
            else:
                match = verified.get((min(m, canonical), max(m, canonical))) or compare(
                    shingles(m), shingles(canonical), params
                )
            if match is None:
                detached.append(m)
            else:
                yield m, canonical, match
        pending.extend(_regroup(detached, exact_keys, verified, rank))


def assign(sigs: pa.Table, read: ShingleReader, params: DedupParams) -> pa.Table:
    """Cluster assignment per article: cluster_id, duplicate_of, similarity, method.

    `read` is asked for the shingles of the articles in candidate pairs, then of the cluster
    members the chaining guard compares: two reads, each of only those rows.
    """
    n = sigs.num_rows
    ids = sigs["article_id"].to_pylist()
    rank = np.empty(n, dtype=np.int64)
    rank[canonical_order(sigs)] = np.arange(n)
    exact_keys = sigs["exact_key"].to_pylist()
    exact_groups: dict[bytes, list[int]] = defaultdict(list)
    for i, key in enumerate(exact_keys):
        exact_groups[key].append(i)
    # One representative per exact group goes into LSH; its copies follow it.
    reps = np.array(
        sorted(min(g, key=lambda i: rank[i]) for g in exact_groups.values()), dtype=np.int64
    )
    minhash = minhash_matrix(sigs["minhash"], params.num_perm)
    sizes = sigs["n_shingles"].to_numpy()
    # Memory: the table (its MinHash column, 384 bytes a row) is not needed past here. A
    # caller that passes it without keeping a name for it (`assign(read_table(...), ...)`)
    # lets it go now, before the shingles of the verification are held.
    del sigs
    usable = reps[sizes[reps] > 0] if len(reps) else reps
    candidates = candidate_pairs(minhash, params, usable)
    pairs = candidates[plausible(candidates, minhash, sizes, params)]
    del minhash
    # Arrow's allocator (mimalloc) keeps freed pages for reuse: the table and the MinHash
    # matrix (~850 MB at 1M articles) would stay resident through the verification, while the
    # pool's workers run. Handing them back lowered the stage's peak by ~800 MB at 1M.
    pa.default_memory_pool().release_unused()
    grams = _Shingles(read)
    verified: dict[tuple[int, int], Match] = {}
    for chunk in _chunks(pairs, sizes, _VERIFY_SHINGLES):
        grams.cache.clear()  # memory: the shingles of one chunk's articles at a time
        grams.load(np.unique(chunk).tolist())
        verified.update(verify(chunk, grams, params))
    grams.cache.clear()  # only cluster members are needed from here on

    exact_edges = ((g[0], i) for g in exact_groups.values() for i in g[1:])
    groups = components(n, chain(exact_edges, verified))
    del exact_groups, exact_edges  # a list per article: no longer needed
    cluster = list(ids)
    duplicate_of: list[str | None] = [None] * n
    similarity: list[float | None] = [None] * n
    method: list[str | None] = [None] * n
    clusters = [sorted(c, key=lambda i: rank[i]) for c in groups.values() if len(c) > 1]
    grams.load(_to_verify(clusters, exact_keys, verified))
    for members in clusters:
        for m, canonical, match in resolve(members, exact_keys, verified, grams, rank, params):
            cluster[m] = ids[canonical]
            duplicate_of[m] = ids[canonical]
            similarity[m] = match.similarity
            method[m] = match.method
    table = pa.table(
        {
            "article_id": pa.array(ids, pa.string()),
            "cluster_id": pa.array(cluster, pa.string()),
            "duplicate_of": pa.array(duplicate_of, pa.string()),
            "similarity": pa.array(similarity, pa.float64()),
            "method": pa.array(method, pa.string()),
        }
    )
    counts = {
        "candidate_pairs": len(candidates),
        "estimate_dropped_pairs": len(candidates) - len(pairs),
        "verified_pairs": len(verified),
    }
    return table.replace_schema_metadata({k: str(v) for k, v in counts.items()})


COPIES_SCHEMA = pa.schema(
    [
        ("row", pa.int64()),
        ("cluster_id", pa.string()),
        ("similarity", pa.float64()),
        ("method", pa.string()),
    ]
)


def copies_of(assignment: pa.Table) -> pa.Table:
    """The assignment's copies only (COPIES_SCHEMA): what differs from "kept, own cluster"."""
    rows = pc.indices_nonzero(pc.is_valid(assignment["duplicate_of"]))
    picked = assignment.take(rows)
    columns = [rows.cast(pa.int64()), *(picked[c] for c in COPIES_SCHEMA.names[1:])]
    return pa.Table.from_arrays(columns, schema=COPIES_SCHEMA)


def with_copies(ids: pa.Array | pa.ChunkedArray, copies: pa.Table) -> pa.Table:
    """The assignment of articles `ids` (in row order) whose copies are `copies`."""
    names = ids.to_pylist()
    n = len(names)
    rows = copies["row"].to_numpy()
    cluster = np.asarray(names, dtype=object)
    duplicate_of = np.full(n, None, dtype=object)
    similarity = np.full(n, None, dtype=object)
    method = np.full(n, None, dtype=object)
    cluster[rows] = duplicate_of[rows] = copies["cluster_id"].to_pylist()
    similarity[rows] = copies["similarity"].to_pylist()
    method[rows] = copies["method"].to_pylist()
    return pa.table(
        {
            "article_id": pa.array(names, pa.string()),
            "cluster_id": pa.array(cluster.tolist(), pa.string()),
            "duplicate_of": pa.array(duplicate_of.tolist(), pa.string()),
            "similarity": pa.array(similarity.tolist(), pa.float64()),
            "method": pa.array(method.tolist(), pa.string()),
        }
    )


def _chunks(pairs: np.ndarray, sizes: np.ndarray, budget: int) -> Iterator[np.ndarray]:
    """Consecutive runs of pairs whose articles hold at most `budget` shingles together
    (a run always takes at least one pair)."""
    start, total = 0, 0
    seen: set[int] = set()
    for k, (i, j) in enumerate(pairs.tolist()):
        extra = (sizes[i] if i not in seen else 0) + (sizes[j] if j not in seen else 0)
        if total + extra > budget and k > start:
            yield pairs[start:k]
            start, total = k, 0
            seen.clear()
            extra = sizes[i] + sizes[j]
        seen.update((i, j))
        total += extra
    if len(pairs) > start:
        yield pairs[start:]


def _to_verify(
    clusters: list[list[int]], exact_keys: Lookup[bytes], verified: Verified
) -> list[int]:
    """Rows the chaining guard compares: members with no verified pair to their canonical."""
    rows: list[int] = []
    for canonical, *members in clusters:
        ms = [
            m
            for m in members
            if exact_keys[m] != exact_keys[canonical]
            and (min(m, canonical), max(m, canonical)) not in verified
        ]
        rows.extend([canonical, *ms] if ms else [])
    return rows


def _regroup(
    members: Iterable[int],
    exact_keys: Lookup[bytes],
    verified: Verified,
    rank: Lookup[Any],
) -> list[list[int]]:
    """Members cut loose from a chain form their own clusters from the pairs among them."""
    members = list(members)
    if len(members) < 2:
        return []
    index = {m: k for k, m in enumerate(members)}
    uf = UnionFind(len(members))
    for i, j in verified:
        if i in index and j in index:
            uf.union(index[i], index[j])
    for a in members:
        for b in members:
            if a < b and exact_keys[a] == exact_keys[b]:
                uf.union(index[a], index[b])
    groups: dict[int, list[int]] = defaultdict(list)
    for m in members:
        groups[uf.find(index[m])].append(m)
    return [sorted(g, key=lambda i: rank[i]) for g in groups.values() if len(g) > 1]
