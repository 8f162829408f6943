"""Praise by sentence function: accomplishments and good acts told plainly."""

from __future__ import annotations

import re
from collections import deque

from assistant.analyzers.feedback.acts import (
    _POSSESSIVE_WORDS,
    _SUPPOSED_LINKS,
    _UNDONE,
    _negation_scope,
)
from assistant.analyzers.feedback.criticism import (
    _INVITATION,
    _OPPORTUNITY,
)
from assistant.analyzers.feedback.draft import (
    PERSON_NOUNS,
    _Draft,
    _Person,
)
from assistant.analyzers.feedback.harsh import (
    _SCALE_DOWN,
    _SCALE_UP,
    _base_of,
)
from assistant.analyzers.feedback.rules import (
    FeedbackRules,
)
from assistant.analyzers.feedback.steps import (
    _NOT_GERUND,
    _QUESTION_END,
    _STATIVE_VERBS,
    _SUBORDINATE_LINKS,
    _WRITER_WORDS,
    _named,
    _Sentence,
)
from assistant.analyzers.rulecache import precompiled
from assistant.analyzers.valence import lexicon, word_valences
from assistant.text import (
    BE_FORMS,
    DETERMINERS,
    HAVE_FORMS,
    PERSONAL_PRONOUNS,
    PREPOSITIONS,
    STOPWORDS,
    Clause,
    clauses,
    fold_plural,
    is_participle,
    numbers,
    wordset,
)
from assistant.text import (
    stem as word_stem,
)
from assistant.wordlists import artifact_nouns, data_file

# --- a praise word in a use that evaluates nothing ---------------------------------------------------
#
# A word of the praise lexicon (assistant/rules/feedback_structure.yaml, polarity.praise) praises only in its
# evaluative use. Three uses of the same spelling evaluate nothing, and in a draft that asks for a change they made
# the request read as praise ("At each handover, read out every isolation ... as well as the open work orders" read
# as positive; "you prepared the instrument packs ..., but the second pack was missing a needle holder" as mixed):
# * 'well' as part of another word class. "as well as" is a coordinator, 'in addition to' (Quirk et al. 1985,
#   A Comprehensive Grammar of the English Language, 13.102; Cambridge Dictionary, "as well as"); "as well" closing a
#   clause is the additive adjunct 'also' (Cambridge, "as well"); "might as well" a modal idiom (Cambridge, "may/might
#   as well"); and before a preposition of position or extent ("well behind schedule", "well below expectations",
#   "well over 50", "well short of the target") 'well' is a degree adverb, 'to a great degree' (Cambridge, "well",
#   adverb sense 3; Quirk et al. 7.56), whose phrase takes its polarity from the words it grades. "as well as" in a
#   comparison of manner ("did it as well as anyone", "as well as he could") is the adverb and stays praise.
# * an adjective used as the verb: with a direct object after it ("you prepared the instrument packs", "she organised
#   the rota", "Please clear the access path", "calm the caller first") the word is the verb, an act told or asked
#   for, not the quality 'prepared', 'organised', 'clear', 'calm' (Quirk et al. 1985, 7.15-7.16: a participle with an
#   object has verbal force; Cambridge Dictionary, "clear" and "calm" as verbs); "well prepared", "was organised",
#   "Your explanation was clear", "stayed calm" stay praise. Nor does 'clear' of a fact praise anyone: "it is clear
#   (to me) that you did not ..." is the certainty adjective in extraposition (Quirk et al. 18.33; Cambridge,
#   "clear": 'certain, having no doubt'), the truth of the that-clause judged, not the person's clarity; and "clear to"
#   with a verb of moving on ("the stop was clear to pull in", "it was clear to proceed") is 'free from obstructions'
#   (Cambridge, "clear", adjective: 'free from obstructions'); "clear to follow", "clear to read" judge the work's
#   clarity and stay praise.
# * a classifying use: a person's quality before a noun naming a made thing ("an early dedicated truck", "a
#   reliable van") classifies the thing (Biber et al. 1999, Longman Grammar of Spoken and Written English, 7.7,
#   classifiers vs descriptors; Cambridge, "dedicated": 'designed to do one particular thing'); artifact nouns are
#   WordNet 3.0's (assistant/data/artifact_nouns.txt). "a dedicated nurse", "a reliable colleague" stay praise.
_AS_WELL_AS_COMPARED = precompiled(
    r"\s{1,3}(?:anyone|anybody|ever|before|expected|possible|usual|i|he|she|they|we|you|it|could|can|the\s{1,3}best|"
    r"any\s{1,3}(?:other|of))\b", re.IGNORECASE)
_MANNER_COMPARED_BEFORE = precompiled(r"\b(?:just|equally|every\s{1,3}bit|quite|nearly|almost|not)\s{1,3}$", re.IGNORECASE)
_CLAUSE_CLOSE = precompiled(r"\s{0,3}(?:[.,;:!?)\u2014\u2013]|$|\s-\s|\s(?:and|but|so|because|if|when|since|though|too)\b)",
                            re.IGNORECASE)  # not a hyphen: "as well-prepared as anyone"
_MODAL_AS_BEFORE = precompiled(r"\b(?:might|may|could)\s{1,3}(?:just\s{1,3})?as\s{1,3}$", re.IGNORECASE)
_DEGREE_AFTER = precompiled(
    r"\s{1,3}(?:behind|below|above|beyond|short\s{1,3}of|(?:over|under|past|within)\s{1,3}(?:\d|a\b|an\b|half\b|"
    r"one\b|two\b|three\b|four\b|five\b|six\b|ten\b|twenty\b|budget\b|target\b|the\s{1,3}(?:limit|budget|target|"
    r"deadline)\b))", re.IGNORECASE)
_ALSO_VERBS = wordset("prepared organised organized dedicated clear calm")
_CLEAR_FACT = precompiled(r"\b(?:it|this|that)(?:\s{1,3}(?:is|was|has\s{1,3}been|had\s{1,3}been|became|becomes|seems|seemed)|['’]s)"
                          r"\s{1,3}(?:(?:very|quite|now|already|abundantly|pretty|perfectly|also)\s{1,3})?$", re.IGNORECASE)
_CLEAR_TO = precompiled(r"\s{1,3}to\s{1,3}([a-z]{2,20})\b", re.IGNORECASE)
_UNDERSTOOD_VERBS = wordset("follow understand read use navigate grasp interpret see hear me us everyone everybody all "
                            "them him her you anyone")
_FACT_CLAUSE_AFTER = precompiled(r"\s{1,3}(?:to\s{1,3}(?:me|us|everyone|everybody|all|them|him|her)\s{1,3})?"
                                 r"(?:that|why|how|what|whether)\b", re.IGNORECASE)
_NOT_VERB_BEFORE = wordset("well very so more most fully better best get gets got getting feel feels felt seem seems "
                           "seemed look looks looked always") | BE_FORMS
_PERSON_QUALITIES = wordset(
    "proactive reliable dependable responsive professional organised organized prepared punctual consistent "
    "collaborative supportive creative innovative dedicated hard-working hardworking diligent efficient productive "
    "knowledgeable skilled capable resourceful adaptable trustworthy conscientious cooperative helpful friendly "
    "respectful courteous attentive meticulous")


def non_evaluative_praise(text: str, m: re.Match[str]) -> bool:
    """The praise-lexicon match ``m`` is a use of its word that evaluates nothing (see above)."""
    word = m.group().lower()
    before = text[max(0, m.start() - 30):m.start()]
    if word == "well":
        if before.lower().endswith(("as ", "as\u00a0")):
            if _MODAL_AS_BEFORE.search(before):
                return True  # "you might as well ask Sam"
            if re.match(r"\s{1,3}as\b", text[m.end():m.end() + 5], re.IGNORECASE):
                # "the docs as well as the code"; not "did it as well as anyone", "just as well as before"
                return not (_AS_WELL_AS_COMPARED.match(text, m.end() + 3)
                            or _MANNER_COMPARED_BEFORE.search(before[:-3]))
            return bool(_CLAUSE_CLOSE.match(text, m.end())) and not _MANNER_COMPARED_BEFORE.search(before[:-3])
        return bool(_DEGREE_AFTER.match(text, m.end()))  # "well behind schedule", "well over budget"
    if word == "clear" and _CLEAR_FACT.search(before) and _FACT_CLAUSE_AFTER.match(text, m.end()):
        return True  # "it is clear that you did not check the figures"
    if word == "clear" and (way := _CLEAR_TO.match(text, m.end())) is not None \
            and way.group(1).lower() not in _UNDERSTOOD_VERBS:
        return True  # "the camera shows the stop was clear to pull in": nothing in the way
    after = re.match(r"\s{1,3}([\w'’-]+)", text[m.end():m.end() + 40])
    if after is None or " " in word:
        return False
    nxt = after.group(1).lower()
    if word in _ALSO_VERBS:
        prev = re.search(r"([\w'’-]+)\s{0,3}$", before)
        if (nxt in DETERMINERS or nxt.endswith(("'s", "’s")) or nxt[:1].isdigit()) and nxt != "no" \
                and not (prev and prev.group(1).lower() in _NOT_VERB_BEFORE):
            return True  # "you prepared the instrument packs", "Please clear the access path": the verb and its object
    return word in _PERSON_QUALITIES and fold_plural(nxt) in artifact_nouns()  # "a dedicated truck"


# --- praise by sentence function: an accomplishment stated as fact ---------------------------------
#
# Praise needs no praise word: "Nadia closed 14 deals last quarter", "Sam trained four new cashiers", "the
# regulators accepted it" state a result of the person's work as fact (task-level feedback, Hattie &
# Timperley 2007). A clause is an accomplishment when the person, or the person's work ("your code review",
# "her redesign"), is the subject of an affirmative past or perfect verb that names a result in itself (won,
# secured, exceeded, resolved), or of a task verb (delivered, built, trained) whose clause marks it as done
# well (a count or 'every'/'all', on time, ahead of schedule, a target met, a superlative); or when someone
# the work was for gives a favourable verdict on it (the client signed, the board approved). Counted only in
# a sentence with no criticism, so a neutral act in a critical sentence ("You delivered it two days late")
# stays the behaviour criticised.
_ACCOMPLISHED = wordset("achieved accomplished attained won secured exceeded surpassed beat outperformed outsold "
                        "saved rescued solved resolved fixed cleared closed landed earned doubled tripled quadrupled "
                        "halved recovered overhauled streamlined automated simplified modernised modernized revamped "
                        "salvaged transformed mastered")
_TASK_DONE = wordset("delivered completed finished shipped launched built created rebuilt redesigned reorganised "
                     "reorganized restructured introduced established organised organized trained mentored coached "
                     "onboarded implemented wrote rewrote designed developed produced reduced increased grew improved "
                     "boosted expanded caught spotted handled negotiated answered hit met raised recruited hired sold "
                     "processed published migrated cut")
# Task verbs that name a result only with a target ("met the deadline", "hit its sales target"; not "met two clients").
_TARGET_VERBS = wordset("met hit handled answered")
# Verbs of the people the work was for that give a verdict on it ("the client signed the renewal").
_APPROVED = wordset("signed renewed approved accepted passed thanked praised recommended commended applauded "
                    "complimented funded awarded adopted")
# Team results stated by the writer after the person's work ("we beat our sales target by 12%").
_TEAM_RESULT = wordset("beat exceeded surpassed won hit doubled tripled secured landed")
_DONE_WELL = precompiled(
    r"\b(?:every|all|each|both|whole|entire|zero|on\s{1,3}(?:time|schedule|budget)|ahead\s{1,3}of|under\s{1,3}budget|"
    r"early|in\s{1,3}record\s{1,3}time|before\s{1,3}the\s{1,3}deadline|end\s{1,3}to\s{1,3}end|from\s{1,3}scratch|"
    r"single-?handedly|first|record|more\s{1,3}than\s{1,3}(?:anyone|any|ever)|best|highest|fastest|targets?|goals?|"
    r"quotas?|milestones?|deadlines?|by\s{1,3}(?:half|a\s{1,3}(?:third|quarter|fifth|tenth)|\d))\b", re.IGNORECASE)
# A superlative or a first in the complement of a copula whose subject is the person's work: "Your talk was the
# most-discussed session of the day", "the first one finance approved without a revision".
_SUPERLATIVE = precompiled(r"\b(?:the|our|their|its|his|her|your)\s{1,3}(?:very\s{1,3}|single\s{1,3})?(?:best|first|"
                          r"most[\s-]{1,3}[a-z]{3,30}|highest|fastest|strongest|clearest|cleanest|smoothest|quickest|"
                          r"finest|top)\b", re.IGNORECASE)
# A count of the person's output ranked above everyone else's ("you packed 340 orders on Monday, more than anyone on
# the line", "sold 22 memberships, more than any other adviser"): a result whatever the verb, the mirror of the others
# held up as the standard (_others_compared). Not a count of what was taken, had or spent ("took 12 days off, more
# than anyone"): that is no output.
_OUTDID_OTHERS = precompiled(r"\bmore\s{1,3}than\s{1,3}(?:(?:anyone|anybody)(?:\s{1,3}else)?|any\s{1,3}other\s{1,3}"
                             r"[a-z]{2,20})\b", re.IGNORECASE)
_NO_OUTPUT_VERBS = wordset("had has have took take takes taken spent spend spends used use uses needed need needs "
                           "missed lost made got")
# Result verbs whose past is their present form ("we beat our sales target", "she cut the close to five days").
_SAME_PAST = wordset("beat hit cut")


def _found_from(draft: _Draft, pattern: re.Pattern[str], pos: int, s: int, e: int) -> bool:
    """``pattern.search(text, pos, e) is not None`` for a ``pos`` in the sentence ``[s, e)``, asked for
    each clause: the last place in the sentence where ``pattern`` matches is found once (the last match
    ``finditer`` gives, or a later one starting inside it), and a search from ``pos`` finds a match
    exactly when ``pos`` is at or before that place. ``pattern`` must not match the empty string."""
    key = ("last match", pattern, s, e)
    if key not in draft.memo:
        tail = deque(pattern.finditer(draft.text, s, e), maxlen=1)
        last = tail[0] if tail else None
        start = -1
        if last is not None:
            start = last.start()
            for q in range(last.start() + 1, last.end()):
                if pattern.match(draft.text, q, e):
                    start = q
        draft.memo[key] = start
    return s <= pos <= draft.memo[key]


def _outdid_others(draft: _Draft, clause: Clause, end: int) -> bool:
    """The clause's count of the person's output is ranked above everyone else's (see _OUTDID_OTHERS)."""
    if clause.main_verb in BE_FORMS or clause.main_verb in _NO_OUTPUT_VERBS:
        return False
    m = _OUTDID_OTHERS.search(draft.text, clause.verbs[-1].end, end)
    return m is not None and bool(numbers(draft.text[clause.verbs[-1].end:m.start()]))


_EST_FORM = precompiled(r"\bthe\s{1,3}(?:very\s{1,3})?(?P<adj>[a-z]{2,20}est)\b", re.IGNORECASE)


def _rated_superlative(text: str, start: int, end: int) -> bool:
    """An -est superlative of an adjective VADER rates good in the span ("the neatest on the site", "the
    friendliest", "the safest"): the work put at the good end, as "the best" is."""
    for m in _EST_FORM.finditer(text, start, end):
        bases = {m.group("adj").lower(), _base_of(m.group("adj")), _base_of(m.group("adj")) + "e"}
        # an amount word ("the lowest", "the highest") is good or bad by its measure, not by itself
        if not bases & (_SCALE_UP | _SCALE_DOWN) and any(lexicon().get(base, 0.0) > 0 for base in bases):
            return True
    return False


# The writer's saying verb with a that-complement ("I want to say first that your mowing lines were the best on the
# route", "I have to say that ..."): the complement is what the sentence states; the clause parser keeps it inside
# the writer's clause, so it is parsed on its own.
_SAYING_THAT = precompiled(r"\b(?:say|tell\s{1,3}you|mention|note|add|stress|point\s{1,3}out|start\s{1,3}by\s{1,3}saying)"
                           r"(?:\s{1,3}(?:first|again|here|now|up\s{1,3}front))?\s{1,3}that\b", re.IGNORECASE)


def _said_content(draft: _Draft, sentence: int) -> list[Clause]:
    """The sentence's clauses, with the clauses of a that-complement of the writer's saying verb (see above) in
    place of the writer's clause that holds it."""
    text = draft.text
    out: list[Clause] = []
    for c in draft.parsed[sentence]:
        said = _SAYING_THAT.search(text, c.start, c.end) if c.subject_words[:1] in (("i",), ("we",)) else None
        out.extend(clauses(text, said.end(), c.end) if said is not None else [c])
    return out


# The person's measure stated against the standard set for it ("your rate was 132 lines an hour against a standard of
# 120", "48 new accounts against a target of 40") is a result beyond the standard when it is the larger of the two,
# unless the measure is of a cost or a fault, where less is better (errors, complaints, waiting or handling time,
# cost, returns): task-level feedback on the result against its goal (Hattie & Timperley 2007, "The power of
# feedback", Review of Educational Research 77(1): feedback answers "how am I going?" against the goal).
_AGAINST_STANDARD = precompiled(
    r"(?P<measure>\d[\d,]*(?:\.\d+)?)(?:\s{0,2}%)?(?:\s{1,3}[a-z]{1,20}){0,4}?\s{1,3}(?:against|compared\s{1,3}(?:with|to)|"
    r"versus|vs\.?)\s{1,3}(?:a|an|the|our|your|his|her|their)\s{1,3}(?:[a-z]{1,20}\s{1,3})?(?:standard|target|goal|"
    r"benchmark|quota|norm)\s{1,3}of\s{1,3}(?P<standard>\d[\d,]*(?:\.\d+)?)\b", re.IGNORECASE)
_LESS_IS_BETTER = wordset("error errors mistake mistakes defect defects complaint complaints return returns time times "
                          "cost costs spend spending wait waits waiting turnaround absence absences downtime scrap waste "
                          "rework incident incidents accident accidents variance shrinkage overtime lateness mispick "
                          "mispicks handling")


def _beyond_standard(text: str, c: Clause, end: int) -> bool:
    """Clause ``c`` states the person's measure above the standard it is set against (see above)."""
    m = _AGAINST_STANDARD.search(text, c.verbs[0].end, end)
    if m is None or any(w in _LESS_IS_BETTER for w in c.subject_words):
        return False
    if any(w.lower() in _LESS_IS_BETTER for w in re.findall(r"[a-z]+", text[c.verbs[0].end:m.start("measure")] +
                                                              m.group()[:m.start("standard") - m.start()], re.IGNORECASE)):
        return False
    return float(m.group("measure").replace(",", "")) > float(m.group("standard").replace(",", ""))


def _accomplishment(draft: _Draft, sentence: int, person: _Person) -> Clause | None:
    """The first clause of sentence number ``sentence`` that states an accomplishment (see above)."""
    text = draft.text
    s, e = draft.sentences[sentence]
    if _QUESTION_END.search(text, s, e):
        return None
    for c in _said_content(draft, sentence):
        words = c.subject_words
        if not words or not c.verbs or c.link in _SUPPOSED_LINKS:
            continue
        if c.tense not in ("past", "perfect") and not (c.tense == "present" and c.main_verb in _SAME_PAST):
            continue
        main = c.main_verb
        if _UNDONE.search(text, c.verbs[0].start, c.end):
            continue  # "didn't finish", "almost closed", "only met two of six deadlines"
        if (person.is_subject(words) or _named(person, words[0])) and _outdid_others(draft, c, e):
            return c
        if c.verb_words[0] in BE_FORMS and (person.is_subject(words) or _named(person, words[0])) \
                and _beyond_standard(text, c, e):
            return c  # "your rate was 132 lines an hour against a standard of 120"
        if main not in _ACCOMPLISHED and main not in _TASK_DONE and main not in _APPROVED and main not in BE_FORMS:
            continue
        if person.is_subject(words) or _named(person, words[0]) or (
                words[0].endswith(("'s", "’s")) and c.subject[0].text[:1].isupper()):
            if main in _ACCOMPLISHED:
                return c
            # the mark of a task done well may come later in the sentence ("..., and picking times are down by a
            # quarter")
            if main in _TASK_DONE and (_found_from(draft, _DONE_WELL, c.verbs[-1].end, s, e) or (
                    main not in _TARGET_VERBS and numbers(text[c.verbs[-1].end:c.end]))):
                return c
            if main in BE_FORMS and (_SUPERLATIVE.search(text, c.verbs[-1].end, c.end)
                                     or _rated_superlative(text, c.verbs[-1].end, c.end)):
                return c
        elif (words[0] == "we" and main in _TEAM_RESULT) or (
                main in _APPROVED and words[0] not in _WRITER_WORDS and not _UNDONE.search(text, c.start, c.end)):
            return c  # "we beat our sales target", "the regulators accepted it
    return None



# --- praise by sentence function: a good act told plainly before a problem ----------------------
#
# A draft may open with what the person did that the role asks for, told as plain acts with no praise word ("On
# the 3 May call you checked the account, explained the refund in two steps, and the customer thanked you"; "Your
# harness was clipped on and the edge barrier was up"), and then raise a problem: the opening is specific praise
# ("narrate the positive": the concrete actions a coach names before the problem), so the draft is mixed. A sentence
# tells such an act when a clause of it has the person, their work ("your weekly summary") or, in a draft said to
# the person, a thing in their charge with no agent ("the bins were emptied") as the subject of an affirmative act
# verb, and the sentence marks the act as done to the standard: its scope (every/each/all/both), its time against
# the work (within N minutes, before the next step, by a time, on time, the same day, straight after) or its manner
# (by name, word for word, in full, as the procedure sets out, checked against something). A sentence with a
# problem word or a bad outcome, a negation, a step left out ('without'), a turn ('but', 'though'), a request or
# praise already is none. In a draft the rules read as constructive, the opening sentences that tell such acts make
# it mixed, unless the sentence after them points back to the acts' product ("It put Sam on nights", "Four of them had the wrong label", "The
# date you gave was a bank holiday", "The answer was wrong" after "you answered"): a good act the draft then says
# went wrong is the background of the criticism, as a neutral account of what happened is ("You took the call at
# 10:05": no mark of a standard kept).
#
# The act may also be told as the state it left the person's kit or work in, a state a checklist asks for ("Your
# gloves and goggles were on", "The handover sheet was complete and signed at 7:00", "the crash trolley was sealed and
# its suction unit charged"; not "the gate was open", "the bins were full": those states are no standard kept); by
# the response of the party it was done for or the outcome it avoided ("and she agreed the discharge", "and he left
# with a room rather than a complaint", "and he withdrew the complaint he had opened", "and the line came back up",
# "and they ran it on their own the next morning"); or marked by the manner the role asks for ("step by step", "in
# plain words", "calmly", "twice", "room by room").
_STANDARD_KEPT = precompiled(
    r"\b(?:within\s{1,3}(?:the\s{1,3}(?:first\s{1,3})?)?(?:\d{1,4}|a|an|one|two|three|four|five|six|ten|fifteen|twenty|"
    r"thirty|sixty)\s{1,3}(?:seconds?|minutes?|hours?|days?|rings?|working\s{1,3}days?)|"
    r"before\s{1,3}(?:you|he|she|they|we|the|any|each|every|anyone|[a-z]{3,20}ing)|"
    r"by\s{1,3}(?:\d{1,2}(?:[.:]\d\d)?(?:\s{0,2}(?:a\.?m\.?|p\.?m\.?))?|noon|midday|(?:the\s{1,3})?(?:end|start)\s{1,3}of|name|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)|word\s{1,3}for\s{1,3}word|in\s{1,3}full|(?:the\s{1,3})?same\s{1,3}day|"
    r"straight\s{1,3}(?:after|away)|as\s{1,3}soon\s{1,3}as|as\s{1,3}(?:the|our|your|his|her)\s{1,3}(?:procedure|policy|checklist|"
    r"plan|process|rules?|guidance|protocol|sop)|against\s{1,3}(?:the|each|every|our|his|her|your))\b", re.IGNORECASE)
# The criticism's subject taken from the act's product: a pronoun, a part of a set ("Four of them", "None of the
# locations") or a thing the person made or gave ("The shampoo you loaded", "the date you gave").
_LACKING = precompiled(r"\bwithout\b", re.IGNORECASE)
# States a checklist asks for, said of the person's kit or work after a form of 'be' ("was complete", "were fully
# stocked", "was in place"), or the participle of a passive that names one ("was sealed", "were labelled").
_CHECKLIST_STATES = wordset("complete completed signed countersigned clean cleaned dry tidy clear cleared sealed charged stocked "
                       "restocked labelled labeled dated initialled initialed logged recorded folded set lowered locked secured "
                       "secure ready tested checked balanced reconciled correct accurate current wiped swept mopped "
                       "vacuumed made tagged")
_KEPT_STATE = precompiled(r"\s{0,3}(?:(?:fully|neatly|all|already|properly|correctly|both|still|securely|tightly)\s{1,3})*"
                          r"(?:in\s{1,3}(?:place|order|date|position|neutral)|up\s{1,3}to\s{1,3}date|to\s{1,3}hand|"
                          r"(?:dust|litter|clutter|debris|stain)[\s-]{1,3}free|" + "|".join(sorted(_CHECKLIST_STATES)) + r")\b",
                          re.IGNORECASE)
# Protective kit that a checklist asks to be on ("Your gloves and goggles were on"; not "the lights were on").
_WORN = wordset("gloves goggles glasses harness helmet helmets hat mask masks apron visor boots vest vests hairnet overalls "
                "coveralls uniform lanyard badge")
_WORN_ON = precompiled(r"\s{0,3}on(?=\s{0,3}(?:$|[,;.]|and\b))", re.IGNORECASE)
# The manner the role asks for ("explained it in plain words", "cleared the floor room by room").
_MANNER_KEPT = precompiled(
    r"\b(?:step\s{1,3}by\s{1,3}step|in\s{1,3}plain\s{1,3}(?:words|language|english|terms)|calmly|patiently|"
    # "twice" as a count of the act, not a rate or a comparison ("knocked twice"; not "twice daily", "twice as long")
    r"twice(?!\s{1,3}(?:daily|weekly|monthly|yearly|nightly|hourly|a|an|per|as|the|over|that|more|each|every)\b)|"
    r"one\s{1,3}at\s{1,3}a\s{1,3}time|(?:room|line|item|page|bed|shelf|aisle|floor|row|bay|section|point)\s{1,3}by\s{1,3}"
    r"(?:room|line|item|page|bed|shelf|aisle|floor|row|bay|section|point))\b", re.IGNORECASE)
# The outcome the act avoided, told in the response of those served ("left with a room rather than a complaint", "he
# withdrew the complaint"): the problem word there is what did not happen.
_AVOIDED = precompiled(
    r"\b(?:(?:rather\s{1,3}than|instead\s{1,3}of)\s{1,3}(?:(?:a|an|another|any)\s{1,3})?(?:[a-z-]{2,20}\s{1,3})?"
    r"(?:complaint|claim|escalation|grievance|argument|fine|incident|refund)s?|"
    r"(?:withdrew|dropped|cancell?ed|retracted)\s{1,3}(?:the|her|his|their|its)\s{1,3}(?:[a-z-]{2,20}\s{1,3}){0,2}?"
    r"(?:complaint|claim|appeal|grievance|escalation|dispute|chargeback)s?)\b", re.IGNORECASE)
# A good response of those served: a service restored ("the line came back up") or a skill taught now used unaided
# ("they ran it on their own").
_GOOD_RESPONSE = precompiled(r"\b(?:back\s{1,3}(?:up|online)|(?:working|running)\s{1,3}again|on\s{1,3}(?:their|his|her)\s{1,3}own|"
                             r"by\s{1,3}(?:themselves|himself|herself)|unaided|unprompted)\b", re.IGNORECASE)
_AGREED = wordset("agreed")
_TURN = precompiled(r"\b(?:but|though|although|however|yet|unfortunately|except)\b", re.IGNORECASE)
_PRODUCT_PRONOUNS = wordset("it they this that these those")
_PART_OF = precompiled(r"[\s\"“(]{0,3}(?:[a-z0-9]{1,12}|the\s{1,3}(?:rest|first|last))\s{1,3}of\s{1,3}(?:them|it|the|those|these|"
                       r"your|his|her|their)\b", re.IGNORECASE)
_MADE_BY_PERSON = precompiled(r"[\s\"“(]{0,3}(?:the|that|this|those|these)\s{1,3}(?:[\w'’-]{1,25}\s{1,3}){1,4}?(?:that\s{1,3})?"
                              r"(?:you|he|she|they)\s{1,3}(?:had\s{1,3})?[a-z]{2,20}\b", re.IGNORECASE)


def _good_act(draft: _Draft, rules: FeedbackRules, i: int, person: _Person) -> Clause | None:
    """The first act clause of sentence number ``i`` when the sentence tells a good act plainly (see above)."""
    text = draft.text
    s, e = draft.sentences[i]
    avoided = _AVOIDED.search(text, s, e) is not None
    if _QUESTION_END.search(text, s, e) or (not avoided and draft.search(rules, rules.critical, s, e) is not None):
        return None
    acts: list[Clause] = []
    general: list[Clause] = []  # acts told with a general verb
    states: list[Clause] = []  # states a checklist asks for told of the kit or work
    for c in draft.parsed[i]:
        words = c.subject_words
        if not words or not c.verbs or c.link in _SUPPOSED_LINKS or c.tense in ("modal", "none"):
            continue
        verbs = [w for w in c.verb_words if w not in ("also", "just", "then", "again", "already", "even", "still")]
        main = c.main_verb
        if not verbs or _UNDONE.search(text, c.verbs[0].start, c.end):
            continue
        passive = len(verbs) > 1 and verbs[0] in BE_FORMS and is_participle(main)
        if len(verbs) > 1 and verbs[0] in BE_FORMS and c.tense in ("past", "perfect") and words[0] not in PERSONAL_PRONOUNS \
                and words[-1] not in PERSON_NOUNS and (_KEPT_STATE.match(text, c.verbs[0].end, c.end) or (
                    words[-1] in _WORN and _WORN_ON.match(text, c.verbs[0].end, c.end))):
            acts.append(c)  # "goggles were on", "The handover sheet was complete", "The crash trolley was sealed"
            states.append(c)  # its state word is no bad outcome ("the suction unit was charged")
            continue
        if len(verbs) > 1 and verbs[0] in BE_FORMS and not passive and not main.endswith("ing"):
            continue  # any other state is no act ("Your temperature log was blank for the whole afternoon")
        loose = main in rules.generic_words and main not in rules.manner_verbs and main not in rules.unspecific_words
        if main in BE_FORMS or main in HAVE_FORMS or len(main) < 3 or main in STOPWORDS or main in _STATIVE_VERBS \
                or main in rules.manner_verbs or (main in rules.generic_words and not loose) \
                or main in rules.unspecific_words:
            continue  # a state, a manner or an evaluation ("handled it", "did a job") is no act told plainly
        if person.is_subject(words) or (not person.second and (_named(person, words[0]) or (
                words[0] in _POSSESSIVE_WORDS and len(words) > 1 and not passive and c.tense != "present"))):
            acts.append(c)
            if loose:
                general.append(c)  # "showed", "went through": an act only with its manner or response told
        elif passive and (person.second or person.name is None) and words[0] in ("the", *_POSSESSIVE_WORDS) \
                and "by" not in draft.span_words(c.verbs[-1].end, c.end)[:1]:
            acts.append(c)  # "the bins were emptied", "Your carts were stocked and wiped down"
    if not acts or _LACKING.search(text, s, e) or _TURN.search(text, s, e):
        return None  # "you committed my time without first checking with me": a step left out; "In last week's
        # meeting, though, you read the whole procedure ...": the turn to the problem
    rated = lexicon()
    if any(rated.get(w, 0.0) < 0 for c in draft.parsed[i] if c not in states for w in c.verb_words):
        return None  # "so every pass went back to the centre back and we lost the chance": a bad outcome told;
        # "Your pull request broke the build twice": a bad act
    if avoided or _MANNER_KEPT.search(text, acts[0].start, e) or _responded(draft, i, person, acts):
        return acts[0]
    if len(general) < len(acts) and (states or _STANDARD_KEPT.search(text, acts[0].start, e)
                                     or _DONE_WELL.search(text, acts[0].start, e)):
        return acts[0]
    return None


# A good act told plainly can also be judged by the balance of what the sentence says of it (brief FE, round 28): the
# person's past act, or their work as the subject ("Your quiz had every student answering", "the calls you started"),
# followed in the same sentence by what others then did ("and five of the six groups wrote a prediction", "and she
# stayed for the rest of the session"), where nothing rates bad: no word VADER rates below zero (its own negation
# turns "no complaints" good), no problem word of the polarity lexicon left standing (one under a negator, "none of
# the cases breached", is a failure averted), no other negated verb ("she did not finish") and no step left out
# ("without"). The setting ("when the client became upset") is no part of the balance; a turn ("but", "though") or a
# supposed act ("if") is no plain account.
_SETTING_LINKS = wordset("when whenever while as because since although though whereas until unless if once")
_RESULT_LINKS = wordset("and so then")  # "..., and she stayed", "so none of the cases breached"; not "who said ..."
_BY_YOU = precompiled(r"\byou\s{1,3}(?:had\s{1,3})?[a-z]{2,20}(?:ed|t)\b", re.IGNORECASE)


def _valued_act(draft: _Draft, rules: FeedbackRules, i: int, person: _Person) -> Clause | None:
    """The first act clause of sentence number ``i`` when the sentence tells the person's act and a response of
    others to it and nothing in them rates bad (see above)."""
    text = draft.text
    s, e = draft.sentences[i]
    if _QUESTION_END.search(text, s, e) or _TURN.search(text, s, e) or _LACKING.search(text, s, e) \
            or draft.search(rules, rules.critical, s, e) is not None or _MADE_BY_PERSON.match(text, s):
        return None  # "The shampoo you loaded was the old brand": the state of the person's product, no act
    act: Clause | None = None
    for c in draft.parsed[i]:
        words = c.subject_words
        if not words or not c.verbs or c.inherited or c.link in _SUPPOSED_LINKS or c.link in _SETTING_LINKS \
                or c.tense not in ("past", "perfect"):
            continue
        if c.main_verb in BE_FORMS or (c.verb_words[0] in BE_FORMS and not is_participle(c.main_verb)):
            break  # "you were on your phone by the door": a state, no act
        if person.is_subject(words) or _named(person, words[0]) or (person.second and (
                words[0] == "your" or _BY_YOU.search(text, c.subject[0].start, c.verbs[0].start))):
            act = c
        break
    if act is None:
        return None
    told = [c for c in draft.parsed[i] if c.start >= act.start and c.link not in _SETTING_LINKS
            and c.link not in ("if", "unless", "whether")]
    responses = [c for c in told if c is not act and c.link in _RESULT_LINKS and c.subject_words and c.verbs
                 and not c.inherited
                 and c.tense in ("past", "perfect") and not person.is_subject(c.subject_words)
                 and not _named(person, c.subject_words[0])]
    if not responses:
        return None
    for c in told:
        if any(v < 0 for v in word_valences(draft.span_words(c.start, c.end))):
            return None  # "and we lost the chance", "and two of them cried": a bad outcome told
        averted = [(m.end(), _negation_scope(text, m.end(), c.end)) for m in rules.negators.finditer(text, c.start, c.end)]
        for m in rules.problem_words.finditer(text, c.start, c.end):
            if not any(a <= m.start() < b for a, b in averted):
                return None  # "and two groups missed the start": a problem left standing
        if c.verbs and _UNDONE.search(text, c.verbs[0].start, c.verbs[-1].end) and not any(
                rules.problem_words.search(text, a, b) for a, b in averted):
            return None  # "and she did not finish her update": a response withheld
    return act


def _responded(draft: _Draft, i: int, person: _Person, acts: list[Clause]) -> bool:
    """A clause of sentence number ``i`` after the first of the ``acts`` tells a good response of another party to
    them (see above): "and she agreed the discharge", "and the line came back up"."""
    text = draft.text
    for c in draft.parsed[i]:
        words = c.subject_words
        if c in acts or c.start < acts[0].end or not words or not c.verbs or c.tense not in ("past", "perfect") \
                or words[0] in _WRITER_WORDS or person.is_subject(words) or _UNDONE.search(text, c.verbs[0].start, c.end):
            continue
        if c.main_verb in _APPROVED or c.main_verb in _AGREED or _GOOD_RESPONSE.search(text, c.start, c.end):
            return True
    return False


def _points_back(draft: _Draft, j: int, acts: list[Clause]) -> bool:
    """The criticism of sentence number ``j`` is about the product of the ``acts`` before it (see above)."""
    text = draft.text
    s, e = draft.sentences[j]
    if _PART_OF.match(text, s, e) or _MADE_BY_PERSON.match(text, s, e):
        return True
    first = next((c for c in draft.parsed[j] if c.subject_words and not c.inherited), None)
    if first is None:
        return False
    words = first.subject_words
    if words[0] in _PRODUCT_PRONOUNS and len(words) == 1:
        return True
    head = next((w for k, w in enumerate(words) if k + 1 == len(words) or words[k + 1] in PREPOSITIONS), words[-1])
    return word_stem(head) in _act_products(draft, acts)  # "You answered ... The answer was wrong"


def _act_products(draft: _Draft, acts: list[Clause]) -> set[str]:
    """Stems of the acts' verbs and of the words of their objects (up to a preposition or a break)."""
    out = {word_stem(w) for c in acts for w in c.verb_words}
    for c in acts:
        for t in draft.span_tokens(c.verbs[-1].end, c.end)[:6]:
            word = t.text.lower()
            if word in PREPOSITIONS or not word[:1].isalnum() or word in ("and", "or", "but", "so"):
                break
            out.add(word_stem(word))
    return out


def _opens_with_good_act(draft: _Draft, rules: FeedbackRules, sentences: list[_Sentence]) -> bool:
    """A draft read as constructive opens with good acts told plainly (see above): its first sentences, up to
    the first that is not one, tell such acts, and that next sentence does not point back to their product."""
    person = draft.person
    found: list[Clause] = []
    weighed = False  # an act found good only by the balance of its account (_valued_act)
    for i, sentence in enumerate(sentences):
        if (sentence.critical > 0 and not _AVOIDED.search(draft.text, sentence.start, sentence.end)) \
                or sentence.praise > 0 or "next_step" in sentence.cues \
                or draft.search(rules, rules.negators, sentence.start, sentence.end) is not None:
            act = None
        elif (act := _good_act(draft, rules, i, person)) is None and i == 0 \
                and (act := _valued_act(draft, rules, i, person)) is not None:
            weighed = True
        if act is None:
            # A weighed act needs the problem told apart from it: with no criticism after it, the request corrects
            # the act itself ("You explained the refund policy, and she asked for a supervisor. Offer ... first.")
            return bool(found) and not _points_back(draft, i, found) and (
                not weighed or any(later.critical > 0 for later in sentences[i:]))
        found.append(act)
    return False
_CORRECTION = precompiled(
    r"\b(?:earlier|sooner|instead|on\s{1,3}time|first|before|check|double-check|remember|forget|make\s{1,3}sure|"
    r"don['’]t|do\s{1,3}not|stop|avoid|careful|correct|fix|less|fewer|shorter)\b", re.IGNORECASE)

# A step after praise that corrects how it was done: "Make sure each ticket gets a reply", "Check the figures with
# finance", "Don't skip the sign-off".
_STEP_CORRECTION = precompiled(r"\b(?:check|double-check|make\s{1,3}sure|remember|don['’]t|do\s{1,3}not|stop|avoid|careful|"
                              r"instead|earlier|sooner|on\s{1,3}time)\b", re.IGNORECASE)

# An order asked for ("Recount before handing over the drawer", "Check with legal first"): a correction in a request,
# not in a report of what the person did ("you wrote the rollback script before anyone asked").
_ORDERING = precompiled(r"\b(?:before|first)\b", re.IGNORECASE)


def _corrects(text: str, sentence: _Sentence) -> bool:
    """A step sentence that corrects how the work was done (see above)."""
    if _STEP_CORRECTION.search(text, sentence.start, sentence.end):
        return True
    return _ORDERING.search(text, sentence.start, sentence.end) is not None and not any(
        c.tense in ("past", "perfect") for c in clauses(text, sentence.start, sentence.end))


def _development(text: str, sentence: _Sentence) -> bool:
    """A sentence that offers a development opportunity and asks for no correction (see above)."""
    if sentence.critical > 0:
        return False
    if _INVITATION.search(text, sentence.start, sentence.end):
        return True  # "Please don't hesitate to call on me": an offer
    return (_OPPORTUNITY.search(text, sentence.start, sentence.end) is not None
            and _CORRECTION.search(text, sentence.start, sentence.end) is None)


# A change suggested as a gerund subject with the benefit it would bring ("Improving your time management will help
# you meet deadlines", "Being more concise in your updates would help the board"): the person's own behaviour as the
# thing to change, in the conditional or future, asks for a change as a directive would. Said in the past or present
# of what was done ("Improving the checkout flow was your biggest win") it reports an achievement.
_GERUND_SUGGESTION = precompiled(
    r"[\s\"“(]{0,3}(?:(?!(?:during|according|including|regarding|concerning|considering|excluding|following|pending|"
    r"barring|notwithstanding|given|seeing|bring)\b)[a-z]{3,20}ing(?:\s{1,3}(?:on|down|up|back|out|in))?\s{1,3}"
    r"(?:your|his|her|their)\b|"
    r"being\s{1,3}(?:(?:a\s{1,3}(?:bit|little)|much|even)\s{1,3})?(?:more|less)\s{1,3}[a-z]{3,20})[^.!?;]{0,80}?"
    r"\b(?:will|would|could|might|can|may|should)\s{1,3}(?:(?:really|also|definitely|certainly)\s{1,3})?"
    r"(?:help|make|let|allow|give|save|free|keep|lift|boost|raise|improve|mean|reduce|cut|stop|prevent|go\s{1,3}a\s{1,3}long|"
    r"ensure|enable|speed|avoid|lead)\b", re.IGNORECASE)


# The same suggestion with any object, in the conditional ("Adding a one-page summary at the front could make it
# easier to read", "Sharing it with the night shift could be beneficial", "giving the pupils a worked example first
# could deepen their understanding"): a gerund phrase opening the sentence (or its main clause, after a fronted
# "While ..., ") as the subject of "would", "could", "might" or "may" and a verb of benefit. Not a gerund of
# the person ("Having you on the team would make ..."), of more of the same ("Keeping up this pace would help ..."),
# nor a past or perfect ("Adding the summary made it easier", "would not have happened without ...").
_GERUND_BENEFIT = precompiled(
    r"[\s\"“(]{0,3}(?P<gerund>[a-z]{3,20}ing)\b(?!\s{1,3}(?:with\s{1,3})?(?:you|him|her|them|me|us)\b)[^.!?;:]{0,100}?"
    r"\b(?:would|could|might|may)\s{1,3}(?:(?:also|further|really|even|certainly|definitely|greatly|probably|well)\s{1,3}){0,2}"
    r"(?:help|make|give|let|allow|improve|enhance|strengthen|deepen|broaden|boost|raise|increase|open|free|save|speed|"
    r"support|benefit|enrich|sharpen|smooth|ease|reduce|encourage|build|lift|"
    r"be\s{1,3}(?:(?:very|really|quite|more|even\s{1,3}more|especially)\s{1,3})?(?:beneficial|helpful|useful|valuable|"
    r"worthwhile|worth\s{1,3}(?:it|[a-z]{2,20}ing)|wise|(?:a\s{1,3})?(?:good|great|useful|helpful)\s{1,3}(?:idea|step|move)))\b",
    re.IGNORECASE)
_SAME_AGAIN = wordset("keeping continuing maintaining sustaining staying remaining having seeing watching hearing knowing "
                      "missing losing failing")
_GERUND_RESULTS = wordset("improving being becoming getting doing working stepping shaping")


def _gerund_benefit(text: str, start: int, end: int) -> re.Match[str] | None:
    """The change a sentence suggests as a gerund subject with its benefit (see above), or None."""
    opening = [start]
    first = text[start:end].lstrip(" \"'“‘(").split(" ", 1)[0].lower()
    if first in _SUBORDINATE_LINKS and (comma := text.find(",", start, end)) > 0:
        opening.append(comma + 1)  # "While your lesson plan was clear, giving the pupils ...": the main clause
    for at in opening:
        m = _GERUND_BENEFIT.match(text, at, end)
        if m is not None:
            gerund = m.group("gerund").lower()
            return None if gerund in _NOT_GERUND or gerund in _SAME_AGAIN else m
    return None


# A step that undoes the act just reported marks that act as criticism even when no problem word names it ("You left
# the back door on the latch. Lock the back door when you leave.", "You turned the projector on at 8. Turn the
# projector off when the room is empty."): the step acts on the thing the report's object names, with a verb that
# WordNet gives as the report verb's antonym (lock/unlock, turn_on/turn_off), its un- form (unplug/plug), the same
# verb with the opposite particle, or any other verb after "left X ..." (what was left in a state is put right).
# A step that repeats or extends the act ("Close the Reid account the same way") uses the report's own verb.
_VERB_ANTONYMS = data_file("verb_antonyms.txt")
_OPPOSITE_PARTICLES = frozenset({frozenset({"on", "off"}), frozenset({"in", "out"}), frozenset({"up", "down"})})
_STATE_PARTICLES = wordset("on off in out up down")
_LEFT_IN_A_STATE = "leave"
_NOT_UNDOING = wordset("leave keep continue let")
