"""The numpy shingle hashes describe the same shingles as the string reference."""

from __future__ import annotations

import os
import re
import unicodedata

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import dedup_shingles as shingles
from pipeline.dedup_shingles import FOLD, _points, exact_key, hash_texts, normalise

WORD = re.compile(r"\w+")
# Letters that fold (quotes, dashes, ß -> ss, final sigma), combine (e + U+0301), live beyond
# the Basic Multilingual Plane, or are white space str.split() knows.
ALPHABET = list("ab cD\t\n\u00a0\u2003ß’“«—Σσς_1é\u0301ﬁ\U00010400\U0001f600İ\x00\x85.,-'")


def reference(text: str, size: int) -> list[str]:
    words = WORD.findall(normalise(text))
    if len(words) <= size:
        return [" ".join(words)] if words else []
    return [" ".join(words[i : i + size]) for i in range(len(words) - size + 1)]


def check(texts: list[str], size: int) -> None:
    hashed = hash_texts(texts, size)
    assert len(hashed.exact) == len(texts) == len(hashed.chars)
    for i, text in enumerate(texts):
        normal = normalise(text)
        assert hashed.chars[i] == len(normal)
        width = 1 if max(normal, default="a") < "\u0100" else 2 if max(normal) < "\U00010000" else 4
        encoding = {1: "latin-1", 2: "utf-16-le", 4: "utf-32-le"}[width]
        assert hashed.exact[i] == exact_key(normal.encode(encoding), width)
        strings, hashes = reference(text, size), hashed.of(i).tolist()
        assert len(strings) == len(hashes)
        # the same partition: equal shingles have equal hashes and different ones differ
        assert len(set(strings)) == len(set(hashes)) == len(set(zip(strings, hashes, strict=True)))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.text(alphabet=st.sampled_from(ALPHABET), max_size=60), max_size=8),
    st.sampled_from([1, 2, 3, 5]),
)
def test_hashes_partition_shingles_like_the_string_reference(texts, size):
    check(texts, size)


def test_news_text_and_edge_cases():
    texts = [
        "Storm hits the coast.\n\nThe council’s “plan” — delayed — was   cut.",
        'STORM HITS THE COAST. The Council\'s "plan" - delayed - was cut.',
        "Storm hits the coast! The council's plan, delayed, was cut.",
        "",
        "   ",
        "one",
        "one two",
        "one two three",
        "a\x00b c d",  # a text holding the batch separator is hashed alone
        "Straße STRASSE strasse",
    ]
    check(texts, 3)
    hashed = hash_texts(texts, 3)
    assert hashed.exact[0] == hashed.exact[1]  # folded quotes, dashes, case, white space
    assert hashed.exact[0] != hashed.exact[2]  # other punctuation: not an exact copy
    assert np.array_equal(hashed.of(0), hashed.of(2))  # but the same words
    assert hashed.counts().tolist()[3:8] == [0, 0, 1, 1, 1]


def test_results_do_not_depend_on_batching():
    texts = [f"word{i} " * (i % 7) + "tail end here" for i in range(50)]
    together = hash_texts(texts, 3)
    alone = [hash_texts([t], 3) for t in texts]
    for i, one in enumerate(alone):
        assert np.array_equal(together.of(i), one.of(0))
        assert together.exact[i] == one.exact[0]


def test_points_beyond_the_bmp_take_the_table_path_with_the_same_result():
    """An emoji in a batch no longer sends the whole batch through `str.casefold` (a third of
    a real corpus's batches held one); a Deseret capital still folds to its small letter."""
    texts = ["Flag \U0001f1fa\U0001f1f8 “up” \U00010400X", "Plain — TEXT"]
    joined = unicodedata.normalize("NFC", "\x00".join(texts))
    for old, new in FOLD.items():
        joined = joined.replace(old, new)
    expected = np.frombuffer(joined.casefold().encode("utf-32-le"), dtype=np.uint32)
    assert np.array_equal(_points(texts), expected)
    assert chr(_points(["\U00010400"])[0]) == "\U00010428"


# The compiled build's C loop (`pipeline/_shingle_kernel.c`) against the numpy code.
needs_kernel = pytest.mark.skipif(
    shingles.kernel is None and os.environ.get("COPYDESK_EXPECT_COMPILED") != "1",
    reason="no compiled shingle kernel in this build (make test-compiled)",
)


def both_ways(texts: list[str], size: int, monkeypatch: pytest.MonkeyPatch) -> None:
    assert shingles.kernel is not None, "the compiled build has no shingle kernel"
    compiled = hash_texts(texts, size)
    with monkeypatch.context() as patch:
        patch.setattr(shingles, "kernel", None)
        plain = hash_texts(texts, size)
    assert compiled.exact == plain.exact
    assert compiled.chars.tolist() == plain.chars.tolist()
    assert compiled.shingles.dtype == plain.shingles.dtype == np.uint64
    assert compiled.shingles.tolist() == plain.shingles.tolist()
    assert compiled.offsets.tolist() == plain.offsets.tolist()


@needs_kernel
@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.text(alphabet=st.sampled_from(ALPHABET), max_size=60), max_size=8),
    st.sampled_from([1, 2, 3, 5]),
)
def test_the_c_kernel_gives_the_numpy_hashes(texts, size):
    with pytest.MonkeyPatch.context() as monkeypatch:
        both_ways(texts, size, monkeypatch)


@needs_kernel
def test_the_c_kernel_gives_the_numpy_hashes_on_news_text(monkeypatch):
    """Many texts over several batches, with an emoji, ß (a casefold into two points) and
    a text holding the batch separator."""
    texts = [
        f"Story {i}: the council’s “plan” — delayed —  was cut.\n\nMore  text here {i % 7}."
        for i in range(3000)
    ]
    texts[10] += " 😀 𝐀𝐁"
    texts[2000] += " Straße"
    texts[2500] = "a\x00b c d"
    both_ways(texts, 3, monkeypatch)
    both_ways(["", " ", "one", "one two"], 3, monkeypatch)


@needs_kernel
def test_the_c_kernel_refuses_bad_tables():
    assert shingles.kernel is not None
    points = np.array([97, 32, 98], np.uint32)
    coef = shingles._coefficients(3)
    with pytest.raises(ValueError, match="bad tables"):
        shingles.kernel.hash_batch(
            points,
            None,
            shingles._SPACE[:10],
            shingles._WORD,
            np.empty(0, np.uint32),
            coef,
            0,
            1,
            False,
        )


def test_astral_word_points_skip_symbols_and_the_several_points_mark():
    """The C loop's word test beyond the BMP: letters yes, emoji no, and `_MANY` (a fold into
    several points, no character) neither, rather than an error from chr()."""
    points = np.array([0x1F600, shingles._MANY, 0x10400, 97, 0x1D400], np.uint32)
    assert shingles._astral_words(points).tolist() == [0x10400, 0x1D400]
    assert shingles._astral_words(np.array([97, 98], np.uint32)).tolist() == []


@needs_kernel
def test_the_c_kernel_refuses_a_batch_short_of_separators():
    """Two texts joined need one separator (0) between them: none is an error, not a read
    past the batch."""
    assert shingles.kernel is not None
    args = (shingles._SPACE, shingles._WORD, np.empty(0, np.uint32), shingles._coefficients(3))
    with pytest.raises(ValueError, match="fewer separators than texts"):
        shingles.kernel.hash_batch(np.array([97, 32, 98], np.uint32), None, *args, 0, 2, True)
    out = shingles.kernel.hash_batch(np.array([97, 0, 98], np.uint32), None, *args, 0, 2, True)
    assert out is not None and np.frombuffer(out[1], np.int64).tolist() == [1, 3]
