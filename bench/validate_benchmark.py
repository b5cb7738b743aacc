"""Benchmark `copydesk validate` on a synthetic dataset of 1,000,000 article rows.

usage: python bench/validate_benchmark.py [--rows N] [--workers 2] [--keep DIR]

Writes a dataset folder like the package stage's (articles/ in 500,000-row files with row
groups of ~128 MiB of values, duplicates/, rejects/), with realistic column contents: bodies of 5-8
paragraphs (~2.5 kB) drawn from a pool of generated sentences, reporters, media credits with
agencies from the organisations table, dates, line roles. 0.1% of the articles carry an
invalid value, so the failure-collection path is measured too. Then it runs
`copydesk validate DIR --format json --max-reject-rate 0.01` in a subprocess and records its
wall time and peak resident memory (the sum over the process tree, sampled every 50 ms, and
/usr/bin/time's maximum for the largest single process). The text is self-written: no corpus
text is copied.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np
import polars as pl
import psutil
import pyarrow as pa
import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from schemas import ARTICLE_SCHEMA, REJECT_SCHEMA  # noqa: E402

ROWS_PER_FILE = 500_000
ROW_GROUP_BYTES = 128 * 2**20
_TEXT = (
    "the council said on tuesday that its plan for the harbour would cost more than expected "
    "officials in the region warned residents to prepare for heavy rain and strong winds "
    "after a week of record temperatures police opened an inquiry into the fire at a "
    "warehouse near the station where two people were hurt the minister told reporters the "
    "government would publish its figures next month while opposition members called for an "
    "independent review of spending on schools hospitals roads and rail services shares fell "
    "sharply in early trading as investors weighed the latest data on inflation wages and "
    "interest rates the company expects profits to recover later this year a spokesperson "
    "for the airline confirmed that flights were delayed by several hours because of a "
    "staff shortage at the airport farmers say the dry spring has cut yields of wheat and "
    "barley by a third scientists at the university published a study showing that the "
    "river has warmed by two degrees since records began"
)
WORDS = _TEXT.split()
PLACES = ["Helsinki", "Lisbon", "Nairobi", "Ottawa", "Riverton", "Wellington", "Hanoi", None]
PEOPLE = ["Ann Lee", "Mikael Lindqvist", "Sarah Bellamy", "Tomás Ferreira", "Grace Ngugi"]
AGENCIES = ["Associated Press", "Reuters", "AFP", "Getty Images", "EPA", "Bloomberg"]
OUTLETS = ["Associated Press", "Reuters", "AFP", "Bloomberg", None]


def sentences(rng: np.random.Generator, n: int) -> list[str]:
    out = []
    for _ in range(n):
        words = rng.choice(WORDS, size=int(rng.integers(12, 28)))
        text = " ".join(words)
        out.append(text[0].upper() + text[1:] + ".")
    return out


def articles(rng: np.random.Generator, start: int, n: int, bad_every: int) -> pa.Table:
    """n valid-looking article rows, ids start..start+n; every bad_every-th has mojibake."""
    pool = pl.Series(sentences(rng, 4000))
    paragraphs = pl.Series(
        [" ".join(pool.gather(rng.integers(0, len(pool), size=4)).to_list()) for _ in range(20_000)]
    )
    ids = [hashlib.sha256(str(i).encode()).hexdigest() for i in range(start, start + n)]
    picks = [paragraphs.gather(rng.integers(0, len(paragraphs), size=n)) for _ in range(6)]
    frame = pl.DataFrame(
        {
            "id64": ids,
            "place": pl.Series(PLACES, dtype=pl.Utf8).gather(rng.integers(0, len(PLACES), n)),
            **{f"p{i}": p for i, p in enumerate(picks)},
            "title_words": pool.gather(rng.integers(0, len(pool), size=n)),
            "days": rng.integers(0, 9000, size=n),
            "n_reporters": rng.integers(0, 3, size=n),
            "n_media": rng.integers(0, 3, size=n),
            "outlet": pl.Series(OUTLETS, dtype=pl.Utf8).gather(rng.integers(0, len(OUTLETS), n)),
            "row": np.arange(start, start + n),
        }
    )
    body = pl.concat_str(
        [
            pl.when(pl.col("place").is_not_null())
            .then(pl.col("place").str.to_uppercase() + " (AP) — ")
            .otherwise(pl.lit("")),
            pl.concat_str([pl.col(f"p{i}") for i in range(6)], separator="\n\n"),
        ]
    )
    bad = (pl.col("row") % bad_every) == 0
    media = pl.struct(
        kind=pl.lit("photo"),
        slug=pl.lit(None, pl.Utf8),
        caption=pl.col("p0").str.slice(0, 90),
        credit=pl.lit("Ann Lee/AP"),
        photographers=pl.lit(["Ann Lee"]),
        agencies=pl.lit(["Associated Press"]),
    )
    published = pl.lit(np.datetime64("2000-01-01")).cast(pl.Date) + pl.duration(days=pl.col("days"))
    table = frame.select(
        pl.col("id64").str.slice(0, 24).alias("article_id"),
        pl.format(
            "data/raw/bench/batch-{}.jsonl#{}", pl.col("row") // 10_000, pl.col("row") % 10_000 + 1
        ).alias("source_uri"),
        pl.col("id64").alias("source_sha256"),
        pl.lit("bench").alias("batch"),
        pl.format("https://news.example.org/story/{}", pl.col("row")).alias("url"),
        pl.col("title_words").str.slice(0, 80).str.strip_chars(" .").alias("title"),
        pl.when(bad).then(body + " â€™").otherwise(body).alias("body"),
        pl.col("place").alias("dateline_place"),
        pl.lit(PEOPLE).list.head(pl.col("n_reporters")).alias("reporters"),
        pl.col("outlet"),
        pl.lit("news.example.org").alias("publisher"),
        published.alias("published"),
        pl.lit([], pl.List(pl.Utf8)).alias("meta_authors"),
        published.alias("meta_published"),
        pl.concat_list([media, media, media]).list.head(pl.col("n_media")).alias("media"),
        pl.lit([], pl.List(pl.Struct({"text": pl.Utf8, "rule": pl.Utf8}))).alias("boilerplate"),
        pl.lit(["title", "byline", "body", "body", "body", "body", "body", "body"]).alias(
            "line_roles"
        ),
        pl.lit([], pl.List(pl.Utf8)).alias("quality_flags"),
        pl.lit("utf-8").alias("encoding"),
        pl.lit("en").alias("language"),
        pl.col("id64").str.slice(0, 24).alias("cluster_id"),
        pl.lit(None, pl.Utf8).alias("duplicate_of"),
        pl.lit(None, pl.Float64).alias("similarity"),
        pl.lit(None, pl.Utf8).alias("method"),
    )
    return table.to_arrow().cast(ARTICLE_SCHEMA)


def write(table: pa.Table, path: Path) -> None:
    """zstd, row groups of ~128 MiB of values: the package stage's layout."""
    path.parent.mkdir(parents=True, exist_ok=True)
    rows = max(1, ROW_GROUP_BYTES * table.num_rows // max(table.nbytes, 1))
    pq.write_table(table, path, compression="zstd", row_group_size=rows)


def generate(out: Path, rows: int, seed: int = 42) -> None:
    rng = np.random.default_rng(seed)
    canonical: list[str] = []
    for index, start in enumerate(range(0, rows, ROWS_PER_FILE)):
        table = articles(rng, start, min(ROWS_PER_FILE, rows - start), bad_every=1000)
        canonical += table["article_id"].to_pylist()[:20]
        write(table, out / "articles" / f"part-{index:05d}.parquet")
    copies = articles(rng, rows, 20_000, bad_every=10**9)
    copy_of = pa.array([canonical[i % len(canonical)] for i in range(copies.num_rows)])
    for name, column in (
        ("duplicate_of", copy_of),
        ("cluster_id", copy_of),
        ("similarity", pa.array([1.0] * copies.num_rows)),
        ("method", pa.array(["exact"] * copies.num_rows)),
    ):
        i = copies.schema.get_field_index(name)
        copies = copies.set_column(
            i, copies.schema.field(i), column.cast(copies.schema.field(i).type)
        )
    write(copies, out / "duplicates" / "part-00000.parquet")
    rejects = pa.Table.from_pylist(
        [
            {
                "source_uri": f"data/raw/bench/broken-{i}.jsonl#1",
                "source_sha256": hashlib.sha256(str(i).encode()).hexdigest(),
                "batch": "bench",
                "stage": "ingest",
                "reason": "malformed_json",
                "detail": "line 1: unexpected character",
                "raw_text": "{not json",
            }
            for i in range(1000)
        ],
        schema=REJECT_SCHEMA,
    )
    write(rejects, out / "rejects" / "part-00000.parquet")


def measure(command: list[str]) -> dict:
    """Wall time, exit code and peak RSS (process tree sum, sampled) of a command."""
    peak = 0
    started = time.perf_counter()
    proc = subprocess.Popen(
        command,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    root = psutil.Process(proc.pid)
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            try:
                procs = [root, *root.children(recursive=True)]
                peak = max(peak, sum(p.memory_info().rss for p in procs if p.is_running()))
            except psutil.Error:
                pass
            time.sleep(0.05)

    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    _, err = proc.communicate()
    done.set()
    thread.join()
    wall = time.perf_counter() - started
    single = [ln for ln in err.decode().splitlines() if "Maximum resident set size" in ln]
    return {
        "exit_code": proc.returncode,
        "wall_seconds": round(wall, 1),
        "peak_tree_rss_mb": round(peak / 2**20),
        "max_single_process_rss_mb": int(single[0].split()[-1]) // 1024 if single else None,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--keep", type=Path, help="Write the dataset here and keep it.")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="copydesk-bench-"))
    try:
        if not (folder / "articles").is_dir():
            t = time.perf_counter()
            generate(folder, args.rows)
            print(f"generated {args.rows:,} rows in {time.perf_counter() - t:.0f} s", flush=True)
        size = sum(p.stat().st_size for p in folder.rglob("*.parquet"))
        command = [
            "/usr/bin/time", "-v", sys.executable, "-m", "pipeline.cli", "validate", str(folder),
            "--format", "json", "--max-reject-rate", "0.01", "--workers", str(args.workers),
        ]  # fmt: skip
        result = measure(command)
        result.update(rows=args.rows, parquet_mb=round(size / 2**20), cpus=os.cpu_count())
        print(result)
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
