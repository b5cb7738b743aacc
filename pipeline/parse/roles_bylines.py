"""Byline and date-stamp lines: the rules `classify` tries on each undecided line.

The names in a byline are read by `attribution`; these rules only decide that a line is one
(`By ...`, `Name | Outlet`, `Name, Outlet` over a stamp, sign-offs, author boxes).
"""

from __future__ import annotations

import re
from typing import Final

from pipeline.parse import credits
from pipeline.parse.bylines import (
    AUTHOR_BOX_TAIL,
    BYLINE_START,
    DASH_BY,
    NEWS_KINDS,
    NEWS_SERVICE,
    POSTS,
    STATION_BANDS,
    byline_paper,
    byline_people,
    lower_case_people,
    name_then_post,
    names_only,
    paper_outlet,
    staff_paper,
    station_outlet,
    unknown_paper,
    without_read_time,
)
from pipeline.parse.dates import find_date, is_date_line
from pipeline.parse.headline import full_stop_end
from pipeline.parse.knowledge import is_place, organisations, place_words
from pipeline.parse.lines import Line
from pipeline.parse.names import opens_with_given_name, people, person_name, without_organisations
from pipeline.parse.roles_captions import file_photo, photo_cue
from pipeline.parse.words import has_digit, without_dashed


def lower_case_byline(lines: list[Line], ln: Line) -> bool:
    """'by jo li' (or 'by jo li - may 3, 2024') at the top of the story: a byline set in lower
    case. Its words must be names, not words: none of them may stand in lower case anywhere
    else on the page ('by web team', 'by the way', 'by quoth the raven' are no names), and
    at most two prose lines (a deck) may stand above it, none of them hard-wrapped (rejoined
    by `unwrap`, or opening in lower case as a wrapped sentence's continuation), and the line
    ends no sentence."""
    if ln.text[:3].lower() != "by " or not ln.text[3:4].islower() or ln.text[-1] in ".!?;:":
        return False  # 'by general corporate funds.' ends a sentence: no byline
    names = lower_case_people(ln.text)
    if not names:
        return False
    above = lines[: ln.index]
    if sum(x.prose for x in above) > 2:
        return False
    if any((x.text[:1].islower() and x.text[:3] != "by ") or x.span > 1 for x in above):
        return False  # a hard-wrapped text (lines rejoined above): the line goes on
    words = {w.casefold() for name in names for w in name.split()}
    return not any(w in words for x in lines if x is not ln for w in _LOWER_WORD.findall(x.text))


_LOWER_WORD: Final = re.compile(r"\b[a-z][a-z'’-]*")


def names_only_line(ln: Line) -> bool:
    """A line that holds nothing but people's names ('Jo Li and Kim Bo', 'JO LI')."""
    if ln.words > 12:
        return False
    names = people(ln.text)
    rest = ln.text
    for name in names:
        rest = rest.replace(name, " ").replace(name.upper(), " ")
    return bool(names) and not _LIST_FILLER.sub("", rest)


def is_by_prefix(ln: Line) -> bool:
    """'By Ann Maloney', 'Analysis by X, CNN': a by-phrase that names a person or organisation,
    or a newsroom that signs without names ('By Staff Reporter', 'by Agency Report')."""
    if ln.words > 25:
        return False  # before the pattern: most lines are longer
    match = BYLINE_START.match(ln.text)
    # 'By effectively reducing ...' opens a sentence: a byline names someone, capitalised.
    if match is None or ln.text[match.end() - 1].islower():
        return False
    if ln.text[:9] == "Reporter " and not _reporter_named(ln.text[9:]):
        return False  # ('Reporter Wins Award': a headline, no post before a name)
    return (
        any(byline_people(ln.text))
        or (ln.words <= 6 and _UNNAMED.match(ln.text) is not None)
        # ('By City News Service': a wire the table lacks, by its name)
        or (
            ln.words <= 7
            and NEWS_SERVICE.fullmatch(ln.text[match.end() - 1 :].rstrip(".")) is not None
        )
    )


def _reporter_named(name: str) -> bool:
    """After 'Reporter' with no colon, a name that opens with a given name the table knows
    or ends in a hyphenated one ('Song Ha-eun', a Korean paper's form)."""
    return opens_with_given_name(name) or "-" in name.rpartition(" ")[2]


# A byline that names no one: the paper's staff, its correspondent, or agency copy.
_UNNAMED: Final = re.compile(
    r"(?i)^by:?\s+(?:(?:our|a|the|special)\s+)*(?:staff(?:\s+(?:reporter|writer|correspondent)s?)?|"
    r"correspondents?|agency reports?|agencies|wire (?:services|reports)|staff and agencies|"
    r"(?:web|online|news)\s+desk)\.?$"
)


_SOURCE: Final = re.compile(r"(?i)^/?\s*source\s*:\s*(?P<org>.{2,90})$")
_LIST_MARK: Final = re.compile(r"[,|•·]| [—–-] ")
# 'Jo Li<tab>Reuters', 'Jo Li  Reuters': a scrape's cells. Only in lines without digits: a
# table row of figures ('Shr 12 cts  vs 10 cts') has such gaps too, and is no byline.
_CELL_GAP: Final = re.compile(r"^\D*\S(?:\t| {2,})\S\D*$")
_FILLER: Final = r"[\s,|•·–—-]+|\band\b|&"  # what separates names in a list
_LIST_FILLER: Final = re.compile(rf"(?i){_FILLER}")
_LEADING_FILLER: Final = re.compile(rf"(?i)^(?:{_FILLER})+")


def source_line(text: str) -> bool:
    """'/ Source: Associated Press': a wire story's organisation byline (maybe with the stamp
    after it: 'Source: Xinhua Published: Mar 05, 2025 09:12 PM', the Global Times')."""
    match = _SOURCE.match(text) if len(text) <= 100 else None
    if match is None:
        return False
    org = match.group("org")
    if (found := credits.lone_organisation(org)) is not None:
        # (not a photo agency's: 'Source: Shutterstock' under a byline credits the picture)
        return organisations().kinds.get(found) != "photo_agency"
    stamped = _STAMP_AFTER_SOURCE.search(org)
    return (
        stamped is not None
        and credits.lone_organisation(org[: stamped.start()]) is not None
        and is_date_line(org[stamped.start() :])
    )


_STAMP_AFTER_SOURCE: Final = re.compile(r"\s+(?=(?:Published|Updated|Posted)\b)")


def names_and_organisation(lines: list[Line], ln: Line) -> bool:
    """'Jo Li and Kim Bo, Associated Press' right above a date stamp: a byline, though it reads
    like a photo credit (credits sit under captions, not over date stamps). So is 'Jo Li |
    Reuters' between a headline and the story's first paragraph, when the organisations are
    news outlets (not photo agencies) or a paper the table lacks. Nothing but the people, the
    organisations and list separators may make up the line."""
    if ln.words > 15 or ln.index + 1 >= len(lines):
        return False
    if "/" in ln.text:
        return False  # 'Jo Li / Reuters' under a headline: a captionless photo's credit
    if ln.text.startswith(_BULLETS) or (ln.index and lines[ln.index - 1].text.startswith(_BULLETS)):
        return False  # an item of a list ('- Best actress - Clare Higgins for ...')
    if not _LIST_MARK.search(ln.text) and not (
        ("  " in ln.text or "\t" in ln.text) and _CELL_GAP.match(ln.text)
    ):
        return False  # names and an organisation are separated: a cheap test before the rest
    if credits.credit_lead(ln.text):
        return False
    stamped = is_date_line(lines[ln.index + 1].text)
    if not stamped and not _between_headline_and_story(lines, ln):
        return False
    names, orgs = byline_people(ln.text)
    if not names:
        return False
    kinds = organisations().kinds
    if not stamped and not all(kinds.get(o) in NEWS_KINDS for o in orgs):
        return False  # 'Jo Li | Getty Images': a photo's credit, whatever stands around it
    rest, _ = without_organisations(without_read_time(ln.text))
    for name in names:
        rest = rest.replace(name, " ").replace(name.upper(), " ")
    if orgs:
        # ('Jo Li | WFLA-TV': the table's letters, then a band the table does not write)
        left = _LIST_FILLER.sub("", rest)
        listed = not left or ("-" + left in STATION_BANDS and "-" + left in ln.text)
    else:
        # 'Jo Li, The Portvale Times': a paper the table lacks, named as papers are (data)
        # ('Jo Li, Portvale Telegram & Gazette': the '&' goes with the list separators)
        # ('THE PORTVALE AGE. | JO LI': a full stop after the paper's name)
        paper = _PAPER.fullmatch(" ".join(_LIST_FILLER.sub(" ", rest).split()).rstrip("."))
        # ('Jo Li — KPVL', 'Jo Li | KPVL-TV': a station's call letters, its band's hyphen kept)
        listed = (paper is not None and credits.paper_name(paper[0])) or station_outlet(
            rest.strip(" ,;|—–-")
        ) is not None
    # last, as it costs most: a short paragraph below that reads as a caption makes the line
    # its photo's credit
    return listed and (stamped or not _caption_under(lines[ln.index + 1]))


def _caption_under(nxt: Line) -> bool:
    """The paragraph under the line is short and shows a photo caption's signs."""
    return nxt.opening_dateline is None and nxt.words < 30 and photo_cue(nxt)


_PAPER: Final = re.compile(r"(?:The )?[A-Z][\w&'’-]+(?: [A-Z][\w&'’-]+){0,3}")


_BULLETS: Final = ("- ", "• ", "* ", "· ")


def _between_headline_and_story(lines: list[Line], ln: Line) -> bool:
    """The line stands under a headline-like line or a date stamp (no sentence, caption or
    media block; page chrome between them does not count) and right over the story's first
    paragraph: a dateline paragraph, or one of twelve words or more carrying no photo credit
    (the caller rules out a short one that reads as a caption, `_caption_under`)."""
    nxt = lines[ln.index + 1]
    above = ln.index - 1
    while above >= 0 and lines[above].role == "boilerplate":
        above -= 1  # 'Print', 'Popular Stories' between the headline and the byline
    if above < 0:
        return False  # no headline: a headline in capitals may read as names and a company
    prev = lines[above]
    if (prev.role and prev.role != "date") or prev.words > 30 or full_stop_end(prev.text):
        return False  # a caption ends its sentence; a credit or photo label has its role
    if not nxt.prose or file_photo(nxt.text):
        return False
    if nxt.opening_dateline is not None:
        return True
    return nxt.glued_split is None and nxt.words >= 12  # and no caption (`_caption_under`)


# 'Jo Li / Los Angeles Times (TNS)', 'Los Angeles Times (TNS)': the paper that produced the
# story, and in brackets the service that distributed it, after the reporters' names if any.
_SYNDICATED: Final = re.compile(
    r"^(?:(?P<names>[^/|(),]{3,80}?)\s*[/|,]\s*)?(?P<org>[^/|(),]{2,60}?)\s*"
    r"\((?P<via>[^()]{2,40})\)$"
)


def syndicated_byline(text: str) -> bool:
    """A syndicated story's byline: a news organisation followed by a distributor in
    brackets (kinds from the organisations table), after nothing but people's names. A photo
    credit through the same service ('(Kim Bo/Chicago Tribune/TNS)') has no such layout."""
    if len(text) > 140 or text[-1:] != ")" or text[:1] == "(":
        return False
    match = _SYNDICATED.match(text)
    if match is None:
        return False
    orgs = organisations()
    via, org = orgs.lookup(match.group("via")), orgs.lookup(match.group("org"))
    if via is None or orgs.kinds.get(via) != "distributor" or org is None:
        return False
    if orgs.kinds.get(org) not in NEWS_KINDS:
        return False
    names = match.group("names")
    return names is None or bool(names_only(names))


# 'Jo Li (AP)', 'Jo Li and Kim Bo (Reuters)': reporters' names with their outlet's wire tag.
_NAMES_TAGGED: Final = re.compile(r"^(?P<names>[^()/|]{3,80}?)\s*\((?P<tag>[^()]{2,30})\)$")


def names_with_wire_tag(lines: list[Line], ln: Line) -> bool:
    """'Jo Li (AP)' between the headline and the story: a byline with the outlet's tag, laid
    out like a dateline alone ('Washington (CNN)'), so the names must be people's, neither in
    the places table nor holding a place word ('Iowa City'), and not in capitals. A photo
    credit sits under its caption's full stop."""
    if ln.words > 10 or not 0 < ln.index < len(lines) - 1 or "(" not in ln.text:
        return False
    match = _NAMES_TAGGED.match(ln.text)
    if match is None:
        return False
    orgs = organisations()
    org = orgs.lookup(match.group("tag"))
    if org is None and paper_outlet(match.group("tag")) is None:
        return False  # ('Jo Li (KPVL)', 'Jo Li (Portvale Courier)': one the table lacks)
    if org is not None and orgs.kinds.get(org) not in NEWS_KINDS:
        return False
    if match.group("names").isupper():
        return False  # 'CAPE TOWN (AP)': a place in capitals alone far more often than names
    names = names_only(match.group("names"))
    if not names or any(is_place(name) for name in names):
        return False
    if any(word.casefold() in place_words() for name in names for word in name.split()):
        return False  # 'Iowa City (AP)', 'Sioux Falls (AP)': a place with its wire tag
    prev, nxt = lines[ln.index - 1], lines[ln.index + 1]
    return not full_stop_end(prev.text) and nxt.prose and not prev.prose


# 'by Jo Li / ExampleCartoons.com 2018': a cartoon or illustration credited to its maker and
# the site that syndicates it, under a story whose byline names its writer (the caller asks
# for that byline above).
_SITE_CREDIT: Final = re.compile(r"(?i)^by\s[^/]{3,40}/\s*[\w-]+\.(?:com|org|net|co\.uk)\b")


def site_credit(text: str) -> bool:
    return "/" in text and text[:3].lower() == "by " and _SITE_CREDIT.match(text) is not None


def organisation_then_by(ln: Line) -> bool:
    """'The Associated Press — By JO LI and KIM BO - Associated Press': a byline after the
    organisation's name (and page chrome) on the same line."""
    if ln.words > 25 or " By " not in ln.text:
        return False
    dash_by = DASH_BY.search(ln.text)
    if dash_by is None or dash_by.start() > 60:
        return False
    if not without_organisations(ln.text[: dash_by.start()])[1]:
        return False
    return bool(byline_people(ln.text)[0])


# 'Author: 10News Staff', 'By KARE 11 Staff': an organisation's staff signing the story; a
# staff report needs no 'By' ('Portvale Courier staff report', 'KPVL Staff Reports').
_ORGANISATION_STAFF: Final = re.compile(
    r"(?:(?:By|BY|Author):?\s+(?P<org>[A-Z0-9][\w.&'’-]*(?: [A-Z0-9][\w.&'’-]*){0,3})\s+"
    r"(?:Staff|STAFF)(?: (?:Report|Writers?|Reporters?))?"
    r"|(?P<reported>[A-Z0-9][\w.&'’-]*(?: [A-Z0-9][\w.&'’-]*){0,3})\s+"
    r"(?:[Ss]taff [Rr]eports?|STAFF REPORTS?))"
)


def organisation_staff(text: str) -> str | None:
    """The organisation of `_ORGANISATION_STAFF` when it reads as one (`_signing_organisation`):
    the table's canonical name, else as written."""
    found = _ORGANISATION_STAFF.fullmatch(text.strip()) if len(text) <= 60 else None
    if found is None:
        return None
    org = found["org"] or found["reported"]
    return (organisations().lookup(org) or org) if _signing_organisation(org) else None


def _signing_organisation(org: str) -> bool:
    """Whether a name that signs a story reads as an organisation's, not a person's: one of
    the table, a paper's name, or a brand with a digit or one word with a capital inside
    ('10News', 'KARE 11', 'WFAE', 'NewsNation'; 'JO LI' names a person)."""
    return (
        organisations().lookup(org) is not None
        or unknown_paper(org)
        or any(c.isdigit() for c in org)
        or (" " not in org and not org[1:].islower())
    )


# 'WFAE | By Jo Li': a station's or a paper's name, a bar, then the byline (NPR member
# stations' pages).
_ORGANISATION_BAR_BY: Final = re.compile(
    # ('90.5 WESA | By Jo Li': the frequency before the call sign)
    r"(?:\d{2,3}\.\d )?(?P<org>[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,4}) \| (?P<byline>By .{4,120})"
)


def organisation_bar_by(text: str) -> tuple[str, str] | None:
    """(organisation, byline) of `_ORGANISATION_BAR_BY`, when the organisation reads as one
    (`_signing_organisation`) and the byline names people."""
    found = _ORGANISATION_BAR_BY.fullmatch(text.strip()) if " | By " in text else None
    if found is None:
        return None
    org = found["org"]
    if not _signing_organisation(org):
        return None
    return (org, found["byline"]) if byline_people(found["byline"])[0] else None


def author_box(ln: Line) -> bool:
    """'Jo Li About | Email | Archive': a columnist's name with the links of an author box."""
    if ln.words > 12 or " Email" not in ln.text:
        return False  # every box this takes links to an e-mail form
    tail = AUTHOR_BOX_TAIL.search(ln.text)
    if tail is None:
        return False
    name = person_name(ln.text[: tail.start()])
    return name is not None and name.casefold() == ln.text[: tail.start()].strip().casefold()


# A separator a page sets on a line of its own between a byline's parts.
_SEPARATOR_LINES: Final = frozenset({"|", "•", "·", "-", "–", "—", "/"})


def name_over_stamp(lines: list[Line], ln: Line) -> bool:
    """'Jo Li' alone right above 'May 31, 2019 10:00AM': the author over the date stamp, also
    above the headline. A name under a caption-like line is that photo's credit instead."""
    if not 2 <= ln.words <= 6 or ln.index + 1 >= len(lines):
        return False
    above = lines[ln.index - 1] if ln.index else None
    if above is not None and above.words >= 5 and above.text.rstrip("\"”’'")[-1:] in ".)":
        return False  # under a caption's sentence (a deck, without its full stop, may stand above)
    text = _SLASH_POST.sub("", ln.text)  # 'Jo Li/Staff Reporter', the Gleaner's
    if ln.words >= 3:
        text = name_then_post(text) or text  # 'Jo Li Senior Reporter', Reach's papers'
    if text.count(" ") > 3:
        return False
    if unknown_paper(text):
        return False  # ('Portvale Ledger' over the stamp names the paper, no person)
    below = lines[ln.index + 1]
    if below.text in _SEPARATOR_LINES and ln.index + 2 < len(lines):
        below = lines[ln.index + 2]  # ('Jo Li' / '|' / the stamp: a separator's own line)
    if not is_date_line(below.text) and not _over_section_and_stamp(lines, ln):
        return False
    name = person_name(text)
    return name is not None and name.casefold() == text.casefold()


def name_over_post(lines: list[Line], ln: Line) -> bool:
    """'Jo Li' / 'Portvale rugby correspondent': a person's name alone (a given name of the
    table first), then a line of at most six words ending in a reporter's post, as the BBC sets
    its byline under the stamp."""
    if not 2 <= ln.words <= 4 or ln.index + 1 >= len(lines) or not opens_with_given_name(ln.text):
        return False
    below = lines[ln.index + 1]
    if below.role or not 2 <= below.words <= 6 or not below.text.endswith(_POST_LINE_ENDS):
        return False
    return person_name(ln.text) == ln.text.strip()


_POST_LINE_ENDS: Final = (
    *("correspondent", "Correspondent", "reporter", "Reporter", "writer", "Writer"),
    *("columnist", "Columnist"),
)  # (not an editor's: a credits box's 'Jo Li' / 'Web Editor' names no reporter)


# ('Jo Li/Staff Reporter', the Gleaner's; 'Jo Li/Star Writer', a paper's word before the post)
_SLASH_POST: Final = re.compile(rf"\s?/\s?(?:[A-Z][a-z]+ )?{credits.STAFF_POST}$")


def _over_section_and_stamp(lines: list[Line], ln: Line) -> bool:
    """'Jo Li' / 'Business' / 'Mar 25, 2025 6:00 AM': a section's one-word label between the
    author and the stamp, as Wired sets them above the headline; the name must open with a
    given name of the table (a one-word label under two capitalised words is common chrome)."""
    if ln.index + 2 >= len(lines) or not opens_with_given_name(ln.text):
        return False
    label = lines[ln.index + 1].text
    return (
        " " not in label
        and label[:1].isupper()
        and label.isalpha()
        and is_date_line(lines[ln.index + 2].text)
    )


# 'Jo Li | July 16, 2018', 'Jo Li • July 16, 2018 at 9:41 AM': names, a separator, a stamp
# ('Jo Li / TNN / Updated: Sep 3, 2024, 10:32 IST', the Times of India's slashes).
_NAME_THEN_STAMP: Final = re.compile(
    r"^(?P<names>[^|•·,/]{3,80}?)(?:\s*(?:[|•·,]|\s[-–—/]\s)\s*|\s{2,})(?P<stamp>\S.*)$"
)


def name_and_stamp(text: str) -> bool:
    """The author and the date stamp on one line, without 'By': a byline, not a short
    headline (the names must be people's names and nothing else, the stamp a full date)."""
    if not has_digit(text, max(0, len(text) - 40)):
        return False  # the stamp's year: most lines end without a digit in reach
    match = _NAME_THEN_STAMP.match(text)
    if match is None or find_date(match.group("stamp")) is None:
        return False
    # 'Jo Li, Opinion contributor Published 3:15 a.m. ET July 15, 2018 | Updated ...': the
    # writer's job stands between the name and the stamps.
    stamp = _JOB_BEFORE_STAMP.sub("", match.group("stamp"), count=1)
    parts = stamp.split(" | ")
    if len(parts) > 1 and (unknown_paper(parts[0]) or organisations().lookup(parts[0])):
        parts = parts[1:]  # 'Jo Li • Portvale Post | Posted: March 3, 2025': the paper between
    if not all(is_date_line(part) for part in parts):
        return False
    return 0 < len(names_only(match.group("names"))) <= 4


def stamp_then_byline(text: str) -> bool:
    """'Mar 11, 2025, 11:48 AM | Article By: Jo Li': the stamp first, then the byline, after
    a bar (The Point's order); or a blog's 'Posted on 17 March 2025 by Jo Li'."""
    if len(text) > 120:
        return False
    stamp, rest = _stamp_and_byline(text)
    by = _ARTICLE_BY.match(rest)
    if by is None or not is_date_line(stamp):
        return False
    signed = rest[by.end() :]
    head, comma, tail = signed.rpartition(", ")
    kinds = organisations().kinds
    if comma and (
        kinds.get(organisations().lookup(tail) or "") in NEWS_KINDS or station_outlet(tail)
    ):
        signed = head  # '... by Jo Li, WRAL': the names, then their outlet (a paper's: below)
    # ('Posted on 6 February 2025 by Portvale Today Newsroom': the paper's staff; '... by
    # Portvale Herald', the paper itself)
    return (
        0 < len(names_only(signed)) <= 4
        or staff_paper(signed) is not None
        or unknown_paper(signed.strip())
    )


def _stamp_and_byline(text: str) -> tuple[str, str]:
    """The stamp and the byline of a `stamp_then_byline` line (the byline from its 'By')."""
    if " | " in text and ("ublished in" in text or "osted in" in text or ": " in text):
        text = _META_TAIL.sub("", text)  # ('... | Written by Jo Li | Published in Local')
    stamp, bar, rest = text.rpartition(" | ")
    if bar:
        return stamp, rest
    if text.startswith(_POSTED):
        stamp, by, name = text.rpartition(" by ")
        if by:
            return stamp, f"by {name}"
    return "", ""


_POSTED: Final = ("Posted ", "Published ")  # ('Posted on 17 March 2025 by Jo Li')
# A news template's meta parts after the byline: the sections it was filed in, its hit count.
_META_TAIL: Final = re.compile(
    r"(?: \| (?:(?:Published|Posted|Filed) in|Category:|Categories:|Hits:|Views:)[^|]{1,60})+$"
)


_ARTICLE_BY: Final = re.compile(r"(?:(?:Article|Story|Written) )?(?P<by>By|by|BY):? ")


def byline_after_stamp(text: str) -> str:
    """The byline of a `stamp_then_byline` line, from its 'By' on ('By: Jo Li')."""
    rest = _stamp_and_byline(text)[1]
    by = _ARTICLE_BY.match(rest)
    return rest[by.start("by") :] if by else rest


_JOB_BEFORE_STAMP: Final = re.compile(
    r"^(?:[A-Z][\w-]*+ ){0,3}(?i:contributor|columnist|writer|reporter|correspondent)s? "
    r"(?=(?:Published|Updated|Posted) )"
)


def organisation_stamp(text: str) -> bool:
    """'USA TODAY Published 5:57 a.m. ET July 16, 2018': an organisation and a date stamp,
    after the reporters' names if any ('Jo Li and Kim Bo , USA TODAY Published ...')."""
    # A date line holds a digit or a stamp word ('Updated'): most lines fail before the
    # organisation scan.
    if len(text) > 160 or not _stamp_hint(text) or "(@" in text:
        return False  # '— Jo Li News (@jolinews) July 15, 2018' signs an embedded post
    rest, orgs = without_organisations(text)
    if not orgs:
        return False
    for name in byline_people(text)[0]:
        rest = rest.replace(name, " ").replace(name.upper(), " ")
    rest = _LEADING_FILLER.sub("", rest).strip(" |,-–—")
    # 'Published 12:42 p.m. CT July 15, 2018 | Updated 12:48 p.m. CT July 15, 2018': each
    # stamp between the bars is a date line, the sections after them aside ('KYODO NEWS -
    # Jul 22, 2025 - 14:07 | Japan, All').
    parts = rest.split(" | ")
    if len(parts) > 1 and _SECTIONS.fullmatch(parts[-1]):
        parts.pop()
    if len(parts) > 1 and _SECTIONS.fullmatch(parts[0]):
        parts.pop(0)  # ('China | Reuters 14 Apr 2025 5:42 pm': the section before them)
    stamp = parts[0].strip()
    return bool(stamp) and all(is_date_line(part) for part in parts) and text.find(stamp[:8]) > 0


_SECTIONS: Final = re.compile(r"[A-Z][\w&'’.-]*(?:,? [A-Z][\w&'’.-]*){0,3}")


_STAMP_HINT: Final = re.compile(r"\d|(?i:updated|published|posted)")
_STAMP_WORD: Final = re.compile(r"(?i:updated|published|posted)")
_STAMP_WORDS_LOWER: Final = ("updated", "published", "posted")


def _stamp_hint(text: str) -> bool:
    """`_STAMP_HINT.search(text)`, cheaper: the digit first (a character-set scan), then the
    words; on ASCII text case-insensitive matching is `lower()` and a substring test."""
    if has_digit(text):
        return True
    if text.isascii():
        low = text.lower()
        return any(w in low for w in _STAMP_WORDS_LOWER)
    return _STAMP_WORD.search(text) is not None


def dash_signoff(ln: Line) -> bool:
    """'— Jo Li, Associated Press' under a paragraph: the story's writer and a news outlet
    signing it off (a quoted post's signature, '— Jo Li (@joli) July 16', names no outlet)."""
    text = ln.text
    if ln.words > 12 or "@" in text or ("," not in text and "|" not in text):
        return False  # the name and the outlet stand apart: most dashed lines are list items
    names, orgs = byline_people(text)
    rest, _ = without_organisations(text)
    for name in names:
        rest = rest.replace(name, " ").replace(name.upper(), " ")
    if names and not orgs and (paper := byline_paper(text.lstrip("—–- "))) is not None:
        rest = rest.replace(paper, " ")  # '— Jo Li, Portvale Courier': a paper the table lacks
        return not _LIST_FILLER.sub("", rest)
    kinds = organisations().kinds
    return (
        bool(names)
        and bool(orgs)
        and all(kinds.get(o) in NEWS_KINDS for o in orgs)
        and not _LIST_FILLER.sub("", rest)
    )


def organisation_post(text: str, lower_case: bool = False) -> str | None:
    """'AP Business Writer', 'Associated Press Writer', 'Reuters Staff': a line naming an
    organisation and a post in it, under (or over) the reporter's name; the organisation.
    With `lower_case`, the post in lower case ('WRAL reporter', 'Reuters staff writer'), the
    organisation a news outlet ('Getty Images staff' is a photo's credit); the outlet must
    open the line ('former CNN reporter' names none)."""
    if len(text) > 60 or not text.endswith(_POST_ENDS_LOWER if lower_case else _POST_ENDS):
        return None
    words = text.split()
    for cut in range(len(words) - 1, max(0, len(words) - 4), -1):  # the post: 1-3 words
        if not (words[cut].islower() if lower_case else words[cut][:1].isupper()):
            return None
        org = organisations().lookup(" ".join(words[:cut]))
        if org is not None:
            return org if not lower_case or organisations().kinds.get(org) in NEWS_KINDS else None
    return None


# 'Senior Journalist·NZ Herald·', 'Political Reporter | The Portvale Post': the post first.
_POST_THEN_ORG: Final = re.compile(
    r"(?P<post>(?:[A-Z][\w-]* ){0,3}[A-Z][\w-]*) ?[·|,] ?(?P<org>[^·|,]{2,40}?) ?[·|]?"
)


_JOB_WORDS: Final = frozenset(
    f"{w}{s}"
    for w in (*POSTS, "journalist", "producer", "anchor", "photographer")
    for s in ("", "s")
)


def post_organisation(text: str) -> str | None:
    """A post and then the organisation (`_POST_THEN_ORG`), under the reporter's name; the
    organisation."""
    if len(text) > 60 or not text[:1].isupper():
        return None
    match = _POST_THEN_ORG.fullmatch(text)
    if match is None or match.group("post").rsplit(" ", 1)[-1].lower() not in _JOB_WORDS:
        return None
    return organisations().lookup(match.group("org"))


def organisation_place(text: str) -> str | None:
    """'BBC News, Washington', 'Reuters, Kyiv', 'QNA/Doha': under the reporter's name, the
    organisation and the bureau the story was filed from; the organisation."""
    head, comma, place = text.rpartition(", ")
    if not comma:
        head, comma, place = text.partition("/")
    if not comma and " " in text and len(text) <= 40:
        # 'PA Scotland', 'Reuters India': the agency's name, then a place the table knows
        head, comma, place = text.partition(" ")
        if not is_place(place):
            return None
    if not comma or len(text) > 60 or _BUREAU.fullmatch(place) is None:
        return None
    return organisations().lookup(head)


def names_and_place(text: str) -> bool:
    """'Jo Li & Kim Bo | New Delhi': the reporters' names and the place they filed from, as
    Indian papers set the byline (a given name first; the place one of places.csv)."""
    names, bar, place = text.rpartition(" | ")
    if not bar or len(text) > 80 or not opens_with_given_name(names):
        return False
    return is_place(place.strip()) and bool(names_only(names.strip()))


def name_organisation_post(text: str) -> str | None:
    """'Jo Li, RNZ Pacific Journalist': a reporter's name, then the organisation the table
    knows and the post there; the organisation."""
    name, comma, rest = text.partition(", ")
    if not comma or len(text) > 80 or person_name(name) != name:
        return None
    org, _, post = rest.rpartition(" ")
    return organisations().lookup(org) if post.lower() in _JOB_WORDS else None


# a place's name: one to three capitalised words ('Washington', 'Rio de Janeiro', 'St. Louis')
_BUREAU: Final = re.compile(r"[A-Z][\w.'’-]+(?: (?:de|da|do|of|[A-Z][\w.'’-]+)){0,2}")


_POST_ENDS: Final = tuple(f"{w.title()}{s}" for w in POSTS for s in ("", "s"))
_POST_ENDS_LOWER: Final = tuple(f" {w}{s}" for w in POSTS for s in ("", "s"))


def name_signoff(lines: list[Line], ln: Line) -> bool:
    """'— Jo Li' alone under a paragraph: the writer of a live page's item or a blog post
    signing it off. A quotation's attribution is not: the paragraph above is a quotation,
    or the story names that person elsewhere (a quoted person is named in the story, the
    writer of the story is not)."""
    text = ln.text
    if ln.words > 5 or text[:1] not in "—–" or "," in text or "@" in text or "(" in text:
        return False
    name = person_name(text[1:].strip())
    if name is None or lines[ln.index - 1].text[:1] in _QUOTE_MARKS:
        return False
    surname = name.split()[-1]
    # (the same sign-off under other items does not count)
    return not any(surname in without_dashed(x.text, name) for x in lines if surname in x.text)


_QUOTE_MARKS: Final = "“\"‘'«"
_GLUED_CASE: Final = re.compile(r"(?<=[a-z])(?=[A-Z])")
# ... or after a space: 'Jo Li Palm Springs Desert Sun', the USA Today network's byline
# (the name and the paper on two lines in the page, one line in the copy).
_SPACED_CASE: Final = re.compile(r"(?<=[a-z] )(?=[A-Z])")


def _ends_like_organisation(text: str) -> bool:
    """Whether the text's last word ends an alias of the organisations table: a cheap test
    before the lookups at every capital."""
    last = text[text.rfind(" ") + 1 :]
    words = organisations().last_words
    if last.casefold() in words:
        return True
    # ('Jo LiReuters': the alias glued to the surname)
    return any(last[cut.start() :].casefold() in words for cut in _GLUED_CASE.finditer(last))


def glued_organisation(text: str) -> str | None:
    """'Jo Li and Kim BoAssociated Press': the byline's names with their news organisation
    glued to the last surname, or after a space (the page set them on two lines, the scrape
    joined them); returned with a comma between ('Jo Li and Kim Bo, Associated Press')."""
    if len(text) > 120 or not text[-1:].isalpha() or "  " in text:
        return None
    if not _ends_like_organisation(text):
        return None  # the organisation ends the line: most lines end in no alias's word
    orgs = organisations()
    spaced = _SPACED_CASE.finditer(text) if "/" not in text and "|" not in text else ()
    for cut in (*_GLUED_CASE.finditer(text), *spaced):
        name = orgs.lookup(text[cut.start() :])
        if name is None or orgs.kinds.get(name) not in NEWS_KINDS:
            continue
        names = text[: cut.start()].rstrip()
        found = people(names)
        words = names.replace(",", " ").replace(" and ", " ").split()
        if found and len(" ".join(found).split()) == len(words):
            return f"{names}, {text[cut.start() :]}"
    return None


# 'DAILY SABAH WITH AA', 'Portvale Post with AP': the paper's staff with a wire's copy.
_WITH_WIRE: Final = re.compile(
    r"(?P<paper>[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3}) (?:with|With|WITH) "
    r"(?P<wire>[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,2})"
)


def organisation_with_wire(text: str) -> bool:
    """`_WITH_WIRE` alone on its line: a byline, the wire one of the organisations table and
    the paper's name no person's ('Jo Li with AP' is a by-line the name rules read)."""
    match = _WITH_WIRE.fullmatch(text)
    if match is None or organisations().lookup(match["wire"]) is None:
        return False
    return person_name(match["paper"].title()) != match["paper"].title() or bool(
        organisations().lookup(match["paper"])
    )
