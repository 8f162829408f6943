"""The sufficiency check: can what would be quoted answer *this* question?

Two tests, applied to offline and model answers alike:

* **Answer type.** The question's wh-word decides what a quote must hold: *how many / how
  much / how long* a number, duration or amount (not a frequency such as "every 3 weeks");
  *how often* a frequency; *when* a date, time or period; *who* a role, person or organisation;
  *can / may / is X allowed* a sentence about that permission or condition.
* **Names.** Every specific name in the question (organisation, country, programme, role,
  benefit written with capitals) appears in the cited passage or in its document's metadata
  (organisation, audience, title, the names the document is about).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import PurePath
from typing import Literal

from assistant.qa.case_bound import without_case_bounds
from assistant.qa.dimension import of_asked_dimension
from assistant.qa.extent import asks_text_extent, states_extent
from assistant.qa.models import Passage
from assistant.qa.postfix_money import states_postfix_amount
from assistant.text import (
    DATE_WORDS,
    FUNCTION_WORDS,
    MODALS,
    MONTHS,
    ORDINALS,
    PREPOSITIONS,
    WEEKDAYS,
    content_stems,
    mentions_money,
    mentions_name,
    names,
    numbers,
    quantities,
    sentences,
)
from assistant.wordlists import data_file, person_nouns, read_words

AnswerType = Literal["quantity", "frequency", "when", "who", "permission"]

ASKED = {
    "quantity": "a number, duration or amount",
    "frequency": "how often",
    "when": "a date, time or period",
    "who": "a role or person",
    "permission": "whether it is allowed",
}

# "and" opens a second request when a wh-word or an asking auxiliary follows it ("how many days
# and who approves", "what is X and when does it apply", "... and should I tell my manager?").
_CLAUSE = re.compile(r"[?;]|,\s+(?:and|or|but)\s+|\.\s+|\band\s+(?=(?:is|are|can|does|do|what|how|who|whom|"
                     r"whose|when|where|which|why|will)\b|(?:should|must|may|could|would)\s+(?:I|we|you|they|he|she|"
                     r"it|there|the|my|our|your|their|his|her|this|that)\b)", re.IGNORECASE)
# One request about two things joined by a repeated preposition ("what happens to my award leave
# and to my unused sick leave?"): each thing is asked about on its own, under the shared head.
_WH_WORD = re.compile(r"\b(?:what|which|how|who|when|where|whether)\b", re.IGNORECASE)
_PREPOSITION = re.compile(r"\s+(to|for|of|about|on|in|with|during|after|before|from)\s+(?=\S)", re.IGNORECASE)
_AND_PREPOSITION = re.compile(r"\s+and\s+(to|for|of|about|on|in|with|during|after|before|from)\s+(?=\S)",
                              re.IGNORECASE)


def conjoined(part: str) -> list[str] | None:
    """The two requests of one asking part about two things joined by a repeated preposition under a
    wh-head ("what happens to my award leave and to my sick leave" -> "what happens to my award
    leave", "what happens to my sick leave"), or None. The first preposition after the wh-word that
    is repeated after an "and" opens the first thing; that "and" ends it. Linear in the length."""
    wh = _WH_WORD.search(part)
    if wh is None:
        return None
    repeats: dict[str, list[re.Match[str]]] = {}
    for m in _AND_PREPOSITION.finditer(part, wh.end()):
        repeats.setdefault(m.group(1).casefold(), []).append(m)
    starts = {word: [r.start() for r in found] for word, found in repeats.items()}
    for m in _PREPOSITION.finditer(part, wh.end()):
        word = m.group(1).casefold()
        at = bisect.bisect_right(starts.get(word, []), m.end())
        if at < len(starts.get(word, [])):
            later = repeats[word][at]
            head, prep = part[:m.start()], m.group(1)
            return [f"{head} {part[m.start():later.start()].strip()}", f"{head} {prep} {part[later.end():].strip()}"]
    return None


_FREQUENCY_Q = re.compile(r"\bhow\s+(?:often|frequently)\b|\bhow\s+many\s+times\b", re.IGNORECASE)
_QUANTITY_Q = re.compile(
    r"\bhow\s+(?:many|much|long|soon|quickly|fast|promptly|big|large|far\s+(?:ahead|in\s+advance))\b"
    r"|\bwhat\s+(?:percentage|percent|share|proportion|amount|number|fraction|price)\b"
    r"|\b(?:minimum|maximum)\b|\b(?:most|least|longest|shortest)\b[^?]{0,60}\b(?:number|amount|length|hours?|"
    r"days?|weeks?|months?|years?|workday)\b"
    r"|\bwhat(?:'s|’s|\s+is|\s+are)?\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}(?:stipend|budget|allowance|rate|amount|fee|"
    r"premiums?|discount|cap|limit|salary|bonus|match|per\s+diem|reimbursement|price|cost)\b",
    re.IGNORECASE)
_WHEN_Q = re.compile(r"\bwhen\s+(?:\w+ly\s+)?(?:is|are|was|were|do|does|did|will|would|should|shall|can|must|has|have)\b|\bwhat\s+(?:date|day|time|month|year)\b|\bdeadline\b|\bby\s+when\b"
                     r"|\bwhat\s+are\s+the\s+dates\b", re.IGNORECASE)
# The end of a noun phrase: what follows its head is a preposition, a relative or wh-word, an auxiliary or modal, a
# pronoun or a determiner (the next phrase), or the clause's end -- never another noun the head would modify.
_PHRASE_END = (r"(?=\s*(?:[?,.;:!]|$)|\s+(?:of|in|on|at|for|during|after|before|when|that|which|where|is|are|was|were|"
               r"do|does|did|will|would|should|shall|can|could|must|may|might|i|we|you|they|he|she|it|my|our|your|"
               r"their|the|a|an|this|these|those|each|every)\b)")
# A time asked by the noun phrase a wh-determiner heads ("On *which day* are bi-weekly employees paid?", "*What
# hours* must I keep?", "*What time* does the work day start?") or by a copular what-question whose subject's head is
# a clock time ("What are the core working *hours*?"): the interrogative determiner phrase names the answer's type
# by its head noun (Quirk et al., A Comprehensive Grammar of the English Language, 1985, 6.36-6.38 on "what"/"which"
# as determiners; Huddleston & Pullum, The Cambridge Grammar of the English Language, 2002, ch. 10 §7.9). Only a
# head: "what *time off*", "which *day-care* scheme" or "what *year-end* bonus" name other things.
_WHEN_PHRASE_Q = re.compile(
    r"\b(?:what|which)\s+(?:[\w-]+\s+){0,2}?(?:dates?|days?|weekdays?|times?|months?|hours)" + _PHRASE_END
    + r"|\bwhat(?:'s|’s|\s+is|\s+are|\s+were|\s+was)\s+(?:the|my|our|your|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:hours|times)" + _PHRASE_END, re.IGNORECASE)
# An amount asked by a superlative of paying ("What's *the most* Deeson will *pay* for a conference ticket?", "the most
# the town will refund", "the most the company will cover"): "the most" / "at most" is the degree of the amount the
# verb of paying takes as its object (WordNet 3.0 verbs pay.v.01, reimburse.v.01, refund.v.01, cover.v.06 "be sufficient
# to meet, defray, or offset the charge or cost of", spend.v.02, contribute.v.02: each takes a sum of money).
_MOST_PAID_Q = re.compile(
    r"\b(?:the|at)\s+(?:most|least|maximum|minimum)\b[^?]{0,60}?\b(?:pay|pays|paid|reimburse[sd]?|refund(?:s|ed)?|"
    r"cover(?:s|ed)?|spend|spends|spent|contribute[sd]?)\b", re.IGNORECASE)
_WHO_Q = re.compile(r"^\s*(?:\w+\s+){0,4}?(?:who|whom|whose)\b|\bwhich\s+(?:person|team|role|department|office)\b"
                    r"|\bwho\s+(?:should|do|can|handles?|makes?|decides?|approves?)\b", re.IGNORECASE)
_PERMISSION_Q = re.compile(
    r"^\s*(?:(?:and|so|but)\s+)?(?:(?:at|in|for|with)\s+[\w-]+(?:\s+[\w-]+)?,\s*)?(?:can|could|may|must|should|shall)\b"
    r"|\b(?:allowed|permitted|eligible|entitled|acceptable|ok(?:ay)?\s+to|required\s+to|have\s+to|need\s+to)\b",
    re.IGNORECASE)

_UNITS = (r"(?:minutes?|hours?|days?|weeks?|months?|years?|quarters?|pay\s+periods?|periods?|business\s+days?|"
          r"working\s+days?|calendar\s+days?|percent|per\s*cent|%|dollars?|pounds?|euros?)")
_PERIOD = r"(?:day|week|fortnight|month|quarter|year|pay\s+period|sprint|cycle)s?"
_NUMBER_WORD = r"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|thirty|sixty)"
_FREQUENCY = re.compile(
    r"\b(?:daily|nightly|hourly|weekly|fortnightly|monthly|quarterly|annually|yearly|biweekly|bi-weekly|bimonthly|"
    r"bi-monthly|biannually|bi-annually|biennially|semi-?annually|triennially|once|twice|regularly)\b"
    r"|\b(?:every|each)\s+(?:other\s+)?(?:[\w.-]+\s+){0,3}?" + _PERIOD + r"\b"
    # an interval or a replacement cycle answers how often: "on a 3-year cycle", "a two-year refresh"
    r"|\b" + _NUMBER_WORD + r"[- ](?:day|week|month|quarter|year)[- ](?:cycle|refresh|rotation|interval|replacement|"
    r"renewal|rhythm|cadence|schedule|basis)\b"
    r"|\b(?:replac|refresh|renew|rotat|upgrad)\w*\b[^.;]{0,40}?\b(?:after|every)\s+" + _NUMBER_WORD + r"\s+" + _PERIOD
    + r"\b"
    r"|\bper\s+(?:annum|" + _PERIOD + r")\b|\btimes\s+(?:a|per)\b|\ba\s+(?:day|week|month|quarter|year)\b", re.IGNORECASE)
_EVERY_BEFORE = re.compile(r"\b(?:every|each)\s+(?:other\s+)?(?:\d+\s*[-–]\s*)?$", re.IGNORECASE)
_CARRIED = re.compile(r"\s*\(follow-up to: .*\)\s*$", re.DOTALL)
_AMOUNT_WORDS = re.compile(
    r"\b(?:no\s+(?:set\s+)?(?:limit|maximum|minimum|cap)|unlimited|all|none|half|double|twice\s+as\s+many)\b|[$€£]\d",
    re.IGNORECASE)
_RELATIVE_ANCHOR = r"(?:same|following|previous|preceding|current|subsequent|future|later|earlier)"
_TIME_NOUN = (r"(?:day|week|weekend|fortnight|month|quarter|year|half|term|sprint|cycle|pay\s+period|"
              r"business\s+day|working\s+day|morning|afternoon|evening|shift|hour|minute)s?")
# "by", "first", "last" and "next" say when only with a time after them ("by June 30", "the first
# week"); alone they are an agent ("approved by HR") or an ordinal ("a first draft"). So do the anchors of a relative
# date, a time noun placed against another time or event ("in the *same quarter* they are incurred", "the 1st of the
# *following month*", "claims for the *previous calendar year*", "the *current date or a future date*", "updated at the
# *same time* that ..."), or a date fixed by an event ("*on the date that* the board approves the grant"): TimeML's
# relative (anchored) DATE/TIME expressions, TIMEX3 with an anchor (Pustejovsky et al., TimeML, 2003; ISO 24617-1
# ISO-TimeML, 2012).
_WHEN = re.compile(
    r"\b(?:before|after|until|within|prior\s+to|no\s+later\s+than|at\s+least|during|between|starting|"
    r"beginning|end\s+of|start\s+of|deadline|expires?|immediately|annually|quarterly|yearly|monthly|weekly|"
    r"fiscal\s+year|year[- ]end|mid-year|anniversary)\b|\d{4}-\d{2}-\d{2}"
    r"|\b(?:first|last|next)\s+(?:[\w-]+\s+)?" + _TIME_NOUN + r"\b"
    r"|\b" + _RELATIVE_ANCHOR + r"\s+(?:[\w-]+\s+)?(?:" + _TIME_NOUN + r"|dates?|times?)\b"
    r"|\b(?:on|from|at)\s+the\s+(?:date|day|time)\s+(?:that|when|of|on\s+which)\b"
    r"|\bby\s+(?:the\s+)?(?:end|start|close|beginning|middle|\d|" + "|".join(sorted(DATE_WORDS)) + r")\b",
    re.IGNORECASE)
_ROLE = re.compile(
    r"\b(?:manager|supervisor|director|lead|leader|head|officer|team|department|hr|people\s*ops|peopleops|"
    r"human\s+resources|partner|specialist|coordinator|administrator|admin|committee|board|employee|staff|"
    r"member|members|representative|counsel|legal|executive|ceo|cfo|coo|vp|president|chief|owner|"
    r"reviewer|peer|colleague|union|ombuds\w*|advisor|adviser|consultant|provider|agency|office|"
    r"payroll|finance|recruiter|you|your)\b", re.IGNORECASE)
_RULE = re.compile(
    r"\b(?:can|cannot|can't|could|may|must|mustn't|should|shouldn't|shall|will\s+not|won't|not|no|never|only|avoid|"
    r"allowed|permitted|prohibited|forbidden|eligible|ineligible|entitled|required|requires?|need|needs|"
    r"approval|approve[sd]?|unless|except|if|as\s+long\s+as|provided|covered|subject\s+to|encouraged|"
    r"expected|free\s+to|able\s+to)\b", re.IGNORECASE)


def clauses(question: str) -> list[str]:
    """The parts of a question that each ask something ("How long is X, and is there Y?")."""
    parts = [p.strip() for p in _CLAUSE.split(question) if p and p.strip()]
    out = []
    for part in parts:
        out += conjoined(part) or [part]
    return [p for p in out if len(p.split()) >= 2] or [question.strip()]


# A wh-question asks for a thing, a place, a way or a reason ("what documents do I have to submit?"),
# not whether something is allowed, even when it says "have to" or "need to".
_WH_THING = re.compile(r"^\s*(?:(?:and|so|but)\s+)?(?:what|which|where|why|how)\b", re.IGNORECASE)
# A yes/no question opens with its auxiliary or modal ("Does ...", "Is ...", "Can ...", "Do I have to ..."), after an
# optional framing phrase ("At Leaf, are ...").
_YES_NO = re.compile(
    r"^\s*(?:(?:and|so|but)\s+)?(?:(?:at|in|for|with)\s+[\w-]+(?:\s+[\w-]+){0,2},\s*)?"
    r"(?:is|are|am|was|were|do|does|did|can|could|may|might|must|should|shall|will|would|has|have|had)\b",
    re.IGNORECASE)


# A fronted adverbial clause before the main clause ("If I'm ill on holiday, do I get the days back?", "When I see a GP,
# do I have to pay?", "If so, do I ...?"): a subordinator of an adverbial clause (Quirk et al. 1985, ch. 14-15: if,
# unless, when, whenever, while, whilst, after, before, once, since, as, until, till, because, although, though), its clause (subject
# first: a subordinator followed by an auxiliary is an interrogative "when"), and the first comma that the main clause's
# operator follows with its subject and the rest of its predication (subject-operator inversion, Quirk 11.5; "If so,
# do it." is an imperative, its "do" a verb with an object and nothing after). Only then is the fronted clause left
# aside for the question's type; it stays part of what the question asks about.
_AUXILIARY = r"(?:is|are|am|was|were|do|does|did|can|could|may|might|must|should|shall|will|would|has|have|had)\b"
_FRONTED_CLAUSE = re.compile(
    r"^\s*(?:(?:and|so|but)\s+)?(?:if|unless|when|whenever|while|whilst|after|before|once|since|as|until|till|because|"
    r"although|though)\s+(?!" + _AUXILIARY + r")[^?;]*?,\s*(?=" + _AUXILIARY + r"\s+[\w'’-]+\s+\w)", re.IGNORECASE)


def main_clause(clause: str) -> str:
    """The main clause of a question clause that opens with a fronted adverbial clause before an auxiliary or modal
    ("do I get the days back" of "If I'm ill on holiday, do I get the days back"); else the clause itself."""
    fronted = _FRONTED_CLAUSE.match(clause)
    return clause[fronted.end():] if fronted else clause


def asks_yes_no(clause: str) -> bool:
    """Whether a question clause asks yes or no: its main clause (after a fronted adverbial clause,
    :func:`main_clause`) opens with its auxiliary or a modal."""
    return _YES_NO.search(main_clause(clause)) is not None


def answer_type(question: str) -> AnswerType | None:
    """What kind of fact a question (clause) asks for, or None when any relevant sentence may answer.

    A yes/no question ("Are words like soon acceptable as a deadline?") asks whether something is
    allowed or holds, never for the number, date or role it mentions."""
    if asks_yes_no(question):
        return "permission" if _PERMISSION_Q.search(main_clause(question)) else None
    if _FREQUENCY_Q.search(question):
        return "frequency"
    if _QUANTITY_Q.search(question) or _MOST_PAID_Q.search(question):
        return "quantity"
    if _WHO_Q.search(question):
        return "who"
    if _WHEN_Q.search(question) or _WHEN_PHRASE_Q.search(question):
        return "when"
    if _PERMISSION_Q.search(question) and not _WH_THING.search(question):
        return "permission"
    return None


# "Who should I talk to about ...?", "who do I go to if ...?", "whom can we contact about ...?": the
# clause has a subject of its own, so the wh-word is the verb's object (or its stranded preposition's),
# and the verb only says that a person is wanted -- the question asks about what follows ("about a
# disability accommodation").
# "Who approves a PIP?" (the wh-word its subject) asks about approving.
_WHO_OBJECT = re.compile(
    r"\bwho(?:m)?\s+(?:do|does|did|should|shall|can|could|must|will|would|may|might)\s+"
    r"(?:i|we|you|they|he|she|(?:an?|the|my|our|your|their)\s+[\w-]+(?:\s+[\w-]+)??)\s+"
    r"(?:\w+ly\s+)?([a-z]+)(?:\s+(?:out|back|up|over))?"
    r"(?=\s+(?:to|with|about|regarding|concerning|if|when|for|before|after)\b|\s*[?.,;]|\s*$)", re.IGNORECASE)


def addressee_verb(clause: str) -> str | None:
    """The verb whose object a "who" asks for ("talk" in "Who should an employee talk to about ...?"):
    part of the asking, not of what is asked about; None when the clause has no such verb."""
    found = _WHO_OBJECT.search(clause)
    return found.group(1) if found else None


# "How big / large / high / early / late ...": the degree word "how" asks about is the measure asked
# for, never the topic ("How big is the annual learning budget?" asks an amount of the budget).
_HOW_DEGREE = re.compile(r"\bhow\s+([a-z]+)\b", re.IGNORECASE)
# "How far in advance / ahead / beforehand": the adverb completes the degree asked (a lead time), never the topic.
_HOW_FAR = re.compile(r"\bhow\s+far\s+(?:in\s+)?(advance|ahead|beforehand)\b", re.IGNORECASE)
# Nouns that only name the kind of value asked for: "What is the deadline for X?" asks a date of X,
# and a unit giving X's date ("complete by July 31", "within five business days") answers it.
KIND_NOUNS: dict[str, frozenset[str]] = {
    "when": frozenset({"deadline", "deadlines", "date", "dates", "timing", "timeline", "timeframe", "due"}),
    "quantity": frozenset({"deadline", "deadlines", "timeframe", "duration", "length", "size", "total"}),
    "frequency": frozenset({"frequency", "cadence", "rhythm"}),
}


# "How long can X last?": the verb of lasting (WordNet 3.0 last.v.01 "persist for a specified period of time") ends
# the asking, as "long" does; it is not what the clause asks about.
_LASTING = re.compile(r"\bhow\s+long\b.*\b(last|lasts)\W*$", re.IGNORECASE)


def asking_words(clause: str, kind: AnswerType | None) -> list[str]:
    """The words of a clause that belong to its asking, not to what it asks about: the verb a "who"
    is the object of, the degree word after "how", and nouns naming the kind of value asked for."""
    out: list[str] = []
    if kind == "who" and (verb := addressee_verb(clause)):
        out.append(verb)
    if kind in ("quantity", "frequency"):
        out += [m.group(1) for m in _HOW_DEGREE.finditer(clause)]
    if kind == "quantity":  # "how far *in advance* / *ahead* / *beforehand*": the rest of the measure asked
        out += [m.group(1) for m in _HOW_FAR.finditer(clause)]
    if kind == "quantity" and (verb := _LASTING.search(clause)):
        out.append(verb.group(1))
    kind_nouns = KIND_NOUNS.get(kind or "", frozenset())
    out += [w for w in re.findall(r"[a-z]+", clause.lower()) if w in kind_nouns]
    return out


def answer_types(question: str) -> list[AnswerType | None]:
    """The answer type of each clause of a question, in order (a follow-up's carried context
    "(follow-up to: ...)" asks nothing itself)."""
    return [answer_type(clause) for clause in clauses(_CARRIED.sub("", question))]


@lru_cache(maxsize=32768)
def _amounts(text: str) -> tuple[tuple[int, int, bool], ...]:
    """(start, end, is_frequency) of each number in ``text``; "every 3 weeks" is a frequency."""
    out = []
    for mention in numbers(text):
        before = text[max(0, mention.start - 12) : mention.start]
        out.append((mention.start, mention.end, _EVERY_BEFORE.search(before) is not None))
    return tuple(out)


@lru_cache(maxsize=65536)
def holds(kind: AnswerType | None, text: str, question: str = "") -> bool:
    """Whether ``text`` holds the kind of fact asked for (numbers already in the question do not count)."""
    if kind is None:
        return True
    asked_numbers = {value for _, _, _, value in _values(question)}
    restated = _restated(question, text)  # "72 hours" in the text where the question says "three days"
    fresh = [(s, e, f) for s, e, f, value in _values(text) if value not in asked_numbers and s not in restated]
    if kind == "quantity":
        measure = quantity_kind(question) if question else "count"
        if measure == "extent":  # a text's length: a duration as before, or a number of words, characters, pages ...
            return holds_quantity("duration", text, of_asked_dimension("duration", question, text, fresh)) \
                or states_extent(text, fresh)
        # a number of another dimension than the asked one (a span of time for a count of things, a rank of time
        # or a percentage for a length) does not give it (assistant/qa/dimension.py)
        measured = of_asked_dimension(measure, question, text, fresh)
        if measure == "duration":  # a length asked of a thing: a length that only sets a case of it gives none
            measured = without_case_bounds(text, measured, question)
        return holds_quantity(measure, text, measured)
    if kind == "frequency":
        return _FREQUENCY.search(text) is not None
    if kind == "when":
        granule = asked_granule(question)
        if granule == "day":
            return _DAY_STATED.search(text) is not None or _HOLIDAY_STATED.search(text) is not None
        if granule == "clock":
            return _CLOCK_STATED.search(text) is not None
        lowered = {w.lower() for w in re.findall(r"[A-Za-z]+", text) if w not in _MONTH_HOMONYMS}
        return _fresh_time(text, asked_numbers) or bool(lowered & DATE_WORDS) or _WHEN.search(text) is not None
    if kind == "who":
        return _ROLE.search(text) is not None or any(name not in names(question) for name in names(text))
    if kind == "permission":
        return _RULE.search(text) is not None
    return True


# Month names that are also common words in lower case: the modal "may", the verb "march". Only the capitalised word
# names the month ("in May", "March 31"); "Flextime may not be appropriate" says no time.
_MONTH_HOMONYMS = frozenset({"may", "march"})
# The head noun of the interrogative determiner phrase says how fine the asked time is (``asked_granule``): a day
# ("which day", "what days") is stated by a weekday, a day of the month ("the 15th", "the last business day of the
# month"), a calendar date or a day placed against another ("the day prior", "the same day", "daily"); a clock time
# ("what time", "what hours") by a time of day ("10:00 a.m.", "from 8 to 5", "noon", "in the morning"). A time of
# another grain ("the end of the previous payroll period", "during an employee's vacation", "at least one week
# prior") does not answer it (TimeML TIMEX3 granularity: a DATE of day grain vs a TIME of day, Pustejovsky et al.,
# 2003; ISO 24617-1, 2012).
_MONTH_NAMES = "|".join(MONTHS)
_DAY_STATED = re.compile(
    r"\b(?:" + "|".join(WEEKDAYS) + r")s?\b|\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?(?=\s*[-–,/])"
    r"|\b\d{1,2}(?:st|nd|rd|th)\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b"
    r"|\b(?:" + _MONTH_NAMES + r")\s+\d{1,2}\b|\b\d{1,2}\s+(?:" + _MONTH_NAMES + r")\b"
    r"|\b(?:first|second|third|fourth|last|final|next|same|previous|preceding|following)\s+"
    r"(?:(?:business|working|calendar|week|work)\s+)?days?\b|\b(?:" + "|".join(ORDINALS) + r")\s+(?:day|of\s+the\s+month)\b"
    r"|\bday\s+(?:before|after|prior|of\s+the\s+month)\b|\b(?:every|each)\s+(?:other\s+)?(?:day|weekday)\b|\bdaily\b"
    r"|\b(?:weekends?|weekdays|today|tomorrow|yesterday)\b|\b(?:payday|pay\s+day)\s+is\b",
    re.IGNORECASE | re.UNICODE)
# A day named as a holiday ("Christmas Day", "New Year's Day", "Labor Day", "Thanksgiving"): a day of the year.
_HOLIDAY_STATED = re.compile(r"\b[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)?\s+Day\b|\b(?:Christmas|Thanksgiving|Easter|Juneteenth|Diwali|"
                             r"Eid|Hanukkah|Passover|Yom\s+Kippur|Rosh\s+Hashanah)\b")
_CLOCK_STATED = re.compile(
    r"\b\d{1,2}(?::\d{2})?\s*(?:a\.?\s?m\b\.?|p\.?\s?m\b\.?)|\b\d{1,2}[:.]\d{2}\b|\b(?:noon|midday|midnight|o['’]clock)\b"
    r"|\b(?:from|between)\s+\d{1,2}(?::\d{2})?\s*(?:to|until|till|and|-|–)\s*\d{1,2}\b"
    r"|\b(?:mornings?|afternoons?|evenings?|lunchtime|lunch\s*time|overnight)\b|\b(?:[01]?\d|2[0-3])h\d{2}\b",
    re.IGNORECASE)
_DAY_HEAD = re.compile(r"\b(?:what|which)\s+(?:[\w-]+\s+){0,2}?(?:days?|weekdays?)" + _PHRASE_END, re.IGNORECASE)
# ... but "within / in / for what time" asks a span ("within what time after the placement must I use it?").
_CLOCK_HEAD = re.compile(
    r"(?<!\bwithin\s)(?<!\bin\s)(?<!\bfor\s)\b(?:what|which)\s+(?:[\w-]+\s+){0,2}?(?:times?|hours)" + _PHRASE_END
    + r"|\bwhat(?:'s|’s|\s+is|\s+are|\s+were|\s+was)\s+(?:the|my|our|your|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:hours|times)" + _PHRASE_END, re.IGNORECASE)


def asked_granule(question: str) -> str | None:
    """How fine a time a when-question asks by the head of its interrogative determiner phrase: ``"day"`` ("On which
    day ...?"), ``"clock"`` ("What time ...?", "What are the core hours?"), else None (any time answers)."""
    if _DAY_HEAD.search(question):
        return "day"
    if _CLOCK_HEAD.search(question):
        return "clock"
    return None


def _restated(question: str, text: str) -> set[int]:
    """Where the quantities of ``text`` start that restate one of the question's in another unit or in
    words ("72 hours" for "three days", "$1,000" for "a thousand dollars"): they are not an answer."""
    if not question:
        return set()
    asked = {(q.dimension, q.value) for q in quantities(question)}
    return {q.start for q in quantities(text) if (q.dimension, q.value) in asked} if asked else set()


_AFTER_ORDINAL = re.compile(r"^\s+(?:[\w-]+\s+)?" + _TIME_NOUN + r"\b|^\s+of\s+[A-Z]", re.IGNORECASE)


def _fresh_time(text: str, asked_numbers: set[float | None]) -> bool:
    """A number not in the question that can say when: a cardinal ("day 85", "2026"), or an ordinal
    before a time ("the first week", "the 1st of June"), never an ordinal alone ("a first draft")."""
    return any(m.value not in asked_numbers and (not m.ordinal or _AFTER_ORDINAL.match(text[m.end:]))
               for m in numbers(text))


# Words that name a kind of value: a table column or heading using one says what its values are.
TYPE_WORDS: dict[str, frozenset[str]] = {
    "frequency": frozenset({"cadence", "frequency", "often", "rhythm", "interval", "schedule"}),
    "quantity": frozenset({"amount", "number", "count", "length", "duration", "total", "limit", "maximum", "minimum",
                           "rate", "value", "hours", "days", "weeks", "months", "size", "budget", "cost", "price",
                           "fee", "percentage", "percent", "allowance", "cap"}),
    "when": frozenset({"when", "date", "dates", "deadline", "due", "timing", "timeline", "period", "window",
                       "month", "year", "day"}),
    "who": frozenset({"who", "owner", "responsible", "approver", "approves", "contact", "role", "person",
                      "reviewer", "decides"}),
}


def names_kind(text: str, kind: AnswerType | None) -> bool:
    """Whether ``text`` (a column name, a heading) names the kind of value asked for ("Minimum cadence")."""
    words = TYPE_WORDS.get(kind or "", frozenset())
    return bool(words) and any(w in words for w in re.findall(r"[a-z]+", text.lower()))


QuantityKind = Literal["money", "percent", "duration", "extent", "count"]

# "What portion of" is left unread: a portion is told as often by an amount or a thing ("up to 40 hours of unused
# vacation", "the first $500", "the serial part") as by a percentage.
_PERCENT_Q = re.compile(r"\bwhat\s+(?:percentage|percent|share|proportion|fraction)\b|\bpercent(?:age)?\b", re.IGNORECASE)
# Money nouns asked about; "severance" is money paid on leaving (WordNet 3.0 noun severance pay, severance: "a sum of
# money paid to an employee on termination").
_MONEY_Q = re.compile(
    r"\b(?:stipends?|budgets?|allowances?|bonus(?:es)?|premiums?|salary|salaries|wages?|reimburse\w*|costs?|fees?|"
    r"prices?|spend(?:ing)?|per\s+diem|compensation|severance|money|dollars?|euros?|pounds?)\b|\bpay(?!\s+periods?)\b"
    r"|\bhow\s+much\s+(?:is|are|does|do|will|would)\b[^?]{0,40}\b(?:worth|paid|pay|cost)\b", re.IGNORECASE)
_DURATION_Q = re.compile(
    r"\bhow\s+(?:long|soon|quickly|fast|promptly|far\s+(?:ahead|in\s+advance))\b"
    r"|\bhow\s+(?:many|much)\s+(?:[\w-]+\s+){0,3}?(?:minutes?|hours?|days?|weeks?|months?|years?|time|notice|"
    r"leave|vacation|pto|holidays?|sick\s+(?:leave|time|days?))\b"
    r"|\b(?:length|duration)\b"
    r"|\b(?:minimum|maximum|longest|shortest|most|least)\b[^?]{0,60}\b(?:hours?|days?|weeks?|months?|years?|leave|"
    r"vacation|time\s+off|pto)\b",
    re.IGNORECASE)
_PERCENT = re.compile(r"\d\s?%|\bper\s?cent\b|\bpercent(?:age)?\b", re.IGNORECASE)
# A percentage's value: a number with the sign or word after it ("85%", "50 percent", "ten per cent"), or a number
# labelled as one ("Percentage: 80", "Employer share (%): 80").
_PERCENT_AFTER = re.compile(r"\s?(?:%|per\s?cent\b|percent\b)", re.IGNORECASE)
_PERCENT_LABEL = re.compile(r"(?:\bpercent(?:age)?|%)\)?\s*[:=]\s*$", re.IGNORECASE)
_TIME_UNIT = re.compile(r"^[\s\-–(]*(?:\(\d+\)\s*)?(?:[\w-]+\s+){0,2}?(?:minutes?|mins?|hours?|hrs?|days?|weeks?|"
                        r"months?|years?|quarters?|pay\s+periods?|fortnights?|workdays?)\b", re.IGNORECASE)
_MONEY_WORDS = re.compile(r"\b(?:no\s+(?:set\s+)?(?:limit|maximum|cap)|unlimited|fully\s+(?:covered|reimbursed|paid)|"
                          r"free\s+of\s+charge|at\s+no\s+cost)\b", re.IGNORECASE)
_OPEN_BOUND = re.compile(r"\b(?:no\s+(?:set\s+)?(?:limit|maximum|minimum|cap|ceiling)|unlimited|indefinitely|"
                         r"immediately|same\s+day|next\s+(?:business\s+|working\s+)?day)\b", re.IGNORECASE)
# A duration bounded by an event rather than counted ("until the end of probation", "for the rest of
# the year", "for as long as the leave lasts", "until they return"): it answers how long.
_EVENT_BOUND = re.compile(
    r"\b(?:until|till|through(?:out)?)\s+(?:the\s+)?(?:end|close|completion|conclusion|expiry|expiration)\s+of\b"
    r"|\bfor\s+the\s+(?:duration|length|rest|remainder|life)\s+of\b|\b(?:for\s+)?as\s+long\s+as\b"
    r"|\buntil\s+(?:you|they|he|she|the\s+[\w-]+)\s+(?:return|come\s+back|leave|resign|retire)s?\b", re.IGNORECASE)


# The word right after "how many": what is counted ("how many *people*") unless it is a money word ("how many dollars");
# "pay periods" is read whole (a count, not pay).
_HOW_MANY = re.compile(r"\bhow\s+many\s+([a-z'’-]+(?:\s+periods?\b)?)", re.IGNORECASE)


# Pay stated as a span of one's pay ("4 months of pay", "two weeks' salary", "one month's base pay", "5 weeks of
# severance pay", "Two (2) weeks base salary"): an amount of money counted in pay periods, as severance and notice pay
# are written; so is a span per year of service ("one week for every year of completed service") and severance said
# to be a span ("the maximum allowed severance is eight weeks"). A bare "N months' severance" is not read: it names the
# benefit as often as its amount ("let go so that they receive 4 months' severance"). Sources: SHRM severance pay
# policy template, ilovelaw.ca severance pay (one week's pay per year of service), reference.com "average severance
# pay" (probe evals/probes/round35/qatype35b.jsonl).
_SPAN = (r"\b(?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|"
         r"twenty-four|twenty-six|fifty-two)(?:\s*\(\d+\))?\s+(?:(?:full|calendar|working)\s+)?(?:days?|weeks?|months?|years?)")
_PAY_SPAN = re.compile(
    _SPAN + r"(?:['’]s?|\s+of)?\s+(?:(?:full|base|basic|regular|normal|your|their|his|her|severance)\s+)*"
    r"(?:pay|salary|wages?|earnings)\b"
    r"|" + _SPAN + r"['’]?[^.;:]{0,60}?\b(?:per|for\s+(?:each|every))\s+(?:completed\s+|full\s+)?years?\s+"
    r"(?:[\w-]+\s+){0,3}?(?:service|employment|worked|employed)\b"
    r"|\bseverance(?:\s+pay)?\s+(?:is|of|equals?|equal\s+to|equivalent\s+to|totals?)\s+(?:up\s+to\s+|at\s+least\s+)?"
    + _SPAN, re.IGNORECASE)


def quantity_kind(question: str) -> QuantityKind:
    """What a how-many / how-much question asks for: a percentage, an amount of money, a duration
    or a count ("What percentage ...", "How much is the stipend", "How long ...", "How many IPMs")."""
    if _PERCENT_Q.search(question):
        return "percent"
    if _DURATION_Q.search(question):  # "How long should sentences be?": a text's length (assistant/qa/extent.py)
        return "extent" if asks_text_extent(question) else "duration"
    # "How many people do I invite to my salary review?": the noun "how many" counts is what is asked, whatever the
    # clause names after it (a money word elsewhere in the clause is its topic, not the unit asked).
    counted = _HOW_MANY.search(question)
    if counted and not _MONEY_Q.fullmatch(counted.group(1)):
        return "count"
    if _MONEY_Q.search(question) or _MOST_PAID_Q.search(question):
        return "money"
    if _LEAD_TIME_Q.search(question):  # "how much warning should I give before ..."
        return "duration"
    return "count"


QUANTITY_ASKED = {"money": "an amount of money", "percent": "a percentage", "duration": "a duration",
                  "extent": "a length (in time, words, characters, lines or pages)",
                  "count": "a number"}


def asked_for(kind: AnswerType | None, clause: str) -> str | None:
    """What a clause asks for, in words ("a duration", "a date, time or period")."""
    if kind == "quantity":
        return QUANTITY_ASKED[quantity_kind(clause)]
    return ASKED.get(kind) if kind else None


# A share told by a fraction word or as the whole ("half the amount", "two-thirds of", "full salary", "in full").
_SHARE = re.compile(r"\b(?:half|one[- ]half|a\s+third|one[- ]third|two[- ]thirds|a\s+quarter|one[- ]quarter|"
                    r"three[- ]quarters)\s+(?:of\s+)?(?:(?:the|their|your|his|her|its)\s+)?(?:[\w-]+\s+)?"
                    r"(?:amount|pay|salary|wages?|rate|allowance|budget|cost|total|entitlement)\b"
                    r"|\bfull\s+(?:salary|pay|base\s+pay|wages?|rate)\b|\bin\s+full\b", re.IGNORECASE)
# A percentage told in words, of whatever whole: a fraction of it ("half of the premium cost", "two-thirds of the
# bill") or the whole ("the entire cost of the premium", "fully cover premiums"): a "what percent of" question
# is answered by them as much as by "50%" (sources: healthcoverageguide.org premiums, affiliatepal.net employer
# contribution, kgwashford.co.uk employer share).
_WHOLE_SHARE = re.compile(r"\b(?:half|one[- ]half|(?:a|one|two)[- ]thirds?|(?:a|one|three)[- ]quarters?|"
                          r"(?:one|two|three|four)[- ]fifths?)\s+of\b"
                          r"|\b(?:the\s+)?(?:full|entire|whole)\s+(?:[\w-]+\s+)?(?:cost|premiums?|amount|price|bill|fee|"
                          r"balance|contribution)s?\b"
                          r"|\bfully\s+(?:covers?|covered|cover(?:ing)?|pays?|paid|funds?|funded|reimburse[sd]?)\b"
                          r"|\b(?:at\s+no\s+cost|free\s+of\s+charge)\b", re.IGNORECASE)
# A length of time counted by the article or a vague count ("a month's notice", "within a week", "a fortnight",
# "a couple of weeks") ...
_ARTICLE_DURATION = re.compile(r"\b(?:an?|a\s+couple\s+of|a\s+few|several)\s+(?:full\s+|calendar\s+|working\s+|"
                               r"business\s+)?(?:minute|hour|day|week|fortnight|month|quarter|year)s?\b", re.IGNORECASE)
# ... unless it is a rate's period ("once a week", "8 hours a day", "twice a year") or bounds a case ("if the leave
# extends beyond a week", "absences of more than a month").
_RATE_BEFORE = re.compile(r"(?:\d|\b(?:once|twice|thrice|times|per|minutes?|hours?|days?|weeks?|months?))\s*$",
                          re.IGNORECASE)
_BOUND_BEFORE = re.compile(r"\b(?:beyond|over|exceed(?:s|ing)?|(?:more|longer|less|fewer|shorter)\s+than|under)\s*$",
                           re.IGNORECASE)


def article_duration(text: str) -> bool:
    """Whether ``text`` states a length of time counted by "a"/"an" or a vague count, not a rate's period or a
    bound of a case."""
    return any(not _RATE_BEFORE.search(text[:m.start()]) and not _BOUND_BEFORE.search(text[:m.start()])
               for m in _ARTICLE_DURATION.finditer(text))


def holds_quantity(kind: QuantityKind, text: str, fresh: list[tuple[int, int, bool]]) -> bool:
    """Whether ``text`` gives the kind of quantity asked (``fresh``: its numbers not in the question)."""
    if kind == "percent":  # the word "percent" gives no percentage without its value ("by the determined percent")
        return any(_PERCENT.search(text, s, e) or _PERCENT_AFTER.match(text, e) or _PERCENT_LABEL.search(text, 0, s)
                   for s, e, _ in fresh) \
            or _SHARE.search(text) is not None or _WHOLE_SHARE.search(text) is not None
    if kind == "money":
        return bool(mentions_money(text) or _PERCENT.search(text) or _MONEY_WORDS.search(text) or _SHARE.search(text)
                    or _PAY_SPAN.search(text) or states_postfix_amount(text))
    if kind == "duration":
        return any(not f and _TIME_UNIT.match(text[e:]) for _, e, f in fresh) or _OPEN_BOUND.search(text) is not None \
            or _EVENT_BOUND.search(text) is not None or article_duration(text)
    return any(not f for _, _, f in fresh) or _AMOUNT_WORDS.search(text) is not None


@lru_cache(maxsize=32768)
def _values(text: str) -> tuple[tuple[int, int, bool, float | None], ...]:
    """Each number mention of ``text`` (as :func:`_amounts`) with the value its own text reads as."""
    return tuple((s, e, f, _value(text[s:e])) for s, e, f in _amounts(text))


def _value(raw: str) -> float | None:
    found = numbers(raw)
    return found[0].value if found else None


def missing_names(question_names: list[str], passage: Passage, pool: Sequence[Passage] = ()) -> list[str]:
    """The question's names that neither the passage nor its document's metadata mention (a name
    joined by "and" is found when each of its parts is: "Correll and Simard").

    A page that names no organisation of its own belongs to the handbook it was published in: a name
    that at least :data:`SIBLING_DOCUMENTS` other documents of that handbook in ``pool`` (the retrieved
    passages: same folder, same file-name prefix, "18f-overtime.md" beside "18f-leave.md") mention
    counts as mentioned by it too ("at TTS" for a TTS page that only says "GSA")."""
    where = f"{passage.context}\n{passage.text}\n{passage.scope_text}"
    missing = [name for name in question_names if not _mentions_all(name, where) and not written_apart(name, passage)
               and not _other_form(name, passage)]
    if not missing or passage.organisation or not pool:
        return missing
    siblings = _siblings(passage, pool)
    return [name for name in missing
            if sum(1 for where in siblings.values() if _mentions_all(name, where)) < SIBLING_DOCUMENTS]


SIBLING_DOCUMENTS = 2  # other pages of one handbook that must name what a page of it does not


def _other_form(name: str, passage: Passage) -> bool:
    """Whether the passage writes ``name`` in another form (round 38, :mod:`assistant.qa.name_forms`): as the
    initialism of its words ("REG" for "Research Engineering Group"), or, for the owner's name before a thing's own
    name ("Turing Zoom"), the owner in the document's scope and the thing's name in the passage."""
    from assistant.qa.name_forms import initialism_written, owner_before_name

    text = f"{passage.context}\n{passage.text}"
    return initialism_written(name, text) or owner_before_name(name, passage.scope_text, text, _mentions)


def written_apart(name: str, passage: Passage) -> bool:
    """Whether the passage names ``name`` split in two: a programme of two or more words and the place or
    provider the question puts before it ("California Paid Family Leave", "Insperity Education Assistance
    Program"), both in one sentence of the passage ("In California, ... Paid Family Leave programs",
    "Insperity's Education Assistance Program") or the first in the document's own scope (its organisation,
    title). A part no sentence names ("Oregon", "Workforce Commission") keeps the name missing."""
    parts = name.split()
    if len(parts) < 3:
        return False
    texts = [s for s in sentences(f"{passage.context}\n{passage.text}") if s.strip()]
    for cut in range(1, len(parts) - 1):
        first, rest = " ".join(parts[:cut]), " ".join(parts[cut:])
        holding = [s for s in texts if _mentions(rest, s)]
        if holding and (_mentions(first, passage.scope_text) or any(_mentions(first, s) for s in holding)):
            return True
    return False
_PREFIX = re.compile(r"^([A-Za-z0-9]+)[-_][A-Za-z0-9]")


def _mentions_all(name: str, where: str) -> bool:
    return all(_mentions(part, where) for part in re.split(r"\s+(?:and|&)\s+", name))


def _siblings(passage: Passage, pool: Sequence[Passage]) -> dict[str, str]:
    """The other documents of ``pool`` published beside ``passage``'s (same folder, same file-name
    prefix), each with the text its passages in the pool give (passages, headings, document metadata)."""
    prefix = _PREFIX.match(PurePath(passage.source).name)
    if prefix is None:
        return {}
    folder = PurePath(passage.path).parent
    out: dict[str, str] = {}
    for other in pool:
        found = _PREFIX.match(PurePath(other.source).name)
        if other.source == passage.source or found is None or found.group(1).casefold() != prefix.group(1).casefold() \
                or PurePath(other.path).parent != folder:
            continue
        out[other.source] = f"{out.get(other.source, '')}\n{other.context}\n{other.text}\n{other.scope_text}"
    return out


_CAPITALISED_RUN = re.compile(r"\b[A-Z][a-z]+(?:\s+(?:of\s+)?[A-Z][a-z]+)+")


# One country, several written forms: a question's form is found when the document uses another.
COUNTRY_FORMS = (
    ("US", "USA", "United States", "United States of America"),
    ("UK", "United Kingdom", "Great Britain", "Britain"),
)
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


def name_forms(name: str) -> list[str]:
    """The written forms of a name: itself, its country's other forms ("USA" -> "US", "United
    States"), and a compound written closed or open ("CivicActions" <-> "Civic Actions")."""
    bare = name.replace(".", "")
    forms = [name]
    for group in COUNTRY_FORMS:
        if any(bare.casefold() == form.replace(".", "").casefold() for form in group):
            forms += [form for form in group if form.casefold() != bare.casefold()]
    spaced = _CAMEL.sub(" ", name)
    if spaced != name:
        forms.append(spaced)
    elif " " in name and all(part[:1].isupper() for part in name.split()):
        forms.append(name.replace(" ", ""))
    return forms


def _mentions(name: str, where: str) -> bool:
    """Whether ``where`` mentions ``name`` in any of its written forms (:func:`name_forms`). An identifier
    of letters and digits ("401k", "W2", "I9") is the same identifier with punctuation inside it ("401(k)",
    "W-2", "I-9")."""
    if any(_mentions_form(form, where) for form in name_forms(name)):
        return True
    if _IDENTIFIER.fullmatch(name):
        return _mentions_form(name, closed_identifiers(where))
    return False


# A name of letters and digits, both ("401k", "W2", "I9").
_IDENTIFIER = re.compile(r"(?=\w*\d)(?=\w*[A-Za-z])[A-Za-z0-9]+")
_OPEN_IDENTIFIER = (re.compile(r"\b(\d+)\(([A-Za-z]{1,3})\)"), re.compile(r"\b([A-Za-z])-(\d{1,4})\b"))


def closed_identifiers(text: str) -> str:
    """``text`` with each identifier of letters and digits written closed ("401(k)" -> "401k", "W-2" ->
    "W2")."""
    for pattern in _OPEN_IDENTIFIER:
        text = pattern.sub(r"\1\2", text)
    return text


def _mentions_form(name: str, where: str) -> bool:
    """:func:`assistant.text.mentions_name`, except that a two-letter acronym ("US", "UK", "IT") must
    stand in capitals ("US", "U.S.") or be spelled out in capitalised words ("United States"): in
    lower case it is a word ("let us know") or the initials of any phrase ("upon submission")."""
    letters = name.replace(".", "")
    if not (letters.isalpha() and letters.isupper() and len(letters) == 2):
        return mentions_name(name, where)
    if re.search(r"(?<![\w.])" + r"\.?".join(letters) + r"\.?(?![\w])", where):
        return True
    return any("".join(w[0] for w in run.split() if w != "of") == letters for run in _CAPITALISED_RUN.findall(where))


# A rate of an event, read as (times, period): "daily" / "every day" / "once a day" (1, "1 day"),
# "twice a week" (2, "1 week"), "every two weeks" / "biweekly" (1, "2 week").
_RATE_ADJECTIVES = {"daily": "1 day", "weekly": "1 week", "monthly": "1 month", "quarterly": "1 quarter",
                    "yearly": "1 year", "annually": "1 year", "biweekly": "2 week", "bi-weekly": "2 week",
                    "fortnightly": "2 week", "hourly": "1 hour"}
_RATE = re.compile(
    r"\b(?P<adj>" + "|".join(_RATE_ADJECTIVES) + r")\b"
    r"|\b(?:(?P<times>once|twice|thrice|\w+\s+times)\s+(?:a|an|per|every|each)"
    r"|every|each|per)\s+(?:(?P<n>other|\d+|two|three|four|six)\s+)?(?:(?:fiscal|calendar|working|business|school|financial)\s+)?"
    r"(?P<unit>hour|day|week|month|quarter|year)s?\b",
    re.IGNORECASE)
_SMALL = {"other": 2, "two": 2, "three": 3, "four": 4, "six": 6, "once": 1, "twice": 2, "thrice": 3}


def rates(text: str) -> set[tuple[int, str]]:
    """The rates of events ``text`` states, as (times, period) ("check in once a week" -> (1, "1 week"))."""
    out = set()
    for m in _RATE.finditer(text):
        if m.group("adj"):
            out.add((1, _RATE_ADJECTIVES[m.group("adj").lower()]))
            continue
        times_word = (m.group("times") or "once").lower().split()[0]
        times = _SMALL.get(times_word) or (int(times_word) if times_word.isdigit() else 0)
        every = m.group("n")
        count = int(every) if every and every.isdigit() else _SMALL.get((every or "").lower(), 1)
        out.add((times, f"{count} {m.group('unit').lower()}"))
    return out


def other_rate(question: str, text: str) -> bool:
    """Whether ``text`` answers for other rates than the one the question names: the question sets a
    rate as its case ("... when they check in every day?") and the unit states rates, none of them
    that one ("... once a week ..., once a month ..."), so it speaks of other cases."""
    asked = rates(question)
    if not asked:
        return False
    stated = rates(text)
    return bool(stated) and not (asked & stated)


def same_organisation(a: Passage, b: Passage) -> bool:
    """Whether two passages may be quoted together (an unknown organisation mixes with any)."""
    if not a.organisation or not b.organisation:
        return True
    return a.organisation.casefold() == b.organisation.casefold()


_COMPARE = re.compile(r"\b(?:compare[sd]?|comparison|versus|vs\.?|differ(?:ence|ent|s)?|both|each\s+of|between)\b",
                      re.IGNORECASE)


def asks_to_compare(question: str) -> bool:
    """Whether a question asks to compare (organisations, documents): then scopes may mix."""
    return _COMPARE.search(question) is not None


_VALUE = re.compile(r"\b(\d+(?:\.\d+)?|" + "|".join(
    ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
     "fifteen", "twenty", "thirty", "sixty", "ninety"]) + r")(?:\s*\(\d+\))?[\s-]+((?:calendar|business|working)\s+)?"
    + _UNITS, re.IGNORECASE)


def measures(text: str) -> dict[str, set[tuple[float, str]]]:
    """Each unit of measure in ``text`` with its (value, qualifier) pairs: "3 business days" gives
    ``{"day": {(3.0, "business")}}``."""
    out: dict[str, set[tuple[float, str]]] = {}
    for match in _VALUE.finditer(text):
        value = _value(match.group(1))
        if value is None:
            continue
        unit_text = match.group(0)[match.end(2) - match.start(0) if match.group(2) else len(match.group(1)):]
        unit = re.sub(r"^[\s\-(\d)]+", "", unit_text).lower().rstrip("s").replace("per cent", "percent")
        unit = unit.split()[-1] if unit else unit
        qualifier = (match.group(2) or "").strip().lower()
        out.setdefault(unit, set()).add((value, qualifier))
    return out


def conflicting(a: str, b: str) -> bool:
    """Whether two quotes give different values for the same measure (3 calendar vs 3 business days)."""
    ma, mb = measures(a), measures(b)
    return any(ma[unit] and mb[unit] and not ma[unit] & mb[unit] for unit in set(ma) & set(mb))


# A time limit: a number of time units with a bound before it ("within 30 days", "no later than 5
# business days") or after it ("up to 30 days in the past", "90 days prior to").
_LIMIT_BEFORE = re.compile(r"\b(?:within|up\s+to|no\s+later\s+than|not\s+later\s+than|no\s+more\s+than|at\s+most|"
                           r"maximum\s+of|limit\s+of|deadline\s+of|before|by)\s+(?:the\s+|a\s+)?(?:first\s+|next\s+|last\s+)?$",
                           re.IGNORECASE)
_LIMIT_AFTER = re.compile(r"^(?:\s+(?:calendar|business|working))?\s*(?:\([^)]*\)\s*)?\s*(?:minutes?|hours?|days?|weeks?|"
                          r"months?|years?)\s+(?:in\s+the\s+past|ago|prior\s+to|before|of\s+(?:the|receiving|being|"
                          r"your|their))\b", re.IGNORECASE)
# A question about acting late or about a deadline: "Can I still fix it?", "I forgot to ... two
# months ago", "how soon do I have to", "what is the deadline".
_TIMING_Q = re.compile(r"\b(?:still|late|later|too\s+late|forgot|forget|forgotten|missed|overdue|ago|deadline|"
                       r"time\s+limit|how\s+(?:quickly|soon)|by\s+when|retroactive(?:ly)?|backdate\w*|in\s+the\s+past)\b",
                       re.IGNORECASE)


# A time limit with no digits or number word: a single unit after a bound, the indefinite article as the numeral
# one ("within a year of the birth", "no later than a week before"), or a point in time after a bound of
# deadline ("by the end of the calendar year", "no later than November 15th", "before the close of the pay
# period"). Quirk et al. (1985) 5.25, the indefinite article as a weak form of "one"; 9.40, "by" of the
# latest time.
_LIMIT_WORDS = (r"\b(?:within|no\s+later\s+than|not\s+later\s+than|by|before|up\s+to)\s+an?\s+"
                r"(?:(?:calendar|business|working)\s+)?(?:hour|day|week|fortnight|month|quarter|year)\b"
                r"|\b(?:by|no\s+later\s+than|not\s+later\s+than|before)\s+(?:the\s+)?(?:end|close|last\s+day)\s+of\s+"
                r"(?:the\s+|this\s+|that\s+|each\s+|every\s+|your\s+|their\s+)?(?:[\w-]+\s+){0,2}?"
                r"(?:day|week|month|quarter|year|period|cycle|term|shift)\b"
                r"|\b(?:by|no\s+later\s+than|not\s+later\s+than)\s+(?:the\s+\w+\s+of\s+)?(?:"
                + "|".join(sorted(m for m in MONTHS if m != "may")) + r")\b")  # "by may": rarely the month
_LIMIT_IN_WORDS = re.compile(_LIMIT_WORDS, re.IGNORECASE)


def states_time_limit(text: str) -> bool:
    """Whether ``text`` states a time limit ("within 30 days", "up to 30 days in the past", "within a year of
    the birth", "by the end of the calendar year")."""
    if _LIMIT_IN_WORDS.search(text):
        return True
    for mention in numbers(text):
        unit_follows = _TIME_UNIT.match(text[mention.end:])
        if unit_follows is None:
            continue
        if _LIMIT_BEFORE.search(text[max(0, mention.start - 40) : mention.start]) \
                or _LIMIT_AFTER.match(text[mention.end:]):
            return True
    return False


def asks_timing(question: str) -> bool:
    """Whether a question asks about a deadline or about doing something late."""
    return _TIMING_Q.search(question) is not None


# An outcome asked: "what happens (to X) if/when ...", "what are the consequences of ...". A policy states an
# outcome as the sentence after the rule it follows from ("... returning all equipment. Failure to do so may
# lead to ..."; "Comp time expires one year after it is earned. When you reach the expiration date, you will
# forfeit the leave.").
_OUTCOME_Q = re.compile(r"\bwhat\s+(?:happens|will\s+happen|would\s+happen|happened)\b"
                        r"|\bwhat\s+(?:are|is)\s+the\s+(?:consequences?|outcome|penalty|penalties)\b", re.IGNORECASE)


def asks_outcome(question: str) -> bool:
    """Whether a question asks what follows from an act or an event ("what happens if I don't ...")."""
    return _OUTCOME_Q.search(question) is not None


# A lead time asked: how far ahead of an event something must be done ("how far in advance must I tell ...",
# "how much warning should I give before parental leave", "how early ..."), the asked value a span before it.
# A span of time asked before an event ("how many months must I work before ...") asks a tenure, not this.
# "How much notice / warning ...": a notice is a warning given ahead of an event (Merriam-Webster, notice n. 1a
# "warning or intimation of something"; warning n. 1 "the act of warning: the state of being warned", warn v. 1 "to
# give notice to beforehand"): the noun names a lead time, with or without the event named after it.
_LEAD_NOUNS = r"(?:advance\s+)?(?:notice|warning|heads[- ]up)"
_LEAD_TIME_Q = re.compile(
    r"\bhow\s+(?:far\s+(?:ahead|in\s+advance|beforehand)|early)\b"
    r"|\bhow\s+(?:much|many)\s+(?:(?:minutes?|hours?|days?|weeks?|months?)(?:['’]|\s+of)?\s+)?" + _LEAD_NOUNS + r"\b"
    r"|\bhow\s+(?:much|many)\s+(?!(?:minutes?|hours?|days?|weeks?|months?|years?|time)\b)[a-z'’-]+\s+"
    r"(?:should|must|do|does|will|would|need|needs|is|are)\b[^?]*\b(?:before|prior\s+to|ahead\s+of|"
    r"in\s+advance(?:\s+of)?|beforehand)\b",
    re.IGNORECASE)
# A lead time stated: a span of time units followed by the event it comes before ("5 business days before your
# upcoming leave", "60 days prior to the planned arrival", "3 months in advance") or naming it as notice
# ("2 weeks written notice", "two weeks' notice", "one month's notice").
_LEAD_AFTER = re.compile(
    r"^(?:\s+(?:calendar|business|working))?\s*(?:minutes?|hours?|days?|weeks?|months?|years?)(?:['’]s|['’])?"
    r"(?:\s+(?:or\s+more|at\s+least|of))?\s+(?:(?:advance|advanced|prior|written|formal)\s+)*"
    r"(?:before|prior\s+to|in\s+advance|ahead|beforehand|notice)\b", re.IGNORECASE)


# The event a lead time comes before, as a lead-time question names it ("... *before* I take a week of vacation").
_LEAD_EVENT = re.compile(r"\b(?:before|prior\s+to|ahead\s+of|in\s+advance\s+of)\b([^?.;]*)", re.IGNORECASE)


def lead_time_event(clause: str) -> frozenset[str]:
    """The content stems of the event a lead-time question asks the lead time of ("how much notice must I give
    before I take a week of vacation" -> {"take", "vacation"}; amounts and time units left out): a lead time is for
    the event it precedes, so a quote giving one for another event (a contract's renewal) does not answer. Empty when
    the clause asks no lead time or names no event."""
    from assistant.qa.focus import focus_stems, term_stems

    if not asks_lead_time(clause):
        return frozenset()
    found = _LEAD_EVENT.search(clause)
    if found is None:
        return frozenset()
    units = term_stems("minute minutes hour hours day days week weeks month months year years time")
    return frozenset(s for s in focus_stems(found.group(1)) if s not in units and not re.match(r"^\d+-", s))


def asks_lead_time(question: str) -> bool:
    """Whether a question asks how far ahead of an event something must be done (a lead time)."""
    return _LEAD_TIME_Q.search(question) is not None


def states_lead_time(text: str) -> bool:
    """Whether ``text`` states a lead time: a number of time units before an event or as notice ("a minimum of
    5 business days before your upcoming leave", "2 weeks written notice")."""
    return any(_LEAD_AFTER.match(text[mention.end:]) for mention in numbers(text))


# A modal (or "allowed to") governing a verb: "should not be used", "can be carried over", "may only request".
_MODAL_VERB = re.compile(
    r"\b(?:can(?:not)?|can't|could|may|might|must|mustn't|should|shouldn't|shall|will|won't|need\s+to|needs\s+to|"
    r"have\s+to|has\s+to|(?:is|are)\s+(?:not\s+)?(?:allowed|permitted|required|expected|encouraged)\s+to)"
    r"\s+(?:not\s+)?(?:\w+ly\s+)?(?:be\s+|have\s+)?([a-z]+)", re.IGNORECASE)


_NOT_ACTIONS = frozenset({"be", "have", "do", "get", "not", "the", "a", "an", "to", "also", "only", "still", "always"})


def asked_actions(question: str) -> frozenset[str]:
    """Every form of the words a question could ask to do ("use" -> use, uses, used, using)."""
    from assistant.text import inflections

    found = {w.lower() for w in re.findall(r"[A-Za-z]{3,}", question)} - _NOT_ACTIONS
    return frozenset(form for word in found for form in inflections(word))


def rules_on(text: str, actions: frozenset[str]) -> bool:
    """Whether ``text`` states a rule on one of the asked actions (:func:`asked_actions`): a modal
    governs it ("360s should not be used as ..." for "Should managers use ...?")."""
    return any(m.group(1).lower() in actions for m in _MODAL_VERB.finditer(text))


_SUBJECT_BEFORE = re.compile(r"(?:^|[,;:(]|\b(?:that|which|who|and|or|if|when)\b)\s*((?:[\w'’-]+\s+){0,3}[\w'’-]+)\s*$",
                             re.IGNORECASE)


def rules_on_act(text: str, actions: frozenset[str]) -> bool:
    """Whether ``text`` states a rule on one of the asked actions, named by the verb a modal governs ("You must
    *use* the PPL within a year") or by the head noun of its subject ("*Appeals* must be submitted within 10
    working days", "Paid parental *leave* must be taken ..."): the head is the last word of the modal's own clause
    before it, never a modifier ("New *performance* plans") nor a word of a clause before it."""
    for m in _MODAL_VERB.finditer(text):
        if m.group(1).lower() in actions:
            return True
        subject = _SUBJECT_BEFORE.search(text[: m.start()])
        head = subject.group(1).split()[-1].lower() if subject else ""
        if head in actions and head not in FUNCTION_WORDS and head not in PREPOSITIONS:
            return True
    return False


# "What documents do I have to submit?", "Which forms are needed?", "What are the steps ...?": a plural
# thing asked for, answered by a whole list rather than one of its items.
# "What kinds of disciplinary action ...?", "Which types of leave ...?": a plural kind noun asks for the members
# (WordNet kind.n.01 "a category of things distinguished by some common characteristic or quality", with its
# synonyms sort, form, variety, type.n.01), answered by the list of them; a singular one ("what kind of notice")
# asks which one.
_LIST_Q = re.compile(
    r"\b(?:what|which)\s+(?:[a-z-]+\s+)?([a-z]{3,}[^s\W]s)\s+(?:do|does|did|are|were|should|must|can|will|would|"
    r"have|has|need|needs|is)\b|\bwhat\s+are\s+the\s+(?:[a-z-]+\s+)?([a-z]{3,}[^s\W]s)\b"
    r"|\b(?:what|which)\s+(?:kinds|sorts|types|forms|varieties)\s+of\b", re.IGNORECASE)
# An enumeration: a colon or a listing phrase ("the following", "such as", "including") and then at least three
# coordinated members, the last after "and"/"or" ("any of the following: verbal warning, written warning, suspension
# with or without pay, and termination of employment"); the colon introducing a list (Chicago Manual of Style 6.65).
_ENUMERATION = re.compile(
    r"(?::|\bthe\s+following\b|\bsuch\s+as\b|\binclud(?:e|es|ing)\b)\s*"
    r"[^,;:.?!]{1,80},\s+(?:[^,;:.?!]{1,80},\s+)*(?:and|or)\s+[^,;:.?!]{1,80}", re.IGNORECASE)


def enumerates(text: str, members: frozenset[str] = frozenset()) -> bool:
    """Whether a sentence lists the members of a set after a colon or a listing phrase (three or more, the last
    coordinated): what a question asking for kinds or members is answered by. With ``members`` (the stems of the
    set the question names, :func:`listed_set`), the words before the list must name one of them ("disciplinary
    actions may involve any of the following: ..."), or the list is of something else."""
    found = _ENUMERATION.search(text)
    return found is not None and (not members or bool(content_stems(text[:found.start()]) & members))


# The set a kinds question names: up to three words after "of", before the clause's auxiliary or its end.
_SET_NOUN = re.compile(
    r"\b(?:what|which)\s+(?:kinds|sorts|types|forms|varieties)\s+of\s+((?:[\w-]+\s+){0,2}?[\w-]+)"
    r"(?=\s+(?:do|does|did|are|were|is|should|must|can|could|will|would|may|have|has|need|needs)\b|\s*[?,]|$)",
    re.IGNORECASE)


def listed_set(clause: str) -> frozenset[str]:
    """The content stems of the set a list question asks the members of ("what kinds of *disciplinary action*",
    "what *documents* do I ...", "what are the *steps*"); empty when the clause asks for no list."""
    found = _SET_NOUN.search(clause) or _LIST_Q.search(clause)
    if found is None:
        return frozenset()
    return frozenset(content_stems(" ".join(g for g in found.groups() if g)))


def asks_for_list(clause: str) -> bool:
    """Whether a clause asks for several things of one kind ("what documents do I have to submit")."""
    return _LIST_Q.search(clause) is not None


# --- the thing asked about ---------------------------------------------------------------------------

# A question names what it asks about as a noun phrase in a slot its asking opens: the complement of a
# measure ("how many days of *bereavement leave*"), the noun a quantity or wh-determiner takes ("how much
# *notice* must I give", "what *rating scale* does ..."), the noun of a degree phrase with an indefinite article
# ("how long a *paid sabbatical* ...", "how big a *relocation package*": how + adjective + a/an + noun, the article
# standing after the adjective), the subject of a copula ("what is the *dress
# code* for ...", "how much is the *referral bonus*", "is there a *waiting period* ..."), the object of a
# paying verb ("how much does X pay toward a *company car*") or, in a yes/no question about a benefit, the
# last noun phrase ("does X help employees repay *student loans*?"). A passage on the same topic that does
# not name that thing ("code of conduct" for a dress code, "spot bonus" for a referral bonus) cannot answer.
_DETERMINER = r"(?:(?:the|a|an|my|our|your|their|its|his|her|any|this|that|these|those)\s+)?"
_AUXILIARY = ("is|are|was|were|am|be|do|does|did|can|could|may|might|must|should|shall|will|would|has|have|had|"
              "get|gets|need|needs")
_HEAD_SLOT = re.compile(
    r"\bhow\s+(?:many|much)\s+(?:(?:calendar|business|working|paid|unpaid)\s+)?(?:minutes?|hours?|days?|weeks?|"
    r"months?|years?)\s+of\s+" + _DETERMINER
    + r"|\bhow\s+(?:much|many|long|big|large)\s+(?:is|are|was|were)\s+" + _DETERMINER
    + r"|\bhow\s+(?:long|big|large|high|generous|much)\s+an?\s+(?!(?:" + _AUXILIARY + r")\b)(?=[a-z])"
    + r"|\bhow\s+(?:much|many)\s+of\s+" + _DETERMINER
    + r"|\bhow\s+(?:much|many)\s+(?!(?:" + _AUXILIARY + r"|of)\b)(?=[a-z])"
    r"|\bhow\s+much\s+(?:does|do|will|would|can)\s+[\w'’-]+\s+(?:pay|give|contribute|reimburse|cover|offer|"
    r"provide)\s+(?:[\w-]+\s+){0,2}?(?:for|toward|towards|on)\s+" + _DETERMINER
    + r"|^\s*(?:(?:and|so|but)\s+)?(?:is|are)\s+there\s+(?:an?\s+|any\s+)" + _DETERMINER
    + r"|\b(?:what|which)(?:'s|’s|\s+is|\s+are|\s+was|\s+were)\s+" + _DETERMINER
    + r"|\b(?:what|which)\s+(?!(?:" + _AUXILIARY + r"|kind|type|sort|kinds|types)\b)(?=[a-z]|\d+[a-z]?\s+[a-z])",
    re.IGNORECASE)
# A measure asked with its thing outside the measure's own phrase (Quirk et al. 1985, A Comprehensive Grammar of the
# English Language, 11.14-11.16: the wh-element is the subject complement or the object of the clause, and what it
# measures stands elsewhere in the clause): the subject after a copula ("how many months *is the probation period*",
# "how many weeks a year are *sabbaticals*") or the "for"/"toward" complement of a paying verb in the clause that
# follows ("what's the maximum Hypha will reimburse *for a home office chair*", "the limit the company pays *toward
# a gym membership*"; the verbs of the "how much does X pay ... for" slot above).
_MEASURE_SUBJECT = re.compile(
    r"\s*(?:(?:a|an|per|each|every)\s+(?:day|week|month|year)\s+)?(?:is|are|was|were)\s+(" + _DETERMINER + ")",
    re.IGNORECASE)
# A copula that is an auxiliary: a participle after its subject ("how many days is the user *being placed* on
# probation", "in how many days is the work *completed*"): the measure is the verb's adverbial, its subject no thing.
_AUXILIARY_BE = re.compile(r"\s*(?:being\b|[a-z]+ed\b)", re.IGNORECASE)
_MEASURE_PAID_FOR = re.compile(
    r"\s*(?:(?:that|which)\s+)?(?:(?:does|do|did|will|would|can)\s+)?(?:[\w'’-]+\s+){1,3}?"
    r"(?:(?:will|would|can|could|may|might|does|do|did)\s+)?(?:pay|give|contribute|reimburse|cover|offer|provide)s?\s+"
    r"(?:[\w-]+\s+){0,2}?(?:for|toward|towards|on)\s+" + _DETERMINER, re.IGNORECASE)
_YES_NO_BENEFIT = re.compile(
    r"^\s*(?:does|do|will|would|is\s+there|are\s+there)\b[^?]*\b(?:offer|offers|provide|provides|pay|pays|cover|"
    r"covers|reimburse|reimburses|give|gives|help|helps|match|matches|subsidi[sz]e|subsidi[sz]es|fund|funds|grant|grants|"
    r"award|awards|issue|issues|contribute|contributes)\b",
    re.IGNORECASE)
_PHRASE_WORD = re.compile(r"[\w'’-]+|\S")
_NOT_HEAD = frozenset(FUNCTION_WORDS | PREPOSITIONS | MODALS) | frozenset(
    {"much", "many", "long", "often", "there", "get", "gets", "need", "needs", "like"})
# Words that only name the kind of value asked for or the time it is asked in: never the thing itself.
_KIND_WORDS = frozenset(
    {"minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years",
     "time", "times", "date", "dates", "deadline", "amount", "number", "percentage", "percent", "share",
     "proportion", "fraction", "rate", "rates", "limit", "limits", "maximum", "minimum", "total", "length", "duration",
     "size", "kind", "type", "sort", "way", "ways", "steps", "step", "process", "policy", "policies", "rule",
     "rules", "happens", "happen", "options", "option", "budget", "budgets", "allowance", "allowances", "stipend",
     "stipends", "reimbursement", "reimbursements", "fee", "fees", "cap", "caps", "value", "cost", "costs", "price", "bill",
     "bills", "bonus",
     "bonuses"})


# Kind words that name a benefit given (money paid for a purpose): in a yes/no question about a benefit ("does X pay
# a *bonus* ...") one standing alone is the thing asked about, no value of it ("a wellness allowance" asks about
# wellness).
# Subject pronouns that open a contact relative clause right after a noun (Quirk et al. 1985, 17.12: "the days I
# haven't used"): the clause says which of the noun's referents, not another thing asked about.
_CONTACT_SUBJECTS = frozenset({"i", "you", "we", "they"})

_BENEFIT_NOUNS = frozenset({"bonus", "bonuses", "stipend", "stipends", "allowance", "allowances", "budget", "budgets"})


def _is_name(word: str, question_names: frozenset[str]) -> bool:
    bare = re.sub(r"['’]s?$", "", word)
    return bare in question_names or word in question_names


@lru_cache(maxsize=1)
def _thing_words() -> dict[str, frozenset[str]]:
    """The word lists of ``assistant/data/asked_thing_words.yaml`` (WordNet 3.0 -ly and -ed nouns, generic
    and value-change nouns)."""
    import yaml

    data = yaml.safe_load(data_file("asked_thing_words.yaml").read_text(encoding="utf-8"))
    return {key: frozenset(values) for key, values in data.items()}


def _no_noun(word: str) -> bool:
    """An adverb or adjective in -ly ("fully", "yearly"): no noun of the asked phrase."""
    low = word.casefold()
    return low.endswith("ly") and low not in _thing_words()["ly_nouns"]


def _verb_form(word: str) -> bool:
    """A verb or participle in -ed ("called", "accrued") that is no noun."""
    low = word.casefold()
    return len(low) > 3 and low.endswith("ed") and low not in _thing_words()["ed_nouns"]


def _phrase_at(text: str, start: int, question_names: frozenset[str]) -> list[str]:
    """The noun-phrase words from ``start``: up to the first function word, auxiliary, number, punctuation,
    the fifth word, a verb form in -ed after a word ("what are goals called") or a name after a word (a name
    opening the phrase, "the CivicActions childcare subsidy", "Automattic's sabbatical policy", only says
    whose). Adverbs and adjectives in -ly are passed over ("fully paid leave", "the yearly X budget")."""
    return _phrase_span(text, start, question_names)[0]


_NUMBERED = re.compile(r"\d+[a-z]?")
# A function word with a clitic ("they'd", "we've", "it's", "don't"; Quirk et al. 1985, 3.23, the contracted forms of
# the auxiliaries and "not") is the function word: no word of a noun phrase ("the maximum *they'd* pay for ...").
_CLITIC = re.compile(r"(?:n['’]t|['’](?:d|ve|ll|re|m|s))$")


def _phrase_span(text: str, start: int, question_names: frozenset[str]) -> tuple[list[str], int]:
    """:func:`_phrase_at`'s words and where the phrase ends in ``text``."""
    out: list[str] = []
    end = start
    words = list(_PHRASE_WORD.finditer(text, start))
    for at, m in enumerate(words):
        word = m.group()
        # a number opening the phrase before a noun names the thing ("what *360* score", "which *401k* plan")
        named_number = not out and at + 1 < len(words) and word[0].isdigit() and _NUMBERED.fullmatch(word) \
            and words[at + 1].group()[0].isalpha() and words[at + 1].group().casefold() not in _NOT_HEAD
        if (not word[0].isalpha() and not named_number) or word.casefold() in _NOT_HEAD or len(out) >= 5 \
                or _CLITIC.sub("", word.casefold()) in _NOT_HEAD:
            break
        end = m.end()
        if _no_noun(word):
            continue
        if _is_name(word, question_names) or (out and _verb_form(word)):
            if out:
                end = m.start()
                break
            continue
        out.append(word)
    return out, end


# A kind noun's complement: "the maximum number *of* overtime hours", "the deadline *for* (completing) mid-year
# reviews", "the length *of* a PIP". A kind noun ("number", "deadline", "length", "limit") is relational: it names
# the value asked for, and the noun phrase of its "of"/"for" complement names the thing whose value it is. A verb
# in -ing opening the complement ("for *filing* an expense report") only says what is done with that thing.
_KIND_COMPLEMENT = re.compile(r"\s+(?:of|for)\s+(?:([a-z]+ing)\s+)?" + _DETERMINER, re.IGNORECASE)


def _gerund(word: str) -> bool:
    """A verb in -ing (its base a word whose WordNet uses are mostly verb uses, ``non_kind_words.txt``:
    "filing", "completing", "submitting"), not a noun in -ing ("funding", "onboarding")."""
    low = word.casefold()
    if not low.endswith("ing") or len(low) < 6:
        return False
    stem = low[:-3]
    bases = {low, stem, stem + "e"} | ({stem[:-1]} if len(stem) > 2 and stem[-1] == stem[-2] else set())
    return bool(bases & _non_kind_words())


def _complement_thing(clause: str, end: int, question_names: frozenset[str]) -> list[str]:
    """The noun phrase of the "of"/"for" complement right after a kind noun ending at ``end`` (see
    ``_KIND_COMPLEMENT``), or []."""
    m = _KIND_COMPLEMENT.match(clause, end)
    if m is None:
        return []
    if m.group(1) and not _gerund(m.group(1)):
        return _phrase_at(clause, m.start(1), question_names)
    phrase, after = _phrase_span(clause, m.end(), question_names)
    if phrase and all(_kind_only(w) for w in phrase):
        return _complement_thing(clause, after, question_names)  # "the number of days of bereavement leave"
    return phrase


_PARTITIVE = re.compile(r"\bhow\s+(?:much|many)\s+of\s+", re.IGNORECASE)


def partitive(clause: str) -> bool:
    """Whether ``clause`` asks for a part of a whole ("how much of my *home internet* bill ..."): the whole is the
    asker's own, so the words before its head ("home" of the asker's internet) may be left unsaid by a page whose
    head noun covers it; the head must stand ("internet", not "phone")."""
    return _PARTITIVE.search(clause) is not None


def thing_in_complement(clause: str, question_names: list[str] | tuple[str, ...] = ()) -> bool:
    """Whether :func:`asked_thing` reads the thing of ``clause`` in a kind noun's complement ("the reimbursement cap for
    *college tuition*"): the complement says what the value is of or for, and its head noun may be the page's own
    word for that ("college courses"), so only its modifiers need stand in the quote."""
    found = frozenset(question_names) | frozenset(w for name in question_names for w in name.split())
    for m in _HEAD_SLOT.finditer(clause):
        phrase, _ = _phrase_span(clause, m.end(), found)
        if phrase:
            return all(_kind_only(w) for w in phrase)
    return False


def _measured_thing(clause: str, end: int, question_names: frozenset[str]) -> list[str]:
    """The noun phrase a measure asked without a complement ends at ``end`` measures, when it stands outside the
    measure's phrase (see ``_MEASURE_SUBJECT``, ``_MEASURE_PAID_FOR``): the copula's subject or the complement of the
    paying verb of the clause that follows; [] when neither follows."""
    subject = _MEASURE_SUBJECT.match(clause, end)
    if subject is not None:
        phrase, after = _phrase_span(clause, subject.end(), question_names)
        if "being" in (w.casefold() for w in phrase) or _AUXILIARY_BE.match(clause, after):
            return []  # a passive or progressive: the copula is an auxiliary
        # with no determiner the word after the copula may be a predicate ("how many weeks are *covered*"): only a
        # compound of two or more words not opening with a verb form reads as the subject ("is *maternity leave*")
        if not subject.group(1) and (len(phrase) < 2 or _verb_form(phrase[0])):
            return []
    else:
        paid = _MEASURE_PAID_FOR.match(clause, end)
        if paid is None:
            return []
        phrase = _phrase_at(clause, paid.end(), question_names)
    # a letter alone is an initial of an abbreviation the clause was cut at ("U" of "are U.S. employees")
    return [] if any(len(w) == 1 for w in phrase) else phrase


def _kind_only(word: str) -> bool:
    """A word that only names the kind of value asked for or the time it is asked in ("maximum", "number")."""
    return re.sub(r"['’]s?$", "", word.casefold()) in _KIND_WORDS


_PEOPLE = frozenset({"teammate", "teammates", "employee", "employees", "staff", "hire", "hires", "member", "members",
                     "team", "people", "person", "colleague", "colleagues", "manager", "managers", "worker",
                     "workers", "candidate", "candidates", "someone", "anyone", "everyone", "i", "me", "you"})


def asked_thing(clause: str, question_names: list[str] | tuple[str, ...] = ()) -> list[str]:
    """The words of the noun phrase naming what ``clause`` asks about (see ``_HEAD_SLOT``), kind words
    ("days", "rate", "policy") and people ("employees", "teammate") left out; empty when no slot is found.
    Each word of a name of several words ("Osio Labs") is a name too. A verb of classing ("what *counts as*
    remote work") is no head: the thing is the term after it."""
    from assistant.qa.focus import drop_classing

    clause = drop_classing(clause)
    found = frozenset(question_names) | frozenset(w for name in question_names for w in name.split())

    def keep(phrase: list[str], benefits: frozenset[str] = frozenset()) -> list[str]:
        # a generic head ("how much money ...", "what evidence ...") or a value of change ("the annual pay
        # increase") names no thing the quote must carry
        if phrase and phrase[-1].casefold() in _thing_words()["generic_things"] | _thing_words()["value_changes"]:
            return []
        kept = [w for w in phrase if not _kind_only(w) and w.casefold().rstrip("'’") not in _PEOPLE]
        if not kept and phrase and phrase[-1].casefold() in benefits:  # the benefit noun alone ("a bonus")
            kept = [phrase[-1]]
        return [] if kept and kept[-1][0].isdigit() else kept  # a number only names the noun it stands before

    for m in _HEAD_SLOT.finditer(clause):
        phrase, end = _phrase_span(clause, m.end(), found)
        if phrase:
            if all(_kind_only(w) for w in phrase):
                # a kind noun only: the thing is its complement's when that names a kind of thing in two or more
                # words ("mid-year reviews", "overtime hours" less the kind word "hours" is one); a one-word
                # complement ("goals") is a topic the page may call by its own word ("IPMs"), left to the focus gate
                complement = _complement_thing(clause, end, found)
                if not complement:  # no complement: the thing may stand outside the measure's phrase
                    return keep(_measured_thing(clause, end, found))
                complement = keep(complement)
                return complement if len(complement) >= 2 else []
            return keep(phrase)
    if (benefit := _YES_NO_BENEFIT.search(clause)) is not None:
        body = re.sub(r"[?.!\s]+$", "", clause)
        # an occasion clause after the benefit ("... pay a bonus *if I refer someone who gets hired*") says when it
        # is given, not what it is: the benefit's object stands before it
        occasion = _OCCASION.search(body, benefit.end())
        if occasion is not None:
            body = body[:occasion.start()]
        # the paying verb's object, when an adjunct follows it ("pay *my visa costs* for a work trip", "pay
        # *overtime* for working weekends"): the adjunct says what the benefit is for, the object what it is
        if (split := _benefit_object(body, found)) is not None:
            return split[0]
        runs: list[list[str]] = [[]]
        for m in _PHRASE_WORD.finditer(body):
            word = m.group()
            if runs[-1] and word.casefold() in _CONTACT_SUBJECTS:
                break  # a contact relative clause ("the sick days *I haven't used*") modifies the run before it
            if not word[0].isalpha() or word.casefold() in _NOT_HEAD or _is_name(word, found):
                runs.append([])
            else:
                runs[-1].append(word)
        # the last run of words, passing over a last run naming only people ("grant stock options" of "... grant stock
        # options to its employees"); a last run naming no thing of its own ("my annual pay increase") requires none
        named = [r for r in runs if r]
        while len(named) > 1 and all(w.casefold().rstrip("'’") in _PEOPLE for w in named[-1]):
            named.pop()
        # whether a benefit is given asks for no value of it: a benefit noun naming nothing else ("does X pay a
        # *bonus* ...") is the thing itself
        return keep(named[-1][-4:], _BENEFIT_NOUNS) if named else []
    return []


# Prepositions that open an adjunct after a verb's object (purpose, occasion, time, place, beneficiary: "for a work
# trip", "during my leave", "on business trips", "to new hires"); not "of"/"per", which complete the noun before them
# ("the cost *of* a visa", "$50 *per* night"), nor particles ("off", "out", "up") and the rest that join or compare.
_ADJUNCT_PREPOSITIONS = frozenset(PREPOSITIONS) - {"of", "per", "off", "out", "up", "like", "including", "plus",
                                                   "than", "versus", "vs", "except", "as"}
_OBJECT_WORDS = frozenset({"the", "a", "an", "my", "our", "your", "their", "its", "his", "her", "any", "some", "this",
                           "that", "these", "those"})
# The paying verbs of _YES_NO_BENEFIT that take the benefit as their object (not "help", which takes a verb: "help pay
# off my loans").
_BENEFIT_VERB = re.compile(r"\b(?:offer|offers|provide|provides|pay|pays|cover|covers|reimburse|reimburses|give|gives|"
                           r"match|matches|subsidi[sz]e|subsidi[sz]es|fund|funds|grant|grants|award|awards|issue|"
                           r"issues|contribute|contributes)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _quality_adjectives() -> frozenset[str]:
    """``assistant/data/quality_adjectives.txt``: words used mostly as adjectives ("full", "extra", "annual";
    ``scripts/build_quality_adjectives.py``, from WordNet 3.0)."""
    return read_words("quality_adjectives.txt")


def _benefit_object(body: str, found: frozenset[str]) -> tuple[list[str], list[str]] | None:
    """The thing a yes/no benefit question asks about when its paying verb (the last of ``body``) takes an object
    followed by an adjunct ("Will X pay *my visa costs* for a work trip", "Does X pay *overtime* for working
    weekends", "Does X provide *laptops* to new hires"): the object's words less kind and people words (Quirk et al.
    1985, 8.1-8.2, 10.2: an adverbial adjunct of purpose, time, place or beneficiary stands outside the object it
    follows), with the words of the adjunct's noun phrase ("work trip"). None when the verb has no object before a
    preposition ("pay *for* a business class ticket"), the object names people only ("reimburse *employees* for
    ..."), or its words left are adjectives of quality or quantity ("the *full* cost for a gym membership",
    ``quality_adjectives.txt``): the words after the preposition then name the thing, read as before."""
    verbs = list(_BENEFIT_VERB.finditer(body))
    if not verbs:
        return None
    tokens = list(_PHRASE_WORD.finditer(body, verbs[-1].end()))
    run: list[str] = []
    adjunct: list[str] = []
    for at, m in enumerate(tokens):
        word = m.group()
        low = word.casefold().rstrip("'’")
        if not run and (low in _OBJECT_WORDS or low in _PEOPLE):
            continue  # a determiner or an indirect object ("give employees a laptop") before the object
        if not word[0].isalpha() or _is_name(word, found):
            return None
        if low in _NOT_HEAD:
            if not run or low not in _ADJUNCT_PREPOSITIONS or at + 1 >= len(tokens):
                return None
            phrase = _phrase_at(body, _skip_determiner(body, m.end()), found)
            # an adjunct naming people ("to *new hires*", "for *part-time employees*") says who gets the thing, no
            # occasion the quote must speak of
            if phrase and not _kind_only(phrase[-1]) and not _names_people(phrase[-1]):
                adjunct = phrase
            break
        run.append(word)
    else:
        return None
    kept = [w for w in run if not _kind_only(w) and w.casefold().rstrip("'’") not in _PEOPLE]
    if not any(w.casefold() not in _quality_adjectives() and not _no_noun(w) for w in kept) or kept[-1][0].isdigit():
        return None
    return kept, adjunct


def _names_people(word: str) -> bool:
    """A noun naming people ("hires", "employees", "contractors"; ``person_nouns.txt``, WordNet 3.0 noun.person)."""
    low = word.casefold().rstrip("'’")
    return low in _PEOPLE or low in person_nouns() or (low.endswith("s") and low[:-1] in person_nouns())


_LEADING_DETERMINER = re.compile(r"\s*" + _DETERMINER)


def _skip_determiner(text: str, at: int) -> int:
    """Where the words of a noun phrase start at ``at``, past a determiner ("for *a* work trip")."""
    m = _LEADING_DETERMINER.match(text, at)
    return m.end() if m else at


def benefit_adjunct(clause: str, question_names: list[str] | tuple[str, ...] = ()) -> list[str]:
    """The words of the adjunct after the paying verb's object in a yes/no benefit question ("work trip" of "Will X pay
    my visa costs for a *work trip*?"; :func:`_benefit_object`), or [] when :func:`asked_thing` reads the thing
    elsewhere. The object is the thing the quote must name; the adjunct says what it is for, which the quote's
    document must speak of too (a quote on overtime in the rules on paid time off does not say whether overtime is
    paid for team retreats)."""
    from assistant.qa.focus import drop_classing

    clause = drop_classing(clause)
    found = frozenset(question_names) | frozenset(w for name in question_names for w in name.split())
    if any(m.end() for m in _HEAD_SLOT.finditer(clause) if _phrase_span(clause, m.end(), found)[0]):
        return []
    if (benefit := _YES_NO_BENEFIT.search(clause)) is None:
        return []
    body = re.sub(r"[?.!\s]+$", "", clause)
    occasion = _OCCASION.search(body, benefit.end())
    if occasion is not None:
        body = body[:occasion.start()]
    split = _benefit_object(body, found)
    return split[1] if split is not None else []


@lru_cache(maxsize=1)
def _value_nouns() -> frozenset[str]:
    """``assistant/data/value_nouns.txt``: nouns whose first and most WordNet 3.0 senses name a value of a thing
    (a time, quantity or attribute; ``scripts/build_value_nouns.py``)."""
    return read_words("value_nouns.txt")


def value_head(thing: Sequence[str]) -> bool:
    """Whether the asked ``thing``'s head noun (its last word, after other words) names a value of what the words
    before it name rather than a thing of its own: its first and most WordNet senses are a time, quantity or
    attribute ("sick leave *entitlement*", "parental leave eligibility *period*"; not "medical leave *appeals*",
    "holiday *pay*", "introductory period *extension*"). Such a head need not stand in the quote when the words
    before it do."""
    if len(thing) < 2:
        return False
    word = thing[-1].casefold().strip("'’")
    nouns = _value_nouns()
    return word in nouns or (word.endswith("s") and word[:-1] in nouns)


def asked_thing_stems(clause: str, question_names: list[str] | tuple[str, ...] = ()) -> frozenset[str]:
    """The content stems of :func:`asked_thing` (frame words set aside as in the question's focus)."""
    head, modifiers = thing_parts(clause, question_names)
    return head | modifiers


def thing_parts(clause: str, question_names: list[str] | tuple[str, ...] = ()) -> tuple[frozenset[str], frozenset[str]]:
    """The stems of the asked thing's head noun (its last word) and of its modifiers ("bereavement" of
    "bereavement leave")."""
    from assistant.qa.focus import focus_stems

    thing = asked_thing(clause, question_names)
    if not thing:
        return frozenset(), frozenset()
    head = frozenset(focus_stems(thing[-1]))
    return head, frozenset(focus_stems(" ".join(thing[:-1]))) - head


def missing_thing(thing: frozenset[str], text: str, modifiers: frozenset[str] = frozenset(),
                  passage: str = "") -> frozenset[str]:
    """The stems of the asked thing that ``text`` (a unit with its heading) does not carry, by word, stem,
    compound or event noun (:func:`assistant.qa.focus.matched`). A modifier (``modifiers``) may stand in the
    unit's ``passage`` instead ("service anniversaries" in a passage on work, for "work anniversaries"); the
    head noun and the other words must stand in the unit or its heading."""
    from assistant.qa.focus import matched

    if not thing:
        return frozenset()
    absent = thing - matched(thing, text)
    if absent and passage and absent <= modifiers:
        absent = absent - matched(absent, passage)
    return frozenset(absent)


# --- the asked thing named by a word of its own or of one of its kinds -------------------------------------------


@lru_cache(maxsize=1)
def _thing_kinds() -> dict[str, tuple[str, ...]]:
    """Per WordNet noun lemma ("trial_period"), the words naming its thing or a kind of it ("probation",
    "probationary"): ``assistant/data/thing_kinds.txt`` (scripts/build_thing_kinds.py)."""
    out: dict[str, tuple[str, ...]] = {}
    for line in data_file("thing_kinds.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            lemma, _, related = line.partition("\t")
            out[lemma] = tuple(w.replace("_", " ") for w in related.split())
    return out


def _lemma_forms(words: Sequence[str]) -> list[str]:
    """The WordNet lemma spellings of a run of question words: as written, the last word singular."""
    base = "_".join(w.lower() for w in words)
    out = [base]
    last = words[-1].lower()
    for cut in ("ies", "es", "s"):
        if last.endswith(cut) and len(last) > len(cut) + 2:
            out.append("_".join([*(w.lower() for w in words[:-1]), last[:-len(cut)] + ("y" if cut == "ies" else "")]))
    return out


def kind_named(thing: Sequence[str], absent: frozenset[str], text: str) -> frozenset[str]:
    """The stems of ``absent`` (words of the asked ``thing`` a unit does not carry) that the unit names by another
    word for the same thing or for a kind of it (Princeton WordNet 3.0: the lemmas of the first synset of the asked
    noun or compound and of its direct hyponyms, with their derived adjectives): "the *trial period*" stated as "a
    one month probationary period", the three *marks* as "grades". A kind must stand as consecutive words of the text
    (not as the parts of a closed compound), and not as the last word of a WordNet compound naming another thing
    ("public holidays" is no vacation). Longest run of the thing's words first; a broader word (a hypernym: "leave"
    for "sabbatical") never covers."""
    from assistant.qa.focus import focus_stems, term_stems

    table = _thing_kinds()
    covered: set[str] = set()
    taken: set[int] = set()
    from assistant.qa.focus import _other_sense_compounds, stem

    other_sense = _other_sense_compounds()
    written = _runs(text)
    runs = [[term_stems(w) for w in run] for run in written]

    def compound_end(run: list[str], at: int, related: Sequence[str]) -> bool:
        """Whether the word at ``at`` ends a WordNet compound of another thing ("public holidays" for a vacation)."""
        lowered = [w.casefold() for w in run[:at + 1]]
        for size in (1, 2):
            if at >= size:
                before = tuple(lowered[at - size:at])
                if before in other_sense.get(stem(lowered[at]), ()):
                    return True
                forms = {"_".join([*before, f]).replace("_", " ") for f in _lemma_forms([lowered[at]])}
                if any(f.replace(" ", "_") in table for f in forms) and not forms & set(related):
                    return True
        return False

    def names(word: str, related: Sequence[str]) -> bool:
        """A kind as consecutive words of a run of the text, its last word not ending a compound of another thing."""
        parts = [frozenset(focus_stems(p)) for p in word.split()]
        if not all(parts):
            return False
        return any(all(parts[k] & runs[r][at + k] for k in range(len(parts)))
                   and not compound_end(written[r], at + len(parts) - 1, related)
                   for r in range(len(runs)) for at in range(len(runs[r]) - len(parts) + 1))
    for size in (3, 2, 1):
        for start in range(len(thing) - size + 1):
            span = range(start, start + size)
            if taken.intersection(span):
                continue
            run = thing[start:start + size]
            stems = frozenset(s for w in run for s in focus_stems(w))
            if not stems & absent:
                continue
            related = next((table[f] for f in _lemma_forms(run) if f in table), ())
            for word in related:
                if names(word, related):
                    covered |= stems & absent
                    taken.update(span)
                    break
    return frozenset(covered)


# --- the asked kind named elsewhere in the document ----------------------------------------------------------

KIND_REACH = 3  # words before a head noun read as its modifiers ("ten days' annual paid *leave*")


@lru_cache(maxsize=4096)
def _modifiers_of(text: str, head: frozenset[str]) -> tuple[frozenset[str], ...]:
    """For each place ``text`` names the head noun (by stem), the stems of the up to :data:`KIND_REACH` words
    before it in its run of words (no function word, punctuation or line break between): what kind of the thing
    that place names ("annual", "paid" of "annual paid leave")."""
    from assistant.qa.focus import focus_stems

    out = []
    for run in _runs(text):
        stems = [frozenset(focus_stems(w)) for w in run]
        for at, word_stems in enumerate(stems):
            if at and word_stems & head:
                out.append(frozenset().union(*stems[max(0, at - KIND_REACH):at]))
    return tuple(out)


def other_kind(thing: Sequence[str], relaxed: frozenset[str], text: str, document: str) -> bool:
    """Whether a unit whose asked ``thing`` lacks the modifiers ``relaxed`` (found only elsewhere in its document)
    names another kind of the thing: the unit (``text``, with its heading) names the thing's head noun only after
    other words than the thing's ("ten days' annual paid leave" for "paid sick leave"), and the ``document`` writes
    a lacking modifier before that head elsewhere ("sick leave" in another section). The document then tells the
    two kinds apart, and the unit speaks of the other one: the modifier found in the document does not cover it.

    A document that never writes the modifier before the head ("paternity" only in its keywords, the unit on
    "paid parental leave") uses the unit's words for the asked kind too; that case is left to the paraphrase
    and sibling checks."""
    from assistant.qa.focus import focus_stems

    if len(thing) < 2 or not relaxed:
        return False
    head = frozenset(focus_stems(thing[-1]))
    if not head or head & relaxed:
        return False
    thing_stems = frozenset(s for w in thing for s in focus_stems(w))
    here = _modifiers_of(text, head)
    if not here or not all(before - thing_stems for before in here):
        return False
    return any(before & relaxed for before in _modifiers_of(document, head))


# --- the occasion the asked value is for -----------------------------------------------------------------------

# An occasion the asking clause sets: a subordinate clause opened by a conjunction of time or condition ("how much
# notice ... *when a team member resigns*", "how many days off ... *if my father dies*").
_OCCASION = re.compile(r"\b(?:when|whenever|if|once|after|before|upon|in\s+case)\b([^?.;]*)", re.IGNORECASE)


def occasion_events(clause: str) -> frozenset[str]:
    """The stems of the event words (``assistant/data/event_words.yaml``, WordNet 3.0: die, resign, quit and their
    multiword forms) that stand in an occasion ``clause`` sets ("when a team member resigns" -> {"resign"}). The
    value asked is the one for that event: notice of a resignation is not notice of leave."""
    from assistant.text import event_named_by, event_verbs, stem

    out = set()
    for m in _OCCASION.finditer(event_verbs(clause)):
        for word in re.findall(r"[A-Za-z]+", m.group(1)):
            if event_named_by(found := stem(word.casefold())):
                out.add(found)
    return frozenset(out)


# --- the page's own FAQ question -------------------------------------------------------------------------

FAQ_MATCH_SIMILARITY = 0.75  # whole-question embedder cosine at which a page's FAQ question is the user's question
_FAQ_MARK = re.compile(r"^\W*(?:q\s*[.:)]|question\s*[.:]|\d+\s*[.)])?[\s*_#]*", re.IGNORECASE)


def faq_question(text: str) -> str | None:
    """The question ``text`` asks as a FAQ entry ("#### **Q. Does Sourcegraph match my 401k?**" -> "Does
    Sourcegraph match my 401k?"), or None when it asks none (no closing question mark)."""
    question = _FAQ_MARK.sub("", text.strip()).strip(" *_#\"'“”")
    if not question.endswith("?") or len(question.split()) < 3:
        return None
    return question


def asks_faq(question: str, faq: str | None, similarity: Callable[[str, Sequence[str]], Sequence[float]]) -> bool:
    """Whether the user's ``question`` asks the page's own FAQ question ``faq`` ("Does Sourcegraph match employee
    401k contributions?" for "Does Sourcegraph match my 401k?"): their whole-question embedder cosine reaches
    :data:`FAQ_MATCH_SIMILARITY`, the lowest value that at most 1% of pairs of two different FAQ questions of one
    page reach (``scripts/qa_faq_match_calibration.py``: the FAQ questions of the handbook pages, sample
    knowledge and shared handbooks). The words the user adds to that question ("contributions", "coverage")
    then need not stand in its answer: the page answers the question it asks itself."""
    return faq is not None and similarity(question, [faq])[0] >= FAQ_MATCH_SIMILARITY


# --- the asked thing in other words ------------------------------------------------------------------------

PARAPHRASE_SIMILARITY = 0.72  # embedder cosine at which a unit's phrase names the asked thing in other words
HEAD_SYNONYM_SIMILARITY = 0.71  # embedder cosine of two head nouns (each in HEAD_FRAME) that name one thing
HEAD_FRAME = "employee {}"  # a head noun read in the handbook's sense: what an employee has, gets or does
PARAPHRASE_CANDIDATES = 12  # unit phrases read against the asked thing, first found first


def _runs(text: str) -> list[list[str]]:
    """Runs of words of ``text`` with no function word, punctuation or line break between them."""
    runs: list[list[str]] = [[]]
    for line in closed_identifiers(text).splitlines():
        runs.append([])
        for m in _PHRASE_WORD.finditer(line):
            word = m.group()
            if not word[0].isalnum() or word.casefold() in _NOT_HEAD:
                runs.append([])
            else:
                runs[-1].append(word)
    return [run for run in runs if run]


def paraphrase_candidates(thing: Sequence[str], absent: frozenset[str], text: str) -> list[str]:
    """The phrases of ``text`` that may name the asked ``thing`` with its modifiers in other words: runs of
    words with no function word, punctuation or line break between them, two to one more than the thing's
    words long, ending in the thing's head noun ("plan" of "retirement plan": "401(k) plan") with a word
    before it that the thing does not have. The head must stand in ``text`` and be the thing's last word:
    only modifiers are paraphrased ("severance agreement" is no "severance pay"). A thing of one word, or
    one whose head ``text`` lacks (``absent``), has none."""
    from assistant.qa.focus import focus_stems

    if len(thing) < 2:
        return []
    stems = [frozenset(focus_stems(w)) for w in thing]
    head = stems[-1]
    if not head or head & absent:
        return []
    thing_stems = frozenset().union(*stems)
    out: list[str] = []
    for run in _runs(text):
        run_stems = [frozenset(focus_stems(w)) for w in run]
        for end, last in enumerate(run_stems):
            if not last & head:
                continue
            for size in range(2, len(thing) + 2):
                window = run_stems[end + 1 - size:end] if end + 1 >= size else None
                if window is not None and any(s and not s & thing_stems for s in window):
                    phrase = " ".join(run[end + 1 - size:end + 1]).casefold()
                    if phrase not in out:
                        out.append(phrase)
    return out[:PARAPHRASE_CANDIDATES]


def head_synonym_candidates(thing: Sequence[str], absent: frozenset[str], text: str) -> list[tuple[str, str]]:
    """(phrase, head) of the phrases of ``text`` that may name the asked ``thing`` with another head noun:
    the thing's modifiers, each standing, in a run of words (as :func:`paraphrase_candidates` reads them)
    directly before a noun the thing does not have ("jury duty" for "jury service", "paid vacation time" for
    "paid vacation leave"). Only a thing of two or more words whose head ``text`` lacks (``absent``) and whose
    modifiers it carries has any."""
    from assistant.qa.focus import focus_stems

    if len(thing) < 2:
        return []
    stems = [frozenset(focus_stems(w)) for w in thing]
    head, modifiers = stems[-1], [m for m in stems[:-1] if m]
    if not head or not head & absent or not modifiers or any(m & absent for m in modifiers):
        return []
    thing_stems = frozenset().union(*stems)
    out: list[tuple[str, str]] = []
    size = len(modifiers)
    for run in _runs(text):
        run_stems = [frozenset(focus_stems(w)) for w in run]
        for end in range(size, len(run)):
            last, word = run_stems[end], run[end]
            if not last or last & thing_stems or not word[0].isalpha() or _no_noun(word) or _verb_form(word):
                continue
            window = run_stems[end - size:end]
            if all(any(w & m for m in modifiers) for w in window) and all(any(m & w for w in window)
                                                                         for m in modifiers):
                pair = (" ".join(run[end - size:end + 1]).casefold(), word.casefold())
                if pair not in out:
                    out.append(pair)
    return out[:PARAPHRASE_CANDIDATES]


def paraphrase_texts(thing: Sequence[str], absent: frozenset[str], text: str) -> list[str]:
    """Every phrase :func:`paraphrased` would have the embedder read for ``thing`` in ``text`` (so that the
    phrases of several units can be encoded in one call first)."""
    candidates = paraphrase_candidates(thing, absent, text)
    synonyms = head_synonym_candidates(thing, absent, text)
    if not candidates and not synonyms:
        return []
    out = [" ".join(thing).casefold(), *candidates, *(phrase for phrase, _ in synonyms)]
    if synonyms:
        out += [HEAD_FRAME.format(thing[-1].casefold()), *(HEAD_FRAME.format(head) for _, head in synonyms)]
    return out


def paraphrased(thing: Sequence[str], absent: frozenset[str], text: str,
                similarity: Callable[[str, Sequence[str]], Sequence[float]]) -> bool:
    """Whether ``text`` names the asked ``thing`` in other words, by the embedder (``similarity``, cosine):

    * its modifiers paraphrased: one of its phrases on the thing's head noun (:func:`paraphrase_candidates`:
      "401k plan" for "retirement plan", "service anniversaries" for "work anniversaries") reads as the same
      thing (cosine >= :data:`PARAPHRASE_SIMILARITY`);
    * its head named by a synonym: a phrase of the thing's modifiers before another noun
      (:func:`head_synonym_candidates`: "jury duty" for "jury service") reads as the same thing and the two
      head nouns, each read in the handbook's sense (:data:`HEAD_FRAME`: "employee duty", "employee
      service"), read as one (cosine >= :data:`HEAD_SYNONYM_SIMILARITY`, calibrated on WordNet 3.0 synonym
      and sister-term pairs of the policy pages' nouns by ``scripts/qa_head_synonym_calibration.py``): a
      head that names another thing of the same kind ("severance agreement" for "severance pay") does not.

    The thing's absent words are then covered."""
    candidates = paraphrase_candidates(thing, absent, text)
    synonyms = head_synonym_candidates(thing, absent, text)
    if not candidates and not synonyms:
        return False
    scores = similarity(" ".join(thing).casefold(), [*candidates, *(phrase for phrase, _ in synonyms)])
    if any(score >= PARAPHRASE_SIMILARITY for score in scores[:len(candidates)]):
        return True
    if not synonyms:
        return False
    heads = similarity(HEAD_FRAME.format(thing[-1].casefold()), [HEAD_FRAME.format(head) for _, head in synonyms])
    return any(score >= PARAPHRASE_SIMILARITY and head >= HEAD_SYNONYM_SIMILARITY
               for score, head in zip(scores[len(candidates):], heads, strict=True))


# --- a compound whose kind word the documents never write ----------------------------------------------------

SIBLING_SIMILARITY = PARAPHRASE_SIMILARITY  # the asked compound and the quote's compound read as one thing at this cosine


@lru_cache(maxsize=1)
def _non_kind_words() -> frozenset[str]:
    """``assistant/data/non_kind_words.txt``: words that name no kind of thing before a noun (verbs, qualities;
    ``scripts/build_non_kind_words.py``, from WordNet 3.0)."""
    return read_words("non_kind_words.txt")


def kind_word(word: str) -> bool:
    """Whether ``word`` before a noun may name a kind of its thing ("*pet* insurance", "*dental* insurance",
    "*referral* bonus"): a word of letters (or a hyphenated word) that is no function word, no -ly or -ed form, no
    person or kind-of-value word ("staff", "weeks") and no word whose WordNet uses are mostly verb, adjective or
    adverb uses ("covers", "unused", "paid", "new")."""
    low = word.casefold().strip("'’")
    return (len(low) > 2 and low.replace("-", "").isalpha() and low not in _NOT_HEAD and not _no_noun(low)
            and not _verb_form(low) and low not in _non_kind_words() and low not in _PEOPLE and low not in _KIND_WORDS)


@dataclass(frozen=True)
class Sibling:
    """A compound of the question (``asked``: kind word + head) whose kind word the answering document never
    writes, and the compounds on the same head the quote names (``covered``: "medical insurance")."""

    asked: str
    covered: tuple[str, ...]


def sibling_compound(clause: str, quote: str, document: str, question_names: Sequence[str] = (),
                     similarity: Callable[[str, Sequence[str]], Sequence[float]] | None = None,
                     pool: str = "") -> Sibling | None:
    """The compound of ``clause`` the answer does not cover: two words of the question with nothing between them,
    a kind word (:func:`kind_word`) before a noun ("*pet insurance*", "*referral bonus*", "*wedding leave*"), where

    * the kind word stands nowhere in the answering ``document`` (by word, stem or compound), and
    * the ``quote`` (the lead unit with its heading) names the same noun after another kind word in the same slot,
      one the question does not have ("Health Insurance", "spot bonus", "Tech Stipend"): the page covers a sibling
      kind of the thing, not the one asked; and
    * the noun names a thing, not a value (:func:`value_head`: "vacation *days*" beside "working days" is no
      sibling), and
    * the two compounds do not read as one thing (``similarity``, embedder cosine, below
      :data:`SIBLING_SIMILARITY`).

    A quote naming the noun alone ("the insurance") or after the asked kind word names no sibling there; then the
    ``pool`` (the retrieved text of the organisation's documents, headings included) may name the siblings ("We
    offer medical, dental and vision insurance" for a quote on "insurance on your laptop") when the kind word
    stands nowhere in it either."""
    from assistant.qa.focus import focus_stems, matched

    found = frozenset(question_names) | frozenset(w for name in question_names for w in name.split())
    runs: list[list[str]] = [[]]
    for m in _PHRASE_WORD.finditer(clause):
        word = m.group()
        if not word[0].isalpha() or word.casefold() in _NOT_HEAD or _is_name(word, found):
            runs.append([])
        else:
            runs[-1].append(word)
    candidates = [(kind, head) for run in runs for kind, head in zip(run, run[1:], strict=False)
                  if kind_word(kind) and not _no_noun(head) and not _verb_form(head) and not value_head([kind, head])]
    if not candidates:
        return None
    asked_stems = frozenset(s for run in runs for w in run for s in focus_stems(w))
    quote_runs: list[list[tuple[str, frozenset[str]]]] | None = None
    pool_runs: list[list[tuple[str, frozenset[str]]]] | None = None

    def siblings(text_runs: list[list[tuple[str, frozenset[str]]]], head_stems: frozenset[str]) -> list[str]:
        found = [f"{q[i - 1][0]} {word}".casefold() for q in text_runs for i, (word, stems) in enumerate(q)
                 if i and stems & head_stems and kind_word(q[i - 1][0]) and q[i - 1][1]
                 and not q[i - 1][1] & asked_stems]
        return list(dict.fromkeys(found))

    for kind, head in candidates:
        kind_stems, head_stems = frozenset(focus_stems(kind)), frozenset(focus_stems(head))
        if not kind_stems or not head_stems or kind_stems & head_stems or matched(kind_stems, document):
            continue
        if quote_runs is None:
            quote_runs = [[(w, frozenset(focus_stems(w))) for w in r] for r in _runs(quote)]
        covered = siblings(quote_runs, head_stems)
        if not covered and pool and matched(head_stems, quote) and not matched(kind_stems, pool):
            if pool_runs is None:
                pool_runs = [[(w, frozenset(focus_stems(w))) for w in r] for r in _runs(pool)]
            covered = siblings(pool_runs, head_stems)
        if not covered:
            continue
        asked = f"{kind} {head}".casefold()
        if similarity is not None and any(s >= SIBLING_SIMILARITY for s in similarity(asked, covered)):
            continue
        return Sibling(asked, tuple(covered))
    return None


# --- a value the page sends the reader elsewhere for -------------------------------------------------------------
# A sentence whose predicate only says where the asked value is kept ("The password for the Wi-Fi network can be seen
# hanging around the office", "Current rates are available on our website", "Both Username and Host can be found on
# the intranet") points to another document: it does not give the password, the rate or the host asked for. Its
# forms are those of referral in English (Quirk et al., A Comprehensive Grammar of the English Language, 1985, on
# the agentless passive of perception and finding verbs; plain-language guidance against "see X" sentences in place
# of the content, e.g. the UK Government Digital Service's content design guide on link text): a modal passive of a
# verb of finding or perceiving ("can be found / seen / viewed / accessed / obtained / looked up"), a copula with a
# participle or adjective of being at a place ("is available / listed / published / posted / documented / detailed /
# set out on, in, at, from, via"), or an imperative of referral opening the sentence ("See ...", "Please refer to
# ...", "Contact HR for ...", "Ask the recruitment team about ..."). A sentence stating a number is no bare referral
# ("Please ask your manager for emergency leave ... not longer than 24 hours after leaving"). A sentence whose deferral follows a verb of its own ("The
# rate is 45p a mile and is listed on the intranet") states the value first; a target on the same page ("below",
# "in the table above", "the following") is no deferral.
# What a copula deferral points to: a carrier of written information (WordNet 3.0: intranet, web site, web page,
# portal, wiki, document and its hyponyms handbook, guide, form, spreadsheet; file, folder, repository; a link "here").
# "Free parking is available on site" or "Dental cover is available in all plans" names the value itself.
_CARRIER = (r"(?:intranet|internet|web\s*site|website|web\s*page|webpage|page|portal|wiki|app|application|handbook|"
            r"guide|policy|document|documentation|form|spreadsheet|sharepoint|confluence|drive|folder|file|repository|"
            r"repo|dashboard|noticeboard|notice\s*board|system|platform|hub|link|here)s?\b")
_DEFERRAL = re.compile(
    r"\b(?:can|may|could|will|should)\s+(?:also\s+|usually\s+|always\s+|now\s+)?be\s+(?:found|seen|viewed|accessed|"
    r"obtained|looked\s+up|consulted|checked|downloaded)\b"
    r"|\b(?:is|are)\s+(?:also\s+|usually\s+|always\s+|now\s+)?(?:available|listed|published|posted|displayed|"
    r"documented|detailed|set\s+out|outlined|kept|stored)\s+(?:on|in|at|from|via|through|under|upon|by)\s+"
    r"(?:request\b|(?:the|our|your|their|its|this|a|an)?\s*(?:[\w'’&-]+\s+){0,3}?" + _CARRIER + r")"
    r"|^\W*(?:(?:for\s+(?:more\s+)?(?:details|information|more)[^,]{0,40},\s*)?(?:please\s+)?)"
    r"(?:(?:see|refer\s+to|consult|visit)\b|(?:contact|ask|email|e-mail|speak\s+to|talk\s+to|reach\s+out\s+to|check\s+with)"
    r"\s+(?!for\b|about\b)[^.;?!]{1,60}?\b(?:for|about|regarding|with)\s+(?:[\w'’-]+\s+){0,3}?(?:details|information|"
    r"info|guidance|questions?|clarification|advice|current|latest|up-to-date|exact|specifics)\b)",
    re.IGNORECASE)
_LINK_TARGET = re.compile(r"\]\([^)]*\)|<[^>]*>|\bhttps?://\S+|\S+@\S+")
_SAME_PAGE = re.compile(r"\b(?:below|above|following|overleaf|next|previous|"
                        r"(?:end|bottom|top)\s+of\s+(?:the|this)|this\s+(?:page|section|document|table|list))\b", re.IGNORECASE)
SAME_PAGE_REACH = 30  # characters after a referral in which its target may say it is on the same page
# A verb of the sentence's own before the deferral: the sentence says something of its subject first.
_OWN_VERB = re.compile(r"\b(?:is|are|was|were|am|be|been|being|has|have|had|do|does|did|will|would|shall|should|must|"
                       r"can|could|may|might|costs?|pays?|gets?|gives?|receives?|takes?|lasts?|starts?|ends?|"
                       r"includes?|covers?|equals?|totals?)\b|[;:]", re.IGNORECASE)
# A question asking what a thing is ("What's the password for ...?", "What are the core hours?", "Which day is
# pay day?"): its answer is the value itself, which a pointer to where it is kept does not give. "Where", "how",
# "who" and yes/no questions are answered by the pointer ("Where can I find the password?").
_IDENTITY_Q = re.compile(
    r"^\W*(?:(?:and|so|but)\s+)?(?:(?:at|in|for|on|with)\s+[\w'’.-]+(?:\s+[\w'’.-]+){0,3},?\s+)?(?:what|which)\b"
    r"(?:\s+[\w'’-]+){0,2}?\s*(?:'s|’s|\s+is|\s+are|\s+was|\s+were)\b", re.IGNORECASE)


def asks_value(clause: str, kind: AnswerType | None) -> bool:
    """Whether a question clause asks for a value (a number, date, frequency, or what a named thing is) that a
    pointer to another document does not give."""
    return kind in ("quantity", "when", "frequency") or (kind is None and _IDENTITY_Q.search(clause) is not None)


def _defers(sentence: str) -> bool:
    if re.search(r"\d", _LINK_TARGET.sub(" ", sentence)):  # a number stated beside the pointer: not a bare referral
        return False
    match = _DEFERRAL.search(sentence)
    if match is None or _SAME_PAGE.search(sentence[match.start():match.end() + SAME_PAGE_REACH]):
        return False
    return match.start() == 0 or _OWN_VERB.search(sentence[: match.start()]) is None or _DEFERRAL.match(sentence) \
        is not None


# A document as the subject of a verb of describing ("The sickness policy also describes processes for medical
# appointments ... and sick pay", "... and the sickness policy also outlines the Institute's occupational sick pay"):
# the thing named after the verb is told about elsewhere, in that document. Opening the sentence, or opening a
# coordinated clause after "and" / "but" / a comma or semicolon.
_DOCUMENT_SUBJECT = (r"(?:policy|policies|document|documents|documentation|page|guide|guidance|handbook|manual|wiki|"
                     r"procedure|faq|intranet|website)")
_ACTIVE_REFERRAL = re.compile(
    r"(?:^|\b(?:and|but|while|whereas)\s+|[,;]\s*)\W*(?:(?:the|our|their|its|an?)\s+)?(?:[\w'’&-]+\s+){0,4}?"
    + _DOCUMENT_SUBJECT + r"\s+(?:also\s+|further\s+|fully\s+)?(?:details?|describes?|outlines?|sets?\s+out|"
    r"explains?|lists?|specif(?:y|ies))\b", re.IGNORECASE)


def _active_referral(sentence: str, thing: frozenset[str]) -> bool:
    """Whether a sentence's document-subject referral is what it says of the asked ``thing``: it opens the sentence,
    or the clause it opens names words of the thing the clause before it does not."""
    if re.search(r"\d", _LINK_TARGET.sub(" ", sentence)):
        return False
    for match in _ACTIVE_REFERRAL.finditer(sentence):
        subject = sentence[match.start():match.end()]
        if _OWN_VERB.search(subject[: -len(match.group(0).split()[-1])]) or re.search(r"\bthis\b", subject, re.I):
            continue  # "this page describes": the same page; a verb of its own before the document
        if match.start() == 0 and not sentence[:match.start()].strip():
            return True
        if thing and term_stems_of(sentence[match.start():]) & thing - term_stems_of(sentence[:match.start()]):
            return True
    return False


def term_stems_of(text: str) -> frozenset[str]:
    """The stems of ``text`` as the asked thing's words are read (:func:`thing_parts`)."""
    from assistant.qa.focus import focus_stems
    return frozenset(focus_stems(text))


def defers(text: str, thing: frozenset[str] = frozenset()) -> bool:
    """Whether a unit only says where its subject is to be found ("The password ... can be seen hanging around the
    office", "See the intranet for the current rates", "The sickness policy also describes ... sick pay"): every
    statement of it (a question it repeats aside) is a referral to another place. With the asked ``thing``'s stems, a
    sentence whose clause naming the thing is a document's referral ("There are statutory requirements ... and the
    sickness policy also outlines the Institute's occupational sick pay") is one too."""
    statements = [s.strip() for s in sentences(text) if s.strip() and not s.rstrip().endswith("?")]
    return bool(statements) and all(_defers(s) or _active_referral(s, thing) for s in statements)


# --- a value of another thing ----------------------------------------------------------------------------------
# A value question ("How much tax ...", "On what date is the Away Day?", "How many weeks of maternity leave ...") is
# not answered by a sentence whose values of the asked kind all belong, by the sentence's grammar, to another noun
# than the asked thing: "you have to pay for the first £100 of *treatment* ... you also have to pay tax" (a measure
# phrase's "of" complement owns the amount: the treatment costs £100, not the tax), "the Team Away Day ... and *Hack
# Week* in June" (a date after a noun phrase modifies that noun phrase: June is Hack Week's), "around the 20th week
# of *pregnancy*" (the week is pregnancy's, not maternity leave's). A value with no noun owner (a predicate's:
# "enrolment opens in November", "up to a maximum of 10 days", "$10,000 per acre") or owned by the asked thing or
# its WordNet synonym or kind (:func:`kind_named`) still answers; so does a date of an event the sentence's own
# predicate happens at or during ("launched during their company hack week in November": the launch's date too).
# Grammar: the English measure phrase and noun post-modification (Quirk et al. 1985, A Comprehensive Grammar of the
# English Language, 17.37-17.45 on prepositional post-modifiers; Huddleston & Pullum 2002, 5.9 on measure phrases).
_MONTH_NAME = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
               r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?")
# dates are matched case-sensitively: a month name is capitalised, the modal "may" is not
_DATE_VALUE = re.compile(r"\b(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?" + _MONTH_NAME
                         + r"(?:\s+\d{1,2}(?:st|nd|rd|th)?\b)?(?:,?\s+\d{4}\b)?|\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b")
# other times a when-question may be answered by (a season, a weekday, a year): never owned here, they keep a
# sentence answering unless it is a date question
# (a season only after a time preposition or determiner: "in the winter", not the noun "summer barbecue")
_OTHER_TIME = re.compile(r"\b(?:(?:in|during|over|by|this|next|last|each|every)\s+(?:the\s+)?(?:winter|spring|summer|"
                         r"autumn|fall)|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:19|20)\d{2})\b",
                         re.IGNORECASE)
_DATE_Q = re.compile(r"\b(?:what|which)\s+(?:exact\s+)?(?:date|day\s+of\s+the\s+month)\b|\bon\s+what\s+day\b",
                     re.IGNORECASE)
_MONEY_VALUE = re.compile(r"[£$€]\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:k|m|million|billion|bn)\b)?"
                          r"|\b\d[\d,]*(?:\.\d+)?\s?(?:pounds|dollars|euros|GBP|USD|EUR)\b")
# the owner of a measure phrase: its "of" complement ("£100 of treatment", "(15 days) of paid vacation")
_OF_OWNER = re.compile(r"^\)?\s+of\s+(?:(?:the|a|an|any|each|every|your|their|his|her|its|our|this|that)\s+)?"
                       r"((?:[\w'’-]+\s+){0,3}[\w'’-]+)")
# the owner of a post-modifying date: the noun phrase before "in/on/during DATE" ("Hack Week in June", "a holiday
# party in December"): a run of capitalised words, or up to three words after a determiner
_DATE_PREP = re.compile(r"(?:\)\s*)?\s+(?:in|on|during)\s+(?:the\s+)?$")
_NAMED_BEFORE = re.compile(r"((?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*)(?:\s*\([^()]{0,40}\))?\s*$")
_DET_BEFORE = re.compile(r"\b(?:the|a|an|our|their|its|his|her|your|this|each|every)\s+((?:[\w'’-]+\s+){0,2}[\w'’-]+)"
                         r"(?:\s*\([^()]{0,40}\))?\s*$", re.IGNORECASE)
# a noun phrase that is itself the object of a time or place preposition of the predicate: its date dates the
# predicate too ("launched during their company hack week in November", "initiated at the Holiday Party in December")
_FRAME_PREP = re.compile(r"\b(?:during|at|throughout|for|in|on|since|until|till|before|after|by)\s+"
                         r"(?:(?:the|a|an|our|their|its|his|her|your|this|each|every)\s+)?$", re.IGNORECASE)
# words that are no part of a noun phrase (a predicate's verb or a clause's opening word)
_NOT_NOMINAL = frozenset(["is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "takes", "take", "took", "taken", "held", "hold", "holds", "happens", "happen", "happened", "occurs", "occur", "starts", "start", "started", "begins", "begin", "began", "ends", "end", "ended", "runs", "run", "closes", "close", "closed", "opens", "open", "opened", "falls", "fall", "place", "due", "paid", "made", "make", "makes", "and", "or", "but", "that", "which", "who", "when", "where", "while", "if", "as", "so", "then", "also", "only", "up", "down", "out"])
_OWNER_STOP = re.compile(r"\b(?:and|or|but|per|for|that|which|who|with|within|from|to|in|on|at|by|after|before|"
                         r"following|during|is|are|was|were|"
                         r"will|must|may|can|should|every|each)\b.*$", re.IGNORECASE | re.DOTALL)


def _date_owner(text: str, start: int) -> str | None:
    """The noun phrase a date starting at ``start`` post-modifies, or None (a predicate's date)."""
    owner = _modified_date_owner(text, start)
    if owner is None:  # a deadline: the subject of the passive predicate the date limits (qa.deadline_owner)
        from assistant.qa.deadline_owner import deadline_owner
        owner = deadline_owner(text, start)
    return owner


def _modified_date_owner(text: str, start: int) -> str | None:
    before = text[:start]
    prep = _DATE_PREP.search(before)
    if prep is None:
        return None
    head_text = before[: prep.start()]
    phrase = _NAMED_BEFORE.search(head_text)
    if phrase is not None and phrase.start() > 0 and not re.search(r"[.!?:]\s*$", head_text[: phrase.start()]) or (phrase := _DET_BEFORE.search(head_text)) is not None:
        owner = phrase.group(1)
    else:
        return None
    if any(w.casefold() in _NOT_NOMINAL for w in owner.split()):
        return None
    if _FRAME_PREP.search(head_text[: phrase.start()]):  # the noun phrase frames the predicate: not an owner
        return None
    return owner


# (a time anchor, not an amount: "up to 10 days of paternity leave" is leave's amount and keeps its owner)
_ANCHOR_BEFORE = re.compile(r"\b(?:within|after|before|following|prior\s+to|no\s+later\s+than|not\s+later\s+than|"
                            r"by|until|since|from)\s+(?:the\s+)?$", re.IGNORECASE)


def value_owners(text: str, clause: str, kind: AnswerType | None) -> list[str | None]:
    """The owner (a noun phrase) of each value of the asked kind in ``text`` (None: a value no noun owns), for a
    when-question, a how-often question or a money quantity question; empty for other questions or a text without
    such a value."""
    owners: list[str | None] = []
    if kind == "when":
        for match in _DATE_VALUE.finditer(text):
            owners.append(_date_owner(text, match.start()))
        if not _DATE_Q.search(clause):
            owners += [None for _ in _OTHER_TIME.finditer(text)]
        return owners
    if kind == "frequency":  # an attributive frequency's noun ("a monthly updated Personio Report"): qa.rate_owner
        from assistant.qa.rate_owner import rate_owners
        return rate_owners(text, _FREQUENCY)
    if kind != "quantity":
        return owners
    measure = quantity_kind(clause)
    # Only an amount of money has an owner here: a span's "of" complement names what the span is spent on or counted
    # over, the occasion ("10 days of jury duty", "30 days of the birth"), which the question often names in other
    # words ("days of jury service"), so a span is never read as another thing's value.
    if measure != "money":
        return owners
    for match in _MONEY_VALUE.finditer(text):
        after = _OF_OWNER.match(text[match.end():])
        owner = _OWNER_STOP.sub("", after.group(1)).strip() if after else ""
        # an amount a limit or anchor preposition opens, or one "of" an event (a gerund): no owner
        if owner and (_ANCHOR_BEFORE.search(text[: match.start()]) or owner.split()[0].casefold().endswith("ing")):
            owner = ""
        owners.append(owner or None)
    return owners


def _owns(owner: str, head: frozenset[str], modifiers: frozenset[str], thing: Sequence[str]) -> bool:
    from assistant.qa.focus import focus_stems

    stems = frozenset(focus_stems(owner))
    if head & stems:
        return not modifiers or bool(modifiers & stems) or not (modifiers - kind_named(thing, modifiers, owner))
    last = owner.split()[-1] if owner.split() else ""
    if modifiers and frozenset(focus_stems(last)) & modifiers:  # "the 20th week of maternity": the modifier heads it
        return True
    asked = head | modifiers
    return bool(thing) and bool(head) and head <= kind_named(thing, asked, owner)


def _acronym_of(owner: str, clause: str) -> bool:
    """Whether ``owner`` is an acronym of consecutive words of ``clause`` ("PD" of "personal days")."""
    letters = owner.strip()
    if not re.fullmatch(r"[A-Z]{2,5}s?", letters):
        return False
    letters = letters.rstrip("s")
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z][\w'’-]*", clause)).upper()
    return letters in initials


def value_of_other(text: str, clause: str, kind: AnswerType | None, question_names: Sequence[str] = (),
                   organisations: str = "") -> bool:
    """Whether every value of the asked kind in ``text`` belongs to another noun than the asked thing (see above):
    False when the text has no such value, or one no noun owns, or one the asked thing owns. ``organisations``: the
    names of the documents' organisations, whose names in the question are no asked thing."""
    from assistant.qa.focus import focus_stems

    head, modifiers = thing_parts(clause, list(question_names))
    # a thing asked by its name ("this year's REG Away Day"): a value belongs to it when its owner shares a word of
    # one of the clause's names (an organisation's name aside: "at TTS" names where, not what)
    own = frozenset(focus_stems(organisations))
    named = frozenset(focus_stems(" ".join(n for n in question_names if n.casefold() in clause.casefold()
                                           and not frozenset(focus_stems(n)) <= own)))
    if kind == "frequency" and not head:  # the head of the noun a frequency premodifies (qa.rate_owner)
        from assistant.qa.rate_owner import rates_of_other
        return rates_of_other(clause, value_owners(text, clause, kind))
    if not head and not named:
        if kind != "when":
            return False
        from assistant.qa.deadline_owner import unasked_deadlines
        return unasked_deadlines(text, clause, value_owners(text, clause, kind))
    owners = value_owners(text, clause, kind)
    if not owners or any(owner is None for owner in owners):
        return False
    thing = asked_thing(clause, list(question_names))
    # ... or another word of the clause ("a medical leave of *absence*": "4 weeks of continuous absence", "paid
    # *time* away": "16 weeks of paid time off")
    rest = frozenset(content_stems(clause)) - head - modifiers - own - frozenset(content_stems(organisations))
    return not any((head and _owns(owner, head, modifiers, thing)) or named & frozenset(focus_stems(owner))
                   or rest & frozenset(content_stems(owner)) or _acronym_of(owner, clause)
                   for owner in owners if owner is not None)

