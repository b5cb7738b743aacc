"""Forms of the unseen48 and unseen49 pages (invented text, worded apart from those pages).

First, one unseen48 page looked at because this session's rules turned its outlet wrong
(docs/history/EVALUATION-log.md, session of 2026-12-05 21:07 UTC): the byline 'Jo Li The Portvale
Times' under a headline and over the stamp is no photo's credit under a caption (the headline read
as a caption let the masthead pass for the headline). Then round twelve, written from both sets
after their honest estimates: credits in capitals with a paper's en dash or 'FILE PHOTO', initials
with a hyphen, 'Index' a paper's word, '<Paper> photo, JO LI', a label after an asterisk, a weekday
after a dateline's place, a name in capitals run into its paper's staff, and organisations added to
the table.

Cases marked "guard" pass on the code before this rule too; they pin what must not change."""

import pytest

from pipeline.parse import bylines, credits, dateline, parse_text
from tests.pages import STORY, TITLE, media_of, under_caption

MASTHEAD = "The Portvale Daily Times\nSubscribe\nLog In\nNews\nSports\nLocal News\n"
HEADLINE = "Council approves $2.3 million for southside drainage work"
CAPTION = "Standing water covers part of Magnolia Street after heavy rain on Aug. 30."
PHOTO = f"{CAPTION}\nMack Lowe/The Portvale Daily Times\n"
# (the copyright line names the page's own paper: a credit naming it is the house's)
FOOTER = "© Copyright 2025 The Portvale Daily Times, 201 N. Harbour St. | Terms of Use\n"


def test_a_byline_with_its_paper_under_the_headline_is_no_credit():
    page = (
        MASTHEAD
        + f"{HEADLINE}\nKara Venn The Portvale Daily Times\nSep 19, 2025\n"
        + PHOTO
        + STORY
        + FOOTER
    )
    got = parse_text(page)
    assert got["title"] == HEADLINE
    assert got["outlet"] == "The Portvale Daily Times"
    assert media_of(got) == [
        ("Mack Lowe/The Portvale Daily Times", ["Mack Lowe"], ["The Portvale Daily Times"])
    ]


def test_a_bylined_page_keeps_its_headline_and_house_photo():
    """guard: the byline by 'By' under the headline."""
    page = MASTHEAD + f"{HEADLINE}\nBy Kara Venn\nSep 19, 2025\n" + PHOTO + STORY + FOOTER
    got = parse_text(page)
    assert got["title"] == HEADLINE
    assert got["reporters"] == ["Kara Venn"]


# Round twelve: forms of the unseen48 and unseen49 pages, after their honest estimates.


@pytest.mark.parametrize(
    ("credit", "photographers", "agencies"),
    [
        ("KARA VENN / THE PORTVALE LANCE–STAR", ["Kara Venn"], []),
        (
            "KARA VENN, THE PORTVALE NEWS FILE PHOTO",
            ["Kara Venn"],
            ["The Portvale News"],
        ),
        ("Kara Venn / PV-R", ["Kara Venn"], ["PV-R"]),
        ("Kara Venn/The Portvale Progress-Index", ["Kara Venn"], ["The Portvale Progress-Index"]),
        ("Banner photo, KARA VENN", ["Kara Venn"], ["Banner"]),
        # guard: a name in capitals and a wire after a spaced dash
        ("KARA VENN – AP", ["Kara Venn"], ["Associated Press"]),
    ],
)
def test_credit_lines_under_a_caption(credit, photographers, agencies):
    assert media_of(under_caption(credit)) == [(credit, photographers, agencies)]


def test_a_credit_in_capitals_ending_in_file_photo_is_no_dateline():
    assert dateline.alone("KARA VENN, THE PORTVALE NEWS FILE PHOTO") is None


def test_a_weekday_after_the_datelines_place_is_no_region():
    found = dateline.find("PORTVALE CITY, Wed. Mar. 12, 2025-- About 60 fishermen gathered.")
    assert found is not None
    assert found.place == "Portvale City"


def test_a_place_and_its_region_stay():
    """guard: 'WASHINGTON, D.C. —' keeps its region."""
    found = dateline.find("WASHINGTON, D.C. — The Senate voted on Tuesday.")
    assert found is not None
    assert found.place == "Washington, D.C."


@pytest.mark.parametrize(
    ("byline", "reporters", "outlets"),
    [
        ("By KARA VENN Portvale Daily News Staff", ["Kara Venn"], ["Portvale Daily News"]),
        # guards: a name and its paper after a comma; the paper's staff alone
        ("By Kara Venn, Portvale Daily News Staff", ["Kara Venn"], []),
        ("By KARA VENN", ["Kara Venn"], []),
    ],
)
def test_a_name_in_capitals_run_into_its_papers_staff(byline, reporters, outlets):
    assert bylines.byline_people(byline) == (reporters, outlets)


@pytest.mark.parametrize(
    ("byline", "outlet"),
    [
        ("RJR News", "Radio Jamaica"),
        ("SKNIS", "SKNIS"),
        ("Capitol Beat News Service", "Capitol Beat News Service"),
    ],
)
def test_organisations_of_the_table(byline, outlet):
    got = parse_text(f"{TITLE}\n{byline}\nMarch 12, 2025\n" + STORY)
    assert got["outlet"] == outlet


def test_a_credit_label_after_an_asterisk_is_read():
    assert credits.is_credit_line("*Photo by Kara Venn")
    got = credits.read("*Photo by Kara Venn")
    assert (got.credit, got.photographers) == ("Kara Venn", ("Kara Venn",))
