"""The validation gate's report: failures grouped by check, and its four renderings.

`copydesk validate` collects every failure before it answers (lazy), so a researcher fixes a
batch in one round. The report keeps a count per check and a bounded sample of failing
records; the renderings are a rich table for people, JSON for tools, JUnit XML for CI test
tabs and GitHub workflow commands that annotate the offending input file. Nothing here reads
the clock, so equal inputs give equal reports.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from xml.etree import ElementTree as ET

import orjson
from rich.console import Console
from rich.table import Table

MAX_VALUE_CHARS = 120
EXIT_VALID, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


@dataclass(frozen=True)
class Sample:
    """One failing record: enough to find it (id, source_uri) and see why (value)."""

    article_id: str | None
    source_uri: str | None
    value: str
    file: str  # the file to annotate: the raw input when known, else the Parquet file
    line: int | None = None


@dataclass
class CheckResult:
    table: str
    check: str
    count: int = 0
    samples: list[Sample] = field(default_factory=list)


@dataclass
class Report:
    """Everything `copydesk validate` found, merged over inputs in a fixed order."""

    inputs: list[str]
    max_samples: int = 5
    max_reject_rate: float = 0.0
    strict: bool = False
    records: int = 0
    invalid: int = 0
    tables: dict[str, int] = field(default_factory=dict)
    known_checks: dict[str, list[str]] = field(default_factory=dict)
    results: dict[tuple[str, str], CheckResult] = field(default_factory=dict)
    contract_broken: bool = False  # a column missing or mistyped: rates do not apply
    notes: list[str] = field(default_factory=list)

    def add(self, table: str, check: str, count: int, samples: list[Sample]) -> None:
        result = self.results.setdefault((table, check), CheckResult(table, check))
        result.count += count
        room = self.max_samples - len(result.samples)
        result.samples.extend(samples[: max(room, 0)])

    @property
    def reject_rate(self) -> float:
        return self.invalid / self.records if self.records else 0.0

    @property
    def valid(self) -> bool:
        if self.contract_broken:
            return False
        if self.strict:
            return self.invalid == 0
        return self.reject_rate <= self.max_reject_rate

    @property
    def exit_code(self) -> int:
        return EXIT_VALID if self.valid else EXIT_INVALID

    def failures(self) -> list[CheckResult]:
        return [self.results[k] for k in sorted(self.results)]

    def verdict(self) -> str:
        if self.contract_broken:
            return "INVALID: the columns or types do not match the contract"
        limit = "any invalid record (--strict)" if self.strict else f"{self.max_reject_rate:.1%}"
        state = "valid" if self.valid else "INVALID"
        return (
            f"{state}: {self.invalid:,} of {self.records:,} records fail "
            f"({self.reject_rate:.2%}; limit {limit})"
        )


def clip(value: object) -> str:
    """A failing value short enough for a table cell or an annotation ('""' when empty)."""
    text = str(value) if value is not None else "null"
    if not text:
        return '""'
    return text if len(text) <= MAX_VALUE_CHARS else text[: MAX_VALUE_CHARS - 1] + "…"


def records(count: int) -> str:
    return f"{count:,} record{'' if count == 1 else 's'}"


def to_dict(report: Report) -> dict:
    return {
        "valid": report.valid,
        "exit_code": report.exit_code,
        "verdict": report.verdict(),
        "inputs": report.inputs,
        "records": report.records,
        "invalid_records": report.invalid,
        "reject_rate": round(report.reject_rate, 6),
        "max_reject_rate": 0.0 if report.strict else report.max_reject_rate,
        "strict": report.strict,
        "tables": dict(sorted(report.tables.items())),
        "notes": report.notes,
        "failures": [
            {
                "table": r.table,
                "check": r.check,
                "count": r.count,
                "samples": [
                    {
                        "article_id": s.article_id,
                        "source_uri": s.source_uri,
                        "value": s.value,
                        "file": s.file,
                        "line": s.line,
                    }
                    for s in r.samples
                ],
            }
            for r in report.failures()
        ],
    }


def render_json(report: Report) -> str:
    return orjson.dumps(to_dict(report), option=orjson.OPT_INDENT_2).decode()


def render_junit(report: Report) -> str:
    """One test suite per table, one test case per check (passing checks included)."""
    root = ET.Element("testsuites", name="copydesk validate")
    failing = {(r.table, r.check): r for r in report.failures()}
    tables = sorted(set(report.known_checks) | {t for t, _ in failing})
    total = failed = 0
    for table in tables:
        checks = sorted(
            set(report.known_checks.get(table, [])) | {c for t, c in failing if t == table}
        )
        suite = ET.SubElement(root, "testsuite", name=table)
        suite_failures = 0
        for check in checks:
            case = ET.SubElement(suite, "testcase", classname=f"copydesk.{table}", name=check)
            result = failing.get((table, check))
            if result is None:
                continue
            suite_failures += 1
            rows = "\n".join(
                f"{s.article_id or '-'}  {s.source_uri or s.file}  {clip(s.value)}"
                for s in result.samples
            )
            failure = ET.SubElement(
                case, "failure", message=f"{records(result.count)} failed {check}", type="check"
            )
            failure.text = rows
        suite.set("tests", str(len(checks)))
        suite.set("failures", str(suite_failures))
        suite.set("errors", "0")
        total += len(checks)
        failed += suite_failures
    root.set("tests", str(total))
    root.set("failures", str(failed))
    root.set("errors", "0")
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True)


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(file: str, message: str, line: int | None = None) -> str:
    """A GitHub workflow command: `::error file=F,line=N::message`, escaped as GitHub needs."""
    where = f"file={_escape_property(file)}" + (f",line={line}" if line else "")
    return f"::error {where}::{_escape_data(message)}"


def render_github(report: Report) -> str:
    """One annotation per sampled failing record, on its input file; then the verdict."""
    lines = []
    for result in report.failures():
        for s in result.samples:
            who = s.article_id or s.source_uri or s.file
            lines.append(
                annotation(
                    s.file,
                    f"{result.table} {result.check} ({records(result.count)}): "
                    f"{who}: {clip(s.value)}",
                    s.line,
                )
            )
    lines.append(f"copydesk validate: {report.verdict()}")
    return "\n".join(lines)


def render_text(report: Report, console: Console) -> None:
    summary = Table(title="copydesk validate", show_header=False)
    summary.add_row("inputs", ", ".join(report.inputs))
    for name, rows in sorted(report.tables.items()):
        summary.add_row(f"{name} rows", f"{rows:,}")
    summary.add_row("records", f"{report.records:,}")
    summary.add_row("invalid records", f"{report.invalid:,}")
    console.print(summary)
    if report.results:
        grid = Table(title="failures by check", header_style="bold")
        for column in ("table", "check", "records", "article_id", "source_uri", "value"):
            grid.add_column(
                column, overflow="fold", justify="right" if column == "records" else "left"
            )
        for result in report.failures():
            first = True
            for s in result.samples or [Sample(None, None, "", "")]:
                grid.add_row(
                    result.table if first else "",
                    result.check if first else "",
                    f"{result.count:,}" if first else "",
                    s.article_id or "",
                    s.source_uri or s.file,
                    clip(s.value),
                )
                first = False
        console.print(grid)
    for note in report.notes:
        console.print(f"[dim]note: {note}[/]")
    style = "green" if report.valid else "bold red"
    console.print(f"[{style}]{report.verdict()}[/]")


RENDERERS = {"json": render_json, "junit": render_junit, "github": render_github}


def render_error(fmt: str, message: str, path: str | None) -> str | None:
    """A usage or I/O error (exit 2) in the machine formats; None for text (stderr only)."""
    if fmt == "json":
        doc = {"valid": False, "exit_code": EXIT_USAGE, "error": message}
        return orjson.dumps(doc, option=orjson.OPT_INDENT_2).decode()
    if fmt == "github":
        return annotation(path, message) if path else f"::error::{_escape_data(message)}"
    if fmt == "junit":
        root = ET.Element("testsuites", name="copydesk validate", tests="1", errors="1")
        suite = ET.SubElement(root, "testsuite", name="inputs", tests="1", errors="1")
        case = ET.SubElement(suite, "testcase", classname="copydesk.inputs", name="readable")
        ET.SubElement(case, "error", message=message, type="input")
        ET.indent(root)
        return ET.tostring(root, encoding="unicode", xml_declaration=True)
    return None
