"""Round 39 bias recall probe (biasdec39): a characteristic of the person or of their family (a spouse's pregnancy or
race, a same-sex partner, children) or a tie to the decision-maker (kin, a partner, an alma mater) stated as the
grounds of a decision about the person or of a presumed trait, and group generalisations used as grounds; look-alikes
are decisions for an unrelated stated reason, an accommodation the person asked for, a family or shared background
mentioned with no decision. Real remarks and reports (court opinions, EEOC pages, law-firm blogs, advice forums),
labelled and split (random.Random(3939), within biased/clean) before any run.

Rows in ``evals/probes/round39/biasdec39.jsonl`` (README: evals/probes/round39/README.biasdec39.md). A labelled term
is found when a flag of its category overlaps it by position; a look-alike is right with no flag. ``-v`` prints the
misses and the flagged look-alikes.

    PYTHONPATH=$PWD python scripts/biasdec39_probe.py [-v] [tune|untouched]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROBE = ROOT / "evals" / "probes" / "round39" / "biasdec39.jsonl"
HALVES = ("tune", "untouched")


def figures(half: str, verbose: bool = False) -> tuple[int, int, int, int]:
    """(terms found, terms, look-alikes clean, look-alikes) of one half."""
    sys.path.insert(0, str(ROOT))
    from assistant.analyzers.bias import check_bias

    found = terms = clean_ok = clean = 0
    for line in PROBE.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["half"] != half:
            continue
        flags = check_bias(row["text"]).flags
        got = [(f.text, f.category) for f in flags]
        if not row["labels"]:
            clean += 1
            clean_ok += not flags
            if verbose and flags:
                print(f"  flag {row['id']} {got}")
            continue
        for label in row["labels"]:
            terms += 1
            start = row["text"].lower().index(label["term"].lower())
            end = start + len(label["term"])
            hit = any(f.category == label["category"] and f.start < end and start < f.end for f in flags)
            found += hit
            if verbose and not hit:
                print(f"  miss {row['id']} {label['term']!r} {got}")
    return found, terms, clean_ok, clean


def main() -> None:
    chosen = [h for h in HALVES if h in sys.argv[1:]] or list(HALVES)
    for half in chosen:
        found, terms, clean_ok, clean = figures(half, "-v" in sys.argv)
        print(f"{half}: terms found {found}/{terms}, clean rows clean {clean_ok}/{clean}")


if __name__ == "__main__":
    main()
