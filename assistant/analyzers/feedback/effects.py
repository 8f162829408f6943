"""Effects on people by verb class: a party's reaction, standing, perception or exposure."""

from __future__ import annotations

import re
from itertools import takewhile

from assistant.analyzers.feedback.acts import (
    _POSSESSIVE_WORDS,
    _SCENE_LINKS,
)
from assistant.analyzers.feedback.draft import (
    _CALENDAR,
    _HIM_OR_HER,
    _LEAD,
    _NOT_NAMES,
    _YOU_WORDS,
    _Draft,
    _Person,
)
from assistant.analyzers.feedback.impact import (
    _BECOME,
    _EXPERIENCER_BASES,
    _EXPERIENCER_VERBS,
    _MEASURE,
    _kept_state,
    _past_perfect,
)
from assistant.analyzers.feedback.spans import (
    _PERSON_REF,
)
from assistant.analyzers.feedback.steps import (
    _PARTICLES,
    _PARTY_WORDS,
    _THING_WORDS,
    _WRITER_WORDS,
    _Sentence,
)
from assistant.analyzers.feedback.traits import (
    _name_pattern,
)
from assistant.analyzers.rulecache import precompiled
from assistant.analyzers.valence import NEGATORS, lexicon
from assistant.text import (
    BE_FORMS,
    FUNCTION_WORDS,
    MODALS,
    NEGATED_AUXILIARIES,
    PARTICLES,
    PREPOSITIONS,
    STOPWORDS,
    inflections,
    mentions_money,
    normalise_quotes,
    numbers,
    wordset,
)
from assistant.text import (
    stem as word_stem,
)
from assistant.wordlists import person_nouns

_URGING_SENSE = wordset("encouraged encourages discouraged discourages")
_URGED_TO = precompiled(r"\s{1,3}(?:[\w'’-]{1,30}\s{1,3}){1,4}?(?:to|from)\s{1,3}[a-z]{2,30}", re.IGNORECASE)
# Others' reaction to the act in an object relative clause: ", which the new hires loved", "that the
# client praised".
_REACTION_VERBS = wordset("loved liked enjoyed appreciated praised welcomed valued adopted applauded thanked "
                          "celebrated")
_GAIN_LOSS_VERBS = wordset("saved saves spared spares cost costs earned earns won wins lost loses")
# Verbs of freeing someone of a burden, pain or worry (the relieving members of Levin 1993, 10.6 "cheat" verbs,
# VerbNet cheat-10.6 / cure: cure, ease, free, relieve, rid, unburden): with a person or group in the object ("eased
# my father's pain", "relieved the night team of the second count") the object's state changed.
_RELIEF_VERBS = frozenset().union(*(inflections(v) - {v, v + "ing", v[:-1] + "ing"}
                                    for v in ("cure", "ease", "relieve", "rid", "unburden")))
# The periphrastic causative "make" with an experiencer and "feel" (Quirk et al. 1985, 16.52: object + bare
# infinitive): "made the new intake feel welcome", "makes every caller feel heard" is a change in the object's mind.
_MAKE_FORMS = wordset("made makes")
_FEEL_AFTER = wordset("feel feels")
_ENABLING_VERBS = wordset("helped helps enabled enables allowed allows freed frees")
_CAUSING_VERBS = wordset("created creates caused causes removed removes eliminated eliminates generated generates "
                         "fostered fosters built builds brought brings made makes gave gives")
# Verbs of making a thing (Levin 1993, 26.1 "build" and 26.4 "create" verbs: make, build, create) and of giving it
# (13.1 "give" verbs: give, bring): "made the sandwiches for the volunteers", "built a dashboard for the sales team"
# name who the thing was for (the benefactive "for", Levin 1993, 2.2), the act itself, not what it did to them. They
# state an effect for that party only when what was made is a cost or a trouble ("created delays for the night shift",
# "made a lot of rework for the team").
_MAKING_VERBS = wordset("made makes built builds created creates brought brings gave gives")
_NAME_OWNS = precompiled(r"[\s\"“(]{0,3}(?-i:[A-Z][a-z]{1,30})['’]s\s{1,3}[a-z]")
_ARTEFACT_OPENING = precompiled(r"[\s\"“(]{0,3}(?:the|this|that|these|those)\s{1,3}(?!(?:way|time|day|moment|fact|"
                               r"reason|thing|things)\b)[a-z]", re.IGNORECASE)
_GIVING_VERBS = wordset("gave gives brought brings handed hands offered offers")
_KEEPING_VERBS = wordset("kept keeps")
# What an act ends or cuts that is a cost to others: a problem, a demand on people, time or money.
_ENDED_THINGS = wordset("""complaint problem issue error mistake bug concern defect incident delay call question query
    confusion time cost waiting wait backlog rework ticket escalation overtime risk need stream churn friction
    duplication handoff step paperwork""")
# What "kept X ..." kept it as: "kept the event on schedule", "kept the site up", "kept the client happy".
_KEPT_STATES = wordset("on in up running open going moving alive safe calm happy informed ahead afloat within under "
                       "track schedule budget clean quiet steady stable")
_ENDING_VERBS = wordset("ended ends stopped stops halted halts prevented prevents cut cuts halved halves reduced "
                        "reduces shortened shortens removed removes eliminated eliminates resolved resolves")
_PEOPLE_STATES = wordset(
    """difference impression sense atmosphere environment climate culture community confusion trust confidence
    momentum morale goodwill tension friction stress pressure chaos frustration resentment uncertainty excitement
    enthusiasm buzz loyalty clarity calm anxiety panic fear peace relief headaches"""
)
_EFFECT_STOP = precompiled(r"[,;:.!?()\u2014\u2013]|\s-\s|\b(?:because|when|while|but|so|which|who|if|until|unless)\b",
                          re.IGNORECASE)
_POSSESSIVE_LEAD = precompiled(r"[\s\"“(]{0,3}(?:(?:and|but|so|then)\s{1,3})?(?:this|that|it|which|your|his|her|their|"
                              r"the\s{1,3}way\s{1,3}(?:you|he|she|they)|(?-i:[A-Z][a-z]{1,30})['’]s)\b", re.IGNORECASE)


def _names_party(word: str) -> bool:
    """A word (lower-cased) that names a person or group: the roles and groups of ``_PARTY_WORDS`` and the person
    nouns of WordNet, singular, plural or possessive ("the night porter", "their daughters", "the tenants'")."""
    people = person_nouns()
    for form in (word, word.removesuffix("'s").removesuffix("'"), word[:-1] if word.endswith("s") else "",
                 word[:-2] if word.endswith("es") else ""):
        if form and (form in _PARTY_WORDS or form in people):
            return True
    return False


def _party_in(draft: _Draft, k: int, end: int) -> bool:
    """A person or group among the tokens from ``k`` up to ``end`` (a name after the sentence's start)."""
    for t in draft.toks[k:]:
        if t.start >= end:
            return False
        word = normalise_quotes(t.text).lower()
        if _names_party(word):
            return True
        if t.text[:1].isupper() and word not in STOPWORDS and word not in _NOT_NAMES and t.text != "I":
            return True
    return False


# How others regard the person, an effect on the person's standing (guides, rounds one and four: "I could
# tell how much your prospect trusts you", "people will not want to work with you"): a present regard verb
# with the person as its object and someone other than the writer or the person before it.
_REGARD_VERBS = frozenset().union(*(inflections(v) for v in ("trust", "respect", "admire", "rely", "depend")))
_REGARD_PARTICLES = wordset("on upon")


def _regards_person(draft: _Draft, k: int, end: int, person: _Person) -> bool:
    """Token ``k`` is a regard verb ("trusts", "relies on") whose object is the person and whose subject,
    the word before it, is a third party: not the writer, not the person, not an auxiliary, negation or
    "to" ("I trust you", "you can trust them", "learn to trust her", "doesn't trust you")."""
    toks = draft.toks
    previous = normalise_quotes(toks[k - 1].text).lower()
    if previous in _WRITER_WORDS or previous in _YOU_WORDS or previous in _HIM_OR_HER or previous in BE_FORMS \
            or previous in MODALS or previous in NEGATED_AUXILIARIES or previous in NEGATORS or previous in (
                "to", "'ll", "'d", "me", "us", "not", "never") or previous == person.name:
        return False
    after = [normalise_quotes(t.text).lower() for t in toks[k + 1:k + 3] if t.start < end]
    if after[:1] and after[0] in _REGARD_PARTICLES:
        after = after[1:]
    if not after:
        return False
    return after[0] in ("you", "yourself") if person.second else (
        after[0] in ("him", "her") or (person.name is not None and after[0] == person.name))


# The person's standing as what the act won or lost ("You have earned the respect of the whole floor",
# "she lost the client's trust"): a past or perfect verb of gaining or losing, the person as subject, and
# others' regard as its object.
_STANDING_VERBS = frozenset().union(*(inflections(v) for v in ("earn", "gain", "win", "lose", "build", "damage")))
_REGARD_NOUNS = wordset("respect trust confidence reputation credibility goodwill loyalty admiration recognition "
                        "standing")


def _standing_won(draft: _Draft, i: int, k: int, end: int, person: _Person) -> bool:
    """Token ``k`` is a verb of gaining or losing in a past or perfect clause whose subject is the person,
    with a regard noun among the next six words of its clause."""
    c = draft.clause_at(i, draft.toks[k].start)
    if c is None or not c.subject or c.tense not in ("past", "perfect") or not person.is_subject(c.subject_words) \
            or any(w in NEGATORS or w in NEGATED_AUXILIARIES for w in c.verb_words):
        return False
    limit = min(end, c.end)
    return any(normalise_quotes(t.text).lower() in _REGARD_NOUNS for t in draft.toks[k + 1:k + 7] if t.start < limit)


def _effect_on_people(draft: _Draft, i: int, person: _Person, acted: bool) -> tuple[int, int] | None:
    """The span of the first clause of sentence ``i`` that states an effect by its verb's class (see
    above); before the person has done anything, only one whose subject is the person, their work or a
    reference back to it ("Your ability to stay calm impressed our leadership")."""
    text = draft.text
    s, e = draft.sentences[i]
    first = draft.token_index(s)
    k = first
    toks = draft.toks
    while k < len(toks) and toks[k].start < e:
        word = normalise_quotes(toks[k].text).lower()
        k += 1
        if word in _REACTION_VERBS and k - 2 >= first:
            c = draft.clause_at(i, toks[k - 1].start)
            if c is not None and c.link in ("which", "that") and toks[k - 1].start - c.start < 80 and _party_in(
                    draft, draft.token_index(c.start) + 1, toks[k - 1].start):
                return c.start, c.end  # "Rewrote the onboarding guide, which the new hires loved"
        if word in _STANDING_VERBS and _standing_won(draft, i, k - 1, e, person):
            c = draft.clause_at(i, toks[k - 1].start)
            return (c.start, c.end) if c is not None else (toks[k - 1].start, e)
        if word in _REGARD_VERBS and k - 2 >= first and _regards_person(draft, k - 1, e, person):
            c = draft.clause_at(i, toks[k - 1].start)
            return (c.start, c.end) if c is not None else (toks[k - 2].start, toks[k - 1].end)
        if word not in _EXPERIENCER_VERBS and word not in _GAIN_LOSS_VERBS and word not in _ENABLING_VERBS \
                and word not in _CAUSING_VERBS and word not in _GIVING_VERBS and word not in _ENDING_VERBS \
                and word not in _BECOME and word not in _KEEPING_VERBS and word not in _RELIEF_VERBS:
            continue
        verb = toks[k - 1]
        previous = normalise_quotes(toks[k - 2].text).lower() if k - 2 >= first else ""
        if previous in BE_FORMS or previous in MODALS or previous in NEGATED_AUXILIARIES or previous in (
                "to", "'ll", "'d", "get", "got", "feel", "felt", "being", "not", "never", "don’t", "didn’t"):
            continue  # a purpose, a wish or forecast, a reaction ("was impressed"), a denial or prohibition
        if word in _URGING_SENSE and _URGED_TO.match(text, verb.end, e):
            continue  # "You encouraged the new hire to ask questions": urging, the person's own act
        c = draft.clause_at(i, verb.start)
        if c is None or c.link in _SCENE_LINKS:
            continue
        subject = c.subject_words
        limit = min(e, verb.end + _LEAD)
        stop = _EFFECT_STOP.search(text, verb.end, limit)
        end = stop.start() if stop else limit
        if subject and subject[0] in _WRITER_WORDS and word in _GAIN_LOSS_VERBS and acted and end > verb.end + 2:
            return c.start, max(c.end, end)  # "We lost two days of testing", "we saved $8,000": the writer's side
        if subject and (subject[0] in _WRITER_WORDS or (subject[0] in _YOU_WORDS and subject[0] not in _POSSESSIVE_WORDS
                                                         and word in _ENABLING_VERBS)):
            continue  # "I reassured her", "you helped the new hire ...": the writer's act, the person's own act ("Your
            # call freed the ward sister ...": the person's work, its effect)
        if not acted and not (person.is_subject(subject) or _POSSESSIVE_LEAD.match(text, c.start)
                              or not (subject and subject[0] in _THING_WORDS) and _POSSESSIVE_LEAD.match(text, s)):
            continue  # "Your ability to manage the timeline and resources made a huge difference"
        window = [normalise_quotes(t.text).lower() for t in toks[k:draft.token_index(end)]][:14]
        # the subject is the person's work: "Your rewrite of ...", "Priya's checklist", "The dashboard you built
        # ..." (the person's relative clause inside the subject, this verb after it), or, after the act,
        # anything but the person or the writer
        own_work = bool(subject) and (subject[0] in _POSSESSIVE_WORDS or _NAME_OWNS.match(text, c.start) is not None)
        made_by = bool(subject) and person.is_subject(subject) and bool(c.verbs) and verb.start > c.verbs[-1].end \
            and _ARTEFACT_OPENING.match(text, c.start) is not None
        work_subject = own_work or made_by or (bool(subject) and acted and not person.is_subject(subject)
                                               and subject[0] not in _WRITER_WORDS)
        if work_subject and word in _GIVING_VERBS and _party_in(draft, k, min(end, toks[min(k + 3, len(toks) - 1)].end)) \
                and len(window) >= 3:
            return c.start, max(c.end, end)  # "The dashboard you built gives the ops team one place to ..."
        if work_subject and word in _ENDING_VERBS and len(window) >= 2 and window[0] not in PREPOSITIONS \
                and window[0] not in _PARTICLES and (any(w in _ENDED_THINGS or w.rstrip("s") in _ENDED_THINGS
                                                         for w in window) or _MEASURE.search(text, verb.end, end)) and (
                own_work or made_by):
            return c.start, max(c.end, end)  # "Your rewrite of the page ended the stream of repeat calls"
        if work_subject and word in _KEEPING_VERBS and len(window) >= 3 and window[0] not in _YOU_WORDS \
                and window[0] not in _HIM_OR_HER and any(w in _KEPT_STATES for w in window[1:8]) and (
                    own_work or made_by or subject[0] in _THING_WORDS | {"which"}):
            return c.start, max(c.end, end)  # "Your quick thinking kept the whole event on schedule"
        if own_work and word in _BECOME and c.main_verb == word and _kept_state(text, c):
            return c.start, c.end  # "Your summary of the interviews became the basis for the decision"
        if word not in _EXPERIENCER_VERBS and word not in _GAIN_LOSS_VERBS and word not in _ENABLING_VERBS \
                and word not in _CAUSING_VERBS and word not in _RELIEF_VERBS:
            continue
        if word in _EXPERIENCER_VERBS or word in _GAIN_LOSS_VERBS or word in _RELIEF_VERBS:
            hit = _party_in(draft, k, min(end, toks[min(k + 6, len(toks) - 1)].end))
        elif word in _MAKE_FORMS and any(w in _FEEL_AFTER for w in window[1:6]):
            # the object is someone ("made the new intake feel welcome"), not a thing ("made it feel rushed") and
            # not "made sure ...", the person's own care
            hit = window[0] not in _THING_WORDS and window[0] not in ("things", "everything", "something", "sure")
        elif word in _ENABLING_VERBS:
            hit = _party_in(draft, k, min(end, toks[min(k + 4, len(toks) - 1)].end)) and len(window) >= 3
        else:
            hit = any(w in _PEOPLE_STATES for w in window) or (
                any(w in ("for", "among", "between", "across") for w in window) and _party_in(draft, k, end)
                and (word not in _MAKING_VERBS or _made_a_cost(window) or (
                    word in _MAKE_FORMS and (own_work or made_by or not person.is_subject(subject)) and _made_into_state(window))))
        if hit:
            return c.start, max(c.end, end)
    return None



# An effect still going on, told in the present progressive with the act (or "it", "this", "which" pointing back to
# it) as subject (Quirk et al. 1985, 4.26-4.27: the progressive of a dynamic verb, a situation in progress now): "which
# is frustrating the sales team", "it is making the new starters nervous", "it is holding up the rest of the team",
# "This is causing delays for payroll". The -ing form of a verb of feeling (the "amuse" class above) or of hindering
# needs a person or group as its object: without one it is an adjective that judges the thing ("This is
# frustrating", "The form is confusing"). One of causing needs a problem or a state of people as its object
# ("causing delays", "creating confusion"); "making" needs a person or group and their state after it.
_ONGOING_BE = precompiled(r"\b(?:is|are|['’]s|['’]re|has\s{1,3}been|have\s{1,3}been)\s{1,3}(?:(?:already|now|still|really|also|"
                          r"constantly|starting\s{1,3}to\s{1,3}be)\s{1,3})?([a-z]{3,30}ing)\b", re.IGNORECASE)
_HINDERING_ING = frozenset().union(*({w for w in inflections(v) if w.endswith("ing")} for v in (
    "hold", "slow", "delay", "block", "hurt", "cost", "hamper", "stall", "disrupt", "damage", "undermine", "affect",
    "keep", "leave", "force", "put", "drag")))
_FEELING_ING = frozenset().union(*({w for w in inflections(v) if w.endswith("ing")} for v in _EXPERIENCER_BASES))
_CAUSING_ING = wordset("causing creating generating adding")
_PEOPLE_ONLY = wordset("me us him her them everyone everybody others")


def _persons_own_lot(person: _Person, words: list[str]) -> bool:
    """The object opening ``words`` (lower-cased, after a verb of effect; a particle first is passed over) is the
    person or a thing of the person's own: "you", "him", "your rating", "his review", "her promotion case", "Dan's
    standing", "your own record". A party named in the owned phrase makes it others' ("your team's response times",
    "your colleagues' weekend plans", "his teammates")."""
    words = words[1:] if words[:1] and words[0] in PARTICLES else words
    if not words:
        return False
    first = words[0]
    if first in ("you", "yourself") if person.second else first in _HIM_OR_HER - {"he", "she", "his", "her"} or first == person.name:
        return True  # "it is keeping you busy", "it is holding him back"
    owner = first == "your" if person.second else first in ("his", "her", "their") or (
        person.name is not None and first in (person.name + "'s", person.name + "’s"))
    if not owner:
        return False
    phrase = list(takewhile(lambda w: w not in FUNCTION_WORDS and w not in PREPOSITIONS, words[1:4]))
    return not any(_names_party(normalise_quotes(w)) for w in phrase)


# How the act was taken by those it met (Levin 1993, 30.4 "appear"/"seem" verbs of perception with the percept as
# subject, and "come across as", "read as", "come off as"): "your reply 'rules are rules' came across as curt",
# "it read as dismissive", "your answer sounded impatient to her", "seemed harsh to the rest of the team", "left the
# customer feeling ignored". Said of the act or its words (a possessive of the person's, "the way you ...", or
# "it", "this", "which" after the person's act), with a description, it states an effect on others; said of the
# person ("You come across as lazy", "He seems distracted") it is a judgement of them. "seem", "appear", "look" and
# "feel" name no one else unless a perceiver follows ("to the client"): "Your summary seemed accurate" is the
# writer's view; so is "sounds" in the present ("Your plan sounds good").
_PERCEIVED_AS = precompiled(
    r"\b(?:(?:came|come|comes|coming)\s{1,3}(?:across|off)\s{1,3}as|(?:read|reads)\s{1,3}as|(?P<sound>sounded|sounds|sound)"
    r"|(?P<seem>seemed|seems|seem|appeared|appears|appear|looked|looks|felt|feels))\s{1,3}"
    r"(?:(?:so|very|really|quite|too|rather|pretty|somewhat|slightly|a\s{1,3}bit|a\s{1,3}little|[a-z]{2,20}ly)\s{1,3}){0,2}"
    r"(?P<description>[a-z][a-z-]{2,30})\b", re.IGNORECASE)
_LEFT_FEELING = precompiled(r"\b(?:left|leaves|leave|leaving)\s{1,3}(?P<party>(?:[\w'’-]{1,30}\s{1,3}){1,5}?)"
                            r"(?:feeling|looking)\s{1,3}(?:[a-z]{2,20}ly\s{1,3})?[a-z]{3,30}\b", re.IGNORECASE)
_TO_PERCEIVER = precompiled(r"(?:\s{1,3}(?:and|or)\s{1,3}[a-z-]{3,30})?\s{1,3}to\s{1,3}(?P<who>(?:[\w'’-]{1,30}\s{0,3}){1,6})",
                            re.IGNORECASE)
_NOT_DESCRIPTIONS = wordset("like if though follows part such one the that this")  # "read as follows", "sounded like"
_PERCEIVED_BOUNDARY = precompiled(r"[,;:]|\b(?:and|but|so|which|because|when)\b", re.IGNORECASE)
_PERCEIVER_WORDS = wordset("me us him her them everyone everybody others")


def _act_as_percept(draft: _Draft, person: _Person, i: int, start: int, at: int) -> bool:
    """The words from ``start`` up to the perception verb at ``at`` are the person's act or its words (see above)."""
    words = [normalise_quotes(w).lower() for w in re.findall(r"[^\W_][\w'’-]*", draft.text[start:at])]
    if not words:
        return False
    first = words[0]
    if first in _THING_WORDS and len(words) == 1:
        return any(person.is_subject(b.subject_words) for found in draft.parsed[max(0, i - 1):i + 1] for b in found
                   if b.start < at)  # "it", "which" point back to an act of the person's told just before
    if words[:2] == ["the", "way"]:
        return person.mentioned(words) or any(w in _YOU_WORDS or w in _HIM_OR_HER for w in words)
    owner = first == "your" if person.second else first in ("his", "her", "their") or (
        person.name is not None and first in (person.name + "'s", person.name + "’s"))
    return owner and len(words) > 1


def _perceived_effect(draft: _Draft, i: int, person: _Person) -> tuple[int, int] | None:
    """The span of how the person's act was taken by others in sentence ``i`` (see above), or None."""
    text = draft.text
    s, e = draft.sentences[i]
    for m in _PERCEIVED_AS.finditer(text, s, e):
        if m.group("description").lower() in _NOT_DESCRIPTIONS:
            continue
        to = _TO_PERCEIVER.match(text, m.end(), e)
        perceiver = to is not None and (to.group("who").split()[0].lower() in _PERCEIVER_WORDS
                                        or _party_in(draft, draft.token_index(to.start("who")), to.end()))
        if (m.group("seem") or m.group("sound") and m.group("sound").lower() != "sounded") and not perceiver:
            continue  # "Your summary seemed accurate", "Your plan sounds good": the writer's view
        bounds = list(_PERCEIVED_BOUNDARY.finditer(text, s, m.start()))
        start = bounds[-1].end() if bounds else s
        if bounds and bounds[-1].group().lower() == "which":
            start = bounds[-1].start()
        start += len(text[start:m.start()]) - len(text[start:m.start()].lstrip())
        if _act_as_percept(draft, person, i, start, m.start()):
            return start, to.end() if perceiver and to is not None else m.end()
    for m in _LEFT_FEELING.finditer(text, s, e):
        party = m.group("party").split()
        if party and party[0].lower() not in ("you", "yourself") and (
                party[0].lower() in _PERCEIVER_WORDS or _party_in(draft, draft.token_index(m.start("party")), m.end("party"))):
            return m.start(), m.end()  # "The way you closed the call left the customer feeling ignored"
    return None


# A cue that ends in a progressive and the word after it ("it is hurting his", "which is costing your").
_PROGRESSIVE_END = precompiled(r"\b(?:is|are|was|were|been|['’]s|['’]re)\s{1,3}(?:(?:now|still|already|also|really|[a-z]{2,20}ly)"
                               r"\s{1,3})?[a-z]{3,30}ing(?=(?:\s{1,3}[\w'’-]{1,30})?\Z)", re.IGNORECASE)


def _own_lot_cue(draft: _Draft, person: _Person, m: re.Match[str]) -> bool:
    """An impact cue ``m`` that ends in a progressive (see above) whose object is the person or the person's own thing
    (see :func:`_persons_own_lot`): "and it is hurting his review"."""
    verb = _PROGRESSIVE_END.search(m.group())
    if verb is None:
        return False  # "I shouldn't have to keep fixing your work myself": no progressive, the writer's burden
    k = draft.token_index(m.start() + verb.end())
    return _persons_own_lot(person, [normalise_quotes(t.text).lower() for t in draft.toks[k:k + 5]])


def _ongoing_effect(draft: _Draft, i: int, person: _Person) -> tuple[int, int] | None:
    """The span of a clause of sentence ``i`` that tells an effect still going on (see above), its subject the act
    or a word pointing back to it, or None."""
    text = draft.text
    s, e = draft.sentences[i]
    for m in _ONGOING_BE.finditer(text, s, e):
        c = draft.clause_at(i, m.start())
        if c is None or c.link in _SCENE_LINKS or person.is_subject(c.subject_words) \
                or c.subject_words[:1] and c.subject_words[0] in _WRITER_WORDS:
            continue
        if not (c.link == "which" or c.subject_words[:1] and c.subject_words[0] in _THING_WORDS):
            continue  # "The form is confusing new starters" names no act of the person's as the cause
        if not any(person.is_subject(b.subject_words) for found in draft.parsed[max(0, i - 1):i + 1] for b in found
                   if b.end <= c.start):
            continue  # what "it" points back to must be the person's conduct or work, told just before it
        verb = m.group(1).lower()
        k = draft.token_index(m.end(1))
        stop = _EFFECT_STOP.search(text, m.end(1), min(e, m.end(1) + _LEAD))
        end = stop.start() if stop else min(e, m.end(1) + _LEAD)
        window = [normalise_quotes(t.text).lower() for t in draft.toks[k:draft.token_index(end)]][:8]
        if not window or _persons_own_lot(person, window):
            continue  # "it is keeping you busy", "is dragging down your rating": the person's own lot, not an effect on others
        if verb in _FEELING_ING or verb in _HINDERING_ING:
            near = draft.toks[k:k + 6]
            hit = bool(near) and window[0] not in _THING_WORDS and _party_in(draft, k, near[-1].end) and not (
                verb in _FEELING_ING and window[0] in PREPOSITIONS)  # "frustrating for everyone": the adjective
        elif verb in _CAUSING_ING:
            hit = any(w in _PEOPLE_STATES or w in _ENDED_THINGS or w.rstrip("s") in _ENDED_THINGS for w in window[:4])
        elif verb == "making":
            near = draft.toks[k:k + 4]
            hit = window[0] in _PEOPLE_ONLY or len(window) > 2 and window[0] in _DEMONSTRATIVES | _POSSESSIVE_WORDS \
                and _party_in(draft, k + 1, near[-1].end)
        else:
            hit = False
        if hit:
            return c.start, max(c.end, end)
    return None

# The risk the act created, told as a circumstance (safety and incident guides: a near miss is judged by "what could
# have happened" and to whom): after the person's act, a sentence that points back to the thing or place of the act
# (its subject repeats a noun of the sentence before, or the thing stands as "it" after a preposition: "The payroll
# file was open on it") and states who or what was exposed there: a person or group ("That corridor is the only way
# out for the twelve people in the packing room", "That channel includes two freelancers who work for a
# competitor", "with every employee's bank details") or an amount of money. A forecast, a request or praise is not
# such a circumstance.
_EXPOSED_PARTIES = wordset("freelancers freelancer contractors competitor competitors rivals passengers pedestrians "
                           "drivers workers")
_BACK_POINTER = precompiled(r"\b(?:on|in|inside|under|near|beside|behind|through)\s{1,3}(?:it|them)\b", re.IGNORECASE)
_EXPOSURE_TENSES = frozenset(("past", "present"))
_DEMONSTRATIVES = wordset("the that this these those")


def _exposure(draft: _Draft, sentences: list[_Sentence], i: int, person: _Person) -> tuple[int, int] | None:
    """The span of sentence ``i`` when it states what the act before it exposed (see above), or None."""
    if i == 0:
        return None
    sentence, previous = sentences[i], sentences[i - 1]
    if "next_step" in sentence.cues or sentence.praise > 0 or previous.praise > 0 or not draft.parsed[i] \
            or not any("next_step" in later.cues for later in sentences[i + 1:]):
        return None  # the risk is told to ground the request after it; without one it describes the thing
    text = draft.text
    first = draft.parsed[i][0]
    subject, tense = first.subject_words, first.tense
    opening = [w.lower() for w in re.findall(r"[^\W\d_][\w'’-]*", text[first.start:first.end])[:3]]
    if not subject and not first.verbs and opening[:1] and opening[0] in _DEMONSTRATIVES:
        subject = tuple(opening)  # "That channel includes ...", "The dock opens onto ...": left unparsed by the split
        tense = "present" if not any(normalise_quotes(t.text).lower() in MODALS for t in draft.toks[
            draft.token_index(first.start):draft.token_index(first.end)]) else "modal"
    if not subject or tense not in _EXPOSURE_TENSES or subject[0] in _WRITER_WORDS or subject[0] in _YOU_WORDS \
            or person.is_subject(subject) or any(w in MODALS for w in first.verb_words) or _past_perfect(first) \
            or any(w in _PARTY_WORDS or w.removesuffix("s") in _PARTY_WORDS or w in _EXPOSED_PARTIES for w in subject):
        return None  # "The client had asked for the figures in May": an event before the act, a party's own doing
    before = {word_stem(w) for w in re.findall(r"[^\W\d_][\w'’-]*", text[previous.start:previous.end].lower())
              if w not in STOPWORDS and len(w) > 3}
    points_back = any(w not in STOPWORDS and len(w) > 3 and word_stem(w) in before for w in subject) \
        or _BACK_POINTER.search(text, first.start, sentence.end) is not None
    if not points_back:
        return None
    s, e = draft.sentences[i]
    k = draft.token_index(first.subject[-1].end) if first.subject else draft.token_index(s) + 1
    for t in draft.toks[k:]:
        if t.start >= e:
            break
        word = normalise_quotes(t.text).lower().removesuffix("'s")
        if word in _PARTY_WORDS or word in _EXPOSED_PARTIES or t.text[:1].isupper() and word not in STOPWORDS \
                and word not in _NOT_NAMES and word not in _CALENDAR and t.text != "I":
            return s, e  # a party, or a name ("the Harlow account"); no weekday or month
    return (s, e) if mentions_money(text[s:e]) else None


# The consequence told as a comparison of measures (performance guides: "measurable results ... against the team's
# average"): a figure of the person's work set against another figure of the team, a period or a target ("averaged 3
# hours in November against the team's 45 minutes", "one refund error between them, compared with eleven for last
# spring's starters"). A single figure ("Your handle time was 11 minutes") measures the behaviour, no consequence.
_COMPARISON_MARKER = precompiled(r"\b(?:against|compared\s{1,3}(?:with|to)|versus|vs\.?|as\s{1,3}against|"
                                 r"up\s{1,3}from|down\s{1,3}from)\s(?!(?:\s{0,2}(?:a|an|the|our|their|its|this|that|"
                                 r"each|every)\s{1,3})?(?:[\w-]{1,20}\s{1,3})?(?:target|goal|standard|quota|benchmark|"
                                 r"sla|threshold|minimum|maximum|limit|requirement)s?\b)", re.IGNORECASE)
# A figure set against a target, goal or standard measures the behaviour against what was asked ("71 against a
# target of 85"): no consequence.
_COMPARISON_GAP = 40


def _measured_comparison(draft: _Draft, i: int, person: _Person, acted: bool) -> tuple[int, int] | None:
    """The span of sentence ``i`` when it sets a figure of the person's work against another (see above)."""
    s, e = draft.sentences[i]
    text = draft.text
    marker = _COMPARISON_MARKER.search(text, s, e)
    if marker is None or not (acted or _PERSON_REF.search(text, s, marker.start()) or person.name and _name_pattern(
            person.name).search(text, s, marker.start())):
        return None
    found = numbers(text[s:e])
    before = any(n.end + s <= marker.start() and not n.ordinal for n in found)
    after = any(marker.end() <= n.start + s <= marker.end() + _COMPARISON_GAP and not n.ordinal for n in found)
    return (s, e) if before and after else None


def _before_party_preposition(window: list[str]) -> list[str]:
    """The words of ``window`` before its first "for", "among", "between" or "across"."""
    return window[:next((j for j, w in enumerate(window) if w in ("for", "among", "between", "across")), len(window))]


def _made_into_state(window: list[str]) -> bool:
    """Causative "make" with an object and an evaluative adjective as its complement before "for" (Quirk et al. 1985,
    16.44, complex-transitive: "has made finding records quick and easy for the receptionists"): a state the work
    brought about for the party, not a thing made for them."""
    return any(lexicon().get(w, 0.0) != 0.0 for w in _before_party_preposition(window)[1:])


def _made_a_cost(window: list[str]) -> bool:
    """What a verb of making made, before its "for", is a cost or trouble (``_ENDED_THINGS``: "rework", "delays")."""
    return any(w in _ENDED_THINGS or w.rstrip("s") in _ENDED_THINGS for w in _before_party_preposition(window))
