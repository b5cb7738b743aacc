"""Wrong outlets and agencies the parser named where it should have named the page's paper or
none (a wrong value costs more than an empty one, FIELD_GUIDE.md): a person's name run into the
paper's short name before a post, a post glued to a surname, a short alias many papers share,
a photo agency's source line, a site's address cut at its dot, a topic list beside a byline,
an agency's 'News'; a wire's sign-off with its web address, a stamp with an odd comma. Every
text here is invented."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.parse import parse_text
from pipeline.parse.bylines import byline_people
from pipeline.parse.dates import find_date, is_date_line
from tests.pages import credit_people

STORY = (
    "The county will open two new cooling centres this week as temperatures climb, officials "
    "said on Tuesday, after a record number of calls to the emergency line last summer.\n"
    "The centres will stay open until nine in the evening and offer water and a place to rest, "
    "the county's health director said at a briefing outside the library.\n"
)


def page(masthead: str, byline: str, story: str = STORY, footer: str = "") -> str:
    return (
        f"{masthead}\nHome\nNews\nSports\nOpinion\n"
        "County opens cooling centres as heat wave settles in\n"
        f"{byline}\nMarch 12, 2025\n{story}{footer}"
    )


@pytest.mark.parametrize(
    ("byline", "name"),
    [
        ("By Nora Castell Spectator Reporter", "Nora Castell"),
        ("By Maria Lund SENTINEL Staff Writer", "Maria Lund"),
        ("By Maria LundReporter", "Maria Lund"),  # the template's missing space
        # guards: a post alone after the name; the paper's staff signing without a name
        ("By Maria Lund Staff Writer", "Maria Lund"),
    ],
)
def test_a_name_before_its_paper_s_short_name_and_post(byline: str, name: str) -> None:
    assert byline_people(byline) == ([name], [])


def test_a_name_run_into_the_short_name_is_no_outlet() -> None:
    parsed = parse_text(
        page(
            "The Portvale Spectator",
            "By Nora Castell Spectator Reporter",
            footer="© Copyright 2025 The Portvale Spectator\n",
        )
    )
    assert parsed["reporters"] == ["Nora Castell"]
    assert parsed["outlet"] == "The Portvale Spectator"
    glued = parse_text(page("Portvale Beacon", "By Maria LundReporter"))
    assert glued["reporters"] == ["Maria Lund"]
    assert glued["outlet"] is None


def test_the_inquirer_on_its_own_page_and_another_paper_s() -> None:
    """'Inquirer' names many papers: the table holds no bare alias for one of them."""
    bio = "Maria Lund covers the county for The Inquirer.\n"
    parsed = parse_text(page("The Portvale Inquirer", "By Maria Lund", story=STORY + bio))
    assert parsed["outlet"] == "The Portvale Inquirer"
    assert credit_people("Maria Lund | Galion Inquirer") == (["Maria Lund"], ["Galion Inquirer"])


def test_a_photo_agency_s_source_line_names_no_outlet() -> None:
    caption = (
        "The county health director at a briefing on Tuesday. Photo credit: Jo Li/AFP\n"
        "Source: Getty Images\n"
    )
    lines = STORY.splitlines()
    parsed = parse_text(page("Portvale Beacon", "By Maria Lund", f"{lines[0]}\n{caption}"))
    assert parsed["outlet"] != "Getty Images"
    assert parsed["outlet"] is None
    # guard: a wire's source line still names the story's maker
    wired = parse_text(page("Portvale Beacon", "Source: Reuters"))
    assert wired["outlet"] == "Reuters"


def test_a_site_told_by_its_address() -> None:
    told = "Two officials told Portvale.com the centres would stay open through September.\n"
    footer = "© Copyright 2025 Portvale.com. All rights reserved.\n"
    parsed = parse_text(page("Portvale.com", "Home", story=STORY + told, footer=footer))
    assert parsed["outlet"] == "Portvale.com"


def test_a_topic_list_beside_the_byline_is_no_paper() -> None:
    parsed = parse_text(
        page(
            "Portvale Beacon",
            "Posted by Maria Lund on March 12, 2025\nCategories: Health, Local News",
        )
    )
    assert parsed["reporters"] == ["Maria Lund"]
    assert parsed["outlet"] != "Categories: Health, Local News"


@pytest.mark.parametrize(
    ("credit", "agencies"),
    [
        ("YONHAP News", ["Yonhap"]),
        ("Jo Li/Xinhua News", ["Xinhua"]),
        ("NEWS PHOTO JO LI", ["NEWS"]),  # guard: a paper's short name alone
    ],
)
def test_an_agency_s_news_is_the_agency(credit: str, agencies: list[str]) -> None:
    assert credit_people(credit)[1] == agencies


@pytest.mark.parametrize(
    "story_end",
    [
        # the wire's sign-off with its address, glued to the last sentence or alone under it
        # (over the editors' initials and the page's chrome, which the rules take it for)
        "The county said the centres would close in October.(NAN)(www.nannews.ng)\n",
        "The county said the centres would close in October.\n(NAN)(www.nannews.ng)\n"
        "OAA/FAO\nEdited by Jo Li\nShare this:\nFacebook\nRelated Posts\n",
    ],
)
def test_a_wire_s_signoff_with_its_address(story_end: str) -> None:
    parsed = parse_text(page("Portvale Express", "Home", story=STORY + story_end))
    assert parsed["outlet"] == "News Agency of Nigeria"


def test_a_stamp_with_a_space_before_its_comma() -> None:
    """Al Arabiya's 'Published: 16 April ,2025: 11:02 AM GST': the stamp under the wire's name
    makes that name the story's byline, not a photo's credit."""
    stamp = "Published: 16 April ,2025: 11:02 AM GST"
    assert is_date_line(stamp)
    assert find_date(stamp) == dt.date(2025, 4, 16)
    text = (
        "Al Portvale English\nNews\nMiddle East\n"
        "County opens cooling centres as heat wave settles in, officials say\n"
        f"Reuters\n{stamp}\n{STORY}"
    )
    parsed = parse_text(text)
    assert parsed["title"] == "County opens cooling centres as heat wave settles in, officials say"
    assert parsed["outlet"] == "Reuters"
    assert parsed["published"] == dt.date(2025, 4, 16)


@pytest.mark.parametrize(
    ("byline", "footer", "outlet"),
    [
        # the tag's initials spelled out by the page: not the table's Catholic News Service
        ("By Coastal News Service", "", "Coastal News Service"),
        ("Home", "© Copyright 2025 Cayvale News Service\n", "Cayvale News Service"),
        # guard: a tag the page does not spell out is the table's
        ("By Jo Li", "", "Catholic News Service"),
    ],
)
def test_a_dateline_tag_the_page_spells_out(byline: str, footer: str, outlet: str) -> None:
    story = "PORTVALE (CNS) — " + STORY
    assert (
        parse_text(page("Portvale Daily", byline, story=story, footer=footer))["outlet"] == outlet
    )


@pytest.mark.parametrize(
    ("masthead", "byline", "outlet"),
    [
        # the page's paper by its short name, one the table knows as another's ('Variety')
        ("Marivale Variety", "Variety News Staff", "Marivale Variety"),
        ("Times of Portvale", "Posted by: Times Reporter", "Times of Portvale"),
    ],
)
def test_the_paper_s_short_name_on_its_own_page(masthead: str, byline: str, outlet: str) -> None:
    footer = f"Copyright © 2025 {masthead}. All rights reserved.\n"
    assert parse_text(page(masthead, byline, footer=footer))["outlet"] == outlet


def test_a_copyright_line_s_dash_after_the_year() -> None:
    """'© Copyright 2025 — Portvale Newspapers': the owner is the paper, not 'Copyright ...'."""
    footer = "© Copyright 2025 — Portvale Guardian Newspapers\n"
    parsed = parse_text(page("Portvale Guardian", "Guardian Reporter", footer=footer))
    assert parsed["outlet"] == "Portvale Guardian"


def test_a_bio_s_paper_that_holds_an_alias() -> None:
    """'... for the Sun Herald': the paper the table lacks, not The Sun; a sub-brand's words
    stay the organisation's ('BBC World Service')."""
    bio = "Maria Lund covers the environment for the Sun Herald. She joined in 2019.\n"
    parsed = parse_text(page("Home", "By Maria Lund", story=STORY + bio))
    assert parsed["outlet"] == "Sun Herald"
    bio = "Maria Lund is a correspondent for the BBC World Service in Oslo.\n"
    assert parse_text(page("Home", "By Maria Lund", story=STORY + bio))["outlet"] == "BBC"


def test_a_wire_s_tag_on_a_page_whose_copyright_names_the_wire_s_owner() -> None:
    """Guard: '(Reuters)' on a page whose footer names 'Thomson/Reuters' stays Reuters."""
    story = "OTTAWA, Aug 14 (Reuters) - " + STORY
    footer = "© 2025 Thomson/Reuters. All rights Reserved.\n"
    parsed = parse_text(page("Portvale Daily", "By Jo Li", story=story, footer=footer))
    assert parsed["outlet"] == "Reuters"
