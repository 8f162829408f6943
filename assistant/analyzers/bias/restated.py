"""A marital state given as the grounds of a judgement of the same person (round 41, biasrec41).

"Now that she is engaged, I expect she will want fewer hours", "since you're engaged, you're probably more focused on
your wedding", "He is single, so he can cover the Christmas shifts": a state predicated of the person (subject, link
verb, the state: `family_status.marital_state`) is the grounds of a judgement only of someone the judgement is
about. Grounds and consequence are two clauses about one referent (Quirk et al. 1985, 15.45-15.47 on clauses of
reason, 8.137 on conjuncts of result); the judged person is then referred to again outside the predication: a
personal pronoun or possessive of the second or third person, or a name. "Not required anymore because you're
single" (a form field's label: what is not required is the field) refers to the person only in the state, and
judges no one.
"""

from __future__ import annotations

from assistant.analyzers.bias.grammar import FUNCTION_WORDS
from assistant.names import lexicon

# the second and third persons, subject, object, possessive and reflexive (Quirk et al. 1985, 6.2 and table 6.4)
_PERSON_FORMS = frozenset(["he", "him", "his", "himself", "she", "her", "hers", "herself", "they", "them", "their",
                           "theirs", "themselves", "themself", "you", "your", "yours", "yourself"])
_SUBJECT_REACH = 3  # the subject, the link verb and an adverb ("she is now engaged") before the state


class _RestatedChecks:
    """``_judged_again``: the person whose state is the grounds is named again (RuleContext.judged_again)."""

    def _judged_again(self, i: int, j: int, lo: int, hi: int) -> bool:
        """Is the person of the predication ending in the state ``i..j`` referred to again in its sentence, outside
        the subject, link and state (module docstring)?"""
        words = self.doc.words
        start = max(lo, i - _SUBJECT_REACH)
        first_names = lexicon().first
        for k in range(lo, hi + 1):
            if start <= k <= j:
                continue
            word = words[k]
            if word in _PERSON_FORMS:
                return True
            if self.doc.is_capitalized(k) and word not in FUNCTION_WORDS and (k > lo or word in first_names) and (
                    self._is_name(k, lo)):
                return True  # "Eddie ... was unsuccessful because he was single"
        return False
