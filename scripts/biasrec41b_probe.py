"""Round 41 bias recall probe (biasrec41b): a characteristic of the person given as the grounds of a decision about
their work (reassigned, put in a job, taken off an account, passed over for a trip or a promotion: "I should probably
put her in a job with less responsibility because ... while pregnant", "I wasn't taking her on a business trip
because she was a new mom"); look-alikes are the characteristic told as a fact, an adjustment the person asked for, a
policy sentence, the writer's own status ("I do not have children, so that apparently makes me the designated holiday
mule") and a decision with other grounds ("You've got most experience with night-shifts, so I'll just follow you").
Outside text only (EEOC and commission examples, law-firm pages, forum posts), labelled and split
(random.Random(4150), within role) before any run.

Rows in ``evals/probes/round41/biasrec41b.jsonl`` (README: evals/probes/round41/README.biasrec41b.md); halves
``tune`` (A) and ``untouched`` (B). Scored as biasdec38: a labelled term is found when a flag of its category
overlaps it by position; a look-alike is right with no flag. ``-v`` prints the misses and the flagged look-alikes.

    PYTHONPATH=$PWD python scripts/biasrec41b_probe.py [-v] [tune|untouched]
"""

from __future__ import annotations

from pathlib import Path

import biasdec38_probe  # the same scorer (scripts/ is on the path when a script runs)

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round41" / "biasrec41b.jsonl"

if __name__ == "__main__":
    biasdec38_probe.main(PROBE)
