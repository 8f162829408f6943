"""Round 21 (brief AN) probe: outside drafts that state an impact, and drafts that do not.

Drafts adapted from outside recognition letters, award citations, thank-you notes, volunteer and
retirement tributes and recommendation samples (one source URL per row in the .tsv; none of these
sites is used by any evals/ round). Labels (and the form of each impact) were set before the
analyzer ran on them.

Sets (expected reading):
  impact        the draft states an effect of the person's act: no `missing_impact`
  none          praise of effort or qualities, a plan or a purpose only: `missing_impact`
  check_impact  written after the change: more drafts of the forms fixed (phase adverbs, records, counts
                served, "since then"): no `missing_impact`
  check_none    written after the change: their look-alikes (a place or judgement after "still", the
                writer's own viewing, spans of time, plans, the person's own record): `missing_impact`

    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round21b_probe.py [--list]
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

from assistant.analyzers.feedback import review_feedback

DATA = Path(__file__).with_suffix(".tsv")


def rows() -> list[dict[str, str]]:
    with DATA.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def correct(row: dict[str, str]) -> bool:
    missing = any(f.kind == "missing_impact" for f in review_feedback(row["text"]).findings)
    return missing == (row["set"] in ("none", "check_none"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print each wrong row")
    args = parser.parse_args()
    totals: dict[str, list[int]] = {}
    forms: dict[str, list[int]] = {}
    for row in rows():
        ok = correct(row)
        for table, key in ((totals, row["set"]), (forms, f"{row['set']}/{row['form']}")):
            t = table.setdefault(key, [0, 0])
            t[0] += ok
            t[1] += 1
        if args.list and not ok:
            print(f"WRONG {row['id']} {row['set']}/{row['form']}: {row['text']}")
    for key, (good, n) in totals.items():
        print(f"{key}: {good}/{n}")
    for key, (good, n) in sorted(forms.items()):
        print(f"  {key}: {good}/{n}")


if __name__ == "__main__":
    main()
