"""A large JSONL or CSV file is read as ranges of records (pipeline/ingest_shards.py): many
shards, each bounded, with the same records as reading the file whole."""

import csv
import dataclasses
import hashlib
import io
import itertools
import tempfile
from pathlib import Path
from unittest import mock

import orjson
import pyarrow as pa
import pyarrow.parquet as pq
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import ingest_scan
from pipeline.config import IngestParams, Params
from pipeline.engine import LocalEngine
from pipeline.ingest import display_uri, read_files, records_from_file
from pipeline.ingest_scan import LineRange, csv_ranges, json_ranges, line_ranges
from pipeline.ingest_shards import shard_reads
from pipeline.runner import run_ingest

WHOLE = IngestParams(max_file_bytes=1 << 40)  # reads any test file whole


def _scan(scan, path: Path, max_records: int, max_bytes: int):
    with open(path, "rb") as handle:
        return scan(handle, path.stat().st_size, max_records, max_bytes)


# A line of a JSONL file: a record, a blank line, a broken record, a record with no text.
LINE = st.one_of(
    st.builds(
        lambda text, pad: orjson.dumps({"text": text, "pad": "x" * pad}),
        st.text(st.characters(codec="utf-8"), min_size=1, max_size=30),
        st.integers(0, 120),
    ),
    st.sampled_from([b"", b"   ", b"{not json", b'{"title": "no text"}', b"[1, 2]"]),
)


def _file(lines: list[bytes], ends: list[bytes], last_end: bool) -> bytes:
    raw = b"".join(line + end for line, end in zip(lines, ends, strict=True))
    return raw if last_end else raw[: len(raw) - len(ends[-1])]


def _rows(result) -> list[tuple]:
    keys = ("source_uri", "source_sha256", "text")
    rows = [tuple(r[k] for k in keys) for r in result.records]
    return rows + [(r["source_uri"], r["source_sha256"], r["reason"]) for r in result.rejects]


def _names(result) -> list[tuple]:
    return [(uri.split("/")[-1], *rest) for uri, *rest in _rows(result)]


@settings(max_examples=150, deadline=None)
@given(
    lines=st.lists(LINE, min_size=1, max_size=40),
    crlf=st.lists(st.booleans(), min_size=40, max_size=40),
    last_end=st.booleans(),
    max_lines=st.integers(1, 7),
    max_bytes=st.integers(40, 400),
)
def test_ranges_tile_the_file_and_read_the_records_of_the_whole_file(
    lines, crlf, last_end, max_lines, max_bytes
):
    ends = [b"\r\n" if c else b"\n" for c in crlf[: len(lines)]]
    raw = _file(lines, ends, last_end)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "dump.jsonl"
        path.write_bytes(raw)
        ranges = _scan(line_ranges, path, max_lines, max_bytes)
        if not raw.strip():
            assert ranges is None  # read whole: one `empty` reject
            return
        assert ranges is not None
        assert ranges[0].start == 0 and ranges[-1].end == len(raw)
        assert all(a.end == b.start for a, b in itertools.pairwise(ranges))
        numbers = [r.first for r in ranges]
        assert numbers == sorted(set(numbers)) and numbers[0] == 1
        for r in ranges:
            chunk = raw[r.start : r.end]
            assert r.first == raw[: r.start].count(b"\n") + 1
            one_line = chunk.count(b"\n") <= 1 and chunk.rstrip(b"\n").count(b"\n") == 0
            assert (chunk.count(b"\n") <= max_lines and r.size() <= max_bytes) or one_line
        params = IngestParams(max_file_bytes=max_bytes)
        split = [read_files([(str(path), "b")], params, lines=r) for r in ranges]
        whole = records_from_file(raw, "dump.jsonl", "b", ".jsonl", WHOLE)
    _same_as_whole(raw, "dump.jsonl", ranges, split, whole, max_bytes)


def _same_as_whole(raw, name, ranges, split, whole, max_bytes) -> None:
    """The ranges' reads give the whole file's rows, an oversized record's as `too_large`
    (its bytes without the line end hashed); files are compared by name."""
    oversized = {
        f"{name}#{r.first}": hashlib.sha256(
            raw[r.start : r.end].removesuffix(b"\n").removesuffix(b"\r")
        ).hexdigest()
        for r in ranges
        if r.too_large
    }
    assert all(r.too_large == (r.size() > max_bytes) for r in ranges)
    want = [row for row in _names(whole) if row[0] not in oversized]
    want += [(uri, digest, "too_large") for uri, digest in oversized.items()]
    got = [row for part in split for row in _names(part)]
    assert sorted(got, key=repr) == sorted(want, key=repr)


def test_a_crlf_file_gives_the_records_of_the_same_lf_file():
    lf = b'{"text": "One story."}\n\n{"text": "Two stories."}\n'
    crlf = lf.replace(b"\n", b"\r\n")
    a = records_from_file(lf, "b/x.jsonl", "b", ".jsonl", WHOLE)
    b = records_from_file(crlf, "b/x.jsonl", "b", ".jsonl", WHOLE)
    assert _rows(a) == _rows(b)
    assert [r["source_uri"] for r in a.records] == ["b/x.jsonl#1", "b/x.jsonl#3"]


def test_a_carriage_return_inside_a_record_is_json_white_space_not_a_line_end():
    raw = b'{"text": "One story.",\r "title": "One"}\n'
    result = records_from_file(raw, "b/x.jsonl", "b", ".jsonl", WHOLE)
    assert [(r["source_uri"], r["meta_title"]) for r in result.records] == [("b/x.jsonl#1", "One")]
    assert not result.rejects


def _dump(path: Path, n: int) -> list[bytes]:
    """n records of ~400 bytes."""
    lines = [
        orjson.dumps({"id": i, "title": f"Story {i}", "text": f"Story number {i}. " + "w " * 170})
        for i in range(n)
    ]
    path.write_bytes(b"\n".join(lines) + b"\n")
    return lines


def test_a_large_jsonl_file_is_ingested_as_several_shards_with_the_same_records(tmp_path):
    raw = tmp_path / "raw" / "dumps"
    raw.mkdir(parents=True)
    _dump(raw / "all.jsonl", 1300)
    (raw / "note.txt").write_text("A text file beside the dump.\n")
    limit = 256 * 1024  # 500 lines are ~200 KB: a range ends at 500 lines
    assert (raw / "all.jsonl").stat().st_size > limit
    split = dataclasses.replace(Params(), ingest=IngestParams(shard_size=500, max_file_bytes=limit))
    whole = dataclasses.replace(Params(), ingest=IngestParams(shard_size=500))  # under 64 MiB
    a = run_ingest([raw], tmp_path / "a", split, LocalEngine(2))
    b = run_ingest([raw], tmp_path / "b", whole, LocalEngine(1))
    assert (a["shards"], b["shards"]) == (3 + 1, 1 + 1)  # the dump, then the text file
    assert a["records_out"] == b["records_out"] == 1301
    parts = sorted((tmp_path / "a" / "records").glob("*.parquet"))
    assert [pq.read_metadata(p).num_rows for p in parts] == [500, 500, 300, 1]

    def table(folder: Path) -> pa.Table:
        files = sorted((folder / "records").glob("*.parquet"))
        return pa.concat_tables(pq.read_table(f) for f in files)

    assert table(tmp_path / "a").equals(table(tmp_path / "b"))
    assert table(tmp_path / "a")["source_uri"][499].as_py().endswith("all.jsonl#500")


def test_a_jsonl_file_over_max_file_bytes_is_read_in_ranges_not_rejected(tmp_path):
    path = tmp_path / "big.jsonl"
    lines = _dump(path, 1100)
    long = orjson.dumps({"text": "A long record. " * 20_000})  # ~300 KB, over the limit
    path.write_bytes(path.read_bytes() + long + b"\n" + lines[0] + b"\n")
    params = IngestParams(max_file_bytes=128 * 1024)  # the file is ~750 KB
    whole = read_files([(str(path), "b")], params)
    assert [r["reason"] for r in whole.rejects] == ["too_large"] and not whole.records
    reads = shard_reads([(str(path), "b")], params)
    sizes = [r.lines.size() for r in reads if r.lines]
    assert len(sizes) == len(reads) > 4
    assert sum(size > params.max_file_bytes for size in sizes) == 1  # the long line alone
    results = [read_files(r.files, params, lines=r.lines) for r in reads]
    records = [row for r in results for row in r.records]
    rejects = [row for r in results for row in r.rejects]
    assert len(records) == 1101
    assert [(r["source_uri"].split("/")[-1], r["reason"]) for r in rejects] == [
        ("big.jsonl#1101", "too_large")
    ]
    assert rejects[0]["source_sha256"] == hashlib.sha256(long).hexdigest()
    assert records[-1]["source_uri"].endswith("big.jsonl#1102")


def test_small_files_text_files_and_object_paths_are_read_as_before(tmp_path):
    small = tmp_path / "small.jsonl"
    small.write_bytes(b'{"text": "x"}\n' * 3000)  # many lines, but under max_file_bytes
    texts = [(str(tmp_path / f"{i}.txt"), "b") for i in range(5)]
    params = IngestParams(shard_size=2)
    reads = shard_reads([*texts[:3], (str(small), "b"), *texts[3:]], params)
    assert [(len(r.files), r.lines) for r in reads] == [(2, None), (1, None), (2, None), (1, None)]
    assert LineRange(3, 10, 2).size() == 7


# A CSV data row: cells with quotes, commas, line breaks of every kind, non-ASCII text and
# white space that only `str.strip` knows (U+00A0); a blank row; a row with a field missing.
CELL = st.text(st.sampled_from([*'ab ,"\n\r', "é", "\u00a0", "’", "\u2028"]), max_size=12)


def _csv(rows: list[list[str]], terminator: str) -> str:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator=terminator).writerows(rows)
    return buffer.getvalue()


@settings(max_examples=150, deadline=None)
@given(
    rows=st.lists(
        st.one_of(
            st.tuples(CELL, CELL).map(list),
            st.just(["", " "]),  # blank: skipped and not counted
            st.tuples(CELL).map(list),  # a field short: a `malformed_csv` reject
            st.just(["t " * 28, "w " * 28]),  # over max_bytes when max_bytes < 115
        ),
        min_size=1,
        max_size=30,
    ),
    terminator=st.sampled_from(["\r\n", "\n", "\r"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]),
    max_rows=st.integers(1, 6),
    max_bytes=st.integers(60, 300),
)
def test_csv_ranges_tile_the_file_and_read_the_rows_of_the_whole_file(
    rows, terminator, encoding, max_rows, max_bytes
):
    text = _csv([["title", "text"], *rows], terminator)
    raw = text.encode(encoding, errors="replace")  # cp1252 has no U+2028: `?`
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "dump.csv"
        path.write_bytes(raw)
        ranges = _scan(csv_ranges, path, max_rows, max_bytes)
        whole = records_from_file(raw, "dump.csv", "b", ".csv", WHOLE)
        if [r["reason"] for r in whole.rejects] == ["no_records"]:
            assert ranges is None  # no data row: read whole, a `no_records` reject
            return
        assert ranges is not None
        head = raw[: ranges[0].start].decode(encoding)  # the header row, and only it
        assert list(csv.reader(io.StringIO(head, newline=""))) == [["title", "text"]]
        assert ranges[-1].end == len(raw)
        assert all(a.end == b.start for a, b in itertools.pairwise(ranges))
        assert all(r.header == ("title", "text") and r.error is None for r in ranges)
        params = IngestParams(max_file_bytes=max_bytes)
        split = [read_files([(str(path), "b")], params, lines=r) for r in ranges]
    _same_as_whole(raw, "dump.csv", ranges, split, whole, max_bytes)
    if encoding != "cp1252":  # one encoding for all: every range is labelled as the file
        labels = {r["encoding"] for part in split for r in part.records}
        assert labels <= {r["encoding"] for r in whole.records}


def _story_csv(path: Path, n: int, encoding: str = "utf-8") -> list[list[str]]:
    """A header and n rows of ~500 bytes, paragraphs inside quoted cells."""
    rows = [["id", "title", "text"]]
    rows += [
        [str(i), f"Story {i}", f'Said "{i}", café.\r\nSecond paragraph. ' + "w " * 220]
        for i in range(n)
    ]
    path.write_bytes(_csv(rows, "\r\n").encode(encoding))
    return rows


def test_a_csv_file_over_max_file_bytes_is_ingested_in_ranges_with_the_same_records(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    _story_csv(raw / "all.csv", 1300, "cp1252")
    limit = 256 * 1024  # 500 rows are ~240 KB
    assert (raw / "all.csv").stat().st_size > limit
    split = dataclasses.replace(Params(), ingest=IngestParams(shard_size=500, max_file_bytes=limit))
    whole = dataclasses.replace(Params(), ingest=IngestParams(shard_size=500))
    a = run_ingest([raw], tmp_path / "a", split, LocalEngine(2))
    b = run_ingest([raw], tmp_path / "b", whole, LocalEngine(1))
    assert (a["shards"], b["shards"], a["records_out"], b["records_out"]) == (3, 1, 1300, 1300)

    def table(folder: Path) -> pa.Table:
        files = sorted((folder / "records").glob("*.parquet"))
        return pa.concat_tables(pq.read_table(f) for f in files)

    got, want = table(tmp_path / "a"), table(tmp_path / "b")
    assert got.equals(want)
    assert got["encoding"].unique().to_pylist() == ["cp1252"]  # not the old "utf-8" label
    assert got["text"][1299].as_py().startswith('Said "1299", café.\nSecond paragraph.')
    assert got["source_uri"][499].as_py().endswith("all.csv#500")


def test_a_csv_with_an_oversized_row_and_an_unclosed_quote_names_both(tmp_path):
    path = tmp_path / "big.csv"
    _story_csv(path, 600)
    body = path.read_bytes()
    cell = b'"' + b"a long cell " * 10_000 + b'"'  # 120 KB, under the field limit
    long = b"601," + cell + b"," + cell + b"\r\n"  # 240 KB, over the limit
    tail = b'602,After,"The story after it."\r\n603,Broken,"never closed ' + b"x" * 200_000
    path.write_bytes(body + long + tail)
    params = IngestParams(max_file_bytes=128 * 1024)
    reads = shard_reads([(str(path), "b")], params)
    assert len(reads) > 4 and all(r.lines is not None for r in reads)
    results = [read_files(r.files, params, lines=r.lines) for r in reads]
    records = [row for r in results for row in r.records]
    rejects = [row for r in results for row in r.rejects]
    assert len(records) == 601  # the 600 stories and the row after the long one
    assert records[-1]["source_uri"].endswith("big.csv#602")
    assert [(r["source_uri"].split("/")[-1], r["reason"]) for r in rejects] == [
        ("big.csv#601", "too_large"),
        ("big.csv#603", "malformed_csv"),
    ]
    assert rejects[0]["source_sha256"] == hashlib.sha256(long.removesuffix(b"\r\n")).hexdigest()
    assert "field larger than field limit" in rejects[1]["detail"]
    start = len(body) + len(long) + tail.index(b"603,")
    assert rejects[1]["source_sha256"] == hashlib.sha256(path.read_bytes()[start:]).hexdigest()


def test_csv_files_that_cannot_be_split_are_refused_whole(tmp_path):
    params = IngestParams(max_file_bytes=64 * 1024)
    utf16, no_text = tmp_path / "utf16.csv", tmp_path / "no_text.csv"
    utf16.write_bytes(_csv([["text"]] + [["w " * 40]] * 2000, "\n").encode("utf-16"))
    no_text.write_bytes(_csv([["title"]] + [["w " * 40]] * 2000, "\n").encode())
    for path in (utf16, no_text):
        [read] = shard_reads([(str(path), "b")], params)
        assert read.lines is None
        result = read_files(read.files, params)
        assert [r["reason"] for r in result.rejects] == ["too_large"] and not result.records


# A JSON list item: a record whose strings hold the scan's marks, a record without text,
# nested lists, a string, a number.
TRICKY = st.lists(st.sampled_from([*'ab ,[]{}"\\:', "é", "\n", "\\\\", '\\"']), max_size=10).map(
    "".join
)
ITEM = st.one_of(
    st.builds(lambda text, note: {"text": f"Story {text}", "note": note}, TRICKY, TRICKY),
    st.builds(lambda note: {"title": note, "tags": [[note], {"k": [1, 2]}]}, TRICKY),
    TRICKY,
    st.integers(-(2**40), 2**40),
    st.just({"text": "w " * 60}),  # over max_bytes when max_bytes < 130
)


# The other values of an object wrapping the list (`{"status": "ok", "articles": [...]}`):
# strings holding the scan's marks, numbers, objects with a list nested deeper.
OTHER = st.one_of(
    TRICKY,
    st.integers(-(2**40), 2**40),
    st.builds(lambda t: {"k": t, "n": {"d": [1, t]}, "[": "{"}, TRICKY),
)
WRAPPER = st.one_of(
    st.none(),  # the list is the top level
    st.tuples(
        st.dictionaries(st.sampled_from(["status", "meta", "total", "a,b"]), OTHER),
        st.integers(0, 4),
    ),
)


@settings(max_examples=150, deadline=None)
@given(
    items=st.lists(ITEM, min_size=2, max_size=25),
    wrapper=WRAPPER,
    pretty=st.booleans(),
    max_items=st.integers(1, 6),
    max_bytes=st.integers(40, 300),
    chunk=st.integers(1, 40),
)
def test_json_ranges_cut_a_list_between_items_and_read_the_items_of_the_whole_file(
    items, wrapper, pretty, max_items, max_bytes, chunk
):
    doc: object = items
    if wrapper is not None:  # the list as one of an object's values, at any position
        others, at = wrapper
        keys = list(others)
        keys.insert(min(at, len(keys)), "articles")
        doc = {key: items if key == "articles" else others[key] for key in keys}
    option = orjson.OPT_INDENT_2 if pretty else 0
    raw = orjson.dumps(doc, option=option)
    if isinstance(doc, dict):  # the bytes outside the list are within the limit
        max_bytes = max(max_bytes, len(orjson.dumps({**doc, "articles": []}, option=option)) + 3)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "dump.json"
        path.write_bytes(b"\n " + raw + b"\n")
        ranges = _scan(json_ranges, path, max_items, max_bytes)
        with mock.patch.object(ingest_scan, "CHUNK", chunk):  # escapes across chunk ends
            assert _scan(json_ranges, path, max_items, max_bytes) == ranges
        assert ranges is not None
        assert [r.first for r in ranges] == sorted({r.first for r in ranges})
        for r in ranges:  # each range holds whole items: with brackets, a JSON list
            assert orjson.loads(b"[" + (b"\n " + raw)[r.start : r.end] + b"]")
        params = IngestParams(max_file_bytes=max_bytes)
        split = [read_files([(str(path), "b")], params, lines=r) for r in ranges]
    whole = records_from_file(raw, "dump.json", "b", ".json", WHOLE)
    oversized = {f"dump.json#{r.first}" for r in ranges if r.too_large}
    assert all(r.too_large == (r.size() > max_bytes) for r in ranges)
    want = [row for row in _names(whole) if row[0] not in oversized]
    got = [row for part in split for row in _names(part) if row[0] not in oversized]
    assert sorted(got, key=repr) == sorted(want, key=repr)
    assert {row[0] for part in split for row in _names(part)} >= oversized


def test_a_json_list_over_max_file_bytes_is_read_in_ranges_and_a_bad_item_named(tmp_path):
    path = tmp_path / "big.json"
    items = [orjson.dumps({"title": f"Story {i}", "text": "w " * 200}) for i in range(900)]
    items[700] = b'{"title": "Broken", "text": tru}'
    path.write_bytes(b"[\n" + b",\n".join(items) + b"\n]\n")
    params = IngestParams(shard_size=100, max_file_bytes=64 * 1024)  # the file is ~370 KB
    reads = shard_reads([(str(path), "b")], params)
    assert len(reads) == 9 and all(r.lines and r.lines.size() <= 64 * 1024 for r in reads)
    results = [read_files(r.files, params, lines=r.lines) for r in reads]
    records = [row for r in results for row in r.records]
    rejects = [row for r in results for row in r.rejects]
    assert len(records) == 800  # the range of 100 items with the broken one is one reject
    assert [(r["source_uri"].split("/")[-1], r["reason"]) for r in rejects] == [
        ("big.json#701", "malformed_json")
    ]
    assert "items from 701" in rejects[0]["detail"]
    assert records[-1]["source_uri"].endswith("big.json#900")
    blob = orjson.dumps(orjson.loads(items[0]), option=orjson.OPT_SORT_KEYS)
    assert records[0]["source_sha256"] == hashlib.sha256(blob).hexdigest()  # as a whole read


def test_a_list_wrapped_in_an_object_is_read_in_ranges_as_a_whole_read_takes_it(tmp_path):
    path = tmp_path / "response.json"
    items = [{"title": f"Story {i}", "text": "w " * 200} for i in range(900)]
    doc = {"status": "ok", "note": 'a "[", a "{"', "articles": items, "totalResults": 900}
    path.write_bytes(orjson.dumps(doc, option=orjson.OPT_INDENT_2))
    params = IngestParams(shard_size=100, max_file_bytes=64 * 1024)  # the file is ~380 KB
    reads = shard_reads([(str(path), "b")], params)
    assert len(reads) == 9 and all(r.lines and r.lines.size() <= 64 * 1024 for r in reads)
    split = [row for r in reads for row in read_files(r.files, params, lines=r.lines).records]
    uri = display_uri(str(path))
    whole = records_from_file(path.read_bytes(), uri, "b", ".json", WHOLE).records
    assert len(split) == 900 and split == whole
    assert split[-1]["source_uri"].endswith("response.json#900")


def test_json_files_that_are_not_one_list_are_refused_whole(tmp_path):
    params = IngestParams(max_file_bytes=1024)
    story = {"text": "w " * 100}
    for name, doc in [
        ("unclosed.json", orjson.dumps([story] * 20)[:-1]),
        ("trailing.json", orjson.dumps([story] * 20) + b" []"),
        # objects a whole-file read takes as one record, not as the list's items
        ("two_lists.json", orjson.dumps({"articles": [story] * 20, "tags": ["a"]})),
        ("has_text.json", orjson.dumps({"text": "A story.", "comments": [story] * 20})),
        ("repeated_key.json", orjson.dumps({"articles": [story] * 20})[:-1] + b',"articles":5}'),
        # the bytes outside the list: invalid, or over the limit
        ("bad_outside.json", orjson.dumps({"articles": [story] * 20})[:-1] + b',"n":tru}'),
        ("big_outside.json", orjson.dumps({"note": "x" * 2000, "articles": [story] * 20})),
    ]:
        (tmp_path / name).write_bytes(doc)
        [read] = shard_reads([(str(tmp_path / name), "b")], params)
        assert read.lines is None
        result = read_files(read.files, params)
        assert [r["reason"] for r in result.rejects] == ["too_large"] and not result.records
