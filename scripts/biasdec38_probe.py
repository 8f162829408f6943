"""Round 38 bias recall probe (biasdec38): a characteristic (pregnancy, children, age, religious dress, race) given as
the reason of a decision taken about the person: hiring, firing, promotion, assignment, preference ("refused to hire
... because she was pregnant", "did not want any more old applicants as they did not work hard enough"), and
look-alikes (an adjustment at the person's request, a decision for performance, a characteristic stated beside an
unrelated decision). Real remarks and reports from EEOC releases, court coverage and first-person posts, labelled and
split (random.Random(3838), within biased/clean) before any run.

Rows in ``evals/probes/round38/biasdec38.jsonl`` (README: evals/probes/round38/README.biasdec38.md). A labelled term
is found when a flag of its category overlaps it **by position** (the flag's start and end offsets; the shared
runner's ``overlaps`` finds a flag's text by its first occurrence, so a flag "old" was looked for in "told"); a
look-alike is right with no flag. ``-v`` prints the misses and the flagged look-alikes.

    PYTHONPATH=$PWD python scripts/biasdec38_probe.py [-v] [tune|untouched]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROBE = ROOT / "evals" / "probes" / "round38" / "biasdec38.jsonl"
HALVES = ("tune", "untouched")


def figures(half: str, verbose: bool = False, probe: Path = PROBE) -> tuple[int, int, int, int]:
    """(terms found, terms, look-alikes clean, look-alikes) of one half of ``probe``."""
    sys.path.insert(0, str(ROOT))
    from assistant.analyzers.bias import check_bias

    found = terms = clean_ok = clean = 0
    for line in probe.read_text(encoding="utf-8").splitlines():
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


def main(probe: Path = PROBE) -> None:
    """Print each chosen half's figures (argv: -v, tune, untouched)."""
    chosen = [h for h in HALVES if h in sys.argv[1:]] or list(HALVES)
    for half in chosen:
        found, terms, clean_ok, clean = figures(half, "-v" in sys.argv, probe)
        print(f"{half}: terms found {found}/{terms}, clean rows clean {clean_ok}/{clean}")


if __name__ == "__main__":
    main()
