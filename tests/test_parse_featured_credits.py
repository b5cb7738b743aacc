"""A blog's credit of its lead photo ('Featured image via Jo Li/Getty Images') at the end or
start of a story, and a gallery's credits beside 'Jo Li/The Portvale Post' (invented text)."""

import pytest

from pipeline.parse import credits, credits_glued, parse_text

TITLE = "Portvale council approves new bridge over the Lenna"
FIRST = (
    "The Portvale council voted on Monday to build a second bridge over the Lenna river, "
    "ending a long quarrel over the cost of the old ferry, the mayor said."
)
LAST = (
    "The bridge will cost about 30 million and should open in the autumn of 2023, the "
    "council said in a statement after the vote."
)


def _blocks(out: dict) -> list[tuple]:
    return [(m["caption"], m["credit"], m["photographers"], m["agencies"]) for m in out["media"]]


FEATURED = [
    # (credit as printed, credit text, photographers, agencies)
    ("Featured image via Jo Li/Getty Images", "Jo Li/Getty Images", ["Jo Li"], ["Getty Images"]),
    ("Featured image via Getty Images", "Getty Images", [], ["Getty Images"]),
    (
        "Featured image by Jo Li Pool via Getty Images",
        "Jo Li Pool via Getty Images",
        ["Jo Li"],
        ["Getty Images"],
    ),
    ("Featured Image: Jo Li/Getty Images", "Jo Li/Getty Images", ["Jo Li"], ["Getty Images"]),
    ("Featured Photo by Jo Li/Getty Images", "Jo Li/Getty Images", ["Jo Li"], ["Getty Images"]),
    (
        "Featured image via Jo Li/Stringer/Getty Images",
        "Jo Li/Stringer/Getty Images",
        ["Jo Li"],
        ["Getty Images"],
    ),
    (
        "Featured image of Kim Bo via Jo Li/Getty Images",
        "Jo Li/Getty Images",
        ["Jo Li"],
        ["Getty Images"],
    ),
    ("Featured image Jo Li/Getty Images.", "Jo Li/Getty Images", ["Jo Li"], ["Getty Images"]),
    # a platform or a screen capture: the credit as written, no one named as its maker
    ("Featured image via Twitter", "Twitter", [], []),
    ("Featured image via Kim Bo/Flickr", "Kim Bo/Flickr", ["Kim Bo"], []),
    ("Featured image via video screen capture", "video screen capture", [], []),
    ("Featured image is a screenshot", "screenshot", [], []),
    ("Featured image via media library", "media library", [], []),
    # an initial in the name; 'Feature' without its d; a second label after the first
    (
        "Featured image by Jo D. Li via Getty Images",
        "Jo D. Li via Getty Images",
        ["Jo D. Li"],
        ["Getty Images"],
    ),
    ("Feature image via Jo Li/Getty Images", "Jo Li/Getty Images", ["Jo Li"], ["Getty Images"]),
    (
        "Feature Image Photo by Jo Li/Getty Images",
        "Jo Li/Getty Images",
        ["Jo Li"],
        ["Getty Images"],
    ),
]


@pytest.mark.parametrize(("printed", "credit", "photographers", "agencies"), FEATURED)
def test_featured_image_credit_glued_to_the_last_sentence(printed, credit, photographers, agencies):
    """A content farm's text ends with its lead photo's credit glued to the last sentence
    ('... the vote.Featured image via Jo Li/Getty Images'): the credit is split off, the
    sentence stays body (the photo has no caption in the text)."""
    for glue in ("", " "):
        out = parse_text(f"{TITLE}\n\n{FIRST}\n{LAST}{glue}{printed}")
        assert _blocks(out) == [(None, credit, photographers, agencies)]
        assert out["line_roles"] == ["title", "body", "body"]
        assert out["body"].split("\n\n") == [FIRST, LAST]


@pytest.mark.parametrize(
    "last", [LAST, "Watch the mayor speak below:", "Kim Bo (@kimbo) July 9, 2017"]
)
def test_featured_image_glued_after_any_last_line(last):
    """The credit glued after a colon, or after the date closing an embedded tweet."""
    out = parse_text(f"{TITLE}\n\n{FIRST}\n{last}Featured image via Jo Li/Getty Images")
    assert _blocks(out) == [(None, "Jo Li/Getty Images", ["Jo Li"], ["Getty Images"])]
    assert out["body"].split("\n\n") == [FIRST, last]


@pytest.mark.parametrize(("printed", "credit", "photographers", "agencies"), FEATURED)
def test_featured_image_credit_line_at_the_end_or_the_start(
    printed, credit, photographers, agencies
):
    """The same credit on a line of its own, after the story or under the headline: a
    credit-only photo block; no story line becomes its caption."""
    for lines, at in (([TITLE, FIRST, LAST, printed], 3), ([TITLE, printed, FIRST, LAST], 1)):
        out = parse_text("\n".join(lines))
        assert _blocks(out) == [(None, credit, photographers, agencies)]
        assert out["line_roles"][at] == "credit"
        assert out["body"].split("\n\n") == [FIRST, LAST]
        assert out["reporters"] == [] and out["outlet"] is None


def test_image_via_glued_to_the_date_closing_an_embedded_tweet():
    last = "Kim Bo (@kimbo) November 3, 2016"
    out = parse_text(f"{TITLE}\n\n{FIRST}\n{last}Image via screen capture.")
    assert _blocks(out) == [(None, "screen capture", [], [])]
    assert out["body"].split("\n\n") == [FIRST, last]


def test_lower_case_featured_image_credit_after_a_sentence():
    out = parse_text(f"{TITLE}\n\n{FIRST}\n{LAST}featured image via Getty Images")
    assert _blocks(out) == [(None, "Getty Images", [], ["Getty Images"])]
    assert out["body"].split("\n\n") == [FIRST, LAST]


@pytest.mark.parametrize(
    "closing",
    [
        "Image: screen capture",
        " Photo: Screenshot.",
        "Image: video screengrab",
        "Image: screen capture via a gif.",  # where it was captured: part of the credit
        " Photo: Screenshot via YouTube",
    ],
)
def test_a_label_and_a_screen_capture_glued_to_the_last_sentence_credit_the_lead_image(closing):
    """No name after the label: the screen capture credits the page's lead image, as 'Image
    via screen capture' does; the last sentence stays in the story."""
    out = parse_text(f"{TITLE}\n\n{FIRST}\n\n{LAST}{closing}")
    credit = closing.strip().split(": ")[1].rstrip(".")
    assert _blocks(out) == [(None, credit, [], [])]
    assert out["body"].split("\n\n") == [FIRST, LAST]


def test_a_screen_capture_credit_line_leaves_the_story_above_it_a_story():
    out = parse_text(f"{TITLE}\n\n{FIRST}\n\nImage: screen capture")
    assert _blocks(out) == [(None, "screen capture", [], [])]
    assert out["body"] == FIRST


@pytest.mark.parametrize(
    "line",
    [
        f"{LAST} He showed how to take an Image: screen capture",
        f"{LAST} the image: screen capture",
        f"{LAST} Image: screen capture of the council's page by Jo Li",
        f"{LAST} He sent a screen capture via his phone.",
        f"{LAST} Image: screen capture via the council's page that the mayor shared on Friday.",
        f"{LAST} Image: screen capture via " + "a" * 400,
    ],
)
def test_screen_capture_words_in_a_sentence_are_no_credit(line):
    assert credits_glued.split_glued(line) is None


@pytest.mark.parametrize(
    "line",
    [
        f"{LAST} The featured image of the week shows the old ferry at dawn.",
        f"{LAST} Our featured image via the council shows the old ferry at dawn.",
        f"{LAST}featured image via the council, which the mayor shared with Kim Bo on Friday.",
        f"{LAST} Featured image via Jo Li. Watch the council debate the bridge below.",
    ],
)
def test_featured_image_words_in_a_sentence_are_no_credit(line):
    assert credits_glued.split_glued(line) is None


@pytest.mark.parametrize(
    ("credit", "photographers", "agencies"),
    [
        ("Jo Li/Flickr", ("Jo Li",), ()),
        ("YouTube screenshot", (), ()),
        ("Kim Bo Instagram/Jo Li", ("Jo Li",), ()),
        ("video screen capture from Portvale News Video", (), ("Portvale News",)),
        ("Jo Li/Stringer/Getty Images", ("Jo Li",), ("Getty Images",)),
        ("Jo Li/Special for The Portvale Post", ("Jo Li",), ("The Portvale Post",)),
        ("Jo Li/Getty Images and Gab", ("Jo Li",), ("Getty Images",)),
        ("Kim Bo/Parler", ("Kim Bo",), ()),
        ("Truth Social", (), ()),
    ],
)
def test_platforms_and_role_words_are_no_agencies(credit, photographers, agencies):
    """A platform that hosted the photo (data: platforms.csv) and Getty's 'Stringer' name no
    agency; 'Special for <paper>' names the paper the photo was made for."""
    read = credits.read(credit)
    assert (read.photographers, read.agencies) == (photographers, agencies)


GALLERY_TITLE = "Upcoming council elections in the valley"
GALLERY = [
    (
        "Kestra councilmembers Aino Sarre and Piet Vannes face the voters in August.",
        "Jo Li/The Portvale Post",
    ),
    (
        "The mayor's post is open as Kim Bo is term limited.",
        "Mara Quill/Special for The Portvale Post",
    ),
    ("Lenna Mayor Ida Roe and two councilmembers are on the ballot.", "City of Lenna"),
    ("Harbourside held its elections in 2017 and votes again in 2019.", "The Portvale Post"),
    (
        "Eastbank councilmembers Ola Vik and Tor Lund seek new terms.",
        "Courtesy of Town of Eastbank",
    ),
    ("Westbank voters re-elected Eva Dahl to the council in March.", "Jo Li/The Portvale Post"),
]


def test_gallery_credit_slots_beside_paper_credits():
    """A gallery printed as '<gallery title>' / '<caption>' / '<credit>' for each photo: the
    line in the credit slot credits the photo however it is written (a stringer 'Special for'
    the paper, a town's name, the paper alone, a 'Courtesy of' line)."""
    lines = [GALLERY_TITLE]
    for caption, credit in GALLERY:
        lines += [caption, credit, GALLERY_TITLE]
    out = parse_text("\n".join(lines[:-1]))
    assert _blocks(out) == [
        (GALLERY[0][0], GALLERY[0][1], ["Jo Li"], ["The Portvale Post"]),
        (GALLERY[1][0], GALLERY[1][1], ["Mara Quill"], ["The Portvale Post"]),
        # (a town's own photo names the town as its source since 2026-12-07, 09:00 UTC)
        (GALLERY[2][0], GALLERY[2][1], [], ["City of Lenna"]),
        (GALLERY[3][0], GALLERY[3][1], [], ["The Portvale Post"]),
        # (courtesy stays in the credit as written since 2026-12-05, 11:33 UTC)
        (GALLERY[4][0], "Courtesy of Town of Eastbank", [], ["Town of Eastbank"]),
        (GALLERY[5][0], GALLERY[5][1], ["Jo Li"], ["The Portvale Post"]),
    ]
    assert out["body"] == ""


def test_stringer_credit_for_a_paper_under_a_caption():
    """'<caption>' / 'Jo Li/Special for The Portvale Post' in a story: a stringer's credit
    naming the paper the photo was made for (a paper the organisations table lacks)."""
    caption = "Kestra councilmembers Aino Sarre and Piet Vannes face the voters in August."
    credit = "Mara Quill/Special for The Portvale Post"
    assert credits.paper_credit(credit)
    out = parse_text("\n".join([TITLE, FIRST, caption, credit, LAST]))
    assert _blocks(out) == [(caption, credit, ["Mara Quill"], ["The Portvale Post"])]
    assert out["body"].split("\n\n") == [FIRST, LAST]


@pytest.mark.parametrize(
    "credit",
    [
        # the paper first, then its photographer, with a bar or a spaced dash for the slash
        "The Portvale Post | Mara Quill",
        "Portvale Post - Mara Quill",
        "Portvale Post — Mara Quill",
        "The Portvale Post/Mara Quill",
    ],
)
def test_a_paper_then_its_photographer_under_a_caption_whatever_the_mark(credit):
    caption = "Kestra councilmembers Aino Sarre and Piet Vannes, March 4, 2024."
    out = parse_text("\n".join([TITLE, FIRST, caption, credit, LAST]))
    paper = "The Portvale Post" if credit.startswith("The ") else "Portvale Post"
    assert _blocks(out) == [(caption, credit, ["Mara Quill"], [paper])]
    assert out["body"].split("\n\n") == [FIRST, LAST]


@pytest.mark.parametrize(
    ("credit", "agency"),
    [
        # an agency of the table, a spaced dash, its photographer: read as it is glued on
        ("Reuters - Mara Quill", "Reuters"),
        ("Getty Images — Mara Quill", "Getty Images"),
        # an office, a slash, its photographer: read as 'Mara Quill/Portvale Police' is
        ("Portvale Police/Mara Quill", "Portvale Police"),
        ("Portvale Fire Department / Mara Quill", "Portvale Fire Department"),
    ],
)
def test_an_organisation_then_its_photographer_on_a_line_of_its_own(credit, agency):
    caption = "Kestra councilmembers Aino Sarre and Piet Vannes face the voters in August."
    out = parse_text("\n".join([TITLE, FIRST, caption, credit, LAST]))
    assert _blocks(out) == [(caption, credit, ["Mara Quill"], [agency])]
    assert out["body"].split("\n\n") == [FIRST, LAST]


@pytest.mark.parametrize(
    "line",
    [
        "Reuters - Updated March 4",  # no person after the dash
        "Portvale Harbour - Mara Quill",  # no organisation of the table before it
    ],
)
def test_an_organisation_a_dash_and_no_person_is_no_credit_line(line):
    assert not credits.is_credit_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Portvale Post - Opinion",  # no person after the mark
        "Portvale Council - Mara Quill",  # no paper before it
        "Portvale Post - Mara Quill - Kestra",  # two marks: no credit of this shape
    ],
)
def test_a_line_with_a_mark_and_no_paper_or_no_person_is_no_paper_credit(line):
    assert not credits.paper_credit(line, marked=True)


def test_a_paper_and_its_photographer_after_a_bar_under_a_paragraph_leave_it_body():
    """Under a line that does not read as a caption (a paragraph: the photo may have none),
    'The Portvale Post | Jo Li' does not turn the paragraph into one."""
    credit = "The Portvale Post | Mara Quill"
    assert credits.paper_credit(credit, marked=True) and not credits.paper_credit(credit)
    out = parse_text("\n".join([TITLE, FIRST, credit, LAST]))
    assert FIRST in out["body"].split("\n\n")


def test_short_line_between_story_paragraphs_is_no_gallery_credit():
    """A subhead between paragraphs, with no gallery title repeated around it, stays body."""
    out = parse_text("\n".join([TITLE, FIRST, "City of Lenna", LAST]))
    assert out["media"] == []
    # a company's name alone is as often a theatre's or a band's: no credit either
    out = parse_text("\n".join([TITLE, FIRST, "Lenna Theatre Company", LAST]))
    assert out["media"] == []


@pytest.mark.parametrize(
    ("credit", "photographers", "agencies"),
    [
        ("Portvale County Jail", [], ["Portvale County Jail"]),
        ("Lenna High School/Jo Li", ["Jo Li"], ["Lenna High School"]),
        ("Kestra Info Archive", [], ["Kestra Info Archive"]),
        ("Jo Li/Portvale Star-Telegram", ["Jo Li"], ["Portvale Star-Telegram"]),
        ("Kestra Police Department", [], ["Kestra Police Department"]),
    ],
)
def test_an_institution_that_supplied_the_photo_is_no_photographer(credit, photographers, agencies):
    """A mugshot from a jail, a yearbook photo from a school, a site's archive: organisations
    that supplied the photo (agencies, as the field guide counts a newspaper), not people."""
    found = credits.read(credit)
    assert list(found.photographers) == photographers
    assert sorted(found.agencies) == sorted(agencies)


VIA = [
    # 'Photo via X': the same lead-photo credit without 'Featured' (credit, photographers,
    # agencies)
    ("Photo via Jo Li/Getty Images.", "Jo Li/Getty Images", ["Jo Li"], ["Getty Images"]),
    ("Image via screen capture.", "screen capture", [], []),
    ("Images via Twitter", "Twitter", [], []),
    ("Picture via Wikipedia.", "Wikipedia", [], []),
]


@pytest.mark.parametrize(("printed", "credit", "photographers", "agencies"), VIA)
def test_photo_via_credit_closing_the_story(printed, credit, photographers, agencies):
    """'... the vote.Image via screen capture.' glued to the last sentence or after it, or on
    a line of its own: a credit-only photo block, and the story keeps every sentence."""
    for text in (
        f"{TITLE}\n\n{FIRST}\n{LAST}{printed}",
        f"{TITLE}\n\n{FIRST}\n{LAST} {printed}",
        f"{TITLE}\n\n{FIRST}\n{LAST}\n{printed}",
    ):
        out = parse_text(text)
        assert _blocks(out) == [(None, credit, photographers, agencies)]
        assert out["body"].split("\n\n") == [FIRST, LAST]


@pytest.mark.parametrize(
    "line",
    [
        f"{LAST} Photo via the council, which the mayor shared with Kim Bo on Friday.",
        f"{LAST}Image via screen captureRevealing that the council met in secret, Kim Bo said.",
        f"{LAST} the photo via Jo Li reached the council on Friday.",
    ],
)
def test_photo_via_words_in_a_sentence_are_no_credit(line):
    assert credits_glued.split_glued(line) is None


@pytest.mark.parametrize(
    ("credit", "station"),
    [
        # a photographer, then a station the table lacks, on a line of its own: read as the
        # same credit glued to the caption is
        ("Mara Quill, GMA News", "GMA News"),
        ("Mara Quill, KPVL News", "KPVL News"),
        ("Mara Quill — Portvale TV", "Portvale TV"),
        ("Mara Quill | Valley Television", "Valley Television"),
    ],
)
def test_a_photographer_then_a_station_on_a_line_of_its_own(credit, station):
    caption = "Kestra councilmembers Aino Sarre and Piet Vannes face the voters in August."
    for layout in ("\n", " "):
        out = parse_text("\n".join([TITLE, FIRST, caption + layout + credit, LAST]))
        assert _blocks(out) == [(caption, credit, ["Mara Quill"], [station])]
        assert out["body"].split("\n\n") == [FIRST, LAST]


@pytest.mark.parametrize("line", ["Mara Quill, UK News", "Mara Quill, Portvale Hospital"])
def test_a_name_and_no_station_or_paper_is_no_comma_credit(line):
    """Two letters before 'News' make a section ('UK News'), and a hospital is no newsroom."""
    assert not credits.paper_comma_credit(line)
