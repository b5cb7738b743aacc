"""Outlet, dateline and headline in web layouts seen across news sites (invented stories)."""

from pipeline.parse import parse_text

_STORY = (
    "The harbour board voted on Tuesday to close the old ferry pier for two years of repairs, "
    "a decision that drew protests from fishermen and cafe owners along the waterfront.\n"
    "Board chair Lena Markov said the pier had become unsafe after last winter's storms.\n"
    "The repairs are expected to cost about 40 million crowns, the board said in a statement."
)


def test_caption_with_glued_credit_is_no_headline() -> None:
    """A photo caption ending in its bracketed credit sits between the headline and the
    byline: the headline above it stays the title."""
    text = (
        "Politics\n"
        "Harbour board shuts the old ferry pier for repairs\n"
        "Fishermen gather on the old ferry pier in Porttown on Monday. (Anna Berg/AP)\n"
        "by Tomas Weller July 16 at 4:59 AM Email the author\n"
        "The harbour board voted on Tuesday to close the old ferry pier for two years of "
        "repairs, a decision that drew protests.\n"
        "Board chair Lena Markov said the pier had become unsafe after last winter's storms.\n"
    )
    assert parse_text(text)["title"] == "Harbour board shuts the old ferry pier for repairs"


def test_section_labels_are_no_headline() -> None:
    """'Xyz Perspective' and 'Opinion Interpretation of the news ...' are section chrome."""
    text = (
        "Harbourside Perspective\n"
        "Perspective Interpretation of the news based on evidence, including data, as well as "
        "anticipating how events might unfold based on past events\n"
        "The pier is closing. Porttown should have seen it coming.\n"
        "by Tomas Weller July 15 at 1:10 PM Follow @tweller\n" + _STORY
    )
    assert parse_text(text)["title"] == "The pier is closing. Porttown should have seen it coming."


def test_sidebar_stamps_and_names_are_no_headline() -> None:
    """A sidebar's 'by some blog - date' stamp, a bare time stamp, an author's name alone
    and chrome phrases ('Go to permalink') are never the title; with nothing else above
    the story the title stays empty."""
    for chrome in (
        "by harbour watch - Jul 14, 2018 2:45 pm",
        "May 31 at 3:41 PM",
        "Tomas Weller",
        "Go to permalink",
        "Purchase: Order Reprint",
        "Email Bio Follow",
    ):
        assert parse_text(chrome + "\n" + _STORY)["title"] == "", chrome


def test_author_box_is_no_headline() -> None:
    """'Name About | Email | Archive' under the headline and deck is an author box."""
    text = (
        "Get our app for free.\n"
        "App Frontpage\n"
        "Porttown pier closure is a scandal\n"
        "Tomas Weller digs into the harbour board's books and finds more\n"
        "Published: 38 mins ago\n"
        "Tomas Weller About | Email | Archive\n"
        "Tomas Weller is a columnist and the author of three books about the coast.\n" + _STORY
    )
    assert "About" not in parse_text(text)["title"]
