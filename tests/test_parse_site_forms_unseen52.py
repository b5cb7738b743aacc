"""Forms of the unseen52 to unseen55 pages (invented text, worded apart from those pages).

Round fourteen, written from the four sets after their honest estimates
(docs/history/EVALUATION-log.md, session of 2026-12-05 23:24 UTC): the masthead's paper as the
weakest outlet cue, a news template's meta line, dates without spaces, a military photographer's
rank, bodies' names in other languages, labelled and barred credits naming a body, a photographer
for a client in brackets, datelines with a spaced hyphen or '.-', a paper's name where a dateline
stands, 'Repository' a paper's word, organisations added to the table and closing chrome rows.

Cases marked "guard" pass on the code before this round too; they pin what must not change."""

import pytest

from pipeline.parse import credits, credits_glued, dateline, dates, parse_text
from tests.pages import PARAGRAPHS, STORY, closing_chrome_rule, credit_people, media_of

HEADLINE = "Council approves new water tower for the north side"


def _masthead_page(byline: str, footer: str) -> str:
    return (
        "Portvale Courier\nNews\nSport\nOpinion\n"
        + f"{HEADLINE}\n{byline}\nMarch 5, 2025\n"
        + STORY
        + footer
    )


def test_the_mastheads_paper_named_again_below_signs_a_staff_story():
    page = _masthead_page("By Ilse Marrow", "Sign up to our Portvale Courier newsletter\n")
    got = parse_text(page)
    assert got["reporters"] == ["Ilse Marrow"]
    assert got["outlet"] == "Portvale Courier"


def test_the_masthead_alone_names_no_outlet():
    """guard: the masthead and nothing below it that names the paper."""
    page = _masthead_page("By Ilse Marrow", "Share this story\n")
    assert parse_text(page)["outlet"] is None


def test_a_wire_byline_beats_the_masthead():
    """guard: the byline names the organisation that made the story."""
    page = _masthead_page("By Ilse Marrow, Associated Press", "© 2025 Portvale Courier\n")
    assert parse_text(page)["outlet"] == "Associated Press"


def test_a_note_on_the_service_that_supplied_the_story_leaves_the_masthead_aside():
    """guard: the masthead's paper did not make the story."""
    footer = (
        "The Local Democracy Reporting Service is a public service news agency funded by the "
        "BBC.\nSign up to our Portvale Courier newsletter\n"
    )
    page = _masthead_page("By Ilse Marrow, Local Democracy Reporter", footer)
    assert parse_text(page)["outlet"] is None


def test_a_news_templates_meta_line_gives_the_stamp_and_the_byline():
    page = (
        f"{HEADLINE}\nWednesday 5 March 2025 | Written by Ilse Marrow | Published in Local, "
        "National\n" + STORY
    )
    got = parse_text(page)
    assert got["title"] == HEADLINE
    assert got["reporters"] == ["Ilse Marrow"]
    assert str(got["published"]) == "2025-03-05"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Posted on : Mar.5,2025 16:42 KST Modified on : Mar.5,2025 16:42 KST", "2025-03-05"),
        ("Nov 20,2026", "2026-11-20"),  # guard
        ("mar.5", None),  # guard: no year
    ],
)
def test_dates_without_spaces(text, day):
    found = dates.find_date(text)
    assert (str(found) if found else None) == day


@pytest.mark.parametrize(
    ("credit", "photographers", "agencies"),
    [
        ("U.S. Army photo by Spc. Ilse Marrow", ["Ilse Marrow"], []),
        ("Staff Sgt. Ilse Marrow/U.S. Air Force", ["Ilse Marrow"], []),  # guard
        ("Photo: Alcaldía de Portvale", [], []),  # no person
        ("Tomas Brandt, Independent Newspapers", ["Tomas Brandt"], []),
        ("Photo: Agencia Uno", [], ["Agencia Uno"]),
        ("Ilse Marrow/Canton Repository", ["Ilse Marrow"], ["Canton Repository"]),
        ("Dr. Ilse Marrow", ["Ilse Marrow"], []),  # guard
    ],
)
def test_people_and_bodies_in_credits(credit, photographers, agencies):
    got_people, got_agencies = credit_people(credit)
    assert got_people == photographers
    assert set(agencies) <= set(got_agencies)


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        (  # guard: split so before, its source then read as a person
            "The trunk line under construction near Calle 26. Photo: Alcaldía de Portvale",
            "Photo: Alcaldía de Portvale",
        ),
        (
            "Water trucks at a past distribution exercise in Kibra. Photo: Portvale City County.",
            "Photo: Portvale City County.",
        ),
        (  # guard: split so before (a name and a date), the name read as a person
            "Kim tours the new surgical wing in Pyongyang | Image: Rodong Sinmun (Jan. 16, 2026)",
            "Image: Rodong Sinmun (Jan. 16, 2026)",
        ),
        (  # guard
            "A regional hospital under construction in Kangdong County | Image: KCNA",
            "Image: KCNA",
        ),
        (
            "Representational image of a sub-registrar office in Lucknow | Ilse Marrow | ThePrint",
            "Ilse Marrow | ThePrint",
        ),
        (
            "A surgeon reviews a chart at the regional hospital in Roundup, Montana, in February. "
            "(Ilse Marrow for KFF Health News)",
            "Ilse Marrow for KFF Health News",
        ),
        # guards
        ("The plan is sound, the harbour master told the board. Photo: Harbour Archive Fund", None),
        ("Politics | Economy | World | Sport", None),
        ("The mayor speaks at the pier on Monday. (Ilse Marrow for Portvale Friends)", None),
    ],
)
def test_glued_credits_naming_bodies(line, credit):
    split = credits_glued.split_glued(line)
    assert (split[1] if split else None) == credit


def test_a_barred_source_reads_as_its_agency():
    got = credits.read("Image: Rodong Sinmun (Jan. 16, 2026)")
    assert (got.photographers, got.agencies) == ((), ("Rodong Sinmun",))


@pytest.mark.parametrize(
    ("line", "place"),
    [
        (
            "Cape Town - The city will install about 300 new cameras on its main roads this year.",
            "Cape Town",
        ),
        (
            "Santo Domingo.- The mayor's office said on Tuesday it will replace 3,000 old "
            "street lamps.",
            "Santo Domingo",
        ),
        (
            "Nairobi - Nairobi County has announced free water deliveries to 14 informal "
            "settlements this week.",
            "Nairobi",
        ),
        # guards: a label, a word and a paper's own name where a dateline stands
        (
            "FILE - In this May 4, 2019, file photo, cyclists cross the old ferry ramp in Kestra.",
            None,
        ),
        (
            "FACTBOX - The main points of the plan the council approved on Monday night in full.",
            None,
        ),
        (
            "PORTVALE TIMES – Residents of several neighbourhoods went three days without water.",
            None,
        ),
    ],
)
def test_datelines_with_a_spaced_hyphen(line, place):
    found = dateline.find(line)
    assert (found.place if found else None) == place


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        (
            "Portvale Courier is part of Newsquest's audited local newspaper network.",
            "about_outlet",
        ),
        ("We welcome your comments at letters@example.com.", "letters_note"),
        ("File photo used to illustrate story.", "photo_note"),
        (
            "Portvale Times is published without advertising and depends on its readers. "
            "Please consider a donation.",
            "support_pitch",
        ),
        (
            "Portvale Reports is independent and reader-funded. Become a patron to help us keep "
            "reporting.",
            "support_pitch",
        ),
        ("Get The Portvale News delivered to your door every Tuesday.", "subscription_pitch"),
        ("Comments are welcome; please keep them civil and on topic.", "comment_rules"),
        ("PAY ATTENTION: Follow our channel for the latest news.", "social_pitch"),
    ],
)
def test_closing_chrome_rows(line, rule):
    assert closing_chrome_rule(line) == rule


def test_a_story_line_on_becoming_a_member_stays_story():
    """guard: 'become a member' in the story, asking no one for support."""
    line = "The country hopes to become a member of the trade bloc by the end of the decade."
    assert closing_chrome_rule(line) is None


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("Stars and Stripes", "Stars and Stripes"),
        ("ThePrint", "ThePrint"),
        ("Rodong Sinmun", "Rodong Sinmun"),
        ("Korea Bizwire", "Korea Bizwire"),
    ],
)
def test_organisations_added(name, canonical):
    assert credits.lone_organisation(name) == canonical


def test_a_photo_for_stars_and_stripes_glued_in_brackets():
    caption = "The fitness center at the base will extend its weekday hours."
    page = (
        f"{HEADLINE}\nBy Ilse Marrow\nMarch 5, 2025\n{PARAGRAPHS[0]}\n"
        + f"{caption} (Tomas Brandt/Stars and Stripes)\n"
        + "\n".join(PARAGRAPHS[1:])
        + "\n"
    )
    assert media_of(parse_text(page)) == [
        ("Tomas Brandt/Stars and Stripes", ["Tomas Brandt"], ["Stars and Stripes"])
    ]
