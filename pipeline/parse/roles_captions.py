"""Caption passes: which lines describe a photo or video, found from their credits and labels.

A credit line marks the caption above (or, under a headline, below) it; a media label the line
after it; a credit glued to a sentence makes that sentence a caption unless it opens the story.
"""

from __future__ import annotations

import re
from typing import Final

from pipeline.parse import bylines, credits, credits_glued, headline, own_name
from pipeline.parse.credits_glued import SCENE_VERB, SPEECH
from pipeline.parse.dates import find_date, is_date_line
from pipeline.parse.knowledge import is_place, organisations
from pipeline.parse.lines import SENTENCE_END, Line, Roles
from pipeline.parse.names import opens_with_given_name, person_name
from pipeline.parse.words import whole_word

VIDEO_DATE: Final = re.compile(r"\((?:[A-Z][a-z]+\.? \d{1,2}(?:, \d{4})?)\)\s*$")
# Wire-photo captions announce themselves: 'FILE - In this Nov. 11, 2017 file photo, ...'.
_FILE_PHOTO: Final = re.compile(
    r"(?i)^(?:file\s*(?:photo)?\s*[-–—:]\s+|in this\b[^.]{0,80}\b"
    r"(?:file )?(?:photo|image)\b)"
)


# '... at New Delhi railway station. (File photo)': the note Indian papers close a caption
# with in place of a credit; '... eastern suburbs. (File)' and '... in March (file image)'
# (no full stop before a two-word note) are the same note.
_PHOTO_NOTE: Final = re.compile(
    r"(?i)(?:[.!?”\"]\s*\((?:(?:file|representative|representational|archive)?\s?"
    r"(?:photo|image|picture|pic)s?(?: for representation)?|file)"
    r"|\s\((?:file|stock|archive) (?:photo|image|picture|pic)s?)\)$"
)

# A caption that names who it shows, the Mail's way: 'Jo Li, 81, (pictured) was walking home
# when ...' or 'Jo Li (left) with her sister', closed without a full stop; a story sentence
# that says '(pictured)' ends with one.
_PICTURED: Final = re.compile(
    r"\((?:pictured(?:,? (?:left|right|centre|center|above|below|top|bottom|in \d{4}))?"
    r"|left|right|centre|center)\)"
)


def photo_note(text: str) -> bool:
    """Whether a photo note closes the text: a caption without its credit (searched in the
    last 60 characters only)."""
    return _PHOTO_NOTE.search(text, len(text) - 60) is not None


def pictured_caption(text: str) -> bool:
    """Whether the text is a caption in the Mail's form (see `_PICTURED`)."""
    return text[-1:].isalnum() and "(" in text and _PICTURED.search(text) is not None


def file_photo(text: str) -> bool:
    """Whether the text opens as a wire photo's caption does. Most lines open with another
    letter than 'f' or 'i' (a regex call saved); a non-ASCII one keeps the pattern ('ı' is
    'i' case-insensitively)."""
    head = text[:1]
    return (head in "fFiI" or not head.isascii()) and _FILE_PHOTO.match(text) is not None


# A lead-in label for the embed below it ('WATCH:', 'VIDEO: <the video's title>'): the player
# holds the embed's text, which a scrape loses, so the line after it is the story again.
LEAD_IN_LABELS: Final = ("watch:", "video:")


_CREDITED_CAPTION_RULES: Final = ("before_credit", "after_credit")
# 'Main image credit: Jo Li/PAP', 'Top photo: ...', '(Photo source: Inquam Photos/Jo Li)':
# the credit of the page's lead photo, which a page may print under the story, far from the
# photo: the line above it is no caption.
LEAD_IMAGE_LABEL: Final = re.compile(
    rf"(?i)^[(\[]?\s*(?:{credits.LEAD_PHOTO}) (?:image|photo|picture)\b"
    r"|^\(\s*(?:image|photo|picture) source\s*:"
)


def signoffs_after(lines: list[Line], i: int) -> bool:
    """Whether the lines after line i, if any, are only a wire's sign-offs ('REUTER' then
    'Reuter' closing a Reuters story): there line i ends the story."""
    rest = lines[i + 1 :]
    return len(rest) <= 2 and all(credits.lone_organisation(ln.text) for ln in rest)


def ends_with_signoff(lines: list[Line], ln: Line) -> bool:
    """The story's last line with the wire's sign-off glued to it ('... Inc. REUTER', '...
    NIL. REUTER'): neither a credit line nor a caption with its credit."""
    if not credits_glued.signoff_end(ln.text):
        return False
    return signoffs_after(lines, ln.index) or _closes_story(lines, ln)


def _closes_story(lines: list[Line], ln: Line) -> bool:
    """'... after the announcement. REUTERS' under a paragraph, with only page chrome after it
    (no line long enough to be a paragraph): the Straits Times' wire sign-off glued to the
    story's last paragraph. The name in capitals only: a caption's credit is mostly in its
    agency's case ('... on Monday. Reuters'), and a caption mid-story has paragraphs after it."""
    if ln.words < 8 or not ln.text.rstrip(" .")[-2:].isupper() or not ln.index:
        return False
    above = lines[ln.index - 1]
    if above.role or above.words < 12:
        return False  # a caption under a media label or a photo's credit closes no story
    return all(x.words < 25 for x in lines[ln.index + 1 :])


def _bracketed_signoff(lines: list[Line], ln: Line) -> bool:
    """'(AIM)', '[ANA-MPA]' under the story's last paragraph, with only page chrome after it
    (no line long enough to be a paragraph): a news agency signs its story so; a photo
    agency signs none."""
    if ln.text[:1] not in "([" or not ln.index or lines[ln.index - 1].words < 12:
        return False
    agency = credits.lone_organisation(ln.text)
    if agency is None or organisations().kinds.get(agency) == "photo_agency":
        return False
    return all(x.words < 25 for x in lines[ln.index + 1 :])


def _glued_signoff(lines: list[Line], ln: Line, before: str) -> bool:
    """`ends_with_signoff`, unless the line is a video's caption, which closes some pages too
    (under its player's label, 'CLOSE' / '... (July 15) AP', or dated as a video)."""
    return (
        ends_with_signoff(lines, ln)
        and not (ln.index and lines[ln.index - 1].role == "media_label")
        and VIDEO_DATE.search(before) is None
    )


def mark_captions(roles: Roles) -> None:
    """A line right before a credit, or right after a media label, is a caption (after a
    lead-in label such as 'WATCH:' only a dated video caption: the story resumes there)."""
    lines = roles.lines
    for ln in lines:
        # A caption over its credit line may carry the credit glued as well ('... (AP Photo/
        # Jo Li)' then 'Jo Li/AP'): the caption keeps the description only.
        if ln.role and (ln.role != "caption" or ln.rule not in _CREDITED_CAPTION_RULES):
            continue
        glued = ln.glued_split
        if glued and not _glued_signoff(lines, ln, glued[0]):
            ln.glued_credit = glued[1]
        elif glued and not ln.role and not signoffs_after(lines, ln.index):
            # the last paragraph, its wire's name glued after it, with chrome below: the story's
            # (the name keeps it from reading as a sentence, `Line.prose`)
            ln.role, ln.rule = "body", "signed_off"
    for i, ln in enumerate(lines):
        if ln.role != "media_label" or i + 1 >= len(lines):
            continue
        nxt = lines[i + 1]
        if (
            not nxt.role
            and 3 <= nxt.words <= 80
            and not nxt.opening_dateline
            and (
                not ln.text[:6].lower().startswith(LEAD_IN_LABELS)
                or VIDEO_DATE.search(nxt.text) is not None  # '... (July 15, 2018)'
            )
        ):
            nxt.role, nxt.rule = "caption", "after_media_label"
    for i, ln in enumerate(lines):
        if ln.role:
            continue
        if (
            ln.glued_credit
            and (_caption_style(ln.text) or _printed_twice(lines, ln))
            and (not _opens_story(ln) or _story_opens_below(lines, ln))
            # a blog's 'Featured image via X' credits its lead photo, not the sentence
            and credits.featured_credit(ln.glued_credit) is None
        ):
            # (the story's dateline paragraph keeps its place with a credit glued to it)
            ln.role, ln.rule = "caption", "glued_credit"
        elif ln.glued_credit and _continues(lines, i) and not _opens_story(ln):
            ln.role, ln.rule = "caption", "continued_caption"
        elif file_photo(ln.text):
            ln.role, ln.rule = "caption", "file_photo"
        elif ln.words >= 5 and pictured_caption(ln.text):
            ln.role, ln.rule = "caption", "pictured"
        elif _twin_caption(lines, ln):
            ln.role, ln.rule = "caption", "printed_twice"
    # A lone organisation line after a caption credits it ('CBS News' under a video caption).
    captions = set()
    for i, ln in enumerate(lines):
        if ln.role != "caption":
            continue
        if ln.words >= 3:
            captions.add(ln.text)
            if ln.glued_credit:
                # 'Jo Li/AP' / '<caption>' / '<caption> (Jo Li/AP)': the copy without it
                split = ln.glued_split
                if split:
                    captions.add(split[0])
        if i + 1 < len(lines):
            nxt = lines[i + 1]
            if (
                not nxt.role
                and credits.lone_organisation(nxt.text)
                and not signoffs_after(lines, i + 1)
            ):
                nxt.role, nxt.rule = "credit", "organisation_after_caption"
            elif (
                not nxt.role
                and nxt.words <= 4
                and person_name(nxt.text)
                and _may_credit(ln, nxt.text)
            ):
                nxt.role, nxt.rule = "credit", "photographer_after_caption"
            elif not nxt.role and ln.glued_credit and _credits_again(ln.glued_credit, nxt.text):
                # '<caption> (AP Photo/Jo Li)' / 'Jo Li — Associated Press': the page prints
                # the credit again, in another form, as the photo's last line
                nxt.role, nxt.rule = "credit", "credit_again_after_caption"
        above = lines[i - 1] if i else None
        if (
            above is not None
            and not above.role
            and above.words <= 4
            and ln.glued_credit
            and person_name(above.text)
            and _may_credit(ln, above.text)
        ):
            # 'Jo Li' / '<caption> (AP Photo/Jo Li)': the photographer the glued credit names,
            # set over the caption (a credit-first layout), never the story's byline
            above.role, above.rule = "credit", "photographer_over_caption"
    # The page prints a caption again as a line of its own (by the photo and in the text):
    # the copy describes the same photo.
    if captions:
        for ln in lines:
            if not ln.role and ln.text in captions:
                ln.role, ln.rule = "caption", "repeated_caption"


def _continues(lines: list[Line], i: int) -> bool:
    """The line ends the caption above it: that caption has no credit of its own, and this
    line carries one ('FILE - In this ... photo, ...' / '<more of the caption> (AP Photo/Jo Li,
    File)'), however long the two sentences run."""
    above = lines[i - 1] if i else None
    return above is not None and above.role == "caption" and not above.glued_credit


def _printed_twice(lines: list[Line], ln: Line) -> bool:
    """The page prints the line twice in a row (a photo's caption and credit, as some sites
    print each caption): a story paragraph is printed once, however long."""
    return _twin(lines, ln) is not None


def _twin(lines: list[Line], ln: Line) -> Line | None:
    """The line's neighbour with the same text (the one above first), if any."""
    i = ln.index
    if i > 0 and lines[i - 1].text == ln.text:
        return lines[i - 1]
    if i + 1 < len(lines) and lines[i + 1].text == ln.text:
        return lines[i + 1]
    return None


# A list's numbered item ('3. A drain cover that ...'): a listicle may print it twice.
_NUMBERED: Final = re.compile(r"\d{1,3}[.)] ")


def _twin_caption(lines: list[Line], ln: Line) -> bool:
    """The line and its neighbour are one text printed twice in a row, with no credit: a
    photo's alt text over its caption, as some pages print each photo (a story paragraph is
    printed once). Not the text's first line (a headline the scrape took twice), a paragraph
    that opens with the dateline (a lead the page repeats as its summary), a list's numbered
    item, reported speech or a hard-wrapped paragraph (wire copy that repeats one)."""
    twin = _twin(lines, ln)
    return (
        twin is not None
        and min(ln.index, twin.index) > 0
        and (not twin.role or twin.rule == "printed_twice")
        and 3 <= ln.words <= 60
        and ln.span == 1
        and not ln.opening_dateline
        and _NUMBERED.match(ln.text) is None
        and not _reports(ln.text)
    )


def _may_credit(caption: Line, name_line: str) -> bool:
    """A name under a caption credits its photo, unless the caption's glued credit names
    other people ('... (AP Photo/Jo Li)' over 'Harbour Works', a section heading)."""
    if not caption.glued_credit:
        return True
    named = {p.casefold() for p in credits.read(caption.glued_credit).photographers}
    name = person_name(name_line)
    return name is not None and name.casefold() in named


def _credits_again(glued: str, line: str) -> bool:
    """A loose credit ('Jo Li — AP', 'Jo Li | AP') naming a photographer the glued one does."""
    if len(line) > 100 or not credits.loose_credit(line):
        return False
    again = {p.casefold() for p in credits.read(line).photographers}
    return bool(again & {p.casefold() for p in credits.read(glued).photographers})


def _repeats_earlier(lines: list[Line], ln: Line) -> bool:
    """The line repeats an earlier one (site name aside): a page that prints its headline
    again over the byline ('Ferry fares to rise | Portvale Post' ... 'Ferry fares to rise' /
    'The Associated Press'), where the organisation under it is the byline, not a credit."""
    folded = headline.fold(headline.strip_site_suffix(ln.text))
    return any(
        headline.fold(headline.strip_site_suffix(x.text)) == folded for x in lines[: ln.index]
    )


# A credit's label on a line of its own, the credit on the next ('Credit' / 'Jo Li for The
# New York Times', as a scrape of the Times' pages may set it).
_CREDIT_LABEL: Final = re.compile(
    r"(?i)^(?:(?:photo |image )?credits?|photo|photograph|picture)\s*:?$"
)


def join_credit_labels(lines: list[Line]) -> list[Line]:
    """The lines with each lone credit label joined to the credit under it ('Credit' /
    'Jo Li/Reuters' becomes one line 'Credit: Jo Li/Reuters', its span both lines), so the
    credit rules see a labelled credit. The next line must read as a credit: a short line
    naming a photographer or an agency, no sentence."""
    if not any(ln.words <= 2 and _CREDIT_LABEL.match(ln.text) for ln in lines):
        return lines
    out: list[Line] = []
    skip = False
    for i, ln in enumerate(lines):
        if skip:
            skip = False
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if (
            nxt is not None
            and ln.words <= 2
            and _CREDIT_LABEL.match(ln.text)
            and nxt.words <= 12
            and not nxt.prose
            and _names_someone(nxt.text)
        ):
            ln.text = f"{ln.text.rstrip(': ')}: {nxt.text}"
            ln.span += nxt.span
            ln.words += nxt.words
            skip = True
        ln.index = len(out)
        out.append(ln)
    return out


# A sentence that reports what someone said is the story's, not a caption: a name or 'Jo Li
# for <paper>' under it is a contributor's line (nor a newsletter's blurb, `roles`).


def _under_page_head(lines: list[Line], i: int) -> bool:
    """Line i stands right under the page's first two lines past its chrome: 'Headline' /
    deck / 'Jo Li' is a byline under the deck, not a photo's credit."""
    opening = next((x.index for x in lines if x.role != "boilerplate"), 0)
    return i - 2 <= opening


def _photographer_alone(lines: list[Line], i: int, name: str | None = None) -> bool:
    """Line i is a name alone (a given name first, `credits.bare_name`) that credits the
    photo over it: not a heading whose words the page writes in lower case ('Milan Storms'
    over a story of storms), not a profile's heading or a speaker's label (the story names
    that person), and not one of a run of names (an interview's speakers, a list). A name
    with its e-mail address ('Jo Li jli@paper.com', McClatchy's staff credit) may be one the
    story's byline and its author's bio ('Jo Li is a reporter ...') name: a staff
    photographer who wrote the story too (a teaser's author alone under a paragraph is no
    credit); so may the byline's name under the lead photo's caption, right under the stamp.
    (`name`: the line read as a name by the caller's own test.)"""
    name = name or credits.bare_name(lines[i].text)
    if name is None:
        return False
    words = name.split()
    # ('<caption>.' / 'Jo Li' as the lead photo's, under the stamp of Jo Li's byline: the
    # reporter took the photo, as at many small papers)
    staff = "@" in lines[i].text or (
        i >= 2
        and lines[i - 2].role == "date"
        and any(ln.role == "byline" and name in ln.text for ln in lines[max(0, i - 6) : i - 2])
    )
    bio = f"{name} is "
    others = [
        ln.text
        for k, ln in enumerate(lines)
        if k != i
        and not (staff and (ln.role in ("byline", "boilerplate") or ln.text.startswith(bio)))
    ]
    for text in others:
        if any(whole_word(text, w.lower()) >= 0 for w in words):
            return False
        if len(text) >= 40 and words[-1] in text and text.count(" ") >= 7:
            return False  # the story (or a caption) names the person
    between = sum(
        1
        for k in range(1, len(lines) - 1)
        if lines[k].words <= 4
        and lines[k - 1].prose
        and lines[k + 1].prose
        and credits.bare_name(lines[k].text)
    )
    return between <= 2


def _lead_photo_name(lines: list[Line], i: int) -> bool:
    """'By Kim Bo' / the stamp / '<caption>' / 'Jo Li' / the story: a person's name under the
    line right under the byline's stamp (or the share buttons under it), the story's prose
    under the name, reads as the lead photo's caption and its photographer's credit, whatever
    the caption's form (no stop, reported words: 'Jo Li says the fund ...') and whether or not
    the table holds the given name; the byline already named the story's writer. The story
    must not name the person (`_photographer_alone`)."""
    ln, prev = lines[i], lines[i - 1]
    if not 2 <= ln.words <= 4 or i < 3 or i + 1 >= len(lines) or ln.text.isupper():
        return False
    # (the stamp first: few lines stand two under one)
    stamp = next((k for k in range(i - 2, max(0, i - 5), -1) if lines[k].role != "boilerplate"), 0)
    if lines[stamp].role != "date" or not any(
        x.role == "byline" for x in lines[max(0, stamp - 4) : stamp]
    ):
        return False
    if not 5 <= prev.words <= 45 or prev.span != 1 or _opens_story(prev):
        return False
    below = lines[i + 1]
    if below.role or not below.prose or person_name(ln.text) != ln.text:
        return False
    return _photographer_alone(lines, i, ln.text)


def _names_someone(text: str) -> bool:
    read = credits.read(text)
    return bool(read.photographers or read.agencies)


# 'Jo Li/Globe Staff': a staff photographer's credit, not a reporter's byline (those read 'By
# Jo Li, Globe Staff'), so it credits the sentence over it under the byline too.
_STAFF_ENDS: Final = (" Staff", " STAFF", " Staff Photo", " Staff Photographer")


def _signs_headline(lines: list[Line], i: int) -> bool:
    """'Headline' / 'QNA' / 'Doha' / the date stamp: an agency's name under a line without its
    full stop, a date stamp within two lines under it, signs the story (a photo's credit
    stands under a caption's sentence, and a byline, not the stamp, follows it)."""
    if headline.full_stop_end(lines[i - 1].text):
        return False
    return any(is_date_line(ln.text) for ln in lines[i + 1 : i + 3])


# An office that hands out mugshots, in a credit ('Provided by the Portvale Police
# Department', 'Courtesy of the Lenn County Jail').
_OFFICE_SOURCE: Final = re.compile(
    r"(?:Police|Sheriff|Jail|Corrections|Prison|Detention|Department|Office|Constabulary)"
)


def _above(lines: list[Line], i: int) -> Line:
    """The line over line i, past the photo shop's link between a caption and its credit
    ('<caption>' / 'Buy Photo' / 'Jo Li/The Portvale Journal', the USA Today network's
    papers; the boilerplate table's rule `buy_photo`)."""
    above = lines[i - 1]
    return lines[i - 2] if above.rule == "buy_photo" and i >= 2 else above


def _by_credit(lines: list[Line], i: int) -> bool:
    """'By Jo Li' under the lead photo's caption, itself right under the story's byline and
    stamp, the story under it ('By Kim Bo' / stamp / '<caption>' / 'By Jo Li' / story): the
    photographer's credit as some US templates print it, no second byline."""
    ln, prev = lines[i], lines[i - 1]
    if (
        i < 3
        or ln.words > 4
        or ln.text[:3] not in ("By ", "BY ")
        or person_name(ln.text[3:]) is None
    ):
        return False  # (one photographer's name: 'From CNN's Jo Li' heads a live post)
    if prev.role or not 5 <= prev.words <= 45 or lines[i - 2].role not in ("date", "byline"):
        return False
    nxt = lines[i + 1]
    return (
        not nxt.role
        and nxt.prose
        and any(x.rule == "by_prefix" for x in lines[max(0, i - 6) : i - 1])
    )


def _headshot_caption(ln: Line) -> bool:
    """A person's name alone, a given name of the table first: the caption of their portrait
    ('Anita Okonjo' / 'Source: Portvale NHS Trust')."""
    return 2 <= ln.words <= 4 and opens_with_given_name(ln.text) and person_name(ln.text) == ln.text


def _signed_over_stamp(lines: list[Line], i: int) -> bool:
    """'<deck>.' / 'Jo Li (AAP)' / the date stamp: a reporter and the news organisation that
    made the story, over the stamp, is the byline under the headline's deck (a photo's credit
    names its agency with a slash or a photo's word)."""
    ln = lines[i]
    if i + 1 >= len(lines) or not is_date_line(lines[i + 1].text):
        return False
    if "/" in ln.text or "|" in ln.text or "hoto" in ln.text or "HOTO" in ln.text:
        return False
    names, orgs = bylines.byline_people(ln.text)
    kinds = organisations().kinds
    return bool(names and orgs) and all(kinds.get(o) not in (None, "photo_agency") for o in orgs)


def _by_photo_agency(text: str) -> bool:
    """'By Jo Li/Getty Images.': a photographer and the photo agency that sells the picture,
    which writes no story (a wire's 'By Jo Li/Reuters' may sign one)."""
    if "/" not in text or len(text) > 80:
        return False
    found = credits.read(text)
    kinds = organisations().kinds
    return bool(found.photographers and found.agencies) and all(
        kinds.get(a) == "photo_agency" for a in found.agencies
    )


def mark_own_video_credits(lines: list[Line]) -> None:
    """'Video: Fijilive' under a video's caption: the page's own footage, credited with the
    video's label, not a label over the next video (`roles.video_maker` takes the names the
    organisation table knows and names of two words or more, 'Video: ANI'; a site's own name of
    one word it leaves). Once the headline is known: the masthead is one of the page's names."""
    found = [
        ln
        for ln in lines
        if ln.role == "media_label"
        and ln.text[:6].lower() == "video:"
        and 1 <= len(ln.text[6:].split()) <= 5
    ]
    if not found:
        return  # (most pages: no page names looked for)
    own = own_name.page_names(lines)
    if not own:
        return
    for ln in found:
        if own_name.named(ln.text[6:].strip(), own):
            ln.role, ln.rule = "credit", "own_video_credit"


def mark_own_footage_credits(lines: list[Line]) -> None:
    """'Video' / '<caption>' / 'NTV Kenya' / the story: the page's own name alone under the
    caption of its video or photo credits the footage (the page's own, as `house_credit`'s
    photos are), not chrome between the caption and the story."""
    under = [
        ln.index + 1
        for ln in lines[1:-1]
        if ln.rule == "after_media_label" and not lines[ln.index + 1].role
    ]
    if not under:
        return  # (most pages: no page names looked for)
    own = own_name.page_names(lines)
    for at in under:
        ln = lines[at]
        if ln.words <= 5 and at + 1 < len(lines) and own_name.named(ln.text, own):
            ln.role, ln.rule = "credit", "own_footage_credit"


def mark_credited_captions(lines: list[Line]) -> None:
    """A line right before a credit is that photo's caption (decided before the headline).

    A lone organisation ('AP', 'CBS News') or press pool ('Kremlin Pool') is a credit only
    between a caption-like line and more text: at the top of a page it is site chrome, at the
    bottom a sign-off.
    """
    own = own_name.page_names(lines, masthead=False)  # (the headline is not known yet)
    for i, ln in enumerate(lines[1:-1], start=1):
        prev = _above(lines, i)
        if ln.rule == "by_prefix" and (_by_credit(lines, i) or _by_photo_agency(ln.text)):
            ln.role, ln.rule = "credit", "by_credit"
            continue
        if (
            own
            and not ln.role
            and ln.words <= 8
            and prev.words >= 5
            and not prev.role
            and own_name.house_credit(ln.text, own)
            and not _repeats_earlier(lines, prev)
            # ('<headline>' / 'Jo Li The Portvale Times' / the stamp: the byline under a
            # headline, which ends without a full stop)
            and not (is_date_line(lines[i + 1].text) and not headline.full_stop_end(prev.text))
        ):
            # '<caption>' / 'Jo Li, Journal Star' on the Lincoln Journal Star's page
            ln.role, ln.rule = "credit", "house_credit_after_caption"
            continue
        if (
            own
            and not ln.role
            and ln.words <= 5
            and prev.words >= 5
            and (prev.role == "caption" or (not prev.role and (_scene(prev) or photo_cue(prev))))
            and lines[i + 1].words >= 8
            and own_name.named(ln.text, own)
            and not _repeats_earlier(lines, prev)
        ):
            # '<caption>' / 'STV News' / '<the story>': the page's own picture or footage,
            # credited to the page's name between the caption and the story
            ln.role, ln.rule = "credit", "own_name_after_caption"
            continue
        if not ln.role and prev.role in ("byline", "date") and credits.photo_agency_alone(ln.text):
            ln.role, ln.rule = "credit", "photo_agency_alone"  # 'Getty Images' under the byline
            continue
        if not ln.role and prev.rule == "share_prompt" and _credit_over_its_caption(lines, i):
            # 'Buy Now' / 'Jo Li/Portvale Gazette' / '<caption>': a photo's toolbar, its credit,
            # then its caption (a byline under share buttons has the story under it)
            ln.role, ln.rule = "credit", "credit_under_photo_tools"
            below = lines[i + 1]
            if _reads_as_caption(below.text) or _scene(below) or photo_cue(below):
                below.role, below.rule = "caption", "caption_under_credit"
            continue
        if ln.role or prev.role:
            continue
        if (
            prev.words >= 5
            and i >= 2
            and (credits.lone_organisation(ln.text) or credits.lone_pool(ln.text))
            and (
                # a photo agency signs no story: under a caption under the byline too
                credits.photo_agency_alone(ln.text)
                or (not signoffs_after(lines, i) and lines[i - 2].role not in ("byline",))
            )
            and not _repeats_earlier(lines, prev)
            and not _signs_headline(lines, i)
        ):
            if _bracketed_signoff(lines, ln):
                ln.role, ln.rule = "byline", "signoff"  # the story's last line, signed
            else:
                ln.role, ln.rule = "credit", "organisation_after_caption"
        elif (
            prev.words >= 5
            and (
                (
                    "/" in ln.text
                    and (
                        i < 2
                        or lines[i - 2].role != "byline"
                        or ln.text.endswith(_STAFF_ENDS)
                        or photo_cue(prev)
                        or _scene(prev)
                    )
                    and credits.paper_credit(ln.text)
                )
                # ('<caption>' / 'The Portvale Post | Jo Li': a bar or a dash for the slash,
                # only under a line that reads as a caption: under a paragraph, a photo with
                # no caption would take the paragraph for one)
                or (
                    len(ln.text) <= 80
                    and "/" not in ln.text
                    and credits.paper_credit(ln.text, True)
                    and (photo_cue(prev) or _scene(prev))
                )
            )
            and not _repeats_earlier(lines, prev)
        ):
            # '<caption>' / 'Jo Li/The Portvale Post': a gallery's credit naming its paper
            ln.role, ln.rule = "credit", "paper_credit_after_caption"

        elif (
            ln.words <= 8
            and prev.words >= 5
            and ("," in ln.text or "@" in ln.text)
            and (credits.paper_comma_credit(ln.text) or credits.email_credit(ln.text))
            and (
                (
                    headline.full_stop_end(prev.text)
                    and (i < 2 or lines[i - 2].role != "byline" or photo_cue(prev))
                )
                or _unstopped_amid_story(lines, i)
            )
            and not _repeats_earlier(lines, prev)
        ):
            # '<caption>.' / 'Jo Li, Portvale News Sentinel' or 'Jo Li jli@portvalestar.com'
            # (under the byline, only when that line reads as a photo's caption)
            ln.role, ln.rule = "credit", "paper_credit_after_caption"
        elif (
            prev.words >= 4
            and ln.words <= 12
            and (
                (headline.full_stop_end(prev.text) and (i < 2 or lines[i - 2].role != "byline"))
                or photo_cue(prev)
                or prev.glued_split is not None
                or _unstopped_amid_story(lines, i)
            )
            and (
                credits.loose_credit(ln.text)
                or credits.caps_name_paper(ln.text)
                or credits.source_alone(ln.text)
                or credits.office_alone(ln.text)
                or (credits.civic_alone(ln.text) and photo_cue(prev))
                or credits.owner_photo(ln.text)
                or credits.named_photo(ln.text)
                or credits.given_by(ln.text)
                or credits.name_then_agency(ln.text)
                or (credits.for_client(ln.text) and not SPEECH.search(prev.text))
            )
            and not _repeats_earlier(lines, prev)
            and not _signed_over_stamp(lines, i)
        ):
            # '<caption>.' / 'Jo Li/Staff', 'Jo Li — AP', 'Jo Li | The Portvale Star': under a
            # headline these read as bylines; under a caption's sentence they are its credit
            # (under the byline, only when that line reads as a photo's caption)
            ln.role, ln.rule = "credit", "loose_credit_after_caption"
        elif (
            ln.text[:7] in ("Source:", "SOURCE:")
            and (
                (3 <= prev.words <= 20 and not headline.full_stop_end(prev.text))
                or _headshot_caption(prev)
            )
            and i + 1 < len(lines)
            and lines[i + 1].prose
            and credits.source_named(ln.text)
            and not _repeats_earlier(lines, prev)
        ):
            # '<caption without a stop>' / 'Source: Harrowgate Build' / the story: who gave
            # the picture, as trade papers credit it
            ln.role, ln.rule = "credit", "source_after_caption"
        elif (
            ln.words <= 10
            and (credits.lone_organisation(ln.text) or credits.for_client(ln.text))
            and _opens_story(prev)
            and _caption_below(lines, i + 1)
        ):
            # 'OSLO (AP) — ...' / 'Getty Images' / '<caption>': the credit over its caption
            ln.role, ln.rule = "credit", "credit_over_caption"
        elif (
            ln.words <= 10
            and (" for " in ln.text or " For " in ln.text)
            and prev.words >= 5
            and (
                _reads_as_caption(prev.text)
                or _scene(prev)
                or _MONTH_YEAR.search(prev.text) is not None
            )
            and credits.for_client(ln.text, papers=True)
        ):
            # '<caption> on Monday, May 4, 2020.' / 'Jo Li for The Portvale Post'; a scene in
            # the present tense too ('Volunteers sort coats at ...' / 'Jo Li for The Trace')
            ln.role, ln.rule = "credit", "photographer_for_client"
        elif (
            ln.words <= 4
            and prev.words >= 5
            and headline.full_stop_end(prev.text)
            and (i < 2 or lines[i - 2].role != "byline")
            and not _under_page_head(lines, i)
            and not lines[i + 1].role
            and lines[i + 1].prose
            and not SPEECH.search(prev.text)
            and _photographer_alone(lines, i)
        ):
            # '<caption>.' / 'Jo Li' (or 'Jo Li jli@portvaleherald.com') / the story goes on
            ln.role, ln.rule = "credit", "name_after_caption"
        elif _lead_photo_name(lines, i):
            # 'By Kim Bo' / stamp / '<caption>' / 'Jo Li' / the story (the caption whatever its
            # form: the later pass leaves one that reports speech to the story)
            ln.role, ln.rule = "credit", "name_under_lead_caption"
            prev.role, prev.rule = "caption", "before_credit"
    _gallery_credit_slots(lines)
    labelled = any(ln.rule == "caption_label" for ln in lines)
    for i, ln in enumerate(lines):
        if ln.role != "credit" or i == 0:
            continue
        before = _above(lines, i)
        if labelled:
            continue  # a page that labels its captions ('Image caption ...') labels them all
        after = lines[i + 1] if i + 1 < len(lines) else None
        if (
            after is not None
            and not after.role
            and _label_caption(after)
            and not (before.role == "" and _label_caption(before))
        ):
            # 'Jo Li/AP' over 'All aboard: The mayor waves from the deck': a caption written
            # as a short label, a colon and an unstopped sentence, under its credit; the
            # story line above the credit is no caption.
            after.role, after.rule = "caption", "label_caption"
            continue
        if credits.featured_head(ln.text) or credits.screen_capture(ln.text):
            # 'Featured image by Jo Li/AP', 'Photo via X', 'Image: screen capture' credit the
            # page's lead photo
            continue
        if after is not None and _caption_twice_below(lines, i):
            # 'Jo Li/AP' / '<caption>' / '<caption> (Jo Li/AP)': the credit heads its photo's
            # caption, printed twice under it; the story line above it is no caption.
            after.role, after.rule = "caption", "after_credit"
            continue
        if (
            after is not None
            and not after.role
            and ln.text[:1] in "Vv"
            and ln.text[:6].lower() == "video:"
            and 3 <= after.words <= 20
            and (before.role or before.words >= 20)
        ):
            # 'Video: Portvale TV' / '<the video's title>' under a paragraph of the story: the
            # label's credit heads its video, whose caption is the line below
            after.role, after.rule = "caption", "after_credit"
            continue
        if after is not None and not before.role and _heads_caption_below(lines, i):
            # 'Jo Li/AP' / '<caption ... July 15, 2018.>': a credit-first layout in the story;
            # the paragraph above the credit reads as story, the line below as the caption
            after.role, after.rule = "caption", "after_credit"
            continue
        # The page's first line, not a sentence, over a credit is the headline over its photo.
        under_headline = i == 1 and not SENTENCE_END.search(before.text)
        # The story's first paragraph ('OSLO (AP) — ...') is never a caption, nor is reported
        # speech: a credit under it stands over its photo's caption, if any.
        opens_story = not before.role and _opens_story(before)
        reports = not before.role and _reports(before.text)
        if (
            not before.role
            and before.words >= 3
            and not under_headline
            and not opens_story
            and not reports
            and not _story_voice(before)
            and not LEAD_IMAGE_LABEL.match(ln.text)
        ):
            before.role, before.rule = "caption", "before_credit"
        elif (
            not before.role
            and 2 <= before.words <= 4
            and person_name(before.text) == before.text
            and not credits.read(ln.text).photographers
            and (_OFFICE_SOURCE.search(ln.text) is not None or credits.source_alone(ln.text))
        ):
            # 'Jo Li' / 'Provided by the Portvale County Sheriff's Office': a mugshot, captioned
            # with the name alone, credited to the office that took it
            before.role, before.rule = "caption", "before_credit"
        elif under_headline and credits.credit_lead(ln.text) and i + 1 < len(lines):
            # 'Photo: X' under the headline: the short sentence below it is that photo's
            # caption ('Runners warm up before the race.'), the story starts after it.
            after = lines[i + 1]
            if (
                not after.role
                and 3 <= after.words <= 30
                and SENTENCE_END.search(after.text)
                and not _opens_story(after)
            ):
                after.role, after.rule = "caption", "after_credit"
        elif (opens_story or reports) and i + 1 < len(lines) and _caption_below(lines, i + 1):
            after = lines[i + 1]
            after.role, after.rule = "caption", "after_credit"
        elif (
            before.role in ("byline", "date")
            and after is not None
            and not after.role
            and 3 <= after.words <= 60
            and (credits.credit_lead(ln.text) or credits.photo_agency_alone(ln.text))
            and not _opens_story(after)
            and photo_cue(after)
        ):
            # '(Photo: Jo Li, AP)' under the byline or stamp, then 'The mayor speaks at the
            # pier on Monday, May 4, 2020.': a lead photo whose credit comes first; its caption
            # describes a scene or dates the photo, which a story's first paragraph does not
            after.role, after.rule = "caption", "after_credit"


def mark_credited_decks(lines: list[Line]) -> None:
    """A deck with a photographer's credit glued to its end is the lead photo's caption ('Cars
    line Route 92 near the cave on July 19. (Jo Li, Portvale Herald)' under the headline): a
    story's deck names no photographer. (A wire or an agency alone may be the deck's source.)"""
    for ln in lines:
        if ln.role != "standfirst" or ln.glued_split is None:
            continue
        credit = credits.read(ln.glued_split[1])
        pictured = (
            credit.photographers
            or credits.names_photo_agency(credit)
            or credits.credit_lead(ln.glued_split[1])
        )
        if pictured and not SPEECH.search(ln.glued_split[0]):
            ln.role, ln.rule = "caption", "credited_deck"
            ln.glued_credit = ln.glued_split[1]


def _unstopped_amid_story(lines: list[Line], i: int) -> bool:
    """'<paragraph.>' / '<a caption without its stop>' / line i / '<paragraph>': a line of five
    to thirty words between two of the story's paragraphs, over line i, reads as a photo's
    caption the way a stopped one does (a subhead has the paragraph, not a credit, under it)."""
    if i < 2 or i + 1 >= len(lines):
        return False
    above, caption, below = lines[i - 2], lines[i - 1], lines[i + 1]
    return (
        5 <= caption.words <= 30
        and above.words >= 15
        and below.words >= 15
        and above.prose
        and below.prose
        and not above.role
        and headline.full_stop_end(above.text)
        and not caption.text.endswith(("?", ":"))
    )


# A name in a credit's slot: capitalised words and a few small ones ('City of Lenna', 'The
# Portvale Post', 'Jo Li/Special for The Portvale Post'), no sentence.
_SLOT_WORD: Final = r"(?:[A-Z][\w'’.&-]*|of|for|the|and|to|de)"
_SLOT_CREDIT: Final = re.compile(rf"{_SLOT_WORD}(?:(?: | ?/ ?){_SLOT_WORD}){{0,7}}")


def _gallery_credit_slots(lines: list[Line]) -> None:
    """A gallery printed as '<gallery title>' / '<caption>' / '<credit>' for each photo, the
    title repeated before every caption: where a credit line already stands in that slot
    ('Jo Li/The Portvale Post'), a name in the same slot is that photo's credit however it is
    written ('City of Lenna', the paper's name alone, 'Jo Li/Special for The Portvale Post')."""
    titles = {lines[i - 2].text for i in range(2, len(lines)) if lines[i].role == "credit"}
    if not titles:
        return
    for i in range(2, len(lines)):
        ln, prev, title = lines[i], lines[i - 1], lines[i - 2]
        if ln.role or prev.role or title.text not in titles or prev.text == title.text:
            continue
        repeated = (i + 1 < len(lines) and lines[i + 1].text == title.text) or (
            i >= 5 and lines[i - 5].text == title.text
        )
        if (
            repeated
            and prev.words >= 5
            and ln.words <= 8
            and len(ln.text) <= 80
            and SENTENCE_END.search(ln.text) is None
            and _SLOT_CREDIT.fullmatch(ln.text) is not None
        ):
            ln.role, ln.rule = "credit", "gallery_credit_slot"


def _caption_twice_below(lines: list[Line], at: int) -> bool:
    """The two lines under a credit print one caption, the second maybe with the credit
    glued in brackets ('<caption>' / '<caption> (Jo Li/AP)')."""
    if at + 2 >= len(lines):
        return False
    first, second = lines[at + 1], lines[at + 2]
    if first.role or first.words < 3 or not second.text.startswith(first.text):
        return False
    rest = second.text[len(first.text) :].lstrip()
    return not rest or (rest[:1] == "(" and rest[-1:] == ")" and len(rest) <= 80)


# A photo agency's caption opens with a dateline and the day: 'OSLO, NORWAY - MAY 5: ...'.
_DATED_CAPTION: Final = re.compile(r"[^:]{0,80}?\s[-–—]\s*[A-Z]{3,9}\.?\s+\d{1,2}(?:,\s*\d{4})?:\s")
_MONTHS: Final = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
# A photo's caption ends with the day it was taken: '... on Tuesday, May 5, 2020.'
_DATE_END: Final = re.compile(rf"\b{_MONTHS}\.? \d{{1,2}},? \d{{4}}\)?[.]?$")
# '... meet on July 7, 2017, in Hamburg': the day a photo was taken, with its year (a story's
# first paragraph says 'on Monday').
_DATED_PHRASE: Final = re.compile(
    rf"\bon (?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?{_MONTHS}\.? \d{{1,2}}, \d{{4}}\b"
)


def _reads_as_caption(text: str) -> bool:
    """A wire photo's caption: it ends with the day the photo was taken, or announces a file
    photo ('FILE - In this May 5, 2020, file photo, ...'); or a picture that is no photo
    says what it is ('A county map shows ...', 'An artist's rendering of ...')."""
    return (
        _DATE_END.search(text[-40:]) is not None
        or file_photo(text)
        or (text[:1] == "A" and _DEPICTION.match(text) is not None)
    )


# 'A county map shows ...', 'An artist's rendering of ...', 'A screenshot from ...': a
# caption naming its picture's kind in its first words.
_DEPICTION: Final = re.compile(
    r"An? (?:[\w'’-]+ ){0,3}(?:map|rendering|renderings|graphic|chart|diagram|drawing|"
    r"illustration|screenshot|screen grab|aerial view|aerial photo|sketch|mock-up|mockup)"
    r" (?:shows|of|from|depicts|showing)\b"
)


def photo_cue(ln: Line) -> bool:
    """A line that says it describes a photo: it dates the photo (a short line may give the day
    with its year anywhere) or announces a file photo, places its people ('Jo Li, left, ...')
    or shows someone posing, speaking, arriving ..."""
    text = ln.text
    return (
        _reads_as_caption(text)
        or _placed(text)
        or _PHOTO_SCENE.match(text) is not None
        or (ln.words <= 30 and _DATED_PHRASE.search(text) is not None)
        or (ln.words <= 40 and _FIGURE_SHOWS.match(text) is not None)
    )


# A figure that shows something ('A map presented to the council shows the loop ...', 'A floor
# plan of the branch shows where cots will be set up.'): a map's or a drawing's caption.
_FIGURE_SHOWS: Final = re.compile(
    r"(?:An?|The) (?:[\w'’-]+ ){0,2}(?:map|rendering|floor plan|site plan|chart|graphic|"
    r"diagram|drawing|illustration|sketch|screenshot|mock-up|model)s?\b[^.]{0,120}? shows?\b"
)


def _heads_caption_below(lines: list[Line], i: int) -> bool:
    """Whether the credit at `i` stands over its caption rather than under it: the line below
    reads as a photo's caption (`_caption_below`, or it carries a glued credit naming whom
    this credit names) and the line above shows no sign of being one."""
    before, after = lines[i - 1], lines[i + 1]
    if after.role or before.words < 3 or photo_cue(before) or before.glued_split is not None:
        return False
    glued = after.glued_split
    if glued is not None:
        named = credits.read(lines[i].text)
        again = credits.read(glued[1])
        people = set(named.photographers) & set(again.photographers)
        return bool(people) and 3 <= after.words <= 80 and not _opens_story(after)
    return (
        _caption_below(lines, i + 1)
        or (
            6 <= after.words <= 45
            and _placed(after.text)
            and not after.opening_dateline
            and not _reports(after.text)
        )
        or (_SAID_PAST.search(before.text) is not None and _scene_caption(after))
    )


# Reported speech in the past tense ('Jo Li said crews have closed ...'): story, not a caption
# ('The utility says ...' may caption a photo of its dam).
_SAID_PAST: Final = re.compile(r"\bsaid\b")
# A scene in the present tense, dated by its day ('A barricade blocks the bridge on Thursday.',
# 'Floodwater rises near a bridge on March 5.'): `SCENE_VERB`; the day at the sentence's end.
# A photo dated by its month ('... recovered firearms in September 2025.').
_MONTH_YEAR: Final = re.compile(rf"\bin {_MONTHS} (?:19|20)\d\d\b")
_SCENE_DAY: Final = re.compile(
    rf"\b(?:on|early|late) (?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
    rf"{_MONTHS}\.? \d{{1,2}})(?:, \d{{4}})?\.$"
)


def _scene(ln: Line) -> bool:
    """One sentence that shows a scene in the present tense ('Alderman Jo Li points to a
    flooded culvert during a tour.'), as a photo's caption does; a story tells the past."""
    text = ln.text
    return (
        ln.words <= 35
        and text.endswith(".")
        and ". " not in text
        and SCENE_VERB.match(text) is not None
        and SPEECH.search(text) is None
    )


def _scene_caption(ln: Line) -> bool:
    """A line under a credit that reads as its photo's caption: a scene (`_scene`) of five to
    twenty-five words without quotes, dated by its day at the end ('... on Thursday.')."""
    if not 5 <= ln.words <= 25 or '"' in ln.text or "“" in ln.text:
        return False
    return _scene(ln) and _SCENE_DAY.search(ln.text[-40:]) is not None


def _credit_over_its_caption(lines: list[Line], i: int) -> bool:
    """Line i is a short credit ('Submitted photo', 'Jo Li/Portvale Gazette', 'Jo Li | Staff')
    and the line under it its photo's caption, with more story under it: for a credit that
    could be a byline, a scene or a dated or depicting caption of sixty words at most."""
    ln, below = lines[i], lines[i + 1]
    if ln.words > 10 or i + 2 >= len(lines) or below.role or not lines[i + 2].prose:
        return False
    if below.words > 60:
        return False
    if credits.source_alone(ln.text) or credits.is_credit_line(ln.text):
        # a credit no byline reads as: one sentence that reports no one's words will do
        return below.words <= 35 and ". " not in below.text and not SPEECH.search(below.text)
    if not (credits.loose_credit(ln.text) or credits.paper_credit(ln.text)):
        return False
    return _reads_as_caption(below.text) or _scene(below) or photo_cue(below)


def _opens_story(ln: Line) -> bool:
    """A paragraph that opens with the story's dateline ('OSLO (AP) — ...'), not a photo
    agency's dated caption ('OSLO, NORWAY - MAY 5: ...') nor a caption's label in capitals
    that names no place ('NEW LOOK: Nurses prepare ... PHOTO: NAMPA', under its credit)."""
    if not ln.prose or ln.opening_dateline is None or _DATED_CAPTION.match(ln.text[:120]):
        return False
    return not (
        ln.glued_credit
        and _CAPS_LABEL.match(ln.text) is not None
        and not is_place(ln.opening_dateline.place or "")
    )


_CAPS_LABEL: Final = re.compile(r"[A-Z][A-Z'’ -]{1,30}: ")


def _story_opens_below(lines: list[Line], ln: Line) -> bool:
    """Whether the next paragraph opens with the same dateline as this line, which a credit
    closes: the photo's caption over the story ('KUWAIT: Officials attend ... — KUNA photos' /
    'KUWAIT: The authority launched ...'), both written in the paper's house style."""
    after = lines[ln.index + 1] if ln.index + 1 < len(lines) else None
    return (
        after is not None
        and not after.role
        and ln.opening_dateline is not None
        and after.opening_dateline is not None
        and after.opening_dateline.place == ln.opening_dateline.place
        and after.glued_credit is None
    )


def _caption_below(lines: list[Line], at: int) -> bool:
    """The line under a credit reads as that photo's caption (`_reads_as_caption`), and is not
    another photo's caption (over a credit of its own)."""
    ln = lines[at]
    if ln.role or not 3 <= ln.words <= 60 or ln.opening_dateline or _reports(ln.text):
        return False
    if at + 1 < len(lines) and lines[at + 1].role == "credit":
        return False
    return _reads_as_caption(ln.text)


# 'All aboard: The mayor waves ...', 'Spot of bother? The crew ...': a label of a few words
# and a colon (or a question) opening a caption.
_CAPTION_LABEL: Final = re.compile(r"^[A-Z][\w'’-]*(?: [\w'’-]+){0,4}[:?!] [A-Z‘“'\"]")


def _label_caption(ln: Line) -> bool:
    """A labelled caption: the label, then a sentence that ends without a full stop (the
    layout's captions are unstopped; a story paragraph with a lead-in label ends its
    sentence), and no dateline."""
    return (
        5 <= ln.words <= 60
        and not SENTENCE_END.search(ln.text)
        and not ln.text.endswith((":", ",", ";"))
        and _CAPTION_LABEL.match(ln.text) is not None
        and ln.opening_dateline is None
    )


def mark_labelled_captions(lines: list[Line]) -> None:
    """A house style sets each photo's caption between the story's paragraphs with no credit:
    a short label in sentence case, a colon and an unstopped clause ('All smiles: She waved to
    the crowd from the deck'). One such line may be the story's own ('Update: ...'); three or
    more with different labels, none holding a figure, are the page's captions."""
    found = [ln for ln in lines if not ln.role and _house_caption(ln)]
    if len({ln.text.split(":", 1)[0] for ln in found}) >= _HOUSE_CAPTIONS:
        for ln in found:
            ln.role, ln.rule = "caption", "labelled_caption"


def mark_placed_captions(lines: list[Line]) -> None:
    """A caption between the story's paragraphs without label or credit still says where each
    person stands in the photo ('Jo Li, left, and Kim Bo arrive ...', '(L-R) ...', 'From left,
    ...') or that it is one ('... in this undated handout image'): story prose does not."""
    for ln in lines:
        text = ln.text
        if ln.role or not 6 <= ln.words <= 45 or not _placed(text):
            continue  # the people are placed in the caption's first words
        if '"' in text or "“" in text:
            continue  # quoted speech is the story's
        if not ln.opening_dateline and not _FIRST_PERSON.search(text):
            ln.role, ln.rule = "caption", "placed_caption"


# Where people stand in a photo, or the photo named as such ('in this undated handout image').
# Not '(R)' or '(C)': party labels ('Sen. Jo Li (R)') and trade marks use them. Every branch
# opens with a literal character, so `re` skips to the positions holding one of them: this is
# searched in the first 160 characters of every line of 6-45 words (~5 ns a character).
_PLACED: Final = re.compile(
    r", (?:left|right|center|centre|second (?:from )?(?:left|right))[,)]"
    r"|\((?:L|L-R|left|right|center|centre)\)"
    r"|F(?<!\wF)rom left[,:]|f(?<!\wf)rom left[,:]"
    r"|I(?<!\wI)n this (?:[\w-]+ ){0,3}(?:photo|image|picture|photograph)s?\b"
    r"|i(?<!\wi)n this (?:[\w-]+ ){0,3}(?:photo|image|picture|photograph)s?\b"
)
# Text every match of `_PLACED` holds: a line's head without any of them (most) skips the scan,
# which tries its branches at every 'i' and comma.
_PLACED_MARKS: Final = ("left", "right", "cent", "(L", "n this ")


def _placed(text: str) -> bool:
    """Whether the line's first 160 characters place the people of a photo ('Jo Li, left,')."""
    head = text[:160]
    return any(mark in head for mark in _PLACED_MARKS) and _PLACED.search(head) is not None


_HOUSE_CAPTIONS: Final = 3
# The label: a capitalised word and up to two in lower case; the clause: no figure, no second
# colon, no address (stat lines, e-mail headers and headline lists take these forms too).
_HOUSE_LABEL: Final = re.compile(r"[A-Z][a-z'’-]*(?: [a-z'’-]+){0,2}:\s[A-Z][^\d:@<>|]*")


def _house_caption(ln: Line) -> bool:
    """A label and a clause of six words or more, most in lower case (a list of names under a
    label is no caption)."""
    text = ln.text
    if text.find(":", 0, 30) < 0 or not text[-1:].isalpha() or not _label_caption(ln):
        return False
    words = text.split(":", 1)[1].split()
    capitalised = sum(w[:1].isupper() for w in words)
    return (
        len(words) >= 6
        and 2 * capitalised < len(words)
        and _HOUSE_LABEL.fullmatch(text) is not None
    )


# Reported speech ('... told reporters he was "not worried"', '"...," she said'): a story
# paragraph, which a photo's credit may follow when the photo has no caption.
_REPORTED_SPEECH: Final = re.compile(
    r"\b(?:said|says|told|telling|wrote|writes)\b[^.“\"]{0,80}[“\"]"
    r"|[”\"][^.“”\"]{0,40}\b(?:said|says|told|wrote|writes)\b"
)


# The writer speaking before any quotation opens: 'As I wrote Monday, this meeting ...'.
_FIRST_PERSON: Final = re.compile(r"^[^“\"]*?\b(?:I|I['’](?:ve|m|d)|[Mm]y|[Ww]e)\b")


def _story_voice(ln: Line) -> bool:
    """A paragraph over a credit that is story, not the photo's caption (the photo has none):
    the writer's own voice, or a long paragraph of sixty words or more without the date or
    the file-photo opening with which a wire caption of that length says when it was taken."""
    if _FIRST_PERSON.search(ln.text):
        return True
    return ln.words >= 60 and find_date(ln.text) is None and not file_photo(ln.text)


def _reports(text: str) -> bool:
    return ("“" in text or '"' in text) and _REPORTED_SPEECH.search(text) is not None


# A photo's scene: 'FILE ...', 'In this ...', or someone who poses, speaks, attends ... in
# its first clause.
_PHOTO_SCENE: Final = re.compile(
    r"(?i)^(?:file\b|in this\b|[A-Z][^.]{0,80}\b(?:poses|pictured|photographed|"
    r"looks on|speaks|gestures|walks|waits|attends|arrives|stands|sits)\b)"
)


def _caption_style(text: str) -> bool:
    return _PHOTO_SCENE.match(text) is not None or len(text) < 400
