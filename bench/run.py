"""Scale benchmark (issue 7): run copydesk's five stages one by one and measure each.

usage: python bench/run.py --raw DIR [--workers 2] [--engine local|ray] [--out DIR] [--work DIR]
           [--json FILE] [--copydesk .venv/bin/copydesk] [--no-floor]

Each stage runs as its own subprocess, exactly as a user would run it::

    copydesk ingest RAW --out W/ingested --workers K
    copydesk parse --in W/ingested --out W/parsed --workers K
    copydesk validate-stage --in W/parsed --out W/validated --raw W/ingested --workers K
    copydesk dedup --in W/validated --out W/deduped --index W/dedup-index --workers K
    copydesk package --interim W --out OUT

What is measured, per stage:

* wall time (``time.perf_counter`` around the subprocess, so interpreter start-up and imports
  are included);
* articles/s: the stage's input records (``records_in`` / ``inputs`` of its ``stage.json``;
  for package, the records ingest produced) divided by the wall time;
* peak memory of the process tree: every 50 ms the tree under the stage's process (the CLI and
  its worker processes) is walked through ``/proc`` and the RSS of all its processes is summed
  (``peak_tree_rss_mb``); PSS from ``/proc/PID/smaps_rollup`` is summed too, but seldom
  (``peak_tree_pss_mb``; it counts pages shared between a parent and its forked workers once).
  The kernel walks a process's page tables to sum its PSS: ~44 ms of CPU for the four
  processes of a parse stage, which at every tenth sample took 23 s of CPU (~9 % of a core)
  from a 1M run's parse. A PSS sample now waits until 100 times the last one's cost has
  passed (<= 1 % of a core). Peaks shorter than 50 ms (seconds, for PSS) can be missed.
  ``sampler_cpu_s`` is this runner's own CPU during the stage: the
  measuring, which competes with the stage for the cores. ``max_single_rss_mb`` is
  ``resource.getrusage(RUSAGE_CHILDREN).ru_maxrss`` after the stage: the largest RSS of any
  single waited-for process so far (cumulative over the run, so it never goes down).
* CPU seconds (user + system) of the stage's whole process tree: the change of
  ``resource.getrusage(RUSAGE_CHILDREN)`` across the stage (a child's pool workers are waited
  for by it, so their time is included). ``cpu_s / cpus`` is the least wall time the stage
  could take on this machine with every core busy, which tells CPU-bound from waiting.
  Under ``--engine ray`` the work runs in Ray's own worker processes, which no stage waits
  for, so the CPU is not measured there (``null``).

The I/O floor (in a child process): the time to read every raw byte under RAW (``.txt`` files
decoded as UTF-8, ``.jsonl`` lines parsed for their ``text``) and write the texts as one
zstd-compressed Parquet file with pyarrow, in one process (its CPU seconds are
``RUSAGE_SELF`` across it). Before it, every raw file is read once, untimed
(``warm_page_cache``), so the page cache is warm for both the floor and the pipeline whatever
it held before; nothing is dropped. The report gives ``pipeline wall /
floor``; issue 7's target is <= 3x. It also gives ``pipeline CPU / cores / floor``: the ratio
the pipeline could reach if every core were busy all the time, a lower bound for the first.

Prints a Markdown table; ``--json`` writes everything as JSON.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from machine_speed import reference_seconds  # bench/ is the script's own folder

REPO = Path(__file__).resolve().parents[1]
PAGE = os.sysconf("SC_PAGE_SIZE")


def _children(pid: int) -> list[int]:
    out: list[int] = []
    try:
        for tid in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{tid}/children") as fh:
                out.extend(int(c) for c in fh.read().split())
    except (FileNotFoundError, ProcessLookupError, PermissionError):
        pass
    return out


def _tree(pid: int) -> list[int]:
    seen = [pid]
    i = 0
    while i < len(seen):
        seen.extend(c for c in _children(seen[i]) if c not in seen)
        i += 1
    return seen


def _rss_pss(pid: int, with_pss: bool) -> tuple[int, int]:
    rss = pss = 0
    try:
        with open(f"/proc/{pid}/statm") as fh:
            rss = int(fh.read().split()[1]) * PAGE
        if not with_pss:
            return rss, pss
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            for line in fh:
                if line.startswith("Pss:"):
                    pss = int(line.split()[1]) * 1024
                    break
    except (FileNotFoundError, ProcessLookupError, PermissionError, IndexError, ValueError):
        pass
    return rss, pss


class TreeSampler(threading.Thread):
    """Sample the summed RSS of a process tree every `interval` seconds, and its PSS within a
    CPU budget: the kernel walks a process's page tables to sum its PSS, which for a process
    of gigabytes costs milliseconds of the CPU the measured stage runs on. After a PSS sample
    that took `d` CPU seconds, the next waits at least `d / pss_budget` seconds."""

    def __init__(self, pid: int, interval: float = 0.05, pss_budget: float = 0.01) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.interval = interval
        self.pss_budget = pss_budget
        self.peak_rss = 0
        self.peak_pss = 0
        self.peak_procs = 0
        self.samples = 0
        self.pss_samples = 0
        self._halt = threading.Event()

    def run(self) -> None:
        next_pss = 0.0  # monotonic time of the next PSS sample
        while not self._halt.is_set():
            pids = _tree(self.pid)
            rss = pss = 0
            with_pss = time.monotonic() >= next_pss
            cost = time.thread_time()
            for p in pids:
                r, s = _rss_pss(p, with_pss)
                rss += r
                pss += s
            if with_pss:
                cost = time.thread_time() - cost
                next_pss = time.monotonic() + cost / self.pss_budget
                self.pss_samples += 1
            self.peak_rss = max(self.peak_rss, rss)
            self.peak_pss = max(self.peak_pss, pss)
            self.peak_procs = max(self.peak_procs, len(pids))
            self.samples += 1
            self._halt.wait(self.interval)

    def stop(self) -> None:
        self._halt.set()
        self.join()


def _cpu(who: int) -> float:
    use = resource.getrusage(who)
    return use.ru_utime + use.ru_stime


def run_stage(name: str, cmd: list[str], log: Path, cpu_measured: bool) -> dict[str, object]:
    cpu0 = _cpu(resource.RUSAGE_CHILDREN)
    own0 = _cpu(resource.RUSAGE_SELF)
    t0 = time.perf_counter()
    with log.open("wb") as fh:
        proc = subprocess.Popen(cmd, stdout=fh, stderr=subprocess.STDOUT, cwd=REPO)
        sampler = TreeSampler(proc.pid)
        sampler.start()
        rc = proc.wait()
        sampler.stop()
    wall = time.perf_counter() - t0
    cpu = _cpu(resource.RUSAGE_CHILDREN) - cpu0
    sampler_cpu = _cpu(resource.RUSAGE_SELF) - own0  # the measuring, not the stage
    maxrss_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {
        "stage": name,
        "cmd": " ".join(cmd),
        "returncode": rc,
        "wall_s": round(wall, 3),
        "cpu_s": round(cpu, 3) if cpu_measured else None,
        "sampler_cpu_s": round(sampler_cpu, 3),
        "peak_tree_rss_mb": round(sampler.peak_rss / 2**20, 1),
        "peak_tree_pss_mb": round(sampler.peak_pss / 2**20, 1),
        "max_processes": sampler.peak_procs,
        "samples": sampler.samples,
        "pss_samples": sampler.pss_samples,
        "max_single_rss_mb": round(maxrss_kb / 1024, 1),
        "log": str(log),
    }


def _seconds(value: object) -> str:
    return "n/a" if value is None else f"{float(value):.1f}"  # type: ignore[arg-type]


def stage_json(path: Path) -> dict[str, object]:
    try:
        return json.loads((path / "stage.json").read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        return {}


def warm_page_cache(raw: Path) -> dict[str, object]:
    """Read every raw file once, untimed for the floor and the stages: whatever the cache
    held before (a corpus generated an hour ago, other work since), both then start warm."""
    t0 = time.perf_counter()
    files = nbytes = 0
    for dirpath, dirnames, filenames in os.walk(raw):
        dirnames.sort()
        for fn in filenames:
            with open(os.path.join(dirpath, fn), "rb") as fh:
                nbytes += len(fh.read())
            files += 1
    return {"files": files, "bytes": nbytes, "wall_s": round(time.perf_counter() - t0, 3)}


def io_floor(raw: Path, dest: Path) -> dict[str, object]:
    """Read every raw byte, write the texts as one zstd Parquet file; time both."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    cpu0 = _cpu(resource.RUSAGE_SELF)
    t0 = time.perf_counter()
    paths: list[str] = []
    texts: list[str] = []
    nbytes = 0
    for dirpath, dirnames, filenames in os.walk(raw):
        dirnames.sort()
        for fn in sorted(filenames):
            if fn.startswith((".", "MANIFEST", "README")):
                continue
            p = os.path.join(dirpath, fn)
            with open(p, "rb") as fh:
                data = fh.read()
            nbytes += len(data)
            if fn.endswith(".jsonl"):
                for i, line in enumerate(data.splitlines()):
                    if line.strip():
                        paths.append(f"{p}#{i + 1}")
                        texts.append(json.loads(line).get("text", ""))
            else:
                paths.append(p)
                texts.append(data.decode("utf-8", errors="replace"))
    t_read = time.perf_counter() - t0
    table = pa.table({"source_uri": paths, "text": texts})
    pq.write_table(table, dest, compression="zstd")
    wall = time.perf_counter() - t0
    return {
        "records": len(texts),
        "raw_bytes": nbytes,
        "read_s": round(t_read, 3),
        "wall_s": round(wall, 3),
        "cpu_s": round(_cpu(resource.RUSAGE_SELF) - cpu0, 3),
        "parquet_bytes": dest.stat().st_size,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--raw", type=Path, required=True, help="raw folder (e.g. DIR/txt)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--engine", choices=["local", "ray"], default="local")
    ap.add_argument("--out", type=Path, default=None, help="package output (default: temp)")
    ap.add_argument("--work", type=Path, default=None, help="interim folder (default: temp)")
    ap.add_argument("--json", type=Path, default=None, help="write results here")
    ap.add_argument("--copydesk", default=str(Path(sys.executable).parent / "copydesk"))
    ap.add_argument("--no-floor", action="store_true", help="skip the I/O floor measurement")
    ap.add_argument("--keep", action="store_true", help="keep the temp work folder")
    args = ap.parse_args(argv)

    raw = args.raw.resolve()
    if not raw.exists():
        raise SystemExit(f"raw folder not found: {raw}")
    tmp = Path(tempfile.mkdtemp(prefix="cd-bench-"))
    work = (args.work or tmp / "interim").resolve()
    out = (args.out or tmp / "processed").resolve()
    for p in (work, out):
        if p.exists():
            shutil.rmtree(p)
    work.mkdir(parents=True)
    logs = tmp / "logs"
    logs.mkdir()

    # `copydesk --version` names the build: Python source, or the mypyc-compiled parser
    version = subprocess.run([args.copydesk, "--version"], capture_output=True, text=True)
    build = version.stdout.strip() or f"unknown ({args.copydesk} --version failed)"
    print(f"copydesk: {build}", flush=True)
    warm = warm_page_cache(raw)
    print(f"page cache warmed: {warm['files']:,} files in {warm['wall_s']} s", flush=True)
    reference_before = reference_seconds()
    floor = None
    if not args.no_floor:
        # In a child process: the floor's gigabytes of texts go back to the system with it,
        # instead of staying in this process's heap while the stages run.
        spawn = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(max_workers=1, mp_context=spawn) as child:
            floor = child.submit(io_floor, raw, tmp / "floor.parquet").result()
        (tmp / "floor.parquet").unlink()

    cd, k = args.copydesk, str(args.workers)
    # Every stage but package runs on the chosen engine.
    env_engine = ["--engine", args.engine]
    stages = [
        ("ingest", [cd, "ingest", str(raw), "--out", f"{work}/ingested", "-w", k, *env_engine]),
        (
            "parse",
            [
                cd,
                "parse",
                "--in",
                f"{work}/ingested",
                "--out",
                f"{work}/parsed",
                "-w",
                k,
                *env_engine,
            ],
        ),
        (
            "validate",
            [
                cd,
                "validate-stage",
                "--in",
                f"{work}/parsed",
                "--out",
                f"{work}/validated",
                "--raw",
                f"{work}/ingested",
                *("-w", k, *env_engine),
            ],
        ),
        (
            "dedup",
            # The signature index goes into the work folder: the repository's own index
            # (params.yaml, dedup.index) must not be touched, nor reused across runs.
            [
                *(cd, "dedup", "--in", f"{work}/validated", "--out", f"{work}/deduped"),
                *("--index", f"{work}/dedup-index", "-w", k, *env_engine),
            ],
        ),
        ("package", [cd, "package", "--interim", str(work), "--out", str(out), "-w", k]),
    ]
    results: list[dict[str, object]] = []
    ok = True
    for name, cmd in stages:
        # Package always runs on the local pool; the other stages' CPU is lost to Ray's workers.
        measured = args.engine == "local" or name == "package"
        res = run_stage(name, cmd, logs / f"{name}.log", measured)
        sub = {"ingest": "ingested", "parse": "parsed", "validate": "validated"}.get(name, name)
        info = stage_json(work / ("deduped" if name == "dedup" else sub))
        if name == "package":
            n_in = int(stage_json(work / "ingested").get("records_out", 0) or 0)
        else:
            n_in = int(info.get("records_in", info.get("inputs", 0)) or 0)
            res["stage_json"] = info
        res["records_in"] = n_in
        res["articles_per_s"] = round(n_in / res["wall_s"], 1) if res["wall_s"] else None  # type: ignore[operator]
        results.append(res)
        print(f"{name}: {res['wall_s']} s, rc {res['returncode']}", file=sys.stderr)
        if res["returncode"] != 0:
            ok = False
            print((logs / f"{name}.log").read_text(errors="replace")[-3000:], file=sys.stderr)
            break

    reference_after = reference_seconds()
    total = round(sum(float(r["wall_s"]) for r in results), 3)  # type: ignore[arg-type]
    cpus_known = all(r["cpu_s"] is not None for r in results)
    cpu_total = round(sum(float(r["cpu_s"] or 0) for r in results), 3)  # type: ignore[arg-type]
    cpus = os.cpu_count() or 1
    n_raw = int(results[0]["records_in"]) if results else 0  # type: ignore[call-overload]
    summary = {
        "raw": str(raw),
        "workers": args.workers,
        "ok": ok,
        "pipeline_wall_s": total,
        "pipeline_articles_per_s": round(n_raw / total, 1) if total else None,
        "pipeline_cpu_s": cpu_total if cpus_known else None,
        # The least wall time the stages' CPU work allows with every core busy, against the floor.
        "cpu_bound_ratio_to_floor": (
            round(cpu_total / cpus / float(floor["wall_s"]), 1)  # type: ignore[arg-type]
            if floor and cpus_known
            else None
        ),
        "peak_tree_rss_mb": max(float(r["peak_tree_rss_mb"]) for r in results),  # type: ignore[arg-type]
        "peak_tree_pss_mb": max(float(r["peak_tree_pss_mb"]) for r in results),  # type: ignore[arg-type]
        "page_cache_warm_up": warm,
        "io_floor": floor,
        "ratio_to_floor": round(total / float(floor["wall_s"]), 1) if floor else None,  # type: ignore[arg-type]
        "memory_method": "process-tree sampling of /proc: summed RSS every 50 ms, summed PSS"
        " within 1 % of a core (see the module docstring)",
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "load_avg_before": os.getloadavg(),
            # bench/machine_speed.py before and after the stages: this VM's speed drifts
            "reference_cpu_s_before": reference_before,
            "reference_cpu_s_after": reference_after,
        },
        "copydesk": build,
        "stages": results,
        "work": str(work),
        "out": str(out),
    }

    print(f"\nraw: {raw} ({n_raw:,} input records), workers {args.workers}\n")
    print("| stage | wall s | CPU s | articles/s | peak tree RSS MB | peak tree PSS MB | procs |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for r in results:
        print(
            f"| {r['stage']} | {r['wall_s']:.1f} | {_seconds(r['cpu_s'])} "
            f"| {r['articles_per_s']:,.0f} "
            f"| {r['peak_tree_rss_mb']:,.0f} | {r['peak_tree_pss_mb']:,.0f} "
            f"| {r['max_processes']} |"
        )
    print(
        f"| **pipeline** | **{total:.1f}** | **{_seconds(summary['pipeline_cpu_s'])}** "
        f"| **{summary['pipeline_articles_per_s']:,.0f}** "
        f"| **{summary['peak_tree_rss_mb']:,.0f}** (max) "
        f"| **{summary['peak_tree_pss_mb']:,.0f}** (max) | |"
    )
    if floor:
        print(
            f"| I/O floor (read + zstd Parquet) | {floor['wall_s']:.1f} | {floor['cpu_s']:.1f} "
            f"| {floor['records'] / floor['wall_s']:,.0f} | | | 1 |"
        )
        print(f"\nratio pipeline / I/O floor: {summary['ratio_to_floor']}x")
        if cpus_known:
            print(
                f"CPU-bound least ratio ({cpu_total:.1f} CPU s / {cpus} cores / floor): "
                f"{summary['cpu_bound_ratio_to_floor']}x"
            )
    print(
        f"machine reference workload (bench/machine_speed.py): {reference_before:.3f} CPU s "
        f"before, {reference_after:.3f} after"
    )
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    if not args.keep and args.work is None and args.out is None:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
