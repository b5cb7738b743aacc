"""Bytes to text: detect the encoding, repair mixed encodings, refuse binary data.

Scraped news arrives as UTF-8, UTF-8 with a BOM, UTF-16, or cp1252/Latin-1 (often mixed in
one file). We never guess silently: the encoding used and any repair are recorded.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass, field

_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_MAGIC = (b"\x89PNG", b"%PDF", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b")
# C0/C1 controls other than tab/newline/CR, and noncharacters: signs of a wrong decode.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x85]")
_ZERO_WIDTH = re.compile(r"[\u200b\ufeff]")
# The same characters in valid UTF-8 bytes: C0 controls and DEL are single bytes there, C1
# controls are \xc2 followed by 0x80-0x9f, and U+FFFD-U+FFFF start with \xef\xbf.
_CONTROL_BYTES = bytes([*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])
_C1_UTF8 = re.compile(rb"\xc2[\x80-\x9f]")
_FFFX_UTF8 = re.compile(rb"\xef\xbf")
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)


@dataclass(frozen=True)
class Decoded:
    """Result of decoding: text, or a reject reason with a detail."""

    text: str | None
    encoding: str
    flags: tuple[str, ...] = field(default=())
    reason: str | None = None
    detail: str = ""


def _cp1252_fallback(err: UnicodeError) -> tuple[str, int]:
    """Decode an invalid UTF-8 span as cp1252 (Latin-1 for its five undefined bytes)."""
    assert isinstance(err, UnicodeDecodeError)
    chunk = err.object[err.start : err.end]
    out = "".join(
        bytes([b]).decode("cp1252") if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else chr(b)
        for b in chunk
    )
    return out, err.end


codecs.register_error("copydesk-cp1252", _cp1252_fallback)


def repair(raw: bytes) -> str:
    """UTF-8 with any invalid bytes read as cp1252: the decode of a file that mixes them."""
    return raw.decode("utf-8", errors="copydesk-cp1252")


def normalise(text: str, line_separator: str | None = None) -> str:
    """One newline convention, NFC, no zero-width marks; an optional separator splits lines."""
    # `in` scans are memchr-fast; the regexes run only when there is something to replace.
    if "\r" in text or "\u2028" in text or "\u2029" in text or "\x85" in text:
        text = _NEWLINES.sub("\n", text)
    if line_separator and line_separator in text:
        text = text.replace(line_separator, "\n")
    if "\u200b" in text or "\ufeff" in text:
        text = _ZERO_WIDTH.sub("", text)
    return text if text.isascii() else unicodedata.normalize("NFC", text)


def decode(raw: bytes, max_control_share: float = 0.02, strip: bool = True) -> Decoded:
    """Decode raw article bytes, or say precisely why they are not text. With `strip` false,
    stray control characters stay in for the caller to remove record by record."""
    if not raw.strip():
        return Decoded(None, "none", reason="empty", detail="no bytes besides white space")
    if raw.startswith(codecs.BOM_UTF8):
        return check_text(repair(raw[3:]), "utf-8-sig", (), max_control_share, strip)
    if raw.startswith(_UTF16_BOMS):
        try:
            return check_text(raw.decode("utf-16"), "utf-16", (), max_control_share, strip)
        except UnicodeDecodeError as exc:
            return Decoded(None, "utf-16", reason="undecodable", detail=f"bad UTF-16: {exc}")
    if raw.startswith(_MAGIC) or raw.count(b"\x00") > max(1, len(raw) // 1000):
        return Decoded(None, "none", reason="binary", detail="binary data (file magic or NULs)")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if _clean_utf8(raw):
            return Decoded(text, "utf-8")  # what check_text returns when it finds nothing
        return check_text(text, "utf-8", (), max_control_share, strip)
    # Valid multi-byte UTF-8 sequences beside invalid bytes: the file mixes encodings.
    if _UTF8_MULTIBYTE.search(raw):
        text = repair(raw)
        return check_text(text, "utf-8+cp1252", ("encoding_repaired",), max_control_share, strip)
    return check_text(
        raw.decode("cp1252", errors="copydesk-cp1252"),
        "cp1252",
        ("encoding_fallback",),
        max_control_share,
        strip,
    )


def _clean_utf8(raw: bytes) -> bool:
    """True if valid UTF-8 `raw` holds none of the characters `check_text` counts.

    Byte scans (a translate table, memchr for the lead bytes) cost a quarter of a character
    class over every character of the decoded text; anything that might be one (e.g.
    U+FFC0-U+FFFF) goes to `check_text`.
    """
    return (
        len(raw.translate(None, _CONTROL_BYTES)) == len(raw)
        and (b"\xef" not in raw or _FFFX_UTF8.search(raw) is None)
        and (b"\xc2" not in raw or _C1_UTF8.search(raw) is None)
    )


def check_decoded(text: str, encoding: str, flags: tuple[str, ...] = ()) -> Decoded:
    """`check_text` for text that arrives decoded (a JSON string, a CSV cell): the byte scan of
    `_clean_utf8` first, about 5x faster than the character class when it finds nothing."""
    if _clean_utf8(text.encode("utf-8", "surrogatepass")):
        return Decoded(text, encoding, flags)
    return check_text(text, encoding, flags)


def check_text(
    text: str,
    encoding: str,
    flags: tuple[str, ...] = (),
    max_share: float = 0.02,
    strip: bool = True,
) -> Decoded:
    """Refuse text that is mostly control characters; strip a few strays and say so."""
    bad = len(_CONTROL.findall(text)) + text.count("\ufffd")
    if bad > max(2, len(text) * max_share):
        return Decoded(
            None,
            encoding,
            reason="undecodable",
            detail=f"{bad} control or replacement characters in {len(text)} after {encoding}",
        )
    if bad and strip:
        text = _CONTROL.sub("", text).replace("\ufffd", "")
        flags = (*flags, "control_chars_removed")
    return Decoded(text, encoding, flags)
