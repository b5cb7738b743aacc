"""Forms the rules missed on the pages of unseen68 to unseen71 (invented text, worded apart
from those pages), written as cues that hold on any site: initials in brackets closing a
caption ('... on Wednesday. (PVTV)'); a dash, then a label and its source ('... last year.
--Photo PVB'); a photographer's name or initials before 'photo' on a line of its own ('Jo Li
photo - Portvale Tribune', '(PVB Photo)'); a Korean paper's 'Photo=Yonhap'; a station's call
sign in a dateline's brackets as the outlet.

Cases marked "guard" pass on the code before these rules too; they pin what must not change."""

import pytest

from pipeline.parse import credits, outlet_cues, parse_text
from tests.pages import STORY, TITLE, media_of, under_caption, with_line

SCENE = "Crews load a barge at the Portvale ferry slip on Monday."


@pytest.mark.parametrize(
    ("tail", "credit"),
    [
        (" (PVTV)", "PVTV"),
        (" --Photo PVB", "PVB"),
        (" --Photo Portvale Times", "Portvale Times"),
        (" — Photo Portvale Times", "Portvale Times"),
    ],
)
def test_initials_in_brackets_or_a_dashed_label_closing_a_caption_credit_it(tail, credit):
    got = with_line(SCENE + tail)
    assert media_of(got) == [(credit, [], [credit])]
    assert SCENE + tail not in got["body"]


@pytest.mark.parametrize(
    "line",
    [
        SCENE + " (VIDEO)",  # a guard: a label in brackets, no source
        # guards: a story's line reporting words, closed by initials the table lacks; a wire
        # story's wrapped line, the bracket glued to its stop; a digest's item citing its
        # source; a headline's label after a question
        "The pier will reopen in May, the harbour master said. (PVTV)",
        "Harbour shares were unchanged in light early dealings.(PVTV)",
        "• The harbour board agreed to close the old pier for two years. (PVTV)",
        "Will the harbour board close the old pier for good? (TWEETS)",
    ],
)
def test_a_label_in_brackets_or_reported_words_stay_in_the_story(line):
    got = with_line(line)
    assert media_of(got) == []
    assert line in got["body"]


@pytest.mark.parametrize(
    ("line", "credit", "photographers", "agencies"),
    [
        ("Ivan Holt photo", "Ivan Holt photo", ["Ivan Holt"], []),
        (
            "Ivan Holt photo - Portvale Tribune",
            "Ivan Holt photo - Portvale Tribune",
            ["Ivan Holt"],
            ["Portvale Tribune"],
        ),
        ("(PVB Photo)", "PVB Photo", [], ["PVB"]),
        ("Photo=Yonhap", "Yonhap", [], ["Yonhap"]),
        ("Photo=Ivan Holt", "Ivan Holt", ["Ivan Holt"], []),
    ],
)
def test_a_name_or_initials_before_photo_and_a_korean_label_are_credit_lines(
    line, credit, photographers, agencies
):
    assert credits.is_credit_line(line)
    assert media_of(under_caption(line)) == [(credit, photographers, agencies)]


@pytest.mark.parametrize("line", ["TV Photo", "News Photo"])
def test_a_menus_photo_entry_names_no_photographer(line):
    # guards: a menu's words before 'Photo'
    assert not credits.is_credit_line(line)
    assert media_of(under_caption(line)) == []


def test_a_call_sign_in_a_datelines_brackets_is_the_outlet():
    text = (
        f"Harbour Times Online\nHome\nNews\n{TITLE}\nBy Ilse Marrow\nJune 3, 2026\n"
        "PORTVALE, Eastland (KPVT) - " + STORY
    )
    got = parse_text(text)
    assert (got["outlet"], got["dateline_place"]) == ("KPVT", "Portvale, Eastland")


@pytest.mark.parametrize(("tag", "sign"), [("KPVT", "KPVT"), ("NPN", "NPN"), ("VIDEO", None)])
def test_a_call_sign_is_three_to_six_capitals_and_no_label(tag, sign):
    assert outlet_cues.call_sign(tag) == sign
