"""Reading a byline: the people ('By Jo Li and Kim Bo', 'JO LI', 'Jo Li | Reuters') and the
organisations ('Jo Li, Associated Press') it names, without its stamps, job titles, read times,
contacts and 'filed from' notes. Which lines are bylines is decided in `roles_bylines`; the
reporters a story names elsewhere (closing credits, attributions, bios) in `attribution`."""

from __future__ import annotations

import functools
import re
from typing import Final

from pipeline.parse.knowledge import institutions, is_place, newspaper_words, organisations
from pipeline.parse.names import (
    PARTICLES,
    opens_with_given_name,
    people,
    person_name,
    title_case,
    without_organisations,
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
    # ('WRITER: AFP', the Bangkok Post's, in capitals: 'REPORTER:' speaks in a transcript)
    r"(?-i:Reporters?|Correspondents?|Writers?|WRITERS?|Words|Text)(?=\s*:)|"
    # ('Words and photos: Jo Li', 'Text and pictures: Jo Li': the reporter took the photos)
    r"(?-i:(?:Words|Text|Story) and (?:photos|pictures|images))(?=\s*:)|"
    # ('Reporter Jo Li' under the headline, Korean papers' English editions: the post, no colon)
    r"(?-i:Reporter(?= [A-Z][a-z]+(?:[ -][A-Z]?[a-z]+){1,2}$))|"
    r"[—–-]?\s*(?:additional )?reporting by|"
    # ('Contributions from Jo Li' under the byline, Future plc's sites: a second reporter)
    r"(?:with )?(?:additional )?contributions (?:from|by)"
)


# A line that opens as a byline. 'From' opens one only with a possessive ('From CNN's Jeff
# Zeleny') or a name and the place filed from, nothing more ('From Jo Li in Oslo', a live
# blog's post), not a headline ('From Kitchen Table in Ohio to Congress').
BYLINE_START: Final = re.compile(
    rf"(?i)^(?:{BYLINE_LEADS})\s*:?\s+\S|^From\s+[^,]{{2,40}}['’]s\s"
    r"|^(?-i:From (?=[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2} "
    r"in [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}$)\S)"
)


# ('ByJo Li': a page that drops the space after 'By', before a capitalised name)
_BY_LEAD: Final = re.compile(rf"(?i)^(?:from|{BYLINE_LEADS})\s*:?\s+|^(?-i:By(?=[A-Z][a-z]))")


# 'Reporting by A; Editing by B': editors, designers and photographers are no reporters.
_NOT_REPORTING: Final = re.compile(
    r"(?i)[;,]?\s*\b(?:editing|edited|graphics|design|photos?) by\b.*$"
)


_BYLINE_SEPARATORS: Final = re.compile(r"\s+[—–~-]+\s+|\s{2,}|\s*[•·]\s*")


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
    r"\s+(?:contact|staff|senior|political|chief)\s+|\s+(?=contributor\b)|"
    # 'Jo Li Globe Staff': the paper's short name before 'Staff', without a comma
    r"\s+(?-i:[A-Z][a-z]+)\s+(?=(?-i:Staff)\b))"
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


# The organisations' kinds that publish news (not photo agencies, platforms, institutions).
NEWS_KINDS: Final = frozenset({"wire", "newspaper", "broadcaster"})


def _outlets_after_stamp(tail: str) -> list[str]:
    """The news outlets of the table standing whole between bars after a byline's date stamp
    (a photo agency there credits a picture, not the story)."""
    found = [organisations().lookup(part.strip()) for part in tail.split("|")[1:]]
    kinds = organisations().kinds
    return [o for o in found if o and kinds.get(o) in NEWS_KINDS]


def without_stamp(text: str) -> str:
    """`_STAMP.sub("", text)`: the text up to a date stamp ('..., USA TODAY Published 9:55
    p.m. ET'), skipping the scan where no stamp can start."""
    if text.isascii() and not _STAMP_CORE.search(text.lower()):
        return text
    return _STAMP.sub("", text)


def without_job_tail(text: str) -> str:
    """`JOB_TAIL.sub("", text)`, skipping the scan where no job word stands."""
    return _without_post(JOB_TAIL, _JOB_WORDS, text)


# The words a post's name is made of before its job word ('Trainee Court Reporter', 'Local
# Democracy Reporter', 'Senior Business Correspondent'), case-folded: what tells the post from
# a surname when no comma or bar sets them apart.
_POST_WORDS: Final = frozenset(
    """trainee court courts senior junior chief deputy assistant associate political politics
    business health crime education sport sports local digital news investigative
    investigations data community consumer environment environmental climate science
    technology tech transport property affairs home foreign world international national
    regional city county state metro breaking features feature lifestyle entertainment
    culture arts food travel video multimedia audio weather legal economics economy
    finance financial markets money energy agriculture farming rural parliamentary social
    media public global general lead principal managing executive contributing staff
    special freelance content contact trends shopping audience engagement live democracy
    royal motoring football cricket rugby music film tv showbiz celebrity""".split()  # noqa: SIM905
)


def _without_post_tail(text: str) -> str:
    """The name without the post after it: 'Jo Li, Senior Reporter', 'Jo Li Court Reporter'."""
    if text.endswith(_GLUED_POSTS):
        text = _GLUED_POST.sub(" ", text)  # 'Jo LiReporter': a template's missing space
    last = text.rpartition(" ")[2]
    if last[:3].isupper() and not last.isupper() and " " in text:
        # 'Jo Li FOXBusiness': a brand in capitals run into a word after the name, no name's
        text = _BRAND_AFTER_NAME.sub("", text)
    bare = without_job_tail(text)
    if bare != text and (" " not in bare.strip() or _paper_short_name(bare.rpartition(" ")[2])):
        # 'Jo Li Staff Writer': the surname is no paper's short name ('Globe Staff'); 'Jo Li
        # SUN Staff Writer': the paper's short name before the post comes off with it
        named = name_then_post(text)
        if named is not None:
            return named
    return name_then_post(bare) or bare


def name_then_post(text: str) -> str | None:
    """'Ellie Brannigan Trainee Court Reporter': a name, then its post without a separator
    (Reach's papers); the name, or None. The post may open with the paper's short name
    ('Jo Li Spectator Reporter', 'Jo Li SUN Staff Writer') after a given name of the table."""
    words = text.split()
    if len(words) < 3 or words[-1].lower().rstrip("s") not in _JOB_WORDS:
        return None
    for size in (2, 3):
        post = words[size:-1]
        if post and size == 2 and _paper_short_name(post[0]) and opens_with_given_name(text):
            post = post[1:]
        if len(words) > size and all(w.casefold() in _POST_WORDS for w in post):
            name = " ".join(words[:size])
            person = person_name(name)  # ('JO LI Staff Writer': the name in capitals)
            return person if person is not None and person == title_case(name) else None
    return None


_BRAND_AFTER_NAME: Final = re.compile(r" [A-Z]{2,}[A-Z][a-z]+$")
_GLUED_POSTS: Final = ("Reporter", "Correspondent", "Writer", "Editor", "Columnist")
_GLUED_POST: Final = re.compile(
    r"(?<=[a-z])(?=(?:Reporter|Correspondent|Writer|Editor|Columnist)$)"
)


def _paper_short_name(word: str) -> bool:
    """'Spectator', 'SUN': one capitalised word that names newspapers (data)."""
    return word[:1].isupper() and word.casefold() in newspaper_words()


def _without_post(pattern: re.Pattern[str], words: tuple[str, ...], text: str) -> str:
    """`pattern.sub("", text)`, skipping the scan of an ASCII text without one of the words
    every match holds (case-insensitively)."""
    if text.isascii():
        low = text.lower()
        if not any(map(low.__contains__, words)):
            return text
    return pattern.sub("", text)


# A post before the name ('By ITV News Deputy Political Editor Jo Li', 'By political editor
# Jo Li', once the organisation is off): the words up to the job word, where a part of the
# byline opens and a capitalised name follows.
_HEAD_POSTS: Final = (
    "reporter",
    "writer",
    "editor",
    "correspondent",
    "columnist",
    "producer",
    "journalist",
    "anchor",
)
JOB_HEAD: Final = re.compile(
    rf"(?:^|(?<=[|,]))\s*(?:[A-Za-z-]+ ){{0,3}}?(?i:{'|'.join(_HEAD_POSTS)})s?\s+(?=[A-Z][a-z])"
)


def without_job_head(text: str) -> str:
    """`JOB_HEAD.sub("", text)`, skipping the scan where no post word stands."""
    return _without_post(JOB_HEAD, _HEAD_POSTS, text)


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


# A post closing one name of a byline before the next ('..., Senior Reporter and Kim Bo').
_POST_AND: Final = re.compile(
    r"(?i)\b((?:reporter|writer|editor|correspondent|journalist|columnist|producer)s?)"
    r" and (?=[A-Z])"
)
# The bureau and the post in brackets after the name: 'Jo Li (Marseille, correspondent)'.
_PAREN_POST: Final = re.compile(
    r"(?i)\s*\((?:[A-Z][\w .'’-]{0,40},\s*)?(?:special |staff |senior )?"
    r"(?:correspondent|reporter|envoy|writer|journalist)\)"
)
# A follow button after each name, as a scrape of the Journal's byline keeps it.
_FOLLOW_BUTTON: Final = re.compile(r" Follow(?= and | & |,|$)")
# An author box's links after the name: 'Jo Li About | Email | Archive', 'Jo Li Email Bio'.
AUTHOR_BOX_TAIL: Final = re.compile(
    r"(?:\s*\|?\s+(?:About|Email|Archive|Bio|Follow|Contact)\b){2,}+\s*$"
)


DASH_BY: Final = re.compile(r"\s[—–-]\s+By\s+")


_GLUED_DATELINE: Final = re.compile(r"\s(?=[A-Z]{2,}[^a-z(]{0,40}\([^()]{1,30}\)\s*[-—–])")


_AFFILIATION: Final = re.compile(r"\s+(?:of|via)\s[^,;&|]*?(?=\s+and\s|[,;&|]|$)")


# 'Jo Li in London and Kim Bo in Kyiv': where each reporter filed from, up to the next list
# separator (a place: a capital after 'in').
FILED_FROM: Final = re.compile(r"\s+in\s+(?=[A-Z])[^,;&|]*?(?=\s+and\s|[,;&|]|$)")


# An e-mail address or a social-media handle after a byline's name ('Jo Li jo.li@example.com',
# 'Jo Li @joli'): a way to reach the reporter, cut off like a list separator.
CONTACT: Final = re.compile(r"(?<![\w.+-])\(?[\w.+-]*+@[\w-]++(?:\.[\w-]++)*+\)?")


def without_contacts(text: str) -> str:
    """The text with e-mail addresses and @handles replaced by a list separator, and a
    contact link's label after a name taken out ('By Jo Li (contact)')."""
    if text.endswith(")") and "(" in text:
        text = _CONTACT_LABEL.sub("", text)
    return CONTACT.sub(" , ", text) if "@" in text else text


# The label of a link to the reporter's contact page or profile, after the name.
_CONTACT_LABEL: Final = re.compile(r"(?i)\s*\((?:contact|email|e-mail|bio|profile)\)")


def byline_people(line: str) -> tuple[list[str], list[str]]:
    """People and organisations named by a byline line."""
    names, orgs = _byline_people(_hyphenated(line))
    return list(names), list(orgs)


# An en dash between two letters joins a word as a hyphen does ('THE FREE LANCE–STAR').
_WORD_DASH: Final = re.compile(r"(?<=[^\W\d_])–(?=[^\W\d_])")


def _hyphenated(line: str) -> str:
    """The line with en dashes inside words as hyphens, as names and papers are read."""
    return _WORD_DASH.sub("-", line) if "–" in line else line


@functools.lru_cache(maxsize=256)
def _byline_people(line: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """`byline_people`, remembered within one article: several line rules and the field
    extraction ask about the same line. The parser empties it per article
    (`forget_bylines`), so a benchmark that repeats articles gains nothing from it."""
    names, orgs = _read_byline(line)
    # ('SE Report', 'By TC Report': a paper's initials signing its staff's story, no person)
    names = [n for n in names if not _DESK_TAG.fullmatch(n)]
    return tuple(names), tuple(orgs)


_DESK_TAG: Final = re.compile(r"[A-Z]{2,5} (?:Reports?|Desk|Bureau)")


def forget_bylines() -> None:
    _byline_people.cache_clear()


# 'Reporting by Jo Li, additional reporting by Kim Bo': a second part of the credit, whose
# lead separates its names from the first part's like a comma.
# A lawmaker's party and state, or a retired officer's mark, after the name: '(D-Ohio)',
# '(R-N.Y.)', '(Ret.)'.
_PARTY: Final = re.compile(r"\s*\((?:(?:[DRI]|Ind)-[A-Z][\w.]*(?: [A-Z][\w.]*)?|[Rr]et\.?)\)")


_BRACKETED_TAG: Final = re.compile(r"\s*\((?:[A-Z][\w&.'’-]*)(?: [A-Z][\w&.'’-]*){0,3}\)$")
_MORE_REPORTING: Final = re.compile(r"(?i)\s*[,;]?\s*(?:\band\s+)?\badditional reporting by\s+")


# A possessive's rest left over from the byline's organisation ("CBS News' Jo Li" without it),
# and a job in lower case after the names ('Jo Li and Kim Bo, opinion contributors').
_POSSESSIVE_LEAD: Final = re.compile(r"(?i)^(?:['’]s)\s+")
_LOWER_CASE_TAIL: Final = re.compile(r",\s*[a-z][a-z ]+$")


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
    if text[1:2].isupper() and text.endswith(_STAFF_ENDS):
        # 'By JO LI Portvale Daily News Staff': a name in capitals run into its paper's staff
        staffed = glued_paper(_STAFF_END.sub("", text))
        if staffed is not None:
            staff_org = organisations().lookup(staffed[1]) or staffed[1]
            return [staffed[0]], [*head_orgs, staff_org]
    if text.rstrip().endswith(STAFF_POSTS) and (staff := staff_paper(text)) is not None:
        # ('By Portvale Daily News Staff': the paper's staff whole, before 'News Staff' comes
        # off as a post and leaves 'Portvale Daily')
        return [], [*head_orgs, staff]
    site_staff = _STAFF_OF_SITE.fullmatch(text.strip())
    if site_staff is not None:  # ('By KSL.com Staff': the site signs, no person)
        return [], [*head_orgs, organisations().lookup(site_staff["site"]) or site_staff["site"]]
    stamped = without_stamp(text)
    if len(stamped) < len(text) and "|" in text[len(stamped) :]:
        # 'By Jo Li on March 3, 2025 | WRAL': a news outlet of the table after the stamp
        head_orgs += _outlets_after_stamp(text[len(stamped) :])
    text, clients = without_client(stamped)
    text = _without_stations(text)
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
    # after the organisations: ' | Deputy Political Editor Jo Li', ', CNN Editor-at-large'
    if "(" in text:
        text = _PAREN_POST.sub("", text)  # 'Jo Li (Marseille, correspondent)', Le Monde's
    if " and " in text:
        # 'Jo Li, Senior Reporter and Kim Bo, News Reporter': each name with its post
        parts = _POST_AND.sub(r"\1 && ", text).split(" && ")
        text = " and ".join(_without_post_tail(without_job_head(p)) for p in parts)
    else:
        text = _without_post_tail(without_job_head(text))
    if "(" in text:
        text = _PARTY.sub("", text)  # 'Sen. Jo Li (D-Ohio)', 'Gen. Jo Li (Ret.)'
        # 'By Jo Li (OPB)': the reporter's station or paper, one the table lacks, in brackets
        # after the names (the page's own name: `own_name.byline_part`)
        text = _BRACKETED_TAG.sub("", text)
    text = AUTHOR_BOX_TAIL.sub("", text)
    if " Follow" in text:
        text = _FOLLOW_BUTTON.sub("", text)  # 'By Jo Li Follow and Kim Bo Follow'
    if " of " in text or " via " in text:
        # 'Jo Li and Kim Bo of Acme Research', 'Jo Li via Example.com,': an affiliation or
        # the site a column first ran on, up to the next list separator.
        text = _AFFILIATION.sub("", text)
    if " in " in text:
        text = FILED_FROM.sub("", text)
    text = _POSSESSIVE_LEAD.sub("", text.strip(" |,"))
    # 'John Bird and John Hannah, opinion contributors': drop the trailing job description.
    text = _LOWER_CASE_TAIL.sub("", text)
    listed = _glued_after_list(text) if " and " in text else None
    if listed is not None:
        text = listed[0]  # 'By Jo Li and Kim Bo The Portvale Review': the paper comes off
    # ('By Portvale Today': a paper the table lacks signs the story, no person)
    found = [name for name in people(text) if not unknown_paper(name) and staff_paper(name) is None]
    if not found and " " in text:
        glued = glued_paper(text)
        if glued is not None:
            found = [glued[0]]  # 'By Jo Li Portvale Times-Dispatch': the name, then its paper
        elif not orgs and (paper := staff_paper(text) or paper_outlet(text)):
            # 'By Portvale Today' alone: an organisation byline ('By The Citizen Reporter': the
            # paper's staff)
            orgs = [paper]
    elif not found and not orgs and (paper := station_outlet(text)):
        orgs = [paper]  # 'By KPVL': one word, a station's call letters
    return found, [*head_orgs, *(o for o in orgs if o not in head_orgs)]


# 'By WSB-TV.com News Staff', 'KSL.com Staff': a site's staff, signed with the site's address.
_STAFF_OF_SITE: Final = re.compile(
    r"(?:[Bb]y:? )?(?P<site>[A-Za-z0-9][\w-]*(?:\.[\w-]+)*\.(?:com|net|org|news|[a-z]{2}))"
    r" (?:(?:News|Digital|Web|Online) )?(?:[Ss]taff|STAFF|Newsroom)(?: [Rr]eports?| [Ww]riters?)?"
)


_STAFF_ENDS: Final = (" Staff", " Staff Writer", " Staff Reporter")
_STAFF_END: Final = re.compile(r" Staff(?: Writer| Reporter)?$")


def glued_paper(text: str) -> tuple[str, str] | None:
    """(name, paper) for a person's name run into a paper's name without a separator ('Jo Li
    Portvale Times-Dispatch', as some papers' templates print the byline): the paper two to
    five capitalised words ending in a word that names newspapers (data); the name may be set
    in capitals ('JO LI Portvale Herald-Republic')."""
    words = text.strip(" ,|").split()
    if len(words) < 3 or not ends_in_paper_word(words[-1]):
        return None  # most lines: no paper's word at the end
    # (a paper of one hyphenated word of two paper's words: 'Jo Li Herald-Whig')
    least = 1 if ends_in_paper_word(words[-1].partition("-")[0]) and "-" in words[-1] else 2
    for k in range(min(5, len(words) - 2), least - 1, -1):
        head, tail = " ".join(words[:-k]), " ".join(words[-k:])
        name = title_case(head) if head.isupper() else head
        paper = unknown_paper(tail) if k > 1 else tail[:1].isupper()
        if tail[:1].isupper() and paper and person_name(name) == name:
            return name, tail
    return None


def _glued_after_list(text: str) -> tuple[str, str] | None:
    """(the names, paper) for a list of names whose last runs into a paper's name ('Jo Li and
    Kim Bo The Portvale Review'): `glued_paper` on the list's last name."""
    head, _, last = text.rpartition(" and ")
    glued = glued_paper(last)
    if glued is None or not head:
        return None
    return f"{head} and {glued[0]}", glued[1]


# A broadcaster's name, then more capitalised words or a number, as one part of a byline:
# 'NBC Bay Area', 'ABC Riverina', 'ABC News 4', 'NBC Chicago Staff'.
_STATION_PART: Final = re.compile(
    r"(?:^|(?<=[,|]))\s*(?P<name>[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*)*(?: \d{1,3})?)\s*(?=[,|]|$)"
)
_NETWORK_TAIL: Final = re.compile(r"(?: (?:[A-Z][\w&.'’-]*|\d{1,3})){1,3}")
_NOT_A_STATION: Final = frozenset(["Staff", "Wire", "Wires", "News", "Staff Report"])
_JOB_WORD: Final = re.compile(
    r"\b(?:Correspondent|Reporter|Editor|Writer|Producer|Contributor|Anchor|Analyst|Columnist|"
    r"Host|Staff Writer)s?\b"
)


def _without_stations(text: str) -> str:
    """The byline without a local station's or a regional desk's name ('By Jo Li, NBC Bay
    Area'): its network's name opens it, but the rest is no person and the network did not
    make the story; the part comes off whole, naming no one and no outlet."""
    if "," not in text and "|" not in text:
        return text
    orgs = organisations()
    for match in reversed(list(_STATION_PART.finditer(text))):
        name = match.group("name")
        found = orgs.find(name)
        if len(found) != 1 or found[0][0] != 0 or orgs.kinds.get(found[0][2]) != "broadcaster":
            continue
        tail = name[found[0][1] :]
        if (
            _NETWORK_TAIL.fullmatch(tail)
            and tail.strip() not in _NOT_A_STATION
            and not _JOB_WORD.search(tail)
        ):
            text = text[: match.start("name")] + text[match.end("name") :]
    return text


# 'By Jo Li for The Portvale Courier', 'By JO LI FOR DAILYMAIL.COM', 'Jo Li and Kim Bo for
# The Guardian': the client a reporter (often a freelancer) wrote for, after the names.
# A wire service by its name ('City News Service', 'Portvale News Agency', 'Valley Press
# Service').
NEWS_SERVICE: Final = re.compile(
    r"(?:The )?[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3} "
    r"(?:News Service|News Agency|Newswire|Press Service|Press Agency)"
)
_CLIENT: Final = re.compile(
    r"(?<=\S)\s+(?:for|For|FOR)\s+(?P<org>(?:the |The |THE )?[A-Z][\w&.'’-]*"
    r"(?: (?:[A-Z][\w&.'’-]*|of|and|&)){0,5}|"
    # ('By Jo Li | For portvalelive.com': a site by its address, Advance Local's)
    r"[a-z][\w-]*(?:\.[\w-]+)*\.(?:com|net|org))(?=\s*(?:[,;|]|$))"
)


def without_client(text: str) -> tuple[str, list[str]]:
    """The byline without the organisations its reporters wrote 'for', and those
    organisations as written (the caller decides what a known or unknown one means)."""
    if " for " not in text and " For " not in text and " FOR " not in text:
        return text, []  # most lines, before the pattern
    clients = [match.group("org") for match in _CLIENT.finditer(text)]
    return (_CLIENT.sub("", text), clients) if clients else (text, [])


def ends_in_paper_word(text: str) -> bool:
    """Whether the text's last word (or the last part of a hyphenated one, 'Times-Dispatch',
    or of one written in camel case, 'StarNews') names newspapers (data): a cheap test before
    the readings of a paper's name."""
    whole = text.rpartition(" ")[2]
    head, _, last = whole.rpartition("-")
    words = newspaper_words()
    if last.casefold() in words:
        return True
    if len(head) >= 5 and last[:1].isupper() and head.casefold() in words:
        return True  # 'Leader-Call': a paper's word, then the hyphen (not 'Sun-Hee', a name)
    # (most words hold no capital after their first letter: a cheap test before the search)
    camel = len(last) > 5 and not last[1:].islower() and not last.isupper()
    glued = _CAMEL_CUT.search(last) if camel else None
    return glued is not None and last[glued.end() :].casefold() in words


# Where a word written in camel case starts its last part ('Star|News', 'Star|Phoenix').
_CAMEL_CUT: Final = re.compile(r"[a-z](?=[A-Z][a-z]+$)")


def unknown_paper(text: str) -> bool:
    """'Portvale Courier', 'Lenn Valley Gazette', 'Portvale American-Statesman': two to five
    capitalised words ending in a word that names newspapers (data), after a byline's names;
    it would pass for a person."""
    words = text.split()
    if len(words) == 1:
        # ('GuelphToday', 'StarNews': a place's name run into a paper's word, in camel case)
        word = words[0]
        if "-" in word:
            # ('Telegraph-Journal', 'Post-Gazette': two papers' words joined, a paper's name)
            parts = word.split("-")
            return len(parts) == 2 and all(
                p[:1].isupper() and p.isalpha() and p.casefold() in newspaper_words() for p in parts
            )
        if word[1:].islower() or not word[:1].isupper() or not word.isalpha():
            return False  # (most words: no capital after the first letter, no camel case)
        camel = _CAMEL_CUT.search(word)
        return (
            camel is not None
            and camel.start() >= 1
            and word[camel.end() :].casefold() in (newspaper_words())
        )
    return (
        2 <= len(words) <= 5
        and all(w[:1].isupper() or w in ("of", "and", "&") for w in words)
        and ends_in_paper_word(words[-1])
    )


def paper_outlet(text: str) -> str | None:
    """A newspaper the organisations table lacks, named whole ('The Portvale Courier'), or a
    station by its call letters ('KPVL News'), as an outlet: the name as written, since the
    table has no canonical one for it. A known organisation is left to the table's lookup,
    and anything else is no paper."""
    name = text.strip(" ,;:|.–—-")
    if (station := station_outlet(name)) is not None:
        return station
    if not unknown_paper(name) or organisations().lookup(name) is not None:
        return None
    if name[1:2].isupper() and name.split(" ", 1)[0].isupper() and not name.isupper():
        return None  # 'JO LI Daily': a name in capitals run into a paper's word, no paper
    if " The " in name:
        return None  # 'Jo Li The Portvale Eagle': a photographer's credit, the paper after it
    if (of := _OF.search(name)) is not None and person_name(name[: of.start()]) is not None:
        return None  # 'Jo Li of Portvale Courier': a reporter and her paper (`byline_paper`)
    if ": " in name or ", " in name:
        return None  # 'Categories: Health, Local News': a label and its list, no paper's name
    if "/" in name or (
        (_JOB_WORD.search(name) or name.endswith(_GLUED_POSTS)) and not name.startswith("The ")
    ):
        # 'Senior Media Reporter' is a post ('The Portvale Reporter' a paper), and so is 'Jo
        # LiReporter'
        return None
    if section_news(name):
        return None
    return name


def station_outlet(name: str) -> str | None:
    """A broadcaster named by North American call letters, maybe with its band, channel, 'News'
    or web address ('KPVL', 'KPVL-TV', 'KPVL 5 News', 'KPVL.com'): as written, or the table's
    name for the letters ('WFLA' for 'WFLA-TV'); None for a name the table holds whole, and
    for an institution's initials ('WHO', 'CDC')."""
    match = _STATION_NAME.fullmatch(name) if name[:1] in "KWC" else None
    if match is None or organisations().lookup(name) is not None:
        return None
    letters = match["letters"]
    if letters.casefold() in institutions() or letters in _NO_STATION:
        return None
    return organisations().lookup(letters) or name


# Call letters (K or W in the United States, C in Canada) and the band after a hyphen
# ('KARE-TV', 'WTOP-FM'); `outlet_cues` reads a dateline's tag with them too.
STATION_LETTERS: Final = r"[KWC][A-Z]{2,3}"
STATION_BANDS: Final = ("-TV", "-DT", "-FM", "-AM", "-CD", "-LD")
# The letters, then what a station adds to them: band, channel, 'News', web address.
_STATION_NAME: Final = re.compile(
    rf"(?P<letters>{STATION_LETTERS})(?:-(?:{'|'.join(b[1:] for b in STATION_BANDS)}))?"
    r"(?: \d{1,2})?(?: News)?(?:\.com)?"
)
# Capitals of that shape that are words, no station's letters ('WATCH' is longer).
_NO_STATION: Final = frozenset(
    {"WHAT", "WHEN", "WHO", "WHY", "WITH", "WILL", "WAR", "WAS", "WEB", "WEEK", "WEST", "WIN"}
    | {"CAN", "CAR", "CASH", "CITY", "CLUB", "COLD", "COP", "COST", "CEO", "CFO", "COO", "CTO"}
    | {"KEY", "KIDS", "KING", "KILL", "CALL", "CARE", "CASE", "CORE", "CPU", "CPI", "KKK"}
)


def without_tagline(text: str) -> str:
    """A masthead's name without the tagline after a bar or a spaced dash ('Valley Courier —
    Portvale's paper since 1901')."""
    return _TAGLINE.split(text, maxsplit=1)[0] if " " in text else text


_TAGLINE: Final = re.compile(r" [|–—] ")


# The posts that end such a line, for a cheap test before the pattern.
STAFF_POSTS: Final = (
    *("Reporter", "Correspondent", "Writer", "Reporters", "Correspondents", "Writers"),
    *("REPORTER", "CORRESPONDENT", "WRITER", "Staff", "staff", "STAFF"),
    *("reporter", "correspondent", "writer", "reporters", "correspondents", "writers"),
)
# 'Herald Reporter', 'Portvale Courier Correspondent': a paper's staff signing without names.
_STAFF_OF_PAPER: Final = re.compile(
    r"(?:[Bb]y:? )?(?:The |THE )?(?P<paper>[A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*){0,3}?) "
    r"(?:(?:[Ss]taff |STAFF )?(?:Reporter|Correspondent|Writer|REPORTER|CORRESPONDENT|WRITER)s?|"
    # ('The Portvale Post staff writer', 'Jo Li, KPVL reporter': the post in lower case)
    r"(?:[Ss]taff )?(?:reporter|correspondent|writer)s?|"
    # ('By Sofia Globe staff', 'Portvale Today Newsroom', 'Observer Report': the desk's)
    r"[Ss]taff|STAFF|Newsroom|News Desk|Newsdesk|Report)"
)


def staff_paper(line: str) -> str | None:
    """The paper whose unnamed staff signs a line like 'Herald Reporter' (its last word names
    newspapers, data), as written; a known organisation's canonical name."""
    if len(line) > 60:
        return None
    text = line.strip()
    match = _STAFF_OF_PAPER.fullmatch(text)
    if match is None:
        return None
    paper = match.group("paper")
    if len(paper) > 3 and (station := station_outlet(paper)):
        # ('KPVL-TV Staff', 'Jo Li, KPVL staff writer': a station's; three letters alone, 'By
        # KTB Reporter', are as often another body's initials)
        return station
    if not ends_in_paper_word(paper) or section_news(paper):
        return None  # ('News Reporter', 'Business News Reporter': a desk's post)
    at = match.start("paper")
    named_the = at > 0 and "he " in text[:at]
    words = paper.split()
    # (a name in capitals before the paper's, 'By JO LI Tribune Staff Reporter')
    caps_name = (
        len(words) >= 3 and words[0].isupper() and words[1].isupper() and not paper.isupper()
    )
    if (caps_name or opens_with_given_name(paper)) and not named_the:
        return None  # 'By Jo Li Globe Staff', 'By Jo Li Spectator Reporter': a name, its post
    if " " not in paper and line.rstrip().endswith(("staff", "Staff", "STAFF")):
        return None  # 'Times staff', 'Monitor staff': a short name, left to `own_name`
    known = organisations().lookup(paper)
    if known is None and len(words) == 3 and not named_the:
        head = f"{words[0]} {words[1]}"
        if person_name(head) == head and not is_place(head):
            return None  # 'By Wren Talbot Chronicle Staff Writer': a name the table lacks
    return known or (text[at - 4 : at] + paper if named_the else paper)  # ('The ' as written)


# Words that make a section of a news site's menu with 'News' ('Local News', 'World News').
SECTION_WORDS: Final = frozenset(
    {"local", "world", "national", "international", "breaking", "latest", "top", "business"}
    | {"regional", "community", "sports", "sport", "political", "entertainment", "health"}
    | {"science", "tech", "technology", "weather", "crime", "education", "arts", "global"}
)


def section_news(name: str) -> bool:
    """'News', 'India News', 'Local News': a section's label as often as a paper's name."""
    return name.count(" ") <= 1 and name.rpartition(" ")[2] == "News"  # ('StarNews' a paper)


# The parts of a byline after its names: list separators, wide gaps, bullets, spaced dashes.
_BYLINE_PARTS: Final = re.compile(r"\s*[,|;•·]\s*|\s+[—–~/-]+\s+|\s{2,}")


def byline_paper(line: str) -> str | None:
    """The paper a byline names that the organisations table lacks: a part after the names
    ('By Jo Li | jli@example.com | Portvale Sun Sentinel') or the client a reporter wrote
    for ('Jo Li for The Portvale Courier'). `byline_people` drops such a part as no person;
    the field extraction takes it as the outlet the byline names."""
    text = without_contacts(_hyphenated(line.strip()))
    for client in without_client(text)[1]:
        if client[:1].islower() and organisations().lookup(client) is None:
            return client  # ('For portvalelive.com': the site's address)
        paper = paper_outlet(client)
        if paper is not None:
            return paper
    parts = _BYLINE_PARTS.split(text)
    lead = _BY_LEAD.sub("", parts[0])
    if (affiliated := _affiliation_paper(lead)) is not None:
        return affiliated  # 'By Jo Li of The Portvale Post', 'By Jo Li (KPVL)'
    # 'By Jo Li Portvale Times-Dispatch': a name run into its paper's (also after a list of
    # names: 'By Jo Li and Kim Bo The Portvale Review')
    glued = glued_paper(lead) if lead.count(" ") >= 2 else None
    if glued is None and " and " in lead:
        glued = _glued_after_list(lead)
    if glued is not None and " " not in glued[1]:
        # ('By Jo Li Herald-Whig': a paper by one hyphenated word the table lacks)
        return glued[1] if organisations().lookup(glued[1]) is None else None
    if glued is not None:
        return paper_outlet(glued[1])
    if lead != parts[0] and (paper := staff_paper(lead) or paper_outlet(lead)):
        return paper  # 'By Portvale Today': the paper alone
    if lead != parts[0] and len(parts) == 1 and NEWS_SERVICE.fullmatch(lead.rstrip(".")):
        return lead.rstrip(".")  # 'By City News Service': a wire the table lacks
    if lead == parts[0] and len(parts) > 1 and (paper := paper_outlet(lead.rstrip("."))):
        return paper  # 'THE PORTVALE AGE. | JO LI': the paper, then its reporter
    for part in parts[1:]:
        if part is parts[-1] and (affiliated := _affiliation_paper(part)) is not None:
            return affiliated  # 'By Jo Li, Kim Bo and Ann Wu of the Portvale Post'
        listed = _glued_after_list(part) if " and " in part else None
        paper = paper_outlet(listed[1] if listed else part)
        if paper is None and part.endswith(STAFF_POSTS):
            paper = staff_paper(part)  # 'Jo Li, The Portvale Post staff writer'
        if paper is not None:
            return paper
        if _SITE_OR_CALL_NEWS.fullmatch(part) and organisations().lookup(part) is None:
            return part  # 'By Jo Li, portvale.com', 'By Jo Li, KPVN News': the site's own name
        if NEWS_SERVICE.fullmatch(part) and organisations().lookup(part) is None:
            return part  # 'Jo Li | Portvale News Agency': a wire the table lacks
    return None


_OF: Final = re.compile(r" (?:of|OF)(?: the| THE)? ")


def _affiliation_paper(lead: str) -> str | None:
    """The paper after the names, joined by 'of' or in brackets ('Jo Li of the Portvale
    Courier', 'Jo Li and Kim Bo (KPVL)'), as `byline_people` drops it."""
    if (of := _OF.search(lead)) is not None:
        who, org = lead[: of.start()], lead[of.end() :]
    elif lead.endswith(")") and " (" in lead:
        who, org = lead[:-1].rsplit(" (", 1)
    else:
        return None
    if len(people(who)) != who.count(", ") + who.count(" and ") + 1:
        return None  # every part before the paper a person's name
    return paper_outlet(org)


# A site's address ('portvale.com', 'NOLA.com'; a contact's address is gone by now) or a
# station's call letters before 'News' ('KPVN News'; 'UK News' is a section's, two letters).
_SITE_OR_CALL_NEWS: Final = re.compile(
    r"(?:www\.)?[A-Za-z0-9][A-Za-z0-9-]{2,}(?:\.[A-Za-z0-9-]+)*\.[a-z]{2,6}|[A-Z]{3,5} News"
)


# Words that sign a lower-case byline without naming a person ('by web desk', 'by site admin').
_DESK_WORDS: Final = frozenset(
    {"desk", "team", "admin", "bureau", "newsroom", "digital", "guest", "web"}
)


_LOWER_NAME: Final = re.compile(r"^[a-z][a-z'’.-]*+(?: [a-z][a-z'’.-]*+){1,2}+$")


# Between the names of a list ('jo li, kim bo and ann lee').
_LIST_SEPARATOR: Final = re.compile(r"\s*(?:,|;|\band\b|&)\s*")


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
    for fragment in _LIST_SEPARATOR.split(text):
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
    bare = FILED_FROM.sub("", text)
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
