"""A length asked of a thing is not given by a length that only sets a case of it (round 41, hb13t41).

"How many weeks of paid parental leave does Status give?" asks the length of a thing: the wh-phrase is a measure
phrase, a number of units *of* the thing (Quirk et al. 1985, *A Comprehensive Grammar of the English Language*, §5.9
and §17.58, as :mod:`assistant.qa.dimension` reads measure phrases). A page on that thing often states a length of
time only as the threshold of a case ("For parental leave periods of less than three months, you will still receive
your quarterly SNT distributions", "Sick leave of more than 2 days requires a medical certificate"): the sentence says
what holds in the case, and gives no length of the thing. Such a length (``select.bounds_case``: after "more / less
than", "over", "under", "within", "between", a tenure, or before "or more", "+") does not count as the asked value.

Two bounds are values all the same:

* a negated threshold is a cap ("You cannot take leave of more than ten days", "no more than 5 days": at most ten
  days; the negation of "more than n" is "n or fewer");
* a threshold on the asked act itself, where the sentence's verb is the question's ("How many days of leave can I
  approve?" / "You approve recommended leave of less than 5 days"): the bound is the limit asked. The light verbs
  (have, take, give, make, do, get, receive) say nothing of the act and are not read this way.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.text import stem

# "how many (paid / working ...) days of <thing>": the length of a thing asked by a measure phrase.
_LENGTH_OF = re.compile(r"\bhow\s+(?:many|much)\s+(?:(?:calendar|business|working|paid|unpaid|consecutive)\s+)?"
                        r"(?:hours?|days?|weeks?|months?|years?)\s+of\s+(?=[a-z])", re.IGNORECASE)
# The lexical verb after the operator and subject of the question ("can *I* approve", "does *the company* give").
_ASKED_VERB = re.compile(r"\b(?:do|does|did|can|could|may|might|will|would|should|must|am|is|are)\s+"
                         r"(?:i|we|you|they|he|she|(?:an?|the|my|our|your|their|each|every)\s+[\w-]+|[A-Z][\w-]*)\s+"
                         r"([a-z]+)\b", re.IGNORECASE)
_LIGHT_VERBS = frozenset({"have", "take", "give", "make", "do", "get", "receive", "be"})
# A negator before the threshold in the same clause ("cannot take leave of more than", "no more than").
_NEGATOR = re.compile(r"\b(?:no|not|never|cannot|can['’]t|won['’]t|mustn['’]t|shouldn['’]t|don['’]t|doesn['’]t)\b|n['’]t\b",
                      re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:.!?]|\b(?:if|when|unless|but|and|or)\b", re.IGNORECASE)


def asks_length_of(clause: str) -> bool:
    """Whether a question clause asks the length of a thing by a measure phrase ("how many weeks *of* parental
    leave ...")."""
    return _LENGTH_OF.search(clause) is not None


def _capped(text: str, start: int) -> bool:
    """Whether a negator stands before the threshold at ``start`` in its own clause."""
    before = text[:start]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    return _NEGATOR.search(before, breaks[-1].end() if breaks else 0) is not None


def _act_limit(text: str, clause: str) -> bool:
    """Whether ``text`` states the bound on the question's own act: its verb (not a light verb) stands in the text."""
    verb = _ASKED_VERB.search(clause)
    if verb is None or verb.group(1).casefold() in _LIGHT_VERBS:
        return False
    asked = stem(verb.group(1).casefold())
    return any(stem(w) == asked for w in re.findall(r"[a-z]+", text.casefold()))


def without_case_bounds(text: str, fresh: Sequence[tuple[int, int, bool]],
                        clause: str) -> list[tuple[int, int, bool]]:
    """The mentions of ``fresh`` ((start, end, is_frequency) of the numbers of ``text``) that can give the length a
    clause asks of a thing: those that only set a case are dropped, unless capped or bounding the asked act. Unchanged
    when the clause asks no length of a thing."""
    from assistant.qa.select import bounds_case  # select reads check through focus

    if not asks_length_of(clause) or _act_limit(text, clause):
        return list(fresh)
    return [(s, e, f) for s, e, f in fresh if not bounds_case(text, s, e) or _capped(text, s)]
