"""Forms of sites the parser met first on the unseen34 and unseen35 pages (invented text,
worded apart from those pages): a paper's or a reader's photo credit after a bar that closes
the caption, an abbreviation inside a paper's name in a reporter's closing bio, a paper's
short name opening a credit before the caption, a paper before its photographer in a
credit, a township as an office, and page chrome.

Cases marked "guard" pass on the code before these rules too; they pin what must not change."""

import pytest

from pipeline.parse import credits, credits_glued, parse_text
from tests.pages import PARAGRAPHS, STORY, TITLE, media_of, rule_of, story_with


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        (
            "Councillors during budget talks on Dec. 8. | Kara Venn/St. Lenn Gazette",
            "Kara Venn/St. Lenn Gazette",
        ),
        (
            "Residents at an open house at the civic centre last month. | Submitted photo",
            "Submitted photo",
        ),
        # guard: a bar in a page title ('... | Reuters') closes no sentence
        ("Harbour board shuts the old ferry pier | Kara Venn/St. Lenn Gazette", None),
    ],
)
def test_a_credit_after_a_bar_closing_the_caption(line, credit):
    split = credits_glued.split_glued(line)
    assert (split[1] if split else None) == credit


def test_a_paper_with_an_abbreviation_in_a_closing_bio():
    got = parse_text(
        f"{TITLE}\nBy Ilse Marrow\nJune 3, 2026\n"
        + STORY
        + "Ilse Marrow covers city hall for the St. Lenn Gazette. She can be reached at "
        "imarrow@stlenngazette.com.\n"
    )
    assert got["outlet"] == "St. Lenn Gazette"


def test_a_papers_short_name_opening_a_credit_before_the_caption():
    line = (
        "Ledger photo by Kara Venn / Harbour master Tomas Brandt walks the old ferry pier "
        "at Portvale on Thursday."
    )
    got = parse_text(f"{TITLE}\nBy Ilse Marrow\nJune 3, 2026\n{line}\n" + STORY)
    assert media_of(got) == [("Ledger photo by Kara Venn", ["Kara Venn"], ["Ledger"])]


@pytest.mark.parametrize(
    ("credit", "photographers", "agencies"),
    [
        ("Portvale American/Kara Venn", ["Kara Venn"], ["Portvale American"]),
        ("Courtesy of Lenn Township", [], ["Lenn Township"]),
        # guards: two photographers; the photographer first
        ("Kara Venn/Tomas Brandt", ["Kara Venn", "Tomas Brandt"], []),
        ("Kara Venn/Portvale American", ["Kara Venn"], ["Portvale American"]),
    ],
)
def test_credits_naming_a_paper_or_an_office(credit, photographers, agencies):
    got = credits.read(credit)
    assert list(got.photographers) == photographers
    assert list(got.agencies) == agencies


def test_a_nigerian_wires_place_date_and_tag():
    first = (
        "Portvale, March 10, 2025 (NAN) The harbour board has begun repairs to the old ferry "
        "pier, its chairman said on Monday."
    )
    got = parse_text(f"{TITLE}\n{first}\n" + "\n".join(PARAGRAPHS[1:]) + "\n")
    assert got["dateline_place"] == "Portvale"
    assert got["outlet"] == "News Agency of Nigeria"


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Register for free to read more", "registration_wall"),
        (
            "Portvale Media Ltd. Registered in England and Wales. Company No. 01234567.",
            "company_note",
        ),
        ("Your trusted local news source since 1891.", "about_outlet"),
        (
            "Want to see the ferry? Check out our harbour timetable for upcoming sailings.",
            "reader_pitch",
        ),
    ],
)
def test_page_chrome_of_these_sites(line, rule):
    assert rule_of(story_with(line), line) == rule


def test_a_story_line_about_a_registered_company_stays():
    # guard: a sentence naming a company's registration is the story's
    line = (
        "The firm, registered in Portvale since 1998, employs 40 people at the harbour, the "
        "board said."
    )
    got = parse_text(story_with(line, PARAGRAPHS[1]))
    assert line in got["body"].split("\n")


def test_a_trail_set_apart_by_wide_gaps_is_no_headline():
    got = parse_text(
        f"Portvale Today\nSign in\nSubscribe\nNews\nSport\nJobs\nHome   News   Article\n{TITLE}\n"
        "Repairs will take two years, the board says\nBy Ilse Marrow\nJune 3, 2026\n" + STORY
    )
    assert got["title"] == TITLE


def test_only_short_capitalised_parts_make_a_spaced_trail():
    from pipeline.parse.headline import _spaced_crumbs

    assert _spaced_crumbs("Home   News   Article")
    assert not _spaced_crumbs("Harbour board shuts   the old pier   for repairs")
    assert not _spaced_crumbs("Home   News")  # two parts: too few to tell
