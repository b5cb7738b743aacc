"""A fixed CPU workload that times the machine, not copydesk.

The shared VMs these benchmarks run on change speed by up to 2x within a day (the same parser ran at
3,460 and at 1,800 articles per CPU second on the same day, docs/history/BENCHMARKS-log.md), so a
benchmark number only compares with another taken at the same machine speed. The benchmarks record
how long this workload took right before they ran: two runs whose reference times differ by 20 % ran
on machines about 20 % apart. It mixes what the stages spend their time on: Python bytecode over
strings and dicts, regular expressions, and zstd.

    python bench/machine_speed.py     # prints the reference CPU seconds (best of 5)

The workload runs in the interpreter that runs it, and the interpreter's build moves it as much as
the hour does (Debian's CPython 3.11, libpython linked in, took 0.121 and 0.174 CPU s where pyenv's,
libpython shared, took 0.161 and 0.260 a minute before: docs/history/BENCHMARKS-log.md, session of
2026-12-07, 23:23 UTC): compare references taken in one interpreter.
"""

from __future__ import annotations

import platform
import re
import sys
import time
from pathlib import Path

import pyarrow as pa

_TEXT = " ".join(
    f"Portvale harbour board member {i} said on Tuesday that ferry fares would rise by {i % 9}"
    " per cent (Reporting by Jo Li; Editing by Kim Bo)."
    for i in range(400)
)
_WORD = re.compile(r"\b[A-Z][a-z]+\b")
_NUMBER = re.compile(r"\d+")


def _workload() -> int:
    counts: dict[str, int] = {}
    for _ in range(48):
        for word in _TEXT.split():
            key = word.strip(".,()").lower()
            counts[key] = counts.get(key, 0) + 1
        counts["capitals"] = len(_WORD.findall(_TEXT)) + len(_NUMBER.findall(_TEXT))
    data = (_TEXT * 40).encode()
    for _ in range(24):
        pa.compress(data, codec="zstd", asbytes=True)
    return len(counts)


def reference_seconds(rounds: int = 5) -> float:
    """CPU seconds of the workload, the best of `rounds` (about 0.3 s each on this machine)."""
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        _workload()
        best = min(best, time.process_time() - start)
    return round(best, 4)


def interpreter() -> str:
    """The running CPython, named in every benchmark's output: its build moves parse speed by
    more than a session's rules do (an interpreter with libpython linked in and built by the
    distribution ran the parser in 11.5 % fewer instructions than pyenv's shared-library
    build without `--enable-optimizations`: docs/history/BENCHMARKS-log.md, session of 2026-12-07,
    23:23 UTC)."""
    maps = Path("/proc/self/maps")
    shared = "libpython" in maps.read_text() if maps.exists() else None
    linkage = {True: "libpython shared", False: "libpython linked in", None: "linkage unknown"}
    return f"CPython {platform.python_version()} at {sys.executable} ({linkage[shared]})"


if __name__ == "__main__":
    print(f"interpreter: {interpreter()}")
    print(f"machine reference workload: {reference_seconds():.4f} CPU s (best of 5)")
