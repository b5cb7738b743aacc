import datetime as dt
import hashlib
import os
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from pipeline import ingest
from pipeline.config import IngestParams
from pipeline.ingest import (
    article_id,
    display_uri,
    list_inputs,
    read_files,
    records_from_file,
)
from pipeline.objectstore import list_objects

P = IngestParams()


def test_jsonl_keeps_good_lines_and_rejects_the_malformed_one_by_line_number():
    raw = (
        b'{"text": "First story text here.", "url": "https://www.example.com/a",'
        b' "authors": ["Ann Lee", "Bo Chan"], "published": "2025-03-04"}\n'
        b'{"text": "unterminated\n'
        b'{"title": "No text"}\n'
    )
    result = records_from_file(raw, "b/x.jsonl", "b", ".jsonl", P)
    assert [r["source_uri"] for r in result.records] == ["b/x.jsonl#1"]
    record = result.records[0]
    assert record["publisher"] == "example.com"
    assert record["meta_authors"] == ["Ann Lee", "Bo Chan"]
    assert record["meta_published"] == dt.date(2025, 3, 4)
    assert [(r["source_uri"], r["reason"]) for r in result.rejects] == [
        ("b/x.jsonl#2", "malformed_json"),
        ("b/x.jsonl#3", "missing_text"),
    ]


def test_csv_rows_with_quoted_newlines_and_separator_token():
    raw = (
        b"url,site,authors,published,title,text\n"
        b'https://a.example/1,a.example,"Jane Doe, John Roe",2025-03-05,T1,"Line one, with comma'
        b'\nline two"\n'
        b"https://a.example/2,a.example,,2025-03-06,T2,First para ### Second para\n"
    )
    result = records_from_file(raw, "b/f.csv", "b", ".csv", P)
    assert not result.rejects
    first, second = result.records
    assert first["text"] == "Line one, with comma\nline two"
    assert first["meta_authors"] == ["Jane Doe", "John Roe"]
    assert first["meta_title"] == "T1"
    assert second["text"] == "First para\nSecond para"
    assert second["source_uri"] == "b/f.csv#2"


BELLS = "\x07" * 9


def test_a_csv_rows_encoding_and_control_characters_are_its_own():
    story = "Ferries resume across the strait after the storm, the port said on Monday. " * 4
    story = story.strip()  # 10 controls in the file's ~650 characters: under 2 %
    raw = (
        "title,text\n"
        f'Caf\xe9 reopens,"{story}"\n'
        f'A stray control,"{story}\x07"\n'
        f'Mostly controls,"{BELLS}{story[:20]}"\n'
    ).encode("cp1252")
    result = records_from_file(raw, "b/f.csv", "b", ".csv", P)
    assert [(r["meta_title"], r["encoding"], r["ingest_flags"]) for r in result.records] == [
        ("Caf\xe9 reopens", "cp1252", ["encoding_fallback"]),
        ("A stray control", "cp1252", ["encoding_fallback", "control_chars_removed"]),
    ]
    assert result.records[1]["text"] == story
    assert [(r["source_uri"], r["reason"]) for r in result.rejects] == [
        ("b/f.csv#3", "undecodable")
    ]


def test_csv_without_a_text_column_is_one_clear_reject():
    result = records_from_file(b"url,title\nhttps://x,y\n", "b/f.csv", "b", ".csv", P)
    assert not result.records
    assert [r["reason"] for r in result.rejects] == ["missing_text_column"]
    assert "text" in result.rejects[0]["detail"]


def test_json_list_and_fakenewsnet_style_object():
    listing = records_from_file(
        b'[{"text": "a b c"}, {"text": "d e f"}]', "b/l.json", "b", ".json", P
    )
    assert [r["source_uri"] for r in listing.records] == ["b/l.json#1", "b/l.json#2"]
    single = records_from_file(
        b'{"text": "x y z", "publish_date": {"$date": 1500000000000}}', "b/o.json", "b", ".json", P
    )
    assert single.records[0]["meta_published"] == dt.date(2017, 7, 14)


def test_unsupported_and_oversized_files_are_rejects():
    small = IngestParams(max_file_bytes=10)
    assert records_from_file(b"x" * 11, "b/a.txt", "b", ".txt", small).rejects[0]["reason"] == (
        "too_large"
    )
    assert records_from_file(b"x", "b/a.pdf", "b", ".pdf", P).rejects[0]["reason"] == (
        "unsupported_format"
    )


def test_article_id_is_stable_and_depends_on_uri_and_bytes():
    assert article_id("a.txt", "0" * 64) == article_id("a.txt", "0" * 64)
    assert article_id("a.txt", "0" * 64) != article_id("b.txt", "0" * 64)
    assert len(article_id("a.txt", "0" * 64)) == 24


def test_list_inputs_sorts_names_batches_and_ignores_docs(tmp_path):
    batch = tmp_path / "mybatch"
    (batch / "sub").mkdir(parents=True)
    for name in ("b.txt", "a.jsonl", "README.md", "sub/c.csv", ".hidden.txt"):
        (batch / name).write_text("x")
    found, ignored = list_inputs([batch])
    assert [(p.relative_to(batch).as_posix(), b) for p, b in found] == [
        ("a.jsonl", "mybatch"),
        ("b.txt", "mybatch"),
        ("sub/c.csv", "mybatch"),
    ]
    assert sorted(p.name for p in ignored) == [".hidden.txt", "README.md"]


def test_unreadable_file_is_a_reject_in_a_build_and_an_error_in_strict_mode(tmp_path):
    import pytest

    from pipeline.ingest import UnreadableInput, read_files

    folder = tmp_path / "batch"
    folder.mkdir()
    good = folder / "a.txt"
    good.write_text("Headline\n\nA sentence of the story that is long enough to be prose.")
    missing = folder / "gone.txt"  # listed, then vanished before it was read
    result = read_files([(good, "batch"), (missing, "batch")], P)
    assert len(result.records) == 1
    assert [(r["reason"], r["source_uri"].endswith("gone.txt")) for r in result.rejects] == [
        ("unreadable", True)
    ]
    with pytest.raises(UnreadableInput, match=r"gone\.txt"):
        read_files([(missing, "batch")], P, strict=True)


def test_a_file_uri_is_read_through_pyarrow_like_the_folder_it_names(tmp_path):
    """The object-store path without a server: file:// goes through pyarrow.fs too."""
    from pipeline.ingest import read_files
    from pipeline.objectstore import ObjectRef

    batch = tmp_path / "mybatch"
    (batch / "sub").mkdir(parents=True)
    (batch / ".git").mkdir()
    for name in ("b.txt", "README.md", "sub/c.jsonl", ".git/HEAD"):
        (batch / name).write_bytes(b'{"text": "Story text."}\n' if "jsonl" in name else b"Text.")
    found, ignored = list_inputs([f"file://{batch}"])
    assert all(isinstance(p, ObjectRef) for p, _ in found)
    assert [(str(p), b) for p, b in found] == [
        (f"file://{batch}/b.txt", "mybatch"),
        (f"file://{batch}/sub/c.jsonl", "mybatch"),
    ]
    assert [str(p) for p in ignored] == [f"file://{batch}/README.md"]
    by_uri = read_files(found, P)
    by_path = read_files([(batch / "b.txt", "mybatch"), (batch / "sub/c.jsonl", "mybatch")], P)
    assert [r["source_uri"] for r in by_uri.records] == [
        f"file://{batch}/b.txt",
        f"file://{batch}/sub/c.jsonl#1",
    ]
    strip = ("source_uri", "article_id")
    assert [{k: v for k, v in r.items() if k not in strip} for r in by_uri.records] == [
        {k: v for k, v in r.items() if k not in strip} for r in by_path.records
    ]


_SEGMENT = st.sampled_from(["..", ".", "a", "b", "raw", "work", "main", "x.txt", "é d"])


@given(st.lists(_SEGMENT, min_size=1, max_size=6), st.booleans())
def test_display_uri_is_relpath(segments, absolute):
    """The folder-cached form gives what os.path.relpath gives, for any path."""
    path = Path(("/" if absolute else "") + "/".join(segments))
    if not path.is_absolute() and ".." not in path.parts:
        expected = path.as_posix()
    else:
        expected = Path(os.path.relpath(path)).as_posix()
    assert display_uri(path) == expected


def test_display_uri_of_the_working_folder_and_its_ancestors():
    here = Path(os.getcwd())
    assert [display_uri(p) for p in (here, here.parent, here / "x.txt")] == [".", "..", "x.txt"]
    assert display_uri(here.parent / "other" / "a.txt") == "../other/a.txt"


def test_a_file_over_max_file_bytes_is_rejected_from_a_bounded_read(tmp_path, monkeypatch):
    folder = tmp_path / "b"
    folder.mkdir()
    data = {"huge.csv": b"text\n" + b"x" * 5000 + b"\n", "scan.pdf": b"%PDF" + b"y" * 3000}
    for name, raw in data.items():
        (folder / name).write_bytes(raw)
    seen: list[bytes | None] = []
    real = ingest._read_local

    def spy(path, limit):
        raw = real(path, limit)
        seen.append(raw)
        return raw

    monkeypatch.setattr(ingest, "_read_local", spy)
    small = IngestParams(max_file_bytes=1000)
    result = read_files([(folder / name, "b") for name in data], small)
    assert seen == [None, None]  # neither file was read into memory
    assert not result.records
    got = [
        (r["source_uri"].split("/")[-1], r["reason"], r["source_sha256"]) for r in result.rejects
    ]
    assert got == [
        ("huge.csv", "too_large", hashlib.sha256(data["huge.csv"]).hexdigest()),
        ("scan.pdf", "unsupported_format", hashlib.sha256(data["scan.pdf"]).hexdigest()),
    ]
    assert "5,006 bytes > max_file_bytes 1,000" in result.rejects[0]["detail"]


def test_an_object_over_max_file_bytes_is_rejected_with_the_hash_of_all_its_bytes(tmp_path):
    folder = tmp_path / "b"
    folder.mkdir()
    raw = b"text\n" + b"x" * (3 << 20)  # three chunks of the object reader past the limit
    (folder / "huge.csv").write_bytes(raw)
    objects, batch = list_objects(f"file://{folder}")
    result = read_files([(o, batch) for o in objects], IngestParams(max_file_bytes=1000))
    assert [(r["reason"], r["source_sha256"]) for r in result.rejects] == [
        ("too_large", hashlib.sha256(raw).hexdigest())
    ]
    assert f"{len(raw):,} bytes > max_file_bytes 1,000" in result.rejects[0]["detail"]
