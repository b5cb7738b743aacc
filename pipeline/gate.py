"""The validation gate behind `copydesk validate PATH...`: is this data within the contract?

Raw inputs (.txt .jsonl .json .csv) are ingested and parsed in memory exactly as a build
would take them, then checked; records the build would reject count as invalid. Built data
(Parquet files, or folders holding them) is read in bounded slices in a process pool, so
memory stays bounded at any size. Checks that need every row at once (unique article_id
across files, `duplicate_of` naming an existing article) read only the id columns.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import orjson
import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.engine import Engine, LocalEngine
from pipeline.gate_plan import (
    ARROW,
    GLOBAL_UNIQUE,
    POOL_BYTES,
    GateInputError,
    Options,
    ParquetTask,
    Plan,
    RawTask,
    plan,
)
from pipeline.gate_report import Report, Sample, clip
from pipeline.ingest import UnreadableInput, display_uri, read_files
from pipeline.parse import parse_table
from pipeline.validate import ContractError, failure_cases
from schemas import ARTICLE_SCHEMA, MODELS, checks
from schemas.export import check_names


@dataclass
class Partial:
    """What one task found: rows, the positions of invalid rows, and failures by check."""

    label: str
    table: str
    rows: int = 0
    rejected: int = 0  # raw records that never became rows (ingest or parse rejects)
    failing: list[int] = field(default_factory=list)
    checks: dict[str, tuple[int, list[Sample]]] = field(default_factory=dict)
    ids: pl.DataFrame | None = None  # raw only: position, article_id, source_uri
    error: str | None = None


def locate(source_uri: str | None, fallback: str) -> tuple[str, int | None]:
    """The input file behind a record, and its line for JSONL ('a.jsonl#3' -> line 3)."""
    if not source_uri:
        return fallback, None
    path, _, anchor = source_uri.partition("#")
    line = int(anchor) if anchor.isdigit() and path.lower().endswith(".jsonl") else None
    return path, line


def _frame(table: pa.Table) -> pl.DataFrame:
    frame = pl.from_arrow(table)
    assert isinstance(frame, pl.DataFrame)
    return frame


def shown(check: str, value: str) -> str:
    """The part of a failing value that explains the failure (a media block is long)."""
    if check != "media:agencies_known_or_flagged":
        return value
    canonical, _ = checks.organisation_names()
    try:
        blocks = orjson.loads(value)
        names = {a for block in blocks for a in block.get("agencies") or [] if a not in canonical}
    except (orjson.JSONDecodeError, AttributeError, TypeError):
        return value
    return f"not in organisations.csv, no unknown_agency flag: {', '.join(sorted(names))}"


def check_frame(
    frame: pl.DataFrame, table: str, options: Options, fallback: str, offset: int = 0
) -> tuple[list[int], dict[str, tuple[int, list[Sample]]]]:
    """Invalid row positions and {check: (failing rows, first samples)} for one batch."""
    cases = failure_cases(frame, MODELS[table]).filter(pl.col("check") != GLOBAL_UNIQUE)
    if options.as_of is not None and "published" in frame.columns:
        late = frame.with_row_index("row").filter(pl.col("published") > options.as_of)
        cases = pl.concat(
            [
                cases,
                late.select(
                    pl.col("row").cast(pl.Int64),
                    pl.lit("published:not_after_as_of").alias("check"),
                    pl.col("published").cast(pl.Utf8).alias("value"),
                ),
            ]
        )
    ids = frame["article_id"] if "article_id" in frame.columns else None
    uris = frame["source_uri"]
    checks: dict[str, tuple[int, list[Sample]]] = {}
    for (check,), group in cases.sort("row").group_by("check", maintain_order=True):
        rows = group.unique("row", keep="first", maintain_order=True)
        samples = []
        for row, value in rows.head(options.max_samples).select("row", "value").iter_rows():
            uri = uris[row]
            file, line = locate(uri, fallback)
            article = ids[row] if ids is not None else None
            samples.append(Sample(article, uri, clip(shown(str(check), value)), file, line))
        checks[str(check)] = (rows.height, samples)
    failing = (cases["row"].unique().sort() + offset).to_list()
    return failing, checks


def _absorb(partial: Partial, checks: dict[str, tuple[int, list[Sample]]], limit: int) -> None:
    """Add one batch's failures to a task's: counts add up, samples stay the first `limit`."""
    for check, (count, samples) in checks.items():
        total, kept = partial.checks.get(check, (0, []))
        partial.checks[check] = (total + count, (kept + samples)[:limit])


def run_parquet(task: ParquetTask) -> Partial:
    """Validate slices of one Parquet file, a bounded batch at a time.

    polars reads the slices (faster than pyarrow's batch iterator here, and it reads only
    the row groups a slice needs); the package stage's ~128 MiB row groups are cut into
    slices of at most BATCH_ROWS (gate_plan), so memory stays bounded whatever wrote the file.
    """
    partial = Partial(str(task.path), task.table)
    try:
        scan = pl.scan_parquet(task.path).select(ARROW[task.table].names)
        for start, rows in task.batches:
            frame = scan.slice(start, rows).collect()
            failing, checks = check_frame(
                frame, task.table, task.options, display_uri(task.path), start
            )
            partial.failing += failing
            _absorb(partial, checks, task.options.max_samples)
            partial.rows += frame.height
    except (OSError, pl.exceptions.PolarsError, ContractError) as exc:
        partial.error = f"{display_uri(task.path)}: cannot read rows: {exc}"
    return partial


def run_raw(task: RawTask) -> Partial:
    """Ingest and parse raw files as the build would, then validate the parsed articles."""
    try:
        result = read_files(task.files, task.options.ingest, strict=True, lines=task.lines)
    except UnreadableInput as exc:
        raise GateInputError(str(exc), exc.uri) from exc
    records, rejects = result.tables()
    parsed, parse_rejects = parse_table(records)
    partial = Partial(task.label, "articles", rows=parsed.num_rows)
    frame = _frame(parsed.select(ARTICLE_SCHEMA.names))
    fallback = display_uri(task.files[0][0])
    partial.failing, partial.checks = check_frame(frame, "articles", task.options, fallback)
    partial.ids = frame.select(
        pl.int_range(pl.len(), dtype=pl.Int64).alias("position"), "article_id", "source_uri"
    )
    for reject in pa.concat_tables([rejects, parse_rejects]).to_pylist():
        partial.rejected += 1
        file, line = locate(reject["source_uri"], fallback)
        sample = Sample(None, reject["source_uri"], clip(reject["detail"]), file, line)
        check = f"{reject['stage']}:{reject['reason']}"
        _absorb(partial, {check: (1, [sample])}, task.options.max_samples)
    return partial


def run_task(task: ParquetTask | RawTask) -> Partial:
    return run_parquet(task) if isinstance(task, ParquetTask) else run_raw(task)


def _id_frame(plan: Plan, partials: list[Partial]) -> pl.DataFrame:
    """article_id of every row (column by column from Parquet), with where it lives."""
    frames = []
    for path, table in plan.parquet:
        if table == "rejects":
            continue
        columns = ["article_id", "source_uri"] + (["duplicate_of"] if table == "duplicates" else [])
        ids = _frame(pq.read_table(path, columns=columns))
        frames.append(
            ids.select(
                pl.lit(str(path)).alias("label"),
                pl.lit(table).alias("table"),
                pl.int_range(pl.len(), dtype=pl.Int64).alias("position"),
                "article_id",
                "source_uri",
                (pl.col("duplicate_of") if table == "duplicates" else pl.lit(None, pl.Utf8)).alias(
                    "duplicate_of"
                ),
            )
        )
    for p in partials:
        if p.ids is not None:
            frames.append(
                p.ids.select(
                    pl.lit(p.label).alias("label"),
                    pl.lit(p.table).alias("table"),
                    "position",
                    "article_id",
                    "source_uri",
                    pl.lit(None, pl.Utf8).alias("duplicate_of"),
                )
            )
    return pl.concat(frames) if frames else pl.DataFrame()


def _global_failures(ids: pl.DataFrame, report: Report, max_samples: int) -> pl.DataFrame:
    """Cross-file and cross-table checks; returns the (label, position) rows that fail."""
    empty = pl.DataFrame(schema={"label": pl.Utf8, "position": pl.Int64})
    if ids.is_empty():
        return empty
    failed = [empty]
    repeated = ids.filter(pl.col("article_id").is_not_null() & pl.col("article_id").is_duplicated())
    dangling = pl.DataFrame()
    copies = ids.filter(pl.col("table") == "duplicates")
    if copies.height:
        canon = ids.filter(pl.col("table") == "articles")["article_id"]
        if canon.len():
            dangling = copies.filter(~pl.col("duplicate_of").is_in(canon.implode()))
        else:
            report.notes.append(
                "duplicate_of was not checked against articles: no articles table among inputs"
            )
    for table_rows, check, column in (
        (repeated, GLOBAL_UNIQUE, "article_id"),
        (dangling, "duplicate_of:canonical_exists", "duplicate_of"),
    ):
        if table_rows.is_empty():
            continue
        for (table,), rows in table_rows.group_by("table", maintain_order=True):
            samples = [
                Sample(
                    r["article_id"],
                    r["source_uri"],
                    str(r[column]),
                    *locate(r["source_uri"], display_uri(Path(r["label"]))),
                )
                for r in rows.head(max_samples).iter_rows(named=True)
            ]
            report.add(str(table), check, rows.height, samples)
        failed.append(table_rows.select("label", "position"))
    return pl.concat(failed)


def _broken(plan: Plan) -> list[Partial]:
    """Files whose columns or types are off: every row counts as invalid, unvalidated."""
    out = []
    for shown, table, rows, problems in plan.broken:
        samples = {check: (1, [Sample(None, None, value, shown)]) for check, value in problems}
        out.append(Partial(shown, table, rows, 0, list(range(rows)), samples))
    return out


def _merge(report: Report, partials: list[Partial], options: Options) -> None:
    for p in partials:
        if p.error:
            raise GateInputError(p.error, p.label)
        report.tables[p.table] = report.tables.get(p.table, 0) + p.rows
        report.records += p.rows + p.rejected
        for check, (count, samples) in p.checks.items():
            # Records the build would reject before validation belong to no table yet.
            table = "inputs" if check.startswith(("ingest:", "parse:")) else p.table
            report.add(table, check, count, samples)
        known = check_names(MODELS[p.table])
        if p.table == "duplicates":
            known.append("duplicate_of:canonical_exists")
        if options.as_of is not None and p.table != "rejects":
            known.append("published:not_after_as_of")
        report.known_checks.setdefault(p.table, known)


@contextlib.contextmanager
def _single_threaded_workers(active: bool) -> Iterator[None]:
    """Spawned workers inherit POLARS_MAX_THREADS=1: the processes already fill the cores,
    and a polars thread pool in each on top oversubscribed them (slower, in bench/)."""
    before = os.environ.get("POLARS_MAX_THREADS")
    if active and before is None:
        os.environ["POLARS_MAX_THREADS"] = "1"
    try:
        yield
    finally:
        if active and before is None:
            os.environ.pop("POLARS_MAX_THREADS", None)


def gate(
    paths: list[Path],
    options: Options,
    engine: Engine,
    max_reject_rate: float = 0.0,
    strict: bool = False,
) -> Report:
    """Validate every path; the report says what fails, where, and whether that passes."""
    planned = plan(paths, options)
    report = Report(
        [str(p) for p in paths], options.max_samples, max_reject_rate, strict, notes=planned.notes
    )
    pool = engine if planned.bytes >= POOL_BYTES else LocalEngine(1)
    with _single_threaded_workers(pool.workers > 1):
        partials = list(pool.map(run_task, planned.tasks, "validate"))
    partials = _broken(planned) + partials
    _merge(report, partials, options)
    report.contract_broken = bool(planned.broken)
    failing = pl.concat(
        [
            pl.DataFrame(
                {"label": [p.label] * len(p.failing), "position": p.failing},
                schema={"label": pl.Utf8, "position": pl.Int64},
            )
            for p in partials
        ]
        + [_global_failures(_id_frame(planned, partials), report, options.max_samples)]
    )
    report.invalid = failing.unique().height + sum(p.rejected for p in partials)
    return report
