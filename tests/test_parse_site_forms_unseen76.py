"""Forms the rules missed on the pages of unseen76 to unseen79 (invented text, worded apart
from those pages): 'Photo submitted' is the credit as written, not 'submitted'; a slashed
credit whose paper is followed by 'photo' ('Jo Li/PVNS photo'); a photo's toolbar ('Buy Now',
'Save'), then its credit, then its caption.

Cases marked "guard" pass on the code before these rules too; they pin what must not change."""

import pytest

from pipeline.parse import credits, parse_text
from tests.pages import PARAGRAPHS, TITLE, media_of, under_caption, with_line

SCENE = "Crews load a barge at the Portvale ferry slip on Monday."


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        ("Photo submitted", "Photo submitted"),
        ("(Photo submitted)", "Photo submitted"),
        ("Picture supplied", "Picture supplied"),  # a guard: kept whole before too
        ("Photo contributed.", "Photo contributed"),
        ("Photo: Supplied", "Supplied"),  # guards: after a mark the label comes off
        ("Photo / Supplied", "Supplied"),
        ("Photo: Ivan Holt", "Ivan Holt"),
    ],
)
def test_a_label_and_the_word_saying_who_gave_the_photo_are_the_credit_as_written(text, credit):
    assert credits.clean(text) == credit


def test_a_glued_photo_submitted_keeps_its_label():
    got = with_line(SCENE + " (Photo submitted)")
    assert media_of(got) == [("Photo submitted", [], [])]


@pytest.mark.parametrize(
    "got", [under_caption("Ivan Holt/PVNS photo"), with_line(SCENE + " Ivan Holt/PVNS photo")]
)
def test_a_slashed_credit_whose_paper_is_followed_by_photo(got):
    assert media_of(got) == [("Ivan Holt/PVNS photo", ["Ivan Holt"], ["PVNS"])]


def under_tools(credit: str, caption: str) -> dict:
    """A story with a photo block after its first paragraph: the toolbar, a credit, a caption."""
    return parse_text(
        f"{TITLE}\nBy Ilse Marrow\nJune 3, 2026\n{PARAGRAPHS[0]}\nBuy Now\nSave\n{credit}\n"
        f"{caption}\n" + "\n".join(PARAGRAPHS[1:]) + "\n"
    )


@pytest.mark.parametrize(
    ("credit", "caption", "media", "caption_role"),
    [
        (
            "Submitted Photo",
            "Crews set concrete panels for the floodwall near the pier in May 2025.",
            [("Submitted Photo", [], [])],
            "body",  # one sentence under a credit no byline reads as: no scene, no date
        ),
        (
            "Ivan Holt/Portvale Gazette",
            "Harbour master Lena Markov addresses the board during Monday's meeting.",
            [("Ivan Holt/Portvale Gazette", ["Ivan Holt"], ["Portvale Gazette"])],
            "caption",
        ),
    ],
)
def test_a_credit_under_a_photos_toolbar_and_over_its_caption(credit, caption, media, caption_role):
    got = under_tools(credit, caption)
    assert media_of(got) == media
    lines = [ln for ln in got["line_roles"]]
    assert lines[6:8] == ["credit", caption_role]


def test_a_name_and_paper_over_a_story_paragraph_under_the_toolbar_is_no_credit():
    # a guard: the story's paragraph under it, no photo's caption
    got = under_tools(
        "Ivan Holt/Portvale Gazette",
        "The harbour board voted on Monday to close the pier, and Lena Markov said the cost "
        "was too high for the town.",
    )
    assert media_of(got) == []
