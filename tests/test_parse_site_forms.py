"""Forms of sites the parser met first on the unseen3 pages (invented text, worded apart from
those pages): follow buttons in a byline, wire tags without brackets, credits in square
brackets or after a 'Credit:' with no full stop before it, a headline over a name alone, a
label before the date stamp, a summary box over the dateline, page chrome."""

import pytest

from pipeline.parse import credits_glued, dateline, parse_text
from pipeline.parse.dates import is_date_line
from tests.pages import PARAGRAPHS, roles_of, story_with

HEAD = "Harbour board shuts the old ferry pier for repairs\n"


def test_follow_buttons_after_each_name_in_the_byline():
    page = HEAD + "By Ines Halvorsen Follow and Tomas Reyes Follow\n" + "\n".join(PARAGRAPHS)
    got = parse_text(page)
    assert got["reporters"] == ["Ines Halvorsen", "Tomas Reyes"]
    assert roles_of(page)["By Ines Halvorsen Follow and Tomas Reyes Follow"] == "byline"


@pytest.mark.parametrize(
    ("opening", "place", "wire"),
    [
        ("Portvale CNN — The harbour board", "Portvale", "CNN"),
        ("PORTVALE, AAP - The harbour board", "Portvale", "AAP"),
        ("Portvale AFP — The harbour board", "Portvale", "AFP"),
    ],
)
def test_a_wire_tag_without_brackets_after_the_place(opening, place, wire):
    assert dateline.find(opening + " voted on Monday.") == dateline.Dateline(place, wire)


@pytest.mark.parametrize(
    ("opening", "why"),
    [
        ("HARRISBURG, PA — The board", "a state's abbreviation, though PA names a wire"),
        ("PORTVALE, ORE. — The board", "a region"),
    ],
)
def test_capitals_after_the_place_that_are_its_region(opening, why):
    found = dateline.find(opening + " voted on Monday.")
    assert found is not None and found.wire is None, why


@pytest.mark.parametrize("opening", ["Ines Halvorsen CNN — The board", "Portvale DC — The board"])
def test_no_dateline_from_a_name_or_an_unknown_tag_in_capitals(opening):
    assert dateline.find(opening + " voted on Monday.") is None


def test_a_name_before_a_known_tag_alone_on_its_line_is_no_dateline():
    assert dateline.alone("Ines Halvorsen (AFP)") is None
    assert dateline.alone("Portvale (AFP)") == dateline.Dateline("Portvale", "AFP")


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        (
            "Ferry crews tie up at the old pier on Friday. [ INES HALVORSEN | Times ]",
            "Ferry crews tie up at the old pier on Friday.",
            "INES HALVORSEN | Times",
        ),
        (
            "Tomas Reyes, 52 [ Portvale County Sheriff’s Office ]",
            "Tomas Reyes, 52",
            "Portvale County Sheriff’s Office",
        ),
        (
            "The pier has stood at the harbour mouth since 1931 Credit: Harbour Pictures",
            "The pier has stood at the harbour mouth since 1931",
            "Harbour Pictures",
        ),
    ],
)
def test_credits_glued_in_square_brackets_or_after_a_bare_credit_label(line, caption, credit):
    assert credits_glued.split_glued(line) == (caption, credit)


@pytest.mark.parametrize(
    "line",
    [
        "The harbour board said on Monday that Credit: Lenna is the lender here",  # a sentence
        "The pier will reopen in 2027 [Lena Markov said]",  # an editor's insertion
    ],
)
def test_no_glued_credit(line):
    assert credits_glued.split_glued(line) is None


def test_the_headline_over_a_name_alone_and_the_stamp():
    """A byline without 'By' under the headline, over the paper's name and the stamp; the
    video block below has a title of its own."""
    page = (
        "Portvale Ledger | part of the USA TODAY Network\nNews\nLocal\nSports\n"
        "Harbour board shuts the old ferry pier for repairs\n"
        "Ines Halvorsen\nPortvale Ledger\nPublished 5:02 a.m. MT April 2, 2025\n"
        "Why the old pier could not be saved\n"
        "The pier's pillars have cracked. Here's what the repairs will take.\n"
        "0:52\n" + "\n".join(PARAGRAPHS)
    )
    got = parse_text(page)
    assert got["title"] == "Harbour board shuts the old ferry pier for repairs"
    assert got["reporters"] == ["Ines Halvorsen"]


def test_a_menu_line_that_reads_as_a_name_wins_no_bonus():
    page = (
        "Portvale Ledger\nMain Navigation\nNews\nLocal\nSports\nWeather\n"
        "Harbour board shuts the old ferry pier for repairs\n"
        "By Ines Halvorsen\nApril 2, 2025\n" + "\n".join(PARAGRAPHS)
    )
    got = parse_text(page)
    assert got["title"] == "Harbour board shuts the old ferry pier for repairs"
    assert got["reporters"] == ["Ines Halvorsen"]


@pytest.mark.parametrize(
    ("line", "stamp"),
    [
        ("All News 11:18 April 07, 2025", True),
        ("Portvale ● Tue, March 25, 2025", True),
        ("It is March 5, 2025", False),
        ("Ines Halvorsen 2025", False),
        ("USA TODAY Published 5:57 a.m. ET July 16, 2018", False),  # the paper's byline
    ],
)
def test_a_label_before_the_stamp(line, stamp):
    assert is_date_line(line) is stamp


def test_a_summary_box_over_the_dateline_paragraph():
    page = (
        HEAD + "Ines Halvorsen\nMar 26, 2025 4:31 PM\nSummary\n"
        "This is AI generated summarization, which may have errors.\n"
        "The harbour board closes the old pier for two years of repairs.\n"
        "Fishermen protest the decision.\n"
        "PORTVALE – " + PARAGRAPHS[0] + "\n" + "\n".join(PARAGRAPHS[1:])
    )
    got = parse_text(page)
    assert got["dateline_place"] == "Portvale"
    assert got["body"].startswith("PORTVALE – The harbour board will close")


@pytest.mark.parametrize(
    "line",
    [
        "SKIP ADVERTISEMENT",
        "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms apply.",
        "Do you have a story for the Portvale Ledger news desk?",
        "Email us at tips@portvaleledger.example or call 0100 000 000.",
        "Read a summary of this article on FAST.",
        "Comments: Our rules",
        "For more stories like this, check our news page.",
        "The video will auto-play soon8Cancel",
        "Follow The LEDGER on WhatsApp for breaking news and updates.",
        "CNN values your feedback",
        "1. How relevant is this ad to you?",
        "Ad Feedback",
        "Skip to... Select",
    ],
)
def test_page_chrome_of_these_sites(line):
    assert roles_of(story_with(line))[line] == "boilerplate"


@pytest.mark.parametrize(
    ("byline", "reporters"),
    [
        (
            "By Ines Halvorsen, Senior News Reporter and Tomas Reyes, News Reporter",
            ["Ines Halvorsen", "Tomas Reyes"],
        ),
        ("By Ines Halvorsen (Portvale, correspondent)", ["Ines Halvorsen"]),
    ],
)
def test_posts_beside_each_name_in_the_byline(byline, reporters):
    page = HEAD + byline + "\n" + "\n".join(PARAGRAPHS)
    assert parse_text(page)["reporters"] == reporters


def test_a_name_and_the_paper_in_brackets_under_the_headline():
    page = HEAD + "Ines Halvorsen (The Jakarta Post)\nMarch 25, 2025\n" + "\n".join(PARAGRAPHS)
    got = parse_text(page)
    assert (got["reporters"], got["outlet"]) == (["Ines Halvorsen"], "The Jakarta Post")
    assert got["dateline_place"] is None


def test_a_guest_speaking_to_the_outlets_anchor_names_no_reporter():
    """'told CNN's Jo Li.': in the corpora (four CNN texts) an anchor's interview on air,
    which the story reports on; the anchor did not write it."""
    quote = "“It has been a month,” fisherman Ivo Brandt told Global News’ Tomas Reyes."
    page = HEAD + "By Ines Halvorsen  Global News\n" + "\n".join([PARAGRAPHS[0], quote])
    assert parse_text(page)["reporters"] == ["Ines Halvorsen"]


def test_a_report_from_glued_to_the_last_paragraph():
    last = PARAGRAPHS[2] + " – with a report from Tomas Reyes/Rappler.com"
    page = HEAD + "By Ines Halvorsen\n" + "\n".join([*PARAGRAPHS[:2], last])
    assert parse_text(page)["reporters"] == ["Ines Halvorsen", "Tomas Reyes"]


@pytest.mark.parametrize(
    "box",
    [
        [
            "Sign up for the Harbour Briefing newsletter",
            "Your weekly guide to the port.",
            "Sign Up",
        ],
        [
            "Newsletters",
            "Ledger Daily",
            "Every weekday, the harbour news that matters.",
            "Ledger Weekend",
            "Long reads for Saturday morning.",
            "Sign Up",
        ],
    ],
)
def test_a_newsletter_box_below_the_story_is_chrome(box):
    page = HEAD + "By Ines Halvorsen\n" + "\n".join([*PARAGRAPHS, *box, "© 2025 Portvale Ledger"])
    got = parse_text(page)
    assert got["body"] == "\n\n".join(PARAGRAPHS)
    roles = roles_of(page)
    assert all(roles[line] == "boilerplate" for line in box)


def test_story_lines_between_sign_up_prompts_stay_story():
    """A long paragraph between two prompts, or one with other chrome beside it, is story."""
    page = HEAD + "\n".join(
        [
            PARAGRAPHS[0],
            "Sign up for the Harbour Briefing newsletter",
            PARAGRAPHS[1],
            "Sign Up",
            "The board meets again on Friday.",
            "Advertisement",
            "Share",
            "Sign up for the Harbour Briefing newsletter",
            PARAGRAPHS[2],
        ]
    )
    body = parse_text(page)["body"].split("\n\n")
    assert body == [PARAGRAPHS[0], PARAGRAPHS[1], "The board meets again on Friday.", PARAGRAPHS[2]]


def test_a_deck_over_share_buttons_and_a_section_label_over_the_byline():
    deck = "Engineers are on the pier and repairs will take much of the year"
    page = HEAD + "\n".join(
        [
            deck,
            "Bookmark",
            "Share",
            "News",
            "Ines Halvorsen",
            "Senior Reporter",
            "10:22, 12 Feb 2025",
            *PARAGRAPHS,
        ]
    )
    got = parse_text(page)
    assert roles_of(page)[deck] == "standfirst"
    assert got["body"] == "\n\n".join(PARAGRAPHS) and got["reporters"] == ["Ines Halvorsen"]


def test_a_subheading_over_a_live_stamp_leaves_the_first_paragraph_in_the_story():
    page = HEAD + "\n".join(
        [PARAGRAPHS[0], "What the repairs will cost", "Updated 10:22, 12 Feb 2025", *PARAGRAPHS[1:]]
    )
    assert roles_of(page)[PARAGRAPHS[0]] == "body"


def test_a_sale_note_before_the_agencys_credit():
    line = "The mayor opens the ferry terminal in Portvale on Monday. (PHOTO NOT FOR SALE) (Yonhap)"
    assert credits_glued.split_glued(line) == (
        "The mayor opens the ferry terminal in Portvale on Monday.",
        "Yonhap",
    )


def test_a_clips_running_time_and_source_credit_a_video():
    got = parse_text(story_with("Why the old pier could not be saved", "02:14 - Source: CNN"))
    assert [(m["kind"], m["caption"], m["agencies"]) for m in got["media"]] == [
        ("video", "Why the old pier could not be saved", ["CNN"])
    ]
    assert got["body"] == "\n\n".join(PARAGRAPHS)


# Forms first met on the unseen4 pages ---------------------------------------------------------


def test_a_comment_link_among_the_share_buttons_ends_no_article():
    """Under a contributor's one-line tagline, a 'Comment' link beside 'Share' and 'Save' is a
    button over the story, not the comment section closing it."""
    page = HEAD + "\n".join(
        [
            "By Ines Halvorsen",
            "I write about ports, ferries and the money behind them.",
            "Mar 18, 2025, 07:45am EDT",
            "Share",
            "Save",
            "Comment",
            *PARAGRAPHS,
        ]
    )
    assert parse_text(page)["body"].split("\n\n")[-3:] == PARAGRAPHS


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        (
            "The new pier as the council imagines it. Picture: Portvale City Council",
            "Picture: Portvale City Council",
        ),
        (
            "Fishermen at the old pier on Monday. Picture: Portvale Police",
            "Picture: Portvale Police",
        ),
        (
            "Fishermen at the old pier on Monday. File picture: Ines Halvorsen",
            "File picture: Ines Halvorsen",
        ),
        ("Officials at a press conference on Tuesday. Photo: GovHK.", "Photo: GovHK"),
        (
            "Cars parked along the harbour road. KT Photo: Ines Halvorsen",
            "KT Photo: Ines Halvorsen",
        ),
        (
            "A diver examines a pillar of the old pier INES HALVORSEN FOR THE LEDGER",
            "INES HALVORSEN FOR THE LEDGER",
        ),
        ("The old pier at dawn, seen from the harbour wall ALAMY", "ALAMY"),
    ],
)
def test_labelled_and_capital_credits_glued_to_a_caption(line, credit):
    found = credits_glued.split_glued(line)
    assert found is not None and found[1] == credit


@pytest.mark.parametrize(
    "line",
    [
        "Senators grill the harbour board over the closure of the pier, says CNN",
        "The council said the photo was taken last year. Picture: it was not",
    ],
)
def test_no_credit_in_capitals_or_after_a_label_here(line):
    assert credits_glued.split_glued(line) is None


def test_an_agencys_stamp_with_its_sections_is_its_byline():
    page = HEAD + "KYODO NEWS - Jul 22, 2025 - 14:07 | Japan, All\n" + "\n".join(PARAGRAPHS)
    got = parse_text(page)
    assert (got["title"], got["outlet"], str(got["published"])) == (
        HEAD.strip(),
        "Kyodo",
        "2025-07-22",
    )


def test_the_headline_over_an_unknown_byline_over_the_stamp():
    page = (
        "Portvale Sport\nFootball\nRugby\nMore Sports\nWatch\nFantasy\nScores\n"
        + HEAD
        + "Portvale Sport Services\nApr 14, 2025, 06:12 PM ET\n"
        + "\n".join(PARAGRAPHS)
    )
    assert parse_text(page)["title"] == HEAD.strip()


def test_a_headline_a_word_longer_than_its_deck():
    headline = "Portvale: Harbour board shuts the old ferry pier for two years of repairs"
    deck = "Fishermen who moor there will move to the north quay, says the board"
    page = "\n".join(
        [
            "Portvale Post",
            "News",
            "Harbour",
            headline,
            deck,
            "Ines Halvorsen",
            "March 3, 2025",
            *PARAGRAPHS,
        ]
    )
    got = parse_text(page)
    assert (got["title"], got["reporters"]) == (headline, ["Ines Halvorsen"])


def test_a_second_name_under_the_deck_is_a_byline_too():
    page = HEAD + "\n".join(
        [
            "The pier will close for two years of repairs, the board says",
            "Last updated: September 23, 2024 | 19:02",
            "Published: September 23, 2024 | 18:45",
            "Ines Halvorsen, Senior Reporter",
            "Tomas Reyes, Reporter",
            "2 MIN READ",
            *PARAGRAPHS,
        ]
    )
    assert parse_text(page)["reporters"] == ["Ines Halvorsen", "Tomas Reyes"]


@pytest.mark.parametrize(
    "line",
    [
        "Follow me on Twitter or LinkedIn. Check out my website.",
        "LOADING ERROR LOADING",
        "Advertisement 2",
        "Article content",
        "You can save this article by registering for free here.",
        "This story has been viewed 1,204 times.",
        "Got a tip? Send it to the Ledger here.",
        "Comments will be moderated. Keep comments relevant to the article.",
        "Comments are subject to our community guidelines, which can be viewed here.",
        "Follow the Portvale Ledger WhatsApp channel for the latest news",
    ],
)
def test_more_page_chrome(line):
    assert roles_of(story_with(line))[line] == "boilerplate"


def test_a_subheading_under_a_closing_credit_names_no_one():
    page = HEAD + "\n".join(
        [
            "By Ines Halvorsen",
            *PARAGRAPHS[:2],
            "—Reporting by Tomas Reyes",
            "Generational Gripes",
            PARAGRAPHS[2],
        ]
    )
    assert parse_text(page)["reporters"] == ["Ines Halvorsen", "Tomas Reyes"]
