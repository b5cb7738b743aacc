"""Headlines in the layouts of scraped news sites without labelled pages (invented pages:
made-up names, places and stories in the shapes the sites use)."""

import textwrap

import pytest

from pipeline.parse import parse_text
from pipeline.parse.headline import strip_site_suffix
from pipeline.parse.lines import split_lines, unwrap
from tests.pages import roles_of

STORY = (
    "The harbour authority approved the new ferry timetable on Tuesday after months of "
    "complaints from commuters about late boats and crowded decks.\n"
    "Officials said the change would take effect early next month and would cost the town "
    "less than the board had expected.\n"
    "Residents who spoke at the meeting welcomed the decision but asked the board for more "
    "evening runs in the summer."
)


# A sidebar of story cards above a page without a headline ---------------------------------


SIDEBAR = (
    "Why Lighthouse Keepers Are Quietly Coming Back to the Coast\n"
    "by Harbour Notes - Jul 15, 2018 2:37 pm\n"
    "The return of the keepers says more about insurance than about romance.\n"
    "Jul 15, 2018 2:37 PM\n"
    "by Tide Tables Weekly - Jul 15, 2018 2:39 pm\n"
    "Here is what the new timetable means for the island routes\n"
    "Jul 15, 2018 2:39 PM\n"
)


def test_headline_of_a_sidebar_card_is_not_the_title():
    got = parse_text(SIDEBAR + "Authored by Mara Quill via Portvale Review,\n" + STORY)
    assert got["title"] == ""
    assert "no_title" in got["quality_flags"]
    roles = roles_of(SIDEBAR + STORY)
    assert roles["Why Lighthouse Keepers Are Quietly Coming Back to the Coast"] == "boilerplate"


def test_headline_under_a_sidebar_card_is_the_title():
    text = SIDEBAR + "How Ferry Captains Spend Their Mornings\nSubmitted by Mara Quill\n" + STORY
    assert parse_text(text)["title"] == "How Ferry Captains Spend Their Mornings"


# Headline, deck, stamp ----------------------------------------------------------------------


def test_headline_over_a_longer_deck_and_a_stamp():
    text = (
        "Get the Portvale app for free.    Then add this bookmark to your home screen.\n"
        "APP Frontpage\n"
        "Ferry timetable approved after long fight\n"
        "This is why commuters call it the 'slowest harbour in the north'\n"
        "Published: 12 mins ago\n" + STORY
    )
    got = parse_text(text)
    assert got["title"] == "Ferry timetable approved after long fight"
    roles = roles_of(text)
    assert roles["This is why commuters call it the 'slowest harbour in the north'"] == "standfirst"


def test_headline_over_a_deck_and_a_byline():
    text = (
        "Commuters win evening ferry runs\n"
        "Harbour board to decide whether extra boats go on the winter schedule\n"
        "By Mara Quill, Portvale Reporter\n"
        "Posted: 7:37 PM, May 30, 2019\n" + STORY
    )
    assert parse_text(text)["title"] == "Commuters win evening ferry runs"


def test_video_title_over_the_headline_that_runs_into_the_story():
    # The short line on top titles a video; the line under it heads the story, which starts
    # right below it with the video's description.
    text = (
        "Ferry summit: Top harbour issues\n"
        "Timetable changes at top of the harbour board's list for Tuesday\n"
        "Harbour analyst Tobias Renn on the board's upcoming meeting with the ferry operators "
        "and the commuters' committee.\n" + STORY
    )
    assert (
        parse_text(text)["title"]
        == "Timetable changes at top of the harbour board's list for Tuesday"
    )


# Lines that open the story on a page without a headline ------------------------------------


def test_short_first_sentence_under_a_time_stamp_is_not_the_title():
    text = "May 31 at 3:41 PM\nThis week, the ferry finally sailed.\n" + STORY
    got = parse_text(text)
    assert got["title"] == ""
    assert "This week, the ferry finally sailed." in got["body"]


def test_caption_under_its_photo_credit_is_not_the_title():
    text = "Mara Quill | Getty Images\nTobias Renn, Harbour Master of Portvale\n" + STORY
    assert parse_text(text)["title"] == ""


def test_section_head_under_a_credited_caption_is_not_the_title():
    text = "Harbour master Tobias Renn (D-Portvale) (AP Photo/Mara Quill)\nOn The Water\n" + STORY
    assert parse_text(text)["title"] == ""


def test_by_line_over_the_stamp_is_not_the_title():
    text = (
        "Opinion Interpretation of the news based on evidence, including data, as well as "
        "anticipating how events might unfold based on past events\n"
        "The harbour board is bound to its charter, not to the loudest voices\n"
        "The harbour office in Portvale. (Mara Quill/AP)\n"
        "By Readers of the Gazette\n"
        "May 30 at 4:36 PM\n" + STORY
    )
    assert (
        parse_text(text)["title"]
        == "The harbour board is bound to its charter, not to the loudest voices"
    )


def test_short_sentence_under_the_first_paragraph_is_not_the_title():
    text = (
        "The harbour authority approved the new ferry timetable on Tuesday after months of "
        "complaints from commuters about late boats.\n"
        "The new boats will enter service in the spring, once crews are trained.\n"
    )
    assert parse_text(text)["title"] == ""


def test_menu_line_over_a_sentence_case_headline_is_no_headline():
    text = (
        "Local News Ferries Timetables Weather\n"
        "Commuters win evening runs after months of complaints\n"
        "By Mara Quill\n"
        "May 30, 2019\n" + STORY
    )
    assert parse_text(text)["title"] == "Commuters win evening runs after months of complaints"


def test_wire_headline_in_capitals_over_its_dateline_line():
    text = (
        "PORTVALE <PVF.O> CHAIR NAMED CEO\n"
        "    PORT ELLEN, Calif., June 2- Portvale Ferry Co said Mara\n"
        "Quill, currently chair, was named to the additional post\n"
        "of chief executive.\n"
        "    The company said Quill was also elected to its board.\n"
        " Reuter"
    )
    assert parse_text(text)["title"] == "PORTVALE <PVF.O> CHAIR NAMED CEO"


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        # a wire headline in capitals names its source after the dash: part of the headline
        ("PORTVALE FERRY FARES TO RISE - NY TIMES", "PORTVALE FERRY FARES TO RISE - NY TIMES"),
        # a page's headline names its site after the dash: site chrome
        ("Portvale ferry fares to rise - NY Times", "Portvale ferry fares to rise"),
    ],
)
def test_a_dash_and_an_organisation_after_a_headline(headline, title):
    text = (
        f"{headline}\n"
        "    PORT ELLEN, June 2 - Portvale Ferry Co said fares would rise by a tenth\n"
        "from July, the first rise in four years.\n"
        " Reuter"
    )
    assert parse_text(text)["title"] == title


def test_breadcrumb_over_the_headline_is_no_headline():
    text = (
        "Home > Local news > Ferries\n"
        "Commuters win evening runs after months of complaints\n"
        "By Mara Quill\n"
        "May 30, 2019\n" + STORY
    )
    assert parse_text(text)["title"] == "Commuters win evening runs after months of complaints"


def test_a_broadcaster_channel_name_is_not_the_headline():
    """A programme page opens with its station ('<broadcaster> Radio 3 Jazz'): the programme's
    name under it is the headline; a headline that opens with the broadcaster stays one."""
    text = (
        "CBC Radio 3 Jazz\n"
        "Late Night Session Picks\n"
        "Late Night Session Picks... the new records our presenters chose this week, in one "
        "handy programme. Radio 3 Jazz plays new music from around the country every night.\n"
        "Show more / Show less"
    )
    got = parse_text(text)
    assert got["title"] == "Late Night Session Picks"
    assert got["line_roles"][0] == "boilerplate"
    headline = "CBC Two cancels its late night quiz after one season\n" + STORY
    assert parse_text(headline)["title"] == "CBC Two cancels its late night quiz after one season"


# The lead photo above the headline ------------------------------------------------------------


def test_headline_under_a_credited_lead_photo_over_the_dateline_paragraph():
    page = (
        "Commuters board the evening ferry at the north pier. (AP Photo/Nils Varga)\n"
        "Harbour authority approves the new ferry timetable\n"
        "PORTVALE, Maine (AP) — " + STORY
    )
    got = parse_text(page)
    assert got["title"] == "Harbour authority approves the new ferry timetable"
    assert got["line_roles"][:3] == ["caption", "title", "body"]
    assert got["media"][0]["photographers"] == ["Nils Varga"]
    assert got["dateline_place"] == "Portvale, Maine"


def test_a_sentence_under_a_credited_photo_still_opens_the_story():
    page = (
        "Commuters board the evening ferry at the north pier. (AP Photo/Nils Varga)\n"
        "The ferry timetable changes next month.\n" + STORY
    )
    got = parse_text(page)
    assert got["title"] == ""
    assert got["body"].startswith("The ferry timetable changes next month.")


# Lines that are no headline: a post's signature, a clip's label, a live stamp, chrome -------


def test_quoted_post_signature_is_not_the_title():
    text = "— Jo Li (@joli) July 16, 2018\n" + STORY
    assert parse_text(text)["title"] == ""


def test_video_label_with_its_running_time_is_not_the_title():
    text = "Watch the harbour board vote on the timetable 04:45\n" + STORY
    assert parse_text(text)["title"] == ""
    # a clock time closing a headline is no running time
    assert parse_text("Harbour board to vote at 10:30\n" + STORY)["title"] == (
        "Harbour board to vote at 10:30"
    )


def test_dateline_alone_under_a_clip_label_is_not_the_title():
    text = "Watch the board vote 04:45\nPortvale (CNN)\n" + STORY
    got = parse_text(text)
    assert got["title"] == ""
    assert got["dateline_place"] == "Portvale"
    assert got["outlet"] == "CNN"


def test_live_page_update_stamp_is_not_the_title():
    text = "Updated less than 1 min ago7:20 a.m. ET, July 16, 2018\n" + STORY
    assert parse_text(text)["title"] == ""


def test_share_bar_and_follow_prompt_are_not_the_title():
    share = "FacebookEmail Twitter Google+ LinkedIn Pinterest\n"
    got = parse_text(share + "Ferry timetable approved in Portvale\nBy Kim Bo\n" + STORY)
    assert got["title"] == "Ferry timetable approved in Portvale"
    assert parse_text("Follow @kimbo\n" + STORY)["title"] == ""
    assert parse_text("MUST WATCH\n" + STORY)["title"] == ""


def test_quoted_post_over_its_signature_is_not_the_title():
    text = (
        "Updated Dec. 25 at 3:53 pm E.T.\n"
        "The harbour board will vote on the timetable tonight\n"
        "— Jo Li (@joli) December 24, 2016\n" + STORY
    )
    assert parse_text(text)["title"] == ""
    stamp = "less than 1 min ago5:43 a.m. ET, July 16, 2018"
    got = parse_text(f"Ferry timetable approved\n{stamp}\n{STORY}")
    assert got["title"] == "Ferry timetable approved"
    assert roles_of(f"Ferry timetable approved\n{stamp}\n{STORY}")[stamp] != "standfirst"


@pytest.mark.parametrize(
    "head",
    [
        "BUSTED: Harbour Board Hid The Ferry Contract From Voters For Two Years",
        "ALERT – Harbour Master Issues AMAZING Response To His Critics",
    ],
)
def test_a_shouted_label_opens_a_headline_not_a_dateline(head):
    """Blogs open headlines with a shouted label and a colon or a dash ('OOPS: ...', 'WHOA –
    ...'); the words after it are in headline case. Read as a dateline ('PLACE: ...', an
    ALL-CAPS place before a dash) the headline was lost and its label became the place."""
    text = (
        f"{head}\n\n"
        "The harbour board kept the new ferry contract from the public for two years, "
        "documents released on Tuesday show.\n"
        "Board members declined to comment on the documents.\n"
    )
    got = parse_text(text)
    assert got["title"] == head
    assert got["dateline_place"] is None
    assert got["body"].startswith("The harbour board kept")


@pytest.mark.parametrize("mark", [":", " –"])
def test_a_place_before_a_colon_or_a_dash_still_opens_the_story(mark):
    text = (
        "Ferry timetable approved after months of complaints\n\n"
        f"PORTVALE{mark} The harbour board approved the new ferry timetable on Tuesday after "
        "months of complaints from commuters about late boats.\n"
        "Officials said the change would take effect next month.\n"
    )
    got = parse_text(text)
    assert got["title"] == "Ferry timetable approved after months of complaints"
    assert got["dateline_place"] == "Portvale"


@pytest.mark.parametrize(
    "under",
    [
        "Commuters are finally getting the evening boats they asked for after months of rows",
        "So what changes for the people who take the ferry to work every morning?",
        "(after a vote of 7-2 - the board had been split for a year)",
    ],
)
def test_a_short_first_line_set_apart_is_the_headline_over_a_longer_line(under):
    """A text that opens with a short headline, a blank line and a longer line (a deck, a
    question to the reader, a note): the first line is the headline."""
    got = parse_text("Ferries win night runs\n\n" + under + "\n\n" + STORY)
    assert got["title"] == "Ferries win night runs"


def test_a_first_line_that_is_a_sentence_is_no_headline_over_the_next():
    text = (
        "The ferries ran late again.\n\n"
        "Harbour board approves new ferry timetable after months of complaints\n\n" + STORY
    )
    got = parse_text(text)
    assert got["title"] == "Harbour board approves new ferry timetable after months of complaints"


@pytest.mark.parametrize(
    "menu",
    ["News | Sport | Weather | Culture", "World | Local News | Politics", "Home | Opinion | US"],
)
def test_a_menu_of_short_items_between_bars_is_no_headline(menu):
    head = "Harbour authority approves the new ferry timetable"
    got = parse_text(menu + "\n" + head + "\n" + STORY)
    assert got["title"] == head
    assert roles_of(menu + "\n" + head + "\n" + STORY)[menu] == "boilerplate"


def test_a_headline_with_bars_and_a_long_first_part_stays_the_headline():
    head = "Harbour authority approves the new ferry timetable | Local | Portvale"
    got = parse_text(head + "\n" + STORY)
    assert got["title"].startswith("Harbour authority approves the new ferry timetable")


# A Title Case headline over a long deck, and a page that sets its headline twice ----------


DECK = (
    "Commuters had asked for later boats for years, and the board says the change will cost "
    "less than expected"
)


def test_title_case_headline_over_a_long_sentence_case_deck_and_a_byline():
    """The Wall Street Journal's layout (helsinki_dev): the deck under the headline is longer
    than headlines run, so the Title Case line with its small words in lower case is the
    headline, not a menu, and the deck over the byline is the standfirst."""
    text = (
        "World\n"
        "Harbour Board Adds Evening Runs for Commuters\n"
        f"{DECK}\n"
        "By\n"
        "mara.quill@example.com\n"
        "July 16, 2018 5:10 a.m. ET\n" + STORY
    )
    got = parse_text(text)
    assert got["title"] == "Harbour Board Adds Evening Runs for Commuters"
    assert dict(zip(text.split("\n"), got["line_roles"], strict=False))[DECK] == "standfirst"


def test_headline_set_twice_with_a_section_label_between_is_the_title():
    """'Headline' / 'Business' / 'Headline' / deck / 'By': the repeated line is the headline
    (the deck scored higher before, over the byline) and the deck under the repeat is the
    standfirst."""
    text = (
        "Ferry Fares Fall Ahead of Summer Season\n"
        "Business\n"
        "Ferry Fares Fall Ahead of Summer Season\n"
        "Analysts expect the cut to draw more day trippers to the islands\n"
        "By\n"
        "mara.quill@example.com\n"
        "July 16, 2018 6:20 a.m. ET\n" + STORY
    )
    got = parse_text(text)
    assert got["title"] == "Ferry Fares Fall Ahead of Summer Season"
    assert got["line_roles"][:5] == ["title", "boilerplate", "boilerplate", "standfirst", "byline"]
    assert got["boilerplate"][1] == {
        "text": "Ferry Fares Fall Ahead of Summer Season",
        "rule": "repeated_title",
    }


def test_a_label_in_capitals_before_a_repeat_of_the_headline():
    """'BREAKING: Headline' set twice under the plain headline repeats it: the plain line
    on top stays the title (FakeNewsNet page); the copies are chrome."""
    head = "Every Ferry Commuter Gets A Free Season Ticket This Summer!"
    text = f"{head}\nBREAKING: {head}\nShare this story\nBREAKING: {head}\n" + STORY
    got = parse_text(text)
    assert got["title"] == head
    rules = [b["rule"] for b in got["boilerplate"]]
    assert rules == ["repeated_title", "share_prompt", "repeated_title"]


def test_a_title_case_menu_over_a_long_sentence_case_headline_is_no_headline():
    """Without small words in lower case a Title Case line over a long line is a menu."""
    headline = (
        "Commuters win evening runs after months of complaints about late boats and crowded "
        "decks at the pier"
    )
    text = f"Subscribe\nLocal News Ferries Timetables Weather\n{headline}\nBy Mara Quill\n"
    got = parse_text(text + "May 30, 2019\n" + STORY)
    assert got["title"] == headline
    assert got["line_roles"][:3] == ["boilerplate", "boilerplate", "title"]


# A headline of two sentences over the story that restates it -----------------------------


def test_a_two_sentence_headline_restated_by_the_first_paragraph_is_the_title():
    """A long headline ending in a full stop reads like a story line; the first paragraph
    repeating most of its words tells it apart."""
    headline = (
        "I rode 16 different ferry routes around Portvale this year. These are the 5 I will "
        "ride again in 2025."
    )
    lead = (
        "I love testing the ferry routes around Portvale, and I rode more than a dozen "
        "different ones this year, from the harbour loop to the island runs."
    )
    got = parse_text(f"{headline}\n\n{lead}\n\n{STORY}\n")
    assert got["title"] == headline
    assert got["body"].startswith(lead)


def test_a_long_first_sentence_that_the_story_does_not_repeat_stays_in_the_body():
    opener = (
        "The harbour authority said on Monday that the old ferry pier would close for two "
        "years of repairs starting next month."
    )
    got = parse_text(f"{opener}\n\n{STORY}\n")
    assert got["title"] == ""
    assert got["body"].startswith(opener)


def test_a_gallery_link_under_the_headline_does_not_take_the_title():
    """'Photos: <a gallery's title>' under the headline links to another page; on a gallery
    page under a section label it is the headline itself (tests/test_parse_credits_glued.py)."""
    headline = "Harbour board shuts the old ferry pier"
    link = "Photos: Portvale Ferry Festivals Over the Decades"
    got = parse_text(f"{headline}\n\n{link}\n\n{STORY}\n")
    assert got["title"] == headline
    assert got["media"] == []
    assert link not in got["body"]
    assert got["body"].startswith(STORY.split("\n")[0])


# A page whose headline the scrape lost: a linked story's teaser, a paywall's cut ------------


def test_a_teaser_cut_short_under_other_lines_is_no_headline():
    """A paywalled page keeps its first paragraphs, the last cut with '...' above the
    paywall's prompt (a WSJ page in helsinki_dev); a linked story's teaser ends so too."""
    page = (
        "May 31, 2019 8:00 a.m. ET\n"
        "In June, the harbour board will decide whether the old ferry pier can be rebuilt "
        "with money from the port's reserve.\n"
        "The plan is controversial because it could delay the new breakwater by two years.\n"
        "The pier's fate determines how many boats the island routes can run each summer, "
        "how...\n"
        "To Read the Full Story\n"
    )
    got = parse_text(page)
    assert got["title"] == ""
    assert got["body"].startswith("In June, the harbour board")
    assert got["body"].endswith("each summer, how...")
    assert got["boilerplate"][-1] == {"text": "To Read the Full Story", "rule": "paywall"}
    assert "truncated" in got["quality_flags"]


def test_a_first_line_ending_in_an_ellipsis_is_still_the_headline():
    """A headline of its own opens the text: clickbait ends in '…' (FakeNewsNet, Horne)."""
    got = parse_text(
        "The Harbour Board Just Made Its Decision And Fishermen Are Furious…\n\n" + STORY
    )
    assert got["title"] == "The Harbour Board Just Made Its Decision And Fishermen Are Furious…"


def test_the_title_of_a_linked_story_under_a_see_also_label_is_no_headline():
    """A photo's button and agency, the story's first paragraph, then 'see also' / '<a linked
    story's headline>': a page whose own headline the scrape lost (a New York Post page in
    helsinki_dev)."""
    page = (
        "Modal Trigger\nReuters\n"
        "The harbour board said on Monday it would hold a crucial vote on the ferry timetable "
        "next week after months of complaints.\n"
        "see also\nFerry board meets for crucial vote\n" + STORY
    )
    got = parse_text(page)
    assert got["title"] == ""
    assert roles_of(page)["see also"] == "boilerplate"


@pytest.mark.parametrize("label", ["see also", "Most Popular", "Read more"])
def test_a_see_also_label_atop_the_page_is_chrome_over_the_headline(label):
    """Over everything else, the label heads nothing the page shows: the line under it is the
    page's headline."""
    page = f"{label}\nFerry board backs the new timetable\n" + STORY
    assert parse_text(page)["title"] == "Ferry board backs the new timetable"
    assert roles_of(page)[label] == "boilerplate"


def test_a_see_also_line_with_its_link_does_not_rule_out_the_line_under_it():
    page = "Related: Ferry board meets\nHarbour board backs the new ferry timetable\n" + STORY
    assert parse_text(page)["title"] == "Harbour board backs the new ferry timetable"


def test_a_section_name_before_the_headline_is_cut_and_the_repeat_set_aside():
    """'Opinion |<headline>' atop a New York Times page, the headline printed again under the
    advertisement: the title is the headline alone, its second print a repeat."""
    page = (
        "Opinion |Will the Harbour Board Survive the Ferry Vote?\n"
        "Advertisement\n"
        "Will the Harbour Board Survive the Ferry Vote?\n" + STORY
    )
    got = parse_text(page)
    assert got["title"] == "Will the Harbour Board Survive the Ferry Vote?"
    assert {"text": "Will the Harbour Board Survive the Ferry Vote?", "rule": "repeated_title"} in (
        got["boilerplate"]
    )


def test_a_headline_that_opens_with_a_section_word_keeps_it():
    """Only a section's name set off by a bar is cut."""
    got = parse_text("Opinion polls put the harbour board ahead of the ferry vote\n" + STORY)
    assert got["title"] == "Opinion polls put the harbour board ahead of the ferry vote"


def test_chrome_atop_the_page_and_under_the_headline_leaves_headline_and_deck():
    """'Share this article' over the headline and between it and its deck: the headline still
    heads the page (not the short line over the date stamp) and the deck is still the deck."""
    deck = "The board's vote ends months of complaints from commuters about late boats."
    page = (
        "Share this article\nFerry board backs the new timetable\nShare this article\n"
        f"{deck}\nBy Mara Quill\nJuly 16, 2018\n" + STORY
    )
    got = parse_text(page)
    assert got["title"] == "Ferry board backs the new timetable"
    assert roles_of(page)[deck] == "standfirst"
    assert got["reporters"] == ["Mara Quill"]


def test_a_topic_tag_line_over_the_date_stamp_is_no_headline():
    """'Filed under <topic> at' (its time lost) over the stamp, under chrome and the headline:
    a tag line, not the headline the stamp would otherwise vouch for."""
    page = (
        "Share this article\nFerry board backs the new timetable\n"
        "Filed under Harbour Board at\n1 hr ago\n" + STORY
    )
    got = parse_text(page)
    assert got["title"] == "Ferry board backs the new timetable"
    assert {"text": "Filed under Harbour Board at", "rule": "topic_tags"} in got["boilerplate"]


def test_a_headline_with_its_section_and_site_after_bars():
    """'Headline | Section | Site' (a page's title tag over the page): the headline alone is
    the title, and its plain print below is a repeat."""
    head = "Ferry board backs the new timetable"
    page = f"{head} | Local News | The Portvale Post\n{head}\nBy Mara Quill\n" + STORY
    got = parse_text(page)
    assert got["title"] == head
    assert {"text": head, "rule": "repeated_title"} in got["boilerplate"]
    assert got["reporters"] == ["Mara Quill"]
    assert strip_site_suffix("Harbour | Ferries | Portvale") == "Harbour | Ferries"


@pytest.mark.parametrize(
    "head",
    [
        "Harbour board backs the new ferry timetable after months of complaints from commuters",
        "BREAKING: Harbour Board Just Made A Decision About The Old Pier And Fishermen Are "
        "Absolutely Furious About What Happens Next",
        # in capitals (a wire report's headline in capitals stays apart from its story: there
        # no blank line closes the headline, tests/test_parse_wire_copy.py)
        "HARBOUR BOARD BACKS THE NEW FERRY TIMETABLE AFTER MONTHS OF COMPLAINTS FROM COMMUTERS",
        "HARBOUR BOARD BANS FISHING FROM THE OLD PIER IN HISTORIC MOVE TO RESTORE THE QUAY!!! "
        "– Portvale Daily",
    ],
)
def test_a_long_headline_broken_by_a_hard_wrap_is_the_title(head):
    """A text wrapped at 70 columns (a mail or a terminal's copy): the headline's two lines are
    one headline; the story's wrapped paragraphs, which end in full stops, are none. (A site
    named as papers are, '– Portvale Daily', comes off the headline since 2026-12-05.)"""
    wrapped = "\n\n".join(textwrap.fill(p, 70) for p in [head, *STORY.strip().split("\n")])
    got = parse_text(wrapped + "\n")
    assert got["title"] == head.removesuffix(" – Portvale Daily")
    assert got["body"] == "\n\n".join(STORY.strip().split("\n"))
    story_only = "\n\n".join(textwrap.fill(p, 70) for p in STORY.strip().split("\n"))
    assert parse_text(story_only + "\n")["title"] == ""


def test_two_lines_in_capitals_that_end_a_sentence_are_not_joined_as_one_headline():
    """The first block in capitals is one wrapped headline only when its lines stop
    mid-phrase: 'HARBOUR BOARD MEETS ... OF THE PORT.' over 'FERRIES ...' are two lines."""
    story = "\n\n".join(textwrap.fill(p, 70) for p in STORY.strip().split("\n"))
    top = "HARBOUR BOARD MEETS TODAY ON THE NEW TIMETABLE FOR THE FERRIES OF THE PORT"
    under = "FERRIES TO PORTVALE STAY IN FOR THE WINTER"
    joined = [ln.text for ln in unwrap(split_lines(f"{top}\n{under}\n\n{story}\n"))]
    assert joined[0] == f"{top} {under}"  # stopped mid-phrase: one headline
    apart = [ln.text for ln in unwrap(split_lines(f"{top}.\n{under}\n\n{story}\n"))]
    assert apart[:2] == [f"{top}.", under]


@pytest.mark.parametrize("chrome", ["", "Share this article\n", "Skip to content\nAdvertisement\n"])
def test_a_headline_set_apart_atop_the_text_under_chrome_or_none(chrome):
    """'Ferry fares: what changes' / '' / a longer line: the text opens with its headline (a
    BBC story's form), whether or not chrome the rules know stands over it; a first line that
    a paragraph restates, or that ends in a clickbait '…', is its headline under chrome too."""
    lead = "Commuters will pay less for the morning boats from May, the board says"
    got = parse_text(f"{chrome}Ferry fares: what changes\n\n{lead}\n\n" + STORY)
    assert got["title"] == "Ferry fares: what changes"
    clickbait = "The Harbour Board Just Made Its Decision And Fishermen Are Furious…"
    assert parse_text(f"{chrome}{clickbait}\n\n" + STORY)["title"] == clickbait


def test_a_headline_in_capitals_with_a_label_and_a_dash_over_mixed_case_story():
    """'ALERT – HARBOUR BOARD ...' reads like a dateline paragraph in capitals, but a story's
    paragraph is not set in capitals over the next one in mixed case: the headline."""
    head = "ALERT – HARBOUR BOARD ISSUES AMAZING RESPONSE TO FISHERMEN’S PROTEST"
    got = parse_text(f"{head}\n{STORY}")
    assert got["title"] == head
    assert got["dateline_place"] is None


@pytest.mark.parametrize(
    ("line", "title"),
    [
        # a page title in capitals: its site after a long dash goes, as in title case
        (
            "HARBOUR BOARD SHUTS THE OLD FERRY PIER – POLITICO",
            "HARBOUR BOARD SHUTS THE OLD FERRY PIER",
        ),
        (
            "HARBOUR BOARD SHUTS THE OLD FERRY PIER — THE BOSTON GLOBE",
            "HARBOUR BOARD SHUTS THE OLD FERRY PIER",
        ),
        # a wire headline in capitals names its source after a hyphen: part of the headline
        ("YEN RISE UNLIKELY - JIJI", "YEN RISE UNLIKELY - JIJI"),
        (
            "U.S. MAY TELL JAPAN SANCTIONS CAN END - NY TIMES",
            "U.S. MAY TELL JAPAN SANCTIONS CAN END - NY TIMES",
        ),
        # no known site after the dash: the tail is the headline's
        ("JUDGE DEMANDS FILES – SHE HAS 5 DAYS", "JUDGE DEMANDS FILES – SHE HAS 5 DAYS"),
    ],
)
def test_a_site_suffix_after_a_headline_in_capitals(line, title):
    assert strip_site_suffix(line) == title


# A page title's template: the site first, or parts set off by marks no headline writes -----

HEADLINE = "Harbour board approves the new ferry timetable"


# (Call letters alone before a dash or a bullet, 'KPVL - Harbour board ...', open the line as
# a place in capitals opens a dateline, 'OSLO - ...': the parse tests leave them out.)
SITES = ["Portvale Online", "The Portvale Post", "KPVL", "Reuters", "portvalecourier.com"]


@pytest.mark.parametrize("mark", [" :: ", " · ", " » ", " • "])
@pytest.mark.parametrize("site", SITES)
def test_a_template_mark_parts_the_site_from_the_headline_on_either_side(mark, site):
    for line in (f"{HEADLINE}{mark}{site}", f"{site}{mark}{HEADLINE}"):
        assert strip_site_suffix(line) == HEADLINE
        if not (site == "KPVL" and mark == " • " and line.startswith(site)):
            assert parse_text(f"{line}\nBy Mara Quill\n{STORY}")["title"] == HEADLINE


def test_a_template_mark_leaves_a_breadcrumb_and_the_site_off_the_headline():
    line = f"Portvale Online :: News :: {HEADLINE}"
    assert strip_site_suffix(line) == HEADLINE


@pytest.mark.parametrize(
    "line",
    [
        # two long parts: which one heads the story is not the mark's to say
        f"{HEADLINE} :: Commuters win evening runs after long fight",
        # a short headline is no longer than a site's name: nothing goes
        "Fares rise :: Portvale Online",
    ],
)
def test_a_template_mark_without_one_headline_part_leaves_the_line(line):
    assert strip_site_suffix(line) == line


@pytest.mark.parametrize(
    "site", ["Portvale Courier", "The Portvale Post", "KPVL News", "WRAL", "portvalecourier.com"]
)
def test_a_site_before_a_bar_is_not_the_headline(site):
    line = f"{site} | {HEADLINE}"
    assert strip_site_suffix(line) == HEADLINE
    assert parse_text(f"{line}\nBy Mara Quill\n{STORY}")["title"] == HEADLINE


@pytest.mark.parametrize(
    "line",
    [
        # a place, a person, a topic before the bar: the headline's own words (over a part
        # longer than a site's name, which a bar's suffix would be)
        "Portvale | the town that beat the ferry company and kept its pier",
        "Mara Quill | Why I left the harbour board after twenty years",
        "Ferries | what the new timetable means for commuters on the islands",
        # a headline in capitals keeps its opening
        "REUTERS | HARBOUR BOARD APPROVES NEW FERRY TIMETABLE",
        # one word in capitals the table lacks: a shout, or call letters (no page's title)
        "WHOA | Commuters win evening runs after long fight",
        # a dash after the site: a home page's title over its tagline, or a dateline's place
        "Portvale Courier – Breaking News, Latest Headlines & Videos",
        "WRAL - Harbour board approves the new ferry timetable",
    ],
)
def test_a_first_part_that_is_no_site_stays_in_the_headline(line):
    assert strip_site_suffix(line) == line
