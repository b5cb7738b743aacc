"""How a story's own layout reads between its paragraphs: a photo whose caption the page
prints twice (its alt text over its caption, with no credit), section heads of a word or two,
a head over a photo or a live post's byline, a paper's note of the wires it drew on.
Invented texts in the forms of real pages (CNN's live pages and photos in helsinki_dev, a
blog's photos in Horne's corpus, the Wall Street Journal's one-word section heads, the New
York Post's 'Modal Trigger' and 'With Post Wires')."""

import pytest

from pipeline.parse import parse_text
from tests.pages import roles_of

HEAD = "Harbour board shuts the old ferry pier for repairs\n"
ONE = (
    "The harbour board will close the old ferry pier at Portvale for two years of repairs, "
    "a decision that drew protests from fishermen who have moored there for decades."
)
TWO = (
    "Board chair Lena Markov said the pier had become unsafe after last winter's storms, "
    "which tore away part of its deck and left cracks in two of the concrete pillars."
)
THREE = "The repairs are expected to cost about 40 million crowns, the board said on Monday."
CAPTION = "Fishermen unload their catch on the old ferry pier in Portvale."


def page(*middle: str) -> str:
    return HEAD + "\n".join([ONE, *middle, TWO, THREE]) + "\n"


def test_a_caption_printed_twice_in_a_row_is_one_photo_out_of_the_body():
    got = parse_text(page(CAPTION, CAPTION))
    assert got["line_roles"][2:4] == ["caption", "caption"]
    assert got["media"] == [
        {
            "kind": "photo",
            "slug": None,
            "caption": CAPTION,
            "credit": None,
            "photographers": [],
            "agencies": [],
        }
    ]
    assert got["body"] == "\n\n".join([ONE, TWO, THREE])


@pytest.mark.parametrize(
    "line",
    [
        "Dolly Li in 1998",  # short, no full stop: a blog's photo
        "Lena Markov (left) and Jo Li walk along the pier",
    ],
)
def test_short_captions_printed_twice_are_captions(line):
    roles = parse_text(page(line, line))["line_roles"]
    assert roles[2:4] == ["caption", "caption"]


@pytest.mark.parametrize(
    "line",
    [
        # the wire repeats a paragraph: the dateline's paragraph, a list's numbered item and
        # reported speech are story text, however often printed
        "PORTVALE (AP) — The harbour board will close the old ferry pier for two years.",
        "3. A drain cover that keeps the bath water deep enough to relax in",
        'The chair said "the pier has served us well and will again" after the vote.',
    ],
)
def test_story_text_printed_twice_stays_in_the_body(line):
    got = parse_text(page(line, line))
    assert got["line_roles"][2:4] == ["body", "body"]
    assert got["media"] == []


def test_the_first_line_printed_twice_is_no_caption():
    """A newsletter's summary line where a headline would stand, taken twice by the scrape
    (Politico's Playbook in FakeNewsNet): no headline is found, and it is no photo's caption."""
    summary = (
        "TIED on debate day; two states have turned tight -- the mayor hosts 1,200 watch "
        "parties -- THE INTERVIEW: the harbour chair on the pier, the ferries and the fishermen"
    )
    got = parse_text(f"{summary}\n{summary}\nDriving the Day\n{ONE}\n{TWO}\n")
    assert got["title"] == ""
    assert got["line_roles"][:2] == ["body", "body"]
    assert got["media"] == []


def test_a_hard_wrapped_paragraph_printed_twice_stays_in_the_body():
    """Wire copy (hard-wrapped at 70 columns) sometimes repeats a paragraph."""
    wrapped = (
        "    He did not say what rates the six nations sought, and noted\n"
        'that "we are more effective if we leave the markets guessing."\n'
    )
    text = (
        "BANK SEES NO NEED FOR NEW ACCORD\n"
        "    LONDON, March 3 - The governor said the accord was working\n"
        "and that no new meeting was needed before the summer.\n" + wrapped + wrapped
    )
    got = parse_text(text)
    assert "caption" not in got["line_roles"]
    assert got["body"].count("markets guessing") == 2


@pytest.mark.parametrize("head", ["Syria", "Arms control", "Final thoughts", "Budget hawks"])
def test_a_heading_of_a_word_or_two_between_paragraphs_is_body(head):
    got = parse_text(page(head))
    assert got["line_roles"][2] == "body"
    assert got["boilerplate"] == []
    assert got["body"] == "\n\n".join([ONE, head, TWO, THREE])


@pytest.mark.parametrize("line", ["today", "___", "***", "video_youtube"])
def test_lower_case_words_and_rules_between_paragraphs_stay_aside(line):
    got = parse_text(page(line))
    assert got["line_roles"][2] == "boilerplate"
    assert line not in got["body"]


def test_a_heading_over_a_photo_is_body_and_the_photo_is_not():
    head = "A newspaper planted billboards around Portvale"
    roles = roles_of(page(head, CAPTION, CAPTION))
    assert roles[head] == "body"
    assert roles[CAPTION] == "caption"


def test_the_start_of_a_caption_over_the_whole_caption_is_not_a_heading():
    """USA Today's pages print a caption's opening words, then the caption with its credit."""
    start = "Jo Li walks along the old ferry pier"
    full = f"{start} in Portvale on Monday, May 4, 2020. (Photo: Kim Bo, AP)"
    roles = parse_text(page(start, full))["line_roles"]
    assert roles[2:4] == ["boilerplate", "caption"]


def test_a_live_posts_headline_over_its_byline_is_body():
    text = (
        "Harbour summit: live updates\n"
        "From CNN's Jo Li\n"
        f"{ONE}\n"
        "19 min ago\n"
        "The ferry captains arrive at the harbour office\n"
        "From CNN's Kim Bo\n"
        f"{TWO}\n"
        f"{THREE}\n"
    )
    got = parse_text(text)
    roles = roles_of(text)
    assert roles["The ferry captains arrive at the harbour office"] == "body"
    assert roles["From CNN's Kim Bo"] == "byline"
    assert got["reporters"] == ["Jo Li", "Kim Bo"]


@pytest.mark.parametrize("label", ["Modal Trigger", "Image caption"])
def test_a_photo_button_or_an_empty_caption_label_is_a_media_label(label):
    roles = roles_of(page(label, CAPTION))
    assert roles[label] == "media_label"
    assert roles[CAPTION] == "caption"


@pytest.mark.parametrize(
    "note",
    [
        "With Post Wires",
        "— With wire services",
        "With files from The Canadian Press",
        "With Reuters wire reports.",
    ],
)
def test_a_note_of_the_wires_closing_the_story_is_body(note):
    text = HEAD + "\n".join([ONE, TWO, THREE, note]) + "\n"
    got = parse_text(text)
    assert got["line_roles"][-1] == "body"
    assert got["body"].endswith(note)
    assert got["reporters"] == []


@pytest.mark.parametrize("line", ["With the help of friends", "with wires and photos"])
def test_other_lines_opening_with_with_are_no_wires_note(line):
    from pipeline.parse.attribution import contributor_line

    assert not contributor_line(line)


def test_a_pull_quote_over_a_photo_is_no_heading():
    """A pull quote repeats the story's words over a photo (Horne's corpus): it does not become
    a section head by looking past the photo to the next paragraph."""
    quote = '"Served us well."'
    roles = roles_of(page(quote, CAPTION, CAPTION))
    assert roles[quote] == "boilerplate"
    assert roles[CAPTION] == "caption"
