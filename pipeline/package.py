"""Package stage: the published dataset folder (Parquet + metrics) and its accounting.

Rows are sorted by (outlet, published, article_id) so row-group statistics prune well and so
the bytes are the same on every rebuild; Parquet options are pinned in `storage`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

import pipeline
from pipeline.config import Params
from pipeline.storage import part_name, write_json, write_parquet
from schemas import ARTICLE_SCHEMA, REJECT_SCHEMA, SCHEMA_VERSION

ROWS_PER_FILE = 500_000
ROW_GROUP_ROWS = 32_768


@dataclass(frozen=True)
class Accounting:
    """Every input record ends in exactly one of articles, duplicates, rejects."""

    inputs: int
    articles: int
    duplicates: int
    rejects: int
    reasons: dict[str, int]

    @property
    def balanced(self) -> bool:
        return self.inputs == self.articles + self.duplicates + self.rejects


class AccountingError(RuntimeError):
    """Records were lost or invented between ingest and package: a pipeline bug."""


def sort_articles(table: pa.Table) -> pa.Table:
    keys = [
        ("outlet", "ascending", "at_end"),
        ("published", "ascending", "at_end"),
        ("article_id", "ascending", "at_end"),
    ]
    return table.take(pc.sort_indices(table, sort_keys=keys))


def sort_rejects(table: pa.Table) -> pa.Table:
    keys = [("stage", "ascending"), ("source_uri", "ascending")]
    return table.take(pc.sort_indices(table, sort_keys=keys))


def with_metadata(schema: pa.Schema, params: Params, table_name: str) -> pa.Schema:
    return schema.with_metadata(
        {
            "copydesk.table": table_name,
            "copydesk.schema_version": SCHEMA_VERSION,
            "copydesk.dataset_name": params.dataset.name,
            "copydesk.dataset_version": params.dataset.version,
            "copydesk.version": pipeline.__version__,
            "copydesk.params_hash": params.digest(),
            "description": params.dataset.description,
        }
    )


def write_table(table: pa.Table, folder: Path, schema: pa.Schema) -> list[str]:
    """Write a table as a few large part files (always at least one, even when empty)."""
    table = table.cast(schema)
    names = []
    for index, start in enumerate(range(0, max(table.num_rows, 1), ROWS_PER_FILE)):
        name = part_name(index)
        write_parquet(table.slice(start, ROWS_PER_FILE), folder / name, ROW_GROUP_ROWS)
        names.append(name)
    return names


def account(inputs: int, articles: pa.Table, duplicates: pa.Table, rejects: pa.Table) -> Accounting:
    reasons = Counter(
        f"{s}:{r}"
        for s, r in zip(rejects["stage"].to_pylist(), rejects["reason"].to_pylist(), strict=True)
    )
    return Accounting(
        inputs,
        articles.num_rows,
        duplicates.num_rows,
        rejects.num_rows,
        dict(sorted(reasons.items())),
    )


def metrics(acc: Accounting, articles: pa.Table, duplicates: pa.Table) -> dict:
    """Counts, rates and field coverage for `dvc metrics show`."""
    accepted = acc.articles + acc.duplicates
    n = max(acc.articles, 1)

    def share(mask: pa.ChunkedArray) -> float:
        return round(pc.sum(mask.cast(pa.int64())).as_py() / n, 4) if acc.articles else 0.0

    credited = [any(m["credit"] for m in media) for media in articles["media"].to_pylist()]
    methods = Counter(duplicates["method"].to_pylist())
    return {
        "counts": {
            "inputs": acc.inputs,
            "articles": acc.articles,
            "duplicates": acc.duplicates,
            "rejects": acc.rejects,
        },
        "rates": {
            "reject_rate": round(acc.rejects / acc.inputs, 4) if acc.inputs else 0.0,
            "duplicate_rate": round(acc.duplicates / accepted, 4) if accepted else 0.0,
        },
        "rejects_by_reason": acc.reasons,
        "duplicates_by_method": dict(sorted(methods.items())),
        "coverage": {
            "reporters": share(pc.greater(pc.list_value_length(articles["reporters"]), 0)),
            "outlet": share(pc.is_valid(articles["outlet"])),
            "dateline_place": share(pc.is_valid(articles["dateline_place"])),
            "published": share(pc.is_valid(articles["published"])),
            "credits": round(sum(credited) / n, 4) if acc.articles else 0.0,
            "language": share(pc.is_valid(articles["language"])),
        },
    }


def package(
    inputs: int,
    articles: pa.Table,
    duplicates: pa.Table,
    rejects: pa.Table,
    out: Path,
    params: Params,
) -> Accounting:
    """Write the dataset folder `out` (already a scratch folder: the caller swaps it in)."""
    acc = account(inputs, articles, duplicates, rejects)
    if not acc.balanced:
        raise AccountingError(
            f"{acc.inputs} inputs but {acc.articles} articles + {acc.duplicates} duplicates "
            f"+ {acc.rejects} rejects = {acc.articles + acc.duplicates + acc.rejects}"
        )
    article_schema = with_metadata(ARTICLE_SCHEMA, params, "articles")
    write_table(sort_articles(articles), out / "articles", article_schema)
    write_table(
        sort_articles(duplicates),
        out / "duplicates",
        with_metadata(ARTICLE_SCHEMA, params, "duplicates"),
    )
    write_table(
        sort_rejects(rejects), out / "rejects", with_metadata(REJECT_SCHEMA, params, "rejects")
    )
    write_json(metrics(acc, articles, duplicates), out / "metrics.json")
    return acc
