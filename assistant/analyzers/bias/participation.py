"""How a characteristic takes part in a judgement: occasions, people served, settings, senses of a word."""

from __future__ import annotations

from assistant.analyzers.bias.doc import (
    _CHILD_PLACES,
    _DROP_FORMS,
    _HOLDER_DETERMINERS,
    _LEADING_VERBS,
    _OBJECT_PRONOUNS,
    _QUANTITY_NOUNS,
    _Doc,
)
from assistant.analyzers.bias.grammar import (
    _APOSTROPHES,
    _CLAUSE_GAP_RE,
    _HAVING,
    _HYPHENS,
    _PLURAL_CHILD_NOUNS,
    _ROOM_CHILD_NOUNS,
    _SPACE_GAP_RE,
    BACKGROUND_OPENERS,
    CHILD_NOUNS,
    CLAUSE_MODALS,
    CLAUSE_OPENERS,
    CONCESSIVE_OPENERS,
    CONJUNCTIONS,
    CONSEQUENCE_LINKS,
    CONTRAST_LINKS,
    COVER_VERBS,
    DETERMINERS,
    EXPLAINING_LINKS,
    FRONTED_GROUNDS,
    FUNCTION_WORDS,
    GROUNDS_OPENERS,
    GROUP_DETERMINERS,
    HABIT_MARKERS,
    HOLDER_LINKS,
    IRREGULAR_PAST_FORMS,
    LINK_WORDS,
    LINKS,
    MOMENT_FILLERS,
    NEGATORS,
    NOUN_PREPOSITIONS,
    OCCASION_LINKS,
    OUTSIDER_LINKS,
    PASSING_LINKS,
    POSSESSIVES,
    STANCE_WORDS,
    WORK_ADVERBS,
    nominated,
)
from assistant.analyzers.bias.ruleset import (
    RuleSet,
)
from assistant.text import (
    NUMBER_WORDS,
    ORDINALS,
)

# A parent noun that may be the agent of a narrated past act (_ParticipationChecks._parent_acts), what may stand
# between it and its verb in a coordinated subject ("Harry's Grandfather, his Father and then Harry himself carried
# it on"), the openers of a clause that gives a reason or a condition ("since her mother got sick"), and past forms of
# a change of state, of dying or of moving away, which tell what happened to the parent, not what the parent did.
_ACTING_PARENTS = frozenset(["mother", "father", "mom", "dad", "mum", "parents", "grandfather", "grandmother"])
_SUBJECT_LIST_WORDS = frozenset(["and", "then", "himself", "herself", "themselves", "s", "his", "her", "their", "my",
                                 "our", "later", "first", "once", "together", "both"])
_REASON_OPENERS = frozenset(["since", "because", "cause", "cos", "as", "given", "with", "if", "unless", "now", "while",
                             "whilst", "until", "till", "whenever", "after", "before", "once"])
_NOT_PARENT_ACTS = frozenset(["died", "passed", "retired", "moved", "left", "went", "came", "lived", "stayed",
                              "recovered", "suffered", "broke", "injured", "divorced", "separated", "remarried",
                              "relied", "depended", "called", "rang", "texted", "phoned", "asked", "told", "said"])
# Links of result that may narrate (_ParticipationChecks._narrated_act), and past forms that are no act of the
# subject's: the copulas and auxiliaries of a state or a passive ("so she was moved"), and 'needed'/'had'.
_NARRATIVE_LINKS = frozenset(["so"])
_NOT_ACTS = frozenset(["was", "were", "had", "got", "became", "seemed", "felt", "needed", "wanted", "failed",
                       "missed", "struggled", "fell", "lost", "forgot", "neglected", "stopped", "dropped"])


class _ParticipationChecks:
    """How a characteristic takes part in a judgement: occasions, people served, settings, senses of a word."""

    doc: _Doc
    rules: RuleSet
    _kin_compounds: dict[int, frozenset[int]]

    def _takes_part(self, i: int, j: int, lo: int, hi: int) -> bool:
        """Does the characteristic ``i..j`` take part in the sentence's judgement rather than stand beside
        it? It does when it sits in a clause that concedes the judgement's grounds ("even with a new baby at
        home"), or gives them (a reason, condition or role opener before it in its clause, or a fronted
        'with'/'without' phrase: "since she became a mother", "as a father of three", "With three kids, ...")
        and the sentence holds a judgement cue or topic; when a judgement cue other than a modal shares its clause ("your mother's
        dialysis schedule is hard on you", "you seem to be spending time with your small child"), a
        modifier of the characteristic's own noun aside ("a committed father"); or when a consequence with a
        judgement cue is drawn after it, or a contrast ("he is newly married, so I doubt he will want ...";
        "so keep him off travel": there a topic of judgement is enough; "a great dad, but his mind is
        elsewhere"). The judgement cues here are the vocabulary
        `assessment`: connectives link, they do not judge. "Priya lives in Leeds with her husband" beside praise in a
        letter does none of these."""
        words = self.doc.words
        assessment = self.rules.vocabulary.get("assessment", frozenset())
        unfit = self._negated_fit(lo, hi)
        delivered = (self._delivery_sense(lo, hi) | self._inert_cues(lo) | self._praise_negations(i, j, hi)
                     | self._kin_compound_heads(lo, hi))
        cues = _PositionCues(words, assessment, unfit, delivered)
        cs = i
        while cs > lo and _CLAUSE_GAP_RE.search(self.doc.gap(cs)) is None:
            cs -= 1
        ce = j
        while ce < hi and _CLAUSE_GAP_RE.search(self.doc.after(ce)) is None:
            ce += 1
        head = cs + 1 if cs < i and words[cs] in CONJUNCTIONS else cs
        # a fronted 'with'/'without' phrase gives grounds, and so does a fronted 'between' of the demands on the
        # person ("Between the school pickups and the nursery calls, Jess is never fully focused")
        grounds = words[head] in FRONTED_GROUNDS or (words[head] == "between" and head == lo)
        for k in range(cs, i):
            word = words[k]
            if word in CONCESSIVE_OPENERS:
                return True
            if word in GROUNDS_OPENERS and not (
                    word == "as" and (words[k - 1 if k > lo else k] in ("such", "well") or words[k + 1] == "well")) and (
                    word != "since" or self._state_since(j, hi) or not (
                        self._since_of_time(k, hi) or self._perfect_before(k, lo))):
                grounds = True  # 'since' with a noun phrase or after a perfect dates what follows (_Checker._tied)
        # grounds, like a consequence below, need only the topic of a judgement ("With young kids she won't want
        # the promotion"): any judgement cue but the links themselves
        topics = self.rules.vocabulary.get("evaluation", frozenset()) - LINK_WORDS
        if grounds and any(k in cues or (words[k] in topics and k not in delivered)
                           for k in range(lo, hi + 1) if not i <= k <= j):
            return True
        # in the characteristic's own clause a modal predicts what the family does ("will spend more time with
        # her grandchildren", "would like to thank everyone"); a prediction judges when drawn from grounds or
        # as a consequence (above and below)
        # (a negated 'ready/right' there may be about anything: "was not ready for the party his kids threw")
        own = assessment | self.rules.vocabulary.get("unsuitability", frozenset())
        if any(words[k] in own and words[k] not in CLAUSE_MODALS and k not in delivered
               for k in range(cs, ce + 1) if not i - 1 <= k <= j):
            return True
        # so does a consequence drawn from the characteristic ("so keep him off travel"); one the person acted on,
        # told as a past event ("so she started driving the bus to make ends meet"), judges only with a cue of
        # assessment: a topic word alone is the story going on
        for k in range(j + 1, hi):
            if words[k] in CONSEQUENCE_LINKS or words[k] in CONTRAST_LINKS or (
                    words[k] in EXPLAINING_LINKS and words[k - 1] in ("which", "this", "that", "it")):
                told = words[k] in _NARRATIVE_LINKS and self._narrated_act(k, hi)
                return any(m in cues or (not told and words[m] in topics and m not in delivered)
                           for m in range(k + 1, hi + 1))
        return False

    def _kin_compound_heads(self, lo: int, hi: int) -> frozenset[int]:
        """Positions of 'great' (and 'grand') hyphened to a kin noun in the sentence ("great-grandchildren",
        "great-grandmother", "great-aunt"): a degree of kinship (Merriam-Webster, great-: "one generation removed
        in the direction of the ancestors or descendants"), not the praise word 'great'."""
        doc, words = self.doc, self.doc.words
        known = self._kin_compounds
        found = known.get(lo)
        if found is None:  # read once per sentence
            kin = self.rules.vocabulary.get("kin", frozenset())
            found = frozenset(k for k in range(lo, hi) if words[k] in ("great", "grand") and doc.gap(k + 1).strip()
                              and all(c in _HYPHENS for c in doc.gap(k + 1).strip())
                              and (words[k + 1] in kin or words[k + 1].startswith("grand")))
            known[lo] = found
        return found

    def _narrated_act(self, k: int, hi: int) -> bool:
        """Is the clause after the link at ``k`` a past event the person brought about, told as a fact: 'so' +
        he/she/they or a name + a simple-past verb of action, and in the rest of the sentence no modal, negation,
        stance or saying verb and no 'I'/'we' ("so she started driving the bus", "so he took the night
        bus")? Result clauses narrate as well as judge (Quirk et al. 1985, 15.22 on 'so' of result); the
        writer's verdict or decision ("so I doubt she ...", "so I have kept her off ...", "so she can't ...",
        "so she was moved off the rota") is not such a clause."""
        words = self.doc.words
        if k + 2 > hi:
            return False
        subject, verb = words[k + 1], words[k + 2]
        if subject not in ("he", "she", "they") and not (
                self.doc.is_capitalized(k + 1) and subject not in FUNCTION_WORDS):
            return False
        if verb in _NOT_ACTS or not (verb.endswith("ed") or verb in IRREGULAR_PAST_FORMS):
            return False
        return not any(word in CLAUSE_MODALS or word in NEGATORS or word in STANCE_WORDS or word in ("i", "we", "me", "us")
                       for word in words[k + 1 : hi + 1])

    def _parent_acts(self, i: int, j: int, lo: int, hi: int) -> bool:
        """Is the parent noun ``i..j``, held by a possessive, the subject of a simple-past verb of action in a
        narrative clause: the parent acting in a life's story ("the shop his father started around the early 1900s",
        "her mother helped set her life in a new direction", "Harry's Grandfather, his Father and then Harry himself
        carried it on")? The subject of a dynamic verb is its agent (Quirk et al. 1985, 10.19), so the clause tells
        what the parent did, a fact of a family's history, not the person's parenthood or care for a parent. Left to
        the rule: a clause of reason, condition or time opened before the parent ("since her mother got sick", "as
        his dad needs him"), a past of change, need, loss or moving ("got", "fell", "needed", "died", "moved": what
        befell the parent, _NOT_ACTS, _NOT_PARENT_ACTS), a verb that reports a call or a request ("her dad called"),
        and a modal, negation or link of consequence after the verb ("his father started the firm, so he ...")."""
        doc, words = self.doc, self.doc.words
        if i != j or words[i] not in _ACTING_PARENTS or i - 1 < lo:
            return False
        if not (words[i - 1] in POSSESSIVES or (words[i - 1] == "s" and doc.gap(i - 1) in _APOSTROPHES)):
            return False
        for k in range(i - 2, lo - 1, -1):  # the parent's clause, back to its opener
            if _CLAUSE_GAP_RE.search(doc.gap(k + 1)):
                break
            if words[k] in _REASON_OPENERS:
                return False
        k = j + 1
        while k <= hi and k - j <= 8 and (words[k] in _SUBJECT_LIST_WORDS or words[k] in _ACTING_PARENTS or (
                doc.is_capitalized(k) and words[k] not in FUNCTION_WORDS)):
            k += 1
        if k > hi:
            return False
        verb = words[k]
        if verb in _NOT_ACTS or verb in _NOT_PARENT_ACTS or not (
                (verb.endswith("ed") and len(verb) > 4) or verb in IRREGULAR_PAST_FORMS):
            return False
        if any(word in CONSEQUENCE_LINKS or word in EXPLAINING_LINKS for word in words[k + 1 : hi + 1]):
            return False  # a consequence drawn from what the parent did: "his father started the firm, so he ..."
        for m in range(k + 1, hi):  # a contrast set against the person: "his mother ran the shop, but he still ..."
            if words[m] in CONTRAST_LINKS and (words[m + 1] in ("he", "she", "they", "i", "we", "you") or (
                    doc.is_capitalized(m + 1) and words[m + 1] not in FUNCTION_WORDS
                    and not (m + 2 <= hi and words[m + 2] == "s" and doc.gap(m + 2) in _APOSTROPHES))):
                return False
        for m in range(k + 1, hi + 1):  # the rest of the parent's own clause
            if words[m] in CLAUSE_OPENERS or _CLAUSE_GAP_RE.search(doc.gap(m)):
                break
            if words[m] in CLAUSE_MODALS or words[m] in NEGATORS:
                return False
        return True

    def _delivery_sense(self, lo: int, hi: int) -> frozenset[int]:
        """Positions of 'drop' in its phrasal sense of delivering or visiting, not of a decline: 'drop off'
        or 'drop by' with an object or a place after it ("a student and her mom dropping off boxes of
        donations", "dropped by the office"), or 'drop someone off' ("her dad dropped her off"). "Her output
        dropped", "sales dropped off in May" keep the cue."""
        words = self.doc.words
        out = []
        for k in range(lo, hi - 1):
            if words[k] not in _DROP_FORMS:
                continue
            nxt, after = words[k + 1], words[k + 2]
            if (nxt in ("off", "by") and not _CLAUSE_GAP_RE.search(self.doc.after(k + 1)) and (
                    after in DETERMINERS or after in POSSESSIVES or after.isdigit() or after not in FUNCTION_WORDS)) or (
                    nxt in _OBJECT_PRONOUNS and after == "off"):
                out.append(k)  # "dropping off boxes", "dropped by the office", "dropped her off"
        return frozenset(out)

    def _negated_fit(self, lo: int, hi: int) -> frozenset[int]:
        """Positions in ``lo..hi`` of a negated predicate of suitability: a word of vocabulary `suitability`
        within three words after a negation in its clause ("is not the right person for", "isn't ready for",
        "is no longer suited to", "ill suited"), or a word of vocabulary `unsuitability` ("unsuitable",
        "unfit"). Not judging someone fit for a role is a judgement even when no word of `assessment` says so."""
        words, vocab = self.doc.words, self.rules.vocabulary
        suitability = vocab.get("suitability", frozenset())
        unsuitability = vocab.get("unsuitability", frozenset())
        found = []
        for k in range(lo, hi + 1):
            if words[k] in unsuitability:
                found.append(k)
            elif words[k] in suitability:
                for m in range(k - 1, max(lo, k - 4) - 1, -1):
                    if words[m] in NEGATORS and not (words[m] == "t" and self.doc.gap(m)[-1:] not in _APOSTROPHES):
                        found.append(k)
                        break
                    if _CLAUSE_GAP_RE.search(self.doc.gap(m + 1)):
                        break
        return frozenset(found)

    def _at_occasion(self, i: int, j: int, lo: int, hi: int) -> bool:
        """Does the trait word ``i..j`` name a passing state at an occasion of recognition or farewell (see
        RuleContext.occasion): a past-tense link before it with only adverbs between ("was visibly", "got a
        little"), an occasion word (vocabulary `occasions`) with a temporal or situational link between the
        word and it ("as she accepted the award", "at his retirement lunch", "During the ceremony, ..."), and
        no habit or degree ("whenever", "every", "too", "so")?"""
        words = self.doc.words
        occasions = self.rules.vocabulary.get("occasions", frozenset())
        doc = self.doc
        if next(doc.among(HABIT_MARKERS, lo, hi + 1), None) is not None:
            return False
        k = i - 1
        while k >= lo and (words[k] in MOMENT_FILLERS or (len(words[k]) > 4 and words[k].endswith("ly"))):
            k -= 1
        if k < lo or words[k] not in PASSING_LINKS:
            return False
        for m in doc.among(occasions, lo, hi + 1):
            between = range(j + 1, m) if m > j else range(lo, m)
            if next(doc.among(OCCASION_LINKS, between.start, between.stop), None) is not None:
                return True
        return False

    def _held_by_someone_else(self, i: int, j: int, lo: int, hi: int) -> bool:
        """In a background clause ('during', 'while', 'so' ...), the characteristic belongs to a person
        named or a role holder ('During Priya's maternity leave', 'so the lead could take parental
        leave') and the sentence is about another: a different name, or (when the holder is a role) a
        pronoun subject before it."""
        doc, words = self.doc, self.doc.words
        owner = i if words[i] in ("her", "his") else i - 1  # 'her kids' matched whole, or 'his daughter'
        if owner >= lo and words[owner] in ("her", "his") and self._background_subject_owns(owner, lo):
            return True
        holder = None
        width = 1  # the holder's words before it: 'the lead' 2, 'the plant manager' 3
        for k in range(i - 1, max(lo, i - 6) - 1, -1):
            word = words[k]
            if self._is_name(k, lo):
                holder = k
                break
            if (word in self.rules.people or word in self.rules.roles) and k - 1 >= lo:
                if words[k - 1] in _HOLDER_DETERMINERS:
                    holder, width = k, 2
                    break
                if (k - 2 >= lo and words[k - 2] in _HOLDER_DETERMINERS and words[k - 1] not in FUNCTION_WORDS
                        and _SPACE_GAP_RE.fullmatch(doc.gap(k)) is not None):
                    holder, width = k, 3  # a compound role noun: 'while the plant manager was on medical leave'
                    break
            if word not in HOLDER_LINKS:
                return False
        if holder is None:
            return False
        opener = holder - width
        if opener >= lo and words[opener] == "for":
            opener -= 1  # 'covered for Ana's leave'
        if opener >= lo and words[opener] in COVER_VERBS and doc.after(holder)[:1] in _APOSTROPHES:
            # the object of a verb of covering: someone else's leave, when the subject before the
            # verb is another person ('Maria covered Ana's maternity leave')
            return any(words[m] in ("he", "she", "i", "we") or (self._is_first_name(m) and words[m] != words[holder])
                       for m in range(lo, opener))
        if opener < lo or words[opener] not in BACKGROUND_OPENERS:
            return False  # the leave is the sentence's topic, not its background: 'Priya's leave hurt the launch'
        others = [m for m in range(lo, hi + 1)
                  if m != holder and not i <= m <= j and self._is_first_name(m) and words[m] != words[holder]]
        if others:
            return True
        # another person is the subject of an earlier clause ('She moved the launch so the lead could ...',
        # 'She stepped in while Ana was on medical leave'); one after it may be the holder ('While Tom was
        # on paternity leave, he ...', 'While our lead was away, she ...')
        return any(words[m] in ("he", "she") and (m == lo or any(c in ",;" for c in doc.gap(m)) or
                                                  words[m - 1] in CLAUSE_OPENERS)
                   for m in range(lo, holder - 1))

    def _served(self, i: int, j: int, lo: int, hi: int) -> bool:
        """Does the family or care word name the people the job serves, or the job's field, rather than
        the judged person's own family? Whose family it is is read from the phrase's grammar, not from
        the word: no possessive of the person, and (a) the object of work or of an aptitude ('experience
        with children', 'worked in elder care', 'excellent with kids'), (b) the object of a verb of
        service ('taught children', 'supported new mothers', 'cared for children at home'), (c) 'their'
        with a plural served group before it ('residents and their families'), (d) placed in a care
        setting ('two children in her class'), or (e) a care field as a modifier of a workplace or
        role noun ('the childcare centre', 'her elder care background')."""
        words, rules = self.doc.words, self.rules
        if any(words[k] == "own" for k in range(j + 1, min(hi, j + 4) + 1)):
            return False  # "experience with kids of her own"
        if j + 1 <= hi and words[j] in rules.care_fields and words[j + 1] in rules.workplace_nouns and not self.doc.after(j).strip():
            return True  # (e)
        if j + 2 <= hi and words[j + 1] in ("in", "on", "at") and (
                words[j + 2] in self.rules.vocabulary.get("care_settings", frozenset())
                or (j + 3 <= hi and words[j + 2] in POSSESSIVES | GROUP_DETERMINERS
                    and words[j + 3] in self.rules.vocabulary.get("care_settings", frozenset()))):
            return True  # (d)
        k = i
        if words[k] in POSSESSIVES and words[k] != "their":
            return False  # the phrase names whose: "her kids"
        if words[k] == "their":
            k += 1  # "their kids": whose it is comes from what 'their' refers to
        if words[k] in ("with", "has", "have", "had"):
            if words[k] != "with":
                return False
            prep = k  # the pattern opens with 'with': "with young children"
        else:
            k -= 1
            if k >= lo and words[k] == "their":
                people = self.rules.outsiders | rules.served_groups
                return any(words[m] in people for m in range(max(lo, k - 12), k))  # (c), a bounded look-back
            while k >= lo and (words[k] in rules.served_modifiers or words[k].isdigit()):
                k -= 1
            # coordinated served groups: "families and children", "patients and families"
            while k - 1 >= lo and words[k] in ("and", "or") and (words[k - 1] in rules.served_groups
                                                                   or words[k - 1] in self.rules.outsiders):
                k -= 2
                while k >= lo and words[k] in rules.served_modifiers:
                    k -= 1
            if k < lo or any(c in ",;:" for c in self.doc.after(k)):
                return False
            if words[k] in rules.service_verbs:
                return True  # (b)
            if words[k] in ("for", "after") and k - 1 >= lo and words[k - 1] in rules.service_verbs | rules.programme_nouns:
                return True  # (b) "cared for", "looked after", "the club for children"
            if words[k] == "of" and k - 1 >= lo and words[k - 1] in rules.served_groups:
                return True  # (b) "families of disabled children": the served group's
            if words[k] not in ("with", "in"):
                return False
            prep = k
        if words[j] == "home" or (j + 2 <= hi and words[j + 1] == "at" and words[j + 2] == "home"):
            return False  # "her work with two kids at home": the person's household, not the job's people
        h = prep - 1
        while h >= lo and words[h] in WORK_ADVERBS:
            h -= 1
        return h >= lo and words[h] in rules.work_heads and not any(c in ",;:" for c in self.doc.after(h))  # (a)

    def _group_acted_on(self, i: int, j: int, lo: int, hi: int) -> bool:
        """An age adjective inside a plural group of people that is the object of a verb of service or of a
        comparison, opened by a definite determiner or a count ('she trained the younger cooks', 'mentored two
        young apprentices', 'more than the younger cooks do'), or a bare plural after a preposition that follows a
        plural people noun ('parents of younger applicants'): the group is other people the judged person acts on
        or is compared with, not the person. 'one of the younger analysts' stays the person's."""
        words, people = self.doc.words, self.rules.people
        head = j if i < j and words[j] in people else j + 1  # the phrase may hold its head: "younger applicants"
        if not (head <= hi and words[head] in people and words[head].endswith("s") and i - 2 >= lo):
            return False
        opener = words[i - 1]
        if opener in ("for", "of", "to", "with") and words[i - 2].endswith("s") and words[i - 2] in people:
            return True  # "parents of younger applicants", "sessions for older learners" are the people served
        counted = opener in NUMBER_WORDS or opener.isdigit()
        if not (opener in ("the", "our", "their") or counted):
            return False
        return words[i - 2] in self.rules.service_verbs or words[i - 2] in ("than", "with", "for")

    def _background_subject_owns(self, i: int, lo: int) -> bool:
        """'He stayed late so the duty engineer could get home to her kids': a possessive pronoun inside a
        background clause whose subject is a role holder ('the duty engineer', 'the team's duty engineer')
        names that holder's family when the sentence's own subject, before the clause, is another person
        (he/she or a name) and no other person comes between the holder and the pronoun."""
        words = self.doc.words
        people, roles = self.rules.people, self.rules.roles
        for b in range(i - 1, max(lo, i - 12) - 1, -1):
            if words[b] in ("he", "she", "they", "i", "we", "you") or self._is_first_name(b):
                return False  # a nearer person: the pronoun may be theirs
            if words[b] not in BACKGROUND_OPENERS or b + 1 >= i or words[b + 1] not in _HOLDER_DETERMINERS - POSSESSIVES:
                continue
            holder = next((m for m in range(b + 2, min(i, b + 6)) if words[m] in people or words[m] in roles), None)
            if holder is None:
                return False
            return any(words[m] in ("he", "she") or self._is_first_name(m) for m in range(max(lo, b - 12), b))
        return False

    def _children_group(self, i: int, lo: int, hi: int) -> bool:
        """Are the "girls"/"boys" at ``i`` children in someone's charge rather than adults called so: the
        object of a verb of service or leading, through a quantity ("leads dozens of girls", "coaching a
        squad of girls"), or in a text set among children (a school, camp, youth team: ``care_settings``,
        ``youth_settings``), and in either case not placed in a workplace unit ("the girls in accounting",
        "the girls on reception", "the girls in the front office at the school"): a child is placed by
        the camp, club, school or team it belongs to."""
        words, vocab = self.doc.words, self.rules.vocabulary
        youth = vocab.get("youth_settings", frozenset())
        settings = vocab.get("care_settings", frozenset()) | youth
        end = self._binomial_end(i, lo, hi)
        x = (i if end is None else end) + 1
        if x + 1 <= hi and words[x] in ("in", "on", "at", "from") and not any(
                words[y] in settings or words[y] in _CHILD_PLACES for y in range(x + 1, min(hi, x + 3) + 1)):
            return False  # a workplace unit: "the girls in accounting", "the boys in the warehouse"
        if end is not None:
            return True  # "lunch for 26 boys and girls", "girls and boys aged 8 to 12": the binomial names children
        k = i - 1
        while k >= lo and (words[k] in DETERMINERS or words[k].isdigit() or words[k] in _QUANTITY_NOUNS
                           or words[k] == "of"):
            k -= 1
        if k >= lo and k < i - 1 and (words[k] in self.rules.service_verbs or words[k] in _LEADING_VERBS):
            return True
        if self._youth_setting is None:
            self._youth_setting = any(word in youth for word in words) or self._in_care_setting()
        return self._youth_setting

    def _binomial_end(self, i: int, lo: int, hi: int) -> int | None:
        """If the 'girls'/'boys' at ``i`` is one half of the binomial "boys and girls" / "girls and boys" (either
        order, 'and' or 'or' between), the index of its last word, else None. The plural pair is the fixed
        expression for children (Merriam-Webster, "boys and girls": children; Malkiel 1959 on irreversible
        binomials); adult staff are not named by the pair ("the girls on reception" is one noun)."""
        words = self.doc.words
        partner = {"boys": "girls", "girls": "boys"}.get(words[i])
        if partner is None:
            return None
        if i + 2 <= hi and words[i + 1] in ("and", "or") and words[i + 2] == partner:
            return i + 2
        if i - 2 >= lo and words[i - 1] in ("and", "or") and words[i - 2] == partner:
            return i
        return None

    def _in_care_setting(self) -> bool:
        """Does the text name a school, ward or other place where children are pupils or patients, by a word of
        ``care_settings`` or by a room named for the children in it ("the toddler room", vocabulary `child_rooms`)?"""
        if self._care_setting is None:
            settings = self.rules.vocabulary.get("care_settings", frozenset())
            self._care_setting = any(word in settings for word in self.doc.words) or self._names_child_room()
        return self._care_setting

    def _names_child_room(self) -> bool:
        """Is a child noun the modifier of a room or unit somewhere in the text ("the baby room", "a toddler
        room", "the infant unit")?"""
        doc, words = self.doc, self.doc.words
        rooms = self.rules.vocabulary.get("child_rooms", frozenset())
        return any(words[k] in _ROOM_CHILD_NOUNS and words[k + 1] in rooms and doc.gap(k + 1) == " "
                   for k in range(len(words) - 1))

    def _child_in_charge(self, i: int, j: int, lo: int, hi: int) -> bool:
        """In a care setting, does the child noun ending ``i..j`` name children the person looks after, not their own?
        It does after a group determiner ("the children"), after the person's possessive with a modifier other than
        one of age, order or kinship (``family_child_modifiers``: "her key children", "his Year 4 children", "Abi's
        focus children"), and as a bare plural the work acts on ("chasing toddlers", "too soft with boisterous
        children"); not after a verb of having ("has three children", "since having kids"), a fronted 'with' ("With
        two young kids, ..."), a family modifier or "of her own"."""
        doc, words = self.doc, self.doc.words
        if words[j] not in CHILD_NOUNS or not self._in_care_setting():
            return False
        if j + 3 <= hi and words[j + 1] == "of" and words[j + 2] in POSSESSIVES and words[j + 3] == "own":
            return False  # "two young children of her own"
        family = self.rules.vocabulary.get("family_child_modifiers", frozenset())
        k, modifiers = j - 1, []
        while k >= lo and len(modifiers) < 3 and _CLAUSE_GAP_RE.search(doc.gap(k + 1)) is None and not (
                words[k] in FUNCTION_WORDS or words[k] in POSSESSIVES or words[k] in _HAVING
                or (words[k] == "s" and doc.gap(k)[:1] in _APOSTROPHES)):
            modifiers.append(words[k])
            k -= 1
        count = modifiers[-1] if modifiers else ""
        if any(m in family for m in modifiers) or count.isdigit() or count in NUMBER_WORDS or count in ORDINALS:
            return False  # "her two young children", "three kids"; a class's number is no count: "his Year 4 children"
        opener = words[k] if k >= lo and _CLAUSE_GAP_RE.search(doc.gap(k + 1)) is None else None
        if opener in GROUP_DETERMINERS:
            return k < i  # a phrase that holds its determiner ("with the kids in school") keeps its own reading
        if opener in POSSESSIVES or (opener == "s" and doc.gap(k)[:1] in _APOSTROPHES):
            return bool(modifiers)  # "her key children"; bare "her children" stays hers
        if opener in _HAVING or (opener in DETERMINERS) or words[j] not in _PLURAL_CHILD_NOUNS:
            return False
        if opener == "with":  # "good with toddlers", not a fronted "With toddlers at home, ..."
            return k > lo and _CLAUSE_GAP_RE.search(doc.gap(k)) is None and words[k - 1] not in CONJUNCTIONS
        return opener is None or opener not in FUNCTION_WORDS or opener in NOUN_PREPOSITIONS

    def _belongs_to_outsider(self, i: int, lo: int) -> bool:
        """An outsider noun (student, customer ...) just before, joined by a relative or 'with' phrase
        or as the subject of a copula ("a student who uses a wheelchair", "customers with young
        children", "the customer was hard of hearing")."""
        words = self.doc.words
        for k in range(i - 1, max(lo, i - 5) - 1, -1):
            word = words[k]
            if word in self.rules.outsiders:
                return True
            if word in self.rules.people and self._new_referent(k, lo):
                return True
            if word not in OUTSIDER_LINKS:
                return False
        return False

    def _new_referent(self, k: int, lo: int) -> bool:
        """A person noun brought in by an indefinite article outside a predicate ("covered for a
        colleague on sick leave", "when a fellow manager became ill") introduces someone new, not the
        reviewed person (an indefinite noun phrase sets up a new discourse referent; Heim 1982).
        "She is a colleague who ..." and "as a manager with ..." predicate it of the person."""
        words = self.doc.words
        d = k - 1
        if d >= lo and words[d] == "fellow":
            d -= 1
        if d < lo or words[d] not in ("a", "an", "another"):
            return False
        return d == lo or (words[d - 1] not in LINKS and words[d - 1] not in ("as", "like", "such", "being", "what"))


class _PositionCues:
    """Token positions that are judgement cues: a word of a cue vocabulary, or a position found by a check."""

    __slots__ = ("words", "vocabulary", "positions", "excluded")

    def __init__(self, words: list[str], vocabulary: frozenset[str], positions: frozenset[int],
                 excluded: frozenset[int] = frozenset()) -> None:
        self.words, self.vocabulary, self.positions, self.excluded = words, vocabulary, positions, excluded

    def __contains__(self, k: int) -> bool:
        # round 40: the particle of 'put forward' (nominate) is a decision cue ("so I have not put him forward")
        return (self.words[k] in self.vocabulary and k not in self.excluded) or k in self.positions or nominated(
            self.words, k)
