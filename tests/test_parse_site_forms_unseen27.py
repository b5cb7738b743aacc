"""Forms of sites the parser met first on the unseen27, unseen28 and unseen29 pages (invented
text, worded apart from those pages): papers named in camel case or by 'Sun', a town's
government, a byline with its paper and stamp on one line (either order), a wire's name
signing off a republished story, credits glued as a picture desk's reference, 'Pic/Jo Li',
'| Google', 'BERNAMA PIC', '[Photo/VCG]', '. CONTRIBUTED', a company after 'Picture:', a
lead photo's note in brackets; pictures that say what they are ('A county map shows ...'),
a staff post with the site's copyright notice, dates with dashes or no space after a comma,
a staff writer contributing, and closing notes.

Cases marked "guard" pass on the code before these rules too; they pin what must not change."""

import datetime as dt

import pytest

from pipeline.parse import bylines, credits, credits_glued, parse_text
from pipeline.parse.dates import find_date, is_date_line
from tests.pages import PARAGRAPHS, STORY, TITLE, media_of, under_caption, with_closing_note


def test_a_paper_named_in_camel_case():
    assert bylines.ends_in_paper_word("Portvale StarNews")
    assert bylines.paper_outlet("Portvale StarNews") == "Portvale StarNews"
    got = under_caption("Kara Venn/StarNews")
    assert media_of(got) == [("Kara Venn/StarNews", ["Kara Venn"], ["StarNews"])]


def test_camel_case_names_and_section_labels_are_no_papers():
    # guards: a surname in camel case, and a desk's 'Local News'
    assert not bylines.ends_in_paper_word("Jo McDonald")
    assert bylines.paper_outlet("Local News") is None


def test_sun_names_newspapers():
    assert bylines.unknown_paper("Portvale Sun")
    got = under_caption("Kara Venn/The Portvale Sun")
    assert media_of(got) == [("Kara Venn/The Portvale Sun", ["Kara Venn"], ["The Portvale Sun"])]


def test_a_towns_government_under_a_caption():
    got = under_caption("City of Portvale")
    assert [m["credit"] for m in got["media"]] == ["City of Portvale"]
    assert "City of Portvale" not in got["body"]


def test_a_byline_with_its_paper_and_stamp_on_one_line():
    text = (
        f"{TITLE}\nIlse Marrow • Portvale Post | Posted: March 3, 2026, 5:22 p.m. | "
        "Updated: March 4, 2026, 8:01 a.m.\n" + STORY
    )
    got = parse_text(text)
    assert got["title"] == TITLE
    assert got["reporters"] == ["Ilse Marrow"]
    assert got["published"] == dt.date(2026, 3, 3)


def test_the_stamp_then_the_byline_after_a_bar():
    got = parse_text(f"{TITLE}\nMar 11, 2026, 11:48 AM | Article By: Ilse Marrow\n" + STORY)
    assert got["title"] == TITLE
    assert got["reporters"] == ["Ilse Marrow"]
    assert got["published"] == dt.date(2026, 3, 11)


def test_a_source_line_with_its_stamp():
    got = parse_text(f"{TITLE}\nSource: Xinhua Published: Mar 05, 2026 09:12 PM\n" + STORY)
    assert got["outlet"] == "Xinhua"
    assert got["published"] == dt.date(2026, 3, 5)


def test_a_photographed_caption_right_under_the_byline():
    caption = "The ferry terminal in Portvale, photographed Feb. 28, 2026, is one of three sites."
    text = f"{TITLE}\nBy Ilse Marrow\n{caption}\nKara Venn/Portvale Post\n" + STORY
    got = parse_text(text)
    assert media_of(got) == [("Kara Venn/Portvale Post", ["Kara Venn"], ["Portvale Post"])]
    assert caption not in got["body"]


def staffed(post: str) -> dict:
    text = (
        f"{TITLE}\nIlse Marrow\n{post}\nJune 3, 2026\n"
        + STORY
        + "© Copyright 2026 Portvale Gazette-Mail, 1 Main St. Portvale | Terms of Use\n"
    )
    return parse_text(text)


def test_a_bare_staff_post_takes_the_paper_of_the_sites_notice():
    assert staffed("Staff writer")["outlet"] == "Portvale Gazette-Mail"


def test_a_sites_notice_alone_names_no_outlet():
    # a guard: without the staff post, a newspaper's notice may be a reprinting site's
    assert staffed("Opinion")["outlet"] is None


def test_a_credit_over_a_picture_that_says_what_it_is():
    map_caption = "A county map shows the parcels along the creek that are eligible for buyouts."
    text = (
        f"{TITLE}\nBy Ilse Marrow\nJune 3, 2026\n{PARAGRAPHS[0]}\nCourtesy photo\n{map_caption}\n"
        + "\n".join(PARAGRAPHS[1:])
        + "\n"
    )
    got = parse_text(text)
    assert [(m["caption"], m["credit"]) for m in got["media"]] == [(map_caption, "Courtesy photo")]
    assert PARAGRAPHS[0] in got["body"]


def test_a_familys_handout_names_no_agency():
    assert credits.read("Family handout").agencies == ()
    assert credits.read("Image: Family photo").agencies == ()


LAST = (
    "The pier is one of six the board plans to rebuild along the coast, alongside those at "
    "Lenn, Harwick and the two on the north shore of the bay."
)


def closing(line: str) -> dict:
    """A story ending in a long paragraph, the line, then the page's chrome."""
    return parse_text(
        f"{TITLE}\nJune 3, 2026\n"
        + STORY
        + f"{LAST}\n{line}\nGet the latest Portvale news in your inbox\nSign up for our "
        "newsletter.\n"
    )


def test_a_wires_name_under_the_last_paragraph_signs_the_story_off():
    got = closing("Australian Associated Press")
    assert got["outlet"] == "Australian Associated Press"
    assert got["media"] == []
    assert LAST in got["body"]


def test_a_wires_name_under_a_dated_caption_stays_its_credit():
    # a guard: a caption (dated) over the agency's name, the story going on under it
    got = under_caption("Australian Associated Press")
    assert [m["credit"] for m in got["media"]] == ["Australian Associated Press"]


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        (
            "Damage to the pontoon at Portvale on Wednesday. Picture: Kara Venn (220126-14)",
            "Picture: Kara Venn",
        ),
        (
            "A pilot water ATM set up near the market in Portvale East. Pic/Kara Venn",
            "Pic/Kara Venn",
        ),
        (
            "Villagers wade through floodwaters in Kampung Lenn yesterday. - BERNAMA PIC",
            "BERNAMA PIC",
        ),
        ("Passengers board the bus at the Portvale metro station. [Photo/VCG]", "Photo/VCG"),
        (
            "A rendering shows the planned stage canopy and the backstage area. CONTRIBUTED",
            "CONTRIBUTED",
        ),
        ("The bungalow on Lenn Lane where officers found more than 100 plants | Google", "Google"),
        ("Ilse Varga was jailed at Portvale Crown Court | Lennshire Police", "Lennshire Police"),
        (
            "An artist's impression of the planned homes on Lenn Road. Picture: Harwood Lane "
            "Developments",
            "Picture: Harwood Lane Developments",
        ),
        (
            "Ilse Varga checks new buds on her tea bushes, Feb. 27, 2026. Courtesy of the "
            "interviewee",
            "Courtesy of the interviewee",
        ),
    ],
)
def test_credits_glued_to_a_caption(line, credit):
    split = credits_glued.split_glued(line)
    assert split is not None and split[1] == credit
    assert line.startswith(split[0])


def test_a_lead_photos_note_in_brackets():
    line = "(Header image: Growers pick tea on a terraced garden in Lenn, March 2, 2026. VCG)"
    assert credits_glued.split_glued(line) == (
        "Growers pick tea on a terraced garden in Lenn, March 2, 2026.",
        "VCG",
    )


@pytest.mark.parametrize(
    "line",
    [
        "The story says the bar | Google",  # too short for a caption's bar
        "She said the plan was approved | Submitted",  # a source word needs a full stop
    ],
)
def test_bars_that_close_no_caption(line):
    # guards
    assert credits_glued.split_glued(line) is None


def test_a_bodys_name_listing_its_fields_is_one_agency():
    found = credits.read("Provided by Lennshire Fish, Wildlife and Parks")
    assert found.agencies == ("Lennshire Fish, Wildlife and Parks",)
    found = credits.read("Department of Environment, Tourism, Science and Innovation")
    assert found.agencies == ("Department of Environment, Tourism, Science and Innovation",)


def test_people_listed_after_courtesy_stay_people():
    # a guard
    found = credits.read("Courtesy of Ilse Varga, Kara Venn and Ann Berg")
    assert found.photographers == ("Ilse Varga", "Kara Venn", "Ann Berg")


def test_credit_lines_in_new_spellings():
    assert credits.read("KARA VENN\\STAFF").photographers == ("Kara Venn",)
    assert media_of(under_caption("Kara Venn / The Forum")) == [
        ("Kara Venn / The Forum", ["Kara Venn"], ["The Forum"])
    ]
    assert credits.read("Picture supplied").agencies == ()
    assert [m["credit"] for m in under_caption("Picture supplied")["media"]] == ["Picture supplied"]


def test_a_staff_writer_contributing_is_a_reporter():
    got = parse_text(
        f"{TITLE}\nBy Ilse Marrow\nJune 3, 2026\n"
        + STORY
        + "Staff Writer Kara Venn contributed to this report.\n"
    )
    assert got["reporters"] == ["Ilse Marrow", "Kara Venn"]


@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        ("Jun - 12 - 2026 , 09:18", dt.date(2026, 6, 12)),
        ("Updated on: 14 February,2026 07:45 AM IST  |  Portvale", dt.date(2026, 2, 14)),
    ],
)
def test_dates_with_dashes_or_no_space_after_the_comma(stamp, day):
    assert find_date(stamp) == day
    assert is_date_line(stamp)


@pytest.mark.parametrize(
    ("note", "rule"),
    [
        ("Portvale Chronicle, Lenn. A Newsquest Media Group Ltd title.", "about_outlet"),
        ("We care about the protection of your data. Read our Privacy Policy.", "newsletter"),
        ("Did you find this article insightful?", "poll"),
        (
            "Connect With Us : Portvale Online on Facebook, X, Instagram and WhatsApp",
            "social_follow",
        ),
        (
            "* I understand and agree that registration on or use of this site constitutes "
            "agreement to its user agreement and privacy policy.",
            "disclaimer",
        ),
        ("Have a story tip? Email: news@portvalenews.com.", "news_tip"),
        (
            "Click here to join the Portvale Online channel on WhatsApp for the latest news",
            "messenger_prompt",
        ),
        (
            "Don't miss out on the headlines from Lenn. Followed categories will be added to My "
            "News.",
            "page_chrome",
        ),
        ("Editor: Ilse Varga.", "editor_note"),
    ],
)
def test_closing_notes_are_boilerplate_by_their_own_rules(note, rule):
    got = with_closing_note(note)
    assert note not in got["body"]
    assert {"text": note, "rule": rule} in got["boilerplate"]
