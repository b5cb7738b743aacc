"""The language detector: py3langid's model, its automaton walk vectorised with numpy.

Kept apart from `quality` because its class is defined on first use (the model loads only
when a text needs it), which mypyc cannot compile: this module stays Python in the compiled
build (setup.py), `quality` does not.
"""

from __future__ import annotations

import functools
from collections import Counter
from typing import Any

import numpy as np


@functools.lru_cache(maxsize=1)
def identifier() -> Any:
    """py3langid's identifier (normalised probabilities), built once."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    class Identifier(LanguageIdentifier):
        """py3langid's model with its byte-by-byte automaton walk done by numpy (same scores).

        py3langid walks an Aho-Corasick automaton over the text's bytes in a Python loop and
        counts the states that emit a feature. Here all positions move at once: after k
        rounds, position i holds the state reached from the root over the k bytes ending at
        i (`states[i] = move(previous round's states[i - 1], byte[i])`). The true walk is the
        only fixed point of that round, so the rounds stop when nothing changes (after the
        length of the longest feature seen, at most a few bytes). The visits are counted and
        scored as py3langid does, so the scores are bit for bit the same.
        """

        __slots__ = ("_emits", "_moves", "_rows", "_table")

        def _raw_score(self, text: bytes) -> Any:
            if not hasattr(self, "_moves"):
                moves = self.tk_nextmove  # an array.array of state numbers
                self._moves = np.frombuffer(moves, dtype=np.dtype(moves.typecode))
                self._rows = np.asarray(self._rowbase, dtype=np.intp)
                self._emits = np.asarray(self.tk_output, dtype=np.intp)
                # The float16 weights as float32 (exact): numpy's mixed float32 @ float16
                # product converts the rows on every call, many times slower than the sums.
                self._table = self.nb_ptc.astype(np.float32)
            codes = np.frombuffer(text, dtype=np.uint8)
            states = np.zeros(len(codes), dtype=self._moves.dtype)
            before = np.zeros(len(codes), dtype=self._moves.dtype)  # state before each byte
            while True:
                before[1:] = states[:-1]
                moved = self._moves[self._rows[before] + codes]
                if moved.tobytes() == states.tobytes():
                    break
                states = moved
            emitted = self._emits[states]
            visits = Counter(emitted[emitted >= 0].tolist())
            if not visits:
                return super()._raw_score(b"")  # no features: py3langid's own fill
            return self._sparse_score(visits, self._table)

    return Identifier.from_model_file(MODEL_FILE, norm_probs=True)
