"""Transparent huge pages are off in a copydesk run and in the workers it starts."""

from __future__ import annotations

import subprocess
import sys

import pytest

CHILD = """
import multiprocessing, sys
from pipeline.memory import disable_transparent_huge_pages


def thp(_):
    return [l.split()[1] for l in open("/proc/self/status") if l.startswith("THP_enabled")]


if __name__ == "__main__":
    assert disable_transparent_huge_pages()
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        print(thp(0), pool.map(thp, [0])[0])
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux only")
def test_huge_pages_off_in_the_process_and_its_spawned_workers(tmp_path):
    script = tmp_path / "child.py"
    script.write_text(CHILD)
    out = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, check=True
    ).stdout
    if "[]" in out:
        pytest.skip("this kernel does not report THP_enabled")
    assert out.split() == ["['0']", "['0']"]
