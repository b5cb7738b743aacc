"""Who wrote the story (reporters) and which organisation produced it (outlet)."""

from __future__ import annotations

import functools
import re
from typing import Final

from pipeline.parse.knowledge import newspaper_words, organisations, publisher_organisation
from pipeline.parse.names import PARTICLES, people, person_name, title_case, without_organisations

_CLOSING: Final = re.compile(
    r"\((?:[^()]*?;\s*)?((?:additional )?reporting|writing|compiled|contributing)\s+by\s+"
    r"([^;()]+)",
    re.IGNORECASE,
)
# The next part of a credit, where the names of the part before end: '(Reporting by A,
# additional reporting by B, editing by C)' has three parts in one clause.
_NEXT_PART: Final = (
    r"(?:,|\band\b)?\s*\b(?:additional reporting|reporting|writing|compiled|contributing|"
    r"editing|edited|graphics|design|photos?)\s+by\b"
)
_CREDIT_PARTS: Final = re.compile(
    r"(?i)\b(?:additional reporting|reporting|writing|compiled|contributing)\s+by\s+"
    rf"((?:(?!{_NEXT_PART})[^;()])+)"
)
_STAMP: Final = re.compile(
    r"(?i)\s*(?:[—–|-]\s*)?(?:updated|published|posted)?\s*(?:\bon\s+)?(?:\d{1,2}[:/]|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d|"
    # day first: 'By Jo Li on 16 July 2018'
    r"\b\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b).*$"
)
# The words that open a byline (roles_bylines.py recognises byline lines by the same words).
BYLINE_LEADS: Final = (
    r"by|words by|written by|authored by|submitted by|posted by|story by|analysis by|opinion by|"
    r"commentary by|review by|text by|report by|reported by|compiled by|authors?(?=\s*:)|"
    # 'Reporter: Jo Li' (title case only: 'REPORTER:' speaks in a transcript)
    r"(?-i:Reporters?|Correspondents?|Writers?|Words|Text)(?=\s*:)|"
    r"[—–-]?\s*(?:additional )?reporting by"
)
# A line that opens as a byline. 'From' opens one only with a possessive ('From CNN's Jeff
# Zeleny') or a name and the place filed from, nothing more ('From Jo Li in Oslo', a live
# blog's post), not a headline ('From Kitchen Table in Ohio to Congress').
BYLINE_START: Final = re.compile(
    rf"(?i)^(?:{BYLINE_LEADS})\s*:?\s+\S|^From\s+[^,]{{2,40}}['’]s\s"
    r"|^(?-i:From (?=[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2} "
    r"in [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}$)\S)"
)
_BY_LEAD: Final = re.compile(rf"(?i)^(?:from|{BYLINE_LEADS})\s*:?\s+")
# 'Reporting by A; Editing by B': editors, designers and photographers are no reporters.
_NOT_REPORTING: Final = re.compile(
    r"(?i)[;,]?\s*\b(?:editing|edited|graphics|design|photos?) by\b.*$"
)
_BYLINE_SEPARATORS: Final = re.compile(r"\s+[—–-]+\s+|\s{2,}|\s*[•·]\s*")
# 'Jo Li, Reuters • 3 min read': the page's reading time after the byline.
_READ_TIME: Final = re.compile(
    r"(?i)[\s,|•·—–-]*\b\d{1,3}[ -]?min(?:ute)?s?\.?[ -]read\b.*$"
    r"|[\s,|•·—–-]*\breading time:?\s*\d{1,3}\s*min(?:ute)?s?\b.*$"
)


def without_read_time(text: str) -> str:
    """The byline without a reading-time tail; the scan runs only where 'read' stands."""
    return _READ_TIME.sub("", text) if "ead" in text else text


# A job description after a byline's name: 'Jo Li | Media And Politics Reporter',
# 'Jo Li Contact Reporter'.
JOB_TAIL: Final = re.compile(
    r"(?i)(?:\s*[|,]\s*[^|,]{0,40}\b|\s+[/•·—–]\s+[^|,/]{0,40}\b|"
    r"\s+(?:contact|staff|senior|political|chief)\s+|\s+(?=contributor\b))"
    r"(?:reporter|writer|editor|correspondent|fellow|contributor|"
    r"columnist|producer|journalist|analyst|critic|blogger|staff)s?\b[^|]{0,60}$"
    # 'Jo Li, Special to the Portvale Globe': a freelancer's byline.
    r"|\s*,\s*special (?:to|for) [^|,]{2,40}$"
)
# What each pattern above cannot match without (on ASCII text, lower-cased): their
# case-insensitive scans try every position of a line, which costs tens of microseconds on a
# prose line that a byline rule asks about, where a substring test costs one or two.
_STAMP_CORE: Final = re.compile(
    # (one branch per first character class: a search tries every position)
    r"\d(?:[:/]|(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d"
)
_JOB_WORDS: Final = (
    "reporter",
    "writer",
    "editor",
    "correspondent",
    "fellow",
    "contributor",
    "columnist",
    "producer",
    "journalist",
    "analyst",
    "critic",
    "blogger",
    "staff",
    "special",
)
_NOT_REPORTING_WORDS: Final = ("edit", "graphics", "design", "photo")


def without_stamp(text: str) -> str:
    """`_STAMP.sub("", text)`: the text up to a date stamp ('..., USA TODAY Published 9:55
    p.m. ET'), skipping the scan where no stamp can start."""
    if text.isascii() and not _STAMP_CORE.search(text.lower()):
        return text
    return _STAMP.sub("", text)


def without_job_tail(text: str) -> str:
    """`JOB_TAIL.sub("", text)`, skipping the scan where no job word stands."""
    if text.isascii():
        low = text.lower()
        if not any(map(low.__contains__, _JOB_WORDS)):
            return text
    return JOB_TAIL.sub("", text)


def _without_non_reporting(text: str) -> str:
    """`_NOT_REPORTING.sub("", text)`, skipping the scan where none of its words stands."""
    if text.isascii():
        low = text.lower()
        if " by" not in low or not any(map(low.__contains__, _NOT_REPORTING_WORDS)):
            return text
    return _NOT_REPORTING.sub("", text)


# A newsroom post that may follow a byline's name or organisation on its own ('Jo Li — Staff
# writer', 'AP Business Writer').
POSTS: Final = (
    "writer",
    "reporter",
    "correspondent",
    "editor",
    "columnist",
    "contributor",
    "staff",
)
_VERBS: Final = r"(?:reported|reports|reporting|wrote|writes|contributed|counted|says|said)"
_ROLE_WORDS: Final = r"(?:correspondent|reporter|producer|journalist|writer|anchor)"


# An author box's links after the name: 'Jo Li About | Email | Archive', 'Jo Li Email Bio'.
AUTHOR_BOX_TAIL: Final = re.compile(
    r"(?:\s*\|?\s+(?:About|Email|Archive|Bio|Follow|Contact)\b){2,}+\s*$"
)
DASH_BY: Final = re.compile(r"\s[—–-]\s+By\s+")
_GLUED_DATELINE: Final = re.compile(r"\s(?=[A-Z]{2,}[^a-z(]{0,40}\([^()]{1,30}\)\s*[-—–])")
_AFFILIATION: Final = re.compile(r"\s+(?:of|via)\s[^,;&|]*?(?=\s+and\s|[,;&|]|$)")
# 'Jo Li in London and Kim Bo in Kyiv': where each reporter filed from, up to the next list
# separator (a place: a capital after 'in').
_FILED_FROM: Final = re.compile(r"\s+in\s+(?=[A-Z])[^,;&|]*?(?=\s+and\s|[,;&|]|$)")
# An e-mail address or a social-media handle after a byline's name ('Jo Li jo.li@example.com',
# 'Jo Li @joli'): a way to reach the reporter, cut off like a list separator.
CONTACT: Final = re.compile(r"(?<![\w.+-])\(?[\w.+-]*+@[\w-]++(?:\.[\w-]++)*+\)?")


def without_contacts(text: str) -> str:
    """The text with e-mail addresses and @handles replaced by a list separator."""
    return CONTACT.sub(" , ", text) if "@" in text else text


def byline_people(line: str) -> tuple[list[str], list[str]]:
    """People and organisations named by a byline line."""
    names, orgs = _byline_people(line)
    return list(names), list(orgs)


@functools.lru_cache(maxsize=256)
def _byline_people(line: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """`byline_people`, remembered within one article: several line rules and the field
    extraction ask about the same line. The parser empties it per article
    (`forget_bylines`), so a benchmark that repeats articles gains nothing from it."""
    names, orgs = _read_byline(line)
    return tuple(names), tuple(orgs)


def forget_bylines() -> None:
    _byline_people.cache_clear()


# 'Reporting by Jo Li, additional reporting by Kim Bo': a second part of the credit, whose
# lead separates its names from the first part's like a comma.
# A lawmaker's party and state, or a retired officer's mark, after the name: '(D-Ohio)',
# '(R-N.Y.)', '(Ret.)'.
_PARTY: Final = re.compile(r"\s*\((?:(?:[DRI]|Ind)-[A-Z][\w.]*(?: [A-Z][\w.]*)?|[Rr]et\.?)\)")
_MORE_REPORTING: Final = re.compile(r"(?i)\s*[,;]?\s*(?:\band\s+)?\badditional reporting by\s+")


def _read_byline(line: str) -> tuple[list[str], list[str]]:
    if "\t" in line:  # 'Jo Li<tab>Reuters': a scrape's cells, separated as a wide gap is
        line = line.replace("\t", "  ")
    text = _without_non_reporting(_BY_LEAD.sub("", without_contacts(line.strip())))
    if "dditional reporting by" in text:
        text = _MORE_REPORTING.sub(" , ", text)
    head_orgs: list[str] = []
    dash_by = DASH_BY.search(text) if " By " in text else None
    if dash_by is not None and dash_by.start() <= 60:
        # 'The Associated Press — By JO LI and KIM BO': the page's organisation, then the
        # byline proper.
        head_orgs = without_organisations(text[: dash_by.start()])[1]
        text = text[dash_by.end() :]
    if "(" in text:
        # 'By Jo Li and Kim Bo OSLO (Reuters) - The ...': the story's dateline ran into the
        # byline; the names end where it starts.
        text, *dateline = _GLUED_DATELINE.split(text, 1)
        if dateline:  # its wire tag still names the organisation
            tag = organisations().lookup(dateline[0].split("(", 1)[1].split(")", 1)[0])
            head_orgs += [tag] if tag else []
    # 'By A and B -    The Washington Times -    Sunday, ...': spaced dashes, wide gaps and
    # bullets separate the names from the organisation and the stamp, like commas.
    text = _BYLINE_SEPARATORS.sub(" , ", without_read_time(text))
    text, clients = without_client(without_stamp(text))
    text, orgs = without_organisations(text)
    for client in clients:  # a paper the table lacks just comes off
        org = organisations().lookup(client)
        if org is not None and org not in orgs:
            orgs.append(org)
    last = max(text.rfind(","), text.rfind("|"))
    if last > 0:
        # 'Jo Li, Vox': a short alias in title case is found whole only ('Jo Vox' is a name)
        tail = text[last + 1 :].strip()
        org = organisations().lookup(tail)
        if org is not None:
            text, orgs = text[:last], [*orgs, org] if org not in orgs else orgs
        elif unknown_paper(tail):
            text = text[:last]  # 'Jo Li, Portvale Courier': a paper the table lacks, no name
    text = without_job_tail(text)  # after the organisations: ', CNN Editor-at-large'
    if "(" in text:
        text = _PARTY.sub("", text)  # 'Sen. Jo Li (D-Ohio)', 'Gen. Jo Li (Ret.)'
    text = AUTHOR_BOX_TAIL.sub("", text)
    if " of " in text or " via " in text:
        # 'Jo Li and Kim Bo of Acme Research', 'Jo Li via Example.com,': an affiliation or
        # the site a column first ran on, up to the next list separator.
        text = _AFFILIATION.sub("", text)
    if " in " in text:
        text = _FILED_FROM.sub("", text)
    text = re.sub(r"(?i)^(?:['’]s)\s+", "", text.strip(" |,"))
    # 'John Bird and John Hannah, opinion contributors': drop the trailing job description.
    text = re.sub(r",\s*[a-z][a-z ]+$", "", text)
    return people(text), [*head_orgs, *(o for o in orgs if o not in head_orgs)]


# 'By Jo Li for The Portvale Courier', 'By JO LI FOR DAILYMAIL.COM', 'Jo Li and Kim Bo for
# The Guardian': the client a reporter (often a freelancer) wrote for, after the names.
_CLIENT: Final = re.compile(
    r"(?<=\S)\s+(?:for|For|FOR)\s+(?P<org>(?:the |The |THE )?[A-Z][\w&.'’-]*"
    r"(?: (?:[A-Z][\w&.'’-]*|of|and|&)){0,5})(?=\s*(?:[,;|]|$))"
)


def without_client(text: str) -> tuple[str, list[str]]:
    """The byline without the organisations its reporters wrote 'for', and those
    organisations as written (the caller decides what a known or unknown one means)."""
    if " for " not in text and " For " not in text and " FOR " not in text:
        return text, []  # most lines, before the pattern
    clients = [match.group("org") for match in _CLIENT.finditer(text)]
    return (_CLIENT.sub("", text), clients) if clients else (text, [])


def unknown_paper(text: str) -> bool:
    """'Portvale Courier', 'Lenn Valley Gazette': two to five capitalised words ending in a
    word that names newspapers (data), after a byline's names; it would pass for a person."""
    words = text.split()
    return (
        2 <= len(words) <= 5
        and all(w[:1].isupper() or w in ("of", "and", "&") for w in words)
        and words[-1].casefold() in newspaper_words()
    )


# Words that sign a lower-case byline without naming a person ('by web desk', 'by site admin').
_DESK_WORDS: Final = frozenset(
    {"desk", "team", "admin", "bureau", "newsroom", "digital", "guest", "web"}
)
_LOWER_NAME: Final = re.compile(r"^[a-z][a-z'’.-]*+(?: [a-z][a-z'’.-]*+){1,2}+$")


def lower_case_people(line: str) -> list[str]:
    """The names of a byline set all in lower case ('by jo li and kim bo - may 3, 2024'),
    in title case: each list item must be two or three words that pass as a person's name
    once capitalised (function words, job titles and desk words do not). The caller checks
    that the words are no ordinary words of the page."""
    text = _BYLINE_SEPARATORS.sub(" , ", _BY_LEAD.sub("", line.strip()))
    text = without_stamp(text).strip(" ,|")
    if not text or text != text.lower():
        return []
    found: list[str] = []
    for fragment in re.split(r"\s*(?:,|;|\band\b|&)\s*", text):
        fragment = fragment.strip()
        if not fragment:
            continue
        if not _LOWER_NAME.match(fragment) or _DESK_WORDS.intersection(fragment.split()):
            return []  # one item that is no name: the line is no list of names
        name = person_name(title_case(fragment.upper()))
        if name is None:
            return []
        found.append(name)
    return found


_NAME_LIST_FILLER: Final = re.compile(r"(?i)[\s,|&]+|\band\b")


def without_filed_from(text: str) -> str | None:
    """'Jo Li in Kyiv' -> 'Jo Li', 'Jo Li in Oslo and Kim Bo in Kyiv' -> 'Jo Li and Kim Bo':
    a byline that says where each reporter filed from (the Guardian's, under the headline),
    without its places; None when the line is no such list of two- or three-word names."""
    if " in " not in text or len(text) > 120:
        return None
    bare = _FILED_FROM.sub("", text)
    names = names_only(bare) if bare != text else []
    return bare if names and all(1 < len(name.split()) <= 3 for name in names) else None


def names_only(text: str) -> list[str]:
    """The people a line names when it holds nothing else ('Jo Li and Kim Bo', 'Jo Li, Staff
    Writer', 'Jo Li @joli'); [] for any other line."""
    if len(text) > 120:
        return []
    unjobbed = without_job_tail(without_contacts(text))
    names = people(unjobbed)
    rest = unjobbed
    for name in names:
        rest = rest.replace(name, " ").replace(name.upper(), " ")
    return [] if _NAME_LIST_FILLER.sub("", rest) else names


_LIST_WORDS: Final = PARTICLES | {"and", "&", ",", "with", "|", "-", "–", "—", "·", "•"}


def listed_people(text: str) -> list[str]:
    """`names_only` of a line long enough to pass for prose or a headline ('Jo Li, Kim Bo,
    Ann Berg and Tom Ash'): [] at once for a line with a word in lower case other than the
    list's joiners (most lines), or in capitals (a headline in capitals reads as names)."""
    if text.isupper():
        return []
    for word in text.split():
        if not word[:1].isupper() and word not in _LIST_WORDS:
            return []
    return names_only(text)


# The same credit as a paragraph of its own, without brackets ('—Reporting by A, B and C')
# or in square ones ('[Reporting by A; Editing by B]').
CLOSING_PARAGRAPH: Final = re.compile(
    r"(?im)^[\[—–-]?\s*(?:additional |with )?(?:reporting|writing|compiled|contributing) by\s+"
    r"[^\n]+$"
)
# Bloomberg's form, closing the story: '--With assistance from Jo Li and Kim Bo.' (names and
# the places they filed from, nothing else: 'With assistance from the state, ...' is prose).
ASSISTANCE: Final = re.compile(
    r"(?im)^(?:--?|[—–])?\s*with assistance from\s+(?P<names>[^\n.]{3,150})\.?$"
)
_ING_BY_HINTS: Final = ("eporting by", "riting by", "ontributing by")
_CLOSING_HINTS: Final = (*_ING_BY_HINTS, "ompiled by")


def _closing_hint(text: str) -> bool:
    """Whether the text holds one of `_CLOSING_HINTS`: three of them hold 'ing by', a rare
    phrase, so most texts take two substring searches instead of four."""
    if "ing by" in text and any(k in text for k in _ING_BY_HINTS):
        return True
    return "ompiled by" in text


def closing_credit_people(text: str) -> list[str]:
    """'(Reporting by A; Additional reporting by B; Editing by C)' gives A and B, and so does
    the same credit as a paragraph of its own ('Reporting by A and B', '--With assistance
    from A and B.')."""
    found: list[str] = []
    blocks = [
        text[m.start() : text.find(")", m.start()) + 1 or len(text)]
        for m in _CLOSING.finditer(text)
    ]
    if _closing_hint(text):  # skip the scan on most stories
        blocks += [m.group(0) for m in CLOSING_PARAGRAPH.finditer(text)]
    for block in blocks:
        for part in _CREDIT_PARTS.finditer(block):
            names = _FILED_FROM.sub("", part.group(1))
            for name in people(names):
                if name not in found:
                    found.append(name)
    if "ssistance from" in text:
        for match in ASSISTANCE.finditer(text):
            for name in names_only(_FILED_FROM.sub("", match.group("names"))):
                if name not in found:
                    found.append(name)
    return found


# Word characters and runs of capitalised words are taken possessively (`*+`, `++`, `{0,3}+`):
# what follows a word (a space, a comma, an apostrophe) is never a word character, and what
# follows a run (a possessive, a lower-case job title, 'in', a verb) never opens with a capital,
# so giving letters or words back could not make a match; not trying halves the cost.
_NAME: Final = r"(?P<name>[A-Z][\w'’.-]++(?: [A-Z][\w'’.-]++){1,2}+)"
_PLACE: Final = r"(?:\s+in\s+[A-Z][\w.'’-]*+(?:,?\s+[A-Z][\w.'’-]*+){0,3}+,?)?"
# One pass over the body: a capitalised phrase (the organisation, checked against the table
# afterwards), then a possessive or a job title, a name and a reporting verb.
_ATTRIBUTION: Final = re.compile(
    rf"(?P<org>[A-Z][\w.&-]*+(?: [A-Z][\w.&-]*+){{0,3}}+)"
    rf"(?:['’]s?\s+(?:(?P<role>{_ROLE_WORDS})\s+)?|\s+(?P<title>{_ROLE_WORDS})s?\s+)"
    rf"{_NAME}{_PLACE},?\s+(?P<verb>{_VERBS})\b"
)


def in_text_people(body: str) -> list[tuple[str, str]]:
    """(outlet, reporter) from "CBS News’ Haley Ott reported" or 'CBS News correspondent X says'.

    A bare possessive with 'said' is a quote of a colleague, not a reporting credit.
    """
    found: list[tuple[str, str]] = []
    if not _may_attribute(body):
        return found
    for match in _ATTRIBUTION.finditer(body):
        role = match.group("role") or match.group("title")
        if not role and match.group("verb") in ("said", "says"):
            continue
        words = match.group("org").split()
        # 'On Monday CBS News': the organisation is the longest known tail of the phrase.
        outlet = next(
            (c for i in range(len(words)) if (c := organisations().lookup(" ".join(words[i:])))),
            None,
        )
        person = person_name(match.group("name"))
        if outlet and person:
            found.append((outlet, person))
    return found


# What follows the organisation in an `_ATTRIBUTION` match: it opens with a quote (the
# possessive) or with the job title, so it is tried only where one of those stands.
_AFTER_POSSESSIVE: Final = re.compile(
    rf"['’]s?\s+(?:{_ROLE_WORDS}\s+)?{_NAME}{_PLACE},?\s+(?P<verb>{_VERBS})\b"
)
_AFTER_TITLE: Final = re.compile(rf"{_ROLE_WORDS}s?\s+{_NAME}{_PLACE},?\s+(?P<verb>{_VERBS})\b")
_ROLE_WORD_LIST: Final = ("correspondent", "reporter", "producer", "journalist", "writer", "anchor")
_MARKS: Final = (
    *((q, _AFTER_POSSESSIVE) for q in "'’"),
    *((r, _AFTER_TITLE) for r in _ROLE_WORD_LIST),
)


def _may_attribute(body: str) -> bool:
    """False only where `_ATTRIBUTION` finds nothing: every match holds an `_AFTER_POSSESSIVE`
    match at a quote or an `_AFTER_TITLE` match at a job title. The quotes and titles are
    found by substring search, much faster than a regex scan of the whole body."""
    for mark, after in _MARKS:
        at = body.find(mark)
        while at >= 0:
            if after.match(body, at):
                return True
            at = body.find(mark, at + 1)
    return False


# A name's characters up to the end of its sentence: a full stop only after an initial
# ('Jo E. Li'), whose letter the first alternative gives back.
_NAME_CHAR: Final = r"(?:[^.;\n]|\b[A-Z]\.)"
_CONTRIBUTED: Final = re.compile(
    rf"(?m)(?:^|[.;]\s+)(?P<org>[A-Z][^.;]{{0,40}}?)\s+{_ROLE_WORDS}s?\s+"
    rf"(?P<names>[A-Z]{_NAME_CHAR}{{2,160}}?)\s+(?:contributed|also contributed)\b"
)
# ' in Raleigh, North Carolina,' after a contributor's name.
_IN_PLACE: Final = re.compile(r"\s+in\s+[A-Z][\w.'’-]*(?:,?\s+[A-Z][\w.'’-]*){0,3},?")


def contributors(body: str) -> list[tuple[str | None, str]]:
    """'Associated Press writers A, B and C in Washington contributed to this report.'"""
    found: list[tuple[str | None, str]] = []
    if "\nContributing: " in body or body.startswith("Contributing: "):
        for paragraph in body.split("\n"):
            if paragraph[:13] == "Contributing:":
                found += [(None, name) for name in contributing_people(paragraph) or ()]
    if "contributed" not in body:  # the pattern ends in the word: skip the scan without it
        return found
    for match in _CONTRIBUTED.finditer(body):
        outlet = organisations().lookup(match.group("org"))
        names = _IN_PLACE.sub(" ", match.group("names"))
        found += [(outlet, name) for name in _credited_people(names, body, match)]
    for match in _BARE_CONTRIBUTED.finditer(body):
        # 'Jo Li in Oslo and Kim Bo in Rome contributed': the places are no list items.
        names = _IN_PLACE.sub(" ", match.group("names"))
        owner = _OWNER.match(names)  # "Fox News' Jo Li contributed": the outlet's own
        outlet = organisations().lookup(owner.group("org")) if owner else None
        if owner:  # a possessive before the names is their organisation, known or not
            names = names[owner.end() :]
        # 'Fox News' Jo Li and The Associated Press contributed': an organisation among the
        # contributors is no person, and no reason to doubt the people beside it.
        fragments = [
            f for f in _LIST_SPLIT.split(names) if f.strip() and not organisations().lookup(f)
        ]
        listed = people(names)
        if listed and len(listed) == len(fragments):  # every listed item is a person
            found += [(outlet, name) for name in listed]
    return found


_MISCASED: Final = re.compile(r"^[A-Z][a-z'’-]*+(?: [a-z][a-z'’-]*+){1,2}+$")
_LOWER_WORDS: Final = re.compile(r"\b[a-z][a-z'’-]*")


def _credited_people(names: str, body: str, match: re.Match[str]) -> list[str]:
    """The people of a contributor list ('writers A, B and C'), in order, with a name the
    copy set partly in lower case ('Jo li') among them in title case: the job title before
    the list makes each item a name, unless a lower-case word of it stands in lower case
    elsewhere in the story (then it is an ordinary word, not a name)."""
    found: list[str] = []
    others: set[str] | None = None
    for fragment in _LIST_SPLIT.split(names):
        name = person_name(fragment)
        fragment = fragment.strip()
        if name is None and _MISCASED.match(fragment):
            if others is None:
                rest = body[: match.start()] + body[match.end() :]
                others = set(_LOWER_WORDS.findall(rest))
            lower = set(_LOWER_WORDS.findall(fragment))
            name = None if lower & others else person_name(title_case(fragment.upper()))
        if name and name not in found:
            found.append(name)
    return found


# 'A, B and C contributed to this report.' as a paragraph of its own: colleagues of the
# story's outlet (a quoted person is never credited so).
# ... and the New York Times' form, 'Jo Li contributed reporting from Kyiv.' ('contributed
# research' credits a researcher, no reporter)
_BARE_CONTRIBUTED: Final = re.compile(
    rf"(?m)^(?P<names>[A-Z]{_NAME_CHAR}{{2,200}}?)\s+(?:also\s+)?contributed"
    r"(?:(?: reporting)? to this (?:report|story|article)| reporting)(?: from [A-Z][^.\n]{0,80}?)?"
    r"\.?\s*$"
)
_LIST_SPLIT: Final = re.compile(r"\s*(?:,\s*and\b|,|\band\b|&)\s*")


# 'With Post Wires', 'With wire services', 'With files from The Canadian Press': a paper's
# note that agency copy went into the story (no person named, no byline).
_WIRES_NOTE: Final = re.compile(
    r"(?i)[-—–]?\s*with (?:(?:[\w.'’&]+ ){0,4}?(?:wires|wire services|wire reports|news services)"
    r"|files from \S.{2,60})\.?"
)


def contributor_line(text: str) -> bool:
    """'Jo Li contributed to this report', printed without its full stop (so no prose line),
    'Contributing: Jo Li, Kim Bo' (USA Today's and its papers' form) or a note of the wires
    the story drew on ('With Post Wires')."""
    if text[:13] == "Contributing:":
        return contributing_people(text) is not None
    if "contributed" in text:
        return _BARE_CONTRIBUTED.match(text.strip()) is not None
    return "ith " in text[:8] and _WIRES_NOTE.fullmatch(text.strip()) is not None


def contributing_people(line: str) -> list[str] | None:
    """The people of 'Contributing: Jo Li and Kim Bo, USA TODAY; The Associated Press', a
    closing line of USA Today's papers: every item a person or an organisation (what follows
    the last comma, if no person, says where the people before it work), else None."""
    match = _CONTRIBUTING.match(line.strip())
    if match is None:
        return None
    found: list[str] = []
    for group in match.group("names").split(";"):
        head, _, tail = group.rpartition(",")
        if head and (organisations().lookup(tail) or person_name(tail.strip()) is None):
            group = head  # 'Jo Li, USA TODAY Network': the people's organisation
        for item in _LIST_SPLIT.split(group):
            item = item.strip()
            name = person_name(item) if item else None
            if name:
                found.append(name)
            elif item and not organisations().lookup(item):
                return None  # 'Contributing: rising costs and ...' is a sentence
    return found


_CONTRIBUTING: Final = re.compile(r"^Contributing: (?P<names>[^.:]{3,300})\.?$")


_OWNER: Final = re.compile(r"^(?P<org>[A-Z][^'’]{1,40}?)['’]s?\s+(?=[A-Z])")


# 'Hadas Gold is a reporter at Politico.', 'Mason Adams writes from southwest Virginia.', 'Jo
# Li reports for The Associated Press.' (not '... reports on', a story's news), and
# with a newsroom post only, 'Jo Li has been an Op-Ed columnist since 2008.' ('... has been a
# critic of the plan' closes many stories about someone).
_BIO: Final = re.compile(
    r"^(?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}),?(?: [^.]{0,40},)? (?:is (?:a |an |the )?"
    r"(?:[\w’'-]+ ){0,7}?(?P<role>(?i:reporter|writer|correspondent|columnist|editor|contributor|"
    r"journalist|author|professor|fellow|analyst|economist|producer|blogger|critic|"
    r"commentator|novelist|historian|researcher|lecturer|bureau chief))s?\b|"
    r"has been (?:a |an |the )?(?:[\w’'-]+ ){0,4}?"
    r"(?i:reporter|writer|correspondent|columnist|editor|journalist)s?\b|"
    r"writes (?:from|about|on|for)\b|reports for\b)"
)


def is_author_bio(line: str) -> bool:
    """A closing line that presents the story's author, which a furniture phrase inside it
    ('She also writes the Substack newsletter X') does not make boilerplate."""
    return _BIO.match(line) is not None


# The look-ahead names the letters a match can start with, so most positions fail at once.
_STORY_NAME: Final = r"(?-i:[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2})"
_STORY_BY: Final = re.compile(
    r"(?i)\b(?=[otsar])(?:original |this )?(?:story|article|report) (?:was )?"
    rf"(?:written |reported )?by (?P<name>{_STORY_NAME}(?:(?:,| and|, and) {_STORY_NAME})*)"
)


# 'Jo Li reported from Oslo.', 'Jo Li and Kim Bo reported from Oslo; Ida Holm contributed
# reporting from Rome.', 'Jo Li reported from Oslo and Kim Bo from Rome.' as the story's last
# paragraph: its reporters' sign-off, sentence by sentence (every one must be such a clause).
_FILED_NAME: Final = r"[A-Z][\w'’.-]++(?: [A-Z][\w'’.-]++){1,3}+"
_FILED_NAMES: Final = rf"(?P<names>{_FILED_NAME}(?:(?:,? and |, ){_FILED_NAME}){{0,3}}+)"
_FILED_PLACE: Final = r" from [A-Z][\w.'’-]*+(?:,? [A-Z][\w.'’-]*+){0,3}+"
_FILED: Final = re.compile(
    rf"(?P<and>,? and )?{_FILED_NAMES}(?: (?P<verb>(?:also )?(?:reported|contributed"
    rf"(?: reporting)?)(?: this (?:story|report|article))?))?(?P<place>{_FILED_PLACE})?"
)
_SENTENCE_CUT: Final = re.compile(r"(?<=[a-z]{2})[.;] (?=[A-Z])")
_FILED_NAMES_SPLIT: Final = re.compile(r",? and |, ")


def filed_from_people(paragraph: str) -> list[str]:
    """The reporters of a closing paragraph made only of filing clauses ('X reported from
    A.'), or none. A sentence's first clause needs its verb, and a verb its place or what was
    reported ('contributed reporting'); later clauses may leave the verb out ('... and Kim Bo
    from Rome'). Every name must pass as a person's."""
    if len(paragraph) > 300 or not (" reported " in paragraph or " contributed " in paragraph):
        return []
    found: list[str] = []
    for sentence in _SENTENCE_CUT.split(paragraph.strip().rstrip(".")):
        at = 0
        while at < len(sentence):
            match = _FILED.match(sentence, at)
            if match is None or bool(match["and"]) != (at > 0):
                return []
            verb, place = match["verb"], match["place"]
            if not (verb or at) or not (place or (verb and ("this" in verb or "ing" in verb))):
                return []
            for fragment in _FILED_NAMES_SPLIT.split(match["names"]):
                name = person_name(fragment)
                if name is None:
                    return []
                found.append(name)
            at = match.end()
    return found


# 'Jo Li can be reached at jli@example.com.', 'Contact Jo Li at jli@example.com or ...',
# 'Questions? Email reporter Jo Li at ...': how to reach the story's author, with an e-mail
# address or handle (an event's contact is asked for otherwise: 'For more information,
# contact Jo Li at ...' opens with its purpose).
_NOTE_NAME: Final = r"(?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3})"
_CONTACT_NOTES: Final = (
    re.compile(
        r"^(?:(?:Questions|Tips|Comments)\?\s+)?(?:Contact|Reach|E-?mail) "
        rf"(?:(?:the )?(?:reporter|writer|columnist|author) )?{_NOTE_NAME} (?:at|by|via|on)\b"
        r"[^@\n]{0,80}@"
    ),
    re.compile(rf"^{_NOTE_NAME} can be reached (?:at|by|via|on)\b[^@\n]{{0,80}}@"),
)


def _contact_note(text: str) -> re.Match[str] | None:
    return next(filter(None, (note.match(text) for note in _CONTACT_NOTES)), None)


# 'Follow Jo Li on Twitter: @joli' closing the page: the author's social profile (a line of
# chrome, read for the name only). An organisation's ('Follow Portvale Police on X') names
# no person.
_SOCIAL: Final = r"(?:Twitter|X|Bluesky|Threads|Instagram|Facebook|LinkedIn|Mastodon|TikTok)"
_FOLLOW: Final = re.compile(
    rf"^(?:You can )?[Ff]ollow {_NOTE_NAME} on {_SOCIAL}(?:(?:,| and| or) {_SOCIAL})*"
    r"(?::?\s*(?:at\s+)?@[\w.]+)?\.?$"
)


def follow_note_people(lines: list[str]) -> list[str]:
    """The people a page's last lines invite readers to follow, or to write to ('Email Jo Li
    at jli@example.com' set apart without its full stop, so no paragraph of the story)."""
    found = []
    for line in lines[-3:]:
        match = _FOLLOW.match(line) if "ollow " in line else None
        if match is None and "@" in line:
            match = _contact_note(line)
        name = person_name(match["name"]) if match else None
        if name:
            found.append(name)
    return found


# An author's note is a few sentences (the longest in the corpora: 423 characters); a longer
# paragraph is story, e.g. a whole story run into one paragraph, whose opening sentence
# ('Donald Trump is back to shutting down reporters') or a 'report by' inside it is no note.
_AUTHOR_NOTE_MAX: Final = 1000


def closing_bio(paragraphs: list[str]) -> tuple[list[str], str | None]:
    """Authors named at the end ('Hadas Gold is a reporter at Politico.', 'Jo Li reported
    from Oslo.' closing the story), and the organisation the first such bio names in its
    first sentence, unless that sentence speaks of a former post."""
    found: list[str] = []
    outlet = None
    tail = paragraphs[-2:]
    for at, paragraph in enumerate(tail):
        if len(paragraph) > _AUTHOR_NOTE_MAX:
            continue
        bio = _BIO.match(paragraph)
        match = bio or _story_by(paragraph)
        if match is None and at == len(tail) - 1:
            filed = filed_from_people(paragraph)
            found += [name for name in filed if name not in found]
            if filed:
                continue
        if match is None and "@" in paragraph:
            match = _contact_note(paragraph)
        if match is not None and match.re is _STORY_BY:
            # 'This story was reported by Jo Li and Kim Bo.'
            found += [name for name in people(match.group("name")) if name not in found]
            match = None
        name = person_name(_once(match.group("name"))) if match else None
        if name and name not in found:
            found.append(name)
        sentence = paragraph.split(". ", 1)[0]
        if bio and outlet is None and "former" not in sentence and "previously" not in sentence:
            outlet = next(iter(without_organisations(sentence)[1]), None)
    return found, outlet


# A review's or a column's writer closing the headline ('2023 Mazda MX-5 Miata Club Review by
# David Colman'). A name after a dash there is as often the site's ('... — Freedum Junkshun',
# FakeNewsNet) or the headline's last words ('... — Promptly Resigns'): no author.
_TITLE_AUTHOR: Final = re.compile(
    r"\s(?i:review|column|commentary|essay) by\s(?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2})$"
)
# The writer named at the end of the deck under the headline: '..., from food columnist Jo Li'.
_DECK_JOBS: Final = ("columnist", "writer", "editor", "reporter", "correspondent", "critic")
_DECK_AUTHOR: Final = re.compile(
    rf"\b(?:from|by) (?:[a-z]+ ){{0,2}}(?:{'|'.join(_DECK_JOBS)})"
    r" (?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2})\.?$"
)
_DECK_WORDS: Final = 40


def headline_author(title: str, deck: str | None, paragraphs: list[str]) -> list[str]:
    """The writer a page names only with its headline or deck (no byline): the name after the
    headline's closing 'Review by', or after a job title closing the deck. The story's
    subject is named in the story, the writer is not: a name any word of which the story
    uses is nobody's byline."""
    found = []
    # (each pattern holds a literal most headlines and decks lack: a regex call saved)
    if title and " by" in title:
        found.append(_TITLE_AUTHOR.search(title))
    if deck and len(deck.split()) <= _DECK_WORDS and any(job in deck for job in _DECK_JOBS):
        found.append(_DECK_AUTHOR.search(deck))
    for match in found:
        name = person_name(match.group("name")) if match else None
        if name is None:
            continue
        story = "\n".join(p for p in paragraphs if p != deck)
        if not any(re.search(rf"\b{re.escape(w)}\b", story) for w in name.split()):
            return [name]
    return []


def _once(name: str) -> str:
    """'Jo Li Jo Li' -> 'Jo Li': an author box's name heading run into its bio's first words."""
    words = name.split()
    half = len(words) // 2
    return " ".join(words[:half]) if half and words[:half] == words[half:] else name


def _story_by(paragraph: str) -> re.Match[str] | None:
    """`_STORY_BY.search`, started near the first ' by ' that follows 'story', 'article',
    'report', 'was' or 'written': every match holds such a ' by ' at most 30 characters after
    its start, so none starts earlier (and without one there is no match)."""
    for by in _BY.finditer(paragraph):
        at = by.start()
        if _BEFORE_BY.search(paragraph, max(0, at - 8), at):
            return _STORY_BY.search(paragraph, max(0, at - 30))
    return None


_BY: Final = re.compile(r"(?i) by ")
_BEFORE_BY: Final = re.compile(
    r"(?i)(?:story|article|report|was|written|reported)$"
)  # at the search's end


def wire_outlet(tag: str | None) -> str | None:
    return organisations().lookup(tag) if tag else None


def signoff_outlet(lines: list[str]) -> str | None:
    """'Reuter' or '— Associated Press' closing the story."""
    for line in reversed(lines[-2:]):
        stripped = line.strip(" -—–.()")
        canonical = organisations().lookup(stripped)
        if canonical and organisations().kinds.get(canonical) == "wire":
            return canonical
    return None


# 'With Post Wires', 'With Globe wire services': the paper's own staff story, completed from
# the wires, signed with the paper's short name.
_WITH_WIRES: Final = re.compile(
    r"(?i)^[—–-]?\s*with (?:wires from )?(?:the )?(?P<short>[\w.&'’]+(?: [\w.&'’]+){0,3}?)"
    r"(?:['’]s)? wires?(?: services| reports)?\.?$"
)


def with_wires_outlet(lines: list[str], publisher: str | None) -> str | None:
    """The organisation of a 'With <short name> Wires' sign-off, which names the story's own
    outlet by a short name only: it is the publisher's organisation (from the host table)
    when the short name is one of that organisation's words or aliases."""
    owner = publisher_organisation(publisher)
    if owner is None:
        return None
    for line in lines[-8:]:
        if len(line) > 60 or "ire" not in line:
            continue
        match = _WITH_WIRES.match(line.strip())
        if not match:
            continue
        short = match.group("short").casefold()
        words = {w.casefold() for w in re.findall(r"[\w.&'’-]+", owner)}
        if short in words or organisations().lookup(short) == owner:
            return owner
    return None


# 'This article is republished from The Conversation under a Creative Commons license.',
# 'This story was originally published by ProPublica.', '... first appeared on Salon.com.':
# a note naming the outlet that produced the story a site republished (the verb tells of the
# story itself: 'This report, published by ProPublica in May, found ...' cites another).
_REPUBLISHED: Final = re.compile(
    r"(?i:\bthis (?:article|story|piece|report|column|post|essay) (?:(?:was|is|has been) )?"
    r"(?:originally |first )?(?:re)?(?:published|appeared|produced) (?:from|on|by|in|at|with)) "
    r"(?P<org>(?:[Tt]he )?[A-Z][\w&'’-]*(?:\.\w+)*(?: [A-Z][\w&'’-]*(?:\.\w+)*){0,4})"
)
_REPUBLISHED_HINTS: Final = ("ublished ", "ppeared ", "roduced ")


def republished_outlet(paragraphs: list[str]) -> str | None:
    """The outlet a republication note names (the organisations or publishers table), in the
    story's last three paragraphs or its first (some sites set the note above the story)."""
    for paragraph in (*paragraphs[-3:], *paragraphs[:1]):
        if len(paragraph) > 400 or not any(h in paragraph for h in _REPUBLISHED_HINTS):
            continue
        for match in _REPUBLISHED.finditer(paragraph):
            org = match.group("org").rstrip(".")
            owner = organisations().lookup(org)
            if owner is None and "." in org:
                owner = publisher_organisation(org)  # 'Salon.com', 'www.example.org'
            if owner is not None:
                return owner
    return None


_EMAIL_HOST: Final = re.compile(r"@([\w-]+(?:\.[\w-]+)+)")


def contact_outlet(lines: list[str]) -> str | None:
    """'To contact the reporter on this story: Jo Li in Oslo at jli@bloomberg.net' (lines of
    the boilerplate rule `contact_note`): the organisation of the staff's e-mail host, by
    the publishers table; the note signs off the story as its own outlet's staff wrote it."""
    for line in lines:
        for host in _EMAIL_HOST.findall(line):
            owner = publisher_organisation(host)
            if owner is not None:
                return owner
    return None


def copyright_outlet(lines: list[str]) -> str | None:
    """'© 2019 The Associated Press. All Rights Reserved.': the weakest outlet cue, taken only
    when nothing else names one, and only for a wire or broadcaster (a newspaper's notice is
    as often the footer of the site that reprinted the story)."""
    kinds = organisations().kinds
    for line in lines:
        for _, _, canonical in organisations().find(line):
            if kinds.get(canonical) in ("wire", "broadcaster"):
                return canonical
    return None


# A transcript's speaker label, alone or opening the speaker's words: 'JO LI, HOST:',
# 'KIM BO, BYLINE: In Oslo, ...' (public radio transcripts).
_SPEAKER: Final = re.compile(
    r"^(?P<name>[A-Z][A-Z.'’-]*+(?: [A-Z][A-Z.'’-]*+){1,4}+), "
    r"(?P<role>[A-Z]++(?: [A-Z]++){0,3}+):(?:\s|$)"
)


# The last word of a transcript speaker's role ('CNN ANCHOR', 'BYLINE').
_SPEAKER_ROLES: Final = frozenset(
    {
        "HOST",
        "BYLINE",
        "ANCHOR",
        "CORRESPONDENT",
        "REPORTER",
        "MODERATOR",
        "PRODUCER",
        "CONTRIBUTOR",
        "ANALYST",
        "COMMENTATOR",
        "EDITOR",
        "GUEST",
    }
)


def speaker_label(line: str) -> re.Match[str] | None:
    """The speaker label that opens a transcript line, or None. A label opens with two
    capitals and holds ', ' and ':' near the start: most lines fail these tests at once."""
    head = line[:80]
    if not line[:2].isupper() or ":" not in head or ", " not in head:
        return None
    found = _SPEAKER.match(line)
    if found is None or found.group("role").rsplit(" ", 1)[-1] not in _SPEAKER_ROLES:
        return None  # 'CHINA MUST CUT COSTS, KEEP REFORMS: LI' is a headline, not a speaker
    return found


def transcript_reporters(lines: list[str]) -> list[str]:
    """Speakers labelled 'NAME, BYLINE:': a transcript labels so the reporter who filed the
    story (a host, 'NAME, HOST:', presents it and is no reporter of it)."""
    found: list[str] = []
    for line in lines:
        label = speaker_label(line) if ", BYLINE:" in line[:80] else None
        if label and label.group("role") == "BYLINE":
            name = person_name(label.group("name"))
            if name and name not in found:
                found.append(name)
    return found


# A speaker's label with the full name, with or without a role: 'KIM BO:', 'KIM BO, HOST:'.
_NAME_LABEL: Final = re.compile(
    r"^(?P<name>[A-Z][A-Z.'’-]*+(?: [A-Z][A-Z.'’-]*+){1,3}+)"
    r"(?:, (?P<role>[A-Z]++(?: [A-Z]++){0,3}+))?:(?:\s|$)"
)
# Roles of the people who present a programme or are interviewed on it, not its reporters.
_PRESENTERS: Final = frozenset({"HOST", "ANCHOR", "MODERATOR", "GUEST", "PRESENTER"})


def interviewed_reporters(lines: list[str]) -> list[tuple[str, str]]:
    """(organisation, speaker) for the speakers of a transcript whom it names as an
    organisation's journalist ("That's NPR's Kim Bo", "NPR's Kim Bo joins us"): the
    reporter a host interviews about the story. The host is none, and neither is a speaker
    the text calls a guest ('My guest Kim Bo ...'); the caller keeps an organisation only
    where the story's own outlet is that organisation."""
    speakers: list[str] = []
    for line in lines:
        if not line[:2].isupper() or ":" not in line[:60]:
            continue
        label = _NAME_LABEL.match(line)
        if label is None:
            continue
        role = label.group("role")
        if role and role.rsplit(" ", 1)[-1] in _PRESENTERS:
            continue
        name = person_name(label.group("name"))
        if name and name not in speakers:
            speakers.append(name)
    found: list[tuple[str, str]] = []
    if not speakers:
        return found
    text = "\n".join(lines)
    for name in speakers:
        if re.search(rf"\bguests?\b[^.!?\n]{{0,60}}\b{re.escape(name)}\b", text):
            continue
        owner = re.compile(
            rf"(?P<org>[A-Z][\w.&-]*+(?: [A-Z][\w.&-]*+){{0,3}}+)['’]s? "
            rf"(?:[a-z]++ ){{0,3}}+{re.escape(name)}\b"
        )
        for match in owner.finditer(text):
            outlet = _longest_known_tail(match.group("org"))
            if outlet:
                found.append((outlet, name))
                break
    return found


def _longest_known_tail(phrase: str) -> str | None:
    """The organisation that the longest known tail of a capitalised phrase names ('On
    Monday CBS News' gives CBS News)."""
    words = phrase.split()
    return next(
        (c for i in range(len(words)) if (c := organisations().lookup(" ".join(words[i:])))),
        None,
    )
