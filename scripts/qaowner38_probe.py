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

import json
import sys
from pathlib import Path

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


def main(argv: list[str]) -> int:
    counts: dict[tuple[str, str], list[int]] = {}
    for line in PROBE.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        got = read(item)
        tally = counts.setdefault((item["split"], item["role"]), [0, 0])
        tally[1] += 1
        tally[0] += got == item["expect"]
        # rows of the untouched half are counted, never printed
        if item["split"] == "tune" and (got != item["expect"] or "-v" in argv):
            print(f"  {'ok  ' if got == item['expect'] else 'miss'} {item['id']} [{item['form']}] "
                  f"{item['question']!r} / {item['sentence'][:70]!r}: read {got}, expected {item['expect']}")
    for split in ("tune", "untouched"):
        parts = [f"{role} {p}/{t}" for (s, role), (p, t) in sorted(counts.items()) if s == split]
        passed = sum(p for (s, _), (p, _t) in counts.items() if s == split)
        total = sum(t for (s, _), (_p, t) in counts.items() if s == split)
        print(f"{split}: {', '.join(parts)}; all {passed}/{total}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
