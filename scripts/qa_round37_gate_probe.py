"""Probe of round 37 (qagate37): a value asked by a wh-determiner phrase or by a superlative of paying
(evals/probes/round37/qagate37.jsonl, 33 outside sentences of payday, working-hours and reimbursement pages).

Each row pairs an outside question with one outside sentence; ``expect`` is ``not_answer`` when the sentence does not
give what the question asks for (``class`` rows: "On which day are bi-weekly employees paid?" against "Each paycheck
will include earnings for all work performed ..."), else ``answer`` (``look-alike`` rows: the same questions against
the sentence stating the day, the hours or the amount). Rows were labelled and split (``split``: ``tune`` /
``untouched``, seed 20261205) before any run. A row is read as the sufficiency check reads a lead unit: the clause's
answer type (``check.answer_type``), whether the sentence holds it (``check.holds``), and the referral test.

    PYTHONPATH=$PWD .venv/bin/python scripts/qa_round37_gate_probe.py [-v]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from assistant.qa.check import answer_type, asks_value, defers, holds

PROBE = Path(__file__).resolve().parents[1] / "evals" / "probes" / "round37" / "qagate37.jsonl"


def read(item: dict) -> str:
    question, sentence = item["question"], item["sentence"]
    kind = answer_type(question)
    if not holds(kind, sentence, question):
        return "not_answer"
    if asks_value(question, kind) and defers(sentence):
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
        if got != item["expect"] or "-v" in argv:
            print(f"  {'ok  ' if got == item['expect'] else 'miss'} {item['id']} [{item['split']}] "
                  f"{item['question']!r} / {item['sentence'][:70]!r}: read {got}, expected {item['expect']}")
    for split in ("tune", "untouched"):
        parts = [f"{role} {p}/{t}" for (s, role), (p, t) in sorted(counts.items()) if s == split]
        passed = sum(p for (s, _), (p, _t) in counts.items() if s == split)
        total = sum(t for (s, _), (_p, t) in counts.items() if s == split)
        print(f"{split}: {', '.join(parts)}; all {passed}/{total}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
