"""report.html: the dataset's figures as a self-contained page for a person to look at.

Charts are hand-built inline SVG (no plotting library, no fonts or timestamps embedded), so
the page is small, opens offline, and is byte-identical for the same dataset. The figures are
the ones DVC plots and the dataset card show (`pipeline.figures`).
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from pipeline.summary import Summary

TOP = 25  # bars per chart; the rest are summed into one row
WIDTH = 460  # fits one column of the two-column grid
BAR = 20
GAP = 6
COLOURS = ("#3b6ea8", "#e0a33a")
STYLE = """
body { font: 15px/1.45 system-ui, -apple-system, 'Segoe UI', sans-serif; color: #1d2430;
       max-width: 980px; margin: 2rem auto; padding: 0 1.25rem; }
h1 { font-size: 1.7rem; margin-bottom: .2rem; }
h2 { font-size: 1.2rem; margin-top: 2.2rem; border-bottom: 1px solid #d8dde6; }
.sub { color: #5b6575; margin-top: 0; }
.tiles { display: grid; grid-template-columns: repeat(auto-fit, minmax(6.5rem, 1fr));
         gap: .6rem; margin: 1.2rem 0; }
.tile { border: 1px solid #d8dde6; border-radius: 6px; padding: .55rem .75rem; }
.tile b { display: block; font-size: 1.35rem; }
.tile span { color: #5b6575; font-size: .85rem; }
.grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(420px, 1fr)); gap: 1.5rem; }
figure { margin: 0; }
figcaption { font-weight: 600; margin-bottom: .4rem; }
svg { max-width: 100%; height: auto; }
svg text { font: 12px system-ui, -apple-system, 'Segoe UI', sans-serif; fill: #1d2430; }
table { border-collapse: collapse; font-size: .9rem; }
td, th { border-bottom: 1px solid #e6e9ef; padding: .25rem .7rem; text-align: left; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.legend span { display: inline-block; width: .8rem; height: .8rem; margin: 0 .3rem 0 .8rem;
               vertical-align: -1px; }
code { font-size: .85rem; }
p.note { margin-top: 1.5rem; }
"""


def _num(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _top(rows: list[tuple[str, list[float]]]) -> list[tuple[str, list[float]]]:
    if len(rows) <= TOP:
        return rows
    rest = [sum(v[i] for _, v in rows[TOP - 1 :]) for i in range(len(rows[0][1]))]
    return [*rows[: TOP - 1], (f"{len(rows) - TOP + 1} others", rest)]


def bar_chart(
    rows: list[tuple[str, list[float]]],
    fmt: str = "count",
    scale: float | None = None,
    label: str = "",
) -> str:
    """Horizontal (optionally stacked) bars; `fmt` is count or share (0..1 as %)."""
    if not rows:
        return '<p class="sub">None.</p>'
    rows = _top(rows)
    label_w = min(180, 12 + 7 * max(len(name) for name, _ in rows))
    top = max(scale or 0.0, *(sum(values) for _, values in rows)) or 1.0
    plot_w = WIDTH - label_w - 70
    height = len(rows) * (BAR + GAP) + GAP
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
        f'viewBox="0 0 {WIDTH} {height}" role="img" aria-label="{escape(label)}">'
    ]
    for i, (name, values) in enumerate(rows):
        y = GAP + i * (BAR + GAP)
        shown = name if len(name) <= 24 else name[:23] + "…"
        parts.append(
            f'<text x="{label_w - 8}" y="{_num(y + BAR / 2 + 4)}" text-anchor="end">'
            f"<title>{escape(name)}</title>{escape(shown)}</text>"
        )
        x = float(label_w)
        for j, value in enumerate(values):
            w = plot_w * value / top
            if w > 0:
                parts.append(
                    f'<rect x="{_num(x)}" y="{y}" width="{_num(max(w, 1.0))}" height="{BAR}" '
                    f'fill="{COLOURS[j % len(COLOURS)]}"/>'
                )
            x += w
        total = sum(values)
        text = f"{total * 100:.1f} %" if fmt == "share" else f"{int(total):,}"
        parts.append(f'<text x="{_num(x + 6)}" y="{_num(y + BAR / 2 + 4)}">{text}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _figure(title: str, svg: str, legend: list[str] | None = None) -> str:
    keys = ""
    if legend:
        keys = '<div class="legend">' + "".join(
            f'<span style="background:{COLOURS[i]}"></span>{escape(name)}'
            for i, name in enumerate(legend)
        )
        keys += "</div>"
    return f"<figure><figcaption>{escape(title)}</figcaption>{svg}{keys}</figure>"


def _tile(value: str, caption: str) -> str:
    return f'<div class="tile"><b>{escape(value)}</b><span>{escape(caption)}</span></div>'


def render(summary: Summary) -> str:
    m = summary.metrics
    counts, rates = m["counts"], m["rates"]
    figs = summary.figures
    title = f"{summary.name} {summary.version}"
    tiles = [
        _tile(f"{counts['inputs']:,}", "inputs read"),
        _tile(f"{counts['articles']:,}", "articles"),
        _tile(f"{counts['duplicates']:,}", "duplicates"),
        _tile(f"{counts['rejects']:,}", "rejects"),
        _tile(f"{rates['reject_rate'] * 100:.1f} %", "reject rate"),
        _tile(f"{rates['duplicate_rate'] * 100:.1f} %", "duplicate rate"),
        _tile(f"{counts['outlets']:,}", "outlets"),
    ]
    charts = [
        _figure(
            "Articles per outlet",
            bar_chart([(o, [float(a), float(d)]) for o, a, d in figs.outlets], label="outlets"),
            ["articles", "duplicates"],
        ),
        _figure(
            "Photo and video credits per agency",
            bar_chart([(a, [float(n)]) for a, n in figs.agencies], label="agencies"),
        ),
        _figure(
            "Copy clusters by size (articles in the cluster)",
            bar_chart(
                [
                    (f"{s} article" + ("s" if s != 1 else ""), [float(n)])
                    for s, n in figs.cluster_sizes
                ],
                label="cluster sizes",
            ),
        ),
        _figure(
            "Rejects by stage and reason",
            bar_chart(
                [(r, [float(n)]) for r, n in m["rejects_by_reason"].items()], label="rejects"
            ),
        ),
        _figure(
            "Field coverage (share of articles with a value)",
            bar_chart(
                [(k, [float(v)]) for k, v in m["coverage"].items()],
                fmt="share",
                scale=1.0,
                label="coverage",
            ),
        ),
        _figure(
            "Duplicates by method",
            bar_chart(
                [(k, [float(n)]) for k, n in m["duplicates_by_method"].items()],
                label="methods",
            ),
        ),
    ]
    files = "".join(
        f"<tr><td><code>{escape(f.path)}</code></td><td class=n>{f.rows:,}</td>"
        f"<td class=n>{f.size:,}</td><td><code>{f.sha256[:16]}…</code></td></tr>"
        for f in summary.files
    )
    inputs = "".join(
        f"<tr><td>{escape(b.batch)}</td><td class=n>{b.records:,}</td>"
        f"<td><code>{b.digest[:16]}…</code></td></tr>"
        for b in summary.inputs
    )
    return "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="en"><head><meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{escape(title)} — copydesk report</title>",
            f"<style>{STYLE}</style></head><body>",
            f"<h1>{escape(title)}</h1>",
            f'<p class="sub">{escape(summary.description)}<br>schema '
            f"{escape(summary.schema_version)} · copydesk {escape(summary.copydesk_version)} · "
            f"parameters <code>{escape(summary.params_hash)}</code> · license "
            f"{escape(summary.license)}</p>",
            f'<div class="tiles">{"".join(tiles)}</div>',
            "<h2>Figures</h2>",
            f'<div class="grid">{"".join(charts)}</div>',
            "<h2>Files</h2>",
            "<table><tr><th>file</th><th>rows</th><th>bytes</th><th>sha256</th></tr>"
            f"{files}</table>",
            "<h2>Inputs</h2>",
            "<table><tr><th>batch</th><th>records</th><th>digest</th></tr>" + inputs + "</table>",
            '<p class="sub note">The dataset card (README.md) documents every field; '
            "croissant.json has the full checksums.</p>",
            "</body></html>",
            "",
        ]
    )


def write(folder: Path, out: Path | None = None) -> Path:
    """Render the report of a dataset folder (default: FOLDER/report.html)."""
    page = render(Summary.from_folder(folder))  # first: a bad folder must not be created
    target = out or folder / "report.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(page.encode())
    return target
