"""Photo and video blocks in layouts seen across news sites (invented text, same layouts)."""

import pytest

from pipeline.parse import credits, credits_glued, parse_text

HEADLINE = "Ferry timetable approved after months of complaints"
STORY = (
    "The harbour authority approved the new ferry timetable on Tuesday after months of "
    "complaints from commuters about late boats and crowded decks.\n"
    "Officials said the change would take effect next month and cost less than expected.\n"
)
MORE = (
    "Commuters have asked for an earlier sailing for years, the authority's chair told the "
    "council on Monday evening.\n"
    "The new boats will enter service in the spring, once the crews finish their training.\n"
)


def test_labelled_captions_under_their_copyright_lines():
    """'Image copyright X' then 'Image caption Y': the credit belongs to the caption below it,
    the story paragraph above it is body, and a labelled caption is never body."""
    text = (
        f"{HEADLINE}\n{STORY}"
        "Image copyright Portvale Harbour Trust\n"
        "Image caption The new pier seen from the old lighthouse\n"
        f"{MORE}"
        "Image caption Ferry crews during a training run\n"
        "The council will vote on the fares next week after a public consultation.\n"
        "Media caption The harbour chair explains the new timetable\n"
    )
    got = parse_text(text)
    assert [(m["kind"], m["caption"], m["credit"]) for m in got["media"]] == [
        ("photo", "The new pier seen from the old lighthouse", "Portvale Harbour Trust"),
        ("photo", "Ferry crews during a training run", None),
        ("video", "The harbour chair explains the new timetable", None),
    ]
    assert "Image caption" not in got["body"]
    assert "Officials said the change" in got["body"]
    roles = got["line_roles"]
    assert roles[3:5] == ["credit", "caption"]
    assert roles[2] == "body"


def test_glued_credit_of_a_newspaper_photographer():
    """'(Jo Li/The Washington Post)' closing a caption: a newspaper credits its own staff
    photographer as an agency would; the caption leaves the body."""
    text = (
        f"{HEADLINE}\n{STORY}"
        "The harbour chair during a council meeting in Portvale, Norland, on Jan. 30. "
        "(Mara Quill/The Washington Post)\n"
        f"{MORE}"
    )
    got = parse_text(text)
    assert [(m["credit"], m["photographers"], m["agencies"]) for m in got["media"]] == [
        ("Mara Quill/The Washington Post", ["Mara Quill"], ["The Washington Post"])
    ]
    assert got["line_roles"][3] == "caption"
    assert "Mara Quill" not in got["body"]


def test_credited_caption_at_the_top_is_no_headline():
    """A caption closed by its credit is never the headline, above the headline or not."""
    text = (
        "Harbour chair Mara Quill (Ind.) (AP Photo/Jo Brandt)\n"
        "On The Waterfront\n"
        f"{STORY}"
        "The harbour chair speaks at the pier in Portvale, Norland, on Monday. "
        "(Kim Bo/The Washington Post)\n"
        "by Ann Holm July 16 at 4:59 AM\n"
        f"{MORE}"
    )
    got = parse_text(text)
    # The short line under the photo block that runs straight into the story is a section
    # head of a newsletter, not a headline: the page has none (tests/test_parse_sites_titles).
    assert got["title"] == ""
    assert got["line_roles"][0] == "caption"
    assert [m["credit"] for m in got["media"]] == [
        "AP Photo/Jo Brandt",
        "Kim Bo/The Washington Post",
    ]
    text = (
        "The harbour chair speaks at the pier in Portvale, Norland, on Monday. (Jo Brandt/AP)\n"
        "by Ann Holm July 16 at 4:59 AM\n"
        f"{STORY}"
    )
    got = parse_text(text)
    assert got["title"] != text.split("\n")[0]
    assert got["line_roles"][0] == "caption"
    assert got["media"][0]["credit"] == "Jo Brandt/AP"


@pytest.mark.parametrize(
    ("line", "credit", "photographers", "agencies"),
    [
        ("Screenshot:  VideoTube", "VideoTube", [], ["VideoTube"]),
        ("Photo illustration by Jo Brandt/Slate", "Jo Brandt/Slate", ["Jo Brandt"], ["Slate"]),
        # (courtesy stays in the credit as written since 2026-12-05, 11:33 UTC)
        ("Photo courtesy of Jo Brandt", "Photo courtesy of Jo Brandt", ["Jo Brandt"], []),
        ("Photo: Reuters Photo By Kim Bo", "Reuters Photo By Kim Bo", ["Kim Bo"], ["Reuters"]),
        ("From Acmefilms via CNN", "From Acmefilms via CNN", [], ["CNN", "Acmefilms"]),
        ("Photo: Jo Brandt for The Washington Post", None, ["Jo Brandt"], None),
        ("Illustration: Jo Brandt (Getty Images)", "Jo Brandt (Getty Images)", ["Jo Brandt"], None),
        ("Bettmann/Bettmann Archive", "Bettmann/Bettmann Archive", [], ["Bettmann"]),
    ],
)
def test_credit_forms(line, credit, photographers, agencies):
    """Labels ('Screenshot:', 'Photo illustration by', 'Photo courtesy of') come off the
    credit; 'By' and 'From' open no photographer's name; a 'for' client is no part of one."""
    assert credits.is_credit_line(line)
    read = credits.read(line)
    if credit is not None:
        assert read.credit == credit
    assert list(read.photographers) == photographers
    if agencies is not None:
        assert sorted(read.agencies) == sorted(agencies)


def test_label_before_a_sentence_is_no_credit():
    assert not credits.is_credit_line(
        "PHOTOS: The scene as crowds take to Portvale, Norland's streets to cheer the crews"
    )
    assert credits.is_credit_line("PHOTOS: Jo Brandt and Kim Bo, AFP")


def test_reported_speech_above_a_credit_stays_body():
    """A photo without a caption: its credit follows a story paragraph, which stays body."""
    text = (
        f"{HEADLINE}\n{STORY}"
        "The chair told the council on Monday that the old timetable was \u201cno longer "
        "workable for anyone who commutes before seven in the morning.\u201d\n"
        "Jo Brandt/AFP/Getty Images\n"
        f"{MORE}"
    )
    got = parse_text(text)
    assert got["line_roles"][3:5] == ["body", "credit"]
    assert got["media"][0]["caption"] is None
    assert got["media"][0]["agencies"] == ["AFP", "Getty Images"]


@pytest.mark.parametrize(
    "paragraph",
    [
        # the writer's own voice (a columnist's page over a video's credit)
        "As I wrote on Monday, the vote on the timetable is the board's first real test since "
        "the storm, and its chair knows it.",
        # a long paragraph of analysis, without the date a wire caption of its length gives
        "The board is likely to talk about the breakwater as well. Earlier this year its chair "
        "reportedly told the council that the old pier belongs to the town because of the "
        "fishermen who built it. That reading of the pier's history is one of the pillars of "
        "the board's case for rebuilding it, and one the council has never accepted. The "
        "fishermen's union is certainly worried about what could come out of the talks, "
        "writing in a letter to the Portvale Gazette that it wishes the board well.",
    ],
)
def test_a_story_paragraph_over_a_credit_is_no_caption(paragraph):
    """A photo or chart without a caption: its credit follows a story paragraph, which stays
    body (a Washington Post column and a HuffPost analysis in helsinki_dev)."""
    text = f"{HEADLINE}\n{STORY}{paragraph}\nJo Brandt/AFP/Getty Images\n{MORE}"
    got = parse_text(text)
    assert got["line_roles"][3:5] == ["body", "credit"]
    assert got["media"][0]["caption"] is None
    assert paragraph in got["body"]


@pytest.mark.parametrize(
    "caption",
    [
        # a long wire caption: it says when the photo was taken
        "Commuters crowd the deck of the morning ferry as it leaves the old pier in Portvale, "
        "Thursday, July 12, 2018. The harbour board will vote next week on a new timetable "
        "that adds an earlier sailing, lunch-hour boats and a night service on weekends, "
        "after years of complaints from commuters, shop owners and the fishermen who share "
        "the harbour with the ferries.",
        # a quotation of the first person inside a caption
        "A commuter holds a sign reading \u201cI ride the ferry\u201d at the old pier on Tuesday.",
    ],
)
def test_a_caption_over_its_credit_stays_a_caption(caption):
    text = f"{HEADLINE}\n{STORY}{caption}\nJo Brandt/AFP/Getty Images\n{MORE}"
    got = parse_text(text)
    assert got["line_roles"][3:5] == ["caption", "credit"]
    assert got["media"][0]["caption"] == caption


def test_player_chrome_is_no_photographer():
    text = (
        f"{HEADLINE}\n{STORY}"
        "Close\n"
        "Ferry crews train on the new boats before the spring\n"
        "Skip Ad\n"
        f"{MORE}"
    )
    got = parse_text(text)
    assert all(m["credit"] is None for m in got["media"])
    assert got["line_roles"][5] == "boilerplate"


def test_hidden_caption_and_toggle_make_one_block():
    """'<caption> <credit> hide caption', 'toggle caption', credit, caption, credit: a page
    that prints one photo block twice around its caption button holds one photo."""
    caption = "Ferry crews train on the new boats in Portvale before the spring."
    text = (
        f"{HEADLINE}\n"
        f"{caption} Jo Brandt/Getty Images for Harbourfest hide caption\n"
        "toggle caption\n"
        "Jo Brandt/Getty Images for Harbourfest\n"
        f"{caption}\n"
        "Jo Brandt/Getty Images for Harbourfest\n"
        f"{STORY}"
    )
    got = parse_text(text)
    assert [(m["caption"], m["credit"]) for m in got["media"]] == [
        (caption, "Jo Brandt/Getty Images for Harbourfest")
    ]
    assert got["line_roles"][1] == "caption"
    assert "hide caption" not in got["body"]


def test_repeated_credit_over_its_caption_is_one_block():
    text = (
        f"{HEADLINE}\n"
        "Jo Brandt | AP\n"
        "Jo Brandt | AP\n"
        "The harbour chair, right, and the mayor at the pier in Portvale, Norland, July 7.\n"
        "Mara Quill, The Associated Press •\n"
        "March 1, 2024 8:21 am\n"
        f"PORTVALE, Norland (AP) — {STORY}"
    )
    got = parse_text(text)
    assert [(m["caption"], m["credit"], m["photographers"]) for m in got["media"]] == [
        (
            "The harbour chair, right, and the mayor at the pier in Portvale, Norland, July 7.",
            "Jo Brandt | AP",
            ["Jo Brandt"],
        )
    ]


def test_two_whole_blocks_stay_two():
    line = "The mayor greets ferry crews in Portvale. (AP Photo/Jo Brandt)"
    got = parse_text(f"{HEADLINE}\n{line}\n{line}\n{STORY}")
    assert [m["credit"] for m in got["media"]] == ["AP Photo/Jo Brandt"] * 2


def test_stray_bracket_leaves_the_caption():
    text = (
        f"{HEADLINE}\nThe mayor greets ferry crews in Portvale on Monday. (\nJo Brandt/AP\n{STORY}"
    )
    got = parse_text(text)
    assert got["media"][0]["caption"] == "The mayor greets ferry crews in Portvale on Monday."
    assert got["media"][0]["credit"] == "Jo Brandt/AP"


def test_credit_cut_short_in_a_teaser():
    """An aggregator's teaser cut off inside its photo credit: '... ( Jo Brandt | AFP ...'."""
    line = (
        "The two ministers shake hands before the talks in Portvale, on July 16. "
        "( Jo Brandt | AFP ..."
    )
    assert credits_glued.split_glued(line) == (
        "The two ministers shake hands before the talks in Portvale, on July 16.",
        "Jo Brandt | AFP",
    )
    got = parse_text(f"{HEADLINE}\n{STORY}{line}\n{MORE}")
    assert got["media"][0]["credit"] == "Jo Brandt | AFP"
    assert got["media"][0]["agencies"] == ["AFP"]
    assert "Jo Brandt" not in got["body"]
    assert credits_glued.split_glued("The mayor spoke (briefly) on Monday and then ...") is None


def test_agency_first_bracketed_credit():
    line = (
        "The mayor greets crews at the pier in Portvale, July 7, 2017. "
        "(REUTERS/Jo Brandt/File Photo)"
    )
    got = parse_text(f"{HEADLINE}\n{STORY}{line}\n{MORE}")
    assert [(m["credit"], m["photographers"], m["agencies"]) for m in got["media"]] == [
        ("REUTERS/Jo Brandt/File Photo", ["Jo Brandt"], ["Reuters"])
    ]
    assert got["line_roles"][3] == "caption"


def test_afp_credit_should_read():
    """'(Photo by Jo Li / Portvale News / AFP) (Photo credit should read JO LI/AFP/Getty
    Images)': AFP's own wording is the credit; both wordings name the agencies."""
    read = credits.read(
        "Photo by Jo Li / Sputnik / AFP) (Photo credit should read JO LI/AFP/Getty Images"
    )
    assert read.credit == "JO LI/AFP/Getty Images"
    assert read.photographers == ("Jo Li",)
    assert read.agencies == ("Sputnik", "AFP", "Getty Images")


def test_credit_printed_again_with_its_caption_counts_twice():
    """Outside a 'toggle caption' button, a credit-only block and a captioned block with the
    same credit are two printed credits: the labels count both."""
    text = (
        f"{HEADLINE}\n"
        "Jo Brandt/AP\n"
        "The mayor greets ferry crews in Portvale on Monday.\n"
        "Jo Brandt/AP\n"
        f"{STORY}"
    )
    got = parse_text(text)
    assert [m["credit"] for m in got["media"]] == ["Jo Brandt/AP", "Jo Brandt/AP"]


def test_photo_desk_code_after_a_glued_credit():
    """'... (AP Photo/Jo Li) ORG XMIT: PV104' over 'Jo Li, AP': the desk's transmission code
    after the credit is neither caption nor credit; the credit is read as without it."""
    text = (
        f"{HEADLINE}\n{STORY}"
        "The mayor greets ferry crews at the pier in Portvale, Tuesday, May 7, 2019. "
        "(AP Photo/Jo Brandt) ORG XMIT: PVL104\n"
        "Jo Brandt, AP\n"
        "Crews rest on the quay before the first sailing of the day in Portvale. "
        "(AP Photo/Mara Quill) ORG XMIT: QM2207\n"
        f"{MORE}"
    )
    got = parse_text(text)
    assert [
        (m["caption"], m["credit"], m["photographers"], m["agencies"]) for m in got["media"]
    ] == [
        (
            "The mayor greets ferry crews at the pier in Portvale, Tuesday, May 7, 2019.",
            "Jo Brandt, AP",
            ["Jo Brandt"],
            ["Associated Press"],
        ),
        (
            "Crews rest on the quay before the first sailing of the day in Portvale.",
            "AP Photo/Mara Quill",
            ["Mara Quill"],
            ["Associated Press"],
        ),
    ]
    assert "XMIT" not in got["body"]
    assert credits_glued.split_glued(
        "Crews rest on the quay. Jo Li/AFP/Getty Images ORIG FILE ID: A_1B"
    ) == (
        "Crews rest on the quay.",
        "Jo Li/AFP/Getty Images",
    )


@pytest.mark.parametrize("opening", ["(", ""])
def test_afp_short_wording_before_its_own_leaves_the_caption(opening):
    """'... 2019. (Photo by Jo LI / AFP) (Photo credit should read JO LI/AFP/Getty Images)':
    both wordings are the credit (the first one's bracket is sometimes lost); the caption
    keeps only the description, and the surname in capitals names the same person."""
    line = (
        "Crews rest on the quay at dawn in Portvale on May 7, 2019. "
        f"{opening}Photo by Jo BRANDT / AFP) (Photo credit should read JO BRANDT/AFP/Getty Images)"
    )
    got = parse_text(f"{HEADLINE}\n{STORY}{line}\n{MORE}")
    assert [
        (m["caption"], m["credit"], m["photographers"], m["agencies"]) for m in got["media"]
    ] == [
        (
            "Crews rest on the quay at dawn in Portvale on May 7, 2019.",
            "JO BRANDT/AFP/Getty Images",
            ["Jo Brandt"],
            ["AFP", "Getty Images"],
        )
    ]


def test_glued_credit_is_split_from_a_caption_over_its_credit_line():
    """'... 2019. (AP Photo/Jo Li)' over 'Jo Li/AP': the caption keeps only the description,
    and the two printings of the credit make one photo block."""
    text = (
        f"{HEADLINE}\n{STORY}"
        "Crews rest on the quay before the first sailing in Portvale, Monday, May 6, 2019. "
        "(AP Photo/Jo Brandt)\n"
        "Jo Brandt/AP\n"
        f"{MORE}"
    )
    got = parse_text(text)
    assert [
        (m["caption"], m["credit"], m["photographers"], m["agencies"]) for m in got["media"]
    ] == [
        (
            "Crews rest on the quay before the first sailing in Portvale, Monday, May 6, 2019.",
            "Jo Brandt/AP",
            ["Jo Brandt"],
            ["Associated Press"],
        )
    ]


@pytest.mark.parametrize(
    ("credit", "photographers", "agencies"),
    [
        ("Jo Brandt/Tass/Getty Images", ("Jo Brandt",), ("TASS", "Getty Images")),
        ("Photo by Jo BrandtTASS via Getty Images", ("Jo Brandt",), ("TASS", "Getty Images")),
        ("Jo McKEE/AP", ("Jo McKEE",), ("Associated Press",)),
    ],
)
def test_agency_spellings_in_credits(credit, photographers, agencies):
    """A short agency alias in title case ('Tass') is the agency; its capitals glued to the
    photographer's surname ('BrandtTASS') are split off; a name's own capitals are kept."""
    read = credits.read(credit)
    assert (read.photographers, read.agencies) == (photographers, agencies)


def test_labelled_caption_under_its_credit():
    """'Jo Li/Shutterstock' over 'All aboard: The mayor waves from the deck': a caption made
    of a short label, a colon and an unstopped sentence, under its credit. The story line
    above the credit stays body."""
    text = (
        f"{HEADLINE}\n{STORY}"
        "Jo Brandt/Shutterstock\n"
        "All aboard: The mayor waved to crews from the deck of the new ferry on Tuesday\n"
        f"{MORE}"
    )
    got = parse_text(text)
    assert got["line_roles"][2:5] == ["body", "credit", "caption"]
    assert [
        (m["caption"], m["credit"], m["photographers"], m["agencies"]) for m in got["media"]
    ] == [
        (
            "All aboard: The mayor waved to crews from the deck of the new ferry on Tuesday",
            "Jo Brandt/Shutterstock",
            ["Jo Brandt"],
            ["Shutterstock"],
        )
    ]
    assert "Officials said the change" in got["body"]
    assert "All aboard" not in got["body"]


def test_story_paragraph_with_a_lead_in_label_under_a_credit_stays_body():
    """A story paragraph that opens with a label ('Next steps: ...') ends its sentence: under
    a credit it is no caption."""
    text = (
        f"{HEADLINE}\n{STORY}"
        "The mayor greets ferry crews at the pier in Portvale on Tuesday.\n"
        "Jo Brandt/AP\n"
        "Next steps: The authority wants the boats running before the summer crowds arrive.\n"
        f"{MORE}"
    )
    got = parse_text(text)
    assert got["line_roles"][3:6] == ["caption", "credit", "body"]
    assert [m["caption"] for m in got["media"]] == [
        "The mayor greets ferry crews at the pier in Portvale on Tuesday."
    ]


def test_caption_printed_again_as_a_line_is_a_caption():
    """The page prints a photo's caption by the photo and again as a line of its own: the
    copy is a caption of the same photo, not a story line."""
    text = (
        f"{HEADLINE}\n"
        "Jo Brandt/Harbourlight/AP\n"
        "The new ferry leaves the harbour at dawn.\n"
        "The new ferry leaves the harbour at dawn.\n"
        "(Jo Brandt/Harbourlight/AP)\n"
        f"{STORY}{MORE}"
        "The new ferry leaves the harbour at dawn.\n"
        "The chair will present the fares to the council next week, officials said.\n"
    )
    got = parse_text(text)
    assert got["line_roles"][:5] == ["title", "credit", "caption", "caption", "credit"]
    assert got["line_roles"][9] == "caption"
    assert "leaves the harbour" not in got["body"]
    assert [(m["caption"], m["credit"]) for m in got["media"]] == [
        ("The new ferry leaves the harbour at dawn.", "Jo Brandt/Harbourlight/AP"),
        ("The new ferry leaves the harbour at dawn.", "Jo Brandt/Harbourlight/AP"),
    ]


def test_heading_under_a_credited_caption_is_no_photographer():
    """A caption whose glued credit names the photographer, then a two-word heading that
    looks like a name: the heading credits nothing (a repeat of the photographer would)."""
    text = (
        f"{HEADLINE}\n{STORY}"
        "The mayor greets ferry crews at the pier in Portvale on Tuesday. (AP Photo/Jo Brandt)\n"
        "Harbour Works\n"
        f"{MORE}"
    )
    got = parse_text(text)
    assert [(m["credit"], m["photographers"]) for m in got["media"]] == [
        ("AP Photo/Jo Brandt", ["Jo Brandt"])
    ]
    assert got["line_roles"][4] != "credit"


def test_script_line_is_boilerplate():
    """A line of page script (a widget's JavaScript) is page furniture, never a caption or
    a story line, and is recorded under the rule 'script'."""
    script = (
        "window._widgets = window._widgets || [];  _widgets.push({ mode: 'cards', "
        "container: 'gallery-cards-2', placement: 'Gallery Cards 2' });"
    )
    text = (
        f"{HEADLINE}\n{script}\n"
        "Photo: Jo Brandt, AP\n"
        "Image 1 of 2\n"
        "The mayor greets ferry crews at the pier in Portvale on Tuesday.\n"
        f"{STORY}"
        "var boatCount = 12;\n"
        f"{MORE}"
    )
    got = parse_text(text)
    assert {"text": script, "rule": "script"} in got["boilerplate"]
    assert {"text": "var boatCount = 12;", "rule": "script"} in got["boilerplate"]
    assert got["line_roles"][1] == "boilerplate"
    assert "boatCount" not in got["body"]
    assert [(m["caption"], m["credit"]) for m in got["media"]] == [
        ("The mayor greets ferry crews at the pier in Portvale on Tuesday.", "Jo Brandt, AP")
    ]


def test_wire_notice_to_editors_after_the_credit():
    """'... Jo Li/Pool via REUTERS ATTENTION EDITORS - SUPPLIED BY AN OUTSIDE SOURCE.': the
    wire's notice closes the credit; the line is a credited caption."""
    text = (
        f"{HEADLINE}\n{STORY}"
        "The mayor's launch leaves the pier in Portvale, Norland May 7, 2018. "
        "Harbourlight/Jo Brandt/Pool via REUTERS ATTENTION EDITORS - PICTURE SUPPLIED BY THE "
        "HARBOUR TRUST. FOR EDITORIAL USE.\n"
        f"{MORE}"
    )
    got = parse_text(text)
    assert got["line_roles"][3] == "caption"
    assert [
        (m["caption"], m["credit"], m["photographers"], m["agencies"]) for m in got["media"]
    ] == [
        (
            "The mayor's launch leaves the pier in Portvale, Norland May 7, 2018.",
            "Harbourlight/Jo Brandt/Pool via REUTERS",
            ["Jo Brandt"],
            ["Harbourlight", "Reuters"],
        )
    ]


@pytest.mark.parametrize(
    ("line", "without"),
    [
        (
            "The mayor greets ferry crews at the pier. (Photo by Jo Brandt/Harbourlight/AP) less",
            "The mayor greets ferry crews at the pier. (Photo by Jo Brandt/Harbourlight/AP)",
        ),
        (
            "The mayor greets ferry crews at the pier ... more",
            "The mayor greets ferry crews at the pier ...",
        ),
        (
            "The mayor greets ferry crews at the pier. SHOW MORE SHOW LESS",
            "The mayor greets ferry crews at the pier.",
        ),
        ("Prices will rise, more or less", "Prices will rise, more or less"),
        ("The crews want more", "The crews want more"),
    ],
)
def test_caption_toggle_buttons_are_no_caption_text(line, without):
    """A gallery caption's expand/collapse button ('less', '... more', 'SHOW MORE SHOW LESS')
    is no part of the caption; the words closing a sentence stay."""
    assert credits_glued.without_photo_notes(line) == without


def test_toggle_after_a_glued_credit_keeps_the_credit():
    """'... in Portvale. (Photo by Jo Li/AP, File) less' under a media label: the button
    does not hide the glued credit, and the caption is the description alone."""
    text = (
        f"{HEADLINE}\n{STORY}"
        "Image 1 of 2\n"
        "The mayor greets ferry crews at the pier in Portvale. (Photo by Mara Quill/AP, File) "
        "less\n"
        f"{MORE}"
    )
    got = parse_text(text)
    assert [
        (m["caption"], m["credit"], m["photographers"], m["agencies"]) for m in got["media"]
    ] == [
        (
            "The mayor greets ferry crews at the pier in Portvale.",
            "Mara Quill/AP, File",
            ["Mara Quill"],
            ["Associated Press"],
        )
    ]


@pytest.mark.parametrize(
    ("credit", "photographers", "agencies"),
    [
        (
            "Jo Brandt/Portvale Ledger-Star via AP, File",
            ("Jo Brandt",),
            ("Portvale Ledger-Star", "Associated Press"),
        ),
        ("Harbourlight/Jo Brandt/Pool via REUTERS", ("Jo Brandt",), ("Harbourlight", "Reuters")),
    ],
)
def test_member_paper_between_the_photographer_and_via(credit, photographers, agencies):
    """'Jo Li/Portvale Ledger-Star via AP': the name between the photographer and 'via' is
    the paper that shared the photo, not a second photographer."""
    read = credits.read(credit)
    assert (read.photographers, read.agencies) == (photographers, agencies)


def test_bar_credit_after_the_caption_sentence():
    """'... on Tuesday. Jo Li | Bloomberg | Getty Images': a bar credit glued after the
    caption's sentence is split off like a slash credit."""
    line = (
        "The mayor greets ferry crews at the pier in Portvale on Tuesday. "
        "Jo Brandt | Bloomberg | Getty Images"
    )
    got = parse_text(f"{HEADLINE}\n{STORY}{line}\n{MORE}")
    assert [
        (m["caption"], m["credit"], m["photographers"], m["agencies"]) for m in got["media"]
    ] == [
        (
            "The mayor greets ferry crews at the pier in Portvale on Tuesday.",
            "Jo Brandt | Bloomberg | Getty Images",
            ["Jo Brandt"],
            ["Bloomberg", "Getty Images"],
        )
    ]
    text = "The vote was close. Trump | Putin talks end in Portvale"
    assert credits_glued.split_glued(text) is None


@pytest.mark.parametrize(
    ("credit", "agencies"),
    [
        (
            "Jo Brandt/SOPA Images/LightRocket via Getty Images",
            ("SOPA Images", "LightRocket", "Getty Images"),
        ),
        ("Jo Brandt/NurPhoto via Getty Images", ("NurPhoto", "Getty Images")),
        ("Jo Brandt/WireImage", ("WireImage",)),
        ("Jo Brandt/Hulton Archive/Getty Images", ("Hulton Archive", "Getty Images")),
        ("KCNA via Reuters", ("KCNA", "Reuters")),
    ],
)
def test_photo_agencies_of_the_table_in_credit_order(credit, agencies):
    """Photo agencies and their brands named in credits are in the organisations table: they
    come out under their canonical names, in the credit's order, and never as people."""
    read = credits.read(credit)
    assert read.agencies == agencies
    assert read.photographers == (("Jo Brandt",) if credit.startswith("Jo") else ())
    assert credits.is_credit_line(credit)


@pytest.mark.parametrize(
    ("line", "credit", "photographers", "agencies"),
    [
        ("Photographer: Jo Brandt/Bloomberg", "Jo Brandt/Bloomberg", ["Jo Brandt"], ["Bloomberg"]),
        ("Jo Brandt—Getty Images", "Jo Brandt—Getty Images", ["Jo Brandt"], ["Getty Images"]),
        (
            "(Photo: Jo Brandt, USA TODAY Sports)",
            "Jo Brandt, USA TODAY Sports",
            ["Jo Brandt"],
            ["USA Today"],
        ),
        (
            "Jo Brandt/USA TODAY NETWORK",
            "Jo Brandt/USA TODAY NETWORK",
            ["Jo Brandt"],
            ["USA Today"],
        ),
    ],
)
def test_more_credit_line_wordings(line, credit, photographers, agencies):
    """'Photographer: X/Bloomberg', an unspaced em dash ('X—Getty Images'), and a newspaper's
    sports desk or network named with it: credit lines under their caption."""
    got = parse_text(
        f"{HEADLINE}\n{STORY}The mayor greets ferry crews at the pier.\n{line}\n{MORE}"
    )
    assert [
        (m["caption"], m["credit"], m["photographers"], m["agencies"]) for m in got["media"]
    ] == [("The mayor greets ferry crews at the pier.", credit, photographers, agencies)]


def test_spaced_em_dash_under_a_headline_is_no_credit():
    """'Jo Li — Associated Press' under the headline reads as a byline as much as a credit:
    no photo credit is made of it."""
    text = f"{HEADLINE}\nJo Brandt — Associated Press\n{STORY}"
    assert parse_text(text)["media"] == []
    assert not credits.is_credit_line("Jo Brandt — Associated Press")


@pytest.mark.parametrize(
    ("line", "caption", "credit", "photographers", "agencies"),
    [
        (
            "A slogan is painted on a monument in Portvale, Norland, in June 2015. | AP Photo",
            "A slogan is painted on a monument in Portvale, Norland, in June 2015.",
            "AP Photo",
            [],
            ["Associated Press"],
        ),
        (
            "Crowds gather before the ferry debate on Sept. 25 in Portvale "
            "| Jo Brandt/Getty Images",
            "Crowds gather before the ferry debate on Sept. 25 in Portvale",
            "Jo Brandt/Getty Images",
            ["Jo Brandt"],
            ["Getty Images"],
        ),
    ],
)
def test_credit_set_off_by_a_bar_after_the_caption(line, caption, credit, photographers, agencies):
    """'<caption> | AP Photo', '<caption> | Jo Li/Getty Images': a credit set off by a bar
    closes the caption. A page title's '... | Reuters' (the site) is no credit."""
    got = parse_text(f"{HEADLINE}\n{STORY}{line}\n{MORE}")
    assert [
        (m["caption"], m["credit"], m["photographers"], m["agencies"]) for m in got["media"]
    ] == [(caption, credit, photographers, agencies)]
    text = "Ferry fares to rise next month, officials say | Reuters"
    assert credits_glued.split_glued(text) is None


def test_featured_image_credit_closing_the_story():
    """'Featured image by Jo Li/Getty Images' after the story credits the page's lead photo."""
    text = f"{HEADLINE}\n{STORY}{MORE}Featured image by Jo Brandt/Getty Images\n"
    got = parse_text(text)
    assert [
        (m["caption"], m["credit"], m["photographers"], m["agencies"]) for m in got["media"]
    ] == [(None, "Jo Brandt/Getty Images", ["Jo Brandt"], ["Getty Images"])]
    assert got["line_roles"][-1] == "credit"


@pytest.mark.parametrize(
    ("line", "credit", "photographers"),
    [
        ("Featured image via Jo Brandt/Getty Images", "Jo Brandt/Getty Images", ("Jo Brandt",)),
        (
            "Kim Bo Lee III/The Portvale Observer via AP Photo",
            "Kim Bo Lee III/The Portvale Observer via AP Photo",
            ("Kim Bo Lee III",),
        ),
    ],
)
def test_credit_wording_and_name_suffixes(line, credit, photographers):
    """'Featured image via X': the credit starts after 'via'; a generational suffix ('III')
    stays in capitals (only an AFP-style surname in capitals is title-cased)."""
    read = credits.read(line)
    assert (read.credit, read.photographers) == (credit, photographers)


@pytest.mark.parametrize("pad", range(0, 360, 7))
def test_photo_notes_found_whatever_the_line_length(pad):
    """A desk code or a notice to editors is found at the end of a short line as of a long
    one."""
    text = "Crews wait" + "." * pad + " "
    assert credits_glued.without_photo_notes(f"{text}Jo Li/AP ORG XMIT: A1") == f"{text}Jo Li/AP"
    notice = "ATTENTION EDITORS - SUPPLIED BY THE PORTVALE HARBOUR TRUST. EDITORIAL USE ONLY."
    assert credits_glued.without_photo_notes(f"{text}Jo Li/AP {notice}") == f"{text}Jo Li/AP"
    assert credits_glued.split_glued(f"The crews wait at the pier. Jo Li/AP {notice}") == (
        "The crews wait at the pier.",
        "Jo Li/AP",
    )


QUOTE = "“It is a good day for the harbour,” the chair said after the vote on Tuesday.\n"
AFTER = "The chair, as her critics were quick to note, did not mention the cost of the new boats.\n"


@pytest.mark.parametrize(
    ("label", "slug"),
    [
        ("WATCH:", None),
        ("Watch:", None),
        (
            "WATCH: HARBOUR CHAIR SAYS NEW BOATS WILL 'PAY FOR THEMSELVES'",
            ("HARBOUR CHAIR SAYS NEW BOATS WILL 'PAY FOR THEMSELVES'"),
        ),
        ("VIDEO: Harbour chair explains the timetable", "Harbour chair explains the timetable"),
    ],
)
def test_story_paragraph_after_a_watch_label_is_no_caption(label, slug):
    """'WATCH:' (or 'WATCH: <the video's title>') leads in to an embedded video whose player
    the scrape lost: the paragraph under it is the story again, not the video's caption. A
    titled label makes the video block; a bare one leaves nothing to enter (the field guide's
    labelled pages give a prompt for a video absent from the text no media entry)."""
    got = parse_text(f"{HEADLINE}\n{STORY}{QUOTE}{label}\n{AFTER}{MORE}")
    want = [("video", slug, None)] if slug else []
    assert [(m["kind"], m["slug"], m["caption"]) for m in got["media"]] == want
    assert "as her critics were quick to note" in got["body"]
    assert got["line_roles"][4:6] == ["media_label", "body"]


def test_a_video_caption_under_a_watch_label_keeps_its_date():
    """A line under 'WATCH:' that closes with the video's date is that video's caption."""
    text = f"{HEADLINE}\n{STORY}WATCH:\nThe harbour chair on the new boats. (July 15, 2018)\n{MORE}"
    got = parse_text(text)
    assert [(m["kind"], m["caption"]) for m in got["media"]] == [
        ("video", "The harbour chair on the new boats. (July 15, 2018)")
    ]


def test_a_quoted_post_opening_with_watch_is_story():
    """A post quoted in the story may open with 'WATCH:'; its link and its signature make it
    the story's quote, like any other quoted post, not a video label and its caption."""
    text = (
        f"{HEADLINE}\n{STORY}"
        "WATCH: Harbour chair Kim Bo on the new timetable https://t.co/ab12cd pic.twitter.com/x9\n"
        "— Portvale Harbour (@PortvaleHarbour) July 15, 2018\n"
        f"{MORE}"
    )
    got = parse_text(text)
    assert got["media"] == []
    assert "WATCH: Harbour chair Kim Bo" in got["body"]
    assert "— Portvale Harbour (@PortvaleHarbour)" in got["body"]


def test_a_headline_labelled_watch_is_the_title():
    """'WATCH: <headline>' opening the page is its headline (a label before it, as 'PHOTOS:'),
    not a video's title, and the story under it is the body."""
    text = (
        "WATCH: Harbour Chair Says New Boats Will Pay For Themselves\n\n"
        "The harbour chair told the council on Tuesday that the new boats would pay for "
        "themselves within ten years, despite warnings from the auditors.\n"
    )
    got = parse_text(text)
    assert got["title"] == "WATCH: Harbour Chair Says New Boats Will Pay For Themselves"
    assert got["media"] == []
    assert got["body"].startswith("The harbour chair told the council")


def test_caption_printed_over_its_credited_copy_is_one_photo_block():
    """'Jo Li / AP' / '<caption>' / '<caption> (Jo Li / AP)': the credit heads the caption
    printed twice under it; the story line above the credit is no caption, the bare copy
    captions the credit's block, and the credited copy keeps its own printed credit."""
    caption = "The new ferry leaves the harbour at Portvale on July 12, 2018."
    text = (
        f"{HEADLINE}\n{STORY}"
        "Kim Bo, the harbour chair, said the boats would be ready in time for the summer.\n"
        "Jo Li / AP\n"
        f"{caption}\n"
        f"{caption} (Jo Li / AP)\n"
        f"{MORE}"
    )
    got = parse_text(text)
    assert [(m["caption"], m["credit"]) for m in got["media"]] == [
        (caption, "Jo Li / AP"),
        (caption, "Jo Li / AP"),
    ]
    assert "Kim Bo, the harbour chair" in got["body"]


def test_uncredited_caption_printed_twice_is_one_block():
    """'<caption>' / '<caption>' (an uncredited photo's caption printed twice in a row): one
    photo; the two copies open no second block."""
    caption = "FILE - In this July 7, 2017, file photo, the mayor of Portvale opens the pier."
    text = f"{HEADLINE}\n{caption}\n{caption}\n{STORY}{MORE}"
    got = parse_text(text)
    assert [(m["caption"], m["credit"]) for m in got["media"]] == [(caption, None)]


def test_caption_copy_printed_before_its_credited_slide_is_one_block():
    """A gallery cover prints the slide's caption first; the slide below, with its credit, is
    the photo: the uncredited copy above opens no block of its own."""
    first = "People gather on the Senate Square in Portvale on July 15, 2018."
    text = f"{HEADLINE}\n{STORY}{first}\nPost to Facebook\n{first}\nJO LI, EPA-EFE\n{MORE}"
    got = parse_text(text)
    assert [(m["caption"], m["credit"]) for m in got["media"]] == [(first, "JO LI, EPA-EFE")]


def test_long_caption_printed_twice_with_its_credit_is_a_caption():
    """A caption longer than a story paragraph, printed twice in a row with its credit glued
    on: a story paragraph is printed once, so the pair is a photo's caption, not story."""
    caption = (
        "Jo Li, head of the Portvale brewery, shows a bottle whose label depicts the two "
        "mayors, during an interview in Portvale, Saturday, July 14, 2018. "
        + "The brewery says the lager has sold out in every shop of the town and beyond. " * 3
        + "(AP Photo/Jo Li) Jo Li AP"
    )
    assert len(caption) > 400
    text = f"{HEADLINE}\n{caption}\n{caption}\n{STORY}{MORE}"
    got = parse_text(text)
    assert [m["credit"] for m in got["media"]] == ["AP Photo/Jo Li", "AP Photo/Jo Li"]
    assert got["media"][0]["caption"].startswith("Jo Li, head of the Portvale brewery")
    assert "head of the Portvale brewery" not in got["body"]


_CNN_STORY = (
    "(CNN)\nThe streaming service reversed its content policy on Friday, three weeks after it "
    "removed the singer's songs from its playlists and recommendations.\n"
)


@pytest.mark.parametrize(
    "above",
    [
        # under a video title: the tag is no credit of that clip
        "By Jo Li, CNN\nUpdated 1:28 AM ET, Mon July 16, 2018\nJUST WATCHED\n"
        "Mayor slams the ferry plan\n",
        "",  # with no byline at all, the tag alone names the outlet
    ],
)
def test_broadcaster_tag_alone_over_the_story_is_its_wire_tag(above):
    """'(CNN)' alone over the story's first paragraph is its wire tag without a place (the
    page set it apart), not the credit of a video title above it."""
    got = parse_text(f"{HEADLINE}\n{above}{_CNN_STORY}{MORE}")
    assert got["media"] == []
    assert got["outlet"] == "CNN"


def test_messenger_prompt_is_page_chrome():
    text = (
        f"{HEADLINE}\nChat with us in Facebook Messenger. Find out what's happening in the "
        f"world as it unfolds.\n{STORY}{MORE}"
    )
    got = parse_text(text)
    assert "Messenger" not in got["body"]


@pytest.mark.parametrize("gap", [" ", ""])
def test_the_bbc_layout_with_commas_image_source_then_image_caption(gap):
    """The BBC's current layout ('Image source, X' / 'Image caption, Y', the space lost by
    some scrapes): the source line is the photo's credit, the caption line its caption, and
    neither is story. Both were left in the body."""
    text = (
        f"{HEADLINE}\n{STORY}"
        f"Image source,{gap}Jo Li/Reuters\n"
        f"Image caption,{gap}The new pier seen from the old lighthouse\n"
        f"{MORE}"
        f"Media caption,{gap}The harbour chair explains the new timetable\n"
        "The council will vote on the fares next week after a public consultation.\n"
    )
    got = parse_text(text)
    assert [(m["kind"], m["caption"], m["credit"]) for m in got["media"]] == [
        ("photo", "The new pier seen from the old lighthouse", "Jo Li/Reuters"),
        ("video", "The harbour chair explains the new timetable", None),
    ]
    assert got["media"][0]["photographers"] == ["Jo Li"]
    assert got["media"][0]["agencies"] == ["Reuters"]
    assert "Image" not in got["body"] and "Media caption" not in got["body"]


@pytest.mark.parametrize("dots", ["...", "…"])
def test_the_times_credit_with_dots_after_its_label(dots):
    """'Credit...Jo Li for The New York Times' under a caption, as the Times' pages scrape."""
    text = (
        f"{HEADLINE}\n{STORY}"
        "The new pier seen from the old lighthouse on Monday.\n"
        f"Credit{dots}Jo Li for The New York Times\n"
        f"{MORE}"
    )
    got = parse_text(text)
    assert [(m["caption"], m["credit"]) for m in got["media"]] == [
        ("The new pier seen from the old lighthouse on Monday.", "Jo Li for The New York Times")
    ]
    assert got["media"][0]["photographers"] == ["Jo Li"]
    assert got["media"][0]["agencies"] == ["The New York Times"]


@pytest.mark.parametrize(
    "line",
    [
        "Credit... where it is due, the fishermen said, goes to the divers who found the cracks.",
        "Credit...card debt in Portvale rose sharply last year, the council said.",
    ],
)
def test_a_sentence_after_credit_and_dots_is_no_credit(line):
    got = parse_text(f"{HEADLINE}\n{STORY}{line}\n{MORE}")
    assert got["media"] == []
    assert line in got["body"]


@pytest.mark.parametrize(
    ("glued", "credit", "photographers", "agencies"),
    [
        (" Composite: Jo Li/Getty Images", "Jo Li/Getty Images", ["Jo Li"], ["Getty Images"]),
        (" — Jo Li/Bloomberg", "Jo Li/Bloomberg", ["Jo Li"], ["Bloomberg"]),
        (
            " – Jo Li/AFP via Getty Images",
            "Jo Li/AFP via Getty Images",
            ["Jo Li"],
            ["AFP", "Getty Images"],
        ),
    ],
)
def test_a_credit_glued_after_a_label_or_a_dash(glued, credit, photographers, agencies):
    """The Guardian's montage label and a dash between caption and credit: both were left in
    the body with their caption."""
    caption = "The new pier seen from the old lighthouse on Monday."
    got = parse_text(f"{HEADLINE}\n{STORY}{caption}{glued}\n{MORE}")
    assert [(m["caption"], m["credit"]) for m in got["media"]] == [(caption, credit)]
    assert got["media"][0]["photographers"] == photographers
    assert got["media"][0]["agencies"] == agencies


def test_a_sentence_after_a_dash_with_a_slash_is_no_credit():
    line = "The board meets on Monday. — It will decide on the fares in June/July, officials said."
    got = parse_text(f"{HEADLINE}\n{STORY}{line}\n{MORE}")
    assert got["media"] == []
    assert line in got["body"]


# Captions without credits between the paragraphs, under short labels -------------------

HOUSE_CAPTIONS = [
    "All smiles: The mayor waved to the crowd from the deck of the new ferry",
    "Windswept: She held onto her hat as the boat left the harbour wall",
    "Ship shape: The crew checked the ropes one last time before the crossing",
]


def page(*lines: str) -> str:
    """Paragraphs apart, as a scraped page sets them (lines of a like width run together
    read as hard-wrapped text)."""
    return "\n\n".join(lines) + "\n"


def test_labelled_captions_without_credits_are_the_pages_photo_captions():
    """Three or more lines with different short labels and unstopped clauses, set between the
    paragraphs: a house style's photo captions, with no credit printed."""
    paragraphs = STORY.split("\n")
    text = page(HEADLINE, paragraphs[0], *HOUSE_CAPTIONS[:2], *paragraphs[1:], HOUSE_CAPTIONS[2])
    got = parse_text(text)
    assert [m["caption"] for m in got["media"]] == HOUSE_CAPTIONS
    assert all(m["credit"] is None and m["kind"] == "photo" for m in got["media"])
    assert got["body"] == "\n\n".join(p for p in paragraphs if p)


@pytest.mark.parametrize(
    "lines",
    [
        HOUSE_CAPTIONS[:2],  # two: maybe the story's own lead-ins
        [  # lists of names under a label
            "Portvale: Jo Li, Kim Bo, Ann Park, Lee Marsh, Tom Reed and Eva Stone",
            "Norland: Ida Holm, Per Lind, Ola Berg, Siv Dahl, Kai Moe and Liv Aas",
            "Eastmere: Cy Do, Max Ray, Una Fay, Rob Hale, Dee Lowe and Al Finn",
        ],
        [  # a scorecard's lines hold figures
            "Last race: Won the harbour cup by two lengths in March 2024",
            "Next race: The island run on the first of May, 40 boats",
            "Record: Four wins from 6 starts this season so far",
        ],
    ],
)
def test_labelled_lines_that_are_no_house_captions_stay_in_the_body(lines):
    paragraphs = STORY.split("\n")
    got = parse_text(page(HEADLINE, paragraphs[0], *lines, *paragraphs[1:]))
    assert got["media"] == []
    assert "caption" not in got["line_roles"]
    assert lines[-1] in got["body"]


def test_an_agency_alone_under_a_media_label_credits_the_photo_not_the_story():
    """'Modal Trigger' (a New York Post photo's button) / 'Reuters': the photo's agency,
    neither the story's byline nor its outlet."""
    page = (
        "Modal Trigger\nReuters\n"
        "The harbour authority approved the new ferry timetable on Tuesday after months of "
        "complaints from commuters about late boats and crowded decks.\n"
        "Officials said the change would take effect early next month.\n"
    )
    got = parse_text(page)
    assert got["outlet"] is None
    assert [(m["credit"], m["agencies"]) for m in got["media"]] == [("Reuters", ["Reuters"])]
    assert got["line_roles"][:2] == ["media_label", "credit"]


@pytest.mark.parametrize(
    "caption",
    [
        "Harbour board chair Lena Markov, left, and mayor Jo Brandt arrive for the vote at the "
        "town hall in Portvale, Monday, July 16, 2018.",
        "(L-R) Lena Markov, Jo Brandt and Kim Bo at the opening of the new pier.",
        "From left, Lena Markov, Jo Brandt and Kim Bo wave from the deck of the first ferry.",
        "Harbour master Kim Bo poses for a portrait in this undated handout image.",
    ],
)
def test_a_caption_without_label_or_credit_that_places_its_people(caption):
    """A photo's caption set between paragraphs with nothing around it (CNN, an AP page on
    Google News, an NBC page in helsinki_dev): it says who stands where, or names the photo."""
    got = parse_text(f"{HEADLINE}\n{STORY}{caption}\n{MORE}")
    assert got["line_roles"][3] == "caption"
    assert [m["caption"] for m in got["media"]] == [caption]
    assert caption not in got["body"]


@pytest.mark.parametrize(
    "line",
    [
        "State Rep. Jo Brandt (R) filed a bill on Wednesday that would close the old pier.",
        "The sound of the ferry's horn moves from left to right across the harbour at dawn.",
        "\u201cI stood on the left, and my brother, right, next to me,\u201d said Kim Bo.",
        "I was standing second from left in that picture, the harbour master recalled.",
    ],
)
def test_story_lines_that_mention_sides_stay_in_the_body(line):
    got = parse_text(f"{HEADLINE}\n{STORY}{line}\n{MORE}")
    assert got["line_roles"][3] == "body"
    assert got["media"] == []


@pytest.mark.parametrize(
    ("line", "caption", "credit", "agencies"),
    [
        (
            "The harbour chair walks along the new pier in Portvale.Image copyrightGETTY IMAGES",
            "The harbour chair walks along the new pier in Portvale.",
            "GETTY IMAGES",
            ["Getty Images"],
        ),
        (
            "The harbour chair walks along the new pier. Image copyright Reuters",
            "The harbour chair walks along the new pier.",
            "Reuters",
            ["Reuters"],
        ),
        ("Ferry timetable mapImage Source: Reuters", "Ferry timetable map", "Reuters", ["Reuters"]),
    ],
)
def test_a_photo_label_run_into_its_caption(line, caption, credit, agencies):
    """A BBC photo's alt text with its 'Image copyright' label run into it (the copy lost the
    line break), then the 'Image caption' label and the caption: the first line is a captioned
    photo with its credit, the section head above the photo stays story."""
    text = page(
        HEADLINE,
        *STORY.split("\n")[:2],
        "Captains of the harbour",
        line,
        "Image caption",
        "The harbour chair hopes to move the board to the town hall",
        *MORE.split("\n")[:2],
    )
    got = parse_text(text)
    assert got["line_roles"][3:7] == ["body", "caption", "media_label", "caption"]
    assert got["media"][0]["caption"] == caption
    assert got["media"][0]["credit"] == credit
    assert got["media"][0]["agencies"] == agencies
    assert "Captains of the harbour" in got["body"]
    assert "Image" not in got["body"]


@pytest.mark.parametrize(
    "line",
    ["TwitterImage copyrightTWITTER", "Source : a reader; Image Source: Harbour Watch Blog"],
)
def test_a_photo_label_that_names_no_agency_or_photographer_credits_nothing(line):
    assert credits_glued.split_glued(line) is None


def test_a_photographers_name_over_the_caption_that_credits_them_is_no_byline():
    """'Mara Quill' / '<caption> (AP Photo/Mara Quill, File)' under the date stamp: a
    credit-first layout's photographer, whom the glued credit names, not the story's reporter."""
    caption = (
        "In this July 2017 file photo the harbour chair speaks at the pier in Portvale. "
        "(AP Photo/Mara Quill, File)"
    )
    text = (
        f"{HEADLINE}\nPosted\nJuly 15, 2018 at 9:58 AM\nMara Quill\n{caption}\n"
        f"By The Associated Press\n{STORY}{MORE}"
    )
    got = parse_text(text)
    assert got["reporters"] == []
    assert got["line_roles"][3:6] == ["credit", "caption", "byline"]
    assert {p for m in got["media"] for p in m["photographers"]} == {"Mara Quill"}
    # a name over a caption whose credit names someone else stays out of the credits
    other = text.replace("Mara Quill\n", "Tobias Renn\n", 1)
    assert parse_text(other)["line_roles"][3] != "credit"


@pytest.mark.parametrize(
    "caption",
    [
        "The harbour chair speaks to commuters at the pier in Portvale, Monday, May 4, 2020.",
        "FILE - The old ferry pier at Portvale is seen from the lighthouse in this 2019 photo.",
    ],
)
def test_a_caption_under_its_credit_under_the_byline(caption):
    """'(Photo: Jo Li, AP)' under the page's stamp, the caption below it (USA Today's layout
    with the credit first): the caption describes a scene or dates the photo; the story's first
    paragraph under such a credit stays story."""
    head = f"{HEADLINE}\nBy Tobias Renn\nMay 4, 2020 1:42 p.m. ET\n(Photo: Mara Quill, AP)\n"
    got = parse_text(f"{head}{caption}\n{STORY}")
    assert got["line_roles"][4] == "caption"
    assert [m["caption"] for m in got["media"]] == [caption]
    assert caption not in got["body"]
    plain = parse_text(head + STORY)
    assert plain["line_roles"][4] == "body"
    assert plain["body"].startswith(STORY.split("\n")[0])


@pytest.mark.parametrize(
    "caption",
    [
        "The harbour chair speaks to commuters at the pier in Portvale, Monday, May 4, 2020.",
        "Mara Quill, left, and Tobias Renn board the first ferry of the new timetable at dawn",
        "The harbour chair waves from the deck of the new ferry (Jo Li/Reuters)",
    ],
)
def test_a_credit_over_its_caption_between_paragraphs(caption):
    """A credit-first layout inside the story: 'Jo Li/Reuters' over a caption that dates the
    photo, places its people or carries the same credit glued. The paragraph above the credit
    is the story's; it was taken for the caption."""
    lines = [
        HEADLINE,
        *STORY.strip().split("\n"),
        "Jo Li/Reuters",
        caption,
        *MORE.strip().split("\n"),
    ]
    got = parse_text("\n".join(lines))
    assert got["line_roles"][2:6] == ["body", "credit", "caption", "body"]
    assert [m["caption"] for m in got["media"]] == [caption.split(" (Jo")[0]]
    assert lines[2] in got["body"]


def test_a_credit_under_its_caption_keeps_its_caption_above():
    """The usual order still holds: a caption that dates the photo, then its credit, then a
    story paragraph that also ends with a date, is read caption first."""
    caption = "The harbour chair speaks to commuters at the pier in Portvale, May 4, 2020."
    closing = "The first boats of the timetable sail on Monday, June 1, 2020."
    lines = [HEADLINE, *STORY.strip().split("\n"), caption, "Jo Li/Reuters", closing]
    got = parse_text("\n".join(lines))
    assert got["line_roles"][3:6] == ["caption", "credit", "body"]
    assert [m["caption"] for m in got["media"]] == [caption]


def test_a_dated_caption_under_a_labelled_credit_under_the_byline():
    """'(Photo: Jo Li, AP)' under the stamp, then an unstopped caption that gives the day of
    the photo with its year ('... meet on May 4, 2019, in Portvale')."""
    caption = "Mara Quill and Tobias Renn meet on May 4, 2019, in Portvale"
    head = f"{HEADLINE}\nBy Tobias Renn\nMay 4, 2020 1:42 p.m. ET\n(Photo: Mara Quill, AP)\n"
    got = parse_text(f"{head}{caption}\n{STORY}")
    assert got["line_roles"][4] == "caption"
    assert [m["caption"] for m in got["media"]] == [caption]


def test_a_caption_broken_over_two_lines_ends_with_its_credit():
    """'FILE - In this ... photo, ...' / '<the caption's long second part> (AP Photo/Jo Li,
    File)': the second line finishes the caption, however long; the story starts after it."""
    first = "FILE - In this May 4, 2019, file photo, the harbour chair speaks at the pier."
    second = (
        "The authority approved the timetable after months of complaints from commuters about "
        "late boats, crowded decks and cancelled sailings, and the chair promised that the new "
        "boats would enter service in the spring, once the crews had finished their training "
        "and the pier had been repaired, at a cost the council has yet to agree on, and here "
        "is a look at what the change means for the town's commuters (AP Photo/Mara Quill, File)"
    )
    assert len(second) > 400
    got = parse_text(f"{HEADLINE}\n{first}\n{second}\n{STORY}")
    assert got["line_roles"][1:4] == ["caption", "caption", "body"]
    assert [m["credit"] for m in got["media"]] == ["AP Photo/Mara Quill, File"]
    assert [m["caption"] for m in got["media"]] == [f"{first} {second.split(' (AP')[0]}"]
    assert got["body"].startswith(STORY.split("\n")[0])
    # two photos' captions, the second with its credit, stay two photos
    scene = "The harbour chair speaks to commuters at the pier. (AP Photo/Mara Quill)"
    two = parse_text("\n\n".join([HEADLINE, first, scene, *STORY.strip().split("\n")]))
    assert [m["caption"] for m in two["media"]] == [first, scene.split(" (AP")[0]]


def test_a_loose_credit_under_a_dated_caption_under_the_byline():
    """'Jo Li — AP' under the lead photo's caption, which sits right under the byline: the
    caption dates the photo, so the line is its credit, not a second byline."""
    caption = "The harbour chair speaks at the pier in Portvale on Monday, May 4, 2020."
    text = "\n".join([HEADLINE, "By Tobias Renn", caption, "Mara Quill — AP", *STORY.split("\n")])
    got = parse_text(text)
    assert got["line_roles"][1:4] == ["byline", "caption", "credit"]
    assert got["reporters"] == ["Tobias Renn"]
    assert [(m["photographers"], m["agencies"]) for m in got["media"]] == [
        (["Mara Quill"], ["Associated Press"])
    ]


def test_a_credit_printed_again_in_another_form_closes_the_page():
    """'<caption> (AP Photo/Jo Li)' / 'Jo Li — Associated Press' as the page's last lines: the
    credit again, not chrome."""
    caption = "The harbour chair speaks at the pier. (AP Photo/Mara Quill)"
    lines = [HEADLINE, *STORY.strip().split("\n"), caption, "Mara Quill — Associated Press"]
    got = parse_text("\n\n".join(lines))
    assert got["line_roles"][-2:] == ["caption", "credit"]
    assert [m["photographers"] for m in got["media"]] == [["Mara Quill"]]
    # a name the glued credit does not give stays out of the photo's credits
    other = parse_text("\n\n".join([*lines[:-1], "Tobias Renn — Associated Press"]))
    assert other["line_roles"][-1] != "credit"


@pytest.mark.parametrize("agency", ["Getty Images", "(Getty Images)", "Shutterstock"])
@pytest.mark.parametrize("byline", [True, False])
def test_a_photo_agency_alone_over_the_story_credits_a_lost_photo(agency, byline):
    """'Getty Images' alone under the headline (or the byline): a photo agency writes no story,
    so the line is the credit of a photo the scrape lost, not the organisation's byline; a wire
    there still is (guard)."""
    head = [HEADLINE, "By Tobias Renn"] if byline else [HEADLINE]
    got = parse_text("\n".join([*head, agency, *STORY.strip().split("\n")]))
    assert got["line_roles"][len(head)] == "credit"
    assert got["outlet"] is None
    assert [m["agencies"] for m in got["media"]] == [[agency.strip("()")]]
    wire = parse_text("\n".join([*head, "Associated Press", *STORY.strip().split("\n")]))
    assert wire["line_roles"][len(head)] == "byline"
    assert wire["outlet"] == "Associated Press"


def test_a_photo_agency_alone_between_paragraphs_credits_a_photo():
    story = [*STORY.strip().split("\n"), *MORE.strip().split("\n")]
    got = parse_text("\n\n".join([HEADLINE, *story[:2], "Shutterstock", *story[2:]]))
    assert got["line_roles"][3] == "credit"
    assert [m["agencies"] for m in got["media"]] == [["Shutterstock"]]


@pytest.mark.parametrize(
    ("order", "roles"),
    [
        ("caption first", ["byline", "caption", "credit", "body"]),
        ("credit first", ["byline", "credit", "caption", "body"]),
    ],
)
def test_a_photo_agency_alone_under_the_byline_heads_or_closes_its_caption(order, roles):
    """The lead photo under the byline, credited 'Getty Images' alone, above or below its
    caption: a photo agency signs no story, so the credit and its caption are found where a
    wire's name there ('AP') would be the byline."""
    caption = "The harbour chair speaks to commuters at the pier in Portvale, Monday, May 4, 2020."
    photo = [caption, "Getty Images"] if order == "caption first" else ["Getty Images", caption]
    text = "\n".join([HEADLINE, "By Tobias Renn", *photo, *STORY.strip().split("\n")])
    got = parse_text(text)
    assert got["line_roles"][1:5] == roles
    assert [(m["caption"], m["agencies"]) for m in got["media"]] == [(caption, ["Getty Images"])]
    assert got["reporters"] == ["Tobias Renn"] and got["outlet"] is None


@pytest.mark.parametrize(
    "label",
    ["Expand image", "View image in fullscreen", "Show caption", "Fullscreen", "Watch now"],
)
def test_media_chrome_over_a_caption_is_a_label_and_no_slug(label):
    """Media-block chrome ('Expand image', 'Fullscreen', ...) over a caption: a media label,
    the line under it the caption, and no slug (an agency's slug still is one)."""
    caption = "The harbour chair speaks to commuters at the pier in Portvale."
    story = STORY.strip().split("\n")
    got = parse_text("\n\n".join([HEADLINE, story[0], label, caption, story[1]]))
    assert got["line_roles"][2:4] == ["media_label", "caption"]
    assert [(m["slug"], m["caption"]) for m in got["media"]] == [(None, caption)]
    slug = "Topshot - Portvale - Transport - Ferry"
    got = parse_text("\n\n".join([HEADLINE, story[0], slug, caption, story[1]]))
    assert [m["slug"] for m in got["media"]] == [slug]
