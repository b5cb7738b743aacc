"""Forms of the unseen60 to unseen63 pages (invented text, worded apart from those pages).

Round sixteen, written from the four sets after their honest estimates
(docs/history/EVALUATION-log.md, session of 2026-12-05 23:24 UTC): a weekday in brackets inside a
date, companies' and services' words that name no person, an author box's 'About Jo Li', a body's
name after 'Credit:', the masthead's one-word name signing the story ('By Portvaleloaded'), and a
masthead further down the page's top, past the buttons the rules know.

Cases marked "guard" pass on the code before this round too; they pin what must not change."""

import pytest

from pipeline.parse import credits_glued, dates, parse_text
from pipeline.parse.names import person_name
from tests.pages import STORY

HEADLINE = "Council launches free ambulance service for pregnant women"


def test_a_weekday_in_brackets_inside_a_date():
    assert str(dates.find_date("Mar 24 (Mon), 2025")) == "2025-03-24"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Silverado Crest Winery", None),
        ("Portvale Battery", None),
        ("Bomberos de Portvale", None),
        ("About Clara Boyd", "Clara Boyd"),
        ("Mary Steel", "Mary Steel"),  # guard: a surname that is also a material
    ],
)
def test_bodies_and_author_boxes_in_names(text, name):
    assert person_name(text) == name


def test_a_bodys_name_after_credit_and_its_colon():
    """guard: split so before too, when the body's name read as a person's."""
    line = "Firefighters work to contain a grass fire near the town. Credit: Bomberos de Portvale"
    split = credits_glued.split_glued(line)
    assert split is not None and split[1] == "Bomberos de Portvale"


def test_an_author_box_link_gives_the_byline_once():
    page = (
        f"{HEADLINE}\nClara Boyd\nAbout Clara Boyd\nMarch 30, 2025\n"
        + STORY
        + "About the Author: Clara Boyd\n"
    )
    assert parse_text(page)["reporters"] == ["Clara Boyd"]


def test_the_mastheads_one_word_name_signs_the_story():
    page = (
        "Portvaleloaded\nLatest Portvale News\nHome\nNews\n"
        + f"{HEADLINE}\nBy Portvaleloaded\nMarch 30, 2025\n"
        + STORY
    )
    assert parse_text(page)["outlet"] == "Portvaleloaded"


def test_a_masthead_past_the_buttons_the_rules_know():
    page = (
        "Skip to main content\nYou are the owner of this article.\nEdit Article\n"
        + "Add New Article\nPortvale Sentinel\nSite search\nNews\nSports\n"
        + f"{HEADLINE}\nBy Clara Boyd\nMarch 30, 2025\n"
        + STORY
        + "© Copyright 2025 Portvale Sentinel, 300 W. Sixth St.\n"
    )
    assert parse_text(page)["outlet"] == "Portvale Sentinel"


def test_a_place_in_the_menu_is_no_masthead():
    """guard: 'Portvale Bluffs, IA' in the menu, no paper's word."""
    page = (
        "Skip to main content\nEdit Article\nNews\nPortvale Bluffs, IA\nSports\n"
        + f"{HEADLINE}\nBy Clara Boyd\nMarch 30, 2025\n"
        + STORY
        + "Sign up for Portvale Bluffs, IA alerts\n"
    )
    assert parse_text(page)["outlet"] is None
