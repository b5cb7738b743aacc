"""Parquet I/O at the edges of the stages: deterministic bytes and atomic folder swaps.

A stage writes its whole output into a hidden sibling folder and swaps it in with renames,
so a failed or killed stage leaves the previous output as it was.
"""

from __future__ import annotations

import contextlib
import fcntl
import multiprocessing
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import orjson
import pyarrow as pa
import pyarrow.parquet as pq

# zstd level of stage folders, written once and read once by the next stage. Level 1 writes
# a parsed folder in about half the CPU of level 3 and reads it faster, for ~35 % more bytes
# (`bench/stage_codec.py`; docs/history/BENCHMARKS-log.md, "Stage folders at zstd level 1"). The
# published level is `package.zstd_level`.
STAGE_ZSTD_LEVEL = 1


def _writer_options(dictionary: list[str] | None, level: int) -> dict:
    """The pinned options of every Parquet file copydesk writes."""
    return {
        "compression": "zstd",
        "compression_level": level,
        "write_page_index": True,
        "write_statistics": True,
        "use_dictionary": True if dictionary is None else dictionary,
    }


def write_parquet(
    table: pa.Table,
    path: Path,
    row_group_rows: int = 65536,
    dictionary: list[str] | None = None,
    level: int = STAGE_ZSTD_LEVEL,
) -> None:
    """Write one Parquet file with pinned options, so equal tables give equal bytes.

    `dictionary` names the (possibly nested, e.g. `media.list.element.kind`) columns to
    dictionary-encode; None keeps pyarrow's default of trying every column.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(table, path, row_group_size=row_group_rows, **_writer_options(dictionary, level))


def parquet_writer(
    path: Path, schema: pa.Schema, dictionary: list[str] | None, level: int
) -> pq.ParquetWriter:
    """A file written a row group at a time, with `write_parquet`'s options: the same bytes
    as `write_parquet` of the whole table when each `write_table` call is one row group."""
    path.parent.mkdir(parents=True, exist_ok=True)
    return pq.ParquetWriter(path, schema, **_writer_options(dictionary, level))


def read_shard(
    path: Path, columns: list[str] | None = None, schema: pa.Schema | None = None
) -> pa.Table:
    """One stage shard. In a pool worker without Arrow's threads: the pool already keeps
    every core busy, and a shard's columns decoded by a thread pool cost ~25 % more CPU
    for the hand-offs (the table is the same)."""
    threads = multiprocessing.parent_process() is None
    return pq.read_table(path, columns=columns, schema=schema, use_threads=threads)


def read_parquet_dir(folder: Path, schema: pa.Schema | None = None) -> pa.Table:
    """Concatenate a folder's part files in name order (empty table if there are none)."""
    parts = part_files(folder)
    if not parts:
        if schema is None:
            raise FileNotFoundError(f"no Parquet files in {folder}")
        return schema.empty_table()
    tables = [pq.read_table(p, schema=schema) for p in parts]
    return pa.concat_tables(tables) if len(tables) > 1 else tables[0]


def part_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("part-*.parquet")) if folder.is_dir() else []


def part_name(index: int) -> str:
    return f"part-{index:05d}.parquet"


def write_json(obj: object, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(orjson.dumps(obj, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS) + b"\n")


def read_json(path: Path) -> dict:
    loaded: dict = orjson.loads(path.read_bytes())
    return loaded


@contextlib.contextmanager
def atomic_dir(target: Path) -> Iterator[Path]:
    """Yield an empty scratch folder that replaces `target` only if the block succeeds."""
    target = target.resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    scratch = target.parent / f".{target.name}.tmp-{os.getpid()}"
    old = target.parent / f".{target.name}.old-{os.getpid()}"
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir()
    try:
        yield scratch
    except BaseException:
        shutil.rmtree(scratch, ignore_errors=True)
        raise
    if target.exists():
        os.replace(target, old)
    os.replace(scratch, target)
    shutil.rmtree(old, ignore_errors=True)


def atomic_write_bytes(data: bytes, target: Path) -> None:
    """Write a single file through a temporary name and a rename."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.tmp-{os.getpid()}")
    tmp.write_bytes(data)
    os.replace(tmp, target)


RESUME_KEY = "_resume.json"


@contextlib.contextmanager
def resumable_dir(target: Path, key: dict) -> Iterator[Path]:
    """Like `atomic_dir`, but the scratch folder outlives a failure or a kill.

    The scratch folder `.<name>.partial` keeps the shards a run completed; a later run with
    the same `key` (stage, parameters, input layout) continues in it, any other key starts
    afresh. Only a finished run replaces `target`, so readers never see a half-written
    output. A lock file stops two runs from writing the same scratch folder at once.
    """
    target = target.resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    scratch = target.parent / f".{target.name}.partial"
    lock_path = target.parent / f".{target.name}.lock"
    with lock_path.open("a") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise RunInProgress(f"another copydesk run is writing {target}") from None
        try:
            if scratch.exists() and _stored_key(scratch) != key:
                shutil.rmtree(scratch)
            scratch.mkdir(exist_ok=True)
            atomic_write_bytes(orjson.dumps(key, option=orjson.OPT_SORT_KEYS), scratch / RESUME_KEY)
            yield scratch
            (scratch / RESUME_KEY).unlink()
            shutil.rmtree(scratch / DONE_DIR, ignore_errors=True)
            old = target.parent / f".{target.name}.old-{os.getpid()}"
            if target.exists():
                os.replace(target, old)
            os.replace(scratch, target)
            shutil.rmtree(old, ignore_errors=True)
        finally:
            lock_path.unlink(missing_ok=True)


DONE_DIR = "_done"


class RunInProgress(RuntimeError):
    """Another process holds the stage's scratch folder."""


def _stored_key(scratch: Path) -> object:
    try:
        return orjson.loads((scratch / RESUME_KEY).read_bytes())
    except (OSError, orjson.JSONDecodeError):
        return None
