"""Probe of question answer types (evals/probes/round35/qatype35.jsonl): each outside question's clauses read by
``check.answer_types`` and, for a quantity, ``check.quantity_kind``, against the expected reading.

    PYTHONPATH=$PWD .venv/bin/python scripts/qa_round35_type_probe.py
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from assistant.qa.check import answer_types, clauses, quantity_kind

PROBE = Path(__file__).resolve().parents[1] / "evals" / "probes" / "round35" / "qatype35.jsonl"


def tally(probe: Path, read: Callable[[dict], object], shown: Callable[[dict], str]) -> None:
    """Per ``role`` of the probe's rows, how many ``read(row)`` give the row's ``expect``; the misses printed with
    ``shown(row)``."""
    counts: dict[str, list[int]] = {}
    for line in probe.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        got = read(item)
        role = counts.setdefault(item["role"], [0, 0])
        role[1] += 1
        if got == item["expect"]:
            role[0] += 1
        else:
            print(f"  miss {item['id']}: {shown(item)} read {got}, expected {item['expect']}")
    for role, (passed, total) in counts.items():
        print(f"{role}: {passed}/{total}")
    print(f"all: {sum(p for p, _ in counts.values())}/{sum(t for _, t in counts.values())}")


def reading(item: dict) -> list[list]:
    """Each clause's answer type, with its quantity kind for a quantity."""
    pairs = zip(clauses(item["question"]), answer_types(item["question"]), strict=True)
    return [[kind, quantity_kind(clause) if kind == "quantity" else None] for clause, kind in pairs]


if __name__ == "__main__":
    tally(PROBE, reading, lambda item: repr(item["question"]))
