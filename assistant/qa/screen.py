"""Screen a question before retrieval: empty or oversized input, instructions aimed at the
assistant (prompt injection), and requests outside performance management."""

from __future__ import annotations

import re
from typing import Literal

from assistant.textinput import InputError

# Instructions aimed at the assistant (prompt injection) rather than questions about policy.
INJECTION = re.compile(
    r"\b(?:ignore|disregard|forget|bypass)\b[^.?!]{0,40}\b(?:instructions?|prompts?|rules|context|"
    r"documents?|passages?|policies|above|handbook)\b"
    r"|\bsystem\s+(?:prompt|override|message)\b|\byou\s+are\s+now\b|\bpretend\b|\bjailbreak\b"
    r"|\bact\s+as\s+(?:if\s+you|an?\s+(?:ai|assistant|unrestricted|different))\b|\bdeveloper\s+mode\b"
    r"|\b(?:reveal|print|show|repeat|output)\b[^.?!]{0,30}\b(?:your|the)\s+(?:hidden\s+)?(?:instructions|prompt|"
    r"system\s+(?:prompt|message)|configuration)\b|\bapi\s+keys?\b"
    r"|\bnew\s+instructions\b|\bfrom\s+now\s+on\b[^.?!]{0,40}\b(?:you|answer|respond|reply)\b"
    r"|\breply\s+only\s+with\b",
    re.IGNORECASE,
)
# Requests outside performance management: writing code, general trivia, chit-chat tasks.
OFF_TOPIC = re.compile(
    r"\b(?:python|javascript|typescript|java|c\+\+|c#|golang|rust\s+code|sql\s+query|regex|html|css|bash\s+script|"
    r"source\s+code|unit\s+tests?)\b"
    r"|\b(?:write|give|show|generate|implement|debug)\b[^.?!]{0,40}\b(?:code|function|script|program|"
    r"class|algorithm|query|poem|song|story|joke|essay|haiku|limerick)\b"
    # "weather" naming a kind of leave or closure ("Weather and Safety Leave", 5 U.S.C. 6329c) is a policy topic
    r"|\bcapital\s+of\b|\bwho\s+won\b|\bworld\s+cup\b|\brecipe\b|\bstock\s+price\b"
    r"|\bweather\b(?![\s-]+(?:and\s+safety\s+)?(?:leave|closures?|policy|policies|days?|emergency|emergencies)\b)"
    r"|\bspeed\s+of\s+light\b|\bhow\s+tall\b|\bhow\s+far\s+(?:is|away)\b|\btranslate\b",
    re.IGNORECASE,
)

Refusal = Literal["instruction", "off_topic"]


class QuestionError(InputError):
    """A question that cannot be asked at all (empty, too long); the message is one line (the app
    shows it as a sentence, as any :class:`~assistant.textinput.InputError`)."""


def validate(question: str, max_chars: int) -> str:
    """The question stripped, or :class:`QuestionError` when it is empty or too long."""
    text = question.strip()
    if not text:
        raise QuestionError("the question is empty")
    if len(text) > max_chars:
        raise QuestionError(f"the question is {len(text):,} characters long; the limit is {max_chars:,}")
    return text


def screen_question(question: str) -> Refusal | None:
    """Why a question must be refused before retrieval, or None when it may be a policy question."""
    if INJECTION.search(question):
        return "instruction"
    if OFF_TOPIC.search(without_proper_names(question)):
        return "off_topic"
    return None


def without_proper_names(question: str) -> str:
    """``question`` with each name of two or more words blanked ("the Foundation for Public Code", "the Code of
    Conduct"): a capitalised run names an organisation or a document, so its words are no noun of a request ("give
    the Foundation for Public *Code* notice" asks for no code). A name that is itself off-topic ("Python Code") stays."""
    from assistant.text import question_names

    out = question
    for name in question_names(question):
        if " " in name and not OFF_TOPIC.search(name):
            out = out.replace(name, " ")
    return out


def addresses_assistant(text: str) -> bool:
    """Whether a document sentence speaks to an assistant ("ignore previous instructions...")."""
    return INJECTION.search(text) is not None
