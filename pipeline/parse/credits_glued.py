"""Credits glued to the end of a caption or a sentence ('... on Monday.Photo: Jo Li/AP', '... in
Portvale. (AP Photo/Jo Li, File)'), and a wire's sign-off or agency name closing a text: where
the text ends and the credit starts. What a credit names is read by `credits.read`."""

from __future__ import annotations

import functools
import re
from typing import Final

from ahocorasick_rs import AhoCorasick

from pipeline.parse.alias_pattern import alternation
from pipeline.parse.bylines import ends_in_paper_word, unknown_paper
from pipeline.parse.credits import (
    CUT_MARKS,
    HOUSE_FILE_PHOTO,
    MAP_NAMES,
    NAMED_PHOTO,
    OFFICE,
    POOL_NAME,
    SCREEN_CREDIT,
    SITE_HOST,
    THE_PAPER,
    TRAILING_DATE,
    Credit,
    credit_tail,
    credit_then_caption,
    featured_credit,
    for_client,
    given_by,
    is_credit_line,
    lone_organisation,
    loose_credit,
    may_screen,
    names_photo_agency,
    paper_credit,
    paper_name,
    photo_agency_alone,
    read,
    signed_address,
    source_alone,
)
from pipeline.parse.dates import MONTH_NAME
from pipeline.parse.knowledge import (
    knowledge_dir,
    last_folder,
    licences,
    newspaper_words,
    organisations,
    platforms,
)
from pipeline.parse.names import NAME_PATTERN, opens_with_given_name, person_name, title_case


@functools.lru_cache(maxsize=4)
def _agency_alternatives(folder: object) -> str:
    """Every alias of the organisations table, as one alternation: short all-letter ones (AP,
    EPA) in capitals only, the others in any case. Newspapers credit their own photographers
    ('(Jo Li/The Portvale Post)'), so they count here as much as wires and photo agencies."""
    names = sorted(organisations().canonical, key=len, reverse=True)
    return alternation(names, _capitals)  # a trie: the table has hundreds of aliases


def _capitals(name: str) -> tuple[str, ...]:
    """A short all-letter alias (AP, EPA) counts in capitals only; the others in any case."""
    return (name.upper(),) if len(name) <= 4 and name.isalpha() else ()


@functools.lru_cache(maxsize=4)
def _glued_pattern(folder: object) -> re.Pattern[str]:
    """A credit glued to the end of a caption or sentence: '(AP Photo/X)', '(Photo: X)',
    '(X/Pool Photo via AP, File)', '(X via Getty Images)', '... older.Photo by X/Getty Images.'"""
    agencies = _agency_alternatives(folder)
    return re.compile(
        r"(?:\s*\(((?:AP|AFP|EPA|Reuters|Getty)[^()]{0,20}(?:Photo|Video)/[^()]{2,80}|"
        # the agency first, as Reuters signs: '(REUTERS/Jo Li/File Photo)', or as some agencies
        # do ('(Gallo Images/Jo Li)'); an agency and its photographer after a colon ('(AAP: Jo
        # Li)', '(ABC News: Jo Li)', as ABC Australia credits); an agency's or a paper's photo,
        # maybe its photographer ('(PTI Photo)', '(HT Photo/Jo Li)', '(Express Photo by Jo
        # Li)', as Indian papers credit). One alternation of the agencies for the three.
        r"(?:REUTERS|Reuters)/[^()]{2,80}|"
        rf"(?:{agencies}|[A-Z]{{2,5}}(?= Photo| PHOTO))(?:/[A-Z][^()/]{{2,60}}|"
        r": [A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}|"
        r"(?!\w) (?:Photo|PHOTO)s?(?:(?: by |/)[^()]{2,80})?)|"
        # ('(Express Photo by Jo Li)', '(Capitol News Illinois photo by Jo Li)': the source's
        # name, then its photographer's)
        r"[A-Z][a-z]{2,20} Photo by [^()]{2,80}|"
        r"(?:[A-Z][\w.&'’-]* ){1,4}photo by [A-Z][^()]{2,80}|"
        # a broadcaster's local station the table lacks, after a sentence: '... on Monday. (ABC
        # Riverina: Jo Li)', as ABC Australia's regional newsrooms credit
        r"(?:(?<=[.!?”\"]\()|(?<=[.!?”\"]\s\())[A-Z]{2,5}(?: [A-Z][a-z]+){1,2}"
        r": [A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}|"
        # (in capitals too, and 'Photo credit:': '[PHOTO CREDIT: Daily Trust]', square brackets
        # read as round ones; '(photo credit: REUTERS/Jo Li)' in lower case)
        r"(?:Photo|Photograph|Picture|Image|Credit|Video|PHOTO|PICTURE|IMAGE|CREDIT|VIDEO|photo|"
        r"Pic|PIC)s?"
        # (China Daily's '[Photo/VCG]': a slash after the label)
        # ('(Photo | Jo Li, EPS)', the Indian Express's bar; '(Pic: Jo Li)', Scottish papers')
        # ('(Photo Credits: Pixabay)', LatestLY's plural)
        r"(?: [Cc]redits?| CREDITS?)?(?: by| BY|:|/| \|)\s*[^()]{2,100}|"
        # '... in 1975. (Courtesy of Jo Li)', '(Photo courtesy of the Portvale Police)': after
        # a sentence only ('... the tickets (courtesy of his boss)' is the story's aside)
        r"(?:(?<=[.!?”\"]\()|(?<=[.!?”\"]\s\())"
        # ('(Map courtesy of the Drought Monitor)': a map's or a chart's source)
        r"(?:(?:Photo|Image|Map|Chart|Graphic|Video) )?(?:Courtesy|courtesy)(?: of|:)?"
        r"\s[^()]{2,80}|"
        # (with the photo's label after any word: '... on Monday (Photo courtesy of the Ministry
        # of Health)'; or capitalised, before a capitalised source: a mugshot's 'Jo Li
        # (Courtesy of the Portvale County District Attorney's Office)')
        r"(?<=\s\()(?:Photo|Image|Picture) (?:Courtesy|courtesy)(?: of|:)?\s[^()]{2,80}|"
        r"(?<=\s\()Courtesy of (?:the )?[A-Z][^()]{2,80}|"
        # (an office's photo: '... before it was taken (Provided by the prefectural police)')
        r"(?<=\s\()Provided by\s[^()]{2,80}|"
        # (a mugshot's source after the name: 'Jo Li (Portvale Metropolitan Police Department)')
        rf"(?<=\s\(){OFFICE}|"
        # (a paper's own file photo: '... in the Strip District. (Post-Gazette file photo)')
        r"(?:(?<=[.!?”\"]\()|(?<=[.!?”\"]\s\())(?:[A-Z][\w.&'’-]* ){1,3}file photo|"
        # a slash or bar credit naming an agency after it ('X/Pool Photo via AP', 'X | AFP')
        rf"[^()/|]{{2,60}}[/|][^()]{{0,40}}?(?<![\w.])(?:{agencies})(?!\w)[^()]{{0,40}}|"
        # ... or before 'via' and an agency: '(Jo Li and Kim Bo via Getty Images)'
        rf"[A-Z][^()/|]{{1,60}}?\svia\s(?:{agencies})(?!\w)[^()/|]{{0,20}}|"
        # a press pool's name alone after a sentence: '... Monday. (Kremlin Pool)'
        rf"(?:(?<=[.!?”\"]\()|(?<=[.!?”\"]\s\()|(?<=\s\s\())(?:{POOL_NAME}))\)"
        # the agency's feed after the credit: '(Jo Li/PA) (PA Wire)'
        r"(?:\s\((?:[A-Z][\w.'’-]*\s?){1,3}\))?\s*\(?\s*[.]?"
        # a template may repeat the photographer and agency after the credit: '... AP) Jo Li AP'
        r"(?:\s+[A-Z][\w.'’-]*){0,4}"
        # ('... Monday. Composite: Jo Li/Getty Images', the Guardian's label for a montage)
        # ('... Monday. Pic: Reuters', Sky's label; '... in 2023. PHOTO: REUTERS'; '... 2024. ©
        # Jo Li, AFP', France 24's)
        # ('... on a smartphone. - Copyright Canva', Euronews' form, a dash before its label)
        r"|(?<=[a-z0-9.!?”\":])\s?(?:[-–—]\s|\|\s?)?((?:(?:Photo|Photograph|Picture|Image|Composite|"
        r"Video|PHOTO|PICTURE|Pic|(?:File|FILE) (?:pic|photo|PIC|PHOTO))s?(?: by|:)|©|Copyright)\s*"
        # (an initial's full stop inside the name: 'Photo by Jo D. Li/Getty Images')
        # (one letter too: 'Photo: X/Portvale County', a post on X)
        r"(?:[A-Z](?:[^.]|(?<=\s[A-Z])\.){0,80}?"
        rf"(?:/|\|| via |, (?=[A-Z]))[^.]{{2,60}}|(?:{agencies}|Handout|HANDOUT|Supplied|SUPPLIED)"
        r"(?!\w)))\.?"
        # a teaser cut short inside its credit: '... on Monday. ( Jo Li | AFP ...'
        rf"|\s*\(\s*([^()/|]{{2,60}}[/|][^()]{{0,40}}?(?<![\w.])(?:{agencies})(?!\w))"
        r"[^()]{0,12}?\s*(?:\.{3}|…))$"
    )


_glued_pattern_of = last_folder(_glued_pattern)


def glued_pattern() -> re.Pattern[str]:
    """The glued-credit pattern for the current organisations table."""
    return _glued_pattern_of(knowledge_dir())


# A photo desk's note after the credit, neither credit nor caption: a transmission code
# ('... (AP Photo/Jo Li) ORG XMIT: PV104', '... Jo Li/AFP/Getty Images ORIG FILE ID: A_12B')
# or a wire's notice to editors ('... Jo Li/Pool via REUTERS ATTENTION EDITORS - SUPPLIED
# BY AN OUTSIDE SOURCE.').
_DESK_NOTE: Final = re.compile(
    r"\b(?:(?:ORG XMIT|ORIG FILE ID)\s*:\s*[\w.-]{0,40}|ATTENTION EDITORS\b[^a-z()]{0,280})\s*$"
)


# A caption's expand/collapse button after it ('... (Photo by Jo Li/AP) less', '... the ...
# more', '... on Monday. less', '... SHOW MORE SHOW LESS').
_TOGGLE: Final = re.compile(
    r"(?<=[)….!?”\"])\s+(?:less|more)\s*$|\s+(?i:show more\s+show less)\s*$"
)


_TOGGLE_ENDS: Final = ("less", "more", "LESS")


def without_photo_notes(text: str) -> str:
    """The text without a photo desk's note or a caption's toggle button at its end."""
    end = len(text)
    if (
        text.find("XMIT", max(0, end - 60)) >= 0
        or text.find("FILE ID", max(0, end - 60)) >= 0
        or text.find("EDITORS", max(0, end - 320)) >= 0
    ):
        code = _DESK_NOTE.search(text)
        if code:
            text = text[: code.start()].rstrip()
    if text.endswith(_TOGGLE_ENDS):
        toggle = _TOGGLE.search(text, max(0, len(text) - 40))
        if toggle:
            text = text[: toggle.start()].rstrip()
    if text.endswith(_RESERVED_ENDS):
        notice = _COPYRIGHT_NOTE.search(text, max(0, len(text) - 160))
        if notice:
            text = text[: notice.start()].rstrip()
    if text.endswith(_LICENSING_ENDS):
        link = _LICENSING_LINK.search(text, max(0, len(text) - 60))
        if link:
            text = text[: link.start()].rstrip()
    return text


# Reuters' site prints a link after each photo's credit: '... REUTERS/Jo Li/File Photo
# Purchase Licensing Rights, opens new tab'.
_LICENSING_ENDS: Final = ("Licensing Rights", "opens new tab")
_LICENSING_LINK: Final = re.compile(r"\s*Purchase Licensing Rights(?:, opens new tab)?$")


# '... (AP Photo/Jo Li, File) (Copyright 2017 The Associated Press. All rights reserved.)':
# the agency's notice after the credit, which then no longer ends the caption.
_RESERVED_ENDS: Final = ("reserved.)", "Reserved.)", "RESERVED.)")


_COPYRIGHT_NOTE: Final = re.compile(r"\s*\((?:Copyright|©)[^()]{4,140}\)$")


# AFP's shorter wording before its own ('(Photo by Jo Li / AFP) (Photo credit should read
# ...)'), the opening bracket sometimes lost after the sentence ('... 2018. Photo by Jo Li /
# AFP) (Photo credit should read ...)').
_SHORT_WORDING: Final = re.compile(
    r"(?:\s*\(\s*|(?<=[.!?”\"])\s+)((?:Photo|Photograph|Image)s? by\s[^()]{2,100}\))\s*$"
)


# Yonhap's note before its credit: '(PHOTO NOT FOR SALE) (Yonhap)'.
_SALE_NOTE: Final = re.compile(r"\s*\((?:PHOTO|PICTURE|IMAGE)S? NOT FOR SALE\)(?=\s*\([^()]+\)$)")
# An office that gave the paper its photo: capitalised words ending in the kind of office,
# in brackets at a caption's end ('[ Portvale County Sheriff’s Office ]') or after a label
# ('Picture: Cork City Council').
_OFFICE: Final = re.compile(OFFICE)


# A source word, maybe with the paper's or agency's short name, in a caption's square
# brackets: '[Courtesy]', '[File, Standard]', '[File/Reuters]' (the Standard's form).
_TRAILING_NOTE: Final = re.compile(
    r"(?<=\))\s+@[\w.]{2,30}$|\s*\((?:19|20)\d\d\)\s*COPYRIGHT RESERVED$"
)
_CREDIT_YEAR: Final = re.compile(r"/(?:19|20)\d\d\)$")
_LEAD_PHOTO_NOTE: Final = re.compile(
    r"\((?:Header|Top|Lead|Cover|Main|Featured?) (?:image|photo|picture): "
    r"(?P<inner>[^()]{20,400})\)"
)
_STAFF_PHOTOGRAPHER_TAIL: Final = re.compile(
    r"(?<=[.!?”\"]) (?P<tail>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}, (?:(?:STAFF|SPECIAL|"
    r"CONTRIBUTING) PHOTOGRAPHER|(?:Staff|Special|Contributing) Photographer))$"
)
# The shortest text a labelled or dashed credit may close: a name and a full stop.
_SHORTEST_CAPTION: Final = 12
_PICTURE_REF: Final = re.compile(r"(?<=[A-Za-z]) \(\d{4,8}-\d{1,3}\)$")


_FILE_OR_COURTESY: Final = re.compile(
    r"(?:File|Courtesy|Handout|Supplied)(?:\s*[,/]\s*[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3})?"
)


# One to four capitalised words, not an editor's mark ('[Updated]', '[Video]', '[Photos]').
_SQUARE_CREDIT: Final = re.compile(
    r"(?!(?i:updated?|videos?|photos?|gallery|audio|watch|listen|opinion|editorial|sic)\b)"
    r"[A-Z][\w'’.&-]*(?: (?:[A-Z][\w'’.&-]*|of|and|&)){0,3}"
)


# McClatchy's papers' credit after the caption's last sentence: the photographer (in capitals
# or not) and their own e-mail address ('... in August. JO LI jli@portvalebee.com').
_NAME_EMAIL_TAIL: Final = re.compile(
    r"(?<=[.!?”\"’)] )"
    r"(?P<tail>(?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}) "
    r"(?P<local>[\w.+-]+)@[\w-]+(?:\.[\w-]+)+)$"
)


# '... on Monday. Courtesy': a photo handed to the paper, its source unnamed, after the
# caption's last sentence.
_BARE_SOURCE_ENDS: Final = (
    ". Courtesy",
    ". Courtesy photo",
    ". Handout",
    ". Supplied",
    ". Photo supplied",
    ". Supplied photo",
    ". Submitted photo",
    ". Provided photo",
    ". Picture supplied",
    ". Image supplied",
    ". Press archives",
    ". File photo",
    # (a source word alone, as US papers print it after the caption: '... area. CONTRIBUTED')
    ". Contributed",
    ". Submitted",
    ". Provided",
    ". CONTRIBUTED",
    ". SUBMITTED",
    ". PROVIDED",
    ". SUPPLIED",
    ". HANDOUT",
    # (who gave the picture, in two words: '... in 2019. Family photo', '... Handout photo')
    ". Handout photo",
    ". Contributed photo",
    ". Family photo",
    ". Family handout",
    ". Stock photo",
    ". Stock image",
    ". File image",
    ". File picture",
    # (the Star's: '... in recent years. — Filepic')
    ". — Filepic",
)
# The last characters of those ends: a cheap test before `str.endswith`.
_BARE_SOURCE_LAST: Final = frozenset(end[-1] for end in _BARE_SOURCE_ENDS)


_CAPS_CREDIT_FIRST: Final = re.compile(
    r"(?P<credit>[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){1,2}/[A-Z][\w&.'’]*(?:-[A-Z][\w'’]*)?) "
    r"(?P<caption>[A-Z][a-z ].{14,})$"
)
_FILE_PHOTO_ENDS: Final = (" file photo", " File Photo", " File PHOTO", " FILE PHOTO")
_PHOTO_ENDS: Final = (" Photo", " photo", " PHOTO")
# An owner's initials or a known organisation's name, then 'Photo', after the caption's last
# sentence: '... on Monday. HT Photo'.
_OWNER_PHOTO_TAIL: Final = re.compile(
    r"(?<=[.!?”\"])\s+(?P<tail>(?P<owner>[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,2}) "
    r"(?:Photo|photo|PHOTO))$"
)


def _owner_photo_tail(line: str) -> tuple[str, str] | None:
    """(caption, credit) for `_OWNER_PHOTO_TAIL` after a caption of four words or more, its
    owner in capitals (two to six letters) or an organisation of the table."""
    found = _OWNER_PHOTO_TAIL.search(line, max(0, len(line) - 60))
    if found is None or not _after_caption(line, found.start()):
        return None
    owner = found["owner"]
    if not ((owner.isupper() and 2 <= len(owner) <= 6) or organisations().lookup(owner)):
        return None
    return line[: found.start()].rstrip(), found["tail"]


_HOUSE_FILE_TAIL: Final = re.compile(rf"(?<=[.!?”\"])\s+(?P<tail>{HOUSE_FILE_PHOTO})$")
_SPACED_SLASH_TAIL: Final = re.compile(
    r"(?<=[.!?”\"]) / (?P<tail>(?:Ph\. )?[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3})$"
)


def _slash_source(tail: str) -> bool:
    """A source after a caption's spaced slash: an organisation of the table, a source word,
    an agency's initials, an office or a person's name."""
    return (
        lone_organisation(tail) is not None
        or tail in _SOURCE_WORDS
        or (tail.isupper() and 2 <= len(tail) <= 5)
        or _OFFICE.fullmatch(tail) is not None
        or (" " in tail and person_name(tail) == tail)
    )


# '<caption> | Image: Rodong Sinmun (Jan. 16, 2026)' (NK News'), '<caption> | Jo Li | ThePrint':
# a caption without its full stop, a bar, then a labelled source (maybe with the day the image
# was published) or a photographer and a known organisation between bars.
_BAR_LABEL_TAIL: Final = re.compile(
    r" \| (?P<tail>(?:Image|Photo|Picture|Photo credit|Image credit|Video): "
    r"(?P<source>[A-Z][\w&.'’-]*(?: (?:[A-Z][\w&.'’-]*|of|and|de|&)){0,6}"
    # ('... in Beersheba | Photo: Municipality spokesperson', Israel Hayom's: an office's)
    r"(?: spokes(?:person|man|woman)(?:['’]s (?:unit|office))?)?)"
    r"(?: \((?:[A-Z][a-z]{2}\.? \d{1,2}, (?:19|20)\d\d)\))?)$"
)
_BAR_NAME_ORG_TAIL: Final = re.compile(
    r" \| (?P<tail>(?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2}) \| "
    r"(?P<org>[A-Z][\w.&-]+(?: [A-Z][\w.&-]+){0,3}))$"
)


# A copyright sign opening a credit after the caption, in brackets or after a dash: '... on
# June 24. (©Sankei by Jo Li)' (Japan Forward's), '... since late February — © AFP Jo LI'
# (AFP's own captions as its clients print them).
_COPYRIGHT_TAIL: Final = re.compile(
    r"(?<=[\w.!?”\"])(?:\s*\((?P<bracketed>©\s?[^()©]{2,60})\)"
    r"|\s[—–-]\s(?P<dashed>©\s?[^—–©]{2,60}))$"
)


def _copyright_tail(line: str) -> tuple[str, str] | None:
    """`_COPYRIGHT_TAIL` after a caption of four words or more, when the text after the sign
    reads as a credit."""
    match = _COPYRIGHT_TAIL.search(line, max(0, len(line) - 70))
    if match is None or line.count(" ", 0, match.start()) < 3:
        return None
    tail = match["bracketed"] or match["dashed"]
    return (line[: match.start()].rstrip(), tail) if is_credit_line(tail) else None


# '... on Monday, April 21. | Jo Li / Burnaby Now' (Glacier Media's papers): after the
# caption's last sentence and a bar, the photographer and the paper after a slash.
_BAR_NAME_SLASH_TAIL: Final = re.compile(
    r"(?<=[.!?”\"]) \| (?P<tail>(?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2}) ?/ ?"
    r"[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3})$"
)


def _bar_tail(line: str) -> tuple[str, str] | None:
    """`_BAR_LABEL_TAIL`, `_BAR_NAME_ORG_TAIL` or `_BAR_NAME_SLASH_TAIL` after a caption of
    four words or more."""
    start = max(0, len(line) - 90)
    labelled = _BAR_LABEL_TAIL.search(line, start)
    if labelled is not None and line.count(" ", 0, labelled.start()) >= 3:
        return line[: labelled.start()].rstrip(), labelled["tail"]
    named = _BAR_NAME_ORG_TAIL.search(line, start)
    if (
        named is not None
        and line.count(" ", 0, named.start()) >= 3
        and person_name(named["name"]) == named["name"]
        and organisations().lookup(named["org"]) is not None
    ):
        return line[: named.start()].rstrip(), named["tail"]
    slashed = _BAR_NAME_SLASH_TAIL.search(line, start)
    if (
        slashed is not None
        and line.count(" ", 0, slashed.start()) >= 3
        and person_name(slashed["name"]) == slashed["name"]
    ):
        return line[: slashed.start()].rstrip(), slashed["tail"]
    return None


# Every mark and label a credit glued to the end of a line holds, each within `_MARK_SPAN`
# characters of the line's end (the farthest: a label opening 'Photo by Jo Li, ...' or 'Feature
# image via ...', ~150). A credit that ends in a word in lower case ('... Photo supplied', '...
# Courtesy of the interviewee', '... Jo Li, jli@portvale.com', '... © Droits réservés') has one
# of them there, or it is a wire's name ('... the retailer. reuter'); `_prose_end` relies on
# this list holding every such form's cue ('File' for '... on Monday. - File'). A word's case
# is kept where the forms ask for it, so that a story's 'credit', 'video', 'provided' or
# 'damage' is no mark: a lower-case 'supplied' or 'credit' follows a label ('Photo supplied'),
# and 'Image source' is found by 'Image'. (A desk's 'ATTENTION EDITORS' note ends in capitals.)
_CREDIT_MARKS: Final = AhoCorasick(
    [
        *("/", "|", "@", "©", "(", ")", "[", "]", " via ", "File", "FILE", "Composite"),
        *("hoto", "HOTO", "Pictur", "PICTUR", " picture", "Pic", "pic", "PIC"),
        *("Image", "IMAGE", " image", "Credit", "CREDIT", "ourtesy", "OURTESY", "andout", "ANDOUT"),
        *("Supplied", "SUPPLIED", "Contributed", "CONTRIBUTED", "Submitted", "SUBMITTED"),
        *("Provided", "PROVIDED", "rchive", "RCHIVE", "eature", "EATURE", "Video", "VIDEO"),
        *("creenshot", "creengrab", "CREENSHOT", "CREENGRAB", "Copyright", "COPYRIGHT"),
        *("llustration", "LLUSTRATION", "Licensing", "XMIT", "FILE ID", "Source:", "SOURCE:"),
        *("Foto", "FOTO", "Fotó", "Bild", "Kuva", "Zdjęcie", "Picha", "Ljósmynd", "Фото"),
    ]
)
_MARK_SPAN: Final = 200
# Closing marks after a line's last word.
_CLOSING: Final = ".,;:!?\"”’'…"
# A caption's toggle button, which `without_photo_notes` strips before a second look.
_TOGGLE_WORDS: Final = frozenset({"less", "more"})


# A figure closing a sentence: digits with their separators, a percentage, a currency's sign.
_FIGURE: Final = re.compile(r"[$£€]?\d[\d.,]*%?")


def _marked(line: str) -> bool:
    return bool(_CREDIT_MARKS.find_matches_as_indexes(line[-_MARK_SPAN:]))


def _prose_end(line: str) -> bool:
    """Whether the line ends as a story's sentence ends, so that no glued credit can close
    it: its last word in lower-case letters ('... on Tuesday.') and not a wire's or photo
    agency's name, capitalised ('... in Portvale.') and not the last word of an
    organisation's, or a figure ('... in 2004.'); and none of `_CREDIT_MARKS` in its tail.
    Most lines of a story end so; this one scan spares them every form's own tests. (A name
    in capitals, '... near the loch ALAMY', or a photographer's, '... on Monday. Jo Li/AP',
    stays for the forms.)"""
    end = len(line.rstrip(_CLOSING))
    word = line[line.rfind(" ", 0, end) + 1 : end]
    if not word.isalpha():
        # ('... in 2004.', '... by almost 4%.', '... at 10,385.48.': a figure ends no credit
        # but with a mark before it, '(Jo Li/Portvale Beat/2025)', '... Image: Jo Li, 2024')
        return bool(word) and _FIGURE.fullmatch(word) is not None and not _marked(line)
    if word in _TOGGLE_WORDS:
        return False
    if not (word[:1].islower() or (word[:1].isupper() and word[1:].islower())):
        return False
    if _marked(line):
        return False
    if (word[:1].isupper() or word in _SOURCE_JOINS) and _dash_before_name(line):
        # ('... on Monday - Jo Li': a dash sets a credit off, `_dashed_tail`; a last word in
        # lower case but a joining one is a sentence's word after any dash, which it rules out)
        return False
    agency_words, organisation_words = _end_words_of(knowledge_dir())
    # ('... 2024. Jo Li, Lehtikuva', '... on Monday. Jo Li for The Portvale Post': a
    # photographer and an organisation of the table, the forms' own cue)
    return word.casefold() not in (agency_words if word[:1].islower() else organisation_words)


def _dash_before_name(line: str) -> bool:
    """Whether a dash in the line's last characters sets off words that may be a credit (no
    word in lower case after it but joining ones): what `_dashed_tail` reads. A story's dash
    sets off a clause ('... the pier — which the board ...'), which this spares the forms."""
    tail = line[-64:]
    if " - " not in tail and " — " not in tail and " – " not in tail and " --" not in tail:
        return False
    found = _LAST_DASH.search(line, max(0, len(line) - 64))
    return found is not None and not _sentence_words(line[found.end() :].replace("/", " "))


_AGENCY_KINDS: Final = ("wire", "photo_agency")


@functools.lru_cache(maxsize=4)
def _end_words(folder: object) -> tuple[frozenset[str], frozenset[str]]:
    """The last words, case-folded, of the wires' and photo agencies' aliases (any case closes
    a story: '... the retailer. reuter') and of every organisation's."""
    orgs = organisations()
    agencies = (a for a, c in orgs.canonical.items() if orgs.kinds.get(c) in _AGENCY_KINDS)
    return (
        frozenset(a.rsplit(None, 1)[-1].casefold() for a in agencies if a),
        frozenset(a.rsplit(None, 1)[-1].casefold() for a in orgs.canonical if a),
    )


_end_words_of = last_folder(_end_words)


def split_glued(line: str) -> tuple[str, str] | None:
    """(text before, credit) when a credit is glued to the end of a caption or sentence (or
    (caption, credit) when the credit opens the line before a slash, `credit_then_caption`)."""
    if line[:1].isupper() and " / " in line[:80]:  # (the form opens with a capital: cheap first)
        first = credit_then_caption(line, slashed=True)
        if first is not None:
            return first[1], first[0]
    if line[1:2].isupper() and line.find("/", 0, 60) > 0:
        # ('JO LI/Sun-Gazette A crew inspects ...': the credit in capitals, then the caption)
        opening = _CAPS_CREDIT_FIRST.match(line)
        if opening is not None and loose_credit(opening["credit"]):
            return opening["caption"], opening["credit"]
    if "\\" in line:
        backslashed = _backslash_name(line)  # (a name closes it, which `_prose_end` may pass)
        if backslashed is not None:
            return backslashed
    if _prose_end(line):
        return None  # (two lines in three of a story: no form below can match them)
    last = line[-1:]
    if line.find(" | ", max(0, len(line) - 90)) >= 0:
        barred = _bar_tail(line)
        if barred is not None:
            return barred
    if last == "o" and line.endswith(_BUY_PRINT):
        # '... (Jo Li/The Portvale Review)Buy a print of this photo': the print shop's link
        return split_glued(line[: line.rindex("Buy")].rstrip())
    # ('... last Friday. Photo supplied.', with or without its own full stop)
    bare = line[:-1] if last == "." else line
    if bare[-1:] in _BARE_SOURCE_LAST and bare.endswith(_BARE_SOURCE_ENDS) and len(line) >= 30:
        cut = bare.rindex(". ") + 1
        return line[:cut], bare[cut + 1 :]
    if bare[-1:] in "oO" and bare.endswith(_PHOTO_ENDS) and (owned := _owner_photo_tail(bare)):
        return owned  # ('... on Monday. HT Photo', '... in 2024. Reuters photo')
    if bare.endswith(_FILE_PHOTO_ENDS):
        # ('... in 2019. Portvale Times file photo': the paper's own picture from its files)
        house = _HOUSE_FILE_TAIL.search(bare, max(0, len(bare) - 80))
        if house is not None and house.start() >= 20:
            return line[: house.start()].rstrip(), house["tail"]
    if last.isalpha() and " / " in line[-40:]:
        # ('... after an airstrike on June 17. / CNI', '... in May. / Supplied': a source after
        # a spaced slash closing the caption)
        source = _SPACED_SLASH_TAIL.search(line, max(0, len(line) - 40))
        if (
            source is not None
            and source.start() >= 20
            and _slash_source(source["tail"].removeprefix("Ph. "))  # ('Ph. MAP', French)
        ):
            return line[: source.start()].rstrip(), source["tail"]
    if last.isalpha() and line.find("@", len(line) - 50) >= 0:
        emailed = _NAME_EMAIL_TAIL.search(line, max(0, len(line) - 100))
        name = title_case(emailed["name"]) if emailed else ""
        if (
            emailed is not None
            and emailed.start() >= 20
            and person_name(name) == name
            and signed_address(name, emailed["local"])
        ):
            return line[: emailed.start()].rstrip(), emailed.group("tail")
    if line[-1:].isalnum() and (line.find(" @", len(line) - 40) >= 0 or line.endswith("RESERVED")):
        # '... (Jo Li/Review-Journal) @jolipix': the photographer's handle after the credit;
        # '... --fotoBERNAMA (2026) COPYRIGHT RESERVED': the agency's notice
        bare = _TRAILING_NOTE.sub("", line)
        if bare != line:
            return split_glued(bare) if bare else None
    if line[:1] == "(" and line.endswith(")") and line[1:2] in "HTLCMF":
        # '(Header image: Growers pick tea in Pu'er, March 2, 2025. VCG)': a note closing the
        # story on its lead photo, the caption and its credit inside
        note = _LEAD_PHOTO_NOTE.fullmatch(line)
        split = split_glued(note["inner"]) if note is not None else None
        if split is not None:
            return split
    if line.endswith(("PHOTOGRAPHER", "Photographer")):
        # '... on June 12, 2026. JO LI, STAFF PHOTOGRAPHER': the staff's credit after the caption
        staff = _STAFF_PHOTOGRAPHER_TAIL.search(line, max(0, len(line) - 80))
        if staff is not None and staff.start() >= 20:
            return line[: staff.start()].rstrip(), staff["tail"]
    if line.endswith(")") and _PICTURE_REF.search(line, len(line) - 20):
        # '... Picture: Jo Li (220125-14)': the picture desk's reference after the credit
        split = split_glued(_PICTURE_REF.sub("", line))
        if split is not None:
            return split
    if line.endswith(")") and _CREDIT_YEAR.search(line, len(line) - 7):
        # '(Jo Li/Civil Beat/2025)': the year the photo was taken, after the credit
        split = split_glued(_CREDIT_YEAR.sub(")", line))
        if split is not None:
            return split
    # A note ends the line in a letter, a digit or '_' ('... ID: A_12B', '... less'), or in
    # a full stop after a capital ('... OUTSIDE SOURCE.'): most prose lines are ruled out by
    # their last two characters (this runs on most lines of every article).
    last = line[-1:]
    if (
        (
            (last.isalnum() or last == "_" or (last == "." and line[-2:-1].isupper()))
            and (
                line.endswith(_TOGGLE_ENDS)
                or line.find("XMIT", max(0, len(line) - 60)) >= 0
                or line.find("FILE ID", max(0, len(line) - 60)) >= 0
                or line.find("EDITORS", max(0, len(line) - 320)) >= 0
            )
        )
        or (last == ")" and line.endswith(_RESERVED_ENDS))
        or line.endswith(_LICENSING_ENDS)
    ):
        bare = without_photo_notes(line)
        if bare != line:
            return split_glued(bare) if bare else None
    if last == ")" and "NOT FOR SALE" in line[-80:]:
        # '... District. (PHOTO NOT FOR SALE) (Yonhap)': the agency's note before its credit
        line = _SALE_NOTE.sub("", line)
    if last == "]":
        # '... on Monday. [Jo Li/Al Jazeera]': Al Jazeera's square brackets, read as round ones
        at = line.rfind("[")
        if at >= 10 and not any(c in line[at + 1 : -1] for c in "[]()"):
            split = split_glued(f"{line[:at]}({line[at + 1 : -1].strip()})")
            if split is not None:
                return split
            inner = line[at + 1 : -1].strip()
            poster, slashed, host = inner.rpartition("/")
            if (
                lone_organisation(inner)
                or loose_credit(inner)
                or _OFFICE.fullmatch(inner)
                or _FILE_OR_COURTESY.fullmatch(inner)
                # ('[Portvale Police Service/Facebook]': an office's post on a platform)
                or (slashed and host.casefold() in platforms() and _OFFICE.fullmatch(poster))
            ):
                # '... Merowe [Reuters]', '... on Thursday. [ JO LI | Times ]', a mugshot's
                # '[ Pinellas County Sheriff’s Office ]' (the Tampa Bay Times' brackets)
                return line[:at].rstrip(), inner
            if (
                _SQUARE_CREDIT.fullmatch(inner)
                and line[:at].rstrip()[-1:] in '.!?”"'
                and line[:1] not in "•·*-–—"  # a digest's item citing its source: '• ... [ ABC ]'
            ):
                # '... at the port. [Harbour Pictures]': a name in capitals in square brackets
                # after the caption's last sentence (Kathimerini's), which a story's sentence
                # never closes with ('[sic]', '[Updated]' aside)
                return line[:at].rstrip(), inner
    if line.find("©", len(line) - 70) >= 0:
        copyrighted = _copyright_tail(line)  # '... in Kazuno. (©Kyodo)', '... — © AFP Jo LI'
        if copyrighted is not None:
            return copyrighted
    if last == ")" or (last.isupper() and line[-2:-1].isupper()):
        bracketed = (
            (_bracketed_photo_agency(line) or _bracketed_caption_source(line))
            if last == ")"
            else None
        )
        bracketed = bracketed or _labelled_bracket_tail(line)
        if bracketed is not None:
            return bracketed
    if last == ")" or last.isdigit() or (last == "." and line[-2:-1].isdigit()):
        licensed = _licence_tail(line)
        if licensed is not None:
            return licensed
    featured = _glued_featured(line)
    if featured:
        return featured
    start = _search_from(line)
    match = glued_pattern().search(line, start) if start >= 0 else None
    if match and match.start() >= 10:
        found = match.group(1) or match.group(2) or match.group(3)
        before = line[: match.start()].rstrip()
        if "should read " in found and before.endswith(")"):
            short = _SHORT_WORDING.search(before, max(0, len(before) - 130))
            if short and short.start() >= 10:
                # both wordings make the credit: `read` takes AFP's own as the text
                return before[: short.start()].rstrip(), f"{short.group(1)} ({found.strip()}"
        return before, found.strip()
    if last == ")":
        named = (
            _bracketed_name_slash(line)
            or _bracketed_name(line)
            or _named_with_paper(line)
            or _bracketed_handout(line)
        )
        if named is not None:
            return named
    if len(line) > 600:
        return None  # both forms below close a caption-length text (an AP caption runs long)
    bbc = _bbc_label_tail(line) or _dash_credit_tail(line) or _named_with_paper(line)
    if bbc is not None:
        return bbc
    # both forms end in a name or an organisation, capitalised, or a site's address (most
    # lines end in a word in lower case: a cheap test before either runs)
    last_word = line[line.rfind(" ") + 1 :]
    if last_word[:1].isupper() or "." in last_word[1:-1]:
        named = _labelled_name_tail(line) or _comma_credit_tail(line) or _via_tail(line)
        if named is not None:
            return named
    # '... in Helsinki, Finland. Reuters': an agency name closing a caption-length text.
    tail = _trailing_agency().search(line[-60:]) if _agency_end_hint(line) else None
    if tail:
        tail = _trailing_agency().search(line)
    if tail and tail.start() >= 20:
        return line[: tail.start()].rstrip(), tail.group(1) or tail.group(2) or tail.group(3)
    # '... at the airport in Helsinki. Jo Li/Lehtikuva/AP': a slash credit after the sentence,
    # also with bars ('Jo Li | Bloomberg | Getty Images') or glued to it ('...2020.AFP/Getty').
    tail_start = max(0, len(line) - 120)
    bar = line.rfind(" | ", tail_start)
    if bar >= 20:
        # '... in Portvale in June 2015. | AP Photo', '... on Sept. 25 | Jo Li/Getty Images':
        # a credit set off by a bar; it names a photographer or says 'Photo' (a page title's
        # '... | Reuters' names the site).
        after = line[bar + 3 :].strip()
        # ('... on Friday. | Kyodo': an agency after a sentence; a page title's '| Reuters'
        # ends no sentence)
        stopped = line[:bar].rstrip().endswith(".")
        if "|" not in after and (
            credit_tail(after)
            # ('... the investigation. | Submitted': a reader's or an office's photo; '... on
            # Dec. 8. | Jo Li/St. Albert Gazette', '... last month. | Submitted photo')
            or (stopped and after.rstrip(".") in _BRACKETED_SOURCES)
            or (stopped and (paper_credit(after) or source_alone(after)))
            # ('... open to non-ticket holders. | Jo Li': the photographer's name alone)
            or (stopped and bar >= 30 and " " in after and person_name(after) == after)
            # ('... found more than 100 plants | Google', '... in Preston | Lancashire
            # Police': an office or a map's view closing a caption, stopped or not)
            or (bar >= 30 and (after in MAP_NAMES or _OFFICE.fullmatch(after) is not None))
            # ('... on Tuesday | Pioneer photo': the paper's own photo, by its short name)
            or (bar >= 30 and NAMED_PHOTO.fullmatch(after) is not None)
            # ('... celebrates his century | Getty Images': a photo agency alone, the only bar;
            # 'Jo Li | Bloomberg | Getty Images' is one credit)
            or (bar >= 30 and line.rfind(" | ", 0, bar) < 0 and photo_agency_alone(after))
            or (
                ("Photo" in after or stopped)
                # ('... Exchange Street. | Portvale City Council': an office's handout)
                and (lone_organisation(after) or _OFFICE.fullmatch(after))
            )
        ):
            return line[:bar].rstrip(), after
    if line.find("/", tail_start) >= 0 or line.find("|", tail_start) >= 0:  # in the last 120
        for pattern in (_SLASH_TAIL, _SLASH_TAIL_GLUED, _SLASH_TAIL_JOINED):
            # The first sentence end may open no credit ('..., ” Jo Li said. Kim Bo/AP': the
            # quote's end comes first): try each one in the tail.
            slash = pattern.search(line, tail_start)
            while slash is not None:
                credit = slash.group("tail")
                if slash.start() >= 20 and (credit_tail(credit) or loose_credit(credit)):
                    return line[: slash.start()].rstrip(), credit  # 'Jo Li/Staff' too
                slash = pattern.search(line, slash.start() + 1)
    # '... in Portvale, Monday, July 16, 2018. Jo Li, File AP Photo': the photographer, then
    # the agency's photo label (some templates print the credit so, after the caption).
    if line.endswith(" Photo"):
        photo = _PHOTO_LABEL_TAIL.search(line, tail_start)
        if photo and photo.start() >= 20 and read(photo.group("tail")).photographers:
            return line[: photo.start()].rstrip(), photo.group("tail")
    # '... in Portvale.CreditJo Li/Reuters', '... in 1975. Credit Associated Press', the
    # Times' '... in Portvale.Credit...Jo Li/Reuters': a labelled credit closing the caption,
    # the label maybe printed twice ('CreditCredit').
    credit_at = line.find("Credit", tail_start)
    if credit_at >= 20:
        labelled = _CREDIT_TAIL.search(line, credit_at - 1)
        if labelled and _labelled_credit(
            labelled.group("tail"),
            _in_sentence(line, labelled),
            ":" in line[labelled.start() : labelled.start("tail")],
        ):
            return line[: labelled.start()].rstrip(), labelled.group("tail")
    # '... on Monday, May 4, 2020. Jo Li for The Portvale Post': a photographer and the
    # organisation the photo was made for.
    for_at = line.rfind(" for ", tail_start)
    if (
        for_at >= 0
        and line[for_at + 5 : for_at + 6].isupper()  # 'for The Post', not 'for the town'
        and organisations().lookup(line[for_at + 5 :].rstrip(". ")) is not None
    ):
        client = _FOR_TAIL.search(line, tail_start)
        if client and client.start() >= 20 and for_client(client.group("tail")):
            return line[: client.start()].rstrip(), client.group("tail")
    if line[-1:].isupper() and line[-2:-1].isupper():
        caps = _caps_tail(line)  # ('... near the loch ALAMY', '... on Monday PIC: JO LI')
        if caps is not None:
            return caps
    if line.find(" /", len(line) - 30) >= 0:
        agency_tail = _slashed_agency(line)  # after every form that names the photographer
        if agency_tail is not None:
            return agency_tail
    return (
        _any_labelled_tail(line)
        or _bracketed_credit_line(line)
        or _bracketed_dash_tail(line)
        or _bracketed_acronym_tail(line)
        or _slashed_courtesy_tail(line)
        or _closing_source_tail(line)
        or _unstopped_bracket_tail(line)
        or _bare_tail(line)
        or _dashed_tail(line)
    )


def _bracketed_credit_line(line: str) -> tuple[str, str] | None:
    """(caption, credit) for a bracket after the caption's last sentence that holds what would
    be a credit on a line of its own (`is_credit_line`): '... on Monday. (Illustration by Jo
    Li)', '... in 2019. (Photo via Portvale Police Facebook page)'. The bracketed forms above
    each read one shape; a credit line's shapes are the wider set, and a story's sentence
    closes with no bracket of them."""
    if line[-1:] != ")":
        return None
    opening = line.rfind("(")
    before = line[:opening].rstrip()
    inner = line[opening + 1 : -1].strip()
    if opening < 20 or before[-1:] not in '.!?”"' or not inner[:1].isupper() or ")" in inner:
        return None
    if before.count(" ") < 3 or SPEECH.search(before) is not None:
        return None
    if is_credit_line(inner) or given_by(inner):
        return before, inner
    return None  # (a paper's name alone cites a linked story: '... keeps growing. (The Post)')


def _bare_tail(line: str) -> tuple[str, str] | None:
    """(caption, credit) for a credit after the caption's last sentence with no mark around
    it, the line ending in its last word: '... on Monday. Portvale Police Department', '... in
    May. Jo Li, Portvale Herald'. A story's line ends in a stop, so the tail is read as if it
    were bracketed ('... on Monday. (Portvale Police Department)'); the bracketed forms decide,
    and the tail must name a photographer, an organisation of the table or a source word."""
    if not line[-1:].isalpha():
        return None
    stop = line.rfind(". ", max(0, len(line) - 80))
    if stop < 20:
        return None
    before, tail = line[: stop + 1], line[stop + 2 :].strip()
    last_word = before[before.rfind(" ") + 1 : -1]
    if len(last_word) < 3 or not last_word.isalnum():
        # an abbreviation's stop ('... vs. Jo Li', '... from the U.S. Customs Service', '6:04
        # a.m. EDT'), not a sentence's
        return None
    if tail[:7] in ("Source:", "SOURCE:"):
        return _captions_source(before, tail)
    if not tail[:1].isupper() or tail.count(" ") > 7 or any(c in tail for c in "():"):
        return None  # (a labelled tail is the labelled forms')
    if _sentence_words(tail.replace("/", " ")):
        return None  # a sentence's words: '... went well. The Trump/Putin summit/AP'
    split = split_glued(f"{before} ({tail})")
    if split is None or split[0] != before:
        return None
    got = read(split[1])
    if not (
        got.photographers
        or _table_agencies(got)
        or tail in _BRACKETED_SOURCES
        or _OFFICE.fullmatch(tail) is not None
        or given_by(tail)
    ):
        return None
    return before, split[1]


# A dash or a spaced hyphen before the line's last words ('... on Monday - Jo Li/AP'). (A bar
# is the bar forms': 'Ferry fares rise | Jo Li/Portvale Herald' is a title and its byline.)
_LAST_DASH: Final = re.compile(r" (?:--?|[—–]) ?(?=[A-Z@][^—–|]{1,60}$)")


def _dashed_tail(line: str) -> tuple[str, str] | None:
    """(caption, credit) for a credit set off by a dash from the caption's last word,
    stopped or not: '... on Monday - Jo Li/AP', '... in May. — Portvale Police Department'.
    Re-read as bracketed, as `_bare_tail` and `_unstopped_bracket_tail` read theirs. The tail
    must name a photographer and whom they shot for, or a photo agency (a page's title,
    'Ferry fares rise - Portvale Herald', has a paper after its dash); after a stop, a source
    word or an office too."""
    if not line[-1:].isalnum():
        return None
    found = _LAST_DASH.search(line, max(0, len(line) - 64))
    if found is None or found.start() < 20:
        return None
    before, tail = line[: found.start()].rstrip(), line[found.end() :].strip()
    if not before[-1:].isalnum() and before[-1:] not in '.!?”"':
        return None
    if (
        tail.count(" ") > 7
        or any(c in tail for c in "()[]:")
        or _sentence_words(tail.replace("/", " "))
    ):
        return None
    stopped = not before[-1:].isalnum()
    split = (
        split_glued(f"{before} ({tail})")
        if stopped
        else _unstopped_bracket_tail(f"{before} ({tail})")
    )
    if split is None or split[0] != before:
        return None
    got = read(split[1])
    if not (
        (got.photographers and got.agencies)
        or names_photo_agency(got)
        or (stopped and (tail in _BRACKETED_SOURCES or _OFFICE.fullmatch(tail)))
    ):
        # a name alone after a dash signs a quote ('...” — Jo Li') or a column's title; a
        # wire's alone signs the story ('... the department said. — VNS')
        return None
    return before, split[1]


def _table_agencies(credit: Credit) -> list[str]:
    """The canonical names of the credit's agencies that the organisations table holds (the
    unmarked tails' cue that a bracket names a source, not a story's aside)."""
    return [c for c in map(organisations().lookup, credit.agencies) if c is not None]


def _sentence_words(text: str) -> bool:
    """Whether the text holds a word in lower case that no name holds ('of', 'and' do)."""
    return any(w[:1].islower() and w not in _SOURCE_JOINS for w in text.split())


def _captions_source(before: str, tail: str) -> tuple[str, str] | None:
    """(caption, 'Source: X') after a caption of one sentence: who gave the picture ('... on
    Monday. Source: Portvale Police'). After a paragraph of more sentences, or reported speech,
    it cites where the story's facts came from ('... aired Monday morning. Source: CNN')."""
    source = tail[7:].strip()
    if not source[:1].isupper() or source.count(" ") > 5 or _sentence_words(source):
        return None
    if ". " in before or before.count(" ") >= 30 or SPEECH.search(before) is not None:
        return None
    return before, tail


# A scene in the present tense ('A barricade blocks the bridge ...', 'Jo Li speaks during a
# ceremony ...'): the verb right before what it acts on, in the first words.
SCENE_VERB: Final = re.compile(
    r"^(?:[\w'’-]+ ){0,6}(?!(?:was|has|is|as|its|this|his|us|news)\b)[a-z]{2,}s "
    r"(?:a|an|the|on|in|at|near|over|past|to|through|along|outside|during|with|his|her|their)\b"
)
# The fewest words a caption holds before an unstopped bracket ('Mayor resigns (Video)' is a
# heading).
_UNSTOPPED_MIN_WORDS: Final = 5


def _unstopped_bracket_tail(line: str) -> tuple[str, str] | None:
    """(caption, credit) for a bracketed credit right after a caption's last word, with no stop
    between: '... in Ankara (Reuters)', '... on Tuesday (Jo Li/Portvale Herald)'. A story's
    sentence ends in a stop, so a bracket closing an unstopped line of five words or more is
    read as if the caption were stopped before it; the forms after a stop decide. An acronym
    in capitals must be a wire or a photo agency of the table (a ticker, '(AAPL)', or a body's
    short name, '(ECB)', closes a heading's or a wrapped line's text); one word, a source the
    tables hold; the credit must name a photographer, an organisation of the table or a source
    word, and a wire alone needs a scene before it."""
    if line[-1:] != ")" or line[:1] in "•·*-–—(":
        return None
    opening = line.rfind("(")
    before = line[:opening].rstrip()
    inner = line[opening + 1 : -1].strip()
    if (
        opening < 20
        or not before[-1:].isalnum()
        or not inner
        or before.count(" ") + 1 < _UNSTOPPED_MIN_WORDS
        or inner.count(" ") > 7
        or ")" in inner
        or SPEECH.search(before) is not None
    ):
        return None
    if line.count("(") > 2:
        return None  # a list's items, each with its bracket: '... Jo Li (Biarritz), Kim Bo (Brive)'
    if sum(w[:1].islower() for w in before.split()) < 3:
        return None  # a list's item in title case ('Best Fanbase - CHUMBUDS (JO LI)'), no caption
    if not inner[:1].isupper() or ":" in inner:
        return None  # an aside ('(courtesy of his boss)'); a body and its officer ('(IMF: Jo Li)')
    orgs = organisations()
    source_word = inner in _BRACKETED_SOURCES or inner.casefold() in platforms() or given_by(inner)
    if " " not in inner and "/" not in inner:
        alias_of = orgs.lookup(inner)
        if inner.isupper():
            if alias_of is None or orgs.kinds.get(alias_of) not in _AGENCY_KINDS:
                return None
        elif alias_of is None and not source_word:
            return None  # a short form after its long one: '... Internet Telephony (Voip)'
    split = split_glued(f"{before}. ({inner})")
    if split is None or split[0] != f"{before}.":
        return None
    got = read(split[1])
    known = _table_agencies(got)
    if not (got.photographers or known or source_word):
        return None  # a name the table does not hold: '... run by the teachers (Kestra Pool)'
    if not (known or source_word) and any(
        p.rpartition(" ")[2] in _COMPANY_ENDS or p.endswith(" Fund") for p in got.photographers
    ):
        return None  # a fund's or a club's name that reads as a person's ('(Kestra Savers Fund)')
    wire_alone = not got.photographers and all(orgs.kinds.get(c) == "wire" for c in known)
    if wire_alone and known and SCENE_VERB.match(before) is None:
        # a wire alone is as likely the story's source ('... on a vote of 51 to 49 (Reuters)')
        # unless the text shows a scene, as a caption does ('... speaks during a ceremony')
        return None
    return before, split[1]


# The last resort for a labelled credit closing a caption: a photo's label after the
# caption's last sentence ('Picture:', 'Photo credit:', 'Photo provided by', an owner's 'SN
# photo:' or 'U.S. Army photo by', maybe in brackets), then a short source to the line's
# end. The forms above each want a source they know (a person, an agency, an office, a
# paper); here the label is the cue, and the source need only read as a name: a one-word
# company ('CalMac'), a handle ('Instagram/@jo.li'), a long body's name. (A plural label,
# 'Photos: Harbour Festival', may head a gallery: the forms above decide it.) Words are
# bounded so that a search over the line's last `_TAIL_SPAN` characters finds every match.
_ANY_LABEL_TAIL: Final = re.compile(
    # (after the caption's last sentence or clause, a bar, a spaced dash or in brackets: '...
    # in Maracaibo — Photo: Jo Li', '... at the Secretariat (Pic courtesy PMD)', '... on
    # Monday; Photo: Jo Li')
    # (a spaced hyphen or two stand for the dash: '... at the pier - Photo: Jo Li')
    r"(?:(?<=[.!?”\"’;,])|(?<=[.!?”\"’][)\]])|\s\||\s[—–]|\s--?(?=\s)|\s(?=[(\[]))"
    r"\s*[(\[]?(?P<tail>"
    r"(?:(?:[A-Z][\w.'’&-]{0,20}|of) ){0,5}"  # the photo's owner: 'SN', 'U.S. Air National Guard'
    r"(?:[Pp]hoto(?:graph)?|PHOTO(?:GRAPH)?|[Pp]icture|PICTURE|[Ii]mage|IMAGE|[Pp]ic|PIC|"
    r"[Ff]oto(?:grafía)?|FOTO|Fotó|Bild|Kuva|Zdjęcie|Picha|Ljósmynd|Фото|"
    # ('... in 2025. Illustration: Jo Li', '... the video. Screengrab: YouTube')
    r"(?:[Pp]hoto )?[Ii]llustration|ILLUSTRATION|[Ss]creen(?:shot|grab)|SCREEN(?:SHOT|GRAB)|"
    # ('... on Monday; Credit: Jo Li', '... in May. Courtesy: Portvale Zoo', '... the vote.
    # Video: Jo Li', '... since 2019. Graphic: Jo Li')
    r"[Cc]redit|CREDIT|[Cc]ourtesy|COURTESY|[Vv]ideo|VIDEO|[Gg]raphic|GRAPHIC)"
    r"[sS]?(?: [Cc]redit| CREDIT)?"  # ('... on Monday. Photos: Jo Li', a gallery's photographer)
    # ('[Photo=Portvale City]', Korean papers'; '(Photo-PVB)', a hyphen before capitals)
    r"(?:(?:\s?:\s?|\s?/\s?|=|-(?=[A-Z])|(?: (?:provided|supplied|submitted|taken|courtesy))? by "
    r"| via | [Cc]ourtesy(?: of)?:? )"
    r"(?P<source>[A-Z@0-9][^()\[\]|]{0,80}?)"
    r"| (?P<given>contributed|submitted|supplied|provided|courtesy))"
    r")[)\]]?\.?\Z"
)
# '... on Tuesday. --Photo KPL', '... last year. — Photo Portvale Times': a dash, then the
# label and the source with no mark between them.
_DASHED_LABEL_TAIL: Final = re.compile(
    r"(?<=[.!?”\"])\s*(?:--|— )\s?(?P<tail>(?:Photo|PHOTO|Picture|PICTURE|Pic|PIC) "
    r"(?P<source>[A-Z][^()\[\]|:/]{0,60}?))\.?\Z"
)
# '... at the pier on Monday Photo: Jo Li': the label right after the caption's last word,
# no mark between; its colon sets the credit off (no owner's words before the label: they
# would be the caption's).
_SPACED_LABEL_TAIL: Final = re.compile(
    r"(?<=[a-z0-9])\s(?P<tail>"
    r"(?:[Pp]hoto(?:graph)?|PHOTO|[Pp]icture|PICTURE|[Ii]mage|IMAGE|[Pp]ic|PIC|[Vv]ideo|VIDEO|"
    r"[Cc]redit|CREDIT|[Ii]llustration|[Ss]creen(?:shot|grab))"
    r"[sS]?(?: [Cc]redit| CREDIT)?\s?:\s?(?P<source>[A-Z@0-9][^()\[\]|:]{0,80}?))\.?\Z"
)
_TAIL_SPAN: Final = 240
_ANY_LABEL_WORDS: Final = ("hoto", "HOTO", "icture", "ICTURE", "mage", "MAGE", "Pic", "pic", "PIC")
# Rarer labels, looked for only where the tail holds a colon or a slash after them.
_RARE_LABEL_WORDS: Final = (
    *("Foto", "FOTO", "llustration", "LLUSTRATION", "creen", "CREEN"),
    *("Bild", "Kuva", "Zdjęcie", "Picha", "Ljósmynd", "Фото"),
    *("redit", "REDIT", "ourtesy", "OURTESY", "ideo", "IDEO", "raphic", "RAPHIC"),
)
# Lower-case words a source's name may hold ('Parliament of Sierra Leone', 'SK hynix' aside).
_SOURCE_JOINS: Final = frozenset({"of", "and", "the", "for", "de", "del", "la", "du", "&", "-"})
# The lower-case words a source may end in ('Photo contributed', 'Photo credit: Courtesy photo').
_GIVEN_WORDS: Final = frozenset(
    {"contributed", "submitted", "supplied", "provided", "courtesy", "photo", "photos", "image"}
    | {"media", "handout"}  # ('Photo: Social media', 'Photo: Family handout')
)


def _any_labelled_tail(line: str) -> tuple[str, str] | None:
    """`labelled_split` of the line's last `_TAIL_SPAN` characters, where the line ends in a
    word a source's name may end in (a capital, a handle, a number; or 'Photo contributed')."""
    if not source_end(line):
        return None  # most lines: a sentence's last word in lower case
    start = max(0, len(line) - _TAIL_SPAN)
    if not any(line.find(word, start) >= 0 for word in _ANY_LABEL_WORDS) and not (
        (line.find(":", start) >= 0 or line.find("/", start) >= 0)
        and any(line.find(word, start) >= 0 for word in _RARE_LABEL_WORDS)
    ):
        return None
    found = labelled_split(line, _ANY_LABEL_TAIL.search(line, start))
    if found is None and (line.find("--", start) >= 0 or line.find("— ", start) >= 0):
        found = labelled_split(line, _DASHED_LABEL_TAIL.search(line, start))
    if found is None and line.find(":", start) >= 0:
        found = labelled_split(line, _SPACED_LABEL_TAIL.search(line, start))
    return found


def source_end(line: str) -> bool:
    """Whether the line's last word may end a source's name: capitalised, a number, a handle,
    or 'contributed', 'photo' and the like ('(Photo-PVB)': its brackets aside)."""
    last = line[line.rfind(" ") + 1 :]
    if "/" in last:
        last = last[last.rfind("/") + 1 :]  # ('File image/PTI')
    last = last.strip(".()[]")
    return last[:1].isupper() or last[:1].isdigit() or "@" in last or last in _GIVEN_WORDS


def _after_caption(line: str, start: int) -> bool:
    """Whether a tail found at `start` closes a caption: twenty characters and four words
    before it at least (a label or a name alone on its line is no glued credit)."""
    return start >= 20 and line.count(" ", 0, start) >= 3


def _after_short_caption(line: str, start: int) -> bool:
    """Whether a labelled tail at `start` closes a short caption's full stop, as
    `_labelled_name_tail` reads one: two words at least ('Lena Markov. Credit: Jo Li', a
    portrait's caption)."""
    before = line[:start].rstrip()
    return start >= _SHORTEST_CAPTION and before[-1:] in ".!?" and len(before.split()) >= 2


def labelled_split(line: str, match: re.Match[str] | None) -> tuple[str, str] | None:
    """(caption, credit) for an `_ANY_LABEL_TAIL` match after a caption of four words or more
    (or a short one's full stop) that reports no one's words, when the source is a name: ten
    words at most, capitalised but for joining words and one brand written in lower case, and
    not a word saying what the picture is ('Photo: File')."""
    if match is None or not (
        _after_caption(line, match.start()) or _after_short_caption(line, match.start())
    ):
        return None
    before = line[: match.start()].rstrip()
    if SPEECH.search(before) is not None:
        return None  # ('..., the harbour master told the board. Photo: ...': a story line)
    source = match.group("source")
    if source is not None:
        words = source.rstrip(".").split()
        lower = [w for w in words if w[:1].islower() and w not in _SOURCE_JOINS]
        if len(words) > 10 or len(lower) > 1 or (lower and len(words) == 1):
            return None
        if len(words) == 1 and words[0].casefold() in _NOT_SOURCE_WORDS:
            return None
        label = line[match.start("tail") : match.start("source")].rstrip(" :/=-")
        if label[-1:] in "sS" and not _names_a_giver(source.rstrip(".")):
            return None  # a plural label may head a gallery: 'Photos: Harbour Festival'
    return before.rstrip(" |;,"), match.group("tail").rstrip(".")


def _names_a_giver(source: str) -> bool:
    """Whether a source names a person (by a given name of the table), a slash's parts or an
    organisation of the table."""
    if "/" in source or organisations().lookup(source) is not None:
        return True
    return person_name(source) == source and opens_with_given_name(source)


# The last resorts' sources that close a caption with a mark but no label: a copyright sign
# after its last sentence ('... in Portvale. © Droits réservés'), a name in brackets after it
# ('... in Portvale. (Hidrolara)', '... on Tuesday. (PVN photo)'); or a label inside brackets,
# full stop or not ('... in Portvale (Image credit : PBC)', '(Copyright: Jo Li/Portvale868)').
_SIGNED_TAIL: Final = re.compile(
    r"(?<=[.!?”\"])\s+(?P<tail>(?:(?:Photo|Image|Picture) )?© ?[A-Z0-9]"
    r"(?:[^.!?©()]|\.(?=\S)){1,50}?)\.?\Z"
)
_NAMED_BRACKET: Final = re.compile(
    r"(?<=[.!?”\"])\s*\((?P<tail>[A-Za-z][\w.'’&-]{0,20}(?: [A-Za-z][\w.'’&-]{0,20}){0,3})\)\Z"
)
_LABEL_BRACKET: Final = re.compile(
    r"\s*\((?P<tail>(?:(?:Photo|Image|Picture) (?:credit|source)|Copyright) ?: ?"
    r"(?P<source>[A-Z][^()]{1,60}))\)\Z"
)
# What a bracket closing a paragraph says besides a source: a transcript's stage directions, an
# editor's marks.
_NOT_SOURCES: Final = frozenset(
    {
        "laughter", "applause", "inaudible", "crosstalk", "cheers", "music", "video", "audio",
        "updated", "update", "corrected", "correction", "end", "ends", "sic", "translated",
        "continued", "photo", "photos", "file", "graphic", "map", "archive", "opinion",
        "analysis", "advertisement", "sponsored", "more", "details", "live",
    }
)  # fmt: skip


def _closing_source_tail(line: str) -> tuple[str, str] | None:
    """(caption, credit) for `_SIGNED_TAIL`, `_NAMED_BRACKET` and `_LABEL_BRACKET` after a
    caption of four words or more that reports no one's words. A bracketed name needs a
    photo's word ('PVN photo'), a source phrase, or a name the table does not hold as a
    story's source: '(Reuters)' after a paragraph names the wire that filed it."""
    last = line[-1:]
    if last != ")" and not last.isalpha():
        return None  # most lines end in a full stop: neither a bracket nor a name closes them
    if line[:1] in "•·*-–—":
        return None  # a digest's item citing its source ('• ... (Portvale Post)')
    start = max(0, len(line) - _TAIL_SPAN)
    found: re.Match[str] | None = None
    if last == ")":
        # (both forms close the line with its last bracket: match there, not at every place)
        opening = line.rfind("(")
        if opening < 0:
            return None
        at = max(start, len(line[:opening].rstrip()))
        found = _LABEL_BRACKET.match(line, at)
        if found is None:
            named = _NAMED_BRACKET.match(line, at)
            inside = named["tail"] if named is not None else ""
            if named is not None and (
                inside.endswith(_PHOTO_WORDS)
                or inside in _BRACKETED_SOURCES
                or _unknown_source(inside)
                or _CALL_SIGN.fullmatch(inside) is not None
                or (_bracketed_person(inside) and SCENE_VERB.match(line) is not None)
            ):
                found = named
    elif line.find("©", start) >= 0:
        found = _SIGNED_TAIL.search(line, start)
    if found is None or not _after_caption(line, found.start()):
        return None
    before = line[: found.start()].rstrip()
    if SPEECH.search(before) is not None:
        return None  # ('..., the harbour master said. (Hidrolara)': a story's line)
    return before, found["tail"]


# A North American broadcaster's call sign with its band or 'News': the station's own picture
# under a caption ('... on Wednesday. (KOMO News)', '(WSB-TV)'); a bare one may be a ticker
# closing a story's paragraph (Reuters' '(WHCB)').
_CALL_SIGN: Final = re.compile(r"[KW][A-Z]{2,3}(?:-(?:TV|FM|DT)(?: News)?| News)")


def _bracketed_person(name: str) -> bool:
    """'(Heng Sovannarith)', '(JO LI)', '(J. Li)': a photographer's name of two words or more,
    its given name in the table or not (a paper a paragraph cites, '(Portvale Post)', and a
    venue, '(The Pool)', are none). The caller asks for a caption's scene before it: a label
    reads as a name too ('... met again on Monday. (Final Words)')."""
    if " " not in name:
        return False
    name = title_case(name) if name.isupper() else name
    if name.startswith("The ") or ends_in_paper_word(name):
        return False
    return person_name(name) == name


def _unknown_source(name: str) -> bool:
    """A capitalised name, not in capitals, that the organisations table does not hold (or
    holds as a photo agency) and no stage direction or editor's mark."""
    words = name.split()
    if name.isupper() or any(w[:1].islower() and w not in _SOURCE_JOINS for w in words):
        return False  # (a word in capitals: '(TWEETS)', a ticker '(WHCB)'; acronyms: above)
    if name.casefold() in _NOT_SOURCES or person_name(name) is not None:
        return False
    if words[0] == "The" or ends_in_paper_word(name):
        return False  # a venue ('(The Pool)'), a paper a paragraph cites ('(Portvale Post)')
    known = organisations().lookup(name)
    return known is None or organisations().kinds.get(known) == "photo_agency"


# '... on Monday, March 10. (Jo Li - Portvale Star)', '... on Feb. 26. (Rodong Sinmun - News1)':
# a photographer or a source, a spaced dash, then the paper or agency, in brackets after the
# caption's last sentence (words bounded as in `_ANY_LABEL_TAIL`); '(Jo Li photo - Portvale
# Tribune)', the paper's photo by its photographer.
_BRACKETED_DASH: Final = re.compile(
    r"(?<=[.!?”\"])\s*\((?P<tail>(?P<left>[A-Z][\w.'’&-]{0,20}(?: [A-Z][\w.'’&-]{0,20}){0,3})"
    r"(?: [Pp]hoto)? [-–—] "
    r"(?P<right>(?:The )?[A-Z][\w.'’&-]{0,20}(?: [A-Z][\w.'’&-]{0,20}){0,3}))\)\Z"
)


def _bracketed_dash_tail(line: str) -> tuple[str, str] | None:
    """`dash_split` of the line's last `_TAIL_SPAN` characters, for a line closing a bracket."""
    if not line.endswith(")"):
        return None
    return dash_split(line, _BRACKETED_DASH.search(line, max(0, len(line) - _TAIL_SPAN)))


def dash_split(line: str, match: re.Match[str] | None) -> tuple[str, str] | None:
    """(caption, credit) for a `_BRACKETED_DASH` match after a caption of four words or more,
    when the right names a known organisation or a paper and the left a person or an
    organisation (or a source the table lacks, in two words or more, after no one's words)."""
    if match is None or not _after_caption(line, match.start()):
        return None
    left, right = match.group("left"), match.group("right")
    if (
        right.count(" ") <= 2
        and person_name(right) == right
        and (organisations().lookup(left) is not None or unknown_paper(left.removeprefix("The ")))
    ):
        # ('(Valley News - Jo Li)': the paper first, then its photographer)
        return line[: match.start()].rstrip(), match.group("tail")
    if organisations().lookup(right) is None and not unknown_paper(right.removeprefix("The ")):
        return None
    # ('(Rodong Sinmun - News1)': a source the table lacks, named in two or more words)
    unknown = person_name(left) != left and organisations().lookup(left) is None
    if unknown and (" " not in left or SPEECH.search(line, 0, match.start()) is not None):
        return None
    return line[: match.start()].rstrip(), match.group("tail")


# '... on Wednesday. (DIPR)', '... the Jordan Valley Park area. (KOLR)': an office's, a
# station's or an agency's initials in brackets after the caption's last sentence, known to
# the table or not (a known agency closing the story's last paragraph is its sign-off, which
# the roles decide; a story's line reporting words is no caption; a headline's '? (TWEETS)'
# ends in a label, not a full stop).
_BRACKETED_ACRONYM: Final = re.compile(r"(?<=[a-z0-9]\.) \((?P<tail>[A-Z][A-Z0-9]{1,5})\)\Z")
# Labels in capitals that pages set in brackets after a headline or an item, or in a
# dateline's brackets: no source, no call sign.
CAPS_LABELS: Final = frozenset(
    {"VIDEO", "VIDEOS", "PHOTO", "PHOTOS", "PICS", "AUDIO", "WATCH", "LISTEN", "LIVE", "FILE"}
    | {"UPDATE", "UPDATED", "MORE", "AD", "TWEETS", "TWEET", "POLL", "MAP", "MAPS", "OPINION"}
)


def _bracketed_acronym_tail(line: str) -> tuple[str, str] | None:
    """(caption, acronym) after a caption of four words to forty that reports no one's words,
    its last sentence stopped and spaced from the bracket (Reuters' wrapped '...dealings.(WHCB)'
    is a story's line), not an item of a list ('• ... [ ABC ]': a digest citing its source)."""
    if not line.endswith(")") or not line[-2:-1].isupper() or line[:1] in "•·*-–—":
        return None
    match = _BRACKETED_ACRONYM.search(line, max(0, len(line) - 12))
    if match is None or not _after_caption(line, match.start()) or match["tail"] in CAPS_LABELS:
        return None
    if line.count(" ", 0, match.start()) > 40 or SPEECH.search(line, 0, match.start()):
        return None
    return line[: match.start()].rstrip(), match["tail"]


# '... in Jeonju on April 7. /Courtesy of Jeonju City': who gave the photo after a slash
# closing the caption (Korean papers' English editions; words bounded as above).
_SLASHED_COURTESY: Final = re.compile(
    r"(?<=[.!?”\"]) ?/ ?(?P<tail>[Cc]ourtesy of (?:the )?[A-Z][\w.'’&-]{0,20}"
    r"(?: (?:[A-Z][\w.'’&-]{0,20}|of|and|&)){0,6})\.?\Z"
)


def _slashed_courtesy_tail(line: str) -> tuple[str, str] | None:
    """(caption, 'Courtesy of ...') after a caption of four words or more."""
    at = line.rfind("/", max(0, len(line) - _TAIL_SPAN))
    if at < 20 or "ourtesy" not in line[at:]:
        return None
    match = _SLASHED_COURTESY.search(line, at - 2)
    if match is None or not _after_caption(line, match.start()):
        return None
    return line[: match.start()].rstrip(), match["tail"]


# The Times' credits in capitals after the caption with no stop between: '... at the
# university MARCUS ELLERY FOR THE TIMES', '... near the loch ALAMY'.
_CAPS_CREDIT_TAIL: Final = re.compile(
    r"(?<=[a-z0-9]) (?P<label>(?:PIC|PICTURE|PHOTO): )?"
    r"(?P<tail>[A-Z][A-Z'’.&-]+(?: [A-Z][A-Z'’.&-]+){0,6})$"
)


def _caps_tail(line: str) -> tuple[str, str] | None:
    """(caption, credit) for `_CAPS_CREDIT_TAIL` after a caption of eight words or more, when
    the capitals name a photo agency alone or a person 'FOR' a paper (a headline in mixed
    case may end in a news organisation's name in capitals: 'Senators grill CEO, says CNN')."""
    found = _CAPS_CREDIT_TAIL.search(line, max(0, len(line) - 80))
    if found is None or found.start() < 20 or line.count(" ", 0, found.start()) < 7:
        return None
    tail = found.group("tail")
    name, _, paper = tail.partition(" FOR ")
    named = person_name(title_case(name)) == title_case(name)
    if photo_agency_alone(tail) or (paper and named and paper_name(paper)):
        return line[: found.start()].rstrip(), tail
    if found.group("label") and named and not paper:
        # '... on Monday PIC: JO LI': a label in capitals and the photographer, Mmegi's form
        return line[: found.start()].rstrip(), line[found.start() :].strip()
    return None


def _licence_tail(line: str) -> tuple[str, str] | None:
    """(text before, credit) when the line ends in a glued credit and the licence the photo is
    used under ('... in 2016.Photo: Jo Li/Flickr (CC BY 2.0)', '...Image: Jo Li via Flickr,
    under Creative Commons license 2.0.'): the credit found without the licence, which then
    stays in its text."""
    known = licences()
    if not known.named_in(line[-90:]):
        return None  # most lines that end in a bracket or a number
    tail = known.tail.search(line, max(0, len(line) - 90))
    if tail is None or tail.start() < 10:
        return None
    bare = line[: tail.start()]
    if known.tail.search(bare, max(0, len(bare) - 90)):
        return None  # one licence to a credit (and no recursion along a run of them)
    split = split_glued(bare)
    if split is None:
        return None
    return split[0], split[1] + line[tail.start() :].rstrip()


# '... on Monday. (Jo Li/Flash90)': a photographer and an agency the table lacks, in brackets
# after the caption's last sentence (the Times of Israel's form).
_NAME_SLASH: Final = re.compile(
    rf"(?<=[.!?”\"])\s*\((?P<tail>(?P<name>{NAME_PATTERN})(?:\s?/\s?| -- | [—–] )"
    r"(?P<org>[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3})(?:, (?:file|File|FILE)| file)?)\)$"
)


# '... on Oct. 21. (Jo Li, The Portvale Sun)': a photographer and the paper of the table,
# after a comma, in brackets after the caption's last sentence (the Colorado Sun's form); and
# '... 2026. Photo by Jo Li, jli@paper.com' (a staff photographer's e-mail, the
# Post-Dispatch's).
_NAME_COMMA_ORG: Final = re.compile(
    rf"(?<=[.!?”\"])\s*\((?P<tail>(?P<name>{NAME_PATTERN})(?:, | ?\| ?)(?P<org>[^(),|]{{2,50}}))\)$"
)
_WEB_HOST: Final = re.compile(r"(?i)[a-z][\w-]*(?:\.[\w-]+)*\.(?:com|org|net|co\.uk|news)")
# ('... (Jo Li | Tribune file photo)': the paper's own picture from its files)
_FILE_PHOTO_END: Final = re.compile(r" (?:file )?(?:photo|picture)$", re.IGNORECASE)
_PHOTO_BY_EMAIL: Final = re.compile(
    rf"(?<=[.!?”\"])\s+(?P<tail>(?:Photos?|Pictures?|Images?) by (?P<name>{NAME_PATTERN}),? "
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+)$"
)


def _named_with_paper(line: str) -> tuple[str, str] | None:
    """(caption, credit) for `_NAME_COMMA_ORG` (the paper one of the table) or
    `_PHOTO_BY_EMAIL`, the name a person's."""
    start = max(0, len(line) - 120)
    if line.endswith(")"):
        bracket = line.rfind("(")
        if bracket < 0 or line[:bracket].rstrip()[-1:] not in SENTENCE_CLOSE:
            return None  # (most lines: no sentence closes before the bracket)
        match = _NAME_COMMA_ORG.search(line, start)
        if match is None:
            return None
        org = _FILE_PHOTO_END.sub("", match["org"])
        # a paper of the table, or one it lacks named as papers are ('The Portvale Tribune'),
        # or a news site by its host ('(Jo Li, portvale.com)', cleveland.com's staff)
        if organisations().lookup(org) is None and not (
            unknown_paper(org) or org.casefold() in newspaper_words() or _WEB_HOST.fullmatch(org)
        ):
            return None
    elif "@" in line[-60:]:
        match = _PHOTO_BY_EMAIL.search(line, start)
    else:
        return None
    if match is None or match.start() < 20 or person_name(match["name"]) != match["name"]:
        return None
    return line[: match.start()].rstrip(), match["tail"]


def _bracketed_name_slash(line: str) -> tuple[str, str] | None:
    """(caption, credit) for `_NAME_SLASH`, when the name before the slash reads as a
    person's ('(Senate/House)' and '(Hamas/Fatah)' name none); or for `_ORG_SLASH_NAME`, the
    name after the slash a person's, or `_PAPER_PHOTO_BRACKETED`."""
    match = _NAME_SLASH.search(line, max(0, len(line) - 90))
    if match is None or match.start() < 20 or person_name(match.group("name")) is None:
        match = _ORG_SLASH_NAME.search(line, max(0, len(line) - 90))
        if match is None or match.start() < 20 or person_name(match["name"]) != match["name"]:
            match = _PAPER_PHOTO_BRACKETED.search(line, max(0, len(line) - 60))
            if match is None or match.start() < 20:
                match = _BRACKETED_FOR.search(line, max(0, len(line) - 90))
                if match is None or match.start() < 20 or not for_client(match["tail"], True):
                    return None
    return line[: match.start()].rstrip(), match.group("tail")


# '... on Oct. 9, 2024. (Mainichi/Jo Li)', the Japanese papers' form: the paper, a slash and
# the photographer in brackets after the caption's last sentence.
_ORG_SLASH_NAME: Final = re.compile(
    rf"(?<=[.!?”\"])\s*\((?P<tail>[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){{0,2}}\s?/\s?"
    rf"(?P<name>{NAME_PATTERN}))\)$"
)
# '... delayed. (Jo Li/for the Post-Tribune)': a freelancer's credit, the paper after 'for'.
_BRACKETED_FOR: Final = re.compile(r"(?<=[.!?”\"])\s*\((?P<tail>[^()/]{3,40}/for [^()]{3,50})\)$")
# '... last year. (Portvale Star File Photo)', '(Portvale Star Photo)': the paper's own photo.
_PAPER_PHOTO_BRACKETED: Final = re.compile(
    r"(?<=[.!?”\"])\s*\((?P<tail>[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,2} "
    r"(?:[Ff]ile )?(?:[Pp]hoto|pic))\)$"
)


# '... on March 26. (Ines Halvorsen)': the photographer's name alone in brackets after the
# caption's sentence, as the Asahi Shimbun credits its staff.
_BRACKETED_NAME: Final = re.compile(
    r"(?<=[.!?”\"])\s*\((?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2})"
    # ('(Jo Li for KFF Health News)': the photographer and the client, a known organisation)
    r"(?: for (?P<client>[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,4}))?\)$"
)


def _bracketed_name(line: str) -> tuple[str, str] | None:
    """(caption, credit) for `_BRACKETED_NAME`, when the name opens with a given name of the
    table and reads as a person's ('... on Monday. (Final Words)' names none)."""
    match = _BRACKETED_NAME.search(line, max(0, len(line) - 90))
    if match is None or match.start() < 20:
        return None
    name, client = match.group("name"), match.group("client")
    if client is not None:
        # (a client the table lacks where a given name opens the photographer's: '(Jo Li for
        # Capital B)')
        # (or a paper's name: '(Jo Li for Cowboy State Daily)')
        known = (
            organisations().lookup(client) is not None
            or opens_with_given_name(name)
            or unknown_paper(client)
        )
        if person_name(name) != name or not known:
            return None
        return line[: match.start()].rstrip(), f"{name} for {client}"
    if not opens_with_given_name(name) or person_name(name) != name:
        return None
    return line[: match.start()].rstrip(), name


# '... by 1.2 metres. (HANDOUT/PORTVALE SHIRE COUNCIL)': a handout's source in brackets, in
# capitals or not, after the caption's last sentence (AAP's form); '(Provided/Portvale
# Department of Health)', '(Courtesy/Jo Li)' (Oklahoma Watch's and other US papers')
_BRACKETED_HANDOUT: Final = re.compile(
    r"(?<=[.!?”\"])\s*\((?P<tail>(?:HANDOUT|Handout|SUPPLIED|Supplied|PROVIDED|Provided|"
    r"COURTESY|Courtesy|SUBMITTED|Submitted) ?/ ?"
    r"[A-Z][\w.'’&-]*(?: (?:[A-Z][\w.'’&-]*|of|and|OF|AND|&)){0,9})\)$"
)


# '... in Co Wexford. \ Jo Li': the photographer after a backslash closing the caption (the
# Irish Farmers Journal's form).
_BACKSLASH_NAME: Final = re.compile(rf"(?<=[.!?”\"])\s*\\\s*(?P<tail>{NAME_PATTERN})$")


def _backslash_name(line: str) -> tuple[str, str] | None:
    """(caption, name) for `_BACKSLASH_NAME`, when the name reads as a person's."""
    match = _BACKSLASH_NAME.search(line, max(0, len(line) - 60)) if "\\" in line else None
    if match is None or match.start() < 20 or person_name(match["tail"]) != match["tail"]:
        return None
    return line[: match.start()].rstrip(), match["tail"]


def _bracketed_handout(line: str) -> tuple[str, str] | None:
    """(caption, credit) for `_BRACKETED_HANDOUT`, or for `_BRACKETED_COMPANIES` when each
    name ends in a company's word ('(Portvale Architects/Harbour Developments)', a
    rendering's makers)."""
    match = _BRACKETED_HANDOUT.search(line, max(0, len(line) - 110))
    if match is None:
        match = _BRACKETED_COMPANIES.search(line, max(0, len(line) - 90))
        if match is None or not all(
            part.rsplit(" ", 1)[-1] in _COMPANY_ENDS for part in match["tail"].split("/")
        ):
            return None
    if match.start() < 20:
        return None
    return line[: match.start()].rstrip(), match["tail"]


# '... Lougheed Highway, Burnaby. (Portvale Architects/Harbour Developments)'
_BRACKETED_COMPANIES: Final = re.compile(
    r"(?<=[.!?”\"])\s*\((?P<tail>[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,4}/"
    r"[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,4})\)$"
)


# '... on March 2, 2024. Photo: Jo Li', '...2024.Photo credit: Jo Li for The Post', '... 2024.
# © Jo Li', '... more. Photo / Jo Li' (the NZ Herald's): a labelled credit naming the
# photographer alone (or with the client the photo was made for), or a source in a word
# ('Photo / Supplied', 'Photo: NEMA', an agency's acronym), glued to the caption's last
# sentence ('Photos: Harbour Festival' links a gallery).
_SOURCE_WORDS: Final = frozenset(
    {"Supplied", "SUPPLIED", "Handout", "HANDOUT", "Provided", "PROVIDED", "Submitted"}
    | {"Courtesy", "COURTESY"}  # ('... 2025. PHOTO/Courtesy', K24's)
)
_LABELLED_NAME_TAIL: Final = re.compile(
    # ('Tribune photo: Jo Li', the paper's short name; 'Photo Jo Li', Nation.Cymru's, with no
    # mark between; 'Pic/Jo Li', Mid-day's)
    # ('... 2025. |Photo: Kenyans.co.ke': a bar before the label)
    r"(?<=[.!?”\"])\s*(?:\|\s?)?(?P<tail>(?:(?:(?:File|FILE|[A-Z]{2,4}|[A-Z][a-z]{2,12}) "
    r"(?:[Pp]hoto|[Pp]icture)|Photo|Photograph|Picture|Image|PHOTO|PICTURE|Pic|PIC|"
    r"Video(?= by))"
    r"(?: credit)?(?: by|:| ?/|"
    r"(?= [A-Z][a-z]+ [A-Z]))|©|"
    # ('... in October. Photo courtesy of the Portvale Department of Parks')
    r"(?:Photo|Image|Picture)s? courtesy of(?: the)?)"
    # (a name in capitals, 'PHOTO: JO LI', and a paper's files, 'PHOTO: ODT FILES'; an
    # office after 'the', 'Picture by the Portvale Commission')
    # ('Picture: Submitted by reader Jo Li': a reader's photo)
    rf"\s*(?:the |(?P<submitted>Submitted by (?:(?:a |our )?reader )?))?"
    rf"(?P<name>{NAME_PATTERN}|{'|'.join(sorted(_SOURCE_WORDS))}|"
    r"[A-Z]{2,6}(?: FILES?)?|"
    # ('PHOTO: COURTESY OF PORTVALE CITY COUNCIL')
    r"[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){1,4}|Google|"
    # ('Photo: Talamua': a one-word name, the site's or a body's; read by `_labelled_body`)
    r"[A-Z][a-z]{3,20}(?=\.?$)|"
    # an office that handed out the photo ('Picture: Cork City Council', 'Picture: NSW
    # Police'), or a government's short name ('Photo: GovHK')
    # (or the site that published it: 'Photo credit: primeminister.kz')
    # ('Photo: Kenyans.co.ke', a site by its capitalised address)
    rf"(?P<office>{_OFFICE.pattern}|[A-Z][a-z]{{1,5}}[A-Z]{{2,4}}|{SITE_HOST}|"
    r"[A-Z][\w-]{1,30}(?:\.[a-z]{2,6}){1,2}))"
    # ('Photo: Jo Li ANP': the agency's acronym after the photographer's name)
    r"(?: (?P<agency>[A-Z]{2,6}))?"
    r"(?: for (?P<client>[A-Z][^.!?]{1,50}))?)"
    r"\.?$"
)


# '... April. Photo courtesy of Tartu Light Trust.', '... layout. Image: Supplied by Portvale
# City Council': an organisation that handed out the photo, after the caption's last sentence.
# Who gave a photo of their own, named in lower case after 'Courtesy of the'.
_PRIVATE_SOURCE: Final = r"(?:interviewees?|family|author|subject|organi[sz]ers?|respondents?)"
_SUPPLIED_BY: Final = re.compile(
    r"(?<=[.!?”\"])\s*(?P<tail>(?:(?:Image|Photo|Picture): )?(?:(?:Photo|Image|Picture) )?"
    r"(?:Supplied by|Provided by|(?<= )(?:supplied|provided) by|[Cc]ourtesy of|Courtesy)(?: the)? "
    r"(?:[A-Z][\w&'’-]*"
    r"(?: (?:[A-Z][\w&'’-]*|of|and|&|for)){0,6}|"
    # (the person the story is about: 'Courtesy of the interviewee', Sixth Tone's)
    rf"(?<=the ){_PRIVATE_SOURCE}))\.?$"
)


_LABEL_WORDS: Final = (
    *("Photo", "Picture", "Image", "©", "picture", "photo", "PHOTO", "PICTURE", "Pic", "PIC"),
    "Video by",
)


# The last words of a company's or a body's name after a photo's label: its own picture.
_COMPANY_ENDS: Final = frozenset(
    {
        *("Developments", "Development", "Homes", "Group", "Architects", "Associates"),
        *("Partners", "Properties", "Estates", "Construction", "Engineering", "Studios"),
        *("Productions", "Ltd", "Limited", "Inc", "LLC", "PLC", "Trust", "Foundation"),
        *("Society", "Club", "Company", "Photography", "Media"),
    }
)


# A client the table lacks, named as a publication ('The Mill', 'The Portvale Courier').
_CLIENT_PAPER: Final = THE_PAPER


def _labelled_name_tail(line: str) -> tuple[str, str] | None:
    """(caption, credit) for `_LABELLED_NAME_TAIL`, when the name reads as a person's and the
    client is an organisation of the table ('Photo: Jo Li' names no agency, so the other
    glued forms, which need one, miss it)."""
    start = max(0, len(line) - 110)
    if not any(line.find(word, start) >= 0 for word in _LABEL_WORDS):
        return None
    match = _LABELLED_NAME_TAIL.search(line, start)
    # (a caption of two or three words, a sentence all the same: 'Portvale Courthouse. Photo:
    # Jo Li', 'Mayor Jo Li. - Contributed')
    if match is None or match.start() < _SHORTEST_CAPTION:
        return _supplied_by(line, start)
    name, client = match.group("name").rstrip("."), match.group("client")  # ('... Jo Li.')
    if client and organisations().lookup(client) is None and not _CLIENT_PAPER.fullmatch(client):
        return None
    agency = match.group("agency")
    if agency and organisations().lookup(agency) is None:
        return None
    office = match.group("office") is not None or _OFFICE.fullmatch(name) is not None
    office = office or name in MAP_NAMES  # 'Image: Google Street View', 'Picture: Google'
    person, _, last = name.rpartition(" ")
    if person and last.isupper() and organisations().lookup(last) is not None:
        name = person  # 'Photo: Jo Li ANP': the name, then its agency's acronym
    company = name.rpartition(" ")[2] in _COMPANY_ENDS and " " in name
    # ('File photo: Portvale News': the paper's own files, a name the table may lack)
    company = company or unknown_paper(name) or organisations().lookup(name) is not None
    if (
        not office
        and not company  # ('Picture: Harwood Lane Developments', a developer's rendering)
        and person_name(name) != name
        and not (name.isupper() or name in _SOURCE_WORDS)
        and not _labelled_body(match)
    ):
        return _supplied_by(line, start)  # ('Photo courtesy of Portvale Light Trust.')
    return line[: match.start()].rstrip(), match.group("tail")


def _labelled_body(match: re.Match[str]) -> bool:
    """'Photo: Alcaldía de Bogotá', 'Photo: Nairobi City County': a label with its colon or
    slash, then a body's name that reads as no person's (`person_name` refuses it: a word of
    an office, a government, an agency): the body that handed out the photo."""
    tail, name = match.group("tail"), match.group("name").rstrip(".")
    label = tail[: tail.find(name)] if name in tail else tail
    if SPEECH.search(match.string, 0, match.start()) is not None:
        return False  # ('..., the harbour master told the board. Photo: ...': a story line)
    if " " not in name and name.casefold() in _NOT_SOURCE_WORDS:
        return False  # ('Photo: File', 'Photos: Gallery')
    return (":" in label or "/" in label) and person_name(name) is None


# One-word names after a photo's label that say what the picture is, not who gave it.
_NOT_SOURCE_WORDS: Final = frozenset(
    {"file", "files", "archive", "archives", "gallery", "credit", "courtesy", "stock"}
    | {"illustration", "screenshot", "video", "photo", "photos", "image", "images", "more"}
)


# Someone's words reported ('Jo Li said', 'she told the board'): a story's line, not a caption.
SPEECH: Final = re.compile(r"\b(?:said|says|told)\b")


def _supplied_by(line: str, start: int) -> tuple[str, str] | None:
    supplied = _SUPPLIED_BY.search(line, start)
    if supplied is None or supplied.start() < 20:
        return None
    return line[: supplied.start()].rstrip(), supplied["tail"]


# '... on November 16, 2026. — Picture by Jo Li', '... — Bernama pic', '... — APP/File' (the
# Malaysian and Pakistani papers' form), '... 2026. PHOTO | JO LI' (Nation Media's), '...
# Oct. 27. Courtesy of Kestrel Chips': a credit after a dash, a label and a bar or a courtesy
# line, glued to the caption's last sentence.
_DASH_CREDIT: Final = re.compile(
    r"(?<=[.!?”\"])\s+(?:(?:--|[—–-])\s*(?P<tail>"
    # ('... on Monday. – Nationalpic by JO LI': the paper's name glued to its 'pic')
    r"(?:Picture|Photo|Pic|Image|[A-Z][a-z]{2,15}pic)s?"
    r"(?: (?:by|courtesy of|courtesy|credit:?)| ?:)\s*"
    r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,5}|"
    # ('... on Feb. 25. -- NEWS PHOTO JO LI': the paper's short name, its label, the name)
    r"[A-Z]{2,12} PHOTO (?:BY )?[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){1,2}|"
    # ('... this morning. – The Vibes pic by Jo Li': the paper's picture, by its photographer)
    r"[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,2} (?:pic|picture|photo|file photo)s?"
    r"(?: by [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3})?|"
    r"[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,2}/(?:File|Files|Handout|Screengrab|"
    r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,4}))"
    r"|(?P<label>(?:PHOTO|PICTURE|IMAGE|FILE PHOTO|GRAPHIC)S? ?[|/] ?[A-Z][A-Z'’.\- ]{1,40})"
    # ('... on Tuesday. - Contributed': a photo handed to the paper, SaltWire's form)
    r"|[—–-]\s*(?P<source>Contributed|Supplied|Submitted|Handout|File)"
    # '... taken Oct. 27. Courtesy of Kestrel Chips' (the Korea Times')
    r"|(?P<courtesy>(?:(?:Photo|Image|Video) )?[Cc]ourtesy (?:of )?(?:the )?(?:[A-Z][\w&.'’-]*"
    rf"(?: [\w&.'’-]+){{0,4}}|(?<=the ){_PRIVATE_SOURCE})))$"
    # ('... along the road — Photo by Jo Li': a long dash and a photo label, no stop before)
    r"|(?<=[\w)])\s+[—–]\s+(?P<dashed>(?:Picture|Photo|Pic|Image)s? (?:by|courtesy of) "
    r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,5}|"
    # ('... electrical goods exports — BERNAMA pic': an agency's picture, no stop before)
    r"[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,2} (?:pic|picture|photo)s?)$"
)


_DASH_HINT: Final = re.compile(
    r"[.!?”\"]\s+(?:[—–-]|[A-Z]{4}|(?:Photo |Image |Video )?[Cc]ourtesy)"
    r"|\s[—–]\s+(?:Picture|Photo|Pic|Image|[A-Z][\w&.'’ -]{1,40} (?:pic|picture|photo)s?$)"
)


def _dash_credit_tail(line: str) -> tuple[str, str] | None:
    """(caption, credit) for `_DASH_CREDIT`, maybe with the day the photo was taken after
    it ('... vessel. – Bernama pic, June 25, 2025', the Malaysian papers' form)."""
    if not line[-1:].isalnum():
        return None  # each form ends in a name's, a label's or 'pic': most lines in a stop
    if line[-1:].isdigit() and (dated := TRAILING_DATE.search(line, max(0, len(line) - 30))):
        split = _dash_credit_tail(line[: dated.start()])
        return (split[0], split[1] + line[dated.start() :]) if split is not None else None
    start = max(0, len(line) - 100)
    if _DASH_HINT.search(line, start) is None:
        return None  # one scan for most lines: no sentence's end before a dash, a label
    match = _DASH_CREDIT.search(line, start)
    if match is None or match.start() < _SHORTEST_CAPTION:
        return None
    return line[: match.start()].rstrip(), (
        match["tail"] or match["label"] or match["courtesy"] or match["source"] or match["dashed"]
    ).strip()


# '... in Portvale.Image copyrightGETTY IMAGES', 'Harbour mapImage Source: The Portvale Post':
# the BBC's photo label (or a page's, after a photo's alt text) run into the caption, the
# space or full stop between them lost in the copy.
_BBC_LABEL_TAIL: Final = re.compile(
    r"(?<=[\w.!?”\")])\s?(?P<tail>(?:Image|Photo|Picture) (?:copyright|[Ss]ource\s*[:,])\s*"
    r"(?=[A-Z])[^!?]{2,60})$"
)


def _bbc_label_tail(line: str) -> tuple[str, str] | None:
    """(caption, credit) for `_BBC_LABEL_TAIL`, when the label credits an organisation of
    the table or a photographer ('Image copyrightTWITTER' under a tweet credits no photo)."""
    start = max(0, len(line) - 90)
    if line.find("opyright", start) < 0 and line.find("ource", start) < 0:
        return None  # most lines
    match = _BBC_LABEL_TAIL.search(line, start)
    if match is None or match.start() < 10:
        return None
    found = read(match.group("tail"))
    if not (found.agencies or found.photographers):
        return None
    return line[: match.start()].rstrip(), match.group("tail")


# '... on March 2, 2024. Jo Li, The Associated Press', '... 2024. Jo Li, Lehtikuva via AP':
# the photographer and the agencies after a comma, as many sites print the credit on a line
# of its own, glued to the caption.
_COMMA_TAIL: Final = re.compile(
    rf"(?<=[.!?”\"])\s+(?P<tail>(?P<name>{NAME_PATTERN})"
    r"(?P<orgs>(?:, [A-Z][^.!?,]{1,40}){1,2}))$"
)


def _comma_credit_tail(line: str) -> tuple[str, str] | None:
    """(caption, credit) for `_COMMA_TAIL`, when the name reads as a person's and each part
    after it is an organisation of the table (or two joined by 'via')."""
    start = max(0, len(line) - 120)
    comma = line.rfind(", ", start)
    # the last part first: a table lookup rules out most lines before the pattern runs
    if comma < 0 or not _known_organisations(line[comma + 2 :]):
        return None
    match = _COMMA_TAIL.search(line, start)
    if match is None or match.start() < 20 or person_name(match.group("name")) is None:
        return None
    if not all(_known_organisations(part) for part in match.group("orgs").split(", ")[1:]):
        return None
    return line[: match.start()].rstrip(), match.group("tail")


# '... on Monday. AFP via Getty Images', '... 2024. NurPhoto via Getty Images': an agency and
# its distributor after the caption's last sentence; '... on Monday. Jo Li via Reuters', '...
# in May. Portvale Police via Facebook': a photographer or an office, and the agency or the
# platform that carried the picture (with a slash, the slash forms).
_VIA_TAIL: Final = re.compile(
    r"(?<=[.!?”\"])\s+(?P<tail>(?P<giver>[A-Z][\w&'’ -]{1,40}) via [A-Z][\w&.'’ -]{1,40})$"
)


def _via_tail(line: str) -> tuple[str, str] | None:
    """(caption, credit) for `_VIA_TAIL`, when the carrier is an organisation of the table or a
    platform, and the giver an organisation of the table, a source word, a person or an
    office."""
    start = max(0, len(line) - 90)
    via = line.rfind(" via ", start)
    if via < 20:
        return None
    # the carrier first: a table lookup rules out most lines before the pattern runs
    carrier = line[via + 5 :].rstrip(".")
    if organisations().lookup(carrier) is None and carrier.casefold() not in platforms():
        return None
    match = _VIA_TAIL.search(line, start)
    if match is None or match.start() < 20:
        return None
    giver = match["giver"]
    if (
        organisations().lookup(giver) is None
        and giver not in _BRACKETED_SOURCES  # ('Handout via Reuters')
        and person_name(giver) != giver
        and _OFFICE.fullmatch(giver) is None
    ):
        return None
    return line[: match.start()].rstrip(), match["tail"].rstrip(".")


def _known_organisations(part: str) -> bool:
    """Whether each organisation of 'X' or 'X via Y' is in the table."""
    lookup = organisations().lookup
    return all(lookup(org) is not None for org in part.split(" via "))


# What may stand before a lower-case 'featured image via X' glued to a sentence.
_FEATURED_AFTER: Final = frozenset('.!?:)”"')


def _glued_featured(line: str) -> tuple[str, str] | None:
    """'... the vote.Featured image via Jo Li/Getty Images': a blog's credit of its lead photo
    closing the text, glued to the last sentence, a colon, a tweet's date or a word ('Featured'
    in capitals anywhere; lower case after a sentence's end). 'Photo via X' and 'Image via X'
    close it after a sentence's end, glued to it or not ('... the flag. Photo via Wikipedia.')."""
    start = max(0, len(line) - 145)
    at = line.find("eature", start) - 1
    while at >= 10:
        head = line[at]
        if head == "F" or (head == "f" and line[:at].rstrip()[-1:] in _FEATURED_AFTER):
            split = _featured_from(line, at)  # ('Feature image via X' too)
            if split:
                return split
        at = line.find("eature", at + 2) - 1
    if may_screen(line):
        screen = SCREEN_CREDIT.search(line, start)
        if screen and screen.start() >= 10:
            before = line[: screen.start()].rstrip()
            if before[-1:] in _FEATURED_AFTER:
                return before, line[screen.start() :].strip()
    if line.find(" via ", start) < 0:
        return None
    for word in ("Photo", "Image", "Picture"):
        at = line.find(word, start)
        while at >= 10:
            before = line[:at].rstrip()
            after_end = before[-1:] in _FEATURED_AFTER or _TWEET_DATE_END.search(before[-20:])
            split = _featured_from(line, at) if after_end else None
            if split:
                return split
            at = line.find(word, at + 1)
    return None


# An embedded tweet's date line closes the text before its credit: '... November 3,
# 2016Image via screen capture.'
_TWEET_DATE_END: Final = re.compile(rf"(?i:{MONTH_NAME}) \d{{1,2}}, (?:19|20)\d\d$")


def _featured_from(line: str, at: int) -> tuple[str, str] | None:
    """(text before, credit) when the line's rest from `at` is a lead-photo credit."""
    tail = line[at:]
    return (line[:at].rstrip(), tail.strip()) if featured_credit(tail) is not None else None


def _label_after(line: str, start: int) -> bool:
    """Whether a label the pattern's unbracketed form opens with stands at or after `start`:
    'Pic' stands for 'Picture' and 'Pic:', 'PIC' for 'PICTURE' and 'FILE PIC', 'File p' for
    'File pic' and 'File photo'. One `find` each, most common first: in the compiled build
    that is cheaper than one regular expression search for them all (and no generator)."""
    return (
        line.find("Photo", start) >= 0
        or line.find("Image", start) >= 0
        or line.find("Pic", start) >= 0
        or line.find("PHOTO", start) >= 0
        or line.find("Video", start) >= 0
        or line.find("©", start) >= 0
        or line.find("Composite", start) >= 0
        or line.find("PIC", start) >= 0
        or line.find("File p", start) >= 0
        or line.find("Copyright", start) >= 0
    )


def _search_from(line: str) -> int:
    """Where `glued_pattern().search(line)` can first match, or -1 where it cannot.

    Its unbracketed form needs one of its labels (`_label_after`, case-sensitive as the
    pattern is) at or after `_glued_from` (after the sentence before it, not anywhere in a
    paragraph). Without one, only the bracketed forms are left. They close
    with the line's last ')' (nothing after it holds one) followed by at most an '(', a '.'
    and four words: six white-space separated tokens at most. And they open at the last
    bracket pair, or the one before an agency's feed (`_bracket_from`): a long line of
    bracketed asides ('Jo Li (Portvale), Kim Bo (Harbour), ...') is searched from there, not
    from its first aside (the search tried the whole pattern at every character)."""
    bracket = _bracket_from(line)
    start = _glued_from(line, bracket)
    if _label_after(line, start):
        return start
    if line.endswith(CUT_MARKS) and "(" in line:
        return start  # a credit cut short: '( Jo Li | AFP ...'
    close = line.rfind(")")
    if close <= 0 or "(" not in line[:close] or len(line[close + 1 :].split()) > 6:
        return -1
    return bracket  # (`start` is never after it)


# Characters without case variants that end no alias: a line ending in one (most sentences
# end in '.') cannot end in '<agency>' or '(<agency>)', which `_trailing_agency` needs.
_UNCASED_ENDS: Final = frozenset(".,;:!?\"”“'’-–—…*#%&+=<>[]{}~^`_$@0123456789")


def _agency_end_hint(line: str) -> bool:
    """False only where `_trailing_agency().search(line[-60:])` cannot match: the match ends
    the line (but for white space) with an alias or ')'."""
    last = line[-1:]
    if last.isspace():
        last = line.rstrip()[-1:]
    return last not in _UNCASED_ENDS or last in _trailing_agency_and_ends()[1]


# ('... on Tuesday. Jo Li | Bloomberg | Getty Images': the same with bars)
# ('... on Tuesday. — Jo Li/Bloomberg': set off by a dash as well)
_SLASH_TAIL: Final = re.compile(
    r"(?:(?<=[.!?”\"])\s+(?:[—–]\s*)?|(?<=\w)\s+[—–]\s+)"  # after a sentence, or a dash
    r"(?P<tail>[A-Z][^!?/|]{1,60}[/|][^!?]{2,60})$"
)


# '... on May 20, 2015.Jo Li / AFP - Getty Images file': the same, glued without a space, a
# name or an agency in capitals first ('...2015.REUTERS/Jo Li', '...2015.AFP/Getty Images').
_SLASH_TAIL_GLUED: Final = re.compile(
    r"(?<=[a-z0-9][.!?])(?P<tail>(?:(?i:source): )?"
    r"(?:[A-Z][a-z]+ [A-Z][^!?/|]{1,57}|[A-Z][A-Za-z]{1,11})[/|][^!?]{2,60})$"
)


# '... in Hamburg, GermanyEvan Vucci/AP': a photographer's name run into an unstopped
# caption's last word (a scrape of two page elements); not after the Times' 'Credit' label.
_SLASH_TAIL_JOINED: Final = re.compile(
    r"(?<=[a-z])(?<!Credit)(?P<tail>[A-Z][a-z]+ [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)?[/|][^!?]{2,60})$"
)


_PHOTO_LABEL_TAIL: Final = re.compile(
    r"(?<=[.!?”\"])\s+(?P<tail>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3},? (?:File |FILE )?"
    r"(?:AP|AFP|EPA) Photo)$"
)


_CREDIT_TAIL: Final = re.compile(
    r"(?:(?<=[.!?”\"’)])\s?|\s)(?:Credit(?: ?:|\.\.\.|…)? ?){1,2}(?P<tail>[A-Z][^!?()]{1,100})$"
)


def _in_sentence(line: str, labelled: re.Match[str]) -> bool:
    """Whether 'Credit' stands inside a sentence, where it is mostly part of a name ('... under
    the Export Credit Guarantee Program, GSM-102, the U.S. Agriculture Department said.', '...
    led by Credit Lyonnais, Banque Indosuez and ...'): a label follows a sentence's end ('... in
    1975. Credit Jo Li/AP') or is glued to it ('... in Portvale.CreditJo Li/Reuters')."""
    if not labelled.group(0)[:1].isspace():
        return False
    return line[: labelled.start()].rstrip()[-1:] not in SENTENCE_CLOSE


# What closes a sentence, as its last character (a stop, or a quote or bracket after one).
SENTENCE_CLOSE: Final = frozenset('.!?”"’)')


def signoff_end(text: str) -> bool:
    """Whether the text ends with a wire's name after its last sentence ('... said. REUTER'):
    at the end of a story, the wire's sign-off glued to its last line, no photo's credit."""
    return without_signoff(text) != text


def without_signoff(text: str) -> str:
    """The text without a wire's name closing it after its last sentence ('... said. REUTER'
    -> '... said.')."""
    found = _signoff(text)
    return text if found is None else text[: found[0]].rstrip()


def signoff_name(text: str) -> str | None:
    """The wire (canonical name) whose sign-off closes the text after its last sentence."""
    found = _signoff(text)
    return None if found is None else found[1]


def _signoff(text: str) -> tuple[int, str] | None:
    """Where a wire's name closing the text after its last sentence starts, and the wire."""
    tail = (
        _trailing_agency().search(text, max(0, len(text) - 60)) if _agency_end_hint(text) else None
    )
    if tail is None:
        return None
    orgs = organisations()
    name = orgs.lookup(tail.group(1) or tail.group(2) or tail.group(3))
    if name is None or orgs.kinds.get(name) != "wire":
        return None
    return tail.start(), name


def _labelled_credit(tail: str, in_sentence: bool = False, colon: bool = False) -> bool:
    """What follows a 'Credit' label is a credit: a credit line, an organisation of the table
    alone, a photographer working for one, or (unless 'Credit' stands inside a sentence, see
    `_in_sentence`) a photographer and agencies in another layout ('Jo Li/Agence France-Presse
    — Getty Images'), or after 'Credit:' with its colon a photographer alone ('... metro
    line.Credit: Jo Li', the Sydney Morning Herald's; 'Credit Suisse' takes no colon)."""
    if is_credit_line(tail) or lone_organisation(tail) is not None or for_client(tail):
        return True
    if colon and (tail.rstrip(". ") in _SOURCE_WORDS or source_alone(tail)):
        # 'Credit: Provided': handed to the paper, by no one named ('Credit: Supplied/Portvale
        # Water': by the one named after the slash)
        return True
    if colon and in_sentence:
        # 'The pub has run the quiz since 1985 Credit: Kennedy News' (the Sun's caption, no
        # full stop): a short run of capitalised words after the label, no sentence
        return _CAPITALISED.fullmatch(tail) is not None
    if in_sentence:
        return False
    found = read(tail)
    if colon and not found.photographers and _BODY_NAME.fullmatch(tail.rstrip(". ")):
        return True  # 'Credit: Bomberos de Costa Rica': a body's name after the colon
    return bool(found.photographers) and (bool(found.agencies) or colon)


_CAPITALISED: Final = re.compile(r"[A-Z][\w'’.&-]*(?: (?:[A-Z][\w'’.&-]*|and|of|for)){0,4}")
_BODY_NAME: Final = re.compile(
    r"[A-Z][\w'’.&-]*(?: (?:[A-Z][\w'’.&-]*|and|of|for|de|del|la|the)){1,6}"
)


_FOR_TAIL: Final = re.compile(
    r"(?:(?<=[.!?”\"])\s+|(?<=[a-z0-9][.!?]))"
    r"(?P<tail>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3} for [A-Z][^!?/|]{1,60})$"
)


def _glued_from(line: str, bracket: int) -> int:
    """An index no `glued_pattern()` match starts before, so the search can skip the sentence
    (`bracket`: `_bracket_from(line)`).

    The bracketed forms hold no parenthesis inside and only a few words after their ')' (an
    agency's feed in brackets, a lone '(' and up to four words), so they open at the last
    bracket pair or the one before the feed, or at the white space before it; so does the
    form cut short ('( Jo Li | AFP ...'): `_bracket_from`. The 'Photo by' form holds no full
    stop but an initial's and an optional last one, so it starts after every other full stop
    ('…' is none: '... Photo: Jo Li, AP(…' ends in that form).
    """
    if "\n" in line:
        return 0  # '$' also matches before a final newline: keep it simple
    start = line.rfind(".", 0, len(line) - 1)
    while start >= 2 and line[start - 1].isupper() and line[start - 2].isspace():
        start = line.rfind(".", 0, start)  # an initial's full stop ('Photo by Jo D. Li/AP')
    return min(start + 1, bracket)


def _bracket_from(line: str) -> int:
    """Where a bracketed form of `glued_pattern()` can first start (the line's length where
    none can): the white space before the '(' of the line's last bracket pair, or of the
    pair before it when the last one follows it after one space (an agency's feed, '(Jo
    Li/PA) (PA Wire)'), or before the last '(' of a text cut short ('( Jo Li | AFP ...')."""
    start = len(line)
    if line.endswith(CUT_MARKS):
        cut = line.rfind("(")
        start = cut if cut >= 0 else start
    close = line.rfind(")")
    if close > 0:
        opening = line.rfind("(", 0, close)
        if opening >= 2 and line[opening - 2] == ")" and line[opening - 1].isspace():
            earlier = line.rfind("(", 0, opening - 2)
            opening = earlier if earlier >= 0 else opening
        if opening >= 0:
            start = min(start, opening)
    while 0 < start < len(line) and line[start - 1].isspace():
        start -= 1
    return start


_BRACKETED_END: Final = re.compile(r"(?<=[a-z0-9])\s\(([A-Z][^()]{1,30})\)$")


def _bracketed_photo_agency(line: str) -> tuple[str, str] | None:
    """'... into Brussels on Monday (Getty Images)': a photo agency's or an agency feed's name
    in brackets closing a caption without its full stop, as the Independent prints them. A
    wire's or a paper's name there may be a story's source ('... talks (Reuters)'): only
    photo agencies and feeds ('PA Wire', 'PA Images', 'PA Graphics') count."""
    found = _BRACKETED_END.search(line, max(0, len(line) - 34))
    if found is None or found.start() < 20:
        return None
    inside = found.group(1)
    name = organisations().lookup(inside)
    if name is None:
        return None
    if organisations().kinds.get(name) != "photo_agency" and not inside.endswith(
        (" Wire", " Images", " Graphics")
    ):
        return None
    return line[: found.start()].rstrip(), inside


_BUY_PRINT: Final = ("Buy a print of this photo", "Buy a photo", "Buy Photo", "Buy this photo")
_BRACKETED_SOURCES: Final = _SOURCE_WORDS | {"Contributed", "Social media"}


def _bracketed_caption_source(line: str) -> tuple[str, str] | None:
    """'... during a power cut on March 10 (Supplied)': a source word in brackets closing a
    caption of one sentence without its full stop; '... on Thursday (Petra photo)': an
    agency's or paper's photo so. (A wire's name alone there may be a story's source, '... by
    51 to 49 (Reuters)'; `_bracketed_photo_agency` takes photo agencies.)"""
    found = _BRACKETED_END.search(line, max(0, len(line) - 34))
    if found is None or found.start() < 20 or len(line) > 240:
        return None
    inside = found.group(1)
    if inside.endswith(_PHOTO_WORDS) and inside.count(" ") <= 3:
        return line[: found.start()].rstrip(), inside
    if inside not in _BRACKETED_SOURCES or ". " in line[: found.start()]:
        return None
    return line[: found.start()].rstrip(), inside


_PHOTO_WORDS: Final = (" photo", " Photo", " PHOTO", " pic", " file photo")
# '... in October. (Source: Ministry of Health)', '... at flowering. (Supplied: Portvale Grains
# Council)' (the ABC's), '... on Monday. (Pic by Jo Li)': a labelled source in brackets after
# the caption's last sentence.
_LABELLED_BRACKETS: Final = re.compile(
    r"(?<=[.!?”\"])\s*\((?P<tail>(?:Source|Supplied|Pic\.?|Picture|Photo|Image)(?::| by| from) "
    r"[A-Z][^()]{1,70}|"
    # ('... on Monday. (Photo submitted)': who sent it in, in a word)
    r"(?:Photo|Image|Picture) (?:submitted|supplied|contributed)|"
    r"(?:Submitted|Supplied|Contributed) (?:photo|image|picture))\)$"
)
# '... on Jan. 22, 2026. Jo Li AP': the photographer, then the wire's short name, after the
# caption's last sentence (McClatchy's papers print wire photos so).
_NAME_THEN_WIRE: Final = re.compile(
    r"(?<=[.!?”\"]) (?P<tail>(?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2}) "
    r"(?P<wire>[A-Z]{2,5}))$"
)


def _labelled_bracket_tail(line: str) -> tuple[str, str] | None:
    """(caption, credit) for `_LABELLED_BRACKETS` and `_NAME_THEN_WIRE` (its name a person's,
    its wire one of the table)."""
    start = max(0, len(line) - 90)
    if line[-1:] == ")":
        found = _LABELLED_BRACKETS.search(line, start)
        if found is None or found.start() < 20:
            return None
        return line[: found.start()].rstrip(), found["tail"]
    found = _NAME_THEN_WIRE.search(line, start)
    if found is None or found.start() < 20 or person_name(found["name"]) != found["name"]:
        return None
    wire = organisations().lookup(found["wire"])
    if wire is None or organisations().kinds.get(wire) not in ("wire", "photo_agency"):
        return None
    return line[: found.start()].rstrip(), found["tail"]


_SLASHED_END: Final = re.compile(r"(?<=[\w.]) /(?P<agency>[A-Z][\w&.'’ -]{1,25})$")


def _slashed_agency(line: str) -> tuple[str, str] | None:
    """'... on the road linking Ethiopia and Djibouti /AFP': a wire's or photo agency's name
    after a space and a slash closing a caption (Capital FM's form); a story's sentence does
    not end so."""
    found = _SLASHED_END.search(line, max(0, len(line) - 30))
    if found is None or found.start() < 20 or len(line) > 400:
        return None
    name = organisations().lookup(found["agency"])
    if name is None or organisations().kinds.get(name) not in ("wire", "photo_agency"):
        return None
    return line[: found.start()].rstrip(), found["agency"]


def _trailing_agency() -> re.Pattern[str]:
    return _trailing_agency_and_ends()[0]


@functools.lru_cache(maxsize=1)
def _trailing_agency_and_ends() -> tuple[re.Pattern[str], frozenset[str]]:
    """The trailing-agency pattern, and the last characters of its aliases and ')' (built
    together, from the same table)."""
    orgs = organisations()
    names = sorted(
        (a for a, c in orgs.canonical.items() if orgs.kinds.get(c) in _AGENCY_KINDS),
        key=len,
        reverse=True,
    )
    alternatives = alternation(names, _any_case)
    # '... Finland. Reuters' (or '... Jakarta. REUTERS PHOTO', '... yesterday. - BERNAMA PIC':
    # the agency's word for its photo;
    # '... Putrajaya. — Bernama', The Star's, '... today.
    # --fotoBERNAMA', Bernama's own), glued and capitalised ('... Finland.Getty Images', not
    # '.Ap'), or bracketed after a sentence or a wide gap: '... talks   (Lehtikuva)'
    pattern = re.compile(
        rf"(?:(?<=[.!?)”\"])\s+(?:[—–]\s?|--|-\s)?((?i:{alternatives})(?i: photo| pic)?)"
        rf"|(?<=[a-z0-9][.!?])(?=[A-Z](?:[A-Z]|[a-z]{{3}}))((?i:{alternatives}))"
        rf"|(?:(?<=[.!?”\"])\s*|\s{{2,}})\(((?i:{alternatives}))\))\s*$"
    )
    return pattern, frozenset(n[-1:] for n in names) | {")"}


def _any_case(name: str) -> tuple[str, ...]:
    """Every wire's or photo agency's alias counts in any case here (the pattern's context
    asks for a capital where it must)."""
    return ()
