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

import argparse
import json
import sys
from pathlib import Path

from qa_probe_io import main_expect_rows  # scripts/ is on the path when a script runs

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round38" / "qaover38.jsonl"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=Path, default=Path("/tmp/qaover38/stakater"))
    parser.add_argument("--probe", type=Path, default=PROBE,
                        help="the question file (qaover38.jsonl; qaover38_names.jsonl: names written in another form)")
    parser.add_argument("-v", action="store_true", help="print every tune row, not only the failures")
    args = parser.parse_args(argv)
    if not args.docs.is_dir():
        print(f"{args.docs}: not found (see this script's docstring for the pages); probe skipped", file=sys.stderr)
        return 0
    rows = [json.loads(line) for line in args.probe.read_text(encoding="utf-8").splitlines() if line.strip()]
    return main_expect_rows(args.docs, rows, "qaover38_probe", args.v)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
