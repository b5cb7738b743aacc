"""One credit across the marks that set it off from its caption (session of 2026-12-07
00:00 UTC): a bracket right after the caption's last word, with no full stop between them
('... in Ankara (Reuters)'); a label after a clause's semicolon or comma, in the plural, or
saying 'Credit', 'Courtesy', 'Video'; a photographer or an office and the agency or platform
that carried the picture; a photo named for its owner on its own line; plural labels on a
credit's own line; a credit under a caption without its stop amid the story; a credit after
the caption's last sentence with no mark at all, or labelled 'Source:' after a caption of one
sentence; a photographer's name in brackets whose given name the table lacks. And the lines
that look alike and credit no photo. Every text here is invented."""

from __future__ import annotations

import pytest

from pipeline.parse import credits
from pipeline.parse.credits_glued import split_glued
from tests.pages import CAPTION, between_paragraphs, media_of, under_caption

_SCENE = "Workers lift a rusted beam from the old ferry pier at Portvale on Monday"
# (a wire alone in the bracket credits a photo under a scene in the present tense)
_PRESENT = "A worker lifts a rusted beam from the old ferry pier at Portvale on Monday"


@pytest.mark.parametrize(
    ("scene", "credit", "photographers", "agencies"),
    [
        (_PRESENT, "Reuters", [], ["Reuters"]),
        (_PRESENT, "AP", [], ["Associated Press"]),
        (_PRESENT, "PA", [], ["PA"]),
        (_SCENE, "Jo Li", ["Jo Li"], []),
        (_SCENE, "Jo Li, AP", ["Jo Li"], ["Associated Press"]),
        (_SCENE, "Getty Images", [], ["Getty Images"]),
    ],
)
def test_a_bracketed_credit_after_an_unstopped_caption_is_read(
    scene: str, credit: str, photographers: list[str], agencies: list[str]
) -> None:
    got = between_paragraphs(f"{scene} ({credit})")
    assert media_of(got) == [(credit, photographers, agencies)]
    assert got["media"][0]["caption"] == scene
    assert f"{scene} ({credit})" not in got["body"]


@pytest.mark.parametrize(
    "line",
    [
        # a list's items, each with its bracket
        "Replacements: Jo Li (Biarritz), Kim Bo (Castres), Ana Ruiz (Brive), Lu Wen (Perpignan)",
        # a short form after the long one, a ticker, a body's acronym
        "Rich Okafor has backed the growing business of Voice over Internet Telephony (Voip)",
        "Yields on the harbour board's certificates of deposit (CDs)",
        "The harbour board signed a deal with the chip maker Portvale Semiconductor (PVSC)",
        "Interest rates were left unchanged by the European Central Bank (ECB)",
        # too few words for a caption: a heading and its label
        "Mayor resigns (Reuters)",
        # a wire alone after a story's sentence (no scene), an aside, a name the table lacks
        "The harbour board passed the plan on a vote of five to two (Reuters)",
        "He got the tickets for the opening of the pier last week (courtesy of his boss)",
        "The savings went to a fund run by the harbour's fishermen (Kestra Savers Fund)",
    ],
)
def test_a_bracket_closing_an_unstopped_line_credits_no_photo(line: str) -> None:
    assert split_glued(line) is None
    assert media_of(between_paragraphs(line)) == []


def test_the_stopped_forms_are_unchanged() -> None:
    # (the unstopped reading defers to them: same credit, the caption keeps its stop)
    assert split_glued(f"{_SCENE}. (Reuters)") == (f"{_SCENE}.", "Reuters")
    assert split_glued(f"{_SCENE} (Jo Li/AP)") == (_SCENE, "Jo Li/AP")


_STOPPED = f"{_SCENE}."


@pytest.mark.parametrize(
    ("tail", "credit"),
    [
        ("; Photo: Jo Li", "Photo: Jo Li"),
        (", Image: Portvale City Council", "Image: Portvale City Council"),
        (". Photos: Jo Li", "Photos: Jo Li"),
        ("; Credit: Jo Li, Portvale Herald", "Credit: Jo Li, Portvale Herald"),
        (". Courtesy: Portvale Zoo", "Courtesy: Portvale Zoo"),
        (". Photo courtesy: Jo Li", "Photo courtesy: Jo Li"),
        (". Video: Jo Li", "Video: Jo Li"),
    ],
)
def test_a_label_after_a_clause_or_in_the_plural_is_read(tail: str, credit: str) -> None:
    assert split_glued(f"{_SCENE}{tail}") == (_STOPPED if tail[0] == "." else _SCENE, credit)


def test_a_label_in_a_sentence_is_no_credit() -> None:
    # (a source's name holds no more than one lower-case word)
    assert split_glued(f"{_STOPPED} Video: watch the whole of the board's meeting") is None


@pytest.mark.parametrize(
    ("credit", "photographers", "agencies"),
    [
        ("Jo Li via Reuters", ["Jo Li"], ["Reuters"]),
        ("Portvale Police Department via Facebook", [], ["Portvale Police Department"]),
        ("Handout via Reuters", [], ["Reuters"]),
    ],
)
def test_a_giver_via_an_agency_or_a_platform_after_the_caption_is_read(
    credit: str, photographers: list[str], agencies: list[str]
) -> None:
    assert split_glued(f"{_STOPPED} {credit}") == (_STOPPED, credit)
    got = between_paragraphs(f"{_STOPPED} {credit}")
    assert media_of(got) == [(credit, photographers, agencies)]


def test_via_in_a_sentence_is_no_credit() -> None:
    assert split_glued(f"{_STOPPED} Residents via Facebook") is None
    assert split_glued("The board said the data were shared with the public via Facebook") is None


@pytest.mark.parametrize("credit", ["Special photo", "Army photo", "Portvale Herald photo"])
def test_a_photo_named_for_its_owner_under_its_caption_is_its_credit(credit: str) -> None:
    got = under_caption(credit)
    assert [m["credit"] for m in got["media"]] == [credit]
    assert got["media"][0]["caption"] == CAPTION


@pytest.mark.parametrize("line", ["More photos", "Buy photo", "Harbour Festival Photos"])
def test_a_link_to_photos_under_a_caption_is_no_credit(line: str) -> None:
    assert [m["credit"] for m in under_caption(line)["media"]] == []


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Images: Jo Li/Portvale Herald", "Jo Li/Portvale Herald"),
        ("Pictures: Jo Li", "Jo Li"),
        ("Picture credit: Supplied", "Supplied"),
    ],
)
def test_plural_and_picture_credit_labels_make_credit_lines(line: str, credit: str) -> None:
    assert credits.is_credit_line(line)
    got = under_caption(line)
    assert [m["credit"] for m in got["media"]] == [credit]


def test_a_gallery_heading_in_a_sentence_is_no_credit_line() -> None:
    assert not credits.is_credit_line("Pictures: The storm in pictures as the river rises")


_UNSTOPPED_CAPTION = "Workers lift a rusted beam from the old ferry pier at Portvale"


@pytest.mark.parametrize(
    "credit", ["Submitted photo", "Supplied", "Portvale Police Department", "Jo Li/Staff"]
)
def test_a_credit_under_an_unstopped_caption_amid_the_story_is_its_credit(credit: str) -> None:
    got = under_caption(credit, caption=_UNSTOPPED_CAPTION)
    assert [(m["credit"], m["caption"]) for m in got["media"]] == [(credit, _UNSTOPPED_CAPTION)]


def test_a_subhead_over_a_paragraph_is_no_caption() -> None:
    # (the line under the unstopped one is the story's, not a credit)
    got = between_paragraphs(
        "What the harbour board decided on Monday night",
        "Fishermen who moor at the pier will be offered berths in the new marina at Lenn Bay "
        "until the repairs are done, the board said.",
    )
    assert got["media"] == []


@pytest.mark.parametrize(
    ("tail", "photographers"),
    [
        ("Jo Li, Portvale Herald", ["Jo Li"]),
        ("THE CANADIAN PRESS/HO-Portvale Search and Rescue", []),
    ],
)
def test_a_bare_credit_after_the_captions_last_sentence_is_read(
    tail: str, photographers: list[str]
) -> None:
    assert split_glued(f"{_STOPPED} {tail}") == (_STOPPED, tail)
    got = between_paragraphs(f"{_STOPPED} {tail}")
    assert [(m["credit"], m["photographers"]) for m in got["media"]] == [(tail, photographers)]


@pytest.mark.parametrize(
    "line",
    [
        "Last fight: Aug. 6, 2022 - W, TKO9 vs. Jo Li",  # an abbreviation's stop
        "The harbour board won a one million dollar contract from the U.S. Customs Service",
        "AP News in Brief at 6:04 a.m. EDT | Portvale Herald",
    ],
)
def test_a_tail_after_an_abbreviations_stop_is_no_credit(line: str) -> None:
    assert split_glued(line) is None


@pytest.mark.parametrize("name", ["Heng Sovannarith", "Tauira Mataio", "JO LI", "J. Li"])
def test_a_photographers_name_in_brackets_after_the_caption_is_read(name: str) -> None:
    # (the given name need not be in the table, under a caption's scene)
    assert split_glued(f"{_PRESENT}. ({name})") == (f"{_PRESENT}.", name)


def test_a_label_in_brackets_after_a_storys_sentence_is_no_photographer() -> None:
    assert split_glued("The committee met again on Monday. (Final Words)") is None


@pytest.mark.parametrize("cited", ["Portvale Post", "The Pool"])
def test_a_paper_or_venue_in_brackets_after_a_sentence_is_no_photographer(cited: str) -> None:
    assert split_glued(f"{_STOPPED} ({cited})") is None


def test_a_list_item_in_title_case_with_a_bracketed_name_is_no_caption() -> None:
    assert (
        split_glued("Most Dedicated Fanbase (Presented by Jo Li) - HARBOUR CREW (KIM BO)") is None
    )


@pytest.mark.parametrize("tail", ["Source: Portvale Police", "SOURCE: JO LI"])
def test_a_source_after_a_one_sentence_caption_is_its_credit(tail: str) -> None:
    assert split_glued(f"{_STOPPED} {tail}") == (_STOPPED, tail)
    assert [m["credit"] for m in between_paragraphs(f"{_STOPPED} {tail}")["media"]] == [tail]


@pytest.mark.parametrize(
    "line",
    [
        # a paragraph of more sentences cites where its facts came from
        "The board met for two hours. It agreed to the plan on Monday. Source: Reuters",
        f"{_STOPPED} Source: the harbour police",
    ],
)
def test_a_source_after_a_storys_paragraph_is_no_credit(line: str) -> None:
    assert split_glued(line) is None
