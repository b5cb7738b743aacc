"""Forms of sites the parser met first on the unseen32 and unseen33 pages (invented text,
worded apart from those pages): a name in capitals run into its paper's name, a name run
into a paper's word before 'Staff Writer', a site's name over its menu, two names over a
paper the table lacks, the photographer's 'By' under the lead photo's caption, a paper's
name alone in the author's box, research and wildlife offices in credits, a paper's short
name before 'file photo', an agency's regional desk under the names, a blog's 'Posted on
<date> by <name>', a short caption with its full stop over its credit, and page chrome.

Cases marked "guard" pass on the code before these rules too; they pin what must not change."""

import pytest

from pipeline.parse import credits, parse_text
from pipeline.parse.bylines import staff_paper
from tests.pages import PARAGRAPHS, STORY, TITLE, media_of, rule_of, story_with, under_caption

STAMP = "Published 5:00 a.m. ET July 1, 2026"


@pytest.mark.parametrize(
    ("byline", "outlet"),
    [
        ("By ILSE MARROW Portvale Herald-Courier", "Portvale Herald-Courier"),
        ("By ILSE MARROW Lenn Valley Sun", "Lenn Valley Sun"),
        # guard: the name in title case passed before
        ("By Ilse Marrow Portvale Herald-Courier", "Portvale Herald-Courier"),
    ],
)
def test_a_name_run_into_its_papers_name(byline, outlet):
    got = parse_text(f"{TITLE}\n{byline}\nJune 3, 2026\n" + STORY)
    assert got["reporters"] == ["Ilse Marrow"]
    assert got["outlet"] == outlet


def test_a_name_run_into_a_papers_word_before_its_post_names_no_paper():
    assert staff_paper("By Ilse Marrow Ledger Staff Writer") is None
    got = parse_text(f"{TITLE}\nBy Ilse Marrow Ledger Staff Writer\nJune 3, 2026\n" + STORY)
    assert got["reporters"] == ["Ilse Marrow"]
    assert got["outlet"] is None


def test_a_papers_staff_without_a_name_still_names_the_paper():
    # guard: 'Portvale Ledger Staff Writer' is the paper's staff (a place, not a person)
    assert staff_paper("Portvale Ledger Staff Writer") == "Portvale Ledger"


MENU = "Subscribe\nSign In\nHome\nLocal\nSports\nOpinion\nObituaries\n"


def test_a_sites_name_over_its_menu_is_no_headline():
    got = parse_text(
        f"Skip to main content\nPortvale Chieftain\n{MENU}LOCAL\n{TITLE}\nStaff report\n"
        f"The Portvale Chieftain\n{STAMP}\n" + STORY
    )
    assert got["title"] == TITLE


def test_a_short_headline_over_the_byline_stays_the_headline():
    # guard: a short headline has its byline and stamp under it, not 'Sign In'
    got = parse_text(f"Skip to main content\nPier to close\nBy Ilse Marrow\n{STAMP}\n" + STORY)
    assert got["title"] == "Pier to close"


def test_two_names_over_a_paper_the_table_lacks():
    # (the page's copyright line names the paper; without it the paper passes for a name)
    got = parse_text(
        f"Skip to main content\n{MENU}NEWS\n{TITLE}\nIlse Marrow and Tomas Brandt\n"
        f"Portvale Coloradan\n{STAMP}\n" + STORY + "© 2026 Portvale Coloradan\n"
    )
    assert got["title"] == TITLE
    assert got["reporters"] == ["Ilse Marrow", "Tomas Brandt"]


def test_the_photographers_by_under_the_lead_photos_caption():
    caption = "The old ferry pier at Portvale stands empty. Its deck was torn by last storms."
    got = parse_text(
        f"{TITLE}\nBy Ilse Marrow and Tomas Brandt\n{STAMP}\n{caption}\nBy Kara Venn\n" + STORY
    )
    assert got["reporters"] == ["Ilse Marrow", "Tomas Brandt"]
    assert media_of(got) == [("By Kara Venn", ["Kara Venn"], [])]
    assert got["media"][0]["caption"] == caption


def test_a_second_byline_over_the_story_stays_a_byline():
    # guard: 'By' under the stamp with no caption-like line between is the byline
    got = parse_text(f"{TITLE}\nBy Ilse Marrow\n{STAMP}\nBy Tomas Brandt\n" + STORY)
    assert got["media"] == []
    assert "Tomas Brandt" in got["reporters"]


def test_a_papers_name_in_the_authors_box_is_no_story_line():
    text = (
        f"{TITLE}\nBy Ilse Marrow\n{STAMP}\n" + STORY + "Profile Image of Ilse Marrow\n"
        "Ilse Marrow\nThe Portvale Herald\n"
        "Ilse Marrow covers the harbour and the county for The Portvale Herald.\n"
    )
    got = parse_text(text)
    assert "The Portvale Herald" not in got["body"].split("\n")


def test_a_products_name_as_a_heading_stays_in_the_story():
    # guard: a gift guide's item ending in a paper's word ('Mirror') heads its paragraph
    got = parse_text(story_with("Lighted Makeup Mirror", PARAGRAPHS[1]))
    assert "Lighted Makeup Mirror" in got["body"].split("\n")


@pytest.mark.parametrize(
    ("credit", "photographers", "agencies"),
    [
        ("Courtesy of Lenn Valley National Laboratory", [], ["Lenn Valley National Laboratory"]),
        (
            "Portvale Parks and Wildlife via AP",
            [],
            ["Portvale Parks and Wildlife", "Associated Press"],
        ),
        ("AP/Portvale Parks and Wildlife", [], ["Associated Press", "Portvale Parks and Wildlife"]),
        # guard: two photographers and an agency
        ("Kara Venn and Tomas Brandt via AP", ["Kara Venn", "Tomas Brandt"], ["Associated Press"]),
    ],
)
def test_research_and_wildlife_offices_in_credits(credit, photographers, agencies):
    got = credits.read(credit)
    assert list(got.photographers) == photographers
    assert list(got.agencies) == agencies


def test_a_papers_short_name_before_file_photo():
    assert credits.is_credit_line("Chieftain file photo")
    got = under_caption("Chieftain file photo")
    assert [m["credit"] for m in got["media"]] == ["Chieftain file photo"]


def test_an_agencys_regional_desk_under_the_names():
    got = parse_text(f"{TITLE}\nBy\nIlse Marrow\nPA Scotland\n10:14, 12 Mar 2025\n" + STORY)
    assert got["reporters"] == ["Ilse Marrow"]
    assert got["outlet"] == "PA"


def test_a_blogs_posted_on_date_by_name():
    got = parse_text(f"{TITLE}\nPosted on 17 March 2025 by Ilse Marrow\n" + STORY)
    assert got["reporters"] == ["Ilse Marrow"]
    assert str(got["published"]) == "2025-03-17"


def test_a_short_caption_with_its_full_stop_over_its_credit():
    got = parse_text(
        f"{TITLE}\nILSE MARROW, Staff Reporter\nSat, 08 Mar 2025\nPortvale Courthouse.\n"
        "Picture: Kara Venn\n" + STORY
    )
    assert got["reporters"] == ["Ilse Marrow"]
    assert media_of(got) == [("Kara Venn", ["Kara Venn"], [])]


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Do you have a question about Lenn County? Ask The Portvale Herald.", "reader_pitch"),
        (
            "If you have an opinion you wish to share for publication, send a letter to the "
            "editor to letters@portvaleherald.com.",
            "letters_pitch",
        ),
        (
            "Do you want to respond to this article? If so, click here to submit your "
            "thoughts and they may be published in print.",
            "letters_pitch",
        ),
        ("Start a dialogue, stay on topic and be civil.", "comment_rules"),
        ("If you don't follow the rules, your comment may be deleted.", "comment_rules"),
        ("Get the best of Lenn news, sport and death notices every Wednesday", "newsletter"),
        ("Local news, sport and death notices from across the county every Tuesday", "newsletter"),
        ("Today's News in 90 Seconds - 18 March 2025", "video_teaser"),
        ("Add New Page", "page_chrome"),
    ],
)
def test_page_chrome_of_these_sites(line, rule):
    assert rule_of(story_with(line), line) == rule
