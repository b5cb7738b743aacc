"""Package stage: the published dataset folder and its accounting.

The folder holds a few large Parquet shards per table plus the files that make it explain
itself: `README.md` (dataset card), `croissant.json`, `metrics.json`, `plots/*.csv` and
`report.html`. Rows are sorted by (outlet, published, article_id) so row-group statistics
prune well; every file is a pure function of the tables and params, so a rebuild gives the
same bytes (Parquet options are pinned in `storage`, pyarrow in pyproject.toml).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

import pipeline
from pipeline import card, croissant, figures, html_report
from pipeline.config import Params
from pipeline.engine import Engine
from pipeline.external_sort import write_sorted
from pipeline.storage import part_name, write_json, write_parquet
from pipeline.summary import TABLE_DESCRIPTIONS, Summary
from schemas import ARTICLE_SCHEMA, REJECT_SCHEMA, SCHEMA_VERSION

# Row groups of ~128 MiB of values (HF and DuckDB read ~100 MB groups well); a file holds up
# to 4 of them (~512 MiB of values, ~150 MB of zstd), so a table is a few large shards rather
# than a file per article, and the package stage holds at most one file's rows in memory.
ROW_GROUP_BYTES = 128 * 2**20
ROW_GROUPS_PER_FILE = 4
MAX_ROW_GROUP_ROWS = 1_048_576
# Low-cardinality columns (Parquet paths): dictionary pages shrink them and speed filters.
ARTICLE_DICTIONARY = [
    "batch",
    "outlet",
    "publisher",
    "encoding",
    "language",
    "method",
    "media.list.element.kind",
    "media.list.element.agencies.list.element",
    "boilerplate.list.element.rule",
    "line_roles.list.element",
    "quality_flags.list.element",
]
REJECT_DICTIONARY = ["batch", "stage", "reason"]


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


ARTICLE_ORDER = [
    ("outlet", "ascending", "at_end"),
    ("published", "ascending", "at_end"),
    ("article_id", "ascending", "at_end"),
]
REJECT_ORDER = [("stage", "ascending"), ("source_uri", "ascending")]
# What the metrics read of articles and duplicates: everything but the texts.
METRIC_COLUMNS = [
    "reporters",
    "outlet",
    "publisher",
    "dateline_place",
    "published",
    "media",
    "language",
    "method",
    "cluster_id",
]


def sort_rejects(table: pa.Table) -> pa.Table:
    return table.take(pc.sort_indices(table, sort_keys=REJECT_ORDER))


def with_metadata(schema: pa.Schema, params: Params, table_name: str) -> pa.Schema:
    return schema.with_metadata(
        {
            "copydesk.table": table_name,
            "copydesk.table_description": TABLE_DESCRIPTIONS[table_name],
            "copydesk.schema_version": SCHEMA_VERSION,
            "copydesk.dataset_name": params.dataset.name,
            "copydesk.dataset_version": params.dataset.version,
            "copydesk.version": pipeline.__version__,
            "copydesk.params_hash": params.digest(),
            "copydesk.license": params.dataset.license,
            "description": params.dataset.description,
        }
    )


def value_bytes(data: pa.ChunkedArray | pa.Array) -> int:
    """Uncompressed size of the values, the same however the table happens to be chunked.

    `Table.nbytes` counts buffers (validity bitmaps, offsets) per chunk, so it would change
    with the worker count and break byte-identical rebuilds.
    """
    if isinstance(data, pa.ChunkedArray):
        return sum(value_bytes(chunk) for chunk in data.chunks)
    kind = data.type
    if pa.types.is_string(kind) or pa.types.is_binary(kind):
        return int(pc.sum(pc.binary_length(data)).as_py() or 0) + 4 * len(data)
    if pa.types.is_list(kind):
        return value_bytes(data.flatten()) + 4 * len(data)
    if pa.types.is_struct(kind):
        return sum(value_bytes(child) for child in data.flatten())
    return max(kind.bit_width // 8, 1) * len(data)


def rows_per_group(table: pa.Table) -> int:
    """Rows that make a row group of about ROW_GROUP_BYTES, from the average row size."""
    return group_rows(table.num_rows, sum(value_bytes(c) for c in table.columns))


def group_rows(rows: int, total_bytes: int) -> int:
    if not rows:
        return MAX_ROW_GROUP_ROWS
    row = max(1, -(-total_bytes // rows))
    return max(1, min(MAX_ROW_GROUP_ROWS, ROW_GROUP_BYTES // row))


def write_table(
    table: pa.Table, folder: Path, schema: pa.Schema, dictionary: list[str], level: int
) -> list[str]:
    """Write a table as a few large part files (always at least one, even when empty)."""
    table = table.cast(schema)
    group = rows_per_group(table)
    per_file = group * ROW_GROUPS_PER_FILE
    names = []
    for index, start in enumerate(range(0, max(table.num_rows, 1), per_file)):
        name = part_name(index)
        write_parquet(table.slice(start, per_file), folder / name, group, dictionary, level)
        names.append(name)
    return names


def account(inputs: int, articles: int, duplicates: int, rejects: pa.Table) -> Accounting:
    reasons = Counter(
        f"{s}:{r}"
        for s, r in zip(rejects["stage"].to_pylist(), rejects["reason"].to_pylist(), strict=True)
    )
    return Accounting(inputs, articles, duplicates, rejects.num_rows, dict(sorted(reasons.items())))


def read_columns(parts: list[Path], columns: list[str]) -> pa.Table:
    """Some columns of a table's parts, in part order."""
    schema = pa.schema([ARTICLE_SCHEMA.field(c) for c in columns])
    tables = [pq.read_table(p, columns=columns, schema=ARTICLE_SCHEMA) for p in parts]
    return pa.concat_tables(tables).cast(schema) if tables else schema.empty_table()


def count_rows(parts: list[Path]) -> int:
    return sum(pq.read_metadata(p).num_rows for p in parts)


def metrics(acc: Accounting, articles: pa.Table, duplicates: pa.Table) -> dict:
    """Counts, rates and field coverage for `dvc metrics show`."""
    accepted = acc.articles + acc.duplicates
    n = max(acc.articles, 1)

    def share(mask: pa.ChunkedArray) -> float:
        return round(pc.sum(mask.cast(pa.int64())).as_py() / n, 4) if acc.articles else 0.0

    def rate(count: int, total: int) -> float:
        return round(count / total, 4) if total else 0.0

    credited = [any(m["credit"] for m in media) for media in articles["media"].to_pylist()]
    methods = dict(sorted(Counter(duplicates["method"].to_pylist()).items()))
    outlets = set(articles["outlet"].to_pylist()) | set(duplicates["outlet"].to_pylist())
    return {
        "counts": {
            "inputs": acc.inputs,
            "articles": acc.articles,
            "duplicates": acc.duplicates,
            "rejects": acc.rejects,
            "clusters_with_copies": len(set(duplicates["cluster_id"].to_pylist())),
            "outlets": len(outlets - {None}),
        },
        "rates": {
            "reject_rate": rate(acc.rejects, acc.inputs),
            "duplicate_rate": rate(acc.duplicates, accepted),
        },
        "rejects_by_reason": acc.reasons,
        "reject_rate_by_reason": {r: rate(c, acc.inputs) for r, c in acc.reasons.items()},
        "duplicates_by_method": methods,
        "duplicate_rate_by_method": {m: rate(c, accepted) for m, c in methods.items()},
        "coverage": {
            "reporters": share(pc.greater(pc.list_value_length(articles["reporters"]), 0)),
            "outlet": share(pc.is_valid(articles["outlet"])),
            "publisher": share(pc.is_valid(articles["publisher"])),
            "dateline_place": share(pc.is_valid(articles["dateline_place"])),
            "published": share(pc.is_valid(articles["published"])),
            "credits": round(sum(credited) / n, 4) if acc.articles else 0.0,
            "language": share(pc.is_valid(articles["language"])),
        },
    }


def package(
    inputs: int,
    article_parts: list[Path],
    duplicate_parts: list[Path],
    rejects: pa.Table,
    out: Path,
    params: Params,
    engine: Engine | None = None,
) -> Accounting:
    """Write the dataset folder `out` (already a scratch folder: the caller swaps it in).

    Articles and duplicates stream from their part files through an external sort, so
    memory stays bounded by a row group per worker however large the dataset is; `engine`'s
    workers read the parts and write the files of a table larger than one file.
    """
    acc = account(inputs, count_rows(article_parts), count_rows(duplicate_parts), rejects)
    if not acc.balanced:
        raise AccountingError(
            f"{acc.inputs} inputs but {acc.articles} articles + {acc.duplicates} duplicates "
            f"+ {acc.rejects} rejects = {acc.articles + acc.duplicates + acc.rejects}"
        )
    for name, parts in (("articles", article_parts), ("duplicates", duplicate_parts)):
        write_sorted(
            parts,
            out / name,
            with_metadata(ARTICLE_SCHEMA, params, name),
            ARTICLE_ORDER,
            ARTICLE_DICTIONARY,
            group_rows,
            ROW_GROUPS_PER_FILE,
            value_bytes,
            params.package.zstd_level,
            engine,
        )
    rejects_schema = with_metadata(REJECT_SCHEMA, params, "rejects")
    write_table(
        sort_rejects(rejects),
        out / "rejects",
        rejects_schema,
        REJECT_DICTIONARY,
        params.package.zstd_level,
    )
    measured = metrics(
        acc,
        read_columns(article_parts, METRIC_COLUMNS),
        read_columns(duplicate_parts, METRIC_COLUMNS),
    )
    write_json(measured, out / "metrics.json")
    summary = Summary.from_folder(out, params)
    figures.write_plots(summary.figures, out / "plots")
    (out / "README.md").write_bytes(card.render(summary).encode())
    write_json(croissant.build(summary), out / "croissant.json")
    (out / "report.html").write_bytes(html_report.render(summary).encode())
    return acc
