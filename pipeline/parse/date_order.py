"""Which way round a page writes its numeric dates: `03/11/2026` is 3 November on a Kuala
Lumpur site and March 11 on a Kansas City one.

The page decides, not the date: a stamp whose first number exceeds 12 (`15/07/2024`) or
whose second does (`07/15/2024`) settles it; else a date spelled with its month's name on
the page's stamps or in its dateline (`KOTA BHARU, Nov 3 (Bernama) --`) that agrees with
one reading; else the stamps' time zone (`EDT`, `GMT+1`; `date_order.csv`) or a 24-hour
clock past noon (`14:03`, which US stamps do not print); else the publisher host's
country-code domain (`.co.uk`). With no cue each form keeps its usual order: month first
between slashes (the US), day first between dots (Europe; `11.10.2026` under a stamp in
`EST` is November 10).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Final

from pipeline.parse.dates import DOTTED, MONTH_NAME, NUMERIC, month_number
from pipeline.parse.knowledge import date_order

# A day with its month's name, without a year ('Nov 3', '3 November', 'Nov. 3rd').
_NAMED: Final = re.compile(
    rf"(?i)(?<![^\W\d_])(?:(?P<month>{MONTH_NAME})\.?\s+(?P<day>\d{{1,2}})(?!\d)|"
    rf"(?<!\d)(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month2>{MONTH_NAME})\b)"
)
_ZONE: Final = re.compile(r"\b[A-Z]{2,4}\b")
# A clock past noon without am or pm: '14:03', '21.30'.
_DAY_CLOCK: Final = re.compile(r"(?<![\d:.])(?:1[3-9]|2[0-3])[:.][0-5]\d(?![\d]|\s*[apAP]\.?[mM])")


def _pairs(stamps: Iterable[str]) -> list[tuple[int, int]]:
    """The two leading numbers of each numeric date, in the order written."""
    return [
        (int(m["a"]), int(m["b"]))
        for text in stamps
        for pattern in (NUMERIC, DOTTED)
        for m in pattern.finditer(text)
    ]


def ambiguous(stamps: Iterable[str]) -> bool:
    """Whether a stamp holds a numeric date either reading makes valid ('03/11/2026')."""
    return any(a != b and a <= 12 and b <= 12 for a, b in _pairs(stamps))


def day_first(stamps: Sequence[str], dateline: str, publisher: str | None) -> bool | None:
    """Whether the page's numeric dates put the day first (None: no cue); `stamps` are its
    date and byline lines, `dateline` its story's first line."""
    pairs = _pairs(stamps)
    for a, b in pairs:
        if a > 12 >= b:
            return True
        if b > 12 >= a:
            return False
    for order in _named_order(pairs, (*stamps, dateline)):
        return order
    cues = date_order()
    for text in stamps:
        for zone in _ZONE.findall(text):
            if zone in cues.zones:
                return cues.zones[zone]
    if any(_DAY_CLOCK.search(text) for text in stamps):
        return True
    if publisher:
        host = publisher.strip().casefold().split("://", 1)[-1].split("/", 1)[0]
        top = host.rsplit(".", 1)[-1]
        if "." in host and top in cues.domains:
            return cues.domains[top]
    return None


def _named_order(pairs: list[tuple[int, int]], texts: Iterable[str]) -> Iterable[bool]:
    """The order under which a numeric date reads as a named date of the page."""
    for text in texts:
        for match in _NAMED.finditer(text):
            month = month_number(match["month"] or match["month2"])
            day = int(match["day"] or match["day2"])
            for a, b in pairs:
                if (a, b) == (day, month) != (b, a):
                    yield True
                elif (a, b) == (month, day) != (b, a):
                    yield False
