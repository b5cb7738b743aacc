"""Forms of sites the parser met first on the unseen44 and unseen45 pages (invented text,
worded apart from those pages): an agency's unnamed stringer, a paper's file photo and a
source after a spaced slash glued to the caption, a credit in capitals opening its caption,
an editor's initials after a credit, a paper's name holding an '&', an outlet's name before
the dateline's place, a paper's desk byline ('Observer Report'), a one-word outlet read as
the page's paper, a stamp ending in a clock, wires, papers and broadcasters added to the
table, and page chrome.

Cases marked "guard" pass on the code before these rules too; they pin what must not change."""

import pytest

from pipeline.parse import credits, credits_glued, dateline, parse_text
from tests.pages import STORY, TITLE, closing_chrome_rule, credit_people

CAPTION = "Farmers plant rice seedlings in a paddy field outside Portvale, July 22, 2024."


@pytest.mark.parametrize(
    ("tail", "credit"),
    [
        (" REUTERS/Stringer/File Photo", "REUTERS/Stringer/File Photo"),
        (" Portvale Evening Times file photo", "Portvale Evening Times file photo"),
        (" / PNI", "PNI"),
        (" / Supplied", "Supplied"),
        (" TEMPO/Kara Venn", "TEMPO/Kara Venn"),
        # guard: a photographer and the wire after a slash
        (" REUTERS/Kara Venn", "REUTERS/Kara Venn"),
    ],
)
def test_credits_glued_to_a_caption(tail, credit):
    assert credits_glued.split_glued(CAPTION + tail) == (CAPTION, credit)


def test_a_spaced_slash_before_a_word_in_lower_case_is_no_credit():
    """guard: '... / The end' closes no caption with a credit."""
    assert credits_glued.split_glued("The council said it would meet again. / The end") is None


def test_a_credit_in_capitals_opening_its_caption():
    line = "KARA VENN/Sun-Herald A crew inspects a section of the levee on Thursday."
    assert credits_glued.split_glued(line) == (
        "A crew inspects a section of the levee on Thursday.",
        "KARA VENN/Sun-Herald",
    )


@pytest.mark.parametrize(
    ("credit", "photographers", "agencies"),
    [
        ("ANTARA FOTO/Kara Venn/tom.", ["Kara Venn"], ["Antara"]),
        ("KARA VENN / NEWS&GUIDE", ["Kara Venn"], ["News&guide"]),
        # guards: an '&' between spaces lists two photographers; a wire's own photo
        ("Photo: Kara Venn & Tomas Brandt", ["Kara Venn", "Tomas Brandt"], []),
        ("REUTERS/Stringer", [], ["Reuters"]),
    ],
)
def test_who_the_credit_names(credit, photographers, agencies):
    assert credit_people(credit) == (photographers, agencies)


@pytest.mark.parametrize(
    "line", ["ANTARA FOTO/Kara Venn/tom.", "REUTERS/Stringer/File Photo", "TEMPO/Kara Venn"]
)
def test_credit_lines(line):
    assert credits.is_credit_line(line)


def test_a_word_after_a_slash_is_no_editors_initials():
    """guard: 'Jo Li/file' (four letters) is no credit line, as before."""
    assert not credits.is_credit_line("Kara Venn/file")


def test_an_outlets_name_before_the_datelines_place():
    found = dateline.find("TEMPO.CO, Jakarta - The government will cap rice imports this year.")
    assert found is not None
    assert found.place == "Jakarta"


def test_a_place_and_its_country_stay_the_dateline():
    """guard: 'BEIJING, China -' names no outlet before the place."""
    found = dateline.find("BEIJING, China - Officials said the talks would resume.")
    assert found is not None
    assert found.place == "Beijing, China"


@pytest.mark.parametrize(
    ("page", "reporters", "outlet"),
    [
        (f"Lenn Observer\nNews\n{TITLE}\nObserver Report\nJune 16, 2025\n", [], "Lenn Observer"),
        (
            f"Lenn Eagle\nNews\n{TITLE}\nBy Ilse Marrow\nEagle Staff Writer\nJune 3, 2025\n",
            ["Ilse Marrow"],
            "Lenn Eagle",
        ),
        # guard: no page name, no outlet
        (f"{TITLE}\nBy Ilse Marrow\nJune 3, 2025\n", ["Ilse Marrow"], None),
    ],
)
def test_a_papers_short_name_signing_the_story(page, reporters, outlet):
    got = parse_text(page + STORY)
    assert (got["reporters"], got["outlet"]) == (reporters, outlet)


def test_a_stamp_ending_in_a_clock_dates_the_story():
    got = parse_text(f"{TITLE}\nIlse Marrow\n12 June 2025, MVT 15:40\n" + STORY)
    assert str(got["published"]) == "2025-06-12"


@pytest.mark.parametrize(
    ("byline", "outlet"),
    [
        ("By The Irrawaddy", "The Irrawaddy"),
        ("APP", "Associated Press of Pakistan"),
        ("Thai PBS World", "Thai PBS World"),
    ],
)
def test_organisations_of_the_table(byline, outlet):
    got = parse_text(f"{TITLE}\n{byline}\nJune 3, 2025\n" + STORY)
    assert got["outlet"] == outlet


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Save Article", "page_chrome"),
        (
            "The post Harbour board shuts the old pier appeared first on The Portvale Post.",
            "page_chrome",
        ),
        ("Editor's Choice: Harbour board names new chair", "see_also"),
        (
            "Click here to get the latest news updates from Portvale on Google News",
            "social_follow",
        ),
    ],
)
def test_page_chrome(line, rule):
    assert closing_chrome_rule(line) == rule
