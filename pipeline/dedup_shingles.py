"""Normalised texts and word-shingle hashes for many texts at once, in numpy.

Building a Python string per shingle (and per word) was most of the cost of a signature.
Here a batch of texts is joined into one array of code points; quote folding and case
folding are a table lookup, white space is collapsed by a mask, words are the runs of `\\w`
characters (the words of `re.findall(r"\\w+")`), each word gets a polynomial hash of its code
points (prefix sums mod 2**64) and a shingle mixes its words' hashes. The hashes have no
per-process salt, so signatures agree across workers, runs and machines. `normalise` is the
same normal form for one text, as a string (the reference the tests compare with). The
compiled build (setup.py) runs the folding, collapse, words and shingles of a batch as one loop
in C (`_shingle_kernel.c`), with the same tables and arithmetic: the same values, tested.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass
from types import ModuleType

import numpy as np

kernel: ModuleType | None
try:  # the compiled build's loop in C (setup.py); the numpy code below gives the same values
    from pipeline import _shingle_kernel

    kernel = _shingle_kernel
except ImportError:  # pragma: no cover - which one runs depends on the build
    kernel = None

# Quotes and dashes folded before hashing.
FOLD = {
    "‘": "'",
    "’": "'",
    "‚": "'",
    "‛": "'",
    "“": '"',
    "”": '"',
    "„": '"',
    "‟": '"',
    "«": '"',
    "»": '"',
    "–": "-",
    "—": "-",
}
_SEP = "\x00"  # joins texts in a batch (a text holding it is hashed alone)
_BATCH_CHARS = 250_000  # code points per numpy pass: bounds memory (~40 bytes per point)
_BASE = np.uint64(0x100000001B3)  # odd, so invertible mod 2**64
_BASE_INV = np.uint64(pow(int(_BASE), -1, 2**64))
_GOLDEN = np.uint64(0x9E3779B97F4A7C15)  # spreads the word positions' coefficients
_SHORT = np.uint64(0x94D049BB133111EB)  # marks a text shorter than one shingle


_MANY = 0xFFFFFFFF  # a casefold into several points (ß -> ss): str.casefold does the batch


def _fold_one(point: int) -> int:
    """The folded and casefolded point of one character (`_MANY` if it folds into several)."""
    folded = FOLD.get(chr(point), chr(point)).casefold()
    return ord(folded) if len(folded) == 1 else _MANY


def _tables() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per BMP code point: its folded and casefolded point (_MANY if several), space, `\\w`."""
    chars = [chr(c) for c in range(0x10000)]
    target = np.array([_fold_one(c) for c in range(0x10000)], dtype=np.uint32)
    space = np.array([c.isspace() for c in chars])
    word = np.array([c == "_" or c.isalnum() for c in chars])  # `\w` in Python's re
    return target, space, word


_TARGET, _SPACE, _WORD = _tables()


def normalise(text: str) -> str:
    """Unicode NFC, quotes and dashes folded, case folded, white space collapsed."""
    text = unicodedata.normalize("NFC", text)
    for old, new in FOLD.items():
        text = text.replace(old, new)
    return " ".join(text.casefold().split())


def _fmix(x: np.ndarray) -> np.ndarray:
    """MurmurHash3's 64-bit finaliser: spreads every input bit over the output."""
    x = x ^ (x >> np.uint64(33))
    x = x * np.uint64(0xFF51AFD7ED558CCD)
    x = x ^ (x >> np.uint64(33))
    x = x * np.uint64(0xC4CEB9FE1A85EC53)
    return x ^ (x >> np.uint64(33))


_POWERS: dict[int, np.ndarray] = {}


def _powers(base: np.uint64, n: int) -> np.ndarray:
    """base**i mod 2**64 for i < n, cached (grown to the largest batch seen)."""
    key = int(base)
    have = _POWERS.get(key)
    if have is None or len(have) < n:
        size = max(n, _BATCH_CHARS + 1)
        have = np.full(size, base, dtype=np.uint64)
        have[0] = 1
        have = _POWERS[key] = np.cumprod(have, dtype=np.uint64)  # wraps mod 2**64
    return have[:n]


@dataclass(frozen=True)
class TextHashes:
    """Per text: a 16-byte key of its normal form, its length, and its shingle hashes
    (text i owns shingles[offsets[i]:offsets[i + 1]], in word order, repeats kept)."""

    exact: list[bytes]
    chars: np.ndarray
    shingles: np.ndarray
    offsets: np.ndarray

    def of(self, i: int) -> np.ndarray:
        return self.shingles[self.offsets[i] : self.offsets[i + 1]]

    def counts(self) -> np.ndarray:
        return np.diff(self.offsets)


def hash_texts(texts: list[str], size: int) -> TextHashes:
    """Normal-form keys, lengths and word `size`-gram hashes of each text (a text of fewer
    words than `size` has one gram: all its words)."""
    parts: list[TextHashes] = []
    batch: list[str] = []
    chars = 0
    for text in texts:
        if _SEP in text or chars + len(text) > _BATCH_CHARS:
            if batch:
                parts.append(_hash_batch(batch, size))
            batch, chars = [], 0
        if _SEP in text:
            parts.append(_hash_batch([text], size))
            continue
        batch.append(text)
        chars += len(text) + 1
    if batch or not parts:
        parts.append(_hash_batch(batch, size))
    if len(parts) == 1:
        return parts[0]
    counts = np.concatenate([p.counts() for p in parts])
    return TextHashes(
        [k for p in parts for k in p.exact],
        np.concatenate([p.chars for p in parts]),
        np.concatenate([p.shingles for p in parts]),
        np.concatenate([[0], np.cumsum(counts)]).astype(np.int64),
    )


def _points(texts: list[str]) -> np.ndarray:
    """Code points of the joined texts after NFC, quote folding and case folding."""
    return _fold(*_nfc_points(texts))


def _nfc_points(texts: list[str]) -> tuple[str, np.ndarray]:
    """The joined texts in NFC, and their code points."""
    joined = unicodedata.normalize("NFC", _SEP.join(texts))
    return joined, np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32)


def _fold(joined: str, points: np.ndarray) -> np.ndarray:
    if not len(points) or points.max() < 0x10000:
        folded = _TARGET[points]
    else:  # emoji: one in a batch sent ~a third of a real corpus's batches the slow way
        folded = _fold_astral(points)
        small = points < 0x10000
        folded[small] = _TARGET[points[small]]
    if not (folded == _MANY).any():
        return folded
    # Rare: a casefold into several points (ß -> ss).
    for old, new in FOLD.items():
        joined = joined.replace(old, new)
    return np.frombuffer(joined.casefold().encode("utf-32-le"), dtype=np.uint32)


def _fold_astral(points: np.ndarray) -> np.ndarray:
    """A copy of `points` with those beyond the BMP folded (a Python call per distinct one)."""
    folded = points.copy()
    big = points > 0xFFFF
    astral, at = np.unique(points[big], return_inverse=True)
    folded[big] = np.array([_fold_one(c) for c in astral.tolist()], np.uint32)[at]
    return folded


def _collapse(points: np.ndarray, joined: bool) -> np.ndarray:
    """White space collapsed as `" ".join(text.split())` does (per text if `joined`)."""
    if not len(points):
        return points
    if points.max() < 0x10000:
        space = _SPACE[points]
    else:
        space = np.zeros(len(points), dtype=bool)
        small = points < 0x10000
        space[small] = _SPACE[points[small]]
    token = ~space & (points != 0) if joined else ~space  # a separator ends a text
    edge = np.diff(space.astype(np.int8), prepend=np.int8(0), append=np.int8(0))
    first, after = np.flatnonzero(edge == 1), np.flatnonzero(edge == -1)  # space runs
    # A run becomes one " " between two tokens of the same text, else it goes.
    solid = np.r_[token, False]
    kept = first[(first > 0) & solid[first - 1] & solid[after]]
    keep = ~space
    keep[kept] = True
    out = points.copy()
    out[kept] = 32
    return out[keep]


def exact_key(data: bytes, width: int) -> bytes:
    """The exact-copy key of a normal form given as `width`-byte code points."""
    return hashlib.blake2b(data, digest_size=16, person=b"width%d" % width).digest()


def _exact_keys(points: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> list[bytes]:
    """16-byte blake2b of each text's code points, in the narrowest width that holds them
    (the width is part of the hash, so a key depends on the text alone)."""
    if not len(points):
        return [exact_key(b"", 1) for _ in starts]
    top = np.maximum.reduceat(points, np.minimum(starts, len(points) - 1))
    top[starts == ends] = 0
    narrow: dict[int, np.ndarray] = {
        1: points.astype(np.uint8),
        2: points.astype(np.uint16),
        4: points,
    }
    keys = []
    for s, e, t in zip(starts.tolist(), ends.tolist(), top.tolist(), strict=True):
        width = 1 if t < 0x100 else 2 if t < 0x10000 else 4
        keys.append(exact_key(narrow[width][s:e].tobytes(), width))
    return keys


def _coefficients(size: int) -> np.ndarray:
    """Odd multipliers of a shingle's word positions."""
    return _fmix(np.arange(1, size + 1, dtype=np.uint64) * _GOLDEN) | np.uint64(1)


def _hash_batch(texts: list[str], size: int) -> TextHashes:
    n = len(texts)
    if not n:
        empty = np.empty(0, dtype=np.int64)
        return TextHashes([], empty, np.empty(0, np.uint64), np.zeros(1, np.int64))
    if kernel is not None:
        return _hash_batch_compiled(texts, size)
    points = _collapse(_points(texts), n > 1)
    bounds = np.flatnonzero(points == 0) if n > 1 else np.empty(0, dtype=np.int64)
    starts_t = np.r_[0, bounds + 1]
    ends_t = np.r_[bounds, len(points)]
    exact = _exact_keys(points, starts_t, ends_t)
    small = points < 0x10000
    word = np.zeros(len(points), dtype=bool)
    word[small] = _WORD[points[small]]
    if not small.all():  # beyond the BMP: ask Python once per distinct character
        for c in np.unique(points[~small]):
            word[points == c] = chr(int(c)).isalnum()
    edge = np.diff(word.astype(np.int8), prepend=np.int8(0), append=np.int8(0))
    starts, ends = np.flatnonzero(edge == 1), np.flatnonzero(edge == -1)
    # Polynomial hash of each word: prefix sums of point * base**position, shifted to 0.
    prefix = np.zeros(len(points) + 1, dtype=np.uint64)
    weighted = (points.astype(np.uint64) + np.uint64(1)) * _powers(_BASE, len(points))
    np.cumsum(weighted, out=prefix[1:])
    words = (prefix[ends] - prefix[starts]) * _powers(_BASE_INV, len(points))[starts]
    words = _fmix(words ^ (ends - starts).astype(np.uint64))
    # Words per text (starts is sorted, so a search per text boundary is enough).
    per_text = np.diff(np.r_[0, np.searchsorted(starts, ends_t)])
    owner = np.repeat(np.arange(n), per_text)
    coef = _coefficients(size)
    m = len(words) - size + 1
    if m > 0:
        mixed = words[:m] * coef[0]
        for j in range(1, size):
            mixed += words[j : j + m] * coef[j]
        grams = _fmix(mixed)
        keep = owner[:m] == owner[size - 1 : size - 1 + m]
        grams, gram_owner = grams[keep], owner[:m][keep]
    else:
        grams, gram_owner = np.empty(0, np.uint64), np.empty(0, np.int64)
    short = np.flatnonzero((per_text > 0) & (per_text < size))
    if len(short):  # the whole text as one gram, tagged so it never equals a full gram
        first = np.r_[0, np.cumsum(per_text)][short]
        extra = _fmix(
            np.array(
                [
                    np.sum(words[f : f + k] * coef[:k]) ^ _SHORT
                    for f, k in zip(first, per_text[short], strict=True)
                ],
                dtype=np.uint64,
            )
        )
        order = np.argsort(np.r_[gram_owner, short], kind="stable")
        grams = np.r_[grams, extra][order]
        gram_owner = np.r_[gram_owner, short][order]
    offsets = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(gram_owner, minlength=n), out=offsets[1:])
    return TextHashes(exact, ends_t - starts_t, grams, offsets)


def _astral_words(points: np.ndarray) -> np.ndarray:
    """The points beyond the BMP (emoji, rare scripts) that are `\\w`, sorted."""
    if not len(points) or points.max() < 0x10000:
        return np.empty(0, np.uint32)
    astral = np.unique(points[points > 0xFFFF]).tolist()  # (_MANY too: no character)
    return np.array([c for c in astral if c <= 0x10FFFF and chr(c).isalnum()], np.uint32)


def _hash_batch_compiled(texts: list[str], size: int) -> TextHashes:
    """`_hash_batch` with the folding, collapse, words and shingles in C; the exact keys are
    the same Python code."""
    assert kernel is not None
    n, coef = len(texts), _coefficients(size)
    joined, raw = _nfc_points(texts)
    points = _fold_astral(raw) if len(raw) and raw.max() > 0xFFFF else raw
    astral = _astral_words(points)
    out = kernel.hash_batch(points, _TARGET, _SPACE, _WORD, astral, coef, int(_SHORT), n, n > 1)
    if out is None:  # a point folds into several (ß -> ss): Python's casefold, then C
        points = _fold(joined, raw)
        astral = _astral_words(points)
        out = kernel.hash_batch(points, None, _SPACE, _WORD, astral, coef, int(_SHORT), n, n > 1)
    assert out is not None
    collapsed, ends, grams, offsets = out
    points = np.frombuffer(collapsed, np.uint32)
    ends_t = np.frombuffer(ends, np.int64)
    starts_t = np.r_[0, ends_t[:-1] + 1]
    return TextHashes(
        _exact_keys(points, starts_t, ends_t),
        ends_t - starts_t,
        np.frombuffer(grams, np.uint64),
        np.frombuffer(offsets, np.int64),
    )
