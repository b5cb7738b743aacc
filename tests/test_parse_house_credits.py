"""A paper's own credits and cues (invented text): a staff photographer's name alone under a
caption, 'Jo Li for <paper>', a map service's view, the paper's name before the
photographer's, a post then the paper under the byline, a photo credited to the paper whose
page it is."""

import pytest

from pipeline.parse import parse_text
from tests.pages import HEAD, PARAGRAPHS, roles_of, story_with

CAPTION = "Fishermen unload crates on the old pier at dawn on Friday."


@pytest.mark.parametrize(
    ("credit", "written"),
    [
        ("Ines Halvorsen", "Ines Halvorsen"),
        ("Ines Halvorsen ihalvorsen@portvaleledger.com", "Ines Halvorsen"),
    ],
)
def test_a_name_alone_under_a_caption_credits_the_photo(credit, written):
    page = story_with(CAPTION, credit)
    got = parse_text(page)
    assert got["media"] == [
        {
            "kind": "photo",
            "slug": None,
            "caption": CAPTION,
            "credit": written,
            "photographers": ["Ines Halvorsen"],
            "agencies": [],
        }
    ]
    assert roles_of(page)[credit] == "credit"
    assert got["body"] == "\n\n".join(PARAGRAPHS)


# A sentence that reads like a caption and reports no one's words, over the line in question.
_SCENE = "The old pier has stood at the harbour mouth since 1931."


@pytest.mark.parametrize(
    ("lines", "why"),
    [
        ([_SCENE, "Final Words"], "a subheading in title case: no given name first"),
        ([_SCENE, "Milan Storms"], "a heading: a word of it is the story's, in lower case"),
        (
            ["The chair said the pier would reopen in the spring.", "Ines Halvorsen"],
            "under reported speech: a contributor's line",
        ),
        (["Lena Markov"], "a profile's heading: the story names her"),
        (
            [
                "Ines Halvorsen",
                "The pier has to close before the winter storms come back.",
                "Tomas Reyes",
                "What will the fishermen do while it is shut?",
                "Ines Halvorsen",
            ],
            "an interview's speakers, a run of names",
        ),
    ],
)
def test_a_name_alone_between_paragraphs_that_credits_no_photo(lines, why):
    page = story_with(*lines)
    assert parse_text(page)["media"] == [], why
    roles = roles_of(page)
    assert "credit" not in roles.values() and "caption" not in roles.values(), why


def test_a_name_alone_under_the_byline_credits_no_photo():
    """Under the byline a name alone is a second author's, not the credit of the story's
    first sentence."""
    page = HEAD + "By Tomas Reyes\n" + PARAGRAPHS[0] + "\nInes Halvorsen\n" + PARAGRAPHS[1]
    assert parse_text(page)["media"] == []


@pytest.mark.parametrize(
    ("credit", "photographers", "agencies"),
    [
        ("Ines Halvorsen for The Seattle Times", ["Ines Halvorsen"], ["The Seattle Times"]),
        # (a map's view: its maker is the agency, by one name)
        ("Google Maps", [], ["Google"]),
        ("Google Street View", [], ["Google"]),
        ("The LEDGER / Ines Halvorsen", ["Ines Halvorsen"], ["The LEDGER"]),
    ],
)
def test_credit_lines_under_a_plain_sentence(credit, photographers, agencies):
    """Under a sentence that reads as story, not as a caption: the line under it makes it one."""
    caption = "The harbour master's office stands at the end of the pier."
    got = parse_text(story_with(caption, credit))
    assert [
        (m["caption"], m["credit"], m["photographers"], m["agencies"]) for m in got["media"]
    ] == [(caption, credit, photographers, agencies)]


_STORY = (
    "Harbour board shuts the old ferry pier for repairs\n\nBy Jo Li\n\n"
    + "\n\n".join(PARAGRAPHS[:2])
    + "\n\n"
)


@pytest.mark.parametrize(
    "post", ["Political Reporter · The Seattle Times", "Senior Journalist·The Seattle Times·"]
)
def test_a_post_and_the_paper_under_the_byline_name_the_outlet(post):
    page = _STORY.replace("By Jo Li\n\n", f"By Jo Li\n\n{post}\n\n")
    got = parse_text(page)
    assert (got["reporters"], got["outlet"]) == (["Jo Li"], "The Seattle Times")
    assert roles_of(page)[post.strip()] == "byline"


_MASTHEAD = "The Seattle Times\n\nLocal\n\nSports\n\nOpinion\n\n"
_FOOTER = "\n\n© 2025 The Seattle Times Company. All rights reserved.\n"
_PHOTO = f"{CAPTION}\n\nInes Halvorsen/The Seattle Times\n\n"


def test_a_photo_credited_to_the_paper_whose_page_it_is_names_the_outlet():
    got = parse_text(_MASTHEAD + _STORY + _PHOTO + PARAGRAPHS[2] + _FOOTER)
    assert got["media"][0]["agencies"] == ["The Seattle Times"]
    assert (got["reporters"], got["outlet"]) == (["Jo Li"], "The Seattle Times")


@pytest.mark.parametrize(
    ("page", "why"),
    [
        (_STORY + _PHOTO + PARAGRAPHS[2], "no chrome names the paper as the page's own"),
        (
            _MASTHEAD.replace("The Seattle Times", "The Denver Post")
            + _STORY
            + _PHOTO
            + PARAGRAPHS[2],
            "the page is another paper's",
        ),
        (
            _MASTHEAD.replace("The Seattle Times", "Associated Press")
            + _STORY
            + _PHOTO.replace("The Seattle Times", "AP")
            + PARAGRAPHS[2],
            "a wire's photo runs on every client's page",
        ),
    ],
)
def test_a_credited_photo_alone_names_no_outlet(page, why):
    got = parse_text(page)
    assert got["media"] and got["reporters"] == ["Jo Li"], why
    assert got["outlet"] is None, why


@pytest.mark.parametrize(
    "line",
    ["You're a loyal reader", "We're really pleased that you've read 12 articles this month."],
)
def test_a_reader_appeal_is_chrome(line):
    assert roles_of(story_with(line))[line] == "boilerplate"
