"""Changes of a text's form that keep its meaning, for probing the parser's robustness.

A page may reach copydesk with other line endings, no-break or zero-width spaces, chrome
over it, lines in capitals or a hard wrap; the parser should read it as it reads the page as
given. `bench/parse_probes.py` counts what moves under each change and
`tests/test_evaluate_perturbed.py` keeps the ones that must not move anything.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable, Iterator
from typing import Final

from pipeline.evaluate import Case
from pipeline.parse import credits, credits_glued
from pipeline.parse.bylines import byline_people

Change = Callable[[str], str]

# Changes of the whole text: line endings, white space, quotes, dashes, invisible marks.
FORMS: Final[dict[str, Change]] = {
    "CRLF line endings": lambda t: t.replace("\n", "\r\n"),
    "a blank line between lines": lambda t: t.replace("\n", "\n\n"),
    "trailing spaces": lambda t: "\n".join(ln + "  " for ln in t.split("\n")),
    "indented lines": lambda t: "\n".join("  " + ln for ln in t.split("\n")),
    "straight quotes": lambda t: t.translate(str.maketrans("‘’“”", "''\"\"")),
    "curly apostrophes": lambda t: t.replace("'", "’"),
    "a byte-order mark": lambda t: "\ufeff" + t,
    "no-break spaces": lambda t: t.replace(" ", "\xa0"),
    "some no-break spaces": lambda t: t.replace(" ", "\xa0", 3),
    "two spaces after a sentence": lambda t: re.sub(r"([.!?]) (?=[A-Z])", r"\1  ", t),
    "ellipsis characters": lambda t: t.replace("...", "…"),
    "em dashes": lambda t: t.replace(" - ", " — "),
    "zero-width spaces at line ends": lambda t: t.replace("\n", "\u200b\n"),
}

# Page chrome that the boilerplate rules know, as pages set it around a story.
CHROME: Final = (
    "Advertisement",
    "Share this article",
    "Continue reading the main story",
    "Sign up for our newsletter",
    "Read more",
    "Most popular",
    "Follow us on Twitter @portvale",
)

# Changes of a page without line labels (title sources): chrome over it, invisible marks.
PAGE_FORMS: Final[dict[str, Change]] = {
    "chrome over the page": lambda t: "Share this article\n" + t,
    "a skip link and an ad over the page": lambda t: "Skip to content\nAdvertisement\n" + t,
    "zero-width spaces at line ends": FORMS["zero-width spaces at line ends"],
    "some no-break spaces": lambda t: t.replace(" ", "\xa0", 5),
}


def hard_wrapped(text: str, width: int = 75) -> str:
    """Each non-empty line wrapped at `width` columns, paragraphs a blank line apart (a mail's
    or a terminal's copy)."""
    return "\n\n".join(textwrap.fill(line, width) for line in text.split("\n") if line.strip())


def in_capitals(case: Case, role: str) -> str:
    """The case's text with the lines its gold labels give `role` set in capitals (pages set
    headlines, bylines, stamps and credits so)."""
    lines = case.text.split("\n")
    filled = [i for i, line in enumerate(lines) if line.strip()]
    for at, gold in zip(filled, case.roles or [], strict=True):
        if gold == role:
            lines[at] = lines[at].upper()
    return "\n".join(lines)


def chrome_slot(case: Case, where: str) -> int | None:
    """The non-empty line index where inserted chrome goes: atop the page ('top'), under the
    headline, or (an advertisement's slot) between two body paragraphs halfway down; None
    where the page has no such place."""
    roles = case.roles or []
    if where == "top":
        return 0
    if where == "under the headline":
        return roles.index("title") + 1 if "title" in roles else None
    body = [i for i, role in enumerate(roles) if role == "body"]
    return body[len(body) // 2] if len(body) >= 3 else None


# A sentence end inside a caption, after a word of four letters or more ('Nov.' and 'U.S.'
# abbreviate, they end no sentence).
_SENTENCE_BREAK: Final = re.compile(r"(?<=[a-z]{4}[.!?]) (?=[A-Z][a-z])")


def caption_splits(case: Case) -> Iterator[tuple[int, list[str]]]:
    """For each caption line of two sentences or more (gold labels), the page's non-empty
    lines with that caption broken after its first sentence, and the caption's index (a page
    that sets a caption's sentences apart)."""
    lines = [line for line in case.text.split("\n") if line.strip()]
    for i, (line, role) in enumerate(zip(lines, case.roles or [], strict=True)):
        cut = _SENTENCE_BREAK.search(line) if role == "caption" else None
        if cut is not None:
            yield i, [*lines[:i], line[: cut.start()], line[cut.end() :], *lines[i + 1 :]]


def block_moves(case: Case) -> Iterator[list[int]]:
    """Orders of the page's non-empty lines with one photo block (a run of caption, credit
    and media label lines holding a caption) moved under another story paragraph: up to four
    paragraphs spread over the story, the first and last excepted."""
    roles = case.roles or []
    story = [i for i, role in enumerate(roles) if role == "body"]
    if len(story) < 4:
        return
    media = ("caption", "credit", "media_label")
    start = 0
    while start < len(roles):
        if roles[start] not in media:
            start += 1
            continue
        end = start
        while end < len(roles) and roles[end] in media:
            end += 1
        if "caption" in roles[start:end]:
            for under in story[1 : -1 : max(1, len(story) // 4)]:
                if start - 1 <= under < end:
                    continue  # already there
                rest = [k for k in range(len(roles)) if not start <= k < end]
                at = rest.index(under) + 1
                yield [*rest[:at], *range(start, end), *rest[at:]]
        start = end


# A photo's credit naming one photographer (P) and one agency (A), in the forms sites print.
CREDIT_FORMS: Final[dict[str, Callable[[str, str], str]]] = {
    "Photo: P/A": lambda p, a: f"Photo: {p}/{a}",
    "P/A": lambda p, a: f"{p}/{a}",
    "(P/A)": lambda p, a: f"({p}/{a})",
    "Photograph: P/A": lambda p, a: f"Photograph: {p}/{a}",
    "Credit: P / A": lambda p, a: f"Credit: {p} / {a}",
    "P | A": lambda p, a: f"{p} | {a}",
    "P — A": lambda p, a: f"{p} — {a}",
    "Image: P, A": lambda p, a: f"Image: {p}, {a}",
    "Photo by P/A": lambda p, a: f"Photo by {p}/{a}",
    "(Photo: P, A)": lambda p, a: f"(Photo: {p}, {a})",
    "Credit...P/A": lambda p, a: f"Credit...{p}/{a}",
    "Photo credit: P/A": lambda p, a: f"Photo credit: {p}/{a}",
    "PHOTO: P/A in capitals": lambda p, a: f"PHOTO: {p.upper()}/{a.upper()}",
    "© P/A": lambda p, a: f"© {p}/{a}",
    "Picture: P/A": lambda p, a: f"Picture: {p}/{a}",
}


# A credit naming one agency (A) and no photographer.
AGENCY_FORMS: Final[dict[str, Callable[[str, str], str]]] = {
    "Photo: A": lambda _, a: f"Photo: {a}",
    "(A)": lambda _, a: f"({a})",
    "A": lambda _, a: a,
    "Image: A": lambda _, a: f"Image: {a}",
    "Credit: A": lambda _, a: f"Credit: {a}",
    "Photograph: A": lambda _, a: f"Photograph: {a}",
    "Photo courtesy of A": lambda _, a: f"Photo courtesy of {a}",
    "Image source: A": lambda _, a: f"Image source: {a}",
    "© A": lambda _, a: f"© {a}",
    "Credit...A": lambda _, a: f"Credit...{a}",
    "(Photo: A)": lambda _, a: f"(Photo: {a})",
    "PHOTO: A in capitals": lambda _, a: f"PHOTO: {a.upper()}",
    "Picture: A": lambda _, a: f"Picture: {a}",
    "A photo": lambda _, a: f"{a} photo",
    "A file photo": lambda _, a: f"{a} file photo",
}


def credit_rewrites(
    case: Case, form: Callable[[str, str], str], people: int
) -> Iterator[list[str]]:
    """The page's non-empty lines with one credit line (gold labels) rewritten in `form`, for
    each credit that names one agency and `people` photographers: 1 for `CREDIT_FORMS`, 0 for
    `AGENCY_FORMS`."""
    lines = [line for line in case.text.split("\n") if line.strip()]
    for i, (line, role) in enumerate(zip(lines, case.roles or [], strict=True)):
        read = credits.read(line) if role == "credit" else None
        if read is not None and len(read.photographers) == people and len(read.agencies) == 1:
            new = form(read.photographers[0] if people else "", read.agencies[0])
            yield [*lines[:i], new, *lines[i + 1 :]]


# A credit naming one photographer (P) and one agency (A) glued to the end of its caption (C,
# its last character as printed: some captions have no full stop), in the forms pages print.
GLUED_FORMS: Final[dict[str, Callable[[str, str, str], str]]] = {
    "C [P/A]": lambda c, p, a: f"{c} [{p}/{a}]",
    "C (P/A)": lambda c, p, a: f"{c} ({p}/{a})",
    "C | P/A": lambda c, p, a: f"{c} | {p}/{a}",
    "C — P/A": lambda c, p, a: f"{c} — {p}/{a}",
    "C Photo: P/A": lambda c, p, a: f"{c} Photo: {p}/{a}",
    "C (Photo: P/A)": lambda c, p, a: f"{c} (Photo: {p}/{a})",
    "C Photograph: P/A": lambda c, p, a: f"{c} Photograph: {p}/{a}",
    "C Credit...P/A": lambda c, p, a: f"{c} Credit...{p}/{a}",
    "C Credit: P/A": lambda c, p, a: f"{c} Credit: {p}/{a}",
    "CP/A (no space)": lambda c, p, a: f"{c}{p}/{a}",
    "C (Image: P/A)": lambda c, p, a: f"{c} (Image: {p}/{a})",
    "C Picture: P/A": lambda c, p, a: f"{c} Picture: {p}/{a}",
}


def glued_rewrites(
    case: Case, form: Callable[[str, str, str], str]
) -> Iterator[tuple[int, list[str]]]:
    """The page's non-empty lines with each caption whose credit line (gold labels) names one
    photographer and one agency rewritten with that credit glued to it in `form` (the credit
    line removed), and the caption's index; captions with a glued credit of their own are
    left out."""
    lines = [line for line in case.text.split("\n") if line.strip()]
    roles = case.roles or []
    for i in range(len(lines) - 1):
        if roles[i] != "caption" or roles[i + 1] != "credit" or credits_glued.split_glued(lines[i]):
            continue
        read = credits.read(lines[i + 1])
        if len(read.photographers) == 1 and len(read.agencies) == 1:
            glued = form(lines[i].rstrip(), read.photographers[0], read.agencies[0])
            yield i, [*lines[:i], glued, *lines[i + 2 :]]


# Labels sites set over a photo or video (media-block chrome).
MEDIA_LABELS: Final = (
    "Photo",
    "Image",
    "Enlarge this image",
    "Expand image",
    "View image in fullscreen",
    "Open image in gallery",
    "Click to enlarge",
    "Show caption",
    "Hide caption",
    "Play Video",
    "Watch video",
    "Photo gallery",
    "Image 1 of 3",
    "Zoom",
    "Enlarge",
    "Toggle caption",
    "View gallery",
    "Launch gallery",
    "Fullscreen",
    "Caption",
    "Replay video",
)


def label_insertions(case: Case, label: str) -> Iterator[tuple[int, list[str]]]:
    """The page's non-empty lines with `label` set over a photo block's first caption line
    (gold labels), and the label's index, for each block that has none."""
    lines = [line for line in case.text.split("\n") if line.strip()]
    roles = case.roles or []
    for i, role in enumerate(roles):
        if role == "caption" and (
            i == 0 or roles[i - 1] not in ("caption", "credit", "media_label")
        ):
            yield i, [*lines[:i], label, *lines[i:]]


def _listed(names: list[str], joiner: str = "and") -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} {joiner} {names[-1]}"


# A byline naming the page's reporters (N), in the forms sites print: lines that replace it.
BYLINE_FORMS: Final[dict[str, Callable[[list[str]], list[str]]]] = {
    "By N": lambda n: [f"By {_listed(n)}"],
    "N alone": lambda n: [_listed(n)],
    "BY N in capitals": lambda n: [f"BY {_listed(n).upper()}"],
    "By N & M": lambda n: [f"By {_listed(n, '&')}"],
    "By N, Staff Writer": lambda n: [f"By {_listed(n)}, Staff Writer"],
    "By N | Staff Writer": lambda n: [f"By {_listed(n)} | Staff Writer"],
    "N / Staff Writer": lambda n: [_listed(n), "Staff Writer"],
    "N | Contributor": lambda n: [f"{_listed(n)} | Contributor"],
    "By / N": lambda n: ["By", _listed(n)],
    "Posted by N": lambda n: [f"Posted by {_listed(n)}"],
    "Story by N": lambda n: [f"Story by {_listed(n)}"],
    "Words by N": lambda n: [f"Words by {_listed(n)}"],
    "Reporter: N": lambda n: [f"Reporter: {_listed(n)}"],
    "By N @handle": lambda n: [f"By {_listed(n)} @portvale"],
    "By N / Email / Twitter": lambda n: [f"By {_listed(n)}", "Email", "Twitter"],
    "By N - Updated stamp": lambda n: [f"By {_listed(n)} - Updated 5:42 p.m. ET"],
    "by N": lambda n: [f"by {_listed(n)}"],
}
# Bylines with the paper the reporters write for (one in the organisations table, one not):
# under a headline they read like a captionless photo's credit ('Jo Li, The Boston Globe').
BYLINE_ORG_FORMS: Final[dict[str, Callable[[list[str]], list[str]]]] = {
    "N, O": lambda n: [f"{_listed(n)}, The Boston Globe"],
    "By N, O": lambda n: [f"By {_listed(n)}, The Boston Globe"],
    "N | O": lambda n: [f"{_listed(n)} | The Boston Globe"],
    "N - O": lambda n: [f"{_listed(n)} - The Boston Globe"],
    "N — O": lambda n: [f"{_listed(n)} — The Boston Globe"],
    "N  O (two spaces)": lambda n: [f"{_listed(n)}  The Boston Globe"],
    "N<tab>O": lambda n: [f"{_listed(n)}\tThe Boston Globe"],
    "N, unknown paper": lambda n: [f"{_listed(n)}, Portvale Ledger"],
    "N<tab>unknown paper": lambda n: [f"{_listed(n)}\tPortvale Ledger"],
}


def byline_rewrites(
    case: Case, form: Callable[[list[str]], list[str]]
) -> Iterator[tuple[list[str], list[str]]]:
    """The page's non-empty lines with its byline line (gold labels: the page's only one)
    rewritten in `form`, and the reporters that line names; only where the line names people
    (not 'CBS News July 16, 2018')."""
    lines = [line for line in case.text.split("\n") if line.strip()]
    roles = case.roles or []
    if roles.count("byline") != 1:
        return
    at = roles.index("byline")
    names = byline_people(lines[at])[0]
    if names:
        yield [*lines[:at], *form(names), *lines[at + 1 :]], names


# A deck of the kind news pages set under their headline (no page's own words).
DECK: Final = "Neither side expects a breakthrough from the talks, which could last for hours."


def deck_insertion(case: Case) -> tuple[int, list[str]] | None:
    """The page's non-empty lines with `DECK` set right under its headline (gold labels), and
    the deck's index; None for a page without a headline."""
    lines = [line for line in case.text.split("\n") if line.strip()]
    roles = case.roles or []
    if "title" not in roles:
        return None
    at = roles.index("title") + 1
    return at, [*lines[:at], DECK, *lines[at:]]
