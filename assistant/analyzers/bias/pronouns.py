"""Whom a pronoun or noun describes: the generic-pronoun rule and the person a phrase modifies."""

from __future__ import annotations

from bisect import bisect_left

from assistant.analyzers.bias.doc import (
    _CLAUSE_OPENERS,
    _could_be_a_name,
    _Doc,
)
from assistant.analyzers.bias.grammar import (
    _AGREEING,
    _CLAUSE_GAP_RE,
    _HABIT_ADJECTIVES,
    _HYPHEN_GAP_RE,
    _HYPHENS,
    BRIDGE,
    CALENDAR_WORDS,
    CLAUSE_OPENERS,
    CONDITIONAL_OPENERS,
    CONJUNCTIONS,
    DEMONSTRATIVES,
    DESCRIBING_VERBS,
    DETERMINERS,
    EXISTENTIAL_PERSONS,
    FEMININE_PRONOUNS,
    FUNCTION_WORDS,
    GENDERED_PRONOUNS,
    GENERIC_MODALS,
    GENERIC_TRIGGERS,
    GENERIC_WINDOW,
    HYPOTHETICAL_MODIFIERS,
    INDEFINITE_PERSONS,
    IRREGULAR_PAST_FORMS,
    KIND_ADJECTIVES,
    LINKS,
    LY_ADJECTIVES,
    MASCULINE_PRONOUNS,
    NOT_AGENT_NOUNS,
    NOT_GENERIC_VERBS,
    NOT_MODIFIERS,
    NOUN_PREPOSITIONS,
    OBJECT_FOLLOWERS,
    PLURAL_LINKS,
    POSSESSIVES,
    PRONOUNS,
    SPECIFIC_PERSON,
    STANCE_WORDS,
    THEY_FORMS,
)
from assistant.analyzers.bias.ruleset import (
    RuleSet,
)
from assistant.names import find_names, lexicon
from assistant.text import (
    IRREGULAR_VERBS,
    MODALS,
    NUMBER_WORDS,
    PREPOSITIONS,
    RELATIVE_WORDS,
    has_agent_base,
    is_past_tense,
)
from assistant.wordlists import person_nouns

# verbs that take a 'that' clause of what the subject knows or holds true, beside STANCE_WORDS ("she gets that ...")
_KNOWING_VERBS = frozenset(["get", "gets", "learn", "learns", "learned", "learnt", "accept", "accepts",
                            "remember", "remembers", "recognise", "recognises", "recognize", "recognizes"])


# The prepositions whose gerund complement takes its understood subject from the clause's subject when it is an
# adjective's or a light verb's complement ("open about being ...", "proud of being ...", "makes no secret of
# being ..."): Quirk et al. 1985, 16.44 (adjective complementation by a prepositional phrase with an -ing clause).
_CONTROLLED_PREPOSITIONS = frozenset(["of", "about"])
_THIRD_PERSON_SUBJECTS = frozenset(["he", "she", "they"])


class _PronounChecks:
    """Whom a pronoun or noun describes: the generic-pronoun rule and the person a phrase modifies."""

    doc: _Doc
    rules: RuleSet

    def _describes_person(self, i: int, j: int, lo: int, hi: int, by_manner: bool = True) -> bool:
        """Does the matched trait word describe a person rather than a thing? ``by_manner``: a noun for how the
        person comes across (rules.attributes: 'her abrasive style') counts as the person; not for looks, whose
        words said of a manner noun are about the thing ('her emails are too short': their length)."""
        attributes = self.rules.attributes if by_manner else frozenset()
        doc, words = self.doc, self.doc.words
        if i != lo and doc.is_capitalized(i):
            return False  # a proper noun: 'Ms. Young', 'Gay Street'
        if j + 1 <= hi:
            gap = doc.after(j)
            if _HYPHEN_GAP_RE.fullmatch(gap) is not None:
                if any(h in gap for h in _HYPHENS):
                    return False  # compound modifier: 'fat-finger error'
                nxt = words[j + 1]
                if nxt in self.rules.things:
                    return False
                if (  # a noun compound whose head is a thing: 'an aggressive delivery target'
                    j + 2 <= hi
                    and nxt not in FUNCTION_WORDS
                    and nxt not in NOT_MODIFIERS
                    and nxt not in NOUN_PREPOSITIONS
                    and nxt not in LINKS
                    and nxt not in CONJUNCTIONS
                    and nxt not in self.rules.people
                    and not nxt.endswith("ly")
                    and words[j + 2] in self.rules.things
                    and _HYPHEN_GAP_RE.fullmatch(doc.after(j + 1)) is not None
                ):
                    return False
                if nxt in self.rules.people or nxt in attributes:
                    return True
                if (  # one more adjective before the noun: 'handsome new rep'
                    j + 2 <= hi
                    and nxt not in FUNCTION_WORDS
                    and nxt not in LINKS
                    and nxt not in NOUN_PREPOSITIONS
                    and words[j + 2] in self.rules.people
                    and _HYPHEN_GAP_RE.fullmatch(doc.after(j + 1)) is not None
                ):
                    return True
            if self._coordinated_modifier_of_person(j, hi):
                return True
        if self._fronted_before_person(i, j, lo, hi):
            return True
        saw_link = saw_be = coordinated = False
        k = i - 1
        while k >= lo:
            word = words[k]
            if word in BRIDGE:
                k -= 1
                continue
            if word in LINKS or word in DESCRIBING_VERBS:
                saw_link = True
                saw_be = saw_be or word in ("be", "being")
                k -= 1
                continue
            if len(word) > 4 and word.endswith("ly") and not doc.is_capitalized(k):
                k -= 1  # an adverb: 'clever but simply not a good fit'
                continue
            if word in CONJUNCTIONS or (word == "then" and saw_link):
                if saw_link:  # '... and was abrasive': the subject opens the sentence
                    return self._opening_is_person(lo, k)
                if self._shares_predicate_subject(lo, k):
                    return True  # 'He is confined to a wheelchair and too old to learn it': one subject, two predicates
                coordinated = True  # 'smart and abrasive'
                k -= 1
                continue
            if (saw_be and k + 1 < len(words) and words[k + 1] == "being"
                    and (word in PRONOUNS or word in POSSESSIVES) and k > lo and words[k - 1] == "to"
                    and self._attributed_to(i, lo)):
                # the subject of a gerund-participial clause, in the objective or the genitive case, that is the
                # cause a trait is put down to ('which I put down to him being gay', 'due to her being deaf'): the
                # pronoun is the clause's subject, not the object of the preposition before it (Quirk et al. 1985,
                # 15.12; Huddleston & Pullum 2002, 14.1.4); after another preposition ('react to him being gay') the
                # older reading stands
                return True
            if saw_link and (
                word in PRONOUNS
                or word in self.rules.people
                or self._is_name(k, lo)
                or (word in POSSESSIVES and k + 1 < len(words) and words[k + 1] in LINKS)  # 'with her was'
            ):
                head = self._thing_head_before(k, lo)
                if head is not None:  # 'The conversation with the client was emotional': the head is a thing
                    k = head
                    continue
            if word in PRONOUNS or word in POSSESSIVES:
                return True
            if word in _HABIT_ADJECTIVES and k > lo and words[k - 1] in POSSESSIVES:
                return True  # the person's habit: "her constant nagging", "his usual whining"
            if word in self.rules.people or word in attributes:
                return True
            if word in DEMONSTRATIVES:
                return False
            if (self._is_name(k, lo) and (k != lo or (saw_link and _could_be_a_name(words[k])))
                    and not self._plural_thing(k)):
                # not 'Use an abrasive pad' (a verb), 'Sales were depressed' (a thing) nor a sentence-opening
                # common noun or gerund: 'Parting is always emotional', 'Change is emotional'
                return True
            if not saw_link and coordinated:
                coordinated = False
                k -= 1
                while k >= lo and len(words[k]) > 4 and words[k].endswith("ly"):
                    k -= 1  # its adverb too: 'technically strong but not a good fit'
                continue
            if saw_link:
                skip_to = self._preposition_before(k, lo)
                if skip_to is not None:
                    k = skip_to
                    continue
            return False
        return saw_be  # imperative: "Don't be so emotional"

    def _coordinated_modifier_of_person(self, j: int, hi: int) -> bool:
        """The trait word is the first of two coordinated modifiers of a person or trait noun: 'a young, hungry
        attitude', 'young and dynamic staff' (a comma or 'and', one more modifier, then the noun)."""
        doc, words, rules = self.doc, self.doc.words, self.rules
        k = j + 1
        gap = doc.after(j)
        if gap.strip() != ",":
            if words[k] != "and" or gap != " ":
                return False
            k += 1
        if k + 1 > hi:
            return False
        other = words[k]
        if (other in FUNCTION_WORDS or other in LINKS or other in NOUN_PREPOSITIONS or other in CONJUNCTIONS
                or other in NOT_MODIFIERS or other in rules.people or other in rules.things
                or other in rules.attributes or doc.is_capitalized(k)):
            return False
        if doc.after(k) != " " or doc.after(k - 1) not in (" ", ", "):
            return False
        return words[k + 1] in rules.people or words[k + 1] in rules.attributes

    def _plural_thing(self, k: int) -> bool:
        """A thing noun with a plural verb ('Sales were depressed'); 'Mark is' stays a name."""
        words = self.doc.words
        return words[k] in self.rules.things and k + 1 < len(words) and words[k + 1] in PLURAL_LINKS

    def _fronted_before_person(self, i: int, j: int, lo: int, hi: int) -> bool:
        """A fronted adjective phrase before its person: 'Good-looking and personable, Diego ...'."""
        doc, words = self.doc, self.doc.words
        if i - lo > 4 or any(  # only adjectives may come first: 'Attractive and well-groomed, Mia ...'
            words[k] in LINKS
            or words[k] in PRONOUNS
            or words[k] in self.rules.things
            or words[k] in self.rules.people
            or (words[k] in FUNCTION_WORDS and words[k] not in BRIDGE and words[k] not in CONJUNCTIONS)
            or "," in doc.gap(k + 1)
            for k in range(lo, i)
        ):
            return False
        k = j + 1
        while k <= hi and k <= j + 4:
            gap = doc.gap(k)
            if "," in gap:
                word = words[k]
                if word in PRONOUNS or self._is_name(k, lo):
                    return True
                return word in DETERMINERS and k + 1 <= hi and words[k + 1] in self.rules.people
            if _HYPHEN_GAP_RE.fullmatch(gap) is None or words[k] in self.rules.things or words[k] in LINKS:
                return False
            k += 1
        return False

    def _reporting_relative(self, k: int, hi: int) -> bool:
        """A sentential 'which' comments on what came before when it is its clause's subject ('which
        hurts team bonding'); with a subject of its own it is that clause's object and reports ('which
        she disclosed at once', 'which he told us')."""
        words = self.doc.words
        return words[k] == "which" and k + 1 <= hi and (words[k + 1] in PRONOUNS or self.doc.is_capitalized(k + 1))

    def _second_conjunct(self, i: int, lo: int) -> bool:
        """The word at ``i`` is the second of two single words joined by and/or ('Diwali and Eid')."""
        words = self.doc.words
        return (
            i - 3 >= lo
            and words[i - 1] in ("and", "or")
            and words[i - 2] not in FUNCTION_WORDS
            and "," not in self.doc.gap(i - 1)
            and "," not in self.doc.gap(i)
        )

    def _thing_head_before(self, k: int, lo: int) -> int | None:
        """The person at ``k`` is the object of a preposition that modifies a noun which is no person
        ('the conversation with the client', 'the call with her'): the index of that head noun, from
        which the subject is read, or None. The head of a noun phrase, not the nearest noun, is what a
        copula predicates of (Quirk et al. 1985, 17.2: postmodification)."""
        doc, words = self.doc, self.doc.words
        m = k - 1
        while m >= lo and m >= k - 3 and (words[m] in DETERMINERS or words[m] in POSSESSIVES):
            m -= 1
        if m - 1 < lo or words[m] not in NOUN_PREPOSITIONS or words[m] in ("like", "than"):
            return None
        head = m - 1
        word = words[head]
        if (
            "," in doc.gap(m)
            or word in PRONOUNS
            or word in POSSESSIVES
            or word in self.rules.people
            or word in self.rules.attributes
            or word in FUNCTION_WORDS
            or word in LINKS
            or word in DESCRIBING_VERBS
            or word.endswith("ly")
            or self._is_name(head, lo)
            or (head != lo and doc.is_capitalized(head))
        ):
            return None
        return head

    def _preposition_before(self, k: int, lo: int) -> int | None:
        """Skip a prepositional phrase ('in client meetings'): index to resume from, or None."""
        words = self.doc.words
        for m in range(k - 1, max(lo, k - 4) - 1, -1):
            if words[m] in NOUN_PREPOSITIONS and not self._in_hyphenated_compound(m):
                return m - 1
            if words[m] in LINKS or words[m] in PRONOUNS or self.doc.is_capitalized(m):
                return None
        return None

    def _in_hyphenated_compound(self, m: int) -> bool:
        """Is word ``m`` part of a hyphenated compound ('after-call notes', 'follow-up emails', 'in-store
        displays')? Then a preposition in it opens no prepositional phrase."""
        doc = self.doc
        return any(h in doc.after(m) for h in _HYPHENS) or (m > 0 and any(h in doc.after(m - 1) for h in _HYPHENS))

    def _shares_predicate_subject(self, lo: int, k: int) -> bool:
        """Does the conjunction at ``k`` join a second predicate to a first one whose link (is, was ...) follows
        the person the sentence opens with (he, she, they, you or a first name, at most two words before the link),
        with no clause boundary or relative word up to the conjunction ("He is confined to a wheelchair and too
        old ...")? Then both predicates are said of that person; "The client's son is 17 and too young to sign"
        opens with someone else."""
        words = self.doc.words
        if not (words[lo] in ("he", "she", "they", "you") or self._is_first_name(lo)):
            return False
        if any(_CLAUSE_GAP_RE.search(self.doc.gap(m)) or words[m] in RELATIVE_WORDS for m in range(lo + 1, k)):
            return False  # "He sold the van, which was slow and too old": the predicates are the van's
        return any(words[m] in LINKS for m in range(lo + 1, min(k, lo + 3)))

    def _gerund_of_subject(self, i: int, lo: int) -> bool:
        """Is the characteristic at ``i`` the predicate of a gerund-participial clause with no subject of its own,
        the complement of 'of' or 'about' in a clause whose subject is a third person ("She makes no secret of
        being gay", "he is open about being a single dad")? With no subject of its own, the gerund's understood
        subject is the subject of the clause it depends on (subject control: Quirk et al. 1985, 15.12 and
        16.44; Huddleston & Pullum 2002, 14.1.4), so the characteristic is predicated of that person as surely
        as by "she is gay". Not the writer's own ("I am proud of being gay": 'I', 'we'), not a generic or
        impersonal subject ("Nobody should be ashamed of being gay", "The report is about being gay"), and not
        across a clause boundary."""
        words, doc = self.doc.words, self.doc
        k = i - 1
        while k > lo and words[k] in ("a", "an"):
            k -= 1  # "of being a single mum"
        if k - 1 <= lo or words[k] != "being" or words[k - 1] not in _CONTROLLED_PREPOSITIONS:
            return False
        if any(_CLAUSE_GAP_RE.search(doc.gap(m)) for m in range(lo + 1, k + 1)):
            return False
        first = words[lo]
        if first in PRONOUNS and first not in _THIRD_PERSON_SUBJECTS:
            return False
        return first in _THIRD_PERSON_SUBJECTS or self._is_name(lo, lo) or (
            first in self.rules.people and words[lo + 1] not in ("of", "who", "that"))

    def _opening_is_person(self, lo: int, k: int) -> bool:
        words = self.doc.words
        for m in range(lo, k):
            word = words[m]
            if word in DETERMINERS and word not in POSSESSIVES or word in BRIDGE or word in ("hey", "hi"):
                continue
            return (
                word in PRONOUNS
                or word in POSSESSIVES
                or word in self.rules.people
                or self._is_name(m, lo)
                or (m == lo and self.doc.is_capitalized(m) and word not in FUNCTION_WORDS and not self._plural_thing(m))
            )
        return False

    def _generic_pronoun(self, i: int, lo: int, hi: int) -> bool:
        """he/she/his/her that stands for 'each/every/any <role>', not for a named person."""
        doc, words = self.doc, self.doc.words
        if i + 2 <= hi and words[i + 1] == "or" and words[i + 2] in GENDERED_PRONOUNS:
            return False  # 'his or her'
        if i - 2 >= lo and words[i - 1] == "or" and words[i - 2] in GENDERED_PRONOUNS:
            return False
        if i + 1 <= hi and doc.after(i).strip() == "/" and words[i + 1] in GENDERED_PRONOUNS:
            return False  # 'his/her'
        if i - 1 >= lo and doc.gap(i).strip() == "/" and words[i - 1] in GENDERED_PRONOUNS | {"s"}:
            return False  # 'her/his', 's/he'
        # Bounded walk back: an antecedent further away than this is not read as one.
        for k in range(i - 1, max(lo, i - GENERIC_WINDOW) - 1, -1):
            if k != lo and self._is_name(k, lo):
                return False  # a named person in between: 'Every manager met Tom, and he ...'
            word = words[k]
            if (word in INDEFINITE_PERSONS or word in EXISTENTIAL_PERSONS or self._is_role(k)) and self._taken(k, i, hi):
                return False
            if word in INDEFINITE_PERSONS or word in EXISTENTIAL_PERSONS:
                # 'Anyone who misses the deadline must explain himself': an obligation on whoever it is;
                # 'Anyone would value his judgement' praises the person the letter is about, and so do
                # negative ones ('No one should doubt her commitment'), which are left out
                return self._obliged(k, i) and self._bindable(k, i, hi)
            if self._is_role(k):
                for d in range(k - 1, max(lo, k - 3) - 1, -1):
                    if words[d] in GENERIC_TRIGGERS:
                        if any(_CLAUSE_GAP_RE.search(doc.gap(m)) for m in range(d + 1, k + 1)):
                            break  # '$20 each, and on three of them she': a floating 'each' determines no noun
                        if any(words[m] in DETERMINERS and words[m - 1] != "of" for m in range(d + 1, k)):
                            break  # 'every run the inspector checked': the quantifier binds 'run', not the role
                        if self._beyond_object_scope(d, k, i, lo):
                            return False  # 'Luca met every supplier in person, and he must now send his notes'
                        # 'Each tester should log his hours' states a rule; 'Every reviewer praised her
                        # work' tells of an event, and 'Each contractor trusts his briefings' esteems
                        # someone: both pronouns refer to the person the text is about
                        if words[d] == "any" and not self._deontic(k, i):
                            return False  # 'any manager would value her judgement' praises someone
                        return (self._bindable(k, i, hi) and not self._esteemed(k, i)
                                and not (self._episodic(k, i) and self._specific_before(i, words[i]))
                                and not self._related_to_someone(k, i)
                                and not self._reported_of_someone(k, i, hi))
                    if words[d] == "the" and any(words[m] in HYPOTHETICAL_MODIFIERS for m in range(d + 1, k)):
                        # 'The successful candidate will ... he': no one holds the role yet; 'She is the
                        # right person, and her ...' predicates the role of someone already there
                        return (not any(words[m] in SPECIFIC_PERSON or words[m] in LINKS or self._is_name(m, lo)
                                        for m in range(lo, d))
                                and not self._apposition(k, i)
                                and not any(self._is_past(m) or words[m] in SPECIFIC_PERSON for m in range(k + 1, i))
                                and self._bindable(k, i, hi))
                    if words[d] in ("a", "an"):
                        # 'If a customer calls, he ...' is generic; 'When a customer shouted at her, he
                        # ...' tells of one event, so the pronoun refers to that customer.
                        if d - 1 >= lo and words[d - 1] in CONDITIONAL_OPENERS:
                            # a passive participle ('If a player is injured, he ...') tells no event
                            return (not any(self._is_past(m) and words[m - 1] not in ("is", "are", "gets", "get")
                                            for m in range(k + 1, i))
                                    and self._bindable(k, i, hi) and not self._someone_elses_habit(k, i, lo, hi))
                        if self._content_clause_generic(d, k, i, lo, hi):
                            return True
                        return d == lo and self._generic_verb_after(d, k, i, hi) and self._bindable(k, i, hi)
        return False

    def _content_clause_generic(self, d: int, k: int, i: int, lo: int, hi: int) -> bool:
        """'She gets that a tester owns his bug until the fix ships', 'That a good programmer checks the DLC and
        makes sure he only processes 8 bytes is a common thing': an indefinite role noun as the subject of a 'that'
        clause, the complement of a verb of knowing or believing (or the sentence's subject clause), in the simple
        present or with a modal, states what holds of whoever has the role (a characterizing sentence: Krifka et
        al. 1995, Genericity: an introduction, 1.2 on indefinite singular generics), and a gendered pronoun in it
        is APA's generic 'he' (Publication Manual 7th ed., 5.5). Only where the pronoun cannot be the matrix
        subject's: the sentence's words before 'that' hold no name and no pronoun of the pronoun's gender ('She
        knows that a client values her work' may mean her own)."""
        doc, words = self.doc, self.doc.words
        c = d - 1
        if c < lo or words[c] != "that" or _CLAUSE_GAP_RE.search(doc.gap(d)):
            return False
        if c > lo and not (words[c - 1] in STANCE_WORDS or words[c - 1] in _KNOWING_VERBS):
            return False  # 'the class that a programmer should ...' is a relative clause, 'so that' a purpose
        same = MASCULINE_PRONOUNS if words[i] in MASCULINE_PRONOUNS else FEMININE_PRONOUNS
        if any(words[m] in same or self._is_name(m, lo) or (m > lo and doc.is_capitalized(m))
               for m in range(lo, c)):
            return False
        if k + 1 > hi or doc.after(k).strip():
            return False
        nxt = words[k + 1]
        present = (len(nxt) > 3 and nxt.endswith("s") and not nxt.endswith("ss") and nxt not in NOT_GENERIC_VERBS
                   and nxt not in self.rules.things and nxt not in self.rules.people and nxt not in FUNCTION_WORDS
                   and not self._is_past(k + 1))
        if not (nxt in GENERIC_MODALS or present):
            return False
        if any(self._is_past(m) or words[m] in SPECIFIC_PERSON or _CLAUSE_GAP_RE.search(doc.gap(m))
               for m in range(k + 1, i)):
            return False  # a told event, or the pronoun past the clause
        return self._bindable(k, i, hi) and not self._esteemed(k, i)

    def _beyond_object_scope(self, d: int, k: int, i: int, lo: int) -> bool:
        """Is the pronoun at ``i`` past the clause of a quantified role (trigger ``d``, noun ``k``) that is not its
        clause's subject ("Luca met every supplier in person, and he must now send his notes", "Katrin checked
        every broker's rating; she booked the reviews")? A quantifier binds pronouns only within its own clause
        (quantifier scope is clause-bounded, May 1977; 'every' and 'each' set up no referent for a later clause,
        Heim 1982), so past a clause boundary the pronoun takes the named or pronoun subject before the
        quantifier. "Every supplier must send his invoice" (the quantifier is the subject) and "Tomás gives every
        engineer his comments" (the pronoun inside its clause) stay generic."""
        doc, words = self.doc, self.doc.words
        cs = d
        while cs > lo and _CLAUSE_GAP_RE.search(doc.gap(cs)) is None and words[cs - 1] not in _CLAUSE_OPENERS:
            cs -= 1
        if not any(words[m] in SPECIFIC_PERSON or self._is_first_name(m) or (m > lo and self._is_name(m, lo))
                   for m in range(cs, d)):
            return False  # no named or pronoun subject before the quantifier ("Yesterday every supplier ...")
        return any(_CLAUSE_GAP_RE.search(doc.gap(m)) is not None or words[m] in _CLAUSE_OPENERS
                   for m in range(k + 1, i + 1))

    def _taken(self, k: int, i: int, hi: int) -> bool:
        """A pronoun of the same gender between the antecedent and the pronoun that the antecedent
        cannot bind ('each student in her class ... her notes', 'every client she met ... her') names
        someone else, and the later pronoun goes on naming that person."""
        words = self.doc.words
        same = MASCULINE_PRONOUNS if words[i] in MASCULINE_PRONOUNS else FEMININE_PRONOUNS
        return any(words[m] in same and not self._bindable(k, m, hi) for m in range(k + 1, i))

    def _apposition(self, k: int, i: int) -> bool:
        """'The perfect person for the job, she has led ...': the role phrase, a comma and the subject
        pronoun with no verb between describe the person the pronoun names."""
        doc, words = self.doc, self.doc.words
        return (words[i] in ("he", "she") and "," in doc.gap(i)
                and not any(words[m] in LINKS or words[m] in MODALS or self._is_past(m) for m in range(k + 1, i)))

    def _deontic(self, k: int, i: int) -> bool:
        """An obligation between the antecedent and the pronoun: 'should', 'must', 'ought', 'needs to',
        'has to', 'is expected/required/supposed to'."""
        words = self.doc.words
        for m in range(k + 1, i):
            word = words[m]
            if word in ("should", "must", "ought"):
                return True
            if m + 1 < i and words[m + 1] == "to" and (
                    word in ("need", "needs", "has", "have") or word in ("expected", "required", "supposed", "obliged")):
                return True
        return False

    def _episodic(self, k: int, i: int) -> bool:
        """A past or perfect verb between a quantified role and the pronoun, under no obligation: the
        sentence tells of particular people ('Hugo ... Every customer who called got his attention',
        'Chen ... Each of the interns said he ...'), not of whoever holds the role, and the pronoun
        may be the person named before. A passive participle after 'is/are' ('is expected to') is no
        past."""
        words = self.doc.words
        past = any(self._is_past(m) and words[m - 1] not in ("is", "are", "be") for m in range(k + 1, i))
        return past and not self._deontic(k, i)

    def _esteemed(self, k: int, i: int) -> bool:
        """The pronoun is (the possessor of) the object of an admire/judgement verb (Levin 1993, 31.2 and
        33: 'respects her judgement', 'trusts his briefings', 'appreciates how he plans', 'relies on
        her forecasts'): the esteemed person is someone other than the quantified subject. Not under an
        obligation ('Every manager should value his team')."""
        doc, words = self.doc, self.doc.words
        m = i - 1
        while m > k and words[m] in ("on", "upon", "how", "that", "the", "way", "ways", "all", "of"):
            m -= 1
        if m <= k or words[m] not in self.rules.attitude_verbs or self._deontic(k, i):
            return False
        # the verb's subject is the quantified role: no clause ('knows that the CEO trusts him') between
        return not any(words[n] in CLAUSE_OPENERS or "," in doc.gap(n) for n in range(k + 1, m + 1))

    def _someone_elses_habit(self, k: int, i: int, lo: int, hi: int) -> bool:
        """'When a customer is rude, she stays calm': after a conditional clause on an indefinite role,
        a main-clause pronoun with no obligation on it ('she should call a manager') tells what the person the text is about does,
        when the role is someone the person serves (a customer, a patient), when the role already has
        a singular 'they' ('When a new nurse starts, she pairs them with a mentor') or when a
        specific person was named or referred to before the sentence ('Sarah ... When an engineer
        joins, she ...')."""
        words = self.doc.words
        if self._deontic(k, min(hi, i + 4) + 1) or not any("," in self.doc.gap(m) for m in range(k + 1, i + 1)):
            return False
        if words[k] in self.rules.outsiders or words[k] in self.rules.peers:
            return True
        if any(words[m] in THEY_FORMS for m in range(k + 1, hi + 1)):
            return True
        return self._specific_before(lo, words[i])

    def _related_to_someone(self, k: int, i: int) -> bool:
        """'Maria ... Each junior on the team knows she will make time for them': with no obligation, a
        quantified role that is someone the person works with or serves (a relational noun: colleague,
        teammate, customer) leaves the gendered pronoun to the person named or referred to before."""
        words = self.doc.words
        if self._deontic(k, i) or not self._specific_before(i, words[i]):
            return False
        return words[k] in self.rules.peers or words[k] in self.rules.outsiders

    def _reported_of_someone(self, k: int, i: int, hi: int) -> bool:
        """'Katrin runs the night desk. Every manager on the floor knows she will answer within the hour': the
        pronoun opens the complement of the quantified role's verb of knowing, saying or agreeing, no
        obligation is laid on it, and a person was named or referred to before: what every manager knows is
        something about that person, as with the attitude verbs of ``_esteemed``. "Each nurse knows she is
        responsible for her charting" (no one named) and "Every supervisor knows he has to approve overtime"
        (an obligation) stay generic."""
        doc, words = self.doc, self.doc.words
        if words[i] not in ("he", "she"):
            return False
        v = i - 2 if i - 2 > k and words[i - 1] == "that" else i - 1
        if v <= k or not (words[v] in STANCE_WORDS or words[v] in _AGREEING) or words[v] == "that":
            return False
        if any(_CLAUSE_GAP_RE.search(doc.gap(m)) is not None or words[m] in _CLAUSE_OPENERS
               for m in range(k + 1, v + 1)):
            return False
        end = min(hi, i + 4)
        if self._deontic(i, end + 1) or any(words[m] in ("responsible", "accountable") for m in range(i + 1, end + 1)):
            return False
        return self._specific_before(k, words[i]) and self._salient_person(k, words[i])

    def _salient_person(self, k: int, pronoun: str) -> bool:
        """A person named, or referred to by a pronoun of ``pronoun``'s gender, in the sentence before token ``k``
        or earlier in its own: the centre a later pronoun most likely takes (Centering: Grosz, Joshi & Weinstein
        1995). A name three sentences back ("Meet Daniel ... every keeper knows he can call on his own manpower")
        leaves a generic reading."""
        doc = self.doc
        lo, _ = doc.bounds(k)
        start = doc.bounds(lo - 1)[0] if lo > 0 else lo
        named, masculine, feminine = self._people  # filled by _specific_before
        return any(start <= m < k for found in (named, masculine if pronoun in MASCULINE_PRONOUNS else feminine)
                   for m in found)

    def _specific_before(self, upto: int, pronoun: str) -> bool:
        """A person named, or referred to by a pronoun of ``pronoun``'s gender, in the paragraph before
        token ``upto``."""
        doc = self.doc
        if self._people is None:  # token indices of names, masculine and feminine pronouns: found once per text
            named = {bisect_left(doc.starts, s) for s, _ in find_names(doc.text)}
            named |= {m for m in range(len(doc.words)) if self._is_first_name(m)}
            self._people = (sorted(named),
                            [m for m, w in enumerate(doc.words) if w in MASCULINE_PRONOUNS],
                            [m for m, w in enumerate(doc.words) if w in FEMININE_PRONOUNS])
        start = bisect_left(doc.starts, doc.text.rfind("\n\n", 0, doc.starts[upto]) + 1)
        named, masculine, feminine = self._people
        for found in (named, masculine if pronoun in MASCULINE_PRONOUNS else feminine):
            n = bisect_left(found, start)
            if n < len(found) and found[n] < upto:
                return True
        return False

    def _is_first_name(self, m: int) -> bool:
        """A capitalised word in the first-name gazetteer, also one that is a common word ('Maria', 'Hope')."""
        word = self.doc.words[m]
        return (self.doc.is_capitalized(m) and word in lexicon().first and word not in CALENDAR_WORDS
                and word not in FUNCTION_WORDS)

    def _obliged(self, k: int, i: int) -> bool:
        """Between an indefinite antecedent and the pronoun: a deontic modal ('should', 'must', 'needs
        to', 'has to'), no past tense, no other person's pronoun and no comparison ('than she does')."""
        words = self.doc.words
        between = range(k + 1, i)
        if any(words[m] in SPECIFIC_PERSON or self._is_past(m) for m in between):
            return False
        if i - 1 > k and words[i - 1] in ("than", "as", "like"):
            return False
        return any(words[m] in ("should", "must", "ought") or (words[m] in ("need", "needs") and m + 1 < i)
                   or (words[m] in ("has", "have") and m + 1 < i and words[m + 1] == "to") for m in between)

    def _generic_verb_after(self, d: int, k: int, i: int, hi: int) -> bool:
        """'A good manager knows / A manager should know ...': the role's verb, right after it, is a modal,
        or a present-tense verb after a role named as a kind ('a good/true/typical manager'); 'A customer
        writes that she ...' narrates what one person did, and nothing before the pronoun is past."""
        doc, words = self.doc, self.doc.words
        if k + 1 > hi or doc.after(k).strip():
            return False  # 'A great colleague, he ...' is an apposition to one person
        nxt = words[k + 1]
        if nxt in NOUN_PREPOSITIONS:  # 'A technician on the night shift must ...': the role's own modifier first
            for m in range(k + 2, min(hi, k + 6) + 1):
                if "," in doc.gap(m):
                    break
                if words[m] in ("should", "must", "ought", "needs"):  # an obligation, not 'can'
                    nxt = words[m]
                    break
                if words[m] in LINKS or self._is_past(m):
                    break
        kind = any(words[m] in KIND_ADJECTIVES for m in range(d + 1, k))
        generic = nxt in GENERIC_MODALS or (
            kind and len(nxt) > 3 and nxt.endswith("s") and not nxt.endswith("ss") and nxt not in NOT_GENERIC_VERBS
            and nxt not in self.rules.things and nxt not in self.rules.people and nxt not in FUNCTION_WORDS)
        return generic and not any(self._is_past(m) or words[m] in SPECIFIC_PERSON for m in range(k + 1, i))

    def _bindable(self, k: int, i: int, hi: int) -> bool:
        """Can the pronoun at ``i`` stand for the quantified role noun at ``k``? Not when it sits inside
        that noun phrase ("each student in her class", "every student she mentored"), and not as a plain
        object pronoun in the role's own clause or in a relative clause on it ("each member thanked
        her", "every customer who called him"): a non-reflexive object cannot take its own clause's
        subject as antecedent (binding principle B), so it names someone else."""
        doc, words = self.doc, self.doc.words
        pronoun = words[i]
        if i == k + 1 and pronoun in ("he", "she"):
            return False  # a reduced relative clause: 'every student she mentored'
        if (i == k + 2 and pronoun in ("he", "she") and self._compound_head(k + 1)):
            return False  # on a compound whose head follows the role: 'each client meeting she runs'
        if i == k + 2 and words[k + 1] in NOUN_PREPOSITIONS:
            return False  # the noun's own modifier: 'each student in her class'
        obj = pronoun == "him" or (pronoun == "her" and self._object_her(i, hi))
        if not obj:
            return True
        for m in range(k + 1, i + 1):
            if m > k + 1 and any(c in ",;:" for c in doc.gap(m)):
                return True  # a later clause: 'every manager knows that, when the CEO calls him, ...'
            if m < i and words[m] in CLAUSE_OPENERS:
                return True
        return False

    def _compound_head(self, m: int) -> bool:
        """A noun right after a singular role noun ('client meeting'): not a function word, modal or
        copula, not a past or third-person verb form."""
        word = self.doc.words[m]
        return not (word in FUNCTION_WORDS or word in NOUN_PREPOSITIONS or word in LINKS or word in MODALS
                    or word.endswith("s") or self._is_past(m) or word.endswith("ly"))

    def _object_her(self, i: int, hi: int) -> bool:
        """'her' as an object ('thanked her for', 'told her.') rather than a possessive ('her team')."""
        words = self.doc.words
        if i + 1 > hi or self.doc.after(i).strip():
            return True
        nxt = words[i + 1]
        return (nxt in NOUN_PREPOSITIONS or nxt in OBJECT_FOLLOWERS
                or (nxt.endswith("ly") and len(nxt) > 4 and nxt not in LY_ADJECTIVES))  # 'email her directly'

    def coordinated(self, previous: int, i: int) -> bool:
        """Token ``i`` is a second predicate joined to a trait that ended at ``previous``: same
        sentence, at most 8 words on, an 'and'/'but'/'or' between and no new subject or verb."""
        lo, _ = self.doc.bounds(i)
        if previous < lo or i - previous > 8:
            return False
        between = self.doc.words[previous + 1 : i]
        if not any(w in CONJUNCTIONS for w in between):
            return False
        return not any(w in PRONOUNS or (w in LINKS and w not in BRIDGE) for w in between)

    def _is_role(self, k: int) -> bool:
        """A noun for a person in a role: the roles list, or an agent noun by its shape ("tester",
        "reviewer", "approver", "trainee") that names no thing; an '-er'/'-or' shape counts when WordNet names a
        person by it or it is formed from a word ("blister", "sister" by shape alone are no agent nouns)."""
        word = self.doc.words[k]
        if word in self.rules.roles:
            return True
        if (word in person_nouns() and (word in NOT_AGENT_NOUNS or word in self.rules.things)
                and not self.doc.is_capitalized(k)):
            # a word the thing lists hold for a made thing ("server", "editor", "tracker") whose first and most
            # WordNet senses are a person (assistant/data/person_nouns.txt): read only as the antecedent of a gendered
            # pronoun, which needs a person ("every server should clear a bottle with his captain")
            return True
        return (
            len(word) > 4
            and word not in NUMBER_WORDS and word not in PREPOSITIONS and word not in FUNCTION_WORDS  # three, under
            and word.endswith(("er", "or", "ist", "ee", "ian"))
            and word not in self.rules.things
            and word not in NOT_AGENT_NOUNS
            and not self.doc.is_capitalized(k)
            and (word.endswith(("ist", "ee", "ian")) or word in person_nouns() or has_agent_base(word))
        )

    def _is_past(self, k: int) -> bool:
        """A past-tense verb: '-ed' after a noun or pronoun, or a common irregular past; not a bare form
        after a modal ('will set', 'must put')."""
        word = self.doc.words[k]
        if k > 0 and self.doc.words[k - 1] in MODALS and word in IRREGULAR_VERBS:
            return False
        return ((is_past_tense(word) or word in IRREGULAR_PAST_FORMS)
                and word not in self.rules.things and word not in self.rules.people)
