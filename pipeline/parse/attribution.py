"""Who wrote the story beyond its byline, and the organisations named with them: closing
credits ('(Reporting by Jo Li; Editing by Kim Bo)'), in-text attributions to the outlet's
journalists, contributor notes, author bios, headline authors and transcripts' speakers.
Bylines themselves are read in `bylines`, the outlet cues that close a story in `outlet_cues`."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Final

from pipeline.parse.bylines import FILED_FROM, names_only, paper_outlet, without_client
from pipeline.parse.knowledge import organisations
from pipeline.parse.names import people, person_name, title_case, without_organisations
from pipeline.parse.words import whole_word, word_places

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


_VERBS: Final = (
    r"(?:reported|reports|reporting|wrote|writes|contributed|counted|says|said|"
    r"spoke (?:with|to)|talked (?:with|to))"
)
_ROLE_WORDS: Final = r"(?:correspondent|reporter|producer|journalist|writer|anchor)"


# The same credit as a paragraph of its own, without brackets ('—Reporting by A, B and C')
# or in square ones ('[Reporting by A; Editing by B]').
CLOSING_PARAGRAPH: Final = re.compile(
    r"(?im)^[\[—–-]?\s*(?:additional |with )?(?:reporting|writing|compiled|contributing) by\s+"
    r"[^\n]+$"
)
# Bloomberg's form, closing the story: '--With assistance from Jo Li and Kim Bo.', and CBC's
# 'With files from Jo Li' (names and the places they filed from, nothing else: 'With
# assistance from the state, ...' is prose).
ASSISTANCE: Final = re.compile(
    r"(?im)^(?:--?|[—–])?\s*with (?:assistance|files) from\s+(?P<names>[^\n.]{3,150})\.?$"
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
            # ('Reporting by Jo Li for the Thomson Reuters Foundation': whom she reported for)
            names = without_client(FILED_FROM.sub("", part.group(1)))[0]
            for name in people(names):
                if name not in found:
                    found.append(name)
    if "(By " in text:  # ('(By Jo Li and Kim Bo; Editing by Ann Lee)', Reuters' form too)
        for match in BY_CLOSING.finditer(text):
            for name in people(FILED_FROM.sub("", match.group(1))):
                if name not in found:
                    found.append(name)
    if "ssistance from" in text or "iles from" in text:  # (CBC's 'With files from Jo Li')
        for match in ASSISTANCE.finditer(text):
            for name in names_only(FILED_FROM.sub("", match.group("names"))):
                if name not in found:
                    found.append(name)
    if "a report from" in text:
        for match in _REPORT_FROM.finditer(text):
            for name in names_only(match.group("names")):
                if name not in found:
                    found.append(name)
    return found


# A closing credit that opens with 'By', its editors after a semicolon.
BY_CLOSING: Final = re.compile(r"\(By ([^;()]{3,150});\s*(?i:editing|edited|writing) by [^()]*\)")


# Rappler's closing credit, glued to the last paragraph after a dash: '... notice. – with a
# report from Jo Li/Rappler.com' (the names, maybe the site after a slash, the line's end).
_REPORT_FROM: Final = re.compile(
    r"(?im)(?:^|\s)[—–-]+\s*with a report from\s+(?P<names>[^\n./;]{3,120}?)"
    r"(?:\s*/\s*[\w.]+)?\.?$"
)


# Word characters and runs of capitalised words are taken possessively (`*+`, `++`, `{0,3}+`):
# what follows a word (a space, a comma, an apostrophe) is never a word character, and what
# follows a run (a possessive, a lower-case job title, 'in', a verb) never opens with a capital,
# so giving letters or words back could not make a match; not trying halves the cost.
_NAME: Final = r"(?P<name>[A-Z][\w'’.-]++(?: [A-Z][\w'’.-]++){1,2}+)"
_PLACE: Final = r"(?:\s+in\s+[A-Z][\w.'’-]*+(?:,?\s+[A-Z][\w.'’-]*+){0,3}+,?)?"
# One pass over the body: a capitalised phrase (the organisation, checked against the table
# afterwards; it may end in its channel, 'KOB 4'), then a possessive or a job title, a name
# and a reporting verb. (A brand that opens in lower case, 'i24NEWS', matches from its first
# capital: `in_text_people` takes its letters before back.)
_ATTRIBUTION: Final = re.compile(
    rf"(?P<org>[A-Z][\w.&-]*+(?: [A-Z0-9][\w.&-]*+){{0,3}}+)"
    rf"(?:['’]s?\s+(?:(?P<role>{_ROLE_WORDS})\s+)?|\s+(?P<title>{_ROLE_WORDS})s?\s+)"
    rf"{_NAME}{_PLACE},?\s+(?P<verb>{_VERBS})\b"
)


def in_text_people(
    body: str, own: Callable[[str], str | None] = lambda _: None
) -> list[tuple[str, str]]:
    """(outlet, reporter) from "CBS News’ Haley Ott reported" or 'CBS News correspondent X says':
    an organisation of the table, or one the page calls itself (`own`: 'i24NEWS correspondent
    Jo Li reported' on i24NEWS's page); "KOB 4's Jo Li spoke with neighbors" only on the page
    of that name.

    A bare possessive with 'said' is a quote of a colleague, not a reporting credit.
    """
    found: list[tuple[str, str]] = []
    if not _may_attribute(body):
        return found
    for match in _ATTRIBUTION.finditer(body):
        role = match.group("role") or match.group("title")
        verb = match.group("verb")
        if not role and verb in ("said", "says"):
            continue
        start = match.start("org")
        while start and body[start - 1].isalnum():
            start -= 1  # ('i24NEWS correspondent Jo Li reported': the brand's first letters)
        words = body[start : match.end("org")].split()
        if verb[:5] in ("spoke", "talke"):
            # "KOB 4's Jo Li spoke with neighbors": the page's own reporter at work; another
            # outlet's journalist who spoke with someone is that outlet's story
            own_outlet = own(" ".join(words))
            person = person_name(match.group("name"))
            if own_outlet and person:
                found.append((own_outlet, person))
            continue
        # 'On Monday CBS News': the organisation is the longest known tail of the phrase.
        outlet = next(
            (
                c
                for i in range(len(words))
                if (c := organisations().lookup(" ".join(words[i:])) or own(" ".join(words[i:])))
            ),
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
            if (len(mark) > 1 or _may_follow_quote(body, at + 1)) and after.match(body, at):
                return True
            at = body.find(mark, at + 1)
    return False


_CAPITALS: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _may_follow_quote(body: str, at: int) -> bool:
    """Whether the quote before `at` may open an `_AFTER_POSSESSIVE` match that needs the
    quote: an optional 's', white space, then a name's capital. (A job title there would also
    do, but a title is a mark of its own, where `_AFTER_TITLE` matches too.) Most quotes close
    a contraction or a possessive before a lower-case word, and a `match` call costs more."""
    if body[at : at + 1] == "s" and body[at + 1 : at + 2].isspace():
        at += 1
    end = at
    while body[end : end + 1].isspace():
        end += 1
    return end > at and body[end : end + 1] in _CAPITALS


# A name's characters up to the end of its sentence: a full stop only after an initial
# ('Jo E. Li'), whose letter the first alternative gives back.
_NAME_CHAR: Final = r"(?:[^.;\n]|\b[A-Z]\.)"
_CONTRIBUTED: Final = re.compile(
    rf"(?m)(?:^(?:[—–-]{{1,2}}\s*)?|[.;]\s+)(?P<org>[A-Z][^.;]{{0,40}}?)\s+{_ROLE_WORDS}s?\s+"
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
    for match in _CONTRIBUTED.finditer(body) if _may_name_titled(body) else ():
        # ('The Portvale Post reporter Jo Li contributed': a paper the table lacks, by name)
        outlet = organisations().lookup(match.group("org")) or paper_outlet(match.group("org"))
        names = _IN_PLACE.sub(" ", match.group("names"))
        found += [(outlet, name) for name in _credited_people(names, body, match)]
    for match in _BARE_CONTRIBUTED.finditer(body) if _may_name_bare(body) else ():
        # 'Jo Li in Oslo and Kim Bo in Rome contributed': the places are no list items.
        names = _IN_PLACE.sub(" ", match.group("names"))
        if names[:6] == "Staff ":
            names = _STAFF_POST_LEAD.sub("", names)  # 'Staff Writer Jo Li contributed ...'
        owner = _OWNER.match(names)  # "Fox News' Jo Li contributed": the outlet's own
        # (or a paper or station the table lacks: "KPVL's Jo Li contributed")
        outlet = (
            (organisations().lookup(owner["org"]) or paper_outlet(owner["org"])) if owner else None
        )
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


# Each contributor scan runs only where the words its matches hold stand: a story may say
# 'contributed to' with no job title near it, and the scans try every sentence.
def _may_name_titled(body: str) -> bool:
    """False only where `_CONTRIBUTED` finds nothing: it needs a job title."""
    return any(map(body.__contains__, _ROLE_WORD_LIST))


def _may_name_bare(body: str) -> bool:
    """False only where `_BARE_CONTRIBUTED` finds nothing."""
    if "contributed to this " in body or "contributed reporting" in body:
        return True
    at = body.find("contributed")
    while at >= 0:  # (the bare form: 'contributed' ending its line, maybe with a full stop)
        if _BARE_TAIL.match(body, at + 11):
            return True
        at = body.find("contributed", at + 1)
    return False


_BARE_TAIL: Final = re.compile(r"(?m)\.?\s*$")


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
# research' credits a researcher, no reporter), and the bare 'WBEZ’s Jo Li contributed.'.
_BARE_CONTRIBUTED: Final = re.compile(
    # (a dash may set the line off: '— CNBC's Jo Li contributed to this report.')
    rf"(?m)^(?:[—–-]{{1,2}}\s*)?(?P<names>[A-Z]{_NAME_CHAR}{{2,200}}?)\s+(?:also\s+)?contributed"
    r"(?:(?:(?: reporting)? to this (?:report|story|article)| reporting)"
    r"(?: from [A-Z][^.\n]{0,80}?)?)?\.?\s*$"
)
_LIST_SPLIT: Final = re.compile(r"\s*(?:,\s*and\b|,|\band\b|&)\s*")
# A staff post before a contributor's name (the paper's own staff, as Cox papers print it).
_STAFF_POST_LEAD: Final = re.compile(r"Staff (?:[Ww]riters?|[Rr]eporters?) ")


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
        if _BARE_CONTRIBUTED.match(text.strip()) is None:
            return False
        # (the bare 'contributed.' only after names: 'Rising costs contributed.' is a sentence)
        return not text.rstrip(". ").endswith("contributed") or bool(contributors(text))
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
# Li reports for The Associated Press.' (not '... reports on', a story's news), 'Jo Li covers
# California politics for the Los Angeles Times.' (a paper's name after the beat), and
# with a newsroom post only, 'Jo Li has been an Op-Ed columnist since 2008.' ('... has been a
# critic of the plan' closes many stories about someone).
_BIO: Final = re.compile(
    r"^(?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}),?(?: [^.]{0,40},)? (?:is (?:a |an |the )?"
    r"(?:[\w’'-]+ ){0,7}?(?P<role>(?i:reporter|writer|correspondent|columnist|editor|contributor|"
    r"journalist|author|professor|fellow|analyst|economist|producer|blogger|critic|"
    r"commentator|novelist|historian|researcher|lecturer|bureau chief))s?\b|"
    r"has been (?:a |an |the )?(?:[\w’'-]+ ){0,4}?"
    r"(?i:reporter|writer|correspondent|columnist|editor|journalist)s?\b|"
    r"writes (?:from|about|on|for)\b|reports for\b|(?P<beat>covers [^.]{1,80}? for (?:the )?[A-Z])|"
    # ('Jo Li joined the Portvale Compass in 2022 and covers ...', '... joined the Portvale
    # Compass as a reporter': a beat or a post, not 'Mr Li joined Apple in 1978')
    r"joined (?:the )?[A-Z][^.]{0,60}? (?:and covers|as an? (?:[\w-]+ )?"
    r"(?:reporter|writer|correspondent|journalist|editor))\b)"
)


def is_author_bio(line: str) -> bool:
    """A closing line that presents the story's author, which a furniture phrase inside it
    ('She also writes the Substack newsletter X') does not make boilerplate."""
    return _bio(line) is not None


def _bio(paragraph: str) -> re.Match[str] | None:
    """`_BIO.match`, where a beat ('... covers X for the Y') is a paper's only when the
    sentence names an organisation of the table ('Medicare covers dental care for Americans
    over 65.' closes stories too)."""
    bio = _BIO.match(paragraph)
    if bio is None or bio.group("beat") is None:
        return bio
    sentence = paragraph.split(". ", 1)[0]
    if without_organisations(sentence)[1]:
        return bio
    # ('Jo Li covers the waterfront for The Portvale Post.': a paper the table lacks, by its
    # name's last word, data)
    employers = [m.group("org").rstrip(".") for m in _EMPLOYER.finditer(sentence)]
    return bio if employers and paper_outlet(employers[-1]) is not None else None


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


# The employer a bio names after 'at' or 'for' ('... is a senior writer at The Portvale
# Post covering banks', '... covers city hall for the Portvale World.').
# (or 'with' right after the post: 'Jo Li is a business reporter with the Portvale Independent';
# or 'joined': 'Jo Li joined the Portvale Compass in 2022')
_EMPLOYER: Final = re.compile(
    r"(?:\b(?:at|for|joined)|(?i:reporter|writer|correspondent|journalist|editor)s? with) "
    r"(?:the )?"
    r"(?P<org>(?:The )?[A-Z0-9][\w&'’.-]*(?: (?:[A-Z0-9][\w&'’.-]*|of|and|&)){0,4})"
)


# A sentence's full stop, not an abbreviation's or an initial's ('... for the St. Albert
# Gazette. He ...', 'Jo D. Li covers ...').
_FIRST_STOP: Final = re.compile(r"(?<!\bSt)(?<!\bMt)(?<!\bFt)(?<!\b[A-Z])\. ")


def bio_employer(lines: list[str], reporters: list[str], own: Sequence[str]) -> str | None:
    """The news organisation a closing bio of one of the story's reporters names as the
    reporter's employer ('Jo Li covers city hall for the Portvale World.'): the last
    organisation after 'at' or 'for' in its first sentence, when it is a news organisation of
    the table, a paper by its name (data), or a name the page's chrome prints as its own
    (`own`: the masthead, the copyright line). A former post names none."""
    if not reporters:
        return None
    for line in lines[-15:]:
        if len(line) > _AUTHOR_NOTE_MAX or not line.startswith(tuple(reporters)):
            continue
        sentence = _FIRST_STOP.split(line, maxsplit=1)[0]
        # (a beat, 'covers X for the Y', counts here without a known organisation: the
        # subject is the story's reporter)
        if "former" in sentence or "previously" in sentence or _BIO.match(line) is None:
            continue
        found = [m.group("org").rstrip(".") for m in _EMPLOYER.finditer(sentence)]
        if not found:
            continue
        org = found[-1]
        canonical = organisations().lookup(org)
        if canonical is not None:
            if organisations().kinds.get(canonical) in ("newspaper", "broadcaster", "wire"):
                return canonical
            continue
        bare = org.removeprefix("The ")
        if paper_outlet(org) is not None or any(bare.casefold() in c.casefold() for c in own):
            return org
    return None


# A television report's sign-off, closing its transcript: 'Reporting for News Five, I am Jo
# Li.', 'For KPVN News, I'm Jo Li.'
_TV_SIGNOFF: Final = re.compile(
    r"(?:Reporting )?[Ff]or (?P<org>[A-Z0-9][\w&'’.-]*(?: [A-Z0-9][\w&'’.-]*){0,4}), "
    r"I(?:'m|’m| am) (?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2})\.?"
)
# The reporter's name over the report, as the transcript sets it: 'Jo Li, Reporting'.
_REPORTING_LINE: Final = re.compile(r"(?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2}), Reporting")


def tv_signoff(paragraphs: list[str]) -> tuple[list[str], str | None]:
    """The reporter of a television report's transcript ('Jo Li, Reporting' over it, 'Reporting
    for News Five, I am Jo Li.' closing it) and the station the sign-off names."""
    found: list[str] = []
    outlet = None
    for paragraph in paragraphs:
        if len(paragraph) > 80 or ("eporting" not in paragraph and " I" not in paragraph):
            continue
        line = _REPORTING_LINE.fullmatch(paragraph) or _TV_SIGNOFF.fullmatch(paragraph)
        written = line["name"].rstrip(".") if line is not None else ""
        name = person_name(written) if written else None
        if line is None or name is None or name != written:
            continue
        if name not in found:
            found.append(name)
        if line.re is _TV_SIGNOFF and outlet is None:
            org = line["org"]
            outlet = organisations().lookup(org) or org
    return found, outlet


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
        bio = _bio(paragraph)
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
            outlet = (
                _bio_organisation(sentence)
                or _possessive_paper(sentence)
                or _employer_paper(sentence)
            )
    return found, outlet


def _employer_paper(sentence: str) -> str | None:
    """A paper the table lacks that a bio names after 'for' or 'at' ('Jo Li covers the county
    for the Portvale Chronicle.', as `bio_employer` reads it in the page's last lines) or
    before the post ('Jo Li is a Portvale Chronicle reporter covering ...')."""
    found = [m.group("org") for m in _EMPLOYER.finditer(sentence)][-1:]
    post = _PAPERS_POST.search(sentence)
    if post is not None:
        found.append(post.group("org"))  # ('is a Queensland political reporter for X': X)
    for org in found:
        # ('... for Portvale Times.Connect via email': the author box's link glued on)
        paper = paper_outlet(_GLUED_LINK.split(org, 1)[0].rstrip("."))
        # (a one-word short name, 'for The Times', is the page's own: `own_name` reads it)
        if paper is not None and " " in paper.removeprefix("The "):
            return paper
    return None


# 'is a Portvale Chronicle reporter', 'is the Valley Courier's' (that one `_POSSESSIVE_EMPLOYER`)
_PAPERS_POST: Final = re.compile(
    r"\bis (?:a|an|the) (?P<org>(?:The )?[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,4}) (?:[a-z]+ )?"
    r"(?:reporter|writer|correspondent|columnist|journalist)\b"
)
# A full stop between a lower-case letter and a capitalised word: two texts run together.
_GLUED_LINK: Final = re.compile(r"(?<=[a-z])\.(?=[A-Z][a-z])")


# 'Jo Li is the Portvale Courier's city hall reporter.': the employer in the possessive.
_POSSESSIVE_EMPLOYER: Final = re.compile(
    r"\bis (?:the )?(?P<org>(?:The )?[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,4})['’]s? "
)


def _possessive_paper(sentence: str) -> str | None:
    """A paper the table lacks that a bio names as its reporter's employer in the possessive
    (the table's organisations are `_bio_organisation`'s)."""
    match = _POSSESSIVE_EMPLOYER.search(sentence) if "'" in sentence or "’" in sentence else None
    return paper_outlet(match.group("org")) if match is not None else None


def _bio_organisation(sentence: str) -> str | None:
    """The first organisation a bio's sentence names: the table's, unless its alias runs on
    into a paper's name the table lacks ('for the Sun Herald' names no Sun)."""
    for start, end, canonical in organisations().find(sentence):
        # (the alias may hold the article: 'the Sun' of The Sun)
        run = _CAPITALISED_RUN.match(sentence, start + 4 * (sentence[start : start + 4] in _THE))
        if run is None or run.end() <= end:
            return canonical
        # (a sub-brand's words stay the organisation's: 'BBC World Service')
        return paper_outlet(run.group()) or canonical
    return None


_THE: Final = frozenset({"the ", "The "})
_CAPITALISED_RUN: Final = re.compile(r"[A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*)*")


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
        if not any(whole_word(story, w) >= 0 for w in name.split()):
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
        places = word_places(text, name)
        if any(_GUEST_BEFORE.search(text, max(0, at - 66), at) for at in places):
            continue  # 'our guests today, Jo Li and ...'
        for match in _owners_before(text, name, places):
            outlet = _longest_known_tail(match.group("org"))
            if outlet:
                found.append((outlet, name))
                break
    return found


# Before a speaker's name: `\bguests?\b[^.!?\n]{0,60}` (66 characters at most), ending there.
_GUEST_BEFORE: Final = re.compile(r"\bguests?\b[^.!?\n]{0,60}\Z")
# Before a speaker's name: the organisation whose person it is ('CBS News' correspondent ').
_OWNER_BEFORE: Final = re.compile(
    r"(?P<org>[A-Z][\w.&-]*+(?: [A-Z][\w.&-]*+){0,3}+)['’]s? (?:[a-z]++ ){0,3}+\Z"
)


def _owners_before(text: str, name: str, places: list[int]) -> list[re.Match[str]]:
    """The matches `re.finditer(_OWNER_BEFORE.pattern[:-2] + rf"{name}\b", text)` gives,
    without a pattern per name: at each place of the name, the leftmost owner ending there,
    not overlapping the match before."""
    found: list[re.Match[str]] = []
    done = 0
    for at in places:
        if at < done:
            continue
        match = _OWNER_BEFORE.search(text, done, at)
        if match is not None:
            found.append(match)
            done = at + len(name)
    return found


def _longest_known_tail(phrase: str) -> str | None:
    """The organisation that the longest known tail of a capitalised phrase names ('On
    Monday CBS News' gives CBS News)."""
    words = phrase.split()
    return next(
        (c for i in range(len(words)) if (c := organisations().lookup(" ".join(words[i:])))),
        None,
    )
