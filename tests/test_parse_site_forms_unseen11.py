"""Forms of sites the parser met first on the unseen11 pages (invented text, worded apart from
those pages): a paper the organisations table lacks as the outlet (in the byline, on the line
beside it, in a syndication note, as the credit of a photo the masthead names), the lead
photo's credit printed under the story, credit labels ('Main image credit:', 'Photo
source:', 'Credits:'), a photographer in capitals with an e-mail address glued to the
caption, a 'Picture:' label after a dash, an agency's photo label before the name, and
reader pitches (a donation, a letter to the editor, a tip, a republication licence, a
network's note about its member)."""

import pytest

from pipeline.parse import bylines, credits, credits_glued, parse_text
from tests.pages import HEAD, PARAGRAPHS, roles_of, rule_of

STORY = "\n".join(PARAGRAPHS) + "\n"


# ---------------------------------------------------------------- papers the table lacks


@pytest.mark.parametrize(
    ("byline", "paper"),
    [
        (
            "By Mara Quist | mquist@portvale-ledger.com | Portvale Valley Ledger",
            "Portvale Valley Ledger",
        ),
        ("By Mara Quist, Lenn County Courier", "Lenn County Courier"),
        ("By Mara Quist for The Portvale Gleaner", "The Portvale Gleaner"),
        ("By Mara Quist • Portvale American-Statesman", "Portvale American-Statesman"),
    ],
)
def test_a_paper_the_table_lacks_in_the_byline_is_the_outlet(byline, paper):
    assert bylines.byline_paper(byline) == paper
    got = parse_text(HEAD + byline + "\n" + STORY)
    assert got["outlet"] == paper
    assert got["reporters"] == ["Mara Quist"]


@pytest.mark.parametrize(
    "byline",
    [
        "By Mara Quist, Senior Media Reporter",  # a post, not a paper
        "By Mara Quist | Local News",  # a section's label
        "By Mara Quist, Portvale",  # a place
        "By Mara Quist, Associated Press",  # a known organisation: the table's canonical name
    ],
)
def test_no_unknown_paper_in_other_bylines(byline):
    assert bylines.byline_paper(byline) is None


def test_a_known_organisation_keeps_its_canonical_name():
    got = parse_text(HEAD + "By Mara Quist, AP\n" + STORY)
    assert got["outlet"] == "Associated Press"


def test_a_paper_on_its_own_line_under_the_names_is_the_outlet_and_no_reporter():
    text = (
        "Harbour board shuts the old ferry pier for repairs\n"
        "Mara Quist\n"
        "Portvale Statesman-Examiner\n"
        "Published 6:02 a.m. CT Nov. 17, 2026\n" + STORY
    )
    got = parse_text(text)
    assert got["reporters"] == ["Mara Quist"]
    assert got["outlet"] == "Portvale Statesman-Examiner"
    roles = roles_of(text)
    assert roles["Mara Quist"] == "byline"
    assert roles["Portvale Statesman-Examiner"] == "boilerplate"


def test_a_section_label_beside_the_byline_is_no_outlet():
    text = (
        "Harbour board shuts the old ferry pier for repairs\n"
        "By Mara Quist\n"
        "Portvale News\n"
        "Nov. 17, 2026\n" + STORY
    )
    assert parse_text(text)["outlet"] is None


def test_a_syndication_note_names_the_paper_the_table_lacks():
    note = "This article originally appeared on Portvale Ledger-Star: Harbour board shuts the pier"
    text = HEAD + "By Mara Quist\n" + STORY + note + "\n"
    got = parse_text(text)
    assert got["outlet"] == "Portvale Ledger-Star"
    assert rule_of(text, note) == "republished_note"


def test_the_house_photo_of_a_paper_the_table_lacks_names_the_outlet():
    text = (
        "The Portvale Australian\n"
        "Harbour board shuts the old ferry pier for repairs\n"
        "Fishing boats at the old pier on Tuesday. Credit: Mara Quist/The Portvale Australian\n"
        + STORY
        + "© Portvale Australian Newspapers 2026\n"
    )
    got = parse_text(text)
    assert got["media"][0]["agencies"] == ["The Portvale Australian"]
    assert got["outlet"] == "The Portvale Australian"


def test_a_paper_only_in_a_credit_names_no_outlet():
    text = (
        HEAD
        + "Fishing boats at the old pier on Tuesday. Credit: Mara Quist/The Portvale Australian\n"
        + STORY
    )
    assert parse_text(text)["outlet"] is None


# ---------------------------------------------------------------- credits


@pytest.mark.parametrize(
    ("line", "credit", "photographers", "agencies"),
    [
        (
            "Main image credit: Dorota Lis-Kowal/PAP",
            "Dorota Lis-Kowal/PAP",
            ["Dorota Lis-Kowal"],
            ["Polish Press Agency"],
        ),
        (
            "Top photo: Dorota Lis-Kowal/Reuters",
            "Dorota Lis-Kowal/Reuters",
            ["Dorota Lis-Kowal"],
            ["Reuters"],
        ),
        (
            "(Photo source: Inquam Photos/ Dorota Lis-Kowal)",
            "Inquam Photos/ Dorota Lis-Kowal",
            ["Dorota Lis-Kowal"],
            ["Inquam"],
        ),
        ("Credits: Lusa; Author: Lusa;", "Lusa; Author: Lusa;", [], ["Lusa"]),
    ],
)
def test_labelled_credit_lines(line, credit, photographers, agencies):
    assert credits.is_credit_line(line)
    found = credits.read(line)
    assert (found.credit, list(found.photographers), list(found.agencies)) == (
        credit,
        photographers,
        agencies,
    )


def test_the_word_credit_glued_to_a_name_keeps_the_name_whole():
    # ('CreditSmita ...': the plural label must not eat the name's first letter)
    assert credits.read("CreditSmita Rao for The New York Times").photographers == ("Smita Rao",)


def test_the_lead_photos_credit_under_the_story_takes_no_paragraph_as_its_caption():
    line = "Main image credit: Dorota Lis-Kowal/PAP"
    text = HEAD + STORY + line + "\n"
    roles = roles_of(text)
    assert [roles[p] for p in PARAGRAPHS] == ["body", "body", "body"]
    assert roles[line] == "credit"
    media = parse_text(text)["media"]
    assert [(m["caption"], m["photographers"]) for m in media] == [(None, ["Dorota Lis-Kowal"])]


def test_an_ordinary_credit_under_a_caption_still_takes_it():
    caption = "Fishing boats at the old pier on Tuesday, Nov. 10, 2026."
    text = HEAD + caption + "\nPhoto: Dorota Lis-Kowal/Reuters\n" + STORY
    assert roles_of(text)[caption] == "caption"


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        (
            "Fishing boats tie up at the old pier in Portvale in August. "
            "DORA LIS-KOWAL dlis@portvalebee.com",
            "Fishing boats tie up at the old pier in Portvale in August.",
            "DORA LIS-KOWAL dlis@portvalebee.com",
        ),
        (
            "Fishing boats tie up at the old pier in Portvale yesterday. "
            "— Picture: Tendai Moyo-Dube",
            "Fishing boats tie up at the old pier in Portvale yesterday.",
            "Picture: Tendai Moyo-Dube",
        ),
        (
            "Fishing boats tie up at the old pier in Portvale. — VNA/VNS Photo Trần Văn Minh",
            "Fishing boats tie up at the old pier in Portvale.",
            "VNA/VNS Photo Trần Văn Minh",
        ),
    ],
)
def test_credits_glued_to_the_caption(line, caption, credit):
    assert credits_glued.split_glued(line) == (caption, credit)


def test_capitals_and_an_address_that_name_no_one_are_no_credit():
    line = "Tickets are on sale at the harbour office from Monday. EMAIL US tickets@portvale.org"
    assert credits_glued.split_glued(line) is None


def test_agency_photo_label_before_the_name():
    found = credits.read("VNA/VNS Photo Trần Văn Minh")
    assert found.photographers == ("Trần Văn Minh",)
    assert found.agencies == ("Vietnam News Agency", "Viet Nam News")


def test_a_publishers_name_in_a_credit_is_no_photographer():
    found = credits.read("Dorota Lis-Kowal/DC Thomson")
    assert found.photographers == ("Dorota Lis-Kowal",)
    assert found.agencies == ("DC Thomson",)


# ---------------------------------------------------------------- chrome


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        (
            "If you value the Portvale Post's reporting on the harbour, please make a gift today.",
            "subscription_pitch",
        ),
        (
            "Submit a letter to the editor at portvalepost.com/letters. Letters should be 200 "
            "words or fewer.",
            "news_tip",
        ),
        ("Did we miss something? Send us a tip.", "tip_line"),
        (
            "Our stories may be republished online or in print under Creative Commons license CC "
            "BY-NC-ND 4.0. We ask that you edit only for style.",
            "republish_box",
        ),
        (
            "Harbour Watch is part of Coastal Newsroom, a nonprofit news network supported by "
            "grants and a coalition of donors.",
            "self_description",
        ),
    ],
)
def test_pitches_and_notes_under_the_story_are_chrome(line, rule):
    text = HEAD + STORY + line + "\n"
    assert roles_of(text)[line] == "boilerplate"
    assert rule_of(text, line) == rule


def test_a_sentence_about_a_gift_stays_the_story():
    line = "If you value the old pier, the mayor said, you should make a gift to its repair fund."
    text = HEAD + PARAGRAPHS[0] + "\n" + line + "\n" + "\n".join(PARAGRAPHS[1:]) + "\n"
    assert roles_of(text)[line] == "body"


# ---------------------------------------------------------------- a paper's unnamed staff


@pytest.mark.parametrize(
    ("line", "paper"),
    [
        ("Herald Reporter", "Herald"),
        ("Portvale Chronicle Correspondent", "Portvale Chronicle"),
        ("The Portvale Courier Staff Writer", "The Portvale Courier"),
        ("By Gazette Reporter", "Gazette"),
    ],
)
def test_a_papers_unnamed_staff(line, paper):
    assert bylines.staff_paper(line) == paper
    text = (
        "Harbour board shuts the old ferry pier for repairs\n"
        + line
        + "\n16 Nov, 2026 - 00:11\n"
        + STORY
    )
    got = parse_text(text)
    assert got["outlet"] == paper
    assert got["reporters"] == []


@pytest.mark.parametrize(
    "line",
    ["News Reporter", "Senior Reporter", "Political Correspondent", "Business News Reporter"],
)
def test_a_desks_post_names_no_paper(line):
    assert bylines.staff_paper(line) is None


def test_a_papers_staff_inside_the_story_names_no_outlet():
    line = "Herald Reporter"
    text = HEAD + "By Mara Quist\n" + "\n".join([*PARAGRAPHS, line, *PARAGRAPHS]) + "\n"
    assert parse_text(text)["outlet"] is None


# ---------------------------------------------------------------- linked headlines


def test_linked_headlines_with_their_dates_under_the_story_are_chrome():
    links = [
        "Portvale to pilot a low-emission zone in the old town (November 12, 2026)",
        "Harbour metro line reaches 30 per cent (November 10, 2026)",
    ]
    text = HEAD + STORY + "Other News\n" + "\n".join(links) + "\n"
    roles = roles_of(text)
    assert [roles[x] for x in links] == ["boilerplate", "boilerplate"]
    assert rule_of(text, links[0]) == "see_also"


def test_a_sentence_ending_in_a_bracketed_date_stays_the_story():
    line = "The board first proposed the closure in a report to the council (November 12, 2026)."
    text = HEAD + PARAGRAPHS[0] + "\n" + line + "\n" + "\n".join(PARAGRAPHS[1:]) + "\n"
    assert roles_of(text)[line] == "body"


def test_an_outlet_the_table_lacks_is_flagged_and_a_known_one_is_not():
    note = "This story originally appeared in The Portvale Times."
    got = parse_text(HEAD + "By Mara Quist\n" + STORY + note + "\n")
    assert got["outlet"] == "The Portvale Times"
    assert "unknown_outlet" in got["quality_flags"]
    known = parse_text(HEAD + "By Mara Quist, AP\n" + STORY)
    assert known["outlet"] == "Associated Press"
    assert "unknown_outlet" not in known["quality_flags"]
