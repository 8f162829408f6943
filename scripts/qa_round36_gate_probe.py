"""Outside probe for round 36 (QG2, qagate36): the relevance gate on questions worded unlike the page.

Five excerpts of public handbook pages not in our corpora (``evals/probes/round36/qagate36/docs``, the source in
each file: a sample gifts policy, a university jury-duty rule, a college's death-in-the-family table, a sample
return-of-property policy, a home-office reimbursement template) are indexed on their own, as the Q&A suites index a
set's pages, and 30 questions an employee would ask (``questions.jsonl``, labelled before any run) go through
:func:`assistant.qa.answer` as the suites run them:

* ``answer`` (19): a sentence of a page states what is asked, in words that differ from the question's ("present"
  for "gift", "sit on a jury" for "jury service", "mum passes away" for "death of ... parent"); passes when the Q&A
  answers and quotes the expected fact;
* ``abstain`` (11): the pages hold only a near thing (a sibling leave, the topic without the asked detail); passes
  when the Q&A abstains.

    PYTHONPATH=$PWD .venv/bin/python scripts/qa_round36_gate_probe.py [-v]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round36" / "qagate36"


def main(argv: list[str]) -> int:
    from assistant.evaluation.policy import handbook_settings
    from assistant.qa.answer import answer
    from assistant.settings import Settings

    local = handbook_settings(Settings(), PROBE / "docs", "qagate36_probe")
    rows = [json.loads(line) for line in (PROBE / "questions.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    totals: dict[str, list[int]] = {}
    for row in rows:
        result = answer(row["question"], local)
        want = row["expect"] == "answer"
        text = result.answer.lower()
        facts = all(f.lower() in text for f in row.get("facts") or [])
        passed = result.answered == want
        t = totals.setdefault(row["expect"], [0, 0, 0])
        t[0] += 1
        t[1] += passed
        t[2] += passed and (not want or facts)
        if "-v" in argv or not passed:
            print(f"{row['id']} {row['expect']:7} {'pass' if passed else 'FAIL'}"
                  f"{'' if not want or not result.answered else ' facts=' + str(facts)} | {row['question']}"
                  f" -> {' '.join(result.answer.split())[:160]}")
    for expect, (n, ok, with_facts) in totals.items():
        extra = f", with the expected fact {with_facts}" if expect == "answer" else ""
        print(f"{expect}: {n} rows, passed {ok}{extra}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
