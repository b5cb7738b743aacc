"""Parse throughput on real 3-5 KB articles, one process (= one core).

    python bench/parse_benchmark.py [--corpora ../shared/corpora] [--n 3000] [--runs 5]

Articles come from ../shared/corpora (BBC files and helsinki_dev pages whose text is 3-5 KB),
cycled to N texts; the timed loop is `parse_text` only (no I/O), after a warm-up pass over
the distinct texts (the rule tables load, and the boilerplate index compiles the alternation
of each line opening they meet, once per process: `rule_patterns.StartIndex`).
Each run reports wall-clock and CPU time of this process (CPU time is what one core spent,
less disturbed by other processes on a shared machine); the last line is the median run.
The timed loop runs with Python's cycle collector paused, as the parse stage's `parse_table`
runs its records (`--collector on` keeps it running, as this benchmark did before
2026-12-07: 2-4 % slower).
The parser keeps no cache keyed on text, so repeated texts cost as much as new ones.
"""

from __future__ import annotations

import argparse
import csv
import gc
import statistics
import sys
import time
from pathlib import Path

from machine_speed import interpreter, reference_seconds  # bench/ is the script's own folder

from pipeline.decode import decode, normalise
from pipeline.parse import COMPILED, parse_text, quality
from pipeline.parse import __file__ as parse_file


def articles(corpora: Path) -> list[str]:
    texts = []
    for path in sorted((corpora / "bbc").rglob("*.txt")):
        decoded = decode(path.read_bytes())
        if decoded.text and 3000 <= len(decoded.text.encode()) <= 5000:
            texts.append(normalise(decoded.text))
    csv.field_size_limit(sys.maxsize)
    with open(corpora / "helsinki_dev" / "helsinki_articles_dev.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            text = normalise(row["text"], " ### ")
            if 3000 <= len(text.encode()) <= 5000:
                texts.append(text)
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpora", type=Path, default=Path("../shared/corpora"))
    parser.add_argument("--n", type=int, default=3000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--collector",
        choices=["paused", "on"],
        default="paused",
        help="Python's cycle collector in the timed loop: paused as parse_table pauses it",
    )
    args = parser.parse_args()
    pool = articles(args.corpora)
    texts = [pool[i % len(pool)] for i in range(args.n)]
    for text in pool:
        parse_text(text)  # warm-up: the rule tables load, the patterns compile, once
    quality.language("Dies ist ein kurzer deutscher Satz ohne viele englische Wörter.")
    # ... and the language model (clearly English texts no longer load it on their own)
    mean_kb = sum(len(t.encode()) for t in texts) / len(texts) / 1024
    print(f"parser: {'compiled by mypyc' if COMPILED else 'Python source'} ({parse_file})")
    print(f"interpreter: {interpreter()}")
    print(f"distinct articles: {len(pool)}, parsed: {len(texts)}, mean size: {mean_kb:.1f} KB")
    print(f"cycle collector: {args.collector}")
    # This VM's speed drifts within a day: the reference workload says how fast it is now.
    print(f"machine reference workload (bench/machine_speed.py): {reference_seconds():.3f} CPU s")
    walls, cpus = [], []
    for run in range(1, args.runs + 1):
        if args.collector == "paused":
            gc.disable()
        start, start_cpu = time.perf_counter(), time.process_time()
        for text in texts:
            parse_text(text)
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - start_cpu)
        gc.enable()
        print(
            f"run {run}: wall {walls[-1]:.2f} s ({len(texts) / walls[-1]:,.0f} articles/s), "
            f"cpu {cpus[-1]:.2f} s ({len(texts) / cpus[-1]:,.0f} articles/s)"
        )
    wall, cpu = statistics.median(walls), statistics.median(cpus)
    print(
        f"median of {args.runs}: {len(texts) / wall:,.0f} articles/s wall, "
        f"{len(texts) / cpu:,.0f} articles/s cpu, on one core"
    )


if __name__ == "__main__":
    main()
