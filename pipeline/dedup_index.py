"""Signature index: the last run's signatures, reused so a new batch costs only its own.

The index is the dedup stage's signature table kept in a folder of its own (`dedup.index`,
a DVC output with `persist: true`), one Parquet part per input shard. Its schema metadata
records what made it: signature version, shingle size, permutations, seed and the rensa
version (signatures of other rensa versions are not comparable). A run reuses a row when the
article_id is present and the raw body digest is unchanged; every other row is computed, so
the result is byte-identical to a run without an index. An index made with other settings or
that cannot be read is ignored, and the stage says why: it is a cache, never an input.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
from rensa import RMinHash

from pipeline import dedup
from pipeline.config import DedupParams
from pipeline.storage import part_files

META_KEY = b"copydesk.dedup_index"


def index_meta(params: DedupParams) -> dict[str, object]:
    """What decides a signature: two indexes with equal metadata hold comparable rows."""
    return {
        "signature_version": dedup.SIGNATURE_VERSION,
        "shingle_size": params.shingle_size,
        "num_perm": params.num_perm,
        "seed": params.seed,
        "rensa": version("rensa"),
        "rensa_algorithm": int(RMinHash.ALGORITHM_VERSION),
    }


def index_schema(params: DedupParams) -> pa.Schema:
    meta = json.dumps(index_meta(params), sort_keys=True).encode()
    return dedup.signature_schema(params.num_perm).with_metadata({META_KEY: meta})


@dataclass(frozen=True)
class LoadedIndex:
    """The usable rows of a persisted index (None if there are none) and why."""

    table: pa.Table | None
    status: str  # "none" | "absent" | "loaded" | "stale: ..." | "unreadable: ..."

    def rows_for(self, ids: pa.ChunkedArray | pa.Array) -> pa.Table | None:
        """The index rows of these article_ids (None when the index has none of them)."""
        if self.table is None:
            return None
        hit = pc.is_in(self.table["article_id"], value_set=pa.chunked_array(ids).combine_chunks())
        rows = self.table.filter(hit)
        return rows if rows.num_rows else None


def load_index(folder: Path | None, params: DedupParams) -> LoadedIndex:
    """Read the index at `folder` if it exists and was made with the same settings."""
    if folder is None:
        return LoadedIndex(None, "none")
    parts = part_files(folder) if folder.is_dir() else []
    if not parts:
        return LoadedIndex(None, f"absent: no index at {folder} yet, every signature computed")
    expected = index_schema(params)
    want = index_meta(params)
    tables = []
    for part in parts:
        try:
            schema = pq.read_schema(part)
            got = json.loads((schema.metadata or {}).get(META_KEY, b"{}"))
            if got != want:
                diff = sorted(k for k in set(want) | set(got) if got.get(k) != want.get(k))
                return LoadedIndex(
                    None, f"stale: {part} was made with other {', '.join(diff)}; ignored"
                )
            if not schema.equals(expected, check_metadata=False):
                return LoadedIndex(None, f"stale: {part} has other columns; ignored")
            tables.append(pq.read_table(part, schema=expected))
        except (OSError, ValueError, pa.ArrowException) as exc:
            return LoadedIndex(None, f"unreadable: {part}: {exc}; ignored")
    return LoadedIndex(pa.concat_tables(tables), f"loaded: {folder}")


def shard_signatures(
    articles: pa.Table, params: DedupParams, known: pa.Table | None
) -> tuple[pa.Table, int, bool]:
    """Signatures of a shard reusing `known` rows: (table, rows reused, index disagreed).

    One reused row is recomputed as a spot check; if it disagrees (an index written by code
    that normalised differently without bumping SIGNATURE_VERSION) the shard is recomputed.
    """
    schema = index_schema(params)
    if known is not None:
        sigs = dedup.signatures(articles, params, known)
        reused = np.flatnonzero(
            dedup.reuse_positions(sigs["article_id"], sigs["body_digest"], known) >= 0
        )
        if not len(reused):
            return sigs.cast(schema), 0, False
        row = int(reused[0])
        fresh = dedup.text_signatures([articles["body"][row].as_py()], params)
        if all(fresh[c][0] == sigs[c][row] for c in dedup.TEXT_COLUMNS):
            return sigs.cast(schema), len(reused), False
    return dedup.signatures(articles, params).cast(schema), 0, known is not None
