"""Span findings and their context checks: a trait predicated of a person, an absolute over the person's acts or work, a possessed habit."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from assistant.analyzers.feedback.draft import (
    _CHANGE_OF_STATE,
    _WINDOW,
    _YOU,
    ADVERBS,
    AUXILIARIES,
    CONTRACTED_SUBJECT,
    LINKING,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    _Draft,
    _is_person,
)
from assistant.analyzers.feedback.rules import (
    CompiledSpanRule,
    FeedbackRules,
    FeedbackSpanRule,
    _imperative_opening,
)
from assistant.analyzers.rulecache import precompiled
from assistant.analyzers.valence import lexicon, word_valences
from assistant.names import lexicon as names_lexicon
from assistant.text import (
    BE_FORMS,
    FUNCTION_WORDS,
    IRREGULAR_PAST,
    IRREGULAR_VERBS,
    MODALS,
    PREPOSITIONS,
    STOPWORDS,
    WEEKDAYS,
    inflections,
    wordset,
)
from assistant.wordlists import message_nouns

# --- span findings ----------------------------------------------------------------------------


def _words_before(draft: _Draft, pos: int, sent_start: int, limit: int = 8) -> list:
    i = draft.token_index(pos) - 1
    while i >= 0 and draft.toks[i].end > pos:
        i -= 1  # the token the match is part of ("ultra-controlling")
    out = []
    while i >= 0 and draft.toks[i].start >= sent_start and len(out) < limit:
        out.append(draft.toks[i])
        i -= 1
    return out  # nearest first


def _trait_ok(draft: _Draft, m: re.Match[str], previous_end: int | None) -> bool:
    """A trait adjective describes a person: "you are lazy", "being so sloppy", "Sam seems
    careless", "a lazy employee", or it is joined to a trait already found ("lazy and careless")."""
    text = draft.text
    sent_start, _ = draft.sentence_at(m.start())
    before = _words_before(draft, m.start(), sent_start)
    if _attributive_to_thing(text, m, before):
        return False  # "a touchy subject", "a demanding quarter": the adjective describes the noun after it
    if _quoted_label(text, m, sent_start):
        return True  # "The words your co-workers use to describe you are 'annoying' and 'abrasive'"
    if (ascribed := _ascribed_to_person([t.lower.replace("’", "'") for t in before], before)) is not None:
        return ascribed  # "People find you difficult", "They see you as stubborn"; not "Nobody would call you lazy"
    saw_link = False
    for n, tok in enumerate(before):
        lower = tok.lower.replace("’", "'")
        following = before[n + 1].lower.replace("’", "'") if n + 1 < len(before) else ""
        if lower in _ASCRIBED_PARTICIPLES and (not following or following in BE_FORMS or following in ("'re", "'s")
                                               or CONTRACTED_SUBJECT.match(following) or following == "been"):
            saw_link = True  # "You are seen as lazy", "You've been called bossy": others' words, the person's trait
            continue
        if lower == "of" and following == "thought":
            continue  # "think of you as lazy"
        if CONTRACTED_SUBJECT.match(lower):
            return not lower.startswith(("it", "we", "i'"))  # "you're", "he's" (not "it's")
        if lower in ("being", "be") and not saw_link:
            # "be rude", "stop being so sloppy", but not "it may be defensive"
            return lower == "being" or not _thing_subject_of_be(before[n + 1:])
        if lower in LINKING:
            if not saw_link and lower in _CHANGE_OF_STATE:
                return False  # "I noticed you getting defensive when ...": a reaction observed, not a label
            saw_link = True
            continue
        if saw_link and lower in AUXILIARIES:
            continue  # "has been careless", "will be rude"
        if lower in ADVERBS or (lower.endswith("ly") and len(lower) > 4) or (
                lower in _TOO_DEGREE and n > 0 and before[n - 1].lower == "too"):
            continue  # "so", "really", "far too", "way too"
        if saw_link:
            first = n == len(before) - 1 and tok.start == sent_start
            return (_is_person(tok.text, first) or lower.rstrip("s") in PERSON_NOUNS  # "my manager is ..."
                    or lower in ("and", "but", "or") and _subject_earlier(before[n + 1:])
                    or bool(_WHOEVER.match(text, sent_start)))  # "Whoever came up with this is incompetent"
        break
    nxt = re.match(r"[\s-]{1,3}([\w-]{1,30})", text[m.end():m.end() + 40])
    if nxt and nxt.group(1).lower().rstrip("s") in PERSON_NOUNS:
        return True
    if not before and _review_form_label(text[m.end():draft.sentence_at(m.start())[1]]):
        return True  # a review-form line made of the label alone ("Lazy.", "Rude and careless."): about the person
    if previous_end is not None and 0 <= m.start() - previous_end <= 60:
        between = re.findall(r"[\w'’-]+|,", text[previous_end:m.start()].lower())
        joins = {"and", "or", ",", "but", "also", "as", "well"}
        preps = {"in", "at", "with", "during", "on", "to", "about", "toward", "towards"}
        if between and any(w in joins for w in between) and all(
            w in joins or w in ADVERBS or w in preps or len(between) <= 5 for w in between
        ):
            return True
    return False


_TOO_DEGREE = wordset("far way much")


# A trait may be given through others' words: a verb that ascribes a quality to its object ("people find you
# difficult", "they call you stubborn", "the staff consider you unreliable"), its passive ("you are seen as lazy",
# "you've been called bossy", "described as aggressive"), or a quoted label that others' words name ("the words
# your co-workers use to describe you are 'annoying' and 'abrasive'"). Whose words they are does not change
# what the sentence does: it labels the person's character (the guides' trait definition).
_ASCRIBING_VERBS = frozenset().union(*(inflections(v) for v in ("find", "consider", "call", "deem", "label", "brand",
                                                                 "think", "judge", "rate")))
_ASCRIBED_PARTICIPLES = frozenset(("found", "considered", "called", "deemed", "labelled", "labeled", "branded", "judged",
                                   "described", "seen", "viewed", "perceived", "regarded", "thought", "known",
                                   "experienced", "portrayed", "characterised", "characterized", "rated"))
_OBJECT_PERSONS = frozenset(("you", "him", "her", "them"))
_DENYING = frozenset(("not", "never", "nobody", "noone", "none", "no", "neither", "nor", "hardly"))
_LABEL_NOUN = precompiled(r"\b(?:words?|terms?|adjectives?|labels?|descriptions?|descriptors?)\b(?:[^.!?]{0,80}?\b(?:is|are|was|"
                         r"were|included?|came\s{1,3}up)\b|\s{1,3}(?:like|such\s{1,3}as)\b|\s{0,3}:)", re.IGNORECASE)
_LABELLED_PERSON = precompiled(r"\b(?:you|him|her|them)\b|\b(?:your|his|her|their)\s{1,3}(?:360|feedback|survey|appraisal|"
                              r"review|evaluation|peer)", re.IGNORECASE)
_MENTION_ONLY = precompiled(r"\s{0,3}(?:please\s{1,3})?(?:avoid|don['’]t|do\s{1,3}not|never|stop|ban|banned|instead\s{1,3}of|"
                           r"rather\s{1,3}than)\b", re.IGNORECASE)


_IMPRESSED = wordset("me us people others everyone everybody many some")
_STRIKING = frozenset(inflections("strike")) | {"struck"}
_DESCRIBING_VERBS = frozenset().union(*(inflections(v) for v in ("describe", "see", "view", "perceive", "regard",
                                                                   "know", "label", "brand", "characterise",
                                                                   "characterize", "portray")))


def _ascribed_to_person(before: list[str], toks: Sequence | None = None) -> bool | None:
    """The words before a judgement (nearest first) ascribe it to a person through others' words: "find you
    ...", "call him ...", "describe you as ...", "(are) seen as ...", "(Jen) strikes me as ..." (with ``toks``,
    the tokens of ``before``, to tell a person subject from a thing: "the plan strikes me as rigid"); False when
    that is denied ("nobody would call you", "they do not see you as"); None when there is no such frame."""
    if len(before) >= 3 and before[0] == "as" and before[1] in _IMPRESSED and before[2] in _STRIKING:
        subject = next((k for k in range(3, min(len(before), 6)) if before[k] not in AUXILIARIES
                        and before[k] not in ADVERBS and before[k] not in _DENYING and not before[k].endswith("n't")), None)
        if subject is None or toks is None:
            return None
        head = toks[subject]
        if not (before[subject] in PERSON_PRONOUNS or before[subject].rstrip("s") in PERSON_NOUNS
                or _is_person(head.text, False) and before[subject] not in _THING_SUBJECTS):
            return None
        rest = before[3:]
    elif len(before) >= 2 and before[0] in _OBJECT_PERSONS and before[1] in _ASCRIBING_VERBS:
        rest = before[2:]
    elif len(before) >= 3 and before[0] == "as" and before[1] in _OBJECT_PERSONS and before[2] in _DESCRIBING_VERBS:
        rest = before[3:]
    elif len(before) >= 3 and before[0] == "as" and before[1] in _ASCRIBED_PARTICIPLES \
            and (before[2] in BE_FORMS or before[2] == "been" or CONTRACTED_SUBJECT.match(before[2])) \
            and any(w in PERSON_PRONOUNS or CONTRACTED_SUBJECT.match(w) and not w.startswith(("it", "we", "i'"))
                    for w in before[2:6]):
        rest = before[2:]
    else:
        return None
    return not any(w in _DENYING or w.endswith("n't") for w in rest[:6])


def _sentence_end_after(text: str, k: int) -> int:
    """The end of the sentence holding ``k`` (the next sentence-ending mark, or the text's end)."""
    m = re.compile(r"[.!?](?:\s|$)").search(text, k)
    return m.end() if m else len(text)


def _quoted_label(text: str, m: re.Match[str], sent_start: int) -> bool:
    """The trait word stands in quotes as the complement of a label noun ("the word that came up most was
    'dismissive'") in a sentence about a person."""
    k = m.start()
    if k == 0 or text[k - 1] not in "'\"‘“":
        return False
    prefix = text[sent_start:k - 1]
    # the person may be named after the label ("Words like 'rude' came up about you"); a sentence that only
    # mentions the word to advise against it labels no one ("Avoid words like 'lazy' in your reviews")
    return (_LABEL_NOUN.search(prefix) is not None and _MENTION_ONLY.match(text, sent_start) is None
            and _LABELLED_PERSON.search(text, sent_start, _sentence_end_after(text, k)) is not None)


def _followed_by_other_sense(text: str, m: re.Match[str], rule: CompiledSpanRule) -> bool:
    """The word after the term selects a sense that is no trait ("entitled to 20 days' leave")."""
    if not rule.not_followed_by:
        return False
    nxt = re.match(r"[\s-]{1,3}([\w-]{1,30})", text[m.end():m.end() + 40])
    return bool(nxt and nxt.group(1).lower() in rule.not_followed_by)


_THING_SUBJECTS = wordset("it this that which there what")


def _thing_subject_of_be(before: list) -> bool:
    """The subject of an infinitive 'be', past modals, negation and adverbs, is a thing: "it may be
    defensive", "that could be careless" (an imperative "be rude" or "you can be rude" has none or a person)."""
    for tok in before:
        lower = tok.lower.replace("’", "'")
        if lower in AUXILIARIES or lower in MODALS or lower in ("not", "n't", "never") or lower in ADVERBS:
            continue
        if lower in _THING_SUBJECTS:
            return True
        # a common noun that is no person ("your first response may be defensive"); a pronoun, a
        # name, a person noun, "to" or "don't" before it leave the person as the subject
        return (tok.text.isalpha() and tok.text.islower() and lower not in STOPWORDS
                and lower.rstrip("s") not in PERSON_NOUNS and lower not in PERSON_PRONOUNS)
    return False


_NOUN_AFTER = precompiled(r"[\s-]{1,3}([a-z][a-z'’-]{1,30})\b")


def _attributive_to_thing(text: str, m: re.Match[str], before: list) -> bool:
    """An article + the adjective + a content word that is not a person noun: the adjective
    modifies a thing ("Pricing is a touchy subject"), whatever the subject of the sentence."""
    if not before or before[0].lower not in ("a", "an"):
        return False
    nxt = _NOUN_AFTER.match(text, m.end(), m.end() + 40)
    if nxt is None:
        return False
    word = nxt.group(1).lower()
    return word not in STOPWORDS and word not in ("and", "or", "but") and word.rstrip("s") not in PERSON_NOUNS


def _review_form_label(rest: str) -> bool:
    """What follows a sentence-opening trait word leaves it a bare label: nothing, or another
    short coordinated adjective ("Lazy.", "Rude and careless!")."""
    words = re.findall(r"[\w'’-]+", rest.lower())
    if not words:
        return True
    return len(words) <= 3 and words[0] in ("and", "or") and not any(w in LINKING or w in AUXILIARIES for w in words)


_WHOEVER = precompiled(r"\s{0,3}(?:[\"'“‘(]\s{0,3})?(?:whoever|whomever|anyone\s{1,3}who|anybody\s{1,3}who|someone\s{1,3}who|"
                      r"the\s{1,3}(?:person|people|guy|one)\s{1,3}who|those\s{1,3}who)\b", re.IGNORECASE)


def _subject_earlier(toks: list) -> bool:
    """A person subject earlier in the clause: '... and was abrasive' after 'Sam joined late'."""
    return any(_is_person(t.text, i == len(toks) - 1) for i, t in enumerate(toks))


def _person_subject_before(draft: _Draft, start: int, clause_start: int, own_work: bool = False) -> bool:
    """A person right before the match, past auxiliaries: 'you always', 'he has never'; after 'and
    then', the subject of the sentence ('He sets low standards, and then consistently fails'); with
    ``own_work``, the person's work ('your reports are always late')."""
    for tok in _words_before(draft, start, clause_start, limit=6):
        lower = tok.lower.replace("’", "'")
        if CONTRACTED_SUBJECT.match(lower):
            return not lower.startswith(("it", "we", "i'"))
        if tok.start == draft.sentence_at(start)[0] and lower in _REVIEW_FORM_VERBS:
            return True  # "Is constantly late", "Has never once thanked the team": the subject left out
        if lower in AUXILIARIES or lower in ("not", "n't", "don't", "doesn't", "didn't"):
            continue
        if lower in ("and", "then", "but", "or", "yet"):
            sentence_start = draft.sentence_at(start)[0]
            opening = _words_before(draft, start, sentence_start, limit=40)[-3:]
            return any(_is_person(t.text, t.start == sentence_start) or t.lower.rstrip("s") in PERSON_NOUNS
                       for t in opening)
        first = tok.start == draft.sentence_at(start)[0]
        if first and not _is_person(tok.text, True):
            return False  # "Parting is always emotional", "Change is never easy": a thing or event, no person
        if own_work and _OWN_WORK.search(draft.text, max(clause_start, tok.start - 40), tok.start):
            return True  # "your reports are always late": the person's work stands for the person
        return _is_person(tok.text, tok.start == clause_start and first)
    return False


_OWN_WORK = precompiled(r"\b(?i:your|his|her|their)\s{1,3}(?:[a-z-]{2,30}\s{1,3})?\Z")


_REVIEW_FORM_VERBS = frozenset(["is", "was", "has", "had", "does", "did", "gets", "seems", "appears", "tends", "remains"])


_REPORTED_LEAD = precompiled(r"\b(?:said|says|saying|told\s{1,3}\w{1,30}|replied|answered|claimed|insisted|explained|wrote|"
                            r"shouted|yelled)\b(?:\s{1,3}that|,?\s{0,3}[\"“‘]\s{0,3}[\w'’-]{1,30})?(?:\s{1,3}[\w'’-]{1,30}){0,4}\s{0,3}\Z",
                            re.IGNORECASE)
_SUBJECT_AFTER = precompiled(
    r"\s{1,3}(?:(?:you|he|she|they)\b|[A-Z][a-z]{1,30}\b|(?:ever\s{1,3})?(?:gets?|got|is|was|has|had|works?|worked|"
    r"goes|went|seems?|arrives?)\b)"
)
_SIMPLE_PAST = precompiled(
    r"\s{1,3}(?:[a-z]{1,30}ed|got|came|went|made|took|gave|sent|said|told|heard|saw|found|left|ran|wrote|did|had|was|were)\b",
    re.IGNORECASE,
)
_PERFECT = precompiled(r"\b(?:have|has)\b|['’]ve\b", re.IGNORECASE)
_REPORTED = precompiled(r"\b(?:said|says|called|calls|described|describe|told \w{1,30}|wrote|posted|joked)\b",
                       re.IGNORECASE)
_NAME_BEFORE = precompiled(r"\b(?!(?:It|This|That|There|The|We|I)\b)[A-Z][a-z]{1,30}\b")
_PERSON_REF = precompiled(r"\b(?:you|your|yours|he|his|him|she|her|they|their|them)\b", re.IGNORECASE)


# "each time" or "every time" after a count of the occasions in the same sentence ranges over the counted set, as
# a distributive determiner does over a set already given (Quirk et al. 1985, 5.18, 'each' and 'every').
_DISTRIBUTIVE_TIME = precompiled(r"(?:each|every)\s{1,3}(?:single\s{1,3})?time", re.IGNORECASE)
_TWICE = precompiled(r"\b(?:twice|once\s{1,3}or\s{1,3}twice)\b", re.IGNORECASE)
_PATTERN_WORDS = ("consistently", "constantly", "continually", "continuously", "repeatedly", "regularly")
_COUNTED = precompiled(r"\b(?:\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several)\s{1,3}"
                      r"(?:(?:more\s{1,3})?times|days|shifts|occasions|mornings|meetings|weeks|of\s{1,3}(?:the\s{1,3})?(?:last\s{1,3})?"
                      r"(?:\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty))\b", re.IGNORECASE)


def _owned_problem(rules: FeedbackRules, text: str, start: int, end: int, sentence_start: int,
                   sentence_end: int) -> re.Match[str] | None:
    """The first problem word in ``text[start:end]`` that can be the person's: a problem noun only when it is
    theirs (:func:`_attributed`): "always tries to make the plan detailed, including bugs and risks" names the
    bugs the plan covers, not a fault an "always" overgeneralises."""
    for p in rules.problem_words.finditer(text, start, end):
        if not (_PROBLEM_NOUN.fullmatch(p.group()) and not _attributed(text, p.start(), p.end(), sentence_start,
                                                                        sentence_end)):
            return p
    return None


_DISCOURSE_LEAD = precompiled(
    r"\A[\s\"“‘(]{0,3}(?:let['’]s\s{1,3}(?:be\s{1,3}(?:honest|frank|real|clear|blunt)|face\s{1,3}it)|to\s{1,3}be\s{1,3}(?:honest|frank|"
    r"blunt|fair|clear)|(?:quite\s{1,3})?frankly|honestly|seriously|truthfully|bluntly|(?:in\s{1,3})?all\s{1,3}honesty|truth\s{1,3}be"
    r"\s{1,3}told|if\s{1,3}I['’]m\s{1,3}(?:being\s{1,3})?honest|I['’]ll\s{1,3}be\s{1,3}(?:honest|frank|blunt)|look|listen|again|"
    r"once\s{1,3}again|as\s{1,3}usual)\s{0,3}[,:;—–-]\s{0,3}", re.IGNORECASE)
# A habit adjective on the person's own problem: "her nonstop complaining", "your constant excuses", "his endless
# interruptions"; not "continuous integration", "your constant support" (no problem named).
_POSSESSOR_LEAD = precompiled(r"(?:\b(?i:your|his|her|their)|\b[A-Z][a-z]{1,30}['’]s)\s{1,3}(?:(?:almost|near|nearly|seemingly|"
                              r"frankly|just)\s{1,3})?\Z")


def _possessed_habit_ok(draft: _Draft, m: re.Match[str], rules: FeedbackRules, lead: str) -> bool:
    text = draft.text
    if not _POSSESSOR_LEAD.search(lead):
        return False
    _, e = draft.sentence_at(m.start())
    head = _WORD.search(text, m.end(), min(e, m.end() + 40))
    if head is None or text[m.end():head.start()].strip():
        return False
    word = head.group().lower()
    return bool(rules.problem_words.fullmatch(head.group()) or rules.critical.fullmatch(head.group())
                or any(v <= -0.5 for v in word_valences([word])))


def _after_persons_verb(draft: _Draft, m: re.Match[str], rules: FeedbackRules, clause_start: int, clause_end: int) -> bool:
    """The absolute right after the person's own verb, and that clause criticises: "He complains constantly about
    his workstation", "you interrupt constantly" (not "she works constantly to help the new starters")."""
    near = _words_before(draft, m.start(), clause_start, limit=2)
    if not near or not near[0].text.isalpha() or near[0].lower in FUNCTION_WORDS or len(near[0].lower) < 4 \
            or not near[0].lower.endswith(("s", "ed")):
        return False
    key = ("clause_polarity", clause_start, clause_end)  # one reading per clause, however many absolutes it holds
    polarity = draft.memo.get(key)
    if polarity is None:
        polarity = draft.memo[key] = (
            draft.search(rules, rules.praise, clause_start, clause_end) is not None,
            draft.search(rules, rules.problem_words, clause_start, clause_end) is not None
            or draft.search(rules, rules.critical, clause_start, clause_end) is not None)
    if polarity[0]:
        return False
    critical = polarity[1] or any(v <= -1 for v in word_valences([near[0].lower]))
    return bool(critical) and _person_subject_before(draft, near[0].start, clause_start)


def _bad_act_denied(draft: _Draft, m: re.Match[str], clause_end: int) -> bool:
    """ "never neglects", "never fails to", "never complains": the verb denied is one VADER rates bad (<= -1)."""
    word = _WORD.search(draft.text, m.end(), clause_end)
    while word is not None and word.group().lower() in ADVERBS:
        word = _WORD.search(draft.text, word.end(), clause_end)
    return word is not None and any(v <= -1 for v in word_valences([word.group().lower()]))


def _every_of_work_before(draft: _Draft, rules: FeedbackRules, m: re.Match[str]) -> bool:
    """ "Every single job runs late." after a sentence about the person's work ("Your schedules are never realistic."):
    the universal opens the sentence, its clause names a problem with no praise, and the sentence before addresses
    the person with a criticism, so the universal ranges over their work (not "Every single job on the site finished
    on time", nor a problem met: "Every single complaint was resolved")."""
    text = draft.text
    s, e = draft.sentence_at(m.start())
    if text[s:m.start()].strip(" \"'“‘(-•*") or s == 0:
        return False
    previous = draft.sentence_at(max(0, s - 2))
    if previous[0] >= s or not _YOU.search(text, *previous) or rules.praise.search(text, *previous) \
            or not any(p.search(text, *previous) for p in (rules.problem_words, rules.critical, rules.negators)):
        return False  # "Thanks for covering the desk. Every single complaint was answered": no criticism generalised
    _, clause_end = draft.clause(m.start(), m.end())
    return bool(rules.problem_words.search(text, m.end(), clause_end)) and not rules.praise.search(text, s, e) \
        and not rules.negators.search(text, m.end(), clause_end) and not rules.remedies.search(text, m.end(), clause_end)


_UNDERSTATING = frozenset(("anything", "less", "short", "other", "more"))
_NEGATIVE_PREFIXES = ("un", "dis", "in", "im", "il", "ir")  # the English negative prefixes of adjectives
_COPULA_BEFORE = precompiled(r"\b(?:is|are|was|were)\s{1,3}\Z", re.IGNORECASE)


def _good_predicate_denied(draft: _Draft, m: re.Match[str], lead: str, clause_end: int) -> bool:
    """ "never" between a copula and a predicate VADER does not rate bad: "Your estimates are never accurate", "your
    schedules are never realistic" deny the person's work a good quality every time (not "his accent never gets in
    the way", no copula, nor "your desk is never untidy", a bad quality denied)."""
    if not _COPULA_BEFORE.search(lead):
        return False
    word = _WORD.search(draft.text, m.end(), clause_end)
    while word is not None and word.group().lower() in ADVERBS:
        word = _WORD.search(draft.text, word.end(), clause_end)
    if word is None or not word.group().isalpha() or word.group().lower() in STOPWORDS | _UNDERSTATING:
        return False  # "never anything but thorough", "never less than accurate": praise by understatement
    lower = word.group().lower()
    if lower.endswith(("ed", "en")):
        return False  # "your door is never closed": a state, not a quality of the work
    if lower.startswith(_NEGATIVE_PREFIXES) and len(lower) >= 6:
        return False  # "never untidy", "never inaccurate": a bad quality denied (a miss on "never innovative" is the cost)
    return all(v >= 0 for v in word_valences([lower]))


# A universal in a sentence that asks an act of the person, told as a bare imperative (the structure file's IMPERATIVE
# verbs), straight away or after a fronted condition ("Whenever you are running late, text your crew leader"): it is
# the scope of the habit asked for, not occasions generalised ("Text the dispatcher before 6:15 whenever you are
# running late", "Photograph the seal every time you sign"). A request to refrain ("Avoid ... every time", "Try not
# to ...": WordNet 3.0 02463510 avoid, refrain from doing something; 02725714 refrain, forbear) presupposes the habit
# it names, and so does an imperative of stopping (02680814 discontinue, stop, cease, give up, quit), which the
# IMPERATIVE verbs do not hold.
_REFRAIN_VERBS = wordset("avoid refrain forbear")
_FRONTED_CONDITION = precompiled(r"[\s\"“(•*-]{0,3}(?:when|whenever|if|once|before|after|each\s{1,3}time|every\s{1,3}time|any\s{1,3}time)\b"
                                r"[^.!?;:]{0,80}?,\s{1,3}", re.IGNORECASE)
_LEADING_ADVERB = precompiled(r"[\s\"“(•*-]{0,3}(?:also|just|then|always|from\s{1,3}now\s{1,3}on,?)\s{1,3}", re.IGNORECASE)


def _asked_habit(draft: _Draft, rules: FeedbackRules, m: re.Match[str]) -> bool:
    """The universal ``m`` is in a sentence that opens with a bare imperative, or one after a fronted condition, and
    no refraining verb or negator stands between the imperative and the universal (see above)."""
    text = draft.text
    s, _ = draft.sentence_at(m.start())
    at = s
    fronted = _FRONTED_CONDITION.match(text, s, m.start() + 200)
    if fronted is not None:
        at = fronted.end()
    at += len(text[at:m.start() + 200]) - len(text[at:m.start() + 200].lstrip(" \"'“‘(-•*"))
    if (lead := _LEADING_ADVERB.match(text, at)) is not None:
        at = lead.end()
    verb = _imperative_opening(rules.fragments.get("IMPERATIVE", "(?!)")).match(text, at)
    if verb is None or (at > m.start() and fronted is None):
        return False
    between = text[verb.start():m.start()] if at <= m.start() else text[verb.start():verb.end()]
    words = {w.lower() for w in re.findall(r"[\w'’]+", between)}
    return words.isdisjoint(_REFRAIN_VERBS) and rules.negators.search(between) is None


# A universal over the person's occasions ("every single time you're on decon", "every single Friday", "each and
# every time"): Quirk et al. (1985) 15.25 universal temporal clauses; "every single" is the emphatic distributive
# (Quirk 6.49, 'single' intensifying 'every'). Not the conditional "whenever"/"any time", which a request uses
# ("call me any time"), nor a bare period ("every morning": a frequency, see _BARE_PERIOD).
_EVERY_OCCASION = precompiled(
    r"(?:each\s{1,3}and\s{1,3}every|every(?:\s{1,3}single)?)\s{1,3}time|all\s{1,3}the\s{1,3}time|every\s{1,3}single\s{1,3}"
    r"(?:day|morning|evening|night|week|month|shift)|day\s{1,3}in,?\s{1,3}day\s{1,3}out|week\s{1,3}in,?\s{1,3}week\s{1,3}out",
    re.IGNORECASE)
_EVERY_SINGLE_DAY = precompiled(
    r"\s{1,3}(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|shift|service|close|night|morning)s?\b",
    re.IGNORECASE)


# "Stop making excuses all the time": an imperative's subject is the addressee (Quirk et al. 1985, 11.24), and a
# cessative verb presupposes the act it stops (Karttunen 1971, "stop" as a change-of-state presupposition trigger), so
# the absolute inside its gerund generalises the person's present habit. The clause's own criticism still decides
# ("Stop apologising every time you ask a question": no problem word, no absolute).
_CESSATIVE_IMPERATIVE = precompiled(r"[\s\"'“‘(-]*(?:please\s{1,3})?(?:stop|quit)\s{1,3}[a-z]+ing\b[^.;:!?]*\Z", re.IGNORECASE)

# "forever" as the duration complement of take/wait/last is Princeton WordNet 3.0 forever 00089076 "for a very long or
# seemingly endless time; 'she took forever to write the paper'; 'we had to wait forever'", a length (vague, not an
# absolute), unlike 00020280 "constantly, always, forever" ("He is forever complaining").
_DURATION_VERB = precompiled(r"\b(?:take|takes|took|taken|taking|wait|waits|waited|waiting|last|lasts|lasted|lasting)"
                             r"(?:\s{1,3}(?:me|us|you|him|her|them|it|just|literally|absolutely))?\s{1,3}\Z", re.IGNORECASE)

_FOREVER = precompiled(r"\bforever\b", re.IGNORECASE)


def person_takes_forever(draft: _Draft, s: int, e: int) -> bool:
    """The person or their work takes "forever" (the duration sense 00089076): "Your tickets take forever", "you took
    forever to reply". An excessive length told of the person's own work is a shortfall (slowness), though no
    absolute; not "The refund took forever to come through" (no person before the verb)."""
    text = draft.text
    for found in _FOREVER.finditer(text, s, e):
        clause_start, _ = draft.clause(found.start(), found.end())
        verb = _DURATION_VERB.search(text, max(clause_start, found.start() - 40), found.start())
        if verb is not None and _OWN_PERSON_REF.search(text, clause_start, found.start()):  # "takes you forever"
            return True
    return False


# A reason or contrast clause asserts; it lies outside the scope of a directive before it (Quirk et al. 1985, 15.45-15.46).
_ASSERTED_CLAUSE = precompiled(r"\b(?:because|since|but|although|though|whereas|yet)\b(?!.*\b(?:because|since|but|although|"
                               r"though|whereas|yet)\b)", re.IGNORECASE | re.DOTALL)


def _ridicule_generalised(draft: _Draft, rules: FeedbackRules, m: re.Match[str], s: int, e: int,
                          ridiculed: Callable[[], bool]) -> bool:
    """ "Every single time you're on decon, the sinks are left filthy. Your work back there is a joke.": a draft whose
    criticism is an insult word (harsh) generalises it over the person's occasions. The sentence must name the person
    (you, your, he, she: "because of you") and hold no praise and no request."""
    text = draft.text
    return bool(_OWN_PERSON_REF.search(text, s, e)) and not rules.praise.search(text, s, e) \
        and not rules.request.search(text, s, e) and ridiculed()


# "You always leave soot on the hearth", "You ALWAYS leave the lights in the house on": the person's habitual act is
# leaving a thing behind in a place or state (Princeton WordNet 3.0 leave 00613701 "go and leave behind, either
# intentionally or by neglect or forgetfulness": "She left a mess when she moved out"; 02635659 "have as a result or
# residue": "The water left a mark on the silk dress"), in the complex-transitive pattern leave + object + locative or
# state complement (Quirk et al. 1985, 16.45: "leave the door open"). Generalised by "always" it is a criticism with no
# criticism word. Not "leave them with something they can do" or "leave the last bite for me" (no place or state),
# nor "leave the salon with your hair styled" (leave = depart), nor a good state ("in perfect order": valence).
_LEFT_BEHIND = precompiled(
    r"\s{1,3}(?:leaves?|left)\s{1,3}(?!with\b|for\b|early\b|on\s{1,3}time\b|at\s{1,3}\d|time\b|room\b|no\b|nothing\b)"
    r"(?P<object>(?:[\w'’-]+\s{1,3}){0,4}?[\w'’-]+)\s{1,3}"
    r"(?P<complement>on|in|at|under|around|behind|all\s{1,3}over|out|open|unlocked|running|lying|everywhere|undone|"
    r"unfinished|unwashed|uncovered|unattended)\b",
    re.IGNORECASE)
_NOT_LEFT_OBJECT = frozenset(("with", "for", "the", "a", "an", "work", "home", "office", "house", "shop", "site", "building"))


def _left_behind(draft: _Draft, rules: FeedbackRules, m: re.Match[str], clause_end: int) -> bool:
    """The absolute generalises the person's leaving a thing behind in a place or state ("you always leave soot on
    the hearth"), with no praise and no good valence in the clause."""
    text = draft.text
    found = _LEFT_BEHIND.match(text, m.end(), clause_end)
    if found is None:
        return False
    object_words = found.group("object").lower().split()
    if object_words[-1] in _NOT_LEFT_OBJECT:
        return False  # "you always leave the office at six": the place departed from
    if any(w in message_nouns() or w.removesuffix("s") in message_nouns() for w in object_words):
        return False  # "she always leaves a handover note on the desk": a message left for someone (WordNet
        # noun.communication, assistant/data/message_nouns.txt), provided, not left behind
    if re.search(r"\bfor\b", text[found.end():clause_end], re.IGNORECASE):
        return False  # "... on the bench for the next shift": left for someone (leave 02721438 "provide")
    words = re.findall(r"[\w'’]+", text[m.end():clause_end].lower())
    return not rules.praise.search(text, m.end(), clause_end) and all(v <= 0 for v in word_valences(words))


def _absolute_ok(draft: _Draft, m: re.Match[str], rule: FeedbackSpanRule, rules: FeedbackRules,
                 critical_draft: Callable[[], bool] = lambda: False,
                 told: Callable[[int, int], bool] = lambda s, e: False,
                 ridiculed: Callable[[], bool] = lambda: False) -> bool:
    text = draft.text
    s, e = draft.sentence_at(m.start())
    lead = text[max(s, m.start() - _WINDOW):m.start()]
    if m.start() - s <= _WINDOW:
        lead = _DISCOURSE_LEAD.sub("", lead, count=1)  # "Let's be honest, you're always late": a marker, no request
    asserted = _ASSERTED_CLAUSE.search(lead)
    if rules.request.search(lead, asserted.end() if asserted is not None else 0):
        return False  # a standing request: "please always copy me" (not a reason or contrast clause after the request:
        # "I have to correct your information because you never get the skus correct", Quirk et al. 1985, 15.45)
    if _asked_habit(draft, rules, m):
        return False  # "Text the dispatcher whenever you are running late": the scope of the act asked for
    if _REPORTED_LEAD.search(text, max(s, m.start() - 50), m.start()):
        return False  # reported speech: "you said there was nothing you could do" reports what was said
    clause_start, clause_end = draft.clause(m.start(), m.end())
    if m.group().lower() == "forever" and _DURATION_VERB.search(text, max(clause_start, m.start() - 40), m.start()):
        return False  # "Your tickets take forever": a length of time (WordNet 3.0 forever 00089076), not a habit
    if m.group().lower().startswith(_PATTERN_WORDS) and _COUNTED.search(text, s, e):
        return False  # "consistently late in March, on 12 of 20 working days": a counted pattern, not overgeneralised
    if _DISTRIBUTIVE_TIME.fullmatch(m.group()) and (_COUNTED.search(text, s, m.start()) or _TWICE.search(text, s, m.start())):
        return False  # "She called three times, and each time she was told ...": each of the occasions just counted
    if rule.subject == "object":
        return _quantified_object_ok(draft, m, rule, rules, clause_start, clause_end)
    if rule.subject == "possessor":
        return _possessed_habit_ok(draft, m, rules, lead)
    if rule.subject == "before":
        if not lead.strip(" \"'“‘(-•*"):
            # Sentence-initial: an imperative ("Never share the password", "Always double-check")
            # unless review form leaves the subject out ("Always misses deadlines", "Constantly
            # behind on his caseload"): a third-person verb or a problem predicate follows.
            if not _review_form(text, m.end(), rules):
                return False
        elif not (_person_subject_before(draft, m.start(), clause_start, own_work=rule.sense != "negated"
                                         or _good_predicate_denied(draft, m, lead, clause_end))
                  or _after_persons_verb(draft, m, rules, clause_start, clause_end)):
            return False  # "his accent never gets in the way": a possession need not be the person's work
    elif rule.subject == "after":
        following = text[m.end():clause_end]
        if not _SUBJECT_AFTER.match(following) and not re.match(r"\s{1,3}(?:you|he|she|they)\b", following, re.I):
            return False
        if not _PERSON_REF.search(text, max(s, m.start() - _WINDOW), min(e, m.end() + _WINDOW)):
            return False
    elif rule.id == "absolute-every-subject":
        if _EVERY_SINGLE_DAY.match(text, m.end()) and m.group().lower().startswith("every"):
            # "Every single Friday the grill is in the weeds because of you": a universal over the person's days
            return _ridicule_generalised(draft, rules, m, s, e, ridiculed) or _every_of_work_before(draft, rules, m)
        clause_start, clause_end = draft.clause(m.start(), m.end())
        if person_takes_forever(draft, clause_start, clause_end) and not rules.praise.search(text, s, e):
            return True  # "Every single call takes you forever": the universal generalises the person's slowness
        return _every_of_work_before(draft, rules, m)
    elif not _PERSON_REF.search(text, max(s, m.start() - _WINDOW), min(e, m.end() + _WINDOW)) \
            and not _CESSATIVE_IMPERATIVE.match(text, s, m.start()):
        return False
    if rule.sense == "negated":
        if rule.subject == "before" and _bad_act_denied(draft, m, clause_end):
            return False  # "you never neglect the quality of your work": a bad act denied is praise
        if (rule.subject == "before" and _SIMPLE_PAST.match(text, m.end(), m.end() + 40)
                and not _PERFECT.search(text, max(clause_start, m.start() - 20), m.start())):
            return False  # "she never got to finish": one occasion, not a generalisation
        if _litotes(rules, text, m, clause_end):
            return False  # "Nothing was too much trouble for you": praise by understatement
        return not rules.problem_words.search(text, m.end(), clause_end)
    if rule.sense == "critical":
        return not rules.praise.search(text, clause_start, clause_end)
    if rule.subject == "sentence":
        if _BARE_PERIOD.fullmatch(m.group()):
            # "every morning" alone is a frequency ("kept to her break schedule on every shift"); on a rank or a
            # contempt noun it generalises ("the last to arrive every morning")
            return told(s, e)
        if _owned_problem(rules, text, max(s, m.start() - _WINDOW), min(e, m.end() + _WINDOW), s, e) is not None:
            return True
        if _EVERY_OCCASION.fullmatch(m.group()) and _ridicule_generalised(draft, rules, m, s, e, ridiculed):
            return True
        # "Each time there's a deadline, you leave the work to the last minute": the sentence's own criticism,
        # unnegated, with no praise in it, is what the occasions are generalised over
        return not rules.praise.search(text, s, e) and any(
            not rules.negators.search(text, max(s, c.start() - 30), c.start())
            for c in draft.matches(rules, rules.critical, s, e)) or told(s, e)  # "Your desk is a tip every single day"
    problem = _owned_problem(rules, text, m.end() if rule.subject == "before" else clause_start, clause_end, s, e)
    if problem:
        # "you are always late" (what follows the absolute is what it generalises), but "always willing
        # to stay late" generalises the willingness
        return not (rule.subject == "before" and rules.praise.search(text, m.end(), problem.start()))
    # In a critical draft an "always" clause without praise overgeneralises the criticism too:
    # "I was disappointed by how you handled it. You always take these things personally."
    # A rank told in the same sentence is the criticism it generalises, whatever word is ranked: "You're always the
    # slowest to clear your tables".
    return rule.subject == "before" and (told(s, e) or critical_draft()
                                         and not rules.praise.search(text, clause_start, clause_end)
                                         or _left_behind(draft, rules, m, clause_end))


# --- absolutes in the object: "you miss every deadline", "you haven't met any deadlines" -------------
# The overgeneralisation can sit in the object of the person's verb instead of in an adverb. A universal
# ("every", "everyone", "everything") after a person subject and their verb generalises a criticism when
# the clause names a problem the person owns; a negated existential ("any", "a single") after a person
# subject and a negated auxiliary in the perfect or present ("haven't met any", "doesn't answer any")
# generalises unless the clause names a problem (then it is praise: "you haven't missed any deadlines").
# A simple past ("didn't bring any samples") reports one occasion. A period or calendar noun after the
# quantifier is a frequency fact ("every Monday", "every morning"), not a generalisation.
_BARE_PERIOD = precompiled(r"every\s{1,3}(?:day|morning|evening|night|week|month|shift)", re.IGNORECASE)
_PERSON_WORD = r"(?:you|he|she|they|(?-i:[A-Z][a-z]{1,30}))"
_UNIVERSAL_LEAD = precompiled(
    rf"\b{_PERSON_WORD}((?:\s{{1,3}}(?!(?:and|or|but|if|when|that|which|who|you|he|she|they)\b)(?-i:[a-z][a-z'’-]{{1,30}})){{1,4}})"
    r"\s{1,3}\Z", re.IGNORECASE)
_NEGATED_LEAD = precompiled(
    rf"\b{_PERSON_WORD}\s{{1,3}}(?:(?:have|has|do|does|will)\s{{1,3}}not|haven['’]t|hasn['’]t|don['’]t|doesn['’]t|won['’]t|"
    r"can['’]t|cannot)(?:\s{1,3}(?:yet|even|really|ever|once))?\s{1,3}[a-z]{2,30}(?:\s{1,3}(?:to|on|up|back|with|about|"
    r"for|in|at|from))?\s{1,3}\Z", re.IGNORECASE)
_PERIOD_AFTER = precompiled(
    r"(?:\s{1,3}single)?\s{1,3}(?:other\s{1,3})?(?:day|week|weekday|weekend|fortnight|month|quarter|year|morning|afternoon|"
    r"evening|night|shift|sprint|cycle|term|semester|season|hour|minute|" + "|".join(WEEKDAYS) + r")s?\b", re.IGNORECASE)


_POLICY = precompiled(r"\b(?:must|should|shall|need\s{1,3}to|needs\s{1,3}to|has\s{1,3}to|have\s{1,3}to|please|request|"
                     r"ask(?:ing)?\s{1,3}(?:that|you)|expect(?:ed)?\s{1,3}(?:that|you))\b", re.IGNORECASE)


def _quantified_object_ok(draft: _Draft, m: re.Match[str], rule: FeedbackSpanRule, rules: FeedbackRules,
                          clause_start: int, clause_end: int) -> bool:
    text = draft.text
    lead = text[clause_start:m.start()]
    if _PERIOD_AFTER.match(text, m.end(), m.end() + 40):
        return False  # "every Monday you run the stand-up": a frequency fact
    if rule.sense == "negated":
        subject = _NEGATED_LEAD.search(lead)
        if subject is None or not (subject.group().split()[0].lower() in PERSON_PRONOUNS
                                   or names_lexicon().may_be_name(subject.group().split()[0].lower())):
            return False
        return not rules.problem_words.search(text, clause_start + subject.start(), clause_end)
    subject = next((u for u in (_UNIVERSAL_LEAD.match(lead, w.start()) for w in re.finditer(r"\b\w", lead)) if u), None)
    if subject is None and not _DISCOURSE_LEAD.sub("", lead, count=1).strip(" \"'“‘(-•*"):
        return _universal_work_ok(draft, m, rules)
    if subject is None or not _is_person(subject.group().split()[0], False) or not (
            subject.group().split()[0].lower() in PERSON_PRONOUNS or names_lexicon().may_be_name(subject.group().split()[0].lower())):
        return False
    s, e = draft.sentence_at(m.start())
    if rules.request.search(text, s, m.start()) or _POLICY.search(text, s, m.start()):
        return False  # a standing request or policy: "you must check every invoice", "my request is that you ..."
    start = clause_start + subject.start()
    if rules.praise.search(text, start, min(clause_end, m.end() + 40)):
        return False  # "you handled every question well"
    # the problem is what the person does to the object: in the verb run or the object's own phrase, not in a
    # later conjunct ("trained every new cook and never missed an inspection item")
    conjunct = _NEXT_CONJUNCT.search(text, m.end(), clause_end)
    end = conjunct.start() if conjunct else clause_end
    restriction = _restrictive_relative(text, m.end(), end)
    if restriction is not None and any(not (restriction[0] <= c.start() < restriction[1])
                                       and not rules.negators.search(text, max(s, c.start() - 30), c.start())
                                       for c in draft.matches(rules, rules.critical, s, e)):
        restriction = None  # "You hang up on every customer who calls about a cancelled delivery, and two of them
        # complained": a sentence that criticises elsewhere generalises that criticism over the whole range
    return any(not rules.negators.search(text, start, p.start())
               for p in rules.problem_words.finditer(text, start, end)
               if not (_PROBLEM_NOUN.fullmatch(p.group()) and not _attributed(text, p.start(), p.end(), s, e))
               and not (restriction is not None and restriction[0] <= p.start() < restriction[1]))


# The universal's own restrictive relative clause ("every passenger who had missed the connection", "every tenant whose
# boiler had failed"): it says which members the universal ranges over (Quirk et al. 1985, 17.3-17.13), so a problem
# in it is theirs, not what the person does to them ("you argue with every passenger who asks about a missed
# connection" keeps its fault in the verb). One that names the person ("every customer who complained about your
# tone") keeps the problem the person's, and so does a sentence that tells criticism outside it.
_RELATIVE_OF_UNIVERSAL = precompiled(r"(?:\s{1,3}[\w'’-]{1,30}){1,3}?\s{1,3}(?:who|whose|whom|that)\b", re.IGNORECASE)
_OWN_PERSON_REF = precompiled(r"\b(?:you|your|yours|he|his|him|she|her|hers)\b", re.IGNORECASE)


def _restrictive_relative(text: str, universal_end: int, end: int) -> tuple[int, int] | None:
    """The span of the restrictive relative clause on the universal's noun ending at ``universal_end`` (to ``end``),
    when it names no one of the person (see above), else None."""
    m = _RELATIVE_OF_UNIVERSAL.match(text, universal_end, end)
    if m is None or _OWN_PERSON_REF.search(text, m.end(), end):
        return None
    return m.end(), end


_NEXT_CONJUNCT = precompiled(r"\b(?:and|but|or|yet|nor)\b", re.IGNORECASE)
# The person's work quantified as a whole at the head of the clause: "Every report you send ...", "everything she hands in".
_WORK_OF_PERSON = precompiled(r"(?:\s{1,3}(?:single|last))?(?:\s{1,3}[a-z][a-z-]{1,30}){0,2}?(?:\s{1,3}(?:that|which))?\s{1,3}"
                              r"(?:you|he|she|they)(?:\s{1,3}(?:ever|even))?\s{1,3}[a-z]{2,30}(?:\s{1,3}(?:in|out|up|off|over|on))?\b",
                              re.IGNORECASE)


def _universal_work_ok(draft: _Draft, m: re.Match[str], rules: FeedbackRules) -> bool:
    """ "Every report you send has mistakes in it", "Every call you make is a bad one": a universal over the person's
    work, at the head of the clause, with a problem in what is said of it (not "every call you make is recorded")."""
    text = draft.text
    if not m.group().lower().startswith(("every", "each")):
        return False
    work = _WORK_OF_PERSON.match(text, m.end())
    if work is None:
        return False
    s, e = draft.sentence_at(m.start())
    if rules.praise.search(text, s, e):
        return False
    conjunct = _NEXT_CONJUNCT.search(text, work.end(), e)
    end = conjunct.start() if conjunct else e
    return any(not rules.negators.search(text, work.end(), p.start()) for p in rules.problem_words.finditer(text, work.end(), end))


_NEXT_WORD = precompiled(r"\s{1,3}(?:(?:so|very|really|too|quite|a\s{1,3}bit|just)\s{1,3})?([A-Za-z'’-]{2,30})")
_NOT_THIRD_PERSON = wordset("this thus yes is was has does its always whereas as us gas focus status process less unless across")


def _review_form(text: str, end: int, rules: FeedbackRules) -> bool:
    """After a sentence-initial absolute, a third-person verb ("misses", "interrupts") or a
    problem predicate ("behind", "late"): a review sentence about the person, subject left out."""
    m = _NEXT_WORD.match(text, end, end + 40)
    if m is None:
        return False
    word = m.group(1).lower()
    if rules.problem_words.fullmatch(word):
        return not _instruction_verb(text, m, rules)
    return word.endswith("s") and not word.endswith(("ss", "us", "is")) and word not in _NOT_THIRD_PERSON


_COMPLEMENT = precompiled(r"\s{1,3}(?!(?:and|or|but|nor)\b)[\w'’-]", re.IGNORECASE)
# 'let' is base and past alike: letting a failure happen ('let the team down', 'let deadlines slip') is what
# the sentence criticises, whatever the mood
_LET_FAILURE = precompiled(r"(?:\s{1,3}[\w'’-]{1,30}){1,4}?\s{1,3}(?:down|slip|slide|lapse|drop|fall)\b", re.IGNORECASE)


def _instruction_verb(text: str, m: re.Match[str], rules: FeedbackRules) -> bool:
    """After a sentence-initial absolute, a problem verb in its BASE form opening a verb phrase with an
    object or complement is the imperative mood, a standing instruction ("Always let the presenter finish",
    "Never skip the pre-shift check"); review form keeps the verb's person or tense ("Always misses ...",
    "Always rushed ...", "Always rushing ...") or predicates an adjective ("Always late to ..."). A verb:
    a listed irregular verb, or a word whose -ed/-ing form is a problem word too (an adjective or noun has
    none: 'late', 'wrong', 'errors')."""
    word = m.group(1).lower()
    if not _is_base_verb_shape(word) or (word in IRREGULAR_PAST and word not in IRREGULAR_VERBS):
        return False  # an inflected form or an irregular past ("Always broke ...")
    if word not in IRREGULAR_VERBS and not any(
            rules.problem_words.fullmatch(form) for form in inflections(word) if form.endswith(("ed", "ing"))):
        return False  # no verb forms: an adjective or noun predicate ("Always late", "Always wrong about ...")
    if not _COMPLEMENT.match(text, m.end(), m.end() + 4):
        return False  # nothing after the verb: no verb phrase opened ("Always rush.")
    return not (word == "let" and _LET_FAILURE.match(text, m.end(), m.end() + 120) is not None)
_WORD = precompiled(r"[A-Za-z][A-Za-z'’-]*")
# Words that open a sentence without being a verb in the imperative.
_NOT_IMPERATIVE = wordset("such what how quite truly so very cheers kudos congrats bravo great good nice excellent "
                          "well overall sorry best top special another thanks yes no okay ok hi hello dear "
                          "wow sadly luckily honestly frankly personally whatever alongside besides calm spot super "
                          "keen proud happy glad kind quick fast smart sharp bright")


def _is_base_verb_shape(word: str) -> bool:
    """A word that can be a verb's bare form by its shape: letters (a hyphen allowed), no inflection."""
    if not re.fullmatch(r"[a-z]+(?:-[a-z]+)?", word) or len(word) < 2:
        return False
    if word in FUNCTION_WORDS or word in _NOT_IMPERATIVE or word in PREPOSITIONS or word in MODALS:
        return False
    if word.endswith(("ing", "ed", "ly")) and word not in ("need", "proceed", "exceed", "feed", "embed", "bring"):
        return False
    return not (word.endswith("s") and not word.endswith("ss") and word != "focus")


_PROBLEM_NOUN = precompiled(r"(?:complaints?|problems?|issues?|errors?|mistakes?|bugs?|concerns?|defects?|incidents?|delays)",
                           re.IGNORECASE)
_OWNED_BEFORE = precompiled(r"\b(?:your|his|her|their|too\s{1,3}many|many|several|a\s{1,3}lot\s{1,3}of|lots\s{1,3}of|some|more|"
                           r"repeated|frequent|numerous|multiple|constant|\d{1,4}|two|three|four|five|made|make|makes|making|"
                           r"caused|causing|introduced|of\s{1,3}your|any)\b(?:\s{1,3}[\w'’-]{1,30}){0,2}\s{1,3}\Z", re.IGNORECASE)
# Praise by understatement (litotes): a negation that denies an excess ("Nothing was too much trouble", "never too
# busy to help", "no request was too small for her") or that denies anything better ("handovers had never been
# clearer", "it couldn't have gone better"): readiness or best-ever work. An excess that is praise denied ("not too
# helpful") and a comparison kept ("no better than last year", "not any clearer than before") stay criticism.
_LITOTES = precompiled(
    r"\s{1,3}(?:(?:ever|once|really|been|be|is|are|was|were|seemed|seems|felt|looked|has|have|had|gone|go|went|"
    r"[a-z]{3,20}ly)\s{1,3}){0,4}?"
    r"(?:too\s{1,3}(?P<excess>[a-z]{3,20})|(?P<comparative>better|(?!(?:n?ever|over|under|after|other|either|neither|whether|rather|together|however)\b)"
    r"[a-z]{3,20}er|more\s{1,3}[a-z]{3,20}))\b"
    r"(?!\s{1,3}than\b(?!\s{1,3}(?:ever|now)\b))", re.IGNORECASE)


def _praised_comparative(rules: FeedbackRules, word: str) -> bool:
    """A comparative of a praise word or a positively rated one: "better", "clearer", "happier"."""
    word = word.lower()
    if word == "better":
        return True
    rated = lexicon()
    return any(rated.get(stem, 0.0) > 0 or rules.praise.fullmatch(stem) is not None
               for stem in (word[:-2], word[:-1], word[:-3] + "y"))


def _litotes(rules: FeedbackRules, text: str, negator: re.Match[str], scope: int) -> bool:
    """The negation ``negator`` (scope ending at ``scope``) praises by understatement (see above)."""
    m = _LITOTES.match(text, negator.end(), scope)
    if m is None:
        return False
    rated = lexicon()
    if m.group("excess"):
        word = m.group("excess").lower()
        return rated.get(word, 0.0) <= 0 and rules.praise.fullmatch(word) is None
    if negator.group().lower() == "no":
        return False  # "no better": the same as before
    word = m.group("comparative").lower().split()[-1]
    if " " in m.group("comparative"):
        return rated.get(word, 0.0) > 0 or rules.praise.fullmatch(word) is not None  # "more helpful"
    return _praised_comparative(rules, word)
_OWNED_AFTER = precompiled(r"\s{1,3}(?:in|with|from|on|about|of)\s{1,3}(?:your|his|her|their|you|him)\b", re.IGNORECASE)


def _attributed(text: str, start: int, end: int, sentence_start: int, sentence_end: int) -> bool:
    """A problem noun counts as criticism when it is the person's: "your errors", "too many errors",
    "complaints about you", "made two mistakes"."""
    return bool(_OWNED_BEFORE.search(text, max(sentence_start, start - 40), start)
                or _OWNED_AFTER.match(text, end, min(sentence_end, end + 30)))
