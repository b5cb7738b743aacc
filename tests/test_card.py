"""The files that make the dataset explain itself: card, croissant.json, metrics, plots, report."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import mlcroissant as mlc
import pytest
import yaml
from configobj import ConfigObj
from typer.testing import CliRunner

from pipeline import card, figures, html_report
from pipeline.cli import app
from pipeline.config import Params, ParamsError, load_params
from pipeline.engine import LocalEngine
from pipeline.runner import run_dedup, run_ingest, run_parse, run_validate
from schemas import ARTICLE_SCHEMA, REJECT_SCHEMA, SCHEMA_VERSION
from tests.conftest import ROOT, SAMPLE


def _card(out: Path) -> tuple[dict, str]:
    text = (out / "README.md").read_text()
    _, head, body = text.split("---\n", 2)
    return yaml.safe_load(head), body


def test_card_header_is_a_hugging_face_card(sample_build):
    out, _ = sample_build
    head, _ = _card(out)
    assert head["pretty_name"] == Params().dataset.name
    assert head["license"] == "other"
    assert head["language"] == ["en"]
    assert head["size_categories"] == ["n<1K"]
    configs = {c["config_name"]: c for c in head["configs"]}
    assert configs["articles"]["default"] is True
    assert configs["articles"]["data_files"] == [{"split": "train", "path": "articles/*.parquet"}]
    assert configs["duplicates"]["data_files"][0]["path"] == "duplicates/*.parquet"


def test_card_body_documents_fields_counts_outlets_and_provenance(sample_build):
    out, _ = sample_build
    _, body = _card(out)
    for schema in (ARTICLE_SCHEMA, REJECT_SCHEMA):
        for field in schema:
            description = field.metadata[b"description"].decode().replace("|", "\\|")
            assert f"| `{field.name}` |" in body and description in body, field.name
    assert "| `media` | `list<struct<kind, slug, caption, credit, photographers, agencies>>` |" in (
        body
    )
    assert "| 24 | 14 | 4 | 6 | 6 | 2 |" in body  # inputs, articles, dups, rejects, outlets
    assert "| Reuters | 3 | 1 |" in body
    assert "| Associated Press | 1 |" in body  # agencies table
    assert "| `ingest:empty` | 2 | 8.3 % |" in body
    assert f"| schema version | {SCHEMA_VERSION} |" in body
    assert f"`{Params().digest()}`" in body
    assert "shingle_size: 3" in body  # the parameters it was built with
    assert "## Limitations" in body and "## Citation" in body
    assert "| sample | 24 |" in body  # inputs per batch with their digest


def test_size_category():
    assert card.size_category(999) == "n<1K"
    assert card.size_category(1_000) == "1K<n<10K"
    assert card.size_category(2_000_000) == "1M<n<10M"


def test_croissant_passes_mlcroissant_validate(sample_build):
    out, _ = sample_build
    cli = shutil.which("mlcroissant") or str(Path(sys.executable).with_name("mlcroissant"))
    proc = subprocess.run(
        [cli, "validate", "--jsonld", str(out / "croissant.json")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "error" not in proc.stderr.lower().replace("0 error", "")


def test_croissant_records_checksums_and_fields(sample_build):
    out, _ = sample_build
    doc = json.loads((out / "croissant.json").read_text())
    assert doc["conformsTo"][0] == "http://mlcommons.org/croissant/1.1"
    assert doc["version"] == "0.1.0"
    assert "rai:dataCollection" in doc and "rai:personalSensitiveInformation" in doc
    objects = [d for d in doc["distribution"] if d["@type"] == "cr:FileObject"]
    assert {o["contentUrl"] for o in objects} == {
        f"{t}/part-00000.parquet" for t in ("articles", "duplicates", "rejects")
    }
    for obj in objects:
        assert obj["sha256"] == hashlib.sha256((out / obj["contentUrl"]).read_bytes()).hexdigest()
    articles = next(r for r in doc["recordSet"] if r["@id"] == "articles")
    fields = {f["name"]: f for f in articles["field"]}
    assert list(fields) == ARTICLE_SCHEMA.names
    assert (
        fields["title"]["description"]
        == ARTICLE_SCHEMA.field("title").metadata[b"description"].decode()
    )
    assert fields["published"]["dataType"] == "sc:Date"
    assert fields["reporters"]["isArray"] is True
    assert [s["name"] for s in fields["media"]["subField"]][-1] == "agencies"
    # mlcroissant reads the records through the FileSets
    dataset = mlc.Dataset(jsonld=str(out / "croissant.json"))
    assert len(list(dataset.records("articles"))) == 14
    assert len(list(dataset.records("duplicates"))) == 4
    first = next(iter(dataset.records("rejects")))
    assert first["rejects/stage"] == b"ingest"


def test_metrics_have_rates_by_reason_and_coverage(sample_build):
    out, _ = sample_build
    metrics = json.loads((out / "metrics.json").read_text())
    assert metrics["reject_rate_by_reason"]["ingest:empty"] == round(2 / 24, 4)
    assert metrics["duplicate_rate_by_method"]["exact"] == round(2 / 18, 4)
    assert metrics["counts"]["clusters_with_copies"] == 2
    assert set(metrics["coverage"]) >= {"reporters", "outlet", "credits", "published"}


def test_plot_files_match_dvc_yaml_and_the_card(sample_build):
    out, _ = sample_build
    stage = yaml.safe_load((ROOT / "dvc.yaml").read_text())["stages"]["package"]
    declared = [next(iter(p)) for p in stage["plots"]]
    assert declared == [f"plots/{name}" for name in figures.PLOT_FILES]
    assert all(next(iter(p.values()))["cache"] is False for p in stage["plots"])
    assert "--plots plots" in stage["cmd"]
    assert (out / "plots" / "articles_per_outlet.csv").read_text().splitlines()[:3] == [
        "outlet,articles,duplicates",
        "(unknown),6,1",
        "Reuters,3,1",
    ]
    assert (out / "plots" / "cluster_sizes.csv").read_text() == "size,clusters\n1,12\n2,1\n4,1\n"
    template = ROOT / ".dvc" / "plots" / "counts.json"
    assert json.loads(template.read_text())["encoding"]["x"]["scale"] == {"zero": True}


def test_package_cli_copies_metrics_and_plots(sample_build, tmp_path):
    """The DVC stage's command: the dataset, plus metrics and plots where dvc.yaml reads them."""
    out, _ = sample_build
    interim = tmp_path / "interim"
    os.chdir(ROOT)
    params, engine = Params(), LocalEngine(1)
    run_ingest([SAMPLE], interim / "ingested", params, engine)
    run_parse(interim / "ingested", interim / "parsed", engine)
    run_validate(interim / "parsed", interim / "validated", params, engine, interim / "ingested")
    run_dedup(interim / "validated", interim / "deduped", params, engine)
    runner = CliRunner()
    result = runner.invoke(
        app,
        [
            "package",
            "--interim",
            str(interim),
            "--out",
            str(tmp_path / "ds"),
            "--metrics",
            str(tmp_path / "metrics" / "dataset.json"),
            "--plots",
            str(tmp_path / "plots"),
            "--params",
            str(tmp_path / "none.yaml"),
        ],
    )
    assert result.exit_code == 0, result.output
    assert (tmp_path / "metrics" / "dataset.json").read_bytes() == (
        out / "metrics.json"
    ).read_bytes()
    for name in figures.PLOT_FILES:
        assert (tmp_path / "plots" / name).read_bytes() == (out / "plots" / name).read_bytes()
    assert (tmp_path / "ds" / "README.md").read_bytes() == (out / "README.md").read_bytes()


def test_report_cli_rewrites_the_packaged_report(sample_build, tmp_path):
    out, _ = sample_build
    result = CliRunner().invoke(app, ["report", str(out), "--out", str(tmp_path / "r.html")])
    assert result.exit_code == 0, result.output
    html = (tmp_path / "r.html").read_text()
    assert html == (out / "report.html").read_text()
    assert html.count("<svg") == 6
    for title in ("Articles per outlet", "credits per agency", "Copy clusters by size"):
        assert title in html
    assert ">Reuters</text>" in html and "57.1 %" in html
    missing = CliRunner().invoke(app, ["report", str(tmp_path / "nope")])
    assert missing.exit_code == 2
    assert "not a readable copydesk dataset" in " ".join(missing.output.split())
    assert not (tmp_path / "nope").exists()


def test_bar_chart_escapes_labels_and_folds_the_tail():
    rows = [(f"<outlet {i}>", [float(100 - i)]) for i in range(40)]
    svg = html_report.bar_chart(rows)
    assert "<outlet" not in svg.replace("<svg", "") and "&lt;outlet 0&gt;" in svg
    assert svg.count("<rect") == html_report.TOP
    assert "16 others" in svg
    assert html_report.bar_chart([]) == '<p class="sub">None.</p>'


def test_dataset_version_is_semver(tmp_path):
    assert load_params(ROOT / "params.yaml").dataset.version.count(".") == 2
    bad = tmp_path / "params.yaml"
    bad.write_text("dataset:\n  version: '1.0'\n")
    with pytest.raises(ParamsError, match="not semver"):
        load_params(bad)


def test_default_dvc_remote_is_a_local_folder():
    config = ConfigObj(str(ROOT / ".dvc" / "config"))  # DVC's own config format
    remote = config["core"]["remote"]
    url = config[f'remote "{remote}"']["url"]
    assert "://" not in url  # a path, so `dvc push` works with no credentials
    assert (ROOT / ".dvc" / url).resolve().parent == ROOT.parent  # beside the clone
