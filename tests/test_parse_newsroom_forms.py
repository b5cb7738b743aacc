"""House styles of bylines, credits and page notes that the corpora lack: a byline naming
where each reporter filed from ('Jo Li in Kyiv'), a closing '--With assistance from' credit
and the note on how to contact the reporter, a note on the print edition, a paper's
subscription pitch, a columnist's closing bio. Invented texts; the organisations are the
data files'."""

import pytest

from pipeline.parse import dateline, parse_text
from pipeline.parse.dates import find_date

HEAD = "Harbour board shuts the old ferry pier for repairs\n"
STAMP = "Tue 3 Mar 2024 10.00 GMT\n"
STORY = (
    "The harbour board will close the old ferry pier at Portvale for two years of repairs, "
    "a decision that drew protests from fishermen who have moored there for decades.\n"
    "Board chair Lena Markov said the pier had become unsafe after last winter's storms, "
    "which tore away part of its deck and left cracks in two of the concrete pillars.\n"
    "The repairs are expected to cost about 40 million crowns, the board said, and the "
    "ferries will use the new quay on the other side of the harbour in the meantime.\n"
)


@pytest.mark.parametrize(
    ("byline", "reporters"),
    [
        ("Ana Berg in Portvale", ["Ana Berg"]),
        ("Ana Berg in Portvale and Tomas Wren in Kyiv", ["Ana Berg", "Tomas Wren"]),
        ("Ana Berg and Tomas Wren in New York", ["Ana Berg", "Tomas Wren"]),
    ],
)
@pytest.mark.parametrize("stamp", [STAMP, ""])
def test_a_byline_with_the_place_filed_from_names_the_reporters(byline, reporters, stamp):
    """It used to be taken for the headline (over the date stamp) or left out as chrome."""
    got = parse_text(HEAD + byline + "\n" + stamp + STORY)
    assert got["title"] == HEAD.strip()
    assert got["reporters"] == reporters
    assert got["line_roles"][:2] == ["title", "byline"]


def test_a_person_in_a_place_whom_the_story_names_is_no_byline():
    got = parse_text(HEAD + "Lena Markov in Portvale\n" + STORY)
    assert got["reporters"] == []


def test_a_headline_of_someone_in_a_place_stays_the_headline():
    """The first line is the headline's place: a place after a name does not make it a byline
    ('Chaos Reigns in Portvale' reads as a name and a place)."""
    got = parse_text("Chaos Reigns in Portvale\n" + STAMP + STORY)
    assert got["title"] == "Chaos Reigns in Portvale"
    assert got["reporters"] == []


def test_a_closing_assistance_credit_and_the_contact_note():
    text = (
        HEAD
        + "By Ana Berg\n"
        + STORY
        + "--With assistance from Tomas Wren in Kyiv and Ida Holm.\n"
        + "To contact the reporter on this story: Ana Berg in Portvale at aberg1@bloomberg.net\n"
        + "To contact the editors responsible for this story: Max Moe at mmoe@bloomberg.net\n"
    )
    got = parse_text(text)
    assert got["reporters"] == ["Ana Berg", "Tomas Wren", "Ida Holm"]
    assert got["outlet"] == "Bloomberg"  # the staff's e-mail host, by the publishers table
    assert [b["rule"] for b in got["boilerplate"]] == ["contact_note"] * 2
    assert got["body"].endswith("--With assistance from Tomas Wren in Kyiv and Ida Holm.")


def test_assistance_in_a_sentence_credits_nobody():
    sentence = "With assistance from Lena Markov, the fishermen will move to the new quay.\n"
    got = parse_text(HEAD + STORY + sentence)
    assert got["reporters"] == []


def test_a_contact_note_without_a_known_host_names_no_outlet():
    got = parse_text(
        HEAD + STORY + "To contact the reporter on this story: Ana Berg at ana@example.org\n"
    )
    assert got["outlet"] is None
    assert got["boilerplate"][-1]["rule"] == "contact_note"


def test_the_print_edition_note_is_page_furniture():
    note = (
        "A version of this article appears in print on March 4, 2024, on Page A8 of the "
        "Portvale edition with the headline: Old Ferry Pier to Close."
    )
    got = parse_text(HEAD + "By Ana Berg\n" + STORY + note + "\n")
    assert [(b["text"], b["rule"]) for b in got["boilerplate"]] == [(note, "print_note")]
    assert note not in got["body"]


def test_a_papers_subscription_pitch_is_page_furniture():
    pitch = [
        "Never miss a story",
        "Choose the plan that’s right for you.",
        "Digital access or digital and print delivery.",
    ]
    got = parse_text(HEAD + STORY + "\n".join(pitch) + "\n")
    assert [(b["text"], b["rule"]) for b in got["boilerplate"]] == [
        (line, "subscription_pitch") for line in pitch
    ]
    assert got["body"].endswith("in the meantime.")


def test_a_columnists_closing_bio_names_the_author():
    bio = "Ana Berg has been an Op-Ed columnist since 2008. Her column appears every Monday."
    got = parse_text(HEAD + STORY + bio + "\n")
    assert got["reporters"] == ["Ana Berg"]


def test_someone_who_has_been_a_critic_is_no_author():
    got = parse_text(HEAD + STORY + "Lena Markov has been a critic of the port plan since 2019.\n")
    assert got["reporters"] == []


@pytest.mark.parametrize(
    ("byline", "reporters"),
    [
        ("Reported by Ana Berg", ["Ana Berg"]),
        ("From Ana Berg in Portvale", ["Ana Berg"]),  # a live blog's post
        ("From Ana Berg in New York", ["Ana Berg"]),
    ],
)
def test_reported_by_and_from_a_reporter_in_a_place_are_bylines(byline, reporters):
    got = parse_text(HEAD + byline + "\n" + STORY)
    assert got["reporters"] == reporters
    assert got["line_roles"][:2] == ["title", "byline"]


def test_a_headline_from_somewhere_to_somewhere_stays_the_headline():
    headline = "From Kitchen Table in Ohio to Congress"
    got = parse_text(headline + "\n" + STORY)
    assert got["title"] == headline
    assert got["reporters"] == []


@pytest.mark.parametrize(
    ("line", "place", "wire", "outlet"),
    [
        # press releases: the distribution service's tag between slashes or in capitals
        (
            "SAN FRANCISCO, March 3, 2024 /PRNewswire/ -- Kestrel Foods today announced",
            "San Francisco",
            "PRNewswire",
            "PR Newswire",
        ),
        (
            "SAN FRANCISCO--(BUSINESS WIRE)--Kestrel Foods today announced",
            "San Francisco",
            "BUSINESS WIRE",
            "Business Wire",
        ),
        (
            "NEW YORK, March 03, 2024 (GLOBE NEWSWIRE) -- Kestrel Foods today announced",
            "New York",
            "GLOBE NEWSWIRE",
            "GlobeNewswire",
        ),
        (
            "TORONTO, March 3, 2024 /CNW/ - Kestrel Foods today announced",
            "Toronto",
            "CNW",
            "Canada Newswire",
        ),
        # an agency that sets its tag so
        ("MOSCOW, March 3 /Xinhua/ -- The harbour board met", "Moscow", "Xinhua", "Xinhua"),
    ],
)
def test_a_tag_between_slashes_and_a_press_release_dateline(line, place, wire, outlet):
    assert dateline.find(line) == dateline.Dateline(place, wire)
    got = parse_text(HEAD + line + " on Monday that it would build a new ferry terminal.\n" + STORY)
    assert got["dateline_place"] == place
    assert got["outlet"] == outlet


@pytest.mark.parametrize(
    "line",
    [
        "The route runs Portvale/Kyiv/Oslo -- and back -- every week",
        "ACME--the harbour firm--said on Monday",
        "AND/OR -- The board met",
    ],
)
def test_slashes_and_glued_dashes_in_a_first_sentence_make_no_dateline(line):
    assert dateline.find(line) is None


@pytest.mark.parametrize(
    ("note", "outlet"),
    [
        (
            "This article is republished from The Conversation under a Creative Commons "
            "license. Read the original article.",
            "The Conversation",
        ),
        (
            "This article was originally published on The Conversation. Read the original.",
            "The Conversation",
        ),
        ("This story was originally published by ProPublica.", "ProPublica"),
        (
            "This story was produced by Kaiser Health News, an editorially independent program.",
            "KFF Health News",
        ),
        ("This article first appeared on Salon.com.", "Salon"),  # by the publishers table
    ],
)
@pytest.mark.parametrize("at", ["end", "top"])
def test_a_republication_note_names_the_outlet(note, outlet, at):
    text = HEAD + "By Ana Berg\n" + (note + "\n" + STORY if at == "top" else STORY + note + "\n")
    got = parse_text(text)
    assert got["outlet"] == outlet
    assert got["reporters"] == ["Ana Berg"]


@pytest.mark.parametrize(
    "note",
    [
        "This report, published by ProPublica in May, found the pier unsafe.",  # cites one
        "This story was produced with support from the Kestrel Foundation.",
        "This story originally appeared in The Portvale Harbour.",  # not in the tables
        "ProPublica contributed to this report.",  # a contribution, not the producer
    ],
)
def test_notes_that_name_no_producing_outlet_of_the_tables(note):
    got = parse_text(HEAD + STORY + note + "\n")
    assert got["outlet"] is None


@pytest.mark.parametrize(
    "note", ["First published by ProPublica.", "Originally published on Salon.com"]
)
def test_a_short_republication_note_under_the_story_names_the_outlet(note):
    # too short to be a paragraph: the note is set aside, its outlet kept
    got = parse_text(HEAD + STORY + note + "\nComments\n© 2025 Portvale Post\n")
    assert note not in got["body"]
    assert got["outlet"] == note.rpartition(" ")[2].rstrip(".").removesuffix(".com")


def test_a_short_note_far_below_the_story_names_no_outlet():
    # (two lines of the page's chrome between: a related story's note, not this one's)
    got = parse_text(HEAD + STORY + "Ferries\nFishing\nFirst published by ProPublica.\n")
    assert got["outlet"] is None


def test_a_broadcasters_legal_name_in_its_copyright_names_the_outlet():
    got = parse_text(HEAD + STORY + "©2024 Cable News Network. All rights reserved.\n")
    assert got["outlet"] == "CNN"


@pytest.mark.parametrize(
    ("stamp", "published"),
    [
        ("2024-03-03T10:00:00Z", "2024-03-03"),  # ISO 8601 with its time, as feeds print it
        ("2024-03-03T10:00:00.123+02:00", "2024-03-03"),
        ("3.3.2024", "2024-03-03"),  # day, month, year between dots
        ("Julkaistu 03.03.2024 10:00", "2024-03-03"),
    ],
)
def test_iso_and_dotted_date_stamps(stamp, published):
    got = parse_text(HEAD + "By Ana Berg\n" + stamp + "\n" + STORY)
    assert str(got["published"]) == published
    assert got["line_roles"][2] == "date"


@pytest.mark.parametrize(
    "line", ["13.13.2024", "Version 1.2.3 of the timetable", "2024-03-03Tuesday"]
)
def test_dotted_figures_and_glued_words_are_no_dates(line):
    assert find_date(line) is None


@pytest.mark.parametrize(
    ("line", "reporters"),
    [
        ("Tomas Wren contributed reporting.", ["Ana Berg", "Tomas Wren"]),
        ("Tomas Wren contributed reporting from Kyiv.", ["Ana Berg", "Tomas Wren"]),
        (
            "Tomas Wren and Ida Holm contributed reporting from Kyiv, Ukraine.",
            ["Ana Berg", "Tomas Wren", "Ida Holm"],
        ),
        ("With reporting by Tomas Wren", ["Ana Berg", "Tomas Wren"]),
        # a researcher's credit, and a sentence of the story, credit no reporter
        ("Ida Holm contributed research.", ["Ana Berg"]),
        (
            "Lena Markov contributed reporting to the committee's findings on the harbour.",
            ["Ana Berg"],
        ),
    ],
)
def test_contributed_reporting_closing_the_story(line, reporters):
    got = parse_text(HEAD + "By Ana Berg\n" + STORY + line + "\n")
    assert got["reporters"] == reporters


@pytest.mark.parametrize(
    ("label", "credit", "photographers", "agencies"),
    [
        ("Credit", "Ana Berg for The New York Times", ["Ana Berg"], ["The New York Times"]),
        ("Credit", "Ana Berg/Reuters", ["Ana Berg"], ["Reuters"]),
        ("Photo:", "Associated Press", [], ["Associated Press"]),
        ("Photo credit", "Ana Berg", ["Ana Berg"], []),
    ],
)
def test_a_credit_label_on_its_own_line_over_the_credit(label, credit, photographers, agencies):
    caption = "Fishermen protest outside the harbour office on Monday."
    first, rest = STORY.split("\n", 1)
    text = HEAD + first + "\n" + caption + "\n" + label + "\n" + credit + "\n" + rest
    got = parse_text(text)
    assert [
        (m["caption"], m["credit"], m["photographers"], m["agencies"]) for m in got["media"]
    ] == [(caption, credit, photographers, agencies)]
    assert caption not in got["body"] and credit not in got["body"]
    # the label and its credit are two input lines: each keeps a role
    assert got["line_roles"] == ["title", "body", "caption", "credit", "credit", "body", "body"]


def test_a_photo_label_over_a_caption_joins_nothing():
    caption = "Fishermen protest outside the harbour office on Monday."
    first, rest = STORY.split("\n", 1)
    got = parse_text(HEAD + first + "\nPhoto\n" + caption + "\nAna Berg/Reuters\n" + rest)
    assert [(m["caption"], m["credit"]) for m in got["media"]] == [(caption, "Ana Berg/Reuters")]


@pytest.mark.parametrize(
    ("byline", "reporters"),
    [
        ("By Rep. Ana Berg", ["Ana Berg"]),  # an op-ed by a lawmaker
        ("By Sen. Ana Berg (D-Ohio)", ["Ana Berg"]),
        ("By Gov. Ana Berg and Sen. Tomas Wren (R-N.Y.)", ["Ana Berg", "Tomas Wren"]),
        ("By Gen. Ana Berg (Ret.)", ["Ana Berg"]),
        ("By Sen Li", ["Sen Li"]),  # without its full stop, a first name
    ],
)
def test_office_titles_and_party_marks_are_no_part_of_the_name(byline, reporters):
    got = parse_text(HEAD + byline + "\n" + STORY)
    assert got["reporters"] == reporters


@pytest.mark.parametrize(
    ("note", "reporters"),
    [
        ("Ana Berg can be reached at aberg@example.com.", ["Ana Berg"]),
        ("Contact Ana Berg at aberg@example.com or 555-0100.", ["Ana Berg"]),
        ("Reach Ana Berg at aberg@example.com. Follow her on Twitter @anaberg.", ["Ana Berg"]),
        ("Questions? Email reporter Ana Berg at aberg@example.com.", ["Ana Berg"]),
        # an event's contact, someone named beside an address, no address at all
        ("For more information, contact Lena Markov at lmarkov@example.com.", []),
        ("Lena Markov at lmarkov@example.com has the details of the plan.", []),
        ("Ana Berg can be reached at 555-0100.", []),
    ],
)
def test_a_closing_note_on_how_to_reach_the_author_names_the_reporter(note, reporters):
    got = parse_text(HEAD + STORY + note + "\n")
    assert got["reporters"] == reporters


@pytest.mark.parametrize("tag", [" (AP)", ""])
def test_a_deck_over_a_dateline_paragraph_is_no_headline(tag):
    """Headline, deck, then the story's first paragraph opening with its dateline: the deck
    used to win the title (the line over a dateline scores high), as a video's title over its
    description would."""
    deck = "Fishermen say they were not consulted about the two-year closure"
    first, rest = STORY.split("\n", 1)
    got = parse_text(
        HEAD + deck + "\nPORTVALE, Ohio" + tag + " — " + first[0].lower() + first[1:] + "\n" + rest
    )
    assert got["title"] == HEAD.strip()
    assert got["dateline_place"] == "Portvale, Ohio"
    assert deck not in got["body"]


@pytest.mark.parametrize(
    "lead_in",
    [
        "The board said in a statement on Tuesday that it had no choice:",
        "Markov told the meeting. Here is what she said about the pier:",
    ],
)
def test_a_story_line_leading_into_a_quote_is_no_headline(lead_in):
    """A line of eight words or more that ends in a colon leads into a quote or a list; it
    used to outscore a two-word headline and leave the whole story above it as chrome."""
    opening = "The old ferry pier in Portvale closed on Monday after a long debate.\n"
    got = parse_text("Pier closes\n" + opening + lead_in + "\n")
    assert got["title"] == "Pier closes"
    assert got["body"] == opening + "\n" + lead_in


def test_a_headline_with_its_colon_inside_stays_the_headline():
    headline = "Pier closure: what fishermen and ferry riders need to know"
    got = parse_text(headline + "\nThe old ferry pier in Portvale closed on Monday.\n")
    assert got["title"] == headline


@pytest.mark.parametrize(
    "items",
    [
        ["• Storm damage to the deck", "• Cracked pillars"],
        ["- Ferries move to the new quay", "- Fares stay the same"],
        ["1. Ferries move to the new quay", "2. Fares stay the same"],
    ],
)
def test_a_short_line_leading_into_a_list_is_story(items):
    """'The board listed two reasons:' is no sentence by its ending and too short for prose;
    over a list it used to be set aside as a short line of chrome."""
    first, rest = STORY.split("\n", 1)
    lead_in = "The board listed two reasons:"
    got = parse_text(HEAD + first + "\n" + lead_in + "\n" + "\n".join(items) + "\n" + rest)
    assert lead_in in got["body"]
    assert got["boilerplate"] == []


@pytest.mark.parametrize(
    ("byline", "reporters", "outlet"),
    [
        ("Ana Berg (AP)", ["Ana Berg"], "Associated Press"),
        ("Ana Berg and Tomas Wren (Reuters)", ["Ana Berg", "Tomas Wren"], "Reuters"),
        ("Ana Berg, Tomas Wren (AP)", ["Ana Berg", "Tomas Wren"], "Associated Press"),
    ],
)
def test_names_with_the_wire_tag_under_the_headline_are_the_byline(byline, reporters, outlet):
    """'Ana Berg (AP)' used to be a dateline alone ('Washington (CNN)'), with the reporter as
    its place."""
    got = parse_text(HEAD + byline + "\n" + STORY)
    assert got["reporters"] == reporters
    assert got["outlet"] == outlet
    assert got["dateline_place"] is None
    assert got["line_roles"][:3] == ["title", "byline", "body"]


@pytest.mark.parametrize(
    ("alone", "place"),
    [
        ("Washington (CNN)", "Washington"),
        ("New York (AP)", "New York"),  # places.csv
        ("Iowa City (AP)", "Iowa City"),  # place_words.csv
        ("Sioux Falls (AP)", "Sioux Falls"),
        ("Boca Raton, Florida (CNN)", "Boca Raton, Florida"),
        ("PORTVALE (AP)", "Portvale"),  # capitals: a place far more often than names
    ],
)
def test_a_place_with_its_wire_tag_alone_stays_the_dateline(alone, place):
    got = parse_text(HEAD + alone + "\n" + STORY)
    assert got["reporters"] == []
    assert got["dateline_place"] == place


@pytest.mark.parametrize(
    ("opening", "place", "outlet"),
    [
        ("PORTVALE, March 3 (IANS) ", "Portvale", "Indo-Asian News Service"),
        ("NEW DELHI, March 3 (PTI) ", "New Delhi", "Press Trust of India"),
        ("Portvale, March 3, 2024 (CNN) ", "Portvale", "CNN"),
    ],
)
def test_a_dated_dateline_with_its_tag_and_no_dash(opening, place, outlet):
    """Indian agencies set the day before the tag and no dash after it."""
    got = parse_text(HEAD + opening + STORY)
    assert got["dateline_place"] == place
    assert got["outlet"] == outlet
    assert got["body"].startswith(opening + "The harbour board")


def test_a_day_and_a_tag_inside_a_sentence_are_no_dateline():
    assert dateline.find("He said on March 3 (Reuters) The board ...") is None
    assert dateline.find("On March 3 (Reuters) The board ...") is None


LONG_LEAD = STORY.replace("for decades.", "for decades, officials said on Monday.", 1)


@pytest.mark.parametrize(
    ("byline", "reporters"),
    [
        ("Author: Ana Berg", ["Ana Berg"]),
        ("Authors: Ana Berg and Tomas Wren", ["Ana Berg", "Tomas Wren"]),
        ("Compiled by Ana Berg", ["Ana Berg"]),
        ("Ana Berg  3 March 2024", ["Ana Berg"]),  # a scrape's gap between two page elements
        ("Ana Berg, The Portvale Times", ["Ana Berg"]),  # a paper the table lacks
        ("Ana Berg and Tomas Wren | The Portvale Courier", ["Ana Berg", "Tomas Wren"]),
    ],
)
def test_more_bylines_under_the_headline(byline, reporters):
    got = parse_text(HEAD + byline + "\n" + LONG_LEAD)
    assert got["reporters"] == reporters
    assert got["line_roles"][:2] == ["title", "byline"]
    assert got["body"].startswith("The harbour board")


@pytest.mark.parametrize(
    "byline", ["Ana Berg, Portvale Telegram & Gazette", "Ana Berg, The Post and Courier"]
)
def test_a_paper_named_with_and_under_a_short_headline_is_the_byline_not_the_title(byline):
    """A paper the table lacks whose name joins two words with '&' or 'and' (an
    article_extraction_424 page's byline): under a headline of six words the byline read as
    a better headline than the headline."""
    got = parse_text("Harbour board backs new ferry timetable\n" + byline + "\n" + LONG_LEAD)
    assert got["title"] == "Harbour board backs new ferry timetable"
    assert got["reporters"] == ["Ana Berg"]
    assert got["line_roles"][:2] == ["title", "byline"]


@pytest.mark.parametrize(
    "line",
    [
        "Author Ana Berg opens the festival",  # a headline: words after the name
        "Ana Berg, Portvale Council",  # an organisation that is no paper
    ],
)
def test_lines_like_those_bylines_name_no_reporter(line):
    got = parse_text(HEAD + line + "\n" + LONG_LEAD)
    assert got["reporters"] == []


def test_a_closing_line_saying_who_reported_the_story():
    got = parse_text(HEAD + "By Ana Berg\n" + STORY + "This story was reported by Tomas Wren.\n")
    assert got["reporters"] == ["Ana Berg", "Tomas Wren"]


@pytest.mark.parametrize(
    ("opening", "place"),
    [
        ("PORTVALE, 3 March (Reuters) - ", "Portvale"),  # the day before the month
        ("PORTVALE, 3 March - ", "Portvale"),
        ("Portvale, Norway, 3 March 2024 — ", "Portvale, Norway"),  # with the year
        ("Portvale, Norway, March 3, 2024 — ", "Portvale, Norway"),
    ],
)
def test_datelines_with_the_day_in_other_orders(opening, place):
    got = parse_text(HEAD + opening + STORY)
    assert got["dateline_place"] == place


@pytest.mark.parametrize(
    "opening",
    [
        "Lena Markov — who chairs the board — said ",  # a name set off by dashes
        "FACT CHECK: ",
        "EXPLAINER — ",
        "INTERVIEW: ",
        "FACTBOX - ",
    ],
)
def test_a_name_set_off_by_dashes_or_a_label_is_no_dateline(opening):
    got = parse_text(HEAD + opening + STORY)
    assert got["dateline_place"] is None
