"""The Ray engine builds exactly what the local engine builds (needs `copydesk[ray]`)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator

import pytest

from pipeline.config import Params
from pipeline.engine import LocalEngine, RayEngine, make_engine
from pipeline.runner import run_all
from tests.conftest import CORPORA, ROOT, SAMPLE
from tests.test_pipeline import tree_digest

ray = pytest.importorskip("ray", reason="the ray extra is not installed (make test-ray)")
# under pytest-xdist one worker runs every Ray test: one local Ray instance at a time
pytestmark = [pytest.mark.ray, pytest.mark.xdist_group("ray")]


@pytest.fixture(scope="module", autouse=True)
def local_ray() -> Iterator[None]:
    """One local Ray instance (2 CPUs) for the module, as `RayEngine(2)` would start."""
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()


def square(x: int) -> tuple[int, int]:
    return os.getpid(), x * x


ray.cloudpickle.register_pickle_by_value(sys.modules[__name__])  # workers cannot import tests


def test_ray_map_returns_results_in_task_order_from_ray_workers():
    results = list(RayEngine(2).map(square, list(range(12)), "squares"))
    assert [r[1] for r in results] == [x * x for x in range(12)]
    assert os.getpid() not in {pid for pid, _ in results}  # ran in Ray worker processes


def test_make_engine_names_both_engines():
    assert isinstance(make_engine("ray", 2, "auto"), RayEngine)
    assert make_engine("ray", 2, "auto").address == "auto"
    with pytest.raises(ValueError, match="local, ray"):
        make_engine("spark", 2)


def test_ray_builds_the_sample_byte_identical_to_local(sample_build, tmp_path):
    local, _ = sample_build
    os.chdir(ROOT)
    acc = run_all([SAMPLE], tmp_path / "ray", Params(), RayEngine(2))
    assert acc.balanced
    assert tree_digest(tmp_path / "ray") == tree_digest(local)


@pytest.mark.corpus
@pytest.mark.slow
def test_ray_builds_a_10k_corpus_byte_identical_to_local(tmp_path):
    """10,000 generated articles with exact and near copies: same rows, same canonicals."""
    corpus = tmp_path / "corpus"
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "make_corpus.py"),
            "--size",
            "10000",
            "--out",
            str(corpus),
            "--corpora",
            str(CORPORA),
        ],
        check=True,
        capture_output=True,
    )
    os.chdir(ROOT)
    local = run_all([corpus / "txt"], tmp_path / "local", Params(), LocalEngine(2))
    on_ray = run_all([corpus / "txt"], tmp_path / "ray", Params(), RayEngine(2))
    assert local.inputs == on_ray.inputs == 10_000
    assert local.duplicates > 1_000  # the corpus holds 2,000 planted copies
    assert tree_digest(tmp_path / "ray") == tree_digest(tmp_path / "local")
