"""Shared fixtures: the bundled sample, a built sample dataset, and the optional corpora."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pipeline.config import Params
from pipeline.engine import LocalEngine
from pipeline.package import Accounting
from pipeline.runner import run_all

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "raw" / "sample"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED = Path(os.environ.get("COPYDESK_SHARED", ROOT.parent / "shared"))
CORPORA = SHARED / "corpora"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if CORPORA.is_dir():
        return
    skip = pytest.mark.skip(reason=f"corpora not found at {CORPORA} (../shared is absent)")
    for item in items:
        if "corpus" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Accounting]:
    """The sample corpus run through every stage once, shared by the tests that read it."""
    out = tmp_path_factory.mktemp("sample") / "dataset"
    cwd = Path.cwd()
    os.chdir(ROOT)  # source_uri is relative to the project root, as under DVC
    try:
        acc = run_all([SAMPLE], out, Params(), LocalEngine(1))
    finally:
        os.chdir(cwd)
    return out, acc
