"""A page's name written as a brand: opening in lower case or holding digits ('i24NEWS',
'eNCA'), as fresh invented pages showed (session of 2026-12-06 15:22 UTC). Every text here is
invented."""

from __future__ import annotations

from pipeline.parse import parse_text

_STORY = (
    "Dockworkers at Portvale harbour returned to work on Wednesday, ending a strike that had "
    "left a dozen cargo ships waiting offshore, after a wage deal was signed overnight.\n"
    "Under the deal, wages rise by 6% over two years and overtime is capped at 12 hours a "
    "week, the port company said in a statement.\n"
)


def _page(brand: str, byline: str | None, notice: bool = True) -> str:
    top = f"{brand}\nWatch Live\nNews\nEconomy\nPortvale dockworkers end strike after wage deal\n"
    top += "The agreement includes a raise over two years and limits on overtime\n"
    if byline is not None:
        top += f"{byline}\n"
    page = top + "March 26, 2025 at 11:04 AM\n" + _STORY
    return page + (f"© 2025 {brand}. All rights reserved.\n" if notice else "About us\n")


def test_a_brand_with_digits_signing_its_own_story_is_the_outlet() -> None:
    assert parse_text(_page("p24NEWS", "p24NEWS"))["outlet"] == "p24NEWS"


def test_a_brand_opening_in_lower_case_signing_its_own_story_is_the_outlet() -> None:
    assert parse_text(_page("pVTV", "pVTV"))["outlet"] == "pVTV"


def test_the_brand_in_the_masthead_and_the_copyright_notice_is_the_outlet() -> None:
    """An unsigned story under a masthead its own notice names again, as for any page name."""
    assert parse_text(_page("p24NEWS", None))["outlet"] == "p24NEWS"


def test_the_brand_in_the_masthead_alone_names_no_outlet() -> None:
    """Guard: the masthead alone is no outlet cue (a site reprints others' stories)."""
    assert parse_text(_page("p24NEWS", None, notice=False))["outlet"] is None


def test_a_lower_case_word_in_the_masthead_is_no_brand() -> None:
    """Guard: 'news' over the menu, signing nothing, names no outlet."""
    assert parse_text(_page("news", "news"))["outlet"] is None


def _signed(masthead: str, signature: str, owner: str) -> str:
    return (
        f"{masthead}\nHome\nLocal News\nBusiness\nAgriculture\n"
        "Tobacco season opens with higher prices at Portvale auction floors\n"
        f"{signature}\nMarch 12, 2025\n" + _STORY + f"© 2025 {owner}. All Rights Reserved.\n"
    )


def test_an_acronym_s_reporter_names_the_paper_its_letters_spell() -> None:
    text = _signed("PVB News Online", "By PVB Reporter", "Portvale Valley Broadcasting")
    assert parse_text(text)["outlet"] == "Portvale Valley Broadcasting"


def test_an_acronym_s_reporter_names_the_masthead_that_opens_with_it() -> None:
    text = _signed("PVB News Online", "By PVB Reporter", "Harbour Holdings")
    assert parse_text(text)["outlet"] == "PVB News"


def test_another_acronym_s_reporter_names_no_outlet() -> None:
    """Guard: 'By KTB Reporter' on a page whose names neither open with nor spell 'KTB'."""
    text = _signed("PVB News Online", "By KTB Reporter", "Portvale Valley Broadcasting")
    assert parse_text(text)["outlet"] is None


def test_a_paper_named_by_two_papers_words_joined_is_the_outlet() -> None:
    text = (
        "Home\nProvincial News\n"
        "Province pauses plan to close two rural ambulance bases\n"
        "Mireille Cormier | Telegraph-Journal\nMar 5, 2025\n" + _STORY
    )
    parsed = parse_text(text)
    assert (parsed["reporters"], parsed["outlet"]) == (["Mireille Cormier"], "Telegraph-Journal")


def test_a_hyphenated_surname_is_no_paper() -> None:
    """Guard: 'Jo Li | Smith-Jones' names two people's parts, no paper."""
    text = (
        "Portvale Times\nNews\nProvince pauses plan to close two rural ambulance bases\n"
        "Mireille Cormier | Smith-Jones\nMar 5, 2025\n" + _STORY
    )
    assert parse_text(text)["outlet"] is None


def test_a_menu_section_repeated_over_the_headline_is_no_page_name() -> None:
    """'Local News' in the menu and again as the section label: no masthead, no outlet (the
    story signed by a reporter, the page's own name in no line that parses as one)."""
    text = (
        "Portvale\nLocal News\nSports\nObituaries\nLocal News\n"
        "City council backs rebuild of Bellevue Park boat launch\n"
        "Ines Bertrand\nMar 11, 2025 2:00 PM\n" + _STORY + "Local News\n"
    )
    assert parse_text(text)["outlet"] is None


def test_a_station_told_by_its_call_sign_on_its_channel_s_page_is_the_outlet() -> None:
    """'Pruitt told PVTV that ...' on the page of 'PVTV 9' (session of 2026-12-06 18:05 UTC)."""
    told = "The fire chief told WPVT that no injuries had been reported at the harbour."
    text = (
        "WPVT 9 logo\nNews\nWeather\nPortvale dockworkers end strike after wage deal\n"
        "Updated: 7:18 PM EST Jan 24, 2025\n" + _STORY + told + "\nWPVT-TV\n"
    )
    assert parse_text(text)["outlet"] == "WPVT"


def test_a_station_told_on_another_channel_s_page_is_no_outlet() -> None:
    """Guard: 'told WPVT' on the page of 'WKLM 4' names no outlet."""
    told = "The fire chief told WPVT that no injuries had been reported at the harbour."
    text = (
        "WKLM 4 logo\nNews\nWeather\nPortvale dockworkers end strike after wage deal\n"
        "Updated: 7:18 PM EST Jan 24, 2025\n" + _STORY + told + "\nWKLM-TV\n"
    )
    assert parse_text(text)["outlet"] is None
