"""Forms of sites the parser met first on the unseen5 pages (invented text, worded apart from
those pages): a site's name atop its page, a section label that repeats its menu item, a
headline ending in an abbreviation or set in Title Case with full stops, a short deck under a
longer headline, reading-time and author-photo chrome, a blog's 'Posted by' stamp and a
breadcrumb trail, house credits ('(photo credit: ...)', '(Jo Li)', 'Post Photo: Jo Li',
'Provided'), a wire tag before the place, the Asahi's glued '--', the masthead's date of the
day, a name over a section label over the stamp, and reader-support pitches."""

import datetime as dt

import pytest

from pipeline.parse import credits, credits_glued, dateline, parse_text
from tests.pages import PARAGRAPHS, roles_of, story_with

STORY = "\n".join(PARAGRAPHS) + "\n"
MENU = "Home\nNews\nBusiness\nSport\nCulture\n"


def test_a_site_name_atop_its_page_that_its_copyright_line_holds():
    page = (
        "Portvale Online\nMonday, 3 November 2026\n"
        + MENU
        + "Harbour board shuts the old ferry pier for two years\n"
        + STORY
        + "© 2026 www.portvaleonline.com. All rights reserved.\n"
    )
    got = parse_text(page)
    assert got["title"] == "Harbour board shuts the old ferry pier for two years"
    assert roles_of(page)["Portvale Online"] == "boilerplate"


def test_a_headline_in_capitals_ending_in_a_paper_word_stays_the_headline():
    # ('BAHIA COCOA REVIEW' heads a Reuters story: ending in 'Review' makes no masthead)
    page = "PORTVALE FISH MARKET REVIEW\n" + STORY
    assert parse_text(page)["title"] == "PORTVALE FISH MARKET REVIEW"


def test_a_section_label_that_repeats_its_menu_item_is_no_headline():
    page = (
        "Harbours & Shipping\nCourts\nWeather\n"
        + "Harbours & Shipping\n"
        + "Portvale awards $40 million contract to rebuild the ferry pier\n"
        + "The pier, closed since the winter storms, will reopen to passenger boats in 2028 "
        + "under the plan the board approved on Monday.\n"
        + "By INES HALVORSEN, TOMAS REYES\n"
        + "NOVEMBER 3, 2026 18:22\n"
        + STORY
    )
    got = parse_text(page)
    assert got["title"] == "Portvale awards $40 million contract to rebuild the ferry pier"


def test_a_headline_ending_in_a_clock_times_abbreviation():
    page = (
        MENU
        + "Ferry board moves the first sailing of the day to 6:15 a.m.\n"
        + "The change, which starts in January, adds an evening boat for shift workers.\n"
        + "By Ines Halvorsen\n"
        + "November 3, 2026\n"
        + "5 minutes to read\n"
        + STORY
    )
    got = parse_text(page)
    assert got["title"] == "Ferry board moves the first sailing of the day to 6:15 a.m."
    assert roles_of(page)["5 minutes to read"] == "boilerplate"


def test_a_title_case_headline_with_full_stops_over_an_author_photo():
    page = (
        MENU
        + "Harbour Fees Are Too High. Here Is How the Board Could Fix Them.\n"
        + "Fishermen pay more to moor at Portvale than anywhere on the coast, and it shows.\n"
        + "Portrait of Ines Halvorsen\n"
        + "By Ines Halvorsen\n"
        + "Nov 3, 2026 5:45 PM\n"
        + STORY
    )
    got = parse_text(page)
    assert got["title"] == "Harbour Fees Are Too High. Here Is How the Board Could Fix Them."
    assert roles_of(page)["Portrait of Ines Halvorsen"] == "boilerplate"
    assert got["reporters"] == ["Ines Halvorsen"]


def test_a_short_deck_under_a_longer_headline_over_the_stamp():
    page = (
        MENU
        + "Harbour museum opens its flooded cellars to night visitors from June\n"
        + "Groups of up to 12, booking required\n"
        + "03 November 2026 17:42\n"
        + STORY
    )
    got = parse_text(page)
    assert got["title"] == "Harbour museum opens its flooded cellars to night visitors from June"
    assert roles_of(page)["Groups of up to 12, booking required"] == "standfirst"


def test_a_blogs_posted_by_stamp_and_a_breadcrumb_are_no_headline():
    page = (
        "PortvaleNewsNow\nHome\nBusiness\n"
        + "Home » Business » Ferry crews strike over the night rota\n"
        + "Ferry crews strike over the night rota\n"
        + "Posted by newsdesk | November 3, 2026 | Business | 0 Comments\n"
        + "Ferry crews walk off the boats at Portvale on Monday. Jo Li/Reuters\n"
        + STORY
        + "© 2026 PortvaleNewsNow. All rights reserved.\n"
    )
    assert parse_text(page)["title"] == "Ferry crews strike over the night rota"


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        (
            "The old ferry pier at Portvale, January 9, 2024. "
            "(photo credit: REUTERS/INES HALVORSEN)",
            "photo credit: REUTERS/INES HALVORSEN",
        ),
        ("Harbour police carry a recovered bell out of a shed on March 26. (Ines Halvorsen)", None),
        (
            "One of the stolen bells, photographed before it was taken (Provided by the harbour "
            "police)",
            "Provided by the harbour police",
        ),
    ],
)
def test_house_credits_glued_to_a_caption(line, credit):
    split = credits_glued.split_glued(line)
    assert split is not None
    assert split[1] == (credit or "Ines Halvorsen")


@pytest.mark.parametrize(
    "line",
    [
        "The committee met again on Monday. (Final Words)",  # no given name opens it
        "The board chair spoke after the vote (provided by law)",  # lower case: an aside
    ],
)
def test_no_house_credit_here(line):
    assert credits_glued.split_glued(line) is None


def test_a_bracketed_name_credit_names_its_photographer():
    page = story_with(
        "Harbour police carry a recovered bell out of a shed in Portvale on March 26. "
        "(Ines Halvorsen)"
    )
    media = parse_text(page)["media"]
    assert [(m["credit"], m["photographers"]) for m in media] == [
        ("Ines Halvorsen", ["Ines Halvorsen"])
    ]


@pytest.mark.parametrize(
    ("credit", "photographers", "agencies"),
    [
        ("Post Photo: Ines Halvorsen", ["Ines Halvorsen"], ["Post"]),
        ("PHOTO | INES HALVORSEN | AFP", ["Ines Halvorsen"], ["AFP"]),
        ("Photo-Illustration: Portvale Staff; Getty Images", [], None),
        ("Provided", [], []),
        ("(Kestrel Interactive)", [], ["Kestrel Interactive"]),
        ("Courtesy of Portvale County Schools", [], None),
    ],
)
def test_credit_lines_under_a_caption(credit, photographers, agencies):
    page = story_with("Ferry crews tie up at the old pier in Portvale on Monday night.", credit)
    assert roles_of(page)[credit] == "credit"
    [media] = parse_text(page)["media"]
    assert media["photographers"] == photographers
    if agencies is not None:
        assert media["agencies"] == agencies
    assert not media["credit"].startswith("|")


def test_a_papers_file_photo_under_a_caption():
    page = story_with("The ferry pier at Portvale, which is 300 metres long.", "Post File Photo")
    assert roles_of(page)["Post File Photo"] == "credit"
    assert roles_of(page)["The ferry pier at Portvale, which is 300 metres long."] == "caption"


def test_a_note_in_capitals_in_brackets_is_no_credit():
    page = story_with(
        "Salt water is what keeps the pier's pillars from rusting, the engineers say.",
        "(SCROLL DOWN FOR VIDEO)",
    )
    assert parse_text(page)["media"] == []


def test_a_file_photo_label_before_a_caption_with_its_credit():
    line = (
        "File Photo: A fisherman mends his nets on the old pier in Portvale, May 2, 2023. "
        "(Photo: Reuters)"
    )
    assert not credits.is_credit_line(line)
    [media] = parse_text(story_with(line))["media"]
    assert media["credit"] == "Reuters"
    assert media["agencies"] == ["Reuters"]


@pytest.mark.parametrize(
    ("opening", "found"),
    [
        ("(ANSA) - ROME, MAY 6 - The harbour board", dateline.Dateline("Rome", "ANSA")),
        (
            "PORTVALE, Kestrel Prefecture--Police here",
            dateline.Dateline("Portvale, Kestrel Prefecture", None),
        ),
        ("NEW YORK--Shares of the ferry line", dateline.Dateline("New York", None)),
        ("UPDATE--Shares of the ferry line", None),  # a label, no place
    ],
)
def test_datelines_of_these_sites(opening, found):
    assert dateline.find(opening + " rose on Monday.") == found


def test_a_tag_the_table_does_not_know_before_the_place():
    # ('(Portvale Daily) - ROME ...': the place, without the unknown tag)
    got = dateline.find("(Portvale Daily) - ROME, MAY 6 - The board voted on Monday.")
    assert got is None or got.wire is None


def test_a_stamp_in_capitalised_words_with_a_full_stop_is_no_headline():
    page = "PORTVALE GRAIN STOCKS\n" + "April 7 - as of Friday, April 3, 2026.\n" + STORY
    assert parse_text(page)["title"] == "PORTVALE GRAIN STOCKS"


def test_the_masthead_date_of_the_day_gives_way_to_the_storys_stamp():
    page = (
        "Portvale Online\nWednesday, 5 November 2026\n"
        + MENU
        + "Harbour board shuts the old ferry pier for two years\n"
        + "Reuters , Tuesday 4 Nov 2026\n"
        + STORY
        + "© 2026 Portvale Online\n"
    )
    assert parse_text(page)["published"] == dt.date(2026, 11, 4)


def test_an_updated_stamp_under_the_headline_leaves_the_masthead_date():
    page = (
        "Wednesday, 5 November 2026\n"
        + MENU
        + "Harbour board shuts the old ferry pier for two years\n"
        + "Updated: 6 November 2026\n"
        + STORY
    )
    assert parse_text(page)["published"] == dt.date(2026, 11, 5)


def test_a_name_over_a_section_label_over_the_stamp():
    page = (
        MENU
        + "Ines Halvorsen\nBusiness\nNov 3, 2026 6:00 AM\n"
        + "Ferry Startup Lays Off Half Its Crews as Winter Contracts Dry Up\n"
        + STORY
    )
    assert parse_text(page)["reporters"] == ["Ines Halvorsen"]


def test_capitalised_words_over_a_section_label_over_the_stamp_name_no_one():
    page = (
        MENU
        + "Harbour Talks\nBusiness\nNov 3, 2026 6:00 AM\n"
        + "Ferry Startup Lays Off Half Its Crews as Winter Contracts Dry Up\n"
        + STORY
    )
    assert parse_text(page)["reporters"] == []


@pytest.mark.parametrize(
    "line",
    [
        "Our journalism needs your support. Subscribe today to Portvale.com.",
        "Your support keeps local reporting in Portvale going. Please consider becoming one.",
        "The Portvale Star is a nonprofit newsroom. Your gift keeps our reporters on the beat.",
        "Star Plus members get ad-free podcasts and unlimited reading. Join today.",
        "Portvale Star subscribers have unlimited access to all of our stories.",
        "Enjoying this article? Subscribe for full access. Just $4 a month.",
        "Thousands of readers like you have already stepped up to support us.",
        "Didn't find what you were looking for?",
        "If you purchase a product through a link on our site, we may receive compensation.",
        "Join the Portvale Star WhatsApp community here and get the news on your phone.",
        "Read: Harbour board delays vote on ferry fares",
        "Next Up In News",
    ],
)
def test_reader_support_pitches_and_links_are_chrome(line):
    assert roles_of(story_with(line))[line] == "boilerplate"


@pytest.mark.parametrize(
    "line",
    [
        "Next up, the board will hear from the fishermen's union in December.",
        "Readers of the harbour bulletin were told of the closure a week earlier.",
    ],
)
def test_story_lines_that_open_like_those_pitches_stay_story(line):
    assert roles_of(story_with(line))[line] == "body"
