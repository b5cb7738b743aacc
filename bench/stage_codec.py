"""Write and read CPU of one stage folder at several Parquet codec settings.

usage: python bench/stage_codec.py FOLDER [--runs 3]

FOLDER is a stage output's record folder (e.g. ``W/parsed/records`` of a ``bench/run.py
--keep`` run). Its part files are read into one table, which is then written to memory and
read back with each setting; the best of ``--runs`` CPU times (``time.process_time``) is
printed with the written size. This is the measurement behind ``storage.STAGE_ZSTD_LEVEL``:
a stage folder is written once and read once, so write + read CPU is what counts.
"""

from __future__ import annotations

import argparse
import io
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

BASE = {
    "compression": "zstd",
    "compression_level": 3,
    "write_page_index": True,
    "write_statistics": True,
    "use_dictionary": True,
}
SETTINGS = {
    "zstd 3 (stage folders before)": BASE,
    "zstd 1 (stage folders now)": {**BASE, "compression_level": 1},
    "zstd 1, no dictionary, no statistics": {
        **BASE,
        "compression_level": 1,
        "use_dictionary": False,
        "write_page_index": False,
        "write_statistics": False,
    },
    "lz4": {**BASE, "compression": "lz4", "compression_level": None},
    "snappy": {**BASE, "compression": "snappy", "compression_level": None},
}


def measure(table: pa.Table, options: dict, runs: int) -> tuple[float, float, int]:
    """Best write CPU, best read CPU (seconds) and the written bytes."""
    best_write = best_read = float("inf")
    size = 0
    for _ in range(runs):
        sink = io.BytesIO()
        start = time.process_time()
        pq.write_table(table, sink, row_group_size=65536, **options)
        best_write = min(best_write, time.process_time() - start)
        data = sink.getvalue()
        size = len(data)
        start = time.process_time()
        pq.read_table(pa.BufferReader(data))
        best_read = min(best_read, time.process_time() - start)
    return best_write, best_read, size


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args(argv)
    parts = sorted(args.folder.glob("part-*.parquet"))
    if not parts:
        ap.error(f"no part-*.parquet files in {args.folder}")
    table = pa.concat_tables([pq.read_table(p) for p in parts])
    print(f"{args.folder}: {table.num_rows:,} rows, {table.nbytes / 2**20:,.0f} MiB in memory")
    print("| setting | write CPU s | read CPU s | write + read | KiB written |")
    print("|---|---:|---:|---:|---:|")
    for name, options in SETTINGS.items():
        write, read, size = measure(table, options, args.runs)
        print(f"| {name} | {write:.3f} | {read:.3f} | {write + read:.3f} | {size / 1024:,.0f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
