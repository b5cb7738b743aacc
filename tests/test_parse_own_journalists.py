"""The outlet's own journalists, in forms fresh invented pages showed (session of 2026-12-06
15:22 UTC): a reporter with the wire in brackets over the stamp, under the headline's deck
('Jo Li (AAP)'); a bare closing credit ('WBEZ’s Jo Li contributed.'); and no reporter from
a 'Gift Article' button or a linked story's byline under the story; a station's name, a bar
and the byline ('WFAE | By Jo Li') under a masthead with the station's frequency. Every text
here is invented."""

from __future__ import annotations

import pytest

from pipeline.parse import parse_text
from pipeline.parse.attribution import contributor_line
from pipeline.parse.roles_bylines import organisation_staff

_STORY = (
    "The state and federal governments will share the cost of raising the town's levee by "
    "a metre, the emergency services minister said on Wednesday.\n"
    "Work is expected to begin in spring and take about two years to finish, according to "
    "the council's engineers.\n"
)


def _over_the_stamp(above: str, line: str) -> str:
    return (
        "Portvale Press\nNews\nFlood-hit Lachlan shire wins $14m to raise town levee\n"
        f"{above}\n{line}\nMarch 5, 2025 4:12pm\n" + _STORY
    )


def test_a_reporter_and_the_wire_in_brackets_over_the_stamp_is_the_byline() -> None:
    deck = (
        "The state and federal governments will jointly fund a levee upgrade for a town "
        "flooded twice in 2022."
    )
    parsed = parse_text(_over_the_stamp(deck, "Tess Langford (AAP)"))
    assert parsed["reporters"] == ["Tess Langford"]
    assert parsed["outlet"] == "Australian Associated Press"
    assert parsed["media"] == []


def test_a_photographer_and_an_agency_over_the_stamp_stays_a_credit() -> None:
    """Guard: 'Jo Li/AAP PHOTOS' under a caption and over the stamp credits the photo."""
    caption = "Floodwater covered much of the town centre in November 2022."
    parsed = parse_text(_over_the_stamp(caption, "Marcus Ebeling/AAP PHOTOS"))
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


def test_a_gift_button_under_the_headline_is_no_reporter() -> None:
    text = (
        "Portvale Post\nWorld\nAmericas\nCopper miners end underground sit-in after bonus deal\n"
        "3 min\nGift Article\nShare\nComment\nBy Natalia Ramos\nMarch 4, 2025\n" + _STORY
    )
    assert parse_text(text)["reporters"] == ["Natalia Ramos"]


def test_a_linked_story_s_byline_under_the_story_is_no_reporter() -> None:
    text = (
        "Portvale Fair\nHollywood\nInside the messy exit of Northlight's co-chief\n"
        "By Priya Venkataraman\nMarch 12, 2025\n"
        + _STORY
        + "More Great Stories From Portvale Fair\n"
        "The After-Party Was Calmer Than Ever. Almost.\nRead More\nHollywood\n"
        "The Streaming Wars Have a New Casualty\nBy Oliver Tamsin\nAbout Portvale Fair\n"
    )
    parsed = parse_text(text)
    assert parsed["reporters"] == ["Priya Venkataraman"]
    assert "More Great Stories" not in parsed["body"]


def test_a_byline_under_a_read_more_label_over_the_story_stays() -> None:
    """Guard: 'By Jo Li' under the headline is the story's, wherever a label stands."""
    text = (
        "Portvale Fair\nRead More\nThe streaming wars have a new casualty\nBy Oliver Tamsin\n"
        "March 12, 2025\n" + _STORY
    )
    assert parse_text(text)["reporters"] == ["Oliver Tamsin"]


def _station_page(byline: str) -> str:
    return (
        "WPVL 90.7 - Portvale's NPR News Source\nPlay Live Radio\nDonate\nLocal News\n"
        "Politics\nLocal News\nCommissioners pull funding for proposed sports complex\n"
        f"{byline}\nPublished March 5, 2025 at 4:35 PM EST\n" + _STORY
    )


@pytest.mark.parametrize("byline", ["WPVL | By Marcus Tillery", "90.7 WPVL | By Marcus Tillery"])
def test_a_station_s_name_a_bar_and_the_byline(byline: str) -> None:
    parsed = parse_text(_station_page(byline))
    assert parsed["title"] == "Commissioners pull funding for proposed sports complex"
    assert (parsed["reporters"], parsed["outlet"]) == (["Marcus Tillery"], "WPVL")


def test_a_bar_before_a_by_that_names_no_one_is_no_byline() -> None:
    """Guard: 'Budget | By the numbers' is a section's heading, no byline."""
    parsed = parse_text(_station_page("Budget | By the numbers"))
    assert parsed["reporters"] == []
    assert parsed["outlet"] is None


@pytest.mark.parametrize(
    ("byline", "outlet"),
    [
        ("Author: 10News Staff", "10News"),
        ("By KPVL 11 Staff", "KPVL 11"),
        ("By AP Staff", "Associated Press"),
    ],
)
def test_an_organisation_s_staff_signing_is_the_outlet(byline: str, outlet: str) -> None:
    text = (
        "Skip to content\nNews\nSevier County\nCommissioners pause new short-term rental permits\n"
        f"{byline}\nPublished: 5:47 PM EDT April 22, 2025\n" + _STORY
    )
    parsed = parse_text(text)
    assert (parsed["reporters"], parsed["outlet"]) == ([], outlet)


@pytest.mark.parametrize("byline", ["By Jo Li Staff", "By JO LI STAFF"])
def test_a_person_s_name_before_staff_names_no_outlet(byline: str) -> None:
    assert organisation_staff(byline) is None


def test_a_post_under_the_reporter_s_name_is_no_reporter() -> None:
    text = (
        "Portvale Farmers Journal\nDairy\nCo-op raises base milk price for March supplies\n"
        "Siobhán Delaney\nDairy Specialist\nPublished on 14 April 2025\n" + _STORY
    )
    assert parse_text(text)["reporters"] == ["Siobhán Delaney"]


def test_a_name_over_a_separator_s_line_over_the_stamp_is_the_byline() -> None:
    text = (
        "Portvale Hive\nVancouver\nUrbanized\nNew rental tower approved next to SkyTrain station\n"
        "Harlan Desai\n|\nMar 20 2025, 9:05 pm\n" + _STORY
    )
    parsed = parse_text(text)
    assert parsed["title"] == "New rental tower approved next to SkyTrain station"
    assert parsed["reporters"] == ["Harlan Desai"]


def _brand_page(paragraph: str) -> str:
    return (
        "p24NEWS\nNews\nPortvale harbour strike ends after wage deal\n"
        "March 26, 2025 at 11:04 AM\n"
        + _STORY
        + paragraph
        + "\n© 2025 p24NEWS. All rights reserved.\n"
    )


def test_a_lower_case_brand_s_correspondent_reporting_is_a_reporter() -> None:
    """'i24NEWS correspondent Jo Li reported ...' on the brand's own page (session of
    2026-12-06 18:05 UTC)."""
    paragraph = (
        "p24NEWS correspondent Tal Oren reported from the port that the first cranes began "
        "unloading a container ship shortly after 6 a.m."
    )
    parsed = parse_text(_brand_page(paragraph))
    assert parsed["reporters"] == ["Tal Oren"]
    assert parsed["outlet"] == "p24NEWS"


def test_a_lower_case_word_before_a_correspondent_names_no_brand() -> None:
    """Guard: 'our correspondent Jo Li reported' names no organisation and credits no one."""
    paragraph = (
        "Our local correspondent Tal Oren reported from the port that the first cranes began "
        "unloading a container ship shortly after 6 a.m."
    )
    assert parse_text(_brand_page(paragraph))["reporters"] == []


def test_contributions_from_under_the_byline_name_a_second_reporter() -> None:
    """'Contributions from Jo Li' under the byline (Future plc's sites)."""
    text = (
        "Phones\nVireo's new update fixes the camera complaint everyone had\n"
        "By Tom Hadley published 22 July 2025\nContributions from Jenna Holt\n" + _STORY
    )
    assert parse_text(text)["reporters"] == ["Tom Hadley", "Jenna Holt"]


def test_a_channel_s_reporter_who_spoke_with_people_on_its_page_is_a_reporter() -> None:
    """ "KOB 4's Jo Li spoke with neighbors" on the page of 'KOB 4'."""
    paragraph = "PVTV 4's Ramona Quintana spoke with neighbors who said they had complained."
    text = (
        "PVTV 4\nWatch Live\nNews\nPortvale harbour strike ends after wage deal\n"
        "March 26, 2025 at 11:04 AM\n" + _STORY + paragraph + "\n"
    )
    assert parse_text(text)["reporters"] == ["Ramona Quintana"]


def test_another_outlet_s_journalist_who_spoke_with_people_is_no_reporter() -> None:
    """Guard: 'BBC's Jo Li spoke with ...' on another page reports another outlet's work."""
    paragraph = "The BBC's Ramona Quintana spoke with neighbors who said they had complained."
    text = (
        "PVTV 4\nWatch Live\nNews\nPortvale harbour strike ends after wage deal\n"
        "March 26, 2025 at 11:04 AM\n" + _STORY + paragraph + "\n"
    )
    assert parse_text(text)["reporters"] == []


def test_a_closing_credit_opening_with_by_names_the_reporters() -> None:
    """'(By Jo Li and Kim Bo; Editing by Ann Lee)' under a republished wire story: the
    reporters, not the editor; the credit stays with the story."""
    credit = "(By Fabiola Cardenas and Tomas Errazuriz; Editing by Marguerite Hale)"
    got = parse_text("Portvale harbour strike ends after wage deal\n" + _STORY + credit + "\n")
    assert got["reporters"] == ["Fabiola Cardenas", "Tomas Errazuriz"]
    assert credit in got["body"]


def test_two_authors_each_over_a_post_of_their_own_are_both_reporters() -> None:
    """'Jo Li' / 'Reporter' / 'Kim Bo' / 'Digital Producer' under the stamp (Hearst's
    stations; session of 2026-12-06 18:05 UTC)."""
    text = (
        "WPVT 9 logo\nNews\nPortvale harbour strike ends after wage deal\n"
        "Updated: 7:18 PM EST Jan 24, 2025\nCaroline Bertrand\nReporter\nNolan Fisk\n"
        "Digital Producer\nShare & Save\n" + _STORY
    )
    assert parse_text(text)["reporters"] == ["Caroline Bertrand", "Nolan Fisk"]


def test_a_name_between_a_post_and_a_line_of_the_story_is_no_author() -> None:
    """Guard: 'Jo Li' / 'Reporter' / 'Kim Bo' / the story: no post under the second name."""
    text = (
        "WPVT 9 logo\nNews\nPortvale harbour strike ends after wage deal\n"
        "Updated: 7:18 PM EST Jan 24, 2025\nCaroline Bertrand\nReporter\nNolan Fisk\n" + _STORY
    )
    assert "Nolan Fisk" not in parse_text(text)["reporters"]
