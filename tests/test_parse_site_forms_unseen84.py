"""Forms the rules missed on the pages of unseen84 and unseen85 (English editions of papers in
India, the Middle East and North and East Africa; invented text, worded apart from those
pages):

- bylines: 'THE PORTVALE AGE. | JO LI' (a paper named 'Age', a full stop before the bar, the
  outlet in title case), a reporter between a stamp's bars, 'PV Explainers' names no one;
- a caption or a deck over the paragraph that opens with the dateline; 'Mysore/Mysuru:'; PTI's
  'Portvale (AP), Jan 27 (PTI) ...' (AP: the state); one capitalised name as the dateline's
  tag is the outlet ('(Walta)');
- credits: 'File image/PTI' glued, '| Portvale photo', '[Pic. by Jo Li]', '(PORTVALE TIMES
  PHOTO)', 'Video credit: X', 'Video: ANI' (not a media label);
- a stamp between bars with a desk's and a place's name; a byline's stamp under the headline
  dates the story over today's date in the masthead; a copyright notice's ' - All Rights
  Reserved' is no part of the page's name.

Cases marked "guard" pass on the code before these rules too; they pin what must not change."""

import datetime as dt

import pytest

from pipeline.parse import credits, dateline, parse_text
from pipeline.parse.credits_glued import split_glued
from pipeline.parse.dates import is_date_line
from tests.pages import PARAGRAPHS, TITLE, media_of, under_caption

SCENE = "Workers clear silt from a drain along the river in Portvale on Tuesday"


def page(*lines: str) -> dict:
    return parse_text("\n".join(lines) + "\n")


def test_a_papers_name_in_capitals_then_the_reporter():
    got = page(TITLE, "THE PORTVALE AGE. | IVAN HOLT", "Published : Feb 2, 2025", *PARAGRAPHS)
    assert got["reporters"] == ["Ivan Holt"]
    assert got["outlet"] == "THE PORTVALE AGE"  # a paper the table lacks, as the text names it
    # on the paper's own page, as the page writes its name
    got = page(
        "The Portvale Age", "Home", "Metros", TITLE, "THE PORTVALE AGE. | IVAN HOLT",
        "Published : Feb 2, 2025", *PARAGRAPHS,
    )  # fmt: skip
    assert got["outlet"] == "The Portvale Age"


def test_the_reporter_between_a_stamps_bars():
    got = page(TITLE, "Wednesday, 12 March 2025 | Ivan Holt | Portvale", *PARAGRAPHS)
    assert got["reporters"] == ["Ivan Holt"]
    assert got["published"] == dt.date(2025, 3, 12)


def test_a_sections_desk_names_no_reporter():
    got = page(TITLE, "PV Explainers • March 8, 2025, 14:35:12 IST", *PARAGRAPHS)
    assert got["reporters"] == []


def test_a_caption_over_the_dateline_paragraph_leaves_the_dateline():
    dated = (
        "Portvale City, June 30, 2025 (PVB) – The region on Monday opened a cold-chain depot "
        "near the airport that will let farmers store fruit for export, officials said."
    )
    got = page(
        "PVB", "Portvale Broadcasting", "Home", "News", "Business", "Sport", "PVB Radio",
        "English", TITLE, "June 30, 2025", "Officials tour the new depot on Monday.", dated,
        *PARAGRAPHS, "Watch: The opening of the depot",
    )  # fmt: skip
    assert got["dateline_place"] == "Portvale City"


def test_a_table_row_under_a_line_is_no_dateline():  # guard
    got = page(TITLE, "April 7 - as of Friday, April 3, 1986.", "WHEAT - 2,602,000 bushels")
    assert got["dateline_place"] is None


@pytest.mark.parametrize(
    ("line", "place", "wire"),
    [
        (
            "Mysore/Mysuru: The walking path around the lake will remain closed to the public "
            "for three weeks from Monday for repairs, officials said on Tuesday.",
            "Mysore/Mysuru",
            None,
        ),
        (
            "Kakinada (AP), Jan 27 (PTI) Eleven fishermen were rescued by the Coast Guard.",
            "Kakinada",
            "PTI",
        ),
    ],
)
def test_datelines_of_indian_papers(line, place, wire):
    found = dateline.find(line)
    assert found is not None
    assert (found.place, found.wire) == (place, wire)


def test_one_capitalised_name_as_the_tag_is_the_outlet():
    got = page(TITLE, "July 2, 2025", f"Bahir Dar, July 2, 2025 (Walta) – {PARAGRAPHS[0]}")
    assert got["outlet"] == "Walta"


@pytest.mark.parametrize("tag", ["(Updated)", "(Kolkata)"])
def test_a_word_that_is_no_outlet_in_the_tag(tag):  # guard (the tag's place: no outlet)
    got = page(TITLE, "July 2, 2025", f"Portvale, July 2, 2025 {tag} – {PARAGRAPHS[0]}")
    assert got["outlet"] is None


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        (f"{SCENE}. File image/PTI", "File image/PTI"),
        (f"{SCENE} | Portvale photo", "Portvale photo"),
        (f"{SCENE}. The path has potholes. [Pic. by Ivan Holt]", "Pic. by Ivan Holt"),
    ],
)
def test_credits_glued_to_indian_captions(line, credit):
    split = split_glued(line)
    assert split is not None and split[1] == credit


@pytest.mark.parametrize(
    ("line", "agencies"),
    [
        ("(PORTVALE TIMES PHOTO)", ["Portvale Times"]),
        ("Video credit: Portvale Forest Department", ["Portvale Forest Department"]),
        ("Video: ANI", ["ANI"]),
    ],
)
def test_credit_lines_of_indian_pages(line, agencies):
    assert credits.is_credit_line(line)
    assert list(credits.read(line).agencies) == agencies


def test_a_video_credit_is_no_media_label():
    got = under_caption("Video: ANI", "Residents describe the high-tide flooding at the coast.")
    assert media_of(got) == [("ANI", [], ["ANI"])]


def test_a_video_label_over_its_title_stays_a_media_label():  # guard
    got = page(TITLE, "June 3, 2026", PARAGRAPHS[0], "Video: Mayor opens the pier", PARAGRAPHS[1])
    assert got["line_roles"][3] == "media_label"


@pytest.mark.parametrize(
    ("line", "stamp"),
    [
        ("Portvale News Service | Kolkata | March 4, 2025 10:32 pm", True),
        ("The Portvale Network | 18 Apr 2025, 12:14 am", True),  # guard
        ("Home | News | Sports", False),  # guard
        ("Mayor says the pier | will close in March 2025 for good", False),  # guard
    ],
)
def test_a_stamp_between_a_desks_and_a_places_name(line, stamp):
    assert is_date_line(line) is stamp


def test_a_bylines_stamp_under_the_headline_dates_the_story():
    # guard: the masthead's stamp is a stamp since this round's bar form; the byline's dates
    got = page(
        "Thursday, March 13, 2025 | Back issues", "Home", "News", "Courts", TITLE,
        "IVAN HOLT / March 12, 2025", *PARAGRAPHS,
    )  # fmt: skip
    assert got["published"] == dt.date(2025, 3, 12)


def test_a_copyright_notices_dash_is_no_part_of_the_pages_name():
    got = page(
        "Portvalepost", "Home", "India", "Sports", TITLE, "March 8, 2025", *PARAGRAPHS,
        "Copyright © 2025 Portvalepost - All Rights Reserved",
    )  # fmt: skip
    assert got["outlet"] == "Portvalepost"
