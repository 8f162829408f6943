"""Outside probe for round 36 (QR, qarefuse36): the asked thing named by the handbook in other words.

The largest class of tuning over-refusals is the answer's check that the quote names the thing asked about
(``Verdict.reason == "focus"`` after :func:`assistant.qa.check.missing_thing`): the question says "trial period",
"marks", "ticket", the page "probationary period", "rated", "flights". The probe pairs 36 questions an employee
would ask with one sentence (and its heading) of a public handbook or policy page that is not in our corpora
(``evals/probes/round36/qarefuse36_thing_words.jsonl``, source per row, labelled before any run):

* ``answer`` (24): the sentence states what the question asks about, in other words (a synonym, a kind, a
  paraphrase) or the same ones; passes when the thing check finds the asked thing named;
* ``abstain`` (12): the sentence names another thing (bereavement leave for sabbatical leave, a phone stipend for
  home internet, taxis for a rental car); passes when the check finds the thing missing.

Each row is read as :func:`assistant.qa.answer.decide` reads a lead unit: the asked thing of the question's first
asking clause (:func:`assistant.qa.check.thing_parts`), the stems the unit's text lacks
(:func:`assistant.qa.check.missing_thing`), the embedder's paraphrase reading (:func:`assistant.qa.check.paraphrased`),
and, after this branch, the WordNet reading (:func:`assistant.qa.check.kind_named`). "before" is the reading without
the last step (the code of main b28d84b), "after" with it.

    PYTHONPATH=$PWD .venv/bin/python scripts/qa_round36_thing_words_probe.py [-v]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round36" / "qarefuse36_thing_words.jsonl"


def readings(row: dict, similarity) -> tuple[bool, bool, list[str]]:
    """(covered before, covered after, the absent words) for one probe row."""
    from assistant.qa.check import asked_thing, kind_named, missing_thing, paraphrased, thing_parts
    from assistant.qa.focus import analyse

    asked = analyse(row["question"])
    clause = asked.clauses[0].text if asked.clauses else row["question"]
    head, modifiers = thing_parts(clause, asked.names)
    thing = head | modifiers
    if not thing:
        return True, True, []
    text = f"{row['heading']}\n{row['sentence']}"
    words = asked_thing(clause, asked.names)
    absent = missing_thing(thing, text, modifiers, text)
    before = not absent or paraphrased(words, absent, text, similarity)
    after = before or not (absent - kind_named(words, absent, text))
    return before, after, sorted(absent)


def main(argv: list[str]) -> int:
    from assistant.qa.retrieve import phrase_similarity
    from assistant.settings import Settings

    similarity = phrase_similarity(Settings())
    rows = [json.loads(line) for line in PROBE.read_text(encoding="utf-8").splitlines() if line.strip()]
    totals: dict[str, list[int]] = {}
    for row in rows:
        before, after, absent = readings(row, similarity)
        want = row["expect"] == "answer"
        passed = (before == want, after == want)
        t = totals.setdefault(row["expect"], [0, 0, 0])
        t[0] += 1
        t[1] += passed[0]
        t[2] += passed[1]
        if "-v" in argv or passed[0] != passed[1]:
            print(f"{row['id']} {row['expect']:7} before={'pass' if passed[0] else 'FAIL'} "
                  f"after={'pass' if passed[1] else 'FAIL'} absent={absent} | {row['question']}")
    for expect, (n, b, a) in totals.items():
        print(f"{expect}: {n} rows, passed before {b}, after {a}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
