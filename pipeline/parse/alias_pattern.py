"""Hundreds of organisation aliases as one regular expression that `re` runs fast.

A plain alternation of the aliases, longest first, is what the parser means: at a position it
takes the longest alias there, and gives back the next longest when what follows fails. `re`
tries such an alternation one alias at a time at every word start, and case-insensitive
branches skip no work (its fast test that a branch cannot open at a character applies only to
case-sensitive literals and classes). `alternation` builds the same matches as a trie: one
branch per case variant of an alias's first character, a literal `re` skips at once where the
text has another, holding the rest of its subtree case-insensitively; a node where an alias
ends makes its subtree optional, greedy. The path through the trie is fixed by the text (no
two different characters of the aliases match one character case-insensitively), so the
matches and the order in which backtracking gives back shorter ones are the plain
alternation's. On the parser's organisation scans it is about four times faster, and it
compiles in about the time of the plain alternation (docs/history/BENCHMARKS-log.md).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any, Final

# What an ASCII letter matches under re.IGNORECASE: itself, its other case, and for three of
# them a non-ASCII letter (the Kelvin sign, the long s, the dotted and dotless i). Checked
# against every code point by tests/test_alias_pattern.py.
_EXTRA_VARIANTS: Final = {"i": "İı", "k": "\u212a", "s": "ſ"}


def case_variants(ch: str) -> str:
    """Every character `ch` matches under re.IGNORECASE, for an ASCII character."""
    if not ch.isalpha():
        return ch
    low = ch.lower()
    return low + low.upper() + _EXTRA_VARIANTS.get(low, "")


# The non-ASCII letters that match an ASCII letter under re.IGNORECASE.
_ASCII_LIKE: Final = frozenset("".join(_EXTRA_VARIANTS.values()))

_END: Final = ""  # the key that marks where an alias ends


def _subtree(node: dict[str, Any]) -> str:
    """The pattern of what may follow a trie node, deeper branches first."""
    branches = [re.escape(ch) + _subtree(child) for ch, child in node.items() if ch != _END]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if _END in node else body


def alternation(aliases: Sequence[str], exact: Callable[[str], tuple[str, ...]]) -> str:
    """The aliases, sorted longest first, as one alternation (flag-independent: it sets its
    own case rule). `exact(alias)` gives the only spellings an alias matches in (the table's
    short all-letter ones: 'AP', not 'Ap'), or () when it matches in any case.

    The exact spellings follow the trie's branches under the same first character. That is
    the longest-first order when every exact alias is all letters and every all-letter alias
    in any case is longer: of two aliases matching at one place, the shorter is a prefix of
    the longer's text, so an exact one is never longer than one in any case. The trie also
    needs its aliases in ASCII (a non-ASCII letter may match a sibling's case variant). An
    alias in any case with a letter beyond ASCII ('ČTK') goes before the trie as a branch of its
    own, longest first: no text it matches is matched by an ASCII alias, nor is a prefix of
    one, so the order stays longest first, unless one of its letters matches an ASCII letter
    ('ſ', the Kelvin sign) or it is all letters and no longer than an exact alias. Otherwise
    the plain alternation is returned."""
    exact_forms = [(alias, exact(alias)) for alias in aliases]
    longest_exact = max((len(a) for a, forms in exact_forms if forms), default=0)
    if any(
        not alias
        or (forms and not alias.isalpha())
        or (not forms and alias.isalpha() and len(alias) <= longest_exact)
        or (not forms and not alias.isascii() and not _ASCII_LIKE.isdisjoint(alias))
        for alias, forms in exact_forms
    ):
        return _plain(exact_forms)
    apart = [f"(?i:{re.escape(a)})" for a, forms in exact_forms if not (forms or a.isascii())]
    exact_forms = [(alias, forms) for alias, forms in exact_forms if forms or alias.isascii()]
    trie: dict[str, Any] = {}  # character -> the node after it (_END: an alias ends)
    tails: dict[str, list[str]] = {}  # first character -> the rest of each exact spelling
    for alias, forms in exact_forms:
        for form in forms:
            tails.setdefault(form[:1], []).append(re.escape(form[1:]))
        if not forms:
            node = trie
            for ch in alias:
                node = node.setdefault(ch, {})
            node[_END] = {}
    groups: dict[str, list[str]] = {}
    for ch, child in trie.items():
        subtree = _subtree(child)
        rest = f"(?i:{subtree})" if subtree else ""
        for variant in case_variants(ch):
            groups.setdefault(variant, []).append(rest)
    for first, rests in tails.items():
        groups.setdefault(first, []).extend(rests)
    branches = apart + [
        re.escape(first) + (rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")")
        for first, rests in groups.items()
    ]
    return "(?-i:" + ("|".join(branches) or "(?!)") + ")"


def _plain(exact_forms: list[tuple[str, tuple[str, ...]]]) -> str:
    parts = [
        "(?-i:" + "|".join(map(re.escape, forms)) + ")" if forms else f"(?i:{re.escape(alias)})"
        for alias, forms in exact_forms
    ]
    return "(?:" + ("|".join(parts) or "(?!)") + ")"
