"""Outside probe for round 36 (QF, qafacts36): fact inclusion on handbook pages in none of the Q&A corpora.

36 questions written for this probe and labelled before anything ran on them
(``evals/probes/round36/qafacts36.jsonl``, a source per row), over 7 public handbook pages copied unchanged into
``evals/probes/round36/qafacts36_pages/docs`` (Sourcegraph, Apache-2.0; Osio Labs, CC0-1.0; pages no corpus holds).
Classes (the row's ``class``): ``value`` (one value or fact), ``list`` (members of a list), ``yesno`` (a ruling),
``procedure`` (a step), ``abstain`` (near-misses the pages do not answer: must stay refused).

    PYTHONPATH=$PWD .venv/bin/python scripts/qa_round36_facts_probe.py [-v]

Per class: answered, passed (answerable: answered with every fact; abstain: refused). The pages are indexed into a
temporary folder; the user's index is never touched.
"""

from __future__ import annotations

import sys
from pathlib import Path

import qa_probe_io  # the shared probe runner (scripts/ is on the path when a script runs)

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round36" / "qafacts36.jsonl"

if __name__ == "__main__":
    sys.exit(qa_probe_io.main_jsonl(PROBE, "qa_round36_facts"))
