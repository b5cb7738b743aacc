"""House styles of sites the corpora lack (a probe of 48 invented pages of US, European, Asian,
African and Australian sites, 2026-12-04): stamps, captions, bylines and page chrome that
took the headline, lost the story or named the wrong people. Every text here is invented."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pipeline.parse import parse_text
from pipeline.parse.bylines import byline_people
from pipeline.parse.credits_glued import split_glued
from pipeline.parse.dates import find_date, is_date_line
from tests.pages import roles_of

HEADLINE = "Council approves new parking rules for the city centre"
P1 = (
    "The city council on Tuesday approved a package of parking rules for the centre, after a "
    "debate that ran for more than six hours and drew dozens of residents to the chamber."
)
P2 = (
    "Under the plan, drivers would pay more for spaces near the station, while the money raised "
    "would go towards new bus routes and safer crossings, the council's transport chief said."
)


def roles(text: str) -> list[str]:
    return list(parse_text(text)["line_roles"])


@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        ("Mon Jul 15 2024 - 14:03", dt.date(2024, 7, 15)),  # Irish Times
        ("Issued on: 15/07/2024 - 14:03Modified: 15/07/2024 - 16:20", dt.date(2024, 7, 15)),
        ("07/15/2024July 15, 2024", dt.date(2024, 7, 15)),  # two stamps glued
        ("March 12, 20255:01 AM ET", dt.date(2025, 3, 12)),  # the year glued to the time
        ("Published Wed, Mar 12 20255:00 AM EDT", dt.date(2025, 3, 12)),
        ("Published : Feb. 3, 2025 - 14:32", dt.date(2025, 2, 3)),
        ("Mar 12, 2025 - Politics & Policy", dt.date(2025, 3, 12)),  # Axios
        ("Updated - July 22, 2024 08:41 pm IST - NEW DELHI", dt.date(2024, 7, 22)),
    ],
)
def test_stamps_of_more_sites_date_the_story(stamp: str, day: dt.date) -> None:
    assert is_date_line(stamp)
    parsed = parse_text(f"{HEADLINE}\nBy Jo Li\n{stamp}\n{P1}\n{P2}")
    assert parsed["published"] == day
    assert parsed["title"] == HEADLINE
    assert parsed["line_roles"][:3] == ["title", "byline", "date"]


@pytest.mark.parametrize(
    "line",
    [
        "June 5, 2024 - Remembering the Fallen of Normandy Beach",  # a label runs too long
        "The Jury Found Him Guilty - June 5, 2024",
        "The vote on 12/03/2024 passed",
    ],
)
def test_a_headline_with_a_date_is_no_stamp(line: str) -> None:
    assert not is_date_line(line)


def test_a_number_run_into_a_year_is_no_date() -> None:
    assert find_date("1/2/2024/5") is None
    assert find_date("order 20255 of March 12, 2025") == dt.date(2025, 3, 12)


@pytest.mark.parametrize(
    ("line", "credit", "photographers", "agencies"),
    [
        ("... on Monday (Getty Images)", "Getty Images", [], ["Getty Images"]),  # Independent
        ("... on Monday (Liam Dowd/PA) (PA Wire)", "Liam Dowd/PA", ["Liam Dowd"], ["PA"]),
        ("... on Monday (PA Wire)", "PA Wire", [], ["PA"]),
        ("... in 2023. PHOTO: REUTERS", "REUTERS", [], ["Reuters"]),  # Straits Times
        ("... on Monday. Pic: Reuters", "Reuters", [], ["Reuters"]),  # Sky News
        ("... on Monday. File pic: PA", "PA", [], ["PA"]),
        ("... July 15, 2024. © Ana Ruiz, AFP", "Ana Ruiz, AFP", ["Ana Ruiz"], ["AFP"]),
        ("... on Friday. | Kyodo", "Kyodo", [], ["Kyodo"]),  # Japan Times
        ("... last week. (AAP: Toby Marsh)", "AAP: Toby Marsh", ["Toby Marsh"], None),
        # the NZ Herald's label with a slash; a labelled acronym; a copyright sign after a year;
        # a photographer and an agency the table lacks in brackets (the Times of Israel's)
        ("... on Monday. Photo / Ivo Berg", "Ivo Berg", ["Ivo Berg"], []),
        ("... on Monday. Photo / Supplied", "Supplied", [], []),
        ("... on Tuesday. Photo: NEMA", "NEMA", [], ["NEMA"]),
        (
            "... at the depot in 2023 © Ivo Berg/AFP via Getty Images",
            "Ivo Berg/AFP via Getty Images",
            ["Ivo Berg"],
            ["AFP", "Getty Images"],
        ),
        ("... on April 7, 2025. (Ivo Berg/Flash90)", "Ivo Berg/Flash90", ["Ivo Berg"], ["Flash90"]),
        # a paper's design desk made the montage: no photographer, no agency
        (
            "... in February. Composite: Ledger Design/Getty Images",
            "Ledger Design/Getty Images",
            [],
            ["Getty Images"],
        ),
        # a broadcaster's local station the table lacks (ABC Australia's regional newsrooms)
        (
            "... last week. (ABC Riverina: Ivo Berg)",
            "ABC Riverina: Ivo Berg",
            ["Ivo Berg"],
            ["ABC Riverina"],
        ),
        (
            "... on Monday. (SBS Punjabi: Ana Ruiz Toro)",
            "SBS Punjabi: Ana Ruiz Toro",
            ["Ana Ruiz Toro"],
            ["SBS Punjabi"],
        ),
        ("... on Monday. (Lerato Dube/News24)", "Lerato Dube/News24", ["Lerato Dube"], ["News24"]),
        (
            "... on Monday. (Gallo Images/Sipho Ndaba)",
            "Gallo Images/Sipho Ndaba",
            ["Sipho Ndaba"],
            ["Gallo Images"],
        ),
        ("... on Monday. (PTI Photo)", "PTI Photo", [], None),
        (
            "... on Monday. (Express Photo by Amit Rao)",
            "Express Photo by Amit Rao",
            ["Amit Rao"],
            None,
        ),
        ("... gather near Merowe [Reuters]", "Reuters", [], ["Reuters"]),  # Al Jazeera
        ("... on Monday. Photo: Supplied", "Supplied", [], []),
        # a paper's photo label after a dash (the Inquirer: many papers' short name, so the
        # paper's own page alone reads it as the Philippine Daily Inquirer), a label in capitals
        # in square brackets (Premium Times), an agency the table holds after a dash (Dawn)
        (
            "... on Monday. —INQUIRER PHOTO / RAMIL SOLIS",
            "INQUIRER PHOTO / RAMIL SOLIS",
            ["Ramil Solis"],
            ["Inquirer"],
        ),
        ("... in Kano State [PHOTO CREDIT: Daily Trust]", "Daily Trust", [], ["Daily Trust"]),
        ("... on Monday. — PPI", "PPI", [], ["Pakistan Press International"]),
        # a photographer alone after 'Credit:' glued to the sentence (the Sydney Morning Herald)
        ("... on Monday.Credit: Max Lindqvist", "Max Lindqvist", ["Max Lindqvist"], []),
    ],
)
def test_caption_credits_of_more_sites(
    line: str, credit: str, photographers: list[str], agencies: list[str] | None
) -> None:
    caption = "Residents queue for water at a depot in the east of the city" + line[3:]
    text = f"{HEADLINE}\nBy Jo Li\n{P1}\n{caption}\n{P2}"
    parsed = parse_text(text)
    assert parsed["line_roles"][3] == "caption"
    (photo,) = parsed["media"]
    assert photo["credit"] == credit
    assert photo["photographers"] == photographers
    if agencies is not None:
        assert photo["agencies"] == agencies
    assert parsed["body"] == f"{P1}\n\n{P2}"


@pytest.mark.parametrize(
    "line",
    [
        "The senate passed the bill on a vote of 51 to 49 (Reuters)",  # a source, not a photo
        "Will the bill pass the Senate this week? | Reuters",  # a page title's site
        "He said the copyright belonged to the firm. © 2024 The Firm Ltd",
        "The chain's mascot was a cartoon dog (NBC: Global arbiter of good taste!)",
        "The stake was sold to the bank last year. Credit Suisse Group",  # no label's colon
        # no person before the slash: the story's aside, not a photographer's credit
        "The request went to two offices at once. (Transport Department/Harbour Police)",
        # an acronym and a word before a colon, but no sentence ends before the bracket
        "The stake passed to the fund (IMF Executive Board: Ana Ruiz)",
    ],
)
def test_lines_that_end_like_credits_keep_their_text(line: str) -> None:
    assert split_glued(line) is None


def test_a_caption_with_a_papers_photo_label_over_the_headline_is_no_headline() -> None:
    text = (
        "Residents queue for water at a depot on Monday. —INQUIRER PHOTO / RAMIL SOLIS\n"
        f"{HEADLINE}\nBy Jo Li\n{P1}\n{P2}"
    )
    parsed = parse_text(text)
    assert parsed["title"] == HEADLINE
    assert parsed["line_roles"][:3] == ["caption", "title", "byline"]
    assert parsed["media"][0]["photographers"] == ["Ramil Solis"]


def test_a_by_glued_to_the_name_is_no_part_of_it() -> None:
    parsed = parse_text(f"{HEADLINE}\nByMeredith Calloway, Dev Anand and Sasha Ruiz\n{P1}\n{P2}")
    assert parsed["reporters"] == ["Meredith Calloway", "Dev Anand", "Sasha Ruiz"]
    assert parse_text(f"{HEADLINE}\nByron Smith\n{P1}\n{P2}")["reporters"] == ["Byron Smith"]


@pytest.mark.parametrize(
    ("byline", "names", "organisations"),
    [
        ("By ITV News Deputy Political Editor Anna Whitfield", ["Anna Whitfield"], ["ITV"]),
        ("By BBC political editor Chris Mason", ["Chris Mason"], ["BBC"]),
        ("By Reporter Jo Li and Kim Bo", ["Jo Li", "Kim Bo"], []),
        ("By Jo Li, Political Editor", ["Jo Li"], []),  # (the post after the name, as before)
    ],
)
def test_a_post_before_the_name_is_no_part_of_it(
    byline: str, names: list[str], organisations: list[str]
) -> None:
    assert byline_people(byline) == (names, organisations)


def test_a_writer_label_in_capitals_names_the_organisation() -> None:
    """The Bangkok Post's 'WRITER: AFP' under its stamps: an organisation byline."""
    text = f"{HEADLINE}\nPUBLISHED : 5 Mar 2025 at 16:44\nWRITER: AFP\n{P1}\n{P2}"
    parsed = parse_text(text)
    assert parsed["line_roles"][:3] == ["title", "date", "byline"]
    assert (parsed["outlet"], parsed["reporters"]) == ("AFP", [])


@pytest.mark.parametrize("stamp", ["Today at 21:30", "Yesterday, 9.05am", "Today 21:30 GMT"])
def test_a_stamp_relative_to_the_day_read_is_a_date_line_without_a_date(stamp: str) -> None:
    assert is_date_line(stamp)
    text = f"{HEADLINE}\nCormac O'Donnell\n{stamp}\n{P1}\n{P2}"
    parsed = parse_text(text)
    assert parsed["line_roles"][:3] == ["title", "byline", "date"]
    assert parsed["reporters"] == ["Cormac O'Donnell"]
    assert parsed["published"] is None


@pytest.mark.parametrize("line", ["Today we went to the market.", "Yesterday at the station"])
def test_a_sentence_opening_with_today_is_no_stamp(line: str) -> None:
    assert not is_date_line(line)


def test_a_videos_report_credit_under_the_stamp_is_no_headline() -> None:
    text = (
        f"Politics\n{HEADLINE}\nBy ITV News Deputy Political Editor Anna Whitfield\n"
        f"Tuesday 4 March 2025 at 6:52pm\n"
        f"Video report by ITV News Deputy Political Editor Anna Whitfield\n{P1}\n{P2}"
    )
    parsed = parse_text(text)
    assert parsed["title"] == HEADLINE
    assert parsed["reporters"] == ["Anna Whitfield"]
    assert parsed["line_roles"][4] != "body"


@pytest.mark.parametrize(
    "byline", ["By Staff Reporter", "By Our Correspondent", "By Agencies", "by Agency Report"]
)
def test_a_byline_without_names_holds_the_byline_slot(byline: str) -> None:
    """A newsroom's unnamed byline (Premium Times' 'by Agency Report') stands under the
    headline as a named one does: the line over it is the headline, not page chrome."""
    text = f"Top News\n{HEADLINE}\n{byline}\nMarch 5, 2025\n{P1}\n{P2}"
    parsed = parse_text(text)
    assert parsed["line_roles"][1:4] == ["title", "byline", "date"]
    assert parsed["title"] == HEADLINE
    assert parsed["reporters"] == []
    sentence = parse_text(f"{HEADLINE}\nBy agencies acting together, the rules passed.\n{P1}")
    assert sentence["line_roles"][1] != "byline"


def test_a_caption_with_a_bracketed_agency_no_longer_takes_the_headline() -> None:
    text = (
        f"World\n{HEADLINE}\nJo Li\nMonday 15 July 2024 14:03 BST\n"
        f"Drivers queue for spaces near the station on Monday (Getty Images)\n{P1}\n{P2}"
    )
    parsed = parse_text(text)
    assert parsed["title"] == HEADLINE
    assert parsed["reporters"] == ["Jo Li"]
    assert parsed["line_roles"][:5] == ["boilerplate", "title", "byline", "date", "caption"]


@pytest.mark.parametrize(
    "chrome",
    [
        "The Guardian - Back to homepage",
        "Skip to main contentSkip to navigation",
        "Sky News - back to home",
        # reuters.com's banner for its owner's data products, glued to its link
        "Exclusive news, data and analytics for financial market professionalsLearn more aboutLSEG",
    ],
)
def test_skip_links_and_home_links_are_no_headline(chrome: str) -> None:
    text = f"{chrome}\n{HEADLINE}\nJo Li in Brussels\nMon 15 Jul 2024 14.03 BST\n{P1}\n{P2}"
    parsed = parse_text(text)
    assert parsed["title"] == HEADLINE
    assert parsed["line_roles"][0] == "boilerplate"
    assert parsed["reporters"] == ["Jo Li"]


def test_a_comment_button_over_the_lead_photo_ends_no_story() -> None:
    text = (
        f"{HEADLINE}\nThe rules would double the fee for spaces near the station by 2026\n"
        "Comment\nSave\nA car park near the station on Feb. 19. (Ada Romero/The Washington Post)\n"
        f"By Jo Li\nMarch 12, 2025 at 5:00 a.m. EDT\n{P1}\n{P2}"
    )
    parsed = parse_text(text)
    assert parsed["body"] == f"{P1}\n\n{P2}"
    assert parsed["line_roles"][1] == "standfirst"  # the deck over the lead photo
    assert parsed["line_roles"][4] == "caption"


def test_a_comments_link_under_the_stamp_ends_no_story() -> None:
    text = (
        f"{HEADLINE}\nDrivers near the station will pay twice as much from next year\n"
        f"Maria Keller\nMonday 15 July 2024 14:03 BST\nComments\n{P1}\n{P2}\nLeave a Reply\n"
        "Best parking apps for city drivers"
    )
    parsed = parse_text(text)
    assert parsed["reporters"] == ["Maria Keller"]
    assert parsed["body"] == f"{P1}\n\n{P2}"  # the footer at the end still ends the story
    assert parsed["line_roles"][-1] == "boilerplate"


def test_a_deck_over_the_lead_photo_is_the_standfirst() -> None:
    # the Guardian's order: headline, deck, the lead photo, then 'Jo Li in <place>' and the stamp
    text = (
        f"{HEADLINE}\nThe package would double the fee for spaces near the station by next year\n"
        "A car park near the station on March 4. Photograph: Rosa Delgado/AFP via Getty Images\n"
        f"Jo Li in Portvale\nMon 15 Jul 2024 14.03 BST\n{P1}\n{P2}"
    )
    parsed = parse_text(text)
    assert parsed["line_roles"][:5] == ["title", "standfirst", "caption", "byline", "date"]
    assert parsed["body"] == f"{P1}\n\n{P2}"


def test_linked_headlines_under_a_read_more_label_are_chrome() -> None:
    text = (
        f"{HEADLINE}\nBy Jo Li\n{P1}\nRead More\n"
        "Swimmers warned over cold water shock as heat draws crowds to rivers\n"
        "Hosepipe ban 'not ruled out' for south-east, says water firm\n"
        f"{P2}\nRelated Stories\nWoman dies after two-car crash in the county on Sunday\n"
        "Here come the new buses\n"
        "The first of the new buses will run in May, the council said, on six routes in the city."
    )
    parsed = parse_text(text)
    lines = parsed["line_roles"]
    assert lines[3:6] == ["boilerplate"] * 3
    assert lines[6] == "body"
    assert lines[8] == "boilerplate"
    assert lines[9:] == ["body", "body"]  # a short line over the story's paragraph: a subhead


def test_a_promotion_between_its_skip_marks_is_chrome() -> None:
    text = (
        f"{HEADLINE}\nJo Li in Portvale\n{P1}\nskip past newsletter promotion\n"
        "The Week in Portvale\nEvery Friday we send the week's best stories from the council, "
        f"the courts and the schools.\nafter newsletter promotion\n{P2}"
    )
    parsed = parse_text(text)
    assert parsed["line_roles"][3:7] == ["boilerplate"] * 4
    assert parsed["body"] == f"{P1}\n\n{P2}"


@pytest.mark.parametrize(
    ("byline", "reporters"),
    [
        ("By Jo Li, NBC Bay Area", ["Jo Li"]),  # a station: no person, not NBC News's story
        ("By Jo Li, ABC News 4", ["Jo Li"]),
        ("By Jo Li | ABC Riverina", ["Jo Li"]),
        ("By DH Web Desk", []),
        ("By Our Bureau", []),
    ],
)
def test_stations_and_desks_are_no_reporters(byline: str, reporters: list[str]) -> None:
    parsed = parse_text(f"{HEADLINE}\n{byline}\n{P1}\n{P2}")
    assert parsed["reporters"] == reporters
    assert parsed["outlet"] is None


def test_a_network_correspondent_keeps_the_network() -> None:
    parsed = parse_text(f"{HEADLINE}\nBy Jo Li, ABC News Chief Correspondent\n{P1}\n{P2}")
    assert parsed["reporters"] == ["Jo Li"]
    assert parsed["outlet"] == "ABC News"


def test_a_text_size_button_names_no_agency() -> None:
    parsed = parse_text(f"{HEADLINE}\nBy Jo Li\nShare\nAA\nText Size\n{P1}\n{P2}")
    assert parsed["outlet"] is None
    assert parsed["line_roles"][3:5] == ["boilerplate", "boilerplate"]


def test_a_wire_sign_off_over_related_links_names_the_outlet() -> None:
    parsed = parse_text(f"{HEADLINE}\n{P1}\n{P2}\n— Bernama\nRelated News\nMost viewed")
    assert parsed["outlet"] == "Bernama"
    assert parsed["line_roles"][3] == "byline"


def test_a_dashed_agency_over_more_story_is_no_sign_off() -> None:
    long_p = P1 + " " + P2
    parsed = parse_text(f"{HEADLINE}\n{P1}\n— AFP\n{long_p}")
    assert parsed["outlet"] is None


@pytest.mark.parametrize(
    ("first", "place"),
    [
        ("Mumbai: " + P1, "Mumbai"),
        ("New Delhi: " + P1, "New Delhi"),
        ("Trump: " + P1, None),  # a topic label: no place in places.csv
        ("Mumbai: Council approves the parking rules", None),  # a headline's topic
        (
            "Mumbai: We approved a package of parking rules for the centre after a debate that ran "
            "for six hours, the mayor said on Tuesday evening.",
            None,
        ),  # a speaker's words
    ],
)
def test_a_colon_dateline_needs_a_known_place_and_a_story_sentence(
    first: str, place: str | None
) -> None:
    assert parse_text(f"{HEADLINE}\nBy Jo Li\n{first}\n{P2}")["dateline_place"] == place


def test_a_byline_under_a_long_headline_is_not_joined_to_it() -> None:
    text = (
        "Council approves new parking rules for the city centre after long debate\nBy Jo Li\n"
        "The plan was approved by the board after a long meeting on Monday evening, they said.\n"
        "Officials said the first services would start before the festival season next month.\n"
        "Unions raised concerns about staffing levels on several of the routes, a spokesman said.\n"
    )
    parsed = parse_text(text)
    assert parsed["reporters"] == ["Jo Li"]
    assert parsed["title"].endswith("after long debate")


@pytest.mark.parametrize(
    "line",
    [
        "Why you can trust Sky News",
        "Sponsor Message",
        "You've successfully subscribed to this newsletter!",
        "By signing up, you acknowledge and agree to our Privacy Policy and Terms of Service.",
        "Join ST's WhatsApp Channel and get the latest news and must-reads.",
        "Disclaimer: Comments do not represent the views of the site.",
        "© RTÉ 2024. RTÉ.ie is the website of the broadcaster.",
        "© The Local Europe AB",
        "Republish This Story for Free",
    ],
)
def test_promotions_and_notices_are_chrome(line: str) -> None:
    parsed = parse_text(f"{HEADLINE}\nBy Jo Li\n{P1}\n{line}\n{P2}")
    assert parsed["line_roles"][3] == "boilerplate"
    assert parsed["media"] == []


def test_an_advice_columns_salutation_stays_in_the_story() -> None:
    parsed = parse_text(f"{HEADLINE}\nBy Jo Li\n{P1}\nDear Reader,\n{P2}")
    assert parsed["line_roles"][3] == "body"


def test_a_dashed_contributor_line_credits_its_reporter() -> None:
    text = f"{HEADLINE}\nBy Jo Li\n{P1}\n{P2}\n— CNBC's Maria Keller contributed to this report."
    parsed = parse_text(text)
    assert parsed["reporters"] == ["Jo Li", "Maria Keller"]
    assert parsed["outlet"] == "CNBC"


def test_a_wire_name_between_headline_and_stamp_is_the_byline() -> None:
    text = (
        f"NATIONAL / POLITICS\n{HEADLINE}\nKyodo\nOct 21, 2024\n"
        "The mayor speaks to reporters at city hall on Friday. | Kyodo\n"
        f"TOKYO – {P1}\n{P2}"
    )
    parsed = parse_text(text)
    assert parsed["title"] == HEADLINE  # a breadcrumb in capitals is no headline over a deck
    assert parsed["line_roles"][:4] == ["boilerplate", "title", "byline", "date"]
    assert parsed["outlet"] == "Kyodo"
    assert [m["credit"] for m in parsed["media"]] == ["Kyodo"]


def test_a_slashed_byline_with_its_stamp() -> None:
    text = f"{HEADLINE}\nJo Li / TNN / Updated: Sep 3, 2024, 10:32 IST\nNEW DELHI: {P1}\n{P2}"
    parsed = parse_text(text)
    assert parsed["line_roles"][:2] == ["title", "byline"]
    assert parsed["reporters"] == ["Jo Li"]
    assert parsed["published"] == dt.date(2024, 9, 3)


def test_a_file_photo_note_makes_a_caption_not_a_headline() -> None:
    text = (
        f"News\nIndia News\n{HEADLINE}\nJo Li / TNN / Updated: Sep 3, 2024, 10:32 IST\n"
        "Share\nPassengers board a train at the city's main railway station. (File photo)\n"
        f"NEW DELHI: {P1}\n{P2}"
    )
    parsed = parse_text(text)
    assert parsed["title"] == HEADLINE
    assert parsed["line_roles"][5] == "caption"
    assert parsed["media"][0]["caption"].endswith("(File photo)")
    assert parsed["media"][0]["credit"] is None


def test_a_stamp_that_names_its_outlet_after_a_slash() -> None:
    line = "Updated on: March 5, 2025 / 8:14 PM EST / CBS News"
    assert is_date_line(line)
    parsed = parse_text(f"{HEADLINE}\nBy Jo Li\n{line}\nWASHINGTON — {P1}\n{P2}")
    assert parsed["published"] == dt.date(2025, 3, 5)
    assert parsed["dateline_place"] == "Washington"


def test_reuters_licensing_link_after_a_credit_is_no_part_of_it() -> None:
    caption = (
        "A man walks past the bank's headquarters in Frankfurt, Germany, March 3, 2025. "
        "REUTERS/Omar Sayed/File Photo Purchase Licensing Rights, opens new tab"
    )
    parsed = parse_text(f"{HEADLINE}\nBy Jo Li\n{caption}\n{P1}\n{P2}")
    (photo,) = parsed["media"]
    assert photo["credit"] == "REUTERS/Omar Sayed/File Photo"
    assert photo["photographers"] == ["Omar Sayed"]
    # a sentence that merely ends in the words keeps them
    assert split_glued("The bank said it would review its Purchase Licensing Rights") is None


def test_a_dashed_agency_glued_to_a_caption_credits_the_photo() -> None:
    caption = "The anti-graft agency's headquarters in Putrajaya on Tuesday. — Bernama"
    assert split_glued(caption) == (
        "The anti-graft agency's headquarters in Putrajaya on Tuesday.",
        "Bernama",
    )


def test_a_site_logo_line_is_no_headline() -> None:
    # the unseen set's apnews.com page: 'AP Logo' under the skip link took the headline
    page = Path(__file__).resolve().parent.parent / "bench" / "site_pages" / "unseen"
    parsed = parse_text((page / "03_apnews.txt").read_text(encoding="utf-8"))
    assert parsed["title"].startswith("Italy approves emergency funds after landslides")
    assert parsed["line_roles"][:2] == ["boilerplate", "boilerplate"]


@pytest.mark.parametrize(
    "byline",
    [
        "By Jo Li Ledger Staff,Updated July 15, 2024, 5:47 p.m.",  # the Boston Globe's form
        "By Jo Li Ledger Staff",
    ],
)
def test_a_papers_short_name_before_staff_ends_the_byline(byline: str) -> None:
    assert byline_people(byline)[0] == ["Jo Li"]


def test_a_staff_photographers_credit_under_the_byline_credits_the_sentence_over_it() -> None:
    """'By Jo Li Ledger Staff,Updated ...' then a caption and 'Kim Bo/Ledger Staff': the byline,
    its stamp, the photo's caption and credit, then the story with its dateline."""
    caption = "Waves crashed over the sea wall along the harbour during a January storm."
    text = "\n".join(
        [
            HEADLINE,
            "By Jo Li Ledger Staff,Updated July 15, 2024, 5:47 p.m.",
            caption,
            "Kim Bo/Ledger Staff",
            "PORTVALE — " + P1,
            P2,
        ]
    )
    got = parse_text(text)
    assert got["line_roles"] == ["title", "byline", "caption", "credit", "body", "body"]
    assert got["reporters"] == ["Jo Li"]
    assert got["published"] == dt.date(2024, 7, 15)
    assert got["dateline_place"] == "Portvale"
    assert [(m["caption"], m["photographers"]) for m in got["media"]] == [(caption, ["Kim Bo"])]


def test_a_name_with_a_papers_name_under_the_byline_stays_story() -> None:
    """Only a staff credit under the first sentence below a byline credits it: 'Kim Bo/The
    Portvale Post' there may be a second byline, and the sentence stays story."""
    text = "\n".join([HEADLINE, "By Jo Li", P1, "Kim Bo/The Portvale Post", P2])
    got = parse_text(text)
    assert got["line_roles"][2] == "body"
    assert got["media"] == []


def test_a_deck_as_long_as_the_headline_over_the_byline_is_the_standfirst() -> None:
    """Menu / 'Headline' / a deck of as many words / name / stamp (the Independent's): the
    deck is no headline because it stands over the byline."""
    deck = "Drivers will pay more as new bus routes gain"
    assert len(deck.split()) == len(HEADLINE.split())
    stamp = "Monday 15 July 2024 14:03 BST"
    text = "\n".join(["Sign in", "UK", "Home News", HEADLINE, deck, "Maria Keller", stamp, P1, P2])
    got = parse_text(text)
    assert got["title"] == HEADLINE
    assert got["line_roles"][3:] == ["title", "standfirst", "byline", "date", "body", "body"]


def test_a_stamp_printed_twice_short_and_long_dates_the_story() -> None:
    # ABC Australia prints each stamp short and long, the long one glued after the clock
    stamp = (
        "Posted Sun 12 Jan 2025 at 6:32pmSunday 12 January 2025 at 6:32pm, updated Mon 13 Jan"
        " 2025 at 5:32amMonday 13 January 2025 at 5:32am"
    )
    assert is_date_line(stamp)
    parsed = parse_text(f"{HEADLINE}\nBy Jo Li\n{stamp}\n{P1}\n{P2}")
    assert parsed["line_roles"][2] == "date"
    assert parsed["published"] == dt.date(2025, 1, 12)


@pytest.mark.parametrize(
    "line",
    [
        # a long line that opens with a stamp word is prose unless only stamps are left
        "Posted on the council's website on Sun 12 Jan 2025 at 6:32pm, the notice listed every"
        " street where parking will change",
        "Updated figures released on Monday 13 January 2025 at 5:32am showed the city centre"
        " had lost 400 spaces",
    ],
)
def test_a_long_sentence_opening_with_a_stamp_word_is_no_stamp(line: str) -> None:
    assert not is_date_line(line)


@pytest.mark.parametrize(
    "link",
    [
        "abc.net.au/news/parking-rules-city-centre/104812345",
        "https://www.example.org/2025/03/parking",
        "www.example.org",
    ],
)
def test_an_address_alone_on_its_line_is_chrome(link: str) -> None:
    got = roles_of(f"{HEADLINE}\n{P1}\n{link}\n{P2}")
    assert got[link] == "boilerplate"
    assert got[P1] == got[P2] == "body"


def test_a_sentence_naming_an_address_stays_in_the_story() -> None:
    line = "Residents can read the rules at example.org/parking before the vote."
    assert roles_of(f"{HEADLINE}\n{P1}\n{line}\n{P2}")[line] == "body"


LAST = "Shares of two listed builders fell after the council's announcement on Friday. REUTERS"
CHROME = "Join our WhatsApp channel for the latest news.\nMORE ON THIS TOPIC\nCity sells car park\n"


def test_a_wire_name_glued_to_the_last_paragraph_over_chrome_signs_the_story() -> None:
    # the Straits Times signs wire copy so: the name in capitals after the last sentence
    parsed = parse_text(f"{HEADLINE}\n{P1}\n{P2}\n{LAST}\n{CHROME}")
    assert parsed["line_roles"][:4] == ["title", "body", "body", "body"]
    assert parsed["body"].endswith(LAST)
    assert parsed["media"] == []
    assert parsed["outlet"] == "Reuters"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # mid-story, paragraphs after it: a caption with its credit
        (f"{HEADLINE}\n{P1}\n{LAST}\n{P2}\n{CHROME}", "caption"),
        # the agency in its own case: a caption's credit, whatever follows
        (f"{HEADLINE}\n{P1}\n{P2}\n{LAST.replace('REUTERS', 'Reuters')}\n{CHROME}", "caption"),
    ],
)
def test_a_wire_name_glued_to_a_caption_stays_its_credit(text: str, role: str) -> None:
    parsed = parse_text(text)
    line = next(ln for ln in text.split("\n") if ln.startswith("Shares"))
    assert roles_of(text)[line] == role
    assert [m["credit"] for m in parsed["media"]] == [line.rpartition(". ")[2]]


@pytest.mark.parametrize(
    "stamp",
    [
        "Tue., March 4, 2025timer3 min. read",  # an icon font's word glued to the year
        "March 4, 2025 · 3 min. read",
        "March 4, 2025 | 5 minutes read",
    ],
)
def test_a_stamp_with_its_reading_time_dates_the_story(stamp: str) -> None:
    parsed = parse_text(f"{HEADLINE}\nBy Jo Li\n{stamp}\n{P1}\n{P2}")
    assert parsed["line_roles"][2] == "date"
    assert parsed["published"] == dt.date(2025, 3, 4)


@pytest.mark.parametrize(
    ("credit", "photographers", "agencies"),
    [
        ("Image Credit: Ivo Berg/Portvale Post", ["Ivo Berg"], ["Portvale Post"]),
        ("Image Credits:Ferro Labs", [], ["Ferro Labs"]),  # no space; a company, no person
        ("Image Credits:Ivo Berg / Getty Images", ["Ivo Berg"], ["Getty Images"]),
    ],
)
def test_an_image_credit_line_under_a_caption_credits_it(
    credit: str, photographers: list[str], agencies: list[str]
) -> None:
    caption = "Residents queue for water at a depot in the east of the city."
    parsed = parse_text(f"{HEADLINE}\nBy Jo Li\n{P1}\n{caption}\n{credit}\n{P2}")
    assert parsed["line_roles"][3:5] == ["caption", "credit"]
    (photo,) = parsed["media"]
    assert photo["photographers"] == photographers
    assert photo["agencies"] == agencies


def _reach_page(job: str) -> str:
    deck = "Engineers are at the scene and disruption is expected to last for much of the day"
    chrome = "Bookmark\nShare\nNews"
    return f"{HEADLINE}\n{deck}\n{chrome}\nIvo Berg\n{job}\n10:22, 12 Feb 2025\n{P1}\n{P2}"


def test_a_name_over_its_job_title_and_the_stamp_is_the_byline() -> None:
    # the Manchester Evening News' (and the other Reach papers') form, buttons above it
    parsed = parse_text(_reach_page("Senior Reporter"))
    assert parsed["reporters"] == ["Ivo Berg"]
    assert parsed["line_roles"][5] == "byline"


def test_a_name_over_a_section_label_that_far_down_is_no_byline() -> None:
    assert parse_text(_reach_page("Harbour News"))["reporters"] == []
