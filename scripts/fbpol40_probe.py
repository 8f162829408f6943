"""Score the round-40 FB polarity probe (evals/probes/round40/fbpol40.jsonl): harm told as a plain account.

Rows are short quoted remarks from public feedback guides (SBI / STAR examples; ``source`` on each row: URL and
title). ``class`` rows tell an occasion, the act and its harm to a third party or the work (``constructive``);
``lookalike`` rows tell an occasion and a good effect, or a harm the person then met (``positive``). Labelled before
any run and split into halves ``A`` (tuned on) and ``B`` (untouched) by ``random.Random(4040)`` within each role.

    PYTHONPATH=$PWD python scripts/fbpol40_probe.py [--rows] [--all-rows]
"""

from __future__ import annotations

import sys
from pathlib import Path

import feedback_polarity_probe_io  # the shared probe runner (scripts/ is on the path when a script runs)

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round40" / "fbpol40.jsonl"

if __name__ == "__main__":
    feedback_polarity_probe_io.half_role_polarity(PROBE, sys.argv[1:])
