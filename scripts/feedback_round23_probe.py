"""Round 23 probe: well-formed drafts that get needless coaching, and look-alikes that need it.

Rows of scripts/feedback_round23_probe.tsv (labelled before any run; `source` names the outside page a row is
paraphrased from, or says it was written for the probe), by class:

- I1: an effect on the team, a customer or the result stated without impact words ("The board approved the
  project before the meeting ended", "Everyone in the company was paid on time").
- I2: an outcome in numbers ("cutting the time ... from eight weeks to five", "Complaints that week were 12").
- I3: a benefit clause ("which meant we could", "so nobody has to", "which let the on-call engineer", "freed up").
- S1: a next step as a continuing expectation ("Keep doing exactly that", "Carry on sending it out").
- S2: a development plan ("I've booked you on ...", "let's practise ... in our role-play sessions").
- S3: a goal for the next period ("For next quarter, your goal is ...", "By the end of December, aim to ...").
- S4: an offer of support ("I'm happy to run the next briefing with you", "Let me know if ...; I can ...").
  Expected for I and S rows: clean (no finding at all).
Class sets written after the first run, each labelled before any change for it: IA (a saving of time or money by
the person), IP (a problem caught before it reached someone), PT (praise whose problem words name the situation
handled), PW (independence: "without asking for help"), PR (a problem adjective on the subject of a decrease verb:
"late deliveries dropped"), PE (a problem word as what the person explained or apologised for; measured, no change
made for it); their look-alikes LA, LP, LW, LR, LE.
- LI, LS, LIS: look-alikes that truly lack an effect (missing_impact), a step after criticism (missing_action) or
  both; many are a well-formed row with its effect or step taken out. Expected: those findings (others allowed).

    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round23_probe.py          # figures per class
    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round23_probe.py --list   # every wrong reading
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

from assistant.analyzers.feedback import review_feedback

TSV = Path(__file__).with_suffix(".tsv")


def rows(tsv: Path = TSV) -> list[dict[str, str]]:
    with tsv.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def findings(text: str) -> tuple[str, ...]:
    return tuple(sorted({f.kind for f in review_feedback(text).findings}))


def correct(row: dict[str, str], got: tuple[str, ...]) -> bool:
    if row["expect"] == "clean":
        return not got
    return set(row["expect"].split()) <= set(got)


def tally(tsv: Path = TSV, listing: bool = False) -> dict[str, list[int]]:
    """Right readings per class and per group (clean / look-alike); ``listing`` prints each wrong one."""
    totals: dict[str, list[int]] = {}
    for row in rows(tsv):
        got = findings(row["text"])
        ok = correct(row, got)
        group = "clean" if row["expect"] == "clean" else "look-alike"
        for key in (row["class"], group):
            totals.setdefault(key, [0, 0])
            totals[key][0] += ok
            totals[key][1] += 1
        if listing and not ok:
            print(f"{row['id']} {row['class']} want {row['expect']} got {list(got)}: {row['text'][:90]}")
    return totals


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print every wrong reading")
    args = parser.parse_args()
    totals = tally(listing=args.list)
    order = ["I1", "I2", "I3", "S1", "S2", "S3", "S4", "IA", "IP", "PT", "PW", "PR", "PE", "LI", "LS", "LIS", "LA", "LP", "LW", "LR", "LE", "clean", "look-alike"]
    print(" ".join(f"{k} {totals[k][0]}/{totals[k][1]}" for k in order if k in totals))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
