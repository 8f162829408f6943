"""Answer completeness: once the gate has decided to answer, make the quotes carry what they refer to.

A quote that names its subject only by reference ("Team members may contact *this service*", "*The
panel* gives a written decision within 20 working days", "*It* covers: ...") leaves the asked role,
name or value in the sentence that introduced the referent. That sentence is found in the same
passage (the same section of the same document), before the quote, and quoted right after it. This
changes which quotes an answer holds, never whether it answers: the lead stays first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.qa.focus import _ROW, FRAME
from assistant.qa.models import Unit
from assistant.text import FUNCTION_WORDS, MODALS, stem

REACH = 3  # how many units back a referent may have been introduced

# "this service", "these requests", "such a request": a demonstrative determiner and its noun.
_DEMONSTRATIVE = re.compile(r"\b(?:this|these|such(?:\s+an?)?)\s+(?!as\b)(?:[a-z-]+\s+)?([a-z][a-z-]{2,})\b", re.IGNORECASE)
# "The panel may meet ...": a sentence whose subject is a definite noun phrase (at most one modifier).
_DEFINITE_SUBJECT = re.compile(r"^\W*the\s+([a-z][a-z-]+)(?:\s+([a-z][a-z-]+))?", re.IGNORECASE)
_AUXILIARIES = MODALS | frozenset({"is", "are", "was", "were", "has", "have", "had", "does", "do", "did"})
# "It covers: ...", "They must ...": a sentence opening on a pronoun that stands for a thing named before.
_PRONOUN_SUBJECT = re.compile(r"^\W*(?:it|they|this|these)\b(?!\s+(?:is|are)\s+(?:a|an|the)\b)", re.IGNORECASE)
_DETERMINER_WORDS = frozenset({"a", "an", "the", "this", "these", "that", "those", "such", "each", "every", "any"})


@dataclass(frozen=True)
class Reference:
    """What a quote refers back to: a noun's stem, or None for a bare pronoun (the unit before)."""

    noun: str | None


def references(text: str) -> list[Reference]:
    """The references a unit makes to something named before it: demonstrative noun phrases, a
    definite subject, an opening pronoun (in that order)."""
    out = [Reference(stem(m.group(1).lower())) for m in _DEMONSTRATIVE.finditer(text)
           if m.group(1).lower() not in FUNCTION_WORDS]
    subject = _DEFINITE_SUBJECT.match(text)
    if subject:
        noun = _head_noun(subject.group(1).lower(), (subject.group(2) or "").lower())
        # "The employee ...", "The manager ...": a policy's generic actors, not a reference back.
        if noun not in FUNCTION_WORDS and stem(noun) not in FRAME:
            out.append(Reference(stem(noun)))
    if _PRONOUN_SUBJECT.match(text):
        out.append(Reference(None))
    return out


def _head_noun(first: str, second: str) -> str:
    """The head of "the X [Y]" read before its verb: Y when it is no verb ("the appeal panel"), else X."""
    if second and second not in _AUXILIARIES and not second.endswith("s") and second not in FUNCTION_WORDS:
        return second
    return first


def _introduces(noun: str, text: str) -> bool:
    """Whether ``text`` names ``noun`` as something new: the noun stands in it after an indefinite
    article, a name or a modifier, not only as "this/the noun" again."""
    tokens = re.findall(r"[A-Za-z][A-Za-z-]*", text)
    for i, token in enumerate(tokens):
        if stem(token.lower()) != noun:
            continue
        before = tokens[max(0, i - 2) : i]
        if not before or before[-1].lower() not in _DETERMINER_WORDS - {"a", "an"}:
            return True
        if len(before) == 2 and before[0].lower() in {"a", "an"}:
            return True
    return False


def antecedent(quote: Unit, units: Sequence[Unit]) -> Unit | None:
    """The unit of the same passage, before ``quote`` and at most :data:`REACH` back, that introduces
    what the quote refers to; None when it refers to nothing outside itself."""
    before = {u.position: u for u in units if u.passage.id == quote.passage.id
              and quote.position - REACH <= u.position < quote.position}
    for ref in references(quote.text):
        if ref.noun is None:
            unit = before.get(quote.position - 1)
            if unit is not None:
                return unit
            continue
        if _introduced_here(ref, quote):
            continue
        for position in range(quote.position - 1, quote.position - REACH - 1, -1):
            unit = before.get(position)
            if unit is not None and _introduces(ref.noun, unit.text):
                return unit
    return None


def _introduced_here(ref: Reference, quote: Unit) -> bool:
    """The quote itself names the referent before referring to it ("An appeal panel ...; the panel")."""
    text = quote.text
    match = re.search(rf"\b(?:this|these|such|the)\s+(?:[a-z-]+\s+)?{re.escape(ref.noun or '')}", text, re.IGNORECASE)
    return bool(match) and _introduces(ref.noun or "", text[: match.start()])


_CONDITION = re.compile(r"^\W*(?:if|when|while|once|after|before|for|during|unless|where)\b[^,]*,\s*", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")


def opening_subject(text: str) -> set[str]:
    """The content stems of a sentence's opening noun phrase: its words, after a leading condition
    ("If you leave TTS, ..."), up to the first auxiliary or modal ("A plan already running | is ...")."""
    out: set[str] = set()
    for word in _WORD.findall(_CONDITION.sub("", text))[:6]:
        lower = word.lower()
        if lower in _AUXILIARIES:
            break
        if lower not in FUNCTION_WORDS:
            out.add(stem(lower))
    return out


def continues(lead: Unit, follower: Unit) -> bool:
    """Whether ``follower``, the unit after ``lead`` in its passage, goes on about the lead's subject:
    it opens on a pronoun ("It may be extended once ..."), or on the same noun phrase ("A performance
    improvement plan is never started ..." / "A plan already running is paused ...")."""
    if follower.passage.id != lead.passage.id or follower.position != lead.position + 1:
        return False
    if _ROW.match(lead.text) or _ROW.match(follower.text):
        return False  # table rows share their column names, not a subject
    if _PRONOUN_SUBJECT.match(follower.text):
        return True
    first = _WORD.match(follower.text.lstrip(" \"'“*-"))
    if first is None or first.group().lower() not in _DETERMINER_WORDS:
        return False  # it opens on a verb ("Plan well ...") or a name, not on a noun phrase
    return bool(opening_subject(lead.text) & opening_subject(follower.text))


def continuation(lead: Unit, units: Sequence[Unit], kinds: Sequence[str | None]) -> Unit | None:
    """The unit that goes on about the lead's subject when the lead's clause asks for no kind of
    value (``kinds``: each clause's; "What happens to a plan if ...?": the statement goes on in the
    next sentence), or None."""
    if lead.clause >= len(kinds) or kinds[lead.clause] is not None:
        return None
    follower = next((u for u in units if u.passage.id == lead.passage.id and u.position == lead.position + 1), None)
    if follower is None or not continues(lead, follower):
        return None
    if follower.held and not follower.held[lead.clause]:
        return None
    return follower


def complete(quotes: list[Unit], units: Sequence[Unit], max_quotes: int,
             kinds: Sequence[str | None] = ()) -> list[Unit]:
    """The quotes with, right after each quote that refers back (best quote first), the unit that
    introduces its referent; a referent already quoted is not repeated. The lead's referent takes
    the place of the last quote when all ``max_quotes`` are taken (the lead is the answer, and what
    it refers to is part of it); another quote's referent only fills a free place. Then, when the
    lead's clause asks for no kind of value (``kinds``, per clause), the sentence that goes on about
    the lead's subject fills a free place right after it."""
    out = list(quotes)
    for quote in quotes:
        index = next((i for i, q in enumerate(out) if q is quote), max_quotes)
        if index + 1 >= max_quotes or (index > 0 and len(out) >= max_quotes):
            break
        unit = antecedent(quote, units)
        if unit is None or any(_same_text(unit, q) for q in out):
            continue
        out.insert(index + 1, unit)
        out = out[:max_quotes]
    follower = continuation(quotes[0], units, kinds) if quotes and len(out) < max_quotes else None
    if follower is not None and not any(_same_text(follower, q) for q in out):
        at = 1 + sum(1 for q in out[1:2] if q.passage.id == quotes[0].passage.id and q.position < quotes[0].position)
        out.insert(at, follower)
    return out


def _same_text(a: Unit, b: Unit) -> bool:
    x, y = a.text.casefold(), b.text.casefold()
    return x in y or y in x
