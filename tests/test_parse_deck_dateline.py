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
