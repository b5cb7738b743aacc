"""Field extractors, case by case, in the formats of the field guide and the corpora."""

import datetime as dt

import pytest

from pipeline.parse import credits, credits_glued, dateline, parse_text
from pipeline.parse.attribution import closing_credit_people, in_text_people
from pipeline.parse.bylines import byline_people
from pipeline.parse.dates import find_date, is_date_line


@pytest.mark.parametrize(
    ("text", "credit", "photographers", "agencies"),
    [
        ("Photo: Evan Vucci, AP", "Evan Vucci, AP", ["Evan Vucci"], ["Associated Press"]),
        (
            "(AP Photo/Evan Vucci, File)",
            "AP Photo/Evan Vucci, File",
            ["Evan Vucci"],
            ["Associated Press"],
        ),
        (
            "Kim Lee/AFP via Getty Images",
            "Kim Lee/AFP via Getty Images",
            ["Kim Lee"],
            ["AFP", "Getty Images"],
        ),
        (
            "Michael Nagle | Bloomberg | Getty Images",
            "Michael Nagle | Bloomberg | Getty Images",
            ["Michael Nagle"],
            ["Bloomberg", "Getty Images"],
        ),
        (
            "Credit Doug Mills/The New York Times",
            "Doug Mills/The New York Times",
            ["Doug Mills"],
            ["The New York Times"],
        ),
        (
            "Photograph by Ana Ruiz / AFP / Getty",
            "Ana Ruiz / AFP / Getty",
            ["Ana Ruiz"],
            ["AFP", "Getty Images"],
        ),
        (
            "(Photo by Dan Grey, NOLA.com | The Times-Picayune)",
            "Dan Grey, NOLA.com | The Times-Picayune",
            ["Dan Grey"],
            ["NOLA.com | The Times-Picayune"],
        ),
        (
            "Jorge Silva/Pool Photo via AP, File",
            "Jorge Silva/Pool Photo via AP, File",
            ["Jorge Silva"],
            ["Associated Press"],
        ),
        ("SPUTNIK/REUTERS", "SPUTNIK/REUTERS", [], ["Sputnik", "Reuters"]),
        ("© Getty", "Getty", [], ["Getty Images"]),
        ("EPA-EFE/Petra Nowak", "EPA-EFE/Petra Nowak", ["Petra Nowak"], ["EPA"]),
    ],
)
def test_credit_formats(text, credit, photographers, agencies):
    assert credits.is_credit_line(text)
    got = credits.read(text)
    assert (got.credit, list(got.photographers), list(got.agencies)) == (
        credit,
        photographers,
        agencies,
    )


@pytest.mark.parametrize(
    "line",
    [
        "The president met the Associated Press on Monday to discuss the plan.",
        "Officials said the fire was under control by evening.",
        "Reuters reported the deal first, citing three people familiar with it.",
    ],
)
def test_sentences_mentioning_agencies_are_not_credit_lines(line):
    assert not credits.is_credit_line(line)


def test_glued_credits_split_from_captions_and_sentences():
    assert credits_glued.split_glued(
        "A couple waits for a table on Saturday. (Photo by Dan Grey, NOLA.com | The Times-Picayune)"
    ) == (
        "A couple waits for a table on Saturday.",
        "Photo by Dan Grey, NOLA.com | The Times-Picayune",
    )
    text = "He said she was much older.Photo by Ann Burt/Getty Images."
    assert credits_glued.split_glued(text) == (
        "He said she was much older.",
        "Photo by Ann Burt/Getty Images",
    )
    assert credits_glued.split_glued("He said the photo was taken by a friend.") is None


@pytest.mark.parametrize(
    ("line", "place", "wire"),
    [
        ("Kyiv — Ukrainian and Russian delegates met", "Kyiv", None),
        ("HELSINKI (AP) - Trump and Putin met", "Helsinki", "AP"),
        (
            "WEST PALM BEACH, Fla./WASHINGTON (Reuters) - The",
            "West Palm Beach, Fla./Washington",
            "Reuters",
        ),
        ("BEIJING: China said on Monday", "Beijing", None),
        ("SALVADOR, Feb 26 - Showers continued", "Salvador", None),
        ("KANSAS CITY, Mo. (AP) — A man was", "Kansas City, Mo.", "AP"),
        ("NAGS HEAD, N.C. — A storm", "Nags Head, N.C.", None),
        # a title-case place with a known wire tag takes a plain hyphen, not only a long dash
        ("Paris (AFP) - The harbour board met on Tuesday", "Paris", "AFP"),
        ("Lisbon, Portugal (Reuters) - Dock workers voted", "Lisbon, Portugal", "Reuters"),
        # the story right after a known tag, with no dash (CNN's style), spaced or glued
        ("Washington (CNN) The harbour board met on Tuesday", "Washington", "CNN"),
        ("NEW YORK (CNN)The harbour board met on Tuesday", "New York", "CNN"),
        ("Chappaqua, New York (CNN) The board met", "Chappaqua, New York", "CNN"),
        # capitals beyond ASCII
        ("SÃO PAULO (Reuters) - Dock workers voted", "São Paulo", "Reuters"),
        ("ZÜRICH, Switzerland — The harbour board met", "Zürich, Switzerland", None),
        ("Kraków — The harbour board met on Tuesday", "Kraków", None),
        # short capitals that are places, not organisations; a particle opens a place in capitals
        ("KYIV — Ukrainian and Russian delegates met", "Kyiv", None),
        ("OSLO — The harbour board met", "Oslo", None),
        ("WEST PALM BEACH, Fla. — The harbour board met", "West Palm Beach, Fla.", None),
        ("UNITED NATIONS (AP) — The council voted", "United Nations", "AP"),
        ("LA PAZ, Bolivia — The harbour board met", "La Paz, Bolivia", None),
        # a probe of 27 more forms: these four were missed or miscased
        ("MOSCOW, July 16. /TASS/. The harbour board met", "Moscow", "TASS"),
        ("HELSINKI (AP) _ The harbour board met", "Helsinki", "AP"),
        ("Washington, DC — The harbour board met", "Washington, DC", None),
        ("RICHMOND, VA — The harbour board met", "Richmond, VA", None),
        # a survey of the places found: 'DC' without the comma was title-cased; AP's state
        # abbreviations in capitals are title-cased as they should be
        ("WASHINGTON DC — The harbour board met", "Washington DC", None),
        ("OAK BROOK, ILL., March 3 - The harbour board met", "Oak Brook, Ill.", None),
        # wire copy typed in haste (Reuters-21578: 456 of 19,042 datelines were missed so): a
        # month in capitals or in lower case, a hyphen glued to the day, a space before a comma
        ("HARBOURTON, MARCH 2 - Shares of Quay Ferries rose", "Harbourton", None),
        ("HARBOURTON, Mass., FEb 26 - Qtly div 35 cts vs 35 cts prior", "Harbourton, Mass.", None),
        ("PORTVALE, march 4 - Shr 17 cts vs 15 cts", "Portvale", None),
        ("PORTVALE, Feb 26- Shr 1.11 dlrs vs 1.04 dlrs", "Portvale", None),
        ("PORTVALE, Wis., March 2- Oper shr 18 cts vs 51 cts", "Portvale, Wis.", None),
        ("HARBOURTON , N.J., March 2 - Quay Ferries said", "Harbourton, N.J.", None),
        ("Portvale, FEB 26 - The harbour board met", "Portvale", None),
        # a place's lower-case particles, hyphens, abbreviations and four words
        ("Rio de Janeiro — The carnival opened on Friday", "Rio de Janeiro", None),
        ("Rio de Janeiro (AP) — The carnival opened on Friday", "Rio de Janeiro", "AP"),
        ("Dar es Salaam — Ferries stopped on Friday", "Dar es Salaam", None),
        ("Frankfurt am Main — The bank said on Friday", "Frankfurt am Main", None),
        ("Port-au-Prince — Aid arrived on Friday", "Port-au-Prince", None),
        ("Stratford-upon-Avon — The theatre reopened", "Stratford-upon-Avon", None),
        ("St. Petersburg, Russia — The bridge opened", "St. Petersburg, Russia", None),
        ("Ho Chi Minh City — Exports rose in March", "Ho Chi Minh City", None),
        # 'The' opens most such lines as a sentence; a place of places.csv is a place
        ("The Hague — The court ruled on Friday", "The Hague", None),
        ("THE HAGUE, Netherlands (AP) — The court ruled", "The Hague, Netherlands", "AP"),
        ("THE HAGUE, April 9 - Net profit rose", "The Hague", None),
        # a day as an ordinal
        ("ABU DHABI, 16th July, 2018 (WAM) -- The ministry said", "Abu Dhabi", "WAM"),
        ("Dubai, 1st March 2019 (WAM) -- The ministry said", "Dubai", "WAM"),
        ("LONDON, July 16th (Reuters) - The bank said", "London", "Reuters"),
        ("MOSCOW, July 2nd - The ministry said", "Moscow", None),
        # a line all in capitals keeps its dateline where a wire tag or a day stands
        ("OSLO (AP) — NORWAY WINS THE VOTE", "Oslo", "AP"),
        ("SALVADOR, FEB 26 - SHR 27 CTS VS 25 CTS", "Salvador", None),
        ("BEIJING - 中国外交部周一表示", "Beijing", None),  # no case after the dash
    ],
)
def test_datelines(line, place, wire):
    assert dateline.find(line) == dateline.Dateline(place, wire)


@pytest.mark.parametrize(
    "line",
    [
        "The president - who spoke late - said",
        "President Trump - said",
        "U.S. officials said",
        "In a statement: the agency said",
        "I - have",
        "UPDATE: the talks resumed",
        "Yesterday — as expected — the board voted",
        "Meanwhile — and this matters — the fleet waited",
        "Finally -- after two years -- the quay opens",
        "US: ISIS did not use the weapon in the attack",  # a headline's topic label
        "Springfield (Ill) The board met",  # a tag that names no organisation, no dash
        "Jo Li (D) Said on Tuesday",
        # an organisation opening the sentence is no place (data: institutions.csv and the
        # organisations table)
        "NATO — The alliance said on Monday it would send more ships",
        "NATO - The alliance said on Monday",
        "NATO: The alliance said on Monday",
        "EU — Ministers agreed on Monday to extend the sanctions",
        "OPEC — Oil producers agreed to cut output",
        "FBI — Agents searched the house on Monday",
        "NAACP: The group said the law was unfair",
        "USA TODAY — The paper said on Monday",
        # a month's name in capitals is a day only before its number; a hyphen glued to a
        # number opens no story unless a date stands before it
        "GROUP 4- The harbour board met",
        "Portvale, may be - the board said",
        # 'The' opens most lines before a dash as a sentence (not 'The Hague', a place)
        "The mayor — The town said the pier would close",
        "The council — and there were many — said no",
        "Rio de janeiro is hot — The heat rose",  # lower case where a place's word goes
        # a headline in capitals: no lower-case letter on the line, no wire tag, no day
        "OBAMA CANCELED IT, TRUMP REINSTATED IT – A VERY SACRED DAY IS BACK -",
        "FOB RIVER - CLOSE      APRIL 6",  # a market table's row
    ],
)
def test_ordinary_first_sentences_are_not_datelines(line):
    assert dateline.find(line) is None


def test_an_organisation_opening_the_story_gives_no_dateline():
    """'NATO — The alliance said ...' as the story's first paragraph: no dateline place, and
    the paragraph stays the story's first."""
    got = parse_text(
        "Alliance to send more ships to the Baltic\n\nNATO — The alliance said on Monday it "
        "would send more ships to the Baltic Sea after a week of drills near Portvale.\n"
    )
    assert got["dateline_place"] is None
    assert got["title"] == "Alliance to send more ships to the Baltic"
    assert got["body"].startswith("NATO — The alliance said")


def test_a_page_title_in_capitals_that_reads_as_a_dateline_stays_the_title():
    """Read as a dateline ('PORT CLOSED, FERRIES STOPPED –' a place with its region), the page
    title went to the boilerplate and a source line under it became the title."""
    got = parse_text(
        "PORT CLOSED, FERRIES STOPPED – A LONG WINTER IS BACK -\n"
        "According to harbourwatch:\n"
        "Port Closed, Ferries Stopped – A Long Winter Is Back.\n"
        "The harbour board did not want to upset anyone, so the ferries stay in. not for long.\n"
        "The board told the town on Monday that the ferries will not sail to Portvale before "
        "March, the third winter running.\n"
    )
    assert got["title"] == "PORT CLOSED, FERRIES STOPPED – A LONG WINTER IS BACK -"
    assert got["dateline_place"] is None
    assert got["line_roles"] == ["title", "boilerplate", "boilerplate", "body", "body"]


def test_an_organisation_with_a_region_alone_is_no_dateline():
    assert dateline.alone("NATO, Brussels") is None
    assert dateline.alone("GLASGOW, Scotland") == dateline.Dateline("Glasgow, Scotland", None)


TITLE = "Harbour authority approves the new ferry timetable\n\n"
STORY_REST = " The harbour authority approved the timetable on Tuesday after months of complaints."


@pytest.mark.parametrize(
    ("opening", "outlet"),
    [
        ("(Reuters) -", "Reuters"),
        ("(AP) —", "Associated Press"),
        ("(Harbour Weekly Gazette) -", None),  # a tag the organisations table does not know
        ("(In a story on Monday, corrects the date)", None),  # a note, not a wire tag
    ],
)
def test_a_wire_tag_without_a_place_names_the_outlet(opening, outlet):
    got = parse_text(TITLE + opening + STORY_REST)
    assert got["outlet"] == outlet
    assert got["dateline_place"] is None


@pytest.mark.parametrize(
    ("line", "people", "orgs"),
    [
        ("By Ann Maloney", ["Ann Maloney"], []),
        ("By JILL COLVIN Associated Press", ["Jill Colvin"], ["Associated Press"]),
        (
            "By John Bird and John Hannah, opinion contributors — 07/15/18 02:45 PM EDT",
            ["John Bird", "John Hannah"],
            [],
        ),
        ("By Ann Lee, Bo Chan and Cy Dorn", ["Ann Lee", "Bo Chan", "Cy Dorn"], []),
        ("By Reuters", [], ["Reuters"]),
        ("From CNN's Jeff Zeleny", ["Jeff Zeleny"], ["CNN"]),
    ],
)
def test_bylines(line, people, orgs):
    assert byline_people(line) == (people, orgs)


def test_closing_credit_gives_reporters_not_editors():
    text = (
        "(Reporting by Cate Cadell; Additional reporting by Kevin Yao in Beijing; "
        "Editing by Kim Coghill)"
    )
    assert closing_credit_people(text) == ["Cate Cadell", "Kevin Yao"]


def test_in_text_attribution_needs_a_reporting_verb():
    assert in_text_people("but CBS News’ Haley Ott reported that talks ended") == [
        ("CBS News", "Haley Ott")
    ]
    assert in_text_people("CBS News correspondent Elizabeth Palmer says Putin") == [
        ("CBS News", "Elizabeth Palmer")
    ]
    assert in_text_people("“It is stunning,” CNN's Kaitlan Collins said.") == []


def test_dates_from_stamps_only():
    assert find_date("July 16, 2018 at 6:01 AM") == dt.date(2018, 7, 16)
    assert find_date("— 07/15/18 02:45 PM EDT") == dt.date(2018, 7, 15)
    assert is_date_line("Updated") and is_date_line("19 min ago")
    assert not is_date_line("The summit was held on July 16, 2018 in Helsinki, officials said.")


STORY_UNDER_STAMPS = (
    "The harbour board will close the old ferry pier at Portvale for two years of repairs, "
    "a decision that drew protests from fishermen, officials said on Monday.\n"
    "Board chair Lena Markov said the pier had become unsafe after last winter's storms.\n"
)


@pytest.mark.parametrize(
    "stamp",
    [
        "Jul. 16, 2018 / 9:38 AM / Updated 2 hours ago",  # Reuters' site
        "JULY 16, 2018 / 9:38 AM / 2 HOURS AGO",
        "Updated: 16/07/2018 09:38",  # the day first: 16 is no month
        "16 July 2018 • 9:38am",
    ],
)
def test_stamp_forms_that_were_left_undated(stamp):
    """Each was no date line: a relative age, a glued 'am' or a bullet read as words (the
    capitals one became the headline), and a day over 12 first read as a bad month."""
    got = parse_text("Harbour board shuts the old ferry pier\n" + stamp + "\n" + STORY_UNDER_STAMPS)
    assert got["published"] == dt.date(2018, 7, 16)
    assert got["title"] == "Harbour board shuts the old ferry pier"
    assert got["line_roles"][1] == "date"


def test_a_month_first_slash_date_stays_month_first():
    assert find_date("07/06/2018") == dt.date(2018, 7, 6)
    assert find_date("13/13/2018") is None


@pytest.mark.parametrize(
    "stamps",
    [
        ["Update on July 20, 2018 at 8:10AM PT:", "Originally published on July 16, 2018:"],
        ["Updated", "July 20, 2018 at 7:08 AM", "; Posted", "July 16, 2018 at 6:57 AM"],
    ],
)
def test_the_first_publication_wins_over_an_earlier_printed_update(stamps):
    text = "Harbour board shuts the old ferry pier\n" + "\n".join(stamps) + "\n"
    assert parse_text(text + STORY_UNDER_STAMPS)["published"] == dt.date(2018, 7, 16)


def test_an_update_stamp_alone_dates_the_story():
    """gold_dev 113: the only stamp is the update's, and it is taken."""
    text = "Harbour board shuts the old ferry pier\nUpdated July 20, 2018 at 6:01 AM\n"
    assert parse_text(text + STORY_UNDER_STAMPS)["published"] == dt.date(2018, 7, 20)


def test_caption_dates_never_become_published():
    text = (
        "Storm closes bridge\n\nA storm closed the bridge on Monday, officials said, and"
        " it will stay shut.\n\nWorkers inspect the bridge on March 3, 2024.\n\n"
        "Photo: Ann Lee, AP\n\nThe bridge carries 20,000 cars a day, the city said."
    )
    got = parse_text(text)
    assert got["published"] is None
    assert got["media"][0]["caption"] == "Workers inspect the bridge on March 3, 2024."


def test_hard_wrapped_reuters_body_is_rejoined_into_paragraphs():
    text = (
        "ACME CORP SEES HIGHER NET\n\n"
        "NEW YORK, March 3 - Acme Corp said it expects first quarter\n"
        "net income to rise to between 42 and 45 cts per share from 31 cts\n"
        "a year earlier, helped by stronger sales of frozen dinners.\n"
        "    The company said revenues for the quarter should reach\n"
        "about 212 mln dlrs, up from 188.4 mln dlrs in the year-ago\n"
        "period, and that margins would widen as costs eased.\n"
        " Reuter\n"
    )
    got = parse_text(text)
    assert got["title"] == "ACME CORP SEES HIGHER NET"
    assert got["body"].split("\n\n") == [
        "NEW YORK, March 3 - Acme Corp said it expects first quarter net income to rise to "
        "between 42 and 45 cts per share from 31 cts a year earlier, helped by stronger sales "
        "of frozen dinners.",
        "The company said revenues for the quarter should reach about 212 mln dlrs, up from "
        "188.4 mln dlrs in the year-ago period, and that margins would widen as costs eased.",
    ]
    assert got["dateline_place"] == "New York"
    assert got["outlet"] == "Reuters"
    assert len(got["line_roles"]) == 8


def test_a_wrap_after_a_compounds_hyphen_rejoins_the_word_without_a_space():
    """Python's textwrap breaks after hyphens ('well-' / 'known'); a spaced dash at a line's
    end ('cuts -') is punctuation and keeps its space, as does a doubled one ('--')."""
    text = (
        "Ferry operator cuts winter routes\n\n"
        "HELSINKI (Reuters) - The long-standing ferry operator said on Monday it\n"
        "would cut two of its best-known winter routes across the Gulf of well-\n"
        "known Finland after what the company called a difficult 2019-\n"
        "2023 slump in bookings, the latest in a series of cuts -\n"
        "and that talks with the state-owned port on its short- and medium-\n"
        "to long-term contracts and its end-to-end booking would resume in March--\n"
        "officials said, though nothing had been agreed so far this year.\n"
    )
    (body,) = parse_text(text)["body"].split("\n\n")
    assert "Gulf of well-known Finland after what the company called a difficult 2019-2023" in body
    assert "a series of cuts - and that talks" in body
    assert "resume in March-- officials said" in body
    assert "its short- and medium- to long-term contracts" in body  # suspended hyphens


def test_capitalised_place_alone_between_stamp_and_story_is_the_dateline():
    # 'By Jo Li, AP' / 'July 14, 2018 04:22 PM' / 'PORTVALE' / the story
    story = (
        "The harbour authority approved the new ferry timetable on Tuesday after months of "
        "complaints from commuters about late boats and crowded decks."
    )
    head = "Ferry timetable approved\nBy Jo Li, Associated Press\nJuly 14, 2018 04:22 PM\n"
    assert parse_text(head + "PORTVALE\n" + story)["dateline_place"] == "Portvale"
    # a section label or a line elsewhere is no dateline
    assert parse_text(head + "UPDATE\n" + story)["dateline_place"] is None
    assert parse_text("Ferry timetable approved\nPORTVALE\n" + story)["dateline_place"] is None


def test_a_sentence_of_the_story_that_is_a_date_is_no_date_line():
    """'It’s November 24, 1971.' sets a scene in a feature: an event, never `published`."""
    assert not is_date_line("It’s November 24, 1971.")
    assert not is_date_line("It's November 24, 1971.")
    assert is_date_line("Monday, November 24, 2025")
    text = (
        "The night the harbour froze\n\n"
        "The town still talks about the winter the harbour froze solid.\n"
        "Fishermen walked out to their boats across the ice for a week.\n"
        "It’s November 24, 1971.\n"
        "The ferry is stuck at the pier and the mayor is on the radio asking for calm.\n"
    )
    assert parse_text(text)["published"] is None


@pytest.mark.parametrize(
    ("stamp", "published"),
    [
        ("Updated less than 1 min ago7:20 a.m. ET, July 16, 2018", dt.date(2018, 7, 16)),
        ("less than 1 min ago5:43 a.m. ET, July 16, 2018", dt.date(2018, 7, 16)),
        ("less than 1 min ago", None),
    ],
)
def test_a_live_blogs_stamps_and_its_expand_button(stamp, published):
    """A live blog (CNN's) stamps the page and each post, a relative time glued to the clock
    time; 'Expand' opens a post, whose headline is story, not a photo's caption."""
    text = (
        "Harbour vote live\n"
        f"{stamp}\n"
        f"{STORY_UNDER_STAMPS}"
        "Expand\n"
        "The board and the fishermen already agree on one thing\n"
        "From Jo Li in Portvale\n"
        "Both sides said on Monday that the old pier could not stay open through another winter.\n"
    )
    got = parse_text(text)
    assert got["line_roles"][1] == "date"
    assert got["published"] == published
    assert got["line_roles"][4:6] == ["boilerplate", "body"]
    assert got["media"] == []
    assert "already agree on one thing" in got["body"]
