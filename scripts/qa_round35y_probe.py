"""Outside probe for round 35 (QY, letter y): yes/no questions answered by the sentence that rules.

20 questions written for this probe and labelled before anything ran on them
(``evals/probes/round35/qayesno35.jsonl``, a source per row), over pages of the handbook corpora (``evals/handbooks2``:
Osio Labs, Sourcegraph; ``evals/handbooks3``: Clef; ``evals/handbooks5``: FlowFuse, PostHog; ``evals/handbooks6``:
2i2c), each a verbatim copy of a public handbook page. Classes (the row's tag):

* ``deontic`` (9): the ruling sentence is a deontic adjective predicate ("only available to full-time employees",
  "it's ok to spend it later", "it's fine to send e-mails"): the answer must hold it.
* ``future`` (4): a sentence with a bare future "will" ("will be paid no less than ...") answers: the fact must stay.
* ``ruled`` (4): look-alikes whose answer is ruled by a modal or polarity ("should not be shared"): the fact must stay.
* ``abstain`` (3): yes/no questions of the same shape the pages do not answer: must stay refused.

    PYTHONPATH=$PWD .venv/bin/python scripts/qa_round35y_probe.py [-v]

Per class: answered, passed (answerable: answered with every fact; abstain: refused). The documents are indexed into
temporary folders; the user's index is never touched.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round35" / "qayesno35.jsonl"


def main() -> int:
    from assistant.evaluation.corpora import BY_NAME
    from assistant.evaluation.policy import handbook_settings
    from assistant.qa.answer import answer
    from assistant.settings import Settings

    verbose = "-v" in sys.argv[1:]
    rows = [json.loads(line) for line in PROBE.read_text(encoding="utf-8").splitlines() if line.strip()]
    tally: dict[str, list[int]] = {}
    for row in rows:
        docs = BY_NAME[row["corpus"]].docs
        if docs is None or not docs.is_dir():
            print(f"{row['corpus']} not found; row {row['id']} skipped", file=sys.stderr)
            continue
        result = answer(row["question"], handbook_settings(Settings(), docs, f"probe35y_{row['corpus']}"))
        text = result.answer.casefold()
        if row["expect"] == "abstain":
            passed = not result.answered
        else:
            passed = result.answered and all(f.casefold() in text for f in row["facts"])
        tag = row["tags"][0]
        counts = tally.setdefault(tag, [0, 0, 0])
        counts[0] += 1
        counts[1] += result.answered
        counts[2] += passed
        if verbose or not passed:
            print(f"  {'ok  ' if passed else 'MISS'} {row['id']} [{tag}] {row['question']}\n       "
                  f"{result.answer[:400]!r}")
    for tag, (n, answered, passed) in tally.items():
        print(f"{tag}: answered {answered}/{n}, passed {passed}/{n}")
    print(f"all: passed {sum(c[2] for c in tally.values())}/{sum(c[0] for c in tally.values())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
