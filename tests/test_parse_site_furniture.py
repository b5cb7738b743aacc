"""Site furniture that stayed in the body of the invented site pages (bench/site_pages, scored
2026-12-04 late): ad controls, text-size buttons, share links that open a new window, error
report prompts, metered-paywall counters, market-data notes, AI narration notes, save-article
prompts, comment-section notices, publishers' footers, an outlet's pitch or co-publishing note;
captions closed by a photo note or that say who is pictured; credits in capitals naming a paper
the organisations table lacks, and 'Supplied'. Every text here is invented and worded apart
from the pages (each rule is a form, not a page's sentence)."""

import pytest

from pipeline.parse import parse_text
from tests.pages import PARAGRAPHS, roles_of, story_with, with_line


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Hide Ad", "advertisement"),
        ("REPORT THIS AD", "advertisement"),
        ("Close ad", "advertisement"),
        ("Advertise with us", "advertisement"),
        ("Advertise with The Portvale Ledger", "advertisement"),
        ("Advertisement · Scroll to continue", "advertisement"),
        ("Large text size", "page_chrome"),
        ("Extra large font size", "page_chrome"),
        ("Click to share on WhatsApp (Opens in new window)", "share_prompt"),
        ("Click to email a link to a friend", "share_prompt"),
        ("Share on Bluesky (Opens in new tab)", "share_prompt"),
        ("Spotted an error in this story? Let our editors know.", "page_chrome"),
        ("Report it to us!", "page_chrome"),
        ("Thank you for your feedback.", "page_chrome"),
        ("Was this article helpful?", "page_chrome"),
        ("Do you like the content of this story?", "page_chrome"),
        ("You've read 3 articles in the last month", "paywall"),
        ("You have read 4 of 5 free articles this month.", "paywall"),
        ("About the Authors", "page_chrome"),
        ("ABOUT THE REPORTER", "page_chrome"),
        (
            "Quotes delayed at least 20 minutes. Market data provided by Portvale Exchange.",
            "disclaimer",
        ),
        ("Market data provided by Portvale Exchange", "disclaimer"),
        (
            "This story was narrated using AI voices. Find more audio stories in our app.",
            "media_chrome",
        ),
        ("Sign in or register to save articles for later.", "comment_form"),
        ("The comments below have not been pre-moderated.", "comment_form"),
        (
            "Comments are the opinions of readers and do not reflect the views of the Ledger.",
            "comment_form",
        ),
        ("Published by Portvale News Ltd", "copyright"),
        ("Part of the Portvale Ledger Media Group", "copyright"),
        (
            "Here at the Ledger, we believe that local journalism should be free for everyone "
            "who needs it, so we never put our reporting behind a paywall.",
            "subscription_pitch",
        ),
        ("Support the Portvale Ledger's journalism", "subscription_pitch"),
        (
            "Try the Ledger free for 2 weeks with unlimited access to every story and our app.",
            "subscription_pitch",
        ),
        ("Never miss out on our latest stories and alerts.", "subscription_pitch"),
        (
            "In an age of noise and rumour, trusted journalism is more vital than ever. "
            "Please back our work.",
            "subscription_pitch",
        ),
        ("Want a daily news briefing? Our morning podcast has you covered.", "subscription_pitch"),
        (
            "This story was published in partnership with Coastwatch, a nonprofit newsroom.",
            "about_outlet",
        ),
        # the about boxes of two outlets under every story (after the story: tests/pages.py)
        (
            "The Associated Press is an independent global news organization dedicated to "
            "factual reporting. Founded in 1846, it serves readers in every country.",
            "about_outlet",
        ),
        (
            "ProPublica is a nonprofit newsroom that investigates abuses of power, with "
            "reporters in every state.",
            "about_outlet",
        ),
        ("Creative Commons License (CC BY-ND 4.0)", "republish_box"),
        ("Article continues below this ad", "advertisement"),
        (
            "By submitting your email, you agree to the Ledger's Terms and Privacy Notice.",
            "newsletter",
        ),
        (
            "The audio version of this story is produced using synthetic speech software.",
            "media_chrome",
        ),
        ("You must be logged in to save.", "page_chrome"),
        (
            "Follow authors and topics from this article to get them in your feed.",
            "page_chrome",
        ),
        ("You will receive alerts about this reporter. Manage them in settings", "page_chrome"),
        ("Reminder, this is a subscriber only article.", "paywall"),
        ("Comments expressed below are the readers' own.", "disclaimer"),
        ("Follow the Portvale Ledger on Telegram", "messenger_prompt"),
        ("Take Us With You", "subscription_pitch"),
        ("Got a tip for us? Write to the newsroom.", "tip_line"),
        ("Get latest Portvale news along with breaking headlines from the coast.", "newsletter"),
    ],
)
def test_site_furniture_between_paragraphs_is_set_aside(line, rule):
    got = with_line(line)
    assert got["boilerplate"] == [{"text": line, "rule": rule}]
    assert got["body"] == "\n\n".join(PARAGRAPHS)


@pytest.mark.parametrize(
    "line",
    [
        "Advertising revenue at the port rose 5 percent last year, the board said.",
        "Fishermen said the large text size on the new signs was a welcome change.",
        "Markov said she had found a mistake in the original survey of the pier.",
        "You have read the board's report, a fisherman told the meeting, so you know the risks.",
        "Support for the repairs has grown since the storms, a council poll found.",
        "Support for local journalism in Portvale has waned, the paper's editor said.",
        "At the harbour office, we believe the pier can reopen by 2027, Markov said.",
        "Part of the pier was closed in 2019 after a similar storm.",
        "Published by the board on Monday, the survey lists 14 cracked pillars.",
        "Fishermen can try the new mooring free for a month, the board said.",
        "Coastwatch is an independent group that monitors the harbour's water quality.",
        "About the repairs, Markov said little.",
        "The Associated Press is an independent witness to the hearing, the judge said.",
        "The article continues below the fold in the print edition, the editor said.",
        "You must be logged in to the harbour's system to book a mooring, Markov said.",
        "This is a premium service for ferry users, and it costs more, the board said.",
        "Comments expressed at the meeting were angry, Markov said.",
        "Fishermen follow the board's updates on WhatsApp, where the closure was announced first.",
        "The audio version of the meeting was released on Tuesday.",
    ],
)
def test_story_sentences_with_the_same_words_stay_in_the_body(line):
    got = with_line(line)
    assert got["boilerplate"] == []
    assert line in got["body"]


@pytest.mark.parametrize(
    "caption",
    [
        # a photo note closes the caption: after a full stop '(File)' alone, else two words
        "Fishing boats moored at the old pier before the storm. (File)",
        "Fishing boats moored at the old pier before the storm (file image)",
        "Fishing boats moored at the old pier before the storm (stock photo)",
        # who is pictured, without a closing full stop (the Mail's captions)
        "Harbour board chair Lena Markov (pictured) said the pier had become unsafe",
        "Fisherman Tor Berg (left) with his son at the pier in March",
    ],
)
def test_a_caption_marked_by_its_photo_note_or_by_who_is_pictured(caption):
    text = story_with(caption)
    got = parse_text(text)
    assert roles_of(text)[caption] == "caption"
    assert [m["caption"] for m in got["media"]] == [caption]
    assert got["body"] == "\n\n".join(PARAGRAPHS)


@pytest.mark.parametrize(
    "line",
    [
        # a story sentence says '(pictured)' too, and ends with a full stop
        "Harbour board chair Lena Markov (pictured) said the pier had become unsafe.",
        "The old pier (pictured) was built in 1911 and last repaired in 1980, the board said.",
        # a parenthesis that is no photo note
        "The board will publish its survey of the pier next week (in Norwegian)",
    ],
)
def test_a_story_sentence_with_the_same_marks_stays_body(line):
    text = story_with(line)
    assert roles_of(text)[line] == "body"
    assert parse_text(text)["media"] == []


@pytest.mark.parametrize(
    ("credit", "photographers", "agencies"),
    [
        ("TOR BERG/COASTLINE", ["Tor Berg"], ["Coastline"]),
        ("TOR BERG/PORTVALE DAILY", ["Tor Berg"], ["Portvale Daily"]),
        ("SUPPLIED", [], []),
        ("Supplied", [], []),
        ("(Supplied)", [], []),  # the credit without its brackets
    ],
)
def test_a_credit_in_capitals_or_supplied_under_a_caption(credit, photographers, agencies):
    caption = "Fishing boats moored at the old pier before the storm."
    text = story_with(caption, credit)
    got = parse_text(text)
    roles = roles_of(text)
    assert (roles[caption], roles[credit]) == ("caption", "credit")
    assert got["media"] == [
        {
            "kind": "photo",
            "slug": None,
            "caption": caption,
            "credit": credit.strip("()"),
            "photographers": photographers,
            "agencies": agencies,
        }
    ]
    assert got["body"] == "\n\n".join(PARAGRAPHS)


def test_a_caps_line_with_a_slash_under_a_sentence_that_names_no_one_is_no_credit():
    """Places in capitals ('OSLO/BERGEN') are no photographer: the line stays body."""
    line = "OSLO/BERGEN"
    text = story_with(line)
    assert roles_of(text)[line] != "credit"
    assert parse_text(text)["media"] == []
