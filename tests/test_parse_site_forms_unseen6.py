"""Forms of sites the parser met first on the unseen6 pages (invented text, worded apart from
those pages): a known site's masthead with its tagline, a page title with its site's name over
the article's own heading, linked stories under a label with section kickers, names over their
paper over the stamp, an agency and its bureau over the stamp, credits in capitals, offices
and square brackets, a name and an agency with no separator, a staff photographer with an
e-mail address who wrote the story, and more reader pitches."""

import pytest

from pipeline.parse import credits, credits_glued, parse_text
from tests.pages import PARAGRAPHS, roles_of, story_with

STORY = "\n".join(PARAGRAPHS) + "\n"
MENU = "Home\nNews\nBusiness\nSport\nCulture\n"
CAPTION = "Ferry crews tie up at the old pier in Portvale on Monday night."


def test_a_known_sites_masthead_with_its_tagline_is_no_headline():
    page = (
        "The Guardian — News, sport and opinion from the harbour\n"
        + MENU
        + "Harbour board shuts the old ferry pier for two years\n"
        + STORY
    )
    got = parse_text(page)
    assert got["title"] == "Harbour board shuts the old ferry pier for two years"


def test_a_home_page_keeps_its_masthead_as_its_title():
    # (nothing else heads the page: the masthead is the page's title, not none)
    page = "The Guardian — News, sport and opinion\nNews\nSport\nCulture\n"
    assert parse_text(page)["title"] == "The Guardian — News, sport and opinion"


def test_a_page_title_with_its_sites_name_over_the_articles_heading():
    page = (
        "Man jailed after raid on a Portvale corner shop - Portvale Echo\n"
        + "Portvale Echo\n"
        + MENU
        + "Man jailed after raid on a Portvale corner shop\n"
        + "Jo Halvorsen threatened the shopkeeper and fled with the till's cash\n"
        + "By Ines Halvorsen\n"
        + "10:38, 4 Nov 2026\n"
        + STORY
    )
    got = parse_text(page)
    assert got["title"] == "Man jailed after raid on a Portvale corner shop"
    assert got["reporters"] == ["Ines Halvorsen"]


def test_a_section_label_in_capitals_heads_no_bullets():
    page = (
        MENU
        + "HARBOURS & SHIPPING\n"
        + "Ferry crews are working longer nights. The new rota would keep the board from paying\n"
        + "A little-noticed clause would let the board skip overtime pay — and the operators "
        + "wrote it\n"
        + "By INES HALVORSEN\n"
        + "Published November 9, 2026 5:45AM (EST)\n"
        + STORY
    )
    assert parse_text(page)["title"] == (
        "Ferry crews are working longer nights. The new rota would keep the board from paying"
    )


@pytest.mark.parametrize(
    "block",
    [
        ["Read Next", "LOCAL", "Harbour museum reopens its flooded cellars to visitors"],
        [
            "Latest Stories",
            "Justice",
            "Prosecutors Dropped 300 Harbour Cases. Fishermen Weren’t Told.",
            "Environment",
            "A Portvale Parish Approved a Pipeline Over Its Engineer’s Objections",
        ],
        [
            "Other stories you might like",
            "Harbour trust's 'sealed' backups turned out to be on a shared drive",
            "Ferry line pulls its timetable update after it strands commuters",
        ],
    ],
)
def test_linked_stories_under_a_label_with_their_sections(block):
    roles = roles_of(story_with(*block))
    assert [roles[line] for line in block] == ["boilerplate"] * len(block)


def test_a_subheading_over_a_paragraph_under_a_related_label_stays_story():
    sub = "Here come the inspectors"
    page = story_with("Related", sub)
    assert roles_of(page)[sub] == "body"


def test_names_over_their_paper_over_the_stamp_are_the_byline():
    page = (
        MENU
        + "ELECTIONS\n"
        + "Portvale voters back $120 million harbour levy as turnout tops 2022\n"
        + "Ines Halvorsen and Tomas Reyes\n"
        + "The Guardian\n"
        + "Published 11:48 p.m. Nov. 3, 2026\n"
        + STORY
    )
    got = parse_text(page)
    assert got["title"] == "Portvale voters back $120 million harbour levy as turnout tops 2022"
    assert got["reporters"] == ["Ines Halvorsen", "Tomas Reyes"]


def test_words_that_name_no_one_over_a_paper_over_the_stamp_stay_a_headline():
    page = MENU + "Storm Season and Flood Risk\nThe Guardian\nNov. 3, 2026\n" + STORY
    assert parse_text(page)["title"] == "Storm Season and Flood Risk"


def test_an_agency_and_its_bureau_over_the_stamp():
    page = (
        MENU
        + "UN warns Portvale food rations could be halved by January\n"
        + "AFP, Geneva\n"
        + "Tue Nov 17, 2026 06:41 PM\n"
        + STORY
    )
    got = parse_text(page)
    assert got["outlet"] == "AFP"
    assert roles_of(page)["AFP, Geneva"] == "byline"


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        (CAPTION[:-1] + ". PHOTO: INES HALVORSEN", "PHOTO: INES HALVORSEN"),
        (CAPTION + " PHOTO: ODT FILES", "PHOTO: ODT FILES"),
        (CAPTION + " Photo: Portvale Police Force", "Photo: Portvale Police Force"),
        (
            CAPTION + " Photo courtesy of the Portvale Department of Parks and Recreation",
            "Photo courtesy of the Portvale Department of Parks and Recreation",
        ),
        (CAPTION + " [File, Standard]", "File, Standard"),
        (CAPTION + " [Courtesy]", "Courtesy"),
    ],
)
def test_credits_glued_to_a_caption_in_these_forms(line, credit):
    assert credits_glued.split_glued(line) == (CAPTION, credit)


@pytest.mark.parametrize(
    ("credit", "photographers", "agencies"),
    [
        ("PHOTO: INES HALVORSEN", ("Ines Halvorsen",), ()),
        ("PHOTO: ODT FILES", (), ("Otago Daily Times",)),
        (
            "Photo courtesy of the Portvale Department of Parks and Recreation",
            (),
            ("Portvale Department of Parks and Recreation",),
        ),
        ("Bettmann Archive", (), ("Bettmann",)),  # an alias of the table, not an office
        ("DESIGN: INES HALVORSEN", ("Ines Halvorsen",), ()),
    ],
)
def test_what_these_credits_name(credit, photographers, agencies):
    read = credits.read(credit)
    assert (read.photographers, read.agencies) == (photographers, agencies)


@pytest.mark.parametrize(
    ("credit", "photographers", "agencies"),
    [
        ("Ines Halvorsen AP", ["Ines Halvorsen"], ["Associated Press"]),
        ("DESIGN: INES HALVORSEN", ["Ines Halvorsen"], []),
    ],
)
def test_credit_lines_under_a_caption_in_these_forms(credit, photographers, agencies):
    page = story_with(CAPTION, credit)
    assert roles_of(page)[credit] == "credit"
    [media] = parse_text(page)["media"]
    assert (media["photographers"], media["agencies"]) == (photographers, agencies)


def test_words_and_an_agency_under_a_caption_are_no_credit():
    # no given name opens 'Harbour Talks': a heading with the agency's name, not a credit
    assert not credits.name_then_agency("Harbour Talks AP")
    assert not credits.name_then_agency("Ines Halvorsen CNN")  # a broadcaster is no photo's


def test_a_staff_photographer_with_an_email_who_wrote_the_story():
    credit = "Renée Halvorsen rhalvorsen@portvalebee.com"
    page = (
        "Harbour board shuts the old ferry pier for two years\n"
        + "By Tomas Reyes and Renée Halvorsen\n"
        + "Updated November 05, 2026 9:18 AM\n"
        + STORY
        + "Board chair Lena Markov speaks before the vote at the harbour office on Tuesday.\n"
        + credit
        + "\n"
        + PARAGRAPHS[0]
        + "\n"
        + "Renée Halvorsen is a Portvale Bee reporter covering the harbour.\n"
    )
    assert roles_of(page)[credit] == "credit"
    assert [m["photographers"] for m in parse_text(page)["media"]] == [["Renée Halvorsen"]]


def test_the_authors_name_alone_under_a_paragraph_is_no_credit():
    # (a linked story's author, after 'Read More': the byline names her, no e-mail address)
    page = (
        "Harbour board shuts the old ferry pier for two years\n"
        + "By Ines Halvorsen, Portvale Star harbour and shipping analyst\n"
        + STORY
        + "Read More\n"
        + "A third line of inquiry, which the board is still pursuing, is the pier's cost.\n"
        + "Ines Halvorsen\n"
        + PARAGRAPHS[1]
        + "\n"
    )
    assert parse_text(page)["media"] == []


@pytest.mark.parametrize(
    "line",
    [
        "We’re independent of corporate interests — and powered by members. Join us.",
        "WAIT! BEFORE YOU GO on about your day, ask yourself how this story got made.",
        "Get your news from a source that answers to readers. Sign up for the Daily.",
        "The Portvale Star was founded as a nonprofit in 1976 because we knew better.",
        "Independent journalism costs money. Support the Star for the price of a coffee.",
        "Did you know with a Digital Subscription to the Portvale Star, you can get unlimited "
        "access to the website including our premium content, as well as the e-paper and the "
        "crossword archive, and enjoy fewer ads and a faster reading experience on every device?",
        "Thank you for signing up!",
        "Like Business on Facebook, follow @PortvaleBiz on Twitter to stay informed.",
        "This advertisement has been reported.",
        "Author of the article:",
    ],
)
def test_more_reader_pitches_and_page_notes_are_chrome(line):
    assert roles_of(story_with(line))[line] == "boilerplate"


def test_a_story_line_on_a_nonprofit_stays_story():
    line = "The harbour trust, founded as a charity in 1976, said it would appeal the ruling."
    assert roles_of(story_with(line))[line] == "body"
