"""The evaluation harness: scoring rules on crafted cases, and real scores on the corpora."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pipeline.evaluate import (
    HELD_OUT,
    Case,
    Tally,
    _without_site_name,
    cases_for,
    evaluate,
    fold,
    gold_dev_cases,
)
from tests.conftest import CORPORA


def test_fold_ignores_case_accents_quotes_and_spaces():
    assert fold("  José  O’Neil ") == fold("jose o'neil")


def test_tally_counts_sets():
    tally = Tally()
    tally.add(["a", "b"], ["b", "c"])
    assert (tally.tp, tally.fp, tally.fn) == (1, 1, 1)
    assert tally.precision == 0.5 and tally.recall == 0.5 and tally.f1 == 0.5


def test_scorecard_rewards_abstaining_and_punishes_wrong_values():
    text = (
        "Storm closes bridge\n\nBy Ann Lee\n\nA storm closed the bridge on Monday, officials "
        "said, and it will stay shut for a week."
    )
    right = Case(
        "t",
        "1",
        text,
        {
            "title": "Storm closes bridge",
            "reporters": ["Ann Lee"],
            "dateline_place": None,
            "outlet": None,
            "published": None,
        },
    )
    wrong = Case(
        "t",
        "2",
        text,
        {
            "title": "Another title",
            "reporters": ["Bo Chan"],
            "dateline_place": "Oslo",
            "outlet": "Reuters",
            "published": dt.date(2020, 1, 1).isoformat(),
        },
    )
    scores = evaluate([right, wrong]).summary()["fields"]
    assert scores["title_exact"] == {"value": 0.5, "n": 2}
    assert scores["reporters_precision"]["value"] == 0.5
    assert scores["outlet_invented_where_none"] == {"value": 0.0, "n": 1}
    assert scores["outlet_accuracy_where_cued"] == {"value": 0.0, "n": 1}
    assert scores["dateline_recall"] == {"value": 0.0, "n": 1}


def test_lines_of_a_cleaned_body_count_as_kept_only_in_the_body():
    """A hand-cleaned body (article_extraction_424): every line under the title is story, and
    the score is the share the parser keeps in the body."""
    text = (
        "Storm closes bridge\n\n"
        "A storm closed the bridge on Monday, officials said, and it will stay shut for a "
        "week while engineers check its piers.\n"
        "Advertisement\n"
        "Drivers were told to use the ferry, which will run every half hour until the bridge "
        "opens again, the council said."
    )
    scores = evaluate([Case("t", "1", text, {}, story_from=1)]).summary()["fields"]
    assert scores["body_recall_of_cleaned_lines"] == {"value": 0.6667, "n": 3}
    assert (
        "body_recall_of_cleaned_lines"
        not in evaluate([Case("t", "2", text, {})]).summary()["fields"]
    )


def test_a_wire_items_story_lines_run_from_under_its_byline_to_above_its_signoff():
    """Reuters-21578 bodies are story from the line under the title (or under its 'by' line)
    down to the line above the wire's sign-off, which is no story line."""
    text = (
        "QUAY FERRIES <QFY> YEAR NET\n"
        "    by Jo Quill, Reuters\n"
        "    HARBOURTON, March 2 - Shr 18 cts vs 51 cts\n"
        "    Net 1,048,000 vs 1,870,000\n"
        " REUTER^M\n"
    )
    case = Case("t", "1", text, {}, story_from=2, story_end=-1)
    scores = evaluate([case]).summary()["fields"]
    assert scores["body_recall_of_cleaned_lines"] == {"value": 1.0, "n": 2}


def test_gold_dev_cases_needs_a_split_and_keeps_held_out_pages_apart(tmp_path: Path) -> None:
    root = tmp_path / "gold_dev"
    (root / "gold").mkdir(parents=True)
    (root / "input").mkdir()
    held = sorted(HELD_OUT)[0]
    for ident in (held, "1"):
        (root / "gold" / f"{ident}.json").write_text('{"roles": ["title"]}', encoding="utf-8")
        (root / "input" / f"{ident}.txt").write_text("0\tA headline\n", encoding="utf-8")
    with pytest.raises(TypeError):
        gold_dev_cases(tmp_path)  # type: ignore[call-arg]
    with pytest.raises(ValueError, match="unknown gold_dev split"):
        list(gold_dev_cases(tmp_path, "train"))
    assert [c.ident for c in gold_dev_cases(tmp_path, "dev")] == ["1"]
    assert [c.ident for c in gold_dev_cases(tmp_path, "heldout")] == [held]
    assert sorted(c.ident for c in gold_dev_cases(tmp_path, "all")) == sorted([held, "1"])


@pytest.mark.corpus
def test_gold_dev_split_and_line_role_scores():
    dev = cases_for("gold_dev", CORPORA, "dev", None)
    held = cases_for("gold_dev", CORPORA, "heldout", None)
    assert len(dev) + len(held) == 24 and {c.ident for c in held} == HELD_OUT
    summary = evaluate(dev + held).summary()
    assert summary["line_count_mismatch"] == 0  # one role per gold line, always
    assert summary["line_roles"]["body"]["f1"] >= 0.92
    assert summary["fields"]["published_invented_where_none"]["value"] == 0.0
    # every credit and agency of the 24 pages found (17 and 18; one miss fails)
    assert summary["fields"]["credit_recall"]["value"] >= 0.95
    assert summary["fields"]["agencies_f1"]["value"] >= 0.95


@pytest.mark.corpus
def test_reuters_titles_and_datelines_on_a_sample():
    summary = evaluate(cases_for("reuters", CORPORA, "all", 1500)).summary()["fields"]
    assert summary["title_exact"]["value"] >= 0.95
    assert summary["dateline_precision"]["value"] >= 0.95
    assert summary["dateline_recall"]["value"] >= 0.90
    assert summary["reporters_precision"]["value"] >= 0.90


@pytest.mark.corpus
def test_reuters_datelines_and_story_lines_in_full():
    """All 19,043 items: datelines typed in haste ('NEW YORK, MARCH 2 -', 'Feb 26- Shr')
    found (0.975 before they were), and the story kept from dateline to sign-off, tables
    included (its floors a little under the scores of 2026-12-03: 0.9893 and 0.9995)."""
    summary = evaluate(cases_for("reuters", CORPORA, "all", None)).summary()["fields"]
    assert summary["dateline_recall"]["value"] >= 0.985
    assert summary["dateline_precision"]["value"] >= 0.998
    kept = summary["body_recall_of_cleaned_lines"]
    assert kept["n"] > 300_000 and kept["value"] >= 0.999


@pytest.mark.corpus
def test_isot_reuters_outlet_from_the_wire_tag():
    summary = evaluate(cases_for("isot", CORPORA, "all", None)).summary()["fields"]
    assert summary["outlet_accuracy_where_cued"]["n"] > 900
    assert summary["outlet_accuracy_where_cued"]["value"] >= 0.95
    assert summary["title_exact"]["value"] >= 0.95


@pytest.mark.corpus
def test_extraction_bodies_stay_in_the_body():
    summary = evaluate(cases_for("extraction", CORPORA, "all", None)).summary()["fields"]
    kept = summary["body_recall_of_cleaned_lines"]
    assert kept["n"] > 11_000 and kept["value"] >= 0.93


@pytest.mark.corpus
def test_bbc_and_horne_titles():
    """Headlines over their stories as the two collections store them: BBC files open with
    theirs (some over a deck or a question to the reader), Horne's are stored apart."""
    bbc = cases_for("bbc", CORPORA, "all", None)
    assert len(bbc) == 2127  # 2,225 files, byte-identical copies scored once
    scores = evaluate(bbc).summary()["fields"]
    assert scores["title_exact"]["value"] >= 0.99
    # every line under the headline is story (BBC's sports line-ups lost their labels, and
    # the parser sets those fragments aside: a lower bound)
    kept = scores["body_recall_of_cleaned_lines"]
    assert kept["n"] > 10_000 and kept["value"] >= 0.97
    horne = evaluate(cases_for("horne", CORPORA, "all", None)).summary()["fields"]
    assert horne["title_exact"]["n"] == 326 and horne["title_exact"]["value"] >= 0.98


@pytest.mark.parametrize(
    ("title", "host", "gold"),
    [
        ("Chef quits the kitchen – Eagle Rising", "eaglerising.com", "Chef quits the kitchen"),
        # the site's 'The' is no part of its domain (since 2026-12-05)
        ("Chef quits the kitchen – The Halfway Post", "halfwaypost.com", "Chef quits the kitchen"),
        # another site's name stays: the label is the page's title
        ("Chef quits the kitchen – City Herald", "fb.me", "Chef quits the kitchen – City Herald"),
    ],
)
def test_gold_titles_lose_the_site_name_of_their_host(title, host, gold):
    assert _without_site_name(title, host) == gold
