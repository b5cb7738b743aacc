"""Forms the rules missed on the pages of unseen88 and unseen89 (US national, entertainment
and sports sites; East, Southeast and Central Asian sites; invented text, worded apart from
those pages):

- a one-word masthead, the page's first line, that the page's newsletter, notice or channel
  names again ('Deadline' / ... / 'Subscribe to Deadline Breaking News Alerts') is the page's
  name, and so the outlet of the story its reporter signs; a masthead's name in another script
  after the Latin one is dropped;
- credits: '.Photograph courtesy X' glued, '(Photo from X)', '© Portvale.kz/Jo Li' after the
  caption, '— Filepic', a photo agency alone after a bar, '/CFP' (China Foto Press);
- 'Jo Li' / 'Portvale rugby correspondent' under the stamp is the byline; 'Reporting From
  Washington, DC' names no one.

Cases marked "guard" pass on the code before these rules too; they pin what must not change."""

import pytest

from pipeline.parse import credits, parse_text
from pipeline.parse.credits_glued import split_glued
from tests.pages import PARAGRAPHS, TITLE

SCENE = "Heavy equipment parked near the river bridge on Monday, March 24."


def page(*lines: str) -> dict:
    return parse_text("\n".join(lines) + "\n")


@pytest.mark.parametrize(
    ("masthead", "chrome", "outlet"),
    [
        ("Portline", "Subscribe to Portline Breaking News Alerts", "Portline"),
        ("portvale.news", "Join portvale.news's WhatsApp community", "portvale.news"),
        ("Portline", "Most read", None),  # guard: not named again, no page name, no outlet
    ],
)
def test_a_one_word_masthead_named_again_signs_the_staff_story(masthead, chrome, outlet):
    got = page(
        masthead, "Film", "TV", "Business", TITLE, "By Ilse Marrow", "March 9, 2025",
        *PARAGRAPHS, chrome,
    )  # fmt: skip
    assert got["reporters"] == ["Ilse Marrow"]
    assert got["outlet"] == outlet


def test_a_menu_word_named_again_is_no_masthead():  # guard
    got = page(
        "Portvale Post", "News", "Sport", TITLE, "By Ilse Marrow", "March 9, 2025", *PARAGRAPHS,
        "Sign up for our News newsletter",
    )  # fmt: skip
    assert got["outlet"] != "News"


def test_a_mastheads_name_in_another_script_is_dropped():
    got = page(
        "Portvale Daily Times 波特維爾日報", "Home", "Macau", "Business", TITLE, "Ilse Marrow",
        "March 11, 2025", *PARAGRAPHS, "Copyright © 2025 Portvale Daily Times",
    )  # fmt: skip
    assert got["outlet"] == "Portvale Daily Times"


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        (
            "The ferry landing photographed around 1958.Photograph courtesy Portvale Museum",
            "Photograph courtesy Portvale Museum",
        ),
        (
            f"{SCENE} (Photo from Portvale City Information Office)",
            "Photo from Portvale City Information Office",
        ),
        (f"{SCENE} © Portvale.kz/Ivan Holt", "© Portvale.kz/Ivan Holt"),
        ("The ageing fleet has been plagued by breakdowns in recent years. — Filepic", "— Filepic"),
        ("Ivan Holt celebrates his century against the visitors | Getty Images", "Getty Images"),
        (f"{SCENE} /CFP", "CFP"),
    ],
)
def test_credits_glued_to_captions(line, credit):
    split = split_glued(line)
    assert split is not None and split[1] == credit


def test_what_photo_from_names():
    got = credits.read("Photo from Portvale City Information Office")
    assert got.credit == "Portvale City Information Office"
    assert list(got.agencies) == ["Portvale City Information Office"]


def test_a_name_over_its_reporters_post_is_the_byline():
    got = page(
        TITLE, "Image source, SNS", "Image caption, Ivan Holt has scored 84 points this season",
        "Published", "12 March 2025", "Ivan Holt", "Portvale rugby correspondent", "Share",
        *PARAGRAPHS,
    )  # fmt: skip
    assert got["reporters"] == ["Ivan Holt"]


def test_a_name_over_an_editors_post_names_no_reporter():  # guard
    got = page(
        TITLE, "By Ilse Marrow", "March 3, 2026", *PARAGRAPHS, "Ivan Holt", "Web Editor",
    )  # fmt: skip
    assert got["reporters"] == ["Ilse Marrow"]


def test_where_the_reporter_reports_from_is_no_reporter():
    got = page(
        TITLE, "Ilse Marrow", "Portvale News Reporter", "Reporting From Washington, DC",
        "Posted on March 4, 2022, at 3:12 p.m. ET", *PARAGRAPHS,
    )  # fmt: skip
    assert got["reporters"] == ["Ilse Marrow"]
