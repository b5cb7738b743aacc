"""A paper the organisations table lacks is the outlet in every form where a paper of the
table is: a matrix of cues (bylines with a staff post, a slash, closing bios, a contributor's
line, a station's tag with its band) tried with invented papers and with known ones. Each
form is read from the paper's name alone ('Courier', 'Post', 'Times' are newspapers' words,
data), so it carries to sites no rule was written from."""

import pytest

from pipeline.parse import parse_text

_TITLE = "Harbour board shuts the old ferry pier for repairs"
_P1 = (
    "The harbour board voted on Tuesday to close the old ferry pier at Portvale for two years "
    "of repairs, a decision that drew protests from fishermen."
)
_P2 = "Board chair Lena Markov said the pier had become unsafe after last winter's storms."
_P3 = "Fishermen said they would take their boats to the new marina until the work is done."

_FORMS = {
    "comma staff writer": lambda n: [_TITLE, f"Jo Li, {n} staff writer", _P1, _P2, _P3],
    "By, comma, Staff Writer": lambda n: [_TITLE, f"By Jo Li, {n} Staff Writer", _P1, _P2, _P3],
    "slash Staff Writer": lambda n: [_TITLE, f"By Jo Li / {n} Staff Writer", _P1, _P2, _P3],
    "bar staff": lambda n: [_TITLE, f"By Jo Li | {n} staff", _P1, _P2, _P3],
    "slash": lambda n: [_TITLE, f"By Jo Li / {n}", _P1, _P2, _P3],
    "comma reporter": lambda n: [_TITLE, f"By Jo Li, {n} reporter", _P1, _P2, _P3],
    "bar correspondent": lambda n: [_TITLE, f"By Jo Li | {n} correspondent", _P1, _P2, _P3],
    "covers ... for": lambda n: [
        *(_TITLE, _P1, _P2, _P3),
        f"Jo Li covers the waterfront for {n}. Reach her at jli@example.com.",
    ],
    "reporter contributed": lambda n: [
        *(_TITLE, _P1, _P2, _P3),
        f"{n} reporter Jo Li contributed to this report.",
    ],
}
_UNKNOWN = ("The Portvale Post", "Portvale Daily News", "Valley Courier", "The Harbour Times")
_KNOWN = ("The Washington Post", "Chicago Tribune", "The Denver Post")


@pytest.mark.parametrize("paper", _UNKNOWN + _KNOWN)
@pytest.mark.parametrize("form", sorted(_FORMS))
def test_a_paper_is_the_outlet_in_every_form_known_or_not(form, paper):
    got = parse_text("\n\n".join(_FORMS[form](paper)))
    assert got["outlet"] == paper
    assert got["reporters"] == ["Jo Li"]


def test_a_whole_staff_byline_keeps_the_papers_news():
    """'By Portvale Daily News Staff' was cut as 'News Staff' is a post ('Portvale Daily')."""
    text = "\n\n".join([_TITLE, "By Portvale Daily News Staff", _P1, _P2, _P3])
    got = parse_text(text)
    assert (got["outlet"], got["reporters"]) == ("Portvale Daily News", [])


def test_a_staff_paper_by_its_short_name_is_the_pages_paper():
    """'Business Journal Staff Writer' on the Napa Valley Business Journal's page."""
    text = "\n\n".join(
        [
            *("Napa Valley Business Journal", _TITLE),
            "JO LI | Business Journal Staff Writer",
            *(_P1, _P2, _P3),
            "Copyright 2025 Napa Valley Business Journal. All rights reserved.",
        ]
    )
    assert parse_text(text)["outlet"] == "Napa Valley Business Journal"


@pytest.mark.parametrize(
    ("bio", "outlet"),
    [
        ("Jo Li is the Portvale Post's city hall reporter.", "Portvale Post"),
        ("Jo Li is The Portvale Courier’s city hall reporter.", "The Portvale Courier"),
        ("Jo Li is The Washington Post's city hall reporter.", "The Washington Post"),
        # a place's possessive, and a former post, name no employer
        ("Jo Li is Portvale's best-known reporter.", None),
        ("Jo Li is the Valley Courier's former editor.", None),
    ],
)
def test_a_closing_bio_names_the_employer_in_the_possessive(bio, outlet):
    got = parse_text("\n\n".join([_TITLE, "By Jo Li", _P1, _P2, _P3, bio]))
    assert (got["outlet"], got["reporters"]) == (outlet, ["Jo Li"])


def test_a_beat_for_no_paper_is_no_bio():
    """'... covers X for Y' closes stories about insurance too: Y must be a paper."""
    last = "Medicare covers dental care for Americans over 65."
    got = parse_text("\n\n".join([_TITLE, _P1, _P2, _P3, last]))
    assert (got["outlet"], got["reporters"]) == (None, [])


@pytest.mark.parametrize(
    ("tag", "outlet"),
    [
        ("KPVL", "KPVL"),
        ("KPVL-TV", "KPVL-TV"),  # a call sign the table lacks, as written
        ("WFLA-TV", "WFLA"),  # the table's station by its letters
        ("KPVL-FM", "KPVL-FM"),
        ("ABC-TV", None),  # no call sign: three letters of a network, no station
    ],
)
def test_a_stations_tag_with_its_band_names_the_station(tag, outlet):
    got = parse_text("\n\n".join([_TITLE, f"PORTVALE, Calif. ({tag}) — {_P1}", _P2, _P3]))
    assert got["dateline_place"] == "Portvale, Calif."
    assert got["outlet"] == outlet


@pytest.mark.parametrize("paper", ["Valley Courier", "The Portvale Post", "The Washington Post"])
def test_a_papers_masthead_over_its_headline_is_no_title(paper):
    """'Valley Courier' / the headline / the byline: the short line over the headline names a
    paper (data), so it is the masthead, not a headline over a deck; its copyright notice under
    the story names it again, which makes it the signed story's outlet."""
    lines = [paper, _TITLE, "By Jo Li", _P1, _P2, _P3]
    got = parse_text("\n\n".join(lines))
    assert (got["title"], got["outlet"]) == (_TITLE, None)
    assert got["boilerplate"][0] == {"text": paper, "rule": "before_title"}
    noticed = parse_text("\n\n".join([*lines, f"© 2025 {paper}. All rights reserved."]))
    assert (noticed["title"], noticed["outlet"]) == (_TITLE, paper)


def test_a_short_headline_over_a_longer_line_stays_the_headline():
    """The guard's other side: a short headline that names no paper keeps its place."""
    text = "\n\n".join(["Harbour pier shuts", _TITLE + " after storms", "By Jo Li", _P1, _P2])
    assert parse_text(text)["title"] == "Harbour pier shuts"


def test_a_footer_link_about_the_paper_signs_nothing():
    """'About Valley Courier' under the story is a link, not the paper's sign-off."""
    lines = ["Valley Courier", "Home", "News", _TITLE, "By Jo Li", _P1, _P2, _P3]
    got = parse_text("\n\n".join([*lines, "About Valley Courier", "© 2025 Valley Courier"]))
    assert (got["title"], got["outlet"]) == (_TITLE, "Valley Courier")


@pytest.mark.parametrize("paper", ["Valley Courier", "Chicago Tribune"])
@pytest.mark.parametrize("mark", ["|", "—"])
def test_a_masthead_with_its_tagline_is_no_title_and_names_the_paper(paper, mark):
    """'Valley Courier — Portvale's hometown paper' over the headline: the masthead, whose
    name (without the tagline) the copyright notice repeats."""
    lines = [f"{paper} {mark} Portvale's hometown paper", _TITLE, "By Jo Li", _P1, _P2, _P3]
    got = parse_text("\n\n".join([*lines, f"© 2025 {paper}"]))
    assert (got["title"], got["outlet"]) == (_TITLE, paper)


@pytest.mark.parametrize("paper", ["Valley Courier", "The Washington Post"])
def test_the_site_after_the_headlines_bar_stands_for_the_masthead_of_a_signed_story(paper):
    """'Headline | Valley Courier' (the browser's title) with the same name in the copyright
    notice: the paper's own signed story. Unsigned, it may be a translation or a wire's copy,
    and without the notice nothing on the page repeats the name: no outlet then."""
    head, notice = f"{_TITLE} | {paper}", f"© 2025 {paper}"
    signed = parse_text("\n\n".join([head, "By Jo Li", _P1, _P2, _P3, notice]))
    assert (signed["title"], signed["outlet"]) == (_TITLE, paper)
    unsigned = parse_text("\n\n".join([head, _P1, _P2, _P3, notice]))
    assert unsigned["outlet"] is None
    unnoticed = parse_text("\n\n".join([head, "By Jo Li", _P1, _P2, _P3]))
    assert unnoticed["outlet"] is None


_AGENCY_FORMS = {
    "By": lambda n: [_TITLE, f"By {n}", _P1, _P2, _P3],
    "name, bar, agency": lambda n: [_TITLE, f"Jo Li | {n}", _P1, _P2, _P3],
    "dateline's tag": lambda n: [_TITLE, f"PORTVALE, June 3 ({n}) — {_P1}", _P2, _P3],
    "Source:": lambda n: [_TITLE, _P1, _P2, _P3, f"Source: {n}"],
}


@pytest.mark.parametrize(
    "agency", ["Portvale News Agency", "Valley Press Service", "Press Trust of India"]
)
@pytest.mark.parametrize("form", sorted(_AGENCY_FORMS))
def test_a_wire_is_the_outlet_in_every_form_known_or_not(form, agency):
    """A wire the table lacks, by its name's last words ('News Agency', 'Press Service'), is
    read where a wire of the table is."""
    got = parse_text("\n\n".join(_AGENCY_FORMS[form](agency)))
    assert got["outlet"] == agency


def test_a_press_office_is_no_wire():
    """'Portvale Press Office' ends in no wire's words: a tag of it names no outlet."""
    got = parse_text("\n\n".join([_TITLE, f"PORTVALE, June 3 (Portvale Press Office) — {_P1}"]))
    assert got["outlet"] is None


# Forms found by substitution: a training page of a paper of the table, its place's name
# replaced by an invented one ('Houston Chronicle' -> 'Portvale Chronicle'), lost its outlet.
_MORE_CHROME = ["Most Popular", *(f"{n}\nRead more from the county desk" for n in range(1, 9))]


@pytest.mark.parametrize("paper", ["Portvale Chronicle", "Houston Chronicle"])
def test_a_closing_bio_above_a_long_footer_names_the_paper(paper):
    """The bio under the story, with more than 15 lines of chrome after it: `bio_employer`
    reads only the page's last lines, and the table's papers were read by the closing bio."""
    text = "\n".join(
        [
            *(_TITLE, "By Jo Li", _P1, _P2, _P3),
            *("Jo Li", "Staff writer"),
            f"Jo Li covers the waterfront for the {paper}. She can be reached at li@example.com.",
            *_MORE_CHROME,
        ]
    )
    assert parse_text(text)["outlet"] == paper


@pytest.mark.parametrize(
    "bio",
    [
        "Jo Li is a {} reporter covering local government and public safety.",
        "Jo Li is a Queensland political reporter for {}.Connect via X or email.",
    ],
)
@pytest.mark.parametrize("paper", ["Portvale Times", "Brisbane Times"])
def test_a_bio_names_the_paper_before_the_post_or_glued_to_a_link(bio, paper):
    text = "\n\n".join([_TITLE, "By Jo Li", _P1, _P2, _P3, bio.format(paper)])
    assert parse_text(text)["outlet"] == paper


def test_a_bio_with_a_place_before_the_post_names_no_paper():
    text = "\n\n".join([_TITLE, _P1, _P2, _P3, "Jo Li is a Queensland reporter covering courts."])
    assert parse_text(text)["outlet"] is None


def test_a_bio_above_a_long_footer_leaves_a_short_name_to_the_pages_names():
    """'correspondent for The Times' on The New York Times' page: a one-word short name is the
    page's own, which the page's names resolve (here none do, so no outlet)."""
    bio = "Jo Li is the Iberia correspondent for The Times, based in Madrid."
    text = "\n".join([_TITLE, "By Jo Li", _P1, _P2, _P3, bio, *_MORE_CHROME])
    assert parse_text(text)["outlet"] is None


def _house_photo_page(credit: str, notice: str) -> str:
    return "\n".join(
        [
            *("Democracy at Work", _TITLE),
            "The old ferry pier at Portvale on Feb. 19. " + credit,
            *("By Jo Li", "March 12, 2025 at 5:00 a.m. EDT", _P1, _P2, _P3),
            *("Terms of Use", "Privacy Policy", notice),
        ]
    )


@pytest.mark.parametrize("paper", ["The Portvale Post", "The Washington Post"])
def test_a_photo_of_the_paper_whose_notice_closes_the_page_names_it(paper):
    """No line of the chrome is the paper's name alone: the notice stands for it."""
    text = _house_photo_page(f"(Kim Bo/{paper})", f"© 1996-2025 {paper}")
    assert parse_text(text)["outlet"] == paper


def test_a_notice_of_a_company_that_opens_with_the_photos_name_names_no_paper():
    """'MediaToday Co. Ltd.' owns the site; 'Kim Bo/MediaToday' is its photo, not its paper."""
    text = _house_photo_page("(Photo: Kim Bo/Portvale Post)", "Copyright © Portvale Post Co. Ltd.")
    assert parse_text(text)["outlet"] is None


def _under_headline(*lines: str) -> dict:
    """The story parsed with the lines between its headline and its first paragraph."""
    return parse_text("\n\n".join([_TITLE, *lines, _P1, _P2, _P3]))


def _closing(line: str) -> dict:
    """The story parsed with the line under its last paragraph."""
    return parse_text("\n\n".join([_TITLE, _P1, _P2, _P3, line]))


@pytest.mark.parametrize(
    ("byline", "reporters", "outlet"),
    [
        ("By Jo Li of Portvale Courier", ["Jo Li"], "Portvale Courier"),
        ("By Jo Li of the Portvale Courier", ["Jo Li"], "Portvale Courier"),
        ("By Jo Li of The Portvale Post", ["Jo Li"], "The Portvale Post"),
        ("BY JO LI OF THE PORTVALE POST", ["Jo Li"], "PORTVALE POST"),
        ("By Jo Li and Kim Bo of Portvale Courier", ["Jo Li", "Kim Bo"], "Portvale Courier"),
        (
            "By Jo Li, Kim Bo and Ann Wu of the Portvale Post",
            ["Jo Li", "Kim Bo", "Ann Wu"],
            "Portvale Post",
        ),
        ("By Jo Li of KPVL", ["Jo Li"], "KPVL"),
        ("By Jo Li (Portvale Courier)", ["Jo Li"], "Portvale Courier"),
        ("By Jo Li (KPVL)", ["Jo Li"], "KPVL"),
        ("By Jo Li of the Houston Chronicle", ["Jo Li"], "Houston Chronicle"),
    ],
)
def test_the_paper_after_the_names_by_of_or_in_brackets(byline, reporters, outlet):
    """As a paper of the table is read so ('By Jo Li of the Houston Chronicle'); the paper
    alone, never the reporter with it ('Jo Li of Portvale Courier' was the outlet)."""
    got = _under_headline(byline)
    assert (got["reporters"], got["outlet"]) == (reporters, outlet)


@pytest.mark.parametrize(
    "byline", ["By Jo Li of Acme Research", "By Jo Li of the University of Portvale"]
)
def test_an_affiliation_that_is_no_paper_names_no_outlet(byline):
    got = _under_headline(byline)
    assert (got["reporters"], got["outlet"]) == (["Jo Li"], None)


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Portvale Courier's Jo Li contributed to this report.", "Portvale Courier"),
        ("The Portvale Post’s Jo Li contributed to this report.", "The Portvale Post"),
        ("KPVL's Jo Li contributed to this report.", "KPVL"),
        ("WRAL's Jo Li contributed to this report.", "WRAL"),  # the table's, read so before
        ("Portvale's Jo Li contributed to this report.", None),  # a town's, no paper
    ],
)
def test_a_possessive_contributor_names_a_paper_the_table_lacks(line, outlet):
    """As 'Portvale Courier reporter Jo Li contributed' did already."""
    got = _closing(line)
    assert (got["reporters"], got["outlet"]) == (["Jo Li"], outlet)


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("— Jo Li, Portvale Courier", "Portvale Courier"),
        ("— Jo Li | The Portvale Post", "The Portvale Post"),
        ("— Jo Li, KPVL-TV", "KPVL-TV"),
        ("— Jo Li, Reuters", "Reuters"),  # the table's, read so before
    ],
)
def test_a_dashed_signoff_with_a_paper_the_table_lacks(line, outlet):
    got = _closing(line)
    assert (got["reporters"], got["outlet"]) == (["Jo Li"], outlet)


@pytest.mark.parametrize(
    ("byline", "outlet"),
    [
        ("Posted March 3, 2025 by Jo Li, WRAL", "WRAL"),
        ("Posted March 3, 2025 by Jo Li, Reuters", "Reuters"),
        ("Posted March 3, 2025 by Jo Li, KPVL", "KPVL"),
        ("Posted March 3, 2025 by Jo Li, Portvale Courier", "Portvale Courier"),  # before too
    ],
)
def test_a_posted_stamp_then_the_name_and_its_outlet(byline, outlet):
    got = _under_headline(byline)
    assert (got["reporters"], got["outlet"]) == (["Jo Li"], outlet)


@pytest.mark.parametrize(
    ("byline", "reporters", "outlet"),
    [
        ("Jo Li (Portvale Courier)", ["Jo Li"], "Portvale Courier"),
        ("Jo Li and Kim Bo (The Portvale Post)", ["Jo Li", "Kim Bo"], "The Portvale Post"),
        ("Jo Li (KPVL)", ["Jo Li"], "KPVL"),
        ("Jo Li (Reuters)", ["Jo Li"], "Reuters"),  # the table's wire, read so before
        ("Portvale City (KPVL)", [], None),  # a place with its station's tag
        ("Jo Li (WHO)", [], None),  # an institution's initials
    ],
)
def test_names_with_a_papers_or_stations_tag_under_the_headline(byline, reporters, outlet):
    got = _under_headline(byline)
    assert (got["reporters"], got["outlet"]) == (reporters, outlet)


@pytest.mark.parametrize(
    ("note", "outlet"),
    [
        ("Republished with permission from Portvale Courier.", "Portvale Courier"),
        ("Reprinted with permission of the Houston Chronicle.", "Houston Chronicle"),
        ("This story was originally published by the Houston Chronicle.", "Houston Chronicle"),
        ("Reprinted with permission from Jo Li.", None),  # a person's permission
    ],
)
def test_a_republication_note_names_the_outlet(note, outlet):
    got = _closing(note)
    assert got["outlet"] == outlet


# A desk's byline: the organisation's name with its e-mail address, no person --------------


@pytest.mark.parametrize(
    ("byline", "outlet"),
    [
        # the table's organisation, by any address
        ("Reuters (news@thomsonreuters.com)", "Reuters"),
        ("Houston Chronicle <desk@houstonchronicle.com>", "Houston Chronicle"),
        ("WRAL (news@wral.com)", "WRAL"),
        # a name the table lacks that the address's host spells: the page's own desk
        ("The Local (news@thelocal.se)", "The Local"),
        ("The Local <news@thelocal.se>", "The Local"),
        ("The Local | news@thelocal.se", "The Local"),
        ("By The Local (news@thelocal.se)", "The Local"),
        ("Portvale Courier (news@portvalecourier.com)", "Portvale Courier"),
        ("Portvale Courier <news@portvalecourier.com>", "Portvale Courier"),
        ("The Portvale Post (news@portvalepost.com)", "The Portvale Post"),
        ("Harbour Watch (tips@mail.harbour-watch.org)", "Harbour Watch"),
    ],
)
def test_a_desk_byline_names_the_outlet(byline, outlet):
    got = _under_headline(byline)
    assert got["outlet"] == outlet
    assert got["reporters"] == []
    assert got["line_roles"][1] == "byline"


@pytest.mark.parametrize(
    "line",
    [
        # a name the table lacks at another host: whose desk it is the address does not say
        "Harbour Watch (tips@portvale.gov)",
        "The Local (news@gmail.com)",
        # a person's address (the byline's own rule), two addresses, a list
        "Send tips to news@portvalecourier.com or call the desk",
        "Portvale Courier (news@portvalecourier.com, tips@portvalecourier.com)",
    ],
)
def test_an_address_that_does_not_spell_the_name_names_no_outlet(line):
    assert _under_headline(line)["outlet"] is None
