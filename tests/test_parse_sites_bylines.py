"""Bylines, date lines and credited contributors in the layouts of scraped news sites
(invented pages: made-up names, places and stories in the shapes the sites use)."""

import datetime as dt

import pytest

from pipeline.parse import parse_text
from pipeline.parse.attribution import contributors
from pipeline.parse.bylines import byline_people
from pipeline.parse.dates import is_date_line
from tests.pages import roles_of

STORY = (
    "The harbour authority approved the new ferry timetable on Tuesday after months of "
    "complaints from commuters about late boats and crowded decks.\n"
    "Officials said the change would take effect next month and cost less than expected.\n"
    "Residents who spoke at the meeting welcomed the decision but asked for more evening runs."
)
HEADLINE = "Ferry timetable approved after months of complaints"


# Contributor lines ----------------------------------------------------------------------


def test_contributors_with_their_places_are_reporters():
    text = (
        f"{HEADLINE}\nBy Mara Quill\n{STORY}\n"
        "Tobias Renn in Lisbon and Ada Vell in Porto contributed to this report."
    )
    assert parse_text(text)["reporters"] == ["Mara Quill", "Tobias Renn", "Ada Vell"]


def test_contributor_with_an_initial_is_a_reporter():
    body = (
        "Quill reported from Lisbon. Associated Press writer Tobias K. Renn in Faro, "
        "Algarve, also contributed to this report."
    )
    assert contributors(body) == [("Associated Press", "Tobias K. Renn")]


def test_possessive_contributor_of_an_unknown_site_is_a_reporter():
    got = contributors("Gazettely's Ada J. Vell contributed to this report.")
    assert got == [(None, "Ada J. Vell")]


def test_contributor_beside_an_agency_is_a_reporter():
    # 'Fox News' Jo Li and The Associated Press contributed': the agency is no person, and
    # no reason to drop the person beside it.
    closing = "CBS News' Kim Bo and The Associated Press contributed to this report."
    text = f"{HEADLINE}\n{STORY}\n{closing}"
    got = parse_text(text)
    assert got["reporters"] == ["Kim Bo"]
    assert got["outlet"] == "CBS News"


def test_contributor_line_without_its_full_stop_is_a_reporter():
    text = f"{HEADLINE}\n{STORY}\nCBS News' Kim Bo contributed to this report"
    got = parse_text(text)
    assert got["reporters"] == ["Kim Bo"]
    assert got["outlet"] == "CBS News"
    assert roles_of(text)["CBS News' Kim Bo contributed to this report"] == "body"


def test_names_between_a_deck_and_a_wire_dateline_are_the_byline():
    # headline / deck / 'Jo Li and Kim Bo' / 'PORTVALE (Reuters) - ...': the names line is
    # the byline, the sentence over it the deck, and the dateline opens the story.
    text = (
        f"{HEADLINE}\n"
        "Commuters had waited months for the board to act on the evening boats.\n"
        "Jo Li and Kim Bo\n"
        "PORTVALE (Reuters) - " + STORY
    )
    got = parse_text(text)
    assert got["reporters"] == ["Jo Li", "Kim Bo"]
    assert got["dateline_place"] == "Portvale"
    assert got["outlet"] == "Reuters"
    roles = roles_of(text)
    assert roles["Commuters had waited months for the board to act on the evening boats."] == (
        "standfirst"
    )
    assert roles["Jo Li and Kim Bo"] == "byline"


# Transcripts ----------------------------------------------------------------------------


TRANSCRIPT = (
    "Email\n"
    "MARA QUILL, HOST:\n"
    "The harbour authority approved a new ferry timetable this week. Tobias Renn has been "
    "following the story from the waterfront and joins us now.\n"
    "TOBIAS RENN, BYLINE: Commuters had complained for months about late boats, and on "
    "Tuesday the authority finally agreed to add evening runs to the schedule.\n"
    "QUILL: What happens next?\n"
    "RENN: The change takes effect next month, and officials say it will cost less than they "
    "had expected when the plan was first proposed.\n"
)


def test_speaker_label_is_a_body_line_not_the_title():
    got = parse_text(TRANSCRIPT)
    assert got["title"] == ""
    assert roles_of(TRANSCRIPT)["MARA QUILL, HOST:"] == "body"
    assert "MARA QUILL, HOST:" in got["body"]


def test_byline_speaker_is_the_reporter_and_the_host_is_not():
    assert parse_text(TRANSCRIPT)["reporters"] == ["Tobias Renn"]


TWO_WAY = (
    "Email\n"
    "MARA QUILL, HOST:\n"
    "The harbour authority approved a new ferry timetable this week, and commuters say the "
    "change came far too late. We have more on the story now.\n"
    "TOBIAS RENN: Commuters had complained for months about late boats, and on Tuesday the "
    "authority finally agreed to add evening runs to the schedule.\n"
    "QUILL: What happens next?\n"
    "RENN: The change takes effect next month, and officials say it will cost less than they "
    "had expected when the plan was first proposed.\n"
    "QUILL: That's NPR's Tobias Renn. Tobias, thanks for your reporting.\n"
    "RENN: Thank you.\n"
    "Copyright © 2024 NPR. All rights reserved.\n"
)


def test_two_way_reporter_named_as_the_outlets_journalist_is_the_reporter():
    """A host talks to the story's reporter ('TOBIAS RENN:', "That's NPR's Tobias Renn"):
    the reporter is that speaker, never the host."""
    got = parse_text(TWO_WAY)
    assert got["reporters"] == ["Tobias Renn"]
    assert got["outlet"] == "NPR"


def test_interview_guest_is_no_reporter_even_a_journalist():
    """A guest on an interview programme reports nothing of this story, though a journalist
    ('my guest ... of The New York Times'), and so does a speaker named as another outlet's
    journalist."""
    guest = TWO_WAY.replace(
        "We have more on the story now.", "My guest Tobias Renn covers the harbour."
    )
    assert parse_text(guest)["reporters"] == []
    rival = TWO_WAY.replace("That's NPR's Tobias Renn", "That's The New York Times' Tobias Renn")
    got = parse_text(rival)
    assert got["reporters"] == []
    assert got["outlet"] == "NPR"


def test_an_all_caps_headline_with_a_comma_and_colon_is_no_speaker_label():
    """'X, Y: Z' in capitals is a wire headline when Y is not a speaker's role."""
    text = (
        "PORTVALE MUST CUT COSTS, KEEP REFORMS: MAYOR\n"
        "    PORTVALE, March 3 - The town must cut its costs but keep its reforms,\n"
        "the mayor told the council on Tuesday.\n"
    )
    got = parse_text(text)
    assert got["title"] == "PORTVALE MUST CUT COSTS, KEEP REFORMS: MAYOR"
    assert got["dateline_place"] == "Portvale"


# Related-story cards and syndication credits ---------------------------------------------


CARDS = (
    f"{HEADLINE}\n"
    "by Quill Notes - Mar 3, 2024 2:37 pm\n"
    "Why the ferries are always late, and what it costs the town.\n"
    "Mar 3, 2024 2:37 PM\n"
    "by Harbour Watch Capital - Mar 3, 2024 4:05 pm\n"
    "Here's how to read the new timetable\n"
    "Mar 3, 2024 4:05 PM\n"
)


def test_related_story_cards_give_no_byline_and_no_date():
    got = parse_text(CARDS + STORY)
    assert got["reporters"] == []
    assert got["published"] is None
    assert roles_of(CARDS + STORY)["by Harbour Watch Capital - Mar 3, 2024 4:05 pm"] == (
        "boilerplate"
    )


def test_byline_over_its_own_stamps_is_no_card():
    text = (
        f"{HEADLINE}\nBy Mara Quill - Mar 3, 2024 2:37 pm\nMar 3, 2024 2:37 PM\n"
        "Updated Mar 3, 2024 4:05 PM\n" + STORY
    )
    got = parse_text(text)
    assert got["reporters"] == ["Mara Quill"]
    assert got["published"] == dt.date(2024, 3, 3)


def test_authored_by_via_a_site_names_the_author():
    text = CARDS + "Authored by Ada Vell via Harbourblog.com,\n" + STORY
    got = parse_text(text)
    assert got["reporters"] == ["Ada Vell"]
    assert roles_of(text)["Authored by Ada Vell via Harbourblog.com,"] == "byline"


def test_submitted_by_names_of_a_firm_are_the_authors():
    assert byline_people("Submitted by Ada Vell and Tobias Renn of Quayside Research") == (
        ["Ada Vell", "Tobias Renn"],
        [],
    )


def test_affiliations_keep_the_organisation():
    assert byline_people("By Ada Vell of Reuters and Tobias Renn of the Lisbon Ledger") == (
        ["Ada Vell", "Tobias Renn"],
        ["Reuters"],
    )


def test_embedded_tweet_signature_is_no_byline():
    text = (
        f"{HEADLINE}\nBy Mara Quill\n{STORY}\n"
        "Big news for the harbour today, more evening runs coming soon!\n"
        "— CBS News (@CBSNews) March 3, 2024\n"
        "The authority will publish the full timetable next week, officials said."
    )
    got = parse_text(text)
    assert roles_of(text)["— CBS News (@CBSNews) March 3, 2024"] != "byline"
    assert got["outlet"] is None
    assert got["published"] is None


# Bylines in other places ----------------------------------------------------------------


def test_byline_run_into_the_dateline_ends_at_the_place():
    line = "By Mara Quill and Tobias Renn LISBON (Reuters) - The harbour authority approved"
    assert byline_people(line) == (["Mara Quill", "Tobias Renn"], ["Reuters"])


def test_byline_after_the_organisation_on_one_line():
    text = (
        f"{HEADLINE}\n"
        "news now The Associated Press — By MARA QUILL and TOBIAS RENN - Associated Press\n\n"
        + STORY
    )
    got = parse_text(text)
    assert got["reporters"] == ["Mara Quill", "Tobias Renn"]
    assert got["title"] == HEADLINE
    assert got["outlet"] == "Associated Press"


def test_name_over_the_date_stamp_is_the_byline():
    text = "Ada Vell\nMarch 3, 2024 10:00AM (UTC)\n" + STORY
    got = parse_text(text)
    assert got["reporters"] == ["Ada Vell"]
    assert got["title"] != "Ada Vell"
    assert got["published"] == dt.date(2024, 3, 3)


def test_cartoon_credited_to_a_syndication_site_is_no_byline():
    text = (
        f"{HEADLINE}\nby Mara Quill July 16 at 8:30 AM Email the author\n"
        "by Ada Vell / HarbourCartoons.com 2024\n" + STORY
    )
    got = parse_text(text)
    assert got["reporters"] == ["Mara Quill"]
    assert roles_of(text)["by Ada Vell / HarbourCartoons.com 2024"] == "credit"


@pytest.mark.parametrize(
    ("line", "reporters", "outlet"),
    [
        ("By Ada Vell / WRAL.com", ["Ada Vell"], "WRAL"),
        ("By Ada Vell/WRAL.com", ["Ada Vell"], "WRAL"),
        ("BY ADA VELL / WRAL.COM", ["Ada Vell"], "WRAL"),
        ("By Ada Vell and Mara Quill / WRAL.com", ["Ada Vell", "Mara Quill"], "WRAL"),
        ("By Ada Vell / KPVL.com", ["Ada Vell"], "KPVL.com"),  # a station the table lacks
        ("By Ada Vell / NOLA.com", ["Ada Vell"], "NOLA.com"),  # as after ',' or '|'
    ],
)
def test_a_writer_and_her_site_under_the_headline_is_the_byline(line, reporters, outlet):
    """With no byline above it, 'By X / site.com' is the story's own, not a cartoon's credit."""
    text = f"{HEADLINE}\n{line}\n" + STORY
    got = parse_text(text)
    assert roles_of(text)[line] == "byline"
    assert (got["reporters"], got["outlet"], got["media"]) == (reporters, outlet, [])


# Date lines -----------------------------------------------------------------------------


def test_month_day_and_time_without_a_year_is_a_date_line():
    assert is_date_line("May 31 at 3:41 PM")
    assert is_date_line("July 16 at 8:30 a.m. ET")
    assert not is_date_line("May 31 at the harbour")
    text = f"May 31 at 3:41 PM\n{HEADLINE}\n{STORY}"
    got = parse_text(text)
    assert got["title"] == HEADLINE
    assert got["published"] is None  # no year: no date


def test_central_time_stamp_after_an_organisation_is_a_byline_and_date():
    line = "USA TODAY Published 12:42 p.m. CT March 3, 2024 | Updated 12:48 p.m. CT March 3, 2024"
    text = f"{HEADLINE}\n{line}\n\n{STORY}"
    got = parse_text(text)
    assert got["title"] == HEADLINE
    assert got["published"] == dt.date(2024, 3, 3)
    assert roles_of(text)[line] == "byline"


def test_author_box_names_the_columnist():
    text = (
        "Harbour politics\nThe ferry timetable nobody asked for\n"
        "Published: 38 mins ago\nAda Vell About | Email | Archive\n" + STORY
    )
    got = parse_text(text)
    assert got["reporters"] == ["Ada Vell"]
    assert got["title"] != "Ada Vell About | Email | Archive"
    assert roles_of(text)["Ada Vell About | Email | Archive"] == "byline"


def test_journalists_of_several_outlets_cited_in_a_roundup_are_no_reporters():
    text = (
        f"{HEADLINE}\nBy Mara Quill\n"
        "(AP Photo/Kim Bo)\n"
        "The ferry deal came a week after the port strike ended, Reuters's Tobias Renn "
        "reported on Friday, and the union signed the new contract on Monday.\n"
        "Commuters were still angry, the Associated Press's Ada Vell reported from the quay, "
        "where the evening boats were again late.\n" + STORY
    )
    assert parse_text(text)["reporters"] == ["Mara Quill"]


def test_a_name_under_page_chrome_with_no_headline_is_the_byline():
    """With no headline found, a name alone under nothing but page chrome, right above a story
    that never uses it, is the byline (as it is right under a headline)."""
    text = (
        "For Customers\n"
        "EMEA+44 20 7000 0000\n"
        "Ada Vell\n"
        "The harbour board approved the new ferry timetable on Tuesday, ending a dispute that "
        "had run for most of the summer season.\n"
        "The board said the later sailings would start in the spring, once the new pier at the "
        "north end of the bay has been finished and inspected.\n"
        "Traders on the quay welcomed the decision, though several said the winter service "
        "would still leave the islands without a boat for most of the day.\n"
    )
    assert parse_text(text)["reporters"] == ["Ada Vell"]


def test_contributor_name_with_a_lower_case_surname_is_kept_in_title_case():
    """'writers Jo quill, Ada Vell and ...': the copy set a surname in lower case; the job
    title before the list makes it a name (unless the word is an ordinary one of the story)."""
    body = (
        "The ferries ran late again on Tuesday.\n"
        "Associated Press writers Mara quill, Tobias Renn and Ada Vell contributed to this "
        "report."
    )
    assert contributors(body) == [
        ("Associated Press", "Mara Quill"),
        ("Associated Press", "Tobias Renn"),
        ("Associated Press", "Ada Vell"),
    ]
    ordinary = body.replace("ran late", "ran as late as the quill")
    assert contributors(ordinary) == [
        ("Associated Press", "Tobias Renn"),
        ("Associated Press", "Ada Vell"),
    ]
    assert contributors("Associated Press writers Tobias Renn and several others contributed.") == [
        ("Associated Press", "Tobias Renn")
    ]


# Bylines with a stamp on one line (USA Today network pages) --------------------------------


def test_name_job_and_stamps_on_one_line_are_the_byline():
    stamp = (
        "Jo Li, Opinion contributor Published 3:15 a.m. ET July 15, 2018 | "
        "Updated 7:29 a.m. ET July 15, 2018"
    )
    # paragraphs apart, as the page sets them (a hard-wrapped line would run into the next)
    text = f"{HEADLINE}\n\n{stamp}\n\n{STORY}"
    got = parse_text(text)
    assert got["reporters"] == ["Jo Li"]
    assert got["published"] == dt.date(2018, 7, 15)
    assert roles_of(text)[stamp] == "byline"


def test_newspaper_named_without_its_article_in_a_stamp_byline():
    # 'Arizona Republic' is the table's 'The Arizona Republic' (data: organisations.csv)
    stamp = "Kim Bo , Arizona Republic Published 7:05 a.m. MT July 16, 2018"
    got = parse_text(f"{HEADLINE}\n{stamp}\n{STORY}")
    assert got["reporters"] == ["Kim Bo"]
    assert got["outlet"] == "The Arizona Republic"
    assert got["published"] == dt.date(2018, 7, 16)


def test_a_name_alone_in_capitals_under_the_headline_is_the_byline():
    """'MARA QUILL' alone under the headline, the story never naming her: the byline, set in
    capitals as some sites set it; labels and places in capitals are none."""
    page = f"{HEADLINE}\nMARA QUILL AND TOBIAS RENN\n{STORY}"
    assert parse_text(page)["reporters"] == ["Mara Quill", "Tobias Renn"]
    assert roles_of(page)["MARA QUILL AND TOBIAS RENN"] == "byline"
    for label in ("WORLD NEWS", "BREAKING NEWS", "NEW YORK", "TOP STORIES", "LOCAL POLITICS"):
        page = f"{HEADLINE}\n{label}\n{STORY}"
        assert parse_text(page)["reporters"] == [] and roles_of(page)[label] != "byline", label


def test_a_credit_under_the_byline_is_no_organisation_byline():
    """'© Getty' right under the byline (the page's chrome between them lost): the lead photo's
    credit, not the story's organisation, which an agency line there would be."""
    page = f"{HEADLINE}\nBy Mara Quill, opinion contributor\n© Getty\n{STORY}"
    got = parse_text(page)
    assert roles_of(page)["© Getty"] == "credit"
    assert got["outlet"] is None
    assert [(m["credit"], m["agencies"]) for m in got["media"]] == [("Getty", ["Getty Images"])]
    agency = parse_text(f"{HEADLINE}\nBy Mara Quill\nAssociated Press\n{STORY}")
    assert agency["outlet"] == "Associated Press"


@pytest.mark.parametrize(
    "credit",
    [
        "(Reporting by Ada Vell for Harbour News; Editing by Mara Quill)",
        "(Reporting by Ada Vell for the Thomson Reuters Foundation; Editing by Mara Quill)",
        "Reporting by Ada Vell for Reuters",
    ],
)
def test_a_closing_credit_with_whom_the_reporter_wrote_for(credit):
    """'for <outlet>' after the reporter's name left no name to read; editors stay out."""
    got = parse_text(f"{HEADLINE}\n" + STORY + "\n" + credit)
    assert got["reporters"] == ["Ada Vell"]
