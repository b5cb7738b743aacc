"""Credit lines papers print under a caption that the parser took for story or chrome: the
loose credit in brackets ('(Jo Li/Portvale Lakes News)'), a staff photographer's or a special
contributor's post after the slash, the paper's photo by its photographer after a dash in
brackets, a town's or an office's own photo ('Village of Portvale photo'). Every text here is
invented."""

from __future__ import annotations

import pytest

from pipeline.parse.credits_glued import split_glued
from tests.pages import CAPTION, credit_people, media_of, under_caption


@pytest.mark.parametrize(
    ("line", "credit", "photographers", "agencies"),
    [
        (
            "(Ilse Marrow/Portvale Lakes News)",
            "Ilse Marrow/Portvale Lakes News",
            ["Ilse Marrow"],
            ["Portvale Lakes News"],
        ),
        (
            "(Ilse Marrow / Staff Photographer)",
            "Ilse Marrow / Staff Photographer",
            ["Ilse Marrow"],
            [],
        ),
        (
            "(Ilse Marrow / Special Contributor)",
            "Ilse Marrow / Special Contributor",
            ["Ilse Marrow"],
            [],
        ),
        # (the town's government is the photo's source, an agency as an office is)
        ("(Village of Portvale photo)", "Village of Portvale photo", [], ["Village of Portvale"]),
        ("Town of Portvale image", "Town of Portvale image", [], ["Town of Portvale"]),
        (
            "Portvale Harbour Department photo",
            "Portvale Harbour Department photo",
            [],
            ["Portvale Harbour Department"],
        ),
    ],
)
def test_a_credit_line_alone_under_its_caption(
    line: str, credit: str, photographers: list[str], agencies: list[str]
) -> None:
    got = under_caption(line)
    assert media_of(got) == [(credit, photographers, agencies)]
    assert line.strip("()") not in got["body"]


def test_a_special_contributor_is_no_agency() -> None:
    assert credit_people("Ilse Marrow / Special Contributor") == (["Ilse Marrow"], [])


def test_the_paper_s_photo_after_a_dash_in_brackets() -> None:
    line = f"{CAPTION} (Ilse Marrow photo - Portvale Lake Tribune)"
    assert split_glued(line) == (CAPTION, "Ilse Marrow photo - Portvale Lake Tribune")
    assert credit_people("Ilse Marrow photo - Portvale Lake Tribune") == (
        ["Ilse Marrow"],
        ["Portvale Lake Tribune"],
    )


def test_a_town_named_in_the_story_is_no_credit() -> None:
    """Guard: a town's government alone, without the word for a photo, under a paragraph."""
    got = under_caption("Village of Portvale", caption="The vote was close, officials said.")
    assert media_of(got) == []
