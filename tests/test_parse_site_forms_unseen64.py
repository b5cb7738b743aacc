"""Credit forms the rules missed on the pages of unseen52 to unseen67 (invented text, worded
apart from those pages), written as cues that hold on any site rather than one site's form:
a photo's label closing a caption with any short name after it ('Picture: HarbourCo', 'SN
photo: Jo Li', 'Photo provided by Portvale Battery'); a label set off from its source by a
slash or a bar on a line of its own ('PORTVALE PHOTO | JO LI', 'Photo/Facebook'); any short
capitalised name after a photographer's slash under a caption; the owner before 'photo by'
as a body, not a person; Newsis, a Korean agency the table lacked. Outlets: a dateline's tag
the table lacks, when it is the page's own name or a paper's; a byline that repeats a line of
the page's top chrome (the site signing, no reporter); the masthead cue for unsigned stories
too, unless a line says where the story came from.

Cases marked "guard" pass on the code before these rules too; they pin what must not change."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.parse import credits, credits_glued, parse_text
from pipeline.parse.knowledge import organisations
from tests.pages import CAPTION, STORY, TITLE, media_of, under_caption, with_line

SCENE = "Crews load a barge at the Portvale ferry slip on Monday."


@pytest.mark.parametrize(
    ("tail", "credit", "photographers", "agencies"),
    [
        (" Picture: HarbourCo", "HarbourCo", [], ["HarbourCo"]),
        (" [PV photo: Ana Ruiz]", "PV photo: Ana Ruiz", ["Ana Ruiz"], ["PV"]),
        (" [Photo provided by Portvale Battery]", "Portvale Battery", [], ["Portvale Battery"]),
        (
            " Photo credit: Parliament of Portvale Media Unit",
            "Parliament of Portvale Media Unit",
            [],
            [],
        ),
        (  # a guard: an office's name after a bar and a label was a credit before
            " | Image: Portvale Harbour Authority",
            "Portvale Harbour Authority",
            [],
            ["Portvale Harbour Authority"],
        ),
        (" Photo contributed", "Photo contributed", [], []),
        (
            " (image: Portvale Metropolitan Government)",
            "Portvale Metropolitan Government",
            [],
            ["Portvale Metropolitan Government"],
        ),
        (" Photo: Instagram/@pv.daily", "Instagram/@pv.daily", [], []),
    ],
)
def test_a_photo_label_closing_a_caption_credits_any_short_name(
    tail, credit, photographers, agencies
):
    got = with_line(SCENE + tail)
    assert media_of(got) == [(credit, photographers, agencies)]
    assert SCENE + tail not in got["body"]


def test_the_owner_before_photo_by_is_a_body_not_a_photographer():
    tail = " Portvale Air Guard photo by Tech. Sgt. Ana Ruiz"
    got = with_line(SCENE + tail)
    assert media_of(got) == [(tail.strip(), ["Ana Ruiz"], ["Portvale Air Guard"])]
    assert credits.read("Portvale Air Guard photo by Ana Ruiz").photographers == ("Ana Ruiz",)


@pytest.mark.parametrize(
    "line",
    [
        # the rule's limits: a label with no name after it, or a name in lower case
        SCENE + " Photo: File",
        SCENE + " Photo: the crew",
        # a story's line that reports someone's words
        "The pier will reopen in May, the harbour master told the board. Photo: Pier Works",
    ],
)
def test_a_label_without_a_name_or_after_reported_speech_is_no_glued_credit(line):
    assert credits_glued._any_labelled_tail(line) is None


@pytest.mark.parametrize(
    ("line", "credit", "photographers", "agencies"),
    [
        ("PORTVALE PHOTO | IVAN HOLT", "PORTVALE PHOTO | IVAN HOLT", ["Ivan Holt"], ["Portvale"]),
        ("(PVB Photos/Ivan Holt)", "PVB Photos/Ivan Holt", ["Ivan Holt"], ["PVB"]),
        ("Photo/Facebook", "Facebook", [], []),
    ],
)
def test_a_label_slashed_or_barred_from_its_source_is_a_credit_line(
    line, credit, photographers, agencies
):
    assert credits.is_credit_line(line)
    assert media_of(under_caption(line)) == [(credit, photographers, agencies)]


@pytest.mark.parametrize(
    "line", ["Photos | Videos", "News Photos | Sport", "Photos/Video", "Photo | Home"]
)
def test_a_menus_photo_entry_is_no_credit_line(line):
    # guards: a menu's row names no source
    assert not credits.is_credit_line(line)
    assert media_of(under_caption(line)) == []


@pytest.mark.parametrize(
    ("line", "agency"),
    [("Ivan Holt/The Portvale Chief", "The Portvale Chief"), ("Ivan Holt/PvMatters", "PvMatters")],
)
def test_any_short_name_after_a_photographers_slash_under_a_caption(line, agency):
    got = under_caption(line)
    assert media_of(got) == [(line, ["Ivan Holt"], [agency])]
    assert CAPTION not in got["body"]


def test_a_photographers_slashed_name_needs_the_caption_above():
    # a guard: out of context the same line is no credit line
    assert not credits.is_credit_line("Ivan Holt/The Portvale Chief")


def test_newsis_is_an_agency_and_credits_a_photo_alone_under_its_caption():
    assert organisations().lookup("Newsis") == "Newsis"
    assert media_of(under_caption("Newsis")) == [("Newsis", [], ["Newsis"])]


TAIL_PIECES = st.sampled_from(
    [
        *"ab .,/()[]|:@\n",
        "The minister met the harbour officials in Helsinki.",
        " Picture: HarbourCo",
        " [PV photo: Jo Li]",
        " Photo credit: Parliament of Portvale",
        " Photo contributed",
        " (Photo credit: Courtesy photo)",
        " (Jo Li - Portvale Star)",
        " (Rodong Sinmun - News1)",
        " --Photo PVB",
        " (Photo-PVB)",
        " [Photo=Portvale City]",
        " — Photo Portvale Times",
        " Portvale Air Guard photo by Jo Li",
        "X" * 30,
        "x" * 60,
    ]
)


@settings(max_examples=1500, deadline=None)
@given(st.lists(TAIL_PIECES, max_size=14).map("".join))
def test_the_last_resorts_bounded_searches_agree_with_whole_line_searches(line):
    """The two last resorts search the line's last characters after cheap prechecks: they
    find what a search of the whole line would."""
    gate = credits_glued.source_end(line)
    whole = credits_glued._ANY_LABEL_TAIL.search(line) if gate else None
    if whole is not None and credits_glued.labelled_split(line, whole) is None:
        whole = None
    if whole is None and gate and ("--" in line or "— " in line):
        whole = credits_glued._DASHED_LABEL_TAIL.search(line)
        if whole is not None and credits_glued.labelled_split(line, whole) is None:
            whole = None
    if whole is None and gate and ":" in line:
        whole = credits_glued._SPACED_LABEL_TAIL.search(line)
    found = credits_glued.labelled_split(line, whole) if whole is not None else None
    assert credits_glued._any_labelled_tail(line) == found
    dashed = credits_glued._BRACKETED_DASH.search(line)
    assert credits_glued._bracketed_dash_tail(line) == credits_glued.dash_split(line, dashed)


def tagged(masthead: str, tag: str) -> dict:
    """A bylined story whose dateline carries the tag, under the masthead and a menu."""
    return parse_text(
        f"{masthead}\nHome\nNews\n{TITLE}\nBy Ilse Marrow\nJune 3, 2026\n"
        f"PORTVALE, Eastland ({tag}) - " + STORY
    )


@pytest.mark.parametrize(
    ("masthead", "tag", "outlet"),
    [
        ("The Portvale Herald", "Portvale Herald", "The Portvale Herald"),  # the page's name
        ("Harbour Times Online", "Lenn Valley Gazette", "Lenn Valley Gazette"),  # a paper's
        ("Harbour Times Online", "Lenn Valley", None),  # a guard: a place, no paper's word
    ],
)
def test_a_datelines_tag_the_table_lacks_names_the_outlet_when_it_is_a_papers(
    masthead, tag, outlet
):
    got = tagged(masthead, tag)
    assert got["outlet"] == outlet
    assert got["reporters"] == ["Ilse Marrow"]
    assert got["dateline_place"] == "Portvale, Eastland"


def test_a_byline_that_repeats_the_top_chromes_name_is_the_outlet_not_a_reporter():
    text = (
        f"Lenn News Group\nRegionals\nPortvale People\nNews\nSport\n{TITLE}\n"
        f"Portvale People\nJune 3, 2026\n" + STORY + "Get the Portvale People newsletter\n"
    )
    got = parse_text(text)
    assert (got["outlet"], got["reporters"]) == ("Portvale People", [])


UNSIGNED = f"Portvale Now\nHome\nNews\n{TITLE}\nJune 3, 2026\n" + STORY


def test_an_unsigned_story_under_the_masthead_that_the_footer_names_again_is_its_own():
    got = parse_text(
        UNSIGNED + "Share\nPortvale Now is a digital news platform. All rights reserved.\n"
    )
    assert (got["outlet"], got["reporters"]) == ("Portvale Now", [])


def test_an_unsigned_story_whose_source_is_noted_takes_no_masthead_outlet():
    # a guard: 'Source - ...' says the story came from elsewhere, and names the outlet
    # (since the session of 2026-12-06 04:20 UTC: before, no outlet)
    footer = "Source - The Lenn Chronicle\nShare\nPortvale Now is a digital news platform.\n"
    assert parse_text(UNSIGNED + footer)["outlet"] == "The Lenn Chronicle"
