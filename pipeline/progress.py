"""Progress display: a rich bar on an interactive terminal, silence in CI logs and pipes."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from typing import TypeVar

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

T = TypeVar("T")

console = Console(stderr=True)


def interactive() -> bool:
    """True only on a TTY outside CI: a bar in a CI log is noise."""
    return sys.stderr.isatty() and not os.environ.get("CI")


def track(items: Iterable[T], total: int, description: str) -> Iterator[T]:
    if not interactive():
        yield from items
        return
    columns = (
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=console, transient=True) as bar:
        task = bar.add_task(description, total=total)
        for item in items:
            yield item
            bar.advance(task)
