"""Harsh wording by valence, and criticism told as a rank or a measured change in the bad direction."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache, lru_cache
from itertools import islice

from assistant.analyzers.feedback.absolutes import (
    Hit,
    _harsh_ok,
    _own_voice,
    _peril_ok,
    _rank_ok,
    _simile_ok,
)
from assistant.analyzers.feedback.draft import (
    _YOU,
    MAX_SPAN_CANDIDATES,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    _Draft,
    _is_person,
)
from assistant.analyzers.feedback.excess import excess_trait, predicated_trait, predicated_trait_words
from assistant.analyzers.feedback.persona import persona_ok, praise_noun, trait_nouns
from assistant.analyzers.feedback.rules import (
    _ALNUM_RUN,
    _CHANGE,
    _RANK,
    CompiledSpanRule,
    FeedbackRules,
)
from assistant.analyzers.feedback.spans import (
    _NOUN_AFTER,
    _PROBLEM_NOUN,
    _absolute_ok,
    _attributed,
    _followed_by_other_sense,
    _trait_ok,
    _words_before,
)
from assistant.analyzers.feedback.traits import (
    _character_ok,
    _contempt_ok,
    _demanded_ok,
    _denied_ok,
    _disposition_ok,
    _empty_mind_ok,
    _in_hardship,
    _label_ok,
    _rhetorical_ok,
    _shouting_run,
    _squalor_ok,
    _standing_ok,
    _threat_ok,
    _valence_predication,
)
from assistant.analyzers.rulecache import precompiled
from assistant.analyzers.rules import (
    drop_allowed,
)
from assistant.analyzers.valence import BOOSTERS, NEGATORS, lexicon, word_valences
from assistant.text import (
    NUMBER_WORD_PATTERN,
    Clause,
    has_number,
    normalise_quotes,
    wordset,
)
from assistant.wordlists import data_file, person_nouns

_RATED_WORD = precompiled(r"[A-Za-z][A-Za-z'’-]*")


@lru_cache(maxsize=8)
def _rated_at_most(limit: float) -> frozenset[str]:
    """The lexicon's words rated at or below ``limit``."""
    return frozenset(word for word, value in lexicon().items() if value <= limit)


_JUDGEMENT_ADJECTIVES = data_file("judgement_adjectives.txt")


@cache
def judgement_adjectives() -> frozenset[str]:
    """Adjectives that judge a person or their work by WordNet similarity to a trait or harsh list word, unrated by
    VADER and named by no list rule ("slapdash", "pigheaded", "boisterous"; assistant/data/judgement_adjectives.txt,
    built by scripts/build_judgement_adjectives.py): said of the person in the present a label, of their work a
    verdict, as a word VADER rates -1 or lower."""
    return frozenset(line.partition("\t")[0] for line in _JUDGEMENT_ADJECTIVES.read_text(encoding="utf-8").splitlines()
                     if line.strip())


@lru_cache(maxsize=8)
def _low_words(limit: float, trait: bool) -> frozenset[str]:
    """The words a valence rule tries: those rated at or below ``limit``; for a trait rule at -1 or above, the
    judgement adjectives too (they judge as a word rated -1 does)."""
    low = _rated_at_most(limit)
    return low | judgement_adjectives() if trait and limit >= -1.0 else low


def _listed(rules: FeedbackRules, rule: CompiledSpanRule, word: str) -> bool:
    """A list rule judges ``word`` instead. For a harsh valence rule every list rule but the insult nouns (a
    listed trait label such as "rude" is no demeaning word; "loser" and "jerk" are, as the dev4 guide says);
    for a trait valence rule the trait list rules (their own context checks)."""
    return word in _left_to_lists(rules.listed_by_kind, rule.kind)


@lru_cache(maxsize=16)
def _left_to_lists(listed: frozenset[tuple[str, str, str]], kind: str) -> frozenset[str]:
    if kind == "harsh":
        return frozenset(w for k, match, w in listed if not (k == "trait" and match == "harsh"))
    return frozenset(w for k, _, w in listed if k == kind)


def _valence_candidates(draft: _Draft, rules: FeedbackRules) -> list[Hit]:
    """Words at or below a valence rule's limit, as matches for that rule (one set lookup a word)."""
    out: list[Hit] = []
    lowered: list[str] | None = None
    for rule in rules.span_rules:
        if rule.rule.match != "valence" or rule.rule.valence_at_most is None:
            continue
        low = _low_words(rule.rule.valence_at_most, rule.kind == "trait")
        if rule.kind == "trait":
            low = low | predicated_trait_words(rules)
        if lowered is None:
            lowered = [tok.text.lower() for tok in draft.toks]
        for tok, word in zip(draft.toks, lowered, strict=True):
            if word in low and not _listed(rules, rule, word) and not rule.pattern.fullmatch(tok.text):
                m = _RATED_WORD.match(draft.text, tok.start, tok.end)
                if m is not None:
                    out.append((rule, m))
    return out


# A harsh word may judge what the person met or fixed, not the person or their work: a thing, event or third party
# as its clause's subject while the person acts in another clause of the sentence ("Our vendor's support was pathetic
# this quarter, and you escalated the outage", "The old approval process was a waste of time, so you replaced it"), or
# the object of the person's remedy ("You spotted an embarrassing typo"). The subject names neither the person nor
# their work (no person word or possessive, no demonstrative standing for the work: "This proposal is trash").
_STANDS_FOR_WORK = wordset("it this that these those which what everything all something")
_PERSON_WORDS = wordset("you your yours he his him she her hers they their them")
_MANNER_REMEDIES = ("handl", "work", "stay", "came", "put", "turn", "took", "tak", "inherit", "no", "zero", "fewer",
                    "without", "despite", "in", "free", "calm", "sooth")


def _names_person(clause: Clause, sent_start: int) -> bool:
    for tok in clause.subject:
        lower = normalise_quotes(tok.text).lower()
        stem = lower[:-2] if lower.endswith("'s") else lower
        if stem in _STANDS_FOR_WORK:
            return True  # "it's pathetic", "that's lazy": a contracted pronoun standing for the work
        if lower in _PERSON_WORDS or lower in _STANDS_FOR_WORK or lower in ("i", "we", "my", "our"):
            return lower not in ("our", "my")  # "our vendor's support" is a third party's
        if _is_person(tok.text[:len(stem)], tok.start == sent_start) and (lower.endswith("'s") or len(clause.subject) == 1):
            return True  # "Maria's code", "Maria"
    return False


def _acting_person(draft: _Draft, rules: FeedbackRules, clause: Clause, sent_start: int, remedy: bool = False) -> bool:
    """The clause's subject is the person, acting: no negation and (unless it remedies a problem) no unnegated
    criticism in it."""
    if not clause.subject or not clause.verbs:
        return False
    head = clause.subject[0]
    if not (clause.subject_words[0] in PERSON_PRONOUNS or _is_person(head.text, head.start == sent_start)):
        return False
    if any(w in ("not", "never") or w.endswith("n't") for w in clause.verb_words):
        return False
    if remedy:
        return True
    text = draft.text
    return not any(not rules.negators.search(text, max(clause.start, c.start() - 30), c.start())
                   for c in draft.matches(rules, rules.critical, clause.start, clause.end))


def _problem_met(draft: _Draft, rules: FeedbackRules, m: re.Match[str]) -> bool:
    """The harsh word at ``m`` judges a problem the person met or fixed (see above), not them or their work."""
    s, _ = draft.sentence_at(m.start())
    sentence = bisect_right(draft.starts, m.start()) - 1
    if sentence < 0:
        return False
    own = draft.clause_at(sentence, m.start())
    if own is None or not own.subject:
        return False
    if own.subject[-1].end <= m.start() and _acting_person(draft, rules, own, s, remedy=True):
        remedy = next(rules.remedies.finditer(draft.text, own.subject[-1].end, m.start()), None)
        return remedy is not None and not remedy.group().lower().startswith(_MANNER_REMEDIES)
    if own.inherited or _names_person(own, s) or m.start() < own.subject[-1].end:
        return False
    return any(c is not own and _acting_person(draft, rules, c, s) for c in draft.parsed[sentence])


def _valence_harsh_ok(draft: _Draft, m: re.Match[str], rule: CompiledSpanRule, rules: FeedbackRules) -> bool:
    """A low-rated word predicated of the person or their work (harsh), of the person only (trait: a
    characterisation in the present, "you're so annoying", "he is just weak", "she's a bully"; a rated WordNet
    trait adjective at any tense, ``excess.predicated_trait``: "he was reckless")."""
    word = m.group().lower()
    if (word.endswith("ed") and word not in judgement_adjectives()) or word in BOOSTERS:
        return False  # a participle reports what was done to them ("you were stressed")
    if rule.kind == "trait" and predicated_trait(draft, m, rules):
        return _harsh_ok(draft, m, rule)
    predication = _valence_predication(draft, m)
    if predication is None or (rule.kind == "trait" and predication != "person"):
        return False
    nxt = _NOUN_AFTER.match(draft.text, m.end(), m.end() + 40)
    if nxt is not None and lexicon().get(nxt.group(1).lower(), 0.0) > 0:
        return False  # "you're wicked smart", "stupid fast": a degree word before praise
    s, _ = draft.sentence_at(m.start())
    lead = [t.lower.replace("’", "'") for t in reversed(_words_before(draft, m.start(), s, limit=3))]
    if word in judgement_adjectives():
        if any(w in NEGATORS or w.endswith("n't") for w in lead):
            return False  # "you're not slapdash"
    elif word_valences([*lead, word])[-1] >= 0:
        return False  # "not bad", "never so awful"
    return _harsh_ok(draft, m, rule)


def _span_findings(draft: _Draft, rules: FeedbackRules) -> list[Hit]:
    found: list[Hit] = []
    taken_end = -1
    trait_end: int | None = None
    text = draft.text
    candidates = []
    for token in _ALNUM_RUN.finditer(text):  # a term is tried only where its first word stands
        for rule in rules.term_index.get(token.group().lower(), ()):
            if rule.rule.match == "shouting" and not token.group().isupper():
                continue  # a shouting marker counts only in capitals
            if rule.rule.match == "praised" or rule.rule.match == "persona" and praise_noun(token.group().lower()):
                continue  # judged on the whole draft's reading (praised_traits, praise_labels), not as a span of criticism
            m = rule.pattern.match(text, token.start())
            if m:
                candidates.append((rule, m))
    candidates.extend(_valence_candidates(draft, rules))
    matches = sorted(candidates, key=lambda rm: (rm[1].start(), -(rm[1].end() - rm[1].start())))

    answers: dict[tuple[int, int] | None, bool] = {}  # each question below answered once (no cache made per draft)

    def told(start: int, end: int) -> bool:  # criticism told as a fact: a bad rank, a worsened measure, squalor
        found = answers.get((start, end))
        if found is None:
            found = answers[start, end] = _told_criticism(draft, rules, start, end) is not None or any(
                rule.rule.match == "squalor" and start <= m.start() < end and _squalor_ok(draft, m)
                for rule, m in candidates)
        return found

    def critical_draft() -> bool:  # asked only by an absolute with no problem word of its own
        found = answers.get(None)
        if found is None:
            found = answers[None] = any(not rules.negators.search(text, max(0, c.start() - 30), c.start()) and not (
                _PROBLEM_NOUN.fullmatch(c.group()) and not _attributed(text, c.start(), c.end(), *draft.sentence_at(c.start())))
                for c in islice(draft.matches(rules, rules.critical), 200)) or any(  # "resolving questions and problems"
                told(start, end) for start, end in draft.sentences)  # "You're always the last one to arrive"
        return found

    def ridiculed() -> bool:  # asked only by a universal over occasions with no criticism word of its own
        # the draft ridicules the person's work with an insult word ("Your work back there is a joke"): that is the
        # criticism an "every single time" elsewhere in the draft generalises
        found = answers.get((-1, -1))
        if found is None:
            found = answers[-1, -1] = any(
                rule.kind == "harsh" and rule.rule.match == "harsh"
                and _YOU.search(text, *draft.sentence_at(m.start())) is not None and _harsh_ok(draft, m, rule)
                and not _in_hardship(draft, m.start()) and not _problem_met(draft, rules, m)
                for rule, m in candidates)
        return found

    taken_span: tuple[int, int] | None = None
    taken_kinds: set[str] = set()
    for rule, m in matches[:MAX_SPAN_CANDIDATES]:
        if m.start() < taken_end and not (m.span() == taken_span and rule.kind not in taken_kinds):
            continue  # one finding per span, except an insult that is both a trait and harsh
        if rule.rule.match == "person":
            ok = not _followed_by_other_sense(text, m, rule) and _trait_ok(
                draft, m, trait_end if trait_end is not None and trait_end <= m.start() else None)
        elif rule.rule.match == "always":
            ok = True
        elif rule.rule.match == "absolute":
            ok = _absolute_ok(draft, m, rule.rule, rules, critical_draft, told, ridiculed)
        elif rule.rule.match == "character":
            ok = _character_ok(draft, m, rule, rules)
        elif rule.rule.match == "denied":
            ok = _denied_ok(draft, m)
        elif rule.rule.match == "threat":
            ok = _threat_ok(draft, m)
        elif rule.rule.match == "mind":
            ok = _empty_mind_ok(draft, m)
        elif rule.rule.match == "valence":
            ok = _valence_harsh_ok(draft, m, rule, rules) and not _in_hardship(draft, m.start()) and not (
                rule.kind == "harsh" and _problem_met(draft, rules, m))
        elif rule.rule.match == "label":
            ok = _label_ok(draft, m, rules)
        elif rule.rule.match == "persona":
            ok = persona_ok(draft, m, rules)
        elif rule.rule.match == "rhetorical":
            ok = _rhetorical_ok(draft, m, rules)
        elif rule.rule.match == "contempt":
            ok = _contempt_ok(draft, m, rules)
        elif rule.rule.match == "standing":
            ok = _standing_ok(draft, m)
        elif rule.rule.match == "demanded":
            ok = _demanded_ok(draft, m)
        elif rule.rule.match == "disposition":
            ok = _disposition_ok(draft, m)
        elif rule.rule.match == "squalor":
            ok = _squalor_ok(draft, m)
        elif rule.rule.match == "simile":
            ok = _simile_ok(draft, m, rules)
        elif rule.rule.match == "peril":
            ok = _peril_ok(draft, m)
        elif rule.rule.match == "rank":
            ok = _rank_ok(draft, m, rules)
        elif rule.rule.match == "excess":
            run = excess_trait(draft, m, rules) if m.start() >= taken_end else None
            ok = run is not None
            m = run or m  # the degree word and the trait adjective it heightens
        elif rule.rule.match == "shouting":
            run = _shouting_run(draft, m, rules) if m.start() >= taken_end else None
            ok = run is not None
            m = run or m  # one finding for the whole run of capitals
        else:
            ok = _harsh_ok(draft, m, rule) and not _in_hardship(draft, m.start()) and not _problem_met(draft, rules, m)
        if ok:
            found.append((rule, m))
            if m.span() != taken_span:
                taken_span, taken_kinds = m.span(), set()
            taken_kinds.add(rule.kind)
            taken_end = max(taken_end, m.end())
            if rule.kind == "trait":
                trait_end = m.end()
    allowed = rules.allow.spans(draft.text)
    return drop_allowed(found, allowed, span=lambda rm: rm[1].span())


# --- criticism told as a fact: a rank, a comparison or a measured change in the bad direction ------------
#
# "You're the slowest picker on the shift", "He is the last to clock in", "She takes longer than anyone else
# to close a ticket", "Your first-call resolution dropped from 74% to 58%": no problem word, but the person (or
# a measure of their work) is placed at the bad end of a scale. Which end is bad is read from the scale word
# itself when it is rated (slow, late, poor: the problem lexicon or VADER below 0; prepared, accurate: the praise
# lexicon or VADER above 0), and for a bare scale of amount (high, low, long, many, few, up, down) from the
# measure it applies to: a measure of cost, time or failure (_LOWER_IS_BETTER, or a problem word such as
# "errors", "complaints", "late") is better low, any other measure of the work (sales, speed, resolution,
# score) is better high. An order of arrival is bad at the end ("the last to arrive/reply/finish"), an order of
# leaving or of a bad act at the start ("the first to leave", "the first to complain").
_LOWER_IS_BETTER = wordset(
    """time times cost costs wait waits waiting turnaround handle handling absence absences absent sick overtime
    turnover returns refunds escalation escalations repeat repeats abandonment abandoned churn waste scrap backlog
    tardiness lateness defects shrinkage spend spending downtime breakages rework callbacks callback""")
# A measure known to be better high: a rate, score or amount of what the work yields. A measure neither better low
# nor better high ("your split", "call length", "variance") moving either way is no decline.
_HIGHER_IS_BETTER = wordset(
    """rate rates score scores resolution sales revenue accuracy satisfaction csat nps conversion conversions
    productivity output throughput attendance utilisation utilization quality margin margins retention uptime
    compliance completion completions rating ratings yield percentage speed win wins fix fixes attainment bookings
    volume share engagement profit profits income earnings growth coverage efficiency punctuality units picks numbers
    figures results basket value""")
# A time told as the measure's value ("from 62.1 to 60.4 seconds", "fell from 45 to 30 days", "down to two days"):
# a duration, better short.
_TIME_UNIT = r"(?:s|secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?)"
_TIMED_VALUE = precompiled(rf"(?:\d[\d.,]*|{NUMBER_WORD_PATTERN})\s{{0,3}}{_TIME_UNIT}\b|\b\d{{1,2}}:\d\d\b",
                           re.IGNORECASE)
_TIME_NOUN = precompiled(rf"\b{_TIME_UNIT}\b", re.IGNORECASE)
_PERIOD_TIME = precompiled(r"\b(?:on|first|full|part|real|over|half|lead)[\s-]{1,3}time\b", re.IGNORECASE)
# What follows a change and tells it is an improvement: the gap to a target closed, the target met.
_GAP_CLOSED = precompiled(
    r"\b(?:clos(?:ed|es|ing|e)|narrow(?:ed|s|ing)?|halv(?:ed|ing))\s{1,3}the\s{1,3}gap\b|\b(?:hit|hits|hitting|met|meets|"
    r"meeting|reached|reaches|reaching|beat|beats|beating|inside|under|within|ahead\s{1,3}of)\s{1,3}(?:the\s{1,3}|its\s{1,3}|"
    r"your\s{1,3}|our\s{1,3}|their\s{1,3})?(?:target|goal|standard|benchmark)s?\b", re.IGNORECASE)
_TURN_BEFORE_GAP = precompiled(r"\b(?:though|although|but|yet|despite|while|whereas|even\s{1,3}if)\b", re.IGNORECASE)
# A comparison of effort or contribution is praise at its high end ("worked harder than anyone", "stayed later
# than the rest of the crew", "the hardest worker on the shift"): the scale word is the amount of effort given.
_EFFORT_SCALE = wordset("hard harder hardest late later latest long longer longest more most much")
_EFFORT_BEFORE = precompiled(
    r"\b(?:work|works|worked|working|stay|stays|stayed|staying|try|tries|tried|trying|push|pushes|pushed|pushing|"
    r"train|trains|trained|training|practi[sc]e|practi[sc]es|practi[sc]ed|practi[sc]ing|graft|grafts|grafted|toil|toils|"
    r"toiled|dig|digs|dug|put\s{1,3}in|puts\s{1,3}in|putting\s{1,3}in|gave|gives|give|giving)"
    r"(?:\s{1,3}(?:(?:it|in|on|at\s{1,3}it|even|much|far|a\s{1,3}lot|way|the|any|no|far)\b)){0,3}\s{1,3}\Z", re.IGNORECASE)
_EFFORT_AFTER = precompiled(r"[\s-]{1,3}(?:workers?|working|grafters?|hours|shifts|effort|overtime|days)\b", re.IGNORECASE)
_SCALE_UP = wordset("high higher highest long longer longest many more most much big bigger biggest great greater "
                    "greatest large larger largest up")
_SCALE_DOWN = wordset("low lower lowest short shorter shortest few fewer fewest little less least small smaller "
                      "smallest down")
_LEAVING_ACTS = wordset("leave leaves go goes knock quit give head pack walk stop disappear switch")
_PARTICLE_ACTS = wordset("clock log sign check")
_RANK_ACT = precompiled(r"\s{1,3}(?:(?:one|person|member|rep|agent|picker|driver|nurse|worker|employee|[a-z]{2,20}er)"
                        r"\s{1,3})?to\s{1,3}(?P<act>[a-z]{2,20})\b", re.IGNORECASE)
_THAN_OTHERS = precompiled(
    r"\s{1,3}than\s{1,3}(?:(?:everyone|everybody|anyone|anybody|all|most|others)\b|any\s{1,3}other\b|the\s{1,3}"
    r"(?:rest|others?|average|team|shift|norm)\b|(?:your|his|her|their)\s{1,3}(?:colleagues|peers|teammates|"
    r"co-?workers|team)\b)", re.IGNORECASE)
_RANK_COMPARATIVE = precompiled(r"\b(?P<cmp>(?:more|less)\s{1,3}[a-z]{2,20}|[a-z]{2,20}er|worse|better)\b"
                           r"(?P<rest>(?:\s{1,3}[\w'’-]{1,20}){0,4}?)(?=\s{1,3}than\b)", re.IGNORECASE)
_RANK_SUBJECT = precompiled(r"\b(?:you|he|she|they|your|his|her|their|(?-i:[A-Z][a-z]{1,30})['’]s)\b"
                            r"|\b(?:you|he|she|they)['’](?:re|s)\b", re.IGNORECASE)
_RANK_LINK = precompiled(r"\b(?:is|are|was|were|am|be|been|being|remain|remains|remained|stay|stays|ranks?|ranked|"
                         r"came|come|comes|finish(?:ed|es)?|sit|sits)\b|['’](?:re|s)\b", re.IGNORECASE)
_MULTIPLIED = precompiled(r"\b(?:doubled|tripled|trebled|halved)\b", re.IGNORECASE)
_NEXT_ADJECTIVE = precompiled(r"\s{1,3}([a-z][a-z-]{1,30})", re.IGNORECASE)
_LETTERS = precompiled(r"[a-z]+")
_ON_TIME = precompiled(r"\bon[\s-]{1,3}time\b")
_TAKES = precompiled(r"\b(?:take|takes|took|taking|taken|spend|spends|spent)\b", re.IGNORECASE)
_MEASURE_OWNER = precompiled(r"\b(?:your|his|her|(?-i:[A-Z][a-z]{1,30})['’]s)\s{1,3}"
                             r"(?P<measure>[\w-]{2,30}(?:\s{1,3}[\w-]{2,30}){0,5}?)\s{0,3}\Z", re.IGNORECASE)


def _base_of(word: str) -> str:
    """ "slowest" -> "slow", "messiest" -> "messy", "later" -> "lat" (the caller also tries a final "e"),
    "biggest" -> "big", "slowly" -> "slow"."""
    word = word.lower().split()[-1]
    for suffix, repl in (("iest", "y"), ("ier", "y"), ("est", ""), ("er", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            stem = word[: len(word) - len(suffix)] + repl
            if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
                stem = stem[:-1]
            return stem
    if word.endswith("ly") and len(word) > 4:
        return word[:-2]
    return word


def _scale_valence(rules: FeedbackRules, word: str) -> int:
    """-1 when the scale word names the bad end (slow, late, poor), +1 the good end, 0 when it is unrated or a
    bare amount (high, low, long: the measure decides)."""
    word = word.lower()
    if word in ("worse", "worst", "bad"):
        return -1
    if word in ("better", "best", "good"):
        return 1
    candidates = {word, _base_of(word), _base_of(word) + "e"}
    if candidates & (_SCALE_UP | _SCALE_DOWN):
        return 0
    rated = lexicon()
    for w in candidates:
        if rules.problem_words.fullmatch(w) or rules.critical.fullmatch(w) or rated.get(w, 0.0) < 0:
            return -1
    for w in candidates:
        if rules.praise.fullmatch(w) or rated.get(w, 0.0) > 0:
            return 1
    return 0


# "repeat" before a noun of custom names loyalty, a measure better high ("repeat business", "repeat-booking rate",
# "repeat customers": the customer-retention measures of marketing, e.g. Wikipedia "Customer retention"), unlike
# "repeat calls", "repeat visits" to fix a fault (a failure to resolve, better low).
_REPEAT_CUSTOM = precompiled(r"\brepeat[\s-]{1,3}(?:business|bookings?|customers?|clients?|orders?|purchases?|"
                             r"sales|guests?|buyers?|patrons?|referrals?)\b")


def _lower_is_better(rules: FeedbackRules, phrase: str) -> bool:
    phrase = _REPEAT_CUSTOM.sub(" ", _ON_TIME.sub(" ", phrase.lower()))  # "on-time delivery": punctuality, better high
    return any(w in _LOWER_IS_BETTER or rules.problem_words.fullmatch(w) for w in _LETTERS.findall(phrase))


def _measure_direction(rules: FeedbackRules, phrase: str, value: str | None = None) -> int:
    """-1 when the measure is better low (a cost, a time, a failure; for a measure's change, `value` given, also a
    measure or value told in a unit of time: "days to close", "fell to 60.4 seconds"), +1 when it is known better
    high (a rate, score, sales), 0 when its good direction is unknown ("your split", "variance")."""
    phrase = _PERIOD_TIME.sub(" ", phrase)  # "first-time fix rate", "on-time delivery": not a duration
    if _lower_is_better(rules, phrase) or value is not None and (_TIME_NOUN.search(phrase) or _TIMED_VALUE.search(value)):
        return -1
    return 1 if any(w in _HIGHER_IS_BETTER for w in _LETTERS.findall(phrase.lower())) else 0


def _effort(text: str, start: int, end: int, scale: str, s: int) -> bool:
    """A comparison or rank of effort given: "worked harder than anyone", "the hardest worker"."""
    return scale.lower() in _EFFORT_SCALE and bool(
        _EFFORT_BEFORE.search(text, max(s, start - 40), start) or _EFFORT_AFTER.match(text, end))


def _amount_direction(word: str) -> int:
    candidates = {word.lower(), _base_of(word)}
    return 1 if candidates & _SCALE_UP else -1 if candidates & _SCALE_DOWN else 0


def _measure_lead(text: str, start: int, end: int) -> str:
    """The words before a rank from its measure's owner on: "your ticket closure rate is", not the "handle time is
    good and" of a clause before it (the last person or possessive of the window starts the ranked noun phrase)."""
    owners = list(_RANK_SUBJECT.finditer(text, start, end))
    return text[owners[-1].start() if owners else start:end]


def _bad_rank(draft: _Draft, rules: FeedbackRules, s: int, e: int) -> re.Match[str] | None:
    """A rank or comparison that puts the person (or a measure of their work) at the bad end of a scale."""
    text = draft.text
    for m in draft.matches(rules, _RANK, s, e):
        lead = text[max(s, m.start() - 80):m.start()]
        if not _RANK_SUBJECT.search(lead) or not _RANK_LINK.search(lead):
            continue
        rank = m.group("rank").lower()
        after = text[m.end():min(e, m.end() + 60)]
        if rank in ("last", "first"):
            act = _RANK_ACT.match(after)
            if act is None:
                continue
            verb = act.group("act").lower()
            particle = _NEXT_ADJECTIVE.match(after, act.end())
            if verb in _PARTICLE_ACTS and particle is not None:  # "clock in" is an arrival, "clock out" a leaving
                verb = "leave" if particle.group(1).lower() in ("out", "off") else "arrive"
            leaving = verb in _LEAVING_ACTS or bool(rules.problem_words.fullmatch(verb)) or lexicon().get(verb, 0.0) < 0
            if (rank == "last") != leaving:
                return m
            continue
        if rank in ("least", "most"):
            nxt = _NEXT_ADJECTIVE.match(after)
            valence = _scale_valence(rules, nxt.group(1)) if nxt else 0
            if valence and (valence > 0) == (rank == "least"):
                return m
            continue
        if _effort(text, m.start(), m.end(), rank, s):
            continue  # "the hardest worker on the night shift"
        valence = _scale_valence(rules, rank)
        if valence < 0:
            return m
        direction = _amount_direction(rank)
        if valence == 0 and direction:
            good = _measure_direction(rules, _measure_lead(text, max(s, m.start() - 60), m.start()) + " " + after[:40])
            if good and direction != good:
                return m
    if draft.folded.find("than", s, e) < 0:
        return None  # a comparison is made with "than" (its lookahead): none in the sentence, none to find
    for m in _RANK_COMPARATIVE.finditer(text, s, e):
        if not _THAN_OTHERS.match(text, m.end(), e):
            continue
        lead = text[max(s, m.start() - 80):m.start()]
        if not _RANK_SUBJECT.search(lead):
            continue
        cmp_word = m.group("cmp").lower()
        if _effort(text, m.start(), m.start("rest"), cmp_word.split()[-1], s):
            continue  # "worked harder than anyone", "stayed later than the rest of the crew"
        degree = cmp_word.split()[0] if " " in cmp_word else ""
        valence = _scale_valence(rules, cmp_word.split()[-1])
        if degree == "less":
            valence = -valence
        if valence < 0:
            return m
        direction = _amount_direction(cmp_word.split()[-1]) * (-1 if degree == "less" else 1)
        if valence == 0 and direction:
            good = _measure_direction(rules, lead + " " + m.group("rest") + (" time" if _TAKES.search(lead) else ""))
            if good and direction != good:
                return m
    return None


def _worsened_measure(draft: _Draft, rules: FeedbackRules, s: int, e: int) -> re.Match[str] | None:
    """A measure of the person's work told as changing in its bad direction, with a number: "Your first-call
    resolution dropped from 74% to 58%", "His average handle time went up from 6 to 11 minutes"."""
    text = draft.text
    for m in draft.matches(rules, _CHANGE, s, e):
        owner = _MEASURE_OWNER.search(text, max(s, m.start() - 80), m.start())
        if owner is None:
            continue
        if not (has_number(text[s:e]) or _MULTIPLIED.search(text, s, e)):
            continue
        good = _measure_direction(rules, owner.group("measure"), text[m.end():e])
        if good and (m.group("up") is not None) == (good < 0):
            closed = _GAP_CLOSED.search(text, m.end(), e)
            if closed is None or _TURN_BEFORE_GAP.search(text, m.end(), closed.start()):
                return m  # a measure known better high moving down, or a better-low one moving up
    return None


# The mirror of _bad_rank's amount scales: a measure of the person's work ranked at its good end against a group
# ("Your repeat-booking rate is the second highest in the school", "his close rate was the highest on the team",
# "Her absence rate is the lowest in the unit") is praise told as a ranking (the "cite the metric or rank"
# evidence of review guides). The rank word must be a bare amount (high, low, big ...: _SCALE_UP/_SCALE_DOWN), its
# measure's good direction known (_measure_direction), an ordinal may precede it, and a group must follow.
_GOOD_RANK = precompiled(
    r"\bthe\s{1,3}(?:(?:very|second|third|2nd|3rd)\s{1,3})?(?P<rank>highest|lowest|biggest|largest|greatest|"
    r"smallest|fewest)\b(?=(?:\s{1,3}[\w-]{1,30}){0,3}?\s{1,3}(?:in|on|across|among|of)\s{1,3}(?:the|our|any|all|this|"
    r"its|his|her|their)\b)", re.IGNORECASE)


def good_rank(draft: _Draft, rules: FeedbackRules, s: int, e: int) -> re.Match[str] | None:
    """A rank that puts a measure of the person's work at the good end of an amount scale (see above), or None."""
    text = draft.text
    for m in _GOOD_RANK.finditer(text, s, e):
        lead = text[max(s, m.start() - 80):m.start()]
        if not _RANK_SUBJECT.search(lead) or not _RANK_LINK.search(lead):
            continue
        direction = _amount_direction(m.group("rank"))
        good = _measure_direction(rules, _measure_lead(text, max(s, m.start() - 60), m.start()) + " "
                                  + text[m.end():min(e, m.end() + 40)])
        if direction and good and direction == good:
            return m
    return None


def _told_criticism(draft: _Draft, rules: FeedbackRules, s: int, e: int) -> re.Match[str] | None:
    return _bad_rank(draft, rules, s, e) or _worsened_measure(draft, rules, s, e)


# --- a personality praised in place of a behaviour ------------------------------------------------------------
#
# Praise that names who the person is rather than what they did ("You are so caring and patient with the kids",
# "Such a calming presence!", "you have such a calm way about you") is a label of character as much as criticism's
# "you're lazy" (Correll & Simard 2016: praise of personality is the vague feedback that holds people back; Kluger &
# DeNisi 1996: feedback aimed at the self). The terms are the positive-pole personality markers (the rule's source);
# the frame is the exclamative degree word of English, "so" before an adjective and "such a" before a noun phrase
# (Huddleston & Pullum 2002, ch. 10, exclamatives; Quirk et al. 1985, 7.33), predicated of the person (a person
# subject with "be" or "have") or standing alone as a verbless exclamation. Only a draft that is praise and names
# no behaviour is judged (review_feedback asks): where the draft tells what the person did, the quality is the
# writer's summary of it ("You were so patient on Tuesday's call: you waited while she found the policy number").
_PRAISED_PERSON = precompiled(
    r"\b(?:(?i:you|he|she|they)(?:['’](?:re|s))?|(?-i:[A-Z][a-z]{1,30}))"
    r"(?:\s{1,3}(?i:are|is|were|was|have|has|had|seem|seems|seemed))?"
    r"(?:\s{1,3}(?i:always|just|really|truly|genuinely))?\s{1,3}(?i:so|such\s{1,3}an?)\s{1,3}"
    r"(?:[a-z-]{2,30}(?:\s{0,3},\s{1,3}|\s{1,3}and\s{1,3}))?\Z")
_PRAISED_ALONE = precompiled(r"[\s\"“‘(]{0,3}(?i:(?:what|such)\s{1,3}an?)\s{1,3}\Z")
_EXCLAIMED = precompiled(r"(?:\s{1,3}[a-z-]{2,30}){0,5}\s{0,3}!")


# The attributive frame of the same praise: the quality as an adjective of a person noun predicated of the person
# ("You're a wonderful, warm person", "He is a very friendly person", "..., who is a very humble person"): the noun
# names the person, so the adjective is their character (Quirk et al. 1985, 7.20-7.21, attributive adjectives; the
# person nouns are WordNet 3.0's noun.person lemmas of assistant/data/person_nouns.txt and the review nouns of
# PERSON_NOUNS). "a warm welcome", "a friendly reminder", "a very good teacher" (no personality term) stay no trait.
_PRAISED_AS_A = precompiled(
    r"\b(?:(?i:you|he|she|they)(?:['’](?:re|s))?|(?i:who)|(?-i:[A-Z][a-z]{1,30}))"
    r"(?:\s{1,3}(?i:are|is|were|was))?(?:\s{1,3}(?i:always|just|really|truly|genuinely|honestly))?\s{1,3}(?i:an?)"
    r"(?:\s{1,3}(?i:very|really|truly|genuinely|incredibly|extremely|wonderfully|such\s{1,3}an?))?"
    r"(?:\s{1,3}[a-z-]{2,30}(?:\s{0,3},|\s{1,3}and))*\s{1,3}\Z")
_PERSON_HEAD = precompiled(r"\s{1,3}([a-z-]{2,30})\b")
_NOT_PERSON_HEADS = frozenset(("attitude", "staff"))


def _praised_as_a(draft: _Draft, m: re.Match[str], s: int) -> re.Match[str] | None:
    """The term of ``m`` is an attributive adjective of a person noun predicated of the person (see above)."""
    head = _PERSON_HEAD.match(draft.text, m.end())
    if head is None or head.group(1) in _NOT_PERSON_HEADS or not (
            head.group(1) in PERSON_NOUNS or head.group(1) in person_nouns()):
        return None
    return _PRAISED_AS_A.search(draft.text, max(s, m.start() - 80), m.start())


def _praised_ok(draft: _Draft, m: re.Match[str]) -> bool:
    """A personality term in the exclamative frame of praise of the person (see above): "You are so caring and
    patient", "she has such a calm way about her", "Such a calming presence!"; not "so patient that" of a thing,
    nor of the writer ("I am so patient with the vendor")."""
    text = draft.text
    s, _ = draft.sentence_at(m.start())
    if _PRAISED_ALONE.fullmatch(text, s, m.start()):
        return bool(_EXCLAIMED.match(text, m.end()))
    frame = _PRAISED_PERSON.search(text, max(s, m.start() - 80), m.start()) or _praised_as_a(draft, m, s)
    if frame is None:
        return False
    first = frame.group().split()[0]
    if first[:1].isupper() and first.lower() not in ("you", "he", "she", "they", "you're", "he's", "she's", "they're",
                                                      "you’re", "he’s", "she’s", "they’re") \
            and not _is_person(first, frame.start() == s):
        return False
    return _own_voice(draft, m)


def praise_labels(draft: _Draft, rules: FeedbackRules) -> list[Hit]:
    """A personality noun of praise as the person's label ("you're such a perfectionist", ``match: persona`` with a
    noun VADER rates +1.0 or more): a trait finding whatever the draft's reading, kept out of the sentence functions
    (it is no criticism, so it leaves the polarity and the parts alone)."""
    text = draft.text
    found: list[Hit] = []
    nouns = trait_nouns()
    for token in _ALNUM_RUN.finditer(text):
        word = token.group().lower()
        if word not in nouns or not praise_noun(word):
            continue
        for rule in rules.term_index.get(word, ()):
            if rule.rule.match == "persona" and (m := rule.pattern.match(text, token.start())) and persona_ok(
                    draft, m, rules):
                found.append((rule, m))
                break
    return drop_allowed(found, rules.allow.spans(text), span=lambda rm: rm[1].span())


def praised_traits(draft: _Draft, rules: FeedbackRules) -> list[Hit]:
    """The praised-personality spans of a draft (rules with ``match: praised``), first to last, one per span."""
    text = draft.text
    found: list[Hit] = []
    taken_end = -1
    praised = [r for r in rules.span_rules if r.rule.match == "praised"]
    if not praised:
        return found
    for token in _ALNUM_RUN.finditer(text):
        if token.start() < taken_end:
            continue
        for rule in rules.term_index.get(token.group().lower(), ()):
            if rule.rule.match != "praised":
                continue
            m = rule.pattern.match(text, token.start())
            if m and _praised_ok(draft, m):
                found.append((rule, m))
                taken_end = m.end()
                break
    return drop_allowed(found, rules.allow.spans(text), span=lambda rm: rm[1].span())
