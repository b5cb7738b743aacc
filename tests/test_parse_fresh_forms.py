"""Forms two fresh sets of invented pages showed (unseen99, unseen100, session of 2026-12-06
12:40 UTC): a stamp with the year first ('2025 May 15, 18:21'), a paper named in camel case
after the reporter ('Jo Li, GuelphToday'). Every text here is invented."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.parse import parse_text
from pipeline.parse.bylines import byline_paper, unknown_paper
from pipeline.parse.dates import find_date, is_date_line


@pytest.mark.parametrize(
    ("stamp", "day"),
    [("2025 May 15, 18:21", dt.date(2025, 5, 15)), ("2025 Jul 8, 11:42", dt.date(2025, 7, 8))],
)
def test_a_stamp_with_the_year_first(stamp: str, day: dt.date) -> None:
    assert is_date_line(stamp)
    assert find_date(stamp) == day
    text = f"Portvale Post\nNews\nCouncil approves new parking rules\n{stamp}\n" + (
        "The city council on Tuesday approved a package of parking rules for the centre, "
        "after a debate that ran for more than six hours.\n"
    )
    assert parse_text(text)["published"] == day


def test_a_year_first_guard() -> None:
    """Guard: a time after the day is no day ('2025 May 15:30' names none)."""
    assert find_date("2025 May 15:30") is None


@pytest.mark.parametrize(
    ("name", "paper"),
    [("GuelphToday", True), ("PortvaleNews", True), ("McDonald", False), ("Kowalski", False)],
)
def test_a_paper_named_in_camel_case(name: str, paper: bool) -> None:
    assert unknown_paper(name) is paper


def test_a_byline_s_camel_case_paper_is_the_outlet() -> None:
    assert byline_paper("Megan Tolliver, GuelphToday") == "GuelphToday"
    text = (
        "KitchenerToday.com\nNews\nExpress bus will run on weekends starting in September\n"
        "Megan Tolliver, GuelphToday\nJune 3, 2025\n"
        "The express bus between the two cities will start running on Saturdays and Sundays "
        "this fall, after council agreed Tuesday to share the cost.\n"
        "© 2025 KitchenerToday.com\n"
    )
    parsed = parse_text(text)
    assert parsed["reporters"] == ["Megan Tolliver"]
    assert parsed["outlet"] == "GuelphToday"
