"""`copydesk validate PATH...`: the data gate researchers run in CI before a merge."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
from pathlib import Path
from xml.etree import ElementTree as ET

import orjson
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import pytest
import yaml
from typer.testing import CliRunner

from pipeline import gate_plan
from pipeline.cli import app
from pipeline.config import IngestParams
from pipeline.storage import write_parquet
from schemas import ARTICLE_SCHEMA
from tests.conftest import ROOT

runner = CliRunner()
ANNOTATION = re.compile(r"^::error file=[^,]+(,line=\d+)?::.+$")
STORY = (
    "HELSINKI (AP) — Ferry services across the Baltic were suspended on Tuesday after "
    "a storm brought winds of up to 120 kilometres an hour to the coast.\n\n"
    "Operators said sailings would resume once the wind dropped below gale force."
)


@pytest.fixture(autouse=True)
def _project_root():
    """source_uri and params.yaml are relative to the project root, as in CI."""
    cwd = Path.cwd()
    os.chdir(ROOT)
    yield
    os.chdir(cwd)


def article(n: int, **changes) -> dict:
    aid = f"{n:024x}"
    row = {
        "article_id": aid,
        "source_uri": f"data/raw/new/batch.jsonl#{n + 1}",
        "source_sha256": f"{n:064x}",
        "batch": "new",
        "url": None,
        "title": "Storm halts Baltic ferries",
        "body": STORY,
        "dateline_place": "Helsinki",
        "reporters": ["Ann Lee"],
        "outlet": "Associated Press",
        "publisher": None,
        "published": dt.date(2024, 1, 2),
        "meta_authors": [],
        "meta_published": None,
        "media": [],
        "boilerplate": [],
        "line_roles": ["title", "body", "body"],
        "quality_flags": [],
        "encoding": "utf-8",
        "language": "en",
        "cluster_id": aid,
        "duplicate_of": None,
        "similarity": None,
        "method": None,
    }
    row.update(changes)
    return row


def write_articles(path: Path, rows: list[dict]) -> Path:
    write_parquet(pa.Table.from_pylist(rows, schema=ARTICLE_SCHEMA), path)
    return path


def gate(*args: str, env: dict | None = None):
    return runner.invoke(app, ["validate", *args], env=env)


def report(*args: str) -> tuple[int, dict]:
    result = gate(*args, "--format", "json")
    assert "Traceback" not in result.output
    return result.exit_code, orjson.loads(result.stdout)


def failures(doc: dict) -> dict[str, dict]:
    return {f["check"]: f for f in doc["failures"]}


@pytest.fixture
def raw_batch(tmp_path: Path) -> Path:
    """A new raw batch: one good text, a JSONL with a broken line, a CSV without text."""
    batch = tmp_path / "2025-03-site-a"
    batch.mkdir()
    (batch / "good.txt").write_text(f"Storm halts Baltic ferries\n\n{STORY}\n")
    good = orjson.dumps({"title": "Ferries resume", "text": STORY}).decode()
    (batch / "feed.jsonl").write_text(f"{good}\n{{not json\n")
    (batch / "sheet.csv").write_text("headline,author\nFerries resume,Ann Lee\n")
    return batch


def test_built_sample_dataset_is_valid_in_strict_mode(sample_build):
    out, acc = sample_build
    code, doc = report(str(out), "--strict")
    assert code == 0, doc["failures"]
    assert doc["valid"] and doc["invalid_records"] == 0
    assert doc["tables"] == {"articles": 14, "duplicates": 4, "rejects": 6}
    assert doc["records"] == acc.inputs


def test_a_wrong_value_in_parquet_fails(tmp_path):
    """Columns and types are right; only a value is wrong (pandera's LazyFrame path would
    check the schema only and pass it)."""
    path = write_articles(
        tmp_path / "articles.parquet", [article(0), article(1, body="Broken â€™ quote")]
    )
    code, doc = report(str(path), "--strict")
    assert code == 1
    failed = failures(doc)
    assert list(failed) == ["body:no_mojibake"]
    (sample,) = failed["body:no_mojibake"]["samples"]
    assert sample["article_id"] == f"{1:024x}"
    assert sample["source_uri"] == "data/raw/new/batch.jsonl#2"
    assert "â€™" in sample["value"]


def test_every_failure_at_once_grouped_by_check_with_bounded_samples(tmp_path):
    rows = [article(n) for n in range(20)]
    for n in range(7):
        rows[n]["title"] = ""
    for n in (10, 11):
        rows[n]["reporters"] = ["Staff Writer"]
    rows[11]["language"] = "english"
    path = write_articles(tmp_path / "articles.parquet", rows)
    code, doc = report(str(path), "--strict", "--max-samples", "3")
    assert code == 1
    failed = failures(doc)
    assert {c: f["count"] for c, f in failed.items()} == {
        "title:str_length": 7,
        "reporters:reporters_are_person_names": 2,
        "language:isin": 1,
    }
    assert [len(f["samples"]) for f in failed.values()] == [1, 2, 3]
    assert doc["invalid_records"] == 9 and doc["records"] == 20


def test_raw_batch_is_ingested_parsed_and_every_bad_record_named(raw_batch):
    code, doc = report(str(raw_batch), "--strict")
    assert code == 1
    failed = failures(doc)
    malformed = failed["ingest:malformed_json"]["samples"][0]
    assert malformed["file"].endswith("2025-03-site-a/feed.jsonl")
    assert malformed["line"] == 2
    assert "line 2" in malformed["value"]
    no_text = failed["ingest:missing_text_column"]["samples"][0]
    assert no_text["file"].endswith("sheet.csv")
    assert "has none of text, body, content, article" in no_text["value"]
    assert doc["records"] == 4 and doc["invalid_records"] == 2


def test_reject_rate_decides_outside_strict_mode(raw_batch):
    assert report(str(raw_batch), "--max-reject-rate", "0.5")[0] == 0
    code, doc = report(str(raw_batch), "--max-reject-rate", "0.25")
    assert code == 1
    assert "2 of 4 records fail (50.00%; limit 25.0%)" in doc["verdict"]


def test_junit_report_is_well_formed_and_lists_passing_checks(raw_batch):
    result = gate(str(raw_batch), "--strict", "--format", "junit")
    assert result.exit_code == 1
    root = ET.fromstring(result.stdout)
    assert root.tag == "testsuites"
    cases = root.findall("./testsuite/testcase")
    failed = [c for c in cases if c.find("failure") is not None]
    assert int(root.get("tests")) == len(cases) > len(failed)
    assert int(root.get("failures")) == len(failed) == 2
    for suite in root.findall("testsuite"):
        assert int(suite.get("tests")) == len(suite.findall("testcase"))
    names = {c.get("name"): c for c in cases}
    assert names["body:no_mojibake"].find("failure") is None
    failure = names["ingest:malformed_json"].find("failure")
    assert failure.get("message") == "1 record failed ingest:malformed_json"
    assert "feed.jsonl#2" in failure.text


def test_github_annotations_point_at_the_offending_input(raw_batch):
    result = gate(str(raw_batch), "--strict", "--format", "github")
    assert result.exit_code == 1
    commands = [ln for ln in result.stdout.splitlines() if ln.startswith("::")]
    assert len(commands) == 2
    assert all(ANNOTATION.match(ln) for ln in commands), commands
    jsonl = next(ln for ln in commands if "feed.jsonl" in ln)
    assert re.match(r"^::error file=[^,]*2025-03-site-a/feed\.jsonl,line=2::", jsonl)
    assert "malformed_json" in jsonl
    assert "INVALID" in result.stdout.splitlines()[-1]


def test_text_report_is_a_table_by_check(raw_batch):
    result = gate(str(raw_batch), "--strict")
    assert result.exit_code == 1
    assert "failures by check" in result.output
    assert "ingest:missing_text_column" in result.output
    assert "INVALID: 2 of 4 records fail" in result.output


def test_same_input_same_report(raw_batch):
    first = gate(str(raw_batch), "--format", "json").stdout
    assert gate(str(raw_batch), "--format", "json").stdout == first


def test_missing_columns_break_the_contract_whatever_the_rate(tmp_path):
    table = pa.Table.from_pylist([article(0)], schema=ARTICLE_SCHEMA).drop(["title"])
    pq.write_table(table, tmp_path / "articles.parquet")
    code, doc = report(str(tmp_path / "articles.parquet"), "--max-reject-rate", "1.0")
    assert code == 1
    assert failures(doc)["title:column_in_schema"]["samples"][0]["value"] == "missing"
    assert doc["verdict"].startswith("INVALID: the columns or types")


def test_duplicate_of_must_name_an_existing_canonical(sample_build, tmp_path):
    out, _ = sample_build
    copy = tmp_path / "dataset"
    shutil.copytree(out, copy)
    part = copy / "duplicates" / "part-00000.parquet"
    table = pq.read_table(part)
    index = table.schema.get_field_index("duplicate_of")
    orphan = pa.array(["f" * 24] * table.num_rows, pa.string())
    pq.write_table(table.set_column(index, table.schema.field(index), orphan), part)
    code, doc = report(str(copy), "--strict")
    assert code == 1
    failed = failures(doc)
    # every copy now points at a missing canonical, and its cluster no longer matches
    assert failed["duplicate_of:canonical_exists"]["count"] == table.num_rows
    assert failed["duplicate_of:canonical_exists"]["samples"][0]["value"] == "f" * 24


def test_article_ids_are_unique_across_files(tmp_path):
    write_articles(tmp_path / "a" / "articles" / "part-00000.parquet", [article(0), article(1)])
    write_articles(tmp_path / "a" / "articles" / "part-00001.parquet", [article(1)])
    code, doc = report(str(tmp_path / "a"), "--strict")
    assert code == 1
    assert failures(doc)["article_id:field_uniqueness"]["count"] == 2
    assert doc["invalid_records"] == 2


def test_as_of_is_the_ingest_date_ceiling(tmp_path):
    path = write_articles(tmp_path / "x.parquet", [article(0, published=dt.date(2025, 6, 1))])
    assert report(str(path), "--strict", "--as-of", "2025-06-01")[0] == 0
    code, doc = report(str(path), "--strict", "--as-of", "2025-05-31")
    assert code == 1
    assert failures(doc)["published:not_after_as_of"]["samples"][0]["value"] == "2025-06-01"


def _truncated(tmp_path: Path) -> Path:
    path = write_articles(tmp_path / "articles.parquet", [article(0)])
    path.write_bytes(path.read_bytes()[:-40])
    return path


def _foreign(tmp_path: Path) -> Path:
    path = tmp_path / "other.parquet"
    pq.write_table(pa.table({"city": ["Oslo"], "population": [709_000]}), path)
    return path


def _unsupported(tmp_path: Path) -> Path:
    path = tmp_path / "notes.docx"
    path.write_bytes(b"PK")
    return path


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda tmp: tmp / "nope", "no such file or folder"),
        (_truncated, "cannot read as Parquet (truncated, or not a Parquet file)"),
        (_foreign, "not a copydesk table: its columns (city, population)"),
        (_unsupported, "not a Parquet file or a raw input"),
    ],
)
def test_unreadable_input_is_a_usage_error_with_a_precise_message(tmp_path, make, message):
    path = make(tmp_path)
    result = gate(str(path), "--strict")
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output
    as_json = gate(str(path), "--format", "json")
    assert orjson.loads(as_json.stdout)["exit_code"] == 2


@pytest.mark.parametrize(
    ("name", "content", "check", "message"),
    [
        ("feed.jsonl", "{not json\n", "ingest:malformed_json", "line 1: "),
        ("sheet.csv", "headline,author\nA,B\n", "ingest:missing_text_column", "has none of"),
    ],
)
def test_broken_raw_records_are_invalid_data_not_crashes(tmp_path, name, content, check, message):
    (tmp_path / name).write_text(content)
    code, doc = report(str(tmp_path / name), "--strict")
    assert code == 1
    assert message in failures(doc)[check]["samples"][0]["value"]


def test_old_stage_flags_point_at_validate_stage(tmp_path):
    result = gate("--in", str(tmp_path), "--out", str(tmp_path / "o"))
    assert result.exit_code == 2
    assert "validate-stage" in result.output


def test_help_documents_exit_codes():
    result = gate("--help")
    assert result.exit_code == 0
    text = " ".join(result.output.split())
    assert "Exit codes: 0 valid; 1 data invalid" in text
    assert "2 usage or I/O error" in text


def test_validate_stage_quarantines_then_fails_over_the_rate(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "good.txt").write_text(f"Storm halts Baltic ferries\n\n{STORY}\n")
    (raw / "bad.txt").write_text("Headline only")  # no body: fails validation
    for stage in (["ingest", str(raw)], ["parse", "--in", str(tmp_path / "ingested")]):
        out = tmp_path / ("ingested" if stage[0] == "ingest" else "parsed")
        assert runner.invoke(app, [*stage, "--out", str(out), "-w", "1"]).exit_code == 0
    args = ["validate-stage", "--in", str(tmp_path / "parsed"), "-w", "1"]
    args += ["--raw", str(tmp_path / "ingested")]
    ok = runner.invoke(app, [*args, "--out", str(tmp_path / "v1"), "--max-reject-rate", "0.5"])
    assert ok.exit_code == 0, ok.output
    rejects = pq.read_table(tmp_path / "v1" / "rejects")
    assert rejects["reason"].to_pylist() == ["body:str_length"]
    assert rejects["raw_text"].to_pylist() == ["Headline only"]  # from the ingested shard
    assert pc.all(pc.equal(rejects["stage"], "validate")).as_py()
    over = runner.invoke(app, [*args, "--out", str(tmp_path / "v2"), "--max-reject-rate", "0.4"])
    assert over.exit_code == 1
    assert "1 of 2 records failed validation" in over.output


def test_ci_workflow_and_pre_commit_hook_run_the_strict_gate(tmp_path):
    workflow = yaml.safe_load((ROOT / ".github/workflows/validate-data.yml").read_text())
    runs = " ".join(step.get("run", "") for step in workflow["jobs"]["validate"]["steps"])
    assert "copydesk validate --strict --format github" in runs
    assert workflow[True]["pull_request"]["paths"] == ["data/raw/**"]  # YAML 1.1: on -> True
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    assert re.match(hook["files"], "data/raw/2025-03-site-a/feed.jsonl")
    assert not re.match(hook["files"], "data/raw/2025-03-site-a/notes.md")
    good = tmp_path / "good.txt"
    good.write_text(f"Storm halts Baltic ferries\n\n{STORY}\n")
    program, *args = hook["entry"].split()
    assert program == "copydesk"
    result = runner.invoke(app, [*args, "--format", "github", str(good)])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip().startswith("copydesk validate: valid: 0 of 1 records fail")


def test_unknown_agency_sample_names_the_agency(tmp_path):
    block = {
        "kind": "photo",
        "slug": None,
        "caption": None,
        "credit": "Lina Park, The Valley Courier",
        "photographers": ["Lina Park"],
        "agencies": ["The Valley Courier", "Reuters"],
    }
    flagged = article(1, media=[block], quality_flags=["unknown_agency"])
    path = write_articles(tmp_path / "a.parquet", [article(0, media=[block]), flagged])
    code, doc = report(str(path), "--strict")
    assert code == 1
    (failure,) = doc["failures"]
    assert failure["count"] == 1
    assert failure["samples"][0]["value"].endswith("no unknown_agency flag: The Valley Courier")


def test_foreign_parquet_inside_a_dataset_folder_is_skipped_with_a_note(tmp_path):
    write_articles(tmp_path / "ds" / "articles" / "part-00000.parquet", [article(0)])
    pq.write_table(pa.table({"band": [1]}), tmp_path / "ds" / "signatures.parquet")
    code, doc = report(str(tmp_path / "ds"), "--strict")
    assert code == 0
    assert doc["notes"] == [
        f"skipped {Path(os.path.relpath(tmp_path / 'ds' / 'signatures.parquet')).as_posix()}: "
        "not a copydesk table: its columns (band) match none of articles, duplicates, rejects"
    ]
    (tmp_path / "ds" / "articles" / "part-00000.parquet").unlink()
    result = gate(str(tmp_path / "ds"))
    assert result.exit_code == 2
    assert "no copydesk table (articles, duplicates, rejects) among its Parquet files" in (
        " ".join(result.output.split())
    )


def test_a_jsonl_dump_over_max_file_bytes_is_checked_in_ranges_and_a_bad_line_named(tmp_path):
    batch = tmp_path / "dump"
    batch.mkdir()
    good = [
        orjson.dumps({"title": f"Ferries resume {i}", "text": STORY, "pad": "x" * 400})
        for i in range(2500)
    ]
    good[2299] = b"{not json"
    (batch / "all.jsonl").write_bytes(b"\n".join(good) + b"\n")
    params = tmp_path / "params.yaml"
    params.write_text("ingest:\n  max_file_bytes: 524288\n")
    assert (batch / "all.jsonl").stat().st_size > 2 * 524288  # read in ranges, not rejected
    options = gate_plan.Options(IngestParams(max_file_bytes=524288))
    ranges = [t.lines for t in gate_plan.plan([batch], options).tasks]
    assert len(ranges) > 2 and ranges[0] and ranges[0].start == 0
    code, doc = report(str(batch), "--params", str(params))
    assert doc["records"] == 2500 and doc["invalid_records"] == 1
    malformed = failures(doc)["ingest:malformed_json"]["samples"][0]
    assert (malformed["file"].split("/")[-2:], malformed["line"]) == (["dump", "all.jsonl"], 2300)
    assert code == 0


def test_a_csv_dump_over_max_file_bytes_is_checked_in_ranges_and_a_bad_row_named(tmp_path):
    batch = tmp_path / "dump"
    batch.mkdir()
    story = STORY.replace("\n", "\r\n")  # paragraphs inside a quoted cell
    rows = [f'"Ferries resume {i}","{story}","{"x" * 400}"' for i in range(2500)]
    rows[2299] = '"Ferries resume, one field short"'
    (batch / "all.csv").write_text("title,text,pad\r\n" + "\r\n".join(rows) + "\r\n")
    params = tmp_path / "params.yaml"
    params.write_text("ingest:\n  max_file_bytes: 524288\n")
    assert (batch / "all.csv").stat().st_size > 2 * 524288  # read in ranges, not rejected
    options = gate_plan.Options(IngestParams(max_file_bytes=524288))
    ranges = [t.lines for t in gate_plan.plan([batch], options).tasks]
    assert len(ranges) > 2 and all(r and r.header == ("title", "text", "pad") for r in ranges)
    code, doc = report(str(batch), "--params", str(params))
    assert code == 0 and doc["records"] == 2500 and doc["invalid_records"] == 1
    malformed = failures(doc)["ingest:malformed_csv"]["samples"][0]
    assert malformed["file"].split("/")[-2:] == ["dump", "all.csv"]
    assert malformed["source_uri"].endswith("all.csv#2300"), malformed
