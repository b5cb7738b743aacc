"""Knowledge the parser reads from data files: organisations, publishers, places and
boilerplate rules.

Users extend `pipeline/knowledge/*.csv` (or point COPYDESK_KNOWLEDGE at a folder holding their
own copies) instead of editing code.
"""

from __future__ import annotations

import csv
import functools
import os
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final, TypeVar

from ahocorasick_rs import AhoCorasick

from pipeline.parse.alias_pattern import alternation
from pipeline.parse.rule_patterns import (
    LineFilter,
    StartIndex,
    is_anchored,
    lowercase_form,
    needs,
)

T = TypeVar("T")

_WORD_RUN: Final = re.compile(r"\w+")
# ASCII characters outside `\w` to white space, the others to themselves (every ASCII
# character has an entry: a missing one costs `translate` a KeyError): on ASCII text,
# `translate` with this and `split` give `_WORD_RUN.findall`'s words at a third of its cost.
_ASCII_NON_WORD: Final = {
    c: chr(c) if chr(c).isalnum() or c == ord("_") else " " for c in range(128)
}
_DEFAULT_DIR: Final = Path(__file__).resolve().parent.parent / "knowledge"


# The bytes dict that `os.environ` reads and writes through, on POSIX.
if sys.platform != "win32":
    from posix import environ as _posix_environ

    _RAW_ENVIRON: Final[dict[bytes, bytes] | None] = _posix_environ
else:  # pragma: no cover
    _RAW_ENVIRON: Final[dict[bytes, bytes] | None] = None


def _knowledge_setting() -> str:
    """COPYDESK_KNOWLEDGE, or '' when unset. `os.environ.get` raises and catches a KeyError
    inside when the variable is unset (the usual case), a few microseconds per article; on
    POSIX the same lookup is one dict access on the bytes dict behind `os.environ`."""
    if _RAW_ENVIRON is None:
        return os.environ.get("COPYDESK_KNOWLEDGE", "")
    raw = _RAW_ENVIRON.get(b"COPYDESK_KNOWLEDGE")
    return os.fsdecode(raw) if raw else ""


def knowledge_dir() -> Path:
    return _PINNED[-1] if _PINNED else _as_path(_knowledge_setting())


_PINNED: Final[list[Path]] = []


class pinned:
    """Read COPYDESK_KNOWLEDGE once for the enclosed work (one article's parse asks for the
    tables dozens of times, and each environment read costs about a microsecond). A class,
    not a generator context manager: entering and leaving cost a few times less."""

    __slots__ = ()

    def __enter__(self) -> None:
        _PINNED.append(_as_path(_knowledge_setting()))

    def __exit__(self, *exc: object) -> None:
        _PINNED.pop()


@functools.lru_cache(maxsize=8)
def _as_path(value: str) -> Path:
    return Path(value) if value else _DEFAULT_DIR


@dataclass(frozen=True)
class Organisations:
    """Alias lookup: text spelling (case-insensitive) to canonical name and kind.

    The derived tables are computed once at construction, in `__post_init__`, not by
    `functools.cached_property`: mypyc compiles a cached property to a plain property, so it would
    be rebuilt on every call in the compiled parser (see docs/history/BENCHMARKS-log.md)."""

    canonical: dict[str, str]
    kinds: dict[str, str]
    pattern: re.Pattern[str]
    first_words: frozenset[str] | None = field(init=False, compare=False)
    names: frozenset[str] = field(init=False, compare=False)
    longest: int = field(init=False, compare=False)
    # the last word of every alias, in lower case: a text that ends in none ends in no alias
    last_words: frozenset[str] = field(init=False, compare=False)
    # Where `find` tries the pattern: the aliases that match in any case, lower-cased, in one
    # automaton (None when an alias holds a letter that matches an ASCII one in another case,
    # 'ı': then `pattern` scans the whole text), and the short ones that match only as the
    # table spells them or in capitals ('ap', 'AP'), lower-cased.
    any_case: AhoCorasick | None = field(init=False, compare=False)
    short_aliases: frozenset[str] = field(init=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "first_words", _first_words(self.canonical))
        object.__setattr__(
            self, "last_words", frozenset(a.rpartition(" ")[2] for a in self.canonical)
        )
        # the canonical names (built once per table, not per article)
        object.__setattr__(self, "names", frozenset(self.canonical.values()))
        object.__setattr__(self, "longest", max(map(len, self.canonical), default=0))
        any_case = [a.lower() for a in self.canonical if not _short_forms(a)]
        plain = bool(any_case) and not any(_ascii_variant(c) for a in self.canonical for c in a)
        object.__setattr__(self, "any_case", AhoCorasick(any_case) if plain else None)
        short = frozenset(a.lower() for a in self.canonical if _short_forms(a))
        object.__setattr__(self, "short_aliases", short)

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, canonical) of every alias in text, longest alias first, no overlaps."""
        lower = lowered(text)  # (never None for ASCII text: its lower case)
        words: list[str] = []
        if lower is not None and text.isascii():
            words = lower.translate(_ASCII_NON_WORD).split()
            if self.first_words is not None and self.first_words.isdisjoint(words):
                return []  # no word of the text opens an alias: the scan would find nothing
        if lower is None or self.any_case is None:
            return [
                (m.start(), m.end(), self._canonical_of(m.group(0)))
                for m in self.pattern.finditer(text)
            ]
        if not text.isascii():
            words = _WORD_RUN.findall(lower)
        return self._found_at(text, self._starts(lower, words))

    def _starts(self, lower: str, words: list[str]) -> list[int]:
        """Where an alias may start in a text whose `lowered` form is `lower`: where an
        any-case alias stands in `lower` (the text's letters beyond A-Z have no case, so each
        matches only itself, and `lower` keeps every position), or a short alias stands as a
        whole word (`words`: the runs of word characters of `lower`). The pattern scans most
        lines in vain (a line with 'associated' but not 'Associated Press'); tried at these
        places only, it costs a fraction."""
        automaton = self.any_case
        starts = (
            {s for _, s, _ in automaton.find_matches_as_indexes(lower, overlapping=True)}
            if automaton is not None
            else set()
        )
        for word in self.short_aliases.intersection(words):
            at = lower.find(word)
            while at >= 0:
                starts.add(at)
                at = lower.find(word, at + 1)
        return sorted(starts)

    def _found_at(self, text: str, starts: list[int]) -> list[tuple[int, int, str]]:
        """`pattern.finditer`'s matches, trying only `starts` (it matches nowhere else)."""
        found: list[tuple[int, int, str]] = []
        end = 0
        for start in starts:
            if start < end:
                continue  # inside the last match: finditer goes on after it
            m = self.pattern.match(text, start)
            if m is not None:
                end = m.end()
                found.append((start, end, self._canonical_of(m.group(0))))
        return found

    def _canonical_of(self, matched: str) -> str:
        """The canonical name of the alias the pattern matched: its case-folded text, or (a
        letter matched by another that folds apart: 'KIBRIS' for 'Kıbrıs') the alias that
        matches it whole."""
        name = self.canonical.get(matched.casefold())
        if name is not None:
            return name
        return next(
            c for a, c in self.canonical.items() if re.fullmatch(re.escape(a), matched, re.I)
        )

    def lookup(self, text: str) -> str | None:
        key = text.strip()
        # casefold never shortens a text: a line longer than every alias names none.
        return None if len(key) > self.longest else self.canonical.get(key.casefold())


def _ascii_variant(ch: str) -> bool:
    """Whether a non-ASCII character matches an ASCII one under re.IGNORECASE ('ı' and 'i')."""
    return not ch.isascii() and any(
        re.fullmatch(re.escape(ch), chr(c), re.IGNORECASE) for c in range(128)
    )


def _first_words(aliases: dict[str, str]) -> frozenset[str] | None:
    """One word (run of word characters) of every alias, its longest (of the less common
    words, where it has one), when every alias holds a word; else None. An alias found in an
    ASCII text starts after a non-word character and ends before one, and its inner non-word
    characters are the text's (ASCII punctuation has no case): each of its words,
    lower-cased, is a whole word of the lower-cased text, and any one of them will do. An
    alias with a letter outside ASCII ('RTÉ') is never found in an ASCII text, unless such a
    letter matches an ASCII one case-insensitively (the Kelvin sign, the long s): then there
    is no fast path (None)."""
    words = set()
    for alias in aliases:
        if not alias.isascii():
            if any(not c.isascii() and (c.lower().isascii() or c.upper().isascii()) for c in alias):
                return None
            continue
        runs = [w.lower() for w in _WORD_RUN.findall(alias)]
        if not runs:
            return None
        rare = [w for w in runs if w not in _COMMON_WORDS] or runs
        words.add(max(rare, key=len))
    return frozenset(words)


# Words of news prose that organisations' names hold ('The Moscow Times', 'Radio Free
# Europe'): another word of the same alias is the better precheck, since the scan runs on
# every line that holds one of the chosen words.
_COMMON_WORDS: Final = frozenset(
    [
        "news",
        "times",
        "radio",
        "national",
        "international",
        "daily",
        "press",
        "service",
        "media",
        "network",
        "business",
        "today",
        "europe",
        "russia",
        "france",
        "japan",
        "america",
        "american",
        "london",
        "moscow",
        "york",
        "new",
        "post",
        "free",
        "morning",
        "evening",
        "story",
        "standard",
        "independent",
        "financial",
        "health",
        "talking",
        "central",
        "world",
        "the",
        "of",
        "and",
        "reporter",
        "online",
        "call",
        "roll",
    ]
)


@dataclass(frozen=True)
class BoilerplateRule:
    name: str
    pattern: re.Pattern[str]
    ends_article: bool
    # The pattern without IGNORECASE, for ASCII text in lower case (None when that could
    # differ: see `rule_patterns.lowercase_form`).
    lowered: re.Pattern[str] | None = None
    # Literals of `lowered`, one of which every match holds (None: no such test). For rules
    # not anchored at the start, which `search` must try at every position, and for anchored
    # ones that may open with any character (`rule_patterns.needs`).
    needs: tuple[str, ...] | None = None

    def search(self, text: str, lower: str | None) -> bool:
        """`pattern.search(text)`; `lower` is `text.lower()` when the text is ASCII, else None."""
        if lower is not None and self.lowered is not None:
            if self.needs is not None and not any(n in lower for n in self.needs):
                return False
            return self.lowered.search(lower) is not None
        return self.pattern.search(text) is not None


@functools.lru_cache(maxsize=4)
def _organisations(folder: Path) -> Organisations:
    canonical: dict[str, str] = {}
    kinds: dict[str, str] = {}
    with open(folder / "organisations.csv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            canonical[row["alias"].strip().casefold()] = row["canonical"].strip()
            kinds[row["canonical"].strip()] = row["kind"].strip()
    aliases = sorted(canonical, key=len, reverse=True)
    # (a hyphen and a capitalised word go on with the name: 'The Register-Guard' is not 'The
    # Register'; capitals after it do not: 'AP-NORC' names AP)
    pattern = re.compile(
        r"(?<![\w.])" + alternation(aliases, _short_forms) + r"(?!\w|(?-i:-[A-Z][a-z]))"
    )
    return Organisations(canonical, kinds, pattern)


def _short_forms(alias: str) -> tuple[str, ...]:
    """Short all-letter aliases (AP, PA, EPA) match only as whole words in upper case (or as
    the table spells them in lower case); the others in any case."""
    if len(alias) <= 4 and alias.isalpha():
        return (alias.upper(), alias) if alias.islower() else (alias.upper(),)
    return ()


def last_folder(build: Callable[[Path], T]) -> Callable[[Path], T]:
    """`build` (an lru-cached table reader) that keeps the last folder's table by identity:
    one parse asks for the tables dozens of times, always with the same pinned folder
    object, and hashing a Path costs more than the lookup."""
    last: list[tuple[Path, T]] = []  # no `cast` here: it is a call at run time

    def get(folder: Path) -> T:
        if last and last[0][0] is folder:
            return last[0][1]
        value = build(folder)
        last[:] = [(folder, value)]
        return value

    return get


def organisations() -> Organisations:
    return _organisations_of(knowledge_dir())


_organisations_of = last_folder(_organisations)


@functools.lru_cache(maxsize=4)
def _publishers(folder: Path) -> dict[str, str]:
    """Host (as the input metadata names the site) to the organisation that runs it. An
    older knowledge folder without the file has no publishers."""
    path = folder / "publishers.csv"
    if not path.exists():
        return {}
    with open(path, encoding="utf-8", newline="") as fh:
        return {
            row["host"].strip().casefold(): row["organisation"].strip()
            for row in csv.DictReader(fh)
        }


_publishers_of = last_folder(_publishers)


def publisher_organisation(publisher: str | None) -> str | None:
    """The organisation behind a publisher host ('www.nypost.com/x' -> 'New York Post')."""
    if not publisher:
        return None
    host = publisher.strip().casefold().split("/", 1)[0].removeprefix("www.")
    return _publishers_of(knowledge_dir()).get(host)


def _word_set(path: Path, column: str) -> frozenset[str]:
    """One column of a one-word-list data file, case-folded; empty when an older knowledge
    folder lacks the file."""
    if not path.exists():
        return frozenset()
    with open(path, encoding="utf-8", newline="") as fh:
        return frozenset(w for row in csv.DictReader(fh) if (w := row[column].strip().casefold()))


@functools.lru_cache(maxsize=4)
def _institutions(folder: Path) -> frozenset[str]:
    """Aliases of organisations that are neither news outlets nor agencies ('NATO', 'EU')."""
    return _word_set(folder / "institutions.csv", "alias")


@functools.lru_cache(maxsize=4)
def _newspaper_words(folder: Path) -> frozenset[str]:
    """Words that name newspapers ('Ledger', 'Courier')."""
    return _word_set(folder / "newspaper_words.csv", "word")


@functools.lru_cache(maxsize=4)
def _platforms(folder: Path) -> frozenset[str]:
    """Sites that host photos others made ('Twitter', 'Flickr'): a credit naming one names
    no agency."""
    return _word_set(folder / "platforms.csv", "name")


@functools.lru_cache(maxsize=4)
def _given_names(folder: Path) -> frozenset[str]:
    """Common given names ('Ines', 'Chidi'; a Chinese or Korean family name, said first):
    what tells a name alone on its line ('Ines Halvorsen') from a subheading in title case
    ('Final Words'). Names that are common words ('Grace', 'Mark') are left out."""
    return _word_set(folder / "given_names.csv", "name")


@functools.lru_cache(maxsize=4)
def _places(folder: Path) -> frozenset[str]:
    """Places whose names read as a person's ('New York', 'Abu Dhabi'), without full stops."""
    return frozenset(p.replace(".", "") for p in _word_set(folder / "places.csv", "name"))


@functools.lru_cache(maxsize=4)
def _place_words(folder: Path) -> frozenset[str]:
    """Words that make a two-word name a place's ('Iowa City', 'Sioux Falls'), rarely a
    person's."""
    return _word_set(folder / "place_words.csv", "word")


_institutions_of = last_folder(_institutions)
_places_of = last_folder(_places)
_place_words_of = last_folder(_place_words)
_newspaper_words_of = last_folder(_newspaper_words)
_platforms_of = last_folder(_platforms)
_given_names_of = last_folder(_given_names)


@dataclass(frozen=True)
class DateOrder:
    """Cues to which way round a page writes numeric dates (`date_order.csv`): a time zone's
    abbreviation in a stamp (`EDT`: month first; `GMT`: day first) and a publisher host's
    country-code domain (`.my`: day first)."""

    zones: dict[str, bool]  # 'EDT' -> False (month first), as written: zones are capitals
    domains: dict[str, bool]  # 'uk' -> True (day first), case-folded


@functools.lru_cache(maxsize=4)
def _date_order(folder: Path) -> DateOrder:
    zones: dict[str, bool] = {}
    domains: dict[str, bool] = {}
    path = folder / "date_order.csv"
    if path.exists():
        with open(path, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                first = row["day_first"].strip().lower() == "true"
                if row["kind"].strip() == "zone":
                    zones[row["cue"].strip()] = first
                else:
                    domains[row["cue"].strip().casefold().lstrip(".")] = first
    return DateOrder(zones, domains)


_date_order_of = last_folder(_date_order)


@dataclass(frozen=True)
class Licences:
    """The licences photos are used under (`licences.csv`): a credit's part that names
    neither its maker nor an agency ('CC BY-SA 4.0', 'under a Creative Commons license')."""

    start: re.Pattern[str]  # a licence's opening, with 'under', 'licensed under' before it
    # a licence closing a line: in brackets, after a separator, or opened by 'under' ('...
    # Jo Li/Flickr (CC BY 2.0)', '... via Flickr, used under a Creative Commons license')
    tail: re.Pattern[str]
    words: tuple[str, ...]  # the names' first words, lower-cased: a line naming one holds one

    def named_in(self, text: str) -> bool:
        """A cheap test before `tail` is searched for: the text holds a name's first word."""
        lower = text.lower()
        return any(w in lower for w in self.words)


@functools.lru_cache(maxsize=4)
def _licences(folder: Path) -> Licences:
    names = sorted(_word_set(folder / "licences.csv", "name"), key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(map(re.escape, n.split())) for n in names) or "(?!)"
    opening = (
        r"(?:(?:licensed|used|published|released)\s+)?(?:under\s+(?:an?\s+|the\s+)?)?"
        rf"(?:{alternatives})(?![a-z])"
    )
    rest = r"[^()/|!?]{0,40}?"
    tail = re.compile(
        rf"(?i)(?:\s*\(\s*{opening}[^()]{{0,40}}\)|\s*(?:[,/|]|\s[-–—])\s*{opening}{rest}"
        rf"|\s+(?=(?:licensed|used|published|released|under)\s){opening}{rest})\.?$"
    )
    words = tuple(sorted({n.split()[0] for n in names}))
    return Licences(re.compile(f"(?i){opening}"), tail, words)


_licences_of = last_folder(_licences)


def institutions() -> frozenset[str]:
    return _institutions_of(knowledge_dir())


def is_place(text: str) -> bool:
    """Whether a fragment names a place of `places.csv` ('New York', 'St. Louis', 'NEW YORK')."""
    return text.casefold().replace(".", "") in _places_of(knowledge_dir())


def place_words() -> frozenset[str]:
    return _place_words_of(knowledge_dir())


def newspaper_words() -> frozenset[str]:
    return _newspaper_words_of(knowledge_dir())


def platforms() -> frozenset[str]:
    return _platforms_of(knowledge_dir())


def given_names() -> frozenset[str]:
    return _given_names_of(knowledge_dir())


def date_order() -> DateOrder:
    return _date_order_of(knowledge_dir())


def licences() -> Licences:
    return _licences_of(knowledge_dir())


@functools.lru_cache(maxsize=4)
def _boilerplate(folder: Path) -> tuple[BoilerplateRule, ...]:
    with open(folder / "boilerplate.tsv", encoding="utf-8", newline="") as fh:
        return tuple(
            BoilerplateRule(
                row["rule"],
                re.compile(row["pattern"], re.IGNORECASE),
                row["ends_article"].strip().lower() == "true",
                lowercase_form(row["pattern"]),
                needs(row["pattern"]),
            )
            for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        )


_boilerplate_of = last_folder(_boilerplate)


def boilerplate_rules() -> tuple[BoilerplateRule, ...]:
    return _boilerplate_of(knowledge_dir())


def lowered(text: str) -> str | None:
    """`text.lower()` when matching a `BoilerplateRule.lowered` pattern against it gives what
    IGNORECASE matching of the text gives: every character is ASCII (A-Z and a-z are each
    other's only case variants there) or has no case at all ('’', '—', '©'), so `lower`
    changes nothing but A-Z. Else None (a cased letter such as 'ſ' or 'é')."""
    if text.isascii() or _UNCASED_TEXT.fullmatch(text):
        return text.lower()
    for ch in set(text):
        if ch > "\x7f" and not _uncased(ch):
            return None
    return text.lower()


@functools.lru_cache(maxsize=4096)
def _uncased(ch: str) -> bool:
    return ch.lower() == ch and ch.upper() == ch


# ASCII and the uncased characters of news text beyond it (Latin-1's signs, general
# punctuation, currency signs): one class, so a line of them is told in one `fullmatch`
# (a character loop costs about as much as the case-insensitive match it saves).
_UNCASED_TEXT: Final = re.compile(
    "[\x00-\x7f"
    + "".join(
        re.escape(ch)
        for block in ((0xA0, 0xC0), (0xD7, 0xD8), (0xF7, 0xF8), (0x2000, 0x2070), (0x20A0, 0x20C1))
        for ch in map(chr, range(*block))
        if _uncased(ch)
    )
    + "]*"
)


@functools.lru_cache(maxsize=4)
def _line_filter(folder: Path) -> LineFilter | None:
    rules = _boilerplate(folder)
    # tried at the start of every line; the others only where one of their literals stands
    anchored = [r for r in rules if r.needs is None and is_anchored(r.pattern.pattern)]
    others = [r for r in rules if r not in anchored]
    if any(r.lowered is None for r in rules) or any(r.needs is None for r in others):
        return None  # some rule can only be tried as it is
    try:
        starts = StartIndex.of([r.pattern.pattern for r in anchored])
        every = StartIndex.of([r.pattern.pattern for r in rules])
    except re.error:
        return None
    return LineFilter(starts, tuple(n for r in others if r.needs for n in r.needs), every)


def line_filter() -> LineFilter | None:
    """The current table's `LineFilter`, None when some rule does not allow one."""
    return _line_filter_of(knowledge_dir())


_line_filter_of = last_folder(_line_filter)


@functools.lru_cache(maxsize=4)
def _any_rule(folder: Path) -> re.Pattern[str] | None:
    """All boilerplate rules as one alternation: it matches at a position exactly when one of
    the rules does (each rule in its own group, with the rules' flag). None when a rule cannot
    share a pattern: a back-reference would point at another rule's group, and global flags
    must open a pattern."""
    patterns = [r.pattern.pattern for r in _boilerplate(folder)]
    if any(re.search(r"\\\d|\(\?P=|\(\?[aiLmsux]+\)", p) for p in patterns):
        return None
    try:
        return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
    except re.error:
        return None


def any_boilerplate_start(text: str) -> bool:
    """Whether some boilerplate rule may match at the start of the text (True when the rules
    could not be joined: then each rule must be tried)."""
    joined = _any_rule_of(knowledge_dir())
    return joined is None or joined.match(text) is not None


_any_rule_of = last_folder(_any_rule)
