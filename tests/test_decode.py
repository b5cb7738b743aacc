import codecs

import pytest

from pipeline.decode import decode, normalise


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
