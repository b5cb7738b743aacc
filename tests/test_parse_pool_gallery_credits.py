"""Press pool credits glued to captions, a photographer's name before 'Pool', a gallery's
credits naming a member newspaper, and gallery chrome without a photo (invented text)."""

import pytest

from pipeline.parse import credits, credits_glued, parse_text
from tests.test_parse_layout_credits import HEAD, OPENER, STORY, _page  # the same story

CAPTION = "The prime minister greets the valley mayors at the palace in Kestra on Monday."


def _blocks(out: dict) -> list[tuple]:
    return [(m["caption"], m["credit"], m["photographers"], m["agencies"]) for m in out["media"]]


@pytest.mark.parametrize(
    ("pool", "agencies"),
    [
        ("Kremlin Pool", []),
        ("Palace Pool Photo", []),
        ("Lenna Palace Pool", []),
        ("WHITE HOUSE POOL", []),
    ],
)
def test_pool_credit_in_brackets_glued_to_a_caption(pool, agencies):
    """'... on Monday. (Kremlin Pool)': a press pool's name in brackets closing a caption is
    its credit, split off the caption; a pool is neither photographer nor agency."""
    for gap in (" ", "", "      "):
        assert credits_glued.split_glued(f"{CAPTION}{gap}({pool})") == (CAPTION, pool)
    out = parse_text(_page([f"{CAPTION} ({pool})"]))
    assert _blocks(out) == [(CAPTION, pool, [], agencies)]
    assert out["line_roles"][3] == "caption"
    assert out["body"].split("\n\n") == [OPENER, *STORY]


def test_pool_photo_via_agency_glued_in_brackets():
    """'(Kestra Wire/Palace Pool Photo via AP)': the agencies beside the pool are read."""
    credit = "Sputnik/Palace Pool Photo via AP"
    out = parse_text(_page([f"{CAPTION} ({credit})"]))
    assert _blocks(out) == [(CAPTION, credit, [], ["Sputnik", "Associated Press"])]


@pytest.mark.parametrize(
    "line",
    [
        "The council opened the new swimming hall on Monday. (The Pool)",
        "The council opened the new hall on Monday (and the old pool).",
        "The savings went to a fund run by the teachers (Kestra Savers Pool)",
    ],
)
def test_bracketed_pool_words_that_credit_nothing(line):
    """'(The Pool)' names no press pool; a pool named in brackets inside a sentence, not after
    it, credits nothing."""
    assert credits_glued.split_glued(line) is None


@pytest.mark.parametrize(
    "credit",
    ["Piet Vannes Pool/Getty Images", "Piet Vannes Pool via Getty Images"],
)
def test_photographer_name_glued_before_pool(credit):
    """'Jo Li Pool/Getty Images' (the dash of 'Jo Li - Pool' lost): the name before 'Pool'
    is the photographer's, unless it names the pool's host ('White House Pool')."""
    read = credits.read(credit)
    assert (read.photographers, read.agencies) == (("Piet Vannes",), ("Getty Images",))
    for media in ([CAPTION, credit], [f"{CAPTION} ({credit})"]):
        assert _blocks(parse_text(_page(media))) == [
            (CAPTION, credit, ["Piet Vannes"], ["Getty Images"])
        ]


@pytest.mark.parametrize(
    ("credit", "photographers"),
    [
        ("White House Pool/Getty Images", ()),
        ("Piet Vannes/White House Pool/AP", ("Piet Vannes",)),
        ("Downing Street Pool via Getty Images", ()),
    ],
)
def test_pool_named_after_its_host_is_no_photographer(credit, photographers):
    assert credits.read(credit).photographers == photographers


GALLERY = [
    ("Mayors of the valley towns meet at the Kestra town hall.", "Piet Vannes/The Republic"),
    ("The Lenna ferry leaves the east bank at dawn.", "Aino Sarre/The Kestra Courier"),
    ("Cyclists queue at the ferry ramp in the morning rush.", "Jo Li/Valley Daily Ledger"),
]


def test_gallery_credits_naming_a_member_newspaper():
    """A gallery's captions, each over 'Photographer/Paper' where the paper is not in the
    organisations table: each line is a credit; the paper counts as an agency, as written."""
    text = "\n".join(
        ["Upcoming works on the Lenna bridges"]
        + [line for pair in GALLERY for line in (*pair, "Upcoming works on the Lenna bridges")]
    )
    out = parse_text(text)
    assert _blocks(out) == [
        (caption, credit, [credit.split("/")[0]], [credit.split("/")[1]])
        for caption, credit in GALLERY
    ]
    assert out["body"] == ""


@pytest.mark.parametrize(
    "line",
    [
        "Kestra/The Republic",  # a place, not a person
        "Piet Vannes/Valley Works",  # no newspaper word
        "Piet Vannes/The Republic said on Monday",
    ],
)
def test_name_and_slash_that_is_no_paper_credit(line):
    assert not credits.paper_credit(line)


@pytest.mark.parametrize("counter", ["Image 2 of 2", "Image 1of/3", "2 of 2"])
def test_gallery_counter_alone_opens_no_media_block(counter):
    """'prev' / 'Image 2 of 2' over the story: a slideshow's chrome whose photo the scrape
    lost; no caption, credit or slug, so no media entry (the line stays a media label). The
    counter's words run together on some pages ('Image 1of/3', SFGate in helsinki_dev)."""
    out = parse_text("\n".join([*HEAD, "prev", counter, OPENER, *STORY]))
    assert out["media"] == []
    assert out["line_roles"][3] == "media_label"
    assert out["body"].split("\n\n") == [OPENER, *STORY]


def test_gallery_counter_over_a_caption_and_credit_is_one_block():
    out = parse_text(_page(["Image 1 of 3", CAPTION, "Photo: Piet Vannes, AP"]))
    assert _blocks(out) == [(CAPTION, "Piet Vannes, AP", ["Piet Vannes"], ["Associated Press"])]


def test_slug_alone_still_makes_a_block():
    """'Gallery: <title>' names the gallery: a block with its slug, as the field guide's
    labels keep it."""
    out = parse_text(_page(["Gallery: Ten years of the Lenna ferry"]))
    assert [m["slug"] for m in out["media"]] == ["Gallery: Ten years of the Lenna ferry"]
