"""A highlights box over a dateline paragraph (invented text). The dateline forms the same
matrix found are with the others in test_parse_fields.py."""

from __future__ import annotations

from pipeline.parse import parse_text


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
