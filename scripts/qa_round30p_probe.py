"""Outside probe for round 30 (QM, letter p): questions that ask two things, each part answered on its own.

35 questions written for this probe before any change (``scripts/qa_round30p_probe.tsv``), over the pages of
``shared/corpora/handbooks/docs`` (CivicActions, TTS/18F and GitLab public handbook pages; sources in its
``SOURCES.md``); none is taken from a question file or ``evals/``. Each names the page(s) checked for each asked
detail (the details the round-28h and round-29g probes checked, asked here in new words and in pairs). Classes:

* ``both`` (10): two parts, each with its own wh-word or asking verb, both answered on the pages. It passes when
  the answer holds the fact of each part.
* ``one`` (11): two parts, one answered and one whose detail the pages never give. It passes when the answer
  holds the answered part's fact and says which part the documents "do not cover".
* ``none`` (5): two parts, neither answered. It passes when refused.
* ``lookalike`` (6) and ``lookalike_abstain`` (3): one request whose "and"/"or" joins nouns or verbs inside it
  ("bereavement and funeral planning", "approves or denies", "maternity and paternity leave"); must be read as
  one question: answered with its fact(s), or refused when the pages do not give the detail.

Rows: ``id<TAB>class<TAB>facts ("|"-joined; none: must abstain)<TAB>page checked<TAB>question``.

    PYTHONPATH=$PWD .venv/bin/python scripts/qa_round30p_probe.py [-v]

Prints passes per class and in all (``-v``: every row with its answer). The documents are indexed into a
temporary folder; the user's index is never touched.
"""

from __future__ import annotations

import sys
from pathlib import Path

import qa_probe_io  # the shared reading and running (scripts/ is on the path when a script runs)

TSV = Path(__file__).with_suffix(".tsv")

if __name__ == "__main__":
    sys.exit(qa_probe_io.main(TSV, "qa_round30p_shared"))
