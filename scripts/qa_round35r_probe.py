"""Outside probe for round 35 (QR, letter r): yes/no benefit questions whose paying verb takes an object followed by
an adjunct ("Will X pay *my hotel* for a conference talk?", "Does X pay *overtime* for team retreats?"), and their
look-alikes.

28 questions written for this probe and labelled before the change ran on them
(``evals/probes/round35/qarefuse35_benefit_object.jsonl``, a source and the sentence checked per row), over public
handbook pages of other organisations than the tuning halves' refusals (Osio Labs and Sourcegraph pages of
``evals/handbooks2/docs``, Clef and Leaf pages of ``evals/handbooks3/docs``, CivicActions pages of
``shared/corpora/handbooks/docs``); none is taken from a question file. Classes:

* ``object_adjunct`` (13): the page names the object (the thing asked about); passes when answered with every fact.
* ``object_adjunct_abstain`` (7): the object is a thing the pages never give, while the adjunct's words stand on
  them (team retreats, teammate gatherings, business travel): passes when refused.
* ``lookalike`` (8): no object before the preposition ("pay *for* my laptop repairs"), people or a value word as
  the object ("reimburse *employees* for ...", "the full *cost* of ..."), two objects joined ("the flights and
  hotel"): the words after the preposition name the thing, read as before the change.

    PYTHONPATH=$PWD .venv/bin/python scripts/qa_round35r_probe.py [-v]

Figures (main 5a711c1 -> branch qarefuse35) are in ``evals/probes/round35/README.md``. The documents are indexed into
temporary folders; the user's index is never touched.
"""

from __future__ import annotations

import sys
from pathlib import Path

import qa_probe_io  # the shared probe runner (scripts/ is on the path when a script runs)

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round35" / "qarefuse35_benefit_object.jsonl"

if __name__ == "__main__":
    sys.exit(qa_probe_io.main_jsonl(PROBE, "qa_round35r"))
