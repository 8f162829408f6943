"""Outside probe for round 39 (QO, qaover39): a contact value asked by the word for its form ("What's the phone
number of ...", "What email address ...", "What's the website of ...") over a handbook not in our corpora.

The pages: Made Tech's handbook (github.com/madetech/handbook @ feab185), which carries no licence, so the pages are
**not** kept in this repository: copy ``guides/{policy/whistleblowing_policy,welfare/paid_counselling,it/Hardware,
compensation/salary_pay_slips,welfare/raising_an_issue,security/lost_or_stolen,mentorship/README,Relocation,
compensation/expenses,it/software_licenses}.md`` of that commit into a folder as ``madetech-<path with "/" and "_"
as "-", lower case, "/README" dropped>.md`` (e.g. ``madetech-policy-whistleblowing-policy.md``,
``madetech-mentorship.md``, ``madetech-it-hardware.md``) and pass it as ``--docs`` (default
``/tmp/qaover39_docs``). They are indexed on their own, as the Q&A suites index a set's pages, and the 30 questions
of ``evals/probes/round39/qaover39.jsonl`` (written, labelled and split by ``random.Random(20261207)`` before any
run) go through :func:`assistant.qa.answer` as the suites run them:

* ``class`` (18, ``answer``): the page states a value of the asked form (a telephone number, an e-mail address, a
  web address) for the thing asked; passes when answered, and counts those quoting the value;
* ``look-alike`` (12, ``abstain``): the pages give that thing another form only ("the phone number of the People
  team" where only an e-mail address stands), or no contact at all; passes on an abstention.

Rows of the ``tune`` half are printed (all with ``-v``, else the failures); the ``untouched`` half only counts.

    PYTHONPATH=$PWD .venv/bin/python scripts/qaover39_probe.py [--docs DIR] [-v]
"""

from __future__ import annotations

import sys
from pathlib import Path

from qa_probe_io import expect_rows_args, main_expect_rows  # scripts/ is on the path when a script runs

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round39" / "qaover39.jsonl"


def main(argv: list[str]) -> int:
    parsed = expect_rows_args(argv, __doc__, Path("/tmp/qaover39_docs"), PROBE)
    if parsed is None:
        return 0
    docs, rows, verbose = parsed
    return main_expect_rows(docs, rows, "qaover39_probe", verbose)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
