"""Parse cost in CPU instructions per article, a number the machine's speed does not move.

    python bench/parse_instructions.py [--corpora ../shared/corpora] [--n 428]

Time on this project's shared VMs drifts by up to 2x within a day, so a 5 % change of the
parser cannot be seen in articles per second. Valgrind's callgrind counts the instructions a
process executes. A child process under callgrind loads the parser and every rule table
(`check_knowledge`, as the parse stage does before its records), reads the texts and warms up
by parsing each text once (the patterns compile as they are first needed); then it switches
callgrind's instrumentation on (`callgrind_control -i on`, the child's own pid), parses the
texts again (the articles of `parse_benchmark.py`, each once) and switches it off. A second
child does the same without the counted parses, to take away the cost of the two switches.
The difference over the number of texts is the parser's instructions per article.

Before 2026-12-07 the whole child was counted, loading included (~18 billion instructions),
and the load pass varied by up to 0.2 % from run to run (27-66 k instructions per article
after the division): differences of a few per cent between commits were within that spread.
Counting only the parses makes two runs of one tree agree (see `docs/history/BENCHMARKS-log.md`). It
needs `valgrind` (with `callgrind_control`) on the PATH and takes about 3 minutes.
Instructions are not time (cache misses and branch mispredictions differ), but a change that
removes instructions from a flat profile removes time in about the same share.
"""

from __future__ import annotations

import argparse
import os
import pickle
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from machine_speed import interpreter  # bench/ is the script's own folder
from parse_benchmark import articles

import pipeline
from pipeline.parse import COMPILED

_CHILD = """
import gc, os, pickle, subprocess, sys
from pipeline.parse import parse_text, quality
from pipeline.parse.knowledge_check import check_knowledge
def instrument(switch):
    subprocess.run(["callgrind_control", "-i", switch, str(os.getpid())], check=True,
                   capture_output=True)
texts = pickle.load(open(sys.argv[1], "rb"))
check_knowledge()  # every rule table loads, as the parse stage loads them before its records
for text in texts:
    parse_text(text)  # and the patterns compile once (the index's as openings first need them)
quality.language("Dies ist ein kurzer deutscher Satz ohne viele englische Wörter.")
gc.disable()  # as `parse_table` parses (a collection's cost would depend on the heap's past)
instrument("on")
if sys.argv[2] == "parse":
    for text in texts:
        parse_text(text)
instrument("off")
gc.enable()
"""
# The child imports the parser this process imports: the checkout's sources, or the
# installed package of the virtualenv running the script (`make compiled`'s mypyc build).
_PACKAGES = Path(pipeline.__file__).resolve().parent.parent
_COLLECTED = re.compile(r"Collected : (\d+)")


def instructions(script: Path, texts: Path, mode: str) -> int:
    """Instructions of one child process under callgrind."""
    # The same dict layouts on every run, and the same parser as this process's.
    # numpy's OpenBLAS starts worker threads that spin now and then; callgrind counts their
    # instructions too (up to 70,000 per article, either way): one thread, none spinning.
    env = {
        **os.environ,
        "PYTHONHASHSEED": "0",
        "PYTHONPATH": str(_PACKAGES),
        "OPENBLAS_NUM_THREADS": "1",
    }
    done = subprocess.run(
        [
            "valgrind",
            "--tool=callgrind",
            "--callgrind-out-file=/dev/null",
            "--instr-atstart=no",  # the child switches it on for its counted parses
            sys.executable,
            str(script),
            str(texts),
            mode,
        ],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    found = _COLLECTED.search(done.stderr)
    if found is None:
        raise SystemExit(f"no instruction count in valgrind's output:\n{done.stderr[-2000:]}")
    return int(found.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpora", type=Path, default=Path("../shared/corpora"))
    parser.add_argument("--n", type=int, default=0, help="texts to parse (0: all of them)")
    args = parser.parse_args()
    if shutil.which("valgrind") is None or shutil.which("callgrind_control") is None:
        raise SystemExit("valgrind is not installed (apt install valgrind)")
    texts = articles(args.corpora)
    texts = texts[: args.n] if args.n else texts
    with tempfile.TemporaryDirectory() as tmp:
        script, data = Path(tmp) / "child.py", Path(tmp) / "texts.pkl"
        script.write_text(_CHILD)
        data.write_bytes(pickle.dumps(texts))
        base = instructions(script, data, "load")
        full = instructions(script, data, "parse")
    print(f"parser: {'compiled by mypyc' if COMPILED else 'Python source'} in {_PACKAGES}")
    print(f"interpreter: {interpreter()}")
    print(f"texts: {len(texts)}; instructions counted: switches alone {base:,}, parses {full:,}")
    print(f"parse: {(full - base) / len(texts):,.0f} instructions per article")


if __name__ == "__main__":
    main()
