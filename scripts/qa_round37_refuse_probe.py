"""Outside probe for round 37 (QR3, qarefuse37): answerable questions worded unlike the page, at the relevance gate.

Four excerpts of public handbook pages not in our corpora (``evals/probes/round37/qarefuse37/docs``, the source in
each file: a salaried staff's half-day time-off policy, a sample non-travel reimbursement policy, a handbook's
travel expense-reporting section, a sample tuition-reimbursement policy) are indexed on their own, as the Q&A suites
index a set's pages, and 33 questions an employee would ask (``questions.jsonl``, written, labelled and split by a
seeded shuffle before any run) go through :func:`assistant.qa.answer` as the suites run them:

* ``answer`` (20): a sentence of a page states what is asked in other words ("sign-off" / "approval", "half-day" /
  "1/2 day", "get back" / "reimbursed", "overseas" / "international", "mark" / "grade"); passes when the Q&A answers,
  and counts the rows that also quote the expected fact;
* ``abstain`` (13): the pages hold only a near thing (the topic without the asked detail); passes on an abstention.

Rows of the ``tune`` half are printed (all with ``-v``, else the failures) with the check that refused them; rows of
the ``untouched`` half only count.

    PYTHONPATH=$PWD .venv/bin/python scripts/qa_round37_refuse_probe.py [-v]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round37" / "qarefuse37"


def main(argv: list[str]) -> int:
    from assistant.evaluation.policy import handbook_settings
    from assistant.qa import render
    from assistant.qa.answer import answer
    from assistant.settings import Settings

    local = handbook_settings(Settings(), PROBE / "docs", "qarefuse37_probe")
    rows = [json.loads(line) for line in (PROBE / "questions.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    seen: list = []
    original = render.abstention

    def spy(verdict):  # the final verdict of an abstention
        seen.append(verdict)
        return original(verdict)

    render.abstention = spy
    totals: dict[tuple[str, str], list[int]] = {}
    try:
        for row in rows:
            seen.clear()
            result = answer(row["question"], local)
            want = row["expect"] == "answer"
            text = result.answer.lower()
            facts = result.answered and all(f.lower() in text for f in row.get("facts") or [])
            passed = result.answered == want
            t = totals.setdefault((row["split"], row["expect"]), [0, 0, 0])
            t[0] += 1
            t[1] += passed
            t[2] += passed and (not want or facts)
            if row["split"] == "tune" and ("-v" in argv or not passed or (want and not facts)):
                reason = seen[-1].reason if seen and not result.answered else "answered"
                print(f"{row['id']} {row['expect']:7} {'pass' if passed else 'FAIL'} [{reason}]"
                      f"{'' if not want or not result.answered else ' facts=' + str(facts)} | {row['question']}"
                      f" -> {' '.join(result.answer.split())[:160]}")
    finally:
        render.abstention = original
    for (split, expect), (n, ok, with_facts) in sorted(totals.items(), reverse=True):
        extra = f", with the expected fact {with_facts}" if expect == "answer" else ""
        print(f"{split} {expect}: {n} rows, passed {ok}{extra}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
