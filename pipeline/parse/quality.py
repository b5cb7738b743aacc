"""Quality flags: signs that a text was damaged or machine-rewritten, and its language."""

from __future__ import annotations

import re
from typing import Final

from pipeline.parse import language_model

# A lower-case word run straight into a sentence-opening word: 'UkraineThe president'.
# The look-behind is fixed-width, so a 100,000-letter "word" costs linear time, not quadratic.
_GLUED_WORDS: Final = (
    "The|A|An|In|On|At|He|She|It|They|We|But|And|This|That|His|Her|Its|As|For|"
    "After|While|When|However|Meanwhile|According|Officials|President"
)
_GLUED: Final = re.compile(rf"(?<=[a-z][a-z])(?:{_GLUED_WORDS})\b")


def _first_letter_first(words: str) -> re.Pattern[str]:
    """`_GLUED` with each word's capital before the look-behind: 'T(?<=[a-z][a-z]T)(?:he|hey)'.
    It matches where `_GLUED` does; a failed try costs one comparison instead of a look-behind,
    six times cheaper on ordinary text."""
    rests: dict[str, list[str]] = {}
    for word in words.split("|"):
        rests.setdefault(word[0], []).append(word[1:])
    return re.compile(
        "(?:"
        + "|".join(
            f"{c}(?<=[a-z][a-z]{c})(?:{'|'.join(sorted(r, key=len, reverse=True))})"
            for c, r in rests.items()
        )
        + r")\b"
    )


_GLUED_SCAN: Final = _first_letter_first(_GLUED_WORDS)
_TRUNCATED_END: Final = re.compile(r"(?:\.\.\.|…|\[\.\.\.\]|\bread more)\s*$", re.IGNORECASE)
_CLOSED: Final = re.compile(r"[.!?…\"“”’'»)\]:]\s*$")  # ('“' closes a quote on some sites)


# Every glued word is two ASCII lower-case letters and an upper-case one of _GLUED's words:
# bytes.translate maps the text to those three classes, and a byte search finds the triple
# (a few microseconds, where the regex scan costs a hundred on a 4 KB body).
_GLUE_CLASSES: Final = bytes(
    ord("l")
    if 97 <= b <= 122
    else ord("U")
    if chr(b) in {word[0] for word in _GLUED_WORDS.split("|")}
    else 0
    for b in range(256)
)


# The triple found by its 'U' first: `re` skips to a pattern's first character in a tight
# loop, and 'U' is rare where 'l' is most characters (`bytes.find(b"llU")` steps one byte at
# a time there); the look-behind then checks the two letters before it.
_GLUE_TRIPLE: Final = re.compile(b"U(?<=llU)")


# One of `_GLUED`'s words where the triple's capital stands.
_GLUED_WORD: Final = re.compile(rf"(?:{_GLUED_WORDS})\b")


def glued_words(body: str) -> bool:
    """Whether a lower-case word runs straight into a sentence-opening word."""
    classes = body.encode("utf-8", "surrogatepass").translate(_GLUE_CLASSES)
    triple = _GLUE_TRIPLE.search(classes)
    if triple is None:
        return False
    if not body.isascii():
        return _GLUED_SCAN.search(body) is not None
    # In ASCII a byte's offset is its character's: a match of `_GLUED` opens at a triple's
    # capital, and one of its words there is the whole test ('iPhone', 'YouTube' hold
    # triples; a scan of the whole body for them cost ten times as much).
    while triple is not None:
        if _GLUED_WORD.match(body, triple.start()) is not None:
            return True
        triple = _GLUE_TRIPLE.search(classes, triple.start() + 1)
    return False


def truncated(body: str) -> bool:
    last = body.rstrip()
    # Both patterns end at the end of the text: its last ten characters hold any match (the
    # longest, 'read more', with the character before it for the word boundary).
    tail = last[-10:]
    if not last or last[last.rfind(" ") + 1 :].startswith(("http://", "https://")):
        return False  # a link closes the text ('Check out this story on X: https://...')
    return bool(_TRUNCATED_END.search(tail)) or not _CLOSED.search(tail)


# Lower-case English function words. In English news prose they make up a third or more of
# the words; in other languages almost none of them occur as words in lower case.
_ENGLISH_WORDS: Final = frozenset(
    [
        "the",
        "of",
        "and",
        "that",
        "for",
        "with",
        "said",
        "his",
        "from",
        "which",
        "their",
        "would",
        "been",
        "were",
        "they",
        "who",
        "this",
        "has",
        "have",
        "are",
        "not",
        "but",
        "to",
        "in",
        "a",
        "on",
        "at",
        "is",
        "it",
        "as",
        "an",
        "be",
        "was",
        "he",
        "she",
        "we",
        "will",
        "its",
        "after",
        "about",
        "more",
        "than",
    ]
)


def clearly_english(words: list[str]) -> bool:
    """A cheap precheck that lets English text skip the detector (about 100 µs a text).

    At least 20 words, a fifth of them English function words (compared case-sensitively,
    so ALL-CAPS wire copy goes to the detector) and 'the' at least twice. On 10,030 samples of
    every corpus in shared/corpora, 6,591 passed and py3langid called every one of them 'en'
    (and none of the 3,439 others was forced to 'en'): the language column is unchanged.
    """
    if len(words) < 20:
        return False
    hits = the = 0
    for word in words:  # (a plain loop: the compiled build runs it in C)
        if word in _ENGLISH_WORDS:
            hits += 1
            if word == "the":
                the += 1
    return hits >= 0.2 * len(words) and the >= 2


# A story whose first 400 characters are names and figures ('US firm Boeing has unveiled its
# new 777 plane ...') shows its function words over a longer stretch. On 11,811 texts of every
# corpus in shared/corpora the wider precheck let 1,333 more skip the detector, and the
# detector had called every one of them 'en' (tests/test_parse_speedups.py).
_WIDER_SAMPLE: Final = 1200


def language(text: str) -> str | None:
    """ISO 639-1 code of the text (py3langid, offline), None when too short to tell."""
    sample = text[:400]  # enough to tell a language; langid's cost grows with length
    words = sample.split()
    if len(words) < 5:
        return None
    if clearly_english(words) or clearly_english(text[:_WIDER_SAMPLE].split()):
        return "en"
    code, prob = language_model.identifier().classify(sample)
    # Only ISO 639-1 (two letters) goes out: the model also knows a few 3-letter codes.
    return str(code) if prob >= 0.5 and len(str(code)) == 2 else None
