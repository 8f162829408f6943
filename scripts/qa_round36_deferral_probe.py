"""Probe of sentences that only say where an asked value is kept (evals/probes/round36/qaabstain36_deferral.jsonl):
each outside question with one outside sentence; ``expect`` is ``not_answer`` when the sentence does not give what
the question asks for, else ``answer``. Class rows pair a value question ("What is the password ...?", "How much do
you pay ...?") with a referral ("Password can be found on the intranet."); look-alikes pair the same referrals with
where / how / yes-no / who questions (the pointer answers them) and value questions with sentences stating the value.

    PYTHONPATH=$PWD .venv/bin/python scripts/qa_round36_deferral_probe.py [--before]

``--before`` reads the sufficiency check without the referral test (the answer type alone, ``check.holds``).
"""

from __future__ import annotations

import sys
from pathlib import Path

from qa_round35_type_probe import tally  # the shared tally (scripts/ is on the path when a script runs)

from assistant.qa.check import answer_type, asks_value, defers, holds

PROBE = Path(__file__).resolve().parents[1] / "evals" / "probes" / "round36" / "qaabstain36_deferral.jsonl"


def read(item: dict, referral: bool = True) -> str:
    question, sentence = item["question"], item["sentence"]
    kind = answer_type(question)
    if not holds(kind, sentence, question):
        return "not_answer"
    if referral and asks_value(question, kind) and defers(sentence):
        return "not_answer"
    return "answer"


if __name__ == "__main__":
    before = "--before" in sys.argv
    tally(PROBE, lambda item: read(item, referral=not before), lambda item: f"{item['question']!r} / "
          f"{item['sentence'][:70]!r}")
