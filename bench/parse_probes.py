"""Robustness probes of the parser: the same pages in other forms.

    python bench/parse_probes.py [--corpora ../shared/corpora]

Each probe rewrites labelled texts in a way that keeps their meaning (line endings, no-break and
zero-width spaces, chrome over the page, lines in capitals, hard wraps, a cleaner copy, credit
before caption, ...) and counts what moved against the text as given: on the gold_dev development
pages the scores (`copydesk eval parse`'s scorecard) or the roles and fields; on BBC, Horne,
FakeNewsNet and article_extraction_424 the title, reporters, dateline and outlet; on ISOT's
unlabelled `Fake.csv` the photo labels left at a body's end (a glued credit missed). Held-out pages
are never read. Run it with `PYTHONPATH` at another checkout (with this checkout's
`pipeline/perturb.py` copied in) to measure that checkout's parser; docs/history/EVALUATION-log.md,
session of 2026-12-03 15:30 UTC, gives both. The rows that pass are kept as tests in
`tests/test_evaluate_perturbed.py`, which share the changes of `pipeline.perturb`.
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pipeline.evaluate import Case, cases_for, evaluate, fold, gold_dev_cases
from pipeline.parse import parse_text
from pipeline.perturb import (
    AGENCY_FORMS,
    BYLINE_FORMS,
    BYLINE_ORG_FORMS,
    CHROME,
    CREDIT_FORMS,
    FORMS,
    GLUED_FORMS,
    MEDIA_LABELS,
    PAGE_FORMS,
    Change,
    block_moves,
    byline_rewrites,
    caption_splits,
    chrome_slot,
    credit_rewrites,
    deck_insertion,
    glued_rewrites,
    hard_wrapped,
    in_capitals,
    label_insertions,
)

FIELDS = ("title", "reporters", "outlet", "dateline_place", "published")
# Beyond the pages' tests: the headline in capitals and a hard wrap (both still move some).
PROBE_PAGE_FORMS: dict[str, Change] = {
    **PAGE_FORMS,
    "headline in capitals": lambda t: "\n".join([t.split("\n")[0].upper(), *t.split("\n")[1:]]),
    "hard wrap at 75": hard_wrapped,
}


def _flat(tree: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in tree.items():
        if isinstance(value, dict):
            out.update(_flat(value, f"{prefix}{key}/"))
        elif isinstance(value, float | int) and key != "n":
            out[prefix + key] = value
    return out


def _moved(plain: dict[str, Any], changed: list[Case]) -> dict[str, tuple[Any, Any]]:
    """Scores that differ from the plain pages' (as given -> changed)."""
    got = _flat(evaluate(changed).summary())
    return {k: (plain[k], v) for k, v in got.items() if plain.get(k) != v}


def _lines(case: Case) -> list[str]:
    return [line for line in case.text.split("\n") if line.strip()]


def _roles_moved(case: Case, order: list[int]) -> bool:
    """Whether the page with its lines in `order` (maybe fewer) gives any kept line another
    role, or any field another value, than the page as given."""
    lines = _lines(case)
    plain = parse_text(case.text, None, case.publisher)
    got = parse_text("\n".join(lines[i] for i in order), None, case.publisher)
    roles = dict(zip(order, got["line_roles"], strict=True))
    return any(plain["line_roles"][i] != roles[i] for i in order) or any(
        plain[f] != got[f] for f in FIELDS
    )


def dev_probes(dev: list[Case]) -> None:
    plain = _flat(evaluate(dev).summary())
    for name, change in FORMS.items():
        scores = _moved(plain, [dataclasses.replace(c, text=change(c.text)) for c in dev])
        print(f"dev form   {name:30s} {scores or 'every score as given'}")
    for role in ("title", "byline", "date", "credit"):
        scores = _moved(plain, [dataclasses.replace(c, text=in_capitals(c, role)) for c in dev])
        print(f"dev caps   {role:30s} {scores or 'every score as given'}")
    for where in ("top", "under the headline", "between paragraphs"):
        moved = tried = 0
        for case in dev:
            at = chrome_slot(case, where)
            if at is None:
                continue
            for chrome in CHROME if where != "between paragraphs" else CHROME[:1]:
                lines = _lines(case)
                text = "\n".join([*lines[:at], chrome, *lines[at:]])
                got = parse_text(text, None, case.publisher)
                plain_page = parse_text(case.text, None, case.publisher)
                tried += 1
                moved += got["line_roles"][:at] + got["line_roles"][at + 1 :] != plain_page[
                    "line_roles"
                ] or any(got[f] != plain_page[f] for f in (*FIELDS, "media"))
        print(f"dev chrome {where:30s} {moved} of {tried} insertions moved something")
    orders: dict[str, Callable[[Case], list[int] | None]] = {
        "without boilerplate": lambda c: [
            i for i, r in enumerate(c.roles or []) if r != "boilerplate"
        ],
        "without photo blocks": lambda c: [
            i for i, r in enumerate(c.roles or []) if r not in ("caption", "credit", "media_label")
        ],
        "credit before caption": _credit_first,
    }
    for name, order_of in orders.items():
        counted = [o for o in map(order_of, dev) if o is not None]
        moved = sum(
            _roles_moved(c, o)
            for c, o in zip(dev, map(order_of, dev), strict=True)
            if o is not None
        )
        print(f"dev layout {name:30s} {moved} of {len(counted)} pages moved something")
    split = [_caption_split(c) for c in dev]
    pages = sum(s is not None for s in split)
    name = "a caption split after a sentence"
    print(f"dev layout {name:30s} {sum(map(bool, split))} of {pages} pages moved something")
    blocks = [_block_moves(c) for c in dev]
    print(
        f"dev layout {'photo blocks moved in the story':30s} "
        f"{sum(m for m, _ in blocks)} of {sum(n for _, n in blocks)} moves moved something"
    )
    moved = tried = 0
    for case in dev:
        inserted = deck_insertion(case)
        if inserted is None:
            continue
        at, lines = inserted
        plain = _summary(parse_text(case.text, None, case.publisher))
        got = _summary(parse_text("\n".join(lines), None, case.publisher))
        tried += 1
        moved += got["roles"].pop(at) != "standfirst" or got != plain
    print(f"dev deck   {'a deck under the headline':30s} {moved} of {tried} pages moved something")
    for name, form in {**BYLINE_FORMS, **BYLINE_ORG_FORMS}.items():
        moved = tried = 0
        for case in dev:
            plain = parse_text(case.text, None, case.publisher)
            for lines, _ in byline_rewrites(case, form):
                got = parse_text("\n".join(lines), None, case.publisher)
                tried += 1
                moved += any(got[f] != plain[f] for f in ("reporters", "title", "body"))
        print(f"dev byline {name:30s} {moved} of {tried} pages' reporters, title or body moved")
    for name, glue in GLUED_FORMS.items():
        moved = tried = 0
        for case in dev:
            plain = parse_text(case.text, None, case.publisher)
            for i, lines in glued_rewrites(case, glue):
                got = parse_text("\n".join(lines), None, case.publisher)
                tried += 1
                roles = plain["line_roles"][: i + 1] + plain["line_roles"][i + 2 :]
                moved += (
                    got["line_roles"] != roles
                    or any(got[f] != plain[f] for f in FIELDS)
                    or _people(got) != _people(plain)
                )
        print(f"dev glued  {name:30s} {moved} of {tried} captions' roles, fields or photos moved")
    for label in MEDIA_LABELS:
        moved = tried = 0
        for case in dev:
            plain = _summary(parse_text(case.text, None, case.publisher))
            for at, lines in label_insertions(case, label):
                got = _summary(parse_text("\n".join(lines), None, case.publisher))
                tried += 1
                roles = got["roles"]
                moved += roles.pop(at) != "media_label" or got != plain
        print(f"dev label  {label:30s} {moved} of {tried} insertions moved something")
    credit_forms = [(n, f, 1) for n, f in CREDIT_FORMS.items()]
    for name, form, people in credit_forms + [(n, f, 0) for n, f in AGENCY_FORMS.items()]:
        moved = tried = 0
        for case in dev:
            for got, plain in _credits_rewritten(case, form, people):
                tried += 1
                moved += got != plain
        print(f"dev credit {name:30s} {moved} of {tried} credits moved something")
    wrapped = sum(
        any(
            parse_text(c.text, None, c.publisher)[f]
            != parse_text(hard_wrapped(c.text), None, c.publisher)[f]
            for f in FIELDS
        )
        for c in dev
    )
    print(f"dev wrap   {'hard wrap at 75':30s} {wrapped} pages' fields moved")


def _credit_first(case: Case) -> list[int] | None:
    roles = case.roles or []
    order = list(range(len(roles)))
    swapped = False
    for i in range(len(roles) - 1):
        if roles[i] == "caption" and roles[i + 1] == "credit":
            order[i], order[i + 1] = order[i + 1], order[i]
            swapped = True
    return order if swapped else None


def _caption_split(case: Case) -> bool | None:
    """Whether breaking a caption after its first sentence moved any other line's role or a
    field, or left a part read as neither caption nor credit (the rest of `... Kemerovo.
    Reuters` is its credit); None when the page has no caption of two sentences."""
    plain = parse_text(case.text, None, case.publisher)
    found: bool | None = None
    for i, lines in caption_splits(case):
        got = parse_text("\n".join(lines), None, case.publisher)
        kept = got["line_roles"][:i] + got["line_roles"][i + 2 :]
        parts = set(got["line_roles"][i : i + 2])
        found = bool(found) or (
            kept != plain["line_roles"][:i] + plain["line_roles"][i + 1 :]
            or not parts <= {"caption", "credit"}
            or any(plain[f] != got[f] for f in FIELDS)
        )
    return found


def _credits_rewritten(
    case: Case, form: Callable[[str, str], str], people: int
) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """(rewritten, as given): roles, fields and photos, for each credit line of the page that
    names `people` photographers and one agency, rewritten in `form`."""
    plain = _summary(parse_text(case.text, None, case.publisher))
    return [
        (_summary(parse_text("\n".join(lines), None, case.publisher)), plain)
        for lines in credit_rewrites(case, form, people)
    ]


def _summary(record: dict[str, Any]) -> dict[str, Any]:
    media = [(m["photographers"], m["agencies"]) for m in record["media"]]
    return {"roles": record["line_roles"], "media": media, **{f: record[f] for f in FIELDS}}


def _people(record: dict[str, Any]) -> list[tuple[list[str], list[str]]]:
    """Each photo's photographers and agencies (a glued credit's text keeps its label)."""
    return [(m["photographers"], m["agencies"]) for m in record["media"]]


def _photos(record: dict[str, Any]) -> list[tuple[str, str]]:
    return sorted((m["caption"] or "", m["credit"] or "") for m in record["media"])


def _block_moves(case: Case) -> tuple[int, int]:
    """(moves of a photo block that changed a role, a field or the photos, moves tried)."""
    lines = _lines(case)
    photos = _photos(parse_text(case.text, None, case.publisher))
    moved = tried = 0
    for order in block_moves(case):
        got = parse_text("\n".join(lines[k] for k in order), None, case.publisher)
        tried += 1
        moved += _roles_moved(case, order) or _photos(got) != photos
    return moved, tried


def page_probes(corpora: Path) -> None:
    for source in ("bbc", "horne", "fakenewsnet", "extraction"):
        cases = cases_for(source, corpora, "all", None)
        plain = [parse_text(c.text, c.meta_title, c.publisher) for c in cases]
        for name, change in PROBE_PAGE_FORMS.items():
            moved = 0
            for case, before in zip(cases, plain, strict=True):
                got = parse_text(change(case.text), case.meta_title, case.publisher)
                moved += fold(got["title"]) != fold(before["title"]) or any(
                    got[f] != before[f] for f in ("reporters", "dateline_place", "outlet")
                )
            print(f"{source:11s} {name:30s} {moved} of {len(cases)} texts moved")


# A photo's label left near the end of a body: a credit glued to the last sentence that was
# not split off ('... said.Photo by Jo D. Li/Getty Images').
_LEFT_LABEL = re.compile(r"(?i)(?:featured? image|photo|image|picture)s?\s*(?:via|by|credit|:)")


def credit_leftovers(corpora: Path) -> None:
    """ISOT's `Fake.csv` (unlabelled content-farm copies): texts with a photo block, and texts
    whose body's last 200 characters still hold a photo's label."""
    csv.field_size_limit(sys.maxsize)
    with open(corpora / "isot_subset" / "Fake.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    photos = left = 0
    for row in rows:
        got = parse_text(f"{row['title']}\n\n{row['text']}")
        photos += bool(got["media"])
        left += _LEFT_LABEL.search(got["body"][-200:]) is not None
    name = "photo labels left at body's end"
    print(f"isot fake   {name:30s} {left} of {len(rows)} texts ({photos} with a photo block)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpora", type=Path, default=Path("../shared/corpora"))
    args = ap.parse_args()
    dev_probes(list(gold_dev_cases(args.corpora, "dev")))
    page_probes(args.corpora)
    credit_leftovers(args.corpora)


if __name__ == "__main__":
    main()
