"""Sentence-level probe of the value-of-another-thing class (round 36, QV qavalue36): each row of
evals/probes/round36/qavalue36.jsonl reads an outside sentence against a value question; the sentence answers when
it holds the asked answer type (``check.holds``) and, after the change, not every value of the asked kind in it
belongs to another noun than the asked thing (``check.value_of_other``, read with the question's names as the pipeline reads them). ``--before`` leaves the second test out.

    PYTHONPATH=$PWD .venv/bin/python scripts/qa_round36_value_probe.py [--before]
"""

from __future__ import annotations

import sys
from pathlib import Path

from qa_round35_type_probe import tally  # the shared per-role tally

from assistant.qa.check import holds, value_of_other
from assistant.qa.focus import analyse

PROBE = Path(__file__).resolve().parents[1] / "evals" / "probes" / "round36" / "qavalue36.jsonl"


def read(row: dict, before: bool = False) -> str:
    """``answer`` when the sentence answers the row's question, else ``not_answer``."""
    asked = analyse(row["question"])
    clause, kind = asked.clauses[0].text, asked.clauses[0].kind
    answers = holds(kind, row["sentence"], row["question"]) and (
        before or not value_of_other(row["sentence"], clause, kind, asked.names))
    return "answer" if answers else "not_answer"


if __name__ == "__main__":
    before = "--before" in sys.argv
    tally(PROBE, lambda row: read(row, before), lambda row: f"({row['role']}) {row['question']!r}")
