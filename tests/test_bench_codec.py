"""bench/stage_codec.py (the measurement behind storage.STAGE_ZSTD_LEVEL) keeps working."""

from __future__ import annotations

import importlib.util

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from tests.conftest import ROOT

SCRIPT = ROOT / "bench" / "stage_codec.py"


def stage_codec():
    """The script as a module: run in this process (pyarrow's thread pools can abort a
    short-lived interpreter at exit, apache/arrow#34314, which would make a subprocess flaky)."""
    spec = importlib.util.spec_from_file_location("stage_codec", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_stage_codec_reports_every_setting_for_a_stage_folder(tmp_path, capsys):
    words = [f"paragraph {i} of an invented story about the harbour board" for i in range(400)]
    for part in range(2):
        table = pa.table({"article_id": [f"{part}-{i}" for i in range(400)], "text": words})
        pq.write_table(table, tmp_path / f"part-{part:05d}.parquet")
    assert stage_codec().main([str(tmp_path), "--runs", "1"]) == 0
    out = capsys.readouterr().out
    assert "800 rows" in out
    rows = [line for line in out.splitlines() if line.startswith("| ") and "---" not in line]
    settings = [row.split("|")[1].strip() for row in rows[1:]]
    assert settings == [
        "zstd 3 (stage folders before)",
        "zstd 1 (stage folders now)",
        "zstd 1, no dictionary, no statistics",
        "lz4",
        "snappy",
    ]
    for row in rows[1:]:
        write, read, total, kib = (float(c.replace(",", "")) for c in row.split("|")[2:6])
        assert abs(total - (write + read)) <= 0.0015
        assert kib > 0


def test_stage_codec_refuses_a_folder_without_parts(tmp_path, capsys):
    with pytest.raises(SystemExit) as exited:
        stage_codec().main([str(tmp_path)])
    assert exited.value.code == 2
    assert "no part-*.parquet files" in capsys.readouterr().err
