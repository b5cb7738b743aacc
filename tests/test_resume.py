"""A killed stage resumes from its last completed shard; finished shards are not recomputed."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from pipeline.config import Params
from pipeline.engine import LocalEngine
from pipeline.runner import run_ingest, run_parse, run_validate
from pipeline.storage import RunInProgress, resumable_dir
from tests.conftest import ROOT, SAMPLE
from tests.test_pipeline import tree_digest


class Interrupted(Exception):
    """Stands in for a kill in the middle of a stage."""


class RecordingEngine(LocalEngine):
    """Runs in-process, counts the shards it is given, and can stop after `stop_after`."""

    def __init__(self, stop_after: int | None = None) -> None:
        super().__init__(1)
        self.stop_after = stop_after
        self.ran = 0

    def map(self, task: Callable[[Any], Any], args: Sequence[Any], description: str) -> Iterator:
        for arg in args:
            if self.stop_after is not None and self.ran == self.stop_after:
                raise Interrupted(description)
            self.ran += 1
            yield task(arg)


@pytest.fixture
def ingested(tmp_path: Path) -> tuple[Path, Params]:
    """The sample ingested in shards of 4 text files, so parse has several shards."""
    os.chdir(ROOT)
    params = Params()
    params = replace(params, ingest=replace(params.ingest, shard_size=4))
    run_ingest([SAMPLE], tmp_path / "ingested", params, LocalEngine(1))
    return tmp_path / "ingested", params


def test_interrupted_parse_resumes_without_redoing_finished_shards(ingested, tmp_path):
    source, _ = ingested
    shards = len(list((source / "records").glob("part-*.parquet")))
    assert shards >= 4
    out = tmp_path / "parsed"

    with pytest.raises(Interrupted):
        run_parse(source, out, RecordingEngine(stop_after=2))
    assert not out.exists()  # a stopped stage publishes nothing
    assert len(list((tmp_path / ".parsed.partial" / "_done").glob("*.json"))) == 2

    resumed = RecordingEngine()
    stats = run_parse(source, out, resumed)
    assert resumed.ran == shards - 2
    assert not (tmp_path / ".parsed.partial").exists()
    assert not (out / "_done").exists() and not (out / "_resume.json").exists()

    fresh = RecordingEngine()
    fresh_stats = run_parse(source, tmp_path / "fresh", fresh)
    assert fresh.ran == shards
    assert stats == fresh_stats
    assert tree_digest(out) == tree_digest(tmp_path / "fresh")


def test_interrupted_ingest_resumes_and_matches_a_clean_run(tmp_path):
    os.chdir(ROOT)
    params = Params()
    params = replace(params, ingest=replace(params.ingest, shard_size=4))
    with pytest.raises(Interrupted):
        run_ingest([SAMPLE], tmp_path / "ingested", params, RecordingEngine(stop_after=1))
    resumed = RecordingEngine()
    stats = run_ingest([SAMPLE], tmp_path / "ingested", params, resumed)
    fresh = RecordingEngine()
    run_ingest([SAMPLE], tmp_path / "clean", params, fresh)
    assert resumed.ran == fresh.ran - 1
    assert stats["inputs"] == 24
    assert tree_digest(tmp_path / "ingested") == tree_digest(tmp_path / "clean")


def test_a_changed_input_shard_is_recomputed(ingested, tmp_path):
    source, _ = ingested
    with pytest.raises(Interrupted):
        run_parse(source, tmp_path / "parsed", RecordingEngine(stop_after=2))
    first = sorted((source / "records").glob("part-*.parquet"))[0]
    os.utime(first, ns=(1, 1))  # rewritten input: new mtime
    resumed = RecordingEngine()
    run_parse(source, tmp_path / "parsed", resumed)
    shards = len(list((source / "records").glob("part-*.parquet")))
    assert resumed.ran == shards - 1


def _validate_stopped_after_two_shards(ingested, tmp_path: Path) -> Path:
    """Parse the ingested sample, start validating it and stop after two shards."""
    source, params = ingested
    parsed = tmp_path / "parsed"
    run_parse(source, parsed, LocalEngine(1))
    with pytest.raises(Interrupted):
        run_validate(parsed, tmp_path / "validated", params, RecordingEngine(stop_after=2), source)
    return parsed


def test_other_parameters_start_afresh(ingested, tmp_path):
    source, params = ingested
    parsed = _validate_stopped_after_two_shards(ingested, tmp_path)
    other = replace(params, validate=replace(params.validate, max_reject_rate=0.9))
    again = RecordingEngine()
    run_validate(parsed, tmp_path / "validated", other, again, source)
    assert again.ran == len(list((parsed / "records").glob("part-*.parquet")))


def test_validate_redoes_a_shard_whose_ingested_shard_changed(ingested, tmp_path):
    """Validate reads the ingested shard too (the raw texts of rejects): it is an input."""
    source, params = ingested
    parsed = _validate_stopped_after_two_shards(ingested, tmp_path)
    os.utime(sorted((source / "records").glob("part-*.parquet"))[0], ns=(1, 1))
    resumed = RecordingEngine()
    run_validate(parsed, tmp_path / "validated", params, resumed, source)
    assert resumed.ran == len(list((parsed / "records").glob("part-*.parquet"))) - 1


def test_a_second_run_on_the_same_output_is_refused(tmp_path):
    script = textwrap.dedent(f"""
        import sys, time
        from pathlib import Path
        from pipeline.storage import resumable_dir
        with resumable_dir(Path({str(tmp_path / "out")!r}), {{"k": 1}}):
            print("holding", flush=True)
            time.sleep(30)
    """)
    holder = subprocess.Popen(
        [sys.executable, "-c", script], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        with (
            pytest.raises(RunInProgress, match="another copydesk run"),
            resumable_dir(tmp_path / "out", {"k": 1}),
        ):
            pass
    finally:
        holder.kill()
        holder.wait()
