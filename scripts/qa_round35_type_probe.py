"""Probe of question answer types (evals/probes/round35/qatype35.jsonl): each outside question's clauses read by
``check.answer_types`` and, for a quantity, ``check.quantity_kind``, against the expected reading.

    PYTHONPATH=$PWD .venv/bin/python scripts/qa_round35_type_probe.py
"""

from __future__ import annotations

import json
from pathlib import Path

from assistant.qa.check import answer_types, clauses, quantity_kind

PROBE = Path(__file__).resolve().parents[1] / "evals" / "probes" / "round35" / "qatype35.jsonl"


def main() -> None:
    tally: dict[str, list[int]] = {}
    for line in PROBE.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        question = item["question"]
        pairs = zip(clauses(question), answer_types(question), strict=True)
        got = [[kind, quantity_kind(clause) if kind == "quantity" else None] for clause, kind in pairs]
        counts = tally.setdefault(item["role"], [0, 0])
        counts[1] += 1
        if got == item["expect"]:
            counts[0] += 1
        else:
            print(f"  miss {item['id']}: {question!r} read {got}, expected {item['expect']}")
    for role, (passed, total) in tally.items():
        print(f"{role}: {passed}/{total}")
    print(f"all: {sum(p for p, _ in tally.values())}/{sum(t for _, t in tally.values())}")


if __name__ == "__main__":
    main()
