"""The context checks for one text against one rule set, and candidates kept or dropped as redundant."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from assistant.analyzers.bias.addressee import _AddresseeChecks
from assistant.analyzers.bias.allocation import _AllocationChecks
from assistant.analyzers.bias.animals import _AnimalChecks
from assistant.analyzers.bias.comparative import _ComparativeChecks
from assistant.analyzers.bias.doc import (
    _CHILD_GROUP_WORDS,
    _LABEL_MODIFIERS,
    _REFLEXIVES,
    _Doc,
)
from assistant.analyzers.bias.generic import (
    _GenericChecks,
)
from assistant.analyzers.bias.grammar import (
    _APOSTROPHES,
    _HYPHEN_GAP_RE,
    _HYPHENS,
    _PUNCT_RE,
    _TIE_VALENCE,
    CALENDAR_WORDS,
    CONJUNCTIONS,
    DETERMINERS,
    FUNCTION_WORDS,
    LINKS,
    NEGATORS,
    NOUN_PREPOSITIONS,
    POSSESSION_VERBS,
    PRONOUNS,
    _rating,
)
from assistant.analyzers.bias.holders import (
    _HolderChecks,
)
from assistant.analyzers.bias.judgement import (
    _JudgementChecks,
)
from assistant.analyzers.bias.models import (
    _CHARACTERISTICS,
)
from assistant.analyzers.bias.next_sentence import _NextSentenceChecks
from assistant.analyzers.bias.own import _OwnChecks
from assistant.analyzers.bias.participation import (
    _ParticipationChecks,
)
from assistant.analyzers.bias.pronouns import (
    _PronounChecks,
)
from assistant.analyzers.bias.restated import _RestatedChecks
from assistant.analyzers.bias.ruleset import (
    RuleSet,
    _CompiledContext,
)
from assistant.analyzers.bias.things import (
    _ThingChecks,
    aged_thing_nouns,
)
from assistant.analyzers.bias.wanted import _WantedChecks
from assistant.analyzers.valence import lexicon as valence_lexicon
from assistant.names import TITLES, lexicon
from assistant.text import IRREGULAR_PAST, MODALS, fold_plural
from assistant.wordlists import artifact_nouns, male_role_nouns

_GENERIC_REACH = 6  # words after a generic subject's predicate that may hold its judgement (_Checker._predicated)


@cache
def _role_surnames() -> frozenset[str]:
    """The -man role nouns (assistant/data/male_role_nouns.txt) the name gazetteer also lists as surnames (Bowman,
    Seaman, Foreman, Waterman): capitalised inside a sentence after a title they name a person. Read with the
    gazetteer, once, when first asked."""
    return male_role_nouns() & lexicon().last


# Ranks that, like a courtesy title, announce a surname ("Captain Bowman", "Sergeant Foreman").
_RANKS = frozenset({"captain", "sergeant", "lieutenant", "major", "colonel", "general", "officer", "constable",
                    "inspector", "detective", "chief", "coach", "judge", "senator", "governor", "mayor", "councillor",
                    "councilor"})


def _announces_surname(word: str) -> bool:
    """Does ``word`` (folded) announce a surname after it: a courtesy title, a rank or a first name of the gazetteer?"""
    return word in TITLES or word in _RANKS or word in lexicon().first

# simile_start: the determiners of a simile's standard ('like a', 'as tough as any'), the words before 'like' that
# make it the verb ('would like a', "I'd like a", 'they like a'), and the 'as <word> as' that join clauses of time,
# condition or addition ('as soon as a', 'as long as a', 'as well as a')
_SIMILE_DETERMINERS = frozenset({"a", "an", "any", "some", "every"})
_LIKE_VERB_BEFORE = frozenset({"would", "d", "i", "we", "you", "they", "to", "do", "does", "did", "don", "doesn",
                               "didn", "not", "really", "who", "people", "customers"})
_AS_CONJUNCTIONS = frozenset({"soon", "long", "well", "far", "much", "many", "often", "quickly", "early", "late"})
def _open_class(word: str) -> bool:
    """Can ``word`` be a modifier in a noun phrase or the adjective of 'as <word> as' (an open-class word: not a
    determiner, pronoun, preposition, conjunction, link or modal verb)?"""
    return word.isalpha() and not (word in DETERMINERS or word in PRONOUNS or word in NOUN_PREPOSITIONS
                                   or word in CONJUNCTIONS or word in LINKS or word in MODALS or word in _CLAUSE_WORDS)


_CLAUSE_WORDS = frozenset({"who", "whom", "whose", "which", "that", "when", "if", "because", "so", "not", "as"})

# simile_start: age words before the standard's noun ('like an old man', 'like a young girl')
_AGE_MODIFIERS = frozenset({"old", "older", "elderly", "aged", "young", "younger", "middle", "teenage", "ancient"})

# _sexes_compared: a sex named as a class ('a woman', 'women', 'any man')
_SEX_CLASS_NOUNS = frozenset({"woman", "man", "girl", "boy", "female", "male", "lady", "guy"})
_SEX_CLASS_PLURALS = frozenset({"women", "men", "girls", "boys", "females", "males", "ladies", "guys"})
_SPACE_ONLY = re.compile(r"[ \t]+|[-‐‑–]")

# What may follow the head of a noun compound whose head could also be read as a verb ("her hair nets are in the
# locker", "the makeup bags, the brushes"): a clause or phrase break, a conjunction, or an auxiliary or a link verb
# of the clause the compound is the subject of. A preposition does not settle it ("her hair sticks to her face").
_AFTER_COMPOUND = frozenset(
    ["and", "or", "but", "nor", "that", "which", "who", "is", "are", "was", "were", "has", "have", "had"]) | MODALS


class _Checker(_ThingChecks, _JudgementChecks, _HolderChecks, _OwnChecks, _ParticipationChecks, _GenericChecks,
               _PronounChecks, _AddresseeChecks, _ComparativeChecks, _RestatedChecks, _AllocationChecks,
               _AnimalChecks, _WantedChecks, _NextSentenceChecks):
    """Context checks for one text against one rule set.

    The checks live in mixins by concern (``things``, ``judgement``, ``holders``, ``own``, ``participation``,
    ``generic``, ``pronouns``, ``addressee``, ``comparative``, ``restated``, ``allocation``, ``animals``, ``wanted``);
    each reads this object's ``doc`` and ``rules`` and shares its per-text caches.
    """

    def __init__(self, doc: _Doc, rules: RuleSet) -> None:
        self.doc = doc
        self.rules = rules
        self._traits: dict[int, tuple[bool, bool, int, int, int, int, int, int, bool]] = {}
        self._care_setting: bool | None = None
        self._people: tuple[list[int], list[int], list[int]] | None = None
        self._generic: dict[int, tuple[bool, bool]] = {}
        self._procedure: bool | None = None
        self._youth_setting: bool | None = None
        self._main: tuple[str | None, str | None] | None = None
        self._inert: dict[int, frozenset[int]] = {}
        self._days: dict[int, bool] = {}
        self._vetting: bool | None = None
        self._grounds_last: dict[int, int] = {}  # a sentence's end -> its last word of grounds (_grounds_after)
        self._kin_compounds: dict[int, frozenset[int]] = {}  # a sentence's start -> its kin compounds (_takes_part)

    # -- small helpers
    def _ends_at(self, k: int, phrase: tuple[str, ...], lo: int) -> bool:
        first = k - len(phrase) + 1
        return first >= lo and tuple(self.doc.words[first : k + 1]) == phrase

    def _starts_at(self, k: int, phrase: tuple[str, ...], hi: int) -> bool:
        last = k + len(phrase) - 1
        return last <= hi and tuple(self.doc.words[k : last + 1]) == phrase

    def simile_start(self, i: int, lo: int) -> int:
        """The first token of the simile whose standard is the noun at ``i`` ('like' or the first 'as'), or -1.

        A simile compares by 'like' or by the equative 'as <word> as' (Quirk et al. 1985, A Comprehensive Grammar,
        15.61 and 15.63), its standard a noun phrase: a determiner, up to two modifiers and the noun ('as jumpy as a
        nervous schoolgirl', 'fussed like a spinster', 'as tough as any man'). 'As a schoolgirl she kept bees' names
        a role or a time (no 'as <word>' before it), 'as soon as a man ...' is a conjunction of time and 'would like
        a nanny' the verb 'like'."""
        words, doc = self.doc.words, self.doc
        k = i - 1
        for _ in range(3):  # the determiner, behind at most two modifiers
            if k < lo or not _SPACE_ONLY.fullmatch(doc.gap(k + 1)):
                return -1
            if words[k] in _SIMILE_DETERMINERS:
                break
            word = words[k]
            if not _open_class(word) or word in _AGE_MODIFIERS:
                return -1  # an age word makes the standard an age's too: the age rules' ('like an old man')
            k -= 1
        else:
            return -1
        if k - 1 < lo or not _SPACE_ONLY.fullmatch(doc.gap(k)):
            return -1
        if words[k - 1] == "like":
            return -1 if k - 2 >= lo and words[k - 2] in _LIKE_VERB_BEFORE else k - 1
        if (words[k - 1] == "as" and k - 3 >= lo and words[k - 3] == "as" and _open_class(words[k - 2])
                and words[k - 2] not in _AS_CONJUNCTIONS):
            return k - 3
        return -1

    def _sexes_compared(self, lo: int, i: int) -> bool:
        """Is a sex named as a class earlier in the sentence, before the equative's noun at ``i`` ('A woman is just as
        good as a man', 'women can work as hard as any man')? Then the equative compares the sexes, a general
        statement, and puts no trait on a colleague."""
        words = self.doc.words
        for k in range(lo, i):
            if words[k] in _SEX_CLASS_PLURALS or (words[k] in _SEX_CLASS_NOUNS and k > lo
                                                  and words[k - 1] in _SIMILE_DETERMINERS):
                return True
        return False

    def _at_end(self, j: int, hi: int) -> bool:
        return j == hi or bool(_PUNCT_RE.search(self.doc.after(j)))

    def _is_name(self, k: int, lo: int) -> bool:
        word = self.doc.words[k]
        if not self.doc.is_capitalized(k) or word in FUNCTION_WORDS or word in PRONOUNS:
            return False
        return word not in CALENDAR_WORDS  # 'Mark' is a name even though 'mark' is a thing noun

    def _is_thing_after(self, j: int, hi: int, artifacts: bool = False) -> bool:
        if j + 1 > hi:
            return False
        gap = self.doc.after(j)
        if _HYPHEN_GAP_RE.fullmatch(gap) is None:
            return False
        things = self.rules.things
        if any(h in gap for h in _HYPHENS) and not any(c.isspace() for c in gap):
            # A compound modifier: 'pregnancy-tracking feature', 'her hair-trigger alert rule'; only a
            # person or attribute noun after the hyphen keeps it about a person ('old-school manager').
            nxt = self.doc.words[j + 1]
            return nxt not in self.rules.people and nxt not in self.rules.attributes
        return self.doc.words[j + 1] in things or (artifacts and self._artifact_head(j, hi))

    def _artifact_head(self, j: int, hi: int) -> bool:
        """Whether the word after ``j`` (space-separated) heads a noun compound that names a made thing, with the
        word at ``j`` its modifier: "cover the makeup table", "wears her hair net", "his beard net", "her makeup bag"
        (assistant/data/artifact_nouns.txt, WordNet 3.0 artifacts; the head names the thing, Quirk et al. 1985,
        17.108ff). A head that may be a verb of the clause ("his tattoos cover", "her hair looks", "her hair pins
        back", "her hair sticks to") is not read as one: after a plural modifier a bare form could be the plural
        subject's verb, so it, and an -s, -ed or -ing form or a past form, count only when a break, a conjunction, an
        auxiliary or a link verb follows ("her hair nets are in the locker")."""
        words = self.doc.words
        nxt, word = words[j + 1], words[j]
        if nxt in FUNCTION_WORDS or nxt in MODALS or nxt in LINKS or nxt in PRONOUNS or nxt in self.rules.people:
            return False
        lemma = _artifact_lemma(nxt)
        if lemma is None:
            return False
        inflected = nxt != lemma or nxt.endswith(("ed", "ing")) or nxt in IRREGULAR_PAST
        if not inflected and not (word.endswith("s") and not word.endswith("ss")):
            return True  # a bare form after a singular modifier cannot be its verb: "her makeup bag", "the hair net"
        if j + 2 > hi or _PUNCT_RE.search(self.doc.after(j + 1)):
            return True  # "her hair nets." / "the makeup tables, ..."
        after = words[j + 2]
        return after in _AFTER_COMPOUND

    # -- context
    def _predicated(self, i: int, j: int, hi: int) -> bool:
        """Is the generic sentence whose bare plural subject is the match ``i..j`` a judgement of the group: a
        negation or a word of negative valence (VADER, at least ``_TIE_VALENCE`` below zero) among the match's words
        after the group noun or the next ``_GENERIC_REACH`` words of its clause, up to a comma, semicolon or colon?
        "Muslims are terrorists", "men are not reliable caregivers", "immigrants stole American jobs"; not "women
        are underrepresented in engineering" nor "Muslims are a protected group" (Krifka et al. 1995, characterising
        sentences; APA 7th ed. 5.1, a stereotype is a judgement said of every member)."""
        words, rated = self.doc.words, valence_lexicon()
        for k in range(i + 1, min(hi, j + _GENERIC_REACH) + 1):
            if k > j + 1 and any(c in self.doc.gap(k) for c in ",;:"):
                break
            word = words[k]
            if word in NEGATORS and not (word == "t" and self.doc.gap(k)[-1:] not in _APOSTROPHES) and word != "ill":
                return True
            if word not in FUNCTION_WORDS and _rating(rated, word) <= -_TIE_VALENCE:
                return True
        return False

    def _relatives_genitive(self, i: int, lo: int) -> bool:
        """Is the health mention at ``i`` determined by a genitive whose head is a kin noun (vocabulary `kin`, or
        'family member') or one of the people the job serves (`outsiders`): "their family member's medical
        condition", "the patient's treatment", "the residents' medical records"? A genitive in determiner position
        names the possessor of the head noun (Quirk et al. 1985, 5.115-5.116), so the condition is that relative's
        or that patient's, not the person's judged; the disability rules are about the person's own health. A
        relative's illness given as the reason for a judgement is family status and stays with those rules
        ("since her mother's medical condition got worse": parenthood_mention). A name or a colleague noun before
        the genitive ("Ana's medical condition", "the employee's medical condition") may be the person judged and
        is left to the rule."""
        doc, words = self.doc, self.doc.words
        if i - 1 < lo:
            return False
        if words[i - 1] == "s" and doc.gap(i - 1)[-1:] in _APOSTROPHES and i - 2 >= lo:
            head = i - 2  # "member's"
        elif doc.after(i - 1)[:1] in _APOSTROPHES and words[i - 1].endswith("s"):
            head = i - 1  # "residents'"
        else:
            return False
        noun, vocab = words[head], self.rules.vocabulary
        if doc.is_capitalized(head) and head != doc.bounds(head)[0]:
            return False  # a name
        kin = vocab.get("kin", frozenset())
        return (noun in kin or fold_plural(noun) in kin or noun in self.rules.outsiders or (
            noun in ("member", "members") and head - 1 >= lo and words[head - 1] == "family"))

    def _clinical_spectrum(self, i: int, j: int, lo: int) -> bool:
        """Is the match ``i..j`` 'on the (autism) spectrum ...' postmodifying a noun that names people ("individuals
        on the autism spectrum with meaningful work", "adults on the spectrum with degrees")? A prepositional phrase
        right after a noun modifies that noun (Quirk et al. 1985, 17.37-17.38), and 'a person on the autism
        spectrum' is the condition's own name in the person-first form the style guides give (NCDJ Disability
        Language Style Guide, 'autism'; APA Publication Manual 7th ed., 5.4). The metaphor the rule is for is said of
        someone with a degree word or a copula ("she is a bit on the spectrum about naming"), not after a person
        noun. A person noun is the rules' `people` or `outsiders`, or a WordNet person noun (``_generic_host``)."""
        words = self.doc.words
        if words[i] != "on" or "spectrum" not in words[i : j + 1] or i - 1 < lo or self.doc.gap(i).strip():
            return False
        host = words[i - 1]
        return host in self.rules.people or host in self.rules.outsiders or self._generic_host(i - 1)

    def age_of_thing(self, ctx: _CompiledContext, i: int, j: int) -> bool:
        """Is the one word of an age rule that describes a person ("young", "youthful", "elderly") said of the plant or
        the physical thing its noun phrase names right after it (``_ThingChecks._thing_head``)? Neither a predicate
        of the person nor a second predicate coordinated with one ("Tom is young and keen, so the young vines ...")."""
        if not (ctx.category == "age" and ctx.describes == "person" and i == j):
            return False
        lo, hi = self.doc.bounds(i)
        return self._modifies_thing(i, lo, hi, aged_thing_nouns())

    def accepts(self, ctx: _CompiledContext, i: int, j: int) -> bool:
        lo, hi = self.doc.bounds(i)
        words = self.doc.words
        if ctx.capitalised and any(words[k] in ctx.capitalised and not self.doc.is_capitalized(k)
                                   for k in range(i, j + 1)):
            return False  # the common noun, not the ethnonym: 'for a traveller, the region is ...'
        if ctx.not_before and i - 1 >= lo and any(
                self._ends_at(i - 1, p, lo) for p in ctx.before_by_last.get(words[i - 1], ())):
            return False
        if ctx.not_before and self._second_conjunct(i, lo) and i - 3 >= lo and any(
                self._ends_at(i - 3, p, lo) for p in ctx.before_by_last.get(words[i - 3], ())):
            return False  # conjuncts share what comes before them: 'the Diwali and Eid lunches'
        if ctx.category == "disability" and self._clinical_spectrum(i, j, lo):
            return False  # "individuals on the autism spectrum with meaningful work": the condition's own name

        if ctx.not_after:
            if ("'",) in ctx.after_by_first.get("'", ()) and self.doc.after(j)[:1] in _APOSTROPHES:
                return False
            if ("<plural-possessive>",) in ctx.after_by_first.get("<plural-possessive>", ()) \
                    and self.doc.after(j)[:1] in _APOSTROPHES and not (j + 1 <= hi and words[j + 1] == "s"):
                return False  # "the kids' club", not "your mother's schedule"
            if j + 1 <= hi and any(self._starts_at(j + 1, p, hi) for p in ctx.after_by_first.get(words[j + 1], ())
                                   if p not in (("'",), ("<plural-possessive>",))):
                return False
        if ctx.needs_before or ctx.needs_after:
            before = bool(ctx.needs_before) and self._needs_before(ctx, i, lo)
            after = bool(ctx.needs_after) and self._needs_after(ctx, j, hi)
            if not (before or after):
                return False
        if ctx.simile and (self.simile_start(i, lo) < 0 or (
                self.doc.words[self.simile_start(i, lo)] == "as" and self._sexes_compared(lo, i))):
            return False  # no simile: "As a schoolgirl she kept bees"; "A woman is just as good as a man"
        if ctx.comparative and not self._group_comparative(i, j, lo, hi):
            return False  # "as much as girls do", "We were chatting, as girls do": no trait put on a person's sex
        if ctx.grounds and not self._grounds_after(j, hi):
            return False  # a similarity told as a fact, no judgement drawn from it
        if ctx.predicated and not self._predicated(i, j, hi):
            return False  # a fact told of the group ('women are underrepresented in engineering'), no judgement
        if words[j] in _REFLEXIVES and ctx.describes != "generic_pronoun" and self._generic_pronoun(j, lo, hi):
            return False  # "Whoever takes the role will need to prove himself": a role's holder, not a person
        if i == j and i > lo and self.doc.is_capitalized(i) and (
                words[i] in (_role_surnames() if ctx.category == "gendered_language" else lexicon().last)) and (
                _announces_surname(words[i - 1])):
            return False  # "Mr Bowman", "David Seaman", "Dr Foreman": a surname inside the sentence, not a role noun
            # ("promoted to Site Foreman" keeps the title: a capitalised common noun announces no name); round 38:
            # any one-word match the name gazetteer lists as a surname ("Mayor Michael Nutter")
        if ctx.category == "gendered_language" and self._office_of_organisation(i, j, lo):
            return False  # "met the club's chairman of the grounds committee": another body's office, its own title
        if self._reported_incident(i, lo, hi):
            return False  # "A client called her 'sweetheart', and she raised it with me": an incident recorded
        if ctx.kind_names and i == j and self._names_a_kind(i, lo, hi):
            return False  # "Oriental cockroaches", "gypsy moths", "the Oriental Institute": a thing's name, not people
        if ctx.category == "disability" and ctx.describes == "mention" and i == j and self._modifies_thing(i, lo, hi):
            return False  # "at the two blind corners by the yard": a property of a thing, not a person's disability
        if self.age_of_thing(ctx, i, j):
            return False  # "so the young shoots in the frost pocket", "young vines": a plant's or a thing's age
        if ctx.category == "age" and ctx.describes == "person" and i == j and self._wanted_person(i, lo, hi):
            return True  # "We are looking for young adults", "Prefer young male candidate": an age the writer wants
        if ctx.category == "religion" and ctx.describes == "mention" and i == j and self.doc.is_capitalized(i) and (
                self._modifies_thing(i, lo, hi) and words[i + 1] not in ctx.needs_after_by_first):
            # a faith's proper adjective before a thing noun names the thing's kind: "a Hindu ceremony", "the Sikh
            # temple"; a noun the rule reads as the person's ("a Muslim background") and a common noun ("some church
            # thing on Sundays") are left to the rule
            return False
        if ctx.category == "appearance" and ctx.describes == "mention" and i == j and self._thing_measure(i, lo):
            return False  # "kept the forks at travel height", "the rated load weight": a thing's measure
        if ctx.category == "race_ethnicity" and ctx.describes == "mention" and i == j and (
                self._professional_background(i, lo, hi)):
            return False  # "the candidate's background, training and experience": a work history, not an origin
        if ctx.category in _CHARACTERISTICS and ctx.describes == "mention" and i == j and self._said_of_setting(
                i, lo, hi, ctx.category in ("family_status", "religion")):
            return False  # "the council's heritage trail", "heritage railways", "the town's heritage": a thing's
        if ctx.holder and ctx.category in _CHARACTERISTICS and self._said_of_animal(i, j, lo, hi):
            return False  # "the cat had lost weight", "Pregnant mares", "the animal's curly hair": an animal's
        if ctx.category in _CHARACTERISTICS and self._accommodated(i, j, lo, hi):
            return False  # "He wears a turban, so we ordered a bump cap that fits it": the accommodation
        if ctx.category in _CHARACTERISTICS:
            holder = self._holder(i, j, lo, hi, ctx.holder)
            if holder is not None:
                return False  # "a deaf customer", "residents with dementia", "the Young Professionals Network"
            if ctx.holder and self._another_person(i, j, lo, hi):
                return False  # "sat with the frail old woman", "so that a colleague can keep the Sabbath"
        # an artifact head counts for the appearance rules only, whose words (hair, makeup, beard) classify a made
        # thing in a compound ("her hair net"); another characteristic word before one may name an errand or an
        # arrangement of the person ("leave early for daycare pickup", dev2-bias-133 of the tune half)
        if ctx.skip_things and self.doc.words[j] not in NOUN_PREPOSITIONS and self._is_thing_after(
                j, hi, ctx.category == "appearance"):
            return False  # ('blind to the data', 'OCD about data': the noun is the preposition's object)
        if ctx.skip_policy and (self._sentence_traits(lo, hi, i, j)[2] or (
                self._generic_sentence(lo, hi) and not self._restricts_generic(i, lo))) and not (
                ctx.category == "religion" and self._generic_verdict(i, j, lo, hi)):
            return False
        if (self.doc.words[i] in POSSESSION_VERBS or (i > lo and self.doc.words[i - 1] in POSSESSION_VERBS)) and (
                self._belongs_to_outsider(i, lo)):
            return False  # "helped a customer with young children": the possessor is someone else
        if ctx.category == "family_status" and self._served(i, j, lo, hi):
            return False  # "experience with children", "cared for residents and their families": the job's people
        if ctx.category == "age" and ctx.describes in ("person", "any") and self._group_acted_on(i, j, lo, hi):
            return False  # "she trained the younger cooks", "more than the younger cooks do": other people
        if ctx.category == "religion" and ctx.holder and self._scheduled(i, j, lo, hi):
            return False  # "swapped his Saturday shifts to Sundays because of his Sabbath, and the rota is covered"
        if ctx.category in _CHARACTERISTICS and self._writers_apposition(i, lo, hi):
            return False  # "the likes of me, a proud gay person of colour": the writer's own identity, in apposition
        if ctx.category in _CHARACTERISTICS and self._said_of_writer(i, lo):
            return False  # "I am dyslexic, so I asked him to send the pack in a larger font": the writer's own
        if (ctx.category in ("religion", "family_status") or ctx.describes == "mention" or (
                ctx.holder and ctx.judged and ctx.category in _CHARACTERISTICS and ctx.describes == "any")) and (
                self._writers_own(i, lo)):
            # "I keep kosher, ...", "My mother has dementia, and Carlos ...", "when I got cancer"; a phrase that judges
            # by itself ("told me I was articulate for a nurse from my background") is no circumstance of the writer's
            return False
        if (ctx.category in ("disability", "family_status", "religion") or (
                ctx.holder and ctx.judged and ctx.category in _CHARACTERISTICS)) and self._writers_kin_subject(i, lo, hi):
            return False  # "My father passed away at 85 after living with dementia": a family tribute
        if ctx.category == "family_status" and ctx.describes == "mention" and self._kin_with_writer(i, j, lo, hi):
            return False  # "His dad and I started on the malt floor together": the writer's companion, not his family
        if ctx.category in _CHARACTERISTICS and ctx.describes == "mention" and self._writers_kin_antecedent(i, lo, hi):
            return False  # "what my family and parents were robbed of ... in their home country": the writer's family
        if ctx.holder and ctx.judged and ctx.category in _CHARACTERISTICS and self._writers_adjunct(i, lo, hi):
            return False  # "As a single mom of a child with special needs, I needed ...": the writer's own
        if ctx.category == "age" and self._fictive_kin(i, j, lo, hi):
            return False  # "Grandma Betty, as she is known to students": the children's name for their driver
        if self._writers_kin_phrase(i, j, hi):
            return False  # "my youngest son", "my sweet baby daughter", "my grandma": the writer's relative
        if ctx.holder and self._not_the_addressee(i, j, lo, hi):
            return False  # a draft to "you": "you sat with Leo and his dad", "She left with her medication"
        if ctx.holder and self._own_report(i, j, lo, hi):
            return False  # "Leo told the team he has ADHD and asked for written agendas": his own disclosure
        if ctx.category == "family_status" and self._kin_of_served(i, j, lo):
            return False  # "the man and his wife had limited English": the family of someone served
        if ctx.category == "family_status" and self._coordinated_with_served(i, j, lo, hi):
            return False  # "whenever a child or a guest with adaptive equipment needed more time": one served
        if ctx.category == "family_status" and self._childhood(i, j, lo):
            return False  # "As a child growing up in Mentor, ...": the holder's own childhood, not a child they have
        if ctx.category == "family_status" and self._parent_acts(i, j, lo, hi):
            return False  # "the shop his father started around the early 1900s": the parent acting in a life's story
        if ctx.category == "age" and ctx.describes == "mention" and self._own_retirement_choice(i, j, lo, hi):
            return False  # "he couldn't make up his mind whether or not to retire": the person's own choice
        if ctx.category == "age" and ctx.describes == "mention" and self._own_retirement_told(i, j, lo, hi):
            return False  # "Susan will be retiring from UB and moving closer to family in PA": her own retirement
        if ctx.category == "disability" and ctx.describes == "mention" and self._relatives_genitive(i, lo):
            return False  # "kept them abreast of their family member's medical condition": the patient's relative's
        if ctx.holder and self._own_request(i, j, lo, hi, reported_only=ctx.category == "age"):
            return False  # "Hiro has a stammer and prefers written questions in the Monday call": his own request
        if i == j and self.doc.words[i] in _CHILD_GROUP_WORDS and ctx.category == "gendered_language" and (
                self._children_group(i, lo, hi)):
            return False  # "my girls gasped" at camp, "the boys adore him" on a youth team: children
        if ctx.describes == "person":
            if not ctx.holder and ctx.category in _CHARACTERISTICS and self._others_phrase(i, j, lo, hi):
                return True  # a rejected label of the people served is said of people: "the senile residents"
            found = self._describes_person(i, j, lo, hi, by_manner=ctx.category != "appearance") and not (
                ctx.skip_occasion and self._at_occasion(i, j, lo, hi))
            if not found and ctx.category in _CHARACTERISTICS and self._gerund_of_subject(i, lo):
                found = True  # "She makes no secret of being gay": the clause's subject is the gerund's
            if not found and ctx.category == "race_ethnicity":
                found = self._predicated_of_possession(i, lo)  # "Lina's lunches are very ethnic": her things
        elif ctx.describes == "generic_pronoun":
            return self._generic_pronoun(i, lo, hi)
        elif ctx.describes == "mention":
            found = self._mention(i, j, lo, hi, ctx.judged, ctx.linked) and not (
                ctx.judged_again and not self._judged_again(i, j, lo, hi))  # "Not required anymore because you're single"
        elif ctx.describes == "address":
            return self._vocative(i, j, lo, hi)
        else:
            found = True
        if found and ctx.holder and ctx.judged and not ctx.linked:
            return self._tied(i, j, lo, hi)
        return found


@dataclass(slots=True)
class _Candidate:
    start: int
    end: int
    rule: int
    token: int = 0


def _drop_redundant_mentions(kept: list[_Candidate], ruleset: RuleSet, doc: _Doc) -> list[_Candidate]:
    """A characteristic mention is the fallback for phrasings no lexicon rule knows: where a lexicon
    rule of the same category already flagged the sentence ("a working mom can only do so much ...
    one of her kids"), the mention adds nothing and is dropped."""
    contexts = ruleset._contexts
    # a parent label ("single mum") names its holder, the sentence's most specific flag: no fallback
    mention = [contexts[c.rule].describes == "mention" and not (
        doc.words[c.token] in _LABEL_MODIFIERS and c.end > doc.ends[c.token]) for c in kept]
    yielding = [contexts[c.rule].yields for c in kept]
    if not any(mention) and not any(yielding):
        return kept
    keys = [(doc.bounds(c.token)[0], ruleset.rules[c.rule].category) for c in kept]
    covered = {key for key, m, y in zip(keys, mention, yielding, strict=True) if not m and not y}
    flagged = {key for key, y in zip(keys, yielding, strict=True) if not y}
    out = [c for c, key, m, y in zip(kept, keys, mention, yielding, strict=True)
           if not (m and key in covered) and not (y and key in flagged)]
    # Two mentions of one category a few words apart are one remark ("for someone with your
    # background"): the later, which names the characteristic, stands for both.
    result: list[_Candidate] = []
    for cand in out:
        prev = result[-1] if result else None
        if (prev is not None and ruleset._contexts[prev.rule].describes == "mention"
                and ruleset._contexts[cand.rule].describes == "mention"
                and ruleset.rules[prev.rule].category == ruleset.rules[cand.rule].category
                and 0 <= cand.token - prev.token <= 6 and doc.bounds(cand.token)[0] == doc.bounds(prev.token)[0]):
            result[-1] = cand
            continue
        result.append(cand)
    return result


# Words that open a clause of their own inside a sentence (analyzers/bias: _judgement_extent): a judgement drawn beside a
# characteristic is usually coordinated ("..., and I doubt ..."), a relative ("which shows ...") or a clause of
# consequence, contrast or concession ("so she is not ...", "but I am not sure ...").
_JUDGEMENT_CLAUSE_OPENERS = frozenset(["and", "but", "so", "which", "though", "although", "whereas", "because", "therefore",
                                       "hence", "thus"])


def _artifact_lemma(word: str) -> str | None:
    """The artifact noun ``word`` is, or is the regular plural of (assistant/data/artifact_nouns.txt)."""
    nouns = artifact_nouns()
    lemma = word if word in nouns else fold_plural(word)
    return lemma if lemma in nouns else None
