"""Outside probe for round 37 (QF, qafacts37): a question about the asker's own act (may I, must I, how do I) answered
by the page's rule sentence in other words, over Sourcegraph handbook pages in none of the Q&A corpora.

37 questions written for this probe and labelled before anything ran on them
(``evals/probes/round37/qafacts37.jsonl``, a source per row), over 8 public handbook pages copied unchanged into
``evals/probes/round37/qafacts37_pages/docs`` (Sourcegraph handbook @ 5752928b213a, Apache-2.0). Classes (the row's
``class``): ``rule`` (the class: answered by a sentence stating what the asker may, must or should do), ``value``
(look-alikes: a value, a person or a list asked for), ``abstain`` (near-misses the pages do not answer: must stay
refused). Each row carries its ``half`` (``tune`` / ``untouched``), drawn by random.Random(3737) within each class
before any run.

    PYTHONPATH=$PWD:$PWD/scripts .venv/bin/python scripts/qa_round37_facts_probe.py [-v] [--untouched]

Per class and half: answered, passed (answerable: answered with every fact; abstain: refused). Misses are printed for
the tune half only unless ``--untouched`` is given (``-v``: every row). The pages are indexed into a temporary
folder; the user's index is never touched.
"""

from __future__ import annotations

import sys
from pathlib import Path

import qa_probe_io  # the shared probe runner (scripts/ is on the path when a script runs)

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round37" / "qafacts37.jsonl"

if __name__ == "__main__":
    sys.exit(qa_probe_io.main_classes(PROBE, "qa_round37_facts", ("rule", "value", "abstain")))
