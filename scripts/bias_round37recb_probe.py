"""Round 37 bias recall probe (biasrec37b: health, disability, mental health, caregiving and age remarks people
really made): per half, labelled terms found (a flag of the term's category overlapping it), look-alikes left clean,
and flag precision; and the precision check on outside text found after the rules were written.

Rows in ``evals/probes/round37/biasrec37b.jsonl`` (README: evals/probes/round37/biasrec37b.README.md), each with
``terms`` (none on a look-alike) and ``split`` (``tune`` or ``untouched``, set by a seeded shuffle before any run).
With ``-v`` the misses and flagged look-alikes of the tune half and of the precision check are printed; the untouched
half is reported as figures only.

    PYTHONPATH=$PWD python scripts/bias_round37recb_probe.py [-v]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bias_span_probe_io as probe_io  # noqa: E402

HERE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round37"
PROBE = HERE / "biasrec37b.jsonl"
CHECK = HERE / "biasrec37b_precision_check.jsonl"


def figures(rows: list[dict], verbose: bool) -> tuple[int, int, int, int, int, int]:
    """(terms found, terms, look-alikes clean, look-alikes, flags on a label, flags) over ``rows``."""
    sys.path.insert(0, str(probe_io.ROOT))
    from assistant.analyzers.bias import check_bias

    found = terms = clean_ok = clean = right = flags = 0
    for row in rows:
        got = [(f.text, f.category) for f in check_bias(row["text"]).flags]
        flags += len(got)
        right += sum(any(probe_io.overlaps(row["text"], lab["term"], t) for lab in row["terms"]) for t, _ in got)
        if row["terms"]:
            for lab in row["terms"]:
                terms += 1
                hit = any(probe_io.overlaps(row["text"], lab["term"], t) and c == lab["category"] for t, c in got)
                found += hit
                if verbose and not hit:
                    print(f"  miss {row['id']} {lab['term']!r} {got}")
        else:
            clean += 1
            clean_ok += not got
            if verbose and got:
                print(f"  flagged look-alike {row['id']} {got}")
    return found, terms, clean_ok, clean, right, flags


def main() -> None:
    verbose = "-v" in sys.argv
    rows = [json.loads(line) for line in PROBE.read_text().splitlines() if line.strip()]
    for half in ("tune", "untouched"):
        found, terms, clean_ok, clean, right, flags = figures(
            [r for r in rows if r["split"] == half], verbose and half == "tune")
        print(f"{half}: terms found {found}/{terms}, look-alikes clean {clean_ok}/{clean}, flag precision {right}/{flags}")
    check = [json.loads(line) for line in CHECK.read_text().splitlines() if line.strip()]
    found, terms, clean_ok, clean, right, flags = figures(check, verbose)
    print(f"precision check: terms found {found}/{terms}, look-alikes clean {clean_ok}/{clean}, flag precision "
          f"{right}/{flags}")


if __name__ == "__main__":
    main()
