"""Probe of the Q&A's near misses inside the right document: the documents speak of the topic, but
not of the case the question asks about (its most specific word: "*contractors*", "*customers*",
"*30* years"). Such a question must abstain; its look-alike, asked about the case the documents
state, must still be answered with the fact.

Questions written for the purpose over the sample knowledge base (none from an eval set), written
before any near-miss rule was tried and never tuned on (docs/qa-calibration.md, round 15: main
abstains on 0 of the 10 near misses and answers 10 of 10 look-alikes with their fact).

    COACH_INDEX_DIR=DIR coach ingest knowledge/
    COACH_INDEX_DIR=DIR PYTHONPATH=$PWD .venv/bin/python scripts/qa_near_miss_probe.py
"""

from __future__ import annotations

import sys

# Must abstain: the asked case is named nowhere in knowledge/.
NEAR_MISS = [
    "How long does probation last for seasonal contractors?",
    "What is the spot award amount for volunteers who are not employees?",
    "How quickly should I reply to emails from customers?",
    "What gift does Northwind give for 30 years of service?",
    "How much is the home office allowance for on-site warehouse staff?",
    "Which days are the anchor days for interns?",
    "What is the celebration budget per team member for a board dinner?",
    "How many days of notice does Northwind give before ending an on-site arrangement?",
    "Who approves a platinum spot award?",
    "When is the team gathering for hybrid contractors held?",
]

# Must answer with the fact: the same topics, asked about the case the documents state.
LOOK_ALIKES = [
    ("How long does probation last?", ["90 calendar days"]),
    ("How much is a silver spot award?", ["$250"]),
    ("How quickly should I reply to emails from colleagues?", ["one working day"]),
    ("At which anniversaries does Northwind mark years of service?", ["25 years"]),
    ("How much is the home office allowance for fully remote employees?", ["$300"]),
    ("Which days are the anchor days for hybrid employees?", ["Tuesday and Thursday"]),
    ("What is the celebration budget per team member?", ["$25"]),
    ("How much notice does Northwind give before ending a remote arrangement?", ["30 days"]),
    ("Who approves a gold spot award?", ["Department head"]),
    ("How often do fully remote employees gather as a team?", ["once per quarter"]),
]


def main() -> int:
    from assistant.qa.answer import answer
    from assistant.settings import Settings

    settings = Settings()
    abstained = [q for q in NEAR_MISS if not answer(q, settings).answered]
    print(f"near misses abstained: {len(abstained)}/{len(NEAR_MISS)}")
    for question in NEAR_MISS:
        if question not in abstained:
            print(f"  answered: {question}")
    found = 0
    for question, facts in LOOK_ALIKES:
        result = answer(question, settings)
        ok = result.answered and all(f.casefold() in result.answer.casefold() for f in facts)
        found += ok
        if not ok:
            print(f"  {'missed fact' if result.answered else 'refused'}: {question}")
    print(f"look-alikes answered with the fact: {found}/{len(LOOK_ALIKES)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
