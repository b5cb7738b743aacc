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
        "Photo courtesy Mara Quill",  # (courtesy stays in the credit since 2026-12-05)
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


PRICE_TABLE = """PORTVALIA CASH OAT BIDS
    HARBOURTON, March 4 - Cash oat bids at country elevators
were mostly steady today, with light farmer selling and a firm
tone in the futures market, dealers said.
    Elevators in the north of the country were paying slightly
more than last week to fill barges ahead of the spring thaw,
while southern bids eased on the first deliveries of the new
crop from the coast, they said.
    Bids, in cents per bushel, against the May contract:
                  OATS
 NORTH PORT   41 UND MAY UNCH
 EAST QUAY    38 UND MAY DN 1
 SOUTH BANK   40 UND MAY UP 2
 OLD MILL DP  39 UND MAY UNCH
 NQ - NOT QUOTED  NA - NOT AVAILABLE
 UNCH - UNCHANGED TR - TRADED LATE
{after}"""


@pytest.mark.parametrize("after", [" Reuter\n", " REUTER\n Reuter\n"])
def test_wire_copy_runs_to_its_signoff_and_a_closing_table_legend_is_no_photo_slug(after):
    """'UNCH - UNCHANGED TR - TRADED LATE' has a slug's dashes, but a slug heads its photo's
    caption; and wire copy runs to its sign-off, so the table and its legend are story."""
    got = parse_text(PRICE_TABLE.format(after=after))
    assert got["media"] == []
    assert [b["text"] for b in got["boilerplate"]] == (["REUTER"] if "REUTER" in after else [])
    paragraphs = got["body"].split("\n\n")
    assert paragraphs[2] == "Bids, in cents per bushel, against the May contract:"
    assert paragraphs[-2:] == [
        "NQ - NOT QUOTED  NA - NOT AVAILABLE",
        "UNCH - UNCHANGED TR - TRADED LATE",
    ]
    assert "truncated" not in got["quality_flags"]  # a table closes the story, not a cut


def test_without_a_signoff_the_legend_is_still_no_photo_slug():
    got = parse_text(PRICE_TABLE.format(after=""))
    assert got["media"] == []
    # no sign-off: the lines after the last sentence are set aside, as on a web page
    assert got["body"].endswith("they said.")
    assert "UNCH - UNCHANGED TR - TRADED LATE" in [b["text"] for b in got["boilerplate"]]


def test_a_slug_over_a_caption_in_wire_copy_still_opens_a_photo_block():
    text = (
        "PORTVALIA OAT HARVEST STARTS EARLY\n"
        "Harvest - Portvalia - Oats\n"
        "A farmer loads oats near North Port on Monday. REUTERS/Jo Quill\n"
        "    HARBOURTON, March 4 - Farmers in Portvalia began the oat harvest\n"
        "two weeks earlier than usual after a warm and dry spring, the farm\n"
        "ministry said on Monday.\n"
        " Reuter\n"
    )
    got = parse_text(text)
    [block] = got["media"]
    assert (block["slug"], block["photographers"]) == ("Harvest - Portvalia - Oats", ["Jo Quill"])
    assert got["body"].endswith(
        "than usual after a warm and dry spring, the farm ministry said on Monday."
    )


# A short item: two full lines and a short last one, over the sign-off (the paragraph's
# estimated width is its second-longest line).
SHORT_ITEM = """PORTVALIA FERRY LINE ENDS MERGER TALKS
    HARBOURTON, March 5 - Portvalia Ferry Line Inc said
preliminary merger talks with Quay Shipping Corp have been
ended without an agreement.
 Reuter
"""


def test_a_short_wire_item_is_one_paragraph_to_its_signoff():
    got = parse_text(SHORT_ITEM)
    assert got["body"] == (
        "HARBOURTON, March 5 - Portvalia Ferry Line Inc said preliminary merger talks with "
        "Quay Shipping Corp have been ended without an agreement."
    )
    assert got["quality_flags"] == []


def test_a_paragraph_over_the_signoff_is_story_not_a_deck():
    """Without a dateline it reads ('March 215' is a typo of the archive's kind), the lone
    paragraph under the headline stood 'before a byline': the sign-off is none."""
    got = parse_text(SHORT_ITEM.replace("March 5", "March 515"))
    assert got["body"].startswith("HARBOURTON, March 515 - Portvalia Ferry Line Inc said")
    assert got["body"].endswith("ended without an agreement.")
    assert "no_body" not in got["quality_flags"]


DIVIDEND = """QUAYSIDE MILLS SETS QUARTERLY
    HARBOURTON, March 5 - Qtly div 12 cts vs 12 cts prior
    Pay April 15
    Record April Nine
 Reuter
"""


def test_a_dividend_notice_keeps_its_dates_and_has_no_reporter():
    got = parse_text(DIVIDEND)
    assert got["body"].split("\n\n")[-2:] == ["Pay April 15", "Record April Nine"]
    assert got["reporters"] == []
    assert got["boilerplate"] == []


def test_a_story_cut_off_before_the_signoff_is_still_flagged_truncated():
    text = (
        "PORTVALIA INSURER PROFIT FALLS\n"
        "    HARBOURTON, March 5 - Portvalia Mutual said its 1986 net\n"
        "profit fell to 88.1 mln crowns from 92.4 mln a year earlier.\n"
        "    The life insurance result fell to 36.7 mln crowns from\n"
        "41.2 mln, while the result of the non-life business rose aft\n"
        " INTERRUPTED\n"
        " Reuter\n"
    )
    got = parse_text(text)
    assert got["body"].endswith("while the result of the non-life business rose aft\n\nINTERRUPTED")
    assert "truncated" in got["quality_flags"]


EARNINGS = """QUAYSIDE MILLS <QYM> 4TH QTR NET
    HARBOURTON, March 13 - Shr 12 cts vs 30 cts
    Net 1,182,000 vs 2,433,000
    Revs 20.1 mln vs 21.4 mln
    {label}
    Shr 71 cts vs 98 cts
    Net 6,706,000 vs 9,275,000
    NOTE: 1985 net for both periods includes a gain of 743,000 dlrs
from the cancellation of debt by the company's former parent.
 Reuter
"""


@pytest.mark.parametrize("label", ["Year", "Nine mths"])
def test_a_period_label_between_figure_lines_is_part_of_the_table(label):
    got = parse_text(EARNINGS.format(label=label))
    paragraphs = got["body"].split("\n\n")
    assert paragraphs[3:5] == [label, "Shr 71 cts vs 98 cts"]
    assert got["boilerplate"] == []


@pytest.mark.parametrize("label", ["Follow", "Share this story"])
def test_a_prompt_between_figure_lines_is_still_page_chrome(label):
    got = parse_text(EARNINGS.format(label=label))
    assert [b["text"] for b in got["boilerplate"]] == [label]


@pytest.mark.parametrize(
    ("head", "under"),
    [
        ("CORRECTED - PORTVALE FERRIES ADD NIGHT RUNS TO ISLANDS", ""),
        (
            "ECONOMIC SPOTLIGHT - PORTVALIA'S HARBOUR BOOM SLOWS DOWN",
            "    By Mara Quill, Reuters\n",
        ),
        ("MIDWEST CASH OATS - SLOW MOVEMENT, BIDS STEADY AT ELEVATORS", ""),
    ],
)
def test_a_headline_in_capitals_opening_like_a_dateline_is_the_title(head, under):
    """'CORRECTED - ...' reads as a place before a dash, but a line set in capitals
    throughout over the story's byline or dateline is its headline."""
    text = head + "\n" + under + SHORT_ITEM.split("\n", 1)[1]
    got = parse_text(text)
    assert got["title"] == head
    assert got["dateline_place"] == "Harbourton"
    assert got["body"].startswith("HARBOURTON, March 5 - Portvalia Ferry Line Inc said")


@pytest.mark.parametrize(
    ("text", "title", "place"),
    [
        (
            "Ferry line ends merger talks\n"
            "HARBOURTON - PORTVALIA FERRY LINE SAID ON MONDAY IT HAD ENDED MERGER TALKS WITH "
            "QUAY\n"
            "SHIPPING CORP WITHOUT AN AGREEMENT, AFTER FOUR MONTHS OF TALKS OVER THE PRICE.\n",
            "Ferry line ends merger talks",
            "Harbourton",
        ),
        # a report in capitals, its dateline paragraph wrapped at 60 columns: the line under
        # the dateline continues it (Reuters-21578 weather reports)
        (
            "PORTVALIA HARBOUR RAINFALL\n"
            "PORTVALE, APRIL 7 - THE FOLLOWING RAINFALL WAS RECORDED IN\n"
            "THE 24 HOURS UP TO (1200) GMT TODAY\n"
            "NORTH COAST: LENNA NIL, KORVE 0.2 MILLIMETRES,\n"
            "ISLANDS: ASTA NIL, BORG NIL.\nREUTER\n",
            "PORTVALIA HARBOUR RAINFALL",
            "Portvale",
        ),
    ],
)
def test_a_story_line_opening_with_its_dateline_is_still_no_headline(text, title, place):
    got = parse_text(text)
    assert got["title"] == title
    assert got["dateline_place"] == place


def test_in_indented_wire_copy_only_an_indent_starts_a_paragraph():
    """'... after his years as U.S.' / 'Ambassador to Portvalia, ...': the line ends like a
    sentence, but the wire marks paragraphs with an indent, so the next line runs on."""
    text = (
        "PORTVALE ENVOY TO STEP DOWN\n"
        "    HARBOURTON, March 5 - Jo Quill said he hoped to start his\n"
        "new duties at the harbour board in June after his years as U.S.\n"
        "Ambassador to Portvalia, and that he did not know who would\n"
        "succeed him there.\n"
        "    Quill has led the board since 1979. He said the board would\n"
        "meet on Friday to discuss the new quay and its financing.\n"
        " Reuter\n"
    )
    paragraphs = parse_text(text)["body"].split("\n\n")
    assert paragraphs == [
        "HARBOURTON, March 5 - Jo Quill said he hoped to start his new duties at the harbour "
        "board in June after his years as U.S. Ambassador to Portvalia, and that he did not "
        "know who would succeed him there.",
        "Quill has led the board since 1979. He said the board would meet on Friday to discuss "
        "the new quay and its financing.",
    ]


def test_without_paragraph_indents_a_sentence_end_still_breaks_wrapped_lines():
    text = (
        "Portvale envoy to step down\n"
        "Jo Quill said on Monday he hoped to start his new duties at the\n"
        "harbour board in June, after ten years as the town's envoy.\n"
        "Officials said no date had been set for the announcement of his\n"
        "successor, who will take over the board's work on the new quay.\n"
    )
    paragraphs = parse_text(text)["body"].split("\n\n")
    assert [p[:20] for p in paragraphs] == ["Jo Quill said on Mon", "Officials said no da"]


def test_spelled_out_figures_and_notes_of_an_earnings_report_are_story():
    text = (
        "QUAYSIDE INSURANCE <QYI> 4TH QTR\n"
        "    HARBOURTON, March 19 - Shr profit two cts vs profit two cts\n"
        "    Net profit 216,000 vs 265,000\n"
        "    Revs 1.7 mln vs 1.4 mln\n"
        "    Year\n"
        "    Shr profit four cts vs loss two cts\n"
        "    Net profit 528,000 vs loss 290,000\n"
        "    NOTE: Net excludes discontinued operations\n"
        "    The company said it expects to return to growth in the second half of the year.\n"
        " Reuter\n"
    )
    got = parse_text(text)
    assert got["boilerplate"] == []
    assert got["body"].split("\n\n")[3:5] == ["Year", "Shr profit four cts vs loss two cts"]
    assert "NOTE: Net excludes discontinued operations" in got["body"]


@pytest.mark.parametrize(
    "tail",
    [
        "    Sales 32.9 mln vs 29.1 mln\n"
        "    Note: Results include operations of Quay Ferries of Portvale Inc,\n"
        "acquired Sept. 1, 1986.\n",
        "    Pay Aug 14, 1987\n",
    ],
)
def test_a_date_line_inside_wire_copy_is_story_not_its_publication_date(tail):
    """'acquired Sept. 1, 1986.' (a note's wrapped end) or a dividend's 'Pay Aug 14, 1987'
    above the sign-off: a date on its own line, but the story's; the wire's dateline gives no
    year, so the story has no publication date."""
    text = (
        "QUAYSIDE MILLS <QYM> YEAR NET\n"
        "    HARBOURTON, Ind., March 2 - Shr 73 cts vs 58 cts\n"
        "    Net 1,101,000 vs 901,000\n" + tail + " Reuter\n"
    )
    got = parse_text(text)
    assert got["published"] is None
    assert got["body"].endswith(tail.strip().split("\n")[-1])


def test_a_carriage_return_written_out_at_a_line_end_is_dropped():
    """'REUTER^M': some wire archives wrote each carriage return out as '^M'. The sign-off is
    then still known (the table above it is story, the wire the outlet), and no '^M' is left
    in the body."""
    text = (
        "QUAYSIDE MILLS OUTPUT IN FEBRUARY\n"
        "    HARBOURTON, April 1 - Quayside mills used 1,053.0 mln lbs of grain in\n"
        "February, the company said.\n"
        "    Output of selected products, in mln lbs --^M\n"
        "                   Feb 87    Jan 87\n"
        "    Flour        111.2    111.4\n"
        "    Bran          21.5     25.9^M\n"
        " REUTER^M\n"
    )
    got = parse_text(text)
    assert got["line_roles"][-1] == "byline" and got["outlet"] == "Reuters"
    assert got["boilerplate"] == []
    assert got["body"].endswith("Bran          21.5     25.9") and "^M" not in got["body"]
    assert len(got["line_roles"]) == 8  # one role per input line


def test_a_table_over_a_last_line_with_its_signoff_glued_is_story():
    """'... idle. REUTER': the wire's sign-off glued to the last line still closes wire copy,
    so the table between the last paragraph and that line is story, not chrome."""
    text = (
        "HARBOURTON METALS CLOSE\n"
        "    HARBOURTON, April 7 - Metal prices closed mixed on the Harbourton exchange on\n"
        "Tuesday, dealers said, in thin trade ahead of the holiday.\n"
        "    GOLD      401.50  (400.25)\n"
        "    SILVER      6.62    (6.60)\n"
        "    Platinum futures remained idle. REUTER\n"
    )
    got = parse_text(text)
    assert got["boilerplate"] == []
    assert got["body"].split("\n\n")[-3:] == [
        "GOLD      401.50  (400.25)",
        "SILVER      6.62    (6.60)",
        "Platinum futures remained idle. REUTER",
    ]


@pytest.mark.parametrize(
    "head",
    [
        "Soybean Oil",
        "Usage (thous short tons) --",
        "Note - Accounts have been restated",
        "Profit per share after taxes",  # a prompt's word, but no prompt
    ],
)
def test_a_short_line_inside_wire_copy_is_story(head):
    """Wire copy holds no page chrome: a short line between its paragraphs ('Soybean Oil' over
    its figures, 'Note - Accounts have been restated') is story, as its lines below the last
    paragraph are. Without a sign-off, an unknown short line there is still set aside."""
    story = (
        "QUAYSIDE GRAIN REPORT\n"
        "    HARBOURTON, April 9 - Stocks at the Quayside elevators rose in the week to\n"
        "April 8, the port board said in its weekly report on Thursday.\n"
        f"    {head}\n"
        "    Barley        120.5      118.2\n"
        "    Wheat          98.1       97.4\n"
        "    The board said shipments would resume on Monday after the strike at the\n"
        "port ended, and that exports would reach last year's level by June.\n"
    )
    got = parse_text(story + " Reuter\n")
    assert got["boilerplate"] == [] and head in got["body"].split("\n\n")
    unsigned = parse_text(story)
    assert [b["text"] for b in unsigned["boilerplate"]] == [head]
