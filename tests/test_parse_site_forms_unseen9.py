"""Forms of sites the parser met first on the unseen9 pages (invented text, worded apart from
those pages): a cookie-consent box over the page, a comment link between the deck and the
byline, credits after a dash or a bar glued to a caption, skip links, a site's logo text, a
menu link as a headline candidate, and a two-sentence headline over its 'By' line."""

import pytest

from pipeline.parse import credits, credits_glued, parse_text
from tests.pages import HEAD, PARAGRAPHS, roles_of

STORY = "\n".join(PARAGRAPHS) + "\n"
STAMP = "12:04, 04 NOV 2026\n"
CAPTION = "Ferry crews tie up at the old pier in Portvale on November 16, 2026."
DECK = (
    "Talks between the harbour board and the fishermen broke down on Monday, and the board "
    "now says the old pier will close for two years from the start of next month"
)

CONSENT = (
    "We value your privacy\n"
    "We and our partners use cookies and similar technologies to store and access information "
    "on your device, to personalise ads and content, and to measure how our site is used.\n"
    "I Accept\nManage Preferences\n"
)


def test_a_consent_box_over_the_page_is_chrome():
    got = parse_text(
        CONSENT + "Portvale Post\nNews\nSport\n" + HEAD + "By Ines Halvorsen\n" + STORY
    )
    assert got["title"] == HEAD.strip()
    assert got["reporters"] == ["Ines Halvorsen"]
    rules = {b["text"]: b["rule"] for b in got["boilerplate"]}
    assert [rules[line] for line in CONSENT.splitlines()] == ["cookie"] * 4


def test_a_comment_link_between_the_deck_and_the_byline_ends_nothing():
    """Reach's papers: headline / deck / 'Bookmark' / 'Share' / 'Comments' / byline / stamp /
    story. The comment link is no footer: the story under it stays the story."""
    text = (
        HEAD
        + DECK
        + "\nBookmark\nShare\nComments\nNews\nInes Halvorsen\nLocal Democracy Reporter\n"
        + STAMP
        + STORY
    )
    got = parse_text(text)
    assert got["body"].split("\n\n") == PARAGRAPHS
    assert got["reporters"] == ["Ines Halvorsen"]


def test_a_comment_link_under_the_story_still_ends_it():
    """Under a story of several paragraphs a comment link over a dated comment is the footer:
    the comment is no story line."""
    comment = "I think the harbour board is quite wrong to shut the pier, and so do my neighbours."
    text = HEAD + STORY + "Comments\n" + STAMP + comment + "\n"
    assert roles_of(text)[comment] == "boilerplate"


@pytest.mark.parametrize(
    ("tail", "credit", "photographers", "agencies"),
    [
        (" — Picture by Ines Halvorsen", "Picture by Ines Halvorsen", ("Ines Halvorsen",), ()),
        (" — Bernama pic", "Bernama pic", (), ("Bernama",)),
        (" — Bernama/File", "Bernama/File", (), ("Bernama",)),
        (" PHOTO | INES HALVORSEN", "PHOTO | INES HALVORSEN", ("Ines Halvorsen",), ()),
    ],
)
def test_a_credit_after_a_dash_or_a_bar_glued_to_the_caption(tail, credit, photographers, agencies):
    assert credits_glued.split_glued(CAPTION + tail) == (CAPTION, credit)
    read = credits.read(credit)
    assert read.photographers == photographers and read.agencies == agencies


@pytest.mark.parametrize(
    "line",
    [
        CAPTION + " - The board said it was final.",
        CAPTION + " — Portvale Harbour Board",
        "The board met on Monday - then again on Tuesday.",
    ],
)
def test_a_sentence_or_a_name_after_a_dash_is_no_credit(line):
    assert credits_glued.split_glued(line) is None


@pytest.mark.parametrize(
    "line", ["Skip to site information", "Skip to main content", "Skip to the article content"]
)
def test_skip_links_are_chrome(line):
    got = parse_text(line + "\n" + HEAD + STORY)
    assert {b["text"]: b["rule"] for b in got["boilerplate"]}[line] == "navigation"


def test_a_sites_logo_text_is_chrome():
    got = parse_text("The Boston Globe Logo\n" + HEAD + STORY)
    assert got["boilerplate"][0] == {"text": "The Boston Globe Logo", "rule": "site_logo"}


def test_a_headline_about_a_logo_stays_the_headline():
    head = "Portvale Harbour Board Unveils Its New Logo"
    assert parse_text(head + "\n" + STORY)["title"] == head


def test_a_menu_link_among_links_is_no_headline():
    """'Food & Drink' among one-word menu links, over a two-sentence headline that a 'By' line
    follows: the headline is the longer line, the menu link chrome."""
    head = (
        "Riders flock to the new harbour ferry from Portvale. Its second route to the islands "
        "is a year behind."
    )
    text = (
        "Local\nPolitics\nSports\nFood & Drink\nObituaries\nTransport\n"
        + head
        + "\nBy Ines Halvorsen and Tomas Vik\nUpdated November 20, 2026 6:10 AM\n"
        + STORY
    )
    got = parse_text(text)
    assert got["title"] == head
    assert sorted(got["reporters"]) == ["Ines Halvorsen", "Tomas Vik"]
