"""Probe of a time's bound (evals/probes/round36/qarefuse36b_timebounds.jsonl): each outside sentence stating a
deadline or a start ("no later than 60 calendar days", "on or before the 5th", "no earlier than MI-3") read against a
question asking for "the latest" or "the earliest" time. ``expect`` is ``match`` when the sentence's bound is the
asked one (the question's bound word is among the focus terms the sentence meets), ``no_match`` for the opposite
bound or another sense of "latest" (the most recent).

    PYTHONPATH=$PWD .venv/bin/python scripts/qa_round36_timebound_probe.py
"""

from __future__ import annotations

from pathlib import Path

from qa_round35_type_probe import tally  # the shared tally (scripts/ is on the path when a script runs)

from assistant.qa.focus import term_stems

PROBE = Path(__file__).resolve().parents[1] / "evals" / "probes" / "round36" / "qarefuse36b_timebounds.jsonl"
def read(item: dict) -> str:
    asked, sentence = term_stems(item["question"]), item["sentence"]
    # the folded time bound, or "latest"/"earliest" kept as a topic word (most recent; the reading before the change)
    wanted = asked & {"<max>", "<min>", "latest", "earliest"}
    return "match" if wanted & (term_stems(sentence) | {w for w in wanted if w in sentence.lower()}) else "no_match"


if __name__ == "__main__":
    tally(PROBE, read, lambda item: f"{item['question']!r} / {item['sentence'][:70]!r}")
