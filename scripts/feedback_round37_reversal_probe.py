"""Score the round-37 FB3 probe (evals/probes/round37/fb37c_reversal.jsonl): criticism told as a reversal by others.

Rows are verbatim (a few trimmed to their sentences) accounts, reviews and notes from public text (``source`` on each
row). ``class`` rows tell a fault through what another party then undid or reclaimed: sent it back, asked for the
money back, wanted a refund, cancelled the order, complained: criticism (``constructive``; ``mixed`` where the row
also praises). ``lookalike`` rows use the same verbs and particles with no cost ("came back to order", "sent back a
thank-you", "renewed their contract", "keep coming back", an offer declined and the feedback upgraded): ``positive``.
Labelled before any run and split into halves ``A`` (tuned on) and ``B`` (untouched) by ``random.Random(3739)``
within each role.

``--rows`` lists half A's rows (half B's only with ``--all-rows``, for the report after the change).

    PYTHONPATH=$PWD python scripts/feedback_round37_reversal_probe.py [--rows] [--all-rows]
"""

from __future__ import annotations

import sys
from pathlib import Path

import feedback_polarity_probe_io  # the shared probe runner (scripts/ is on the path when a script runs)

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round37" / "fb37c_reversal.jsonl"


def main() -> None:
    feedback_polarity_probe_io.half_role_polarity(PROBE, sys.argv)

if __name__ == "__main__":
    main()
