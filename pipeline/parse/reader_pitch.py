"""Reader pitches: a site asking its reader to subscribe, donate, sign up, follow it or get its
app ('Support local journalism by becoming a member.', 'By supporting The Moscow Times, you're
defending open, independent journalism ...', 'Get the RNZ app').

Each site words them its own way, so no table of phrases keeps up with them (the boilerplate
table holds the common fixed ones). What they share is their address: they speak to the
reader ('you', 'your', an imperative such as 'Support', 'Join', 'Get') about the site ('we',
'our', 'us') and its wares (journalism, membership, newsletters, apps), and they quote and
report no one. A story's paragraph that addresses its reader so is rare; one that quotes
someone doing it carries a quotation mark or a reporting verb, and is left alone.
"""

from __future__ import annotations

import re
from typing import Final

from ahocorasick_rs import AhoCorasick

from pipeline.parse.knowledge import organisations

# Lines longer than this are story paragraphs (a pitch is a sentence or three).
MAX_WORDS: Final = 45

# What a pitch sells or asks for: the site's own wares (one of these, or of the weak ones
# below, is needed before anything else is looked at) ...
_WARES: Final = re.compile(
    r"(?i)\b(?:journalism|subscri(?:be|ber|bers|ption|ptions)|members?(?:hip)?|"
    r"donat(?:e|ion|ions)|newsletters?|sign(?:ing)? up|inbox|readers|confirmation|"
    r"support(?:ing)? (?:us|our|the (?-i:[A-Z])\w+|local journalism|independent journalism|"
    r"the (?:reporters|journalists|newsroom)))\b"
)
# ... wares of rarer pitches, looked for only where one of their own stems stands (each
# alternative of a pattern costs at every position of every line it runs on):
_RARE_WARES: Final = re.compile(
    r"(?i)\b(?:sponsors|our journalists|republish|"
    r"(?:weekly|daily) (?:look|roundup|briefing|digest|newsletter)|"
    # a trial offer ('Try 1 month for $1')
    r"\d{1,2} (?:months?|weeks?) for [$£€]\d|"
    # a newsletter's promise ('Get the news you need to know about Texas, every weekday.')
    r"(?:news|headlines|stories|briefing|updates)\b[^.!?]{0,60}?\bevery "
    r"(?:morning|weekday|evening|week|day)|"
    # a call for the reader's own story ('We want to hear from you', 'Tell us about it.')
    # ('If your favourite is missing, tell us about it in the comments' closes a list story)
    r"hear from you|(?-i:Tell us))\b"
)
# ... and what story lines speak of as much (an app review, a company's report on its
# platforms): these count in a short call to act only ('Get the RNZ app', 'Like us on
# Facebook').
_WEAK_WARES: Final = re.compile(
    # ('APP' in capitals is a name's initials: 'Get Down with APP', a party's)
    r"\b(?:[Aa]pps?|(?i:podcasts?|e-?mail|facebook|instagram|twitter|whatsapp))\b"
)
_YOU: Final = re.compile(r"(?i)\b(?:you|your|yours|you're|you’re|you'll|you’ll)\b")
# ('US' in capitals is the country)
_WE: Final = re.compile(r"\b(?:[Ww]e|[Oo]ur|us|[Ww]e're|[Ww]e’re|[Ww]e'll|[Ww]e’ll)\b")
# An imperative opening the line or one of its sentences: the pitch's call to act.
_CALL: Final = re.compile(
    r"(?:^|(?<=[^\d\s][.!?] ))(?:Support|Subscribe|Join|Donate|Become|Get|Sign|Download|"
    r"Follow|Like|Add|Help|Give|Contribute|Register|Try|Listen|Don't|Don’t|Never|Tell|"
    r"Republish)\b"
)
# A call to act that names the site's wares in its own sentence: 'KQED is where the Bay Area
# comes together. Become a member today.', 'Download The Mint News App to get ...'.
_CALL_SENTENCE_WORDS: Final = 10
_SENTENCE_END: Final = re.compile(r"[.!?](?:\s|$)")
# What a story's line carries when it reports someone's words.
_REPORTED: Final = re.compile(
    r"\b(?:said|says|told|according to|asked|urged|found|showed|reported|announced)\b"
)


_NEWSLETTER_WORDS: Final = ("look", "roundup", "briefing", "digest", "newsletter")
# Every pitch names a ware, strong or weak: one pass of an automaton over the line
# for their stems rules out most story lines before any regular expression runs (the
# expressions cost about 6 µs a line; most lines of a story name none of these).
_STEM_WORDS: Final = (
    "journalis",
    "subscri",
    "member",
    "donat",
    "newsletter",
    "sign up",
    "signing up",
    "inbox",
    "readers",
    "confirmation",
    "support",
    "podcast",
    "e-mail",
    "email",
    "facebook",
    "instagram",
    "twitter",
    "whatsapp",
    " app",
    "Join us",
)
# ... and the stems of `_RARE_WARES`
_RARE_STEM_WORDS: Final = (
    "every morning",
    "every weekday",
    "every evening",
    "every week",
    "every day",
    "hear from you",
    "Tell us",
    "epublish",
    "sponsors",
    "month for",
    "months for",
    "weeks for",
    *(f"{when} {what}" for when in ("weekly", "daily") for what in _NEWSLETTER_WORDS),
)


def _as_written_and_capitalised(words: tuple[str, ...]) -> list[str]:
    """Each stem as written and capitalised: no lower-casing of every line."""
    return [*words, *(w[:1].upper() + w[1:] for w in words if w[:1] != " ")]


_COMMON_STEMS: Final = [*_as_written_and_capitalised(_STEM_WORDS), " App"]
_STEMS: Final = AhoCorasick([*_COMMON_STEMS, *_as_written_and_capitalised(_RARE_STEM_WORDS)])


def reader_pitch(text: str) -> bool:
    """Whether the line is a site's pitch to its reader (see the module's docstring)."""
    found = _STEMS.find_matches_as_indexes(text)
    if not found:
        return False
    if '"' in text or "“" in text or "”" in text:
        return False  # (the cheap tests first: a story's line quotes someone ...)
    if len(text.split()) > MAX_WORDS:
        return False  # (... or is a paragraph, not a pitch ...)
    if _REPORTED.search(text):
        return False  # (... or reports someone)
    wares = {w.lower() for w in _WARES.findall(text)}
    # ('our journalists' holds a common stem, which the automaton reports in its place)
    if any(stem >= len(_COMMON_STEMS) for stem, _, _ in found) or "ur journalists" in text:
        wares.update(w.lower() for w in _RARE_WARES.findall(text))
    call = _CALL.search(text) is not None
    if not wares and not call:
        return False
    you = _YOU.search(text) is not None
    we = _WE.search(text) is not None
    if call:
        # 'Support local journalism by becoming a member.', 'Get the RNZ app' ('Support for
        # the plan fell ...' opens with a noun: no ware, no address)
        short = len(text.split()) <= 8
        if not wares:  # 'Get the RNZ app', 'Like us on Facebook', 'Join us for ...'
            weak = _WEAK_WARES.search(text) is not None or _JOIN_US.search(text) is not None
            return weak and (you or we or short or _called(text, (_WEAK_WARES,)))
        return you or we or len(wares) >= 2 or short or _called(text, (_WARES, _RARE_WARES))
    return (you or we) and (len(wares) >= 2 or (you and we))


# A newsletter named by how often it comes ('Get the Portvale Post's weekly look at ...').
_SCHEDULED: Final = re.compile(
    r"(?i)\b(?:weekly|daily) (?:look|roundup|briefing|digest|newsletter)\b"
)
_JOIN_US: Final = re.compile(r"(?:^|(?<=[^\d\s][.!?] ))Join us\b")


def _called(text: str, wares: tuple[re.Pattern[str], ...]) -> bool:
    """Whether one sentence, opening with the call to act, is short and names a ware
    ('Become a member today.', 'Download The Mint News App to get ...' after the line's
    first sentence)."""
    for call in _CALL.finditer(text):
        end = _SENTENCE_END.search(text, call.end())
        sentence = text[call.start() : end.start() if end else len(text)]
        if any(pattern.search(sentence) for pattern in wares) and (
            len(sentence.split()) <= _CALL_SENTENCE_WORDS
            # a news site's own app ('Download the EyeZy app ...' is a how-to's step)
            or (sentence.startswith("Download") and "News" in sentence)
            or _SCHEDULED.search(sentence) is not None
        ):
            return True
    return False


# What a site calls itself in the note about it under its stories.
_SELF_WORDS: Final = (
    "news organization",
    "news organisation",
    "media organization",
    "media organisation",
    "newsroom",
    "news site",
    "news outlet",
    "news service",
)


# A newsroom's note about itself that needs no known organisation: it says what kind of
# newsroom it is ('X is a nonprofit, nonpartisan news organization.', 'X is an independent
# website owned by its journalists') or whose network it belongs to ('X is part of Y, a
# nonprofit news network ...').
_NEWSROOM_NOTE: Final = re.compile(
    r"(?i)^(?:\S+ ){1,6}is (?:a )?part of \S+(?: \S+){0,5}, an? "
    r"(?:non-?profit|independent|national)\b.{0,30}\bnews (?:network|organi[sz]ation)\b"
    r"|^(?:\S+ ){1,5}is an? (?:(?:independent|nonprofit|non-profit|nonpartisan|non-partisan|"
    r"not-for-profit|reader-funded),? (?:and )?){1,3}(?:news ?room|news organi[sz]ation|"
    r"news (?:service|site|website|outlet)|website)\b"
)


def self_description(text: str) -> bool:
    """'Grist is a nonprofit, independent media organization dedicated to ...', 'The Portvale
    Post is a nonpartisan news organization based in Portvale.': a site's note about itself,
    the organisation one of the table, opening the line; or `_NEWSROOM_NOTE`, whatever the
    organisation. (Code, not a boilerplate row: a row that may open with any word is tried
    at the start of every paragraph; the caller tries this only where ' is a' or ' is part
    of' stands near the start.)"""
    head, found, rest = text.partition(" is a")
    if (
        found
        and len(head) <= 50
        and any(w in rest[:120] for w in _SELF_WORDS)
        and organisations().lookup(head) is not None
    ):
        return True
    return _NEWSROOM_NOTE.match(text) is not None
