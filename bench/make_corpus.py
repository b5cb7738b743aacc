"""Generate a large synthetic news corpus from real articles, for the scale benchmark (issue 7).

usage: python bench/make_corpus.py --size N --out DIR [--format txt|jsonl|both] [--seed S]
           [--dup-share 0.1] [--near-share 0.1] [--corpora ../shared/corpora]

The corpus is built at run time from the real articles in ``../shared/corpora`` (BBC ``.txt``
files and the ``helsinki_dev`` CSV pages); no corpus text is copied into the repository, and
``DIR`` must be outside it (e.g. ``/tmp/cd-scale/10k``).

What is generated (deterministic for a given ``--seed`` and corpus folder):

* Originals: a headline taken from a random BBC article, in 30 % of them a short line
  (byline, date or page chrome of a source page, <= 8 words), then 7-12 body paragraphs of
  2-4 sentences (5-60 words each) drawn at random from the pool of all sources' sentences
  (~60,000). An original therefore shares a sentence with others now and then but never a
  large part of its text, at any corpus size, so the only copies are the planted ones.
  (Earlier versions drew whole paragraphs from a pool of ~14,000: at 1M articles each was
  reused ~500 times and the originals became a web of partial copies of each other.)
* Exact copies (``--dup-share`` of N): byte-identical repeats of an earlier original.
* Near copies (``--near-share`` of N): an earlier original truncated to 60-90 % of its
  characters (at a word boundary), or with a page-chrome line added or replaced (lines
  written here, e.g. ``Advertisement``), or with another headline.

Outputs in ``DIR``:

* ``txt/NNNN/NNNNNNN.txt``: one article per file (title, blank line, paragraphs separated by
  blank lines), at most 10,000 files per subfolder;
* ``jsonl/part-NNNN.jsonl``: one ``{"id", "text"}`` object per line, 10,000 lines per part
  (ingest reads each ~36 MB part as one shard; a single file over ``ingest.max_file_bytes``
  would be read in ranges of ``ingest.shard_size`` lines);
* ``LABELS.tsv``: per article its index, kind (original / exact / near), the index of the
  original it copies and the near-copy transformation, for checking dedup's clusters;
* ``MANIFEST.json``: counts per kind, seed, shares, bytes written per format, source counts.
  (``MANIFEST*`` files are ignored by ``copydesk ingest``; point ``--raw`` at ``DIR/txt`` or
  ``DIR/jsonl``, not at ``DIR``.)
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

# Self-written page chrome used for near copies (no corpus text).
CHROME = [
    "Advertisement",
    "Share this article",
    "Sign up for our morning newsletter",
    "Read more: latest headlines",
    "Follow us on social media",
    "Related stories",
    "Image copyright Staff photographer",
    "This story has been updated.",
]

FILES_PER_DIR = 10_000
LINES_PER_PART = 10_000


def load_sources(corpora: Path) -> tuple[list[str], list[list[str]]]:
    """Headlines (BBC: each file's first line) and paragraph lists (BBC and helsinki_dev).

    helsinki_dev pages are whole scraped pages whose first line is often page chrome
    ("share", "Print"), so they give paragraphs and short lines but no headlines; an earlier
    version took their first lines as headlines and ~4 % of the articles had none.
    """
    titles: list[str] = []
    bodies: list[list[str]] = []
    for path in sorted((corpora / "bbc").glob("*/*.txt")):
        text = path.read_bytes().decode("utf-8", errors="replace")
        lines = [ln.strip() for ln in text.splitlines()]
        lines = [ln for ln in lines if ln]
        if len(lines) < 3:
            continue
        titles.append(lines[0])
        bodies.append(lines[1:])
    csv.field_size_limit(sys.maxsize)
    for path in sorted((corpora / "helsinki_dev").glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                lines = [ln.strip() for ln in (row.get("text") or "").split(" ### ")]
                lines = [ln for ln in lines if ln]
                if len(lines) < 3:
                    continue
                bodies.append(lines)  # no headline: the first line is page chrome
    if not bodies:
        raise SystemExit(f"no source articles found under {corpora}")
    return titles, bodies


SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"\u201c\u2018])")


class Generator:
    """Deterministic article recipes over the source pools; texts are rendered on demand.

    A recipe is one integer, the seed of the article's own random stream, so a million
    originals cost a few MB to remember for their copies.
    """

    def __init__(self, titles: list[str], bodies: list[list[str]], seed: int) -> None:
        self.titles = titles
        paras = [p for b in bodies for p in b if len(p.split()) >= 5]
        self.sentences = [
            x for p in paras for x in SENTENCE_END.split(p) if 5 <= len(x.split()) <= 60
        ]
        # Short lines (bylines, dates, page chrome of helsinki_dev pages) open some articles.
        self.short = [p for b in bodies for p in b if len(p.split()) <= 8]
        self.paras = paras
        self.rng = random.Random(seed)

    def original(self) -> int:
        return self.rng.getrandbits(63)

    def render(self, recipe: int) -> list[str]:
        rng = random.Random(recipe)
        lines = [self.titles[rng.randrange(len(self.titles))]]
        if rng.random() < 0.3:
            lines.append(self.short[rng.randrange(len(self.short))])
        n = len(self.sentences)
        for _ in range(rng.randint(7, 12)):
            lines.append(
                " ".join(self.sentences[rng.randrange(n)] for _ in range(rng.randint(2, 4)))
            )
        return lines

    def near(self, lines: list[str]) -> tuple[list[str], str]:
        rng = self.rng
        how = rng.choice(["truncate", "truncate", "chrome_add", "chrome_replace", "headline"])
        if how == "truncate":
            text = "\n\n".join(lines[1:])
            cut = int(len(text) * rng.uniform(0.6, 0.9))
            space = text.rfind(" ", 0, cut)
            text = text[: space if space > 0 else cut].rstrip()
            return [lines[0], *text.split("\n\n")], how
        if how == "headline":
            return [self.titles[rng.randrange(len(self.titles))], *lines[1:]], how
        chrome = rng.choice(CHROME)
        out = list(lines)
        if how == "chrome_add":
            pos = rng.choice([1, len(out)])
            out.insert(pos, chrome)
        else:  # replace a short line (a page-chrome-like line) or, failing that, add at the end
            short = [i for i, ln in enumerate(out) if i > 0 and len(ln.split()) <= 6]
            if short:
                out[rng.choice(short)] = chrome
            else:
                out.append(chrome)
        return out, how


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--size", type=int, required=True, help="number of articles")
    ap.add_argument("--out", type=Path, required=True, help="output folder (outside the repo)")
    ap.add_argument("--format", choices=["txt", "jsonl", "both"], default="txt")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--dup-share", type=float, default=0.1, help="share of exact copies")
    ap.add_argument("--near-share", type=float, default=0.1, help="share of near copies")
    ap.add_argument("--corpora", type=Path, default=REPO.parent / "shared" / "corpora")
    args = ap.parse_args(argv)

    out: Path = args.out.resolve()
    if out == REPO or REPO in out.parents:
        raise SystemExit("--out must be outside the repository (corpus text stays out of it)")
    if args.size < 1 or args.dup_share + args.near_share >= 1:
        raise SystemExit("--size must be >= 1 and dup-share + near-share < 1")

    t0 = time.perf_counter()
    titles, bodies = load_sources(args.corpora)
    gen = Generator(titles, bodies, args.seed)
    rng = gen.rng

    n = args.size
    n_dup = round(n * args.dup_share)
    n_near = round(n * args.near_share)
    kinds = ["exact"] * n_dup + ["near"] * n_near + ["original"] * (n - n_dup - n_near)
    first = kinds.pop()  # an original, so copies always have something to copy
    rng.shuffle(kinds)
    kinds.insert(0, first)

    write_txt = args.format in ("txt", "both")
    write_jsonl = args.format in ("jsonl", "both")
    out.mkdir(parents=True, exist_ok=True)
    txt_bytes = jsonl_bytes = 0
    jsonl_fh = None
    originals: list[int] = []
    original_index: list[int] = []
    labels: list[tuple[int, str, int, str]] = []
    near_kinds: dict[str, int] = {}
    words = 0
    try:
        for i, kind in enumerate(kinds):
            if kind == "original":
                recipe = gen.original()
                originals.append(recipe)
                original_index.append(i)
                lines = gen.render(recipe)
                labels.append((i, "original", i, ""))
            elif kind == "exact":
                j = rng.randrange(len(originals))
                lines = gen.render(originals[j])
                labels.append((i, "exact", original_index[j], ""))
            else:
                j = rng.randrange(len(originals))
                lines, how = gen.near(gen.render(originals[j]))
                near_kinds[how] = near_kinds.get(how, 0) + 1
                labels.append((i, "near", original_index[j], how))
            text = lines[0] + "\n\n" + "\n\n".join(lines[1:]) + "\n"
            words += len(text.split())
            if write_txt:
                folder = out / "txt" / f"{i // FILES_PER_DIR:04d}"
                if i % FILES_PER_DIR == 0:
                    folder.mkdir(parents=True, exist_ok=True)
                data = text.encode("utf-8")
                (folder / f"{i:07d}.txt").write_bytes(data)
                txt_bytes += len(data)
            if write_jsonl:
                if i % LINES_PER_PART == 0:
                    if jsonl_fh is not None:
                        jsonl_fh.close()
                    (out / "jsonl").mkdir(parents=True, exist_ok=True)
                    part = out / "jsonl" / f"part-{i // LINES_PER_PART:04d}.jsonl"
                    jsonl_fh = part.open("wb")
                line = json.dumps({"id": f"a{i:07d}", "text": text}, ensure_ascii=False)
                data = (line + "\n").encode("utf-8")
                assert jsonl_fh is not None
                jsonl_fh.write(data)
                jsonl_bytes += len(data)
    finally:
        if jsonl_fh is not None:
            jsonl_fh.close()

    with (out / "LABELS.tsv").open("w", encoding="utf-8") as fh:
        fh.write("index\tkind\tcopy_of\tnear_kind\n")
        fh.writelines(f"{i}\t{k}\t{c}\t{h}\n" for i, k, c, h in labels)

    manifest = {
        "size": n,
        "seed": args.seed,
        "dup_share": args.dup_share,
        "near_share": args.near_share,
        "counts": {"original": len(originals), "exact": n_dup, "near": n_near},
        "near_kinds": dict(sorted(near_kinds.items())),
        "format": args.format,
        "bytes": {"txt": txt_bytes if write_txt else None, "jsonl": jsonl_bytes or None},
        "mean_words": round(words / n, 1),
        "sources": {
            "articles": len(bodies),
            "paragraph_pool": len(gen.paras),
            "sentence_pool": len(gen.sentences),
            "short_line_pool": len(gen.short),
        },
        "layout": {
            "txt": f"txt/NNNN/NNNNNNN.txt, {FILES_PER_DIR} files per folder",
            "jsonl": f"jsonl/part-NNNN.jsonl, {LINES_PER_PART} lines per part",
        },
        "seconds": round(time.perf_counter() - t0, 2),
    }
    (out / "MANIFEST.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(manifest, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
