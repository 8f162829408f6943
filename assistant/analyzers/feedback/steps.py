"""Sentence functions and next steps: requests, directives, plans and demands addressed to the person."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from assistant.analyzers.feedback.draft import (
    _YOU_WORDS,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    _Draft,
    _Person,
)
from assistant.analyzers.feedback.harsh import (
    _NEXT_ADJECTIVE,
)
from assistant.analyzers.feedback.models import (
    PARTS,
)
from assistant.analyzers.feedback.rules import (
    Cue,
    FeedbackRules,
    StructureCue,
)
from assistant.analyzers.feedback.spans import (
    _is_base_verb_shape,
)
from assistant.analyzers.feedback.traits import (
    _covers,
    _in_hardship,
)
from assistant.analyzers.rulecache import precompiled
from assistant.analyzers.valence import NEGATORS
from assistant.names import lexicon as names_lexicon
from assistant.text import (
    BE_FORMS,
    DETERMINERS,
    FUNCTION_WORDS,
    IRREGULAR_PAST,
    MONTHS,
    NEGATED_AUXILIARIES,
    PARTICLES,
    PREPOSITIONS,
    STOPWORDS,
    WEEKDAYS,
    Clause,
    inflections,
    is_participle,
    normalise_quotes,
    wordset,
)
from assistant.wordlists import read_words

# --- sentence functions -----------------------------------------------------------------------


@dataclass
class _Sentence:
    start: int
    end: int
    cues: dict[str, tuple[Cue, re.Match[str]]]  # part -> first cue match in the sentence
    praise: int
    critical: int

    @property
    def functions(self) -> list[str]:
        out = [p for p in PARTS if p in self.cues]
        if self.praise > 0:
            out.append("praise")
        if self.critical > 0:
            out.append("criticism")
        return out


def _sentence_matches(draft: _Draft, rules: FeedbackRules, pattern: re.Pattern[str]
                      ) -> Iterator[tuple[int, re.Match[str]]]:
    """(sentence number, match) for every match of ``pattern`` in one pass over the draft (a match that runs
    past its sentence's end is tried again inside the sentence)."""
    text, starts, sentences = draft.text, draft.starts, draft.sentences
    for m in draft.matches(rules, pattern):
        i = bisect_right(starts, m.start()) - 1
        if i < 0:
            continue
        _, e = sentences[i]
        if m.start() >= e:
            continue
        if m.end() > e:
            inner = pattern.search(text, m.start(), e)
            if inner is None:
                continue
            m = inner
        yield i, m


def _by_sentence(draft: _Draft, rules: FeedbackRules, pattern: re.Pattern[str]) -> list[list[re.Match[str]]]:
    """Every match of ``pattern``, grouped by the sentence it lies in (:func:`_sentence_matches`)."""
    out: list[list[re.Match[str]]] = [[] for _ in draft.sentences]
    for i, m in _sentence_matches(draft, rules, pattern):
        out[i].append(m)
    return out


def _first_by_sentence(draft: _Draft, rules: FeedbackRules, pattern: re.Pattern[str]
                       ) -> list[tuple[int, re.Match[str]]]:
    """(sentence number, match) for each sentence whose :func:`_by_sentence` matches hold one that is not
    blank: the first such, found without grouping every match (most cues match in no sentence)."""
    scan = draft.scan
    n = scan.index(pattern) if scan is not None and rules.scan is scan else None
    starts = draft.match_starts[n] if n is not None else None
    if starts is not None and not starts:
        return []  # no place in the draft where the pattern can start
    out: list[tuple[int, re.Match[str]]] = []
    done = -1
    text, sentence_starts, sentences = draft.text, draft.starts, draft.sentences
    for m in draft.all_matches(pattern, starts):  # _sentence_matches, in one loop: a sentence already found is passed over
        at = m.start()
        i = bisect_right(sentence_starts, at) - 1
        if i < 0 or i == done:
            continue
        e = sentences[i][1]
        if at >= e:
            continue
        if m.end() > e:
            inner = pattern.search(text, at, e)
            if inner is None:
                continue
            m = inner
        if m.group().strip():
            out.append((i, m))
            done = i
    return out
_QUESTION_END = precompiled(r"\?[\s\"'”’)]*\Z")


# --- next steps found by sentence function ------------------------------------------------------
#
# A next step is a REQUEST or PLAN for an act of the reviewed person, whatever its words: a clause in
# the imperative mood ("Proof-read your documents before sending them"), a writer's want or need whose
# complement is the person's act ("I'd really like her to own the rota"), a question that asks for an
# act ("Will you send me the figures?", "What could we do differently?"), the person (or "we") as the
# subject of a modal plan anchored in the future or in a means ("You can work better with others by
# learning their names"), or a suggested act as the subject of a benefit ("Including this question can
# help ..."). Found from assistant.text's clauses (subject, verb group, mood), not from phrase lists; a
# clause that only asks for a better result ("Be better prepared next time") stays no step.

_STEP_CUE = Cue(
    StructureCue(
        id="next-step-clause", kind="next_step", pattern=r"\S",
        explanation="A request or plan for the person's next act, found by the clause's mood and subject.",
        suggestion="Make the step concrete and say when you will follow up.",
        source="Hattie, J. & Timperley, H. (2007). The power of feedback. Review of Educational Research, "
               "77(1), 81-112 ('Where to next?'); Searle (1976) directives.",
    ),
    precompiled(r"\S(?:.*\S)?", re.DOTALL),
)
# Verbs whose bare form at a sentence's start is the writer's own attitude with "I" left out ("Thank
# you for ...", "Love the way ..."), and verbs that name a result rather than an act ("Be better", "Get
# it right", "Improve your reports", "Work on your attitude").
_ATTITUDE_VERBS = wordset("thank thanks love appreciate enjoy admire congratulate welcome like hope wish miss "
                          "respect value applaud salute commend")
_RESULT_VERBS = wordset("be become get improve do work step shape")
_IMPERATIVE_LEADS = (("be", "sure", "to"), ("be", "certain", "to"), ("don't", "forget", "to"), ("do", "not", "forget", "to"),
                     ("never", "forget", "to"), ("remember", "to"), ("make", "time", "to"), ("take", "time", "to"))
_STEP_PREPOSITIONS = wordset("on with to for about")
# Verbs that ask for an act named after them by "to" ("Aim to speak less than half the time"); after "work on"
# the act is a gerund ("Work on letting clients finish"); "Work on your attitude" names only a result.
_AIM_VERBS = wordset("aim try plan")


def _act_named(word: str, gerund: bool) -> bool:
    """``word`` names an act: a base verb (or, with ``gerund``, its -ing form) that is no result or state."""
    if gerund:
        if not word.endswith("ing") or len(word) <= 5 or word in _NOT_GERUND:
            return False
        forms = {word[:-3], word[:-3] + "e", word[:-4]}
    else:
        forms = {word}
    return not forms & (_RESULT_VERBS | _STATIVE_VERBS | _RESULT_ACTS) and not forms & FUNCTION_WORDS \
        and (gerund or _is_base_verb_shape(word))
# Verbs that take their object after a preposition ("Focus on the handover notes", "Talk to the client");
# a noun or adjective before one is a heading or a praise line ("Progress on the plan", "Helpful on the phones").
_PREPOSITIONAL_VERBS = wordset("focus talk speak listen reach reflect build agree sync meet partner pair plan prepare "
                               "ask look think follow check respond reply")
_OBJECT_PRONOUNS = wordset("it them him her me us you yourself yourselves everyone everything something "
                           "someone anyone this that these those")
_PARTICLES = PARTICLES | wordset("through ahead over around")  # and the particles of motion past or ahead
_STATIVE_VERBS = wordset("be have see feel know get improve do become go look seem hear tell think want need like "
                         "love find imagine expect remember understand believe guess wonder bet sense notice")
_WRITER_DESIRE = wordset("want need like love expect ask encourage invite urge recommend suggest advise challenge")
_FORWARD = precompiled(
    r"\b(?:next|tomorrow|tonight|going\s+forward|from\s+now\s+on|in\s+(?:the\s+)?future|starting|upcoming|"
    r"before|each|every|instead|by\s+(?:[a-z]{2,30}ing|(?:the\s+)?(?:end|start|close)|next|{days}|{months}|\d)|"
    r"this\s+(?:afternoon|evening|week|month|quarter|sprint|year|term)|(?:on|by)\s+(?:{days}))\b"
    .replace("{days}", "|".join(WEEKDAYS)).replace("{months}", "|".join(MONTHS)),
    re.IGNORECASE)
_PERSON_TO_ACT = precompiled(
    r"\s*(?:really\s+|also\s+)?(?:(?:you|him|her|them|us|everyone|the\s+team|[A-Z][a-z]+)\s+to|for\s+(?:you|him|her|them|us)\s+to|"
    r"that\s+(?:you|he|she|they|we)(?:\s+(?:will|should|would|can))?)\s+(?:(?:always|also|really|start|try)\s+(?:to\s+)?)?"
    r"(?!(?:be|improve|get|become|do|work|step|know|understand|feel|see)\b)[a-z]{2,30}\b")
_THING_BY = precompiled(r"\s+(?:the|your|a|an|his|her|their|this|that|those|these)\s+(?!(?:better|more|improved)\b)"
                       r"(?:[\w'’-]+\s+){0,6}?(?:by|before|on|at)\s+(?:the\s+end|noon|midday|tomorrow|tonight|"
                       + "|".join(WEEKDAYS) + r"|\d)", re.IGNORECASE)
_ASKING_QUESTION = precompiled(
    r"[\s\"“(]*(?:(?:so|and|then|now)\s*,?\s+)?(?:(?:will|would|could|can|shall)\s+(?:you|we)\s+(?:please\s+|also\s+|try\s+(?:to\s+)?)?"
    r"(?!(?:be|have|see|feel|know|get|improve|do|tell|think|believe|say|hear)\b)[a-z]{2,30}|"
    r"(?:what|how)\s+(?:else\s+)?(?:could|can|would|will|might|should|shall)\s+(?:you|we)\s+(?:do|try|change|put|set|build|use|"
    r"plan|prepare|approach|handle|avoid|prevent|make)|why\s+(?:don['’]t|not)\s+(?:you|we)\b|how\s+about\s+[a-z]{2,30}ing|"
    # a review's question about a case the work must handle ("What happens when numbers is empty?", "What if
    # two users save at once?"): asks the person to check and handle it; "What happened when ..." is the past
    r"what\s+(?:happens|will\s+happen|would\s+happen|should\s+happen)\s+(?:when|if|once|whenever)|what\s+if)\b",
    re.IGNORECASE)
_SUBORDINATE_LINKS = wordset("if when whenever before after once while as since until unless because although though")
_BENEFIT_VERBS = wordset("help make improve ensure prevent reduce save speed give let allow avoid stop cut keep")
_NOT_GERUND = wordset("nothing something everything anything during morning evening according thing string bring "
                      "king ring spring sing wing being")


# The writer relying on the person for an act, or asking it as a favour: "I'm counting on you to lead the
# handover", "I'd appreciate it if you took the lead on the review" (not a thanks: "I appreciated that you stayed").
_RELIANCE = precompiled(
    r"(?:count(?:ing)?|rely(?:ing)?|depend(?:ing)?)\s{1,3}on\s{1,3}(?:you|him|her|them|(?-i:[A-Z][a-z]{1,30}))\s{1,3}to\s{1,3}"
    r"(?!(?:be|improve|get|become|do)\b)[a-z]{2,30}|appreciate\s{1,3}it\s{1,3}if\s{1,3}(?:you|he|she|they|(?-i:[A-Z][a-z]{1,30}))"
    r"\s{1,3}(?:could\s{1,3}|would\s{1,3})?(?!(?:be|improve|get|become|do|were|was)\b)[a-z]{2,30}", re.IGNORECASE)
_WORTH_ACT = precompiled(r"\s{1,3}(?:(?:also|really|maybe|perhaps)\s{1,3})?(?!(?:noting|mentioning|saying|remembering|"
                        r"pointing|repeating|knowing|considering|bearing|keeping\s{1,3}in|being|getting|doing|improving)\b)"
                        r"[a-z]{2,30}ing\s{1,3}\w", re.IGNORECASE)
# Advice in an adjective with its act in the infinitive: "It's important to let the client finish", "It
# would be wise to copy legal in"; "It is important to be on time" asks for a state, no act.
_ADVISED = wordset("important essential vital crucial critical wise best helpful advisable key")
_ADVICE_ACT = precompiled(r"\s{1,3}(?:for\s{1,3}(?:you|him|her|them)\s{1,3})?to\s{1,3}(?:(?:always|also|really|just)\s{1,3})?"
                         r"([a-z]{2,30})\b", re.IGNORECASE)
_SPEECH_VERBS = wordset("say add start begin explain tell reiterate thank congratulate be repeat stress emphasise "
                        "emphasize share note point")
# Verbs whose object is an act in the gerund ("try pairing with Dana", "start sharing the screen").
_CATENATIVE_VERBS = wordset("try start begin keep consider practise practice stop avoid")
# Nouns that name what someone is to do: a clause "<the/my/our ...> NOUN is (for PERSON) to VERB" or
# "... is that PERSON (will) VERB" asks or plans an act ("The plan is for you to take over the vendor calls",
# "My ask is that you share drafts with me first", "Your next step is to draft a training plan").
_DIRECTIVE_NOUNS = wordset("plan ask request expectation suggestion recommendation idea step steps aim focus goal "
                           "priority assignment action task challenge proposal advice tip homework habit way move "
                           "option solution fix approach remedy key trick")
_DIRECTIVE_SCOPES = wordset("for of from over in during")
_DIRECTIVE_COMPLEMENT = precompiled(
    r"\s{1,3}(?:forward\s{1,3})?(?:(?:will|would|might|could)\s{1,3}be|is|was\s{1,3}agreed\s{1,3}as)\s{1,3}(?:for\s{1,3}(?:you|him|her|them|us|the\s{1,3}team|"
    r"(?-i:[A-Z][a-z]{1,30}))\s{1,3}to|to|that\s{1,3}(?:you|he|she|they|we|(?-i:[A-Z][a-z]{1,30}))(?:\s{1,3}(?:will|should|can|"
    r"would))?)\s{1,3}(?:(?:always|also|really|start|try)\s{1,3}(?:to\s{1,3})?)?([a-z]{2,30})\b", re.IGNORECASE)


# Acts the person is committed to in review language: a need with a concrete act and a time ("She needs
# to attend the communication workshop in March"; "needs to reduce his call time" stays a bare result), a
# passive directive ("She is encouraged to join the mentoring programme"), an agreement ("She has agreed
# to send a weekly status note"), an action item ("Priya to book a session with HR by Friday") and a
# development activity to benefit from ("She would benefit from a time-management course").
_RESULT_ACTS = wordset("improve reduce increase cut lower raise meet hit achieve stop be get become do show change "
                       "grow develop work step make keep")
_PASSIVE_DIRECTIVES = wordset("encouraged asked advised invited expected required instructed")
_COMMITTED = wordset("agreed committed promised pledged undertaken volunteered")
_DEVELOPMENT_ACTIVITY = precompiled(
    r"\s{1,3}from\s{1,3}(?:a|an|the|some|further|more|regular|formal)?\s{0,3}(?:[\w'’-]{1,30}\s{1,3}){0,2}?(?:course|courses|"
    r"workshop|workshops|training|programme|program|mentor|mentoring|coaching|class|classes|session|sessions|"
    r"certification|seminar|shadowing|refresher)\b", re.IGNORECASE)
_ACTION_ITEM = precompiled(r"[\s\"“(•*-]{0,3}(?:(?:action|next\s{1,3}step|to-?do)\s{0,3}:\s{0,3})?(?-i:[A-Z][a-z]{1,30})"
                          r"\s{1,3}to\s{1,3}(?!(?:be|improve|get|become|do)\b)[a-z]{2,30}\s{1,3}\w", re.IGNORECASE)


_DATED = precompiled(r"\b(?:in|on|at|during)\s{1,3}(?:the\s{1,3})?(?:next|coming|" + "|".join((*MONTHS, *WEEKDAYS))
                    + r")\b", re.IGNORECASE)


def _committed_act(draft: _Draft, c: Clause, e: int) -> bool:
    """The clause commits the person to an act (see above)."""
    text = draft.text
    verbs = c.verb_words
    if not c.subject:
        m = _ACTION_ITEM.match(text, c.start, c.end)
        if m is None or c.link:
            return False
        name = re.search(r"[A-Z][a-z]{1,30}", m.group()).group().lower()
        act = re.search(r"\bto\s{1,3}([a-z]{2,30})", m.group(), re.IGNORECASE).group(1).lower()
        return name in names_lexicon().first and act not in FUNCTION_WORDS and act not in DETERMINERS
    head = c.subject_words[0]
    if not (head in ("you", "he", "she", "they") or len(c.subject) == 1 and c.subject[0].text[:1].isupper()
            and head in names_lexicon().first) or "not" in verbs or any(w.endswith("n't") for w in verbs):
        return False  # the person commits, not others ("The new hires would benefit from her mentoring")
    main = c.main_verb
    if any(w in BE_FORMS for w in verbs[1:]):
        return False  # "She needs to be more careful": a state, no act

    def act_after(end: int) -> bool:
        m = re.match(r"\s{1,3}to\s{1,3}([a-z]{2,30})\b", text[end:c.end])
        if m is None:
            return False
        word = m.group(1)  # "committed to sharing", "agreed to improving" (the gerund's verb is judged)
        forms = {word, word[:-3], word[:-3] + "e"} if word.endswith("ing") and len(word) > 5 else {word}
        return not forms & (_RESULT_ACTS | _STATIVE_VERBS) and word not in FUNCTION_WORDS and word not in DETERMINERS

    if verbs[:2] in (("needs", "to"), ("need", "to"), ("has", "to"), ("have", "to")) and main not in _RESULT_ACTS \
            and main not in _STATIVE_VERBS and (_FORWARD.search(text, c.verbs[-1].end, e)
                                                 or _DATED.search(text, c.verbs[-1].end, e)):
        return True
    if verbs[0] in ("is", "are", "'s", "'re", "will") and main in _PASSIVE_DIRECTIVES:
        return act_after(c.verbs[-1].end)  # "She is encouraged to join ..."; "She was asked to leave" is the past
    if main in _COMMITTED and verbs[0] in ("has", "have", "'s", "'ve"):
        return act_after(c.verbs[-1].end)  # "She has agreed to send ...", "He has committed to sharing ..."
    return main == "benefit" and verbs[0] in ("would", "could", "'d", "might") and _DEVELOPMENT_ACTIVITY.match(
        text, c.verbs[-1].end, c.end) is not None


def _directive(text: str, c: Clause) -> bool:
    """The clause says what the person is to do by a directive noun as its subject (see above); a
    result ("The goal is to improve") or a state ("The plan is to be better") is no act."""
    subject = c.subject_words
    if subject[-1:] == ("forward",):  # "The best way forward is for you to meet the client"
        subject = subject[:-1]
    # the noun may carry a short scope after it: "Your action for this week is to read ...", "The plan for
    # the next release is for you to ...", "My main ask of you is that you ..."
    scoped = next((k for k in range(len(subject) - 2, max(0, len(subject) - 5) - 1, -1)
                   if subject[k] in _DIRECTIVE_NOUNS and subject[k + 1] in _DIRECTIVE_SCOPES), None)
    if not subject or (subject[-1] not in _DIRECTIVE_NOUNS and scoped is None) or subject[0] not in (
            "the", "my", "our", "your", "his", "her", "their", "one", "a", "an", "another", "this") and not (
            subject[0].endswith(("'s", "’s")) and c.subject[0].text[:1].isupper()):  # "Dana's goal is to ..."
        return False
    m = _DIRECTIVE_COMPLEMENT.match(text, c.subject[len(subject) - 1].end)
    return m is not None and m.group(1).lower() not in _RESULT_VERBS and m.group(1).lower() not in _STATIVE_VERBS


# "Be" with a place or readiness and a clock time or day asks for a presence at a set time, a concrete act.
_PRESENCE = frozenset(("at", "in", "on", "back", "ready", "there", "here", "available"))
_AT_TIME = precompiled(r"\b(?:by|before|at|from|on)\s{1,3}(?:\d{1,2}(?:[:.]\d{2})?\s{0,2}(?:a\.?m\.?|p\.?m\.?)?|noon|midday|"
                      r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b", re.IGNORECASE)


# Words whose usual part of speech is the verb (WordNet 3.0 tagged-sense counts, assistant/data/verb_dominant.txt):
# at a clause's start in their bare form they open an imperative even where the object has no determiner
# ("Gather specific examples of performance") or the clause reader took the word for a noun subject ("Scan every
# ticket however long the line is": 'scan every ticket' read as the subject of 'is').
_VERB_DOMINANT = read_words("verb_dominant.txt")
# Linking verbs take an adjective, not an object ("Stay positive this year"): no bare object is read after them.
_LINKING_VERBS = wordset("stay remain keep seem sound appear look feel become grow turn prove rest")
_OPENING_LEADS = ("please", "just", "also", "then", "now", "so", "always", "never", "and", "simply")


def _verb_read_as_subject(draft: _Draft, clause: Clause) -> bool:
    """The clause reader took a sentence-opening bare verb and its object for a subject: the subject's first word
    (after 'please', 'just' ...) is a verb by WordNet's usual part of speech, its object opens with a determiner
    (or a particle and a determiner: "Tag out the saw"), and the clause leads its sentence."""
    if clause.link or not clause.subject or clause.inherited:
        return False
    words = list(clause.subject_words) + list(clause.verb_words)
    i = 0
    while i < len(words) and words[i] in _OPENING_LEADS:
        i += 1
    if i + 1 >= len(words):
        return False
    verb, after = words[i], words[i + 1]
    raw = clause.subject[i].text if i < len(clause.subject) else ""
    if raw.isupper() and len(raw) > 1 or verb not in _VERB_DOMINANT or not _is_base_verb_shape(verb):
        return False
    if after in _PARTICLES and i + 2 < len(words):
        after = words[i + 2]
    return after in DETERMINERS and after not in ("no", "half")


def _bare_object(verb: str, after: str, written: str) -> bool:
    """``after`` can open a bare noun object of the usual verb ``verb`` ("Gather specific examples", "Wear gloves"):
    a content word, not an -ing, -ed or -ly form nor a verb's -s form ("Mark writes really terse emails": a name and
    its verb), ``verb`` no linking or mental-state verb and, as ``written``, no first name."""
    if verb not in _VERB_DOMINANT or verb in _LINKING_VERBS or verb in _STATIVE_VERBS \
            or re.fullmatch(r"[a-z]{3,30}", after) is None or after in FUNCTION_WORDS or after in PREPOSITIONS \
            or after in _OBJECT_PRONOUNS or after.endswith(("ing", "ed", "ly")):
        return False
    if after.endswith("s") and (after[:-1] in _VERB_DOMINANT or after.endswith("es") and after[:-2] in _VERB_DOMINANT):
        return False
    return not (written[:1].isupper() and verb in names_lexicon().first)


# A continuation asked for with the pro-verb 'do' whose object is a free relative of 'do' again ("keep doing what you're
# doing", "continue to do whatever you are doing"): 'do' substitutes for a verb phrase (Quirk et al. 1985, 12.22-12.27,
# pro-forms), and here both stand for nothing the draft names, so no act is asked.
DO_WHAT_YOU_DO = precompiled(
    r"(?:(?:please|just|so|and|overall)[\s,]{1,4})*(?:keep|continue)\s{1,3}(?:doing|to\s{1,3}do)\s{1,3}(?:exactly\s{1,3})?"
    r"(?:what|whatever)\s{1,3}(?:you|he|she|they)(?:['’]re|\s{1,3}(?:are|is|have\s{1,3}been|'ve\s{1,3}been))?\s{1,3}"
    r"(?:doing|do|does|did)\b", re.IGNORECASE)


def _imperative(draft: _Draft, rules: FeedbackRules, clause: Clause) -> bool:
    """A clause in the imperative mood that names an act: a bare verb first (after 'please', 'just',
    'also', 'then'), an object or particle after it, and more than a pronoun to act on."""
    if clause.link not in ("", "and", "then", "so", "but") or clause.subject and not (
            len(clause.subject) == 1 and clause.subject_words[0] in ("always", "never")) \
            and not _verb_read_as_subject(draft, clause):
        return False  # "Always let the presenter finish": a frequency word read as the subject is none
    toks = draft.span_words(clause.start, clause.end)

    def raw(k: int) -> str:  # the word as written (the clause's tokens read only when a check needs one)
        return draft.span_tokens(clause.start, clause.end)[k].text  # type: ignore[no-any-return]

    i = 0
    while i < len(toks) and (toks[i] in ("please", "just", "also", "then", "now", "so", "always", "never", "and", "simply")
                             or toks[i] in ("maybe", "perhaps") and (clause.link == "and" or i > 0 and toks[i - 1] == "and")):
        # a hedge after "and" keeps the imperative of the clause it joins ("..., and maybe add one fun activity")
        i += 1
    for lead in _IMPERATIVE_LEADS:  # "Be sure to log each call", "Don't forget to update the tracker"
        if tuple(toks[i:i + len(lead)]) == lead:
            i += len(lead)
            break
    if i + 1 >= len(toks):
        return False
    verb, after = toks[i], toks[i + 1]
    if verb in _RESULT_VERBS | _AIM_VERBS and after in ("on", "to") and i + 2 < len(toks) - 1 \
            and _act_named(toks[i + 2], gerund=after == "on"):
        return True  # "Work on letting clients finish their point", "Aim to speak less than half the time"
    if verb == "be" and after in _PRESENCE and _AT_TIME.search(draft.text, clause.start, clause.end):
        return True  # "be at the ward desk by 6:50", "be ready on Monday at nine": a presence at a set time
    if not _is_base_verb_shape(verb) or verb in _ATTITUDE_VERBS or verb in _RESULT_VERBS:
        return False
    if verb == "let" and after == "me" and i + 2 < len(toks) and toks[i + 2] in _SPEECH_VERBS:
        return False  # "Let me say how grateful I am": the writer's own words, no act asked
    if verb == "let" and after == "me" and toks[i + 2:i + 3] == ["know"]:
        return False  # "Let me know if ...": an offer, judged by what it offers (the next-offer cue), not a
        # courtesy close ("Let me know if you have any questions")
    if verb in _CATENATIVE_VERBS and after.endswith("ing") and len(after) > 4 and after not in _NOT_GERUND \
            and after[:-3] not in _RESULT_VERBS and after not in ("being", "getting", "doing", "improving") \
            and i + 2 < len(toks):
        return True  # "try pairing with Dana", "start sharing the screen": the act is the verb's gerund
    if raw(i).isupper() and len(raw(i)) > 1:
        return False  # an acronym ("HR Business Partners monitor ..."), not a verb
    if after in _STEP_PREPOSITIONS and i + 2 < len(toks) and toks[i + 2] in DETERMINERS \
            and verb in _PREPOSITIONAL_VERBS:
        after = toks[i + 2]  # "Focus on the handover notes"; "Helpful on the phones" is praise
    if not (after in DETERMINERS or after in _OBJECT_PRONOUNS or after in _PARTICLES
            or (i > 0 and re.fullmatch(r"[A-Z][a-z]+", raw(i + 1)))  # "please ask Sam"; "Annual Review" is a name
            or _code_object(draft.text, clause, raw(i))
            or _bare_object(verb, after, raw(i)) and raw(i + 1).islower()  # "Gather specific examples of performance"
            and not {"always", "never"} & set(toks[:i])  # "Always let deadlines slip": a review's habit, subject left out
            and (clause.link not in ("and", "but") or toks[:1] in (["maybe"], ["perhaps"]))):  # "His emails ... are
        # curt and contain typos": a shared subject; "..., and maybe add one fun activity": a hedged request
        return False
    rest = toks[i + 1:]
    if len(rest) < 2 and _code_object(draft.text, clause, raw(i)):
        return True  # "Wrap fetchOrders() in a retry": the clause ends at the bracket
    if len(rest) == 1 and rest[0].endswith("s") and not rest[0].endswith(("ss", "ers")) \
            and _bare_object(verb, rest[0], raw(i)) and raw(i + 1).islower() and not {"always", "never"} & set(toks[:i]) \
            and clause.link not in ("and", "but"):
        return not _demand_only(draft, rules, clause.start, clause.end)  # "Wear gloves.", "Count vials.": a plural
        # noun object names what to act on ("Fix it" and "Pick faster" name nothing)
    if len(rest) < 2 or all(w in _OBJECT_PRONOUNS or w in _PARTICLES or w in ("again", "now", "already") for w in rest):
        return False  # "Fix it", "Fix them": no act named beyond the result
    return not _demand_only(draft, rules, clause.start, clause.end)


# An identifier or code span as a bare verb's object, as code reviews write a step ("Add try/catch to return
# a meaningful error", "Use `pageSize` instead of end", "Wrap fetchOrders() in a retry"): no heading has one.
_CODE_OBJECT = precompiled(r"\s{1,3}(?:`[^`\n]{1,60}`|[A-Za-z_][\w.]{0,40}(?:/[A-Za-z_]\w{0,40}|\(\S{0,40}\)|[a-z][A-Z]\w{0,40}|"
                          r"_\w{1,40}))")


def _code_object(text: str, clause: Clause, verb: str) -> bool:
    """The clause's leading bare verb (``verb``) is followed by a code token as its object."""
    pos = text.find(verb, clause.start, clause.end)
    return pos >= 0 and _CODE_OBJECT.match(text, pos + len(verb), clause.end) is not None


def _step_clause(draft: _Draft, rules: FeedbackRules, i: int) -> Clause | None:
    """The first clause of sentence ``i`` that requests or plans the person's next act (see above)."""
    text = draft.text
    s, e = draft.sentences[i]
    parsed = draft.parsed[i]
    question = bool(_QUESTION_END.search(text, s, e))
    if question and _ASKING_QUESTION.match(text, s, e):
        return parsed[0] if parsed else None
    main_before = False  # an imperative leads its sentence or follows only subordinate clauses ("If unsure,
    # ask Sam"), a colon or a semicolon; after a main clause a bare verb continues a list ("a tendency to
    # interrupt, talk over others") or shares its subject ("She left ... and angry that ...")
    for c in parsed:
        if main_before and re.search(r"[;:]\s*$", text[max(s, c.start - 3):c.start]):
            main_before = False
        if _demand_only(draft, rules, c.start, c.end) or DO_WHAT_YOU_DO.match(text, c.start, c.end):
            continue
        if not main_before and _imperative(draft, rules, c):
            return c
        if _directive(text, c) and not question:
            return c
        if not question and _committed_act(draft, c, e):
            return c
        if c.verbs and c.link not in _SUBORDINATE_LINKS:
            main_before = True
        subject, verbs = c.subject_words, c.verb_words
        if subject in (("i",), ("we",)) and c.tense in ("present", "modal") and not c.inherited:
            desire = next((t for t in c.verbs if normalise_quotes(t.text).lower() in _WRITER_DESIRE), None)
            if desire is not None and "not" not in verbs and "n't" not in "".join(verbs) \
                    and _PERSON_TO_ACT.match(text, desire.end, e):
                return c  # "I'd really like her to own the rota", "we need you to call the client"
            if _RELIANCE.match(text, c.verbs[-1].start, e) and "not" not in verbs:
                return c  # "I'm counting on you to lead the handover", "I'd appreciate it if you could send ..."
            if desire is not None and desire.text.lower() in ("need", "want", "expect") and verbs[-1:] != ("to",) \
                    and _THING_BY.match(text, desire.end, e):
                return c  # "I expect the report on my desk by Friday", "I need the figures by noon"
        if subject in (("i",), ("we",)) and not c.inherited and not question and _arranged_session(draft, c, e):
            return c  # "I've booked thirty minutes with you on Thursday to go through the queue together"
        persons = (("you",), ("we",), ("you", "and", "i")) if draft.second_person else (
            ("you",), ("we",), ("he",), ("she",), ("they",))  # to 'you', he/she/they are other people
        if subject in persons and c.tense == "modal" and verbs \
                and (verbs[0] in ("will", "'ll", "can", "could", "should", "might", "may", "would", "'d")
                     or "going" in verbs[1:2]) \
                and "have" not in verbs and not any(w.endswith("n't") or w == "not" for w in verbs) \
                and ("going" in verbs or not any(w in BE_FORMS for w in verbs)) \
                and c.main_verb not in _STATIVE_VERBS and not question \
                and (_FORWARD.search(text, s if all(not p.verbs for p in parsed if p.start < c.start) else c.start, e)
                     or re.search(r"\bby\s+[a-z]{2,30}ing\b", text[c.start:e])):
            # a time ahead may lead the sentence: "Over the next review period, she will attend the workshop"
            return c  # "Next quarter you'll run the stand-up", "You can ... by learning their names"
        if subject == ("you",) and verbs[:1] == ("must",) and len(verbs) == 2 and not question \
                and _act_named(c.main_verb, gerund=False) and c.main_verb not in _LINKING_VERBS \
                and not _demand_only(draft, rules, c.start, c.end):
            # a modal of obligation addressed to the person with an act ("you must check the call numbers of ...");
            # "You must be proud", "You must have known", "You must feel ..." are states or guesses, no act
            return c
        if subject == ("it",) and c.main_verb == "worth" and c.tense in ("present", "modal") \
                and _WORTH_ACT.match(text, c.verbs[-1].end) is not None:
            return c  # "It's worth booking a session with the trainer"; "It's worth noting that ..." is a remark
        if subject == ("it",) and c.main_verb in _ADVISED and c.tense in ("present", "modal") and not question \
                and (m := _ADVICE_ACT.match(text, c.verbs[-1].end, e)) is not None \
                and _act_named(m.group(1).lower(), gerund=False):
            return c  # "It's important to let the client finish before you respond"
        words_ = draft.span_words(c.start, c.end)
        if not c.subject and words_ and words_[0].endswith("ing") and len(words_[0]) > 4 \
                and words_[0] not in _NOT_GERUND and not rules.problem_words.match(text, c.start) \
                and not rules.critical.match(text, c.start):
            for k, w in enumerate(words_[1:-1], start=1):
                if w in ("can", "could", "would", "will", "might") and words_[k + 1] in _BENEFIT_VERBS:
                    return c  # "Including this question can help in better managing her pain"
    return None


# The writer has arranged a coming session with the person, which plans the person's next act with them:
# "I've booked thirty minutes with you on Thursday to go through the queue", "We've set up a call with
# her for next week to rehearse the demo". Not one in the past ("I booked a call with you last week").
_ARRANGE_VERBS = frozenset().union(*(inflections(v) for v in ("book", "schedule", "arrange", "set", "block",
                                                              "organise", "organize", "reserve", "pair", "partner")))
_WITH_PERSON = precompiled(r"\bwith\s{1,3}(?:you|him|her|them|(?-i:[A-Z][a-z]{1,30}))\b|\bfor\s{1,3}(?:the\s{1,3}two"
                          r"\s{1,3}of\s{1,3})?us\b|\btogether\b", re.IGNORECASE)
_PAST_TIME = precompiled(r"\b(?:last|ago|yesterday|earlier|previous(?:ly)?)\b", re.IGNORECASE)


# Who a step's act belongs to. A sentence that looks forward ("from now on", "going forward", "next sprint", "the
# next step is", "let's") is a step only when its forward act is the person's: asked of them (an imperative, "you"
# or the person as the subject, "I'd like you to"), shared with them ("we", "let's" with an act) or named as a
# suggested act ("It would be worth asking ..."). When the sentence never names the person and its clauses only
# give the act to someone else ("I will raise it with the ward manager", "the platform team will add a check"),
# wish for a state ("Quotes have to be accurate from now on", "respectful meetings are the priority", "It would be
# good to see a fuller forecast") or hope ("Let's hope the next batch goes better"), no step is asked of the
# person: the labelling guide's writer's plan and bare desired result.
_HOPE_VERBS = _ATTITUDE_VERBS | wordset("see trust pray wait")
_PLAN_NOUNS = wordset("step steps plan plans action actions")
_ANY_POSSESSIVES = wordset("your his her their its our my")  # the step check: any owner, the writer's too
_DUMMY_SUBJECTS = wordset("it this that")
_WH_WORDS = wordset("how why what who where when which")
_IMPERATIVE_ADVERBS = wordset("please always never just also then simply")
_OFFER_WORDS = wordset("can could glad happy willing keen available")
_WANTING = wordset("want wants need needs like love expect suggest recommend advise propose")
_OFFER_AFTER = precompiled(r"\s{1,3}(?:be\s{1,3})?(?:more\s{1,3}than\s{1,3}|very\s{1,3}|really\s{1,3}|always\s{1,3})?"
                           r"(?:glad|happy|willing|keen|available|here)\s{1,3}to\b", re.IGNORECASE)
_TO_ACT = precompiled(r"\s{1,3}(?:for\s{1,3}(?:you|him|her|them|us)\s{1,3})?to\s{1,3}([a-z]{2,30})\b", re.IGNORECASE)


_ADDRESSED_WORDS = wordset("please you yourself we us")


def _imperative_step(rules: FeedbackRules) -> re.Pattern[str]:
    """The structure file's instruction cue ("Next time, send one list", "Before a quote goes out, check ...")."""
    return next((c.pattern for c in rules.cues if c.rule.id == "next-imperative"), _NEVER)


_NEVER = precompiled(r"(?!)")


# A business function alone as the subject names the department that does it ("finance will reject any order",
# "payroll will correct it"): the functions of Porter, M. E. (1985), Competitive Advantage, ch. 2 (the value chain),
# with finance, legal and compliance from the firm infrastructure there. As a modifier ("the payroll file") it is none.
_BUSINESS_FUNCTIONS = frozenset((w,) for w in wordset(
    "finance accounts accounting payroll procurement purchasing hr legal compliance qa marketing facilities logistics"))


def _step_agent(draft: _Draft, c: Clause) -> str:
    """Whose forward act clause ``c`` gives: 'person' (asked of or shared with the person, or an act with no
    agent named), 'writer' (the writer alone), 'other' (another party), 'result' (a state wished for), or
    'none' (no verb, a subordinate clause, a plan noun naming what follows, or a thing's requirement)."""
    if not c.verbs or c.link in _SUBORDINATE_LINKS:
        return "none"
    words = c.subject_words
    if not words:
        return "person"  # an imperative or a verb-first question
    head = words[0]
    if head in ("you", "yourself", "we", "us") or "you" in words[:3] or head in _WH_WORDS or head in _IMPERATIVE_ADVERBS:
        return "person"
    if not draft.person.second and head not in _ANY_POSSESSIVES and draft.person.is_subject(words):
        return "person"
    if c.subject[0].text[:1].isupper() and names_lexicon().may_be_name(head):
        return "person"  # a first name may be the person's: whose act it is stays open
    if head.endswith("ing") and len(head) > 4 and head not in _NOT_GERUND and not c.inherited:
        return "person"  # "Diversifying your funding sources could ...": a suggested act, its agent left out
    verbs = c.verb_words
    if head == "i":
        # "I need earlier updates": the writer's want asks the person for something; "I can sit in on your next
        # calls", "I'd be glad to share my notes": an offer of help the person can take up
        if any(w in _OFFER_WORDS for w in verbs) or _OFFER_AFTER.match(draft.text, c.verbs[-1].end):
            return "person"
        desire = next((k for k, w in enumerate(verbs) if w in _WANTING), None)
        if desire is not None and (verbs[desire + 1:desire + 2] != ("to",) or verbs[desire + 2:desire + 3] == ("see",)):
            return "person"  # a thing wanted from the person; "I want to raise it with HR" is the writer's act
        return "writer"
    if head == "there":
        return "result"  # "From now on there can be no more slips like this": a state wished for
    if head in _DUMMY_SUBJECTS and len(words) == 1:
        return "person"  # "It would be worth asking ...": a suggested act, its agent left out
    text = draft.text
    after = c.verbs[-1].end
    main = c.main_verb
    linking = any(w in BE_FORMS for w in verbs) or main in ("become", "get")
    if linking and is_participle(main) and main not in BE_FORMS:
        return "person"  # "The report must be submitted by Friday": an act, its agent left out
    if linking:
        named = verbs[verbs.index("to") + 1] if "to" in verbs[:-1] else (m.group(1).lower() if (
            m := _TO_ACT.match(text, after)) else "")
        if named and _act_named(named, gerund=False):
            return "person"  # "The priority is to book the course", "My suggestion is to call the client first"
        return "none" if _PLAN_NOUNS & set(words) else "result"
    if main in _RESULT_VERBS:
        return "result"  # "Response times have to come down", "Accuracy must improve"
    # Another party's act ("the platform team will add a check", "finance will reject it"); a thing that needs or
    # takes something ("each change needs a test") leaves whose act it is open.
    return "other" if not _PARTY_WORDS.isdisjoint(words) or words in _BUSINESS_FUNCTIONS else "none"


def _opens_with_instruction(draft: _Draft, start: int, words: list[str]) -> bool:
    """The sentence opens with a base verb and its object ("Wear the glasses down for every cut from now on; I will
    check on Thursday"): an instruction even where the clause parser read the verb as a noun."""
    return len(words) > 1 and draft.text[start:start + 1].isupper() and _act_named(words[0], gerund=False) \
        and (words[1] in DETERMINERS or words[1] in _OBJECT_PRONOUNS or words[1] in _ANY_POSSESSIVES)


def _step_for_another(draft: _Draft, rules: FeedbackRules, i: int) -> str | None:
    """Why sentence ``i``'s forward act is not the person's ('writer', 'other', 'result', 'hope'), or None when it
    may be (see above)."""
    text = draft.text
    s, e = draft.sentences[i]
    if _QUESTION_END.search(text, s, e):
        return None
    words = draft.span_words(s, e)
    owners = ("your", "yours") if draft.person.second else ("his", "her", "hers", "your")
    if draft.person.mentioned(words) or any(w.split("'")[0] in _ADDRESSED_WORDS or w in owners for w in words) \
            or words[:1] in (["don't"], ["never"], ["always"]):
        # "please", "you", "we", the person's own work or leave ("Your slides should be more structured, with an
        # agenda", "With your permission, I will ..."), or a prohibition: the sentence speaks to or of the person
        return None
    if any(not c.subject and _imperative(draft, rules, c) for c in draft.parsed[i]) \
            or _imperative_step(rules).search(text, s, e) or _opens_with_instruction(draft, s, words):
        return None  # "Next practice, open your hips toward the field"
    for k, w in enumerate(words[:-1]):
        if w == "let's" or (w == "let" and words[k + 1] == "us"):
            verb = words[k + 2] if w == "let" and k + 2 < len(words) else words[k + 1]
            return "hope" if verb in _HOPE_VERBS else None  # "Let's sit down on Wednesday" shares an act
    agents = [_step_agent(draft, c) for c in draft.parsed[i]]
    if "person" in agents:
        return None
    return next((a for a in agents if a != "none"), None)


def _arranged_session(draft: _Draft, c: Clause, e: int) -> bool:
    text = draft.text
    verbs = c.verb_words
    if not verbs or c.main_verb not in _ARRANGE_VERBS or any(w in NEGATORS or w in NEGATED_AUXILIARIES for w in verbs):
        return False
    rest = text[c.verbs[-1].end:e]
    return (_WITH_PERSON.search(rest) is not None and _FORWARD.search(rest) is not None
            and _PAST_TIME.search(rest) is None)


def _bare_demand_at(draft: _Draft, rules: FeedbackRules, i: int, pos: int) -> bool:
    """The sentence, or the clause of it that holds ``pos``, only asks for a better result ("Be better
    prepared next time; these updates matter", "Some reports are incomplete; try to be more careful")."""
    s, e = draft.sentences[i]
    if _demand_only(draft, rules, s, e):
        return True
    clause = draft.clause_at(i, pos)
    return clause is not None and _demand_only(draft, rules, clause.start, clause.end)


def _demand_only(draft: _Draft, rules: FeedbackRules, start: int, end: int) -> bool:
    """``text[start:end]`` asks only for a better result or for more effort: the listed forms of a bare demand
    ("Please improve your attendance"), or an exhortation (see :func:`_exhortation`)."""
    return bool(rules.bare_demand is not None and rules.bare_demand.fullmatch(draft.text, start, end)) \
        or _exhortation(draft, rules, start, end) or _degree_demand(draft, start, end)


# The frame of a request (who asks, how firmly, when) around what is asked: "You should just ...", "I need you
# to ...", "Going forward, please try to ...". What is left after it is the request's content.
_REQUEST_FRAME = wordset("""please just really simply truly honestly seriously should must need needs needed have has
    got gotta to try trying tries expect expecting want wanted like going forward moving next time future now from on
    start starting keep begin continue always also lot bit little much even already then here well able""")


# Light verbs that carry an effort noun or adverb ("put in more effort", "pay attention", "take it seriously", "step
# up", "pull your weight"): they name no act of their own.
_SUPPORT_VERBS = frozenset().union(*(inflections(v) for v in ("be", "put", "give", "bring", "show", "make", "take", "get",
                                                              "pay", "do", "raise", "pick", "pull", "step", "buck",
                                                              "lift", "up", "see")))


_LEADING = wordset("please just so now and then also really simply honestly frankly seriously next time going moving "
                   "forward from on in the future")
_ASKING_MODALS = wordset("need needs have has must should ought got gotta will 'll can could")
_WRITER_ASKS = wordset("need want expect 'd would")


def _request_form(words: list[str]) -> bool:
    """The opening words (lower case) ask the person for something: an imperative ("try harder", "please show
    more initiative") or a modal demand ("you should just ...", "he needs to ...", "I expect ...", "I'd like you
    to ..."), not a remark in the past or a denial ("I could have done it no better", "you never stopped")."""
    k = 0
    while k < len(words) and words[k] in _LEADING:
        k += 1
    rest = words[k:]
    if not rest or any(w in ("no", "not", "never") or (w.endswith("n't") and j > 0) for j, w in enumerate(rest)):
        return False
    head = rest[0]
    if head in ("you", "he", "she", "they", "we"):
        nxt = [w for w in rest[1:4] if w not in ("just", "really", "simply", "also", "definitely")]
        return bool(nxt) and nxt[0] in _ASKING_MODALS and nxt[1:2] != ["have"] and not (
            nxt[0] in ("have", "has") and nxt[1:2] != ["to"])
    if head == "i":
        nxt = [w for w in rest[1:3] if w not in ("just", "really", "simply", "also")]
        return bool(nxt) and nxt[0] in _WRITER_ASKS
    if head in ("you'll", "you've", "you'd"):
        return head == "you'll" or rest[1:3] == ["got", "to"]
    return head in _SUPPORT_VERBS or head in ("try", "work", "focus", "improve", "start", "keep", "stop", "don't",
                                              "sharpen", "smarten", "tighten", "care", "concentrate", "commit",
                                              "engage", "apply", "act", "aim", "strive", "buck", "pull")


def _exhortation(draft: _Draft, rules: FeedbackRules, start: int, end: int) -> bool:
    """A request whose content names no behaviour, occasion or support: after the request's frame every
    content word is a word of effort, attention or attitude (``rules.effort_words``, at least one) or an
    unspecific word, with no number and no name ("You should just try harder", "Step up your game", "Show
    more initiative", "Put more effort in"). A concrete request names an act on an object or an occasion
    ("Send the draft by Thursday", "Ask Priya to review your first two reports"), so it is a next step."""
    if not rules.effort_words:
        return False
    effort = False
    toks, lowered = draft.toks, draft.lowered
    first = draft.token_index(start)
    last = draft.tokens_up_to(first, end)
    if rules.effort_words.isdisjoint(lowered[first:last]):
        return False  # no word of effort, attention or attitude: nothing below can find one
    if not _request_form(lowered[first:min(first + 8, last)]):
        return False  # "Honestly, I could have done it no better": the writer's remark, no request
    for k in range(first, last):
        tok = toks[k]
        word = lowered[k]
        if any(ch.isdigit() for ch in word) or (tok.start > start and tok.text[:1].isupper() and word != "i"):
            return False  # a number or a name makes it concrete ("by 6:50", "ask Priya")
        if word in rules.effort_words:
            effort = True
        elif not (word in STOPWORDS or word in _REQUEST_FRAME or word in _SUPPORT_VERBS or word in rules.unspecific_words):
            return False
    return effort


# A request for more or less of an act with nothing concrete in it ("Work faster.", "Talk less in meetings and listen
# more.", "You need to record more.", "Less chatting, more picking.", "Speed up."): after the request's frame, only
# conjuncts of a verb and a comparative of degree or pace, or of a comparative and a gerund, each with at most a
# setting phrase after it. It names the amount wanted, not an act on an object or an occasion, so it is a demand and
# no next step; a number, a name or "than" (a comparison stated, "sales more than doubled") makes it something else.
_DEGREE_COMPARATIVES = wordset("more less faster quicker slower sooner harder")
_PACE_PARTICLES = frozenset([("speed", "up"), ("hurry", "up"), ("pick", "up"), ("step", "up"), ("buck", "up"),
                             ("slow", "down"), ("calm", "down"), ("tone", "down")])
_SETTING_WORDS = frozenset(("in", "at", "on", "during", "with", "when", "while", "around", "before", "after"))
_MEANS_WORDS = frozenset(("by", "using", "through", "via", "so", "to", "until", "than"))
_CONJUNCT_BREAKS = frozenset([",", ";", "and", "but", "then", "or"])
# A word each conjunct _degree_conjunct accepts holds: a comparative, a pace particle's "up"/"down", "stop"/"quit".
_DEGREE_KEYS = _DEGREE_COMPARATIVES | {second for _, second in _PACE_PARTICLES} | {"stop", "quit"}


def _degree_conjunct(words: list[str]) -> bool:
    """One conjunct of a degree demand: "work faster", "listen more in meetings", "less chatting", "speed up", or a
    bare stop ("stop overstepping", "quit complaining so much": the gerund alone, no object or occasion)."""
    if len(words) >= 2 and (words[0], words[1]) in _PACE_PARTICLES:
        return len(words) == 2 or (words[2] in ("the", "your") and words[3:] == ["pace"])
    if len(words) % 2 == 0 and all(w in _DEGREE_COMPARATIVES for w in words[::2]) \
            and all(w.endswith("ing") and w not in STOPWORDS for w in words[1::2]):
        return True  # "less chatting, more picking", its comma dropped or not
    if len(words) >= 2 and words[0] in ("stop", "quit") and words[1].endswith("ing") and words[1] not in STOPWORDS:
        return words[2:] in ([], ["so", "much"], ["all", "the", "time"])  # "Stop overstepping.": a conduct unnamed
    if len(words) < 2 or words[1] not in _DEGREE_COMPARATIVES or "than" in words:
        return False
    verb = words[0]
    if verb in STOPWORDS or verb in _SUPPORT_VERBS or not verb.isalpha() or verb.endswith(("ed", "ing")):
        return False  # "be more careful" is a quality (see _quality_demand); "worked faster" is no request
    if len(words) == 2:
        return True
    # a setting phrase only: "sell more of the winter range" names what, "work faster by staging the totes" how
    return words[2] in _SETTING_WORDS and len(words) <= 7 and not any(w in _MEANS_WORDS for w in words[3:])


def _degree_demand(draft: _Draft, start: int, end: int) -> bool:
    """``text[start:end]`` only asks for more or less of an act (see above)."""
    words: list[str] = []
    toks, lowered = draft.toks, draft.lowered
    first = draft.token_index(start)
    last = draft.tokens_up_to(first, end)
    if _DEGREE_KEYS.isdisjoint(lowered[first:last]):
        return False  # every conjunct that asks for a degree holds one of these words (see _degree_conjunct)
    for k in range(first, last):
        tok = toks[k]
        word = lowered[k]
        if any(ch.isdigit() for ch in word) or (k > first and tok.text[:1].isupper() and word != "i"):
            return False  # a number or a name makes it concrete
        if word.isalpha() or word in _CONJUNCT_BREAKS or "'" in word:
            words.append(word)
    k = 0
    while k < len(words) and words[k] in _LEADING:
        k += 1
    rest = words[k:]
    if rest[:1] and rest[0] in PERSON_PRONOUNS:
        if not (rest[1:2] and rest[1] in _ASKING_MODALS and rest[1] not in ("will", "'ll", "can", "could")):
            return False  # "You work faster than anyone": a statement, not a request
        rest = rest[3:] if rest[2:3] == ["to"] else rest[2:]
    elif rest[:3] in (["i", "need", "you"], ["i", "want", "you"]) and rest[3:4] == ["to"]:
        rest = rest[4:]
    conjuncts: list[list[str]] = [[]]
    for word in rest:
        if word in _CONJUNCT_BREAKS:
            conjuncts.append([])
        else:
            conjuncts[-1].append(word)
    conjuncts = [c for c in conjuncts if c]
    return bool(conjuncts) and all(_degree_conjunct(c) for c in conjuncts)


# A request for a manner or disposition ("Be friendlier to the customers", "Be warmer and softer in meetings",
# "You need to be nicer on the phones", "You need a better first touch"): after the request's frame, "be" and a
# predicate of qualities (degree words, adjectives joined by "and"/"or"), or "a better/stronger ..." as the thing
# needed, then at most a setting phrase. It asks for a quality, not an act, so it is a demand and no next step. A
# number or a name makes it concrete ("Be at the desk by 8:30"); "be sure to ...", "be ready to ...", "be there"
# carry an act or a place.
_QUALITY_DEGREE = wordset("more less a bit little lot much far way so even just really much slightly somewhat")
_NOT_QUALITY = wordset("sure there here aware able ready certain prepared available present back on in at off")
_BETTER_THING = wordset("better stronger bigger greater clearer firmer sharper tighter more")
# (Named apart from _OBJECT_PRONOUNS above, which an imperative's object is read against: one name for both made this
# set, defined later, the one _imperative read, so "Publish it by the 25th" had no object.) A person as an object, also
# read by _harmed_person; "her" is left out, as it may be a possessive: a caller that wants it decides from the next word.
_PERSON_OBJECTS = wordset("him them me us you everyone everybody anyone anybody someone people others")


def _quality_demand(draft: _Draft, start: int, end: int) -> bool:
    """``text[start:end]`` only asks for a quality (see above)."""
    toks, lowered = draft.toks, draft.lowered
    first = draft.token_index(start)
    last = draft.tokens_up_to(first, end)
    opening = lowered[first:min(first + 6, last)]
    k = next((n for n, w in enumerate(opening) if w not in _LEADING), len(opening))
    if k >= len(opening) or not (opening[k] in ("be", "try", "aim") or (
            opening[k] in ("you", "he", "she", "they") and opening[k + 1:k + 2]
            and opening[k + 1] in _ASKING_MODALS and opening[k + 1] not in ("will", "'ll", "can", "could"))):
        return False  # no request frame before "be" or "a better ..."
    words: list[str] = []
    for k in range(first, last):
        tok = toks[k]
        word = lowered[k]
        if any(ch.isdigit() for ch in word) or (k > first and tok.text[:1].isupper() and word != "i"):
            return False  # a number or a name makes it concrete
        words.append(word)
    k = 0
    while k < len(words) and words[k] in _LEADING:
        k += 1
    rest = words[k:]
    if rest[:2] in (["try", "to"], ["aim", "to"]):
        rest = rest[2:]
    elif rest[:1] in (["you"], ["he"], ["she"], ["they"]):
        if rest[1:2] and rest[1] in _ASKING_MODALS and rest[1] not in ("will", "'ll", "can", "could"):
            rest = rest[3:] if rest[2:3] == ["to"] else rest[2:]
            if rest[:1] in (["a"], ["an"]) and rest[1:2] and rest[1] in _BETTER_THING:
                return len(rest) >= 3 and all(w.isalpha() or "-" in w for w in rest[2:])  # "need a better first touch"
        else:
            return False
    if rest[:1] != ["be"]:
        return False
    j = 1
    qualities = 0
    while j < len(rest):
        word = rest[j]
        if word in _QUALITY_DEGREE or word in ("and", "or", "but"):
            j += 1
            continue
        if word in FUNCTION_WORDS or word in PREPOSITIONS or word in _NOT_QUALITY or not word.replace("-", "").isalpha():
            break
        after = rest[j + 2] if j + 2 < len(rest) else ""
        if rest[j + 1:j + 2] == ["that"] or (rest[j + 1:j + 2] == ["to"] and not (
                after in DETERMINERS or after in _PERSON_OBJECTS or after.endswith("s"))):
            return False  # "be careful to lock the door", "be sure that ...": an act asked for
        qualities += 1
        j += 1
    if not qualities:
        return False
    return j == len(rest) or rest[j] in PREPOSITIONS or rest[j] in ("when", "while", "with")


# Others held up to the person as the standard (comparing employees is a classic review error: Lattice, "10 phrases
# you should never use in performance reviews"; Baron, R. A. (1988). Journal of Applied Psychology, 73(2), 199-207,
# destructive criticism): a sentence whose subject is the others as a group ("Everyone else", "The rest of the team",
# "The other drivers") with a present-tense verb stating their habitual level ("Everyone else manages 15 rooms."),
# the person not named in it, in a draft with no praise. It says the person falls short of them: criticism. A past
# verb tells an occasion ("Everyone else left at six, so you closed up"); a sentence naming the person compares openly.
_OTHERS_SUBJECT = precompiled(
    r"[\s\"“(]{0,3}(?:(?:everyone|everybody|anyone|anybody)\s{1,3}else|(?:all\s{1,3})?the\s{1,3}rest\s{1,3}of\s{1,3}"
    r"(?:the\s{1,3}[a-z-]{2,30}|us|them|your\s{1,3}[a-z-]{2,30})|(?:all\s{1,3})?(?:the|your)\s{1,3}other\s{1,3}[a-z-]{2,30}s|"
    r"(?:all\s{1,3})?(?:the\s{1,3})?others|every\s{1,3}other\s{1,3}[a-z-]{2,30})"
    r"(?:\s{1,3}(?:on|in|at|from)\s{1,3}(?:the|this|your|my|our)\s{1,3}[a-z-]{2,30})?\s{1,3}(?P<verb>[a-z]{2,30})\b",
    re.IGNORECASE)
_THE_PERSON = precompiled(r"\b(?:you|your|yours|yourself|he|him|his|she|her|hers)\b", re.IGNORECASE)  # "their" is the others'
_INCLUDING = precompiled(r"\b(?:too|also|as\s{1,3}well|either|like\s{1,3}you)\b", re.IGNORECASE)
_NOT_PRESENT = frozenset(IRREGULAR_PAST) | wordset("will would could should might may must had did was were")


def _others_compared(draft: _Draft, rules: FeedbackRules, i: int) -> bool:
    """The sentence holds others up to the person as the standard (see above)."""
    s, e = draft.sentences[i]
    m = _OTHERS_SUBJECT.match(draft.text, s, e)
    if m is None:
        return False
    verb = m.group("verb").lower()
    if verb.endswith("ed") or verb in _NOT_PRESENT or verb in STOPWORDS and verb not in ("can", "do", "does", "get", "gets"):
        return False
    if _INCLUDING.search(draft.text, m.end(), e) or _THE_PERSON.search(draft.text, m.end(), e):
        return False  # "The rest of the team hits target too": the others alongside, not above
    return not rules.praise.search(draft.text)  # in a draft of praise the others' level is a benchmark


# What someone else could not do, told as fact in a main or result clause ("so finance could not collect the first
# payment", "Without the record, reception can't send the reminder", "she could not open the booking system all
# Monday"): a cost the person's lapse put on others (the impact of the SBI model: CCL, "Use
# Situation-Behavior-Impact (SBI) to Understand Intent", https://www.ccl.org/articles/leading-effectively-articles/
# closing-the-gap-between-intent-vs-impact-sbii/), so criticism, never a problem averted because a problem word
# ("reminder") sits in the negation's scope. Not the person's own or the writer's inability, a supposed case ("if
# they can't reach you"), a could-not-have ("they couldn't have done it without you": the person's part), a verb of
# viewing or praising ("couldn't believe", "can't thank you enough", "couldn't stop talking about it"), nor the
# setting or hardship the person met ("when the customers couldn't pay, you took their numbers").
_ABLE_BEFORE = precompiled(r"\b(?:could|can)\s{1,3}\Z", re.IGNORECASE)
_UNABLE_NEGATORS = wordset("cannot can't can’t")
_NOT_A_COST_VERBS = wordset("have be thank praise fault stop wait ask tell recommend speak say")


def _others_unable(draft: _Draft, i: int, m: re.Match[str], person: _Person, setting: list[tuple[int, int]]) -> bool:
    """The negator ``m`` denies someone else's ability as a cost (see above)."""
    text = draft.text
    s = draft.sentences[i][0]
    word = m.group().lower()
    if word not in _UNABLE_NEGATORS and not (word == "not" and _ABLE_BEFORE.search(text, max(s, m.start() - 8), m.start())):
        return False
    after = _NEXT_ADJECTIVE.match(text, m.end())
    if after is None or after.group(1).lower() in _NOT_A_COST_VERBS or after.group(1).lower() in _VIEW_VERBS:
        return False
    c = draft.clause_at(i, m.start())
    if c is None or not c.subject_words or c.link in _CONDITION_LINKS or _covers(setting, m.start()) \
            or _in_hardship(draft, m.start()):
        return False
    first = c.subject_words[0]
    return not (person.is_subject(c.subject_words) or _named(person, first) or first in _YOU_WORDS
                or first in _WRITER_WORDS or first in _THING_WORDS)


# Contrastive negation of a phrase, after a comma: "before 7, not during the lunch rush", "in the safe, not in the
# drawer" (subclausal negation, Huddleston & Pullum 2002, The Cambridge Grammar of the English Language, ch. 9 §1.2):
# it rules out an alternative time, place or thing and denies no event, so a problem word in it ("rush") is no
# problem averted.
_AFTER_COMMA = precompiled(r",\s{0,3}\Z")
# A definite or possessive determiner or a preposition of time or place: not "a single", "as well as", "without",
# "many" (a count or degree denied is no alternative ruled out).
_ALTERNATIVE_OPENERS = wordset("the this that these those your his her their our my its in on at during after before "
                               "by from into onto under over through for with near behind inside outside")


def _contrastive_not(text: str, m: re.Match[str], s: int) -> bool:
    """``m`` is a bare "not" after a comma opening a prepositional or noun phrase (see above)."""
    if m.group().lower() != "not" or not _AFTER_COMMA.search(text, max(s, m.start() - 4), m.start()):
        return False
    nxt = _NEXT_ADJECTIVE.match(text, m.end())
    return nxt is not None and nxt.group(1).lower() in _ALTERNATIVE_OPENERS


# The writer's closing formula: nothing further to say ("Nothing to add.", "Nothing more to say, keep it up").
_NOTHING_TO_ADD = precompiled(r"nothing\s{1,3}(?:(?:more|else|further|much)\s{1,3})?to\s{1,3}(?:add|say|report|mention|"
                              r"comment\s{1,3}on|flag|raise)\b", re.IGNORECASE)


def _named(person: _Person, word: str) -> bool:
    """``word`` is the person's name: the draft's most frequent named subject, and a first name or no common word
    ("Three tickets were closed ..." names no one)."""
    return person.name is not None and word == person.name and names_lexicon().may_be_name(
        word.removesuffix("'s").removesuffix("’s"))


_CONDITION_LINKS = wordset("if unless whether")


# --- consequence clauses: impact found by sentence function ------------------------------------
#
# An impact is a declarative clause, after something the person did, whose subject is someone or
# something other than the person (a colleague, a third party, the writer, "it", "this", "which")
# and that reports what happened, what it cost or what now has to happen: "Stephanie shut down",
# "finance had to close the quarter without your numbers", "It took me 20 minutes", "I will now need
# to work this evening". Found by shape (subject, tense, mood, position), not by phrase lists.

# Verbs of perceiving, knowing and wanting: their own clause reports the writer's view ("Everybody has
# noticed it", "I know"); what follows them ("I don't think the directors followed") is judged instead.
_VIEW_VERBS = wordset(
    """notice noticed noticing see saw seen think thought know knew known believe believed hope hoped wish
    wished want wanted guess guessed suppose supposed realize realized realise realised understand understood
    wonder wondered remember remembered recall recalled expect expected imagine imagined appreciate
    appreciated love loved like liked hear heard doubt doubted assume assumed observe observed mean meant
    sense sensed trust trusted"""
)
_WRITER_WORDS = wordset("i we")
_THING_WORDS = wordset("it this that these those which")
_PARTY_WORDS = PERSON_NOUNS | wordset(
    """me us him them everyone everybody people others team teams client clients customer customers user users
    buyer buyers patient patients staff colleagues coworkers co-workers managers stakeholder stakeholders
    partners vendors suppliers students pupils class parents guests members residents audience attendees board
    leadership management executives department departments company business organization organisation family
    families public readers visitors shoppers callers employees hires engineers nurses doctors directors committee
    panel crew group office peers teammates juniors reports mother father son daughter children kids volunteers
    sister brother wife husband grandmother grandfather grandson granddaughter aunt uncle niece nephew cousin
    donors funders sponsors regulators auditors reviewers agents reps developers designers analysts leads"""
)
