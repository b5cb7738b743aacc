"""Photo and video credits: recognise them and read out who made them (credits glued to the end
of a caption or sentence are split off in `credits_glued`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from pipeline.parse.bylines import (
    STATION_BANDS,
    STATION_LETTERS,
    paper_outlet,
    station_outlet,
    unknown_paper,
)
from pipeline.parse.dates import MONTH_NAME
from pipeline.parse.knowledge import (
    institutions,
    is_place,
    licences,
    newspaper_words,
    organisations,
    platforms,
)
from pipeline.parse.names import (
    opens_with_given_name,
    person_name,
    title_case,
    without_organisations,
)

# The words that mark the page's lead photo in its credit's label ('Main image credit:',
# 'Top photo:'); one list for the labels' patterns and their cheap pre-test.
LEAD_PHOTO_WORDS: Final[tuple[str, ...]] = (
    "main",
    "top",
    "lead",
    "header",
    "cover",
    "hero",
    "headline",
)
LEAD_PHOTO: Final[str] = "|".join(LEAD_PHOTO_WORDS)
# The word for a photo in other languages, as English editions keep it before a credit.
FOREIGN_PHOTO_LABELS: Final = (
    r"(?:fotograf[íi]as?|fotos?|fotó|bild|kuva|zdj[eę]cie|picha|ljósmynd|фото)"
)
_LABEL_QUALIFIER: Final = rf"(?:(?:pool|file|staff|handout|featured|{LEAD_PHOTO}) )?"

_LEAD: Final = re.compile(
    # 'Photo credit should read X/AFP/Getty Images': AFP's own wording.
    r"^[(\[*]?\s*(?:©\s*|\(c\)\s*|(?:photo |image )?credit should read\s+|"
    + _LABEL_QUALIFIER
    + r"(?:(?:photo|image|picture) credits?|"
    r"(?:photo[ -])?illustration|screenshot|"
    r"photo(?:graph(?:er|y)?)?s?|"
    # ('DESIGN: Jo Li' under an infographic's caption)
    r"(?:design|graphics?|infographic)(?=\s*:)|"
    r"images?|pictures?|pictured|credits(?=\s*:)|credit|video(?: stills?)?|composite|"
    r"copyright(?=\s*:|\s+(?-i:[A-Z]))|"
    # ('Pic: Reuters', 'File pic: PA', Sky's label; 'Pic by Jo Li', the Daily Mirror's)
    r"(?:file )?pics?(?=\s*:)|pics?\.?(?= by\b)|"
    # ('Foto: EFE', 'Fotografía: Jo Li', 'Bild: Jo Li', 'Kuva: Jo Li', 'Zdjęcie: PAP', 'Fotó:
    # MTI', 'Фото: ТАСС', 'Picha: Jo Li', 'Ljósmynd/Jo Li': the word for a photo in the
    # paper's own language, kept by its English edition)
    rf"{FOREIGN_PHOTO_LABELS}(?=\s*[:/])|"
    # ('Ph. MAP', 'Ph. DR': the French abbreviation of 'photo'; 'PC: Jo Li', 'photo credit'
    # in its initials)
    r"ph\.(?= (?-i:[A-Z]))|(?-i:PC)(?=\s*:))"
    # ('Video provided by Reuters', 'Photo supplied by the family')
    r"(?: copyright| source| provided| supplied| credits?)?"
    r"\s*(?:by|via|from|:|-|–|—|,|/|\||\.{2,}|…|©)?"
    r"\s*:?\s*)",
    re.IGNORECASE,
)
# A press pool's name: 'Kremlin Pool', 'WHITE HOUSE POOL PHOTO' (not 'The Pool').
POOL_NAME: Final = r"(?!The )(?:[A-Z][\w'’.-]* ){1,3}(?:Pool|POOL)(?: Photo| PHOTO)?"
# Filler inside credits that is neither a person nor an organisation (a company's suffix:
# 'Jo Li/CQ-Roll Call, Inc via Getty Images'). A pool goes with the
# capitalised words of its name ('Kremlin Pool Photo', 'White House Pool'): a press pool is
# no agency, and its name is no photographer.
_FILLER: Final = re.compile(
    r"(?i)\b(?:files?(?: photo)?|(?:(?-i:[A-Z][\w'’.-]*) ){0,3}pool(?: photo)?|handout|staff|"
    r"courtesy(?: of)?|special (?:to|for)|official|photo|photos|images?|illustration|screenshot|"
    r"stock|video|screen ?(?:capture|grab)s?|screengrabs?|inc|llc|ltd|supplied|submitted|"
    # ('Submitted by reader Jo Li': who sent the picture in)
    r"(?-i:(?:a |our )?reader))\b"
)
# ('Jo Li — AP': a dash between spaces too; a name's hyphen has none)
_SEPARATORS: Final = re.compile(
    r"\s*(?:/|\||,|;|(?<=\S)—(?=\S)|(?<=\s)(?:[—–~-]|--)(?=\s)|\(|\)|\bvia\b|\band\b|"
    # ('NEWS&GUIDE', a paper's name, holds an '&' without spaces)
    r"(?<![A-Z])&|&(?![A-Z]))\s*",
    re.IGNORECASE,
)
# A blog's credit of the page's lead photo, whatever the wording of its label: 'Featured image
# via X', 'Featured Image: X', 'Featured photo by X', 'Featured image is a screenshot',
# 'Featured image of Kim Bo via X', 'Featured image X/Getty Images'; and the same credit
# without 'Featured' ('Photo via Wikipedia', 'Image via screen capture').
_FEATURED_LEAD: Final = re.compile(
    r"(?i)^\(?\s*(?:featured? (?:image|photo)d?s?(?:\s*:\s*|\s+(?:is\s+)?(?:(?:a|an)\s+)?"
    r"(?:of\s+(?-i:[A-Z])[^/|:.()]{0,40}?\s+(?=via\b))?"
    r"(?:(?:via|by|from|courtesy(?:\s+of)?|credit)\b\s*:?\s*)?)"
    r"|(?:image|photo|picture)s?\s+via\b\s*:?\s*)"
)
# The heads of the second form, lower-cased ('Photo via ', '(Image via ').
_VIA_HEADS: Final = ("photo via ", "photos via ", "image via ", "images via ", "picture via ")
_HEADS: Final = ("featured", "feature image", "feature photo", *_VIA_HEADS)
_HEAD_FIRST: Final = frozenset("FfPpIi(")
# A credit's lower-case words (a screen capture, a platform's page, a licence); a sentence
# has more of its own ('featured image via the council, which the mayor shared ...').
_FEATURED_WORDS: Final = frozenset(
    [
        "via",
        "by",
        "and",
        "of",
        "for",
        "from",
        "the",
        "on",
        "at",
        "a",
        "an",
        "photo",
        "photos",
        "image",
        "images",
        "video",
        "file",
        "page",
        "screen",
        "media",  # a blog's 'media library'
        "library",
        "capture",
        "captures",
        "screenshot",
        "screenshots",
        "screengrab",
        "screengrabs",
        "grab",
        "shot",
        "cropped",
        "pool",
        "stringer",
        "courtesy",
        "special",
        "to",
        "is",
        "public",
        "domain",
    ]
)
_FEATURED_NOUNS: Final = ("image", "photo", "imaged", "images", "photos")
# (an initial's full stop ends no sentence: 'Jo D. Li via Getty Images')
_SENTENCE_AFTER: Final = re.compile(r"(?<!\b[A-Z])[.!?]\s+[A-Z][a-z]+\s+\w")


def screen_capture(text: str) -> bool:
    """Whether the text is a label and a screen capture alone ('Image: screen capture')."""
    return _screen(text) is not None


def _screen(text: str) -> re.Match[str] | None:
    return SCREEN_CREDIT.match(text.strip()) if may_screen(text) else None


# What separates the words of a credit ('Jo Li/Getty Images (file)').
_CREDIT_WORD_GAP: Final = re.compile(r"[\s/|,;()]+")


def featured_credit(text: str) -> str | None:
    """The credit of a blog's lead photo ('Featured image via Jo Li/Getty Images' gives 'Jo
    Li/Getty Images'; 'Image: screen capture', a label and no name, 'screen capture'), when
    the text is that credit and nothing else."""
    if len(text) > 140 or text.endswith(("?", "!")):
        return None
    screen = _screen(text)
    if screen:
        return screen.group(1)
    lead = _FEATURED_LEAD.match(text)
    if lead is None:
        return None
    credit = text[lead.end() :].strip().rstrip(".)").strip()
    if not credit:
        return None
    unlabelled = lead.group(0).rstrip().lower().endswith(_FEATURED_NOUNS)
    if unlabelled and not credit[:1].isupper():
        return None  # 'Featured image of the week': no label word, and no name after it
    if _SENTENCE_AFTER.search(credit):
        return None  # '... via Jo Li. Watch the council debate below.'
    lower = [w for w in _CREDIT_WORD_GAP.split(credit) if w[:1].islower()]
    if sum(w.rstrip(".").casefold() not in _FEATURED_WORDS for w in lower) > 1:
        return None
    return credit


@dataclass(frozen=True)
class Credit:
    credit: str
    photographers: tuple[str, ...]
    agencies: tuple[str, ...]


def _acronym_after_word(name: str) -> bool:
    """'Albay PDRRMO': a word in capitals with few vowels after one that is no given name, as
    an office's acronym stands after its place (AFP's 'Jo LINDQVIST' opens with a given name)."""
    words = name.split()
    if name.isupper() or len(words) < 2 or opens_with_given_name(name):
        return False
    return any(
        w.isupper() and len(w) >= 4 and sum(c in "AEIOUY" for c in w) / len(w) < 0.25
        for w in words[1:]
    )


def clean(text: str) -> str:
    """The credit as written, without 'Photo:', 'Credit', '©' and the wrapping parentheses."""
    text = text.strip()
    if "should read " in text:
        # 'Photo by Jo Li / AFP) (Photo credit should read JO LI/AFP/Getty Images': AFP's
        # own wording of the credit, after the caption's shorter one, is the credit.
        text = text[text.index("should read ") + 12 :]
    if (text[:1], text[-1:]) in (("(", ")"), ("[", "]")):
        text = text[1:-1]
    featured = _FEATURED_LEAD.match(text) if featured_head(text) else None
    if featured:
        text = text[featured.end() :]
        text = _SECOND_LABEL.sub("", text)  # 'Feature Image Photo by Jo Li/Getty Images'
    elif _may_lead(text) and not _COURTESY_LEAD.match(text):
        # ('Courtesy of the city', 'Photo courtesy of the city' are the credit as written)
        # ('Photo submitted', 'Picture supplied': the label and the word saying who gave it
        # make one phrase, the credit as written; after a mark, 'Photo: Supplied', the label
        # comes off as before)
        text = text if _GIVEN_PHRASE.fullmatch(text) else (_LEAD.sub("", text) or text)
        if text[:6] == "Credit" and text[6:7].isupper():
            text = text[6:]  # 'CreditCreditJo Li/AP': the label printed twice
    elif _sourced(text):
        text = _SOURCE_LEAD.sub("", text)
    text = text.strip().removeprefix("=").strip()  # ('Photo=Yonhap', Korean papers' mark)
    if text.endswith(")") and text.count("(") < text.count(")"):
        text = text[:-1]
    if "BUY" in text or "uy " in text:
        text = _BUY_NOTE.sub("", text)  # 'JO LI | BUY AT PHOTOS.PORTVALE.COM'
    if "@" in text:
        # 'Jo Li jli@portvaleherald.com', 'Jo Li, jli@portvaleherald.com'
        text = _TRAILING_EMAIL.sub("", text).rstrip(" ,;|")
    return text.strip().rstrip(".").strip()


_GIVEN_PHRASE: Final = re.compile(
    r"(?i)(?:photo|picture|image)s? (?:submitted|supplied|contributed|provided)\.?"
)

# 'Courtesy of the city', 'Photo courtesy: Portvale Fire Rescue': the credit as written keeps
# the words; who supplied the photo is read without them (`read`).
# ('Map courtesy of the Drought Monitor': a map's or a chart's source)
_COURTESY_OF: Final = r"(?:(?:photo|video|image|picture|map|chart|graphic)s? )?courtesy"
_COURTESY_LEAD: Final = re.compile(rf"(?i)^[(\[]?\s*{_COURTESY_OF}\b")
_COURTESY: Final = re.compile(rf"(?i)^{_COURTESY_OF}(?: of(?: the)?)?\s*[:,-]?\s*")


# 'Picture supplied by ...', 'Contributed by the ...': who handed out the photo.
_SUPPLIED_LEAD: Final = re.compile(
    r"(?i)^(?:(?:photo|picture|image|video)s? )?(?:supplied|provided|contributed|submitted) by "
    r"(?:the )?"
)


# 'Provided/Town of Portvale', 'Submitted/Portvale Fire Rescue': a source word, a slash and
# who handed out the photo (the Post and Courier's form).
# 'Source: Harrowgate Build', 'Source: North Fenland NHS Trust': one body named as a photo's
# source (a trade paper's form under its pictures).
_SOURCE_BODY: Final = re.compile(
    r"(?:Source|SOURCE): (?:The )?[A-Z][\w'’.&-]*(?: (?:[A-Z][\w'’.&-]*|of|and|for|the|&)){0,7}"
)
_SLASH_SOURCE_END: Final = re.compile(
    r"[A-Z][\w'’.&-]*(?: (?:[A-Z][\w'’.&-]*|of|and|the|&)){0,6} ?/ ?"
    r"(?:Courtesy|Submitted|Contributed|Provided|Supplied|Handout)(?: (?:photo|image|picture))?"
)
_SOURCE_SLASH: Final = re.compile(
    r"^(?:Provided|Submitted|Contributed|Courtesy|Handout|Supplied)(?:\s?/\s?|: )(?=[A-Z])"
)


# McClatchy's staff credit, the photographer's name run into the paper's: 'Jo Li The Portvale
# Eagle'.
_NAME_THE_PAPER: Final = re.compile(
    r"(?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2}) (?=The [A-Z])"
)
# 'JO LI Portvale Herald': the photographer's name in capitals run into the paper's name in
# title case, no mark between (the Telegraph Herald's credit under each caption).
_CAPS_NAME_PAPER: Final = re.compile(
    r"(?P<name>[A-Z][A-Z'’.-]+(?:Mc[A-Z'’-]+)?(?: [A-Z][A-Z'’.-]*(?:Mc[A-Z'’-]+)?){1,2}) "
    r"(?P<paper>[A-Z][a-z][\w'’&-]*(?: [A-Z][\w'’&-]*){0,3})"
)


def caps_name_paper(line: str) -> bool:
    """A credit `_CAPS_NAME_PAPER`: a person's name in capitals, then a paper's (a word of it
    names newspapers, data; or a newspaper of the table)."""
    if len(line) > 80 or line[1:2].islower():
        return False
    match = _CAPS_NAME_PAPER.fullmatch(line.strip())
    if match is None:
        return False
    name = title_case(match["name"])
    return person_name(name) == name and (
        paper_name(match["paper"]) or _known_newspaper(match["paper"])
    )


# Where to buy a print, after a photo's credit ('| Buy at photos.portvale.com', '/ Buy this photo').
_BUY_NOTE: Final = re.compile(
    r"(?i)\s*[|/•]\s*buy (?:at \S+|this (?:photo|image)|photos?|prints?|reprints?)\.?$"
)


# A staff photographer's e-mail address after their name, as some US papers print it.
_TRAILING_EMAIL: Final = re.compile(r"\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")


def bare_name(line: str) -> str | None:
    """The person's name when the line holds nothing else, maybe with their e-mail address
    after it ('Ines Halvorsen ihalvorsen@portvaleherald.com'): two or three words in title
    case, the first a given name of the table (a subheading in title case, 'Final Words',
    reads as a name to `person_name`). Out of context as likely a speaker's label; the
    caller reads the lines round it."""
    if len(line) > 80 or not line[:1].isupper():
        return None
    text = _TRAILING_EMAIL.sub("", line.strip()) if "@" in line else line.strip()
    words = text.split()
    if not 2 <= len(words) <= 3 or text.isupper() or not opens_with_given_name(text):
        return None
    return text if person_name(text) == title_case(text) == text else None


# A label after the blog's lead-photo label ('Featured image: Photo by Jo Li/AP'); not `_LEAD`,
# whose labels ('video', 'screenshot') are the whole credit after 'Featured image via'.
_SECOND_LABEL: Final = re.compile(r"(?i)^(?:photo|image|picture)s?\s*(?:by\b|:)\s*")


# 'SOURCE: Jo Li/Sipa USA': a photo's source, a slash or bar credit after it ('Source:
# Reuters' alone is a wire story's byline).
_SOURCE_LEAD: Final = re.compile(r"(?i)^\(?\s*source\s*:\s*")


def _sourced(text: str) -> bool:
    return ("/" in text or "|" in text) and _SOURCE_LEAD.match(text) is not None


# The first two letters of `_LEAD`'s words (pool, file, staff, handout, featured, photo,
# image, picture, credit, video, illustration, screenshot, courtesy); it also opens with '(',
# '[', white space or '©'.
_LEAD_HEADS: Final = frozenset(
    [
        *("po", "fi", "st", "ha", "fe", "ph", "im", "pi", "cr", "vi", "il", "sc", "co", "de"),
        *("gr", "in", "pc"),
    ]
)
# The first two and four letters of `FOREIGN_PHOTO_LABELS` (ASCII ones; others pass anyway).
_FOREIGN_HEADS: Final = frozenset({"fo", "bi", "ku", "zd", "lj"})
_FOREIGN_STARTS: Final = frozenset({"foto", "fotó", "bild", "kuva", "zdję", "ljós"})
# The lead photo's qualifiers ('Main image credit:'), whose first letters open many lines of
# prose ('He said', 'To ...'): tested on the whole word.
_LEAD_QUALIFIERS: Final = tuple(f"{word} " for word in LEAD_PHOTO_WORDS)


def _may_lead(text: str) -> bool:
    """False only where `_LEAD` cannot match (most lines: a regex call saved). Non-ASCII
    text keeps the pattern: the long s and the dotted and dotless i match 's' and 'i'
    case-insensitively."""
    head = text[:2]
    if not head.isascii():
        return True
    low = head.lower()
    if head[:1] in "([*" or head[:1].isspace() or low in _LEAD_HEADS:
        return True
    if low in _FOREIGN_HEADS:
        return text[:4].lower() in _FOREIGN_STARTS  # ('Foto:', not 'For', 'Four')
    return low in ("ma", "to", "le", "he") and text[:9].lower().startswith(_LEAD_QUALIFIERS)


# 'Photo By Jo Li', 'From Acme via CNN': a word that opens a fragment but names no one.
_FRAGMENT_LEAD: Final = re.compile(r"(?i)^(?:by|from)\s+")


def _fragments(rest: str, leads: bool = True) -> list[str]:
    """The non-empty parts of a credit without its organisations: people, or minor names
    (with `leads`, without an opening 'by' or 'from')."""
    out = []
    for fragment in _SEPARATORS.split(_FILLER.sub(" ", rest)):
        fragment = fragment.strip(" .,-")
        if leads and fragment[:2].lower() in ("by", "fr"):
            fragment = _FRAGMENT_LEAD.sub("", fragment)
        if fragment.endswith(" for"):
            fragment = fragment[:-4]  # 'Jo Li for The Portvale Post': the client follows
        elif fragment.casefold() == "for":
            continue  # 'Jo Li/For The Portvale Post', the paper's name cut out
        if fragment:
            out.append(fragment)
    return out


# 'ABC Riverina: Jo Li': a broadcaster's local station (an acronym and a word or two) before
# the colon, its photographer after it, as ABC Australia credits.
_STATION: Final = re.compile(r"^([A-Z]{2,5}(?: [A-Z][a-z]+){1,2}): (?=[A-Z])")


# An office that handed out a photo: 'Portvale City Council', 'NSW Police', 'Malta Police
# Force', 'Quang Ngai Department of Agriculture and Environment'.
OFFICE: Final = (
    # ('Department of Environment and Science' alone: a government's office by its remit)
    # ('Ville de Magog': a French-speaking town's own photo)
    # ('Câmara Municipal de Lagos', 'Ayuntamiento de Palma': a Portuguese or Spanish town's)
    r"(?:Ville|Municipalit[ée]|C[âa]mara Municipal|Prefeitura|Ayuntamiento) d[aeiou]s? "
    r"[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){0,3}|"
    r"(?:(?:Department|Ministry|Office|Bureau|Directorate|Secretariat|Administration|Agency|"
    r"Authority|Commission|"
    # ('Government of Antigua and Barbuda': a state's government, by its name)
    r"Government) of (?:the )?[A-Z][\w'’.&-]*(?:,? (?:and |& )?[A-Z][\w'’.&-]*){0,5}|"
    # ('Portvale Fire and Rescue Service': 'and' between the capitalised words; 'Fire and Rescue
    # Services', 'State House Media and Communications Unit')
    r"[A-Z][\w'’.&-]* (?:(?:[A-Z][\w'’.&-]*|and|&) ){0,5}(?:Office|Department|Police|Services?|"
    r"Unit|Agency|Ministry|Council|Museum|Archives?|Library|Authority|Commission|Force|Brigade|"
    r"Coastguard|Airport|Hospital|Corporation|District|Administration|Bureau|Municipality|"
    # ('Portvale and District Search and Rescue')
    r"Search and Rescue|"
    r"Directorate|Secretariat|Embassy|Army|Navy|Air Force|Marine Corps|Coast Guard|"
    r"National Guard|Recreation|County Government|City Government|"
    # (a town's offices and a football club: 'Tbilisi City Hall', 'Sunderland AFC')
    r"City Hall|Town Hall|Township|AFC|FC|Football Club|Center|Centre|Zoo|"
    # (research and wildlife bodies: 'Idaho National Laboratory', 'Colorado Parks and Wildlife')
    r"Laboratory|Laboratories|Institute|Observatory|Wildlife|"
    # (charities and a base's press office: 'Canal & River Trust', 'Fort Huachuca Public Affairs';
    # a local picture agency, 'Portvale News and Pictures')
    r"Trust|Charity|Foundation|Society|Conservancy|Preserve|Public Affairs|Pictures|"
    r"Picture Agency)"
    # (its remit may list fields: 'Department of Environment, Tourism, Science and Innovation';
    # 'Navajo Nation Office of the President and Vice President')
    r"(?: of (?:the )?[A-Z][\w'’.&-]*(?:,? (?:and |& )?[A-Z][\w'’.&-]*){0,5})?)"
)
_OFFICE: Final = re.compile(OFFICE)
# A town's own government by its style ('City of Kigali', 'District of North Vancouver', 'City
# of Lincoln Council', 'Daegu Metropolitan City'): in a credit, the photo's source, as an
# office is. Alone on a line between paragraphs such a name is as often a subhead, so the
# credit lines' tests (`OFFICE`) leave it out.
_SOURCE_OFFICE: Final = re.compile(
    rf"{OFFICE}|(?:City|Town|Village|County|District|Borough|Municipality|Shire) of "
    r"(?:the )?[A-Z][\w'’.&-]*(?:,? (?:and |& )?[A-Z][\w'’.&-]*){0,5}|"
    r"[A-Z][\w'’.&-]* (?:[A-Z][\w'’.&-]* )?Metropolitan (?:City|Government)|"
    # ('Trinidad and Tobago Inter-Island Transportation Company': a company that handed out
    # the photo, by its name; alone on a line more often a theatre's or a band's)
    r"[A-Z][\w'’.&-]* (?:(?:[A-Z][\w'’.&-]*|and|&) ){0,5}Company"
)


# 'Post Photo: Jo Li', 'KT Photo: Jo Li', 'CNJ staff photo: Jo Li': a paper's label for its
# own photographer's picture ('Headline photo: ...' says which picture, and names no paper).
_PAPER_LABEL: Final = re.compile(
    r"^(?!(?:Headline|Featured?|Lead|Main|Top|Cover|Header|Hero|Above|Below|Inset|Special)\b)"
    r"([A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,2}) (?:File |[Ss]taff )?(?:Photo|photo)[:,] (?=[A-Z])"
)


# 'Special Photo: City of Portvale': US papers' label for a photo given to them, who gave it
# after the colon (no paper's name, as 'Post Photo: Jo Li' is).
_SPECIAL_LABEL: Final = re.compile(r"^(?i:special photo): ")


# 'Jo LiTASS via Getty Images': an agency's capitals glued to the photographer's surname.
_GLUED_CAPS: Final = re.compile(r"(?<=[a-z])([A-Z]{2,5})(?![\w'’])")


def _unglue_agency(match: re.Match[str]) -> str:
    caps = match.group(1)
    return f"/{caps}" if organisations().lookup(caps) else caps


# 'Jo Li Pool/Getty Images', 'Jo Li Pool via Getty Images': Getty's 'Jo Li - Pool' with the
# dash lost, the photographer's name glued to the pool word before the distributor (a pool
# named after its host, 'White House Pool', is no name; nor is a pool's name alone).
_NAME_BEFORE_POOL: Final = re.compile(
    r"(?<![\w'’.-])([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3}) (?=(?:Pool|POOL) ?(?:/|via\s))"
)


def _unglue_pool(match: re.Match[str]) -> str:
    name = match.group(1)
    if person_name(name) is None or name.casefold() in institutions():
        return match.group(0)
    return f"{name} / "


# A photographer's status in a credit ('Jo Li/Stringer/Getty Images'): neither a person nor
# an agency.
# A company by its suffix ('Portvale Pictures LLC', 'Jo Li Photography, Inc.').
_COMPANY_SUFFIXES: Final = (" Inc", " LLC", " Ltd", " Corp")
_COMPANY: Final = re.compile(
    r"(?<![\w&'’.-])(?P<name>[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,4}),? "
    r"(?:Inc|LLC|Ltd|Corp)\b\.?"
)
# 'Official White House Photo by Jo Li', 'DoD photo by Jo Li', 'NST pic by Jo Li': the
# photo's source (an institution or an organisation), then its photographer, as 'White
# House/Jo Li' would say.
_SOURCE_PHOTO_BY: Final = re.compile(
    r"(?<=\w)\s+(?i:photo(?:graph)?s?|image|picture|pic)\s+by\s+(?=[A-Z])"
)
_NO_AGENCY: Final = frozenset(
    [
        "stringer",
        "contributor",
        "freelance",
        "unknown",
        "anonymous",
        "photographer",
        # a photographer's post after the name ('Jo Li, Contributing Photographer')
        "contributing photographer",
        "special contributor",
        "staff photographer",
        "senior photographer",
        "chief photographer",
        "freelance photographer",
        "provided",
        "submitted",
        "contributed",
        # ('BERNAMA PIC', 'Picture supplied': the words for a picture)
        "pic",
        "picture",
        "image",
        # a family's own picture ('Image: Family handout'): a source, no agency
        "family",
        "family handout",
        "family photo",
        "family picture",
        "the family",
        # a page's word for a photo it did not take and names no source for ('Special Photo'
        # under a caption, as US papers print a reader's picture; 'Archives', 'Collected')
        "special",
        "special photo",
        "special arrangement",
        "archives",
        "archive",
        "collected",
    ]
)
# A paper's own design desk made the montage or chart ('Guardian Design/Getty Images', 'Post
# Graphics'): neither a photographer nor an agency that supplied a photo.
_DESK_ENDS: Final = (" Design", " Graphics", " Illustration", " DESIGN", " GRAPHICS")
# Getty's 'Elsa/Getty Images', 'Harrer-Pool/Getty Images': a photographer known by one name,
# first in the credit and right before a slash and an agency of the table. An archive's
# one-word name in that place ('Popperfoto/Getty Images') reads the same, so the table lists
# the archives Getty distributes.
_MONONYM: Final = re.compile(r"([A-Z][a-z]{2,})(?: ?[-–] ?Pool| ?\((?:Staff|Pool)\))? ?/ ?")
# 'Jo Li/Getty Images for Lord & Taylor': after an agency, 'for' names the client who
# commissioned the photo, neither its maker nor its agency ('Jo Li for The Portvale Post',
# a paper of the table, is the photographer's employer: its name is cut out before this).
# ('Jo Li for The Portvale Post', 'Jo Li/for the Portvale Post': the client of the photo)
_CLIENT: Final = re.compile(r"(?:^|(?<=[\s/]))(?<![Ss]pecial )[Ff]or\s+(?:the\s+)?[A-Z][^/|;()]*")
_CAPS_SURNAME: Final = re.compile(r"(?![IVXLC]+\b)[A-Z][A-Z'’-]{2,}")
_MEMBER_PAPER: Final = re.compile(r"/\s*([A-Z][^/|()]{2,60}?)\s+via\s")
# What parts a paper's name: spaces, hyphens and a camel case's capital ('StarNews').
_NAME_PARTS: Final = re.compile(r"[\s-]+|(?<=[a-z])(?=[A-Z][a-z])")


def paper_name(text: str) -> bool:
    """Whether a word of the text names newspapers ('Portvale Ledger-Star'): between a
    photographer and 'via' such a name is the paper; another name ('Kim Bo/Jo Li via AP') is
    a second photographer."""
    words = newspaper_words()
    return any(w.casefold() in words for w in _NAME_PARTS.split(text))


# What stands between a paper and its photographer in `paper_credit`.
PAPER_MARKS: Final = ("/", " | ", " - ", " – ", " — ")
# 'Jo Li/The Portvale Post': a photographer and the newspaper that printed the photo (or that
# a stringer made it for: 'Jo Li/Special for The Portvale Post').
_PAPER_CREDIT: Final = re.compile(
    r"(?P<name>[A-Z][^/|()]{2,40}?) ?/ ?"
    r"(?P<paper>(?:Special (?:to|for) )?(?:The )?[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3})"
)


def paper_credit(line: str, marked: bool = False) -> bool:
    """A photographer's name, a slash and a newspaper's name (a word of it names newspapers,
    data), and nothing else: a gallery's credit naming a paper the organisations table lacks
    ('Jo Li/The Republic'), where the page prints it under each caption. The paper may come
    first, and so may an office; `marked`, a bar or a spaced dash may stand for the slash
    after the paper ('The Portvale Post | Jo Li', for a caller that saw a caption over it)."""
    if len(line) > 80 or sum(line.count(mark) for mark in PAPER_MARKS) != 1:
        return False
    if not marked and "/" not in line:
        return False
    match = _PAPER_CREDIT.fullmatch(line.strip())
    if match is not None and _STAFF_POST.fullmatch(match.group("paper")):
        return False  # 'Jo Li/Staff Reporter': the Gleaner's byline, not a photo's credit
    if match is None or not _paper(match.group("paper")):
        match = _PAPER_FIRST.fullmatch(line.strip())  # 'The STAR / Jo Li'
        # ('Portvale Police/Jo Li': an office's photographer, as 'Jo Li/Portvale Police')
        office = "/" in line and match is not None and _OFFICE.fullmatch(match["paper"])
        if match is None or not (_paper(match.group("paper")) or office):
            match = _HOST_FIRST.fullmatch(line.strip())  # 'mbl.is/Jo Li'
            if match is None:
                return False
    name = match.group("name").strip()
    return person_name(name) == title_case(name)


def _paper(name: str) -> bool:
    """A paper by its name (a word of it names newspapers, data) or a newspaper of the table
    ('THE BLADE')."""
    return paper_name(name) or _known_newspaper(name)


def _known_newspaper(name: str) -> bool:
    known = organisations().lookup(name)
    return known is not None and organisations().kinds.get(known) == "newspaper"


# A reporter's post, not a paper ('Staff Reporter', 'Senior Correspondent').
STAFF_POST: Final = (
    r"(?i:(?:staff|senior|special|contributing) )?(?i:reporter|writer|correspondent)s?"
)
_STAFF_POST: Final = re.compile(STAFF_POST)


# The paper's name first, then the photographer's ('The STAR / Jo Li', the Philippine papers'
# order).
# 'Jo Li, Portvale News Sentinel': a photographer and the paper, after a comma (the USA
# Today network's papers print their staff's credits so under a caption or a video), maybe
# from its files ('Jo Li, The Gazette file').
_NAME_COMMA_PAPER: Final = re.compile(
    r"(?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2}), (?P<paper>(?:The |THE )?[A-Z][\w&.'’-]*"
    r"(?: (?:[A-Z][\w&.'’-]*|&)){0,4}?)(?: (?:file|File|FILE)(?: photo| Photo| PHOTO)?)?"
)


# ('Jo Li | jli@portvale.com', with a bar between, as PennLive prints it)
_NAME_EMAIL: Final = re.compile(
    r"(?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3})(?:,| \|)? (?P<local>[\w.+-]+)@[\w-]+"
    r"(?:\.[\w-]+)+"
)


def email_credit(line: str) -> bool:
    """'Jo Li jli@portvalestar.com': a staff photographer's name and their own address (the
    caller asks under a caption only: a byline may read the same)."""
    emailed = _NAME_EMAIL.fullmatch(line.strip()) if "@" in line and len(line) <= 80 else None
    if emailed is None:
        return False
    name = title_case(emailed["name"])
    return person_name(name) == name and signed_address(name, emailed["local"])


# What joins the parts of a surname ('Okoro-Marsh', "O'Brien").
_SURNAME_JOIN: Final = re.compile(r"[-'’.]")


def signed_address(name: str, local: str) -> bool:
    """Whether an e-mail address's local part holds a part of the name's surname ('Jo
    Okoro-Marsh' and 'jokoro', 'Lena Hartwick' and 'lhartwick'): the person's own address."""
    surname = name.rpartition(" ")[2].casefold()
    return any(len(part) >= 3 and part in local.casefold() for part in _SURNAME_JOIN.split(surname))


# A credit first, then the caption it credits, on one line: 'Photo: Jo Li. A bus on Main
# Street.' (Icelandic Review's form, a credit line), 'Staff Photo by Jo Li / Traffic moves
# along Main Street on Monday.' (the Chattanooga Times Free Press's, read as a caption).
_CREDIT_COLON_CAPTION: Final = re.compile(
    r"(?P<credit>(?:Photo|Photograph|Picture|Image|Pic)s?: "
    r"(?P<name>[^\W\d_][\w'’-]+(?: [^\W\d_][\w'’-]+){1,3}))\.\s+(?P<caption>\S.{10,})"
)
_CREDIT_SLASH_CAPTION: Final = re.compile(
    # (a paper's short name may open it: 'Mirror photo by Jo Li / <caption>')
    r"(?P<credit>(?:(?:Staff|Contributed|Submitted|File|[A-Z][a-z]+) )?"
    r"(?:[Pp]hoto|[Ii]mage|[Pp]icture)s? "
    r"(?:by|courtesy of) [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,4}) / (?P<caption>[A-Z“\"].{14,})"
)


def credit_then_caption(line: str, slashed: bool = False) -> tuple[str, str] | None:
    """(credit, caption) of a line that opens with a credit and goes on with its caption:
    after a colon and a person's name and a full stop, or (`slashed`) before ' / '."""
    if line[:1] not in "SCFPI" and not (slashed and line[:1].isupper()):
        return None  # each form opens with its label or a staff word (or, slashed, a paper's)
    match = (_CREDIT_SLASH_CAPTION if slashed else _CREDIT_COLON_CAPTION).fullmatch(line)
    if match is None:
        return None
    if not slashed and person_name(match["name"]) != match["name"]:
        return None
    return match["credit"], match["caption"]


def paper_comma_credit(line: str) -> bool:
    """`_NAME_COMMA_PAPER` whole, the name a person's and the paper named as papers are (data)
    or a newspaper of the table."""
    match = _NAME_COMMA_PAPER.fullmatch(line.strip()) if len(line) <= 80 else None
    if match is None:
        return False
    paper = match.group("paper")
    # ('KARA SJOBERG, TRIBUNE': a paper's word alone is its short name)
    alone = " " not in paper and paper_name(paper)
    joined = " & " in paper and paper_name(paper)  # ('Jo Li, The News & Advance')
    # ('JO LI, THE PORTVALE VIRGINIAN FILE PHOTO': in capitals, a word of it names papers)
    caps = line.isupper() and paper_name(paper)
    # ('Jo Li, GMA News', 'Jo Li, Portvale TV': a station the table lacks)
    station = BROADCASTER.fullmatch(paper) is not None
    # ('Jo Li, KPVL': call letters; not on a line in capitals, 'EXCUSE ME, WHUT' a cry)
    unknown = paper_outlet(paper) is not None and not (line.isupper() and station_outlet(paper))
    if not (alone or joined or caps or station or unknown or _known_newspaper(paper)):
        return False
    name = match.group("name")
    return person_name(name) == title_case(name)


# ('The STAR / Jo Li'; 'The Portvale Post | Jo Li', 'Valley News - Jo Li': a bar or a spaced
# dash for the slash, `PAPER_MARKS`)
_PAPER_FIRST: Final = re.compile(
    r"(?P<paper>(?:The )?[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3})(?: ?/ ?| \| | [-–—] )"
    r"(?P<name>[A-Z][^/|()]{2,40})"
)
# A news site's address in lower case, as a credit names its source ('mbl.is',
# 'primeminister.kz').
SITE_HOST: Final = r"[a-z0-9][\w-]*(?:\.[\w-]+)*\.[a-z]{2,6}"
_SITE_HOST: Final = re.compile(SITE_HOST)
# The site's address first ('mbl.is/Jo Li', as Icelandic papers credit their photographers).
_HOST_FIRST: Final = re.compile(rf"(?P<paper>{SITE_HOST}) ?/ ?(?P<name>[A-Z][^/|()]{{2,40}})")


# 'Jo Li/Staff', 'Jo Li | Staff Photographer', 'Jo Li — AP', 'Jo Li - The Portvale Times':
# a photographer, then a slash, bar or spaced dash, then the staff's or a paper's name.
_LOOSE_CREDIT: Final = re.compile(
    r"(?P<name>[A-Z][^/|—–()]{2,40}?)(?: ?[/|] ?| [—–~-] )"
    # ('Jo Li/for the Portvale Post': the paper the photo was made for)
    # (an en dash inside a word: 'THE FREE LANCE–STAR')
    r"(?P<client>[Ff]or (?:[Tt]he )?)?(?P<tail>[A-Z](?:[^/|—–()]|(?<=\w)–(?=\w)){1,50})"
)
_STAFF: Final = re.compile(
    r"(?i)staff(?: photographer| photo)?|special to (?:the )?[a-z][\w .&'’-]+"
)


def name_then_agency(line: str) -> bool:
    """'Jo Li AP', 'Jo Li Reuters': a photographer's name and a wire's or a photo agency's,
    with no separator, as some papers' templates print the credit under a caption (the
    caller's context); the name must open with a given name of the table."""
    if len(line) > 60 or not opens_with_given_name(line):
        return False
    name, _, agency = line.rstrip(" .").rpartition(" ")
    org = lone_organisation(agency) if name else None
    if org is None or organisations().kinds.get(org) not in ("wire", "photo_agency"):
        return False
    return person_name(name) == name


# A paper's short name and its label before the photographer's, all in capitals ('NEWS
# PHOTO JO LI', 'HERALD PHOTO BY JO LI').
_CAPS_PAPER_PHOTO: Final = re.compile(
    r"^(?P<paper>[A-Z]{2,12}(?: [A-Z]{2,12}){0,2}) PHOTO (?:BY )?(?=[^\W\d_]+ [A-Z])"
)
# A paper's name glued to its 'pic' before the photographer's ('Nationalpic by JO LI').
_GLUED_PIC: Final = re.compile(r"^(?P<paper>[A-Z][a-z]{2,15})pic by ")
# A surname in capitals whose 'Mc' keeps its small 'c' ('DALE McCLUSKIE').
# (after a given name in capitals: 'Jo McKEE' is written so)
_CAPS_MC: Final = re.compile(r"(?<=[A-Z]{2} )Mc(?=[A-Z'’-]{2,}\b)")


def _capital_mc(text: str) -> str:
    """The text with a capitals' 'Mc' in capitals too, so the name reads as set in capitals."""
    return _CAPS_MC.sub("MC", text) if "Mc" in text else text


def _regional_desk(tail: str) -> bool:
    """An organisation of the table, then a place of places.csv ('CNHI Oklahoma', 'PA
    Scotland'): the organisation's desk there."""
    head, _, place = tail.rpartition(" ")
    return bool(head) and is_place(place) and lone_organisation(head) is not None


def loose_credit(line: str) -> bool:
    """A credit that out of context reads as well as a byline ('Jo Li — AP' under a headline
    names its reporter): the caller takes it for a photo's only under a caption. The name
    must be one person's, and the rest the staff, a known organisation or a paper (a word of
    it names newspapers, data)."""
    if len(line) > 100:
        return False
    line = _capital_mc(line)
    if line[:1] == "(" and line[-1:] == ")":
        line = line[1:-1]  # '(Jo Li/Portvale News)' alone on its line, as many papers print it
    if "/" in line and line.endswith((" photo", " Photo", " PHOTO")):
        line = line[:-6]  # 'Jo Li/NNSL photo': the paper's photo, by its photographer
    if "/" in line and (owned := _OWNER_SLASH_NAME.fullmatch(line.strip())) is not None:
        # 'Portvale868/Jo Li', 'pvn.is/Jo Li': the paper or site, then its photographer
        owner, name = owned["owner"], owned["name"]
        return (
            name.istitle()
            and person_name(name) == name
            and person_name(owner) is None
            and (owner[:1].isupper() or re.fullmatch(SITE_HOST, owner) is not None)
            and not is_place(owner)
        )
    match = _LOOSE_CREDIT.fullmatch(line.strip())
    if match is None:
        return False
    name, tail = match.group("name").strip(), match.group("tail").strip()
    person = person_name(name)
    # ('Sgt. Jo Li/U.S. Army': a rank or title before the name)
    if person is None or not title_case(name).endswith(person):
        return False
    if match.group("client"):
        return paper_name(tail) or lone_organisation(tail) is not None
    return (
        _STAFF.fullmatch(tail) is not None
        or lone_organisation(tail) is not None
        or paper_name(tail)
        # 'HANA LOWRIE/STUFF': a credit in capitals names its paper in capitals, known or not
        or (name.isupper() and "/" in line and _CAPS_TAIL.fullmatch(tail) is not None)
        # 'Jo Li/RGJ': a paper's or an agency's initials after the slash, known or not
        or ("/" in line and _INITIALS.fullmatch(tail) is not None)
        # 'Jo Li / The Forum', 'Jo Li | The Robesonian': a paper called by one word after
        # 'The', known or not
        or (("/" in line or " | " in line) and _THE_ONE_WORD.fullmatch(tail) is not None)
        # 'Jo Li/NorthJersey.com': the paper's site, capitalised
        or ("/" in line and SITE_NAME.fullmatch(tail) is not None)
        # 'Jo Li/CNHI Oklahoma': an organisation's regional desk
        or _regional_desk(tail)
        # 'Jo Li — Portvale TV', 'Jo Li | GMA News': a station the table lacks
        or BROADCASTER.fullmatch(tail) is not None
        # 'Sgt. Jo Li/U.S. Army': an office or a force the photographer serves
        or ("/" in line and _OFFICE.fullmatch(tail) is not None)
        # 'Jo Li/The Portvale Chief', 'Jo Li/PortvaleMatters': after a slash, any short
        # capitalised name is the photographer's paper or client (a byline does not slash)
        or (
            "/" in line
            and _SLASHED_NAME.fullmatch(tail) is not None
            and person_name(tail) is None  # ('Jo Li / Lena Markov': two people)
            and not is_place(tail.rpartition(" ")[2])  # ('Jo Li/Portvale Texas': a desk)
        )
    )


# One word (a name, capitalised, or a site's address), a slash, then a person's name.
_OWNER_SLASH_NAME: Final = re.compile(
    r"(?P<owner>[A-Za-z][\w.&'’-]{1,30}) ?/ ?(?P<name>[^\W\d_][\w'’.-]+(?: [^\W\d_][\w'’.-]+){1,2})"
)
# A station or channel the organisations table lacks, by its last word ('Portvale TV',
# 'Valley Television') or by call letters or initials before 'News' ('KPVL News', 'GMA News';
# 'UK News' is a section's, two letters).
BROADCASTER: Final = re.compile(r"(?:[A-Z][\w&'’-]* ){1,3}(?:TV|Television)|[A-Z]{3,5} News")
_CAPS_TAIL: Final = re.compile(r"[A-Z][A-Z&'’.–-]+(?: [A-Z][A-Z&'’.–-]+){0,2}")
_INITIALS: Final = re.compile(r"[A-Z]{2,5}|[A-Z]{1,3}-[A-Z]{1,3}")  # ('DN-R')
_THE_ONE_WORD: Final = re.compile(r"The [A-Z][a-z]{2,15}")
_SLASHED_NAME: Final = re.compile(r"(?:The )?[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3}")
# A publication by 'The' and one to three capitalised words ('The Mill', 'The Portvale Eye').
THE_PAPER: Final = re.compile(r"The [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}")
# A news site's address written as its name ('NorthJersey.com', 'AL.com'), a credit's paper
# after the slash or a byline's under the reporter's name.
SITE_NAME: Final = re.compile(r"[A-Za-z][A-Za-z0-9-]{1,30}\.(?:com|net|org|news)")
# What Australian and New Zealand papers print under a photo a reader or an office gave them,
# and a map service's view of a place ('Google Maps' under an office's caption).
_SOURCE_ALONE: Final = frozenset(
    {
        "supplied",
        "handout",
        "supplied photo",
        "supplied image",
        "provided",
        "submitted",
        "contributed",
        # the same after or before 'photo' ('PROVIDED PHOTO', 'Submitted photo', 'Photo
        # supplied'), as US and Pacific papers print it
        "provided photo",
        "submitted photo",
        "contributed photo",
        "courtesy photo",
        "photo supplied",
        "photo provided",
        "photo submitted",
        # ('Picture supplied', 'Image supplied': Australian papers' words for a photo)
        "picture supplied",
        "image supplied",
        "supplied picture",
        # ('File photo' under a caption: the paper's own picture from its files)
        "file photo",
        "file picture",
        "google maps",
        "google street view",
    }
)


def office_alone(line: str) -> bool:
    """'Guam Power Authority', 'Portvale Police Department': an office that handed out the
    photo, alone on its line (the caller takes it for a credit only under a caption). Not
    after 'The': 'The Full-Time Office' heads a section of a story about offices."""
    return len(line) <= 80 and line[:4] != "The " and _OFFICE.fullmatch(line) is not None


# A photo by the name of whoever owns it: 'Pioneer photo', 'Portvale Herald photo', 'Army photo'.
NAMED_PHOTO: Final = re.compile(r"[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,2} (?:[Pp]hoto|PHOTO)s?")
# First words of a named photo that make it a link to more pictures or a menu's entry.
_PHOTO_LINK_WORDS: Final = frozenset(
    {"More", "View", "See", "Latest", "Top", "All", "Best", "Our", "Your", "Related", "Share"}
    | {"Featured", "Click", "Watch", "Submit", "Send", "Buy", "Order", "Print", "Add", "Next"}
    | {"Upload", "Download", "Gallery", "Previous", "Prev", "MORE", "VIEW", "SEE", "BUY"}
    | {"TV", "News", "Video", "Sports", "Sport"}  # a menu's entries ('TV Photo')
)


def named_photo(line: str) -> bool:
    """'Herald photo', 'Special photo', 'Army photo' alone on a line: one photo named for
    its owner, its paper or its kind ('More photos', 'Buy photo' are links; a plural heads a
    gallery)."""
    return (
        NAMED_PHOTO.fullmatch(line) is not None
        and line[-1:] not in "sS"
        and line.split(None, 1)[0] not in _PHOTO_LINK_WORDS
    )


# Who gave or made the picture, in words ('Photo from the Portvale Museum', 'Screen grab from
# Portvale TV', 'Submitted by Jo Li', 'Map by Jo Li/Portvale Herald', 'Portvale Police
# handout'): a name in capitals after the verb.
_GIVER: Final = re.compile(
    r"(?:(?:(?:Archive|File|Handout|Stock) )?(?:[Pp]hoto|[Ii]mage|[Pp]icture|[Ff]ootage)s?|"
    r"Screen ?[Gg]rab|Screenshot|Video still|Still|Map|Graphic|Chart|Illustration|Rendering|"
    r"Artist['’]s (?:rendering|impression)) (?:from|by|courtesy of) (?:the )?[A-Z@][^()]{1,60}|"
    r"(?:Submitted|Contributed|Provided|Supplied) by (?:the )?[A-Z][^()]{1,60}|"
    # ('Foto de Jo Li', 'Picha na Jo Li': 'photo by' in the paper's own language)
    r"(?:Fotos?|Fotografía|Picha) (?:de|por|von|na) [A-Z][^()]{1,60}|"
    # ('Portvale Police handout': who handed it out)
    r"[A-Z][\w'’.&-]*(?: (?:of|and|&|[A-Z][\w'’.&-]*)){0,5} [Hh]andout"
)
# The words one of `_GIVER`'s forms holds, or ends in.
_GIVER_WORDS: Final = (" from ", " by ", " courtesy of ", " de ", " por ", " von ", " na ")
_HANDED_OUT: Final = ("handout", "Handout")
# 'Bulletin file', 'Portvale Herald file': the paper's own files, by its name.
_PAPER_FILE: Final = re.compile(r"(?P<paper>[A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*){0,4}) [Ff]ile")
# 'Jo Li, special to the Herald', 'Jo Li/Special to The Portvale Post' (a freelancer's credit),
# 'Jo Li, Portvale Herald file' (the paper's files).
_SPECIAL_OR_FILE: Final = re.compile(
    r"(?P<name>[^,/]{3,40})(?:, ?|/)(?:[Ss]pecial to (?:the |The )?[A-Z][\w .&'’-]{2,40}|"
    r"[A-Z][\w .&'’-]{1,40} [Ff]ile)"
)
# A post on a platform, by its handle or its label: 'X/@portvalepolice', 'Instagram/@jo.li',
# 'X (@PortvalePolice)', 'Screenshot/YouTube', 'Image: Facebook/Portvale Fire Rescue'.
_PLATFORM_POST: Final = re.compile(
    r"(?:(?:Photo|Image|Picture|Video|Screenshot|Screen ?grab)s?(?::| ?/) ?)?"
    r"(?:(?P<platform>[A-Z][A-Za-z]{0,9}) ?(?:/ ?@[\w.]{2,30}| ?\(@[\w.]{2,30}\))|"
    r"(?:Screenshot|Screen ?grab|Photo|Image|Video) ?/ ?(?P<host>[A-Z][A-Za-z]{0,9})|"
    # ('Sedema/X', 'Portvale Fire Rescue/Facebook': the poster, then the platform)
    r"[A-Z][\w.&'’ -]{1,40}? ?/ ?(?P<posted_on>[A-Z][A-Za-z]{0,9}))"
)


def given_by(line: str) -> bool:
    """A credit that says in words who gave or made the picture, a freelancer's or the
    paper's files, or a post on a platform: out of context a press release's line, so the
    caller takes it for a photo's credit only under its caption or in a bracket after it."""
    text = line.strip()
    if len(text) > 90:
        return False
    # (each pattern's own words or marks first: most lines under a caption hold none of them)
    filed = text.endswith(("file", "File"))
    if (text.endswith(_HANDED_OUT) or any(w in text for w in _GIVER_WORDS)) and (
        _GIVER.fullmatch(text) is not None
    ):
        return True
    files = _PAPER_FILE.fullmatch(text) if filed else None
    if files is not None:
        paper = files["paper"]
        return paper.rpartition(" ")[2].casefold() in newspaper_words() or (
            organisations().lookup(paper) is not None
        )
    special = _SPECIAL_OR_FILE.fullmatch(text) if filed or "pecial to" in text else None
    if special is not None:
        return person_name(special["name"]) == special["name"]
    if "/" not in text and "(@" not in text:
        return False
    post = _PLATFORM_POST.fullmatch(text)
    if post is None:
        return False
    if post["platform"] == "X" or post["posted_on"] == "X":
        return True  # (the handle or the poster makes the letter the platform: 'X/@jo.li')
    return (post["platform"] or post["host"] or post["posted_on"] or "").casefold() in platforms()


def owner_photo(line: str) -> bool:
    """'Village of Nakusp photo', '(Town of Portvale image)': the photo of a town's government
    or an office that handed it out, named with the word for a photo."""
    text = line.strip("() ")
    if not text.endswith(_OWNER_PHOTO_WORDS):
        return False
    owner = text.rpartition(" ")[0]
    return civic_alone(owner) or office_alone(owner)


_OWNER_PHOTO_WORDS: Final = (" photo", " Photo", " image", " Image", " photograph")


def civic_alone(line: str) -> bool:
    """'City of Portvale' ('CITY OF PORTVALE'): a town's government alone on its line, which
    may as well head a section of the story (the caller asks under a line that reads as a
    photo's caption)."""
    if len(line) > 60:
        return False
    text = title_case(line).replace(" Of ", " of ") if line.isupper() else line
    return _CIVIC.fullmatch(text) is not None


# A town's, a county's or a state's government by its name ('City of Portvale', 'Town of
# Lenn Valley').
_CIVIC: Final = re.compile(
    r"(?:City|Town|County|Village|Borough|Municipality|Province|State|Government|District) of "
    r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}"
)


def source_named(line: str) -> bool:
    """'Source: Harrowgate Build': a body named as the source, which credits a photo only
    under its caption (the caller asks); at a story's end it names where the story came
    from."""
    return len(line) <= 80 and _SOURCE_BODY.fullmatch(line.strip()) is not None


def source_alone(line: str) -> bool:
    """'SUPPLIED', '(Supplied)', 'Handout': the photo's source alone, a credit under a caption
    that names no one; or a company's name in brackets ('(Harrowgate Interactive)', a game
    studio's key art)."""
    if len(line) <= 20 and line.strip(" .()[]").casefold() in _SOURCE_ALONE:
        return True
    if "/" in line and len(line) <= 90 and _SLASH_SOURCE_END.fullmatch(line.strip()):
        return True  # 'Town of Portvale/Courtesy photo': the owner, then how the photo came
    if ("/" in line or ": " in line) and len(line) <= 90 and _SOURCE_SLASH.match(line):
        # 'Provided/Town of Portvale', 'Contributed / NOAA Great Lakes Environmental Research
        # Laboratory'
        return True
    if "." in line and " " not in line and _HOST.fullmatch(line):
        return True  # 'Kremlin.ru': the site that published the photo
    if line[:1] != "(" or len(line) > 50:
        return False
    named = _BRACKETED_SOURCE.fullmatch(line)
    if named is None or line.isupper():  # ('(SCROLL DOWN FOR VIDEO)': a page's note)
        return False
    return not _NOT_SOURCE.intersection(named.group(1).split())


# A site's host name ('Kremlin.ru', 'Gov.uk'): a capital first, a country or common domain last.
_HOST: Final = re.compile(r"[A-Z][\w-]*(?:\.[\w-]+)*\.(?:ru|ua|uk|com|org|gov|net|int|eu|in|cn|jp)")


# Two to four capitalised words in brackets, alone on the line.
_BRACKETED_SOURCE: Final = re.compile(r"\(((?:[A-Z][\w&.’'-]*)(?: [A-Z][\w&.’'-]*){1,3})\)")
# ... that are no note of the editor's ('(Editor's Note)', '(Story Continues Below)').
_NOT_SOURCE: Final = frozenset(
    {
        "Note",
        "Updated",
        "Update",
        "Corrected",
        "Correction",
        "Continued",
        "Continues",
        "Reporting",
        "Advertisement",
        "Sponsored",
        "Video",
        "Photo",
        "Photos",
        "Watch",
        "Listen",
        "Read",
        "More",
        "Below",
        "Story",
        "Opinion",
        "Analysis",
    }
)


def _hosted(fragment: str, hosts: frozenset[str]) -> bool:
    """A platform named in the fragment ('Flickr', 'Wikimedia Commons', 'Kim Bo Instagram'
    for the person's account): it hosted the photo, and names neither maker nor agency."""
    folded = fragment.casefold()
    return folded in hosts or any(w in hosts for w in folded.split())


# A chart's credit: 'Data: City and County of Denver; Chart: Axios Visuals'.
_CHART_CREDIT: Final = re.compile(
    r"(?:Data|Source)\s*:\s*(?P<data>[^;]{2,80});\s*(?:Chart|Graphic|Map)\s*:\s*(?P<maker>.{2,60})"
)


# AFP's note between its two wordings of a credit ('... (Photo credit should read JO LI/AFP)').
_SHOULD_READ: Final = re.compile(r"(?i)\)?\s*\(?\s*(?:photo |image )?credit should read")
# A broadcaster by its channel's number: call letters and the number ('KARE 11'), or the
# number and a word or two ('7NEWS', '9News Perth', '10 News First').
_CHANNEL: Final = re.compile(r"[A-Z]{3,5} \d{1,2}|\d{1,2} ?[A-Z][A-Za-z]+(?: [A-Z][a-z]+){0,2}")
# A short name in capitals, maybe an alias written in another case than the table's ('Tass').
_SHORT_CAPITALISED: Final = re.compile(r"[A-Z][\w&.'’-]+(?: [A-Z][\w&.'’-]+){0,3}")


# A source after 'Provided by' or 'Courtesy of' whose name lists its fields ('Montana Fish,
# Wildlife and Parks'): capitalised words, commas, then 'and' and the last field.
_CAPITALISED_RUN: Final = r"[A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*){0,3}"
_LISTED_BODY: Final = re.compile(
    r"(?i:(?:(?:photo|image|picture) )?(?:(?:provided|supplied) by|courtesy(?: of)?))(?: the)? "
    rf"({_CAPITALISED_RUN}(?:, {_CAPITALISED_RUN})+,? (?:and|&) {_CAPITALISED_RUN})"
)
_LIST_PARTS: Final = re.compile(r",? (?:and|&) |, ")


# A paper's name joining two words with '&' ('The News & Advance', 'Press & Sun-Bulletin').
_AMPERSAND_PAPER: Final = re.compile(
    r"(?:The )?(?:[A-Z][\w'’-]* ){0,2}[A-Z][\w'’-]* & [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?"
)


# A map's view of a place, credited to the map's maker ('Picture: Google Street View'): the
# agency is the maker, by one name.
MAP_NAMES: Final = frozenset(
    {"Google Street View", "Google Streetview", "Google Maps", "Google Earth", "Google"}
)


# A free photo library's own attribution: 'Photo by Jo Li on Unsplash', '... from Pexels'.
_ON_LIBRARY: Final = re.compile(r"\s+(?:on|from)\s+(?=(?:Unsplash|Pexels|Pixabay)\b)")


# 'Jo Li/The Sun Times', 'Jo Li /The Recorder and Times': a paper's name closing the credit
# after its slash.
_SLASHED_PAPER: Final = re.compile(
    r"(?:(?<=/)|(?<=/ ))(?:The )?[A-Z][\w'’-]*(?: (?:and (?!The ))?[A-Z][\w'’-]*){1,4}\Z"
)
_LONE_PAPER: Final = re.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){2,4}")


def _drop_initials(match: re.Match[str]) -> str:
    """'African News Agency (ANA)' as 'African News Agency': the brackets spell the name's
    initials, no second agency."""
    initials = "".join(w[0] for w in match["name"].split() if w[0].isupper())
    return match["name"] if initials == match["initials"] else match[0]


# A name of two to six capitalised words, then capitals in brackets.
_INITIALS_AFTER_NAME: Final = re.compile(
    r"(?P<name>[A-Z][\w'’-]*(?: (?:of |and |the )?[A-Z][\w'’-]*){1,5}) \((?P<initials>[A-Z]{2,6})\)"
)


def _slashed_paper(source: str) -> re.Match[str] | None:
    """The paper's name after the credit's last slash when the table holds a shorter name
    inside it but not the whole ('The Sun Times' holds 'The Sun', 'Wooster Daily Record'
    'Daily Record'), or its 'and' joins two of its words ('The Recorder and Times'): one
    paper the table lacks, not a list."""
    found = _SLASHED_PAPER.search(source, source.rfind("/"))
    return found if found is not None and _longer_paper(found[0]) else None


def _lone_paper(source: str) -> re.Match[str] | None:
    """The whole credit as one paper's name that holds a shorter one of the table after a
    place's word ('Paisley Daily Express' holds 'Daily Express'): the paper itself, the word
    before no second agency (nor a person's name: 'Jo Li Daily Express' is not read so)."""
    found = _LONE_PAPER.fullmatch(source)
    if found is None or not _longer_paper(source):
        return None
    inside = organisations().find(source)
    if not inside or inside[0][0] == 0 or person_name(source[: inside[0][0]]) is not None:
        return None
    return found


def _longer_paper(name: str) -> bool:
    """Whether the name is a paper's the table lacks though it holds a shorter name inside
    it (or the name's 'and' joins two of its words), and not a wire's own news service."""
    if not paper_name(name):
        return False
    orgs = organisations()
    inside = orgs.find(name)
    if orgs.lookup(name) is not None or not (inside or " and " in name):
        return False
    rest = name
    for start, end, _ in reversed(inside):
        rest = rest[:start] + rest[end:]
    # ('Jo Li/Xinhua News': the agency's own news service, not another paper)
    return not (inside and rest.strip().casefold() == "news")


def read(text: str) -> Credit:
    """Split a credit into photographers (people) and agencies (canonical organisations)."""
    credit = clean(text)
    if credit in MAP_NAMES:
        return Credit(credit, (), ("Google",))
    source = credit.replace(" FOR ", " for ") if " FOR " in credit else credit
    source = _capital_mc(source)
    if "pic by " in source:
        source = _GLUED_PIC.sub(r"\g<paper> / ", source)  # 'Nationalpic by JO LI'
    elif " PHOTO " in source:
        source = _CAPS_PAPER_PHOTO.sub(r"\g<paper> / ", source)  # 'NEWS PHOTO JO LI'
    if "\\" in source:
        source = source.replace("\\", "/")  # 'JO LI\STAFF': a backslash for the slash
    if " (" in source and ")" in source:
        source = _INITIALS_AFTER_NAME.sub(_drop_initials, source)
    if "/HO-" in source:
        source = source.replace("/HO-", "/")  # 'THE CANADIAN PRESS/HO-Portvale RCMP': a handout
    if "=" in source:
        source = source.replace("=", " / ")  # 'Photo=Jo Li/Yonhap': a Korean paper's mark
    if "-" in source and (banded := _BANDED_STATION.search(source)) is not None:
        # 'Jo Li/WFLA-TV': the table's station by its letters ('TV' is no second agency)
        known = station_outlet(banded[0])
        if known is not None and known != banded[0]:
            source = source[: banded.start()] + known + source[banded.end() :]
    client = _FOR_PAPER.search(source) if " for " in source else None
    if client is not None and paper_outlet(client["paper"]) is not None:
        # 'Jo Li for Portvale Courier': the paper the table lacks she took it for
        source = f"{source[: client.start()]} / {client['paper']}"
    if " on " in source or " from " in source:
        source = _ON_LIBRARY.sub(" / ", source)  # 'Photo by Jo Li on Unsplash': its wording
    if _COURTESY_LEAD.match(source):
        source = _COURTESY.sub("", source)
    elif " by " in text[:32] and _SUPPLIED_LEAD.match(text.lstrip("([ ")) is not None:
        rest = _SUPPLIED_LEAD.sub("", source).strip()
        if _SOURCE_OFFICE.fullmatch(rest):
            return Credit(credit, (), (rest,))  # 'Provided by Daegu Metropolitan City'
        if not opens_with_given_name(rest) and len(rest.split()) >= 3 and person_name(rest):
            # 'Picture supplied by Surf Life Saving Victoria': a body's name (no given name
            # opens it) that would pass for a person's
            return Credit(credit, (), (rest,))
    elif source[:7] in ("Source:", "SOURCE:") and _SOURCE_BODY.fullmatch(source):
        rest = source[7:].strip()
        if (
            not opens_with_given_name(rest)
            and organisations().lookup(rest) is None
            and rest.casefold() not in platforms()  # ('Source: Facebook': where it was found)
            and rest.casefold() not in _SOURCE_ALONE
        ):
            return Credit(credit, (), (rest,))  # 'Source: Harrowgate Build': who gave it
    elif ("/" in source or ": " in source) and _SOURCE_SLASH.match(source):
        # 'Provided/Town of Portvale', 'Supplied: Portvale Grains Council': who supplied it
        source = _SOURCE_SLASH.sub("", source)
    if source[1:2].isupper() and caps_name_paper(source):
        caps = _CAPS_NAME_PAPER.fullmatch(source.strip())
        if caps is not None:
            source = f"{caps['name']} / {caps['paper']}"  # 'JO LI Portvale Herald'
    if " The " in source:
        run_on = _NAME_THE_PAPER.match(source)
        if run_on and person_name(run_on["name"]) == run_on["name"]:
            source = f"{run_on['name']} / {source[run_on.end() :]}"  # 'Jo Li The Portvale Eagle'
    if "should read " in text:  # both wordings name the people and agencies
        source = clean(_SHOULD_READ.sub(" / ", text))
    listed = _LISTED_BODY.fullmatch(credit) if ", " in credit else None
    if (
        listed is not None
        and any(" " not in p for p in _LIST_PARTS.split(listed[1]))
        and not organisations().find(listed[1])
    ):
        # 'Provided by Montana Fish, Wildlife and Parks': one body whose name lists its fields
        # (one word alone in the list is no person's name, nor an agency of the table)
        return Credit(credit, (), (listed[1],))
    if source[:8] in ("Special ", "SPECIAL "):
        source = _SPECIAL_LABEL.sub("", source)  # 'Special Photo: City of Portvale'
    if ": " in source:
        source = _STATION.sub(r"\1 / ", _PAPER_LABEL.sub(r"\1 / ", source))
    if _GLUED_CAPS.search(source):
        source = _GLUED_CAPS.sub(_unglue_agency, source)
    if "Pool" in source or "POOL" in source:
        source = _NAME_BEFORE_POOL.sub(_unglue_pool, source)
    owner = None  # 'Portvale Air Guard photo by Jo Li': who owns the photo, before its label
    if " by " in source:
        owned = _SOURCE_PHOTO_BY.search(source)
        if owned is not None:
            owner = source[: owned.start()].strip(" ([")
            source = _SOURCE_PHOTO_BY.sub("/", source)
    chart = _CHART_CREDIT.match(credit) if credit[:4] in ("Data", "Sour") else None
    if chart is not None:
        # 'Data: City and County of Denver; Chart: Axios Visuals': the data's source and the
        # chart's maker, each one name ('and' lists nothing here)
        names = (chart["data"].strip(), chart["maker"].strip())
        return Credit(credit, (), tuple(organisations().lookup(n) or n for n in names))
    paper = _AMPERSAND_PAPER.search(source) if " & " in source else None
    if paper is not None and paper_name(paper[0]) and not organisations().find(paper[0]):
        # 'Jo Li/Press & Sun-Bulletin': a paper the table lacks, its '&' no list
        source = f"{source[: paper.start()]} / {source[paper.end() :]}"
    else:
        paper = None
    if paper is None and "/" in source:
        paper = _slashed_paper(source)
        if paper is not None:
            source = f"{source[: paper.start()]} / "
    elif paper is None and " " in source:
        paper = _lone_paper(source)
        if paper is not None:
            source = " / "
    rest, agencies = without_organisations(source)
    if not agencies and _SOURCE_OFFICE.fullmatch(source):
        # 'Quang Ngai Department of Agriculture and Environment': one source, its 'and' no list
        return Credit(credit, (), (source,))
    if not agencies and ", " in source and _office_then_place(source):
        return Credit(credit, (), (source,))  # 'Forest Department, Portvale': one office
    if agencies and " and " in rest:
        office = _SEPARATORS_AT_END.sub("", rest).strip(" /|,;")
        if _OFFICE.fullmatch(office):
            # 'Colorado Parks and Wildlife via AP': the office, then the agency that sent it
            both = [office, *agencies] if source.startswith(office) else [*agencies, office]
            return Credit(credit, (), tuple(both))
    mononym = _mononym(source) if agencies else None
    written: dict[str, str] = {}  # an agency the table does not know, as the credit spells it
    if " and " in rest and "/" in rest:
        for part in rest.split("/"):
            office = _SEPARATORS_AT_END.sub("", part).strip(" ,;|")
            if " and " in office and _SOURCE_OFFICE.fullmatch(office):
                # 'Facebook/ Portvale Fire and Rescue Department': after a slash, an office
                # whose name holds 'and' is one source, as it is alone
                agencies.append(office)
                written[office] = office
                rest = rest.replace(office, " / ", 1)
    if paper is not None:
        agencies.append(paper[0])
        written[paper[0]] = paper[0]
    if "for" in rest or "For" in rest:
        rest = _CLIENT.sub(" ", rest)
    # 'Jo Li/Portvale Ledger-Star via AP': after the photographer, the name between the slash
    # and 'via' is the paper the photographer works for, which shared the photo (when it
    # reads as a paper's: 'Kim Bo/Jo Li via AP' names two photographers).
    member = _MEMBER_PAPER.search(rest) if " via " in rest else None
    photographers: list[str] = []
    if any(suffix in rest for suffix in _COMPANY_SUFFIXES):
        # 'Jo Li Photography Inc/Getty Images': a company the table lacks (a photographer's
        # studio, an image library) credits the photo as an agency does, and names no person
        for company in _COMPANY.finditer(rest):
            _keep(agencies, written, company["name"], company["name"])
        rest = _COMPANY.sub(" / ", rest)
    hosts = platforms()
    house = credit.endswith(_HOUSE_PHOTO_ENDS)
    fragments = _fragments(rest)
    for at, fragment in enumerate(fragments):
        if " on " in fragment and _hosted(fragment.rpartition(" on ")[2], hosts):
            fragment = fragment.rpartition(" on ")[0]  # 'Jo Li on Unsplash': its maker
        if (
            fragment.casefold() in _NO_AGENCY
            # what is left of 'YONHAP News' once the agency comes off ('NEWS PHOTO' alone is
            # a paper's short name)
            or (agencies and fragment.casefold() == "news")
            or fragment.endswith(_DESK_ENDS)
            or _hosted(fragment, hosts)
            or is_place(fragment)
            or licences().start.match(fragment)
        ):
            # Getty's 'Stringer'; a site that hosted the photo ('Jo Li/Flickr'); a place; the
            # licence the photo is used under ('Jo Li/Flickr (CC BY 2.0)')
            continue
        name = person_name(fragment)
        if fragment == mononym and not photographers:
            name = fragment
        elif name and fragment.casefold() in institutions():
            name = None  # 'Pete Souza/White House': the photo's source, no photographer
        elif name and (photographers or house) and unknown_paper(fragment):
            # 'Jo Li / Portvale Sun Sentinel', 'Portvale Express photo': a paper the table
            # lacks, no person
            name = None
        elif name and unknown_paper(fragment) and any(person_name(f) for f in fragments[at + 1 :]):
            name = None  # '(Portvale American/Jo Li)': the paper first, then its photographer
        if (
            name
            and photographers
            and member
            and fragment == member.group(1).strip(" .,-")
            and paper_name(fragment)
        ):
            _keep(agencies, written, fragment, fragment)
        elif name and _acronym_after_word(name):
            continue  # 'Albay PDRRMO': a place and an office's acronym, no AFP-style surname
        elif name and fragment == owner and any(person_name(f) for f in fragments[at + 1 :]):
            # 'Portvale Air Guard photo by Jo Li': the owner before the label is a body
            _keep(agencies, written, fragment, fragment)
        elif name:
            if not name.isupper() and any(_CAPS_SURNAME.fullmatch(w) for w in name.split()):
                # AFP's 'Jo LINDQVIST': the surname in capitals (not 'Jo Li III')
                name = " ".join(
                    title_case(w) if _CAPS_SURNAME.fullmatch(w) else w for w in name.split()
                )
            if name not in photographers:
                photographers.append(name)
        elif fragment[:1].isupper() and " " in fragment and _SOURCE_OFFICE.fullmatch(fragment):
            # 'Jo Li/City of Portvale', 'Jo Li/Department of Health': the office that handed
            # out the photographer's picture
            _keep(agencies, written, fragment, fragment)
        elif (
            agencies
            and not photographers
            and at == len(fragments) - 1
            and fragment.isalpha()
            and fragment.istitle()
            and opens_with_given_name(fragment)
            and organisations().lookup(fragment) is None
        ):
            photographers.append(fragment)  # 'Excelsior/Rakesh': the paper's photographer
        elif _SHORT_CAPITALISED.fullmatch(fragment):
            # a short alias written in another case than the table matches ('Tass')
            org = organisations().lookup(fragment) or _organisation_case(fragment)
            _keep(agencies, written, org, fragment)
        elif _CHANNEL.fullmatch(fragment):
            # a TV channel's name with its number, as written ('KARE 11', '7NEWS')
            org = organisations().lookup(fragment) or fragment
            _keep(agencies, written, org, fragment)
    if written and len(agencies) > 1:
        agencies = _in_credit_order(agencies, written, source)
    return Credit(credit, tuple(photographers), tuple(agencies))


_HOUSE_PHOTO_ENDS: Final = (" photo", " Photo", " PHOTO", " pic")


# What `without_organisations` leaves where it took an agency out ('... via  | ', '.../ | ').
_SEPARATORS_AT_END: Final = re.compile(r"(?:\s*(?:\bvia\b|[/|,;]))+\s*$")


def _keep(agencies: list[str], written: dict[str, str], org: str, spelled: str) -> None:
    """Add an agency once, with the credit's spelling of it (which `_in_credit_order` finds)."""
    if org not in agencies:
        agencies.append(org)
        written[org] = spelled


def _office_then_place(source: str) -> bool:
    """'Forest Department, Portvale', 'District Horticulture Office, Tidewater': an office
    and, after its comma, the place it serves, one source (the place is no second agency)."""
    office, _, place = source.rpartition(", ")
    return (
        _PLACE_WORDS.fullmatch(place) is not None
        and _SOURCE_OFFICE.fullmatch(office) is not None
        and person_name(place) is None
        and not organisations().find(place)
    )


# A place's name after an office: one or two capitalised words.
_PLACE_WORDS: Final = re.compile(r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)?")


def _in_credit_order(agencies: list[str], written: dict[str, str], source: str) -> list[str]:
    """Agencies in the order the credit names them ('Jo Li/BPA via Getty Images': BPA, then
    Getty Images), the table's and the others alike."""
    first: dict[str, int] = {}
    for start, _, canonical in organisations().find(source):
        first.setdefault(canonical, start)
    for org, spelled in written.items():
        at = source.find(spelled)
        first[org] = at if at >= 0 else len(source)
    return sorted(agencies, key=lambda org: first.get(org, len(source)))


def _mononym(credit: str) -> str | None:
    """The one-word name opening the credit, when an organisation of the table follows its
    slash (`_MONONYM`)."""
    match = _MONONYM.match(credit)
    if match is None or organisations().lookup(match.group(1)):
        return None
    after = organisations().find(credit[match.end() :])
    return match.group(1) if after and after[0][0] == 0 else None


# Call letters with their band ('KPVL-TV'), and a paper after 'for' closing a credit.
_BANDED_STATION: Final = re.compile(rf"\b{STATION_LETTERS}(?:{'|'.join(STATION_BANDS)})\b")
_FOR_PAPER: Final = re.compile(
    r" for (?P<paper>(?:The )?[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){1,4})\)?$"
)


def _organisation_case(name: str) -> str:
    """An organisation the table does not know, as a reader writes it: 'KREMLIN PRESS SERVICE'
    becomes 'Kremlin Press Service', but one short capitalised word is an acronym and stays
    ('BPA', 'GPO', 'C-SPAN'); mixed case stays as written."""
    if not name.isupper() or (" " not in name and len(name) <= 6) or station_outlet(name):
        return name  # (a station's letters and band: 'KPVL-TV')
    return title_case(name)


# How a text cut short ends (a teaser, a truncated credit).
CUT_MARKS: Final = ("...", "…")


# A label and a screen capture closing the text, glued to its last sentence or not: '...
# might help.Image: screen capture', '... Photo: Screenshot.' (no name: only these words),
# also with where it was captured ('... vacation.Image: screen capture via a gif.': up to five
# words, possessive, so a long line cannot make the search backtrack). Like 'Featured image
# via X' it credits the page's lead image, not the sentence before it.
SCREEN_CREDIT: Final = re.compile(
    r"(?:Image|Photo|Picture)s?:\s*((?i:(?:video |youtube |twitter |facebook )?"
    r"(?:screen ?(?:capture|shot|grab)|screencapture)s?)"
    r"(?: via [\w'’@&-]++(?: [\w'’@&-]++){0,4})?)\.?\s*$"
)
_SCREEN_ENDS: Final = ("capture", "shot", "grab", "captures", "shots", "grabs")
_SCREEN_ENDS_DOT: Final = (*_SCREEN_ENDS, *(end + "." for end in _SCREEN_ENDS))


def may_screen(text: str) -> bool:
    """Whether `SCREEN_CREDIT` can match: the text ends in a capture's word, or a 'via' and
    a screen's word stand near its end (most lines fail both cheap tests)."""
    if text.endswith(_SCREEN_ENDS_DOT):
        return True
    start = max(0, len(text) - 90)
    return text.find(" via ", start) >= 0 and (
        text.find("creen", start) >= 0 or text.find("CREEN", start) >= 0
    )


# ('Jo Li | For portvalelive.com', 'Jo Li/for the Post-Tribune': a bar or a slash before it)
_FOR_CREDIT: Final = re.compile(
    r"(?P<name>[^/|;:,]{3,50}?)(?: for | ?[/|] ?[Ff]or )(?P<org>[^/|;:,]{2,60})"
)


def for_client(text: str, papers: bool = False) -> bool:
    """'Jo Li for The Portvale Post': a person's name and, after 'for', an organisation of
    the table, and nothing else (a photographer working for a newspaper or an agency). With
    `papers`, a newspaper the table lacks counts too (a word of its name names newspapers,
    data, or 'The' opens it: 'The Trace'): the caller has a caption above, where a name
    'for' a paper credits the photo."""
    if (" for " not in text and "/for " not in text and " For " not in text) or len(text) > 120:
        return False  # most lines, before the pattern
    match = _FOR_CREDIT.fullmatch(text.strip().rstrip("."))
    if match is None:
        return False
    org = match.group("org")
    if organisations().lookup(org) is None and not (
        papers
        and (
            (org[:1].isupper() and (paper_name(org) or THE_PAPER.fullmatch(org)))
            or (org[:4] == "the " and THE_PAPER.fullmatch(f"The {org[4:]}"))
            or _SITE_HOST.fullmatch(org)
        )
    ):
        return False
    name = match.group("name")
    return name[:1].isupper() and person_name(name) == title_case(name)


def credit_tail(text: str) -> bool:
    """A credit line that names a photographer ('Jo Li/AP', not 'Trump/Putin summit'), or
    nothing but two or more organisations of the table ('AFP/Getty Images')."""
    if not is_credit_line(text):
        return False
    if read(text).photographers:
        return True
    rest, orgs = without_organisations(clean(text))
    fragments = _fragments(rest)
    if len(orgs) == 1 and [f.casefold() for f in fragments] == ["stringer"]:
        return True  # 'REUTERS/Stringer': an agency's unnamed photographer
    return len(orgs) >= 2 and not fragments


_CREDIT_LINE: Final = re.compile(
    r"^[(\[*]?\s*(?:©|\(c\)(?!\s*[-–—])|(?:photo |image )?credit should read\b|"
    + _LABEL_QUALIFIER
    + r"(?:photo(?:graph(?:er|y)?)?s?|images?|pictures?|pics?|"
    r"credits?|(?:photo|image|picture) credits?|(?:photo[ -])?illustration|screenshot)"
    r"\s*(?:by\b|:)|"
    rf"{FOREIGN_PHOTO_LABELS}\s*[:/]\s*(?=\S)|"
    # ('Photo- Jo Li', 'Photo — Jo Li': a dash after the label, a capital after it)
    r"photo\s?[-—–]\s?(?-i:(?=[A-Z]))|"
    r"screen(?:shot| ?grab| capture)s? via\b|"
    r"(?:design|graphics?|infographic)\s*:|"
    r"video\s+by\b|video(?: credits?)?\s*:\s*(?-i:(?=[A-Z]))|"
    # ('PC: Jo Li/Portvale Beat': 'photo credit' in its initials)
    r"(?-i:PC)\s*:\s*(?-i:(?=[A-Z]))|"
    r"(?:photo|image|picture|video)s? (?:provided|supplied) by\b|"
    # ('Provided by Portvale School District' alone: an organisation, capitalised, follows)
    r"(?:provided|supplied|contributed) by (?-i:(?:the )?[A-Z])|"
    # ('Special to The Portvale Star': a freelancer's photo for the paper)
    r"special (?:to|for) (?-i:(?:the |The )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3}$)|"
    # ('Image copyrightGETTY IMAGES': a page that drops the space after the BBC's label)
    r"(?:image|photo|picture) copyright(?:\b|(?-i:(?=[A-Z])))|"
    # ('Photo courtesy of the City', 'Picture Courtesy: Portvale Farm Office')
    r"(?:(?:photo|picture|image|video|map|graphic|rendering|illustration)s? )?courtesy(?: of|:)?\s|"
    # ('(Submitted by Jo Li)' in brackets; 'Data: City of X; Chart: Y', a chart's credit)
    r"(?<=\()(?:submitted|supplied|provided) by\b|data\s*:[^;]{2,80};\s*(?:chart|graphic|map)\s*:|"
    # the BBC's 'Image source, Getty Images'; the Times' 'Credit...Jo Li for The New York Times'
    r"(?:image|photo|picture) source\s*[,:]|credit(?:\.{2,}|…)(?-i:(?=[A-Z]))|"
    # ('Photo © Portvale Post', 'Photo © Facebook / Jo Li': the label, then the sign)
    r"(?:photo|image|picture)s? ©)"
    r"|^\(?(?:AP|AFP|EPA) Photo\b"
    # 'CreditJo Li/Agence France-Presse' (a page that drops the space after 'Credit')
    # (the look-ahead is case-sensitive too: 'Creditor banks' is no credit)
    r"|^(?-i:Credit(?=[A-Z][a-z]))",
    re.IGNORECASE,
)


# A paper's photo label before its photographer: 'INQUIRER PHOTO / Jo Li', 'HT Photo/Jo Li',
# 'Express Photo by Jo Li' (apart from `_CREDIT_LINE`, which tries every short line: this one
# only where the label's letters stand).
_PAPER_PHOTO: Final = re.compile(
    r"^[A-Z][\w.&'’-]+(?: [A-Z][\w.&'’-]+){0,2} (?:[Ss]taff )?(?:photo|Photo|PHOTO)[sS]?"
    r"\s*(?:/|:|,(?= [A-Z])|(?i:by)\b)"
)


# A credit whose label says the media is a video ('Video by Jo Li/AP', '(Video: Reuters)',
# 'Video provided by Reuters', 'Video courtesy of the council').
_VIDEO_CREDIT: Final = re.compile(
    r"(?i)^[(\[]?\s*(?:video|footage)s?\b(?!\s*(?:still|grab)s?\b)"
    # a clip's running time before its source ('02:14 - Source: CNN')
    r"|\d{1,2}:\d\d(?::\d\d)? ?[-–—|] ?source:"
)


def video_credit(text: str) -> bool:
    """Whether a credit's own label or a running time makes its block a video (a still from
    a video, 'Video grab', stays a photo)."""
    return _VIDEO_CREDIT.match(text) is not None


def credit_lead(line: str) -> bool:
    """Whether the line opens like a credit ('Photo:', '©', 'Credit', 'AP Photo', 'Featured
    image via')."""
    if featured_head(line):
        return featured_credit(line) is not None
    return _CREDIT_LINE.match(line) is not None


def featured_head(text: str) -> bool:
    """Whether the text opens with a blog's label for the credit of its lead photo
    ('Featured image', '(Featured photo', 'Photo via', 'Images via')."""
    if text[:1] not in _HEAD_FIRST:
        return False  # (most lines: this runs on every line a credit rule looks at)
    head = text[:14].lower().lstrip("( ")
    return head.startswith(_HEADS)


# ('Jo Li—Getty Images': an em dash as well, unspaced; 'Jo Li — AP' under a headline is
# as likely a byline)
_CREDIT_SEPARATOR: Final = re.compile(r"[/|,]|(?<=\S)—(?=\S)|\bvia\b")


def _has_separator(line: str) -> bool:
    """`_CREDIT_SEPARATOR.search(line)`, by substring tests first (a regex scan of the line
    tries the word boundary at every position)."""
    if "," in line or "/" in line or "|" in line:
        return True
    return ("via" in line or "—" in line) and _CREDIT_SEPARATOR.search(line) is not None


_CAPS_ORG: Final = re.compile(r"[A-Z][A-Z&.-]+")
_MINOR_ORG: Final = re.compile(r"(?!By )(?:for )?[A-Z][\w&.'’-]+(?: [A-Z][\w&.'’-]+){0,2}")


# 'PHOTOS: Melania Wears Yellow For The Summit', 'Photos: Key Summits Over the Decades': a
# label before a headline, not a credit (a credit names a few people and organisations, with
# separators between them).
_HEADLINE_LABEL: Final = re.compile(
    r"^(?:PHOTOS|PICTURES|IMAGES|VIDEO|WATCH|Photos|Pictures|Images|Video|Watch)\s*:\s+"
    r"[^/|,;©()]+$"
)
_HEADLINE_WORDS: Final = 6
# ... or a label before a sentence ('PHOTOS: The scene as crowds take to the streets', a
# gallery's 'Photos: The storm in pictures'): a credit's lower-case words are these few.
_LABEL: Final = re.compile(
    r"^(?:PHOTOS|PICTURES|IMAGES|VIDEO|WATCH|Photos|Pictures|Images|Video|Watch)\s*:"
)
# What a label opens when a caption, not a credit, follows it: a scene that an article and a
# common noun start ('File photo: A bakery in Portvale (Social media)'), four words or more.
_SCENE: Final = re.compile(r"\s*(?:A|An|The) [a-z][\w'’-]*(?: \S+){2}")
_CREDIT_LOWER: Final = frozenset(
    ["by", "via", "and", "of", "for", "the", "photo", "photos", "file", "courtesy"]
)


# A paper's own picture from its files, by the paper's name: 'Post File Photo', 'Portvale
# Evening Ledger file photo' (a line of its own, or glued after a caption: `credits_glued`).
HOUSE_FILE_PHOTO: Final = (
    r"[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3} (?:File (?:Photo|PHOTO)|FILE PHOTO|file photo)"
)
_HOUSE_FILE_PHOTO: Final = re.compile(HOUSE_FILE_PHOTO)


# An organisation's name and the word for its photo: 'Reuters photo', 'Star Tribune file photo'.
_ORG_PHOTO: Final = re.compile(
    r"(?P<org>[A-Z][^()]{1,60}?)\s+(?:file\s+)?(?i:photo|photograph|image)\.?"
)


# An editor's initials in small letters after the credit (Antara's 'ANTARA FOTO/Jo Li/tom.').
_EDITOR_TAIL: Final = re.compile(r"(?<=\w)/[a-z]{2,3}\.?$")


# What joins the parts of a credit naming organisations only ('Pool/AFP', 'AFP via Getty
# Images', 'Bloomberg | Getty Images'); a comma between two says who filed a story.
_CREDIT_JOINS: Final = ("/", "|", " via ", "©")


def _sentence_then_tail(text: str) -> bool:
    """Whether a label's text is a sentence of three lower-case words or more, then more after
    its full stop: a caption with its credit glued on, not a credit."""
    stop = text.find(". ")
    if stop < 0 or not text[stop - 2 : stop].isalnum() or text[stop - 1].isupper():
        return False
    return sum(w[:1].islower() and w not in _CREDIT_LOWER for w in text[:stop].split()) >= 3


def is_credit_line(line: str) -> bool:
    """A line that is nothing but a credit ('Photo: X, AP', 'X/AFP/Getty', '© Getty')."""
    if len(line) > 120 or line.endswith(("?", "!")):
        return False
    if ". Photo: " in line or ". Picture: " in line:
        return False  # 'Portvale Courthouse. Photo: Jo Li': a short caption, its credit glued
    if ("BUY" in line or "uy " in line) and (buy := _BUY_NOTE.search(line)) is not None:
        # 'JO LI | BUY AT PHOTOS.PORTVALE.COM': a name, then where to buy a print of the photo
        name = line[: buy.start()].strip()
        return person_name(name) is not None or lone_organisation(name) is not None
    if line.find("/", len(line) - 6) >= 0 and line.rstrip(".")[-1:].islower():
        line = _EDITOR_TAIL.sub("", line)  # 'ANTARA FOTO/Jo Li/tom.': the editor's initials
    if line[-1:].isdigit():
        line = TRAILING_DATE.sub("", line) or line  # 'Jo Li/AP Photo, March 1, 2024'
    if featured_head(line):
        return featured_credit(line) is not None
    if ("/" in line or "|" in line or "=" in line) and _owned_photo(line):
        return True  # 'PORTVALE PHOTO | JO LI', '(PVB Photos/Jo Li)', 'Photo/Facebook'
    if "/" in line and _PROVIDED_SOURCE.fullmatch(line.strip()) is not None:
        return True  # '(Provided/Portvale Department of Health)', 'Courtesy/Jo Li'
    if ("hoto" in line or "HOTO" in line) and _photo_by_name(line):
        return True  # 'Jo Li photo', 'Jo Li photo - Portvale Tribune', '(PVB Photo)'
    if _sourced(line):
        return bool(read(line).photographers)  # 'Source: Jo Li /ERR', a person's photo
    if line[:1] in "Ss(" and (lead := _SOURCE_LEAD.match(line)) is not None:
        # 'Source: Shutterstock': a photo agency sells pictures, not the story's facts
        found = lone_organisation(line[lead.end() :].strip(" )."))
        if found is not None and organisations().kinds.get(found) == "photo_agency":
            return True
    photo_end = line.rstrip(".")[-5:].lower() in ("photo", "graph", "image")
    org_photo = _ORG_PHOTO.fullmatch(line) if photo_end else None
    if org_photo is not None and lone_organisation(org_photo.group("org")) is not None:
        return True  # 'Associated Press photo', 'Star Tribune file photo': wherever it stands
    if photo_end and _HOUSE_FILE_PHOTO.fullmatch(line):
        # 'Post File Photo', 'Chieftain file photo': a paper's own picture from its files, by
        # its short name
        return True
    if (labelled := _CREDIT_LINE.match(line)) or (
        ("hoto" in line or "HOTO" in line) and _PAPER_PHOTO.match(line)
    ):
        words = line.split()
        if sum(w[:1].islower() and w not in _CREDIT_LOWER for w in words) >= 5:
            return False  # 'File Photo: A farmer harvests wheat in a field ...': a caption
        if labelled is not None and (
            _SCENE.match(line, labelled.end()) or _sentence_then_tail(line[labelled.end() :])
        ):
            # 'FILE PHOTO: The skyline of Portvale ... REUTERS/Jo Li', 'File photo: Flooded
            # farmland near Portvale in 2023. (PVN)': a caption, its credit glued on
            return False
        if line[:1].isupper() and _LABEL.match(line):
            lower = sum(w[:1].islower() and w not in _CREDIT_LOWER for w in words)
            if lower >= 2:
                return False
            if _HEADLINE_LABEL.match(line) is None or len(words) <= _HEADLINE_WORDS:
                return True
            if line[1:2].isupper():
                return False  # 'PHOTOS: <a headline in title case>'
            # 'Photos: <a headline>' too, unless it names a photographer or a known
            # organisation ('Photos: Jo Li for The Portvale Times')
            rest = line[line.index(":") + 1 :].strip()
            return bool(read(rest).photographers or without_organisations(rest)[1])
        return True
    if (" - " in line or " — " in line or " – " in line) and _org_dash_name(line):
        return True  # 'Reuters - Jo Li', 'Getty Images — Jo Li'
    # Past the 'Photo:' forms a credit needs a separator (a lone organisation is no credit
    # line): lines without one are decided before the organisation scan.
    if not _has_separator(line):
        return False
    rest, orgs = without_organisations(clean(line))
    if not orgs:
        return line[-1:].isupper() and _person_slash_caps(line)
    # Everything besides the organisations must be separators, filler or people.
    # 'By Jo Li, AP' is a byline: no 'by' comes off here
    leftovers = _fragments(rest, leads=False)
    if len(leftovers) > 3:
        return False
    people = [f for f in leftovers if person_name(f)]
    if not people and _sourced(line):
        return False  # 'SOURCE: Acme/Polling Group' under a chart
    if not people and not any(mark in line for mark in _CREDIT_JOINS):
        return False  # 'LRT.lt, BNS' under a headline: the outlets that filed the story
    others = [f for f in leftovers if f not in people and not _CAPS_ORG.fullmatch(f)]
    # 'Jo Li/Invision/AP', 'Jo Li/Getty Images for Spotify': beside a photographer and a
    # known agency, one more capitalised name or a 'for <client>' is a minor agency; so is
    # the source of a handout ('Kremlin Press Office/Handout via Reuters').
    if len(others) != 1 or "/" not in line:
        return not others
    if people:
        return _MINOR_ORG.fullmatch(others[0]) is not None
    if others[0].casefold() == "stringer":
        return True  # 'REUTERS/Stringer/File Photo': the agency's unnamed photographer
    return _HANDOUT.search(line) is not None and _SOURCE_NAME.fullmatch(others[0]) is not None


# 'Reuters - Jo Li': an organisation of the table, a spaced dash, then its photographer (the
# other order, 'Jo Li - Reuters', is `loose_credit`'s, and a byline's too).
_ORG_DASH_NAME: Final = re.compile(
    r"(?P<org>[A-Z][^-—–/|]{1,40}?) [-—–] (?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3})"
)


def _org_dash_name(line: str) -> bool:
    """`_ORG_DASH_NAME` whole, its organisation one of the table's and its name a person's."""
    match = _ORG_DASH_NAME.fullmatch(line.strip())
    if match is None or lone_organisation(match["org"]) is None:
        return False
    return person_name(match["name"]) == match["name"]


# 'Ivan Kovač/PIXSELL', 'JO LI / HINAPIX', 'JO LI | PVBJ': a photographer, then after a slash
# or a bar an agency (or a paper's initials) in capitals that the organisations table lacks.
_SLASH_CAPS: Final = re.compile(
    r"(?P<name>[^/|()]{5,40}?)(?: ?/ ?| \| )(?P<agency>[A-Z]{3,12})"  # ('JO LI | PVBJ' too)
)
# Capitalised words after a slash that are not an agency's name.
_NOT_AGENCIES: Final = frozenset(
    {"STAFF", "FILE", "FILES", "PHOTO", "PHOTOS", "HANDOUT", "POOL", "STRINGER", "SUPPLIED"}
    | {"COURTESY", "CONTRIBUTED", "SUBMITTED", "ARCHIVE", "FACEBOOK", "TWITTER", "INSTAGRAM"}
    | {"YOUTUBE", "TIKTOK", "VIDEO", "SCREENSHOT", "GRAPHIC", "ILLUSTRATION", "TV", "NEWS"}
)


def _person_slash_caps(line: str) -> bool:
    """Whether the line is `_SLASH_CAPS`: a person's name, a slash, an agency's name in
    capitals."""
    found = _SLASH_CAPS.fullmatch(line.strip())
    if found is None or found["agency"] in _NOT_AGENCIES:
        return False
    # (a given name of the table first: 'TALKING POINT/GOLD' over a wire's story is no credit)
    name = found["name"].strip()
    name = title_case(name) if name.isupper() else name
    return person_name(name) == name and opens_with_given_name(name)


# A photo's label set off by a slash or a bar from its source, maybe after the name of the
# photo's owner: 'PORTVALE PHOTO | JO LI', '(PVB Photos/Jo Li)', 'Photo/Facebook'.
_OWNED_PHOTO: Final = re.compile(
    r"[(\[]?(?P<owner>(?:[A-Z][\w.'’&-]* ){0,3})"
    r"(?i:photo(?:graph)?s?|pictures?|images?|pics?|video)\s*[/|=]\s*"
    r"(?P<source>[A-Z@][\w.'’&@-]*(?: (?:[A-Z][\w.'’&@-]*|of|and|de|the|&)){0,5})[)\]]?"
)
# Who handed the photo out, after a slash: '(Provided/Portvale Department of Mental Health and
# Substance Abuse Services)', 'Courtesy/Jo Li' (Oklahoma Watch's and other US papers' form).
_PROVIDED_SOURCE: Final = re.compile(
    r"[(\[]?(?i:provided|courtesy|submitted|contributed|handout)\s?/\s?"
    r"[A-Z][\w.'’&-]*(?: (?:[A-Z][\w.'’&-]*|of|and|for|de|the|&)){0,9}[)\]]?"
)
# Words of a site's menu, which sets 'Photos | Videos' or 'News Photos | Sport' as a row.
_MENU_WORDS: Final = frozenset(
    {"home", "news", "sport", "sports", "video", "videos", "gallery", "galleries", "photos"}
    | {"images", "more", "opinion", "live", "watch", "listen", "audio", "podcast", "podcasts"}
    | {"archive", "archives", "file", "files", "stock", "weather", "business", "world"}
    | {"entertainment", "lifestyle", "politics", "local", "latest", "top", "all", "the"}
)


def _owned_photo(line: str) -> bool:
    """`_OWNED_PHOTO` for the whole line, when neither its owner nor its source reads as a
    menu's words."""
    match = _OWNED_PHOTO.fullmatch(line.strip())
    if match is None or len(line) > 80:
        return False
    source = match.group("source").casefold().split()
    owner = match.group("owner").casefold().split()
    return not all(w in _MENU_WORDS for w in source) and not any(w in _MENU_WORDS for w in owner)


# A photographer's name or an organisation's initials, then 'photo', maybe the paper after a
# dash or a slash: 'Jo Li photo', 'Jo Li photo - Portvale Tribune', '(PVB Photo)'.
_NAME_PHOTO: Final = re.compile(
    r"[(\[]?(?P<owner>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}) (?:[Pp]hoto|PHOTO)(?:graph)?"
    r"(?:\s?[-–—/|]\s?(?P<paper>[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,4}))?[)\]]?"
)


def _photo_by_name(line: str) -> bool:
    """`_NAME_PHOTO` for the whole line, when the owner is a person's name or initials that
    no menu reads as ('TV Photo' aside)."""
    match = _NAME_PHOTO.fullmatch(line.strip())
    if match is None or len(line) > 90:
        return False
    owner = match.group("owner")
    if owner.casefold() in _MENU_WORDS or owner in ("TV", "AD"):
        return False
    return (
        (owner.isupper() and 2 <= len(owner) <= 6)
        or person_name(owner) == owner
        # ('(PORTVALE TIMES PHOTO)': a paper's name in capitals)
        or (owner.isupper() and " " in owner and paper_name(title_case(owner)))
    )


_HANDOUT: Final = re.compile(r"(?i)/\s*handout\b|\bhandout\s*/")
_SOURCE_NAME: Final = re.compile(r"[A-Z][\w&.'’-]+(?: (?:[A-Z][\w&.'’-]+|of|and|&)){0,5}")


# The day the photo was taken, after the credit: ', March 1, 2024', ', 1 March 2024'.
_MONTH_WORD: Final = rf"{MONTH_NAME}\.?"
TRAILING_DATE: Final = re.compile(
    rf"(?i),\s*(?:{_MONTH_WORD}\s+\d{{1,2}},?|\d{{1,2}}\s+{_MONTH_WORD},?)\s+(?:19|20)\d\d$"
)


# A pool's name alone ('Kremlin Pool', 'WHITE HOUSE POOL PHOTO'; not 'The Pool').
_POOL_LINE: Final = re.compile(POOL_NAME)
_POOL_ENDS: Final = ("Pool", "POOL", "Pool Photo", "POOL PHOTO")


def lone_pool(line: str) -> bool:
    """Whether the line is a press pool's name alone: under a caption, like a lone
    organisation, it credits the photo."""
    return line.endswith(_POOL_ENDS) and len(line) <= 60 and _POOL_LINE.fullmatch(line) is not None


def copyright_credit(line: str) -> bool:
    """'Copyright: Jo Li/EPA', 'Copyright Getty Images': a photo's credit under the page's
    copyright label, without the year and the reservation of rights of the page's own notice
    ('Copyright 2018 The Associated Press. All rights reserved.'), which ends the article."""
    match = _COPYRIGHT_LABEL.match(line)
    if match is None or len(line) > 100 or _YEAR.search(line) or "eserved" in line:
        return False
    rest = line[match.end() :].strip()
    agency = lone_organisation(rest)
    return credit_tail(rest) or organisations().kinds.get(agency or "") == "photo_agency"


_COPYRIGHT_LABEL: Final = re.compile(r"(?i)(?:©\s*)?copyright\b\s*:?")
_YEAR: Final = re.compile(r"\b(?:19|20)\d\d\b")


def lone_organisation(line: str) -> str | None:
    """Canonical name if the line is exactly one organisation ('CBS News', 'AP')."""
    orgs = organisations()
    if len(line) > orgs.longest and _cleans_longer(line.strip(), orgs.longest):
        return None  # most lines are prose: no need to clean them
    return orgs.lookup(clean(line))


def photo_agency_alone(line: str) -> bool:
    """The line names one photo agency and nothing else ('Getty Images', '(Shutterstock)'):
    such an agency sells pictures and writes no story, so the line credits a photo."""
    agency = lone_organisation(line)
    return agency is not None and organisations().kinds.get(agency) == "photo_agency"


def names_photo_agency(credit: Credit) -> bool:
    """Whether one of the credit's agencies is a photo agency of the table: it sells pictures
    and writes no story, so a tail naming one credits a photo, not the story's source."""
    orgs = organisations()
    return any(orgs.kinds.get(orgs.lookup(a) or "") == "photo_agency" for a in credit.agencies)


def _cleans_longer(text: str, limit: int) -> bool:
    """Whether `clean` surely leaves more than `limit` characters of this stripped text:
    where `_LEAD` cannot open it (nor a '('), `clean` only takes white space, full stops
    and ')' off its end."""
    if _may_lead(text):
        return False
    end = len(text)
    while end and (text[end - 1] in ".)" or text[end - 1].isspace()):
        end -= 1
    return end > limit
