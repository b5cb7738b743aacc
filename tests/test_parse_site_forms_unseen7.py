"""Forms of sites the parser met first on the unseen7 pages (invented text, worded apart from
those pages): company names that read as people in credits, credits with a year, a handle or
an agency's notice after them, offices and courtesy labels, a chart's credit, a site's host,
an authors' block, names with the place they filed from, a name with its organisation and
post, a site's tagline under its name, a Title Case headline with capitalised small words
over its deck, a dash glued to the story after the wire tag, CBC's 'With files from', and
reader pitches told by how they address the reader."""

import pytest

from pipeline.parse import credits, credits_glued, dateline, parse_text
from pipeline.parse.reader_pitch import reader_pitch
from tests.pages import PARAGRAPHS, roles_of, story_with

STORY = "\n".join(PARAGRAPHS) + "\n"
MENU = "Home\nNews\nBusiness\nSport\nCulture\n"
CAPTION = "Ferry crews tie up at the old pier in Portvale on Monday night."


@pytest.mark.parametrize(
    "credit", ["© Kestrel Space", "Kestrel Bank/PA", "Image: Harbour Courts", "Kestrel Capital"]
)
def test_a_companys_name_in_a_credit_is_no_photographer(credit):
    assert credits.read(credit).photographers == ()


def test_a_surname_like_a_company_word_stays_a_photographer():
    assert credits.read("Ines Banks/Newsday").photographers == ("Ines Banks",)


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        (CAPTION + " (Ines Halvorsen/Civil Beat/2025)", "Ines Halvorsen/Civil Beat"),
        (CAPTION + " (Ines Halvorsen/Review-Journal) @inesphoto", "Ines Halvorsen/Review-Journal"),
        (CAPTION + " --fotoBERNAMA (2026) COPYRIGHT RESERVED", "fotoBERNAMA"),
        (CAPTION + " (Courtesy: Portvale Department of Water Supply)", None),
        ("Jo Halvorsen (Portvale Metropolitan Police Department)", None),
        (CAPTION[:-1] + ". (Post-Gazette file photo)", "Post-Gazette file photo"),
        (CAPTION + " - Copyright Canva", "Copyright Canva"),
        (CAPTION + " Photo: Ines Halvorsen for The Mill", "Photo: Ines Halvorsen for The Mill"),
        (CAPTION + " Image: Google Street View", "Image: Google Street View"),
    ],
)
def test_credits_glued_to_a_caption_in_these_forms(line, credit):
    split = credits_glued.split_glued(line)
    assert split is not None
    if credit is not None:
        assert split[1] == credit
    assert "(" not in split[0] and "@" not in split[0] and "COPYRIGHT" not in split[0]


def test_a_story_sentence_ending_in_a_bracketed_office_mid_sentence_is_no_credit():
    # (no sentence ends before the bracket, and the line goes on after it)
    line = "The Portvale Police Department (PPD) said on Monday that the pier was safe."
    assert credits_glued.split_glued(line) is None


@pytest.mark.parametrize(
    ("credit", "agencies"),
    [
        ("(Submitted by Ines Halvorsen)", []),
        ("(Photo courtesy: Portvale County Fire Rescue)", None),
        ("Data: City of Portvale; Chart: Harbour Visuals", ["City of Portvale", "Harbour Visuals"]),
        ("Kremlin.ru", None),
    ],
)
def test_credit_lines_under_a_caption_in_these_forms(credit, agencies):
    page = story_with(CAPTION, credit)
    assert roles_of(page)[credit] == "credit"
    [media] = parse_text(page)["media"]
    if agencies is not None:
        assert media["agencies"] == agencies


def test_a_submitted_photo_names_its_photographer():
    assert credits.read("(Submitted by Ines Halvorsen)").photographers == ("Ines Halvorsen",)


def test_an_authors_block_names_the_reporters_and_keeps_their_posts_out():
    page = (
        MENU
        + "Hurricane forecasts keep getting better – so why do so many people ignore them?\n"
        + "Published: October 21, 2026 8:14am EDT\n"
        + "Authors\n"
        + "Ines Halvorsen\n"
        + "Associate Professor of Emergency Management, Portvale University\n"
        + "Tomas Reyes\n"
        + "Research Fellow in Risk Communication, Portvale Institute of Technology\n"
        + STORY
    )
    got = parse_text(page)
    assert got["reporters"] == ["Ines Halvorsen", "Tomas Reyes"]
    assert got["title"].startswith("Hurricane forecasts")
    roles = roles_of(page)
    assert roles["Associate Professor of Emergency Management, Portvale University"] == (
        "boilerplate"
    )


def test_names_with_the_place_they_filed_from():
    page = (
        "Centre mulls cutting tax on battery cells to spur local output\n"
        + "Ines Halvorsen & Tomas Reyes  |  New Delhi\n"
        + STORY
    )
    assert parse_text(page)["reporters"] == ["Ines Halvorsen", "Tomas Reyes"]


def test_words_and_a_place_are_no_byline():
    line = "Harbour Board Meeting | New Delhi"
    assert roles_of(story_with(line))[line] != "byline"


def test_a_name_with_its_organisation_and_post():
    page = (
        "Samoa's new electoral boundaries challenged in court\n"
        + "4:12 pm on 6 November 2026\n"
        + "Ines Halvorsen, RNZ Pacific Journalist\n"
        + STORY
    )
    got = parse_text(page)
    assert got["reporters"] == ["Ines Halvorsen"]
    assert got["outlet"] == "RNZ"


def test_a_sites_tagline_under_its_name_is_no_headline():
    page = (
        "Gulf Times\nQatar's top-selling English daily\nWednesday, November 04, 2026\n"
        + MENU
        + "Port container volumes rise 14% in October\n"
        + "QNA/Doha\n"
        + "November 04 2026 10:41 PM\n"
        + STORY
    )
    got = parse_text(page)
    assert got["title"] == "Port container volumes rise 14% in October"
    assert got["outlet"] == "Qatar News Agency"


def test_a_title_case_headline_with_capitalised_small_words_over_its_deck():
    page = (
        MENU
        + "Opinion\n"
        + "The Harbour Board's Budget Has Stopped Pretending\n"
        + "Next year's spending plan shows a board that no longer expects the ferries to pay\n"
        + "By Ines Halvorsen\n"
        + "Nov. 6, 2026\n"
        + STORY
    )
    assert parse_text(page)["title"] == "The Harbour Board's Budget Has Stopped Pretending"


def test_a_dash_glued_to_the_story_after_the_wire_tag():
    got = dateline.find("GENEVA (Reuters) -The agency said on Wednesday it would cut jobs.")
    assert got == dateline.Dateline("Geneva", "Reuters")


def test_with_files_from_names_a_reporter_between_the_story_and_links():
    page = (
        "Harbour board shuts the old ferry pier for two years\n"
        + "By Ines Halvorsen\n"
        + STORY
        + "With files from Tomas Reyes\n"
        + "Related Stories\n"
        + "Harbour museum reopens its cellars\n"
        + "Ferry fares rise in January\n"
    )
    assert parse_text(page)["reporters"] == ["Ines Halvorsen", "Tomas Reyes"]


@pytest.mark.parametrize(
    "line",
    [
        "Support local journalism by becoming a member.",
        "Don't miss the big stories. Like us on Facebook.",
        "By supporting The Portvale Star, you're defending independent journalism.",
        "Get the Portvale Radio app",
        "Thanks! We'll send you a confirmation e-mail shortly.",
        "This story is free to read. If you value journalism like this, become a member.",
        "Never miss a story — sign up for the Star's free daily newsletter.",
    ],
)
def test_reader_pitches_by_their_address(line):
    assert reader_pitch(line)
    assert roles_of(story_with(line))[line] == "boilerplate"


@pytest.mark.parametrize(
    "line",
    [
        "Support for the plan fell to 40% in October, the poll found.",
        "A brother and sister in the US sent newsletters to AOL subscribers.",  # 'US' is no 'us'
        "The Who We Are campaign will run the ad on Twitter and Facebook before the debate.",
        "We took action on 2.2 million accounts on Facebook and Instagram last quarter.",
        "For example, you can block Facebook and Instagram during school hours.",
        '"Support our journalism and become a member," the editor told readers.',
        "9. Donate It To a Recycling Center.",
        "Get Down with APP",
    ],
)
def test_story_lines_about_apps_members_and_support_are_no_pitch(line):
    assert not reader_pitch(line)
