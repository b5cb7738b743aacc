"""Forms of the unseen56 to unseen59 pages (invented text, worded apart from those pages).

Round fifteen, written from the four sets after their honest estimates
(docs/history/EVALUATION-log.md, session of 2026-12-05 23:24 UTC): dates between hyphens, a Navy
photographer's rank, newspapers' words and a photographer's post that name no person, a breadcrumb
trail by slashes, a place's full stop before the wire tag, 'Photo: <one word>' glued, a photographer
and the client a photo was made for (in brackets, or on the line under the caption) and
'Searchlight' a paper's word.

Cases marked "guard" pass on the code before this round too; they pin what must not change."""

import pytest

from pipeline.parse import credits_glued, dateline, dates, parse_text
from pipeline.parse.names import person_name
from tests.pages import PARAGRAPHS, STORY, credit_people, media_of

HEADLINE = "Council approves new water tower for the north side"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Thursday, 13-03-2025 | 15:20:11", "2025-03-13"),
        ("Published on 07-03-2025 at 11:52", "2025-03-07"),
        ("Call 555-12-2025 for tickets", None),  # guard: no date among a number's digits
    ],
)
def test_dates_between_hyphens(text, day):
    found = dates.find_date(text)
    assert (str(found) if found else None) == day


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mass Communication Specialist 2nd Class Tomas Brandt", "Tomas Brandt"),
        ("Portvale Telegraph", None),
        ("Contributing Photographer", None),
        ("Portvale Courier", None),
        ("Tomas Brandt", "Tomas Brandt"),  # guard
    ],
)
def test_ranks_and_newspaper_words_in_names(text, name):
    assert person_name(text) == name


def test_a_photographers_post_names_no_agency():
    assert credit_people("Tomas Brandt, Contributing Photographer") == (["Tomas Brandt"], [])


def test_a_breadcrumb_trail_by_slashes_is_no_headline():
    page = f"Home / News / {HEADLINE}\n{HEADLINE}\nBy Ilse Marrow\nMarch 7, 2025\n" + STORY
    assert parse_text(page)["title"] == HEADLINE


def test_a_places_full_stop_before_the_tag():
    line = (
        "ASTANA. KAZINFORM – The country plans to ship its first grain cargoes through a new "
        "terminal at the port in April."
    )
    found = dateline.find(line)
    assert found is not None and (found.place, found.wire) == ("Astana", "KAZINFORM")


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        (
            "The minister cuts the ribbon at the new dialysis wing on Friday. Photo: Talamua",
            "Photo: Talamua",
        ),
        (
            "Soot on a porch railing in the morning. (Tomas Brandt for Capital Portvale)",
            "Tomas Brandt for Capital Portvale",
        ),
        # guards: a picture's kind, not its source; a client the table lacks, the name no
        # given name's
        ("Crowds lined the quay for the opening of the pier. Photo: File", None),
        ("Soot on a porch railing in the morning. (Ilse Marrow for Portvale Friends)", None),
    ],
)
def test_glued_one_word_sources_and_clients(line, credit):
    split = credits_glued.split_glued(line)
    assert (split[1] if split else None) == credit


def test_a_photographer_for_a_client_under_the_caption():
    caption = "Volunteers sort donated coats at the community centre on Saturday."
    page = (
        f"{HEADLINE}\nBy Ilse Marrow\nMarch 7, 2025\n{PARAGRAPHS[0]}\n{caption}\n"
        + "Tomas Brandt for The Trace\n"
        + "\n".join(PARAGRAPHS[1:])
        + "\n"
    )
    got = parse_text(page)
    assert [(c, p) for c, p, _ in media_of(got)] == [
        ("Tomas Brandt for The Trace", ["Tomas Brandt"])
    ]
    assert got["reporters"] == ["Ilse Marrow"]


def test_a_byline_for_a_client_under_the_headline_stays_the_byline():
    """guard: 'Jo Li for The Mill' under the headline signs the story."""
    page = f"{HEADLINE}\nClara Boyd for The Mill\nMarch 7, 2025\n" + STORY
    got = parse_text(page)
    assert got["reporters"] == ["Clara Boyd"]
    assert got["media"] == []


def test_searchlight_is_a_papers_word():
    page = f"{HEADLINE}\nBy Ilse Marrow Portvale Record Searchlight\nMarch 7, 2025\n" + STORY
    assert parse_text(page)["reporters"] == ["Ilse Marrow"]
