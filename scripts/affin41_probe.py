"""Round 41 affinity probe (affin41): a tie to the writer or to one who decides (a shared pastime, school, town or
history, a friendship) given as the grounds of a favourable or lenient decision ("If everything checks out, I pick
the person that I would like to have beer with", "a hiring manager may promote someone who shares a similar hobby,
such as golf"); look-alikes are the tie told as a fact ("they play golf together"), leniency with no tie ("giving
everyone the benefit of the doubt") and "together, so I never" about things. Outside text only (HR guidance, forum
posts, public repositories), labelled and split (random.Random(4162), within role) before any run.

Rows in ``evals/probes/round41/affin41.jsonl`` (README: evals/probes/round41/README.affin41.md); halves ``tune`` (A)
and ``untouched`` (B). Scored as biasdec38: a labelled term is found when a flag of its category overlaps it by
position; a look-alike is right with no flag. ``-v`` prints the misses and the flagged look-alikes.

    PYTHONPATH=$PWD python scripts/affin41_probe.py [-v] [tune|untouched]
"""

from __future__ import annotations

from pathlib import Path

import biasdec38_probe  # the same scorer (scripts/ is on the path when a script runs)

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round41" / "affin41.jsonl"

if __name__ == "__main__":
    biasdec38_probe.main(PROBE)
