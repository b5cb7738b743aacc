"""Two parser builds timed in turn, for a change smaller than the machine's drift.

    python bench/parse_pair.py PYTHON_A PYTHON_B [--corpora ../shared/corpora] [--rounds 8]

Each PYTHON is an interpreter with its own copydesk installed (e.g. `.venv-compiled/bin/python`
and the same in a worktree of an older commit). The shared VMs' speed drifts by 10 % within
minutes, more than a parser change moves `parse_benchmark.py`'s medians, so each round runs
one process per build, one after the other, on the same articles (those of
`parse_benchmark.py`, each once per pass); a process reports its best pass of five in articles
per CPU second (the pass least disturbed by the neighbours). The last lines give each build's
median over the rounds and in how many rounds B was faster.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from pathlib import Path

_CHILD = """
import sys, time
sys.path.insert(0, {bench!r})
from parse_benchmark import articles
from pipeline.parse import parse_text, quality
from pathlib import Path
texts = articles(Path({corpora!r}))
for text in texts:
    parse_text(text)  # warm-up: the rule tables load, the patterns compile, once
quality.language("Dies ist ein kurzer deutscher Satz ohne viele englische Wörter.")
best = float("inf")
for _ in range(5):
    start = time.process_time()
    for text in texts:
        parse_text(text)
    best = min(best, time.process_time() - start)
print(len(texts) / best)
"""


def _rate(python: str, corpora: Path) -> float:
    code = _CHILD.format(bench=str(Path(__file__).resolve().parent), corpora=str(corpora))
    # run from '/': no source tree in the working folder shadows the installed build
    # (an absolute path, not a resolved one: a virtualenv's python is a link out of it)
    command = [os.path.abspath(python), "-c", code]
    done = subprocess.run(command, capture_output=True, text=True, check=True, cwd="/")
    return float(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("python_a")
    parser.add_argument("python_b")
    parser.add_argument("--corpora", type=Path, default=Path("../shared/corpora"))
    parser.add_argument("--rounds", type=int, default=8)
    args = parser.parse_args()
    corpora = args.corpora.resolve()
    rates: list[tuple[float, float]] = []
    for round_no in range(1, args.rounds + 1):
        pair = (_rate(args.python_a, corpora), _rate(args.python_b, corpora))
        rates.append(pair)
        print(
            f"round {round_no}: A {pair[0]:,.0f}  B {pair[1]:,.0f} articles per CPU s", flush=True
        )
    a = statistics.median(r[0] for r in rates)
    b = statistics.median(r[1] for r in rates)
    faster = sum(r[1] > r[0] for r in rates)
    print(
        f"median: A {a:,.0f}, B {b:,.0f} ({(b / a - 1) * 100:+.1f} %); B faster in {faster} of "
        f"{len(rates)} rounds"
    )


if __name__ == "__main__":
    sys.exit(main())
