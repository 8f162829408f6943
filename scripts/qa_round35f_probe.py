"""Outside probe for round 35 (QF, letter f): answers that are lists.

28 questions written for this probe and labelled before anything ran on them
(``evals/probes/round35/qafacts35.jsonl``, a source per row), over list-bearing pages of the handbook corpora
(``shared/corpora/handbooks``: TTS/18F, GitLab; ``evals/handbooks2``: Osio Labs, Sourcegraph; ``evals/handbooks4``:
Foundation for Public Code, P2PU; ``evals/handbooks5``: FlowFuse, PostHog), each a verbatim copy of a public
handbook page. Classes (the row's tag):

* ``kinds`` (12): a question asking for the kinds or members of a set ("What kinds of events qualify ...?", "What
  documents should ... include?"): passes when the answer holds every labelled member.
* ``items`` (5): a question not worded as a list question whose answer is two or more items of one list.
* ``one-item`` (7): look-alikes answered by one sentence or one item of a list page: the fact must stay.
* ``abstain`` (4): list-shaped questions the pages do not answer: must stay refused.

    PYTHONPATH=$PWD .venv/bin/python scripts/qa_round35f_probe.py [-v]

Per class: answered, passed (answerable: answered with every fact; abstain: refused). The documents are indexed into
temporary folders; the user's index is never touched.
"""

from __future__ import annotations

import sys
from pathlib import Path

import qa_probe_io  # the shared probe runner (scripts/ is on the path when a script runs)

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round35" / "qafacts35.jsonl"

if __name__ == "__main__":
    sys.exit(qa_probe_io.main_jsonl(PROBE, "qa_round35f"))
