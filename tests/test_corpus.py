"""Runs on the real corpora in ../shared (skipped when they are absent)."""

from __future__ import annotations

import collections
import hashlib
import os
import subprocess
import sys

import pyarrow.parquet as pq
import pytest

from pipeline.config import Params
from pipeline.engine import LocalEngine
from pipeline.runner import run_all
from tests.conftest import CORPORA, ROOT, SHARED

pytestmark = pytest.mark.corpus


@pytest.fixture(scope="module")
def bbc_build(tmp_path_factory):
    out = tmp_path_factory.mktemp("bbc") / "dataset"
    os.chdir(ROOT)
    return out, run_all([CORPORA / "bbc"], out, Params(), LocalEngine(2))


def test_bbc_every_file_accounted_for(bbc_build):
    _, acc = bbc_build
    assert acc.inputs == 2225
    assert acc.balanced
    assert acc.articles + acc.duplicates + acc.rejects == 2225


def test_bbc_byte_identical_groups_land_in_duplicates(bbc_build):
    out, _ = bbc_build
    groups = collections.defaultdict(list)
    for path in sorted((CORPORA / "bbc").rglob("*.txt")):
        groups[hashlib.sha256(path.read_bytes()).hexdigest()].append(path)
    identical = [g for g in groups.values() if len(g) > 1]
    assert len(identical) == 98
    duplicates = pq.read_table(out / "duplicates").to_pylist()
    articles = pq.read_table(out / "articles").to_pylist()
    by_sha = collections.defaultdict(lambda: [0, 0])
    for row in articles:
        by_sha[row["source_sha256"]][0] += 1
    for row in duplicates:
        by_sha[row["source_sha256"]][1] += 1
    for group in identical:
        digest = hashlib.sha256(group[0].read_bytes()).hexdigest()
        kept, copies = by_sha[digest]
        # One file of each identical group may be kept; every other file is a duplicate.
        assert kept <= 1 and kept + copies == len(group)


def test_bbc_latin1_byte_is_decoded(bbc_build):
    out, _ = bbc_build
    rows = [
        r
        for r in pq.read_table(out / "articles").to_pylist()
        + pq.read_table(out / "duplicates").to_pylist()
        if r["source_uri"].endswith("bbc/sport/199.txt")
    ]
    assert rows and rows[0]["encoding"] in ("cp1252", "utf-8+cp1252")
    assert "\ufffd" not in rows[0]["body"]


def assert_meets_contract(out):
    result = subprocess.run(
        [sys.executable, str(SHARED / "tools" / "check_contract.py"), str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "contract: ok" in result.stdout


def test_bbc_output_meets_the_published_contract(bbc_build):
    assert_meets_contract(bbc_build[0])


def test_sample_output_meets_the_published_contract(sample_build):
    assert_meets_contract(sample_build[0])
