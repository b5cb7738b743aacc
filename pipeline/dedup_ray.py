"""Dedup's global phase as a Ray Data plan: no step collects pairs, edges or shingles.

The steps are the pure ones `dedup_cluster.assign` chains in-process, wrapped per block in
`dedup_blocks` and run around hash group-bys and joins on row numbers (`ray_ops`: every
key's rows meet in one call that works on whole numpy columns):

1. exact groups: group-by exact key; the best-ranked row of each is its representative,
   the others become exact edges;
2. LSH: the representatives' band keys, exploded to (band, key, row), group-by (band, key)
   into pair codes (`dedup_lsh.bucket_pairs`), then a group-by on the code drops repeats;
3. prefilter: pairs join both rows' MinHash signatures and shingle counts, and
   `dedup_cluster.plausible` drops the pairs whose estimate cannot pass;
4. shingles of the rows in the kept pairs or exact groups, per input shard; pairs join them
   on both rows and are verified in batches (`dedup_cluster.verify`);
5. components: large-star / small-star rounds (`dedup_graph`) until nothing moves;
6. members join their node facts, shingles and verified edges, and a group-by on the
   component label resolves each component (`dedup_cluster.resolve`).

Only the copies (row, cluster_id, similarity, method) and counts reach the driver. Ray is
imported lazily: it is an optional extra.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from pipeline import dedup_blocks as blocks
from pipeline.config import DedupParams
from pipeline.dedup_cluster import COPIES_SCHEMA
from pipeline.dedup_graph import MAX_ROUNDS
from pipeline.ray_ops import arrow_map, grouped, join


def _moved(edges: Any) -> int:
    """Rows flagged `moved` in a materialized dataset: a task per block, no Ray Data job."""
    import ray

    count = ray.remote(_count_moved)
    return sum(ray.get([count.remote(block) for block in edges.to_arrow_refs()]))


def _count_moved(block: pa.Table) -> int:
    return int(pc.sum(block["moved"]).as_py() or 0) if block.num_rows else 0


def lsh_pairs(exact: Any, params: DedupParams, n: int, partitions: int) -> Any:
    """Candidate pairs (i, j) of the representatives in `exact` (row, rep, usable, keys)."""
    bands = arrow_map(exact, blocks.band_rows, bands=params.bands)
    codes = grouped(bands, "bucket", blocks.pair_codes, partitions, n=n)
    return grouped(codes, "code", blocks.pairs_of_codes, partitions, n=n).materialize()


def prefilter(candidates: Any, nodes: Any, params: DedupParams, partitions: int) -> Any:
    """The candidate pairs worth an exact check: each pair joins both rows' signatures and
    shingle counts, and `dedup_cluster.plausible` decides, as on the local engine."""
    facts = nodes.select_columns(["row", "minhash", "n_shingles"])
    with_i = join(candidates, facts, "inner", partitions, "i", "row")
    with_i = with_i.rename_columns({"minhash": "mi", "n_shingles": "ni"})
    with_both = join(with_i, facts, "inner", partitions, "j", "row")
    with_both = with_both.rename_columns({"minhash": "mj", "n_shingles": "nj"})
    return arrow_map(with_both, blocks.plausible_pairs, params=params).materialize()


def components(edges: Any, partitions: int) -> Any:
    """(row, label) of every row on an edge: star rounds until no edge moves."""
    for _ in range(MAX_ROUNDS):
        sym = arrow_map(edges, blocks.both_directions)
        edges = grouped(sym, "node", blocks.star, partitions, large=True).materialize()
        moved = _moved(edges)
        oriented = arrow_map(edges, blocks.larger_first)
        edges = grouped(oriented, "node", blocks.star, partitions, large=False).materialize()
        if not moved and not _moved(edges):
            return grouped(
                arrow_map(edges, blocks.label_rows), "row", blocks.smallest_labels, partitions
            )
    raise RuntimeError(f"connected components did not converge in {MAX_ROUNDS} rounds")


def copies(
    data: Any,
    sig_parts: list[Path],
    record_parts: list[Path],
    bounds: list[int],
    params: DedupParams,
    partitions: int,
) -> tuple[pa.Table, dict[str, int]]:
    """The copies (row, cluster_id, similarity, method; by row) and the pair counts, as
    `dedup_cluster.assign` finds them, computed by Ray Data tasks over the shards."""
    n = bounds[-1]
    shards = data.from_items(
        [{"shard": k} for k in range(len(sig_parts))], override_num_blocks=len(sig_parts)
    )
    nodes = shards.map_batches(
        blocks.read_nodes,
        batch_size=1,
        batch_format="pyarrow",
        fn_kwargs={"sig_parts": sig_parts, "bounds": bounds, "params": params},
    ).materialize()
    exact = grouped(nodes, "exact_hash", blocks.exact_groups, partitions).materialize()
    candidates = lsh_pairs(exact, params, n, partitions)
    pairs = prefilter(candidates, nodes, params, partitions)
    exact_edges = arrow_map(exact, blocks.exact_edges).materialize()
    asked = arrow_map(pairs, blocks.rows_of, columns=["i", "j"], bounds=bounds).union(
        arrow_map(exact_edges, blocks.rows_of, columns=["u", "v"], bounds=bounds)
    )
    shingles = (
        asked.groupby("shard")
        .map_groups(
            blocks.shingles_of,
            batch_format="pyarrow",
            fn_kwargs={"parts": record_parts, "bounds": bounds, "size": params.shingle_size},
        )
        .materialize()
    )
    with_i = join(pairs, shingles, "inner", partitions, "i", "row")
    with_i = with_i.rename_columns({"shingles": "si"})
    with_both = join(with_i, shingles, "inner", partitions, "j", "row")
    with_both = with_both.rename_columns({"shingles": "sj"})
    verified = arrow_map(with_both, blocks.verified_pairs, params=params).materialize()

    edges = arrow_map(verified, lambda t: t.select(["i", "j"]).rename_columns(["u", "v"]))
    labels = components(edges.union(exact_edges), partitions)
    facts = nodes.select_columns(["row", *blocks.RANK[:-2], "article_id", "exact_key"])
    members = join(labels, facts, "inner", partitions, "row", "row")
    members = join(members, shingles, "inner", partitions, "row", "row")
    lists = grouped(verified, "i", blocks.edge_lists, partitions)
    members = join(members, lists, "left_outer", partitions, "row", "row")
    found = grouped(members, "label", blocks.resolved_copies, partitions, params=params)
    tables = [t.cast(COPIES_SCHEMA) for t in found.iter_batches(batch_format="pyarrow")]
    table = pa.concat_tables([COPIES_SCHEMA.empty_table(), *tables]).sort_by("row")
    proposed = candidates.count()
    counts = {  # the keys and order of `dedup_cluster.assign`'s counts
        "candidate_pairs": proposed,
        "estimate_dropped_pairs": proposed - pairs.count(),
        "verified_pairs": verified.count(),
    }
    return table, counts
