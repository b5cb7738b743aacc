"""What the dataset card, croissant.json and the HTML report say about a dataset folder.

A `Summary` is read back from the written folder (Parquet metadata, a few columns,
metrics.json, file checksums), so `copydesk report` on any copy of a dataset produces the same
bytes as the package stage, and nothing depends on the clock or the machine.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from pipeline import figures, loader
from pipeline.config import Params
from pipeline.storage import part_files, read_json

TABLES = loader.TABLES
TABLE_DESCRIPTIONS = {
    "articles": "One canonical article per copy cluster, and every article without copies.",
    "duplicates": "Every other copy of a story: duplicate_of names its canonical article.",
    "rejects": "Inputs the pipeline could not accept, with the stage and reason code.",
}
_PROVENANCE = ["batch", "source_uri", "source_sha256"]


@dataclass(frozen=True)
class FileInfo:
    path: str  # relative to the dataset folder, posix
    table: str
    rows: int
    size: int
    sha256: str


@dataclass(frozen=True)
class BatchInputs:
    """Inputs of one raw batch, and a digest of their (source_uri, sha256) pairs."""

    batch: str
    records: int
    digest: str


@dataclass(frozen=True)
class Summary:
    name: str
    version: str
    description: str
    license: str
    schema_version: str
    copydesk_version: str
    params_hash: str
    metrics: dict[str, Any]
    figures: figures.Figures
    languages: list[str]
    files: list[FileInfo]
    inputs: list[BatchInputs]
    params: dict[str, Any] | None = None  # known when packaging, not when reading a copy

    def table_files(self, table: str) -> list[FileInfo]:
        return [f for f in self.files if f.table == table]

    @classmethod
    def from_folder(cls, folder: Path, params: Params | None = None) -> Summary:
        articles = loader.load(
            folder, table="articles", columns=[*figures.COLUMNS, *_PROVENANCE, "language"]
        )
        duplicates = loader.load(folder, table="duplicates", columns=figures.COLUMNS + _PROVENANCE)
        rejects = loader.load(folder, table="rejects", columns=_PROVENANCE)
        files = file_infos(folder)
        meta = {
            k.decode(): v.decode()
            for k, v in (pq.read_schema(folder / files[0].path).metadata or {}).items()
        }
        languages = {x for x in articles["language"].to_pylist() if x}
        return cls(
            name=meta["copydesk.dataset_name"],
            version=meta["copydesk.dataset_version"],
            description=meta.get("description", ""),
            license=meta.get("copydesk.license", "other"),
            schema_version=meta["copydesk.schema_version"],
            copydesk_version=meta["copydesk.version"],
            params_hash=meta["copydesk.params_hash"],
            metrics=read_json(folder / "metrics.json"),
            figures=figures.compute(articles, duplicates),
            languages=sorted(languages),
            files=files,
            inputs=batch_inputs([articles, duplicates, rejects]),
            params=_plain(params.content()) if params else None,
        )


def file_infos(folder: Path) -> list[FileInfo]:
    """Every part file of every table, with rows, size and sha256 (for Croissant)."""
    infos = []
    for table in TABLES:
        for part in part_files(folder / table):
            infos.append(
                FileInfo(
                    path=part.relative_to(folder).as_posix(),
                    table=table,
                    rows=pq.read_metadata(part).num_rows,
                    size=part.stat().st_size,
                    sha256=_sha256(part),
                )
            )
    return infos


def _sha256(path: Path) -> str:
    """Hash in 1 MiB blocks: shards can be hundreds of megabytes."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(2**20), b""):
            digest.update(block)
    return digest.hexdigest()


def batch_inputs(tables: list[Any]) -> list[BatchInputs]:
    """Per batch: how many inputs, and a sha256 over their sorted (source_uri, sha256)."""
    pairs: dict[str, list[str]] = {}
    for table in tables:
        rows = zip(
            table["batch"].to_pylist(),
            table["source_uri"].to_pylist(),
            table["source_sha256"].to_pylist(),
            strict=True,
        )
        for batch, uri, sha in rows:
            pairs.setdefault(batch, []).append(f"{uri}\t{sha}\n")
    counts = Counter({b: len(p) for b, p in pairs.items()})
    return [
        BatchInputs(b, counts[b], hashlib.sha256("".join(sorted(p)).encode()).hexdigest())
        for b, p in sorted(pairs.items())
    ]


def _plain(value: Any) -> Any:
    """Tuples to lists, so the params dump as plain YAML and JSON."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value
