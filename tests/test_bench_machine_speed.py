"""The machine reference (`bench/machine_speed.py`) names the interpreter it ran in: the
interpreter's build moves every benchmark number (docs/history/BENCHMARKS-log.md, session of
2026-12-07, 23:23 UTC)."""

from __future__ import annotations

import platform
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="Linux's /proc/self/maps")
def test_the_script_prints_the_interpreter_and_the_reference():
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "machine_speed.py")],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT / "bench",
    )
    first, second = done.stdout.splitlines()
    assert first.startswith(f"interpreter: CPython {platform.python_version()} at {sys.executable}")
    # this process maps libpython exactly when the interpreter was built around a shared one
    with open("/proc/self/maps", encoding="utf-8") as fh:
        shared = "libpython" in fh.read()
    assert first.endswith("(libpython shared)" if shared else "(libpython linked in)")
    seconds = float(second.removeprefix("machine reference workload: ").split()[0])
    assert 0 < seconds < 30
