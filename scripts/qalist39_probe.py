"""Outside probe for round 39 (QL, qalist39): the fact is a list item under a lead-in (a sentence ending in ":" or a
bold label line such as "**Information needed in the email:**") or in a list after a heading, over one page of the
GitLab handbook (contracts, background screenings, probation periods, outside activities; in none of the Q&A corpora).

24 questions written for this probe and labelled before anything ran on them (``evals/probes/round39/qalist39.jsonl``,
the page's URL per row; facts checked verbatim on the page), classes ``item`` (14: the class), ``prose`` (7
look-alikes: the fact is a paragraph sentence of the same page) and ``abstain`` (3 near-misses the page does not
answer). Each row carries its ``half`` (``tune`` / ``untouched``), drawn by random.Random(3939) within each class
before any run. Set ``b`` (``--set b``, ``qalist39b.jsonl``, 12 rows, same draw): the nilenso onboarding checklist
(github.com/nilenso/vyakaran @ 2ed99c1370f9, ``working-with-us/onboarding/onboarding-checklist.md``): phrase items
under bold label lines with no colon ("**Post Probation**", "* Add to vault (bitwarden)"), classes ``item`` (6: the
fact is the label or a sibling of the best item), ``plain`` (4: the item says it all) and ``abstain`` (2); written
and split after set ``a``'s first run showed that page has no phrase list under a label, before set ``b`` ran.

The pages are not committed: copy the sections the rows name of
``content/handbook/people-group/contracts-probation-periods.md`` (github.com/zalyoung/gitlab-handbook @ 0ae6af14cbfb,
a mirror of handbook.gitlab.com) into a folder and pass it with ``--docs``:

    PYTHONPATH=$PWD:$PWD/scripts .venv/bin/python scripts/qalist39_probe.py --docs DIR [-v] [--untouched]

Per half and class: answered, passed (answerable: answered with every fact; must-abstain: refused), and the words the
answers quote. Misses are printed for the tune half only unless ``--untouched`` is given (``-v``: every row). The
pages are indexed into a temporary folder; the user's index is never touched.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import qa_probe_io  # the shared probe runner (scripts/ is on the path when a script runs)

HERE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round39"
PROBES = {"a": HERE / "qalist39.jsonl", "b": HERE / "qalist39b.jsonl"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=Path, required=True, help="folder with the set's page")
    parser.add_argument("--set", choices=sorted(PROBES), default="a",
                        help="a: the GitLab page (qalist39.jsonl); b: the nilenso checklist (qalist39b.jsonl)")
    parser.add_argument("-v", action="store_true", help="print every row")
    parser.add_argument("--untouched", action="store_true", help="print the untouched half's rows too")
    args = parser.parse_args(argv)
    if not args.docs.is_dir():
        print(f"{args.docs}: not a folder", file=sys.stderr)
        return 2

    from assistant.evaluation.policy import handbook_settings
    from assistant.qa.answer import answer
    from assistant.settings import Settings

    settings = handbook_settings(Settings(), args.docs, f"qalist39_{args.set}")
    rows = [json.loads(line) for line in PROBES[args.set].read_text(encoding="utf-8").splitlines() if line.strip()]
    classes = tuple(dict.fromkeys(r["class"] for r in rows))
    return qa_probe_io.report_fact_rows(rows, lambda row: answer(row["question"], settings), classes, args.v,
                                        args.untouched, words=True, width=500)


if __name__ == "__main__":
    sys.exit(main())
