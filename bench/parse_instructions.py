"""Parse cost in CPU instructions per article, a number the machine's speed does not move.

    python bench/parse_instructions.py [--corpora ../shared/corpora] [--n 428]

Time on this project's shared VMs drifts by up to 2x within a day, so a 5 % change of the
parser cannot be seen in articles per second. Valgrind's callgrind counts the instructions a
process executes, the same on every run of the same code and inputs. The script runs a child
process twice under callgrind: once to load the parser, every rule table (`check_knowledge`,
as the parse stage does before its records) and the texts, and warm up by parsing each text
once, once doing the same and then parsing the texts again (the articles of
`parse_benchmark.py`, each once). The difference over the number of texts is the parser's
instructions per article: a table or pattern that first loads during the counted parses
would be counted as parse work (before 2026-12-04 14:30 UTC the tables loaded on first use,
in the warm-up or not; before 2026-12-06 11:20 UTC the warm-up parsed 50 texts, and the
boilerplate index compiled every opening's alternation when built, not when first met). It needs
`valgrind` on the PATH and takes about 4 minutes (callgrind runs code ~50x slower).
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

from parse_benchmark import articles  # bench/ is the script's own folder

import pipeline
from pipeline.parse import COMPILED

_CHILD = """
import pickle, sys
from pipeline.parse import parse_text, quality
from pipeline.parse.knowledge_check import check_knowledge
texts = pickle.load(open(sys.argv[1], "rb"))
check_knowledge()  # every rule table loads, as the parse stage loads them before its records
for text in texts:
    parse_text(text)  # and the patterns compile once (the index's as openings first need them)
quality.language("Dies ist ein kurzer deutscher Satz ohne viele englische Wörter.")
if sys.argv[2] == "parse":
    for text in texts:
        parse_text(text)
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
    if shutil.which("valgrind") is None:
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
    print(f"texts: {len(texts)}; instructions: load {base:,}, load and parse {full:,}")
    print(f"parse: {(full - base) / len(texts):,.0f} instructions per article")


if __name__ == "__main__":
    main()
