"""Round 41 bias recall probe (biasrec41): a marital state said of the person (single, not married, engaged,
married, divorced) given as the grounds of a judgement or a decision about them ("since you're engaged, you're
probably more focused on your wedding", "was unsuccessful because he was single", "Faye's not married she'll do
it"); look-alikes are a marital state told with no judgement ("He is divorced and lives alone now"), 'engaged' and
'single' in other senses ("as she is fully engaged", "because you're single-threaded", "Now that she's engaged,
build the dream"). Real remarks and reports (forums, law-firm and equality-commission pages, singlism articles) and
sentences from public repositories, labelled and split (random.Random(4141), within biased/clean) before any run.

Rows in ``evals/probes/round41/biasrec41.jsonl`` (README: evals/probes/round41/README.biasrec41.md); halves
``tune`` (A) and ``untouched`` (B). A labelled term is found when a flag of its category overlaps it by position; a
look-alike is right with no flag. ``-v`` prints the misses and the flagged look-alikes.

    PYTHONPATH=$PWD python scripts/biasrec41_probe.py [-v] [tune|untouched]
"""

from __future__ import annotations

from pathlib import Path

import biasdec38_probe  # the same scorer (scripts/ is on the path when a script runs)

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round41" / "biasrec41.jsonl"

if __name__ == "__main__":
    biasdec38_probe.main(PROBE)
