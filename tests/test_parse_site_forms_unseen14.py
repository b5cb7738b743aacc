"""Forms of sites the parser met first on the unseen14 pages (invented text, worded apart from
those pages): 'Provided by' credits, a photographer and a paper after a comma under a
caption, the Nation papers' 'PHOTO/NAME' and 'PHOTO/FILE', a dash and 'Contributed', the
Japanese papers' '(Paper/Name)', '(Paper File Photo)', '[Name/Paper, file]', offices with
'and' in their names, a stamp with an Atlantic time zone, and chrome: Postmedia's
advertisement note, an unlimited-access offer, 'Watch the latest ...', a news-tip address, a
Creative Commons licence note."""

import pytest

from pipeline.parse import credits, credits_glued, parse_text
from pipeline.parse.dates import is_date_line
from tests.pages import HEAD, PARAGRAPHS, roles_of, rule_of

STORY = "\n".join(PARAGRAPHS) + "\n"
CAPTION = "Ferry crews tie up at the old pier in Portvale on Tuesday, Nov. 10, 2026."


@pytest.mark.parametrize(
    ("line", "credit", "photographers", "agencies"),
    [
        (
            CAPTION + " PHOTO/TENDAI MOYO-DUBE",
            "PHOTO/TENDAI MOYO-DUBE",
            ["Tendai Moyo-Dube"],
            [],
        ),
        (CAPTION + " PHOTO/FILE", "PHOTO/FILE", [], []),
        (CAPTION + " - Contributed", "Contributed", [], []),
        (
            CAPTION + " (Portvale/Haruto Ishi)",
            "Portvale/Haruto Ishi",
            ["Haruto Ishi"],
            ["Portvale"],
        ),
        (CAPTION + " (Harbourstar File Photo)", "Harbourstar File Photo", [], ["Harbourstar"]),
        (
            CAPTION + " [Eliza Marr/The Portvale Journal, file]",
            "Eliza Marr/The Portvale Journal, file",
            ["Eliza Marr"],
            ["The Portvale Journal"],
        ),
        (
            CAPTION + " Picture: Portvale Fire and Rescue Service",
            "Picture: Portvale Fire and Rescue Service",
            [],
            ["Portvale Fire and Rescue Service"],
        ),
        (
            CAPTION + " Photo via Portvale Airport",
            "Photo via Portvale Airport",
            [],
            ["Portvale Airport"],
        ),
    ],
)
def test_credits_glued_to_the_caption(line, credit, photographers, agencies):
    split = credits_glued.split_glued(line)
    assert split == (CAPTION, credit)
    found = credits.read(credit)
    assert list(found.photographers) == photographers
    assert list(found.agencies) == agencies


@pytest.mark.parametrize(
    "line",
    [
        # a sentence's brackets that hold no person after the slash
        CAPTION + " (Senate/House)",
        # a figure's note in wire copy, no organisation named
        "NOTE: earnings per share and 1985 deposits figure not supplied by company",
    ],
)
def test_no_credit_without_a_person_or_an_organisation(line):
    assert credits_glued.split_glued(line) is None
    assert not credits.is_credit_line("supplied by company")


def test_provided_by_an_organisation_is_a_credit_line():
    assert credits.is_credit_line("Provided by Portvale City School District")
    text = HEAD + CAPTION + "\nProvided by Portvale City School District\n" + STORY
    assert roles_of(text)[CAPTION] == "caption"


def test_a_photographer_and_a_paper_after_a_comma_under_a_caption():
    assert credits.paper_comma_credit("Calvin Dorr, Portvale News Sentinel")
    assert not credits.paper_comma_credit("Calvin Dorr, Senior Reporter")
    assert not credits.paper_comma_credit("Calvin Dorr, Reuters")  # an agency: other rules
    text = HEAD + PARAGRAPHS[0] + "\n" + CAPTION + "\nCalvin Dorr, Portvale News Sentinel\n" + STORY
    media = parse_text(text)["media"]
    assert [(m["photographers"], m["agencies"]) for m in media] == [
        (["Calvin Dorr"], ["Portvale News Sentinel"])
    ]


def test_a_stamp_in_atlantic_time():
    stamp = "Published: Jan. 24, 2023, 5:26 p.m. AST | Updated: Jan. 24, 2023, 7:04 p.m. AST"
    assert is_date_line(stamp)
    got = parse_text(HEAD + "By Mara Quist\n" + stamp + "\n" + STORY)
    assert got["title"] == HEAD.strip()
    assert str(got["published"]) == "2023-01-24"


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        (
            "This advertisement has not loaded yet, but your article continues below.",
            "advertisement",
        ),
        (
            "Get unlimited access to local news for as little as $1 for the first month.",
            "subscription_pitch",
        ),
        ("Watch the latest news on Channel 9 or stream for free >>", "media_chrome"),
        (
            "Send your news stories to the Portvale Post via WhatsApp on +233 55 000 000.",
            "news_tip",
        ),
        (
            "This work is licensed under a Creative Commons Attribution-NoDerivatives 4.0 "
            "International License.",
            "republish_box",
        ),
    ],
)
def test_chrome_under_the_story(line, rule):
    assert rule_of(HEAD + STORY + line + "\n", line) == rule
