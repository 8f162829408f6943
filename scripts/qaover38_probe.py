"""Outside probe for round 38 (QO, qaover38): answerable questions refused ("not covered") over a handbook not in
our corpora, and the must-abstain near misses beside them.

The pages: Stakater's employee handbook (github.com/stakater/employee-handbook @ 6971202, ``content/``), which carries
no licence, so the pages are **not** kept in this repository: copy ``content/{handbook_sweden,travel_policy,
moonlighting,joining,salary-process,career-path-process,nda}.md`` of that commit into a folder as
``stakater-<page>.md`` and pass it as ``--docs`` (default ``/tmp/qaover38/stakater``). They are indexed on their own,
as the Q&A suites index a set's pages, and the 34 questions of ``evals/probes/round38/qaover38.jsonl`` (written,
labelled and split by a seeded shuffle before any run) go through :func:`assistant.qa.answer` as the suites run them:

* ``answer`` (22): a sentence of a page states what is asked, mostly in other words ("holiday" / "vacation days",
  "gym membership" / "training grant", "quit" / "termination of employment"); passes when the Q&A answers, and counts
  the rows that also quote the expected fact;
* ``abstain`` (12): the pages hold only a near thing (the topic without the asked detail); passes on an abstention.

``--probe evals/probes/round38/qaover38_names.jsonl`` (24 rows over the same pages, written, labelled and split before
any run of it): 14 ``class`` rows (``answer``) whose question writes a name in another form than the page (spelled
out where the page writes the initialism: "General Data Protection Regulation" / "GDPR"; the organisation's name
before a thing's own name: "Stakater Macbook"; a name followed by the pronoun "I": "the Travel Allowance I get"; two
controls as the page writes them) and 10 ``look-alike`` rows (``abstain``) whose name stands on no page in any form.

Rows of the ``tune`` half are printed (all with ``-v``, else the failures) with the check that refused them; rows of
the ``untouched`` half only count.

    PYTHONPATH=$PWD .venv/bin/python scripts/qaover38_probe.py [--docs DIR] [-v]
"""

from __future__ import annotations

import sys
from pathlib import Path

from qa_probe_io import expect_rows_args, main_expect_rows  # scripts/ is on the path when a script runs

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round38" / "qaover38.jsonl"


def main(argv: list[str]) -> int:
    parsed = expect_rows_args(argv, __doc__, Path("/tmp/qaover38/stakater"), PROBE,
                              probe_help="the question file (qaover38.jsonl; qaover38_names.jsonl: names written in"
                                         " another form)")
    if parsed is None:
        return 0
    docs, rows, verbose = parsed
    return main_expect_rows(docs, rows, "qaover38_probe", verbose)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
