"""Validate stage: check parsed articles against the pandera contract, quarantine failures.

pandera validates a polars DataFrame (not a LazyFrame), so value checks run, not only the
column names and types. Every failing row goes to rejects with all its failed checks.
"""

from __future__ import annotations

import os
from collections import defaultdict

import pandera.errors
import polars as pl
import pyarrow as pa

from schemas import ARTICLE_SCHEMA, REJECT_SCHEMA, ArticleModel

os.environ.setdefault("PANDERA_VALIDATION_DEPTH", "SCHEMA_AND_DATA")
MAX_DETAIL_VALUE = 120


class ContractError(RuntimeError):
    """The table does not even have the contract's columns and types: a pipeline bug."""


class RejectRateExceeded(RuntimeError):
    """More records failed than `validate.max_reject_rate` allows."""


def failures(table: pa.Table) -> dict[int, list[tuple[str, str]]]:
    """Row index to [(check, failing value)] for every value check the row fails."""
    frame = pl.from_arrow(table.select(ARTICLE_SCHEMA.names))
    assert isinstance(frame, pl.DataFrame)
    try:
        ArticleModel.validate(frame, lazy=True)
    except pandera.errors.SchemaErrors as exc:
        cases = exc.failure_cases
        by_row: dict[int, list[tuple[str, str]]] = defaultdict(list)
        for row in cases.iter_rows(named=True):
            if row["index"] is None:
                raise ContractError(
                    f"{row['column']}: {row['check']} ({row['failure_case']})"
                ) from None
            check = f"{row['column']}:{row['check']}"
            by_row[int(row["index"])].append((check, str(row["failure_case"])))
        return dict(by_row)
    return {}


def validate_table(parsed: pa.Table) -> tuple[pa.Table, pa.Table]:
    """Stage function: parsed rows to (valid articles, rejects with the failed checks)."""
    failed = failures(parsed)
    keep = pa.array([i not in failed for i in range(parsed.num_rows)], type=pa.bool_())
    valid = parsed.filter(keep).select(ARTICLE_SCHEMA.names).cast(ARTICLE_SCHEMA)
    rejects = []
    for index in sorted(failed):
        row = parsed.slice(index, 1).to_pylist()[0]
        checks = sorted({check for check, _ in failed[index]})
        detail = "; ".join(
            f"{check} failed on {value[:MAX_DETAIL_VALUE]!r}" for check, value in failed[index]
        )
        flags = row.get("quality_flags") or []
        rejects.append(
            {
                "source_uri": row["source_uri"],
                "source_sha256": row["source_sha256"],
                "batch": row["batch"],
                "stage": "validate",
                "reason": ",".join(checks),
                "detail": detail + (f" (quality flags: {', '.join(flags)})" if flags else ""),
                "raw_text": row.get("text"),
            }
        )
    return valid, pa.Table.from_pylist(rejects, schema=REJECT_SCHEMA)


def check_reject_rate(records_in: int, rejects: int, max_rate: float) -> None:
    if records_in and rejects / records_in > max_rate:
        raise RejectRateExceeded(
            f"{rejects} of {records_in} records failed validation "
            f"({rejects / records_in:.1%} > max_reject_rate {max_rate:.1%})"
        )
