"""bench/run.py's memory sampler: RSS at every sample, PSS within its CPU budget."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import time

from tests.conftest import ROOT


def bench_run():
    sys.path.insert(0, str(ROOT / "bench"))  # run.py imports its neighbours
    try:
        spec = importlib.util.spec_from_file_location("bench_run", ROOT / "bench" / "run.py")
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(ROOT / "bench"))


HOLD = "x = bytearray(150 * 2**20); import time; time.sleep(1.5)"  # 150 MB, touched


def sample(budget: float):
    sampler_class = bench_run().TreeSampler
    proc = subprocess.Popen([sys.executable, "-c", HOLD])
    sampler = sampler_class(proc.pid, interval=0.05, pss_budget=budget)
    sampler.start()
    proc.wait()
    time.sleep(0.05)
    sampler.stop()
    return sampler


def test_a_tiny_budget_takes_one_pss_sample_and_rss_at_every_sample():
    sampler = sample(1e-9)  # the first PSS sample's cost buys a wait of years
    assert sampler.pss_samples == 1
    assert sampler.samples >= 10
    assert sampler.peak_rss >= 150 * 2**20


def test_a_whole_core_budget_reads_pss_at_every_sample():
    sampler = sample(1.0)  # a PSS read costs far less than the 50 ms between samples
    assert sampler.pss_samples == sampler.samples >= 10
    assert sampler.peak_pss >= 140 * 2**20
