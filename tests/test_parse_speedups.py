"""The parser's fast paths give what the plain forms they replace give."""

from __future__ import annotations

import re

import numpy as np
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from pipeline.parse import (
    attribution,
    bylines,
    credits,
    credits_glued,
    dateline,
    dates,
    language_model,
    lines,
    names,
    quality,
    roles,
    roles_bylines,
    words,
)
from pipeline.parse.knowledge import any_boilerplate_start, boilerplate_rules, organisations
from pipeline.parse.media_labels import media_labels

# Letters around the cases the fast paths special-case: capitals that open glued words, the
# long s that case-insensitive matching takes for 's', curly quotes, digits, spaces.
PIECES = st.sampled_from(
    [*"abehnorstyTAIOHSWBFMPé’ſ .,()1", "The", "story by ", "Article was written by ", " by "]
)
TEXTS = st.lists(PIECES, max_size=40).map("".join)
WORDS = st.sampled_from(
    [
        "Advertisement",
        "Share this",
        "© 2018 Reuters",
        "Sign up for our newsletter",
        "12 comments",
        "cookies policy",
        "All rights reserved",
        "The minister said",
        "AP",
        "Associated Press",
        "  ",
        "x",
    ]
)
LINES = st.lists(WORDS, max_size=6).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(TEXTS)
@example("Watch it on YouTube. The iPhone maker's UkraineThe president")
@example("on YouTube and iPhone, nothing glued")
def test_glued_words_agrees_with_the_plain_pattern(text):
    assert quality.glued_words(text) == bool(quality._GLUED.search(text))


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from([*"ab 1907.", "٣", "３", "²", "é", "YouTube", "iPhoneThe"]), max_size=12
    ).map("".join),
    st.integers(0, 14),
)
@example("no figure here", 0)
@example("in 2024 or later", 9)
@example("Arabic-Indic ٣ digit", 0)
def test_has_digit_agrees_with_the_class_search(text, start):
    assert words.has_digit(text, start) == (words.DIGIT.search(text, start) is not None)


PLACED_PIECES = st.sampled_from(
    [
        *("a", "i", "L", "F", " ", ",", "(", ")", "x", ", left,", ", right)", ", center,"),
        *("(L-R)", "(L)", "From left:", "xfrom left,", "In this ", "in this file photo"),
        *("In this 2019 image", " second from left,", "Jo Li"),
    ]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(PLACED_PIECES, max_size=40).map("".join))
def test_placed_agrees_with_the_scan_of_the_line_head(text):
    from pipeline.parse import roles_captions

    assert roles_captions._placed(text) == (roles_captions._PLACED.search(text, 0, 160) is not None)


@settings(max_examples=500, deadline=None)
@given(st.one_of(TEXTS, LINES, st.text(max_size=30), st.text(alphabet="aZ_-. 19\t", max_size=20)))
@example("Portvale--Beat_2 © ß ’The’ KİEL")  # non-ASCII: the substitution itself
@example("Portvale--Beat_2, THE (Post)")  # ASCII: the byte table, '_' a word character
def test_fold_agrees_with_the_plain_substitution(text):
    from pipeline.parse import headline

    assert headline.fold(text) == headline._NON_WORDS.sub(" ", text.casefold()).strip()


@given(st.from_regex(dates.MONTH_NAME, fullmatch=True))
def test_every_month_name_opens_with_a_stem_the_date_gate_knows(name):
    assert name[:3].lower() in dates._MONTH_STEMS


DATE_PIECES = st.sampled_from(
    [
        *"0123 /.-,",
        "19",
        "20",
        "2024",
        "March",
        "mar.",
        "Sept",
        "ſept",
        "12",
        "Published on ",
        "T10:00Z",
    ]
)


@settings(max_examples=800, deadline=None)
@given(st.lists(DATE_PIECES, max_size=14).map("".join), st.sampled_from([None, True, False]))
@example("Updated March 3, 2024 at 10:00", None)
@example("ſept 3, 2024", None)
@example("Published on 24.02.25 – 14:32", None)
def test_find_date_gates_skip_only_patterns_that_cannot_match(text, day_first):
    """`find_date` with its gates gives the first pattern's date that the plain loop gives."""

    def plain():
        for pattern in dates._PATTERNS:
            match = pattern.search(text)
            found = dates.date_of(match, day_first) if match else None
            if found is not None:
                return found
        return None

    assert dates.find_date(text, day_first) == plain()


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_story_by_agrees_with_a_search_from_the_start(text):
    fast = attribution._story_by(text)
    plain = attribution._STORY_BY.search(text)
    assert (fast and fast.span()) == (plain and plain.span())


CREDIT_PIECES = st.sampled_from(
    [
        *"aeoTPJ .,()/|\n",
        " (AP Photo/Jo Li, File)",
        "(Photo: Jo Li)",
        "Photo by Jo Li",
        " via ",
        "AFP",
        " (Jo Li/Pool Photo via AP, File)(",
        ". Photo: Jo Li, AP",
        "   (Lehtikuva)",
    ]
)
# More brackets, for where the search starts (`_bracket_from`, `_glued_from`,
# `_search_from`): an agency's feed after the credit, a wire's tag, an agency and its
# photographer after a colon, a full stop inside a credit, and the marks of a text cut short.
BRACKET_PIECES = st.sampled_from(
    [" (PA Wire)", " (Reuters)", " (AAP: Jo Li)", "  (", ") ", "…", "...", "(St. Paul", " Li..."]
)


@settings(max_examples=500, deadline=None)
@given(
    st.one_of(
        st.lists(CREDIT_PIECES, max_size=30).map("".join),
        st.lists(st.one_of(CREDIT_PIECES, BRACKET_PIECES), max_size=30).map("".join),
    )
)
# the search missed these three before 2026-12-08: a label's form cut short by '…', and a
# credit holding a full stop, or trailing words with dots, before an agency's feed
@example("The mayor spoke on Monday. Photo: Jo Li, AP(…")
@example("Crowds gather at the pier. (PA Images/St. Paul) (PA Wire)")
@example("Crowds gather at the pier (AP Photo/Jo Li) (PA Wire) Li...")
@example("The minister met the officials in Helsinki.) (AP Photo/Jo Li). Reuters")  # a stray ')'
def test_glued_credit_search_from_the_bound_finds_the_same_match(line):
    pattern = credits_glued.glued_pattern()
    fast = pattern.search(line, credits_glued._glued_from(line, credits_glued._bracket_from(line)))
    plain = pattern.search(line)
    assert (fast and (fast.span(), fast.groups())) == (plain and (plain.span(), plain.groups()))


@settings(max_examples=300, deadline=None)
@given(LINES)
def test_joined_boilerplate_rules_match_where_one_rule_does(line):
    assert any_boilerplate_start(line) == any(r.pattern.match(line) for r in boilerplate_rules())


ORG_TEXTS = st.lists(
    st.sampled_from(["RTÉ", "RTE", "rté", "Reuters", "Vox", "VOX", "Jo Li", "ſ", "K", "/", ", "]),
    max_size=8,
).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(ORG_TEXTS)
def test_organisation_fast_path_never_skips_a_match(text):
    """The word precheck skips the scan of an ASCII text; a non-ASCII alias ('RTÉ') may stay
    out of its words only because no ASCII text can hold it."""
    orgs = organisations()
    assert orgs.first_words is not None  # the table keeps its fast path
    scanned = [(m.start(), m.end()) for m in orgs.pattern.finditer(text)]
    assert [(start, end) for start, end, _ in orgs.find(text)] == scanned


# Aliases whole and in part, in every case, glued to words and punctuation, beside letters
# with case beyond ASCII ('é', and the 'ı', 'İ', 'ſ', Kelvin sign that match ASCII letters).
SCAN_PIECES = st.sampled_from(
    [
        *("Associated", "Press", "associated press", "ASSOCIATED PRESS", "AP", "ap", "Ap", "PA"),
        *("AP-NORC", "AP-Norc", "apple", "PARIS", "Agence France-Presse", "AFP", "Reuters"),
        *("RTÉ", "rté", "The Hill", "the hill", "Jo Li", "é", "ı", "İ", "ſ", "\u212a", "’s", "—"),
        *(" ", " ", ".", "/", ", ", "(", ")", "_", "-", "2"),
    ]
)
SCAN_TEXTS = st.lists(SCAN_PIECES, max_size=14).map("".join)


def _scanned(orgs, text):
    return [
        (m.start(), m.end(), orgs.canonical.get(m.group(0).casefold()))
        for m in orgs.pattern.finditer(text)
    ]


@settings(max_examples=600, deadline=None)
@given(SCAN_TEXTS)
@example("x.AP said, AP’s poll (AP-NORC) and the Associated Press—Reuters")
@example("İstanbul AP ı ap PARIS apple")
@example("aThe Associated Press")  # an alias inside a longer one's text that fails to match
def test_organisation_scan_at_candidate_starts_finds_what_the_whole_scan_finds(text):
    """`find` tries the pattern only where an alias's text stands (`Organisations._starts`):
    the same matches, in the same order, as the pattern's scan of the whole text."""
    orgs = organisations()
    assert orgs.any_case is not None  # the table keeps its candidate scan
    assert orgs.find(text) == _scanned(orgs, text)


def _spans(found):
    return [(start, end) for start, end, _ in found]


def _table(tmp_path, rows):
    from pipeline.parse import knowledge

    (tmp_path / "organisations.csv").write_text(
        "alias,canonical,kind\n" + "".join(f"{a},{c},newspaper\n" for a, c in rows),
        encoding="utf-8",
    )
    return knowledge._organisations(tmp_path)


def test_an_alias_with_a_letter_matching_ascii_turns_the_candidate_scan_off(tmp_path):
    orgs = _table(tmp_path, [("Kıbrıs Postası", "Kibris Postasi"), ("AP", "Associated Press")])
    assert orgs.any_case is None
    text = "KIBRIS POSTASI and kibris postasi (AP)"  # 'ı' matches 'I' and 'i'
    assert _spans(orgs.find(text)) == _spans(_scanned(orgs, text))
    assert [c for _, _, c in orgs.find(text)] == [
        "Kibris Postasi",
        "Kibris Postasi",
        "Associated Press",
    ]


def test_an_alias_with_a_caseless_mark_keeps_the_candidate_scan(tmp_path):
    orgs = _table(tmp_path, [("Children’s Voice", "Children’s Voice"), ("AP", "Associated Press")])
    assert orgs.any_case is not None
    text = "CHILDREN’S VOICE, via AP — and children’s voice"
    found = orgs.find(text)
    assert [c for _, _, c in found] == ["Children’s Voice", "Associated Press", "Children’s Voice"]
    assert found == _scanned(orgs, text)


def test_an_alias_case_matching_ascii_turns_the_fast_path_off():
    from pipeline.parse.knowledge import _first_words

    assert _first_words({"rté": "RTÉ", "reuters": "Reuters"}) == frozenset({"reuters"})
    assert _first_words({"\u212aab": "Kelvin Ab"}) is None  # the Kelvin sign matches 'k'
    assert _first_words({"ſpiegel": "Spiegel"}) is None  # the long s matches 's'


@settings(max_examples=300, deadline=None)
@given(st.one_of(LINES, TEXTS))
def test_organisation_lookup_is_the_casefolded_table_entry(text):
    orgs = organisations()
    assert orgs.lookup(text) == orgs.canonical.get(text.strip().casefold())


def test_language_scores_equal_py3langid_bit_for_bit():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    plain = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    fast = language_model.identifier()
    texts = [
        "",
        "a",
        "The minister said the plan would be ready by the end of the year.",
        "Ministeri sanoi, että suunnitelma valmistuu vuoden loppuun mennessä.",
        "Der Minister sagte, der Plan werde bis Ende des Jahres fertig sein.",
        "ВЕРХОВНАЯ РАДА УКРАИНЫ ПРИНЯЛА ЗАКОН",
        "\u202eRTL \u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627 " * 20,
        "".join(chr(c) for c in range(32, 2000)),
        "x/" * 300,
    ]
    for text in texts:
        assert np.array_equal(plain._decide(text), fast._decide(text)), text[:40]


ENGLISH = (
    "The harbour authority said on Tuesday that the new ferry timetable would take effect "
    "next month, and that the cost of the change was lower than it had expected."
)
NOT_ENGLISH = [
    "Satamaviranomainen kertoi tiistaina, että uusi lauttojen aikataulu tulee voimaan ensi "
    "kuussa ja että muutoksen kustannukset jäivät odotettua pienemmiksi.",
    "Die Hafenbehörde teilte am Dienstag mit, dass der neue Fahrplan der Fähren im nächsten "
    "Monat in Kraft tritt und die Kosten geringer sind als erwartet.",
    "La autoridad del puerto dijo el martes que el nuevo horario de los transbordadores "
    "entrará en vigor el próximo mes y que el costo fue menor de lo esperado.",
    "THE HARBOUR AUTHORITY SAID ON TUESDAY THAT THE NEW FERRY TIMETABLE WOULD TAKE EFFECT "
    "NEXT MONTH AND THAT THE COST WAS LOWER THAN EXPECTED BY THE BOARD.",
]


def test_clearly_english_text_skips_the_detector(monkeypatch):
    def no_detector() -> None:
        raise AssertionError("the detector must not run on clearly English text")

    monkeypatch.setattr(language_model, "identifier", no_detector)
    assert quality.clearly_english(ENGLISH.split())
    assert quality.language(ENGLISH) == "en"


@pytest.mark.parametrize("text", NOT_ENGLISH)
def test_other_languages_and_all_caps_go_to_the_detector(text):
    assert not quality.clearly_english(text.split())


@pytest.mark.parametrize("text", [ENGLISH, *NOT_ENGLISH])
def test_precheck_gives_the_detectors_answer(text):
    code, prob = language_model.identifier().classify(text[:400])
    expected = str(code) if prob >= 0.5 and len(str(code)) == 2 else None
    assert quality.language(text) == expected


# Pieces for the per-line prechecks: dashes, colons, capitals, digits, stamp words in odd
# cases (the dotless i, the long s and the Kelvin sign match 'i', 's' and 'k' case-insensitively),
# brackets, agency names and line ends.
LINE_PIECES = st.sampled_from(
    [
        *"aAeHKlLpsTz .,:;!?()/|-–—”\"'’1\n\t",
        "\u0131",
        "\u017f",
        "\u0130",
        "\u212a",
        "  ",
        "   ",
        "HELSINKI",
        "Kyiv",
        " (AP) ",
        "Feb 26",
        "Updated",
        "PUBLISHED",
        "po\u017fted",
        "publ\u0131shed",
        "Photo",
        "Image",
        "Credit",
        "Reuters",
        "REUTERS",
        "Lehtikuva",
        "(AFP)",
        "AP Photo/Jo Li",
        " Jo Li",
        "Scotland",
    ]
)
LINE_TEXTS = st.lists(LINE_PIECES, max_size=25).map("".join)


@settings(max_examples=600, deadline=None)
@given(LINE_TEXTS)
def test_stamp_hint_agrees_with_its_pattern(text):
    assert roles_bylines._stamp_hint(text) == bool(roles_bylines._STAMP_HINT.search(text))


@settings(max_examples=600, deadline=None)
@given(LINE_TEXTS)
def test_table_row_precheck_agrees_with_the_patterns(text):
    plain = bool(lines._WIDE_GAP.search(text)) or len(lines._COLUMN_GAP.findall(text)) >= 2
    assert lines.is_table_row(text) == plain


@settings(max_examples=600, deadline=None)
@given(LINE_TEXTS)
def test_dateline_prechecks_never_skip_a_match(text):
    line = text.strip()
    if not dateline._may_open(line):
        assert not any(
            p.match(line) for p in (dateline._CAPS, dateline._TITLE, dateline._TITLE_DATED)
        )
    if line[:1] not in dateline._CAPITALS:
        assert not dateline._ALONE.match(line) and not dateline._ALONE_TAGGED.match(line)
    if not line.endswith(")"):
        assert not dateline._ALONE_TAGGED.match(line)  # its tag closes the line
    if "," not in line:
        assert not dateline._ALONE.match(line)


@settings(max_examples=800, deadline=None)
@given(
    st.one_of(
        LINE_TEXTS,
        st.lists(CREDIT_PIECES, max_size=30).map("".join),
        st.lists(st.one_of(CREDIT_PIECES, BRACKET_PIECES), max_size=30).map("".join),
    )
)
def test_glued_credit_prechecks_never_skip_a_match(line):
    pattern = credits_glued.glued_pattern()
    plain = pattern.search(line, credits_glued._glued_from(line, credits_glued._bracket_from(line)))
    begin = credits_glued._search_from(line)
    if begin < 0:
        assert plain is None
    else:  # (from the last bracket pair, or the one before a feed, when no label follows)
        fast = pattern.search(line, begin)
        assert (fast and (fast.span(), fast.groups())) == (plain and (plain.span(), plain.groups()))
    if not credits_glued._agency_end_hint(line):
        assert credits_glued._trailing_agency().search(line[-60:]) is None
        assert credits_glued._trailing_agency().search(line) is None


RULE_PIECES = st.sampled_from(
    [
        *"aAcCeEiIkKsSuU .,:*()\n",
        "\u017f",  # long s: 's' case-insensitively
        "\u0131",  # dotless i
        "\u0130",  # dotted capital I (lower-cases to two characters)
        "\u212a",  # Kelvin sign: 'k' case-insensitively
        "é",
        "ß",
        "’",
        "—",
        "©",
        "“",
        "Sign up",
        "SUBSCRIBE",
        "newsletter",
        "Cookie",
        "policy",
        "All Rights Reserved",
        "Advertisement",
        "Share",
        "Copyright",
        "(c) 2019",
        "Required fields are marked *",
        "Facebook commenting",
        "Read more",
        "Home",
        "Leave a comment",
        "Get the daily headlines",
        "Follow us",
        # rules anchored at the start that may open with any character, tried only where
        # one of their literals stands
        "The Ledger is a nonprofit newsroom",
        "Share on X (Opens in new window)",
        "x" * 80,
    ]
)
RULE_LINES = st.lists(RULE_PIECES, max_size=20).map("".join)


def _plain_boilerplate_rule(line):
    """`roles._table_rule` without fast paths: every rule, case-insensitively."""
    long_line = len(line.text) > 200 or line.words > 40
    for rule in boilerplate_rules():
        if rule.pattern.match(line.text) if long_line else rule.pattern.search(line.text):
            return rule.name, rule.ends_article
    return None


@settings(max_examples=1500, deadline=None)
@given(RULE_LINES)
def test_lowered_boilerplate_rules_agree_with_the_rules(text):
    from pipeline.parse import knowledge

    lower = knowledge.lowered(text)
    if lower is not None:
        for rule in boilerplate_rules():
            assert rule.lowered is not None
            assert bool(rule.lowered.search(lower)) == bool(rule.pattern.search(text))
            assert bool(rule.lowered.match(lower)) == bool(rule.pattern.match(text))
        line_filter = knowledge.line_filter()
        assert line_filter is not None
        if not line_filter.may_match(lower):
            assert not any(r.pattern.search(text) for r in boilerplate_rules())
        assert line_filter.any_start(lower) == any_boilerplate_start(text)
    for stripped in {text.strip(), (text.strip() + " ") * 8}:
        if stripped.strip():
            ln = lines.split_lines(stripped)[0]
            got = roles._table_rule(ln, knowledge.line_filter())
            assert got == _plain_boilerplate_rule(ln)


def test_the_uncased_class_holds_only_ascii_and_uncased_characters():
    """`knowledge.lowered` lowers a text its class matches whole without testing each
    character: every character the class takes, over all of Unicode, must be ASCII or have
    no case variant (and the signs of news text are in it)."""
    import sys

    from pipeline.parse import knowledge

    taken = [
        ch
        for ch in map(chr, range(sys.maxunicode + 1))
        if knowledge._UNCASED_TEXT.fullmatch(ch) and not ch.isascii()
    ]
    assert all(ch.lower() == ch and ch.upper() == ch for ch in taken)
    assert set("’‘“”–—…\u00a0©®°£€•·×") <= set(taken)
    assert "µ" not in taken  # its capital is Greek Mu
    assert knowledge.lowered("It’s — “Fine”") == "it’s — “fine”"
    assert knowledge.lowered("Café") is None


@pytest.mark.parametrize(
    "pattern",
    ["[A-Z]ab", "\\x41b", "(?-i:ab)", "[0-_]x", "\u017fx", "\u212ax", "(?P<a>x)(?P=a)", "(a)\\1"],
)
def test_no_lowered_form_where_case_could_matter(pattern):
    from pipeline.parse import rule_patterns

    assert rule_patterns.lowercase_form(pattern) is None


def test_needed_literals_of_the_rules():
    from pipeline.parse import rule_patterns

    assert rule_patterns.needs("^(?:a|b)c") is None  # anchored: no literal test
    # ... unless it may open with any character: then its literals, when rare in prose
    assert rule_patterns.needs("^\\w+ is an? (?:newsroom|wire service)") == (
        "newsroom",
        "wire service",
    )
    assert rule_patterns.needs("^\\d{1,2}:\\d\\d$") is None  # ':' would send many lines on
    assert rule_patterns.needs("\\bcookies?\\b.{0,60}\\b(?:policy|use)\\b") == ("cookie",)
    assert rule_patterns.needs("x(?:ab|cd)|efg") == ("ab", "cd", "efg")


@pytest.mark.parametrize(
    ("pattern", "chars"),
    [
        ("^(?:share|tweet)\\b", "st"),
        ("^(?:the )?views expressed", "tv"),
        ("^[a-c]x|^©", "abc©"),
        ("(?:a|)b", "ab"),  # the empty branch lets 'b' open
        ("^(?=ab)a", "a"),  # a lookahead is zero width
        ("^x{2,}", "x"),
        ("^\\W*sign up", None),  # a category: any character
        ("^\\d{1,2}:\\d\\d$", None),
        ("^(?:\\S+ ){0,3}news", None),
        ("^[^x]y", None),
        ("^.y", None),
        ("a*", None),  # an empty match opens with no character
        ("^(?i:x)y", None),
        ("(?i)^xy", None),  # a global flag as well as a scoped one
        ("^[\\x00-\\uffff]", None),  # too wide a range
    ],
)
def test_first_characters_of_a_pattern(pattern, chars):
    from pipeline.parse import rule_patterns

    expected = None if chars is None else frozenset(chars)
    assert rule_patterns.first_chars(pattern) == expected


START_PATTERNS = ["^(?:share|tweet)\\b", "^(?:the )?views", "^\\W*sign up", "^\\d\\d:\\d\\d$", "^©"]


def _joined_pieces(pieces: list[str], max_size: int = 6) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(pieces), max_size=max_size).map("".join)


@settings(max_examples=800, deadline=None)
@given(_joined_pieces(["share", "tweet", "the ", "views", " ", "-", "sign up", "12:30", "©", "x"]))
def test_start_index_matches_where_the_joined_patterns_do(text):
    from pipeline.parse import rule_patterns

    index = rule_patterns.StartIndex.of(START_PATTERNS)
    joined = re.compile("|".join(f"(?:{p})" for p in START_PATTERNS))
    assert index.match(text) == (joined.match(text) is not None)


@pytest.mark.parametrize(
    ("pattern", "span"),
    [
        ("^(?:share|print)$", 5),
        ("^a$|^bb$", 2),
        ("(?:^x{1,5})$", 5),
        ("^.{1,40} \\| part of the network$", 62),
        ("^foo.*$", None),  # unbounded
        ("^foo", None),  # not tied to the end
        ("^a$|^b", None),  # one branch is not
        ("^a\\Z", None),  # (only '$' is read)
    ],
)
def test_max_span_of_patterns_that_run_to_the_end(pattern, span):
    from pipeline.parse import rule_patterns

    assert rule_patterns.max_span(pattern) == span


@pytest.mark.parametrize(
    ("pattern", "parts"),
    [
        ("^(?:share|print)$", ["^share$", "^print$"]),
        ("^a$|^(?:b|c(?:d|e))$", ["^a$", "^b$", "^c(?:d|e)$"]),
        ("^(?:a|b)x$", ["^(?:a|b)x$"]),  # the group spans no whole alternative
        ("^(?:a)(?:b|c)$", ["^(?:a)(?:b|c)$"]),
        ("^[]|]x|^y", ["^[]|]x", "^y"]),  # a first ']' in a class is a literal
        ("^[^]|(]x|^y", ["^[^]|(]x", "^y"]),
        ("^x\\|y|z", ["^x\\|y", "z"]),
        ("(?i)^a|b", ["(?i)^a|b"]),  # a global flag stays with the whole
        ("^(?P<n>a)|b", ["^(?P<n>a)|b"]),  # and so does a group name
    ],
)
def test_alternatives_of_a_boilerplate_pattern(pattern, parts):
    from pipeline.parse import rule_patterns

    assert rule_patterns.alternatives(pattern) == parts
    for text in ("share", "print", "a", "b", "cd", "ax", "]x", "|x", "y", "z", "x|y", "A", "n"):
        either = any(re.match(part, text) for part in parts)
        assert either == (re.match(pattern, text) is not None), text


LONG_PATTERNS = [
    *START_PATTERNS,
    "^(?:share|print)$",
    "^s.{150,196}z$",  # at most 198 characters: left out of the long index
    "^s.{199,260}z$",
    "^share (?:\\w+ ){0,80}end$",
    "^(?:print|s.{150,196}z|share (?:\\w+ ){0,80}end)$",  # one long alternative of three
]


@settings(max_examples=600, deadline=None)
@given(_joined_pieces(["share", "print", "s", "z", "x" * 37, "word ", "end", " ", "12:30"], 24))
def test_start_index_on_long_texts_matches_where_the_joined_patterns_do(text):
    from pipeline.parse import rule_patterns

    index = rule_patterns.StartIndex.of(LONG_PATTERNS)
    joined = re.compile("|".join(f"(?:{p})" for p in LONG_PATTERNS))
    assert index.match(text) == (joined.match(text) is not None)
    assert index.long is not None
    assert index.long.match("s" + "x" * 196 + "z") is False  # left out of the long index
    assert index.match("s" + "x" * 196 + "z") is True  # a short text: every pattern
    assert index.match("s" + "x" * 199 + "z") is True


def test_start_index_tries_patterns_of_any_opening_on_every_text():
    from pipeline.parse import rule_patterns

    # (two literals open '^ab' and '^ef': they go by their first two characters; '^a\\d'
    # by its first only; '^\\W*cd' may open with anything)
    index = rule_patterns.StartIndex.of(["^ab", "^\\W*cd", "^ef", "^a\\d"])
    assert sorted(index.by_pair) == ["ab", "ef"] and sorted(index.by_char) == ["a"]
    assert index.match("ab") and index.match("--cd") and index.match("ef") and index.match("a1")
    assert index.match("acd") is False and index.match("cd") is True  # '\\W*' may be empty
    assert index.match("a") is False and index.match("e") is False
    # (each opening's alternation holds the patterns that may open with any character, and a
    # pair's those of its first character: one `match` decides)
    assert index.by_pair["ab"] == "(?:^ab)|(?:^a\\d)|(?:^\\W*cd)"
    assert index.by_char["a"] == "(?:^a\\d)|(?:^\\W*cd)"
    assert index.anywhere == "(?:^\\W*cd)"
    assert index.match("ab1") and index.match("a1") and not index.match("ax")
    # (compiled as texts need them: one per opening met, shared by openings of one source)
    assert sorted(index.found) == ["--", "a", "a1", "ab", "ac", "ax", "cd", "e", "ef"]
    assert index.found["a1"] is index.found["ac"] is index.found["ax"]


def test_start_index_raises_when_built_for_patterns_that_cannot_be_joined():
    from pipeline.parse import rule_patterns

    with pytest.raises(re.error):
        rule_patterns.StartIndex.of(["^ab", "^(?i)cd"])  # a global flag inside a group
    # a back-reference numbered across patterns: its opening's alternation fails when built,
    # not when a text first opens so ('\\2' is group 2 of the whole, not of 'c's part)
    with pytest.raises(re.error):
        rule_patterns.StartIndex.of(["^(a)b", "^c(d)\\2"])
    refs = rule_patterns.StartIndex.of(["^(a)b\\1", "^c(d)"])  # a reference within its own
    assert refs.match("aba") and refs.match("cd") and not refs.match("abb")
    assert rule_patterns.StartIndex.of([]).match("anything") is False


@pytest.mark.parametrize(
    ("pattern", "pairs"),
    [
        ("^(?:sign up|subscribe)\\b", {"si", "su"}),
        ("^advertisement$", {"ad"}),
        ("^a$", None),  # a match of one character
        ("^(?:the )?story", None),  # an optional group first: by the first character
        ("^[\\d.,]+k? shares", None),
        ("(?i)^ab", None),  # 'Ab' opens a match too
    ],
)
def test_first_pairs_of_boilerplate_openings(pattern, pairs):
    from pipeline.parse import rule_patterns

    found = rule_patterns.first_pairs(pattern)
    assert (set(found) if found is not None else None) == pairs


def test_line_filter_drops_literals_that_hold_another():
    from pipeline.parse import rule_patterns

    never = rule_patterns.StartIndex.of([])
    found = rule_patterns.LineFilter(never, ("facebook commenting", "commenting", "x", "x"), never)
    assert found.needed == ("x", "commenting")
    assert found.may_match("see our commenting rules") and found.may_match("a x b")
    assert not found.may_match("facebook comments")


ATTRIBUTION_PIECES = st.sampled_from(
    [
        *"aAsS ,.'’\n",
        "CBS News",
        "Reuters",
        "’s ",
        "'s ",
        " correspondent ",
        "reporter",
        "writers ",
        "Haley Ott",
        "Jo Li Bo",
        " in Kyiv, Ukraine,",
        " reported",
        " said",
        " wrote",
        "On Monday ",
        # what a quote may close before the name: a contraction, white space of any kind
        "’",
        "'",
        "s",
        "t ",
        "\n",
        "\u2003",
        " anchor ",
    ]
)


@settings(max_examples=1500, deadline=None)
@given(st.lists(ATTRIBUTION_PIECES, max_size=25).map("".join))
def test_attribution_precheck_never_skips_a_match(body):
    if not attribution._may_attribute(body):
        assert attribution._ATTRIBUTION.search(body) is None


CONTRIBUTOR_PIECES = st.sampled_from(
    [
        "Associated Press writers Jo Li",
        "Associated Press",
        " writers ",
        " writer",
        "reporter ",
        "Jo Li",
        " and ",
        " contributed",
        " also",
        " to this report",
        " to this ",
        " reporting",
        " from Kyiv",
        ".",
        "\n",
        "— ",
        " ",
    ]
)


@settings(max_examples=1500, deadline=None)
@given(st.lists(CONTRIBUTOR_PIECES, max_size=14).map("".join))
@example("Associated Press writer Jo Li contributed.")
@example("Jo Li contributed reporting from Kyiv.")
@example("Associated Press writers Jo Li contributed")
def test_contributor_prechecks_skip_only_scans_that_find_nothing(body):
    """`contributors` runs each scan only where the words its matches need stand."""
    if not attribution._may_name_titled(body):
        assert attribution._CONTRIBUTED.search(body) is None
    if not attribution._may_name_bare(body):
        assert attribution._BARE_CONTRIBUTED.search(body) is None


ORG_PIECES = st.sampled_from(
    [
        *"aAxX .,-_/|()’\n1",
        "é",
        "\u0131",
        "The Associated Press",
        "ASSOCIATED PRESS",
        "AP",
        "ap",
        "Ap",
        "A.P.",
        "Reuters",
        "reuters.",
        "CNN",
        "New York Times",
        "Agence France-Presse",
        "BBC News",
        "Getty Images",
        "AFP",
        "the",
        "-Guard",  # (a hyphen and a capitalised word go on with a name)
    ]
)


@settings(max_examples=1500, deadline=None)
@given(st.lists(ORG_PIECES, max_size=20).map("".join))
def test_organisation_find_agrees_with_the_plain_scan(text):
    orgs = organisations()
    plain = [
        (m.start(), m.end(), orgs.canonical[m.group(0).casefold()])
        for m in orgs.pattern.finditer(text)
    ]
    assert orgs.find(text) == plain


def test_other_spaces_are_every_split_space_but_space_and_newline():
    import sys

    spaces = {chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()}
    assert set(lines._OTHER_SPACES) == spaces - {" ", "\n"}
    assert set(lines._OTHER_SPACES_ASCII) == {c for c in spaces - {" ", "\n"} if c.isascii()}


SPACE_PIECES = st.sampled_from(
    [*"ab. \n", "  ", "\t", "\xa0", "\u2009", "\u3000", "\x1f", "\r", "word", "é"]
)


@settings(max_examples=800, deadline=None)
@given(st.lists(SPACE_PIECES, max_size=40).map("".join))
def test_split_lines_counts_words_as_str_split(text):
    for ln in lines.split_lines(text):
        assert ln.words == len(ln.text.split())


@settings(max_examples=600, deadline=None)
@given(
    st.one_of(
        LINE_TEXTS, st.lists(st.sampled_from(["Topshot", " - ", "Ukraine", " ", "x"])).map("".join)
    )
)
def test_slug_precheck_agrees_with_the_pattern(text):
    ln = roles.Line(0, text, 0, False, words=len(text.split()))
    assert roles._is_slug(ln) == bool(roles._SLUG.match(text) and ln.words <= 14)


@settings(max_examples=600, deadline=None)
@given(
    st.one_of(
        LINE_TEXTS,
        st.lists(st.sampled_from([*"a v,/|", "via", "VIA", "xvia", "via1"])).map("".join),
    )
)
def test_credit_separator_precheck_agrees_with_the_pattern(text):
    assert credits._has_separator(text) == bool(credits._CREDIT_SEPARATOR.search(text))


STORY_PIECES = st.sampled_from(
    [
        *"aeT .\n",
        " by ",
        " BY ",
        "by by ",
        "story",
        "Story",
        "\u017ftory",
        "article",
        "REPORT",
        "was",
        "written",
        "original ",
        "this ",
        "Jo Li",
        " Kim Bo",
    ]
)


@settings(max_examples=800, deadline=None)
@given(st.lists(STORY_PIECES, max_size=30).map("".join))
def test_story_by_agrees_with_a_search_over_lead_words(text):
    fast = attribution._story_by(text)
    plain = attribution._STORY_BY.search(text)
    assert (fast and fast.span()) == (plain and plain.span())


@settings(max_examples=1500, deadline=None)
@given(st.one_of(st.lists(ORG_PIECES, max_size=20).map("".join), LINE_TEXTS))
def test_organisation_trie_matches_the_plain_alternation(text):
    orgs = organisations()
    aliases = sorted(orgs.canonical, key=len, reverse=True)
    assert orgs.pattern.pattern.startswith(r"(?<![\w.])(?-i:")  # the trie, not the plain form
    plain_pattern = re.compile(
        r"(?<![\w.])(?:"
        + "|".join(
            (
                f"(?-i:{re.escape(a.upper())}|{re.escape(a)})"
                if a.islower()
                else f"(?-i:{re.escape(a.upper())})"
            )
            if len(a) <= 4 and a.isalpha()
            else re.escape(a)
            for a in aliases
        )
        + r")(?!\w|(?-i:-[A-Z][a-z]))",  # (a hyphen and a capitalised word go on with the name)
        re.IGNORECASE,
    )
    plain = [(m.span(), m.group(0)) for m in plain_pattern.finditer(text)]
    assert [(m.span(), m.group(0)) for m in orgs.pattern.finditer(text)] == plain


@settings(max_examples=800, deadline=None)
@given(LINE_TEXTS)
def test_dateline_candidates_leave_out_only_patterns_that_cannot_match(text):
    line = text.strip()
    if dateline._may_open(line):
        for pattern in (dateline._CAPS, dateline._TITLE, dateline._TITLE_DATED):
            if pattern not in dateline._candidates(line):
                assert pattern.match(line) is None


def test_opening_dateline_is_looked_for_once():
    ln = lines.split_lines("HELSINKI (AP) — The harbour reopened.")[0]
    assert ln.opening_dateline == dateline.find(ln.text)
    assert ln.opening_dateline is ln.opening_dateline  # the same object: found once
    plain = lines.split_lines("The harbour reopened on Tuesday.")[0]
    assert plain.opening_dateline is None and plain.opening_dateline is None


@settings(max_examples=800, deadline=None)
@given(st.one_of(LINE_TEXTS, st.lists(CREDIT_PIECES, max_size=30).map("".join)))
def test_credit_lead_precheck_never_skips_a_match(text):
    for t in (text, text.strip(), "(" + text, " " + text):
        if not credits._may_lead(t):
            assert credits._LEAD.match(t) is None


@pytest.mark.parametrize("first", ["\u017fhoto", "\u0130mage", "\u0131mage", "©", " (photo"])
def test_credit_lead_precheck_lets_case_variants_through(first):
    assert credits._may_lead(first)


CLOSING_PIECES = st.sampled_from(
    [
        *"a .(",
        "ing by",
        "Reporting by",
        "eporting b",
        "riting by",
        "ontributing by",
        "ompiled by",
        "COMPILED BY",
        "writing",
        " by ",
    ]
)


@settings(max_examples=600, deadline=None)
@given(st.lists(CLOSING_PIECES, max_size=12).map("".join))
def test_closing_hint_is_any_hint_in_the_text(text):
    assert attribution._closing_hint(text) == any(k in text for k in attribution._CLOSING_HINTS)


def _plain_is_date_line(line):
    """`dates.is_date_line` without its length precheck."""
    from pipeline.parse import dates

    stripped = line.strip(" ;|•-–—")
    if not stripped:
        return False
    if dates._STAMP_ALONE.fullmatch(stripped) or dates._RELATIVE.match(stripped):
        return True
    if (
        80 < len(stripped) <= 160
        and "|" in stripped
        and dates.find_date(stripped) is not None
        and len(dates._residue(stripped)) <= 8
        and dates._bar_cells(stripped)
    ):
        return True  # a stamp of labelled cells between bars (Zee News's), a rule of its own
    if len(stripped) > 80 or dates.find_date(stripped) is None:
        return False
    residue = stripped
    for pattern in dates._PATTERNS:
        residue = pattern.sub(" ", residue)
    residue = dates._STAMP_WORDS.sub(" ", residue)
    residue = dates._FIGURES.sub(" ", residue)
    return len(residue.split()) <= 1


STAMP_PIECES = st.sampled_from(
    [*"1 ;|-ho", "Updated", "LAST UPDATED", "posted:", "٣", "12 hrs ", "5 min ", "ago", " " * 40]
)


@settings(max_examples=800, deadline=None)
@given(st.one_of(LINE_TEXTS, st.lists(STAMP_PIECES, max_size=30).map("".join)))
def test_date_line_precheck_agrees_with_the_plain_test(text):
    from pipeline.parse import dates

    for line in (text, text * 4):
        assert dates.is_date_line(line) == _plain_is_date_line(line)


LABEL_PIECES = st.sampled_from(
    [
        *"aiI 1٣\n:",
        "\u0130",
        "\u0131",
        "Gallery:",
        "\u017f",  # 'ſ': 's' ignoring case
        "Slideshow",
        "WATCH:",
        "video:",
        "Image ",
        "enlarge this image",
        "photos",
        " of ",
        "12",
        "x" * 15,
    ]
)


@settings(max_examples=800, deadline=None)
@given(st.one_of(LINE_TEXTS, st.lists(LABEL_PIECES, max_size=8).map("".join)))
def test_media_label_precheck_agrees_with_the_pattern(text):
    labels = media_labels()
    for line in (text, text * 3):
        assert labels.is_label(line) == bool(labels.every.match(line))
    assert labels.is_label("enlarge this image\n")


def _plain_split_glued(line):
    """`credits_glued.split_glued` without its prechecks and bounds."""
    match = credits_glued.glued_pattern().search(line)
    if match and match.start() >= 10:
        found = match.group(1) or match.group(2) or match.group(3)  # (3: a cut-short teaser)
        before = line[: match.start()].rstrip()
        if "should read " in found and before.endswith(")"):
            short = credits_glued._SHORT_WORDING.search(before, max(0, len(before) - 130))
            if short and short.start() >= 10:
                return before[: short.start()].rstrip(), f"{short.group(1)} ({found.strip()}"
        return before, found.strip()
    tail = credits_glued._trailing_agency().search(line)
    if tail and tail.start() >= 20 and len(line) <= 600:
        return line[: tail.start()].rstrip(), tail.group(1) or tail.group(2) or tail.group(3)
    if ("/" in line[-120:] or "|" in line[-120:]) and len(line) <= 600:
        # every sentence end in the last 120 characters, in order, until one opens a credit
        for at in range(max(0, len(line) - 120), len(line)):
            slash = credits_glued._SLASH_TAIL.match(line, at)
            tail = slash.group("tail") if slash else ""
            if slash and at >= 20 and (credits.credit_tail(tail) or credits.loose_credit(tail)):
                return line[:at].rstrip(), slash.group("tail")
    # the last resorts, searched over the whole line, without their prechecks
    if credits_glued.source_end(line):
        found = credits_glued.labelled_split(
            line, credits_glued._ANY_LABEL_TAIL.search(line)
        ) or credits_glued.labelled_split(line, credits_glued._SPACED_LABEL_TAIL.search(line))
        if found is not None:
            return found
    return (
        credits_glued._bracketed_credit_line(line)
        or credits_glued.dash_split(line, credits_glued._BRACKETED_DASH.search(line))
        # (the unmarked tails re-read the line as bracketed, through `split_glued` itself)
        or credits_glued._unstopped_bracket_tail(line)
        or credits_glued._bare_tail(line)
        or credits_glued._dashed_tail(line)
    )


SPLIT_PIECES = st.sampled_from(
    [
        *"ab .,/()\n",
        "The minister met the harbour officials in Helsinki.",
        " Jo Li/Lehtikuva/AP",
        " Jo Li/AP",
        ". Reuters",
        "   (Lehtikuva)",
        " (AP Photo/Jo Li)",
        " Photo: Jo Li/AP",
        " Video: Jo Li",
        " (Screen grab from Portvale TV)",
        "x" * 60,
    ]
)


@settings(max_examples=1500, deadline=None)
@given(st.lists(SPLIT_PIECES, max_size=14).map("".join))
def test_split_glued_agrees_with_the_plain_searches(line):
    assert credits_glued.split_glued(line) == _plain_split_glued(line)


# English whose first 400 characters are names, figures and long words: too few function
# words there, enough over the next sentences.
DENSE_OPENING = (
    "Portvale ferry operator Harbourline unveiled its new 240-seat Baltic-class catamaran, "
    "chartered from Nordwerft shipyards, saying quarterly passenger numbers rose 12% to "
    "1.4 million. Chief executive Ada Vell, formerly finance director at Coastlink Holdings, "
    "predicted record summer bookings. Analysts at Meridian Securities, Halvard Partners "
    "and Quayside Capital raised price targets. "
) + (
    "The company said that the new boat would sail on the longest route of the network, and "
    "that the older ships would be sold to an operator in the south of the country. It also "
    "said that the price of a ticket would not rise this year, and that it was in talks with "
    "the town about a second pier at the end of the harbour. "
) * 2


def test_a_dense_english_opening_is_found_english_over_a_wider_sample(monkeypatch):
    assert not quality.clearly_english(DENSE_OPENING[:400].split())
    code, prob = language_model.identifier().classify(DENSE_OPENING[:400])
    assert (code, prob >= 0.5) == ("en", True)  # the detector's own answer

    def no_detector() -> None:
        raise AssertionError("the detector must not run when the wider sample is English")

    monkeypatch.setattr(language_model, "identifier", no_detector)
    assert quality.language(DENSE_OPENING) == "en"


NAME_PIECES = st.sampled_from(
    [*"aeJLoS .,-_1’é", "Jo", "Li", "News", "PHOTOS", "spokes", "Spokeswoman", "Image", "the"]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(NAME_PIECES, max_size=12).map("".join))
def test_not_person_word_lookup_agrees_with_the_pattern(text):
    assert names._not_person(text) == bool(names._NOT_PERSON.search(text))


def test_not_person_words_cover_every_form_of_the_pattern():
    for word in ("image", "images", "reporter", "reporters", "Spokesman", "NEWS", "tv"):
        assert names._not_person(f"Jo {word} Li"), word
    for word in ("imagery", "spokes", "newsy", "Jo Li"):
        assert not names._not_person(word), word


BYLINE_PIECES = st.sampled_from(
    [
        *"aeJLoS .,|:/-5’éſ",
        "Jo Li",
        " Published ",
        "9:55 p.m. ET",
        "July 15, 2018",
        "Sept. 3",
        "JAN 4",
        "12/05/18",
        " on ",
        "Staff Writer",
        "REPORTER",
        "Deputy Political Editor ",
        " anchor ",
        "Anchor",
        "special to the Post",
        "Editing by Kim Bo",
        "photos by ",
        "Graphics",
        "²",
    ]
)


@settings(max_examples=800, deadline=None)
@given(st.lists(BYLINE_PIECES, max_size=14).map("".join))
def test_byline_cleaning_prechecks_give_the_plain_substitutions(text):
    assert bylines.without_stamp(text) == bylines._STAMP.sub("", text)
    assert bylines.without_job_tail(text) == bylines.JOB_TAIL.sub("", text)
    assert bylines.without_job_head(text) == bylines.JOB_HEAD.sub("", text)
    assert bylines._without_non_reporting(text) == bylines._NOT_REPORTING.sub("", text)
    assert names._has_digit(text) == any(ch.isdigit() for ch in text)


def test_parse_module_constants_are_final_for_the_compiled_build():
    """mypyc reads a module-level name from the module's dict on every use unless it is
    `Final` (then it is a C static): ~5 % of the compiled parser's time before they were."""
    import ast

    from tests.conftest import ROOT

    missing = []
    for path in sorted((ROOT / "pipeline" / "parse").glob("*.py")):
        if path.name == "language_model.py":  # stays interpreted (setup.py)
            continue
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign) and all(
                isinstance(t, ast.Name) and t.id.lstrip("_")[:1].isupper() for t in node.targets
            ):
                value = node.value
                if not (isinstance(value, ast.Call) and getattr(value.func, "id", "") == "TypeVar"):
                    missing.append(f"{path.name}:{node.lineno}")
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                annotation = ast.unparse(node.annotation)
                if node.target.id.lstrip("_")[:1].isupper() and "Final" not in annotation:
                    missing.append(f"{path.name}:{node.lineno}")
    assert not missing, missing


AGENCY_TEXTS = st.lists(
    st.sampled_from(
        [
            "Jo Li/",
            "AP",
            "ap",
            "Ap",
            "AFP",
            "afp",
            "Getty Images",
            "GETTY IMAGES",
            "RTÉ",
            "rte",
            "Vox",
            "VOX",
            "dpa",
            "DPA",
            "Reuters",
            "reuter",
            "ſpiegel",
            "Der Spiegel",
            " via ",
            "(",
            ")",
            ". ",
            " ",
            "The Globe and Mail",
            "Kyodo News",
        ]
    ),
    max_size=12,
).map("".join)


@settings(max_examples=600, deadline=None)
@given(AGENCY_TEXTS)
def test_agency_trie_matches_the_plain_alternation(text):
    """The credit patterns' alternation of every alias, as a trie, finds what the plain
    alternation of the same parts finds."""
    orgs = organisations()
    names = sorted(orgs.canonical, key=len, reverse=True)
    parts = [
        re.escape(n.upper()) if len(n) <= 4 and n.isalpha() else f"(?i:{re.escape(n)})"
        for n in names
    ]
    plain = re.compile(rf"(?<![\w.])(?:{'|'.join(parts)})(?!\w)")
    trie = credits_glued._agency_alternatives(None)
    assert trie.startswith("(?-i:")  # the trie, not the plain fallback
    grouped = re.compile(rf"(?<![\w.])(?:{trie})(?!\w)")
    spans = [m.span() for m in plain.finditer(text)]
    assert [m.span() for m in grouped.finditer(text)] == spans


# The pattern `headline.full_stop_end` replaced (a regex search scanned every full stop of a
# paragraph to test its end).
_FULL_STOP_END = re.compile(r"(?<!\.)\.[\"”’')\]]*$")


@settings(max_examples=1500, deadline=None)
@given(_joined_pieces([*".\"”’')]a ", "..."], max_size=8))
def test_full_stop_end_is_the_pattern_it_replaced(text):
    from pipeline.parse import headline

    assert headline.full_stop_end(text) == bool(_FULL_STOP_END.search(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He left.", True),
        ("“He left.”", True),
        ("(He left.)", True),
        ("Wait...", False),
        ("Wait..”", False),
        ("Headline", False),
        (".", True),
        ("", False),
        ("U.S. talks", False),
    ],
)
def test_full_stop_end(text, expected):
    from pipeline.parse import headline

    assert headline.full_stop_end(text) is expected


@settings(max_examples=800, deadline=None)
@given(_joined_pieces(["FILE", "file", "ı", "İ", "In this", "in this", " photo", " - ", ":", "x"]))
def test_file_photo_is_its_pattern(text):
    from pipeline.parse import roles_captions

    got = roles_captions.file_photo(text)
    assert got == (roles_captions._FILE_PHOTO.match(text) is not None)
    if text.startswith(("ın this photo", "İn this photo", "FILE - ")):
        assert got  # a dotless or dotted capital i is 'i' case-insensitively


@settings(max_examples=800, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=60))
def test_ascii_words_by_translation_are_the_word_runs(text):
    from pipeline.parse import knowledge

    words = text.lower().translate(knowledge._ASCII_NON_WORD).split()
    assert words == knowledge._WORD_RUN.findall(text.lower())


@settings(max_examples=800, deadline=None)
@given(_joined_pieces(["Ferry", "FERRY", "fares", "ß", "SS", "’", " ", "-", ":", "Straße", "e"]))
def test_a_repeated_title_holds_the_titles_longest_word(text):
    # `mark_title` skips `fold` for lines without the title's longest word
    from pipeline.parse import headline

    title = headline.fold(text)
    longest = max(title.split(), key=len, default="")
    for repeat in (text, f"{text} ", f"“{text}”", text.upper()):
        if headline.fold(repeat) == title:
            assert longest in repeat.casefold()


def _given_by_plain(line: str) -> bool:
    """`credits.given_by` without its checks for each pattern's words: every pattern tried."""
    text = line.strip()
    if len(text) > 90:
        return False
    if credits._GIVER.fullmatch(text) is not None:
        return True
    if (files := credits._PAPER_FILE.fullmatch(text)) is not None:
        paper = files["paper"]
        return paper.rpartition(" ")[2].casefold() in credits.newspaper_words() or (
            organisations().lookup(paper) is not None
        )
    if (special := credits._SPECIAL_OR_FILE.fullmatch(text)) is not None:
        return names.person_name(special["name"]) == special["name"]
    if (post := credits._PLATFORM_POST.fullmatch(text)) is None:
        return False
    if "X" in (post["platform"], post["posted_on"]):
        return True
    site = post["platform"] or post["host"] or post["posted_on"] or ""
    return site.casefold() in credits.platforms()


@settings(max_examples=600, deadline=None)
@given(
    st.one_of(
        st.from_regex(credits._GIVER, fullmatch=True),
        st.from_regex(credits._PAPER_FILE, fullmatch=True),
        st.from_regex(credits._SPECIAL_OR_FILE, fullmatch=True),
        st.from_regex(credits._PLATFORM_POST, fullmatch=True),
        _joined_pieces(["Photo", " from ", " by ", "Jo Li", "/", "@jo", " file", "handout", " "]),
    )
)
@example("Portvale Police handout")
@example("Jo Li, special to the Herald")
@example("Jo Li, Portvale Herald file")
@example("X/@portvalepolice")
def test_given_by_words_checks_skip_only_patterns_that_cannot_match(text):
    # each pattern is tried only where its own words or marks stand: a text it matches holds them
    if credits._GIVER.fullmatch(text.strip()) is not None and len(text.strip()) <= 90:
        assert credits.given_by(text)
    assert credits.given_by(text) == _given_by_plain(text)


@settings(max_examples=800, deadline=None)
@given(_joined_pieces(["Jo", "Li", "pier", "of", "and", " - ", " — ", " -- ", "/", ".", " ", "X"]))
def test_a_line_ending_in_a_sentence_word_has_no_dashed_name(line):
    # `_prose_end` asks `_dash_before_name` only when the last word is capitalised or joins
    end = len(line.rstrip(credits_glued._CLOSING))
    word = line[line.rfind(" ", 0, end) + 1 : end]
    if word.isalpha() and word[:1].islower() and word not in credits_glued._SOURCE_JOINS:
        assert not credits_glued._dash_before_name(line)
