"""Forms of sites the parser met first on the unseen30 and unseen31 pages (invented text,
worded apart from those pages): a reporter's name with a post or a paper's word over the
stamp, the reporter over the paper's site address, papers whose names hold '&', a rank
before a photographer, a parks department, 'Map courtesy of', a mugshot captioned with the
name alone, the photo shop's link between a caption and its credit, a video's maker under
its label, credits glued after short captions, a staff photographer in capitals, a section
label with '&' over the headline, and closing notes.

Cases marked "guard" pass on the code before these rules too; they pin what must not change."""

import pytest

from pipeline.parse import credits, credits_glued, parse_text
from tests.pages import (
    CAPTION,
    PARAGRAPHS,
    STORY,
    TITLE,
    media_of,
    under_caption,
    with_closing_note,
)

STAMP = "Published 5:00 a.m. ET July 1, 2026"


@pytest.mark.parametrize(
    "byline",
    [
        "Ilse Marrow/Star Writer",
        # guards: these forms passed before (the rule now reads them at `name_over_stamp`)
        "Ilse Marrow Senior Reporter",
        "ILSE MARROW Staff Writer",
    ],
)
def test_a_name_with_its_post_over_the_stamp(byline):
    deck = "The board said the repairs would take two years and cost 40 million crowns"
    got = parse_text(f"{TITLE}\n{deck}\nBookmark\nShare\n{byline}\n{STAMP}\n" + STORY)
    assert got["title"] == TITLE
    assert got["reporters"] == ["Ilse Marrow"]
    assert got["media"] == []


def test_the_reporter_over_the_papers_site_address():
    got = parse_text(f"{TITLE}\nIlse Marrow\nPortvaleNews.com\n{STAMP}\n" + STORY)
    assert got["reporters"] == ["Ilse Marrow"]
    assert got["outlet"] == "PortvaleNews.com"


@pytest.mark.parametrize(
    ("credit", "photographer", "agency"),
    [
        ("Kara Venn, The News & Lenn Advance", "Kara Venn", "The News & Lenn Advance"),
        ("Kara Venn/Press & Portvale-Bulletin", "Kara Venn", "Press & Portvale-Bulletin"),
        ("Sgt. Kara Venn/U.S. Army", "Kara Venn", "U.S. Army"),
        ("Kara Venn/PortvaleNews.com", "Kara Venn", "PortvaleNews.com"),
    ],
)
def test_credit_lines_under_a_caption(credit, photographer, agency):
    got = under_caption(credit)
    assert media_of(got) == [(credit, [photographer], [agency])]
    assert CAPTION not in got["body"]


def test_two_photographers_joined_by_an_ampersand_stay_two():
    # a guard: '&' between people, no paper's word
    found = credits.read("Ilse Varga & Kara Venn/AP")
    assert found.photographers == ("Ilse Varga", "Kara Venn")


def test_a_parks_department_and_a_map_courtesy():
    assert credits.read("Courtesy of Portvale Parks and Recreation").agencies == (
        "Portvale Parks and Recreation",
    )
    assert credits.is_credit_line("Map courtesy of Lenn County Government")


def test_a_mugshot_captioned_with_the_name_alone():
    text = (
        f"{TITLE}\nPortvale Journal\n{STAMP}\nIlse Varga\n"
        "Provided by the Lenn County Sheriff's Office\n" + STORY
    )
    got = parse_text(text)
    assert got["reporters"] == []
    assert [(m["caption"], m["credit"]) for m in got["media"]] == [
        ("Ilse Varga", "Provided by the Lenn County Sheriff's Office")
    ]


def test_the_photo_shops_link_between_a_caption_and_its_credit():
    got = under_caption("Buy Photo\nKara Venn/Portvale Avalanche-Journal")
    assert media_of(got) == [
        ("Kara Venn/Portvale Avalanche-Journal", ["Kara Venn"], ["Portvale Avalanche-Journal"])
    ]
    assert "Buy Photo" not in got["body"]


def test_a_videos_maker_under_its_label():
    text = (
        f"{TITLE}\nBy Ilse Marrow\n{STAMP}\n"
        "Watch: The harbour master walks the old ferry pier before it closes\n"
        "Kara Venn/Portvale Press & Sun-Bulletin\n" + STORY
    )
    got = parse_text(text)
    assert [(m["kind"], m["photographers"]) for m in got["media"]] == [("video", ["Kara Venn"])]


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        (
            "Gamblers play slots at a casino on June 12, 2026. KARA VENN, STAFF PHOTOGRAPHER",
            "KARA VENN, STAFF PHOTOGRAPHER",
        ),
        (
            "Crowds fill the Boardwalk during Memorial Day weekend in 2019. Press archives",
            "Press archives",
        ),
        (
            "The lounge area, designed with people who use the service. Picture supplied",
            "Picture supplied",
        ),
        ("Mayor Kara Venn. - Contributed", "Contributed"),
        ("Lenn Courthouse. Photo: Kara Venn", "Photo: Kara Venn"),
        (
            "Ilse Varga (Courtesy of the Lenn County District Attorney's Office)",
            "Courtesy of the Lenn County District Attorney's Office",
        ),
    ],
)
def test_credits_glued_to_a_caption(line, credit):
    split = credits_glued.split_glued(line)
    assert split is not None and split[1] == credit
    assert line.startswith(split[0])


def test_a_short_name_with_a_full_stop_and_a_dash_is_no_caption():
    # a guard: too short for a caption
    assert credits_glued.split_glued("Jo Li. - Contributed") is None


def test_a_credit_under_a_four_word_caption():
    got = under_caption("KARA VENN/STUFF", caption="The Lenn District Court.")
    assert media_of(got) == [("KARA VENN/STUFF", ["Kara Venn"], ["STUFF"])]


def test_a_section_label_with_an_ampersand_heads_no_bullets():
    deck = "Prosecutors say the money went to online casinos over six years"
    text = f"Crime & Public Safety\n{TITLE}\n{deck}\nBy Ilse Marrow | Portvale Eagle\n{STAMP}\n"
    got = parse_text(text + STORY)
    assert got["title"] == TITLE


def test_a_publishers_photo_credit_names_no_outlet():
    text = (
        f"{TITLE}\nBy Ilse Marrow\n{STAMP}\n{PARAGRAPHS[0]}\n"
        "The Guildhall on the market square. Photo: National World\n"
        + "\n".join(PARAGRAPHS[1:])
        + "\n"
    )
    got = parse_text(text)
    assert got["outlet"] is None
    assert media_of(got) == [("National World", [], ["National World"])]


@pytest.mark.parametrize(
    ("note", "rule"),
    [
        ("Get up-to-the-minute news sent straight to your device.", "page_chrome"),
        ("Please enter your name here", "comment_form"),
        ("You have entered an incorrect email address!", "comment_form"),
        (
            "This story was originally published by RNZ and is republished with permission.",
            "republished_note",
        ),
    ],
)
def test_closing_notes_are_boilerplate_by_their_own_rules(note, rule):
    got = with_closing_note(note)
    assert note not in got["body"]
    assert {"text": note, "rule": rule} in got["boilerplate"]
