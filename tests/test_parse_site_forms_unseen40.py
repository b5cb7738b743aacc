"""Forms of sites the parser met first on the unseen40 and unseen41 pages (invented text,
worded apart from those pages): a photographer's name in capitals run into the paper's, a
'Mc' in a name set in capitals, a paper's name glued to its 'pic', local picture agencies,
conservancies and a French-speaking town as offices, Metroland, a caption's label in
capitals over its glued credit, and page chrome.

Cases marked "guard" pass on the code before these rules too; they pin what must not change."""

import pytest

from pipeline.parse import credits, credits_glued, parse_text
from pipeline.parse.names import title_case
from tests.pages import (
    PARAGRAPHS,
    TITLE,
    closing_chrome_rule,
    credit_people,
    media_of,
    under_caption,
)


@pytest.mark.parametrize(
    ("credit", "photographers", "agencies"),
    [
        ("KARA VENN Portvale Herald", ["Kara Venn"], ["Portvale Herald"]),
        ("KARA McVENN/THE PORTVALE HERALD", ["Kara McVenn"], ["The Portvale Herald"]),
        ("Kara Venn/Metroland", ["Kara Venn"], ["Metroland Media"]),
        # guard: a name in capitals and its paper after a slash
        ("KARA VENN/THE PORTVALE HERALD", ["Kara Venn"], ["The Portvale Herald"]),
    ],
)
def test_credit_lines_under_a_caption(credit, photographers, agencies):
    assert media_of(under_caption(credit)) == [(credit, photographers, agencies)]


def test_a_name_in_capitals_over_a_place_is_no_credit():
    """guard: two words in capitals, then words naming no paper."""
    assert not credits.caps_name_paper("NEW YORK Harbour Walk")


def test_a_capitals_mc_is_title_cased():
    assert title_case("KARA McVENN") == "Kara McVenn"
    # guard: a name in title case stays as written
    assert title_case("Kara McVenn") == "Kara McVenn"


@pytest.mark.parametrize(
    ("credit", "photographers", "agencies"),
    [
        ("Photo: Portvale News and Pictures", [], ["Portvale News and Pictures"]),
        ("Courtesy Ville de Lennville", [], ["Ville de Lennville"]),
        ("Photo: Lenn Harbour Conservancy", [], ["Lenn Harbour Conservancy"]),
        ("Portvalepic by KARA VENN", ["Kara Venn"], ["Portvale"]),
    ],
)
def test_who_the_credit_names(credit, photographers, agencies):
    assert credit_people(credit) == (photographers, agencies)


def test_a_papers_name_glued_to_its_pic_after_a_dash():
    line = (
        "Vendors pack up their stalls at the harbour market on Monday. – Portvalepic by KARA VENN"
    )
    assert credits_glued.split_glued(line) == (
        "Vendors pack up their stalls at the harbour market on Monday.",
        "Portvalepic by KARA VENN",
    )


def test_a_caption_label_in_capitals_is_no_dateline():
    caption = (
        "NEW LOOK: Nurses prepare beds in the renovated ward at Portvale Hospital. PHOTO: NAMPA"
    )
    page = (
        f"{TITLE}\nBy Ilse Marrow\nJune 3, 2026\n{caption}\n"
        + f"PORTVALE – {PARAGRAPHS[0]}\n"
        + "\n".join(PARAGRAPHS[1:])
        + "\n"
    )
    got = parse_text(page)
    assert got["dateline_place"] == "Portvale"
    assert [m["caption"] for m in got["media"]] == [caption.removesuffix(" PHOTO: NAMPA")]


def test_a_known_place_in_capitals_before_a_colon_still_opens_the_story():
    """guard: 'BEIJING: ...' with a credit glued is the story's dateline paragraph."""
    page = (
        f"{TITLE}\nBy Ilse Marrow\nJune 3, 2026\n"
        + f"BEIJING: {PARAGRAPHS[0]} (AP Photo/Kara Venn)\n"
        + "\n".join(PARAGRAPHS[1:])
        + "\n"
    )
    assert parse_text(page)["dateline_place"] == "Beijing"


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Have a story idea? Email news@portvaleherald.com.", "tip_line"),
        ("Got a story? Email news@portvaleherald.com or message us.", "tip_line"),
        (
            "Stay updated with the latest news from Portvale by downloading the Portvale App.",
            "newsletter",
        ),
        (
            "Independent local news costs money to produce. Any contribution keeps it free "
            "to read.",
            "reader_appeal",
        ),
        ("More coverage: Portvale City Council", "see_also"),
    ],
)
def test_page_chrome(line, rule):
    assert closing_chrome_rule(line) == rule
