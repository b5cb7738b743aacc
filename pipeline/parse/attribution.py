"""Who wrote the story (reporters) and which organisation produced it (outlet)."""

from __future__ import annotations

import re

from pipeline.parse.knowledge import organisations
from pipeline.parse.names import people, person_name, without_organisations

_CLOSING = re.compile(
    r"\((?:[^()]*?;\s*)?((?:additional )?reporting|writing|compiled|contributing)\s+by\s+"
    r"([^;()]+)",
    re.IGNORECASE,
)
_CREDIT_PARTS = re.compile(
    r"(?i)\b(?:additional reporting|reporting|writing|compiled|contributing)\s+by\s+([^;()]+)"
)
_STAMP = re.compile(
    r"(?i)\s*(?:[—–|-]\s*)?(?:updated|published|posted)?\s*(?:\d{1,2}[:/]|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d).*$"
)
_VERBS = r"(?:reported|reports|reporting|wrote|writes|contributed|counted|says|said)"
_ROLE_WORDS = r"(?:correspondent|reporter|producer|journalist|writer|editor|anchor)"


def byline_people(line: str) -> tuple[list[str], list[str]]:
    """People and organisations named by a byline line."""
    text = re.sub(r"(?i)^(?:by|from|words by|written by|story by)\s+", "", line.strip())
    text = _STAMP.sub("", text)
    text, orgs = without_organisations(text)
    text = re.sub(r"(?i)^(?:['’]s)\s+", "", text.strip(" |,"))
    # 'John Bird and John Hannah, opinion contributors': drop the trailing job description.
    text = re.sub(r",\s*[a-z][a-z ]+$", "", text)
    return people(text), orgs


def closing_credit_people(text: str) -> list[str]:
    """'(Reporting by A; Additional reporting by B; Editing by C)' gives A and B."""
    found: list[str] = []
    for match in _CLOSING.finditer(text):
        block = text[match.start() : text.find(")", match.start()) + 1 or len(text)]
        for part in _CREDIT_PARTS.finditer(block):
            names = re.sub(r"\s+in\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*", "", part.group(1))
            for name in people(names):
                if name not in found:
                    found.append(name)
    return found


def in_text_people(body: str) -> list[tuple[str, str]]:
    """(outlet, reporter) from "CBS News’ Haley Ott reported" or 'CBS News correspondent X says'.

    A bare possessive with 'said' is a quote of a colleague, not a reporting credit.
    """
    found: list[tuple[str, str]] = []
    name = r"(?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2})"
    possessive = re.compile(
        rf"['’]s?\s+(?:(?P<role>{_ROLE_WORDS})\s+)?{name},?\s+(?P<verb>{_VERBS})\b"
    )
    titled = re.compile(rf"\s+(?P<role>{_ROLE_WORDS})\s+{name},?\s+(?P<verb>{_VERBS})\b")
    for _start, end, canonical in organisations().find(body):
        tail = body[end : end + 90]
        match = possessive.match(tail) or titled.match(tail)
        if not match or (not match.group("role") and match.group("verb") in ("said", "says")):
            continue
        person = person_name(match.group("name"))
        if person:
            found.append((canonical, person))
    return found


def wire_outlet(tag: str | None) -> str | None:
    return organisations().lookup(tag) if tag else None


def signoff_outlet(lines: list[str]) -> str | None:
    """'Reuter' or '— Associated Press' closing the story."""
    for line in reversed(lines[-2:]):
        stripped = line.strip(" -—–.()")
        canonical = organisations().lookup(stripped)
        if canonical and organisations().kinds.get(canonical) == "wire":
            return canonical
    return None
