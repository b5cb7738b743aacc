"""A deck (a one-sentence summary under the headline) set above the dateline paragraph, and a
wire tag set alone on its line after an organisation's name (invented stories)."""

import pytest

from pipeline.parse import dateline, parse_text

_TITLE = "Harbour board sets low hopes for ferry pier talks\n"
_REST = (
    "\nBoard chair Lena Markov said the pier had become unsafe after last winter's storms and "
    "that the board would not rush a decision.\n"
    "The repairs are expected to cost about 40 million crowns, the board said in a statement."
)
_OPENING = (
    "The harbour board is setting expectations low for Monday's talks with the ferry "
    "company, saying that nothing would be decided before the autumn."
)
_DECK = 'The board chair said they are not looking for "quick fixes."'


def _role(text: str, line: str) -> str:
    """The role of one input line."""
    return str(parse_text(text)["line_roles"][text.split("\n").index(line)])


def test_a_deck_under_the_date_stamp_leaves_the_dateline_to_the_next_paragraph() -> None:
    text = _TITLE + "Jul 15, 2018 at 2:36 PM\n" + _DECK + "\nPORTVALE — " + _OPENING + _REST
    got = parse_text(text)
    assert got["dateline_place"] == "Portvale"
    assert got["body"].startswith("PORTVALE — The harbour board")
    assert _role(text, _DECK) == "standfirst"


def test_a_deck_above_the_byline_and_under_a_caption_is_the_standfirst() -> None:
    """Headline, date stamp, photo caption, deck, share button, syndicated byline, then the
    dateline paragraph: the deck hid the story's dateline."""
    deck = (
        "The harbour board has no obvious plan and no agreed-upon timetable other than "
        "closing the old ferry pier when it meets in Portvale on Monday with the ferry company."
    )
    text = (
        _TITLE
        + "Originally published July 14, 2018 at 6:54 pm\n"
        + "A ferry waits at the old pier in Portvale on Monday. (Kim Bo/AP)\n"
        + deck
        + "\nShare story\nBy Jo Li, Portvale Post\n"
        + "PORTVALE — "
        + _OPENING
        + _REST
    )
    got = parse_text(text)
    assert got["dateline_place"] == "Portvale"
    assert got["body"].startswith("PORTVALE — ")
    assert _role(text, deck) == "standfirst"
    assert str(got["published"]) == "2018-07-14"


def test_a_deck_over_a_wire_dateline_gives_the_place_and_the_outlet() -> None:
    text = _TITLE + _DECK + "\nOSLO (Reuters) - " + _OPENING + _REST
    got = parse_text(text)
    assert (got["dateline_place"], got["outlet"]) == ("Oslo", "Reuters")
    assert _role(text, _DECK) == "standfirst"


@pytest.mark.parametrize(
    "first",
    [
        # a teaser cut short: a list of links to other stories, not this story's deck
        "The harbour board met the ferry company behind closed doors in Portvale on ...",
        # a lead-in to quoted text: the dateline below is the statement's
        "The harbour board issued the following statement on Tuesday after its members met:",
        # a story's first paragraph, long and of several sentences
        "The harbour board met on Tuesday. It voted to close the old ferry pier for two years "
        "of repairs, a decision that drew protests from fishermen and cafe owners along the "
        "waterfront, who said the closure would cost them most of their summer trade. The vote "
        "was seven to two.",
    ],
)
def test_an_ordinary_first_paragraph_keeps_the_body_and_no_dateline(first: str) -> None:
    text = _TITLE + first + "\nPORTVALE — " + _OPENING + _REST
    got = parse_text(text)
    assert got["dateline_place"] is None
    assert got["body"].startswith(first)


@pytest.mark.parametrize(
    "second",
    [
        # a name set off by a dash, not a place
        "Lena Markov – who chairs the board – said the pier had become unsafe.",
        # a quoted post's place label, with a colon
        "PORTVALE: Mayor says the ferry pier is closed, police on scene.",
    ],
)
def test_a_weak_dateline_in_the_second_paragraph_is_not_the_story_s(second: str) -> None:
    text = _TITLE + _DECK + "\n" + second + _REST
    got = parse_text(text)
    assert got["dateline_place"] is None
    assert got["body"].startswith(_DECK)


def test_a_dateline_deep_in_the_story_is_not_the_story_s() -> None:
    text = (
        _TITLE
        + _DECK
        + "\nThe board met on Tuesday and voted to close the pier.\nPORTVALE — "
        + _OPENING
        + _REST
    )
    got = parse_text(text)
    assert got["dateline_place"] is None
    assert got["body"].startswith(_DECK)


@pytest.mark.parametrize(
    ("tag", "outlet"),
    [("NATO (Reuters)", "Reuters"), ("OPEC (AP)", "Associated Press"), ("EU (CNN)", "CNN")],
)
def test_an_organisation_and_its_wire_tag_alone_give_the_outlet_and_no_place(
    tag: str, outlet: str
) -> None:
    """'NATO (Reuters)' alone over the first paragraph: the tag set apart from its paragraph,
    with an organisation in the place's slot (as 'NATO (Reuters) - ...' on one line)."""
    got = parse_text(_TITLE + tag + "\n" + _OPENING + _REST)
    assert (got["dateline_place"], got["outlet"]) == (None, outlet)
    assert got["title"] == _TITLE.strip()
    assert dateline.placeless_wire(tag) is not None


def test_an_organisation_and_its_wire_tag_alone_under_a_deck() -> None:
    got = parse_text(_TITLE + _DECK + "\nNATO (Reuters)\n" + _OPENING + _REST)
    assert (got["dateline_place"], got["outlet"]) == (None, "Reuters")


def test_a_place_and_its_wire_tag_alone_still_give_the_place() -> None:
    got = parse_text(_TITLE + "Portvale (Reuters)\n" + _OPENING + _REST)
    assert (got["dateline_place"], got["outlet"]) == ("Portvale", "Reuters")


def test_a_report_s_labelled_figures_are_no_dateline_under_a_deck() -> None:
    """'TIMBER - 12,400 tonnes ...' under a report's heading line: a list of labelled figures,
    not a dateline paragraph (a dateline's story opens with a word)."""
    lead = "Week to May 3 - tonnages for the harbour board's four quays, as reported."
    text = (
        "PORTVALE HARBOUR WEEKLY FREIGHT TONNAGES\n"
        + lead
        + "\nTIMBER - 12,400 tonnes including 8,200 at the east quay and 4,200 at the north quay.\n"
        "GRAIN - 9,100 tonnes including 6,000 at the east quay and 3,100 at the north quay.\n"
        "SALT - 1,250 tonnes, all of them at the north quay of the harbour."
    )
    got = parse_text(text)
    assert got["dateline_place"] is None
    assert _role(text, lead) == "body"
