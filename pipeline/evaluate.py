"""`copydesk eval parse`: score the parser against labelled data, field by field.

Label sources (read from a `shared/corpora` folder, never copied into the repo):
- gold_dev: line roles and every field of the field guide, on 24 scraped pages. Eight pages
  are held out of development (HELD_OUT) and reported on their own.
- reuters21578: title, dateline and byline of Reuters wire copy (raw text rebuilt as the
  original files lay out: title, byline, dateline + hard-wrapped body).
- article_extraction_424: titles and authors (authors scored where the text names them), and
  how many lines of its hand-cleaned bodies the parser keeps in the body (a recall with no
  precision: the text holds no chrome to set aside, but some the cleaners left in).
- fakenewsnet: titles and authors; its author lists mix people with job titles, outlets and
  page debris, so gold authors are cleaned to person names first, and scored where the text
  names them.
- isot: the Reuters half of the ISOT subset: titles, and the outlet (Reuters) of every story
  whose opening carries the wire tag '(Reuters)' (the dataset often cut the place off).
- bbc: titles of BBC News stories (2004-2005), each file its headline, a blank line and its
  paragraphs (some under a deck or a photo's caption); byte-identical files are scored once.
- horne: titles of Horne & Adali's political news (real, fake, satire), the headline (stored
  apart) over a blank line and the body text.

Scoring follows the field guide: names case-, accent- and space-insensitive after canonical
names; titles and places exact after white space and quote folding; an empty answer where the
gold is empty is right, a wrong value costs more than an empty one (it lowers precision).
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from pipeline.decode import decode, normalise
from pipeline.parse import parse_text
from pipeline.parse.names import person_name, title_case
from schemas.checks import LINE_ROLES

HELD_OUT = frozenset({"11738", "12710", "2788", "3795", "6216", "7358", "892", "9030"})
SOURCES = ("gold_dev", "reuters", "extraction", "fakenewsnet", "isot", "bbc", "horne")
SCORED_ROLES = LINE_ROLES


@dataclass
class Case:
    """One labelled text: what the parser reads and what it should find."""

    source: str
    ident: str
    text: str
    gold: dict[str, Any]
    roles: list[str] | None = None
    meta_title: str | None = None
    publisher: str | None = None
    # Non-empty lines [story_from:story_end] are all story: a clean body under its title
    # (and its byline), without a wire's sign-off.
    story_from: int | None = None
    story_end: int | None = None


def fold(text: str | None) -> str:
    """Case, accents, quotes and white space folded, for comparing names and titles."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.translate(str.maketrans("‘’‚‛“”„‟`´", "''''\"\"\"\"''"))
    return " ".join(text.casefold().split())


# ---------------------------------------------------------------- label sources


def gold_dev_cases(corpora: Path, split: str) -> Iterator[Case]:
    """The gold_dev pages of `split` ("dev", "heldout" or "all"). No default: a probe script
    that forgot the split would read the held-out pages (it happened once;
    docs/history/EVALUATION-log.md)."""
    if split not in ("all", "dev", "heldout"):
        raise ValueError(f"unknown gold_dev split {split!r}: choose all, dev or heldout")
    root = corpora / "gold_dev"
    for gold_path in sorted((root / "gold").glob("*.json")):
        ident = gold_path.stem
        if (split == "dev" and ident in HELD_OUT) or (split == "heldout" and ident not in HELD_OUT):
            continue
        gold = orjson.loads(gold_path.read_bytes())
        lines = (root / "input" / f"{ident}.txt").read_text(encoding="utf-8").split("\n")
        texts = [ln.partition("\t")[2] for ln in lines if ln]
        # The site the page came from is input metadata, as the pipeline passes it to the
        # parser (a page without a meta file has none).
        meta_path = root / "input" / f"{ident}.meta.json"
        meta = orjson.loads(meta_path.read_bytes()) if meta_path.exists() else {}
        yield Case(
            "gold_dev",
            ident,
            "\n".join(texts),
            gold,
            roles=gold["roles"],
            publisher=meta.get("publisher") or None,
        )


def reuters_cases(corpora: Path, limit: int | None = None) -> Iterator[Case]:
    path = corpora / "reuters21578" / "reuters21578_extracted.jsonl"
    count = 0
    with open(path, "rb") as fh:
        for line in fh:
            row = orjson.loads(line)
            if not row.get("body") or not row.get("title"):
                continue
            author = row.get("author")
            place = _reuters_place(row.get("dateline"))
            head = f"{row['title']}\n"
            if author:
                head += f"    {author}\n"
            text = f"{head}    {row.get('dateline') or ''} {row['body']}"
            gold: dict[str, Any] = {"title": row["title"], "dateline_place": place}
            gold["reporters"] = _reuters_reporters(author)  # no byline: no reporters
            text = normalise(text)
            last = text.rstrip().rpartition("\n")[2]
            yield Case(
                "reuters",
                str(row["newid"]),
                text,
                gold,
                story_from=2 if author and author.strip() else 1,
                story_end=-1 if _WIRE_END.fullmatch(last) else None,
            )
            count += 1
            if limit and count >= limit:
                return


# The wire's sign-off or continuation mark closing a Reuters item ('Reuter', 'REUTER...',
# 'MORE'; '^M' is a carriage return written out in some of the files): not story.
_WIRE_END = re.compile(r"(?i)\s*(?:reuters?|more)(?:\.\.\.)?(?:\^M)?\s*")


def _reuters_place(dateline: str | None) -> str | None:
    if not dateline:
        return None
    months = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
    place = re.split(rf"(?i),?\s+{months}\s+\d{{1,2}}\b|\s+-\s", dateline.strip())[0]
    place = place.strip(" ,-")
    return ", ".join(title_case(p.strip()) for p in place.split(",")) or None


def _reuters_reporters(author: str | None) -> list[str]:
    if not author:
        return []
    text = re.sub(r"(?i)^by\s+", "", author.strip())
    text = re.sub(r"(?i),?\s*reuters?\s*$", "", text)
    name = person_name(text)
    return [name] if name else []


def extraction_cases(corpora: Path) -> Iterator[Case]:
    rows = orjson.loads((corpora / "article_extraction_424" / "news_articles.json").read_bytes())
    for row in rows:
        authors = [a.strip() for a in (row.get("authors") or "").split(",") if a.strip()]
        text = f"{row['title']}\n\n{row['text']}"
        yield Case(
            "extraction",
            str(row["id"]),
            normalise(text),
            {"title": row["title"], "reporters": _cued_people(authors, text)},
            story_from=1,
        )


def fakenewsnet_cases(corpora: Path) -> Iterator[Case]:
    for path in sorted((corpora / "fakenewsnet").rglob("*-Webpage.json")):
        decoded = decode(path.read_bytes())
        if decoded.text is None:
            continue
        row = orjson.loads(decoded.text)
        if not row.get("text") or not row.get("title"):
            continue
        text = f"{row['title']}\n\n{row['text']}"
        host = _host(row.get("source") or row.get("url") or "")
        yield Case(
            "fakenewsnet",
            path.stem,
            normalise(text),
            {
                "title": _without_site_name(row["title"], host),
                "reporters": _cued_people(row.get("authors") or [], text),
            },
            publisher=host or None,
        )


def isot_cases(corpora: Path) -> Iterator[Case]:
    csv.field_size_limit(sys.maxsize)
    with open(corpora / "isot_subset" / "True.csv", encoding="utf-8", newline="") as fh:
        for line, row in enumerate(csv.DictReader(fh), start=2):
            gold: dict[str, Any] = {"title": row["title"]}
            if "(Reuters)" in row["text"][:300]:
                gold["outlet"] = "Reuters"
            text = normalise(f"{row['title']}\n\n{row['text']}")
            yield Case("isot", str(line), text, gold)


def bbc_cases(corpora: Path) -> Iterator[Case]:
    seen: set[str] = set()
    for path in sorted((corpora / "bbc").rglob("*.txt")):
        decoded = decode(path.read_bytes())
        if decoded.text is None or decoded.text in seen:
            continue  # 98 groups of byte-identical files: one case each
        seen.add(decoded.text)
        text = normalise(decoded.text)
        title = text.split("\n", 1)[0].strip()
        if title:
            # the files hold the headline and the story's paragraphs, nothing else
            ident = f"{path.parent.name}/{path.stem}"
            yield Case("bbc", ident, text, {"title": title}, story_from=1)


def horne_cases(corpora: Path) -> Iterator[Case]:
    for titles in sorted((corpora / "horne").glob("*/*_titles")):
        bodies = titles.with_name(titles.name.removesuffix("_titles"))
        for title_path in sorted(titles.glob("*.txt")):
            body_path = bodies / title_path.name
            if not body_path.exists():
                continue
            title = " ".join((decode(title_path.read_bytes()).text or "").split())
            body = decode(body_path.read_bytes()).text
            if title and body:
                ident = f"{titles.parent.name}/{bodies.name}/{title_path.stem}"
                yield Case("horne", ident, normalise(f"{title}\n\n{body}"), {"title": title})


def _host(url: str) -> str:
    return re.sub(r"^[a-z]+://", "", url.casefold()).split("/")[0].removeprefix("www.")


def _without_site_name(title: str, host: str) -> str:
    """The gold headline without the page-title suffix naming the site ('... – Eagle Rising'):
    the field guide's title is the headline, not the site name."""
    match = re.search(r"\s+[|–—-]\s+([^|–—-]{2,40})$", title)
    domain = host.split(".")[0]
    # ('– The Halfway Post' on halfwaypost.com: the site's 'The' is no part of its domain)
    name = re.sub(r"^the\s+", "", match.group(1).casefold()) if match else ""
    if match and domain and re.sub(r"[^a-z0-9]", "", name) in domain:
        return title[: match.start()]
    return title


def _cued_people(authors: Iterable[str], text: str) -> list[str]:
    """Gold authors cleaned to person names, kept only where the text itself names them."""
    found = []
    folded_text = fold(text)
    for author in authors:
        name = person_name(str(author))
        if name and fold(name) in folded_text and name not in found:
            found.append(name)
    return found


def cases_for(source: str, corpora: Path, split: str, limit: int | None) -> list[Case]:
    if source == "gold_dev":
        return list(gold_dev_cases(corpora, split))
    if source == "reuters":
        return list(reuters_cases(corpora, limit))
    if source == "extraction":
        return list(extraction_cases(corpora))
    if source == "fakenewsnet":
        return list(fakenewsnet_cases(corpora))
    if source == "isot":
        return list(isot_cases(corpora))
    if source == "bbc":
        return list(bbc_cases(corpora))
    if source == "horne":
        return list(horne_cases(corpora))
    raise ValueError(f"unknown source {source!r} (one of {', '.join(SOURCES)})")


# ---------------------------------------------------------------- scoring


@dataclass
class Tally:
    """Counts behind precision, recall and accuracy."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, predicted: Iterable[str], gold: Iterable[str]) -> None:
        p, g = Counter(predicted), Counter(gold)
        hit = sum((p & g).values())
        self.tp += hit
        self.fp += sum(p.values()) - hit
        self.fn += sum(g.values()) - hit

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        return (
            2 * p * r / (p + r) if p and r else (0.0 if p is not None and r is not None else None)
        )


@dataclass
class Rate:
    hits: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.hits += int(ok)
        self.total += 1

    @property
    def value(self) -> float | None:
        return self.hits / self.total if self.total else None


@dataclass
class Scorecard:
    cases: int = 0
    roles: dict[str, Tally] = field(default_factory=lambda: {r: Tally() for r in SCORED_ROLES})
    role_count_mismatch: int = 0
    title: Rate = field(default_factory=Rate)
    dateline: Tally = field(default_factory=Tally)
    reporters: Tally = field(default_factory=Tally)
    reporters_exact_bylined: Rate = field(default_factory=Rate)
    reporters_exact_all: Rate = field(default_factory=Rate)
    outlet_cued: Rate = field(default_factory=Rate)
    outlet_invented: Rate = field(default_factory=Rate)
    credits: Tally = field(default_factory=Tally)
    photographers: Tally = field(default_factory=Tally)
    agencies: Tally = field(default_factory=Tally)
    published_dated: Rate = field(default_factory=Rate)
    published_invented: Rate = field(default_factory=Rate)
    story_kept: Rate = field(default_factory=Rate)
    errors: list[dict[str, Any]] = field(default_factory=list)

    def add(self, case: Case, got: dict[str, Any]) -> None:
        self.cases += 1
        gold = case.gold
        if case.roles is not None:
            if len(got["line_roles"]) != len(case.roles):
                self.role_count_mismatch += 1
            for role in SCORED_ROLES:
                self.roles[role].add(
                    [str(i) for i, r in enumerate(got["line_roles"]) if r == role],
                    [str(i) for i, r in enumerate(case.roles) if r == role],
                )
        if case.story_from is not None:
            for role in got["line_roles"][case.story_from : case.story_end]:
                self.story_kept.add(role == "body")
        if gold.get("title"):
            ok = fold(got["title"]) == fold(gold["title"])
            self.title.add(ok)
            self._note(case, "title", got["title"], gold["title"], ok)
        if "dateline_place" in gold:
            want = [fold(gold["dateline_place"])] if gold["dateline_place"] else []
            pred = [fold(got["dateline_place"])] if got["dateline_place"] else []
            self.dateline.add(pred, want)
            self._note(
                case, "dateline_place", got["dateline_place"], gold["dateline_place"], pred == want
            )
        if "reporters" in gold:
            want = [fold(n) for n in gold["reporters"]]
            pred = [fold(n) for n in got["reporters"]]
            self.reporters.add(pred, want)
            exact = set(pred) == set(want)
            self.reporters_exact_all.add(exact)
            if want:
                self.reporters_exact_bylined.add(exact)
            self._note(case, "reporters", got["reporters"], gold["reporters"], exact)
        if "outlet" in gold:
            if gold["outlet"]:
                ok = fold(got["outlet"]) == fold(gold["outlet"])
                self.outlet_cued.add(ok)
            else:
                ok = got["outlet"] is None
                self.outlet_invented.add(not ok)
            self._note(case, "outlet", got["outlet"], gold["outlet"], ok)
        if "media" in gold:
            self.credits.add(
                [fold(m["credit"]) for m in got["media"] if m["credit"]],
                [fold(m["credit"]) for m in gold["media"] if m["credit"]],
            )
            self.photographers.add(
                [fold(p) for m in got["media"] for p in m["photographers"]],
                [fold(p) for m in gold["media"] for p in m["photographers"]],
            )
            self.agencies.add(
                [fold(a) for m in got["media"] for a in m["agencies"]],
                [fold(a) for m in gold["media"] for a in m["agencies"]],
            )
        if "published" in gold:
            day = got["published"].isoformat() if isinstance(got["published"], dt.date) else None
            if gold["published"]:
                self.published_dated.add(day == gold["published"])
            else:
                self.published_invented.add(day is not None)
            self._note(case, "published", day, gold["published"], day == gold["published"])

    def _note(self, case: Case, name: str, got: Any, want: Any, ok: bool) -> None:
        if not ok:
            self.errors.append(
                {"source": case.source, "id": case.ident, "field": name, "got": got, "gold": want}
            )

    def summary(self) -> dict[str, Any]:
        def r(x: float | None) -> float | None:
            return None if x is None else round(x, 4)

        out: dict[str, Any] = {"cases": self.cases}
        if any(t.tp + t.fn for t in self.roles.values()):
            out["line_roles"] = {
                role: {
                    "precision": r(t.precision),
                    "recall": r(t.recall),
                    "f1": r(t.f1),
                    "support": t.tp + t.fn,
                }
                for role, t in self.roles.items()
                if t.tp + t.fn + t.fp
            }
            out["line_count_mismatch"] = self.role_count_mismatch
        fields = {
            "title_exact": (self.title.value, self.title.total),
            "dateline_precision": (self.dateline.precision, self.dateline.tp + self.dateline.fp),
            "dateline_recall": (self.dateline.recall, self.dateline.tp + self.dateline.fn),
            "reporters_precision": (
                self.reporters.precision,
                self.reporters.tp + self.reporters.fp,
            ),
            "reporters_recall": (self.reporters.recall, self.reporters.tp + self.reporters.fn),
            "reporters_exact_where_bylined": (
                self.reporters_exact_bylined.value,
                self.reporters_exact_bylined.total,
            ),
            "reporters_exact_all": (self.reporters_exact_all.value, self.reporters_exact_all.total),
            "outlet_accuracy_where_cued": (self.outlet_cued.value, self.outlet_cued.total),
            "outlet_invented_where_none": (self.outlet_invented.value, self.outlet_invented.total),
            "credit_precision": (self.credits.precision, self.credits.tp + self.credits.fp),
            "credit_recall": (self.credits.recall, self.credits.tp + self.credits.fn),
            "photographers_f1": (
                self.photographers.f1,
                self.photographers.tp + self.photographers.fn,
            ),
            "agencies_f1": (self.agencies.f1, self.agencies.tp + self.agencies.fn),
            "published_accuracy_where_dated": (
                self.published_dated.value,
                self.published_dated.total,
            ),
            "published_invented_where_none": (
                self.published_invented.value,
                self.published_invented.total,
            ),
            "body_recall_of_cleaned_lines": (self.story_kept.value, self.story_kept.total),
        }
        out["fields"] = {k: {"value": r(v), "n": n} for k, (v, n) in fields.items() if n}
        return out


def evaluate(cases: Iterable[Case]) -> Scorecard:
    card = Scorecard()
    for case in cases:
        card.add(case, parse_text(case.text, case.meta_title, case.publisher))
    return card
