"""Round 22: the learned layer refitted on ten rounds' tune halves, and its selection's per-round guard."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from assistant.analyzers.feedback import review_feedback
from assistant.coaches import OUTSIDE_ROUNDS

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
try:
    import feedback_round22_probe as probe
    import train_feedback
finally:
    sys.path.remove(str(ROOT / "scripts"))

ROWS = {row[0]: row for row in probe.ROWS}


def reading(text: str) -> tuple[str, list[str]]:
    report = review_feedback(text)
    return report.polarity, sorted(f.kind for f in report.findings)


@pytest.mark.parametrize("row_id", ["p01", "p03", "p06", "p09", "p13", "p14", "c01", "c02", "c03"])
def test_well_formed_outside_drafts_stay_clean(row_id: str) -> None:
    _, _, polarity, kinds, _, text = ROWS[row_id]
    assert kinds == ()
    assert reading(text) == (polarity, [])


@pytest.mark.parametrize("row_id", ["l01", "l02", "l04", "l05", "l06"])
def test_look_alikes_keep_their_coaching(row_id: str) -> None:
    _, _, polarity, kinds, _, text = ROWS[row_id]
    assert reading(text) == (polarity, sorted(kinds))


def test_the_layer_is_trained_on_the_twelve_rounds_dev_to_dev12() -> None:
    assert all(r in OUTSIDE_ROUNDS["feedback"] for r in train_feedback.ROUNDS)
    assert train_feedback.ROUNDS == ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10",
                                     "dev11", "dev12")  # dev11's tune half joined in round 23, dev12's in round 24
    assert train_feedback.DECISIONS == ("criticism", "vague", "missing_impact")


def _result(learned: list[bool], rules: list[bool]) -> dict[str, dict]:
    return {"right": {"learned": learned, "rules": rules}}


def test_the_per_round_guard_counts_drafts_turned_wrong_net_of_those_turned_right() -> None:
    before = {"a": _result([True, True, False], [True, True, True]), "b": _result([True, False], [True, False])}
    after = {"a": _result([False, False, True], []), "b": _result([True, True], [])}
    assert train_feedback.worst_round(after, before) == 1  # round a: two lost, one gained
    assert train_feedback.worst_round(after, before, "rules") == 2  # against the rules: round a loses two
    assert train_feedback.ROUND_LOSS == 2
