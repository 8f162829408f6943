"""Outside probe for round 37 (QF2, qafacts37b): a question whose answer is a list item, a table row or a
definition-list entry (a bold label and its text), over Sourcegraph handbook pages in none of the Q&A corpora.

33 questions written for this probe and labelled before anything ran on them
(``evals/probes/round37/qafacts37b.jsonl``, a source per row), over 4 public handbook pages copied unchanged into
``evals/probes/round37/qafacts37b_pages/docs`` (Sourcegraph handbook @ 5752928b213a, Apache-2.0). Classes (the row's
``class``): ``item`` (the class: the fact is in a list item, a table row or a label's entry), ``prose`` (look-alikes:
the fact is in a paragraph sentence of the same pages), ``abstain`` (near-misses the pages do not answer: must stay
refused). Each row carries its ``half`` (``tune`` / ``untouched``), drawn by random.Random(3738) within each class
before any run.

    PYTHONPATH=$PWD:$PWD/scripts .venv/bin/python scripts/qa_round37b_list_probe.py [-v] [--untouched]

Per class and half: answered, passed (answerable: answered with every fact; abstain: refused). Misses are printed for
the tune half only unless ``--untouched`` is given (``-v``: every row). The pages are indexed into a temporary
folder; the user's index is never touched.
"""

from __future__ import annotations

import sys
from pathlib import Path

import qa_probe_io  # the shared probe runner (scripts/ is on the path when a script runs)

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round37" / "qafacts37b.jsonl"

if __name__ == "__main__":
    sys.exit(qa_probe_io.main_classes(PROBE, "qa_round37b_list", ("item", "prose", "abstain")))
