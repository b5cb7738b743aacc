"""The body pass: the prose that is left after chrome, headline, bylines and captions.

It also finds the standfirst, subheadings that stay in the story and bylines set alone under
the headline, which read like prose to the earlier passes.
"""

from __future__ import annotations

import re
from typing import Final

from pipeline.parse import credits, credits_glued, dateline
from pipeline.parse.attribution import (
    ASSISTANCE,
    BY_CLOSING,
    CLOSING_PARAGRAPH,
    contributor_line,
)
from pipeline.parse.bylines import (
    listed_people,
    paper_outlet,
    unknown_paper,
    without_client,
    without_contacts,
    without_filed_from,
    without_job_tail,
)
from pipeline.parse.knowledge import organisations
from pipeline.parse.lines import Line, Roles
from pipeline.parse.names import opens_with_given_name, people, without_organisations
from pipeline.parse.outlet_cues import desk_byline
from pipeline.parse.roles_bylines import organisation_post, organisation_with_wire
from pipeline.parse.words import has_digit, word_places

_CHROME_WORDS: Final = re.compile(r"(?i)\b(?:comments?|shares?|photos?|views?|ago|min|read)\b")
_PROMPT_WORDS: Final = re.compile(r"(?i)\b(?:click|subscribe|sign up|share|follow|download)\b")


def mark_body(roles: Roles) -> None:
    """The story runs from its first prose line (or its dateline, or the line after the byline
    under the headline) to its last prose line. Undecided lines inside it are body, a byline
    set alone or a short line of chrome; outside it, chrome unless a byline or closing credit."""
    lines = roles.lines
    title_at = next((ln.index for ln in lines if ln.role == "title"), -1)
    prose_idx = [
        ln.index
        for ln in lines
        if not ln.role and ln.index > title_at and ln.prose and not _names_list(ln)
    ]
    signed = _signed_off(lines)
    _dates_in_wire_copy(lines, title_at, signed)
    if not prose_idx:
        # No sentence-like line: a short report (earnings, results). What follows the title is
        # the story; what precedes it is page furniture.
        for ln in lines:
            if not ln.role:
                after = ln.index > title_at
                ln.role, ln.rule = ("body", "short_report") if after else ("boilerplate", "no_body")
        return
    start, end = prose_idx[0], prose_idx[-1]
    opening = _after_byline_dateline(lines, prose_idx)
    if opening is not None and title_at < 0:
        start = opening
    elif opening is not None:
        # Under a headline only photo captions may stand above the byline: prose lines that
        # sit beside a credit or media label.
        above = [i for i in prose_idx if i < opening]
        if all(_beside_media(lines, i) for i in above):
            for i in above:
                lines[i].role, lines[i].rule = "caption", "beside_credit"
            start = opening
    if _standfirst(lines, title_at, start):
        lines[start].role, lines[start].rule = "standfirst", "under_headline"
        rest = [i for i in prose_idx if i > start]
        if not rest:
            return mark_body(roles)
        start = rest[0]
    elif _deck_over_dateline(lines, title_at, start, prose_idx):
        lines[start].role, lines[start].rule = "standfirst", "deck_over_dateline"
        start = next(i for i in prose_idx if i > start)
    # A dateline opens the story even when its paragraph is short ('WASHINGTON - Shr 27 cts').
    opener = next(
        (
            ln.index
            for ln in lines[title_at + 1 : start]
            if not ln.role
            and (
                ln.opening_dateline
                or dateline.alone(ln.text)
                or (ln.words <= 6 and dateline.tagged_alone(ln.text))
            )
        ),
        None,
    )
    if opener is not None:
        start = opener
    for ln in lines[end + 1 : end + 3]:
        if ln.rule == "by_prefix" and _closing_credit(ln.text):
            # 'Reporting by Jo Li; Editing by Kim Bo' under the last paragraph reads as a
            # by-line too: it is the story's closing credit (below), as in its brackets
            ln.role, ln.rule = "", ""
    for ln in lines:
        if ln.role:
            continue
        if end < ln.index <= signed:
            ln.role, ln.rule = "body", "before_signoff"
        elif start <= ln.index <= end:
            # 'OSLO (AP)' or 'GLASGOW, Scotland' set alone over the paragraph it opens
            dated = ln.words <= 6 and (
                dateline.tagged_alone(ln.text) is not None
                or (
                    dateline.alone(ln.text)
                    and ln.index + 1 < len(lines)
                    and lines[ln.index + 1].prose
                    and not lines[ln.index + 1].role
                )
            )
            if ln.prose or _subheading(lines, ln) or ln.index == opener or dated:
                ln.role, ln.rule = "body", "prose"
            elif ln.table_row or _report_line(ln) or _table_label(lines, ln):
                ln.role, ln.rule = "body", "report_line"
            elif _byline_alone(lines, ln, title_at):
                ln.role, ln.rule = "byline", "names_alone"
            elif credits.photo_agency_alone(ln.text):
                ln.role, ln.rule = "credit", "photo_agency_alone"  # a lost photo's, as below
            elif _org_line(ln.text) and _story_lines_above(lines, start, ln) <= 1:
                # 'Associated Press' alone above the story's second paragraph: its byline
                ln.role, ln.rule = "byline", "organisation_byline"
            elif ln.words <= 40 and _closing_credit(ln.text):
                # 'With files from Jo Li' between the story and chrome the story's end passed
                ln.role, ln.rule = "body", "closing_credit"
            elif signed >= 0 and not _button(ln):
                # wire copy holds no page chrome: 'Soybean Oil', 'Crowns' head its figures, as
                # its lines below the last paragraph are story (above)
                ln.role, ln.rule = "body", "wire_line"
            else:
                ln.role, ln.rule = "boilerplate", "short_line"
        elif title_at < ln.index < start and _byline_alone(lines, ln, title_at):
            ln.role, ln.rule = "byline", "names_alone"
        elif title_at < ln.index < start and credits.photo_agency_alone(ln.text):
            # 'Getty Images' alone over the story (between its paragraphs: above): the credit
            # of a photo the scrape lost, never the story's organisation
            ln.role, ln.rule = "credit", "photo_agency_alone"
        elif title_at < ln.index < start and _org_line(ln.text):
            ln.role, ln.rule = "byline", "organisation_byline"
        elif end < ln.index <= end + 2 and (_closing_credit(ln.text) or contributor_line(ln.text)):
            # 'Reporting by Jo Li in Oslo; Editing by Kim Bo' under the last paragraph: the
            # story's closing credit, without its brackets (or 'Jo Li contributed to this
            # report' without its full stop)
            ln.role, ln.rule = "body", "closing_credit"
        elif end < ln.index <= end + 2 and _featured_glued(ln):
            # 'Watch the video below:Featured image via Jo Li/Getty Images': the story's last
            # line, short, with a blog's lead-photo credit glued to it
            ln.role, ln.rule = "body", "prose"
        else:
            ln.role, ln.rule = "boilerplate", "outside_body"


def _dates_in_wire_copy(lines: list[Line], title_at: int, signed: int) -> None:
    """Wire copy runs to its sign-off (line `signed`, see `_signed_off`): a date on a line of
    its own below the story's first line ('acquired Sept. 1, 1986.' ending a note, 'Pay Aug
    14, 1987') is the story's, never its publication stamp."""
    first = next((ln.index for ln in lines if ln.index > title_at and not ln.role), signed)
    for ln in lines[first + 1 : signed + 1]:
        if ln.role == "date":
            ln.role, ln.rule = "body", "date_in_story"


def _button(ln: Line) -> bool:
    """A scraped wire story's 'Follow' or 'Share this' button: a few words opening with the
    prompt, without figures ('Share 6.0p vs 4.1p', 'Profit per share' are a report's)."""
    return ln.words <= 5 and not has_digit(ln.text) and bool(_PROMPT_WORDS.match(ln.text))


def _signed_off(lines: list[Line]) -> int:
    """The last line before a wire's sign-off closing the text ('Reuter', '— AFP'), the last
    line itself when the sign-off is glued to it ('... idle. REUTER'), or -1:
    wire copy runs to its sign-off, so a closing table, its 'Pay April 15' / 'Record March 31'
    lines or a short last paragraph ('Terms were not disclosed.') are story, not chrome."""
    if lines and not lines[-1].role and credits_glued.signoff_end(lines[-1].text):
        return len(lines) - 1  # '... idle. REUTER': the sign-off glued to the story's last line
    if not lines or lines[-1].rule != "signoff":
        return -1
    at = len(lines) - 1
    while at > 0 and not lines[at - 1].role and credits.lone_organisation(lines[at - 1].text):
        at -= 1  # 'REUTER' over 'Reuter'
    return at - 1


def _featured_glued(ln: Line) -> bool:
    return ln.glued_credit is not None and credits.featured_credit(ln.glued_credit) is not None


def _closing_credit(text: str) -> bool:
    """'Reporting by Jo Li; Editing by Kim Bo', bare or in its brackets (a short bracketed
    credit is no prose line, so the body's last prose line would leave it outside)."""
    if len(text) > 300:
        return False
    if text[:1] == "(" and text.endswith(")"):
        if text[:4] == "(By " and BY_CLOSING.fullmatch(text) is not None:
            return True  # '(By Jo Li and Kim Bo; Editing by Ann Lee)'
        text = text[1:-1]
    return CLOSING_PARAGRAPH.match(text) is not None or (
        ("ssistance from" in text or "iles from" in text) and ASSISTANCE.match(text) is not None
    )


def _story_lines_above(lines: list[Line], start: int, ln: Line) -> int:
    """Prose lines of the story from its first line down to `ln` (photo blocks aside)."""
    return sum(x.prose and x.role in ("", "body") for x in lines[start : ln.index])


def _after_byline_dateline(lines: list[Line], prose_idx: list[int]) -> int | None:
    """Without a headline, a dateline paragraph after a byline or date stamp opens the story:
    the prose above the byline is a caption or teaser ('Jo Li, AP •' / date / 'KYIV — ...')."""
    last = prose_idx[:6][-1]
    if not any(x.role in ("byline", "date") for x in lines[prose_idx[0] : last]):
        return None  # whichever line holds the dateline, no byline stands above it
    for i in prose_idx[:6]:
        if lines[i].opening_dateline:
            if any(x.role in ("byline", "date") for x in lines[prose_idx[0] : i]):
                return i
            return None
    return None


def _beside_media(lines: list[Line], i: int) -> bool:
    return any(
        0 <= j < len(lines) and lines[j].role in ("credit", "media_label") for j in (i - 1, i + 1)
    )


def _standfirst(lines: list[Line], title_at: int, first: int) -> bool:
    """A deck: the sentence right under the headline, before the byline or date stamp, or
    before a line of names that is the byline by `_byline_alone` ('Jo Li and Kim Bo' over
    'OSLO (Reuters) - ...', 'Jo Li' whom the story never names): the later passes would find
    that byline, but only after the deck had taken the story's first line. Page chrome that the
    rules know may stand between the headline and the deck ('Share this article')."""
    if title_at < 0 or first <= title_at or lines[first].opening_dateline:
        return False
    # (a label over the deck, 'In summary', is the deck's: a standfirst by `highlights`)
    if any(x.role not in ("boilerplate", "standfirst") for x in lines[title_at + 1 : first]):
        return False
    for ln in lines[first + 1 :]:
        if ln.role == "boilerplate":
            continue
        if ln.role or ln.prose or ln.index + 1 >= len(lines):
            # (a wire's sign-off closes the story: the line above it is the story's)
            return ln.role in ("byline", "date", "media_label") and ln.rule != "signoff"
        if _byline_alone(lines, ln, title_at, deck=first) or (ln.words <= 8 and _org_line(ln.text)):
            return True
        if ln.words > 2:
            return False
        # a section's label between the deck and the byline ('News' under the Reach
        # papers' share buttons): look on
    return False


# A deck runs one sentence, two at most ('... said. He added ...'), and is no longer than a
# short paragraph.
_DECK_WORDS: Final = 50
_SENTENCE_BREAK: Final = re.compile(r"[.!?][\"”’']?\s+[\"“‘']?[A-Z]")


def _deck_over_dateline(lines: list[Line], title_at: int, first: int, prose_idx: list[int]) -> bool:
    """A deck between the headline (with its date stamp, byline or photo) and the dateline
    paragraph: the first prose line, short and without a dateline, with the next prose line
    opening with a dateline no ordinary sentence opens with ('PORTVALE — ', 'OSLO (Reuters) -')
    and nothing of the story between them. A teaser cut short ('... on ...'), a lead-in to a
    quote ('... the statement:') or a story's long first paragraph stays in the body."""
    later = [i for i in prose_idx if i > first]
    if title_at < 0 or not later or first - title_at > 8 or later[0] - first > 6:
        return False
    deck = lines[first]
    if deck.words > _DECK_WORDS or deck.opening_dateline or dateline.alone(deck.text):
        return False
    if deck.text.endswith((":", "...", "…")) or len(_SENTENCE_BREAK.findall(deck.text)) > 1:
        return False
    if any(x.role == "body" for x in lines[title_at + 1 : later[0]]):
        return False
    return dateline.strong(lines[later[0]].text) is not None


def _report_line(ln: Line) -> bool:
    """Short figure lines of a market or results report ('Net 12.6 mln vs 15.8 mln', 'Shr
    profit four cts vs loss two cts': figures may be spelled out), or a report's note."""
    text = ln.text
    figures = has_digit(text) or " vs " in text or text[:5].lower() == "note:"
    return ln.words <= 14 and figures and not _CHROME_WORDS.search(text)


def _table_label(lines: list[Line], ln: Line) -> bool:
    """A short label between figure lines ('Year', 'Nine mths' between an earnings
    report's quarter and year figures): the table's, not page chrome."""
    if ln.words > 4 or not 0 < ln.index < len(lines) - 1 or _PROMPT_WORDS.search(ln.text):
        return False
    if not any(c.isalpha() for c in ln.text):
        return False  # a rule ('_____', '/') between rows
    return all(
        (other.table_row or _report_line(other)) and other.role in ("", "body")
        for other in (lines[ln.index - 1], lines[ln.index + 1])
    )


def _subheading(lines: list[Line], ln: Line) -> bool:
    """Short title-case or bullet lines inside the story (section heads, list items), and a
    short line leading into a list ('The board gave three reasons:' over '• Storm damage').
    A photo or an advertisement's marker may stand between a section head and its first
    paragraph (not between a pull quote or the start of a caption that the page prints in full
    below it and the story)."""
    if ln.text[:1] in "•*–-·" and ln.words >= 3:
        return True
    if _paper_alone(ln):
        return False  # 'The Portvale Herald' under a name in the author's box: no section head
    at = ln.index + 1
    if ln.text[:1] not in "\"“'‘" and not ln.text.endswith(","):
        while at < len(lines) and (
            (lines[at].role in _UNDER_HEADING and not lines[at].text.startswith(ln.text))
            or lines[at].rule == "advertisement"
        ):
            at += 1
    nxt = lines[at] if at < len(lines) else None
    if nxt is None or nxt.role != "" or (ln.words < 3 and not _short_heading(lines, ln)):
        return False
    if ln.text.endswith(":") and _LIST_ITEM.match(nxt.text):
        return True
    return nxt.prose and not _PROMPT_WORDS.search(ln.text)


def _paper_alone(ln: Line) -> bool:
    """A news organisation's name alone: the table's, or a paper's it lacks ('The' and up to
    four capitalised words, no punctuation, ending in a word that names newspapers: without
    'The', 'Lighted Makeup Mirror' heads a gift guide's item)."""
    text = ln.text
    if ln.words > 5 or not text[-1:].isalpha() or "," in text or ":" in text:
        return False
    if credits.lone_organisation(text) is not None:
        return True
    return text.startswith("The ") and paper_outlet(text) == text


def _short_heading(lines: list[Line], ln: Line) -> bool:
    """A heading of a word or two between two paragraphs of the story ('Syria' over the part on
    Syria, 'Final thoughts'): capitalised, with letters, under a story paragraph, maybe with an
    advertisement's marker between (page chrome of a word or two sits at the story's edges, or
    is known to the boilerplate rules: skipping other chrome took a Google News card's source
    name, under its 'more_vert' button, for a heading)."""
    text = ln.text.lstrip("\"“‘'")
    at = ln.index - 1
    while at >= 0 and lines[at].rule == "advertisement":
        at -= 1  # an advertisement's marker between the paragraph and the heading
    above = lines[at] if at >= 0 else None
    return (
        above is not None
        and above.role == "body"
        and above.prose
        and text[:1].isupper()
        and sum(ch.isalpha() for ch in text) >= 3
        and "_" not in text
    )


# A photo (its caption, label and credit) or a byline between a section head and its paragraph.
_UNDER_HEADING: Final = ("caption", "credit", "media_label", "byline")
_LIST_ITEM: Final = re.compile(r"(?:[•*–·-]|\d{1,2}[.)])\s")


_GAP: Final = re.compile(r"\s{3,}")
_DECOR: Final = re.compile(r"[|,•·(]")
# The brackets round an organisation taken out of a byline.
_EMPTY_BRACKETS: Final = re.compile(r"\(\s*\|?\s*\)")


def _introduces(paragraph: str, names: list[str]) -> bool:
    """The story's last paragraph presents one of these people ('Jo Li, a former envoy, is
    ...', 'Kim Bo was ...'): an author's closing bio, as opinion pages print them."""
    return any(
        _PRESENTED.match(paragraph, at + len(name))
        for name in names
        for at in word_places(paragraph, name)
    )


# (after the name: `re.search(rf"\b{name}\b{_PRESENTED}")` without a pattern per name)
_PRESENTED: Final = re.compile(r".{0,80}?\b(?:is|was|has been|serves?)\b")


def _contributors(paragraph: str) -> bool:
    """'Jo Li and Kim Bo contributed to this report.' (with or without its full stop)."""
    return contributor_line(paragraph) or "contributed to this report" in paragraph


def _names_list(ln: Line) -> bool:
    """'Jo Li, Kim Bo, Ann Berg and Tom Ash': long enough to read as prose, but a byline without
    its 'By' (`_byline_alone` decides), never the story's first paragraph or its deck."""
    return ln.words <= 20 and len(listed_people(ln.text)) >= 2


def _byline_alone(lines: list[Line], ln: Line, title_at: int, deck: int = -1) -> bool:
    """A name (or names) on its own line just under the headline: beside a date stamp, right
    before a dateline, decorated with an organisation or a job title, or right under the
    headline when the story never names that person again (a section label or the story's
    subject is named in the story; a capitalised pair alone is otherwise too risky)."""
    # Without a headline, a name under nothing but page chrome stands where a byline would.
    chrome_only = title_at < 0 and all(x.role == "boilerplate" for x in lines[: ln.index])
    # a page that prints its headline again over the byline: the byline's place is under that
    anchor = max(
        [title_at, *(x.index for x in lines[title_at + 1 : ln.index] if x.rule == "repeated_title")]
    )
    titled = _over_job_and_stamp(lines, ln)
    reach = 6 if titled else 4  # (the Reach papers set bookmark and share buttons above it)
    # (a name right under another byline is the next author's, however far down: 'Jo Li,
    # Senior Reporter' / 'Kim Bo, Reporter'; a given name first, as a subheading under a
    # closing credit, 'Generational Gripes', reads as a name too)
    next_author = _next_author(lines, ln)
    under_byline = (
        ln.index > 0 and lines[ln.index - 1].role == "byline" and opens_with_given_name(ln.text)
    ) or next_author
    far = ln.index > anchor + reach and not chrome_only and not under_byline
    if far or (ln.words > 12 and not _names_list(ln)):
        return False
    nxt = lines[ln.index + 1] if ln.index + 1 < len(lines) else None
    if ln.text.endswith(".") and nxt is not None and nxt.role == "credit":
        return False  # 'Portvale Courthouse.' over 'Picture: Jo Li': a photo's short caption
    # 'Jo Li in Kyiv': the place the reporter filed from is no part of the name
    text = (without_filed_from(ln.text) if ln.index else None) or ln.text
    contact = without_contacts(text)  # 'Jo Li @joli': a handle decorates the name
    spaced = _GAP.sub(" | ", contact)
    unjobbed = without_job_tail(spaced)
    if "/" in unjobbed:
        return False  # 'Jo Li/Invision/AP' is a photo credit
    unclient = without_client(unjobbed)[0]  # 'Jo Li for The Portvale Courier'
    rest, orgs = without_organisations(unclient)
    if "(" in rest:
        rest = _EMPTY_BRACKETS.sub(" | ", rest)  # 'Jo Li (The Jakarta Post)': the paper's
    # ('Jo Li ~ Portvale Missourian': the Southeast Missourian's tilde)
    cut = max(rest.rfind(","), rest.rfind("|"), rest.rfind(" ~ ") + 1)
    paper = cut > 0 and unknown_paper(rest[cut + 1 :].strip())
    if paper:
        rest = rest[:cut]  # 'Jo Li, Portvale Courier': a paper the table lacks
    stripped = rest.strip(" |,•·-–—")
    names = people(stripped)
    if (
        not names
        or unknown_paper(stripped)  # 'Portvale Ledger' under the name: a paper, no person
        or len(" ".join(names).split())
        < len(stripped.replace(",", " ").replace(" and ", " ").split()) - 1
    ):
        return False
    before = lines[ln.index - 1] if ln.index else None
    after = lines[ln.index + 1] if ln.index + 1 < len(lines) else None
    framed = (
        titled
        or any(x is not None and x.role in ("date", "byline") for x in (before, after))
        or next_author
    )
    # 'JILL COLVIN' over 'The Associated Press', 'Jo Li' over 'The Portvale Sentinel' (a
    # paper the table lacks): a name over its organisation's line.
    framed = framed or (
        after is not None
        and (_org_line(after.text) or unknown_paper(after.text) or _paper_over_stamp(lines, after))
    )
    opens_story = after is not None and after.opening_dateline is not None
    # 'Jo Li | Reuters', 'Jo Li, AP', 'Jo Li | Politics Reporter' (not 'New York CNN —')
    decorated = (
        contact != text
        or unjobbed != spaced
        or unclient != unjobbed
        or paper
        or (bool(orgs) and bool(_DECOR.search(spaced)))
    )
    alone = (
        stripped == text
        and (title_at >= 0 or chrome_only)
        and _unnamed_under_title(lines, ln, title_at, names, deck)
    )
    return framed or opens_story or decorated or alone


def _paper_over_stamp(lines: list[Line], ln: Line) -> bool:
    """'Jo Li' / 'The Portvale Eye' / the stamp: a paper's name (its words naming no paper, or
    one word: 'The Ardmoreite') between the author and the date stamp, as the USA Today
    network's papers print the byline."""
    return (
        ln.words <= 4
        and credits.THE_PAPER.fullmatch(ln.text) is not None
        and ln.index + 1 < len(lines)
        and lines[ln.index + 1].role == "date"
    )


def _next_author(lines: list[Line], ln: Line) -> bool:
    """'Jo Li' / 'Reporter' / 'Kim Bo' / 'Digital Producer' (Hearst's stations): a name
    between the first author's post and its own, each post a newsroom job on its line."""
    i = ln.index
    if i < 2 or i + 1 >= len(lines) or ln.words > 4 or lines[i - 2].role != "byline":
        return False
    return all(_job_alone(x) for x in (lines[i - 1], lines[i + 1]))


def _job_alone(ln: Line) -> bool:
    """A newsroom job alone on its line ('Reporter', 'Digital Producer')."""
    if ln.words > 4 or ln.role not in ("", "boilerplate"):
        return False
    joined = f"Jo Li | {ln.text}"
    return without_job_tail(joined) != joined


def _over_job_and_stamp(lines: list[Line], ln: Line) -> bool:
    """'Jo Li' / 'Senior Reporter' / the date stamp: the name over its job title on a line of
    its own, then the stamp (the Manchester Evening News' and the other Reach papers' form)."""
    if ln.index + 2 >= len(lines) or ln.words > 4 or lines[ln.index + 2].role != "date":
        return False
    job = lines[ln.index + 1]
    return not job.role and _job_alone(job)


def _unnamed_under_title(
    lines: list[Line], ln: Line, title_at: int, names: list[str], deck: int = -1
) -> bool:
    """The line follows the headline (or, with `title_at` -1, the top of the page) with only
    page furniture, a date stamp or a photo block between (in capitals or not: 'JO LI' too),
    and the story below (its closing bio of the authors aside) never uses the names' last
    words: a byline, not the story's subject, a place ('New York') or a section label, whose
    words the story repeats. Right under a caption a name alone may be the photo's credit;
    two names or more are the story's reporters."""
    if any(x.role not in _ABOVE_BYLINE and x.index != deck for x in lines[title_at + 1 : ln.index]):
        return False  # (`deck`: the line `_standfirst` asks about, not yet decided)
    if len(names) < 2 and ln.index > title_at + 1 and lines[ln.index - 1].role == "caption":
        return False
    paragraphs = [x.text for x in lines[ln.index + 1 :] if not x.role and x.prose]
    while paragraphs and (_introduces(paragraphs[-1], names) or _contributors(paragraphs[-1])):
        # 'Jo Li is a former commander of ...': the authors' closing bio; 'Kim Bo contributed
        # to this report.': the story's closing credit
        paragraphs.pop()
    story = " ".join(paragraphs)
    if not story:
        return False
    # A person in the story goes by the surname ('Putin said'), and in a list of two names or
    # more a first name may be anyone's ('John'); one name alone must share no word with it
    # (a label such as 'Harbour Ferries' reads as a name).
    words = {w.casefold() for n in names for w in (n.split()[-1:] if len(names) > 1 else n.split())}
    return not any(w.casefold() in words for w in _WORD.findall(story))


_WORD: Final = re.compile(r"[^\W\d_]+")
_ABOVE_BYLINE: Final = frozenset(
    {"boilerplate", "caption", "credit", "media_label", "date", "standfirst"}
)


def _org_line(text: str) -> bool:
    """'The Associated Press', or with a post: 'AP Business Writer', or the paper's staff with a
    wire's copy: 'DAILY SABAH WITH AA'; or with the desk's address (`desk_byline`)."""
    if "@" in text:
        return desk_byline(text) is not None
    return (
        organisations().lookup(text) is not None
        or organisation_post(text) is not None
        or (len(text) <= 60 and " " in text and organisation_with_wire(text))
    )
