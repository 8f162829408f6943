"""Problems owned, remedied, conceded or denied: negation scope and whose problem a clause tells."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import cache
from itertools import islice

from assistant.analyzers.feedback.acts import (
    _NEGATED_BEFORE,
    _POSSESSIVE_WORDS,
    _SERVED_PEOPLE,
)
from assistant.analyzers.feedback.criticism import (
    _OTHER_PEOPLE,
    _THIRD_PERSON,
    _clause_start,
)
from assistant.analyzers.feedback.draft import (
    _CLAUSE_BREAK,
    _YOU_TOKEN,
    AUXILIARIES,
    _Draft,
    _Person,
)
from assistant.analyzers.feedback.harsh import (
    judgement_adjectives,
)
from assistant.analyzers.feedback.rules import (
    _DEFICIENCY,
    _JUDGED,
    FeedbackRules,
)
from assistant.analyzers.feedback.spans import (
    _NAME_BEFORE,
    _OWNED_BEFORE,
    _PERSON_REF,
)
from assistant.analyzers.feedback.steps import (
    _named,
)
from assistant.analyzers.feedback.traits import (
    _NEXT_TOKEN,
    _circumstance,
    _covers,
)
from assistant.analyzers.rulecache import precompiled
from assistant.analyzers.scan import parse_regex
from assistant.analyzers.valence import BOOSTERS, lexicon
from assistant.names import lexicon as names_lexicon
from assistant.text import (
    BE_FORMS,
    DETERMINERS,
    FUNCTION_WORDS,
    HAVE_FORMS,
    MODALS,
    NEGATED_AUXILIARIES,
    PERSONAL_PRONOUNS,
    PREPOSITIONS,
    Clause,
    has_number,
    is_participle,
    is_past_tense,
    normalise_quotes,
    numbers,
    wordset,
)
from assistant.wordlists import amount_change_verbs, data_file, message_nouns

# 'break' as a rest is no fault: the noun's sense "a short period of rest" (Cambridge Dictionary, "break", noun: 'a
# short period of rest, when food or drink is sometimes eaten'), read from its frame: a rest noun before it ("lunch
# break", "a short break"), or an article or possessive after a verb or preposition of taking or going for one ("take a
# break", "agreed a hand signal for a break", "on her break", "time for a long break"). The fault senses keep their
# frames: the verb ("breaks the build"), "a break in the seal" (a gap or crack: 'in'/'of' after it).
_REST_BREAK_BEFORE = precompiled(
    r"(?:\b(?:for|take|takes|took|taken|taking|have|has|had|having|need|needs|needed|on|from|after|during|until|"
    r"till|extend|extends|extended|extending|enjoy|enjoyed|deserve|deserved|earned)\s{1,3}(?:a|an|the|her|his|their|your|my|"
    r"our|its)\s{1,3}|\b(?:a|an|the|her|his|their|your|my|our)\s{1,3})?(?:(?:short|quick|long|brief|well-earned|proper|"
    r"lunch|coffee|tea|rest|toilet|comfort|meal|bathroom|water|smoke|cigarette|screen|mid-?morning|afternoon|morning|"
    r"[a-z0-9]{1,10}-minute)\s{1,3})$", re.IGNORECASE)
_REST_BREAK_ARTICLE = precompiled(
    r"\b(?:for|take|takes|took|taken|taking|have|has|had|having|need|needs|needed|on|from|after|during|until|till|"
    r"enjoy|enjoyed|deserve|deserved|earned)\s{1,3}(?:a|an|her|his|their|your|my|our)\s{1,3}$", re.IGNORECASE)
_FAULT_AFTER_BREAK = precompiled(r"\s{1,3}(?:in|of)\b", re.IGNORECASE)


def _rest_break(text: str, m: re.Match[str]) -> bool:
    """The criticism match ``m`` is the noun 'break' in its sense of a rest (see above)."""
    if m.group().lower() not in ("break", "breaks") or _FAULT_AFTER_BREAK.match(text, m.end()):
        return False
    before = text[max(0, m.start() - 40):m.start()]
    return bool(_REST_BREAK_BEFORE.search(before) or _REST_BREAK_ARTICLE.search(before))


# A farewell: "Your kindness will be missed", "she'll be sorely missed".
_FAREWELL = precompiled(r"\b(?:will|['’]ll)\s{1,3}be\s{1,3}(?:[a-z]{2,20}ly\s{1,3}|very\s{1,3}much\s{1,3})?\Z", re.IGNORECASE)


_AVERTED = precompiled(r"\b(?:no|zero|none\s{1,3}of|fewer|without|never|not\s{1,3}(?:a|one|a\s{1,3}single)|prevent\w{0,3}|"
                      r"avoid\w{0,3}|spared)\b", re.IGNORECASE)
_AVERTED_PASSIVE = precompiled(r"\b(?:no|nobody|no\s{1,3}one|none(?:\s{1,3}of\s{1,3}(?:the|our|them|us|their))?|"
                             r"not\s{1,3}(?:a\s{1,3}single|one))(?:\s{1,3}[\w'’-]{2,30})?\s{1,3}(?:(?:was|were|got|had\s{1,3}been|"
                             r"has\s{1,3}been|have\s{1,3}been)\s{1,3}(?:\w{2,20}ly\s{1,3})?|"
                             # "nobody has had to call me about missing stock": the extra effort averted
                             r"(?:has\s{1,3}|have\s{1,3})?(?:had|needed)\s{1,3}to\s{1,3}(?:[\w'’-]{1,30}\s{1,3}){1,6})\Z", re.IGNORECASE)
_REDUCED_AFTER = precompiled(r"\s{0,3},?\s{0,3}(?:(?:down|lower|fewer|less|reduced)\s{1,3}(?:from|than)|"
                            # "their first-month error rate has halved": the problem shrank
                            r"(?:rates?\s{1,3}|counts?\s{1,3}|numbers?\s{1,3}|levels?\s{1,3})?(?:has\s{1,3}|have\s{1,3}|had\s{1,3})?"
                            r"(?:halved|dropped|fallen|fell|decreased|gone\s{1,3}down|come\s{1,3}down|shrunk|shrank))\b", re.IGNORECASE)

# The problem word modifies the plural head of a subject that shrank: "late deliveries dropped from 30 a week to
# 4", "missed appointments have halved", "wrong picks fell from twelve a day to two": less of a bad thing (a
# conjunction or verb in the head's place starts another clause: "late, and sales dropped" stays criticism).
_REDUCED_HEAD_AFTER = precompiled(r"\s{1,3}(?!(?:and|but|or|so|then|which|that|as|because|when|while|was|were|is|are|"
                                 r"has|have|had|its|his|hers|theirs|this|us|yours)\b)[a-z][\w'’-]{1,30}s\s{1,3}"
                                 r"(?:(?:has|have|had)\s{1,3})?(?:halved|dropped|fallen|fell|decreased|gone\s{1,3}down|"
                                 r"come\s{1,3}down|shrunk|shrank)\b", re.IGNORECASE)


# A problem counted, then set against a larger count ("one refund error between them, compared with eleven for last
# spring's starters"): less of a bad thing than the yardstick, as "down from" says it.
_COMPARED_AFTER = precompiled(r"(?:\s{1,3}[\w'’-]{1,20}){0,3}?\s{0,3},?\s{1,3}(?:compared\s{1,3}(?:with|to)|versus|vs\.?|"
                              r"against)\s{1,3}", re.IGNORECASE)


def _fewer_than_compared(text: str, start: int, end: int, sentence_start: int, sentence_end: int) -> bool:
    """A count just before the problem word at ``start:end`` is smaller than the count it is compared with."""
    counted = [n for n in numbers(text[max(sentence_start, start - 25):start]) if not n.ordinal]
    marker = _COMPARED_AFTER.match(text, end, min(sentence_end, end + 60))
    if not counted or marker is None:
        return False
    against = [n for n in numbers(text[marker.end():min(sentence_end, marker.end() + 20)]) if not n.ordinal]
    return bool(against) and against[0].start == 0 and counted[-1].value < against[0].value


_NOT_JUST = precompiled(r"\s{1,3}(?:just|only|simply|merely)\b", re.IGNORECASE)


def _modifies_others(text: str, start: int, end: int, sentence_start: int) -> bool:
    """The problem word ``text[start:end]`` describes the people named right after it ("angry callers",
    "struggling students", "difficult customers"): their state, not the person's fault. A verb with
    the person as subject ("you ignored customers", "Talks over colleagues") is not."""
    m = _NEXT_TOKEN.match(text, end)
    if not m or m.group(1).lower() not in _OTHER_PEOPLE or " " in text[start:end].strip():
        return False
    before = text[sentence_start:start].split()
    if not before:
        return False  # review form, the subject left out
    prev = before[-1].strip(",;:\"'“”‘’()").lower()
    return not (prev in _THIRD_PERSON or prev in ("you", "i", "we") or prev in AUXILIARIES or prev.endswith("ly")
                or before[-1][:1].isupper())


def _benefit_is_persons(text: str, sentence_start: int, pos: int) -> bool:
    """'would/could benefit from' at ``pos`` is the person's need: review form (nothing before it), or
    a personal pronoun or a name right before it ("Sam would benefit from a course")."""
    before = text[sentence_start:pos].split()
    if not before:
        return True
    last = before[-1].strip("\"'“‘(")
    return last.lower() in ("he", "she", "you", "they", "really") or (last[:1].isupper() and len(before) == 1)


# A relative clause opened by "whose" on people the person served ("each member whose payment had failed", "every
# guest whose room had been double-booked"): what it tells is theirs, as a "who" clause's is. The clause splitter
# does not split at "whose", so the relative is found from the problem word back: the served noun, "whose", then
# at most six words with no clause break.
_WHOSE = precompiled(r"\b([a-z]{2,30})\s{1,3}whose\s{1,3}(?:[\w'’-]{1,30}\s{1,3}){0,6}?\Z", re.IGNORECASE)
_WHOSE_REACH = 80


def _served_whose(draft: _Draft, start: int, pos: int) -> int | None:
    """Where the "whose" relative on served people that ``pos`` lies in begins (see above), or None."""
    m = _WHOSE.search(draft.text, start, pos)
    if m is None or m.group(1).lower() not in _OTHER_PEOPLE and m.group(1).lower().removesuffix("s") not in _SERVED_PEOPLE:
        return None
    return m.start()


def _since_persons_act(draft: _Draft, sentence: int, pos: int) -> bool:
    """The problem at ``pos`` is told in the present or perfect as holding since an act of the person ("the stockroom
    has been chaos since you took over the ordering"): a state of the person's own time in charge, not the scene
    they met, which is told in the past or pluperfect ("had been chaos until you took over", "was a mess when you
    inherited it")."""
    c = draft.clause_at(sentence, pos)
    if c is None or c.tense not in ("present", "perfect") or c.verb_words[:1] in (("had",), ("was",), ("were",)):
        return False
    person = draft.person
    return any(later.link.lower() == "since" and later.start >= c.end and later.tense == "past"
               and (person.is_subject(later.subject_words) or later.subject_words[:1] in (("you",), ("he",), ("she",)))
               for later in draft.parsed[sentence])


def _served_relative(draft: _Draft, sentence: int, pos: int) -> bool:
    """``pos`` lies in a relative clause on people the person served or met ("the 60 donors who had lapsed",
    "a customer who was furious about the charge"): the clause tells their state or doing, not the person's
    (unless it owns the problem for the person: "customers who complained about your tone")."""
    c = draft.clause_at(sentence, pos)
    if c is not None and (whose := _served_whose(draft, max(c.start, pos - _WHOSE_REACH), pos)) is not None:
        return _OWNED_BEFORE.search(draft.text, whose, pos) is None and not _YOU_TOKEN.search(draft.text, whose, pos)
    if c is None or c.link != "who" or c.subject_words[:1] != ("who",):
        return False
    before = draft.text[max(draft.sentences[sentence][0], c.start - 40):c.start].split()
    if not before:
        return False
    head = before[-1].strip(",;:\"'“”‘’()").lower()
    if head not in _OTHER_PEOPLE and head.removesuffix("s") not in _SERVED_PEOPLE:
        return False
    return _OWNED_BEFORE.search(draft.text, c.start, pos) is None and not _YOU_TOKEN.search(draft.text, c.start, c.end)


# A restrictive relative clause on a person ("the old man who kept shouting for the nurse", "the driver who was
# complaining") identifies which party the praised act dealt with: its predicate is said of the antecedent, the
# clause's own subject, and tells that party's state or doing, not the person's fault nor an effect of their act
# (Quirk et al. 1985, A Comprehensive Grammar of the English Language, 17.3-17.15: the restrictive relative
# postmodifies its antecedent noun phrase and is part of its identification; Huddleston & Pullum 2002, The
# Cambridge Grammar of the English Language, 12.3: the relativised element is the antecedent). Not when the
# antecedent is the person told of: the complement of a copula or a classifying noun ("He is a manager who never
# listens", "You were the one who was late", "the kind of colleague who complains") describes the person; nor a
# non-restrictive clause after a comma ("Tom, who was late again, ..."), which can tell a next event; nor one that
# names the person or their work inside it ("customers who complained about your tone", "the man you ignored").
_WHO_RELATIVE_HEADS = wordset("one ones someone somebody anyone anybody person people kind type sort")


# A relative clause interrupted by an adverbial clause ("the gentleman who, when he wasn't moaning, was calling for
# help"): the adverbial clause is parenthetic inside the relative, set off by commas, and the relative's predicate
# resumes after it with the relative pronoun as its subject (Quirk et al. 1985, 15.16-15.17 and 17.10: an adverbial
# clause may stand medially, between the subject and the verb; Huddleston & Pullum 2002, 8.11 on medial adjuncts).
# Both the medial clause, whose subject is then the antecedent told of ("when he wasn't moaning"), and the resumed
# predicate ("was calling for help") are said of the relative's antecedent, not of the person.
_MEDIAL_LINKS = wordset("when whenever while although though because since as if unless until once after before")
_WHO_COMMA = precompiled(r"(?i:who|whom)\s{0,3},\s{0,3}(?:even\s{1,3})?[A-Za-z]{2,10}\s{0,3}")  # "who, when "


def _interrupted_relative(draft: _Draft, clauses: list, k: int, person: _Person) -> int | None:
    """The index of the "who" clause that clause ``k`` belongs to when it is the medial adverbial clause of an
    interrupted relative or the predicate resumed after it (see above); None otherwise."""
    c, text = clauses[k], draft.text
    if c.link in _MEDIAL_LINKS:
        medial = k
    elif not c.link and not c.subject_words and k >= 2 and clauses[k - 1].link in _MEDIAL_LINKS \
            and text[clauses[k - 1].end:c.start].strip() == ",":
        medial = k - 1
    else:
        return None
    if medial < 1:
        return None
    who = clauses[medial - 1]
    if who.link not in ("who", "whom") or who.verbs \
            or _WHO_COMMA.fullmatch(text, who.start, clauses[medial].start) is None:
        return None  # the relative pronoun alone, then a comma and the medial clause's link: "who, when ..."
    subject = clauses[medial].subject_words
    if medial == k and subject[:1] not in (("he",), ("she",), ("they",)):
        return None  # the medial clause's own words are the antecedent's only with a pronoun for it as their
        # subject; not "the client who, when the report was late again, complained" (the report may be the person's)
    if subject and subject[0] in ("i", "we", "you", "your", "my", "our"):
        return None  # "the customer who, when you were late, complained": the person's own act in the middle
    if subject and person.is_subject(subject) and (subject[0] not in PERSONAL_PRONOUNS or any(
            other.subject_words[:1] == subject[:1] and not (other.start >= who.start and other in clauses)
            for found in draft.parsed for other in found)):
        return None  # the person by name, or by the pronoun the draft uses for them elsewhere ("She was patient with
        # the man who, when she was late, complained"); a pronoun used nowhere else is the antecedent's ("The nurses
        # were kind to our father who, when he was cranky, ...")
    return medial - 1


def _other_party_relative(draft: _Draft, sentence: int, pos: int, person: _Person) -> bool:
    """``pos`` lies in a restrictive "who" relative clause on a party other than the person (see above), or in
    the medial clause or resumed predicate of one interrupted by an adverbial clause."""
    c = draft.clause_at(sentence, pos)
    if c is None:
        return False
    clauses = draft.parsed[sentence]
    k = next((n for n, other in enumerate(clauses) if other is c), None)
    if k is None:
        return False
    if c.subject_words[:1] in (("who",), ("whom",)):
        while k > 0 and clauses[k].link in ("and", "or", "but") \
                and clauses[k].subject_words[:1] == c.subject_words[:1]:
            k -= 1  # "a patient who was frightened and confused": the second predicate shares the relative's subject
    else:
        while k > 0 and clauses[k].link in ("and", "or", "but") and (clauses[k].inherited or not clauses[k].subject_words):
            k -= 1  # "who, when ..., was shouting and swearing": a predicate coordinated with the resumed one
        found = _interrupted_relative(draft, clauses, k, person)
        if found is None:
            return False
        k = found
    if clauses[k].link not in ("who", "whom"):
        return False
    relative = clauses[k]
    s = draft.sentences[sentence][0]
    lead = draft.text[s:relative.start].rstrip()
    if not lead or lead[-1] in ",;:(-\u2013\u2014" or _YOU_TOKEN.search(draft.text, relative.start, c.end) \
            or _OWNED_BEFORE.search(draft.text, relative.start, pos):
        return False
    words = [normalise_quotes(w).strip(",;:\"'()").lower() for w in lead.split()[-8:]]
    if not words or words[-1] in _WHO_RELATIVE_HEADS or words[-1] in PERSONAL_PRONOUNS or words[-1] == "you" \
            or person.is_subject((words[-1],)) or _named(person, lead.split()[-1].strip(",;:\"'()")):
        return False  # "you were the one who ...", "those who ...", "Sam who ..."
    for w in reversed(words[:-1]):
        if w in BE_FORMS or w.endswith(("'s", "'re")) or w in ("become", "became", "seems", "seemed"):
            return False  # "He is a manager who never listens": the person, classified
        if w in PREPOSITIONS and w != "of" or w in ("and", "or", "but", "than"):
            return True  # "gentle with the old man who ...": the object of the person's act
        if w not in DETERMINERS and w in FUNCTION_WORDS:
            return True
    return False  # an antecedent with nothing before it that says whose: left as it was


# "Does not always follow the procedure", "Is not ready": review form, the subject left out, an auxiliary first.
_REVIEW_FORM_NOT = precompiled(r"[\s\"“(•*-]{0,3}(?-i:Does|Do|Did|Is|Was|Has|Have|Had)\s{1,3}\Z")
_THING_SUBJECT = precompiled(r"[\s\"“(]{0,3}(?:it|this|that|things|the\s{1,3}(?:task|job|work|week|month|year|quarter|change|move|"
                            r"transition|situation|deadline|timeline|project))(?:['’]s|\s{1,3}(?:was|is|has\s{1,3}been|had\s{1,3}been|"
                            r"will\s{1,3}be|would\s{1,3}be))?\s{0,3}\Z", re.IGNORECASE)
# The person's "has not", "did not": the spelled-out "hasn't", "didn't" ("Zoe has not yet applied the training"); not
# the copula ("it was not easy") nor the writer's or a thing's ("We have not had a jam since").
_AUXILIARY_BEFORE = precompiled(r"(?:\b(?i:you|he|she|they)|(?!(?:We|It|This|That|There|These|Those|Nobody|Everyone)\b)"
                               r"\b[A-Z][a-z]{1,30})\s{1,3}(?:(?i:still|also|just|really|simply|yet)\s{1,3})?"
                               r"(?i:has|have|had|did|does|do)\s{1,3}\Z")
_BARE_NOT = frozenset(["not", "isn't", "aren't", "cannot", "can't", "won't", "isn’t", "aren’t", "can’t", "won’t"])


_COORDINATED = precompiled(r"\b(?:and|but|then|yet|or)\s{1,3}(?:\w{2,20}ly\s{1,3}|also\s{1,3}|still\s{1,3})?\Z", re.IGNORECASE)


# Unnamed problems conceded after a verdict ("Mostly good this year, though there were a few problems along the
# way", "solid work, but some issues here and there"): an existential or quantified problem noun after a
# concessive or contrast word is the judged work's, however vaguely it is put.
_CONCEDED_PROBLEMS = precompiled(
    r"\b(?:though|although|but|yet|while|with|even\s{1,3}if)\s{1,3}(?:there\s{1,3}(?:were|was|have\s{1,3}been|has\s{1,3}been|"
    r"had\s{1,3}been|are|is)\s{1,3})?(?:a\s{1,3}few|some|a\s{1,3}couple\s{1,3}of|one\s{1,3}or\s{1,3}two|a\s{1,3}number\s{1,3}of|"
    r"several|the\s{1,3}odd|occasional|a\s{1,3}handful\s{1,3}of)\s{1,3}(?:[\w-]{1,20}\s{1,3})?\Z", re.IGNORECASE)
_CONCESSION = precompiled(r"[\s\"“(]{0,3}(?:aside\s{1,3}from|apart\s{1,3}from|except\s{1,3}for|other\s{1,3}than|barring|"
                         r"beyond|save\s{1,3}for)\s{1,3}(?:a\s{1,3}(?:few|couple\s{1,3}of)|some|one|two|the\s{1,3}occasional|"
                         r"an\s{1,3}occasional|occasional|minor|a\s{1,3}minor|small)\b[^,.;!?]{0,80},", re.IGNORECASE)

_CONCESSION_REACH = parse_regex(_CONCESSION.pattern, _CONCESSION.flags).getwidth()[1]  # its longest match (115)


def _conceded(text: str, pos: int, sentence_start: int, sentence_end: int, praise: list[re.Match[str]]) -> bool:
    """A minor problem conceded in an opening phrase before praise in the same sentence ("Aside from a
    few typos, the report was excellent"): the sentence praises."""
    # the phrase opens the sentence, or follows a full stop the sentence splitter kept ("Bricks, Inc. Aside from");
    # a phrase can reach ``pos`` only from a stop at most its longest match before it, so only those are read
    near = max(sentence_start, pos - _CONCESSION_REACH - 4)  # a stop and its spaces are at most 4 characters
    opens = [sentence_start, *(near + b.end() for b in re.finditer(r"[.!?;]\s{1,3}", text[near:pos]))]
    for start in opens:
        m = _CONCESSION.match(text, start, sentence_end)
        if m and m.start() <= pos < m.end() and any(p.start() >= m.end() for p in praise):
            return True
    return False


_WRITER_BEFORE = precompiled(r"\b(?:I|we)(?:['’]ve|\s{1,3}have|\s{1,3}had)?\s{1,3}(?:(?:\w{2,20}ly|also|still|even|then|later|"
                            r"soon|again|just|already)\s{1,3})?\Z",
                            re.IGNORECASE)


# A modal verb group right before a remedy verb: the remedy is promised, supposed or asked for ("would be fixed", "will
# sort out", "could have caught"), not done.
_MODAL_BEFORE = precompiled(r"\b(?:would|will|could|should|might|may|must|shall|can|['’]ll|going\s{1,3}to)\s{1,3}"
                            r"(?:not\s{1,3})?(?:(?:be|have|have\s{1,3}been|get)\s{1,3})?\Z", re.IGNORECASE)


# A quality denied of the person or their work by a negated "be" (brief FE, round 28: the valence of the clause, a
# negated good = bad): "Your appraisals of the crew are not fair", "You weren't ready", "His notes are never clear".
# The quality is the first word after the negator, past degree words, that VADER rates above zero; the subject is
# the person ("you", their name, he/she) or their work ("your", "his", "her", "their" ...); a thing ("it was not
# easy") is the task, not the person's; a participle ("Your leave isn't approved yet") tells a process, no quality.
_BE_NEGATIONS = wordset("isn't aren't wasn't weren't isn’t aren’t wasn’t weren’t")
_PAST_DEGREE = wordset("always quite very so that too yet really particularly entirely totally fully exactly all")


def _denied_quality(draft: _Draft, m: re.Match[str], scope: int, sentence_start: int, person: _Person) -> bool:
    text = draft.text
    start = _clause_start(text, m.start(), sentence_start)
    before = draft.span_words(start, m.start())
    negator = m.group().lower()
    if not before or not (negator in _BE_NEGATIONS or (negator in ("not", "never") and before[-1] in BE_FORMS)):
        return False
    subject = before[:-1] if negator in ("not", "never") else before
    if not subject or not (subject[0] in _POSSESSIVE_WORDS or person.is_subject(tuple(subject))
                           or _named(person, subject[0])):
        return False
    rated = lexicon()
    for word in draft.span_words(m.end(), scope)[:4]:
        if word in _PAST_DEGREE or word in BOOSTERS:
            continue
        return rated.get(word, 0.0) > 0 and not is_participle(word)  # "isn't approved yet": a state of a process
    return False


# A discovery or telling verb counts only within a few words of the problem word, so the words before it are read
# from a bounded window: a sentence of thousands of problem words costs linear time, not quadratic.
_LOOK_BACK_TOKENS = 30


def _words_before(draft: _Draft, sentence: int, pos: int) -> tuple[int, list[re.Match[str]]]:
    """(window start, the word and clause-punctuation matches of ``text[window start:pos]``), the window being the
    sentence's last ``_LOOK_BACK_TOKENS`` tokens before ``pos``."""
    s, _ = draft.sentences[sentence]
    k = draft.token_index(pos)
    start = max(s, draft.toks[max(0, k - _LOOK_BACK_TOKENS)].start) if k - _LOOK_BACK_TOKENS > 0 else s
    return start, list(re.finditer(r"[\w'’-]+|[,;:]", draft.text[start:pos]))


# Verbs of finding something out, in the past: a few common ones ("caught", "flagged") and the WordNet 3.0 verbs whose
# usual sense is detecting, discovering, tracing, locating, pinpointing, uncovering, diagnosing or ascertaining
# (assistant/data/discovery_verbs.txt: "traced", "pinpointed", "uncovered", "located", "figured out"), so what the person
# traced or pinpointed is what they found, as what they spotted is. A particle verb ("figured out", "came across") is a
# (verb, particle) pair read only with its particle next to it.
#
# Verbs of judging a thing (assistant/data/judgement_verbs.txt, WordNet 3.0: "judged", "assessed", "deemed") take what
# the judge found as their object and its complement ("you judged the visibility too poor for the upper lift"; Quirk et
# al. 1985, 16.43-16.45, complex-transitive "judge/deem + object + adjective"), so they are read as verbs of finding.
# A verb of finding or judging in the passive ("Tom was judged too slow by the panel", "the person was caught ...")
# makes its subject what was found or judged, not the finder, so what follows stays as it was read.


def _wordnet_verb_forms(name: str) -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
    """(one-word forms, (verb, particle) pairs) of the built verb list ``assistant/data/<name>``."""
    single: set[str] = set()
    pairs: set[tuple[str, str]] = set()
    for line in data_file(name).read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        verb, _, particle = line.split()[0].partition("_")
        if particle:
            pairs.add((verb, particle))
        else:
            single.add(verb)
    return frozenset(single), frozenset(pairs)


_WORDNET_DISCOVERY, _DISCOVERY_PAIRS = _wordnet_verb_forms("discovery_verbs.txt")
_DISCOVERY_VERBS = wordset("found caught spotted flagged identified noticed discovered detected") | _WORDNET_DISCOVERY
_JUDGEMENT_VERBS, _JUDGEMENT_PAIRS = _wordnet_verb_forms("judgement_verbs.txt")
_FINDING_VERBS = _DISCOVERY_VERBS | _JUDGEMENT_VERBS
_FINDING_PAIRS = _DISCOVERY_PAIRS | _JUDGEMENT_PAIRS
_PASSIVE_AUXILIARIES = BE_FORMS | wordset("get gets got getting")
# What ends the stretch of a discovery verb's object or complement: a new clause joined on, or a clause break.
_FOUND_OBJECT_BREAK = wordset("and but so then yet or because while , ; :")
_OWN_WORK_WORDS = wordset("you your yours yourself he his him himself she her hers herself")
_RELATIVE_WORDS = wordset("that which who whom whose")


_DISCOVERY_TEXT = re.compile("|".join(sorted(_FINDING_VERBS | {verb for verb, _ in _FINDING_PAIRS})), re.IGNORECASE)


def _discovery_verb_near(draft: _Draft, sentence: int, pos: int) -> bool:
    """Whether a discovery verb may stand in the window ``_words_before`` reads: its letters occur there (found once
    per draft, as a substring in any case: every word the window reads as one holds them), so the window's words
    are split only where one can be."""
    found = draft.memo.get("discovery_text")
    if found is None:
        found = draft.memo["discovery_text"] = [m.start() for m in _DISCOVERY_TEXT.finditer(draft.text)]
    if not found:
        return False
    s, _ = draft.sentences[sentence]
    k = draft.token_index(pos)
    start = max(s, draft.toks[max(0, k - _LOOK_BACK_TOKENS)].start) if k - _LOOK_BACK_TOKENS > 0 else s
    n = bisect_left(found, start)
    return n < len(found) and found[n] < pos


# A word of timing or manner after the found object is an adverbial of the finding, not what was found: "located the
# missing pallets two days late" says the finding was late. It is what was found as the predicate of a clause ("noticed
# the delivery was late") or in a relative clause of the object ("found the orders that had gone out late"). (A place
# after the object, "found the crates in the wrong aisle", is where the found thing was: what was found.)
_ADVERBIAL_PROBLEMS = wordset("late slow behind badly")


def _said_of_finding(text: str, pos: int, between: list[str]) -> bool:
    """The problem word at ``pos`` is an adverbial of the finding, not what was found (see above)."""
    word = text[pos:pos + 12].split()[0].lower().strip(",.;:!?\"'”’)") if text[pos:pos + 12].split() else ""
    return word in _ADVERBIAL_PROBLEMS and not (between and between[-1] in BE_FORMS) \
        and not any(w in _RELATIVE_WORDS for w in between)


def _found_by_person(draft: _Draft, sentence: int, pos: int, person: _Person) -> bool:
    """The problem at ``pos`` is in what the person found: the object or complement of their own discovery verb, in
    one clause stretch ("you noticed the trapdoor bolt was loose", "spotted scoring on a bearing that was not on the
    checklist"). Another party's or the writer's finding ("the client noticed the total was wrong", "I noticed the
    bolt was loose"), the person's own work in what they found ("found the invoice you had sent was missing two line
    items") and a second clause joined on ("noticed it was loose and did not report it") stay as they were."""
    text = draft.text
    s, _ = draft.sentences[sentence]
    if not _discovery_verb_near(draft, sentence, pos):
        return False
    start, found = _words_before(draft, sentence, pos)
    words = [(w.group().lower(), start + w.start()) for w in found]
    verb = next((k for k in range(len(words) - 1, -1, -1) if words[k][0] in _FINDING_VERBS or (
        k + 1 < len(words) and (words[k][0], words[k + 1][0]) in _FINDING_PAIRS
        and (k + 2 >= len(words) or words[k + 2][0] != "as"))), None)  # "came across as curt": seemed, found nothing
    if verb is None:
        return False
    if verb > 0 and words[verb - 1][0] in _PASSIVE_AUXILIARIES:
        return False  # "Tom was judged too slow by the panel": the person judged, not judging (see above)
    after = verb + 2 if words[verb][0] not in _FINDING_VERBS else verb + 1  # past a particle verb's particle
    between = [w for w, _ in words[after:]]
    # a relative clause in the object lengthens it ("traced the trip on turbine 17 to a loose fibre connector that two
    # earlier visits had missed"), as in _remedied
    limit = 24 if any(w in _RELATIVE_WORDS for w in between) else 14
    if len(between) > limit or any(w in _FOUND_OBJECT_BREAK for w in between):
        return False
    if any(w in _OWN_WORK_WORDS or _named(person, text[at:at + len(w)]) for w, at in words[after:]):
        return False  # "you found the invoice you had sent was missing two items": a fault in the person's own work
    if _said_of_finding(text, pos, between):
        return False  # "located the missing pallets two days late": the finding was late
    at = words[verb][1]
    if _WRITER_BEFORE.search(text, max(s, at - 25), at) or _MODAL_BEFORE.search(text, max(s, at - 40), at):
        return False
    return _persons_subject(person, _subject_before(draft, sentence, at))


# "without" before a noun phrase whose head is a problem word ("the only carrier without a cancellation that day",
# "went without a single complaint"): the problem kept away, not a step the person left out ("without a briefing").
_WITHOUT_BEFORE = precompiled(r"\bwithout\s{1,3}(?P<words>(?:[\w'’-]+\s{1,3}){0,5})\Z", re.IGNORECASE)
_WITHOUT_LEAD = wordset("single one")
_COORDINATORS = wordset("or nor and")


def _without_head(words: list[str]) -> tuple[str, bool]:
    """(the head noun, whether a coordinator ends the phrase) of the words after "without" up to the first preposition
    or function word after the noun phrase's first word: "a single breakage or" -> ('breakage', True), "a look behind"
    -> ('look', False)."""
    k = 0
    while k < len(words) and (words[k] in DETERMINERS or words[k] in _WITHOUT_LEAD):
        k += 1
    head, coordinated = "", False
    for word in words[k:]:
        if word in _COORDINATORS:
            coordinated = True
            break
        if word in PREPOSITIONS or word in FUNCTION_WORDS or not word.replace("-", "").isalpha():
            break
        head = word
    return head, coordinated


# "instead of" before the problem, with at most a few function words between ("swapped during the planned stop instead
# of after a failure"): the alternative the act avoided. "instead of fixing the fault" names an act and stays.
_INSTEAD_OF_BEFORE = precompiled(r"\binstead\s{1,3}of\s{1,3}(?:(?:after|before|during|through|by|with|a|an|the|any|one|"
                                 r"single)\s{1,3}){0,3}\Z", re.IGNORECASE)


def _problem_kept_away(rules: FeedbackRules, text: str, m: re.Match[str], start: int, end: int) -> bool:
    """The critical match ``m`` (in the sentence ``start``-``end``) is a problem kept away: "without" before a noun
    phrase headed by a problem word, a problem conjoined in the phrase after "without", or a problem after "instead
    of" (see above)."""
    if _INSTEAD_OF_BEFORE.search(text, max(start, m.start() - 40), m.start()):
        return True
    before = _WITHOUT_BEFORE.search(text, max(start, m.start() - 60), m.start())
    if before is not None and (words := before.group("words").lower().split()) and words[-1] in _COORDINATORS \
            and _without_head(words)[1]:
        return True  # a problem conjoined in the phrase after "without" ("without a single breakage or missing box")
    if not m.group().lower().startswith("without"):
        return False
    words = [w.group().lower() for w in islice(re.finditer(r"[\w'’-]+|[^\w\s]", text[m.start():end]), 1, 8)]
    head, _ = _without_head(words)
    return bool(head) and rules.problem_words.fullmatch(head) is not None


# A noun phrase said again is given information (Halliday & Hasan 1976, Cohesion in English, 6: reiteration): "without a
# trip since", after "you traced the recurring converter trip to a loose connector", names the trip the person found,
# so its absence afterwards is that problem kept away, whether or not the noun is a problem word out of context. The
# earlier mention must be in what the person found (``_found_by_person``); a noun the draft never gave as a found
# problem ("closed the rink without a handover") stays a step left out.
_MENTION_LIMIT = 8  # earlier mentions read at most: a draft repeating one noun hundreds of times stays linear


def _found_problem_absent(draft: _Draft, sentence: int, m: re.Match[str], person: _Person) -> bool:
    """The critical match ``m`` is "without" before a noun that an earlier part of the draft gave as a problem the
    person found (see above)."""
    text = draft.text
    if not m.group().lower().startswith("without"):
        return False
    _, e = draft.sentences[sentence]
    words = [w.group().lower() for w in islice(re.finditer(r"[\w'’-]+|[^\w\s]", text[m.start():e]), 1, 8)]
    head, _ = _without_head(words)
    if len(head) < 3:
        return False
    positions = draft.memo.get("word_positions")
    if positions is None:  # each word's positions, found once per draft: many "without" phrases stay linear
        positions = draft.memo["word_positions"] = {}
        for t in draft.toks:
            positions.setdefault(normalise_quotes(t.text).lower(), []).append(t.start)
    stem = head[:-1] if head.endswith("s") and not head.endswith("ss") else head
    mentions = sorted(p for form in {stem, stem + "s", stem + "es"} for p in positions.get(form, ())[:_MENTION_LIMIT]
                      if p < m.start())
    for at in mentions[:_MENTION_LIMIT]:
        j = bisect_right(draft.starts, at) - 1
        if j >= 0 and draft.sentences[j][0] <= at < draft.sentences[j][1] and _found_by_person(draft, j, at, person):
            return True
    return False


# The verbs of setting right, Princeton WordNet 3.0 verb synsets 00260648 (repair, mend, fix: "restore by replacing a
# part or putting together what is torn or broken"), 00199659 (correct, rectify, right: "Correct the mistakes"),
# 00199912 (rectify, remediate, remedy, repair, amend: "remedy these deficiencies") and redo ("do over", 00199490 and
# 01619743), in their inflected forms. Someone other than the person setting right the person's own fault ("I'm tired
# of fixing your mistakes", "I spent Friday fixing your errors in the payroll file", "I corrected his errors in the rota")
# says the fault was the person's and the repair someone else's work: criticism, where the person's own repair of a
# fault ("you fixed the broken job", "you corrected your errors before the run") is praise.
_REPAIR_VERBS = wordset("""fix fixes fixed fixing repair repairs repaired repairing mend mends mended mending correct
    corrects corrected correcting rectify rectifies rectified rectifying remedy remedies remedied remedying amend amends
    amended amending redo redoes redid redone redoing re-do re-did re-done re-doing""")


def _persons_fault_set_right_by_other(draft: _Draft, sentence: int, pos: int, person: _Person) -> bool:
    """The problem word at ``pos`` is the person's own ("your mistakes", "his figures", "Sam's errors": their
    possessive at most two modifiers before it), and the verb of setting right before it in its clause has someone else
    as its subject, or the writer (see above)."""
    text = draft.text
    s, _ = draft.sentences[sentence]
    start = _clause_start(text, pos, s)
    words = list(re.finditer(r"[A-Za-z][\w'’-]*", text[start:pos]))
    owner = None
    for found in reversed(words[-3:]):
        word = normalise_quotes(found.group()).lower()
        if word == "your" if person.second else (word in ("his", "her") or (
                word.endswith("'s") and _named(person, word[:-2]))):
            owner = found
            break
        if word in FUNCTION_WORDS or word in PREPOSITIONS or word.endswith("'s") or word in _REPAIR_VERBS:
            return False  # "fixed the errors in your file", "your laptop's broken screen": not said to be the person's
    if owner is None:
        return False
    verb = next((start + found.start() for found in reversed(words[:words.index(owner)])
                 if found.group().lower() in _REPAIR_VERBS), None)
    if verb is None:
        return False
    c = draft.clause_at(sentence, verb)
    if c is None or not c.subject_words or c.tense == "modal":
        return False  # "Fix your mistakes", "could you correct your figures": a request, read as one elsewhere
    return not (person.is_subject(c.subject_words) or _named(person, c.subject_words[0]))


def _remedied(rules: FeedbackRules, text: str, pos: int, sentence_start: int) -> bool:
    """A remedy verb at most six words before a problem word, in its clause: "fixed the broken
    job", "caught three errors", "found 38 cases logged under the wrong code", "no customer was
    charged twice"."""
    last = None
    start = _clause_start(text, pos, sentence_start)
    relative = None
    for found in _OBJECT_RELATIVE.finditer(text, max(sentence_start, pos - 120), pos):
        relative = found
    if relative is not None:
        start = min(start, _clause_start(text, relative.start(), sentence_start))  # the remedy's object owns it
    for found in rules.remedies.finditer(text, start, pos):
        last = found
    if last is None:
        return False
    if _WRITER_BEFORE.search(text, max(0, last.start() - 25), last.start()):
        return False  # "I noticed you interrupted the client": the writer found the problem; nobody remedied it
    if _MODAL_BEFORE.search(text, max(start, last.start() - 40), last.start()):
        return False  # "told the tenant the boiler would be fixed by Friday without checking": a remedy promised, not done
    problem = text[pos:pos + 30].split()[0].lower().strip(",.;:!?\"'”’)") if text[pos:pos + 30].split() else ""
    if _COORDINATED.search(text, last.end(), pos) and (problem.endswith(("ed", "ing")) or problem in ("forgot", "broke")):
        return False  # "handled the intake and struggled with the calls": a second predicate, not the remedy's object
    # a discovery verb takes a longer object ("found 38 cases logged under the wrong code")
    limit = 6 if last.group().lower() in _DISCOVERY_VERBS else 4
    between = text[last.end():pos]
    if _OBJECT_RELATIVE.search(between):
        limit += 10  # "resolved a race condition in the token logic that had been causing login failures": its object
    return len(between.split()) <= limit


# A problem in the object of the person's verb of transferring a message (Levin 1993, 37.1 "transfer of a message":
# explain, relay, show, demonstrate; 37.2 "tell"; 37.7 "say" verbs: announce, report, mention, reveal, convey) is what
# the person told others of: "announced the delay at the gate", "showed the warehouse lead the three missing cartons",
# "told the head chef about the problem". Not when the problem is the person's ("explained your mistake"), when it is
# said of the telling ("announced the cancellation forty minutes late": a predicate after the object, not a noun or a
# modifier in it), nor across a clause break ("reported the fault, and two residents were hurt"), nor as the subject of
# what was said ("told the client the delay was her fault"), nor when the telling is said to be late or lacking ("told the
# supplier about the delay three days after ...", "showed the client the broken prototype without warning her").
_PREDICATE_PROBLEMS = wordset("late slow behind wrong worse worst badly")
# The telling said to be late or lacking, after its object in the clause: its timing or its omission is the point.
_TELLING_FAULT = precompiled(r"\b(?:after|later|late|until|only|without)\b", re.IGNORECASE)
_TELLING_BREAK = wordset("and but so because while although though then yet or which who that")
# The recipient of a dative verb of telling, as its first object before what was told (Levin 1993, 2.1 the dative
# alternation: "showed him the orders", "told them about the delay").
_RECIPIENT_PRONOUNS = wordset("him her them us me")
# A second predicate joined on ("showed him the orders and sent the report right after"): the telling's own adjuncts
# end there.
_NEXT_PREDICATE = precompiled(r"\b(?:and|but|then)\b", re.IGNORECASE)


def _subject_before(draft: _Draft, sentence: int, pos: int) -> tuple[str, ...]:
    """The subject words of the clause at ``pos`` in sentence number ``sentence``, or of the nearest clause with a subject
    before it when the clause has none of its own ("You briefed the gate team, announced the delay")."""
    found: tuple[str, ...] = ()
    for c in draft.parsed[sentence]:
        if c.start > pos:
            break
        if c.subject_words:
            found = c.subject_words
    return found


def _persons_subject(person: _Person, words: tuple[str, ...]) -> bool:
    """``words`` (a subject) are the person: "you", he/she, the person's name or, with no name found, a first name."""
    if not words:
        return False
    head = words[0].removesuffix("'s").removesuffix("’s")
    return person.is_subject(words) or _named(person, words[0]) or (
        not person.second and person.name is None and len(words) == 1 and names_lexicon().may_be_name(head))


# A problem in the topic of a message or a picture, named in a noun phrase ("your report on the late deliveries", "the
# photo of the cracked scaffold board", "a talk about the near misses": WordNet 3.0 noun.communication nouns and
# pictures, assistant/data/message_nouns.txt): what the message tells of, not a fault of whoever made it. Not when the
# words from the preposition to the problem hold the person ("the photo you showed had the wrong date") or a verb (the
# message itself said to be at fault: "your report on the deliveries was late"), nor an indefinite "of" phrase, which
# is what the thing is made of ("a list of wrong prices").
_TOPIC_LEAD = precompiled(r"\b(?:the|a|an|your|his|her|their|this|that|my|our|(?-i:[A-Z][a-z]{1,30})['’]s)\s{1,3}"
                          r"(?:[\w'’-]{1,30}\s{1,3}){0,2}?(?P<noun>[a-z]{2,30})\s{1,3}(?P<prep>about|on|regarding|concerning|"
                          r"of)\s{1,3}(?P<words>(?:[\w'’-]{1,30}\s{1,3}){0,5}?)\Z", re.IGNORECASE)
_TOPIC_REACH = 120


def _topic_of_message(draft: _Draft, sentence: int, pos: int) -> bool:
    """The problem at ``pos`` is in the topical phrase of a message or picture noun (see above)."""
    text = draft.text
    s, _ = draft.sentences[sentence]
    m = _TOPIC_LEAD.search(text, max(s, pos - _TOPIC_REACH), pos)
    if m is None:
        return False
    noun = m.group("noun").lower()
    if noun not in message_nouns() and noun.removesuffix("s") not in message_nouns():
        return False
    words = m.group("words").lower().split()
    if m.group("prep").lower() == "of" and (not words or words[0] not in ("the", "this", "that", "these", "those")):
        return False  # "a list of wrong prices": what the list held
    return not any(w in _OWN_WORK_WORDS or w in BE_FORMS or w in HAVE_FORMS or w in MODALS or is_past_tense(w)
                   for w in words)


def _told_of_problem(draft: _Draft, rules: FeedbackRules, sentence: int, m: re.Match[str], person: _Person) -> bool:
    """The problem word ``m`` is in the object of the person's verb of transferring a message (see above)."""
    text = draft.text
    s, _ = draft.sentences[sentence]
    if m.group().lower() in _PREDICATE_PROBLEMS or not rules.message_verbs:
        return False
    start, found = _words_before(draft, sentence, m.start())
    words = [(w.group().lower(), start - s + w.start()) for w in found]
    verb = next((k for k in range(len(words) - 1, -1, -1) if words[k][0] in rules.message_verbs), None)
    if verb is None or not is_past_tense(words[verb][0]) or (verb and words[verb - 1][0] in DETERMINERS):
        return False  # "the grant reports you submitted ... missed the deadline": a noun, not the act of telling
    between = [w for w, _ in words[verb + 1:]]
    if between and between[0] in _RECIPIENT_PRONOUNS:
        between = between[1:]  # "showed him the two failing orders": the first object of a dative verb is who was told
    if len(between) > 8 or any(w in _TELLING_BREAK or w in ",;:" or w in ("your", "his", "my", "our")
                               or w in PERSONAL_PRONOUNS for w in between):
        return False
    if between and not any(w in DETERMINERS or has_number(w) for w in between[-3:]) \
            and between[-1] not in ("about", "of"):
        return False
    e = draft.sentences[sentence][1]
    after = [w.group().lower() for w in islice(re.finditer(r"[\w'’-]+", text[m.end():e]), 2)]
    if any(w in BE_FORMS or w in HAVE_FORMS or w in MODALS for w in after) or (after and is_past_tense(after[0])):
        return False  # "told the client the delay was her fault": the subject of what was said, not its object
    ends = [b.start() for b in (_CLAUSE_BREAK.search(text, m.end(), e), _NEXT_PREDICATE.search(text, m.end(), e)) if b]
    if _TELLING_FAULT.search(text, m.end(), min(ends, default=e)):
        return False  # "told the supplier about the delay three days after ...", "showed it without warning her"
    at = s + words[verb][1]
    if _MODAL_BEFORE.search(text, max(s, at - 40), at) or _WRITER_BEFORE.search(text, max(s, at - 25), at):
        return False
    return _persons_subject(person, _subject_before(draft, sentence, at))


# The problem as the head of a relative clause whose subject is the person and whose verb remedies it ("the two billing
# complaints you resolved on first contact", "The four delays that Tom cleared", "the issues you raised and resolved"):
# the remedy told after the problem, as _remedied finds it told before. "the complaints you ignored", "the bugs Maya
# introduced" name no remedy and stay the person's faults.
_RELATIVE_AFTER = precompiled(r"\s{1,3}(?:(?:that|which)\s{1,3})?(?P<subject>[A-Za-z][\w'’-]{0,30})\s{1,3}"
                              r"(?:(?:had|has|have|just|quickly|then|also|already)\s{1,3})?"
                              r"(?:[a-z]{2,20}ed\s{1,3}and\s{1,3})?(?=\w)")
_NOT_REMEDY_VERBS = wordset("no zero fewer without despite in free put came stay stayed staying stays work worked works "
                            "working")


def _remedied_in_relative(draft: _Draft, rules: FeedbackRules, sentence: int, m: re.Match[str], person: _Person) -> bool:
    """The problem word ``m`` heads a relative clause of the person's remedy (see above)."""
    text = draft.text
    _, e = draft.sentences[sentence]
    rel = _RELATIVE_AFTER.match(text, m.end(), e)
    if rel is None:
        return False
    subject = rel.group("subject")
    if not _persons_subject(person, (subject.lower(),)) or (subject[:1].isupper() and person.second):
        return False
    remedy = rules.remedies.match(text, rel.end(), e)
    return remedy is not None and remedy.group().split()[0].lower() not in _NOT_REMEDY_VERBS


# A relative clause on the remedy's object, which tells what the remedied problem had been doing, or a free relative
# that is the object ("removed what had been the main cause of the call-outs", "tracked down what was slowing it").
_OBJECT_RELATIVE = precompiled(r"\b(?:that|which|what)\s{1,3}(?:had|has|have|was|were|kept|used\s{1,3}to)\b", re.IGNORECASE)
_OWNED_SUBJECT = precompiled(r"\b(?i:your|his|her|their)\b|\b[A-Z][a-z]{1,30}['’]s\b")
_AGENT_IN_SUBJECT = precompiled(r"\b(?:(?i:you|he|she|they)|[A-Z][a-z]{1,30})\s{1,3}(?:\w{2,20}ly\s{1,3})?([a-z]{2,20})\b")
_BARE_SUBJECT = precompiled(r"[\s\"“(]{0,3}(?:the|this|that|these|those)\s{1,3}(?:[a-z-]{2,20}\s{1,3}){0,3}?"
                           r"(?P<head>[a-z-]{3,20})(?:\s{1,3}(?:for|on|in|at|with|to|about)\s{1,3}[^,;:]{1,50}?)?\s{0,3}\Z",
                           re.IGNORECASE)
_OUTSIDE_WORK = precompiled(r"\b(?:from|by|of)\s{1,3}(?:the|our|a|an|their|finance|legal|IT|HR)\b|['’]s\b|"
                           r"\b(?:old|previous|former|legacy|existing|original|other|our|weather|traffic|room|budget)\b",
                           re.IGNORECASE)
_DEFICIENCY_REASON = precompiled(r"\s{0,3},?\s{0,3}(?:\w{2,20}\s{1,3}){0,3}?(?:because|as|since|due\s{1,3}to|until|owing\s{1,3}to)\b",
                                re.IGNORECASE)
_STILL_OPEN = precompiled(r"\b(?:still|remain\w{0,2}|left)\b", re.IGNORECASE)


def _judgements(draft: _Draft, rules: FeedbackRules, s: int, e: int) -> Iterator[re.Match[str]]:
    """The copula predicates of ``text[s:e]`` (as :data:`_DEFICIENCY`'s ``pred``) that judge: ``_DEFICIENCY``'s own,
    then a word of the trait and harsh lexicons or one VADER rates -1 or lower ("This approach is inefficient",
    "Your handover notes were unprofessional"): said of the person's work, a verdict on it."""
    yield from draft.matches(rules, _DEFICIENCY, s, e)
    rated = lexicon()
    for m in draft.matches(rules, _JUDGED, s, e):
        word = m.group("pred").lower()
        if rated.get(word, 0.0) <= -1.0 or rules.problem_words.fullmatch(word) is not None \
                or word in judgement_adjectives():
            yield m


def _deficient(draft: _Draft, sentence: int, person: _Person, quotes: list[tuple[int, int]],
               setting: list[tuple[int, int]], rules: FeedbackRules) -> re.Match[str] | None:
    """A clause that states a deficiency of the person's own work, by structure: its subject is the person's
    work (owned: 'your notes', 'the pack she prepared'; or a bare 'the report' with nothing marking it as
    someone else's or as a circumstance) and its predicate one of :data:`_DEFICIENCY`. Not in quoted speech,
    not in a setting clause, not when the person acts on it later in the sentence ('..., so you rewrote it')."""
    text = draft.text
    s, e = draft.sentences[sentence]
    for m in _judgements(draft, rules, s, e):
        if _covers(quotes, m.start()) or _covers(setting, m.start()) and not _since_persons_act(draft, sentence, m.start()):
            continue
        pred = m.group("pred").lower()
        if pred.startswith(("open", "pending", "outstanding")) and not _STILL_OPEN.search(text, max(s, m.start() - 12), m.end()):
            continue  # "is open", "are outstanding" alone are a state or praise; "still open" is a task left undone
        if m.re is _DEFICIENCY and m.group("done") and m.group("done").lower() == m.group("undone").lower():
            continue
        lo = _clause_start(text, m.start(), s)
        subject = text[lo:m.start()]
        if not subject.strip() or _PERSON_REF.fullmatch(subject.strip()) or _NAME_BEFORE.fullmatch(subject.strip()):
            continue  # the person as subject of a bare state ("she was late") is left to the lexicons
        if _NEGATED_BEFORE.search(subject):
            continue  # "None of your reports were late": the deficiency denied
        if m.re is _DEFICIENCY and m.group("done") and _DEFICIENCY_REASON.match(text, m.end(), e):
            continue  # "reviewed but not merged because the release froze": held up by something else
        owned = (_OWNED_SUBJECT.search(subject) is not None or any(  # "the pack she prepared"
            is_past_tense(a.group(1)) for a in _AGENT_IN_SUBJECT.finditer(subject, 1))) and not re.search(
            r"\b(?:client|customer|vendor|supplier|patient)['’]s?\s", subject, re.IGNORECASE)
        bare = _BARE_SUBJECT.match(subject)
        if subject.strip(" \"“(").lower() in ("this", "that") and m.re is _JUDGED:
            pass  # "This is inefficient": a verdict on what the draft is about
        elif not owned and (bare is None or _OUTSIDE_WORK.search(subject) or _circumstance(bare.group("head").lower())):
            continue
        c = draft.clause_at(sentence, m.end())
        later = [c2 for c2 in draft.parsed[sentence] if c2.start >= m.end() and (c is None or c2.start > c.start)]
        if any(person.is_subject(c2.subject_words) and not c2.inherited for c2 in later) \
                and not _since_persons_act(draft, sentence, m.start()):
            continue  # "The brief was too vague, but you ...": the problem the person met
        return m
    return None


# Criticism by degree or by a stated lack, without a fault word (a bare comparative request, "Work faster.", is a
# degree demand: see _degree_demand):
# - the person said to have a quality to an excess: 'too' before an adjective means more than is wanted, whatever the
#   adjective's own valence (Quirk et al. 1985, 16.76, 'too' + adjective: excess): "You're too quiet in the weekly
#   planning meetings", "Priya is far too cautious"; not the praise idioms of excess ("too kind", "too good to lose");
#   denied ("never too busy to help", "not too proud to ask") it does not match;
# - the person's work (or, in review form, the person, the subject left out) said to need more of something, a lack:
#   "Your proposal needs more evidence", "Needs more detail in the handover notes", "could use more examples"; not more
#   of the same ("We could use more of this"), nor a place's or a team's need ("needs more staff");
_EXCESS_OF_PERSON = precompiled(
    r"(?<![\w'’-])(?:(?i:you|he|she|they)|(?!(?:It|This|That|There|The|We|I|What|Which|Everything|Nothing)\b)[A-Z][a-z]{1,30})"
    r"(?:['’](?:re|s)|\s{1,3}(?:is|are|was|were|seems?|seemed|can\s{1,3}be|could\s{1,3}be|has\s{1,3}been|have\s{1,3}been))"
    r"\s{1,3}(?:(?:often|always|sometimes|still|usually|just|far|way|much|a\s{1,3}bit|a\s{1,3}little|simply|also|a\s{1,3}lot)"
    r"\s{1,3}){0,2}too\s{1,3}(?!(?:much|many|good|well|kind|generous|modest|humble)\b)(?P<pred>[a-z]{3,20})\b")
_TOO_PRECIOUS = precompiled(r"\s{1,3}to\s{1,3}(?:lose|miss|ignore|overlook|pass\s{1,3}up|let\s{1,3}go|waste)\b",
                            re.IGNORECASE)  # "Maria is too valuable to lose": worth keeping, praise
_NEEDS_MORE = precompiled(
    r"\b(?:needs?|could\s{1,3}(?:use|do\s{1,3}with))\s{1,3}(?:(?:a\s{1,3}(?:lot|bit|little|few)|much|far|some)\s{1,3})?"
    r"more\s{1,3}(?!(?:of|people|staff|hands|help|time|space|like)\b)(?P<pred>[a-z-]{3,20})\b", re.IGNORECASE)
_SUBJECT_ADVERBS = precompiled(r"(?:\s{1,3}(?:still|really|also|definitely|probably|certainly|just|honestly|clearly|really))+\s*\Z",
                               re.IGNORECASE)


def _lacking_subject(draft: _Draft, rules: FeedbackRules, sentence: int, person: _Person, m: re.Match[str]) -> bool:
    """Whether the subject of the lack ``m`` (a :data:`_NEEDS_MORE` match) is the person, the person's work, or left
    out at the head of the sentence (review form), and no later clause of the sentence has the person acting on it."""
    text = draft.text
    s, _ = draft.sentences[sentence]
    lo = _clause_start(text, m.start(), s)
    subject = _SUBJECT_ADVERBS.sub("", text[lo:m.start()]).strip(" ,\"“(")
    if _NEGATED_BEFORE.search(subject):
        return False
    if subject:
        bare = _BARE_SUBJECT.match(" " + subject)
        owned = (_OWNED_SUBJECT.search(subject) is not None or any(
            is_past_tense(a.group(1)) for a in _AGENT_IN_SUBJECT.finditer(subject, 1))) and not _OUTSIDE_WORK.search(
            subject.split(None, 1)[-1] if _OWNED_SUBJECT.match(subject) else subject)
        product = bare is not None and not _OUTSIDE_WORK.search(subject) and re.fullmatch(
            rules.fragments.get("PRODUCT", "(?!)"), bare.group("head"), re.IGNORECASE) is not None
        if not (owned or product or _PERSON_REF.fullmatch(subject) or _NAME_BEFORE.fullmatch(subject)):
            return False
    elif lo != s:
        return False
    c = draft.clause_at(sentence, m.end())
    later = [c2 for c2 in draft.parsed[sentence] if c2.start >= m.end() and (c is None or c2.start > c.start)]
    return not any(person.is_subject(c2.subject_words) and not c2.inherited for c2 in later)


def _degree_or_lack(rules: FeedbackRules, draft: _Draft, sentence: int, person: _Person) -> re.Match[str] | None:
    """The first of: an excess said of the person, a lack said of the person's work (see above), in sentence number
    ``sentence``; or None."""
    text = draft.text
    s, e = draft.sentences[sentence]
    for m in draft.matches(rules, _EXCESS_OF_PERSON, s, e):
        if person.is_subject((text[m.start():m.end()].split()[0].split("'")[0].split("’")[0].lower(),)) \
                and not _TOO_PRECIOUS.match(text, m.end(), e):
            return m
    for m in draft.matches(rules, _NEEDS_MORE, s, e):
        if _lacking_subject(draft, rules, sentence, person, m):
            return m
    return None


@cache
def _amount_change_verbs() -> dict[str, frozenset[str]]:
    """Form -> its lists ('less', 'more', 'taken_back') of assistant/data/amount_change_verbs.txt (WordNet 3.0 verbs of
    becoming less, ending, vanishing or getting better; of becoming more or worse; of taking back or dropping what one
    said or pursued), multiword ones joined by '_' ("gone_down")."""
    found: dict[str, set[str]] = {}
    for form, _lemma, _synset, kind in amount_change_verbs():
        found.setdefault(form, set()).add(kind)
    return {form: frozenset(lists) for form, lists in found.items()}


# "is gone": WordNet 3.0 adjective 01450084 gone(p), "no longer retained", said of the subject after a form of be.
_GONE = "gone"
_NEGATORS = wordset("not never n't")
_GET_FORMS = wordset("get gets got gotten getting")


def _negated(words: tuple[str, ...]) -> bool:
    return any(w in _NEGATORS or w in NEGATED_AUXILIARIES or w.endswith("n't") for w in words)


def _problem_in_subject(draft: _Draft, rules: FeedbackRules, c: Clause) -> bool:
    """The clause's own subject holds a problem word ("the late payments", "the mispick rate on your aisle")."""
    return bool(c.subject) and not c.inherited and rules.problem_words.search(
        draft.text, c.subject[0].start, c.subject[-1].end) is not None


def _predicate_form(draft: _Draft, c: Clause) -> str:
    """The clause's main verb, with the particle after it when there is one ("gone_down", "went_away", "ended_up")."""
    after = _NEXT_TOKEN.match(draft.text, c.verbs[-1].end)
    particle = after.group(1).lower() if after else ""
    return f"{c.main_verb}_{particle}" if particle in ("down", "away", "up") else c.main_verb


def _problem_change(draft: _Draft, rules: FeedbackRules, sentence: int, pos: int) -> str | None:
    """'less' or 'more' when the problem word at ``pos`` is in the subject (or is the verb) of a clause that says the
    problem became less, ended, vanished or got better ("the late payments have stopped", "the mispick rate on your
    aisle has come down", "the confusion about holiday cover is gone"), or became more or worse ("complaints about
    your desk rose from 3 to 14"); None otherwise, and when negated ("the complaints haven't stopped"), for "stopped
    working", "ended up" (no verb of the list) and a change demanded ("has to stop")."""
    c = draft.clause_at(sentence, pos)
    if c is None or not c.verbs or not _problem_in_subject(draft, rules, c) or _negated(c.verb_words):
        return None
    if any(w in MODALS or w == "to" for w in c.verb_words):
        return None  # "Her complaining about the rota has to stop", "the delays should end": a change demanded or hoped
    if not (c.subject[0].start <= pos < c.subject[-1].end or c.verbs[0].start <= pos < c.verbs[-1].end):
        return None
    after = _NEXT_TOKEN.match(draft.text, c.verbs[-1].end)
    if after is not None and after.group(1).lower().endswith("ing"):
        return None  # "the scanner stopped working": what stopped is the thing's function
    form = _predicate_form(draft, c)
    if form == _GONE and any(w in BE_FORMS for w in c.verb_words):
        return "less"
    lists = _amount_change_verbs().get(form, frozenset())
    return "less" if "less" in lists else "more" if "more" in lists else None  # "declined": grew smaller first


def _problem_taken_back(draft: _Draft, rules: FeedbackRules, sentence: int, pos: int) -> bool:
    """The problem word at ``pos`` is in the object of a verb of taking back or dropping what one said or pursued
    ("He withdrew his complaint the next day", "they dropped the late-payment claim"), at most three words after it:
    a problem ended by whoever raised it. Not negated or modal ("has not withdrawn his complaint")."""
    c = draft.clause_at(sentence, pos)
    if c is None or not c.verbs or pos < c.verbs[-1].end or _negated(c.verb_words):
        return False
    if any(w in MODALS or w == "to" for w in c.verb_words):
        return False
    if "taken_back" not in _amount_change_verbs().get(_predicate_form(draft, c), frozenset()):
        return False
    between = draft.text[c.verbs[-1].end:pos].split()
    return len(between) <= 3 and not any(w.lower() in PREPOSITIONS for w in between)


def _owned_by_person(draft: _Draft, sentence: int, pos: int, person: _Person) -> bool:
    """The clause at ``pos`` is about the person's own work: its subject names the person as owner ("complaints about
    wait times on your desk", "Sam's error rate"), or another clause of the sentence has the person as its subject
    ("since you rewrote the rota")."""
    c = draft.clause_at(sentence, pos)
    if c is None:
        return False
    if any(w in _POSSESSIVE_WORDS or (w.endswith(("'s", "’s")) and _named(person, w[:-2])) for w in c.subject_words):
        return True
    return any(other is not c and other.subject and not other.inherited and person.is_subject(other.subject_words)
               for other in draft.parsed[sentence])


def _problem_held_off(draft: _Draft, rules: FeedbackRules, sentence: int, m: re.Match[str]) -> bool:
    """The negator ``m`` denies an active verb whose subject is a problem ("the bug never reached production", "the
    leak did not spread", "the memory leak you predicted never reached production", where the subject noun phrase
    is before a contact relative clause): a problem kept away. Not a form of be or get ("the delay was not
    acceptable", "the errors never got fixed"), a remedy, a verb of ending or lessening ("the complaints haven't
    stopped") nor a verb VADER rates good past its neutral band ("the delays didn't help", 1.7; "reach" is 0.4)."""
    text = draft.text
    c = draft.clause_at(sentence, m.start())
    if c is None or not c.verbs:
        return False
    in_group = c.verbs[0].start <= m.start() < c.verbs[-1].end
    if in_group:
        if not _problem_in_subject(draft, rules, c):
            return False
        verbs = c.verb_words
        verb = c.main_verb
    elif m.start() >= c.verbs[-1].end and c.subject and c.subject[0].start > c.start \
            and text[c.start:c.subject[0].start].split()[0].lower() in DETERMINERS \
            and rules.problem_words.search(text, c.start, c.subject[0].start) is not None:
        following = re.findall(r"[\w'’-]+", text[m.end():m.end() + 40])[:2]
        verbs = (m.group().lower(), *(w.lower() for w in following))
        verb = next((w for w in verbs[1:] if w not in AUXILIARIES), "")
    else:
        return False
    if not verb or any(w in BE_FORMS or w in _GET_FORMS for w in verbs) or verb in _amount_change_verbs():
        return False
    if rules.remedies.fullmatch(verb) is not None or lexicon().get(verb, 0.0) > 0.5:
        return False
    return in_group or is_past_tense(verb) or is_participle(verb)


# "used to" tells a past habit or state that no longer holds (Quirk et al. 1985, 4.26): "the orders that used to arrive a
# day late", "Night staff used to miss the allergy notes". "still" or "again" in the sentence says it holds now.
_USED_TO = precompiled(r"\bused\s{1,3}to\b", re.IGNORECASE)
_STILL_NOW = precompiled(r"\b(?:still|again)\b", re.IGNORECASE)


def _past_habit(draft: _Draft, sentence: int, pos: int) -> bool:
    """The problem word at ``pos`` is told in a "used to" clause, a past habit that no longer holds, and nothing in
    the sentence says it still does ("The reports that used to be late are still reaching the board late")."""
    c = draft.clause_at(sentence, pos)
    s, e = draft.sentences[sentence]
    start = c.start if c is not None else s
    key = ("used to", sentence)
    if key not in draft.memo:  # found once per sentence: a sentence of many problem words stays linear
        draft.memo[key] = ([m.span() for m in _USED_TO.finditer(draft.text, s, e)],
                           _STILL_NOW.search(draft.text, s, e) is None)
    habits, not_still = draft.memo[key]
    return not_still and any(start <= a and b <= pos for a, b in habits)
