"""Helpers for tests over invented pages."""

from pipeline.parse import parse_text


def roles_of(text: str) -> dict[str, str]:
    """Each non-empty line of the page (stripped) with the role the parser gave it."""
    got = parse_text(text)
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    return dict(zip(lines, got["line_roles"], strict=True))
