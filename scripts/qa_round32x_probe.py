"""Outside probe for round 32 (QX, letter x): retrieval of paraphrased questions, which share few words with
the page that answers them.

72 questions written for this probe before any change (``scripts/qa_round32x_probe.tsv``), each labelled first
with the page (and section) that answers it, over the pages of ``shared/corpora/handbooks/docs`` (TTS/18F,
CivicActions, GitLab; sources in its ``SOURCES.md``), ``evals/handbooks2/docs`` (Osio Labs, Sourcegraph) and
``evals/handbooks3/docs`` (Clef, Leaf) that their TUNING halves cite; none is taken from a question file.
Each row is asked over an index of its own corpus's pages, as the suites do. Classes:

* ``para`` (52): an employee's words, not the page's ("carrying the pager" for on-call, "give a kidney" for
  organ donation, "holiday" for vacation); passes when hybrid search puts the page in its top 3.
* ``lookalike`` (8): questions in the page's own words on the same sections; they must keep their hit.
* ``abstain`` (12): near-misses on the same corpora (a detail the pages never give, a benefit only the other
  organisation has); they must stay refused.

Figures (hit@3 per class; abstentions kept): main 7aee744: para 45/52 (answered 22, facts 12), lookalike 8/8,
abstain 10/12; qaretr32 (opening closed-class word before a name; lexical leg weighted by the query's idf share the
index vocabulary holds): para 46/52 (x49 found; answered and facts the same), lookalike 8/8, abstain 10/12, the same
rows. Left: x03 (kidney / organ donor), x06 (baby bonding / parental leave), x17 (gadget allowance / technology
stipend), x24 (switch team / transfer during underperformance), x31 (final pay / last paycheck), x38 (Tehran / Iran):
words the pages never use and the dense leg does not rank first either.

Rows: ``id<TAB>class<TAB>facts ("|"-joined; none: must abstain)<TAB><corpus>/<page> (section)<TAB>question``.

    PYTHONPATH=$PWD .venv/bin/python scripts/qa_round32x_probe.py [-v]

Prints hit@3, answered and facts per class and abstentions kept (``-v``: every row). The documents are indexed
into temporary folders; the user's index is never touched.
"""

from __future__ import annotations

import sys
from pathlib import Path

import qa_probe_io  # the shared reading and running (scripts/ is on the path when a script runs)

TSV = Path(__file__).with_suffix(".tsv")

if __name__ == "__main__":
    sys.exit(qa_probe_io.main_pages(TSV, "qa_round32x"))
