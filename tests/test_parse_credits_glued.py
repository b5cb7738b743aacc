"""Credits glued to captions and body sentences, in forms found on scraped pages (invented text)."""

import pytest

from pipeline.parse import credits, credits_glued, parse_text

STORY = (
    "The harbour authority approved the new ferry timetable on Tuesday after months of "
    "complaints from commuters about late boats and crowded decks.\n"
    "Officials said the change would take effect next month and cost less than expected.\n"
)


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        (
            "FILE - Two ministers talk at the harbour summit in Portvale. Here is a look at "
            "what each may hope to achieve:  (Jo Brandt/Pool Photo via AP, File) Jo Brandt AP",
            "FILE - Two ministers talk at the harbour summit in Portvale. Here is a look at "
            "what each may hope to achieve:",
            "Jo Brandt/Pool Photo via AP, File",
        ),
        (
            "The mayor greets ferry crews in Portvale. (AP Photo/Jo Brandt, file)(",
            "The mayor greets ferry crews in Portvale.",
            "AP Photo/Jo Brandt, file",
        ),
        (
            "Commuters wait on the pier before dawn. Photo: Jo Brandt, AP",
            "Commuters wait on the pier before dawn.",
            "Photo: Jo Brandt, AP",
        ),
        (
            "Commuters wait on the pier before dawn.Image: Jo Brandt/Getty Images",
            "Commuters wait on the pier before dawn.",
            "Image: Jo Brandt/Getty Images",
        ),
        (
            "The old harbour office is the site of the talks                (Lehtikuva)",
            "The old harbour office is the site of the talks",
            "Lehtikuva",
        ),
        # an initial's full stop inside the name (ISOT's content-farm endings)
        (
            "Sometimes things just have to be said.Photo by Jo D. Brandt/Getty Images",
            "Sometimes things just have to be said.",
            "Photo by Jo D. Brandt/Getty Images",
        ),
        (
            "The ferries will sail again. Go Portvale!Photo by J. Brandt/Getty Images.",
            "The ferries will sail again. Go Portvale!",
            "Photo by J. Brandt/Getty Images",
        ),
        # glued after a colon ('Read more:', a lead-in to an embed the copy dropped)
        (
            "The board has lost its patience with the ferries.Read more:Photo by Jo Brandt/AP.",
            "The board has lost its patience with the ferries.Read more:",
            "Photo by Jo Brandt/AP",
        ),
        (
            "See what the mayor has to say about it:Photo by Jo D. Brandt/Getty Images",
            "See what the mayor has to say about it:",
            "Photo by Jo D. Brandt/Getty Images",
        ),
    ],
)
def test_glued_credit_is_split(line, caption, credit):
    assert credits_glued.split_glued(line) == (caption, credit)


@pytest.mark.parametrize(
    "line",
    [
        "The minister said the plan was sound (Reuters).",
        "The mayor walks to the hall. Photo: file",
        "He (Smith/Jones) spoke about the ferries at length on Monday.",
    ],
)
def test_sentences_without_a_credit_are_not_split(line):
    assert credits_glued.split_glued(line) is None


def test_credit_line_repeating_the_glued_credit_keeps_one_photo_with_both_agencies():
    text = (
        "Ferry timetable approved after months of complaints\n"
        "In this 2023 file photo the mayor greets ferry crews in Portvale. Both sides meet "
        "again on Monday. (AP Photo/Jo Brandt, file)(\n"
        "Jo Brandt\n" + STORY
    )
    media = parse_text(text)["media"]
    assert [(m["credit"], m["photographers"], m["agencies"]) for m in media] == [
        ("Jo Brandt", ["Jo Brandt"], ["Associated Press"])
    ]


def test_pool_photo_via_agency_gives_photographer_and_agency():
    text = (
        "Ferry timetable approved after months of complaints\n"
        "FILE - In this 2023 file photo, two ministers talk at the harbour summit in "
        "Portvale.  (Jo Brandt/Pool Photo via AP, File) Jo Brandt AP\n" + STORY
    )
    media = parse_text(text)["media"]
    assert [(m["credit"], m["photographers"], m["agencies"]) for m in media] == [
        ("Jo Brandt/Pool Photo via AP, File", ["Jo Brandt"], ["Associated Press"])
    ]


@pytest.mark.parametrize(
    ("line", "photographers", "agencies"),
    [
        ("Pool photo by Ana Ruiz , EPA-EFE", ["Ana Ruiz"], ["EPA"]),
        (
            "CreditAna Ruiz/Agence France-Presse — Getty Images",
            ["Ana Ruiz"],
            ["AFP", "Getty Images"],
        ),
        ("(Jo Brandt/Invision/AP)", ["Jo Brandt"], ["Invision", "Associated Press"]),
        ("Jo Brandt/Getty Images for Harbourfest", ["Jo Brandt"], ["Getty Images"]),
        ("Image copyright Getty Images", [], ["Getty Images"]),
    ],
)
def test_more_credit_line_forms(line, photographers, agencies):
    assert credits.is_credit_line(line)
    read = credits.read(line)
    assert (list(read.photographers), list(read.agencies)) == (photographers, agencies)


@pytest.mark.parametrize(
    "line",
    [
        "By Mara Quill and Tobias Renn, Reuters",
        "Donald Trump/Vladimir Putin/AP news",
        "Credibility matters",
    ],
)
def test_bylines_and_slashes_are_not_credit_lines(line):
    assert not credits.is_credit_line(line)


def test_slash_credit_after_a_caption_sentence_is_split():
    line = "The ferry arrives at the harbour in Portvale. Jo Brandt/Lehtikuva/AP"
    assert credits_glued.split_glued(line) == (
        "The ferry arrives at the harbour in Portvale.",
        "Jo Brandt/Lehtikuva/AP",
    )
    text = "The Trump/Putin talks went well. The Trump/Putin summit/AP"
    assert credits_glued.split_glued(text) is None


def test_first_line_over_a_credit_stays_the_headline():
    text = (
        "Ferry timetable approved after months of complaints\n"
        "Jo Brandt/Invision/AP\n"
        "Commuters wait on the pier before dawn.\n"
        "(Jo Brandt/Invision/AP)\n" + STORY
    )
    got = parse_text(text)
    assert got["title"] == "Ferry timetable approved after months of complaints"


def test_caption_beside_a_credit_above_the_byline_is_no_body():
    text = (
        "Ferry timetable approved after months of complaints\n"
        "Jo Brandt | AP\n"
        "Two ministers pose for a photo during the harbour summit in Portvale, Norland, on "
        "July 7, 2023, before the ferry talks began.\n"
        "Mara Quill, The Associated Press •\n"
        "March 1, 2024 8:21 am\n"
        "PORTVALE, Norland — The harbour authority approved the new ferry timetable on Tuesday "
        "after months of complaints from commuters about late boats and crowded decks.\n"
        "Officials said the change would take effect next month and cost less than expected."
    )
    got = parse_text(text)
    assert got["dateline_place"] == "Portvale, Norland"
    assert got["line_roles"][2] == "caption"
    assert got["body"].startswith("PORTVALE, Norland —")


def test_image_copyright_as_the_last_line_is_a_credit_not_a_signoff():
    text = (
        "Ferry timetable approved after months of complaints\n"
        + STORY
        + "Image copyright Getty Images"
    )
    got = parse_text(text)
    assert got["outlet"] is None
    assert got["media"][-1]["agencies"] == ["Getty Images"]


def test_photo_credit_under_the_headline_then_its_caption():
    text = (
        "Ferry operator adds a second morning sailing after record bookings\n"
        "Photo: Jo Brandt, The Portvale Courier\n"
        "Commuters board the early ferry at the north pier.\n" + STORY
    )
    got = parse_text(text)
    assert got["title"] == "Ferry operator adds a second morning sailing after record bookings"
    assert got["line_roles"][:3] == ["title", "credit", "caption"]
    assert [(m["caption"], m["credit"]) for m in got["media"]] == [
        ("Commuters board the early ferry at the north pier.", "Jo Brandt, The Portvale Courier")
    ]


@pytest.mark.parametrize(
    ("line", "before", "credit", "photographers", "agencies"),
    [
        (
            "The mayor opens the new ferry pier in Portvale on Monday. (Jo Brandt | AFP)",
            "The mayor opens the new ferry pier in Portvale on Monday.",
            "Jo Brandt | AFP",
            ("Jo Brandt",),
            ("AFP",),
        ),
        (
            "The mayor speaks to reporters at the pier in Portvale on May 20, 2015.Jo Brandt / "
            "AFP - Getty Images file",
            "The mayor speaks to reporters at the pier in Portvale on May 20, 2015.",
            "Jo Brandt / AFP - Getty Images file",
            ("Jo Brandt",),
            ("AFP", "Getty Images"),
        ),
        (
            "Ferry crews explain the new timetable to commuters. Photo: Getty",
            "Ferry crews explain the new timetable to commuters.",
            "Photo: Getty",
            (),
            ("Getty Images",),
        ),
    ],
)
def test_bar_glued_and_agency_only_credits(line, before, credit, photographers, agencies):
    assert credits_glued.split_glued(line) == (before, credit)
    read = credits.read(credit)
    assert (read.photographers, read.agencies) == (photographers, agencies)


def test_a_slash_inside_a_sentence_is_no_glued_credit():
    line = "Officials met in the U.S. capital on Monday to discuss the U.S./Mexico ferry plan."
    assert credits_glued.split_glued(line) is None


@pytest.mark.parametrize(
    ("line", "photographers", "agencies"),
    [
        (
            "Photo credit should read JO BRANDT/AFP/Getty Images",
            ("Jo Brandt",),
            ("AFP", "Getty Images"),
        ),
        ("Photo credit: Jo Brandt/AP", ("Jo Brandt",), ("Associated Press",)),
    ],
)
def test_photo_credit_wordings(line, photographers, agencies):
    assert credits.is_credit_line(line)
    read = credits.read(line)
    assert (read.photographers, read.agencies) == (photographers, agencies)


def test_a_photos_label_over_a_headline_is_the_title_not_a_credit():
    text = (
        "PHOTOS: Mayor Opens The New Ferry Pier With A Brass Band And Fireworks\n"
        "2:21 PM 07/16/2018\n"
        "Mara Quill | Senior Transport Reporter\n" + STORY
    )
    got = parse_text(text)
    assert got["title"].startswith("PHOTOS: Mayor Opens")
    assert got["reporters"] == ["Mara Quill"]
    assert got["media"] == []
    assert not credits.is_credit_line("PHOTOS: Mayor Opens The New Ferry Pier With A Brass Band")
    assert credits.is_credit_line("PHOTOS: Jo Brandt/AFP")


def test_a_gallery_title_under_a_mixed_case_label_is_the_title_not_a_credit():
    """A gallery page's headline in title case under 'Photos:' names no photographer and no
    agency: with more words than a credit it is the headline, as in capitals."""
    text = (
        "Subscribe Now Sign In\n"
        "Harbour Harbour\n"
        "Photos: Portvale Ferry Festivals Over the Decades\n"
        "A look back at the harbour's summer festivals, as the city prepares for the next one\n"
        "By\n"
        "Mara Quill\n"
        "July 16, 2018 5:30 a.m. ET\n" + STORY
    )
    got = parse_text(text)
    assert got["title"] == "Photos: Portvale Ferry Festivals Over the Decades"
    assert got["media"] == []
    assert got["reporters"] == ["Mara Quill"]
    assert not credits.is_credit_line("Photos: Portvale Ferry Festivals Over the Decades")
    assert not credits.is_credit_line("Pictures: The Ferry Festival Through the Years")
    # a credit under the same label, short or with its separators, is still one
    assert credits.is_credit_line("Photos: Jo Brandt and Kim Bo")
    assert credits.is_credit_line("Photos: Jo Brandt, Kim Bo and Lee Ann Park, Portvale Herald")


@pytest.mark.parametrize(
    ("credit", "agencies"),
    [
        # an unknown acronym keeps its capitals ...
        ("Jo Li/BPA via Getty Images", ("BPA", "Getty Images")),
        ("Jo Li, MBR", ("MBR",)),
        ("C-SPAN", ("C-SPAN",)),
        # ... a name in capitals is written as a reader writes it, a known one canonically
        ("Jo Li/PORTVALE PRESS SERVICE", ("Portvale Press Service",)),
        ("Jo Li/TASS", ("TASS",)),
    ],
)
def test_an_unknown_agency_in_capitals_keeps_an_acronym_as_written(credit, agencies):
    assert credits.read(credit).agencies == agencies


@pytest.mark.parametrize(
    ("credit", "photographers", "agencies"),
    [
        # a photographer known by one name, first and right before an agency of the table
        ("Maren/Getty Images", ("Maren",), ("Getty Images",)),
        ("Photo by Maren/Getty Images", ("Maren",), ("Getty Images",)),
        ("Maren (Staff)/Getty Images", ("Maren",), ("Getty Images",)),
        ("Lindqvist-Pool/Getty Images", ("Lindqvist",), ("Getty Images",)),
        # an archive Getty distributes is in the table, so it stays an agency
        ("Popperfoto/Getty Images", (), ("Popperfoto", "Getty Images")),
        # a one-word name after a photographer, or without an agency, is no photographer
        ("Jo Li/Zorblat/Getty Images", ("Jo Li",), ("Zorblat", "Getty Images")),
        ("Maren", (), ("Maren",)),
    ],
)
def test_one_word_photographer_before_an_agency(credit, photographers, agencies):
    read = credits.read(credit)
    assert (read.photographers, read.agencies) == (photographers, agencies)


@pytest.mark.parametrize(
    ("credit", "photographers", "agencies"),
    [
        # the client after 'Getty Images for' commissioned the photo: no agency, no maker
        ("Jo Li/Getty Images for Harbour & Quay", ("Jo Li",), ("Getty Images",)),
        ("Jo Li/Getty Images For Portvale Fashion Week", ("Jo Li",), ("Getty Images",)),
        # a paper of the table after 'for' is the photographer's employer
        ("Jo Li for The Washington Post", ("Jo Li",), ("The Washington Post",)),
        (
            "Jo Li/For The Washington Post via Getty Images",
            ("Jo Li",),
            ("The Washington Post", "Getty Images"),
        ),
        # a stringer's 'Special for' keeps the paper
        ("Jo Li/Special for The Portvale Post", ("Jo Li",), ("The Portvale Post",)),
    ],
)
def test_a_client_after_for_is_no_agency(credit, photographers, agencies):
    read = credits.read(credit)
    assert (read.photographers, read.agencies) == (photographers, agencies)


def test_agencies_keep_the_order_of_the_credit():
    read = credits.read("Jo Li/The Portvale Star/TNS via Getty Images")
    assert read.agencies == ("The Portvale Star", "Tribune News Service", "Getty Images")
    assert credits.read("From Zorblat via CNN").agencies == ("Zorblat", "CNN")


def test_a_photographer_named_like_a_month_is_read():
    read = credits.read("Jo May/Getty Images")
    assert (read.photographers, read.agencies) == (("Jo May",), ("Getty Images",))
    story = "The council met on Monday.Featured image via Jo May/Portvale Press via Getty Images"
    media = parse_text("Council meets\n\n" + story)["media"]
    assert [(m["photographers"], m["agencies"]) for m in media] == [
        (["Jo May"], ["Portvale Press", "Getty Images"])
    ]


@pytest.mark.parametrize(
    ("line", "credit", "photographers", "agencies"),
    [
        ("Photo: Jo Brandt", "Photo: Jo Brandt", ("Jo Brandt",), ()),
        ("Photo credit: Jo Brandt", "Photo credit: Jo Brandt", ("Jo Brandt",), ()),
        ("Picture: Jo Brandt", "Picture: Jo Brandt", ("Jo Brandt",), ()),
        ("Photo: Jo Brandt for NPR", "Photo: Jo Brandt for NPR", ("Jo Brandt",), ("NPR",)),
        (
            "Jo Brandt, The Associated Press",
            "Jo Brandt, The Associated Press",
            ("Jo Brandt",),
            ("Associated Press",),
        ),
        (
            "Jo Brandt, Lehtikuva via AP",
            "Jo Brandt, Lehtikuva via AP",
            ("Jo Brandt",),
            ("Lehtikuva", "Associated Press"),
        ),
        # names with particles (the New York Post's 'Photo: Jarl Ale de Basseville')
        ("Photo: Jo de Brandt", "Photo: Jo de Brandt", ("Jo de Brandt",), ()),
        ("Photo: Ana de la Cruz", "Photo: Ana de la Cruz", ("Ana de la Cruz",), ()),
        (
            "Jo van der Berg, The Associated Press",
            "Jo van der Berg, The Associated Press",
            ("Jo van der Berg",),
            ("Associated Press",),
        ),
    ],
)
@pytest.mark.parametrize("gap", [" ", "  ", ""])
def test_a_photographer_named_alone_or_before_a_comma_glued_to_the_caption(
    line, credit, photographers, agencies, gap
):
    """Credits that name no agency after a label, or the photographer and the agencies after
    a comma (as many sites print them on a line of their own), glued to the caption."""
    caption = "Commuters wait on the pier before dawn on March 2, 2024."
    if not gap and not line.startswith(("Photo", "Picture")):
        gap = " "  # a name glued to the full stop reads as a sentence's word
    assert credits_glued.split_glued(caption + gap + line) == (caption, credit)
    read = credits.read(credit)
    assert (read.photographers, read.agencies) == (photographers, agencies)


@pytest.mark.parametrize(
    "line",
    [
        "Crowds lined the quay for the opening of the pier. Photos: Harbour Festival",
        "Crowds lined the quay for the opening of the pier. Photo: file",
        "The board met on Monday to approve the plan. Jo Brandt, Harbour Board",
        "The board met on Monday to approve the plan. Jo Brandt, Portvale, Reuters",
        "The plan is sound, the harbour master told the board. Photo: Harbour Board Archive Fund",
    ],
)
def test_a_gallery_label_or_an_unknown_organisation_is_no_glued_credit(line):
    assert credits_glued.split_glued(line) is None


def test_a_comma_credit_glued_to_a_caption_inside_the_story_makes_a_photo_block():
    caption = "Ferry crews tie up at the new pier in Portvale on March 2, 2024."
    lines = STORY.splitlines()
    got = parse_text(
        "Ferry timetable approved\n" + lines[0] + "\n" + caption + "  Jo Brandt, AP\n" + lines[1]
    )
    assert [
        (m["caption"], m["credit"], m["photographers"], m["agencies"]) for m in got["media"]
    ] == [(caption, "Jo Brandt, AP", ["Jo Brandt"], ["Associated Press"])]
    assert caption not in got["body"]


LONG_CAPTION = (
    "FILE - In this March 7, 2017, file photo, the harbour minister walks along the old ferry "
    "pier in Portvale with the mayor and two board members. The minister has said the pier "
    "must close for repairs, but she has also promised the fishermen who moor there a new "
    "berth before the winter. How these promises will play out at the board's meeting on "
    "Monday, July 16, 2018, could decide the future of the harbour and of the boats that "
    "still use it every morning before dawn."
)


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        (
            # a gallery caption that opens with a quote: the quote's end came first and
            # opened no credit, so the credit after the sentence was never tried
            "“We will keep the boats running,” Mayor Lena Markov said at the pier on Monday. "
            "Jo Brandt/Sputnik/AP",
            "“We will keep the boats running,” Mayor Lena Markov said at the pier on Monday.",
            "Jo Brandt/Sputnik/AP",
        ),
        (
            # an AP caption longer than 400 characters (McClatchy pages) was never read
            LONG_CAPTION + " Jo Brandt, File AP Photo",
            LONG_CAPTION,
            "Jo Brandt, File AP Photo",
        ),
        (
            # the agency's copyright notice after the credit (a Fox News page)
            "The mayor greets ferry crews in Portvale. (AP Photo/Jo Brandt, File)      "
            "\xa0(Copyright 2017 The Associated Press. All rights reserved.)",
            "The mayor greets ferry crews in Portvale.",
            "AP Photo/Jo Brandt, File",
        ),
    ],
)
def test_credit_behind_a_quote_a_long_caption_or_a_copyright_notice_is_split(line, caption, credit):
    assert len(LONG_CAPTION) > 400
    assert credits_glued.split_glued(line) == (caption, credit)


def test_a_quote_with_a_slash_in_its_last_sentence_is_no_credit():
    line = "“We will keep the boats running,” Mayor Lena Markov said. Fares rise 5%/year."
    assert credits_glued.split_glued(line) is None


@pytest.mark.parametrize(
    ("tail", "credit"),
    [
        ("Credit...Mara Quill/Reuters", "Mara Quill/Reuters"),
        ("Credit…Mara Quill/Associated Press", "Mara Quill/Associated Press"),
        ("Credit...Reuters", "Reuters"),
    ],
)
def test_the_times_credit_label_glued_to_a_caption(tail, credit):
    """The Times' 'Credit...' label run into the caption's last sentence ('... at the
    pier.Credit...Jo Li/Reuters', the space lost in the copy): the photo's credit, the caption
    before it."""
    caption = "The harbour chair speaks to commuters at the pier in Portvale on Monday."
    assert credits_glued.split_glued(caption + tail) == (caption, credit)


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Associated Press photo", True),
        ("Star Tribune file photo", True),
        ("Reuters Photo", True),
        ("The harbour photo", False),
        ("Take a photo", False),
    ],
)
def test_an_organisation_and_the_word_photo_is_a_credit_line(line, credit):
    """'Associated Press photo', 'Star Tribune file photo': an organisation of the table and
    the word for its picture credit a photo wherever the line stands; other words before
    'photo' do not."""
    assert credits.is_credit_line(line) is credit


# An unstopped caption (no full stop before the credit), as some sites print them.
_UNSTOPPED = "The ministers meet on July 7, 2017, in Portvale, Maine"


@pytest.mark.parametrize(
    ("tail", "credit"),
    [
        (" — Jo Brandt/Associated Press", "Jo Brandt/Associated Press"),
        (" – Jo Brandt/AFP/Getty Images", "Jo Brandt/AFP/Getty Images"),
        ("Jo Brandt/Reuters", "Jo Brandt/Reuters"),  # run into the caption's last word
        (" Picture: Jo Brandt/AFP", "Picture: Jo Brandt/AFP"),
        (" (Picture: Jo Brandt/AFP)", "Picture: Jo Brandt/AFP"),
    ],
)
def test_a_credit_after_an_unstopped_caption_is_split(tail, credit):
    assert credits_glued.split_glued(_UNSTOPPED + tail) == (_UNSTOPPED, credit)
    page = "Harbour talks open in Portvale\nBy Ana Berg\n" + _UNSTOPPED + tail + "\n" + STORY
    got = parse_text(page)
    assert [(m["caption"], m["photographers"]) for m in got["media"]] == [
        (_UNSTOPPED, ["Jo Brandt"])
    ]
    assert got["body"].startswith("The harbour authority")


@pytest.mark.parametrize(
    ("line", "split"),
    [
        # the Times' label run into the caption: its own rule splits it, label and all
        (
            "Ministers meet in Portvale.CreditCreditJo Brandt/Reuters",
            ("Ministers meet in Portvale.", "Jo Brandt/Reuters"),
        ),
        ("The talks were about the pier — and the Trump/Putin summit", None),  # no photographer
        ("Farmers met at the McDonald Farms/Portvale cooperative", None),
    ],
)
def test_dash_and_joined_credits_need_a_credit(line, split):
    assert credits_glued.split_glued(line) == split
