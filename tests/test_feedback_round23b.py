"""Round 23: personality labels and harsh wording on outside text (scripts/feedback_round23b_probe.py).

Trait: noun labels predicated of the person ("a liability", "a dummy", "a bloviating buffoon"), adjectives through
"strikes me as", "has zero <virtue>", a character noun likened to a thing ("has the personality of a dishrag") or
said to be in excess ("your personality is too strong"). Harsh: ridicule and sarcasm without a harsh word (sarcastic
thanks for a minimal duty, a demeaning comparator, "what we pay you for", a hollow head, told to look for another
job); and a harsh word that judges what the person met or fixed, not them or their work, is no harsh finding.
"""

from __future__ import annotations

import pytest

from assistant.analyzers.feedback import review_feedback
from tests.fixtures.feedback import reading
from tests.fixtures.scripts import load_script

probe = load_script("scripts/feedback_round23b_probe.py")

ROWS = {row["id"]: row for row in probe.rows()}

LABELS = ["missing_action", "missing_impact", "trait", "vague"]
HARSH = ["harsh", "missing_action", "missing_impact", "vague"]
BOTH = ["harsh", "missing_action", "missing_impact", "trait", "vague"]

WHOLE = {
    # personality labels
    "tn04": ("constructive", LABELS),
    "tn07": ("constructive", LABELS),
    "tn09": ("constructive", ["missing_action", "trait", "vague"]),
    "tf03": ("constructive", LABELS),
    "tf04": ("mixed", LABELS),
    "tf05": ("constructive", LABELS),
    "ct02": ("constructive", LABELS),
    "ct05": ("constructive", LABELS),
    # harsh forms, and insult nouns that are both
    "hp01": ("constructive", HARSH),
    "hp02": ("constructive", HARSH),
    "hp05": ("constructive", HARSH),
    "hp06": ("constructive", HARSH),
    "hp09": ("constructive", HARSH),
    "s01": ("constructive", HARSH),
    "s06": ("constructive", HARSH),
    "hp07": ("constructive", BOTH),
    "hp08": ("constructive", BOTH),
    # look-alikes: a harsh word about what the person met or fixed, frames about things, sincere thanks
    "la07": ("positive", []),
    "la13": ("positive", []),
    "la17": ("positive", ["missing_impact"]),
    "la18": ("positive", ["missing_impact"]),
}


@pytest.mark.parametrize("row_id", sorted(WHOLE))
def test_probe_rows_read_whole(row_id: str) -> None:
    assert reading(ROWS[row_id]["text"]) == WHOLE[row_id]


@pytest.mark.parametrize("row_id", ["la08", "cl01", "cl02", "cl03", "cl04", "cl05", "cl06", "cl07", "cl08", "sl01", "sl02",
                                    "sl05", "sl09", "sl10"])
def test_check_look_alikes_draw_no_trait_or_harsh(row_id: str) -> None:
    _, kinds = reading(ROWS[row_id]["text"])
    assert not {"trait", "harsh"} & set(kinds)


def test_probe_figures() -> None:
    scores = probe.run()
    assert scores == {"TN": (8, 9), "TF": (10, 10), "HW": (6, 6), "HP": (9, 9), "L": (23, 24),
                      "CT": (7, 7), "CH": (5, 5), "CL": (8, 8), "S": (14, 16), "SL": (10, 10),
                      "V": (0, 4), "VL": (3, 3)}


def test_harsh_spans_name_the_words() -> None:
    spans = {(f.kind, f.text) for f in review_feedback("He is a bloviating buffoon in every client meeting.").findings}
    assert ("trait", "buffoon") in spans and ("harsh", "buffoon") in spans
    spans = {(f.kind, f.text) for f in review_feedback("I don't know what we pay you for.").findings}
    assert spans >= {("harsh", "what we pay you for")}


@pytest.mark.parametrize("text", ["You keep losing the client files and it's pathetic.",
                                  "You skipped the safety briefing again, and that's pathetic."])
def test_contracted_pronoun_for_the_work_stays_harsh(text: str) -> None:
    """'it's' / 'that's' stand for the person's own act, so the harsh word judges their work."""
    assert ("harsh", "pathetic") in {(f.kind, f.text) for f in review_feedback(text).findings}
