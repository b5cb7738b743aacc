"""Wire copy without photos (hard-wrapped, signed off with the wire's name): words such as
'Credit' and a closing 'REUTER' are story and sign-off, never a photo's credit. Invented
texts in the layout of the Reuters-21578 archive, where every media block is a false one."""

import pytest

from pipeline.parse import parse_text

CREDIT_IN_A_NAME = """FARM CREDIT FOR RICE TO PORTVALIA - USDA
    HARBOURTON, April 13 - The Commodity Credit Corporation,
CCC, has authorized 3.0 mln dlrs in credit guarantees for sales
of rice to Portvalia for fiscal year 1987 under the Export
Credit Guarantee Program, GSM-102, the Agriculture
Department said.
    The issue will be lead-managed by Caisse Centrale du Credit
Maritime, Credit Portvalais and Banque du Port subsidiary Credit du Quai.
    Creditor banks, however, have signalled that they are
determined to resist the demands for relief.
    (C) - Sales made on exporters' own account.
 Reuter
"""


def test_credit_inside_a_sentence_is_a_name_and_the_story_keeps_its_words():
    got = parse_text(CREDIT_IN_A_NAME)
    assert got["media"] == []
    assert "under the Export Credit Guarantee Program, GSM-102, the Agriculture" in got["body"]
    assert "Credit Portvalais and Banque du Port subsidiary Credit du Quai." in got["body"]
    assert "Creditor banks, however," in got["body"]
    assert "(C) - Sales made" in got["body"]
    assert got["outlet"] == "Reuters"


# Captions that must keep their credits under the rules above: an unstopped caption before
# a 'Credit' label, and a video's caption closing a page under its player's label.
CAPTIONS_KEEPING_CREDITS = [
    (
        "The harbour pilots who brought the ferries home\n"
        "Mara Quill’s parents, Lena and Tobias Quill Credit Photo courtesy Mara Quill\n"
        "The pilots guided the last ferry of the season into the harbour on Sunday night.\n"
        "Officials said the season had been the busiest in a decade.\n",
        "Mara Quill",
    ),
    (
        "Ferry season ends with a record\n"
        "The last ferry of the season docked in Portvale on Sunday night after a record year.\n"
        "Officials said the harbour would reopen to passengers in April.\n"
        "CLOSE\n"
        "The last ferry of the season docked in Portvale on Sunday. (July 15) AP\n",
        "AP",
    ),
]


@pytest.mark.parametrize(("text", "credit"), CAPTIONS_KEEPING_CREDITS)
def test_captions_keep_their_credits(text, credit):
    assert [m["credit"] for m in parse_text(text)["media"]] == [credit]


def test_a_wire_signoff_glued_to_the_last_line_is_no_photo_credit():
    text = (
        "PORTVALE FERRY TRAFFIC ROSE 3.4 PCT IN SEVEN MONTHS\n"
        "    HARBOURTON, March 4 - Ferry traffic through Portvale rose\n"
        "3.4 pct in the January to July period compared with the same\n"
        "period a year ago, the harbour office said in its monthly report.\n"
        "    Cargo volumes also rose in the period, to 32.6 mln tonnes\n"
        "from 31.2 mln a year ago, while passenger numbers were little\n"
        "changed at 1.2 mln, the office said.\n"
        "    The office expects traffic to keep rising through the\n"
        "rest of the year as two new routes open in the autumn. REUTER\n"
    )
    got = parse_text(text)
    assert got["media"] == []
    assert got["body"].endswith("as two new routes open in the autumn. REUTER")
    assert "truncated" not in got["quality_flags"]  # the sign-off ends no sentence


def test_a_note_over_two_signoffs_is_no_caption():
    text = (
        "PORTVALE SHIPPING LTD 1ST QTR NET\n"
        "    HARBOURTON, March 4 - Shr 11 cts vs nine cts\n"
        "    Net 2.1 mln vs 1.6 mln\n"
        "    Revs 60.8 mln vs 32.9 mln\n"
        "    Note: period ended January 31.\n"
        "REUTER\n"
        " Reuter\n"
    )
    got = parse_text(text)
    assert got["media"] == []
    assert got["body"].endswith("Note: period ended January 31.")
