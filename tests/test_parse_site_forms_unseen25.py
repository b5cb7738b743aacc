"""Forms of sites the parser met first on the unseen25 and unseen26 pages (invented text,
worded apart from those pages): a paper's file photo after a comma, a credit line under a
caption that stands right under the byline, credits glued after a bar ('| Submitted'), in
brackets ('(X photo by Jo Li)'), as an agency's word for its photo ('REUTERS PHOTO') or as an
office after 'Photo:'; organisations that read as two capitalised words; a name run into its
paper's on one byline line; a name in capitals before a paper's staff post; 'As of' stamps;
three closing notes.

Cases marked "guard" pass on the code before these rules too; they pin what must not change."""

import pytest

from pipeline.parse import bylines, credits, credits_glued, parse_text
from pipeline.parse.dates import is_date_line
from pipeline.parse.knowledge import organisations
from pipeline.parse.names import person_name
from tests.pages import (
    CAPTION,
    STORY,
    TITLE,
    media_of,
    under_caption,
    with_closing_note,
)


def test_a_papers_file_photo_after_a_comma():
    got = under_caption("Kara Venn, The Portvale Gazette file")
    assert media_of(got) == [
        ("Kara Venn, The Portvale Gazette file", ["Kara Venn"], ["The Portvale Gazette"])
    ]
    assert CAPTION not in got["body"]


def lead_photo(second: str) -> dict:
    """A page whose lead photo's caption stands right under the byline."""
    text = f"{TITLE}\nJune 3, 2026\nBy Ilse Marrow | imarrow@portvale.com\n{second}\n" + STORY
    return parse_text(text)


def test_a_credit_line_under_a_caption_right_under_the_byline():
    got = lead_photo(f"{CAPTION}\nKara Venn | kvenn@portvale.com")
    assert media_of(got) == [("Kara Venn", ["Kara Venn"], [])]
    assert got["reporters"] == ["Ilse Marrow"]
    assert CAPTION not in got["body"]


def test_a_second_name_and_address_under_a_story_line_stays_out_of_the_media():
    # a guard: without a photo's cue (a date, a pose) the line under the byline is the story
    line = "The harbour board voted to close the old ferry pier at Portvale for repairs."
    got = lead_photo(f"{line}\nKara Venn | kvenn@portvale.com")
    assert got["media"] == []


@pytest.mark.parametrize("source", ["Submitted", "Supplied", "Contributed"])
def test_a_source_word_after_a_bar_closing_a_caption(source):
    line = f"Detective Sergeant Ilse Varga, who led the inquiry. | {source}"
    assert credits_glued.split_glued(line) == (
        "Detective Sergeant Ilse Varga, who led the inquiry.",
        source,
    )


def test_a_bar_and_a_source_word_inside_a_sentence_are_no_credit():
    # a guard: the bar must follow a full stop
    assert credits_glued.split_glued("Ilse Varga led the inquiry | Submitted") is None


def test_a_sources_photo_by_its_photographer_in_brackets():
    line = (
        "Sen. Ilse Varga speaks in favor of her bill before the committee on April 8, 2026. "
        "(Portvale News Service photo by Kara Venn)"
    )
    _caption, credit = credits_glued.split_glued(line) or ("", "")
    assert credit == "Portvale News Service photo by Kara Venn"
    found = credits.read(credit)
    assert found.photographers == ("Kara Venn",)
    assert found.agencies == ("Portvale News Service",)


def test_the_story_saying_photo_by_in_brackets_in_lower_case_is_no_credit():
    # a guard: the source's name opens with a capital
    line = "She showed the board an old picture (her own photo by the pier) on Monday."
    assert credits_glued.split_glued(line) is None


@pytest.mark.parametrize(
    ("end", "agency"), [("REUTERS PHOTO", "Reuters"), ("Xinhua photo", "Xinhua")]
)
def test_an_agencys_word_for_its_photo_closing_a_caption(end, agency):
    line = f"Workers unload sacks of rice at a warehouse in Portvale on Feb. 10, 2026. {end}"
    _caption, credit = credits_glued.split_glued(line) or ("", "")
    assert credit == end
    assert organisations().lookup(agency) in credits.read(credit).agencies


def test_an_administration_after_a_photo_label():
    caption = "Passengers board a canal boat at the pier on March 25, 2026."
    line = f"{caption} Photo: Portvale Metro Administration"
    assert credits_glued.split_glued(line) == (
        caption,
        "Photo: Portvale Metro Administration",
    )


@pytest.mark.parametrize(
    "name",
    ["Portvale ISD", "Portvale Harbour Ferry", "Lennshire Constabulary", "Senedd Cymru"],
)
def test_bodies_that_read_as_two_capitalised_words_are_no_people(name):
    assert person_name(name) is None


@pytest.mark.parametrize("name", ["Ilse Varga III", "Kara Venn JR", "Ilse Varga"])
def test_a_names_suffix_in_capitals_stays_a_name(name):
    # a guard: the rule on an acronym at the end leaves roman numerals and 'JR' alone
    assert person_name(name) == name


def test_a_name_run_into_its_papers_name_on_one_byline_line():
    text = (
        f"{TITLE}\nIlse Marrow Palm Springs Desert Sun\nKara Venn Palm Springs Desert Sun\n"
        "Published 6:00 a.m. PT June 3, 2026\n" + STORY
    )
    got = parse_text(text)
    assert got["title"] == TITLE
    assert got["reporters"] == ["Ilse Marrow", "Kara Venn"]
    assert got["outlet"] == "The Desert Sun"


def test_a_photographers_slash_credit_naming_the_paper_stays_a_credit():
    got = under_caption("Kara Venn/The Desert Sun")
    assert media_of(got) == [("Kara Venn/The Desert Sun", ["Kara Venn"], ["The Desert Sun"])]
    assert got["reporters"] == ["Ilse Marrow"]


def test_a_name_in_capitals_is_no_part_of_the_papers_name():
    assert bylines.staff_paper("By KARA VENN Tribune Staff Reporter") is None
    # a guard: the paper's staff without a name
    assert bylines.staff_paper("Portvale Herald Reporter") == "Portvale Herald"


def test_an_as_of_stamp_is_a_date_line():
    assert is_date_line("As of Thursday, July 17, 2026")
    # a guard: a sentence holding 'as of' stays one
    assert not is_date_line("The rule applies as of Thursday, July 17, 2026, officials said.")


@pytest.mark.parametrize(
    ("note", "rule"),
    [
        ("Comments are closed on this article.", "comment_form"),
        (
            "Originally published as Portvale drivers hit hardest as petrol prices peak",
            "republished_note",
        ),
        (
            "Use of and/or registration on any portion of this site constitutes acceptance of "
            "our User Agreement and Privacy Policy.",
            "disclaimer",
        ),
    ],
)
def test_closing_notes_are_boilerplate_by_their_own_rules(note, rule):
    got = with_closing_note(note)
    assert note not in got["body"]
    assert {"text": note, "rule": rule} in got["boilerplate"]


def test_two_local_democracy_services_stay_apart():
    table = organisations()
    assert table.lookup("Local Democracy Reporting Service") == "Local Democracy Reporting Service"
    assert table.lookup("LDRS") == "Local Democracy Reporting Service"
    assert table.lookup("Local Democracy Reporting") == "Local Democracy Reporting"
