"""Page chrome between a story's paragraphs: an advertisement marker with its prompt, a
'More:' or 'Also read:' link, a gallery link that opens like a photo credit. Invented texts
in the forms of real pages (FakeNewsNet's 'Advertisement - story continues below', USA
Today's 'More: <headline>' links in helsinki_dev)."""

import pytest

from pipeline.parse import parse_text
from tests.pages import HEAD, PARAGRAPHS, with_line


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Advertisement - story continues below", "advertisement"),
        ("Advertisement - scroll to continue", "advertisement"),
        ("ADVERTISEMENT | Continue reading below", "advertisement"),
        ("More: Why the pier matters to Portvale", "see_also"),
        ("Also read: Council approves the harbour budget", "see_also"),
        # a probe of 70 media and page chrome lines: these stayed in the body
        ("Video Ad Feedback", "media_chrome"),
        ("Skip in 5", "media_chrome"),
        ("Video duration 01:23", "media_chrome"),
        ("1 / 12", "media_chrome"),
        ("Article continues below", "advertisement"),
        ("You might also like", "see_also"),
        ("Tap to read more", "page_chrome"),
        # McClatchy papers' pitch (helsinki_dev pages), left in the body before
        (
            "Help us deliver journalism that makes a difference in our community.",
            "subscription_pitch",
        ),
        (
            "Our reporting takes time. If you value it, please consider subscribing today.",
            "subscription_pitch",
        ),
        # a probe of 55 more chrome lines (2026-12-03): these stayed in the body
        ("This content is not available due to your privacy preferences.", "page_chrome"),
        ("Enable JavaScript to view this content", "page_chrome"),
        ("Embed from Getty Images", "page_chrome"),
        ("Want more stories like this?", "page_chrome"),
        ("Email this story", "page_chrome"),
        # Politico's, between paragraphs of 68 FakeNewsNet pages
        ("Story Continued Below", "advertisement"),
        # lines repeated across many unlabelled pages' bodies (a survey of short paragraphs)
        ("more_vert", "page_chrome"),
        ("amp", "page_chrome"),
        ("Twitter339 retweets", "page_chrome"),
        ("3 hours ago", "page_chrome"),
        ("A link has been posted to your Facebook feed.", "page_chrome"),
        ("A link has been sent to your friend's email address.", "page_chrome"),
        ("Unlimited Digital Access. $1 for 4 weeks.", "subscription_pitch"),
        ("SIGN ME UP!", "subscription_pitch"),
        # ... and in two texts each
        ("Like our page on facebook.", "social_follow"),
        ("Send tips to jo@portvalegazette.example .", "tip_line"),
        ("Easy Plugin for AdSense.", "advertisement"),
        ("Your ads will be inserted here by", "advertisement"),
        ("Paste your ad code OR", "advertisement"),
        ("Suppress this ad slot .", "advertisement"),
        ("1:27", "media_chrome"),
        # a video link with its duration between paragraphs (CNN pages in helsinki_dev, Horne's
        # and FakeNewsNet's copies of them and of NBC's)
        ("Harbour board chair: 'The pier is no longer safe' 01:33", "media_chrome"),
        ("Fishermen protest the pier's closing 2:05", "media_chrome"),
        # one or two words between paragraphs, left out of the short-heading rule (2026-12-03)
        ("Learn more", "page_chrome"),
        ("close dialog", "page_chrome"),
        ("Mail icon", "page_chrome"),
        ("Popular Stories", "page_chrome"),
        ("Sponsored link", "advertisement"),
        ("Save", "share_prompt"),
        ("Advertisement:", "advertisement"),
        (
            "Add your name to millions demanding that Congress take action on the harbour.",
            "petition_prompt",
        ),
        (
            "External links are provided for reference purposes. The Gazette is not responsible "
            "for the content of external Internet sites.",
            "disclaimer",
        ),
        # a probe of 63 chrome lines (2026-12-03, 22:00 UTC): these stayed in the body
        ("We use cookies to improve your experience.", "cookie"),
        ("Topics:", "topic_tags"),
        ("Promoted Stories", "see_also"),
        ("Don't miss", "see_also"),
        ("Read the full story here", "page_chrome"),
        ("Audio is not supported on your browser.", "media_chrome"),
        ("Updated 2 hours ago", "page_chrome"),
        ("Log in to comment", "comment_form"),
    ],
)
def test_a_chrome_line_between_paragraphs_is_set_aside(line, rule):
    got = with_line(line)
    assert got["boilerplate"] == [{"text": line, "rule": rule}]
    assert got["body"] == "\n\n".join(PARAGRAPHS)


@pytest.mark.parametrize(
    "line",
    [
        "Advertisement spending at the port rose 5 percent last year, the board said.",
        "More than 40 fishermen protested outside the board's offices on Tuesday.",
        # ... or that speak of browsers and notifications
        "The harbour board said it no longer supports Internet Explorer on its booking site.",
        "Fishermen were told to update their phones before the season opens, the board said.",
        "Tap here to turn on the lights, the sign on the old pier's lamp post still says.",
        # ... or that end in a time of day
        "The last ferry leaves Portvale at 10:45",
        "Polls in Portvale open on Tuesday at 7:30",
        "Results from the harbour vote are due by 9:30",
        # ... or with the new rules' words
        "Don't miss the last ferry, the board warned passengers on Monday.",
        "We use cookies and bread to feed the gulls, one fisherman said with a laugh.",
        "Updated timetables will be posted on the pier next week, the board said.",
        "Log in to the booking site to change a ferry ticket, the board advised.",
    ],
)
def test_story_sentences_that_open_with_the_same_words_stay_in_the_body(line):
    got = with_line(line)
    assert got["boilerplate"] == []
    assert line in got["body"]


def test_a_gallery_link_is_no_photo_credit_and_leaves_the_lead_paragraph_in_the_body():
    """'Photos: The storm in pictures' read as a credit, and the story's first paragraph
    above it as that photo's caption: the lead was lost from the body."""
    got = with_line("Photos: The storm in pictures")
    assert got["media"] == []
    assert got["body"].startswith(PARAGRAPHS[0])


@pytest.mark.parametrize(
    ("line", "photographers"),
    [
        ("Photos: Jo Li", ["Jo Li"]),
        ("Photos: Jo Li and Kim Bo/AP", ["Jo Li", "Kim Bo"]),
        ("Photos: courtesy of the family", []),
        ("Photos: Jo Li for The Portvale Times", ["Jo Li"]),
    ],
)
def test_a_credit_with_the_plural_label_stays_a_credit(line, photographers):
    got = with_line(line)
    assert [m["credit"] for m in got["media"]] == [line.split(": ", 1)[1]]
    assert got["media"][0]["photographers"] == photographers


@pytest.mark.parametrize(
    "line",
    [
        "Gazette.com no longer supports Internet Explorer 9 or earlier. Please upgrade your "
        "browser. LEARN MORE »",
        "Please update your browser to see this page as intended.",
        "You are using an outdated browser. Some features of this site may not work.",
        "Tap here to turn on desktop notifications to get the news sent straight to you.",
    ],
)
def test_a_browser_or_notification_notice_atop_the_page_is_chrome_not_the_headline(line):
    got = parse_text(f"{line}\n{HEAD}" + "\n".join(PARAGRAPHS) + "\n")
    assert got["title"] == HEAD.strip()
    assert got["boilerplate"] == [{"text": line, "rule": "page_chrome"}]
    assert got["body"] == "\n\n".join(PARAGRAPHS)


def test_an_authors_label_under_the_headline_is_not_taken_for_the_headline():
    """'Guest Writer' over a photo credit, under the headline: the label names no story."""
    text = (
        "EDITION\n"
        "The Harbour Wants Respect. The Board Is About To Give It.\n"
        "Guest Writer\n"
        "Jo Li / Reuters\n" + "\n".join(PARAGRAPHS) + "\n"
    )
    got = parse_text(text)
    assert got["title"] == "The Harbour Wants Respect. The Board Is About To Give It."
    assert got["body"] == "\n\n".join(PARAGRAPHS)


def test_a_sentence_that_introduces_a_quote_is_no_headline():
    """A page that opens mid-story: its first line ends in a colon, and has no headline."""
    opener = "That inquiry seems to be remarkably fruitful. According to the Gazette's count:"
    got = parse_text(opener + "\n" + "\n".join(PARAGRAPHS) + "\n")
    assert got["title"] == ""
    assert got["body"].startswith(opener)


@pytest.mark.parametrize("label", ["Question of the Day", "QUESTION OF THE DAY", "Today's Poll"])
def test_a_reader_polls_question_is_no_deck_and_no_paragraph(label):
    """'Should the pier close on Sundays?' / 'Question of the Day' between the headline and
    the byline (The Washington Times' poll box): the poll's, not the story's deck."""
    question = "Should the harbour board close the old pier on Sundays?"
    text = (
        f"{HEAD}Search\n{question}\n{label}\nPrint\nBy Jo Li - Associated Press\n"
        + "\n".join(PARAGRAPHS)
        + "\n"
    )
    got = parse_text(text)
    assert got["line_roles"][2:4] == ["boilerplate", "boilerplate"]
    assert {"text": question, "rule": "poll"} in got["boilerplate"]
    assert got["body"] == "\n\n".join(PARAGRAPHS)


def test_a_question_in_the_story_stays_story():
    question = "Should the harbour board close the old pier on Sundays?"
    got = with_line(question)
    assert got["line_roles"][2] == "body"
    assert question in got["body"]


@pytest.mark.parametrize("marker", ["Advertisement", "Story Continued Below"])
def test_a_section_head_beside_an_advertisement_stays_story(marker):
    """An advertisement's marker between a paragraph and a section head ('Syria', 'Who?'),
    or between the head and its paragraph, leaves the head in the story; the widget's own
    'Loading' is chrome."""
    for lines in (
        [PARAGRAPHS[0], marker, "Repairs", PARAGRAPHS[1], PARAGRAPHS[2]],
        [PARAGRAPHS[0], "Repairs", marker, PARAGRAPHS[1], PARAGRAPHS[2]],
        [PARAGRAPHS[0], marker, "Loading", "Repairs", PARAGRAPHS[1], PARAGRAPHS[2]],
    ):
        got = parse_text(HEAD + "\n".join(lines) + "\n")
        assert got["body"] == "\n\n".join([PARAGRAPHS[0], "Repairs", *PARAGRAPHS[1:]]), lines
        assert [b["text"] for b in got["boilerplate"]] == [
            x for x in lines if x in (marker, "Loading")
        ]
