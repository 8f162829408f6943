"""Score the round-41 FB probe (evals/probes/round41/fb41.jsonl): a thing judged bad in a judgement of the account.

Rows are outside text (sentences from public repositories found with ``find_string``; ``source`` on each row: the
file id and the phrase searched), labelled before any run and split into halves ``A`` (tuned on) and ``B``
(untouched) by ``random.Random(4143)`` within each role. ``class`` rows tell a judgement a party of the account
made of a thing ("judged the risk too high for this patient", "deemed it too risky"): no fault of theirs, so no
criticism (``positive``). ``lookalike`` rows use the same verbs where the judgement itself or the judged work is at
fault ("the loss adjuster ... assessed the damage as minor, offering a settlement ... far below the actual repair
costs", "The committee deemed his work 'unsatisfactory'"): ``constructive``.

    PYTHONPATH=$PWD python scripts/fb41_probe.py [--rows] [--all-rows]
"""

from __future__ import annotations

import sys
from pathlib import Path

import feedback_polarity_probe_io  # the shared probe runner (scripts/ is on the path when a script runs)

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round41" / "fb41.jsonl"

if __name__ == "__main__":
    feedback_polarity_probe_io.half_role_polarity(PROBE, sys.argv[1:])
