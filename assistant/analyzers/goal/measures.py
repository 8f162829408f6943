"""Measurement windows, change factors, populations and the red flags of an unmeasurable goal."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache, lru_cache

from assistant.analyzers.goal.actions import (
    _sentence_of,
)
from assistant.analyzers.goal.cadence import (
    _CADENCE_WORD,
)
from assistant.analyzers.goal.counts import (
    harm_time_count,
)
from assistant.analyzers.goal.models import (
    _FLAGS,
    _QUARTER_DAYS,
    _SHORT_WINDOW_DAYS,
)
from assistant.analyzers.goal.rules import (
    GoalRules,
)
from assistant.analyzers.goal.spans import (
    Hit,
    _number,
    _overlaps,
)
from assistant.analyzers.rulecache import precompiled
from assistant.text import (
    CLAUSE_LINKS,
    DETERMINERS,
    FUNCTION_WORDS,
    NUMBER_WORD_PATTERN,
    PERSONAL_PRONOUNS,
    PREPOSITIONS,
    Clause,
    NumberMention,
    clauses,
    fold_plural,
    is_participle,
    letter_words,
    numbers,
    stem,
)
from assistant.wordlists import read_words

_WINDOW = precompiled(
    r"\b(?:in|within|over|during|for)\s+(?:the\s+)?(?:next\s+|first\s+|coming\s+)?"
    r"(?P<n>\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+single|single)"
    r"[-\s]+(?:business\s+|working\s+)?(?P<unit>day|week|month|quarter|year)s?\b"
    r"|\b(?P<rel>tomorrow|overnight|by\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|this\s+week|next\s+week|"
    r"this\s+month|by\s+(?:the\s+)?end\s+of\s+(?:the\s+)?(?:day|week|month))\b",
    _FLAGS,
)
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "quarter": 91, "year": 365}
_FACTOR_WORDS = precompiled(
    r"\b(?P<w>double|doubling|triple|tripling|quadruple|quadrupling|twofold|threefold|fourfold|tenfold)\b"
    r"|(?<![\w.])(?P<x>\d+(?:\.\d+)?)\s?(?:x|-fold)\b",
    _FLAGS,
)
_FACTOR_VALUES = {"double": 2, "doubling": 2, "twofold": 2, "triple": 3, "tripling": 3, "threefold": 3,
                  "quadruple": 4, "quadrupling": 4, "fourfold": 4, "tenfold": 10}
_FROM_TO = precompiled(
    r"\bfrom\s+(?:about\s+|around\s+)?(?P<a>[$€£]?\d+(?:,\d{3})*(?:\.\d+)?)\s*%?(?:\s*[^\W\d][\w-]*){0,3}?\s+"
    r"(?:to|up\s+to|down\s+to)\s+(?P<b>[$€£]?\d+(?:,\d{3})*(?:\.\d+)?)",
    _FLAGS,
)
_BY_PERCENT = precompiled(
    r"\b(?P<verb>increase|increasing|grow|growing|raise|raising|boost|boosting|lift|reduce|reducing|cut|"
    r"cutting|lower|lowering|decrease|decreasing)\b(?:\s+[^\s.;!?]+){0,5}?\s+by\s+(?P<p>\d+(?:\.\d+)?)\s*(?:%|percent)",
    _FLAGS,
)


def _window_days(text: str) -> tuple[float, int, int] | None:
    """The shortest explicit time window in the goal, in days, with its span."""
    best: tuple[float, int, int] | None = None
    for m in _WINDOW.finditer(text):
        if m.group("rel"):
            rel = m.group("rel").lower()
            days = 1.0 if rel in ("tomorrow", "overnight") or rel.endswith("day") else 7.0
            if "month" in rel:
                days = 30.0
        else:
            n = _number(re.sub(r"\s+", " ", m.group("n")).split(" ")[-1]) or 1.0
            days = n * _UNIT_DAYS[m.group("unit").lower()]
        if best is None or days < best[0]:
            best = (days, m.start(), m.end())
    return best


_TIME_UNIT = precompiled(r"\s*(?P<u>sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|hours?|days?|weeks?|months?)\b", _FLAGS)
_UNIT_MINUTES = {"s": 1 / 60, "m": 1.0, "h": 60.0, "d": 1440.0, "w": 10080.0}


def _time_unit(text: str, pos: int) -> float | None:
    """Minutes per unit when a time unit follows ``pos`` ("4 hours" -> 60), else None."""
    m = _TIME_UNIT.match(text, pos)
    if not m:
        return None
    unit = m.group("u").lower()
    return 43200.0 if unit.startswith("mo") else _UNIT_MINUTES[unit[0]]


# A universal rollout over many sites ("every fixture across all 40 sites", "at all 60 branches").
_MASS_SCOPE = precompiled(
    r"\b(?:all|every\s+one\s+of|each\s+of)\s+(?:the\s+|our\s+|its\s+|their\s+)?(?P<n>\d+(?:,\d{3})*)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:sites|locations|stores|branches|schools|buildings|offices|facilities|campuses|plants|"
    r"warehouses|clinics|hospitals|countries|regions|depots|restaurants|outlets|venues|properties)\b",
    _FLAGS,
)
_MASS_SITES = 10


def _change_factor(text: str) -> tuple[float, int, int] | None:
    """The largest relative change the goal asks for (3.0 = three times or a cut to a third)."""
    found: list[tuple[float, int, int]] = []
    for m in _FACTOR_WORDS.finditer(text):
        value = _FACTOR_VALUES.get((m.group("w") or "").lower()) or _number(m.group("x") or "")
        if value:
            found.append((float(value), m.start(), m.end()))
    for m in _FROM_TO.finditer(text):
        a, b = _number(m.group("a")), _number(m.group("b"))
        # "from 4 hours to 90 minutes": compare like with like.
        unit_a, unit_b = _time_unit(text, m.end("a")), _time_unit(text, m.end("b"))
        if a and b and unit_a and unit_b:
            a, b = a * unit_a, b * unit_b
        if a and b and a > 0 and b > 0:
            found.append((max(a / b, b / a), m.start(), m.end()))
    for m in _BY_PERCENT.finditer(text):
        p = _number(m.group("p")) or 0.0
        down = m.group("verb").lower().startswith(("reduc", "cut", "lower", "decreas"))
        factor = (1 / (1 - p / 100) if p < 100 else 100.0) if down else 1 + p / 100
        found.append((factor, m.start(), m.end()))
    return max(found) if found else None


_ALL_OF = precompiled(r"(?:100\s?(?:%|percent)|one\s+hundred\s+percent)\s+of\s+(?:[\w'’/-]+\s+){1,8}?"
                     r"(?:will\s+be|shall\s+be|are|is|get|have\s+been|has\s+been)\s+(?:[a-z]+ly\s+)?(?P<participle>[a-z]{3,20})\b",
                     re.IGNORECASE)


def _whole_population(text: str, hit: Hit, rules: GoalRules) -> bool:
    """Whether a 100% target counts a finite set each member of which is changed once ("Train 100% of
    nursing staff", "100 percent of the budget will be attached to results"): a completion, not a
    perfection target on an ongoing rate ("Respond to 100% of calls", "100% uptime")."""
    if not rules.population_verbs or not re.match(r"(?:100|one)", text[hit.start:hit.end], re.IGNORECASE):
        return False
    before = re.search(r"([A-Za-z-]+)\s+\Z", text[max(0, hit.start - 30):hit.start])
    if before and before.group(1).lower() in rules.population_verbs and re.match(r"\s{1,3}of\b", text[hit.end:]):
        return True
    passive = _ALL_OF.match(text, hit.start)
    return bool(passive) and any(stem(passive.group("participle")) == stem(verb) for verb in rules.population_verbs)


_GROUP_AFTER = precompiled(r"\)?\s{1,3}of\s{1,3}(?P<group>(?:(?:the|our|all|those|people|anyone|everyone)\s{1,3})?"
                          r"(?:(?!(?:who|that|which)\b)[\w'’-]+[ \t]{1,3}){0,6}?(?!(?:who|that|which)\b)[\w'’-]+)"
                          r"(?=[ \t]{1,3}(?:who|that|which)\s{1,3}"
                          r"(?P<relative>(?:(?:are|is|have|has|were)\s{1,3})?[\w'’-]+)|[ \t]*(?:[,.;:()]|$|[ \t](?:to|within|in|by|for|and|with|on)\b))",
                          re.IGNORECASE)
_ALL_BEFORE = precompiled(r"\ball\s{1,3}(?:(?:the|our|of\s{1,3}(?:the|our))\s{1,3})?(?P<group>[^.;:()!?]{1,80}?)"
                          r"(?:\s{1,3}(?:within|in|by|on|at)\b[^.;:()!?]{0,40})?\s{0,3}\(\Z", re.IGNORECASE)
_SUBDAY_WINDOW = precompiled(r"\b(?:within|in|under|inside|less\s{1,3}than)\s{1,3}(?:[\w.-]+\s{1,3}){0,2}?"
                             r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|rings?)\b", re.IGNORECASE)


def _demand_coverage(text: str, hit: Hit, rules: GoalRules) -> bool:
    """Whether a 100% target counts what people ask of a service, or those who ask it ("Offer advice to 100% of
    those who ask us", "Answer 100% of requests within 20 working days", "acknowledge all enquiries and complaints
    within one working day (100%)"): coverage of demand, which a service can meet, not a perfection target on a
    rate. A response time in seconds, minutes or hours ("Respond to 100% of calls within 30 minutes") keeps it a
    perfection target."""
    if not (rules.demand_nouns or rules.asking_verbs) or not re.match(r"(?:100|one)", text[hit.start:hit.end],
                                                                     re.IGNORECASE):
        return False
    start, end = _sentence_of(text, hit.start)
    if _SUBDAY_WINDOW.search(text, start, end):
        return False
    after = _GROUP_AFTER.match(text, hit.end)
    if after and after.end("group") <= end:
        if after.group("relative") and any(stem(w) in rules.asking_verbs for w in after.group("relative").split()):
            return True
        group = re.findall(r"[\w'’-]+", after.group("group").lower())
        # ("100% of people referred to the service": a group defined by a participle of asking)
        return any((w in rules.demand_nouns and not _work_item(group, i, rules))
                   or (w.endswith("ed") and stem(w) in rules.asking_verbs) for i, w in enumerate(group))
    before = _ALL_BEFORE.search(text, start, hit.start) if text[hit.start - 1:hit.start] == "(" else None
    group = re.findall(r"[\w'’-]+", before.group("group").lower()) if before else []
    return any(w in rules.demand_nouns and not _work_item(group, i, rules) for i, w in enumerate(group))


def _work_item(words: list[str], i: int, rules: GoalRules) -> bool:
    """Whether the request noun at ``words[i]`` is a work item of the team's own queue: the compound's modifiers
    name the item's kind ("merge requests", "code review requests", "staff expense claims"), so nobody served asks
    it. A served party or a service topic ("customer requests", "housing requests") leaves it demand."""
    return any(w in rules.work_item_kinds for w in words[max(0, i - 2):i])


# Zero named as where a goal's measured cut is heading ("Cut injuries by 20% this year on the way to zero").
_TOWARD_ZERO = precompiled(r"(?:\bon\s{1,3}(?:the|our)\s{1,3}(?:way|road|path|journey)(?:\s{1,3}to(?:wards?)?)?|\btowards?)"
                           r"\s{1,3}(?:(?:a|an|the|our)\s{1,3})?(?:(?:long-term|ultimate|overall|eventual)\s{1,3})?"
                           r"(?:(?:aim|goal|target|vision)\s{1,3}of\s{1,3})?\Z", re.IGNORECASE)


# What keeps work going rather than done once: a standing verb or a time it holds over ("at all times", "always").
_STANDING = precompiled(r"\b(?:maintain|maintains|keep|keeps|sustain|sustains|always|ongoing)\b|\bat\s{1,3}all\s{1,3}times\b",
                        re.IGNORECASE)
_COUNTED_ITEMS = precompiled(r"\s{1,3}(?:[\w'’-]+\s{1,3}){0,3}?(?P<noun>[a-z][\w-]{2,30}(?<![su])s)\b")
_PERIOD_PLURAL = precompiled(r"(?:second|minute|hour|day|week|fortnight|month|quarter|year|shift|sprint|term|semester|"
                             r"time)s", re.IGNORECASE)


_MEASURE_OF = precompiled(r"\b(?P<head>[a-z]+)\s{1,3}of\s", re.IGNORECASE)


def _metric_window(text: str, hit: Hit, rules: GoalRules) -> bool:
    """Whether a window counted from an event ("within 30 days of discharge", "within 12 months of a previous
    referral") sits inside a measure's noun phrase ("the share of patients readmitted ...", "the proportion of repeat
    callers ..."): it defines which cases the measure counts, not a deadline (evals/dev18); one on the goal's own act
    ("Within six months of starting in post, complete ...") is a deadline."""
    if (not rules.measure_heads or not re.match(r"within\b", text[hit.start:hit.end], re.IGNORECASE)
            or not re.match(r"\s{1,3}(?:of|after|following|from)\s", text[hit.end:])):
        return False
    start = _sentence_of(text, hit.start)[0]
    heads = [m for m in _MEASURE_OF.finditer(text, start, hit.start) if m.group("head").lower() in rules.measure_heads]
    return bool(heads) and not re.search(r"[,;:]", text[heads[-1].end():hit.start]) and len(
        text[heads[-1].end():hit.start].split()) <= 12


def _counted_one_off(text: str, hit: Hit) -> bool:
    """Whether a perfection phrase qualifies a counted set of work done once ("a log of 200 dispensed items without
    any errors", "Complete 50 supervised rounds without a single error"): finite work done right each time can be met,
    unlike a perfection target on an ongoing rate ("Dispense every prescription without any errors", "zero errors
    every month"); a count of periods ("12 months without an injury") is a streak, not a set (evals/dev18)."""
    start, end = _sentence_of(text, hit.start)
    if _standing_or_cadence(text, start, end):
        return False
    clause = max(text.rfind(",", start, hit.start), text.rfind(";", start, hit.start), start - 1) + 1
    for n in _clause_numbers(text, clause, end):
        if n.end > hit.start - clause:
            break
        if n.percent or n.ordinal or (1900 <= n.value <= 2100 and n.text.isdigit()) or n.value < 2:
            continue
        items = _COUNTED_ITEMS.match(text, clause + n.end, hit.start)
        if items and not _PERIOD_PLURAL.fullmatch(items.group("noun")):
            return True
    return False



# A sentence's standing-rate and cadence words, and a clause's numbers, are read once per sentence or clause: a
# sentence with many perfection phrases (hostile input repeats one thousands of times) is not read again per phrase.
@lru_cache(maxsize=32)
def _standing_or_cadence(text: str, start: int, end: int) -> bool:
    return bool(_STANDING.search(text, start, end) or _CADENCE_WORD.search(text, start, end))


@lru_cache(maxsize=32)
def _clause_numbers(text: str, clause: int, end: int) -> list[NumberMention]:
    """The numbers of ``text[clause:end]`` in order (offsets relative to ``clause``)."""
    return sorted(numbers(text[clause:end]), key=lambda n: n.end)

@cache
def _adverse_event_nouns() -> frozenset[str]:
    """``assistant/data/adverse_event_nouns.txt``: nouns one of whose two most frequent WordNet 3.0 senses is a mishap,
    failure, illness or injury, wrong act, death, defect or complaint (``scripts/build_adverse_event_nouns.py``)."""
    return read_words("adverse_event_nouns.txt")


# "zero" or "0" before a counted noun phrase ("net zero" is a balance; "zero-based", "zero-emission" are compounds)
_ZERO_COUNT = precompiled(r"(?<![\w.,-])(?<!net\s)(?:zero|0)\s{1,3}(?=[A-Za-z])", re.IGNORECASE)
_NP_WORD = precompiled(r"(?P<word>[A-Za-z][\w'’/-]*)\s{0,3}")
_NP_GLUE = frozenset({"and", "or", "of"})
_NP_END = (FUNCTION_WORDS | PREPOSITIONS | {"ever"}) - _NP_GLUE
# a thing counted outside its limits is an exceedance ("zero readings out of range", "zero samples outside 2-8 °C")
_OUT_OF_LIMITS = precompiled(r"(?:out\s{1,3}of\s{1,3}(?:range|spec|specs|specification|specifications|limits?|tolerance|"
                             r"compliance|calibration|service)\b|outside\s{1,3}(?:(?:the|its|their)\s{1,3})?"
                             r"(?:range|limits?|tolerance|band|spec|specification)\b|outside\s{1,3}[-+]?\d)", re.IGNORECASE)
# a zero with "ever" after its noun phrase ("Zero tickets ever breach the SLA"): no time it may lapse in
_ZERO_EVER = precompiled(r"(?<![\w.,-])(?<!net\s)(?:zero|0)\s{1,3}(?:[A-Za-z][\w'’/-]*,?\s{1,3}){1,6}?ever\b",
                         re.IGNORECASE)
_ALL_TIMES = precompiled(r"\bat\s{1,3}all\s{1,3}times\b", re.IGNORECASE)
# a measured band or bound: a range, a percentage, degrees, a concentration or pressure, a rate per unit of time
_MEASURED_BAND = precompiled(
    r"\bbetween\s{1,3}[-+]?\d[\d,.]*\s*(?:%|°\s?[CF]?|[A-Za-z/]+)?\s{1,3}and\s{1,3}[-+]?\d"
    r"|(?<![\w.])\d[\d,.]*\s*(?:%|percent\b|per\s{1,3}cent\b|°|degrees?\b|ppm\b|ppb\b|psi\b)"
    r"|(?<![\w.])\d[\d,.]*\s{1,3}(?:[A-Za-z]+\s{1,3}){0,2}?per\s{1,3}(?:second|minute|hour)\b", re.IGNORECASE)


_MAX_ZERO_FLAGS = 4  # real goals hold a few targets; each flag costs a clause scan later (_counted_one_off)

# Negation as a zero count (the negative determiner and adverb: "no" and "never" quantify over every occurrence, so
# "No dog ever goes home with a clipper burn" counts burns and sets the count at zero, as "Zero dogs ever ..." does;
# "Never fail an electrical inspection again" sets failed inspections at zero; evals/dev23 and dev25 guides).
# The determiner "no" counts when it opens the goal's own statement (its first words, after a label such as "KR:", or
# after "ensure/make sure (that)"), never inside a purpose clause ("so that no one is left in the water" is the aim
# beyond the action), a manner phrase ("with no loss of functionality") or a bound ("no more than 5", "no later than").
_NO_BOUND = ("more", "fewer", "less", "later", "earlier", "longer", "sooner", "greater", "higher", "lower", "further",
             "other", "additional", "extra", "matter", "doubt", "cost", "charge", "one", "single", "exceptions")
_NEGATED_HEAD = precompiled(
    r"(?:\A\s*|[.;!?\n:]\s{0,12})(?:(?:(?:we|i)\s{1,3}(?:will\s{1,3})?)?(?:ensure|make\s{1,3}sure)\s{1,3}(?:that\s{1,3})?)?"
    r"(?P<no>no)\s{1,3}(?!(?:" + "|".join(_NO_BOUND) + r")\b)(?=[A-Za-z])", re.IGNORECASE)
# "never" and the verb it negates: a zero count of that verb's event when the verb names a mishap (its noun, the verb
# itself or its "-ure"/"-ing"/"-or" form, is in ``adverse_event_nouns``: fail/failure, miss, lapse, slip, breach, err/error)
# or when "again" closes the clause (no further occurrence at all)
_NEVER_VERB = precompiled(r"\bnever\s{1,3}(?:(?:again|ever)\s{1,3})?(?P<verb>[a-z]+)\b", re.IGNORECASE)
# the words of a negative subject's clause up to a non-assertive "ever" in it ("No brim on any hat we sell ever drops"):
# the scope of the negation runs to the end of its clause (Quirk et al. 1985, 10.58-10.64), so "ever" anywhere before
# a word that opens another clause puts the event at zero on every occasion
_EVER_IN_CLAUSE = precompiled(r"(?P<words>(?:[A-Za-z][\w'’/-]*\s{1,3}){1,12}?)ever\b", re.IGNORECASE)
_AGAIN_AFTER = precompiled(r"[^.;:!?\n]{0,80}?\bagain\b", re.IGNORECASE)
# "without any/a single/a/an <noun phrase>": the negated noun phrase counted at zero when it names a mishap ("Make it an
# entire year without any injuries", "12 months without an injury": a streak on a running operation, evals/dev18; the
# rule attain.perfection lists a few such nouns, "without any error/complaint/defect", this reads the WordNet list)
# (after "a"/"an" the mishap is the phrase's first word, "without an injury"; a modified head, "without a signed packing
# slip", names a document, not a mishap)
_WITHOUT_NP = precompiled(r"\bwithout\s{1,3}(?P<det>a\s{1,3}single|any|an?)\s{1,3}(?P<np>(?:[A-Za-z][\w'’/-]*\s{0,3}){1,4})",
                          re.IGNORECASE)
_PURPOSE_BEFORE = precompiled(r"\b(?:so\s{1,3}that|so|in\s{1,3}order\s{1,3}that|to\s{1,3}ensure|ensuring)\s{1,3}(?:[\w'’-]+\s{1,3}){0,3}\Z",
                              re.IGNORECASE)


def _adverse_verb(verb: str, adverse: frozenset[str]) -> bool:
    """Whether a verb names a mishap: it, or its noun by the regular "-ure", "-ing" or "-or" suffix, is an adverse
    event noun ("fail": "failure"; "err": "error"; "miss", "lapse", "slip", "breach")."""
    v = verb.lower()
    return any(form in adverse for form in (v, v + "ure", v + "ing", v + "or", v.removesuffix("e") + "ing"))


@cache
def _mishap_nominals() -> frozenset[str]:
    """``assistant/data/mishap_nominals.txt``: nouns WordNet 3.0 defines as the mishap a mishap verb names ("loss":
    "something that is lost"; ``scripts/build_mishap_nominals.py``)."""
    return read_words("mishap_nominals.txt")


def _ever_in_clause(text: str, pos: int) -> bool:
    """Whether "ever" stands in the clause of the negative subject that ends at ``pos``, before any word that opens
    another clause (``CLAUSE_LINKS``) or any punctuation (see ``_EVER_IN_CLAUSE``)."""
    m = _EVER_IN_CLAUSE.match(text, pos)
    return m is not None and not any(w.lower() in CLAUSE_LINKS for w in m.group("words").split())


def _never_after_subject(text: str, pos: int) -> bool:
    """Whether the "never" at ``pos`` stands in the verb group of the main clause heading its sentence, after a
    subject of the clause's own that names a thing, not the goal's holder ("The live server never goes down", "Duty
    must never exceed 90 %", "KR: Furnace never drops below working temperature during a class"): the zero-frequency
    adverb puts the subject's event at zero on every occasion of a running operation (Quirk et al. 1985, 8.64, 10.58),
    a perfection target, as "no ... ever" is. Not in a clause opened by a linking word ("so the clock never goes
    down": its purpose or result), a relative clause ("stops that are never used": no subject of its own), an
    imperative ("Never skip the warm-up": the holder's conduct, read by the verb) or with a personal subject; a
    "subject" that ends in a determiner or preposition is no noun phrase ("Stabilize the never type": "never" in a
    name, after a verb's object opened)."""
    starts, found, verb_starts = _sentence_clauses(text, *_sentence_of(text, pos))
    i = bisect_right(starts, pos) - 1
    if i < 0 or not pos < found[i].end:
        return False
    clause = found[i]
    subject = clause.subject_words
    return (not clause.link and not clause.inherited and bool(subject) and subject[0] not in PERSONAL_PRONOUNS
            and subject[-1] not in DETERMINERS and subject[-1] not in PREPOSITIONS and pos in verb_starts[i])


@lru_cache(maxsize=8)
def _sentence_clauses(text: str, start: int, end: int) -> tuple[list[int], list[Clause], list[frozenset[int]]]:
    """The clauses of the sentence ``text[start:end]``, their starts and their verbs' starts, read once per sentence
    however many "never"s it holds (a sentence of thousands is read once, not once per word)."""
    found = clauses(text, start, end)
    return [c.start for c in found], found, [frozenset(t.start for t in c.verbs) for c in found]


def _negated_mishap(text: str, pos: int, adverse: frozenset[str]) -> bool:
    """Whether the noun phrase a negative determiner opens at ``pos`` names a mishap by a deverbal noun of a mishap
    verb ("No paint loss on any panel", "No data loss under any circumstances": the nominalization of "lose", Quirk et
    al. 1985, 17.51-17.54) or by a mishap participle before or after its noun ("No missed deadlines", "No panels
    damaged in transit"), as ``_chance_event_zeros`` reads the phrase after "zero"; the phrase ends at a function word
    or preposition, at punctuation or after its fourth word."""
    for _ in range(4):
        w = _NP_WORD.match(text, pos)
        if w is None or w.group("word").lower() in _NP_END:
            return False
        if any(fold_plural(part) in _mishap_nominals() for part in w.group("word").lower().split("-")) or _mishap_participle(
                text, w, adverse) is not None:
            return True
        if w.end() == w.end("word"):  # punctuation ends the phrase
            return False
        pos = w.end()
    return False


def _negated_zeros(text: str, rules: GoalRules) -> list[tuple[int, int, bool]]:
    """Zero counts told by negation: spans of "no <noun phrase>" heading the goal's statement and of "never <verb>",
    each with whether it is a perfection target on a running operation (a mishap named by the noun phrase or the verb,
    or "ever"/"again" ruling out any occurrence). Inside a purpose clause a negation is the aim, not the target."""
    adverse = _adverse_event_nouns()
    out: list[tuple[int, int, bool]] = []
    for m in _NEGATED_HEAD.finditer(text):
        start = m.start("no")
        end = _sentence_of(text, start)[1]
        clause = text[start:end]
        words = re.findall(r"[A-Za-z][\w'’/-]*", clause)[1:7]
        ever = any(w.lower() in ("ever", "again") for w in words) or _ever_in_clause(text, m.end())
        mishap = any(fold_plural(part) in adverse for w in words[:4] for part in w.lower().split("-")) or _negated_mishap(
            text, m.end(), adverse) or harm_time_count(text, m.end()) is not None
        phrase_end = start + len(re.match(r"no\s{1,3}(?:[A-Za-z][\w'’/-]*\s{0,3}){1,3}", clause, re.IGNORECASE).group().rstrip())
        out.append((start, phrase_end, ever or mishap))
    for m in _NEVER_VERB.finditer(text):
        if _PURPOSE_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            continue
        again = _AGAIN_AFTER.match(text, m.end()) is not None or "again" in m.group().lower()
        if _adverse_verb(m.group("verb"), adverse) or again or _never_after_subject(text, m.start()):
            out.append((m.start(), m.end(), True))
    for m in _WITHOUT_NP.finditer(text):
        if _PURPOSE_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            continue
        pos = m.start("np")
        longest = 1 if m.group("det").lower() in ("a", "an") else 4
        for n, w in enumerate(_NP_WORD.finditer(text, pos, m.end())):
            if n >= longest:
                break
            word = w.group("word").lower()
            if word in _NP_END:
                break
            if any(fold_plural(part) in adverse for part in word.split("-")):
                out.append((m.start(), w.end("word"), True))
                break
            if w.end() == w.end("word"):  # punctuation ends the phrase
                break
    return out



@cache
def _mishap_participles() -> frozenset[str]:
    """``assistant/data/mishap_participles.txt``: past participles of verbs one of whose two most frequent WordNet 3.0
    senses is, or is a direct troponym of, a mishap that befalls a thing: damage, injure, lose, break, ruin, spoil,
    steal, crack, fail (``scripts/build_mishap_participles.py``)."""
    return read_words("mishap_participles.txt")


# a preposition of cause after a participle ("closed for disease", "lost to injury", "damaged by misuse"), its
# determiner, and the noun phrase's head (Quirk et al. 1985, 9.44-9.45: cause, reason)
_CAUSE_AFTER = precompiled(r"\s{1,3}(?:for|to|by|from|through|due\s{1,3}to|because\s{1,3}of|owing\s{1,3}to)\s{1,3}"
                           r"(?:(?:a|an|the|any)\s{1,3})?(?P<noun>[A-Za-z][\w-]*)(?P<after>\s{0,3}(?:[A-Za-z][\w'’-]*)?)",
                           re.IGNORECASE)


def _mishap_participle(text: str, w: re.Match[str], adverse: frozenset[str]) -> int | None:
    """Where a zero count's participle names what befalls the things counted, the end of the span to flag: a
    participle of a mishap verb, before its noun or after it in a reduced passive relative ("zero damaged shipments",
    "Zero templates damaged or lost", "Zero orders lost/untracked"; Quirk et al. 1985, 7.15 and 17.29-17.31), one
    whose stem is itself an adverse event noun ("missed", "failed", "breached"), or any participle whose cause is one
    ("Zero greens closed for disease": the head of a "for/to/by/due to ..." phrase right after it). A participle of
    a step one stops taking ("Zero manual steps required", "Zero new dependencies added") names no mishap."""
    word = w.group("word").lower()
    for part in re.split(r"[-/]", word):
        if part in _mishap_participles():
            return w.end("word")
        if len(part) > 4 and part.endswith("ed") and is_participle(part):
            stems = (part[:-2], part[:-1], part[:-3])
            if any(s in adverse or s + "ure" in adverse for s in stems):
                return w.end("word")
    if not is_participle(word) or w.end() == w.end("word"):
        return None
    cause = _CAUSE_AFTER.match(text, w.end("word"))
    if cause is None:
        return None
    after = cause.group("after").strip().lower()
    if fold_plural(cause.group("noun").lower()) in adverse and (not after or after in _NP_END):
        return cause.end("noun")
    return None


def _chance_event_zeros(text: str, rules: GoalRules) -> list[Hit]:
    """Perfection targets on a running operation told without a perfection word of the rules: zero of events that
    befall the work by chance or fault (a noun of ``adverse_event_nouns``: "Zero haul truck collisions", "Zero conveyor
    breakdowns"; zero of a thing one can stop using, "Zero paper dockets", stays an elimination), a zero that may
    never lapse ("Zero tickets ever breach the SLA"), and a measured band to hold "at all times" (evals/dev22)."""
    why = rules.by_id("attain.perfection").why
    out = []
    adverse = _adverse_event_nouns()
    for m in _ZERO_COUNT.finditer(text):
        if len(out) >= _MAX_ZERO_FLAGS:
            break
        harm = harm_time_count(text, m.end(), 5)
        if harm is not None:  # "Zero sick days": time lost to ill health
            out.append(Hit("attain.perfection", m.start(), harm, why))
            continue
        pos = m.end()
        for n in range(6):
            w = _NP_WORD.match(text, pos)
            if w is None:
                break
            word = w.group("word").lower()
            if word in _NP_END:
                limits = _OUT_OF_LIMITS.match(text, pos) if n else None
                if limits is not None:
                    out.append(Hit("attain.perfection", m.start(), limits.end(), why))
                break
            if any(fold_plural(part) in adverse for part in word.split("-")):
                out.append(Hit("attain.perfection", m.start(), w.end("word"), why))
                break
            mishap = _mishap_participle(text, w, adverse)
            if mishap is not None:
                out.append(Hit("attain.perfection", m.start(), mishap, why))
                break
            if w.end() == w.end("word") or n == 4:  # punctuation after the word, or a fifth word, ends the phrase
                break
            pos = w.end()
    for m in _ZERO_EVER.finditer(text):
        if len(out) >= 2 * _MAX_ZERO_FLAGS:
            break
        out.append(Hit("attain.perfection", m.start(), m.end(), why))
    out += [Hit("attain.perfection", start, end, why) for start, end, perfect in _negated_zeros(text, rules)
            if perfect and not _overlaps(start, end, [(h.start, h.end) for h in out])]
    for m in _ALL_TIMES.finditer(text):
        if len(out) >= 3 * _MAX_ZERO_FLAGS:
            break
        start, end = _sentence_of(text, m.start())
        if _MEASURED_BAND.search(text, start, end):
            out.append(Hit("attain.perfection", m.start(), m.end(), why))
    return out


# A universal subject of an outcome (evals/dev13, dev18, dev20 rulings: "All Customer needs are met", "Have every agent
# hit the strong benchmark on every QA criterion on every call", every student ongoing): the goal's own statement (its
# first words, after a label "KR:" or a lead time "By 2020,", or the clause after "ensure/make sure/guarantee (that)")
# has for subject a whole population told with "all/every/each", and for predicate a state or outcome of that population
# (a modal or a form of "be/have" with its verb, a present tense verb after a singular "every/each" noun, a predicative
# adjective in a headline "All Students Ready ...", or, after a causative "make/have", a bare verb). Every member
# reaching the state, every time, is a perfection target beyond the goal-holder's own act. The universal in the object
# of the holder's own act ("Contact each customer ...", "Provide ... for all staff") is no such subject; a one-off
# completion by a finite group ("All staff will complete the training", "each team will have evaluated ...", "100% of
# GitLab team members are certified", evals/dev/README.md) and a counted or shared target ("Every rep will make 50
# calls") stay attainable.
_UNIVERSAL_HEAD = precompiled(
    r"(?:\A|[.;!?\n:])\s{0,12}(?:by\s[^,.;:!?\n]{1,30},\s{1,3})?"
    r"(?:(?:(?:we|i)\s{1,3}(?:will\s{1,3})?|to\s{1,3})?(?P<lead>ensure|make\s{1,3}sure|guarantee|make|have)\s{1,3}"
    r"(?:that\s{1,3})?)?(?:the\s{1,3}[a-z]+\s{1,3}and\s{1,3})?"
    r"(?P<q>all|every|each)\s{1,3}(?:of\s{1,3})?(?:(?:the|our|my|its|their|your)\s{1,3})?(?=[A-Za-z0-9])",
    re.IGNORECASE)
_MODAL = frozenset({"will", "shall", "should", "must", "can", "would"})
_BE_HAVE = frozenset({"is", "are", "be", "has", "have", "becomes", "become", "remains", "remain", "feels", "feel", "gets"})
_ADVERBS = frozenset({"not", "also", "always", "fully", "consistently", "successfully", "actively", "then"})
# one-off completion by a finite group: the rules' population verbs and the perfection pattern's completion words
_COMPLETION = frozenset({"complete", "finish", "attend", "submit", "sign", "schedule", "pass"})
_UNIVERSAL_WORDS = 10
# a population of future members ("all new buildings", "every incoming hire"): the predicate is a rule applied as each
# one comes (the rule at each event above), not a state the existing population must all reach
_FUTURE_MEMBERS = frozenset({"new", "newly", "future", "incoming", "upcoming", "subsequent"})
# a subordinate clause of time after the predicate: the act is done at each event, a rule of conduct (goals36's
# look-alikes, "Use at least two patient identifiers when providing care")
_EACH_EVENT = precompiled(r"\b(?:before|after|when|whenever|once|until)\s{1,3}(?:it|they|he|she|the|each|every|a|an|[a-z]+ing)\b",
                          re.IGNORECASE)


@cache
def _verb_dominant() -> frozenset[str]:
    """``assistant/data/verb_dominant.txt``: lemmas whose usual part of speech is the verb (WordNet 3.0 SemCor counts)."""
    return read_words("verb_dominant.txt")


@cache
def _predicate_adjectives() -> frozenset[str]:
    """``assistant/data/quality_adjectives.txt``: words used mostly as adjectives (WordNet 3.0)."""
    return read_words("quality_adjectives.txt")


def _completion_verb(word: str, rules: GoalRules) -> bool:
    s = stem(word)
    return any(s == stem(v) for v in _COMPLETION | set(rules.population_verbs))


# Verbs of attaining a standard (the goal rules' own "achieve, reach, attain, exceed, hit" with "meet/met", "score",
# "graduate", "succeed", "thrive", "master"): an outcome each member must reach, not an act each can do.
_ATTAINING = frozenset({"achieve", "reach", "attain", "exceed", "hit", "meet", "met", "score", "graduate", "succeed",
                        "thrive", "master", "excel", "perform"})
_COPULAS = frozenset({"is", "are", "be", "feel", "feels", "become", "becomes", "remain", "remains", "stay", "stays"})
# The people a service serves (WordNet 3.0 hyponyms of person in their served role): an outcome of theirs lies outside
# the goal-holder's control (evals/dev/README.md: "an outcome outside the person's control"; dev13: every student).
_SERVED = frozenset({"student", "pupil", "learner", "child", "children", "kid", "customer", "client", "patient", "user",
                     "graduate", "family", "families", "resident", "visitor", "guest", "passenger", "citizen"})


def _outcome_predicate(words: list[re.Match[str]], verb_at: int, causative: bool) -> bool:
    """Whether a universal subject's predicate is a state or outcome of the population rather than an act each member
    does ("every agent follows the script", "every manager will agree objectives") or a state given to each thing
    ("All laptops are encrypted"): a verb of attaining a standard, a copula with an adjective ("is on track", "feel
    instant", "ready"), a progressive of an ongoing practice ("are providing accurate information"), or any predicate
    of a served population ("all students will develop ...")."""
    subject = [w.group("word").lower() for w in words[:verb_at]]
    rest = [w.group("word").lower() for w in words[verb_at:verb_at + 4]]
    if any(fold_plural(w) in _SERVED for w in subject[-2:]):
        return True
    head = rest[1] if rest[0] in _MODAL and len(rest) > 1 else rest[0]
    if stem(head) in {stem(v) for v in _ATTAINING} or (rest[0] in _MODAL and len(rest) > 2 and rest[1] == "be"
                                                        and stem(rest[2]) in {stem(v) for v in _ATTAINING}):
        return True
    copula = [i for i, w in enumerate(rest[:2]) if w in _COPULAS]
    if copula:
        after = rest[copula[0] + 1:copula[0] + 3]
        if after and (after[0].endswith("ing") or after[:2] == ["on", "track"]
                      or (after[0] in _predicate_adjectives() and not after[0].endswith("ed"))):
            return True
    # a headline "All Students Ready for Kindergarten"
    return not causative and rest[0] in _predicate_adjectives() and not rest[0].endswith("ed")


def _universal_outcomes(text: str, rules: GoalRules) -> list[Hit]:
    """Perfection targets told by a universal subject of an outcome (see ``_UNIVERSAL_HEAD``)."""
    why = rules.by_id("attain.perfection").why
    out: list[Hit] = []
    for m in _UNIVERSAL_HEAD.finditer(text):
        end = _sentence_of(text, m.end())[1]
        words = list(_NP_WORD.finditer(text, m.end(), end))[:_UNIVERSAL_WORDS]
        if not words or words[0].group("word").lower() in ("effort", "efforts", "reasonable", "possible", "time", "times") \
                or _CADENCE_WORD.match(text, m.start("q")):
            continue  # "make every effort"; "each time ...", "every month": a cadence, not a population
        if words[0].group("word").lower() in _FUTURE_MEMBERS:
            continue  # "all new buildings will achieve LEED Gold": a standard each future item is built to, a rule
        lead = (m.group("lead") or "").lower()
        causative = lead in ("make", "have")
        singular = m.group("q").lower() in ("every", "each")
        verb_at = None
        for i, w in enumerate(words[1:], start=1):
            word = w.group("word").lower()
            if causative:
                if word in _NP_END and word not in _BE_HAVE:
                    break
                if word in _verb_dominant() or word in _BE_HAVE:
                    verb_at = i
                    break
                continue
            if word in _MODAL or word in _BE_HAVE:
                verb_at = i
                break
            if singular and i <= 3 and word.endswith("s") and not word.endswith(("ss", "'s", "’s")) \
                    and (word[:-1] in _verb_dominant() or i == 1):  # "Every student graduates"
                verb_at = i
                break
            if not lead and i <= 3 and word in _predicate_adjectives() and text[m.start("q")].isupper() \
                    and words[i - 1].group("word")[0].isupper():
                verb_at = i  # a headline "All Students Ready for Kindergarten"
                break
            if word in ("who", "that", "which", "to") or w.end() == w.end("word") and text[w.end():w.end() + 1] in ",;:":
                break  # a relative clause, an infinitive or a comma: no predicate of the universal subject
        if verb_at is None:
            continue
        rest = [w.group("word").lower() for w in words[verb_at:verb_at + 4]]
        if any(_completion_verb(w, rules) for w in rest) or rest[:2] == ["will", "have"] \
                or (not causative and rest[0] in ("has", "have")) \
                or (rest[0] in ("is", "are", "be") and len(rest) > 2 and rest[1].endswith(("ed", "en")) and rest[2] == "with"):
            continue  # a one-off completion; a possession given to each ("Each team has a clear development path",
            # "all advisors have access to ...", evals/dev and dev9: provision, attainable; "all minibuses are fitted with
            # a working first-aid kit", equipment given to each) or a perfect tense
        if not _outcome_predicate(words, verb_at, causative):
            continue
        clause_end = end
        if _EACH_EVENT.search(text, words[verb_at].end(), clause_end):
            continue  # a rule of conduct at each event ("Ensure every bike is test-ridden before it is returned")
        if any(not n.ordinal and not (1900 <= n.value <= 2100 and n.text.isdigit())
               for n in numbers(text[m.end():clause_end])):
            continue
        out.append(Hit("attain.perfection", m.start("q"), words[verb_at].end("word"), why))
    return out


def _red_flags(text: str, rules: GoalRules, hits: list[Hit], amount: bool = False, timed: bool = False) -> list[Hit]:
    """The attainability flags. ``amount``/``timed``: the goal gives an amount or a time frame of its own. With an
    amount, a zero it heads toward is its aim, not its target; with either, an elimination it names ("... toward
    eliminating harm: a 30% reduction", "End X by 2030") has an interim target or a period."""
    perfection = [h for h in hits if h.rule == "attain.perfection"]
    perfection += [h for h in _chance_event_zeros(text, rules) if not _overlaps(h.start, h.end, [(f.start, f.end) for f in perfection])]
    perfection += [h for h in _universal_outcomes(text, rules) if not _overlaps(h.start, h.end, [(f.start, f.end) for f in perfection])]
    flags = [h for h in perfection if not _whole_population(text, h, rules)
             and not _demand_coverage(text, h, rules) and not _counted_one_off(text, h)
             and not (amount and re.search(r"\bzero\b", text[h.start:h.end], re.IGNORECASE)
                      and _TOWARD_ZERO.search(text, max(0, h.start - 60), h.start))]
    if not (amount or timed):
        flags += [h for h in hits if h.rule == "attain.elimination" and not _overlaps(h.start, h.end, [(f.start, f.end) for f in flags])]
    factor = _change_factor(text)
    window = _window_days(text)
    if factor and window:
        value, f_start, f_end = factor
        days, w_start, w_end = window
        if (value >= 2 and days <= _SHORT_WINDOW_DAYS) or (value >= 3 and days <= _QUARTER_DAYS):
            start, end = min(f_start, w_start), max(f_end, w_end)
            flags.append(Hit("attain.extreme_change", start, end, rules.by_id("attain.extreme_change").why))
    scope = _MASS_SCOPE.search(text)
    if scope and window and window[0] <= _SHORT_WINDOW_DAYS and (_number(scope.group("n")) or 0) >= _MASS_SITES:
        start, end = min(scope.start(), window[1]), max(scope.end(), window[2])
        flags.append(Hit("attain.extreme_scale", start, end, rules.by_id("attain.extreme_scale").why))
    rule = rules.by_id("attain.no_resources")
    constraint = rule.extra["constraint"].search(text)
    if constraint:
        immediate = rule.extra["immediate"].search(text)
        if immediate or (factor and factor[0] >= 2):
            other = immediate.span() if immediate else factor[1:]  # type: ignore[index]
            start, end = min(constraint.start(), other[0]), max(constraint.end(), other[1])
            flags.append(Hit(rule.id, start, end, rule.why))
    return sorted(flags, key=lambda h: h.start)


# a quantifier over the members of a set ("each", "every", "any", "all")
_QUANTIFIED = precompiled(r"\b(?:all|each|every|any)\b", re.IGNORECASE)
# a window before the clause ("two days after transactions are posted", "within 48 hours of"): the clause is the window's
# trigger, already read with the window (dev guide: durations from a trigger)
_WINDOW_BEFORE = precompiled(r"\b(?:\d+|" + NUMBER_WORD_PATTERN + r")(?:\s{1,3}(?:business|working|calendar|school))?\s{1,3}"
                             r"(?:minutes?|hours?|days?|weeks?|months?|years?)\s{1,3}\Z", re.IGNORECASE)


def _one_off_step(text: str, start: int, end: int) -> bool:
    """Whether an event clause after "after" names a one-off step finished before the goal ("after completing the new
    nursing protocols course", "After attending a 30-minute in-service"): a completion verb (``_COMPLETION``, the
    one-off completions of the universal reading) with no "each"/"every"/"any" in the clause is a sequence, not an
    event that recurs."""
    words = letter_words(text[start:end].lower())
    if len(words) < 2 or words[0] != "after" or _QUANTIFIED.search(text, start, end):
        return False
    gerund = words[1]
    return gerund.endswith("ing") and any(g in _COMPLETION for g in (gerund[:-3], gerund[:-3] + "e"))
