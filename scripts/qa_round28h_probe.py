"""Outside probe for round 28 (QU, letter h): answerable paraphrases refused, and same-topic look-alikes.

46 questions written for this probe before any change (``scripts/qa_round28h_probe.tsv``), over the pages of
``shared/corpora/handbooks/docs`` (CivicActions, TTS/18F and GitLab public handbook pages; sources in its
``SOURCES.md``); none is taken from a question file or ``evals/``, and none repeats a round-27 probe row. 44 of
them open with the asker's situation, as an employee asks. Each row names the page(s) checked for the asked
detail (a search of every page before the row was written). Classes:

* ``paraphrase`` (24): answerable, the asked thing in other words than the page's: a colloquial "time away",
  "unpaid time off" or "vacation balance" for the page's leave, a law's name for a leave ("Family and Medical
  Leave Act"), "tell ahead" or "how fast" for notice or a response time, "top up" for supplement, "walking off the
  job" for job abandonment, and yes/no questions about a permission the page states as a rule ("Am I allowed to
  take a second job", "Can I split my parental leave", "Will I get cash for unused sick days"). It passes when the
  answer holds every labelled fact.
* ``other_thing`` (22): must abstain. The topic is on the pages but the asked detail is not: a notice period at
  an organisation whose pages have none, parental leave at one that has none, a number of bereavement days where
  the page only names bereavement, a raise percentage, an accrual rate for part-time staff, a PIP length, an
  advanced annual leave cap. It passes when refused.

Rows: ``id<TAB>class<TAB>facts ("|"-joined; none: must abstain)<TAB>page checked<TAB>question``.

    PYTHONPATH=$PWD .venv/bin/python scripts/qa_round28h_probe.py [-v]

Prints passes per class and in all (``-v``: every row with its answer). The documents are indexed into a
temporary folder; the user's index is never touched.
"""

from __future__ import annotations

import sys
from pathlib import Path

import qa_probe_io  # the shared reading and running (scripts/ is on the path when a script runs)

TSV = Path(__file__).with_suffix(".tsv")

if __name__ == "__main__":
    sys.exit(qa_probe_io.main(TSV, "qa_round28h_shared"))
