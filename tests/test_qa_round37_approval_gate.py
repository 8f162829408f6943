"""Round 37 (qarefuse37): a question asking whether, or from whom, approval is needed is answered under the gate by
a sentence that states the approval in the page's own words ("sign-off" / "authorisation from a Director").

The words are WordNet 3.0's (permission, consent, authorisation, sanction, approval; approve, okay, authorize) and the
dictionaries' "sign off" (Cambridge, Merriam-Webster); see :mod:`assistant.qa.approval`. The outside probe is
``evals/probes/round37/qarefuse37`` (``scripts/qa_round37_refuse_probe.py``)."""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from types import SimpleNamespace

from assistant.qa.approval import asks_approval, states_approval
from assistant.qa.models import Passage, Unit

answer_module = importlib.import_module("assistant.qa.answer")
approval_evidence = answer_module.approval_evidence

CAL = SimpleNamespace(threshold=0.05, min_focus=0.1)
CLAUSE = "Do I need sign-off before booking a £300 train ticket for work"
TOPICAL = "If you travel to a different location for longer than one day, you can book overnight accommodation."
ANSWER = "If any travel booking is going to cost more than £200, then authorisation from a Director should be obtained."
OTHER = "The plans then must be signed off by the MD before the sabbatical is formally approved."


def _unit(text: str, prob: float, held: bool = True, focus: float | None = 0.2) -> Unit:
    passage = Passage(text[:12], "doc.md", "/doc.md", "Doc", "Expenses", text, [text], 0, 0.5)
    return Unit(passage, 0, text, held=[held], probs=[prob], prob=prob, clause=0,
                focus_cover=[focus] if focus is not None else [])


def _similarity(scores: dict[str, float]):
    def similarity(phrase: str, others: Sequence[str]) -> list[float]:
        assert phrase == CLAUSE
        return [next(v for k, v in scores.items() if k in other) for other in others]
    return similarity


SCORES = {TOPICAL: 0.52, ANSWER: 0.38, OTHER: 0.30}


def test_questions_asking_for_an_approval() -> None:
    asked = ["Do I need sign-off before booking a £300 train ticket for Deeson work?",
             "Whose sign-off do I need for my tuition claim?",
             "Does my manager have to approve my holiday before I book it?",
             "Do I need my manager to sign off a three-week holiday?",
             "Up to what value can I accept it without permission?",
             "Whose authorisation do I need before buying a laptop?"]
    assert [asks_approval(q) for q in asked] == [True] * len(asked)


def test_an_approval_already_given_or_an_okay_is_not_asked() -> None:
    told = ["Once my expense claim is approved, when do I actually get the money?",
            "Do I get time off in lieu if a Deeson-approved conference is on a weekend?",
            "Is it okay to wear jeans on Fridays?",
            "Can I take just a morning off as leave rather than a full day?",
            "What mark do I need to get for the company to pay for my class?"]
    assert [asks_approval(q) for q in told] == [False] * len(told)


def test_sentences_stating_an_approval_in_any_form() -> None:
    stated = [ANSWER, OTHER,
              "All expense reports must be approved and signed by the employee's direct supervisor.",
              "Your supervisor will give you verbal approval to purchase miscellaneous items.",
              "They must also obtain authorization from their immediate supervisor.",
              "Oral pre-approval is acceptable for meals only."]
    assert [states_approval(t) for t in stated] == [True] * len(stated)
    assert [states_approval(t) for t in [TOPICAL, "Receipts must be submitted within 30 days.",
                                         "Salaried employees receive two paid half days per year."]] == [False] * 3


def test_the_approval_sentence_leads_under_the_gate() -> None:
    topical, answer, other = _unit(TOPICAL, 0.040), _unit(ANSWER, 0.038), _unit(OTHER, 0.019)
    # the closest sentence stating an approval, not the closer topical one that states none
    assert approval_evidence(CLAUSE, [topical, answer, other], CAL, _similarity(SCORES)) is answer
    # of two approval sentences the embedder's closer one
    closer = {**SCORES, OTHER: 0.45}
    other = _unit(OTHER, 0.030)
    assert approval_evidence(CLAUSE, [topical, answer, other], CAL, _similarity(closer)) is other
    # without an embedder the scorer's first
    assert approval_evidence(CLAUSE, [topical, other, answer], CAL, None) is other


def test_no_evidence_under_the_floor_without_focus_or_the_value_or_when_no_approval_is_asked() -> None:
    topical = _unit(TOPICAL, 0.040)
    assert approval_evidence(CLAUSE, [topical, _unit(ANSWER, 0.010)], CAL, _similarity(SCORES)) is None  # < 0.3 gate
    assert approval_evidence(CLAUSE, [topical, _unit(ANSWER, 0.038, focus=0.05)], CAL, _similarity(SCORES)) is None
    assert approval_evidence(CLAUSE, [topical, _unit(ANSWER, 0.038, held=False)], CAL, _similarity(SCORES)) is None
    assert approval_evidence(CLAUSE, [topical], CAL, _similarity(SCORES)) is None
    assert approval_evidence("Can I book a £300 train ticket for work", [topical, _unit(ANSWER, 0.038)], CAL,
                             None) is None
