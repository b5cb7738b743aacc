"""The line model: non-empty input lines, joined where a text was hard-wrapped.

Every pass of the parser reads and marks these `Line` objects; `Roles` holds one text's lines.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Final

from pipeline.parse import credits_glued, dateline

SENTENCE_END: Final = re.compile(r"[.!?…][\"”’')\]]*$")
# Columns of a table laid out with spaces (Reuters market reports).
_COLUMN_GAP: Final = re.compile(r"(?<=\S) {2,}(?=\S)")
_WIDE_GAP: Final = re.compile(r"\S {3,}\S")


def is_table_row(text: str) -> bool:
    """Two column gaps, or one wide one (linear: no backtracking over the line)."""
    if "  " not in text:
        return False  # every gap is two spaces or more: most lines end here
    return bool(_WIDE_GAP.search(text)) or len(_COLUMN_GAP.findall(text)) >= 2


class Line:
    """One non-empty input line and what the parser decided about it.

    A plain class, not a dataclass: mypyc compiles its `__init__` (a dataclass's generated
    `__init__` stays interpreted code, ~1 % of the compiled parser's time, one per line)."""

    __slots__ = (
        "_dateline",
        "_glued",
        "_prose",
        "blank_before",
        "glued_credit",
        "indent",
        "index",
        "role",
        "rule",
        "span",
        "text",
        "words",
    )

    def __init__(
        self,
        index: int,
        text: str,
        indent: int,
        blank_before: bool,
        role: str = "",
        rule: str = "",
        glued_credit: str | None = None,
        span: int = 1,
        words: int = 0,
    ) -> None:
        self.index = index
        self.text = text
        self.indent = indent
        self.blank_before = blank_before
        self.role = role
        self.rule = rule
        self.glued_credit = glued_credit
        self.span = span  # physical lines joined into this one (hard-wrapped text)
        self.words = words  # white-space separated words of `text`
        self._prose: bool | None = None  # computed once
        self._dateline: dateline.Dateline | bool | None = False  # False until looked for
        self._glued: tuple[str, str] | bool | None = False  # False until looked for

    def __repr__(self) -> str:
        return f"Line({self.index}, {self.text!r}, role={self.role!r}, rule={self.rule!r})"

    @property
    def opening_dateline(self) -> dateline.Dateline | None:
        """`dateline.find(text)`, looked for once: several passes ask for it, and the text
        does not change after `unwrap` and `join_credit_labels`, which run first."""
        if self._dateline is False:
            self._dateline = dateline.find(self.text)
        return self._dateline if isinstance(self._dateline, dateline.Dateline) else None

    @property
    def glued_split(self) -> tuple[str, str] | None:
        """`credits_glued.split_glued(text)` (the text before a credit glued to its end, and the
        credit), looked for once: the headline, caption and media passes all ask."""
        if self._glued is False:
            self._glued = credits_glued.split_glued(self.text)
        return self._glued if isinstance(self._glued, tuple) else None

    @property
    def prose(self) -> bool:
        """Sentence-like: enough words, or a sentence ending."""
        if self._prose is None:
            words = self.words
            self._prose = words >= 12 or (words >= 5 and bool(SENTENCE_END.search(self.text)))
        return self._prose

    @property
    def table_row(self) -> bool:
        return self.span == 1 and is_table_row(self.text)


class Roles:
    """One text's lines (a plain class for mypyc, as `Line`)."""

    __slots__ = ("lines", "title")

    def __init__(self, lines: list[Line] | None = None) -> None:
        self.lines: list[Line] = [] if lines is None else lines
        # the headline's text where it differs from its line's (`headline.mark_title`)
        self.title = ""

    def of(self, role: str) -> list[Line]:
        return [ln for ln in self.lines if ln.role == role]

    def physical_roles(self) -> list[str]:
        """One role per non-empty input line, in input order."""
        return [ln.role for ln in self.lines for _ in range(ln.span)]


# The white space `str.split()` splits at, but for ' ' and '\n' (a test checks the list).
_OTHER_SPACES_ASCII: Final = "\t\x0b\x0c\r\x1c\x1d\x1e\x1f"
_OTHER_SPACES: Final = (
    _OTHER_SPACES_ASCII
    + "\x85\xa0\u1680\u2028\u2029\u202f\u205f\u3000"
    + "".join(map(chr, range(0x2000, 0x200B)))
)


def _spaces_only(text: str) -> bool:
    """Whether ' ' and '\n' are the only white space in the text: then the words of a
    stripped line without a double space are its spaces plus one (no word list to build)."""
    others = _OTHER_SPACES_ASCII if text.isascii() else _OTHER_SPACES
    return not any(map(text.__contains__, others))


# No-break and typographic spaces ('Helsinki\xa0summit', '7:00\u202fAM'): a browser's copy
# holds them wherever the page's markup did. Lines get plain spaces, so that a rule's ' '
# (and a reader's search) matches them; `str.split()` already took them for spaces.
_NO_BREAK_CHARS: Final = "\xa0\u202f\u205f" + "".join(map(chr, range(0x2000, 0x200B)))
_NO_BREAK: Final = re.compile(f"[{_NO_BREAK_CHARS}]")
# Zero-width marks ('\u200b' at a line's end hides the line's form from every rule): ingest's
# `decode.normalise` drops them too, but a caller may parse a text it never decoded.
_ZERO_WIDTH_CHARS: Final = "\u200b\ufeff\u2060"
_ZERO_WIDTH: Final = re.compile(f"[{_ZERO_WIDTH_CHARS}]")


def split_lines(text: str) -> list[Line]:
    """Non-empty lines, with indentation and blank-line breaks kept for paragraph joining,
    plain spaces for no-break and typographic ones, and no zero-width marks (a line of nothing
    else is blank, as ingest's `decode.normalise` leaves it)."""
    out: list[Line] = []
    zero_width = False
    if not text.isascii():
        # (one substring test per character is ~10x faster than a search for the class)
        if any(map(text.__contains__, _NO_BREAK_CHARS)):
            text = _NO_BREAK.sub(" ", text)
        zero_width = any(map(text.__contains__, _ZERO_WIDTH_CHARS))
    blank = False
    spaces_only = _spaces_only(text)
    # a carriage return written out ('REUTER^M'); a one-character search is a fast memchr
    written_cr = "^" in text and "^M" in text
    for raw in text.split("\n"):
        stripped = raw.strip()
        if zero_width:
            stripped = _ZERO_WIDTH.sub("", stripped).strip()
        if written_cr and stripped.endswith("^M") and len(stripped) > 2:
            stripped = stripped[:-2].rstrip()
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


_SITE_SUFFIX: Final = re.compile(r"\s[|–—-]\s")
# A wrap after a compound's hyphen ('well-' / 'known': Python's textwrap breaks there): the
# word goes on without a space. A spaced dash ('Kyiv -') or a doubled one ('--') does not,
# nor a suspended hyphen ('medium-' / 'and long-term', 'pre-' / 'or post-war').
_HYPHEN_BREAK: Final = re.compile(r"[^\s-]-\Z")
_SUSPENDED: Final = re.compile(r"(?:and|or|nor|to)(?![\w-])")


def _caps_headline_lines(lines: list[Line]) -> int:
    """How many lines a headline in capitals wrapped over two to four lines may take: the
    text's first block (up to the first blank line), in capitals (but a site's name after a
    dash on its last line: '... VALUES!!! – News 4 Today'); 0 for any other text. `unwrap`
    joins them as it joins other lines ('... FOR NUCLEAR' over 'ATTACK'; not after a sentence's
    end). A wire report in capitals keeps its headline apart from the story under it, and the
    story's paragraphs in capitals apart from each other: there no blank line closes the
    headline."""
    end = next((ln.index for ln in lines[1:5] if ln.blank_before), None)
    if end is None or end < 2 or not all(ln.text.isupper() for ln in lines[: end - 1]):
        return 0
    if not _SITE_SUFFIX.split(lines[end - 1].text, 1)[0].isupper():
        return 0
    return end


def _joined(parts: list[str]) -> str:
    """Wrapped lines as one paragraph: a space between lines, none after a compound's hyphen
    followed by a letter or digit (unless the hyphen is suspended)."""
    out = [parts[0]]
    for before, part in pairwise(parts):
        glued = (
            _HYPHEN_BREAK.search(before) is not None
            and part[:1].isalnum()
            and not _SUSPENDED.match(part)
        )
        out.append(part if glued else " " + part)
    return "".join(out)


# 'By Jo Li', 'BY JO LI AND KIM BO': names alone after 'By', no sentence.
_NAMES_BYLINE: Final = re.compile(
    r"(?:By|BY) [A-Z][\w.'’-]*(?:,? [A-Z][\w.'’-]*| and| AND| &){0,8}$"
)


def unwrap(lines: list[Line]) -> list[Line]:
    """Join hard-wrapped lines (Reuters' ~70-column bodies) back into paragraphs.

    Text counts as hard-wrapped when most lines fill nearly the same width without ending a
    sentence; a line continues the previous one unless a blank line or an indent breaks it.
    """
    lengths = sorted(len(ln.text) + ln.indent for ln in lines)
    if len(lines) < 4:
        return lines
    width = lengths[int(0.95 * (len(lengths) - 1))]
    # a ragged right margin: lines a few columns past the estimate are full too (in a short
    # text the estimate is its second-longest line)
    full = sum(1 for n in lengths if 0.8 * width <= n <= 1.15 * width)
    base = min(ln.indent for ln in lines)
    # Two full lines suffice in a short item with a typed paragraph indent, as wire copy
    # has ('    OSLO, March 5 - ...' over its wrapped lines); otherwise it takes three.
    indents = sum(1 for ln in lines if ln.indent >= base + 2)
    if width > 100 or width < 40 or full < max(2 if indents else 3, 0.25 * len(lines)):
        return lines
    # Where indents open the paragraphs, only an indent (or a blank line) ends one: a line
    # that ends in 'U.N.' or 'Inc.' runs on into the next ('U.N.' / 'Security Council.').
    marked = indents >= 2
    caps_headline = _caps_headline_lines(lines)
    groups: list[list[Line]] = []
    for ln in lines:
        last = groups[-1][-1] if groups else None
        continues = (
            last is not None
            and not ln.blank_before
            and ln.indent <= base
            and (not groups[-1][0].text.isupper() or ln.index < caps_headline)
            and len(last.text) + last.indent >= 0.7 * width
            and (marked or not (SENTENCE_END.search(last.text) and ln.text[:1].isupper()))
            and not is_table_row(ln.text)
            and not is_table_row(last.text)
            # (a byline under a long headline starts a line of its own: 'By Jo Li')
            and not (ln.text[:3] in ("By ", "BY ") and _NAMES_BYLINE.match(ln.text))
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
            head.text = _joined([ln.text for ln in group])
            head.span = len(group)
            head.words = sum(ln.words for ln in group)  # the parts are stripped and non-empty
        out.append(head)
    return out
