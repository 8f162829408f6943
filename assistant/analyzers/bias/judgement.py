"""Checks that a characteristic is tied to a judgement or decision: placements, comparisons, grades, costs, schedules."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from assistant.analyzers.bias.doc import (
    _ACCOMMODATION_OPENERS,
    _ARRANGEMENT_STOPS,
    _CALENDAR_UNITS,
    _CONCEDING,
    _FALL_VERBS,
    _OBJECT_PRONOUNS,
    _REFLEXIVES,
    _TIME_LINKS,
    _Doc,
)
from assistant.analyzers.bias.grammar import (
    _APOSTROPHES,
    _BURDEN_REACH,
    _CAUSAL_OPENERS,
    _CLAUSE_GAP_RE,
    _COST_REACH,
    _COST_STOPS,
    _DAY_NOUNS,
    _DEGREE_AFTER,
    _DEGREE_BEFORE,
    _DIRECTIVES,
    _FINITE_LINKS,
    _FRONTED_REASONS,
    _GRADING,
    _HYPHENS,
    _LIKE_AS_VERB,
    _NEGATED_DOUBTS,
    _PERFECT_FILLERS,
    _PERSON_PRONOUNS,
    _PLACE_PARTICLES,
    _PLACEMENT_FILLERS,
    _REMOVAL_PARTICLES,
    _SCHEDULE_LINKS,
    _SIMILE_REACH,
    _STATE_LINKS,
    _TIE_REACH,
    _TIE_VALENCE,
    _TRAIT_NOUNS,
    _VAGUE_FREQUENCY,
    _YARDSTICK_HEADS,
    CALENDAR_WORDS,
    CLAUSE_MODALS,
    CONSEQUENCE_LINKS,
    CONTRAST_LINKS,
    DETERMINERS,
    EXPLAINING_LINKS,
    FRONTED_GROUNDS,
    FUNCTION_WORDS,
    GROUNDS_OPENERS,
    IRREGULAR_PAST_FORMS,
    LINK_WORDS,
    NEGATORS,
    NOUN_PREPOSITIONS,
    POSSESSIVES,
    PRONOUNS,
    _rating,
    expected_disjunct,
    limit_of_ability,
    passed_away,
    purpose_that,
)
from assistant.analyzers.bias.ruleset import (
    RuleSet,
)
from assistant.analyzers.valence import lexicon as valence_lexicon
from assistant.names import lexicon
from assistant.text import (
    MODALS,
    NUMBER_WORDS,
    WEEKDAYS,
)
from assistant.wordlists import lost_body_nouns, person_nouns


@lru_cache(maxsize=4)
def _phrases_by_first(phrases: frozenset[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The word sequences of a vocabulary of phrases, by their first word."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        seq = tuple(phrase.split())
        if seq:
            out.setdefault(seq[0], []).append(seq)
    return {first: tuple(group) for first, group in out.items()}


def _dismissal_in(words: tuple[str, ...] | list[str], a: int, b: int, i: int, j: int, phrases: frozenset[str],
                  people: frozenset[str] = frozenset()) -> bool:
    """Is an adverse action (vocabulary `dismissals`: "fired", "let her go", "laid him off", "end her assignment",
    "asked him to resign") within ``a..b``, outside the characteristic ``i..j``? The firing and layoff the EEOC names
    among the terms of employment a protected characteristic may not decide (EEOC, Prohibited Employment
    Policies/Practices); a one-word verb counts only as the writer's act on a person (``_person_dismissed``)."""
    if not phrases:
        return False
    by_first = _phrases_by_first(phrases)
    for k in range(a, b + 1):
        for seq in by_first.get(words[k], ()):
            end = k + len(seq) - 1
            if end <= b and tuple(words[k:end + 1]) == seq and (end < i or k > j) and (
                    len(seq) > 1 or _person_dismissed(words, k, a, b, people)):
                return True
    return False


_DISMISSED_PRONOUNS = frozenset(["him", "her", "them", "you", "me", "us"])
_DISMISSED_DETERMINERS = frozenset(["the", "a", "an", "this", "that", "our", "my", "your", "his", "her", "their"])


def _person_dismissed(words: tuple[str, ...] | list[str], k: int, a: int, b: int, people: frozenset[str]) -> bool:
    """Is the one-word adverse action at ``k`` the writer's act on a person: active, with a person as its object
    ("we fired him", "terminate the employee", "dismissed two workers" is a count, left)? Not a thing fired ("the
    kiln fired the glaze") and not a passive (``_reported_passive``)."""
    if _reported_passive(words, k, a, b) or k + 1 > b:
        return False
    nxt = words[k + 1]
    if nxt in _DISMISSED_PRONOUNS:
        return True
    return nxt in _DISMISSED_DETERMINERS and k + 2 <= b and words[k + 2] in people


# The auxiliaries of the passive (Quirk et al. 1985, 3.63-3.67: be and get passives).
_PASSIVE_AUXILIARIES = frozenset(["was", "were", "is", "are", "be", "been", "being", "get", "gets", "got", "gotten",
                                  "getting"])


def _reported_passive(words: tuple[str, ...] | list[str], k: int, a: int, b: int) -> bool:
    """Is the one-word adverse action at ``k`` a passive ("was fired from his job", "discriminated against and
    fired by the company") or the phrasal 'fired up'? A passive tells what happened to the person, the form of a
    news report or a claim ("claims she was ... fired by the company because she wore dreadlocks"), not the
    writer's decision; the writer's own is active ("we fired him because ...", "terminate her")."""
    if k + 1 <= b and words[k + 1] in ("by", "up"):
        return True
    m = k - 1
    while m >= a and words[m] in ("and", "against", "discriminated", "later", "then", "subsequently", "eventually",
                                  "just", "also", "ultimately", "summarily", "wrongfully", "unlawfully"):
        m -= 1
    return m >= a and words[m] in _PASSIVE_AUXILIARIES


# The forms of 'lose' (a judgement cue of vocabulary `assessment`: "lost the account") and what may stand between it
# and the head of its object ("lost its first female and openly lesbian officer", "lost his right arm").
_LOSS_FORMS = frozenset(["lose", "loses", "lost", "losing"])
_LOSS_HOLDERS = frozenset(["his", "her", "their", "its", "our", "my", "your", "both", "one", "an", "a"])
_LOSS_STOPS = frozenset(["in", "to", "at", "on", "for", "from", "with", "by", "of", "while", "when", "after",
                         "before", "during", "because", "so", "but", "which", "who", "that"])


def _loss_suffered(words: tuple[str, ...] | list[str], k: int, end: int, kin: frozenset[str]) -> bool:
    """Is 'lose/lost' at ``k`` a loss the subject suffered, not a judgement (WordNet 3.0 lose.v.01 in the physical
    sense, lose.v.03 'suffer the loss of a person through death or removal')? Its object, held by a possessive or
    counted ("lost his right arm", "lost both legs", "lost her sight", "lost its first openly lesbian officer in the
    line of duty", "lost her mother"), is a body part or a sense (assistant/data/lost_body_nouns.txt), a relative
    (vocabulary `kin`), or a person noun held by 'its' (an organisation's own member: WordNet noun.person,
    assistant/data/person_nouns.txt). An injury, an impairment or a death told in a story rates no work; "lost the
    account", "lost two clients", "lost his temper", "lost her biggest customer" stay cues."""
    if words[k] not in _LOSS_FORMS or k + 1 > end or words[k + 1] not in _LOSS_HOLDERS:
        return False
    holder = words[k + 1]
    body, people = lost_body_nouns(), person_nouns()
    for m in range(k + 2, min(end, k + 8) + 1):
        word = words[m]
        if word in _LOSS_STOPS:
            return False
        if word in body or word in kin:
            return True
        if holder == "its" and (word in people or word.rstrip("s") in people):
            return True
    return False


def _not_until_cleft(words: tuple[str, ...] | list[str], k: int, lo: int, end: int) -> bool:
    """Is the negator at ``k`` the 'not until' of an it-cleft ("It wasn't until years later, at age 58, that Meckler
    learned he was dyslexic")? The cleft focuses a time (Quirk et al. 1985, 18.25-18.27; 'not until' 10.61): it
    asserts that the rest happened then, and answers no expectation about the person."""
    return k + 1 <= end and words[k + 1] == "until" and any(words[m] == "it" for m in range(max(lo, k - 3), k))


@lru_cache(maxsize=4)
def _judging_valence(observance: frozenset[str]) -> dict[str, float]:
    """The valence lexicon without the verbs of religious observance: VADER rates 'pray' and 'worship' as positive
    words, but in "is a practising Muslim and prays at lunchtime" the verb is the practice told, not a judgement."""
    return {word: score for word, score in valence_lexicon().items() if word not in observance}



# The caregiving need (_Checker._care_need): the forms of 'need', the leave-time nouns that may stand between it and
# 'to' ("needed FMLA time to care for"), relative nouns beyond vocabulary `kin`, and the care verbs that take care
# only with a place or a companion after them ("stay home", "be with", "sit by").
_NEED_FORMS = frozenset(["need", "needs", "needed"])
_LEAVE_TIME = frozenset(["time", "leave", "fmla", "days", "weeks", "some", "unpaid", "paid"])
_RELATIVE_NOUNS = frozenset(["relative", "relatives", "family", "grandchild", "grandchildren", "grandson",
                             "granddaughter", "aunt", "uncle", "niece", "nephew", "fiance", "fiancee"])
_LOCATIVE_CARE = frozenset(["stay", "be", "sit"])
# Verbs by which a party states a need in case facts and reports, besides vocabulary `reporting_verbs`.
_CLAIM_VERBS = frozenset(["allege", "alleges", "alleged", "claim", "claims", "claimed", "state", "states", "stated",
                          "testify", "testifies", "testified", "indicate", "indicates", "indicated", "indicating",
                          "argue", "argues", "argued", "certify", "certifies", "certified", "write", "writes", "wrote"])
# Verbs of a verdict drawn from what was said ("and it shows in his numbers").
_CARE_VERDICTS = frozenset(["show", "shows", "showed", "showing", "explains", "explain", "means", "meant"])
# Degree and frequency words that make a need the writer's measure of the person ("so often", "more", "again").
_CARE_DEGREES = frozenset(["so", "too", "often", "always", "constantly", "repeatedly", "more", "less", "enough",
                           "again", "instead", "rather", "but", "which"])
# Heads the clinical compound 'high-risk' classes (_Checker._clinical_risk), besides vocabulary `conditions`.
# Nouns of an adjustment made for a person: 'for' + the person's condition after one tells what it is for, not a
# yardstick ("exercise modifications for her bad knees", "adjustments for his hearing loss"). Source: ADA Title I,
# 42 U.S.C. 12111(9) and 29 CFR 1630.2(o) (reasonable accommodation: "modifications or adjustments"); Job
# Accommodation Network (askjan.org), accommodation ideas.
_ADJUSTMENT_NOUNS = frozenset(["modification", "modifications", "adjustment", "adjustments", "adaptation",
                               "adaptations", "accommodation", "accommodations", "allowance", "allowances"])
# Links of result that open a consequence clause (_Checker._own_consequence); 'after which' is read there too.
_OWN_LINKS = frozenset(["so", "therefore", "thus", "hence"])
_FIT_FORMS = frozenset(["fit", "fits", "fitted", "fitting"])  # 'fit around/round': arrange one thing round another
# The forms of asking that make a consequence the person's own request (vocabulary `request_verbs` keeps also the
# verbs of wanting and preferring, which a writer may impute: "so she prefers the back office").
_ASKING_FORMS = frozenset(["ask", "asks", "asked", "request", "requests", "requested", "apply", "applies", "applied"])
# Auxiliaries of ability and of the simple tenses that, negated, tell what the person's practice rules out ("could
# not receive", "does not eat", "cannot wear"); 'will/would' predict, and are the writer's (left out).
_OWN_AUXILIARIES = frozenset(["can", "could", "cannot", "couldn", "do", "does", "did", "don", "doesn", "didn"])
_CLINICAL_HEADS = frozenset(["pregnancy", "pregnancies", "birth", "births", "delivery", "labour", "labor"])


def _as_well_as(words: Sequence[str], n: int) -> bool:
    """Is the 'well' at ``n`` inside the coordinator 'as well as' ("the alarms now flash as well as sound"), no
    rating (Quirk et al. 1985, 13.102: 'as well as' a quasi-coordinator)?"""
    return words[n] == "well" and 0 < n < len(words) - 1 and words[n - 1] == "as" and words[n + 1] == "as"


class _JudgementChecks:
    """Checks that a characteristic is tied to a judgement or decision: placements, comparisons, grades, costs, schedules."""

    doc: _Doc
    rules: RuleSet
    _days: dict[int, bool]

    def _dismissal_tied(self, i: int, j: int, lo: int, hi: int) -> bool:
        """Is an adverse action (vocabulary `dismissals`: "fired", "let her go", "end her assignment") in ``lo..hi``
        outside the characteristic ``i..j``, or in the clause before a semicolon that opens ``lo`` ("End her
        assignment; she had a nervous breakdown")? A semicolon joins independent clauses of one sentence, the
        second often the explanation of the first (Quirk et al. 1985, 13.17 and Appendix III.19); the EEOC names
        firing and layoff among the terms of employment a characteristic may not decide."""
        dismissals, people = self.rules.vocabulary.get("dismissals", frozenset()), self.rules.people
        if _dismissal_in(self.doc.words, lo, hi, i, j, dismissals, people):
            return True
        first = self.doc.bounds(i)[0]
        return first > 0 and ";" in self.doc.gap(first) and _dismissal_in(
            self.doc.words, *self.doc.bounds(first - 1), -1, -1, dismissals, people)

    def _tied(self, i: int, j: int, lo: int, hi: int) -> bool:
        """Is the characteristic ``i..j`` tied to a judgement, an expectation, a comparison or a decision about
        the person, in its sentence or the next? The test of every characteristic mention (BiasRule.kind
        ``mention``) whose phrase is not itself the judgement (``judgement: not_needed``): APA's guidelines ask
        whether the characteristic is relevant at all, and the Bias Interrupters worksheets place the bias in
        what is concluded from it, not in the mention. Tied when:
        - the phrase opens with a link of grounds or circumstance ("with no kids of his own", "while fasting"),
          or it gives or concedes the grounds of a judgement (``_takes_part``) or a cause in its clause
          ("given that she is expecting");
        - its sentence holds a judgement cue (vocabulary `assessment`: modals of ability and expectation,
          hedges, performance and commitment words), a request ("please"), a decision or preference (vocabulary
          `decisions`: "prefer", "enrolled") or a negation (a negative answers an expectation);
        - a yardstick frame stands before it ("for a non-native speaker"); a reflexive likens it to others' ("a
          young mum herself"); a degree word grades it ("quite religious", "a bit ADHD", "dress more ...");
          a word of valence (VADER) modifies it ("a strong accent");
        - it modifies a noun of character ("a youthful attitude"); a word of valence follows it in its clause,
          an evaluative predicate ("His accent confuses callers"), or is coordinated with it ("young and
          energetic"); a contrast follows it ("She's young, but ..."); a consequence with a word of valence
          ("a family man, so he is eager to ..."); a relative or a causative takes it up ("which some find out of
          place", "makes him stand out");
        - or the next sentence draws a judgement from it (``_tied_next``).
        "Ken returned from paternity leave in June; Rosa ran the reports", "a native Spanish speaker, he
        translated the newsletter" are none. Read within ``_TIE_REACH`` words each side (bounded on hostile
        input)."""
        words, vocab = self.doc.words, self.rules.vocabulary
        a, b = max(lo, i - _TIE_REACH), min(hi, j + _TIE_REACH)
        # a 'since' phrase of time before a perfect dates what was done ("Since she came back she has booked 46
        # guests"): no grounds, and the valence of the acts it dates is no judgement drawn from it
        dated = words[i] == "since" and self._perfect_after(j, b) and not self._state_since(j, b)
        if (words[i] in GROUNDS_OPENERS or words[i] in FRONTED_GROUNDS or words[i] in ("while", "when")) and not dated:
            return True  # the phrase gives it as the grounds of the conduct: "with no kids of his own he has ..."
        if self._takes_part(i, j, a, b):
            return True
        rated = _judging_valence(vocab.get("observance_verbs", frozenset()))
        judging = vocab.get("assessment", frozenset()) | vocab.get("decisions", frozenset()) | _DIRECTIVES
        # a schedule or a thing named, not judged ("the early shift", "his hard hat"), or a thing's own predicate
        inert = self._inert_cues(lo) | self._said_of_thing(i, j, lo, hi)
        praise = self._praise_negations(i, j, b)
        if any(words[k] in judging and not _calendar_name(self.doc, k, lo) and not _purpose_modal(self.doc, k, lo)
               and k not in inert and k not in praise and not passed_away(words, k, b)
               for k in range(a, b + 1) if not i <= k <= j):
            return True
        if any(limit_of_ability(words, k) for k in range(j + 1, b + 1)):
            return True  # round 40: a limit of ability said passed: "At 55 she is past learning the vinyl cutter"
        if self._dismissal_tied(i, j, a, b):
            return True  # an adverse action drawn from it: "We laid him off because of his heart condition"
        for k in range(j + 1, min(b, j + 3) + 1):  # likened to others: "a young mum herself, so she ..."
            if words[k] in _REFLEXIVES:
                return True
            if _CLAUSE_GAP_RE.search(self.doc.gap(k)):
                break
        if (i > a and words[i - 1] in _DEGREE_BEFORE) or any(words[k] in _GRADING for k in range(i + 1, j + 1)):
            return True  # graded as a trait the writer rates: "quite religious", "a bit ADHD", "dress more femininely"
        for k in range(i - 1, max(a, i - 4) - 1, -1):  # a yardstick: "for a non-native speaker", "at his age"
            if words[k] == "for" and words[k + 1] in _YARDSTICK_HEADS and not (
                    k > a and words[k - 1] in _ADJUSTMENT_NOUNS):
                return True  # not what an adjustment is for: "exercise modifications for her bad knees"
        for k in range(i - 1, a - 1, -1):  # a cause given in its clause: "Given that she is expecting, we ..."
            if words[k] in _CAUSAL_OPENERS and (words[k] != "since" or self._state_since(j, b) or not (
                    self._since_of_time(k, hi) or self._perfect_before(k, lo))):
                # 'since' may only date what follows: with a time or a noun phrase after it, or after a perfect
                # ("has been on the late rota since his daughter was born"); a state of the person dated from it
                # is put down to it ("Since her surgery, she has been ...")
                return True
            if _CLAUSE_GAP_RE.search(self.doc.gap(k + 1)):
                break
        if self._attributed_to(i, a):
            return True  # the cause a trait is put down to: "which I put down to him being gay"
        if i > a and abs(rated.get(words[i - 1], 0.0)) >= _TIE_VALENCE and words[i - 1] not in FUNCTION_WORDS:
            return True  # the characteristic rated by its modifier: "a strong accent"
        topics = vocab.get("evaluation", frozenset()) - LINK_WORDS
        for k in range(a, b + 1):  # a negative statement answers an expectation: "his accent never gets in the way"
            if k in praise:
                continue  # "..., and the radio was set up for him, so he did not miss a call": the result, praised
            if words[k] in NEGATORS and words[k] != "ill" and not i <= k <= j and k not in inert and not (
                    words[k] == "t" and self.doc.gap(k)[-1:] not in _APOSTROPHES):
                return True
        arranged = vocab.get("arrangements", frozenset())  # "the pattern agreed in her request" states an arrangement
        for k in range(j + 1, b + 1 if not dated else j + 1):  # an evaluative predicate in its own clause: "His accent confuses callers"
            if _CLAUSE_GAP_RE.search(self.doc.gap(k)):
                break
            if words[k] in _TRAIT_NOUNS and k <= j + 2:
                return True  # the characteristic as a trait: "a youthful attitude", "a young, energetic outlook"
            if abs(_rating(rated, words[k])) >= _TIE_VALENCE and words[k] not in FUNCTION_WORDS and k not in inert and (
                    words[k] not in arranged):
                return True
        for k in range(j + 1, b + 1):
            word = words[k]
            if word in CONSEQUENCE_LINKS and (expected_disjunct(words, k + 1) or any(
                    (rated.get(words[m], 0.0) >= _TIE_VALENCE or rated.get(words[m], 0.0) <= -_TIE_VALENCE)
                    and m not in praise for m in range(k + 1, b + 1))):
                return True  # a consequence with a word of valence, or drawn as expected ('so of course': grammar)
            if word in CONTRAST_LINKS or (word in ("though", "although") and k > j + 1):
                return True  # "She's young, but Roxanne is my hero"
            if word in ("which", "that", "it", "this") and k not in inert and not purpose_that(words, k, b) and any(
                    words[m] in topics or words[m] in ("him", "them") or (words[m] == "her" and self._object_her(m, hi))
                    or (words[m] in EXPLAINING_LINKS and (
                        m == k + 1 or (m < b and words[m + 1] in _OBJECT_PRONOUNS)))
                    for m in range(k + 1, min(b, k + 4) + 1)):
                # "a hijab, which some Soldiers find out of place", "which makes him stand out"; a verb of making
                # with its own subject describes the thing: "a headscarf that the supplier made in navy"
                return True
            if word in EXPLAINING_LINKS and k < b and words[k + 1] in _OBJECT_PRONOUNS:
                return True  # "His turban makes him stand out"
        if j + 2 <= b and (words[j + 1] == "and" or self.doc.after(j).strip() == ",") and (
                abs(rated.get(words[j + 2], 0.0)) >= _TIE_VALENCE and words[j + 2] not in FUNCTION_WORDS):
            return True  # "young and energetic", "young, energetic"
        if self._allotted(i, j, lo, hi, b):
            return True  # "English is his second language, so I have kept Piotr off the client reports"
        return self._tied_next(hi) or self._tied_before(lo) or self._tied_by_form(i, j, lo, hi)

    def _placement_after(self, j: int, b: int, hi: int) -> int | None:
        """Where a consequence drawn after the characteristic ending at ``j`` (within ``b``) takes the person off
        work or confines them to some: a link of consequence, "I" or "we", at most three auxiliaries, negators or
        adverbs, then a verb of confining (vocabulary `confining_verbs`) or of moving (`removal_verbs`) with the
        person as its object and a particle of place or of removal after it ("..., so we have moved her off the
        window", "so I keep him on the commercial sites"); the object's index, or None. The person's own request
        after it ("as she asked", "at his request": vocabulary `reporting_verbs`) makes it an arrangement."""
        words = self.doc.words
        for k in self.doc.among(CONSEQUENCE_LINKS, j + 1, b - 2):
            if words[k + 1] in ("i", "we"):
                placed = self._placement_by_writer(k + 2, b, hi)
                if placed is not None:
                    return placed
        return None

    def _placement_by_writer(self, start: int, b: int, hi: int) -> int | None:
        """The placement decision (see ``_placement_after``) in the clause whose verb group starts at ``start``,
        right after the writer's "I" or "we": at most three auxiliaries, negators or adverbs, then work handed to
        someone named or a verb of confining or moving with the person as its object and a particle of place or of
        removal; a move to a place set against the person's present work ("moved Frank to the help desk rather
        than the field team") takes them off it. The object's or recipient's index, or None."""
        words, vocab = self.doc.words, self.rules.vocabulary
        m = start
        while m < min(b, start + 3) and (words[m] in _PLACEMENT_FILLERS or words[m] in NEGATORS):
            m += 1
        handed = self._handed_to_another(m, b)
        if handed is not None:
            return handed
        if m >= b or not (words[m + 1] in ("him", "them") or (
                words[m + 1] == "her" and self._object_her(m + 1, hi)) or self._is_first_name(m + 1)):
            return None
        removed = words[m] in self.rules.removal_verbs and (words[m + 2] in _REMOVAL_PARTICLES or (
            words[m + 2] == "to" and self._set_against(m + 3, b)))
        confined = words[m] in self.rules.confining_verbs and words[m + 2] in _PLACE_PARTICLES
        if (removed or confined) and not any(
                words[n] in vocab.get("reporting_verbs", ()) for n in range(m + 2, hi + 1)):
            return m + 1
        return None

    def _set_against(self, k: int, b: int) -> bool:
        """Does 'rather than' or 'instead of' follow within the clause from ``k`` (to ``b``)?"""
        words, doc = self.doc.words, self.doc
        for n in range(k, b):
            if _CLAUSE_GAP_RE.search(doc.gap(n)) and n > k:
                return False
            if (words[n], words[n + 1]) in (("rather", "than"), ("instead", "of")):
                return True
        return False

    def _fronted_placement(self, i: int, lo: int, hi: int) -> int | None:
        """Where the main clause after a fronted clause of reason holding the characteristic at ``i`` takes the
        person off work, confines them or hands their work to someone named ("Because of his age, we took Frank
        off the field team", "Due to her age, I moved Gloria off the night rota"): the reason clause opens the
        sentence (``_FRONTED_REASONS``), the main clause opens with "I" or "we" after its comma, and its verb is a
        placement (``_placement_by_writer``). The same decision drawn from a characteristic as "..., so we moved
        her off the window" (US EEOC, Compliance Manual section 15-VII); the object's or recipient's index, or
        None."""
        words, doc = self.doc.words, self.doc
        if not any(words[lo:lo + len(opener)] == list(opener) for opener in _FRONTED_REASONS):
            return None
        for k in range(lo + 1, min(hi, i + _TIE_REACH)):
            gap = doc.gap(k)
            if not _CLAUSE_GAP_RE.search(gap):
                continue
            if k <= i or "," not in gap or words[k] not in ("i", "we"):
                return None
            return self._placement_by_writer(k + 1, hi, hi)
        return None

    def _handed_to_another(self, m: int, b: int) -> int | None:
        """The recipient's index when the verb at ``m`` hands work to someone named ("so I gave the site
        inspections to Oliver", "so I have passed the client calls to Nadia"): a verb of `handover_verbs`, an
        object of at most five words that is no person and no working time (a shift handed over for an
        observance is the accommodation, see ``_scheduled``), then 'to' and a first name."""
        words, doc = self.doc.words, self.doc
        if m >= b or words[m] not in self.rules.handover_verbs or words[m + 1] in _OBJECT_PRONOUNS:
            return None
        working_time = self.rules.vocabulary.get("working_time", frozenset())
        for t in range(m + 2, min(b, m + 7)):
            if _CLAUSE_GAP_RE.search(doc.gap(t)) or words[t - 1] in working_time:
                return None
            if words[t] == "to":
                return t + 1 if t + 1 <= b and self._is_first_name(t + 1) else None
        return None

    def _praise_negations(self, i: int, j: int, b: int) -> frozenset[int]:
        """The negators after the characteristic ``i..j`` (within ``b``) that negate a failure verb (vocabulary
        `failure_verbs`, or a verb of falling with 'behind': "did not miss a call", "never fell behind") in a
        result clause of an accommodation: a word of accommodation (vocabulary `accommodations`: set up, installed,
        captions, a raised desk ...) or an opener of one ('with', 'once', 'after', 'since') stands between the
        characteristic and the negator, and nothing concedes or contrasts ("even with captions", "but", "despite").
        "He wears hearing aids, and the radio volume was set up for him, so he did not miss a call" tells the
        accommodation working, praise of the person, not a judgement of the characteristic (JAN, the accommodation
        and its effectiveness); "he missed half the calls because of it" or "even with captions she did not follow
        the calls" stay tied. The negators and their failure verbs are returned (a failure verb's own valence is
        the praise's too)."""
        words, vocab = self.doc.words, self.rules.vocabulary
        failures = vocab.get("failure_verbs", frozenset())
        accommodations = vocab.get("accommodations", frozenset())
        if not failures:
            return frozenset()
        found: set[int] = set()
        for k in range(j + 1, b + 1):
            if words[k] not in NEGATORS or words[k] == "ill" or (
                    words[k] == "t" and self.doc.gap(k)[-1:] not in _APOSTROPHES):
                continue
            verb = next((f for f in range(k + 1, min(b, k + 2) + 1) if words[f] in failures or (
                words[f] in _FALL_VERBS and f + 1 <= b and words[f + 1] == "behind")), None)
            if verb is None:
                continue
            if any(w in _CONCEDING for w in words[i:k]):
                continue
            if any(w in accommodations or w in _ACCOMMODATION_OPENERS for w in words[j + 1 : k]):
                found.update((k, verb))
        return frozenset(found)

    def _thing_heads(self) -> frozenset[str]:
        """Nouns a hyphened characteristic may modify as a kind of thing (vocabularies `things`, `arrangements`,
        `schedule_heads`): "the parental-leave cover rota", "a maternity-leave plan"."""
        vocab = self.rules.vocabulary
        return self.rules.things | vocab.get("arrangements", frozenset()) | vocab.get("schedule_heads", frozenset())

    def _inert_cues(self, lo: int) -> frozenset[int]:
        """Positions in the sentence starting at ``lo`` of judgement cues that state a schedule or name a thing,
        not a judgement, an expectation or a prediction about the person: a word right before the head of a
        shift, a start or an item of kit it names (vocabularies `schedule_heads`, `garments`: "the early shift",
        "a late start", "her hard hat"; a word of the looks or of valence rates a garment: "sloppy shoes"); a word
        inside a hyphen compound that modifies a thing ("the late-delivery rate"); a word followed by a clock time
        in a clause that names its days (``_days_named``: "leaves at 2:30 on Wednesdays"), and so a word of
        schedule (vocabulary `schedule_words`: "leaves early on Fridays", not "always leaves early"), or one between
        a determiner and a time of day ("moved her lunch relief to the late afternoon"); a word between a determiner
        and an arrangement noun it modifies (vocabulary `arrangement_nouns`: "her flexible working agreement"); a negation
        whose clause names a time of day or a weekday before any other cue ("does not work Saturdays", "is never
        in on Friday evenings"); an affirmative modal of purpose ('so that' with any modal, 'so' with can/could:
        "moved to the early shift so that she can collect her son"; "so he can't travel" is a result). A
        characteristic told with a schedule or an accommodation is told as a fact (EEOC: flexible scheduling,
        shift swaps and modified equipment are the accommodation, not a remark on the person); "she is always
        late", "leaves early", "does not pull her weight" still judge. Computed once per sentence."""
        cached = self._inert.get(lo)
        if cached is not None:
            return cached
        doc, words, vocab = self.doc, self.doc.words, self.rules.vocabulary
        start = lo
        lo, hi = doc.bounds(lo)
        heads = vocab.get("schedule_heads", frozenset())
        kit = vocab.get("garments", frozenset())
        rated = valence_lexicon()
        looks = vocab.get("appearance_descriptors", frozenset()) | vocab.get("looks_adjectives", frozenset())
        times = vocab.get("times_of_day", frozenset())
        schedule = vocab.get("schedule_words", frozenset())
        judging = vocab.get("evaluation", frozenset()) | vocab.get("assessment", frozenset())
        agreed = vocab.get("arrangement_nouns", frozenset())
        found: list[int] = []
        kin = vocab.get("kin", frozenset()) | _RELATIVE_NOUNS
        for k in range(lo, hi + 1):
            word = words[k]
            if word == "like" and k > lo and doc.gap(k) and all(c in _HYPHENS for c in doc.gap(k)):
                found.append(k)  # the suffix '-like' ("a scarf-like head covering"; Merriam-Webster -like 'resembling
                continue  # or characteristic of'), not the verb of liking VADER rates
            if word in _LOSS_FORMS and _loss_suffered(words, k, hi, kin):
                found.append(k)  # "who lost his right arm", "lost its first openly lesbian officer": a loss suffered
                continue
            if word == "hard" and k + 2 <= hi and words[k + 1] == "of" and words[k + 2] == "hearing":
                found.append(k)  # "deaf and hard-of-hearing workers": the status's own name (NCDJ), no judgement
                continue
            if word in NEGATORS and _not_until_cleft(words, k, lo, hi):
                found.append(k)  # "It wasn't until years later that he learned he was dyslexic": a time focused
                continue
            if word in NEGATORS:
                for m in range(k + 1, min(hi, k + 4) + 1):
                    if _CLAUSE_GAP_RE.search(doc.gap(m)):
                        break
                    if words[m] in times or words[m] in CALENDAR_WORDS or words[m][:-1] in WEEKDAYS:
                        found.append(k)  # "does not work Friday evenings", "is never in on Saturdays"
                        break
                    if words[m] not in _SCHEDULE_LINKS:
                        break  # "is never here when the morning rush hits" negates more than a schedule
                continue
            if word in _FIT_FORMS and k < hi and words[k + 1] in ("around", "round") and not doc.gap(k + 1).strip():
                found.append(k)  # "which the clients were happy to fit around": the phrasal verb of scheduling
                continue  # (Cambridge Dictionary, "fit sth around sth": find time for it), not the person's fit
            if word not in judging:
                continue
            if word == "risk" and self._clinical_risk(k, lo, hi):
                found.append(k)  # "the pregnancy had become high-risk": a clinical category, not a risk the person poses
                continue
            if word in _NEED_FORMS and self._care_need(k, lo, hi):
                found.append(k)  # "he needed to stay home and care for his wife": the relative's need for care
                continue
            if _calendar_name(doc, k, lo):
                found.append(k)  # 'in May' names the month, not the modal of possibility
                continue
            if word == "will":
                end = self._arranged(k, hi)
                if end >= 0:  # "will be back in September", "will hand the account to Ola in October": a plan
                    found.extend(range(k, end + 1))
                    continue
            if word in MODALS and not (k < hi and words[k + 1] in NEGATORS) and _purpose_modal(doc, k, lo) and (
                    words[k - 2] == "that" or word in ("can", "could")):
                found.append(k)
                continue
            if word == "instead" and self._swapped_schedule(k, lo, hi, heads):
                found.append(k)  # "so he works Saturday mornings instead": a shift swap told, not a judgement
                continue
            if k >= hi or _CLAUSE_GAP_RE.search(doc.after(k)):
                if word in schedule and self._days_named(k, lo, hi):
                    found.append(k)
                continue
            gap, nxt = doc.after(k), words[k + 1]
            if word in schedule and self._days_named(k, lo, hi):
                found.append(k)  # "leaves early on Fridays", "is late on Mondays": a schedule with its days
            elif k > lo and words[k - 1] in DETERMINERS and any(
                    words[m] in agreed and all(not doc.gap(n).strip() for n in range(k + 1, m + 1))
                    for m in range(k + 1, min(hi, k + 2) + 1)):
                found.append(k)  # "under her flexible working agreement": the arrangement's kind
            elif not gap.strip() and nxt in times and k > lo and words[k - 1] in DETERMINERS:
                found.append(k)  # "to the late afternoon", "on the busiest nights": which time of day, not a judgement
            elif not gap.strip() and (nxt in heads or (nxt in kit and word not in looks and abs(
                    _rating(rated, word)) < _TIE_VALENCE)):
                found.append(k)  # "the early shift", "his hard hat"; not "sloppy shoes", "a smart jacket"
            elif gap.strip() and all(c in _HYPHENS for c in gap.strip()) and k + 2 <= hi and (
                    self._compound_head_thing(k + 2) and not doc.after(k + 1).strip()):
                found.append(k)  # "the late-delivery rate", "the late-running packages"
            elif nxt in ("at", "from", "until", "till") and k + 2 <= hi and (
                    words[k + 2][:1].isdigit() or words[k + 2] in NUMBER_WORDS or words[k + 2] in times) and (
                    self._days_named(k, lo, hi)):
                found.append(k)  # "leaves at 2:30 on Wednesdays", "starts at seven on those days"
        found.extend(self._own_consequence(lo, hi))
        found.extend(self._requested_clause(lo, hi))
        cached = frozenset(found)
        self._inert[lo] = self._inert[start] = cached
        return cached

    def _own_consequence(self, lo: int, hi: int) -> list[int]:
        """Positions of the consequence clauses in ``lo..hi`` that tell the person's own request, refusal or
        observance: a link of result ('so', 'therefore', 'thus', 'hence', 'after which') whose clause has the person
        as its subject (he, she, they or a capitalised name) and, right after it, a verb of asking or applying
        (vocabulary `request_verbs`: ask, request, apply) or of refusing (vocabulary `refusal_verbs`), or a negated
        'can/could/do/did' before a verb of what the observance or treatment keeps the person from taking or
        wearing (vocabulary `observance_acts`), with no 'I'/'we' in the clause: "she was a Jehovah's Witness, so
        she could not receive a blood transfusion", "was baptized as a Seventh-Day Adventist, after which he asked
        not to work on Saturdays". The negation and modals there are the person's own practice or request (U.S.
        EEOC Compliance Manual section 12: requests, objections and refraining as religious practice; ADA
        reasonable accommodation: the employee's request), not the writer's expectation, so they are no cue of
        judgement. The writer's prediction or decision ("so she would not be comfortable doing the Christmas
        windows", "so I kept him off Saturdays", "so he can't lead the launch") is none of these."""
        doc, words, vocab = self.doc, self.doc.words, self.rules.vocabulary
        asking = vocab.get("request_verbs", frozenset()) & _ASKING_FORMS
        refusing = vocab.get("refusal_verbs", frozenset())
        acts = vocab.get("observance_acts", frozenset())
        found: list[int] = []
        for k in range(lo, hi - 1):
            if not (words[k] in _OWN_LINKS or (words[k] == "which" and k > lo and words[k - 1] == "after")):
                continue
            s = k + 2 if words[k] == "so" and words[k + 1] == "that" else k + 1
            if s > hi or words[s] not in ("he", "she", "they") and not (
                    doc.is_capitalized(s) and words[s] not in FUNCTION_WORDS):
                continue
            v = s + 1
            if v > hi or _CLAUSE_GAP_RE.search(doc.gap(v)):
                continue
            if words[v] in asking or words[v] in refusing:
                own = True  # "so he asked not to work on Saturdays", "so she declined the transfusion"
            elif words[k] == "so" and words[v] in ("can", "could") and v < hi and words[v + 1] not in NEGATORS:
                # the aim of the person's own request: "asked her boss for a work schedule so she could better
                # control her diabetes" (an asking verb earlier in the sentence whose subject is not the writer and
                # which does not ask the person: "the manager asked her to stay late so she could ..." is none)
                own = any(words[r] in asking and words[r - 1] not in ("i", "we") and not (
                    words[r + 1] in ("him", "her", "them") and words[r + 2] in ("to", "not", "if", "whether"))
                    for r in range(lo + 1, k - 1))
            elif words[v] in _OWN_AUXILIARIES:
                m = v + 1 if words[v] == "cannot" else v + 2
                own = (words[v] == "cannot" or (v < hi and words[v + 1] in ("not", "t"))) and m <= hi and (
                    words[m] in acts)  # "so she could not receive a blood transfusion"
            else:
                own = False
            if not own:
                continue
            end = v
            while end < hi and not _CLAUSE_GAP_RE.search(doc.gap(end + 1)):
                end += 1
            if any(words[m] in ("i", "we", "me", "us") for m in range(s, end + 1)):
                continue  # the writer in the clause: "so she asked me whether we ..."
            found.extend(range(k, end + 1))
        return found

    def _requested_clause(self, lo: int, hi: int) -> list[int]:
        """Positions of the clause an adjunct of the person's own request opens: "at his request", "at her own
        request" (a third-person possessive; Quirk et al. 1985, 8.87, adjuncts of reason and motive) then the clause it
        modifies, up to the next clause break ("..., and at his request he no longer does the fogging jobs"). What the
        clause tells is the arrangement the person asked for (U.S. EEOC, Enforcement Guidance on Reasonable
        Accommodation, questions 1-3: the request starts the process; JAN, "Requesting Accommodations"), so its
        negation ("no longer", "does not") states the request's content, not the writer's expectation. The writer's
        or another's request ("at my request", "at the manager's request") is none, and a judging word in the clause
        (vocabularies `assessment`, `doubts`, `unsuitability`, `decisions`) keeps every cue of it."""
        doc, words, vocab = self.doc, self.doc.words, self.rules.vocabulary
        judging = vocab.get("assessment", frozenset()) | vocab.get("doubts", frozenset()) | vocab.get(
            "unsuitability", frozenset()) | vocab.get("decisions", frozenset())
        found: list[int] = []
        for k in range(lo, hi - 2):
            if words[k] != "at" or words[k + 1] not in ("his", "her", "their"):
                continue
            m = k + 3 if words[k + 2] == "own" else k + 2
            if m >= hi or words[m] not in ("request", "requests"):
                continue
            end = m + 1
            if doc.gap(end).strip() not in ("", ","):
                continue
            while end < hi and not _CLAUSE_GAP_RE.search(doc.gap(end + 1)):
                end += 1
            if any(words[n] in judging and not _as_well_as(words, n) for n in range(m + 1, end + 1)):
                continue
            found.extend(range(k, end + 1))
        return found

    def _clinical_risk(self, k: int, lo: int, hi: int) -> bool:
        """Is the 'risk' at ``k`` the head of the clinical compound 'high-risk' or 'low-risk' said of a pregnancy,
        a birth or a condition ("the pregnancy had become high-risk", "a high-risk pregnancy")? Medicine classes
        pregnancies so (MeSH D018865 "Pregnancy, High-Risk": a pregnancy in which the mother and/or fetus are at
        greater than normal risk of morbidity or mortality); the compound rates the pregnancy's medical course,
        not the person. "She is a flight risk", "a risk to the team" keep the cue."""
        doc, words = self.doc, self.doc.words
        gap = doc.gap(k).strip()
        if k <= lo or words[k - 1] not in ("high", "low") or not gap or any(c not in _HYPHENS for c in gap):
            return False
        clinical = _CLINICAL_HEADS | self.rules.vocabulary.get("conditions", frozenset())
        if k < hi and words[k + 1] in clinical and not doc.after(k).strip():
            return True  # "a high-risk pregnancy"
        m = k - 2
        while m >= lo and not _CLAUSE_GAP_RE.search(doc.gap(m + 1)):
            if words[m] in clinical:
                return True  # "the pregnancy had become high-risk"
            m -= 1
        return False

    def _care_need(self, k: int, lo: int, hi: int) -> bool:
        """Is the 'need' at ``k`` the caregiving need of a relative the sentence names: 'need' + 'to' + a verb of
        care (vocabulary `care_verbs`) whose clause holds the relative or a pronoun for them ("he needed to stay
        home and care for his wife", "needed FMLA time to care for his father", "needs to be home with her
        husband"), or 'need' + a possessive + a noun of care (vocabulary `care_nouns`) in a sentence naming a
        relative before it ("His spouse's doctor said she ... needed his help")? That is the leave law's own
        phrase for a family member's need for care (29 CFR 825.124, "needed to care for a family member"), which
        the person or a clinician states as the reason for leave; it rates no quality of the person. A need with a
        quality or a shortfall after it ("needs to focus", "needs more time at home") is no such need, and a
        judgement drawn from it ("so she can't travel") is read by its own cues."""
        words, vocab = self.doc.words, self.rules.vocabulary
        kin = vocab.get("kin", frozenset()) | _RELATIVE_NOUNS
        if k + 2 > hi:
            return False
        nxt, verb = words[k + 1], words[k + 2]
        end = k
        while end < hi and not any(c in self.doc.after(end) for c in ".;:!?"):
            end += 1
        if any(words[m] in _CARE_DEGREES for m in range(k + 1, end + 1)):
            return False  # "needed to stay home with his kids so often that ...": the writer weighs how often
        judging = vocab.get("assessment", frozenset()) | CLAUSE_MODALS | _CARE_VERDICTS
        if any(words[m] in judging for m in range(k + 1, end + 1)):
            return False  # "... and should step back from the lead role", "... and it shows in his numbers"
        reporting = vocab.get("reporting_verbs", frozenset()) | _CLAIM_VERBS
        if not any(words[m] in reporting for m in range(lo, k)):
            return False  # the writer's own prescription: "She needs to be with her baby, not here"
        if nxt in POSSESSIVES and verb in vocab.get("care_nouns", frozenset()):
            return any(words[m] in kin for m in range(lo, k))
        t = k + 1
        while t < min(hi, k + 3) and words[t] in _LEAVE_TIME:
            t += 1  # "needed FMLA time to care for his father", "needs leave to look after"
        v = t + 1
        if words[t] != "to" or v > hi or words[v] not in vocab.get("care_verbs", frozenset()):
            return False
        if words[v] in _LOCATIVE_CARE and (v + 1 > hi or words[v + 1] not in ("home", "with", "by", "at", "beside")):
            return False  # "needs to be more careful", "needs to stay focused": no care
        if words[v] == "look" and (v + 1 > hi or words[v + 1] != "after"):
            return False
        return any(words[m] in kin for m in range(v + 1, end + 1))

    def _arranged(self, k: int, hi: int) -> int:
        """The last token of the clause of the 'will' at ``k`` when that 'will' is the future of an arrangement, not a
        prediction about the person, else -1: its clause names a date or a stretch of time (a month or weekday, a
        figure, 'until', 'from', a number of days, weeks or months, 'next'/'this' with a unit of the calendar) and
        holds no negation, no judgement cue (vocabulary `assessment`), no degree word and no 'able' ("will be back
        in September", "will work mornings only for six weeks", "will take two weeks of paternity leave then"). A
        plan with its dates states the schedule and no word of it rates the person (EEOC: leave and adjusted hours
        are the accommodation); "will never come back full-time", "will probably not keep up", "I doubt he will be
        as focused this autumn" predict and stay cues. Quirk et al. 1985, ch. 4 (will of prediction; the future
        of arrangement with time adverbials)."""
        words, doc = self.doc.words, self.doc
        assessment = self.rules.vocabulary.get("assessment", frozenset())
        end = k
        while end < hi and not _CLAUSE_GAP_RE.search(doc.after(end)) and words[end + 1] not in _ARRANGEMENT_STOPS:
            end += 1
        dated = False
        for m in range(k + 1, end + 1):
            word = words[m]
            if word in NEGATORS or word in ("able", "unable") or (word in assessment and not _calendar_name(
                    doc, m, k)) or word in _DEGREE_BEFORE:
                return -1
            named = word in CALENDAR_WORDS or word[:-1] in WEEKDAYS or word[:1].isdigit() or word in _TIME_LINKS
            stretch = word in _CALENDAR_UNITS and m > k + 1 and (
                words[m - 1] in NUMBER_WORDS or words[m - 1][:1].isdigit() or words[m - 1] in ("next", "this"))
            dated = dated or named or stretch
        return end if dated else -1

    def _days_named(self, k: int, lo: int, hi: int) -> bool:
        """Does the clause of the clock time at token ``k`` name the days it applies to ('on Wednesdays', 'on
        those days', 'in May'), with no frequency that names none ('often', 'usually', 'most days')? "Leaves at
        2:30 on Wednesdays" states a schedule (a clock time's colon is no break: ``_clause_break``); "often leaves at 3pm", "leaves at four most days", "which explains
        why she leaves at four" report a habit the writer holds against the person."""
        cached = self._days.get(k)
        if cached is not None:
            return cached  # worked out once per clock word (the sentence's cues are read many times)
        found = self._days_named_uncached(k, lo, hi)
        self._days[k] = found
        return found

    def _days_named_uncached(self, k: int, lo: int, hi: int) -> bool:
        words, doc = self.doc.words, self.doc
        start = k  # the clause, read at most _DAYS_REACH words each side (bounded on hostile input)
        while start > lo and k - start < _DAYS_REACH and not _clause_break(doc, start):
            start -= 1
        end = k
        while end < hi and end - k < _DAYS_REACH and not _clause_break(doc, end + 1):
            end += 1
        span = range(start, end + 1)
        if any(words[m] in _VAGUE_FREQUENCY for m in span):
            return False
        vague = self.rules.vocabulary.get("vague_quantifiers", frozenset())
        # determinate days only: "on Wednesdays", "every Friday", "on 3 March"; not "on some afternoons",
        # "certain Friday evenings", "several mornings" (vocabulary `vague_quantifiers`)
        return any((words[m] in CALENDAR_WORDS or words[m][:-1] in WEEKDAYS or words[m] in _DAY_NOUNS) and not any(
            words[q] in vague for q in range(max(start, m - 2), m)) for m in span)

    def _perfect_before(self, k: int, lo: int) -> bool:
        """Does a perfect ('has', 'have' or 'had' and a participle) stand before the 'since' at ``k`` in its
        sentence, no clause break between ("has been on the late rota since his daughter was born", "has worked
        nights since ...")? The 'since' clause then dates how long, it gives no grounds."""
        words = self.doc.words
        for m in range(k - 1, lo, -1):
            if _CLAUSE_GAP_RE.search(self.doc.gap(m + 1)):
                return False
            if words[m - 1] in ("has", "have", "had", "s") and (words[m] == "been" or words[m].endswith(("ed", "en"))):
                return True
        return False

    def _swapped_schedule(self, k: int, lo: int, hi: int, heads: frozenset[str]) -> bool:
        """Does the clause of 'instead' at ``k`` name the working time taken in place of another: its days
        (``_days_named``) or a shift head before it ("so he works Saturday mornings instead", "so she does the early
        shift instead")? A shift swap is an arrangement (EEOC: shift swaps as accommodation)."""
        words, doc = self.doc.words, self.doc
        if self._days_named(k, lo, hi):
            return True
        m = k - 1
        while m >= lo and _CLAUSE_GAP_RE.search(doc.gap(m + 1)) is None:
            if words[m] in heads:
                return True
            m -= 1
        return False

    def _compound_head_thing(self, k: int) -> bool:
        """Is the word at ``k``, right after a hyphen compound, the head noun it modifies and no person: a thing noun
        (vocabulary `things`) or a content word that is no person noun, attribute, pronoun or function word ("the
        late-running packages", not "a hard-working nurse" or "her last-minute attitude")?"""
        word = self.doc.words[k]
        if word in self.rules.things:
            return True
        return word.isalpha() and word not in FUNCTION_WORDS and word not in PRONOUNS and word not in POSSESSIVES and (
            word not in LINK_WORDS and word not in self.rules.attributes and not self._names_person_noun(word))

    def _perfect_after(self, j: int, b: int) -> bool:
        """Is the clause after a 'since' phrase ending at ``j`` in the perfect, its subject first ("Since she came
        back she has booked 46 guests")? 'since' of time takes a perfect in the main clause (Swan, Practical
        English Usage, 3rd ed., 525 'since: time'; Quirk et al. 1985, 15.25): the phrase then dates what was done, it
        gives no grounds; a state dated from it (``_state_since``) is still put down to it."""
        words = self.doc.words
        for k in range(j + 1, min(b, j + 4) + 1):
            if words[k] in ("has", "have", "had") or (words[k] == "s" and self.doc.gap(k) in _APOSTROPHES):
                m = k + 1
                while m < b and words[m] in _PERFECT_FILLERS:
                    m += 1
                return m <= b and (words[m].endswith(("ed", "en")) or words[m] in IRREGULAR_PAST_FORMS)
            if words[k] in _FINITE_LINKS or words[k] in CLAUSE_MODALS or _CLAUSE_GAP_RE.search(self.doc.gap(k)) and (
                    k > j + 1):
                return False
        return False

    def _state_since(self, j: int, b: int) -> bool:
        """After a 'since' phrase ending at ``j``, is a state predicated of the person (a link of state, then no
        preposition: "Since her surgery, Elif has been a bit of a passenger", "has become distant")? A state
        dated from an event is put down to it; an activity ("has run the scorecards", "has been on the late
        shift") is reported."""
        words = self.doc.words
        return any(words[k] in _STATE_LINKS and words[k + 1] not in NOUN_PREPOSITIONS for k in range(j + 1, b))

    def _since_of_time(self, k: int, hi: int) -> bool:
        """Is 'since' at ``k`` the preposition of time, with a time or a noun phrase and no verb after it ("since
        March", "since 2019", "since the summer", "since her return from leave, ...")? It dates what follows; it
        gives no grounds. 'since' opening a clause ("since she became a mother", "since your mom got cancer")
        may give grounds and stays a link."""
        words = self.doc.words
        if words[k] != "since" or k >= hi:
            return False
        nxt = words[k + 1]
        times = self.rules.vocabulary.get("times_of_day", frozenset())
        if nxt[:1].isdigit() or nxt in CALENDAR_WORDS or nxt in times or nxt in ("then", "last", "early", "late"):
            return True
        if nxt not in POSSESSIVES and nxt not in ("the", "this", "that", "a", "an"):
            return False
        for m in range(k + 2, min(hi, k + 5) + 1):  # the noun phrase, then what ends it
            if words[m] in _FINITE_LINKS or words[m] in CLAUSE_MODALS or (m > k + 2 and words[m].endswith("ed")):
                return False  # a clause: "since his daughter was born", "since her kids would ..."
            if m > k + 2 and (words[m] in NOUN_PREPOSITIONS or words[m] in ("and", "or")):
                return True  # "since her return from leave", "since the spring and ..."
            if m == hi or _CLAUSE_GAP_RE.search(self.doc.after(m)):
                return True  # "since her back surgery, ..."
        return False  # a verb may follow: "since her kids need her"

    def _scheduled(self, i: int, j: int, lo: int, hi: int) -> bool:
        """Is the observance ``i..j`` told as the reason or occasion of an arrangement of working time, with no
        judgement drawn ("Farah is off on Eid as agreed, and Luke is covering the front desk"; "Because of his
        Sabbath, Aaron works Sundays instead of Saturdays under the swap we agreed")? Within ``_TIE_REACH`` words
        each side: a word of the arrangement (vocabulary `arrangements`: swap, shift, rota, cover, off, leave,
        agreed ...; the word right after the observance is its own noun, 'head covering'), and no cue of judgement
        (``_clause_cue``, a word of valence too: "refuses Sunday shifts"), contrast or concession, cost
        (``_costs``) or relative drawing a consequence on the person ("which rules her out") outside the
        observance and the arrangement. A capitalised word inside the sentence is a name ('Good Friday'), a word
        right before an arrangement word its modifier ('late shift'), 'instead of' a day the swap; neither the
        next sentence nor a first half before ';' or ':' may judge. EEOC religious accommodation: a swap or a day
        off granted for an observance is the accommodation the employer owes, not a remark on the person."""
        words, doc = self.doc.words, self.doc
        arrangements = self.rules.vocabulary.get("arrangements", frozenset())
        a, b = max(lo, i - _TIE_REACH), min(hi, j + _TIE_REACH)
        if not any(words[k] in arrangements for k in range(a, b + 1) if not i <= k <= j + 1):
            return False  # 'his religious head covering' names the observance, it arranges nothing
        placed = self._placement_after(j, b, hi)
        if placed is not None and not self._working_time_after(placed, b):
            return False  # "so we have moved her off the window": a place of work, not working time, is arranged
        inert = self._inert_cues(lo)
        if self._costs(i, j, hi):
            return False  # a cost blamed on it: "Your daily prayers keep pulling you off the floor"
        for k in range(a, b + 1):
            if (words[k] in CONTRAST_LINKS or words[k] in ("though", "although")) and not i <= k <= j:
                return False  # a contrast concedes a judgement: "... asked about his head covering, but ..."
            if words[k] in ("which", "this") and k > j and any(
                    words[m] in ("him", "her", "them") for m in range(k + 1, min(b, k + 4) + 1)):
                return False  # a consequence drawn on the person: "keeps the Sabbath, which rules her out of ..."
            if i <= k <= j or words[k] in arrangements or (k > lo and doc.is_capitalized(k)):
                continue
            if k < b and words[k + 1] in arrangements and not doc.gap(k + 1).strip():
                continue  # the arrangement's own modifier: 'his late shift', 'the early rota'
            if words[k] == "instead" and k + 2 <= b and words[k + 1] == "of" and (
                    words[k + 2] in CALENDAR_WORDS or doc.is_capitalized(k + 2)):
                continue
            if k not in inert and _clause_cue(doc, self.rules, k, lo, True):
                return False
        return not (self._tied_next(hi) or self._tied_before(lo))

    def _working_time_after(self, k: int, b: int) -> bool:
        """Does the clause after ``k`` (within ``b``) name working time (vocabulary `working_time`, a day or a
        month): "kept him off the Saturday shifts", not "moved her off the window"?"""
        words, working_time = self.doc.words, self.rules.vocabulary.get("working_time", frozenset())
        for m in range(k + 1, b + 1):
            if _CLAUSE_GAP_RE.search(self.doc.gap(m)):
                return False
            if words[m] in working_time or words[m] in CALENDAR_WORDS:
                return True
        return False

    def _attributed_to(self, i: int, a: int) -> bool:
        """Is the characteristic at ``i`` given as the cause something is put down to, in its clause: the complement
        of 'to' after a verb of attribution (WordNet 3.0 attribute/ascribe/impute, verb.cognition 'attribute or
        credit to'; the phrasal 'put down to' and 'chalk up to', Cambridge Dictionary: 'to think that a problem or
        situation is caused by a particular thing'), or of the complex prepositions of reason 'due to', 'owing to',
        'thanks to' (Quirk et al. 1985, 9.46): "which I put down to him being gay", "I chalk it up to her age"."""
        words = self.doc.words
        for k in range(i - 1, max(a, i - 5) - 1, -1):
            if words[k] == "to":
                before = words[max(a, k - 4):k]
                if before and before[-1] in _REASON_PREPOSITION_HEADS:
                    return True
                if any(w in _ATTRIBUTION_VERBS for w in before):
                    return True
                return bool(before) and before[-1] in ("down", "up") and any(
                    w in _ATTRIBUTION_PHRASAL for w in before)
            if _CLAUSE_GAP_RE.search(self.doc.gap(k + 1)):
                return False
        return False

    def _tied_before(self, lo: int) -> bool:
        """Is the sentence starting at ``lo`` the second half of a semicolon or colon pair whose first half holds a
        judgement cue (vocabulary `assessment`, `decisions`, a negation) within ``_TIE_REACH`` words of it ("I
        would not put her on the launch; she is expecting her second child in June")? The second half then gives
        the grounds of the first; a full stop between them ends the tie."""
        if lo == 0 or not any(c in self.doc.gap(lo) for c in ";:"):
            return False
        words, vocab = self.doc.words, self.rules.vocabulary
        judging = vocab.get("assessment", frozenset()) | vocab.get("decisions", frozenset())
        lo2 = self.doc.bounds(lo - 1)[0]
        inert = self._inert_cues(lo2)
        return any(k not in inert and ((words[k] in judging and not _calendar_name(self.doc, k, lo2) and not _purpose_modal(
            self.doc, k, lo2)) or (words[k] in NEGATORS and words[k] != "ill"))
            for k in range(max(lo2, lo - _TIE_REACH), lo))

    def _tied_by_form(self, i: int, j: int, lo: int, hi: int) -> bool:
        """The forms of judgement that carry no evaluative word near the characteristic ``i..j``: it is blamed for
        a cost (``_costs``: "his prayer breaks held up the close"), it is the vehicle of a simile (``_likened``:
        "reads like it was written by someone with dyslexia"), the frame of a comparison with other people
        (``_compared``: "At 58 she learned it faster than most"), graded by a degree word (``_graded``: "hair
        dyed so red"), or a later sentence doubts a decision on the same person (``_decided_later``: "... Not
        sure we should hire her.")."""
        return (self._costs(i, j, hi) or self._likened(i, lo) or self._compared(i, j, lo, hi)
                or self._graded(i, j, lo, hi) or self._decided_later(hi))

    def _costs(self, i: int, j: int, hi: int) -> bool:
        """Is the characteristic the subject of a clause whose predicate is a cost or a hindrance (vocabularies
        `costs`, `cost_phrasal` + `cost_particles`, `cost_idioms`) within ``_COST_REACH`` words after it ("Amir's prayer breaks
        held up the close", "her school-run schedule has become a headache")? Not when it is the object of a
        preposition ("returned from leave and delayed ..." is the person's doing) or when a clause, a
        coordination or a relative comes between."""
        words, vocab = self.doc.words, self.rules.vocabulary
        if self._burden_shifted(j, hi):
            return True  # "leaves early on Fridays for prayers, which the rest of the team has to absorb"
        if i > 0 and words[i - 1] in NOUN_PREPOSITIONS and self.doc.gap(i).strip() == "":
            return False
        costs, phrasal, particles = (vocab.get(name, frozenset()) for name in ("costs", "cost_phrasal", "cost_particles"))
        for k in range(j + 1, min(hi, j + _COST_REACH) + 1):
            if _CLAUSE_GAP_RE.search(self.doc.gap(k)) or words[k] in _COST_STOPS:
                return False
            if words[k] in costs or (words[k] in phrasal and k < hi and words[k + 1] in particles):
                return True
            if any(self._starts_at(k, idiom, hi) for idiom in self.rules.idioms.get(words[k], ())):
                return True  # "gets in the way of"
        return False

    def _burden_shifted(self, j: int, hi: int) -> bool:
        """Does a relative or result clause after the characteristic ending at ``j``, in its sentence, put a
        burden on others: an opener (vocabulary `burden_openers`: 'which', 'so', 'and', 'meaning'), a subject of
        other people (`burden_bearers`: "the rest of the team", "his colleagues", "others", "we") and then an
        obligation (`burden_obligations`, 'to' after all but 'must') before a verb of carrying or covering
        (`burden_verbs`: "has to absorb", "must cover", "need to work around"), or that verb with its load
        named (`burden_loads`: "and others pick up the slack")? The characteristic is then blamed for a cost to
        others, however plainly its schedule is told (Bias Interrupters: maternal wall; EEOC: co-worker
        resentment of an accommodation)."""
        words, vocab = self.doc.words, self.rules.vocabulary
        openers, bearers = vocab.get("burden_openers", frozenset()), vocab.get("burden_bearers", frozenset())
        duties, loads = vocab.get("burden_obligations", frozenset()), vocab.get("burden_loads", frozenset())
        verbs = self.rules.burden_verbs
        for k in self.doc.among(openers, j + 1, hi):
            bearer = next((m for m in range(k + 1, min(hi, k + _BURDEN_REACH) + 1) if words[m] in bearers), None)
            if bearer is None:
                continue
            for m in range(bearer + 1, min(hi, bearer + _BURDEN_REACH) + 1):
                duty = words[m] in duties and (words[m] == "must" or (m < hi and words[m + 1] == "to"))
                if duty or m == bearer + 1:
                    for v in range(m + (0 if not duty else 1 if words[m] == "must" else 2),
                                   min(hi, m + 3) + 1):
                        rest = next((r for r in verbs.get(words[v], ()) if self._starts_at(v + 1, r, hi)), None)
                        if rest is None:
                            continue
                        end = v + len(rest)
                        if duty or any(words[x] in loads for x in range(end + 1, min(hi, end + 3) + 1)):
                            return True
                        break
                if duty:
                    break
        return False

    def _likened(self, i: int, lo: int) -> bool:
        """Is the characteristic inside the vehicle of a simile, 'like'/'as if'/'as though' before it in its clause
        ("reads like it was written by someone with dyslexia", "runs meetings like a grandpa")? A characteristic
        likened to is one used as the image of poor work; 'like' as a verb ("would like", "I like") is none."""
        words = self.doc.words
        for k in range(i - 1, max(lo, i - _SIMILE_REACH) - 1, -1):
            if _CLAUSE_GAP_RE.search(self.doc.gap(k + 1)):
                return False
            if words[k] == "like" and k > lo and words[k - 1] not in _LIKE_AS_VERB:
                return True
            if words[k] in ("if", "though") and k > lo and words[k - 1] == "as":
                return True
        return False

    def _compared(self, i: int, j: int, lo: int, hi: int) -> bool:
        """Is the characteristic the frame of a comparison with others: a 'than' (not 'rather/other than', not before
        a number) or an 'as ... as' after it in its clause or in the consequence drawn from it ("a recent graduate,
        so she picks up new tools faster than the rest"), or anywhere in a sentence it opens ("At 58 she learned it
        faster than most", "At 24, Sam is more organised than most of our senior engineers", "Being a recent grad,
        Tia is more tech-savvy than the older clerks")?"""
        words = self.doc.words
        opens = i == lo or (i == lo + 1 and words[lo] in ("at", "even")) or (
            words[lo] in ("being", "as") and lo + 1 <= i <= lo + 2 and (i == lo + 1 or words[lo + 1] in ("a", "an")))
        drawn = False
        for k in range(j + 1, min(hi, j + _TIE_REACH) + 1):
            if not opens and _CLAUSE_GAP_RE.search(self.doc.gap(k)):
                if drawn or words[k] not in CONSEQUENCE_LINKS:
                    return False
                drawn = True  # the consequence drawn from it: ", so she ..."
            if words[k] == "than" and words[k - 1] not in ("rather", "other") and not (
                    k < hi and (words[k + 1] in NUMBER_WORDS or words[k + 1][:1].isdigit())):
                return True
            if words[k] == "as" and k + 2 <= hi and words[k + 2] == "as" and words[k + 1] not in FUNCTION_WORDS:
                return True
        return False

    def _graded(self, i: int, j: int, lo: int, hi: int) -> bool:
        """Is a degree word on the characteristic's own predicate or modifier: an adjective of perceived intensity
        before it (vocabulary `intensity`: "his heavy accent"), 'such' up to three words before it ("such bright
        red hair"), or a degree word up to three words after it in its clause before a word that
        is not a function word ("hair dyed so red", "makeup is far too heavy", "beard has gotten really
        scruffy")?"""
        words = self.doc.words
        intensity = self.rules.vocabulary.get("intensity", frozenset())
        if any(words[k] in intensity for k in range(max(lo, i - 1), j + 1)):
            return True  # "his heavy accent", "a pronounced limp", "wears a large cross"
        for k in range(i - 1, max(lo, i - 3) - 1, -1):
            if _CLAUSE_GAP_RE.search(self.doc.gap(k + 1)):
                break
            if words[k] == "such":
                return True
        for k in range(j + 1, min(hi - 1, j + 3) + 1):
            if _CLAUSE_GAP_RE.search(self.doc.gap(k)) or words[k] in _COST_STOPS:
                return False
            if words[k] in _DEGREE_AFTER and words[k + 1] not in FUNCTION_WORDS:
                return True
        return False

    def _decided_later(self, hi: int) -> bool:
        """Does one of the two sentences after the one ending at ``hi`` doubt a decision on the same person: a
        word of doubt (vocabulary `doubts`; 'sure', 'convinced', 'comfortable' negated) with a decision
        (vocabulary `person_decisions`) and a pronoun of a person ("Not sure we should hire her", "I'm not
        convinced we should put him on the front desk")? The characteristic is then the unstated grounds."""
        words, vocab = self.doc.words, self.rules.vocabulary
        doubts, decisions = vocab.get("doubts", frozenset()), vocab.get("person_decisions", frozenset())
        start = hi + 1
        for _ in range(2):
            if start >= len(words):
                return False
            lo2, hi2 = self.doc.bounds(start)
            end = min(hi2, start + _TIE_REACH)
            doubt = any(words[k] in doubts and (words[k] not in _NEGATED_DOUBTS or (
                k > lo2 and words[k - 1] in NEGATORS)) for k in range(lo2, end + 1))
            if doubt and any(words[k] in decisions for k in range(lo2, end + 1)) and any(
                    words[k] in _PERSON_PRONOUNS for k in range(lo2, end + 1)):
                return True
            start = hi2 + 1
        return False


# How far a clock time's clause is read for the days it names (_JudgementChecks._days_named).
_DAYS_REACH = 16


def _clause_break(doc: _Doc, k: int) -> bool:
    """Does a clause break stand before token ``k``? A colon between two numerals is a clock time ("leaves at 12:30
    on Fridays"), one numeral, not a break."""
    gap = doc.gap(k)
    if gap == ":" and doc.words[k - 1].isdigit() and doc.words[k].isdigit():
        return False
    return _CLAUSE_GAP_RE.search(gap) is not None



def _calendar_name(doc: _Doc, k: int, lo: int) -> bool:
    """Is token ``k`` a capitalised month or weekday inside its sentence (first token ``lo``): 'in May' names the
    month, not the modal of possibility."""
    return k > lo and doc.words[k] in CALENDAR_WORDS and doc.is_capitalized(k)
_PURPOSE_SUBJECTS = frozenset(["i", "we", "you", "he", "she", "they"])


def _purpose_modal(doc: _Doc, k: int, lo: int) -> bool:
    """Is token ``k`` the modal of a clause of purpose: 'so' or 'so that' with no comma before it, then a subject
    pronoun or a capitalised name, then the modal ("swapped her Friday shift so she can attend Friday prayers",
    "moved the review so that he could observe Yom Kippur")? A purpose tells why a thing was arranged, not what
    the person can do; a result clause after a comma ("She is young, so she can learn it") stays a cue."""
    words = doc.words
    if words[k] not in MODALS or k - 2 < lo:
        return False
    subject = words[k - 1] in _PURPOSE_SUBJECTS or (doc.is_capitalized(k - 1) and words[k - 1] not in FUNCTION_WORDS)
    if not subject:
        return False
    opener = k - 2
    if words[opener] == "that" and opener - 1 >= lo and words[opener - 1] == "so":
        opener -= 1
    return words[opener] == "so" and opener > lo and not _CLAUSE_GAP_RE.search(doc.gap(opener))


def _clause_cue(doc: _Doc, ruleset: RuleSet, k: int, lo: int, valence: bool) -> bool:
    """Is token ``k`` a cue of judgement: a word of assessment, decision, doubt, cost or unsuitability (the
    vocabularies ``_Checker._tied`` reads), a request or a negation; with ``valence``, also a word of valence
    (VADER) that is not a capitalised first name?"""
    word = doc.words[k]
    if word in NEGATORS:
        return word != "ill" and not (word == "t" and doc.gap(k)[-1:] not in _APOSTROPHES)
    vocab = ruleset.vocabulary
    if word in _DIRECTIVES or limit_of_ability(doc.words, k) or any(
            word in vocab.get(name, ()) for name in _JUDGEMENT_VOCABULARIES):
        return not _calendar_name(doc, k, lo) and not _purpose_modal(doc, k, lo)
    if not valence or word in FUNCTION_WORDS or (doc.is_capitalized(k) and word in lexicon().first):
        return False  # a first name is no word of valence: 'Grace', 'Joy', 'Hope'
    return abs(_rating(valence_lexicon(), word)) >= _TIE_VALENCE


_JUDGEMENT_VOCABULARIES = ("assessment", "decisions", "doubts", "costs", "unsuitability")


# verbs of attribution (WordNet 3.0: attribute, ascribe, impute, credit; verb.cognition) and the phrasal verbs of
# attribution 'put down to', 'chalk up to' (their verb, then the particle right before 'to'), and the heads of the
# complex prepositions of reason 'due to', 'owing to', 'thanks to' (Quirk et al. 1985, 9.46): analyzers/bias
# _Checker._attributed_to
_ATTRIBUTION_VERBS = frozenset(["attribute", "attributes", "attributed", "attributing", "ascribe", "ascribes",
                                "ascribed", "ascribing", "impute", "imputes", "imputed", "imputing"])
_ATTRIBUTION_PHRASAL = frozenset(["put", "puts", "putting", "chalk", "chalks", "chalked", "chalking"])
_REASON_PREPOSITION_HEADS = frozenset(["due", "owing", "thanks"])
