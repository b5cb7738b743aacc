"""The outlet's own journalists, in forms fresh invented pages showed (session of 2026-12-06
15:22 UTC): a reporter with the wire in brackets over the stamp, under the headline's deck
('Jo Li (AAP)'); a bare closing credit ('WBEZ’s Jo Li contributed.'); the page's correspondent
introduced by a clause ("Press TV's correspondent Jo Li, who ..., said"). Every text here is
invented."""

from __future__ import annotations

from pipeline.parse import parse_text
from pipeline.parse.attribution import contributor_line, in_text_people

_STORY = (
    "The state and federal governments will share the cost of raising the town's levee by "
    "a metre, the emergency services minister said on Wednesday.\n"
    "Work is expected to begin in spring and take about two years to finish, according to "
    "the council's engineers.\n"
)


def test_a_reporter_and_the_wire_in_brackets_over_the_stamp_is_the_byline() -> None:
    text = (
        "Portvale Press\nNews\nFlood-hit Lachlan shire wins $14m to raise town levee\n"
        "The state and federal governments will jointly fund a levee upgrade for a town "
        "flooded twice in 2022.\nTess Langford (AAP)\nMarch 5, 2025 4:12pm\n" + _STORY
    )
    parsed = parse_text(text)
    assert parsed["reporters"] == ["Tess Langford"]
    assert parsed["outlet"] == "Australian Associated Press"
    assert parsed["media"] == []


def test_a_photographer_and_an_agency_over_the_stamp_stays_a_credit() -> None:
    """Guard: 'Jo Li/AAP PHOTOS' under a caption and over the stamp credits the photo."""
    text = (
        "Portvale Press\nNews\nFlood-hit Lachlan shire wins $14m to raise town levee\n"
        "Floodwater covered much of the town centre in November 2022.\n"
        "Marcus Ebeling/AAP PHOTOS\nMarch 5, 2025 4:12pm\n" + _STORY
    )
    parsed = parse_text(text)
    assert parsed["reporters"] == []
    assert [m["photographers"] for m in parsed["media"]] == [["Marcus Ebeling"]]


def test_a_bare_closing_credit_names_a_reporter() -> None:
    assert contributor_line("WPVL’s Kira Patel contributed.")
    text = (
        "WPVL Portvale\nNews\nSchool board backs later start times for high schools\n"
        "By Nadia Okafor\nMarch 5, 2025\n" + _STORY + "WPVL’s Kira Patel contributed.\n"
        "© 2025 WPVL\n"
    )
    assert parse_text(text)["reporters"] == ["Nadia Okafor", "Kira Patel"]


def test_a_bare_contributed_inside_a_sentence_names_no_one() -> None:
    """Guard: a paragraph that ends in 'contributed.' is no closing credit."""
    assert not contributor_line("The council said rising costs and a late start contributed.")


def test_a_correspondent_introduced_by_a_clause_is_the_outlet_s() -> None:
    body = (
        "Press Portvale's correspondent Maryam Sadeghi, who rode one of the first trains, "
        "said many passengers were commuters."
    )
    assert in_text_people(body, lambda org: org if org == "Press Portvale" else None) == [
        ("Press Portvale", "Maryam Sadeghi")
    ]


def test_a_bare_possessive_with_a_clause_names_no_reporter() -> None:
    """Guard: "Portvale Radio's Jo Li, who ..." without a job title may be anyone's."""
    body = "Portvale Radio's Jo Li, who hosts the morning show, said the station would move."
    assert in_text_people(body, lambda org: org) == []
