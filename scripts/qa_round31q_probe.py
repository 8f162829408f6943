"""Outside probe for round 31 (QF, letter q): answered policy questions whose quote misses the fact.

32 questions written for this probe before any change (``scripts/qa_round31q_probe.tsv``), over the pages of
``shared/corpora/handbooks/docs`` (TTS/18F and GitLab public handbook pages; sources in its ``SOURCES.md``);
none is taken from a question file or ``evals/``. Each row names the page and section checked. Classes, after
the reasons the tuning halves' missing facts group into:

* ``list`` (8): the fact is a list item (or an inline list after a lead-in colon) under a lead-in sentence
  that shares the question's topic.
* ``next`` (7): the fact is in the sentence after the one on the question's topic (a consequence, a
  "however" clause, a remark after a list).
* ``lookalike`` (12): questions on the same pages whose fact is in the topic sentence itself; they must
  keep their facts.
* ``abstain`` (4): a detail the pages never give, on the same pages; must be refused.

Rows: ``id<TAB>class<TAB>facts ("|"-joined; none: must abstain)<TAB>page checked<TAB>question``.

    PYTHONPATH=$PWD .venv/bin/python scripts/qa_round31q_probe.py [-v]

Prints passes per class and in all (``-v``: every row with its answer). The documents are indexed into a
temporary folder; the user's index is never touched.
"""

from __future__ import annotations

import sys
from pathlib import Path

import qa_probe_io  # the shared reading and running (scripts/ is on the path when a script runs)

TSV = Path(__file__).with_suffix(".tsv")

if __name__ == "__main__":
    sys.exit(qa_probe_io.main(TSV, "qa_round31q_shared"))
