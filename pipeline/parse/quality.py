"""Quality flags: signs that a text was damaged or machine-rewritten, and its language."""

from __future__ import annotations

import functools
import re

# A lower-case word run straight into a sentence-opening word: 'UkraineThe president'.
# The look-behind is fixed-width, so a 100,000-letter "word" costs linear time, not quadratic.
_GLUED = re.compile(
    r"(?<=[a-z][a-z])(?:The|A|An|In|On|At|He|She|It|They|We|But|And|This|That|His|Her|Its|As|For|"
    r"After|While|When|However|Meanwhile|According|Officials|President)\b"
)
_TRUNCATED_END = re.compile(r"(?:\.\.\.|…|\[\.\.\.\]|\bread more)\s*$", re.IGNORECASE)
_CLOSED = re.compile(r"[.!?…\"”’')\]:]\s*$")


def glued_words(body: str) -> int:
    return len(_GLUED.findall(body))


def truncated(body: str) -> bool:
    last = body.rstrip()
    return bool(last) and (bool(_TRUNCATED_END.search(last)) or not _CLOSED.search(last))


@functools.lru_cache(maxsize=1)
def _identifier() -> object:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def language(text: str) -> str | None:
    """ISO 639-1 code of the text (py3langid, offline), None when too short to tell."""
    sample = text[:400]  # enough to tell a language; langid's cost grows with length
    if len(sample.split()) < 5:
        return None
    code, prob = _identifier().classify(sample)  # type: ignore[attr-defined]
    # Only ISO 639-1 (two letters) goes out: the model also knows a few 3-letter codes.
    return str(code) if prob >= 0.5 and len(str(code)) == 2 else None
