"""The `copydesk` command line: the whole pipeline (`run`) and each stage on its own.

Exit codes: 0 success; 1 the data failed (reject rate over the limit, accounting broken);
2 usage or I/O error (missing path or bucket, bad params.yaml, no input files, an object
store that cannot be reached or written, a knowledge table the parser cannot use).

Raw inputs and the dataset (`run`, `ingest` RAW; `run`, `package` --out) may be object-store
URIs (s3://, gs://, ...; see `pipeline.objectstore`); stage folders must be local paths.
"""

from __future__ import annotations

import platform
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from pipeline import __version__, runner
from pipeline.cli_eval import register as register_eval
from pipeline.cli_validate import register as register_validation
from pipeline.config import Params, ParamsError, load_params
from pipeline.engine import ENGINES, Engine, make_engine
from pipeline.figures import PLOT_FILES
from pipeline.memory import disable_transparent_huge_pages
from pipeline.objectstore import ObjectStoreError, local_or_uri, read_output, stage_folder
from pipeline.package import Accounting, AccountingError
from pipeline.parse import COMPILED as PARSER_COMPILED
from pipeline.parse.knowledge_check import KnowledgeError
from pipeline.progress import console
from pipeline.storage import RunInProgress, atomic_write_bytes
from pipeline.validate import ContractError, RejectRateExceeded

app = typer.Typer(
    name="copydesk",
    help="Turn raw news article text into a versioned, deduplicated Parquet dataset.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
)

ParamsOpt = Annotated[
    Path, typer.Option("--params", help="params.yaml to read (defaults apply if it is absent).")
]
WorkersOpt = Annotated[
    int | None,
    typer.Option(
        "--workers", "-w", min=0, help="Worker processes; 0: every core (default: params)."
    ),
]
EngineOpt = Annotated[
    str | None,
    typer.Option(
        "--engine",
        help=f"Execution engine: {' or '.join(ENGINES)} (default: params, engine.name).",
    ),
]


def StageOpt(*names: str) -> typer.models.OptionInfo:
    """A stage (interim) folder option: local or shared POSIX paths only, never a URI."""
    return typer.Option(*names, parser=stage_folder, help=STAGE_HELP)


STAGE_HELP = (
    "Stage folder: a local or shared POSIX path, not an object-store URI (stage outputs are "
    "swapped in with atomic renames)."
)


AddressOpt = Annotated[
    str | None,
    typer.Option(
        "--address",
        help="Ray cluster to join (e.g. auto, ray://head:10001); default: params, "
        "engine.address; none starts a local Ray.",
    ),
]


def _setup(
    params_path: Path, engine: str | None, workers: int | None, address: str | None = None
) -> tuple[Params, Engine]:
    try:
        params = load_params(params_path)
    except (ParamsError, OSError, ValueError) as exc:
        _fail(f"cannot read {params_path}: {exc}", 2)
    try:
        chosen = make_engine(
            engine or params.engine.name,
            params.engine.workers if workers is None else workers,
            address or params.engine.address or None,
        )
    except ValueError as exc:
        _fail(str(exc), 2)
    return params, chosen


def _fail(message: str, code: int) -> typer.Exit:
    console.print(f"[bold red]error:[/] {message}")
    raise typer.Exit(code)


def _folder(value: str) -> Path:
    try:
        return stage_folder(value)
    except ValueError as exc:
        raise _fail(str(exc), 2) from exc


def _guarded(fn, *args):  # type: ignore[no-untyped-def]
    """Run a stage; turn the failures a user can act on into messages and exit codes."""
    try:
        return fn(*args)
    except (RejectRateExceeded, AccountingError, ContractError) as exc:
        _fail(str(exc), 1)
    except (
        FileNotFoundError,
        NotADirectoryError,
        PermissionError,
        RunInProgress,
        ObjectStoreError,
        KnowledgeError,
    ) as exc:
        _fail(str(exc), 2)


def show_accounting(acc: Accounting) -> None:
    table = Table(title="copydesk accounting", show_header=True, header_style="bold")
    table.add_column("outcome")
    table.add_column("records", justify="right")
    table.add_row("inputs read", f"{acc.inputs:,}")
    table.add_row("articles", f"{acc.articles:,}")
    table.add_row("duplicates", f"{acc.duplicates:,}")
    table.add_row("rejects", f"{acc.rejects:,}")
    for reason, count in acc.reasons.items():
        table.add_row(f"  [dim]{reason}[/]", f"[dim]{count:,}[/]")
    status = "[green]balanced[/]" if acc.balanced else "[red]NOT balanced[/]"
    table.caption = f"{status}: inputs = articles + duplicates + rejects"
    console.print(table)


def _version(value: bool) -> None:
    if value:
        from pipeline.dedup_shingles import kernel  # here: its tables take ~50 ms to build

        build = "compiled by mypyc" if PARSER_COMPILED else "Python source"
        shingles = "C" if kernel is not None else "numpy"
        # (the interpreter too: its build moves parse speed by ~12 %, docs/BENCHMARKS.md)
        python = f"CPython {platform.python_version()}"
        typer.echo(f"copydesk {__version__} (parser: {build}; shingles: {shingles}; {python})")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    """copydesk: parse, validate, deduplicate and package news article text."""
    disable_transparent_huge_pages()  # before the stages allocate (see pipeline.memory)


@app.command()
def run(
    raw: Annotated[
        list[str],
        typer.Argument(
            help="Raw folders or files (.txt .jsonl .json .csv): local paths or object-store "
            "URIs (s3://bucket/raw/batch1, gs://...)."
        ),
    ],
    out: Annotated[
        str,
        typer.Option(
            "--out",
            "-o",
            help="Dataset folder to write: a local path or a URI (s3://bucket/datasets/news), "
            "uploaded with croissant.json last.",
        ),
    ],
    params: ParamsOpt = Path("params.yaml"),
    engine: EngineOpt = None,
    workers: WorkersOpt = None,
    address: AddressOpt = None,
) -> None:
    """Run every stage without DVC: raw files in, a dataset folder out.

    OUT receives articles/, duplicates/, rejects/ (Parquet), metrics.json and croissant.json.
    Stage folders live in a scratch folder beside OUT, or under TMPDIR when OUT is a URI.
    """
    chosen_params, chosen = _setup(params, engine, workers, address)
    roots = [local_or_uri(r) for r in raw]
    acc = _guarded(runner.run_all, roots, local_or_uri(out), chosen_params, chosen)
    show_accounting(acc)
    console.print(f"dataset written to [bold]{out}[/]")


@app.command()
def ingest(
    raw: Annotated[
        list[str] | None,
        typer.Argument(help="Raw folders: local paths or URIs (s3://...); default: params."),
    ] = None,
    out: Annotated[Path, StageOpt("--out", "-o")] = Path("data/interim/ingested"),
    params: ParamsOpt = Path("params.yaml"),
    engine: EngineOpt = None,
    workers: WorkersOpt = None,
    address: AddressOpt = None,
) -> None:
    """Stage 1: read raw files into records; unreadable or empty inputs become rejects."""
    chosen_params, chosen = _setup(params, engine, workers, address)
    roots = [local_or_uri(str(p)) for p in raw or chosen_params.ingest.raw]
    stats = _guarded(runner.run_ingest, roots, out, chosen_params, chosen)
    console.print(
        f"ingest: {stats['files']:,} files, {stats['records_out']:,} records, "
        f"{stats['rejects']:,} rejects"
    )


@app.command()
def parse(
    source: Annotated[Path, StageOpt("--in", "-i")] = Path("data/interim/ingested"),
    out: Annotated[Path, StageOpt("--out", "-o")] = Path("data/interim/parsed"),
    params: ParamsOpt = Path("params.yaml"),
    engine: EngineOpt = None,
    workers: WorkersOpt = None,
    address: AddressOpt = None,
) -> None:
    """Stage 2: raw text to article fields (title, body, dateline, reporters, media, ...)."""
    _, chosen = _setup(params, engine, workers, address)
    stats = _guarded(runner.run_parse, source, out, chosen)
    console.print(f"parse: {stats['records_out']:,} parsed, {stats['rejects']:,} rejects")


@app.command()
def dedup(
    source: Annotated[Path, StageOpt("--in", "-i")] = Path("data/interim/validated"),
    out: Annotated[Path, StageOpt("--out", "-o")] = Path("data/interim/deduped"),
    index: Annotated[
        str | None,
        typer.Option(
            "--index",
            help="Signature index folder to reuse and rewrite (dvc.yaml passes dedup.index); "
            "default: none, every signature computed.",
        ),
    ] = None,
    params: ParamsOpt = Path("params.yaml"),
    engine: EngineOpt = None,
    workers: WorkersOpt = None,
    address: AddressOpt = None,
) -> None:
    """Stage 4: cluster exact and near-duplicate copies; keep one canonical per cluster.

    With --index, signatures of articles already in the index (unchanged bodies) are reused,
    new ones computed, and the index is rewritten for the next run.
    """
    chosen_params, chosen = _setup(params, engine, workers, address)
    stats = _guarded(
        runner.run_dedup, source, out, chosen_params, chosen, _folder(index) if index else None
    )
    console.print(f"dedup: {stats['articles']:,} articles, {stats['duplicates']:,} duplicates")
    console.print(
        f"signatures: {stats['signatures_computed']:,} computed, "
        f"{stats['signatures_reused']:,} reused (index {stats['index']})"
    )


@app.command()
def package(
    out: Annotated[
        str | None,
        typer.Option(
            "--out",
            "-o",
            help="A local folder or a URI (s3://bucket/datasets/news: built locally, then "
            "uploaded with croissant.json last); default: data/processed/<dataset.name>.",
        ),
    ] = None,
    interim: Annotated[Path, StageOpt("--interim")] = Path("data/interim"),
    metrics: Annotated[
        Path | None,
        typer.Option(
            "--metrics", help="Also write the metrics JSON here (for `dvc metrics show`)."
        ),
    ] = None,
    plots: Annotated[
        Path | None,
        typer.Option("--plots", help="Also copy the plot CSVs to this folder (`dvc plots`)."),
    ] = None,
    params: ParamsOpt = Path("params.yaml"),
    workers: WorkersOpt = None,
) -> None:
    """Stage 5: write the Parquet dataset, card, croissant.json, metrics, plots and report.

    It runs on this machine (a process pool of --workers) whatever the engine: the dataset
    folder is built locally, then moved or uploaded."""
    chosen_params, local = _setup(params, "local", workers)
    target = local_or_uri(out) if out else Path("data/processed") / chosen_params.dataset.name
    acc = _guarded(
        runner.run_package,
        interim / "ingested",
        interim / "parsed",
        interim / "validated",
        interim / "deduped",
        target,
        chosen_params,
        local.workers,
    )
    if metrics is not None:
        atomic_write_bytes(read_output(target, "metrics.json"), metrics)
    if plots is not None:
        for name in PLOT_FILES:
            atomic_write_bytes(read_output(target, f"plots/{name}"), plots / name)
    show_accounting(acc)


@app.command()
def report(
    dataset: Annotated[
        Path | None,
        typer.Argument(help="Dataset folder (default: data/processed/<dataset.name>)."),
    ] = None,
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="HTML file (default: DATASET/report.html).")
    ] = None,
    params: ParamsOpt = Path("params.yaml"),
) -> None:
    """Write an HTML report with charts of a dataset folder, for a person to look at."""
    from pipeline import html_report
    from pipeline.loader import DatasetError

    folder = dataset or Path("data/processed") / _setup(params, None, 1)[0].dataset.name
    try:
        written = html_report.write(folder, out)
    except (DatasetError, FileNotFoundError, KeyError) as exc:
        _fail(f"{folder} is not a readable copydesk dataset: {exc}", 2)
    console.print(f"report written to [bold]{written}[/]")


# validate (the CI data gate), validate-stage (DVC stage 3), schema export/diff
register_validation(app)
register_eval(app)

if __name__ == "__main__":
    app()
