"""The committed DVC pipeline matches the code and parameters in the repository."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import orjson
import pytest
import typer
import yaml

from pipeline.cli import app
from tests.conftest import ROOT


def dvc() -> str:
    found = shutil.which("dvc") or str(Path(sys.executable).with_name("dvc"))
    if not Path(found).exists():
        pytest.skip("dvc is not installed")
    return found


def test_dvc_lock_records_the_current_code_and_params():
    """A stale dvc.lock means someone changed code without `dvc repro`: outputs would lie."""
    result = subprocess.run(
        [dvc(), "status", "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "DVC_NO_ANALYTICS": "1"},
    )
    status = orjson.loads(result.stdout or "{}")
    stale = {
        stage: changes["changed deps"]
        for stage, entries in status.items()
        for changes in entries
        if isinstance(changes, dict) and "changed deps" in changes
        for path, state in changes["changed deps"].items()
        if not path.startswith("data/interim") or state != "deleted"
    }
    assert not stale, f"dvc.lock is stale, run `dvc repro`: {stale}"


def test_bytecode_beside_the_code_is_no_dependency():
    """Python writes `__pycache__` into the code folders the stages depend on (unless
    PYTHONDONTWRITEBYTECODE is set): hashed, it would make a fresh clone's `dvc repro` re-run
    every stage. `.dvcignore` leaves it out; the sources stay in."""
    paths = ["pipeline/parse/__pycache__/lines.cpython-311.pyc", "schemas/__pycache__/x.pyc"]
    ignored = subprocess.run(
        [dvc(), "check-ignore", *paths, "pipeline/parse/lines.py"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "DVC_NO_ANALYTICS": "1"},
    )
    assert ignored.stdout.split() == paths


def test_every_stage_is_a_copydesk_subcommand_with_declared_outputs():
    pipeline = yaml.safe_load((ROOT / "dvc.yaml").read_text())["stages"]
    assert list(pipeline) == ["ingest", "parse", "validate", "dedup", "package"]
    commands = set(typer.main.get_command(app).commands)  # type: ignore[attr-defined]
    for name, stage in pipeline.items():
        program, command = stage["cmd"].split()[:2]
        # `copydesk validate PATH...` is the CI data gate; its DVC stage is `validate-stage`.
        assert program == "copydesk" and command in (name, f"{name}-stage")
        assert command in commands
        assert stage["outs"] and stage["deps"]
