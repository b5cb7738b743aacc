"""`copydesk eval parse`: the parser's scores on every label source, as tables or JSON."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import orjson
import typer
from rich.table import Table

from pipeline.evaluate import SOURCES, cases_for, evaluate
from pipeline.parse.knowledge_check import KnowledgeError, check_knowledge
from pipeline.progress import console

eval_app = typer.Typer(help="Measure copydesk against labelled data.", no_args_is_help=True)


class Split(str, Enum):
    dev = "dev"
    heldout = "heldout"
    all = "all"


def _fmt(value: Any) -> str:
    return "–" if value is None else f"{value:.3f}"


def _show(name: str, summary: dict[str, Any]) -> None:
    table = Table(title=f"{name} ({summary['cases']} texts)", header_style="bold")
    table.add_column("field")
    table.add_column("score", justify="right")
    table.add_column("n", justify="right")
    for field, entry in summary["fields"].items():
        table.add_row(field, _fmt(entry["value"]), str(entry["n"]))
    for role, entry in summary.get("line_roles", {}).items():
        table.add_row(
            f"line role {role}: P / R / F1",
            f"{_fmt(entry['precision'])} / {_fmt(entry['recall'])} / {_fmt(entry['f1'])}",
            str(entry["support"]),
        )
    console.print(table)


@eval_app.command("parse")
def parse_eval(
    corpora: Annotated[Path, typer.Option(help="The shared corpora folder.")] = Path(
        "../shared/corpora"
    ),
    source: Annotated[
        list[str] | None,
        typer.Option(help=f"Label sources to score (default: all of {', '.join(SOURCES)})."),
    ] = None,
    split: Annotated[
        Split, typer.Option(help="gold_dev pages: the development part, the held-out part, or all.")
    ] = Split.all,
    reuters_limit: Annotated[int, typer.Option(help="Reuters articles to score (0: all).")] = 0,
    json_out: Annotated[Path | None, typer.Option("--json", help="Also write scores here.")] = None,
    markdown: Annotated[
        Path | None,
        typer.Option(help="Also write the tables as Markdown (for docs/EVALUATION.md)."),
    ] = None,
) -> None:
    """Score the parser field by field (scoring rules: the field guide's last section).

    Exit codes: 0 scored, 2 the corpora folder or a source is missing, or a knowledge table
    cannot be used.
    """
    if not corpora.is_dir():
        console.print(f"[bold red]error:[/] corpora folder not found: {corpora}")
        raise typer.Exit(2)
    try:
        check_knowledge()
    except KnowledgeError as exc:
        console.print(f"[bold red]error:[/] {exc}")
        raise typer.Exit(2) from None
    chosen = source or list(SOURCES)
    results: dict[str, Any] = {}
    for name in chosen:
        splits = (
            [split.value]
            if name == "gold_dev" and split != Split.all
            else (["dev", "heldout", "all"] if name == "gold_dev" else ["all"])
        )
        for part in splits:
            try:
                cases = cases_for(name, corpora, part, reuters_limit or None)
            except (ValueError, FileNotFoundError) as exc:
                console.print(f"[bold red]error:[/] {exc}")
                raise typer.Exit(2) from None
            label = name if name != "gold_dev" else f"gold_dev/{part}"
            results[label] = evaluate(cases).summary()
            _show(label, results[label])
    if markdown is not None:
        markdown.write_text(to_markdown(results), encoding="utf-8")
    if json_out is not None:
        json_out.write_bytes(
            orjson.dumps(results, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS) + b"\n"
        )


def to_markdown(results: dict[str, Any]) -> str:
    """One table per label source: the same numbers as the terminal tables."""
    out = []
    for label, summary in results.items():
        out += [
            f"### {label} ({summary['cases']} texts)",
            "",
            "| field | score | n |",
            "|---|---:|---:|",
        ]
        out += [f"| {f} | {_fmt(e['value'])} | {e['n']} |" for f, e in summary["fields"].items()]
        for role, e in summary.get("line_roles", {}).items():
            out.append(
                f"| line role `{role}` P / R / F1 | {_fmt(e['precision'])} / "
                f"{_fmt(e['recall'])} / {_fmt(e['f1'])} | {e['support']} |"
            )
        out.append("")
    return "\n".join(out)


def register(app: typer.Typer) -> None:
    app.add_typer(eval_app, name="eval")
