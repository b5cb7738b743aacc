"""Byline and credit layouts under an invented headline or after an invented story: names
alone, names with an outlet, job titles, contacts, name particles, honorifics, closing
credits and sign-offs (all text invented)."""

from collections.abc import Sequence
from typing import Any

import pytest

from pipeline.parse import parse_text
from pipeline.parse.bylines import byline_people
from pipeline.parse.names import person_name

HEADLINE = "Valley council approves new footbridge over the Lenn"
DATELINE_STORY = [
    "BRAMHOLT, Wales — The valley council voted on Thursday to build a footbridge over the "
    "river Lenn, ending a long argument over the old ford that floods every winter.",
    "The bridge will cost about 3 million pounds and should open late next year, the "
    "council said in a note after the meeting.",
    "Farmers had asked for a wider crossing for their tractors, but the plan keeps the "
    "bridge narrow to protect the river banks.",
]
PLAIN_STORY = [
    "The valley council voted on Thursday to build a footbridge over the river Lenn, ending "
    "a long argument over the old ford that floods every winter and cuts the village in two.",
    *DATELINE_STORY[1:],
]


def _page(*lines: str) -> str:
    return "\n".join(lines)


def _parse(
    above: Sequence[str], below: Sequence[str] = (), story: Sequence[str] = DATELINE_STORY
) -> dict[str, Any]:
    return parse_text(_page(HEADLINE, *above, *story, *below))


def test_name_bar_wire_under_headline_over_dateline_is_byline():
    got = _parse(["Odile Ferrant | Reuters"])
    assert got["title"] == HEADLINE
    assert got["reporters"] == ["Odile Ferrant"]
    assert got["outlet"] == "Reuters"
    assert got["line_roles"][1] == "byline"
    assert got["media"] == []


def test_name_comma_newspaper_under_headline_over_long_paragraph_is_byline():
    got = _parse(["Odile Ferrant, The Guardian"], story=PLAIN_STORY)
    assert got["title"] == HEADLINE
    assert got["reporters"] == ["Odile Ferrant"]
    assert got["outlet"] == "The Guardian"
    assert got["media"] == []


def test_bar_credit_under_a_caption_stays_a_photo_credit():
    caption = "Walkers cross the flooded ford near Bramholt on Wednesday."
    text = _page(
        HEADLINE,
        caption,
        "Piet Kessel | Bloomberg | Getty Images",
        *DATELINE_STORY,
    )
    got = parse_text(text)
    assert got["title"] == HEADLINE
    assert got["reporters"] == []
    assert got["outlet"] is None
    assert got["line_roles"][1:3] == ["caption", "credit"]
    assert got["media"][0]["caption"] == caption
    assert got["media"][0]["photographers"] == ["Piet Kessel"]
    assert got["media"][0]["agencies"] == ["Bloomberg", "Getty Images"]


def test_bar_credit_of_a_photo_agency_under_headline_stays_a_photo_credit():
    got = _parse(["Piet Kessel | Getty Images"])
    assert got["reporters"] == []
    assert got["line_roles"][1] == "credit"
    assert got["media"][0]["photographers"] == ["Piet Kessel"]
    assert got["media"][0]["agencies"] == ["Getty Images"]


def test_two_names_alone_under_headline_are_the_byline():
    got = _parse(["Odile Ferrant and Kasimir Dunne"])
    assert got["title"] == HEADLINE
    assert got["reporters"] == ["Odile Ferrant", "Kasimir Dunne"]
    assert got["line_roles"][:2] == ["title", "byline"]


def test_headline_naming_people_of_the_story_stays_the_headline():
    story = [
        "BRAMHOLT, Wales — Hedda Morrow and Ivo Castell opened the valley's first cider "
        "press on Thursday, two years after the old mill closed its doors.",
        "Morrow said the press would buy apples from every farm in the valley this autumn.",
    ]
    text = _page("Hedda Morrow and Ivo Castell", *story)
    got = parse_text(text)
    assert got["title"] == "Hedda Morrow and Ivo Castell"
    assert got["reporters"] == []


def test_capitals_headline_with_a_job_word_stays_the_headline():
    title = "NORTH QUAY CHAIR, HARBOUR WRITERS MEET"
    got = parse_text(_page(title, *DATELINE_STORY))
    assert got["title"] == title
    assert got["reporters"] == []


def test_name_particles_are_part_of_the_name():
    got = _parse(["By Johan van der Velde"])
    assert got["title"] == HEADLINE
    assert got["reporters"] == ["Johan van der Velde"]
    assert person_name("Ana de la Cruz Ibarra") == "Ana de la Cruz Ibarra"
    assert person_name("Omar al-Rashidi") == "Omar al-Rashidi"
    assert person_name("JOHAN VAN DER VELDE") == "Johan van der Velde"


def test_staff_writer_and_special_to_bylines_under_headline():
    for line in ("Odile Ferrant, Staff Writer", "Odile Ferrant, Special to the Valley Courier"):
        got = _parse([line])
        assert got["title"] == HEADLINE, line
        assert got["reporters"] == ["Odile Ferrant"], line
        assert got["line_roles"][1] == "byline", line


def test_posted_by_is_a_byline():
    got = _parse(["Posted by Odile Ferrant"])
    assert got["title"] == HEADLINE
    assert got["reporters"] == ["Odile Ferrant"]


def test_by_name_on_date():
    got = _parse(["By Odile Ferrant on March 3, 2021"])
    assert got["reporters"] == ["Odile Ferrant"]
    assert str(got["published"]) == "2021-03-03"
    # 'on' inside a name is no stamp word
    assert byline_people("By Ilse Marason March 3, 2021")[0] == ["Ilse Marason"]


def test_byline_with_email_or_handle():
    got = _parse(["By Odile Ferrant odile.ferrant@example.org"])
    assert got["reporters"] == ["Odile Ferrant"]
    got = _parse(["Odile Ferrant @oferrant"])
    assert got["title"] == HEADLINE
    assert got["reporters"] == ["Odile Ferrant"]
    assert got["line_roles"][1] == "byline"


@pytest.mark.parametrize("place", [" in Bramholt", ""])
def test_closing_credit_without_brackets(place):
    """With or without where the reporter filed from (a by-line without it): story, not a
    byline, as the same credit in its brackets is."""
    got = _parse([], [f"Reporting by Odile Ferrant{place}; Editing by Kasimir Dunne"])
    assert got["reporters"] == ["Odile Ferrant"]
    assert got["line_roles"][-1] == "body"
    assert got["body"].endswith("Editing by Kasimir Dunne")


def test_short_closing_credit_in_brackets_stays_in_the_story():
    # short, so no prose line: it was left outside the body and its reporter lost
    got = _parse([], ["(Reporting by Odile Ferrant; Editing by Kasimir Dunne)"])
    assert got["reporters"] == ["Odile Ferrant"]
    assert got["line_roles"][-1] == "body"
    assert got["body"].endswith("(Reporting by Odile Ferrant; Editing by Kasimir Dunne)")


def test_closing_credit_in_square_brackets_names_its_reporters():
    got = _parse([], ["[Reporting by Odile Ferrant and Ana Berg; Editing by Kasimir Dunne]"])
    assert got["reporters"] == ["Odile Ferrant", "Ana Berg"]
    assert got["body"].endswith("Editing by Kasimir Dunne]")


def test_dash_signoff_names_writer_and_outlet():
    got = _parse([], ["— Odile Ferrant, Associated Press"])
    assert got["reporters"] == ["Odile Ferrant"]
    assert got["outlet"] == "Associated Press"
    assert got["line_roles"][-1] == "byline"
    assert got["media"] == []


@pytest.mark.parametrize(
    ("line", "outlet"),
    [("— AFP", "AFP"), ("-- Reuters", "Reuters"), ("— Associated Press", "Associated Press")],
)
def test_dash_and_wire_alone_closing_the_story_is_its_signoff(line, outlet):
    got = _parse([], [line])
    assert got["outlet"] == outlet
    assert got["line_roles"][-1] == "byline"
    assert got["reporters"] == []


def test_quoted_post_signature_is_no_signoff():
    got = _parse([], ["— Hedda Morrow (@heddamorrow) March 3, 2021"])
    assert got["reporters"] == []
    assert got["outlet"] is None


def test_honorific_off_and_suffix_kept():
    got = _parse(["By Dr. Odile Ferrant"])
    assert got["reporters"] == ["Odile Ferrant"]
    got = _parse(["By Kasimir Dunne Jr."])
    assert got["reporters"] == ["Kasimir Dunne Jr."]
    assert person_name("KASIMIR DUNNE JR.") == "Kasimir Dunne Jr."
    assert person_name("Kasimir Dunne Jr") == "Kasimir Dunne Jr"


def test_reported_from_closing_line_names_the_reporter():
    got = _parse([], ["Odile Ferrant reported from Bramholt."])
    assert got["reporters"] == ["Odile Ferrant"]
    assert got["outlet"] is None
    # an organisation's possessive before the name is the in-text attribution's case, which
    # needs a second cue naming the same outlet
    got = _parse([], ["Valley Radio’s Odile Ferrant reported from Bramholt."])
    assert got["reporters"] == []


@pytest.mark.parametrize(
    ("line", "reporters"),
    [
        ("Odile Ferrant • March 3, 2021", ["Odile Ferrant"]),
        ("Odile Ferrant | March 3, 2021 at 9:41 AM", ["Odile Ferrant"]),
        ("Odile Ferrant, March 3, 2021", ["Odile Ferrant"]),
        ("Odile Ferrant and Kasimir Dunne - March 3, 2021", ["Odile Ferrant", "Kasimir Dunne"]),
    ],
)
def test_names_and_a_stamp_on_one_line_are_the_byline(line, reporters):
    # it had been taken for the headline, and the headline above it for page chrome
    got = _parse([line])
    assert got["title"] == HEADLINE
    assert got["line_roles"][:2] == ["title", "byline"]
    assert got["reporters"] == reporters
    assert str(got["published"]) == "2021-03-03"


def test_a_headline_and_a_stamp_on_one_line_name_no_reporter():
    got = _parse(["Footbridge vote | March 3, 2021"])
    assert got["reporters"] == []


def test_two_names_alone_under_a_photo_block_are_the_byline():
    """Headline, photo credit, caption, names, story (a San Diego Union-Tribune page): the
    names line was chrome; a photo block above no longer hides the byline slot."""
    got = _parse(
        [
            "Anna Berg / AFP/Getty Images",
            "Farmers watch the river Lenn rise near the old ford on Monday.",
            "Farmers watch the river Lenn rise near the old ford on Monday. (Anna Berg / AFP)",
            "Tomas Weller, Ilse Dorn",
        ],
        story=PLAIN_STORY,
    )
    assert got["reporters"] == ["Tomas Weller", "Ilse Dorn"]
    assert got["line_roles"][:5] == ["title", "credit", "caption", "caption", "byline"]


def test_one_name_right_under_a_caption_is_no_byline():
    """A single name under a caption may be the photo's credit: no reporter."""
    got = _parse(
        ["Farmers watch the river Lenn rise near the old ford on Monday. (AFP)", "Tomas Weller"],
        story=PLAIN_STORY,
    )
    assert got["reporters"] == []


@pytest.mark.parametrize(
    "line",
    [
        "By Tomas Weller, Bramholt Courier",
        "Tomas Weller, Bramholt Courier",
        "Tomas Weller | Lenn Valley Gazette",
    ],
)
def test_a_paper_the_table_lacks_after_the_name_is_no_second_reporter(line):
    """'Bramholt Courier' passed for a person: a second reporter after 'By', and without
    'By' the line was chrome (the story names Bramholt). A title-case tail ending in a
    word that names newspapers (data) is the reporter's paper."""
    got = _parse([line])
    assert got["reporters"] == ["Tomas Weller"]
    assert got["line_roles"][1] == "byline"


def test_a_second_reporter_after_a_comma_stays_a_reporter():
    assert _parse(["By Tomas Weller, Ilse Dorn"])["reporters"] == ["Tomas Weller", "Ilse Dorn"]


@pytest.mark.parametrize(
    ("name", "post", "outlet"),
    [
        ("TOMAS WELLER", "Associated Press Writer", "Associated Press"),
        ("Tomas Weller", "AP Business Writer", "Associated Press"),
        ("By Tomas Weller", "AP National Security Writer", "Associated Press"),
        ("Tomas Weller", "Reuters Staff", "Reuters"),
    ],
)
def test_a_name_over_its_organisation_and_post_is_the_byline(name, post, outlet):
    """'JO LI' / 'Associated Press Writer' (the wire's two-line byline): the post line was
    chrome, and a name in capitals over it too, so the reporter was lost."""
    got = _parse([name, post], story=PLAIN_STORY)
    assert (got["reporters"], got["outlet"]) == (["Tomas Weller"], outlet)
    assert got["line_roles"][1:3] == ["byline", "byline"]


def test_a_post_without_an_organisation_names_no_outlet():
    got = _parse(["Tomas Weller", "Staff Writer"], story=PLAIN_STORY)
    assert (got["reporters"], got["outlet"]) == (["Tomas Weller"], None)


@pytest.mark.parametrize(
    "line",
    ["Tomas Weller / Staff Writer", "Tomas Weller — Staff writer", "Tomas Weller Contributor"],
)
def test_a_name_and_a_post_after_a_slash_a_dash_or_no_separator_is_the_byline(line):
    """Houston Chronicle's 'Jo Li / Staff Writer' and Forbes' 'Jo Li Contributor' named no
    one; 'Jo Li — Staff writer' opened the story as a dateline with the name as its place."""
    for story in (DATELINE_STORY, PLAIN_STORY):
        got = _parse([line], story=story)
        assert got["reporters"] == ["Tomas Weller"], (line, story[0])
        assert got["line_roles"][1] == "byline"
        assert got["dateline_place"] in (None, "Bramholt, Wales")


@pytest.mark.parametrize("joiner", ["and", "&"])
def test_names_of_a_byline_set_on_lines_of_their_own(joiner):
    """'By' / 'Jo Li' / 'and' / 'Kim Bo' (each name a link the scrape set apart): over a
    plain first paragraph the second name was chrome."""
    for story in (PLAIN_STORY, DATELINE_STORY):
        got = _parse(["By", "Tomas Weller", joiner, "Ilse Dorn"], story=story)
        assert got["reporters"] == ["Tomas Weller", "Ilse Dorn"]
        assert got["line_roles"][1:5] == ["byline"] * 4


# A first paragraph under 30 words that shows no sign of a photo's caption.
SHORT_FIRST = [
    "The valley council voted on Thursday to build a footbridge over the river Lenn.",
    *DATELINE_STORY[1:],
]


@pytest.mark.parametrize(
    "above",
    [
        [],  # right under the headline
        ["Print", "Popular Stories"],  # page chrome between
        ["Updated: July 16, 2018 — 7:15 AM EDT"],  # a date stamp between
    ],
)
@pytest.mark.parametrize(
    "byline",
    [
        "Odile Ferrant, The Guardian",
        "Odile Ferrant | Reuters",
        "Odile Ferrant — The Guardian",
        "Odile Ferrant  Reuters",  # a scrape's cells: two spaces
        "Odile Ferrant\tReuters",  # or a tab
    ],
)
def test_name_and_paper_over_a_short_first_paragraph_is_byline(above, byline):
    got = _parse([*above, byline], story=SHORT_FIRST)
    assert got["reporters"] == ["Odile Ferrant"]
    assert got["media"] == []
    assert got["line_roles"][1 + len(above)] == "byline"
    assert got["title"] == HEADLINE


def test_name_and_paper_over_a_caption_stays_a_photo_credit():
    """Guard: the line below dates the photo, so the line above is its credit."""
    caption = "Walkers cross the flooded ford near Bramholt, Wales, on Wednesday, July 11, 2018."
    got = _parse(["Odile Ferrant, The Guardian", caption], story=SHORT_FIRST)
    assert got["reporters"] == []
    assert got["media"][0]["credit"] == "Odile Ferrant, The Guardian"


def test_a_capitals_headline_naming_companies_atop_the_page_stays_the_title():
    """Guard: with nothing above it, 'JEFFERIES MAKES MARKET IN GENCORP, AMERICAN EXPRESS'
    over a dateline paragraph reads like names and a company; it is the headline."""
    head = "JEFFERIES MAKES MARKET IN GENCORP, AMERICAN EXPRESS"
    got = parse_text(
        _page(
            head,
            "NEW YORK, March 3 - Jefferies and Co said it is making a market in the stock of "
            "Gencorp Inc and American Express Co, the two companies it named on Tuesday.",
            "The firm gave no other details.",
        )
    )
    assert got["title"] == head
    assert got["reporters"] == []
