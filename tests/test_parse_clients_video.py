"""Bylines naming the client a reporter wrote for ('By Jo Li for The Portvale Courier'),
'Report by' bylines, video credits ('Video by X/AP', '(Video: Reuters)', 'Video provided by
Reuters'), handout credits, accented names, day-first stamps and bureau lines: invented pages
in the shapes news sites use."""

import datetime as dt
import re

import polars as pl
import pytest

from pipeline.parse import parse_text
from pipeline.parse.bylines import byline_people, without_client
from pipeline.parse.credits import is_credit_line, video_credit
from pipeline.parse.credits_glued import split_glued
from pipeline.parse.roles_bylines import organisation_place
from schemas.checks import PERSON_NAME
from tests.pages import roles_of

HEADLINE = "Ferry timetable approved after months of complaints"
LEAD = (
    "The harbour authority approved the new ferry timetable on Tuesday after months of "
    "complaints from commuters about late boats and crowded decks."
)
MORE = (
    "Officials said the change would take effect next month and cost less than expected.\n"
    "Residents who spoke at the meeting welcomed the decision but asked for more evening runs."
)
CAPTION = "Commuters queue for the morning ferry at the Portvale pier on Tuesday."


def photo_blocks(text: str) -> list[tuple[str | None, list[str], list[str]]]:
    """(caption, photographers, agencies) of each media block of the parsed page."""
    return [(m["caption"], m["photographers"], m["agencies"]) for m in parse_text(text)["media"]]


# Bylines with the client ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "people", "orgs"),
    [
        ("By Mara Quill for The Portvale Courier", ["Mara Quill"], []),
        ("By Mara Quill for The New York Times", ["Mara Quill"], ["The New York Times"]),
        ("By MARA QUILL FOR DAILYMAIL.COM", ["Mara Quill"], ["Daily Mail"]),
        ("By Mara Quill For Mailonline", ["Mara Quill"], ["Daily Mail"]),
        (
            "By Mara Quill and Tobias Renn for The Guardian",
            ["Mara Quill", "Tobias Renn"],
            ["The Guardian"],
        ),
    ],
)
def test_a_client_after_the_names_is_no_part_of_them(
    line: str, people: list[str], orgs: list[str]
) -> None:
    assert byline_people(line) == (people, orgs)


def test_for_in_lower_case_words_is_no_client() -> None:
    assert without_client("Mara Quill for the first time") == ("Mara Quill for the first time", [])
    assert without_client("Mara Quill and Ada Vell for The Portvale Courier, May 3") == (
        "Mara Quill and Ada Vell, May 3",
        ["The Portvale Courier"],
    )
    assert byline_people("By Mara Quill for the first time") == ([], [])


def test_byline_for_an_unknown_paper_gives_the_reporter_and_the_paper_as_written() -> None:
    # (until 2026-12-05 the outlet was None here: a paper the organisations table lacks gave
    # none; the field guide's cue is there, so the paper is the outlet, flagged as unknown)
    text = f"{HEADLINE}\nBy Mara Quill for The Portvale Courier\n{LEAD}\n{MORE}"
    got = parse_text(text)
    assert roles_of(text)["By Mara Quill for The Portvale Courier"] == "byline"
    assert got["reporters"] == ["Mara Quill"]
    assert got["outlet"] == "The Portvale Courier"
    assert "unknown_outlet" in got["quality_flags"]


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Mara Quill for The New York Times", "The New York Times"),
        ("Mara Quill for Reuters", "Reuters"),
        ("Mara Quill for The Portvale Courier", "The Portvale Courier"),
    ],
)
def test_names_alone_for_a_paper_give_reporter_and_outlet(line: str, outlet: str | None) -> None:
    text = f"{HEADLINE}\n{line}\n{LEAD}\n{MORE}"
    got = parse_text(text)
    assert got["title"] == HEADLINE
    assert roles_of(text)[line] == "byline"
    assert got["reporters"] == ["Mara Quill"]
    assert got["outlet"] == outlet


def test_report_by_is_a_byline() -> None:
    text = f"{HEADLINE}\nReport by Mara Quill\n{LEAD}\n{MORE}"
    got = parse_text(text)
    assert got["title"] == HEADLINE
    assert got["reporters"] == ["Mara Quill"]


def test_photographer_for_an_unknown_paper_under_a_dated_caption_is_a_credit() -> None:
    caption = "Commuters queue at the Portvale pier on Tuesday, May 4, 2024."
    text = (
        f"{HEADLINE}\nBy Ada Vell\n{LEAD}\n{caption}\nMara Quill for The Portvale Courier\n{MORE}"
    )
    got = parse_text(text)
    assert roles_of(text)["Mara Quill for The Portvale Courier"] == "credit"
    assert got["reporters"] == ["Ada Vell"]
    assert [(m["caption"], m["photographers"]) for m in got["media"]] == [(caption, ["Mara Quill"])]


# Video credits -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("credit", "video"),
    [
        ("Video by Mara Quill/AP", True),
        ("(Video: Reuters)", True),
        ("Video provided by Reuters", True),
        ("Footage courtesy of the harbour authority", True),
        ("Video grab by Mara Quill/AP", False),
        ("Photo by Mara Quill/AP", False),
        ("Videographer's note", False),
    ],
)
def test_a_credit_label_says_whether_the_block_is_a_video(credit: str, video: bool) -> None:
    assert video_credit(credit) is video


def test_video_credit_line_makes_a_video_block() -> None:
    text = f"{HEADLINE}\nBy Ada Vell\n{LEAD}\n{CAPTION}\nVideo by Mara Quill/AP\n{MORE}"
    got = parse_text(text)
    assert got["media"] == [
        {
            "kind": "video",
            "slug": None,
            "caption": CAPTION,
            "credit": "Mara Quill/AP",
            "photographers": ["Mara Quill"],
            "agencies": ["Associated Press"],
        }
    ]


def test_video_provided_by_is_a_credit() -> None:
    text = f"{HEADLINE}\nBy Ada Vell\n{LEAD}\n{CAPTION}\nVideo provided by Reuters\n{MORE}"
    got = parse_text(text)
    assert roles_of(text)["Video provided by Reuters"] == "credit"
    assert [(m["kind"], m["caption"], m["credit"], m["agencies"]) for m in got["media"]] == [
        ("video", CAPTION, "Reuters", ["Reuters"])
    ]


def test_photo_supplied_by_is_a_credit_of_a_photo() -> None:
    text = f"{HEADLINE}\nBy Ada Vell\n{LEAD}\n{CAPTION}\nPhoto supplied by Mara Quill\n{MORE}"
    got = parse_text(text)
    assert [(m["kind"], m["credit"], m["photographers"]) for m in got["media"]] == [
        ("photo", "Mara Quill", ["Mara Quill"])
    ]


def test_glued_video_credit_splits_off_the_caption() -> None:
    assert split_glued(f"{CAPTION} (Video: Reuters)") == (CAPTION, "Video: Reuters")
    # (blank lines between paragraphs: the caption is no hard-wrapped line of the story)
    text = f"{HEADLINE}\n\nBy Ada Vell\n\n{LEAD}\n\n{CAPTION} (Video: Reuters)\n\n{MORE}"
    got = parse_text(text)
    assert got["title"] == HEADLINE
    assert [(m["kind"], m["caption"], m["credit"]) for m in got["media"]] == [
        ("video", CAPTION, "Reuters")
    ]
    assert got["body"] == "\n\n".join([LEAD, *MORE.split("\n")])


# Handout credits, accented names, day-first stamps, bureau lines, wire tags ---------------


@pytest.mark.parametrize(
    ("credit", "agencies"),
    [
        ("Kremlin Press Office/Handout via Reuters", ["Kremlin Press Office", "Reuters"]),
        ("Turkish Presidency/Handout via Anadolu Agency", ["Turkish Presidency", "Anadolu"]),
        (
            "Ukrainian Presidential Press Service/Handout via REUTERS",
            ["Ukrainian Presidential Press Service", "Reuters"],
        ),
    ],
)
def test_a_handout_source_is_an_agency_and_no_photographer(
    credit: str, agencies: list[str]
) -> None:
    text = f"{HEADLINE}\nBy Ada Vell\n{LEAD}\n{CAPTION}\n{credit}\n{MORE}"
    assert roles_of(text)[credit] == "credit"
    assert photo_blocks(text) == [(CAPTION, [], agencies)]


def test_a_handout_needs_its_label_to_credit_an_unknown_source() -> None:
    # without 'Handout' (and without a photographer) an unknown name before the agency is
    # no credit line: it may be a headline's slash ('Budget Talks/Live via Reuters').
    assert not is_credit_line("Kremlin Press Office/Pictures via Reuters")
    assert is_credit_line("Kremlin Press Office/Handout via Reuters")


@pytest.mark.parametrize(
    "name", ["José Álvarez", "Søren Østergaard", "Łukasz Żak", "Émilie Ólafsdóttir"]
)
def test_names_opening_with_an_accented_capital_are_people(name: str) -> None:
    text = f"{HEADLINE}\nBy {name}\n{LEAD}\n{MORE}"
    assert parse_text(text)["reporters"] == [name]
    # the schema's pattern reads them the same in polars (the validate stage)
    assert re.fullmatch(PERSON_NAME, name)
    assert pl.Series([name, name.lower()]).str.contains(PERSON_NAME).to_list() == [True, False]


def test_a_day_first_stamp_after_the_byline_is_no_part_of_the_name() -> None:
    text = f"{HEADLINE}\nPosted by Mara Quill on 19 Sep 2016\n{LEAD}\n{MORE}"
    got = parse_text(text)
    assert got["reporters"] == ["Mara Quill"]
    assert got["published"] == dt.date(2016, 9, 19)


def test_organisation_and_bureau_under_the_byline() -> None:
    text = f"{HEADLINE}\nBy Mara Quill\nBBC News, Washington\n{LEAD}\n{MORE}"
    got = parse_text(text)
    assert roles_of(text)["BBC News, Washington"] == "byline"
    assert got["reporters"] == ["Mara Quill"]
    assert got["outlet"] == "BBC"
    assert organisation_place("Reuters, Rio de Janeiro") == "Reuters"
    assert organisation_place("Mara Quill, Washington") is None


def test_anadolu_wire_tag() -> None:
    got = parse_text(f"{HEADLINE}\nANKARA (AA) - {LEAD}\n{MORE}")
    assert (got["dateline_place"], got["outlet"]) == ("Ankara", "Anadolu")


# Glued credits in square brackets, with a colon after 'Credit', 'courtesy of' ------------


@pytest.mark.parametrize(
    ("glued", "credit"),
    [
        ("[Mara Quill/Al Jazeera]", "Mara Quill/Al Jazeera"),
        ("[Reuters]", "Reuters"),
        ("Credit: AP", "AP"),
        ("(Courtesy of Mara Quill)", "Courtesy of Mara Quill"),
        ("(Photo courtesy of the Portvale Harbour Authority)", None),
    ],
)
def test_glued_credit_forms_split_off_the_caption(glued: str, credit: str | None) -> None:
    got = split_glued(f"{CAPTION} {glued}")
    assert got is not None and got[0] == CAPTION
    if credit is not None:
        assert got[1] == credit


def test_courtesy_inside_a_sentence_is_the_story_aside() -> None:
    assert split_glued("He got the tickets for the final last week (courtesy of his boss)") is None


@pytest.mark.parametrize(
    ("glued", "photographers", "agencies"),
    [
        ("[Mara Quill/Al Jazeera]", ["Mara Quill"], ["Al Jazeera"]),
        ("Credit: AP", [], ["Associated Press"]),
        ("(Courtesy of Mara Quill)", ["Mara Quill"], []),
    ],
)
def test_glued_credit_forms_give_the_photo_block(
    glued: str, photographers: list[str], agencies: list[str]
) -> None:
    text = f"{HEADLINE}\n\nBy Ada Vell\n\n{LEAD}\n\n{CAPTION} {glued}\n\n{MORE}"
    assert photo_blocks(text) == [(CAPTION, photographers, agencies)]


@pytest.mark.parametrize(
    ("credit", "photographers", "agencies"),
    [
        ("Getty Images/iStockphoto", [], ["Getty Images", "iStock"]),
        (
            "Mara Quill/CQ-Roll Call, Inc via Getty Images",
            ["Mara Quill"],
            ["CQ Roll Call", "Getty Images"],
        ),
        # a company's suffix is no agency
        (
            "Mara Quill/CQ-Roll Call, Inc. via Getty Images",
            ["Mara Quill"],
            ["CQ Roll Call", "Getty Images"],
        ),
    ],
)
def test_stock_and_roll_call_credits(
    credit: str, photographers: list[str], agencies: list[str]
) -> None:
    text = f"{HEADLINE}\nBy Ada Vell\n{LEAD}\n{CAPTION}\n{credit}\n{MORE}"
    assert photo_blocks(text) == [(CAPTION, photographers, agencies)]


# A writer named only by the headline or the deck ---------------------------------------


def test_review_by_closing_the_headline_names_the_writer() -> None:
    title = "2024 Portvale Roadster Review by Mara Quill"
    got = parse_text(f"{title}\n\n{LEAD}\n\n{MORE}")
    assert got["title"] == title
    assert got["reporters"] == ["Mara Quill"]


def test_job_title_and_name_closing_the_deck_name_the_writer() -> None:
    deck = "Everything you need for a harbour picnic, from food columnist Mara Quill"
    got = parse_text(f"{HEADLINE}\n\n{deck}\n\n{LEAD}\n\n{MORE}")
    assert got["reporters"] == ["Mara Quill"]


@pytest.mark.parametrize(
    ("text", "reporters"),
    [
        # the story names the person: the subject of the review, not its writer
        (f"A Review by Mara Quill\n\n{LEAD}\n\nQuill said the boats were late.\n\n{MORE}", []),
        # a dash closing the headline names a site as often as a person
        (f"{HEADLINE} — Freedum Junkshun\n\n{LEAD}\n\n{MORE}", []),
        # a byline wins: a deck's name is not added to it
        (
            f"{HEADLINE}\n\nPicnic recipes, from food columnist Mara Quill\n\nBy Ada Vell\n\n"
            f"{LEAD}\n\n{MORE}",
            ["Ada Vell"],
        ),
    ],
)
def test_no_writer_from_headline_or_deck(text: str, reporters: list[str]) -> None:
    assert parse_text(text)["reporters"] == reporters
