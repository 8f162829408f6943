"""Whose characteristic a term names: the reviewed person, another person, the writer or a group."""

from __future__ import annotations

from bisect import bisect_right

from assistant.analyzers.bias.doc import (
    _ALTERNATIVE_WORDS,
    _ATTACH_OPENERS,
    _ATTACH_WORDS,
    _ATTACHED_ARTICLES,
    _CLAUSE_OPENERS,
    _DEGREE_WORDS,
    _FINITE_AFTER_SUBJECT,
    _GENERIC_PERSON_NOUNS,
    _HEDGE_WORDS,
    _LABEL_MODIFIERS,
    _MODIFIER_ENDINGS,
    _NAME_GAPS,
    _NAME_JOINS,
    _OBJECT_PRONOUNS,
    _OTHER_OPENERS,
    _OTHER_PERSON_NOUNS,
    _PARTITIVES,
    _PREDICATING,
    _REDUCED_OPENERS,
    _REFLEXIVES,
    _REQUEST_OPENERS,
    _SAYING,
    _SPECIFIC_THIRD,
    _SUBJECT_LEAD,
    _VAGUE_QUANTIFIER_WORDS,
    _YARDSTICK_PREPOSITIONS,
    _could_be_a_name,
    _Doc,
    _names_a_person,
)
from assistant.analyzers.bias.grammar import (
    _APOSTROPHES,
    _CLAUSE_GAP_RE,
    _EQUATING_COPULAS,
    _HYPHENS,
    _NOUN_PHRASE_OPENERS,
    _STEP_HEDGES,
    _TAKING_UP,
    _THIRD_PARTY_OPENERS,
    _TIE_REACH,
    CALENDAR_WORDS,
    CLAUSE_MODALS,
    CONJUNCTIONS,
    DETERMINERS,
    FEMININE_PRONOUNS,
    FUNCTION_WORDS,
    LINK_WORDS,
    LINKS,
    MASCULINE_PRONOUNS,
    NOUN_PREPOSITIONS,
    POSSESSION_VERBS,
    POSSESSIVES,
    PRONOUNS,
    SPECIFIC_PERSON,
    STANCE_WORDS,
)
from assistant.analyzers.bias.ruleset import (
    RuleSet,
)
from assistant.names import lexicon
from assistant.text import (
    PREPOSITIONS,
)
from assistant.wordlists import person_nouns

# How far a fronted phrase or a clause's subject is looked for (bounded on hostile input).
_FRONTED_REACH = 24

# Person nouns of no role, for a served or passing person a possessive may take up (_HolderChecks._kin_of_served).
_PLAIN_PERSON_NOUNS = frozenset(["man", "woman", "men", "women", "gentleman", "lady", "boy", "girl", "couple",
                                 "family", "person", "stranger"])

# Child nouns that, predicated of their holder, name a time of life (_HolderChecks._childhood).
_CHILDHOOD_NOUNS = frozenset(["child", "kid", "baby", "toddler", "teenager", "teen", "children", "kids", "babies",
                              "toddlers", "teenagers", "teens"])
_PLURAL_CHILDHOOD = frozenset(["children", "kids", "babies", "toddlers", "teenagers", "teens"])

# Grandparent names children give the adults who look after them, who may name them so, and the verbs of
# naming (_HolderChecks._fictive_kin).
_GRANDPARENT_NAMES = frozenset(["grandma", "grandpa", "granny", "grandad", "granddad", "nana", "nanna", "gramps"])
_CHILD_NAMERS = frozenset(["children", "kids", "students", "pupils", "schoolchildren", "campers", "preschoolers",
                           "toddlers", "youngsters"])
_NAMING_VERBS = frozenset(["call", "calls", "called", "know", "knew", "nickname", "nicknamed", "refer", "refers",
                           "referred"])

# The pronouns a possessive can take up (number and gender agreement): "her" cannot take up "me" or "he"
# (_HolderChecks._writers_kin_antecedent).
_AGREEING_PRONOUNS = {
    "her": frozenset(["she", "her", "hers", "herself", "they", "them"]),
    "his": frozenset(["he", "him", "his", "himself", "they", "them"]),
    "their": frozenset(["they", "them", "their", "themselves", "he", "she", "him", "her", "his"]),
}

# Parent terms that, capitalised with no determiner, are used as names (_HolderChecks._kin_name).
_KIN_NAME_WORDS = frozenset(["mother", "father", "mom", "dad", "mum", "mommy", "mummy", "daddy", "mama", "papa"])


class _HolderChecks:
    """Whose characteristic a term names: the reviewed person, another person, the writer or a group."""

    doc: _Doc
    rules: RuleSet

    def _holder(self, i: int, j: int, lo: int, hi: int, mention: bool = True) -> str | None:
        """Who the characteristic ``i..j`` belongs to, when it is not the reviewed person: "name" when it is
        part of a capitalised name of a unit, network, programme, event or award (``_in_name``); "others"
        when the noun phrase it modifies or is attached to is headed by a noun for people the person serves
        (``_others_phrase``). None otherwise: the person, or not decided here (the rule's own checks go on).
        The people served are asked about only for a characteristic mention (``mention``, BiasRule.kind): a
        wording rule's term ("the wheelchair-bound residents", "senile residents") is rejected whoever it
        describes; a proper name the writer quotes ("the Disabled Staff Network") is no wording of theirs."""
        if self._in_name(i, j, lo, hi):
            return "name"
        if mention and self._others_phrase(i, j, lo, hi):
            return "others"
        return None

    def _in_name(self, i: int, j: int, lo: int, hi: int) -> bool:
        """A capitalised characteristic word in a title-case run that goes on past it and ends in a name
        head (vocabulary ``name_heads``), or stands right before one in lower case: "the Maternity Unit",
        "the Black Employees Network", "the Older People's Mental Health team", "Deaf Awareness Week".
        A run that ends in a person noun ("Older Workers are slower") names no unit."""
        doc, words = self.doc, self.doc.words
        heads = self.rules.vocabulary.get("name_heads", frozenset())
        if not heads or not any(doc.is_capitalized(k) and words[k] not in FUNCTION_WORDS for k in range(i, j + 1)):
            return False
        last = self._title_run_last(j + 1, hi)
        if last is None:
            return False
        return words[last] in heads or (
            last + 1 <= hi and doc.gap(last + 1) == " " and words[last + 1] in heads and not doc.is_capitalized(last + 1)
        ) or (doc.is_capitalized(j) and self._place_name_end(last, hi))

    def _place_name_end(self, last: int, hi: int) -> bool:
        """A title-case run past the characteristic word that ends in a place name is an organisation named for
        its cause and the place it serves ("Autism Delaware's support professionals", "Alzheimer's Texas"): the
        gazetteer's place words (assistant/data/places.txt, Faker's address providers) that are no common English
        word ("Delaware", "Carolina", not "Central", "North"), and no person noun after it ("Deaf Texas workers"
        names people). The run must open right at the characteristic's last word, capitalised: "Why do Muslims
        hate America?" joins no name."""
        doc, words = self.doc, self.doc.words
        lex = lexicon()
        if words[last] not in lex.places or lex.is_common(words[last]):
            return False
        after = last + 1
        return not (after <= hi and doc.gap(after) == " " and words[after] in person_nouns())

    def _title_run_last(self, start: int, hi: int) -> int | None:
        """The last capitalised word of the title-case run that opens at ``start`` (joins such as "of", "and", "'s"
        inside it), or None. Filled per text as runs are read, so a long run holding many characteristic words is
        walked once, not once per word."""
        doc, words = self.doc, self.doc.words
        known = doc.memo.setdefault(("title_run", hi), {})
        walked: list[tuple[int, bool]] = []
        last = None
        y = start
        while True:
            if y in known:
                last = known[y]
                break
            if not (y <= hi and doc.gap(y) in _NAME_GAPS):
                break
            capital = doc.is_capitalized(y) and words[y] not in PRONOUNS
            if not capital and not (
                    words[y] in _NAME_JOINS and y + 1 <= hi and (doc.is_capitalized(y + 1) or words[y] == "s")):
                break
            walked.append((y, capital))
            y += 1
        for y, capital in reversed(walked):
            if last is None and capital:
                last = y
            known[y] = last
        return last

    def _others_phrase(self, i: int, j: int, lo: int, hi: int) -> bool:
        """Is the characteristic ``i..j`` said of people the reviewed person serves? Its noun phrase's head
        is found over at most two modifiers after it ("older customers", "a deaf customer", "blind and
        partially sighted customers"), or it is attached after a served noun ("residents with dementia",
        "a customer who is deaf"; a partitive relative: "the tenants, several of whom use hearing aids"), or it is a thing given to them ("sold hearing aids to older clients").
        The head must be a served noun (vocabulary ``served_people``), or a served group of kin nouns
        ("children with autism") governed by a verb of service or a programme noun ("a session for
        children"). The phrase is the person's own when a possessive of a person opens it ("her patients"
        is the person's, but "her kids" is family: left to the rule), when it is predicated of the person
        or the person is compared with it ("she is a young customer", "like the older customers", "than
        the younger patients"), and when a reflexive follows ("because he is young himself")."""
        doc, words, rules = self.doc, self.doc.words, self.rules
        served = rules.vocabulary.get("served_people", frozenset())
        if not served or all(words[k] in PRONOUNS or words[k] in POSSESSIVES for k in range(i, j + 1)):
            return False  # a pronoun ("treat his customers") refers; it is no characteristic of anyone
        if i < j and " ".join(words[j - 1:j + 1]) in rules.vocabulary.get("assistive_devices", frozenset()):
            return False  # "uses a screen reader": a device, its head no reader served
        head = None
        for y in range(j, min(hi, j + 3) + 1):  # the noun it modifies, over modifiers only
            if words[y] in served or (words[y] in rules.served_groups and y > i):
                head = y
                break
            if y < j:
                continue
            if y + 1 > hi or doc.gap(y + 1) != " ":
                break
            nxt = words[y + 1]
            if nxt in DETERMINERS or not (nxt in ("and", "or") or nxt in served or nxt in rules.served_groups
                                          or nxt in rules.served_modifiers or nxt.endswith(_MODIFIER_ENDINGS)):
                break  # "His accent confuses callers": a verb, no modifier, comes between
        start = i
        if head is None and self._partitive_antecedent(i, lo) is not None:
            return True  # a partitive relative of the people served: "the tenants, several of whom use hearing aids"
        if head is None:  # attached after it: "residents with dementia", "children with autism"
            for k in range(i - 1, max(lo, i - 5) - 1, -1):
                if words[k] in served or words[k] in rules.served_groups:
                    if k < i - 1 and words[k + 1] in _ATTACH_OPENERS and doc.gap(k + 1) == " ":
                        head = start = k  # not "Clients would never guess", "a client welsh on"
                    elif k < i - 1 and words[k + 1] in _REDUCED_OPENERS and all(
                            doc.gap(m) == " " for m in range(k + 1, i + 1)):
                        head = start = k  # a reduced relative: "a rider using a wheelchair", "a commuter on crutches"
                    break
                if words[k] not in _ATTACH_WORDS and words[k] not in _REDUCED_OPENERS and (
                        words[k] not in _ATTACHED_ARTICLES) and not self._attached_premodifier(k, lo):
                    break
        if head is None and j + 2 <= hi and words[j + 1] in ("to", "for") and not any(
                words[k] in POSSESSIVES for k in range(max(lo, i - 2), i)):  # given to them
            for z in range(j + 2, min(hi, j + 5) + 1):
                if words[z] in served:
                    if not (z + 1 <= hi and doc.gap(z + 1) == " " and words[z + 1] not in FUNCTION_WORDS
                            and words[z + 1] not in LINKS and words[z + 1] not in NOUN_PREPOSITIONS
                            and words[z + 1] not in CONJUNCTIONS):
                        head = z  # the phrase's head, not a modifier: "for the client calls"
                    break
                if doc.gap(z) != " " or not (words[z] in DETERMINERS or words[z] in rules.served_modifiers
                                             or words[z].isdigit() or words[z].endswith(_MODIFIER_ENDINGS)):
                    break  # "a great guy for the job and the clients": 'job' is the phrase's head
            if head is not None and any(words[k] in SPECIFIC_PERSON for k in range(j + 1, head)):
                head = None
            start = i
        if head is None or any(words[k] in _REFLEXIVES for k in range(head + 1, min(hi, head + 3) + 1)):
            return False
        if any(words[k] in _REFLEXIVES for k in range(j + 1, min(hi, j + 3) + 1)):
            return False
        k = start - 1
        while k >= lo and (words[k] in DETERMINERS or words[k] in rules.served_modifiers or words[k].isdigit()
                           or words[k] in _DEGREE_WORDS or (len(words[k]) > 4 and words[k].endswith("ly"))):
            k -= 1
        if words[head] not in served and any(words[m] in POSSESSIVES and words[m] != "their"
                                             for m in range(max(lo, k), head)):
            return False  # "her kids with autism", "cares for his elderly parents": the person's own family
        if k >= lo and words[k] in _PREDICATING and doc.gap(k + 1) == " ":
            return False  # "she is a young customer herself", "like the older customers"
        if k - 1 >= lo and words[k] == "s" and doc.gap(k) in _APOSTROPHES and words[k - 1] in ("he", "she"):
            return False  # "he's basically a pensioner now": predicated of the person
        if words[head] in served:
            return True
        # a kin noun among the served groups: a verb of service or a programme must govern it
        if k >= lo and words[k] in rules.service_verbs:
            return True
        return k - 1 >= lo and words[k] in ("for", "with", "to") and (
            words[k - 1] in rules.programme_nouns or words[k - 1] in rules.service_verbs)

    def _attached_premodifier(self, k: int, lo: int) -> bool:
        """Is the word at ``k`` an adjective inside the attached phrase, after its article and at most one other
        such word ("a customer with a strong accent", "a passenger using a folding wheelchair")? A content word, no
        pronoun, possessive, link or verb of its own, with plain spaces on both sides."""
        words, doc = self.doc.words, self.doc
        for m in (k, k - 1):
            if m - 1 < lo or doc.gap(m) != " " or doc.gap(m + 1) != " ":
                return False
            word = words[m]
            if not word.isalpha() or word in FUNCTION_WORDS or word in PRONOUNS or word in POSSESSIVES or (
                    word in LINK_WORDS or word in _ATTACH_WORDS or word in SPECIFIC_PERSON):
                return False
            if words[m - 1] in _ATTACHED_ARTICLES or (words[m - 1] == "with" and m == k):
                return True  # after its article, or right after a bare "with": "patients with suspected cancer"
        return False

    def _partitive_antecedent(self, i: int, lo: int) -> int | None:
        """The served noun that a partitive relative holding the characteristic at ``i`` refers to: ", several of
        whom use hearing aids", ", most of whom have dyslexia" after "the tenants", "the pupils in his reading
        groups". The relative 'whom' takes the head of the noun phrase before its comma (Quirk et al. 1985, ch. 17
        on relative clauses: partitive 'of whom'), found within six words before the comma; a served noun (vocabulary
        `served_people`) or a served group. None when there is no such relative or noun."""
        words, doc = self.doc.words, self.doc
        served = self.rules.vocabulary.get("served_people", frozenset())
        rel = next((k for k in range(i - 1, max(lo, i - 6) - 1, -1) if words[k] == "whom"), None)
        if rel is None or rel - 2 < lo or words[rel - 1] != "of":
            return None
        q = rel - 2
        if words[q] not in _PARTITIVES and words[q] not in _VAGUE_QUANTIFIER_WORDS:
            return None
        if q > lo and words[q - 1] in ("a", "the"):
            q -= 1  # "a few of whom"
        if "," not in doc.gap(q) or any(_CLAUSE_GAP_RE.search(doc.gap(m)) for m in range(q + 1, i + 1)):
            return None
        for k in range(q - 1, max(lo, q - 6) - 1, -1):
            if words[k] in served or words[k] in self.rules.served_groups:
                return k
            if k < q - 1 and _CLAUSE_GAP_RE.search(doc.gap(k + 1)):
                return None
        return None

    def _another_person(self, i: int, j: int, lo: int, hi: int) -> bool:
        """Is the characteristic ``i..j`` said of someone other than the person evaluated? The person is the
        text's most-mentioned name or pronoun gender (``_main_person``); a mention is another's when
        - it modifies a person noun in object or oblique position, over at most one modifier, in a phrase a
          determiner or another's possessive opens ("sat with the frail old woman", "for the autistic boy",
          "encourages the younger girls", "the resident's elderly father"), not predicated of the person or
          compared with it ("she is a young mum", "like the older cooks") and not the person's own kin ("her
          elderly mother": the family is the person's, left to the rule);
        - the subject of its clause is another: a person noun opened by a determiner or another's possessive
          ("so that a colleague can keep the Sabbath", "her colleague's father is on dialysis"), a relative
          pronoun whose antecedent is such a noun ("the resident's daughter, who is deaf"), a name other than
          the person's, or a pronoun of the other gender when the text's pronouns are about one gender.
        Only characteristic mention rules ask (BiasRule.kind ``mention``); a rejected word is flagged whoever
        it describes."""
        if next(self.doc.among(_ALTERNATIVE_WORDS, lo, hi + 1), None) is not None:
            return False  # "give it to one of the younger engineers instead of Ruth": a choice against the person
        if self._held_by_main(j, hi):
            return False  # "distracted by the bindi she wears": whoever the clause's subject, the person's own
        return self._modifies_another(i, j, lo, hi) or self._clause_of_another(i, lo)

    def _held_by_main(self, j: int, hi: int) -> bool:
        """Does a relative clause right after the mention make the person its holder: its subject the person's
        pronoun or name ("the bindi she wears", "the turban that he wears every day")?"""
        words = self.doc.words
        k = j + 1
        if k <= hi and words[k] in ("that", "which"):
            k += 1
        if k > hi:
            return False
        name, gender = self._main_person()
        return (gender is not None and words[k] == gender) or (name is not None and words[k] == name)

    def _person_noun(self, k: int) -> bool:
        word = self.doc.words[k]
        rules = self.rules
        return (word in rules.people or word in rules.peers or word in rules.outsiders or word in rules.roles
                or word in self._kin_nouns or word in self._served_nouns) and not self.doc.is_capitalized(k) or (
                    word in _OTHER_PERSON_NOUNS)

    @property
    def _kin_nouns(self) -> frozenset[str]:
        return self.rules.vocabulary.get("kin", frozenset())

    @property
    def _served_nouns(self) -> frozenset[str]:
        return self.rules.vocabulary.get("served_people", frozenset())

    def _opened_by_another(self, k: int, head: int, lo: int) -> int | None:
        """The token before the phrase that ends in the person noun ``head`` and starts at or before ``k``,
        when a determiner or another person's possessive opens the phrase (over at most two modifiers);
        None when the phrase is the person's own kin ("her mother") or has no such opener."""
        doc, words = self.doc, self.doc.words
        x = k
        steps = 0
        while x >= lo and steps < 3:
            word = words[x]
            if word in _OTHER_OPENERS:
                return x - 1
            if word == "s" and x - 1 >= lo and doc.gap(x) in _APOSTROPHES and self._person_noun(x - 1):
                return x - 1  # "the resident's", "her colleague's": another's possessive
            if word in POSSESSIVES:
                if words[head] in self._kin_nouns and word != "their":
                    return None  # "her elderly mother": the person's family
                return x - 1 if words[head] in self.rules.peers or words[head] in self.rules.outsiders \
                    or words[head] in self._served_nouns else None
            if word in FUNCTION_WORDS or doc.gap(x + 1 if x + 1 <= head else x) not in (" ",) and x != k:
                return None
            x -= 1
            steps += 1
        return None

    def _modifies_another(self, i: int, j: int, lo: int, hi: int) -> bool:
        doc, words = self.doc, self.doc.words
        head = j if j > i and self._person_noun(j) else None  # "the old man": the phrase holds its head
        for y in () if head is not None else (j + 1, j + 2):
            if y > hi or doc.gap(y) != " ":
                break
            if self._person_noun(y):
                head = y
                break
            if words[y] in FUNCTION_WORDS or doc.is_capitalized(y):
                break
        if head is None or (head + 1 <= hi and words[head + 1] in _REFLEXIVES):
            return False
        before = self._opened_by_another(i - 1, head, lo) if i - 1 >= lo else None
        if before is None or before < lo:
            return False  # a sentence-initial group ("The older guys are slower") is left to the tie
        if words[before] == "of" and before - 2 >= lo and words[before - 1] in _PARTITIVES:
            before -= 2  # "she is one of the younger analysts": the partitive's own position decides
        word = words[before]
        k = before
        while k > lo and (word in _SUBJECT_LEAD or word in _HEDGE_WORDS or word.endswith("ly")):
            k -= 1  # "is probably the nicest-looking guy", "is by far the best": the copula before the adverb
            word = words[k]
        if word in _OBJECT_PRONOUNS or self._is_first_name(k):
            return False  # "she called him the old guy": a label given to the person (object complement)
        if word in _PREDICATING or word in _REFLEXIVES or word in CONJUNCTIONS or _CLAUSE_GAP_RE.search(
                doc.gap(before + 1)):
            return False
        if words[before + 1] in ("a", "an", "one") and not (
                self._is_past(before) or (word in NOUN_PREPOSITIONS and word not in _YARDSTICK_PREPOSITIONS)):
            return False  # "we need a native speaker", "for a recent graduate": a requirement or a yardstick
        if words[before + 1] in ("a", "an") and words[head] in _GENERIC_PERSON_NOUNS:
            return False  # "customers love dealing with an attractive young woman": may describe the person
        return word in NOUN_PREPOSITIONS or (word not in FUNCTION_WORDS and not doc.is_capitalized(before))

    def _clause_of_another(self, i: int, lo: int) -> bool:
        doc, words = self.doc, self.doc.words
        start = i
        while start > lo and start > i - 12 and not _CLAUSE_GAP_RE.search(doc.gap(start)) and (
                words[start - 1] not in _CLAUSE_OPENERS) and not self._bare_complement_at(start, lo):
            start -= 1
        if start > lo and words[start] in ("who", "whose") and _CLAUSE_GAP_RE.search(doc.gap(start)):
            ante = start - 1  # "the resident's daughter, who is deaf": the antecedent
            if ante < lo or not self._person_noun(ante):
                return False
            opener = self._opened_by_another(ante - 1, ante, lo)
            return opener is not None and not (opener >= lo and (
                words[opener] in _PREDICATING or words[opener] in _YARDSTICK_PREPOSITIONS))
        for k in range(start, i):
            word = words[k]
            if word in ("i", "we", "you", "it"):
                return False
            if word in ("he", "she"):
                main = self._main_person()
                return main[1] is not None and word != main[1]
            if self._is_first_name(k):
                main = self._main_person()
                return main[0] is not None and word != main[0]
            if self._person_noun(k):
                if self._main_person() == (None, None):
                    return False  # no one else is named: "the new cashier" may be the person evaluated
                opener = self._opened_by_another(k - 1, k, lo) if k > start else None
                return opener is not None and opener >= start - 1 and not (
                    opener >= lo and (words[opener] in _PREDICATING or words[opener] in _YARDSTICK_PREPOSITIONS))
            if word not in _SUBJECT_LEAD and not (word in FUNCTION_WORDS and word not in PRONOUNS):
                return False  # past the subject: a verb or an object comes first
        return False

    def _bare_complement_at(self, k: int, lo: int) -> bool:
        """Does a complement clause with its 'that' left out open at token ``k`` ("The team thinks he's over the
        hill", "Some of the juniors feel Martin is set in his ways")? A verb of knowing, saying or believing
        before it, and a subject there: 'he'/'she' or a name with a finite verb after it. The clause is the one
        a 'that' would open (Quirk et al. 1985, 15.3: the zero 'that' clause), so its subject is the holder."""
        words = self.doc.words
        if k - 1 <= lo or k + 1 >= len(words) or words[k - 1] not in STANCE_WORDS or words[k - 1] == "that":
            return False
        if words[k] in ("he", "she"):
            return True
        return self._is_first_name(k) and words[k + 1] in _FINITE_AFTER_SUBJECT

    def _main_person(self) -> tuple[str | None, str | None]:
        """The text's most-mentioned first name and its pronoun gender ('he'/'she'), each None when it is no
        clear majority (a name needs more mentions than any other; a gender twice the other's)."""
        if self._main is None:
            doc, words, first = self.doc, self.doc.words, lexicon().first
            names: dict[str, int] = {}
            for m, word in enumerate(words):  # _is_first_name, its cheap word tests first
                if word in first and word not in CALENDAR_WORDS and word not in FUNCTION_WORDS and doc.is_capitalized(m):
                    names[word] = names.get(word, 0) + 1
            ranked = sorted(names.items(), key=lambda kv: -kv[1])
            name = ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None
            he = sum(w in MASCULINE_PRONOUNS for w in words)
            she = sum(w in FEMININE_PRONOUNS for w in words)
            gender = "he" if he >= 2 * she and he else "she" if she >= 2 * he and she else None
            self._main = (name, gender)
        return self._main

    def _said_of_writer(self, i: int, lo: int) -> bool:
        """Is the characteristic at ``i`` predicated of the writer by a copula right before it ("I am dyslexic",
        "I'm deaf in one ear"; no degree word between, which would grade it as slang: "I'm so OCD"), with no 'too'/'also' (the person shares it: "I am
        dyslexic too") and no verdict drawn in the sentence ("so I can tell his reports are sloppy"), and a third
        person named by he/she in the sentence (in a self-review 'I' is the person reviewed: "the paramedics told me
        I was very articulate for ...")? It describes the writer, not the person reviewed."""
        words = self.doc.words
        k = i - 1  # right after the copula: "I'm so OCD", "a bit deaf" grade the word as slang, not a status
        if not (k > lo and words[k] in ("am", "m", "was") and words[k - 1] == "i"):
            return False
        _, hi = self.doc.bounds(i)
        if not any(words[m] in _SPECIFIC_THIRD for m in range(lo, hi + 1)):
            return False  # no one else in the sentence: a self-review's 'I' may be the person reviewed
        # 'too', 'also', 'as well' say the person shares it; a verdict after it judges someone by it
        return not any(words[m] in ("too", "also", "well") or words[m] in self.rules.deciding_words
                       for m in range(k - 1, hi + 1))

    def _writers_apposition(self, i: int, lo: int, hi: int) -> bool:
        """Is the characteristic at ``i`` inside a noun phrase in apposition to the writer's 'me' ("the likes of me,
        a proud gay person of colour", "people like me, a deaf woman in tech"): the indefinite noun phrase set off
        by a comma right after the first-person pronoun names who the writer is (Quirk et al. 1985, 17.65-17.67:
        apposition, the second unit identifying the first), the writer telling their own identity, with no verdict
        drawn in the sentence (a deciding word of the rules' `deciding_words`) and at most two modifiers between
        the article and the characteristic? It describes the writer, not someone the writer judges."""
        doc, words = self.doc, self.doc.words
        k = i - 1
        while k >= lo and i - k <= 3 and words[k] not in ("a", "an"):
            if words[k] in FUNCTION_WORDS or _CLAUSE_GAP_RE.search(doc.gap(k + 1)):
                return False
            k -= 1
        if k - 1 < lo or words[k] not in ("a", "an") or words[k - 1] not in ("me", "myself"):
            return False
        if "," not in doc.gap(k):
            return False
        return not any(words[m] in self.rules.deciding_words for m in range(lo, hi + 1))

    def _writers_own(self, i: int, lo: int) -> bool:
        """Is the writer the holder of the characteristic at ``i``: is the nearest person before it in its
        clause 'I' or the writer's relative ("I keep kosher", "When I leave for Friday prayers, ...", "As a Sikh
        I wear a turban", "My mother has dementia, and ...")? The writer's own practice or family judges no one;
        "I noticed Ana wears a hijab" and "I think he keeps kosher" name someone nearer. Only a subject at most
        three words before counts: "I know reviews are hard to fit in with three kids at home" is about you."""
        words = self.doc.words
        if words[i] in POSSESSIVES and words[i] not in ("my", "our"):
            return False  # "I doubt that with her kids she can travel": hers
        faiths = self.rules.vocabulary.get("faiths", frozenset())
        kin = self.rules.vocabulary.get("kin", frozenset())
        k = i - 1
        while k >= max(lo, i - 4) and _CLAUSE_GAP_RE.search(self.doc.gap(k + 1)) is None:
            word = words[k]
            if word in STANCE_WORDS:
                return False  # "I know that with a newborn she ...": the writer judges, the family is another's
            if word == "i" or (word in kin and k > lo and words[k - 1] in ("my", "our")):
                # 'too', 'also', 'as well' right after it say the person shares it: "I am dyslexic too, so ..."
                return not (i + 1 < len(words) and words[i + 1] in ("too", "also", "as") and (
                    words[i + 1] != "as" or (i + 2 < len(words) and words[i + 2] == "well")))
            if word in SPECIFIC_PERSON or word in ("we", "us") or word in self.rules.people:
                return False
            if k != lo and self._is_name(k, lo) and _could_be_a_name(word) and word not in faiths:
                return False
            k -= 1
        return False

    def _writers_kin_phrase(self, i: int, j: int, hi: int) -> bool:
        """Is ``i..j`` inside a noun phrase that the writer's possessive opens and a kin noun heads ("my youngest
        son", "my sweet baby daughter", "our two kids", "my grandma")? The possessive determiner names the
        phrase's holder (Quirk et al. 1985, 5.11, 6.28: the determinative possessive identifies whose the head
        is, over any premodifiers), so what the phrase says is said of the writer's relative, not of the person
        reviewed. Read over at most three premodifiers with plain spaces between; a possessive 's or any
        punctuation ends the phrase ("my son's deaf teacher" is the teacher's)."""
        doc, words = self.doc, self.doc.words
        kin = self.rules.vocabulary.get("kin", frozenset())
        head = None
        for k in range(j, min(hi, j + 3) + 1):
            if k > j and doc.gap(k) != " ":
                break
            if words[k] in kin:
                head = k
            elif head is not None or words[k] in FUNCTION_WORDS:
                break
        if head is None or (head + 1 <= hi and doc.after(head)[:1] in _APOSTROPHES):
            return False
        for k in range(i - 1, max(-1, i - 5), -1):
            if doc.gap(k + 1) != " ":
                return False
            if words[k] in ("my", "our"):
                return True
            if words[k] in FUNCTION_WORDS or words[k] in PRONOUNS:
                return False
        return False

    def _writers_adjunct(self, i: int, lo: int, hi: int) -> bool:
        """Is ``i`` inside a fronted 'as' phrase whose main clause has the writer as its subject ("As a single
        mom of a child with special needs, I needed ...", "As both a lawyer and a mother of two, I have ...",
        "Inspired by my journey as a new mother, I left ...")? No one else may be named before it.
        A fronted predicative adjunct is attributed to the subject of the clause it opens (Quirk et al. 1985,
        15.59: the subject-attachment rule), so the characteristic is the writer's own; "As a mother of two, she
        has ..." attaches it to the person reviewed and stays to the rule."""
        doc, words = self.doc, self.doc.words
        start = lo  # the phrase's segment: from the sentence's start or its last comma before the characteristic
        for k in range(i, lo, -1):
            if "," in doc.gap(k):
                start = k
                break
            if i - k > _FRONTED_REACH:
                return False  # no fronted phrase runs this long (bounded on hostile input)
        if any(_CLAUSE_GAP_RE.search(doc.gap(k)) and "," not in doc.gap(k) for k in range(start + 1, i + 1)):
            return False
        if start > lo and words[start] in ("and", "but", "so"):
            start += 1  # "My name is Rachel Mills, and as both a lawyer and a mother of two, I ..."
        if not any(words[k] == "as" for k in range(start, i)):
            return False
        if any(words[k] in _SPECIFIC_THIRD or words[k] in ("his", "her", "their") or (
                k > start and self._is_name(k, lo)) for k in range(start, i)):
            return False  # someone else in the fronted phrase: "With her kids at home as a single mother, I ..."
        for k in range(i + 1, min(hi, i + _FRONTED_REACH) + 1):
            if "," in doc.gap(k):
                return words[k] in ("i", "we")
            if _CLAUSE_GAP_RE.search(doc.gap(k)):
                return False
        return False

    def _coordinated_with_served(self, i: int, j: int, lo: int, hi: int) -> bool:
        """Is the child or kin noun ``i..j`` a conjunct of a noun phrase coordinated by 'or'/'and' with a phrase
        headed by a person the job serves ("whenever a child or a guest with adaptive equipment needed more time",
        "a passenger or a child who needs help")? Conjoined noun phrases share one function in their clause
        (Quirk et al. 1985, 13.38, 13.61: coordination of like constituents), so the child is one of the people
        served, not a child the person has. The child's phrase is opened by an article, 'any', 'each' or
        'every', or is a bare plural, with no possessive and no verb of having before it ("she has a child and
        a patient load" and "with her kids and the guests" stay to the rule); the served noun heads its phrase
        (punctuation, a function word or a finite verb after it: "a customer base" is no person)."""
        doc, words = self.doc, self.doc.words
        if i != j:
            return False
        served = self._served_nouns | self.rules.outsiders | _OTHER_PERSON_NOUNS
        openers = ("a", "an", "the", "any", "each", "every")

        def opened(k: int) -> int | None:  # the first token before the phrase that ends at ``k``, or None
            x = k - 1
            if x >= lo and words[x] in self.rules.served_modifiers and doc.gap(x + 1) == " ":
                x -= 1  # "a young child", "an elderly guest"
            if x >= lo and words[x] in openers:
                x -= 1
            elif not words[k].endswith("s"):
                return None  # a singular count noun needs its determiner
            if x >= lo and (words[x] in POSSESSIVES or words[x] in POSSESSION_VERBS or words[x] == "s" and (
                    doc.gap(x) in _APOSTROPHES)):
                return None  # "her child or a guest", "has a child and ...", "Tom's kids": whose
            return x

        def heads(k: int) -> bool:  # the served noun heads its phrase
            return k + 1 > hi or doc.gap(k + 1) != " " or words[k + 1] in FUNCTION_WORDS or (
                words[k + 1] in _FINITE_AFTER_SUBJECT or words[k + 1].endswith("ed"))

        if opened(i) is None:
            return False
        # after: "a child or a guest", "children and elderly passengers"
        k = j + 1
        if k <= hi and words[k] in ("or", "and") and doc.gap(k) == " ":
            k += 1
            for m in range(k, min(hi, k + 2) + 1):
                if doc.gap(m) != " ":
                    break
                if words[m] in served:
                    return opened(m) is not None and heads(m)
                if words[m] in FUNCTION_WORDS and words[m] not in openers:
                    break
        # before: "a guest or a child", "passengers and children"
        x = opened(i)
        if x is not None and x >= lo and words[x] in ("or", "and") and doc.gap(x + 1) == " " and x - 1 >= lo and (
                words[x - 1] in served and doc.gap(x) == " "):
            return opened(x - 1) is not None
        return False

    def _childhood(self, i: int, j: int, lo: int) -> bool:
        """Is the child noun ``i..j`` predicated of its holder ("As a child, she moved to Leeds", "when I was a
        kid", "as children we ...")? A predicative child noun after 'as' or a past copula names the holder's own
        childhood, a time of life, not a child they have (Quirk et al. 1985, 16.48: 'as' with a predicative
        complement; 10.8: the subject complement describes the subject), so it is no family status. "She has a
        child", "with a child at home" and "now a mother" stay to the rule."""
        words = self.doc.words
        if i != j or words[i] not in _CHILDHOOD_NOUNS or i - 1 < lo:
            return False
        k = i - 1
        if words[k] in ("a", "an") and k - 1 >= lo:
            k -= 1
        elif words[i] not in _PLURAL_CHILDHOOD:
            return False
        return words[k] in ("as", "was", "were")

    def _kin_of_served(self, i: int, j: int, lo: int) -> bool:
        """Is the kin noun ``i..j`` the relative of someone the person serves, named just before it: its possessive
        (his/her/their) takes up a served or outside person noun that a determiner opens, earlier in its clause
        with no other person between ("the man and his wife had limited English", "helped the patient and her
        daughter")? A possessive pronoun takes the nearest suitable antecedent in its clause (Quirk et al. 1985,
        6.17, 19.48), so the family is that person's, not the judged person's; "she and her husband" and
        "Tom and his wife" stay the person's own."""
        doc, words = self.doc, self.doc.words
        if i != j or words[i] not in self._kin_nouns or i - 1 <= lo or words[i - 1] not in ("his", "her", "their"):
            return False
        served = self._served_nouns | self.rules.outsiders | _OTHER_PERSON_NOUNS | _PLAIN_PERSON_NOUNS
        for k in range(i - 2, max(lo, i - 8) - 1, -1):
            if _CLAUSE_GAP_RE.search(doc.gap(k + 1)):
                return False
            word = words[k]
            if word in served:
                x = k - 1
                while x >= lo and k - x <= 3 and words[x] not in _OTHER_OPENERS and words[x] not in FUNCTION_WORDS:
                    x -= 1  # over at most two modifiers: "the elderly man", "a new customer"
                return x >= lo and words[x] in _OTHER_OPENERS
            if word in PRONOUNS or word in self.rules.people or word in self._kin_nouns or self._is_name(k, lo):
                return False  # someone nearer the possessive: "she and her husband", "Tom and his wife"
        return False

    def _writers_kin_subject(self, i: int, lo: int, hi: int) -> bool:
        """Is the sentence about the writer's own relative, who holds the characteristic at ``i``: does it
        open with 'my'/'our' and a kin noun as its subject, with no other person in the sentence (no name,
        no 'I' or 'you', no other person noun) and no stance or saying verb ("My aunt ran the choir for
        decades and never let her arthritis slow her down", "My father passed away at 85 after living with
        dementia")? Obituaries, eulogies and family tributes are written so; "My mother says that with her
        depression Dana should not lead" names the one judged, and "My father says you cannot ..." addresses
        them. 'he'/'she' after the relative are the relative (the subject is the preferred antecedent;
        Grosz, Joshi & Weinstein 1995, Centering)."""
        words = self.doc.words
        kin = self.rules.vocabulary.get("kin", frozenset())
        k = lo
        if k <= hi and words[k] in ("my", "our") and k + 1 <= hi and words[k + 1] in kin:
            start = k + 2
        else:
            return False
        for x in range(start, hi + 1):
            word = words[x]
            if i <= x:
                break
            if word in STANCE_WORDS or word in _SAYING or word in ("i", "me", "you", "your", "we", "us"):
                return False
            if (word in self.rules.people and words[x - 1] not in ("a", "an")) or (
                    word in kin and words[x - 1] not in ("his", "her")):
                return False  # another person; not a role the relative had ("worked as a nurse")
            if self._is_name(x, lo) and word not in kin and _names_a_person(self.doc.raw(x)) and (
                    word not in self.rules.things) and not self._title_case_neighbour(x, hi):
                return False
        return not any(
            words[x] in _SAYING or words[x] in ("you", "your") or (
                self._is_name(x, lo) and _names_a_person(self.doc.raw(x)) and words[x] not in self.rules.things)
            for x in range(i + 1, hi + 1))

    def _writers_kin_antecedent(self, i: int, lo: int, hi: int) -> bool:
        """Does the possessive right before ``i`` take up the writer's relatives named earlier in the sentence
        ("opportunities that my family and parents were robbed of because of situations in their home country")?
        The nearest person before 'their'/'his'/'her' is its antecedent (Grosz, Joshi & Weinstein 1995,
        Centering); when that is a kin noun after 'my'/'our' (or a list of them: "my family and parents"), the
        characteristic is the writer's family's, like "my parents' home country", not the person judged's. Only a
        pronoun that agrees with the possessive stands between ("her" takes up no "me": "my daughter ... gives me
        enough time to get to her day care")."""
        words = self.doc.words
        kin = self.rules.vocabulary.get("kin", frozenset()) | {"family", "families", "relatives", "grandparents"}
        if i <= lo or words[i - 1] not in ("their", "his", "her"):
            return False
        for k in range(i - 2, max(lo, i - _TIE_REACH) - 1, -1):
            word = words[k]
            if word in kin:
                m = k
                while m > lo and (words[m - 1] in kin or words[m - 1] in ("and", "or")):
                    m -= 1
                return m > lo and words[m - 1] in ("my", "our") and not self._person_after(i, hi)
            if word in _AGREEING_PRONOUNS[words[i - 1]] or word in self.rules.people or word in STANCE_WORDS or (
                    word in _SAYING) or (self._is_name(k, lo) and _names_a_person(self.doc.raw(k))):
                return False  # someone nearer, or a verdict reported: "My mother says that with her depression Dana ..."
        return False

    def _kin_with_writer(self, i: int, j: int, lo: int, hi: int) -> bool:
        """Is the relative at ``i``..``j``, after the person's possessive, coordinated with the writer as one subject
        ("His dad and I started on the malt floor together")? The relative is the writer's companion and the sentence
        tells the writer's own tie (affinity.kin_and_writer), not the person's family (Quirk et al. 1985, 13.64:
        coordinated subject noun phrases)."""
        words = self.doc.words
        return (i > lo and words[i - 1] in ("his", "her", "their") and j + 2 <= hi and words[j + 1] == "and"
                and words[j + 2] in ("i", "me"))

    def _person_after(self, i: int, hi: int) -> bool:
        """Is a person named after ``i`` in its sentence, within reach (a name, he/she/you, a person noun)?"""
        words = self.doc.words
        return any(words[k] in SPECIFIC_PERSON or words[k] in self.rules.people or (
            self._is_name(k, i) and _names_a_person(self.doc.raw(k))) for k in range(i + 1, min(hi, i + _TIE_REACH) + 1))

    def _title_case_neighbour(self, x: int, hi: int) -> bool:
        """Is the capitalised word at ``x`` part of a title-case run with a capitalised common word beside it
        ("Little League", "Western Electric"): the name of an organisation, not a person?"""
        doc = self.doc
        for y in (x - 1, x + 1):
            if 0 <= y <= hi and y != x and doc.is_capitalized(y) and doc.gap(max(x, y)) == " " and (
                    not _names_a_person(doc.raw(y)) or not _names_a_person(doc.raw(x))):
                return True
        return False

    def _vocative(self, i: int, j: int, lo: int, hi: int) -> bool:
        """Is ``i..j`` a vocative: set off by the sentence's edge or a comma on each side ("Great job,
        guys!", "Ladies, please ...")? A neighbour across the comma that is itself a person noun, or
        'and'/'or' with one, makes it a list item ("for men, women, boys and girls")."""
        doc, words, people = self.doc, self.doc.words, self.rules.people
        left = i == lo or "," in doc.gap(i)
        after = doc.after(j).lstrip()
        # not a bare space ("Babe Ruth memorabilia", "Guys in the warehouse fixed it"), unless an opening
        # address runs straight into a request ("Ladies please keep ...", "Guys let's ...")
        right = j == hi or (after[:1] != "" and after[:1] in ",.!?;:") or (
            i == lo and not after and words[j + 1] in _REQUEST_OPENERS)
        if not (left and right) or doc.after(j)[:1] in _APOSTROPHES:
            return False
        if i > lo and words[i - 1] in people:
            return False
        if j < hi and (words[j + 1] in people or (
                words[j + 1] in ("and", "or") and j + 2 <= hi and words[j + 2] in people)):
            return False
        return not (i > lo + 1 and words[i - 1] in ("and", "or") and words[i - 2] in people)

    def _mention(self, i: int, j: int, lo: int, hi: int, judged: bool = True, linked: bool = False) -> bool:
        """A characteristic brought into a judgement of a specific person (see RuleContext)."""
        doc, words = self.doc, self.doc.words
        if j + 1 <= hi and doc.after(j).strip() and all(c in _HYPHENS for c in doc.after(j).strip()):
            return False  # a compound modifier: "age-verification project", "family-owned supplier"
        if i > lo and doc.gap(i) and all(c in _HYPHENS for c in doc.gap(i)):
            return False  # inside a compound: "parent-child mapping"
        if i < j and all(doc.gap(k).strip() and all(c in _HYPHENS for c in doc.gap(k)) for k in range(i + 1, j + 1)) \
                and j + 1 <= hi and not doc.after(j).strip() and words[j + 1] in self._thing_heads():
            return False  # hyphened into a modifier of a thing: "the parental-leave cover rota", "a maternity-leave plan"
        after = doc.after(j)
        if after[:1] in _APOSTROPHES and j + 1 <= hi and words[j + 1] == "s" and not any(
                words[k] in POSSESSIVES for k in range(max(lo, i - 3), i)):
            return False  # "the children's charity run" names a thing; "your mother's schedule" is hers
        if self._belongs_to_outsider(i, lo):
            return False  # "a student who uses a wheelchair": the characteristic is the student's
        if j + 1 <= hi and words[j + 1] in self.rules.outsiders and not doc.after(j).strip():
            return False  # "raised money for cancer patients": the characteristic names the group served
        if self._held_by_someone_else(i, j, lo, hi):
            return False  # "During Priya's maternity leave, Ana ...": Priya's leave, Ana judged
        if (i > lo and words[i - 1] in ("my", "our")) or (i < j and words[i] in ("my", "our")):
            return False  # the writer's own: "I will miss my son's school concert", a teacher's "our kids"
        if self._kin_name(i, j, lo, hi):
            return False  # a parent term used as a name: "Dad raced home", "Mom, a nurse herself, came running"
        if i == j and words[i] in self.rules.outsiders and (i == lo or words[i - 1] not in POSSESSIVES):
            return False  # "calm with parents": other people's parents, not the judged person's family
        if self._child_in_charge(i, j, lo, hi):
            return False  # a teacher's "the children", a key person's "her key children": the work, not their family
        if linked and self._recusal_step(i, j, lo, hi):
            return False  # "The trainer who rode along is her husband, so the division manager scored it separately"
        person, evaluation, _ = self._sentence_traits(lo, hi, i, j)
        if judged and not evaluation and not linked:
            evaluation = self._tied_next(hi) or self._tied_by_form(i, j, lo, hi)  # "... That tells me he isn't serious."
            if not evaluation:  # a decision drawn from it: "Due to her age, I moved Gloria off the night rota"
                evaluation = self._allotted(i, j, lo, hi)
            if not evaluation:  # an adverse action drawn from it: "Due to her age we let her go" (`dismissals`)
                evaluation = self._dismissal_tied(i, j, lo, hi)
        if not person and lo > 0:  # "Marcus's attendance is praised. With the new baby at home that is remarkable."
            prev_lo, prev_hi = self.doc.bounds(lo - 1)
            person = self._sentence_traits(prev_lo, prev_hi, -1, -1)[0]
        group = (j + 1 <= hi and words[j + 1] in self.rules.people and words[j + 1] not in self.rules.outsiders) or (
            i < j and words[i] in _LABEL_MODIFIERS)  # a label names its holder: "A new mother cannot give ..."
        if linked and (person or group) and self._costs(i, j, hi):
            return True  # blamed for a cost: "Tom's paternity leave delayed the migration by a month"
        if linked and (person or group) and self._allotted(i, j, lo, hi, linked=True):
            return True  # the grounds of the writer's allocation: "She is single, so I moved her to nights"
        if linked and evaluation and (person or group):
            return self._takes_part(i, j, lo, hi)
        if linked and person and self._judged_next(lo, hi):
            return True  # drawn in the next sentence: "She has two small children. So I don't see her taking on ..."
        return (person or group) and (evaluation or not judged)

    def _kin_name(self, i: int, j: int, lo: int, hi: int) -> bool:
        """Is the one word at ``i`` a parent term used as a proper name ("Dad raced home", "when Mom heard the
        commotion")? A singular count noun takes a determiner; written capitalised with none before it ('the',
        'a', a possessive, a number or an adjective) it is the vocative or name use of a kinship term, which
        refers to one relative of the speaker or of the family spoken of (Quirk et al. 1985, 5.66: family nouns
        used as names: "Father is out"). It names that person; it says nothing of the family status of the
        person judged. "Mother of two" (a label) and the plural ("Mothers ...") stay as they were."""
        words = self.doc.words
        if i != j or words[i] not in _KIN_NAME_WORDS or not self.doc.is_capitalized(i):
            return False
        if j + 1 <= hi and words[j + 1] == "of":
            return False  # "Mother of two, she ...": a label, not a name
        if self.doc.after(j)[:1] in _APOSTROPHES:
            return False  # "Dad's", "Mom's": left to the possessive checks
        if i > lo:
            before = words[i - 1]
            if before in DETERMINERS or before in POSSESSIVES or before.isdigit() or (
                    i - 1 > lo and self.doc.is_capitalized(i - 1) and self.doc.gap(i) == " "):
                return False  # "her Dad", "a Single Mother" (title case): a noun phrase, not a name
        return True

    def _fictive_kin(self, i: int, j: int, lo: int, hi: int) -> bool:
        """Is the grandparent name at ``i`` (grandma, grandpa, granny, nana ...) what the children the person
        looks after call them: the sentence names it as the children's name for the person ("Grandma Betty, as
        she is known to students", "the kids call him Grandpa", "They all refer to her as grandma" after a
        sentence about the students), or a title before her given name in a text about the children ("Grandma Lill"
        Lawrance serves lunch to hundreds of schoolchildren)? Children give carers, teachers and drivers kin names as a mark of
        affection (fictive kinship: Nelson, M. K. 2013, Fictive kin, families we choose, and voluntary kin,
        Sociological Perspectives 56(2)); the writer does not label the person's age with it. A name the
        person's colleagues use ("The younger buyers call him Gramps") stays a nickname."""
        doc, words = self.doc, self.doc.words
        if i != j or words[i] not in _GRANDPARENT_NAMES:
            return False
        in_text = doc.memo.setdefault(("fictive_kin_text",), {})
        if 0 not in in_text:
            in_text[0] = int(any(word in _CHILD_NAMERS for word in words))  # read once per text
        if j + 1 <= hi and doc.is_capitalized(j + 1) and _names_a_person(doc.raw(j + 1)) and in_text[0]:
            return True  # a title before a given name ("Grandma Lill" Lawrance) in a text about the children served
        known = doc.memo.setdefault(("fictive_kin",), {})
        if lo not in known:
            known[lo] = int(self._children_name(lo, hi))  # read once per sentence
        return bool(known[lo])

    def _children_name(self, lo: int, hi: int) -> bool:
        """Does the sentence ``lo..hi`` say that children name someone: "known to students", "the kids call him",
        or a sentence-initial "They ... refer to her as" after a sentence about students (_fictive_kin)?"""
        words = self.doc.words
        for k in range(lo, hi + 1):
            word = words[k]
            if word in ("known", "called", "nicknamed") and k + 2 <= hi and words[k + 1] in ("to", "by") and (
                    self._child_namer(k + 2, hi)):
                return True  # "as she is known to students"
            obj = k + 2 if word in ("refer", "refers", "referred") and k + 1 <= hi and words[k + 1] == "to" else k + 1
            if word in _NAMING_VERBS and obj <= hi and words[obj] in ("her", "him") and k > lo:
                namer = k - 1
                while namer > lo and words[namer] in ("all", "often", "still", "always", "just", "now"):
                    namer -= 1
                if words[namer] in _CHILD_NAMERS:
                    return True  # "the kids call him Grandpa"
                if words[namer] == "they" and namer == lo and lo > 0 and self._children_before(lo - 1):
                    return True  # "They all refer to her as grandma", the sentence before about the students
        return False

    def _child_namer(self, k: int, hi: int) -> bool:
        """Is a child noun at ``k`` or after a determiner there ("students", "the kids", "her pupils")?"""
        words = self.doc.words
        while k < hi and words[k] in DETERMINERS:
            k += 1
        return words[k] in _CHILD_NAMERS

    def _children_before(self, end: int) -> bool:
        """Is the last plural person noun of the sentence ending at ``end`` a child noun (the antecedent a
        sentence-initial 'they' takes up: Grosz, Joshi & Weinstein 1995, Centering)?"""
        words = self.doc.words
        start, _ = self.doc.bounds(end)
        for k in range(end, start - 1, -1):
            if words[k] in _CHILD_NAMERS:
                return True
            if words[k] in self.rules.people and words[k].endswith("s"):
                return False
        return False

    def _recusal_step(self, i: int, j: int, lo: int, hi: int) -> bool:
        """Is the relative at ``i..j`` someone who takes part in the reviewed work, with a step someone else took
        because of it: "The trainer who rode along is her husband, so the division manager scored the check
        separately to keep it fair"? The relative is equated with a role by a copula in its own clause ("<a
        role> is her husband", "her husband is the site fire warden"), and the consequence drawn ('so ...') is
        a third party's act on the work told as a fact: its subject opens with an article, the person is not its
        object, and the rest of the sentence holds no modal, hedge or stance. Conflict-of-interest rules ask for
        exactly that step (recusal: 5 CFR 2635.502, impartiality where a relative is a party); an expectation of
        the person ("so she probably had an easy ride", "so I doubt she ...") stays a judgement."""
        doc, words = self.doc, self.doc.words
        # the clause around i..j: from the last clause break at or before i to the one after j (doc.clause_gaps,
        # read once per text), and whether it equates someone with a role, read once per clause
        gaps = doc.clause_gaps()
        n = bisect_right(gaps, i)
        cs = max(lo, gaps[n - 1]) if n else lo
        m = bisect_right(gaps, j)
        ce = min(hi, gaps[m] - 1) if m < len(gaps) else hi
        known = doc.memo.setdefault(("recusal_copula",), {})
        equated = known.get((cs, ce))  # type: ignore[call-overload]
        if equated is None:
            equated = any(words[k] in _EQUATING_COPULAS and doc.gap(k) == " " and (
                words[k + 1] in _NOUN_PHRASE_OPENERS or self._is_first_name(k + 1)) for k in range(cs, ce))
            known[(cs, ce)] = equated  # type: ignore[index]
        if not equated:
            return False  # "her husband is ill": no role to equate the relative with
        if ce + 2 > hi or words[ce + 1] not in _TAKING_UP or words[ce + 2] not in _THIRD_PARTY_OPENERS:
            return False
        if any(self._person_as_object(m, hi) for m in range(ce + 3, hi + 1)):
            return False  # "so the promotion panel went easy on him": a treatment of the person, not of the work
        return not any(word in CLAUSE_MODALS or word in STANCE_WORDS or word in _STEP_HEDGES
                       for word in words[ce + 1 : hi + 1])

    def _person_as_object(self, m: int, hi: int) -> bool:
        """Is token ``m`` a person pronoun in object position ("went easy on him", "moved her to days"), not a
        possessive before its noun ("logged her evacuation drill")?"""
        words = self.doc.words
        if words[m] in ("him", "them"):
            return True
        return words[m] == "her" and (m == hi or _CLAUSE_GAP_RE.search(self.doc.gap(m + 1)) is not None
                                      or words[m + 1] in PREPOSITIONS or words[m + 1] in CONJUNCTIONS)
