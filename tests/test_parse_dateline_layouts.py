"""Dateline layouts found by a matrix of invented datelines (tests on invented text)."""

from __future__ import annotations

import pytest

from pipeline.parse import dateline, parse_text


@pytest.mark.parametrize(
    ("line", "place", "wire"),
    [
        # a title-case place with a known wire tag takes a plain hyphen, not only a long dash
        ("Paris (AFP) - The harbour board met on Tuesday", "Paris", "AFP"),
        ("Lisbon, Portugal (Reuters) - Dock workers voted", "Lisbon, Portugal", "Reuters"),
        # the story right after a known tag, with no dash (CNN's style), spaced or glued
        ("Washington (CNN) The harbour board met on Tuesday", "Washington", "CNN"),
        ("NEW YORK (CNN)The harbour board met on Tuesday", "New York", "CNN"),
        ("Chappaqua, New York (CNN) The board met", "Chappaqua, New York", "CNN"),
        # capitals beyond ASCII
        ("SÃO PAULO (Reuters) - Dock workers voted", "São Paulo", "Reuters"),
        ("ZÜRICH, Switzerland — The harbour board met", "Zürich, Switzerland", None),
        ("Kraków — The harbour board met on Tuesday", "Kraków", None),
    ],
)
def test_more_dateline_layouts(line, place, wire):
    assert dateline.find(line) == dateline.Dateline(place, wire)


@pytest.mark.parametrize(
    "line",
    [
        "Yesterday — as expected — the board voted",
        "Meanwhile — and this matters — the fleet waited",
        "Finally -- after two years -- the quay opens",
        "US: ISIS did not use the weapon in the attack",  # a headline's topic label
        "Springfield (Ill) The board met",  # a tag that names no organisation, no dash
        "Jo Li (D) Said on Tuesday",
    ],
)
def test_sentence_openers_are_not_datelines(line):
    assert dateline.find(line) is None


def test_a_highlights_box_is_the_standfirst_and_the_story_opens_at_its_dateline():
    page = "\n".join(
        [
            "Harbour board backs the longer quay",
            "Story highlights The board voted 7-2 on Tuesday",
            "Work starts in the spring",
            "Tromso, Norway (CNN) The harbour board voted on Tuesday to extend the east quay by"
            " 200 metres, ending a two-year dispute over fishing rights in the bay.",
            "The extension will cost about 40 million kroner, the board said after the vote.",
        ]
    )
    got = parse_text(page)
    assert got["title"] == "Harbour board backs the longer quay"
    assert got["line_roles"] == ["title", "standfirst", "standfirst", "body", "body"]
    assert got["dateline_place"] == "Tromso, Norway"
    assert got["outlet"] == "CNN"
    assert got["body"].startswith("Tromso, Norway (CNN) The harbour board")
