"""Media labels come from the knowledge folder's media_labels.tsv (data, not code)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pipeline.parse import parse_text
from pipeline.parse.knowledge import knowledge_dir
from pipeline.parse.media_labels import MediaLabelError, media_labels, read_table
from pipeline.perturb import MEDIA_LABELS

_PAGE = (
    "Harbour board shuts the old ferry pier\n"
    "By Jo Li\n"
    "{label}\n"
    "The pier at dawn on Monday. (AP Photo/Kim Bo)\n"
    "The harbour board voted on Tuesday to shut the old ferry pier for repairs, its chairman "
    "said after a long meeting.\n"
    "Repairs will take a year and cost the town about two million euros, he said.\n"
)


@pytest.mark.parametrize(
    "label",
    [*MEDIA_LABELS, "IMAGE 12 OF 40", "3 Photos", "Slideshow", "Open this photo in gallery:"],
)
def test_every_known_label_form_is_chrome(label):
    labels = media_labels()
    assert labels.is_label(label)
    assert labels.is_chrome(label)


@pytest.mark.parametrize(
    "line",
    [
        "Photographs of the pier",
        "Watching the tide come in",
        "Video evidence was shown to the court on Monday, the prosecutor said.",
        "Gallery owners say the rents are too high",
        "12 people were hurt",
    ],
)
def test_prose_is_no_label(line):
    assert not media_labels().is_label(line)


def test_a_titled_label_is_a_label_and_gives_its_slug():
    labels = media_labels()
    line = "Watch: Jo Li on the vote to shut the old ferry pier for repairs"
    assert labels.is_label(line) and not labels.is_chrome(line)
    media = parse_text(_PAGE.format(label=line))["media"]
    assert media[0]["slug"] == "Jo Li on the vote to shut the old ferry pier for repairs"
    assert parse_text(_PAGE.format(label="Expand image"))["media"][0]["slug"] is None


def _user_folder(tmp_path: Path, rows: str) -> Path:
    shutil.copytree(knowledge_dir(), tmp_path, dirs_exist_ok=True)
    with open(tmp_path / "media_labels.tsv", "a", encoding="utf-8") as fh:
        fh.write(rows)
    return tmp_path


def test_a_users_table_adds_labels(tmp_path, monkeypatch):
    """A site's own label ('Bildergalerie öffnen') is a media label once the user's table
    holds it, and body text before; a titled label of theirs runs to any length."""
    page = _PAGE.format(label="Bildergalerie öffnen")
    assert parse_text(page)["line_roles"][2] != "media_label"
    folder = _user_folder(
        tmp_path, "chrome\tbildergalerie(?: öffnen)?\ntitled\tbildergalerie: .+\n"
    )
    monkeypatch.setenv("COPYDESK_KNOWLEDGE", str(folder))
    assert parse_text(page)["line_roles"][:4] == ["title", "byline", "media_label", "caption"]
    labels = media_labels()
    assert labels.is_label("Bildergalerie: " + "die Mole im Morgenlicht " * 4)
    assert "b" in (labels.long_openers or ())
    monkeypatch.delenv("COPYDESK_KNOWLEDGE")
    assert parse_text(page)["line_roles"][2] != "media_label"


def test_the_prose_gate_follows_the_table(tmp_path):
    """Lines longer than every bounded label skip the pattern unless they open like a label
    of unbounded length: the gate is read from the table, not written beside it."""
    path = tmp_path / "media_labels.tsv"
    path.write_text("kind\tpattern\nchrome\tzoom\ntitled\tclip: .*\n", encoding="utf-8")
    labels = read_table(path)
    assert labels.longest == len("zoom") + 1
    assert labels.long_openers == frozenset("c")
    assert labels.is_label("Clip: " + "x" * 80) and not labels.is_label("Zoom in on the pier")


@pytest.mark.parametrize(
    ("rows", "message"),
    [("caption\tzoom\n", "row 2: kind 'caption'"), ("chrome\tzoom(\n", r"row 2: missing \)")],
)
def test_a_bad_row_is_a_clear_error(tmp_path, rows, message):
    path = tmp_path / "media_labels.tsv"
    path.write_text("kind\tpattern\n" + rows, encoding="utf-8")
    with pytest.raises(MediaLabelError, match=message):
        read_table(path)


def test_a_folder_without_the_table_has_no_labels(tmp_path, monkeypatch):
    shutil.copytree(knowledge_dir(), tmp_path, dirs_exist_ok=True)
    (tmp_path / "media_labels.tsv").unlink()
    monkeypatch.setenv("COPYDESK_KNOWLEDGE", str(tmp_path))
    assert not media_labels().is_label("Expand image")
