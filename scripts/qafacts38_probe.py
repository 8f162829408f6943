"""Outside probe for round 38 (QF, qafacts38): a two-part question ("..., and ...?") whose quotes must hold the fact of
each part, over Sourcegraph handbook pages in none of the Q&A corpora.

22 questions written for this probe and labelled before anything ran on them (``evals/probes/round38/qafacts38.jsonl``,
a source per row; one fact per part, checked verbatim on the page), over 5 public handbook pages committed in round 37
(``evals/probes/round37/qafacts37_pages/docs``, Sourcegraph handbook @ 5752928b213a, Apache-2.0). Each row carries its
``half`` (``tune`` / ``untouched``), drawn by random.Random(3838) before any run.

    PYTHONPATH=$PWD:$PWD/scripts .venv/bin/python scripts/qafacts38_probe.py [-v] [--untouched]

Per half: answered, passed (answered with every fact). Misses are printed for the tune half only unless
``--untouched`` is given (``-v``: every row). The pages are indexed into a temporary folder; the user's index is never
touched.
"""

from __future__ import annotations

import sys
from pathlib import Path

import qa_probe_io  # the shared probe runner (scripts/ is on the path when a script runs)

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round38" / "qafacts38.jsonl"

if __name__ == "__main__":
    sys.exit(qa_probe_io.main_classes(PROBE, "qafacts38", ("parts",)))
