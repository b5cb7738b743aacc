"""The I/O edge: run each stage from its input folder to its output folder.

Stage modules hold pure functions over Arrow tables; this module lists files, reads and writes
shards, and swaps every output folder in atomically. `run_all` chains the five stages through
a scratch folder for `copydesk run` (DVC runs them one by one from dvc.yaml).
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import pyarrow as pa

from pipeline.config import IngestParams, Params
from pipeline.dedup_stage import run_dedup
from pipeline.engine import Engine, LocalEngine
from pipeline.ingest import FORMATS, Source, display_uri, list_inputs, read_files
from pipeline.ingest_scan import LineRange
from pipeline.ingest_shards import ShardRead, shard_reads
from pipeline.objectstore import built_locally, check_destination, local_or_uri
from pipeline.package import Accounting, package
from pipeline.parse import PARSED_SCHEMA, parse_table
from pipeline.parse.knowledge_check import check_knowledge
from pipeline.resume import map_resumable, run_key
from pipeline.shards import map_shards
from pipeline.storage import (
    atomic_dir,
    part_files,
    part_name,
    read_json,
    read_parquet_dir,
    resumable_dir,
    write_json,
    write_parquet,
)
from pipeline.validate import check_reject_rate, validate_shard
from schemas import REJECT_SCHEMA


class NoInputError(FileNotFoundError):
    """The raw folders hold no input files."""


@dataclass(frozen=True)
class IngestUnit:
    # Local files as strings (a Path pickles as its parts and is parsed again when
    # unpickled); objects as ObjectRefs: URI strings, picklable.
    files: tuple[tuple[Source, str], ...]
    target: Path
    index: int
    params: IngestParams
    lines: LineRange | None = None  # a range of the one JSONL, CSV or JSON file


def ingest_unit(unit: IngestUnit) -> tuple[int, int]:
    """Read a group of files (or a range of lines) into one records and one rejects shard."""
    records, rejects = read_files(unit.files, unit.params, lines=unit.lines).tables()
    write_parquet(records, unit.target / "records" / part_name(unit.index))
    if rejects.num_rows:
        write_parquet(rejects, unit.target / "rejects" / part_name(unit.index))
    return records.num_rows, rejects.num_rows


def _layout(reads: list[ShardRead[Source]]) -> list[str]:
    """What a resumed run must read in the same shards: the files, and each range."""
    return [
        f"{s}\0{r.lines.start}\0{r.lines.end}" if r.lines else str(s)
        for r in reads
        for s, _ in r.files
    ]


def run_ingest(raw: Sequence[Path | str], out: Path, params: Params, engine: Engine) -> dict:
    """Raw folders (local paths or object-store URIs) to the ingested stage folder `out`."""
    files, ignored = list_inputs(raw)
    if not files:
        raise NoInputError(
            f"no input files ({', '.join(FORMATS)}) under {', '.join(map(str, raw))}"
        )
    sources: list[tuple[Source, str]] = [
        (str(p) if isinstance(p, Path) else p, batch) for p, batch in files
    ]
    reads = shard_reads(sources, params.ingest)
    key = run_key("ingest", params.digest(), _layout(reads))
    with resumable_dir(out, key) as scratch:
        units = [
            IngestUnit(r.files, scratch, i, params.ingest, r.lines) for i, r in enumerate(reads)
        ]
        inputs = [[p for p, _ in u.files] for u in units]
        records = rejects = 0
        for n_records, n_rejects in map_resumable(
            engine, ingest_unit, units, inputs, scratch, "ingest"
        ):
            records += n_records
            rejects += n_rejects
        stats = {
            "stage": "ingest",
            "files": len(files),
            "inputs": records + rejects,
            "records_out": records,
            "rejects": rejects,
            "shards": len(units),
            "ignored_files": [display_uri(p) for p in ignored],
        }
        write_json(stats, scratch / "stage.json")
    return stats


def _shard_key(stage: str, source: Path, params_digest: str) -> dict:
    return run_key(stage, params_digest, [p.name for p in part_files(source / "records")])


def run_parse(source: Path, out: Path, engine: Engine) -> dict:
    check_knowledge()  # a bad table stops the stage here, not as a reject of every record
    with resumable_dir(out, _shard_key("parse", source, "")) as scratch:
        return map_shards(engine, parse_table, source, scratch, "parse")


def run_validate(source: Path, out: Path, params: Params, engine: Engine, raw: Path) -> dict:
    """Validate the parsed folder `source`; rejects take their raw text from the ingested
    folder `raw` (parsed shards do not carry it)."""
    if not (raw / "records").is_dir():
        raise FileNotFoundError(
            f"{raw} is not an ingested stage folder (no records/): validate reads the raw "
            "texts of rejects from it (--raw)"
        )
    check = partial(validate_shard, raw=raw / "records")
    with resumable_dir(out, _shard_key("validate", source, params.digest())) as scratch:
        stats = map_shards(
            engine, check, source, scratch, "validate", reads_itself=True, also_reads=raw
        )
        check_reject_rate(stats["records_in"], stats["rejects"], params.validate.max_reject_rate)
        return stats


def collect_rejects(folders: list[Path]) -> pa.Table:
    tables = [read_parquet_dir(f / "rejects", REJECT_SCHEMA) for f in folders]
    return pa.concat_tables(tables)


def run_package(
    ingested: Path,
    parsed: Path,
    validated: Path,
    deduped: Path,
    out: Path | str,
    params: Params,
    workers: int = 1,
) -> Accounting:
    """The dataset folder `out`, built locally and swapped in; a URI is published to at the end
    (croissant.json last, see `objectstore.publish`). `workers` local processes sort and write
    the tables: the folder is built on this machine whatever engine ran the stages before."""
    inputs = int(read_json(ingested / "stage.json")["inputs"])
    articles = part_files(deduped / "articles")
    duplicates = part_files(deduped / "duplicates")
    rejects = collect_rejects([ingested, parsed, validated])
    with built_locally(out) as local, atomic_dir(local) as scratch:
        engine = LocalEngine(workers)
        return package(inputs, articles, duplicates, rejects, scratch, params, engine)


def run_all(
    raw: Sequence[Path | str], out: Path | str, params: Params, engine: Engine
) -> Accounting:
    """All five stages through a scratch folder beside `out` (under TMPDIR when `out` is an
    object-store URI); only the dataset is kept."""
    out = local_or_uri(out) if isinstance(out, str) else out
    if isinstance(out, Path):
        out.parent.mkdir(parents=True, exist_ok=True)
    else:
        check_destination(out)  # before the stages run, not after
    beside = out.parent if isinstance(out, Path) else None
    with tempfile.TemporaryDirectory(prefix=".copydesk-work-", dir=beside) as tmp:
        work = Path(tmp)
        run_ingest(raw, work / "ingested", params, engine)
        run_parse(work / "ingested", work / "parsed", engine)
        run_validate(work / "parsed", work / "validated", params, engine, work / "ingested")
        run_dedup(work / "validated", work / "deduped", params, engine)
        return run_package(
            work / "ingested",
            work / "parsed",
            work / "validated",
            work / "deduped",
            out,
            params,
            engine.workers,
        )


__all__ = [
    "PARSED_SCHEMA",
    "run_all",
    "run_dedup",
    "run_ingest",
    "run_package",
    "run_parse",
    "run_validate",
]
