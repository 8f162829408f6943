"""Outside probe for round 39 (QI, qaover39b): an initialism the page writes ("OOO", "WFH") that the question spells
out, with or without a determiner inside ("out of *the* office", "working from *my* home").

Each row of ``evals/probes/round39/qaover39b.jsonl`` (written, labelled and split by ``random.Random(20261205)``,
stratified by kind, before any run) pairs a question with one short quoted sentence of an outside handbook page that
writes the initialism (URL in the row). The row is read the way :mod:`assistant.qa.features` reads a passage: the
question's runs of words give :func:`assistant.qa.focus.acronyms`, and the quote is expanded with
:func:`assistant.qa.focus.expand_acronyms`. A row is *linked* when the quote's initialism is expanded.

* ``class`` (``link``): the question spells out the initialism the page writes;
* ``look-alike`` (``no-link``): a run of the question's words has the initials only by chance (another meaning).

Tune rows are printed (all with ``-v``, else the failures); the ``untouched`` half only counts.

    PYTHONPATH=$PWD .venv/bin/python scripts/qaover39b_probe.py [-v]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round39" / "qaover39b.jsonl"


def linked(row: dict) -> bool:
    from assistant.qa.focus import acronyms, expand_acronyms

    table = acronyms(row["question"])
    expanded = expand_acronyms(row["quote"], table)
    return bool(re.search(rf"\b{row['initialism']}s? \(", expanded))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--probe", type=Path, default=PROBE)
    parser.add_argument("-v", action="store_true", help="print every tune row, not only the failures")
    args = parser.parse_args(argv)
    rows = [json.loads(line) for line in args.probe.read_text(encoding="utf-8").splitlines() if line.strip()]
    totals: dict[tuple[str, str, bool], list[int]] = {}
    for row in rows:
        got = linked(row)
        passed = got == (row["expect"] == "link")
        t = totals.setdefault((row["split"], row["kind"], row["determiner"]), [0, 0])
        t[0] += 1
        t[1] += passed
        if row["split"] == "tune" and (args.v or not passed):
            print(f"{row['id']} {'ok  ' if passed else 'FAIL'} {row['kind']:10} {row['initialism']:5} "
                  f"linked={got} {row['question']}")
    for (split, kind, det), (n, ok) in sorted(totals.items()):
        print(f"qaover39b_probe {split:9} {kind:10} {'determiner' if det else 'no determiner':13} {ok}/{n}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
