"""Photo credits fresh invented pages showed (session of 2026-12-06 15:22 UTC): an agency the
organisations table lacks, in capitals after a photographer's name and a slash ('Ivan
Kovač/PIXSELL'); a photo agency as a 'Source:' under the byline; a photographer's 'By' line
with a photo agency under a caption. Every text here is invented."""

from __future__ import annotations

import pytest

from pipeline.parse import parse_text
from pipeline.parse.credits import is_credit_line, read

_STORY = (
    "The port authority has signed a contract for shore power at the ferry terminal, "
    "letting ships switch off their engines while they wait at the quay.\n"
    "The project is worth around 18 million euros and will be finished by the end of next "
    "year, the authority said on Wednesday.\n"
)


@pytest.mark.parametrize(
    "line", ["Ivan Kovač/PIXSELL", "JO LI / HINAPIX", "Marta Horvat/FOTOPRESS"]
)
def test_a_person_then_an_agency_in_capitals_is_a_credit_line(line: str) -> None:
    assert is_credit_line(line)
    assert read(line).photographers


@pytest.mark.parametrize(
    "line", ["TALKING POINT/GOLD", "Jo Li/STAFF", "Ferry Terminal/NEWS", "Portvale Harbour/PIXSELL"]
)
def test_no_person_or_no_agency_after_the_slash_is_no_credit_line(line: str) -> None:
    """Guards: a wire's headline in capitals, a staff credit, a place before the slash."""
    assert not is_credit_line(line)


def test_the_credit_under_a_short_caption_is_read() -> None:
    text = (
        "Portvale Ferry News\nNews\nShore power deal signed for Portvale ferry terminal\n"
        "Petra Marić\nWednesday, 14 January 2026\nPortvale ferry port\nIvan Kovač/PIXSELL\n"
        + _STORY
    )
    media = parse_text(text)["media"]
    assert [(m["credit"], m["photographers"], m["agencies"]) for m in media] == [
        ("Ivan Kovač/PIXSELL", ["Ivan Kovač"], ["Pixsell"])
    ]


def _under_byline(line: str) -> str:
    return (
        "Portvale Nursing\nNews\nNurses at Portvale trust to get protected time for training\n"
        f"4 March, 2025\nBy Edie Harkness\n{line}\n" + _STORY
    )


@pytest.mark.parametrize(
    ("line", "agency"),
    [("Source: Shutterstock", "Shutterstock"), ("(Source: Getty Images)", "Getty Images")],
)
def test_a_photo_agency_as_the_source_under_the_byline_is_a_credit(line: str, agency: str) -> None:
    parsed = parse_text(_under_byline(line))
    assert [m["agencies"] for m in parsed["media"]] == [[agency]]
    assert parsed["outlet"] is None


def test_a_wire_as_the_source_under_the_byline_is_the_outlet() -> None:
    """Guard: 'Source: Reuters' there names the story's maker, no photo's."""
    parsed = parse_text(_under_byline("Source: Reuters"))
    assert parsed["outlet"] == "Reuters"
    assert parsed["media"] == []


def test_a_photographer_by_line_with_a_photo_agency_is_a_credit() -> None:
    text = (
        "Portvale Fair\nHollywood\nInside the messy exit of Northlight's co-chief\n"
        "By Priya Venkataraman\nMarch 12, 2025\n"
        "Marla Dennison at the Northlight party in Los Angeles, September 2024.\n"
        "By Jordan Halloway/Getty Images.\n" + _STORY
    )
    parsed = parse_text(text)
    assert parsed["reporters"] == ["Priya Venkataraman"]
    assert [(m["photographers"], m["agencies"]) for m in parsed["media"]] == [
        (["Jordan Halloway"], ["Getty Images"])
    ]
    assert parsed["outlet"] is None
