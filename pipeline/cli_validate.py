"""`copydesk validate` (the data gate for CI), `validate-stage` (the DVC stage) and `schema`.

Kept apart from `cli.py`, which registers these commands with `register(app)`: the gate is
the tool researchers run in CI, the stage is what `dvc repro` runs, and the schema commands
keep the committed contract exports honest.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import inspect
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from pipeline import gate_report as reports
from pipeline import runner
from pipeline.config import Params, ParamsError, load_params
from pipeline.engine import Engine, make_engine
from pipeline.gate import GateInputError, Options, gate
from pipeline.objectstore import stage_folder
from pipeline.progress import console
from pipeline.validate import ContractError, RejectRateExceeded
from schemas import export


class Format(str, Enum):
    text = "text"
    json = "json"
    junit = "junit"
    github = "github"


def _fail(message: str, code: int) -> typer.Exit:
    console.print(f"[bold red]error:[/] {message}", soft_wrap=True)
    raise typer.Exit(code)


def _params(path: Path) -> Params:
    try:
        return load_params(path)
    except (ParamsError, OSError, ValueError) as exc:
        _fail(f"cannot read {path}: {exc}", 2)
    raise AssertionError("unreachable")


def _engine(params: Params, engine: str | None, workers: int | None) -> Engine:
    try:
        return make_engine(
            engine or params.engine.name,
            params.engine.workers if workers is None else workers,
            params.engine.address or None,
        )
    except ValueError as exc:
        _fail(str(exc), 2)
    raise AssertionError("unreachable")


def _emit(text: str, output: Path | None) -> None:
    if output is None:
        typer.echo(text)
    else:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(text + "\n", encoding="utf-8")


def validate(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Raw files or folders (.txt .jsonl .json .csv), Parquet files, or dataset "
            "folders.",
            show_default=False,
        ),
    ] = None,
    fmt: Annotated[
        Format, typer.Option("--format", "-f", help="text (rich tables), json, junit or github.")
    ] = Format.text,
    strict: Annotated[
        bool, typer.Option("--strict", help="CI mode: any invalid record fails.")
    ] = False,
    max_reject_rate: Annotated[
        float | None,
        typer.Option(
            min=0.0,
            max=1.0,
            help="Largest share of invalid records that still passes "
            "(default: validate.max_reject_rate in params).",
        ),
    ] = None,
    max_samples: Annotated[int, typer.Option(min=0, help="Failing records shown per check.")] = 5,
    as_of: Annotated[
        dt.datetime | None,
        typer.Option(
            formats=["%Y-%m-%d"],
            help="Ingest date: `published` after it fails (default: only the contract's "
            "fixed ceiling).",
        ),
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the report here, not stdout.")
    ] = None,
    params: Annotated[Path, typer.Option("--params", help="params.yaml to read.")] = Path(
        "params.yaml"
    ),
    workers: Annotated[
        int | None, typer.Option("--workers", "-w", min=0, help="Worker processes; 0: every core.")
    ] = None,
    engine: Annotated[str | None, typer.Option("--engine")] = None,
    stage_in: Annotated[Path | None, typer.Option("--in", hidden=True)] = None,
    stage_out: Annotated[Path | None, typer.Option("--out", hidden=True)] = None,
) -> None:
    """Check new data against the contract and report every failure at once.

    Raw inputs are ingested and parsed as a build would take them; Parquet files and dataset
    folders are read row group by row group. Failures are grouped by check, with counts and
    a sample of failing records (id, source_uri, value).

    Exit codes: [bold]0[/] valid; [bold]1[/] data invalid (with --strict any invalid record,
    else a share of invalid records over --max-reject-rate; always when a column is missing
    or mistyped); [bold]2[/] usage or I/O error (missing path, truncated Parquet, a Parquet
    file of another schema, unreadable file, bad params.yaml).
    """
    if stage_in is not None or stage_out is not None:
        _fail("the DVC stage is now `copydesk validate-stage --in DIR --out DIR --raw DIR`", 2)
    if not paths:
        _fail("give at least one PATH (see `copydesk validate --help`)", 2)
    chosen = _params(params)
    rate = chosen.validate.max_reject_rate if max_reject_rate is None else max_reject_rate
    options = Options(chosen.ingest, max_samples, as_of.date() if as_of else None)
    try:
        result = gate(paths or [], options, _engine(chosen, engine, workers), rate, strict)
    except GateInputError as exc:
        rendered = reports.render_error(fmt.value, str(exc), exc.path)
        if rendered is not None:
            _emit(rendered, output)
        _fail(str(exc), 2)
    if fmt is Format.text:
        if output is None:
            reports.render_text(result, Console(width=120 if not sys.stdout.isatty() else None))
        else:
            with output.open("w", encoding="utf-8") as fh:
                reports.render_text(result, Console(file=fh, width=120))
    else:
        _emit(reports.RENDERERS[fmt.value](result), output)
    raise typer.Exit(result.exit_code)


def validate_stage(
    source: Annotated[Path, typer.Option("--in", "-i", parser=stage_folder)] = Path(
        "data/interim/parsed"
    ),
    out: Annotated[Path, typer.Option("--out", "-o", parser=stage_folder)] = Path(
        "data/interim/validated"
    ),
    raw: Annotated[
        Path,
        typer.Option(
            "--raw",
            parser=stage_folder,
            help="Ingested stage folder: rejects keep their raw text, read from it.",
        ),
    ] = Path("data/interim/ingested"),
    max_reject_rate: Annotated[
        float | None,
        typer.Option(min=0.0, max=1.0, help="Override validate.max_reject_rate."),
    ] = None,
    params: Annotated[Path, typer.Option("--params")] = Path("params.yaml"),
    engine: Annotated[str | None, typer.Option("--engine")] = None,
    workers: Annotated[
        int | None, typer.Option("--workers", "-w", min=0, help="Worker processes; 0: every core.")
    ] = None,
) -> None:
    """Stage 3 (DVC): check parsed records; failing ones go to rejects with their reasons.

    Exits 1 when the share of rejects exceeds validate.max_reject_rate (a few bad records
    are quarantined and the build goes on); 2 on usage or I/O errors.
    """
    chosen = _params(params)
    if max_reject_rate is not None:
        chosen = dataclasses.replace(
            chosen, validate=dataclasses.replace(chosen.validate, max_reject_rate=max_reject_rate)
        )
    try:
        stats = runner.run_validate(source, out, chosen, _engine(chosen, engine, workers), raw)
    except (RejectRateExceeded, ContractError) as exc:
        _fail(str(exc), 1)
    except (FileNotFoundError, NotADirectoryError, PermissionError) as exc:
        _fail(str(exc), 2)
    console.print(f"validate: {stats['records_out']:,} valid, {stats['rejects']:,} rejects")


schema_app = typer.Typer(
    help="The data contract: export it as JSON Schema, compare two versions.",
    no_args_is_help=True,
)


@schema_app.command("export")
def schema_export(
    out: Annotated[Path, typer.Option("--out", "-o")] = export.EXPORT_DIR,
    check: Annotated[
        bool, typer.Option("--check", help="Write nothing; exit 1 if the files are stale.")
    ] = False,
) -> None:
    """Write schemas/export/<table>.schema.json from the pandera models."""
    stale = []
    for table, doc in export.current().items():
        target = out / f"{table}.schema.json"
        data = export.dumps(doc)
        if target.is_file() and target.read_bytes() == data:
            continue
        stale.append(str(target))
        if not check:
            out.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
    if check and stale:
        _fail(f"stale schema exports (run `copydesk schema export`): {', '.join(stale)}", 1)
    console.print(f"schema exports {'up to date' if not stale else 'written'}: {out}")


@schema_app.command("diff")
def schema_diff(
    old: Annotated[Path, typer.Argument(help="Old export: a folder or a .schema.json file.")],
    new: Annotated[Path, typer.Argument(help="New export: a folder or a .schema.json file.")],
) -> None:
    """Classify the change from OLD to NEW (major, minor, patch) and check the version bump.

    Exit codes: 0 the version moved enough for the change; 1 it did not (e.g. a column was
    removed but only the minor version went up); 2 usage or I/O error.
    """
    try:
        before, after = export.load(old), export.load(new)
        changes = export.diff(before, after)
        was, now = export.version_of(before), export.version_of(after)
        bumped = export.bump_level(was, now)
    except (OSError, ValueError) as exc:
        _fail(str(exc), 2)
    for change in changes:
        typer.echo(str(change))
    needed = export.required_level(changes)
    typer.echo(f"change: {needed}; version {was} -> {now} ({bumped} bump)")
    if export.LEVELS.index(bumped) < export.LEVELS.index(needed):
        _fail(f"a {needed} change needs a {needed} version bump, got {was} -> {now}", 1)


def _help(doc: str | None) -> str:
    """A docstring as help text: wrapped lines joined, so the terminal wraps paragraphs."""
    return "\n\n".join(" ".join(p.split()) for p in inspect.cleandoc(doc or "").split("\n\n"))


def register(app: typer.Typer) -> None:
    app.command("validate", help=_help(validate.__doc__))(validate)
    app.command("validate-stage", help=_help(validate_stage.__doc__))(validate_stage)
    app.add_typer(schema_app, name="schema")
