"""Outside probe for round 29 (QU, letter g): answerable questions whose value is asked in other words or units,
and same-topic look-alikes whose asked detail is not on the pages.

39 questions written for this probe before any change (``scripts/qa_round29g_probe.tsv``), over the pages of
``shared/corpora/handbooks/docs`` (CivicActions, TTS/18F and GitLab public handbook pages; sources in its
``SOURCES.md``); none is taken from a question file or ``evals/``, and none repeats a round-27 or round-28 probe
row. Each opens with the asker's situation, as an employee asks, and names the page(s) checked for the asked detail
(a search of every page before the row was written). Classes:

* ``unit_paraphrase`` (3): answerable, the asked unit differs from the page's ("how many months" for a 90-day
  wait, "every two weeks" for a pay period). It passes when the answer holds every labelled fact.
* ``paraphrase`` (18): answerable, the asked thing in other words ("borrow in advance" for advanced sick leave,
  "allowance" for stipend, "roll over" for carry over, "hear back that it was received" for acknowledgement).
* ``other_thing`` (18): must abstain. The topic is on the pages but the asked detail is not: a cost cap, an
  extension, a COBRA duration, a severance, an overtime multiplier, a notice period in days where the page says
  "in advance", a repayment period. It passes when refused.

Rows: ``id<TAB>class<TAB>facts ("|"-joined; none: must abstain)<TAB>page checked<TAB>question``.

    PYTHONPATH=$PWD .venv/bin/python scripts/qa_round29g_probe.py [-v]

Prints passes per class and in all (``-v``: every row with its answer). The documents are indexed into a
temporary folder; the user's index is never touched.
"""

from __future__ import annotations

import sys
from pathlib import Path

import qa_probe_io  # the shared reading and running (scripts/ is on the path when a script runs)

TSV = Path(__file__).with_suffix(".tsv")

if __name__ == "__main__":
    sys.exit(qa_probe_io.main(TSV, "qa_round29g_shared"))
