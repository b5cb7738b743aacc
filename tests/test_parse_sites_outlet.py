"""Outlet, dateline and headline in web layouts seen across news sites (invented stories)."""

import json
from pathlib import Path

from pipeline.evaluate import gold_dev_cases
from pipeline.parse import parse_text

_STORY = (
    "The harbour board voted on Tuesday to close the old ferry pier for two years of repairs, "
    "a decision that drew protests from fishermen and cafe owners along the waterfront.\n"
    "Board chair Lena Markov said the pier had become unsafe after last winter's storms.\n"
    "The repairs are expected to cost about 40 million crowns, the board said in a statement."
)


def test_caption_with_glued_credit_is_no_headline() -> None:
    """A photo caption ending in its bracketed credit sits between the headline and the
    byline: the headline above it stays the title."""
    text = (
        "Politics\n"
        "Harbour board shuts the old ferry pier for repairs\n"
        "Fishermen gather on the old ferry pier in Porttown on Monday. (Anna Berg/AP)\n"
        "by Tomas Weller July 16 at 4:59 AM Email the author\n"
        "The harbour board voted on Tuesday to close the old ferry pier for two years of "
        "repairs, a decision that drew protests.\n"
        "Board chair Lena Markov said the pier had become unsafe after last winter's storms.\n"
    )
    assert parse_text(text)["title"] == "Harbour board shuts the old ferry pier for repairs"


def test_section_labels_are_no_headline() -> None:
    """'Xyz Perspective' and 'Opinion Interpretation of the news ...' are section chrome."""
    text = (
        "Harbourside Perspective\n"
        "Perspective Interpretation of the news based on evidence, including data, as well as "
        "anticipating how events might unfold based on past events\n"
        "The pier is closing. Porttown should have seen it coming.\n"
        "by Tomas Weller July 15 at 1:10 PM Follow @tweller\n" + _STORY
    )
    assert parse_text(text)["title"] == "The pier is closing. Porttown should have seen it coming."


def test_sidebar_stamps_and_chrome_are_no_headline() -> None:
    """A sidebar's 'by some blog - date' stamp, a bare time stamp and chrome phrases ('Go to
    permalink') are never the title; with nothing else above the story it stays empty."""
    for chrome in (
        "by harbour watch - Jul 14, 2018 2:45 pm",
        "May 31 at 3:41 PM",
        "Go to permalink",
        "Purchase: Order Reprint",
        "Email Bio Follow",
    ):
        assert parse_text(chrome + "\n" + _STORY)["title"] == "", chrome


def test_author_box_is_no_headline() -> None:
    """'Name About | Email | Archive' under the headline and deck is an author box."""
    text = (
        "Get our app for free.\n"
        "App Frontpage\n"
        "Porttown pier closure is a scandal\n"
        "Tomas Weller digs into the harbour board's books and finds more\n"
        "Published: 38 mins ago\n"
        "Tomas Weller About | Email | Archive\n"
        "Tomas Weller is a columnist and the author of three books about the coast.\n" + _STORY
    )
    assert "About" not in parse_text(text)["title"]


def test_author_name_over_the_date_is_no_headline() -> None:
    """'Jo Li' alone over the date stamp is a byline without 'By', not the headline."""
    text = "Tomas Weller\nMay 31, 2019 10:00AM (UTC)\n" + _STORY
    assert parse_text(text)["title"] == ""


def test_embedded_post_signature_is_no_outlet() -> None:
    """'— Some News (@somenews) July 15, 2018' closes an embedded social post the story
    quotes: it names no outlet of the story."""
    text = (
        "Harbour board shuts the old ferry pier\n" + _STORY + "\n"
        "The pier is closing for two years, the board says.\n"
        "— ABC News (@ABC) July 16, 2018\n"
        "Fishermen said they would protest at the next board meeting on Friday afternoon.\n"
    )
    assert parse_text(text)["outlet"] is None


def test_source_tag_without_dash_names_the_outlet() -> None:
    """A reprint opens with its source in brackets and no dash: '(Daily Wire) The ...'."""
    text = "Harbour board shuts the old ferry pier\n(Washington Examiner) " + _STORY
    assert parse_text(text)["outlet"] == "Washington Examiner"
    text = "Harbour board shuts the old ferry pier\n(Daily Wire) " + _STORY
    assert parse_text(text)["outlet"] == "The Daily Wire"
    # An unknown bracket is no source.
    text = "Harbour board shuts the old ferry pier\n(Updated) " + _STORY
    assert parse_text(text)["outlet"] is None


def test_with_wires_signoff_names_the_publishers_organisation() -> None:
    """'With Post Wires' names the paper by its short name: the publisher host's organisation
    (publishers.csv) when the short name is one of its words; nothing without a publisher."""
    text = "Harbour board shuts the old ferry pier\n" + _STORY + "\nWith Post Wires\n"
    assert parse_text(text, publisher="nypost.com")["outlet"] == "New York Post"
    assert parse_text(text, publisher="washingtonpost.com")["outlet"] == "The Washington Post"
    assert parse_text(text, publisher="bostonglobe.com")["outlet"] is None
    assert parse_text(text)["outlet"] is None


def test_colleague_credit_of_an_online_outlet() -> None:
    """'CNET's Jo Li contributed to this report.' names the outlet (organisations.csv)."""
    text = (
        "Harbour board shuts the old ferry pier\n" + _STORY + "\n"
        "CNET's Marta Lindqvist contributed to this report.\n"
    )
    assert parse_text(text)["outlet"] == "CNET"


def test_gold_dev_cases_pass_the_publisher(tmp_path: Path) -> None:
    """The evaluation gives the parser the page's site from its meta file, as the pipeline
    does (the 'With Post Wires' rule needs it)."""
    root = tmp_path / "gold_dev"
    (root / "gold").mkdir(parents=True)
    (root / "input").mkdir()
    (root / "gold" / "1.json").write_text(json.dumps({"roles": ["title"]}), encoding="utf-8")
    (root / "input" / "1.txt").write_text("0\tA headline\n", encoding="utf-8")
    (root / "input" / "1.meta.json").write_text(
        json.dumps({"id": "1", "publisher": "nypost.com"}), encoding="utf-8"
    )
    (root / "gold" / "2.json").write_text(json.dumps({"roles": ["title"]}), encoding="utf-8")
    (root / "input" / "2.txt").write_text("0\tAnother headline\n", encoding="utf-8")
    cases = {c.ident: c for c in gold_dev_cases(tmp_path, "all")}
    assert cases["1"].publisher == "nypost.com"
    assert cases["2"].publisher is None


def test_organisation_stamp_with_published_and_updated() -> None:
    """'HARBOUR DAILY Published ... | Updated ...' under the headline is the organisation's
    byline, not the headline, with both stamps on one line."""
    text = (
        "Join the Conversation\n"
        "Ferry pier to close for two years of repairs, harbour board says\n"
        "USA TODAY Published 12:42 p.m. CT July 15, 2018 | Updated 12:48 p.m. CT July 15, 2018\n"
        "CONNECT TWEET LINKEDIN COMMENTEMAILMORE\n" + _STORY + "\nRead or share this story\n"
    )
    parsed = parse_text(text.replace("\n", "\n\n"))  # paragraphs apart, as pages set them
    assert parsed["title"] == "Ferry pier to close for two years of repairs, harbour board says"
    assert parsed["outlet"] == "USA Today"


def test_organisation_under_a_repeated_headline_is_the_byline_not_a_credit():
    """A page that prints its headline again over 'The Associated Press' and a date stamp:
    the organisation is the story's byline (the outlet), not the credit of a photo."""
    text = (
        "Ferry fares to rise in the spring | Portvale Post\n"
        "Portvale.com\n"
        "Ferry fares to rise in the spring\n"
        "The Associated Press\n"
        "March 3, 2024 10:15 AM\n"
        "The harbour board approved higher ferry fares on Tuesday, ending a dispute that had "
        "run for most of the summer season.\n"
        "The board said the new fares would start in the spring, once the new pier at the "
        "north end of the bay has been finished.\n"
    )
    got = parse_text(text)
    assert got["outlet"] == "Associated Press"
    assert got["media"] == []


def test_organisation_alone_above_the_second_paragraph_is_the_byline():
    """'Associated Press' on its own line after the photo block at the top of the story, where
    the page printed the caption twice (the first copy reads as a story line)."""
    text = (
        "Ferry fares to rise in the spring\n"
        "Jo Li/Portvale Images/AP\n"
        "The new pier at the north end of the bay in 2023.\n"
        "The new pier at the north end of the bay in 2023.\n"
        "(Jo Li/Portvale Images/AP)\n"
        "Associated Press\n"
        "The harbour board approved higher ferry fares on Tuesday, ending a dispute that had "
        "run for most of the summer season.\n"
        "The board said the new fares would start in the spring, once the new pier at the "
        "north end of the bay has been finished.\n"
    )
    assert parse_text(text)["outlet"] == "Associated Press"


CORRECTED = (
    "Ferry fares to rise in Oslo\n\n"
    "{lead} The harbour board said on Tuesday it would raise fares on every route in the "
    "spring, ending a dispute that had run for most of the summer.\n\n"
    "The board said the new fares would start once the new pier has been finished.\n"
)


def test_editors_note_and_byline_before_the_dateline():
    """A corrected wire story prints the editor's note and the byline before the dateline on
    the same line: the place and the wire tag still open the story."""
    lead = (
        "(Corrects paragraph 3 to show the board met on Tuesday, not Monday) "
        "By Jo Li OSLO (Reuters) -"
    )
    got = parse_text(CORRECTED.format(lead=lead))
    assert (got["dateline_place"], got["outlet"]) == ("Oslo", "Reuters")


def test_editors_note_and_byline_before_a_placeless_wire_tag():
    lead = "(In this March 3 story, corrects the name of the board) By Jo Li (Reuters) -"
    got = parse_text(CORRECTED.format(lead=lead))
    assert (got["dateline_place"], got["outlet"]) == (None, "Reuters")


def test_a_bracketed_aside_that_is_no_editors_note_opens_no_dateline():
    lead = "(The board met in the old customs house) OSLO (Reuters) -"
    assert parse_text(CORRECTED.format(lead=lead))["dateline_place"] is None


def test_a_comma_between_the_place_and_the_wire_tag():
    got = parse_text(CORRECTED.format(lead="OSLO, (Reuters) -"))
    assert (got["dateline_place"], got["outlet"]) == ("Oslo", "Reuters")


def test_names_glued_to_their_agency_are_the_byline() -> None:
    """'Jo Li and Kim BoAssociated Press' (two lines of the page joined by the scrape): the
    byline's reporters and its outlet."""
    text = f"Harbour board closes the old ferry pier\nJo Li and Kim BoAssociated Press\n{_STORY}"
    got = parse_text(text)
    assert got["reporters"] == ["Jo Li", "Kim Bo"]
    assert got["outlet"] == "Associated Press"


def test_reporter_with_newspaper_and_handle_names_the_outlet() -> None:
    """'Jo Li The Columbus Dispatch   @JoLi' under the headline: reporter and outlet (the
    newspaper is data in organisations.csv)."""
    text = f"Harbour board closes the old ferry pier\nJo Li The Columbus Dispatch   @JoLi\n{_STORY}"
    got = parse_text(text)
    assert got["reporters"] == ["Jo Li"]
    assert got["outlet"] == "The Columbus Dispatch"


def test_trade_papers_closing_a_byline_are_the_outlet() -> None:
    """'By Jo Li | Deadline' (a Fox News copy in helsinki_dev) named no outlet: the trade
    papers Deadline, Variety and Billboard were not in the organisations table."""
    for byline, outlet in [
        ("By Tomas Weller | Deadline", "Deadline"),
        ("By Tomas Weller, Variety", "Variety"),
        ("Tomas Weller | Billboard", "Billboard"),
    ]:
        got = parse_text(
            "Harbour board shuts the old ferry pier for repairs\n" + byline + "\n" + _STORY
        )
        assert (got["reporters"], got["outlet"]) == (["Tomas Weller"], outlet), byline


def test_a_breakingviews_column_is_reuters() -> None:
    text = "Harbour board shuts the old pier\nLONDON, July 16 (Reuters Breakingviews) - "
    assert parse_text(text + _STORY)["outlet"] == "Reuters"
