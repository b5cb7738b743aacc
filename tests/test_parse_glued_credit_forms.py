"""Photo credits in forms fresh invented pages showed (session of 2026-12-06 18:05 UTC):
glued to a caption's end after a bracket, a dash or a bar, under a lead photo's caption, and
the organisations' words that passed for a photographer's name. Every text here is invented."""

from __future__ import annotations

import pytest

from pipeline.parse import parse_text
from tests.pages import (
    PARAGRAPHS,
    TITLE,
    between_paragraphs,
    credit_people,
    media_of,
    under_caption,
)

_SCENE = "Workers lift a rusted beam from the old ferry pier at Portvale"


def _glued(caption_and_credit: str) -> list[tuple[str | None, list[str], list[str]]]:
    """The media of a page whose caption line carries its credit, between paragraphs."""
    return media_of(between_paragraphs(caption_and_credit))


@pytest.mark.parametrize(
    ("line", "credit", "photographers", "agencies"),
    [
        # Oklahoma Watch's handout, the source after a slash in brackets
        (
            f"{_SCENE}. (Provided/Portvale Department of Mental Health and Substance Abuse "
            "Services)",
            "Provided/Portvale Department of Mental Health and Substance Abuse Services",
            [],
            ["Portvale Department of Mental Health and Substance Abuse Services"],
        ),
        # the Malaysian papers' dash, with the day the photo was taken, or a photographer
        (
            f"{_SCENE}. – Bernama pic, June 25, 2025",
            "Bernama pic, June 25, 2025",
            [],
            ["Bernama"],
        ),
        (
            f"{_SCENE}. – The Portvale Vibes pic by Fadzil Rahman",
            "The Portvale Vibes pic by Fadzil Rahman",
            ["Fadzil Rahman"],
            ["The Portvale Vibes"],
        ),
        (f"{_SCENE} on Monday — BERNAMA pic", "BERNAMA pic", [], ["Bernama"]),
        # a copyright sign in brackets (Japan Forward's) or after a dash (AFP's clients')
        (f"{_SCENE}. (©Kyodo)", "Kyodo", [], ["Kyodo"]),
        (
            f"{_SCENE}. (©Sankei by Kenji Aoki)",
            "Sankei by Kenji Aoki",
            ["Kenji Aoki"],
            ["The Sankei Shimbun"],
        ),
        (
            f"{_SCENE} on Monday — © AFP Rodrigo ARANEDA",
            "AFP Rodrigo ARANEDA",
            ["Rodrigo Araneda"],
            ["AFP"],
        ),
        # LatestLY's plural label; a map's source; AP's video
        (f"{_SCENE} (Photo Credits: Pixabay)", "Pixabay", [], ["Pixabay"]),
        (
            "The latest drought map shows dry soils across the Portvale plains. (Map courtesy "
            "of U.S. Drought Monitor)",
            "Map courtesy of U.S. Drought Monitor",
            [],
            ["U.S. Drought Monitor"],
        ),
        (
            f"{_SCENE} on Monday. (AP Video/Maya Ortiz)",
            "AP Video/Maya Ortiz",
            ["Maya Ortiz"],
            ["Associated Press"],
        ),
        # a freelancer's credit, the paper after 'for' (the Post-Tribune's); Kenyan papers'
        # 'PHOTO/Courtesy'
        (
            f"{_SCENE}. (Nadia Brzezinski/for the Portvale Post-Tribune)",
            "Nadia Brzezinski/for the Portvale Post-Tribune",
            ["Nadia Brzezinski"],
            [],
        ),
        (f"{_SCENE} on Monday, March 17, 2025. PHOTO/Courtesy", "Courtesy", [], []),
        # Israel Hayom's bar and an office's spokesperson
        (
            f"{_SCENE} | Photo: Municipality spokesperson",
            "Municipality spokesperson",
            [],
            [],
        ),
    ],
)
def test_a_credit_glued_to_its_caption_is_read(
    line: str, credit: str, photographers: list[str], agencies: list[str]
) -> None:
    assert _glued(line) == [(credit, photographers, agencies)]


def test_a_copyright_sign_in_a_sentence_is_no_credit() -> None:
    """Guard: '© 2025 ...' inside prose, no credit after it, stays the story's."""
    assert _glued(f"{_SCENE}, the company said (© 2025 all rights reserved)") == []


def test_the_byline_s_name_under_the_lead_photo_s_caption_credits_the_reporter() -> None:
    """'By Jo Li' / stamp / '<caption>.' / 'Jo Li' / story: the reporter took the lead photo
    (Phoenix New Times'); the name elsewhere (byline, bio, contact) does not stop it."""
    text = (
        f"{TITLE}\nBy Caleb Ortiz\nFebruary 12, 2025\nA front lawn in east Portvale on "
        f"February 10.\nCaleb Ortiz\n{PARAGRAPHS[0]}\n{PARAGRAPHS[1]}\n"
        "Caleb Ortiz is a staff writer at the Portvale Times.\nContact: Caleb Ortiz\n"
    )
    got = parse_text(text)
    assert media_of(got) == [("Caleb Ortiz", ["Caleb Ortiz"], [])]
    assert got["reporters"] == ["Caleb Ortiz"]


def test_another_name_under_a_paragraph_under_the_stamp_is_no_credit() -> None:
    """Guard: a name the byline does not give, which the story names, stays as it was."""
    text = (
        f"{TITLE}\nBy Caleb Ortiz\nFebruary 12, 2025\nA front lawn in east Portvale on "
        f"February 10.\nDana Whitfield\n{PARAGRAPHS[0]}\nDana Whitfield said the rule was "
        "unfair to owners of older homes.\n"
    )
    assert media_of(parse_text(text)) == []


@pytest.mark.parametrize(
    "source",
    ["Portvale Arts Collective", "Halverson Realty Advisors", "Andes Cobre", "Nordvik Energi"],
)
def test_an_organisation_handing_out_a_photo_is_no_photographer(source: str) -> None:
    assert credit_people(f"Courtesy {source}") == ([], [source])


@pytest.mark.parametrize(
    ("credit", "photographers", "agencies"),
    [
        # McClatchy's name and wire without a separator (a census given name: 'Nolan')
        ("Nolan Pryce AP", ["Nolan Pryce"], ["Associated Press"]),
        # a county's government under its map; a freelancer for a site by its address
        ("Manatee County Government", [], ["Manatee County Government"]),
        ("Lyle Brennan | For portvalelive.com", ["Lyle Brennan"], []),
        # a station's video, its label before a slash (K24's)
        ("VIDEO/P24 TV", [], ["P24 TV"]),
    ],
)
def test_a_credit_alone_under_a_caption_is_read(
    credit: str, photographers: list[str], agencies: list[str]
) -> None:
    assert [(p, a) for _, p, a in media_of(under_caption(credit))] == [(photographers, agencies)]


def test_a_bar_then_the_photographer_and_the_paper_after_a_slash_credit_the_photo() -> None:
    """'... on Monday, April 21. | Jo Li / Burnaby Now' (Glacier Media's papers): the caption
    ends at its sentence, the credit names the photographer (the paper, unknown, as written)."""
    media = _glued(f"{_SCENE} on Monday, April 21. | Ayesha Mirza / Portvale Now")
    assert [(credit, "Ayesha Mirza" in people) for credit, people, _ in media] == [
        ("Ayesha Mirza / Portvale Now", True)
    ]
