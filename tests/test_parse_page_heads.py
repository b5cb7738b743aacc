"""Headlines over bullet-point decks, and a site's self-description in its menu over the
headline (forms of the `unseen2` site pages, written again here with other words)."""

from __future__ import annotations

from pipeline.parse import parse_text

MENU = "\n".join(["Home", "News", "Markets", "Sport", "Opinion", "Weather"])
STORY = (
    "The harbour board voted on Monday to close the old ferry pier for two years of repairs, "
    "after engineers found cracks in two of its concrete pillars.\n"
    "Board chair Lena Markov said the ferries would use the new quay in the meantime, and "
    "that fares would not change while the work went on.\n"
)
HEADLINE = "Portvale Shuts Its Old Ferry Pier for Two Years as Repair Bill Climbs"
BULLETS = [
    "Engineers found cracks in two pillars after the winter storms",
    "Ferries move to the new quay on the other side of the harbour",
]


def test_a_headline_over_bullet_points_heads_them() -> None:
    text = f"{MENU}\n{HEADLINE}\n" + "\n".join(BULLETS) + f"\nBy Jo Li\nMarch 3, 2025\n{STORY}"
    got = parse_text(text)
    assert got["title"] == HEADLINE
    assert got["line_roles"][6:9] == ["title", "standfirst", "standfirst"]
    assert got["body"].startswith("The harbour board voted")


def test_a_sentence_case_headline_longer_than_its_three_bullets_heads_them() -> None:
    headline = (
        "Fishermen who have moored at the old pier for decades protest as the harbour board "
        "shuts it for two years of repairs"
    )
    bullets = [*BULLETS, "The board says fares will not change while the work goes on"]
    text = f"{MENU}\n{headline}\n" + "\n".join(bullets) + f"\nBy Jo Li\n{STORY}"
    got = parse_text(text)
    assert got["title"] == headline
    assert got["line_roles"][7:10] == ["standfirst"] * 3


def test_one_deck_under_a_shorter_headline_stays_as_before() -> None:
    deck = "Engineers found cracks in two of the concrete pillars after the storms"
    got = parse_text(f"Ferry pier shut for repairs\n{deck}\nBy Jo Li\n{STORY}")
    assert got["title"] == "Ferry pier shut for repairs"
    assert got["line_roles"][1] == "standfirst"


SELF_DESCRIPTION = (
    "Portvale Media connects readers to a trusted network of local reporting, data and "
    "analysis, delivering the news that matters to the coast and its businesses every day."
)


def test_a_sites_self_description_in_its_menu_over_the_headline_is_chrome() -> None:
    text = (
        f"Portvale Media\n{SELF_DESCRIPTION}\n{MENU}\n{HEADLINE}\n"
        f"By Jo Li\nMarch 3, 2025 at 2:03 AM EDT\n{STORY}"
    )
    got = parse_text(text)
    assert got["title"] == HEADLINE
    assert SELF_DESCRIPTION not in got["body"]
    assert got["body"].startswith("The harbour board voted")


def test_a_live_blogs_first_post_over_the_next_posts_stamp_stays_the_story() -> None:
    # no menu between the long line and the stamp under it: the long line is story
    text = (
        f"Updated 9 min ago\nWhat the board chair said\n{SELF_DESCRIPTION}\n"
        f"Updated 19 min ago\nWhy the board wants the pier shut for years\nBy Jo Li\n{STORY}"
    )
    got = parse_text(text)
    assert got["title"] == "What the board chair said"
    assert got["body"].startswith(SELF_DESCRIPTION)


def test_the_last_link_of_a_menu_over_the_headline_is_no_headline() -> None:
    """'News' / 'Pith in the Wind' / 'Food & Drink' / 'Music' / 'Events' / 'Pith in the Wind' /
    the headline / the byline: the section's link, printed again over the headline (a blog's
    name at the Nashville Scene; session of 2026-12-06 18:05 UTC), is no headline, though
    a page may print its headline twice."""
    headline = "Council delays vote on Portvale bus garage lease after questions about bidding"
    text = (
        "Portvale Scene\nSubscribe\nNews\nPith in the Wind\nArts & Culture\nFood & Drink\n"
        f"Music\nEvents\nPith in the Wind\n{headline}\nHollis Avery\nFeb 19, 2025\nShare\n" + STORY
    )
    assert parse_text(text)["title"] == headline
