"""Publication dates from date lines and bylines ('July 16, 2018 at 6:01 AM', '07/15/18')."""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from pipeline.parse.knowledge import lowered, organisations
from pipeline.parse.words import has_digit

_MONTHS: Final = {
    m: i
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for m in names
}
# A month's name or its abbreviation, in lower case (the patterns use it case-insensitively).
MONTH_NAME: Final = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_MONTH: Final = rf"(?P<month>{MONTH_NAME})\.?"
# A year's end: a word boundary, or a clock time glued on ('March 12, 20255:01 AM ET', as
# NPR's and CNBC's pages copy), or an icon's name ('March 4, 2025timer3 min. read', the
# Toronto Star's: an icon font copies as its ligature's word).
_YEAR_END: Final = r"(?:\b|(?=\d{1,2}:\d\d)|(?=[a-z]))"
# '07/15/18', '15/07/2024': month first as the US writes, unless a number over 12 or the page
# (`date_order`) says otherwise.
NUMERIC: Final = re.compile(r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>(?:19|20)?\d\d)(?![\d/])")
# day, month and year between dots, as most of Europe writes them ('3.3.2024', '03.03.2024'),
# unless the page writes the US order ('Filed 6:00 a.m. EST 11.10.2026')
DOTTED: Final = re.compile(r"\b(?P<a>\d{1,2})\.(?P<b>\d{1,2})\.(?P<year>(?:19|20)\d\d)\b")
# ... and between hyphens ('Thursday, 13-03-2025 | 15:20', 'Published on 07-03-2025 at 11:52'),
# day first as with dots (no digit or hyphen round it: a phone number or a code goes on)
DASHED: Final = re.compile(
    r"(?<![\d-])(?P<a>\d{1,2})-(?P<b>\d{1,2})-(?P<year>(?:19|20)\d\d)(?![\d-])"
)
# ... and with the year's last two digits after a stamp's word ('Published on 24.02.25 –
# 14:32', Radio Bulgaria's): alone, '24.02.25' may be a version or a score.
DOTTED_SHORT: Final = re.compile(
    r"(?i)\b(?:published|posted|updated)(?: on)?:? (?P<a>\d{1,2})\.(?P<b>\d{1,2})\.(?P<year>\d\d)\b"
)
_PATTERNS: Final = (
    # (no letter before the month: '07/15/2024July 15, 2024', a page's two stamps glued)
    re.compile(
        # ('Nov 20,2026': a page that drops the space after the comma; 'Jun - 12 - 2025',
        # Graphic Online's spaced dashes; 'Mar.5,2025', the Hankyoreh's, no space at all)
        rf"(?i)(?<![^\W\d_]){_MONTH}(?:\s+|\s-\s|(?<=\.)(?=\d))(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
        # ('Mar 24 (Mon), 2025': the weekday in brackets after the day, Korean papers' form)
        rf"(?:\s\((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\))?"
        rf"(?:,\s*|\s+|\s-\s)"
        rf"(?P<year>(?:19|20)\d\d){_YEAR_END}"
    ),
    re.compile(
        # ('14 February,2025': Mid-day's, no space after the comma; '16 April ,2025': Al
        # Arabiya's, a space before it)
        rf"(?i)\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH}(?:\s?,\s*|\s+)(?P<year>(?:19|20)\d\d)"
        rf"{_YEAR_END}"
    ),
    # ('2025 May 15, 18:21': the year first, then the month's name and the day, as some
    # Asian sites print their stamps)
    re.compile(rf"(?i)\b(?P<year>(?:19|20)\d\d)\s+{_MONTH}\s+(?P<day>\d{{1,2}})\b(?!:)"),
    # ISO 8601, alone or with its time ('2024-03-03T10:00:00Z')
    # (and with slashes, year first: '2025/04/17', as WordPress themes print it)
    re.compile(
        r"\b(?P<year>(?:19|20)\d\d)(?P<sep>[-/])(?P<mnum>\d\d)(?P=sep)(?P<day>\d\d)"
        r"(?:\b|(?=T\d\d:))"
    ),
    # (with dots, year first, before the clock: '2025.03.11 10:22', as Lithuanian sites
    # print it; without a time, 'Spotlight 2023.12.10' names an episode)
    re.compile(r"\b(?P<year>(?:19|20)\d\d)\.(?P<mnum>\d\d)\.(?P<day>\d\d)(?=\s+\d{1,2}:\d\d)"),
    NUMERIC,
    DOTTED,
    DOTTED_SHORT,
    DASHED,
)
# The patterns that name the month, and the first three letters of every name they know.
_NAMED_MONTH: Final = _PATTERNS[:3]
_MONTH_STEMS: Final = (
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "oct",
    "nov",
    "dec",
)
# The time of an ISO 8601 stamp after its date: 'T10:00:00Z', 'T10:00:00.123+02:00'.
_ISO_TIME: Final = re.compile(r"T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?\b")
# A date line is a stamp and little else.
_STAMP_WORDS: Final = re.compile(
    # ('As of Thursday, July 17, 2025' opening the line: The Tribune's stamp; ABS-CBN's 'Posted
    # at Jun 04 2025 06:41 PM | Updated as of Jun 04 2025 08:02 PM')
    r"(?i)(?:\A|\b(?:updated|posted|published) )as of\b|"
    r"\b[ap]\.m\.|\b(?:updated|published|posted|last updated|last update|first published|"
    r"modified|am|"
    r"publication date|date published|date|"
    r"pm|et|edt|est|ct|cdt|cst|mt|mdt|mst|pt|bst|gmt|utc|cet|cest|pdt|pst|on|at|mon|tue|wed|"
    r"ist|jst|kst|sgt|hkt|pht|aest|aedt|acst|awst|nzst|nzdt|sast|eet|eest|msk|wib|ict|pkt|"
    r"ast|adt|nst|ndt|akst|akdt|hst|wat|eat|gst|chst|views?|comments?|"
    r"issued|"
    r"thu|fri|sat|sun|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    # 'Jul. 16, 2018 / 9:38 AM / Updated 2 hours ago' (Reuters' site), '3 min. read'
    r"ago|hours?|hrs?|(?:minutes?|mins?\.?)(?: read)?|less than)\b"
)
# A clock time, its 'am' or 'pm' maybe glued on: '9:38am', '09.36', '10:02:11 PM'.
# ('... 1 min ago7:20 a.m. ET': a live blog's relative stamp glued to the time)
# ('6:32pmSunday 12 January ...': a page's visible stamp glued to its spoken one)
_CLOCK: Final = re.compile(
    r"(?i)(?:\b|(?<=ago))\d{1,2}[:.]\d\d(?::\d\d)?\s*(?:[ap]\.?m(?:\b|(?=[A-Z]))\.?)?"
)
# 'July 16 at 8:30 AM': a stamp without a year (a date line, though it gives no date).
_DAY_AND_TIME: Final = re.compile(
    rf"(?i){_MONTH}\s+\d{{1,2}},?\s+at\s+\d{{1,2}}:\d\d\s*(?:[ap]\.?m\.?)?(?:\s+[a-z]{{2,4}})?"
)
_RELATIVE: Final = re.compile(
    r"(?i)^(?:less than )?(?:\d+\s*(?:hrs?|hours?|mins?|minutes?|days?|d|h|m)\s*)+ago$"
)
# 'Today at 21:30', 'Yesterday, 9.05am': a page's stamp relative to the day it was read.
_RELATIVE_DAY: Final = re.compile(
    r"(?i)(?:today|yesterday)(?:,|\s+at)?\s+\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?(?:\s+[a-z]{2,4})?"
)
_STAMP_ALONE: Final = re.compile(r"(?i)(?:updated|published|posted|last updated)\s*:?")
_FIGURES: Final = re.compile(r"[\d:.,;|/()\[\]\-–—•·]+")


def month_number(name: str) -> int:
    # (case-folded: a name matched case-insensitively may hold 'ſ' for 's', 'ſept')
    key = name.casefold().rstrip(".")
    return _MONTHS.get(key) or _MONTHS[key[:3]]


# Every date pattern holds two digits in a row (the year's): a cheap test before the four.
_TWO_DIGITS: Final = re.compile(r"\d\d")


def find_date(text: str, day_first: bool | None = None) -> dt.date | None:
    """The first full calendar date in the text (needs a year), or None; `day_first` reads
    '03/11/2026' as 3 November and `False` '03.11.2026' as March 11 (`date_order.day_first`
    says when; None: slashes put the month first, dots the day)."""
    if not has_digit(text) or not _TWO_DIGITS.search(text):
        return None
    # What the patterns need (each scan of a long line costs more than these tests): every
    # year of four digits opens '19' or '20', a named month one of `_MONTH_STEMS`.
    dated = "19" in text or "20" in text
    named: bool | None = None
    for pattern in _PATTERNS:
        if pattern is NUMERIC:
            if "/" not in text:
                continue
        elif pattern is DOTTED_SHORT:
            if "." not in text:
                continue
        elif not dated:
            continue
        elif pattern in _NAMED_MONTH:
            if named is None:
                lower = lowered(text)  # (None: a letter such as 'ſ' matches 's' in any case)
                named = lower is None or any(stem in lower for stem in _MONTH_STEMS)
            if not named:
                continue
        match = pattern.search(text)
        if not match:
            continue
        found = date_of(match, day_first)
        if found is not None:
            return found
    return None


def date_of(match: re.Match[str], day_first: bool | None) -> dt.date | None:
    """The calendar date a match of one of `_PATTERNS` writes, None when there is none
    ('February 30, 2024')."""
    parts = match.groupdict()
    year = int(parts["year"])
    if year < 100:
        year += 2000 if year < 70 else 1900
    if "a" in parts:
        day, month = _numeric_order(int(parts["a"]), int(parts["b"]), day_first, match.re)
    else:
        month = int(parts["mnum"]) if parts.get("mnum") else month_number(parts["month"])
        day = int(parts["day"])
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _numeric_order(
    a: int, b: int, day_first: bool | None, pattern: re.Pattern[str]
) -> tuple[int, int]:
    """(day, month) of a numeric date written 'a/b' or 'a.b': a number over 12 is the day
    ('16/07/2018'); else the page's order, or the separator's usual one."""
    if a > 12:
        return a, b
    if b > 12:
        return b, a
    dotted = pattern is DOTTED or pattern is DOTTED_SHORT or pattern is DASHED
    first = dotted if day_first is None else day_first
    return (a, b) if first else (b, a)


def _may_stamp(text: str) -> bool:
    """False only where neither `_STAMP_ALONE` (updated, published, posted, last updated)
    nor `_RELATIVE` (a digit) can match at the start: their first letters have no case
    variants but their capitals."""
    first = text[:1]
    return first.isdecimal() or first in "uplUPL"


# The first letters of a day's or a month's name, which may open a stamp and its update.
_DAY_HEADS: Final = frozenset(("mon", "tue", "wed", "thu", "fri", "sat", "sun", *_MONTH_STEMS))


def _dated_head(text: str) -> bool:
    """A line of 81 to 120 characters that opens with a day's or a month's name and names an
    update ('Sunday, 09 February 2025 7:41 PM [ Last Update: ... ]'): a stamp and its update
    may run so long."""
    return (
        len(text) <= 120
        and text[:3].casefold() in _DAY_HEADS
        and ("pdate" in text or "PDATE" in text)
    )


_TEMPLATE_TAIL: Final = re.compile(r"(?:\s*[-–—|]?\s*\{\{[^{}]{1,60}\}\})+$")


def is_date_line(line: str) -> bool:
    """'July 16, 2018 at 6:01 AM', 'Updated', '; Posted', '19 min ago': a stamp, not prose."""
    stripped = line.strip(" ;|•-–—")
    if stripped.endswith("}}"):
        # ('Monday, 17 March 2025 00:12 - - {{hitsCtrl.values.hits}}': a page template's
        # unfilled counter after the stamp)
        stripped = _TEMPLATE_TAIL.sub("", stripped).strip(" ;|•-–—")
    if not stripped:
        return False
    if (
        80 < len(stripped) <= 160
        and "|" in stripped
        and find_date(stripped) is not None
        and len(_residue(stripped)) <= 8
        and _bar_cells(stripped)
    ):
        # ('Edited By: Jo Li|Last Updated: Mar 10, 2025, 12:41 PM IST|Source: IANS', Zee
        # News's labelled cells between bars without spaces)
        return True
    if len(stripped) > 80 and not _may_stamp(stripped) and not _dated_head(stripped):
        return False  # a paragraph: neither pattern below can open it
    if _STAMP_ALONE.fullmatch(stripped):
        return True
    if _RELATIVE.match(stripped):
        return True
    if stripped[:1] in "TtYy" and _RELATIVE_DAY.fullmatch(stripped):
        return True
    if len(stripped) > 80:
        # ABC Australia's stamp prints each date twice, short and long, glued after the clock
        # ('Posted Sun 12 Jan 2025 at 6:32pmSunday 12 January 2025 at 6:32pm, updated ...')
        # (Press TV's 'Sunday, 09 February 2025 7:41 PM [ Last Update: Sunday, 09 February
        # 2025 8:02 PM ]': the stamp and its update, shorter)
        return (
            len(stripped) <= 240
            and (_dated_head(stripped) or _STAMP_ALONE.match(stripped) is not None)
            and find_date(stripped) is not None
            and not _residue(stripped)
        )
    if find_date(stripped) is None:
        return len(stripped) <= 30 and _DAY_AND_TIME.fullmatch(stripped) is not None
    words = _residue(stripped)
    # One word may stand beside the date ('Monday', a site's name), but not a contraction: 'It’s
    # November 24, 1971.' is a sentence of the story.
    if len(words) == 0 or (len(words) == 1 and "’" not in words[0] and "'" not in words[0]):
        return True
    # A stamp, then a section's, a place's or the outlet's name after a dash or a slash ('Mar
    # 12, 2025 - Politics & Policy', Axios; 'Updated - July 22, 2024 08:41 pm IST - NEW DELHI',
    # The Hindu; 'Updated on: March 5, 2025 / 8:14 PM EST / CBS News').
    labelled = _LABEL_AFTER.search(stripped) if len(words) <= 5 else None
    if labelled is not None:
        return is_date_line(stripped[: labelled.start()])
    # ... or between bars with a desk's and a place's name ('Portvale News Service | Kolkata |
    # March 4, 2025 10:32 pm', the Statesman)
    if "|" in stripped and len(words) <= 8 and _bar_cells(stripped):
        return True
    # ... or before it: a section's or a place's name ('All News 11:18 April 07, 2025',
    # Yonhap; 'Jakarta ● Tue, March 25, 2025', the Jakarta Post)
    lead = _LABEL_BEFORE.match(stripped) if len(words) <= 3 else None
    return (
        lead is not None
        and lead.end() < len(stripped)
        and not _organisation_first(lead.group())  # 'USA TODAY Published ...': a byline's
        and is_date_line(stripped[lead.end() :])
    )


def _bar_cells(stamp: str) -> bool:
    """Two to four cells between bars, one a stamp, the others short capitalised names or
    labels."""
    parts = [part.strip() for part in stamp.split("|")]
    return (
        2 <= len(parts) <= 4
        and all(
            is_date_line(part) or (part[:1].isupper() and part.count(" ") <= 3) for part in parts
        )
        and any(is_date_line(part) for part in parts)
    )


def _residue(stamp: str) -> list[str]:
    """The words of a line left once its dates, clocks, stamp words and figures are gone."""
    residue = stamp
    for pattern in _PATTERNS:
        residue = pattern.sub(" ", residue)
    if "T" in residue:
        residue = _ISO_TIME.sub(" ", residue)
    residue = _STAMP_WORDS.sub(" ", _CLOCK.sub(" ", residue))
    return _FIGURES.sub(" ", residue).split()


def _organisation_first(label: str) -> bool:
    """Whether the label opens with an organisation's name (the paper signing the stamp)."""
    words = label.strip(" ●•|/–—-").split()
    return any(organisations().lookup(" ".join(words[:k])) for k in range(1, len(words) + 1))


# A short capitalised label opening a stamp, maybe with a bullet or a bar after it.
_LABEL_BEFORE: Final = re.compile(
    r"[A-Z][\w'’.]*(?:\s+(?:&|and|[A-Z][\w'’.]*)){0,2}\s*(?:[●•|/–—-]\s*)?(?=[\dA-Z])"
)
# A short capitalised label after a dash, a bar or a slash, closing a stamp.
_LABEL_AFTER: Final = re.compile(
    r"\s(?:-|–|—|\||/)\s+[A-Z][\w'’.]*(?:\s+(?:&|and|[A-Z][\w'’.]*)){0,3}$"
)
