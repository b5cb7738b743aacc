"""The command line: help, exit codes, quiet output outside a terminal."""

from __future__ import annotations

import os
import platform

from typer.testing import CliRunner

from pipeline.cli import app
from tests.conftest import ROOT

runner = CliRunner()


def test_help_lists_every_stage():
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in ("run", "ingest", "parse", "validate", "dedup", "package"):
        assert command in result.output


def test_run_on_sample_prints_the_accounting(tmp_path):
    os.chdir(ROOT)
    result = runner.invoke(
        app,
        ["run", "data/raw/sample", "--out", str(tmp_path / "ds"), "--workers", "1"],
        env={"CI": "true"},
    )
    assert result.exit_code == 0, result.output
    assert "inputs read" in result.output and "24" in result.output
    assert "balanced" in result.output
    assert "━━━━━━━━━━━━━━━━╸" not in result.output  # no progress bar in logs
    assert (tmp_path / "ds" / "articles" / "part-00000.parquet").is_file()


def test_missing_input_is_a_usage_error(tmp_path):
    result = runner.invoke(app, ["run", str(tmp_path / "nope"), "--out", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert "not found" in result.output
    assert "Traceback" not in result.output


def test_folder_without_inputs_is_a_usage_error(tmp_path):
    (tmp_path / "empty").mkdir()
    result = runner.invoke(app, ["run", str(tmp_path / "empty"), "--out", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert "no input files" in result.output


def test_bad_params_file_is_a_usage_error(tmp_path):
    bad = tmp_path / "params.yaml"
    bad.write_text("dedup:\n  bands_typo: 3\n")
    result = runner.invoke(
        app, ["run", "data/raw/sample", "--out", str(tmp_path / "o"), "--params", str(bad)]
    )
    assert result.exit_code == 2
    assert "bands_typo" in result.output


def test_reject_rate_over_the_limit_fails_the_build(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("Headline only")  # parses with no body: fails validation
    params = tmp_path / "params.yaml"
    params.write_text("validate:\n  max_reject_rate: 0.0\n")
    result = runner.invoke(
        app, ["run", str(raw), "--out", str(tmp_path / "o"), "--params", str(params)]
    )
    assert result.exit_code == 1
    assert "max_reject_rate" in result.output


def test_version_names_the_parser_build():
    import pipeline.parse
    from pipeline import dedup_shingles

    shown = runner.invoke(app, ["--version"])
    assert shown.exit_code == 0
    source = (pipeline.parse.__file__ or "").endswith(".py")
    build = "Python source" if source else "compiled by mypyc"
    shingles = "numpy" if dedup_shingles.kernel is None else "C"
    assert shown.output.startswith("copydesk ")
    python = f"CPython {platform.python_version()}"
    assert f"(parser: {build}; shingles: {shingles}; {python})" in shown.output
