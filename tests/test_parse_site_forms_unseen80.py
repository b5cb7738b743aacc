"""Forms the rules missed on the pages of unseen80 to unseen83 (English editions of papers in
Asia, Africa, Latin America and Europe; invented text, worded apart from those pages), and
forms of the same kind from the world's credit and dateline conventions:

- a label that opens a caption, not a credit ('FILE PHOTO: The skyline of ... REUTERS/Jo Li');
- sources closing a caption with a mark but no label: a copyright sign, a name in brackets,
  a label inside brackets ('(Image credit : PBC)'), a French 'Ph.' after a slash, an owner's
  initials and 'Photo', who gave it in two words ('Family photo');
- a paper or site, a slash, then its photographer ('Portvalepost/Jo Li', 'pvn.is/Jo Li');
- the word for a photo in other languages ('Foto:', 'Kuva:', 'Zdjęcie:'), 'Photo ©', 'Pics:';
- datelines: a day in brackets, the day first, ANI's form, a semicolon after the tag, a place of
  the table before an unknown tag in capitals, South Asian cities before a colon;
- the headline over its byline and date, under a list's label or over a caption; a masthead
  over today's date;
- outlets from a source note and from a site's address as the dateline's tag; app promotions
  and a 'Team' byline name no reporter.

Cases marked "guard" pass on the code before these rules too; they pin what must not change."""

import datetime as dt

import pytest

from pipeline.parse import credits, dateline, parse_text
from pipeline.parse.credits_glued import split_glued
from tests.pages import PARAGRAPHS, TITLE, media_of, rule_of, under_caption, with_line

SCENE = "Workers repair the bridge over the river near the town on Monday."


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        (
            "FILE PHOTO: The skyline of Portvale, Westland, August 4, 2023. "
            "REUTERS/Ivan Holt/File Photo",
            "FILE PHOTO: The skyline of Portvale, Westland, August 4, 2023.",
            "REUTERS/Ivan Holt/File Photo",
        ),
        (
            "File photo: Flooded farmland near Portvale in 2023. (PVN)",
            "File photo: Flooded farmland near Portvale in 2023.",
            "PVN",
        ),
        (
            "File photo: A bakery in Portvale (Social media)",
            "File photo: A bakery in Portvale",
            "Social media",
        ),
    ],
)
def test_a_label_that_opens_a_caption_leaves_the_credit_at_its_end(line, caption, credit):
    assert not credits.is_credit_line(line)
    assert split_glued(line) == (caption, credit)


@pytest.mark.parametrize(
    "line",
    [
        "Photo: The Associated Press",  # guard: a name after 'The'
        "Photo: courtesy of the family of Ivan Holt. Used with permission",  # guard
        "File photo: Portvale News",  # guard
    ],
)
def test_a_label_over_a_source_stays_a_credit_line(line):
    assert credits.is_credit_line(line)


@pytest.mark.parametrize(
    ("tail", "credit"),
    [
        (" © Droits réservés", "© Droits réservés"),
        (" (Aguaport)", "Aguaport"),
        (" (PVN photo)", "PVN photo"),  # guard
        (" / Ph. MAP", "Ph. MAP"),
        (" HT Photo", "HT Photo"),
        (" Family photo", "Family photo"),
        (" Courtesy photo", "Courtesy photo"),  # guard
        (" Illustration: Ivan Holt", "Illustration: Ivan Holt"),
        (" Screengrab: YouTube", "Screengrab: YouTube"),
        (" Photo: Social media", "Photo: Social media"),
        (" Portvalepost/Ivan Holt", "Portvalepost/Ivan Holt"),
        (" Foto: EFE", "Foto: EFE"),
        (" Zdjęcie: Ivan Holt/PAP", "Zdjęcie: Ivan Holt/PAP"),
        (" (Copyright: Ivan Holt/Portvale868)", "Copyright: Ivan Holt/Portvale868"),
    ],
)
def test_a_source_closing_a_caption_with_a_mark_but_no_known_name(tail, credit):
    assert split_glued(SCENE + tail) == (SCENE, credit)


def test_a_label_inside_brackets_needs_no_full_stop():
    line = "Minibus taxis at a station in Portvale (Image credit : PBC)"
    assert split_glued(line) == ("Minibus taxis at a station in Portvale", "Image credit : PBC")


@pytest.mark.parametrize(
    "line",
    [
        "He spoke to the crowd for an hour about the budget. (Laughter)",  # a stage direction
        "Howard Lenn roasts the mayor over the debate? (TWEETS)",  # a word in capitals
        "The city lists its dealings in the annual report.(WHCB)",  # a ticker
        "The council opened the new swimming hall on Monday. (The Pool)",  # a venue
        "• The harbour board agreed to close the pier for two years. (Portvale Post)",
        "The board met again on Friday to hear the engineers. (Portvale Herald)",  # a paper
        "The talks ended without a deal, the minister told reporters. (Aguaport)",  # speech
    ],
)
def test_a_bracket_closing_a_paragraph_that_names_no_photo_source(line):
    # guards, all of them: the new bracket rule must leave each alone
    assert split_glued(line) is None


@pytest.mark.parametrize(
    ("credit", "photographers", "agencies"),
    [
        ("Foto: EFE", [], ["EFE"]),
        ("Kuva: Ivan Holt", ["Ivan Holt"], []),
        ("Fotó: MTI/Ivan Holt", ["Ivan Holt"], ["MTI"]),
        ("Pics: Ivan Holt", ["Ivan Holt"], []),
        ("Photo © Portvale Post", [], ["Portvale Post"]),
        ("pvn.is/Ivan Holt", ["Ivan Holt"], []),  # guard
    ],
)
def test_credits_read_past_other_languages_labels_and_the_sign(credit, photographers, agencies):
    got = credits.read(credit)
    assert list(got.photographers) == photographers
    assert list(got.agencies) == agencies
    assert not got.credit.startswith(("Foto", "Kuva", "Fotó", "Pics", "Photo", "©"))


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Kuva: Ivan Holt", True),
        ("Photo © Portvale Post", True),
        ("Photo — Ivan Holt", True),
        ("Photo-op with the mayor", False),  # guard
    ],
)
def test_credit_lines_with_other_labels(line, credit):
    assert credits.is_credit_line(line) is credit


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Portvalepost/Ivan Holt", True),
        ("pvn.is/Ivan Holt", True),
        ("Texas/Ivan Holt", False),  # guard: a place of the table, then a name
        ("Reuters/ivan holt", False),  # guard: no name in lower case
    ],
)
def test_a_paper_or_site_then_its_photographer(line, credit):
    assert credits.loose_credit(line) is credit


def test_a_credit_in_another_language_under_a_caption():
    assert media_of(under_caption("Foto: Ivan Holt/EFE")) == [
        ("Ivan Holt/EFE", ["Ivan Holt"], ["EFE"])
    ]


@pytest.mark.parametrize(
    ("line", "place", "wire"),
    [
        ("PORTVALE / LENN (22 Mar 2025) – The price of bread", "Portvale/Lenn", None),
        ("June 2, 2025 (PORTVALE) – Health authorities began", "Portvale", None),
        ("Nagpur (Maharashtra) [India], March 5 (ANI): The railway will", "Nagpur", "ANI"),
        ("COLOMBO (News 1st); The petroleum corporation has", "Colombo", "News 1st"),
        ("Mogadishu (HOL) - Hundreds of farmers", "Mogadishu", "HOL"),
    ],
)
def test_datelines_of_more_forms(line, place, wire):
    found = dateline.find(line + " revised its prices with effect from midnight today.")
    assert found is not None
    assert (found.place, found.wire) == (place, wire)


def test_a_wire_tag_in_a_bracket_after_the_day_is_no_place():  # guard
    assert dateline.find("June 2, 2025 (AP) – Health authorities began a drive.") is None


LONG = (
    "The district administration will document nearly 40 old tiled houses and shrines along "
    "the main road before the stretch is widened next year, officials said."
)


@pytest.mark.parametrize("place", ["Udupi", "Mangaluru", "Thrissur", "Pokhara", "Jaffna"])
def test_south_asian_cities_before_a_colon(place):
    found = dateline.find(f"{place}: {LONG}")
    assert found is not None and found.place == place


def test_an_unknown_word_before_a_colon_is_no_dateline():  # guard
    assert dateline.find(f"Portvale: {LONG}") is None


def page(*lines: str) -> dict:
    return parse_text("\n".join(lines) + "\n")


def test_a_day_in_the_dateline_dates_a_story_without_a_stamp():
    got = page(TITLE, f"PORTVALE / LENN (22 Mar 2025) – {PARAGRAPHS[0]}", *PARAGRAPHS[1:])
    assert got["published"] == dt.date(2025, 3, 22)
    assert got["dateline_place"] == "Portvale/Lenn"


def test_a_stamp_dates_the_story_before_the_datelines_day():  # guard
    got = page(TITLE, "March 24, 2025", f"PORTVALE (22 Mar 2025) – {PARAGRAPHS[0]}")
    assert got["published"] == dt.date(2025, 3, 24)


def test_the_headline_under_a_lists_label_heads_its_byline_and_date():
    got = page(
        "The Portvale Courier", "Home", "Region", "Sports", "Top Stories",
        "Fishermen protest removal of floating islands near the lake",
        "October 15, 2025", "By Our Staff Reporter", *PARAGRAPHS,
    )  # fmt: skip
    assert got["title"] == "Fishermen protest removal of floating islands near the lake"


def test_a_masthead_over_todays_date_and_the_menu_is_no_headline():
    got = page(
        "The Rising Portvale", "Sunday, 16 Mar 2025", "E-Paper", "Archive", "Home", "National",
        "Main News", "Portvale begins removing water weeds from the lake",
        "Published : 12 Mar 2025 13:20", *PARAGRAPHS,
    )  # fmt: skip
    assert got["title"] == "Portvale begins removing water weeds from the lake"
    assert got["published"] == dt.date(2025, 3, 12)


def test_a_caption_under_the_byline_and_date_is_no_headline():
    got = page(
        "The Portvale Courier", "Home", "National News", "Business", "Sports", "National News",
        "Portvale traders demand relocation of flea market",
        "By IVAN HOLT", "March 18, 2025", "Share",
        "Vendors display their wares at the flea market near the bus depot on Monday | Courier",
        *PARAGRAPHS,
    )  # fmt: skip
    assert got["title"] == "Portvale traders demand relocation of flea market"


def test_a_sites_address_as_the_datelines_tag_is_the_outlet():
    got = page(TITLE, f"Portvale, May 6, 2025 (portvalenews.com) – {PARAGRAPHS[0]}")
    assert got["outlet"] == "portvalenews.com"


@pytest.mark.parametrize(
    ("note", "outlet"),
    [
        ("(Source: Fena)", "Fena"),
        ("Source: Reuters", "Reuters"),  # guard: a wire's name was a cue before
        ("(Source: Twitter)", None),  # guard: a platform
    ],
)
def test_a_source_note_names_the_unsigned_storys_outlet(note, outlet):
    got = page("The Portvale Times", "Home", "News", TITLE, "April 9, 2025", *PARAGRAPHS, note)
    assert got["outlet"] == outlet


def test_an_app_promotion_is_chrome_not_a_byline():
    text = f"{TITLE}\nBy Ilse Marrow\nJune 3, 2026\n" + "\n".join(PARAGRAPHS) + "\n"
    text += "Download Portvale Times App\nFollow Us\n"
    assert rule_of(text, "Download Portvale Times App") == "app_promo"
    assert parse_text(text)["reporters"] == ["Ilse Marrow"]


def test_a_team_byline_names_no_reporter():
    got = page(TITLE, "Team Portvale, Jul 8, 2025, 7:40 PM IST", *PARAGRAPHS)
    assert got["reporters"] == []


def test_a_source_in_brackets_after_a_caption_becomes_the_photos_credit():
    got = with_line(SCENE + " (Aguaport)")
    assert media_of(got) == [("Aguaport", [], ["Aguaport"])]
