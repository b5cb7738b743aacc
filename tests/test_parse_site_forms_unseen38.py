"""Forms of sites the parser met first on the unseen38 and unseen39 pages (invented text,
worded apart from those pages): papers and news services added to the organisations table, a
name run into a paper's one hyphenated word, the Indian Express's barred photo label, a
photographer's client after a slash, a courtesy credit in capitals, a page template's
counter after the stamp, a label saying which photo, and page chrome.

Cases marked "guard" pass on the code before these rules too; they pin what must not change."""

import pytest

from pipeline.parse import bylines, credits, credits_glued, parse_text
from tests.pages import (
    STORY,
    TITLE,
    closing_chrome_rule,
    credit_people,
    media_of,
    under_caption,
)


@pytest.mark.parametrize(
    ("credit", "agencies"),
    [
        ("Kara Venn | MLive.com", ["MLive"]),
        ("Kara Venn | TribLive", ["Pittsburgh Tribune-Review"]),
        ("Kara Venn/JoyNews", ["MyJoyOnline"]),
        # guard: a paper the table knew before
        ("Kara Venn/The Seattle Times", ["The Seattle Times"]),
    ],
)
def test_papers_of_the_table_under_a_caption(credit, agencies):
    assert media_of(under_caption(credit)) == [(credit, ["Kara Venn"], agencies)]


@pytest.mark.parametrize(
    ("byline", "outlet"),
    [
        ("By Ilse Marrow / Forum News Service", "Forum News Service"),
        ("By Ilse Marrow\nExpress News Service", "The New Indian Express"),
    ],
)
def test_news_services_in_bylines(byline, outlet):
    got = parse_text(f"{TITLE}\n{byline}\nJune 3, 2026\n" + STORY)
    assert got["reporters"] == ["Ilse Marrow"]
    assert got["outlet"] == outlet


@pytest.mark.parametrize(
    ("byline", "reporters", "outlet"),
    [
        ("By Ilse Marrow Herald-Whig", ["Ilse Marrow"], "Herald-Whig"),
        ("By ILSE MARROW Herald-Whig", ["Ilse Marrow"], "Herald-Whig"),
        # guard: two words of a paper's name after the name
        ("By Ilse Marrow Portvale Courier", ["Ilse Marrow"], "Portvale Courier"),
    ],
)
def test_a_name_run_into_a_papers_hyphenated_name(byline, reporters, outlet):
    got = parse_text(f"{TITLE}\n{byline}\nJune 3, 2026\n" + STORY)
    assert (got["reporters"], got["outlet"]) == (reporters, outlet)


def test_a_single_word_is_no_glued_paper():
    """guard: 'Jo Li Times' is no name and a paper ('Times' alone is no paper's whole name)."""
    assert bylines.glued_paper("Ilse Marrow Times") is None


CAPTION = "Residents collect water from a tanker in Portvale on Saturday."


@pytest.mark.parametrize(
    ("tail", "credit"),
    [
        (" (Photo | Kara Venn, EPS)", "Photo | Kara Venn, EPS"),
        (" Kara Venn/for the Portvale Post", "Kara Venn/for the Portvale Post"),
        (
            " PHOTO: COURTESY OF PORTVALE CITY COUNCIL",
            "PHOTO: COURTESY OF PORTVALE CITY COUNCIL",
        ),
        # guards: the label with a colon; a photographer's client in capitals
        (" (Photo: Kara Venn)", "Photo: Kara Venn"),
        (" Kara Venn/For The Portvale Post", "Kara Venn/For The Portvale Post"),
    ],
)
def test_credits_glued_to_a_caption(tail, credit):
    split = credits_glued.split_glued(CAPTION + tail)
    assert split is not None
    assert split[0] == CAPTION
    assert split[1].strip("()") == credit


@pytest.mark.parametrize(
    ("credit", "photographers", "agencies"),
    [
        ("Kara Venn for the Portvale Post", ["Kara Venn"], []),
        # guards: read so before these rules (the glued forms above are new)
        ("Photo | Kara Venn, EPS", ["Kara Venn"], ["EPS"]),
        ("PHOTO: COURTESY OF PORTVALE CITY COUNCIL", [], ["Portvale City Council"]),
        # a label saying which photo names no paper
        ("Headline photo: Courtesy Kara Venn", ["Kara Venn"], []),
    ],
)
def test_who_the_credit_names(credit, photographers, agencies):
    assert credit_people(credit) == (photographers, agencies)


def test_a_template_counter_after_the_stamp():
    got = parse_text(f"{TITLE}\nMonday, 17 March 2025 00:12 -     - {{{{hits.count}}}}\n" + STORY)
    assert str(got["published"]) == "2025-03-17"


def test_a_loose_credit_needs_a_paper_after_for():
    """guard: 'Jo Li/for the town' names no paper."""
    assert not credits.loose_credit("Kara Venn/for the town")


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Lea esta historia en español.", "page_chrome"),
        ("Portvale News is part of the Newsquest Media Group", "about_outlet"),
        (
            "Portvale Media Ltd, Harbour Mill, Station Road, Portvale PV1 2AB. Registered in "
            "England & Wales | 01234567",
            "company_note",
        ),
        (
            "A version of this article appeared in the print edition of The Portvale Star on "
            "March 17, 2025, on page 3.",
            "print_note",
        ),
        (
            "Want more Portvale news? Bookmark the local news page or sign up for the free "
            "newsletter.",
            "newsletter",
        ),
        ("In Other News", "see_also"),
        ("Buy Now", "buy_photo"),
    ],
)
def test_page_chrome(line, rule):
    assert closing_chrome_rule(line) == rule
