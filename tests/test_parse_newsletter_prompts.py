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
