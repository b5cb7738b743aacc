"""A credit's tail in the marks and words a real page sets it off with (session of 2026-12-07,
03:00 UTC): a label right after the caption's last word or after a spaced hyphen ('... on
Monday Photo credit: Jo Li', '... on Monday - Photo: Jo Li'); a bracket after the caption's
last sentence holding what would be a credit line, or who gave the picture ('(Illustration by
Jo Li)', '(Screen grab from Portvale TV)', '(Portvale Police handout)'); a dash before a
photographer and whom they shot for, or a photo agency ('... on Monday - Jo Li/AP'); on the
line under the caption, who gave the picture in words, a post on a platform ('X/@portvalepolice',
'Portvale Fire Rescue/X'), 'photo by' in another language ('Picha na Jo Li'); a person's name
under the lead photo's caption under the stamp; a deck with a photo's credit glued on (the
lead photo's caption) and a video label's glued credit. And the lines that look alike and
credit no photo. Every text here is invented."""

from __future__ import annotations

import pytest

from pipeline.parse import parse_text
from pipeline.parse.credits_glued import split_glued
from tests.pages import PARAGRAPHS, TITLE, between_paragraphs, media_of


def read_sets(credit: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The photographers and agencies `credits.read` finds in a credit."""
    from pipeline.parse import credits

    got = credits.read(credit)
    return got.photographers, got.agencies


_SCENE = "Workers lift a rusted beam from the old ferry pier at Portvale on Monday"


@pytest.mark.parametrize(
    ("mark", "credit"),
    [
        (" ", "Photo credit: Jo Li"),
        (" ", "Photo: Portvale Harbour Board"),
        (" ", "Image: Jo Li for The Portvale Post"),
        (" - ", "Photo: Jo Li"),
        (" - ", "Video: Portvale Harbour Board"),
        (". - ", "Photo credit: Jo Li/Portvale Herald"),
        (" -- ", "Picture: Jo Li"),
    ],
)
def test_a_label_after_the_captions_last_word_or_a_spaced_hyphen_is_read(
    mark: str, credit: str
) -> None:
    caption = _SCENE + mark.rstrip(" -")
    assert split_glued(f"{_SCENE}{mark}{credit}") == (caption, credit)


def test_a_spaced_label_leaves_the_captions_last_capitalised_words_to_it() -> None:
    line = "Workers lift a rusted beam at the pier in Portvale Harbour Photo: Jo Li"
    assert split_glued(line) == (line.removesuffix(" Photo: Jo Li"), "Photo: Jo Li")


@pytest.mark.parametrize(
    "line",
    [
        # what a story says about a photo, the label's source in lower case
        "The harbour board will hang the prize-winning entry in its hall Photo: the best of 2026",
        # someone's words reported
        "The harbour master told the board it should print the Photo: Jo Li",
    ],
)
def test_a_spaced_label_in_a_storys_sentence_is_no_credit(line: str) -> None:
    assert split_glued(line) is None


@pytest.mark.parametrize(
    ("credit", "read_as"),
    [
        ("Illustration by Jo Li", "Jo Li"),  # (the label is no part of the credit)
        ("Screen grab from Portvale TV", "Screen grab from Portvale TV"),
        ("Submitted by Portvale Fire Department", "Submitted by Portvale Fire Department"),
        ("Portvale Police Department handout", "Portvale Police Department handout"),
        ("Handout photo from Portvale Police", "Portvale Police"),
        ("Jo Li, special to the Portvale Herald", "Jo Li, special to the Portvale Herald"),
        ("Jo Li, Portvale Herald file", "Jo Li, Portvale Herald file"),
        ("Map by Jo Li/Portvale Herald", "Map by Jo Li/Portvale Herald"),
    ],
)
def test_a_credit_in_brackets_after_the_captions_last_sentence_is_read(
    credit: str, read_as: str
) -> None:
    line = f"{_SCENE}. ({credit})"
    assert split_glued(line) == (f"{_SCENE}.", credit)
    got = between_paragraphs(line)
    assert [c for c, _, _ in media_of(got)] == [read_as]
    assert got["media"][0]["caption"] == f"{_SCENE}."
    assert line not in got["body"]


@pytest.mark.parametrize(
    "line",
    [
        # a story's sentence reporting speech, whatever its bracket holds
        "The harbour master said the pier would reopen in the spring. (Illustration by Jo Li)",
        # an aside: a year, a word in lower case
        "The harbour board first asked for the money in its budget for 2019. (Photo from 2019)",
        "The board's report on the pier came out on Monday. (Submitted by email)",
        # a paper's section, not a person's, before its files
        "The harbour board first asked for the money two years ago. (Sports Desk, Herald file)",
    ],
)
def test_a_bracket_that_holds_no_credit_stays_the_storys(line: str) -> None:
    assert split_glued(line) is None


@pytest.mark.parametrize(
    ("mark", "credit", "photographers", "agencies"),
    [
        (" - ", "Jo Li/AP", ["Jo Li"], ["Associated Press"]),
        (" — ", "Jo Li, Portvale Herald", ["Jo Li"], ["Portvale Herald"]),
        (" – ", "Jo Li/Portvale Herald", ["Jo Li"], ["Portvale Herald"]),
        (" — ", "Getty Images", [], ["Getty Images"]),
        (". – ", "Portvale Police Department", [], ["Portvale Police Department"]),
        (". - ", "Supplied", [], []),
    ],
)
def test_a_credit_after_a_dash_is_read(
    mark: str, credit: str, photographers: list[str], agencies: list[str]
) -> None:
    caption = _SCENE + mark.rstrip(" -–—|")
    assert split_glued(f"{_SCENE}{mark}{credit}") == (caption, credit)
    got = between_paragraphs(f"{_SCENE}{mark}{credit}")
    assert media_of(got) == [(credit, photographers, agencies)]


@pytest.mark.parametrize(
    "line",
    [
        # a quote's author, a column's writer: a name alone after the dash
        "“The sea gives and the sea takes back, and the pier stands between.” – Jo Li",
        "Why the old ferry pier at Portvale deserves a second life — Jo Li",
        # a page's title and its paper; a wire signing the story's last sentence
        "Harbour board shuts the old ferry pier at Portvale for repairs - Portvale Herald",
        "Harbour board shuts the old ferry pier at Portvale | Jo Li/Portvale Herald",
        "The repairs are expected to cost about 40 million crowns, the board announced. — VNS",
    ],
)
def test_a_name_a_paper_or_a_wire_alone_after_a_dash_is_no_credit(line: str) -> None:
    assert split_glued(line) is None


_CAPTION = "Workers lift a rusted beam from the old ferry pier at Portvale on Monday, June 1, 2026."


@pytest.mark.parametrize(
    ("line", "credit", "agencies"),
    [
        # (the label and its 'from' are no part of the credit, as 'Photo:' is not)
        ("Photo from Portvale City Council", "Portvale City Council", ["Portvale City Council"]),
        ("Video still from Portvale TV", "Portvale TV", ["Portvale TV"]),
        ("Screen grab from Portvale TV", "Screen grab from Portvale TV", ["Portvale TV"]),
        (
            "Submitted by Portvale Fire Department",
            "Submitted by Portvale Fire Department",
            ["Portvale Fire Department"],
        ),
        (
            "Portvale Police Department handout",
            "Portvale Police Department handout",
            ["Portvale Police Department"],
        ),
        ("Portvale Herald file", "Portvale Herald file", ["Portvale Herald"]),
    ],
)
def test_who_gave_the_picture_on_the_line_under_its_caption_is_its_credit(
    line: str, credit: str, agencies: list[str]
) -> None:
    got = between_paragraphs(_CAPTION, line)
    assert [(c, a) for c, _, a in media_of(got)] == [(credit, agencies)]
    assert got["media"][0]["caption"] == _CAPTION
    assert line not in got["body"]


@pytest.mark.parametrize(
    "credit",
    [
        "X/@portvalepolice",
        "X (@PortvalePolice)",
        "Instagram/@jo.li",
        "Portvale Fire Rescue/X",
        "Picha na Jo Li",  # (Swahili: 'photo by')
        "Foto de Jo Li",
    ],
)
def test_a_post_on_a_platform_or_a_foreign_photo_by_under_its_caption_is_its_credit(
    credit: str,
) -> None:
    got = between_paragraphs(_CAPTION, credit)
    assert [c for c, _, _ in media_of(got)] == [credit]
    assert credit not in got["body"]


@pytest.mark.parametrize(
    "line",
    [
        # a subhead in the story's words, a press release's line, a case's file
        "Case file",
        "Submitted by email",
        "Photo from 2019",
        "More photos from the harbour festival",
    ],
)
def test_a_line_that_names_no_giver_under_a_paragraph_stays_the_storys(line: str) -> None:
    got = between_paragraphs(_CAPTION, line)
    assert got["media"] == [] or all(m["credit"] != line for m in got["media"])


@pytest.mark.parametrize(
    ("tail", "credit"),
    [
        ("X/@portvalepolice", "X/@portvalepolice"),
        ("Instagram/@jo.li", "Instagram/@jo.li"),
        ("Portvale Fire Rescue/X", "Portvale Fire Rescue/X"),
    ],
)
def test_a_post_on_a_platform_after_the_caption_is_read_stopped_bracketed_or_not(
    tail: str, credit: str
) -> None:
    assert split_glued(f"{_SCENE}. {tail}") == (f"{_SCENE}.", credit)
    assert split_glued(f"{_SCENE}. ({tail})") == (f"{_SCENE}.", credit)
    assert split_glued(f"{_SCENE} ({tail})") == (_SCENE, credit)


def _lead(*lines: str, head: tuple[str, ...] = ("By Ilse Marrow", "June 3, 2026")) -> dict:
    """A page whose lines stand between its stamp and its story."""
    return parse_text("\n".join([TITLE, *head, *lines, *PARAGRAPHS]) + "\n")


@pytest.mark.parametrize(
    ("caption", "name", "head"),
    [
        # a caption without its stop, a given name the table lacks
        (
            "Harbour master Tove Lind on the old ferry pier at Portvale",
            "Jordan Silverio",
            ("By Ilse Marrow", "June 3, 2026"),
        ),
        # a caption that reports someone's words
        (
            "Harbour master Tove Lind says the pier has been unsafe since the storms.",
            "Kieran Spiteri",
            ("By Ilse Marrow", "June 3, 2026", "Share"),
        ),
        # the byline's own name: the reporter took the photo
        (
            "The old ferry pier at Portvale, where the repairs will start.",
            "Rowan Estabrook",
            ("By Rowan Estabrook", "June 3, 2026"),
        ),
    ],
)
def test_a_name_under_the_lead_photos_caption_under_the_stamp_is_its_credit(
    caption: str, name: str, head: tuple[str, ...]
) -> None:
    got = _lead(caption, name, head=head)
    assert media_of(got) == [(name, [name], [])]
    assert got["media"][0]["caption"] == caption
    assert got["reporters"] == [head[0].removeprefix("By ")]
    assert name not in got["body"]


@pytest.mark.parametrize("head", [(), ("June 3, 2026",)])
def test_a_name_under_a_deck_with_no_byline_over_it_is_no_credit(head: tuple[str, ...]) -> None:
    deck = "The harbour board will spend two years and 40 million crowns on the old pier."
    got = _lead(deck, "Rowan Estabrook", head=head)
    assert got["media"] == []
    if not head:
        assert got["reporters"] == ["Rowan Estabrook"]  # (the deck's byline)


@pytest.mark.parametrize(
    "name",
    [
        "Lena Markov",  # the story names her: she is the photo's subject, or a speaker
        "Portvale Harbour Board",  # no person's name
    ],
)
def test_a_line_under_the_lead_caption_that_names_no_photographer_is_no_credit(
    name: str,
) -> None:
    got = _lead("Harbour master Tove Lind on the old ferry pier at Portvale", name)
    assert all(m["credit"] != name for m in got["media"])


_HIGHLIGHTS = (
    "Summary",
    "The harbour board voted to close the old ferry pier for repairs.",
    "The work will take two years and cost 40 million crowns.",
    "Fishermen who moor at the pier protested the decision.",
)
_BOATS = "Boats moored at the old ferry pier at Portvale on Monday."


def _under_highlights(line: str) -> dict:
    """A page whose story opens under a summary's points and the line after them."""
    opening = f"PORTVALE — {PARAGRAPHS[0]}"
    return parse_text(
        "\n".join([TITLE, "By Ilse Marrow | June 3, 2026", *_HIGHLIGHTS, line, opening])
        + "\n"
        + "\n".join(PARAGRAPHS[1:])
        + "\n"
    )


@pytest.mark.parametrize(
    ("credit", "read_as"),
    [
        ("Jo Li, Portvale Herald", "Jo Li, Portvale Herald"),
        ("Photo: Portvale Harbour Board", "Portvale Harbour Board"),
        ("Getty Images", "Getty Images"),
        ("AP Photo/Jo Li", "AP Photo/Jo Li"),
    ],
)
def test_a_deck_with_a_photos_credit_glued_on_is_the_lead_photos_caption(
    credit: str, read_as: str
) -> None:
    got = _under_highlights(f"{_BOATS} ({credit})")
    assert [(m["caption"], m["credit"]) for m in got["media"]] == [(_BOATS, read_as)]
    assert got["line_roles"][6] == "caption"


def test_a_deck_closed_by_a_wires_name_stays_the_deck() -> None:
    got = _under_highlights("The board will reopen the pier to ferries in the spring. (Reuters)")
    assert got["media"] == []
    assert got["line_roles"][6] == "standfirst"


def test_a_video_labels_glued_credit_is_the_videos() -> None:
    label = "VIDEO: Smoke rises over the old ferry pier at Portvale on Sunday night."
    got = between_paragraphs(f"{label} (Video courtesy of Portvale Fire Rescue)")
    assert [(m["kind"], m["slug"], m["credit"]) for m in got["media"]] == [
        ("video", label.removeprefix("VIDEO: "), "Video courtesy of Portvale Fire Rescue")
    ]


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("Lena Markov.", "Credit: Jo Li"),  # a portrait's caption: the name, its stop
        ("Lena Markov.", "Video: Portvale TV"),
        ("The old ferry pier.", "Courtesy: Portvale Museum"),
    ],
)
def test_a_label_after_a_short_captions_stop_is_read_as_after_a_long_ones(
    caption: str, credit: str
) -> None:
    assert split_glued(f"{caption} {credit}") == (caption, credit)


@pytest.mark.parametrize(
    "line",
    [
        "Lena Markov Credit: Jo Li",  # no stop: a name and a label, no caption
        "Markov. Credit: Jo Li",  # one word before the stop
        "Credit: Jo Li",
    ],
)
def test_a_label_after_no_caption_is_no_glued_credit(line: str) -> None:
    assert split_glued(line) is None


@pytest.mark.parametrize(
    ("credit", "expected"),
    [
        ("Jo Li/Getty Images", True),  # a photo agency of the table
        ("Shutterstock", True),
        ("Jo Li/AFP via Getty Images", True),  # a wire, then the agency that sells the picture
        ("Jo Li/Reuters", False),  # a wire writes stories too
        ("Jo Li/Portvale Herald", False),  # a paper the table does not hold
    ],
)
def test_a_photo_agency_is_named_by_the_table_kind(credit, expected):
    from pipeline.parse import credits

    assert credits.names_photo_agency(credits.read(credit)) is expected


@pytest.mark.parametrize(
    ("credit", "agencies"),
    [
        # a paper the table lacks, holding a name the table has ('Daily Record', 'The Sun')
        ("Jo Li/Portvale Daily Record", ("Portvale Daily Record",)),
        ("Jo Li/The Sun Times", ("The Sun Times",)),
        # its 'and' joins two words of one paper's name
        ("Jo Li /The Harbour and Times", ("The Harbour and Times",)),
        # guards: a name the table holds whole, two papers, two wires, a paper then 'via'
        ("Jo Li/Daily Express", ("Daily Express",)),
        ("Jo Li/Xinhua News", ("Xinhua",)),  # the agency's own news service
        ("Jo Li/The Times and The Sun", ("The Times", "The Sun")),
        ("Jo Li/AP and Reuters", ("Associated Press", "Reuters")),
        ("Jo Li/The Portvale Sun via AP", ("The Portvale Sun", "Associated Press")),
    ],
)
def test_a_papers_name_after_the_slash_is_one_agency(credit, agencies):
    from pipeline.parse import credits

    got = credits.read(credit)
    assert got.photographers == ("Jo Li",)
    assert got.agencies == agencies


@pytest.mark.parametrize(
    ("credit", "agency"),
    [
        # an office's name with 'and' inside is one source: its last word says it is an office
        ("Photo: Portvale Fire and Rescue Services", "Portvale Fire and Rescue Services"),
        ("Photo: Harbour Media and Communications Unit", "Harbour Media and Communications Unit"),
        (
            "Image Credit: Government of Portvale and Tidewater",
            "Government of Portvale and Tidewater",
        ),
        # a company by its last word: 'and' joins the words of its name, not two sources
        (
            "Photo courtesy Portvale and Tidewater Inter-Island Ferry Company",
            "Portvale and Tidewater Inter-Island Ferry Company",
        ),
        ("Photo: Portvale and District Water Company", "Portvale and District Water Company"),
    ],
)
def test_an_office_whose_name_holds_and_is_one_source(credit, agency):
    assert read_sets(credit) == ((), (agency,))


@pytest.mark.parametrize(
    ("credit", "agency"),
    [
        # a town's own photo, named by the town's style: an office, never a person's name
        ("Photo: City of Portvale", "City of Portvale"),
        ("Image: City of Portvale Council", "City of Portvale Council"),
        ("District of North Tidewater", "District of North Tidewater"),
        ("Credit: Municipality of Portvale", "Municipality of Portvale"),
        ("Screenshot/City of Portvale", "City of Portvale"),
        ("Provided by Portvale Metropolitan City", "Portvale Metropolitan City"),
    ],
)
def test_a_towns_own_photo_is_one_source(credit, agency):
    assert read_sets(credit) == ((), (agency,))


@pytest.mark.parametrize(
    ("credit", "photographers", "agencies"),
    [
        # an office after a photographer's slash is the photo's source, not dropped
        ("Jo Li/City of Portvale", ("Jo Li",), ("City of Portvale",)),
        ("Jo Li/Department of Health", ("Jo Li",), ("Department of Health",)),
        # an office whose name holds 'and', after a slash, is one source, as it is alone
        (
            "Facebook/ Portvale Fire and Rescue Department",
            (),
            ("Portvale Fire and Rescue Department",),
        ),
        (
            "Jo Li/Fish and Wildlife Service via AP",
            ("Jo Li",),
            ("Fish and Wildlife Service", "Associated Press"),
        ),
        # The Canadian Press's handout mark 'HO-' is no part of the source's name
        (
            "THE CANADIAN PRESS/HO-Portvale and District Search and Rescue",
            (),
            ("Canadian Press", "Portvale and District Search and Rescue"),
        ),
        # an office and, after its comma, the place it serves: one source
        ("Forest Department, Portvale", (), ("Forest Department, Portvale",)),
        (
            "Photo courtesy: District Horticulture Office, Tidewater",
            (),
            ("District Horticulture Office, Tidewater",),
        ),
        # guards: a person or an agency after the office's comma is read as before
        ("Police Department, Jo Li", ("Jo Li",), ("Police Department",)),
        ("Fire Department, Reuters", (), ("Fire Department", "Reuters")),
        # 'Special Photo': a label, no paper's name ('Post Photo: Jo Li' names the Post)
        ("Special Photo: City of Portvale", (), ("City of Portvale",)),
        ("Special Photo: Jo Li", ("Jo Li",), ()),
        ("Special Photo", (), ()),
        ("Archives", (), ()),
        ("Collected", (), ()),
    ],
)
def test_an_office_or_a_label_is_read_in_its_place(credit, photographers, agencies):
    assert read_sets(credit) == (photographers, agencies)


@pytest.mark.parametrize(
    ("credit", "photographers", "agencies"),
    [
        # a paper's whole name that holds a shorter one of the table, after a place's word
        ("Portvale Daily Express", (), ("Portvale Daily Express",)),
        ("Image: Portvale Daily Express", (), ("Portvale Daily Express",)),
        # guards: a person's name before the paper's, the paper the table holds whole
        ("Jo Li Daily Express", ("Jo Li",), ("Daily Express",)),
        ("Daily Express", (), ("Daily Express",)),
        # a surname that is an agency's alias, after a given name: the person
        ("Marc Reuter", ("Marc Reuter",), ()),
        (
            "Nikolai Reuter/Anadolu via Getty Images",
            ("Nikolai Reuter",),
            ("Anadolu", "Getty Images"),
        ),
        # guards: the wire after a photographer's name, run in or marked off
        ("Jo Li Reuters", ("Jo Li",), ("Reuters",)),
        ("Jo Li, Reuters", ("Jo Li",), ("Reuters",)),
        # an agency's initials in brackets after its name: one agency
        ("Jo Li / African News Agency (ANA)", ("Jo Li",), ("African News Agency",)),
        ("Jo Li (AP)", ("Jo Li",), ("Associated Press",)),
        # agencies of the table: USA Today's pictures service, the Czech and Nordic agencies
        ("Jo Li-Imagn Images", ("Jo Li",), ("Imagn Images",)),
        ("Jo Li, ČTK", ("Jo Li",), ("Czech News Agency",)),
        ("Scanpix/LETA", (), ("Scanpix", "LETA")),
    ],
)
def test_papers_surnames_and_initials(credit, photographers, agencies):
    assert read_sets(credit) == (photographers, agencies)


def test_a_surname_like_a_wires_old_name_is_a_reporter_not_the_outlet():
    from pipeline.parse import parse_text

    body = (
        "PORTVALE — The council voted on Tuesday to approve a new budget for the schools of"
        " the town, officials said.\nThe plan adds money for teachers and buses over the next"
        " three years, the mayor said in a statement."
    )
    got = parse_text(f"Council approves new budget for schools\nBy Marc Reuter\n{body}")
    assert (got["reporters"], got["outlet"]) == (["Marc Reuter"], None)
    got = parse_text(f"Council approves new budget for schools\nBy Jo Li, Reuters\n{body}")
    assert (got["reporters"], got["outlet"]) == (["Jo Li"], "Reuters")


@pytest.mark.parametrize(
    ("credit", "photographers", "agencies"),
    [
        # a TV channel by its number, as written
        ("KARE 11", (), ("KARE 11",)),
        ("7NEWS", (), ("7NEWS",)),
        ("Photo: 10 News First", (), ("10 News First",)),
        ("Jo Li/KTVX 4", ("Jo Li",), ("KTVX 4",)),
        ("2 Photos", (), ()),  # guard: a count, no channel
        # ' -- ' between the photographer and the paper, as a dash between spaces
        ("Jo Li -- Portvale Sentinel", ("Jo Li",), ("Portvale Sentinel",)),
        # a legislature's photo desk, a film distributor: no person
        (
            "Jo Li / Portvale Legislative Photography",
            ("Jo Li",),
            ("Portvale Legislative Photography",),
        ),
        (
            "Jo Li/Getty Images; Courtesy of Portvale Features",
            ("Jo Li",),
            ("Getty Images", "Portvale Features"),
        ),
        # 'Advance' names papers ('Staten Island Advance'): the paper first, then its man
        ("Portvale Island Advance/Jo Li", ("Jo Li",), ("Portvale Island Advance",)),
        # a paper, then its photographer by a given name alone
        ("Reuters/Rakesh", ("Rakesh",), ("Reuters",)),
        ("Jo Li/Reuters", ("Jo Li",), ("Reuters",)),  # guard
    ],
)
def test_channels_dashes_desks_and_lone_given_names(credit, photographers, agencies):
    assert read_sets(credit) == (photographers, agencies)


@pytest.mark.parametrize(
    ("credit", "agencies"),
    [
        # bodies by what they run or hold read as no person (a short name: an agency)
        ("Courtesy of Portvale Water Management", ("Portvale Water Management",)),
        ("Northfield Railway", ("Northfield Railway",)),
        ("Portvale Cathedral", ("Portvale Cathedral",)),
        ("Courtesy of Lenna Valley Ambulance", ("Lenna Valley Ambulance",)),
        ("Image courtesy North Coast Terminals", ("North Coast Terminals",)),
        # an Indian paper's 'Special Arrangement': a handout, no source named
        ("Special Arrangement", ()),
    ],
)
def test_a_bodys_words_make_no_photographer(credit, agencies):
    assert read_sets(credit) == ((), agencies)


@pytest.mark.parametrize(
    ("credit", "photographers", "agencies"),
    [
        # papers abroad: a French paper's word, and papers of the table
        ("Jo Li/L'Portvale-Le Jour", ("Jo Li",), ("L'Portvale-Le Jour",)),
        ("El Mercurio", (), ("El Mercurio",)),
        ("Ultima Hora", (), ("Última Hora",)),
        ("Jo Mercurio", ("Jo Mercurio",), ()),  # guard: the Italian surname
    ],
)
def test_papers_abroad(credit, photographers, agencies):
    assert read_sets(credit) == (photographers, agencies)
