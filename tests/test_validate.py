"""The contract checks values, not only columns: wrong values are rejected with the check."""

from __future__ import annotations

import datetime as dt

import pyarrow as pa
import pytest

from pipeline.parse import PARSED_SCHEMA
from pipeline.validate import (
    ContractError,
    RejectRateExceeded,
    check_reject_rate,
    validate_table,
)


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


def table(*rows: dict) -> pa.Table:
    return pa.Table.from_pylist(list(rows), schema=PARSED_SCHEMA)


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
        ({"language": "english"}, "language:str_matches"),
        ({"source_sha256": "nothex"}, "source_sha256:str_matches"),
        ({"published": dt.date(1700, 1, 1)}, "published:greater_than_or_equal_to"),
        ({"line_roles": ["title", "headline"]}, "line_roles:known_line_roles"),
    ],
)
def test_a_wrong_value_fails_with_its_check(changes, check):
    good = row(article_id="c" * 24, cluster_id="c" * 24)
    valid, rejects = validate_table(table(good, row(**changes)))
    assert valid["article_id"].to_pylist() == ["c" * 24]
    (reject,) = rejects.to_pylist()
    assert reject["stage"] == "validate"
    assert reject["reason"].startswith(check)
    assert reject["raw_text"] == "raw"


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
