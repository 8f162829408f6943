"""Outside probe for round 36 (QF2, qafacts36b): two-part questions whose later part refers back without a pronoun.

14 questions written for this probe and labelled before anything ran on them
(``evals/probes/round36/qafacts36b.jsonl``, a source per row), over public handbook pages in none of the Q&A corpora
(the pages qafacts36 copied unchanged into ``evals/probes/round36/qafacts36_pages/docs``: Sourcegraph, Apache-2.0;
Osio Labs, CC0-1.0). Classes (the row's ``class``): ``elliptical`` (the later part leans on the first part's topic:
"..., and how long until I get paid?", "..., and who approves it afterwards?"), ``own_words`` (each part names its own
thing), ``abstain`` (neither part answered by the pages: must stay refused).

    PYTHONPATH=$PWD:$PWD/scripts .venv/bin/python scripts/qa_round36_parts_probe.py [-v]

Per class: answered, passed (answerable: answered with every fact of both parts; abstain: refused). The pages are
indexed into a temporary folder; the user's index is never touched.
"""

from __future__ import annotations

import sys
from pathlib import Path

import qa_probe_io  # the shared probe runner (scripts/ is on the path when a script runs)

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round36" / "qafacts36b.jsonl"

if __name__ == "__main__":
    sys.exit(qa_probe_io.main_jsonl(PROBE, "qa_round36_parts"))
