"""Forms of the unseen50 and unseen51 pages (invented text, worded apart from those pages).

Round thirteen, written from both sets after their honest estimates (docs/history/EVALUATION-log.md,
session of 2026-12-05 23:24 UTC), with rules meant to hold on other sites too: a headline
over its deck over the byline or stamp, a pull quote, 'By Jo Li Staff Writer', a glued credit
naming a paper the table lacks, credit lines by who supplied or contributed the photo, a print
shop's note after a credit, a scene's caption under its credit, a bracketed agency signing the
story off, 'Video by' glued to a video's label, 'Posted by' the site's account, a place with a
hyphen run into it, the masthead's name under the stamp, a short name's staff photo, newspaper
words in other languages, national news agencies in the table and closing chrome rows.

Cases marked "guard" pass on the code before this round too; they pin what must not change."""

import pytest

from pipeline.parse import credits, dateline, parse_text
from tests.pages import (
    PARAGRAPHS,
    STORY,
    closing_chrome_rule,
    credit_people,
    media_of,
    under_caption,
)

HEADLINE = "Orchard growers count the cost of a late heatwave"
DECK = "Growers near Portvale say up to a fifth of this season's fruit has been scorched."
MENU = "Portvale Courier\nSubscribe\nLog in\nNews\nSport\nCommunity\nNews\n"


def test_the_headline_over_its_deck_and_name_beats_a_caption_under_the_stamp():
    page = (
        MENU
        + f"{HEADLINE}\n{DECK}\nClara Boyd\nUpdated March 6 2025 - 4:00pm\n"
        + "The Portvale Health Service building on Howick Street near the town centre. "
        + "File picture\n"
        + STORY
    )
    got = parse_text(page)
    assert got["title"] == HEADLINE
    assert got["reporters"] == ["Clara Boyd"]


def test_a_pull_quote_under_the_stamp_is_no_headline():
    page = (
        MENU
        + f"{HEADLINE}\n{DECK}\nBy Ilse Marrow\n5 March 2025\n"
        + '"You cannot insure against a week like that." - grower Tomas Brandt\n'
        + STORY
    )
    got = parse_text(page)
    assert got["title"] == HEADLINE
    assert got["reporters"] == ["Ilse Marrow"]


def test_a_headline_over_a_deck_and_a_by_line_keeps_its_place():
    """guard: the byline by 'By' right under the deck."""
    page = MENU + f"{HEADLINE}\n{DECK}\nBy Ilse Marrow\n5 March 2025\n" + STORY
    assert parse_text(page)["title"] == HEADLINE


@pytest.mark.parametrize(
    ("byline", "reporters"),
    [
        ("By Ilse Marrow Staff Writer", ["Ilse Marrow"]),
        ("By Ilse Marrow, Staff Writer", ["Ilse Marrow"]),  # guard
        ("By Ilse Marrow Globe Staff", ["Ilse Marrow"]),  # guard: the paper's short name
    ],
)
def test_a_staff_post_after_the_name_without_a_comma(byline, reporters):
    page = f"{HEADLINE}\n{byline}\nJan 23, 2025\n" + STORY
    assert parse_text(page)["reporters"] == reporters


def test_a_glued_file_photo_of_a_paper_the_table_lacks():
    caption = "Floodwaters in Harbour St, Portvale, on July 17, 2021."
    got = parse_text(
        "Portvale News\nMenu\n"
        + f"{HEADLINE}\nBy Ilse Marrow\nFriday, 7 March 2025\n"
        + f"{caption} File photo: Portvale News\n"
        + STORY
    )
    assert got["title"] == HEADLINE
    assert media_of(got) == [("Portvale News", [], ["Portvale News"])]
    assert got["media"][0]["caption"] == caption


@pytest.mark.parametrize(
    ("credit", "photographers", "agencies"),
    [
        ("Contributed by the City of Portvale", [], ["City of Portvale"]),
        ("Special to The Portvale Star", [], ["The Portvale Star"]),
        ("TOMAS BRANDT | BUY AT PHOTOS.PORTVALECOURIER.COM", ["Tomas Brandt"], []),
        ("Picture supplied by Portvale Surf Life Saving", [], ["Portvale Surf Life Saving"]),
        ("Photo supplied by Tomas Brandt", ["Tomas Brandt"], []),  # guard: a person's photo
        ("Image: Jornal Portvalense", [], ["Jornal Portvalense"]),
    ],
)
def test_credit_lines_by_who_supplied_the_photo(credit, photographers, agencies):
    got = under_caption(credit)
    assert [(p, a) for _, p, a in media_of(got)] == [(photographers, agencies)]
    assert credit not in got["body"]


def test_a_credit_supplied_by_a_body_glued_to_its_caption():
    got = under_caption(
        "Crews lift a beam off the pier on February 27. Picture supplied by Portvale Harbour Board"
    )
    assert media_of(got) == [("Portvale Harbour Board", [], ["Portvale Harbour Board"])]


def test_credit_lines_read():
    assert credits.is_credit_line("Contributed by the City of Portvale")
    assert credits.is_credit_line("Special to The Portvale Star")
    assert credits.is_credit_line("TOMAS BRANDT | BUY AT PHOTOS.PORTVALECOURIER.COM")
    assert not credits.is_credit_line("Special to readers who signed up before May")  # guard
    assert credit_people("TOMAS BRANDT | Buy this photo") == (["Tomas Brandt"], [])


def test_a_paper_and_name_credit_under_a_scene_under_the_byline():
    caption = "Alderman Rosa Quint points to a flooded culvert on Mill Road during a tour."
    page = (
        f"{HEADLINE}\nPublished 5:22 pm Wednesday, April 16, 2025\nBy Ilse Marrow\n"
        + f"{caption}\nPortvale Leader / Tomas Brandt\n"
        + STORY
    )
    got = parse_text(page)
    assert media_of(got) == [
        ("Portvale Leader / Tomas Brandt", ["Tomas Brandt"], ["Portvale Leader"])
    ]
    assert got["media"][0]["caption"] == caption


def test_the_caption_under_its_credit_when_the_line_above_reports():
    said = (
        "County engineer Rosa Quint said crews have closed bridges on Mill Road and five "
        "other routes. Four more are open to cars but closed to school buses."
    )
    scene = "A barricade blocks the washed-out bridge on Mill Road on Thursday."
    page = (
        f"{HEADLINE}\nBy Ilse Marrow\nMarch 23, 2025\n{PARAGRAPHS[0]}\n{said}\n"
        + f"Photo by Tomas Brandt\n{scene}\n"
        + "\n".join(PARAGRAPHS[1:])
        + "\n"
    )
    got = parse_text(page)
    assert got["media"][0]["caption"] == scene
    assert said in got["body"]
    assert scene not in got["body"]


def test_a_scene_under_a_credit_under_a_quoted_paragraph_stays_story():
    """guard: the line under the credit tells the past ('could see ... on Wednesday')."""
    said = "The utility says three of its mountain dams need new outlet works."
    below = "Customers could see their water bills climb about $4.80 a month on Wednesday."
    page = (
        f"{HEADLINE}\nBy Ilse Marrow\nMarch 23, 2025\n{said}\nTomas Brandt, Portvale Courier\n"
        + f"{below}\n"
        + STORY
    )
    assert below in parse_text(page)["body"]


@pytest.mark.parametrize(
    ("tag", "outlet"),
    [
        ("NAMPA", "Namibia Press Agency"),
        ("ZANIS", "Zambia News and Information Services"),
        ("AIM", "Mozambique News Agency"),
        ("BSS", "Bangladesh Sangbad Sangstha"),
        ("SPA", "Saudi Press Agency"),
        ("KNA", "Kenya News Agency"),
    ],
)
def test_national_news_agencies_by_their_wire_tags(tag, outlet):
    first = f"PORTVALE, 05 MAR ({tag}) - {PARAGRAPHS[0]}"
    page = f"{HEADLINE}\n{first}\n" + "\n".join(PARAGRAPHS[1:]) + "\n"
    assert parse_text(page)["outlet"] == outlet


@pytest.mark.parametrize(
    ("signoff", "outlet"),
    [
        ("(NAN)", "News Agency of Nigeria"),
        ("[ANA-MPA]", "Athens-Macedonian News Agency"),
        ("(NAMPA)", "Namibia Press Agency"),
    ],
)
def test_a_bracketed_agency_under_the_last_paragraph_signs_the_story(signoff, outlet):
    page = (
        f"{HEADLINE}\nBy Ilse Marrow\nMarch 7, 2025\n"
        + STORY
        + f"{signoff}\nRelated\nEvery day, get the most important news of the region here.\n"
    )
    got = parse_text(page)
    assert got["media"] == []  # no credit under a caption
    assert got["outlet"] == outlet


def test_a_video_by_glued_to_the_videos_label():
    page = (
        f"{HEADLINE}\nBy Ilse Marrow\nMarch 6 2025\nVideo\n"
        + "WATCH: Grower Tomas Brandt walks the rows at Portvale. Video by Rosa Quint\n"
        + STORY
    )
    video = [m for m in parse_text(page)["media"] if m["kind"] == "video"]
    assert [(m["slug"], m["credit"], m["photographers"]) for m in video] == [
        ("Grower Tomas Brandt walks the rows at Portvale.", "Rosa Quint", ["Rosa Quint"])
    ]


def test_posted_by_the_sites_account_is_weaker_than_the_agencys_byline():
    page = (
        "Portvale Observer\nHome\nNews\n"
        + f"{HEADLINE}\nPosted by Portvale Observer\nMarch 7, 2025\n"
        + STORY
        + "By Ilse Marrow, ZANIS Kitwe\n"
    )
    got = parse_text(page)
    assert got["reporters"] == ["Ilse Marrow"]
    assert got["outlet"] == "Zambia News and Information Services"


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Kitwe- The Kitwe City Council has given traders at the market 14 days to go.", "Kitwe"),
        (
            "LUSAKA- The government has said it will act on the report about the city roads.",
            "Lusaka",
        ),
        # guards: a word no place, and a place places.csv does not know, in title case
        ("Anti- The government has said it will act on the report about the city roads.", None),
        ("Portvale- The council has said it will act on the report about the city roads.", None),
    ],
)
def test_a_place_with_a_hyphen_run_into_it(line, place):
    found = dateline.find(line)
    assert (found.place if found else None) == place


def test_the_mastheads_name_under_the_stamp_signs_the_story():
    page = (
        "Northern Beacon\nSubscribe\nLog in\nNews\nSport\n"
        + f"{HEADLINE}\n{DECK}\nIlse Marrow\n3 min read\nMarch 25, 2025 - 4:30PM\n"
        + "Northern Beacon\n0 comments\n"
        + STORY
    )
    assert parse_text(page)["outlet"] == "Northern Beacon"


def test_a_sections_name_under_the_stamp_signs_nothing():
    """guard: 'Local News' is the page's menu, not its masthead."""
    page = (
        "Portvale Courier\nLocal News\nNews\n"
        + f"{HEADLINE}\nIlse Marrow\nApr. 2, 2025 3:30 p.m.\nLocal News\nShare\n"
        + STORY
    )
    assert parse_text(page)["outlet"] is None


def test_a_staff_photo_by_the_papers_short_name_names_the_outlet():
    caption = "Floodwater rises near a county bridge in northern Lenn County on March 5."
    page = (
        "Portvale Leader-Call\nHome\nNews\nSports\n"
        + f"{HEADLINE}\nSunday, March 23, 2025\nBy Ilse Marrow | imarrow@example.com\n"
        + f"{PARAGRAPHS[0]}\n{caption}\nLeader-Call photo by Ilse Marrow\n"
        + "\n".join(PARAGRAPHS[1:])
        + "\n"
    )
    assert parse_text(page)["outlet"] == "Portvale Leader-Call"


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Have your say", "comment_form"),
        ("Add your comment to this story", "comment_form"),
        (
            "To join the conversation, please log in. Don't have an account? Register",
            "comment_form",
        ),
        ("Comments are moderated and may take time to appear.", "comment_rules"),
        (
            "The Portvale Courier acknowledges the Lenn people as the traditional owners of the "
            "land on which we work.",
            "acknowledgement_of_country",
        ),
        (
            "This article first appeared on Portvale Today and is republished here under a "
            "Creative Commons license.",
            "republished_note",
        ),
        (
            "Local Democracy Reporting is local body journalism co-funded by RNZ and NZ On Air.",
            "about_outlet",
        ),
    ],
)
def test_closing_chrome_rows(line, rule):
    assert closing_chrome_rule(line) == rule


def test_a_story_line_on_traditional_owners_stays_story():
    """guard: the story reports who the traditional owners are, the page does not say it
    acknowledges them."""
    line = "Elders said the Lenn people are the traditional owners of the land around the bay."
    assert closing_chrome_rule(line) is None
