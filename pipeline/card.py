"""The dataset card: README.md inside the dataset folder, generated from the data and schemas.

The YAML header is a Hugging Face dataset card (one config per table, so
`load_dataset(folder, "articles")` works on a local copy or a Hub upload); the body documents
fields, counts, outlets, agencies, provenance and limitations. It is rendered from a
`Summary` with no dates, so it changes only when the data, params or code do.
"""

from __future__ import annotations

import pyarrow as pa
import yaml

from pipeline.summary import TABLE_DESCRIPTIONS, Summary
from schemas import ARTICLE_SCHEMA, REJECT_SCHEMA

TAGS = ["news", "journalism", "media-studies", "deduplication", "provenance"]
# Hugging Face size categories, by number of articles.
_SIZES = [
    (1_000, "n<1K"),
    (10_000, "1K<n<10K"),
    (100_000, "10K<n<100K"),
    (1_000_000, "100K<n<1M"),
    (10_000_000, "1M<n<10M"),
    (100_000_000, "10M<n<100M"),
]
LIMITATIONS = [
    "Fields are parsed from plain text by rules, not read from page markup: `outlet`, "
    "`reporters`, `dateline_place` and `published` are null or empty where the text gives "
    "no cue, and can be wrong where a cue is misleading (see the coverage table).",
    "`published` comes only from date lines and datelines, never from photo captions; "
    "`meta_published` and `meta_authors` repeat the input metadata unchecked.",
    "`language` is detected on the body (py3langid) and is unreliable for very short texts.",
    "Near duplicates are found with MinHash LSH and verified by Jaccard or containment at "
    "the thresholds under *How it was built*; copies rewritten beyond them stay separate "
    "articles, and one canonical article per cluster is chosen by a fixed rule.",
    "The articles are copyrighted news texts collected from the web; the dataset is meant "
    "for research on the texts, not for republication.",
    "Rejected inputs keep their decoded text in `rejects.raw_text` for auditing.",
]


def size_category(articles: int) -> str:
    for limit, label in _SIZES:
        if articles < limit:
            return label
    return "100M<n<1B"


def header(summary: Summary) -> dict:
    """Hugging Face card metadata: license, language, and a config per table."""
    configs = []
    for table in ("articles", "duplicates", "rejects"):
        config: dict = {"config_name": table}
        if table == "articles":
            config["default"] = True
        config["data_files"] = [{"split": "train", "path": f"{table}/*.parquet"}]
        configs.append(config)
    meta: dict = {"pretty_name": summary.name, "license": summary.license}
    if summary.languages:
        meta["language"] = summary.languages
    meta["tags"] = TAGS
    meta["size_categories"] = [size_category(summary.metrics["counts"]["articles"])]
    meta["configs"] = configs
    return meta


def type_name(kind: pa.DataType) -> str:
    """Short readable Arrow type: list<struct<kind, slug, ...>> rather than pyarrow's repr."""
    if pa.types.is_list(kind):
        return f"list<{type_name(kind.value_type)}>"
    if pa.types.is_struct(kind):
        return "struct<" + ", ".join(kind.field(i).name for i in range(kind.num_fields)) + ">"
    return str(kind)


def _cell(value: object) -> str:
    return str(value).replace("|", "\\|").replace("\n", " ")


def table(head: list[str], rows: list[list[object]]) -> list[str]:
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(_cell(v) for v in row) + " |" for row in rows]
    return lines


def field_rows(schema: pa.Schema) -> list[list[object]]:
    return [
        [
            f"`{f.name}`",
            f"`{type_name(f.type)}`",
            "yes" if f.nullable else "no",
            (f.metadata or {}).get(b"description", b"").decode(),
        ]
        for f in schema
    ]


def _pct(share: float) -> str:
    return f"{share * 100:.1f} %"


def render(summary: Summary) -> str:
    m = summary.metrics
    counts = m["counts"]
    name = summary.name
    out = ["---", yaml.safe_dump(header(summary), sort_keys=False).rstrip(), "---", ""]
    out += [f"# {name}", "", summary.description, ""]
    out += table(
        ["", ""],
        [
            ["dataset version", summary.version],
            ["schema version", summary.schema_version],
            ["built by", f"copydesk {summary.copydesk_version}"],
            ["parameters hash", f"`{summary.params_hash}`"],
            ["license", summary.license],
        ],
    )
    out += ["", "## Load it", "", "```python"]
    out += [
        "from datasets import load_dataset",
        "",
        f'articles = load_dataset("path/to/{name}", "articles", split="train")',
        "",
        "import pandas as pd  # or polars: pl.read_parquet(...articles/*.parquet)",
        "",
        f'articles = pd.read_parquet("path/to/{name}/articles")',
        "",
        "import duckdb",
        "",
        f"duckdb.sql(\"SELECT outlet, count(*) FROM read_parquet('path/to/{name}/articles/"
        "*.parquet') GROUP BY ALL\")",
        "",
        "import pipeline  # copydesk: a pinned version from the git+DVC repository",
        "",
        'REPO = "<git URL or path of the repository that built this dataset>"',
        f'articles = pipeline.load(REPO, rev="v{summary.version}")',
        "```",
        "",
        "Copies of a story: `duplicates` rows whose `duplicate_of` (equal to `cluster_id`) is "
        "an article's `article_id`.",
    ]
    out += ["", "## Tables", ""]
    out += table(
        ["table", "rows", "files", "bytes", "what"],
        [
            [
                t,
                f"{counts[t]:,}",
                len(summary.table_files(t)),
                f"{sum(f.size for f in summary.table_files(t)):,}",
                TABLE_DESCRIPTIONS[t],
            ]
            for t in ("articles", "duplicates", "rejects")
        ],
    )
    out += [
        "",
        "Parquet, zstd, rows sorted by `(outlet, published, article_id)` (rejects by "
        "`(stage, source_uri)`), with a page index. Every field carries its description in "
        "the Arrow field metadata; the schema metadata holds `copydesk.schema_version`, "
        "`copydesk.dataset_version`, `copydesk.version` and `copydesk.params_hash`. "
        "`croissant.json` lists each file's sha256.",
    ]
    out += ["", "## Fields", "", "### articles and duplicates", ""]
    out += table(["field", "type", "nullable", "description"], field_rows(ARTICLE_SCHEMA))
    out += ["", "### rejects", ""]
    out += table(["field", "type", "nullable", "description"], field_rows(REJECT_SCHEMA))
    out += ["", "## Counts", ""]
    out += table(
        ["inputs read", "articles", "duplicates", "rejects", "outlets", "clusters with copies"],
        [
            [
                f"{counts['inputs']:,}",
                f"{counts['articles']:,}",
                f"{counts['duplicates']:,}",
                f"{counts['rejects']:,}",
                f"{counts['outlets']:,}",
                f"{counts['clusters_with_copies']:,}",
            ]
        ],
    )
    out += ["", "Every input record is in exactly one of the three tables.", ""]
    out += ["### Rejects by reason", ""]
    out += table(
        ["stage:reason", "rejects", "share of inputs"],
        [
            [f"`{r}`", n, _pct(m["reject_rate_by_reason"][r])]
            for r, n in m["rejects_by_reason"].items()
        ]
        or [["(none)", 0, _pct(0)]],
    )
    out += ["", "### Duplicates by method", ""]
    out += table(
        ["method", "duplicates", "share of accepted records"],
        [
            [f"`{k}`", n, _pct(m["duplicate_rate_by_method"][k])]
            for k, n in m["duplicates_by_method"].items()
        ]
        or [["(none)", 0, _pct(0)]],
    )
    out += ["", "### Field coverage (share of articles with a value)", ""]
    out += table(["field", "coverage"], [[f"`{k}`", _pct(v)] for k, v in m["coverage"].items()])
    figs = summary.figures
    out += ["", "## Outlets", "", "Outlet named by the text (null: `(unknown)`).", ""]
    out += table(["outlet", "articles", "duplicates"], [list(r) for r in figs.outlets])
    out += ["", "## Agencies", "", "Agencies credited in the media blocks of articles.", ""]
    out += table(["agency", "credits"], [list(r) for r in figs.agencies] or [["(none)", 0]])
    out += ["", "## Copy clusters", ""]
    out += table(["articles in the cluster", "clusters"], [list(r) for r in figs.cluster_sizes])
    out += ["", "## How it was built", ""]
    out += [
        "copydesk reads raw text files (`.txt`, `.jsonl`, `.json`, "
        "`.csv`), decodes them, parses each article's lines into fields, validates every "
        "record against the pandera schemas, clusters exact and near-duplicate copies "
        "(MinHash LSH, verified), and packages the result. The DVC pipeline (`dvc.yaml`, "
        "`dvc.lock`) records the hash of every input and output.",
        "",
        "Inputs per batch (digest: sha256 over the sorted `source_uri<TAB>source_sha256` "
        "lines of its records):",
        "",
    ]
    out += table(
        ["batch", "records", "digest"],
        [[b.batch, f"{b.records:,}", f"`{b.digest}`"] for b in summary.inputs],
    )
    if summary.params is not None:
        out += ["", f"Parameters (hash `{summary.params_hash}`):", "", "```yaml"]
        out += [yaml.safe_dump(summary.params, sort_keys=True).rstrip(), "```"]
    out += ["", "## Limitations", ""]
    out += [f"- {line}" for line in LIMITATIONS]
    key = f"{name}-{summary.version}".replace(".", "_").replace("-", "_")
    out += ["", "## Citation", "", "```bibtex"]
    out += [
        f"@misc{{{key},",
        f"  title = {{{{{name}}}: {summary.description.rstrip('.')}}},",
        f"  version = {{{summary.version}}},",
        f"  note = {{Built with copydesk {summary.copydesk_version}, schema "
        f"{summary.schema_version}, parameters {summary.params_hash}}}",
        "}",
        "```",
        "",
    ]
    return "\n".join(out)
