"""Dedup stage: cluster exact and near-duplicate copies, keep one canonical per cluster.

1. `signatures` (per shard, parallel): a normalised-body hash for exact copies and a MinHash
   signature over word shingles for near copies, plus the facts the canonical rule needs.
2. `candidate_pairs` (global): LSH banding over the signatures proposes pairs.
3. `assign` (global): every candidate pair is verified on its real shingle sets (Jaccard, and
   containment for truncated copies); clusters form by union-find, the canonical is chosen by
   a fixed rule, and a member stays only if it is itself similar to the canonical (so A~B~C
   cannot chain an unrelated C into A's cluster).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from rensa import RMinHash

from pipeline.config import DedupParams
from schemas import ARTICLE_SCHEMA

_QUOTES = str.maketrans(
    {
        "‘": "'",
        "’": "'",
        "‚": "'",
        "‛": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "‟": '"',
        "«": '"',
        "»": '"',
        "–": "-",
        "—": "-",
    }
)
_WORD = re.compile(r"\w+")

# Bump when anything that decides a signature changes (normalisation, shingles, hashing):
# a persisted index of another version is then recomputed instead of trusted.
SIGNATURE_VERSION = 2

SIGNATURE_FIELDS = [
    ("article_id", pa.string()),
    ("body_digest", pa.uint64()),  # of the raw body: an index row is reused only if it matches
    ("exact_key", pa.binary(16)),
    ("n_shingles", pa.int32()),
    ("completeness", pa.int8()),
    ("n_flags", pa.int16()),
    ("body_chars", pa.int32()),
]
# The columns derived from the body text alone (the costly part, reusable across runs).
TEXT_COLUMNS = ("exact_key", "n_shingles", "body_chars", "minhash")


def signature_schema(num_perm: int) -> pa.Schema:
    return pa.schema([*SIGNATURE_FIELDS, ("minhash", pa.list_(pa.uint32(), num_perm))])


def body_digests(bodies: list[str]) -> pa.Array:
    """64-bit digest of each raw body: cheap to compute, enough to tell a changed body."""
    return pa.array(
        [
            int.from_bytes(hashlib.blake2b(b.encode(), digest_size=8).digest(), "little")
            for b in bodies
        ],
        pa.uint64(),
    )


def normalise_body(body: str) -> str:
    """Unicode NFC, quotes and dashes folded, case folded, white space collapsed."""
    text = unicodedata.normalize("NFC", body).translate(_QUOTES).casefold()
    return " ".join(text.split())


def shingles(body: str, size: int, normal: str | None = None) -> list[str]:
    """Word `size`-grams of the normalised body (pass `normal` if it is already computed)."""
    words = _WORD.findall(normalise_body(body) if normal is None else normal)
    if len(words) <= size:
        return [" ".join(words)] if words else []
    # zip over shifted views: one tuple per shingle, no slice per position (3x faster).
    return list(map(" ".join, zip(*(words[i:] for i in range(size)), strict=False)))


def provenance_points(articles: pa.Table) -> np.ndarray:
    """Provenance each copy carries, one point each: reporters, outlet, a media credit."""
    n = articles.num_rows
    has_reporters = pc.greater(pc.list_value_length(articles["reporters"]), 0)
    has_outlet = pc.is_valid(articles["outlet"])
    media = articles["media"].combine_chunks()
    credited = np.zeros(n, dtype=np.int8)
    if len(media.values):
        rows = pc.list_parent_indices(media).to_numpy()
        has_credit = pc.is_valid(media.values.field("credit")).to_numpy(zero_copy_only=False)
        credited[np.unique(rows[has_credit])] = 1
    return (
        has_reporters.to_numpy(zero_copy_only=False).astype(np.int8)
        + has_outlet.to_numpy(zero_copy_only=False).astype(np.int8)
        + credited
    )


def text_signatures(bodies: list[str], params: DedupParams) -> pa.Table:
    """The body-derived columns (TEXT_COLUMNS) of each body, in order."""
    keys, counts, chars, grams_per_row = [], [], [], []
    for body in bodies:
        normal = normalise_body(body)
        grams = shingles(body, params.shingle_size, normal)
        keys.append(hashlib.blake2b(normal.encode(), digest_size=16).digest())
        counts.append(len(set(grams)))
        chars.append(len(normal))  # padding and case must not make a copy "longer"
        grams_per_row.append(grams)
    # One call for the whole shard: rensa hashes in Rust without a Python object per document.
    # Its digests equal RMinHash(num_perm, seed).update(grams).digest() row by row.
    if grams_per_row:
        matrix = RMinHash.digest_matrix_from_token_sets(grams_per_row, params.num_perm, params.seed)
        digests = np.asarray(matrix.to_rows(), dtype=np.uint32)
    else:
        digests = np.empty((0, params.num_perm), dtype=np.uint32)
    flat = pa.array(digests.reshape(-1), type=pa.uint32())
    schema = signature_schema(params.num_perm)
    return pa.table(
        [
            pa.array(keys, schema.field("exact_key").type),
            pa.array(counts, pa.int32()),
            pa.array(chars, pa.int32()),
            pa.FixedSizeListArray.from_arrays(flat, params.num_perm),
        ],
        schema=pa.schema([schema.field(name) for name in TEXT_COLUMNS]),
    )


def reuse_positions(
    ids: pa.Array | pa.ChunkedArray, digests: pa.Array | pa.ChunkedArray, known: pa.Table | None
) -> np.ndarray:
    """Per article, the row of `known` with the same article_id and body digest, else -1."""
    reuse = np.full(len(ids), -1, dtype=np.int64)
    if known is None or not known.num_rows:
        return reuse
    value_set = known["article_id"].combine_chunks()
    at = pc.fill_null(pc.index_in(ids, value_set=value_set), -1).to_numpy().astype(np.int64)
    rows = np.flatnonzero(at >= 0)
    same = known["body_digest"].to_numpy()[at[rows]] == digests.to_numpy()[rows]
    reuse[rows[same]] = at[rows[same]]
    return reuse


def signatures(articles: pa.Table, params: DedupParams, known: pa.Table | None = None) -> pa.Table:
    """Stage function (per shard): one signature row per article.

    `known` holds earlier signature rows (any order, any subset); a row whose article_id and
    body_digest match is reused instead of recomputed, so the result is the same either way.
    """
    bodies = articles["body"].to_pylist()
    digests = body_digests(bodies)
    ids = articles["article_id"].combine_chunks()
    n = len(bodies)
    reuse = reuse_positions(ids, digests, known)
    fresh = np.flatnonzero(reuse < 0)
    text = text_signatures([bodies[i] for i in fresh], params)
    if len(fresh) < n:
        kept = np.flatnonzero(reuse >= 0)
        old_text = known.select(list(TEXT_COLUMNS)).take(reuse[kept])  # type: ignore[union-attr]
        text = pa.concat_tables([text, old_text.cast(text.schema)])
        position = np.empty(n, dtype=np.int64)
        position[np.concatenate([fresh, kept])] = np.arange(n)
        text = text.take(position)
    flags = pc.list_value_length(articles["quality_flags"]).to_numpy(zero_copy_only=False)
    columns = {
        "article_id": ids,
        "body_digest": digests,
        "completeness": pa.array(provenance_points(articles), pa.int8()),
        "n_flags": pa.array(flags, pa.int16()),
        **{name: text[name].combine_chunks() for name in TEXT_COLUMNS},
    }
    schema = signature_schema(params.num_perm)
    return pa.Table.from_arrays([columns[f.name] for f in schema], schema=schema)


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


def candidate_pairs(minhash: np.ndarray, params: DedupParams) -> set[tuple[int, int]]:
    """LSH: rows whose signatures agree on every value of some band become candidates."""
    pairs: set[tuple[int, int]] = set()
    n = minhash.shape[0]
    if n < 2:
        return pairs
    rng = np.random.default_rng(params.seed)
    multipliers = rng.integers(1, 2**63, size=params.rows, dtype=np.uint64) | np.uint64(1)
    for band in range(params.bands):
        block = minhash[:, band * params.rows : (band + 1) * params.rows].astype(np.uint64)
        keys = (block * multipliers).sum(axis=1)  # wraps modulo 2**64: a band hash
        order = np.argsort(keys, kind="stable")
        sorted_keys = keys[order]
        breaks = np.flatnonzero(np.diff(sorted_keys)) + 1
        for group in np.split(order, breaks):
            if len(group) < 2:
                continue
            members = np.sort(group)
            if len(members) <= 50:
                pairs.update(
                    (int(a), int(b)) for i, a in enumerate(members) for b in members[i + 1 :]
                )
            else:  # a big bucket: link every member to its first, verification decides
                pairs.update((int(members[0]), int(b)) for b in members[1:])
    return pairs


@dataclass(frozen=True)
class Match:
    similarity: float
    method: str


def compare(a: set[str], b: set[str], params: DedupParams) -> Match | None:
    """Verified similarity of two shingle sets, or None if they are not copies."""
    if not a or not b:
        return None
    inter = len(a & b)
    jaccard = inter / len(a | b)
    if jaccard >= params.jaccard_threshold:
        return Match(round(jaccard, 6), "near")
    small = min(len(a), len(b))
    containment = inter / small
    if small >= params.min_shingles and containment >= params.containment_threshold:
        return Match(round(containment, 6), "containment")
    return None


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def assign(sigs: pa.Table, bodies: Mapping[str, str], params: DedupParams) -> pa.Table:
    """Cluster assignment per article: cluster_id, duplicate_of, similarity, method.

    `bodies` maps article_id to body for (at least) every article in a candidate pair.
    """
    n = sigs.num_rows
    ids = sigs["article_id"].to_pylist()
    rank = np.empty(n, dtype=np.int64)
    rank[canonical_order(sigs)] = np.arange(n)
    exact_keys = sigs["exact_key"].to_pylist()
    exact_groups: dict[str, list[int]] = defaultdict(list)
    for i, key in enumerate(exact_keys):
        exact_groups[key].append(i)
    # One representative per exact group goes into LSH; its copies follow it.
    reps = np.array(
        sorted(min(g, key=lambda i: rank[i]) for g in exact_groups.values()), dtype=np.int64
    )
    minhash = sigs["minhash"].combine_chunks().flatten().to_numpy().reshape(n, params.num_perm)
    usable = reps[sigs["n_shingles"].to_numpy()[reps] > 0] if len(reps) else reps
    cache: dict[int, set[str]] = {}

    def grams(i: int) -> set[str]:
        if i not in cache:
            cache[i] = set(shingles(bodies[ids[i]], params.shingle_size))
        return cache[i]

    verified: dict[tuple[int, int], Match] = {}
    for a, b in sorted(candidate_pairs(minhash[usable], params)):
        i, j = int(usable[a]), int(usable[b])
        found = compare(grams(i), grams(j), params)
        if found:
            verified[(min(i, j), max(i, j))] = found

    uf = _UnionFind(n)
    for group in exact_groups.values():
        for i in group[1:]:
            uf.union(group[0], i)
    for i, j in verified:
        uf.union(i, j)
    components: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        components[uf.find(i)].append(i)

    cluster = list(ids)
    duplicate_of: list[str | None] = [None] * n
    similarity: list[float | None] = [None] * n
    method: list[str | None] = [None] * n
    pending = [sorted(c, key=lambda i: rank[i]) for c in components.values() if len(c) > 1]
    while pending:
        members = pending.pop()
        canonical = members[0]
        detached = []
        for m in members[1:]:
            if exact_keys[m] == exact_keys[canonical]:
                match: Match | None = Match(1.0, "exact")
            else:
                match = verified.get((min(m, canonical), max(m, canonical))) or compare(
                    grams(m), grams(canonical), params
                )
            if match is None:
                detached.append(m)
                continue
            cluster[m] = ids[canonical]
            duplicate_of[m] = ids[canonical]
            similarity[m] = match.similarity
            method[m] = match.method
        pending.extend(_regroup(detached, exact_keys, verified, rank))
    return pa.table(
        {
            "article_id": pa.array(ids, pa.string()),
            "cluster_id": pa.array(cluster, pa.string()),
            "duplicate_of": pa.array(duplicate_of, pa.string()),
            "similarity": pa.array(similarity, pa.float64()),
            "method": pa.array(method, pa.string()),
        }
    )


def _regroup(
    members: Iterable[int],
    exact_keys: list[str],
    verified: Mapping[tuple[int, int], Match],
    rank: np.ndarray,
) -> list[list[int]]:
    """Members cut loose from a chain form their own clusters from the pairs among them."""
    members = list(members)
    if len(members) < 2:
        return []
    index = {m: k for k, m in enumerate(members)}
    uf = _UnionFind(len(members))
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


def split(articles: pa.Table, assignment: pa.Table) -> tuple[pa.Table, pa.Table]:
    """Apply an assignment: (canonical articles, duplicates), both in the article schema."""
    by_id = dict(zip(assignment["article_id"].to_pylist(), range(assignment.num_rows), strict=True))
    order = pa.array([by_id[a] for a in articles["article_id"].to_pylist()], pa.int64())
    picked = assignment.take(order)
    table = articles
    for name in ("cluster_id", "duplicate_of", "similarity", "method"):
        table = table.set_column(table.schema.get_field_index(name), name, picked[name])
    table = table.cast(ARTICLE_SCHEMA)
    is_copy = pc.is_valid(table["duplicate_of"])
    return table.filter(pc.invert(is_copy)), table.filter(is_copy)
