"""Photos used under a licence ('Jo Li/Flickr (CC BY 2.0)'), photos credited to the person
who posted them on a platform ('Jo Li via Flickr') and to a source and its photographer
('White House Photo by Jo Li'), and photos credited to a company ('Jo Li Photography Inc'):
the licence names neither maker nor agency, the person before 'via' is the photographer, the
company is an agency (invented text; data: licences.csv)."""

from __future__ import annotations

import shutil

import pytest

from pipeline.parse import credits, credits_glued, parse_text
from pipeline.parse.knowledge import knowledge_dir
from tests.test_parse_featured_credits import FIRST, LAST, TITLE


@pytest.mark.parametrize(
    ("credit", "photographers", "agencies"),
    [
        ("Jo Li via Flickr", ("Jo Li",), ()),
        ("Jo Li via Instagram", ("Jo Li",), ()),
        ("Flickr/Creative Commons", (), ()),
        ("Jo Li/Flickr (CC BY 2.0)", ("Jo Li",), ()),
        ("Jo Li/Flickr, CC BY-SA 4.0", ("Jo Li",), ()),
        ("Jo Li via Flickr, under Creative Commons license 2.0", ("Jo Li",), ()),
        ("Jo Li via Wikimedia Commons (licensed under CC BY-SA 3.0)", ("Jo Li",), ()),
        ("Public Domain", (), ()),
        ("Jo Li/Getty Images (CC BY 2.0)", ("Jo Li",), ("Getty Images",)),
        # 'via' still names the distributor after an agency, and a member paper before it
        ("Jo Li/AFP via Getty Images", ("Jo Li",), ("AFP", "Getty Images")),
        ("Kim Bo/Jo Li via AP", ("Kim Bo", "Jo Li"), ("Associated Press",)),
    ],
)
def test_licences_and_platform_posters(credit, photographers, agencies):
    read = credits.read(credit)
    assert (read.credit, read.photographers, read.agencies) == (credit, photographers, agencies)


@pytest.mark.parametrize(
    ("glued", "licence"),
    [
        ("Photo: Jo Li/Flickr", " (CC BY-SA 2.0)"),
        ("Photo by Jo Li/Flickr", " (CC BY 2.0)"),
        ("Image: Jo Li via Flickr", ", under Creative Commons license 2.0."),
        ("Featured image via Jo Li/Getty Images", " / CC BY 2.0"),
    ],
)
def test_a_glued_credit_keeps_its_licence(glued, licence):
    """A credit glued to the story's last sentence is found past the licence that closes it:
    the page parses as it does without the licence, which stays in the credit's text."""
    bare = parse_text(f"{TITLE}\n\n{FIRST}\n\n{LAST}{glued}")
    out = parse_text(f"{TITLE}\n\n{FIRST}\n\n{LAST}{glued}{licence}")
    assert bare["media"] and bare["media"][0]["photographers"] == ["Jo Li"]
    expected = [{**m, "credit": m["credit"] + licence.rstrip(".")} for m in bare["media"]]
    assert out["media"] == expected
    assert {k: v for k, v in out.items() if k != "media"} == {
        k: v for k, v in bare.items() if k != "media"
    }
    assert "Flickr" not in out["body"] and "CC" not in out["body"]


def test_a_licence_alone_is_no_credit():
    """A sentence that ends with a licence but holds no credit before it stays in the body."""
    line = "The council put the old ferry's plans in the public domain (CC BY 2.0)"
    assert credits_glued.split_glued(line) is None
    assert (
        credits_glued.split_glued("The plans are free to use, under a Creative Commons license")
        is None
    )


def test_a_run_of_licences_is_cut_short_in_linear_time():
    """No recursion along a line of licences: one licence to a credit."""
    line = "Photo: Jo Li/Flickr" + " (CC BY 2.0)" * 100_000
    assert credits_glued.split_glued(line) is None
    assert credits_glued.split_glued("The council said." + " (CC BY 2.0)" * 2) is None


def test_a_users_licence_table(tmp_path, monkeypatch):
    """A licence the shipped table lacks ('Licence Ouverte', which reads as a name) is no
    photographer once the user's table holds it."""
    folder = tmp_path / "knowledge"
    shutil.copytree(knowledge_dir(), folder)
    credit = "Jo Li/Licence Ouverte"
    assert credits.read(credit).photographers == ("Jo Li", "Licence Ouverte")
    with open(folder / "licences.csv", "a", encoding="utf-8") as fh:
        fh.write("Licence Ouverte\n")
    monkeypatch.setenv("COPYDESK_KNOWLEDGE", str(folder))
    assert credits.read(credit).photographers == ("Jo Li",)


def test_a_folder_without_the_table_knows_no_licence(tmp_path, monkeypatch):
    folder = tmp_path / "knowledge"
    shutil.copytree(knowledge_dir(), folder)
    (folder / "licences.csv").unlink()
    monkeypatch.setenv("COPYDESK_KNOWLEDGE", str(folder))
    assert credits.read("Jo Li/Flickr/Creative Commons").photographers == (
        "Jo Li",
        "Creative Commons",
    )


@pytest.mark.parametrize(
    ("credit", "photographers", "agencies"),
    [
        ("White House Photo by Jo Li", ("Jo Li",), ("White House",)),
        ("Official White House Photo by Jo Li", ("Jo Li",), ("White House",)),
        ("Reuters photo by Jo Li", ("Jo Li",), ("Reuters",)),
        ("Family photo by the sea", (), ()),
    ],
)
def test_a_source_before_photo_by(credit, photographers, agencies):
    """'<source> Photo by <name>' reads as '<source>/<name>' ('Jo Li/White House' names the
    White House as the photo's source); 'Official' is no part of a name."""
    read = credits.read(credit)
    assert (read.photographers, read.agencies) == (photographers, agencies)


@pytest.mark.parametrize(
    ("credit", "photographers", "agencies"),
    [
        ("Jo Li Photography Inc/Getty Images", (), ("Jo Li Photography", "Getty Images")),
        (
            "Portvale Imaging Ltd./NurPhoto via Getty Images",
            (),
            ("Portvale Imaging", "NurPhoto", "Getty Images"),
        ),
        ("Jo Li/Portvale Pictures LLC", ("Jo Li",), ("Portvale Pictures",)),
        ("Jo Li/Portvale Pictures, Inc.", ("Jo Li",), ("Portvale Pictures",)),
        # a suffix after an organisation of the table is cut out with it
        ("Jo Li/CQ-Roll Call, Inc via Getty Images", ("Jo Li",), ("CQ Roll Call", "Getty Images")),
    ],
)
def test_a_company_is_an_agency_not_a_photographer(credit, photographers, agencies):
    """A name with a company's suffix (Inc, LLC, Ltd, Corp) is an organisation: a studio or an
    image library the table lacks credits the photo as an agency, as the credit spells it."""
    read = credits.read(credit)
    assert (read.photographers, read.agencies) == (photographers, agencies)
