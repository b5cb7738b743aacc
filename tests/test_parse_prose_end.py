"""`credits_glued._prose_end`: the one scan that spares a story's sentences every glued-credit
form. It must never skip a line a form would split; these tests fail if a form's cue is
missing from `_CREDIT_MARKS` or a lower-case credit end is read as prose."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from pipeline.parse import COMPILED, credits_glued

# Credits that close a caption with a word in lower case, each form's own cue in its tail.
LOWER_CASE_ENDS = [
    ("The ferry leaves the harbour in the morning. Photo supplied", "Photo supplied"),
    (
        "Tea bushes near the ridge on Feb. 27, 2025. Courtesy of the interviewee",
        "Courtesy of the interviewee",
    ),
    ("The old pier before the storm of 1987. Press archives", "Press archives"),
    ("Wheat fields outside the town in June. File photo.", "File photo"),
    ("Workers clear a drain along the river on Tuesday | Pioneer photo", "Pioneer photo"),
    ("Officials meet the minister at the port on Sunday. — KUNA photos", "KUNA photos"),
    ("The minister speaks to reporters in the capital on Monday. — Bernama pic", "Bernama pic"),
    (
        "Crowds leave the stadium after the final last summer. Pic: Jo Li/RollingNews.ie",
        "Pic: Jo Li/RollingNews.ie",
    ),
    (
        "A house on Main Street has been empty since 2021. Lena Hartwick lhartwick@thestate.com",
        "Lena Hartwick lhartwick@thestate.com",
    ),
    ("The director at a press conference in the capital. © Droits réservés", "© Droits réservés"),
    (
        "Protesters march in the capital, January 11, 2025. REUTERS/Jo Li Purchase Licensing "
        "Rights, opens new tab",
        "REUTERS/Jo Li",
    ),
    ("the company said it expects a full-year gain of five pct for the retailer. reuter", "reuter"),
]
# Credits that close a caption with a capitalised word and no mark: an organisation of the
# table (its last word), a wire's name, a photo handed in.
CAPITALISED_ENDS = [
    (
        "Skiers cross the frozen lake at Portvale on Saturday, March 2, 2024. Jo Li, Lehtikuva",
        "Jo Li, Lehtikuva",
    ),
    ("The president arrives at the summit in Helsinki, Finland. Reuters", "Reuters"),
    ("A crew repairs the harbour wall on Monday, March 4, 2024. - File", "File"),
]
# A story's sentences, which the scan alone decides.
PROSE = [
    "The council said on Tuesday that it would consider the matter again in the spring.",
    "Sales at the harbour's shops rose by almost 4% in 2004.",
    "The ferry will run twice a day between the harbour and the island of Portvale.",
    "“We will not close the pier,” said Mayor Lena Markov.",
    "“We moved everything onto pallets and it still wasn’t enough,” she said.",
    "Residents have until the end of the month to comment on the plans",
    "The harbour master said the ferry would run twice a day from next week…",
]


@pytest.mark.parametrize(("line", "credit"), LOWER_CASE_ENDS)
def test_a_lower_case_credit_end_is_not_prose(line, credit):
    assert not credits_glued._prose_end(line)
    split = credits_glued.split_glued(line)
    assert split is not None and split[1] == credit


@pytest.mark.parametrize(("line", "credit"), CAPITALISED_ENDS)
def test_a_capitalised_credit_end_is_not_prose(line, credit):
    assert not credits_glued._prose_end(line)
    split = credits_glued.split_glued(line)
    assert split is not None and split[1] == credit


@pytest.mark.parametrize("line", PROSE)
def test_a_story_sentence_is_prose(line):
    assert credits_glued._prose_end(line)
    assert credits_glued.split_glued(line) is None


def test_a_wire_name_in_lower_case_is_not_prose():
    # ('... the retailer. reuter': a wire's alias in any case closes Reuters' old copy)
    assert not credits_glued._prose_end("Sales rose five pct in the quarter. reuter")
    assert credits_glued._prose_end("Sales rose five pct in the quarter, it said.")


PIECES = st.sampled_from(
    [
        *"aeoTJ .,;’”/|()@\n",
        "The council met on Tuesday",
        " in the harbour",
        " and the ferry",
        ". Photo supplied",
        ". Courtesy of the interviewee",
        ". Press archives",
        " Jo Li, jli@portvale.com",
        " © Droits réservés",
        ". reuter",
        " dpa",
        ". Family handout",
        " — Bernama pic",
        "Feature image via Jo Li",
        " Purchase Licensing Rights, opens new tab",
        " less",
        " more",
        ". Jo Li, Lehtikuva",
        " Jo Li for Reuters",
        " - File",
        ". Reuters",
        " in Portvale",
        " ALAMY",
        ". Supplied",
        ". Provided",
        ". Contributed",
        ". File picture",
        ". Stock image",
        " Photo credit: Jo Li",
        " Credit: Jo Li",
        " Video: Portvale TV",
        " Screengrab: Portvale TV",
        "Image source, Getty Images",
        " and the credit card damage provided",
        " in 2004",
        " by 4%",
        " (Jo Li/Portvale Beat/2025)",
        " Image: Jo Li, 2024",
        " License: CC BY 2.0",
        ". Jo Li/AP",
        " (AP Photo/Jo Li)",
        "x" * 60,
    ]
)


@pytest.mark.skipif(COMPILED, reason="the scan can be patched out of the source build only")
@settings(max_examples=1500, deadline=None)
@given(st.lists(PIECES, max_size=14).map("".join))
@example("The council met on Tuesday. Photo supplied")
@example("The council met on Tuesday. reuter")
@example("The council met on Tuesday. Jo Li, Lehtikuva")
def test_prose_end_never_skips_a_split(line):
    if not credits_glued._prose_end(line):
        return
    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(credits_glued, "_prose_end", lambda line: False)
        assert credits_glued.split_glued(line) is None
