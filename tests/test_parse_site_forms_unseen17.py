"""Forms of sites the parser met first on the unseen17 and unseen18 pages (invented text, worded
apart from those pages): the page's own name as a cue for the outlet (an organisation's byline,
the name alone under the headline, a staff post, the paper reporting in its story), a site's
masthead with its tagline, a section label heading no deck, a byline's label, 'Jo Li/Staff
Reporter', a list of names run into the paper's, 'Sofia Globe staff', datelines with a bare wire
tag or '>>', year-first dates with slashes, and captions closing with a source in brackets or
after a slash."""

import pytest

from pipeline.parse import bylines, credits, credits_glued, dateline, parse_text
from pipeline.parse.dates import find_date, is_date_line
from tests.pages import PARAGRAPHS, rule_of

STORY = "\n".join(PARAGRAPHS) + "\n"
TITLE = "Harbour board shuts the old ferry pier for repairs"
FOOTER = "© 2026 Portvale Lantern. All rights reserved.\n"


def page(*top: str, footer: str = FOOTER) -> str:
    return "\n".join(top) + "\n" + STORY + footer


def test_a_byline_of_the_pages_own_name_is_its_outlet_not_a_reporter():
    got = parse_text(page("Portvale Lantern", "Home", "News", TITLE, "By Portvale Lantern"))
    assert got["reporters"] == []
    assert got["outlet"] == "Portvale Lantern"
    assert "unknown_outlet" in got["quality_flags"]


def test_without_the_page_naming_itself_the_same_byline_is_a_person():
    # a guard: the page's own name is the cue, not the byline's shape
    got = parse_text(page("Home", "News", TITLE, "By Portvale Lantern", footer=""))
    assert got["outlet"] is None


def test_the_pages_name_alone_over_the_date_signs_the_story():
    got = parse_text(
        page("Portvale Lantern", "Home", "News", TITLE, "Portvale Lantern", "June 3, 2026")
    )
    assert got["outlet"] == "Portvale Lantern"
    assert got["reporters"] == []


def test_a_staff_post_naming_the_pages_short_name():
    got = parse_text(
        page(
            "The Portvale Lantern",
            "Home",
            TITLE,
            "By Ilse Marrow, Lantern staff writer",
            "June 3, 2026",
            footer="© 2026 The Portvale Lantern\n",
        )
    )
    assert got["reporters"] == ["Ilse Marrow"]
    assert got["outlet"] == "The Portvale Lantern"


def test_the_paper_reporting_in_its_own_story():
    text = (
        "Portvale Lantern Online\nHome\n"
        + TITLE
        + "\nJune 3, 2026\n"
        + PARAGRAPHS[0]
        + "\nPORTVALE LANTERN reports that the vote was delayed twice before Monday's meeting.\n"
        + "\n".join(PARAGRAPHS[1:])
        + "\nCopyright © 2026 Portvale Lantern Online\n"
    )
    # (as the page writes its own name since 2026-12-06; before, as the sentence set it in
    # capitals, 'PORTVALE LANTERN')
    assert parse_text(text)["outlet"] == "Portvale Lantern"


def test_a_sources_words_told_to_the_page_name_it():
    text = (
        "Portvale Lantern\nHome\n"
        + TITLE
        + "\nJune 3, 2026\n"
        + PARAGRAPHS[0]
        + "\nTwo fishermen told Portvale Lantern on Tuesday that they would keep mooring there.\n"
        + "\n".join(PARAGRAPHS[1:])
        + "\n"
        + FOOTER
    )
    assert parse_text(text)["outlet"] == "Portvale Lantern"


def test_a_masthead_with_its_tagline_is_no_headline():
    got = parse_text(
        page("Portvale Lantern - The Valley's Trusted Online News Source", "Home", TITLE)
    )
    assert got["title"] == TITLE


def test_a_section_label_repeating_its_menu_item_heads_no_deck():
    headline = "Harbour board to shut the old ferry pier for two years of repairs"
    deck = "Fishermen say the closure will cost them their moorings for two summers"
    menu = ["Subscribe", "Menu", "News", "Portvale County News", "Business", "Sports", "Opinion"]
    top = ["Skip to content", "Portvale Lantern", *menu, "Weather", "Portvale County News"]
    byline = ["By Ilse Marrow, Lantern staff writer", "Published: June 3, 2026, 6:05am"]
    got = parse_text(page(*top, headline, deck, *byline))
    assert got["title"] == headline


def test_a_byline_label_between_headline_and_name():
    menu = ["Search", "News", "Sport", "Hurling", "Soccer", "Lifestyle", "Business", "Farming"]
    menu += ["Community Notes", "Death Notices", "Jobs", "Property", "News"]
    got = parse_text(
        page(
            "Portvale Lantern",
            *menu,
            TITLE,
            "Reporter:",
            "Ilse Marrow",
            "3 Jun 2026 9:10 AM",
            footer="",  # (a copyright line naming the masthead would set it aside already)
        )
    )
    assert got["title"] == TITLE
    assert got["reporters"] == ["Ilse Marrow"]


def test_a_name_and_staff_post_after_a_slash_is_a_byline_not_a_credit():
    assert not credits.paper_credit("Ilse Marrow/Staff Reporter")
    got = parse_text(
        page("Home", TITLE, "Ilse Marrow/Staff Reporter", "Published: Tuesday | June 3, 2026")
    )
    assert got["reporters"] == ["Ilse Marrow"]
    assert got["title"] == TITLE


def test_a_list_of_names_run_into_the_papers_name():
    line = "By Ilse Marrow and Teo Brandt The Portvale Review"
    assert bylines.byline_people(line)[0] == ["Ilse Marrow", "Teo Brandt"]
    assert bylines.byline_paper(line) == "The Portvale Review"


@pytest.mark.parametrize(
    ("line", "orgs"),
    [
        ("Written by The Portvale Globe staff on June 3, 2026", ["The Portvale Globe"]),
        # (guards: read so before too; a short name is left to the page's own name)
        ("By Portvale Star-Ledger staff", ["Portvale Star-Ledger"]),
        ("By Times staff", []),
    ],
)
def test_a_papers_staff_signing_without_names(line, orgs):
    assert bylines.byline_people(line) == ([], orgs)


def test_a_reporter_then_a_papers_staff_post_is_still_the_reporter():
    # a guard: 'staff' alone as a post must not turn 'Ilse Marrow Globe' into a paper
    assert bylines.byline_people("By Ilse Marrow Globe Staff")[0] == ["Ilse Marrow"]


@pytest.mark.parametrize(
    ("line", "place", "wire"),
    [
        (
            "ST GEORGE'S, Grenada, Jun 3, CMC – The government says it will sell the port.",
            "St George's, Grenada",
            "CMC",
        ),
        ("PORTVALE >> The harbour board voted on Monday to close the pier.", "Portvale", None),
    ],
)
def test_datelines_with_a_bare_wire_tag_or_chevrons(line, place, wire):
    assert dateline.find(line) == dateline.Dateline(place, wire)


def test_an_unknown_bare_tag_makes_no_dateline():
    # a guard: only a tag the organisations table knows
    assert dateline.find("ST GEORGE'S, Grenada, Jun 3, XQZ – The government says it.") is None


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("2026/06/03", "2026-06-03"),
        ("Publication date 3 June 2026 | 18:40 ICT", "2026-06-03"),
        (
            "Published 5:02 a.m. ChST June 3, 2026 | Updated 9:14 a.m. ChST June 3, 2026",
            "2026-06-03",
        ),
        ("Harbour | June 3, 2026, Tuesday // 11:42 | Views: 1587 | Comments: 0", "2026-06-03"),
    ],
)
def test_stamps_of_more_templates(line, date):
    assert is_date_line(line)
    assert str(find_date(line)) == date


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Fishermen mend nets on the old pier at Portvale on Tuesday (Supplied)", "Supplied"),
        ("Ferries queue at the customs post on the road to the port /AFP", "AFP"),
        (
            "The pier is seen in 2024. (Ilse Marrow -- Portvale Review file)",
            "Ilse Marrow -- Portvale Review file",
        ),
        ("The pier is seen in 2024. (Portvale Express photo)", "Portvale Express photo"),
        (
            "Fishermen mend nets on the old pier on Monday. (Ilse Marrow/The Portvale Review)"
            "Buy a print of this photo",
            "Ilse Marrow/The Portvale Review",
        ),
    ],
)
def test_caption_credits_in_brackets_or_after_a_slash(line, credit):
    split = credits_glued.split_glued(line)
    assert split is not None
    assert split[1] == credit


@pytest.mark.parametrize(
    "line",
    [
        # a story's paragraph of more sentences that cites its source
        "The board met on Monday. Fishermen protested outside the hall (PA)",
        # a wire in brackets: as likely a story's source as a photo's
        "Waves break over the harbour wall at Portvale (PA)",
        # a wire in brackets after a full stop is another form's; a paper is none here
        "Ferries queue at the customs post on the road to the port /Portvale Lantern",
    ],
)
def test_no_such_credit_in_a_storys_line(line):
    # guards for the two forms above
    assert credits_glued.split_glued(line) is None


def test_a_papers_house_photo_names_no_photographer():
    found = credits.read("Portvale Express photo")
    assert found.photographers == ()
    assert found.agencies == ("Portvale Express",)


def test_a_file_photos_caption_is_no_headline():
    got = parse_text(
        page("Home", "News", TITLE, "By CMC", "June 3, 2026", "Works Minister Ilse Marrow (FILE)")
    )
    assert got["title"] == TITLE
    assert got["outlet"] == "Caribbean Media Corporation"


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Add New Article", "page_chrome"),
        ("You are the owner of this article.", "page_chrome"),
        (
            "Keep it Clean. Please avoid obscene, vulgar, lewd, racist or sexually-oriented "
            "language.",
            "comment_rules",
        ),
        ("PLEASE TURN OFF YOUR CAPS LOCK.", "comment_rules"),
        ("Allow all cookies", "cookie"),
        ("Please keep comments civil and on topic. Attacks will be removed.", "comment_rules"),
        ("Local journalism is essential.", "subscription_pitch"),
        ("Get the latest news on WhatsApp. Follow our channel.", "messenger_prompt"),
        (
            "Help us keep our reporting free for everyone by becoming a supporter today.",
            "subscription_pitch",
        ),
    ],
)
def test_chrome_of_these_sites(line, rule):
    text = page("Home", TITLE, "By Ilse Marrow", line)
    assert rule_of(text, line) == rule


# Credits met on the training sets' failures after the first round (unseen10-unseen19; invented
# text, worded apart from those pages).


@pytest.mark.parametrize(
    ("text", "credit", "agencies"),
    [
        ("Courtesy of Portvale County", "Courtesy of Portvale County", ("Portvale County",)),
        (
            "(Courtesy of the Portvale Department of Parks)",
            "Courtesy of the Portvale Department of Parks",
            ("Portvale Department of Parks",),
        ),
        ("Photo courtesy: Portvale Fire Rescue", "Photo courtesy: Portvale Fire Rescue", None),
        ("Photo: Ilse Marrow", "Ilse Marrow", ()),  # a label still comes off
    ],
)
def test_courtesy_stays_in_the_credit_as_written(text, credit, agencies):
    found = credits.read(text)
    assert found.credit == credit
    if agencies is not None:
        assert found.agencies == agencies


def test_a_staff_credit_naming_the_pages_paper_under_its_caption():
    caption = "Students leave the old harbour school at the end of the day on Wednesday."
    text = page(
        "Portvale Journal Star",
        "Home",
        TITLE,
        "By Teo Brandt",
        "June 3, 2026",
        caption,
        "ILSE MARROW, Journal Star",
        footer="Copyright 2026 Portvale Journal Star\n",
    )
    got = parse_text(text)
    assert [(m["credit"], m["photographers"]) for m in got["media"]] == [
        ("ILSE MARROW, Journal Star", ["Ilse Marrow"])
    ]
    assert caption not in got["body"]


def test_a_name_and_an_other_papers_name_under_a_caption_is_no_house_credit():
    # a guard: the page calls itself the Portvale Lantern, not Harbour Watch
    text = page(
        "Portvale Lantern",
        "Home",
        TITLE,
        "By Teo Brandt",
        "June 3, 2026",
        "Students leave the old harbour school at the end of the day on Wednesday.",
        "Ilse Marrow, Harbour Watch",
    )
    assert parse_text(text)["media"] == []


def test_a_photographers_name_run_into_the_papers():
    found = credits.read("Ilse Marrow The Portvale Eagle")
    assert found.photographers == ("Ilse Marrow",)
    assert found.agencies == ("The Portvale Eagle",)


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        (
            "Ferries wait at the old pier on a wet afternoon. Photo by Ilse Marrow.",
            "Photo by Ilse Marrow.",
        ),
        ("Ferries wait at the old pier on a wet afternoon. Photo Ilse Marrow", "Photo Ilse Marrow"),
        (
            "Ferries wait at the old pier on a wet afternoon. Lantern photo: Ilse Marrow",
            "Lantern photo: Ilse Marrow",
        ),
        (
            "A drawing of the planned ferry terminal. (Source: Portvale Harbour Board)",
            "Source: Portvale Harbour Board",
        ),
        (
            "Wheat that tolerates frost at flowering. (Supplied: Portvale Grains Council)",
            "Supplied: Portvale Grains Council",
        ),
        (
            "Fishermen mend nets on the old pier at Portvale on Jan. 22, 2026. Ilse Marrow AP",
            "Ilse Marrow AP",
        ),
        (
            "The harbour master speaks during a briefing at the pier on Thursday (Petra photo)",
            "Petra photo",
        ),
    ],
)
def test_more_glued_caption_credits(line, credit):
    split = credits_glued.split_glued(line)
    assert split is not None
    assert split[1] == credit


@pytest.mark.parametrize(
    "line",
    [
        # guards: an acronym after a name that is no wire; a photo's label mid-sentence
        "He met the chief executive of the company on Monday. Jo Li CEO",
        "The ferry left the pier on Monday. Photo Gallery",
    ],
)
def test_no_such_credit_without_its_parts(line):
    assert credits_glued.split_glued(line) is None


def test_a_wires_name_under_the_headline_over_the_stamp_signs_the_story():
    text = page("Home", "Qatar", TITLE, "QNA", "Doha", "Published: 03 Jun 2026 - 08:15 pm")
    got = parse_text(text)
    assert got["title"] == TITLE
    assert got["outlet"] == "Qatar News Agency"
    assert got["media"] == []


def test_a_wires_name_under_a_captions_sentence_is_still_its_credit():
    # a guard: the caption ends in its full stop, and no stamp follows the credit
    caption = "Fishermen mend their nets on the old pier at Portvale on Tuesday."
    got = parse_text(page("Home", TITLE, "By Ilse Marrow", "June 3, 2026", caption, "QNA"))
    assert [m["credit"] for m in got["media"]] == ["QNA"]


# A third round, from unseen19 and the training sets' leftovers.


def test_a_deck_over_a_credited_caption_is_no_headline():
    headline = "Portvale harbour board to install 1,200 new mooring rings on the east quay"
    deck = "The work is expected to be finished before the winter storms"
    caption = "Workers fit a mooring ring on the east quay in Portvale. Lantern photo: Ilse Marrow"
    got = parse_text(
        page(
            "Portvale Lantern",
            "Home",
            "Harbour",
            headline,
            deck,
            caption,
            "Teo Brandt",
            "Updated At : 07:40 PM June 3, 2026",
        )
    )
    assert got["title"] == headline
    assert [m["credit"] for m in got["media"]] == ["Lantern photo: Ilse Marrow"]


def test_a_photographers_credit_beside_the_byline_names_no_paper_as_outlet():
    assert bylines.paper_outlet("Ilse Marrow The Portvale Eagle") is None
    assert bylines.paper_outlet("The Portvale Eagle") == "The Portvale Eagle"


def test_a_reporter_then_a_papers_post_names_no_paper():
    assert bylines.staff_paper("By Anna Marrow Spectator Reporter") is None
    assert (
        bylines.staff_paper("By The Portvale Spectator Reporter") == "The Portvale Spectator"
    )  # (as written)


@pytest.mark.parametrize("credit", ["Halden Architects", "Kestrel Living", "Norland Homes"])
def test_a_developers_or_designers_name_is_no_photographer(credit):
    found = credits.read(credit)
    assert found.photographers == ()
    assert found.agencies == (credit,)


@pytest.mark.parametrize(
    ("credit", "agency"),
    [
        ("Provided/Portvale Water Corporation", "Portvale Water Corporation"),
        (
            "Supplied: Grains Research and Development Corporation",
            "Grains Research and Development Corporation",
        ),
    ],
)
def test_a_source_word_then_who_supplied_the_photo(credit, agency):
    found = credits.read(credit)
    assert found.credit == credit
    assert found.photographers == ()
    assert found.agencies == (agency,)
    assert credits.source_alone(credit)


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        (
            "The pump hall during a test run of the new installation in April. "
            "Photo courtesy of Portvale Light Trust.",
            "Photo courtesy of Portvale Light Trust",
        ),
        (
            "An artist's impression of the new kiosk layout. "
            "Image: Supplied by Portvale City Council",
            "Supplied by Portvale City Council",
        ),
        (
            # (a guard: read before too, and kept when 'Supplied/' stopped naming a person)
            "An artist's impression of the expanded plant. Credit: Supplied/Portvale Water",
            "Supplied/Portvale Water",
        ),
    ],
)
def test_an_organisation_that_supplied_the_photo_after_the_caption(line, credit):
    split = credits_glued.split_glued(line)
    assert split is not None
    assert credits.read(split[1]).credit == credit


def test_the_pages_own_name_read_as_a_person_anywhere_is_no_reporter():
    text = page(
        "Portvale Mercury",
        "Home",
        TITLE,
        "By Anna Marrow",
        "June 3, 2026",
        footer="Follow Portvale Mercury on Facebook and X.\n© Portvale Mercury, 2026\n",
    )
    got = parse_text(text)
    assert got["reporters"] == ["Anna Marrow"]


def test_two_names_over_their_papers_name_are_the_byline_not_the_headline():
    menu = ["Skip to content", "The Portvale News", "Subscribe", "Log In", "News", "Local"]
    menu += ["Business", "Autos", "Sports", "Opinion", "Life", "Obituaries", "e-Edition"]
    names = "Mara Kowalczyk and Darnell Pruitt"
    top = [
        *menu,
        "POLITICS",
        TITLE,
        names,
        "The Detroit News",
        "Published 6:02 p.m. ET June 3, 2026",
    ]
    got = parse_text(page(*top, footer=""))
    assert got["title"] == TITLE
    assert got["reporters"] == ["Mara Kowalczyk", "Darnell Pruitt"]


def test_a_menus_all_sections_link_is_no_byline():
    top = ["Skip to content", "All Sections", "Subscribe Now", "65°F", "Sunday, November 15th"]
    got = parse_text(page(TITLE + " - The Portvale Union-Tribune", *top, TITLE, "By Anna Marrow"))
    assert got["reporters"] == ["Anna Marrow"]


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        (
            "The old bakery would become a library annex under the plan. "
            "(Anna Marrow, portvale.com)",
            "Anna Marrow, portvale.com",
        ),
    ],
)
def test_a_news_sites_host_in_brackets(line, credit):
    split = credits_glued.split_glued(line)
    assert split is not None
    assert split[1] == credit


def test_a_repeated_masthead_names_the_page_before_its_headline_is_known():
    caption = "Sheriff Teo Brandt speaks to reporters outside the county jail on Monday."
    top = ["Skip to main content", "The Portvale Eagle Logo", "Sign In", TITLE]
    text = page(
        *top,
        caption,
        "Anna Marrow The Portvale Eagle",
        "By Ilse Brandt",
        footer="The Portvale Eagle\n",
    )
    got = parse_text(text)
    assert [(m["credit"], m["photographers"]) for m in got["media"]] == [
        ("Anna Marrow The Portvale Eagle", ["Anna Marrow"])
    ]


# Round five: more of the page's own name as a cue.


@pytest.mark.parametrize(
    "byline",
    [
        "By Anna Marrow | amarrow@portvalepilot.com | The Portvale Pilot",
        "by Anna Marrow and Teo Brandt, Portvale Pilot",
    ],
)
def test_a_byline_part_naming_the_page(byline):
    got = parse_text(page("The Portvale Pilot", "Home", TITLE, byline, "June 3, 2026"))
    assert got["outlet"] in ("The Portvale Pilot", "Portvale Pilot")
    assert "Portvale Pilot" not in " ".join(got["reporters"])


@pytest.mark.parametrize("signature", ["Portvale Pilot report", "By Pilot journalist"])
def test_the_page_signing_under_the_headline(signature):
    got = parse_text(page("The Portvale Pilot", "Home", TITLE, signature, "June 3, 2026"))
    assert got["outlet"] == "The Portvale Pilot"
    assert got["reporters"] == []


def test_a_note_that_the_story_was_published_in_the_page():
    text = page(
        "Home",
        TITLE,
        "June 3, 2026",
        footer="Published in Pilot, June 3rd, 2026\nCopyright © 2026, Pilot\n",
    )
    assert parse_text(text)["outlet"] == "Pilot"


def test_a_note_naming_another_paper_is_no_cue_here():
    # a guard: the page is the Pilot's, the note names another paper
    text = page(
        "Home",
        TITLE,
        "June 3, 2026",
        footer="Published in Harbour Weekly, June 3rd, 2026\nCopyright © 2026, Pilot\n",
    )
    assert parse_text(text)["outlet"] is None


def test_the_times_of_indias_news_service_in_its_byline():
    got = parse_text(page("Home", TITLE, "Anna Marrow / TNN / Updated: Jun 3, 2026, 10:32 IST"))
    assert got["outlet"] == "The Times of India"
    assert got["reporters"] == ["Anna Marrow"]
