"""Probe of round 38 (qaabst38): a number of another dimension than the one the question asks for
(evals/probes/round38/qaabst38.jsonl, 28 sentences of the TTS Handbook, CC0 1.0, none in our corpora).

Each row pairs a question with one outside sentence; ``expect`` is ``not_answer`` when the sentence's numbers do not
measure what the question asks (``class`` rows: "How many approvals does an external speaking request need?" against
"Some approvals can take up to 3-6 weeks ..."; "How long do I have to set up two-factor authentication?" against "On
your first day at work you should configure ..."), else ``answer`` (``look-alike`` rows: a count of the asked things,
a count of time units when the question counts them, a length of time, "during your first two weeks", "within the
first week"). Rows were labelled and split (``split``: ``tune`` / ``untouched``, seed 20261205) and committed (71dbff6)
before any run. A row is read as the sufficiency check reads a lead unit: the clause's answer type
(``check.answer_type``), whether the sentence holds it (``check.holds``), and the referral test.

    PYTHONPATH=$PWD .venv/bin/python scripts/qaabst38_probe.py [-v]
"""

from __future__ import annotations

import sys
from pathlib import Path

from qa_probe_io import main_sentence_pairs, read_lead_unit  # scripts/ is on the path when a script runs

PROBE = Path(__file__).resolve().parents[1] / "evals" / "probes" / "round38" / "qaabst38.jsonl"


if __name__ == "__main__":
    sys.exit(main_sentence_pairs(PROBE, read_lead_unit, sys.argv[1:]))
