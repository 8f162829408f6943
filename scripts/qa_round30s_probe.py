"""Outside probe for round 30 (QS, letter s): two-part questions whose parts are both covered, each part to be
quoted by its own sentence, not by one on the shared topic or on the other part's thing.

20 questions written for this probe before any change (``scripts/qa_round30s_probe.tsv``), over the pages of
``shared/corpora/handbooks/docs`` (CivicActions, TTS/18F public handbook pages; sources in its ``SOURCES.md``);
none is taken from a question file or ``evals/``. Each row names the page and section checked for each fact.
Classes:

* ``both`` (8): two parts, both answered on the pages, where the page's sentences share the question's topic
  (the on-call stipend's payment and response time; an accommodation request's acknowledgement and decision).
  It passes when the answer holds the fact of each part.
* ``lookalike`` (10): one-part questions on the same sentences, and two-part questions main already answers;
  they must keep their facts.
* ``lookalike_abstain`` (2): a detail the pages never give, on the same pages; must be refused.

Rows: ``id<TAB>class<TAB>facts ("|"-joined; none: must abstain)<TAB>page checked<TAB>question``.

    PYTHONPATH=$PWD .venv/bin/python scripts/qa_round30s_probe.py [-v]

Prints passes per class and in all (``-v``: every row with its answer). The documents are indexed into a
temporary folder; the user's index is never touched.
"""

from __future__ import annotations

import sys
from pathlib import Path

import qa_probe_io  # the shared reading and running (scripts/ is on the path when a script runs)

TSV = Path(__file__).with_suffix(".tsv")

if __name__ == "__main__":
    sys.exit(qa_probe_io.main(TSV, "qa_round30s_shared"))
