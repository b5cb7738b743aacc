"""The built sample dataset loads in the tools researchers use, with the right rows and types.

Each test reads the folder the way the dataset card tells a researcher to: pandas, polars,
DuckDB, pyarrow.dataset and Hugging Face `datasets.load_dataset` (its card configs).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import textwrap

import duckdb
import pandas as pd
import polars as pl
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

from pipeline import package
from pipeline.config import Params
from schemas import ARTICLE_SCHEMA, SCHEMA_VERSION
from tests.conftest import SHARED

COUNTS = {"articles": 14, "duplicates": 4, "rejects": 6}


def test_dataset_folder_layout(sample_build):
    out, _ = sample_build
    names = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert names == [
        "README.md",
        "articles/part-00000.parquet",
        "croissant.json",
        "duplicates/part-00000.parquet",
        "metrics.json",
        "plots/articles_per_outlet.csv",
        "plots/cluster_sizes.csv",
        "plots/credits_per_agency.csv",
        "rejects/part-00000.parquet",
        "report.html",
    ]


def test_parquet_options_zstd_page_index_dictionary_metadata(sample_build):
    out, _ = sample_build
    parquet = pq.ParquetFile(out / "articles" / "part-00000.parquet")
    meta = parquet.metadata
    assert meta.num_row_groups == 1  # small data: one row group
    group = meta.row_group(0)
    columns = {group.column(i).path_in_schema: group.column(i) for i in range(meta.num_columns)}
    assert {c.compression for c in columns.values()} == {"ZSTD"}
    assert all(c.has_column_index and c.has_offset_index for c in columns.values())
    for name in ("outlet", "publisher", "language", "batch", "encoding", "method"):
        assert "RLE_DICTIONARY" in columns[name].encodings, name
    assert "RLE_DICTIONARY" not in columns["body"].encodings
    assert columns["outlet"].is_stats_set  # statistics let readers skip row groups
    schema_meta = parquet.schema_arrow.metadata
    assert schema_meta[b"copydesk.schema_version"] == SCHEMA_VERSION.encode()
    assert schema_meta[b"copydesk.dataset_version"] == b"0.1.0"
    assert schema_meta[b"copydesk.table"] == b"articles"
    assert schema_meta[b"copydesk.params_hash"] == Params().digest().encode()
    assert schema_meta[b"copydesk.table_description"]
    assert b"copydesk.version" in schema_meta
    rejects = pq.ParquetFile(out / "rejects" / "part-00000.parquet").metadata.row_group(0)
    reason = next(
        rejects.column(i)
        for i in range(rejects.num_columns)
        if rejects.column(i).path_in_schema == "reason"
    )
    assert "RLE_DICTIONARY" in reason.encodings


def test_row_groups_are_sized_by_bytes_and_split_into_few_files(tmp_path, monkeypatch):
    body = "word " * 2000  # ~10 kB a row
    table = pa.table({"body": [body] * 50, "n": list(range(50))})
    row = package.value_bytes(table["body"]) // 50 + 8
    monkeypatch.setattr(package, "ROW_GROUP_BYTES", row * 10)
    monkeypatch.setattr(package, "ROW_GROUPS_PER_FILE", 2)
    assert package.rows_per_group(table) == 10
    names = package.write_table(table, tmp_path, table.schema, ["n"], 3)
    assert names == ["part-00000.parquet", "part-00001.parquet", "part-00002.parquet"]
    groups = [pq.ParquetFile(tmp_path / n).metadata.num_row_groups for n in names]
    assert groups == [2, 2, 1]


def test_value_bytes_does_not_depend_on_chunking(sample_build):
    out, _ = sample_build
    table = pq.read_table(out / "articles")
    rechunked = pa.Table.from_batches(table.to_batches(max_chunksize=4))
    assert rechunked.column(0).num_chunks > 1
    sizes = [sum(package.value_bytes(c) for c in t.columns) for t in (table, rechunked)]
    assert sizes[0] == sizes[1] > 0


def test_pandas(sample_build):
    out, _ = sample_build
    for table, n in COUNTS.items():
        assert len(pd.read_parquet(out / table)) == n
    articles = pd.read_parquet(out / "articles")
    assert articles["similarity"].dtype == "float64"
    assert isinstance(articles["published"].dropna().iloc[0], dt.date)
    assert isinstance(articles["reporters"].iloc[0].tolist(), list)
    assert articles["outlet"].value_counts()["Reuters"] == 3


def test_polars(sample_build):
    out, _ = sample_build
    for table, n in COUNTS.items():
        assert pl.read_parquet(f"{out}/{table}/*.parquet").height == n
    schema = pl.scan_parquet(f"{out}/articles/*.parquet").collect_schema()
    assert schema["published"] == pl.Date
    assert schema["reporters"] == pl.List(pl.String)
    assert isinstance(schema["media"], pl.List)
    assert schema["media"].inner.fields[-1].name == "agencies"  # type: ignore[union-attr]


def test_duckdb(sample_build):
    out, _ = sample_build
    con = duckdb.connect()
    for table, n in COUNTS.items():
        got = con.execute(
            f"SELECT count(*) FROM read_parquet('{out}/{table}/*.parquet')"
        ).fetchone()
        assert got == (n,)
    types = dict(
        con.execute(
            f"SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM "
            f"read_parquet('{out}/articles/*.parquet'))"
        ).fetchall()
    )
    assert types["published"] == "DATE"
    assert types["reporters"] == "VARCHAR[]"
    assert types["media"].startswith("STRUCT(kind VARCHAR")
    linked = con.execute(
        f"SELECT count(*) FROM read_parquet('{out}/duplicates/*.parquet') d "
        f"JOIN read_parquet('{out}/articles/*.parquet') a ON d.duplicate_of = a.article_id"
    ).fetchone()
    assert linked == (4,)
    keys = {
        row[0]
        for row in con.execute(
            f"SELECT decode(key) FROM parquet_kv_metadata('{out}/articles/*.parquet')"
        ).fetchall()
    }
    assert {"copydesk.schema_version", "copydesk.dataset_version", "ARROW:schema"} <= keys


def test_pyarrow_dataset_keeps_descriptions_and_prunes(sample_build):
    out, _ = sample_build
    dataset = ds.dataset(out / "articles", format="parquet")
    assert dataset.count_rows() == 14
    for name in ARTICLE_SCHEMA.names:
        assert (
            dataset.schema.field(name).metadata[b"description"]
            == (ARTICLE_SCHEMA.field(name).metadata[b"description"])
        )
    reuters = dataset.to_table(filter=ds.field("outlet") == "Reuters", columns=["article_id"])
    assert reuters.num_rows == 3
    assert dataset.schema.metadata[b"copydesk.schema_version"] == SCHEMA_VERSION.encode()


def test_rows_sorted_for_pruning(sample_build):
    out, _ = sample_build
    table = pq.read_table(out / "articles", columns=["outlet", "published", "article_id"])
    ordered = table.take(
        pc.sort_indices(
            table,
            sort_keys=[
                ("outlet", "ascending", "at_end"),
                ("published", "ascending", "at_end"),
                ("article_id", "ascending", "at_end"),
            ],
        )
    )
    assert table.equals(ordered)


HF_SCRIPT = textwrap.dedent("""
    import json, sys
    import datasets
    from huggingface_hub import DatasetCard

    folder = sys.argv[1]
    result = {}
    for config in ("articles", "duplicates", "rejects"):
        d = datasets.load_dataset(folder, config, split="train", cache_dir=sys.argv[2])
        result[config] = {
            "rows": d.num_rows,
            "features": {k: repr(v) for k, v in d.features.items()},
        }
    result["default_rows"] = datasets.load_dataset(
        folder, split="train", cache_dir=sys.argv[2]
    ).num_rows
    result["card"] = DatasetCard.load(folder + "/README.md").text
    print(json.dumps(result))
""")


def test_hugging_face_datasets_loads_the_card_configs_offline(sample_build, tmp_path):
    out, _ = sample_build
    env = {
        **os.environ,
        "HF_HOME": str(tmp_path / "hf"),
        "HF_DATASETS_OFFLINE": "1",
        "HF_HUB_OFFLINE": "1",
        "HF_HUB_DISABLE_TELEMETRY": "1",
    }
    proc = subprocess.run(
        [sys.executable, "-c", HF_SCRIPT, str(out), str(tmp_path / "cache")],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    for table, n in COUNTS.items():
        assert result[table]["rows"] == n
    assert result["default_rows"] == 14  # the articles config is the default
    features = result["articles"]["features"]
    assert features["published"] == "Value('date32')"
    assert features["reporters"] == "List(Value('string'))"
    assert features["similarity"] == "Value('float64')"
    assert features["media"].startswith("List({'kind': Value('string')")
    assert result["rejects"]["features"]["reason"] == "Value('string')"
    for name in ("title", "outlet", "media"):  # the card documents every field
        description = ARTICLE_SCHEMA.field(name).metadata[b"description"].decode()
        assert description in result["card"]


def test_contract_check_passes(sample_build):
    out, _ = sample_build
    tool = SHARED / "tools" / "check_contract.py"
    if not tool.is_file():
        pytest.skip(f"{tool} not found (../shared is absent)")
    proc = subprocess.run(
        [sys.executable, str(tool), str(out)], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stdout
