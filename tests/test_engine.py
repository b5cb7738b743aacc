"""The local engine: maps in task order, and one pool for the maps inside `pooled()`."""

from __future__ import annotations

import os

import pytest

from pipeline.engine import LocalEngine


def worker_pid(_: int) -> int:
    return os.getpid()


def square(x: int) -> int:
    return x * x


def test_each_map_outside_a_block_has_its_own_workers():
    engine = LocalEngine(2)
    first = set(engine.map(worker_pid, range(6), "a"))
    second = set(engine.map(worker_pid, range(6), "b"))
    assert os.getpid() not in first | second
    assert not first & second  # the first pool's workers were shut down with it


def test_maps_inside_pooled_share_one_pool_that_ends_with_the_block():
    engine = LocalEngine(2)
    with engine.pooled():
        first = list(engine.map(worker_pid, range(6), "a"))
        assert list(engine.map(square, range(7), "b")) == [x * x for x in range(7)]
        second = list(engine.map(worker_pid, range(6), "c"))
        with engine.pooled():  # nested: the same pool
            third = list(engine.map(worker_pid, range(6), "d"))
    assert len(set(first) | set(second) | set(third)) <= 2
    assert os.getpid() not in first
    assert not set(engine.map(worker_pid, range(6), "e")) & set(first)


def test_a_failing_block_still_shuts_its_pool_down():
    engine = LocalEngine(2)
    with pytest.raises(ZeroDivisionError), engine.pooled():
        pids = set(engine.map(worker_pid, range(4), "a"))
        _ = 1 / 0
    assert not set(engine.map(worker_pid, range(4), "b")) & pids


def test_one_worker_runs_in_process_pooled_or_not():
    engine = LocalEngine(1)
    with engine.pooled():
        assert set(engine.map(worker_pid, range(3), "a")) == {os.getpid()}
