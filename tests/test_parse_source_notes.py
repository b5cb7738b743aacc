"""A story's closing note of where it came from ('Source: TRT World and Agencies'), as fresh
invented pages showed (session of 2026-12-06 18:05 UTC). Every text here is invented."""

from __future__ import annotations

import pytest

from pipeline.parse import parse_text
from tests.pages import PARAGRAPHS, TITLE


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


def test_an_affiliate_commission_notice_is_boilerplate() -> None:
    """'When you purchase through links on our site, we may earn an affiliate commission.'"""
    notice = (
        "When you purchase through links on our site, we may earn an affiliate commission. "
        "Here’s how it works."
    )
    parsed = parse_text(_page(notice))
    assert {b["text"]: b["rule"] for b in parsed["boilerplate"]}.get(notice) == "disclaimer"
    assert notice not in parsed["body"]


def test_an_aggregator_s_tag_before_the_provider_s_dateline_is_skipped() -> None:
    """'(MENAFN- IANS) Thiruvananthapuram, March 5 (IANS) The ...': the provider's dateline
    and wire; the aggregator's disclaimer under the story is chrome, so the wire's sign-off
    closes the story."""
    first = (
        "(PVFN- IANS) Portvale, March 5 (IANS) The state government on Wednesday announced "
        "a scheme to install solar-powered irrigation pumps for 12,000 small farmers."
    )
    disclaimer = (
        'PVFN provides the information "as is" without warranty of any kind. We do not accept '
        "any responsibility or liability for the accuracy of the information in this article."
    )
    text = (
        f"{TITLE}\n3/5/2025 4:12:36 AM\n{first}\n"
        + "\n".join(PARAGRAPHS[1:])
        + f"\n--IANS\nLegal Disclaimer:\n{disclaimer}\n"
    )
    got = parse_text(text)
    assert (got["dateline_place"], got["outlet"]) == ("Portvale", "Indo-Asian News Service")
    assert {b["text"]: b["rule"] for b in got["boilerplate"]}[disclaimer] == "disclaimer"


def test_a_stamp_of_labelled_cells_between_bars_names_its_source() -> None:
    """'Edited By: Jo Li|Last Updated: Mar 10, 2025, 12:41 PM IST|Source: IANS' (Zee News):
    the story's stamp, under its headline; the editor is no reporter."""
    stamp = "Edited By: Shashank Tripathi|Last Updated: Mar 10, 2025, 12:41 PM IST|Source: IANS"
    text = f"News\nIndia\n{TITLE}\n{stamp}\n" + "\n".join(PARAGRAPHS) + "\n"
    got = parse_text(text)
    assert (got["title"], str(got["published"])) == (TITLE, "2025-03-10")
    assert (got["outlet"], got["reporters"]) == ("Indo-Asian News Service", [])


def test_a_source_note_with_the_wire_s_closing_credit_names_the_wire() -> None:
    """'Source: Reuters (Reporting by Jo Li; Editing by Kim Bo)' under a trade site's story."""
    note = "Source: Reuters (Reporting by Arjun Menon in Singapore; Editing by Harriet Quinn)"
    got = parse_text(_page(note))
    assert (got["outlet"], got["reporters"]) == ("Reuters", ["Arjun Menon"])


@pytest.mark.parametrize(
    ("byline", "outlet", "reporters"),
    [
        # Advance Local's freelancer, for the site by its address
        ("By Priya Ostrowski | For portvalelive.com", "portvalelive.com", ["Priya Ostrowski"]),
        # a regional wire the table lacks, by its name
        ("By Portvale City News Service", "Portvale City News Service", []),
    ],
)
def test_a_byline_naming_its_client_or_a_news_service_names_the_outlet(
    byline: str, outlet: str, reporters: list[str]
) -> None:
    text = f"{TITLE}\n{byline}\nPublished: September 17, 2024\n" + "\n".join(PARAGRAPHS) + "\n"
    got = parse_text(text)
    assert (got["outlet"], got["reporters"]) == (outlet, reporters)
