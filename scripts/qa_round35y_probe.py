"""Outside probe for round 35 (QY, letter y): yes/no questions answered by the sentence that rules.

20 questions written for this probe and labelled before anything ran on them
(``evals/probes/round35/qayesno35.jsonl``, a source per row), over pages of the handbook corpora (``evals/handbooks2``:
Osio Labs, Sourcegraph; ``evals/handbooks3``: Clef; ``evals/handbooks5``: FlowFuse, PostHog; ``evals/handbooks6``:
2i2c), each a verbatim copy of a public handbook page. Classes (the row's tag):

* ``deontic`` (9): the ruling sentence is a deontic adjective predicate ("only available to full-time employees",
  "it's ok to spend it later", "it's fine to send e-mails"): the answer must hold it.
* ``future`` (4): a sentence with a bare future "will" ("will be paid no less than ...") answers: the fact must stay.
* ``ruled`` (4): look-alikes whose answer is ruled by a modal or polarity ("should not be shared"): the fact must stay.
* ``abstain`` (3): yes/no questions of the same shape the pages do not answer: must stay refused.

    PYTHONPATH=$PWD .venv/bin/python scripts/qa_round35y_probe.py [-v]

Per class: answered, passed (answerable: answered with every fact; abstain: refused). The documents are indexed into
temporary folders; the user's index is never touched.
"""

from __future__ import annotations

import sys
from pathlib import Path

import qa_probe_io  # the shared probe runner (scripts/ is on the path when a script runs)

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round35" / "qayesno35.jsonl"

if __name__ == "__main__":
    sys.exit(qa_probe_io.main_jsonl(PROBE, "qa_round35y"))
