"""Knowledge the parser reads from data files: organisations and boilerplate rules.

Users extend `pipeline/knowledge/*.csv` (or point COPYDESK_KNOWLEDGE at a folder holding their
own copies) instead of editing code.
"""

from __future__ import annotations

import contextlib
import csv
import functools
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

_DEFAULT_DIR = Path(__file__).resolve().parent.parent / "knowledge"


def knowledge_dir() -> Path:
    return _PINNED[-1] if _PINNED else _as_path(os.environ.get("COPYDESK_KNOWLEDGE", ""))


_PINNED: list[Path] = []


@contextlib.contextmanager
def pinned() -> Iterator[None]:
    """Read COPYDESK_KNOWLEDGE once for the enclosed work (one article's parse asks for the
    tables dozens of times, and each environment read costs about a microsecond)."""
    _PINNED.append(_as_path(os.environ.get("COPYDESK_KNOWLEDGE", "")))
    try:
        yield
    finally:
        _PINNED.pop()


@functools.lru_cache(maxsize=8)
def _as_path(value: str) -> Path:
    return Path(value) if value else _DEFAULT_DIR


@dataclass(frozen=True)
class Organisations:
    """Alias lookup: text spelling (case-insensitive) to canonical name and kind."""

    canonical: dict[str, str]
    kinds: dict[str, str]
    pattern: re.Pattern[str]

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, canonical) of every alias in text, longest alias first, no overlaps."""
        return [
            (m.start(), m.end(), self.canonical[m.group(0).casefold()])
            for m in self.pattern.finditer(text)
        ]

    def lookup(self, text: str) -> str | None:
        key = text.strip()
        # casefold never shortens a text: a line longer than every alias names none.
        return None if len(key) > self.longest else self.canonical.get(key.casefold())

    @functools.cached_property
    def longest(self) -> int:
        return max(map(len, self.canonical), default=0)


@dataclass(frozen=True)
class BoilerplateRule:
    name: str
    pattern: re.Pattern[str]
    ends_article: bool


@functools.lru_cache(maxsize=4)
def _organisations(folder: Path) -> Organisations:
    canonical: dict[str, str] = {}
    kinds: dict[str, str] = {}
    with open(folder / "organisations.csv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            canonical[row["alias"].strip().casefold()] = row["canonical"].strip()
            kinds[row["canonical"].strip()] = row["kind"].strip()
    aliases = sorted(canonical, key=len, reverse=True)
    # Short all-letter aliases (AP, PA, EPA) match only as whole words in upper case.
    parts = []
    for alias in aliases:
        body = re.escape(alias)
        if len(alias) <= 4 and alias.isalpha():
            parts.append(
                f"(?-i:{re.escape(alias.upper())}|{re.escape(alias)})"
                if alias.islower()
                else f"(?-i:{re.escape(alias.upper())})"
            )
        else:
            parts.append(body)
    pattern = re.compile(r"(?<![\w.])(?:" + "|".join(parts) + r")(?![\w])", re.IGNORECASE)
    return Organisations(canonical, kinds, pattern)


def organisations() -> Organisations:
    return _organisations(knowledge_dir())


@functools.lru_cache(maxsize=4)
def _boilerplate(folder: Path) -> tuple[BoilerplateRule, ...]:
    with open(folder / "boilerplate.tsv", encoding="utf-8", newline="") as fh:
        return tuple(
            BoilerplateRule(
                row["rule"],
                re.compile(row["pattern"], re.IGNORECASE),
                row["ends_article"].strip().lower() == "true",
            )
            for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        )


def boilerplate_rules() -> tuple[BoilerplateRule, ...]:
    return _boilerplate(knowledge_dir())


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
    joined = _any_rule(knowledge_dir())
    return joined is None or joined.match(text) is not None
