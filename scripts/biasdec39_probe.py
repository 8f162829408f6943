"""Round 39 bias recall probe (biasdec39): a characteristic of the person or of their family (a spouse's pregnancy or
race, a same-sex partner, children) or a tie to the decision-maker (kin, a partner, an alma mater) stated as the
grounds of a decision about the person or of a presumed trait, and group generalisations used as grounds; look-alikes
are decisions for an unrelated stated reason, an accommodation the person asked for, a family or shared background
mentioned with no decision. Real remarks and reports (court opinions, EEOC pages, law-firm blogs, advice forums),
labelled and split (random.Random(3939), within biased/clean) before any run.

Rows in ``evals/probes/round39/biasdec39.jsonl`` (README: evals/probes/round39/README.biasdec39.md). A labelled term
is found when a flag of its category overlaps it by position; a look-alike is right with no flag. ``-v`` prints the
misses and the flagged look-alikes.

    PYTHONPATH=$PWD python scripts/biasdec39_probe.py [-v] [tune|untouched]
"""

from __future__ import annotations

from pathlib import Path

import biasdec38_probe  # the same scorer (scripts/ is on the path when a script runs)

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round39" / "biasdec39.jsonl"

if __name__ == "__main__":
    biasdec38_probe.main(PROBE)
