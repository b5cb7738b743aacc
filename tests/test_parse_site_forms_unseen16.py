"""Forms of sites the parser met first on the unseen16 pages (invented text, worded apart from
those pages): a byline naming only a paper the table lacks ('By Portvale Today'), a paper's
staff in such a byline, an office's handout after a bar, papers named 'Illuminator' or
'Reformer', and chrome: comment guidelines and invitations, a form's error notes, a
regulator's longer note, a messenger channel's pitch."""

import pytest

from pipeline.parse import bylines, credits, credits_glued, parse_text
from tests.pages import HEAD, PARAGRAPHS, rule_of

STORY = "\n".join(PARAGRAPHS) + "\n"
CAPTION = "Ferry crews tie up at the old pier in Portvale on Tuesday, Nov. 10, 2026."


@pytest.mark.parametrize(
    ("byline", "outlet"),
    [
        ("By Portvale Today", "Portvale Today"),
        ("By The Portvale Citizen Reporter", "The Portvale Citizen"),
    ],
)
def test_a_byline_naming_only_a_paper(byline, outlet):
    assert bylines.byline_people(byline) == ([], [outlet])
    got = parse_text(HEAD + byline + "\n" + STORY)
    assert got["reporters"] == []
    assert got["outlet"] == outlet


def test_a_name_run_into_its_paper_is_still_read_so():
    assert (
        bylines.byline_paper("By Mara Quist Portvale Times-Dispatch") == "Portvale Times-Dispatch"
    )
    assert bylines.byline_people("By Mara Quist Portvale Times-Dispatch")[0] == ["Mara Quist"]


def test_a_paper_of_the_states_newsrooms_is_no_photographer():
    found = credits.read("Photo by Jonah Brous/Portvale Illuminator")
    assert found.photographers == ("Jonah Brous",)
    assert found.agencies == ("Portvale Illuminator",)


def test_an_offices_handout_after_a_bar():
    line = (
        "An artist's impression of how the new park off Exchange Street could look. "
        "| Portvale City Council"
    )
    assert credits_glued.split_glued(line) == (
        "An artist's impression of how the new park off Exchange Street could look.",
        "Portvale City Council",
    )


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Comment Guidelines", "comment_rules"),
        (
            "Portvale World encourages reader discussion on our stories. Feedback adds a layer.",
            "comment_rules",
        ),
        (
            "Got something to say about this article? Write to us at letters@portvale.com.",
            "comment_rules",
        ),
        (
            "Harbour Watch is committed to hosting lively discussions. Help us keep it useful.",
            "comment_rules",
        ),
        ("Sorry, there seem to be some issues. Please try again later.", "page_chrome"),
        ("Submitting...", "page_chrome"),
        (
            "This website and associated newspapers adhere to the Independent Press Standards "
            "Organisation's Editors' Code of Practice. If you have a complaint about the editorial "
            "content which relates to inaccuracy or intrusion, please contact the editor here.",
            "page_chrome",
        ),
        (
            "Get your news on the go, click here to join the Portvale News WhatsApp channel.",
            "messenger_prompt",
        ),
    ],
)
def test_chrome_under_the_story(line, rule):
    assert rule_of(HEAD + STORY + line + "\n", line) == rule


def _short_masthead_page(masthead: str, credit: str, footer: str = "The Bay\n") -> str:
    # a paper whose name folds to three letters ('The Bay'): too short for the page's own names
    # (`own_name.page_names`), so the masthead alone decides nothing
    return (
        f"Skip to main content\n{masthead}Subscribe\nLog In\nLocal News\nSports\n"
        + HEAD
        + "By Jo Li\nBay Staff Writer\nPublished February 19, 2025 4:50PM\n"
        + f"Workers inspect storm damage to the pier in Portvale on Tuesday. ({credit})\n"
        + STORY
        + f"Reader Comments\n{footer}Contact Us\n© 2025 The Bay Publishing Company\n"
    )


def test_a_house_photo_of_a_the_named_masthead_names_the_outlet():
    # 'The Bay' holds no paper's word; its name alone on a line of the chrome (masthead,
    # footer) and the staff's photo credited to it make it the page's own paper
    got = parse_text(_short_masthead_page("The Bay\n", "Mara Quist/The Bay"))
    assert got["media"][0]["agencies"] == ["The Bay"]
    assert got["outlet"] == "The Bay"


@pytest.mark.parametrize(
    ("masthead", "credit", "footer"),
    [
        ("", "Mara Quist/The Bay", ""),  # no line of the chrome is the name: a credit alone
        ("Bay\n", "Mara Quist/Bay", "Bay\n"),  # no 'The', no paper's word: a word, not a paper
    ],
)
def test_a_house_photo_without_its_name_in_the_chrome_names_no_outlet(masthead, credit, footer):
    assert parse_text(_short_masthead_page(masthead, credit, footer))["outlet"] is None
