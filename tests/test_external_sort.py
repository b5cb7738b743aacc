"""The external sort writes the same files as sorting the whole table in memory."""

from __future__ import annotations

import random
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import pytest

from pipeline import package
from pipeline.engine import LocalEngine
from pipeline.external_sort import write_sorted

KEYS = [("outlet", "ascending", "at_end"), ("published", "ascending", "at_end")]
SCHEMA = pa.schema([("outlet", pa.string()), ("published", pa.int64()), ("body", pa.string())])
LEVEL = 3


def make_parts(folder: Path, n_parts: int, seed: int) -> list[Path]:
    """Parts with nulls and many equal keys, so both null placement and stability count."""
    rng = random.Random(seed)
    parts = []
    for i in range(n_parts):
        rows = rng.randint(0, 40)
        table = pa.table(
            {
                "outlet": [rng.choice(["AP", "BBC", "Reuters", None]) for _ in range(rows)],
                "published": [rng.choice([1, 2, 3, None]) for _ in range(rows)],
                "body": [f"part {i} row {r} " + "x" * rng.randint(0, 300) for r in range(rows)],
            },
            schema=SCHEMA,
        )
        parts.append(folder / f"in-{i:03d}.parquet")
        pq.write_table(table, parts[-1])
    return parts


def in_memory(parts: list[Path], folder: Path) -> list[str]:
    table = pa.concat_tables([pq.read_table(p, schema=SCHEMA) for p in parts])
    table = table.take(pc.sort_indices(table, sort_keys=KEYS))
    return package.write_table(table, folder, SCHEMA, ["outlet"], LEVEL)


def sort_with(engine, parts, folder, per_file):
    """`write_sorted` over the test's schema and keys (engine None: in this process)."""
    return write_sorted(
        parts,
        folder,
        SCHEMA,
        KEYS,
        ["outlet"],
        package.group_rows,
        per_file,
        package.value_bytes,
        LEVEL,
        engine,
    )


@pytest.mark.parametrize(
    ("seed", "group_bytes", "per_file"), [(1, 2_000, 2), (2, 5_000, 3), (3, 10**9, 8)]
)
def test_external_sort_gives_the_in_memory_files(
    tmp_path, monkeypatch, seed, group_bytes, per_file
):
    monkeypatch.setattr(package, "ROW_GROUP_BYTES", group_bytes)
    parts = make_parts(tmp_path, 12, seed)
    got = sort_with(None, parts, tmp_path / "external", per_file)
    monkeypatch.setattr(package, "ROW_GROUPS_PER_FILE", per_file)
    expected = in_memory(parts, tmp_path / "memory2")
    assert got == expected
    if group_bytes < 10**6:
        assert len(got) > 2  # the spilling path ran
    for name in got:
        assert (tmp_path / "external" / name).read_bytes() == (
            tmp_path / "memory2" / name
        ).read_bytes()
    assert not list(tmp_path.glob(".sort-*"))  # spill files are gone


def test_no_parts_still_writes_one_empty_file(tmp_path):
    got = write_sorted(
        [], tmp_path / "out", SCHEMA, KEYS, [], package.group_rows, 8, package.value_bytes, LEVEL
    )
    assert got == ["part-00000.parquet"]
    assert pq.read_table(tmp_path / "out" / got[0]).num_rows == 0


class RecordingEngine:
    """Two 'workers' run in this process, so the test sees which steps went to the pool."""

    name = "recording"
    workers = 2

    def __init__(self) -> None:
        self.steps: list[tuple[str, int]] = []

    def map(self, task, args, description):
        self.steps.append((description, len(args)))
        return map(task, args)


@pytest.mark.parametrize("seed", [4, 5])
def test_parallel_steps_write_the_same_bytes(tmp_path, monkeypatch, seed):
    monkeypatch.setattr(package, "ROW_GROUP_BYTES", 3_000)
    parts = make_parts(tmp_path, 12, seed)
    engine = RecordingEngine()
    got = sort_with(engine, parts, tmp_path / "pooled", 2)
    assert engine.steps == [("package: read", 12), ("package: write", len(got))]
    assert len(got) > 2
    serial = sort_with(None, parts, tmp_path / "serial", 2)
    assert got == serial
    for name in got:
        assert (tmp_path / "pooled" / name).read_bytes() == (
            tmp_path / "serial" / name
        ).read_bytes()
    assert not list(tmp_path.glob(".sort-*"))


def test_a_table_of_one_file_is_sorted_in_this_process(tmp_path):
    parts = make_parts(tmp_path, 6, 6)
    engine = RecordingEngine()
    assert sort_with(engine, parts, tmp_path / "out", 4) == ["part-00000.parquet"]
    assert engine.steps == []  # spawning workers would cost more than it saves


def seven_rows(rows: int, value_bytes: int) -> int:
    return 7


def test_a_process_pool_writes_the_serial_bytes(tmp_path):
    """Real worker processes: the tasks and `value_bytes` pickle, and the files are the
    serial ones."""
    parts = make_parts(tmp_path, 8, 7)

    def run(engine, folder):
        return write_sorted(
            parts,
            folder,
            SCHEMA,
            KEYS,
            [],
            seven_rows,
            2,
            package.value_bytes,
            LEVEL,
            engine,
        )

    got = run(LocalEngine(2), tmp_path / "pool")
    assert len(got) > 2
    assert got == run(None, tmp_path / "serial")
    for name in got:
        assert (tmp_path / "pool" / name).read_bytes() == (tmp_path / "serial" / name).read_bytes()
    rows = pa.concat_tables([pq.read_table(tmp_path / "pool" / n) for n in got])
    assert rows.num_rows == sum(pq.read_metadata(p).num_rows for p in parts)
    assert rows.equals(rows.take(pc.sort_indices(rows, sort_keys=KEYS)))
