"""People and organisations in bylines and credits: split, clean, title-case, canonicalise."""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from pipeline.parse.knowledge import given_names, is_place, organisations
from schemas.checks import PERSON_NAME

_PERSON: Final = re.compile(PERSON_NAME)
# Words that make a fragment a job title or an organisation, never a person.
_NOT_PERSON_WORDS: Final = (
    r"news|press|times|post|journal|tribune|herald|gazette|agency|images?|photos?|"
    r"staff|contributors?|correspondents?|producers?|editors?|writers?|reporters?|columnist|"
    r"analyst|president|minister|secretary|senator|director|chief|officer|spokes\w+|"
    r"associated|service|media|network|wire|pool|handout|file|courtesy|getty|reuters|"
    r"updated|published|posted|ago|am|pm|et|edt|est|bst|gmt|"
    r"january|february|march|july|september|october|november|december|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|the|of|for|and|in|on|at|by|"
    # Section names and page furniture that look like two capitalised words.
    r"stories|story|popular|trending|latest|magazine|daily|weekly|online|radio|tv|channel|"
    r"broadcasting|television|"
    r"group|inc|corp|llc|ltd|university|college|institute|more|top|watch|live|sports?|world|"
    r"politics|business|opinion|home|local|weather|subscribe|search|menu|share|comments?|"
    r"related|read|videos?|gallery|newsletters?|podcasts?|editorial|obituaries|entertainment|"
    r"lifestyle|health|science|technology|tech|travel|food|events|jobs|classifieds|sign|log|"
    r"email|mail|icon|print|follow|click|here|view|full|page|site|app|breaking|update|"
    r"modal|trigger|toggle|button|caption|dear|hello|hi|welcome|"
    # Job titles and institutions after a byline's name ('Jo Li | Senior Fellow, X Center').
    r"fellow|senior|center|centre|foundation|association|council|society|founder|professor|"
    r"author|resize|font|text|desk|bureau|newsroom|url|journalists?|"
    # ... a site's desk signing as a team ('Team Portvale') or by its section ('PV Explainers'),
    # a zoo's photo ('Zoo Portvale')
    r"team|zoo|explainers?|reporting|"
    # Institutions that credit a photo ('Kingsport City Jail', 'Wall High School', 'Addicting
    # Info Archive'), never a photographer.
    r"schools?|jail|prison|archives?|department|police|hospital|museum|library|ministry|"
    r"government|academy|telegram|resources|county|authority|services|district|trust|"
    # ... developers' and designers' renderings ('Halden Architects', 'Kestrel Living')
    r"architects?|architecture|developments?|properties|partners|associates|studios?|"
    r"consultants?|engineering|construction|estates|planning|living|homes|sections|"
    # ... and the sources of handout photos ('Turkish Presidency/Handout via Reuters')
    r"presidency|office|army|navy|embassy|military|palace|parliament|kremlin|administration|"
    # ... a city's offices and a football club ('Tbilisi City Hall', 'Sunderland AFC')
    r"city|club|afc|fc|"
    # ... a force, a harbour's ferry and the Welsh parliament ('Gloucestershire Constabulary',
    # 'Harwich Harbour Ferry', 'Senedd Cymru')
    r"constabulary|harbou?r|ferry|ferries|senedd|cymru|"
    # Bodies and places that read as two capitalised words ('Joint Committee', 'Religion
    # Dispatches', 'Lansdowne Road, Dublin' under a headline).
    r"committee|commission|dispatch|dispatches|road|street|avenue|boulevard|stadium|arena|"
    # A paper's design desk credits montages and charts ('Guardian Design', 'Post Graphics')
    r"design|graphics|illustrations?|studios?|labs|"
    # ... a studio's or a legislature's photo desk, a film distributor ('West Virginia
    # Legislative Photography', 'Courtesy of Portvale Features')
    r"photography|features|"
    # ... and bodies by what they run or hold ('Portvale Water Management', 'Northfield
    # Railway', 'Ely Cathedral', 'Tweed Forum', 'Portvale Bakeries', 'Valley Ambulance',
    # 'North Coast Terminals'), and 'Special Arrangement' under an Indian paper's handout
    r"management|railways?|cathedral|forum|bakery|bakeries|ambulance|terminals?|arrangement|"
    # ... and a company's words (a game studio's key art: 'Harrowgate Interactive')
    r"interactive|games|software|productions|films|space|bank|courts|capital|holdings|"
    r"airlines|airways|motors|energy|systems|technologies|industries|logistics|aerospace|"
    r"robotics|pharma|pharmaceuticals|partners|ventures|foods|insurance|"
    # ... a trust of schools, a shipowner, a hotel group, the coastguard ('Northfield Learning
    # Partnership', 'Nordvik Tankers', 'Playa Norte Hospitality', 'HM Coastguard Borth'), and a
    # reporter's post under the name ('Dairy Specialist')
    r"partnership|tankers|shipping|hospitality|hotels?|resorts?|coastguard|specialist|"
    # ... an arts group, a broker, a ferry operator and miners and energy firms abroad ('Pilsen
    # Arts Collective', 'Halverson Realty Advisors', 'Andes Cobre', 'Nordvik Energi')
    r"collective|realty|advisors|advisers|transportation|company|companies|cobre|energi|energia|"
    # ... and a page's words before a credit ('Copyright Canva')
    r"copyright|"
    # Newspapers' words in other languages ('Jornal Notícias', 'Diário de Notícias')
    r"jornal|diario|diário|zeitung|gazeta|gazzetta|folha|correio|periodico|periódico|"
    r"noticias|notícias|newspapers|synod|metro|photographers?|"
    # (a French paper's word: "L'Orient-Le Jour")
    r"jour|"
    # ... and more of newspapers' names' words ('Grimsby Telegraph', 'Portvale Courier')
    r"telegraph|chronicle|courier|advertiser|examiner|observer|mirror|express|guardian|"
    r"independent|sentinel|citizen|enquirer|inquirer|argus|beacon|ledger|gleaner|searchlight|"
    r"monitor|"
    # ... companies' and services' words ('Silverado Crest Winery', 'Daeyang Battery',
    # 'Bomberos de Costa Rica'
    r"winery|wineries|brewery|distillery|vineyards?|battery|batteries|materials|chemicals?|"
    r"electronics|mining|cement|textiles|solutions|semiconductors?|bomberos|climate|"
    # ... and governments' and agencies' words ('Alcaldía de Bogotá', 'Agencia Uno')
    r"agencia|agência|alcaldía|alcaldia|ayuntamiento|gobierno|ministerio|secretaría|"
    r"prefeitura|municipalidad|gobernación|presidencia"
)
_NOT_PERSON: Final = re.compile(rf"(?i)\b(?:{_NOT_PERSON_WORDS})\b")
# The same words as a set, for ASCII text: there a match is a whole run of [A-Za-z0-9_] whose
# lower case is one of the words (`spokes\w+` aside), and a set lookup per word is about ten
# times faster than the case-insensitive alternation, which has no literal prefix to skip to.
_WORD_FORMS: Final = [w for w in _NOT_PERSON_WORDS.split("|") if w != r"spokes\w+"]
_NOT_PERSON_SET: Final = frozenset(
    form for w in _WORD_FORMS for form in ((w[:-2], w[:-1]) if w.endswith("s?") else (w,))
)
_ASCII_WORD: Final = re.compile(r"[a-z0-9_]+")


def _not_person(text: str) -> bool:
    """`_NOT_PERSON.search(text)`, by word lookups where the text is ASCII."""
    if not text.isascii():
        return _NOT_PERSON.search(text) is not None
    for word in _ASCII_WORD.findall(text.lower()):
        if word in _NOT_PERSON_SET or (word.startswith("spokes") and len(word) > 6):
            return True
    return False


def opens_with_given_name(text: str) -> bool:
    """Whether the text's first word is a given name of the table (`given_names.csv`): what
    tells a person's name alone on its line ('Ines Halvorsen') from capitalised words that
    `person_name` accepts too ('Final Words', 'Main Navigation', 'Generational Gripes')."""
    first = text.lstrip().split(" ", 1)[0].casefold()
    if not first.isascii():  # 'Renée' is the table's 'Renee'
        first = unicodedata.normalize("NFKD", first).encode("ascii", "ignore").decode()
    return first in given_names()


# Months that are also names ('Cheriss May', 'April Ryan', 'June Cross'): a name word when
# capitalised, a date when written in lower case or beside a word of time ('last May').
_NAME_MONTHS: Final = frozenset({"april", "may", "june", "august"})
_TIME_WORD_LIST: Final = (
    "last early late mid next this since until till through from each every during before "
    "after end throughout beginning"
)
_TIME_WORDS: Final = frozenset(_TIME_WORD_LIST.split())
_LETTERS: Final = re.compile(r"[^\W\d_]+")


def _month_as_date(text: str) -> bool:
    """Whether a month that can be a name ('May', 'June') stands as a date in the fragment."""
    lowered = text.lower()
    if not any(month in lowered for month in _NAME_MONTHS):  # substring test: the fast path
        return False
    words = _LETTERS.findall(text)
    months = [w for w in words if w.lower() in _NAME_MONTHS]
    if not months:
        return False
    return any(w[:1].islower() for w in months) or any(w.lower() in _TIME_WORDS for w in words)


_SPLIT: Final = re.compile(r"\s*(?:,|;|\band\b|&|\||/|\bwith\b)\s*", re.IGNORECASE)
PARTICLES: Final = frozenset(
    {"de", "da", "van", "von", "der", "den", "del", "la", "le", "du", "bin", "al"}
)
# A capitalised name of two to four words, particles aside ('Jo Li', 'Ana de la Cruz'), in a
# pattern: the name `person_name` then reads.
NAME_PATTERN: Final = (
    r"[A-Z][\w'’.-]+(?: (?:(?:" + "|".join(sorted(PARTICLES)) + r") )*[A-Z][\w'’.-]+){1,3}"
)
_INITIALS: Final = re.compile(r"(?:[A-Z]\.)+,?")
_MC: Final = re.compile(r"^(mc|o')[a-z]", re.IGNORECASE)
_SPACES: Final = re.compile(r"\s+")


_MEDIA_CAPS: Final = frozenset({"TV", "FM", "AM", "HD"})


def title_case(text: str) -> str:
    """'JILL COLVIN' -> 'Jill Colvin', 'WEST PALM BEACH' -> 'West Palm Beach'; mixed case stays."""

    def word(w: str, first: bool = False) -> str:
        if w[:2] == "Mc" and w[2:].isupper() and len(w) > 3:
            w = w.upper()  # 'McCLUSKIE', a capitals' 'Mc' kept as written
        if not w.isupper() or len(w) == 1 or _INITIALS.fullmatch(w) or w in _MEDIA_CAPS:
            return w  # ('K24 TV': a broadcaster's letters stay as written)
        low = w.lower()
        if low in PARTICLES and not first:
            return low  # ('DEL RAMIREZ': a particle's word opening the name is a given name)
        out = "-".join(p[:1].upper() + p[1:] for p in low.split("-"))
        if _MC.match(out) and len(out) > 3:
            out = out[:2] + out[2].upper() + out[3:]
        return out

    return " ".join(word(w, at == 0) for at, w in enumerate(text.split()))


# A title before a name ('Dr. Jo Li', 'Sen. Jo Li'), dropped where a full name follows it;
# office and rank titles only with their full stop ('Sen Li' may be a name).
_HONORIFIC: Final = re.compile(
    r"(?i)^(?:(?:dr|prof|rev|mr|mrs|ms)\.?|(?:rep|sen|gov|gen|amb|adm|col|lt|capt|sgt|hon)\.)"
    r"\s+(?=\S+\s+\S)"
)
_HONORIFIC_INITIALS: Final = "ACDGHLMPRSacdghlmprs"
# A military photographer's rank before the name ('U.S. Army photo by Spc. Jo Li', 'Staff
# Sgt. Jo Li', 'Petty Officer 2nd Class Jo Li'): off before the word test ('staff', 'officer').
_RANK: Final = re.compile(
    r"^(?:(?:Spc|Pfc|Pvt|Cpl|Maj|Cmdr|Ens|Amn|Staff Sgt|Tech\. Sgt|Master Sgt|Lance Cpl)\.|"
    r"Sgt\. 1st Class|Airman 1st Class|Senior Airman|Petty Officer (?:1st|2nd|3rd) Class|"
    r"(?:Chief )?Mass Communication Specialist(?: Seaman| (?:1st|2nd|3rd) Class)?)"
    r"\s+(?=[A-Z]\S*\s+\S)"
)
_RANK_INITIALS: Final = "ACEILMPST"  # (and 'Chief Mass Communication Specialist')
# 'Jo Li Jr.': the suffix keeps its full stop, as written.
_SUFFIX: Final = re.compile(r"(?i)\s[js]r\.$")
_NOT_STOP: Final = " ,;:-–—()[]\"'“”‘’"  # what `person_name` strips, but the full stop


_ASCII_DIGIT: Final = re.compile(r"[0-9]")


def _has_digit(text: str) -> bool:
    """`any(ch.isdigit() for ch in text)`, by one scan on ASCII text."""
    if text.isascii():
        return _ASCII_DIGIT.search(text) is not None
    return any(ch.isdigit() for ch in text)


def person_name(fragment: str) -> str | None:
    """The fragment as a person's name in title case, or None if it is not one."""
    text = _SPACES.sub(" ", fragment.strip(" .,;:-–—()[]\"'“”‘’"))
    if text[:1] in _RANK_INITIALS and (rank := _RANK.match(text)) is not None:
        text = text[rank.end() :]
    elif text[:6] == "About " and text[6:7].isupper():
        text = text[6:]  # 'About Jo Li': an author box's link to the writer's page
    # Word lookups first: most fragments that are no name hold a function word ('the', 'of').
    # (Dropping an honorific or adding a suffix's stop below changes none of the words.)
    if not text or "@" in text or _not_person(text) or _has_digit(text):
        return None
    if _month_as_date(text):
        return None
    if text.isupper() and " " not in text:
        return None
    head = text.split(" ", 1)[0]
    if len(head) >= 3 and head.isupper() and head.isalpha() and not text.isupper():
        return None  # 'ABC Riverina', 'WTOP Staff': an acronym opens an organisation's name
    tail = text[text.rfind(" ") + 1 :]
    if (
        2 <= len(tail) <= 4
        and tail.isupper()
        and tail.isalpha()
        and not text.isupper()
        and tail.strip("IVX")
        and tail not in ("JR", "SR")
    ):
        return None  # 'Waco ISD', 'Portvale PD': ... or closes it ('Jo Li III' is a name)
    if text[:1] in _HONORIFIC_INITIALS and _HONORIFIC.match(text):
        text = _HONORIFIC.sub("", text)
    if text[-2:].lower() in ("jr", "sr") and _SUFFIX.search(fragment.rstrip(_NOT_STOP)):
        text += "."
    found = organisations().find(text)
    if (found and any(not _surname_at(text, s, e) for s, e, _ in found)) or is_place(text):
        return None  # 'By Jo Li, New York': a place, not a second reporter
    name = title_case(text) if text.isupper() else text
    words = name.split()
    # Particles ('van der', 'de la') do not count towards the two to four words of a name.
    parts = len(words) - sum(w in PARTICLES for w in words)
    if not 2 <= parts <= 4 or len(words) > 6 or not _PERSON.match(name):
        return None
    if ("’" in name or "'" in name) and any(w.endswith(_POSSESSIVE) for w in words):
        return None  # 'Germany’s Disfavored Son': a possessive is no part of a name
    return name


_POSSESSIVE: Final = ("’s", "'s", "’S", "'S")


def people(text: str) -> list[str]:
    """Every person's name in a list such as 'X, Y and Z' (orgs and titles removed)."""
    found: list[str] = []
    for fragment in _SPLIT.split(text):
        name = person_name(fragment)
        if name and name not in found:
            found.append(name)
    return found


def _surname_at(text: str, start: int, end: int) -> bool:
    """Whether the alias found at text[start:end] is a person's surname: one word in title
    case right after a given name of the table that opens the text or a part of it ('Marc
    Reuter', 'Jo Li/Nikolai Reuter': not the wire's old name 'Reuter'; 'Jo Li Reuters', a
    name run into the wire, keeps it)."""
    alias = text[start:end]
    if start < 3 or text[start - 1] != " " or " " in alias or not alias.istitle():
        return False
    given = _GIVEN_BEFORE.search(text, 0, start)
    return given is not None and opens_with_given_name(given[1])


# A word that opens the text or a part of it, then the space before an alias.
_GIVEN_BEFORE: Final = re.compile(r"(?:^|[/|,;(:]\s*)(?:[Bb]y )?([^\W\d_][\w'’-]*) $")


def without_organisations(text: str) -> tuple[str, list[str]]:
    """Text with organisation names cut out, and the canonical names in order of appearance."""
    orgs: list[str] = []
    pieces: list[str] = []
    last = 0
    for start, end, canonical in organisations().find(text):
        if _surname_at(text, start, end):
            continue
        pieces.append(text[last:start])
        pieces.append(" | ")
        last = end
        if canonical not in orgs:
            orgs.append(canonical)
    pieces.append(text[last:])
    return "".join(pieces), orgs
