"""Credits that read as bylines out of context ('Jo Li — AP', 'Jo Li/Staff'), bracketed
credits and credits naming a photo host: photo credits under a caption's sentence, bylines
under a headline. Invented texts; the organisations and platforms are the data files'."""

import pytest

from pipeline.parse import credits, credits_glued, parse_text

HEAD = "Harbour board shuts the old ferry pier for repairs\nBy Ana Berg\n"
LEAD = (
    "The harbour board will close the old ferry pier at Portvale for two years of repairs, a "
    "decision that drew protests from fishermen who have moored there for decades.\n"
)
CAPTION = "Fishermen protest outside the harbour board's offices in Portvale on Monday."
REST = (
    "Board chair Lena Markov said the pier had become unsafe after last winter's storms, which "
    "tore away part of its deck and left cracks in two of the concrete pillars.\n"
    "The repairs are expected to cost about 40 million crowns, the board said.\n"
)


def _the_photo(got: dict) -> tuple[list[str], list[str]]:
    """The page's one photo block, with the caption above its credit: its people and
    agencies."""
    assert len(got["media"]) == 1
    photo = got["media"][0]
    assert photo["caption"] == CAPTION
    return photo["photographers"], photo["agencies"]


@pytest.mark.parametrize(
    ("credit", "photographers", "agencies"),
    [
        ("Jo Li/Staff", ["Jo Li"], []),
        ("Jo Li | Staff Photographer", ["Jo Li"], []),
        ("JO LI / STAFF PHOTOGRAPHER", ["Jo Li"], []),
        ("Jo Li — AP", ["Jo Li"], ["Associated Press"]),
        ("Jo Li - Reuters", ["Jo Li"], ["Reuters"]),
        ("Jo Li – The Portvale Times", ["Jo Li"], ["The Portvale Times"]),
        ("Jo Li | The Portvale Star", ["Jo Li"], ["The Portvale Star"]),
        ("Jo Li / The Globe and Mail", ["Jo Li"], ["The Globe and Mail"]),
        ("[Photo: Jo Li/AP]", ["Jo Li"], ["Associated Press"]),
        # (Unsplash is in the organisations table since 2026-12-06: its photo library)
        ("Photo by Jo Li on Unsplash", ["Jo Li"], ["Unsplash"]),
    ],
)
def test_a_credit_under_a_caption(credit, photographers, agencies):
    got = parse_text(HEAD + LEAD + CAPTION + "\n" + credit + "\n" + REST)
    assert _the_photo(got) == (photographers, agencies)
    assert CAPTION not in got["body"]
    assert got["body"].startswith("The harbour board") and got["body"].endswith("board said.")
    assert got["reporters"] == ["Ana Berg"]


@pytest.mark.parametrize("byline", ["Jo Li — AP", "Jo Li - Reuters", "Jo Li | Reuters"])
def test_the_same_line_under_the_headline_is_the_byline(byline):
    """Over a long first paragraph (a photo credit under a headline would have no caption).
    'Jo Li — AP' used to be a dateline with the reporter as its place."""
    lead = LEAD.replace("decades.", "decades, officials said on Monday.")
    got = parse_text("Harbour board shuts the old ferry pier for repairs\n" + byline + "\n" + lead)
    assert got["media"] == []
    assert got["reporters"] == ["Jo Li"]
    assert got["dateline_place"] is None
    assert got["line_roles"][:2] == ["title", "byline"]


@pytest.mark.parametrize(
    "line",
    [
        "Jo Li - the board said",  # lower case after the dash: a sentence
        "Portvale — Reuters",  # no person's name
        "Jo Li / Lena Markov",  # two people, no staff or organisation
        "Jo Li — The Council",  # no known organisation, no newspaper word
    ],
)
def test_a_loose_credit_needs_a_person_and_the_staff_or_an_organisation(line):
    assert not credits.loose_credit(line)


def test_a_story_sentence_between_paragraphs_is_no_caption_for_a_name_alone():
    """A name and a dash under the last paragraph closes the text: no photo block."""
    got = parse_text(HEAD + LEAD + REST + "Jo Li — AP\n")
    assert got["media"] == []


def test_a_staff_line_under_the_headline_is_no_photo_credit():
    """The caption's sentence is what makes 'Jo Li/Staff' a credit: under a headline (no full
    stop) the line credits no photo."""
    got = parse_text(
        "Harbour board shuts the old ferry pier for repairs\nJo Li/Staff\n" + LEAD + REST
    )
    assert got["media"] == []
    assert "Jo Li" not in got["body"]


@pytest.mark.parametrize(
    ("credit", "photographers", "agencies"),
    [
        ("AFP via Getty Images", [], ["AFP", "Getty Images"]),
        ("Anadolu Agency via Getty Images", [], ["Anadolu", "Getty Images"]),
        ("NurPhoto via Getty Images", [], ["NurPhoto", "Getty Images"]),
        ("Jo Li/Staff", ["Jo Li"], []),
        ("Jo Li | Staff Photographer", ["Jo Li"], []),
    ],
)
def test_a_credit_glued_to_the_caption(credit, photographers, agencies):
    got = parse_text(HEAD + LEAD + CAPTION + " " + credit + "\n" + REST)
    assert _the_photo(got) == (photographers, agencies)
    assert got["media"][0]["credit"] == credit
    assert "Getty" not in got["body"] and "Staff" not in got["body"]


@pytest.mark.parametrize(
    "line",
    [
        CAPTION + " The boats came via Portvale Harbour",  # not organisations of the table
        CAPTION + " The ferries go via Oslo and Kyiv",
        "Officials said the bridge would reopen in March via Getty Images",  # no sentence end
    ],
)
def test_a_sentence_with_via_keeps_its_end(line):
    assert credits_glued.split_glued(line) is None
