"""What the boilerplate rules' regular expressions allow, read from their parsed form: where
a match can start, which literals it must hold, whether it can run on lower-case text, and
the characters it can open with. The parser uses these facts to skip rules that cannot match
a line (most lines are prose), never to change what a rule matches.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from re import _parser  # type: ignore[attr-defined]
from typing import Any, Final

from ahocorasick_rs import AhoCorasick


def is_anchored(pattern: str) -> bool:
    """Whether every match of the pattern starts at the start of the text ('^', no MULTILINE
    flag: the rules are compiled without it), so `search` is `match`."""
    try:
        items = list(_parser.parse(pattern))
    except re.error:
        return False
    starts = [items[:1]]
    if items and str(items[0][0]) == "BRANCH":
        starts = [list(b)[:1] for b in items[0][1][1]]
    return all(s and str(s[0][0]) == "AT" and str(s[0][1]) == "AT_BEGINNING" for s in starts)


def needs(pattern: str) -> tuple[str, ...] | None:
    """Literals one of which every match of the (case-sensitive) pattern holds, or None when
    the pattern is anchored at the start and opens with a known character (a failed try
    costs little) or no such set is found. A pattern anchored at the start that may open
    with any character gets its literals when each is rare in prose (`_RARE` characters or
    more): a try walks the line's first words ('the X Y is a nonprofit newsroom'), and a
    substring test is cheaper; a common one (':', 'share') would send many lines to it."""
    anchored = is_anchored(pattern)
    if anchored and first_chars(pattern) is not None:
        return None
    try:
        found = _required(list(_parser.parse(pattern)))
    except re.error:
        return None
    if anchored and found and min(map(len, found)) < _RARE:
        return None
    return found


_RARE: Final = 8


def _required(items: list[Any]) -> tuple[str, ...] | None:
    """The best literal set of a parsed sequence: a run of literals, the union of every
    branch's set, a group's or a repeated (at least once) item's set, or a class of
    literal characters. Best: the longest shortest literal."""
    best: tuple[str, ...] | None = None

    def consider(found: tuple[str, ...] | None) -> None:
        nonlocal best
        if found and (best is None or _rank(found) > _rank(best)):
            best = found

    run: list[str] = []
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            run.append(chr(av))
            continue
        consider(("".join(run),) if run else None)
        run = []
        if name == "BRANCH":
            parts = [_required(list(b)) for b in av[1]]
            if all(parts):
                consider(tuple(x for part in parts if part for x in part))
        elif name == "SUBPATTERN":
            consider(_required(list(av[3])))
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") and av[0] >= 1:
            consider(_required(list(av[2])))
        elif name == "IN" and av and all(str(o) == "LITERAL" for o, _ in av):
            consider(tuple(chr(a) for _, a in av))
    consider(("".join(run),) if run else None)
    return best


def _rank(found: tuple[str, ...]) -> tuple[int, int]:
    return min(map(len, found)), -len(found)


_ESCAPE: Final = re.compile(r"\\(.)", re.DOTALL)
_CLASS: Final = re.compile(r"\[[^\]]*\]")
_UNSAFE: Final = re.compile(r"\\[0-9xuUNg]|\(\?(?!:|=|!|<=|<!)")


def lowercase_form(pattern: str) -> re.Pattern[str] | None:
    """The pattern compiled case-sensitively, when matching it so against the lower-case form
    of an ASCII text gives what IGNORECASE matching of the text gives: every letter it names
    is a lower-case literal (escapes such as \\S or \\b name character classes that do not
    depend on case), it names no cased non-ASCII letter and no range in a character class,
    and it has no inline flags, back-references, named groups or numeric character escapes
    (which could name an upper-case letter). On ASCII text, IGNORECASE equates exactly A-Z
    with a-z, which `str.lower` maps one to one."""
    plain = _ESCAPE.sub("", pattern)
    if _UNSAFE.search(pattern) or re.search("[A-Z]", plain):
        return None
    if any(not ch.isascii() and (ch.lower() != ch or ch.upper() != ch) for ch in plain):
        return None  # 'ſ' or the Kelvin sign match ASCII letters case-insensitively
    if any("-" in c for c in _CLASS.findall(plain)):
        return None  # a range such as [0-_] holds upper-case letters without their lower case
    try:
        return re.compile(pattern)
    except re.error:
        return None


def first_chars(pattern: str) -> frozenset[str] | None:
    """The characters a match of the (case-sensitive) pattern can open with; None when any
    character may (a class such as \\w or [^x], '.', an empty match) or the form is unknown."""
    try:
        parsed = _parser.parse(pattern)
    except re.error:
        return None
    if parsed.state.flags & re.IGNORECASE:
        return None  # '(?i)x' opens with 'x' or 'X'
    found = _first(list(parsed))
    if found is None or found[1]:
        return None  # an empty match opens with no character at all
    return frozenset(found[0])


# A class spanning more characters than this counts as 'any character'.
_WIDEST_RANGE: Final = 128


def _first(items: list[Any]) -> tuple[set[str], bool] | None:
    """(opening characters, whether the sequence can match the empty string), or None."""
    chars: set[str] = set()
    for op, av in items:
        name = str(op)
        if name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue  # zero width: '^', '\\b', a lookaround (a superset is safe)
        found = _first_of(name, av)
        if found is None:
            return None
        chars |= found[0]
        if not found[1]:
            return chars, False
    return chars, True


def _first_of(name: str, av: Any) -> tuple[set[str], bool] | None:
    """`_first` of one parsed item."""
    if name == "LITERAL":
        return {chr(av)}, False
    if name == "IN":
        chars: set[str] = set()
        for op, arg in av:
            kind = str(op)
            if kind == "LITERAL":
                chars.add(chr(arg))
            elif kind == "RANGE" and arg[1] - arg[0] < _WIDEST_RANGE:
                chars.update(map(chr, range(arg[0], arg[1] + 1)))
            else:
                return None  # a negated class or a category (\\d, \\s, \\w)
        return chars, False
    if name == "SUBPATTERN":
        if av[1] & re.IGNORECASE:
            return None  # '(?i:x)' opens with 'x' or 'X'
        return _first(list(av[3]))
    if name == "BRANCH":
        chars, empty = set(), False
        for branch in av[1]:
            found = _first(list(branch))
            if found is None:
                return None
            chars |= found[0]
            empty = empty or found[1]
        return chars, empty
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        found = _first(list(av[2]))
        return None if found is None else (found[0], found[1] or av[0] == 0)
    if name == "ATOMIC_GROUP":
        return _first(list(av))
    return None


def first_pairs(pattern: str) -> frozenset[str] | None:
    """The two-character strings a match of the (case-sensitive) pattern must open with; None
    when some match may be shorter or the form is not one of the simple ones read here (a
    literal, a class of literals, a group or an alternation of them, as boilerplate rows open:
    '^(?:sign up|subscribe)'). A superset is safe: a line is then tried on more patterns."""
    try:
        parsed = _parser.parse(pattern)
    except re.error:
        return None
    if parsed.state.flags & re.IGNORECASE:
        return None
    found = _strings(list(parsed), 2)
    return frozenset(found) if found is not None else None


# More opening strings than this and the pattern goes by its first character only.
_MOST_PAIRS: Final = 64


def _strings(items: list[Any], k: int) -> set[str] | None:
    """The strings of length k that every match of the item sequence opens with, or None."""
    if k == 0:
        return {""}
    while items and str(items[0][0]) in ("AT", "ASSERT", "ASSERT_NOT"):
        items = items[1:]  # zero width ('^', '\\b', a lookaround): a superset is safe
    if not items:
        return None  # the match may end here, shorter than k
    name, av = str(items[0][0]), items[0][1]
    rest = items[1:]
    if name in ("LITERAL", "IN"):
        found = _first_of(name, av)
        if found is None:
            return None
        tails = _strings(rest, k - 1)
        if tails is None or len(found[0]) * len(tails) > _MOST_PAIRS:
            return None
        return {c + t for c in found[0] for t in tails}
    if name == "SUBPATTERN":
        if av[1] & re.IGNORECASE:
            return None
        return _strings([*av[3], *rest], k)
    if name == "BRANCH":
        out: set[str] = set()
        for branch in av[1]:
            found_branch = _strings([*branch, *rest], k)
            if found_branch is None:
                return None
            out |= found_branch
            if len(out) > _MOST_PAIRS:
                return None
        return out
    return None  # a repeat, a category, any character: by the first character only


def max_span(pattern: str) -> int | None:
    """The most characters a match of the pattern can span when every match must run to the
    text's end ('$', no MULTILINE flag), or None (unbounded, or not tied to the end): a text
    longer than that by two (a final newline aside) cannot match it. Most boilerplate rows are
    whole short lines ('^(?:share|print)$'), never a paragraph."""
    try:
        items = list(_parser.parse(pattern))
    except re.error:
        return None
    if not _ends_at_end(items):
        return None
    high = _parser.SubPattern(_parser.State(), items).getwidth()[1]
    return high if high < _UNBOUNDED else None


# sre's widths stop at MAXREPEAT (an open repeat): anything this long counts as unbounded.
_UNBOUNDED: Final = 10_000


def _ends_at_end(items: list[Any]) -> bool:
    """Whether every match of the parsed sequence ends with '$' (each branch's does)."""
    if not items:
        return False
    name, av = str(items[-1][0]), items[-1][1]
    if name == "AT":
        return str(av) == "AT_END"
    if name == "SUBPATTERN":
        return _ends_at_end(list(av[3]))
    if name == "BRANCH":
        return all(_ends_at_end(list(b)) for b in av[1])
    return False


def alternatives(pattern: str) -> list[str]:
    """The pattern's top-level alternatives, and those of a group that spans a whole
    alternative between '^' and '$' ('^(?:a|b)$' gives '^a$' and '^b$'): patterns one of
    which matches where the pattern does, so that `max_span` can leave out each short one.
    A pattern with inline flags or named groups stays whole (a flag or a group name would not
    carry over)."""
    if (pattern.startswith("(?") and pattern[2:3] not in (":", "=", "!", "<")) or "(?P" in pattern:
        return [pattern]
    out: list[str] = []
    for part in _top_level(pattern, "|"):
        inner = part[4:-2] if part.startswith("^(?:") and part.endswith(")$") else None
        if inner is not None and _top_level(inner, ")") == [inner]:
            out += [f"^{x}$" for x in _top_level(inner, "|")]
        else:
            out.append(part)
    return out


def _top_level(pattern: str, mark: str) -> list[str]:
    """The pattern cut at each `mark` outside groups, classes and escapes ('|' for its
    alternatives; ')' to see whether a group closes before the end)."""
    parts: list[str] = []
    depth, start, i, opened = 0, 0, 0, -1  # `opened`: where the class being read opened
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if opened >= 0:
            if ch == "]" and i > opened + 1:  # ('[]x]', '[^]x]': a first ']' is a literal)
                opened = -1
        elif ch == "[":
            opened = i + 1 if pattern[i + 1 : i + 2] == "^" else i
        elif depth == 0 and ch == mark:
            parts.append(pattern[start:i])
            start = i + 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        i += 1
    parts.append(pattern[start:])
    return parts


# A text longer than this is tried on the rules that can match so long a text only.
LONG_TEXT: Final = 200


def _joined(patterns: Sequence[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns) or "(?!)"


@functools.lru_cache(maxsize=1024)
def _compiled(source: str) -> re.Pattern[str]:
    return re.compile(source)


# A numbered back-reference ('\\1') points at a group by its place in the whole alternation:
# an index with one compiles every alternation when it is built, not when first used.
_NUMBERED_REFERENCE: Final = re.compile(r"\\[1-9]")
# The openings an index keeps its alternation for (a bound for texts of many scripts).
_MOST_OPENINGS: Final = 8192


@dataclass(frozen=True)
class StartIndex:
    """Patterns joined into one alternation per opening, for `match` at a text's start: `re`
    tries the branches of an alternation one by one, and a line's first characters rule out
    most boilerplate rules (they open with a word of their own). Each alternation also holds
    the patterns a text of that opening may still match, so that one `match` decides. An
    alternation is compiled when a text first needs it (a table's hundred openings cost half
    a second to compile, and a short run meets few of them)."""

    # The patterns that open with one of a few two-character strings, by that string (most
    # lines open with a letter that opens many rules, 't', few with the two letters of one),
    # with those that open with the string's first character and those that may open with
    # any character: the alternation's source.
    by_pair: dict[str, str]
    # The patterns that open with the key, and those that may open with any character: for a
    # text whose first two characters open no pattern by pair.
    by_char: dict[str, str]
    anywhere: str  # the patterns that may open with any character
    # The same without the patterns that cannot match a text over LONG_TEXT characters
    # (`max_span`), for such texts: most lines are paragraphs, most rules short lines.
    long: StartIndex | None = None
    # The compiled alternation of each opening (a text's first two characters) met so far.
    found: dict[str, re.Pattern[str]] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def of(cls, patterns: Sequence[str], short_too: bool = True) -> StartIndex:
        """Raises `re.error` as `re.compile` of the joined patterns would."""
        long = None
        if short_too:
            parts = [part for p in patterns for part in alternatives(p)]
            reach = [p for p in parts if (span := max_span(p)) is None or span >= LONG_TEXT - 1]
            long = cls.of(reach, short_too=False)
        pairs = [first_pairs(p) for p in patterns]
        firsts = [None if pair else first_chars(p) for p, pair in zip(patterns, pairs, strict=True)]
        loose = [
            p for p, f, pair in zip(patterns, firsts, pairs, strict=True) if f is None and not pair
        ]

        def opening_with(c: str) -> list[str]:
            return [p for p, f in zip(patterns, firsts, strict=True) if f and c in f]

        chars = sorted({c for found in firsts if found for c in found})
        by_char = {c: _joined([*opening_with(c), *loose]) for c in chars}
        keys = sorted({k for found in pairs if found for k in found})
        by_pair = {
            k: _joined(
                [
                    *(p for p, f in zip(patterns, pairs, strict=True) if f and k in f),
                    *opening_with(k[0]),
                    *loose,
                ]
            )
            for k in keys
        }
        # The whole alternation compiles (or raises) now: then so does each part of it, unless
        # a back-reference counts groups across patterns.
        _compiled(_joined(patterns))
        anywhere = _joined(loose)
        if any(_NUMBERED_REFERENCE.search(p) for p in patterns):
            for source in (*by_pair.values(), *by_char.values(), anywhere):
                _compiled(source)
        return cls(by_pair, by_char, anywhere, long)

    def match(self, text: str) -> bool:
        """Whether one of the patterns matches at the start of the text."""
        if self.long is not None and len(text) > LONG_TEXT:
            return self.long.match(text)
        opening = text[:2]
        found = self.found.get(opening)
        if found is None:
            found = self._alternation(opening)
        return found.match(text) is not None

    def _alternation(self, opening: str) -> re.Pattern[str]:
        source = self.by_pair.get(opening) or self.by_char.get(opening[:1]) or self.anywhere
        found = _compiled(source)
        if len(self.found) < _MOST_OPENINGS:
            self.found[opening] = found
        return found


@dataclass(frozen=True)
class LineFilter:
    """A test, on the lower-case form of an ASCII line, that no boilerplate rule matches it:
    a `match` of the rules anchored at the start and a search for the literals one of which
    each other rule's matches hold."""

    anchored: StartIndex
    needs: tuple[str, ...]
    joined: StartIndex  # all rules, for a `match` at the start

    needed: tuple[str, ...] = field(init=False, compare=False)
    automaton: AhoCorasick | None = field(init=False, compare=False)

    def __post_init__(self) -> None:
        # The literals without those that hold another one ('comment policy' is found
        # wherever 'facebook commenting policy' is), searched for all at once by an
        # Aho-Corasick automaton: one pass over the line, about 4x faster on this project's
        # lines (389 characters on average) than one substring search per literal (30 of
        # them), which took a sixth of the parser's time. Set once here, as `Organisations`
        # explains.
        unique = sorted(set(self.needs), key=len)
        needed = tuple(n for i, n in enumerate(unique) if not any(m in n for m in unique[:i]))
        object.__setattr__(self, "needed", needed)
        object.__setattr__(self, "automaton", AhoCorasick(list(needed)) if needed else None)

    def may_match(self, lower: str) -> bool:
        if self.anchored.match(lower):
            return True
        found = self.automaton
        return found is not None and bool(found.find_matches_as_indexes(lower))

    def any_start(self, lower: str) -> bool:
        """`any_boilerplate_start` of the text whose `lowered` form this is."""
        return self.joined.match(lower)
