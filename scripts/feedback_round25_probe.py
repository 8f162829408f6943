"""Round 25 probe: clean drafts whose impact or specifics are told plainly, and look-alikes that need coaching.

Rows of scripts/feedback_round25_probe.tsv (labelled before any run; `source` names the outside page whose guidance
or example a row was written after), by class:

- IM: the consequence told as a measured change or a comparison ("went from six working days to four", "rose from 6
  to 11 minutes ... while the rest of the team stayed under 7", "compared with eleven for last spring's starters").
- IR: the consequence told as the risk the act created, stated as a circumstance of a third party or of what was
  exposed ("That corridor is the only way out for the twelve people in the packing room").
- VQ: praise made concrete by a number, a named artefact or quoted words of a customer.
- PO: a criticism that opens with one sentence of specific praise before the problem and the request.
  Expected for these rows: clean (no finding), and the polarity of the `polarity` column.
- LI: look-alikes with no consequence told (a count of the person's own work, an act with a request). Expected:
  missing_impact.
- LV: look-alikes whose praise names no behaviour. Expected: vague.
- LM: look-alikes that truly mix praise of its own weight with a criticism. Expected: polarity mixed (findings not
  scored: `any`).

    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round25_probe.py          # figures per class
    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round25_probe.py --list   # every wrong reading
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

from assistant.analyzers.feedback import review_feedback

TSV = Path(__file__).with_suffix(".tsv")
ORDER = ["IM", "IR", "VQ", "PO", "LI", "LV", "LM", "CR", "CC", "CV", "CL", "clean", "look-alike", "polarity"]


def rows(tsv: Path = TSV) -> list[dict[str, str]]:
    with tsv.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def reading(text: str) -> tuple[tuple[str, ...], str]:
    """The kinds of finding (sorted) and the polarity."""
    report = review_feedback(text)
    return tuple(sorted({f.kind for f in report.findings})), report.polarity


def correct(row: dict[str, str], got: tuple[str, ...]) -> bool:
    if row["expect"] == "any":
        return True
    if row["expect"] == "clean":
        return not got
    return set(row["expect"].split()) <= set(got)


def tally(tsv: Path = TSV, listing: bool = False) -> dict[str, list[int]]:
    """Right readings per class and per group (clean / look-alike), and right polarities over all rows."""
    totals: dict[str, list[int]] = {}
    for row in rows(tsv):
        got, polarity = reading(row["text"])
        ok = correct(row, got) and (row["class"] != "PO" or polarity == row["polarity"])
        if row["class"] == "LM":
            ok = polarity == row["polarity"]
        group = "clean" if row["expect"] == "clean" else "look-alike"
        for key, right in ((row["class"], ok), (group, ok), ("polarity", polarity == row["polarity"])):
            totals.setdefault(key, [0, 0])
            totals[key][0] += right
            totals[key][1] += 1
        if listing and (not ok or polarity != row["polarity"]):
            print(f"{row['id']} want {row['expect']}/{row['polarity']} got {list(got)}/{polarity}: {row['text'][:90]}")
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
