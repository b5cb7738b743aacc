"""Forms of sites the parser met first on the unseen15 pages (invented text, worded apart from
those pages): a staff photographer's name and their own e-mail address as the credit (glued to
the caption or on its own line under it), 'Source: Name /AGENCY' under a caption, '(Agency
pic)', a two-sentence headline over the byline with a photo between it and the story, and
chrome: comment boxes and rules, an error-report note, briefing sign-ups, a site's terms."""

import pytest

from pipeline.parse import credits, credits_glued, parse_text
from tests.pages import HEAD, PARAGRAPHS, roles_of, rule_of

STORY = "\n".join(PARAGRAPHS) + "\n"
CAPTION = "Ferry crews tie up at the old pier in Portvale on Tuesday, Nov. 10, 2026."


@pytest.mark.parametrize(
    ("name", "address", "signed"),
    [
        ("Carla Brenn", "cbrenn@portvalestar.com", True),
        ("Jo Okoro-Marsh", "jokoro@portvalebee.com", True),
        ("Carla Brenn", "newsroom@portvalestar.com", False),  # the paper's address, no one's
    ],
)
def test_an_address_signed_by_its_owner(name, address, signed):
    assert credits.signed_address(name, address.split("@")[0]) is signed
    assert credits.email_credit(f"{name} {address}") is signed


def test_a_name_and_address_glued_to_the_caption_is_its_credit():
    line = CAPTION + " Carla Brenn cbrenn@portvalestar.com"
    assert credits_glued.split_glued(line) == (CAPTION, "Carla Brenn cbrenn@portvalestar.com")
    assert credits_glued.split_glued(CAPTION + " Carla Brenn tips@portvalestar.com") is None


def test_a_name_and_address_under_a_caption_is_its_credit():
    caption = CAPTION + " Ridership on the ferry line has nearly doubled since the new boats came."
    text = (
        HEAD
        + "By Tessa Brant\nUpdated November 20, 2026 6:10 AM\n"
        + caption
        + "\nCal Whit cwhit@portvalestar.com\n"
        + STORY
    )
    media = parse_text(text)["media"]
    assert [(m["caption"], m["photographers"]) for m in media] == [(caption, ["Cal Whit"])]


def test_a_name_and_address_under_the_headline_stays_the_byline():
    text = HEAD + "Carla Brenn cbrenn@portvalestar.com\nNov. 10, 2026\n" + STORY
    got = parse_text(text)
    assert got["media"] == []
    assert got["reporters"] == ["Carla Brenn"]


def test_a_source_label_with_a_photographer_is_a_credit_line():
    assert credits.is_credit_line("Source: Priit Murk /ERR")
    assert not credits.is_credit_line("Source: Eurostat/OECD")  # a chart's data, no photo


def test_an_agency_pic_in_brackets_after_the_caption():
    line = "Health workers at a rural clinic in Portvale, Sabah. (Bernama pic)"
    assert credits_glued.split_glued(line) == (
        "Health workers at a rural clinic in Portvale, Sabah.",
        "Bernama pic",
    )


def test_a_two_sentence_headline_over_the_byline_with_a_photo_under_it():
    # a guard: it passes with the distance test at 8 lines too (the caption here is known
    # before the headline is chosen); the unseen9 page that moved it is not reproduced
    head = "Riders flock to the harbour's new ferry line. Its next leg is a year behind."
    text = (
        "Menu\nTransportation\n"
        + head
        + "\nBy Tessa Brant and Omar Reddy\nUpdated November 20, 2026 6:10 AM\n"
        + "Only have a minute? Listen instead\nPowered by Trinity Audio\nAudio Length\n5:48\n"
        + CAPTION
        + " Ridership on the line has nearly doubled since the ferries began running.\n"
        + "Cal Whit cwhit@portvalestar.com\n"
        + STORY
    )
    assert parse_text(text)["title"] == head


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Would you like to comment on this article?", "comment_form"),
        ("Register (it’s quick and free) or sign in now.", "comment_form"),
        ("Portvale Commenting Guidelines", "comment_rules"),
        ("Comments that violate guidelines risk being deleted.", "comment_rules"),
        ("If you notice an error, please highlight the text and press Ctrl+Enter.", "page_chrome"),
        ("Get the Portvale Post Daily Briefing", "newsletter"),
        ("The harbour's top stories and analysis, delivered every morning.", "newsletter"),
        ("By using this site, you consent to our User Agreement.", "cookie"),
        ("More Portvale Metro", "see_also"),
    ],
)
def test_chrome_under_the_story(line, rule):
    assert rule_of(HEAD + STORY + line + "\n", line) == rule


def test_a_sentence_that_opens_like_the_sites_terms_stays_the_story():
    line = "By using this site for ferries, the board said, the city saves a million crowns."
    text = HEAD + PARAGRAPHS[0] + "\n" + line + "\n" + "\n".join(PARAGRAPHS[1:]) + "\n"
    assert roles_of(text)[line] == "body"
