"""The `truncated` quality flag: a story cut off (mid-sentence, '...', 'Read more', a paywall's
lone line), never a story that closes with figures (an earnings report, a dividend notice, a
table). Invented texts."""

import pytest

from pipeline.parse import parse_text

HEAD = "Portvalia ferry operator reports a record year\n"
PARAGRAPH = (
    "The Portvalia Ferry Line carried more passengers than in any year since it was founded, "
    "the company said on Tuesday, as new routes to the islands filled its boats.\n"
)


@pytest.mark.parametrize(
    ("ending", "cut"),
    [
        ("Officials said the harbour would reopen to passengers in April.", False),
        ("Officials said the harbour would reopen to passengers in", True),
        ("Officials said the harbour would reopen to passengers in April ...", True),
        ("Officials said the harbour would reopen to passengers in April. Read more", True),
        # a link closes the text: a share note's, or the source's
        ("Check out this story on portvale.com: https://pv.ly/2Lih", False),
        ("The full report is online at https://portvale.example/report", False),
        # a quotation closed with the opening mark, as some sites print it
        ("Original story by Jo Li: “Ferry Board Approves the Timetable“", False),
    ],
)
def test_a_story_ending_mid_sentence_or_with_a_teaser_mark_is_truncated(ending, cut):
    got = parse_text(HEAD + PARAGRAPH + "The island routes will run every day. " + ending)
    assert got["body"].endswith(ending)
    assert ("truncated" in got["quality_flags"]) is cut


FIGURES = """PORTVALIA FERRY LINE <PFL> 4TH QTR NET
    HARBOURTON, March 13 - Shr 12 cts vs 30 cts
    Net 1,182,000 vs 2,433,000
    Revs 20.1 mln vs 21.4 mln
    Year
    Shr 71 cts vs 98 cts
    Net 6,706,000 vs 9,275,000
    Revs 85.7 mln vs 75.4 mln
"""


@pytest.mark.parametrize("signoff", [" Reuter\n", ""])
def test_an_earnings_report_of_figures_alone_is_not_truncated(signoff):
    got = parse_text(FIGURES + signoff)
    assert got["body"].endswith("Revs 85.7 mln vs 75.4 mln")
    assert "truncated" not in got["quality_flags"]


def test_figures_under_a_note_cut_mid_sentence_are_still_truncated():
    text = FIGURES + (
        "    NOTE: 1985 net for both periods includes a gain of 743,000 dlrs\n"
        "from the cancellation of debt by the company's former parent and\n"
        "    Revs 1.1 mln vs 1.0 mln\n"
        " Reuter\n"
    )
    got = parse_text(text)
    assert "truncated" in got["quality_flags"]


def test_a_paywall_line_alone_is_still_truncated():
    """'To Read the Full Story' under the headline: the paywall's prompt, set aside; the page
    was cut."""
    got = parse_text("Portvalia ferry operator reports a record year\nTo Read the Full Story\n")
    assert got["body"] == ""
    assert got["boilerplate"] == [{"text": "To Read the Full Story", "rule": "paywall"}]
    assert "truncated" in got["quality_flags"]


def test_a_story_cut_by_a_paywall_is_truncated_though_it_ends_in_a_full_stop():
    got = parse_text(
        "Portvalia ferry operator reports a record year\n"
        "The ferry operator carried more passengers than ever last year, its chief said.\n"
        "Continue reading the full story\n"
    )
    assert got["body"].endswith("its chief said.")
    assert "truncated" in got["quality_flags"]
