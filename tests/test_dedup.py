"""Exact, near and containment copies; the canonical rule; the chaining guard."""

from __future__ import annotations

import array
import random

import numpy as np
import pyarrow as pa
import pyarrow.compute
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import dedup
from pipeline.config import DedupParams
from pipeline.dedup_lsh import minhash_matrix
from pipeline.parse import PARSED_SCHEMA
from schemas import ARTICLE_SCHEMA

P = DedupParams()
WORDS = [
    "council",
    "budget",
    "river",
    "bridge",
    "school",
    "harbour",
    "mayor",
    "vote",
    "plan",
    "road",
    "tax",
    "park",
    "train",
    "station",
    "water",
    "power",
    "storm",
    "court",
    "police",
    "hospital",
    "market",
    "farm",
    "factory",
    "union",
]


def story(seed: int, n: int = 180) -> str:
    rng = random.Random(seed)
    sentences = [
        " ".join(rng.choice(WORDS) for _ in range(12)).capitalize() + "." for _ in range(n // 12)
    ]
    return "\n\n".join(" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3))


def article(aid: str, body: str, **extra) -> dict:
    base = {
        "article_id": aid.ljust(24, "0"),
        "source_uri": f"{aid}.txt",
        "source_sha256": "0" * 64,
        "batch": "b",
        "url": None,
        "title": "T",
        "body": body,
        "dateline_place": None,
        "reporters": [],
        "outlet": None,
        "publisher": None,
        "published": None,
        "meta_authors": [],
        "meta_published": None,
        "media": [],
        "boilerplate": [],
        "line_roles": [],
        "quality_flags": [],
        "encoding": "utf-8",
        "language": "en",
        "cluster_id": aid.ljust(24, "0"),
        "duplicate_of": None,
        "similarity": None,
        "method": None,
    }
    base.update(extra)
    return base


def run(rows: list[dict]) -> dict[str, dict]:
    table = pa.Table.from_pylist(rows, schema=ARTICLE_SCHEMA)
    sigs = dedup.signatures(table, P)
    assignment = dedup.assign(sigs, dedup.from_bodies(table["body"].to_pylist(), P.shingle_size), P)
    kept, copies = dedup.split(table, assignment)
    assert kept.num_rows + copies.num_rows == len(rows)
    out = {r["article_id"][:4]: r for r in kept.to_pylist() + copies.to_pylist()}
    return {
        k: {
            "of": (v["duplicate_of"] or "")[:4] or None,
            "method": v["method"],
            "cluster": v["cluster_id"][:4],
            "sim": v["similarity"],
        }
        for k, v in out.items()
    }


def test_exact_copies_after_case_quote_and_space_folding():
    body = story(1)
    twin = body.upper().replace(".", ".  ").replace("'", "’")
    got = run([article("aaaa", body), article("bbbb", twin)])
    assert got["bbbb"] == {"of": "aaaa", "method": "exact", "cluster": "aaaa", "sim": 1.0}
    assert got["aaaa"]["of"] is None and got["aaaa"]["cluster"] == "aaaa"


def test_near_copy_with_a_dropped_paragraph_and_a_truncated_copy():
    body = story(2, 400)
    paragraphs = body.split("\n\n")
    near = "\n\n".join(paragraphs[:3] + paragraphs[4:])
    truncated = body[: int(len(body) * 0.46)]  # Jaccard ~0.45: only containment
    got = run([article("full", body), article("near", near), article("half", truncated)])
    assert got["near"]["of"] == "full" and got["near"]["method"] == "near"
    assert got["half"]["of"] == "full" and got["half"]["method"] == "containment"
    assert got["half"]["sim"] >= P.containment_threshold


def test_assign_frees_the_signatures_before_reading_shingles(monkeypatch):
    # Memory at 1M articles: the table (384 bytes of MinHash a row) is freed, and Arrow's
    # pool hands its unused pages back, before the shingles of the candidate pairs are held.
    import weakref

    released = []

    class Pool:
        def release_unused(self) -> None:
            released.append(True)

    monkeypatch.setattr(pa, "default_memory_pool", Pool)
    body = story(2, 400)
    near = "\n\n".join(body.split("\n\n")[1:])
    table = pa.Table.from_pylist(
        [article("full", body), article("near", near)], schema=ARTICLE_SCHEMA
    )
    read_bodies = dedup.from_bodies(table["body"].to_pylist(), P.shingle_size)
    table_ref = []
    seen_at_read = []

    def signatures() -> pa.Table:
        sigs = dedup.signatures(table, P)
        table_ref.append(weakref.ref(sigs))
        return sigs

    def read(rows):
        seen_at_read.append((table_ref[0]() is None, bool(released)))
        return read_bodies(rows)

    assignment = dedup.assign(signatures(), read, P)
    assert assignment["duplicate_of"].to_pylist()[1] is not None  # verified: `read` ran
    assert seen_at_read and all(gone and freed for gone, freed in seen_at_read)


def test_different_stories_stay_apart():
    got = run([article(f"s{i:03d}", story(100 + i)) for i in range(30)])
    assert all(v["of"] is None for v in got.values())


def test_template_reports_are_not_duplicates():
    template = "{co} said first quarter net shr {a} cts vs {b} cts, net {c} mln vs {d} mln."
    rows = [
        article(
            f"t{i:03d}", template.format(co=f"Company{i} Inc", a=i, b=i + 3, c=i * 7, d=i * 5 + 1)
        )
        for i in range(20)
    ]
    assert all(v["of"] is None for v in run(rows).values())


def test_canonical_is_the_copy_with_most_provenance_then_fewest_flags():
    body = story(3)
    got = run(
        [
            article("0aaa", body, quality_flags=["glued_words"]),
            article("0bbb", body + " Extra closing line to make it longer than the others."),
            article("zzzz", body, reporters=["Ann Lee"], outlet="Reuters"),
        ]
    )
    assert got["zzzz"]["of"] is None
    assert got["0aaa"]["of"] == "zzzz" and got["0bbb"]["of"] == "zzzz"


def test_canonical_choice_does_not_depend_on_input_order():
    body = story(4)
    rows = [article(f"c{i:03d}", body if i % 2 else body + " More.") for i in range(12)]
    forward = run(rows)
    backward = run(list(reversed(rows)))
    assert forward == backward


def test_chain_guard_detaches_members_unlike_the_canonical():
    a = story(5, 300)
    words_a = a.split()
    c = story(6, 300)
    # b is half a + half c, so a~b and b~c (containment) but a is unlike c.
    b = " ".join(words_a[: len(words_a) // 2]) + " " + " ".join(c.split()[: len(words_a) // 2])
    got = run(
        [
            article("aaaa", a, reporters=["Ann Lee"], outlet="AP"),
            article("bbbb", b),
            article("cccc", c),
        ]
    )
    assert got["cccc"]["of"] != "aaaa"
    linked = [k for k, v in got.items() if v["of"]]
    for k in linked:
        assert got[k]["cluster"] == got[k]["of"]


def test_signature_schema_has_fixed_width_minhash():
    table = pa.Table.from_pylist([article("aaaa", story(7))], schema=ARTICLE_SCHEMA)
    sigs = dedup.signatures(table, P)
    assert sigs.schema.field("minhash").type == pa.binary(2 * P.num_perm)
    assert PARSED_SCHEMA.names == ARTICLE_SCHEMA.names  # no raw text: validate reads it


def test_bulk_signatures_equal_one_sketch_per_document():
    from rensa import RMinHash

    from pipeline.dedup_shingles import hash_texts

    bodies = [story(8), story(9), "", "two words"]
    table = pa.Table.from_pylist(
        [article(f"d{i:03d}", b) for i, b in enumerate(bodies)], schema=ARTICLE_SCHEMA
    )
    sigs = dedup.signatures(table, P)
    grams = hash_texts(bodies, P.shingle_size)
    for i, row in enumerate(sigs.to_pylist()):
        sketch = RMinHash(num_perm=P.num_perm, seed=P.seed)
        matrix = sketch.digest_matrix_from_token_hash_sets(
            [grams.of(i).tolist()], P.num_perm, P.seed
        )
        expected = [v & 0xFFFF for v in matrix.to_rows()[0]]
        assert list(array.array("H", row["minhash"])) == expected  # little-endian uint16
        assert row["n_shingles"] == len(grams.of(i))
    assert [r["n_shingles"] for r in sigs.to_pylist()][2:] == [0, 1]


def test_candidate_pairs_are_sorted_row_pairs_of_the_given_rows():
    table = pa.Table.from_pylist(
        [article("aaaa", story(20)), article("bbbb", story(21)), article("cccc", story(20))],
        schema=ARTICLE_SCHEMA,
    )
    minhash = minhash_matrix(dedup.signatures(table, P)["minhash"], P.num_perm)
    assert dedup.candidate_pairs(minhash, P).tolist() == [[0, 2]]
    assert dedup.candidate_pairs(minhash, P, np.array([1, 2])).tolist() == []


def test_bodies_are_read_only_for_articles_in_candidate_pairs():
    rows = [article(f"s{i:03d}", story(200 + i)) for i in range(20)]
    rows += [article("copy", story(200) + " Copied.")]
    table = pa.Table.from_pylist(rows, schema=ARTICLE_SCHEMA)
    serve = dedup.from_bodies(table["body"].to_pylist(), P.shingle_size)
    asked: list[list[int]] = []

    def read(rows):
        asked.append(rows.tolist())
        return serve(rows)

    assignment = dedup.assign(dedup.signatures(table, P), read, P)
    copies = assignment.filter(pa.compute.is_valid(assignment["duplicate_of"])).to_pylist()
    assert [(r["article_id"][:4], r["duplicate_of"][:4]) for r in copies] == [("s000", "copy")]
    assert asked == [[0, 20]]  # s000 and the copy; the chaining guard needs nothing more


def test_verifying_in_small_chunks_gives_the_same_clusters(monkeypatch):
    from pipeline import dedup_cluster

    body = story(30, 300)
    rows = [article(f"k{i:03d}", body[: len(body) * (60 + i) // 100]) for i in range(12)]
    rows += [article(f"o{i:03d}", story(40 + i)) for i in range(6)]
    whole = run(rows)
    monkeypatch.setattr(dedup_cluster, "_VERIFY_SHINGLES", 1)  # one pair per chunk
    assert run(rows) == whole
    assert sum(v["of"] is not None for v in whole.values()) == 11


def test_estimate_prefilter_drops_only_pairs_far_below_what_could_pass():
    from pipeline.dedup_cluster import plausible

    rng = np.random.default_rng(0)
    base = rng.integers(0, 2**16, size=P.num_perm, dtype=np.uint16)

    def sharing(share: float) -> np.ndarray:
        other = base.copy()
        other[round(share * P.num_perm) :] ^= np.uint16(1)  # differ from here on
        return other

    minhash = np.stack([base, sharing(0.10), sharing(0.20), sharing(0.05)])
    sizes = np.array([1000, 1000, 1000, 100])
    pairs = np.array([[0, 1], [0, 2], [0, 3]])
    # Equal lengths: a containment match implies J >= 1/3, so 0.10 is > 0.15 below it and
    # goes; 0.20 stays. The 100-shingle text could sit inside the 1,000-shingle one with
    # J ~ 0.05, so an estimate of 0.05 is kept.
    assert plausible(pairs, minhash, sizes, P).tolist() == [False, True, True]
    everything = DedupParams(prefilter_margin=1.0)
    assert plausible(pairs, minhash, sizes, everything).all()


def test_estimate_prefilter_skips_stories_sharing_a_paragraph_and_changes_no_cluster():
    shared = story(99, 90)  # one paragraph quoted by 20 different stories: LSH candidates
    rows = [article(f"n{i:03d}", story(70 + i, 270) + "\n\n" + shared) for i in range(20)]
    body = story(50, 300)
    rows += [article(f"t{i:03d}", body[: len(body) * (45 + 5 * i) // 100]) for i in range(10)]
    rows += [article("xact", body.upper())]
    table = pa.Table.from_pylist(rows, schema=ARTICLE_SCHEMA)
    sigs = dedup.signatures(table, P)
    read = dedup.from_bodies(table["body"].to_pylist(), P.shingle_size)
    filtered = dedup.assign(sigs, read, P)
    everything = dedup.assign(sigs, read, DedupParams(prefilter_margin=1.0))
    assert filtered.equals(everything)  # same clusters, canonicals and similarities
    stats = {k.decode(): int(v) for k, v in filtered.schema.metadata.items()}
    assert stats["estimate_dropped_pairs"] >= 40  # the paragraph-sharing pairs, unread
    assert int(everything.schema.metadata[b"estimate_dropped_pairs"]) == 0
    assert sum(d is not None for d in filtered["duplicate_of"].to_pylist()) == 10


def reference_candidate_pairs(minhash: np.ndarray, params: DedupParams) -> list[list[int]]:
    """LSH by the book: a dict of buckets per band (the slow, obvious way)."""
    pairs: set[tuple[int, int]] = set()
    for band in range(params.bands):
        buckets: dict[tuple[int, ...], list[int]] = {}
        for row in range(len(minhash)):
            key = tuple(minhash[row, band * params.rows : (band + 1) * params.rows].tolist())
            buckets.setdefault(key, []).append(row)
        for members in buckets.values():
            if len(members) <= 50:
                pairs.update((a, b) for k, a in enumerate(members) for b in members[k + 1 :])
            else:
                pairs.update((members[0], b) for b in members[1:])
    return [list(p) for p in sorted(pairs)]


@given(
    st.integers(2, 160),  # rows
    st.integers(1, 4),  # distinct values per position: few values, big buckets
    st.integers(0, 2**32 - 1),
)
@settings(max_examples=40, deadline=None)
def test_candidate_pairs_equal_bucket_by_bucket_lsh(n: int, values: int, seed: int):
    params = DedupParams(num_perm=12, bands=4, rows=3)
    rng = np.random.default_rng(seed)
    minhash = rng.integers(0, values, size=(n, params.num_perm)).astype(np.uint16)
    got = dedup.candidate_pairs(minhash, params).tolist()
    assert got == reference_candidate_pairs(minhash, params)
