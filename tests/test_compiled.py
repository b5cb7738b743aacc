"""The mypyc-compiled parser (`make compiled`, see setup.py) is the same parser as the source.

These tests run against the compiled build only (`make test-compiled` runs the whole suite
there with COPYDESK_EXPECT_COMPILED=1, which turns the skip into a failure). They check that
the build really holds compiled modules, and that it parses texts exactly as the `.py`
sources do, run in a child process that imports them from the repository.
"""

from __future__ import annotations

import csv
import hashlib
import importlib
import os
import platform
import subprocess
import sys

import orjson
import pytest

from pipeline.decode import decode, normalise
from pipeline.evaluate import HELD_OUT
from pipeline.parse import COMPILED, parse_text
from tests.conftest import CORPORA, FIXTURES, ROOT, SAMPLE

EXPECTED = os.environ.get("COPYDESK_EXPECT_COMPILED") == "1"
pytestmark = pytest.mark.skipif(
    not (COMPILED or EXPECTED), reason="pipeline.parse is the source here (make test-compiled)"
)

# Hash each text's parse in the child, importing the repository's sources (cwd and
# PYTHONPATH come first on sys.path), and prove they are the sources.
_SOURCE_PARSE = """
import hashlib, sys, orjson
import pipeline.parse
from pipeline.parse import parse_text
assert pipeline.parse.__file__.endswith(".py"), pipeline.parse.__file__
texts = orjson.loads(sys.stdin.buffer.read())
print(orjson.dumps([
    hashlib.sha256(repr(sorted(parse_text(t).items())).encode()).hexdigest() for t in texts
]).decode())
"""


def _digest(text: str) -> str:
    return hashlib.sha256(repr(sorted(parse_text(text).items())).encode()).hexdigest()


def _source_digests(texts: list[str]) -> list[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", _SOURCE_PARSE],
        input=orjson.dumps(texts),
        capture_output=True,
        cwd=ROOT,
        env=env,
        check=True,
    )
    digests: list[str] = orjson.loads(done.stdout)
    return digests


def _assert_same_parse(named: dict[str, str]) -> None:
    names, texts = list(named), list(named.values())
    compiled = [_digest(t) for t in texts]
    source = _source_digests(texts)
    differ = [name for name, a, b in zip(names, compiled, source, strict=True) if a != b]
    assert not differ, f"{len(differ)} of {len(names)} texts parse differently: {differ[:5]}"


def test_every_parse_module_but_the_language_model_is_compiled() -> None:
    for path in sorted((ROOT / "pipeline" / "parse").glob("*.py")):
        name = "pipeline.parse" if path.stem == "__init__" else f"pipeline.parse.{path.stem}"
        module_file = importlib.import_module(name).__file__ or ""
        assert module_file.endswith(".py") == (path.name == "language_model.py"), module_file


def test_compiled_parser_parses_the_sample_and_fixtures_as_the_source() -> None:
    paths = sorted((SAMPLE / "txt").glob("*.txt")) + sorted(FIXTURES.glob("*.txt"))
    named = {p.name: normalise(decode(p.read_bytes()).text or "") for p in paths}
    assert len(named) >= 5
    _assert_same_parse(named)


@pytest.mark.corpus
def test_compiled_parser_parses_real_articles_as_the_source() -> None:
    named = {}
    for path in sorted((CORPORA / "bbc").rglob("*.txt")):
        text = decode(path.read_bytes()).text
        if text:
            named[f"bbc/{path.parent.name}/{path.name}"] = normalise(text)
    csv.field_size_limit(sys.maxsize)
    with open(CORPORA / "helsinki_dev" / "helsinki_articles_dev.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["id"] not in HELD_OUT:  # parsed, not read, but kept out all the same
                named[f"helsinki/{row['id']}"] = normalise(row["text"], " ### ")
    assert len(named) > 2400
    _assert_same_parse(named)


def test_version_says_the_parser_is_compiled() -> None:
    from typer.testing import CliRunner

    from pipeline.cli import app

    shown = CliRunner().invoke(app, ["--version"])
    assert shown.exit_code == 0
    python = f"CPython {platform.python_version()}"
    assert shown.output.strip().endswith(f"(parser: compiled by mypyc; shingles: C; {python})")
