"""Outside probe for round 39 (QF, qafacts39): the fact sits in a sentence tied to the sentence before it ("It cannot
be taken in instalments.", "This applies to both ...", "For example, ..."), over the Stakater employee handbook (a
handbook in none of the Q&A corpora).

25 questions written for this probe and labelled before anything ran on them
(``evals/probes/round39/qafacts39.jsonl``, a source URL per row; facts checked verbatim on the page), classes ``tie``
(13: the class), ``plain`` (10 look-alikes: the fact is a sentence or item with no tie) and ``abstain`` (2 near-misses
the pages do not answer). Each row carries its ``half`` (``tune`` / ``untouched``), drawn by random.Random(3939) within
each class before any run.

The pages are not in the repository (stakater/employee-handbook has no licence): copy the Markdown files of its
``content/`` folder (commit 6971202e71e2) into a folder and pass it with ``--docs``:

    git -C <mirror> show 6971202e71e2:content/handbook_sweden.md > DIR/handbook_sweden.md   # ... each page
    PYTHONPATH=$PWD:$PWD/scripts .venv/bin/python scripts/qafacts39_probe.py --docs DIR [-v] [--untouched]

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

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round39" / "qafacts39.jsonl"
CLASSES = ("tie", "plain", "abstain")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=Path, required=True, help="folder with the Stakater handbook's pages")
    parser.add_argument("-v", action="store_true", help="print every row")
    parser.add_argument("--untouched", action="store_true", help="print the untouched half's rows too")
    args = parser.parse_args(argv)
    if not args.docs.is_dir():
        print(f"{args.docs}: not a folder", file=sys.stderr)
        return 2

    from assistant.evaluation.policy import handbook_settings
    from assistant.qa.answer import answer
    from assistant.settings import Settings

    settings = handbook_settings(Settings(), args.docs, "qafacts39_stakater")
    rows = [json.loads(line) for line in PROBE.read_text(encoding="utf-8").splitlines() if line.strip()]
    return qa_probe_io.report_fact_rows(rows, lambda row: answer(row["question"], settings), CLASSES, args.v,
                                        args.untouched, words=True, width=500)


if __name__ == "__main__":
    sys.exit(main())
