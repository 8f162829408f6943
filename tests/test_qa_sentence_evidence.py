"""The sentence-level evidence at the relevance gate: a lead under the gate answers when the embedder reads its
sentence, under its heading, as close to the asking clause and closer than its rivals."""

from __future__ import annotations

import importlib
from collections.abc import Sequence

from assistant.qa.models import Passage, Unit

answer_module = importlib.import_module("assistant.qa.answer")
sentence_evidence = answer_module.sentence_evidence

GATE = 0.05
CLAUSE = "How much extra money do I get for being on call"
STIPEND = "The on-call stipend amount is $2000 per fiscal quarter."
BUDGET = "Each full-time team member is provided an annual prodev budget of $1,200."
PURCHASE = "Anything under $50 can be purchased without permission."


def _unit(text: str, prob: float, held: bool = True) -> Unit:
    passage = Passage(text[:12], "doc.md", "/doc.md", "Doc", "Payment", text, [text], 0, 0.5)
    return Unit(passage, 0, text, held=[held], probs=[prob], prob=prob)


def _similarity(scores: dict[str, float]):
    def similarity(phrase: str, others: Sequence[str]) -> list[float]:
        assert phrase == CLAUSE
        return [next(v for k, v in scores.items() if k in other) for other in others]
    return similarity


SCORES = {STIPEND: 0.57, BUDGET: 0.30, PURCHASE: 0.20}


def test_a_lead_under_the_gate_read_closest_and_close_enough_answers() -> None:
    valid = [_unit(STIPEND, 0.024), _unit(BUDGET, 0.004), _unit(PURCHASE, 0.003)]
    assert sentence_evidence(CLAUSE, valid, GATE, _similarity(SCORES)) is True


def test_no_evidence_without_an_embedder_or_below_the_probability_floor() -> None:
    valid = [_unit(STIPEND, 0.024), _unit(BUDGET, 0.004)]
    assert sentence_evidence(CLAUSE, valid, GATE, None) is False
    assert sentence_evidence(CLAUSE, [_unit(STIPEND, 0.01), _unit(BUDGET, 0.004)], GATE,
                             _similarity(SCORES)) is False
    assert sentence_evidence(CLAUSE, [], GATE, _similarity(SCORES)) is False


def test_no_evidence_when_the_sentence_is_not_close_enough_or_a_rival_is_closer() -> None:
    valid = [_unit(STIPEND, 0.024), _unit(BUDGET, 0.004)]
    assert sentence_evidence(CLAUSE, valid, GATE, _similarity({**SCORES, STIPEND: 0.51})) is False
    assert sentence_evidence(CLAUSE, valid, GATE, _similarity({**SCORES, BUDGET: 0.60})) is False


def test_a_rival_not_holding_the_asked_kind_of_value_is_not_compared() -> None:
    valid = [_unit(STIPEND, 0.024), _unit(BUDGET, 0.004, held=False)]
    assert sentence_evidence(CLAUSE, valid, GATE, _similarity({**SCORES, BUDGET: 0.60})) is True
