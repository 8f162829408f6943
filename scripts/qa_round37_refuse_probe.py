"""Outside probe for round 37 (QR3, qarefuse37): answerable questions worded unlike the page, at the relevance gate.

Four excerpts of public handbook pages not in our corpora (``evals/probes/round37/qarefuse37/docs``, the source in
each file: a salaried staff's half-day time-off policy, a sample non-travel reimbursement policy, a handbook's
travel expense-reporting section, a sample tuition-reimbursement policy) are indexed on their own, as the Q&A suites
index a set's pages, and 33 questions an employee would ask (``questions.jsonl``, written, labelled and split by a
seeded shuffle before any run) go through :func:`assistant.qa.answer` as the suites run them:

* ``answer`` (20): a sentence of a page states what is asked in other words ("sign-off" / "approval", "half-day" /
  "1/2 day", "get back" / "reimbursed", "overseas" / "international", "mark" / "grade"); passes when the Q&A answers,
  and counts the rows that also quote the expected fact;
* ``abstain`` (13): the pages hold only a near thing (the topic without the asked detail); passes on an abstention.

Rows of the ``tune`` half are printed (all with ``-v``, else the failures) with the check that refused them; rows of
the ``untouched`` half only count.

    PYTHONPATH=$PWD .venv/bin/python scripts/qa_round37_refuse_probe.py [-v]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from qa_probe_io import main_expect_rows  # scripts/ is on the path when a script runs

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round37" / "qarefuse37"


def main(argv: list[str]) -> int:
    rows = [json.loads(line) for line in (PROBE / "questions.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    return main_expect_rows(PROBE / "docs", rows, "qarefuse37_probe", "-v" in argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
