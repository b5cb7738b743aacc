"""Forms two fresh sets of invented pages showed (unseen99, unseen100, session of 2026-12-06
12:40 UTC): a stamp with the year first ('2025 May 15, 18:21'), a paper named in camel case
after the reporter ('Jo Li, GuelphToday'). Every text here is invented."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.parse import parse_text
from pipeline.parse.bylines import byline_paper, byline_people, unknown_paper
from pipeline.parse.credits_glued import split_glued
from pipeline.parse.dates import find_date, is_date_line
from tests.pages import credit_people, media_of, under_caption


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
    [
        ("GuelphToday", True),
        ("InDaily", True),
        ("PortvaleNews", True),
        ("McDonald", False),
        ("Kowalski", False),
    ],
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


STORY = (
    "The ministry on Saturday flagged off the first batch of mobile screening vans, which will "
    "travel to villages in six states over the coming year, officials said.\n"
    "Each van carries two nurses and a technician and can screen about 60 people a day, the "
    "ministry said in a statement.\n"
)


@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        # a desk, a place and the stamps in one row of bars
        (
            "Portvale News Desk | New Delhi | Updated: 24-05-2025 17:08 IST | Created: "
            "24-05-2025 17:08 IST",
            dt.date(2025, 5, 24),
        ),
        # a desk's post and the day it went up
        ("Posted by Staff Writer on July 10, 2025", dt.date(2025, 7, 10)),
    ],
)
def test_a_stamp_inside_a_desk_s_line(stamp: str, day: dt.date) -> None:
    text = f"Portvale Post\nHealth\nMobile screening vans roll out in six states\n{stamp}\n{STORY}"
    parsed = parse_text(text)
    assert parsed["published"] == day
    assert stamp not in parsed["body"]


def test_a_menu_row_stays_a_menu_row() -> None:
    """Guard: bars between short names and no date make a menu."""
    row = "Home | World | Business | Sport | Opinion"
    text = f"Portvale Post\n{row}\nMobile screening vans roll out in six states\n{STORY}"
    assert {b["text"]: b["rule"] for b in parse_text(text)["boilerplate"]}[row] == "menu_row"


def test_pc_labels_a_photo_credit() -> None:
    """'PC:' ('photo credit') under a caption, as Hawaiian and Indian sites write it."""
    got = under_caption("PC: Ilse Marrow/Portvale Gazette")
    assert media_of(got) == [
        ("Ilse Marrow/Portvale Gazette", ["Ilse Marrow"], ["Portvale Gazette"])
    ]


@pytest.mark.parametrize(
    ("note", "outlet"),
    [
        ("With files from The Canadian Press", None),  # the masthead does not decide
        ("With files from Jo Li", "Portvale Today"),  # a reporter's files: the paper's story
    ],
)
def test_a_files_from_note_and_the_masthead(note: str, outlet: str | None) -> None:
    text = (
        "Portvale Today\nNews\nSports\nMobile screening vans roll out in six states\nBy Kim Bo\n"
        f"March 3, 2025\n{STORY}{note}\nPortvale Today newsletter\n© 2025 Portvale Today\n"
    )
    assert parse_text(text)["outlet"] == outlet


@pytest.mark.parametrize(
    "credit",
    ["Câmara Municipal de Portvale", "Camara Municipal do Porto Velho", "Ayuntamiento de Portvale"],
)
def test_a_portuguese_or_spanish_town_s_photo(credit: str) -> None:
    """A town's own photo in its own language: an office, no photographer."""
    assert credit_people(credit) == ([], [credit])


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        # a label glued after a spaced dash, or in brackets, with no sentence's end before it
        (
            "An ice vendor on Avenida 5 de Julio in Portvale — Photo: Ilse Marrow",
            "Photo: Ilse Marrow",
        ),
        (
            "The president meets tea exporters at the Secretariat (Pic courtesy PMD)",
            "Pic courtesy PMD",
        ),
        (
            "Volunteers clear the beach at Portvale on Sunday (Photo: Ilse Marrow)",
            "Photo: Ilse Marrow",
        ),
        # guards: a bracket that names no source; a dash before no label
        ("The ministry released the figures on Monday (image below)", None),
        ("The plan was final — Photo: the people know it", None),
    ],
)
def test_a_label_glued_after_a_dash_or_in_brackets(line: str, credit: str | None) -> None:
    split = split_glued(line)
    assert (split[1] if split else None) == credit


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        # the paper first, then its photographer, after a spaced dash in brackets
        (
            "Students wait for the bus on Tuesday, March 11. (Portvale News - Ilse Marrow)",
            "Portvale News - Ilse Marrow",
        ),
        ("Students wait for the bus on Tuesday. (Reuters - Ilse Marrow)", "Reuters - Ilse Marrow"),
        # guard: two people are no paper and photographer
        ("He said it was over on Tuesday. (Ilse Marrow - Kim Bo)", None),
    ],
)
def test_a_paper_then_its_photographer_after_a_dash(line: str, credit: str | None) -> None:
    split = split_glued(line)
    assert (split[1] if split else None) == credit


def test_the_page_s_own_correspondent_reporting_in_the_story() -> None:
    """'PVTV News correspondent Jo Li, reporting from Silchar, said ...' on PVTV News's own page:
    the page's journalist (the table need not know the outlet); another outlet's correspondent
    the page does not call itself stays out."""
    text = (
        "PVTV News\nHome\nIndia\nFirst goods train runs on the new Silchar line\nJuly 2, 2025\n"
        "The first goods train ran on the new line on Wednesday, railway officials said, after "
        "five years of work on the bridges and tunnels of the hill section.\n"
        "{who} correspondent Rohan Bhattacharya, reporting from Silchar, said the train arrived "
        "nearly three hours faster than the usual journey time.\n"
        "Officials said passenger services would follow next month.\n"
        "© 2025 PVTV News. All rights reserved.\n"
    )
    own = parse_text(text.format(who="PVTV News"))
    assert own["reporters"] == ["Rohan Bhattacharya"]
    assert own["outlet"] == "PVTV News"
    other = parse_text(text.format(who="Portvale Radio"))
    assert other["reporters"] == []


@pytest.mark.parametrize(
    ("byline", "people"),
    [
        ("By Daniel Whitcombe FOXBusiness", ["Daniel Whitcombe"]),  # a brand run after the name
        ("By Jo McDonald", ["Jo McDonald"]),  # guards: a name in camel case stays whole
        ("By Jo LeBlanc", ["Jo LeBlanc"]),
    ],
)
def test_a_brand_in_capitals_after_the_byline_s_name(byline: str, people: list[str]) -> None:
    assert byline_people(byline)[0] == people
