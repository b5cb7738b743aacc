"""Media labels: the lines a page prints over or beside a photo or video ('Expand image',
'Image 2 of 5', 'Watch: Jo Li on the vote'), read from `media_labels.tsv` in the knowledge
folder so that users can add their sites' labels without touching code.

A row's `kind` says what the label tells of its media block: `chrome` says nothing of it
(never the block's slug), `titled` carries the media's title after the label. Every pattern
matches a whole line, case-insensitively.
"""

from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass
from pathlib import Path
from re import _parser  # type: ignore[attr-defined]
from typing import Final

from pipeline.parse.knowledge import knowledge_dir, last_folder
from pipeline.parse.rule_patterns import first_chars

KINDS: Final = ("chrome", "titled")


class MediaLabelError(ValueError):
    """A row of media_labels.tsv that cannot be used (unknown kind, bad pattern)."""


@dataclass(frozen=True)
class MediaLabels:
    """The table's patterns joined, and what lets most prose lines skip them: a line longer
    than `longest` can only be one of the `long` labels (those of unbounded length), and
    those open with one of `long_openers` (lower case; None when any character may)."""

    chrome: re.Pattern[str]
    every: re.Pattern[str]
    long: re.Pattern[str]
    longest: int
    long_openers: frozenset[str] | None

    def is_label(self, text: str) -> bool:
        """Whether the line is a media label of any kind."""
        if len(text) > self.longest:
            opener = text[:1]
            # a non-ASCII opener may still match an ASCII letter ('ſ' is 's' ignoring case)
            openers = self.long_openers
            if openers is not None and opener.isascii() and opener.lower() not in openers:
                return False
            return self.long.match(text) is not None
        return self.every.match(text) is not None

    def is_chrome(self, text: str) -> bool:
        """Whether the line is a label that says nothing of its media (no slug)."""
        return self.chrome.match(text) is not None


def _whole_line(patterns: list[str]) -> re.Pattern[str]:
    """The patterns as one case-insensitive match of a whole line (`$` as the rules had it:
    a final newline may follow)."""
    joined = "|".join(f"(?:{p})" for p in patterns) or "(?!)"
    return re.compile(f"^(?:{joined})$", re.IGNORECASE)


def _width(pattern: str) -> int:
    """The most characters a match of the pattern can take (re's MAXREPEAT if unbounded)."""
    return int(_parser.parse(pattern).getwidth()[1])


def _openers(patterns: list[str]) -> frozenset[str] | None:
    found: set[str] = set()
    for pattern in patterns:
        chars = first_chars(pattern)
        if chars is None:
            return None
        found.update(c.lower() for c in chars)
    return frozenset(found)


def read_table(path: Path) -> MediaLabels:
    """The labels of a media_labels.tsv file; a bad row raises `MediaLabelError`."""
    rows: dict[str, list[str]] = {kind: [] for kind in KINDS}
    with open(path, encoding="utf-8", newline="") as fh:
        for number, row in enumerate(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)):
            kind, pattern = (row.get("kind") or "").strip(), row.get("pattern") or ""
            if kind not in rows:
                raise MediaLabelError(f"{path} row {number + 2}: kind {kind!r} not in {KINDS}")
            try:
                re.compile(pattern)
            except re.error as exc:
                raise MediaLabelError(f"{path} row {number + 2}: {exc}") from None
            rows[kind].append(pattern)
    every = rows["chrome"] + rows["titled"]
    widths = [_width(p) for p in every]
    bounded = [w for w in widths if w < _parser.MAXREPEAT]
    long = [p for p, w in zip(every, widths, strict=True) if w >= _parser.MAXREPEAT]
    return MediaLabels(
        chrome=_whole_line(rows["chrome"]),
        every=_whole_line(every),
        long=_whole_line(long),
        longest=max(bounded, default=0) + 1,  # `$` also matches before a final newline
        long_openers=_openers(long),
    )


@functools.lru_cache(maxsize=4)
def media_labels_in(folder: Path) -> MediaLabels:
    """The folder's table; an older knowledge folder without the file has no labels."""
    path = folder / "media_labels.tsv"
    if not path.exists():
        never = _whole_line([])
        return MediaLabels(never, never, never, longest=0, long_openers=frozenset())
    return read_table(path)


_media_labels_of = last_folder(media_labels_in)


def media_labels() -> MediaLabels:
    return _media_labels_of(knowledge_dir())
