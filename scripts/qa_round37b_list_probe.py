"""Outside probe for round 37 (QF2, qafacts37b): a question whose answer is a list item, a table row or a
definition-list entry (a bold label and its text), over Sourcegraph handbook pages in none of the Q&A corpora.

33 questions written for this probe and labelled before anything ran on them
(``evals/probes/round37/qafacts37b.jsonl``, a source per row), over 4 public handbook pages copied unchanged into
``evals/probes/round37/qafacts37b_pages/docs`` (Sourcegraph handbook @ 5752928b213a, Apache-2.0). Classes (the row's
``class``): ``item`` (the class: the fact is in a list item, a table row or a label's entry), ``prose`` (look-alikes:
the fact is in a paragraph sentence of the same pages), ``abstain`` (near-misses the pages do not answer: must stay
refused). Each row carries its ``half`` (``tune`` / ``untouched``), drawn by random.Random(3738) within each class
before any run.

    PYTHONPATH=$PWD:$PWD/scripts .venv/bin/python scripts/qa_round37b_list_probe.py [-v] [--untouched]

Per class and half: answered, passed (answerable: answered with every fact; abstain: refused). Misses are printed for
the tune half only unless ``--untouched`` is given (``-v``: every row). The pages are indexed into a temporary
folder; the user's index is never touched.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import qa_probe_io  # the shared probe runner (scripts/ is on the path when a script runs)

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round37" / "qafacts37b.jsonl"


def main() -> int:
    from assistant.evaluation.policy import handbook_settings
    from assistant.qa.answer import answer
    from assistant.settings import Settings

    verbose = "-v" in sys.argv[1:]
    untouched = "--untouched" in sys.argv[1:]
    results = []
    for row in (json.loads(line) for line in PROBE.read_text(encoding="utf-8").splitlines() if line.strip()):
        docs = qa_probe_io.jsonl_docs(row)
        result = answer(row["question"], handbook_settings(Settings(), docs, "qa_round37b_list"))
        text = result.answer.casefold()
        passed = (result.answered and all(f.casefold() in text for f in row["facts"])) if row["facts"] \
            else not result.answered
        results.append({**row, "answered": result.answered, "passed": passed, "answer": result.answer})
    for half in ("tune", "untouched"):
        for kind in ("item", "prose", "abstain"):
            group = [r for r in results if r["class"] == kind and r["half"] == half]
            print(f"{half} {kind}: answered {sum(r['answered'] for r in group)}/{len(group)}, "
                  f"passed {sum(r['passed'] for r in group)}/{len(group)}")
        group = [r for r in results if r["half"] == half]
        print(f"{half} all: passed {sum(r['passed'] for r in group)}/{len(group)}")
    for r in results:
        if (verbose or not r["passed"]) and (r["half"] == "tune" or untouched):
            mark = "ok  " if r["passed"] else "MISS"
            print(f"  {mark} {r['id']} [{r['class']}/{r['half']}] {r['question']}\n       {r['answer'][:400]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
