"""Round 41 bias recall probe (biasrec41c): a characteristic said of the person in one sentence and a judgement of
the same person drawn in the next, opened by a conjunct of result ("... he is actually 80 years old. So he should
retire."); look-alikes are the same conjuncts after a characteristic of a thing, of the writer or of another person,
a care step ("... their Patient is pregnant. Therefore, they update her condition."), a generic statement, and a
characteristic followed by a fact or praise. Outside text only (public repositories, HR forum and blog pages),
labelled and split (random.Random(4161), within role) before any run.

Rows in ``evals/probes/round41/biasrec41c.jsonl`` (README: evals/probes/round41/README.biasrec41c.md); halves
``tune`` (A) and ``untouched`` (B). Scored as biasdec38: a labelled term is found when a flag of its category
overlaps it by position; a look-alike is right with no flag. ``-v`` prints the misses and the flagged look-alikes.

    PYTHONPATH=$PWD python scripts/biasrec41c_probe.py [-v] [tune|untouched]
"""

from __future__ import annotations

from pathlib import Path

import biasdec38_probe  # the same scorer (scripts/ is on the path when a script runs)

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round41" / "biasrec41c.jsonl"

if __name__ == "__main__":
    biasdec38_probe.main(PROBE)
