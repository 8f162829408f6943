"""Probe of round 37 (qagate37): a value asked by a wh-determiner phrase or by a superlative of paying
(evals/probes/round37/qagate37.jsonl, 33 outside sentences of payday, working-hours and reimbursement pages).

Each row pairs an outside question with one outside sentence; ``expect`` is ``not_answer`` when the sentence does not
give what the question asks for (``class`` rows: "On which day are bi-weekly employees paid?" against "Each paycheck
will include earnings for all work performed ..."), else ``answer`` (``look-alike`` rows: the same questions against
the sentence stating the day, the hours or the amount). Rows were labelled and split (``split``: ``tune`` /
``untouched``, seed 20261205) before any run. A row is read as the sufficiency check reads a lead unit: the clause's
answer type (``check.answer_type``), whether the sentence holds it (``check.holds``), and the referral test.

    PYTHONPATH=$PWD .venv/bin/python scripts/qa_round37_gate_probe.py [-v]
"""

from __future__ import annotations

import sys
from pathlib import Path

from qa_probe_io import main_sentence_pairs, read_lead_unit  # scripts/ is on the path when a script runs

PROBE = Path(__file__).resolve().parents[1] / "evals" / "probes" / "round37" / "qagate37.jsonl"


if __name__ == "__main__":
    sys.exit(main_sentence_pairs(PROBE, read_lead_unit, sys.argv[1:], show_untouched=True, label="split"))
