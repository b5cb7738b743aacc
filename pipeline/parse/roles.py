"""Line roles: every non-empty input line gets exactly one role of the field guide.

Rules run in passes over the lines, most certain first: boilerplate and media chrome by data
rules, then credits and their captions, the headline, bylines and date stamps, and the body
as the prose that is left. Each decision records the rule that made it.

`classify` runs the passes; the rules live beside it by subject: `lines` (the line model and
hard-wrap joining), `roles_bylines`, `roles_captions` and `roles_body`, and `headline`.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Final

from pipeline.parse import credits, headline
from pipeline.parse.attribution import is_author_bio, speaker_label
from pipeline.parse.bylines import byline_people, name_then_post, station_outlet
from pipeline.parse.credits_glued import SENTENCE_CLOSE
from pipeline.parse.dates import find_date, is_date_line
from pipeline.parse.headline import full_stop_end
from pipeline.parse.knowledge import (
    any_boilerplate_start,
    boilerplate_rules,
    line_filter,
    lowered,
    organisations,
)
from pipeline.parse.lines import SENTENCE_END, Line, Roles, split_lines, unwrap
from pipeline.parse.media_labels import media_labels
from pipeline.parse.names import opens_with_given_name, person_name
from pipeline.parse.reader_pitch import MAX_WORDS as READER_PITCH_WORDS
from pipeline.parse.reader_pitch import reader_pitch, self_description
from pipeline.parse.roles_body import mark_body
from pipeline.parse.roles_bylines import (
    author_box,
    dash_signoff,
    glued_organisation,
    is_by_prefix,
    lower_case_byline,
    name_and_stamp,
    name_organisation_post,
    name_over_post,
    name_over_stamp,
    name_signoff,
    names_and_organisation,
    names_and_place,
    names_only_line,
    names_with_wire_tag,
    organisation_bar_by,
    organisation_place,
    organisation_post,
    organisation_staff,
    organisation_stamp,
    organisation_then_by,
    post_organisation,
    site_credit,
    source_line,
    stamp_then_byline,
    syndicated_byline,
)
from pipeline.parse.roles_captions import (
    LEAD_IN_LABELS,
    SPEECH,
    ends_with_signoff,
    file_photo,
    join_credit_labels,
    mark_captions,
    mark_credited_captions,
    mark_credited_decks,
    mark_labelled_captions,
    mark_own_footage_credits,
    mark_own_video_credits,
    mark_placed_captions,
    photo_cue,
    photo_note,
    signoffs_after,
)
from pipeline.parse.rule_patterns import LineFilter
from pipeline.parse.words import has_digit

# After these a line of names alone continues the byline.
_NAMES_NEXT: Final = frozenset({"bare_by", "byline_joiner"})
_JOINERS: Final = frozenset({"and", "And", "&", ","})
# Agency-style photo slugs: 'Topshot - Ukraine - Russia - Conflict'.
_SLUG: Final = re.compile(
    r"^[A-Z][\w'’.]*(?: [\w'’.]+){0,3}(?: - [A-Z][\w'’.]*(?: [\w'’.]+){0,3}){2,}$"
)
# Labels that open a caption line on some sites ('Image caption ...', 'Media caption ...' for a
# video); the text after the label is the caption.
CAPTION_LABELS: Final = ("Image caption ", "Media caption ", "Image caption,", "Media caption,")
HIDDEN_CAPTION: Final = " hide caption"


def _boilerplate_rule(line: Line, table: LineFilter | None) -> tuple[str, bool] | None:
    """The boilerplate rule that removes the line, if any; `table` is `line_filter()`,
    looked up once per article by the caller."""
    found = _table_rule(line, table)
    if found is None and headline.clip_link(line.text) and not is_date_line(line.text):
        # a video's link between paragraphs ('Jo Li on the vote 01:33'), media chrome beside
        # the table's: as a regular expression it would be tried on every line with a colon
        # (a stamp's clock ends some date lines: '12 June 2025, MVT 15:40')
        return "media_chrome", False
    if found is None and line.words == 1 and _LINK_ALONE.fullmatch(line.text):
        return "link", False  # a page's address alone on its line: a share box, a link card
    if found is None and line.text[-1:] == ")" and _DATED_LINK.search(line.text):
        return "see_also", False
    return found


# 'Portvale to pilot a low-emission zone (November 12, 2026)': a linked headline of another
# story and its date in brackets, listed under the story (no sentence ends so). Code, not a
# table row: only lines ending in ')' pay for it.
_DATED_LINK: Final = re.compile(
    r"^[^.!?]{15,160} \((?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December) \d{1,2}, \d{4}\)$"
)


# A web address with a path or a scheme ('abc.net.au/news/murray-flows/104812345',
# 'https://example.com'); a bare host ('Yahoo.com') may be a name and stays.
_LINK_ALONE: Final = re.compile(r"(?:https?://|www\.)\S+|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/\S*")


def _table_rule(line: Line, table: LineFilter | None) -> tuple[str, bool] | None:
    """The first rule of `boilerplate.tsv` that matches the line."""
    # A phrase deep inside a paragraph does not make the paragraph page furniture: long lines
    # only count when a rule matches at their start (and `match` is much cheaper than `search`).
    long_line = len(line.text) > 200 or line.words > 40
    # Case-insensitive matching is slow (no literal prefix to skip to): a line without cased
    # letters beyond A-Z is lowered once and tried case-sensitively (`knowledge.lowered`).
    lower = lowered(line.text)
    fast = table if lower is not None else None
    if long_line:
        if fast is not None and lower is not None:
            if not fast.any_start(lower):
                return None
        elif not any_boilerplate_start(line.text):
            return None  # one match of all rules at once, instead of one per rule
        for rule in boilerplate_rules():
            if rule.pattern.match(line.text):
                return rule.name, rule.ends_article
        return None
    if fast is not None and lower is not None and not fast.may_match(lower):
        return None  # one test for all rules: most lines end here
    for rule in boilerplate_rules():
        if rule.search(line.text, lower):
            return rule.name, rule.ends_article
    return None


def classify(text: str, meta_title: str | None = None) -> Roles:
    lines = join_credit_labels(unwrap(split_lines(text)))
    roles = Roles(lines)
    if not lines:
        return roles
    footers: list[int] = []
    labels: list[int] = []  # 'Read more', 'skip past ...': lines that open a block of chrome
    table = line_filter()
    for ln in lines:
        if ln.text.startswith(CAPTION_LABELS):
            # 'Image caption The new pier at dawn': a labelled caption (its credit, 'Image
            # copyright X', stands on the line above it).
            ln.role, ln.rule = "caption", "caption_label"
            continue
        if ln.text[-1:] == ")" and ln.words >= 5 and photo_note(ln.text):
            ln.role, ln.rule = "caption", "photo_note"
            continue
        if ln.text.endswith(HIDDEN_CAPTION):
            # '<caption> <credit> hide caption': the collapsed copy of a photo block that the
            # page repeats in full after its 'toggle caption' button.
            ln.role, ln.rule = "caption", "hidden_caption"
            continue
        found = _boilerplate_rule(ln, table)
        if found and found[0] == "copyright" and credits.copyright_credit(ln.text):
            # 'Copyright: Jo Li/EPA' credits a photo: no footer that ends the article
            ln.role, ln.rule = "credit", "copyright_credit"
            continue
        if found and not found[1] and is_by_prefix(ln):
            # 'by Jo Li July 16 at 9:00 AM Email the author  Sign up for the newsletter': the
            # byline wins over a page-furniture phrase glued to its end (a footer still ends).
            ln.role, ln.rule = "byline", "by_prefix"
        elif found and not found[1] and is_author_bio(ln.text):
            pass  # an author's closing bio stays prose: attribution reads it
        elif found:
            ln.role, ln.rule = "boilerplate", found[0]
            if found[1]:
                footers.append(ln.index)
            elif found[0] == "see_also" or ln.text[:5].lower() == "skip ":
                labels.append(ln.index)
        elif ln.text[:1] == "(" and _broadcaster_tag(lines, ln):
            # '(CNN)' alone over the story's first paragraph: its wire tag without a place
            # (the page set the tag apart), not a photo credit.
            ln.role, ln.rule = "body", "wire_tag"
        elif ln.text[:1] in "Vv" and ln.text[:6].lower() == "video:" and video_maker(ln.text):
            ln.role, ln.rule = "credit", "video_maker"  # 'Video: Portvale TV'
        elif (media_labels().is_label(ln.text) and not _labelled_text(ln)) or (
            # a slug heads its photo's caption: one closing the story is a table's legend
            # ('UNC - UNCHANGED DP - DELAYED PRICING' over the wire's sign-off)
            _is_slug(ln) and not signoffs_after(lines, ln.index)
        ):
            ln.role, ln.rule = "media_label", "media_label"
        elif ln.words == 1 and ln.text.lower().rstrip(":") == "by":
            # 'by' alone over the date stamp: the byline's slot, its names (links on the page)
            # lost by the scraper, or set on the next line ('By' / 'Jo Li and Kim Bo').
            ln.role, ln.rule = "byline", "bare_by"
        elif (
            ln.index
            and lines[ln.index - 1].rule in _NAMES_NEXT
            and (names_only_line(ln) or name_then_post(ln.text))
        ):
            ln.role, ln.rule = "byline", "after_bare_by"
        elif (
            ln.text in _JOINERS
            and ln.index + 1 < len(lines)
            and lines[ln.index - 1].rule == "after_bare_by"
            and names_only_line(lines[ln.index + 1])
        ):
            # 'By' / 'Jo Li' / 'and' / 'Kim Bo': each name a link on the page, set apart
            ln.role, ln.rule = "byline", "byline_joiner"
        elif ln.text[:2].isupper() and speaker_label(ln.text):
            # 'JO LI, HOST:' in a transcript: who speaks next, a line of the story (never its
            # headline, though it may stand alone at the top).
            ln.role, ln.rule = "body", "speaker_label"
        elif (
            ln.index
            and lines[ln.index - 1].role == "byline"
            and (
                credits.lone_organisation(ln.text)
                or organisation_post(ln.text)
                or post_organisation(ln.text)
                or organisation_place(ln.text)
            )
            and not credits.credit_lead(ln.text)  # '© Getty' under a byline credits a photo
            and not credits.photo_agency_alone(ln.text)  # as 'Getty Images' does
        ):
            ln.role, ln.rule = "byline", "organisation_byline"
        elif (
            (ln.index == len(lines) - 1 or (ln.words <= 5 and _wire_under_story(lines, ln)))
            and credits.lone_organisation(ln.text.lstrip("—–- "))  # 'Reuter', '— AFP'
            and not credits.credit_lead(ln.text)  # 'Image copyright Getty Images' credits a photo
        ):
            ln.role, ln.rule = "byline", "signoff"
        elif (
            ln.text[:1] in "—–-"
            and ln.index
            and lines[ln.index - 1].prose
            and (dash_signoff(ln) or name_signoff(lines, ln) or _wire_signoff(lines, ln))
        ):
            ln.role, ln.rule = "byline", "dash_signoff"
        elif ln.text[:1] in "—–-" and ln.words <= 4 and _station_signoff(lines, ln):
            ln.role, ln.rule = "byline", "signoff"
        elif ln.text[:1].isdigit() and _video_source(ln.text):
            ln.role, ln.rule = "credit", "video_source"  # '02:14 - Source: CNN'
        elif source_line(ln.text):
            ln.role, ln.rule = "byline", "source_line"
        elif ln.text[-1:] == ")" and ln.words <= 20 and syndicated_byline(ln.text):
            ln.role, ln.rule = "byline", "syndicated_byline"
            above = lines[ln.index - 1] if ln.index else None
            # 'Jo Li' / 'Los Angeles Times (TNS)': the names on the line above the paper's
            if (
                above
                and not above.role
                and not byline_people(ln.text)[0]
                and names_only_line(above)
            ):
                above.role, above.rule = "byline", "syndicated_byline"
        elif names_and_organisation(lines, ln):
            ln.role, ln.rule = "byline", "names_and_organisation"
        elif ln.words <= 14 and " | " in ln.text and names_and_place(ln.text):
            ln.role, ln.rule = "byline", "names_and_place"
        elif ln.words <= 10 and ", " in ln.text and name_organisation_post(ln.text) is not None:
            ln.role, ln.rule = "byline", "name_organisation_post"
        elif ln.text[-1:] == ")" and names_with_wire_tag(lines, ln):
            ln.role, ln.rule = "byline", "names_with_wire_tag"
        elif ln.words <= 12 and author_box(ln):
            ln.role, ln.rule = "byline", "author_box"
        elif ln.words <= 4 and name_over_stamp(lines, ln):
            ln.role, ln.rule = "byline", "name_over_stamp"
        elif ln.words <= 4 and name_over_post(lines, ln):
            ln.role, ln.rule = "byline", "name_over_post"  # 'Jo Li' / 'Portvale correspondent'
            post = lines[ln.index + 1]
            if organisation_post(post.text, lower_case=True):  # 'WRAL reporter'
                post.role, post.rule = "byline", "organisation_byline"
            else:
                post.role, post.rule = "boilerplate", "byline_post"
        elif ln.words <= 24 and name_and_stamp(ln.text):
            ln.role, ln.rule = "byline", "name_and_stamp"
        elif (
            ln.words <= 24
            and (" | " in ln.text or (ln.text[:1] == "P" and " by " in ln.text))
            and stamp_then_byline(ln.text)
        ):
            ln.role, ln.rule = "byline", "stamp_then_byline"
        elif ln.words <= 15 and ln.text[-1:].islower() and glued_organisation(ln.text):
            ln.role, ln.rule = "byline", "glued_organisation"
        elif ln.text[:1] == "/" and _stamp_source(lines, ln):
            ln.role, ln.rule = "byline", "stamp_source"
        elif ln.words == 1 and "." in ln.text and _site_under_names(lines, ln):
            # 'Jo Li' / 'NorthJersey.com' / the stamp: the reporter over the paper's site
            ln.role, ln.rule = "byline", "site_byline"
            above = lines[ln.index - 1]
            above.role, above.rule = "byline", "names_over_organisation"
        elif ln.words <= 4 and _organisation_over_stamp(lines, ln):
            ln.role, ln.rule = "byline", "organisation_byline"
            above = lines[ln.index - 1]
            if not above.role and opens_with_given_name(above.text) and names_only_line(above):
                # 'Jo Li and Kim Bo' / 'Portvale Journal' / the stamp: the names over their paper
                above.role, above.rule = "byline", "names_over_organisation"
        elif credits.is_credit_line(ln.text) and not ends_with_signoff(lines, ln):
            ln.role, ln.rule = "credit", "credit_line"
        elif (
            ln.index
            and lines[ln.index - 1].role == "media_label"
            and (credits.lone_organisation(ln.text) or credits.loose_credit(ln.text))
        ):
            # 'Modal Trigger' / 'Reuters': the agency of the photo behind the page's button,
            # not the story's byline ('Watch: <the video's title>' / 'Jo Li/The Portvale Post':
            # the video's maker)
            ln.role, ln.rule = "credit", "under_media_label"
        elif (
            "/" in ln.text
            and site_credit(ln.text)
            and any(above.role == "byline" for above in lines[: ln.index])
        ):
            # (with no byline above, 'By Jo Li / WRAL.com' is the story's: its writer, her site)
            ln.role, ln.rule = "credit", "site_credit"
        elif is_by_prefix(ln):
            ln.role, ln.rule = "byline", "by_prefix"
        elif ln.words <= 16 and lower_case_byline(lines, ln):
            ln.role, ln.rule = "byline", "lower_case_byline"
        elif " By " in ln.text and organisation_then_by(ln):
            ln.role, ln.rule = "byline", "organisation_then_by"
        elif " | By " in ln.text and organisation_bar_by(ln.text):
            ln.role, ln.rule = "byline", "organisation_bar_by"
        elif (
            ln.words <= 8
            and ("Staff" in ln.text or "STAFF" in ln.text or "staff report" in ln.text)
            and organisation_staff(ln.text)
        ):
            ln.role, ln.rule = "byline", "organisation_staff"
        elif is_date_line(ln.text):
            ln.role, ln.rule = "date", "date_stamp"
        elif organisation_stamp(ln.text):
            ln.role, ln.rule = "byline", "organisation_stamp"
        elif (
            ln.words <= READER_PITCH_WORDS
            and reader_pitch(ln.text)
            # ('Jo Li is an editor for Fox News. Follow him on Twitter @joli.': a closing bio)
            and not is_author_bio(ln.text)
        ):
            ln.role, ln.rule = "boilerplate", "reader_pitch"
        elif ln.words <= 40 and (_stamp_row(ln.text) or _posted_stamp(ln.text)):
            ln.role, ln.rule = "date", "stamp_row"
        elif ln.words <= 40 and _menu_row(ln.text):
            ln.role, ln.rule = "boilerplate", "menu_row"
        elif (
            ln.words <= 80
            and (ln.text.find(" is a", 0, 60) >= 0 or ln.text.find(" is part of ", 0, 70) >= 0)
            and self_description(ln.text)
        ):
            # 'The Portvale Post is a nonprofit news organization based in Portvale.'
            ln.role, ln.rule = "boilerplate", "self_description"
        elif ln.text.endswith(" Logo") and ln.words <= 8 and organisations().lookup(ln.text[:-5]):
            # 'The News & Observer Logo': the site's logo, its picture's text copied
            ln.role, ln.rule = "boilerplate", "site_logo"
    if any(ln.rule == "speaker_label" for ln in lines):
        _later_speakers(lines)
    for ln in lines[:MAX_AUTHOR_LABEL]:
        if ln.text in _AUTHOR_LABELS and not ln.role:
            _author_block(lines, ln)
    _teaser_cards(lines)
    if sum(ln.rule == "newsletter" for ln in lines) >= 2:
        _newsletter_boxes(lines)
    _poll_questions(lines)
    if labels:  # most pages hold none
        _linked_stories(lines, labels)
        _skipped_blocks(lines, labels)
    mark_credited_captions(lines)
    headline.mark_title(roles, meta_title)
    mark_own_video_credits(lines)
    _end_at_footer(lines, footers)
    mark_captions(roles)
    mark_own_footage_credits(lines)
    mark_labelled_captions(lines)
    mark_placed_captions(lines)
    mark_body(roles)
    mark_credited_decks(lines)
    if any(ln.text in _JOINERS for ln in lines):
        _joined_names(lines)
    return roles


# Chrome that may stand between a byline's names: a reporter's photo ('Headshot of Jo Li').
_BESIDE_NAMES: Final = frozenset({"page_chrome", "social_follow", "share_prompt"})


_MENU_SEPARATORS: Final = (" | ", " - ", " • ", " · ", " / ", " > ", " › ", " » ")
# a breadcrumb's: one is enough ('Business > Companies')
_BREADCRUMB_SEPARATORS: Final = frozenset((" > ", " › ", " » "))


def _menu_row(text: str) -> bool:
    """'Help - Terms of Service - Privacy Policy - Site Map - Accessibility': a row of four
    or more links set apart by one separator (two or more by a breadcrumb's '>'), each a
    short name in capitals, none a sentence nor a score (a page's footer or menu copied as
    one line; a photo's slug is taken before)."""
    if text[-1:] in SENTENCE_CLOSE:
        return False  # most lines: no separator is counted
    for sep in _MENU_SEPARATORS:
        if text.count(sep) >= (1 if sep in _BREADCRUMB_SEPARATORS else 3):
            parts = [p.strip() for p in text.split(sep)]
            return all(
                0 < len(p.split()) <= 4 and p[0].isupper() and p[-1] not in ".,;:!?\"'”’0123456789"
                for p in parts
            )
    return False


def _posted_stamp(text: str) -> bool:
    """'Posted by Staff Writer on July 10, 2025': a desk's post and the date the story went up
    (no person to make it a byline; the date still dates the story)."""
    found = _POSTED_ON.match(text) if text[:1] in "Pp" and text[:6].lower() == "posted" else None
    return found is not None and is_date_line(found["stamp"])


_POSTED_ON: Final = re.compile(r"(?i)posted by [^,|]{2,40}? on (?P<stamp>.{6,40})$")


def _stamp_row(text: str) -> bool:
    """'Portvale News Desk | New Delhi | Updated: 24-05-2025 17:08 IST': a row of short
    capitalised parts set apart by bars, one of them a date stamp (a byline's desk, a place
    and the stamp, as one line)."""
    if " | " not in text or not has_digit(text):
        return False
    parts = [p.strip() for p in text.split(" | ")]
    stamps = [p for p in parts if is_date_line(p)]
    return bool(stamps) and all(
        p in stamps or (0 < len(p.split()) <= 4 and p[:1].isupper()) for p in parts
    )


def _joined_names(lines: list[Line]) -> None:
    """'Jo Li' / 'and' / 'Kim Bo', 'Jo Li' / ',' / 'Kim Bo': a byline whose names are links
    set on lines of their own. Where one name around the joiner is the byline, so is the
    other (the rules may have taken it for chrome: a name they did not know alone)."""
    joiners = [ln for ln in lines if ln.text in _JOINERS and ln.role not in ("body", "title")]
    # a list of three names may hold the byline at either end: a second pass reaches the far one
    for ln in joiners + joiners[::-1]:
        if ln.rule == "byline_joiner":
            continue
        above, below = _named_neighbour(lines, ln, -1), _named_neighbour(lines, ln, 1)
        if above is None or below is None or "byline" not in (above.role, below.role):
            continue
        other = below if above.role == "byline" else above
        if other.role != "byline" and (
            other.role in ("body", "title", "caption") or not names_only_line(other)
        ):
            continue
        ln.role, ln.rule = "byline", "byline_joiner"
        if other.role != "byline":
            other.role, other.rule = "byline", "joined_names"


def _named_neighbour(lines: list[Line], ln: Line, step: int) -> Line | None:
    """The next line up or down past a reporter's photo and share buttons."""
    i = ln.index + step
    while 0 <= i < len(lines) and lines[i].rule in _BESIDE_NAMES:
        i += step
    return lines[i] if 0 <= i < len(lines) else None


def _site_under_names(lines: list[Line], ln: Line) -> bool:
    """'Jo Li' / 'NorthJersey.com' / 'Published 5:00 a.m. ET July 1, 2026': a site's address
    between a reporter's name and the date stamp."""
    if not ln.index or ln.index + 1 >= len(lines) or credits.SITE_NAME.fullmatch(ln.text) is None:
        return False
    above = lines[ln.index - 1]
    return (
        not above.role
        and 2 <= above.words <= 4
        and names_only_line(above)
        and is_date_line(lines[ln.index + 1].text)
    )


def _organisation_over_stamp(lines: list[Line], ln: Line) -> bool:
    """'Kyodo' alone between a headline and the date stamp (the Japan Times' wire stories), or
    with the bureau ('AFP, Geneva'): the story's organisation byline, not a photo's credit (a
    photo agency's name stays a credit)."""
    if not ln.index or ln.index + 1 >= len(lines):
        return False
    above, below = lines[ln.index - 1], lines[ln.index + 1]
    if above.role or above.words < 4 or above.text.rstrip("\"”’')")[-1:] in ".)":
        return False  # under a caption, a name alone credits its photo
    name = credits.lone_organisation(ln.text) or organisation_place(ln.text)
    if name is None or organisations().kinds.get(name) not in ("wire", "newspaper", "broadcaster"):
        return False
    return is_date_line(below.text)


def _wire_signoff(lines: list[Line], ln: Line) -> bool:
    """'— Bernama', '- AFP' under the story's last paragraph, with only page chrome after it
    (no line long enough to be a paragraph): the wire signing off its story, which a page's
    related links or footer may follow (a dashed agency under a caption, mid-story, is that
    photo's credit)."""
    name = credits.lone_organisation(ln.text.lstrip("—–- "))
    if name is None or organisations().kinds.get(name) != "wire":
        return False
    return all(x.words < 25 for x in lines[ln.index + 1 :])


def _stamp_source(lines: list[Line], ln: Line) -> bool:
    """'/ AP' right under the date stamp ('May 5, 2019 / 10:50 AM'): the stamp's source, the
    story's organisation byline set on a line of its own, not a photo credit."""
    if not ln.index or lines[ln.index - 1].role != "date" or len(ln.text) > 40:
        return False
    return credits.lone_organisation(ln.text[1:].strip()) is not None


def _broadcaster_tag(lines: list[Line], ln: Line) -> bool:
    """A broadcaster's name in brackets alone on a line, right over a story paragraph."""
    text = ln.text
    if not text.endswith(")") or len(text) > 40 or ln.index + 1 >= len(lines):
        return False
    after = lines[ln.index + 1]
    if not after.prose or after.words < 12:
        return False
    orgs = organisations()
    name = orgs.lookup(text[1:-1].strip())
    return name is not None and orgs.kinds.get(name) == "broadcaster"


# What a post quoted in the story holds ('WATCH: Jo Li speaks https://t.co/x pic.twitter...').
_POST_MARKS: Final = ("http", "pic.twitter", "@")


def _labelled_text(ln: Line) -> bool:
    """A line opening with a lead-in label that is no media label: the page's headline
    ('WATCH: Mayor Says ...' first on the page), a post quoted in the story, which carries a
    link or a handle (its signature '— Name (@handle) date' follows). (A video's credit after
    its label is taken before: `video_maker`.)"""
    text = ln.text
    if len(text) <= 8 or not text[:6].lower().startswith(LEAD_IN_LABELS):
        return False  # a bare label, or none of these
    return ln.index == 0 or any(mark in text for mark in _POST_MARKS)


def video_maker(text: str) -> bool:
    """'Video: ANI', 'Video: Jo Li/Portvale Today', 'Video: Portvale TV', 'Video: PTV': the
    video's credit after its label (a video's title holds words in lower case)."""
    maker = text[6:].strip()
    return bool(
        credits.lone_organisation(maker)
        or ("/" in maker and credits.loose_credit(maker))
        or _MAKER_NAME.fullmatch(maker) is not None
    )


# A maker's name: two to four capitalised words (or a number: '9News Perth'), or initials.
_MAKER_NAME: Final = re.compile(
    r"[A-Z0-9][\w'’.&-]*(?: (?:[A-Z0-9][\w'’.&-]*|de|of|and|&)){1,3}|[A-Z]{2,6}"
)


def _is_slug(ln: Line) -> bool:
    """An agency photo slug of at most 14 words (`_SLUG` needs ' - ' twice: tried last, it
    backtracks through every shorter run of the line's first words)."""
    return ln.words <= 14 and " - " in ln.text and _SLUG.match(ln.text) is not None


# 'QUILL: What happens next?': a speaker named again in a transcript, by surname alone.
_LATER_SPEAKER: Final = re.compile(r"^[A-Z][A-Z'’-]++(?: [A-Z][A-Z'’-]++){0,3}+: \S")


def _later_speakers(lines: list[Line]) -> None:
    """In a transcript (a 'NAME, HOST:' label was found), lines that open with a speaker's
    capitalised name and a colon are what that speaker said: story lines, never a headline
    (outside a transcript, 'WATCH: ...' or 'PHOTOS: ...' open headlines)."""
    for ln in lines:
        if not ln.role and _LATER_SPEAKER.match(ln.text):
            ln.role, ln.rule = "body", "speaker_label"


_CLOCK: Final = re.compile(r"\b\d{1,2}:\d\d\b")
# A video's running time and its source, under its title ('02:14 - Source: CNN').
_VIDEO_SOURCE: Final = re.compile(r"\d{1,2}:\d\d(?::\d\d)? ?[-–—|] ?Source: (?P<org>.{2,40})")


def _wire_under_story(lines: list[Line], ln: Line) -> bool:
    """'... off Bunbury.' / 'Australian Associated Press' / the page's chrome: a wire's name
    under a long paragraph that shows no photo, nothing of the story after it, signs the
    story off (a republishing paper's form), not a photo's credit."""
    above = lines[ln.index - 1] if ln.index else None
    if above is None or not above.prose or above.words < 15 or not ln.text[:1].isupper():
        return False
    known = credits.lone_organisation(ln.text)
    if known is None or organisations().kinds.get(known) != "wire" or photo_cue(above):
        return False
    return all(x.role == "boilerplate" or x.words < 12 for x in lines[ln.index + 1 :])


def _station_signoff(lines: list[Line], ln: Line) -> bool:
    """'— KPVL' under the story's last paragraph, closing the page: a station the table lacks
    signs its story as the table's do ('— WRAL'). The dash asks for it: call letters alone
    under a story may be anything's initials ('KCCA' under 'Tags:')."""
    above = lines[ln.index - 1] if ln.index else None
    if above is None or not above.prose or ln.index != len(lines) - 1:
        return False
    return station_outlet(ln.text.lstrip("—–- ").rstrip(".")) is not None


def _video_source(text: str) -> bool:
    found = _VIDEO_SOURCE.fullmatch(text)
    return found is not None and credits.lone_organisation(found.group("org")) is not None


_QUOTES: Final = frozenset('“”"')


def _newsletter_boxes(lines: list[Line]) -> None:
    """A sign-up box's own words between two of its lines the rules know ('Sign up for the
    Politics Briefing newsletter' / 'Your daily guide to ...' / 'SIGN UP', or a list of
    newsletters, each a name over its blurb, between 'Newsletters' and 'Sign Up'): up to
    four short lines (20 words at most, no one's words reported), with at most one other
    line of chrome beside them, are chrome too. A story line has prose on one side at least,
    rarely the box's lines on both."""
    marks = [ln.index for ln in lines if ln.rule == "newsletter"]
    for above, below in pairwise(marks):
        inside = lines[above + 1 : below]
        words = [ln for ln in inside if not ln.role]
        if not words or len(words) > 4 or len(inside) - len(words) > 1:
            continue
        if any(
            ln.words > 20 or not _QUOTES.isdisjoint(ln.text) or SPEECH.search(ln.text)
            for ln in words
        ):
            continue  # a blurb is short, and reports no one's words
        for ln in words:
            ln.role, ln.rule = "boilerplate", "newsletter_box"


def _teaser_cards(lines: list[Line]) -> None:
    """'by Jo Li - Jul 15, 2018 2:39 pm' / a teaser / 'Jul 15, 2018 2:39 PM': the card of a
    related story, whose byline's stamp the card repeats under the teaser. Neither that
    byline nor that stamp is this story's, nor the card's headline on the line above them
    (a sidebar that the page shows above its story: the same line tops unrelated stories)."""
    for at in range(2, len(lines)):  # from the closing stamp: date lines are few
        stamp = lines[at]
        if stamp.role != "date":
            continue
        ln, teaser = lines[at - 2], lines[at - 1]
        if not ln.text.startswith(("by ", "By ", "BY ")) or ln.role not in ("", "byline"):
            continue
        if teaser.role in ("byline", "date"):
            continue
        day, clock = find_date(ln.text), _CLOCK.search(ln.text)
        if day is None or clock is None or find_date(stamp.text) != day:
            continue
        if clock.group(0) not in stamp.text:
            continue
        for card in (ln, teaser, stamp):
            card.role, card.rule = "boilerplate", "teaser_card"
        head = lines[at - 3] if at >= 3 else None
        if head and not head.role and 2 <= head.words <= 20 and not full_stop_end(head.text):
            head.role, head.rule = "boilerplate", "teaser_card"  # the card's headline


def _poll_questions(lines: list[Line]) -> None:
    """'Should the harbour close on Sundays?' / 'Question of the Day': a reader poll's
    question beside its label (a `poll` rule of the boilerplate table) is the poll's, not the
    story's deck or a paragraph."""
    for at, ln in enumerate(lines):
        if ln.rule != "poll":
            continue
        for near in lines[max(0, at - 1) : at + 2 : 2]:
            if not near.role and near.text.endswith("?") and near.words <= 30:
                near.role, near.rule = "boilerplate", "poll"


# A label over the authors' names and posts (The Conversation's 'Authors' / 'Jo Li' /
# 'Associate Professor of X, Portvale University' / ...), looked for near the top only.
_AUTHOR_LABELS: Final = frozenset({"Author", "Authors", "About the author", "About the authors"})
MAX_AUTHOR_LABEL: Final = 60


def _author_block(lines: list[Line], label: Line) -> None:
    """The names under the label are bylines and their posts chrome, to the first line that
    is neither (a name: a person's two to four words; a post: a job or a body, `_POST_LINE`)."""
    names: list[Line] = []
    posts: list[Line] = []
    for ln in lines[label.index + 1 : label.index + 13]:
        if ln.role:
            break
        if ln.words <= 4 and person_name(ln.text) == ln.text:
            names.append(ln)
        elif names and ln.words <= 20 and _POST_LINE.search(ln.text):
            posts.append(ln)
        else:
            break
    if not names:
        return
    label.role, label.rule = "boilerplate", "author_label"
    for ln in names:
        ln.role, ln.rule = "byline", "author_block"
    for ln in posts:
        ln.role, ln.rule = "boilerplate", "author_post"


_POST_LINE: Final = re.compile(
    r"\b(?:Professor|Lecturer|Researcher|Fellow|Director|Dean|Chair|Scientist|Student|"
    r"Candidate|Editor|Reporter|Correspondent|Writer|Journalist|Analyst|Economist|University|"
    r"College|Institute|School)\b"
)


def _linked_stories(lines: list[Line], labels: list[int]) -> None:
    """'Read More' / 'Related Stories' alone on a line below the story's first paragraph, then
    the linked stories' headlines (short lines without a full stop, each a link): the list is
    page chrome, up to the next line that reads as prose, a stamp or a byline. A short line
    right over the story's next paragraph is its subheading ('Here come the generals')."""
    story_from = next((x.index for x in lines if x.prose and x.words >= 20), len(lines))
    for at in labels:
        ln = lines[at]
        if ln.rule != "see_also" or ln.words > 6 or ":" in ln.text.rstrip(":"):
            continue
        if at < story_from:
            continue  # over the story, the label's neighbour may be the headline
        # Under the story's end, a linked headline may close with a full stop too ('Snowpack
        # outlook is mixed. Here's what forecasters expect.'): the story has no paragraph left
        # to take for one.
        ended = _list_then_chrome(lines, at)
        for item in lines[at + 1 : at + 9]:
            if not item.role and _section_kicker(item):
                item.role, item.rule = "boilerplate", "see_also"  # 'LOCAL' over a link
                continue
            if item.rule == "see_also" and item.words <= 6:
                continue  # the next list's label ('Most Read' / 'Most Recent')
            if (
                item.rule == "by_prefix"
                and item.index - 1 > at
                and item.words <= 5
                and lines[item.index - 1].rule == "see_also"
            ):
                # 'By Jo Li' under a linked headline: the linked story's byline
                item.role, item.rule = "boilerplate", "see_also"
                continue
            if item.role or not 3 <= item.words <= 20 or item.opening_dateline:
                break
            if item.glued_split or (
                not ended
                and item.text.rstrip("\"”’')")[-1:] in ".:"
                and not headline.title_case_sentences(item)
            ):
                # a sentence, or a caption with its credit: the story goes on (a headline in
                # Title Case may end in a full stop: 'Wells Run Dry. Farmers Drill Deeper.')
                break
            nxt = lines[item.index + 1] if item.index + 1 < len(lines) else None
            if item.words < 7 and nxt is not None and not nxt.role and _sentence(nxt):
                break  # a subheading over the story's next paragraph
            item.role, item.rule = "boilerplate", "see_also"


def _list_then_chrome(lines: list[Line], at: int) -> bool:
    """Whether page chrome (a comment box, a footer) follows the list under the label at
    `at` before any line of 20 words or more, or any line of the story's (a byline, a closing
    credit): the label stands under the story's end."""
    for x in lines[at + 1 : at + 12]:
        if x.role and x.rule != "see_also":
            return x.role == "boilerplate"
        if not x.role and x.words >= 20:
            return False
    return False


def _section_kicker(ln: Line) -> bool:
    """A linked story's section over its headline: a word or three in capitals ('LOCAL',
    'POLITICS & GOVERNMENT') or one capitalised word ('Environment')."""
    if ln.words > 3 or not ln.text[:1].isupper():
        return False
    return ln.text.isupper() or (ln.words == 1 and ln.text.isalpha())


def _sentence(ln: Line) -> bool:
    """A paragraph's line: prose ending as a sentence does (a linked headline does not)."""
    return ln.prose and SENTENCE_END.search(ln.text) is not None


# 'skip past newsletter promotion' ... 'after newsletter promotion': the Guardian marks the
# promotion's start and end for screen readers.
_SKIP_PAST: Final = re.compile(r"(?i)^skip past (.{3,40})$")


def _skipped_blocks(lines: list[Line], labels: list[int]) -> None:
    """The lines between a 'skip past X' link and its 'after X' mark are the promotion X."""
    for at in labels:
        found = _SKIP_PAST.match(lines[at].text)
        if found is None:
            continue
        end_mark = f"after {found.group(1)}".casefold()
        end = next(
            (x.index for x in lines[at + 1 : at + 30] if x.text.casefold() == end_mark), None
        )
        if end is None:
            continue
        for x in lines[at : end + 1]:
            x.role, x.rule = "boilerplate", "promotion"


def _end_at_footer(lines: list[Line], footers: list[int]) -> None:
    """A comment form or copyright line ends the article once the story has begun (some prose
    under the headline, photo captions aside): what follows it is page furniture. Above the
    story it ends nothing, nor over a byline a few lines down (a comment link beside it, with
    the lead photo maybe between: 'Comment' / 'Save' / caption / 'By Jo Li')."""
    title_at = next((ln.index for ln in lines if ln.role == "title"), -1)
    head_at = title_at  # (the headline printed twice: its deck under the second copy)
    while 0 <= head_at < len(lines) - 1 and lines[head_at + 1].rule == "repeated_title":
        head_at += 1
    for at in footers:
        if at <= title_at or any(x.role == "byline" for x in lines[at + 1 : at + 5]):
            continue  # a 'Comment' link above the byline is page chrome above the story
        stamp = next((x for x in lines[max(0, at - 3) : at] if x.role in ("byline", "date")), None)
        if stamp is None:
            # the stamp over a row of buttons ('5 min read' / 'Share' / 'Save' / 'Comments')
            above = next(
                (x for x in reversed(lines[max(0, at - 8) : at]) if x.role != "boilerplate"), None
            )
            stamp = above if above is not None and above.role in ("byline", "date") else None
        # (the line right under the headline may be its deck)
        if stamp is not None and not any(_story_prose(x) for x in lines[head_at + 2 : at]):
            continue  # ... and so is one under the byline or the stamp, over the story
        begun = [ln for ln in lines[title_at + 1 : at] if _story_prose(ln)]
        # (one short line under the byline is the author's tagline, 'I write about ...',
        # over a comment link among the share buttons: the story has not begun; nor has it
        # when one line, the deck, stands over 'Share' / 'Comments' / the byline and stamp)
        if len(begun) == 1 and any(x.role == "date" for x in lines[at + 1 : at + 6]):
            continue
        if len(begun) > 1 or (begun and begun[0].words >= 25):
            for ln in lines[at + 1 :]:
                if not ln.role:
                    ln.role, ln.rule = "boilerplate", "after_footer"
            return


def _story_prose(ln: Line) -> bool:
    """An undecided prose line that is no photo caption ('In this file photo ...', a caption
    with its credit glued on): the story has begun."""
    if ln.role or not ln.prose or file_photo(ln.text):
        return False
    return ln.glued_split is None
