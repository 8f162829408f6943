"""Outside probe for round 35 (QG, letter g): lead-time questions ("how far in advance ...", "how much notice ...")
the relevance gate refused although a sentence of the page states the lead time, and their look-alikes.

29 questions written for this probe and labelled before the change ran on them
(``evals/probes/round35/qagate35_lead_time.jsonl``, a source and the sentence checked per row), over public handbook
pages of other organisations than the tuning halves' refusals (Osio Labs and Sourcegraph pages of
``evals/handbooks2/docs``, Clef and Leaf pages of ``evals/handbooks3/docs``); none is taken from a question file.
Classes:

* ``lead_time`` (16): the page states the lead time ("at least four weeks notice", "1 month prior to the expected
  leave start date"); passes when answered with every fact.
* ``lead_time_abstain`` (10): a lead time for an event or thing the pages never give one for (a sabbatical at Leaf,
  jury duty at Osio Labs): passes when refused.
* ``lookalike`` (3): not a lead-time question (an entitlement, a length); with facts, passes when answered with
  them; without, passes when read as the base code reads it (compare the printed answers before and after).

    PYTHONPATH=$PWD .venv/bin/python scripts/qa_round35g_probe.py [-v]

Figures (main 3aaa907 -> branch qagate35) are in ``evals/probes/round35/README.md``. The documents are indexed into
temporary folders; the user's index is never touched.
"""

from __future__ import annotations

import sys
from pathlib import Path

import qa_probe_io  # the shared probe runner (scripts/ is on the path when a script runs)

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round35" / "qagate35_lead_time.jsonl"

if __name__ == "__main__":
    sys.exit(qa_probe_io.main_jsonl(PROBE, "qa_round35g"))
