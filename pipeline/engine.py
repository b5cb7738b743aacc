"""Engines run a stage's shard task over many shards.

A task is a module-level function of one picklable argument that reads its shard, calls the
stage's pure Arrow function and writes the result; it returns small stats. Every engine
yields results in task order, so outputs never depend on which worker finished first, and
since a shard task writes the same bytes wherever it runs, the local and the Ray engine
build byte-identical stage folders.
"""

from __future__ import annotations

import contextlib
import importlib.util
import logging
import multiprocessing
import os
import pickle
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Any, Protocol, TypeVar

from pipeline.progress import track
from pipeline.ray_ops import SORT_SHUFFLE

A = TypeVar("A")
R = TypeVar("R")

ENGINES = ("local", "ray")


class Engine(Protocol):
    name: str
    workers: int

    def map(self, task: Callable[[A], R], args: Sequence[A], description: str) -> Iterator[R]:
        """Run `task` on every argument; yield the results in argument order."""
        ...

    def pooled(self) -> contextlib.AbstractContextManager[None]:
        """Within the block, maps share their workers (a no-op where workers are not spawned
        per map)."""
        ...


class LocalEngine:
    """A process pool over shards (the default); one worker runs in-process.

    Each map spawns its own pool (and frees its workers' memory when it ends), except inside
    `pooled()`, where every map uses one pool: for a stage that maps many times in a row.
    """

    name = "local"

    def __init__(self, workers: int = 2) -> None:
        self.workers = max(1, workers)
        self._pool: ProcessPoolExecutor | None = None

    @contextlib.contextmanager
    def pooled(self) -> Iterator[None]:
        """One pool for every map inside the block. Spawning two workers costs ~1.5 s (a
        Python each, importing numpy, pyarrow and the stage), and a fresh worker reads its
        first shards slower; dedup's verification reads bodies three times and then splits."""
        if self.workers == 1 or self._pool is not None:
            yield
            return
        with self._spawn() as pool:
            self._pool = pool
            try:
                yield
            finally:
                self._pool = None

    def _spawn(self) -> ProcessPoolExecutor:
        context = multiprocessing.get_context("spawn")
        return ProcessPoolExecutor(max_workers=self.workers, mp_context=context)

    def map(self, task: Callable[[A], R], args: Sequence[A], description: str) -> Iterator[R]:
        if self.workers == 1 or len(args) <= 1:
            yield from track((task(a) for a in args), len(args), description)
        elif self._pool is not None:
            yield from track(self._pool.map(task, args), len(args), description)
        else:
            with self._spawn() as pool:
                yield from track(pool.map(task, args), len(args), description)


def _run_pickled(row: dict[str, Any]) -> dict[str, Any]:
    """Ray Data row function: unpickle one shard task, run it, pickle its small result.

    Tasks travel as bytes so Ray Data keeps rows as plain binary columns.
    """
    task, arg = pickle.loads(row["task"])
    return {"index": row["index"], "result": pickle.dumps(task(arg))}


class RayEngine:
    """Shard tasks as the rows of a Ray Data dataset, one block per shard.

    Ray Data schedules the rows over the cluster's CPUs, streams and retries them; each row
    reads its input shard and writes its output shard, so every node must see the same paths
    (a shared mount). `address=None` starts a local Ray instance with `workers` CPUs;
    otherwise copydesk joins the cluster at `address` (e.g. ``auto`` or ``ray://head:10001``).
    """

    name = "ray"

    def __init__(self, workers: int = 2, address: str | None = None) -> None:
        if importlib.util.find_spec("ray") is None:
            raise ValueError("the ray engine needs Ray: pip install 'copydesk[ray]'")
        self.workers = max(1, workers)
        self.address = address

    def pooled(self) -> contextlib.AbstractContextManager[None]:
        return contextlib.nullcontext()  # Ray keeps its workers between maps anyway

    def connect(self) -> Any:
        """ray.data, with Ray started or joined (dedup's global phase uses it directly)."""
        import ray
        import ray.data

        if not ray.is_initialized():
            options: dict[str, Any] = {
                "include_dashboard": False,
                "log_to_driver": False,
                "logging_level": logging.WARNING,
            }
            if self.address:
                ray.init(address=self.address, **options)
            else:
                ray.init(num_cpus=self.workers, **options)
        context = ray.data.DataContext.get_current()
        context.enable_progress_bars = False
        context.print_on_execution_start = False
        context.shuffle_strategy = SORT_SHUFFLE  # datasets created from here on copy it
        return ray.data

    def map(self, task: Callable[[A], R], args: Sequence[A], description: str) -> Iterator[R]:
        if not args:
            return
        data = self.connect()
        from ray import cloudpickle  # pickles by value what workers cannot import

        rows = [{"index": i, "task": cloudpickle.dumps((task, a))} for i, a in enumerate(args)]
        dataset = data.from_items(rows, override_num_blocks=len(rows)).map(_run_pickled, num_cpus=1)
        done = {
            int(r["index"]): r["result"] for r in track(dataset.iter_rows(), len(rows), description)
        }
        for i in range(len(rows)):
            yield pickle.loads(done[i])


def make_engine(name: str, workers: int, address: str | None = None) -> Engine:
    """The named engine with `workers` processes (0: one per CPU core)."""
    workers = workers if workers > 0 else (os.cpu_count() or 1)
    if name == "local":
        return LocalEngine(workers)
    if name == "ray":
        return RayEngine(workers, address)
    raise ValueError(f"unknown engine {name!r} (available: {', '.join(ENGINES)})")
