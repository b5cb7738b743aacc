"""Bylines in other layouts (invented pages in the shapes found on scraped news sites)."""

import pytest

from pipeline.parse import parse_text
from pipeline.parse.bylines import byline_people
from pipeline.parse.names import person_name

STORY = (
    "The harbour authority approved the new ferry timetable on Tuesday after months of "
    "complaints from commuters about late boats and crowded decks.\n"
    "Officials said the change would take effect next month and cost less than expected.\n"
    "Residents who spoke at the meeting welcomed the decision but asked for more evening runs."
)


def test_spaced_dashes_separate_names_organisation_and_stamp():
    line = "By Mara Quill and Tobias Renn -          The Washington Times -       Sunday, March 3"
    assert byline_people(line) == (["Mara Quill", "Tobias Renn"], ["The Washington Times"])


def test_spaced_dash_byline_line_gives_reporters_outlet_and_date():
    text = (
        "Ferry timetable approved after months of complaints\n"
        "By Mara Quill -          The Washington Times -       Sunday, March 3, 2024\n" + STORY
    )
    got = parse_text(text)
    assert got["reporters"] == ["Mara Quill"]
    assert got["outlet"] == "The Washington Times"
    assert str(got["published"]) == "2024-03-03"


def test_analysis_by_is_a_byline():
    text = (
        "Ferry timetable approved after months of complaints\nAnalysis by Mara Quill, CNN\n" + STORY
    )
    got = parse_text(text)
    assert got["reporters"] == ["Mara Quill"]
    assert got["outlet"] == "CNN"
    assert got["line_roles"][1] == "byline"


def test_job_title_after_a_bar_is_not_a_reporter():
    assert person_name("Senior Fellow") is None
    assert person_name("Resize Text") is None
    text = (
        "Ferry timetable approved after months of complaints\n"
        "9:15 AM 03/03/2024\n"
        "Lena Odum | Senior Fellow, Brightwater Policy Center\n" + STORY
    )
    assert parse_text(text)["reporters"] == ["Lena Odum"]


def test_name_with_job_title_under_the_headline_is_a_byline():
    text = (
        "Ferry timetable approved after months of complaints\n"
        "Pavel Sorn | Transport Reporter\n" + STORY
    )
    got = parse_text(text)
    assert got["reporters"] == ["Pavel Sorn"]
    assert got["line_roles"][1] == "byline"


def test_name_alone_under_the_headline_is_a_byline_when_the_story_never_names_it():
    text = "Ferry timetable approved after months of complaints\nOrla Venn\n" + STORY
    got = parse_text(text)
    assert got["reporters"] == ["Orla Venn"]
    assert got["line_roles"][1] == "byline"


def test_name_alone_under_the_headline_is_not_a_byline_when_it_is_the_subject():
    text = (
        "Harbour chief defends ferry timetable\nOrla Venn\n"
        "Harbour chief Orla Venn said on Tuesday that the new timetable was the best the "
        "authority could offer commuters this year.\n"
        "Venn told the meeting the change would take effect next month."
    )
    assert parse_text(text)["reporters"] == []


def test_caps_label_or_broken_dateline_under_the_headline_is_not_a_byline():
    # A place alone that the story never names again is still taken (a known limit).
    for label in ("HARBOUR NEWS --", "North Haven CNN —", "Harbour Ferries"):
        text = f"Ferry timetable approved after months of complaints\n{label}\n" + STORY
        assert parse_text(text)["reporters"] == [], label


def test_by_line_wins_over_a_newsletter_prompt_glued_to_it():
    text = (
        "Ferry timetable approved after months of complaints\n"
        "by Mara Quill March 3 at 9:00 AM Email the author  Sign up for the Harbour Brief "
        "newsletter .\n" + STORY
    )
    got = parse_text(text)
    assert got["reporters"] == ["Mara Quill"]
    assert got["line_roles"][1] == "byline"


def test_photo_credit_under_the_headline_is_not_a_byline():
    text = "Ferry timetable approved after months of complaints\nJo Brandt/Invision/AP\n" + STORY
    assert parse_text(text)["reporters"] == []


def test_sentence_opening_with_by_is_not_a_byline():
    text = (
        "Ferry timetable approved after months of complaints\n"
        "By cutting the evening runs, the authority saves money, North Haven officials said.\n"
        + STORY
    )
    got = parse_text(text)
    assert got["reporters"] == []
    assert got["line_roles"][1] != "byline"


def test_wire_tagged_place_alone_gives_dateline_and_outlet():
    text = "Ferry timetable approved after months of complaints\nPortvale (CNN)\n" + STORY
    got = parse_text(text)
    assert (got["dateline_place"], got["outlet"]) == ("Portvale", "CNN")
    assert got["line_roles"][1] == "body"


def test_place_alone_with_an_unknown_tag_is_no_dateline():
    text = "Ferry timetable approved after months of complaints\nPortvale (Video)\n" + STORY
    got = parse_text(text)
    assert (got["dateline_place"], got["outlet"]) == (None, None)


def test_reporting_credit_as_its_own_paragraph():
    text = (
        "Ferry timetable approved after months of complaints\n"
        + STORY
        + "\n—Reporting by Nate Orr, Eli Brand, and Liz Stone\n"
    )
    assert parse_text(text)["reporters"] == ["Nate Orr", "Eli Brand", "Liz Stone"]


def test_bare_contributors_paragraph_names_reporters():
    text = (
        "Ferry timetable approved after months of complaints\n"
        "By Mara Quill\n" + STORY + "\nHeather Cole and Louis Nell contributed to this report.\n"
    )
    assert parse_text(text)["reporters"] == ["Mara Quill", "Heather Cole", "Louis Nell"]


def test_contributed_paragraph_with_an_organisation_names_no_person():
    text = (
        "Ferry timetable approved\n" + STORY + "\nThe Harbour Gazette contributed to this report.\n"
    )
    assert parse_text(text)["reporters"] == []


def test_name_over_its_organisation_line_is_a_byline():
    text = (
        "Ferry timetable approved after months of complaints\n"
        "Updated March 3, 2024 at 9:12 am\n"
        "Share story\n"
        "MARA QUILL\n"
        "The Associated Press\n" + STORY
    )
    got = parse_text(text)
    assert got["reporters"] == ["Mara Quill"]
    assert got["outlet"] == "Associated Press"


def test_job_title_without_a_separator_is_cut_off_the_name():
    assert byline_people("Pavel Sorn Contact Reporter") == (["Pavel Sorn"], [])
    assert byline_people("Analysis by Mara Quill, CNN Editor-at-large") == (["Mara Quill"], ["CNN"])
    text = (
        "Ferry timetable approved after months of complaints\nPavel Sorn Contact Reporter\n" + STORY
    )
    assert parse_text(text)["reporters"] == ["Pavel Sorn"]


LEDE = (
    "The harbour authority approved the new ferry timetable on Tuesday after months of "
    "complaints from commuters.\nOfficials said the change would take effect next month."
)


def test_names_and_organisation_over_a_date_stamp_are_a_byline_not_a_credit():
    text = (
        "Harbour votes on ferry plan\n"
        "Mara Quill and Tobias Renn, Associated Press\n"
        "Updated\n1:52 pm CDT, Friday, March 1, 2024\n" + LEDE
    )
    got = parse_text(text)
    assert (got["reporters"], got["outlet"], got["media"]) == (
        ["Mara Quill", "Tobias Renn"],
        "Associated Press",
        [],
    )
    assert got["line_roles"][1] == "byline"


def test_photo_credit_under_a_caption_stays_a_credit():
    text = (
        "Harbour votes on ferry plan\n"
        "Commuters wait on the pier before dawn on Tuesday morning.\n"
        "Jo Brandt, Associated Press\n" + LEDE
    )
    got = parse_text(text)
    assert got["reporters"] == []
    assert got["media"][0]["credit"] == "Jo Brandt, Associated Press"


def test_source_line_names_the_outlet():
    text = "Harbour votes on ferry plan\n/ Source: Associated Press\n" + LEDE
    got = parse_text(text)
    assert got["outlet"] == "Associated Press"
    assert got["line_roles"][1] == "byline"


def test_without_a_headline_the_dateline_after_the_byline_opens_the_story():
    text = (
        "Two ministers pose for a photo during the harbour summit in Portvale, on July 7, 2023.\n"
        "Mara Quill, The Associated Press •\n"
        "March 1, 2024 8:21 am\n"
        "PORTVALE, Norland — The harbour authority approved the new ferry timetable on Tuesday "
        "after months of complaints from commuters about late boats, crowded decks and the "
        "closure of the old north pier.\n"
        "Officials said the change would take effect next month and cost less than expected, "
        "though several council members asked for more evening runs before the summer season."
    )
    got = parse_text(text)
    assert got["dateline_place"] == "Portvale, Norland"
    assert (got["reporters"], got["outlet"]) == (["Mara Quill"], "Associated Press")


def test_wire_copyright_notice_names_the_outlet_when_nothing_else_does():
    text = (
        "Ferry timetable approved after months of complaints\n" + LEDE + "\n"
        "© 2024 The Associated Press. All Rights Reserved. This material may not be "
        "published, broadcast, rewritten or redistributed.\n"
    )
    assert parse_text(text)["outlet"] == "Associated Press"


def test_newspaper_copyright_notice_names_no_outlet():
    text = (
        "Ferry timetable approved after months of complaints\n" + LEDE + "\n"
        "Copyright © 2024 The Washington Times, LLC.\n"
    )
    assert parse_text(text)["outlet"] is None


def test_closing_bio_with_a_newsletter_phrase_stays_prose_and_names_the_author():
    bio = (
        "Mara Quill is a freelance transport writer whose work has appeared in several "
        "magazines. She also writes the weekly newsletter Harbour Notes."
    )
    got = parse_text("Ferry timetable approved after months of complaints\n" + STORY + "\n" + bio)
    assert got["reporters"] == ["Mara Quill"]
    assert got["line_roles"][-1] == "body"
    assert got["boilerplate"] == []


def test_a_newsletter_line_that_is_no_bio_is_still_boilerplate():
    line = "Sign up for the Harbour Notes newsletter to get the timetable in your inbox."
    got = parse_text("Ferry timetable approved after months of complaints\n" + STORY + "\n" + line)
    assert got["reporters"] == []
    assert [b["rule"] for b in got["boilerplate"]] == ["newsletter"]


def test_writes_from_tagline_and_a_longer_job_description_name_the_author():
    for tagline in (
        "Tobias Renn writes from the north coast. He is on social media as @trenn.",
        "Tobias Renn is head of research at Keel Partners and author of two books.",
    ):
        got = parse_text(
            "Ferry timetable approved after months of complaints\n" + STORY + "\n" + tagline
        )
        assert got["reporters"] == ["Tobias Renn"], tagline


def test_a_person_described_early_in_the_story_is_not_its_author():
    text = (
        "Ferry timetable approved after months of complaints\n"
        "Jana Holt is a transport researcher at the port university who studied the routes.\n"
        + STORY
    )
    assert parse_text(text)["reporters"] == []


def test_names_then_organisation_and_stamp_is_a_byline():
    # Paragraphs apart, as a scrape of the page lays them out (lines of similar length run
    # together would read as one hard-wrapped paragraph).
    text = (
        "Ferry timetable approved after months of complaints\n\n"
        "Mara Quill and Tobias Renn , USA TODAY Published 9:55 p.m. ET July 15, 2018\n\n"
        + STORY.replace("\n", "\n\n")
    )
    got = parse_text(text)
    assert got["title"] == "Ferry timetable approved after months of complaints"
    assert got["reporters"] == ["Mara Quill", "Tobias Renn"]
    assert got["outlet"] == "USA Today"
    assert str(got["published"]) == "2018-07-15"
    assert got["line_roles"][1] == "byline"


def test_a_tagged_dateline_alone_under_a_deck_names_place_and_outlet():
    text = (
        "Ferry timetable approved after months of complaints\n"
        "Commuters have waited years for evening boats, and the harbour board finally listened.\n"
        "Portvale (CNN)\n" + STORY
    )
    got = parse_text(text)
    assert (got["dateline_place"], got["outlet"]) == ("Portvale", "CNN")
    assert "boilerplate" not in got["line_roles"]


def test_contributors_named_with_their_organisation_give_reporters_and_outlet():
    text = (
        "Ferry timetable approved after months of complaints\n\n"
        + STORY.replace("\n", "\n\n")
        + "\n\nCBS News' Mara Quill and Tobias Renn contributed to this report."
    )
    got = parse_text(text)
    assert got["reporters"] == ["Mara Quill", "Tobias Renn"]
    assert got["outlet"] == "CBS News"


def test_a_closing_bio_names_the_outlet_unless_the_post_is_former():
    head = "Ferry timetable approved after months of complaints\n\n" + STORY.replace("\n", "\n\n")
    got = parse_text(head + "\n\nMara Quill is an editor for Fox News. Follow her on social media.")
    assert (got["reporters"], got["outlet"]) == (["Mara Quill"], "Fox News")
    former = parse_text(head + "\n\nMara Quill is a former reporter for Fox News.")
    assert (former["reporters"], former["outlet"]) == (["Mara Quill"], None)


def test_a_closing_bio_of_a_beat_names_the_author_and_the_paper():
    """'Jo Li covers X for the Y' closes the Los Angeles Times' stories; a closing sentence of
    the same shape about anything but a paper of the table names nobody."""
    head = "Ferry timetable approved after months of complaints\n\n" + STORY.replace("\n", "\n\n")
    bio = "Mara Quill covers California politics for the Los Angeles Times from Sacramento."
    got = parse_text(f"{head}\n\n{bio} She previously reported for the Fresno Bee.")
    assert (got["reporters"], got["outlet"]) == (["Mara Quill"], "Los Angeles Times")
    assert got["line_roles"][-1] == "body"  # kept as body, as gold_dev labels a closing bio
    policy = parse_text(f"{head}\n\nMedicare Advantage covers dental care for Americans over 65.")
    assert (policy["reporters"], policy["outlet"]) == ([], None)


def test_bare_by_over_the_stamp_is_the_byline_slot_without_names():
    """'by' alone over the date stamp: the names were links the scraper lost. The line is the
    byline (so the sentence over it is the deck), and it names no reporter."""
    text = (
        "Ferry timetable approved after months of complaints\n"
        "Commuters finally get their evening boats back.\n"
        "by\n"
        "March 3, 2024 9:24 AM PST\n" + STORY
    )
    got = parse_text(text)
    assert got["line_roles"][:4] == ["title", "standfirst", "byline", "date"]
    assert got["reporters"] == []
    assert got["outlet"] is None
    assert str(got["published"]) == "2024-03-03"


def test_bare_by_over_a_names_line_is_a_byline_of_two_lines():
    text = (
        "Ferry timetable approved after months of complaints\n"
        "By\n"
        "Mara Quill and Tobias Renn\n"
        "March 3, 2024 9:24 AM PST\n" + STORY
    )
    got = parse_text(text)
    assert got["line_roles"][:4] == ["title", "byline", "byline", "date"]
    assert got["reporters"] == ["Mara Quill", "Tobias Renn"]


def test_lower_case_byline_names_are_reporters_in_title_case():
    """'by lena odum and pavel van sorn' under the headline: a byline set in lower case."""
    text = (
        "Ferry timetable approved after months of complaints\n"
        "by lena odum and pavel van sorn - march 3, 2024 9:24 am\n" + STORY
    )
    got = parse_text(text)
    assert got["line_roles"][1] == "byline"
    assert got["reporters"] == ["Lena Odum", "Pavel van Sorn"]
    assert str(got["published"]) == "2024-03-03"


def test_lower_case_words_after_by_are_no_names():
    """Ordinary words are never names: ones the page uses in lower case elsewhere ('late
    boats'), function words ('the harbour') and desk words ('web desk')."""
    for line in ("by late boats", "by the harbour", "by web desk", "by crowded decks and more"):
        text = f"Ferry timetable approved after months of complaints\n{line}\n" + STORY
        got = parse_text(text)
        assert got["reporters"] == [], line
        assert got["line_roles"][1] != "byline", line


def test_hard_wrapped_sentence_ending_in_by_is_no_lower_case_byline():
    """'... to be paid' / 'by harbour reserve funds.' in hard-wrapped wire copy: the end of a
    sentence, no byline."""
    text = (
        "PORTVALE FERRIES TO BUY TWO BOATS\n"
        "    PORTVALE, March 3 - Portvale Ferries said it plans\n"
        "to buy two new boats for its evening runs this year, with the\n"
        "purchase to be paid\n"
        "by harbour reserve funds.\n"
        " Reuter\n"
    )
    assert parse_text(text)["reporters"] == []
    wrapped = text.replace("funds.", "funds")  # and without the full stop
    assert parse_text(wrapped)["reporters"] == []


def test_comment_link_between_photo_caption_and_byline_does_not_end_the_story():
    """'Comment' (a comment-count link) under the lead photo's caption and over the byline:
    page chrome above the story, which starts after the byline, not a footer that ends it."""
    text = (
        "Ferry timetable approved after months of complaints\n"
        "March 3, 2024 at 8:11 AM\n"
        "In this March 1, 2024 file photo commuters wait for the late boat at the harbour in "
        "Portvale. (AP Photo/Mara Quill, File)\n"
        "Comment\n"
        "By Associated Press\n"
        "PORTVALE, Maine (AP) -- " + STORY
    )
    got = parse_text(text)
    assert got["dateline_place"] == "Portvale, Maine"
    assert got["body"].startswith("PORTVALE, Maine (AP) -- The harbour authority")
    assert got["outlet"] == "Associated Press"
    assert got["line_roles"][3:5] == ["boilerplate", "byline"]
    deck = text.replace(
        "In this March 1, 2024 file photo commuters wait for the late boat at the harbour in "
        "Portvale. (AP Photo/Mara Quill, File)",
        "Commuters finally win the evening boats they asked the harbour board for last year.",
    )
    assert "Residents who spoke" in parse_text(deck)["body"]  # a deck over it: the same


def test_comment_footer_under_a_captioned_photo_ends_nothing_above_the_story():
    """A photo caption with its credit glued on is no story line: a comment link under it,
    before any story line, ends nothing."""
    text = (
        "Ferry timetable approved after months of complaints\n"
        "Commuters wait for the late boat at the harbour in Portvale on Friday, March 1, "
        "2024. (Photo by Mara Quill/Portvale Post)\n"
        "Comment\n" + STORY
    )
    got = parse_text(text)
    assert got["body"].startswith("The harbour authority approved")
    assert got["body"].endswith("asked for more evening runs.")


def test_closing_bio_with_a_capitalised_chair_names_the_author():
    """'Lena Odum is the Harbour Professor of Law at ...': a named chair is capitalised."""
    text = (
        "The ferry timetable shows what the harbour board got right\n"
        + STORY
        + "\nLena Odum is the Harbour Professor of Law at Portvale University."
    )
    assert parse_text(text)["reporters"] == ["Lena Odum"]


def test_author_box_bio_under_the_story_names_author_and_outlet():
    """'Lena Odum Lena Odum is The Boston Globe's harbour bureau chief.' (the box's name
    heading run into its bio) over a subscription pitch: the author and the outlet."""
    text = (
        "Ferry timetable approved after months of complaints\n"
        "by Lena Odum March 3 at 7:08 AM\n" + STORY + "\n"
        "Lena Odum Lena Odum is The Boston Globe's harbour bureau chief. She previously "
        "covered the courts.\n"
        "The story must be told.\n"
        "Your subscription supports journalism that matters.\n"
    )
    got = parse_text(text)
    assert got["reporters"] == ["Lena Odum"]
    assert got["outlet"] == "The Boston Globe"
    assert [b["rule"] for b in got["boilerplate"]][-2:] == ["subscription_pitch"] * 2
    assert "Lena Odum Lena Odum" in got["body"]  # the bio stays a body line


def test_months_that_are_names_count_as_names_when_capitalised():
    """'May', 'June', 'April' and 'August' are also names ('Jo May', 'June Lind'); written in
    lower case or beside a word of time ('last May') they stay dates."""
    assert person_name("Jo May") == "Jo May"
    assert person_name("June Lind") == "June Lind"
    assert person_name("APRIL ODUM") == "April Odum"
    for fragment in ("last May", "Early June", "Since August", "Jo may", "March Lind", "May"):
        assert person_name(fragment) is None, fragment
    text = "Ferry timetable approved after months of complaints\nBy June Lind and Jo May\n"
    assert parse_text(text + STORY)["reporters"] == ["June Lind", "Jo May"]


def test_a_story_run_into_one_paragraph_is_no_author_note():
    """A scrape that joins the whole story into one paragraph: its opening sentence ('Mara
    Quill is back to shutting down reporters') and a 'report by' inside it are story, not
    a closing author note; the same sentences as a short closing note still are."""
    long = (
        "Mara Quill is back to shutting down reporters who ask about the ferry contract. "
        + STORY.replace("\n", " ") * 3
        + " A report by Tobias Renn estimated the cost at twice the budget."
    )
    assert len(long) > 1000
    assert parse_text("Quill shuts down reporters again\n" + long)["reporters"] == []
    short = "Ferry timetable approved\n" + STORY + "\nThis report was written by Tobias Renn."
    assert parse_text(short)["reporters"] == ["Tobias Renn"]


def test_bodies_and_places_are_no_names():
    for fragment in (
        "Congress’ Joint Committee",
        "Religion Dispatches",
        "Lansdowne Road",
        "Harbour Commission",
        "Quay Street",
    ):
        assert person_name(fragment) is None, fragment
    text = "Preview: Portvale v Harbour Town (Sun)\nQuayside Stadium, Portvale\n" + STORY
    assert parse_text(text)["reporters"] == []


def test_a_possessive_is_no_part_of_a_name_and_a_headline_in_capitals_is_no_credit():
    """'DONALD TRUMP, GERMANY’S DISFAVORED SON – POLITICO' read as a photo credit (two
    photographers and an agency) and the page lost its title."""
    for fragment in ("Portvale’s Favourite Son", "HARBOUR’S LAST FERRY", "Mara Quill's"):
        assert person_name(fragment) is None, fragment
    for name in ("Jo O’Shea", "Mara D'Souza", "Lena O'Sullivan"):
        assert person_name(name) == name
    got = parse_text(
        "LENA ODUM, PORTVALE’S FAVOURITE DAUGHTER – POLITICO\n\n"
        "The mayor of Portvale has a complicated relationship with the island of her "
        "grandmother, and the feeling is mutual across the harbour.\n"
    )
    assert got["title"] == "LENA ODUM, PORTVALE’S FAVOURITE DAUGHTER"
    assert got["line_roles"] == ["title", "body"]
    assert got["media"] == []


def test_a_place_that_reads_as_a_name_is_no_reporter_photographer_or_agency():
    """`pipeline/knowledge/places.csv`: a bureau city after the byline's name, a place that
    opens a closing sentence as an author's note would, a place in a photo credit."""
    for place in ("New York", "NEW YORK", "Abu Dhabi", "St. Louis", "Sri Lanka"):
        assert person_name(place) is None, place
    assert person_name("Jo Newyork") == "Jo Newyork"
    byline = parse_text("Ferry timetable approved\nBy Mara Quill, New York\n" + STORY)
    assert byline["reporters"] == ["Mara Quill"]
    closing = "Ferry timetable approved\n" + STORY + "\nAbu Dhabi is the largest oil producer."
    assert parse_text(closing)["reporters"] == []
    credit = parse_text("Ferry timetable approved\n" + STORY + "\nPhoto: Hong Kong/AFP\n")
    assert [(m["photographers"], m["agencies"]) for m in credit["media"]] == [([], ["AFP"])]


def test_where_a_reporter_filed_from_is_cut_from_the_byline():
    one = parse_text("Ferry timetable approved\nBy Mara Quill in Portvale\n" + STORY)
    assert one["reporters"] == ["Mara Quill"]
    two = "Ferry timetable approved\nBy Mara Quill in Portvale and Tobias Renn in New York\n"
    assert parse_text(two + STORY)["reporters"] == ["Mara Quill", "Tobias Renn"]


HEADLINE = "Ferry timetable approved after months of complaints"
NAMES = "Mara Quill, Tobias Renn, Ines Varga, Olaf Brandt, Petra Lind and Hugo Sallis"
WIRE_STORY = (
    "PORTVALE (AP) — The harbour authority approved the new ferry timetable on Tuesday after "
    "months of complaints from commuters about late boats and crowded decks.\n"
    "Officials said the change would take effect next month and cost less than expected."
)


def test_names_listed_over_the_dateline_paragraph_are_the_byline_not_the_headline():
    """A page without its headline: 'A, B and C' over 'PORTVALE (AP) — ...' is the byline
    without its 'By', never the title."""
    got = parse_text(f"Print\nMara Quill, Tobias Renn and Ines Varga\n{WIRE_STORY}")
    assert got["line_roles"][:2] == ["boilerplate", "byline"]
    assert not got["title"]
    assert got["reporters"] == ["Mara Quill", "Tobias Renn", "Ines Varga"]


def test_a_long_list_of_names_under_the_stamp_is_the_byline():
    """Six names run past twelve words (a prose line's length): still the byline, under the
    headline and its stamp, over a job label or the dateline paragraph."""
    for under in ("", "Staff Writers\n"):
        got = parse_text(
            f"{HEADLINE}\nUpdated: May 4, 2020 — 7:15 AM EDT\n{NAMES}\n{under}{WIRE_STORY}"
        )
        assert got["title"] == HEADLINE
        assert got["line_roles"][2] == "byline"
        assert len(got["reporters"]) == 6


def test_two_names_under_the_headline_presented_in_the_closing_bio_are_the_byline():
    """An opinion page: 'Jo Li and Kim Bo' alone under the headline, and the last paragraph
    presents them ('Jo Li, USN (ret.), is ...'): the authors, not the story's subjects."""
    bio = (
        "Mara Quill, USN (ret.), is a former harbour master. Tobias Renn is a senior fellow at "
        "the Portvale Institute."
    )
    got = parse_text(f"{HEADLINE}\nMara Quill and Tobias Renn\n{STORY}\n{bio}")
    assert got["line_roles"][1] == "byline"
    assert got["reporters"] == ["Mara Quill", "Tobias Renn"]
    # a story that reports on them by name elsewhere: no byline (they are its subjects)
    subject = STORY + "\nRenn told the council the boats were late."
    assert parse_text(f"{HEADLINE}\nMara Quill and Tobias Renn\n{subject}")["reporters"] == []


@pytest.mark.parametrize("byline", ["Mara Quill | Contributor", "Mara Quill"])
def test_a_name_under_the_repeated_headline_is_the_byline(byline):
    """'Headline | Site' / section / photo / ad / 'Headline' again / 'Jo Li | Contributor' /
    stamp: the name is the byline (it was the deck, or chrome five lines under the first
    headline); its place is under the repeat."""
    caption = (
        "FILE - In this May 4, 2019, file photo, the harbour chair speaks at the pier in "
        "Portvale. (AP Photo/Ann Berg, File)"
    )
    lines = [f"{HEADLINE} | The Portvale Post", "Local News", caption, "Advertisement", HEADLINE]
    got = parse_text("\n".join([*lines, byline, "May 4, 2020 07:30 AM", STORY]))
    assert got["line_roles"][5:7] == ["byline", "date"]
    assert got["reporters"] == ["Mara Quill"]


def test_a_reporter_label_opens_a_byline():
    got = parse_text(f"{HEADLINE}\nReporter: Mara Quill\n{STORY}")
    assert got["line_roles"][1] == "byline" and got["reporters"] == ["Mara Quill"]


def test_two_names_can_head_a_page_about_them_and_capitals_are_no_names():
    """Guards: 'Mara Quill and Tobias Renn' over a paragraph about them is the headline (a page
    about the two), and a wire headline in capitals with a comma is no list of names."""
    about = "Mara Quill is rumoured to have met Tobias Renn at the pier in May."
    got = parse_text(f"Mara Quill and Tobias Renn\n{about}\n{STORY}")
    assert got["title"] == "Mara Quill and Tobias Renn"
    caps = "HARBOUR BANK SEES NO RISE, TRADERS SAY"
    got = parse_text(f"{caps}\n{WIRE_STORY}")
    assert got["title"] == caps and got["reporters"] == []


def test_a_deck_between_the_headline_and_a_name_alone():
    """'Headline' / deck / 'Jo Li' / story that never names Jo Li: the deck, then the byline
    (the name was story, the reporter lost, when a deck stood between it and the headline)."""
    deck = "Neither side expects a breakthrough from the talks, which could last for hours."
    got = parse_text(f"{HEADLINE}\n{deck}\nMara Quill\n{STORY}")
    assert got["line_roles"][:3] == ["title", "standfirst", "byline"]
    assert got["reporters"] == ["Mara Quill"]


def test_a_place_alone_over_a_paragraph_inside_the_story_is_story():
    """'GLASGOW, Scotland' set alone over the paragraph it opens, where the story already began
    higher up (an undecided sentence under the headline): story, not chrome."""
    deck = "Neither side expects a breakthrough from the talks, which could last for hours."
    caption = (
        "FILE - In this May 4, 2019, file photo, the harbour chair speaks at the pier in "
        "Portvale. (AP Photo/Ann Berg, File)"
    )
    head = [f"{HEADLINE} | The Portvale Post", deck, "Local News", caption, HEADLINE]
    stamp = ["By Mara Quill", "May 4, 2020 07:30 AM"]
    got = parse_text("\n".join([*head, *stamp, "GLASGOW, Scotland", STORY]))
    assert got["line_roles"][5:9] == ["byline", "date", "body", "body"]
