"""Whether a number of a sentence measures what a quantity question asks for (round 38, qaabst38).

A how-many question counts the noun after "how many" ("How many *attendees* must a conference have?"); a how-long
question asks a length of time. A sentence on the asked topic often holds a number of another dimension, which the
answer-type test read as the asked value before:

* a **count** asked of things that are no unit of time, answered by a span of time ("conferences are usually
  scheduled six months ahead of time" for a number of attendees, "Some approvals can take up to 3-6 weeks" for a
  number of approvals): a cardinal followed by its unit of time measures time, not the counted things. The
  quantity's unit is the noun the number modifies (a measure phrase: Quirk et al. 1985, *A Comprehensive Grammar of
  the English Language*, §5.9 and §17.58; the base units of ISO 80000-3, time, and of counting, "number of
  entities"); a count of time units ("How many pay periods ...?") keeps them.
* a **length** asked, answered by an ordinal of time ("100% the first year of sickness", "on your first day"): an
  ordinal numeral gives a place in a sequence, a cardinal its size (Huddleston & Pullum 2002, *The Cambridge Grammar
  of the English Language*, ch. 5 §7.3, cardinal vs ordinal numerals); the place measures no length. Only a cardinal
  inside it ("your first two weeks") or "the first <unit>" after a span preposition ("within the first week", "during
  their first year") counts a length from the start (TimeML: a DURATION anchored at the beginning, Pustejovsky et al. 2003). A percentage, a ratio of two
  quantities, is no length either.

The check is on the numbers :func:`assistant.qa.check.holds` reads; everything else of that test is unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.text import numbers

# A unit of time right after a number ("6 months", "3-6 weeks", "a 40-hour week", "(15) days", "two business days").
_TIME_UNIT_AFTER = re.compile(r"^[\s\-–(]*(?:\(\d+\)\s*)?(?:[\w-]+\s+){0,2}?(?:minutes?|mins?|hours?|hrs?|days?|"
                              r"weeks?|months?|years?|quarters?|fortnights?|workdays?|semesters?|decades?)\b",
                              re.IGNORECASE)
# "How many <noun>": the counted noun; a unit of time ("pay periods", "nights", "shifts") is counted as such.
_HOW_MANY = re.compile(r"\bhow\s+many\s+(?:more\s+|other\s+|different\s+|separate\s+)?([a-z'’-]+)(?:\s+([a-z'’-]+))?",
                       re.IGNORECASE)
_TIME_NOUNS = frozenset({"minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months",
                         "year", "years", "quarter", "quarters", "fortnight", "fortnights", "workday", "workdays",
                         "night", "nights", "shift", "shifts", "period", "periods", "semester", "semesters",
                         "decade", "decades", "time", "times", "weekend", "weekends"})
# A span preposition before "the first <unit>": the length from the start ("within the first week").
_SPAN_BEFORE = re.compile(r"\b(?:within|in|during|for|over|throughout|after|through|until\s+the\s+end\s+of)\s+"
                          r"(?:the|your|their|his|her|its|our|my|an?\s+employee['’]s)?\s*$", re.IGNORECASE)


# A word that cannot head the counted noun: "how many" whose noun is left out ("how many can I take", "how many of
# them", "how many do I get"), read as the earlier clause's noun, which this check does not know.
_NO_NOUN = frozenset({"can", "could", "do", "does", "did", "will", "would", "shall", "should", "may", "might", "must",
                      "are", "is", "were", "was", "have", "has", "had", "of", "i", "we", "you", "they", "he", "she",
                      "it", "there", "in", "on", "at", "for", "per", "to", "a", "an", "the"})


def counts_things(question: str) -> bool:
    """Whether a how-many question counts something that is no unit of time ("How many attendees ...?"); not when
    the counted noun is left out ("how many can I take ...?")."""
    match = _HOW_MANY.search(question)
    if match is None or match.group(1).casefold() in _NO_NOUN:
        return False
    words = {w.casefold() for w in match.groups() if w}
    return not words & _TIME_NOUNS


def _ordinal_length(text: str, start: int, value: float | None, words: str) -> bool:
    """Whether an ordinal at ``start`` counts a length: a cardinal inside it ("your first two weeks", "the last three
    months": read as one mention ``words``) or "the first <unit>" after a span preposition ("within the first week")."""
    if len(words.split()) > 1:
        return True
    return value == 1 and _SPAN_BEFORE.search(text[:start]) is not None


def of_asked_dimension(measure: str, question: str, text: str,
                       fresh: Sequence[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
    """The mentions of ``fresh`` ((start, end, is_frequency) of the numbers of ``text``) that can measure what a
    quantity question asks (``measure``: "count", "duration", "money", "percent"): a count of things drops the
    numbers whose unit is time; a length drops the ordinals that place a time."""
    if measure == "count" and counts_things(question):
        return [(s, e, f) for s, e, f in fresh if not _TIME_UNIT_AFTER.match(text[e:])]
    if measure == "duration":  # ... and a percentage, a ratio ("100% the first year of sickness")
        mentions = numbers(text)
        ordinals = {m.start: m for m in mentions if m.ordinal}
        ratios = {m.start for m in mentions if m.percent}
        if ordinals or ratios:
            return [(s, e, f) for s, e, f in fresh if s not in ratios
                    and (s not in ordinals or _ordinal_length(text, s, ordinals[s].value, ordinals[s].text))]
    return list(fresh)
