"""Forms of sites the parser met first on the unseen8 pages (invented text, worded apart from
those pages): a byline's names on lines of their own around 'and' or a comma, a name with
its post and no separator, a menu copied as one row of links, a paper's staff with a wire's
copy under the deck, a deck under its 'In summary' label, and reader pitches by their
address (a newsletter's promise, a call for the reader's story, a republishing box, a call
to act in its own sentence)."""

import pytest

from pipeline.parse import credits_glued, parse_text
from pipeline.parse.bylines import byline_people, name_then_post
from pipeline.parse.names import opens_with_given_name
from pipeline.parse.reader_pitch import reader_pitch
from tests.pages import HEAD, PARAGRAPHS, roles_of

STORY = "\n".join(PARAGRAPHS) + "\n"
STAMP = "November 3, 2026\n"


def _page(*lines: str) -> str:
    return HEAD + "\n".join(lines) + "\n" + STORY


# (given names the table lacks: the names alone are no byline by themselves)
@pytest.mark.parametrize(
    ("lines", "reporters"),
    [
        # names that are links, each on its line, with a reporter's photo between them
        (
            [
                "Headshot of Yerlan Abenov",
                "Yerlan Abenov",
                "and",
                "Headshot of Ines Halvorsen",
                "Ines Halvorsen",
                STAMP.strip(),
            ],
            ["Yerlan Abenov", "Ines Halvorsen"],
        ),
        (
            ["Ines Halvorsen", ",", "Nurlan Sadykov", "3 min read", STAMP.strip()],
            ["Ines Halvorsen", "Nurlan Sadykov"],
        ),
        # three names, the byline at the bottom of the list
        (
            ["Yerlan Abenov", ",", "Nurlan Sadykov", "and", "By Ana Ruiz"],
            ["Yerlan Abenov", "Nurlan Sadykov", "Ana Ruiz"],
        ),
    ],
)
def test_a_bylines_names_joined_across_lines(lines, reporters):
    assert sorted(parse_text(_page(*lines))["reporters"]) == sorted(reporters)


def test_names_joined_without_a_byline_beside_them_are_no_byline():
    """'Jo Li' / 'and' / 'Kim Bo' under the story, no byline among them (a list of thanks, a
    panel): the joiner makes no one a reporter."""
    assert parse_text(HEAD + STORY + "Yerlan Abenov\nand\nNurlan Sadykov\n")["reporters"] == []


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Ines Halvorsen Trainee Court Reporter", "Ines Halvorsen"),
        ("Ines Halvorsen Local Democracy Reporter", "Ines Halvorsen"),
        ("Mary Ann Halvorsen Senior Business Correspondent", "Mary Ann Halvorsen"),
        ("Ines Halvorsen Reporter", "Ines Halvorsen"),
    ],
)
def test_a_name_then_its_post_without_a_separator(line, name):
    assert name_then_post(line) == name
    assert byline_people(line)[0] == [name]
    assert parse_text(_page("By", line, STAMP.strip()))["reporters"] == [name]


@pytest.mark.parametrize(
    "line", ["Local Democracy Reporter", "The Court Reporter", "Ines Halvorsen", "Court Reporter"]
)
def test_a_post_alone_names_no_one(line):
    assert name_then_post(line) is None


@pytest.mark.parametrize(
    "row",
    [
        "Help - Terms of Service - Your Privacy Choices - Privacy Policy - Site Map",
        "About Us | Contact | Advertise | Careers | Corrections",
        "News • Sport • Business • Opinion",
    ],
)
def test_a_menu_copied_as_one_row_is_chrome(row):
    roles = roles_of(HEAD + STORY + row + "\n")
    assert roles[row] == "boilerplate"


@pytest.mark.parametrize(
    "line",
    [
        # a scoreline and a timeline: segments that are not all short capitalised names
        "Results: Portvale 2 - Harbour Town 1 - Kestrel 0 - Ferryside 3",
        "The board met in March - then in April - then in May - and again in June.",
        "Crews worked - then rested - then worked again - until dawn",
    ],
)
def test_a_story_line_with_dashes_is_no_menu(line):
    roles = roles_of(HEAD + PARAGRAPHS[0] + "\n" + line + "\n" + "\n".join(PARAGRAPHS[1:]) + "\n")
    assert roles[line] == "body"


DECK = (
    "The board says the work will take two years and cost about 40 million crowns, a bill the "
    "fishermen who moor at the pier say will land on them through higher harbour fees"
)


def test_a_deck_over_the_papers_staff_with_a_wires_copy():
    text = HEAD + DECK + "\nPORTVALE POST WITH AA\nPORTVALE\n" + STAMP + STORY
    roles = roles_of(text)
    assert roles[DECK] == "standfirst"
    assert roles["PORTVALE POST WITH AA"] == "byline"


def test_a_deck_under_its_summary_label():
    text = HEAD + "In summary\n" + DECK + "\nBy Ines Halvorsen\n" + STAMP + STORY
    assert roles_of(text)[DECK] == "standfirst"


@pytest.mark.parametrize(
    "line",
    [
        "Portvale Post is where the harbour comes together. Become a member today.",
        "Get the news you need to know about Portvale, every weekday.",
        "Get the most important headlines from the harbour every morning.",
        "We want to hear from you",
        "Has your ferry fare gone up this year? Tell us about it.",
        "Republish Our Content",
        "We want our journalism to reach as many people as possible. Republish this article for "
        "free under a Creative Commons license.",
        "Catch all the harbour news on the Portvale Post. Download The Portvale News App to get "
        "daily updates.",
    ],
)
def test_reader_pitches_by_their_address(line):
    assert reader_pitch(line)
    assert roles_of(HEAD + STORY + line + "\n")[line] == "boilerplate"


@pytest.mark.parametrize(
    "line",
    [
        # a list story's closing line, as a labelled corpus page keeps it in the body
        "If your favourite is missing, tell us about it in the comments, or on our Facebook page "
        "where you'll find this feature.",
        # a how-to's step, not the site's app
        "Download the Kestrel app from the store on the phone and give it the permissions.",
        "The ferry carries news and mail to the islands every week, the board said.",
        "Get out every day and walk, doctors advise.",
        "Residents get water every morning from tankers.",
    ],
)
def test_story_lines_that_address_or_schedule_are_no_pitch(line):
    assert not reader_pitch(line)


def test_a_closing_bio_with_its_follow_link_stays_the_story():
    bio = "Ines Halvorsen is an editor for the Portvale Post. Follow her on Twitter @ihalvorsen ."
    got = parse_text(HEAD + STORY + bio + "\n")
    assert "Ines Halvorsen" in got["reporters"]


@pytest.mark.parametrize(
    "name", ["Kira Landes", "Evert Nilsson", "Haruto Sato", "Joost de Vries", "Seoyeon Park"]
)
def test_given_names_of_more_languages(name):
    """given_names.csv holds ~2,850 names (1,452 added on 2026-12-05: Dutch, Nordic, Japanese,
    Korean, Chinese, African, South Asian, Pacific names and short forms): what lets a name
    alone under a headline count as its byline when it picks the headline."""
    assert opens_with_given_name(name)


@pytest.mark.parametrize("word", ["Will", "Grace", "Paris", "Jordan", "November", "Court"])
def test_given_names_leave_out_words_and_places(word):
    assert not opens_with_given_name(f"{word} Landes")


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        (
            "Passengers wait for the ferry at the old pier in Portvale. [Harbour Pictures]",
            "Harbour Pictures",
        ),
        ("A catamaran leaves the harbour at dawn. [Yerlan Abenov]", "Yerlan Abenov"),
    ],
)
def test_a_credit_in_square_brackets_after_the_caption(line, credit):
    assert credits_glued.split_glued(line) == (line[: line.index(" [")], credit)


@pytest.mark.parametrize(
    "line",
    [
        "Harbour Board FINALLY Shuts The Old Pier! [VIDEO]",
        "The board said the plan was final. [Updated]",
        "• The harbour board agreed to close the pier for two years. [ Portvale Post ]",
    ],
)
def test_an_editors_mark_or_a_digests_source_in_square_brackets_is_no_credit(line):
    assert credits_glued.split_glued(line) is None
