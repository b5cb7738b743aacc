"""A stamp with its update in square brackets (Press TV's 'Sunday, 09 February 2025 7:41 PM [
Last Update: ... ]') and a dateline set off by a bullet (Brunswick News' 'FREDERICTON • ...'),
as fresh invented pages printed them (session of 2026-12-06 15:22 UTC). Every text here is
invented."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.parse import parse_text
from pipeline.parse.dateline import find
from pipeline.parse.dates import find_date, is_date_line

_STAMP = "Sunday, 09 February 2025 7:41 PM  [ Last Update: Sunday, 09 February 2025 8:02 PM ]"


@pytest.mark.parametrize(
    "stamp",
    [_STAMP, "09 Feb 2025 19:41 [Last Update: 09 Feb 2025 20:02]", "Last Update: 9 Feb 2025"],
)
def test_a_stamp_with_its_update_in_brackets_is_a_date_line(stamp: str) -> None:
    assert is_date_line(stamp)
    assert find_date(stamp) == dt.date(2025, 2, 9)


def test_the_stamp_under_the_headline_dates_the_story() -> None:
    text = (
        "Portvale TV\nHome\nEconomy\nPortvale metro opens seven new stations on Line 10\n"
        f"{_STAMP}\n"
        "Seven new stations on the metro's Line 10 opened to the public on Sunday, extending "
        "the line into the city's western districts.\n"
    )
    assert parse_text(text)["published"] == dt.date(2025, 2, 9)


@pytest.mark.parametrize(
    "line",
    [
        "On Sunday, 09 February 2025 the council [Portvale] voted to close the old depot.",
        "Sunday, 09 February 2025 was the day the strike began, workers [said] on Monday.",
    ],
)
def test_a_sentence_with_a_date_and_brackets_is_no_date_line(line: str) -> None:
    """Guard: words besides the stamp's make a sentence of the story."""
    assert not is_date_line(line)


def test_a_place_in_capitals_set_off_by_a_bullet_is_the_dateline() -> None:
    found = find("PORTVALE • The provincial government has put on hold a plan to close two bases.")
    assert found is not None and found.place == "Portvale"


@pytest.mark.parametrize(
    "line",
    [
        "BREAKING • The provincial government has put on hold a plan.",
        "Portvale • The provincial government has put on hold a plan.",
    ],
)
def test_a_label_or_a_title_case_word_before_a_bullet_is_no_dateline(line: str) -> None:
    """Guards: a label in capitals; a place in title case needs a long dash."""
    assert find(line) is None


@pytest.mark.parametrize(
    ("line", "place", "wire"),
    [
        (
            "Portvale, 17 Jun 16:35 - (Nova) - An engineering company has won a contract.",
            "Portvale",
            "Nova",
        ),
        (
            "PORTVALE - (AFP) - The minister said on Tuesday that talks would resume.",
            "Portvale",
            "AFP",
        ),
    ],
)
def test_a_dash_before_the_wire_s_tag_and_a_time_after_the_day(
    line: str, place: str, wire: str
) -> None:
    """Agenzia Nova's 'Tripoli, 17 Jun 16:35 - (Nova) - ...'."""
    found = find(line)
    assert found is not None and (found.place, found.wire) == (place, wire)


def test_a_title_case_word_and_a_time_without_a_day_is_no_dateline() -> None:
    """Guard: a place in title case needs its day (or a long dash) before the tag."""
    assert find("Portvale 16:35 - (Nova) - An engineering company has won a contract.") is None
