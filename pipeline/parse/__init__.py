"""Parse stage: raw article text to an article record that follows the field guide.

`parse_table` is the stage function: an Arrow table of ingested records in, a table of parsed
articles and a table of rejects out. It never raises on input content.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import re
from collections.abc import Iterator
from typing import Any, Final

import pyarrow as pa

from pipeline.parse import (
    attribution,
    bylines,
    credits,
    credits_glued,
    date_order,
    dateline,
    headline,
    knowledge,
    outlet_cues,
    own_name,
    quality,
    roles,
    roles_bylines,
)
from pipeline.parse.dates import find_date
from pipeline.parse.knowledge import is_place, organisations
from pipeline.parse.lines import Line, Roles
from pipeline.parse.media_labels import media_labels
from pipeline.parse.names import opens_with_given_name, person_name
from pipeline.parse.roles_captions import VIDEO_DATE
from pipeline.parse.words import has_digit
from schemas import ARTICLE_SCHEMA, REJECT_SCHEMA
from schemas.checks import UNKNOWN_AGENCY_FLAG, UNKNOWN_OUTLET_FLAG

DEDUP_COLUMNS: Final = ("cluster_id", "duplicate_of", "similarity", "method")
# A parsed shard: the article columns, without the raw text (validate reads a reject's text
# from the ingested shard; copying every text here doubled the parsed folder's size).
PARSED_SCHEMA: Final = ARTICLE_SCHEMA
# True in the mypyc build (`make compiled`, setup.py), where a module's file is its .so.
COMPILED: Final = not __file__.endswith(".py")
_VIDEO_LABEL: Final = re.compile(r"(?i)\b(?:video|watch|play)\b")


def parse_text(
    text: str, meta_title: str | None = None, publisher: str | None = None
) -> dict[str, Any]:
    """The field-guide fields of one article text (no provenance, no ids).

    `meta_title` and `publisher` come from input metadata; they help find the headline and
    cut a site name off it, and are never copied into the parsed fields.
    """
    with knowledge.pinned():
        return _parse_text(text, meta_title, publisher)


def _parse_text(text: str, meta_title: str | None, publisher: str | None) -> dict[str, Any]:
    bylines.forget_bylines()  # one article's lines at a time: no reuse across articles
    result = roles.classify(text, meta_title)
    lines = result.lines
    title_line = next((ln for ln in lines if ln.role == "title"), None)
    if title_line is None:
        title = meta_title or ""
    else:
        title = result.title or headline.title_text(title_line, publisher)
    body_lines = result.of("body")
    paragraphs = _paragraphs(body_lines)
    body = "\n\n".join(paragraphs)
    media = _media(lines)

    first = body_lines[0].text if body_lines else ""
    found_dateline = body_lines[0].opening_dateline if body_lines else None
    if found_dateline is None and body_lines and len(body_lines) > 1:
        # the tag may stand alone under an opening author bio ('(CNN)')
        tagged = (
            dateline.tagged_alone(ln.text) or dateline.bare_tag(ln.text) for ln in body_lines[1:3]
        )
        found_dateline = dateline.alone(first) or next((d for d in tagged if d), None)
    if found_dateline is None and body_lines:
        found_dateline = _dateline_above(lines, body_lines[0])
    if (
        found_dateline is None
        and len(body_lines) > 1
        and body_lines[0].words <= 30
        and not first.endswith((":", "...", "…"))  # (a lead-in to a quote, a cut teaser)
        and body_lines[1].words >= 15  # (a quoted post's 'PORTVALE: Mayor says ...')
        and _TABLE_ROW.match(body_lines[1].text) is None
    ):
        # a deck or a caption without its credit, taken for the story's first line, over the
        # paragraph that opens with the dateline ('Officials tour the new depot on Monday.' /
        # 'PORTVALE, June 30 (PVN) – ...'): datelines open a story
        found_dateline = body_lines[1].opening_dateline

    reporters: list[str] = []
    outlets: list[str] = []
    posted: list[str] = []  # organisations that only posted the story
    own = own_name.page_names(lines)
    if found_dateline and found_dateline.wire:
        # a dateline's tag the table lacks: the page's own name, a paper's, a call sign
        # ('SAN JOSE, Costa Rica (Tico Herald) -', 'SPRINGFIELD, Mo. (KOLR) -')
        tag = found_dateline.wire
        outlets.append(
            outlet_cues.spelled_out(tag, lines)
            or outlet_cues.wire_outlet(tag)
            or own_name.named(tag, own)
            or outlet_cues.unknown_tag_outlet(tag)
            or ""
        )
    elif found_dateline is None and first:
        placeless = dateline.placeless_wire(first)
        outlets.append(
            (placeless and outlet_cues.spelled_out(placeless, lines))
            or outlet_cues.wire_outlet(placeless)
            or ""
        )
    for ln in result.of("byline"):
        if ln.rule == "lower_case_byline":
            reporters += bylines.lower_case_people(ln.text)
            continue
        text = ln.text
        if ln.rule == "glued_organisation":
            text = roles_bylines.glued_organisation(text) or text
        elif ln.rule == "stamp_then_byline":
            text = roles_bylines.byline_after_stamp(text)
        elif ln.rule == "organisation_staff":
            outlets.append(roles_bylines.organisation_staff(text) or "")  # 'By 10News Staff'
        elif ln.rule == "organisation_bar_by" and (
            barred := roles_bylines.organisation_bar_by(text)
        ):
            org, text = barred  # 'WFAE | By Jo Li': the station signs with its reporter
            outlets.append(organisations().lookup(org) or org)
        elif ln.rule == "organisation_byline" and "@" in text:
            # 'The Local (news@thelocal.se)': the desk signs with its address
            outlets.append(outlet_cues.desk_byline(text) or "")
            continue
        names, orgs = bylines.byline_people(text)
        reporters += names
        if not names and ln.text[:9].casefold() == "posted by":
            posted += orgs  # 'Posted by Portvale Observer': the account that put it up, weak
        elif ln.rule == "source_line":
            # ('Source: Getty Images' under a caption: the photo's source)
            outlets += [org for org in orgs if outlet_cues.makes_stories(org)]
        else:
            outlets += orgs
        if ln.rule == "name_organisation_post":  # 'Jo Li, RNZ Pacific Journalist'
            outlets.append(roles_bylines.name_organisation_post(text) or "")
        elif ln.rule == "site_byline":  # 'NorthJersey.com' under the reporter's name
            outlets.append(organisations().lookup(text) or text)
    if not reporters and all(ln.role != "byline" for ln in lines):
        # 'Wednesday, 12 March 2025 | Jo Li | Portvale': the reporter between a stamp's bars
        reporters += _stamp_people(result.of("date"))
    masthead_signed = own_name.masthead_bylines(lines, result.of("byline"))
    outlets += masthead_signed
    reporters = [n for n in reporters if n not in masthead_signed]
    for block in media if own else ():
        # '(Picture: Portvale Today)' on its own page: the paper's picture, no person's
        house = [p for p in block["photographers"] if own_name.named(p, own)]
        if house:
            block["photographers"] = [p for p in block["photographers"] if p not in house]
            block["agencies"] += [p for p in house if p not in block["agencies"]]
    if own:
        # 'By Myanmar Now', 'Jo Li, Columbian staff writer': the page's own name signs
        outlets += [n for n in reporters if own_name.named(n, own)]
        reporters = [n for n in reporters if not own_name.named(n, own)]
        outlets += [own_name.staff_name(ln.text, own) or "" for ln in result.of("byline")]
        outlets += [own_name.byline_part(ln.text, own) or "" for ln in result.of("byline")]
        outlets += [
            own_name.staff_line(lines[ln.index + 1].text, own) or ""
            for ln in result.of("byline")
            if ln.index + 1 < len(lines) and lines[ln.index + 1].role in ("boilerplate", "byline")
        ]
    outlets.append(_signed_under_title(lines, own) or "")
    if ", BYLINE:" in body:
        reporters += attribution.transcript_reporters(paragraphs)
    reporters += attribution.closing_credit_people(body)
    bio_people, bio_outlet = attribution.closing_bio(paragraphs)
    reporters += bio_people
    signed_people, signed_station = attribution.tv_signoff(paragraphs)
    reporters += signed_people
    outlets.append(signed_station or "")
    if not reporters and not result.of("byline"):
        # the deck: the standfirst, or the first paragraph where the page sets none apart
        decks = result.of("standfirst")
        deck = decks[0].text if decks else (paragraphs[0] if paragraphs else None)
        reporters += attribution.headline_author(title, deck, paragraphs)
    texts = [ln.text for ln in lines]  # every line, chrome included
    reporters += attribution.follow_note_people(texts)
    for maybe_outlet, person in attribution.contributors(body):
        reporters.append(person)
        outlets.append(maybe_outlet or "")
    kept = [ln.text for ln in lines if ln.role != "boilerplate"]
    notes = _notes_under(lines, body_lines[-1].index) if body_lines else []
    # (or the line right under the story that the rules took for chrome: '(NAN)(www.nannews.ng)'
    # over the editors' initials)
    outlets.append(outlet_cues.signoff_outlet(kept) or outlet_cues.signoff_outlet(notes[:1]) or "")
    if len(notes) == 2 and person_name(notes[0]) == notes[0]:
        # 'Jo Li' / 'Australian Associated Press' under the story: the reporter and the wire
        outlets.append(outlet_cues.signoff_outlet(notes[1:]) or "")
    notes += [ln.text for ln in lines if ln.rule == "republished_note"]
    outlets.append(outlet_cues.republished_outlet(paragraphs, notes) or "")
    # ('(Source: Fena)'; not a photo's source under its caption)
    noted = [ln.text for ln in lines[-40:] if ln.role != "credit"]
    outlets.append(outlet_cues.source_outlet(noted) or "")
    # The sign-off closes the story, but a page may set it apart like chrome: read all lines.
    outlets.append(outlet_cues.with_wires_outlet(texts, publisher) or "")
    contacts = [ln.text for ln in lines if ln.rule == "contact_note"]
    outlets.append(outlet_cues.contact_outlet(contacts) or "")
    outlets.append(bio_outlet or "")
    outlets.append(outlet_cues.stamp_outlet([ln.text for ln in result.of("date")]) or "")
    # A paper the organisations table lacks, named where bylines name organisations: weaker
    # than every cue of the table, which knows its canonical name.
    # ('Business Journal Staff Writer' on the Napa Valley Business Journal's page: its paper)
    outlets += [
        (own_name.ending_in(p, own) or p) if p else ""
        for p in _byline_papers(lines, result.of("byline"))
    ]
    outlets += posted
    chrome = [ln.text for ln in lines if ln.role == "boilerplate"]  # menus, footers
    outlets.append(attribution.bio_employer(texts, reporters, chrome) or "")
    video_outlets = [
        c
        for m in media
        if m["kind"] == "video"
        for c in m["agencies"][:1]
        if organisations().kinds.get(c) == "broadcaster"
    ]
    # "CBS News’ Haley Ott reported" credits a reporter of this story only when another cue
    # (byline, wire tag, sign-off, a credit) names the same organisation: otherwise it is
    # as likely a rival outlet's journalist cited in the story.
    corroborated = {o for o in outlets if o} | {a for m in media for a in m["agencies"]}
    attributed = attribution.in_text_people(body, lambda org: own_name.named(org, own))
    # Journalists of two or more organisations credited in the text: a roundup of others'
    # reporting ('Reuters's A reported ... AP's B reported'), none of them this story's.
    one_outlet = len({outlet for outlet, _ in attributed}) == 1
    for outlet, person in attributed if one_outlet else ():
        if outlet in corroborated or own_name.named(outlet, own):  # (the page's own journalist)
            reporters.append(person)
            outlets.append(outlet)
    outlets += video_outlets
    copyright_lines = [ln.text for ln in lines if ln.rule == "copyright"]
    copyright = outlet_cues.copyright_outlet(copyright_lines)
    if any(ln.rule == "speaker_label" for ln in body_lines):
        # A transcript: the reporter a host talks to ("That's NPR's Kim Bo"), when the text
        # or the site names the same organisation as the story's.
        own_outlets = corroborated | {copyright, knowledge.publisher_organisation(publisher)}
        for outlet, person in attribution.interviewed_reporters(paragraphs):
            if outlet in own_outlets:
                reporters.append(person)
                outlets.append(outlet)
    outlets.append(copyright or "")
    outlets.append(own_name.self_report(paragraphs, own) or "")
    outlets.append(own_name.published_in(texts, own) or "")
    if not any(outlets) and any(
        ln.words <= 2 and ln.text.casefold() in outlet_cues.BARE_STAFF_POSTS
        for byline in result.of("byline")
        for ln in lines[byline.index + 1 : byline.index + 3]
    ):
        # 'Jo Li' / 'Staff writer': the paper of the site's copyright notice
        outlets.append(outlet_cues.staff_notice_outlet(copyright_lines) or "")
    if not any(outlets):
        site_own = outlet_cues.own_organisations(chrome, publisher)
        agencies = [a for m in media for a in m["agencies"]]
        outlets.append(outlet_cues.house_photo_outlet(agencies, site_own, chrome) or "")
        outlets.append(outlet_cues.station_photo_outlet(agencies, copyright_lines) or "")
        outlets.append(outlet_cues.told_outlet(paragraphs, site_own) or "")
    if not any(outlets):
        # ('Cape Argus' under the story, 'THE MERCURY' closing it: the paper, on a portal's
        # page; weaker than every other cue, stronger than the masthead)
        closing = [p for p in paragraphs[-1:] if p.count(" ") < 5]
        outlets.append(outlet_cues.paper_signoff(closing + notes) or "")
    if (
        not any(outlets)
        and (reporters or not outlet_cues.source_note(texts))
        and not any(ln.rule == "about_outlet" for ln in lines)
        # ('With files from The Canadian Press': the paper's story written from a wire's copy,
        # or the wire's story: no masthead decides)
        and outlet_cues.files_from_outlet(texts[-40:]) is None
    ):
        # (a note on the service that supplied the story, 'The Local Democracy Reporting
        # Service is ...', says the masthead's paper did not make it; an unsigned story may
        # come from elsewhere, 'Source - The Portvale Chronicle', and then the note decides)
        outlets.append(own_name.masthead_outlet(lines, own, signed=bool(reporters)) or "")

    known = organisations().names
    for block in media if own else ():
        # ('Chieftain file photo' on The Pueblo Chieftain's page: after the outlet cues, which
        # read the agencies as credited)
        block["agencies"] = [own_name.paper_of_short_name(a, own, known) for a in block["agencies"]]

    flags: list[str] = []
    if not body:
        flags.append("no_body")
    if not title:
        flags.append("no_title")
    if body and quality.glued_words(body):
        flags.append("glued_words")
    if quality.truncated(credits_glued.without_signoff(_story_end(body, body_lines))) or any(
        ln.rule == "paywall" for ln in lines
    ):
        flags.append("truncated")  # ('... said. REUTER' ends a story; a paywall cuts it)
    if any(a not in known for m in media for a in m["agencies"]):
        flags.append(UNKNOWN_AGENCY_FLAG)  # a credit names an organisation the table lacks
    story_outlet = next((o for o in outlets if o), None)
    if story_outlet and own and story_outlet not in known and story_outlet.isupper():
        # ('THE PORTVALE AGE. | JO LI' on The Portvale Age's page: its name as it writes it)
        story_outlet = own_name.named(story_outlet.rstrip("."), own) or story_outlet
    if story_outlet and own:
        # ('Eagle staff writer' on the Butler Eagle's page: the paper by a one-word short name)
        story_outlet = own_name.paper_of_short_name(story_outlet, own, known)
    if story_outlet is not None and story_outlet not in known:
        flags.append(UNKNOWN_OUTLET_FLAG)  # a paper the table lacks, as the text names it
    language = quality.language(body) if body else None
    if language and language != "en":
        flags.append("non_english")

    return {
        "title": title,
        "body": body,
        "dateline_place": found_dateline.place if found_dateline else None,
        # (the page's own name read as a person anywhere: 'Follow Virginia Mercury on X')
        "reporters": list(dict.fromkeys(n for n in reporters if not own_name.named(n, own))),
        "outlet": story_outlet,
        "published": _published(result, publisher) or _dateline_day(found_dateline),
        "media": media,
        "boilerplate": [{"text": ln.text, "rule": ln.rule} for ln in result.of("boilerplate")],
        "line_roles": result.physical_roles(),
        "quality_flags": flags,
        "language": language,
    }


def _dateline_above(lines: list[Line], first: Line) -> dateline.Dateline | None:
    """'Jo Li, AP' / 'July 14, 2018 04:22 PM' / 'PORTVALE' / the story: the dateline that a
    page set on its own line between the date stamp and the first paragraph."""
    i = first.index
    if i < 2 or lines[i - 1].role != "boilerplate" or lines[i - 2].role not in ("date", "byline"):
        return None
    return dateline.bare(lines[i - 1].text)


# A table's row, not a paragraph: a word in capitals, a dash, then a number ('WHEAT - 2,602,000
# bushels ...').
_TABLE_ROW: Final = re.compile(r"\s*[A-Z][A-Z .,'’&-]*\s[-–—:]\s+\d")


def _stamp_people(stamps: list[Line]) -> list[str]:
    """The parts of date stamps set off by bars that are a person's name, a given name of the
    table first (a stamp's place or desk is none)."""
    people = []
    for ln in stamps:
        if " | " not in ln.text:
            continue
        for part in ln.text.split(" | "):
            part = part.strip()
            if (
                1 <= part.count(" ") <= 3
                and opens_with_given_name(part)
                and person_name(part) == part
                and not is_place(part)
            ):
                people.append(part)
    return people


def _dateline_day(found: dateline.Dateline | None) -> dt.date | None:
    """The day a dateline prints with its year ('PORTVALE (22 Mar 2025) – ...'), where no
    stamp dates the story."""
    return find_date(found.day) if found is not None and found.day else None


def _published(result: Roles, publisher: str | None) -> dt.date | None:
    """The first stamp's date; but when it dates an update ('Update on January 30, 2024:',
    'Updated' / 'July 16, 2018 at 7:08 AM') and a later stamp says when the story was first
    published or posted, that one. A stamp over the headline is the site's date of the day
    in its masthead ('Wednesday, 16 April 2025' / menu / headline / 'Reuters, Tuesday 15 Apr
    2025') where a stamp under the headline, not an update's, dates the story. A numeric
    date reads in the page's own order (`date_order`)."""
    dated: list[tuple[dt.date, str]] = []  # each stamp's date, with its label
    label = ""  # a label alone over its stamp ('Updated', '; Posted')
    lines = result.lines
    heading = next((ln.index for ln in lines if ln.role == "title"), 0)
    if heading and any(ln.role == "date" for ln in lines[:heading]):
        # (a byline's stamp under the headline too: 'JO LI / March 12, 2025')
        under = (ln for ln in lines[heading + 1 :] if ln.role in ("date", "byline"))
        if any(find_date(ln.text) and not _UPDATE.search(ln.text) for ln in under):
            lines = lines[heading + 1 :]
    stamps = [ln.text for ln in lines if ln.role in ("date", "byline")]
    first = None
    if date_order.ambiguous(stamps):
        story = next((ln.text for ln in lines if ln.role == "body"), "")
        first = date_order.day_first(stamps, story, publisher)
    for ln in lines:
        if ln.role not in ("date", "byline"):
            label = ""
            continue
        found = find_date(ln.text, first)
        if found is None:
            label = ln.text
            continue
        dated.append((found, f"{label} {ln.text}"))
        label = ""
        if not _UPDATE.search(dated[0][1]):
            return dated[0][0]  # most pages: the first stamp, no update
    for found, text in dated[1:]:
        if _FIRST_PUBLISHED.search(text):
            return found
    return dated[0][0] if dated else None


_UPDATE: Final = re.compile(r"(?i)\bupdated?\b")
_FIRST_PUBLISHED: Final = re.compile(r"(?i)\b(?:(?:originally |first )?published|posted)\b")


def _byline_papers(lines: list[Line], byline_lines: list[Line]) -> list[str]:
    """Papers the table lacks in a byline ('Jo Li | Portvale Sun Sentinel') or alone on the
    line beside it ('Jo Li' / 'The Portvale Australian' / the date stamp), and the paper
    whose staff signs under the headline ('Herald Reporter')."""
    found = [bylines.byline_paper(ln.text) or "" for ln in byline_lines]
    title_at = next((ln.index for ln in lines if ln.role == "title"), -1)
    if title_at >= 0:
        body_at = next(
            (ln.index for ln in lines[title_at + 1 : title_at + 9] if ln.role == "body"),
            title_at + 9,
        )
        # 'Herald Reporter' between the headline and the story: the paper's staff
        found += [
            bylines.staff_paper(ln.text) or ""
            for ln in lines[title_at + 1 : min(body_at, title_at + 8)]
            if ln.words <= 6
            and ln.text.endswith(bylines.STAFF_POSTS)
            and ln.role in ("boilerplate", "byline")
        ]
    for ln in byline_lines:
        for at in (ln.index + 1, ln.index - 1):
            if 0 <= at < len(lines) and lines[at].role in ("boilerplate", "byline"):
                found.append(bylines.paper_outlet(lines[at].text) or "")
    return found


def _signed_under_title(lines: list[Line], names: dict[str, str]) -> str | None:
    """'Headline' / 'Rio Times' / the date stamp: the page's own name where a byline stands,
    the story signed by its paper; or a wire's name so ('Headline' / 'APP' / the stamp)."""
    title_at = next((ln.index for ln in lines if ln.role == "title"), -1)
    if title_at < 0:
        return None
    story = False  # (a deck the body rules took may stand over the signature)
    for ln in lines[title_at + 1 : title_at + 7]:
        if ln.role in ("boilerplate", "byline") and ln.words <= 6:
            signed = own_name.signature(ln.text, names)  # 'Portvale Gazette report'
            if signed is not None:
                return signed
        if ln.words == 2 and ln.text[:3] == "By " and ln.text[3:] == lines[0].text.strip():
            return ln.text[3:]  # 'By Portvaleloaded' under the headline, the masthead's word
        story = story or ln.role == "body"
        if story:
            continue
        after = lines[ln.index + 1] if ln.index + 1 < len(lines) else None
        if (
            ln.role in ("boilerplate", "byline")
            and ln.words <= 5
            and after is not None
            and after.role in ("date", "byline")  # not the masthead under a page's title
        ):
            if own_name.named(ln.text, names) is not None:
                return ln.text
            wire = organisations().lookup(ln.text.strip())
            if wire is not None and organisations().kinds.get(wire) == "wire":
                return wire
        elif (
            ln.role == "boilerplate"
            and ln.words <= 5
            and lines[ln.index - 1].role == "date"
            and lines[ln.index - 2].role in ("byline", "boilerplate")
            and own_name.named(ln.text, names) is not None
            and any(own_name.fold_name(x.text) == own_name.fold_name(ln.text) for x in lines[:2])
            and not bylines.section_news(ln.text)
        ):
            # 'Jo Li' / the stamp / 'Portvale Star': signed under the stamp with the masthead's
            # name (not a section's: 'Local News')
            return ln.text
    return None


def _notes_under(lines: list[Line], last: int) -> list[str]:
    """The two lines under the story's last line that the story left out as too short to be
    prose ('First published by GroundUp.'): a republication note may stand there."""
    return [ln.text for ln in lines[last + 1 : last + 3] if ln.rule == "outside_body"]


def _paragraphs(body_lines: list[Line]) -> list[str]:
    """Body paragraphs as published (hard-wrapped lines were joined by `lines.unwrap`)."""
    return [t for t in (_without_glued_credit(ln) for ln in body_lines) if t]


def _without_glued_credit(ln: Line) -> str:
    if ln.glued_credit and ln.role == "body":
        split = ln.glued_split
        if split:
            return split[0]
    return ln.text


_CAPTION_LABEL: Final = re.compile(r"^(?:Image|Media) caption,?\s*")
_FIGURE_RULES: Final = ("before_signoff", "report_line", "short_report")


def _story_end(body: str, body_lines: list[Line]) -> str:
    """Where a cut-off story would show: the body's end (above its closing credit), or, when
    figures close it (an earnings report's 'Revs 8.4 mln vs 7.8 mln', a table, 'Pay April 15'
    over the sign-off), its last sentence-like line below the dateline's (a notice's
    'CHICAGO, June 29 - Qtly div 35 cts' heads a table): none in a report of figures alone."""
    final = body_lines[-1] if body_lines else None
    if final is not None and final.rule == "closing_credit":
        # 'Contributing: Jo Li' closes the story without a full stop: the story ends above it
        cut = body.rfind(final.text)
        return body[:cut] if cut > 0 else body
    if final is None or final.prose or final.rule not in _FIGURE_RULES:
        return body
    if final.rule != "before_signoff" and not (final.table_row or has_digit(final.text)):
        return body  # a short line without figures ends no report of figures
    prose = (ln.text for ln in reversed(body_lines) if ln.prose and not ln.opening_dateline)
    return next(prose, "")


# A video slug's label: 'WATCH: The vote in full' gives the slug 'The vote in full'.
_SLUG_LABEL: Final = re.compile(r"(?i)^(?:gallery|watch|video):\s*")


def _media(lines: list[Line]) -> list[dict[str, Any]]:
    """Photo and video blocks in order, from media labels, captions and credits."""
    blocks: list[dict[str, Any]] = []
    runs: list[int] = []  # per block: how many story lines came before it
    run = 0
    current: dict[str, Any] | None = None

    def open_block(kind: str = "photo") -> dict[str, Any]:
        block: dict[str, Any] = {
            "kind": kind,
            "slug": None,
            "caption": None,
            "credit": None,
            "photographers": [],
            "agencies": [],
        }
        blocks.append(block)
        runs.append(run)
        return block

    def give_credit(block: dict[str, Any], text: str) -> None:
        if credits.video_credit(text):
            block["kind"] = "video"
        read = credits.read(text)
        block["credit"] = read.credit
        block["photographers"] = list(read.photographers)
        block["agencies"] = list(read.agencies)

    glued: set[int] = set()  # blocks whose credit came glued to the caption
    toggled: set[int] = set()  # blocks opened by a 'toggle caption' button
    previous = ""  # the role of the last line that is not boilerplate
    for ln in lines:
        before, previous = previous, (previous if ln.role == "boilerplate" else ln.role)
        if ln.rule == "hidden_caption":
            continue  # the page repeats this block in full below its 'toggle caption' label
        if ln.rule == "repeated_caption":
            continue  # a copy of a caption line (above or below it): the same photo
        if ln.role == "media_label":
            current = open_block("video" if _VIDEO_LABEL.search(ln.text) else "photo")
            if ln.text.lower() == "toggle caption":
                toggled.add(id(current))
            if not media_labels().is_chrome(ln.text):
                slug = ln.text
                if ln.glued_split is not None and (
                    ln.glued_split[1].startswith("Video by")
                    or credits.credit_lead(ln.glued_split[1])
                ):
                    # 'WATCH: <what the video shows>. Video by Jo Li', 'VIDEO: <what it shows>.
                    # (Video courtesy of Portvale Fire)': its maker or giver, glued on
                    slug = ln.glued_split[0]
                    give_credit(current, ln.glued_split[1])
                current["slug"] = (
                    _SLUG_LABEL.sub("", slug)
                    if slug.lower().startswith(("watch:", "video:"))
                    else slug
                )
        elif ln.role == "caption":
            labelled = ln.rule == "caption_label"
            caption = ln.text
            if labelled:
                caption = _CAPTION_LABEL.sub("", caption)  # 'Image caption, ' off
            split = ln.glued_split if ln.glued_credit else None
            if split:
                caption = split[0]
            caption = credits_glued.without_photo_notes(caption)
            if caption.endswith("("):
                caption = caption[:-1].rstrip()  # '... in Portvale. (' over its credit line
            last = blocks[-1] if blocks and runs[-1] == run else None
            if ln.rule == "continued_caption" and last is not None and last["caption"]:
                # the caption's second line, which carries the photo's credit
                last["caption"] = f"{last['caption']} {caption}"
                if split:
                    give_credit(last, split[1])
                    glued.add(id(last))
                current = last
                continue
            if (
                last is not None
                and last["caption"] == caption
                and last["credit"] is None
                and ln.rule != "before_credit"
            ):
                # The page prints the caption twice in a row, the first copy uncredited: one
                # photo (the labels count every printed credit, so a credited copy, or one
                # over a credit line, stays a block of its own).
                current = last
                if split:
                    give_credit(last, split[1])
                    glued.add(id(last))
                continue
            credit_first = ln.rule in ("after_credit", "label_caption") or (
                labelled and before == "credit"
            )
            if credit_first and blocks and blocks[-1]["caption"] is None:
                current = blocks[-1]  # the credit came first ('Photo: X' under the headline)
            elif current is None or current["caption"] is not None or current["credit"]:
                current = open_block()
            if labelled and ln.text.startswith("Media"):
                current["kind"] = "video"
            if split:
                give_credit(current, split[1])
                glued.add(id(current))
            current["caption"] = caption
        elif ln.role == "credit":
            if current is not None and id(current) in glued and _repeats(current, ln.text):
                # The template repeats the glued credit on its own line ('... (AP Photo/Jo
                # Li)' then 'Jo Li'): one photo, the line's credit, what both name.
                read = credits.read(ln.text)
                current["credit"] = read.credit
                for key, found in (
                    ("photographers", read.photographers),
                    ("agencies", read.agencies),
                ):
                    current[key] += [x for x in found if x not in current[key]]
                current = None
                continue
            if current is None or current["credit"] is not None:
                current = open_block()
            first = credits.credit_then_caption(ln.text)
            give_credit(current, first[0] if first else ln.text)
            if first and current["caption"] is None:
                current["caption"] = first[1]  # 'Photo: Jo Li. A bus on Main Street.'
            current = None
        elif ln.role == "body" and ln.glued_credit:
            run += 1
            block = open_block()
            give_credit(block, ln.glued_credit)
            current = None
        elif ln.role in ("body", "title", "byline"):
            run += 1
            current = None
    blocks = _merge_repeats(blocks, runs, toggled)
    # A bare label ('Image 2 of 2', 'Photo', 'WATCH:') with no slug, caption or credit:
    # chrome of a photo or video the scrape lost. Media absent from the text get no entry
    # (the labelled pages give a prompt for a missing video none either).
    blocks = [b for b in blocks if b["slug"] or b["caption"] or b["credit"]]
    kinds = organisations().kinds
    for block in blocks:
        caption = block["caption"] or ""
        if (
            block["kind"] == "photo"
            and VIDEO_DATE.search(caption)
            and any(kinds.get(a) == "broadcaster" for a in block["agencies"])
        ):
            block["kind"] = "video"
    return blocks


def _merge_repeats(
    blocks: list[dict[str, Any]], runs: list[int], toggled: set[int]
) -> list[dict[str, Any]]:
    """One photo, one block: with no story line between them, a block that only repeats the
    credit of the block before it ('Jo Li | AP' twice over a caption), or an uncredited
    caption under a credit-only block, is part of that block. A block with a caption and a
    credit stands alone, even where the page repeats a credit or a whole block (the labels
    count each printed credit), but under a 'toggle caption' button, where the page prints
    the credit once more above the caption."""
    out: list[dict[str, Any]] = []
    last_run = -1
    for block, run in zip(blocks, runs, strict=True):
        before = out[-1] if out and run == last_run else None
        last_run = run
        if before is None:
            out.append(block)
        elif block["caption"] is None and block["credit"] in (None, before["credit"]):
            if block["kind"] == "video":
                before["kind"] = "video"
            before["slug"] = before["slug"] or block["slug"]
        elif (
            before["caption"] is None
            and before["credit"] is not None
            and (block["credit"] is None or id(before) in toggled)
            and block["credit"] in (None, before["credit"])
        ):
            before["caption"] = block["caption"]
            if block["kind"] == "video":
                before["kind"] = "video"
            before["slug"] = before["slug"] or block["slug"]
        else:
            out.append(block)
    return out


def _repeats(block: dict[str, Any], credit_line: str) -> bool:
    """Whether a credit line names only people the block's glued credit already named."""
    people = credits.read(credit_line).photographers
    return bool(people) and all(p in block["photographers"] for p in people)


def parse_record(record: dict[str, Any]) -> dict[str, Any]:
    """An ingested record (provenance + text) to a parsed article row."""
    fields = parse_text(record["text"], record.get("meta_title"), record.get("publisher"))
    flags = [*record.get("ingest_flags", []), *fields.pop("quality_flags")]
    return {
        "article_id": record["article_id"],
        "source_uri": record["source_uri"],
        "source_sha256": record["source_sha256"],
        "batch": record["batch"],
        "url": record.get("url"),
        "publisher": record.get("publisher"),
        "meta_authors": record.get("meta_authors") or [],
        "meta_published": record.get("meta_published"),
        "encoding": record["encoding"],
        **fields,
        "quality_flags": flags,
        "cluster_id": record["article_id"],
        "duplicate_of": None,
        "similarity": None,
        "method": None,
    }


@contextlib.contextmanager
def _cycle_collector_paused() -> Iterator[None]:
    """Python's cycle collector off while a table is parsed, then as it was. Parsing makes
    and drops millions of small objects (lines, matches, row dicts) in no reference cycle
    (a collection after a 10,000-row shard parsed with it off finds nothing to free); its
    passes over the live rows cost 2-4 % of `parse_table` (compiled build, 10,000-row shards
    of the 1M benchmark corpus, alternated in one process: medians 448 vs 468 and 451 vs 461
    µs per row)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def parse_table(records: pa.Table) -> tuple[pa.Table, pa.Table]:
    """Stage function: ingested records to parsed articles and parse rejects."""
    with _cycle_collector_paused():
        return _parse_rows(records)


def _parse_rows(records: pa.Table) -> tuple[pa.Table, pa.Table]:
    rows: list[dict[str, Any]] = []
    rejects: list[dict[str, Any]] = []
    for record in records.to_pylist():
        try:
            rows.append(parse_record(record))
        except Exception as exc:  # a parser bug must not lose the record
            rejects.append(
                {
                    "source_uri": record["source_uri"],
                    "source_sha256": record["source_sha256"],
                    "batch": record["batch"],
                    "stage": "parse",
                    "reason": "parse_error",
                    "detail": f"{type(exc).__name__}: {exc}",
                    "raw_text": record["text"],
                }
            )
    return (
        pa.Table.from_pylist(rows, schema=PARSED_SCHEMA),
        pa.Table.from_pylist(rejects, schema=REJECT_SCHEMA),
    )
