"""Absolutes in the object of the person's verb and the span hits the span checks share."""

from __future__ import annotations

import re

from assistant.analyzers.feedback.draft import (
    _WINDOW,
    _Draft,
)
from assistant.analyzers.feedback.rules import (
    CompiledSpanRule,
    FeedbackRules,
)
from assistant.analyzers.feedback.spans import (
    _REPORTED,
    _person_subject_before,
    _words_before,
)
from assistant.analyzers.rulecache import precompiled
from assistant.text import (
    wordset,
)
from assistant.wordlists import person_nouns


def _harsh_ok(draft: _Draft, m: re.Match[str], rule: CompiledSpanRule) -> bool:
    text = draft.text
    if rule.not_followed_by:
        nxt = re.match(r"[\s-]{1,3}([\w-]{1,30})", text[m.end():m.end() + 40])
        if nxt and nxt.group(1).lower() in rule.not_followed_by:
            return False
    s, _ = draft.sentence_at(m.start())
    lead = text[max(s, m.start() - _WINDOW):m.start()]
    if m.group()[:1].isupper() and not m.group().isupper() and lead.strip(" \"'“‘(-•*"):
        return False  # capitalised mid-sentence, a name ("the April Fools' prank"), not an insult
    if _REPORTED.search(lead):
        return False  # reported speech describes what the person said
    return lead.count('"') % 2 == 0 and lead.count("“") <= lead.count("”")


def _own_voice(draft: _Draft, m: re.Match[str]) -> bool:
    """Not in reported speech or inside quotation marks: the writer's own words."""
    s, _ = draft.sentence_at(m.start())
    lead = draft.text[max(s, m.start() - _WINDOW):m.start()]
    if _REPORTED.search(lead):
        return False
    return lead.count('"') % 2 == 0 and lead.count("“") <= lead.count("”")


# Harsh by form (destructive criticism: Baron, R. A. (1988). Journal of Applied Psychology, 73(2), 199-207; the
# put-downs and condescension of the Workplace Incivility Scale, Cortina, L. M. et al. (2001). Journal of Occupational
# Health Psychology, 6(1), 64-80). The terms anchor each form; these check the grammar around them.
_EFFORT_SIMILE_VERBS = wordset("work works worked working graft grafts grafted grafting")
_PERSON_SUBJECT = precompiled(r"\b(?:you|he|she|they)\b", re.IGNORECASE)


def _simile_ok(draft: _Draft, m: re.Match[str], rules: FeedbackRules) -> bool:
    """A simile of contempt said of the person's own conduct, in the writer's voice and a clause with no praise:
    "You drive that truck like a maniac" (not "she worked like a maniac to finish", effort, nor "the crowd
    behaved like a circus", another party)."""
    clause_start, clause_end = draft.clause(m.start(), m.end())
    before = _words_before(draft, m.start(), clause_start, limit=6)
    if not before or before[0].lower in _EFFORT_SIMILE_VERBS:
        return False
    if not _PERSON_SUBJECT.search(draft.text, clause_start, m.start()) and not _person_subject_before(
            draft, m.start(), clause_start):
        return False
    return _own_voice(draft, m) and not rules.praise.search(draft.text, clause_start, clause_end)


_CONDITION_AFTER = precompiled(r"[\s,]{1,3}(?:if|unless|when|once)\b", re.IGNORECASE)
_HEDGED = precompiled(r"\b(?:could|might|may|would|if|unless|before|otherwise)\b", re.IGNORECASE)
# What the foretold catastrophe is: a death or an injury ("get killed", "get hurt", "lose a hand"), or, after "kill",
# its victim ("you're going to kill someone").
_CATASTROPHE_AFTER = precompiled(r"\s{1,3}(?:(?:get|be|end\s{1,3}up)\s{1,3})?(?:(?:seriously|badly)\s{1,3})?(?:killed|hurt|injured|"
                                 r"maimed|crushed|dead|die|lose\s{1,3}(?:a|an|their|his|her)\s{1,3}(?:hand|finger|arm|leg|"
                                 r"eye|foot|life)|someone|somebody|a\s{1,3}(?:child|customer|patient|pedestrian|colleague))\b",
                                 re.IGNORECASE)


def _peril_ok(draft: _Draft, m: re.Match[str]) -> bool:
    """A catastrophe foretold as certain in the writer's voice ("Someone is going to get killed."), not one weighed
    as a risk ("someone could get hurt", "if the guard is off, someone will get hurt", "someone will get hurt if ...")."""
    after = _CATASTROPHE_AFTER.match(draft.text, m.end())
    if after is None:
        return False  # "someone will call you back": no catastrophe
    s, e = draft.sentence_at(m.start())
    return _own_voice(draft, m) and not _HEDGED.search(draft.text, s, m.start()) \
        and not _CONDITION_AFTER.match(draft.text, after.end(), e)


_RANK_CONTRAST = precompiled(r"\s{1,3}(?:(?:only|just|merely|still)\s{1,3})?(?:(?:a|an|the)\s{1,3})?((?:[a-z-]{2,30}\s{1,3}){0,2}?"
                             r"[a-z-]{2,30})\s{0,3},?\s{1,3}not\s{1,3}(?:a|an|the|my|our)\s{1,3}((?:[a-z-]{2,30}\s{1,3}){0,2}?"
                             r"[a-z-]{2,30})\b", re.IGNORECASE)


def _rank_ok(draft: _Draft, m: re.Match[str], rules: FeedbackRules) -> bool:
    """The person put in their place by rank: "you're a X, not a Y" with both nouns people's roles ("You're a nurse,
    not a vet."), or "know your place", in the writer's voice. "You're a nurse, and a very good one" has no contrast;
    "you're a customer, not a number" ranks no roles held at work."""
    if not _own_voice(draft, m):
        return False
    if "place" in m.group().lower():
        return True
    contrast = _RANK_CONTRAST.match(draft.text, m.end())
    if contrast is None:
        return False
    nouns = person_nouns()
    s, e = draft.sentence_at(m.start())
    return all(group.lower().split()[-1] in nouns for group in contrast.groups()) and not rules.praise.search(
        draft.text, s, e)  # "You're a manager, not a friend, and you handled the talks kindly": a role, praised


Hit = tuple[CompiledSpanRule, re.Match[str]]
