"""Invariants of the parser over generated and adversarial text."""

from __future__ import annotations

import gc
import json
import string
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import pipeline.parse as parse_module
from pipeline.ingest import RECORD_SCHEMA
from pipeline.parse import parse_table, parse_text
from pipeline.parse.lines import split_lines
from schemas.checks import LINE_ROLES

NEWS_LINES = st.sampled_from(
    [
        "By Ann Lee and Bo Chan",
        "HELSINKI (AP) — The talks began on Monday, officials said.",
        "Photo: Evan Vucci, AP",
        "Advertisement",
        "See also  Another story",
        "July 16, 2018",
        "Leave a Reply",
        "Topshot - Finland - Politics - Summit",
        "CBS News",
        "Reuter",
        "The minister said the plan would be ready by the end of the year, and critics disagreed.",
        "• A bullet that belongs to the story",
        "(Reporting by Ann Lee; Editing by Bo Chan)",
    ]
)
FIXTURES = Path(__file__).parent / "fixtures"
TEXT_LINES = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=120)
DOCS = st.lists(st.one_of(NEWS_LINES, TEXT_LINES), max_size=40).map("\n".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(DOCS)
def test_every_non_empty_line_gets_exactly_one_known_role(text):
    got = parse_text(text)
    assert len(got["line_roles"]) == len(split_lines(text))
    assert set(got["line_roles"]) <= set(LINE_ROLES)
    # Boilerplate lines are kept with their rule, one entry per boilerplate line.
    assert all(b["rule"] for b in got["boilerplate"])
    assert got["line_roles"].count("body") == 0 or got["body"]


@settings(max_examples=100, deadline=None)
@given(st.lists(NEWS_LINES, min_size=1, max_size=30).map("\n\n".join))
def test_body_is_exactly_the_lines_with_the_body_role(text):
    got = parse_text(text)
    lines = [ln.text for ln in split_lines(text)]
    body_lines = [t for t, role in zip(lines, got["line_roles"], strict=True) if role == "body"]
    assert (got["body"].split("\n\n") if got["body"] else []) == body_lines
    kept = [t for t, role in zip(lines, got["line_roles"], strict=True) if role == "boilerplate"]
    assert [b["text"] for b in got["boilerplate"]] == kept


def _record(text: str) -> dict:
    return {
        "article_id": "0" * 24,
        "source_uri": "x.txt",
        "source_sha256": "0" * 64,
        "batch": "b",
        "text": text,
        "encoding": "utf-8",
        "ingest_flags": [],
        "url": None,
        "publisher": None,
        "meta_title": None,
        "meta_authors": [],
        "meta_published": None,
    }


def test_adversarial_inputs_give_a_record_each():
    cases = [
        "",
        "a" * 200_000,
        ("By " + "Ann " * 20_000),
        ("(" * 50_000) + "Photo by X",
        ("HELSINKI " * 20_000) + "— text",
        "word " * 60_000 + "\n" + "\n".join(["line"] * 100_000),
        "\u202eRTL \u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627\n" * 200,
        "".join(chr(c) for c in range(32, 0x3000)),
        ("x/" * 40_000) + "AFP",
        ("A" * 60 + " - ") * 5_000,
        # Quadratic joins or backtracking would take minutes on these, not a second.
        "\n".join(
            ["the minister said the plan would be ready by the end of the year and"] * 40_000
        ),
        "\n".join(["The minister said the plan would be ready by the end of the year."] * 40_000),
        "wordThe " * 50_000,
    ]
    table = pa.Table.from_pylist([_record(t) for t in cases], schema=RECORD_SCHEMA)
    parsed, rejects = parse_table(table)
    assert parsed.num_rows == len(cases)
    assert rejects.num_rows == 0


@settings(max_examples=50, deadline=None)
@given(st.text(alphabet=string.printable, max_size=3000))
def test_parse_table_never_loses_a_record(text):
    table = pa.Table.from_pylist([_record(text)], schema=RECORD_SCHEMA)
    parsed, rejects = parse_table(table)
    assert parsed.num_rows + rejects.num_rows == 1


def _collections_during(call) -> list[dict]:
    """The cycle collector's runs while `call()` runs (with a threshold that would start one
    every few allocations)."""
    runs: list[dict] = []

    def note(phase: str, info: dict) -> None:
        if phase == "start":
            runs.append(info)

    threshold = gc.get_threshold()
    gc.set_threshold(10)
    gc.callbacks.append(note)
    try:
        call()
    finally:
        gc.callbacks.remove(note)
        gc.set_threshold(*threshold)
    return runs


def test_parse_table_pauses_the_cycle_collector_and_restores_it():
    """The collector found nothing to free in parsed tables and cost 2-4 % of parsing;
    `parse_table` turns it off while it runs and leaves it as it found it."""
    text = (FIXTURES / "seed_like.txt").read_text(encoding="utf-8")
    table = pa.Table.from_pylist([_record(text)] * 20, schema=RECORD_SCHEMA)
    assert gc.isenabled()
    unpaused = _collections_during(lambda: parse_module._parse_rows(table))
    paused = _collections_during(lambda: parse_table(table))
    # (a run or two may start on the way in or out, before or after the pause)
    assert len(paused) <= 2 and len(unpaused) >= 20
    assert gc.isenabled()
    gc.disable()
    try:
        parse_table(table)
        assert not gc.isenabled()
    finally:
        gc.enable()


# Run in a fresh interpreter: in a test worker, an earlier test's objects may lose their last
# reference during the count (a CI run counted 16 objects that no run of parsing alone makes).
_CYCLE_COUNT = """
import gc, json, sys
import pyarrow as pa
from pipeline.ingest import RECORD_SCHEMA
from pipeline.parse import parse_table
record = json.loads(sys.stdin.read())
table = pa.Table.from_pylist([record] * 20, schema=RECORD_SCHEMA)
parse_table(table)  # rule tables and patterns load once, outside the count
gc.collect()
gc.disable()
gc.set_debug(gc.DEBUG_SAVEALL)
parsed, rejects = parse_table(table)
del parsed, rejects
print(json.dumps([type(o).__name__ for o in gc.garbage] if gc.collect() else []))
"""


def test_parsing_leaves_no_reference_cycles(tmp_path):
    """What makes pausing the collector safe: parsing creates no cycles, so reference
    counting frees everything (a cycle would live until the next collection)."""
    text = (FIXTURES / "seed_like.txt").read_text(encoding="utf-8")
    # (run from an empty folder, so the interpreter imports copydesk as installed: the
    # compiled build under make test-compiled)
    run = subprocess.run(
        [sys.executable, "-c", _CYCLE_COUNT],
        input=json.dumps(_record(text)),
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=True,
    )
    assert json.loads(run.stdout) == []


def _as_copied(text: str) -> str:
    """The text as a browser's copy may give it: no-break spaces between words, a zero-width
    space closing each line."""
    return "\n".join(ln.replace(" ", "\xa0", 2) + "\u200b" for ln in text.split("\n"))


@settings(max_examples=100, deadline=None)
@given(st.lists(NEWS_LINES, min_size=1, max_size=30).map("\n".join))
def test_no_break_and_zero_width_spaces_change_no_role(text):
    plain, copied = parse_text(text), parse_text(_as_copied(text))
    assert copied["line_roles"] == plain["line_roles"]
    for field in ("title", "reporters", "outlet", "dateline_place", "published"):
        assert copied[field] == plain[field]


def test_a_copied_page_with_no_break_spaces_keeps_its_headline():
    """'Enter\\xa0City\\xa0and State or Zip Code' (a weather widget over the headline) is the
    widget still; the headline keeps plain spaces."""
    text = (
        "Enter\xa0City\xa0and\xa0State or Zip Code\u200b\n"
        "Harbour\xa0board\xa0shuts the old ferry pier for repairs\u200b\n"
        "The harbour board will close the old ferry pier at Portvale for two years of repairs, "
        "officials said on Monday.\n"
        "Board chair Lena Markov said the pier had become unsafe after last winter's storms.\n"
    )
    got = parse_text(text)
    assert got["title"] == "Harbour board shuts the old ferry pier for repairs"
    assert got["boilerplate"][0] == {"text": "Enter City and State or Zip Code", "rule": "widget"}
    assert got["line_roles"][:2] == ["boilerplate", "title"]
    # a line of nothing but a zero-width space is blank, as ingest leaves it
    assert parse_text("\u200b\n" + text)["line_roles"] == got["line_roles"]
