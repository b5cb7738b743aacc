"""Forms of sites the parser met first on the unseen46 and unseen47 pages (invented text,
worded apart from those pages): a headline printed twice over a comment link, a byline in
capitals with its post read as a dateline, a particle's word opening a name in capitals, the
USA Today network's 'name / paper / stamp', a paper's short name in capitals before
'PHOTO BY', preserves and map views, and page chrome.

Cases marked "guard" pass on the code before these rules too; they pin what must not change."""

import pytest

from pipeline.parse import dateline, parse_text
from pipeline.parse.names import title_case
from tests.pages import PARAGRAPHS, STORY, TITLE, closing_chrome_rule, credit_people

DECK = (
    "Up to 150 jobs are at risk at a Portvale bakery after its owners announced plans to move "
    "most of its production to a larger site in the north of the county next year."
)


def test_a_comment_link_under_a_headline_printed_twice_ends_nothing():
    page = (
        f"{TITLE}\n{TITLE}\n{DECK}\nIlse Marrow\nBy Ilse Marrow\nReporter\n"
        "Published 27th Feb 2025, 13:15 GMT\nComments\nShare\n" + STORY
    )
    got = parse_text(page)
    assert got["body"].startswith(PARAGRAPHS[0])
    assert got["body"].rstrip().endswith(PARAGRAPHS[-1])


def test_a_comment_link_under_a_headline_printed_once_ends_nothing():
    """guard: the same page with the headline once."""
    page = (
        f"{TITLE}\n{DECK}\nIlse Marrow\nBy Ilse Marrow\nReporter\n"
        "Published 27th Feb 2025, 13:15 GMT\nComments\nShare\n" + STORY
    )
    assert parse_text(page)["body"].startswith(PARAGRAPHS[0])


@pytest.mark.parametrize("line", ["ILSE MARROW, Staff Writer", "DEL MARROW, News Staff Writer"])
def test_a_byline_in_capitals_and_its_post_is_no_dateline(line):
    assert dateline.alone(line) is None
    got = parse_text(f"{TITLE}\n{line}\nJun 17, 2025\n" + STORY)
    assert got["dateline_place"] is None
    assert got["reporters"] == [title_case(line.partition(",")[0])]


def test_a_place_in_capitals_and_its_region_stay_a_dateline():
    """guard: 'GLASGOW, Scotland' alone is a dateline."""
    found = dateline.alone("GLASGOW, Scotland")
    assert found is not None
    assert found.place == "Glasgow, Scotland"


@pytest.mark.parametrize(
    ("caps", "name"),
    [
        ("DEL MARROW", "Del Marrow"),
        ("DE LA VENN", "De la Venn"),
        # guard: a particle inside the name stays in small letters
        ("JUAN DE LA VENN", "Juan de la Venn"),
    ],
)
def test_title_case_of_a_name_in_capitals(caps, name):
    assert title_case(caps) == name


@pytest.mark.parametrize("paper", ["The Portvale Eye", "The Portvalian"])
def test_a_name_over_a_paper_over_the_stamp(paper):
    # (the story names the reporter again in its closing note: no name alone under the title)
    page = (
        f"{TITLE}\nIlse Marrow\n{paper}\nPublished 4:05 a.m. CT March 27, 2025\n"
        + STORY
        + "Ilse Marrow covers city hall. Reach her at imarrow@portvale.com.\n"
    )
    assert parse_text(page)["reporters"] == ["Ilse Marrow"]


def test_a_paper_by_a_hyphenated_name_over_the_stamp_is_no_person():
    page = (
        f"{TITLE}\nIlse Marrow\nPortvale Examiner-Enterprise\n"
        "Published 6:00 a.m. CT Sept. 20, 2025\n" + STORY
    )
    got = parse_text(page)
    assert got["reporters"] == ["Ilse Marrow"]
    assert got["outlet"] == "Portvale Examiner-Enterprise"


@pytest.mark.parametrize(
    ("credit", "photographers", "agencies"),
    [
        ("TIMES PILOT PHOTO BY TOMÁS VENN", ["Tomás Venn"], ["Times Pilot"]),
        ("Photo: Lenn Museum & Wildlife Preserve", [], ["Lenn Museum & Wildlife Preserve"]),
        ("Picture: Google Streetview", [], ["Google"]),
    ],
)
def test_who_the_credit_names(credit, photographers, agencies):
    assert credit_people(credit) == (photographers, agencies)


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        (
            "This story was originally published by Lenn Voice and is republished under a "
            "Creative Commons license.",
            "republished_note",
        ),
        ("Do you have a story idea? Email the newsroom at news@portvale.com.", "tip_line"),
        ("Have a story or a press release? Send it to news@portvale.com.", "tip_line"),
        (
            "All articles and letters published on Portvale24 have been independently written "
            "by members of the community.",
            "disclaimer",
        ),
        # guard: the note's form with permission
        (
            "This story was originally published by Lenn Voice and is republished with permission.",
            "republished_note",
        ),
    ],
)
def test_page_chrome(line, rule):
    assert closing_chrome_rule(line) == rule
