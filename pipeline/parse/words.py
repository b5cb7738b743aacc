"""Whole-word search for a word known only at parse time (a name from the byline), and a
digit test: small regular-expression searches done with `str.find`.

`re.search(rf"\\b{re.escape(name)}\\b", text)` compiles a pattern per name: ~100 µs each, more
than the rest of a short article's parse, and every new name pushes one of the parser's own
patterns out of `re`'s cache of 512 (recompiled on its next use). These functions give the
same answers with `str.find` and the characters around each find.
"""

from __future__ import annotations

import re
from typing import Final


def _word_char(ch: str) -> bool:
    """`re`'s \\w on text: a letter, a digit or any other numeric character, or '_'."""
    return ch.isalnum() or ch == "_"


def _letter(ch: str) -> bool:
    """`re`'s [^\\W\\d_] on text: \\w but a decimal digit or '_'."""
    return ch.isalnum() and not ch.isdecimal()


def whole_word(text: str, word: str, start: int = 0) -> int:
    """Where `\\bword\\b` (the word escaped) first matches in the text at or after `start`;
    -1 when nowhere. As for `re`, a boundary lies between a word character and another one,
    so a word that opens or ends with a sign ('Jr.') needs a word character beside it there."""
    if not word:
        return _empty_boundary(text, start)
    opens, ends = _word_char(word[0]), _word_char(word[-1])
    at = text.find(word, start)
    while at >= 0:
        end = at + len(word)
        before = at > 0 and _word_char(text[at - 1])
        after = end < len(text) and _word_char(text[end])
        if before != opens and after != ends:
            return at
        at = text.find(word, at + 1)
    return -1


def word_places(text: str, word: str) -> list[int]:
    """Every place of `whole_word`, in order (the matches of `\\bword\\b`, which do not
    overlap for a word that is not empty)."""
    places: list[int] = []
    at = whole_word(text, word)
    while at >= 0:
        places.append(at)
        at = whole_word(text, word, at + 1)
    return places


def _empty_boundary(text: str, start: int) -> int:
    """Where `\\b` first matches at or after `start`."""
    for at in range(start, len(text) + 1):
        before = at > 0 and _word_char(text[at - 1])
        after = at < len(text) and _word_char(text[at])
        if before != after:
            return at
    return -1


def standalone(text: str, word: str) -> bool:
    """Whether `(?<![^\\W\\d_])word(?![^\\W\\d_])` matches: the word with no letter right
    before or after it (a digit or '_' may stand there)."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if not (at > 0 and _letter(text[at - 1])) and not (end < len(text) and _letter(text[end])):
            return True
        at = text.find(word, at + 1)
    return False


_DASHES: Final = "—–"
_DASH_SPACE: Final = re.compile(r"[—–]\s*")


def without_dashed(text: str, name: str) -> str:
    """`re.sub(rf"[—–]\\s*{re.escape(name)}", "", text)`: every sign-off of the name taken out."""
    if not name:
        return _DASH_SPACE.sub("", text)
    out: list[str] = []
    done = 0  # the end of the last sign-off taken out
    at = text.find(name)
    while at >= 0:
        dash = at
        while dash > done and text[dash - 1].isspace():
            dash -= 1
        if dash > done and text[dash - 1] in _DASHES:
            out.append(text[done : dash - 1])
            done = at + len(name)
            at = text.find(name, done)
        else:
            at = text.find(name, at + 1)
    out.append(text[done:])
    return "".join(out)


DIGIT: Final = re.compile(r"\d")


def has_digit(text: str, start: int = 0) -> bool:
    """`DIGIT.search(text, start) is not None`; on ASCII text ten substring tests (each a
    memchr), about four times cheaper than `re`'s scan for a class, which tests every
    character of a line without one (half of all lines)."""
    if not text.isascii():
        return DIGIT.search(text, start) is not None
    if start:
        text = text[start:]
    return any(digit in text for digit in "0123456789")
