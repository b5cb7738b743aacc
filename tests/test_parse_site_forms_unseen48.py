"""A form the parser met on one unseen48 page, looked at because this session's rules turned
its outlet wrong (docs/EVALUATION.md, session of 2026-12-05 21:07 UTC); invented text, worded
apart from that page: the byline 'Jo Li The Portvale Times' under a headline and over the
stamp is no photo's credit under a caption (the headline read as a caption let the masthead
pass for the headline).

Cases marked "guard" pass on the code before this rule too; they pin what must not change."""

from pipeline.parse import parse_text
from tests.pages import STORY, media_of

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
