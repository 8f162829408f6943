"""Score the round-41 FB harm probe (evals/probes/round41/fbharm41.jsonl): harm to others told without a mishap word.

``class`` rows (``constructive``) tell an act of someone and a loss, cost, delay or redoing it put on the writer or
others; ``lookalike`` rows (``positive``: no criticism of a person) tell the same redo, wait or cost caused by a
thing or by the writer, or as terms, an idiom or a remedy. Outside text (``source`` on each row), labelled before any
run and split into halves ``A`` (tuned on) and ``B`` (untouched) by ``random.Random(4164)`` within each role.

    PYTHONPATH=$PWD python scripts/fbharm41_probe.py [--rows] [--all-rows]
"""

from __future__ import annotations

import sys
from pathlib import Path

import feedback_polarity_probe_io  # the shared probe runner (scripts/ is on the path when a script runs)

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round41" / "fbharm41.jsonl"

if __name__ == "__main__":
    feedback_polarity_probe_io.half_role_polarity(PROBE, sys.argv[1:])
