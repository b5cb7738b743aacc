"""Credits glued to captions and body sentences, in forms found on scraped pages (invented text)."""

import pytest

from pipeline.parse import credits, parse_text

STORY = (
    "The harbour authority approved the new ferry timetable on Tuesday after months of "
    "complaints from commuters about late boats and crowded decks.\n"
    "Officials said the change would take effect next month and cost less than expected.\n"
)


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        (
            "FILE - Two ministers talk at the harbour summit in Portvale. Here is a look at "
            "what each may hope to achieve:  (Jo Brandt/Pool Photo via AP, File) Jo Brandt AP",
            "FILE - Two ministers talk at the harbour summit in Portvale. Here is a look at "
            "what each may hope to achieve:",
            "Jo Brandt/Pool Photo via AP, File",
        ),
        (
            "The mayor greets ferry crews in Portvale. (AP Photo/Jo Brandt, file)(",
            "The mayor greets ferry crews in Portvale.",
            "AP Photo/Jo Brandt, file",
        ),
        (
            "Commuters wait on the pier before dawn. Photo: Jo Brandt, AP",
            "Commuters wait on the pier before dawn.",
            "Photo: Jo Brandt, AP",
        ),
        (
            "Commuters wait on the pier before dawn.Image: Jo Brandt/Getty Images",
            "Commuters wait on the pier before dawn.",
            "Image: Jo Brandt/Getty Images",
        ),
        (
            "The old harbour office is the site of the talks                (Lehtikuva)",
            "The old harbour office is the site of the talks",
            "Lehtikuva",
        ),
    ],
)
def test_glued_credit_is_split(line, caption, credit):
    assert credits.split_glued(line) == (caption, credit)


@pytest.mark.parametrize(
    "line",
    [
        "The minister said the plan was sound (Reuters).",
        "The mayor walks to the hall. Photo: file",
        "He (Smith/Jones) spoke about the ferries at length on Monday.",
    ],
)
def test_sentences_without_a_credit_are_not_split(line):
    assert credits.split_glued(line) is None


def test_credit_line_repeating_the_glued_credit_keeps_one_photo_with_both_agencies():
    text = (
        "Ferry timetable approved after months of complaints\n"
        "In this 2023 file photo the mayor greets ferry crews in Portvale. Both sides meet "
        "again on Monday. (AP Photo/Jo Brandt, file)(\n"
        "Jo Brandt\n" + STORY
    )
    media = parse_text(text)["media"]
    assert [(m["credit"], m["photographers"], m["agencies"]) for m in media] == [
        ("Jo Brandt", ["Jo Brandt"], ["Associated Press"])
    ]


def test_pool_photo_via_agency_gives_photographer_and_agency():
    text = (
        "Ferry timetable approved after months of complaints\n"
        "FILE - In this 2023 file photo, two ministers talk at the harbour summit in "
        "Portvale.  (Jo Brandt/Pool Photo via AP, File) Jo Brandt AP\n" + STORY
    )
    media = parse_text(text)["media"]
    assert [(m["credit"], m["photographers"], m["agencies"]) for m in media] == [
        ("Jo Brandt/Pool Photo via AP, File", ["Jo Brandt"], ["Associated Press"])
    ]
