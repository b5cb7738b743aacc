"""Forms of sites the parser met first on the unseen42 and unseen43 pages (invented text,
worded apart from those pages): an organisation's regional desk in a credit, a tilde between
a name and its paper, papers called by a demonym, the 'Pic:' label in brackets, a reader's
photo in a word in brackets, a paper's short name and label in capitals after two hyphens, a
bar before a label, an office's post on a platform in square brackets, a blog's stamp signed
by the paper, broadcasters added to the table, and page chrome.

Cases marked "guard" pass on the code before these rules too; they pin what must not change."""

import pytest

from pipeline.parse import credits, credits_glued, parse_text
from tests.pages import (
    STORY,
    TITLE,
    closing_chrome_rule,
    credit_people,
    media_of,
    under_caption,
)


@pytest.mark.parametrize(
    ("credit", "photographers", "agencies"),
    [
        ("Kara Venn/CNHI Oklahoma", ["Kara Venn"], ["CNHI"]),
        ("Kara Venn ~ Lenn Valley Missourian", ["Kara Venn"], ["Lenn Valley Missourian"]),
        ("Kara Venn/Portvale Oregonian", ["Kara Venn"], ["Portvale Oregonian"]),
        # guard: a paper's word the table knew before
        ("Kara Venn/Portvale Sentinel", ["Kara Venn"], ["Portvale Sentinel"]),
    ],
)
def test_credit_lines_under_a_caption(credit, photographers, agencies):
    assert media_of(under_caption(credit)) == [(credit, photographers, agencies)]


def test_a_place_after_an_unknown_name_is_no_desk():
    """guard: a place after a paper the table lacks names no regional desk."""
    assert not credits.loose_credit("Kara Venn/Portvale Texas")


def test_the_pic_label_in_brackets_after_a_caption_without_its_stop():
    line = "The empty harbour office on the Esplanade (Pic: Kara Venn)"
    assert credits_glued.split_glued(line) == (
        "The empty harbour office on the Esplanade",
        "Pic: Kara Venn",
    )


CAPTION = "Crews set a floodgate into place at the harbour on Tuesday, April 8, 2025."


@pytest.mark.parametrize(
    ("tail", "credit"),
    [
        (" (Photo submitted)", "Photo submitted"),
        (" -- NEWS PHOTO KARA VENN", "NEWS PHOTO KARA VENN"),
        (" |Photo: Portvale.co.ke", "Photo: Portvale.co.ke"),
        (" |Photo: X/Portvale County Government", "Photo: X/Portvale County Government"),
        (" [Portvale Police Service/Facebook]", "Portvale Police Service/Facebook"),
        # guards: a dash before a labelled name; a bracketed label with a colon (and 'Pic:'
        # after a full stop)
        (" (Pic: Kara Venn)", "Pic: Kara Venn"),
        (" – Picture by Kara Venn", "Picture by Kara Venn"),
        (" (Photo: Kara Venn)", "Photo: Kara Venn"),
    ],
)
def test_credits_glued_to_a_caption(tail, credit):
    split = credits_glued.split_glued(CAPTION + tail)
    assert split is not None
    assert split[0] == CAPTION
    assert split[1].strip("()") == credit


@pytest.mark.parametrize(
    ("credit", "photographers", "agencies"),
    [
        ("NEWS PHOTO KARA VENN", ["Kara Venn"], ["NEWS"]),
        ("HERALD PHOTO BY KARA VENN", ["Kara Venn"], ["HERALD"]),
        # guards: an office's post on a platform; a person's photo on a platform
        ("Portvale Police Service/Facebook", [], ["Portvale Police Service"]),
        ("Kara Venn/Facebook", ["Kara Venn"], []),
    ],
)
def test_who_the_credit_names(credit, photographers, agencies):
    assert credit_people(credit) == (photographers, agencies)


def test_a_papers_short_name_in_capitals_is_the_pages_paper():
    """'NEWS PHOTO' on the Portvale News's page: the page's paper by its short name."""
    caption = "Crews repair a water main on Harbour Avenue on Feb. 25. -- NEWS PHOTO KARA VENN"
    page = f"Portvale News\nNews\nSport\n{TITLE}\nBy Ilse Marrow\nJune 3, 2026\n{caption}\n" + STORY
    assert media_of(parse_text(page)) == [
        ("NEWS PHOTO KARA VENN", ["Kara Venn"], ["Portvale News"])
    ]


@pytest.mark.parametrize(
    ("byline", "reporters", "outlet"),
    [
        ("Ilse Marrow ~ Lenn Valley Missourian", ["Ilse Marrow"], "Lenn Valley Missourian"),
        ("By Ilse Marrow CNHI Oklahoma", ["Ilse Marrow"], "CNHI"),
        ("Posted on 28 June 2025 by Lenn Valley Herald", [], "Lenn Valley Herald"),
    ],
)
def test_bylines(byline, reporters, outlet):
    got = parse_text(f"{TITLE}\n{byline}\nJune 28, 2025\n" + STORY)
    assert (got["reporters"], got["outlet"]) == (reporters, outlet)


def test_a_blog_stamp_signed_by_the_paper_dates_the_story():
    got = parse_text(f"{TITLE}\nPosted on 28 June 2025 by Lenn Valley Herald\n" + STORY)
    assert str(got["published"]) == "2025-06-28"


def test_a_broadcaster_of_the_table_over_a_desk_byline():
    page = f"ARY News\nHome\nVideos\n{TITLE}\nWeb Desk\nOct 14, 2025\n" + STORY + "ARY News\n"
    assert parse_text(page)["outlet"] == "ARY News"


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        (
            "The Local Journalism Initiative is funded by the Government of Canada.",
            "about_outlet",
        ),
        ("Join the Portvale & Lenn Valley Herald WhatsApp community here", "messenger_prompt"),
        ("Follow our WhatsApp Channel and X Account for quick news updates!", "messenger_prompt"),
        (
            "For the latest news, follow us on X and Facebook, and subscribe to our channel.",
            "social_follow",
        ),
        (
            "Let us know by leaving a comment below, or send a WhatsApp to our newsroom.",
            "comment_rules",
        ),
        ("About the Author: Ilse Marrow", "page_chrome"),
    ],
)
def test_page_chrome(line, rule):
    assert closing_chrome_rule(line) == rule
