"""A story's closing note of where it came from ('Source: TRT World and Agencies'), as fresh
invented pages showed (session of 2026-12-06 18:05 UTC). Every text here is invented."""

from __future__ import annotations

import pytest

from pipeline.parse import parse_text
from tests.pages import PARAGRAPHS


def _page(note: str) -> str:
    story = "\n".join(PARAGRAPHS)
    return f"PVTV World\nHarbour board shuts the old ferry pier for repairs\n{story}\n{note}\n"


@pytest.mark.parametrize(
    ("note", "outlet"),
    [
        ("Source: PVTV World and Agencies", "PVTV World"),
        ("Source: Portvale Broadcasting and news agencies", "Portvale Broadcasting"),
        ("(Source: Portvale Broadcasting with agencies)", "Portvale Broadcasting"),
    ],
)
def test_a_source_note_naming_an_outlet_and_the_wires_names_the_outlet(
    note: str, outlet: str
) -> None:
    """The outlet wrote the story from wire copy besides its own: it is the story's outlet."""
    assert parse_text(_page(note))["outlet"] == outlet


def test_a_source_note_naming_the_wires_alone_names_no_outlet() -> None:
    """Guard: 'Source: Agencies' names no one."""
    assert parse_text(_page("Source: Agencies"))["outlet"] is None


def test_a_source_note_naming_an_outlet_and_another_is_no_single_outlet() -> None:
    """Guard: two named organisations ('X and Portvale Post') are not read as one."""
    got = parse_text(_page("Source: PVTV World and Portvale Post"))["outlet"]
    assert got != "PVTV World"
