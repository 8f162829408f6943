"""Outside probe for round 40 (QF, qafacts40): a conjecture ("Maybe ...", "Perhaps ...") on the thing asked sits near
the statement that answers it, over pages of three handbooks in none of the Q&A corpora (Treefrog's handbook,
Distancify's handbook, Tandem's guides).

22 questions written for this probe and labelled before anything ran on them (``evals/probes/round40/qafacts40.jsonl``,
a source URL per row; facts checked verbatim on the page, markup aside), classes ``conj`` (7: the fact is a statement
and a sentence opening with a content disjunct of doubt is on the same thing), ``hedged`` (1: the fact is in the
conjecture itself; it must stay quoted), ``plain`` (12 look-alikes: the fact is a statement with no conjecture on the
thing; their answers must stay as they are) and ``abstain`` (2 near-misses the pages do not answer). Each row carries
its ``half`` (``tune`` / ``untouched``), drawn by random.Random(4040) within each class before any run.

The pages are not in the repository (the three repositories carry no licence for them): copy each row's page from the
commit its ``source`` names into a folder, under the row's ``page`` name, and pass it with ``--docs``:

    git -C <mirror of Treefrog/Handbook> show 13235c0d0e53:Manual/MailService.md > DIR/treefrog-mail-service.md  # ...
    PYTHONPATH=$PWD:$PWD/scripts .venv/bin/python scripts/qafacts40_probe.py --docs DIR [-v] [--untouched]

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

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round40" / "qafacts40.jsonl"
CLASSES = ("conj", "hedged", "plain", "abstain")
# the second step's probe (room.py): 13 questions over two Made Tech handbook pages, split by random.Random(4041)
ROOM_PROBE = PROBE.with_name("qafacts40_room.jsonl")
ROOM_CLASSES = ("room", "item", "plain", "abstain")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=Path, required=True, help="folder with the probe's pages")
    parser.add_argument("-v", action="store_true", help="print every row")
    parser.add_argument("--untouched", action="store_true", help="print the untouched half's rows too")
    parser.add_argument("--room", action="store_true", help="the room step's probe (qafacts40_room.jsonl; its pages: "
                        "madetech/handbook @ feab1851a74e, benefits/taking_holiday.md and guides/compensation/expenses.md "
                        "as madetech-taking-holiday.md and madetech-expenses.md)")
    args = parser.parse_args(argv)
    if not args.docs.is_dir():
        print(f"{args.docs}: not a folder", file=sys.stderr)
        return 2

    from assistant.evaluation.policy import handbook_settings
    from assistant.qa.answer import answer
    from assistant.settings import Settings

    settings = handbook_settings(Settings(), args.docs, "qafacts40_pages")
    probe = ROOM_PROBE if args.room else PROBE
    rows = [json.loads(line) for line in probe.read_text(encoding="utf-8").splitlines() if line.strip()]
    return qa_probe_io.report_fact_rows(rows, lambda row: answer(row["question"], settings),
                                        ROOM_CLASSES if args.room else CLASSES, args.v,
                                        args.untouched, words=True, width=500)


if __name__ == "__main__":
    sys.exit(main())
