"""The dataset's figures: articles per outlet, credits per agency, duplicate-cluster sizes.

One computation feeds the DVC plots (`plots/*.csv`), the dataset card's tables and the HTML
report, so the three never disagree. Rows are sorted (count descending, then name) so the
files are byte-identical on every rebuild.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa

UNKNOWN = "(unknown)"
# Columns figures need: readers can load just these from a large dataset.
COLUMNS = ["outlet", "media", "cluster_id"]


@dataclass(frozen=True)
class Figures:
    outlets: list[tuple[str, int, int]]  # outlet, articles, duplicates
    agencies: list[tuple[str, int]]  # agency, media credits in articles
    cluster_sizes: list[tuple[int, int]]  # articles per cluster (1 = no copies), clusters

    def plot_tables(self) -> dict[str, tuple[list[str], list[tuple]]]:
        """File stem -> (header, rows) of the DVC plot files."""
        return {
            "articles_per_outlet": (["outlet", "articles", "duplicates"], list(self.outlets)),
            "credits_per_agency": (["agency", "credits"], list(self.agencies)),
            "cluster_sizes": (["size", "clusters"], list(self.cluster_sizes)),
        }


PLOT_FILES = ("articles_per_outlet.csv", "credits_per_agency.csv", "cluster_sizes.csv")


def _ranked(counts: Counter[str]) -> list[tuple[str, int]]:
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def compute(articles: pa.Table, duplicates: pa.Table) -> Figures:
    """Figures over canonical articles (credits) and all copies (outlets, clusters)."""
    kept = Counter(o or UNKNOWN for o in articles["outlet"].to_pylist())
    copied = Counter(o or UNKNOWN for o in duplicates["outlet"].to_pylist())
    outlets = [(o, kept[o], copied[o]) for o, _ in _ranked(kept + copied)]
    agencies = Counter(
        agency
        for media in articles["media"].to_pylist()
        for block in media
        for agency in block["agencies"] or []
    )
    copies = Counter(duplicates["cluster_id"].to_pylist())
    sizes = Counter(1 + copies[c] for c in articles["cluster_id"].to_pylist())
    return Figures(
        outlets=outlets,
        agencies=_ranked(agencies),
        cluster_sizes=sorted(sizes.items()),
    )


def csv_bytes(header: list[str], rows: list[tuple]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode()


def write_plots(figs: Figures, folder: Path) -> list[Path]:
    """Write the plot data DVC renders (`dvc plots show`), one CSV per figure."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for stem, (header, rows) in figs.plot_tables().items():
        path = folder / f"{stem}.csv"
        path.write_bytes(csv_bytes(header, rows))
        written.append(path)
    return written
