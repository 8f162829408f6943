"""Probe of round 38 (qaowner38): a date of the asked kind that is the deadline of another thing
(evals/probes/round38/qaowner38.jsonl, 20 deadline sentences quoted from outside HR pages, none in our corpora).

Each row pairs a when-question with one outside sentence; ``expect`` is ``not_answer`` when the sentence's date is the
deadline or date of another thing than the one the question asks about (``class``: "When are 1099-NEC forms due?"
against "Forms W-2 must also be furnished to employees on or before Jan. 31, 2024."), else ``answer`` (``look-alike``:
the same thing in the question's words). Forms: ``passive`` (the thing is the subject of a passive or "due"
predicate), ``active`` / ``imperative`` / ``copula`` (other constructions, kept to show what the method leaves).
Rows were labelled and split (``split``: tune / untouched, seed 20261205) and committed (4a08c28) before any run. A row
is read as the sufficiency check reads a lead unit: the clause's answer type, whether the sentence holds it
(``check.holds``) and whether its values all belong to another thing (``check.value_of_other``).

    PYTHONPATH=$PWD .venv/bin/python scripts/qaowner38_probe.py [-v]
"""

from __future__ import annotations

import sys
from pathlib import Path

from qa_probe_io import main_sentence_pairs  # scripts/ is on the path when a script runs

from assistant.qa.check import holds, value_of_other
from assistant.qa.focus import analyse

PROBE = Path(__file__).resolve().parents[1] / "evals" / "probes" / "round38" / "qaowner38.jsonl"


def read(item: dict) -> str:
    asked = analyse(item["question"])
    clause = asked.clauses[0]
    if not holds(clause.kind, item["sentence"], clause.text):
        return "not_answer"
    if value_of_other(item["sentence"], clause.text, clause.kind, asked.names):
        return "not_answer"
    return "answer"

if __name__ == "__main__":
    sys.exit(main_sentence_pairs(PROBE, read, sys.argv[1:]))
