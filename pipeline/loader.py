"""Load one table of a copydesk dataset: a local folder, or a pinned version of a repository.

`load("data/processed/news-sample")` reads a folder; `load(REPO, rev="v0.1.0")` reads the
dataset folder of a git+DVC repository (a URL or a local clone) at a tag, through
`DVCFileSystem`, which fetches the files from the repository's DVC remote. Every part file is
checked before it is read, so a wrong path, a foreign Parquet file or a damaged file gives a
`DatasetError` that names the file and the problem instead of a pyarrow traceback.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

import pyarrow as pa
import pyarrow.parquet as pq
import yaml

from schemas import ARTICLE_SCHEMA, REJECT_SCHEMA, SCHEMA_VERSION

TABLES = ("articles", "duplicates", "rejects")
PROCESSED = "data/processed"


class DatasetError(ValueError):
    """The path holds no readable copydesk table: the message says which file and why."""


def expected_schema(table: str) -> pa.Schema:
    if table not in TABLES:
        raise ValueError(f"unknown table {table!r}: choose one of {', '.join(TABLES)}")
    return REJECT_SCHEMA if table == "rejects" else ARTICLE_SCHEMA


def load(
    path_or_repo: str | os.PathLike[str],
    rev: str | None = None,
    table: str = "articles",
    *,
    path: str | None = None,
    columns: list[str] | None = None,
) -> pa.Table:
    """Return one table (articles, duplicates or rejects) as a pyarrow Table.

    `path_or_repo` is a dataset folder, or a git+DVC repository (URL or local path) when
    `rev` or `path` is given or the folder is a repository. In a repository the dataset is
    `path`, by default `data/processed/<dataset.name>` from the repository's params.yaml at
    `rev`. Use `.to_pandas()` or `polars.from_arrow()` on the result.
    """
    schema = expected_schema(table)
    unknown = sorted(set(columns or []) - set(schema.names))
    if unknown:
        raise ValueError(f"unknown column(s) for {table}: {', '.join(unknown)}")
    source = str(path_or_repo)
    local = Path(source)
    if rev is None and path is None and not _is_repo(local):
        if not local.is_dir():
            raise DatasetError(f"no dataset folder at {source}")
        return _read(str(local / table), _local_ls, _local_open, table, columns)
    return _load_from_repo(source, rev, table, path, columns)


def _is_repo(folder: Path) -> bool:
    """A repository root (has .dvc/ or .git/) rather than a dataset folder."""
    return (folder / ".dvc").is_dir() or (folder / ".git").exists()


def _load_from_repo(
    repo: str, rev: str | None, table: str, path: str | None, columns: list[str] | None
) -> pa.Table:
    from dvc.api import DVCFileSystem  # heavy import, only for repositories
    from dvc.exceptions import DvcException
    from scmrepo.exceptions import SCMError

    where = f"{repo}" + (f" at {rev}" if rev else "")
    fs: Any = DVCFileSystem(repo, rev=rev)  # lazy: opens the repository on first use

    def ls(name: str) -> list[str]:
        return [str(p) for p in fs.ls(name, detail=False)]

    def open_(name: str) -> IO[bytes]:
        handle: IO[bytes] = fs.open(name, "rb")
        return handle

    try:
        folder = path or _dataset_folder(fs, where)
        return _read(f"{folder.rstrip('/')}/{table}", ls, open_, table, columns)
    except (DvcException, SCMError) as exc:  # bad URL or rev, data missing from the remote
        raise DatasetError(f"cannot open the repository {where}: {exc}") from exc


def _dataset_folder(fs: Any, where: str) -> str:
    """data/processed/<dataset.name>, the name read from params.yaml at the same revision."""
    try:
        with fs.open("params.yaml", "rb") as handle:
            params = yaml.safe_load(handle.read()) or {}
    except FileNotFoundError as exc:
        raise DatasetError(f"no params.yaml in {where}: pass path=") from exc
    name = (params.get("dataset") or {}).get("name")
    if not name:
        raise DatasetError(f"params.yaml in {where} names no dataset: pass path=")
    return f"{PROCESSED}/{name}"


def _local_ls(folder: str) -> list[str]:
    return [str(p) for p in Path(folder).iterdir()]


def _local_open(name: str) -> IO[bytes]:
    return open(name, "rb")  # the caller closes it


def _read(
    folder: str,
    ls: Callable[[str], list[str]],
    open_: Callable[[str], IO[bytes]],
    table: str,
    columns: list[str] | None,
) -> pa.Table:
    try:
        names = sorted(n for n in ls(folder) if _is_part(n))
    except (FileNotFoundError, NotADirectoryError) as exc:
        raise DatasetError(f"no {table} folder at {folder}") from exc
    if not names:
        raise DatasetError(f"no part-*.parquet files in {folder}")
    tables = []
    for name in names:
        with open_(name) as handle:
            tables.append(read_part(handle, name, table, columns))
    return pa.concat_tables(tables) if len(tables) > 1 else tables[0]


def _is_part(name: str) -> bool:
    base = name.rstrip("/").rsplit("/", 1)[-1]
    return base.startswith("part-") and base.endswith(".parquet")


def read_part(
    source: IO[bytes] | str, name: str, table: str, columns: list[str] | None = None
) -> pa.Table:
    """Read one part file after checking it is a copydesk `table` this version can read."""
    try:
        parquet = pq.ParquetFile(source)
    except (pa.ArrowException, OSError) as exc:
        raise DatasetError(f"{name}: not a readable Parquet file ({exc})") from exc
    check_schema(parquet.schema_arrow, name, table)
    try:
        return parquet.read(columns=columns)
    except (pa.ArrowException, OSError) as exc:
        raise DatasetError(f"{name}: damaged Parquet data ({exc})") from exc


def check_schema(schema: pa.Schema, name: str, table: str) -> None:
    meta = schema.metadata or {}
    found = meta.get(b"copydesk.table", b"").decode()
    if found != table:
        what = f"a copydesk {found} table" if found else "no copydesk metadata"
        raise DatasetError(f"{name}: not a copydesk {table} table (it has {what})")
    version = meta.get(b"copydesk.schema_version", b"").decode()
    if version.split(".")[0] != SCHEMA_VERSION.split(".")[0]:
        raise DatasetError(
            f"{name}: written with schema {version or '?'}, this copydesk reads "
            f"{SCHEMA_VERSION.split('.')[0]}.x; use a matching copydesk version"
        )
    for want in expected_schema(table):
        if want.name not in schema.names:
            raise DatasetError(f"{name}: column {want.name} is missing")
        if not schema.field(want.name).type.equals(want.type):
            raise DatasetError(
                f"{name}: column {want.name} is {schema.field(want.name).type}, "
                f"expected {want.type}"
            )
