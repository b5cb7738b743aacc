"""Forms of sites the parser met first on the unseen13 pages (invented text, worded apart from
those pages): a byline whose name runs into its paper's, a masthead naming papers the table
lacks (no headline), a comment link among the buttons under the stamp (no footer), a house
photo credited to the masthead's paper, a bare 'Courtesy' after the caption, and chrome: share
buttons, 'MORE NEWS:' links, republishing notes, a newsroom's note about itself, a newspaper
network's note, a subscription's offer."""

import pytest

from pipeline.parse import bylines, credits, credits_glued, parse_text
from tests.pages import HEAD, PARAGRAPHS, roles_of, rule_of

STORY = "\n".join(PARAGRAPHS) + "\n"


def test_a_name_run_into_its_papers_name_in_the_byline():
    byline = "By Mara Quist Portvale Times-Dispatch"
    assert bylines.glued_paper(byline.removeprefix("By ")) == (
        "Mara Quist",
        "Portvale Times-Dispatch",
    )
    got = parse_text(HEAD + byline + "\nMar 4, 2025\n" + STORY)
    assert got["reporters"] == ["Mara Quist"]
    assert got["outlet"] == "Portvale Times-Dispatch"


@pytest.mark.parametrize("name", ["Mara Quist Holloway", "Mara Quist"])
def test_a_name_alone_names_no_paper(name):
    assert bylines.glued_paper(name) is None
    got = parse_text(HEAD + "By " + name + "\n" + STORY)
    assert got["reporters"] == [name]
    assert got["outlet"] is None


@pytest.mark.parametrize(
    "masthead",
    [
        "The Portvale Independent",
        "The Portvale Times | The Lenn Valley Advocate",
        "The Portvale News by The Portvale Shimbun",
    ],
)
def test_a_masthead_of_papers_is_no_headline(masthead):
    text = masthead + "\nSunday, 09 March 2025\nHome\nNews\n" + HEAD + STORY
    assert parse_text(text)["title"] == HEAD.strip()


@pytest.mark.parametrize(
    "head",
    ["BAHIA COCOA REVIEW", "The Mayor’s Constitution", "Harbour Board Backs Portvale Herald"],
)
def test_headlines_that_end_in_a_newspaper_word_stay_headlines(head):
    assert parse_text(head + "\n\n" + STORY)["title"] == head


def test_a_comment_link_among_the_buttons_under_the_stamp_ends_nothing():
    text = (
        HEAD
        + "The harbour board has revealed the cost of rebuilding the old ferry pier has jumped "
        "by 19 million crowns, with the board blaming storm-proofing for most of the rise.\n"
        + "By Mara Quist\nMarch 19, 2025 - 5:00AM\n5 min read\nShare\nSave\nComments\n"
        + STORY
    )
    roles = roles_of(text)
    assert [roles[p] for p in PARAGRAPHS] == ["body", "body", "body"]
    assert parse_text(text)["body"] == "\n\n".join(PARAGRAPHS)


def test_a_house_photo_of_the_mastheads_paper_names_the_outlet():
    text = (
        "The Portvale News\nSections\n"
        + HEAD
        + "Fishing boats tie up at the old pier in Portvale on Monday.\nMara Quist/Portvale News\n"
        + STORY
    )
    got = parse_text(text)
    assert got["media"][0]["agencies"] == ["Portvale News"]
    assert got["outlet"] == "The Portvale News"


def test_a_bare_courtesy_after_the_caption_is_its_credit():
    line = "Harbour officials during the launch of the pilot project on Monday. Courtesy"
    assert credits_glued.split_glued(line) == (
        "Harbour officials during the launch of the pilot project on Monday.",
        "Courtesy",
    )
    assert credits.read("Courtesy").credit == "Courtesy"
    media = parse_text(HEAD + line + "\n" + STORY)["media"]
    assert [(m["caption"], m["credit"]) for m in media] == [
        (line.removesuffix(" Courtesy"), "Courtesy")
    ]


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Click to share on X (Opens in new window)", "share_prompt"),
        ("MORE NEWS: Harbour dredging timeline revealed as works ramp up", "see_also"),
        ("We want our stories to be shared as widely as possible — for free.", "republish_box"),
        ("Please view our republishing guidelines below.", "republish_box"),
        ("Harbour Watch is a nonprofit, nonpartisan news organization.", "self_description"),
        (
            "Portvale Media Ltd is part of Coastal Media Group. This site is part of Coastal's "
            "audited local newspaper network.",
            "about_outlet",
        ),
        (
            "Unlimited online access to Portvale Citizen and 15 news sites with one account.",
            "subscription_pitch",
        ),
    ],
)
def test_chrome_under_the_story(line, rule):
    text = HEAD + STORY + line + "\n"
    assert rule_of(text, line) == rule


def test_a_sentence_about_sharing_stays_the_story():
    line = "We want our stories to be heard, the fishermen said, and to be shared with the board."
    text = HEAD + PARAGRAPHS[0] + "\n" + line + "\n" + "\n".join(PARAGRAPHS[1:]) + "\n"
    assert roles_of(text)[line] == "body"
