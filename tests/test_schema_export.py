"""The committed contract exports: current, versioned, and compared with semver rules."""

from __future__ import annotations

import copy
import shutil
import subprocess

import orjson
import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from schemas import MODELS, SCHEMA_VERSION, export
from tests.conftest import ROOT

runner = CliRunner()
EXPORT = "schemas/export"


def test_committed_exports_match_the_models():
    """Fails when a model changed without `copydesk schema export`."""
    for table, doc in export.current().items():
        path = export.EXPORT_DIR / f"{table}.schema.json"
        assert path.is_file(), f"missing {path}: run `copydesk schema export`"
        assert path.read_bytes() == export.dumps(doc), f"{path} is stale: `copydesk schema export`"
    assert sorted(p.name for p in export.EXPORT_DIR.glob("*.schema.json")) == sorted(
        f"{t}.schema.json" for t in MODELS
    )


def test_exports_record_the_schema_version_and_describe_every_field():
    docs = export.load(export.EXPORT_DIR)
    assert export.version_of(docs) == SCHEMA_VERSION
    for doc in docs.values():
        assert doc["required"] == list(doc["properties"])
        assert all(prop["description"] for prop in doc["properties"].values())
    articles = docs["articles"]["properties"]
    assert articles["published"]["type"] == ["string", "null"]
    assert articles["published"]["format"] == "date"
    assert articles["published"]["formatMinimum"] == "1800-01-01"
    assert "en" in articles["language"]["enum"] and "zz" not in articles["language"]["enum"]
    assert "reporters_are_person_names" in articles["reporters"]["x-checks"]
    assert docs["duplicates"]["properties"]["duplicate_of"]["type"] == "string"


def test_schema_export_check_flags_a_stale_file(tmp_path):
    shutil.copytree(export.EXPORT_DIR, tmp_path / "export")
    fresh = runner.invoke(app, ["schema", "export", "--check", "-o", str(tmp_path / "export")])
    assert fresh.exit_code == 0, fresh.output
    stale = tmp_path / "export" / "rejects.schema.json"
    stale.write_text(stale.read_text().replace("Reason code", "Reason"))
    result = runner.invoke(app, ["schema", "export", "--check", "-o", str(tmp_path / "export")])
    assert result.exit_code == 1
    assert "stale" in result.output


def _articles() -> dict:
    return copy.deepcopy(export.current()["articles"])


def _levels(old: dict, new: dict) -> list[str]:
    return [c.level for c in export.diff({"articles": old}, {"articles": new})]


def _added(nullable: bool) -> dict:
    doc = _articles()
    kind = ["string", "null"] if nullable else "string"
    doc["properties"]["section"] = {"description": "Desk.", "type": kind}
    return doc


def _renamed() -> dict:
    doc = _articles()
    doc["properties"]["headline"] = doc["properties"].pop("title")
    return doc


def _edit(path: tuple[str, ...], value) -> dict:
    doc = _articles()
    node = doc["properties"]
    for key in path[:-1]:
        node = node[key]
    if value is None:
        node.pop(path[-1])
    else:
        node[path[-1]] = value
    return doc


@pytest.mark.parametrize(
    ("new", "level"),
    [
        (_added(nullable=True), ["minor"]),
        (_added(nullable=False), ["major"]),
        (_edit(("outlet",), None), ["major"]),
        (_renamed(), ["major", "major"]),
        (_edit(("url", "type"), "string"), ["major"]),
        (_edit(("batch", "type"), ["string", "null"]), ["minor"]),
        (_edit(("similarity", "type"), ["integer", "null"]), ["major"]),
        (_edit(("title", "x-checks", "no_mojibake"), None), ["minor"]),
        (_edit(("url", "x-checks"), {"is_http": "A web address."}), ["major"]),
        (_edit(("method", "enum"), ["containment", "exact", "fuzzy", "near"]), ["minor"]),
        (_edit(("method", "enum"), ["exact"]), ["major"]),
        (_edit(("title", "minLength"), 5), ["major"]),
        (_edit(("title", "minLength"), 0), ["minor"]),
        (_edit(("published", "formatMaximum"), "2030-01-01"), ["major"]),
        (_edit(("source_sha256", "pattern"), "^[0-9a-f]{40}$"), ["major"]),
        (_edit(("article_id", "x-unique"), None), ["minor"]),
        (_edit(("title", "description"), "The headline."), ["patch"]),
    ],
)
def test_diff_classifies_changes_by_semver(new, level):
    assert _levels(_articles(), new) == level


def test_unchanged_export_has_no_changes():
    assert export.diff(export.current(), export.current()) == []
    assert export.required_level([]) == "none"


@pytest.mark.parametrize(
    ("old", "new", "level"),
    [
        ("1.2.3", "1.2.3", "none"),
        ("1.2.3", "1.2.4", "patch"),
        ("1.2.3", "1.3.0", "minor"),
        ("1.2.3", "2.0.0", "major"),
    ],
)
def test_bump_level(old, new, level):
    assert export.bump_level(old, new) == level


def _write(folder, doc, version):
    folder.mkdir()
    doc = {**doc, "x-copydesk-schema-version": version}
    (folder / "articles.schema.json").write_bytes(export.dumps(doc))
    return str(folder)


def test_schema_diff_fails_when_the_version_was_not_bumped_enough(tmp_path):
    old = _write(tmp_path / "old", _articles(), "2.0.0")
    same_version = _write(tmp_path / "new", _renamed(), "2.0.0")
    result = runner.invoke(app, ["schema", "diff", old, same_version])
    assert result.exit_code == 1
    assert "major  articles.title: column removed or renamed" in result.output
    assert "needs a major version bump" in result.output
    minor = _write(tmp_path / "minor", _renamed(), "2.1.0")
    assert runner.invoke(app, ["schema", "diff", old, minor]).exit_code == 1
    major = _write(tmp_path / "major", _renamed(), "3.0.0")
    result = runner.invoke(app, ["schema", "diff", old, major])
    assert result.exit_code == 0
    assert "change: major; version 2.0.0 -> 3.0.0 (major bump)" in result.output
    added = _write(tmp_path / "added", _added(nullable=True), "2.1.0")
    assert runner.invoke(app, ["schema", "diff", old, added]).exit_code == 0


def test_schema_diff_usage_errors(tmp_path):
    result = runner.invoke(app, ["schema", "diff", str(tmp_path / "nope"), EXPORT])
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def _git(*args: str) -> str:
    return subprocess.run(
        ["git", *args], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout


def _exports_at(commit: str) -> dict[str, dict]:
    docs = {}
    for name in _git("ls-tree", "--name-only", f"{commit}:{EXPORT}").split():
        if name.endswith(".schema.json"):
            docs[name.split(".")[0]] = orjson.loads(_git("show", f"{commit}:{EXPORT}/{name}"))
    return docs


def _assert_bumped(before: dict, after: dict, where: str) -> None:
    needed = export.required_level(export.diff(before, after))
    bumped = export.bump_level(export.version_of(before), export.version_of(after))
    assert export.LEVELS.index(bumped) >= export.LEVELS.index(needed), (
        f"{where}: a {needed} schema change needs a {needed} bump of SCHEMA_VERSION "
        f"({export.version_of(before)} -> {export.version_of(after)})"
    )


def test_every_committed_schema_change_bumped_the_version():
    """Over git history: each commit that changed the exports moved SCHEMA_VERSION enough,
    and so does the working tree against HEAD."""
    try:
        commits = _git("log", "--format=%H", "--", EXPORT).split()
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout")
    for old, new in [(f"{c}~1", c) for c in commits]:
        try:
            before, after = _exports_at(old), _exports_at(new)
        except subprocess.CalledProcessError:
            continue  # the exports did not exist yet (or the history is shallow)
        if before and after:
            _assert_bumped(before, after, new[:10])
    try:
        head = _exports_at("HEAD")
    except subprocess.CalledProcessError:
        head = {}
    if head:
        _assert_bumped(head, export.load(export.EXPORT_DIR), "working tree")
