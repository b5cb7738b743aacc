"""Forms of sites the parser met first on the unseen36 and unseen37 pages (invented text,
worded apart from those pages): a paper's staff-photo label, a paper's file photo by its full
name, the 'Photography:' label, charities and press offices as offices, a photographer's or
a reader's credit glued to the caption, a map's maker, an agency's graphics desk, a blog's
stamp signed by the newsroom, the page's own name in a credit, a nonprofit newsroom's
republication note, and page chrome.

Cases marked "guard" pass on the code before these rules too; they pin what must not change."""

import pytest

from pipeline.parse import credits, credits_glued, parse_text
from tests.pages import (
    PARAGRAPHS,
    STORY,
    TITLE,
    closing_chrome_rule,
    credit_people,
    media_of,
    under_caption,
)


@pytest.mark.parametrize(
    ("line", "photographers", "agencies"),
    [
        ("PVT staff photo: Kara Venn", ["Kara Venn"], ["PVT"]),
        ("Ledger staff photo by Kara Venn", ["Kara Venn"], ["Ledger"]),
        ("Portvale Evening Ledger file photo", [], ["Portvale Evening Ledger"]),
        ("Photography: Kara Venn", ["Kara Venn"], []),
        ("Courtesy Fort Lenn Public Affairs", [], ["Fort Lenn Public Affairs"]),
        ("Photo: Harbour & Lochs Trust", [], ["Harbour & Lochs Trust"]),
        # guards: a paper's label without 'staff'; two photographers joined by '&'
        ("Ledger Photo: Kara Venn", ["Kara Venn"], ["Ledger"]),
        ("Photo: Kara Venn & Tomas Brandt", ["Kara Venn", "Tomas Brandt"], []),
    ],
)
def test_credit_lines_of_papers_offices_and_labels(line, photographers, agencies):
    assert credits.is_credit_line(line)
    assert credit_people(line) == (photographers, agencies)


def test_an_office_of_the_president_and_vice_president_is_one_agency():
    line = (
        "The president signs the water bill in Lenn Rock on Jan. 17. "
        "(Photo/Lenn Nation Office of the President and Vice President)"
    )
    split = credits_glued.split_glued(line)
    assert split is not None
    got = credits.read(split[1])
    assert list(got.agencies) == ["Lenn Nation Office of the President and Vice President"]
    assert list(got.photographers) == []


def test_the_photography_label_is_read_whole():
    """'Photography:' is a label of its own, not 'Photograph' and a stray 'y:'."""
    assert credits.read("Photography: Kara Venn").credit == "Kara Venn"


CAPTION = "The restored ballroom, seen during a press visit on January 29."


@pytest.mark.parametrize(
    ("tail", "credit"),
    [
        (" | Kara Venn", "Kara Venn"),
        (" | Lenn Pavilion Charity", "Lenn Pavilion Charity"),
        (" Photo: Harbour & Lochs Trust", "Photo: Harbour & Lochs Trust"),
        ("  Picture: Google", "Picture: Google"),
        (" Picture: Submitted by reader Kara Venn", "Picture: Submitted by reader Kara Venn"),
        # guards: a name after a bar that closes no sentence; a label and a person's name
        (" Photo: Kara Venn", "Photo: Kara Venn"),
    ],
)
def test_credits_glued_to_a_stopped_caption(tail, credit):
    assert credits_glued.split_glued(CAPTION + tail) == (CAPTION, credit)


def test_a_name_after_a_bar_in_a_page_title_is_no_credit():
    """guard: no full stop before the bar, so no caption's end."""
    assert credits_glued.split_glued("Harbour board shuts the old ferry pier | Kara Venn") is None


@pytest.mark.parametrize(
    ("credit", "photographers", "agencies"),
    [
        ("Picture: Submitted by reader Kara Venn", ["Kara Venn"], []),
        ("Image: Google Street View", [], ["Google"]),
        ("Picture: Google Maps", [], ["Google"]),
    ],
)
def test_who_a_reader_or_map_credit_names(credit, photographers, agencies):
    assert credit_people(credit) == (photographers, agencies)


def test_an_agency_graphics_desk_in_brackets_closing_a_caption():
    line = "A chart of the projected growth in the harbour workforce to 2030 (PA Graphics)"
    assert credits_glued.split_glued(line) == (
        "A chart of the projected growth in the harbour workforce to 2030",
        "PA Graphics",
    )
    assert list(credits.read("PA Graphics").agencies) == ["PA"]


def test_a_name_and_a_one_word_paper_after_a_bar_under_the_caption():
    got = under_caption("Kara Venn | The Lennonian")
    assert media_of(got) == [("Kara Venn | The Lennonian", ["Kara Venn"], ["The Lennonian"])]


MASTHEAD = "Lenn Today\nNews\nSport\n"


def test_a_blog_stamp_signed_by_the_newsroom():
    got = parse_text(
        MASTHEAD + f"{TITLE}\nPosted on February 6, 2026 by Lenn Today Newsroom\n" + STORY
    )
    assert str(got["published"]) == "2026-02-06"
    assert got["outlet"] == "Lenn Today"
    assert got["reporters"] == []


def test_the_pages_own_name_in_a_credit_is_the_agency():
    caption = "The ferry arriving at the pier on a calm morning in January. (Picture: Lenn Today)"
    got = parse_text(MASTHEAD + f"{TITLE}\nBy Ilse Marrow\nJune 3, 2026\n{caption}\n" + STORY)
    assert media_of(got) == [("Lenn Today", [], ["Lenn Today"])]


def test_a_papers_one_word_short_name_is_the_pages_paper():
    page = (
        "The Portvale Chieftain\nNews\nSport\n"
        + f"{TITLE}\nBy Ilse Marrow\nJune 3, 2026\n{PARAGRAPHS[0]}\n"
        + "Walkers on the river path in this May 2025 file photo.\nChieftain file photo\n"
        + "\n".join(PARAGRAPHS[1:])
        + "\n"
    )
    assert media_of(parse_text(page)) == [("Chieftain file photo", [], ["The Portvale Chieftain"])]


def test_a_nonprofit_newsrooms_republication_note_names_the_outlet():
    got = parse_text(
        f"{TITLE}\nIlse Marrow\nJune 3, 2026\n"
        + STORY
        + "This story was originally published by Source NM, an independent, nonprofit news "
        "organization, and is republished here with permission.\n"
    )
    assert got["outlet"] == "Source NM"


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        (
            "The Local Democracy Reporting Service is a public service news partnership "
            "funded by the broadcaster and covering councils and other public bodies.",
            "about_outlet",
        ),
        (
            # (over 200 characters: a long line is matched at its start only)
            "National World encourages reader discussion on our stories. User feedback, "
            "insights and back-and-forth exchanges add a rich layer of context to reporting. "
            "Please review our Community Guidelines before commenting.",
            "comment_rules",
        ),
        ("Do you have a story for us? Get in touch with the newsdesk.", "news_tip"),
        (
            "Have you been affected by the storm? Send us your photos and stories.",
            "news_tip",
        ),
    ],
)
def test_page_chrome(line, rule):
    assert closing_chrome_rule(line) == rule
