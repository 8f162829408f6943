"""Round 26 probe: drafts that open with a specific good act told plainly, then raise a problem with a request.

Rows of scripts/feedback_round26b_probe.tsv (labelled before any run; `source` names the outside page whose guidance,
checklist or example a row was written after), by class:

- GA: the draft opens with what the person (or their work) did that the role asks for, told as plain acts or states
  with no praise word ("you greeted the caller by name, verified her date of birth ... and read the recording notice
  word for word", "the bed was made with fresh linen, the bins were emptied"), then raises a problem and asks for a
  change. Expected polarity: mixed.
- LN: look-alikes that open with a neutral account of what happened ("You took the call at 10:05.") before the
  problem. Expected polarity: constructive.
- LW: look-alikes whose opening act is one the draft then says went wrong ("You rebuilt the December rota in two
  days. It put Sam on nights for four weeks running"). Expected polarity: constructive.
- CG, CL: a check set written after the change (labelled before its first run): CG as GA (mixed), CL as LN and LW
  (constructive).

Only the polarity is scored.

    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round26b_probe.py          # figures per class
    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round26b_probe.py --list   # every wrong reading
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

from assistant.analyzers.feedback import review_feedback

TSV = Path(__file__).with_suffix(".tsv")
ORDER = ["GA", "LN", "LW", "look-alike", "all", "CG", "CL"]


def rows(tsv: Path = TSV) -> list[dict[str, str]]:
    with tsv.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def tally(tsv: Path = TSV, listing: bool = False) -> dict[str, list[int]]:
    """Right polarities per class, and over the look-alikes and all rows labelled before the change."""
    totals: dict[str, list[int]] = {}
    for row in rows(tsv):
        polarity = review_feedback(row["text"]).polarity
        ok = polarity == row["polarity"]
        keys = [row["class"]]
        if row["class"] in ("GA", "LN", "LW"):  # the rows labelled before the change
            keys += ["all"] + (["look-alike"] if row["class"] != "GA" else [])
        for key in keys:
            totals.setdefault(key, [0, 0])
            totals[key][0] += ok
            totals[key][1] += 1
        if listing and not ok:
            print(f"{row['id']} want {row['polarity']} got {polarity}: {row['text'][:100]}")
    return totals


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print every wrong reading")
    args = parser.parse_args()
    totals = tally(listing=args.list)
    print(" ".join(f"{k} {totals[k][0]}/{totals[k][1]}" for k in ORDER if k in totals))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
