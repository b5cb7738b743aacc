"""Engines run a stage's shard task over many shards.

A task is a module-level function of one picklable argument that reads its shard, calls the
stage's pure Arrow function and writes the result; it returns small stats. The local engine
fans tasks out over a process pool and yields results in task order, so outputs never depend
on which worker finished first.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

from pipeline.progress import track

A = TypeVar("A")
R = TypeVar("R")


class LocalEngine:
    """A process pool over shards (the default); one worker runs in-process."""

    name = "local"

    def __init__(self, workers: int = 2) -> None:
        self.workers = max(1, workers)

    def map(self, task: Callable[[A], R], args: Sequence[A], description: str) -> Iterator[R]:
        if self.workers == 1 or len(args) <= 1:
            yield from track((task(a) for a in args), len(args), description)
            return
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(max_workers=self.workers, mp_context=context) as pool:
            yield from track(pool.map(task, args), len(args), description)


def make_engine(name: str, workers: int) -> LocalEngine:
    if name != "local":
        raise ValueError(f"unknown engine {name!r} (available: local)")
    return LocalEngine(workers)
