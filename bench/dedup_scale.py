"""Dedup at scale: wall time and peak memory of `copydesk dedup`, full and incremental.

usage: python bench/dedup_scale.py --raw /tmp/cd-scale/1m/jsonl --work /tmp/dedup-scale
           [--limit N] [--add M] [--workers 2] [--json out.json]
           [--runs full,incremental,scratch]

The input is a corpus from ``bench/make_corpus.py`` (JSONL parts of ``{"id", "text"}``). Its
texts become the bodies of a validate-stage folder directly (no parsing: this measures dedup
alone), 2,000 articles per shard. Runs, each `copydesk dedup` in a subprocess with the
process tree's memory sampled every 50 ms (RSS summed over the CLI and its workers):

1. ``full``: the first N - M articles, no index (a cold run), writing an index;
2. ``incremental``: all N articles (M new ones in new shards) with that index;
3. ``scratch``: all N articles without an index, whose articles/duplicates must equal (2)'s.

With ``LABELS.tsv`` beside the JSONL folder, planted copies found in their original's cluster
(recall) and links between different originals (false links) are counted.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psutil
import pyarrow as pa
import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from schemas import ARTICLE_SCHEMA  # noqa: E402

SHARD = 2000


def article_id(doc_id: str) -> str:
    return hashlib.sha256(doc_id.encode()).hexdigest()[:24]


def rows(raw: Path, limit: int) -> Iterator[dict[str, Any]]:
    count = 0
    for part in sorted(raw.glob("*.jsonl")):
        with part.open(encoding="utf-8") as f:
            for line in f:
                doc = json.loads(line)
                row: dict[str, Any] = {field.name: None for field in ARTICLE_SCHEMA}
                for name in ("reporters", "meta_authors", "media", "boilerplate"):
                    row[name] = []
                aid = article_id(doc["id"])
                row.update(
                    article_id=aid,
                    source_uri=doc["id"],
                    source_sha256="0" * 64,
                    batch="scale",
                    title="T",
                    body=doc["text"],
                    line_roles=[],
                    quality_flags=[],
                    encoding="utf-8",
                    language="en",
                    cluster_id=aid,
                )
                yield row
                count += 1
                if count >= limit:
                    return


def write_validated(docs: Iterator[dict[str, Any]], n_old: int, work: Path) -> list[str]:
    """Shards of SHARD articles in v-all; v-old links the first n_old articles' shards (the
    new batch starts a new shard, as ingest would). Returns the article_ids."""
    for name in ("v-all", "v-old"):
        (work / name / "records").mkdir(parents=True, exist_ok=True)
    ids: list[str] = []
    shard: list[dict[str, Any]] = []
    number = 0

    def flush() -> None:
        nonlocal shard, number
        if not shard:
            return
        path = work / "v-all" / "records" / f"part-{number:05d}.parquet"
        pq.write_table(pa.Table.from_pylist(shard, schema=ARTICLE_SCHEMA), path)
        if len(ids) <= n_old:
            (work / "v-old" / "records" / path.name).hardlink_to(path)
        shard, number = [], number + 1

    for row in docs:
        shard.append(row)
        ids.append(row["article_id"])
        if len(shard) >= SHARD or len(ids) == n_old:
            flush()
    flush()
    return ids


def run(cmd: list[str]) -> dict[str, Any]:
    """Run `cmd`, sampling the RSS of its process tree; wall seconds and peak MB."""
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        root = psutil.Process(proc.pid)
        while not done.is_set():
            try:
                tree = [root, *root.children(recursive=True)]
                peak = max(peak, sum(p.memory_info().rss for p in tree))
            except psutil.Error:
                pass
            time.sleep(0.05)

    start = time.perf_counter()
    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    output, _ = proc.communicate()
    wall = time.perf_counter() - start
    done.set()
    thread.join()
    if proc.returncode:
        raise RuntimeError(output[-3000:])
    return {"wall_s": round(wall, 1), "peak_tree_rss_mb": round(peak / 2**20), "log": output[-500:]}


def dedup(work: Path, source: Path, out: str, workers: int, index: Path | None) -> dict:
    cmd = [str(Path(sys.executable).with_name("copydesk")), "dedup", "--in", str(source)]
    cmd += ["--out", str(work / out), "-w", str(workers), "--index", str(index or "")]
    result = run(cmd)
    result["stage"] = json.loads((work / out / "stage.json").read_text())
    # How the signatures were obtained is printed, not stored (it depends on the index).
    found = re.search(r"signatures: ([\d,]+) computed, ([\d,]+) reused", result["log"])
    if found:
        computed, reused = (int(g.replace(",", "")) for g in found.groups())
        result["stage"].update(signatures_computed=computed, signatures_reused=reused)
    return result


def score(labels: Path, deduped: Path, ids: list[str]) -> dict[str, Any]:
    """Planted copies in their original's cluster, and clusters mixing different originals."""
    root: dict[str, str] = {}
    with labels.open() as f:
        next(f)
        for line in f:
            index, _kind, copy_of, *_ = line.rstrip("\n").split("\t")
            root[article_id(f"a{int(index):07d}")] = article_id(f"a{int(copy_of):07d}")
    cluster: dict[str, str] = {}
    for table in ("articles", "duplicates"):
        t = pq.read_table(deduped / table, columns=["article_id", "cluster_id"])
        cluster.update(zip(t["article_id"].to_pylist(), t["cluster_id"].to_pylist(), strict=True))
    copies = [a for a in ids if root.get(a, a) != a and root[a] in cluster]
    found = sum(1 for a in copies if cluster[a] == cluster[root[a]])
    roots_per_cluster: dict[str, set[str]] = {}
    for a in ids:
        roots_per_cluster.setdefault(cluster[a], set()).add(root.get(a, a))
    mixed = sum(1 for r in roots_per_cluster.values() if len(r) > 1)
    return {"planted_copies": len(copies), "found": found, "mixed_clusters": mixed}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--raw", type=Path, required=True, help="JSONL folder of make_corpus.py")
    ap.add_argument("--work", type=Path, required=True)
    ap.add_argument("--limit", type=int, default=10**9)
    ap.add_argument("--add", type=int, default=10_000, help="articles in the added batch")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--json", type=Path)
    ap.add_argument(
        "--runs",
        default="full,incremental,scratch",
        help="comma-separated subset (incremental needs full's index; scratch alone is the "
        "plain 1M timing)",
    )
    args = ap.parse_args()
    runs = args.runs.split(",")
    done = args.work / "v-all" / "_DONE"
    if done.exists():  # written by an earlier run with the same arguments
        ids = pq.read_table(args.work / "v-all" / "records", columns=["article_id"])
        ids = ids["article_id"].to_pylist()
    else:
        total = sum(1 for _ in rows(args.raw, args.limit))
        ids = write_validated(rows(args.raw, args.limit), total - args.add, args.work)
        done.write_text(f"{len(ids)} {args.add}\n")
    index = args.work / "index"
    results = {
        "articles": len(ids),
        "added": args.add,
        "workers": args.workers,
        "load_avg_before": list(psutil.getloadavg()),
    }
    plan = {
        "full": (args.work / "v-old", "d-old", index),
        "incremental": (args.work / "v-all", "d-inc", index),
        "scratch": (args.work / "v-all", "d-scratch", None),
    }
    for name in runs:
        source, out, with_index = plan[name]
        results[name] = dedup(args.work, source, out, args.workers, with_index)
        results[name].pop("log")
    if {"incremental", "scratch"} <= set(runs):
        results["incremental_equals_scratch"] = all(
            (args.work / "d-inc" / t / p.name).read_bytes() == p.read_bytes()
            for t in ("articles", "duplicates")
            for p in sorted((args.work / "d-scratch" / t).glob("*.parquet"))
        )
    if "full" in runs:
        results["index_bytes"] = sum(p.stat().st_size for p in index.glob("*.parquet"))
    labels = args.raw.parent / "LABELS.tsv"
    final = "d-scratch" if "scratch" in runs else "d-inc" if "incremental" in runs else None
    if labels.exists() and final:
        results["labels"] = score(labels, args.work / final, ids)
    print(json.dumps(results, indent=2))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
