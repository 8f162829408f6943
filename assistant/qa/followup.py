"""Follow-ups: turn the last question of a conversation into a standalone question.

Offline, a question that reads as a follow-up (it opens with a connective such as "and" or
"what about", or leans on a pronoun and names no topic of its own) is read together with the
previous standalone question: its topic words and names are carried forward. With a model
configured, the model rewrites the question (``prompts/policy_followup.md``); a rewrite that
adds a name, number or date found in neither the conversation nor the question is rejected
and the offline rewrite is used, with a notice.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

from assistant.qa.models import Turn
from assistant.settings import Settings
from assistant.text import DEMONSTRATIVES, THING_PRONOUNS, content_stems, names

MAX_TURNS = 6  # earlier turns read for a rewrite
_CONNECTIVE = re.compile(
    r"^\s*(?:and|but|so|also|then|plus|or|what\s+about|how\s+about|what\s+if|and\s+if|same\s+for|"
    r"does\s+that|is\s+that|would\s+that|in\s+that\s+case)\b", re.IGNORECASE)
_ANAPHORA = re.compile(
    rf"\b(?:{'|'.join(THING_PRONOUNS + DEMONSTRATIVES + ('he', 'she', 'his', 'her', 'there', 'same'))})\b", re.IGNORECASE)
# A pronoun standing for a thing asked about before ("how long can a decision on it take?"), or a bare "one"
# ("the most it will spend on one?").
_THING_PRONOUN = re.compile(rf"\b(?:{'|'.join(THING_PRONOUNS + DEMONSTRATIVES)})\b|\bone(?=\s*(?:[?.!,;]|$))",
                            re.IGNORECASE)
OWN_TOPIC_STEMS = 3  # a question with this many content words of its own is read on its own


@dataclass
class Asked:
    """The question as the pipeline reads it."""

    question: str  # what the answer must answer (type check, names, coverage)
    query: str  # what retrieval searches for
    display: str  # shown to the user as the question answered
    carried_names: list[str] = field(default_factory=list)


def is_follow_up(question: str) -> bool:
    """Whether a question needs the previous turn to be understood."""
    if _CONNECTIVE.search(question):
        return True
    return bool(_ANAPHORA.search(question)) and len(content_stems(question)) < OWN_TOPIC_STEMS


def offline_standalone(question: str, previous: str) -> str:
    """The question with the previous question's topic carried forward."""
    return f"{question.rstrip()} (follow-up to: {previous.strip()})"


def refers_back(part: str) -> bool:
    """Whether a later part of a question refers back to an earlier part's topic by a pronoun."""
    return bool(_THING_PRONOUN.search(part))


# An adverb whose time or sequence is read off what was said before ("is there a commitment to keep working
# *afterwards*?", "what happens to my tasks *then*?"): reference by a conjunctive or temporal adverb (Halliday & Hasan,
# Cohesion in English, 1976, 5.3-5.4 temporal conjunction; Quirk et al., A Comprehensive Grammar of the English
# Language, 1985, 12.10 "then", "afterwards" as anaphoric time adjuncts).
_ANAPHORIC_ADVERB = re.compile(
    r"\b(?:afterwards?|thereafter|beforehand|meanwhile|in\s+the\s+meantime|(?:after|before|during|since|until)\s+"
    r"(?:that|then)|by\s+then|then(?=\s*[?.!]?\s*$))", re.IGNORECASE)
ELLIPTICAL_FOCUS = 1  # a later part naming at most this many things of its own leaves its topic to the first part
# ... unless it has a noun phrase of its own, a determiner or possessive before a word ("how long does *a decision*
# take?", "is there *any exception*?"): ellipsis leaves the noun phrase out (Halliday & Hasan 1976, 4.1; Quirk et al.
# 1985, 12.31 nominal ellipsis), so a part with one is read on its own.
_OWN_NOUN_PHRASE = re.compile(r"\b(?:a|an|the|any|some|no|each|every|my|your|our|their|his|her|its|this|that|these|"
                              r"those)\s+[a-z][\w-]*", re.IGNORECASE)


def anaphoric_adverb_words(part: str) -> list[str]:
    """The words of the anaphoric adverbs of time in ``part`` ("afterwards", "after that"): they point back to what
    was asked before and name no thing of their own."""
    return [w for m in _ANAPHORIC_ADVERB.finditer(part) for w in m.group().split()]


def refers_back_in_question(part: str, own_focus: int | None = None) -> bool:
    """Whether a later part of a two-part question leans on the first part's topic: by a pronoun
    (:func:`refers_back`), by an anaphoric adverb of time ("..., and is there a commitment to keep working
    *afterwards*?"), or by ellipsis, naming at most ``ELLIPTICAL_FOCUS`` thing of its own (``own_focus``, the number
    of the part's focus words, when known): "..., and when will I hear back?" asks when the request is heard back on
    (Halliday & Hasan 1976, ch. 4: the elided topic is recovered from the clause before)."""
    return refers_back(part) or leans_back(part, own_focus)


def leans_back(part: str, own_focus: int | None = None) -> bool:
    """Whether a later part of a question leans on the first part's topic without a pronoun: by an anaphoric adverb
    of time (:data:`_ANAPHORIC_ADVERB`) or by ellipsis (at most ``ELLIPTICAL_FOCUS`` focus words of its own and no
    noun phrase of its own, :data:`_OWN_NOUN_PHRASE`)."""
    if _ANAPHORIC_ADVERB.search(part):
        return True
    return own_focus is not None and own_focus <= ELLIPTICAL_FOCUS and not _OWN_NOUN_PHRASE.search(part)


def carried_part(part: str, first: str, own_focus: int | None = None) -> str:
    """A later part of a question made standalone from its first part, as a follow-up is from the previous
    question (:func:`offline_standalone`); a part that refers to nothing before it is left as it is
    (:func:`refers_back_in_question`; ``own_focus``: the number of the part's own focus words, when known)."""
    return offline_standalone(part, first) if refers_back_in_question(part, own_focus) else part


def _history_text(history: Sequence[Turn]) -> str:
    lines = []
    for turn in history[-MAX_TURNS:]:
        lines.append(f"Q: {turn.question.strip()}")
        if turn.answer.strip():
            lines.append(f"A: {turn.answer.strip()[:600]}")
    return "\n".join(lines)


class _Rewrite(BaseModel):
    question: str


def _model_rewrite(question: str, history: Sequence[Turn], llm: Any, deadline: float | None,
                   notices: list[str]) -> str | None:
    from assistant.analyzers.fidelity import check_fidelity
    from assistant.llm.provider import LLMError
    from assistant.qa.answer import delimit

    context = _history_text(history)
    try:
        prompt = llm.prompt("policy_followup", {"history", "question"})
        reply = llm.structured(prompt, _Rewrite, task="followup", deadline=deadline, history=delimit(context),
                               question=delimit(question))
    except LLMError as exc:
        notices.append(f"LLM unavailable for the follow-up: {exc}; the previous question's topic was carried over.")
        return None
    rewrite = " ".join(reply.question.split())
    if not rewrite or len(rewrite) > 4 * max(len(question), 100):
        notices.append("LLM follow-up rewrite rejected: empty or too long; the previous question's topic was "
                       "carried over.")
        return None
    fidelity = check_fidelity(rewrite, [question, context])
    if not fidelity.ok:
        notices.append(f"LLM follow-up rewrite rejected: {fidelity.describe()}; the previous question's topic "
                       "was carried over.")
        return None
    return rewrite


def standalone(question: str, history: Sequence[Turn], settings: Settings, notices: list[str], llm: Any = None,
               deadline: float | None = None) -> Asked:
    """The question made standalone from the conversation so far (``llm``: the guarded model
    caller, None offline; ``deadline``: the request's total deadline, shared with the answer)."""
    if not history:
        return Asked(question, question, question)
    chain = history[0].question  # earlier follow-ups made standalone in turn
    for turn in history[1:]:
        chain = offline_standalone(turn.question, chain) if is_follow_up(turn.question) else turn.question
    previous = chain
    if not is_follow_up(question):
        return Asked(question, question, question)
    if llm is not None:
        rewrite = _model_rewrite(question, history, llm, deadline, notices)
        if rewrite is not None:
            carried = [n for n in names(previous) if n not in names(question) and n in rewrite]
            return Asked(rewrite, rewrite, rewrite, carried)
    combined = offline_standalone(question, previous)
    carried = [n for n in names(previous) if n not in names(question)]
    return Asked(combined, combined, combined, carried)
