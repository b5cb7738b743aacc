"""Pipeline parameters: `params.yaml` (DVC tracks it) mapped onto typed, defaulted dataclasses."""

from __future__ import annotations

import dataclasses
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
import yaml


@dataclass(frozen=True)
class DatasetParams:
    name: str = "copydesk-sample"
    version: str = "0.1.0"
    license: str = "other"
    description: str = "News articles parsed, validated and deduplicated by copydesk."


@dataclass(frozen=True)
class IngestParams:
    raw: tuple[str, ...] = ("data/raw/sample",)
    shard_size: int = 2000
    line_separator: str = " ### "
    max_file_bytes: int = 64 * 1024 * 1024
    # Metadata columns: the first name present in a record wins.
    columns: dict[str, tuple[str, ...]] = field(
        default_factory=lambda: {
            "text": ("text", "body", "content", "article"),
            "title": ("title", "headline"),
            "url": ("url", "link"),
            "publisher": ("site", "publisher", "source", "domain"),
            "authors": ("authors", "author", "byline"),
            "published": ("published", "publish_date", "date"),
        }
    )


@dataclass(frozen=True)
class ValidateParams:
    max_reject_rate: float = 0.5


@dataclass(frozen=True)
class DedupParams:
    shingle_size: int = 3
    num_perm: int = 192
    bands: int = 64
    rows: int = 3
    seed: int = 42
    jaccard_threshold: float = 0.5
    containment_threshold: float = 0.5
    min_shingles: int = 5
    prefilter_margin: float = 0.15
    # Signature index folder the DVC stage passes to `copydesk dedup --index`; a cache.
    index: str = "data/interim/dedup-index"


@dataclass(frozen=True)
class PackageParams:
    # zstd level of the published Parquet files. 3 (polars' and DuckDB's default) writes ~4x
    # faster than 9 for ~25 % more bytes (docs/BENCHMARKS.md, "Scale"); raise it for archives.
    zstd_level: int = 3

    def __post_init__(self) -> None:
        if not 1 <= self.zstd_level <= 22:
            raise ParamsError(f"package.zstd_level must be 1-22, not {self.zstd_level}")


@dataclass(frozen=True)
class EngineParams:
    name: str = "local"  # local (process pool) or ray
    workers: int = 0  # processes (local) or CPUs (local Ray); 0: every core
    address: str = ""  # Ray cluster address; empty starts a local Ray instance


@dataclass(frozen=True)
class Params:
    dataset: DatasetParams = field(default_factory=DatasetParams)
    ingest: IngestParams = field(default_factory=IngestParams)
    validate: ValidateParams = field(default_factory=ValidateParams)
    dedup: DedupParams = field(default_factory=DedupParams)
    package: PackageParams = field(default_factory=PackageParams)
    engine: EngineParams = field(default_factory=EngineParams)

    def content(self) -> dict[str, Any]:
        """The parameters that decide the data; how it runs (engine, workers) does not."""
        values = dataclasses.asdict(self)
        values.pop("engine")
        values["dedup"].pop("index")  # where the signature cache lives changes no value
        return values

    def digest(self) -> str:
        """Hash of the data-deciding parameters, stored in the dataset: a build names its
        settings, and the same data built with 1 or 8 workers carries the same hash."""
        blob = orjson.dumps(self.content(), option=orjson.OPT_SORT_KEYS)
        return hashlib.sha256(blob).hexdigest()[:16]


# The dataset version: released versions are git tags v<version> (see README, "Versions").
SEMVER = re.compile(
    r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$"
)


class ParamsError(ValueError):
    """params.yaml names a section or key copydesk does not know."""


def _build(cls: type, raw: dict[str, Any], where: str) -> Any:
    known = {f.name: f for f in dataclasses.fields(cls)}
    unknown = set(raw) - set(known)
    if unknown:
        raise ParamsError(f"unknown key(s) in {where}: {', '.join(sorted(unknown))}")
    kwargs: dict[str, Any] = {}
    for key, value in raw.items():
        if key == "columns":
            value = {k: tuple(v) if isinstance(v, list) else (v,) for k, v in value.items()}
        elif isinstance(value, list):
            value = tuple(value)
        kwargs[key] = value
    return cls(**kwargs)


def load_params(path: Path | None) -> Params:
    """Read params.yaml; a missing file means defaults, an unknown key is an error."""
    if path is None or not path.exists():
        return Params()
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    sections = {f.name: f.type for f in dataclasses.fields(Params)}
    unknown = set(raw) - set(sections)
    if unknown:
        raise ParamsError(f"unknown section(s) in {path}: {', '.join(sorted(unknown))}")
    types = {
        "dataset": DatasetParams,
        "ingest": IngestParams,
        "validate": ValidateParams,
        "dedup": DedupParams,
        "package": PackageParams,
        "engine": EngineParams,
    }
    built = {name: _build(types[name], raw.get(name) or {}, name) for name in raw}
    version = str(built["dataset"].version) if "dataset" in built else DatasetParams.version
    if not SEMVER.match(version):
        raise ParamsError(
            f"dataset.version {version!r} in {path} is not semver (MAJOR.MINOR.PATCH)"
        )
    return Params(**built)
