"""The scale benchmark's tools (issue 7) keep working: corpus generator and stage runner."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import CORPORA, ROOT

pytestmark = pytest.mark.corpus


def make_corpus(out: Path, size: int, *extra: str) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, str(ROOT / "bench" / "make_corpus.py"), "--size", str(size)]
    cmd += ["--out", str(out), "--corpora", str(CORPORA), *extra]
    return subprocess.run(cmd, capture_output=True, text=True, check=False)


def txt_path(corpus: Path, index: str) -> Path:
    return corpus / "txt" / f"{int(index) // 10_000:04d}" / f"{int(index):07d}.txt"


def test_make_corpus_plants_the_requested_copies_deterministically(tmp_path):
    assert make_corpus(tmp_path / "a", 500, "--format", "both").returncode == 0
    assert make_corpus(tmp_path / "b", 500, "--format", "both").returncode == 0
    manifest = json.loads((tmp_path / "a" / "MANIFEST.json").read_text())
    assert manifest["counts"] == {"original": 400, "exact": 50, "near": 50}
    texts = sorted((tmp_path / "a" / "txt").rglob("*.txt"))
    assert len(texts) == 500
    assert [p.read_bytes() for p in texts] == [
        (tmp_path / "b" / p.relative_to(tmp_path / "a")).read_bytes() for p in texts
    ]
    labels = (tmp_path / "a" / "LABELS.tsv").read_text().splitlines()[1:]
    exact = [line.split("\t") for line in labels if line.split("\t")[1] == "exact"]
    i, _, original, _ = exact[0]
    assert (
        txt_path(tmp_path / "a", i).read_bytes() == txt_path(tmp_path / "a", original).read_bytes()
    )
    lines = (tmp_path / "a" / "jsonl" / "part-0000.jsonl").read_text().splitlines()
    assert len(lines) == 500 and json.loads(lines[0])["text"] == texts[0].read_text()


def test_make_corpus_refuses_to_write_inside_the_repository():
    done = make_corpus(ROOT / "data" / "scale-test", 10)
    assert done.returncode != 0 and "outside the repository" in done.stderr
    assert not (ROOT / "data" / "scale-test").exists()


@pytest.mark.slow
def test_run_measures_every_stage(tmp_path):
    assert make_corpus(tmp_path / "c", 300).returncode == 0
    report = tmp_path / "run.json"
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "run.py"),
            "--raw",
            str(tmp_path / "c" / "txt"),
            "--json",
            str(report),
            "--workers",
            "1",
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(report.read_text())
    stages = {s["stage"]: s for s in result["stages"]}
    assert list(stages) == ["ingest", "parse", "validate", "dedup", "package"]
    assert stages["ingest"]["records_in"] == 300
    assert all(s["returncode"] == 0 and s["peak_tree_rss_mb"] > 20 for s in stages.values())
    assert result["io_floor"]["records"] == 300 and result["ratio_to_floor"] > 1
    # every raw file read once before the floor, so both start with a warm page cache
    assert result["page_cache_warm_up"]["files"] == 300
    assert result["page_cache_warm_up"]["bytes"] == result["io_floor"]["raw_bytes"]
    # Each stage is a Python process that imports pyarrow: it takes some CPU, and never more
    # than its wall time allows on this machine's cores.
    cores = os.cpu_count() or 1
    assert all(0.1 < s["cpu_s"] <= s["wall_s"] * cores + 0.5 for s in stages.values())
    assert result["pipeline_cpu_s"] == pytest.approx(sum(s["cpu_s"] for s in stages.values()))
    assert result["io_floor"]["cpu_s"] > 0 and result["cpu_bound_ratio_to_floor"] > 0
    assert all(0 <= s["sampler_cpu_s"] < s["wall_s"] for s in stages.values())
    # the machine's speed, timed before and after the stages (bench/machine_speed.py)
    machine = result["machine"]
    assert 0 < machine["reference_cpu_s_before"] < 30 and 0 < machine["reference_cpu_s_after"] < 30
    assert "machine reference workload" in done.stdout
