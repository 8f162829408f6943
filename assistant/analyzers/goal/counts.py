"""Counts that a goal's grammar makes a rate or a count of harm.

A nominal rate: a verbless statement that opens with a count of things and closes on a period ("KR: Two new
hand-lettered fronts sold per month", "One team profile published per week") states how many per period, a cadence
of the measure with no by-when; no person's verb schedules work in it, so the period bounds nothing (the dev guides:
a rate is no by-when, evals/dev29 "KR: Two new hand-lettered fronts sold per month", dev22 "KR: Attendance up from
3,100 to 5,000 visitors a year", dev28 "KR: Fewer than 3 customer queries a week ...").

A count of harm: time off named by an adjective of ill health ("sick days", "sick leave", "sick hours": an
adjective of ``assistant/data/harm_adjectives.txt``, WordNet 3.0, before a noun of time) counts days lost to illness,
as "lost-time injuries" counts injuries; "no"/"zero" of it is a perfection target on a running operation
(``assistant.analyzers.goal.measures``).
"""

from __future__ import annotations

import re
from functools import cache

from assistant.analyzers.rulecache import precompiled
from assistant.text import FUNCTION_WORDS, NUMBER_WORDS, PREPOSITIONS, is_participle, wordset
from assistant.wordlists import read_words

# the statement the cadence closes: after a sentence end or a line break (a label such as "KR:" the layout blanks; a
# colon after a clause opens its apposition, "Develop peer-led workshops ...: one workshop per semester")
_STATEMENT_START = precompiled(r"[.;!?\n]")
_REACH = 160
_CARDINAL = "|".join(sorted((w for w, v in NUMBER_WORDS.items() if v >= 1 and w not in ("once", "twice", "double",
                                                                                         "triple", "quadruple")),
                            key=len, reverse=True))
# a count ("2-3", "10", "Two", "an average of 12", "at least five") and at most six words of the counted things,
# ending right before the cadence
_NOMINAL_RATE = precompiled(
    r"(?:(?:an?\s{1,3}average\s{1,3}of|at\s{1,3}least|up\s{1,3}to|about|around|over|more\s{1,3}than)\s{1,3})?"
    r"(?:\d[\d,.]*(?:\s{0,2}[-–]\s{0,2}\d[\d,.]*)?\+?|(?:" + _CARDINAL + r")\b)"
    r"(?P<words>(?:\s{1,3}[A-Za-z][A-Za-z'’-]*){1,6})\s{1,3}\Z", re.IGNORECASE)
# words that make the statement a clause (an auxiliary, a pronoun, an infinitive marker, a conjunction) or a count of
# periods ("three days a week" is how often, not how many things)
_CLAUSE_WORDS = wordset("""will shall should must can could would may might is are was were be been being am has
have had do does did to i we you he she they it our my their his her its your that which who and or but if so by for
from in on at of with""")
_PERIOD_NOUNS = wordset("""day days week weeks month months quarter quarters year years hour hours minute minutes
times shift shifts session sessions night nights""")


def nominal_rate(text: str, cadence_start: int) -> tuple[int, int] | None:
    """The span of the verbless count of things that the cadence at ``cadence_start`` closes ("Two new clients per
    quarter", "2-3 posts published per week"): a rate, not a schedule of the person's work; else None."""
    low = max(0, cadence_start - _REACH)  # a count phrase is short; look back no further (long texts stay linear)
    starts = [m.end() for m in _STATEMENT_START.finditer(text, low, cadence_start)]
    start = starts[-1] if starts else low
    if not starts and low and not text[low - 1].isspace():
        return None  # the statement began before the window
    while start < cadence_start and text[start].isspace():  # a label or objective the layout blanked
        start += 1
    m = _NOMINAL_RATE.fullmatch(text, start, cadence_start)
    if m is None:
        return None
    words = [w.lower() for w in m.group("words").split()]
    if any(w in _CLAUSE_WORDS for w in words) or words[-1] in _PERIOD_NOUNS:
        return None
    return start, m.end("words")


@cache
def harm_adjectives() -> frozenset[str]:
    """``assistant/data/harm_adjectives.txt``: adjectives whose first WordNet 3.0 sense is related to a noun of ill
    health ("sick": "sickness", "ill": "illness"; ``scripts/build_harm_adjectives.py``)."""
    return read_words("harm_adjectives.txt")


# nouns of time away from work that an adjective of ill health makes a count of harm
_TIME_OFF = wordset("day days workday workdays hour hours shift shifts week weeks leave absence absences")
_NP_WORD = precompiled(r"[A-Za-z][\w'’/-]*")
# a content word right after the noun of time off makes it a modifier ("sick-leave forms", "sick day policy")
# longest first, ties in alphabetical order: a set's own order differs between processes and the cached pattern
# would not be found
_NOUN_AFTER = precompiled(r"\s{1,3}(?!(?:" + "|".join(sorted(FUNCTION_WORDS | PREPOSITIONS | {"ever", "again"},
                                                                 key=lambda w: (-len(w), w))) + r")\b)[a-z][\w'’-]*",
                          re.IGNORECASE)


def _modifies(text: str, end: int) -> bool:
    """Whether the word ending at ``end`` modifies a content word after it (a participle after it heads a reduced
    relative, "sick days taken by the bakers", and leaves the noun the head)."""
    m = _NOUN_AFTER.match(text, end)
    return m is not None and not is_participle(m.group().strip().lower())


def harm_time_count(text: str, pos: int, longest: int = 4) -> int | None:
    """Where the noun of time off ends when the noun phrase at ``pos`` (its first ``longest`` words, split at hyphens)
    holds an adjective of ill health right before it ("sick days", "solvent-related sick days"), else None."""
    adjectives = harm_adjectives()
    prev_end, harmful = pos, False
    for n, w in enumerate(_NP_WORD.finditer(text, pos)):
        if n >= longest or (n and text[prev_end:w.start()].strip()):  # punctuation ends the phrase
            break
        parts = w.group().lower().split("-")
        for k, part in enumerate(parts):
            # the noun of time off heads the phrase: "sick days at work", not "sick-leave forms"
            if harmful and part in _TIME_OFF and k == len(parts) - 1 and not _modifies(text, w.end()):
                return w.end()
            harmful = part in adjectives
        prev_end = w.end()
    return None
