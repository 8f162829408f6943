"""Probe of answer sentences in forms the answer-type check must accept (evals/probes/round35/qatype35b.jsonl): each
outside question with a sentence of its page; ``expect`` says whether the sentence gives the kind of fact asked
(``check.holds`` on the question's answer type). Class items state the answer in words (severance as weeks of pay,
a percentage as "half" or "the entire cost", a portion as an amount); look-alikes state no answer of that kind.

    PYTHONPATH=$PWD .venv/bin/python scripts/qa_round35_holds_probe.py
"""

from __future__ import annotations

from pathlib import Path

from qa_round35_type_probe import tally  # the shared tally (scripts/ is on the path when a script runs)

from assistant.qa.check import answer_type, holds

PROBE = Path(__file__).resolve().parents[1] / "evals" / "probes" / "round35" / "qatype35b.jsonl"

if __name__ == "__main__":
    tally(PROBE, lambda item: holds(answer_type(item["question"]), item["sentence"], item["question"]),
          lambda item: f"{item['question']!r} / {item['sentence'][:70]!r}")
