"""Check a knowledge folder before a parse starts.

The parser reads its tables lazily, inside each record's parse, where any exception makes
that record a `parse_error` reject. A typo in a user's table (a pattern that does not
compile, a missing column) would so reject every record of a run that then "succeeds".
`check_knowledge` loads every table up front and names the file and row instead.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final

from pipeline.parse import knowledge
from pipeline.parse.media_labels import MediaLabelError, media_labels_in

# The kinds of organisations.csv the parser gives a meaning (README, "Knowledge as data").
ORGANISATION_KINDS: Final = frozenset(
    {"wire", "newspaper", "broadcaster", "photo_agency", "distributor", "release_wire"}
)
# file: (required, columns the parser reads)
_COLUMNS: Final[dict[str, tuple[bool, tuple[str, ...]]]] = {
    "organisations.csv": (True, ("canonical", "alias", "kind")),
    "boilerplate.tsv": (True, ("rule", "ends_article", "pattern")),
    "publishers.csv": (False, ("host", "organisation")),
    "institutions.csv": (False, ("canonical", "alias")),
    "newspaper_words.csv": (False, ("word",)),
    "platforms.csv": (False, ("name",)),
    "given_names.csv": (False, ("name",)),
    "licences.csv": (False, ("name",)),
    "places.csv": (False, ("name",)),
    "place_words.csv": (False, ("word",)),
    "media_labels.tsv": (False, ("kind", "pattern")),
    "date_order.csv": (False, ("cue", "kind", "day_first")),
}


class KnowledgeError(ValueError):
    """A knowledge folder or table the parser cannot use."""


def _rows(path: Path) -> tuple[list[str], list[dict[str, Any]]]:
    """The header and rows, read as the parser reads the file."""
    with open(path, encoding="utf-8", newline="") as fh:
        if path.suffix == ".tsv":
            reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        else:
            reader = csv.DictReader(fh)
        rows = list(reader)
        return list(reader.fieldnames or []), rows


def _check_rows(path: Path, rows: list[dict[str, Any]]) -> None:
    """The values the parser would trip over or silently ignore, by row (row 1 is the
    header)."""
    for number, row in enumerate(rows, start=2):
        where = f"{path} row {number}"
        if None in row or any(v is None for v in row.values()):
            raise KnowledgeError(f"{where}: not as many fields as the header has")
        if path.name == "organisations.csv":
            if not row["alias"].strip() or not row["canonical"].strip():
                raise KnowledgeError(f"{where}: empty canonical or alias")
            if row["kind"].strip() not in ORGANISATION_KINDS:
                kinds = ", ".join(sorted(ORGANISATION_KINDS))
                raise KnowledgeError(f"{where}: kind {row['kind']!r} is not one of {kinds}")
        elif path.name == "boilerplate.tsv":
            if row["ends_article"].strip().lower() not in ("true", "false"):
                raise KnowledgeError(f"{where}: ends_article must be true or false")
            try:
                re.compile(row["pattern"], re.IGNORECASE)
            except re.error as exc:
                raise KnowledgeError(f"{where}: pattern does not compile: {exc}") from None
        elif path.name == "date_order.csv":
            if row["kind"].strip() not in ("zone", "domain"):
                raise KnowledgeError(f"{where}: kind must be zone or domain")
            if row["day_first"].strip().lower() not in ("true", "false"):
                raise KnowledgeError(f"{where}: day_first must be true or false")


# Every table as the parser loads it (lru-cached, so the parse that follows reuses them).
_LOADERS: Final[tuple[Callable[[Path], object], ...]] = (
    knowledge._organisations,
    knowledge._boilerplate,
    knowledge._line_filter,
    knowledge._any_rule,
    knowledge._publishers,
    knowledge._institutions,
    knowledge._newspaper_words,
    knowledge._platforms,
    knowledge._given_names,
    knowledge._date_order,
    knowledge._licences,
    knowledge._places,
    knowledge._place_words,
    media_labels_in,
)


def check_knowledge(folder: Path | None = None) -> Path:
    """Load every table of the folder (default: the one the parser would use, see
    COPYDESK_KNOWLEDGE); `KnowledgeError` names what is wrong. Returns the folder."""
    folder = knowledge.knowledge_dir() if folder is None else folder
    if not folder.is_dir():
        raise KnowledgeError(f"knowledge folder {folder} does not exist (COPYDESK_KNOWLEDGE)")
    for name, (required, columns) in _COLUMNS.items():
        path = folder / name
        if not path.exists():
            if required:
                raise KnowledgeError(f"knowledge folder {folder} has no {name}")
            continue
        try:
            header, rows = _rows(path)
        except (OSError, UnicodeDecodeError, csv.Error) as exc:
            raise KnowledgeError(f"{path}: cannot be read: {exc}") from None
        missing = [c for c in columns if c not in header]
        if missing:
            raise KnowledgeError(f"{path}: no column {', '.join(missing)} in its header")
        _check_rows(path, rows)
    for load in _LOADERS:
        try:
            load(folder)
        except MediaLabelError as exc:
            raise KnowledgeError(str(exc)) from None
        except Exception as exc:  # anything else the parser would meet in every record
            raise KnowledgeError(
                f"knowledge folder {folder}: {type(exc).__name__}: {exc}"
            ) from None
    return folder
