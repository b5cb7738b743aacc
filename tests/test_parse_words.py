"""Whole-word search without a pattern per word (`pipeline/parse/words.py`) gives what the
regular expressions it replaced give, on texts built from the characters that decide it."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from pipeline.parse import attribution, words

# Letters, digits (ASCII, Arabic-Indic, a superscript: numeric but not decimal), '_', signs,
# white space, the dashes of a sign-off, and the words searched for.
PIECES = st.sampled_from(
    [
        *"ab _-.'’\n\t",
        "1",
        "\u0661",
        "²",
        "é",
        "—",
        "–",
        "Li",
        "Jo Li",
        "Jr.",
        ".Li",
        "guest",
        "guests ",
        "CBS News",
        "’s ",
        "'s ",
        "reporter ",
    ]
)
TEXTS = st.lists(PIECES, max_size=24).map("".join)
WORDS = st.sampled_from(["Li", "Jo Li", "Jr.", ".Li", "a", "1", "_", "é", "²", "Li-"])


@settings(max_examples=1500, deadline=None)
@given(TEXTS, WORDS, st.integers(min_value=0, max_value=30))
@example("Jo Li said", "Li", 0)
@example("Jr. Li", "Jr.", 0)  # a word ending in a sign needs a sign or the end after it
@example("aJr.b", "Jr.", 0)
@example("x.Li", ".Li", 0)  # ... and one opening with a sign a word character before it
def test_whole_word_finds_what_a_word_bounded_pattern_finds(text, word, start):
    found = re.compile(rf"\b{re.escape(word)}\b").search(text, start)
    assert words.whole_word(text, word, start) == (found.start() if found else -1)


def test_whole_word_of_nothing_is_the_first_boundary():
    assert words.whole_word("  ab", "") == 2
    assert words.whole_word("ab", "", 1) == 2
    assert words.whole_word("  ", "") == -1


@settings(max_examples=1500, deadline=None)
@given(TEXTS, WORDS)
@example("li2", "li")  # a digit beside it is no letter
@example("li²", "li")  # a superscript is numeric, not decimal: a letter to `re`'s [^\W\d_]
@example("_li_", "li")
def test_standalone_finds_what_a_letter_bounded_pattern_finds(text, word):
    pattern = re.compile(rf"(?<![^\W\d_]){re.escape(word)}(?![^\W\d_])")
    assert words.standalone(text, word) == (pattern.search(text) is not None)


@settings(max_examples=1500, deadline=None)
@given(TEXTS, st.sampled_from(["Jo Li", "Li", "", "—"]))
@example("— — Jo Li", "Jo Li")
@example("—Jo Li—Jo Li", "Jo Li")
@example("— \n Jo Li and —Jo Li", "Jo Li")
def test_without_dashed_takes_out_what_the_substitution_does(text, name):
    expected = re.sub(rf"[—–]\s*{re.escape(name)}", "", text)
    assert words.without_dashed(text, name) == expected


def _speaker_matches(text: str, name: str) -> tuple[bool, list[tuple[int, int, str]]]:
    """The guest test and the owners as the patterns per name found them."""
    guest = re.search(rf"\bguests?\b[^.!?\n]{{0,60}}\b{re.escape(name)}\b", text) is not None
    owner = re.compile(
        rf"(?P<org>[A-Z][\w.&-]*+(?: [A-Z][\w.&-]*+){{0,3}}+)['’]s? "
        rf"(?:[a-z]++ ){{0,3}}+{re.escape(name)}\b"
    )
    return guest, [(m.start(), m.end(), m.group("org")) for m in owner.finditer(text)]


@settings(max_examples=1500, deadline=None)
@given(TEXTS, st.sampled_from(["Jo Li", "Li", "CBS News"]))
@example("CBS News’s reporter Jo Li and CBS News' Jo Li", "Jo Li")
@example("our guests today, Jo Li", "Jo Li")
@example("guest\nJo Li", "Jo Li")  # the guest's words end at a line's end
@example("Jo Li's reporter Jo Li", "Jo Li")
def test_speaker_owners_without_a_pattern_per_name(text, name):
    places = words.word_places(text, name)
    guest = any(attribution._GUEST_BEFORE.search(text, max(0, at - 66), at) for at in places)
    owners = [
        (m.start(), m.end() + len(name), m.group("org"))  # (the match ends where the name opens)
        for m in attribution._owners_before(text, name, places)
    ]
    assert (guest, owners) == _speaker_matches(text, name)
