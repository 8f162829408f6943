"""Round 24 probe: praise around a handled problem, and effects told as what others did.

Rows of scripts/feedback_round24_probe.tsv (labelled before any run; `source` names the outside page whose
example a row was written after), by class:

- P: praise whose problem words name the situation the person handled: the problem ("an angry guest", "the
  outage of the mail server", "donors who had lapsed", "rejected batches") is the setting or the object of the
  person's positive act (calmed, fixed, won back, fitted in). Expected: clean (no finding).
- E: an effect told as what another party then did or felt, or what resulted ("three other teams have since
  adopted it", "driving a 20% rise", "she felt at ease", "got me out of a jam", "it holds up the handover").
  Expected: clean.
- LP: look-alikes whose problem is the person's own doing, with no step given. Expected: missing_action.
- LI: look-alikes that praise a handled problem or an act with no effect told. Expected: missing_impact.
Check set written after the first run, labelled before its own run: CP (problem words of the people served or
met: a relative clause on them, a pronoun after a preposition, a newcomer before the person is named), CE (a
result clause of degree, a relative-clause subject's later act, a rescue idiom), CL (their look-alikes: the
degree clause or the problem is the person's; no effect told).

    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round24_probe.py          # figures per class
    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round24_probe.py --list   # every wrong reading
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import feedback_round23_probe as round23  # noqa: E402  (the same TSV layout, reading and scorer)

TSV = Path(__file__).with_suffix(".tsv")
ORDER = ["P", "E", "LP", "LI", "CP", "CE", "CL", "clean", "look-alike"]
findings = round23.findings
correct = round23.correct


def rows() -> list[dict[str, str]]:
    return round23.rows(TSV)


def tally(listing: bool = False) -> dict[str, list[int]]:
    return round23.tally(TSV, listing)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print every wrong reading")
    args = parser.parse_args()
    totals = tally(args.list)
    print(" ".join(f"{k} {totals[k][0]}/{totals[k][1]}" for k in ORDER if k in totals))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
