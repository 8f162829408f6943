"""A characteristic given as the grounds of the writer's allocation of the person's work (round 41, biasrec41b).

"She is single, so I moved her to nights", "he has two kids, so I gave the Leeds trip to Tom", "I gather she is
gay, so I gave her the back-office shifts", "I put him on the day rota because he is a father of three": the
characteristic of the person is the grounds (a conjunct of result, Quirk et al. 1985, 8.137; or a clause of reason
after the decision, 15.45-15.47) and the consequence is the writer's decision about what work the person gets
(US EEOC, Compliance Manual section 15-VII: assigning work, shifts or places because of a protected characteristic).
The rules whose judgement is `linked` (family status, a same-sex partner) read a decision of this kind as the
judgement the characteristic takes part in.

The decision is read by the placement readers the earlier rounds built (``_placement_after``,
``_fronted_placement``, ``_placement_by_writer``: taking the person off work, confining them to some, handing their
work to someone named) and by an allotment: a verb of handing over (vocabulary `handover_verbs`) with the person as
indirect object and working time as the direct one ("gave her the Christmas shifts"), or a verb of moving
(`removal_verbs`) with the person and a goal of working time ("moved her to nights", "put him on the Christmas
rota"); the working time is vocabulary `working_time` or `schedule_heads`. An allotment the person asked for is an
arrangement (a verb of `request_verbs` or `reporting_verbs` in the sentence: "She is pregnant and asked to come off
the ladders, so I moved her to the office").
"""

from __future__ import annotations

from assistant.analyzers.bias.doc import _OBJECT_PRONOUNS
from assistant.analyzers.bias.grammar import _CLAUSE_GAP_RE, _PLACEMENT_FILLERS, CONSEQUENCE_LINKS, NEGATORS

_WRITER = frozenset(["i", "we"])
_GOAL_PREPOSITIONS = frozenset(["to", "onto", "on"])  # "moved her to nights", "put him on the Christmas rota"
_REASONS_AFTER = frozenset(["because", "since", "as"])  # "I moved her to nights because she is single"
_THEME_REACH = 4  # the working time within a short noun phrase: "the two late Christmas shifts"


# How far back a reason clause's opener is looked for: a bound keeps a sentence of thousands of words linear.
_REASON_REACH = 40

class _AllocationChecks:
    """``_allotted``: the writer's decision about the person's work drawn from the characteristic."""

    def _allotted(self, i: int, j: int, lo: int, hi: int, b: int | None = None, linked: bool = False) -> bool:
        """Is a decision of the writer about the person's work drawn from the characteristic ``i..j`` of the
        sentence ``lo..hi`` (a consequence read up to ``b``, the sentence's end if None): after it with a link of
        consequence and "I"/"we", in the main clause after a fronted reason, or before the clause of reason that
        holds it (module docstring)? For a ``linked`` rule, and for the allotments, not a decision in a sentence
        that reports the person's request (``_asked_for``); the earlier placement readers keep their own conditions
        for the other rules."""
        b = hi if b is None else b
        asked = self._asked_for(lo, hi)
        if linked and asked:
            return False  # "Tariq asked for no overnight travel ..., so I gave the northern accounts to Ben"
        if self._placement_after(j, b, hi) is not None or self._fronted_placement(i, lo, hi) is not None:
            return True
        if asked:
            return False
        words = self.doc.words
        for k in self.doc.among(CONSEQUENCE_LINKS, j + 1, b - 2):
            if words[k + 1] in _WRITER and self._allots(k + 2, b):
                return True
        opener = self._reason_opener(i, lo)
        if opener is None:
            return False
        for k in self.doc.among(_WRITER, lo, opener - 1):
            if self._placement_by_writer(k + 1, opener - 1, hi) is not None or self._allots(k + 1, opener - 1):
                return True
        return False

    def _reason_opener(self, i: int, lo: int) -> int | None:
        """The index of 'because', 'since' or 'as' opening the clause that holds ``i`` after a clause of its
        sentence, or None; 'since' after a perfect dates what follows ("has worked nights since she married")."""
        words, doc = self.doc.words, self.doc
        k = i - 1
        while k > max(lo, i - _REASON_REACH):
            if words[k] in _REASONS_AFTER:
                if words[k] == "since" and self._perfect_before(k, lo):
                    return None
                return k
            if _CLAUSE_GAP_RE.search(doc.gap(k)):
                return None
            k -= 1
        return None

    def _allots(self, start: int, b: int) -> bool:
        """Does the verb group starting at ``start`` (after the writer's "I"/"we", within ``b``) allot working time
        to the person: at most three auxiliaries or adverbs, a verb of handing over with the person and then working
        time, or a verb of moving with the person and a goal of working time; not one the person asked for?"""
        words = self.doc.words
        m = start
        while m < min(b, start + 3) and words[m] in _PLACEMENT_FILLERS:
            m += 1
        if m + 2 > b or words[m] in NEGATORS or not self._allotted_person(m + 1, b):
            return False
        if words[m] in self.rules.handover_verbs and words[m + 2] not in _GOAL_PREPOSITIONS:
            theme = m + 2
        elif words[m] in self.rules.removal_verbs and words[m + 2] in _GOAL_PREPOSITIONS:
            theme = m + 3
        else:
            return False
        return self._working_time_within(theme, b)

    def _asked_for(self, lo: int, hi: int) -> bool:
        """Does the sentence ``lo..hi`` hold a verb of requesting or reporting (vocabularies `request_verbs`,
        `reporting_verbs`): the person's own request or disclosure, which makes the decision an arrangement?"""
        vocab = self.rules.vocabulary
        asked = vocab.get("request_verbs", frozenset()) | vocab.get("reporting_verbs", frozenset())
        return any(True for _ in self.doc.among(asked, lo, hi + 1))

    def _allotted_person(self, k: int, b: int) -> bool:
        """Is the word at ``k`` the person as an object: him, them, an object 'her', or a first name?"""
        word = self.doc.words[k]
        return word in ("him", "them") or (word == "her" and self._object_her(k, b)) or (
            word not in _OBJECT_PRONOUNS and self._is_first_name(k))

    def _working_time_within(self, k: int, b: int) -> bool:
        """Is a word of working time (vocabularies `working_time`, `schedule_heads`) among the few words from ``k``
        before the clause ends?"""
        words, doc, vocab = self.doc.words, self.doc, self.rules.vocabulary
        times = vocab.get("working_time", frozenset()) | vocab.get("schedule_heads", frozenset())
        for n in range(k, min(b, k + _THEME_REACH) + 1):
            if n > k and _CLAUSE_GAP_RE.search(doc.gap(n)):
                return False
            if words[n] in times:
                return True
        return False
