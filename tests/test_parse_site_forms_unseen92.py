"""Forms the rules missed on the pages of unseen92 and unseen94 (US broadcast and public radio
sites; Asian, Middle Eastern and African sites; invented text, worded apart from those pages):

- a station's call sign or a brand's one-word name ('KPVL', 'PVB', 'PortNation'), the page's
  first line past its skip links, that the page writes again under its headline ('(KPVL)'
  under a photo, 'By Jo Li (PVB)') is the page's name, and so the outlet of the story its
  reporter signs; 'Portvale Public Media' keeps 'Media' as part of its name;
- bylines: 'By Jo Li (PVB)' names Jo Li; 'By KPVL-TV.com News Staff' is the site's own
  byline, its address the outlet;
- credits: a call sign with its band or 'News' in brackets closing a caption
  ('(KPVL News)', '(WPVT-TV)'), not a bare one after a story's paragraph (a ticker);
- chrome: an affiliate-marketing disclosure, 'A free press is a cornerstone of ...', 'Stay
  up-to-date with ... by downloading our app', a summary box's 'What You Need To Know';
- a stamp's 'Updated as of <date>'.

Cases marked "guard" pass on the code before these rules too; they pin what must not change."""

import pytest

from pipeline.parse import bylines, dates, parse_text
from pipeline.parse.credits_glued import split_glued
from tests.pages import PARAGRAPHS, TITLE, rule_of, story_with

SCENE = "Cars parked along the stadium road in Portvale on Monday, June 2, 2025."


def page(*lines: str) -> dict:
    return parse_text("\n".join(lines) + "\n")


def station_page(masthead: str, byline: str, credit_line: str, footer: str) -> dict:
    return page(
        "Skip to content", masthead, "Portvale", "58°", "News", "Weather", "Traffic", TITLE,
        byline, "Posted: Jun 3, 2025 / 02:14 PM PDT", credit_line, *PARAGRAPHS, footer,
        "Copyright 2025 Example Broadcasting Inc. All rights reserved.",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("masthead", "credit_line", "footer", "outlet"),
    [
        ("KPVL", f"{SCENE} (KPVL)", "Most read", "KPVL"),
        ("WPVT-TV", SCENE, "WPVT-TV", "WPVT-TV"),
        ("PortNation", SCENE, "Trending on PortNation", "PortNation"),
        # guard: not written again under the headline, no page name, no outlet
        ("KPVL", SCENE, "Most read", None),
        # guard: menu words and a platform's name over the headline are no masthead
        ("MENU", SCENE, "MENU", None),
        ("LinkedIn", SCENE, "Follow us on LinkedIn", None),
    ],
)
def test_a_call_sign_or_brand_over_the_page_signs_the_staff_story(
    masthead, credit_line, footer, outlet
):
    got = station_page(masthead, "by: Ilse Marrow", credit_line, footer)
    assert got["reporters"] == ["Ilse Marrow"]
    assert got["outlet"] == outlet


def test_a_bracketed_station_after_the_byline_names_the_reporter_and_the_page():
    got = station_page("PVB", "By Ilse Marrow (PVB)", SCENE, "Most read")
    assert got["reporters"] == ["Ilse Marrow"]
    assert got["outlet"] == "PVB"


def test_a_public_media_masthead_keeps_its_last_word():
    got = page(
        "Skip to main content", "Portvale Public Media", "News 88.1", "Classical", TITLE,
        "By Ilse Marrow", "June 3, 2025", *PARAGRAPHS, "Portvale Public Media is a service of",
        "© 2025 Portvale Public Media",
    )  # fmt: skip
    assert got["outlet"] == "Portvale Public Media"


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("By Ilse Marrow (PVB)", (["Ilse Marrow"], [])),
        ("By Ilse Marrow (Reuters)", (["Ilse Marrow"], ["Reuters"])),  # guard
        ("By KPVL-TV.com News Staff", ([], ["KPVL-TV.com"])),
        ("By portvale.com Staff", ([], ["portvale.com"])),
        ("By Ilse Marrow and Oren Vask", (["Ilse Marrow", "Oren Vask"], [])),  # guard
    ],
)
def test_byline_forms(byline, expected):
    assert bylines.byline_people(byline) == expected


def test_a_sites_staff_byline_is_the_byline_under_the_headline():
    got = page(
        "Skip to content", "KPVL Channel 4 - Portvale", "News", "Local", TITLE,
        "By KPVL-TV.com News Staff", "March 28, 2025 at 5:41 pm EDT",
        f"{SCENE} (KPVL-TV)", *PARAGRAPHS,
    )  # fmt: skip
    assert got["title"] == TITLE
    assert got["outlet"] == "KPVL-TV.com"
    assert [m["credit"] for m in got["media"]] == ["KPVL-TV"]


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        (f"{SCENE} (KPVL News)", "KPVL News"),
        (f"{SCENE} (WPVT-TV)", "WPVT-TV"),
        # guard: a bare code in brackets closing a story's paragraph is a ticker
        ("The company said it expected the deal to close in the third quarter. (WHCB)", None),
    ],
)
def test_a_stations_call_sign_closing_a_caption(line, credit):
    split = split_glued(line)
    assert (split[1] if split else None) == credit


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        (
            "Portvale Broadcasting participates in various affiliate marketing programs, which "
            "means we may get paid commissions on products purchased through our links.",
            "disclaimer",
        ),
        (
            "A free press is a cornerstone of a healthy democracy. Support trusted journalism.",
            "support_pitch",
        ),
        ("Stay up-to-date with the latest news from KPVL by downloading our app", "app_promo"),
        ("What You Need To Know", "section_label"),
        ("Key takeaways", "section_label"),
        ("What you need to know about the pier closure", None),  # guard: a headline's words
    ],
)
def test_chrome_rows(line, rule):
    assert rule_of(story_with(line), line) == rule


@pytest.mark.parametrize(
    ("line", "is_stamp"),
    [
        ("Posted at Jun 04 2025 06:41 PM | Updated as of Jun 04 2025 08:02 PM", True),
        ("As of Thursday, July 17, 2025", True),  # guard
        ("The fares rose again as of June 4, 2025", False),  # guard
    ],
)
def test_updated_as_of_stamp(line, is_stamp):
    assert dates.is_date_line(line) is is_stamp


# Round twenty-five, from unseen93 (UK, Irish, Australian, New Zealand and Canadian national
# and broadcast sites).


@pytest.mark.parametrize(
    ("masthead", "footer", "outlet"),
    [
        ("Portvale.ie", "© Portvale.ie 2025", "Portvale.ie"),
        # guard: a portal's address over a paper's section, named in its app's promotion only
        ("Portvale.ie", "Download the Portvale.ie app", None),
    ],
)
def test_a_sites_address_over_the_page_named_in_its_notice(masthead, footer, outlet):
    got = page(
        masthead, "News", "Sport", TITLE, "By Ilse Marrow", "March 14, 2025", *PARAGRAPHS, footer,
    )  # fmt: skip
    assert got["outlet"] == outlet


def test_a_masthead_opening_with_its_channels_number():
    got = page(
        "9 Portvale News", "News", "Sport", TITLE, "Ilse Marrow", "14 Mar 2025 - 6:30pm",
        "Commuters wait for a replacement bus outside the station on Monday.",
        "9 Portvale News", *PARAGRAPHS,
    )  # fmt: skip
    assert got["outlet"] == "9 Portvale News"
    assert [m["credit"] for m in got["media"]] == ["9 Portvale News"]


def test_a_short_name_in_capitals_under_the_story_names_the_masthead():
    got = page(
        "PVTN News", "Watch Live", "News", TITLE, "By Ilse Marrow", "March 14, 2025",
        *PARAGRAPHS, "About PVTN", "© 2025 PVTN",
    )  # fmt: skip
    assert got["outlet"] == "PVTN News"


def test_the_pages_name_between_a_caption_and_the_story_credits_the_photo():
    got = page(
        "Portvale Live", "News", "Sport", TITLE, "By Portvale Live", "Published 14th Mar 2025",
        "Emergency services at the scene on the harbour road on Wednesday.", "Portvale Live",
        *PARAGRAPHS, "Portvale Live",
    )  # fmt: skip
    assert [m["credit"] for m in got["media"]] == ["Portvale Live"]
    assert got["body"].startswith(PARAGRAPHS[0])


def test_the_pages_name_after_a_paragraph_is_no_credit():  # guard
    got = page(
        "Portvale Live", "News", TITLE, "By Ilse Marrow", "March 14, 2025", *PARAGRAPHS[:2],
        "Portvale Live", PARAGRAPHS[2], "Portvale Live",
    )  # fmt: skip
    assert got["media"] == []


def test_a_journalists_post_under_the_name_is_no_reporter():
    got = page(TITLE, "Ilse Marrow", "Digital Journalist", "14 Mar 2025 - 6:30pm", *PARAGRAPHS)
    assert got["reporters"] == ["Ilse Marrow"]
