"""Outlet and reporter cues around the dateline, the byline and the closing credit: an
organisation in the dateline's slot, a syndicated byline, a credit with additional reporting
and a closing author bio (invented stories; the organisations are the table's)."""

import pytest

from pipeline.parse import dateline, parse_text

_HEAD = "Harbour board shuts the old ferry pier for repairs\n\n"
_REST = (
    "\n\nBoard chair Lena Markov said the pier had become unsafe after last winter's storms."
    "\n\nThe repairs are expected to cost about 40 million crowns, the board said."
)
_OPENING = (
    "officials said on Tuesday that the harbour board would close the old ferry pier at "
    "Portvale for two years of repairs, a decision that drew protests from fishermen."
)


@pytest.mark.parametrize(
    ("opening", "outlet"),
    [
        ("NATO (Reuters) - ", "Reuters"),
        ("OPEC (Reuters) - ", "Reuters"),
        ("Nato (Reuters) - ", "Reuters"),
        ("NATO (AP) — ", "Associated Press"),
        ("EU, (Reuters) - ", "Reuters"),
        ("NATO (Reuters) ", "Reuters"),  # the tag without a dash ('(CNN) The ...')
    ],
)
def test_an_organisation_before_the_wire_tag_gives_the_outlet_and_no_place(opening, outlet):
    """'NATO (Reuters) - ...': the organisation opens the sentence in the dateline's slot, so
    it is no place, but the wire tag after it still names the story's outlet."""
    got = parse_text(_HEAD + opening + _OPENING.capitalize() + _REST)
    assert got["dateline_place"] is None
    assert got["outlet"] == outlet
    assert dateline.placeless_wire(opening + "Officials said on Tuesday") is not None


@pytest.mark.parametrize(
    "opening",
    [
        "UNITED NATIONS (Reuters) - ",  # a place of its own, not the 'UN' of the table
        "PORTVALE (Reuters) - ",
    ],
)
def test_a_place_before_the_wire_tag_stays_the_dateline(opening):
    got = parse_text(_HEAD + opening + _OPENING.capitalize() + _REST)
    assert got["dateline_place"] is not None
    assert got["outlet"] == "Reuters"


def test_an_unknown_tag_after_an_organisation_names_no_outlet():
    got = parse_text(_HEAD + "NATO (Harbour Notes) - " + _OPENING.capitalize() + _REST)
    assert (got["dateline_place"], got["outlet"]) == (None, None)


@pytest.mark.parametrize(
    "line",
    [
        "Google — The search company said on Monday it would change its advertising rules",
        "Apple — The phone maker said on Monday its profit rose",
        "Apple Inc — The phone maker said on Monday its profit rose",
        "Portvale Widgets Inc — The company said on Monday it would close a plant",
        "Kestrel Foods Ltd — The company said on Monday it would close a plant",
        "Kestrel Foods Corp. — The company said on Monday it would close a plant",
        "KESTREL FOODS INC. — The company said on Monday it would close a plant",
        "Kestrel Foods, Inc. — The company said on Monday it would close a plant",
    ],
)
def test_a_company_opening_the_story_is_no_dateline(line):
    """A company's name (from the institutions table, or any name ending in a company
    suffix such as Inc, Corp or Ltd) before the dash opens the sentence: it is no place."""
    assert dateline.find(line) is None


def test_a_company_before_the_wire_tag_gives_the_outlet_and_no_place():
    got = parse_text(_HEAD + "Kestrel Foods Inc (Reuters) - " + _OPENING.capitalize() + _REST)
    assert (got["dateline_place"], got["outlet"]) == (None, "Reuters")


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Kyiv — Delegates met on Monday", "Kyiv"),
        ("Portvale, Fla. — Delegates met on Monday", "Portvale, Fla."),
        ("INCHON — Delegates met on Monday", "Inchon"),
    ],
)
def test_places_stay_datelines_beside_company_names(line, place):
    found = dateline.find(line)
    assert found is not None and found.place == place


_SYNDICATED_STORY = (
    "PORTVALE — The harbour board voted on Tuesday to close the old ferry pier for two years "
    "of repairs, a decision that drew protests from fishermen and cafe owners."
    "\n\nBoard chair Lena Markov said the pier had become unsafe after last winter's storms."
)


@pytest.mark.parametrize(
    "byline",
    [
        "Jo Li / Los Angeles Times (TNS)",
        "Jo Li, Los Angeles Times (TNS)",
        "Jo Li\nLos Angeles Times (TNS)",  # the name and the paper on lines of their own
        "Jo Li and Kim Bo / Chicago Tribune (Tribune News Service)",
    ],
)
def test_a_syndicated_byline_names_the_reporter_and_the_paper_not_the_distributor(byline):
    """'Jo Li / Los Angeles Times (TNS)': the reporter and the paper that produced the story;
    TNS (Tribune News Service) only distributed it."""
    got = parse_text(_HEAD + byline + "\n\n" + _SYNDICATED_STORY)
    paper = "Chicago Tribune" if "Chicago" in byline else "Los Angeles Times"
    assert got["title"] == "Harbour board shuts the old ferry pier for repairs"
    assert got["reporters"] == (["Jo Li", "Kim Bo"] if "Kim Bo" in byline else ["Jo Li"])
    assert got["outlet"] == paper
    assert got["dateline_place"] == "Portvale"
    assert "credit" not in got["line_roles"]


def test_a_photo_credit_through_the_distributor_stays_a_credit():
    """'(Kim Bo/Chicago Tribune/TNS)' under a caption credits the photo: no byline."""
    text = (
        _HEAD + "Fishermen gather on the old ferry pier in Portvale on Monday. "
        "(Kim Bo/Chicago Tribune/TNS)\n\n" + _SYNDICATED_STORY
    )
    got = parse_text(text)
    assert got["reporters"] == []
    assert got["outlet"] is None
    assert "byline" not in got["line_roles"]


_WIRE_STORY = (
    "PORTVALE (Reuters) - The harbour board voted on Tuesday to close the old ferry pier for "
    "two years of repairs, a decision that drew protests from fishermen and cafe owners."
    "\n\nBoard chair Lena Markov said the pier had become unsafe after last winter's storms."
)


@pytest.mark.parametrize(
    ("credit", "reporters"),
    [
        (
            "(Reporting by Jo Li, additional reporting by Kim Bo; Editing by Ann Ray)",
            ["Jo Li", "Kim Bo"],
        ),
        (
            "(Writing by Jo Li, additional reporting by Kim Bo in Oslo, editing by Ann Ray)",
            ["Jo Li", "Kim Bo"],
        ),
        (
            "(Reporting by Jo Li in Portvale and additional reporting by Kim Bo and Lee Wu; "
            "Editing by Ann Ray and Tom Ek)",
            ["Jo Li", "Kim Bo", "Lee Wu"],
        ),
        ("Additional reporting by Kim Bo and Lee Wu", ["Kim Bo", "Lee Wu"]),
        ("Reporting by Jo Li, additional reporting by Kim Bo", ["Jo Li", "Kim Bo"]),
    ],
)
def test_additional_reporting_in_the_closing_credit_names_reporters_not_editors(credit, reporters):
    got = parse_text(_HEAD + _WIRE_STORY + "\n\n" + credit)
    assert got["reporters"] == reporters
    assert got["outlet"] == "Reuters"


@pytest.mark.parametrize(
    "bio",
    [
        "Jo Li is the author of \u201cQuiet Harbours\u201d, published in May by Kestrel Books.",
        "Jo Li is a reporter for the Portvale Ledger.",
    ],
)
def test_a_closing_author_bio_names_the_author(bio):
    """The field guide's reporters are the people credited with writing the story: a bio
    closing an essay ('Jo Li is the author of ...') presents its writer."""
    story = (
        "Why harbour towns should keep their piers\n\n"
        "Towns that keep their old piers open do better than those that close them, a new "
        "study of forty harbour towns finds.\n\nThe study looked at ferry traffic and trade."
    )
    got = parse_text(story + "\n\n" + bio)
    assert got["reporters"] == ["Jo Li"]


def test_copydesk_knowledge_points_the_parser_at_a_users_tables(tmp_path, monkeypatch):
    """A user's knowledge folder (COPYDESK_KNOWLEDGE) extends the organisations table: its
    wire tag names the outlet while it is set, and no longer once it is unset."""
    import shutil

    from pipeline.parse.knowledge import knowledge_dir

    story = _HEAD + "HELSINKI (Harbour Notes) - " + _OPENING.capitalize() + _REST
    assert parse_text(story)["outlet"] is None
    shutil.copytree(knowledge_dir(), tmp_path, dirs_exist_ok=True)
    with open(tmp_path / "organisations.csv", "a", encoding="utf-8") as fh:
        fh.write("Harbour Notes,Harbour Notes,wire\n")
    monkeypatch.setenv("COPYDESK_KNOWLEDGE", str(tmp_path))
    assert knowledge_dir() == tmp_path
    assert parse_text(story)["outlet"] == "Harbour Notes"
    monkeypatch.delenv("COPYDESK_KNOWLEDGE")
    assert parse_text(story)["outlet"] is None


@pytest.mark.parametrize(("tag", "outlet"), [("(CNN)", "CNN"), ("(Harbour Notes)", None)])
def test_a_wire_tag_alone_under_an_opening_author_bio_names_the_outlet(tag, outlet):
    """An opinion page opens with the author's bio, then the broadcaster's tag alone on its
    line over the story: a known tag names the outlet, an unknown one nothing."""
    text = (
        "Harbour board shuts the old ferry pier for repairs\n"
        "By Lena Markov\n"
        "Lena Markov is a senior lecturer at Portvale University. The opinions expressed in "
        "this commentary are her own.\n"
        f"{tag}\n" + _OPENING.capitalize() + _REST
    )
    assert parse_text(text)["outlet"] == outlet


@pytest.mark.parametrize(
    ("byline", "outlet"),
    [
        ("By Ana Berg, Vox", "Vox"),  # a short alias as the table writes it
        ("By Ana Berg, Yle News", "Yle"),
        ("By Ana Berg, The Moscow Times", "The Moscow Times"),
        ("By Ana Berg | Business Insider", "Business Insider"),
        ("By Ana Berg, The Kyiv Independent", "The Kyiv Independent"),
    ],
)
def test_an_organisation_byline_of_the_extended_table(byline, outlet):
    got = parse_text(_HEAD + byline + "\n\n" + "Officials said " + _OPENING + _REST)
    assert got["outlet"] == outlet
    assert got["reporters"] == ["Ana Berg"]


def test_a_short_alias_in_another_case_names_no_organisation():
    """'Ani' is a name: a short alias matches in capitals or as the table writes it."""
    got = parse_text(_HEAD + "By Ani Berg and Jo Vox\n\n" + "Officials said " + _OPENING + _REST)
    assert got["reporters"] == ["Ani Berg", "Jo Vox"]
    assert got["outlet"] is None


@pytest.mark.parametrize(
    ("opening", "place", "outlet"),
    [
        ("PORTVALE (RFE/RL) -- ", "Portvale", "Radio Free Europe/Radio Liberty"),
        ("NEW YORK (LPC/IFR) - ", "New York", None),  # a tag the table lacks: the place only
    ],
)
def test_a_wire_tag_with_a_slash(opening, place, outlet):
    got = parse_text(_HEAD + opening + _OPENING + _REST)
    assert got["dateline_place"] == place
    assert got["outlet"] == outlet


def test_a_copyright_line_with_both_marks_is_boilerplate_and_names_the_wire():
    got = parse_text(_HEAD + "Officials said " + _OPENING + _REST + "\n\n© Copyright 2024 Reuters")
    assert got["outlet"] == "Reuters"
    assert got["boilerplate"][-1] == {"text": "© Copyright 2024 Reuters", "rule": "copyright"}


@pytest.mark.parametrize(
    ("closing", "reporters", "outlet"),
    [
        ("Ana Berg reports for The Associated Press.", ["Ana Berg"], "Associated Press"),
        ("Lena Markov reports on Tuesday to the board.", [], None),  # the story's news
    ],
)
def test_a_closing_line_on_whom_the_author_reports_for(closing, reporters, outlet):
    got = parse_text(_HEAD + "Officials said " + _OPENING + _REST + "\n\n" + closing)
    assert got["reporters"] == reporters
    assert got["outlet"] == outlet


@pytest.mark.parametrize(
    ("tag", "outlet"),
    [
        ("KUWAIT CITY, July 16 (KUNA) --", "Kuwait News Agency"),
        ("ABU DHABI, 16th July, 2018 (WAM) --", "Emirates News Agency"),
        ("TEHRAN (IRNA) -", "Islamic Republic News Agency"),
        ("KUALA LUMPUR, July 16 (Bernama) --", "Bernama"),
        ("WARSAW (PAP) -", "Polish Press Agency"),
        ("DAMASCUS (SANA) -", "Syrian Arab News Agency"),
        ("NEW YORK (CNNMoney)", "CNN"),
    ],
)
def test_national_news_agencies_tags_name_the_outlet(tag, outlet):
    """Wire tags of national agencies (data: organisations.csv): the agency is the outlet."""
    assert parse_text(_HEAD + tag + " " + _OPENING.capitalize() + _REST)["outlet"] == outlet


# A site's page: its name in the menu over the headline, a story whose sources spoke to it.
_MENU = "The Hill\n\nNews\n\nPolicy\n\nCampaign\n\n"
_STORY = (
    "Harbour board shuts the old ferry pier for repairs\n\nBy Jo Li\n\n"
    "The harbour board will close the old ferry pier at Portvale for two years of repairs, "
    "officials said on Tuesday.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The board's chair said in a statement to The Hill that the pier was unsafe.",
        "Two fishermen told The Hill they would protest outside the board's offices.",
        "A spokesperson confirmed the closure to The Hill but declined to comment further.",
        "The plan, according to a letter first obtained by The Hill, runs to 2027.",
        "Two aides to the board chair described the plan to The Hill. One fisherman told The Hill.",
    ],
)
def test_a_source_speaking_to_the_site_that_names_itself_gives_the_outlet(sentence):
    got = parse_text(_MENU + _STORY + sentence + "\n")
    assert got["line_roles"][:6] == ["boilerplate"] * 4 + ["title", "byline"]
    assert (got["reporters"], got["outlet"]) == (["Jo Li"], "The Hill")


@pytest.mark.parametrize(
    ("page", "why"),
    [
        (_STORY + "Two fishermen told The Hill they would protest.\n", "no page chrome"),
        (
            "Axios\n\nNews\n\nPolicy\n\n"
            + _STORY
            + "Fishermen told The Hill they would protest.\n",
            "the page names another",
        ),
        (
            _MENU + _STORY + "Two fishermen told The Hill they would protest.\n\n"
            "The chair told Reuters the pier would reopen.\n",
            "two organisations",
        ),
        (_MENU + _STORY + "Two fishermen told The Hill Street Band's manager.\n", "a longer name"),
    ],
)
def test_no_outlet_from_sources_without_the_page_naming_the_same_one(page, why):
    """Stories cite other outlets' interviews ('he told Reuters on Sunday'): the page must
    name the organisation as its own, and the story no other."""
    got = parse_text(page)
    assert "title" in got["line_roles"] and got["reporters"] == ["Jo Li"]
    assert got["outlet"] is None, why


def test_the_publisher_names_the_site_its_sources_spoke_to():
    """A scrape's URL host names the site as well as its menu would: 'told The Hill' on
    thehill.com is The Hill's story; on another site it names no outlet."""
    page = _STORY + "Two fishermen told The Hill they would protest.\n"
    assert parse_text(page, publisher="thehill.com")["outlet"] == "The Hill"
    assert parse_text(page, publisher="www.huffpost.com")["outlet"] is None


_STATION_PAGE = (
    "Harbour board shuts the old ferry pier for repairs\n\n"
    "By Kelsey Brandt\n\n"
    "The harbour board voted on Tuesday to close the old ferry pier at Portvale for two years "
    "of repairs, a decision that drew protests from fishermen.\n\n"
    "{credit}\n\n"
    "Board chair Lena Markov said the pier had become unsafe after last winter's storms.\n\n"
    "{notice}\n"
)


@pytest.mark.parametrize(
    ("credit", "notice", "outlet"),
    [
        # a station's own photo, and its notice under the story: the station made the story
        ("Credit: KXRT 7", "© 2025 KXRT-TV. All Rights Reserved.", "KXRT 7"),
        ("Credit: WQLM", "Copyright 2025 WQLM. All rights reserved.", "WQLM"),
        # guards: another station's photo, or a notice with no call letters, names no outlet
        ("Credit: KXRT 7", "© 2025 WQLM-TV. All Rights Reserved.", None),
        ("Credit: KXRT 7", "© 2025 Portvale Media Group. All Rights Reserved.", None),
        ("Credit: KXRT 7", "© 2025 KXRTS Media. All Rights Reserved.", None),
    ],
)
def test_a_stations_photo_under_its_own_notice_names_the_outlet(credit, notice, outlet):
    got = parse_text(_STATION_PAGE.format(credit=credit, notice=notice))
    assert [m["agencies"] for m in got["media"]] == [[credit.removeprefix("Credit: ")]]
    assert got["outlet"] == outlet
