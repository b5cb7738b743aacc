"""End to end on the bundled sample: accounting, outcomes, determinism, atomic outputs."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import orjson
import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.config import PackageParams, Params, ParamsError, ValidateParams, load_params
from pipeline.engine import LocalEngine
from pipeline.runner import run_all
from pipeline.storage import atomic_dir
from schemas import SCHEMA_VERSION
from tests.conftest import ROOT, SAMPLE


def read(out: Path, table: str) -> list[dict]:
    return pq.read_table(out / table).to_pylist()


def tree_digest(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_sample_accounting_balances(sample_build):
    out, acc = sample_build
    assert acc.balanced
    assert (acc.inputs, acc.articles, acc.duplicates, acc.rejects) == (24, 14, 4, 6)
    assert len(read(out, "articles")) == 14
    assert len(read(out, "duplicates")) == 4
    assert len(read(out, "rejects")) == 6


def test_sample_outcomes_per_input(sample_build):
    out, _ = sample_build
    articles = {r["article_id"]: r for r in read(out, "articles")}
    by_uri = {r["source_uri"]: r for r in read(out, "articles") + read(out, "duplicates")}
    rejects = {r["source_uri"]: r["reason"] for r in read(out, "rejects")}
    assert rejects == {
        "data/raw/sample/txt/12_empty.txt": "empty",
        "data/raw/sample/txt/13_binary.txt": "binary",
        "data/raw/sample/txt/14_undecodable.txt": "undecodable",
        "data/raw/sample/txt/15_whitespace_only.txt": "empty",
        "data/raw/sample/batch_web.jsonl#3": "malformed_json",
        "data/raw/sample/batch_web.jsonl#4": "missing_text",
    }
    wire = by_uri["data/raw/sample/txt/01_wire_ap.txt"]
    assert wire["article_id"] in articles
    for copy in ("txt/06_exact_duplicate.txt", "batch_web.jsonl#2"):
        row = by_uri[f"data/raw/sample/{copy}"]
        assert (row["duplicate_of"], row["method"], row["similarity"]) == (
            wire["article_id"],
            "exact",
            1.0,
        )
        assert row["cluster_id"] == wire["article_id"]
    near = by_uri["data/raw/sample/txt/07_near_duplicate.txt"]
    assert (
        near["duplicate_of"] == by_uri["data/raw/sample/txt/02_reuters_signoff.txt"]["article_id"]
    )
    assert near["method"] in ("near", "containment") and near["similarity"] >= 0.5
    # The content-farm rewrite of the wire story is a copy of it (the issue's own example):
    # most of its text survives inside the original, so containment links it.
    farm = by_uri["data/raw/sample/txt/05_content_farm.txt"]
    assert (farm["duplicate_of"], farm["method"]) == (wire["article_id"], "containment")
    assert "glued_words" in farm["quality_flags"]
    latin = by_uri["data/raw/sample/txt/08_latin1.txt"]
    assert latin["encoding"] == "cp1252" and "£45m" in latin["body"]
    assert by_uri["data/raw/sample/txt/09_utf16.txt"]["encoding"] == "utf-16"
    assert wire["reporters"] == ["Mikael Lindqvist", "Sarah Bellamy"]
    assert wire["outlet"] == "Associated Press" and wire["dateline_place"] == "Helsinki"


def test_rows_sorted_and_fields_described(sample_build):
    out, _ = sample_build
    table = pq.read_table(out / "articles")
    keys = [
        (
            r["outlet"] is None,
            r["outlet"] or "",
            r["published"] is None,
            r["published"] or 0,
            r["article_id"],
        )
        for r in table.to_pylist()
    ]
    assert keys == sorted(keys, key=lambda k: (k[0], k[1], k[2], str(k[3]), k[4]))
    assert table.schema.field("title").metadata[b"description"]
    assert table.schema.metadata[b"copydesk.schema_version"] == SCHEMA_VERSION.encode()


def test_two_runs_and_worker_counts_give_byte_identical_files(sample_build, tmp_path):
    first, _ = sample_build
    os.chdir(ROOT)
    run_all([SAMPLE], tmp_path / "again", Params(), LocalEngine(2))
    assert tree_digest(tmp_path / "again") == tree_digest(first)


def test_failed_stage_keeps_previous_output(tmp_path):
    target = tmp_path / "out"
    target.mkdir()
    (target / "keep.txt").write_text("previous")
    with pytest.raises(RuntimeError), atomic_dir(target) as scratch:
        (scratch / "half.parquet").write_text("partial")
        raise RuntimeError("stage failed")
    assert [p.name for p in target.iterdir()] == ["keep.txt"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out.tmp")]


def test_killed_stage_keeps_previous_output(tmp_path):
    target = tmp_path / "out"
    target.mkdir()
    (target / "keep.txt").write_text("previous")
    script = textwrap.dedent(f"""
        import os, signal
        from pathlib import Path
        from pipeline.storage import atomic_dir
        with atomic_dir(Path({str(target)!r})) as scratch:
            (scratch / "half.parquet").write_text("partial")
            os.kill(os.getpid(), signal.SIGKILL)
    """)
    proc = subprocess.run([sys.executable, "-c", script], cwd=ROOT, check=False)
    assert proc.returncode == -signal.SIGKILL
    assert [p.name for p in target.iterdir()] == ["keep.txt"]
    assert (target / "keep.txt").read_text() == "previous"


ARTICLE_TEXT = st.sampled_from(
    [
        "Council approves budget\n\nThe council approved the budget on Monday after a long debate "
        "about road repairs and school funding in the city.",
        "Storm hits coast\n\nBy Ann Lee\n\nHELSINKI (AP) — A storm hit the coast on Sunday, "
        "cutting power to thousands of homes, officials said.",
        "Market falls\n\nShares fell sharply on Tuesday as investors weighed new figures on prices "
        "and jobs, traders said.",
    ]
)
FILES = st.lists(
    st.one_of(
        ARTICLE_TEXT.map(lambda t: ("txt", t.encode())),
        st.binary(max_size=300).map(lambda b: ("txt", b)),
        st.lists(
            st.one_of(
                ARTICLE_TEXT.map(lambda t: orjson.dumps({"text": t}).decode()),
                st.text(max_size=40),
            ),
            max_size=5,
        ).map(lambda lines: ("jsonl", "\n".join(lines).encode())),
        st.lists(ARTICLE_TEXT, max_size=3).map(
            lambda ts: ("csv", ("title,text\n" + "".join(f'x,"{t}"\n' for t in ts)).encode())
        ),
    ),
    min_size=1,
    max_size=8,
)


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(FILES)
def test_accounting_balances_for_generated_inputs(tmp_path_factory, files):
    root = tmp_path_factory.mktemp("gen")
    raw = root / "batch"
    raw.mkdir()
    for i, (suffix, data) in enumerate(files):
        (raw / f"f{i:02d}.{suffix}").write_bytes(data)
    params = Params(validate=ValidateParams(max_reject_rate=1.0))
    acc = run_all([raw], root / "out", params, LocalEngine(1))
    assert acc.balanced
    counted = sum(
        len(pq.read_table(root / "out" / t)) for t in ("articles", "duplicates", "rejects")
    )
    assert counted == acc.inputs
    assert acc.inputs >= len(files)


def test_worker_count_is_not_part_of_the_dataset_identity():
    from pipeline.config import EngineParams

    one = Params(engine=EngineParams(workers=1))
    many = Params(engine=EngineParams(name="local", workers=8))
    assert one.digest() == many.digest()
    assert one.digest() != Params(validate=ValidateParams(max_reject_rate=0.1)).digest()


def test_published_zstd_level_changes_bytes_not_rows(sample_build, tmp_path):
    out, _ = sample_build
    params = Params(package=PackageParams(zstd_level=19))
    cwd = Path.cwd()
    os.chdir(ROOT)
    try:
        run_all([SAMPLE], tmp_path / "l19", params, LocalEngine(1))
    finally:
        os.chdir(cwd)
    for table in ("articles", "duplicates"):
        assert read(tmp_path / "l19", table) == read(out, table)
        assert parquet_bytes(tmp_path / "l19" / table) < parquet_bytes(out / table)


def parquet_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.glob("*.parquet"))


def test_published_zstd_level_is_checked(tmp_path):
    bad = tmp_path / "params.yaml"
    bad.write_text("package:\n  zstd_level: 40\n")
    with pytest.raises(ParamsError, match="zstd_level must be 1-22"):
        load_params(bad)
