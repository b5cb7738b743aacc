"""Object storage through pyarrow's filesystems, against moto's S3 server (offline).

The server is reached the standard way, through AWS_ENDPOINT_URL_S3 (pyarrow's S3 client reads
it), so the code under test sees plain s3:// URIs, as it would on AWS.
"""

from __future__ import annotations

import csv
import hashlib
import io
import logging
import os
from collections.abc import Iterator
from pathlib import Path

import orjson
import pyarrow as pa
import pyarrow.fs as pafs
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from pipeline import objectstore
from pipeline.cli import app
from pipeline.config import IngestParams, Params
from pipeline.engine import LocalEngine
from pipeline.ingest import UnreadableInput, read_files
from pipeline.ingest_shards import shard_reads
from pipeline.objectstore import ObjectRef, ObjectStoreError, list_objects, publish
from pipeline.package import Accounting
from pipeline.runner import run_dedup, run_ingest, run_parse, run_validate
from pipeline.storage import read_parquet_dir
from tests.conftest import ROOT, SAMPLE

moto_server = pytest.importorskip(
    "moto.server", reason="moto[server] is not installed", exc_type=ImportError
)

RAW = "raw-bucket"
OUT = "out-bucket"
RAW_URI = f"s3://{RAW}/raw/sample"
cli = CliRunner()


@pytest.fixture(scope="module")
def s3() -> Iterator[pafs.S3FileSystem]:
    """A moto S3 server with the sample uploaded to s3://raw-bucket/raw/sample/."""
    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # one line per request otherwise
    server = moto_server.ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    _, port = server.get_host_and_port()
    env = {
        "AWS_ACCESS_KEY_ID": "x",
        "AWS_SECRET_ACCESS_KEY": "x",
        "AWS_DEFAULT_REGION": "us-east-1",
        "AWS_EC2_METADATA_DISABLED": "true",
        "AWS_ENDPOINT_URL_S3": f"http://127.0.0.1:{port}",
    }
    with pytest.MonkeyPatch.context() as mp:
        for key, value in env.items():
            mp.setenv(key, value)  # os.environ: spawned workers inherit it
        objectstore._open.cache_clear()
        fs = pafs.S3FileSystem(
            endpoint_override=f"127.0.0.1:{port}",
            scheme="http",
            access_key="x",
            secret_key="x",
            region="us-east-1",
            allow_bucket_creation=True,
        )
        fs.create_dir(RAW)
        fs.create_dir(OUT)
        for path in sorted(SAMPLE.rglob("*")):
            if path.is_file():
                key = f"{RAW}/raw/sample/{path.relative_to(SAMPLE).as_posix()}"
                with fs.open_output_stream(key) as sink:
                    sink.write(path.read_bytes())
        yield fs
        objectstore._open.cache_clear()
    server.stop()


def _local_uri(uri: str) -> str:
    """The source_uri the same input has when ingested locally from the project root."""
    return uri.replace(f"s3://{RAW}/raw/sample/", "data/raw/sample/")


def _without(table: pa.Table, *columns: str) -> list[dict]:
    return table.drop_columns([c for c in columns if c in table.column_names]).to_pylist()


def _uris_to_local(table: pa.Table) -> pa.Table:
    local = [_local_uri(u) for u in table["source_uri"].to_pylist()]
    index = table.schema.get_field_index("source_uri")
    return table.set_column(index, "source_uri", pa.array(local, pa.string()))


def test_ingest_from_s3_gives_the_local_records_and_rejects(s3, tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    params = Params()
    remote = run_ingest([RAW_URI], tmp_path / "s3", params, LocalEngine(2))  # spawned workers
    local = run_ingest([SAMPLE.relative_to(ROOT)], tmp_path / "local", params, LocalEngine(1))
    assert remote["ignored_files"] == [f"{RAW_URI}/MANIFEST.md"]
    assert local["ignored_files"] == ["data/raw/sample/MANIFEST.md"]
    assert {k: v for k, v in remote.items() if k != "ignored_files"} == {
        k: v for k, v in local.items() if k != "ignored_files"
    }
    for table in ("records", "rejects"):
        got = read_parquet_dir(tmp_path / "s3" / table)
        want = read_parquet_dir(tmp_path / "local" / table)
        assert got.num_rows == want.num_rows > 0
        uris = got["source_uri"].to_pylist()
        assert all(u.startswith(f"{RAW_URI}/") for u in uris)
        assert [_local_uri(u) for u in uris] == want["source_uri"].to_pylist()
        assert _without(got, "source_uri", "article_id") == _without(
            want, "source_uri", "article_id"
        )
    batches = set(read_parquet_dir(tmp_path / "s3" / "records")["batch"].to_pylist())
    assert batches == {"sample"}


def _dumps() -> dict[str, bytes]:
    """The same 1,200 stories as JSONL, CSV and a JSON list, each ~500 KB; one JSONL line and
    one CSV row over 64 KB."""
    stories = [
        {"title": f"Story {i}", "text": f'Story {i}, said "we".\n' + "w " * 200}
        for i in range(1200)
    ]
    stories[900] = {"title": "t " * 5_000, "text": "x " * 30_000}  # 70 KB, each cell < 64 KB
    lines = [orjson.dumps(s) for s in stories]
    rows = io.StringIO(newline="")
    writer = csv.writer(rows, lineterminator="\r\n")
    writer.writerows([["title", "text"], *([s["title"], s["text"]] for s in stories)])
    return {
        "dump.jsonl": b"\n".join(lines) + b"\n",
        "dump.csv": rows.getvalue().encode(),
        "dump.json": b"[" + b",\n".join(lines) + b"]",
    }


def test_an_object_over_max_file_bytes_is_read_in_ranges_as_a_local_file_is(s3, tmp_path):
    params = IngestParams(shard_size=300, max_file_bytes=64 * 1024)
    for name, data in _dumps().items():
        with s3.open_output_stream(f"{RAW}/dumps/{name}") as sink:
            sink.write(data)
        (tmp_path / name).write_bytes(data)
        [ref], _ = list_objects(f"s3://{RAW}/dumps/{name}")
        remote = shard_reads([(ref, "dumps")], params)
        local = shard_reads([(str(tmp_path / name), "dumps")], params)
        assert [r.lines for r in remote] == [r.lines for r in local]
        assert len(remote) > 4 and all(r.lines for r in remote)
        got = [read_files(r.files, params, lines=r.lines) for r in remote]
        want = [read_files(r.files, params, lines=r.lines) for r in local]

        def rows(results: list) -> list[tuple]:  # files by name: dump.csv#12
            return [
                (row["source_uri"].split("/")[-1], row["source_sha256"], row.get("text"))
                for result in results
                for row in result.records + result.rejects
            ]

        assert rows(got) == rows(want)
        assert got[0].records[0]["source_uri"] == f"s3://{RAW}/dumps/{name}#1"
        reasons = [row["reason"] for result in got for row in result.rejects]
        assert reasons == ["too_large"] and len(rows(got)) == 1200, name


def test_listing_is_sorted_skips_folder_markers_and_names_the_batch(s3):
    for key in ("b/z.txt", "a.txt", "b/a.txt", ".git/HEAD"):
        with s3.open_output_stream(f"{RAW}/listing/batch7/{key}") as sink:
            sink.write(b"text")
    s3.create_dir(f"{RAW}/listing/batch7/empty-folder")  # an empty "folder/" marker object
    objects, batch = list_objects(f"s3://{RAW}/listing/batch7/")
    assert batch == "batch7"
    assert [o.uri for o in objects] == [
        f"s3://{RAW}/listing/batch7/a.txt",
        f"s3://{RAW}/listing/batch7/b/a.txt",
        f"s3://{RAW}/listing/batch7/b/z.txt",
    ]
    single, parent = list_objects(f"s3://{RAW}/listing/batch7/b/a.txt")
    assert ([o.uri for o in single], parent) == ([f"s3://{RAW}/listing/batch7/b/a.txt"], "b")


def test_an_unreadable_object_is_a_reject_with_its_location(s3):
    gone = ObjectRef(f"{RAW}/raw/sample/vanished.txt", RAW_URI)
    good = ObjectRef(f"{RAW}/raw/sample/txt/01_wire_ap.txt", RAW_URI)
    result = read_files([(good, "sample"), (gone, "sample")], Params().ingest)
    assert len(result.records) == 1
    assert result.records[0]["source_uri"] == f"{RAW_URI}/txt/01_wire_ap.txt"
    [reject] = result.rejects
    assert reject["reason"] == "unreadable"
    assert reject["source_uri"] == f"{RAW_URI}/vanished.txt"
    assert "vanished.txt" in reject["detail"]
    with pytest.raises(UnreadableInput, match=r"vanished\.txt"):
        read_files([(gone, "sample")], Params().ingest, strict=True)


def test_the_endpoint_can_also_come_from_the_uri(s3, monkeypatch):
    endpoint = os.environ["AWS_ENDPOINT_URL_S3"].removeprefix("http://")
    monkeypatch.delenv("AWS_ENDPOINT_URL_S3")
    uri = f"s3://{RAW}/raw/sample/txt?endpoint_override={endpoint}&scheme=http"
    objects, batch = list_objects(uri)
    assert batch == "txt" and len(objects) == 15
    assert objects[0].uri == f"s3://{RAW}/raw/sample/txt/01_wire_ap.txt"  # no query string
    assert objectstore.read_bytes(objects[0]) == (SAMPLE / "txt" / "01_wire_ap.txt").read_bytes()


def _objects(fs: pafs.S3FileSystem, prefix: str) -> dict[str, bytes]:
    found = fs.get_file_info(pafs.FileSelector(prefix, recursive=True, allow_not_found=True))
    out = {}
    for info in found:
        if info.type == pafs.FileType.File:
            with fs.open_input_stream(info.path) as stream:
                out[info.path[len(prefix) + 1 :]] = stream.read()
    return out


def _table(files: dict[str, bytes], name: str) -> pa.Table:
    parts = sorted(k for k in files if k.startswith(f"{name}/") and k.endswith(".parquet"))
    return pa.concat_tables([pq.read_table(pa.BufferReader(files[p])) for p in parts])


# Derived from the URI (ids), or from which copy is canonical (a duplicate's method/similarity)
ID_COLUMNS = ("article_id", "duplicate_of", "cluster_id", "method", "similarity")


def _by_source(table: pa.Table) -> list[dict]:
    """Rows keyed by their input, without the columns derived from the input's URI."""
    rows = _without(_uris_to_local(table), *ID_COLUMNS)
    return sorted(rows, key=lambda r: orjson.dumps(r, default=str, option=orjson.OPT_SORT_KEYS))


def _clusters(articles: pa.Table, duplicates: pa.Table) -> set[frozenset[str]]:
    """Clusters as sets of (local) source URIs: ids differ, memberships must not."""
    groups: dict[str, set[str]] = {}
    for table in (articles, duplicates):
        local = _uris_to_local(table)
        for cluster, uri in zip(
            local["cluster_id"].to_pylist(), local["source_uri"].to_pylist(), strict=True
        ):
            groups.setdefault(cluster, set()).add(uri)
    return {frozenset(g) for g in groups.values()}


def test_run_from_s3_to_s3_matches_a_local_run(s3, sample_build: tuple[Path, Accounting]):
    """Same rows as the local build, but for the URIs and what derives from them: article ids,
    hence which of two exact copies is canonical (the smallest id breaks the tie)."""
    local, acc = sample_build
    result = cli.invoke(
        app,
        ["run", RAW_URI, "--out", f"s3://{OUT}/datasets/news", "--workers", "1"],
        env={"CI": "true"},
    )
    assert result.exit_code == 0, result.output
    files = _objects(s3, f"{OUT}/datasets/news")
    got = {name: _table(files, name) for name in ("articles", "duplicates", "rejects")}
    want = {name: read_parquet_dir(local / name) for name in got}
    for name in got:
        assert got[name].schema == want[name].schema
        assert got[name].num_rows == want[name].num_rows
    assert (got["articles"].num_rows, got["rejects"].num_rows) == (acc.articles, acc.rejects)
    assert _by_source(got["rejects"]) == _by_source(want["rejects"])
    accepted = [pa.concat_tables([t["articles"], t["duplicates"]]) for t in (got, want)]
    assert _by_source(accepted[0]) == _by_source(accepted[1])
    matches = [
        sorted(zip(*(t["duplicates"][c].to_pylist() for c in ID_COLUMNS[3:]), strict=True))
        for t in (got, want)
    ]
    assert matches[0] == matches[1]
    clusters = _clusters(got["articles"], got["duplicates"])
    assert clusters == _clusters(want["articles"], want["duplicates"])
    assert any(len(c) > 1 for c in clusters)
    manifest = orjson.loads(files["croissant.json"])
    listed = {
        d["contentUrl"]: d["sha256"]
        for d in manifest["distribution"]
        if d["@type"] == "cr:FileObject"
    }
    parquet = {k: hashlib.sha256(v).hexdigest() for k, v in files.items() if k.endswith("parquet")}
    assert listed == parquet
    assert set(listed) >= {"articles/part-00000.parquet", "rejects/part-00000.parquet"}
    local_files = {p.relative_to(local).as_posix() for p in local.rglob("*") if p.is_file()}
    assert set(files) == local_files


def _dataset(folder: Path, parts: int, tag: bytes) -> Path:
    for i in range(parts):
        (folder / "articles").mkdir(parents=True, exist_ok=True)
        (folder / "articles" / f"part-{i:05d}.parquet").write_bytes(tag + bytes([i]))
    (folder / "metrics.json").write_bytes(b"{}")
    (folder / "croissant.json").write_bytes(tag)
    return folder


def test_publish_deletes_the_manifest_first_uploads_it_last_and_drops_stale_parts(
    s3, tmp_path, monkeypatch
):
    uri = f"s3://{OUT}/publish/order"
    publish(_dataset(tmp_path / "v1", 3, b"v1"), uri)
    s3.create_dir(f"{OUT}/publish/order-other")  # a sibling prefix is not ours to clean
    with s3.open_output_stream(f"{OUT}/publish/order-other/keep.txt") as sink:
        sink.write(b"keep")
    calls: list[str] = []
    real_upload, real_delete = objectstore.upload_file, objectstore._delete

    def upload(fs: pafs.FileSystem, local: Path, path: str) -> None:
        calls.append(f"put {path.rsplit('/order/', 1)[1]}")
        real_upload(fs, local, path)

    monkeypatch.setattr(objectstore, "upload_file", upload)

    def delete(fs: pafs.FileSystem, path: str) -> None:
        calls.append(f"delete {path.rsplit('/order/', 1)[1]}")
        real_delete(fs, path)

    monkeypatch.setattr(objectstore, "upload_file", upload)
    monkeypatch.setattr(objectstore, "_delete", delete)
    assert publish(_dataset(tmp_path / "v2", 1, b"v2"), uri) == 3
    assert calls == [
        "delete croissant.json",
        "put articles/part-00000.parquet",
        "put metrics.json",
        "put croissant.json",
    ]
    assert _objects(s3, f"{OUT}/publish/order") == {
        "articles/part-00000.parquet": b"v2\x00",
        "metrics.json": b"{}",
        "croissant.json": b"v2",
    }
    assert _objects(s3, f"{OUT}/publish/order-other") == {"keep.txt": b"keep"}


def _fail_upload_of(monkeypatch: pytest.MonkeyPatch, suffix: str, message: str) -> None:
    """Make the upload of the file whose path ends in `suffix` fail, as a dropped link does."""
    real_upload = objectstore.upload_file

    def upload(fs: pafs.FileSystem, local: Path, path: str) -> None:
        if path.endswith(suffix):
            raise OSError(message)
        real_upload(fs, local, path)

    monkeypatch.setattr(objectstore, "upload_file", upload)


def test_an_upload_failing_midway_leaves_no_manifest(s3, tmp_path, monkeypatch):
    uri = f"s3://{OUT}/publish/failing"
    publish(_dataset(tmp_path / "v1", 2, b"v1"), uri)
    assert "croissant.json" in _objects(s3, f"{OUT}/publish/failing")
    _fail_upload_of(monkeypatch, "part-00001.parquet", "connection reset by peer")
    with pytest.raises(ObjectStoreError, match=r"after 1 of 4 files.*connection reset"):
        publish(_dataset(tmp_path / "v2", 2, b"v2"), uri)
    left = _objects(s3, f"{OUT}/publish/failing")
    assert "croissant.json" not in left
    assert left["articles/part-00000.parquet"] == b"v2\x00"  # the new build, half uploaded


def test_a_failed_upload_from_the_cli_is_exit_2_without_a_manifest(s3, monkeypatch):
    _fail_upload_of(monkeypatch, "metrics.json", "simulated outage")
    out = f"s3://{OUT}/datasets/broken"
    result = cli.invoke(app, ["run", RAW_URI, "--out", out, "--workers", "1"], env={"CI": "true"})
    assert result.exit_code == 2, result.output
    assert "simulated outage" in result.output and "Traceback" not in result.output
    files = _objects(s3, f"{OUT}/datasets/broken")
    assert "croissant.json" not in files and "articles/part-00000.parquet" in files


def test_a_missing_bucket_or_prefix_is_a_usage_error(s3, tmp_path):
    for raw in ("s3://no-such-bucket/raw", f"s3://{RAW}/no/such/prefix"):
        result = cli.invoke(app, ["run", raw, "--out", str(tmp_path / "o")], env={"CI": "true"})
        assert result.exit_code == 2, result.output
        assert "raw input not found" in result.output and raw in result.output
        assert "Traceback" not in result.output
    result = cli.invoke(
        app, ["run", RAW_URI, "--out", "s3://no-such-bucket/ds"], env={"CI": "true"}
    )
    assert result.exit_code == 2, result.output
    assert "destination bucket not found: s3://no-such-bucket" in result.output


def test_stage_folders_refuse_uris(s3):
    for args in (
        ["ingest", RAW_URI, "--out", f"s3://{OUT}/interim/ingested"],
        ["parse", "--in", f"s3://{OUT}/interim/ingested"],
        ["package", "--interim", f"s3://{OUT}/interim"],
    ):
        result = cli.invoke(app, args, env={"CI": "true"})
        assert result.exit_code == 2, result.output
        assert "POSIX" in result.output


def test_package_to_s3_uploads_the_local_bytes_and_copies_metrics(s3, tmp_path, monkeypatch):
    """`copydesk package --out s3://...` (the DVC stage) publishes exactly the files a local
    --out gets from the same stage folders; --metrics and --plots are read back from it."""
    monkeypatch.chdir(ROOT)
    interim = tmp_path / "interim"
    params, engine = Params(), LocalEngine(1)
    run_ingest([RAW_URI], interim / "ingested", params, engine)
    run_parse(interim / "ingested", interim / "parsed", engine)
    run_validate(interim / "parsed", interim / "validated", params, engine, interim / "ingested")
    run_dedup(interim / "validated", interim / "deduped", params, engine)
    common = ["package", "--interim", str(interim)]
    local = cli.invoke(app, [*common, "--out", str(tmp_path / "local")], env={"CI": "true"})
    assert local.exit_code == 0, local.output
    uri = f"s3://{OUT}/datasets/packaged"
    extra = ["--metrics", str(tmp_path / "m.json"), "--plots", str(tmp_path / "plots")]
    remote = cli.invoke(app, [*common, "--out", uri, *extra], env={"CI": "true"})
    assert remote.exit_code == 0, remote.output
    files = _objects(s3, f"{OUT}/datasets/packaged")
    built = {
        p.relative_to(tmp_path / "local").as_posix(): p.read_bytes()
        for p in (tmp_path / "local").rglob("*")
        if p.is_file()
    }
    assert files == built
    assert (tmp_path / "m.json").read_bytes() == files["metrics.json"]
    assert sorted(p.name for p in (tmp_path / "plots").iterdir()) == sorted(
        k.removeprefix("plots/") for k in files if k.startswith("plots/")
    )
