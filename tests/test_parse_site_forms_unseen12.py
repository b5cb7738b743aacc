"""Forms of sites the parser met first on the unseen12 pages (invented text, worded apart from
those pages): the employer a reporter's closing bio names as the outlet (when the page's
chrome names it as its own, or it is a news organisation or a paper by its name), and
credits glued to the caption: a name and a paper the table lacks in brackets after a bar or a
slash, the paper's file photo, an agency's acronym after the name, an office after 'the'."""

import pytest

from pipeline.parse import credits, credits_glued, parse_text
from pipeline.parse.attribution import bio_employer
from pipeline.parse.headline import strip_site_suffix
from tests.pages import HEAD, PARAGRAPHS, rule_of

STORY = "\n".join(PARAGRAPHS) + "\n"


@pytest.mark.parametrize(
    ("bio", "masthead", "outlet"),
    [
        (
            "Mara Quist covers city hall for the Portvale World. Reach her at 555-0148.",
            "Portvale World",
            "Portvale World",
        ),
        (
            "Mara Quist is a senior writer at Harbourline covering ports.",
            "Harbourline",
            "Harbourline",
        ),
        ("Mara Quist is a reporter at The 31st covering housing.", "The 31st", "The 31st"),
        # a paper by its name needs no masthead
        (
            "Mara Quist writes about the harbour for The Portvale Tribune.",
            "Menu",
            "The Portvale Tribune",
        ),
        # a news organisation of the table gives its canonical name
        ("Mara Quist is a correspondent at the AP covering ports.", "Menu", "Associated Press"),
    ],
)
def test_the_reporters_employer_in_a_closing_bio_is_the_outlet(bio, masthead, outlet):
    text = masthead + "\n" + HEAD + "By Mara Quist\n" + STORY + bio + "\n"
    got = parse_text(text)
    assert got["outlet"] == outlet


@pytest.mark.parametrize(
    "bio",
    [
        # a fellow at a university: no news organisation, and not the page's own
        "Mara Quist is a fellow at Harbour University studying ports.",
        # a former post
        "Mara Quist is a writer who was formerly a reporter at Harbourline.",
    ],
)
def test_bios_that_name_no_employer_of_this_story(bio):
    assert bio_employer(["Harbourline", bio], ["Mara Quist"], ["Harbourline"]) is None
    text = "Harbourline\n" + HEAD + "By Mara Quist\n" + STORY + bio + "\n"
    assert parse_text(text)["outlet"] is None


def test_another_persons_bio_names_no_employer():
    bio = "Ada Vell is a senior writer at Harbourline covering ports."
    assert bio_employer(["Harbourline", bio], ["Mara Quist"], ["Harbourline"]) is None


@pytest.mark.parametrize(
    ("line", "credit", "photographers", "agencies"),
    [
        (
            "Boats at the old pier on Tuesday. The harbour has silted up since spring. "
            "(Jo Oyelowo | The Portvale Tribune)",
            "Jo Oyelowo | The Portvale Tribune",
            ["Jo Oyelowo"],
            ["The Portvale Tribune"],
        ),
        (
            "Farmers flood a field west of town in September 2025. (Tim Ishi | Tribune file photo)",
            "Tim Ishi | Tribune file photo",
            ["Tim Ishi"],
            ["Tribune"],
        ),
        (
            "A boater passes a cracked seawall on Thursday, Nov. 5, 2026. "
            "(Teo Vasquez-Lam / South Portvale Sun Sentinel)",
            "Teo Vasquez-Lam / South Portvale Sun Sentinel",
            ["Teo Vasquez-Lam"],
            ["South Portvale Sun Sentinel"],
        ),
        (
            "Tenants demonstrate outside the ministry last month. Photo: Sanne Vos ANP",
            "Photo: Sanne Vos ANP",
            ["Sanne Vos"],
            ["ANP"],
        ),
        (
            "The chamber in Portvale Bay. Picture by the Portvale Harbour Commission",
            "Picture by the Portvale Harbour Commission",
            [],
            [],
        ),
    ],
)
def test_credits_glued_to_the_caption(line, credit, photographers, agencies):
    split = credits_glued.split_glued(line)
    assert split is not None and split[1] == credit
    found = credits.read(split[1])
    assert list(found.photographers) == photographers
    assert list(found.agencies) == agencies


@pytest.mark.parametrize(
    "line",
    [
        # an organisation that is no paper after the bar
        "Boats at the old pier on Tuesday. (Jo Oyelowo | Portvale Harbour Board)",
        # an acronym the table lacks after the name
        "Tenants demonstrate outside the ministry last month. Photo: Sanne Vos QXZ",
    ],
)
def test_no_glued_credit_without_a_paper_or_a_known_agency(line):
    split = credits_glued.split_glued(line)
    assert split is None or "QXZ" not in (credits.read(split[1]).agencies)


# ---------------------------------------------------------------- chrome


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        (
            "Our comment threads are for readers to discuss local issues. Please keep it civil.",
            "comment_rules",
        ),
        ("Please report any comments that break our rules.", "comment_rules"),
        ("Send your stories and photos now", "news_tip"),
        (
            "We follow the IPSO Editors' Code of Practice. To complain about accuracy, contact "
            "the editor.",
            "disclaimer",
        ),
        (
            "For the price of a cup of coffee a month you can help us build a news service.",
            "subscription_pitch",
        ),
        (
            "Click here to support Harbour Watch with a tax-deductible donation.",
            "subscription_pitch",
        ),
        (
            "Harbour Watch is a not-for-profit news service for Portvale. If you value what we "
            "do, please become a supporter.",
            "self_description",
        ),
        ("Story continues below photo.", "advertisement"),
        ("Your notification has been saved.", "page_chrome"),
    ],
)
def test_chrome_under_the_story(line, rule):
    text = HEAD + STORY + line + "\n"
    assert rule_of(text, line) == rule


@pytest.mark.parametrize(
    "label", ["Latest News", "Latest in Finance", "Most Recent", "Related stories"]
)
def test_a_list_of_linked_headlines_under_the_story_is_chrome(label):
    links = [
        "Harbour dredging outlook is mixed. Here's what engineers expect this winter.",
        "Portvale ferry fares rise for a second year",
    ]
    text = HEAD + STORY + label + "\n" + "\n".join(links) + "\nComments\n"
    got = parse_text(text)
    rules = {b["text"]: b["rule"] for b in got["boilerplate"]}
    assert [rules.get(x) for x in [label, *links]] == ["see_also"] * 3
    assert got["body"] == "\n\n".join(PARAGRAPHS)


def test_short_paragraphs_after_a_linked_headline_mid_story_stay_the_story():
    # the label and one link between paragraphs; a short paragraph of the story right under
    # the link, and a long one after it
    more = [
        "Ferry crews have urged passengers to plan ahead, though no sailing is cancelled yet.",
        "The warning comes after the wettest spring in a decade, which left the harbour's "
        "channel silted up and two berths closed to larger ships for most of the summer.",
    ]
    text = (
        HEAD
        + "\n".join([*PARAGRAPHS, "Read More", "Portvale ferry fares rise for a second year"])
        + "\n"
        + "\n".join(more)
        + "\n"
    )
    lines = [x for x in text.split("\n") if x]
    roles = dict(zip(lines, parse_text(text)["line_roles"], strict=True))
    assert [roles[x] for x in more] == ["body", "body"]


# ---------------------------------------------------------------- credits, dates, titles


def test_a_screenshots_source_after_via_is_a_credit_line():
    assert credits.is_credit_line("Screenshot via Telegram")
    assert credits.read("Screenshot via Telegram").agencies == ("Telegram",)


def test_a_photo_provided_to_the_paper_is_credited_so():
    line = "The original mural team on the wall in 1986. Credit: Provided"
    assert credits_glued.split_glued(line) == (
        "The original mural team on the wall in 1986.",
        "Provided",
    )


def test_a_date_without_a_space_after_its_comma():
    text = HEAD + "By JT - Nov 20,2026 - Last updated at Nov 20,2026\n" + STORY
    got = parse_text(text)
    assert str(got["published"]) == "2026-11-20"
    assert got["title"] == HEAD.strip()


@pytest.mark.parametrize(
    ("page_title", "title"),
    [
        (
            "Harbour board shuts the old ferry pier - The Portvale Union-Tribune",
            "Harbour board shuts the old ferry pier",
        ),
        (
            "Harbour board shuts the old ferry pier – Portvale Sun Sentinel",
            "Harbour board shuts the old ferry pier",
        ),
        # a headline's own tail after a dash stays
        (
            "Harbour board shuts the pier – Fishermen Say No",
            "Harbour board shuts the pier – Fishermen Say No",
        ),
    ],
)
def test_a_site_suffix_naming_a_paper_comes_off_the_title(page_title, title):
    assert strip_site_suffix(page_title) == title
