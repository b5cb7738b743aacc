"""Does the outlet carry to a site the organisations table lacks? A substitution probe.

    python bench/outlet_substitution.py stations [--lost]
    python bench/outlet_substitution.py papers [--lost]

The table grew from the pages we had, so on a training page of `bench/site_pages` the
parser may find the outlet through the table's name for it. Here each training page (the
never-read sets of `site_probe.NEVER_READ` are skipped) whose expected outlet is the site's
own name is parsed twice: as written, and with the name made one the table lacks.

- `stations`: the call letters in the expected outlet ('WRAL', 'KARE 11') replaced by 'KPVL'
  everywhere on the page (also in lower case and in title case: 'wral.com', 'Wral').
- `papers`: the first distinctive word of a name of two words or more ('Houston' of Houston
  Chronicle; not 'The', not a paper's word such as 'Daily') replaced by 'Portvale' everywhere
  (also in capitals and in lower case). Wires are left out: their names are the table's.

The outlet expected after the substitution is the expected one with the same replacement.
Prints the pages right as written and right after it; `--lost` lists the pages that were
right as written and are not after it. Not every loss is the parser's: a substitution can
break a name the table holds by its initials ('ODT'), or make a word that was no place one
('The Intercept' → 'The Portvale').
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from site_probe import NEVER_READ, PAGES, org_key

from pipeline.parse import parse_text
from pipeline.parse.knowledge import organisations

_CALL_LETTERS = re.compile(r"\b([KWC][A-Z]{2,3})\b")
# Networks' and agencies' letters of that shape: no local station's.
_NETWORKS = frozenset(
    {"CBS", "CNN", "CNBC", "CBC", "WSJ", "KFF", "CNA", "CGTN", "CTV", "WION", "KUNA", "WAFA"}
    | {"KBS", "CNC", "CPR", "CHCH", "CFJC", "WIC", "KBC", "KUAM"}
)
_PAPER_WORDS = frozenset({"Daily", "Sunday", "Morning", "Evening", "News", "Times", "Post"})


def training_pages() -> Iterator[tuple[str, Path, list[str]]]:
    """(set, page, expected outlets) of every training page that expects an outlet."""
    for folder in sorted(p for p in PAGES.iterdir() if p.is_dir()):
        if folder.name in NEVER_READ:
            continue
        for expected_file in sorted(folder.glob("*.json")):
            outlet = json.loads(expected_file.read_text(encoding="utf-8")).get("outlet")
            names = [o for o in (outlet if isinstance(outlet, list) else [outlet]) if o]
            if names:
                yield folder.name, expected_file.with_suffix(".txt"), names


def station_swap(names: list[str]) -> tuple[str, str] | None:
    letters = {m for name in names for m in _CALL_LETTERS.findall(name)} - _NETWORKS
    return (letters.pop(), "KPVL") if len(letters) == 1 else None


def paper_swap(names: list[str]) -> tuple[str, str] | None:
    table = organisations()
    if table.kinds.get(table.lookup(names[0]) or "") == "wire":
        return None
    words = names[0].split()
    if len(words) < 2:
        return None
    word = words[1] if words[0] == "The" else words[0]
    if not (word.isalpha() and len(word) >= 4 and word[0].isupper() and word[1:].islower()):
        return None
    return (word, "Portvale") if word not in _PAPER_WORDS else None


def substituted(text: str, old: str, new: str) -> str:
    for before, after in ((old, new), (old.upper(), new.upper()), (old.title(), new.title())):
        text = re.sub(rf"\b{re.escape(before)}\b", after, text)
    return text.replace(old.lower(), new.lower())  # (in addresses: 'wral.com', 'houstonchron')


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("kind", choices=["stations", "papers"])
    parser.add_argument("--lost", action="store_true", help="list the pages the swap loses")
    args = parser.parse_args(argv)
    swap = station_swap if args.kind == "stations" else paper_swap
    pages = right = right_swapped = 0
    for set_name, page, names in training_pages():
        pair = swap(names)
        if pair is None:
            continue
        old, new = pair
        text = page.read_text(encoding="utf-8")
        expected = {org_key(n) for n in names}
        expected_swapped = {org_key(re.sub(rf"\b{re.escape(old)}\b", new, n)) for n in names}
        ok = org_key(parse_text(text)["outlet"]) in expected
        got = parse_text(substituted(text, old, new))["outlet"]
        ok_swapped = org_key(got) in expected_swapped
        pages += 1
        right += ok
        right_swapped += ok_swapped
        if args.lost and ok and not ok_swapped:
            print(f"{set_name}/{page.stem}: {old} -> {new}: got {got!r}")
    print(
        f"{args.kind}: {pages} pages; right as written {right}, "
        f"with the name swapped {right_swapped}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
