"""The name a page gives itself (its masthead, its copyright line) and the cues that tie the
story to that name: an organisation's byline ('By Myanmar Now'), the name alone under the
headline ('Rio Times'), a staff post ('Jo Li, Columbian staff writer'), the paper reporting in
its own story ('DAILY POST reports that ...', 'residents told Myanmar Now').

The organisations table knows a fraction of the world's papers; the page names its own one
whether the table knows it or not. The masthead alone is no outlet cue (a site reprints other
papers' stories under its own masthead): only these cues are, and only when they name the page.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Final

from pipeline.parse.bylines import SECTION_WORDS, section_news, unknown_paper, without_tagline
from pipeline.parse.knowledge import organisations, platforms
from pipeline.parse.lines import Line
from pipeline.parse.names import person_name, title_case
from pipeline.parse.outlet_cues import told_organisations

_NON_WORDS: Final = re.compile(r"\W+")
# '© 2025 Myanmar Now. All rights reserved.', 'Copyright © 2025 Daily Post Nigeria',
# '© Copyright 2025, The Spokesman-Review | Community Guidelines'
_OWNER: Final = re.compile(
    r"(?i:copyright|©|\(c\))(?:\s*(?i:copyright|©))?\s*(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?"
    # ('© Copyright 2025 — Portvale Newspapers': a dash after the year; never 'Copyright' as
    # the owner)
    r"(?:,|\s*[—–-])?\s*)?(?P<owner>(?!(?i:copyright)\b)(?:[A-Z]|[a-z][a-z\d]*[A-Z])[^.|,©]{1,60}?)"
    r"\s*(?:[.|,]|\s(?:[-–—]\s)?(?i:all rights)|$)"
)
_COMPANY: Final = re.compile(
    r"(?i)\s+(?:inc|ltd|limited|llc|plc|pvt|gmbh|co|corp|media(?: group)?|newspapers?|group)\.?$"
)
# The chrome lines that may carry the masthead: the first lines of the page, once the cookie
# banner and the skip links are passed.
_MASTHEAD_RULES: Final = frozenset({"before_title", "outside_body", "masthead", ""})
_MASTHEAD_LINES: Final = 2


def fold_name(text: str) -> str:
    """A name's key: case, a leading 'The' and everything but letters and digits dropped."""
    key = _NON_WORDS.sub(" ", text.casefold()).strip()
    return key.removeprefix("the ").replace(" ", "")


def page_names(lines: list[Line], masthead: bool = True) -> dict[str, str]:
    """The page's names for itself, folded (`fold_name`) to the name as the page writes it:
    its first short chrome lines (the masthead, once the headline is known) and the owner in
    its copyright line."""
    names: dict[str, str] = {}
    for ln in lines:
        if ln.rule == "copyright":
            owner = _OWNER.search(ln.text)
            if owner is not None:
                _add(names, _COMPANY.sub("", owner["owner"].strip()))
    seen = 0
    for ln in lines:
        if ln.role == "title" or seen >= _MASTHEAD_LINES:
            break
        if ln.role not in ("boilerplate", "") or ln.rule not in _MASTHEAD_RULES:
            continue
        seen += 1
        # (a one-word line only as the copyright line names the page: 'News' is a menu's)
        text = _latin(ln.text.strip().removesuffix(" Logo").removesuffix(" logo"))
        if ln.index == 0 and " " not in text and masthead and _named_again(lines, 0, text):
            # ('Deadline' / ... / 'Subscribe to Deadline Breaking News Alerts', 'portvale.news'
            # / ... / '© 2025 portvale.news': a one-word masthead, the page's first line, that
            # its own chrome names again)
            _add(names, text)
            continue
        if seen == 1 and masthead and _brand(text) and _named_below(lines, ln.index, text):
            # ('Skip to content' / 'KTLA' / ... / '(KTLA)' under a photo, 'By Jo Li (OPB)': a
            # station's call sign or a brand's name, the page's first line past its skip links,
            # that the page writes again below; a site's address in its copyright notice, '©
            # Extra.ie 2025': a portal's address over a paper's section, 'Independent.ie' /
            # 'Kerryman', names the portal in its app's promotion too)
            names.setdefault(fold_name(text), text)
            continue
        if not (2 <= len(text.split()) <= 5 and (text[:1].isupper() or text[:1].isdigit())):
            continue  # ('10 News First' opens with its channel's number)
        if text.endswith(" News") and _menu_link(lines, ln):
            continue  # ('Local News' / ... / 'Local News' over the headline: a section's)
        # Before the headline is known (`masthead` False), a top line counts only where the
        # page sets it again on a line of its own further down ('The Portvale Eagle Logo' /
        # ... / 'The Portvale Eagle' over the footer's links).
        if masthead or any(x.text == text for x in lines[ln.index + 5 :]):
            _add(names, _COMPANY.sub("", text))
            if masthead and text.endswith(" Media"):
                _add(names, text)  # ('Houston Public Media': a station's name, not a company's)
    if masthead:
        site = _title_site(lines)
        if site is not None:
            _add(names, site)
    return names


def _title_site(lines: list[Line]) -> str | None:
    """The site's name after the headline's last bar ('Headline | Ludington Daily News'): a
    page's title as the browser shows it, kept above the story by the scraper."""
    title = next((ln for ln in lines if ln.role == "title"), None)
    if title is None or " | " not in title.text:
        return None
    site = title.text.rpartition(" | ")[2].strip()
    words = site.split()
    if not 1 <= len(words) <= 5 or not (site[:1].isupper() or site[:1].isdigit()):
        return None
    if section_news(site) or site.casefold() in SECTION_WORDS:
        return None  # ('Headline | Local News': the section, not the site)
    return site


def _menu_link(lines: list[Line], ln: Line) -> bool:
    """Whether the line is a section of the menu ('Local News') that the page sets again
    over the headline as the story's section label."""
    words = ln.text.split()
    if len(words) != 2 or words[1] != "News" or words[0].casefold() not in SECTION_WORDS:
        return False
    for x in lines[ln.index + 1 :]:
        if x.role == "title":
            return False
        if x.text == ln.text:
            return True
    return False


# The masthead's name in another script after its Latin one ('Portvale Times 澳門每日時報').
_OTHER_SCRIPT_TAIL: Final = re.compile(r"(?:\s+[^\s\x00-\u024f]+)+$")
# Chrome that names the page: its newsletter, its copyright notice, a messenger's channel.
_NAMING_RULES: Final = frozenset({"newsletter", "copyright", "messenger_prompt", "social_follow"})


def _named_again(lines: list[Line], at: int, word: str) -> bool:
    """Whether a one-word masthead (four letters or more, capitalised or a site's address) is
    named again as a word of the page's newsletter, notice or channel lines below."""
    if len(word) < 4 or not (word[:1].isupper() or "." in word):
        return False
    key = word.casefold()
    # (a word of its own: '... to Deadline Breaking News', not 'Deadlines' or 'x.deadline')
    return any(
        _holds_word(x.text.casefold(), key, dot_joins=True)
        for x in lines[at + 1 :]
        if x.rule in _NAMING_RULES
    )


def _holds_word(text: str, word: str, dot_joins: bool = False) -> bool:
    """Whether the text holds the word as a word of its own, not inside a longer one (nor, with
    `dot_joins`, after a full stop: a site's address)."""
    found = text.find(word)
    while found >= 0:
        before = text[found - 1 : found]
        after = text[found + len(word) : found + len(word) + 1]
        if not (before.isalnum() or (dot_joins and before == ".")) and not after.isalnum():
            return True
        found = text.find(word, found + 1)
    return False


# A one-word name that reads as a brand, not a menu's word: a call sign or an acronym in
# capitals ('KTLA', 'OPB', 'WGN-TV'), a word with a capital inside it ('LAist', 'NewsNation',
# 'eNCA'), a site's address ('Extra.ie').
_BRAND: Final = re.compile(
    r"[A-Z]{3,5}(?:-[A-Z]{2,3})?|[A-Za-z][a-z\d]*[A-Z][A-Za-z\d]*"
    r"|[A-Z][\w-]*\.(?:com|net|org|news|[a-z]{2})"  # ('Extra.ie': its address)
)
# Words in capitals that menus and buttons print over a headline.
_CHROME_WORDS: Final = frozenset(
    {"MENU", "HOME", "NEWS", "LIVE", "WATCH", "LISTEN", "SEARCH", "VIDEO", "VIDEOS", "LOGIN"}
    | {"TOP", "MORE", "SHOP", "JOBS", "DONATE", "SHARE", "SKIP", "OPEN", "CLOSE", "EN"}
)


def _brand(text: str) -> bool:
    return (
        _BRAND.fullmatch(text) is not None
        and text not in _CHROME_WORDS
        and text.casefold() not in platforms()  # ('LinkedIn', 'YouTube' over their buttons)
    )


def _named_below(lines: list[Line], at: int, word: str) -> bool:
    """Whether a line of the page's own under the headline (not the story's) writes the word,
    as written, as a word of its own ('(KTLA)' under a photo, 'By Jo Li (OPB)', not 'KTLAX');
    a site's address, in a copyright notice."""
    title_at = next((ln.index for ln in lines if ln.role == "title"), at)
    address = "." in word
    for x in lines[max(at, title_at) + 1 :]:
        if x.role == "body" or (address and "©" not in x.text and "opyright" not in x.text):
            continue
        if _holds_word(x.text, word):
            return True
    return False


def _add(names: dict[str, str], name: str) -> None:
    key = fold_name(name)
    if len(key) >= 4 and not key.isdigit():
        names.setdefault(key, name)
        head = name.rpartition(" ")[0]
        if head.count(" ") >= 1:
            # 'Daily Post Nigeria' calls itself 'DAILY POST' in its stories ('The
            # Spokesman-Review Newspaper', 'The Spokesman-Review')
            names.setdefault(fold_name(head), head)


def ending_in(short: str, names: dict[str, str]) -> str | None:
    """The page's name that ends in the short one ('Journal Star' of the Lincoln Journal
    Star, 'Times' of the Tampa Bay Times), as the page writes it; None for a short name of
    fewer than four letters."""
    key = fold_name(short)
    if len(key) < 4:
        return None
    return next(
        (
            name
            for folded, name in names.items()
            # ('Times' of the Times of Zambia: the short name before 'of' and a place)
            if folded.endswith(key) or name.casefold().startswith(f"{short.casefold()} of ")
        ),
        None,
    )


def paper_of_short_name(short: str, names: dict[str, str], known: Collection[str]) -> str:
    """The page's paper for a one-word name the organisations table lacks ('Chieftain' on The
    Pueblo Chieftain's page, 'Eagle' on the Butler Eagle's), which names no paper alone; any
    other name as it is. 'The Inquirer' on The Philadelphia Inquirer's page is its too, and
    'Variety' (a magazine of the table) on Marianas Variety's."""
    bare = short.removeprefix("The ")
    if " " in bare:
        return short
    longer = ending_in(bare, names)
    if short in known and (
        longer is None
        or organisations().kinds.get(short) != "newspaper"
        or organisations().lookup(longer) is not None
        or fold_name(longer).replace(" ", "") == fold_name(short).replace(" ", "")
    ):
        # ('Reuters' on a page whose copyright names Thomson Reuters or 'Thomson/Reuters': a
        # wire's copy runs on other pages; 'ProPublica' written 'Pro Publica' by the page)
        return short
    return longer or short


def named(text: str, names: dict[str, str]) -> str | None:
    """The page's name as the page writes it, when the text is that name (with or without
    'The', in any case); else None."""
    return names.get(fold_name(text)) if names else None


# 'Jo Li, Columbian staff writer', 'Jo Li, Herald Staff Reporter': the paper's short name
# before its staff post.
_STAFF_POST: Final = (
    r"(?:(?i:staff)(?: (?i:writer|reporter|correspondent)s?)?|(?i:writer|reporter|correspondent)s?)"
)
_STAFF_OF: Final = re.compile(
    rf"(?:,\s*|^(?i:by) )(?P<paper>[A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*){{0,3}}) {_STAFF_POST}\b"
)


def staff_name(byline: str, names: dict[str, str]) -> str | None:
    """The page's name when the byline's post names its staff ('Columbian staff writer', 'Jo
    Li, Times staff' on the Tampa Bay Times' page): the page's name ends in the staff's."""
    if not names:
        return None
    found = _STAFF_OF.search(byline)
    if found is None:
        return None
    return ending_in(found["paper"], names)


# 'Daily News Staff Writer' on a line of its own: the short name and the post, nothing else.
_STAFF_LINE: Final = re.compile(
    rf"(?:The |THE )?(?P<paper>[A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*){{0,3}}?) {_STAFF_POST}"
)


def staff_line(line: str, names: dict[str, str]) -> str | None:
    """The page's name when the line under a byline is its staff's post by a short name ('By
    JO LI' / 'Daily News Staff Writer' on the Ludington Daily News' page)."""
    if not names or len(line) > 60:
        return None
    found = _STAFF_LINE.fullmatch(line.strip())
    return ending_in(found["paper"], names) if found is not None else None


# 'DAILY POST reports that ...', 'Myanmar Now learned that ...': the paper reporting in its own
# story; 'residents told Myanmar Now that ...': its sources speaking to it.
_REPORTS: Final = re.compile(
    r"^(?P<name>(?:The |THE )?[A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*){0,3}) (?:reports|reported|"
    r"recalls|gathered|learnt|learned|understands|has learnt|has learned|has gathered|"
    r"can reveal|can report|observed)\b"
)
# (a site's address whole: 'told Military.com', not 'Military')
_TOLD: Final = re.compile(
    r"\btold (?P<name>(?:the )?[A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*){0,3}(?:\.(?:com|net|org)\b)?)"
)


def self_report(paragraphs: list[str], names: dict[str, str]) -> str | None:
    """The page's name as a paragraph writes it, when the story reports in that name or its
    sources spoke to it."""
    if not names:
        return None
    for text in paragraphs:
        found = _REPORTS.match(text)
        if found is not None and named(found["name"], names):
            return found["name"]
    told: set[str] = set()
    for text in paragraphs:
        if "told " not in text:
            continue
        for found in _TOLD.finditer(text):
            name = found["name"]
            if name.endswith(_DAYS):
                name = name.rpartition(" ")[0]  # 'told Myanmar Now Thursday'
            told.add(name)
    own = [name for name in told if named(name, names) is not None or _station(name, names)]
    if len(own) != 1:
        return None
    # the one organisation told, as `outlet_cues.told_outlet` asks ('... told The Hill' and
    # '... told Reuters': a roundup of others' interviews names none)
    others = told_organisations(paragraphs) - {organisations().lookup(n) for n in own}
    return own[0] if not others else None


def _station(name: str, names: dict[str, str]) -> bool:
    """Whether the name is a station's call sign the page writes with its channel ('told
    WMUR' on the page of 'WMUR 9')."""
    if _CALL_SIGN.fullmatch(name) is None:
        return False
    key = fold_name(name)
    return any(k.startswith(key) and k[len(key) :].isdigit() for k in names)


_CALL_SIGN: Final = re.compile(r"[KWC][A-Z]{2,3}")
_DAYS: Final = (
    *(" Monday", " Tuesday", " Wednesday", " Thursday", " Friday", " Saturday", " Sunday"),
    *(" Today", " On", " In", " That", " This"),
)


# 'Jo Li, Tulsa World', 'JO LI, TIMES-DISPATCH', 'Jo Li The Wichita Eagle', 'Jo Li/Journal Star':
# a staff photographer's credit line, the paper named as the page names itself (maybe short).
_HOUSE_CREDIT: Final = re.compile(
    r"(?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2})(?:, ?| ?/ ?| (?=The |THE ))"
    r"(?P<paper>(?:The |THE )?[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3})"
)


def house_credit(line: str, names: dict[str, str]) -> bool:
    """Whether the line is a photographer's name and the page's own paper (`_HOUSE_CREDIT`):
    the page's name ends in the paper's as written ('Journal Star' on the Lincoln Journal
    Star's page)."""
    if not names or len(line) > 80:
        return False
    found = _HOUSE_CREDIT.fullmatch(line.strip())
    if found is None:
        return False
    if ending_in(found["paper"], names) is None:
        return False
    name = title_case(found["name"]) if found["name"].isupper() else found["name"]
    return person_name(name) == name


# The parts of a byline: 'By Jo Li | jli@example.com | The Portvale Pilot', 'by Jo Li and Kim
# Bo, Portvale Watch', "Portvale Today / By Jo Li, 09 July 2024", 'By Jo Li (OPB)'.
_BYLINE_PARTS: Final = re.compile(r"\s*(?:[|,;•·()]|\s/\s|\s[—–-]\s)\s*")


def byline_part(byline: str, names: dict[str, str]) -> str | None:
    """The page's name as the byline writes it, when one part of the byline is that name."""
    if not names:
        return None
    for part in _BYLINE_PARTS.split(byline):
        if part and part[0].isupper() and named(part, names) is not None:
            return part
    return None


# 'Portvale Gazette report', 'By Portvale journalist', 'Portvale Gazette staff': the paper signs
# the story with a word of its staff, under the headline.
_SIGNED: Final = re.compile(
    r"(?:(?i:by):? )?(?P<name>.+?) (?i:report|staff report|staff|journalist|reporter|team|desk)"
)


def signature(line: str, names: dict[str, str]) -> str | None:
    """The page's name (or its last words: 'Connexion' of 'The Connexion') in `_SIGNED`."""
    found = _SIGNED.fullmatch(line.strip()) if names and len(line) <= 60 else None
    if found is None:
        return None
    return ending_in(found["name"], names) or _initials(found["name"], names)


def _letters(name: str) -> str:
    """The initials of a name's capitalised words, a leading 'The' left out."""
    return "".join(w[0] for w in name.removeprefix("The ").split() if w[0].isupper())


def _initials(short: str, names: dict[str, str]) -> str | None:
    """The page's name for its acronym, too short for `ending_in` ('SE Reporter' on the
    Sikkim Express' page): the name its letters spell, else the shortest name that opens with
    it ('ZBC News' of 'ZBC News Online')."""
    return _spelled(short, names) or min(
        (n for n in names.values() if n.startswith(f"{short} ")), key=len, default=None
    )


def _spelled(short: str, names: dict[str, str]) -> str | None:
    """The page's name whose initials the short name in capitals is ('BT': The Business
    Times)."""
    if not (2 <= len(short) <= 5 and short.isalpha() and short.isupper()):
        return None
    return min((n for n in names.values() if _letters(n) == short), key=len, default=None)


# 'Published in Dawn, March 5th, 2025', 'This article first appeared in The Portvale Post.'
_PUBLISHED_IN: Final = re.compile(
    r"(?i:(?:this (?:article|story) )?(?:was )?(?:first |originally )?(?:published|appeared|"
    r"ran)) in (?:the print edition of )?"
    r"(?P<name>(?:[Tt]he )?[A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*){0,3})"
)


def published_in(texts: list[str], names: dict[str, str]) -> str | None:
    """The page's name where a note says the story was published in it."""
    if not names:
        return None
    for text in texts:
        if len(text) > 160 or ("ublished in" not in text and "ppeared in" not in text):
            continue
        found = _PUBLISHED_IN.match(text)
        if found is not None and named(found["name"], names) is not None:
            return found["name"]
    return None


_BUTTON_RULES: Final = ("navigation", "page_chrome")


def masthead_bylines(lines: list[Line], byline_lines: list[Line]) -> list[str]:
    """Bylines that repeat a line of the page's top chrome word for word ('Carlow People' in
    the menu over the headline, then alone where the byline stands): the site signs its own
    story, so the name is the outlet, not a reporter, even past the lines `page_names`
    reads as the masthead."""
    title_at = next((ln.index for ln in lines if ln.role == "title"), None)
    if title_at is None or not byline_lines:
        return []
    top = {ln.text for ln in lines[: min(title_at, 12)] if 2 <= ln.words <= 5}
    return [ln.text for ln in byline_lines if ln.index > title_at and ln.text in top]


def _paper_like(text: str) -> bool:
    """A masthead further down the page's top ('Hanford Sentinel' under its buttons): a
    paper's name, not a section's ('Local News')."""
    return unknown_paper(text) and not section_news(text)


def masthead_outlet(lines: list[Line], names: dict[str, str], signed: bool = False) -> str | None:
    """The paper whose masthead heads the page, where the page's own lines name it again under
    its headline (a newsletter of that name, a sign-off, its copyright notice, a note on its
    print edition): the paper's own story on its own page. The caller takes it only where no other
    cue names an outlet and a person signs the story (or no note says where an unsigned one
    came from). The site's name after the headline's bar stands for a masthead only in a
    signed story (`signed`): an unsigned one is as often a translation or a wire's copy."""
    if not names:
        return None
    title_at = next((ln.index for ln in lines if ln.role == "title"), None)
    if title_at is None:
        return None
    # the first line that names the page ('Echo Live' over its menu's 'Cork News'), past the
    # buttons the rules know ('Skip to main content', 'Edit Article')
    head = next(
        (
            ln
            for ln in lines[: min(8, title_at)]
            if ln.rule not in _BUTTON_RULES
            and named(_masthead_name(ln.text), names)
            and (ln.index < 3 or _paper_like(ln.text))
        ),
        None,
    )
    if head is None:
        # ('Headline | Valley Courier', the browser's title kept over the story: the site's
        # name as a masthead gives it)
        site = _title_site(lines) if signed else None
        name = named(site, names) if site is not None else None
        if name is None:
            return None
    else:
        name = _masthead_name(head.text)
    key = fold_name(name)
    # (the page's own lines: a story that cites the paper, 'told The Hill', names no outlet)
    if any(key in fold_name(x.text) for x in lines[title_at + 1 :] if x.role != "body"):
        return name
    # ('APTN News' over the page, '© 2025 APTN' under the story: the short name in capitals
    # that the page's name opens with)
    short = [
        written
        for folded, written in names.items()
        if written.isupper() and " " not in written and key.startswith(folded) and folded != key
    ]
    if any(_named_below(lines, title_at, written) for written in short):
        return name
    return None


def _masthead_name(text: str) -> str:
    """The masthead's name without its tagline or its words in another script."""
    return without_tagline(_latin(text))


def _latin(text: str) -> str:
    """The text without its words in another script at its end ('Portvale Times 波特維爾日報')."""
    text = text.strip()
    return text if text.isascii() else _OTHER_SCRIPT_TAIL.sub("", text)
