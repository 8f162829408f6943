"""A key result told as a complete record set: a record verb's participle over a universally quantified set.

"KR: Every ewe's tag number and treatments recorded in the flock book", "KR: Progress documented on all key results":
a verbless key result whose verb is a past participle of putting something on record (WordNet 3.0's "record, enter,
put down: make a record of; set down in permanent form" and its hyponyms log, document, register, chronicle, ...:
``assistant/data/record_participles.txt``, built by ``scripts/build_record_participles.py``) after its subject, as a
reduced passive clause (Quirk et al. 1985, 17.97), with "every", "each" or "all" on the records' set, either on the
subject or on the noun after a preposition of the participle ("on all key results", "for every ewe"). The universal
determiner closes the set (Quirk et al. 1985, 5.14-5.16: "every/each/all" denote the whole of a set), so the result
is checked as "100% recorded": done when every member is on record. The dev sets label such key results specific and
measurable without exception (evals/probes/round40/README.goals40b.md). A quantifier over a time ("documented every
week") is a cadence, no set; a participle before its noun ("a recorded supervision session") modifies the noun.
"""

from __future__ import annotations

import re
from functools import cache

from assistant.analyzers.goal.rules import GoalRules
from assistant.wordlists import data_file

# Words before a participle that make it an adjective on the next noun ("the recorded calls", "every logged hour").
_ATTRIBUTIVE_BEFORE = frozenset(("a", "an", "the", "every", "each", "all", "any", "no", "some", "this", "these", "those",
                                 "that", "its", "their", "our", "my", "your", "his", "her", "of", "per"))
_UNIVERSAL = r"(?:every|each|all)"
# "all the ewes", "each of our rooms", "every one of the batches": the determiner and what may stand before the noun.
_SET_NOUN = re.compile(_UNIVERSAL + r"(?:\s+(?:one\s+)?of)?(?:\s+(?:the|our|my|their|your|its|his|her|these|those))?"
                       r"\s+(?P<noun>[A-Za-z][\w'’-]*)", re.IGNORECASE)
# The records' set after the participle: a preposition that names what is recorded on or for.
_SET_AFTER = re.compile(r"\s+(?:for|on|of|in|against|across|from)\s+(?=" + _UNIVERSAL + r"\b)", re.IGNORECASE)
# Where the participle's clause ends ("..., so that", "by June") and what no subject holds (a clause of its own).
_CLAUSE_BREAK = re.compile(r"[,;:()]|\s(?:and|but|so|which|that|because|while|when|before|after|by|until|to)\s",
                           re.IGNORECASE)
_SUBJECT_BREAK = re.compile(r"[;:()]|\s(?:but|so|which|that|because|while|when|if|will|must|should|shall)\s", re.IGNORECASE)


@cache
def record_participles() -> frozenset[str]:
    """Past participles of the verbs of putting something on record (assistant/data/record_participles.txt)."""
    lines = data_file("record_participles.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.split()[0] for line in lines if line and not line.startswith("#"))


def _whole_set(text: str, at: int, rules: GoalRules) -> bool:
    """Whether a universal determiner at ``at`` quantifies a set of things, not a time ("every week", "all times")."""
    m = _SET_NOUN.match(text, at)
    if m is None:
        return False
    noun = m.group("noun").lower().rstrip("'’s")
    return noun not in rules.time_words and noun.rstrip("s") not in rules.time_words and noun not in rules.stopwords


def record_set(text: str, sentence: tuple[int, int], rules: GoalRules) -> tuple[int, int] | None:
    """The span of a verbless key result told as a record participle over a universally quantified set (subject and
    participle's clause), or None."""
    start, end = sentence
    lead = start + len(text[start:end]) - len(text[start:end].lstrip())
    forms = record_participles()
    for m in re.finditer(r"[A-Za-z][\w'’-]*", text[lead:end]):
        word = m.group().lower()
        if word not in forms:
            continue
        at, after = lead + m.start(), lead + m.end()
        subject = text[lead:at]
        words = re.findall(r"[A-Za-z][\w'’-]*", subject)
        if not words or words[-1].lower() in _ATTRIBUTIVE_BEFORE or words[-1].lower() in ("is", "are", "be", "been"):
            return None  # no subject, or an adjective ("all recorded calls"); an auxiliary is a passive clause's own
        if _SUBJECT_BREAK.search(subject) or not any(w.lower() not in rules.stopwords for w in words):
            return None
        clause_end = _CLAUSE_BREAK.search(text, after, end)
        stop = clause_end.start() if clause_end else end
        stop = lead + len(text[lead:stop].rstrip(" .!?"))
        universal_subject = re.match(_UNIVERSAL + r"\b", subject, re.IGNORECASE) is not None and _whole_set(text, lead, rules)
        universal_after = any(_whole_set(text, p.end(), rules) for p in _SET_AFTER.finditer(text, after, stop))
        if universal_subject or universal_after:
            return lead, stop
        return None
    return None
