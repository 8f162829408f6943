"""A characteristic said of the person in one sentence, the judgement drawn in the next (round 41, biasrec41c).

"She has two small children. So I don't see her taking on the Leeds accounts.", "He is sixty-three. Because of that
I took him off the rota.": the next sentence opens with a conjunct of result (Quirk et al. 1985, 8.137-8.141: the
resultive "so", "therefore", "as a result"; the anaphoric "because of that", "that is why") that makes the whole
sentence before it the grounds, and it draws a judgement (vocabulary `assessment`, a negation) or the writer's
placement of the person. It must refer to a person (a personal pronoun or a first name of the sentence before):
"... because she is a woman. Therefore, the emergence of such a topic is not surprising" judges no one. The rules
whose judgement is `linked` take it only about the same person (a pronoun of one person or the name):
"She has two small children. So I took the Friday shift myself." draws nothing about her.
"""

from __future__ import annotations

from assistant.analyzers.bias.grammar import _RESULT_OPENERS, _TIE_REACH, NEGATORS

# A personal pronoun of one person (_judged_next), and of a person at all (_tied_next: the singular
# 'they' of an unnamed colleague).
_ONE_PERSON = frozenset(["he", "she", "him", "her", "his", "hers", "you", "your", "yours"])
_ANY_PERSON = _ONE_PERSON | frozenset(["they", "them", "their", "theirs"])


class _NextSentenceChecks:
    """``_tied_next`` and ``_judged_next``: the judgement drawn in the sentence after the characteristic's."""

    def _tied_next(self, hi: int) -> bool:
        """Does the sentence after the one ending at ``hi`` draw a judgement from it? It opens with a conjunct
        of result (``_result_opened``: so, therefore, because of that, that is why ...: "Ken took paternity leave
        in June. So he isn't serious about the lead.") and holds a judgement cue (vocabulary `assessment`, a
        negation) within ``_TIE_REACH`` words, or the writer's placement of the person ("I" or "we" and
        ``_placement_by_writer``: "Because of that I took him off the rota"), and it refers to a person (a
        personal pronoun or a first name of the sentence before): a consequence drawn about a thing or a topic
        ("... because she is a woman. Therefore, the emergence of such a topic is not surprising") judges no one.
        A clause that a semicolon joins on and that opens with the writer's doubt ('I doubt', 'we wonder': vocabulary
        `doubts`) draws one too: the semicolon links two clauses closely related in meaning (Quirk et al. 1985,
        App. III.11). An opening "This"/"It" is not enough: it may take up anything said before ("... They returned from
        leave in March. This means we're missing chances to catch issues", with the leave sentence inserted)."""
        words = self.doc.words
        start = hi + 1
        if start + 1 < len(words) and ";" in self.doc.gap(start) and words[start] in ("i", "we") and (
                words[start + 1] in self.rules.vocabulary.get("doubts", frozenset())):
            return True  # the writer's doubt in a clause a semicolon joins on: "...; I doubt she will come back as sharp"
        after = self._result_opened(start)
        if after is None:
            return False
        hi2 = self.doc.bounds(start)[1]
        end = min(hi2, start + _TIE_REACH)
        assessment = self.rules.vocabulary.get("assessment", frozenset())
        unfit = self._negated_fit(start, end)
        inert = self._inert_cues(start)
        if not self._names_person(after, end, self.doc.bounds(hi)[0], hi, _ANY_PERSON):
            return False  # drawn about a thing or a group only: "... Therefore, the emergence of such a topic is not surprising"
        if any(k in unfit or (k not in inert and (words[k] in assessment or (
                words[k] in NEGATORS and words[k] != "ill"))) for k in range(after, end + 1)):
            return True
        # the writer's decision about the person: "He is sixty-three. Because of that I took him off the rota."
        return after < end and words[after] in ("i", "we") and self._placement_by_writer(after + 1, end, hi2) is not None

    def _names_person(self, a: int, b: int, lo: int, hi: int, pronouns: frozenset[str]) -> bool:
        """Does ``a..b`` refer to a person: one of ``pronouns``, or a first name that the sentence ``lo..hi`` names?"""
        words = self.doc.words
        names = {words[k] for k in range(lo, hi + 1) if self._is_first_name(k)}
        return any(words[k] in pronouns or (words[k] in names and self._is_first_name(k)) for k in range(a, b + 1))

    def _result_opened(self, start: int) -> int | None:
        """The index of the first word after a conjunct of result (``_RESULT_OPENERS``: "So", "Therefore",
        "Because of that", "That is why") that opens the sentence starting at ``start``, or None."""
        words = self.doc.words
        if start >= len(words) or self.doc.bounds(start)[0] != start:
            return None
        for opener in _RESULT_OPENERS:
            n = start + len(opener)
            if n < len(words) and tuple(words[start:n]) == opener and self.doc.bounds(n)[0] == start:
                return n
        return None

    def _judged_next(self, lo: int, hi: int) -> bool:
        """Does the sentence after ``lo..hi`` draw a judgement or decision from it (``_tied_next``) about the same
        person: a personal pronoun of one person, or a first name of the sentence ``lo..hi``, after its conjunct of
        result? The conjunct makes the whole sentence before it the grounds (Quirk et al. 1985, 8.137), so a
        characteristic said there takes part in the judgement: "She has two small children. So I don't see her
        taking on the Leeds accounts." Drawn about the work or the writer alone ("So I took the Friday myself")
        it is no judgement of the person."""
        if not self._tied_next(hi):
            return False
        after = self._result_opened(hi + 1)
        return after is not None and self._names_person(
            after, min(self.doc.bounds(after)[1], after + _TIE_REACH), lo, hi, _ONE_PERSON)
