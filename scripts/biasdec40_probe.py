"""Round 40 bias recall probe (biasdec40): a characteristic or an age stated as the grounds of a judgement or a
decision about the person, in new surface forms: an age with a presumed inability ("too old to keep up with the
younger guys", "if Mr James was younger, it might be possible to train him"), children or a new baby as the grounds
of a decision ("passed over ... because she had small children at home"), a tie to the decider as the grounds of a
hire ("hired her daughter's boyfriend"); look-alikes are an age or a family stated with no judgement ("At 78, She
Embarks on an Unexpected Discipline", "hired Paul Kelly, 55, as a vice president"), a tie mentioned with no decision,
a decision for a stated work reason. Real remarks and reports (tribunal and court reports, EEOC coverage, law-firm
blogs, forums), labelled and split (random.Random(4040), within biased/clean) before any run.

Rows in ``evals/probes/round40/biasdec40.jsonl`` (README: evals/probes/round40/README.biasdec40.md). A labelled term
is found when a flag of its category overlaps it by position; a look-alike is right with no flag. ``-v`` prints the
misses and the flagged look-alikes.

    PYTHONPATH=$PWD python scripts/biasdec40_probe.py [-v] [tune|untouched]
"""

from __future__ import annotations

from pathlib import Path

import biasdec38_probe  # the same scorer (scripts/ is on the path when a script runs)

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round40" / "biasdec40.jsonl"

if __name__ == "__main__":
    biasdec38_probe.main(PROBE)
