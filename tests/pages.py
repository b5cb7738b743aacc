"""Helpers for tests over invented pages."""

from pipeline.parse import credits, parse_text


def roles_of(text: str) -> dict[str, str]:
    """Each non-empty line of the page (stripped) with the role the parser gave it."""
    got = parse_text(text)
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    return dict(zip(lines, got["line_roles"], strict=True))


# A story of three paragraphs under its headline, for a line set between its paragraphs.
HEAD = "Harbour board shuts the old ferry pier for repairs\n"
PARAGRAPHS = [
    "The harbour board will close the old ferry pier at Portvale for two years of repairs, "
    "a decision that drew protests from fishermen who have moored there for decades, "
    "officials said on Monday.",
    "Board chair Lena Markov said the pier had become unsafe after last winter's storms, "
    "which tore away part of its deck and left cracks in two of the concrete pillars.",
    "The repairs are expected to cost about 40 million crowns, the board said.",
]


def story_with(*lines: str) -> str:
    """The story with the lines after its first paragraph."""
    return HEAD + "\n".join([PARAGRAPHS[0], *lines, *PARAGRAPHS[1:]]) + "\n"


def with_line(line: str) -> dict:
    """The parse of the story with the line after its first paragraph."""
    return parse_text(story_with(line))


def rule_of(text: str, line: str) -> str | None:
    """The boilerplate rule that set the line aside, or None when it stayed in the story."""
    return {b["text"]: b["rule"] for b in parse_text(text)["boilerplate"]}.get(line)


# The site-forms tests' page: the headline, a byline and a stamp over the same story.
TITLE = HEAD.strip()
STORY = "\n".join(PARAGRAPHS) + "\n"
CAPTION = "Workers lift a rusted beam from the old ferry pier at Portvale on Monday, June 1, 2026."


def between_paragraphs(*lines: str) -> dict:
    """The parse of a bylined page with the lines between its first and second paragraphs."""
    text = (
        f"{TITLE}\nBy Ilse Marrow\nJune 3, 2026\n"
        + "\n".join([PARAGRAPHS[0], *lines, *PARAGRAPHS[1:]])
        + "\n"
    )
    return parse_text(text)


def under_caption(credit: str, caption: str = CAPTION) -> dict:
    """The parse of a page with a caption and the credit line under it, between paragraphs."""
    return between_paragraphs(caption, credit)


def media_of(got: dict) -> list[tuple[str | None, list[str], list[str]]]:
    """Each media block's credit, photographers and agencies."""
    return [(m["credit"], m["photographers"], m["agencies"]) for m in got["media"]]


def with_closing_note(note: str) -> dict:
    """The parse of the bylined story with the note after its last paragraph."""
    return parse_text(f"{TITLE}\nBy Ilse Marrow\nJune 3, 2026\n" + STORY + note + "\n")


def closing_chrome_rule(line: str) -> str | None:
    """The boilerplate rule that sets the line aside under the bylined story (before one more
    chrome line), or None when it stayed in the story."""
    text = f"{TITLE}\nBy Ilse Marrow\nJune 3, 2026\n" + STORY + line + "\nMore news\n"
    return rule_of(text, line)


def credit_people(credit: str) -> tuple[list[str], list[str]]:
    """The photographers and agencies a credit names, as lists."""
    got = credits.read(credit)
    return list(got.photographers), list(got.agencies)
