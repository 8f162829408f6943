"""Round 41 (issue 12, bias precision: biasfp41): a characteristic told with the adjustment made at the person's
request, whose clause coordinates with the quasi-coordinator 'as well as' ("He is deaf in his left ear, and at his
request the still alarms now flash as well as sound": dev30-bias-020, tune). The clause an adjunct of the person's
own request opens (``_JudgementChecks._requested_clause``) states the change asked for and is no cue of judgement,
unless a judging word stands in it; 'well' of 'as well as' (Quirk et al. 1985, 13.102, a quasi-coordinator) was
read as the assessment word 'well', so the whole clause stayed a cue and the deafness was flagged as judged. The
comparative 'as well as any of the lads' outside such a clause keeps its reading, and the probe's look-alikes
(evals/probes/round41/biasfp41.jsonl, half A) keep their flags.

Whole results asserted, look-alikes included.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.fixtures.bias import flag_triples, probe_items

ROOT = Path(__file__).resolve().parent.parent
PROBE = ROOT / "evals" / "probes" / "round41" / "biasfp41.jsonl"


def _tune_text(path: str, item: str) -> str:
    """The text of a tune item of a dev set."""
    for line in (ROOT / path).read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["id"] == item:
            assert row["split"] == "tune"
            return row["text"]
    raise KeyError(item)


# the class: the adjustment told at the person's request (tune items, dev22-dev30), 'as well as' included
CLEAN_SENTENCES = [
    "He is deaf in his left ear, and at his request the still alarms now flash as well as sound.",
    "She is deaf in her left ear, and at her request her desk was turned so that students sit on her right.",
    "She is profoundly deaf, and at her request the yard fitted a flashing beacon to the travel hoist's warning horn.",
    "He wears a hearing aid, and at his request the crew now uses hand signals whenever the digger is running.",
    "He has asthma, and at his request he no longer does the fogging jobs; Ana covers them and he takes her "
    "rodent-proofing calls.",
]

# look-alikes: a comparative 'as well as' that rates (dev28-bias-004, tune) and a refused observance (probe A, f21)
FLAGGED = [
    ("She swings a hammer as well as any of the lads and is a real foreman in the making.",
     [("foreman", "gendered_language.job_titles", "gendered_language")]),
    (next(r["text"] for r in probe_items(PROBE) if r["id"] == "f21"),
     [("religious holiday", "religion.observance", "religion")]),
]


def test_round41_dev30_item_clean() -> None:
    assert flag_triples(_tune_text("evals/dev30/bias.jsonl", "dev30-bias-020")) == []


@pytest.mark.parametrize("text", CLEAN_SENTENCES)
def test_round41_requested_adjustment_clean(text: str) -> None:
    assert flag_triples(text) == []


@pytest.mark.parametrize(("text", "expected"), FLAGGED)
def test_round41_look_alikes_keep_flags(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert flag_triples(text) == expected

