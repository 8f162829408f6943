"""Generic sentences, reported examples, procedures and the traits a sentence ascribes."""

from __future__ import annotations

from bisect import bisect_left

from assistant.analyzers.bias.doc import (
    _APPEARANCE_VERBS,
    _EPISODE_ADVERBS,
    _GENERIC_DETERMINERS,
    _GENERIC_MODALS,
    _GENERIC_NOT_PERSONS,
    _RESTRICTORS,
    _SPECIFIC_DETERMINERS,
    _SPECIFIC_THIRD,
    _could_be_a_name,
    _Doc,
    _names_a_person,
)
from assistant.analyzers.bias.grammar import (
    _TIE_VALENCE,
    DETERMINERS,
    FUNCTION_WORDS,
    LINKS,
    MODALS,
    POSSESSIVES,
    PROCEDURE_MODALS,
    SECOND_PERSON,
    SPECIFIC_PERSON,
    _rating,
)
from assistant.analyzers.bias.ruleset import (
    RuleSet,
    _CompiledContext,
)
from assistant.analyzers.valence import lexicon as valence_lexicon
from assistant.text import (
    FUNCTION_WORDS as CLOSED_CLASS_WORDS,
)
from assistant.text import (
    fold_plural,
    is_past_tense,
)
from assistant.wordlists import gendered_person_nouns, person_nouns

# Quantifier pronouns of people (Quirk et al. 1985, 6.45-6.46; Huddleston & Pullum 2002, 5.9): universal, negative
# and free-choice compounds refer to no one in particular, as 'every employee' or 'any employee' do not ("Not everyone
# goes into their retirement by choice"). 'someone'/'somebody' are left out: they may stand for one person the writer
# has in mind ("someone in accounts told me she ...").
_QUANTIFIER_PRONOUNS = frozenset(["everyone", "everybody", "anyone", "anybody", "nobody", "whoever"])
# Verbs after which a gerund or an infinitive clause that opens the sentence is its subject ("Recognizing a
# firefighter entering retirement is important"): the link verbs and these of the same frame.
_CLAUSE_SUBJECT_VERBS = frozenset(["means", "matters", "requires", "takes", "helps", "shows", "makes", "gives"])


class _GenericChecks:
    """Generic sentences, reported examples, procedures and the traits a sentence ascribes."""

    doc: _Doc
    rules: RuleSet

    def _generic_sentence(self, lo: int, hi: int) -> bool:
        """Does the sentence ``lo..hi`` speak of people only generically, as a policy, guide or handbook does
        ("Employees may request ...", "An employee may take time off to observe a religious holiday",
        "Make sure your employee knows what changed while she was on maternity leave")? Generic reference
        (Carlson 1977; Krifka et al. 1995, Genericity: an introduction) is a bare plural person noun, a person
        noun after a quantifying or indefinite determiner outside a predicate ('a', 'any', 'each', 'every',
        'all', 'some'; not "as a new parent", "she is a mother", "for a recent graduate"), or the addressee's
        staff ("your employees"); "he or she" is its pronoun. The people a job serves (clients, patients,
        students) are no workforce a policy speaks of: "the yarmulke confuses some clients" is still about
        the reviewed person. A name, or 'he'/'she' not bound by an earlier singular
        generic noun, is a specific person, and the sentence is then about someone. In a document written
        as a procedure (see ``_procedure_document``) the reader 'you' is generic as well ("You earn 4 sick
        leave hours per pay period"). A sentence that speaks to someone is about that someone, whatever
        plural it also names ("You mentored team members, and with the kids in school you seem more committed")."""
        cached = self._generic.get(lo)
        if cached is None:
            cached = self._generic_scan(lo, hi)
            self._generic[lo] = cached
        generic, addressee_only = cached
        if not generic and addressee_only and lo > 0 and not self._person_in(lo, hi):
            # a sentence that names no one continues the one before ("Many Muslims will wish to pray at midday;
            # prayer times take about 10 minutes"): generic when that one is (Grosz, Joshi & Weinstein 1995,
            # Centering: with no new referent the centre carries over)
            prev_lo, prev_hi = self.doc.bounds(lo - 1)
            prev = self._generic.get(prev_lo)
            if prev is None:
                prev = self._generic_scan(prev_lo, prev_hi)
                self._generic[prev_lo] = prev
            generic = prev[0] and not self._speaks_to_someone(prev_lo, prev_hi)
        return (generic or (addressee_only and self._procedure_document())) and not self._speaks_to_someone(lo, hi)

    def _generic_verdict(self, i: int, j: int, lo: int, hi: int) -> bool:
        """Does a generic sentence about a faith's practice pass a verdict on the practice or its holders: a word
        of vocabulary `costs`, or of `assessment` with a negative rating in the valence lexicon (VADER, Hutto &
        Gilbert 2014), outside the match and not part of a capitalised name ("Employees who need to pray are a
        distraction on the line", "Many Muslims leave to pray during the rush, which hurts the team")? That is a
        stereotype of the group, not a policy's or a guide's account of the practice ("a quiet room available")."""
        doc, words, vocab = self.doc, self.doc.words, self.rules.vocabulary
        costs, assessment = vocab.get("costs", frozenset()), vocab.get("assessment", frozenset())
        rated = valence_lexicon()
        for k in range(lo, hi + 1):
            word = words[k]
            if i <= k <= j or (k > lo and doc.is_capitalized(k)) or word in MODALS:
                continue
            if word in costs or (word in assessment and _rating(rated, word) <= -_TIE_VALENCE):
                return True
        return False

    def _person_in(self, lo: int, hi: int) -> bool:
        """Does the sentence ``lo..hi`` hold a person word at all (a pronoun of a person, a person noun)?"""
        words = self.doc.words
        return any(words[k] in SPECIFIC_PERSON or words[k] in SECOND_PERSON or words[k] in self.rules.people
                   or words[k] in ("they", "them", "their", "we", "our", "us", "i", "me", "my")
                   for k in range(lo, hi + 1))

    def _speaks_to_someone(self, lo: int, hi: int) -> bool:
        """Does the sentence ``lo..hi`` address 'you' as the person it is about, as feedback, a review or a
        letter does: the writer in the first person singular beside 'you' ("I've seen you take on more"),
        or 'you' as the subject of a past-tense verb or of a verb of appearance ("you mentored every new
        hire", "you were", "you seem distracted")? A procedure speaks to its reader in the present, with
        modals and imperatives ("You earn 4 sick leave hours", "you may request"); it tells of no occasion
        in that reader's past and passes no one's impression of them."""
        words = self.doc.words
        second = first = told = False
        for k in range(lo, hi + 1):
            word = words[k]
            if word in ("i", "me", "myself"):
                first = True
            elif word in SECOND_PERSON:
                second = True
                if word == "you":
                    x = k + 1
                    while x <= hi and words[x] in _EPISODE_ADVERBS:
                        x += 1
                    if x <= hi and (words[x] in _APPEARANCE_VERBS or words[x] in ("were", "did", "had") or (
                            is_past_tense(words[x]))):
                        told = True
        return second and (first or told)

    def _restricts_generic(self, i: int, lo: int) -> bool:
        """Does the characteristic at ``i`` restrict a generic person noun just before it ("Employees with
        young children are less reliable", "Any employee who has cancer will struggle", "Staff with family
        commitments cannot be trusted")? Such a sentence sorts people by the characteristic, as a stereotype
        does; a policy names it as the topic of an act ("time off to observe a religious holiday")."""
        words = self.doc.words
        if words[i] == "to" and i > lo and words[i - 1] in self.rules.people:
            return False  # an infinitive after its subject-object ("require employees to pray"): a complement, not a class
        for k in range(i - 1, max(lo, i - 4) - 1, -1):
            word = words[k]
            if word not in _GENERIC_NOT_PERSONS and self._generic_host(k) and self._generic_noun(k, lo):
                return True
            if word in _QUANTIFIER_PRONOUNS or (word == "one" and k > lo and words[k - 1] == "no"):
                return True  # "Anyone with young kids at home will struggle": the class sorted by it
            if word not in _RESTRICTORS and word not in DETERMINERS and word not in POSSESSIVES and not (
                    k + 1 < i and words[k + 1] in _RESTRICTORS) and not (
                    k == i - 1 and k > lo and words[k - 1] in _RESTRICTORS and word.isalpha()
                    and word not in FUNCTION_WORDS):
                # one modifier of the characteristic's noun after the restrictor: "Anyone with young kids ..."
                return False
        return False

    def _generic_host(self, k: int) -> bool:
        """Is the word at ``k`` a noun naming people that a generic sentence may speak of: the rules' `people`
        vocabulary, or a lower-case common noun whose first and most WordNet 3.0 senses name a person
        (assistant/data/person_nouns.txt: firefighter, retiree, machinist, bookkeeper), or its regular plural?
        Left out of the WordNet nouns: the rules' own words (a noun a bias rule matches, "widow", "amputee",
        names a characteristic, not the host of one), kin and sex-marked nouns (vocabulary `kin`,
        assistant/data/gendered_person_nouns.txt), the people a job serves (`outsiders`) and thing nouns."""
        words, rules = self.doc.words, self.rules
        word = words[k]
        if word in rules.people:
            return True
        if not word.isalpha() or (k > 0 and self.doc.bounds(k)[0] != k and self.doc.is_capitalized(k)):
            return False
        nouns = person_nouns()
        lemma = word if word in nouns else fold_plural(word)
        if lemma not in nouns:
            return False
        vocab = rules.vocabulary
        return not any(w in rules._index or w in rules.outsiders or w in rules.things or w in vocab.get("kin", ())
                       or w in vocab.get("faiths", ()) or w in vocab.get("ethnic_people", ())
                       or w in gendered_person_nouns() for w in (word, lemma))

    def _clause_subject(self, d: int, lo: int, hi: int) -> bool:
        """Does the determiner at ``d`` stand in a gerund or infinitive clause that opens the sentence as its
        subject ("Properly recognizing a firefighter entering retirement is important", "To find a nurse who
        will stay takes time")? Such a clause names a kind of act, not an occasion, and an indefinite in it
        refers to no one in particular, as under a modal (Huddleston & Pullum 2002, 5.8.4 and 14.1; Quirk et al.
        1985, 15.9). A participle clause set off by a comma is an adjunct of time or manner ("Helping a
        customer, she tripped"), not the subject."""
        words = self.doc.words
        start = lo + 1 if words[lo].endswith("ly") and lo < d else lo
        if not (words[start] == "to" or (words[start].endswith("ing") and len(words[start]) > 4)) or start >= d:
            return False
        for x in range(start + 1, hi + 1):
            if "," in self.doc.gap(x) or ";" in self.doc.gap(x):
                return False
            if x > d and (words[x] in LINKS or words[x] in _CLAUSE_SUBJECT_VERBS):
                return True
        return False

    def _generic_scan(self, lo: int, hi: int, skip: range | set[int] = range(0)) -> tuple[bool, bool]:
        """(generic, only the addressee or no person at all) for the sentence ``lo..hi``, the tokens in
        ``skip`` (a quotation) left out."""
        words, people = self.doc.words, self.rules.people
        faiths = self.rules.vocabulary.get("faiths", frozenset())
        generic = bound = False
        modals = [k for k in range(lo, hi + 1) if words[k] in _GENERIC_MODALS and k not in skip and not (
            words[k] == "may" and k != lo and self.doc.is_capitalized(k))]  # not the month: "joined in May"
        modal = bool(modals)
        for k in range(lo, hi + 1):
            if k in skip:
                continue
            word = words[k]
            if word in people and word not in self.rules.outsiders and self._told_of(k, lo, hi, modals):
                return False, False  # "A man who spent 20 years helping refugees ...": someone in particular
            if word in _SPECIFIC_THIRD:
                if (k + 2 <= hi and words[k + 1] == "or" and words[k + 2] in _SPECIFIC_THIRD) or (
                        k - 2 >= lo and words[k - 1] == "or" and words[k - 2] in _SPECIFIC_THIRD) or (
                        "/" in self.doc.gap(k) or "/" in self.doc.after(k)):
                    generic = True  # "his or her religion", "s/he"
                    continue
                if not bound:
                    return False, False
                continue
            if word in _QUANTIFIER_PRONOUNS or (word == "no" and k < hi and words[k + 1] == "one"):
                generic = True  # "Not everyone goes into their retirement by choice": no one in particular
                continue
            if word not in people and self._generic_host(k):
                if self._told_of(k, lo, hi, modals):
                    return False, False  # "a firefighter who retired in May": someone in particular
                people = people | {word}
            if word in people and word not in _GENERIC_NOT_PERSONS and word not in self.rules.outsiders:
                kind = self._generic_noun(k, lo, modal)
                if kind:
                    generic = True
                    bound = bound or kind == 1
                continue
            if word in faiths and word.endswith("s"):
                # a faith's adherents named as a class ("Many Muslims will wish to pray at midday") are generic
                # like any bare plural person noun (Carlson 1977)
                generic = generic or bool(self._generic_noun(k, lo, modal))
                continue
            if word in faiths and k < hi and words[k + 1] in people:
                continue  # the capitalised adjective before a person noun ("Muslim employees") is no one's name
            if (self._is_name(k, lo) and word not in people and word not in self.rules.things
                    and _names_a_person(self.doc.raw(k))):
                return False, False
        return generic, True

    def _told_of(self, k: int, lo: int, hi: int, modals: list[int]) -> bool:
        """Is the person noun at ``k``, brought in by 'a'/'an' outside a predicate, someone a narrative tells of:
        a relative clause in the simple past or pluperfect ("a man who spent 20 years helping refugees", "an
        engineer who built our billing system", "a nurse who had worked here for 12 years") or a past-tense
        verb right after it with no present modal later ("A nurse joined the ward in May")? An episodic
        predicate makes an indefinite specific (Carlson 1977; Krifka et al. 1995: generic sentences are
        characterising, not about one occasion); "An employee who has cancer may ...", "An employee called
        for jury duty must notify ..." stay generic."""
        words = self.doc.words
        d = k - 1
        while d > lo and d >= k - 3 and words[d] not in ("a", "an") and words[d] not in FUNCTION_WORDS:
            d -= 1  # over modifiers: "a young man", "a long-time volunteer"
        if d < lo or words[d] not in ("a", "an") or (d > lo and (
                words[d - 1] in LINKS or words[d - 1] in ("as", "like", "such", "being", "what", "than"))):
            return False
        x = k + 1
        relative = x <= hi and words[x] in ("who", "that")
        x += relative
        while x <= hi and words[x] in _EPISODE_ADVERBS:
            x += 1
        if x > hi:
            return False
        verb = words[x]
        if relative:
            return verb in ("had", "did") or (verb not in ("was", "were") and is_past_tense(verb))
        return (verb in ("was", "were", "had", "did") or is_past_tense(verb)) and not any(
            m > x and words[m] not in ("would", "could", "might") for m in modals)

    def quoted_example(self, k: int, start: int, end: int) -> bool:
        """Is the term at ``start..end`` (token ``k``) inside a quotation that a generic or procedural
        sentence gives as an example of language ("do not share specific details (“that person has
        ADHD”)", 'Supervisors should avoid remarks such as "she is too old for this"')? The quotation is
        mentioned, not used (the use/mention distinction): no one is described by it. A sentence that
        names or points at someone ('"Women are too emotional to lead," he said') reports a remark."""
        doc, text = self.doc, self.doc.text
        lo, hi = doc.bounds(k)
        first, last = doc.starts[lo], doc.ends[hi]
        quoted: set[int] = set()  # every quotation of the sentence: "such as "she is ..." or "he is ...""
        inside, since = False, first
        for x in range(first, min(len(text), last + 3)):  # a closing quote may follow the last mark
            c = text[x]
            if c in _DOUBLE_QUOTES and (c != "“" or not inside) and (c != "”" or inside):
                if inside:
                    quoted.update(range(bisect_left(doc.starts, since), bisect_left(doc.starts, x)))
                inside, since = not inside, x
        if k not in quoted:
            return False
        generic, addressee_only = self._generic_scan(lo, hi, quoted)
        if not addressee_only:
            return False
        policy = self.rules.vocabulary.get("policy", frozenset())
        return generic or any(doc.words[x] in policy for x in range(lo, hi + 1) if x not in quoted) or (
            self._procedure_document())

    def _generic_noun(self, k: int, lo: int, modal: bool = True) -> int:
        """1: a singular generic person noun at ``k`` ('an employee', 'each supervisor', 'your employee');
        2: a plural one ('employees', 'new parents', 'all staff', 'your team members'); 0: neither. An
        indefinite singular is generic only in a sentence with a modal ("An employee may take time off"):
        without one it is someone in particular ("Told a coworker about her pregnancy")."""
        words = self.doc.words
        word = words[k]
        plural = word.endswith("s") or word in ("people", "staff")
        d = k - 1
        faiths = self.rules.vocabulary.get("faiths", frozenset())
        while d >= lo and d >= k - 3 and words[d] not in _GENERIC_DETERMINERS and (
                words[d] in self.rules.people or words[d] not in FUNCTION_WORDS) and (
                not self.doc.is_capitalized(d) or words[d] in faiths):
            d -= 1  # over modifiers: 'a new parent', 'any full-time employee', 'other team members', 'a Catholic employee'
        det = words[d] if d >= lo and d >= k - 3 else ""
        before = words[d - 1] if d - 1 >= lo else ""
        if before in LINKS or before in ("as", "like", "being", "what", "than") or (
                before == "for" and det in ("a", "an")):
            return 0  # a predicate: "as a new parent", "she is a mother of two", "for a recent graduate"
        if det in _GENERIC_DETERMINERS:
            if not plural and det in ("a", "an") and not modal and not self._clause_subject(d, lo, self.doc.bounds(k)[1]):
                return 0
            return 2 if plural else 1
        if det == "your" and (plural or word == "employee"):
            return 2 if plural else 1
        if plural and det not in _SPECIFIC_DETERMINERS and not (d >= lo and words[d].isdigit()):
            return 2
        return 0

    def _procedure_document(self) -> bool:
        """Is the whole text written as a procedure or policy: at least three sentences with policy wording
        or generic people, and no fewer of them than sentences about a specific person (a name, 'he',
        'she')? Handbook pages, leave and accommodation policies, and employers' guides are; a review that
        cites a policy, a bio or a letter about one person is not."""
        if self._procedure is None:
            doc, policy, specific, k = self.doc, 0, 0, 0
            while k < len(doc.words):
                lo, hi = doc.bounds(k)
                generic = self._generic.get(lo)
                if generic is None:
                    generic = self._generic_scan(lo, hi)
                    self._generic[lo] = generic
                if generic[1] and self._speaks_to_someone(lo, hi):
                    specific += 1  # "You mentored every new hire this year": a review, not a procedure
                else:
                    policy += generic[0] or self._sentence_traits(lo, hi, -1, -1)[2]
                    specific += not generic[1]
                k = hi + 1
            self._procedure = policy >= 3 and policy >= specific
        return self._procedure

    def _sentence_traits(self, lo: int, hi: int, i: int, j: int) -> tuple[bool, bool, bool]:
        """(a specific person is referred to, a judgement cue, policy wording) for the sentence
        ``lo..hi``; computed once per sentence, so many candidates cost linear time. The candidate
        ``i..j`` itself is not counted as a name, nor its first word as its own judgement cue ("got
        married"). Where the only person is the addressee ("you can request up to 240 hours of sick
        leave"), a modal or a function word alone is no judgement: a second person with a modal of
        permission or obligation is how procedures address their reader (generic "you"); a review
        addressing its subject judges with more than that ("you seem distracted since ...", "so",
        "with the new baby at home", "more")."""
        cached = self._traits.get(lo)
        if cached is None:
            words, vocab = self.doc.words, self.rules.vocabulary
            evaluation_words, policy_words = vocab.get("evaluation", frozenset()), vocab.get("policy", frozenset())
            first_name = last_name = first_cue = last_cue = first_strong = last_strong = -1
            person = third = policy = False
            for k in range(lo, hi + 1):
                word = words[k]
                if word in SPECIFIC_PERSON:
                    person = True
                    third = third or word not in SECOND_PERSON
                elif (self._is_name(k, lo) and word not in self.rules.people and word not in self.rules.things
                      and _could_be_a_name(word)):
                    first_name = k if first_name < 0 else first_name
                    last_name = k
                if (word in evaluation_words and not (word == "may" and k != lo and self.doc.is_capitalized(k))
                        and not self._reporting_relative(k, hi)):
                    first_cue = k if first_cue < 0 else first_cue
                    last_cue = k
                    if word not in PROCEDURE_MODALS:
                        first_strong = k if first_strong < 0 else first_strong
                        last_strong = k
                if word in policy_words and not self._names_a_work_thing(k, lo, hi, policy_words):
                    policy = True
            cached = (person, third, first_name, last_name, first_cue, last_cue, first_strong, last_strong, policy)
            self._traits[lo] = cached
        person, third, first_name, last_name, first_cue, last_cue, first_strong, last_strong, policy = cached
        named = first_name >= 0 and (first_name < i or last_name > j)  # a name other than the match itself
        if person and not third and not named:  # only the addressee: a modal alone is a procedure's "you"
            first_cue, last_cue = first_strong, last_strong
        evaluation = first_cue >= 0 and (first_cue != i or last_cue != i)  # not only the match's first word
        return person or named, evaluation, policy

    def _names_a_work_thing(self, k: int, lo: int, hi: int, policy_words: frozenset[str]) -> bool:
        """Is the policy word at ``k`` the modifier of a noun compound naming a thing of the work ('the insurance
        claims', 'the payroll system', 'the accommodation bookings'), not wording about a policy? In an English
        noun compound the first noun classifies the head after it, and the head says what the phrase names
        (Quirk et al. 1985, A Comprehensive Grammar, 17.108): the sentence is about claims or bookings. The
        policy's own names (vocabulary `policy_documents`: 'the policy allows', 'the law requires') and a head
        that is policy wording itself ('the insurance paperwork') or a verb of what a policy does (vocabulary
        `policy_verbs`) keep it policy wording. Only a sentence about a third person (he, she) reads so: a policy
        addresses its reader or a group ('you', 'teammates': 'coverage details vary by location')."""
        words, vocab = self.doc.words, self.rules.vocabulary
        if k >= hi or words[k] in vocab.get("policy_documents", frozenset()) or self.doc.gap(k + 1) != " ":
            return False
        if not any(word in _SPECIFIC_THIRD for word in words[lo : hi + 1]):
            return False
        head = words[k + 1]
        return (head.isalpha() and head not in policy_words and head not in CLOSED_CLASS_WORDS
                and head not in vocab.get("policy_verbs", frozenset()) and not head.endswith("ly")
                and not is_past_tense(head))

    def _needs_before(self, ctx: _CompiledContext, i: int, lo: int) -> bool:
        if ctx.needs_start and i == lo:
            return True
        words, by_last = self.doc.words, ctx.needs_before_by_last
        for k in range(i - 1, max(lo, i - ctx.window) - 1, -1):  # only the phrases that end with the word at k
            for rest, person in by_last.get(words[k], ()):
                if self._ends_at(k, rest, lo) and (not person or self._person_at(k - len(rest), lo)):
                    return True
        return False

    def _person_at(self, k: int, lo: int) -> bool:
        """Is token ``k`` (in the sentence starting at ``lo``) he, she, they or a person's name?"""
        if k < lo:
            return False
        word = self.doc.words[k]
        if word in ("he", "she", "they"):
            return True
        return self._is_first_name(k)

    def _grounds_after(self, j: int, hi: int) -> bool:
        """Is a judgement drawn after token ``j`` in its sentence (ending at ``hi``): a word of endorsement or decision
        (RuleSet.grounds_words), a leniency phrase (vocabulary `leniency`: 'without checking', 'benefit of the
        doubt') or a verdict of the writer's (`writer_verdicts` right after I or we: 'so I know his work ethic')? A
        similarity given as the reason for trust, a rating or a pick (Bias Interrupters, leniency toward the
        in-group). The sentence is read once: its last such word is memoized by its end."""
        last = self._grounds_last.get(hi)
        if last is None:
            last = -1
            lo = self.doc.bounds(hi)[0]
            words, rules = self.doc.words, self.rules
            for k in range(hi, lo - 1, -1):
                word = words[k]
                if word in rules.grounds_words or (word in rules.writer_verdicts and k > lo
                                                   and words[k - 1] in ("i", "we")) or any(
                        self._starts_at(k, phrase, hi) for phrase in rules.grounds_phrases.get(word, ())):
                    last = k
                    break
            self._grounds_last[hi] = last
        return last > j

    def _needs_after(self, ctx: _CompiledContext, j: int, hi: int) -> bool:
        if ctx.needs_end and self._at_end(j, hi):
            return True
        words, by_first = self.doc.words, ctx.needs_after_by_first
        for k in range(j + 1, min(hi, j + ctx.window) + 1):  # only the phrases that start with the word at k
            for phrase in by_first.get(words[k], ()):
                if self._starts_at(k, phrase, hi):
                    return True
            if k < hi and (words[k] in ("her", "him") or self._is_first_name(k)) and any(
                    self._starts_at(k + 1, phrase[1:], hi) for phrase in by_first.get("<person>", ())):
                return True  # "<person> are ...": "Girls like Chloe are ...", "Men like him don't ..."
        return False
_DOUBLE_QUOTES = ('"', "“", "”")
