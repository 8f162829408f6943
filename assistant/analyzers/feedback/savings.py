"""Consequences told as events: savings, interceptions, results, and the person's act that a consequence follows."""

from __future__ import annotations

import re

from assistant.analyzers.feedback.acts import (
    _CAUSE_LINKS,
    _LESSENED,
    _LESSER_OBJECT_AFTER,
    _LINK_VERBS,
    _POSSESSIVE_WORDS,
    _SCENE_LINKS,
    _SERVED_PEOPLE,
    _concrete_word,
    _first_act,
    _perceiving,
)
from assistant.analyzers.feedback.criticism import (
    _OTHER_PEOPLE,
)
from assistant.analyzers.feedback.draft import (
    _HIM_OR_HER,
    _LEAD,
    _THANKS_FOR_ACT,
    _YOU_WORDS,
    PERSON_NOUNS,
    _Draft,
    _Person,
    _person,
)
from assistant.analyzers.feedback.effects import (
    _EFFECT_STOP,
    _NAME_OWNS,
    _effect_on_people,
    _exposure,
    _measured_comparison,
    _ongoing_effect,
    _party_in,
    _perceived_effect,
)
from assistant.analyzers.feedback.harsh import (
    judgement_adjectives,
)
from assistant.analyzers.feedback.impact import (
    _ABLE_NOT,
    _ABLE_PARTY,
    _ABLE_REACHED,
    _ACT_FRONTED,
    _ACT_NOMINAL,
    _AVERTED_RELATIVE,
    _COMPARATIVE,
    _CONDITION_OF_AVERTING,
    _MAY_HAVE_AVERTED,
    _OWNED_OPENING,
    _UPTAKE,
    _WITHOUT_THEM,
    _WORK_PRAISED,
    _complement,
    _is_consequence,
    _others_feeling,
    _party_subject,
    _work_as_benefit,
)
from assistant.analyzers.feedback.problems import (
    _other_party_relative,
)
from assistant.analyzers.feedback.rules import (
    FeedbackRules,
)
from assistant.analyzers.feedback.spans import (
    _WORD,
)
from assistant.analyzers.feedback.steps import (
    _NOT_GERUND,
    _PARTY_WORDS,
    _QUESTION_END,
    _THING_WORDS,
    _VIEW_VERBS,
    _WRITER_WORDS,
    _Sentence,
)
from assistant.analyzers.feedback.traits import (
    _covers,
)
from assistant.analyzers.rulecache import precompiled
from assistant.analyzers.valence import NEGATORS, lexicon
from assistant.text import (
    BE_FORMS,
    DATE_WORDS,
    DETERMINERS,
    MODALS,
    NEGATED_AUXILIARIES,
    PREPOSITIONS,
    STOPWORDS,
    Clause,
    clauses,
    inflections,
    is_participle,
    is_past_tense,
    normalise_quotes,
    numbers,
    quantities,
    quoted_spans,
    tokens,
    wordset,
)

# --- a saving and an interception ---------------------------------------------------------------
#
# Two ways a draft states an effect without an effect word. A saving: the person (or their work) as the agent
# of a verb of saving whose object is a quantity of time or money ("Ravi freed up about six hours of the
# finance team's time", "trimmed twenty minutes off the stand-up"); a saving is what others no longer spend,
# so the object must be time or money (text.quantities): "saved the contract file", "freed the printer jam"
# state none. An interception: the person caught a problem before it reached someone, told by a detecting
# verb and a "before" clause of another subject ("caught a permissions bug before it reached production",
# "flagged the missing signatures before the inspectors saw the files"): the harm averted is the effect;
# "checked the labels before the pallet left" catches nothing.
_SAVING_VERBS = wordset("saved saves freed frees spared spares trimmed trims shaved shaves reclaimed reclaims "
                        "recovered recovers released releases")
_SAVING_TAIL = 12  # tokens after the verb in which the saved quantity must stand
_CATCHING_VERBS = wordset("caught catches spotted spots flagged flags intercepted intercepts noticed notices found "
                          "finds identified identifies detected detects")
_CATCHING_ALONE = wordset("caught catches spotted spots flagged flags intercepted intercepts")
"""Verbs that say a problem was caught whatever their object; the others ("found", "noticed") need a problem
word of the rules or a defect word in their clause ("found a duplicated bonus line", "noticed the wrong dosage")."""
_DEFECT_WORDS = wordset("duplicated duplicate incorrect discrepancy discrepancies mismatch mismatched inconsistency "
                        "inconsistencies overcharge overpayment underpayment flaw flaws fault faults leak leaks fraud "
                        "miscount misprint typo typos")
_HALF_UNIT = precompiled(r"\bhalf\s{1,3}(?:a|an)\s{1,3}(?:minute|hour|day|shift|week|month|year)\b", re.IGNORECASE)


def _saving_or_interception(draft: _Draft, sentences: list[_Sentence], rules: FeedbackRules) -> tuple[int, int] | None:
    """The first saving or interception of a draft that states no other effect (see above): asked only when the
    consequence clauses found none, so a draft's stated effect stays the one they find."""
    person = _person(draft.text, draft.parsed, first_names=True)
    for i in range(len(sentences)):
        if _QUESTION_END.search(draft.text, sentences[i].start, sentences[i].end) is None:
            found = _resource_saved(draft, i, person) or _intercepted(draft, i, person, rules)
            if found is not None:
                return found
    return None


def _resource_saved(draft: _Draft, i: int, person: _Person) -> tuple[int, int] | None:
    """The span of a clause of sentence ``i`` in which the person or their work saved others time or money
    (see above), or None."""
    text = draft.text
    for c in draft.parsed[i]:
        if c.main_verb not in _SAVING_VERBS or c.tense not in ("past", "perfect", "present") or c.link in _SCENE_LINKS:
            continue
        verbs = c.verb_words
        if any(w in NEGATORS or w in NEGATED_AUXILIARIES or w in BE_FORMS or w in MODALS for w in verbs):
            continue  # "was saved", "could save", "didn't save": a passive, a wish, a denial
        subject = c.subject_words
        if not subject or not (person.is_subject(subject) or subject[0] in _POSSESSIVE_WORDS
                                or _NAME_OWNS.match(text, c.start) is not None):
            continue
        k = draft.token_index(c.verbs[-1].end)
        tail = draft.toks[k:k + _SAVING_TAIL]
        if not tail:
            continue
        stop = _EFFECT_STOP.search(text, c.verbs[-1].end, tail[-1].end)
        window = text[c.verbs[-1].end:stop.start() if stop else tail[-1].end]
        if quantities(window) or _HALF_UNIT.search(window):
            return c.start, c.end
    return None


def _intercepted(draft: _Draft, i: int, person: _Person, rules: FeedbackRules) -> tuple[int, int] | None:
    """The span from the person's catching clause to the "before" clause of sentence ``i`` that states a
    problem caught before it reached someone (see above), or None."""
    text = draft.text
    caught: Clause | None = None
    for c in draft.parsed[i]:
        if c.link == "before" and caught is not None and c.tense == "past" and c.subject_words \
                and not person.is_subject(c.subject_words) \
                and not any(w in NEGATORS or w in NEGATED_AUXILIARIES for w in c.verb_words):
            return caught.start, c.end
        if c.link == "before" or c.tense != "past" or not person.is_subject(c.subject_words):
            continue
        if any(w in NEGATORS or w in NEGATED_AUXILIARIES for w in c.verb_words):
            continue
        if c.main_verb in _CATCHING_ALONE or c.main_verb in _CATCHING_VERBS and (
                rules.problem_words.search(text, c.verbs[-1].end, c.end) is not None
                or any(normalise_quotes(t.text).lower() in _DEFECT_WORDS for t in draft.toks[
                    draft.token_index(c.verbs[-1].end):draft.token_index(c.end)])):
            caught = c
    return None


def _said_result(draft: _Draft, i: int, person: _Person) -> tuple[int, int] | None:
    """A result in ordinary words in sentence ``i`` after the person acted: a counterfactual tied to their
    part, a harm their act may have averted, or what others could do after it (see above)."""
    text = draft.text
    s, e = draft.sentences[i]
    for pattern in (_WITHOUT_THEM, _MAY_HAVE_AVERTED):
        m = pattern.search(text, s, e)
        if m and not _COMPARATIVE.search(text, m.start(), e):
            return m.start(), e
    m = _ABLE_PARTY.match(text, s, e)
    if m is None:
        return None
    subject = [w.lower().strip("'’") for w in text[s:m.end()].split()]
    if subject[0] in _HIM_OR_HER or subject[0] in _THING_WORDS or subject[0] in ("they", "there", "i", "we") or (
            not person.second and person.name is not None and person.name in subject) or _ABLE_NOT.search(text, s, e) \
            or _COMPARATIVE.search(text, m.end(), e) or not _ABLE_REACHED.search(text, s, e):
        return None  # the person ("He could make a better contribution"); a condition or suggestion
    return s, e


# The causative "have" (Quirk et al. 1985, 16.52: "have" + object + -ing participle, "I had them laughing"): the person
# or their act "has" other people doing something ("Your habit of booking the room all week has the other teams
# working in the canteen", "you have half of us looking for new jobs"). What the others are doing is the effect. The
# object ends in a group or people (a plural, "us", "them", "everyone", "staff"), so "You have the team meeting on
# Monday" is no such causative; the causer (the person, their work or "this"/"that") stands before "have". With the
# person's act or work as the causer ("Your habit of ... has the kitchen porters rewriting ..."), any plural object.
_CAUSATIVE_HAVE = precompiled(r"\b(?:has|have|had|having)\s{1,3}(?!(?:been|to|got|not|no|never|just|already|always|also|"
                              r"had|a|an|your|my|his|her|their|its)\b)((?:[\w'’-]{1,30}\s{1,3}){1,5}?)([a-z]{3,30}ing)\b",
                              re.IGNORECASE)
_CAUSED_GROUPS = wordset("us them everyone everybody staff others people")


def _causative_effect(draft: _Draft, i: int, person: _Person) -> tuple[int, int] | None:
    """The span from a causative "have" (see above) to its sentence's end, or None."""
    text = draft.text
    s, e = draft.sentences[i]
    for m in _CAUSATIVE_HAVE.finditer(text, s, e):
        last = m.group(1).split()[-1].lower()
        gerund = m.group(2).lower()
        if gerund in _NOT_GERUND or gerund.endswith("thing"):
            continue
        people = last in _CAUSED_GROUPS or last.endswith("s") and (last in _PARTY_WORDS or last[:-1] in PERSON_NOUNS)
        before = [normalise_quotes(t.text).lower() for t in draft.toks[draft.token_index(s):draft.token_index(m.start())]]
        if not before:
            continue
        # The person as the subject ("you have ...") may only possess: "You have the apprentices starting on Monday".
        # A causer that is the person's act or work ("Your habit of ... has", "The shortcut you showed had", "That
        # had") makes any plural object the ones caused to act.
        work_causer = before[0] in _POSSESSIVE_WORDS or before[0] in _THING_WORDS or before[0] in ("the", "a", "an") \
            and any(w in _YOU_WORDS or w in _HIM_OR_HER or w == person.name for w in before[1:])
        if people and any(w in _YOU_WORDS or w in _HIM_OR_HER or w in _THING_WORDS or w == person.name for w in before) \
                or work_causer and last.endswith("s") and not last.endswith("ss"):
            return m.start(), e
    return None


# A harm told as what could have happened after the person's act, with no condition spelt out ("A hose in that
# state could have burst under pressure", "The whole batch might have been recalled"): the modal perfect of
# a counterfactual whose predicate names a harm, a word VADER rates -1.0 or lower
# (Hutto & Gilbert 2014), is the risk the act removed, an impact as the dev15 ruling reads a risk told as a
# counterfactual. Not said of the person ("you could have hurt yourself" reproaches the person's own act), not
# negated ("would not have failed") and not a wish or a better way ("could have been clearer": no harm word).
_COUNTERFACTUAL_PERFECT = precompiled(r"\b(?:would|could|might)(?:\s{1,3}(?:easily|well|very\s{1,3}well|otherwise|"
                                      r"quite\s{1,3}easily|probably|surely|even|so\s{1,3}easily))?\s{1,3}have\s{1,3}"
                                      r"[a-z]{3,30}\b", re.IGNORECASE)
_HARM_FLOOR = -1.0


def _counterfactual_harm(draft: _Draft, i: int, person: _Person) -> tuple[int, int] | None:
    """The span of a counterfactual harm (see above) in sentence ``i``, or None."""
    text = draft.text
    s, e = draft.sentences[i]
    m = _COUNTERFACTUAL_PERFECT.search(text, s, e)
    if m is None or _QUESTION_END.search(text, s, e) or _CONDITION_OF_AVERTING.search(text, s, e):
        return None  # a condition spelt out ("if you had not stopped the line") is the averting checks' to read
    before = [normalise_quotes(t.text).lower() for t in tokens(text[max(s, m.start() - 40):m.start()])]
    if before and (before[-1] in _YOU_WORDS or before[-1] in _HIM_OR_HER or before[-1] == person.name):
        return None
    after = [normalise_quotes(t.text).lower() for t in tokens(text[m.start():e])]
    if any(w in NEGATORS or w in NEGATED_AUXILIARIES for w in after[:5]):
        return None
    scores = lexicon()
    return (m.start(), e) if any(scores.get(w, 0.0) <= _HARM_FLOOR for w in after) else None


def _uptake(draft: _Draft, i: int, person: _Person) -> tuple[int, int] | None:
    """The span of an uptake phrase (``_UPTAKE``) after a past or perfect act of the person in sentence ``i``."""
    text = draft.text
    s, e = draft.sentences[i]
    m = _UPTAKE.search(text, s, e)
    if m is None:
        return None
    named = False  # an appositive subject before a subjectless act: "Our pharmacist, Lena, explained ..."
    for c in draft.parsed[i]:
        if c.start >= m.start():
            break
        if c.tense in ("past", "perfect") and c.link not in _SCENE_LINKS and person.is_subject(c.subject_words) \
                and c.main_verb not in _LINK_VERBS and not any(w in BE_FORMS for w in c.verb_words):
            return m.start(), m.end()
        toks = draft.span_tokens(c.start, c.end)
        if c.subject or c.verbs or not toks:
            named = False
            continue
        first = normalise_quotes(toks[0].text).lower()
        if named and not c.link and is_past_tense(first) and first not in _LINK_VERBS and first not in BE_FORMS:
            return m.start(), m.end()
        named = named or len(toks) <= 4 and any(t.text[:1].isupper() and t.text != "I" and c.start + t.start > s
                                                for t in toks)
    return None


# A phase adverb between a subject and a verb the clause parser does not know as one (a plain present: "Families
# already get their letter within a day", "Guests no longer wait at check-in", "Most of them no longer go whole days
# without ..."): the adverb marks the verb slot, and the clause is a present state set against an earlier one (see
# ``_PHASE_WORD``).
_BARE_PHASE = precompiled(
    r"\s*((?:[\w'’-]{1,30}\s{1,3}){1,4}?)(?:already|still|no\s{1,3}longer|now|finally|at\s{1,3}last)\s{1,3}"
    r"(?!(?:the|a|an|in|at|on|to|for|of|and|or|but|is|are|was|were|be|been|has|have|had|you|your)\b)[a-z]{2,30}\b",
    re.IGNORECASE)
_NOT_A_SUBJECT_START = PREPOSITIONS | wordset("and or but so because since as when while if unless although though "
                                              "that which who whom where what how why")


def _bare_phase(text: str, c: Clause, person: _Person) -> bool:
    """Clause ``c``, read with no verb, is a subject, a phase adverb and a plain present verb (see above), its
    subject someone or something other than the person and the writer."""
    if c.link in _SCENE_LINKS:
        return False
    m = _BARE_PHASE.match(text, c.start, c.end)
    if m is None:
        return False
    words = tuple(w.lower() for w in m.group(1).split())
    return words[0] not in _NOT_A_SUBJECT_START and words[0] not in _WRITER_WORDS and words[0] not in _YOU_WORDS \
        and not person.is_subject(words) and words[0] != "there"


# How many the person's act served: a count of what it delivered to others ("gave 41 rides to clients", "raised
# enough to provide 315 meals to seniors") or a count of those it was for ("hosted the party for 60 residents",
# "delivered boxes to 200 families"). The number of people or things served is the act's reach, an effect in
# numbers; a span of time, money or a count of the person's own output ("wrote 5 reports") is not, nor a count
# after a verb VADER rates negative or in a sentence that is critical or names a problem ("cancelled 4
# appointments for patients": the fault, not a service).
_SERVED_AFTER = precompiled(r"\s{1,3}(?:[a-z][\w-]{1,30}\s{1,3})?([a-z]{3,30}s)\s{1,3}(?:to|for)\s{1,3}"
                           r"(?:(?:the|our|their|local|all|many|some)\s{1,3})?(?:[a-z][\w-]{1,30}\s{1,3})?([a-z]{3,30}s)\b",
                           re.IGNORECASE)
_SERVED_FOR = precompiled(r"(?:\bto|\bfor)\s{1,3}\Z", re.IGNORECASE)
_SERVED_HEAD = precompiled(r"\s{1,3}(?:[a-z][\w-]{1,30}\s{1,3})?([a-z]{3,30}s)\b", re.IGNORECASE)
# An infinitive before the count is a purpose ("set a goal to raise money to provide meals to 200 seniors") unless
# "enough" makes it the measure of what was done ("raised enough to provide 315 meals").
_INFINITIVE = precompiled(r"\b(enough\s{1,3})?to\s{1,3}(?!(?:the|our|their|his|her|your|my|a|an|all|every|each|"
                         r"local|\d)\b)[a-z]{2,30}\b", re.IGNORECASE)
_NOT_SERVED = wordset("""seconds minutes hours days weeks months years decades times dollars pounds euros cents points
    percent pages words lines steps items things ones others years' hours' sessions meetings calls emails""")


_SERVED_REACH = 240  # characters after an act's clause start in which its count of people served is read


def _served_count(text: str, start: int, end: int) -> bool:
    """A count in ``text[start:end]`` of what was delivered to others or of those served (see above)."""
    for n in numbers(text[start:end]):
        if n.value < 2 or n.percent or n.ordinal:
            continue
        at, after = start + n.start, start + n.end
        if any(m.group(1) is None for m in _INFINITIVE.finditer(text, start, at)):
            continue
        m = _SERVED_AFTER.match(text, after, end)
        if m and m.group(1).lower() not in _NOT_SERVED and m.group(2).lower() not in _NOT_SERVED:
            return True  # "41 rides to clients"
        head = _SERVED_HEAD.match(text, after, end)
        if head and head.group(1).lower() not in _NOT_SERVED and _SERVED_FOR.search(text, max(start, at - 6), at):
            return True  # "for 60 residents"
    return False


def _consequences(draft: _Draft, sentences: list[_Sentence], rules: FeedbackRules) -> list[tuple[int, int] | None]:
    """Per sentence, the span of its first consequence clause (None when it has none)."""
    text = draft.text
    quotes = quoted_spans(text)
    parsed = draft.parsed
    person = _person(text, parsed, first_names=True)
    out: list[tuple[int, int] | None] = []
    acted = False
    for i, (sentence, sentence_clauses) in enumerate(zip(sentences, parsed, strict=True)):
        found = None
        question = _QUESTION_END.search(text, sentence.start, sentence.end) is not None
        # "Omar went quiet after you talked over him": the cause joined after its result
        acted = acted or any(c.link in _CAUSE_LINKS and person.is_subject(c.subject_words) for c in sentence_clauses)
        owned = (sentence.praise > 0 and not sentence.critical and _OWNED_OPENING.match(text, sentence.start) is not None
                 or _ACT_NOMINAL.match(text, sentence.start) is not None
                 or _ACT_FRONTED.match(text, sentence.start) is not None)
        carried: tuple[str, ...] = ()  # the subject of a view verb's complement ("I noticed | you reorganised ...")
        acts = _acts_in(draft, person, i)
        for c in sentence_clauses:
            if c.inherited and carried and person.is_subject(carried):
                acted = True  # "I noticed you reorganised the cupboard and labelled every shelf": the conjunct
                continue  # continues the complement, whose subject is the person (Quirk et al. 1985, 13.45)
            if "behavior" in sentence.cues and sentence.cues["behavior"][1].start() < c.start:
                acted = True
            if owned and c.start > sentence.start + 3:
                acted = True  # "Your demo was sharp, and they approved the budget": the praised work's effect
            if _covers(quotes, c.start):
                continue
            inner = _complement(text, c) if c.subject and (c.main_verb in _VIEW_VERBS or _perceiving(c)) else []
            carried = inner[0].subject_words if inner and inner[0].subject else carried if c.inherited else ()
            if acted and not c.subject and c.tense == "none" and (lead := _FRONTED_TIME.match(text, c.start, c.end)):
                inner = clauses(text, lead.end(), c.end)[:1]  # "and by their third week both were closing tickets"
            if _antecedent_of_act(person, c, acts):
                continue  # "You sent the quote four days after they asked for it": the act's time, not its effect
            for part in (c, *inner):
                # "Without their dedication, my father would not be with us today": the work named in the condition
                averted = _AVERTING_OWN.search(text, max(sentence.start, part.start - _LEAD), part.start) is not None
                if (acted or averted or _work_as_benefit(text, part)) and found is None and not question and _is_consequence(
                        text, part, person, rules, text[max(sentence.start, part.start - _LEAD):part.start]):
                    found = (part.start, part.end)
                if found is None and not question and _artefact_effect(text, part):
                    found = (part.start, part.end)
                if found is None and not question and not acted and _others_feeling(text, part, person, pointing=True):
                    found = (part.start, part.end)  # "Your reviews are nitpicking and everyone is sick of them"
                if found is None and not question and acted and part.tense == "none" and _bare_phase(text, part, person):
                    found = (part.start, part.end)
                if found is None and not question and not sentence.critical and part.tense in ("past", "perfect") \
                        and person.is_subject(part.subject_words) \
                        and _served_count(text, part.start, min(sentence.end, part.start + _SERVED_REACH)) \
                        and lexicon().get(part.main_verb, 0.0) >= 0 \
                        and not rules.problem_words.search(text, part.start, min(sentence.end, part.start + _SERVED_REACH)):
                    found = (part.start, sentence.end)
                if person.is_subject(part.subject_words) and part.tense != "none" and part.main_verb not in _LINK_VERBS \
                        and not any(w in BE_FORMS for w in part.verb_words):
                    acted = True  # an act, not a description ("You're rude in meetings")
        if found is None and not question and (acted or owned or bool(sentence_clauses) and person.is_subject(
                sentence_clauses[0].subject_words)):  # "You were so late that they started without us"
            found = _degree_result(text, sentence.start, sentence.end, person, rules)
        if found is None and not question and acted:
            found = _relative_subject_effect(text, sentence_clauses, person, rules)
        if found is None and not question:
            found = _effect_on_people(draft, i, person, acted)
        if found is None and not question:
            found = _ongoing_effect(draft, i, person)
        if found is None and not question:
            found = _perceived_effect(draft, i, person)
        if found is None and not question:
            found = _uptake(draft, i, person)
        if found is None and not question:
            found = _causative_effect(draft, i, person)
        if found is None and not question and acted:
            found = _exposure(draft, sentences, i, person)
        if found is None and not question:
            found = _measured_comparison(draft, i, person, acted)
        if found is None and not question and acted:
            found = _said_result(draft, i, person)
        if found is None and not question and acted:
            found = _counterfactual_harm(draft, i, person)
        if found is None and not question and (acted or owned):
            m = _AVERTED_RELATIVE.search(text, sentence.start, sentence.end)
            if m and not _COMPARATIVE.search(text, m.end(), sentence.end) and not _covers(quotes, m.start()) and (
                    "otherwise" in m.group().lower() or _party_in(draft, draft.token_index(m.end()), sentence.end)):
                found = (m.start(), sentence.end)
        # a sentence that judges the person's work names an act too ("Great job on the Henderson proposal!",
        # "Your handling of the outage was superb"): what follows it can be its consequence
        acted = acted or "behavior" in sentence.cues or owned or _THANKS_FOR_ACT.search(text, sentence.start, sentence.end) \
            is not None or (not question and _lapse_reported(text, sentence, sentence_clauses, person)) or (
            sentence.praise > 0 and not sentence.critical and _WORK_PRAISED.search(text, sentence.start, sentence.end)
            is not None)
        out.append(found)
    return out


def _lapse_reported(text: str, sentence: _Sentence, found: list[Clause], person: _Person) -> bool:
    """Whether the sentence reports the person's act through its outcome: a past clause in a critical sentence ("the
    timesheets reached payroll after the cut-off") or with the person's own work as subject ("your till was out of
    balance three times"). What follows it can be its consequence, as after a clause with the person as subject. A
    linked verdict ("The report was disappointing", "Your attitude was poor") judges the work and reports no lapse."""
    return any(c.tense == "past" and c.link not in _SCENE_LINKS and c.subject_words and not _linked_verdict(text, c) and (
        sentence.critical > 0 and sentence.praise == 0 and c.subject_words[0] not in _WRITER_WORDS
        or c.subject_words[0] == "your" and person.second) for c in found)


def _linked_verdict(text: str, c: Clause) -> bool:
    """Clause ``c`` links its subject to a judgement: a link verb with a judgement adjective or a VADER-rated word
    after it ("was poor", "was disappointing", "seemed careless")."""
    if not any(w in _LINK_VERBS for w in c.verb_words):
        return False
    words = [w.lower() for w in _WORD.findall(text, c.verbs[-1].end, c.end)] if c.verbs else []
    judged = judgement_adjectives()
    return any(w in judged or lexicon().get(w, 0.0) != 0.0 for w in [*c.verb_words[1:], *words])


# A time phrase fronted before a clause's subject, which the clause split leaves without one: "(and) by their third
# week both were closing tickets", "within a month the help desk was getting half the calls".
_FRONTED_TIME = precompiled(r"[\s,;]{0,3}(?:(?:and|so)\s{1,3})?(?:by|within|after|in|over)\s{1,3}(?:the\s{1,3}|their\s{1,3}|its\s{1,3}|"
                           r"his\s{1,3}|her\s{1,3}|a\s{1,3}|one\s{1,3}|two\s{1,3}|three\s{1,3}|less\s{1,3}than\s{1,3}a\s{1,3})?"
                           r"(?:[\w-]{2,20}\s{1,3})?(?:days?|weeks?|months?|quarters?|years?|shifts?|end\s{1,3}of\s{1,3}(?:the\s{1,3})?"
                           r"[\w-]{2,20})\s{0,3},?\s{1,3}(?=[\w'’])", re.IGNORECASE)
# A result clause of degree: "so clear that the weekend staff ran the store on their own", "such a tidy handover
# that the night team needed no call", "dense enough that two cafes sent them back" (postposed "enough" takes a
# that-clause of result as "so" does: Huddleston & Pullum 2002, 13.4): what the quality of the act or work led others to do.
_DEGREE_THAT = precompiled(r"\b(?:(?:so|such\s{1,3}(?:an?\s{1,3})?)\s{1,3}(?!(?:i|we|you|he|she|they|it|the|a|an|this|that|there|"
                          r"our|my|your|his|her|their|far|much)\b)[\w'’-]{2,30}(?:\s{1,3}(?!that\b)[\w'’-]{1,30}){0,5}?"
                          r"|(?!(?:not|just|long|often|well|far|much|fair|sure|true)\b)[a-z][\w'’-]{1,30}\s{1,3}enough)"
                          r"\s{1,3}that\s{1,3}(?=[\w'’])", re.IGNORECASE)


def _degree_result(text: str, start: int, end: int, person: _Person, rules: FeedbackRules) -> tuple[int, int] | None:
    """The span of a result clause of degree in ``text[start:end]`` (see above) whose subject is someone or
    something other than the person and that reports what followed (:func:`_is_consequence`), or None."""
    for m in _DEGREE_THAT.finditer(text, start, end):
        found = clauses(text, m.end(), end)
        if not found:
            continue
        c = found[0]
        if not c.subject_words or c.inherited or c.tense not in ("past", "perfect") \
                or c.subject_words[0] in ("it", "this", "that", "there"):
            continue  # "so clear that it was easy to follow": the work described again, no one's response
        if _is_consequence(text, c, person, rules, text[start:c.start]):
            return c.start, c.end
    return None


def _relative_subject_effect(text: str, found: list[Clause], person: _Person, rules: FeedbackRules
                             ) -> tuple[int, int] | None:
    """A subject with a relative clause that the clause split cut off from its own verb: "..., and two customers
    who had opened cancellation tickets withdrew them", "donors who had lapsed gave again": the phrase before
    "who" (no verb of its own) is the subject of the past verb after the relative clause. The span of the
    phrase and that clause when it is a party the person served or worked with and no problem word is in it."""
    for before, c in zip(found, found[1:], strict=False):
        if c.link not in ("who", "that") or before.tense != "none" or before.subject or not c.verbs \
                or c.tense not in ("past", "perfect"):
            continue
        phrase = [w.lower() for w in _WORD.findall(text[before.start:c.start])]
        phrase = phrase[1:] if phrase[:1] in (["and"], ["so"], ["then"]) else phrase
        if not phrase or phrase[0] in _YOU_WORDS or phrase[0] in _WRITER_WORDS or person.is_subject(tuple(phrase)) \
                or not any(w in _OTHER_PEOPLE or w in _PARTY_WORDS or w.removesuffix("s") in _SERVED_PEOPLE for w in phrase):
            continue
        for t in tokens(text[c.verbs[-1].end:c.end])[:8]:
            word = normalise_quotes(t.text).lower()
            if word in BE_FORMS or word in ("had", "has", "have") or not is_past_tense(word):
                continue
            if rules.problem_words.search(text, c.verbs[-1].end + t.start, c.end) is None \
                    and rules.critical.search(text, c.verbs[-1].end + t.start, c.end) is None:
                return before.start, c.end  # the relative clause may tell the problem met ("who had lapsed")
            break
    return None


# What the reviewed thing does or will do, as a code or document review says it without a past act ("this
# will throw an unhandled error", "The last page will be missing one item", "This pattern makes debugging
# easier", "this returns the wrong result for an empty list"): a failure or an ease that others meet.
_ARTEFACT_FAILS = wordset("throw crash fail break leak corrupt overflow hang freeze lose drop expose block miss "
                          "timeout deadlock")
_ARTEFACT_BE = precompiled(r"\s{1,3}(?:missing|wrong|lost|empty|null|undefined|incorrect|stale|duplicated|broken)\b",
                          re.IGNORECASE)
_ARTEFACT_HEADS = wordset("this that it these those")


_ARTEFACT_NOW = precompiled(
    r"[\s\"“(]{0,3}(?:(?:this|that|the)\s{1,3}[a-z][\w-]{1,30}(?:\s{1,3}[a-z][\w-]{1,30})?|this|that|it|these|those)"
    r"\s{1,3}(?:(?:throws|crashes|breaks|leaks|corrupts|overflows|hangs|freezes|deadlocks)\b|fails\s{1,3}(?:when|whenever|for|"
    r"if|on|with)\b|returns(?:\s{1,3}the)?\s{1,3}(?:wrong|incorrect|null|none|undefined|garbage|stale)\b|(?:makes|keeps)"
    r"(?:\s{1,3}[\w'’-]{1,30}){1,4}?\s{1,3}(?:easier|harder|faster|slower|simpler|safer|clearer|cleaner|quicker)\b)",
    re.IGNORECASE)


def _artefact_effect(text: str, c: Clause) -> bool:
    """Clause ``c`` tells what the reviewed thing (its subject "this", "it", "this pattern", "the last page")
    does or will do to the work's users (see above)."""
    if c.link in _SCENE_LINKS:
        return False
    subject, verbs = c.subject_words, c.verb_words
    if not subject:  # a present verb the clause parser does not read as one ("this returns the wrong result")
        return _ARTEFACT_NOW.match(text, c.start, c.end) is not None
    if not verbs or not (subject[0] in _ARTEFACT_HEADS or subject[0] == "the" and len(subject) > 1) \
            or _party_subject(text, c) or any(w in NEGATORS or w in NEGATED_AUXILIARIES for w in verbs):
        return False
    if verbs[0] in ("will", "'ll", "would", "'d"):
        if "be" in verbs:
            be = c.verbs[verbs.index("be")]
            return _ARTEFACT_BE.match(text, be.end, c.end) is not None
        return c.main_verb in _ARTEFACT_FAILS
    return _ARTEFACT_NOW.match(text, c.start, c.end) is not None
_AVERTING_OWN = precompiled(r"\b(?:without|but\s{1,3}for)\s{1,3}(?:your|his|her|their|(?-i:[A-Z][a-z]{1,30})['’]s)\b",
                           re.IGNORECASE)


# Subordinators of a clause that sets the time of, or gives the reason for, the clause it is attached to (Quirk et al.
# 1985, 15.25 and 15.45: "after", "when", "once", "since" of time; "because", "since" of reason). Another party's
# event in such a clause beside the person's own act ("You sent the quote four days after they asked for it", "When
# the system went down, you took the orders by phone") came before the act or caused it: its setting, not its effect.
_ANTECEDENT_LINKS = wordset("after when whenever once since because")


def _persons_act(person: _Person, c: Clause) -> bool:
    """Clause ``c`` is something the person did: their subject and a verb that is not "be" or a linking verb."""
    return person.is_subject(c.subject_words) and c.tense != "none" and c.main_verb not in _LINK_VERBS \
        and not any(w in BE_FORMS for w in c.verb_words)


def _acts_in(draft: _Draft, person: _Person, sentence: int) -> bool:
    """Sentence ``sentence`` has a clause, not itself one of time or reason, in which the person acts."""
    return any(c.link not in _ANTECEDENT_LINKS and _persons_act(person, c) for c in draft.parsed[sentence])


def _antecedent_of_act(person: _Person, c: Clause, acts: bool) -> bool:
    """Clause ``c`` is another party's event set as the time or reason of an act of the person's in the same
    sentence (see above); ``acts`` is :func:`_acts_in` of that sentence."""
    if not acts or c.link not in _ANTECEDENT_LINKS or not c.subject_words or person.is_subject(c.subject_words):
        return False
    # "you arrived after the families had been waiting for fifteen minutes": a state lasting up to the act (the
    # progressive, Quirk et al. 1985, 4.27), which a late act keeps others in, is no mere setting
    return not (c.verb_words and c.verb_words[-1].endswith("ing") and any(w in BE_FORMS for w in c.verb_words))


def _party_sequence_before_act(draft: _Draft, person: _Person, sentence: int, pos: int) -> bool:
    """The cue at ``pos`` is a time or reason clause (see above) whose subject is another party, and the main clause
    after it has the same subject, or a pronoun for it, before the person has acted in the draft ("When the inspector
    visited the home last week, she asked to see the charts"): one party's own course of events, the setting of what
    the person then did, not a consequence of it. A frame that names the person or their work is no such setting."""
    c = next((x for x in draft.parsed[sentence] if x.end > pos and x.start - pos < 16), None)  # the link is left out
    if c is None or c.link.lower() not in _ANTECEDENT_LINKS or not c.subject_words or person.is_subject(c.subject_words):
        return False
    first = _first_act(draft, person)
    if first is not None and first < c.start:
        return False
    if person.mentioned(draft.span_words(c.start, c.end)) or any(
            w in _YOU_WORDS or w in _POSSESSIVE_WORDS for w in draft.span_words(c.start, c.end)):
        return False
    main = next((m for m in draft.parsed[sentence] if m.start >= c.end and m.subject_words), None)
    if main is None or main.link:
        return False
    return main.subject_words == c.subject_words or main.subject_words in (("he",), ("she",), ("they",), ("it",))


# A directive (Searle 1976, "A classification of illocutionary acts": asking, telling, reminding someone to do a thing)
# addressed to the person, whose act follows it in the sentence, is what was asked of the person: the act's setting.
_DIRECTIVE_VERBS = frozenset().union(*(inflections(v) for v in ("ask", "tell", "remind", "request", "instruct", "urge")))


def _directive_before_act(draft: _Draft, person: _Person, sentence: int, pos: int) -> bool:
    """The cue at ``pos`` is in another party's directive to the person ("the sales team asked you on the 2nd to reorder
    the toner") and the person's act follows it in the sentence ("and you had not placed the order")."""
    c = draft.clause_at(sentence, pos)
    if c is None or not c.verbs or not c.subject_words or person.is_subject(c.subject_words) \
            or c.main_verb not in _DIRECTIVE_VERBS:
        return False
    after = [w.lower() for w in _WORD.findall(draft.text, c.verbs[-1].end, c.end)]
    if not after or not (after[0] in ("you", "him", "her") or after[0] == person.name) or "to" not in after:
        return False
    return any(later.start >= c.end and _persons_act(person, later) for later in draft.parsed[sentence])


def _said_by_person(draft: _Draft, person: _Person, sentence: int, pos: int) -> bool:
    """The cue at ``pos`` lies in what the person said ("you told her it was cancelled"): the content of their own
    telling verb, part of their act."""
    c = draft.clause_at(sentence, pos)
    return c is not None and bool(c.verbs) and _persons_act(person, c) and c.main_verb in _TELLING_VERBS \
        and c.verbs[-1].end <= pos


# A contact relative clause (Quirk et al. 1985, 17.14: the relative pronoun left out, "the tone they asked for", "the
# date she wanted"): a pronoun subject and its verb directly after a noun phrase inside the person's own act clause.
# It tells which thing the person acted on, not what the act did to anyone.
_NOUN_PHRASE_BEFORE = precompiled(r"\b(?:the|a|an|this|that|these|those|every|each|your|his|her|their|our|my)\s{1,3}"
                                  r"(?:[\w'’-]{1,30}\s{1,3}){0,2}?[a-z][\w'’-]{1,30}\s{1,3}\Z", re.IGNORECASE)
_CONTACT_SUBJECTS = wordset("they he she")
# Verbs of telling take a content clause as object ("You told the team they had to stay"), which is no relative clause.
_TELLING_VERBS = frozenset().union(*(inflections(v) for v in ("tell", "say", "warn", "remind", "inform", "assure",
                                                           "promise", "show", "explain", "write", "email")))


def _contact_relative(draft: _Draft, person: _Person, sentence: int, pos: int) -> bool:
    """The cue at ``pos`` opens a contact relative clause in the person's act clause (see above)."""
    c = draft.clause_at(sentence, pos)
    first = draft.text[pos:pos + 5].split()[:1]
    if c is None or not first or first[0].lower() not in _CONTACT_SUBJECTS or not c.verbs or c.verbs[-1].end > pos:
        return False
    return _persons_act(person, c) and c.main_verb not in _VIEW_VERBS and c.main_verb not in _TELLING_VERBS \
        and _NOUN_PHRASE_BEFORE.search(draft.text, c.start, pos) is not None


# --- an act told only to identify the thing judged ----------------------------------------------------
#
# The person's act in a contact relative clause (Quirk et al. 1985, 17.14, as above: "that layout you sent over",
# "the exceptional care you provided") or a nominal relative clause (15.8: "what you put together") names which thing
# the sentence is about; what the sentence says is what it says of that thing. When that is only a verdict, the draft
# names no behaviour (Correll & Simard 2016: praise or criticism with no act described is the vague feedback; CCL's
# SBI model: what a camera would have recorded). Two forms: the thing is the subject of a linking verb whose
# predicate is a bare quality (a few words, none a determiner, possessive, preposition, number or name: "was very
# informative", "was excellent and well-prepared"), holds no concrete word, or is a contempt word the harsh rules
# found ("That panel you wired is garbage"); or the thing is named with a word VADER rates 1.5 or more either way
# (Hutto & Gilbert 2014) and nothing follows the relative verb but where and when ("Thank you for the excellent
# customer service you gave me at the permit office on Tuesday", "my appreciation for the outstanding work you have
# done recently"). A predicate with a concrete word ("The checklist you built was the one the auditors used", "...
# caught three missing permits", "... is excellent and the sales team uses it every day"), a passive ("had to be
# reopened"), a thing named plainly ("Thanks for the spreadsheet you built for the audit", "the help you gave me with
# the conference"), an act told after the relative verb ("the extra care you put into preparing my graphics", "the
# assistance you gave packaging up the deliveries"), an indirect object of a telling verb ("You told the team you had
# finished") and a time ("the week you covered the desk", "on Saturday you took ...") keep the act.
_JUDGED_THING_BEFORE = precompiled(
    r"(?:^|[^\w'’-])(?P<before>[\w'’-]{1,30}\s{1,3})?(?P<np>(?:the|a|an|this|that|these|those|your|his|her|their|our|my)"
    r"\s{1,3}(?:[\w'’-]{1,30}\s{1,3}){0,4}?(?P<head>[a-z][\w'’-]{1,30}))\s{1,3}\Z", re.IGNORECASE)
# A preposition inside the words before the pronoun ends a noun phrase there ("the outage of the booking system on
# Saturday you took ..." has none ending in "Saturday"); "of" stays inside one ("the range of strategies you used").
_INNER_PREPOSITION = precompiled(r"\b(?!of\b)(?:" + "|".join(sorted(PREPOSITIONS - {"of"}, key=lambda w: (-len(w), w)))
                                 + r")\s", re.IGNORECASE)
_FREE_RELATIVE = precompiled(r"(?:^|[^\w'’-])(?P<np>(?P<head>what))\s{1,3}\Z", re.IGNORECASE)
_RELATIVE_SUBJECTS = wordset("you he she they")
_TIME_HEADS = wordset(
    """time times day days week weeks month months year years moment moments morning mornings afternoon evening
    night nights hour hours minute minutes shift shifts season weekend occasion instant second"""
)
_CLAUSE_BREAK = precompiled(r"[,;:()\u2013\u2014]|\s-\s")
# An act told in the relative clause after its verb: a gerund or an infinitive of a verb ("you put into preparing
# my graphics", "you have done to support the launch").
_INFINITIVE_LEADS = wordset("the a an my our your his her their its this that these those us me him them it")


def _identifying_relative(rules: FeedbackRules, draft: _Draft, sentence: int, pos: int,
                          harsh: list[tuple[int, int]]) -> bool:
    """The behaviour cue at ``pos`` is the person's act in a contact relative clause that only identifies the
    thing the sentence judges (see above); ``harsh`` are the spans of the draft's harsh hits, sorted."""
    text = draft.text
    s, e = draft.sentences[sentence]
    first = normalise_quotes(text[pos:pos + 8]).split()[:1]
    if not first or first[0].lower().split("'")[0] not in _RELATIVE_SUBJECTS:  # "you", "you've"
        return False
    m = _JUDGED_THING_BEFORE.search(text, max(s, pos - 160), pos) or _FREE_RELATIVE.search(text, max(s, pos - 12), pos)
    if m is not None and m.group("head").lower() != "what":
        cut = [p.end() for p in _INNER_PREPOSITION.finditer(text, m.start("np"), m.start("head"))]
        if cut:  # "my thanks for the wonderful care you gave": the noun phrase starts after the preposition
            m = _JUDGED_THING_BEFORE.search(text, cut[-1] - 1, pos)
    if m is None:
        return False
    head = m.group("head").lower()
    if head == "what":
        pass  # "What you put together was amazing": a nominal relative clause (Quirk et al. 1985, 15.8)
    elif head in _TIME_HEADS or head in DATE_WORDS or head in STOPWORDS or head in PREPOSITIONS or head in _SCENE_LINKS:
        return False  # "the week you covered the desk", "the outage on Saturday you took ..."; "a disaster since you
        # took over" is no noun phrase
    before = (m.groupdict().get("before") or "").strip().lower()
    if before in _TELLING_VERBS or _CLAUSE_BREAK.search(text, m.start("np"), pos):
        return False
    first_tok = draft.token_index(pos)
    toks = [t for t in draft.toks[first_tok:first_tok + 80] if t.start < e]
    k = 1  # past the pronoun: the relative verb group, then its tail
    while k < len(toks) and normalise_quotes(toks[k].text).lower() in _RELATIVE_AUXILIARIES:
        k += 1
    if k >= len(toks):
        return False
    verb = normalise_quotes(toks[k].text).lower()
    if verb in _LINK_VERBS or not (is_past_tense(verb) or is_participle(verb)):
        return False  # "the team you are on", "the clients you visit": a state or habit, not an act told
    stop = next((c.start() for c in _CLAUSE_BREAK.finditer(text, toks[k].end, e)), e)
    tail = [t for t in toks[k + 1:] if t.start < stop]
    words = [normalise_quotes(t.text).lower() for t in tail]
    link = next((n for n, w in enumerate(words) if w in _LINK_VERBS and w not in _PASSIVE_GET), None)
    if link is not None:
        if link + 1 < len(tail) and is_participle(normalise_quotes(tail[link + 1].text).lower()):
            return False  # "the claims you closed had to be reopened": a passive, what happened to the thing
        start = tail[link].end
        skip = frozenset(t.start for t in tail[link + 1:] if _covers(harsh, t.start))
        return _bare_quality(tail[link + 1:]) or not _concrete_word(rules, text, start, stop, s, skip)
    rated = lexicon()
    modifiers = [normalise_quotes(w).lower() for w in m.group("np").split()[1:-1]]
    if not any(abs(rated.get(w, 0.0)) >= _RATED_FLOOR for w in modifiers):
        return False  # "the help you gave me with the conference": the thing named plainly, not judged
    for n, w in enumerate(words):
        if w.endswith("ing") and w not in _NOT_GERUND and len(w) > 4:
            return False  # "the care you put into preparing my graphics": the act is told
        if w == "to" and n + 1 < len(words) and words[n + 1] not in _INFINITIVE_LEADS and words[n + 1].isalpha():
            return False  # "the work you did to support the launch"
    return True


def _bare_quality(toks: list) -> bool:
    """A predicate that is only a quality: a few words after the linking verb, none a determiner, possessive,
    preposition, number or name ("very informative", "so clear and detailed", "excellent and well-prepared"):
    no thing or occasion is named, whichever words say the quality."""
    words = [normalise_quotes(t.text).lower() for t in toks]
    return 0 < len(words) <= _MOST_QUALITY_WORDS and not any(t.text[:1].isupper() for t in toks) and all(
        w.replace("-", "").isalpha() and w not in DETERMINERS and w not in _OWNERS and w not in PREPOSITIONS
        for w in words)


_MOST_QUALITY_WORDS = 6
_OWNERS = wordset("my our your his her their its")
_RELATIVE_AUXILIARIES = wordset("have has had 've 'd just already also really recently once all never")
_PASSIVE_GET = wordset("get gets got")
_RATED_FLOOR = 1.5


# --- a success idiom ----------------------------------------------------------------------------------
#
# "You nailed it", "you crushed it", "you hit it out of the park": a verb of striking with the empty object "it" is an
# idiom of success (Wiktionary: "nail it", "crush it", "smash it", "ace", "rock", "knock it out of the park", "hit it
# out of the park"), a verdict with no act named, the textbook vague praise. The same verbs with a thing as object
# ("You nailed the trim to the wall") or "it" fixed somewhere ("nailed it to the post", "nailed it shut", "nailed it
# in place") are acts.
_SUCCESS_IDIOM_VERBS = frozenset().union(*(inflections(v) for v in ("nail", "crush", "smash", "ace", "rock")))
_PARK_IDIOM_VERBS = frozenset().union(*(inflections(v) for v in ("knock", "hit")))
_SUCCESS_OBJECT = precompiled(
    r"\s{1,3}(?:totally\s{1,3}|absolutely\s{1,3}|completely\s{1,3}|really\s{1,3})?it(?P<park>\s{1,3}out\s{1,3}of\s{1,3}"
    r"the\s{1,3}(?:ball\s{0,3})?park)?\b(?!['’]s|\s{1,3}(?:to|onto|into|down|shut|up|together|back|off|in\s{1,3}place|with\s{1,3}"
    r"(?:a|the)\s{1,3}(?:nail|hammer)s?)\b)", re.IGNORECASE)


def _success_idiom(text: str, m: re.Match[str]) -> bool:
    """The behaviour cue ``m`` (the person and a past verb) is an idiom of success (see above)."""
    verb = normalise_quotes(m.group().split()[-1]).lower() if m.group().split() else ""
    if verb not in _SUCCESS_IDIOM_VERBS and verb not in _PARK_IDIOM_VERBS:
        return False
    found = _SUCCESS_OBJECT.match(text, m.end())
    return found is not None and (verb in _SUCCESS_IDIOM_VERBS or found.group("park") is not None)


# --- an adverse consequence in a plain account ------------------------------------------------------
#
# A draft may tell a lapse with no criticism word at all: the act and then what it did to others ("... and the
# caterer had to send the guests home", "the new starter cried in the car park", "most of the samples could not
# be tested"). The consequence clause's predicate carries the criticism: its main verb, or the description after a
# linking verb, rated -1.0 or lower in VADER's lexicon (Hutto & Gilbert 2014: "cried", "complained", "failed",
# "lost", "upset"), an ability denied ("could not be tested", "were unable to") or a burden laid on others ("had to
# send them home"), in a past or perfect clause of a subject other than the person. Not a harm averted: a denied
# subject ("nobody complained"), a negated verb, a counterfactual ("could have started a fire"), a verb of averting
# ("the crew avoided a second outage") or a clause of time or condition ("before the tenant had to call").
_BURDEN_OR_INABILITY = precompiled(r"(?:could\s{1,3}not|couldn['’]t|cannot|can['’]t|(?:was|were)\s{1,3}unable|"
                                   r"had\s{1,3}to|have\s{1,3}had\s{1,3}to|has\s{1,3}had\s{1,3}to)\b", re.IGNORECASE)
_ADVERSE_FLOOR = -1.0
_DENIED_PARTY = wordset("nobody none no not nothing neither never")
_AVERTING_VERBS = frozenset().union(*(inflections(v) for v in ("avoid", "prevent", "escape", "spare", "resist", "survive")))
_OUTCOME_TENSES = ("past", "perfect")
# Time others spent waiting is a burden too: a verb of waiting (wait, queue, linger) with a length of time ("the
# patients waited two hours for a bed") is what the lapse cost them.
_WAITING_VERBS = frozenset().union(*(inflections(v) for v in ("wait", "queue", "linger")))
_AN_HOUR = precompiled(r"\b(?:an|a|half\s{1,3}an|half\s{1,3}a)\s{1,3}(?:hour|day|week|morning|afternoon|evening)\b",
                       re.IGNORECASE)


def _adverse_clause(text: str, c: Clause, person: _Person) -> bool:
    """Clause ``c`` reports harm done to someone other than the person (see above)."""
    subject = c.subject_words
    if c.tense not in _OUTCOME_TENSES or not c.verbs or not subject or subject[0] in _DENIED_PARTY \
            or person.is_subject(subject) or c.link in _SCENE_LINKS or subject[-1] in PREPOSITIONS \
            or subject[0].endswith("ing"):
        return False  # a subject ending in a preposition or opening with a participle is a phrase the split misread
    if _LESSENED.search(text, c.start, c.end):
        return False  # "Only two of them cancelled", "had to wait only five minutes": less harm than there might have been
    if _LESSER_OBJECT_AFTER.match(text, c.verbs[-1].end, c.end):
        return False  # "We have lost no plants since", "lost fewer minutes": the harm kept away or shrunk
    verbs = c.verb_words
    if _BURDEN_OR_INABILITY.match(text, c.verbs[0].start):
        return True
    if any(w in NEGATORS or w in NEGATED_AUXILIARIES for w in verbs) or verbs[0] in MODALS:
        return False
    scores = lexicon()
    if c.main_verb in _LINK_VERBS or c.main_verb in BE_FORMS:
        after = [normalise_quotes(t.text).lower() for t in tokens(text[c.verbs[-1].end:c.end])[:3]]
        return any(scores.get(w, 0.0) <= _ADVERSE_FLOOR for w in after[:2]) and not any(w in NEGATORS for w in after)
    if c.main_verb in _WAITING_VERBS:
        return bool(quantities(text[c.verbs[-1].end:c.end])) or _AN_HOUR.search(text, c.verbs[-1].end, c.end) is not None
    return c.main_verb not in _AVERTING_VERBS and scores.get(c.main_verb, 0.0) <= _ADVERSE_FLOOR


def _adverse_account(draft: _Draft, sentences: list[_Sentence], rules: FeedbackRules,
                     found: list[tuple[int, int] | None] | None = None) -> bool:
    """A draft with no praise and no criticism word read whose consequence clause (``found``: each sentence's,
    worked out here when not given) reports harm done to others and is the story's end: after it the person
    does nothing more. A harm the person then met ("The venue cancelled ... Aisha found a new hall") is the
    situation, not what the act did. A lapse told plainly, so criticism."""
    if any(s.praise > 0 or s.critical > 0 for s in sentences):
        return False
    spans = [span for span in (_consequences(draft, sentences, rules) if found is None else found) if span]
    if not spans:
        return False
    person, text = draft.person, draft.text
    parsed = [(i, c) for i, sentence_clauses in enumerate(draft.parsed) for c in sentence_clauses]
    acts = [c.start for _, c in parsed if c.tense in _OUTCOME_TENSES and person.is_subject(c.subject_words)
            and c.main_verb not in _LINK_VERBS and not any(w in BE_FORMS for w in c.verb_words)]
    last_act = max(acts, default=-1)
    # not a restrictive relative on the party the person served ("the lady who had been mugged"): its state
    return any(c.start > last_act and _adverse_clause(text, c, person)
               and not _other_party_relative(draft, i, c.start, person) for i, c in parsed
               if any(a <= c.start < b for a, b in spans))
