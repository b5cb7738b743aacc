"""Forms of sites the parser met first on the unseen10 pages (invented text, worded apart from
those pages): the Trust Project's labels, a press regulator's note, a republication note, an
AI summary's note, a long cookie notice, reader pitches (a newsletter by how often it comes,
the site's reporters or sponsors, a trial offer), a site's note about itself, breadcrumbs,
and credits: a name and its paper in brackets, 'Photo by' with an e-mail address, a courtesy
line glued to the caption, a video's courtesy label, an office's acronym after its place."""

import pytest

from pipeline.parse import credits, credits_glued, parse_text
from pipeline.parse.reader_pitch import reader_pitch, self_description
from tests.pages import HEAD, PARAGRAPHS, roles_of, rule_of

STORY = "\n".join(PARAGRAPHS) + "\n"
CAPTION = "Ferry crews tie up at the old pier in Portvale on Tuesday, Nov. 10, 2026."


@pytest.mark.parametrize(
    "line",
    [
        "Type of Story: News",
        "Based on facts, either observed and verified directly by the reporter, or reported and "
        "verified from knowledgeable sources.",
        "This website and associated newspapers adhere to the Independent Press Standards "
        "Organisation's Editors' Code of Practice.",
        "This story was originally published November 10, 2026 at 5:30 AM.",
        "Summary is AI-generated, newsroom-reviewed",
        "We use cookies on our website to give you the most relevant experience by remembering "
        'your preferences and repeat visits. By clicking "Accept", you consent to the use of '
        "ALL the cookies. However you may visit Cookie Settings to provide a controlled consent.",
    ],
)
def test_labels_and_notes_under_the_story_are_chrome(line):
    assert roles_of(HEAD + STORY + line + "\n")[line] == "boilerplate"


def test_a_sentence_about_an_earlier_publication_stays_the_story():
    line = "This story was originally published in a trade journal, the board said on Monday."
    text = HEAD + PARAGRAPHS[0] + "\n" + line + "\n" + "\n".join(PARAGRAPHS[1:]) + "\n"
    assert roles_of(text)[line] == "body"


@pytest.mark.parametrize(
    "line",
    [
        "Get the Portvale Post's weekly look at the harbour, its boats and the people on them.",
        "Support the reporters who cover your harbour.",
        "The Portvale Post thanks its sponsors. Become one.",
        "Our journalists work hard to bring you local news. This is how you can keep reading "
        "our trusted reporting:",
        "Try 1 month for $1",
    ],
)
def test_reader_pitches_of_the_unseen10_forms(line):
    assert reader_pitch(line)


@pytest.mark.parametrize(
    "line",
    [
        "The bill's sponsors want a daily vote, the speaker said.",
        "The trial ran 3 months for $2 million.",
        "Support the reporters' union, the letter urged.",
        "Daily life in the harbour town has changed.",
    ],
)
def test_story_lines_of_those_words_are_no_pitch(line):
    assert not reader_pitch(line)


def test_a_sites_note_about_itself():
    note = "The Colorado Sun is a nonpartisan news organization based in Denver."
    assert self_description(note)
    assert rule_of(HEAD + STORY + note + "\n", note) == "self_description"


@pytest.mark.parametrize(
    "line",
    [
        # an organisation the table lacks, and no newsroom's kind named (since 2026-12-05 a
        # note that names it, 'X is a nonprofit news organization', is one whoever X is)
        "The Portvale Ledger is a family business that prints the weekly paper.",
        # a company, no newsroom
        "Reuters is a unit of Thomson Reuters.",
    ],
)
def test_other_lines_about_an_organisation_are_no_self_description(line):
    assert not self_description(line)


def test_a_breadcrumb_is_chrome():
    got = parse_text("Business > Companies\n" + HEAD + STORY)
    assert got["title"] == HEAD.strip()
    assert rule_of("Business > Companies\n" + HEAD + STORY, "Business > Companies") == "menu_row"


def test_a_comparison_with_a_greater_than_sign_is_no_breadcrumb():
    line = "Revenue > $5 million"
    assert roles_of(HEAD + PARAGRAPHS[0] + "\n" + line + "\n" + STORY)[line] != "boilerplate"


@pytest.mark.parametrize(
    ("tail", "credit", "photographers", "agencies"),
    [
        (
            " (Ines Halvorsen, The Colorado Sun)",
            "Ines Halvorsen, The Colorado Sun",
            ("Ines Halvorsen",),
            ("The Colorado Sun",),
        ),
        (
            " Photo by Ines Halvorsen, ihalvorsen@portvalepost.com",
            "Photo by Ines Halvorsen, ihalvorsen@portvalepost.com",
            ("Ines Halvorsen",),
            (),
        ),
        (" Courtesy of KS hynix", "Courtesy of KS hynix", (), ()),
    ],
)
def test_credits_of_the_unseen10_forms_glued_to_a_caption(tail, credit, photographers, agencies):
    assert credits_glued.split_glued(CAPTION + tail) == (CAPTION, credit)
    read = credits.read(credit)
    assert read.photographers == photographers and read.agencies == agencies


@pytest.mark.parametrize(
    "line",
    [
        CAPTION + " (Jo Li, a teacher)",
        CAPTION + " (Mayor Ines Halvorsen, Portvale Council)",
        "The deal went ahead. Courtesy of the board, the ferry kept running.",
    ],
)
def test_a_person_and_their_post_in_brackets_is_no_credit(line):
    assert credits_glued.split_glued(line) is None


def test_a_videos_courtesy_label():
    # the credit as written keeps 'courtesy' since 2026-12-05, 11:33 UTC (it was 'Phivolcs');
    # who supplied the video is read without it
    found = credits.read("Video courtesy of Phivolcs")
    assert found.credit == "Video courtesy of Phivolcs"
    assert found.photographers == ()


def test_an_offices_acronym_after_its_place_is_no_photographer():
    assert credits.read("Photo courtesy of Albay PDRRMO").photographers == ()
    # AFP's surname in capitals after a given name stays a photographer
    assert credits.read("Jo LINDQVIST/AFP").photographers == ("Jo Lindqvist",)
