"""The thing a deadline date belongs to: the subject of a passive (or "due") predicate the date closes.

"“Ratings of Record (Annual)” should be completed in HR Links by November 14": the date is the limit of the
*completing*, and what is completed is the passive clause's subject, the ratings of record; a question about the
deadline of mid-year reviews is not answered by it. In a passive clause the subject is the patient of the verb (Quirk
et al. 1985, A Comprehensive Grammar of the English Language, 3.63-3.65 on the passive; Huddleston & Pullum 2002,
ch. 16), and a time adjunct opened by "by / before / on or before / no later than" gives the limit of that event
(TimeML's TIMEX3 anchored to the EVENT; Quirk 8.57 on "by" as the time-limit preposition). "X is/are due (on) DATE"
is the same predication with an adjective. An active clause ("Supervisors will complete these evaluations no later
than March 1") names its agent as subject, not the thing, and is not read here; neither is a pronoun subject ("It
must be submitted by ..."), whose referent is in another sentence. The check that uses the owner (does it name the
asked thing, its WordNet synonym or kind, or another word of the question) is ``check.value_of_other``.
"""

from __future__ import annotations

import re

# the preposition that makes a date the limit of an event (a closed grammatical set)
_LIMIT_BEFORE = re.compile(r"\b(?:by|before|on\s+or\s+before|(?:no|not)\s+later\s+than|on)\s+(?:the\s+)?$",
                           re.IGNORECASE)
# the clause's opening up to its passive (or "due") predicate: modal + be, "is/are (to be)", then the participle
_PASSIVE_CLAUSE = re.compile(
    r"^\s*(?P<subject>[^,;:()]{1,80}?(?:\([^()]{0,40}\))?[”\"]?)\s+"
    r"(?:(?:must|should|shall|will|would|can|may|needs?\s+to|has\s+to|have\s+to)\s+(?:also\s+)?be"
    r"|(?:is|are)(?:\s+(?:also\s+)?to\s+be)?)\s+(?:also\s+)?(?:all\s+)?"
    r"(?P<predicate>due|[a-z]+(?:ed|en|wn|ne|nt|lt|ld))\b", re.IGNORECASE)
# a subject that only refers (its thing is named elsewhere) or quantifies: no owner
_REFERRING = frozenset(["it", "this", "that", "they", "these", "those", "you", "we", "i", "he", "she", "everything",
                        "all", "each", "both", "which", "who", "what", "there", "one", "some", "any"])
_DETERMINER = re.compile(r"^(?:the|a|an|this|that|these|those|your|their|our|its|all|each|every|any)\s+",
                         re.IGNORECASE)


def deadline_owner(text: str, start: int) -> str | None:
    """The subject of the passive or "due" predicate whose time limit is the date starting at ``start`` of
    ``text`` ("Annual evaluations shall be completed by June 30" -> "Annual evaluations"), or None."""
    before = text[:start]
    if _LIMIT_BEFORE.search(before) is None:
        return None
    # the date's sentence (a boundary is a full stop, "!", "?" or ";" followed by a space)
    opening = max((m.end() for m in re.finditer(r"[.!?;]\s+(?=[A-Z“\"])", before)), default=0)
    clause = _PASSIVE_CLAUSE.match(before[opening:])
    if clause is None:
        return None
    subject = clause.group("subject").strip().strip("“”\"' ")
    words = subject.split()
    if not words or len(words) > 8 or words[0].casefold() in _REFERRING and len(words) == 1:
        return None
    subject = _DETERMINER.sub("", subject).strip()
    if not subject or subject.split()[0].casefold() in _REFERRING:
        return None
    return subject


def unasked_deadlines(text: str, clause: str, owners: list[str | None]) -> bool:
    """For a when-question whose asked thing is no noun phrase the check can read ("When are requests for merit
    increases due?"): whether every date of ``text`` is a deadline whose owner (``owners``, from
    ``check.value_owners``) shares no word with the question's ``clause``, not even by a first-sense WordNet synonym
    ("appraisals" / "evaluations")."""
    from assistant.qa.check import _DATE_VALUE

    dates = [m.start() for m in _DATE_VALUE.finditer(text)]
    if not dates or len(owners) != len(dates) or any(o is None for o in owners):
        return False
    if any(deadline_owner(text, at) != owner for at, owner in zip(dates, owners, strict=True)):
        return False
    return none_named_in(clause, owners)


def none_named_in(clause: str, owners: list[str | None]) -> bool:
    """Whether no word of any owner phrase is a word of ``clause``, not even by a first-sense WordNet synonym
    (``first_sense_synonyms.txt``). Every word counts, not only the head: without a part-of-speech reading an owner
    may run on into the clause's verb ("a fortnightly one-on-one works well"), so its head is somewhere in it."""
    from assistant.qa.features import content_stems
    from assistant.qa.focus import _synonym_table, stem

    asked = frozenset(content_stems(clause))
    table = _synonym_table()
    for owner in owners:
        stems = set(content_stems(owner or ""))
        for word in re.findall(r"[A-Za-z]+", owner or ""):
            stems |= {stem(form) for form in table.get(stem(word), ())}
        if stems & asked:
            return False
    return True
