"""Checks that a term describes a thing, a possession, an accommodation, an incident or an office, not the person."""

from __future__ import annotations

from bisect import bisect_left
from functools import cache
from heapq import merge

from assistant.analyzers.bias.doc import (
    _REFLEXIVES,
    _Doc,
    _names_a_person,
)
from assistant.analyzers.bias.grammar import (
    _APOSTROPHES,
    _BODY_RATING_WORDS,
    _CAUSAL_OPENERS,
    _CLAUSE_GAP_RE,
    _EQUATING_COPULAS,
    _PERSON_PRONOUNS,
    _THIRD_PARTY_OPENERS,
    _TIE_VALENCE,
    BRIDGE,
    CLAUSE_MODALS,
    CONJUNCTIONS,
    DETERMINERS,
    FUNCTION_WORDS,
    GENERIC_TRIGGERS,
    LINKS,
    NEGATORS,
    POSSESSIVES,
    PRONOUNS,
    SECOND_PERSON,
    SPECIFIC_PERSON,
    _rating,
)
from assistant.analyzers.bias.ruleset import (
    RuleSet,
)
from assistant.analyzers.valence import lexicon as valence_lexicon
from assistant.text import (
    IRREGULAR_PAST,
    MODALS,
    NUMBER_WORDS,
    PREPOSITIONS,
    fold_plural,
)
from assistant.wordlists import artifact_nouns, kind_thing_nouns, person_nouns, plant_nouns, setting_nouns

_REMARK_SUBJECTS = frozenset(["i", "we", "he", "she", "they"])  # a remark's subject that is no third party
# the words that may open the clause telling an accommodation; 'which' only after a comma (a non-restrictive relative
# clause with a subject of its own: "wears his turban under the safety hairnet, which our hygiene audit approved")
_ACCOMMODATION_LINKS = frozenset(["so", "and", "which"])
# after an inflected head ("heritage walks"), what shows the head to be a noun, not the clause's verb
_AFTER_HEAD = frozenset(["and", "or", "but", "nor", "that", "which", "who", "is", "are", "was", "were", "has", "have",
                         "had", "of", "in", "on", "at", "for", "with", "across", "along", "to", "from"]) | MODALS


@cache
def aged_thing_nouns() -> frozenset[str]:
    """The heads an age adjective may modify as a thing's (``_ThingChecks._thing_head``): plants and their parts
    (plant_nouns.txt) and physical things with no person or body sense (kind_thing_nouns.txt), both WordNet 3.0."""
    return plant_nouns() | kind_thing_nouns()


class _ThingChecks:
    """Checks that a term describes a thing, a possession, an accommodation, an incident or an office, not the person."""

    doc: _Doc
    rules: RuleSet
    _vetting: bool | None

    def _predicated_of_possession(self, i: int, lo: int) -> bool:
        """Is the match at ``i`` the predicate of a copula whose subject is a person's thing, its noun phrase opened
        by his/her/their/your or by a name's ("Lina's lunches are very ethnic", "Amir's cooking at the team lunch was
        so ethnic", "Her hairstyle is quite ethnic")? An origin-coded word said of a person's food, name, clothes or
        hair others the person by them (The Diversity Style Guide, 'ethnic')."""
        doc, words = self.doc, self.doc.words
        k = i - 1
        while k >= lo and (words[k] in BRIDGE or (len(words[k]) > 4 and words[k].endswith("ly"))):
            k -= 1
        if k < lo or words[k] not in _EQUATING_COPULAS or _CLAUSE_GAP_RE.search(doc.gap(k + 1)):
            return False
        for m in range(k - 1, max(lo, k - 7) - 1, -1):
            if _CLAUSE_GAP_RE.search(doc.gap(m + 1)):
                return False
            if words[m] in POSSESSIVES and words[m] != "my" and (m == lo or words[m - 1] not in PREPOSITIONS):
                return True
            if words[m] == "s" and doc.gap(m)[-1:] in _APOSTROPHES and m - 1 >= lo and (
                    self._is_first_name(m - 1) and (m - 1 == lo or words[m - 2] not in PREPOSITIONS)):
                return True
        return False

    def _accommodated(self, i: int, j: int, lo: int, hi: int) -> bool:
        """Does the sentence tell the accommodation made for the characteristic ``i..j`` rather than judge by it?
        After the characteristic, either a clause opened by 'so', 'and' or (after a comma) 'which' has a provision verb (vocabulary
        `provision_verbs`: bought, ordered, provided, set up ...) within four words after a subject of its own that is
        not the person (no he/she/him/her/you: the employer's act: "so we ordered a bump cap that fits it", "so IT bought her a new headset",
        "..., which our hygiene audit approved": a non-restrictive relative clause comments on what the sentence told,
        Quirk et al. 1985, 17.22), or a
        participle of `arrangements` is followed by 'with' or 'by' (the aid agreed with someone: "a task board agreed with
        his manager"). Nothing up to the provision judges or decides (assessment, decisions, doubts, costs,
        stance, modals, hedges, negation, contrast or concession), and nothing after it contrasts; an outcome of
        the work after the accommodation ("and her call handling has been excellent since") stays the work's."""
        words, provision = self.doc.words, self.rules.provision_verbs
        permission = self.rules.permission_verbs
        arranged = self.rules.vocabulary.get("arrangements", frozenset())
        if not provision:
            return False
        found = None
        fronted = words[lo] in _CAUSAL_OPENERS and lo < i  # "Because she uses a screen reader, we bought ..."
        # only a link word, a participle of `arrangements` or (fronted) a clause break can start what is read below
        doc = self.doc
        links = [doc.among(_ACCOMMODATION_LINKS, j + 1, hi + 1), doc.among(arranged, j + 1, hi + 1)]
        if fronted:
            links.append(doc.within(doc.clause_gaps(), j + 1, hi + 1))
        for k in sorted(set(merge(*links))):
            main_clause = fronted and _CLAUSE_GAP_RE.search(self.doc.gap(k)) is not None
            if words[k] in ("so", "and", "which") and _CLAUSE_GAP_RE.search(self.doc.gap(k)) is not None or (
                    words[k] == "so" and k > j + 1) or words[k] == "and" or main_clause:
                # 'and' with no comma joins a clause too when a subject of its own and a provision verb follow:
                # "wears a hijab and the kitchen supplied a hairnet that fits over it"
                link = k - 1 if main_clause else k  # the main clause opens with its subject, no link word
                for m in range(link + 1, min(hi, link + 4) + 1):
                    if words[m] in _PERSON_PRONOUNS or words[m] in SECOND_PERSON or words[m] in NEGATORS or (
                            words[m] in CLAUSE_MODALS):
                        break
                    if m > link + 1 and ((words[m] in provision and not words[m].endswith("ing")) or (
                            words[m] == "set" and m < hi and words[m + 1] == "up") or words[m] in permission):
                        found = m
                        break
            elif words[k] in arranged and words[k].endswith("ed") and k < hi and words[k + 1] in ("with", "by") and (
                    k > j + 1):
                found = k
            if found is not None:
                break
        if found is None:
            return False
        judging = self.rules.judging_words
        inert = self._inert_cues(lo)  # a schedule or kit named, not judged: "on the busiest nights", "her hard hat"
        if any(words[k] in judging and k not in inert for k in range(lo, found)):
            return False
        after = found + 1
        if words[found] in permission:
            # what is permitted: its clause may hold the permitted act's modal ("the team agreed he can answer the
            # radio by text"), nothing else that judges and no negated modal ("agreed he can't do nights")
            while after <= hi and _CLAUSE_GAP_RE.search(self.doc.gap(after)) is None:
                word = words[after]
                if word in judging and after not in inert and not (word in CLAUSE_MODALS and not (
                        after < hi and words[after + 1] in NEGATORS)):
                    return False
                after += 1
        deciding = self.rules.deciding_words
        moving = self.rules.removal_verbs | self.rules.confining_verbs | self.rules.handover_verbs
        return not any(words[k] in deciding or (words[k] in moving and k < hi and words[k + 1] in _PERSON_PRONOUNS)
                       for k in range(after, hi + 1))

    def _modifies_thing(self, i: int, lo: int, hi: int, heads: frozenset[str] | None = None) -> bool:
        """Is the one-word characteristic at ``i`` an adjective inside a noun phrase whose head names no person:
        opened by a determiner, quantifier or number with no possessive ("the two blind corners", "each blind
        bend"), and followed at once by a noun that is no person noun (rules `people`, WordNet noun.person in
        assistant/data/person_nouns.txt)? Then it says what the thing is like; "a deaf colleague", "his dyslexic
        spelling" and "Ken is deaf, so ..." do not qualify. With ``heads`` (the age rules: ``aged_thing_nouns``) the
        noun right after must be one of them instead, and the noun phrase may be bare or owned (``_thing_head``)."""
        doc, words = self.doc, self.doc.words
        if i + 1 > hi or doc.gap(i + 1) != " ":
            return False
        if heads is not None:
            return self._thing_head(i + 1, hi, heads)
        head = words[i + 1]
        if head in FUNCTION_WORDS or head in PREPOSITIONS or head in CONJUNCTIONS or head in LINKS or (
                head in PRONOUNS or head in SPECIFIC_PERSON or head in _REFLEXIVES or head.endswith("ly")
                or self._names_person_noun(head)):
            return False
        for k in range(i - 1, max(lo, i - 3) - 1, -1):
            if doc.gap(k + 1) != " ":
                return False
            word = words[k]
            if word in POSSESSIVES or word in SPECIFIC_PERSON:
                return False
            if word in DETERMINERS or word in GENERIC_TRIGGERS:
                return True
            if not (word in NUMBER_WORDS or word[:1].isdigit()):
                return False
        return False

    def _thing_head(self, k: int, hi: int, heads: frozenset[str]) -> bool:
        """Is the word at ``k``, right after an age adjective, the head of its noun phrase and one of ``heads``
        (singular or plural), a plant or a physical thing no person is named by? An attributive adjective describes
        its head (Quirk et al. 1985, 7.20ff; 17.108ff the head says what the phrase names): "so the young shoots in
        the frost pocket", "checking the soil and the young plants", "her young vines" tell the plant's age, whoever
        was named before in the sentence or owns it. Not the first noun of a compound whose head is a person ("the
        young tree surgeon"), nor an uninflected verb after 'the young' read as people, before its object ("the young
        plant the seeds")."""
        doc, words = self.doc, self.doc.words
        head = words[k]
        lemma = head if head in heads else fold_plural(head)
        if lemma not in heads or head in FUNCTION_WORDS or head in PRONOUNS or head in PREPOSITIONS or (
                head in LINKS or self._names_person_noun(head)):
            return False
        if k + 1 <= hi and doc.gap(k + 1) == " ":
            after = words[k + 1]
            if self._names_person_noun(after):
                return False  # "the young tree surgeon"
            if head == lemma and (after in DETERMINERS or after in POSSESSIVES or after in PRONOUNS):
                return False  # "the young plant the seeds"
        return True

    def _said_of_setting(self, i: int, lo: int, hi: int, errands: bool = False) -> bool:
        """Is the one-word characteristic noun at ``i`` (heritage, background, origin, family, age ...) said of a thing,
        a place, a dish or an event rather than of a person? Who owns a noun phrase is its determiner's business and
        what it names is its head's (Quirk et al. 1985, 5.115-5.116 the genitive in determiner position; 17.108ff the
        head of a noun compound): the word is the thing's when (1) its noun phrase is determined by 'its' or by the
        genitive of a common noun that names no person ("the park ... including its heritage", "the town's heritage",
        "the council's heritage trail"); (2) it modifies, as the first noun of a compound, a head that names a thing,
        a place, a dish or an event (assistant/data/setting_nouns.txt, WordNet 3.0: "a heritage railway", "each heritage
        trail") in a noun phrase opened by a determiner, a quantifier or a number, which no person owns (no
        his/her/their/your/my, no name's or person noun's genitive: "her family home" stays hers; a bare noun phrase
        may be the object of the person's own act: "She takes long Eid breaks"); (3) it is the complement of 'of'
        after such a noun ("trails of heritage"); or (4) it stands capitalised inside a proper name, a capitalised
        word that is no person noun right after it and a word before it in the sentence ("Elsecar Heritage Railway
        is run by ..."). An inflected head could be the clause's verb ("her heritage shows"), so it counts only
        before a break, a conjunction, an auxiliary or a preposition ("two heritage railways and a museum"). With
        ``errands`` (the family and faith rules) (2) is not read: a family word before a head names the person's
        caring errand ("leave early for daycare pickup", dev2-bias-133; Bias Interrupters' maternal wall), a faith
        word the person's observance ("the Eid breaks"), the rule's own subject."""
        doc, words = self.doc, self.doc.words
        word = words[i]
        person_owned = opened = False
        for k in range(i - 1, max(lo, i - 5) - 1, -1):
            if _CLAUSE_GAP_RE.search(doc.gap(k + 1)):
                break
            w = words[k]
            if w == "its":
                return True  # (1)
            if w == "s" and k > lo and doc.gap(k).strip() in _APOSTROPHES:
                owner = words[k - 1]
                if doc.is_capitalized(k - 1) or self._names_person_noun(owner) or owner in self.rules.vocabulary.get(
                        "kin", frozenset()) or owner in self.rules.outsiders:
                    person_owned = True
                    break
                return True  # (1) "the town's heritage gems", "the council's heritage trail"
            if w in POSSESSIVES or w in SPECIFIC_PERSON or w in ("our", "whose"):
                person_owned = True
                break
            if w in DETERMINERS or w in GENERIC_TRIGGERS or w in NUMBER_WORDS or w[:1].isdigit():
                opened = True  # "a heritage railway", "each heritage trail": a noun phrase no person owns
                break
            if w in PREPOSITIONS or w in CONJUNCTIONS or w in LINKS or w in FUNCTION_WORDS:
                break
            if self._names_person_noun(w):
                person_owned = True
                break
        if person_owned:
            return False
        settings = setting_nouns()
        if opened and not errands and i + 1 <= hi and doc.gap(i + 1) == " ":
            head = words[i + 1]
            lemma = head if head in settings else fold_plural(head)
            if lemma in settings and not (head in FUNCTION_WORDS or head in PRONOUNS or head in LINKS
                                          or self._names_person_noun(head)):
                inflected = head != lemma or head.endswith(("ed", "ing")) or head in IRREGULAR_PAST
                if not inflected or i + 2 > hi or _CLAUSE_GAP_RE.search(doc.gap(i + 2)) or (
                        doc.gap(i + 2).strip() or words[i + 2] in _AFTER_HEAD):
                    return True  # (2)
        if i - 2 >= lo and words[i - 1] == "of" and doc.gap(i) == " " and doc.gap(i - 1) == " ":
            before = words[i - 2]
            if (before in settings or fold_plural(before) in settings) and not self._names_person_noun(before):
                return True  # (3) "trails of heritage"
        # (4) "Elsecar Heritage Railway": capitalised inside a proper name
        return i > lo and doc.is_capitalized(i) and word.isalpha() and i + 1 <= hi and doc.gap(i + 1) == " " and (
            doc.is_capitalized(i + 1)) and not (words[i + 1] in FUNCTION_WORDS or words[i + 1] in PRONOUNS
                                               or self._names_person_noun(words[i + 1]))

    def _names_a_kind(self, i: int, lo: int, hi: int) -> bool:
        """Is the label at ``i`` (rules with ``kind_names``: the outdated ethnic labels) the name of a thing, not a word
        for people? Either (1) it is written singular and modifies, after a space or a hyphen, a noun that names a
        physical thing (assistant/data/kind_thing_nouns.txt or artifact_nouns.txt, WordNet 3.0: "Oriental
        cockroaches", "antique Oriental rug", "the gypsy-moth coordinator"), or (2) it stands inside a proper name:
        capitalised, with a capitalised word right after it that is no person noun ("the Oriental Institute Museum",
        "the Oriental Theater") or, inside the sentence, a capitalised word right before it that is no first name and
        no person noun ("New York's Mandarin Oriental hotel", "including The Oriental, Bangkok"). The AP Stylebook
        ("Orient, Oriental": not for people; acceptable for things such as rugs) and WordNet's own compounds
        (oriental_cockroach, gypsy_moth, ghetto_blaster, none a person) name things so; the label said of people
        ("the oriental guy in billing", "orientals", "he is a gypsy", "his oriental eyes": a person, a plural noun, a
        predicate, a body word) stays the rule's. Quirk et al. 1985, 17.108 (the head of a noun compound says what it
        names) and 5.60-5.66 (proper names of institutions, buildings and products, capitalised)."""
        doc, words = self.doc, self.doc.words
        word, raw = words[i], doc.raw(i)
        if raw.lower().endswith("s") or not word.isalpha():
            return False  # "orientals", "gypsies": the noun of people
        nxt = words[i + 1] if i + 1 <= hi else ""
        gap = doc.gap(i + 1) if nxt else ""
        if nxt and gap in (" ", "-") and nxt.isalpha() and not self._names_person_noun(nxt) and not (
                nxt in FUNCTION_WORDS or nxt in PRONOUNS):
            things = kind_thing_nouns() | artifact_nouns()
            if nxt in things or fold_plural(nxt) in things:
                return True  # (1) a thing's kind
            if gap == " " and doc.is_capitalized(i) and doc.is_capitalized(i + 1):
                return True  # (2) "the Oriental Institute"
        if i - 1 > lo and doc.gap(i) == " " and doc.is_capitalized(i) and doc.is_capitalized(i - 1):
            before = words[i - 1]
            return before == "the" or not (before in FUNCTION_WORDS or before in PRONOUNS or _names_a_person(
                doc.raw(i - 1)) or self._names_person_noun(before))
        return False

    def _names_person_noun(self, word: str) -> bool:
        """A person noun, singular or plural (rules `people`, WordNet noun.person nouns)."""
        nouns = person_nouns()
        return any(form in self.rules.people or form in nouns
                   for form in (word, word[:-1], word[:-2]) if form)

    def _vetting_text(self) -> bool:
        """Does the text use 'background' in its screening sense somewhere ("the background investigation",
        "a background check": a vetting noun after it, vocabulary ``vetting_nouns``)? Memoized per text."""
        if self._vetting is None:
            words, vetting = self.doc.words, self.rules.vocabulary.get("vetting_nouns", frozenset())
            self._vetting = any(w in ("background", "backgrounds") and k + 1 < len(words)
                                and words[k + 1] in vetting for k, w in enumerate(words))
        return self._vetting

    def _professional_background(self, i: int, lo: int, hi: int) -> bool:
        """Is the 'background' at ``i`` a work history or a screening record? Listed with a noun of professional
        history (vocabulary ``professional_history``) in one coordination, after it or before it: "the
        candidate's background, training and experience", "experience and background" (O*NET worker
        requirements); or in a text that uses the word in its screening sense elsewhere ("whether your background
        is suitable ... the background investigation"): one sense per discourse (Gale, Church & Yarowsky 1992)."""
        doc, words = self.doc, self.doc.words
        if words[i] not in ("background", "backgrounds"):
            return False
        if self._vetting_text():
            return True
        history = self.rules.vocabulary.get("professional_history", frozenset())
        for step in (1, -1):
            k = i
            for _ in range(3):  # over at most two list links and one modifier: ", technical training and"
                nxt = k + step
                if not lo <= nxt <= hi:
                    break
                gap = doc.gap(max(k, nxt)).strip()
                if gap not in ("", ","):
                    break
                if words[nxt] in ("and", "or"):
                    k = nxt
                    continue
                if gap != "," and k == i:
                    break  # the first neighbour must be a list link: "background checks" is no list
                if words[nxt] in history:
                    return True
                k = nxt
        return False

    def _thing_measure(self, i: int, lo: int) -> bool:
        """Is the body-measure noun at ``i`` (vocabulary `body_measures`: height, weight) the measure of a thing?
        Walking back over its noun phrase: a person's possessive (his, her, their, your, a first name's) makes it
        the person's; a thing's possessive ("every carton's weight") or a noun modifier ("travel height", "load
        weight", "shoulder height") makes it the thing's. Words that rate or size a body ("a healthy weight",
        "extra weight", "her ideal weight") are no modifier of a thing."""
        doc, words = self.doc, self.doc.words
        if words[i] not in self.rules.vocabulary.get("body_measures", frozenset()):
            return False
        rated = valence_lexicon()
        for k in range(i - 1, max(lo, i - 4) - 1, -1):
            if doc.gap(k + 1).strip():
                if doc.gap(k + 1).strip() in _APOSTROPHES and words[k + 1] == "s":
                    continue  # the possessive 's itself is read at k
                return False
            word = words[k]
            if word == "s" and k > lo and doc.gap(k).strip() in _APOSTROPHES:
                owner = k - 1
                return not (self._is_first_name(owner) or words[owner] in self.rules.people)
            if word in POSSESSIVES or word in SPECIFIC_PERSON:
                return False
            if word in DETERMINERS or word in PREPOSITIONS or word in CONJUNCTIONS or word in LINKS:
                return False
            # a noun modifier ("travel height", "load weight"), not a word that rates a body or a name
            return not (word in _BODY_RATING_WORDS or abs(_rating(rated, word)) >= _TIE_VALENCE
                        or self._is_first_name(k))
        return False

    def _reported_incident(self, i: int, lo: int, hi: int) -> bool:
        """Is the term at ``i`` in a third party's remark that the review records as an incident? A remark verb
        (vocabulary `remark_verbs`: said, called, remarked ...) comes before the term in its sentence, its subject
        opens with an article or 'one'/'another' ("A driver remarked that ...", "A client's son called him ..."),
        and after the term, in the same sentence or the next, a verb of reporting misconduct (`incident_verbs`:
        reported, raised, logged, escalated) takes the remark as its object within two words ("raised it",
        "reported the remark", "logged the incident"). "Drivers say she can be bossy" or "a driver said she was too
        young, and frankly I agree" record no incident and stay the writer's judgement."""
        words, remark_verbs = self.doc.words, self.rules.remark_verbs
        if not remark_verbs:
            return False
        said = self.doc.positions(remark_verbs)
        last = bisect_left(said, i) - 1  # the remark verb nearest before the term, after the sentence's first word
        verb = said[last] if last >= 0 and said[last] > lo else None
        if verb is None or words[lo] not in _THIRD_PARTY_OPENERS | frozenset(["one"]):
            return False
        if next(self.doc.among(_REMARK_SUBJECTS, lo, verb), None) is not None:
            return False
        end = hi
        if hi + 1 < len(words):
            end = self.doc.bounds(hi + 1)[1]
        incident, remarks = self.rules.incident_verbs, self.rules.vocabulary.get("remark_nouns", frozenset())
        return any(any(words[m] in remarks for m in range(k + 1, min(end, k + 3) + 1)) or (
            words[k - 1] in remarks and words[k - 1] not in _PRONOUN_REMARKS)  # "filed the incident report"
                   for k in self.doc.among(incident, i + 1, end + 1))

    def _office_of_organisation(self, i: int, j: int, lo: int) -> bool:
        """Is the gendered word ``i..j`` an office ('chairman', 'spokesman', 'chairwoman') possessed by a body: a
        common noun that names no person, or a capitalised word that is no first name, with 's right before it
        ("the club's chairman", "the union's spokesman", "Acme's chairman")? That is the body's own title for
        someone else, which the writer quotes, not a word the writer chose for the person reviewed (as in "did a
        solid job as chairman", "she is the club's chairman now": an office predicated of the person stays)."""
        words = self.doc.words
        last = words[j]
        if not (last.startswith("chair") or last.endswith(("man", "men"))) or i - 2 < lo:
            return False
        if words[i - 1] != "s" or self.doc.gap(i - 1)[-1:] not in _APOSTROPHES:
            return False
        owner = i - 2
        word = words[owner]
        if word in PRONOUNS or word in FUNCTION_WORDS or word in self.rules.people:
            return False
        start = owner - 1 if owner > lo and words[owner - 1] in ("the", "a", "an") else owner
        if start > lo and words[start - 1] in _OFFICE_PREDICATES:
            return False  # "she is the club's chairman", "elected the union's chairman": the person's own office
        return not self.doc.is_capitalized(owner) or not self._is_first_name(owner)

    def _said_of_thing(self, i: int, j: int, lo: int, hi: int) -> frozenset[int]:
        """Positions in ``lo..hi`` of a predicate whose subject is a made or physical thing, not the person: a noun
        outside the characteristic ``i..j`` whose first and most WordNet 3.0 senses name a physical thing
        (assistant/data/kind_thing_nouns.txt, artifact_nouns.txt: helmet, desk, stool), in a noun phrase opened by a
        determiner and owned by no person (no his/her/their/my/your before it), followed at once, or after a
        restrictive 'that'/'which', by a modal, a form of 'be' or a finite verb of judgement ('fits'), up to the
        clause's end or a new subject ("ordered him a helmet that fits over his patka", "the helmet would be ...
        designed to be worn over a Sikh soldier's under-turban cloth", "The Veer Helmet can be worn comfortably over
        their under-turban cloth"). What such a clause asserts or rates is the thing's fit or use (Quirk et al. 1985,
        10.8-10.16: the subject is what the predication is about; 17.13-17.15: a restrictive relative's subject is its
        antecedent), not the person; the EEOC's religious garb and ADA accommodation guidance calls the helmet,
        hairnet or stool provided the accommodation, no judgement of the employee. Judged still: a predicate that
        rates the thing down (a negation, a word of cost, doubt or unsuitability, negative valence: "the prayer room
        was a bad idea", "the captioned phone slows the desk down": resentment of an accommodation), the person as
        its object ("the helmet makes him ..."), a degree or yardstick on the person ("too heavy for a woman", "no
        place for a mother"), a garment or aid that is itself the characteristic ("her hijab would conflict with the
        Look Policy") and the head of a compound the characteristic opens ("the prayer mat is a distraction")."""
        doc, words = self.doc, self.doc.words
        things = kind_thing_nouns() | artifact_nouns()
        judging = self.rules.vocabulary.get("assessment", frozenset()) | self.rules.vocabulary.get(
            "evaluation", frozenset())
        vocab = self.rules.vocabulary
        against = frozenset().union(*(vocab.get(name, frozenset()) for name in _THING_AGAINST))
        rated = valence_lexicon()
        found: set[int] = set()
        for n in range(lo + 1, hi):
            word = words[n]
            if i <= n <= j + 1 or not (word in things or fold_plural(word) in things) or self._names_person_noun(word):
                continue  # the characteristic's own item is no other thing: "the prayer mat is a distraction"
            opened = False
            for m in range(n - 1, max(lo, n - 4) - 1, -1):
                if _CLAUSE_GAP_RE.search(doc.gap(m + 1)) or words[m] in POSSESSIVES or words[m] in PRONOUNS:
                    break
                if words[m] in DETERMINERS:
                    opened = True
                    break
                if words[m] in FUNCTION_WORDS:
                    break
            s = n + 1
            if not opened or _CLAUSE_GAP_RE.search(doc.gap(s)):
                continue
            if words[s] in ("that", "which") and s < hi and not _CLAUSE_GAP_RE.search(doc.gap(s + 1)):
                s += 1
            if words[s] == "s" or not (words[s] in CLAUSE_MODALS or words[s] in LINKS or (
                    words[s] in judging and words[s].endswith(("s", "ed")))):
                # a finite verb, not an adverb ("the ground floor instead"); a possessive 's is no 'is' ("the cash
                # office's seizure first-aid card")
                continue
            end = s
            while end < hi and not _CLAUSE_GAP_RE.search(doc.gap(end + 1)) and words[end + 1] not in _REMARK_SUBJECTS:
                end += 1
            span = range(n + 1, end + 1)  # with the relative 'that'/'which' its antecedent is the thing
            if any(words[m] in _THING_OBJECTS or (words[m] == "her" and self._object_her(m, hi))
                   or words[m] in _THING_DEGREES or (words[m] == "for" and m < i <= end) for m in span):
                continue  # the person acted on or measured: "makes him look ...", "too heavy for a pregnant woman"
            if any(words[m] in NEGATORS or words[m] in against or (_rating(rated, words[m]) <= -_TIE_VALENCE and not (
                    words[m - 1] in LINKS and words[m].endswith(("ed", "n")))) for m in span):
                continue  # the thing rated down: "the prayer room was a bad idea", "the captioned phone slows the
                # desk down" (a passive participle is the verb, not a rating: "can be worn")
            found.update(span)
        return frozenset(found)


# remark nouns that are pronouns: "it report" is no incident report (_Checker._reported_incident)
_PRONOUN_REMARKS = frozenset(["it", "this"])

# a person as the object of a thing's predicate ("the helmet makes him ..."; _Checker._said_of_thing)
_THING_OBJECTS = frozenset(["him", "them", "me", "us", "you"])
# degree and place words that measure the person against the thing ("too heavy", "not big enough", "no place for")
_THING_DEGREES = frozenset(["too", "enough", "place"])
# vocabularies of a cost, a doubt or unsuitability: a thing's predicate holding one rates the accommodation down
_THING_AGAINST = ("costs", "cost_phrasal", "doubts", "unsuitability")

# links that predicate an office of the person ("she is the club's chairman", "as the union's chairman")
_OFFICE_PREDICATES = frozenset(["is", "was", "s", "as", "be", "been", "being", "became", "becomes", "become", "named",
                                "elected", "appointed", "remains", "remained"])
