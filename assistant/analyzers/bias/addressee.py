"""Who a second-person text judges: a text that tells "you" what you did ("you sat with Leo", "thank you for ...")
is about its addressee, so a characteristic that grammar gives to someone else through a third-person or the writer's
own possessive determiner ("his dad", "her medication", "my very special and unique son"; not the inclusive "our",
nor a partitive "one of my ...") is that other person's, not the addressee's. Only characteristic mentions (a rule
of kind ``mention``, a neutral word whose bias depends on whom it judges) are read so: a slur or a rejected label
(kind ``wording``) is flagged whoever it describes.

The person deixis of English: the first person is the speaker, the second the addressee, the third anyone else
(Quirk et al. 1985, A Comprehensive Grammar of the English Language, ch. 6 on person and the possessive determiners,
which agree with their owner), and a feedback draft or a letter of thanks judges its addressee. Only a sentence that
draws nothing from what it tells is read so: one with a cause or result link or a modal keeps its flags, since a
judgement there may depend on the other person's characteristic ("She is pregnant, so she should not ...").

Round 39 (biasfp39): the tune drafts' false flags "his dad told the manager", "her mum thanked us", "She left with
her medication", "booked her husband in", "the younger rhino was keeping his weight off", and letters of thanks that
parents and families write to nursery staff, teachers and nurses (evals/probes/round39/biasfp39b.jsonl). The
addressee's own characteristic ("your eyes get worse as you get older", "don't tell me you are pregnant again", "I
would not want you working after having children") and a text whose "you" is generic ("Starting or growing your
family through a pregnancy ...", no act of the addressee told) keep their flags.
"""

from __future__ import annotations

from assistant.analyzers.bias.grammar import (
    CLAUSE_MODALS,
    CONSEQUENCE_LINKS,
    EXPLAINING_LINKS,
    FUNCTION_WORDS,
)
from assistant.text import (
    is_past_tense,
)

# Possessive determiners whose owner is not the addressee: the third person's and the speaker's (Quirk et al. ch. 6).
# Not 'our': the inclusive first person plural takes the addressee in ("one of our older operators").
_OTHER_OWNERS = frozenset(["his", "her", "their", "my"])
# Subject pronouns: after "you", one of them opens another clause, whose verb is not the addressee's act.
_THIRD_SUBJECTS = frozenset(["she", "he", "they"])
_OTHER_SUBJECTS = frozenset(["you", "i", "we"])
# Degree words and the coordinator that may stand inside a noun phrase between its determiner and its head
# ("my very special and unique son").
_INSIDE_PHRASE = frozenset(["and", "very", "so", "really", "most", "more", "little", "own"])
# Auxiliaries and adverbs between "you" and the verb of what the addressee did ("you have supported", "you also").
_AUXILIARIES = frozenset(["have", "has", "had", "ve", "d", "also", "always", "just", "then", "really", "all",
                          "both", "never", "once", "even", "still"])
# Words that make a sentence draw something from what it says: a cause or a result link, a modal's verdict or
# ruling, an excess ("She is pregnant, so she should not do the night run"; "Since her divorce she has been
# distracted"). A sentence with one keeps its flags: the judgement may depend on the other person's characteristic.
_GROUNDS = CONSEQUENCE_LINKS | EXPLAINING_LINKS | CLAUSE_MODALS | frozenset(["because", "given", "due", "considering",
                                                                            "too", "since"])
_PERFECT = frozenset(["has", "have", "had", "ve", "d"])  # "she has since booked her husband in": 'since' an adverb
_PHRASE_REACH = 5  # words inside one noun phrase before its head
_ACT_REACH = 6  # words from "you" to the verb of the act it did, across a short parenthesis "You (and all the ladies)"


class _AddresseeChecks:
    """Mixin of _Checker: the characteristic of someone other than the addressee of a second-person text."""

    def _not_the_addressee(self, i: int, j: int, lo: int, hi: int) -> bool:
        """Is the match ``i..j`` in a text addressed to a specific "you" (:meth:`_tells_addressee`), in a sentence
        that draws nothing from it (:meth:`_draws_grounds`), and owned through a third-person or first-person
        possessive determiner before it (:meth:`_other_owner`)?"""
        if not self._tells_addressee() or self._draws_grounds(lo, hi):
            return False
        return self._other_owner(i, lo)

    def _draws_grounds(self, lo: int, hi: int) -> bool:
        """Does the sentence ``lo..hi`` hold a word of ``_GROUNDS`` ('since' after a perfect auxiliary is the adverb
        "since then", and does not count)?"""
        words = self.doc.words
        return any(words[k] in _GROUNDS and not (words[k] == "since" and k > lo and words[k - 1] in _PERFECT)
                   for k in range(lo, hi + 1))

    def _tells_addressee(self) -> bool:
        """Does the text tell its addressee what they did: "thank you", or "you" followed within a few words by a
        past-tense verb ("you sat with Leo", "every one of you bestowed", "You (and all the ladies) have played")?
        A generic "you" ("having to leave your baby ... is one of the most difficult things") tells no act."""
        memo = self.doc.memo.setdefault(("tells_addressee",), {})
        if 0 not in memo:
            words = self.doc.words
            found = False
            for k, word in enumerate(words):
                if word != "you":
                    continue
                if k > 0 and words[k - 1] == "thank":
                    found = True
                    break
                last = min(len(words) - 1, k + _ACT_REACH, self.doc.bounds(k)[1])
                for m in range(k + 1, last + 1):
                    if is_past_tense(words[m]):
                        found = True
                        break
                    if words[m] in _OTHER_SUBJECTS or words[m] in _THIRD_SUBJECTS:
                        break  # another clause's subject: its verb is not the addressee's act
                    if words[m] in FUNCTION_WORDS and words[m] not in _AUXILIARIES and words[m] != "and":
                        break
                if found:
                    break
            memo[0] = int(found)
        return bool(memo[0])

    def _other_owner(self, i: int, lo: int) -> bool:
        """Is the match the head (or inside the head) of a noun phrase opened by "his", "her", "their" or "my",
        with at most a few modifiers between ("her hair", "his dad", "my very special and unique son")?"""
        words = self.doc.words
        if words[i] in _OTHER_OWNERS and i + 1 < len(words) and words[i + 1] not in FUNCTION_WORDS and not (
                i > lo and words[i - 1] == "of"):
            return True  # a rule's phrase that opens with its owner: "his weight", "her stroke"
        for k in range(i - 1, max(lo, i - _PHRASE_REACH) - 1, -1):
            word = words[k]
            if word in _OTHER_OWNERS:
                if k > lo and words[k - 1] == "of":
                    return False  # a partitive may count the addressee in: "one of my older operators"
                return k + 1 >= len(words) or words[k + 1] not in FUNCTION_WORDS or words[k + 1] in _INSIDE_PHRASE
            if self.doc.gap(k + 1).strip(" ,"):
                return False  # a stop, a dash or a bracket ends the phrase
            if word in _INSIDE_PHRASE:
                continue
            if word in FUNCTION_WORDS or not word.isalpha():
                return False
        return False
