"""Bylines with a reading time, closing paragraphs of filing clauses and a
closing invitation to follow the reporter: house styles the corpora lack. Invented texts;
the organisations are the data files'."""

import pytest

from pipeline.parse import parse_text
from pipeline.parse.attribution import filed_from_people, follow_note_people

HEAD = "Harbour board shuts the old ferry pier for repairs\n"
STORY = (
    "The harbour board will close the old ferry pier at Portvale for two years of repairs, "
    "a decision that drew protests from fishermen who have moored there for decades, "
    "officials said on Monday.\n"
    "Board chair Lena Markov said the pier had become unsafe after last winter's storms, "
    "which tore away part of its deck and left cracks in two of the concrete pillars.\n"
    "The repairs are expected to cost about 40 million crowns, the board said.\n"
)


@pytest.mark.parametrize(
    ("byline", "reporters", "outlet"),
    [
        ("Jo Li, Reuters • 3 min read", ["Jo Li"], "Reuters"),
        ("Jo Li | Reuters | 5 minute read", ["Jo Li"], "Reuters"),
        ("By Jo Li • Reading time: 4 minutes", ["Jo Li"], None),
    ],
)
def test_a_byline_with_a_reading_time(byline, reporters, outlet):
    """It used to be left out: the reading time read as a third name."""
    got = parse_text(HEAD + byline + "\n" + STORY)
    assert got["reporters"] == reporters
    assert got["outlet"] == outlet
    assert got["line_roles"][:2] == ["title", "byline"]


@pytest.mark.parametrize("credit", ["Jo Li/Reuters", "Jo Li / Reuters"])
def test_a_name_and_an_agency_split_by_a_slash_under_the_headline_is_a_photo_credit(credit):
    """Spaced or not: news sites set a captionless photo's credit so between headline and
    story (two such pages in helsinki_dev), so the line is no byline."""
    got = parse_text(HEAD + credit + "\n" + STORY)
    assert got["reporters"] == []
    assert got["line_roles"][1] == "credit"
    assert got["media"][0]["photographers"] == ["Jo Li"]


@pytest.mark.parametrize(
    "line", ["3 min read", "5-minute read", "4 mins read", "Reading time: 4 minutes"]
)
def test_a_reading_time_between_paragraphs_is_page_chrome(line):
    paragraphs = STORY.splitlines(keepends=True)
    got = parse_text(HEAD + paragraphs[0] + line + "\n" + "".join(paragraphs[1:]))
    assert got["boilerplate"] == [{"text": line, "rule": "page_chrome"}]
    assert line not in got["body"]


@pytest.mark.parametrize(
    ("closing", "reporters"),
    [
        (
            "Jo Li reported from Portvale. Kim Bo contributed reporting from Oslo.",
            ["Jo Li", "Kim Bo"],
        ),
        ("Jo Li reported from Portvale and Kim Bo from Oslo.", ["Jo Li", "Kim Bo"]),
        ("Jo Li reported from Portvale; Kim Bo reported from Oslo.", ["Jo Li", "Kim Bo"]),
        ("Jo Li and Kim Bo reported from Portvale.", ["Jo Li", "Kim Bo"]),
        ("Jo Li reported from Portvale, and Kim Bo contributed from Oslo.", ["Jo Li", "Kim Bo"]),
        ("Jo Li, Kim Bo and Ida Holm reported from Oslo, Norway.", ["Jo Li", "Kim Bo", "Ida Holm"]),
        ("Jo Li reported from Washington, D.C.", ["Jo Li"]),
        ("Jo Li contributed reporting.", ["Jo Li"]),
    ],
)
def test_a_closing_paragraph_of_filing_clauses_names_the_reporters(closing, reporters):
    got = parse_text(HEAD + STORY + closing + "\n")
    assert got["reporters"] == reporters


@pytest.mark.parametrize(
    "paragraph",
    [
        "Jo Li reported.",  # no place, nothing reported: a story's sentence
        "Jo Li contributed.",
        "Portvale Police reported from Oslo.",  # no person
        "Jo Li and Portvale Police reported from Oslo.",  # not only people
        "The Guardian reported from Oslo.",
        "Jo Li reported from Oslo that the mayor had quit.",  # news, not a sign-off
        "Jo Li reported from Oslo. The board said it would appeal.",  # one sentence is story
        "Jo Li reported from Oslo Kim Bo from Rome.",  # no separator between the clauses
        "Jo Li from Oslo.",  # no verb in the first clause
    ],
)
def test_a_paragraph_that_is_not_only_filing_clauses_names_nobody(paragraph):
    assert filed_from_people(paragraph) == []


def test_filing_clauses_are_read_from_the_last_paragraph_only():
    paragraphs = STORY.splitlines(keepends=True)
    middle = "Jo Li reported from Portvale and Kim Bo from Oslo.\n"
    got = parse_text(HEAD + paragraphs[0] + middle + "".join(paragraphs[1:]))
    assert got["reporters"] == []


@pytest.mark.parametrize(
    "note",
    [
        "Follow Jo Li on Twitter: @joli",
        "Follow Jo Li on X @joli.",
        "You can follow Jo Li on Bluesky at @joli.bsky.social",
        "Follow Jo Li on Twitter and Instagram.",
    ],
)
def test_a_closing_invitation_to_follow_a_person_names_the_reporter(note):
    got = parse_text(HEAD + STORY + note + "\n")
    assert got["reporters"] == ["Jo Li"]
    assert got["line_roles"][-1] == "boilerplate"


@pytest.mark.parametrize(
    "note",
    [
        "Follow Portvale Police on X @pvpolice",  # an organisation
        "Follow The Portvale Star on Facebook",
        "Follow Jo Li on Twitter to hear about the pier",  # more than the profile
    ],
)
def test_an_invitation_to_follow_no_person_names_nobody(note):
    assert follow_note_people([note]) == []
    assert parse_text(HEAD + STORY + note + "\n")["reporters"] == []


def test_an_invitation_to_follow_in_the_story_names_nobody():
    """Only the page's last three lines are read."""
    lines = ["Follow Jo Li on X @joli.", "a", "b", "c"]
    assert follow_note_people(lines) == []


@pytest.mark.parametrize(
    ("closing", "reporters"),
    [
        ("Contributing: Kim Bo", ["Kim Bo"]),
        (
            "Contributing: Kim Bo and Ada Varga, USA TODAY; The Associated Press",
            ["Kim Bo", "Ada Varga"],
        ),
        ("Contributing: Kim Bo, USA TODAY Network", ["Kim Bo"]),
        ("Contributing: Kim Bo, Ada Varga", ["Kim Bo", "Ada Varga"]),
        ("Contributing: The Associated Press", []),
    ],
)
def test_a_closing_contributing_line_credits_reporters(closing, reporters):
    """USA Today's papers close a story with 'Contributing: ...' (a helsinki_dev page): it
    was chrome, and its people were lost. Now it is the story's closing credit, and its
    missing full stop no longer flags the story as cut off."""
    got = parse_text(HEAD + "By Jo Li, USA TODAY\n" + STORY + closing + "\n")
    assert got["reporters"] == ["Jo Li", *reporters]
    assert got["line_roles"][-1] == "body"
    assert got["body"].endswith(closing)
    assert "truncated" not in got["quality_flags"]


def test_a_contributing_line_that_names_no_one_credits_no_one():
    got = parse_text(HEAD + "By Jo Li\n" + STORY + "Contributing: rising costs and bad weather\n")
    assert got["reporters"] == ["Jo Li"]
    assert "Contributing: rising costs" not in got["body"]


def test_a_contributor_line_without_its_full_stop_is_no_cut_off_story():
    got = parse_text(HEAD + STORY + "Fox News' Kim Bo contributed to this report\n")
    assert got["reporters"] == ["Kim Bo"]
    assert "truncated" not in got["quality_flags"]


LIVE_ITEMS = (
    "Right now: the harbour board meets at noon to vote on the pier.\n"
    "The board's chair has said she expects the vote to pass by a wide margin after the "
    "fishermen's association dropped its objection on Sunday evening.\n"
    "— Kim Bo\n"
    "Fishermen gathered outside the board's offices before dawn, some carrying banners "
    "that asked for a new berth before the winter.\n"
    "— Kim Bo\n"
)


def test_items_signed_off_with_a_dash_and_a_name_credit_their_writer():
    """A live page signs each item '— Jo Li' (a New York Times page in helsinki_dev): the
    writer was left out, the line chrome."""
    got = parse_text(HEAD + LIVE_ITEMS)
    assert got["reporters"] == ["Kim Bo"]
    assert got["line_roles"].count("byline") == 2


@pytest.mark.parametrize(
    "text",
    [
        # a quotation's attribution under the quotation
        "“The sea gives, and the sea takes back.”\n— Ada Varga\n",
        # a person the story names: the one quoted, not its writer
        "Ada Varga, who has fished there for 30 years, said the pier must stay open.\n"
        "— Ada Varga\n",
    ],
)
def test_a_dash_and_the_name_of_a_quoted_person_credits_no_writer(text):
    got = parse_text(HEAD + STORY + text + STORY)
    assert got["reporters"] == []


@pytest.mark.parametrize(
    ("closing", "reporters"),
    [
        ("Kim Bo contributed to this report from Oslo.", ["Kim Bo"]),
        ("This story was reported by Kim Bo and Ada Varga.", ["Kim Bo", "Ada Varga"]),
        (
            "This story was reported by Kim Bo, Ada Varga and Ola Berg.",
            ["Kim Bo", "Ada Varga", "Ola Berg"],
        ),
        # a republished post's credit (a FakeNewsNet page): the name ran on into 'at'
        ("Original story by Kim Bo at Portvale Review: “Pier to close.”", ["Kim Bo"]),
        # set apart without its full stop: no paragraph of the story, chrome
        ("Email Kim Bo at kim.bo@example.com", ["Kim Bo"]),
    ],
)
def test_closing_credits_of_more_forms(closing, reporters):
    got = parse_text(HEAD + STORY + closing + "\n")
    assert got["reporters"] == reporters


def test_a_story_by_credit_names_no_lower_case_words():
    got = parse_text(HEAD + STORY + "This story was reported by the harbour board.\n")
    assert got["reporters"] == []
