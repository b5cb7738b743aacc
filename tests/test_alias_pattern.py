"""The alias trie matches what the plain longest-first alternation matches, in every context."""

from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.parse.alias_pattern import _plain, alternation, case_variants

# Aliases that share prefixes and letters with their case variants' odd cousins.
ALIASES = st.lists(
    st.text(alphabet="aksAKS. &-i", min_size=1, max_size=6), min_size=1, max_size=8, unique=True
).map(lambda xs: sorted({x.casefold() for x in xs}, key=len, reverse=True))
TEXT = st.text(alphabet="aksAKSſKİı. &-ix", max_size=30)


def short_forms(alias: str) -> tuple[str, ...]:
    return (alias.upper(), alias) if len(alias) <= 4 and alias.isalpha() else ()


def any_case(alias: str) -> tuple[str, ...]:
    return ()


def plain(aliases: list[str], exact) -> str:
    return _plain([(a, exact(a)) for a in aliases])


# After the alternation: nothing; a forced boundary; a tail that makes `re` give back the
# longer aliases and try the shorter ones in order (the captured group shows which it took).
CONTEXTS = ["{}", r"({})(?![\w])", r"({})(?=\.)", r"({})\W*[ai]", r"({})(.)(?<=[sk])"]


@settings(max_examples=1500, deadline=None)
@given(ALIASES, TEXT, st.sampled_from([short_forms, any_case]), st.sampled_from(CONTEXTS))
def test_the_trie_finds_what_the_plain_alternation_finds(aliases, text, exact, context):
    for flags in (0, re.IGNORECASE):  # the trie sets its own case rule
        trie = re.compile(context.format(alternation(aliases, exact)), flags)
        reference = re.compile(context.format(plain(aliases, exact)), flags)
        found = [(m.span(), m.groups()) for m in trie.finditer(text)]
        assert found == [(m.span(), m.groups()) for m in reference.finditer(text)]


# Aliases with letters beyond ASCII: some match no ASCII letter ('č', 'é'), one does ('ſ').
ALIASES_BEYOND = st.lists(
    st.text(alphabet="akčéſ. -", min_size=1, max_size=6), min_size=1, max_size=8, unique=True
).map(lambda xs: sorted({x.casefold() for x in xs}, key=len, reverse=True))
TEXT_BEYOND = st.text(alphabet="akčéČÉſsAK. -x", max_size=30)


@settings(max_examples=1500, deadline=None)
@given(ALIASES_BEYOND, TEXT_BEYOND, st.sampled_from([short_forms, any_case]))
def test_aliases_beyond_ascii_match_as_the_plain_alternation(aliases, text, exact):
    for context in CONTEXTS:
        trie = re.compile(context.format(alternation(aliases, exact)))
        reference = re.compile(context.format(plain(aliases, exact)))
        found = [(m.span(), m.groups()) for m in trie.finditer(text)]
        assert found == [(m.span(), m.groups()) for m in reference.finditer(text)]


def test_an_alias_beyond_ascii_keeps_the_trie():
    # 'rté' in any case: a branch of its own before the trie (the wires' trailing pattern
    # fell back to the plain alternation when the table gained 'ČTK', +0.6 % of parse cost)
    assert alternation(["rté", "ap"], any_case) == "(?-i:(?i:rté)|a(?i:p)|A(?i:p))"


def test_a_table_the_trie_cannot_order_falls_back_to_the_plain_alternation():
    # 'ſap' holds a letter that matches an ASCII one; 'abcde' all letters but no longer than
    # an exact 'abcde'
    assert alternation(["ſap", "ap"], any_case) == plain(["ſap", "ap"], any_case)
    exact = lambda a: ("ABCDE",) if a == "abcde" else ()  # noqa: E731
    assert alternation(["abcde", "abc"], exact) == plain(["abcde", "abc"], exact)
    assert alternation(["reuters", "ap", "a.p."], short_forms).startswith("(?-i:")  # the trie


def test_case_variants_are_what_ignorecase_matches_for_every_ascii_character():
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    for code in range(128):
        ch = chr(code)
        matched = set(re.findall("(?i)" + re.escape(ch), every))
        assert matched == set(case_variants(ch)), ch
