"""The seed article parses exactly as the field guide's worked example."""

import json

import pytest

from pipeline.parse import parse_text
from tests.conftest import FIXTURES, SHARED

SEED_MEDIA = [
    {
        "kind": "photo",
        "slug": "Topshot - Ukraine - Russia - Conflict",
        "caption": "A Russian troop carrier burns next to the body of an unidentified soldier"
        " during the fighting between the Russian and Ukrainian armed forces in Kharkiv, eastern"
        " Ukraine, February 27, 2022.",
        "credit": "Serge Popock/AFP/Getty",
        "photographers": ["Serge Popock"],
        "agencies": ["AFP", "Getty Images"],
    },
    {
        "kind": "video",
        "slug": None,
        "caption": "Explosions have been reported in Ukraine. (February 24, 2022)",
        "credit": "CBS News",
        "photographers": [],
        "agencies": ["CBS News"],
    },
]


def test_self_written_seed_like_fixture_parses_to_its_expected_fields():
    expected = json.loads((FIXTURES / "seed_like.expected.json").read_text(encoding="utf-8"))
    got = parse_text((FIXTURES / "seed_like.txt").read_text(encoding="utf-8"))
    for field in (
        "title",
        "dateline_place",
        "reporters",
        "outlet",
        "published",
        "media",
        "quality_flags",
    ):
        assert got[field] == expected[field], field
    paragraphs = got["body"].split("\n\n")
    assert len(paragraphs) == expected["body_paragraphs"]
    assert paragraphs[0].startswith(expected["body_first_words"])
    assert [b["text"] for b in got["boilerplate"]] == expected["boilerplate"]


@pytest.mark.corpus
def test_shared_seed_parses_as_the_field_guide_says():
    seed = next((SHARED / "seeds").glob("*.txt"))
    got = parse_text(seed.read_text(encoding="utf-8"))
    assert got["title"] == (
        "Ukraine seeks ‘immediate ceasefire’ and Russian withdrawal in first"
        " direct talks during Putin’s ongoing invasion"
    )
    assert got["dateline_place"] == "Kyiv"
    assert got["reporters"] == ["Haley Ott"]
    assert got["outlet"] == "CBS News"
    assert got["published"] is None
    assert got["media"] == SEED_MEDIA
    paragraphs = got["body"].split("\n\n")
    assert paragraphs[0].startswith("Kyiv — Ukrainian and Russian delegates")
    assert paragraphs[-1].endswith("punished sanctions from the world’s richest nations.")
    assert [b["rule"] for b in got["boilerplate"]] == ["see_also", "comment_form", "comment_form"]
    assert got["boilerplate"][0]["text"].startswith("See also")
    assert "glued_words" in got["quality_flags"]
    assert "Serge Popock" not in got["body"] and "See also" not in got["body"]
