"""Newsletter and subscription prompts, and an opinion page's disclaimer, are page furniture;
a story's sentences about a newsletter, a share subscription, signing up for something or the
views people expressed are not (the newsletter rule used to take any line of up to 200
characters with 'newsletter', 'subscribe', 'sign up' or 'inbox' near its end). Invented
texts."""

import pytest

from pipeline.parse import parse_text

HEAD = "Harbour traffic rises for a third year\n"
OPENING = (
    "HARBOURTON, March 3 - Traffic through Portvale harbour rose for a third year in 2023, "
    "the port authority said on Monday, as ferries and cargo ships added routes.\n"
)
CLOSING = "The authority expects traffic to keep rising as the new quay opens in the spring.\n"


@pytest.mark.parametrize(
    "line",
    [
        "The figures were first reported by the Harbour Weekly newsletter.",
        "Shipping lines can subscribe to the new berth booking service from April.",
        "Shareholders will be able to subscribe for 1.25 new shares for each share held.",
        "Some 40 banks agreed to sign up by June 17, a spokesman said.",
        "Captains can sign up for the pilot scheme at the harbour office.",
        "The quay's owners said they would subscribe.",
        "The views expressed by residents at the meeting do not match the board's plans.",
    ],
)
def test_a_story_sentence_about_newsletters_or_subscriptions_stays_in_the_body(line):
    got = parse_text(HEAD + OPENING + line + "\n" + CLOSING)
    assert line in got["body"]
    assert got["boilerplate"] == []


@pytest.mark.parametrize(
    "line",
    [
        "Sign up for our newsletter",
        "SIGN UP",
        "Subscribe now",
        "**SUBSCRIBE to the Harbour Brief: http://example.com/brief",
        "Newsletter Sign Up",
        "Harbour Brief newsletter",
        "Get the day's harbour news delivered to your inbox.",
        "You can unsubscribe at any time.",
        "You are reading The Quay, our must-read newsletter on shipping.",
        "Welcome to the Harbour Brief. Sign up here.",
        "Watch the ferries come in (July 16) Subscribe for more",
    ],
)
def test_a_newsletter_prompt_is_boilerplate(line):
    got = parse_text(HEAD + OPENING + line + "\n" + CLOSING)
    assert [(b["text"], b["rule"]) for b in got["boilerplate"]] == [(line, "newsletter")]
    assert line not in got["body"]


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Be the first to know.", "subscription_pitch"),
        (
            "Nobody covers the harbour like we do. And with a digital subscription, you'll "
            "never miss a story.",
            "subscription_pitch",
        ),
        (
            "The views expressed by contributors are their own and not the view of the "
            "Harbour Gazette",
            "disclaimer",
        ),
        (
            "The views expressed in this opinion article are solely those of their author and "
            "are not necessarily shared by HarbourNews.com",
            "disclaimer",
        ),
    ],
)
def test_a_subscription_pitch_or_an_opinion_disclaimer_is_boilerplate(line, rule):
    got = parse_text(HEAD + OPENING + line + "\n" + CLOSING)
    assert [(b["text"], b["rule"]) for b in got["boilerplate"]] == [(line, rule)]


def test_a_headline_about_a_newsletter_is_the_title():
    got = parse_text(
        "Harbour Master Makes His Staff Write A Daily Newsletter\n" + OPENING + CLOSING
    )
    assert got["title"] == "Harbour Master Makes His Staff Write A Daily Newsletter"


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Listen to this article", "page_chrome"),
        ("Reprints & Permissions", "page_chrome"),
        ("Privacy Policy", "page_chrome"),
        ("Read Full Article", "page_chrome"),
        ("Gift this article", "page_chrome"),
        ("This content is not available in your region", "page_chrome"),
        ("Our Standards: The Thomson Reuters Trust Principles.", "page_chrome"),
        ("More on this story", "see_also"),
        ("What to Read Next", "see_also"),
        ("Topics: Ports, Ferries, Portvale", "topic_tags"),
        ("TAGS: PORTVALE, FERRIES", "topic_tags"),
        ("Already a subscriber? Log in", "subscription_pitch"),
        ("You have 3 free articles remaining this month.", "subscription_pitch"),
        ("Support local journalism.", "subscription_pitch"),
        ("Have a news tip? Email news@example.com", "tip_line"),
        ("View this post on Instagram", "social_embed"),
        ("A post shared by Harbour Ferries (@harbourferries) on Mar 3, 2024", "social_embed"),
    ],
)
def test_page_chrome_between_story_paragraphs_is_boilerplate(line, rule):
    """Short chrome lines between two paragraphs used to be kept as the story's subheadings."""
    got = parse_text(HEAD + OPENING + line + "\n" + CLOSING)
    assert [(b["text"], b["rule"]) for b in got["boilerplate"]] == [(line, rule)]
    assert line not in got["body"]


@pytest.mark.parametrize(
    "line",
    [
        "The board said its privacy policy for harbour cameras would be reviewed in May.",
        "Topics at the meeting included fares, the new quay and the winter timetable.",
        "A post shared by the mayor on Monday drew hundreds of replies from commuters.",
        "Captains who have a tip for the inspectors can call the harbour office.",
    ],
)
def test_story_sentences_with_chrome_words_stay_in_the_body(line):
    got = parse_text(HEAD + OPENING + line + "\n" + CLOSING)
    assert got["boilerplate"] == []
    assert line in got["body"]
