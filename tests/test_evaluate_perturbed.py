"""The gold_dev development pages scored again after changes that keep their meaning: line
endings, blank lines, indentation, quotes, dashes, ellipses, no-break and zero-width spaces, a
byte-order mark (a browser's copy, a scraper's dump, an editor's save). Every score must stay
what the page as given scores: the rules read the text's form, not its bytes."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from typing import Any

import pytest

from pipeline.evaluate import evaluate, gold_dev_cases
from tests.conftest import CORPORA

PERTURBATIONS: dict[str, Callable[[str], str]] = {
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


def _scores(cases: list[Any]) -> dict[str, Any]:
    return evaluate(cases).summary()


@pytest.fixture(scope="module")
def dev_cases() -> list[Any]:
    return list(gold_dev_cases(CORPORA, "dev"))


@pytest.fixture(scope="module")
def dev_scores(dev_cases: list[Any]) -> dict[str, Any]:
    return _scores(dev_cases)


@pytest.mark.corpus
@pytest.mark.parametrize("name", list(PERTURBATIONS))
def test_scores_survive_a_change_of_form(name, dev_cases, dev_scores):
    change = PERTURBATIONS[name]
    changed = [dataclasses.replace(c, text=change(c.text)) for c in dev_cases]
    assert any(c.text != d.text for c, d in zip(changed, dev_cases, strict=True))
    assert _scores(changed) == dev_scores


def _in_capitals(case: Any, role: str) -> str:
    """The case's text with the lines the gold labels give `role` set in capitals (pages set
    headlines, bylines, stamps and credits so)."""
    lines = case.text.split("\n")
    filled = [i for i, line in enumerate(lines) if line.strip()]
    for at, gold in zip(filled, case.roles, strict=True):
        if gold == role:
            lines[at] = lines[at].upper()
    return "\n".join(lines)


@pytest.mark.corpus
@pytest.mark.parametrize("role", ["title", "byline", "date", "credit"])
def test_scores_survive_lines_set_in_capitals(role, dev_cases, dev_scores):
    changed = [dataclasses.replace(c, text=_in_capitals(c, role)) for c in dev_cases]
    assert any(c.text != d.text for c, d in zip(changed, dev_cases, strict=True))
    assert _scores(changed) == dev_scores
