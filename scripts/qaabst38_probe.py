"""Probe of round 38 (qaabst38): a number of another dimension than the one the question asks for
(evals/probes/round38/qaabst38.jsonl, 28 sentences of the TTS Handbook, CC0 1.0, none in our corpora).

Each row pairs a question with one outside sentence; ``expect`` is ``not_answer`` when the sentence's numbers do not
measure what the question asks (``class`` rows: "How many approvals does an external speaking request need?" against
"Some approvals can take up to 3-6 weeks ..."; "How long do I have to set up two-factor authentication?" against "On
your first day at work you should configure ..."), else ``answer`` (``look-alike`` rows: a count of the asked things,
a count of time units when the question counts them, a length of time, "during your first two weeks", "within the
first week"). Rows were labelled and split (``split``: ``tune`` / ``untouched``, seed 20261205) and committed (71dbff6)
before any run. A row is read as the sufficiency check reads a lead unit: the clause's answer type
(``check.answer_type``), whether the sentence holds it (``check.holds``), and the referral test.

    PYTHONPATH=$PWD .venv/bin/python scripts/qaabst38_probe.py [-v]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from assistant.qa.check import answer_type, asks_value, defers, holds

PROBE = Path(__file__).resolve().parents[1] / "evals" / "probes" / "round38" / "qaabst38.jsonl"


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
