"""Select: score every unit of the candidate passages as an answer to each asking clause.

A unit's score is the probability, from a logistic model over the features of
:mod:`assistant.qa.features`, that it holds the answer to the clause. The model's weights are
data (``calibration.yaml``), fitted on the tuning halves only by
``python -m assistant.evaluation.policy --fit``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np

from assistant.qa.focus import term_stems
from assistant.qa.models import Passage, Unit
from assistant.text import content_stems, inflections, quantities, stem, with_kin_terms

# Common HR acronyms: a question using either form also matches the other.
ACRONYMS = {
    "pip": "performance improvement plan",
    "ipm": "individual performance measure",
    "idp": "individual development plan",
    "sbi": "situation behaviour impact",
    "okr": "objectives and key results",
    "kpi": "key performance indicator",
    "hrbp": "hr business partner",
    "pto": "paid time off",
}


def question_stems(question: str) -> set[str]:
    """Content stems of a question, with HR acronyms and their expansions added both ways and the neutral
    kin term of each kin word."""
    stems = content_stems(with_kin_terms(question))  # "my daughter" names a child as well
    for short, long in ACRONYMS.items():
        long_stems = content_stems(long)
        if stem(short) in stems:
            stems |= long_stems
        elif long_stems <= stems:
            stems.add(stem(short))
    return stems


@lru_cache(maxsize=32768)
def _unit_terms(unit: str) -> frozenset[str]:
    """The stems a unit counts for in :func:`idf` (kept per unit text: a warm index serves the same units to
    many questions)."""
    return frozenset(content_stems(unit) | term_stems(unit, parts=True))


def idf(passages: Sequence[Passage]) -> dict[str, float]:
    """Inverse document frequency of stems over the units of the candidate passages."""
    df: dict[str, int] = {}
    total = 0
    for passage in passages:
        for unit in passage.units:
            total += 1
            for token in _unit_terms(unit):
                df[token] = df.get(token, 0) + 1
    return {token: math.log(1 + total / count) for token, count in df.items()} | {"": math.log(1 + max(total, 1))}


def coverage(q_stems: set[str], unit_stems: set[str], heading_stems: set[str], weights: dict[str, float],
             heading_weight: float) -> float:
    """IDF-weighted share of the question's stems found in the unit (heading counts less)."""
    if not q_stems:
        return 0.0
    default = weights[""]
    total = sum(weights.get(t, default) for t in q_stems)
    got = sum(weights.get(t, default) * (1.0 if t in unit_stems else heading_weight if t in heading_stems else 0.0)
              for t in q_stems)
    return got / total if total else 0.0


@dataclass(frozen=True)
class UnitModel:
    """A logistic model over named, standardised features: P(unit answers clause)."""

    features: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    bias: float

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> UnitModel:
        rows = data["features"]
        names = tuple(rows)
        column = [[float(rows[n][k]) for n in names] for k in ("mean", "scale", "weight")]
        return cls(names, np.asarray(column[0]), np.asarray(column[1]), np.asarray(column[2]), float(data["bias"]))

    def as_data(self) -> dict[str, Any]:
        return {"bias": round(self.bias, 6), "features": {
            n: {"weight": round(float(w), 6), "mean": round(float(m), 6), "scale": round(float(s), 6)}
            for n, w, m, s in zip(self.features, self.weights, self.mean, self.scale, strict=True)}}

    def columns(self) -> list[int]:
        from assistant.qa.features import FEATURES

        return [FEATURES.index(n) for n in self.features]

    def logits(self, x: np.ndarray) -> np.ndarray:
        """Log-odds for a feature array whose last axis follows :data:`assistant.qa.features.FEATURES`."""
        z = (x[..., self.columns()] - self.mean) / self.scale
        return z @ self.weights + self.bias

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        return 1.0 / (1.0 + np.exp(-np.clip(self.logits(x), -30, 30)))


def rank_units(units: list[Unit], probs: np.ndarray) -> list[Unit]:
    """Attach each unit's per-clause probabilities and sort best first (ties: search rank, position).
    A unit that does not hold the kind of value a clause asks for scores 0 for that clause."""
    for unit, row in zip(units, probs, strict=True):
        # A unit that does not hold the kind of value a clause asks for cannot answer that clause.
        unit.probs = [float(v) if held else 0.0 for v, held in zip(row, unit.held, strict=True)]
        unit.clause = int(np.argmax(row)) if len(row) else 0
        unit.prob = unit.score = unit.probs[unit.clause] if unit.probs else 0.0
    return sorted(units, key=lambda u: (-u.prob, u.passage.rank, u.position))


# --- the asker's situation against a policy's thresholds ------------------------------------------------

# A threshold a policy sets a case by, before or around a quantity of time: "for over 1 year", "less than
# 4-weeks", "greater than 3 months", "within 60 days"; "1 year or more"; "15+ years"; "between 3 and 15 years".
_BELOW = r"less\s+than|fewer\s+than|shorter\s+than|under|within"
_ABOVE = r"more\s+than|greater\s+than|longer\s+than|over|in\s+excess\s+of"
_THRESHOLD = re.compile(
    rf"\b(?P<op>{_BELOW}|{_ABOVE})\s+(?:a\s+period\s+of\s+)?(?P<q>[\w$.,]+[\s-]+(?:[\w-]+[\s-]+)?[a-z]+)"
    r"|\bbetween\s+(?P<low>\d+(?:\.\d+)?)\s+(?:and|to)\s+(?P<q2>\d+(?:\.\d+)?[\s-]+[a-z]+)"
    r"|(?P<q3>\d+(?:\.\d+)?)\s*\+\s*(?P<unit3>[a-z]+)"
    r"|(?P<q4>[\w.]+[\s-]+[a-z]+)\s+or\s+(?P<op4>more|longer|over|less|fewer)\b",
    re.IGNORECASE)
# Words a threshold needs (plain substrings, cheap): sentences without one are not read further.
_THRESHOLD_HINTS = ("than", "over", "under", "within", "between", "excess", "+", " or more", " or longer", " or less",
                    " or fewer")
# "I want more than 12 weeks": a quantity the question itself bounds is no statement of the asker's case.
_BOUND_BEFORE = re.compile(rf"\b(?:{_BELOW}|{_ABOVE}|at\s+least|at\s+most|up\s+to|between|or)\s*$", re.IGNORECASE)
DAYS_PER_MONTH = 30.44


def _days(text: str) -> float | None:
    """The length of the first quantity of time in ``text``, in days (None when it holds none)."""
    found = next((q for q in quantities(text) if q.dimension in ("time", "months", "workday")), None)
    if found is None:
        return None
    return found.value * DAYS_PER_MONTH if found.dimension == "months" else \
        found.value if found.dimension == "workday" else found.value / 1440


def stated_lengths(question: str) -> list[float]:
    """The lengths of time (days) a question states as the asker's case ("I've worked here for eight months",
    "leave for three weeks"), not those it bounds itself ("more than 12 weeks")."""
    return [_days(question[q.start:q.end]) or 0.0 for q in quantities(question)
            if q.dimension in ("time", "months", "workday") and not _BOUND_BEFORE.search(question[: q.start])]


@lru_cache(maxsize=32768)
def thresholds(text: str) -> tuple[tuple[float, float], ...]:
    """The ranges of time (days, open ends infinite) a unit's cases are set by ("less than 1 year":
    (0, 365)); the bounds the text states as values ("up to 16 weeks") are none."""
    lower = text.lower()
    if not any(hint in lower for hint in _THRESHOLD_HINTS):
        return ()
    out: list[tuple[float, float]] = []
    for m in _THRESHOLD.finditer(text):
        if m.group("op"):
            length = _days(m.group("q"))
            if length is not None:
                below = re.match(_BELOW, m.group("op"), re.IGNORECASE) is not None
                out.append((0.0, length) if below else (length, math.inf))
        elif m.group("q2"):
            high = _days(m.group("q2"))
            if high is not None:
                out.append((high * float(m.group("low")) / float(re.match(r"[\d.]+", m.group("q2")).group()), high))
        elif m.group("q3"):
            length = _days(f"{m.group('q3')} {m.group('unit3')}")
            if length is not None:
                out.append((length, math.inf))
        else:
            length = _days(m.group("q4"))
            if length is not None:
                out.append((length, math.inf) if m.group("op4").lower() in ("more", "longer", "over")
                           else (0.0, length))
    return tuple(out)


def case_fit(lengths: Sequence[float], text: str) -> int:
    """Whether the asker's stated lengths fall in a unit's case: 1 when one falls in a range the unit sets,
    -1 when the unit sets ranges and none holds one, 0 when it sets none (or the question states none)."""
    if not lengths:
        return 0
    ranges = thresholds(text)
    if not ranges:
        return 0
    return 1 if any(low <= n <= high for n in lengths for low, high in ranges) else -1


def situation_first(question: str, units: Sequence[Unit], good: Callable[[Unit], bool]) -> tuple[list[Unit], set[int]]:
    """``units`` (best first) reordered for the asker's case, and the ids of the units whose case excludes it.

    When the question states a length of time (tenure, a leave's length, an expense's age) and the best
    unit's document sets cases by thresholds of time, the units of that document whose case holds the
    stated length (and that pass ``good``, the gate a lead must pass) come first, and the units whose cases
    exclude it last (their ids are returned: they answer for another case and are not quoted). The branch
    the asker is in answers, not the other branch of the same condition. Unchanged (and no ids) when no
    such unit passes."""
    lengths = stated_lengths(question)
    if not lengths or not units:
        return list(units), set()
    source = units[0].passage.source
    fit = {id(u): case_fit(lengths, u.text) for u in units}
    first = [u for u in units if fit[id(u)] == 1 and u.passage.source == source and good(u)]
    if not first:
        return list(units), set()
    chosen = {id(u) for u in first}
    outside = [u for u in units if fit[id(u)] == -1]
    return first + [u for u in units if id(u) not in chosen and fit[id(u)] == 0] + outside, {id(u) for u in outside}


def definition_first(question: str, units: Sequence[Unit], good: Callable[[Unit], bool]) -> list[Unit]:
    """``units`` (best first) with, for a question asking what a term covers through a verb of classing ("what
    *counts as* an election event"), the units of the best unit's document that define a term (``defines``: "This
    includes primaries and caucuses") and pass ``good`` first: the definition answers, not a sentence that only
    uses the term ("up to 4 hours for each election event"). Unchanged for other questions."""
    from assistant.qa.focus import defines, drop_classing

    if not units or drop_classing(question) == question:
        return list(units)
    source = units[0].passage.source
    first = [u for u in units if u.passage.source == source and good(u) and defines(u.text)]
    chosen = {id(u) for u in first}
    return first + [u for u in units if id(u) not in chosen]


def bound_durations_only(text: str) -> bool:
    """Whether every length of time ``text`` states is a threshold of a case ("unpaid time of under three weeks",
    "more than ten days", "15+ years"), none a length the text gives as the value of its thing: such a
    sentence answers "how long is X?" only for the case it bounds. False when it states no length of time."""
    spans = [q for q in quantities(text) if q.dimension in ("time", "months", "workday")]
    if not spans:
        return False
    return all(bounds_case(text, q.start, q.end) for q in spans)


def bounds_case(text: str, start: int, end: int) -> bool:
    """Whether the length of time at ``text[start:end]`` is the threshold of a case ("more than ten days", "within 48
    hours", "between 3 and 15 years", "15+ years", "who has worked here for two years"), not a length given as a value."""
    return bool(_BOUND_OPERATOR.search(text[max(0, start - 24): start])
                or _TENURE_BEFORE.search(text[max(0, start - 60): start])
                or re.match(r"\s*\+|\s*(?:[a-z-]+\s+)?or\s+(?:more|longer|less|fewer)\b", text[end: end + 20],
                            re.IGNORECASE))


# A tenure a case requires, in the perfect ("you need to have been an employee for 12 months", "who has worked
# here for two years"): a condition of eligibility, not the length of what it makes one eligible for.
_TENURE_BEFORE = re.compile(r"\b(?:ha(?:ve|s|d)|having)\s+(?:been|worked|served)\b[^.;:,]{0,40}?\bfor\s+$",
                            re.IGNORECASE)
# A threshold operator right before a quantity ("less than", "over", "within", "between 3 and").
_BOUND_OPERATOR = re.compile(rf"\b(?:{_BELOW}|{_ABOVE}|between(?:\s+[\w.]+\s+(?:and|to))?)\s+(?:a\s+period\s+of\s+)?$",
                             re.IGNORECASE)


def states_duration(text: str) -> bool:
    """Whether ``text`` gives a length of time as a value, not only as the threshold of a case."""
    return any(q.dimension in ("time", "months", "workday") for q in quantities(text)) \
        and not bound_durations_only(text)


# --- a yes/no question: the sentence that rules on the asked act -------------------------------------------

# What rules on an act: a modal or a predicate of permission, obligation or entitlement before the verb it governs
# ("can be carried over", "do not need to", "have the right to be accompanied", "are entitled to", "are free to").
# A deontic adjective predicate with its "to" (Palmer, Mood and Modality, 2001, 3.3 and 4.2: permission and
# entitlement said by an adjective or a phrase, not a modal verb): "it is perfectly okay to decline", "you are within
# your rights to say no", and availability to a recipient ("Benefits are available to employees only", "open to").
_DEONTIC_PREDICATE = (r"(?:(?:is|are|it's|it\s+is)\s+(?:not\s+)?(?:perfectly\s+|completely\s+|totally\s+)?"
                      r"(?:okay|ok|fine|acceptable)\s+to|(?:is|are)\s+within\s+(?:your|their|his|her|one's)\s+"
                      r"rights?\s+to|(?:is|are)\s+(?:not\s+)?(?:only\s+)?(?:available|open)\s+(?:only\s+)?to)")
_RULING_CORE = (r"can(?:not)?|can't|could|may|might|must|mustn't|should|shouldn't|shall|won't|will\s+not|"
                r"(?:do|does|did)(?:\s+not|n't)\s+(?:need|have)\s+to|need(?:s)?\s+to|ha(?:ve|s)\s+to|"
                r"ha(?:ve|s)\s+the\s+right\s+to|(?:is|are)\s+(?:not\s+)?(?:allowed|permitted|required|expected|"
                r"encouraged|entitled|free|welcome|eligible|obliged)\s+to|" + _DEONTIC_PREDICATE)
_RULING = rf"(?:{_RULING_CORE}|will)"
# ... less a bare "will", which tells what is to happen (futurity: Huddleston & Pullum, The Cambridge Grammar of the
# English Language, 2002, 3.9.2), not what is allowed or required ("employees ... will have access to health
# coverage"); "will not" / "won't" stay, a policy's refusal ("we will not offer formal performance remediation").
_DEONTIC = rf"(?:{_RULING_CORE})"
# The ruling, then an optional "not", manner adverb and "be"/"have", then the governed word; a light verb ("get
# approval", "give notice", "take leave") hands the rule on to its object, the act's nominalisation (Quirk et al.
# 1985, 2.26 "light" verbs with eventive objects).
_GOVERNED = (r"\s+(?:not\s+)?(?:\w+ly\s+)?(?:be\s+|have\s+)?([a-z]+)"
             r"(?:\s+(?:(?:an?|the|your|their|his|her|its|any|prior|written|formal)\s+){0,2}([a-z]+))?")
_RULED_WORD = re.compile(rf"\b{_RULING}{_GOVERNED}", re.IGNORECASE)
_DEONTIC_WORD = re.compile(rf"\b{_DEONTIC}{_GOVERNED}", re.IGNORECASE)
_LIGHT_VERBS = frozenset({"get", "gets", "give", "take", "make", "have", "receive", "seek", "obtain", "request",
                          "ask", "need", "require", "provide"})
# A polarity or frequency adverb before the asked predicate states whether it holds ("are always paid while sick",
# "never expire", "is not payable"), after an optional auxiliary.
_POLARITY_WORD = re.compile(r"\b(?:not|never|always|only|no\s+longer)\s+(?:be\s+|been\s+)?([a-z]+)", re.IGNORECASE)
_NOMINAL_STEM = 5  # letters a nominalisation shares with its verb ("approv-al" / "approv-e") to stand for it


def _names_act(word: str, actions: frozenset[str]) -> bool:
    """Whether ``word`` is one of the asked acts' forms, or a nominalisation built on an act's stem of at least
    ``_NOMINAL_STEM`` letters ("approval" on "approv-e", "reimbursement" on "reimburs-e")."""
    word = word.lower()
    return word in actions or any(len(base := stem(a)) >= _NOMINAL_STEM and word.startswith(base) for a in actions)


@lru_cache(maxsize=32768)
def _ruled_words(text: str, future: bool = True, polarity: bool = True) -> tuple[str, ...]:
    """The words a rule in ``text`` governs: the verb after a modal or predicate of permission/obligation, its
    object after a light verb, and the word after a polarity adverb (kept per unit text). ``future``: a bare "will"
    rules too; ``polarity``: a polarity adverb does."""
    out: list[str] = []
    for m in (_RULED_WORD if future else _DEONTIC_WORD).finditer(text):
        out.append(m.group(1))
        if m.group(2) and m.group(1).lower() in _LIGHT_VERBS:
            out.append(m.group(2))
    if polarity:
        out += [m.group(1) for m in _POLARITY_WORD.finditer(text)]
    return tuple(w.lower() for w in out)


# The words of the asking itself ("Do I *need* a note?", "Do I *have* to ...", "Am I *allowed* to ..."): the modality
# a yes/no question asks about, never the act it asks it of.
_ASKING_WORDS = frozenset(f for w in ("need", "have", "must", "can", "may", "might", "could", "should", "shall", "will",
                                      "would", "require", "allow", "permit", "do", "be", "get")
                          for f in inflections(w)) | {"is", "are", "am", "was", "were", "cannot"}


def rules_on_asked(text: str, actions: frozenset[str], future: bool = True, polarity: bool = True) -> bool:
    """Whether ``text`` states whether an asked act (less the words of the asking, :data:`_ASKING_WORDS`) holds: a
    modal or a predicate of permission, obligation or entitlement governs it, directly or through a light verb and
    the act's nominalisation ("You do not *need to get approval*" for "Do I have to get my manager to approve ..."),
    or a polarity adverb stands before it ("*never* expire"). ``future`` and ``polarity`` as for :func:`_ruled_words`."""
    acts = actions - _ASKING_WORDS
    return any(_names_act(w, acts) for w in _ruled_words(text, future, polarity))


# A predicate of entitlement or exemption with its complement ("may not be eligible for compensation increases", "are
# exempt from the waiting period"): the complement is what the rule is on.
_ENTITLEMENT = re.compile(r"\b(?:eligible|entitled|exempt|liable)\s+(?:for|to|from)\s+", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;:.!?()]")
_SPAN_WORDS = 8  # words after a ruled word read as what the rule is on, up to the end of its clause
_ASKING_STEMS = frozenset(stem(w) for w in _ASKING_WORDS)


@lru_cache(maxsize=32768)
def _governed_spans(text: str, future: bool = True) -> tuple[frozenset[str], ...]:
    """The content stems of what each rule in ``text`` governs: from the ruled word (after a modal, a predicate of
    permission or obligation, a polarity adverb) or an entitlement's complement, up to ``_SPAN_WORDS`` words or the
    end of its clause; ``future``: a bare "will" rules too."""
    starts = [m.start(1) for m in (_RULED_WORD if future else _DEONTIC_WORD).finditer(text)] + [m.start(1) for m in _POLARITY_WORD.finditer(text)] \
        + [m.end() for m in _ENTITLEMENT.finditer(text)]
    spans = []
    for start in starts:
        rest = text[start:]
        end = _CLAUSE_END.search(rest)
        spans.append(frozenset(content_stems(" ".join((rest[:end.start()] if end else rest).split()[:_SPAN_WORDS]))))
    return tuple(spans)


def asked_stems(clause: str) -> frozenset[str]:
    """The content stems of a question clause, less the words of the asking (:data:`_ASKING_WORDS`)."""
    return frozenset(content_stems(clause)) - _ASKING_STEMS


def rules_on_asked_thing(text: str, clause: str, future: bool = True) -> bool:
    """Whether a rule in ``text`` governs a phrase naming something the clause asks about: the sentence already says
    whether it holds ("the team member *may not be eligible for compensation increases*" for "Does being
    performance-managed affect my annual pay increase?", "all employees *are eligible for the referral bonus*")."""
    asked = asked_stems(clause)
    return any(span & asked for span in _governed_spans(text, future))


def names_more_than_the_act(text: str, clause: str) -> bool:
    """Whether ``text`` names something the clause asks about besides the acts its rules govern: a rule on the asked
    verb alone ("they *will pay* for it via our company card" for "Will Sourcegraph pay for my laptop repairs?") is
    about another thing."""
    return bool((frozenset(content_stems(text)) & asked_stems(clause)) - {stem(w) for w in _ruled_words(text)})
