"""Consequence clauses: impact found by sentence function."""

from __future__ import annotations

import re
from functools import cache

from assistant.analyzers.feedback.acts import (
    _CAUSE_LINKS,
    _LINK_VERBS,
    _POSSESSIVE_WORDS,
    _SCENE_LINKS,
    _perceiving,
)
from assistant.analyzers.feedback.criticism import (
    _THIRD_PERSON,
)
from assistant.analyzers.feedback.draft import (
    _HIM_OR_HER,
    _LEAD,
    _YOU_TOKEN,
    _YOU_WORDS,
    PERSON_PRONOUNS,
    _Draft,
    _Person,
)
from assistant.analyzers.feedback.rules import (
    FeedbackRules,
)
from assistant.analyzers.feedback.steps import (
    _STATIVE_VERBS,
    _THING_WORDS,
    _VIEW_VERBS,
    _WRITER_WORDS,
)
from assistant.analyzers.rulecache import precompiled
from assistant.analyzers.valence import BOOSTERS, NEGATORS, lexicon
from assistant.names import lexicon as names_lexicon
from assistant.text import (
    BE_FORMS,
    DETERMINERS,
    FUNCTION_WORDS,
    MONTHS,
    NEGATED_AUXILIARIES,
    NUMBER_WORD_PATTERN,
    PREPOSITIONS,
    STOPWORDS,
    WEEKDAYS,
    Clause,
    Token,
    clauses,
    inflections,
    is_participle,
    normalise_quotes,
    quantities,
    tokens,
    wordset,
)

_OBLIGATION = wordset("need needs needed")
# A sentence opened as a request: "Please ...", "Let's ...", "Kindly ...".
_REQUEST_OPENING = precompiled(r"[\s\"“(]{0,3}(?:please|kindly|let['’]s|let\s{1,3}us)\b", re.IGNORECASE)
# Adverbs that stand before a finite verb (Quirk et al. 1985, 8.61-8.63, frequency and focusing adverbs): the clause
# split reads one as a subject when a conjunct's own subject is left out ("... and never complained").
_ADVERB_SUBJECTS = wordset("never always also just then still often rarely seldom sometimes usually even only")
# Verbs of a conversation (Levin 1993, 37.6 "chitchat" verbs and 36.1 "correspond" verbs: talk, speak, chat,
# discuss, meet): with the writer as subject and an obligation ("We need to talk", "I have to discuss this with you")
# they name a meeting with the person still to come.
_CONVERSATION_VERBS = frozenset().union(*(inflections(v) for v in ("talk", "speak", "chat", "discuss", "meet")))
_COUNTERFACTUAL = wordset("would could might 'd")
_UNABLE = wordset("couldn't can't cannot won't")
_COMPLEMENT_OPENERS = wordset("that how what why whether")


def _result_words(rules: FeedbackRules) -> re.Pattern[str]:
    """A reaction or resulting state, from the structure file's REACTION and STATE fragments."""
    return _result_pattern(tuple(rules.fragments[name] for name in ("REACTION", "STATE") if name in rules.fragments))


@cache
def _result_pattern(parts: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(parts or ("(?!)",)) + r")\b", re.IGNORECASE)


def _complement(text: str, c: Clause) -> list[Clause]:
    """The clause a view verb reports ("I don't think | the directors followed the story")."""
    start = c.verbs[-1].end if c.verbs else c.end
    toks = tokens(text[start:c.end])
    while toks and toks[0].text.lower() in _COMPLEMENT_OPENERS:
        start += toks[0].end
        toks = tokens(text[start:c.end])
    return clauses(text, start, c.end) if toks else []


# The writer's own feeling as the effect of the act (guides, round three: "I felt concerned because ...";
# "I felt proud watching them", "I was so relieved"): a feel verb, or a past "be", whose complement is an
# affect word, one VADER rates or a participle ("I felt let down"), after degree words. "I feel that ...",
# "I felt you were ...", "I feel like ..." report a view; "I was pleased to ..." frames what follows;
# "proud of you", "grateful to her" is praise of the person, not what the act did.
_FEEL_VERBS = wordset("feel feels felt feeling")
_DEGREE_WORDS = frozenset(BOOSTERS) | wordset("much more less a lot bit little so very really quite far rather somewhat "
                                              "truly genuinely")
_SENTENCE_END = precompiled(r"[.!?;]")


def _writer_feeling(text: str, c: Clause, person: _Person) -> bool:
    """Clause ``c`` has the writer as subject and a feel verb (or a past "be") with an affect word as its
    complement, neither framing an infinitive nor directed at a person ("happy with your report")."""
    if not c.subject or c.subject_words[0] not in _WRITER_WORDS or c.tense == "modal":
        return False  # "I would feel more confident if ...": a condition, not a reaction
    if c.main_verb not in _FEEL_VERBS and not (c.tense == "past" and c.verb_words[0] in BE_FORMS):
        return False
    start = c.verbs[-1].end if c.main_verb in _FEEL_VERBS or len(c.verbs) == 1 else c.verbs[0].end
    stop = _SENTENCE_END.search(text, start, start + _LEAD)
    toks = tokens(text[start:stop.start() if stop else min(len(text), start + _LEAD)])[:10]
    for k, t in enumerate(toks):
        word = normalise_quotes(t.text).lower()
        if word in _DEGREE_WORDS:
            continue
        if word in STOPWORDS or not (abs(lexicon().get(word, 0.0)) >= 1.0 or (is_participle(word) and word.endswith("ed"))):
            return False
        after = [normalise_quotes(x.text).lower() for x in toks[k + 1:k + 4]]
        return after[:1] != ["to"] and not any(w in _YOU_WORDS or w in _HIM_OR_HER or w == person.name for w in after)
    return False


_NOW_WORD = precompiled(r"\bnow\b", re.IGNORECASE)
# Phase adverbs besides "now" (Löbner 1989, "German schon - erst - noch: an integrated analysis", Linguistics
# and Philosophy 12; Quirk et al. 1985, A Comprehensive Grammar of the English Language, 8.59-8.61): "still",
# "already", "no longer", "not ... any more", and the restitutive "back", "again", "finally", "at last" set the
# present state they mark against an earlier one, so a present clause with one reports where things stand
# after the act ("Eleven families are back in their own homes", "Most clients no longer need a second visit",
# "The shelves are still tidy", "children can finally reach the shelves"), not a general statement.
_PHASE_WORD = precompiled(r"\b(?:still|already|no\s{1,3}longer|any\s?more|back|again|finally|at\s{1,3}last)\b",
                         re.IGNORECASE)
# What a phase adverb after "be" may not lead to: a judgement with a clause of its own ("It is still important to
# ...", "It is still unclear whether ...").
_EXTRAPOSED = precompiled(r"[^.!?;]{0,40}?\b(?:to|that|whether|if|how|what|why)\s", re.IGNORECASE)


# A suggestion, not a reached ability: "maybe the new starters could now use it". (At a sentence's start an
# ability is read by ``_said_result``.)
_MAYBE = precompiled(r"\b(?:maybe|perhaps|possibly)\b", re.IGNORECASE)


def _phase_present(text: str, c: Clause) -> bool:
    """A present clause marked by a phase adverb (see above) in or right after its verb group."""
    if c.tense not in ("present", "modal") or not c.verbs:
        return False
    start = c.subject[0].start if c.subject else c.verbs[0].start
    stop = min(c.end, c.verbs[-1].end + 16)
    return _PHASE_WORD.search(text, start, stop) is not None


def _changed_state(text: str, c: Clause) -> bool:
    """A present "be" clause with "now" that describes its subject ("They are now fully independent", "The
    whole team is more confident on the line now"): the state the act brought about. Not a place, time or
    role ("is now at 3pm", "is now the lead", "is now in Leeds"). With another phase adverb the same, or
    "back" itself as the state ("are back in their own homes"), unless a clause of its own follows."""
    if c.tense != "present" or not c.verbs or c.verb_words[0] not in BE_FORMS:
        return False
    if not _NOW_WORD.search(text, c.start, c.end):
        return _phase_present(text, c) and _phase_state(text, c)
    for t in tokens(text[c.verbs[0].end:c.end])[:6]:
        word = normalise_quotes(t.text).lower()
        if word == "now" or word in _DEGREE_WORDS or (word.endswith("ly") and len(word) > 4):
            continue
        return word.isalpha() and word not in FUNCTION_WORDS and word not in PREPOSITIONS and word not in DETERMINERS \
            and word not in BE_FORMS and not word.endswith("ing") and word != "time"  # "It is now time to ..."
    return False


def _phase_state(text: str, c: Clause) -> bool:
    """After "be" and a phase adverb, a description of the subject or "back" (see ``_changed_state``)."""
    toks = tokens(text[c.verbs[0].end:c.end])[:8]
    for k, t in enumerate(toks):
        word = normalise_quotes(t.text).lower()
        if word == "back" and k + 1 < len(toks) and normalise_quotes(toks[k + 1].text).lower() in ("in", "at", "on", "to",
                                                                                                   "with", "home"):
            return True  # "are back in their own homes", "is back at work"
        if word in ("still", "already", "no", "longer", "again", "finally", "not", "any", "more", "anymore") \
                or word in _DEGREE_WORDS or (word.endswith("ly") and len(word) > 4):
            continue
        after = c.verbs[0].end + t.end
        return word.isalpha() and word not in FUNCTION_WORDS and word not in PREPOSITIONS and word not in DETERMINERS \
            and word not in BE_FORMS and not word.endswith("ing") and word != "time" \
            and _EXTRAPOSED.match(text, after, c.end) is None
    return False


# "got" with a place reached or a thing regained: "got home", "got back to work", "got their heating back on".
_GOT_BACK = precompiled(r"\s{1,3}(?:home|back|(?:their|his|her|our|my)\s{1,3}(?:[\w'’-]{1,30}\s{1,3}){1,3}?back)\b",
                       re.IGNORECASE)
_INTENDED = wordset("meant supposed intended designed planned")
# A span of someone's life or career: "for twelve years", "for over a decade", "all her life".
_LIFE_SPAN = precompiled(r"\bfor\s{1,3}(?:over\s{1,3}|nearly\s{1,3}|almost\s{1,3}|more\s{1,3}than\s{1,3})?(?:\d{1,3}|a|an|"
                         + NUMBER_WORD_PATTERN + r"|several|many)\s{1,3}(?:years?|decades?)\b|\ball\s{1,3}(?:his|her|their)\s{1,3}"
                         r"(?:life|lives|career|careers|working\s{1,3}life)\b", re.IGNORECASE)
# "were home" with a time it was reached by ("before dark", "by six", "in time for tea"), as "got home".
_HOME_BY = precompiled(r"\s{1,3}(?:all\s{1,3})?(?:safely\s{1,3})?home\s{1,3}(?:before|by|in\s{1,3}time|on\s{1,3}time|early)\b",
                       re.IGNORECASE)
_TO_NEXT = precompiled(r"\s{1,3}to\b", re.IGNORECASE)


# "since" before a time ("Since then no evening shift has gone unstaffed", "Since March, nobody has ...") is a
# preposition: the clause after the time is the sentence's main clause, its state measured from the act.
_SINCE_TIME = precompiled(r"\s*(?:then|that\s{1,3}(?:day|week|month|time|point|meeting|morning|night)|"
                         r"(?:last|this)\s{1,3}(?:week|month|quarter|year|spring|summer|autumn|fall|winter)|"
                         + "|".join((*WEEKDAYS, *MONTHS)) + r")\b[\s,]", re.IGNORECASE)


# "hold up" / "stand up" with no object is Princeton WordNet 3.0's 02618688 (stand_up, hold_up, hold_water: "resist or
# withstand wear, criticism, etc."; "Her shoes won't hold up"), an intransitive verb whose only frame is "Something
# ----s": "every claim was checked, and each one held up", "each one held up under checking". It tells how the subject
# itself fared, nothing that followed for someone else; the delaying "hold up" (00459776) takes an object ("each one
# held up the monthly filing"). The particle is followed by nothing, a preposition or a subordinator.
_WITHSTAND_FORMS = wordset("hold holds held holding stand stands stood standing")
_WITHSTAND_PARTICLES = wordset("up")


def _withstood(after: list[str]) -> bool:
    """The words after a form of hold/stand (``after``) make it the intransitive "hold up" of withstanding (see above)."""
    return bool(after) and after[0] in _WITHSTAND_PARTICLES and (
        len(after) == 1 or after[1] in PREPOSITIONS or after[1] in _SCENE_LINKS or after[1] == "water")


def _is_consequence(text: str, c: Clause, person: _Person, rules: FeedbackRules, lead: str = "") -> bool:
    """Whether clause ``c`` (after something the person did; ``lead`` is its sentence before it)
    reports what followed for someone or something else."""
    subject, verbs = c.subject_words, c.verb_words
    if _REQUEST_OPENING.match(text, c.start, c.end) or _REQUEST_OPENING.match(lead) and c.link in ("and", "or", "then"):
        return False  # "Please park it in the marked bay", "Please sign and date the log": a request (and its
        # conjuncts, which share its mood) the clause split gave a subject, no outcome
    if subject and all(w in NEGATORS or w in _ADVERB_SUBJECTS for w in subject):
        return False  # "(You took on extra shifts,) ... and never complained": a conjunct whose subject the split
        # left out, its first adverb taken for one; the act is the earlier subject's own
    if _work_as_benefit(text, c):
        return True  # "Your calm manner was a great comfort to both of us": the person's work as a benefit to others
    if not subject or not verbs or c.link in _SCENE_LINKS and not _SINCE_TIME.match(text, c.start, c.end) \
            or person.is_subject(subject) and not _owner_only(
            subject, person):
        return False
    after = [w.lower() for w in re.findall(r"[^\W_][\w'’-]*", text[c.verbs[-1].end:c.end])]
    if c.main_verb in _WITHSTAND_FORMS and _withstood(after):
        return False  # "each one held up under checking": the subject withstood a test, nothing followed for others
    reaction = any(w in _LINK_VERBS for w in verbs) and _result_words(rules).search(text, c.verbs[0].start, c.end)
    if _writer_feeling(text, c, person):
        return True  # "I felt proud watching them": the writer's reaction
    if _others_feeling(text, c, person):
        return True  # "The printer is annoyed with us", "the shift leads were relieved": another party's reaction
    if c.tense == "perfect" and (subject[0] in ("he", "she") or len(subject) == 1 and c.subject[0].text[:1].isupper()) \
            and _LIFE_SPAN.search(text, c.verbs[-1].end, c.end):
        return False  # "She has worked here for twelve years": a continuative perfect, someone's own history up to now
        # (Quirk et al. 1985, 4.20-4.22), not what the act brought about
    if c.tense in ("past", "perfect") and subject[0] not in _POSSESSIVE_WORDS and subject[0] not in _YOU_WORDS \
            and (_RECORD.search(text, c.start, c.end) or _zero_problems(text, c, rules)):
        return True  # "The ward had full cover for the first time in a month", "I didn't get a single complaint"
    if subject[0] in _WRITER_WORDS and person.mentioned(after) and not reaction:
        return False  # "I have given you every chance", "I need to see a change from you": dealings with the person
    tense = c.tense
    obligation = any(w in _OBLIGATION for w in verbs) or any(
        a in ("have", "has", "had") and b == "to" for a, b in zip(verbs, verbs[1:], strict=False))
    if subject[0] == "there" and tense != "past":
        return False
    if _background(text, c, obligation):
        return False
    if obligation and tense != "past" and subject[0] in _WRITER_WORDS and c.main_verb in _CONVERSATION_VERBS:
        return False  # "We need to talk about this on Friday": a meeting with the person still to come, a next step
    if subject[0] in ("everyone", "everybody", "people", "all") and c.main_verb in _LIKING and after[:1] in (
            ["it"], ["this"], ["that"], ["them"]) and len(after) <= 2:
        return False  # "Everyone loved it": praise in others' mouths, no effect on the work stated
    if tense == "modal":
        counterfactual = (_counterfactual(verbs) or _AVERTING_LEAD.search(lead) is not None
                          and verbs[0] in _COUNTERFACTUAL) and not _COMPARATIVE.search(text, c.start, c.end)
        if not (verbs[0] in _UNABLE or (verbs[0] in ("will", "'ll") and obligation) or counterfactual
                or ("now" in verbs and verbs[0] in ("can", "could", "will", "'ll")) or _forecast(c)
                or _conditional_loss(text, c, lead)
                or (verbs[0] in ("can", "could") and lead.strip() and _phase_present(text, c)
                    and not _COMPARATIVE.search(text, c.start, c.end) and not _MAYBE.search(text, c.start, c.end))):
            return False  # "I can always count on you", "This month's goal will be increased"
        if counterfactual and subject[0] in _WRITER_WORDS and not _AVERTING_LEAD.search(lead) \
                and not _CONDITION_OF_AVERTING.search(lead + " " + text[c.start:c.end]):
            return False  # "I would have liked to be there", "I would have done the same": the writer's wish or
            # choice; no condition says what the act averted
        if counterfactual and (_AVERTING_LEAD.search(lead) or _party_subject(text, c)):
            return True  # "Without your quick work, the payroll would not be ready", "14 people would otherwise
            # have been underpaid": the state averted
    elif tense == "present" and not _NOW_WORD.search(text, c.start, c.end) and not _phase_present(text, c) \
            and not _measured_present(text, c) and not (
            obligation and (subject[0] in ("i", "we", "they") or c.subject[0].text[:1].isupper())
            and subject[0] not in _THING_WORDS):
        return False  # a general statement ("Senior developers build context"); "It has to stop" is a demand
    main = c.main_verb
    if main in _VIEW_VERBS and subject[0] in _WRITER_WORDS:
        return False  # the writer's view; others noticing, or not, is their reaction
    if subject[0] in _CONCESSIVE_RELATIVES:
        return False  # "whatever happened on the flight": a universal concessive condition, no outcome
    if main in _CONTENT_VERBS and (subject[0] in _THING_WORDS or subject[0] in _POSSESSIVE_WORDS) \
            and not _MADE_UP_FOR.match(text, c.verbs[-1].end, c.end):
        return False  # "It covered the evacuation routes": what the work holds or tells, not what it did
    if subject[0] in _WRITER_WORDS and main in _JUDGING_VERBS and after and (
            after[0] in _YOU_WORDS or after[0] in _HIM_OR_HER or after[0] == person.name
            or text[c.verbs[-1].end:c.end].split()[0][:1].isupper()):
        return False  # "I have found Rahul discharging his duties with sincerity": the writer's judgement of the person
    if main in _PERCEPTION_VERBS and not after:
        return False  # "Several people have noticed": awareness with nothing perceived and nothing following
    if main in _INTENDED and any(w in BE_FORMS for w in verbs) and _TO_NEXT.match(text, c.verbs[-1].end, c.end):
        return False  # "This was meant to make the induction smoother", "It was designed to ...": a purpose
    if c.tense == "past" and len(verbs) > 2 and verbs[0] in BE_FORMS and "able" in verbs[1:3] and "to" in verbs[2:4] \
            and subject[0] not in _THING_WORDS:
        return True  # "The residents were able to get out again": an ability realised after the act, as "managed
        # to" (Quirk et al. 1985, 4.54: "was able to" asserts that the act took place, unlike "could")
    if verbs[0] in ("was", "were") and verbs[1:] in ((), ("home",)) and subject[0] not in _THING_WORDS \
            and subject[0] not in _WRITER_WORDS and _HOME_BY.match(text, c.verbs[0].end, min(len(text), c.end + 40)):
        return True  # "The drivers were home before dark": a place reached, as "got home"
    if verbs[0] == "got" and c.tense == "past" and _party_subject(text, c) and _GOT_BACK.match(text, c.verbs[0].end, c.end):
        return True  # "Everyone got home for Christmas", "Three families got their heating back on": what others
        # reached or regained, no linked description
    if any(w in _LINK_VERBS for w in verbs) and not (main not in _LINK_VERBS and is_participle(main)) and not (
            main.endswith("ing") and len(main) > 4 and _party_subject(text, c)) and not _progressive_response(
            text, c):  # "our client is now asking to ..."
        return _result_words(rules).search(text, c.verbs[0].start, c.end) is not None or _changed_state(text, c) \
            or _measured_now(text, c) \
            or (c.tense in ("past", "perfect") and _ROLE_IN_RESULT.match(text, c.verbs[0].end, c.end) is not None) \
            or _kept_state(text, c) or (c.main_verb in ("up", "down") and _measured_present(text, c)) \
            or _BENEFIT_TO.match(text, c.verbs[-1].end, c.end) is not None
    return True


def _work_as_benefit(text: str, c: Clause) -> bool:
    """Clause ``c`` has the person's work as its subject ("Your notes", "her calm manner"), "be" and a benefit noun with
    its beneficiary (see below): what the work was to others, an act and its effect in one clause."""
    subject, verbs = c.subject_words, c.verb_words
    return len(subject) > 1 and subject[0] in _POSSESSIVE_WORDS and bool(verbs) and verbs[0] in BE_FORMS \
        and c.link not in _SCENE_LINKS and c.tense in ("past", "perfect", "present") \
        and _BENEFIT_TO.match(text, c.verbs[-1].end, c.end) is not None


# What the act was to others, as a benefit noun with its beneficiary: "It has been a huge help for the
# weekend team", "Your notes were a lifesaver for the night shift", "a real relief to me".
_BENEFIT_TO = precompiled(r"\s{1,3}(?:such\s{1,3})?(?:a|an)\s{1,3}(?:[a-z-]{2,20}\s{1,3}){0,2}?(?:help|boon|asset|relief|"
                         r"lifesaver|life-saver|game[\s-]changer|godsend|blessing|time[\s-]?saver|gift|support|resource|comfort|"
                         r"reassurance|consolation)\s{1,3}(?:for|to)\s{1,3}(?:me|us|everyone|everybody|them|(?:both|all|each)"
                         r"\s{1,3}of\s{1,3}(?:us|them)|(?:the|our|my|their|every|all|both)\s)",
                         re.IGNORECASE)


# Aspect does not change what a verb reports: a progressive ("The scaffolders have been checking every ladder since",
# "the new starters are asking fewer questions now") tells what others do after the act as the simple form does
# ("have checked", "ask fewer"). Its subject is someone or something other than the person, the writer or the person's
# work ("Your reports are still arriving late" describes the work); a present one has passed the phase, "now" or
# measure check, a perfect one is measured from the act by "since" (Quirk et al. 1985, 4.26-4.31 on the progressive).
_SINCE_WORD = precompiled(r"\bsince\b", re.IGNORECASE)
_CLAUSE_STOP = precompiled(r"[,;:.!?]")


def _progressive_response(text: str, c: Clause) -> bool:
    """Clause ``c`` is a progressive whose subject is not a thing pronoun, the writer or a possessive (see above)."""
    verbs, subject = c.verb_words, c.subject_words
    if len(verbs) < 2 or not c.main_verb.endswith("ing") or len(c.main_verb) <= 4 or verbs[-2] not in BE_FORMS:
        return False
    if subject[0] in _THING_WORDS or subject[0] in _WRITER_WORDS or subject[0] in _POSSESSIVE_WORDS \
            or subject[0] in _YOU_WORDS or subject[0] == "there":
        return False
    if c.tense == "perfect":  # "since" may stand after the clause the split made: "... every ladder since, and"
        stop = _CLAUSE_STOP.search(text, c.end, c.end + 40)
        return _SINCE_WORD.search(text, c.verbs[-1].end, stop.start() if stop else c.end) is not None
    return c.tense == "present"


# A present "be" with "now" and a measure after it, an amount with its unit, a share or a count of things ("the
# average wait is now six days instead of a month", "the error rate is now 2%", "the backlog is now 40 claims"): a
# measured state where the act left things. A clock time, a date or a room number is no measure ("The meeting is now
# at 3pm").
_COUNT_OF = precompiled(r"\b(?:\d[\d,.]*\s{0,2}%|\d[\d,.]*\s{1,3}(?:[a-z-]{2,30}\s{1,3})?[a-z]{2,30}s\b|"
                        + NUMBER_WORD_PATTERN + r"\s{1,3}(?:[a-z-]{2,30}\s{1,3})?[a-z]{2,30}s\b)", re.IGNORECASE)


def _measured_now(text: str, c: Clause) -> bool:
    if c.tense != "present" or not c.verbs or c.verb_words[0] not in BE_FORMS:
        return False
    if not _NOW_WORD.search(text, c.start, c.end):
        return False
    rest = text[c.verbs[0].end:c.end + (text[c.end:c.end + 1] == "%")]  # the clause split leaves a share's "%" out
    return bool(quantities(rest)) or _COUNT_OF.search(rest) is not None


# Universal conditional-concessive clauses (Quirk et al. 1985, 15.42: "whatever happened", "whoever asked") say the
# outcome holds under every condition; they are conditions, not what followed the act.
_CONCESSIVE_RELATIVES = wordset("whatever whoever whichever wherever whenever however")
# Verbs of judging with an object and its complement (Levin 1993, 29.4 "declare" verbs: find, consider, judge, deem,
# regard): the writer's verdict on the person ("I have found him reliable", "we consider her ready"), a view.
_JUDGING_VERBS = frozenset().union(*(inflections(v) for v in ("find", "consider", "judge", "deem", "regard")))


# Verbs that tell what a piece of work holds or is about (VerbNet contain-15.4: contain, include; Levin 1993, 47.8
# contiguous location: cover, span; Levin 37.1 transfer of a message: explain; WordNet 3.1 verb.communication:
# describe, outline, list, summarize, detail, mention, feature): with the work as subject ("It covered the evacuation
# routes", "The guide listed every form") they describe it, as a clause about the slides does, and tell no effect.
# "cover" in its sense of making up a lack ("covered the gap in the rota", "covered the cost") is left out.
_CONTENT_VERBS = frozenset().union(*(inflections(v) for v in (
    "cover", "span", "contain", "include", "explain", "describe", "outline", "list", "summarize", "summarise", "detail",
    "mention", "feature")))
_MADE_UP_FOR = precompiled(r"\s{1,3}(?:[\w'’-]{1,30}\s{1,3}){0,3}?(?:gaps?|shortfalls?|costs?|absences?|shifts?|loss(?:es)?|"
                          r"deficits?|overtime|bills?|fees?)\b", re.IGNORECASE)

# Verbs of perception whose object is what was perceived: with nothing after them they report awareness only.
_PERCEPTION_VERBS = wordset("noticed notice notices spotted seen saw realised realized")


def _others_feeling(text: str, c: Clause, person: _Person, pointing: bool = False) -> bool:
    """Clause ``c`` has "be" (or a feel verb) with the participle of an "amuse"-class verb (Levin 1993, 31.1:
    "annoyed", "relieved", "frustrated"), or an adjective VADER rates at least 1.5 either way with a stimulus that
    points back ("sick of them", "happy with it"), as its complement, and a subject that is neither the writer (see
    :func:`_writer_feeling`), the person, a thing pronoun nor "there": another party's mood after the act. Not a
    modal ("they would be annoyed") and not one directed at the person ("annoyed with you" is about the person, and
    still a reaction: kept). With ``pointing`` (no act of the person told before it) the stimulus must be a pronoun
    for the work just named ("Your reviews are nitpicking and everyone is sick of them"); a mood about the person's
    quality is praise or blame in others' mouths ("The team was impressed with your energy")."""
    if not c.subject or not c.verbs or c.tense in ("modal", "none"):
        return False
    subject = c.subject_words
    if subject[0] in _WRITER_WORDS or subject[0] in _THING_WORDS or subject[0] in _YOU_WORDS or subject[0] == "there" \
            or person.is_subject(subject):
        return False
    if c.verb_words[0] not in BE_FORMS and c.main_verb not in _FEEL_VERBS:
        return False
    toks = tokens(text[c.verbs[-1].end if c.main_verb in _FEEL_VERBS else c.verbs[0].end:c.end])[:8]
    words = [normalise_quotes(t.text).lower() for t in toks]
    for k, word in enumerate(words[:4]):
        if word in _DEGREE_WORDS or word in ("getting", "becoming", "now", "still", "already", "so", "very", "really"):
            continue
        back = words[k + 1:k + 2] in (["of"], ["with"], ["about"], ["by"], ["at"]) and words[k + 2:k + 3] != [] \
            and words[k + 2] in (_WORK_BACK if pointing else _STIMULUS_BACK)
        if word.endswith("ed") and word in _EXPERIENCER_VERBS:
            return back or not pointing
        # an affect adjective whose stimulus points back to the act or work: "is sick of them", "are happy with it"
        return abs(lexicon().get(word, 0.0)) >= 1.5 and back
    return False


_STIMULUS_BACK = wordset("it them this that these those you your us")
_WORK_BACK = wordset("it them this that these those")


_KEPT_STATE_VERBS = wordset("stayed remained became stays remains becomes")
_BECOME = wordset("became becomes")


def _kept_state(text: str, c: Clause) -> bool:
    """A past "stayed"/"remained"/"became" clause (present ones with "now") after the act, describing its
    subject ("The store stayed fully staffed through the sale", "The summary became the basis for the
    decision"): the state the act kept or brought about. Not a place or time ("remained in Leeds", "stayed
    until six") and not a negated one."""
    main = c.main_verb
    if main not in _KEPT_STATE_VERBS or any(w in NEGATORS or w in NEGATED_AUXILIARIES for w in c.verb_words):
        return False
    if c.tense != "past" and not _NOW_WORD.search(text, c.start, c.end):
        return False
    for t in tokens(text[c.verbs[-1].end:c.end])[:6]:
        word = normalise_quotes(t.text).lower()
        if word == "now" or word in _DEGREE_WORDS or (word.endswith("ly") and len(word) > 4 and main not in _BECOME):
            continue
        if main in _BECOME:  # what others became, or the part the work came to play ("became the basis for")
            return word == "the" or word.isalpha() and _party_subject(text, c) and word not in DETERMINERS
        return word.isalpha() and word not in FUNCTION_WORDS and word not in PREPOSITIONS and word not in DETERMINERS
    return False


# The part the act played in a result: "This was key to landing the Acme renewal", "It's a big part of why
# we got through December without agency staff", "Her notes were the reason the audit closed early".
_ROLE_IN_RESULT = precompiled(
    r"\s{1,3}(?:(?:a|the|one\s{1,3}of\s{1,3}the)\s{1,3}(?:(?:big|bigger|biggest|huge|large|major|main|real|key|chief|"
    r"whole)\s{1,3})?(?:part|reason|reasons)\s{1,3}(?:of\s{1,3})?(?:why|that|(?:we|they|the|our|their)\s{1,3}[a-z]{2,30}ed)\b|"
    r"(?:(?:so|really|absolutely)\s{1,3})?(?:key|crucial|critical|central|instrumental|essential|vital|pivotal|decisive|"
    r"integral)\s{1,3}(?:to|in)\s{1,3}(?!(?:being|having|getting)\b)[a-z]{3,30}ing\b)", re.IGNORECASE)
# A record or a first for someone or something else after the act: "for the first time in a month", "the
# smoothest quarter-end we have had", "the most successful festival we have ever run", "our best attendance
# ever", "the lowest in three years", "a record". A superlative bounded by the group's own history (a perfect
# relative clause with "we" or "they", "our ... ever") ranks the result against every earlier one; the writer's
# own viewing ("the best page I have ever seen", "the best page ever") is a judgement.
_RECORD = precompiled(
    r"\bfor\s{1,3}the\s{1,3}first\s{1,3}time\b|\ba\s{1,3}(?:new\s{1,3})?record\b|"
    r"\b(?:the|its|their|our)\s{1,3}(?:[a-z]{2,20}est|best|worst|most\s{1,3}[a-z]{3,20}|least\s{1,3}[a-z]{3,20})\b"
    r"(?:\s{1,3}[\w'’-]{1,20}){0,4}?\s{1,3}(?:we(?:['’]ve|\s{1,3}have)\s{1,3}(?:ever\s{1,3})?had|"
    r"(?:we|they)(?:['’]ve|\s{1,3}have|\s{1,3}had)\s{1,3}(?:ever\s{1,3})?(?!(?:to|been|got|seen|read|heard|met|known|"
    r"come|worked|encountered|watched|reviewed|received|experienced)\b)[a-z]{2,20}\b|"
    r"in\s{1,3}(?:(?:\w{1,10}|the\s{1,3}last\s{1,3}\w{1,10})\s{1,3})?(?:years|months|a\s{1,3}decade)|on\s{1,3}record|to\s{1,3}date)\b|"
    r"\b(?:its|their|our)\s{1,3}(?:[a-z]{2,20}est|best|worst|most\s{1,3}[a-z]{3,20}|least\s{1,3}[a-z]{3,20})\b"
    r"(?:\s{1,3}[\w'’-]{1,20}){0,3}?\s{1,3}ever\b(?!\s{1,3}(?:since|after|before|so|again)\b)",
    re.IGNORECASE)
# None of a problem after the act, reported by anyone: "I didn't get a single complaint", "I haven't heard one
# complaint since", "There were no errors in the May run".
_NONE_OF = precompiled(r"(?:\b(?:no|zero)|(?:n['’]t|\bnot)\s{1,3}(?:[a-z]{2,12}\s{1,3})?(?:a\s{1,3}single|one|any))"
                      r"\s{1,3}(?:(?:more|further|new|other)\s{1,3})?\Z", re.IGNORECASE)


_NONE_WORD = precompiled(r"\b(?:no|zero|single|one|any)\b", re.IGNORECASE)


def _zero_problems(text: str, c: Clause, rules: FeedbackRules) -> bool:
    if (lead := _NONE_WORD.search(text, c.start, c.end)) is None:
        return False  # the quantity comes first; most clauses have none
    return any(_NONE_OF.search(text, c.start, m.start()) for m in rules.problem_words.finditer(text, lead.end(), c.end))


def _owner_only(subject: tuple[str, ...], person: _Person) -> bool:
    """To "you", a subject that names the person only as an owner after its head ("Sales in your region",
    "The team on your floor"): someone or something else, whose change can be the act's consequence."""
    return person.second and subject[0] not in _YOU_WORDS and subject[0] not in _POSSESSIVE_WORDS and not any(
        w in ("you", "yourself", "yourselves") for w in subject)


def _remedied_subject(draft: _Draft, rules: FeedbackRules, sentence: int, pos: int) -> bool:
    """The problem word at ``pos`` is in the subject of a clause whose verb remedies it ("failures get
    fixed the same day", "the duplicate charges were refunded")."""
    c = draft.clause_at(sentence, pos)
    if c is None or not c.subject or not c.verbs or not c.subject[0].start <= pos < c.subject[-1].end:
        return False
    main = c.verbs[-1]
    return not _NOT_A_REMEDY_OF_SUBJECT.match(c.main_verb) and rules.remedies.fullmatch(
        draft.text, main.start, main.end) is not None


# Remedy words that say nothing of a problem standing as the subject: "the errors were found", "the bugs
# stayed open", "complaints came in".
_NOT_A_REMEDY_OF_SUBJECT = precompiled(
    r"(?:found|notic|caught|spott|flagg|identif|discover|detect|diagnos|stay|work|handl|came|put|turn|took|tak|"
    r"inherit|no\b|zero|fewer|without|despite|free|in\b)", re.IGNORECASE)


_NOBODY = wordset("nobody none nothing neither no")


# "It could have been handled better": an alternative the person missed, not a harm averted.
_COMPARATIVE = precompiled(r"\b(?:better|worse|more|less|earlier|sooner|faster|[a-z]{3,20}er\s{1,3}than)\b", re.IGNORECASE)


def _forecast(c: Clause) -> bool:
    """What others will do as a result ("people will not want to work with you", "the client will place
    another order"): active "will" with a third party as its subject; not the writer's plan ("We will
    review it"), a passive one ("This month's goal will be increased") nor a threat after "or"."""
    verbs = c.verb_words
    return (verbs[0] in ("will", "'ll", "won't") and c.subject_words[0] not in _WRITER_WORDS | _THING_WORDS
            and not any(w in BE_FORMS for w in verbs) and c.link != "or")  # "... or disciplinary action will follow": a threat


# A loss the writer's side will suffer if the act goes on ("If that carries on, we will lose the two trade accounts",
# "we'll miss the audit date unless ..."): nobody plans a loss, so a "will" clause of losing, missing or failing with
# the writer as subject and a condition ("if", "unless") in its sentence is a forecast of the act's effect, not the
# writer's plan ("We will review it").
_LOSS_VERBS = wordset("lose miss fail")
_CONDITION_WORD = precompiled(r"\b(?:if|unless)\b", re.IGNORECASE)


def _conditional_loss(text: str, c: Clause, lead: str) -> bool:
    verbs = c.verb_words
    if not verbs or verbs[0] not in ("will", "'ll") or not c.subject or c.subject_words[0] not in _WRITER_WORDS:
        return False
    if c.main_verb not in _LOSS_VERBS:
        return False
    tail = text[c.end:c.end + 80].split(".")[0]
    return _CONDITION_WORD.search(lead) is not None or _CONDITION_WORD.search(tail) is not None


def _counterfactual(verbs: tuple[str, ...]) -> bool:
    """"would have printed", "would otherwise have had to give": what would have happened."""
    if not verbs or verbs[0] not in _COUNTERFACTUAL or "have" not in verbs[1:3]:
        return False
    after = verbs[verbs.index("have") + 1:]
    return bool(after) and is_participle(after[0])


def _counterfactual_at(draft: _Draft, sentence: int, pos: int) -> bool:
    """``pos`` lies in a clause that tells what would have happened ("It would have printed the wrong
    number"), with a subject other than the person: a harm that did not happen. "You should have told me"
    is criticism."""
    c = draft.clause_at(sentence, pos)
    if c is None or not c.subject or not c.verbs:
        return False
    return (_counterfactual(c.verb_words) and not _COMPARATIVE.search(draft.text, c.start, c.end)
            and not _YOU_TOKEN.search(draft.text, c.subject[0].start, c.subject[-1].end)
            and c.subject_words[0] not in _HIM_OR_HER)


# A condition put by inversion ("Had you not rerouted the trucks, ..."): the clause splitter leaves it verbless.
_INVERTED_CONDITION = precompiled(r"[\s\"“(]{0,3}had\s{1,3}(?:you|he|she|they|(?-i:[A-Z][a-z]{1,30}))\s{1,3}"
                                  r"(?P<neg>(?:not|never)\s{1,3})?[a-z]{2,20}", re.IGNORECASE)
_DENIED_PAST = wordset("not never n't hadn't didn't wasn't weren't")


def _counterfactual_condition(draft: _Draft, sentence: int) -> Clause | None:
    """The condition of a counterfactual about the person's own act in sentence ``sentence``: a clause of what would
    have happened ("forty drivers would have been paid late", ``_counterfactual``) with a condition in the past
    whose subject is the person, opened by "if" ("If you hadn't stayed late", "If you had checked the chart") or
    by inversion ("Had you not rerouted the trucks"). An open condition ("If you don't send the rota, we will
    ...") is no counterfactual."""
    parsed = draft.parsed[sentence]
    if not any(c.verb_words[:1] and c.verb_words[0] in _COUNTERFACTUAL and "have" in c.verb_words[1:3]
               and c.verb_words[-1] != "have" for c in parsed):
        return None  # "would have run out", "would not have been given": what would have happened
    person = draft.person

    def persons(subject: tuple[Token, ...]) -> bool:
        words = tuple(normalise_quotes(t.text).lower() for t in subject)
        return bool(words) and (words[0] in PERSON_PRONOUNS or person.is_subject(words) or (
            subject[0].text[:1].isupper() and words[0] not in _WRITER_WORDS and words[0] not in _THING_WORDS
            and words[0] not in DETERMINERS and names_lexicon().may_be_name(subject[0].text)))

    for c in parsed:
        if c.link.lower() == "if" and c.tense == "past" and c.verb_words and persons(c.subject) \
                and (c.verb_words[0] in ("had", "hadn't", "'d") or any(w in _DENIED_PAST for w in c.verb_words)):
            return c
        if not c.link and _INVERTED_CONDITION.match(draft.text, c.start, c.end) is not None:
            subject = draft.span_tokens(c.start, c.end)[1:2]
            if subject and persons(tuple(subject)):
                return c
    return None


def _condition_denied(draft: _Draft, c: Clause) -> bool:
    """Counterfactual condition ``c`` denies the act ("If you hadn't stayed late", "Had you not rerouted"): the
    person did it, and what would have happened was averted."""
    inverted = None if c.link else _INVERTED_CONDITION.match(draft.text, c.start, c.end)
    if inverted is not None:
        return inverted.group("neg") is not None
    return any(w in _DENIED_PAST for w in c.verb_words)


def _averted_in_clause(draft: _Draft, sentence: int, pos: int) -> bool:
    """The problem word at ``pos`` is in the verb phrase of a clause that says it no longer happens: a
    subject that is nobody ("Nobody has double-booked a room since", "no customer was charged twice")
    or a need that has ended ("I no longer have to re-key every request")."""
    c = draft.clause_at(sentence, pos)
    if c is None or not c.subject or not c.verbs:
        return False
    if c.subject_words[0] in _NOBODY and c.verbs[0].start <= pos < c.verbs[-1].end:
        return True  # the problem is the clause's own verb, not something it reports ("Nobody knew it was broken")
    verbs = c.verb_words
    return "longer" in verbs and ("have" in verbs or "has" in verbs or "need" in verbs or "needs" in verbs)


def _writer_not_observing(draft: _Draft, sentence: int, pos: int) -> bool:
    """The clause at ``pos`` has the writer as its subject and tells what the writer did or means to do
    ("I've been meaning to talk to you about the last quarter"): no act of the person's. A view verb
    ("I noticed you cut Sam off twice") reports the person's act and stays behaviour."""
    c = draft.clause_at(sentence, pos)
    if c is None or not c.subject or c.subject_words[0] not in _WRITER_WORDS or c.inherited:
        return False
    return c.main_verb not in _VIEW_VERBS


# The writer's own need before the person acted: I or we, unable to know, understand or manage something ("we did
# not understand what was going on", "I could not work out how to upload my claim"). In a setting clause (see
# below) it is what the person met, not a failing of theirs; a thing that did not happen ("the client did not get a
# reply") may be the person's doing and is not read here.
_WRITER_AT_A_LOSS = precompiled(
    r"\W{0,3}(?:(?:when|as|because|since|and|but|so|then|at\s{1,3}first)\s{1,3})?(?:I|we)\b[^,;]{0,30}?"
    r"(?:\bnot|n['’]t|\bnever)\s{1,3}(?:(?:really|fully|quite|even|yet)\s{1,3})?(?:know|knew|understand|understood|realis\w{1,3}|"
    r"realiz\w{1,3}|work(?:ed)?\s{1,3}out|figure(?:d)?\s{1,3}out|find|found|manage|managed|cope|coped|follow|followed|"
    r"make\s{1,3}sense|use[ds]?|speak|read)\b", re.IGNORECASE)


_SEEING = wordset("notice noticed see saw seen hear heard observe observed spot spotted watch watched find found")


def _writer_side(subject: tuple[str, ...]) -> bool:
    """A subject on the writer's side: I or we, the writer with others ("My husband and I"), or the writer's own
    people or things ("my son", "our train")."""
    return bool(subject) and (subject[0] in _WRITER_WORDS or subject[0] in ("my", "our") or "i" in subject[1:])


def _writer_trouble(draft: _Draft, sentence: int, pos: int) -> bool:
    """``pos`` lies in a clause telling the writer's own trouble before anyone else did anything in the draft ("We
    arrived half an hour late", "I did not want to stay", "I was behind on my rent"): what the person then met, not
    a fault of theirs. A clause that names the person or another party (you, he, she, they), or whose sentence
    gives another party's act as its cause ("because you did not send the agenda"), is not; nor is one after an
    act, where the writer's loss is its effect ("You sent the wrong invoice, and we lost the account")."""
    clause = draft.clause_at(sentence, pos)
    if clause is None or not _writer_side(clause.subject_words) or clause.tense not in ("past", "perfect") \
            or clause.main_verb in _SEEING or _perceiving(clause):
        return False  # a plan or a wish ("we want to improve"), what the writer saw ("I noticed three reports were late")
    words = [w.strip(",.;:!?\"'“”‘’()").lower() for w in draft.text[clause.start:clause.end].split()]
    if any(w in _YOU_WORDS or w in _THIRD_PERSON or w in ("his", "their") for w in words):
        return False
    acts = [c for sentence_clauses in draft.parsed for c in sentence_clauses
            if c.tense != "none" and c.subject_words and not _writer_side(c.subject_words)
            and not any(w in BE_FORMS for w in c.verb_words)]  # "Your service was excellent" describes: no act
    if not acts or acts[0].start < clause.start:
        return False  # nobody meets it (a self-review's own shortfall), or it follows someone's act (its effect)
    return not any(c.link in _CAUSE_LINKS and c.subject_words and not _writer_side(c.subject_words)
                   for c in draft.parsed[sentence])


# Praise of a named piece of work or occasion: "Great job on the Henderson proposal!", "Excellent
# presentation at the all-hands", "Your handling of the outage was superb" (not a trait: "happy with your
# determination").
_WORK_PRAISED = precompiled(r"\b(?:on|at|for)\s{1,3}(?:the|your|this|that|a|an|last|(?-i:[A-Z][a-z]{1,30})(?:['’]s)?)\s"
                           r"|\bfor\s{1,3}(?!(?:being|having|doing\s{1,3}(?:a|such|so|an)|everything|nothing|something|anything)\b)"
                           r"[a-z]{2,30}ing\b"
                           r"|\byour\s{1,3}[a-z]{3,30}(?:ing|tion|sion|ment|al)\s{1,3}of\b", re.IGNORECASE)


# A sentence that opens with the person's own thing as its subject ("Your demo to the board was sharp,
# ...", "Priya's summary was excellent"): in praise it names the person's work, so what follows it in the
# same sentence or later can be its consequence.
_OWNED_OPENING = precompiled(r"[\s\"'“‘(]{0,3}(?:your|his|her|(?-i:[A-Z][a-z]{1,30})['’]s)\s{1,3}(?!own\b)[a-z]",
                            re.IGNORECASE)


# A sentence that opens with the person's act as a noun ("Your rewrite of the returns page ...", "Her
# summary of the interviews ...", "Your careful read of the contract ..."): whatever its tone, it names
# the act, so a later clause, or the rest of its own, can report what the act did.
_ACT_NOMINAL = precompiled(r"[\s\"'“‘(]{0,3}(?:your|his|her|(?-i:[A-Z][a-z]{1,30})['’]s)\s{1,3}(?:[a-z]{2,20}\s{1,3})?"
                          r"(?!(?:own|team|group|one|part|share|lack)\b)[a-z]{3,30}\s{1,3}(?:of|on|at|with|to|for)\b",
                          re.IGNORECASE)
# A sentence that opens with the person's act as a noun in a fronted phrase of means or agency ("Under Joan's
# leadership, the claims team achieved ...", "Through your redesign of the intake, ...", "With her help, we ..."):
# the act is named, so the main clause after it can report what the act did.
_ACT_FRONTED = precompiled(r"[\s\"'“‘(]{0,3}(?:under|through|with|via)\s{1,3}(?:your|his|her|(?-i:[A-Z][a-z]{1,30})['’]s)"
                          r"\s{1,3}(?:[a-z]{2,20}\s{1,3})?(?!(?:own|team|group|permission|consent|approval|agreement|"
                          r"knowledge|lack|absence)\b)[a-z]{3,30}\b", re.IGNORECASE)
# An averted harm told in a relative clause after the act ("caught a clause that would have locked us
# into a three-year term", "spotted a leak which would otherwise have flooded the archive"); not a wish
# or a better alternative ("a plan that would have been better").
_AVERTED_RELATIVE = precompiled(r"\b(?:that|which)\s{1,3}(?:would|could|might)(?:\s{1,3}(?:otherwise|easily|surely))?"
                               r"\s{1,3}have\s{1,3}(?!(?:liked|loved|preferred|wanted|helped|worked|been\s{1,3}"
                               r"(?:nice|good|great|helpful|useful|ideal|fine|my|our|a\s{1,3}good))\b)[a-z]{3,30}(?:ed|en|ne|wn|st|t)\b",
                               re.IGNORECASE)


# The audience's understanding as the result of the person's explaining, told in a manner or purpose phrase
# after the act: "explained the scan in a way that we understood", "in words my grandmother understood", "so
# that all the new starters could follow". Only a past uptake (or "could"/"was able to" with a base verb) of a
# past act by the person: "so that the board can understand it" in a request states no effect.
_UPTAKE = precompiled(
    r"\b(?:in\s{1,3}(?:a\s{1,3}way|words|terms|language)(?:\s{1,3}that)?|so(?:\s{1,3}that)?|such\s{1,3}that)\s{1,3}"
    r"(?:(?:we|i|they|everyone|everybody|all|both|he|she|even|the|my|our|his|her|their|every)\b[\w\s'’-]{0,40}?\s)?"
    r"(?:we|i|they|everyone|everybody|he|she|[a-z]{2,30})\s{1,3}(?:both\s{1,3}|all\s{1,3})?"
    r"(?:(?:could|was\s{1,3}able\s{1,3}to|were\s{1,3}able\s{1,3}to)\s{1,3}(?:finally\s{1,3}|easily\s{1,3}|now\s{1,3})?"
    r"(?:understand|follow|grasp)|(?:finally\s{1,3}|all\s{1,3})?(?:understood|followed|grasped))\b",
    re.IGNORECASE)


# A counterfactual tied to the person's part: "Without you we would have missed the deadline", "Without your
# corrections the panel would have rejected it", "But for her call, they might never have come back": the harm or
# loss the person's part averted (the clause parser reads no clause after "without" with no comma).
_WITHOUT_THEM = precompiled(
    r"\b(?:without|but\s{1,3}for)\s{1,3}(?:you|your|him|his|her|them|their|(?-i:[A-Z][a-z]{1,30})(?:['’]s)?)\b"
    r"[^.!?;]{0,80}?\b(?:would|could|might)(?:\s{1,3}(?:not|never|otherwise|easily|surely|probably|certainly|all))?"
    r"\s{1,3}have\s{1,3}(?!(?:liked|loved|preferred|wanted|been\s{1,3}(?:nice|good|great|fine))\b)"
    r"[a-z]{3,30}(?:ed|en|ne|wn|st|t)\b",
    re.IGNORECASE)
# The person's act told as a harm it may have averted: "You may well have prevented a serious accident",
# "you probably saved us a week".
_MAY_HAVE_AVERTED = precompiled(
    r"\b(?:you|he|she|they)\s{1,3}(?:may|might|could|must)(?:\s{1,3}(?:well|easily|very\s{1,3}well|even|just))?"
    r"\s{1,3}have\s{1,3}(?:prevented|averted|avoided|saved|spared|stopped)\b",
    re.IGNORECASE)
# What others could do after the person's act: "The new starters could find everything on their first day",
# "The crew could finally read the instructions", "Mr Okafor can get his wheelchair in again": a party other
# than the person and the writer, "could"/"can"/"was able to" and a base verb, at the start of a sentence.
_ABLE_PARTY = precompiled(
    r"\s*(?:(?:the|our|my|his|her|their|all|both|every|each|several|many|some|two|three|four|"
    r"five|\d+)\s{1,3}(?:[a-z][\w'’-]{1,30}\s{1,3}){0,3}?[a-z][\w'’-]{1,30}|everyone|everybody|"
    r"(?-i:(?:Mr|Mrs|Ms|Dr)\.?\s{1,3}[A-Z][a-z]{1,30}|[A-Z][a-z]{1,30}))"
    r"\s{1,3}(?:could|can|was\s{1,3}able\s{1,3}to|were\s{1,3}able\s{1,3}to)"
    r"(?:\s{1,3}(?:finally|now|again|at\s{1,3}last|suddenly|easily|all))?\s{1,3}(?!be\b|have\b|you\b)[a-z]{3,30}\b",
    re.IGNORECASE)
# The ability as reached, not offered: "could" alone is also a suggestion ("The night staff could review it on
# Friday"), so a word of arrival goes with it ("finally", "again", "now", "at last", "for the first time", "on
# their first day"), or "was/were able to".
_ABLE_REACHED = precompiled(r"\b(?:finally|again|now|at\s{1,3}last|suddenly|easily|for\s{1,3}the\s{1,3}first\s{1,3}time|"
                           r"on\s{1,3}(?:their|his|her|its|the|our)\s{1,3}(?:very\s{1,3})?first\s{1,3}"
                           r"(?:day|night|week|shift|morning|visit|try|attempt)|(?:was|were)\s{1,3}able)\b",
                           re.IGNORECASE)
# A condition, a suggestion or the person addressed ("Maybe Sam could help you"): no reached ability.
_ABLE_NOT = precompiled(r"\b(?:if|unless|once|maybe|perhaps|possibly|you|your|yourself)\b", re.IGNORECASE)


# What a clause reports that is no consequence: an earlier event in the past perfect ("The client had
# asked for the figures in May"), what a thing has or holds ("The deck had 40 slides"), the writer's own
# dealings in talk and paper ("We talked about this in March", "I have attached the notes") and a
# scheduled time ("The meeting started at ten").
_HOLDING_VERBS = wordset("have has had having include includes included contain contains contained consist consists "
                         "consisted comprise comprises comprised")
_WRITER_TALK_VERBS = frozenset().union(*(inflections(v) for v in (
    "talk", "discuss", "speak", "chat", "meet", "attach", "write", "mention", "share", "send", "note", "say",
    "tell", "review", "cover", "read", "enclose", "forward", "copy", "want", "wish", "hope", "plan")))
_SCHEDULE_VERBS = frozenset().union(*(inflections(v) for v in ("start", "begin", "end", "finish", "open", "close")))
_AT_A_TIME = precompiled(r"\s{1,3}(?:at|on|in|by|around|about|after|before)\s{1,3}(?:\d|noon|midday|midnight|"
                        + "|".join((*WEEKDAYS, *MONTHS)) + r"|(?:one|two|three|four|five|six|seven|eight|nine|ten|"
                        r"eleven|twelve)\b)", re.IGNORECASE)
_PARTY_SUBJECT = precompiled(r"(?:the|our|your|his|her|their|my|some|several|many|every|each|all|most|two|three|\d+)\s{1,3}(?:[\w'’-]{1,30}\s{1,3})?"
                            r"(?:client|customer|patient|user|buyer|team|staff|colleague|manager|director|board|"
                            r"partner|vendor|student|parent|guest|member|famil|people|hire|audience|public)",
                            re.IGNORECASE)
# "Without your quick thinking, we would have lost the account", "Without their care, my father would not be
# with us today": a condition that names what averted the outcome makes a "would" clause a counterfactual.
_AVERTING_LEAD = precompiled(r"\b(?:without|but\s{1,3}for|if\s{1,3}(?:it|this|that)\s{1,3}(?:hadn['’]t|had\s{1,3}not|"
                            r"weren['’]t|wasn['’]t)|had\s{1,3}(?:it|you|he|she|they)\s{1,3}not)\b", re.IGNORECASE)


# The condition of a counterfactual, in the sentence: "otherwise", "if you hadn't caught it", "if it had
# gone out", "had you not stepped in".
_CONDITION_OF_AVERTING = precompiled(r"\b(?:otherwise|without|but\s{1,3}for|if\b[^.!?;]{0,80}?\bhad\b|if\b[^.!?;]{0,80}?"
                                    r"\bhadn['’]t\b|had\s{1,3}[a-z]{1,20}\s{1,3}not)\b", re.IGNORECASE)


def _party_subject(text: str, c: Clause) -> bool:
    """The clause's subject is a person or group: the writer, a pronoun, a name, a team or customers."""
    subject = c.subject_words
    return subject[0] in _WRITER_WORDS or subject[0] in ("they", "everyone", "everybody", "nobody", "people", "both") or bool(
        _PARTY_SUBJECT.match(text, c.subject[0].start, c.subject[-1].end + 1)) or c.subject[0].text[:1].isupper() \
        and subject[0] not in _THING_WORDS and subject[0] not in STOPWORDS


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts (after the last sentence-ending mark before it), at most
    :data:`_LEAD` characters back."""
    lo = max(0, pos - _LEAD)
    m = max(text.rfind(". ", lo, pos), text.rfind("! ", lo, pos), text.rfind("? ", lo, pos), text.rfind("\n", lo, pos))
    return m + 1 if m >= 0 else lo


# A later time the past perfect is measured from, or a change it reports: then it tells where the act left
# things ("Within a week, the team had adopted the checklist", "By April, tickets had fallen by a fifth").
_LATER = precompiled(r"\b(?:within|by|after|afterwards|later|soon|since|already|next|following|until|then)\b|"
                    r"\b(?:fallen|dropped|risen|grown|doubled|halved|tripled|improved|increased|decreased|declined|"
                    r"adopted|signed|renewed|approved|agreed|finished|recovered|passed)\b", re.IGNORECASE)


def _past_perfect(c: Clause) -> bool:
    """"had asked", "hadn't heard": an event before the one reported ("had to" is an obligation; "finance
    had already closed the month" tells where the act left things)."""
    verbs = [w for w in c.verb_words if w not in ("not", "never", "just", "also", "still", "since")]
    return len(verbs) > 1 and verbs[0] in ("had", "hadn't", "'d") and is_participle(verbs[1])


_MEASURE = precompiled(r"\b(?:half|a\s{1,3}(?:third|quarter|fifth|tenth)|twice|double|triple|\d[\d,.]*\s{0,2}%?|"
                      r"(?:fewer|less|more|faster|quicker|sooner|lower|higher|shorter|longer)\b)", re.IGNORECASE)


def _measured_present(text: str, c: Clause) -> bool:
    """A present state with a measure of change ("Picking errors are down by a third", "calls now take half
    the time"): where the act left things, not a general statement. Not what something has ("Our team has
    14 people")."""
    if c.main_verb in _HOLDING_VERBS or c.main_verb in _STATIVE_VERBS:
        return False
    if c.main_verb in ("up", "down") and quantities(text[c.verbs[-1].end:c.end]):
        return True  # "Waiting times are down to under ten minutes": the change particle with an amount in words
    return _MEASURE.search(text, c.verbs[-1].end, c.end) is not None


_LIKING = wordset("loved liked enjoyed appreciated love like enjoy appreciate")


def _background(text: str, c: Clause, obligation: bool) -> bool:
    """The clause tells the background, not what followed (see above)."""
    group = c.verb_words
    verbs = [w for j, w in enumerate(group) if w not in ("not", "never", "already", "just", "also", "still")
             and not (0 < j < len(group) - 1 and w.endswith("ly"))]  # "has really helped": an adverb, no verb
    if not verbs or obligation:
        return False
    if _past_perfect(c) and not _LATER.search(text, _sentence_start(text, c.start), min(c.end, c.start + _LEAD)):
        return True  # an event before the one reported ("By then they had released our slot" is after it)
    subject = c.subject_words
    main = c.main_verb
    if verbs[0] in _HOLDING_VERBS and not _party_subject(text, c) and (len(verbs) == 1 or verbs[1] != "to" and not is_participle(verbs[1])):
        return True  # what a thing has or holds
    if subject[0] in _WRITER_WORDS and main in _WRITER_TALK_VERBS:
        return True  # the writer's own talk and paper
    return main in _SCHEDULE_VERBS and _AT_A_TIME.match(text, c.verbs[-1].end) is not None


# --- effects on people, by verb class -------------------------------------------------------------
#
# An effect stated as what a verb does to its object: a verb of the "amuse" class, whose object
# experiences a change of mind or mood (Levin 1993, English Verb Classes and Alternations, 31.1:
# "impressed our company's leadership", "reassured the family", "frustrates the client"); a verb of gain
# and loss with a person or group as its object ("saved the team six hours", "cost us the contract"); a
# verb of enabling with a person or group and their act ("helped two new hires get up to speed"); a verb
# of causing whose object is a state of people ("created a strong sense of community", "removed a source
# of confusion among the sales teams", "creates planning issues for the team"). Only finite forms count:
# an infinitive is a purpose ("to reassure the client"), a modal a wish or forecast, after "be" a
# reaction the structure file reads already.
_EXPERIENCER_BASES = ("alarm", "amaze", "amuse", "anger", "annoy", "antagonize", "antagonise", "appal", "astonish", "astound", "baffle", "bewilder", "bore", "bother", "calm", "captivate", "charm", "cheer", "comfort", "confuse", "console", "delight", "demoralize", "demoralise", "depress", "devastate", "disappoint", "discourage", "dishearten", "dismay", "displease", "distress", "disturb", "embarrass", "embolden", "empower", "encourage", "energize", "energise", "enthuse", "exasperate", "excite", "exhaust", "fascinate", "flatter", "fluster", "frighten", "frustrate", "gratify", "hearten", "horrify", "humiliate", "impress", "infuriate", "inspire", "insult", "intimidate", "intrigue", "irritate", "madden", "motivate", "offend", "overwhelm", "placate", "please", "puzzle", "reassure", "relieve", "sadden", "satisfy", "scare", "shock", "soothe", "startle", "stun", "surprise", "thrill", "trouble", "unnerve", "unsettle", "upset", "vex", "worry", "wow")
_EXPERIENCER_VERBS = frozenset().union(*(inflections(v) - {v, v + "ing", v[:-1] + "ing"} for v in _EXPERIENCER_BASES))


# Verbs of desire (WordNet 3.0 hope.v.01 "expect and wish", wish.v.02, pray.v.01) are non-factive: their complement
# is wanted, not presupposed true (Kiparsky & Kiparsky 1970, "Fact"). An effect told under the writer's "I hope ..."
# ("I hope it will help the block cut its waste") or "hopefully" is one wished for, not one the act had.
_HOPED_LEAD = precompiled(r"(?:\b(?:I|we)\s{1,3}(?:(?:really|do|just|all|truly|sincerely)\s{1,3})?(?:hope|wish|pray)"
                         r"(?:\s{1,3}that)?|\bhopefully\s{0,3},?)\s{1,3}\Z", re.IGNORECASE)


def _hoped_effect(text: str, sentence_start: int, pos: int) -> bool:
    """The effect told at ``pos`` is the complement of the writer's hope (see above)."""
    return _HOPED_LEAD.search(text[max(sentence_start, pos - 40):pos]) is not None
