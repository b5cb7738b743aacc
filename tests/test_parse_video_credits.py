"""A video's credit written as its label: 'Video: <the page's name>' or 'Video: <a credit>'
under the video's caption credits the footage, and so does the page's own name alone there;
'Video: <a title>' stays the video's label."""

from __future__ import annotations

import pytest

from pipeline.parse import parse_text, roles

PAGE = """Portvale Beat
Home
News
Sport
Flood warnings lifted across the valley as river levels fall
By Jo Li
June 3, 2025
Flood warnings were lifted across the valley on Tuesday, the regional water authority said.
Crews spent the weekend clearing debris from drains in the lower town, flooded last month.
VIDEO
Residents clear mud from a flooded street in the lower town on Monday.
{label}
The authority said it would keep watching the river this week as more rain is forecast.
Residents were told to report blocked drains to the council.
Contact us
© 2025 Portvale Beat. All rights reserved.
"""


def _role(text: str, line: str) -> tuple[str, str]:
    found = next(ln for ln in roles.classify(text).lines if ln.text == line)
    return found.role, found.rule


def test_the_page_s_own_name_after_video_credits_the_footage():
    text = PAGE.format(label="Video: Portvale Beat")
    assert _role(text, "Video: Portvale Beat")[0] == "credit"
    media = parse_text(text)["media"]
    assert [(m["caption"], m["credit"]) for m in media if m["credit"]] == [
        ("Residents clear mud from a flooded street in the lower town on Monday.", "Portvale Beat")
    ]


def test_a_slashed_credit_after_video_credits_the_footage():
    text = PAGE.format(label="Video: Kim Bo/The Portvale Beat")
    assert _role(text, "Video: Kim Bo/The Portvale Beat")[0] == "credit"
    media = parse_text(text)["media"]
    assert [m["photographers"] for m in media if m["credit"]] == [["Kim Bo"]]


@pytest.mark.parametrize(
    "label",
    [
        "Video: Council debates the flood defence budget",  # a title
        "Video: Residents/council meeting on drains",  # a slash in a title
    ],
)
def test_a_title_after_video_stays_a_label(label):
    assert _role(PAGE.format(label=label), label) == ("media_label", "media_label")


# The same page on a station's site: no byline, a stamp, the credit's slot under the caption.
STATION = (
    PAGE.replace("Portvale Beat", "Portvale Seven News")
    .replace("Home\nNews\nSport", "Live TV\nLatest")
    .replace("By Jo Li\nJune 3, 2025", "Published on: June 3, 2025 08:12")
    .replace("{label}", "{credit}")
)


def test_the_page_s_own_name_alone_under_a_video_s_caption_credits_it():
    """'VIDEO' / '<caption>' / 'Portvale Seven News' / the story: the station's own footage."""
    text = STATION.format(credit="Portvale Seven News")
    masthead, under_caption = (
        ln for ln in roles.classify(text).lines if ln.text == "Portvale Seven News"
    )
    assert masthead.role == "boilerplate"
    assert (under_caption.role, under_caption.rule) == ("credit", "own_footage_credit")
    media = parse_text(text)["media"]
    assert [(m["kind"], m["credit"]) for m in media] == [("video", "Portvale Seven News")]


def test_another_name_under_a_video_s_caption_is_no_own_credit():
    text = STATION.format(credit="Lower Town Council")
    assert _role(text, "Lower Town Council")[1] != "own_footage_credit"


MAKER = """Portvale Beat
Home
News
Flood warnings lifted across the valley as river levels fall
By Jo Li
June 3, 2025
Flood warnings were lifted on Tuesday as the river fell below its mark for the first time in a week.
{block}
The authority said it would keep watching the river this week as more rain is forecast.
Residents were told to report blocked drains to the council.
"""


@pytest.mark.parametrize(
    ("block", "credit"),
    [
        # the label's credit over the video's title, under a paragraph of the story
        ("Video: Portvale TV\nThe mayor explains the new flood measures", "Portvale TV"),
        ("Video: PVTV\nThe mayor explains the new flood measures", "PVTV"),
        # under the video's caption, over its running time
        (
            "Play\nWild weather lashes the valley as the first cold front moves through.\n"
            "Video: 9News Portvale\n0:58",
            "9News Portvale",
        ),
    ],
)
def test_a_maker_s_name_after_video_credits_the_video(block: str, credit: str) -> None:
    parsed = parse_text(MAKER.format(block=block))
    assert [m["credit"] for m in parsed["media"]] == [credit]
    assert "Flood warnings were lifted" in parsed["body"]
    assert f"Video: {credit}" not in parsed["body"]


def test_a_video_s_title_after_its_label_stays_a_label() -> None:
    """Guard: 'Video: Residents clear mud from the lower town' names no maker."""
    text = MAKER.format(block="Video: Residents clear mud from the lower town")
    assert _role(text, "Video: Residents clear mud from the lower town")[0] != "credit"
