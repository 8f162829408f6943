"""Score evals/probes/round36/biasrec36b.jsonl: per class and half, labelled terms found (a flag overlapping the term, right
category) and clean rows left clean. Usage: PYTHONPATH=$PWD python evals/probes/round36/score_biasrec36b.py [-v]"""

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
    rows = [json.loads(line) for line in Path(__file__).with_name("biasrec36b.jsonl").read_text().splitlines()]
    for cls, half in [(c, h) for c in sorted({r["class"] for r in rows}) for h in ("tune", "untouched")]:
        found = terms = clean_ok = clean = 0
        for row in (r for r in rows if r["half"] == half and r["class"] == cls):
            flags = check_bias(row["text"]).flags
            got = [(f.text, f.category) for f in flags]
            if row["labels"]:
                for lab in row["labels"]:
                    terms += 1
                    hit = any(_overlaps(row["text"], lab["term"], t) and c == lab["category"] for t, c in got)
                    found += hit
                    if verbose and not hit:
                        print(f"  miss {row['id']} {lab['term']!r} {got}")
            else:
                clean += 1
                clean_ok += not got
                if verbose and got:
                    print(f"  flag {row['id']} {got}")
        print(f"class {cls} {half}: terms found {found}/{terms}, clean rows clean {clean_ok}/{clean}")


if __name__ == "__main__":
    main()
