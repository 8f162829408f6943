"""Traits as predications of a person, person labels and harsh frames without a listed word."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from assistant.analyzers.feedback.absolutes import (
    _own_voice,
)
from assistant.analyzers.feedback.draft import (
    _WINDOW,
    _YOU_TOKEN,
    ADVERBS,
    CONTRACTED_SUBJECT,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    _Draft,
    _is_person,
)
from assistant.analyzers.feedback.rules import (
    CompiledSpanRule,
    FeedbackRules,
)
from assistant.analyzers.feedback.spans import (
    _NOUN_AFTER,
    _PERSON_REF,
    _REPORTED,
    _WORD,
    _ascribed_to_person,
    _person_subject_before,
    _words_before,
)
from assistant.analyzers.rulecache import precompiled
from assistant.analyzers.scan import fold
from assistant.analyzers.valence import BOOSTERS, lexicon, word_valences
from assistant.names import lexicon as names_lexicon
from assistant.text import (
    FUNCTION_WORDS,
    STOPWORDS,
    Token,
    wordset,
)

_POSSESSIVE = precompiled(r"(?:\b(?i:your|his|her|their)|\b[A-Z][a-z]{1,30}['’]s)\s{1,3}(?:(?:general|overall|whole|own)\s{1,3})?\Z")
_JUDGED_AFTER = precompiled(
    r"\s{1,3}(?:(?:is|was|has\s{1,3}been|seems|seemed|appears|appeared|can\s{1,3}be|remains|remained|comes\s{1,3}across\s{1,3}as"
    r"|came\s{1,3}across\s{1,3}as)\b)((?:\s{1,3}(?:so|very|really|quite|too|rather|pretty|often|sometimes|frankly|honestly|"
    r"increasingly|a\s{1,3}bit|somewhat|just|always|still|extremely|[a-z]{2,30}ly))*)\s{1,3}([\w-]{2,30})", re.IGNORECASE)
_JUDGED_BEFORE = precompiled(
    r"\b(?:has|have|had|having|shows?|showed|displays?|displayed|with)\s{1,3}(?:such\s{1,3})?(?:a|an)\s{1,3}"
    r"(?:(?:very|really|rather|quite|pretty|somewhat|bit\s{1,3}of\s{1,3}an?|[a-z]{2,30}ly)\s{1,3})?([\w-]{2,30})\s{1,3}\Z",
    re.IGNORECASE)
# A person's character likened to a thing ("has the personality of a dishrag", "the attention span of a goldfish"),
# and a character said to be in excess ("your personality is too strong"): judgements without an evaluative word.
_LIKENED_BEFORE = precompiled(r"\b(?:has|have|had|having|with|got)\s{1,3}(?:all\s{1,3})?the\s{1,3}\Z", re.IGNORECASE)
_LIKENED_AFTER = precompiled(r"\s{1,3}of\s{1,3}(?:a|an)\s{1,3}[a-z]", re.IGNORECASE)
_TOO = precompiled(r"\btoo\b", re.IGNORECASE)
_CHANGE_OWN = precompiled(r"\b(?:work\s{1,3}on|improve|change|fix|adjust|address|sort\s{1,3}out)\s{1,3}(?:your|his|her|their)\s{1,3}\Z",
                         re.IGNORECASE)
# The character noun as the subject of a change demanded of it: "his attitude has to change", "your whole personality
# needs work" ("her attitude has changed" reports a change: no demand).
_CHANGE_DEMANDED = precompiled(
    r"\s{1,3}(?:(?:really|seriously|definitely|just|still)\s{1,3})?(?:has|have|needs?|must|ought|will\s{1,3}have|is\s{1,3}going)"
    r"(?:\s{1,3}(?:to|really|seriously|definitely)){0,2}\s{1,3}(?:change|improve|get\s{1,3}better|be\s{1,3}(?:fixed|adjusted|"
    r"addressed|changed|improved|better)|work|improving|improvement|fixing|adjusting|an?\s{1,3}(?:adjustment|overhaul|rethink|"
    r"change|reset))\b", re.IGNORECASE)
_DENIAL = precompiled(
    r"(?:\b(?:is|are|was|were|am|['’]s|['’]re)\s{1,3}(?:(?:just|really|simply|still|clearly|certainly|definitely|honestly)\s{1,3})?"
    r"(?:not|no|never)|\b(?:isn|aren|wasn|weren)['’]t|\black(?:s|ed|ing)?(?:\s{1,3}of)?"
    r"|\b(?:has|have|had|shows?|showed|displays?|displayed)\s{1,3}(?:no|zero)"
    r"|\b(?:doesn['’]t|don['’]t|didn['’]t|does\s{1,3}not|do\s{1,3}not|did\s{1,3}not|never)\s{1,3}(?:have|has|show|shows|display))"
    r"(?:\s{1,3}(?:a|an|the|any|much|enough|of|real|true|natural|good|great|strong|basic|very|even|an\s{1,3}ounce\s{1,3}of)){0,3}\s{1,3}\Z",
    re.IGNORECASE)


# Harsh remarks without a harsh word (dev3 guide): the person's job held over them, and the
# person's mind said to be empty. The nouns are rule terms; the frame around them is checked here.
_LUCKY_TO_HAVE = precompiled(
    r"\b(lucky|fortunate|grateful|thankful)\s{1,3}(?:(?:that\s{1,3})?(?:you|he|she|they)(?:['’]ve|\s{1,3}(?:still\s{1,3})?(?:have|has|got))?"
    r"|to\s{1,3}(?:still\s{1,3})?(?:have|keep|be\s{1,3}keeping|have\s{1,3}kept))\s{1,3}(?:still\s{1,3})?(?:a|your|his|her|their|any)"
    r"\s{1,3}\Z", re.IGNORECASE)
_BE_GRATEFUL = precompiled(
    r"(?:^|[.!?]\s{0,3}|\b(?:be|you['’]re|you\s{1,3}are|he['’]s|she['’]s|he\s{1,3}is|she\s{1,3}is|they\s{1,3}are|they['’]re))"
    r"\s{0,3}(?:(?:very|so|just|really|damn|bloody)\s{1,3})?(?:grateful|thankful)\s{1,3}", re.IGNORECASE | re.MULTILINE)
_CONDITION = precompiled(r"\b(?:if|when|whenever|unless|in\s{1,3}case|should|after|before|until)\b", re.IGNORECASE)
_CONDITION_SUBJECT = precompiled(r"\b(?:if|when|unless|in\s{1,3}case)\s{1,3}(?:you|he|she|they|employees?|staff)\s{1,3}"
                                r"(?:(?:should|do|does|did|ever|were\s{1,3}to)\s{1,3})?\Z", re.IGNORECASE)
# Told to look for work elsewhere: "you can start looking for another job", "he might as well look for a new position";
# not an offer ("if you want to look for another role, I will help") nor a plain plan ("I am looking for a new job").
_LOOK_ELSEWHERE = precompiled(
    r"\b(?:you|he|she|they)\s{1,3}(?:can|could|should|may|might(?:\s{1,3}as\s{1,3}well)?|had\s{1,3}better|better|will|need\s{1,3}to)"
    r"\s{1,3}(?:(?:start|begin|go|get)\s{1,3})?(?:look|looking|search|searching|hunting)\s{1,3}(?:for|around\s{1,3}for)\s{1,3}"
    r"(?:another|a\s{1,3}new|a\s{1,3}different|other|a)\s{1,3}\Z", re.IGNORECASE)
_LOSE_OWN = precompiled(r"\b(?:lose|losing)\s{1,3}(?:your|his|her|their)\s{1,3}\Z", re.IGNORECASE)
_AT_STAKE = precompiled(r"\s{1,3}(?:is|['’]s|will\s{1,3}be|could\s{1,3}be)\s{1,3}(?:(?:now|very\s{1,3}much|already)\s{1,3})?"
                       r"(?:on\s{1,3}the\s{1,3}line|at\s{1,3}stake|in\s{1,3}jeopardy|hanging\s{1,3}by\s{1,3}a\s{1,3}thread)\b",
                       re.IGNORECASE)
_EMPTY = precompiled(r"\b(?:nothing|not\s{1,3}(?:\w+\s{1,3}){0,2}?(?:anything|much)|no\s{1,3}(?:one|thoughts?|ideas?)|nobody|empty)\b",
                    re.IGNORECASE)
_NO_OWN = precompiled(r"\b(?:(?:has|have|had|['’]ve)\s{1,3}no|(?:without|lacks?|lacking)\s{1,3}(?:a|any))\s{1,3}\Z", re.IGNORECASE)
_HOLLOW_AFTER = precompiled(r"\s{1,3}(?:is|was|['’]s|seems|must\s{1,3}be)\s{1,3}(?:(?:so|completely|totally|utterly|entirely|"
                            r"just|clearly|obviously|pretty)\s{1,3})?(?:empty|hollow|vacant)\b", re.IGNORECASE)
_CAUSE_AFTER = precompiled(r"\s{1,3}(?:after|from|by|following|with\s{1,3}all|at\s{1,3}the\s{1,3}end)\b", re.IGNORECASE)
_OWN_MIND_LEAD = precompiled(r"\b(?:in|inside|between|through)\s{1,3}(?:your|his|her|their)\s{1,3}\Z", re.IGNORECASE)


def _threat_ok(draft: _Draft, m: re.Match[str]) -> bool:
    """The person's job held over them: "you're lucky to have a job here", "your job is on the
    line", "you could lose your job" (a request or a plain policy sentence names no such person)."""
    text = draft.text
    s, e = draft.sentence_at(m.start())
    lead_start = max(s, m.start() - _WINDOW)
    lucky = _LUCKY_TO_HAVE.search(text, lead_start, m.start())
    if lucky:
        # "be grateful you still have a job" is held over the person; "I'm grateful you have a role here" is thanks
        return lucky.group(1).lower() in ("lucky", "fortunate") or bool(
            _BE_GRATEFUL.search(text, lead_start, lucky.end()) and _own_voice(draft, m))
    if _LOOK_ELSEWHERE.search(text, lead_start, m.start()):
        return True  # "you can start looking for another job"
    lose = _LOSE_OWN.search(text, lead_start, m.start())
    if lose:
        clause_start, _ = draft.clause(lose.start(), m.end())
        if _CONDITION.search(text, clause_start, lose.start()) or _CONDITION_SUBJECT.search(
                text, max(0, lose.start() - 40), lose.start()):
            return False  # "benefits if you lose your job": losing it is the condition, not a threat
        return bool(_PERSON_REF.search(text, lead_start, m.start()))
    return bool(_AT_STAKE.match(text, m.end(), e) and _POSSESSIVE.search(text, lead_start, m.start()))


def _empty_mind_ok(draft: _Draft, m: re.Match[str]) -> bool:
    """The person's mind said to be empty: "there might not be anything going on in your head",
    "nothing between his ears", "she has no brain"."""
    text = draft.text
    clause_start, _ = draft.clause(m.start(), m.end())
    s, _ = draft.sentence_at(m.start())
    lead_start = max(s, m.start() - _WINDOW)
    hollow = _HOLLOW_AFTER.match(text, m.end())
    if hollow and _POSSESSIVE.search(text, lead_start, m.start()) and not _CAUSE_AFTER.match(text, hollow.end()):
        return True  # "His head is so hollow you can hear an echo"; not "empty after the audit week" (tired)
    if _NO_OWN.search(text, lead_start, m.start()):
        return _person_subject_before(draft, _NO_OWN.search(text, lead_start, m.start()).start(), s)
    return bool(_OWN_MIND_LEAD.search(text, lead_start, m.start()) and _EMPTY.search(text, min(clause_start, m.start()), m.start()))


def _character_ok(draft: _Draft, m: re.Match[str], rule: CompiledSpanRule, rules: FeedbackRules) -> bool:
    """A person's character noun judged badly: "his attitude is negative", "Sam's personality can be
    abrasive", "has a toxic attitude", or a request to change it ("work on your attitude")."""
    text = draft.text
    s, e = draft.sentence_at(m.start())
    lead_start = max(s, m.start() - _WINDOW)
    lead = text[lead_start:m.start()]
    if _CHANGE_OWN.search(lead):
        return True
    if _POSSESSIVE.search(lead) and _CHANGE_DEMANDED.match(text, m.end(), e):
        return True  # "his attitude has to change", "your whole personality needs work"
    before = _JUDGED_BEFORE.search(text, lead_start, m.start())
    if before:
        return _judging(before.group(1), rule, rules) and _person_subject_before(draft, before.start(), s)
    likened = _LIKENED_BEFORE.search(text, lead_start, m.start())
    if likened and _LIKENED_AFTER.match(text, m.end(), e):
        return _person_subject_before(draft, likened.start(), s)  # "has the personality of a dishrag"
    after = _JUDGED_AFTER.match(text, m.end(), e)
    return bool(after and _POSSESSIVE.search(lead) and (
        _judging(after.group(2), rule, rules) or _TOO.search(after.group(1)) is not None))  # "is too strong"


def _judging(word: str, rule: CompiledSpanRule, rules: FeedbackRules) -> bool:
    """``word`` judges a character: one of the rule's predicates or a person-trait term."""
    lower = word.lower()
    if lower in (p.lower() for p in rule.rule.predicates):
        return True
    return any(r.rule.match == "person" and r.pattern.fullmatch(word) for r in rules.term_index.get(lower, ()))


def _denied_ok(draft: _Draft, m: re.Match[str]) -> bool:
    """A virtue or role label denied of a person: "John is just not a leader", "you lack common
    sense", "she has no integrity", "your lack of maturity"."""
    s, _ = draft.sentence_at(m.start())
    denial = _DENIAL.search(draft.text, max(s, m.start() - _WINDOW), m.start())
    if denial is None:
        return False
    if denial.group().lower().startswith("lack") and _POSSESSIVE.search(draft.text, max(s, denial.start() - 40), denial.start()):
        return True  # "your lack of integrity"
    return _person_subject_before(draft, denial.start(), s)


# --- person labels and harsh frames without a listed word ---------------------------------------------
# The lexicons hold the words; these are the FORMS a judgement takes without one (the guides: a trait is a
# negative judgement of the person's character; harsh is demeaning wording in the writer's own voice, and
# threats to the job). Each form is anchored on its rule's terms; the grammar around them is checked here,
# with the innocent senses: a real or coaching question, quoted or reported speech, praise in the same frame.

_LABEL_LINK_SKIP = wordset("the a an that just really simply exactly")
_NEGATION_WORD = precompiled(r"\b(?:never|not|no|cannot|[a-z]{2,10}n['’]t)\b", re.IGNORECASE)


def _frame_tail_critical(draft: _Draft, rules: FeedbackRules, start: int, end: int) -> bool:
    """What follows a frame criticises: a problem cue or a negatively rated word that no negator turns,
    or a negated act ("never owns a mistake"; "never misses a deadline" denies a problem: praise)."""
    text = draft.text
    for m in draft.matches(rules, rules.praise, start, end):
        if not rules.negators.search(text, max(start, m.start() - 30), m.start()):
            return False  # "the kind of person who always helps"
    words = [w.lower().replace("’", "'") for w in _WORD.findall(text, start, end)]
    negation = _NEGATION_WORD.search(text, start, end)
    if negation is not None:
        after = _WORD.search(text, negation.end(), end)
        while after is not None and after.group().lower() in ADVERBS:
            after = _WORD.search(text, after.end(), end)
        return after is None or not rules.problem_words.fullmatch(after.group())
    return any(v < 0 for v in word_valences(words)) or any(
        not rules.negators.search(text, max(start, m.start() - 30), m.start())
        for m in draft.matches(rules, rules.critical, start, end))


def _frame_bounds(draft: _Draft, m: re.Match[str]) -> tuple[int, int]:
    """The match's sentence, cut to a bounded window around it (every frame check stays linear)."""
    s, e = draft.sentence_at(m.start())
    return max(s, m.start() - _WINDOW), min(e, m.end() + _WINDOW)


def _label_ok(draft: _Draft, m: re.Match[str], rules: FeedbackRules) -> bool:
    """A character noun predicated of a person ("he's a pushover", "you're such a drama queen"), or "the
    kind of person who ..." of a person with criticism after it."""
    s, e = _frame_bounds(draft, m)
    near = _words_before(draft, m.start(), s, limit=8)
    article = next((k for k, t in enumerate(near[:3]) if t.lower in ("a", "an")), None)
    if article is not None and all(t.text.isalpha() and t.lower not in FUNCTION_WORDS for t in near[:article]):
        near = near[article:]  # "he is a bloviating buffoon": words between the article and the label modify it
    before = [t for t in near
              if t.lower not in _LABEL_LINK_SKIP and t.lower not in ADVERBS and t.lower not in _LABEL_LEADS]
    if not before:
        return False
    link = before[0].lower.replace("’", "'")
    if CONTRACTED_SUBJECT.match(link):
        if link.startswith(("it", "we", "i'")):
            return False
    elif link in _PRESENT_LINKS or link in _PAST_LINKS:
        if len(before) < 2 or not (before[1].lower in PERSON_PRONOUNS or _is_person(before[1].text, before[1].start == s)):
            return False
    else:
        return False
    if m.group().lower().endswith("who") and not _frame_tail_critical(draft, rules, m.end(), e):
        return False
    return _own_voice(draft, m)


_QUESTION_WORDS = wordset("what why how who where")
_QUESTION_AUX = wordset("do does did have has can are were is was")  # not "would you even consider ...?"
_WRITER_TOLD = precompiled(r"\s{1,3}(?:\w{1,20}\s{1,3}){0,2}?(?:I|we)\s{1,3}(?:have\s{1,3}to|need\s{1,3}to|must|got\s{1,3}to|"
                          r"gotta|have\s{1,3}(?:told|asked|said|reminded)|told|asked|said|reminded|tell|ask|say|remind)\b")


_ALONE_QUESTION = precompiled(r"(?:\s{1,3}(?:me|us|right\s{1,3}now))?\s{0,3}[?!]")


def _is_question(text: str, sentence_end: int, start: int) -> bool:
    return "?" in text[start:sentence_end]


def _rhetorical_ok(draft: _Draft, m: re.Match[str], rules: FeedbackRules) -> bool:
    """A question at the reader that only reproaches: "What were you thinking?", "Did you even read it?",
    "How many times do I have to tell you?", "How hard is it to ...?" -- not a real or coaching question
    ("What were the results?", "How could you ...?"), and not in quoted or reported speech."""
    text = draft.text
    s, e = _frame_bounds(draft, m)
    term = re.sub(r"[\s-]+", " ", m.group().lower())
    before = _words_before(draft, m.start(), s, limit=4)
    if term.endswith("thinking"):
        ok = bool(before) and before[0].lower in _QUESTION_WORDS
    elif term.split()[-1] == "even":
        ok = bool(before) and before[0].lower in _QUESTION_AUX and _is_question(text, e, m.end())
    elif term == "how many times":
        ok = bool(_WRITER_TOLD.match(text, m.end(), min(e, m.end() + 60)))
    elif term.startswith(("wrong with", "on earth")):
        ok = bool(before) and before[0].lower.replace("’", "'") in _QUESTION_WORDS | {"what's", "what", "is", "'s"} or any(
            t.lower in _QUESTION_WORDS for t in before[:2])
    elif term.startswith("are you"):  # "Are you kidding me?" alone; not "Are you serious about the move?"
        ok = bool(_ALONE_QUESTION.match(text, m.end(), e))
    elif term.startswith("any idea"):  # "... how much this mistake cost us?"; not "how bad the traffic is?"
        ok = _is_question(text, e, m.start()) and _frame_tail_critical(draft, rules, m.end(), e)
    else:
        ok = _is_question(text, e, m.start()) or term in ("too much to ask", "you must be joking", "you must be kidding")
    return ok and _own_voice(draft, m)


_FAILURE_GERUNDS = wordset(
    """breaking losing missing forgetting ignoring crashing ruining wrecking messing screwing blowing botching wasting
    alienating upsetting embarrassing dropping derailing killing sinking tanking bungling fumbling overlooking""")
_ABLE_AFTER = precompiled(r"(?:\s{1,3}[\w'’-]{1,30}){0,4}?\s{1,3}(?:could(?:\s{1,3}have|['’]ve)?|would(?:\s{1,3}have|['’]ve)?|"
                         r"can|knows?|manages?)\b", re.IGNORECASE)
_COMPARED = precompiled(r"\b(?:better|more|faster|cleaner|clearer)\b", re.IGNORECASE)
_MODAL_PERFECT = precompiled(r"\b(?:could|would|should)(?:\s{1,3}have|['’]ve)\b", re.IGNORECASE)
_BELIEVE_OBJECT = precompiled(r"\s{1,3}(?:how|what|that\s{1,3}(?:it|this)|it|this|so|the|my|our)\b", re.IGNORECASE)


# Acts any employee does without thinking; thanks or congratulations for "finally" doing one is sarcasm.
_MINIMAL_DUTIES = wordset("""reading answering replying responding showing turning joining arriving opening waking
    remembering bothering attending listening""")
# What a demeaning comparator could do better: the person's job or work, or better than them.
_DEMEANED_AFTER = precompiled(r"[^.!?]{0,80}?(?:\b(?:better|faster|more|less)\b(?:\s{1,3}[\w'’-]{1,20}){0,3}?\s{1,3}than\s{1,3}"
                              r"(?:you|him|her|them)\b|\b(?:your|his|her|their)\s{1,3}(?:job|work|role)\b)", re.IGNORECASE)


_CANNOT = precompiled(r"\b(?:couldn['’]t|could\s{1,3}not|can['’]t|cannot|can\s{1,3}not|wouldn['’]t|would\s{1,3}not)\b", re.IGNORECASE)
_FAVOUR_STOP = precompiled(r"\s{1,3}and\s{1,3}(?:just\s{1,3})?(?:stop|shut|quit|leave|go|don['’]t|keep\s{1,3}quiet|stay\s{1,3}out)\b",
                           re.IGNORECASE)
_PERSON_OBJECT = precompiled(r"\b(?:you|your|yours|him|his|her|them|their)\b", re.IGNORECASE)
_DOING = precompiled(r"\s{1,3}(?:you|he|she|they)(?:['’](?:re|s)|\s{1,3}(?:are|is|were|was))\s{1,3}doing\b", re.IGNORECASE)
_NO_CLUE_LEAD = precompiled(r"(?:n['’]t|\bnot|\bnever)\s{1,3}(?:(?:have|has|got|even|really)\s{1,3}){0,2}\Z", re.IGNORECASE)


def _contempt_ok(draft: _Draft, m: re.Match[str], rules: FeedbackRules) -> bool:
    """The writer's contempt or a comparison that demeans the person: "I can't believe you forgot ...",
    "even a child could have ...", "unlike everyone else on the team, you still can't ...", "my intern could
    have written a better summary than this", sarcastic praise of a failure ("nice job breaking the build")."""
    text = draft.text
    s, e = _frame_bounds(draft, m)
    term = re.sub(r"[\s-]+", " ", m.group().lower().replace("’", "'"))
    if term.startswith(("can't believe", "cannot believe", "can not believe")):
        before = _words_before(draft, m.start(), s, limit=3)
        ok = any(t.lower in ("i", "we") for t in before) and not _BELIEVE_OBJECT.match(text, m.end())
        ok = ok and not _frame_praised(draft, rules, s, e)
    elif term.startswith("even "):
        ok = bool(_ABLE_AFTER.match(text, m.end(), min(e, m.end() + 60))) and (
            bool(_MODAL_PERFECT.search(text, m.end(), e)) or _frame_tail_critical(draft, rules, m.end(), e)) and (
            not _frame_praised(draft, rules, s, e))
    elif term.startswith("unlike") or term.startswith("the only one"):
        ok = _frame_tail_critical(draft, rules, m.end(), e) and not _frame_praised(draft, rules, s, e)
    elif term.startswith("than "):  # "my intern could have written a better summary than this"
        modal = next(reversed(list(_MODAL_PERFECT.finditer(text, s, m.start()))), None)
        ok = modal is not None and bool(_COMPARED.search(text, modal.end(), m.start())) and not any(
            t.lower in ("you", "we", "i") for t in _words_before(draft, modal.start(), s, limit=1))
    elif term == "thanks for nothing" or term.startswith(("gracing", "grace us")):
        ok = True
    elif term.endswith("finally"):  # "Congratulations on finally reading your email": a minimal duty praised
        nxt = _NEXT_TOKEN.match(text, m.end())
        ok = nxt is not None and nxt.group(1).lower() in _MINIMAL_DUTIES
    elif term.startswith("if ") or term.endswith("brewery"):  # "You couldn't organise a lunch if your life depended on
        # it": an ability denied with ridicule; "you could recite the rules if your life depended on it" is praise
        ok = bool(_CANNOT.search(text, s, m.start()))
    elif term.startswith("do "):  # "Do us all a favour and stop talking": contempt; not "... and bring the cake"
        ok = bool(_FAVOUR_STOP.match(text, m.end(), e))
    elif term.startswith(("sick and", "fed up", "had enough")):  # "I'm sick and tired of cleaning up after you"
        before = _words_before(draft, m.start(), s, limit=3)
        clause_start, clause_end = draft.clause(m.start(), m.end())
        ok = any(t.lower in ("i", "i'm", "i’m", "we", "we're", "we’re", "am", "are", "'m") for t in before) and bool(
            _PERSON_OBJECT.search(text, m.end(), clause_end))
    elif "clue" in term or "idea" in term:  # "He doesn't have a clue what he is doing": ability denied
        ok = term.startswith("no idea") or bool(_DOING.match(text, m.end(), e)) and (
            term.startswith("no clue") or bool(_NO_CLUE_LEAD.search(text, max(s, m.start() - 40), m.start())))
    elif term.endswith("could"):  # "A monkey could run these reports better than you do"
        ok = bool(_DEMEANED_AFTER.match(text, m.end(), e)) and not _frame_praised(draft, rules, s, e)
    else:  # sarcastic praise: "nice job breaking the build"
        nxt = _NEXT_TOKEN.match(text, m.end())
        ok = nxt is not None and nxt.group(1).lower() in _FAILURE_GERUNDS
    return ok and _own_voice(draft, m)


def _frame_praised(draft: _Draft, rules: FeedbackRules, start: int, end: int) -> bool:
    text = draft.text
    return any(not rules.negators.search(text, max(start, p.start() - 30), p.start())
               for p in draft.matches(rules, rules.praise, start, end))


_PERSON_ON = precompiled(r"\b(?:you|he|she|they)(?:['’](?:re|s)|\s{1,3}(?:are|is|were|was|remain|remains|stay|stays))"
                        r"(?:\s{1,3}(?:\w{2,20}ly|already|now|still|on\s{1,3}very|skating\s{1,3}on|walking\s{1,3}on))*\s{1,3}(?:on\s{1,3})?\Z",
                        re.IGNORECASE)
_KEEP_IT_UP = precompiled(r"\b(?:keep\s{1,3}(?:this|it|that)\s{1,3}up|carry\s{1,3}on\s{1,3}like\s{1,3}this|(?:do|does|say|says)\s{1,3}"
                          r"(?:it|that|this)\s{1,3}again|one\s{1,3}more\s{1,3}\w{1,20}|again)\b[^.!?]{0,40}\Z", re.IGNORECASE)
_SENTENCE_CLOSE = precompiled(r"\s{0,3}(?:[.?!]|\Z)")
_OWN_DAYS = precompiled(r"\b(?:your|his|her|their)\s{1,3}days\b", re.IGNORECASE)
_ONE_MORE_OUT = precompiled(r"\s{1,3}(?:[\w'’-]{1,30}\s{1,3}){1,3}?(?:and|,)\s{1,3}(?:you|he|she)(?:['’](?:re|ll\s{1,3}be)|\s{1,3}(?:are|is|will\s{1,3}be))"
                           r"\s{1,3}(?:out|done|gone|fired|finished|history)\b", re.IGNORECASE)
_OWN_JOB_AFTER = precompiled(r"\b(?:your|his|her|their)\s{1,3}(?:job|position|seat|role|place|spot)\b", re.IGNORECASE)
_SECOND_OR_THIRD = precompiled(r"\b(?:you|he|she)\b", re.IGNORECASE)


# Sarcastic wonder at how the person holds their place: a frame of wonder or not knowing before "how you got ...",
# and the place after it ("this job", "hired", "through probation"); "tell me how you got the client to sign" is
# a real question about the work.
_WONDER_BEFORE = precompiled(r"\b(?:wonder\w{0,3}|no\s{1,3}idea|(?:don['’]t|do\s{1,3}not|never)\s{1,3}(?:know|understand|"
                            r"get)|can['’]?t\s{1,3}(?:figure\s{1,3}out|understand|see)|beats\s{1,3}me|puzzl\w{1,4}|baffl\w{1,4}|"
                            r"mystery|amaz\w{1,4}|astonish\w{1,6}|unclear)\b[^.!?]{0,40}\Z", re.IGNORECASE)
_STANDING_AFTER = precompiled(r"\s{1,3}(?:(?:ever|even|still|actually)\s{1,3})?(?:(?:this|that|the|your|his|her|a|such\s{1,3}a)"
                             r"\s{1,3}(?:\w{2,20}\s{1,3})?(?:job|role|position|post|promotion|place|seat|degree|licen[cs]e|"
                             r"certificate|title)\b(?!\s{1,3}(?:done|finished|completed|over|through))|hired|promoted|employed|"
                             r"through\s{1,3}(?:probation|the\s{1,3}interview|training)|(?:a|your)\s{1,3}job)", re.IGNORECASE)


_PAID_SUBJECT = precompiled(r"\b(?:you|he|she|they)(?:['’](?:re|s)|\s{1,3}(?:are|is|were|was|aren['’]t|isn['’]t))?"
                            r"(?:\s{1,3}(?:just|simply|really|here))?\s{1,3}\Z", re.IGNORECASE)
_WRITER_JUST_BEFORE = precompiled(r"\b(?:I|we)\s{1,3}\Z", re.IGNORECASE)
_WRITER_NEAR = precompiled(r"\b(?:I|we)(?:['’](?:ll|ve|d|m|re))?(?:\s{1,3}[\w'’]{1,12}){0,3}\s{1,3}\Z", re.IGNORECASE)
_SUBJECT_RUN = precompiled(r"\b(?:you|he|she|they)(?:['’](?:ll|re|s|d))?((?:\s{1,3}[\w'’]{1,12}){0,3})\s{1,3}\Z", re.IGNORECASE)
_NEGATED_JUST_BEFORE = precompiled(r"(?:n['’]t|\bnot|\bnever)\s{1,3}\Z", re.IGNORECASE)
_JOB_BEFORE = precompiled(r"\b(?:job|role|position|post|career|work|line\s{1,3}of\s{1,3}work|profession|industry|team|company|place)"
                          r"(?:\s{1,3}(?:just|really|simply|clearly|obviously))?\s{1,3}\Z", re.IGNORECASE)


def _standing_ok(draft: _Draft, m: re.Match[str]) -> bool:
    """The person's place held over them: "you're on thin ice", "your days on this team are numbered", "one more
    missed deadline and you're out", "plenty of people would be glad to have your job", "I don't know why we
    hired you", "you are replaceable"."""
    text = draft.text
    s, e = _frame_bounds(draft, m)
    term = re.sub(r"[\s-]+", " ", m.group().lower().replace("’", "'"))
    lead = max(s, m.start() - _WINDOW)
    if term == "thin ice":
        ok = bool(_PERSON_ON.search(text, lead, m.start()))
    elif term.startswith("numbered"):
        ok = bool(_OWN_DAYS.search(text, lead, m.start()))
    elif term == "one more":
        ok = bool(_ONE_MORE_OUT.match(text, m.end(), e))
    elif term.startswith("plenty of") or term.startswith("lots of"):
        ok = bool(_OWN_JOB_AFTER.search(text, m.end(), e))
    elif term.startswith("why"):
        ok = bool(_SECOND_OR_THIRD.search(text, m.end(), e))
    elif term.startswith(("won't", "will not")):  # "Keep this up and you won't be here at Christmas"
        ok = bool(_KEEP_IT_UP.search(text, lead, m.start())) and bool(_SECOND_OR_THIRD.search(text, max(lead, m.start() - 12), m.start()))
    elif term.startswith("what"):  # "I don't know what we pay you for.", "What do we pay you for?"; not "... is
        # exactly what we pay you for" (praise): a question, or wonder or not knowing before it
        ok = bool(_SENTENCE_CLOSE.match(text, m.end())) and (
            term.startswith(("what do", "what are", "what am")) or bool(_WONDER_BEFORE.search(text, lead, m.start())))
    elif term.endswith("paid to"):  # "you're not paid to think": the person's part reduced to obeying
        ok = bool(_PAID_SUBJECT.search(text, lead, m.start()))
    elif " pay " in f" {term} ":  # "I don't pay you to think"
        ok = bool(_WRITER_JUST_BEFORE.search(text, lead, m.start()))
    elif term.split()[0] in ("fire", "fired", "sack", "sacked"):  # "I haven't fired you yet", "we will sack you"
        ok = bool(_WRITER_NEAR.search(text, max(lead, m.start() - 40), m.start()))
    elif term.split()[-1] in ("fired", "sacked"):  # "you should be fired"; not "you won't be fired for asking"
        subject = _SUBJECT_RUN.search(text, max(lead, m.start() - 60), m.start())
        ok = subject is not None and not _NEGATION_WORD.search(subject.group(1))
    elif "future" in term:  # "you don't have a future in this company", "there is no future for you here"
        ok = (term.startswith("no") or term.split()[1] == "no" or bool(_NEGATED_JUST_BEFORE.search(text, lead, m.start()))) and (
            term.endswith(("you", "him", "her")) or bool(_SUBJECT_RUN.search(text, max(lead, m.start() - 60), m.start())))
    elif "for" in term.split()[-2:] and "cut" not in term:  # "this job just isn't for you"; not "this course is not for you"
        ok = bool(_JOB_BEFORE.search(text, lead, m.start()))
    elif "cut out" in term:  # "you're not cut out for this"
        ok = bool(_SUBJECT_RUN.search(text, max(lead, m.start() - 60), m.start()))
    elif term.startswith("how"):  # "I've spent hours wondering how you got this job": the person's place doubted
        ok = bool(_WONDER_BEFORE.search(text, lead, m.start())) and bool(_STANDING_AFTER.match(text, m.end(), e))
    else:  # "replaceable", "easily replaced": of a person
        ok = _valence_predication(draft, m) == "person" or _person_subject_before(draft, m.start(), s)
    return ok and _own_voice(draft, m)


# A personality quality demanded of the person (brief BJ): an obligation or a wish, a verb of being or becoming and a
# comparative before a personality term ("has to become more proactive", "I need you to be less defensive", "should be
# more of a team player", "Be more positive"); the terms are personality words, not manners of working ("be more careful").
_DEMANDED_BEFORE = precompiled(
    r"\b(?:(?:need|needs|needed|has|have|ought|got|want|wants|wanted|expect|expects|like)(?:\s{1,3}(you|him|her|them))?\s{1,3}to"
    r"|must|should|gotta)(?:\s{1,3}(?:really|just|try\s{1,3}to|learn\s{1,3}to|start\s{1,3}to|work\s{1,3}on\s{1,3}being))?"
    r"\s{1,3}(?:be|become|get|grow|act|start\s{1,3}being)\s{1,3}(?:(?:a\s{1,3}(?:lot|bit|little)|much|far|way|even)\s{1,3})?"
    r"(?:more|less)\s{1,3}(?:of\s{1,3}(?:a|an)\s{1,3})?\Z", re.IGNORECASE)
_DEMANDED_OPENING = precompiled(
    r"[\s\"“‘(]{0,3}(?:(?:please|just)\s{1,3})?(?:try\s{1,3}(?:to\s{1,3})?(?:and\s{1,3})?)?be\s{1,3}(?:(?:a\s{1,3}(?:lot|bit|little)|much)"
    r"\s{1,3})?(?:more|less)\s{1,3}(?:of\s{1,3}(?:a|an)\s{1,3})?\Z", re.IGNORECASE)


def _demanded_ok(draft: _Draft, m: re.Match[str]) -> bool:
    """A personality quality demanded of the person: "Jane has to become more proactive", "I want you to be less
    defensive", "Marcus should be more of a team player", "Be more positive" (not of the writer or a thing: "we
    need to be more patient with the vendor", "the report needs to be more positive")."""
    text = draft.text
    s, _ = draft.sentence_at(m.start())
    if _DEMANDED_OPENING.fullmatch(text, s, m.start()):
        return _own_voice(draft, m)
    demand = _DEMANDED_BEFORE.search(text, max(s, m.start() - 80), m.start())
    if demand is None:
        return False
    if demand.group(1) is None:
        clause_start, _ = draft.clause(demand.start(), demand.end())
        subject = _subject_word(draft, demand.start(), clause_start, limit=3)
        if subject is None or subject.lower in ("i", "we") or not (
                _is_person(subject.text, subject.start == s) or subject.lower.replace("’", "'") in ("you're", "he's", "she's")):
            return False
    return _own_voice(draft, m)


def _subject_word(draft: _Draft, pos: int, clause_start: int, limit: int) -> Token | None:
    """The first word of the few before ``pos`` in its clause that is no adverb: the subject of a short predicate."""
    before = [t for t in _words_before(draft, pos, clause_start, limit=limit)
              if t.lower not in ADVERBS and not (t.lower.endswith("ly") and len(t.lower) > 4)]
    return before[0] if before else None


# A disposition ascribed to the person without a trait word: the know-all ("acts like he knows it all", "thinks
# she is always right") and indifference ("she clearly doesn't care", "couldn't care less"); not "doesn't care who
# gets the credit" (praise) or the writer's own "I don't care".
_ACTS_AS_IF = precompiled(
    r"\b(?:acts?|acted|acting|behaves?|behaved|behaving|talks?|talked|talking|thinks?|thought|seems?\s{1,3}to\s{1,3}think|"
    r"believes?|carr(?:y|ies|ied)\s{1,3}(?:himself|herself|yourself|themselves))\s{1,3}(?:(?:like|as\s{1,3}if|as\s{1,3}though|"
    r"that)\s{1,3})?(?:he|she|you|they)(?:\s{1,3}(?:really|actually|already|just|somehow))?\s{1,3}\Z", re.IGNORECASE)
_CARE_INNOCENT = precompiled(
    r"\s{1,3}(?:who|what|whether|if|how|where|when|which|for\b|about\s{1,3}(?:(?:getting|taking|being|the)\s{1,3})?(?:credit|"
    r"recognition|titles?|status|praise|glory|spotlight|thanked|who|what|whether))", re.IGNORECASE)


def _disposition_ok(draft: _Draft, m: re.Match[str]) -> bool:
    text = draft.text
    s, _ = draft.sentence_at(m.start())
    term = m.group().lower()
    if "care" in term or "bothered" in term:
        if _CARE_INNOCENT.match(text, m.end()):
            return False
        clause_start, _ = draft.clause(m.start(), m.end())
        subject = _subject_word(draft, m.start(), clause_start, limit=4)
        if subject is None or subject.lower in ("i", "we") or not _is_person(subject.text, subject.start == s):
            return False
    elif not _ACTS_AS_IF.search(text, max(s, m.start() - 60), m.start()):
        return False
    return _own_voice(draft, m)



# A noun of filth or disorder ("a tip", "a pigsty", "a dog's breakfast") as the complement of a link verb whose
# subject is the person's work or place: contempt for the work, not a description of it.
_SQUALOR_FRAME = precompiled(
    r"(?:\b(?:is|are|was|were|be|been|become|becomes|became|remains?|remained|looks?\s{1,3}like|looked\s{1,3}like)|"
    r"['’](?:s|re))(?:\s{1,3}(?:always|still|again|just|now|often|usually|constantly|forever|such|already|honestly|"
    r"frankly|completely|totally|absolutely|literally|basically))*\s{1,3}(?:a|an)\s{1,3}(?:(?:complete|total|absolute|"
    r"real|right|utter|proper|bit\s{1,3}of\s{1,3}a)\s{1,3})?\Z", re.IGNORECASE)
_SQUALOR_NOT_AFTER = precompiled(r"\s{0,3}:|\s{1,3}(?:of|for|on|about|from|to|that|which|where|site|truck|worth)\b",
                                 re.IGNORECASE)


def _squalor_ok(draft: _Draft, m: re.Match[str]) -> bool:
    text = draft.text
    s, e = draft.sentence_at(m.start())
    frame = _SQUALOR_FRAME.search(text, max(s, m.start() - 60), m.start())
    if frame is None or _SQUALOR_NOT_AFTER.match(text, m.end(), e):
        return False
    if not _PERSON_REF.search(text, max(s, frame.start() - _WINDOW), frame.start()):
        return False  # "the old stockroom was a tip": not the person's work
    if _REPORTED.search(text, max(s, m.start() - _WINDOW), m.start()):
        return False  # "you said the old rota was a mess"
    return not _in_hardship(draft, m.start()) and not _covers(_setting_clauses(draft), m.start())

_CAPS_RUN = 3
_CAPS_LIMIT = 40  # words looked at each way from the marker
_CAPS_WORD = precompiled(r"[A-Z][A-Z'’]*(?![a-z])")


_WHOLE = precompiled(r".+", re.DOTALL)


def _caps_run(draft: _Draft, pos: int) -> tuple[int, int]:
    """The span of the run of words in capitals, inside its sentence, around the word at ``pos``."""
    s, e = draft.sentence_at(pos)
    toks = draft.toks
    k = draft.token_index(pos)
    lo = hi = k
    while k - lo < _CAPS_LIMIT and lo - 1 >= 0 and toks[lo - 1].start >= s and toks[lo - 1].text.isupper() and toks[lo - 1].text.isalpha():
        lo -= 1
    while hi - k < _CAPS_LIMIT and hi + 1 < len(toks) and toks[hi + 1].start < e and toks[hi + 1].text.isupper() and toks[hi + 1].text.isalpha():
        hi += 1
    return toks[lo].start, toks[hi].end


def _shouting_run(draft: _Draft, m: re.Match[str], rules: FeedbackRules) -> re.Match[str] | None:
    """Shouting, as one match over the whole run of capitals around its marker: the marker word in capitals
    inside a run of at least three words in capitals ("DO NOT SEND ANYTHING", "WHY IS THIS LATE AGAIN"), not
    praise ("GREAT JOB ON THE LAUNCH") and not inside brackets (an acronym spelt out)."""
    word = m.group()
    if not word.isupper() or len(word) < 2:
        return None
    s, _ = draft.sentence_at(m.start())
    run_start, run_end = _caps_run(draft, m.start())
    if len(draft.text[run_start:run_end].split()) < _CAPS_RUN:
        return None
    if _bracketed(draft.text, run_start, max(s, run_start - _WINDOW)):
        return None
    if _frame_praised(draft, rules, run_start, run_end):
        return None
    return _WHOLE.match(draft.text, run_start, run_end)


def _bracketed(text: str, pos: int, sentence_start: int) -> bool:
    return text.rfind("(", sentence_start, pos) > text.rfind(")", sentence_start, pos)


# --- harsh wording by valence -------------------------------------------------------------------
# Harsh is a strongly negative judgement in the writer's own voice predicated of the PERSON ("you're
# pathetic", "he is useless") or of their WORK ("your charts are horrible and ugly", "Maria's code was
# lousy"). How negative a word is comes from VADER's lexicon (``assistant.analyzers.valence``), not a
# project list; the predication is read from the words before it: a linking verb, and before that the
# person (in the present: a characterisation, not an episode) or a possessed thing. A negated word
# ("not bad"), a participle (a state: "frustrated"), reported speech and the rule's listed states of a
# person ("sad", "sick") are not harsh; a word a list rule names ("terrible", "rude") is judged by that
# rule alone, with its own context checks, and an organisation that disables the rule silences it.

_PRESENT_LINKS = wordset("is are am seem seems look looks sound sounds remain remains")
_PAST_LINKS = wordset("was were")
_POSSESSIVES = wordset("your his her their")
_JOINED = wordset("and or but also")
_ATTRIBUTIVE_OWNERS = wordset("your his her their such")
# What befalls a person rather than what they make or do: periods of time and circumstances. A strongly
# negative word about these ("your first week was stressful", "your workload was brutal") is sympathy.
_CIRCUMSTANCES = wordset(
    """day week weekend fortnight month quarter half year sprint cycle term shift hour time night morning
    evening season holiday vacation trip journey commute workload deadline schedule situation circumstance
    loss injury illness health condition family life home news experience start""")


def _circumstance(noun: str) -> bool:
    return noun in _CIRCUMSTANCES or (noun.endswith("s") and noun[:-1] in _CIRCUMSTANCES)
_NAME_POSSESSIVE = precompiled(r"[A-Z][a-z]{1,30}['’]s\Z")
_LABEL_LEADS = wordset("nothing but bit")


_ADJECTIVE_SUFFIXES = ("ic", "ous", "ful", "ible", "able", "ive", "less", "ish")


def _adjective_shape(word: str) -> bool:
    """An adjective by its English derivation: an adjective suffix, or an adverb in -ly or a comparative
    that the SCOWL word list knows ("horribly", "uglier"); nouns such as "war" or "pain" have neither."""
    if word.endswith(_ADJECTIVE_SUFFIXES):
        return True
    common = names_lexicon().common
    stem = word[:-1] + "i" if word.endswith("y") else word[:-1] if word.endswith("le") else word
    return any(form in common for form in (word + "ly", stem + "ly", stem + "er", word + "r", word[:-2] + "ly"))


def _valence_predication(draft: _Draft, m: re.Match[str]) -> str | None:
    """'person' when the word is predicated of the person in the present ("you're pathetic", "Sam is
    useless"), 'work' when of a thing the person owns ("your charts are ugly"), else None."""
    sent_start, _ = draft.sentence_at(m.start())
    before = _words_before(draft, m.start(), sent_start, limit=10)
    rated = lexicon()
    k = 0
    while k < len(before):  # degree words and coordinated judgements: "are so horrible and ugly"
        lower = before[k].lower.replace("’", "'")
        if lower in _ATTRIBUTIVE_OWNERS or lower in ("a", "an"):
            break
        if lower in ADVERBS or lower in BOOSTERS or lower in _JOINED or (lower.endswith("ly") and len(lower) > 4) \
                or rated.get(lower, 0.0) <= -1.0:
            k += 1
            continue
        break
    if (ascribed := _ascribed_to_person([t.lower.replace("’", "'") for t in before[k:]], before[k:])) is not None:
        return "person" if ascribed else None  # "People find you difficult", "the interns describe you as unpleasant"
    if k < len(before) and (before[k].lower in _ATTRIBUTIVE_OWNERS or _NAME_POSSESSIVE.match(before[k].text)):
        noun = _NOUN_AFTER.match(draft.text, m.end(), m.end() + 40)
        if noun is None or noun.group(1).lower() in STOPWORDS or not _adjective_shape(m.group().lower()) or (
                _circumstance(noun.group(1).lower())):
            return None  # "their war stories": a rated noun before a noun names a topic
        return "work"  # "your horrible charts", "such horrific coding", "what a pathetic effort"
    if k < len(before) and before[k].lower in ("a", "an", "such"):
        nxt = _NOUN_AFTER.match(draft.text, m.end(), m.end() + 40)
        head = nxt is None or nxt.group(1).lower() in STOPWORDS  # "you're a disgrace", "a liar to the team"
        if not head and nxt.group(1).lower().rstrip("s") not in PERSON_NOUNS:
            return None  # "a horrible storm": the noun after it is what it judges
        k += 1
        while k < len(before) and (before[k].lower in ADVERBS or before[k].lower in _LABEL_LEADS):
            k += 1  # "you're such a whiner", "he is nothing but a bully", "she's a bit of a coward"
    if k >= len(before):
        return None
    link = before[k].lower.replace("’", "'")
    if CONTRACTED_SUBJECT.match(link):
        present = link.endswith(("'re", "'s", "'m"))
        return "person" if present and not link.startswith(("it", "we", "i'")) else None
    if link not in _PRESENT_LINKS and link not in _PAST_LINKS:
        return None
    subject = before[k + 1:k + 5]
    if not subject:
        return None
    head = subject[0]
    first = head.start == sent_start
    if link in _PRESENT_LINKS and (head.lower in PERSON_PRONOUNS or _is_person(head.text, first)) and (
            head.lower not in ("i", "we")):
        return "person"
    if (head.lower.rstrip("s") in PERSON_NOUNS or head.lower in PERSON_PRONOUNS or not head.text.isalpha()
            or _circumstance(head.lower)):
        return None  # "your first week was stressful", "his loss was devastating": what befell them
    for owner in subject[1:4]:  # "your charts", "his whole presentation", "Maria's report"
        lower = owner.lower.replace("’", "'")
        if lower in _POSSESSIVES or (lower.endswith("'s") and _is_person(owner.text[:-2], owner.start == sent_start)):
            return "work"
        if lower in STOPWORDS and lower not in ("whole", "entire", "last", "latest", "first", "new"):
            return None
    return None
_NEXT_TOKEN = precompiled(r"\s{1,3}([A-Za-z'’-]{2,30})")
_TIME_LINKS = wordset("when whenever while as before until")


def _covers(spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether ``pos`` lies in one of ``spans`` (sorted, not overlapping), by bisection."""
    k = bisect_right(spans, (pos, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


_HE_OR_SHE_MENTION = precompiled(r"\b(?:he|his|him|himself|she|her|hers|herself)\b", re.IGNORECASE)


class _Mentions:
    """Where the person is mentioned: ``pronouns`` (a compiled pattern) or ``name`` as a whole word in any case,
    what ``re.compile(rf"\\b(?:{re.escape(name)}|<pronouns>)\\b", re.IGNORECASE)`` finds, without compiling a
    pattern for each new name (half a millisecond: a draft about a new person would pay it)."""

    def __init__(self, text: str, pronouns: re.Pattern[str], name: str | None) -> None:
        self.text, self.pronouns = text, pronouns
        self.folded = fold(text) if name and name.isascii() else None
        self.name = name.lower() if self.folded is not None else name  # as fold lowers the text
        self.pattern = _name_pattern(name) if name is not None and self.folded is None else None

    def search(self, start: int, end: int) -> bool:
        """Whether the person is mentioned in ``text[start:end]`` (as ``pattern.search(text, start, end)``)."""
        if self.pronouns.search(self.text, start, end) is not None:
            return True
        if self.pattern is not None:
            return self.pattern.search(self.text, start, end) is not None
        if self.folded is None:
            return False
        # A name of ASCII characters: the folded text holds it where the caseless pattern would match it
        # (scan.fold), between word boundaries as the pattern sees them (end is where the text stops).
        text, folded, name = self.text, self.folded, self.name or ""
        at = folded.find(name, start, end)
        while at >= 0:
            if _boundary(text, at, end) and _boundary(text, at + len(name), end):
                return True
            at = folded.find(name, at + 1, end)
        return False


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _boundary(text: str, pos: int, end: int) -> bool:
    """``\\b`` at ``pos`` in a search of ``text`` that stops at ``end``."""
    return (pos > 0 and _is_word(text[pos - 1])) != (pos < end and _is_word(text[pos]))


@lru_cache(maxsize=256)
def _name_pattern(name: str) -> re.Pattern[str]:
    """A name with other than ASCII characters as a whole word in any case (as ``re`` matches case)."""
    return re.compile(rf"\b(?:{re.escape(name)})\b", re.IGNORECASE)


# A hardship the person worked through, in a concessive adjunct ("despite a broken printer", "in spite of the bad
# connection", "even on days when the weather was terrible") or an adjunct of the time or circumstances it lasted
# through (prepositions of duration and accompanying circumstance, Quirk et al. 1985, A Comprehensive Grammar of the
# English Language, 9.37-9.45 and 9.54: "through the two-hour signal failure", "during the power cut", "amid the
# queue"): its problem words describe the circumstances, not the person, when the person acts in the rest of the
# sentence and nothing in the adjunct is theirs ("despite your late start", "during the outage you forgot the log"
# keep the person's own fault, which stays criticism).
_HARDSHIP = precompiled(r"\b(?:despite|in\s{1,3}spite\s{1,3}of|notwithstanding|regardless\s{1,3}of|through|throughout|during|"
                       r"amid|amidst|even\s{1,3}(?:on|in|with|when|after|as|though|while|under))\b", re.IGNORECASE)
_HARDSHIP_END = precompiled(r"[,;:—–()]|\s-\s|\b(?:and|but|so)\s{1,3}(?:you|he|she|they)\b", re.IGNORECASE)
# A time or circumstance phrase ("during the stocktake") is a noun phrase: it ends where a clause is joined on ("during
# the stocktake and honestly it was a total disaster").
_DURATION_MARKERS = wordset("through throughout during amid amidst")
_DURATION_END = precompiled(r"\b(?:and|but|so|or|which|who|that|because|while|when|until|after|before)\b", re.IGNORECASE)
_OWN_IN_HARDSHIP = precompiled(r"\b(?:you|your|yours|he|his|him|she|her|they|their|them)\b", re.IGNORECASE)
_ACTOR = precompiled(r"\b(?:you|he|she|they|(?-i:[A-Z][a-z]{1,30}))\b", re.IGNORECASE)


def _in_hardship(draft: _Draft, pos: int) -> bool:
    """``pos`` lies in a concessive adjunct naming a hardship the person worked through (see above)."""
    text = draft.text
    s, e = draft.sentence_at(pos)
    key = ("hardship markers", s)
    if key not in draft.memo:  # found once per sentence: a sentence of many problem words stays linear
        found = list(_HARDSHIP.finditer(text, s, e))
        draft.memo[key] = (found, [m.end() for m in found])
    markers, ends = draft.memo[key]
    last = bisect_right(ends, pos) - 1
    if last < 0:
        return False
    marker = markers[last]
    end_m = _HARDSHIP_END.search(text, marker.end(), e)
    end = end_m.start() if end_m else e
    if marker.group().lower() in _DURATION_MARKERS and (joined := _DURATION_END.search(text, marker.end(), end)):
        end = joined.start()
    if pos >= end or _OWN_IN_HARDSHIP.search(text, marker.end(), end):
        return False
    return any(_is_person(actor.group(), actor.start() == s) for a, b in ((s, marker.start()), (end, e))
               for actor in _ACTOR.finditer(text, a, b))


def _setting_clauses(draft: _Draft) -> list[tuple[int, int]]:
    """In a draft that speaks to the person, the clauses that set the scene for what the person did: those
    before anything the person did, and time clauses ("when the customer started shouting"), whose subject
    is someone or something else and that do not mention the person ("We were two weeks behind schedule",
    "The team struggled with flaky tests for months"): not criticism of the person. Empty when the person
    does nothing."""
    text = draft.text
    parsed = draft.parsed
    person = draft.person
    # A draft that thanks the person by name ("Thank you, Priya.") may tell what they did in the third person
    # ("Priya sorted every folder"); a draft about "he" or "she" with no name is about them.
    named_actor = person.name if person.name is not None and names_lexicon().may_be_name(person.name) else None
    if person.second:
        mentions = _Mentions(text, _YOU_TOKEN, named_actor)
    elif person.name is not None and not draft.second_person:
        mentions = _Mentions(text, _HE_OR_SHE_MENTION, person.name)
    elif person.name is None and not draft.second_person:
        mentions = _Mentions(text, _HE_OR_SHE_MENTION, None)
    else:
        return []
    before: list[tuple[int, int]] = []
    timed: list[tuple[int, int]] = []
    acted = False
    for sentence_clauses in parsed:
        for c in sentence_clauses:
            if c.tense != "none" and (person.is_subject(c.subject_words) or (
                    named_actor is not None and named_actor in c.subject_words[:2])):
                acted = True
                continue
            if not c.subject or mentions.search(c.start, c.end):
                continue
            if c.link in _TIME_LINKS:
                timed.append((c.start, c.end))
            elif not acted:
                before.append((c.start, c.end))
    return sorted(before + timed) if acted else []
