"""Incremental dedup: a new batch reuses the persisted signatures and gives the same output."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.config import DedupParams, Params
from pipeline.engine import LocalEngine
from pipeline.runner import run_dedup
from pipeline.storage import part_files, write_parquet
from schemas import ARTICLE_SCHEMA
from tests.test_dedup import article, story

OLD = [
    article("old1", story(11), reporters=["Ann Lee"], outlet="Reuters"),
    article("old2", story(12)),
    article("old3", story(12) + " A closing line."),
    article("old4", story(13)),
]
NEW = [
    article("new1", story(11).upper() + " Copied from the wire."),  # a copy of old1
    article("new2", story(14)),
    article("new3", story(15)),
]


def validated(folder: Path, shards: list[list[dict]]) -> Path:
    """A validate-stage output folder: records/part-NNNNN.parquet."""
    for n, rows in enumerate(shards):
        table = pa.Table.from_pylist(rows, schema=ARTICLE_SCHEMA)
        write_parquet(table, folder / "records" / f"part-{n:05d}.parquet")
    return folder


def dedup(source: Path, out: Path, index: Path | None, params: Params | None = None) -> dict:
    return run_dedup(source, out, params or Params(), LocalEngine(1), index)


def files(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*.parquet"))
        if "/." not in str(p)
    }


@pytest.fixture
def second_run(tmp_path: Path) -> tuple[dict, Path, Path]:
    """Run 1 on the old batch, run 2 with the new batch added (shards laid out anew)."""
    index = tmp_path / "index"
    first = dedup(validated(tmp_path / "v1", [OLD]), tmp_path / "d1", index)
    assert (first["signatures_computed"], first["signatures_reused"]) == (4, 0)
    assert first["index"].startswith("absent")
    source = validated(tmp_path / "v2", [[NEW[0], *OLD[:2]], [*OLD[2:], *NEW[1:]]])
    stats = dedup(source, tmp_path / "d2", index)
    return stats, source, index


def test_second_run_computes_only_the_new_articles(second_run):
    stats, _, index = second_run
    assert stats["signatures_computed"] == 3
    assert stats["signatures_reused"] == 4
    assert stats["index"].startswith("loaded")
    ids = pq.read_table(index, columns=["article_id"])["article_id"].to_pylist()
    assert sorted(i[:4] for i in ids) == ["new1", "new2", "new3", "old1", "old2", "old3", "old4"]


def test_incremental_output_equals_a_run_from_scratch(second_run, tmp_path):
    stats, source, index = second_run
    scratch = dedup(source, tmp_path / "scratch", tmp_path / "fresh-index")
    assert scratch["signatures_computed"] == 7 and scratch["signatures_reused"] == 0
    assert files(tmp_path / "d2") == files(tmp_path / "scratch")
    assert files(index) == files(tmp_path / "fresh-index")
    for key in ("articles", "duplicates", "clusters_with_copies"):
        assert stats[key] == scratch[key]


def test_a_new_copy_of_an_old_article_names_the_old_id(second_run, tmp_path):
    copies = pq.read_table(tmp_path / "d2" / "duplicates").to_pylist()
    by_id = {r["article_id"][:4]: r for r in copies}
    assert by_id["new1"]["duplicate_of"] == OLD[0]["article_id"]
    assert by_id["new1"]["method"] == "near"
    # old copies keep their clusters: old3 (longer) stays the canonical of old2
    assert by_id["old2"]["duplicate_of"] == OLD[2]["article_id"]
    assert sorted(by_id) == ["new1", "old2"]


def test_a_changed_body_is_recomputed(tmp_path):
    index = tmp_path / "index"
    dedup(validated(tmp_path / "v1", [OLD]), tmp_path / "d1", index)
    edited = [{**OLD[0], "body": story(16)}, *OLD[1:]]  # same article_id, new parser output
    stats = dedup(validated(tmp_path / "v2", [edited]), tmp_path / "d2", index)
    assert (stats["signatures_computed"], stats["signatures_reused"]) == (1, 3)
    dedup(tmp_path / "v2", tmp_path / "d3", None)
    assert files(tmp_path / "d2") == files(tmp_path / "d3")


def test_an_unreadable_index_is_ignored_with_a_message(tmp_path):
    index = tmp_path / "index"
    source = validated(tmp_path / "v1", [OLD])
    dedup(source, tmp_path / "d1", index)
    part_files(index)[0].write_bytes(b"not parquet at all")
    stats = dedup(source, tmp_path / "d2", index)
    assert stats["index"].startswith("unreadable: ") and "ignored" in stats["index"]
    assert (stats["signatures_computed"], stats["signatures_reused"]) == (4, 0)
    assert files(tmp_path / "d1") == files(tmp_path / "d2")
    assert pq.read_table(index).num_rows == 4  # rewritten whole


def test_an_index_of_other_settings_is_stale(tmp_path):
    index = tmp_path / "index"
    source = validated(tmp_path / "v1", [OLD])
    dedup(source, tmp_path / "d1", index, Params(dedup=DedupParams(seed=7)))
    stats = dedup(source, tmp_path / "d2", index)
    assert stats["index"].startswith("stale: ") and "seed" in stats["index"]
    assert stats["signatures_reused"] == 0


def test_an_index_that_disagrees_with_the_code_is_recomputed(tmp_path):
    """Same metadata, wrong values (e.g. normalisation changed without a version bump)."""
    index = tmp_path / "index"
    source = validated(tmp_path / "v1", [OLD])
    dedup(source, tmp_path / "d1", index)
    part = part_files(index)[0]
    table = pq.read_table(part)
    width = table.schema.field("minhash").type.byte_width
    zeroed = pa.array([bytes(width)] * table.num_rows, pa.binary(width))
    table = table.set_column(table.schema.get_field_index("minhash"), "minhash", zeroed)
    pq.write_table(table, part)
    stats = dedup(source, tmp_path / "d2", index)
    assert "spot check" in stats["index"] and stats["signatures_reused"] == 0
    assert files(tmp_path / "d1") == files(tmp_path / "d2")


def test_cli_reports_reuse_and_a_corrupt_index_without_a_traceback(tmp_path):
    source = validated(tmp_path / "v1", [OLD])
    index = tmp_path / "index"
    args = ["dedup", "--in", str(source), "--out", str(tmp_path / "d"), "--workers", "1"]
    first = CliRunner().invoke(app, [*args, "--index", str(index)])
    assert first.exit_code == 0, first.output
    assert "4 computed, 0 reused" in first.output
    again = CliRunner().invoke(app, [*args, "--index", str(index)])
    assert "0 computed, 4 reused" in again.output
    part_files(index)[0].write_bytes(b"\x00garbage")
    broken = CliRunner().invoke(app, [*args, "--index", str(index)])
    assert broken.exit_code == 0 and "Traceback" not in broken.output
    assert "unreadable" in broken.output and "4 computed" in broken.output
    stage = json.loads((tmp_path / "d" / "stage.json").read_text())
    assert stage["records_in"] == 4 and "signatures_computed" not in stage  # printed only
    for off in ([], ["--index", ""]):  # no index unless asked: benchmarks stay cold
        none = CliRunner().invoke(app, [*args, *off])
        assert none.exit_code == 0 and "4 computed, 0 reused (index none)" in none.output


def test_dvc_keeps_the_index_between_runs():
    """The dedup stage passes dedup.index and declares it a persistent output."""
    import yaml

    from tests.conftest import ROOT

    stage = yaml.safe_load((ROOT / "dvc.yaml").read_text())["stages"]["dedup"]
    assert "--index ${dedup.index}" in stage["cmd"]
    assert {"${dedup.index}": {"persist": True}} in stage["outs"]
    assert "dedup" in stage["params"]
    deps = set(stage["deps"])
    assert {str(p.relative_to(ROOT)) for p in (ROOT / "pipeline").glob("dedup*.py")} <= deps


def test_stage_summary_does_not_depend_on_the_index(second_run, tmp_path):
    """DVC hashes the whole output folder: a fresh clone (no index yet) must build the same
    bytes as a workspace whose persisted index was loaded."""
    stats, source, _ = second_run
    scratch = dedup(source, tmp_path / "scratch", tmp_path / "fresh-index")
    assert stats["index"].startswith("loaded") and scratch["index"].startswith("absent")
    summary = (tmp_path / "d2" / "stage.json").read_bytes()
    assert summary == (tmp_path / "scratch" / "stage.json").read_bytes()
    assert b"signatures_reused" not in summary and b'"articles"' in summary
