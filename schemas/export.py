"""The contract as JSON Schema files, and the semver rules that compare two versions of it.

`schemas/export/<table>.schema.json` describes one row of each published table for readers
and non-Python tools: JSON types, nullability, descriptions, pattern/enum/range constraints,
and the names and reasons of the custom checks (`x-checks`). `diff` classifies the change
between two exports: adding a nullable column or relaxing a rule is minor; removing or
renaming a column, changing its type or adding a rule (narrowing) is major; descriptions are
a patch. A test keeps the committed files in step with the models and SCHEMA_VERSION.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
import pyarrow as pa

LEVELS = ("none", "patch", "minor", "major")
# Keys where a larger value narrows (min*) or widens (max*) what the column accepts.
_LOWER_BOUNDS = ("minLength", "minimum", "formatMinimum")
_UPPER_BOUNDS = ("maxLength", "maximum", "formatMaximum")


def _json_type(arrow: pa.DataType, nullable: bool) -> dict[str, Any]:
    out: dict[str, Any]
    if pa.types.is_list(arrow) or pa.types.is_large_list(arrow):
        out = {"type": "array", "items": _json_type(arrow.value_type, False)}
    elif pa.types.is_struct(arrow):
        out = {
            "type": "object",
            "properties": {f.name: _json_type(f.type, f.nullable) for f in arrow},
            "additionalProperties": False,
        }
    elif pa.types.is_date(arrow):
        out = {"type": "string", "format": "date"}
    elif pa.types.is_floating(arrow):
        out = {"type": "number"}
    elif pa.types.is_integer(arrow):
        out = {"type": "integer"}
    elif pa.types.is_boolean(arrow):
        out = {"type": "boolean"}
    else:
        out = {"type": "string"}
    if nullable:
        out["type"] = [out["type"], "null"]
    return out


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def _constraints(check: Any, date: bool) -> dict[str, Any]:
    """pandera's built-in checks as JSON Schema keywords; None for a custom check."""
    stats = check.statistics or {}
    name = check.name
    if name == "str_matches":
        return {"pattern": stats["pattern"]}
    if name == "isin":
        return {"enum": sorted(stats["allowed_values"])}
    if name == "str_length":
        out = {"minLength": stats.get("min_value"), "maxLength": stats.get("max_value")}
        return {k: v for k, v in out.items() if v is not None}
    low, high = ("formatMinimum", "formatMaximum") if date else ("minimum", "maximum")
    if name in ("greater_than_or_equal_to", "in_range") and stats.get("min_value") is not None:
        out = {low: _plain(stats["min_value"])}
        if name == "in_range" and stats.get("max_value") is not None:
            out[high] = _plain(stats["max_value"])
        return out
    if name == "less_than_or_equal_to":
        return {high: _plain(stats["max_value"])}
    return {}


def _doc(model: type, name: str) -> str:
    method = getattr(model, name, None)
    text = (getattr(method, "__doc__", None) or "").strip()
    return " ".join(text.split())


def table_schema(table: str, model: type, arrow: pa.Schema, version: str) -> dict[str, Any]:
    """One table's JSON Schema (a row), from its pandera model and its Arrow types."""
    schema = model.to_schema()  # type: ignore[attr-defined]
    properties: dict[str, Any] = {}
    for name, column in schema.columns.items():
        arrow_type = arrow.field(name).type
        prop: dict[str, Any] = {"description": column.description or ""}
        prop.update(_json_type(arrow_type, bool(column.nullable)))
        prop["x-arrow-type"] = str(arrow_type)
        custom: dict[str, str] = {}
        for check in column.checks:
            keywords = _constraints(check, pa.types.is_date(arrow_type))
            if keywords or check.name in ("str_matches", "isin", "str_length"):
                prop.update(keywords)
            else:
                custom[check.name] = _doc(model, check.name)
        if column.unique:
            prop["x-unique"] = True
        if custom:
            prop["x-checks"] = dict(sorted(custom.items()))
        properties[name] = prop
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"copydesk/{table}.schema.json",
        "title": table,
        "description": " ".join((model.__doc__ or "").split()),
        "x-copydesk-schema-version": version,
        "type": "object",
        "properties": properties,
        "required": list(properties),
        "additionalProperties": False,
    }


def check_names(model: type) -> list[str]:
    """Every `column:check` the model runs, named as validation reports name them."""
    schema = model.to_schema()  # type: ignore[attr-defined]
    names = []
    for name, column in schema.columns.items():
        names.append(f"{name}:dtype")
        if not column.nullable:
            names.append(f"{name}:not_nullable")
        if column.unique:
            names.append(f"{name}:field_uniqueness")
        names += [f"{name}:{check.name}" for check in column.checks]
    return names + [f"row:{check.name}" for check in schema.checks]


def dumps(doc: dict[str, Any]) -> bytes:
    return orjson.dumps(doc, option=orjson.OPT_INDENT_2) + b"\n"


@dataclass(frozen=True)
class Change:
    level: str
    where: str
    what: str

    def __str__(self) -> str:
        return f"{self.level:<5}  {self.where}: {self.what}"


def _nullable(prop: dict[str, Any]) -> bool:
    kind = prop.get("type")
    return isinstance(kind, list) and "null" in kind


def _shape(prop: dict[str, Any]) -> Any:
    """The column's type without nullability: what a reader's code depends on."""
    kind = prop.get("type")
    base = [t for t in kind if t != "null"] if isinstance(kind, list) else [kind]
    return (base, prop.get("format"), prop.get("items"), prop.get("properties"))


def _column_changes(where: str, old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    out: list[Change] = []
    if _shape(old) != _shape(new) or old.get("x-arrow-type") != new.get("x-arrow-type"):
        was, now = old.get("x-arrow-type"), new.get("x-arrow-type")
        out.append(Change("major", where, f"type changed ({was} -> {now})"))
    if _nullable(old) and not _nullable(new):
        out.append(Change("major", where, "nullable -> required (narrowing)"))
    elif not _nullable(old) and _nullable(new):
        out.append(Change("minor", where, "required -> nullable (widening)"))
    for key in ("pattern",):
        if old.get(key) != new.get(key):
            level = "minor" if new.get(key) is None else "major"
            out.append(Change(level, where, f"{key} {old.get(key)!r} -> {new.get(key)!r}"))
    if old.get("enum") != new.get("enum"):
        was, now = set(old.get("enum") or []), set(new.get("enum") or [])
        widened = "enum" not in new or ("enum" in old and was <= now)
        out.append(
            Change(
                "minor" if widened else "major",
                where,
                f"allowed values {'widened' if widened else 'narrowed or replaced'}"
                f" (+{sorted(now - was)} -{sorted(was - now)})",
            )
        )
    for key in (*_LOWER_BOUNDS, *_UPPER_BOUNDS):
        was, now = old.get(key), new.get(key)
        if was == now:
            continue
        if was is None or now is None:
            level = "major" if was is None else "minor"
        else:
            tighter = now > was if key in _LOWER_BOUNDS else now < was
            level = "major" if tighter else "minor"
        out.append(Change(level, where, f"{key} {was!r} -> {now!r}"))
    if not old.get("x-unique") and new.get("x-unique"):
        out.append(Change("major", where, "values must now be unique"))
    elif old.get("x-unique") and not new.get("x-unique"):
        out.append(Change("minor", where, "values no longer need to be unique"))
    old_checks, new_checks = old.get("x-checks", {}), new.get("x-checks", {})
    for name in sorted(set(new_checks) - set(old_checks)):
        out.append(Change("major", where, f"check {name} added (narrowing)"))
    for name in sorted(set(old_checks) - set(new_checks)):
        out.append(Change("minor", where, f"check {name} removed (widening)"))
    for name in sorted(set(old_checks) & set(new_checks)):
        if old_checks[name] != new_checks[name]:
            out.append(Change("patch", where, f"check {name} reworded"))
    if old.get("description") != new.get("description"):
        out.append(Change("patch", where, "description changed"))
    return out


def diff_table(table: str, old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """Changes from one export of a table to another, each with its semver level."""
    changes: list[Change] = []
    before, after = old.get("properties", {}), new.get("properties", {})
    for name in before:
        if name not in after:
            changes.append(Change("major", f"{table}.{name}", "column removed or renamed"))
    for name in after:
        where = f"{table}.{name}"
        if name not in before:
            required = not _nullable(after[name])
            level = "major" if required else "minor"
            changes.append(
                Change(level, where, f"{'required' if required else 'nullable'} column added")
            )
        else:
            changes += _column_changes(where, before[name], after[name])
    if old.get("description") != new.get("description"):
        changes.append(Change("patch", table, "description changed"))
    return changes


def diff(old: dict[str, dict[str, Any]], new: dict[str, dict[str, Any]]) -> list[Change]:
    """Changes between two sets of exports keyed by table name."""
    changes: list[Change] = []
    for table in sorted(set(old) | set(new)):
        if table not in new:
            changes.append(Change("major", table, "table removed"))
        elif table not in old:
            changes.append(Change("minor", table, "table added"))
        else:
            changes += diff_table(table, old[table], new[table])
    return changes


def required_level(changes: list[Change]) -> str:
    return max((c.level for c in changes), key=LEVELS.index, default="none")


def parse_version(text: str) -> tuple[int, int, int]:
    parts = text.split(".")
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        raise ValueError(f"not a semver version: {text!r}")
    major, minor, patch = (int(p) for p in parts)
    return major, minor, patch


def bump_level(old: str, new: str) -> str:
    """How far `new` moved from `old`: none, patch, minor or major (ValueError if back)."""
    a, b = parse_version(old), parse_version(new)
    if b < a:
        raise ValueError(f"version went backwards: {old} -> {new}")
    if b[0] > a[0]:
        return "major"
    if b[1] > a[1]:
        return "minor"
    return "patch" if b[2] > a[2] else "none"


def version_of(exports: dict[str, dict[str, Any]]) -> str:
    versions = {doc.get("x-copydesk-schema-version", "") for doc in exports.values()}
    if len(versions) != 1:
        raise ValueError(f"exports disagree on the schema version: {sorted(versions)}")
    return versions.pop()


EXPORT_DIR = Path(__file__).resolve().parent / "export"


def current() -> dict[str, dict[str, Any]]:
    """The exports of the models as they are now (what `copydesk schema export` writes)."""
    from schemas import ARTICLE_SCHEMA, MODELS, REJECT_SCHEMA, SCHEMA_VERSION

    arrow = {"articles": ARTICLE_SCHEMA, "duplicates": ARTICLE_SCHEMA, "rejects": REJECT_SCHEMA}
    return {t: table_schema(t, m, arrow[t], SCHEMA_VERSION) for t, m in MODELS.items()}


def load(path: Path) -> dict[str, dict[str, Any]]:
    """Exports from a folder of `<table>.schema.json` files or from one such file."""
    files = sorted(path.glob("*.schema.json")) if path.is_dir() else [path]
    if not files:
        raise FileNotFoundError(f"no *.schema.json files in {path}")
    docs = {}
    for file in files:
        doc = orjson.loads(file.read_bytes())
        if not isinstance(doc, dict) or "properties" not in doc:
            raise ValueError(f"{file}: not a copydesk schema export")
        docs[str(doc.get("title") or file.name.split(".")[0])] = doc
    return docs
