"""Datelines: the place (and wire tag) that opens a story: 'HELSINKI (AP) —', 'Kyiv —'."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Final

from pipeline.parse.bylines import POSTS, unknown_paper
from pipeline.parse.knowledge import institutions, is_place, organisations
from pipeline.parse.names import opens_with_given_name, person_name, title_case
from pipeline.parse.words import has_digit

# A dash between spaces (a hyphen inside 'BROWN-FORMAN' is no dateline), a long dash, a colon.
# ('SAN FRANCISCO--(BUSINESS WIRE)--The ...': a press release's '--' glued to its tag)
# (AP's older wire copy sets an underscore for the dash: 'HELSINKI (AP) _ The ...'; TASS sets
# its tag between slashes and full stops: 'MOSCOW, July 16. /TASS/. The ...')
# (a hyphen glued to the day's number: 'MONTREAL, Feb 26- Shr 1.11 dlrs')
# (the Asahi Shimbun glues its '--' to the place and the story: 'NAGAOKA, Niigata
# Prefecture--Police here ...')
_DASH: Final = (
    r"(?:\s*(?:—|–)|\s+(?:--|-|_)(?=\s)|\s*--(?=\s)|:(?=\s)|(?<=\))--(?=[A-Z“\"])|(?<=/\.)(?=\s)"
    r"|(?<=\d)-(?=\s)|(?<=[A-Za-z])--(?=[A-Z][a-z])|(?<=\))\s+-(?=[A-Z“\"])"
    r"|\s>>(?=\s)"  # ('HONOLULU >> ...', the Star-Advertiser's)
    r"|\s•(?=\s)"  # ('FREDERICTON • ...', Brunswick News')
    r"|(?<=\))\.-(?=\s)"  # ('MADRID, Mar 14 (EFE).- ...', Spanish agencies' full stop and hyphen)
    r"|(?<=\));(?=\s[A-Z]))"  # ('COLOMBO (News 1st); The ...', a semicolon after the tag)
)
_CAPS_PLACE: Final = r"[A-Z][A-Z.'’\-]*(?: [A-Z][A-Z.'’\-]*){0,3}"
# (a typist's space may stand before the comma: 'OAKLAND , N.J.')
_REGION: Final = r"(?:\s?,\s*[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,2})?"
# The day's month: a capitalised word, or a month's name in any case ('MARCH 2', 'FEb 26',
# 'march 4': wire copy typed in haste).
_MONTH: Final = (
    r"(?:[A-Z][a-z]{2,8}|(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
    r"aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b)"
)
# ('SALVADOR, Feb 26 -', 'PORTVALE, March 3, 2024 /PRNewswire/', 'PORTVALE, 3 March (Reuters)',
# 'ABU DHABI, 16th July, 2018 (WAM) --')
_ORDINAL: Final = r"(?:st|nd|rd|th)?"
_DAY: Final = (
    rf"(?:{_MONTH}\.?\s+\d{{1,2}}{_ORDINAL}|\d{{1,2}}{_ORDINAL}\s+{_MONTH}\.?)(?:,?\s+\d{{4}})?"
)
# (or the day in brackets, as Dabanga sets it: 'PORTVALE (22 Mar 2025) – ...')
_DATE: Final = (
    rf"(?P<day>\s?,?\s+{_DAY}|\s+\((?:{_MONTH}\.?\s+\d{{1,2}}{_ORDINAL}|"
    rf"\d{{1,2}}{_ORDINAL}\s+{_MONTH}\.?),?\s+\d{{4}}\))?"
)
# A wire tag in brackets: '(AP)', '(Reuters)', '(CNN)', '(RFE/RL)'.
_TAG: Final = r"\((?P<wire>[A-Za-z][\w .&'’/\-]{1,30})\)"
# The tag in brackets, or between slashes as press-release services and some agencies set it
# ('SAN FRANCISCO, March 3, 2024 /PRNewswire/ --', 'MOSCOW, March 3 /Xinhua/ --').
# (or a known agency's short name after the day or the region and a comma, as the Caribbean's
# wire sets it: 'ST JOHN'S, Antigua, Jun 14, CMC –', 'PORT OF SPAIN, Trinidad, CMC –'; or its
# name and a full stop, no dash, as Armenpress sets it: 'YEREVAN, JULY 9, ARMENPRESS. The ...')
_WIRE: Final = (
    rf"(?:,?\s*(?:--|-\s)?{_TAG}|\.?\s+/(?P<slash_wire>[A-Za-z][\w .&'’\-]{{1,30}})/\.?"
    r"|(?<=[\da-z.]),\s(?P<comma_wire>[A-Z]{2,6})(?=\s*[—–-])"
    r"|(?<=\d),\s(?P<stop_wire>[A-Z]{3,12})\.(?=\s+[A-Z]))?"
)
# ALL-CAPS place, optional region ('Fla.', 'Scotland'), more places after '/', date, wire tag.
# (no dash after a wire's name and its full stop)
_CAPS: Final = re.compile(
    rf"^(?P<place>{_CAPS_PLACE}{_REGION}(?:\s*/\s*{_CAPS_PLACE}{_REGION})*){_DATE}{_WIRE}"
    rf"(?(stop_wire)|{_DASH})\s*(?=\S)"
)
# A place in title case: up to four capitalised words ('Ho Chi Minh City'), one of which may
# be hyphenated with capitals ('Port-au-Prince') or abbreviated ('St. Petersburg'), with a
# place's lower-case particles between them ('Rio de Janeiro', 'Dar es Salaam', 'Frankfurt am
# Main').
_TITLE_WORD: Final = r"(?:[A-Z][a-z’'\-]+|(?:St|Ste|Mt|Ft)\.)(?:-[a-z]+-[A-Z][a-z’']+)?"
_PARTICLE: Final = r"(?: (?:de|da|do|dos|das|del|di|du|la|le|el|es|am|al|sur|upon|on))?"
_TITLE_PLACE: Final = rf"{_TITLE_WORD}(?:{_PARTICLE} {_TITLE_WORD}){{0,3}}"
# A title-case place needs a long dash: 'Kyiv —'. An ordinary sentence rarely opens so.
# The story's first word is capitalised: 'Jo Li — who chairs the board — said' sets off a name.
# (CNN's newer style sets its tag without brackets: 'Washington CNN — ...'; `find` keeps it
# only when the organisation table knows it)
_TITLE: Final = re.compile(
    rf"^(?P<place>{_TITLE_PLACE}{_REGION}(?: [A-Z]{{2,6}})?){_WIRE}\s*(?:—|–|--)\s+"
    r"(?=[A-Z0-9“\"‘'])"
)
# A title-case place with a wire tag takes any dash ('Paris (AFP) - '); the caller keeps only
# a tag the organisation table knows.
_TITLE_TAGGED: Final = re.compile(
    rf"^(?P<place>{_TITLE_PLACE}{_REGION}),?\s*"
    rf"{_TAG}{_DASH}\s*(?=\S)"
)
# CNN's style sets the story right after the tag, with no dash: 'Washington (CNN) The ...',
# 'WASHINGTON (CNN)The ...', and so do Indian agencies after the day: 'NEW DELHI, March 3
# (IANS) The ...'. Known tags only (checked by the caller).
_TAG_NO_DASH: Final = re.compile(
    rf"^(?P<place>[A-Z][A-Za-z.’'\-]*(?: [A-Z][A-Za-z.’'\-]*){{0,3}}{_REGION}){_DATE}\s*"
    rf"{_TAG}\s*(?=[A-Z“\"‘'])"
)
# A title-case place is also a dateline when a day follows it: 'Toronto, Feb 26 - '.
_TITLE_DATED: Final = re.compile(
    rf"^(?P<place>{_TITLE_PLACE}{_REGION}),?\s+{_DAY}(?:\s+\d{{1,2}}:\d\d)?"
    rf"{_WIRE}{_DASH}\s*(?=\S)"
)
# Alone on a line only with its region ('GLASGOW, Scotland'): a lone capitalised word is more
# often a section label than a dateline.
_ALONE: Final = re.compile(rf"^(?P<place>{_CAPS_PLACE},\s*[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)*)$")
# A place with a wire tag alone on a line, the story starting on the next: 'Washington (CNN)'.
# The tag must name a known organisation (checked against the table).
_ALONE_TAGGED: Final = re.compile(
    r"^(?P<place>[A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*){0,3}"
    rf"(?:,\s*[A-Z][\w.]*(?: [A-Z][\w.]*){{0,2}})?)\s*{_TAG}$"
)
# A wire tag that opens the story without its place ('(Reuters) - Officials said ...'): a
# page or dataset that split the place off keeps the tag, which still names the outlet.
# Reprint sites set the source's name so without a dash ('(Daily Planet) The mayor said'):
# the caller keeps only a tag the organisation table knows.
# ('(CNN)' alone on the story's first line: the page set the tag apart from its paragraph)
_WIRE_ONLY: Final = re.compile(rf"^{_TAG}(?:\s*(?:—|–|--?|:)\s+(?=\S)|\s+(?=[A-Z])|\s*$)")
_NOT_PLACE: Final = re.compile(
    r"(?i)^(?:the|a|an|in|on|at|but|and|if|as|when|while|this|that|it|he|she|they|we|i|"
    r"update|updated|editor'?s note|file|breaking|exclusive|watch|videos?|photos?|pictures?|"
    r"opinion|"
    r"analysis|live|read more|note|correction|fact ?check|factbox|explainer|interview|review|"
    r"editorial|commentary|obituary|podcast|preview|recap|poll|quiz|timeline|"
    # words that open ordinary sentences before a dash ('Yesterday — as expected — ...')
    r"yesterday|today|tonight|tomorrow|now|then|still|meanwhile|however|instead|finally|"
    r"first|last|next|later|earlier|again|also|so|yet|here|there|why|what|who|how|where|"
    r"sometimes|often|once|perhaps|maybe|indeed|worse|better|more|less|most|even|only)\b"
)


_CAPITALS: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _may_open(line: str) -> bool:
    """Whether `find`'s patterns can match: each opens with [A-Z] and needs a dash or a colon
    (`_DASH`, or the long dash of `_TITLE`; AP's ' _ ', TASS's '/.', the Star-Advertiser's
    ' >> ', Brunswick News' ' • ', a wire's full stop after a place in capitals) or a wire tag
    (`_TAG_NO_DASH`). Most body lines fail here."""
    return (
        line[:1] in _CAPITALS
        and (
            "—" in line
            or "–" in line
            or "-" in line
            or ":" in line
            or ")" in line[:80]
            or " _ " in line
            or "/." in line
            or " >> " in line[:60]
            or " •" in line
            # (an agency's name and a full stop after a place in capitals: 'YEREVAN, JULY 9,
            # ARMENPRESS. The ...')
            or (line[1:2].isupper() and ". " in line[:80])
        )
    )


_NON_ASCII_LETTER: Final = re.compile(r"[^\x00-\x7f\W\d_]")


def _ascii_shape(head: str) -> str:
    """The line's head with every non-ASCII letter replaced by an ASCII one of the same case
    ('SÃO PAULO' -> 'SAO PAULO', 'Zürich' -> 'Zarich'): the patterns spell letters as [A-Z]
    and [a-z], and a one-to-one replacement keeps every match's span valid in the original.
    Dashes and curly quotes are no letters: most non-ASCII heads come back as they are."""
    if head.isascii() or not _NON_ASCII_LETTER.search(head, 0, 80):
        return head
    return _NON_ASCII_LETTER.sub(lambda m: "A" if m.group().isupper() else "a", head)


def _candidates(line: str) -> tuple[re.Pattern[str], ...]:
    """The patterns that can match a line `_may_open` let through, in `find`'s order. An
    ALL-CAPS place's first letter is followed by a capital, a mark, white space or the
    dash, never a lower-case letter (most sentences end `_CAPS` there); `_TITLE` needs a
    long dash or '--'."""
    tagged = "(" in line[:80]  # `_TITLE_TAGGED` and `_TAG_NO_DASH` need a wire tag there
    if line[1:2].islower():
        if "—" in line or "–" in line or "--" in line:
            return (_TITLE, _TITLE_TAGGED, _TITLE_DATED, _TAG_NO_DASH) if tagged else _LONG_DASH
        return (_TITLE_TAGGED, _TITLE_DATED, _TAG_NO_DASH) if tagged else (_TITLE_DATED,)
    return (_CAPS, _TITLE, _TITLE_TAGGED, _TITLE_DATED, _TAG_NO_DASH) if tagged else _UNTAGGED


@dataclass(frozen=True)
class Dateline:
    place: str | None  # None: an organisation's name stood in the place's slot ('NATO (Reuters)')
    wire: str | None
    # the day it prints with its year ('(22 Mar 2025)'), for `published` (not the dateline's
    # identity: two datelines of one place and tag are the same whatever day they print)
    day: str | None = field(default=None, compare=False)


# What a wire story may print before its dateline on the same line: an editor's note in
# brackets ('(Corrects paragraph 3 to show ...)') and a byline of names in title case before
# an ALL-CAPS place or the wire tag ('By Jo Li and Kim Bo OSLO (Reuters) -').
_NOTE: Final = re.compile(r"^\(+([^()]{5,400})\)+\s*")
_NOTE_WORDS: Final = ("correct", "refile", "refiling", "updat", "adds ", "removes ", "fixes ")
# An aggregator's tag before its provider's copy: '(MENAFN- IANS) Thiruvananthapuram, March 5
# (IANS) The ...' (the host in capitals, a hyphen, the provider).
_PROVIDER_TAG: Final = re.compile(r"[A-Z]{3,10}\s?[-–]\s?[A-Z][\w.&'’ -]{1,40}")
_LEAD_BYLINE: Final = re.compile(
    r"By\s+(?:(?:[A-Z][a-z][\w'’.\-]*|[A-Z]\.|and|&)[ ,]+){1,8}(?=[A-Z][A-Z]|\()"
)


def _lead_in(line: str) -> int:
    """Where the dateline can start after an editor's note and a byline glued before it (0:
    nothing to skip)."""
    at = 0
    note = _NOTE.match(line) if line[:1] == "(" else None
    if note and (
        any(w in note.group(1).lower() for w in _NOTE_WORDS)
        or _PROVIDER_TAG.fullmatch(note.group(1)) is not None
    ):
        at = note.end()
    if line.startswith("By ", at):
        byline = _LEAD_BYLINE.match(line, at)
        if byline:
            at = byline.end()
    return at


_TAG_FIRST: Final = re.compile(rf"{_TAG}\s*[-–—]\s+(?=[A-Z]{{2}})")


# A weekday after the place, before the date ('BELIZE CITY, Wed. Mar. 12, 2025--'): no region.
_WEEKDAY_TAIL: Final = re.compile(
    r",\s*(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun|Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday)\.?$"
)


def find(first_line: str) -> Dateline | None:
    """The dateline that opens a body paragraph, or None for an ordinary first sentence."""
    line = first_line.strip()
    if line[:1] == "(" or line[:3] == "By ":
        line = line[_lead_in(line) :]
    if line[:1] == "(":
        tagged = _TAG_FIRST.match(line)
        if tagged and organisations().lookup(tagged.group("wire")):
            # ANSA's '(ANSA) - ROME, MAY 6 - The ...': the tag before the place
            found = find(line[tagged.end() :])
            if found is not None and found.wire is None:
                return Dateline(found.place, tagged.group("wire"))
    if not _may_open(line):
        return None
    head = line[:200]  # every pattern's match ends well within it
    shape = _ascii_shape(head)
    has_day: bool | None = None  # whether the head holds a digit, which `_TITLE_DATED`'s day needs
    for pattern in _candidates(shape):
        if pattern is _TITLE_DATED:
            if has_day is None:
                has_day = has_digit(shape)
            if not has_day:
                continue  # (most lines: a failed try of its title-case place costs more)
        match = pattern.match(shape)
        if not match:
            continue
        # ('SAN FRANCISCO--(BUSINESS WIRE)--': a place in capitals may end in its hyphens)
        place = head[match.start("place") : match.end("place")].strip(" ,").rstrip("-")
        if len(place) > 60 or (_NOT_PLACE.match(place) and not is_place(place.split(",")[0])):
            continue  # ('The Hague' is a place of places.csv, though most lines opening 'The'
            # before a dash are sentences)
        # (a place of the table before a tag in capitals the table lacks: 'Mogadishu (HOL) -
        # ...', an agency's or a paper's initials)
        if (
            pattern in _TAG_NEEDS_KNOWN
            and not organisations().lookup(match.group("wire"))
            and not (_CAPS_TAG.fullmatch(match.group("wire")) and is_place(place.split(",")[0]))
        ):
            continue
        if pattern is _CAPS and not any(c.isupper() for c in place.replace(" ", "")[:3]):
            continue
        if pattern is _CAPS and len(place.split(",")[0].replace(".", "")) < 2:
            continue
        if pattern is _CAPS and _shouted(line, match):
            continue  # 'OBAMA CANCELED IT, TRUMP REINSTATED IT – A VERY SACRED DAY IS BACK'
        if len(place) < 3 and ":" in shape[match.end("place") : match.end()]:
            continue  # 'US: ISIS did not ...' is a headline's topic label, not a dateline
        outlet, comma, rest = place.partition(",")
        if comma and rest.strip() and organisations().lookup(outlet.strip()):
            # 'TEMPO.CO, Jakarta - ...': the outlet's name before the place
            return Dateline(_place_case(rest.strip()), outlet.strip())
        if _organisation(place):
            continue  # 'NATO — The alliance said ...': an organisation opens the sentence
        after = head[match.end() :].strip()
        if organisations().lookup(after) or _POST_ONLY.match(after):
            continue  # 'Jo Li — AP', 'Jo Li — Staff writer': a byline's or credit's layout
        wire = match.group("wire") or match.groupdict().get("slash_wire")
        comma_wire = match.groupdict().get("comma_wire") or match.groupdict().get("stop_wire")
        if comma_wire is not None:
            if not organisations().lookup(comma_wire):
                continue
            wire = comma_wire
        if wire is None and " " in place:
            place, wire = _bare_tag(place)
            if not place:
                continue  # 'Washington DC —' in title case: no tag, and no place this pattern reads
        if "," in place:
            place = _WEEKDAY_TAIL.sub("", place)  # 'BELIZE CITY, Wed. Mar. 12, 2025--'
        elif place[-1:] == "." and place.count(".") == 1:
            place = place[:-1]  # 'ASTANA. KAZINFORM – ...': the place's full stop before the tag
        return Dateline(_place_case(place), wire, _with_year(match.groupdict().get("day")))
    if line[-1:] != ")" and ")" in line[:80]:
        dated = _DATE_FIRST.match(shape) or _STATE_AND_COUNTRY.match(shape)
        if dated is not None:
            place = head[dated.start("place") : dated.end("place")]
            if not organisations().lookup(place) and not _organisation(place):
                day = head[: dated.start("place")] if dated.re is _DATE_FIRST else None
                return Dateline(_place_case(place), dated.groupdict().get("wire"), day)
    if ":" in line[:30]:
        return _title_colon(line)
    return _glued_hyphen(line) if "- " in line[:40] else None


def _with_year(day: str | None) -> str | None:
    """The dateline's day when it prints its year (a day without one leaves the year to guess)."""
    return day if day is not None and _YEAR.search(day) else None


_YEAR: Final = re.compile(r"\b(?:19|20)\d\d\b")


# The day first, then the place in brackets, as the Sudan Tribune sets it: 'June 2, 2025
# (PORTVALE) – ...' (a wire's name in the brackets is no place: the caller checks).
_DATE_FIRST: Final = re.compile(
    rf"^{_MONTH}\.?\s+\d{{1,2}}{_ORDINAL},?\s+\d{{4}}\s+\((?P<place>{_CAPS_PLACE})\)"
    r"\s*(?:—|–|-)\s+(?=[A-Z“\"])"
)
# ANI's form: the place, its state in brackets, the country in square ones, the day, the tag
# and a colon ('Portvale (Maharashtra) [India], March 5 (ANI): The ...').
_STATE_AND_COUNTRY: Final = re.compile(
    rf"^(?P<place>{_TITLE_PLACE}) \([A-Z][\w .&-]{{1,30}}\)(?: \[[A-Z][\w .-]{{1,30}}\])?,?"
    rf"\s+{_DAY}\s+{_TAG}\s*:?\s+(?=[A-Z“\"])"  # (PTI's form: no colon after the tag)
)


# 'Kitwe- The city council ...', 'LUSAKA- The ...': a place with a hyphen run into it, then the
# story's first sentence (some Zambian and Malawian papers' form)
# ('Cape Town - The city ...', 'Santo Domingo.- The mayor's office ...': a hyphen with a space
# before it, or a full stop, as other papers set it)
_GLUED_HYPHEN: Final = re.compile(
    r"^(?P<place>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,2})(?:-|\.-| -) (?=[A-Z])"
)


def _glued_hyphen(line: str) -> Dateline | None:
    """`_GLUED_HYPHEN`, where places.csv knows the place (or it is set in capitals) and a
    long sentence follows, as `_title_colon` asks of its form."""
    match = _GLUED_HYPHEN.match(line)
    if match is None:
        return None
    place = match.group("place")
    glued = line[match.end("place")] == "-"  # ('LUSAKA- The ...'; 'FILE - In this ...' is no place)
    if not (is_place(place) or (glued and place.isupper() and len(place) >= 4)):
        return None
    words = line[match.end() :].split()
    if len(words) < 12 or not line.rstrip("\"”’')").endswith("."):
        return None
    if organisations().lookup(place) or _organisation(place):
        return None
    return Dateline(_place_case(place), None)


# 'Mumbai: The municipal corporation on Wednesday ...', as Indian papers set their datelines:
# a place that places.csv knows before a colon, then a long sentence.
# ('Mysore/Mysuru: ...': the city's two names)
_TITLE_COLON: Final = re.compile(
    r"^(?P<place>[A-Z][a-z]{2,}(?: [A-Z][a-z]+){0,2}(?:/[A-Z][a-z]{2,})?): (?=[A-Z])"
)
# A speaker's words after the colon ('Trump: We will ...', a transcript's label), not a story's.
_FIRST_PERSON: Final = re.compile(r"\b(?:I|I'm|I’m|We|we|my|My|our|Our|us)\b")


_BARE_TAG_KINDS: Final = frozenset({"wire", "broadcaster"})


def _person(place: str) -> bool:
    """A person's name in the place's slot: two or three words, a given name of the table
    first, and no place of the table ('Jo Li (AP)' is a byline's layout)."""
    return (
        opens_with_given_name(place)
        and " " in place
        and person_name(place) is not None
        and not is_place(place)
    )


def _bare_tag(place: str) -> tuple[str, str | None]:
    """The place and the wire tag set after it without brackets ('Washington CNN', 'MELBOURNE,
    AAP'): a last word in capitals that names a wire or broadcaster of the table. A word in
    capitals after a place in title case that names none leaves no place (''); one after a
    place in capitals is its region ('PORTLAND, OR')."""
    head, _, last = place.replace(",", " ").rpartition(" ")
    head = place[: len(head)].rstrip(" ,")
    titled = not place[1:2].isupper()
    if not last.isupper():
        return place, None
    # ('HARRISBURG, PA —': a state, though PA is a wire's name too)
    org = organisations().lookup(last) if len(last) >= 3 else None
    if org is not None and organisations().kinds.get(org) in _BARE_TAG_KINDS:
        if _person(head):
            return "", None  # 'Jo Li CNN — ...': a byline's layout, not a place
        return head, last
    return ("" if titled and "," not in place else place), None


def _title_colon(line: str) -> Dateline | None:
    match = _TITLE_COLON.match(line)
    if match is None:
        return None
    place = match.group("place")
    if not any(is_place(name) for name in place.split("/")):
        return None  # 'Trump: ...', 'Jo Li: I think ...': a topic or a speaker (places.csv
        # lists the cities whose papers set their datelines so)
    words = line[match.end() :].split()
    # (a headline's topic before a colon, 'Trump: U.S. has no choice ...', is short and ends in
    # no full stop: the story's first paragraph is a long sentence)
    if len(words) < 18:
        return None
    if not line.rstrip("\"”’')").endswith("."):
        return None
    if _FIRST_PERSON.search(" ".join(words[:15])):
        return None
    if organisations().lookup(place) or _organisation(place):
        return None
    return Dateline(place, None)


def _shouted(line: str, match: re.Match[str]) -> bool:
    """A headline in capitals that reads as a dateline: no wire tag, no day, no lower-case
    letter anywhere on the line, and fewer words after the dash than a story's first sentence
    takes ('OBAMA CANCELED IT, TRUMP REINSTATED IT – A VERY SACRED DAY IS BACK -'; a market
    table's 'FOB RIVER - CLOSE  APRIL 6'). A story set in capitals runs longer after its place
    ('HARBOURTON - PORTVALIA FERRY LINE SAID ON MONDAY IT HAD ENDED ...')."""
    if match.group("wire") or match.groupdict().get("slash_wire") or line.upper() != line:
        return False
    tail = line[match.end() :]
    if len(tail.split()) >= _LEAD_WORDS or not tail.isupper():
        return False  # (a script without case after the dash says nothing: 'BEIJING - 中国')
    return match.group("day") is None  # (`_CAPS` has the day group)


_LEAD_WORDS: Final = 8


# A job title alone after the dash: the line is a byline ('Jo Li — Staff writer').
_POST_ONLY: Final = re.compile(rf"(?:[A-Z][\w-]*\s+){{0,2}}(?i:{'|'.join(POSTS)})s?$")


# The legal form that ends a company's name ('Apple Inc', 'Kestrel Foods Ltd.'): no place
# ends so ('Co.' is left out: 'Jefferson Co.' is a county).
_COMPANY_SUFFIX: Final = re.compile(
    r"(?i)\b(?:inc|incorporated|corp|corporation|ltd|limited|llc|plc|gmbh)\.?$"
)


def _organisation(place: str) -> bool:
    """Whether the place is an organisation's name ('NATO', 'EU', 'USA TODAY', 'Google'; data:
    the institutions and organisations tables) or a company's ('Apple Inc', 'Kestrel Foods,
    Inc.'): an organisation is no place."""
    name = place.split(",", 1)[0].strip()
    if name.casefold() in institutions() or organisations().lookup(name) is not None:
        return True
    if " " in name and "," not in place and unknown_paper(_place_case(name)):
        return True  # 'HAVANA TIMES – Residents ...': the paper's own name opens its stories
    return any(_COMPANY_SUFFIX.search(part.strip()) for part in place.split(","))


_TAG_NEEDS_KNOWN: Final = (_TITLE_TAGGED, _TAG_NO_DASH)
_CAPS_TAG: Final = re.compile(r"[A-Z]{2,6}")
_LONG_DASH: Final = (_TITLE, _TITLE_DATED)
_UNTAGGED: Final = (_CAPS, _TITLE, _TITLE_DATED)


def alone(line: str) -> Dateline | None:
    """A dateline standing on its own line ('GLASGOW, Scotland', 'Washington (CNN)')."""
    text = line.strip()
    if text[:1] not in _CAPITALS:
        return None  # both patterns open with [A-Z]
    # the tagged form ends in its tag's ')' (most lines are prose: a regex call saved)
    tagged = _ALONE_TAGGED.match(text) if text.endswith(")") else None
    if (
        tagged
        and not _NOT_PLACE.match(line)
        and organisations().lookup(tagged.group("wire"))
        and not _organisation(tagged.group("place"))
        and not _person(tagged.group("place").strip(" ,"))  # 'Jo Li (The Jakarta Post)'
    ):
        return Dateline(_place_case(tagged.group("place").strip(" ,")), tagged.group("wire"))
    match = _ALONE.match(text) if "," in text else None  # 'GLASGOW, Scotland'
    if not match or _NOT_PLACE.match(line) or not line.split(",")[0].isupper():
        return None
    if _POST_ONLY.match(text.partition(",")[2].strip()):
        return None  # 'JO LI, Staff Writer': a byline in capitals and its post
    if text.endswith(("PHOTO", "Photo", "photo")):
        return None  # 'JO LI, THE PORTVALE NEWS FILE PHOTO': a photo's credit
    if _organisation(match.group("place")):
        return None
    if len(line.split(",")[0].replace(".", "").replace(" ", "")) < 3:
        return None
    return Dateline(_place_case(match.group("place")), None)


_BARE: Final = re.compile(rf"^{_CAPS_PLACE}$")


def bare(line: str) -> Dateline | None:
    """A place in capitals alone on a line ('HELSINKI'). Only the caller's context makes it
    the dateline (it sits between the byline's date stamp and the story's first paragraph):
    alone and out of place, a capitalised word is more often a section label."""
    text = line.strip()
    if not 3 <= len(text) <= 30 or text[:1] not in _CAPITALS or not _BARE.match(text):
        return None
    if _NOT_PLACE.match(text) or _organisation(text):
        return None
    return Dateline(_place_case(text), None)


# Two places with a slash between ('WEST PALM BEACH, Fla. / WASHINGTON').
_SLASH_SPACED: Final = re.compile(r"\s*/\s*")


def _place_case(place: str) -> str:
    """Title case, but a region of two or three capitals after a comma is an abbreviation
    ('Washington, DC', 'Paris, TX'), and so is 'DC' without the comma ('WASHINGTON DC' gives
    'Washington DC')."""
    place = _SLASH_SPACED.sub("/", place)
    cased = "/".join(
        ", ".join(
            p.strip()
            if at and _ABBREVIATION.fullmatch(p.strip())
            else _capitalised(title_case(p.strip()))
            for at, p in enumerate(part.split(","))
        )
        for part in place.split("/")
    )
    return _DC.sub("DC", cased) if "Dc" in cased else cased


# (not with a full stop: 'OAK BROOK, ILL.' is AP's abbreviation, set in capitals: 'Ill.')
_ABBREVIATION: Final = re.compile(r"[A-Z]{2,3}")
_DC: Final = re.compile(r"(?<= )Dc\b")


def _capitalised(place: str) -> str:
    """A place name opens with a capital even where its first word is a name particle
    ('LA PAZ' -> 'La Paz'; in a person's name 'la' stays lower case); 'of' and 'and' inside
    it stay lower case ('PORT OF SPAIN' -> 'Port of Spain')."""
    if " Of " in place or " And " in place:
        place = _JOINING_WORD.sub(lambda word: word.group().lower(), place)
    return place[:1].upper() + place[1:]


_JOINING_WORD: Final = re.compile(r"(?<= )(?:Of|And)(?= )")


def placeless_wire(line: str) -> str | None:
    """The wire tag of a story that opens with one and no place: '(Reuters) - ...', or with
    an organisation in the place's slot: 'NATO (Reuters) - ...' (a known tag only)."""
    line = line.lstrip()
    if line[:1] == "(" or line[:3] == "By ":
        line = line[_lead_in(line) :]
    if line[:1] != "(":
        return _organisation_tag(line) if "(" in line[:80] else None
    match = _WIRE_ONLY.match(line)
    return match.group("wire") if match else None


# An organisation's name, then the wire tag, then a dash or the story ('NATO (Reuters) - ',
# 'Apple Inc (Reuters) The ...'): the dateline's layout with no place in it.
_ORGANISATION_TAG: Final = re.compile(
    r"^(?P<place>[A-Z][\w.&'’\-]*+(?: [A-Z][\w.&'’\-]*+){0,4}+),?\s*"
    rf"{_TAG}(?:{_DASH}\s*(?=\S)|\s*(?=[A-Z“\"‘'])|\s*$)"
)


def _organisation_tag(line: str) -> str | None:
    match = _ORGANISATION_TAG.match(line)
    if match is None or not _organisation(match.group("place")):
        return None
    wire = match.group("wire")
    return wire if organisations().lookup(wire) else None


def tagged_alone(line: str) -> Dateline | None:
    """'Washington (CNN)' alone on a line: a place with a known wire tag, which marks the
    story's start even under a deck or a video caption the page put first. An organisation in
    the place's slot ('NATO (Reuters)') gives the tag and no place, as `placeless_wire` reads
    'NATO (Reuters) - ...'."""
    if not line.endswith(")"):
        return None
    found = alone(line)
    if found is None:
        wire = _organisation_tag(line.strip())
        return Dateline(None, wire) if wire else None
    return found if found.wire else None


def bare_tag(line: str) -> Dateline | None:
    """A known wire tag alone on its line, with no place: '(CNN)'."""
    if line[:1] != "(" or line[-1:] != ")" or len(line) > 40:
        return None
    wire = placeless_wire(line)
    return Dateline(None, wire) if wire and organisations().lookup(wire) else None


def strong(line: str) -> Dateline | None:
    """The dateline that opens a paragraph when no ordinary sentence could open so: an ALL-CAPS
    place before a dash ('PORTVALE — ', 'GLASGOW, Scotland - ') or a place with a known wire
    tag ('Portvale (CNN) '), with the story's first word after it; not a name set off by a
    dash ('Jo Li – who ...'), a label before a colon ('PORTVALE: Mayor says ...') nor a
    report's labelled figure ('TIMBER - 12,400 tonnes')."""
    found = find(line)
    if found is None:
        return None
    text = line.strip()
    if text[:1] == "(" or text[:3] == "By ":
        text = text[_lead_in(text) :]
    if found.wire and organisations().lookup(found.wire):
        tag = text.find(f"({found.wire})")
        rest = text[tag + len(found.wire) + 2 :].lstrip(" -—–")
    else:
        match = _CAPS.match(_ascii_shape(text[:200]))
        if match is None or ":" in match.group()[match.end("place") :]:
            return None
        rest = text[match.end() :]
    return found if rest[:1].isalpha() or rest[:1] in "“\"‘'" else None
