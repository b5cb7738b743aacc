"""The headline: which line of a page is the story's title, and the title's text.

Pages put much above the headline (menus, section labels, captions, sidebar cards, bylines)
and repeat it below; `mark_title` scores the lines that are left once the line roles are
decided and picks one, or none when the scrape holds no headline.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from pipeline.parse import credits, dateline
from pipeline.parse.bylines import (
    BYLINE_START,
    ends_in_paper_word,
    listed_people,
    names_only,
    paper_outlet,
    unknown_paper,
    without_client,
    without_filed_from,
    without_tagline,
)
from pipeline.parse.dates import find_date
from pipeline.parse.knowledge import organisations
from pipeline.parse.names import opens_with_given_name, person_name
from pipeline.parse.words import standalone

if TYPE_CHECKING:
    from pipeline.parse.lines import Line, Roles

MAX_TITLE_LINE: Final = 60
# What may close a sentence after its full stop: quotation marks and brackets.
_CLOSERS: Final = "\"”’')]"
_NON_WORDS: Final = re.compile(r"\W+")

# The short words a Title Case headline sets in lower case (a menu or label has none).
_SMALL_WORD: Final = re.compile(r" (?:a|an|and|as|at|by|for|from|in|of|on|or|the|to|with) ")


def full_stop_end(text: str) -> bool:
    """Whether the text ends in a full stop (not an ellipsis's '..'), maybe followed by
    closing quotes or brackets: a sentence, not a headline or a label."""
    bare = text.rstrip(_CLOSERS)
    return bare.endswith(".") and not bare.endswith("..")


def mark_title(roles: Roles, meta_title: str | None) -> None:
    """Give the headline line the role `title` (none when the page has no headline), its
    repeats the role boilerplate and unclaimed lines above it the role boilerplate."""
    lines = roles.lines
    wanted = fold(meta_title) if meta_title else None
    first_prose = next((ln.index for ln in lines if not ln.role and ln.words >= 25), len(lines))
    first_prose = _past_chrome_prose(lines, first_prose)
    best: Line | None = None
    best_score = -1e9
    # The headline sits near the top: look at most MAX_TITLE_LINE lines down.
    window = lines[: min(first_prose + 1, MAX_TITLE_LINE)]
    after = _next_decided(window)
    highlights = _highlights(window)
    repeated = _repeated(window)
    # The page's first line, page chrome that the rules know aside ('Share this article' over
    # the headline is as common as none).
    opening = next((ln.index for ln in window if ln.role != "boilerplate"), 0)
    story_seen = False
    masthead: Line | None = None
    head_end = -1  # the last line of the first candidate's head block (byline, date) seen
    for ln in window:
        if ln.role or ln.index in highlights:
            continue
        if wanted and fold(ln.text).startswith(wanted):  # equal, or the title and more
            best = ln
            break
        if ln.words < 2 or ln.words > 30 or ln.index == first_prose or ln.table_row:
            continue
        if credits.lone_organisation(ln.text) or _channel_name(ln):
            continue  # a site, agency or channel name is chrome, not a headline
        if ln.index == opening and (_masthead(lines, ln) or _over_site_menu(lines, ln)):
            masthead = ln  # the page's title only where nothing else heads it (a home page)
            continue  # a site's name atop its page, maybe with its tagline
        if ln.words <= 10 and _papers_masthead(ln.text) and not _prose_under(lines, ln):
            # 'The Portvale Independent' over the page's menu or date, not over the story
            continue
        if ln.index == 1 and ln.words <= 6 and _site_name(lines[0]):
            continue  # the site's tagline under its name ('Qatar's top-selling English daily')
        if ln.index == 1 and ln.words <= 8 and _paper_tagline(lines[0], ln):
            continue  # ('The Portvale Times' / 'The Valley's No. 1 English Daily Newspaper')
        if (
            _not_headline(ln, opening)
            or _names_listed(lines, ln)
            or _quoted_post(lines, ln)
            or _linked_under_label(lines, ln, opening)
        ):
            continue
        if ln.index and _wrapped_dateline(lines[ln.index - 1]):
            continue  # the rest of the story's first paragraph
        if ln.words <= 3 and _in_menu(lines, ln):
            continue  # 'Business' / 'Food & Drink' / 'Obituaries': a menu's link
        if (ln.words >= 8 and _opens_with_dateline(ln) and not _caps_over_story(ln, after)) or (
            ln.span > 1 and not ln.text.isupper() and not _wrapped_headline(ln)
        ):
            continue
        # Headlines end in '?', '!' or '…' often, in a full stop rarely; a line of five words
        # or more ending in a colon leads into a quote or a list: a story line ('The board
        # said in a statement:', '... According to the tally:'), where a headline's colon
        # stands inside it.
        lead_in = ln.words >= 5 and ln.text.endswith(":")
        sentence = _sentence_end(ln) or lead_in
        # A long sentence is the story, not its headline, and so is a short one under it;
        # but the text's first line, restated by the paragraph under it, is its headline
        # ('I tried 16 recipes this year. These are the 5 I'll make again.' / 'I love testing
        # her recipes, and ...'): a story's first paragraph is not repeated so.
        if (
            sentence
            and (ln.words >= 16 or story_seen)
            and (story_seen or ln.index != opening or not _restated(ln, after[ln.index]))
            and not _over_byline_block(ln, after[ln.index], first_prose)
        ):
            story_seen = True
            continue
        if lead_in:
            continue
        score = float(
            min(ln.words, 10) - (10 if sentence else 0) + (2 if _headline_case(ln) else 0)
        )
        nxt = after[ln.index]
        if _name_over_story(lines, ln, nxt) or _story_opener(lines, ln, nxt, sentence, opening):
            continue
        if nxt is not None and not nxt.role and nxt.words <= 2 and nxt.text.endswith(":"):
            labelled = after[nxt.index]  # a byline's label over it ('Reporter:' / 'Jo Li')
            if labelled is not None and labelled.role in ("byline", "date"):
                nxt = labelled
        if 0 <= head_end < ln.index:
            score -= 3  # under a line that its byline and date head: a caption, a deck
        if nxt is not None and (
            nxt.role in ("byline", "date", "media_label", "credit", "caption")
            or (not nxt.role and nxt.words <= 4 and _name_alone(nxt))
        ):
            score += 4  # (a byline without 'By' gets its role later: 'Jo Li' alone)
            # (not a short name, a site's or a section's, over today's date: 'Axios Denver')
            if head_end < 0 and nxt.role in ("byline", "date") and ln.words >= 4:
                head_end = nxt.index
                while head_end + 1 < len(lines) and lines[head_end + 1].role in (
                    "byline",
                    "date",
                ):
                    head_end += 1
        elif nxt is not None and not nxt.role and nxt.opening_dateline:
            score += 6
        elif nxt is not None and not nxt.role and _deck_over_byline(nxt, after[nxt.index]):
            score += 6  # 'Headline' / deck / 'Jo Li' or the stamp: a story's head, in order
        elif nxt is not None and not nxt.role and nxt.prose:
            score += 3
        elif nxt is not None and not nxt.role and nxt.words <= 6 and _stamp_under(lines, nxt):
            score += 3  # a byline the rules do not know yet over the stamp ('ESPN News Services')
        if ln.index == 0 or (ln.index == opening and not _menu_over(ln, nxt)):
            score += 4
        if _LABEL.sub("", ln.text) in repeated:
            score += 5  # a page sets its headline twice (the page's and the article's heading)
        if ln.words > 20:
            score -= 4  # decks and first sentences run longer than headlines
        if ln.words <= 4 and _ends_menu(lines, ln, nxt):
            score -= 4  # 'Food & Drink' / 'Events' / 'News & Politics' / the headline
        if ln.text[:1] in _QUOTES and _PULL_QUOTE.match(ln.text):
            score -= 8  # '"It was the best run in years." - Jo Li, an agent': a pull quote
        if best is not None and best.words >= 3 and _GALLERY_LINK.match(ln.text):
            score -= 6  # under a headline, 'Photos: <a gallery's title>' links to another page
        score -= 0.2 * ln.index
        if score > best_score:
            best, best_score = ln, score
    if best is None:
        best = masthead
    if best is None:
        return
    above = lines[best.index - 1] if best.index else None
    under = lines[best.index + 1] if best.index + 1 < len(lines) else None
    # (a story's first paragraph opening with its dateline is no video's description)
    # (nor is a caption with its credit glued on: 'Headline' / deck / '<caption>. Photo: X')
    runs_on = (
        under is not None
        and not under.role
        and under.prose
        and not under.opening_dateline
        and under.glued_split is None
    )
    bullets = _bullets_under_headline(lines, best) if under and under.role else []
    if bullets:
        # Bloomberg's and the Mail's bullet points, over the byline: the line over them heads
        for ln in bullets:
            ln.role, ln.rule = "standfirst", "bullet_deck"
        best = lines[bullets[0].index - 1]
    elif above and under and not runs_on and _headline_over_deck(above, best):
        # The deck stands over the byline or a short stamp ('Published: 12 mins ago'); a line
        # that runs on into the next one is the story's first, left to the body rules.
        if under.role or under.words <= 6:
            best.role, best.rule = "standfirst", "deck_under_headline"
        best = above
    elif above is not None and above.index == opening and _headline_atop(above, best):
        best = above  # the deck or first paragraph under it is left to the body rules
    best.role, best.rule = "title", "headline"
    for ln in window[best.index + 1 :]:
        if ln.index in highlights and not ln.role:
            ln.role, ln.rule = "standfirst", "highlights"
    roles.title = _heading_without_site(window, best)
    title = fold(roles.title or strip_site_suffix(best.text))
    size = len(best.text)
    # a repeat holds the title's longest word: most lines are ruled out before `fold`
    longest = max(title.split(), key=len, default="")
    for ln in lines[best.index + 1 :]:
        if ln.role or not 0.5 * size <= len(ln.text) <= 1.5 * size:
            continue
        if longest not in ln.text.casefold():
            continue
        text = strip_site_suffix(ln.text)
        if fold(text) == title or (text[:3].isupper() and fold(_LABEL.sub("", text)) == title):
            ln.role, ln.rule = "boilerplate", "repeated_title"
            _deck_under(lines, ln)
    for ln in lines[: best.index]:
        if not ln.role and not (ln.words >= 5 and ln.glued_split):
            ln.role, ln.rule = "boilerplate", "before_title"  # a credited caption stays one
    _deck_over_photo(lines, best)


# What a headline may end in without closing a sentence: a clock time's or a country's
# abbreviation ('... start times to 8:45 a.m.', '... troops to the U.S.').
_ABBREVIATION_END: Final = re.compile(r"(?:\b[ap]\.m|\b(?:[A-Z]\.){1,2}[A-Z])\.$")


def _in_menu(lines: list[Line], ln: Line) -> bool:
    """Whether the two lines above and the one under are short links too (three words at
    most, undecided or a section's label): a short headline at the top of its page has
    none over it, or buttons the rules know ('Skip to content' / 'Advertisement' /
    'Blackburn v Burnley')."""
    i = ln.index
    if i < 2 or i + 1 >= len(lines):
        return False
    return all(
        x.words <= 3 and (not x.role or x.rule == "section_label")
        for x in (lines[i - 2], lines[i - 1], lines[i + 1])
    )


def _ends_menu(lines: list[Line], ln: Line, nxt: Line | None) -> bool:
    """Whether the line closes a run of menu links (the three lines over it short links too)
    over a longer line: the section's link over its headline ('News & Politics', 'Pith in
    the Wind', a blog's name)."""
    i = ln.index
    return (
        i >= 3
        and nxt is not None
        and nxt.words >= 6
        and all(x.words <= 3 and not x.role for x in lines[i - 3 : i])
    )


def _over_byline_block(ln: Line, nxt: Line | None, first_prose: int) -> bool:
    """A line of two short sentences right over a 'By' byline, the story a few lines under
    it: the headline ('Riders flock to the new bus line. Its next leg is a year late.' /
    'By Jo Li' / stamp / story), not the story's first paragraph."""
    return (
        ln.words <= 25
        and nxt is not None
        and nxt.index == ln.index + 1
        and nxt.rule == "by_prefix"
        and 0 < first_prose - ln.index <= 12  # (a photo and its credit may stand between)
    )


def _sentence_end(ln: Line) -> bool:
    """A full stop that closes a sentence: not one closing an abbreviation, nor one closing a
    headline in Title Case ('Judges Shouldn't Campaign Like Sheriffs. My State Shows Why.'),
    which a story's or a caption's sentence is not set in."""
    text = ln.text
    if not full_stop_end(text) or _ABBREVIATION_END.search(text, max(0, len(text) - 8)):
        return False
    return not title_case_sentences(ln)


def _site_name(ln: Line) -> bool:
    """A site's name on the page's first line: an organisation of the table alone, or a
    masthead (`_named_masthead`)."""
    return ln.words <= 10 and (
        credits.lone_organisation(ln.text) is not None or _named_masthead(ln.text)
    )


def _paper_tagline(first: Line, ln: Line) -> bool:
    """A paper's tagline under its name on the page's first line, a paper the table may lack:
    the name reads as a paper's (data), and the tagline calls the site news."""
    return (
        first.words <= 5
        and _TAGLINE_WORD.search(ln.text) is not None
        and credits.paper_name(first.text)
        and not full_stop_end(ln.text)
    )


def title_case_sentences(ln: Line) -> bool:
    """A headline set in Title Case whose full stops close no story sentence ('Wells Run Dry.
    Farmers Drill Deeper.'): four long words or more, nearly all capitalised, not capitals."""
    return ln.words <= 20 and not ln.text.isupper() and _headline_case(ln, 4)


def _masthead(lines: list[Line], ln: Line) -> bool:
    """A site's name atop its page that the organisations table does not know, which the
    page's copyright line holds ('Korea JoongAng Daily' / ... / 'Copyright ⓒ Korea JoongAng
    Daily.', 'The Kathmandu Post' / ... / '© 2025 www.kathmandupost.com'). (A name that only
    ends in a word naming newspapers is no such cue: 'BAHIA COCOA REVIEW' heads a story.)
    Or a name the table knows with its tagline or its site's words ('The Register® — Biting
    the hand that feeds IT', 'Otago Daily Times Online News')."""
    if ln.words <= 10 and _named_masthead(ln.text):
        return True
    if ln.index == 0 and _tagline_masthead(ln.text):
        return True
    if not 1 <= ln.words <= 4 or full_stop_end(ln.text):
        return False
    squeezed = fold(ln.text).replace(" ", "").removeprefix("the")
    if len(squeezed) < 4:
        return False
    return any(
        squeezed in fold(x.text).replace(" ", "")
        for x in lines[ln.index + 1 :]
        if x.rule == "copyright"
    )


def _over_site_menu(lines: list[Line], ln: Line) -> bool:
    """A short name over the site's menu ('Pueblo Chieftain' / 'Subscribe' / 'Sign In' /
    'Home' / 'Local'): the four lines under it are links of three words at most, one of them
    a navigation link the rules know. A headline has a byline, a date or share buttons under
    it, not 'Sign In'."""
    if not 1 <= ln.words <= 4 or full_stop_end(ln.text):
        return False
    below = ln.index + 1
    if below < len(lines) and lines[below].role == "date":
        below += 1  # ('The Portvale Star' / 'Sunday, 16 Mar 2025' / 'E-Paper' / 'Home': today's)
    under = lines[below : below + 4]
    return (
        len(under) == 4
        and all(x.words <= 3 and x.rule != "share_prompt" for x in under)
        and any(x.rule == "navigation" for x in under)
    )


_MASTHEAD_MARKS: Final = "—–|·-®™"
_MASTHEAD_ENDS: Final = ("Online", "News", "Digital")
# What follows a site's name in its masthead: a tagline after a separator, or the site's words.
_MASTHEAD_TAIL: Final = re.compile(r"[®™]?\s*(?:[—–|·-]\s+\S.*|(?:Online|Digital)(?: News)?|News)")


# 'Lusaka Times - Zambia's Leading Online News Site', 'New Age | Bangladesh's outspoken
# English daily': a short name, a separator and a tagline that calls the site news (a
# page's title, 'Headline - Site', puts the long part first).
# The words a site's tagline calls it by.
_SITE_WORDS: Final = r"\b(?:[Nn]ews(?:paper)?|[Hh]eadlines|[Dd]aily|[Oo]nline|[Ss]ite|[Pp]ortal)\b"
_TAGLINE_MASTHEAD: Final = re.compile(
    # (a station's frequency in its name: 'WPVL 90.7 - Portvale's NPR News Source')
    rf"(?P<name>[A-Z][\w.&'’-]*(?: (?:[A-Z][\w.&'’-]*|\d{{2,3}}\.\d)){{0,3}}) [—–|-] "
    rf"(?P<tagline>.*{_SITE_WORDS}.*)"
)
_TAGLINE_WORD: Final = re.compile(_SITE_WORDS)  # (a tagline on its own line, `_paper_tagline`)


def _tagline_masthead(text: str) -> bool:
    """`_TAGLINE_MASTHEAD`, the tagline longer than the name, of a site the table may lack."""
    found = _TAGLINE_MASTHEAD.fullmatch(text)
    return (
        found is not None
        and len(found["tagline"].split()) > len(found["name"].split())
        and not full_stop_end(text)
    )


def _named_masthead(text: str) -> bool:
    """An organisation of the table opening the line, then `_MASTHEAD_TAIL`."""
    if not any(c in text for c in _MASTHEAD_MARKS) and not text.endswith(_MASTHEAD_ENDS):
        return False  # most first lines: no organisation scan
    found = organisations().find(text)
    if not found or found[0][0] != 0:
        return False
    return _MASTHEAD_TAIL.fullmatch(text[found[0][1] :].lstrip(" ")) is not None


def _bullets_under_headline(lines: list[Line], best: Line) -> list[Line]:
    """The chosen line and the one or two over it, when they read as a deck's bullet points
    (four to 25 words each, no full stop, not in Title Case) under a longer line or one in
    Title Case that can head them: the bullets, top first; else none."""
    if not _bullet(best):
        return []
    run = [best]
    while len(run) < 3 and run[0].index > 0 and _bullet(lines[run[0].index - 1]):
        run.insert(0, lines[run[0].index - 1])
    if len(run) < 2 or run[0].index == 0:
        return []
    head = lines[run[0].index - 1]
    if head.role or not 3 <= head.words <= 30 or full_stop_end(head.text) or head.span > 1:
        return []
    if head.words <= 4 and (head.text.isupper() or " & " in head.text):
        return []  # a section's label ('NEWS & POLITICS', 'Crime & Public Safety') heads none
    if head.words <= 4 and any(x.text == head.text for x in lines[: head.index]):
        return []  # nor one repeating its menu's link ('Local News' / ... / 'Local News')
    if _not_headline(head) or credits.lone_organisation(head.text):
        return []
    longest = max(ln.words for ln in run)
    return run if head.words > longest or _headline_case(head) else []


def _bullet(ln: Line) -> bool:
    return (
        not ln.role
        and 4 <= ln.words <= 25
        and ln.span == 1
        and not full_stop_end(ln.text)
        and not _headline_case(ln)
        and not ln.text.endswith(("?", ":"))
    )


def _past_chrome_prose(lines: list[Line], first_prose: int) -> int:
    """The first long prose line under the byline, when the first one overall stands above a
    byline or stamp with no sentence between them but a menu (five lines of chrome or of
    three words at most): a site's self-description in its menu (Bloomberg's 'Connecting
    decision makers to ...') over the headline, not the story (a live blog's first post
    stands over the next post's stamp with no menu between)."""
    menu = 0
    for ln in lines[first_prose + 1 : MAX_TITLE_LINE]:
        if ln.role in ("byline", "date"):
            if menu < 5:
                break
            after = (x.index for x in lines[ln.index :] if not x.role and x.words >= 25)
            return next(after, len(lines))
        if not ln.role and (ln.words >= 25 or (ln.words >= 5 and full_stop_end(ln.text))):
            break
        menu += ln.role == "boilerplate" or ln.words <= 3
    return first_prose


def _heading_without_site(window: list[Line], best: Line) -> str:
    """The page's title with a site's name the table does not know ('Man jailed after raid -
    Portvale Echo') over the article's own heading without it ('Man jailed after raid'): the
    heading's text is the title ("" where the page shows no such heading)."""
    if not _has_dash(best.text):
        return ""
    text = strip_site_suffix(best.text)  # (a bar's suffix, a known site's after a dash: gone)
    cut = _DASH_SUFFIX.search(text)
    if cut is None or cut.start() < 10:
        return ""
    head = text[: cut.start()]
    return head if any(x.text == head for x in window[best.index + 1 :]) else ""


def _stamp_under(lines: list[Line], ln: Line) -> bool:
    """Whether a date stamp stands right under the line."""
    at = ln.index + 1
    return at < len(lines) and lines[at].role == "date"


def _deck_over_byline(deck: Line, under: Line | None) -> bool:
    """A sentence of six words or more right over the byline, the date stamp or a name alone:
    the deck under a headline ('Headline' / deck / 'Jo Li' / 'Updated March 6 2025')."""
    if under is None or under.index != deck.index + 1 or deck.span > 1 or deck.table_row:
        return False
    if not 6 <= deck.words <= 45 or under.rule in ("signoff", "dash_signoff"):
        return False  # ('Reuter' closing a table's note signs the story off, under no deck)
    if under.role not in ("byline", "date") and (
        under.role or under.words > 4 or not _name_alone(under)
    ):
        return False
    return _sentence_end(deck)


_QUOTES: Final = frozenset("\"“'‘")
# A quoted sentence, then a dash and who said it: a pull quote set over the story.
_PULL_QUOTE: Final = re.compile(r"[\"“'‘][^\"“”]{10,240}[.!?][\"”'’]\s*[—–-]\s*\S")


def _name_alone(ln: Line) -> bool:
    """A person's name alone on the line, as a byline without 'By' stands under a headline:
    a given name of the table first ('Main Navigation' reads as a name to `names_only`)."""
    text = ln.text.strip()
    if not opens_with_given_name(text):
        return False
    names = names_only(text)
    return len(names) == 1 and names[0] == text


def _deck_over_photo(lines: list[Line], heading: Line) -> None:
    """'Headline' / deck / the lead photo (a caption with its credit, page buttons between) /
    'By Jo Li' or the stamp: the line under the headline is the deck, set over the photo as
    the Guardian, the Post and the Los Angeles Times do; the story starts under the byline."""
    at = heading.index + 1
    if at + 2 >= len(lines):
        return
    deck = lines[at]
    if deck.role or not 6 <= deck.words <= 45 or deck.opening_dateline or deck.glued_split:
        return
    photo = False
    for ln in lines[at + 1 : at + 7]:
        # (a byline without 'By' gets its role later: 'Jo Li in The Hague')
        byline = (
            not ln.role
            and ln.words <= 8
            and bool(names_only(without_filed_from(ln.text) or ln.text))
        )
        if ln.role in ("byline", "date") or byline:
            if photo:
                deck.role, deck.rule = "standfirst", "deck_over_photo"
            return
        if ln.role in ("credit", "caption", "media_label") or (ln.words >= 5 and ln.glued_split):
            photo = True
        elif ln.role != "boilerplate":
            return


def _caps_over_story(ln: Line, after: list[Line | None]) -> bool:
    """A headline in capitals whose first words read as a dateline ('CORRECTED - GM SEES
    RISE IN SALES', 'ALERT – TRUMP ISSUES ...') over the story's byline, its dateline or a
    paragraph in mixed case: a story line opening with its dateline is not set in capitals
    throughout while the next is not."""
    nxt = after[ln.index]
    return (
        ln.text.isupper()
        and nxt is not None
        and (
            nxt.role == "byline"
            or (not nxt.role and nxt.opening_dateline is not None)
            or (not nxt.role and nxt.prose and not nxt.text.isupper())
        )
    )


def _opens_with_dateline(ln: Line) -> bool:
    """A story line opening with its dateline, never a headline; a label before a colon or a
    dash ('OOPS: Trump Nominee Did Not Tell Congress ...', 'ALERT – Trump Issues AMAZING
    Response ...') opens headlines too, and only where the words after it read as a sentence
    ('BEIJING: China's exports rose ...') is the line the story's."""
    found = ln.opening_dateline
    if found is None:
        return False
    if not _headline_case(ln):
        return True
    # In Title Case, an ALL-CAPS word before a dash is a shouted label ('WHOA – Liberals
    # Attacked Trump Inauguration Singer ...'); a wire tag, or capitals throughout, still
    # make the line the story's ('WASHINGTON (Reuters) - ...', a table's 'SAO PAULO - ...').
    strong = dateline.strong(ln.text)
    return strong is not None and (strong.wire is not None or ln.text.isupper())


# A box of bullet points under the headline ('Story highlights Obama reaffirms ...', then one
# short line per point): the field guide's standfirst, never the headline, even where the
# last point stands right above the dateline paragraph.
HIGHLIGHTS_LABELS: Final = ("Story highlights", "Highlights", "Key points", "Key Points")


# A summary box's label alone on its line (Rappler's AI summary over its points).
_SUMMARY_LABELS: Final = frozenset({"Summary", "SUMMARY", "AI summary", "In summary"})


def _highlights_label(text: str) -> bool:
    return text.startswith(HIGHLIGHTS_LABELS) or text in _SUMMARY_LABELS


def _highlights(window: list[Line]) -> set[int]:
    """Indexes of a highlights box: its label line and the short lines that follow it."""
    found: set[int] = set()
    first = next((i for i, ln in enumerate(window) if _highlights_label(ln.text)), -1)
    if first < 0:
        return found  # most pages
    inside = False
    for ln in window[first:]:
        if _highlights_label(ln.text):
            inside = True
        elif (ln.role and ln.role != "boilerplate") or ln.words >= 25 or ln.opening_dateline:
            inside = False
        if inside:
            found.add(ln.index)
    return found


# What follows a broadcaster's name in the name of one of its channels or stations: a
# numbered station ('Radio 6 Music', 'TV 2'), a numbered channel ('Two', '1') or a service.
_CHANNEL_TAIL: Final = re.compile(
    r"^(?:(?:Radio|TV|Television|Channel) \d{1,3}[A-Za-z]{0,4}(?: [A-Z][a-z]+){0,2}|"
    r"One|Two|Three|Four|\d{1,3}|Radio|World Service|News Channel)$"
)


# What a line that `_CHANNEL_TAIL` can end must hold: one of its last words, or a station word.
_CHANNEL_LAST: Final = frozenset(["One", "Two", "Three", "Four", "Radio", "Service", "Channel"])
_STATION_WORDS: Final = ("Radio ", "TV ", "Television ", "Channel ")


def _channel_name(ln: Line) -> bool:
    """A broadcaster's name and a channel's ('BBC Radio 6 Music', 'BBC Two'): the station a
    programme page belongs to, not its headline."""
    if not 2 <= ln.words <= 6:
        return False
    last = ln.text.rsplit(" ", 1)[-1]
    if not (last in _CHANNEL_LAST or last.isdecimal() or any(w in ln.text for w in _STATION_WORDS)):
        return False  # most headlines: no organisation lookups
    words = ln.text.split()
    for cut in range(1, min(len(words), 4)):
        name = organisations().lookup(" ".join(words[:cut]))
        broadcaster = name is not None and organisations().kinds.get(name) == "broadcaster"
        if broadcaster and _CHANNEL_TAIL.match(" ".join(words[cut:])):
            return True
    return False


_FILE_MARKS: Final = ("(FILE)", "(File)", "(file)", "(file photo)", "(File photo)", "(FILE PHOTO)")


def _not_headline(ln: Line, opening: int = 0) -> bool:
    """Lines that look like a headline to the scores but are something else (`opening`: the
    index of the page's first line, known chrome aside): a photo caption with its credit
    glued on ('... on Monday. (Jo Li/AP)', '... in Portvale. Jo Li/AP'), a sidebar stamp
    opening with 'by' ('by some blog - Jul 14, 2018 2:45 pm') or a blog's 'Posted by' with its
    date, a breadcrumb trail, a reprint's 'Authored by' line,
    a quoted post's signature, a video's label with its running time, a live page's 'Updated'
    stamp, a dateline alone, a menu, a teaser cut short below the page's first line."""
    text = ln.text
    if (ln.words >= 5 or text.endswith(")")) and ln.glued_split:
        return True
    if text[:3].lower() == "by " and BYLINE_START.match(text):
        return text[0] == "b" or find_date(text) is not None
    if text[:1] in "PWS" and _POSTED_BY.match(text) and find_date(text) is not None:
        return True  # a blog's stamp: 'Posted by newsdesk | March 4, 2025 | Business'
    if ("»" in text or " > " in text or "›" in text) and _crumbs(text) >= 2:
        return True  # a breadcrumb trail: 'Home » Business » <the headline>'
    if text[:7] in ("Home / ", "HOME / "):
        return True  # ('Home / News / <the headline>': a trail by slashes)
    if "   " in text and ln.words <= 8 and _spaced_crumbs(text):
        return True  # 'Home   News   Article': a trail whose separators the scrape lost
    if text[-1:] == ")" and ln.words <= 6 and dateline.tagged_alone(text) is not None:
        return True  # 'Washington (CNN)' alone: the story's dateline, set on its own line
    if "(@" in text and _SIGNATURE.match(text):
        return True  # a quoted post's signature: '— Jo Li (@joli) July 16, 2018'
    if clip_link(text):
        return True  # a video's label with its running time: 'Jo Li on the vote 04:45'
    stamp_hint = text[:1] in "Ul" or "ago" in text  # most lines: no stamp scan
    if stamp_hint and (_UPDATED.match(text) or (_LIVE_STAMP.search(text) and find_date(text))):
        return True  # a page's stamp: 'Updated Dec. 25 at 3:53 pm', '1 min ago7:20 a.m. ET, ...'
    if text.count(" | ") >= 2 and _MENU.fullmatch(text):
        return True  # a site's menu: 'News | Sport | Weather | Culture'
    if ln.words <= 3 and _JOB_LABEL.fullmatch(text):
        return True  # the author's label over a byline or a bio: 'Guest Writer', 'Contributor'
    if text[-1:] == ")" and text.endswith(_FILE_MARKS):
        return True  # a file photo's caption: '... Works Minister Jo Li (FILE)'
    if ln.words <= 4 and text[-5:].lower() == " logo":
        return True  # a site's logo, named for screen readers: 'AP Logo', 'The Atlantic logo'
    if ln.index > opening and ln.words >= 6 and text.endswith(credits.CUT_MARKS):
        # a teaser cut short under other lines: '... shook hands...', a link's or a paywall's
        # (first on a page, a clickbait headline's trailing '…' is its own)
        return True
    # 'Authored by Jo Li via Blog,'; a video's credit over its player ('Video report by ITV
    # News Deputy Political Editor Jo Li')
    return text.startswith(("Authored by ", "Submitted by ", "Video report by "))


_WIDE_GAP: Final = re.compile(r"\s{3,}")


def _spaced_crumbs(text: str) -> bool:
    """Three or more parts set apart by wide gaps, each one or two capitalised words."""
    parts = [p for p in _WIDE_GAP.split(text.strip()) if p]
    return len(parts) >= 3 and all(
        len(p.split()) <= 2 and all(w[:1].isupper() for w in p.split()) for p in parts
    )


def _prose_under(lines: list[Line], ln: Line) -> bool:
    nxt = lines[ln.index + 1] if ln.index + 1 < len(lines) else None
    return nxt is not None and not nxt.role and nxt.prose


_MASTHEAD_PARTS: Final = re.compile(r" [|–—-] | by ")


def _papers_masthead(text: str) -> bool:
    """A site's masthead naming papers only, which the organisations table may lack: each
    part (between bars, dashes or 'by') is two to five capitalised words ending in a word
    that names newspapers (data), or an organisation of the table."""
    if not ends_in_paper_word(text) and organisations().lookup(text) is None:
        return False  # most lines, before the split
    if text.isupper() or "’s " in text or "'s " in text:
        return False  # a wire's headline in capitals, 'BAHIA COCOA REVIEW'; 'The Donald's ...'

    return all(
        unknown_paper(part) or organisations().lookup(part) is not None
        for part in _MASTHEAD_PARTS.split(text.strip())
    )


def _names_listed(lines: list[Line], ln: Line) -> bool:
    """'Jo Li, Kim Bo and Ann Berg': the story's byline without its 'By'. Two names may head a
    page about the two ('Jo Li and Kim Bo'), unless the story's dateline paragraph follows;
    names the paragraph below uses are the story's people, in its headline."""
    text = ln.text
    if ln.words > 20 or not (" and " in text or ", " in text or " & " in text):
        return False
    nxt = lines[ln.index + 1] if ln.index + 1 < len(lines) else None
    over_dateline = nxt is not None and nxt.opening_dateline is not None
    # (or over their paper's name: 'Jo Li and Kim Bo' / 'The Portvale News' / the stamp,
    # the paper maybe one the table lacks, taken for a name over the stamp)
    over_paper = nxt is not None and nxt.rule in ("organisation_byline", "name_over_stamp")
    names = listed_people(text)
    if len(names) < (2 if over_dateline or over_paper else 3):
        return False
    if (
        over_paper
        and not over_dateline
        and len(names) < 3
        and not any(opens_with_given_name(name) for name in names)
    ):
        return False  # ('Storm Season and Flood Risk' over 'The Guardian' heads the story)
    # a headline naming the story's people: its first paragraph names them too
    return nxt is None or not any(name.split()[-1] in nxt.text for name in names)


_CRUMB_MARKS: Final = (" » ", " > ", " › ")


def _crumbs(text: str) -> int:
    return sum(text.count(mark) for mark in _CRUMB_MARKS)


_POSTED_BY: Final = re.compile(r"(?:Posted|Written|Published|Submitted) by ")


_JOB_LABEL: Final = re.compile(
    r"(?:(?:Guest|Staff|Senior|Contributing|Opinion|Special|Chief|Political|Freelance|Associate)"
    r" )?(?:Writer|Reporter|Editor|Correspondent|Contributor|Columnist|Blogger)s?"
)


# Three or more items of one or two words each, between bars.
_MENU: Final = re.compile(r"[A-Z][\w&'’-]*(?: [\w&'’-]+)?(?: \| [A-Z][\w&'’-]*(?: [\w&'’-]+)?){2,}")


_UPDATED: Final = re.compile(
    r"^Updated:? (?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d)"
)
_LIVE_STAMP: Final = re.compile(r"^(?:Updated|less than) |\bago\d")
# A clip's running time closing its label ('... 04:45'); `clip_link` rules out clock times.
_CLIP_LENGTH: Final = re.compile(r"[^\d\s:,] \d{1,2}:[0-5]\d$")


_STAMP_CLOCK_AFTER: Final = frozenset(
    ("at", "by", "-", "–", "—", "|", "updated", "published", "posted", "modified", "edited")
)


def clip_link(text: str) -> bool:
    """A video's title with its running time ('Jo Li on the vote 04:45', '... summit 2:25'): a
    link to a clip, not a line ending in a clock time ('... at 10:30', '... by 7:30')."""
    if text[-3:-2] != ":" or not text[-2:].isdigit():
        return False  # one test for most lines
    found = _CLIP_LENGTH.search(text, max(0, len(text) - 9))
    if found is None:
        return False
    before = text[: found.start() + 1].rsplit(" ", 1)[-1].rsplit("•", 1)[-1].lower()
    # ('Mon Jul 15 2024 - 14:03', 'Published : Feb. 3, 2025 - 14:32', '... GMT+1•Updated
    # 11:20': a stamp's clock time after a dash or its label, not a clip's length)
    return before not in _STAMP_CLOCK_AFTER


def _restated(ln: Line, nxt: Line | None) -> bool:
    """Whether the next line, a paragraph, repeats most of the line's content words (four or
    more letters): a headline's words come back in the story's first paragraph."""
    if nxt is None or nxt.role or not nxt.prose:
        return False
    words = {w for w in _NON_WORDS.split(ln.text.casefold()) if len(w) >= 4}
    if len(words) < 4:
        return False
    shared = words.intersection(_NON_WORDS.split(nxt.text.casefold()))
    return len(shared) >= max(3, 0.4 * len(words))


def _wrapped_dateline(ln: Line) -> bool:
    """A paragraph opening with the story's dateline, cut short by a hard wrap ('SAO PAULO,
    APRIL 7 - THE FOLLOWING RAINFALL WAS RECORDED IN' / 'THE 24 HOURS UP TO (1200) GMT')."""
    return not ln.role and ln.text[-1:].isalnum() and ln.opening_dateline is not None


# What a headline in Title Case holds and a menu does not: a small word, in any case, or an
# auxiliary ('The Kremlin's Budget Has Stopped Pretending').
_FUNCTION_WORD: Final = re.compile(
    r"(?i) (?:a|an|and|as|at|by|for|from|in|of|on|or|the|to|with|is|are|was|were|has|have|had|"
    r"will|can|could|would|should|not|no|be) "
)


def _function_word(text: str) -> bool:
    return _SMALL_WORD.search(text) is not None or _FUNCTION_WORD.search(text) is not None


def _menu_over(ln: Line, nxt: Line | None) -> bool:
    """A Title Case line with no small word in lower case ('Local News Ferries Weather') over
    a longer undecided line in sentence case: as likely a menu as a headline. Under chrome it
    gets no first-line bonus (at line 0 it keeps it, as it always had)."""
    return (
        nxt is not None
        and not nxt.role
        and nxt.words > ln.words >= 4
        and _headline_case(ln)
        and not ln.text.isupper()
        and not _headline_case(nxt)
        and _SMALL_WORD.search(ln.text) is None
    )


def _wrapped_headline(ln: Line) -> bool:
    """A long headline that the text's hard wrap broke over two lines (a wrapped paragraph
    runs longer; one of two lines, a sentence, is left to the sentence tests that follow)."""
    return ln.span == 2 and ln.words <= 30


def _linked_under_label(lines: list[Line], ln: Line, opening: int) -> bool:
    """Right under a bare 'See also' or 'Related' label set below the page's first content
    line: the title of a linked story (atop the page, the label is chrome over the headline)."""
    above = lines[ln.index - 1] if ln.index else None
    if above is None or above.rule != "see_also" or above.words > 4 or above.index < opening:
        return False
    if _heads_story(lines, ln):
        return False  # ('Top Stories' / <the headline> / the date / 'By Our Staff Reporter')
    return ":" not in above.text.rstrip(":")  # 'Related: <a link>' holds its own link


def _heads_story(lines: list[Line], ln: Line) -> bool:
    """A date stamp and a byline under the line, in either order: the story's head, which
    a linked story's title in a list does not have."""
    under = lines[ln.index + 1 : ln.index + 3]
    return len(under) == 2 and {x.role for x in under} == {"date", "byline"}


def _quoted_post(lines: list[Line], ln: Line) -> bool:
    """The text of a post quoted in the story, signed on the next line ('— Jo Li (@joli) ...')."""
    if ln.index + 1 >= len(lines):
        return False
    nxt = lines[ln.index + 1].text
    return "(@" in nxt and _SIGNATURE.match(nxt) is not None


_SIGNATURE: Final = re.compile(r"^(?:[—–-]{1,2}|\ufffd)\s*[^()]{1,60}\(@\w+\)")


def _story_opener(
    lines: list[Line], ln: Line, nxt: Line | None, sentence: bool, opening: int = 0
) -> bool:
    """Lines that open the story rather than head it, on a page without a headline: a short
    sentence under the page's date stamp ('May 31 at 3:41 PM' / 'This week, it ended.'), a
    line under a photo block (its credit, or a caption with its credit glued on) that runs
    straight into the story (a caption or a newsletter's section head), or 'By ...' over the
    date stamp (a byline that names no person: 'By Readers of the Gazette')."""
    if nxt is None:
        return False
    if ln.text[:3] in ("By ", "BY ") and nxt.role == "date":
        return True
    if nxt.role or not nxt.prose or ln.index <= opening:
        return False
    if not sentence and nxt.opening_dateline:
        return False  # a headline under the lead photo, over the dateline paragraph
    at = ln.index - 1
    while at > 0 and lines[at].role == "boilerplate":
        at -= 1
    prev = lines[at]
    if prev.role == "credit" or (sentence and prev.role == "date"):
        return True
    if prev.role or not (prev.words >= 5 or prev.text.endswith(")")):
        return False
    return prev.glued_split is not None


def _headline_over_deck(above: Line, best: Line) -> bool:
    """'Ferry timetable approved' / 'Commuters win evening runs after months of complaints' /
    byline or stamp: the chosen line is the deck under the headline right above it, a line
    at least half as long as the headline ('Colosseum to open underground tunnels for night
    tours from June' / 'Groups of up to 20, booking required'; a kicker or section label
    above a headline is much shorter than it).
    The caller checks that the chosen line does not run straight into the story (a video's
    title over its description, above the headline, does)."""
    if (
        above.role
        or not 4 <= above.words <= max(best.words + 2, 2 * best.words)
        or above.words > 20
    ):
        return False
    if above.table_row or above.span > 1 or full_stop_end(above.text):
        return False
    if best.text.endswith("?") or credits.lone_organisation(above.text) or _not_headline(above):
        return False
    if _paper_masthead(above):
        return False
    if any(mark in above.text for mark in _TRAIL_MARKS) or best.text in above.text:
        return False  # 'Home > Ferries > Timetables': a breadcrumb trail (maybe ending in it)
    # A menu or section line in Title Case over a sentence-case headline, unless the line
    # reads as a headline in Title Case ('Trump Blames U.S. for Poor Relations With Moscow':
    # its small words in lower case) over a deck longer than headlines run.
    if (
        _headline_case(above)
        and not above.text.isupper()
        and not _headline_case(best)
        and (best.words < 15 or above.words < 5 or not _function_word(above.text))
    ):
        return False
    return not full_stop_end(best.text)


_TRAIL_MARKS: Final = (" > ", " » ", " | ", " • ", " › ", " / ")


def _repeated(window: list[Line]) -> set[str]:
    """Texts of undecided lines of four words or more that stand twice near the top, a
    label in capitals before one copy aside ('BREAKING: Headline' repeats 'Headline')."""
    seen: set[str] = set()
    twice: set[str] = set()
    for ln in window:
        if not ln.role and ln.words >= 4:  # (a section's label repeats its menu item)
            text = _LABEL.sub("", ln.text)
            (twice if text in seen else seen).add(text)
    return twice


_LABEL: Final = re.compile(r"^[A-Z]{3,}: ")
_GALLERY_LINK: Final = re.compile(r"(?:Photos|Pictures|Video|Watch): ")


def _deck_under(lines: list[Line], heading: Line) -> None:
    """'Headline' / 'Section' / 'Headline' (repeated) / deck / 'By' / stamp: the line under
    the headline's repeat and right over the byline or the date stamp is the story's deck
    (a story's first paragraph comes after the byline, not before it)."""
    at = heading.index + 1
    if at + 1 >= len(lines):
        return
    deck, under = lines[at], lines[at + 1]
    if deck.role or under.role not in ("byline", "date") or not 4 <= deck.words <= 45:
        return
    if deck.opening_dateline or deck.span > 1 or _not_headline(deck):
        return
    if names_only(deck.text):
        return  # 'Jo Li | Contributor' over the stamp: the byline, without its 'By'
    deck.role, deck.rule = "standfirst", "deck_under_headline"


def _paper_masthead(ln: Line) -> bool:
    """'Valley Courier' over the headline, or 'Valley Courier — Portvale's paper since 1901':
    a paper's name (data; the table may lack it), maybe with its tagline, is the masthead, not
    a headline over a deck."""
    if ln.words <= 5 and _papers_masthead(ln.text):
        return True
    name = without_tagline(ln.text)
    return name != ln.text and _papers_masthead(name)


def _headline_atop(first: Line, best: Line) -> bool:
    """The text opens with a short headline set apart by a blank line ('Japan turns to beer
    alternatives' / '' / 'Japanese brewers are increasingly making money from ...'), and the
    chosen line right under it is longer: that line is a deck, a question put to the reader
    or the story's first paragraph, and the first line is the headline (a text a reader
    pasted or a scraper saved starts with its headline, maybe under chrome the rules know; a
    page's other chrome is not set apart so)."""
    if best.index != first.index + 1 or not best.blank_before or first.role or first.span > 1:
        return False
    if not 2 <= first.words < best.words or first.words > 14 or first.table_row:
        return False
    if full_stop_end(first.text) or credits.lone_organisation(first.text):
        return False
    if _paper_masthead(first):
        return False
    return not _not_headline(first) and not any(mark in first.text for mark in _TRAIL_MARKS)


def _name_over_story(lines: list[Line], ln: Line, nxt: Line | None) -> bool:
    """An author's name alone ('Jo Li') right over the date stamp or the story's first
    paragraph is a byline without 'By', not a two-word headline; so are names with a job
    title, a contact or the place filed from ('Jo Li, Staff Writer', 'Jo Li in Kyiv') or a
    list of names ('Jo Li and Kim Bo'), in mixed case, that the story never mentions again
    (a headline naming people is about them; an all-capitals headline may read as names:
    'NEW BOARD CHAIR, WRITERS MEET')."""
    if nxt is None or ln.words > 12:
        return False
    if nxt.role != "date" and (nxt.role or not nxt.prose):
        return False
    if ln.words == 2:
        return person_name(ln.text) == ln.text
    if ln.text.isupper() or not _LIST_OR_CONTACT.search(ln.text):
        return False
    # 'Jo Li in Kyiv' under the headline says where the reporter filed from (a first line is
    # more often a headline: 'Chaos Reigns in Washington')
    placeless = without_filed_from(ln.text) if ln.index else None
    names = names_only(_without_paper(placeless or ln.text))
    if not names:
        return False
    # a story word is a run of letters: a name word with other characters ('O'Brien') is
    # never one
    words = {w.casefold() for n in names for w in n.split() if _WORD.fullmatch(w)}
    story = " ".join(x.text for x in lines[ln.index + 1 :] if not x.role and x.prose).casefold()
    return not any(standalone(story, w) for w in words)


_LIST_OR_CONTACT: Final = re.compile(r",| and | & | in | for |@|\|| / | — | – |•")


def _without_paper(text: str) -> str:
    """'Jo Li for The New York Times' -> 'Jo Li': the names without the paper they wrote for,
    when it is one the organisations table knows or a paper by its name ('for The Portvale
    Courier'); 'Jo Li for President' keeps its words."""
    bare, clients = without_client(text)
    if any(organisations().lookup(c) or unknown_paper(c) for c in clients):
        return bare
    return text


_WORD: Final = re.compile(r"[^\W\d_]+")


def _headline_case(ln: Line, least: int = 1) -> bool:
    """Title Case or ALL CAPS, as headlines are set ('What Trump and Putin Will Discuss'),
    judged on words of four letters or more (at least `least` of them: a stamp's 'April 7 -
    as of Friday, April 3, 1986.' holds three, all capitalised)."""
    long_words = [w for w in ln.text.split() if len(w) > 3 and w[:1].isalpha()]
    return len(long_words) >= least and sum(w[0].isupper() for w in long_words) >= 0.8 * len(
        long_words
    )


def _next_decided(lines: list[Line]) -> list[Line | None]:
    """For each line, the next line that is not boilerplate (one backward pass, linear)."""
    out: list[Line | None] = [None] * len(lines)
    following: Line | None = None
    for ln in reversed(lines):
        out[ln.index] = following
        if ln.role != "boilerplate":
            following = ln
    return out


_PIPE_SUFFIX: Final = re.compile(r"\s+\|\s+[^|]{2,40}$")
# 'Opinion |Will the court survive?': a section's name before the headline, not part of it.
_SECTION_PREFIX: Final = re.compile(
    r"^(?:Opinion|Analysis|Commentary|Editorial|Perspective|Op-Ed|Review)\s*\|\s*(?=\S)"
)
# (a hyphen inside the name is no separator: '... – The Portvale Union-Tribune')
_DASH_SUFFIX: Final = re.compile(r"\s+[–—-]\s+(?P<site>(?:[^–—\s-]|-(?=\S)|\s(?![–—-]\s)){2,40})$")


# A site's name by its address ('Portvale.com').
_SITE_SUFFIX: Final = re.compile(r"\.(?:com|org|net|co\.uk|news)\b", re.IGNORECASE)


def strip_site_suffix(text: str) -> str:
    """'Headline | Charlotte Observer' -> 'Headline', 'Opinion | Headline' -> 'Headline', and
    'Headline | Politics | Charlotte Observer' (a section before the site) -> 'Headline'. After
    a dash only a known organisation or a domain is a site name: 'Judge Demands Files – She Has
    5 Days' keeps its tail, and so does a wire headline in capitals, whose hyphen names its
    source ('YEN RISE UNLIKELY - JIJI', 'U.S. MAY TELL JAPAN SANCTIONS CAN END - NY TIMES':
    stripping a known non-wire name there took two Reuters titles' sources, so capitals keep
    any); a page title in capitals ends in its site after a long dash ('... – POLITICO').
    A page title's template may set the site first ('Portvale Courier | Headline'), which
    goes when it is a site by the same tests; and its parts set off by
    ' :: ', ' · ', ' » ' or ' • ' ('Portvale Online :: Headline', 'Headline · KPVL') leave the
    headline."""
    if _has_template_mark(text):
        text = _without_template_parts(text)
    if "|" in text:  # these patterns need their separator: most lines are ruled out here
        text = _PIPE_SUFFIX.sub("", _SECTION_PREFIX.sub("", _without_site_first(text)))
        shorter = _PIPE_SUFFIX.sub("", text) if "|" in text else text
        if len(shorter.split()) >= 3:
            text = shorter
    match = _DASH_SUFFIX.search(text) if _has_dash(text) else None
    if match and text.isupper() and text[match.start() : match.start("site")].strip() == "-":
        match = None  # a wire headline's source after a hyphen ('YEN RISE UNLIKELY - JIJI')
    if match and (
        organisations().lookup(match.group("site"))
        or _SITE_SUFFIX.search(match.group("site"))
        # a paper the table lacks, named as papers are ('... – The Portvale Union-Tribune')
        or (not text.isupper() and paper_outlet(match.group("site")) is not None)
    ):
        return text[: match.start()]
    return text


def _has_template_mark(text: str) -> bool:
    return " :: " in text or " · " in text or " » " in text or " • " in text


# The marks a page's title template sets between its parts (no headline writes them).
_TEMPLATE_MARKS: Final = re.compile(r" (?:::|[·»•]) ")


def _without_template_parts(text: str) -> str:
    """The headline among a page title's parts set off by `_TEMPLATE_MARKS`: the longest part,
    of three words or more, when every other part is shorter and as short as a site's or a
    section's name."""
    parts = [part.strip() for part in _TEMPLATE_MARKS.split(text)]
    head = max(parts, key=len)
    if len(head.split()) < 3 or any(
        len(part) > _SITE_PART or len(part) >= len(head) for part in parts if part is not head
    ):
        return text
    return head


# The longest a site's or a section's name in a page title may be.
_SITE_PART: Final = 40


def _without_site_first(text: str) -> str:
    """'Portvale Courier | Council approves budget' -> 'Council approves budget': the site
    before a bar, named as `strip_site_suffix` knows one after a dash (the table's
    organisation, a web address, a paper's or a station's name), over three words or more.
    A headline in capitals keeps its opening, and so does one word in capitals the table
    lacks: call letters or a shout ('WHOA | Liberals ...' is no station's page). (Not a
    dash: a site's name over its tagline, 'Portvale News – Breaking News, Latest Headlines',
    is a home page's title whole, and call letters before a dash open a dateline.)"""
    at = text.find(" | ", 0, _SITE_PART + 3)
    if at < 2 or text.isupper():
        return text
    site, rest = text[:at].strip(), text[at + 3 :].strip()
    if len(rest.split()) < 3:
        return text
    if organisations().lookup(site) or _SITE_SUFFIX.search(site):
        return rest
    if not (site.isupper() and " " not in site) and paper_outlet(site) is not None:
        return rest
    return text


def _has_dash(text: str) -> bool:
    return "-" in text or "–" in text or "—" in text


def title_text(line: Line, publisher: str | None = None) -> str:
    """The headline without a site-name suffix; `publisher` (a host from the metadata, e.g.
    'eaglerising.com') also names the site: 'Headline – Eagle Rising'."""
    text = strip_site_suffix(line.text)
    match = _DASH_SUFFIX.search(text)
    if match and publisher and _same_site(match.group("site"), publisher):
        return text[: match.start()]
    return text


_NOT_ALNUM: Final = re.compile(r"[^a-z0-9]")


def _same_site(name: str, host: str) -> bool:
    squeezed = _NOT_ALNUM.sub("", name.casefold())
    domain = host.casefold().removeprefix("www.").split(".")[0]
    return len(squeezed) >= 3 and (squeezed == domain or squeezed in domain)


def fold(text: str) -> str:
    """The text case-folded, its words (runs of \\w) joined by single spaces."""
    folded = text.casefold()
    if folded.isascii():
        # (a byte table and `split`: twice as fast as the substitution, the same words)
        return b" ".join(folded.encode().translate(_ASCII_WORD_BYTES).split()).decode()
    return _NON_WORDS.sub(" ", folded).strip()


# ASCII's word characters (\w: letters, digits, '_') as themselves, every other byte a space.
_ASCII_WORD_BYTES: Final = bytes(
    c if c < 128 and (chr(c).isalnum() or c == ord("_")) else ord(" ") for c in range(256)
)
