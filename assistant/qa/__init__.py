"""Policy Q&A: grounded answers with citations from the knowledge index, or an honest abstention.

The package is split by stage: :mod:`screen` (empty, oversized, injected or off-topic questions)
-> :mod:`followup` (a follow-up made standalone) -> :mod:`retrieve` (a wide hybrid-search pool,
units and their vectors) -> :mod:`select` (every unit scored against the question) ->
:mod:`check` (the sufficiency check: answer type and names) -> :mod:`answer` (offline quotes
or a checked model answer) -> :mod:`render` (quotes, citations, abstentions).
"""

from __future__ import annotations

from typing import Any

from assistant.qa.answer import answer, check_markers, format_passages
from assistant.qa.models import PolicyAnswer, Turn
from assistant.qa.screen import QuestionError, screen_question
from assistant.qa.select import question_stems


def as_json_payload(result: PolicyAnswer) -> dict[str, Any]:
    """The ``coach ask --json`` shape: answered, answer, citations, mode (and the question answered)."""
    return {
        "answered": result.answered,
        "answer": result.answer,
        "citations": [c.model_dump(include={"source", "section", "excerpt", "score", "organisation", "date"})
                      for c in result.citations],
        "mode": result.mode,
        "question": result.question,
        "conflict": result.conflict,
    }


__all__ = ["PolicyAnswer", "QuestionError", "Turn", "answer", "as_json_payload", "check_markers", "format_passages",
           "question_stems", "screen_question"]
