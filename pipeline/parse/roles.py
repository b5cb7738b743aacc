"""Line roles: every non-empty input line gets exactly one role of the field guide.

Rules run in passes over the lines, most certain first: boilerplate and media chrome by data
rules, then credits and their captions, the headline, bylines and date stamps, and the body
as the prose that is left. Each decision records the rule that made it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.parse import credits, dateline, headline
from pipeline.parse.attribution import (
    AUTHOR_BOX_TAIL,
    BYLINE_START,
    CLOSING_PARAGRAPH,
    DASH_BY,
    JOB_TAIL,
    byline_people,
    is_author_bio,
    lower_case_people,
    names_only,
    speaker_label,
    without_contacts,
)
from pipeline.parse.dates import find_date, is_date_line
from pipeline.parse.headline import FULL_STOP_END
from pipeline.parse.knowledge import (
    any_boilerplate_start,
    boilerplate_rules,
    line_filter,
    lowered,
    organisations,
)
from pipeline.parse.names import people, person_name, without_organisations

_MEDIA_LABEL = re.compile(
    r"(?i)^(?:photos?|videos?|image|images|gallery|watch(?: video| now| live)?|play(?: video)?|"
    r"toggle caption|hide caption|enlarge this image|close|expand|"
    r"image \d+ of \d+|\d+ of \d+|\d+ photos?|photo gallery|slideshow|view gallery|"
    r"(?:photo|video|image)s?:|gallery:.*|watch:.*|video:.*)$"
)
# Agency-style photo slugs: 'Topshot - Ukraine - Russia - Conflict'.
_SLUG = re.compile(r"^[A-Z][\w'’.]*(?: [\w'’.]+){0,3}(?: - [A-Z][\w'’.]*(?: [\w'’.]+){0,3}){2,}$")
_VIDEO_DATE = re.compile(r"\((?:[A-Z][a-z]+\.? \d{1,2}(?:, \d{4})?)\)\s*$")
# Wire-photo captions announce themselves: 'FILE - In this Nov. 11, 2017 file photo, ...'.
_FILE_PHOTO = re.compile(
    r"(?i)^(?:file\s*(?:photo)?\s*[-–—:]\s+|in this\b[^.]{0,80}\b"
    r"(?:file )?(?:photo|image)\b)"
)
# Labels that open a caption line on some sites ('Image caption ...', 'Media caption ...' for a
# video); the text after the label is the caption.
CAPTION_LABELS = ("Image caption ", "Media caption ")
HIDDEN_CAPTION = " hide caption"
_SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*$")
# Columns of a table laid out with spaces (Reuters market reports).
_COLUMN_GAP = re.compile(r"(?<=\S) {2,}(?=\S)")
_WIDE_GAP = re.compile(r"\S {3,}\S")
_DIGIT = re.compile(r"\d")
_CHROME_WORDS = re.compile(r"(?i)\b(?:comments?|shares?|photos?|views?|ago|min|read)\b")
_PROMPT_WORDS = re.compile(r"(?i)\b(?:click|subscribe|sign up|share|follow|download)\b")


def is_table_row(text: str) -> bool:
    """Two column gaps, or one wide one (linear: no backtracking over the line)."""
    if "  " not in text:
        return False  # every gap is two spaces or more: most lines end here
    return bool(_WIDE_GAP.search(text)) or len(_COLUMN_GAP.findall(text)) >= 2


@dataclass(slots=True)
class Line:
    """One non-empty input line and what the parser decided about it."""

    index: int
    text: str
    indent: int
    blank_before: bool
    role: str = ""
    rule: str = ""
    glued_credit: str | None = None
    span: int = 1  # physical lines joined into this one (hard-wrapped text)
    words: int = 0  # white-space separated words of `text`
    _prose: bool | None = field(default=None, repr=False, compare=False)  # computed once
    # False until looked for
    _dateline: dateline.Dateline | bool | None = field(default=False, repr=False, compare=False)

    @property
    def opening_dateline(self) -> dateline.Dateline | None:
        """`dateline.find(text)`, looked for once: several passes ask for it, and the text
        does not change after `unwrap`, which runs first."""
        if self._dateline is False:
            self._dateline = dateline.find(self.text)
        return self._dateline if isinstance(self._dateline, dateline.Dateline) else None

    @property
    def prose(self) -> bool:
        """Sentence-like: enough words, or a sentence ending."""
        if self._prose is None:
            words = self.words
            self._prose = words >= 12 or (words >= 5 and bool(_SENTENCE_END.search(self.text)))
        return self._prose

    @property
    def table_row(self) -> bool:
        return self.span == 1 and is_table_row(self.text)


@dataclass
class Roles:
    lines: list[Line] = field(default_factory=list)

    def of(self, role: str) -> list[Line]:
        return [ln for ln in self.lines if ln.role == role]

    def physical_roles(self) -> list[str]:
        """One role per non-empty input line, in input order."""
        return [ln.role for ln in self.lines for _ in range(ln.span)]


# The white space `str.split()` splits at, but for ' ' and '\n' (a test checks the list).
_OTHER_SPACES_ASCII = "\t\x0b\x0c\r\x1c\x1d\x1e\x1f"
_OTHER_SPACES = (
    _OTHER_SPACES_ASCII
    + "\x85\xa0\u1680\u2028\u2029\u202f\u205f\u3000"
    + "".join(map(chr, range(0x2000, 0x200B)))
)


def _spaces_only(text: str) -> bool:
    """Whether ' ' and '\n' are the only white space in the text: then the words of a
    stripped line without a double space are its spaces plus one (no word list to build)."""
    others = _OTHER_SPACES_ASCII if text.isascii() else _OTHER_SPACES
    return not any(map(text.__contains__, others))


def split_lines(text: str) -> list[Line]:
    """Non-empty lines, with indentation and blank-line breaks kept for paragraph joining."""
    out: list[Line] = []
    blank = False
    spaces_only = _spaces_only(text)
    for raw in text.split("\n"):
        stripped = raw.strip()
        if not stripped:
            blank = True
            continue
        indent = len(raw) - len(raw.lstrip())
        if spaces_only and "  " not in stripped:
            words = stripped.count(" ") + 1
        else:
            words = len(stripped.split())
        out.append(Line(len(out), stripped, indent, blank, words=words))
        blank = False
    return out


def unwrap(lines: list[Line]) -> list[Line]:
    """Join hard-wrapped lines (Reuters' ~70-column bodies) back into paragraphs.

    Text counts as hard-wrapped when most lines fill nearly the same width without ending a
    sentence; a line continues the previous one unless a blank line or an indent breaks it.
    """
    lengths = sorted(len(ln.text) + ln.indent for ln in lines)
    if len(lines) < 4:
        return lines
    width = lengths[int(0.95 * (len(lengths) - 1))]
    full = sum(1 for n in lengths if 0.8 * width <= n <= width)
    if width > 100 or width < 40 or full < max(3, 0.25 * len(lines)):
        return lines
    base = min(ln.indent for ln in lines)
    groups: list[list[Line]] = []
    for ln in lines:
        last = groups[-1][-1] if groups else None
        continues = (
            last is not None
            and not ln.blank_before
            and ln.indent <= base
            and not groups[-1][0].text.isupper()
            and len(last.text) + last.indent >= 0.7 * width
            and not (_SENTENCE_END.search(last.text) and ln.text[:1].isupper())
            and not is_table_row(ln.text)
            and not is_table_row(last.text)
        )
        if continues:
            groups[-1].append(ln)
        else:
            groups.append([ln])
    out = []
    for index, group in enumerate(groups):
        head = group[0]
        head.index = index
        if len(group) > 1:  # one join per paragraph: linear in the text's length
            head.text = " ".join(ln.text for ln in group)
            head.span = len(group)
            head.words = sum(ln.words for ln in group)  # the parts are stripped and non-empty
        out.append(head)
    return out


def _boilerplate_rule(line: Line) -> tuple[str, bool] | None:
    # A phrase deep inside a paragraph does not make the paragraph page furniture: long lines
    # only count when a rule matches at their start (and `match` is much cheaper than `search`).
    long_line = len(line.text) > 200 or line.words > 40
    # Case-insensitive matching is slow (no literal prefix to skip to): a line without cased
    # letters beyond A-Z is lowered once and tried case-sensitively (`knowledge.lowered`).
    lower = line.text.lower() if line.text.isascii() else None
    if lower is None and not long_line:
        lower = lowered(line.text)  # the character test pays off on short lines only
    fast = line_filter() if lower is not None else None
    if long_line:
        if fast is not None and lower is not None:
            if not fast.any_start(lower):
                return None
        elif not any_boilerplate_start(line.text):
            return None  # one match of all rules at once, instead of one per rule
        for rule in boilerplate_rules():
            if rule.pattern.match(line.text):
                return rule.name, rule.ends_article
        return None
    if fast is not None and lower is not None and not fast.may_match(lower):
        return None  # one test for all rules: most lines end here
    for rule in boilerplate_rules():
        if rule.search(line.text, lower):
            return rule.name, rule.ends_article
    return None


def classify(text: str, meta_title: str | None = None) -> Roles:
    lines = unwrap(split_lines(text))
    roles = Roles(lines)
    if not lines:
        return roles
    footers: list[int] = []
    for ln in lines:
        if ln.text.startswith(CAPTION_LABELS):
            # 'Image caption The new pier at dawn': a labelled caption (its credit, 'Image
            # copyright X', stands on the line above it).
            ln.role, ln.rule = "caption", "caption_label"
            continue
        if ln.text.endswith(HIDDEN_CAPTION):
            # '<caption> <credit> hide caption': the collapsed copy of a photo block that the
            # page repeats in full after its 'toggle caption' button.
            ln.role, ln.rule = "caption", "hidden_caption"
            continue
        found = _boilerplate_rule(ln)
        if found and not found[1] and _is_by_prefix(ln):
            # 'by Jo Li July 16 at 9:00 AM Email the author  Sign up for the newsletter': the
            # byline wins over a page-furniture phrase glued to its end (a footer still ends).
            ln.role, ln.rule = "byline", "by_prefix"
        elif found and not found[1] and is_author_bio(ln.text):
            pass  # an author's closing bio stays prose: attribution reads it
        elif found:
            ln.role, ln.rule = "boilerplate", found[0]
            if found[1]:
                footers.append(ln.index)
        elif (_is_media_label(ln.text) and not _labelled_text(ln)) or _is_slug(ln):
            ln.role, ln.rule = "media_label", "media_label"
        elif ln.words == 1 and ln.text.lower().rstrip(":") == "by":
            # 'by' alone over the date stamp: the byline's slot, its names (links on the page)
            # lost by the scraper, or set on the next line ('By' / 'Jo Li and Kim Bo').
            ln.role, ln.rule = "byline", "bare_by"
        elif ln.index and lines[ln.index - 1].rule == "bare_by" and _names_only(ln):
            ln.role, ln.rule = "byline", "after_bare_by"
        elif ln.text[:2].isupper() and speaker_label(ln.text):
            # 'JO LI, HOST:' in a transcript: who speaks next, a line of the story (never its
            # headline, though it may stand alone at the top).
            ln.role, ln.rule = "body", "speaker_label"
        elif (
            ln.index and lines[ln.index - 1].role == "byline" and credits.lone_organisation(ln.text)
        ):
            ln.role, ln.rule = "byline", "organisation_byline"
        elif (
            ln.index == len(lines) - 1
            and credits.lone_organisation(ln.text.lstrip("—–- "))  # 'Reuter', '— AFP'
            and not credits.credit_lead(ln.text)  # 'Image copyright Getty Images' credits a photo
        ):
            ln.role, ln.rule = "byline", "signoff"
        elif ln.text[:1] in "—–-" and ln.index and lines[ln.index - 1].prose and _dash_signoff(ln):
            ln.role, ln.rule = "byline", "dash_signoff"
        elif _source_line(ln.text):
            ln.role, ln.rule = "byline", "source_line"
        elif _names_and_organisation(lines, ln):
            ln.role, ln.rule = "byline", "names_and_organisation"
        elif ln.words <= 12 and _author_box(ln):
            ln.role, ln.rule = "byline", "author_box"
        elif ln.words <= 4 and _name_over_stamp(lines, ln):
            ln.role, ln.rule = "byline", "name_over_stamp"
        elif ln.words <= 14 and _name_and_stamp(ln.text):
            ln.role, ln.rule = "byline", "name_and_stamp"
        elif credits.is_credit_line(ln.text):
            ln.role, ln.rule = "credit", "credit_line"
        elif "/" in ln.text and _site_credit(ln.text):
            ln.role, ln.rule = "credit", "site_credit"
        elif _is_by_prefix(ln):
            ln.role, ln.rule = "byline", "by_prefix"
        elif ln.words <= 16 and _lower_case_byline(lines, ln):
            ln.role, ln.rule = "byline", "lower_case_byline"
        elif " By " in ln.text and _organisation_then_by(ln):
            ln.role, ln.rule = "byline", "organisation_then_by"
        elif is_date_line(ln.text):
            ln.role, ln.rule = "date", "date_stamp"
        elif _organisation_stamp(ln.text):
            ln.role, ln.rule = "byline", "organisation_stamp"
    if any(ln.rule == "speaker_label" for ln in lines):
        _later_speakers(lines)
    _teaser_cards(lines)
    _credited_captions(lines)
    headline.mark_title(roles, meta_title)
    _end_at_footer(lines, footers)
    _captions(roles)
    _body(roles)
    return roles


# `_MEDIA_LABEL`'s forms longer than 19 characters ('enlarge this image' and a newline)
# open with a digit or one of these (ASCII letters whose only other case variants, those of
# 'i', are not ASCII).
_LONG_LABEL_STARTS = ("gallery:", "watch:", "video:", "image ")


def _is_media_label(text: str) -> bool:
    """`_MEDIA_LABEL.match(text)`, with most long lines (prose) decided without it."""
    if len(text) > 19 and not text[:1].isdecimal():
        head = text[:8]
        if head.isascii() and not head.lower().startswith(_LONG_LABEL_STARTS):
            return False
    return _MEDIA_LABEL.match(text) is not None


# A lead-in label for the embed below it ('WATCH:', 'VIDEO: <the video's title>'): the player
# holds the embed's text, which a scrape loses, so the line after it is the story again.
_LEAD_IN_LABELS = ("watch:", "video:")
# What a post quoted in the story holds ('WATCH: Jo Li speaks https://t.co/x pic.twitter...').
_POST_MARKS = ("http", "pic.twitter", "@")


def _labelled_text(ln: Line) -> bool:
    """A line opening with a lead-in label that is no media label: the page's headline
    ('WATCH: Mayor Says ...' first on the page) or a post quoted in the story, which carries a
    link or a handle (its signature '— Name (@handle) date' follows)."""
    text = ln.text
    if len(text) <= 8 or not text[:6].lower().startswith(_LEAD_IN_LABELS):
        return False  # a bare label, or none of these
    return ln.index == 0 or any(mark in text for mark in _POST_MARKS)


def _is_slug(ln: Line) -> bool:
    """An agency photo slug of at most 14 words (`_SLUG` needs ' - ' twice: tried last, it
    backtracks through every shorter run of the line's first words)."""
    return ln.words <= 14 and " - " in ln.text and _SLUG.match(ln.text) is not None


def _lower_case_byline(lines: list[Line], ln: Line) -> bool:
    """'by jo li' (or 'by jo li - may 3, 2024') at the top of the story: a byline set in lower
    case. Its words must be names, not words: none of them may stand in lower case anywhere
    else on the page ('by web team', 'by the way', 'by quoth the raven' are no names), and
    at most two prose lines (a deck) may stand above it, none of them set as the
    continuation of a hard-wrapped sentence (opening in lower case), and the line ends no
    sentence."""
    if ln.text[:3].lower() != "by " or not ln.text[3:4].islower() or ln.text[-1] in ".!?;:":
        return False  # 'by general corporate funds.' ends a sentence: no byline
    names = lower_case_people(ln.text)
    if not names:
        return False
    above = lines[: ln.index]
    if sum(x.prose for x in above) > 2:
        return False
    if any(x.text[:1].islower() and x.text[:3] != "by " for x in above):
        return False  # a hard-wrapped text: the line goes on from the one above it
    words = {w.casefold() for name in names for w in name.split()}
    return not any(w in words for x in lines if x is not ln for w in _LOWER_WORD.findall(x.text))


_LOWER_WORD = re.compile(r"\b[a-z][a-z'’-]*")


def _names_only(ln: Line) -> bool:
    """A line that holds nothing but people's names ('Jo Li and Kim Bo', 'JO LI')."""
    if ln.words > 12:
        return False
    names = people(ln.text)
    rest = ln.text
    for name in names:
        rest = rest.replace(name, " ").replace(name.upper(), " ")
    return bool(names) and not _LIST_FILLER.sub("", rest)


def _is_by_prefix(ln: Line) -> bool:
    """'By Ann Maloney', 'Analysis by X, CNN': a by-phrase that names a person or organisation."""
    if ln.words > 25:
        return False  # before the pattern: most lines are longer
    match = BYLINE_START.match(ln.text)
    # 'By effectively reducing ...' opens a sentence: a byline names someone, capitalised.
    return (
        match is not None and not ln.text[match.end() - 1].islower() and any(byline_people(ln.text))
    )


_SOURCE = re.compile(r"(?i)^/?\s*source\s*:\s*(?P<org>.{2,60})$")
_LIST_MARK = re.compile(r"[,|•·]")
_FILLER = r"[\s,|•·–—-]+|\band\b|&"  # what separates names in a list
_LIST_FILLER = re.compile(rf"(?i){_FILLER}")
_LEADING_FILLER = re.compile(rf"(?i)^(?:{_FILLER})+")


# 'QUILL: What happens next?': a speaker named again in a transcript, by surname alone.
_LATER_SPEAKER = re.compile(r"^[A-Z][A-Z'’-]++(?: [A-Z][A-Z'’-]++){0,3}+: \S")


def _later_speakers(lines: list[Line]) -> None:
    """In a transcript (a 'NAME, HOST:' label was found), lines that open with a speaker's
    capitalised name and a colon are what that speaker said: story lines, never a headline
    (outside a transcript, 'WATCH: ...' or 'PHOTOS: ...' open headlines)."""
    for ln in lines:
        if not ln.role and _LATER_SPEAKER.match(ln.text):
            ln.role, ln.rule = "body", "speaker_label"


_CLOCK = re.compile(r"\b\d{1,2}:\d\d\b")


def _teaser_cards(lines: list[Line]) -> None:
    """'by Jo Li - Jul 15, 2018 2:39 pm' / a teaser / 'Jul 15, 2018 2:39 PM': the card of a
    related story, whose byline's stamp the card repeats under the teaser. Neither that
    byline nor that stamp is this story's, nor the card's headline on the line above them
    (a sidebar that the page shows above its story: the same line tops unrelated stories)."""
    for at in range(2, len(lines)):  # from the closing stamp: date lines are few
        stamp = lines[at]
        if stamp.role != "date":
            continue
        ln, teaser = lines[at - 2], lines[at - 1]
        if not ln.text.startswith(("by ", "By ", "BY ")) or ln.role not in ("", "byline"):
            continue
        if teaser.role in ("byline", "date"):
            continue
        day, clock = find_date(ln.text), _CLOCK.search(ln.text)
        if day is None or clock is None or find_date(stamp.text) != day:
            continue
        if clock.group(0) not in stamp.text:
            continue
        for card in (ln, teaser, stamp):
            card.role, card.rule = "boilerplate", "teaser_card"
        head = lines[at - 3] if at >= 3 else None
        if head and not head.role and 2 <= head.words <= 20 and not FULL_STOP_END.search(head.text):
            head.role, head.rule = "boilerplate", "teaser_card"  # the card's headline


def _source_line(text: str) -> bool:
    """'/ Source: Associated Press': a wire story's organisation byline."""
    match = _SOURCE.match(text) if len(text) <= 70 else None
    return match is not None and credits.lone_organisation(match.group("org")) is not None


def _names_and_organisation(lines: list[Line], ln: Line) -> bool:
    """'Jo Li and Kim Bo, Associated Press' right above a date stamp: a byline, though it reads
    like a photo credit (credits sit under captions, not over date stamps). So is 'Jo Li |
    Reuters' between a headline and the story's first paragraph, when the organisations are
    news outlets (not photo agencies). Nothing but the people, the organisations and list
    separators may make up the line."""
    if ln.words > 15 or ln.index + 1 >= len(lines) or "/" in ln.text:
        return False
    if not _LIST_MARK.search(ln.text):
        return False  # names and an organisation are separated: a cheap test before the rest
    if credits.credit_lead(ln.text):
        return False
    stamped = is_date_line(lines[ln.index + 1].text)
    if not stamped and not _between_headline_and_story(lines, ln):
        return False
    names, orgs = byline_people(ln.text)
    if not names or not orgs:
        return False
    kinds = organisations().kinds
    if not stamped and not all(kinds.get(o) in _NEWS_KINDS for o in orgs):
        return False  # 'Jo Li | Getty Images': a photo's credit, whatever stands around it
    rest, _ = without_organisations(ln.text)
    for name in names:
        rest = rest.replace(name, " ").replace(name.upper(), " ")
    return not _LIST_FILLER.sub("", rest)


_NEWS_KINDS = ("wire", "newspaper", "broadcaster")


def _between_headline_and_story(lines: list[Line], ln: Line) -> bool:
    """The line stands right under a headline-like line (no sentence, caption or media block)
    and right over the story's first paragraph: a dateline paragraph, or a long one that
    carries no photo credit."""
    if not ln.index:
        return False
    prev, nxt = lines[ln.index - 1], lines[ln.index + 1]
    if prev.role or prev.words > 30 or FULL_STOP_END.search(prev.text):
        return False  # a caption ends its sentence; a credit or photo label has its role
    if not nxt.prose or _FILE_PHOTO.match(nxt.text):
        return False
    return nxt.opening_dateline is not None or (
        nxt.words >= 30 and credits.split_glued(nxt.text) is None
    )


# 'by Jo Li / ExampleCartoons.com 2018': a cartoon or illustration credited to its maker and
# the site that syndicates it, under a story whose byline names its writer.
_SITE_CREDIT = re.compile(r"(?i)^by\s[^/]{3,40}/\s*[\w-]+\.(?:com|org|net|co\.uk)\b")


def _site_credit(text: str) -> bool:
    return "/" in text and text[:3].lower() == "by " and _SITE_CREDIT.match(text) is not None


def _organisation_then_by(ln: Line) -> bool:
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


def _author_box(ln: Line) -> bool:
    """'Jo Li About | Email | Archive': a columnist's name with the links of an author box."""
    if ln.words > 12 or " Email" not in ln.text:
        return False  # every box this takes links to an e-mail form
    tail = AUTHOR_BOX_TAIL.search(ln.text)
    if tail is None:
        return False
    name = person_name(ln.text[: tail.start()])
    return name is not None and name.casefold() == ln.text[: tail.start()].strip().casefold()


def _name_over_stamp(lines: list[Line], ln: Line) -> bool:
    """'Jo Li' alone right above 'May 31, 2019 10:00AM': the author over the date stamp, also
    above the headline. A name under a caption-like line is that photo's credit instead."""
    if not 2 <= ln.words <= 4 or ln.index + 1 >= len(lines):
        return False
    if ln.index and lines[ln.index - 1].words >= 5:
        return False
    if not is_date_line(lines[ln.index + 1].text):
        return False
    name = person_name(ln.text)
    return name is not None and name.casefold() == ln.text.casefold()


# 'Jo Li | July 16, 2018', 'Jo Li • July 16, 2018 at 9:41 AM': names, a separator, a stamp.
_NAME_THEN_STAMP = re.compile(r"^(?P<names>[^|•·,]{3,80}?)\s*(?:[|•·,]|\s[-–—]\s)\s*(?P<stamp>.+)$")


def _name_and_stamp(text: str) -> bool:
    """The author and the date stamp on one line, without 'By': a byline, not a short
    headline (the names must be people's names and nothing else, the stamp a full date)."""
    if not any(c.isdigit() for c in text[-40:]):
        return False  # the stamp's year: most lines end without a digit in reach
    match = _NAME_THEN_STAMP.match(text)
    if match is None or find_date(match.group("stamp")) is None:
        return False
    if not is_date_line(match.group("stamp")):
        return False
    return 0 < len(names_only(match.group("names"))) <= 4


def _end_at_footer(lines: list[Line], footers: list[int]) -> None:
    """A comment form or copyright line ends the article once the story has begun (some prose
    under the headline, photo captions aside): what follows it is page furniture. Above the
    story it ends nothing, nor right over a byline (a comment link beside it)."""
    title_at = next((ln.index for ln in lines if ln.role == "title"), -1)
    for at in footers:
        if at <= title_at or any(x.role == "byline" for x in lines[at + 1 : at + 3]):
            continue  # a 'Comment' link beside the byline is page chrome above the story
        if any(_story_prose(ln) for ln in lines[title_at + 1 : at]):
            for ln in lines[at + 1 :]:
                if not ln.role:
                    ln.role, ln.rule = "boilerplate", "after_footer"
            return


def _story_prose(ln: Line) -> bool:
    """An undecided prose line that is no photo caption ('In this file photo ...', a caption
    with its credit glued on): the story has begun."""
    if ln.role or not ln.prose or _FILE_PHOTO.match(ln.text):
        return False
    return credits.split_glued(ln.text) is None


def _organisation_stamp(text: str) -> bool:
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
    # stamp between the bars is a date line.
    return (
        bool(rest)
        and all(is_date_line(part) for part in rest.split(" | "))
        and text.find(rest[:8]) > 0
    )


_STAMP_HINT = re.compile(r"\d|(?i:updated|published|posted)")
_STAMP_WORD = re.compile(r"(?i:updated|published|posted)")
_STAMP_WORDS_LOWER = ("updated", "published", "posted")


def _stamp_hint(text: str) -> bool:
    """`_STAMP_HINT.search(text)`, cheaper: the digit first (a character-set scan), then the
    words; on ASCII text case-insensitive matching is `lower()` and a substring test."""
    if _DIGIT.search(text):
        return True
    if text.isascii():
        low = text.lower()
        return any(w in low for w in _STAMP_WORDS_LOWER)
    return _STAMP_WORD.search(text) is not None


_CREDITED_CAPTION_RULES = ("before_credit", "after_credit")


def _captions(roles: Roles) -> None:
    """A line right before a credit, or right after a media label, is a caption (after a
    lead-in label such as 'WATCH:' only a dated video caption: the story resumes there)."""
    lines = roles.lines
    for ln in lines:
        # A caption over its credit line may carry the credit glued as well ('... (AP Photo/
        # Jo Li)' then 'Jo Li/AP'): the caption keeps the description only.
        if ln.role and (ln.role != "caption" or ln.rule not in _CREDITED_CAPTION_RULES):
            continue
        glued = credits.split_glued(ln.text)
        if glued:
            ln.glued_credit = glued[1]
    for i, ln in enumerate(lines):
        if ln.role != "media_label" or i + 1 >= len(lines):
            continue
        nxt = lines[i + 1]
        if (
            not nxt.role
            and 3 <= nxt.words <= 80
            and not nxt.opening_dateline
            and (
                not ln.text[:6].lower().startswith(_LEAD_IN_LABELS)
                or _VIDEO_DATE.search(nxt.text) is not None  # '... (July 15, 2018)'
            )
        ):
            nxt.role, nxt.rule = "caption", "after_media_label"
    for ln in lines:
        if not ln.role and ln.glued_credit and _caption_style(ln.text) and not _opens_story(ln):
            # (the story's dateline paragraph keeps its place with a credit glued to it)
            ln.role, ln.rule = "caption", "glued_credit"
        elif not ln.role and _FILE_PHOTO.match(ln.text):
            ln.role, ln.rule = "caption", "file_photo"
    # A lone organisation line after a caption credits it ('CBS News' under a video caption).
    captions = set()
    for i, ln in enumerate(lines):
        if ln.role != "caption":
            continue
        if ln.words >= 3:
            captions.add(ln.text)
        if i + 1 < len(lines):
            nxt = lines[i + 1]
            if not nxt.role and credits.lone_organisation(nxt.text):
                nxt.role, nxt.rule = "credit", "organisation_after_caption"
            elif (
                not nxt.role
                and nxt.words <= 4
                and person_name(nxt.text)
                and _may_credit(ln, nxt.text)
            ):
                nxt.role, nxt.rule = "credit", "photographer_after_caption"
    # The page prints a caption again as a line of its own (by the photo and in the text):
    # the copy describes the same photo.
    if captions:
        for ln in lines:
            if not ln.role and ln.text in captions:
                ln.role, ln.rule = "caption", "repeated_caption"


def _may_credit(caption: Line, name_line: str) -> bool:
    """A name under a caption credits its photo, unless the caption's glued credit names
    other people ('... (AP Photo/Jo Li)' over 'Harbour Works', a section heading)."""
    if not caption.glued_credit:
        return True
    named = {p.casefold() for p in credits.read(caption.glued_credit).photographers}
    name = person_name(name_line)
    return name is not None and name.casefold() in named


def _repeats_earlier(lines: list[Line], ln: Line) -> bool:
    """The line repeats an earlier one (site name aside): a page that prints its headline
    again over the byline ('Ferry fares to rise | Portvale Post' ... 'Ferry fares to rise' /
    'The Associated Press'), where the organisation under it is the byline, not a credit."""
    folded = headline.fold(headline.strip_site_suffix(ln.text))
    return any(
        headline.fold(headline.strip_site_suffix(x.text)) == folded for x in lines[: ln.index]
    )


def _credited_captions(lines: list[Line]) -> None:
    """A line right before a credit is that photo's caption (decided before the headline).

    A lone organisation ('AP', 'CBS News') or press pool ('Kremlin Pool') is a credit only
    between a caption-like line and more text: at the top of a page it is site chrome, at the
    bottom a sign-off.
    """
    for i, ln in enumerate(lines[1:-1], start=1):
        prev = lines[i - 1]
        if ln.role or prev.role:
            continue
        if (
            prev.words >= 5
            and i >= 2
            and (credits.lone_organisation(ln.text) or credits.lone_pool(ln.text))
            and lines[i - 2].role not in ("byline",)
            and not _repeats_earlier(lines, prev)
        ):
            ln.role, ln.rule = "credit", "organisation_after_caption"
        elif (
            ln.words <= 10
            and (credits.lone_organisation(ln.text) or credits.for_client(ln.text))
            and _opens_story(prev)
            and _caption_below(lines, i + 1)
        ):
            # 'OSLO (AP) — ...' / 'Getty Images' / '<caption>': the credit over its caption
            ln.role, ln.rule = "credit", "credit_over_caption"
        elif (
            ln.words <= 10
            and " for " in ln.text
            and prev.words >= 5
            and _reads_as_caption(prev.text)
            and credits.for_client(ln.text)
        ):
            # '<caption> on Monday, May 4, 2020.' / 'Jo Li for The Portvale Post'
            ln.role, ln.rule = "credit", "photographer_for_client"
    labelled = any(ln.rule == "caption_label" for ln in lines)
    for i, ln in enumerate(lines):
        if ln.role != "credit" or i == 0:
            continue
        before = lines[i - 1]
        if labelled:
            continue  # a page that labels its captions ('Image caption ...') labels them all
        after = lines[i + 1] if i + 1 < len(lines) else None
        if (
            after is not None
            and not after.role
            and _label_caption(after)
            and not (before.role == "" and _label_caption(before))
        ):
            # 'Jo Li/AP' over 'All aboard: The mayor waves from the deck': a caption written
            # as a short label, a colon and an unstopped sentence, under its credit; the
            # story line above the credit is no caption.
            after.role, after.rule = "caption", "label_caption"
            continue
        if ln.text[:8].lower() == "featured":
            continue  # 'Featured image by Jo Li/AP' credits the page's lead photo
        # The page's first line, not a sentence, over a credit is the headline over its photo.
        headline = i == 1 and not _SENTENCE_END.search(before.text)
        # The story's first paragraph ('OSLO (AP) — ...') is never a caption, nor is reported
        # speech: a credit under it stands over its photo's caption, if any.
        opens_story = not before.role and _opens_story(before)
        reports = not before.role and _reports(before.text)
        if (
            not before.role
            and before.words >= 3
            and not headline
            and not opens_story
            and not reports
        ):
            before.role, before.rule = "caption", "before_credit"
        elif headline and credits.credit_lead(ln.text) and i + 1 < len(lines):
            # 'Photo: X' under the headline: the short sentence below it is that photo's
            # caption ('Runners warm up before the race.'), the story starts after it.
            after = lines[i + 1]
            if (
                not after.role
                and 3 <= after.words <= 30
                and _SENTENCE_END.search(after.text)
                and not _opens_story(after)
            ):
                after.role, after.rule = "caption", "after_credit"
        elif (opens_story or reports) and i + 1 < len(lines) and _caption_below(lines, i + 1):
            after = lines[i + 1]
            after.role, after.rule = "caption", "after_credit"


# A photo agency's caption opens with a dateline and the day: 'OSLO, NORWAY - MAY 5: ...'.
_DATED_CAPTION = re.compile(r"[^:]{0,80}?\s[-–—]\s*[A-Z]{3,9}\.?\s+\d{1,2}(?:,\s*\d{4})?:\s")
_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
# A photo's caption ends with the day it was taken: '... on Tuesday, May 5, 2020.'
_DATE_END = re.compile(rf"\b{_MONTHS}\.? \d{{1,2}},? \d{{4}}\)?[.]?$")


def _reads_as_caption(text: str) -> bool:
    """A wire photo's caption: it ends with the day the photo was taken, or announces a file
    photo ('FILE - In this May 5, 2020, file photo, ...')."""
    return _DATE_END.search(text[-40:]) is not None or _FILE_PHOTO.match(text) is not None


def _opens_story(ln: Line) -> bool:
    """A paragraph that opens with the story's dateline ('OSLO (AP) — ...'), not a photo
    agency's dated caption ('OSLO, NORWAY - MAY 5: ...')."""
    return (
        ln.prose and ln.opening_dateline is not None and _DATED_CAPTION.match(ln.text[:120]) is None
    )


def _caption_below(lines: list[Line], at: int) -> bool:
    """The line under a credit reads as that photo's caption (`_reads_as_caption`), and is not
    another photo's caption (over a credit of its own)."""
    ln = lines[at]
    if ln.role or not 3 <= ln.words <= 60 or ln.opening_dateline or _reports(ln.text):
        return False
    if at + 1 < len(lines) and lines[at + 1].role == "credit":
        return False
    return _reads_as_caption(ln.text)


# 'All aboard: The mayor waves ...', 'Spot of bother? The crew ...': a label of a few words
# and a colon (or a question) opening a caption.
_CAPTION_LABEL = re.compile(r"^[A-Z][\w'’-]*(?: [\w'’-]+){0,4}[:?!] [A-Z‘“'\"]")


def _label_caption(ln: Line) -> bool:
    """A labelled caption: the label, then a sentence that ends without a full stop (the
    layout's captions are unstopped; a story paragraph with a lead-in label ends its
    sentence), and no dateline."""
    return (
        5 <= ln.words <= 60
        and not _SENTENCE_END.search(ln.text)
        and not ln.text.endswith((":", ",", ";"))
        and _CAPTION_LABEL.match(ln.text) is not None
        and ln.opening_dateline is None
    )


# Reported speech ('... told reporters he was "not worried"', '"...," she said'): a story
# paragraph, which a photo's credit may follow when the photo has no caption.
_REPORTED_SPEECH = re.compile(
    r"\b(?:said|says|told|telling|wrote|writes)\b[^.“\"]{0,80}[“\"]"
    r"|[”\"][^.“”\"]{0,40}\b(?:said|says|told|wrote|writes)\b"
)


def _reports(text: str) -> bool:
    return ("“" in text or '"' in text) and _REPORTED_SPEECH.search(text) is not None


def _is_captionish(lines: list[Line], i: int) -> bool:
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    return nxt is not None and nxt.role == "credit"


def _caption_style(text: str) -> bool:
    return (
        bool(
            re.match(
                r"(?i)^(?:file\b|in this\b|[A-Z][^.]{0,80}\b(?:poses|pictured|"
                r"looks on|speaks|gestures|walks|waits|attends|arrives|stands|sits)\b)",
                text,
            )
        )
        or len(text) < 400
    )


def _body(roles: Roles) -> None:
    lines = roles.lines
    title_at = next((ln.index for ln in lines if ln.role == "title"), -1)
    prose_idx = [ln.index for ln in lines if not ln.role and ln.index > title_at and ln.prose]
    if not prose_idx:
        # No sentence-like line: a short report (earnings, results). What follows the title is
        # the story; what precedes it is page furniture.
        for ln in lines:
            if not ln.role:
                after = ln.index > title_at
                ln.role, ln.rule = ("body", "short_report") if after else ("boilerplate", "no_body")
        return
    start, end = prose_idx[0], prose_idx[-1]
    opening = _after_byline_dateline(lines, prose_idx)
    if opening is not None and title_at < 0:
        start = opening
    elif opening is not None:
        # Under a headline only photo captions may stand above the byline: prose lines that
        # sit beside a credit or media label.
        above = [i for i in prose_idx if i < opening]
        if all(_beside_media(lines, i) for i in above):
            for i in above:
                lines[i].role, lines[i].rule = "caption", "beside_credit"
            start = opening
    if _standfirst(lines, title_at, start):
        lines[start].role, lines[start].rule = "standfirst", "under_headline"
        rest = [i for i in prose_idx if i > start]
        if not rest:
            return _body(roles)
        start = rest[0]
    # A dateline opens the story even when its paragraph is short ('WASHINGTON - Shr 27 cts').
    opener = next(
        (
            ln.index
            for ln in lines[title_at + 1 : start]
            if not ln.role and (ln.opening_dateline or dateline.alone(ln.text))
        ),
        None,
    )
    if opener is not None:
        start = opener
    for ln in lines:
        if ln.role:
            continue
        if start <= ln.index <= end:
            dated = ln.words <= 6 and dateline.tagged_alone(ln.text) is not None
            if ln.prose or _subheading(lines, ln) or ln.index == opener or dated:
                ln.role, ln.rule = "body", "prose"
            elif ln.table_row or _report_line(ln):
                ln.role, ln.rule = "body", "report_line"
            elif _byline_alone(lines, ln, title_at):
                ln.role, ln.rule = "byline", "names_alone"
            elif _org_line(ln.text) and _story_lines_above(lines, start, ln) <= 1:
                # 'Associated Press' alone above the story's second paragraph: its byline
                ln.role, ln.rule = "byline", "organisation_byline"
            else:
                ln.role, ln.rule = "boilerplate", "short_line"
        elif title_at < ln.index < start and _byline_alone(lines, ln, title_at):
            ln.role, ln.rule = "byline", "names_alone"
        elif title_at < ln.index < start and _org_line(ln.text):
            ln.role, ln.rule = "byline", "organisation_byline"
        elif end < ln.index <= end + 2 and _closing_credit(ln.text):
            # 'Reporting by Jo Li in Oslo; Editing by Kim Bo' under the last paragraph: the
            # story's closing credit, without its brackets
            ln.role, ln.rule = "body", "closing_credit"
        else:
            ln.role, ln.rule = "boilerplate", "outside_body"


def _closing_credit(text: str) -> bool:
    """'Reporting by Jo Li; Editing by Kim Bo', bare or in its brackets (a short bracketed
    credit is no prose line, so the body's last prose line would leave it outside)."""
    if len(text) > 300:
        return False
    if text[:1] == "(" and text.endswith(")"):
        text = text[1:-1]
    return CLOSING_PARAGRAPH.match(text) is not None


def _dash_signoff(ln: Line) -> bool:
    """'— Jo Li, Associated Press' under a paragraph: the story's writer and a news outlet
    signing it off (a quoted post's signature, '— Jo Li (@joli) July 16', names no outlet)."""
    text = ln.text
    if ln.words > 12 or "@" in text or ("," not in text and "|" not in text):
        return False  # the name and the outlet stand apart: most dashed lines are list items
    names, orgs = byline_people(text)
    rest, _ = without_organisations(text)
    for name in names:
        rest = rest.replace(name, " ").replace(name.upper(), " ")
    kinds = organisations().kinds
    return (
        bool(names)
        and bool(orgs)
        and all(kinds.get(o) in _NEWS_KINDS for o in orgs)
        and not _LIST_FILLER.sub("", rest)
    )


def _story_lines_above(lines: list[Line], start: int, ln: Line) -> int:
    """Prose lines of the story from its first line down to `ln` (photo blocks aside)."""
    return sum(x.prose and x.role in ("", "body") for x in lines[start : ln.index])


def _after_byline_dateline(lines: list[Line], prose_idx: list[int]) -> int | None:
    """Without a headline, a dateline paragraph after a byline or date stamp opens the story:
    the prose above the byline is a caption or teaser ('Jo Li, AP •' / date / 'KYIV — ...')."""
    last = prose_idx[:6][-1]
    if not any(x.role in ("byline", "date") for x in lines[prose_idx[0] : last]):
        return None  # whichever line holds the dateline, no byline stands above it
    for i in prose_idx[:6]:
        if lines[i].opening_dateline:
            if any(x.role in ("byline", "date") for x in lines[prose_idx[0] : i]):
                return i
            return None
    return None


def _beside_media(lines: list[Line], i: int) -> bool:
    return any(
        0 <= j < len(lines) and lines[j].role in ("credit", "media_label") for j in (i - 1, i + 1)
    )


def _standfirst(lines: list[Line], title_at: int, first: int) -> bool:
    """A deck: the sentence right under the headline, before the byline or date stamp."""
    if title_at < 0 or first != title_at + 1 or lines[first].opening_dateline:
        return False
    for ln in lines[first + 1 :]:
        if ln.role == "boilerplate":
            continue
        return ln.role in ("byline", "date", "media_label")
    return False


def _report_line(ln: Line) -> bool:
    """Short figure lines of a market or results report ('Net 12.6 mln vs 15.8 mln')."""
    return ln.words <= 14 and bool(_DIGIT.search(ln.text)) and not _CHROME_WORDS.search(ln.text)


def _subheading(lines: list[Line], ln: Line) -> bool:
    """Short title-case or bullet lines inside the story (section heads, list items)."""
    if ln.text[:1] in "•*–-·" and ln.words >= 3:
        return True
    nxt = lines[ln.index + 1] if ln.index + 1 < len(lines) else None
    return (
        ln.words >= 3
        and nxt is not None
        and nxt.role == ""
        and nxt.prose
        and not _PROMPT_WORDS.search(ln.text)
    )


_GAP = re.compile(r"\s{3,}")
_DECOR = re.compile(r"[|,•·]")


def _byline_alone(lines: list[Line], ln: Line, title_at: int) -> bool:
    """A name (or names) on its own line just under the headline: beside a date stamp, right
    before a dateline, decorated with an organisation or a job title, or right under the
    headline when the story never names that person again (a section label or the story's
    subject is named in the story; a capitalised pair alone is otherwise too risky)."""
    # Without a headline, a name under nothing but page chrome stands where a byline would.
    chrome_only = title_at < 0 and all(x.role == "boilerplate" for x in lines[: ln.index])
    if (ln.index > title_at + 4 and not chrome_only) or ln.words > 12:
        return False
    contact = without_contacts(ln.text)  # 'Jo Li @joli': a handle decorates the name
    spaced = _GAP.sub(" | ", contact)
    unjobbed = JOB_TAIL.sub("", spaced)
    if "/" in unjobbed:
        return False  # 'Jo Li/Invision/AP' is a photo credit
    rest, orgs = without_organisations(unjobbed)
    stripped = rest.strip(" |,•·-–—")
    names = people(stripped)
    if (
        not names
        or len(" ".join(names).split())
        < len(stripped.replace(",", " ").replace(" and ", " ").split()) - 1
    ):
        return False
    before = lines[ln.index - 1] if ln.index else None
    after = lines[ln.index + 1] if ln.index + 1 < len(lines) else None
    framed = any(x is not None and x.role in ("date", "byline") for x in (before, after))
    # 'JILL COLVIN' over 'The Associated Press': a name over its organisation's line.
    framed = framed or (after is not None and _org_line(after.text))
    opens_story = after is not None and after.opening_dateline is not None
    # 'Jo Li | Reuters', 'Jo Li, AP', 'Jo Li | Politics Reporter' (not 'New York CNN —')
    decorated = (
        contact != ln.text or unjobbed != spaced or (bool(orgs) and bool(_DECOR.search(spaced)))
    )
    alone = (
        stripped == ln.text
        and (title_at >= 0 or chrome_only)
        and _unnamed_under_title(lines, ln, title_at, names)
    )
    return framed or opens_story or decorated or alone


def _unnamed_under_title(lines: list[Line], ln: Line, title_at: int, names: list[str]) -> bool:
    """The line follows the headline (or, with `title_at` -1, the top of the page) with only
    page furniture between, is set in mixed case, and the
    story below never uses any word of the names: a byline, not the story's subject, a place
    ('New York') or a section label, whose words the story repeats."""
    if ln.text.isupper():
        return False
    if any(x.role != "boilerplate" for x in lines[title_at + 1 : ln.index]):
        return False
    story = " ".join(x.text for x in lines[ln.index + 1 :] if not x.role and x.prose)
    if not story:
        return False
    words = {w.casefold() for n in names for w in n.split()}
    return not any(w.casefold() in words for w in _WORD.findall(story))


_WORD = re.compile(r"[^\W\d_]+")


def _org_line(text: str) -> bool:
    return organisations().lookup(text) is not None
