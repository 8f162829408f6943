"""Score evals/probes/round36/biasfp36d.jsonl: per half, labelled terms found (a flag overlapping the term, right
category) and clean rows left clean. Usage: PYTHONPATH=$PWD python evals/probes/round36/score_biasfp36d.py [-v] [tune]
(-v lists the misses and the flagged clean rows; a half's name limits the run to that half)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from assistant.analyzers.bias import check_bias


def _overlaps(text: str, term: str, flag: str) -> bool:
    lo = text.lower()
    i = lo.find(term.lower())
    j = lo.find(flag.lower())
    return i >= 0 and j >= 0 and j < i + len(term) and i < j + len(flag)


def main() -> None:
    verbose = "-v" in sys.argv
    halves = [h for h in ("tune", "untouched") if h in sys.argv[1:]] or ["tune", "untouched"]
    rows = [json.loads(line) for line in Path(__file__).with_name("biasfp36d.jsonl").read_text().splitlines()]
    for half in halves:
        found = terms = clean_ok = clean = 0
        for row in (r for r in rows if r["half"] == half):
            got = [(f.text, f.category) for f in check_bias(row["text"]).flags]
            if row["terms"]:
                for lab in row["terms"]:
                    terms += 1
                    hit = any(_overlaps(row["text"], lab["term"], t) and c == lab["category"] for t, c in got)
                    found += hit
                    if verbose and not hit:
                        print(f"  miss {row['id']} {lab['term']!r} {got}")
            else:
                clean += 1
                clean_ok += not got
                if verbose and got:
                    print(f"  flagged clean {row['id']} {got}")
        print(f"{half}: terms found {found}/{terms}, clean rows clean {clean_ok}/{clean}")


if __name__ == "__main__":
    main()
