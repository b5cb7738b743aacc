import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.decode import check_decoded, check_text, decode, normalise


@pytest.mark.parametrize(
    ("raw", "text", "encoding", "flags"),
    [
        ("café “x”".encode(), "café “x”", "utf-8", ()),
        (codecs.BOM_UTF8 + "naïve".encode(), "naïve", "utf-8-sig", ()),
        ("Zürich £5".encode("utf-16"), "Zürich £5", "utf-16", ()),
        ("£45m “deal”".encode("cp1252"), "£45m “deal”", "cp1252", ("encoding_fallback",)),
        (
            "naïve ".encode() + b"\x93quoted\x94",
            "naïve “quoted”",
            "utf-8+cp1252",
            ("encoding_repaired",),
        ),
    ],
)
def test_decodes_each_encoding_and_records_it(raw, text, encoding, flags):
    got = decode(raw)
    assert (got.text, got.encoding, got.flags, got.reason) == (text, encoding, flags, None)


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"", "empty"),
        (b" \n\t\r\n", "empty"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "binary"),
        (b"text\x00with\x00nuls\x00everywhere\x00" * 3, "binary"),
        (b"Title\n" + bytes([1, 2, 3, 4, 5, 6, 7, 8, 0x1B]) * 30, "undecodable"),
    ],
)
def test_refuses_non_text_with_a_reason(raw, reason):
    got = decode(raw)
    assert got.text is None
    assert got.reason == reason
    assert got.detail


def test_a_few_stray_control_characters_are_removed_and_flagged():
    got = decode(b"A long enough sentence about the council budget vote\x07 today.")
    assert got.text == "A long enough sentence about the council budget vote today."
    assert "control_chars_removed" in got.flags


def test_normalise_unifies_newlines_separator_and_nfc():
    assert normalise("a\r\nb\rc\u2028d ### e", " ### ") == "a\nb\nc\nd\ne"
    assert normalise("Cafe\u0301") == "Café"


# Characters around every boundary the UTF-8 byte scan of `decode` relies on.
_EDGES = [*map(chr, range(0x00, 0x30)), *map(chr, range(0x70, 0xB0))]
_EDGES += ["\ufffd", "\ufffe", "\uffff", "\uffc0", "\uffef", "\u2019", "\U0001f600", "é"]


@settings(max_examples=500, deadline=None)
@given(st.text(st.sampled_from(_EDGES) | st.characters(blacklist_categories=("Cs",)), min_size=1))
def test_utf8_byte_scan_agrees_with_check_text(text):
    """Valid UTF-8 skips the character scan only when check_text would find nothing."""
    raw = text.encode()
    if not raw.strip() or raw.startswith(codecs.BOM_UTF8) or raw.count(b"\x00") > 1:
        return
    assert decode(raw) == check_text(raw.decode("utf-8"), "utf-8")


@settings(max_examples=500, deadline=None)
@given(
    st.text(st.sampled_from(_EDGES) | st.characters(), min_size=1),  # lone surrogates too
    st.sampled_from([(), ("encoding_repaired",)]),
)
def test_the_fast_check_of_decoded_text_agrees_with_check_text(text, flags):
    assert check_decoded(text, "utf-8", flags) == check_text(text, "utf-8", flags)
