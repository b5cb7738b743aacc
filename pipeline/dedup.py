"""Dedup stage: cluster exact and near-duplicate copies, keep one canonical per cluster.

1. `signatures` (per shard, parallel): a normalised-body hash for exact copies and a MinHash
   signature over word shingles for near copies, plus the facts the canonical rule needs.
2. `candidate_pairs` (global, `dedup_lsh`): LSH banding over the signatures proposes pairs.
3. `assign` (global, `dedup_cluster`): every candidate pair is verified on its real shingle
   sets (Jaccard, and containment for truncated copies); clusters form by union-find, the
   canonical is chosen by a fixed rule, and a member stays only if it is itself similar to
   the canonical (so A~B~C cannot chain an unrelated C into A's cluster).
4. `split`: an assignment applied to a shard: canonical articles and duplicates.
"""

from __future__ import annotations

import array
import hashlib
import itertools

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from rensa import RMinHash

from pipeline.config import DedupParams
from pipeline.dedup_cluster import Match, assign, canonical_order, compare, from_bodies
from pipeline.dedup_lsh import candidate_pairs, minhash_array
from pipeline.dedup_shingles import hash_texts, normalise
from schemas import ARTICLE_SCHEMA

# Bump when anything that decides a signature changes (normalisation, shingles, hashing):
# a persisted index of another version is then recomputed instead of trusted.
SIGNATURE_VERSION = 5

SIGNATURE_FIELDS = [
    ("article_id", pa.string()),
    ("body_digest", pa.uint64()),  # of the raw body: an index row is reused only if it matches
    ("exact_key", pa.binary(16)),
    ("n_shingles", pa.int32()),  # shingle positions (repeats counted); 0: no word at all
    ("completeness", pa.int8()),
    ("n_flags", pa.int16()),
    ("body_chars", pa.int32()),
]
# The article columns a signature row is computed from.
SIGNED_COLUMNS = ("article_id", "body", "reporters", "outlet", "media", "quality_flags")
# The columns derived from the body text alone (the costly part, reusable across runs).
TEXT_COLUMNS = ("exact_key", "n_shingles", "body_chars", "minhash")


def signature_schema(num_perm: int) -> pa.Schema:
    """The signature table; `minhash` is num_perm uint16 values as bytes (`minhash_array`)."""
    return pa.schema([*SIGNATURE_FIELDS, ("minhash", pa.binary(2 * num_perm))])


def body_digests(bodies: pa.Array | pa.ChunkedArray) -> pa.Array:
    """64-bit digest of each raw body: cheap to compute, enough to tell a changed body.

    Hashed from the column's UTF-8 buffer: a Python string per body would be encoded again.
    """
    chunks = bodies.chunks if isinstance(bodies, pa.ChunkedArray) else [bodies]
    digests: list[int] = []
    for chunk in chunks:
        chunk = chunk.cast(pa.large_string())  # int64 offsets, whatever the input type
        if chunk.null_count:
            raise ValueError("body_digests: a body is null")
        _, offsets, data = chunk.buffers()
        ends = np.frombuffer(offsets, np.int64)[chunk.offset : chunk.offset + len(chunk) + 1]
        view = memoryview(data) if data is not None else memoryview(b"")
        digests += [
            int.from_bytes(hashlib.blake2b(view[s:e], digest_size=8).digest(), "little")
            for s, e in zip(ends[:-1].tolist(), ends[1:].tolist(), strict=True)
        ]
    return pa.array(digests, pa.uint64())


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
    text = hash_texts(bodies, params.shingle_size)
    # One rensa call for the whole shard over the precomputed token hashes.
    matrix = RMinHash.digest_matrix_from_flat_token_hashes(
        text.shingles, text.offsets.astype(np.uint64), params.num_perm, params.seed
    )
    # The low 16 bits of each value (b-bit MinHash): unequal minima then agree by chance
    # with probability 2**-16, too rare to matter for LSH, and the table is half the size.
    # Through a flat array('I'): numpy would inspect every nested Python list first.
    flat = array.array("I", itertools.chain.from_iterable(matrix.to_rows()))
    digests = (np.frombuffer(flat, dtype=np.uint32) & 0xFFFF).astype(np.uint16)
    schema = signature_schema(params.num_perm)
    return pa.table(
        [
            pa.array(text.exact, schema.field("exact_key").type),
            pa.array(text.counts(), pa.int32()),
            pa.array(text.chars, pa.int32()),  # normal form: padding and case do not count
            minhash_array(digests.reshape(-1, params.num_perm)),
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
    digests = body_digests(articles["body"])
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


normalise_body = normalise
__all__ = [
    "Match",
    "assign",
    "candidate_pairs",
    "canonical_order",
    "compare",
    "from_bodies",
    "normalise_body",
    "signatures",
    "split",
    "text_signatures",
]
