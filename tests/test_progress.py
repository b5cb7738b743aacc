"""A progress bar on an interactive terminal; nothing in CI logs or pipes."""

from __future__ import annotations

import io

from rich.console import Console

from pipeline import progress


def test_bar_on_a_terminal(monkeypatch):
    out = io.StringIO()
    monkeypatch.setattr(progress, "interactive", lambda: True)
    monkeypatch.setattr(progress, "console", Console(file=out, force_terminal=True, width=80))
    assert list(progress.track(iter(range(3)), 3, "parse")) == [0, 1, 2]
    assert "parse" in out.getvalue() and "3/3" in out.getvalue()


def test_silent_in_ci(monkeypatch, capsys):
    monkeypatch.setenv("CI", "true")
    assert not progress.interactive()
    assert list(progress.track(iter(range(3)), 3, "parse")) == [0, 1, 2]
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err == ""
