"""Probe of answer sentences in forms the answer-type check must accept (evals/probes/round35/qatype35b.jsonl): each
outside question with a sentence of its page; ``expect`` says whether the sentence gives the kind of fact asked
(``check.holds`` on the question's answer type). Class items state the answer in words (severance as weeks of pay,
a percentage as "half" or "the entire cost", a portion as an amount); look-alikes state no answer of that kind.

    PYTHONPATH=$PWD .venv/bin/python scripts/qa_round35_holds_probe.py
"""

from __future__ import annotations

import json
from pathlib import Path

from assistant.qa.check import answer_type, holds

PROBE = Path(__file__).resolve().parents[1] / "evals" / "probes" / "round35" / "qatype35b.jsonl"


def main() -> None:
    tally: dict[str, list[int]] = {}
    for line in PROBE.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        question = item["question"]
        got = holds(answer_type(question), item["sentence"], question)
        counts = tally.setdefault(item["role"], [0, 0])
        counts[1] += 1
        if got == item["expect"]:
            counts[0] += 1
        else:
            print(f"  miss {item['id']}: {question!r} / {item['sentence'][:70]!r} held {got}, expected {item['expect']}")
    for role, (passed, total) in tally.items():
        print(f"{role}: {passed}/{total}")
    print(f"all: {sum(p for p, _ in tally.values())}/{sum(t for _, t in tally.values())}")


if __name__ == "__main__":
    main()
