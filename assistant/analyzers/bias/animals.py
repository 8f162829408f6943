"""Checks that a characteristic word is said of an animal, not of the person judged."""

from __future__ import annotations

from assistant.analyzers.bias.grammar import (
    _APOSTROPHES,
    _CLAUSE_GAP_RE,
    DETERMINERS,
    FUNCTION_WORDS,
    LINKS,
    NEGATORS,
    PRONOUNS,
)
from assistant.names import lexicon
from assistant.text import HAVE_FORMS, IRREGULAR_PAST, MODALS, PREPOSITIONS, fold_plural
from assistant.wordlists import animal_nouns, person_nouns

# The verb group between a clause's subject and its predicate: auxiliaries, modals, link verbs, negation, the
# "going to" future and the adverbs that sit inside it (Quirk et al. 1985, 3.22-3.30 the verb phrase; 8.21 adverbs
# in medial position). "the cat had lost weight", "your horse may have dropped", "they are going to put on weight".
_VERB_GROUP = LINKS | HAVE_FORMS | MODALS | NEGATORS | frozenset(
    ["do", "does", "did", "to", "going", "already", "also", "just", "recently", "since", "now", "still", "often",
     "really", "quite", "visibly", "suddenly", "gradually", "slowly"])
# Third-person pronouns whose antecedent may be an animal (Quirk et al. 1985, 6.14: he, she and it of animals;
# they of any plural); "her" and "his" are also determiners ("her weight", "his coat").
_THIRD_PERSON = frozenset(["he", "she", "it", "they", "him", "her", "them", "his", "its", "their"])
_POSSESSIVE_PRONOUNS = frozenset(["his", "her", "its", "their"])
# the prepositions whose object owns or bears what is before them ("the weight of the calves", "hair on the dog")
_OWNER_PREPOSITIONS = frozenset(["of", "on"])
_HYPHENS = frozenset(["-", "\u2010", "\u2011"])
_THEY_FORMS = frozenset(["they", "them", "their"])
# animal nouns whose plural is the singular form (Quirk et al. 1985, 5.85-5.86, zero plurals)
_ZERO_PLURALS = frozenset(["sheep", "cattle", "livestock", "deer", "fish", "poultry", "swine"])
# A noun phrase that stands after these is predicated of someone or compared ("he is a fat pig", "like an old
# dog"): the animal noun then describes a person, and the word stays theirs.
_PREDICATING = LINKS | frozenset(["like", "as"])
# what else a predicate may open with before the characteristic: a particle ("put on weight") and a quantifying
# noun phrase ("dropped a bit of weight"; Quirk et al. 1985, 5.25)
_PREDICATE_WORDS = frozenset(["on", "off", "up", "down", "out", "a", "bit", "lot", "little", "of", "some", "much"])
_SUBJECT_REACH = 7  # words of a predicate walked over back to its subject
_MODIFIER_REACH = 2  # modifiers between a word and the head of its noun phrase


# The longest opening phrase read before an animal subject, in words.
_OPENING_REACH = 30

class _AnimalChecks:
    """Is a body, grooming, health or pregnancy word said of an animal (a groomer's, a farrier's or a vet nurse's
    work) rather than of the person judged?"""

    def _animal(self, word: str) -> bool:
        """An animal noun, singular or regular plural (assistant/data/animal_nouns.txt, WordNet 3.0)."""
        nouns = animal_nouns()
        return word in nouns or fold_plural(word) in nouns

    def _said_of_animal(self, i: int, j: int, lo: int, hi: int) -> bool:
        """Is the characteristic ``i..j`` said of an animal? Who a word is said of is told by the noun phrase it
        modifies or belongs to and by the subject it is predicated of (Quirk et al. 1985, 17.3 the head of a noun
        phrase; 5.115-5.116 the genitive; 10.3 subject and predication): it is the animal's when (1) it modifies an
        animal noun over at most two modifiers ("a skinny horse", "Pregnant mares"), unless that noun phrase is
        predicated of someone or compared ("he is a fat pig", "like an old dog"); (2) an animal's genitive or an 'of'
        phrase naming an animal owns it ("the animal's curly hair", "the body and health of your pet"); (3) the
        subject of its verb group is an animal noun ("the cat had lost weight", "your mare is overweight"), or a
        third-person pronoun whose antecedent is one (below); (4) it is determined by a possessive pronoun whose
        antecedent is one ("blow-dries their hair"); (5) it is the object of a preposition right after an animal
        noun ("on the mare during late pregnancy"); or (6) it stands in a fronted phrase whose clause's subject is an
        animal noun ("In the early months of pregnancy, a mare requires ..."). A pronoun's antecedent is an animal
        only when an animal noun comes before it in the sentence and no third-person person does (a name, a person
        noun, he, she or they of a person): "She walks the dogs and has lost weight" and "The dogs love her, and she
        has put on weight" stay the person's."""
        words = self.doc.words
        return (self._modifies_animal(i, j, lo, hi) or self._owned_by_animal(i, j, lo, hi)
                or self._animal_subject(i, lo) or (words[i] in _THIRD_PERSON and self._animal_antecedent(i, lo))
                or (i - 1 >= lo and words[i - 1] in _POSSESSIVE_PRONOUNS and self._spaced(i)
                    and self._animal_antecedent(i - 1, lo))
                or self._after_animal(i, lo) or self._fronted_before_animal(j, lo, hi))

    def _person_word(self, word: str) -> bool:
        """A person noun, singular or regular plural (rules `people`, WordNet noun.person nouns), that is no function
        word and no animal noun."""
        if word in FUNCTION_WORDS or self._animal(word):
            return False
        people, nouns = self.rules.people, person_nouns()
        return any(form in people or form in nouns for form in (word, fold_plural(word)))

    def _spaced(self, k: int) -> bool:
        """Is the word at ``k`` joined to the one before it by white space only (no punctuation between)?"""
        return not self.doc.gap(k).strip()

    def _np_head(self, k: int, hi: int) -> int | None:
        """The first word from ``k`` on that is an animal noun, over at most ``_MODIFIER_REACH`` modifiers in one
        noun phrase (no punctuation, no function word or pronoun between), or None."""
        words = self.doc.words
        for m in range(k, min(hi, k + _MODIFIER_REACH) + 1):
            if (not self._spaced(m) and self.doc.gap(m) not in _HYPHENS) or words[m] in PRONOUNS:
                return None  # a hyphen joins a compound modifier: "a winter-coated horse"
            if self._animal(words[m]):
                return m
            if words[m] in FUNCTION_WORDS and words[m] != "and":
                return None
        return None

    def _modifies_animal(self, i: int, j: int, lo: int, hi: int) -> bool:
        """(1) "a skinny horse", "Pregnant mares", "older dogs"; not "he is a fat pig", "like an old dog"."""
        if j + 1 > hi or self._np_head(j + 1, hi) is None:
            return False
        words = self.doc.words
        k = i - 1  # back to the word before the noun phrase: over its modifiers and its determiner
        for _ in range(_MODIFIER_REACH + 1):
            if k < lo or not self._spaced(k + 1) or words[k] in _PREDICATING or words[k] in PRONOUNS:
                break
            if words[k] in DETERMINERS:
                k -= 1
                break
            if words[k] in FUNCTION_WORDS:
                break
            k -= 1
        return not (k >= lo and words[k] in _PREDICATING and self._spaced(k + 1))

    def _owned_by_animal(self, i: int, j: int, lo: int, hi: int) -> bool:
        """(2) "the animal's curly hair", "animals' hair", "the weight of the calves", "the body and health of your
        pet": a genitive before it, or an 'of' phrase after it, names an animal."""
        doc, words = self.doc, self.doc.words
        for k in range(i - 1, max(lo, i - 1 - _MODIFIER_REACH) - 1, -1):
            if words[k] == "s" and k - 1 >= lo and doc.gap(k).strip() in _APOSTROPHES:
                return self._animal(words[k - 1])
            if doc.after(k)[:1] in _APOSTROPHES and words[k].endswith("s") and not (k + 1 <= hi and words[k + 1] == "s"):
                return self._animal(words[k])
            if words[k] in FUNCTION_WORDS or words[k] in PRONOUNS or _CLAUSE_GAP_RE.search(doc.gap(k + 1)):
                break
        k = j + 1
        if k + 1 <= hi and words[k] in ("and", "or") and self._spaced(k + 1):
            k += 2  # "the body and health of your pet"
        elif k + 1 <= hi and self._spaced(k) and not (words[k] in FUNCTION_WORDS or words[k] in PRONOUNS):
            k += 1  # the head of a compound: "body condition on a winter-coated horse"
        if k + 1 <= hi and words[k] in _OWNER_PREPOSITIONS and self._spaced(k):
            m = k + 1
            if words[m] in DETERMINERS and m + 1 <= hi:
                m += 1
            return self._np_head(m, hi) is not None
        return False

    def _subject_before(self, i: int, lo: int) -> int | None:
        """The subject of the predicate that opens right before ``i``: the word reached back over at most
        ``_SUBJECT_REACH`` words of a verb group, a verb's -ing, -ed or irregular past form with its particle, and a
        quantifying "a bit of" ("had lost", "is losing", "are going to put on", "may have dropped a bit of"), or None
        when none was passed or the clause breaks first."""
        doc, words = self.doc, self.doc.words
        k = i - 1
        for _ in range(_SUBJECT_REACH):
            if k < lo or _CLAUSE_GAP_RE.search(doc.gap(k + 1)):
                return None
            word = words[k]
            if not (self._verb_form(word) or word in _PREDICATE_WORDS or word.endswith("ly")):
                return k if k < i - 1 or self._verb_form(words[i]) else None
            k -= 1
        return None

    def _verb_form(self, word: str) -> bool:
        """Can ``word`` open a predicate: an -ed or -ing form, an irregular past or a word of a verb group ("lost
        weight", "needed a haircut", "is deaf")?"""
        return word in _VERB_GROUP or word in IRREGULAR_PAST or word.endswith(("ed", "ing"))

    def _animal_subject(self, i: int, lo: int) -> bool:
        """(3) "the cat had lost weight", "your horse may have dropped a bit of weight", "they are going to put on
        weight" (their antecedent an animal); only across a predicate, so "She walks the dogs and has lost weight"
        (the predicate opened by 'and') is no animal's."""
        k = self._subject_before(i, lo)
        if k is None:
            return False
        word = self.doc.words[k]
        if word in _THIRD_PERSON:
            return self._animal_antecedent(k, lo)
        return self._animal(word)

    def _animal_antecedent(self, k: int, lo: int) -> bool:
        """Is the third-person pronoun at ``k`` an animal's? An animal noun of its number comes before it in its
        sentence and no person of its number does, who could be the antecedent instead (Quirk et al. 1985, 6.14,
        10.63: a pronoun agrees with its antecedent in number): for he, she, him, her and his a name (capitalised
        inside the sentence, or a first name opening it), a singular person noun or an earlier he or she; for they,
        them and their a plural person noun or an earlier they. 'it' and 'its' name no person."""
        doc, words = self.doc, self.doc.words
        plural = words[k] in _THEY_FORMS
        animal = False
        for m in range(lo, k):
            word = words[m]
            if word in _THIRD_PERSON and word not in ("it", "its") and (word in _THEY_FORMS) == plural:
                return False
            if self._animal(word):
                if not self._simile_standard(m, lo):  # "As stubborn as a mule, she ...": no antecedent
                    animal = animal or word in _ZERO_PLURALS or (word != fold_plural(word)) == plural
                continue
            if word in FUNCTION_WORDS:
                continue
            name = doc.is_capitalized(m) and (m > lo or word in lexicon().first)
            if (name and not plural) or (self._person_word(word) and (word != fold_plural(word)) == plural):
                return False
        return animal

    def _simile_standard(self, m: int, lo: int) -> bool:
        """Is the noun at ``m`` the standard of a simile, 'like' or 'as' before it over a determiner and at most one
        modifier ("like a horse", "as a mule", "as stubborn as an old mule"; Quirk et al. 1985, 15.61-15.63)?"""
        words = self.doc.words
        return any(words[k] in ("like", "as") for k in range(max(lo, m - 3), m))

    def _after_animal(self, i: int, lo: int) -> bool:
        """(5) "on the mare during late pregnancy", "mares in late pregnancy": the object of a preposition (over at
        most two modifiers) right after an animal noun."""
        doc, words = self.doc, self.doc.words
        k = i - 1
        for _ in range(_MODIFIER_REACH + 1):
            if k - 1 < lo or not self._spaced(k + 1):
                return False
            if words[k] in PREPOSITIONS:
                return self._spaced(k) and self._animal(words[k - 1]) and not doc.after(k - 1).strip()
            if words[k] in FUNCTION_WORDS or words[k] in PRONOUNS:
                return False
            k -= 1
        return False

    def _fronted_before_animal(self, j: int, lo: int, hi: int) -> bool:
        """(6) "In the early months of pregnancy, a mare requires only routine care": the word is inside an opening
        phrase of its sentence, set off by a comma with no person in it, and the clause after the comma opens with
        an animal noun phrase, its subject (Quirk et al. 1985, 8.13 adjuncts in initial position)."""
        doc, words = self.doc, self.doc.words
        if j - lo > _OPENING_REACH:  # an opening phrase is a few words; a bound keeps a long sentence linear
            return False
        end = next((k for k in range(j + 1, min(hi, j + _OPENING_REACH) + 1) if _CLAUSE_GAP_RE.search(doc.gap(k))), None)
        if end is None or "," not in doc.gap(end) or any(
                _CLAUSE_GAP_RE.search(doc.gap(k)) for k in range(lo + 1, j + 1)):
            return False
        if any(w in PRONOUNS or w in _THIRD_PERSON or self._person_word(w) for w in words[lo:end]):
            return False
        if self._animal(words[end]):
            return True  # "..., mares need"
        return words[end] in DETERMINERS and end + 1 <= hi and self._np_head(end + 1, hi) is not None
