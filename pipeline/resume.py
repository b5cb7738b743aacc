"""Resumable shard runs: a killed stage restarts from its last completed shard.

A shard task that finishes writes a small marker, `_done/<shard>.json`, after its outputs:
the task's result (its counts) and a fingerprint of its inputs (names, sizes and
modification times, cheap to recompute). On the next run in the same scratch folder (see
`storage.resumable_dir`) a shard whose marker matches its inputs' fingerprint is not run
again; its counts come from the marker. Shard tasks are deterministic, so a resumed run
writes the same bytes as an uninterrupted one.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

import orjson

from pipeline.engine import Engine
from pipeline.objectstore import ObjectRef, stat
from pipeline.parse.knowledge import knowledge_dir
from pipeline.storage import DONE_DIR, atomic_write_bytes

A = TypeVar("A")


def files_fingerprint(paths: Sequence[Path | ObjectRef | str]) -> str:
    """Names, sizes and mtimes of input files (or objects): changes when one is rewritten.

    A local file may be given as its path's string: the fingerprint is the same."""
    digest = hashlib.sha256()
    for path in paths:
        if isinstance(path, ObjectRef):
            size, mtime = stat(path)
        else:
            st = os.stat(path)
            size, mtime = st.st_size, st.st_mtime_ns
        digest.update(f"{path}\0{size}\0{mtime}\n".encode())
    return digest.hexdigest()


def _code_fingerprint() -> str:
    """copydesk's own code and knowledge files: a resumed run must not mix two versions."""
    root = Path(__file__).resolve().parents[1]
    files = sorted([*root.glob("pipeline/**/*.py"), *root.glob("schemas/**/*.py")])
    files += sorted(p for p in knowledge_dir().glob("*") if p.is_file())
    return files_fingerprint(files)


def run_key(stage: str, params_digest: str, layout: list[str]) -> dict[str, Any]:
    """What a resumed run must share with the killed one to reuse its shards."""
    return {
        "stage": stage,
        "params": params_digest,
        "code": _code_fingerprint(),
        "cwd": os.getcwd(),
        "layout": hashlib.sha256("\n".join(layout).encode()).hexdigest(),
    }


@dataclass(frozen=True)
class Checkpointed(Generic[A]):
    task: Callable[[A], Any]
    arg: A
    inputs: tuple[Path | ObjectRef | str, ...]
    marker: Path


def run_checkpointed(job: Checkpointed[Any]) -> Any:
    """Run one shard task, then record that it finished (outputs first, marker last)."""
    fingerprint = files_fingerprint(job.inputs)
    result = job.task(job.arg)
    atomic_write_bytes(orjson.dumps({"inputs": fingerprint, "result": result}), job.marker)
    return result


def _finished(job: Checkpointed[Any]) -> tuple[bool, Any]:
    try:
        marker = orjson.loads(job.marker.read_bytes())
        if marker["inputs"] == files_fingerprint(job.inputs):
            return True, marker["result"]
    except (OSError, orjson.JSONDecodeError, KeyError, TypeError):
        pass
    return False, None


def map_resumable(
    engine: Engine,
    task: Callable[[A], Any],
    args: Sequence[A],
    inputs: Sequence[Sequence[Path | ObjectRef | str]],
    scratch: Path,
    description: str,
) -> Iterator[Any]:
    """Like `engine.map(task, args)`, skipping shards a killed run already finished.

    `inputs[i]` lists the files shard i reads. Results come in argument order; those of
    skipped shards are read back from their markers (JSON: tuples come back as lists).
    """
    jobs = [
        Checkpointed(task, arg, tuple(files), scratch / DONE_DIR / f"{i:05d}.json")
        for i, (arg, files) in enumerate(zip(args, inputs, strict=True))
    ]
    cached: dict[int, Any] = {}
    pending: list[Checkpointed[A]] = []
    for i, job in enumerate(jobs):
        done, result = _finished(job) if job.marker.exists() else (False, None)
        if done:
            cached[i] = result
        else:
            pending.append(job)
    fresh = engine.map(run_checkpointed, pending, description)
    for i in range(len(jobs)):
        yield cached[i] if i in cached else next(fresh)
