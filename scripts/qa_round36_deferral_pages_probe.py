"""End-to-end probe of the referral class over two public REG handbook pages of The Alan Turing Institute that are
in none of our corpora (evals/probes/round36/qaabstain36_docs/, CC BY 4.0): each question of
evals/probes/round36/qaabstain36_pages.jsonl is asked offline over an index of those pages built in a temporary
folder; a row passes when a must-abstain question is not answered, or an answerable one is answered with its facts.

    PYTHONPATH=$PWD .venv/bin/python scripts/qa_round36_deferral_pages_probe.py
"""

from __future__ import annotations

import importlib
import json
from pathlib import Path

from assistant.evaluation.policy import handbook_settings
from assistant.settings import Settings

ROUND = Path(__file__).resolve().parents[1] / "evals" / "probes" / "round36"
PROBE, DOCS = ROUND / "qaabstain36_pages.jsonl", ROUND / "qaabstain36_docs"

if __name__ == "__main__":
    answer = importlib.import_module("assistant.qa.answer").answer
    settings = handbook_settings(Settings(), DOCS, "qaabstain36_pages")
    counts: dict[str, list[int]] = {}
    for line in PROBE.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        got = answer(row["question"], settings)
        if row.get("abstain"):
            ok = not got.answered
        else:
            ok = got.answered and all(f.lower() in got.answer.lower() for f in row["facts"])
        tally = counts.setdefault(row["role"], [0, 0])
        tally[0] += ok
        tally[1] += 1
        if not ok:
            print(f"  miss {row['id']}: {row['question']!r} -> {got.answer[:160]!r}")
    for role, (passed, total) in counts.items():
        print(f"{role}: {passed}/{total}")
