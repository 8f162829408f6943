"""Round 36 (qagate36): the relevance gate's sentence-level semantic match picks the lead under the gate.

When the scorer's lead is under the gate, the unit among the best valid ones that the embedder reads as closest to
the asking clause leads, if it is close enough and the scorer reaches it: the lead itself (the round-27 evidence:
``SENTENCE_SIMILARITY``, ``SENTENCE_FLOOR`` of the gate) or a sentence ranked below it that says the asked thing in
other words, under the stricter ``RIVAL_SIMILARITY`` and the lower ``RIVAL_FLOOR``."""

from __future__ import annotations

import importlib
from collections.abc import Sequence

from assistant.qa.models import Passage, Unit

answer_module = importlib.import_module("assistant.qa.answer")
sentence_lead = answer_module.sentence_lead
sentence_evidence = answer_module.sentence_evidence

GATE = 0.05
CLAUSE = "can I claim something for a present for my hosts"
TOPICAL = "P2PU will cover costs for the following expenses: accommodation not to exceed $150/night."
ANSWER = "If you stay with friends, you may expense a thank-you gift for your hosts of up to $50."
OTHER = "Receipts must be submitted within 30 days."


def _unit(text: str, prob: float, held: bool = True, clause: int = 0, focus: float | None = None) -> Unit:
    passage = Passage(text[:12], "doc.md", "/doc.md", "Doc", "Travel", text, [text], 0, 0.5)
    return Unit(passage, 0, text, held=[held], probs=[prob], prob=prob, clause=clause,
                focus_cover=[focus] if focus is not None else [])


def _similarity(scores: dict[str, float]):
    def similarity(phrase: str, others: Sequence[str]) -> list[float]:
        assert phrase == CLAUSE
        return [next(v for k, v in scores.items() if k in other) for other in others]
    return similarity


SCORES = {TOPICAL: 0.51, ANSWER: 0.63, OTHER: 0.20}


def test_a_closer_sentence_just_under_the_lead_leads() -> None:
    topical, answer, other = _unit(TOPICAL, 0.018), _unit(ANSWER, 0.016), _unit(OTHER, 0.004)
    assert sentence_lead(CLAUSE, [topical, answer, other], GATE, _similarity(SCORES)) is answer
    # ... and the lead alone is no longer read as evidence (a closer rival answers instead)
    assert sentence_evidence(CLAUSE, [topical, answer, other], GATE, _similarity(SCORES)) is False


def test_the_lead_itself_when_it_is_the_closest() -> None:
    topical, answer = _unit(TOPICAL, 0.018), _unit(ANSWER, 0.016)
    scores = {**SCORES, TOPICAL: 0.66}
    assert sentence_lead(CLAUSE, [topical, answer], GATE, _similarity(scores)) is topical
    assert sentence_evidence(CLAUSE, [topical, answer], GATE, _similarity(scores)) is True


def test_no_lead_when_the_closest_sentence_is_under_the_floor_or_not_close_enough() -> None:
    topical, answer = _unit(TOPICAL, 0.018), _unit(ANSWER, 0.008)  # 0.008 < 0.18 of the gate
    assert sentence_lead(CLAUSE, [topical, answer], GATE, _similarity(SCORES)) is None
    topical, answer = _unit(TOPICAL, 0.018), _unit(ANSWER, 0.010)  # a rival reaches 0.18 of the gate ...
    assert sentence_lead(CLAUSE, [topical, answer], GATE, _similarity(SCORES)) is answer
    # ... but a rival needs the stricter similarity (0.58 would do for the lead itself, not for a rival)
    assert sentence_lead(CLAUSE, [topical, answer], GATE, _similarity({**SCORES, ANSWER: 0.58})) is None
    assert sentence_lead(CLAUSE, [_unit(TOPICAL, 0.018)], GATE, _similarity({TOPICAL: 0.58})) is not None


def test_nothing_is_encoded_when_no_unit_reaches_the_floor() -> None:
    def never(phrase: str, others: Sequence[str]) -> list[float]:
        raise AssertionError("encoded")
    assert sentence_lead(CLAUSE, [_unit(TOPICAL, 0.01), _unit(ANSWER, 0.008)], GATE, never) is None
    assert sentence_lead(CLAUSE, [], GATE, _similarity(SCORES)) is None
    assert sentence_lead(CLAUSE, [_unit(TOPICAL, 0.018)], GATE, None) is None


def test_a_rival_without_the_asked_kind_of_value_another_clause_or_focus_does_not_lead() -> None:
    topical = _unit(TOPICAL, 0.018)
    assert sentence_lead(CLAUSE, [topical, _unit(ANSWER, 0.016, held=False)], GATE, _similarity(SCORES)) is None
    assert sentence_lead(CLAUSE, [topical, _unit(ANSWER, 0.016, clause=1)], GATE, _similarity(SCORES)) is None
    focused = [_unit(TOPICAL, 0.018, focus=0.5), _unit(ANSWER, 0.016, focus=0.0)]
    assert sentence_lead(CLAUSE, focused, GATE, _similarity(SCORES), min_focus=0.1) is None
