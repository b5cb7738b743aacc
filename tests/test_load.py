"""`pipeline.load`: a dataset folder, or a pinned version of a git+DVC repository.

The repository test builds a real one in tmp_path (git init, dvc init, dvc add, two tagged
releases pushed to a local DVC remote), deletes the DVC cache so every read goes through the
remote, and loads each tag back, as a researcher would with `dvc get`, `dvc import` or
`DVCFileSystem`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import pipeline
from pipeline.loader import DatasetError
from pipeline.storage import write_parquet
from schemas import ARTICLE_SCHEMA, SCHEMA_VERSION

ENV = {**os.environ, "DVC_NO_ANALYTICS": "1", "GIT_TERMINAL_PROMPT": "0"}


def test_load_a_folder(sample_build):
    out, _ = sample_build
    articles = pipeline.load(out)
    assert articles.num_rows == 14
    assert pipeline.load(out, table="duplicates").num_rows == 4
    assert pipeline.load(out, table="rejects").num_rows == 6
    assert (
        articles.schema.field("title").metadata[b"description"]
        == (ARTICLE_SCHEMA.field("title").metadata[b"description"])
    )
    assert articles.schema.metadata[b"copydesk.schema_version"] == SCHEMA_VERSION.encode()
    assert articles.to_pandas()["outlet"].value_counts()["Reuters"] == 3
    assert pipeline.load(str(out), columns=["article_id"]).column_names == ["article_id"]


def test_usage_errors(sample_build, tmp_path):
    out, _ = sample_build
    with pytest.raises(ValueError, match="unknown table 'people'"):
        pipeline.load(out, table="people")
    with pytest.raises(ValueError, match="unknown column"):
        pipeline.load(out, columns=["nope"])
    with pytest.raises(DatasetError, match="no dataset folder"):
        pipeline.load(tmp_path / "missing")
    with pytest.raises(DatasetError, match="no articles folder"):
        pipeline.load(tmp_path)
    (tmp_path / "articles").mkdir()
    with pytest.raises(DatasetError, match=r"no part-\*\.parquet files"):
        pipeline.load(tmp_path)


def _dataset_with_part(sample_build, tmp_path: Path, data: bytes) -> Path:
    out, _ = sample_build
    copy = tmp_path / "copy"
    shutil.copytree(out, copy)
    (copy / "articles" / "part-00000.parquet").write_bytes(data)
    return copy


def test_not_parquet_is_a_clear_error(sample_build, tmp_path):
    copy = _dataset_with_part(sample_build, tmp_path, b"article_id,title\n1,x\n")
    with pytest.raises(DatasetError, match=r"part-00000\.parquet: not a readable Parquet file"):
        pipeline.load(copy)


def test_truncated_parquet_is_a_clear_error(sample_build, tmp_path):
    out, _ = sample_build
    data = (out / "articles" / "part-00000.parquet").read_bytes()
    copy = _dataset_with_part(sample_build, tmp_path, data[: len(data) // 2])
    with pytest.raises(DatasetError, match=r"part-00000\.parquet: not a readable Parquet file"):
        pipeline.load(copy)


def test_damaged_pages_are_a_clear_error(sample_build, tmp_path):
    out, _ = sample_build
    data = bytearray((out / "articles" / "part-00000.parquet").read_bytes())
    meta = pq.read_metadata(out / "articles" / "part-00000.parquet").row_group(0).column(6)
    start = meta.data_page_offset  # the body column's data pages: footer stays readable
    data[start : start + meta.total_compressed_size] = bytes(meta.total_compressed_size)
    copy = _dataset_with_part(sample_build, tmp_path, bytes(data))
    with pytest.raises(DatasetError, match=r"part-00000\.parquet: damaged Parquet data"):
        pipeline.load(copy)


def test_foreign_parquet_is_a_clear_error(sample_build, tmp_path):
    copy = _dataset_with_part(sample_build, tmp_path, b"")
    pq.write_table(pa.table({"id": [1, 2]}), copy / "articles" / "part-00000.parquet")
    with pytest.raises(
        DatasetError, match=r"not a copydesk articles table \(it has no copydesk metadata\)"
    ):
        pipeline.load(copy)


def test_wrong_table_or_schema_major_is_a_clear_error(sample_build, tmp_path):
    out, _ = sample_build
    copy = _dataset_with_part(sample_build, tmp_path, b"")
    shutil.copy(out / "rejects" / "part-00000.parquet", copy / "articles" / "part-00000.parquet")
    with pytest.raises(DatasetError, match="it has a copydesk rejects table"):
        pipeline.load(copy)
    table = pq.read_table(out / "articles")
    major = int(SCHEMA_VERSION.split(".")[0]) + 1
    future = table.replace_schema_metadata(
        {**table.schema.metadata, b"copydesk.schema_version": f"{major}.0.0".encode()}
    )
    pq.write_table(future, copy / "articles" / "part-00000.parquet")
    with pytest.raises(DatasetError, match=f"written with schema {major}.0.0"):
        pipeline.load(copy)
    renamed = table.rename_columns(
        ["headline" if n == "title" else n for n in table.column_names]
    ).replace_schema_metadata(table.schema.metadata)
    pq.write_table(renamed, copy / "articles" / "part-00000.parquet")
    with pytest.raises(DatasetError, match="column title is missing"):
        pipeline.load(copy)


def _dvc() -> str:
    found = shutil.which("dvc") or str(Path(sys.executable).with_name("dvc"))
    if not Path(found).exists():
        pytest.skip("dvc is not installed")
    return found


def _run(*args: str, cwd: Path) -> None:
    proc = subprocess.run(args, cwd=cwd, env=ENV, capture_output=True, text=True, check=False)
    assert proc.returncode == 0, f"{' '.join(args)}\n{proc.stdout}\n{proc.stderr}"


def _release(repo: Path, dvc: str, tag: str) -> None:
    _run(dvc, "add", "-q", "data/processed/news-sample", cwd=repo)
    _run("git", "add", "-A", cwd=repo)
    _run("git", "commit", "-q", "-m", f"dataset {tag}", cwd=repo)
    _run("git", "tag", "-a", tag, "-m", f"dataset {tag}", cwd=repo)
    _run(dvc, "push", "-q", cwd=repo)


def test_pinned_versions_from_a_git_dvc_repository(sample_build, tmp_path):
    """Two tagged releases in a DVC remote; each tag loads its own rows."""
    dvc = _dvc()
    out, _ = sample_build
    repo, store = tmp_path / "repo", tmp_path / "store"
    repo.mkdir()
    _run("git", "init", "-q", "-b", "main", cwd=repo)
    _run("git", "config", "user.email", "test@example.org", cwd=repo)
    _run("git", "config", "user.name", "copydesk test", cwd=repo)
    _run("git", "config", "commit.gpgsign", "false", cwd=repo)
    _run("git", "config", "tag.gpgsign", "false", cwd=repo)
    _run(dvc, "init", "-q", cwd=repo)
    _run(dvc, "remote", "add", "-d", "store", str(store), cwd=repo)
    (repo / "params.yaml").write_text("dataset:\n  name: news-sample\n  version: 0.1.0\n")
    dataset = repo / "data" / "processed" / "news-sample"
    shutil.copytree(out, dataset)
    _release(repo, dvc, "v0.1.0")

    # v0.2.0 keeps five articles: a different dataset under the same path
    part = dataset / "articles" / "part-00000.parquet"
    write_parquet(pq.read_table(part).slice(0, 5), part)
    (repo / "params.yaml").write_text("dataset:\n  name: news-sample\n  version: 0.2.0\n")
    _release(repo, dvc, "v0.2.0")
    shutil.rmtree(repo / ".dvc" / "cache")  # every read below must come from the remote

    assert pipeline.load(repo, rev="v0.1.0").num_rows == 14
    assert pipeline.load(repo, rev="v0.2.0").num_rows == 5
    assert pipeline.load(repo, rev="v0.1.0", table="duplicates").num_rows == 4
    assert pipeline.load(repo, rev="v0.1.0", path="data/processed/news-sample").num_rows == 14
    with pytest.raises(DatasetError, match="cannot open the repository"):
        pipeline.load(repo, rev="v9.9.9")

    got = tmp_path / "got"
    _run(
        dvc, "get", str(repo), "data/processed/news-sample", "--rev", "v0.1.0", "-o", str(got),
        cwd=tmp_path,
    )  # fmt: skip
    assert pipeline.load(got).num_rows == 14

    consumer = tmp_path / "consumer"
    consumer.mkdir()
    _run("git", "init", "-q", cwd=consumer)
    _run(dvc, "init", "-q", cwd=consumer)
    _run(
        dvc, "import", "-q", str(repo), "data/processed/news-sample", "--rev", "v0.2.0",
        "-o", "news", cwd=consumer,
    )  # fmt: skip
    assert pipeline.load(consumer / "news").num_rows == 5
    assert "rev: v0.2.0" in (consumer / "news.dvc").read_text()
