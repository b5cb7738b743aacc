"""Line roles: every non-empty input line gets exactly one role of the field guide.

Rules run in passes over the lines, most certain first: boilerplate and media chrome by data
rules, then credits and their captions, the headline, bylines and date stamps, and the body
as the prose that is left. Each decision records the rule that made it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.parse import credits
from pipeline.parse.dates import is_date_line
from pipeline.parse.knowledge import boilerplate_rules, organisations
from pipeline.parse.names import people

_MEDIA_LABEL = re.compile(
    r"(?i)^(?:photos?|videos?|image|images|gallery|watch(?: video| now| live)?|play(?: video)?|"
    r"toggle caption|hide caption|enlarge this image|close|expand|"
    r"image \d+ of \d+|\d+ of \d+|\d+ photos?|photo gallery|slideshow|view gallery|"
    r"(?:photo|video|image)s?:|gallery:.*|watch:.*|video:.*)$"
)
# Agency-style photo slugs: 'Topshot - Ukraine - Russia - Conflict'.
_SLUG = re.compile(r"^[A-Z][\w'’.]*(?: [\w'’.]+){0,3}(?: - [A-Z][\w'’.]*(?: [\w'’.]+){0,3}){2,}$")
_VIDEO_DATE = re.compile(r"\((?:[A-Z][a-z]+\.? \d{1,2}(?:, \d{4})?)\)\s*$")
_BYLINE = re.compile(r"(?i)^(?:by|from|words by|written by|story by)\s+\S")
_SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*$")


@dataclass
class Line:
    """One non-empty input line and what the parser decided about it."""

    index: int
    text: str
    indent: int
    blank_before: bool
    role: str = ""
    rule: str = ""
    glued_credit: str | None = None
    span: int = 1  # physical lines joined into this one (hard-wrapped text)
    last_length: int = 0

    @property
    def words(self) -> int:
        return len(self.text.split())

    @property
    def prose(self) -> bool:
        """Sentence-like: enough words, or a sentence ending."""
        return self.words >= 12 or (self.words >= 5 and bool(_SENTENCE_END.search(self.text)))


@dataclass
class Roles:
    lines: list[Line] = field(default_factory=list)

    def of(self, role: str) -> list[Line]:
        return [ln for ln in self.lines if ln.role == role]

    def physical_roles(self) -> list[str]:
        """One role per non-empty input line, in input order."""
        return [ln.role for ln in self.lines for _ in range(ln.span)]


def split_lines(text: str) -> list[Line]:
    """Non-empty lines, with indentation and blank-line breaks kept for paragraph joining."""
    out: list[Line] = []
    blank = False
    for raw in text.split("\n"):
        stripped = raw.strip()
        if not stripped:
            blank = True
            continue
        indent = len(raw) - len(raw.lstrip())
        out.append(Line(len(out), stripped, indent, blank))
        blank = False
    return out


def unwrap(lines: list[Line]) -> list[Line]:
    """Join hard-wrapped lines (Reuters' ~70-column bodies) back into paragraphs.

    Text counts as hard-wrapped when most lines fill nearly the same width without ending a
    sentence; a line continues the previous one unless a blank line or an indent breaks it.
    """
    lengths = sorted(len(ln.text) for ln in lines)
    if len(lines) < 5:
        return lines
    width = lengths[int(0.9 * (len(lengths) - 1))]
    full = sum(1 for n in lengths if 0.7 * width <= n <= width + 2)
    open_ended = sum(1 for ln in lines if not _SENTENCE_END.search(ln.text))
    if width > 100 or width < 40 or full < 0.5 * len(lines) or open_ended < 0.4 * len(lines):
        return lines
    base = min(ln.indent for ln in lines)
    out: list[Line] = []
    for ln in lines:
        prev = out[-1] if out else None
        continues = (
            prev is not None
            and not ln.blank_before
            and ln.indent <= base
            and not prev.text.isupper()
            and prev.last_length >= 0.7 * width
        )
        if continues and prev is not None:
            prev.text = f"{prev.text} {ln.text}"
            prev.span += 1
            prev.last_length = len(ln.text)
        else:
            ln.index = len(out)
            ln.last_length = len(ln.text)
            out.append(ln)
    return out


def _boilerplate_rule(line: Line) -> tuple[str, bool] | None:
    for rule in boilerplate_rules():
        match = rule.pattern.search(line.text)
        if match and (match.start() == 0 or len(line.text) <= 200):
            if line.words > 40 and match.start() > 0:
                continue
            return rule.name, rule.ends_article
    return None


def classify(text: str, meta_title: str | None = None) -> Roles:
    lines = unwrap(split_lines(text))
    roles = Roles(lines)
    if not lines:
        return roles
    ended_at: int | None = None
    for ln in lines:
        found = _boilerplate_rule(ln)
        if found:
            ln.role, ln.rule = "boilerplate", found[0]
            if found[1] and ended_at is None and ln.index > len(lines) // 3:
                ended_at = ln.index
        elif _MEDIA_LABEL.match(ln.text) or (_SLUG.match(ln.text) and ln.words <= 14):
            ln.role, ln.rule = "media_label", "media_label"
        elif ln.index == len(lines) - 1 and credits.lone_organisation(ln.text):
            ln.role, ln.rule = "byline", "signoff"
        elif credits.is_credit_line(ln.text):
            ln.role, ln.rule = "credit", "credit_line"
        elif _BYLINE.match(ln.text) and ln.words <= 25 and people(_byline_names(ln.text)):
            ln.role, ln.rule = "byline", "by_prefix"
        elif is_date_line(ln.text):
            ln.role, ln.rule = "date", "date_stamp"
    if ended_at is not None:
        for ln in lines[ended_at + 1 :]:
            if not ln.role:
                ln.role, ln.rule = "boilerplate", "after_footer"
    _title(roles, meta_title)
    _captions(roles)
    _body(roles)
    return roles


def _byline_names(text: str) -> str:
    return re.sub(r"(?i)^(?:by|from|words by|written by|story by)\s+|^\S+['’]s\s+", "", text)


def _title(roles: Roles, meta_title: str | None) -> None:
    lines = roles.lines
    wanted = _fold(meta_title) if meta_title else None
    first_prose = next((ln.index for ln in lines if not ln.role and ln.words >= 25), len(lines))
    best: Line | None = None
    best_score = -1e9
    for ln in lines[: first_prose + 1]:
        if ln.role:
            continue
        folded = _fold(ln.text)
        if wanted and (folded == wanted or folded.startswith(wanted)):
            best = ln
            break
        if ln.words < 2 or ln.words > 30 or ln.index == first_prose:
            continue
        sentence = bool(_SENTENCE_END.search(ln.text))
        if sentence and ln.words >= 16:
            continue  # a long sentence is the story, not its headline
        score: float = min(ln.words, 14) - (10 if sentence else 0)
        nxt = next((m for m in lines[ln.index + 1 :] if m.role != "boilerplate"), None)
        if nxt is not None and nxt.role in ("byline", "date", "media_label", "credit"):
            score += 4
        elif nxt is not None and not nxt.role and nxt.prose:
            score += 3
        if ln.index == 0:
            score += 4
        score -= 0.2 * ln.index
        if score > best_score:
            best, best_score = ln, score
    if best is None:
        return
    best.role, best.rule = "title", "headline"
    title = _fold(_strip_site_suffix(best.text))
    for ln in lines[best.index + 1 :]:
        if not ln.role and _fold(_strip_site_suffix(ln.text)) == title:
            ln.role, ln.rule = "boilerplate", "repeated_title"
    for ln in lines[: best.index]:
        if not ln.role:
            ln.role, ln.rule = "boilerplate", "before_title"


def _strip_site_suffix(text: str) -> str:
    return re.sub(r"\s+[|–—-]\s+[^|–—-]{2,40}$", "", text)


def title_text(line: Line) -> str:
    return _strip_site_suffix(line.text)


def _fold(text: str) -> str:
    return re.sub(r"\W+", " ", text.casefold()).strip()


def _captions(roles: Roles) -> None:
    """A line right before a credit, or right after a media label, is a caption."""
    lines = roles.lines
    for ln in lines:
        if ln.role:
            continue
        glued = credits.split_glued(ln.text)
        if glued:
            ln.glued_credit = glued[1]
    for i, ln in enumerate(lines):
        if ln.role != "credit":
            continue
        prev = lines[i - 1] if i else None
        if prev is not None and not prev.role and prev.words >= 3:
            prev.role, prev.rule = "caption", "before_credit"
    for i, ln in enumerate(lines):
        if ln.role != "media_label" or i + 1 >= len(lines):
            continue
        nxt = lines[i + 1]
        if not nxt.role and nxt.words >= 3 and (nxt.glued_credit or _is_captionish(lines, i + 1)):
            nxt.role, nxt.rule = "caption", "after_media_label"
    for ln in lines:
        if not ln.role and ln.glued_credit and _caption_style(ln.text):
            ln.role, ln.rule = "caption", "glued_credit"
    # A lone organisation line after a caption credits it ('CBS News' under a video caption).
    for i, ln in enumerate(lines):
        if ln.role == "caption" and i + 1 < len(lines):
            nxt = lines[i + 1]
            if not nxt.role and credits.lone_organisation(nxt.text):
                nxt.role, nxt.rule = "credit", "organisation_after_caption"


def _is_captionish(lines: list[Line], i: int) -> bool:
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    return nxt is not None and nxt.role == "credit"


def _caption_style(text: str) -> bool:
    return (
        bool(
            re.match(
                r"(?i)^(?:file\b|in this\b|[A-Z][^.]{0,80}\b(?:poses|pictured|"
                r"looks on|speaks|gestures|walks|waits|attends|arrives|stands|sits)\b)",
                text,
            )
        )
        or len(text) < 400
    )


def _body(roles: Roles) -> None:
    lines = roles.lines
    title_at = next((ln.index for ln in lines if ln.role == "title"), -1)
    prose_idx = [ln.index for ln in lines if not ln.role and ln.index > title_at and ln.prose]
    if not prose_idx:
        for ln in lines:
            if not ln.role:
                ln.role, ln.rule = "boilerplate", "no_body"
        return
    start, end = prose_idx[0], prose_idx[-1]
    for ln in lines:
        if ln.role:
            continue
        if start <= ln.index <= end:
            if ln.prose or _subheading(lines, ln):
                ln.role, ln.rule = "body", "prose"
            elif _byline_alone(lines, ln, title_at):
                ln.role, ln.rule = "byline", "names_alone"
            else:
                ln.role, ln.rule = "boilerplate", "short_line"
        elif title_at < ln.index < start and _byline_alone(lines, ln, title_at):
            ln.role, ln.rule = "byline", "names_alone"
        elif title_at < ln.index < start and _org_line(ln.text):
            ln.role, ln.rule = "byline", "organisation_byline"
        else:
            ln.role, ln.rule = "boilerplate", "outside_body"


def _subheading(lines: list[Line], ln: Line) -> bool:
    """Short title-case or bullet lines inside the story (section heads, list items)."""
    if ln.text[:1] in "•*–-·" and ln.words >= 3:
        return True
    nxt = lines[ln.index + 1] if ln.index + 1 < len(lines) else None
    return (
        ln.words >= 3
        and nxt is not None
        and nxt.role == ""
        and nxt.prose
        and not re.search(r"(?i)\b(?:click|subscribe|sign up|share|follow|download)\b", ln.text)
    )


def _byline_alone(lines: list[Line], ln: Line, title_at: int) -> bool:
    """A name (or names) on its own line just under the headline."""
    if ln.index > title_at + 4 or ln.words > 12:
        return False
    stripped = re.sub(r"\s*[|,]\s*(?:Reuters|AP|AFP|Associated Press|Bloomberg)\s*$", "", ln.text)
    names = people(stripped)
    return (
        bool(names)
        and len(" ".join(names).split())
        >= len(stripped.replace(",", " ").replace(" and ", " ").split()) - 1
    )


def _org_line(text: str) -> bool:
    return organisations().lookup(text) is not None
