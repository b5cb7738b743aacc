"""Photo credits in layouts around a caption: a credit above its caption, credits glued to the
caption's last sentence, a photographer working for a newspaper (invented text)."""

import pytest

from pipeline.parse import credits, credits_glued, parse_text

HEAD = ["Valley council approves new bridge over the Lenna", "By Aino Sarre, Associated Press"]
OPENER = (
    "KESTRA, Norway (AP) — The valley council voted on Monday to build a second bridge over "
    "the Lenna river, ending a long quarrel over the cost of the old ferry."
)
STORY = [
    "The bridge will cost about 30 million kroner and should open in the autumn of 2023, "
    "the council said in a statement after the vote.",
    "Farmers on the east bank had asked for the bridge for more than ten years, saying the "
    "ferry was too slow for their trucks during the harvest.",
]
CAPTION = "Cyclists cross the old ferry ramp in Kestra, Norway, on Monday, May 4, 2020."


def _page(media: list[str]) -> str:
    return "\n".join([*HEAD, OPENER, *media, *STORY])


def _one_block(out: dict) -> dict:
    assert len(out["media"]) == 1, out["media"]
    return out["media"][0]


def test_credit_above_its_caption_under_the_dateline_paragraph():
    out = parse_text(_page(["Photo: Piet Vannes, AP", CAPTION]))
    block = _one_block(out)
    assert block["caption"] == CAPTION
    assert block["credit"] == "Piet Vannes, AP"
    assert block["photographers"] == ["Piet Vannes"]
    assert block["agencies"] == ["Associated Press"]
    assert out["body"].split("\n\n") == [OPENER, *STORY]
    assert out["dateline_place"] == "Kestra, Norway"


def test_credit_under_the_dateline_paragraph_without_a_caption():
    # no caption below the credit: the story's paragraphs stay in the body
    out = parse_text(_page(["Piet Vannes/Reuters"]))
    block = _one_block(out)
    assert block["caption"] is None
    assert block["credit"] == "Piet Vannes/Reuters"
    assert out["body"].split("\n\n") == [OPENER, *STORY]


def test_agency_caption_opening_with_its_dateline_and_day_is_a_caption():
    caption = "KESTRA, NORWAY - MAY 4: Cyclists cross the old ferry ramp on the Lenna river."
    out = parse_text(_page([caption, "Piet Vannes/Getty Images"]))
    block = _one_block(out)
    assert block["caption"] == caption
    assert block["credit"] == "Piet Vannes/Getty Images"
    assert out["body"].split("\n\n") == [OPENER, *STORY]


@pytest.mark.parametrize(
    ("glued", "credit", "photographers", "agencies"),
    [
        (
            " Piet Vannes | Bloomberg | Getty Images",
            "Piet Vannes | Bloomberg | Getty Images",
            ["Piet Vannes"],
            ["Bloomberg", "Getty Images"],
        ),
        (
            "Piet Vannes | Bloomberg | Getty Images",
            "Piet Vannes | Bloomberg | Getty Images",
            ["Piet Vannes"],
            ["Bloomberg", "Getty Images"],
        ),
        (" AFP/Getty Images", "AFP/Getty Images", [], ["AFP", "Getty Images"]),
        ("AFP/Getty Images", "AFP/Getty Images", [], ["AFP", "Getty Images"]),
        ("REUTERS/Piet Vannes", "REUTERS/Piet Vannes", ["Piet Vannes"], ["Reuters"]),
        ("Getty Images", "Getty Images", [], ["Getty Images"]),
    ],
)
def test_credit_glued_to_the_caption(glued, credit, photographers, agencies):
    out = parse_text(_page([CAPTION + glued]))
    block = _one_block(out)
    assert block["caption"] == CAPTION
    assert block["credit"] == credit
    assert block["photographers"] == photographers
    assert block["agencies"] == agencies
    assert out["body"].split("\n\n") == [OPENER, *STORY]


@pytest.mark.parametrize(
    "line",
    [
        # a pair of names, a poll's sponsors, a lower-case word: no credit
        "The two leaders met at the lake on Monday. Trump/Putin summit",
        "Most voters backed the plan, a survey found. AP/NORC poll",
        "The ferry left at noon.Ap",
    ],
)
def test_sentences_ending_in_slash_pairs_keep_them(line):
    assert credits_glued.split_glued(line) is None


def test_photographer_for_a_newspaper_over_the_caption():
    out = parse_text(_page(["Piet Vannes for The Washington Post", CAPTION]))
    block = _one_block(out)
    assert block["caption"] == CAPTION
    assert block["credit"] == "Piet Vannes for The Washington Post"
    assert out["body"].split("\n\n") == [OPENER, *STORY]


FOR_CREDIT = "Piet Vannes for The Washington Post"


@pytest.mark.parametrize(
    "media",
    [[CAPTION, FOR_CREDIT], [CAPTION + " " + FOR_CREDIT], [CAPTION + FOR_CREDIT]],
    ids=["under", "glued", "glued-no-space"],
)
def test_photographer_for_a_newspaper_under_or_glued_to_the_caption(media):
    out = parse_text(_page(media))
    block = _one_block(out)
    assert block["caption"] == CAPTION
    assert block["credit"] == "Piet Vannes for The Washington Post"
    assert block["photographers"] == ["Piet Vannes"]
    assert block["agencies"] == ["The Washington Post"]
    assert out["body"].split("\n\n") == [OPENER, *STORY]


def test_lone_agency_over_the_caption_under_the_dateline_paragraph():
    out = parse_text(_page(["Getty Images", CAPTION]))
    block = _one_block(out)
    assert block["caption"] == CAPTION
    assert block["credit"] == "Getty Images"
    assert block["agencies"] == ["Getty Images"]
    assert out["body"].split("\n\n") == [OPENER, *STORY]


@pytest.mark.parametrize(
    "text",
    [
        "Piet Vannes for The Washington Post",
        "Vote for The Washington Post",  # not a person
        "Piet Vannes for the harbour board",  # not an organisation of the table
    ],
)
def test_for_lines_that_are_no_credit_here(text):
    # under a headline, or under a line that does not end like a caption: no photo
    page = "\n".join([HEAD[0], text, OPENER, *STORY])
    assert parse_text(page)["media"] == []
    page = "\n".join([*HEAD, OPENER, STORY[0], text, STORY[1]])
    assert parse_text(page)["media"] == []


def test_for_client_needs_a_name_and_a_known_organisation():
    assert credits.for_client("Piet Vannes for The Washington Post")
    assert not credits.for_client("Vote for The Washington Post")
    assert not credits.for_client("Piet Vannes for the harbour board")
    assert credits_glued.split_glued(STORY[0] + " Vote for The Washington Post") is None


@pytest.mark.parametrize(
    "media",
    [
        [CAPTION, "SOURCE: Piet Vannes/Sipa USA"],
        ["SOURCE: Piet Vannes/Sipa USA", CAPTION],
        [CAPTION + " SOURCE: Piet Vannes/Sipa USA"],
        [CAPTION + "SOURCE: Piet Vannes/Sipa USA"],
    ],
)
def test_source_label_over_a_slash_credit(media):
    out = parse_text(_page(media))
    block = _one_block(out)
    assert block["caption"] == CAPTION
    assert block["credit"] == "Piet Vannes/Sipa USA"
    assert block["photographers"] == ["Piet Vannes"]
    assert block["agencies"] == ["Sipa"]
    assert out["body"].split("\n\n") == [OPENER, *STORY]


def test_source_label_without_a_person_is_no_credit():
    # a chart's or a poll's source names no photographer: the paragraph above stays story
    assert not credits.is_credit_line("SOURCE: REUTERS/IPSOS")
    assert not credits.is_credit_line("Source: Reuters/Kestra Polling Group")
    page = "\n".join([*HEAD, OPENER, STORY[0], "SOURCE: REUTERS/IPSOS", STORY[1]])
    assert parse_text(page)["media"] == []


FILE_CAPTION = (
    "FILE - In this May 4, 2019, file photo, cyclists cross the old ferry ramp in Kestra."
)


@pytest.mark.parametrize(
    "media",
    [
        [FILE_CAPTION, "Piet Vannes for The Washington Post"],
        ["Piet Vannes for The Washington Post", FILE_CAPTION],
        ["Getty Images", FILE_CAPTION],
    ],
)
def test_file_photo_caption_beside_a_credit_without_separators(media):
    out = parse_text(_page(media))
    block = _one_block(out)
    assert block["caption"] == FILE_CAPTION
    assert block["credit"] == next(x for x in media if x != FILE_CAPTION)
    assert out["body"].split("\n\n") == [OPENER, *STORY]


def test_credit_above_its_caption_under_reported_speech():
    speech = (
        "“We waited a long time for this,” said Hanne Dahl, who farms on the east bank. "
        "“Now our trucks can cross in any weather.”"
    )
    page = "\n".join([*HEAD, OPENER, STORY[0], speech, "Piet Vannes/Reuters", CAPTION, STORY[1]])
    out = parse_text(page)
    block = _one_block(out)
    assert block["caption"] == CAPTION
    assert block["credit"] == "Piet Vannes/Reuters"
    assert out["body"].split("\n\n") == [OPENER, STORY[0], speech, STORY[1]]


def test_credit_glued_to_the_dateline_paragraph_leaves_it_in_the_body():
    out = parse_text("\n".join([*HEAD, OPENER + " Photo by Piet Vannes/Getty Images", *STORY]))
    block = _one_block(out)
    assert block["caption"] is None
    assert block["credit"] == "Piet Vannes/Getty Images"
    assert block["photographers"] == ["Piet Vannes"]
    assert out["body"].split("\n\n") == [OPENER, *STORY]
    assert out["dateline_place"] == "Kestra, Norway"


def test_agency_caption_with_its_dateline_and_day_keeps_a_glued_credit():
    caption = "KESTRA, NORWAY - MAY 4: Cyclists cross the old ferry ramp on the Lenna river."
    out = parse_text(_page([caption + " (Photo by Piet Vannes/Getty Images)"]))
    block = _one_block(out)
    assert block["caption"] == caption
    assert block["credit"] == "Piet Vannes/Getty Images"


def test_short_dateline_paragraph_under_a_credit_under_the_headline_is_the_story():
    opener = "KESTRA, Norway (AP) — The valley council voted on Monday to build a second bridge."
    out = parse_text("\n".join([HEAD[0], "Photo: Piet Vannes, AP", opener, *STORY]))
    block = _one_block(out)
    assert block["caption"] is None
    assert block["credit"] == "Piet Vannes, AP"
    assert out["body"].split("\n\n") == [opener, *STORY]
    assert out["dateline_place"] == "Kestra, Norway"


TWO = ["Piet Vannes", "Aino Sarre"]


@pytest.mark.parametrize(
    ("credit", "agencies"),
    [
        ("Piet Vannes/Aino Sarre via AP", ["Associated Press"]),
        ("Piet Vannes and Aino Sarre/AP", ["Associated Press"]),
        ("Piet Vannes, Aino Sarre/AP", ["Associated Press"]),
        ("Piet Vannes & Aino Sarre/AFP/Getty Images", ["AFP", "Getty Images"]),
        ("Piet Vannes/Aino Sarre/Pool via AP", ["Associated Press"]),
        ("Piet Vannes and Aino Sarre via Getty Images", ["Getty Images"]),
        ("Piet Vannes/Aino Sarre via Getty Images", ["Getty Images"]),
        ("AP Photo/Piet Vannes and Aino Sarre", ["Associated Press"]),
        ("Piet Vannes | Aino Sarre | Bloomberg", ["Bloomberg"]),
    ],
)
def test_credit_naming_two_photographers(credit, agencies):
    """Two photographers in one credit, joined by a slash, 'and', '&', a comma or a bar, and
    before 'via': both are photographers, whatever the placement (a credit line under the
    caption, or glued to it in brackets)."""
    read = credits.read(credit)
    assert (read.photographers, read.agencies) == (tuple(TWO), tuple(agencies))
    for media in ([CAPTION, credit], [f"{CAPTION} ({credit})"]):
        block = _one_block(parse_text(_page(media)))
        assert (block["caption"], block["credit"]) == (CAPTION, credit)
        assert (block["photographers"], block["agencies"]) == (TWO, agencies)


@pytest.mark.parametrize(
    ("credit", "paper"),
    [
        ("Piet Vannes/Kestra Ledger-Star via AP", "Kestra Ledger-Star"),
        ("Piet Vannes/Lenna Valley Courier via AP", "Lenna Valley Courier"),
        ("Piet Vannes/Kestra American-Statesman via AP, File", "Kestra American-Statesman"),
    ],
)
def test_member_paper_before_via_is_no_second_photographer(credit, paper):
    """'X/<a paper's name> via AP': a word of the name names newspapers (data), so the name is
    the member paper that shared the photo, an agency."""
    read = credits.read(credit)
    assert (read.photographers, read.agencies) == (("Piet Vannes",), (paper, "Associated Press"))


@pytest.mark.parametrize(
    ("credit", "photographers", "agencies"),
    [
        ("Kremlin Pool", [], []),
        ("WHITE HOUSE POOL", [], []),
        ("Sputnik, Kremlin Pool Photo via AP", [], ["Sputnik", "Associated Press"]),
        (
            "Piet Vannes/Sputnik/Kremlin Pool Photo via AP",
            ["Piet Vannes"],
            ["Sputnik", "Associated Press"],
        ),
        (
            "Piet Vannes, Sputnik, Kremlin Pool Photo via AP",
            ["Piet Vannes"],
            ["Sputnik", "Associated Press"],
        ),
        ("Piet Vannes/White House Pool/AP", ["Piet Vannes"], ["Associated Press"]),
        ("Pool/Getty Images", [], ["Getty Images"]),
        ("POOL/AFP", [], ["AFP"]),
        ("Piet Vannes - Pool/Getty Images", ["Piet Vannes"], ["Getty Images"]),
        ("PIET VANNES/POOL/AFP via Getty Images", ["Piet Vannes"], ["AFP", "Getty Images"]),
        ("Piet Vannes/Pool via REUTERS", ["Piet Vannes"], ["Reuters"]),
    ],
)
def test_pool_credits(credit, photographers, agencies):
    """A press pool supplied the photo: the credit names it, but a pool is neither a person
    nor an agency ('Kremlin Pool' gives no agency 'Kremlin', 'White House Pool' no
    photographer); the photographers and agencies beside it are read as usual."""
    assert parse_text(_page([CAPTION, credit]))["line_roles"][3:5] == ["caption", "credit"]
    placements = [[CAPTION, credit]]
    if "/" in credit or " via " in credit:
        placements.append([f"{CAPTION} ({credit})"])  # glued to the caption
    for media in placements:
        block = _one_block(parse_text(_page(media)))
        assert (block["caption"], block["credit"]) == (CAPTION, credit)
        assert (block["photographers"], block["agencies"]) == (photographers, agencies)


@pytest.mark.parametrize("line", ["The Pool", "Lenna Swimming Pool opens on Monday"])
def test_pool_words_that_are_no_credit(line):
    """'The Pool' (a heading) or a sentence about a pool credits no photo."""
    assert not credits.lone_pool(line)
    assert not credits.is_credit_line(line)


@pytest.mark.parametrize(
    ("line", "caption", "credit", "photographers", "agencies"),
    [
        (
            "Protesters on the square in Portvale.CreditCreditJo Li/Reuters",
            "Protesters on the square in Portvale.",
            "Jo Li/Reuters",
            ["Jo Li"],
            ["Reuters"],
        ),
        (
            "The mayor of Portvale with the harbour chair in 1975. Credit Associated Press",
            "The mayor of Portvale with the harbour chair in 1975.",
            "Associated Press",
            [],
            ["Associated Press"],
        ),
        (
            "Protesters outside the Portvale court in April.CreditJo Li/Agence France-Presse "
            "— Getty Images",
            "Protesters outside the Portvale court in April.",
            "Jo Li/Agence France-Presse — Getty Images",
            ["Jo Li"],
            ["AFP", "Getty Images"],
        ),
        (
            "The mayor of Portvale opens the new pier on Monday, July 16, 2018. Jo Li, File "
            "AP Photo",
            "The mayor of Portvale opens the new pier on Monday, July 16, 2018.",
            "Jo Li, File AP Photo",
            ["Jo Li"],
            ["Associated Press"],
        ),
    ],
)
def test_labelled_and_label_last_credits_glued_to_a_caption(
    line: str, caption: str, credit: str, photographers: list[str], agencies: list[str]
) -> None:
    """'Credit' glued (once or twice) or spaced before the credit, and 'X, File AP Photo'
    after the caption: the caption keeps its text, the credit is read without the label."""
    got = parse_text(_page(["Image", line]))
    block = _one_block(got)
    assert (block["caption"], block["credit"]) == (caption, credit)
    assert (block["photographers"], block["agencies"]) == (photographers, agencies)


def test_credit_label_inside_a_sentence_is_no_credit() -> None:
    assert credits_glued.split_glued("He said the bank would extend Credit Suisse a loan") is None
    assert credits.read("CreditCreditJo Li/Reuters").photographers == ("Jo Li",)


def test_source_under_the_date_stamp_is_the_byline_not_a_credit() -> None:
    """'May 31, 2019 / 10:50 AM' then '/ AP': the stamp's source, the story's organisation."""
    text = "\n".join(
        [
            HEAD[0],
            "May 31, 2019 / 10:50 AM",
            "/ AP",
            OPENER.split(" (AP)")[0] + " — " + OPENER.split("— ", 1)[1],
            *STORY,
        ]
    )
    got = parse_text(text)
    assert got["media"] == []
    assert got["outlet"] == "Associated Press"


def test_an_institution_in_a_credit_is_its_source_not_a_photographer():
    """'Jo Li/White House', 'Kim Bo/U.S. Navy': the institutions table names the source (an
    agency the organisations table lacks, so the article is flagged for review)."""
    assert credits.read("Jo Li/White House").photographers == ("Jo Li",)
    assert credits.read("Jo Li/White House").agencies == ("White House",)
    assert credits.read("US Navy/screengrab").photographers == ()
    assert credits.read("Kim Bo/U.S. Navy").agencies == ("U.S. Navy",)


@pytest.mark.parametrize(
    ("credit", "text", "photographers", "agencies"),
    [
        ("Copyright: Jo Brandt/EPA", "Jo Brandt/EPA", ["Jo Brandt"], ["EPA"]),
        ("Copyright Getty Images", "Getty Images", [], ["Getty Images"]),
        (
            "Copyright Jo Brandt/AFP/Getty Images",
            "Jo Brandt/AFP/Getty Images",
            ["Jo Brandt"],
            ["AFP", "Getty Images"],
        ),
    ],
)
def test_a_photo_credit_under_a_copyright_label_is_no_footer(credit, text, photographers, agencies):
    """'Copyright: Jo Li/EPA' under a caption was taken for the page's copyright notice, a
    footer: the story below it was cut off the body. It credits the photo."""
    out = parse_text(_page([CAPTION, credit]))
    block = _one_block(out)
    assert (block["credit"], block["photographers"], block["agencies"]) == (
        text,
        photographers,
        agencies,
    )
    assert out["body"].endswith(STORY[-1])


def test_the_page_copyright_notice_still_ends_the_article():
    out = parse_text(_page([CAPTION, "Copyright 2020 Getty Images. All rights reserved."]))
    assert out["media"] == []
    assert STORY[0] not in out["body"]
    assert out["boilerplate"][0]["rule"] == "copyright"


def test_a_copyright_labelled_credit_glued_to_the_caption_is_split():
    assert credits_glued.split_glued(CAPTION + " Copyright: Jo Brandt/EPA") == (
        CAPTION,
        "Copyright: Jo Brandt/EPA",
    )


@pytest.mark.parametrize("date", ["March 1, 2020", "1 March 2020"])
def test_a_credit_with_the_day_the_photo_was_taken(date):
    """'Jo Li/AP Photo, March 1, 2024' under its caption: the date read as leftovers, so
    the line was no credit and the caption stayed in the body."""
    block = _one_block(parse_text(_page([CAPTION, f"Jo Brandt/AP Photo, {date}"])))
    assert (block["caption"], block["photographers"], block["agencies"]) == (
        CAPTION,
        ["Jo Brandt"],
        ["Associated Press"],
    )
