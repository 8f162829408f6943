"""Round 20 (brief AE) probe: an impact in ordinary words (a counterfactual or avoided harm, a result in
time, recognition as a result, a beneficiary's changed state) is an effect; purposes, plans and praise
words with no result are not.

Fresh texts written for this probe (none from evals/), in the forms of outside recognition and thank-you
notes (e.g. https://www.indeed.com/career-advice/career-development/thank-you-note-to-coworker and
https://www.betterup.com/blog/positive-feedback-examples, page texts not copied).

Sets (expected reading):
  impact  a draft whose result is stated in ordinary words: no `missing_impact`
  look    look-alikes with a purpose, a plan, a hope or praise words and no result: `missing_impact`

    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round20d_probe.py [--list]
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

from assistant.analyzers.feedback import review_feedback

DATA = Path(__file__).with_suffix(".tsv")


def rows() -> list[tuple[str, str]]:
    with DATA.open(encoding="utf-8") as handle:
        return [(r["set"], r["text"]) for r in csv.DictReader(handle, delimiter="\t")]


def correct(kind: str, text: str) -> bool:
    missing = any(f.kind == "missing_impact" for f in review_feedback(text).findings)
    return missing == (kind == "look")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print each wrong row")
    args = parser.parse_args()
    totals: dict[str, list[int]] = {}
    for kind, text in rows():
        ok = correct(kind, text)
        t = totals.setdefault(kind, [0, 0])
        t[0] += ok
        t[1] += 1
        if args.list and not ok:
            print(f"WRONG {kind}: {text}")
    for kind, (good, n) in totals.items():
        print(f"{kind}: {good}/{n}")


if __name__ == "__main__":
    main()
