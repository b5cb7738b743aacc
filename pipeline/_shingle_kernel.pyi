"""Stub of the compiled build's C loop (`_shingle_kernel.c`); absent from plain installs."""

import numpy as np

def hash_batch(
    points: np.ndarray,
    fold: np.ndarray | None,
    space: np.ndarray,
    word: np.ndarray,
    astral_words: np.ndarray,
    coef: np.ndarray,
    short_tag: int,
    texts: int,
    joined: bool,
) -> tuple[bytes, bytes, bytes, bytes] | None: ...
