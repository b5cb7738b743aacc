"""The contract checks values, not only columns: wrong values are rejected with the check."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from pandera.config import ValidationDepth, config_context

from pipeline.parse import PARSED_SCHEMA
from pipeline.validate import (
    ContractError,
    RejectRateExceeded,
    check_reject_rate,
    failure_cases,
    validate_shard,
    validate_table,
)
from schemas import ARTICLE_SCHEMA, ArticleModel, DuplicateModel


def row(**changes) -> dict:
    base = {
        "article_id": "a" * 24,
        "source_uri": "data/raw/x.txt",
        "source_sha256": "b" * 64,
        "batch": "x",
        "url": None,
        "title": "A headline",
        "body": "Body text of the story.",
        "dateline_place": None,
        "reporters": ["Ann Lee"],
        "outlet": "Reuters",
        "publisher": None,
        "published": dt.date(2024, 1, 2),
        "meta_authors": [],
        "meta_published": None,
        "media": [],
        "boilerplate": [],
        "line_roles": ["title", "body"],
        "quality_flags": [],
        "encoding": "utf-8",
        "language": "en",
        "cluster_id": "a" * 24,
        "duplicate_of": None,
        "similarity": None,
        "method": None,
        "text": "raw",
    }
    base.update(changes)
    return base


def media(**changes) -> dict:
    block = {
        "kind": "photo",
        "slug": None,
        "caption": "Floodwater surges around the footbridge.",
        "credit": "Ann Lee/AP",
        "photographers": ["Ann Lee"],
        "agencies": ["Associated Press"],
    }
    block.update(changes)
    return block


def table(*rows: dict) -> pa.Table:
    return pa.Table.from_pylist(list(rows), schema=PARSED_SCHEMA)


def raw(*rows: dict) -> pa.Table:
    """The ingested records of `rows`: their ids and raw texts."""
    return pa.table(
        {"article_id": [r["article_id"] for r in rows], "text": [r["text"] for r in rows]}
    )


def test_a_valid_row_passes():
    valid, rejects = validate_table(table(row()))
    assert (valid.num_rows, rejects.num_rows) == (1, 0)


@pytest.mark.parametrize(
    ("changes", "check"),
    [
        ({"title": ""}, "title:str_length"),
        ({"body": "Broken â€™ quote"}, "body:no_mojibake"),
        ({"body": "Text\nLeave a Reply"}, "body:no_boilerplate_markers"),
        (
            {"reporters": ["Associated Press staff writer 2"]},
            "reporters:reporters_are_person_names",
        ),
        ({"reporters": ["ann@example.com"]}, "reporters:reporters_are_person_names"),
        ({"language": "english"}, "language:isin"),
        ({"language": "zz"}, "language:isin"),
        ({"source_sha256": "nothex"}, "source_sha256:str_matches"),
        ({"published": dt.date(1700, 1, 1)}, "published:greater_than_or_equal_to"),
        ({"line_roles": ["title", "headline"]}, "line_roles:known_line_roles"),
        ({"title": "   "}, "title:not_blank"),
        ({"title": "Caf\ufffd owners protest"}, "title:no_mojibake"),
        ({"source_uri": ""}, "source_uri:str_length"),
        ({"body": "Story.\nSee also: earlier coverage"}, "body:no_boilerplate_markers"),
        ({"body": "Story.\n1.2k shares Share this"}, "body:no_boilerplate_markers"),
        ({"body": "Story.\nShare this:"}, "body:no_boilerplate_markers"),
        (
            {"body": "Story.\nYour email address will not be published."},
            "body:no_boilerplate_markers",
        ),
        ({"body": "Story.\nAdvertisement"}, "body:no_boilerplate_markers"),
        ({"body": "Story.\nContinue reading the main story"}, "body:no_boilerplate_markers"),
        ({"reporters": ["Associated Press"]}, "reporters:reporters_are_person_names"),
        ({"reporters": ["Thomson Reuters"]}, "reporters:reporters_are_person_names"),
        ({"reporters": ["Senior Correspondent"]}, "reporters:reporters_are_person_names"),
        ({"reporters": ["ANN LEE"]}, "reporters:reporters_are_person_names"),
        ({"published": dt.date(2150, 1, 1)}, "published:less_than_or_equal_to"),
        (
            {"published": dt.date(2024, 1, 5), "meta_published": dt.date(2024, 1, 3)},
            "published:not_after_meta_published",
        ),
        ({"cluster_id": "d" * 24}, "cluster_id:cluster_is_canonical"),
        ({"similarity": 1.0}, "similarity:empty_for_canonical"),
        ({"media": [media(kind="audio")]}, "media:media_kind_known"),
    ],
)
def test_a_wrong_value_fails_with_its_check(changes, check):
    good = row(article_id="c" * 24, cluster_id="c" * 24)
    bad = row(**changes)
    valid, rejects = validate_table(table(good, bad), raw(good, bad))
    assert valid["article_id"].to_pylist() == ["c" * 24]
    (reject,) = rejects.to_pylist()
    assert reject["stage"] == "validate"
    assert reject["reason"].startswith(check)
    assert reject["raw_text"] == "raw"


@pytest.mark.parametrize("bad_at", [0, 2])
def test_a_shard_file_quarantines_its_failing_rows_with_their_raw_text(tmp_path, bad_at):
    """The raw text comes from the ingested shard of the same name (parsed shards have
    none), matched by article_id: here the ingested rows are in another order and include a
    record parse rejected."""
    rows = [row(article_id=c * 24, cluster_id=c * 24, text=f"raw {c}") for c in "abc"]
    rows[bad_at] = {**rows[bad_at], "title": ""}
    shard = tmp_path / "parsed" / "part-00000.parquet"
    shard.parent.mkdir()
    pq.write_table(table(*rows), shard)
    assert "text" not in pq.read_schema(shard).names
    (tmp_path / "ingested").mkdir()
    other = row(article_id="z" * 24, text="raw z")
    pq.write_table(raw(other, *reversed(rows)), tmp_path / "ingested" / "part-00000.parquet")
    count, valid, rejects = validate_shard(shard, tmp_path / "ingested")
    assert count == 3
    assert valid.schema.equals(ARTICLE_SCHEMA)
    assert valid["article_id"].to_pylist() == [r["article_id"] for r in rows if r["title"]]
    (reject,) = rejects.to_pylist()
    assert reject["raw_text"] == rows[bad_at]["text"]
    assert reject["reason"].startswith("title:")


def test_a_clean_shard_file_gives_no_rejects(tmp_path):
    shard = tmp_path / "part-00000.parquet"
    pq.write_table(table(row()), shard)
    count, valid, rejects = validate_shard(shard, tmp_path / "no-ingested-folder-needed")
    assert (count, valid.num_rows, rejects.num_rows) == (1, 1, 0)


def test_duplicate_article_ids_fail_uniqueness():
    _, rejects = validate_table(table(row(), row()))
    assert rejects.num_rows == 2
    assert all("article_id:field_uniqueness" in r for r in rejects["reason"].to_pylist())


def test_missing_column_is_a_contract_error_not_a_reject():
    broken = table(row()).drop(["title"]).append_column("title", pa.array([1], pa.int64()))
    with pytest.raises(ContractError):
        validate_table(broken)


def test_reject_rate_threshold():
    check_reject_rate(10, 5, 0.5)
    with pytest.raises(RejectRateExceeded, match="6 of 10"):
        check_reject_rate(10, 6, 0.5)


def test_boundary_values_pass():
    """A day of slack for time zones; a credited wire by its canonical name; flags allowed."""
    valid, rejects = validate_table(
        table(
            row(
                published=dt.date(2024, 1, 4),
                meta_published=dt.date(2024, 1, 3),
                reporters=["Ann Lee", "Jean-Luc O'Neill", "Ludwig van Beethoven"],
                media=[media()],
                body="Story.\nShare this story with a friend who sees also the point.",
            )
        )
    )
    assert rejects.to_pylist() == [] and valid.num_rows == 1


def test_unknown_agency_passes_only_when_flagged():
    """The parser flags credits the organisations table does not know; an unflagged one
    means the parser and the table disagree, and the contract rejects it."""
    unknown = row(media=[media(agencies=["The Valley Courier"])])
    frame = pl.from_arrow(table(unknown).select(ARTICLE_SCHEMA.names))
    cases = failure_cases(frame, ArticleModel)
    assert cases["check"].to_list() == ["media:agencies_known_or_flagged"]
    _, rejects = validate_table(table(unknown))
    assert rejects["reason"].to_pylist() == ["media:agencies_known_or_flagged"]
    flagged = row(media=[media(agencies=["The Valley Courier"])], quality_flags=["unknown_agency"])
    valid, rejects = validate_table(table(flagged))
    assert (valid.num_rows, rejects.num_rows) == (1, 0)


def test_parser_flags_unknown_agencies():
    from pipeline.parse import parse_text

    got = parse_text(
        "Bridge reopens\n\nCrowds crossed the rebuilt bridge on Saturday morning "
        "after two years.\n\nPhoto: Ann Lee/The Valley Courier\n\nThe city "
        "paid for the repairs with a state grant, officials said on Monday."
    )
    assert got["media"][0]["agencies"] == ["The Valley Courier"]
    assert "unknown_agency" in got["quality_flags"]


def test_values_are_checked_even_if_pandera_is_told_schema_only():
    """pandera's LazyFrame path (or SCHEMA_ONLY depth) checks names and types only; the
    contract must still catch a wrong value."""
    frame = pl.from_arrow(table(row(body="Broken â€™ quote")).select(ARTICLE_SCHEMA.names))
    with config_context(validation_depth=ValidationDepth.SCHEMA_ONLY):
        cases = failure_cases(frame, ArticleModel)
    assert cases["check"].to_list() == ["body:no_mojibake"]


def test_duplicates_need_their_copy_columns():
    good = row(
        article_id="d" * 24, cluster_id="a" * 24, duplicate_of="a" * 24, similarity=0.9,
        method="near",
    )  # fmt: skip
    selfish = {**good, "article_id": "e" * 24, "cluster_id": "e" * 24, "duplicate_of": "e" * 24}
    bare = {**good, "article_id": "f" * 24, "method": None}
    frame = pl.from_arrow(table(good, selfish, bare).select(ARTICLE_SCHEMA.names))
    cases = failure_cases(frame, DuplicateModel)
    assert sorted(zip(cases["row"], cases["check"], strict=True)) == [
        (1, "duplicate_of:not_itself"),
        (2, "method:not_nullable"),
    ]


def test_rejects_of_a_table_with_its_own_text_column_keep_that_text():
    with_text = table(row(title="")).append_column("text", pa.array(["its own raw text"]))
    _, rejects = validate_table(with_text)
    assert rejects["raw_text"].to_pylist() == ["its own raw text"]


def test_validate_stage_without_the_ingested_folder_is_a_usage_error(tmp_path):
    from typer.testing import CliRunner

    from pipeline.cli import app

    (tmp_path / "parsed" / "records").mkdir(parents=True)
    pq.write_table(table(row()), tmp_path / "parsed" / "records" / "part-00000.parquet")
    args = ["validate-stage", "--in", str(tmp_path / "parsed"), "--out", str(tmp_path / "v")]
    result = CliRunner().invoke(app, [*args, "--raw", str(tmp_path / "missing")])
    assert result.exit_code == 2
    assert "not an ingested stage folder" in result.output
    assert not (tmp_path / "v").exists()


def test_a_failing_row_missing_from_the_ingested_shard_is_an_error_not_a_textless_reject(
    tmp_path,
):
    """--raw pointing at another ingested folder: the same shard names, other records."""
    (tmp_path / "parsed").mkdir()
    pq.write_table(table(row(title="")), tmp_path / "parsed" / "part-00000.parquet")
    (tmp_path / "other").mkdir()
    elsewhere = row(article_id="e" * 24, text="another record")
    pq.write_table(raw(elsewhere), tmp_path / "other" / "part-00000.parquet")
    with pytest.raises(FileNotFoundError, match="must be the ingested folder"):
        validate_shard(tmp_path / "parsed" / "part-00000.parquet", tmp_path / "other")
