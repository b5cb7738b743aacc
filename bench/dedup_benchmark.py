"""Benchmark copydesk's dedup stage against peers (datasketch, datatrove) on labelled copies.

usage: python bench/dedup_benchmark.py [--corpora ../shared/corpora] [--sources 700]
           [--reuters 500] [--seed 7] [--peers-python /tmp/peers-venv/bin/python]
           [--skip-peers] [--set KEY=VALUE ...] [--json results.json]

The benchmark is built at run time from real articles in ``../shared/corpora`` (no corpus text
is copied into the repository):

* Sources: distinct BBC articles and helsinki_dev pages of at least 150 words (headline on
  the first line, paragraphs after it). Sources are filtered so that no two of them are
  already near copies of each other (word 3-shingle Jaccard >= 0.2 or containment >= 0.5),
  so every pair of different sources is a true negative.
* Copies: every source gets one copy per strength (light / medium / heavy), made with
  deterministic (seeded) transformations: page chrome (header and footer lines), a headline
  change, synonym swaps from a small self-written table, glued words (``UkraineThe``),
  truncation to 40-90 %, paragraph drops and reordering, quote swaps, doubled spaces and
  cp1252 mojibake. A copy belongs to its source's cluster.
* Real exact duplicates: every member of the BBC folder's byte-identical groups.
* Hard negatives: distinct Reuters-21578 template reports (``Shr ... cts vs ... cts``,
  ``Qtr net``), each its own cluster, and helsinki_dev pages from different publishers about
  the same events (pairs with Jaccard < 0.2 after the filter above).

Systems run on the same texts in the same run:

* copydesk: ``pipeline.dedup.signatures`` + ``assign`` with the parameters of params.yaml
  (``--set KEY=VALUE`` overrides one, e.g. to compare bandings).
* datasketch ``MinHashLSH`` (threshold 0.5, 128 permutations, word 3-shingles of the same
  normalised text; connected components over the query results).
* datatrove's MinHash dedup pipeline at its defaults (``MinhashConfig()``: 5-grams, 14 buckets
  x 8 hashes), stages signature / buckets / cluster with ``save_cluster_id``.

The peers run in a separate virtualenv (``bench/requirements-peers.txt``) through a subprocess
that calls this same file with ``--peer NAME``; that mode needs only the standard library and
the peer's own packages.

Scores: pairwise precision, recall and F1, and the adjusted Rand index of the clustering, over
all pairs that touch a given group of texts (light / medium / heavy copies, exact copies,
hard negatives) and overall; recall restricted to (copy, source) pairs where the copy shares
>= 50 % of its text with the source (containment of the copy's 3-shingles in the source's);
copydesk's signature throughput (one process) and signature-table bytes per article.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
STRENGTHS = ("light", "medium", "heavy")
GROUPS = ("light", "medium", "heavy", "exact")
NEGATIVES = ("reuters", "helsinki")
_WORD = re.compile(r"\w+")

# Self-written synonym table (news register): word -> replacement.
SYNONYMS = {
    "said": "stated",
    "says": "states",
    "told": "informed",
    "big": "large",
    "large": "big",
    "new": "fresh",
    "rise": "increase",
    "rose": "climbed",
    "fell": "dropped",
    "fall": "drop",
    "government": "administration",
    "company": "firm",
    "firm": "company",
    "people": "individuals",
    "help": "assist",
    "show": "reveal",
    "shows": "reveals",
    "buy": "purchase",
    "start": "begin",
    "started": "began",
    "end": "finish",
    "ended": "finished",
    "make": "create",
    "made": "created",
    "get": "obtain",
    "got": "obtained",
    "use": "utilise",
    "used": "utilised",
    "many": "numerous",
    "most": "the majority of",
    "about": "around",
    "also": "additionally",
    "but": "however",
    "very": "highly",
    "quickly": "rapidly",
    "think": "believe",
    "thinks": "believes",
    "want": "wish",
    "wants": "wishes",
    "need": "require",
    "needs": "requires",
    "country": "nation",
    "world": "globe",
    "year": "twelve months",
    "week": "seven days",
    "important": "significant",
    "major": "key",
    "plan": "proposal",
    "plans": "proposals",
    "deal": "agreement",
    "chief": "head",
    "leader": "head",
    "meeting": "summit",
    "win": "victory",
    "won": "secured",
    "lost": "was defeated in",
    "game": "match",
    "film": "movie",
    "music": "songs",
    "sales": "revenues",
    "profit": "earnings",
    "profits": "earnings",
    "price": "cost",
    "prices": "costs",
    "before": "prior to",
    "after": "following",
    "because": "as",
    "however": "nevertheless",
    "expected": "anticipated",
    "president": "leader",
}
HEADERS = [
    "Home | News | World | Business | Sport | Weather",
    "Skip to main content",
    "Advertisement",
    "Share this article: Facebook Twitter Email",
    "Listen to this article",
    "MOST READ",
]
FOOTERS = [
    "Sign up for our morning newsletter.",
    "Copyright 2024 Example Media Group. All rights reserved.",
    "Related stories",
    "Comments are closed for this article.",
    "Follow us on social media for the latest updates.",
    "This article was produced with the help of automated tools.",
]
HEADLINE_PREFIXES = ["UPDATE 2-", "WATCH:", "Breaking:", "Analysis:", "EXCLUSIVE:"]
MOJIBAKE = {"'": "â€™", '"': "â€œ", "-": "â€“", "é": "Ã©"}


# --------------------------------------------------------------------------- text helpers


def normal_words(text: str) -> list[str]:
    return _WORD.findall(" ".join(unicodedata.normalize("NFC", text).casefold().split()))


def shingle_set(text: str, size: int = 3) -> set[str]:
    words = normal_words(text)
    if len(words) <= size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


# --------------------------------------------------------------------------- transformations


def paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def add_chrome(paras: list[str], rng: random.Random, n: int) -> list[str]:
    head = rng.sample(HEADERS, k=min(n, len(HEADERS)))
    foot = rng.sample(FOOTERS, k=min(n, len(FOOTERS)))
    return [*head, *paras, *foot]


def change_headline(paras: list[str], rng: random.Random) -> list[str]:
    if not paras:
        return paras
    words = paras[0].split()
    if len(words) > 4 and rng.random() < 0.5:
        words = words[: max(3, len(words) - 2)]
    return [f"{rng.choice(HEADLINE_PREFIXES)} {' '.join(words)}", *paras[1:]]


def swap_synonyms(paras: list[str], rng: random.Random, rate: float) -> list[str]:
    def swap(match: re.Match[str]) -> str:
        word = match.group(0)
        new = SYNONYMS.get(word.lower())
        if new is None or rng.random() >= rate:
            return word
        return new.capitalize() if word[0].isupper() else new

    return [re.sub(r"[A-Za-z]+", swap, p) for p in paras]


def glue_words(paras: list[str], rng: random.Random, n: int) -> list[str]:
    """Join paragraph ends to the next paragraph's start: 'Ukraine.' + 'The' -> 'UkraineThe'."""
    out = list(paras)
    for _ in range(n):
        if len(out) < 3:
            break
        i = rng.randrange(1, len(out) - 1)
        out[i : i + 2] = [out[i].rstrip(".!?\"' ") + out[i + 1]]
    return out


def truncate(paras: list[str], rng: random.Random, low: float, high: float) -> list[str]:
    words = sum(len(p.split()) for p in paras)
    keep = int(words * rng.uniform(low, high))
    out: list[str] = []
    for p in paras:
        ws = p.split()
        if keep <= 0:
            break
        out.append(" ".join(ws[:keep]))
        keep -= len(ws)
    return out


def drop_paragraphs(paras: list[str], rng: random.Random, n: int) -> list[str]:
    out = list(paras)
    for _ in range(n):
        if len(out) <= 3:
            break
        del out[rng.randrange(1, len(out))]
    return out


def reorder(paras: list[str], rng: random.Random, swaps: int) -> list[str]:
    out = list(paras)
    for _ in range(swaps):
        if len(out) < 4:
            break
        i, j = rng.sample(range(1, len(out)), 2)
        out[i], out[j] = out[j], out[i]
    return out


def noise(text: str, rng: random.Random, n: int) -> str:
    chars = list(text)
    for _ in range(n):
        i = rng.randrange(len(chars))
        c = chars[i]
        kind = rng.random()
        if c == "'":
            chars[i] = rng.choice(["’", MOJIBAKE["'"]])
        elif c == '"':
            chars[i] = rng.choice(["“", "”", MOJIBAKE['"']])
        elif c in MOJIBAKE and kind < 0.5:
            chars[i] = MOJIBAKE[c]
        elif c == " ":
            chars[i] = rng.choice(["  ", " \u00a0", "\t"])
    text = "".join(chars)
    text = text.replace("’", "'") if rng.random() < 0.3 else text  # curly -> straight swap
    return text


def make_copy(text: str, strength: str, rng: random.Random) -> str:
    paras = paragraphs(text)
    if strength == "light":
        paras = add_chrome(paras, rng, 1)
        if rng.random() < 0.5:
            paras = change_headline(paras, rng)
        body = "\n\n".join(paras)
        return noise(body, rng, 10)
    if strength == "medium":
        paras = change_headline(paras, rng)
        paras = truncate(paras, rng, 0.7, 0.9)
        paras = drop_paragraphs(paras, rng, 1)
        paras = swap_synonyms(paras, rng, 0.15)
        paras = glue_words(paras, rng, 2)
        paras = add_chrome(paras, rng, 2)
        return noise("\n\n".join(paras), rng, 25)
    paras = change_headline(paras, rng)
    paras = truncate(paras, rng, 0.4, 0.7)
    paras = drop_paragraphs(paras, rng, 2)
    paras = reorder(paras, rng, 2)
    paras = swap_synonyms(paras, rng, 0.35)
    paras = glue_words(paras, rng, 4)
    paras = add_chrome(paras, rng, 3)
    return noise("\n\n".join(paras), rng, 50)


# --------------------------------------------------------------------------- benchmark data


@dataclass
class Doc:
    doc_id: str
    text: str
    cluster: str  # ground truth
    group: str  # light | medium | heavy | exact | source | negative
    source: str | None = None  # for copies: the source doc id
    share: float | None = None  # containment of the copy's 3-shingles in the source
    kind: str = "bbc"  # bbc | helsinki | reuters: where the original text comes from


def read_bbc(corpora: Path) -> list[tuple[str, str]]:
    """(relative path, text) for every BBC file, decoded leniently (one file has Latin-1)."""
    out = []
    for path in sorted((corpora / "bbc").glob("*/*.txt")):
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("latin-1")
        out.append((str(path.relative_to(corpora)), text))
    return out


def read_helsinki(corpora: Path) -> list[tuple[str, str, str]]:
    """(id, publisher, text) with its ` ### ` paragraph joins turned into blank lines."""
    csv.field_size_limit(10**9)
    out = []
    for name in ("helsinki_articles_dev.csv", "census_articles.csv", "spotify_articles.csv"):
        path = corpora / "helsinki_dev" / name
        if not path.exists():
            continue
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                text = "\n\n".join(p.strip() for p in row["text"].split(" ### ") if p.strip())
                out.append((f"hel-{name.split('_')[0]}-{row['id']}", row["publisher"], text))
    return out


def read_reuters_templates(corpora: Path, limit: int, rng: random.Random) -> list[str]:
    path = corpora / "reuters21578" / "reuters21578_extracted.jsonl"
    templ = re.compile(r"^\s*Shr\b|\bQtr\b|\bshr\b.{0,40}\bvs\b", re.S)
    seen: set[str] = set()
    bodies = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            body = (json.loads(line).get("body") or "").strip()
            key = " ".join(normal_words(body))
            if body and templ.search(body) and key not in seen:
                seen.add(key)
                bodies.append(body)
    rng.shuffle(bodies)
    bodies = bodies[: limit * 2]
    # Some reports are re-issued with extra lines (the same figures): those are real copies,
    # not negatives, so keep only bodies that are not near copies of an earlier kept one.
    sets = [shingle_set(b) for b in bodies]
    clash: dict[int, set[int]] = defaultdict(set)
    for i, j in near_pairs(sets, 0.2, 0.5):
        clash[j].add(i)
    kept: list[int] = []
    for i in range(len(bodies)):
        if not clash[i] & set(kept):
            kept.append(i)
    return [bodies[i] for i in kept[:limit]]


def near_pairs(sets: list[set[str]], jaccard: float, containment: float) -> set[tuple[int, int]]:
    """Pairs (i < j) with Jaccard >= jaccard or containment >= containment (exact, via postings;
    shingles held by more than 200 texts are skipped when counting, then checked exactly)."""
    postings: dict[str, list[int]] = defaultdict(list)
    for i, s in enumerate(sets):
        for g in s:
            postings[g].append(i)
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for ids in postings.values():
        if 1 < len(ids) <= 200:
            for a in range(len(ids)):
                for b in range(a + 1, len(ids)):
                    shared[(ids[a], ids[b])] += 1
    out = set()
    for (i, j), count in shared.items():
        small = min(len(sets[i]), len(sets[j]))
        if count < 0.1 * small:  # far below both thresholds even with skipped shingles
            continue
        inter = len(sets[i] & sets[j])
        union = len(sets[i] | sets[j])
        if inter / union >= jaccard or inter / max(1, small) >= containment:
            out.add((i, j))
    return out


def build_benchmark(
    corpora: Path, n_sources: int, n_reuters: int, seed: int
) -> tuple[list[Doc], dict[str, Any]]:
    rng = random.Random(seed)
    bbc = read_bbc(corpora)
    by_text: dict[str, list[str]] = defaultdict(list)
    for rel, text in bbc:
        by_text[text].append(rel)
    exact_groups = {t: ps for t, ps in by_text.items() if len(ps) > 1}
    helsinki = read_helsinki(corpora)

    # candidate originals: every exact-group text first, then a shuffled mix of the rest
    bbc_texts = [t for t in by_text if len(t.split()) >= 150]
    grouped = [t for t in bbc_texts if t in exact_groups]
    rest = [t for t in bbc_texts if t not in exact_groups]
    rng.shuffle(rest)
    hel = [(i, p, t) for i, p, t in helsinki if len(t.split()) >= 150]
    candidates: list[tuple[str, str, str]] = [
        (f"bbc-{by_text[t][0]}", "bbc", t) for t in grouped + rest
    ] + [(i, p, t) for i, p, t in hel]
    sets = [shingle_set(t) for _, _, t in candidates]
    near = near_pairs(sets, 0.2, 0.5)
    conflicts: dict[int, set[int]] = defaultdict(set)
    for i, j in near:
        conflicts[i].add(j)
        conflicts[j].add(i)
    # greedy: helsinki pages first (few), then BBC exact-group texts, then the rest
    order = [k for k in range(len(candidates)) if candidates[k][1] != "bbc"] + [
        k for k in range(len(candidates)) if candidates[k][1] == "bbc"
    ]
    kept: list[int] = []
    kept_set: set[int] = set()
    n_bbc = 0
    bbc_budget = max(0, n_sources - sum(1 for c in candidates if c[1] != "bbc"))
    dropped = 0
    for k in order:
        if conflicts[k] & kept_set:
            dropped += 1
            continue
        if candidates[k][1] == "bbc":
            if n_bbc >= bbc_budget:
                continue
            n_bbc += 1
        kept.append(k)
        kept_set.add(k)

    docs: list[Doc] = []
    for k in kept:
        doc_id, publisher, text = candidates[k]
        kind = "bbc" if publisher == "bbc" else "helsinki"
        docs.append(Doc(doc_id, text, doc_id, "source", kind=kind))
        if text in exact_groups:
            for rel in exact_groups[text][1:]:
                docs.append(Doc(f"bbc-{rel}", text, doc_id, "exact", doc_id, 1.0))
        source_set = sets[k]
        for strength in STRENGTHS:
            copy = make_copy(text, strength, random.Random(f"{seed}-{doc_id}-{strength}"))
            cs = shingle_set(copy)
            share = len(cs & source_set) / max(1, len(cs))
            docs.append(Doc(f"{doc_id}~{strength}", copy, doc_id, strength, doc_id, share))
    for n, body in enumerate(read_reuters_templates(corpora, n_reuters, rng)):
        docs.append(Doc(f"reuters-{n}", body, f"reuters-{n}", "negative", kind="reuters"))
    hel_kept = [k for k in kept if candidates[k][1] != "bbc"]
    hel_pairs = [
        (a, b)
        for x, a in enumerate(hel_kept)
        for b in hel_kept[x + 1 :]
        if candidates[a][1] != candidates[b][1]
    ]
    overlap = [len(sets[a] & sets[b]) / len(sets[a] | sets[b]) for a, b in hel_pairs]
    info = {
        "bbc_files": len(bbc),
        "bbc_exact_groups": len(exact_groups),
        "bbc_exact_groups_used": sum(1 for k in kept if candidates[k][2] in exact_groups),
        "sources_bbc": n_bbc,
        "sources_helsinki": len(hel_kept),
        "candidates_dropped_as_near_copies": dropped,
        "helsinki_cross_publisher_negative_pairs": len(hel_pairs),
        "helsinki_negative_pairs_jaccard_ge_0.05": sum(1 for o in overlap if o >= 0.05),
        "reuters_template_negatives": sum(1 for d in docs if d.doc_id.startswith("reuters-")),
        "texts": len(docs),
        "mean_chars": sum(len(d.text) for d in docs) / len(docs),
    }
    return docs, info


# --------------------------------------------------------------------------- scoring


def _c2(x: Any) -> Any:
    return x * (x - 1) // 2


def pair_scores(truth: list[str], pred: list[str], mask: list[bool]) -> dict[str, float]:
    """Pairwise precision / recall / F1 over all pairs with at least one member in `mask`."""
    import numpy as np

    t_ids = {c: i for i, c in enumerate(dict.fromkeys(truth))}
    p_ids = {c: i for i, c in enumerate(dict.fromkeys(pred))}
    t = np.array([t_ids[c] for c in truth])
    p = np.array([p_ids[c] for c in pred])
    m = np.array(mask, dtype=np.int64)

    def touching(keys: Any) -> int:
        _, inv = np.unique(keys, return_inverse=True, axis=0)
        n = np.bincount(inv.ravel())
        n_out = np.bincount(inv.ravel(), weights=1 - m).astype(np.int64)
        return int((_c2(n) - _c2(n_out)).sum())

    tp = touching(np.stack([t, p], axis=1))
    pred_pairs = touching(p)
    true_pairs = touching(t)
    precision = tp / pred_pairs if pred_pairs else 1.0
    recall = tp / true_pairs if true_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "true_pairs": true_pairs,
        "predicted_pairs": pred_pairs,
        "false_pairs": pred_pairs - tp,
    }


def adjusted_rand(truth: list[str], pred: list[str]) -> float:
    import numpy as np

    _, t = np.unique(np.array(truth, dtype=object).astype(str), return_inverse=True)
    _, p = np.unique(np.array(pred, dtype=object).astype(str), return_inverse=True)
    _, cell = np.unique(np.stack([t, p], axis=1), return_inverse=True, axis=0)
    n = len(truth)
    index = _c2(np.bincount(cell.ravel())).sum()
    a = _c2(np.bincount(t)).sum()
    b = _c2(np.bincount(p)).sum()
    expected = a * b / _c2(n)
    maximum = (a + b) / 2
    return float((index - expected) / (maximum - expected)) if maximum != expected else 1.0


def false_pair_examples(docs: list[Doc], pred: list[str], limit: int = 10) -> list[list[str]]:
    """Up to `limit` predicted pairs (id, id) that are not in the same true cluster."""
    members: dict[str, list[int]] = defaultdict(list)
    for i, c in enumerate(pred):
        members[c].append(i)
    out: list[list[str]] = []
    for group in members.values():
        for x, i in enumerate(group):
            for j in group[x + 1 :]:
                if docs[i].cluster != docs[j].cluster and len(out) < limit:
                    out.append([docs[i].doc_id, docs[j].doc_id])
    return out


def score(docs: list[Doc], pred: list[str]) -> dict[str, Any]:
    """Overall scores on every text; per group scores on the originals (sources and negatives)
    plus that group's copies, so each strength is judged on its own (copy, source) pairs."""
    truth = [d.cluster for d in docs]
    out: dict[str, Any] = {"overall": pair_scores(truth, pred, [True] * len(docs))}
    out["overall"]["ari"] = adjusted_rand(truth, pred)
    out["overall"]["false_pair_examples"] = false_pair_examples(docs, pred)
    for group in GROUPS:
        keep = [i for i, d in enumerate(docs) if d.group in (group, "source")]
        sub_t, sub_p = [truth[i] for i in keep], [pred[i] for i in keep]
        out[group] = pair_scores(sub_t, sub_p, [True] * len(keep))
        out[group]["ari"] = adjusted_rand(sub_t, sub_p)
    # hard negatives: false links among the Reuters template reports, and among the
    # original helsinki_dev pages (different publishers, same events)
    for kind in NEGATIVES:
        keep = [
            i for i, d in enumerate(docs) if d.kind == kind and d.group in ("source", "negative")
        ]
        sub_t, sub_p = [truth[i] for i in keep], [pred[i] for i in keep]
        out[f"neg-{kind}"] = pair_scores(sub_t, sub_p, [True] * len(keep))
    index = {d.doc_id: i for i, d in enumerate(docs)}
    copies = [
        d for d in docs if d.group in (*STRENGTHS, "exact") and d.share is not None and d.source
    ]
    big = [d for d in copies if d.share is not None and d.share >= 0.5]
    hit = sum(1 for d in big if pred[index[d.doc_id]] == pred[index[str(d.source)]])
    out["recall_share50"] = {"pairs": len(big), "recall": hit / len(big) if big else 1.0}
    for strength in STRENGTHS:
        sub = [d for d in big if d.group == strength]
        ok = sum(1 for d in sub if pred[index[d.doc_id]] == pred[index[str(d.source)]])
        out[strength]["recall_share50"] = ok / len(sub) if sub else 1.0
        out[strength]["pairs_share50"] = len(sub)
    return out


# --------------------------------------------------------------------------- systems


def run_copydesk(
    docs: list[Doc], overrides: dict[str, int | float] | None = None
) -> tuple[list[str], dict[str, Any]]:
    sys.path.insert(0, str(ROOT))
    import dataclasses

    import pyarrow as pa

    from pipeline import dedup
    from pipeline.config import load_params
    from schemas import ARTICLE_SCHEMA

    params = dataclasses.replace(load_params(ROOT / "params.yaml").dedup, **(overrides or {}))
    rows = []
    for n, d in enumerate(docs):
        aid = f"{n:024x}"
        row: dict[str, Any] = {f.name: None for f in ARTICLE_SCHEMA}
        for name in ("reporters", "meta_authors", "media", "boilerplate"):
            row[name] = []
        row.update(
            article_id=aid,
            source_uri=d.doc_id,
            source_sha256="0" * 64,
            batch="bench",
            title="T",
            body=d.text,
            line_roles=[],
            quality_flags=[],
            encoding="utf-8",
            language="en",
            cluster_id=aid,
        )
        rows.append(row)
    table = pa.Table.from_pylist(rows, schema=ARTICLE_SCHEMA)
    dedup.signatures(table.slice(0, 50), params)  # warm-up
    start, cpu = time.perf_counter(), time.process_time()
    sigs = dedup.signatures(table, params)
    sig_seconds = time.perf_counter() - start
    sig_cpu = time.process_time() - cpu  # the machine is shared: CPU time is the steadier
    reader = dedup.from_bodies(table["body"].to_pylist(), params.shingle_size)
    start = time.perf_counter()
    assignment = dedup.assign(sigs, reader, params)
    assign_seconds = time.perf_counter() - start
    cluster = dict(
        zip(
            assignment["article_id"].to_pylist(),
            assignment["cluster_id"].to_pylist(),
            strict=True,
        )
    )
    pred = [cluster[f"{n:024x}"] for n in range(len(docs))]
    stats = {
        "params": asdict(params),
        "signature_seconds": sig_seconds,
        "signatures_per_second": len(docs) / sig_seconds,
        "signatures_per_cpu_second": len(docs) / sig_cpu,
        "assign_seconds": assign_seconds,
        **{k.decode(): int(v) for k, v in (assignment.schema.metadata or {}).items()},
        "signature_table_bytes": sigs.nbytes,
        "bytes_per_article": sigs.nbytes / len(docs),
        "minhash_bytes_per_article": sigs["minhash"].nbytes / len(docs),
    }
    return pred, stats


def run_peer(name: str, python: str, docs: list[Doc], work: Path) -> tuple[list[str], dict]:
    data = work / "data"
    data.mkdir(parents=True, exist_ok=True)
    with (data / "docs.jsonl").open("w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps({"id": d.doc_id, "text": d.text}) + "\n")
    out = work / f"{name}.json"
    cmd = [python, str(Path(__file__).resolve()), "--peer", name, "--work", str(work)]
    cmd += ["--json", str(out)]
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=900)
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        raise RuntimeError(f"{name} failed:\n{proc.stderr[-3000:]}")
    result = json.loads(out.read_text())
    cluster = result["clusters"]
    return [cluster.get(d.doc_id, d.doc_id) for d in docs], {
        "wall_seconds_incl_startup": seconds,
        **result["stats"],
    }


# ---- peer mode (runs inside the peers venv; standard library + the peer only) ----


def _components(ids: list[str], pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    parent = {i: i for i in ids}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {i: find(i) for i in ids}


def peer_datasketch(work: Path) -> dict[str, Any]:
    from datasketch import MinHash, MinHashLSH

    docs = [json.loads(line) for line in (work / "data" / "docs.jsonl").open(encoding="utf-8")]
    start = time.perf_counter()
    lsh = MinHashLSH(threshold=0.5, num_perm=128)
    sketches = {}
    for d in docs:
        m = MinHash(num_perm=128, seed=1)
        m.update_batch([g.encode() for g in shingle_set(d["text"], 3)])
        sketches[d["id"]] = m
        lsh.insert(d["id"], m)
    pairs = [(d["id"], hit) for d in docs for hit in lsh.query(sketches[d["id"]])]
    clusters = _components([d["id"] for d in docs], pairs)
    import datasketch

    stats = {
        "seconds": time.perf_counter() - start,
        "version": datasketch.__version__ if hasattr(datasketch, "__version__") else None,
        "config": "MinHashLSH threshold=0.5 num_perm=128, word 3-shingles, connected components",
    }
    return {"clusters": clusters, "stats": stats}


def peer_datatrove(work: Path) -> dict[str, Any]:
    import struct

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.dedup.minhash import (
        MinhashConfig,
        MinhashDedupBuckets,
        MinhashDedupCluster,
        MinhashDedupSignature,
    )
    from datatrove.pipeline.readers import JsonlReader

    config = MinhashConfig()
    data = str(work / "data")
    sigs, buckets, clusters_dir = (str(work / x) for x in ("sigs", "buckets", "clusters"))
    logs = str(work / "logs")
    start = time.perf_counter()
    LocalPipelineExecutor(
        pipeline=[JsonlReader(data), MinhashDedupSignature(output_folder=sigs, config=config)],
        tasks=1,
        logging_dir=f"{logs}/1",
    ).run()
    LocalPipelineExecutor(
        pipeline=[MinhashDedupBuckets(input_folder=sigs, output_folder=buckets, config=config)],
        tasks=config.num_buckets,
        logging_dir=f"{logs}/2",
    ).run()
    LocalPipelineExecutor(
        pipeline=[
            MinhashDedupCluster(
                input_folder=buckets,
                output_folder=clusters_dir,
                config=config,
                save_cluster_id=True,
            )
        ],
        tasks=1,
        logging_dir=f"{logs}/3",
    ).run()
    seconds = time.perf_counter() - start
    ids = [json.loads(line)["id"] for line in (work / "data" / "docs.jsonl").open()]
    result = {i: i for i in ids}
    path = Path(clusters_dir) / "000000.clusters"
    if path.exists():
        raw = path.read_bytes()
        for doc, cid in struct.iter_unpack("<II", raw):
            result[ids[doc]] = f"dt-{cid}"
    import datatrove

    stats = {
        "seconds": seconds,
        "version": getattr(datatrove, "__version__", None),
        "config": repr(config),
    }
    return {"clusters": result, "stats": stats}


# --------------------------------------------------------------------------- report


def table(results: dict[str, dict[str, Any]]) -> str:
    lines = [
        "| system | texts | precision | recall | F1 | ARI | recall (share >= 50 %) | false pairs |",
        "|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    for system, res in results.items():
        for group in (*GROUPS, "neg-reuters", "neg-helsinki", "overall"):
            s = res[group]
            ari = f"{s['ari']:.3f}" if "ari" in s else ""
            if group == "overall":
                r50 = f"{res['recall_share50']['recall']:.3f}"
            elif "recall_share50" in s:
                r50 = f"{s['recall_share50']:.3f}"
            else:
                r50 = ""
            if group.startswith("neg-"):
                lines.append(f"| {system} | {group} | | | | | | {s['false_pairs']} |")
                continue
            lines.append(
                f"| {system} | {group} | {s['precision']:.3f} | {s['recall']:.3f} | "
                f"{s['f1']:.3f} | {ari} | {r50} | {s['false_pairs']} |"
            )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpora", type=Path, default=ROOT.parent / "shared" / "corpora")
    ap.add_argument(
        "--sources",
        type=int,
        default=700,
        help="at most this many source articles (helsinki_dev pages first, then BBC)",
    )
    ap.add_argument("--reuters", type=int, default=500, help="Reuters template negatives")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--peers-python", default="/tmp/peers-venv/bin/python")
    ap.add_argument("--skip-peers", action="store_true")
    ap.add_argument("--json", type=Path, help="write results JSON here")
    ap.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="override a dedup parameter of params.yaml (e.g. --set bands=42 --set num_perm=128)",
    )
    ap.add_argument("--peer", help=argparse.SUPPRESS)  # internal: run one peer
    ap.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.peer:
        runners: dict[str, Callable[[Path], dict[str, Any]]] = {
            "datasketch": peer_datasketch,
            "datatrove": peer_datatrove,
        }
        args.json.write_text(json.dumps(runners[args.peer](args.work)))
        return 0

    if not args.corpora.is_dir():
        print(f"corpora folder {args.corpora} not found; nothing to benchmark", file=sys.stderr)
        return 2
    start = time.perf_counter()
    docs, info = build_benchmark(args.corpora, args.sources, args.reuters, args.seed)
    info["build_seconds"] = time.perf_counter() - start
    groups: dict[str, int] = defaultdict(int)
    for d in docs:
        groups[d.group] += 1
    info["groups"] = dict(groups)
    shares = {
        s: sorted(d.share for d in docs if d.group == s and d.share is not None) for s in STRENGTHS
    }
    info["median_share"] = {s: v[len(v) // 2] for s, v in shares.items() if v}
    print(f"benchmark: {json.dumps(info)}", file=sys.stderr)

    results: dict[str, dict[str, Any]] = {}
    system_stats: dict[str, Any] = {}
    overrides = {k: float(v) if "." in v else int(v) for k, v in (a.split("=") for a in args.set)}
    pred, stats = run_copydesk(docs, overrides)
    results["copydesk"] = score(docs, pred)
    system_stats["copydesk"] = stats
    if not args.skip_peers:
        for peer in ("datasketch", "datatrove"):
            with tempfile.TemporaryDirectory(prefix=f"dedup-bench-{peer}-") as tmp:
                try:
                    pred, stats = run_peer(peer, args.peers_python, docs, Path(tmp))
                except (OSError, RuntimeError, subprocess.TimeoutExpired) as exc:
                    print(f"{peer}: not run: {exc}", file=sys.stderr)
                    system_stats[peer] = {"error": str(exc)[-2000:]}
                    continue
            results[peer] = score(docs, pred)
            system_stats[peer] = stats
    print(table(results))
    cd = system_stats["copydesk"]
    print(
        f"\ncopydesk signatures: {cd['signatures_per_second']:,.0f} articles/s wall, "
        f"{cd['signatures_per_cpu_second']:,.0f} per CPU second (one process), "
        f"assign {cd['assign_seconds']:.2f} s ({cd['candidate_pairs']:,} candidate pairs, "
        f"{cd['verified_pairs']:,} verified), signature table "
        f"{cd['bytes_per_article']:.0f} bytes/article "
        f"({cd['minhash_bytes_per_article']:.0f} of them MinHash)"
    )
    if args.json:
        payload = {"benchmark": info, "systems": system_stats, "scores": results}
        args.json.write_text(json.dumps(payload, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
