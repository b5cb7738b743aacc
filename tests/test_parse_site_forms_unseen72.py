"""Forms the rules missed on the pages of unseen72 to unseen75 (invented text, worded apart
from those pages): a reporter's post before the name with no colon ('Reporter Jo Li', Korean
papers' English editions); 'Words and photos: Jo Li'; a paper's initials signing its staff's
story ('SE Report'), no person; Spanish agencies' dateline 'MADRID, Mar 14 (EFE).- '; a label
joined to its source by '=' or a hyphen ('[Photo=Portvale City]', '(Photo-PVB)'); who gave
the photo after a slash closing the caption ('/Courtesy of Portvale City'); 'File photo'
under a caption.

Cases marked "guard" pass on the code before these rules too; they pin what must not change."""

import pytest

from pipeline.parse import dateline, parse_text
from tests.pages import STORY, TITLE, media_of, under_caption, with_line

SCENE = "Crews load a barge at the Portvale ferry slip on Monday."


def under_title(line: str) -> dict:
    """A story with the line between its headline and its date stamp."""
    return parse_text(f"Portvale Herald\nHome\n{TITLE}\n{line}\nJune 3, 2026\n" + STORY)


@pytest.mark.parametrize(
    ("line", "reporters"),
    [
        ("Reporter Ivan Holt", ["Ivan Holt"]),
        ("Reporter Park Ji-hoon", ["Park Ji-hoon"]),
        ("Words and photos: Ivan Holt", ["Ivan Holt"]),
        ("Text and pictures: Ivan Holt", ["Ivan Holt"]),
        ("By Ivan Holt", ["Ivan Holt"]),  # a guard
    ],
)
def test_bylines_with_a_post_or_a_label_before_the_name(line, reporters):
    got = under_title(line)
    assert got["reporters"] == reporters
    assert got["line_roles"][3] == "byline"


@pytest.mark.parametrize("line", ["PV Report", "By PV Report"])
def test_a_papers_initials_signing_its_staffs_story_name_no_reporter(line):
    assert under_title(line)["reporters"] == []


def test_reporter_and_two_capitalised_words_is_a_headline_not_a_byline():
    # a guard: no given name the table knows, no hyphenated one
    got = under_title("Reporter Wins Award")
    assert got["reporters"] == []
    assert got["line_roles"][3] != "byline"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("MADRID, 14 Mar (EFE).- The government said on Friday it would act.", "Madrid"),
        (
            "Panama City, Mar 14 (EFE).- The canal authority said on Friday it would act.",
            "Panama City",
        ),
    ],
)
def test_a_spanish_agencys_tag_then_a_stop_and_a_hyphen_closes_the_dateline(text, place):
    found = dateline.find(text)
    assert found is not None
    assert (found.place, found.wire) == (place, "EFE")


def test_the_efe_dateline_names_the_outlet():
    text = f"Harbour Times\nHome\n{TITLE}\nBy Ivan Holt\nJune 3, 2026\nPORTVALE, Mar 14 (EFE).- "
    got = parse_text(text + STORY)
    assert (got["dateline_place"], got["outlet"]) == ("Portvale", "EFE")


@pytest.mark.parametrize(
    ("tail", "credit", "photographers", "agencies"),
    [
        (" [Photo=Portvale City]", "Portvale City", [], ["Portvale City"]),
        (" [Photo=Ivan Holt]", "Ivan Holt", ["Ivan Holt"], []),
        (" (Photo-PVB)", "PVB", [], ["PVB"]),
        (" /Courtesy of Portvale City", "Courtesy of Portvale City", [], ["Portvale City"]),
    ],
)
def test_a_label_joined_by_an_equals_sign_or_a_hyphen_or_a_slashed_courtesy(
    tail, credit, photographers, agencies
):
    got = with_line(SCENE + tail)
    assert media_of(got) == [(credit, photographers, agencies)]
    assert SCENE + tail not in got["body"]


def test_file_photo_under_a_caption_credits_it():
    assert media_of(under_caption("File photo")) == [("File photo", [], [])]
