"""Validate stage: check parsed articles against the pandera contract, quarantine failures.

pandera validates a polars DataFrame (not a LazyFrame), so value checks run, not only the
column names and types. Every failing row goes to rejects with all its failed checks.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

import pandera.errors
import pandera.polars
import polars as pl
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
from pandera.config import ValidationDepth, config_context

from pipeline.storage import read_shard
from schemas import ARTICLE_SCHEMA, REJECT_SCHEMA, ArticleModel

MAX_DETAIL_VALUE = 120


class ContractError(RuntimeError):
    """The table does not even have the contract's columns and types: a pipeline bug."""


class RejectRateExceeded(RuntimeError):
    """More records failed than `validate.max_reject_rate` allows."""


def check_name(column: str, check: str, context: str) -> str:
    """`column:check` without pandera's arguments ('str_length(1, None)' -> 'str_length');
    a row-level check is named `row:check`."""
    bare = check.split("(", 1)[0]
    return f"row:{bare}" if context == "DataFrameSchema" else f"{column}:{bare}"


def failure_cases(frame: pl.DataFrame, model: type[pandera.polars.DataFrameModel]) -> pl.DataFrame:
    """Every failing value as (row, check, value); ContractError if columns or types are off.

    Validates a DataFrame with the depth pinned to SCHEMA_AND_DATA: on a LazyFrame, or with
    PANDERA_VALIDATION_DEPTH=SCHEMA_ONLY in the environment, pandera checks only the schema.
    """
    try:
        with config_context(validation_depth=ValidationDepth.SCHEMA_AND_DATA):
            model.validate(frame, lazy=True)
    except pandera.errors.SchemaErrors as exc:
        cases = exc.failure_cases
        broken = cases.filter(pl.col("index").is_null())
        if broken.height:
            first = broken.row(0, named=True)
            raise ContractError(
                f"{first['column']}: {first['check']} ({first['failure_case']})"
            ) from None
        names = [
            check_name(*case)
            for case in cases.select("column", "check", "schema_context").iter_rows()
        ]
        return pl.DataFrame(
            {
                "row": cases["index"].cast(pl.Int64),
                "check": names,
                "value": cases["failure_case"].cast(pl.Utf8),
            }
        )
    return pl.DataFrame(schema={"row": pl.Int64, "check": pl.Utf8, "value": pl.Utf8})


def failures(table: pa.Table) -> dict[int, list[tuple[str, str]]]:
    """Row index to [(check, failing value)] for every value check the row fails."""
    frame = pl.from_arrow(table.select(ARTICLE_SCHEMA.names))
    assert isinstance(frame, pl.DataFrame)
    by_row: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for row, check, value in failure_cases(frame, ArticleModel).iter_rows():
        by_row[int(row)].append((check, str(value)))
    return dict(by_row)


def validate_table(parsed: pa.Table, raw: pa.Table | None = None) -> tuple[pa.Table, pa.Table]:
    """Stage function: parsed rows to (valid articles, rejects with the failed checks).

    A reject keeps its raw text, matched by article_id in `raw` (ingested records: at least
    article_id and text); without `raw`, from a `text` column of `parsed` if it has one.
    """
    failed = failures(parsed)
    source = raw if raw is not None else parsed if "text" in parsed.column_names else None
    texts = _texts_of(source, parsed, failed) if source is not None and failed else {}
    return _split(parsed, failed, texts)


def validate_shard(source: Path, raw: Path) -> tuple[int, pa.Table, pa.Table]:
    """`validate_table` of a parsed shard file: (rows, valid articles, rejects).

    Parsed shards do not carry the raw text (as large as the body; at 1M articles it was half
    of the parsed folder's 3.1 GB): only rejects keep it, so it is read from the ingested
    shard of the same name in the folder `raw`, and only when a row fails. A failing row
    whose record is not there means `raw` is not the folder this one was parsed from: an
    error (FileNotFoundError), not a reject without its text.
    """
    parsed = read_shard(source, columns=[n for n in pq.read_schema(source).names if n != "text"])
    failed = failures(parsed)
    texts: dict[str | None, str | None] = {}
    if failed:
        ingested = raw / source.name
        texts = _texts_of(read_shard(ingested, columns=["article_id", "text"]), parsed, failed)
        missing = set(parsed["article_id"].take(sorted(failed)).to_pylist()) - set(texts)
        if missing:
            raise FileNotFoundError(
                f"{ingested} holds no record {min(missing, key=str)} of {source}: "
                "--raw must be the ingested folder the parsed one was made from"
            )
    valid, rejects = _split(parsed, failed, texts)
    return parsed.num_rows, valid, rejects


def _texts_of(raw: pa.Table, parsed: pa.Table, rows: Iterable[int]) -> dict[str | None, str | None]:
    """The raw text of each of `rows` of `parsed` by article_id (same id: same source and
    bytes, so the same text)."""
    ids = parsed["article_id"].take(pa.array(sorted(rows), pa.int64()))
    found = raw.select(["article_id", "text"]).filter(
        pc.is_in(raw["article_id"], value_set=ids.combine_chunks())
    )
    return dict(zip(found["article_id"].to_pylist(), found["text"].to_pylist(), strict=True))


def _split(
    parsed: pa.Table,
    failed: dict[int, list[tuple[str, str]]],
    texts: dict[str | None, str | None],
) -> tuple[pa.Table, pa.Table]:
    """Valid rows and rejects; a reject's raw text from `texts` (by article_id)."""
    valid = parsed.select(ARTICLE_SCHEMA.names)
    if failed:  # a filter copies every column, even when it keeps every row
        keep = pa.array([i not in failed for i in range(parsed.num_rows)], type=pa.bool_())
        valid = valid.filter(keep)
    valid = valid.cast(ARTICLE_SCHEMA)
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
                "raw_text": texts.get(row["article_id"]),
            }
        )
    return valid, pa.Table.from_pylist(rejects, schema=REJECT_SCHEMA)


def check_reject_rate(records_in: int, rejects: int, max_rate: float) -> None:
    if records_in and rejects / records_in > max_rate:
        raise RejectRateExceeded(
            f"{rejects} of {records_in} records failed validation "
            f"({rejects / records_in:.1%} > max_reject_rate {max_rate:.1%})"
        )
