"""Which organisation produced the story: the outlet cues that close or frame a story (a
wire's sign-off, a 'With Post Wires' line, a republication note, the staff's e-mail host, a
copyright notice) and the wire tag of a dateline. `parse` weighs them against the bylines'
and attributions' organisations (`attribution`) by the field guide's order of strength."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from pipeline.parse import credits_glued
from pipeline.parse.bylines import (
    NEWS_KINDS,
    NEWS_SERVICE,
    SECTION_WORDS,
    STATION_BANDS,
    STATION_LETTERS,
    paper_outlet,
    station_outlet,
    unknown_paper,
    without_contacts,
)
from pipeline.parse.credits import SITE_NAME
from pipeline.parse.knowledge import is_place, organisations, platforms, publisher_organisation
from pipeline.parse.lines import Line
from pipeline.parse.names import person_name


def spelled_out(tag: str, lines: Sequence[Line]) -> str | None:
    """The organisation a tag of initials stands for where the page spells it out ('(CNS)'
    under 'By City News Service' or over '© Cayman News Service'): initials the table holds may
    name another organisation (Catholic News Service), the page's own words decide. The
    table's canonical name when it knows the words, else as the page writes them."""
    if not 3 <= len(tag) <= 6 or not tag.isupper() or not tag.isalpha():
        return None
    words = r"\W+(?:(?:of|and|for|the)\W+)?".join(rf"{c}[\w'’&.-]*" for c in tag)
    pattern = re.compile(rf"\b{words}\b")
    for ln in lines:
        if all(c in ln.text for c in tag) and (found := pattern.search(ln.text)) is not None:
            name = found.group()
            return organisations().lookup(name) or name
    return None


def wire_outlet(tag: str | None) -> str | None:
    return organisations().lookup(tag) if tag else None


def _without_web_address(line: str) -> str:
    """The line without a web address closing it ('(NAN)(www.nannews.ng)': a wire's sign-off
    with its site)."""
    return _WEB_ADDRESS_END.sub("", line) if "www." in line else line


_WEB_ADDRESS_END: Final = re.compile(r"\s*\(?www\.[\w.-]+(?:/\S*)?\)?\s*$")


def signoff_outlet(lines: list[str]) -> str | None:
    """'Reuter' or '— Associated Press' closing the story, alone on its line or glued to the
    story's last sentence ('... after the announcement. REUTERS'), maybe with the wire's
    address after it ('... in April.(NAN)(www.nannews.ng)')."""
    lines = [_without_web_address(line) for line in lines[-2:]]
    for line in reversed(lines):
        stripped = line.strip(" -—–.()")
        canonical = organisations().lookup(stripped)
        if canonical and organisations().kinds.get(canonical) == "wire":
            return canonical
    return credits_glued.signoff_name(lines[-1]) if lines else None


# A section's word ('Local News') or a prompt's ('Follow X', 'Source: X') before a paper's
# word under the story: no paper signs it.
_NOT_SIGNING: Final = SECTION_WORDS | frozenset(
    {"more", "related", "other", "daily", "weekly", "morning", "evening", "sunday"}
    | {"follow", "source", "headline", "headlines", "read", "watch", "listen", "join", "get"}
    | {"subscribe", "download", "sign", "visit", "like", "share", "contact", "news"}
    # ('About Valley Courier', 'Support The Portvale Post': the site's footer links)
    | {"about", "support", "advertise", "donate"}
)


def paper_signoff(lines: list[str]) -> str | None:
    """A paper's name alone on the line under the story's last paragraph, or closing it ('Cape
    Argus', 'THE MERCURY': a portal of several papers prints each story's paper so), past a
    line with the reporter's e-mail address: the paper that signs the story."""
    for line in lines:
        if "@" in line:
            continue
        name = line.strip(" .-—–")
        known = organisations().lookup(name)
        if known is not None:
            return known if organisations().kinds.get(known) == "newspaper" else None
        first = name.split(" ", 1)[0].casefold()
        if first == "the":
            first = name.split(" ")[1].casefold() if " " in name else ""
        if first not in _NOT_SIGNING and name.count(" ") < 4 and paper_outlet(name):
            # (a station signs no story so, as the table's broadcasters do not: 'KCCA' under
            # 'Tags:' is a city authority's initials)
            return name if station_outlet(name) is None else None
        return None
    return None


# 'With Post Wires', 'With Globe wire services': the paper's own staff story, completed from
# the wires, signed with the paper's short name.
_WITH_WIRES: Final = re.compile(
    r"(?i)^[—–-]?\s*with (?:wires from )?(?:the )?(?P<short>[\w.&'’]+(?: [\w.&'’]+){0,3}?)"
    r"(?:['’]s)? wires?(?: services| reports)?\.?$"
)


# A word of an organisation's name ('A&E', 'St. Louis', "O'Hare").
_NAME_WORD: Final = re.compile(r"[\w.&'’-]+")


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
        words = {w.casefold() for w in _NAME_WORD.findall(owner)}
        if short in words or organisations().lookup(short) == owner:
            return owner
    return None


# 'This article is republished from The Conversation under a Creative Commons license.',
# 'This story was originally published by ProPublica.', '... first appeared on Salon.com.',
# 'Republished with permission from ...':
# a note naming the outlet that produced the story a site republished (the verb tells of the
# story itself: 'This report, published by ProPublica in May, found ...' cites another).
_REPUBLISHED: Final = re.compile(
    r"(?i:(?:\bthis (?:article|story|piece|report|column|post|essay) (?:(?:was|is|has been) )?"
    r"(?:originally |first )?|^(?:originally|first) )"
    r"(?:re)?(?:published|appeared|produced) (?:from|on|by|in|at|with)"
    # ('Republished with permission from The Portvale Post.', 'Reprinted with permission of')
    r"|^(?:republished|reprinted) with (?:the )?permission (?:from|of)) "
    r"(?P<org>(?:[Tt]he )?[A-Z][\w&'’-]*(?:\.\w+)*(?: [A-Z][\w&'’-]*(?:\.\w+)*){0,4})"
)


_REPUBLISHED_HINTS: Final = ("ublished ", "ppeared ", "roduced ", "eprinted ")


def republished_outlet(paragraphs: list[str], notes: Sequence[str] = ()) -> str | None:
    """The outlet a republication note names (the organisations or publishers table), in the
    story's last three paragraphs or its first (some sites set the note above the story), or
    in `notes`, short lines under the story ('First published by GroundUp.')."""
    for paragraph in (*notes, *paragraphs[-3:], *paragraphs[:1]):
        if len(paragraph) > 400 or not any(h in paragraph for h in _REPUBLISHED_HINTS):
            continue
        for match in _REPUBLISHED.finditer(paragraph):
            org = match.group("org").rstrip(".")
            org = org[4:] if org.startswith("the ") else org  # ('... by the Houston Chronicle')
            owner = organisations().lookup(org) or organisations().lookup(org.removeprefix("The "))
            if owner is None and "." in org:
                owner = publisher_organisation(org)  # 'Salon.com', 'www.example.org'
            if owner is None:
                owner = paper_outlet(org)  # 'The Portvale Courier', which the table lacks
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


_NOT_LETTERS: Final = re.compile(r"[\W_]+")


def desk_byline(text: str) -> str | None:
    """The organisation of a byline that is its name and its desk's e-mail address ('The
    Associated Press (news@ap.org)', 'The Local | news@thelocal.se', 'Portvale Courier
    <desk@portvalecourier.com>'): the table's organisation by any address, or a name the
    table lacks that the address's host spells (a page's own desk: 'The Local' at
    thelocal.se), as written. None for any other line (a person's address is the byline's
    own rule's, `without_contacts`)."""
    hosts = _EMAIL_HOST.findall(text)
    name = without_contacts(text).strip(" ,;|()<>[]–—-")
    if name[:3] in ("By ", "BY "):
        name = name[3:].lstrip()  # ('By The Local (news@thelocal.se)')
    if len(hosts) != 1 or not 2 <= len(name) <= 60 or "," in name or "|" in name:
        return None
    known = organisations().lookup(name)
    if known is not None:
        return known
    labels = hosts[0].casefold().replace("-", "").split(".")[:-1]  # (not the top level)
    letters = _NOT_LETTERS.sub("", name.casefold())
    spelled = letters in labels or letters.removeprefix("the") in labels
    return name if len(letters) >= 4 and spelled else None


def stamp_outlet(lines: list[str]) -> str | None:
    """'China | Reuters 14 Apr 2025 5:42 pm': a wire or broadcaster named in the story's date
    stamp, where a site that runs agency copy prints its source beside the date."""
    for line in lines:
        found = _wire_or_broadcaster(line)
        if found is not None:
            return found
    return None


def _wire_or_broadcaster(line: str, at: int | None = None) -> str | None:
    """The first wire or broadcaster the line names (where `at` is given, the one opening
    there)."""
    kinds = organisations().kinds
    for start, _, canonical in organisations().find(line):
        if (at is None or start == at) and kinds.get(canonical) in ("wire", "broadcaster"):
            return canonical
    return None


def copyright_outlet(lines: list[str]) -> str | None:
    """'© 2019 The Associated Press. All Rights Reserved.': the weakest outlet cue, taken only
    when nothing else names one, and only for a wire or broadcaster (a newspaper's notice is
    as often the footer of the site that reprinted the story)."""
    for line in lines:
        head = _NOTICE_HEAD.search(line)
        # the notice's owner, right after its sign and year (an address further on may name
        # a state that is also a wire's name: '..., Scranton, PA 18503')
        found = _wire_or_broadcaster(line, head.end()) if head is not None else None
        if found is not None:
            return found
    return None


def staff_notice_outlet(lines: list[str]) -> str | None:
    """'Jo Li' / 'Staff writer' over the story, '© Copyright 2025 Portvale Gazette-Mail, 1
    Main St.' under it: a paper's staff who name no paper, the paper the site's notice names
    (copyright lines only; the caller asks where the byline carries such a bare post)."""
    for line in lines:
        head = _NOTICE_HEAD.search(line)
        if head is None:
            continue
        owner = _NOTICE_OWNER.match(line, head.end())
        if owner is None:
            continue
        name = owner.group(0).strip()
        known = organisations().lookup(name)
        if known is not None:
            return known if organisations().kinds.get(known) == "newspaper" else None
        return paper_outlet(name)
    return None


# The owner a notice names, up to its address or the next mark ('Portvale Gazette-Mail').
_NOTICE_OWNER: Final = re.compile(r"(?:The )?[A-Z][\w&.'’-]*(?: (?:[A-Z][\w&'’-]*|of|and|&)){0,5}")
# A bare post under the byline's name, saying the staff wrote it without naming the paper.
BARE_STAFF_POSTS: Final = frozenset(
    {"staff writer", "staff reporter", "staff", "staff writers", "staff reporters"}
)


# A copyright notice up to its owner: '© 2019 ', 'Copyright © 2024 ', '©2024 ', 'All content
# copyright 2020-2025 ', 'Copyright: © 2025 ', '© Copyright 2024 '.
_NOTICE_HEAD: Final = re.compile(
    r"(?i)(?:(?:©|\(c\)|copyright)[\s:]*)+(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?,?\s*)?"
)


# 'a spokesperson confirmed the layoffs to Business Insider', 'said in a statement to The
# Hill', 'two aides told HuffPost', 'a letter first obtained by Axios', 'a memo seen by
# Business Insider': a source speaking to the outlet that wrote the story, or its own scoop.
_ORG_NAMED: Final = r" (?P<org>(?:the )?[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,4})"
# One pattern per phrase, each opening with its literal, which `re` skips to at once (an
# alternation of them is tried at every position of a paragraph); scanned where it stands.
_TOLD: Final = tuple(
    (phrase, re.compile(phrase + tail + _ORG_NAMED))
    for phrase, tail in (
        ("told", ""),
        ("statement to", ""),
        ("interview with", ""),
        ("obtained by", ""),
        ("seen by", ""),
        ("reviewed by", ""),
        ("confirmed", r" (?:[\w'’-]+ ){0,4}?to"),
    )
)


def told_organisations(paragraphs: list[str]) -> set[str]:
    """The news organisations the story's sources spoke to (`_TOLD`). One of them names the
    story's outlet only when the page names it as its own too (`told_outlet`): a story quotes
    other outlets' interviews as often ('he told Reuters on Sunday': in 57 of 239 BBC texts
    with such a phrase the organisation was another)."""
    kinds = organisations().kinds
    found: set[str] = set()
    for text in paragraphs:
        for phrase, pattern in _TOLD:
            if phrase not in text:
                continue
            for match in pattern.finditer(text):
                if match.start() and text[match.start() - 1].isalnum():
                    continue  # 'foretold'
                # the organisation's name and nothing after it ('The Hill Street Band' is none)
                named = match.group("org").rstrip(".’'")
                names = organisations().find(named)
                whole = bool(names) and names[0][:2] == (0, len(named))
                if whole and kinds.get(names[0][2]) in NEWS_KINDS:
                    found.add(names[0][2])
    return found


def own_organisations(chrome: list[str], publisher: str | None) -> set[str]:
    """The organisations the page names as its own: in its chrome (menus, footers) or as
    its publisher."""
    own = {c for text in chrome for _, _, c in organisations().find(text)}
    owner = publisher_organisation(publisher)
    if owner is not None:
        own.add(owner)
    return own


def told_outlet(paragraphs: list[str], own: set[str]) -> str | None:
    """The one organisation of `told_organisations` when the page names it as its own too
    (`own_organisations`). The weakest cue, taken last; a text without chrome or publisher
    (most corpus texts) is not scanned."""
    if not own:
        return None
    told = told_organisations(paragraphs)
    return told.pop() if len(told) == 1 and told <= own else None


_HOUSE_KINDS: Final = frozenset({"newspaper", "broadcaster"})


def house_photo_outlet(
    agencies: list[str], own: set[str], chrome: Sequence[str] = ()
) -> str | None:
    """A photo credited to the page's own paper or broadcaster ('Jo Li/The Globe and Mail'
    on a page whose masthead and footer name The Globe and Mail): its staff made the story
    too. As weak as `told_outlet`; a wire's photo runs on every client's page, so a wire
    names no outlet so. A paper the table lacks counts when a line of the page's chrome
    is its name ('Jo Li/The Portvale Australian' under the masthead 'The Portvale
    Australian'; a name with no paper's word after 'The' too: 'Jo Li/The Day' under 'The
    Day')."""
    kinds = organisations().kinds
    house = {a for a in agencies if a in own and kinds.get(a) in _HOUSE_KINDS}
    if not house and chrome:
        # the masthead's spelling ('Jo Li/Portvale News' under 'The Portvale News')
        lines = {line.strip() for line in chrome}
        house = {
            next(name for name in (f"The {a}", a) if name in lines)
            for a in agencies
            if (a in lines or f"The {a}" in lines)
            and (unknown_paper(a) or a.startswith("The "))
            and organisations().lookup(a) is None
        }
        if not house:
            # a short name's photo ('Leader-Call photo by Jo Li' under 'Laurel Leader-Call')
            house = {
                line
                for a in agencies
                if " " not in a and organisations().lookup(a) is None
                for line in lines
                if line.endswith(f" {a}") and len(line) <= 60 and unknown_paper(line)
            }
    return house.pop() if len(house) == 1 else None


def _notice_of(name: str, copyright_lines: list[str]) -> bool:
    """Whether a copyright notice's owner is the name, maybe with 'The' before it."""
    for line in copyright_lines:
        head = _NOTICE_HEAD.search(line)
        if head is None:
            continue
        owner = line[head.end() :].removeprefix("The ")
        if owner.startswith(name.removeprefix("The ")):
            # (the name whole, not a company's that opens with it: 'MediaToday Co. Ltd.')
            rest = owner[len(name.removeprefix("The ")) :].lstrip()
            if not rest or rest[0] in ".,;:|/–—-":
                return True
    return False


# 'KARE 11', 'WKYC': a US or Canadian station by its call letters, maybe with its channel.
_STATION: Final = re.compile(rf"({STATION_LETTERS})(?: \d{{1,2}})?")


def station_photo_outlet(agencies: list[str], copyright_lines: list[str]) -> str | None:
    """'Credit: KARE 11' on a page whose notice reads '© 2025 KARE-TV. All Rights Reserved.':
    the station's own photo, so its staff made the story, as `house_photo_outlet` reads a
    paper's. For call letters the table lacks; the notice's owner must be the same letters.
    So too a paper the table lacks whose notice it is ('Jo Li/The Portvale Post' over '©
    1996-2025 The Portvale Post', where no line of the chrome is the paper's name alone)."""
    for agency in agencies:
        station = _STATION.fullmatch(agency)
        if station is None:
            if paper_outlet(agency) == agency and _notice_of(agency, copyright_lines):
                return agency
            continue
        owner = re.compile(rf"{station[1]}(?:-(?:TV|DT|FM|AM))?(?![\w-])")
        for line in copyright_lines:
            head = _NOTICE_HEAD.search(line)
            if head is not None and owner.match(line, head.end()):
                return agency
    return None


# 'Source - The Portvale Chronicle', 'SOURCE: Portvale Post': where an unsigned story came from.
_SOURCE_NOTE: Final = re.compile(r"(?i)source\s*[:\-–—]\s*\S")


def source_note(texts: list[str]) -> bool:
    """Whether a line of the page opens by naming where the story came from ('Source - ...',
    '(Source: ...)')."""
    return any(
        line[:2] in _SOURCE_HEADS
        and (text := line.removeprefix("("))[:6].casefold() == "source"
        and _SOURCE_NOTE.match(text)
        for line in texts
    )


_SOURCE_HEADS: Final = frozenset({"So", "SO", "so", "(S", "(s"})


# A line that is only the note of where the story came from: '(Source: Fena)', 'Source: Reuters'.
# ('Source: TRT World and Agencies', 'Source: Al Jazeera and news agencies': the outlet wrote
# the story from wire copy besides its own; the wires, unnamed, are no outlet.)
_SOURCE_LINE: Final = re.compile(
    r"\(?(?i:source)\s*[:\-–—]\s*(?P<org>[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3})"
    r"(?: (?:and|with|&) (?i:(?:news |wire )?(?:agencies|wires|services)|agency reports))?\)?\.?"
)
_CREDIT_AFTER_SOURCE: Final = re.compile(
    r"\s*\((?i:(?:additional )?reporting|writing|editing|compiled) by [^()]{2,300}\)\.?$"
)
# What such a note names besides an organisation: the wires in general, a kind of source.
_NO_SOURCE: Final = frozenset({"agencies", "wires", "internet", "supplied", "reports", "staff"})


def makes_stories(organisation: str) -> bool:
    """Whether the organisation may have made a story: not a photo agency, which sells
    pictures and writes no story."""
    return organisations().kinds.get(organisation) != "photo_agency"


def source_outlet(texts: list[str]) -> str | None:
    """The organisation a source note names: the table's canonical name, or a name of one to
    four capitalised words that reads as no person's and names no platform."""
    for text in texts:
        if text[:2] not in _SOURCE_HEADS:
            continue
        if len(text) > 60:
            # ('Source: Reuters (Reporting by Jo Li; Editing by Kim Bo)': the wire's credit
            # after its name)
            text = _CREDIT_AFTER_SOURCE.sub("", text) if " by " in text else text
            if len(text) > 60:
                continue
        note = _SOURCE_LINE.fullmatch(text.strip())
        if note is None or note["org"].casefold() in _NO_SOURCE:
            continue
        if note["org"].casefold() in platforms():
            continue  # '(Source: Twitter)': where a post was found, not who made the story
        org = note["org"]
        known = organisations().lookup(org)
        if known is not None:
            if makes_stories(known):
                return known
            continue  # 'Source: Getty Images' under a caption: the photo's source
        if person_name(org) is None:
            return org
    return None


# 'With files from The Canadian Press', '(With Inputs from PIB)': the organisation whose copy
# the story was written from, named at its end (a person there is a reporter: attribution).
_FILES_FROM: Final = re.compile(
    r"\(?(?i:with (?:files|inputs|input|reporting) from) (?P<org>(?:[Tt]he )?[A-Z][\w.&'’-]*"
    r"(?: [A-Z][\w.&'’-]*){0,4})\)?\.?"
)


def files_from_outlet(texts: list[str]) -> str | None:
    """The organisation of a 'With files from' note: the table's canonical name, or the
    name as written when it reads as no person's."""
    for text in texts:
        if text[:1] not in "Ww(" or len(text) > 80:
            continue  # (most lines: not a note that opens so)
        if text[:6].lower() not in ("with f", "with i", "with r", "(with "):
            continue
        note = _FILES_FROM.fullmatch(text.strip())
        if note is None:
            continue
        org = note["org"].rstrip(".")
        known = organisations().lookup(org)
        if known is not None:
            return known
        if person_name(org.removeprefix("The ")) is None and " and " not in org:
            return org
    return None


# A station's call sign or an agency's initials in a dateline's brackets: 'SPRINGFIELD, Mo.
# (KOLR) -', 'KOHIMA, MAR 12 (NPN):' (the wire tag of the organisation that filed the story).
_CALL_SIGN: Final = re.compile(r"[A-Z][A-Z0-9]{2,5}")


def call_sign(tag: str) -> str | None:
    """The tag, when it is three to six capitals (or digits after the first) and no label."""
    return tag if _CALL_SIGN.fullmatch(tag) and tag not in credits_glued.CAPS_LABELS else None


def unknown_tag_outlet(tag: str) -> str | None:
    """A placed dateline's tag the organisation table lacks, as the outlet: a paper's name
    ('(Tico Herald)'), a call sign ('(KOLR)'), a site's address ('(portvale.com)') or one
    capitalised name that is no place ('(Walta)')."""
    if "." in tag and SITE_NAME.fullmatch(tag) is not None:
        return tag
    if _ONE_NAME.fullmatch(tag) and tag.casefold() not in _TAG_WORDS and not is_place(tag):
        return tag  # 'BAHIR DAR, July 2, 2025 (Walta) – ...': the agency by its one name
    letters = tag.rpartition("-")[0]
    if tag.endswith(STATION_BANDS) and _STATION_LETTERS.fullmatch(letters):
        # ('(KPVL-TV)', '(WFLA-TV)': the call sign and its band, the table's name by the
        # letters; 'ABC-TV' is a network's, no station's)
        return organisations().lookup(letters) or tag
    if NEWS_SERVICE.fullmatch(tag):
        return tag  # ('PORTVALE, June 3 (Portvale News Agency) —': a wire the table lacks)
    return paper_outlet(tag) or call_sign(tag)


_STATION_LETTERS: Final = re.compile(STATION_LETTERS)  # (North America's call signs)
_ONE_NAME: Final = re.compile(r"[A-Z][a-z]{2,20}")
# Words a dateline's brackets hold besides an outlet's name.
_TAG_WORDS: Final = frozenset({"updated", "update", "file", "photo", "video", "live", "corrected"})
