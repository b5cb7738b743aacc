"""Numeric dates read in the page's own order: '03/11/2026' is 3 November on a Kuala Lumpur
site and March 11 on a Kansas City one, and the page says which."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.parse import parse_text
from pipeline.parse.dates import find_date
from pipeline.parse.knowledge import knowledge_dir

HEAD = "Flood evacuees in the river valley rise to 4,812 by evening\nBy Jo Li\n"
STORY = (
    "The number of people moved from their homes in the river valley rose to 4,812 on "
    "Tuesday evening, up from 1,390 in the morning, the disaster committee said.\n"
    "The committee said the evacuees were placed in 41 relief centres across five districts.\n"
)
DATELINE_STORY = "KOTA BHARU, Nov 3 (Bernama) -- " + STORY
NOVEMBER = dt.date(2026, 11, 3)
MARCH = dt.date(2026, 3, 11)


def _published(stamps: str, story: str = STORY, publisher: str | None = None) -> dt.date:
    return parse_text(HEAD + stamps + "\n" + story, None, publisher)["published"]


@pytest.mark.parametrize(
    ("stamps", "story", "publisher", "published"),
    [
        # no cue: the US order, as before
        ("03/11/2026 08:41 PM", STORY, None, MARCH),
        ("03/11/2026 08:41 PM", STORY, "www.kansascity.com", MARCH),
        # the dateline spells the day: 'Nov 3' agrees with the day-first reading
        ("03/11/2026 08:41 PM", DATELINE_STORY, None, NOVEMBER),
        ("03/11/2026", "KOTA BHARU, 3 November (Bernama) -- " + STORY, None, NOVEMBER),
        ("03/11/2026", "WICHITA, Kan., March 11 (AP) -- " + STORY, None, MARCH),
        # another stamp of the page whose numbers only one order reads
        ("03/11/2026 08:41 PM\nUpdated: 14/11/2026 09:00 AM", STORY, None, NOVEMBER),
        ("03/11/2026 08:41 PM\nUpdated: 03/14/2026 09:00 AM", STORY, None, MARCH),
        # a time zone of date_order.csv
        ("Published on 03/11/2026 - 10:41 GMT+1", STORY, None, NOVEMBER),
        ("03/11/2026 08:41 PM EDT", STORY, None, MARCH),
        ("03/11/2026 08:41 AEDT", STORY, None, NOVEMBER),
        # the zone beats the publisher's domain; the dateline's day beats the zone
        ("03/11/2026 08:41 PM EST", STORY, "www.thestar.com.my", MARCH),
        ("03/11/2026 08:41 PM EST", DATELINE_STORY, None, NOVEMBER),
        # a clock past noon without am or pm, which US stamps do not print
        ("Issued on: 03/11/2026 - 14:03", STORY, None, NOVEMBER),
        ("03/11/2026 - 02:03 PM", STORY, None, MARCH),
        # the publisher host's country-code domain
        ("03/11/2026", STORY, "www.thestar.com.my", NOVEMBER),
        ("03/11/2026", STORY, "https://www.walesonline.co.uk/news/x", NOVEMBER),
        # a named day that fits neither reading decides nothing
        ("03/11/2026", "KOTA BHARU, Nov 5 (Bernama) -- " + STORY, None, MARCH),
    ],
)
def test_the_page_decides_the_order(stamps, story, publisher, published):
    assert _published(stamps, story, publisher) == published


def test_a_date_either_order_reads_the_same_needs_no_cue():
    assert _published("03/03/2026 08:41 PM", DATELINE_STORY) == dt.date(2026, 3, 3)


def test_an_unambiguous_date_keeps_its_only_reading():
    assert find_date("07/15/2024", day_first=True) == dt.date(2024, 7, 15)
    assert find_date("15/07/2024", day_first=False) == dt.date(2024, 7, 15)


@given(st.integers(1, 12), st.integers(1, 12), st.integers(2000, 2099))
def test_both_readings(a, b, year):
    text = f"Posted {a:02d}/{b:02d}/{year} 10:00"
    assert find_date(text, day_first=True) == dt.date(year, b, a)
    assert find_date(text, day_first=False) == dt.date(year, a, b)


def test_a_users_table_adds_a_zone(tmp_path, monkeypatch):
    """'WITA' (central Indonesia) is not in the shipped table: the page keeps the US order
    until the user's table holds it."""
    folder = tmp_path / "knowledge"
    shutil.copytree(knowledge_dir(), folder)
    assert _published("03/11/2026 08:41 WITA") == MARCH
    with open(folder / "date_order.csv", "a", encoding="utf-8") as fh:
        fh.write("WITA,zone,true\n")
    monkeypatch.setenv("COPYDESK_KNOWLEDGE", str(folder))
    assert _published("03/11/2026 08:41 WITA") == NOVEMBER


def test_a_folder_without_the_table_reads_zones_as_no_cue(tmp_path, monkeypatch):
    folder = tmp_path / "knowledge"
    shutil.copytree(knowledge_dir(), folder)
    (folder / "date_order.csv").unlink()
    monkeypatch.setenv("COPYDESK_KNOWLEDGE", str(folder))
    assert _published("03/11/2026 08:41 AEDT") == MARCH


def test_a_stamps_clock_after_its_update_label_is_no_clip_length():
    """'... GMT+1•Updated 11:20' ends in a clock time as a video link ends in its length:
    it is the page's date line (Euronews)."""
    stamp = "Published on 03/11/2026 - 10:41 GMT+1•Updated 11:20"
    got = parse_text(HEAD + stamp + "\n" + STORY)
    assert got["line_roles"][2] == "date"
    assert got["published"] == NOVEMBER


@pytest.mark.parametrize(
    ("stamps", "published"),
    [
        # between dots the day comes first, as most of Europe writes it ...
        ("03.11.2026 08:41", NOVEMBER),
        # ... unless the page writes the US order (its time zone)
        ("Filed 6:00 a.m. EST 03.11.2026", MARCH),
        ("Filed 6:00 a.m. EST 11.03.2026", NOVEMBER),
        # a number over 12 reads one way only
        ("03.15.2026", dt.date(2026, 3, 15)),
    ],
)
def test_dotted_dates_read_in_the_pages_order(stamps, published):
    assert _published(stamps) == published
