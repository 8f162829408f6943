"""Cadences and baselines inside a metric, passive and copular actions, and held states."""

from __future__ import annotations

import re
from functools import cache

from assistant.analyzers.goal.actions import (
    _ABSTRACT_NOUN,
    _PASSIVE,
    _artefact,
    _sentence_of,
)
from assistant.analyzers.goal.counts import (
    nominal_rate,
)
from assistant.analyzers.goal.layout import (
    _inflects_as_verb,
    _verb_word,
)
from assistant.analyzers.goal.models import (
    MAX_ACTIONS,
)
from assistant.analyzers.goal.rules import (
    GoalRules,
)
from assistant.analyzers.goal.spans import (
    _trim,
)
from assistant.analyzers.rulecache import precompiled
from assistant.text import (
    NUMBER_WORDS,
    is_participle,
    letter_words,
    numbers,
    wordset,
)
from assistant.wordlists import read_words

# Qualities, relations and areas a degree verb can only make more so (the abstract nouns of the area list, without its
# people, things and figures: "data", "systems", "project", "sales" are objects a degree verb can change for good).
_QUALITY_NOUNS = wordset("""accountability awareness collaboration communication communications competencies compliance
confidence consistency culture effectiveness efficiency engagement excellence expertise focus growth image impact
innovation knowledge leadership mindset morale outreach presence productivity professionalism profitability quality
relations relationship relationships reliability reputation safety security stability teamwork transparency
understanding usability visibility partnership partnerships ties bonds trust rapport connections cooperation
alliances credibility goodwill influence""")


_BASELINE = precompiled(
    r"\b(?:from|over|above|below|versus|vs\.?|compared\s{1,3}(?:to|with)|relative\s{1,3}to|against)\s{1,3}"
    # a year that names a period of its own ("over the 2027-28 school year", "over the 2026 to 2030 period") is when,
    # not a baseline
    r"(?:the\s{1,3})?(?:end\s{1,3}of\s{1,3})?(?!(?:FY\s?)?(?:19|20)\d\d(?:\s{0,3}[-–/]\s{0,3}\d{2,4}|\s{1,3}(?:to|through|until|till)\s{1,3}(?:19|20)\d\d)?\s{1,3}(?:(?:school|fiscal|academic|"
    r"calendar|budget|program|programme|grant|funding|financial|plan|planning|strategic\s{1,3}plan|contract|pilot|project|"
    r"performance|reporting)\s{1,3})?(?:year|quarter|semester|term|season|period|cycle)s?\b)"
    r"(?:(?:FY\s?)?(?:19|20)\d\d|FY\s?\d{2}|Q[1-4](?:\s{1,3}(?:FY\s?)?\d{2,4})?|"
    r"last\s{1,3}(?:year|quarter|month)|the\s{1,3}previous\s{1,3}(?:year|quarter|month)|(?:a|the)\s{1,3}baseline)"
    r"(?:[\s-]{1,3}(?:Q[1-4]|FY\s?\d{2,4}))?(?:\s{1,3}(?:levels?|results?|baseline|figures?|rates?|actuals?))?",
    re.IGNORECASE,
)
# An aside that compares ("(40% increase, same as Q2 to Q3)", "(up 12% vs FY26)") gives the change's
# baseline or precedent; the periods in it bound nothing, unless the aside itself sets a deadline.
_COMPARISON_ASIDE = precompiled(
    r"\((?=[^()\n]{0,160}\b(?:same\s{1,3}as|as\s{1,3}(?:from|in|between|during)|compared|versus|vs\b|relative\s{1,3}to|"
    r"than|(?:increase|rise|growth|gain|jump|decrease|drop|decline|reduction|improvement|change|up|down)\b))"
    r"(?![^()\n]{0,160}\b(?:by|before|until|till|due|no\s{1,3}later\s{1,3}than|deadline)\b)[^()\n]{0,160}\)",
    re.IGNORECASE)
_RATE_SUFFIX = precompiled(r"\b(?:m/m|w/w|q/q|y/y|mom|wow|qoq|yoy|month[\s-]over[\s-]month|week[\s-]over[\s-]week|"
                          r"year[\s-]over[\s-]year|quarter[\s-]over[\s-]quarter)\b", re.IGNORECASE)
# Continuous availability: the standard ways to say a service never closes.
_AVAILABILITY = precompiled(
    r"\b24\s{0,2}[/x×]\s{0,2}7\b|\b(?:24|twenty-four)\s{1,3}hours?\s{1,3}(?:a|per|each)\s{1,3}day\b"
    r"|\b(?:7|seven)\s{1,3}days?\s{1,3}(?:a|per|each)\s{1,3}week\b|\b365\s{1,3}days?\s{1,3}(?:a|per|each)\s{1,3}year\b"
    r"|\b(?:a)?round\s{1,3}the\s{1,3}clock\b", re.IGNORECASE)
_POPULATION = precompiled(
    r"\b(?:aged?|ages|grades?|grade\s{1,3}levels?)\s{1,3}(?:of\s{1,3})?(?:\d{1,3}|K|pre-?K)(?:\s{0,3}(?:-|–|to|through|and)\s{0,3}\d{1,3})?\+?"
    r"|\b\d{1,3}\s{0,3}(?:-|–|to)\s{0,3}\d{1,3}[\s-]{1,3}(?:year|yr)s?[\s-]{1,3}olds?\b|\b\d{1,3}[\s-]{1,3}(?:year|yr)s?[\s-]{1,3}olds?\b",
    re.IGNORECASE)
_METRIC_NOUNS = wordset(
    """active users user visitors visits sessions signups sign-ups recurring revenue sales orders downloads installs
    views pageviews subscribers customers uses"""
)
_CHANGE_VERBS = precompiled(r"^\W{0,3}(?:increase|grow|raise|boost|lift|reduce|decrease|lower|cut|improve|double|triple|"
                           r"maintain|achieve|reach|hit|drive|keep|deliver|generate)(?![\w-])", re.IGNORECASE)
_CADENCE_ADJECTIVES = frozenset({"daily", "weekly", "biweekly", "bi-weekly", "monthly", "quarterly", "yearly", "annual",
                                 "nightly", "hourly"})
# (the periods of rule time.cadence: a shift, sprint, term or semester recurs as a calendar period does, so "the time
# nurses spend on handover each shift" defines a metric as "weekly active users" does)
_CADENCE_WORD = precompiled(r"\b(?:daily|weekly|bi-?weekly|monthly|quarterly|yearly|annual|annually|nightly|hourly)\b"
                           r"|\b(?:per|each|every|a|an)\s{1,3}(?:(?:business|working|school)\s{1,3})?"
                           r"(?:day|week|month|quarter|year|semester|term|shift|sprint|pay\s{1,3}period)\b"
                           r"|\bevery\s{1,3}(?:\d{1,3}|two|three|four|five|six|eight|ten|twelve)\s{1,3}"
                           r"(?:days|weeks|months|quarters|years|semesters|terms|shifts|sprints|hours)\b",
                           re.IGNORECASE)
_RATE_METRIC = precompiled(
    r"%|\bpercent\b|\baverage\b|(?:(?<![\d,.])\d[\d,.]{0,15}|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million))"
    r"(?:\s{1,3}(?!(?:times|programs?|events?|sessions?\s{1,3}(?:of|for)|workshops?|classes|meetings?|reports?)\b)[\w-]{1,30}){0,3}?\s{1,3}"
    r"(?:users?|visitors?|visits|sessions|signups?|sign-ups?|downloads|installs|views|pageviews|subscribers|customers|members|"
    r"attendees|participants|children|students|patrons|residents|people|citations|publishers|contributors|readers|"
    r"listeners|viewers|followers|donors|volunteers|calls|tickets|requests|applications|orders|transactions|gifts|"
    r"dollars|leads|signatures|hits|clicks|impressions)\b|\b(?:circulation|revenue|sales|emissions)\b", re.IGNORECASE)


_RATE_AMOUNT = precompiled(r"(?:[$€£]\s?)?\d[\d,.]*\s{0,2}(?:%|k|m|bn|million|billion|thousand)?(?:\s{1,3}[a-z][\w-]{1,30}){0,6}\s{0,3}\Z"
                          r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred)\s{1,3}(?:million|"
                          r"thousand|billion)(?:\s{1,3}[a-z][\w-]{1,30}){0,6}\s{0,3}\Z", re.IGNORECASE)


_ACTION_COUNT = precompiled(r"\b(?:times|programs?|programmes?|events?|sessions?|workshops?|classes|meetings?|reports?|visits?|"
                           r"webinars?|trainings?|audits?|reviews?|posts?|articles?|releases?|calls|check-?ins?|"
                           r"inspections?|drills?|surveys?|newsletters?|briefings?|presentations?)\b", re.IGNORECASE)


_FRONTED_CADENCE = precompiled(r"(?:(?:each|every|per)\s{1,3}(?:day|week|month|quarter|semester|term|year|academic\s{1,3}year|"
                              r"fiscal\s{1,3}year|school\s{1,3}year)|annually|yearly|quarterly|monthly|weekly|"
                              r"year[\s-]over[\s-]year)\s{0,3},?\s{0,3}", re.IGNORECASE)
# (a hyphenated compound is another verb: "Double-check every payroll file" moves no number)
_DIRECTION_VERBS = precompiled(r"(?:increase|grow|raise|boost|lift|reduce|decrease|lower|cut|improve|double|triple)(?![\w-])",
                              re.IGNORECASE)


# Nouns of a schedule: a cadence adjective before them says how often the work is done ("on a monthly basis", "on a
# weekly schedule", "at quarterly intervals"), as the adverb does, and defines no metric.
_SCHEDULE_NOUNS = frozenset({"basis", "schedule", "cycle", "cadence", "rotation", "interval", "intervals"})


def _metric_cadences(text: str, rules: GoalRules) -> list[tuple[int, int]]:
    """Cadences that define a metric rather than schedule the work: 'weekly active users',
    'MQLs delivered weekly' or '10 MRs merged per week' in a goal that moves a number."""
    spans = [m.span() for m in _RATE_SUFFIX.finditer(text)]
    lead = text.lstrip()
    # A goal that counts an outcome (users, sessions, a share, an average) per period states a rate;
    # one that counts its own actions ("present 12 programs each year") keeps a schedule.
    # a goal that opens with its own action ("Complete maintenance on all 14 units each quarter") schedules it
    acts = bool(rules.action_verbs.match(text, len(text) - len(lead)))
    moves_a_number = bool(_CHANGE_VERBS.match(lead)) or bool(re.match(r"^\W{0,3}(?:[\w-]{1,30}\s{1,3}){0,4}?(?:is|are)\s", lead))
    # "Make 30 outbound calls per day", "Score four recorded calls per agent every week": the count is of the
    # goal's own acts, so the cadence schedules them (the dev guide's cadence rule), whatever is counted
    own_count = not moves_a_number and _counts_own_acts(lead, rules)
    metric_goal = _RATE_METRIC.search(text) is not None and not own_count
    # "Each year, increase enrollment from the baseline": a cadence fronting a change of a metric is the
    # period of the change (a rate), not a schedule of work
    fronted = _FRONTED_CADENCE.match(lead)
    rate_period = fronted.span() if fronted and _DIRECTION_VERBS.match(lead, fronted.end()) else None
    if rate_period is not None:
        offset = len(text) - len(lead)
        spans.append((rate_period[0] + offset, rate_period[1] + offset))
    # "Increase enrollment each year from the baseline": likewise when the cadence follows the change,
    # unless the goal counts its own actions ("raise the number of workshops held each quarter")
    directed = bool(rate_period) or bool(_DIRECTION_VERBS.match(lead)) and not _ACTION_COUNT.search(text)
    # A state to be in every period ("Each year, the collection will be sufficiently stocked", "the
    # reading room is kept clean each month") is a standard to hold, not work to finish by a date;
    # a count of the actions that keep it ("inspect it 4 times a year") is a schedule.
    holds_a_state = not acts and _holds_a_state(text, rules) and not _TIMES.search(text)
    for m in _CADENCE_WORD.finditer(text):
        after = text[m.end():m.end() + 30].split()
        if after and after[0].lower().strip(",.;") in _METRIC_NOUNS:
            spans.append(m.span())  # "weekly active users"
            continue
        # a verbless count per period: "KR: Two new hand-lettered fronts sold per month" (a count of the person's own
        # events, "...: one workshop per semester", schedules them, as after a verb)
        if (rate := nominal_rate(text, m.start())) is not None and not _ACTION_COUNT.search(text, *rate):
            spans.append(m.span())
            continue
        if (moves_a_number and after and m.group().lower() in _CADENCE_ADJECTIVES and after[0][:1].isalpha()
                and not _ACTION_COUNT.match(after[0]) and not _artefact(after[0].lower().strip(",.;"), rules)
                and after[0].lower() not in rules.stopwords and after[0].lower().strip(",.;") not in _SCHEDULE_NOUNS):
            spans.append(m.span())  # a number moved on a noun the cadence defines: "daily riders", "annual turnover"
            continue
        before = text[max(0, m.start() - 40):m.start()].lower().split()
        participle = bool(before) and before[-1].endswith("ed") and before[-1] not in ("scheduled", "held")
        if moves_a_number and (participle or any(w in ("average", "avg", "avg.") for w in before)):
            spans.append(m.span())  # "MQLs delivered weekly", "average MRs merged per week"
        elif (amount := _RATE_AMOUNT.search(text, max(0, m.start() - 90), m.start())) and (
                moves_a_number or (not acts and not own_count and not _ACTION_COUNT.search(amount.group()))):
            spans.append(m.span())  # a rate target: "700 signups per week", "raise 35 million annually"
        elif _MEASURE_CLAUSE.search(text, max(0, m.start() - 120), m.start()):
            spans.append(m.span())  # "as measured by increasing organic sessions from 3,200 to 7,000 a month"
        elif _MEANS_CLAUSE.search(text, max(0, m.start() - 90), m.start()):
            continue  # "Increase user engagement by promoting databases twice a week": the schedule of the means
        elif metric_goal or directed or (holds_a_state and not _joined_action_before(text, m.start(), rules)):
            spans.append(m.span())  # an outcome counted per period: "Each week, an average of 8,000 sessions"
    if moves_a_number:  # "Reduce turnaround time after every flight to 35 minutes": the event defines the metric
        spans += [m.span() for m in _EVENT_CADENCE.finditer(text)]
    return spans


# A measure clause the cadence sits in ("as measured by increasing organic sessions ... to 7,000 a month"): the period
# of the measure, not a schedule of work (the dev guide: a cadence that is part of a metric's definition is not
# time-bound; the analysis reads the "by" of such a clause as no deadline either)
_MEASURE_CLAUSE = precompiled(r"\b(?:measured|evidenced|shown|demonstrated|indicated|tracked|assessed|gauged)\s{1,3}by\b"
                              r"(?:[^;:.()]|\.(?=\d)){0,110}\Z", re.IGNORECASE)
# A means clause the cadence sits in ("by promoting databases twice a week"): the person's own act on a schedule, however
# the goal's result is counted (the dev guide's cadence rule: a recurring commitment to act is time-bound)
_MEANS_CLAUSE = precompiled(r"(?<!measured\s)\bby\s{1,3}[a-z]{3,20}ing\b[^,;:.()%\d]{0,80}\Z", re.IGNORECASE)
# An act at each occurrence of an event (rule time.cadence: "before every flight", "after each game")
_EVENT_CADENCE = precompiled(r"\b(?:after|before|following|ahead\s{1,3}of|at\s{1,3}the\s{1,3}(?:end|start|close)\s{1,3}of)"
                             r"\s{1,3}(?:each|every)\s{1,3}[a-z][\w-]*", re.IGNORECASE)
# Words that open a goal as a measure, not as its verb ("Average 12 qualified leads per week")
_MEASURE_OPENERS = frozenset({"average", "total", "mean", "median"})
_SHARE = precompiled(r"%|\bper\s?cent\b|\bpercent(?:age)?\b|\baverage\b", re.IGNORECASE)
# The opening verb (or two joined, "Listen to and score", or a two-word verb, "Cycle count") and its counted object
_OPENING_COUNT = precompiled(
    r"\W{0,3}(?P<verb>[A-Za-z][\w-]*)(?:\s{1,3}(?:to\s{1,3})?(?:and|or|&)\s{1,3}[A-Za-z][\w-]*|\s{1,3}[a-z][\w-]*(?=\s{1,3}\d))?"
    r"\s{1,3}(?:(?:at\s{1,3}least|up\s{1,3}to|about|around|over|more\s{1,3}than|no\s{1,3}fewer\s{1,3}than|a\s{1,3}minimum\s{1,3}of)"
    r"\s{1,3})?(?P<count>\d[\d,]*|[a-z]+)\b", re.IGNORECASE)


def _counts_own_acts(lead: str, rules: GoalRules) -> bool:
    """Whether the goal opens with the person's own verb on a counted object, not a share ("Check 25 dispensed
    prescriptions each shift", "Photograph and catalogue 50 objects every week"; not "Average 12 leads per week",
    nor "Work more closely with the 3 regional teams", whose count is not the verb's object)."""
    m = _OPENING_COUNT.match(lead)
    if m is None or _SHARE.search(lead):
        return False
    verb, count = m.group("verb"), m.group("count").lower()
    if verb.lower() in _MEASURE_OPENERS or not (count[0].isdigit() or count in NUMBER_WORDS):
        return False
    return bool(rules.action_verbs.match(lead, m.start("verb"))) or _verb_word(verb.lower())


_JOINED_VERB = precompiled(r"\b(?:and|then)\s{1,3}(?=[a-z])", re.IGNORECASE)


def _joined_action_before(text: str, start: int, rules: GoalRules) -> bool:
    """Whether the cadence at ``start`` follows a coordinated clause of the goal's own work ("Maintain accounts payable
    files and distribute accurate reports ... on a monthly basis"): the cadence schedules that work, a deliverable done
    or not done each period, whatever state the first clause keeps."""
    sentence_start = max(text.rfind(".", 0, start), text.rfind(";", 0, start)) + 1
    joins = list(_JOINED_VERB.finditer(text, sentence_start, start))
    return bool(joins) and bool(rules.action_verbs.match(text, joins[-1].end()))
_PASSIVE_AMOUNT = precompiled(r"\s{1,3}(?:by|to|from)\s{1,3}(?:(?:at\s{1,3}least|more\s{1,3}than|about|over|an?\s{1,3}average\s{1,3}of)"
                             r"\s{1,3})?(?:[$€£]\d|(?!(?:19|20)\d\d\b)\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|half)\b)", re.IGNORECASE)
_PASSIVE_SUBJECT_STOP = precompiled(r"[,;:]|\b(?:that|which|who|so|because|if|when|where|to)\b", re.IGNORECASE)


_FOCUS_NOUN = r"(?:(?:key|main|major|central|primary|particular|special|priority|continued|chief|core|learning|improvement)\s{1,3}){0,2}focus(?:es)?"
_FOCUS_AFTER = precompiled(r"\s{0,3}(?P<x>[^.;:!?,\n]{2,80}?)\s{1,3}(?:is|are|will\s{1,3}be|remains?|will\s{1,3}remain)\s{1,3}"
                           rf"(?:our|a|the|one\s{{1,3}}of\s{{1,3}}our|its|their|this\s{{1,3}}year's)\s{{1,3}}{_FOCUS_NOUN}\b",
                           re.IGNORECASE)
_FOCUS_BEFORE = precompiled(rf"\s{{0,3}}(?:our|the|this\s{{1,3}}year's)\s{{1,3}}{_FOCUS_NOUN}(?:\s{{1,3}}(?:this|next)\s{{1,3}}"
                            r"(?:year|term|semester|quarter))?\s{1,3}(?:is|will\s{1,3}be)\s{1,3}(?:on\s{1,3})?"
                            r"(?P<x>[^.;:!?,\n]{2,80}?)\s{0,3}(?=[.;:!?,\n]|\Z)", re.IGNORECASE)


def _copular_focus(text: str, sentence: tuple[int, int], rules: GoalRules) -> tuple[int, int] | None:
    """The span of a focus statement by copula whose named subject of work has a concrete word and starts with no
    verb ("Reading is a key focus ..."; not "Student success is our focus" or "Improving outcomes is our focus")."""
    start, end = sentence
    m = _FOCUS_AFTER.match(text, start, end) or _FOCUS_BEFORE.match(text, start, end)
    if m is None:
        return None
    words = re.findall(r"[A-Za-z][\w-]{1,30}", m.group("x"))
    if not words or words[0].lower() in rules.stopwords and words[0].lower() not in ("year", "key"):
        return None
    # (a generic phrase, "student success", and abstract nouns, "community", "wellbeing", name no subject of work)
    named = re.findall(r"[A-Za-z][\w-]{1,30}", rules.generic_phrases.sub(" ", m.group("x")))
    first = words[0].lower()
    if first.endswith("ing") and (_inflects_as_verb(first[:-3]) or _inflects_as_verb(first[:-3] + "e")):
        return None
    lowered = [w.lower() for w in words]
    if any(w in rules.evaluative or w in rules.comparatives for w in lowered):
        return None
    concrete = [w for w in (n.lower() for n in named) if w not in rules.stopwords and w not in rules.generic_words
                and w not in rules.time_words and w not in _QUALITY_NOUNS and not _ABSTRACT_NOUN.search(w)
                and w not in ("focus", "key", "main", "wellbeing", "well-being")]
    return _trim(text, *sentence) if concrete else None


def _passive_action(text: str, sentence: tuple[int, int], rules: GoalRules) -> tuple[int, int] | None:
    """The span of a passive clause whose subject is concrete ("the lobby will be cleaned"), read
    as the action done to that subject; None for a state ("kept", "sufficiently stocked", "clean")."""
    start, end = sentence
    m = _PASSIVE.search(text, start, end)
    if m is None:
        return None
    participle = m.group("participle").lower()
    if participle in rules.qualities or participle in ("kept", "maintained", "held") and not m.group("adverb"):
        return None
    if participle in rules.regard_forms:
        return None  # "Customer feedback is valued", "Residents' views are respected": how it is held, no act done
    if m.group("adverb") and m.group("adverb").strip().lower() in _DEGREE_ADVERBS:
        return None  # "sufficiently stocked": how full, a state
    if any(regex.fullmatch(participle) for regex in (rules.vague_verbs, rules.effort_verbs, rules.change_verbs)) and not (
            rules.change_verbs.fullmatch(participle) and _PASSIVE_AMOUNT.match(text, m.end())):
        # "services will be improved": an area, as "improve services" is ("overtime will be reduced by 20%" names
        # how far, as "reduce overtime by 20%" does)
        return None
    head = text[start:m.start()]
    clauses = _PASSIVE_SUBJECT_STOP.split(head)
    subject = clauses[-1] if clauses else head
    words = [w.lower() for w in re.findall(r"[A-Za-z][\w-]{1,30}", subject)]
    # (a metric changed by an amount needs no concrete head: "sales will be increased by 15%", as "increase sales
    # by 15%")
    measured = bool(rules.change_verbs.fullmatch(participle) and _PASSIVE_AMOUNT.match(text, m.end()))
    concrete = [w for w in words if len(w) > 2 and w not in rules.stopwords and (measured or w not in rules.generic_words)
                and w not in rules.time_words and w not in NUMBER_WORDS and w not in rules.evaluative]
    if not concrete:
        return None
    if (re.match(r"(?:is|are)\s", m.group(), re.IGNORECASE) and words and words[-1] in rules.beneficiaries
            and not numbers(text[start:end])
            and not any(_artefact(w.lower(), rules) for w in letter_words(_PASSIVE_OBJECT.match(text, m.end(), end).group()))):
        # "Visitors are welcomed into an atmosphere of hospitality", "Patrons are greeted warmly": how the people
        # served are treated, stated as how things are, is a standing state of the service; nothing is made or
        # counted ("Every returning visitor is sent a feedback survey", "The report is submitted" are)
        return None
    return _trim(text, start + len(head) - len(subject), m.end())


# What a passive verb gives before any place, manner or time phrase ("is sent a feedback survey"; "at every branch" is
# where)
_PASSIVE_OBJECT = precompiled(r"(?:(?!\s(?:at|in|on|across|throughout|within|into|from|for|to|with|by|during|after|before)\s)[^.;!?])*",
                             re.IGNORECASE)


_DEGREE_ADVERBS = frozenset({"fully", "sufficiently", "adequately", "properly", "appropriately", "always", "consistently",
                             "readily", "reliably", "well"})


_STATE_PREDICATE = precompiled(
    r"\b(?:will\s{1,3}(?:be|remain|stay)|is|are|remains?|stays?|be)\s{1,3}(?P<kept>(?:kept|maintained|held)\s{1,3})?"
    r"(?P<degree>(?:fully|sufficiently|adequately|well|properly|always|consistently|readily|reliably|appropriately)\s{1,3})?"
    r"(?P<state>[a-z][\w-]{1,30})", re.IGNORECASE)
_SUBORDINATE = precompiled(r"\b(?:so|that|which|who|where|when|whenever|if|because|to|until|unless|once|after|before|"
                          r"while|as)\b", re.IGNORECASE)
_TIMES = precompiled(r"\b(?:\d{1,4}|once|twice|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s{1,3}times\b",
                    re.IGNORECASE)


def _holds_a_state(text: str, rules: GoalRules) -> bool:
    """Whether the goal's predicate is a state rather than an action: a copula or "kept"/"maintained"
    with a quality ("will be kept clean and welcoming", "are current") or with a degree adverb and a
    participle ("will be sufficiently stocked", "is fully staffed")."""
    for n, m in enumerate(_STATE_PREDICATE.finditer(text)):
        if n >= MAX_ACTIONS:
            break
        start, _ = _sentence_of(text, m.start())
        if _SUBORDINATE.search(text, max(start, m.start() - 200), m.start()):
            continue  # "... so the ledger is accurate": the state is the purpose, not the goal
        state = m.group("state").lower()
        if m.group("kept") or m.group("degree") or state in rules.qualities:
            return True
    return False


# --------------------------------------------------------------------------- an act timed by an event clause
# A temporal subordinator (Quirk et al. 1985, A Comprehensive Grammar of the English Language, 15.25-15.27: before,
# after, when, whenever, once, as soon as, prior to) whose complement is an event, not a date or a period: a
# non-finite clause ("before leaving the jobsite", "prior to beginning work", "when administering medications"), a
# finite clause ("before the glass goes in", "after gloves are removed") or an indefinite event noun ("before a
# procedure", "after any occurrence"). The act it times is done at each such event: a cadence of the act, as "before
# every flight" is (evals/dev20, dev25 and dev26 guides: an act at each event is time-bound and measurable).
_EVENT_SUBORDINATOR = precompiled(r"\b(?P<sub>before|after|when|whenever|once|as\s{1,3}soon\s{1,3}as|prior\s{1,3}to|"
                                  r"upon|following)\s{1,3}(?P<rest>[A-Za-z][^.;:!?\n]{0,120})", re.IGNORECASE)
_EVENT_DETERMINERS = frozenset({"the", "a", "an", "each", "every", "any", "its", "their", "his", "her", "our", "your",
                                "my", "this", "that", "these", "those", "all"})
_OBJECT_PRONOUNS = frozenset({"it", "them", "him", "her", "us", "me", "you", "one"})
_SUBJECT_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "you", "i", "this", "that", "these", "those"})
_GERUND_SUBORDINATORS = frozenset({"before", "after", "when", "whenever", "prior to", "upon"})
# ("until" ends a state kept up to an event, "Keep the old machines until the move is finished": no act at the event)
_FINITE_SUBORDINATORS = frozenset({"before", "after", "when", "whenever", "once", "as soon as"})
_INDEFINITE_SUBORDINATORS = frozenset({"before", "after", "prior to", "upon", "following"})
_BE_PASSIVE = frozenset({"is", "are", "gets", "get"})
_WORD = precompiled(r"[A-Za-z][A-Za-z'’-]*")


def _verb_lemma(word: str, verbs: frozenset[str]) -> str | None:
    """The verb-dominant lemma (assistant/data/verb_dominant.txt, WordNet 3.0 SemCor counts) of an -ing or third-person
    -s form ("leaving" -> "leave", "beginning" -> "begin", "goes" -> "go", "arrives" -> "arrive"), else ``None``."""
    w = word.lower()
    stems = []
    if w.endswith("ing") and len(w) > 4:
        base = w[:-3]
        stems = [base, base + "e"] + ([base[:-1]] if len(base) > 2 and base[-1] == base[-2] else [])
    elif w.endswith("es") and len(w) > 3:
        stems = [w[:-2], w[:-1]]
    elif w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        stems = [w[:-1]]
    return next((s for s in stems if s in verbs), None)


def _event_complement(sub: str, words: list[str], rules: GoalRules, verbs: frozenset[str]) -> int:
    """How many words of ``words`` (those after the subordinator) tell an event, 0 when they tell none."""
    if not words:
        return 0
    first = words[0].lower()
    # a gerund: an -ing form with an object after it ("before using it", "after touching a patient"), coordinated
    # with another ("before accessing or restocking supplies") or of a verb-dominant lemma ("prior to beginning work")
    if sub in _GERUND_SUBORDINATORS and first.endswith("ing") and len(first) > 4 and first not in rules.time_words:
        nxt = words[1].lower() if len(words) > 1 else ""
        if nxt in _EVENT_DETERMINERS or nxt in _OBJECT_PRONOUNS or (
                nxt in ("or", "and") and len(words) > 2 and words[2].lower().endswith("ing")) or _verb_lemma(first, verbs):
            return 2 if nxt else 1
    # a finite clause: a subject of up to four words, then a present verb ("the glass goes in", "a trailer is set
    # up", "gloves are removed")
    # (a pronoun subject, "before they are merged", is left to the each/every reading of the act's own items)
    if sub in _FINITE_SUBORDINATORS and first not in _SUBJECT_PRONOUNS:
        start = 1 if first in _EVENT_DETERMINERS else 0
        for i in range(start + 1, min(len(words), start + 5)):
            w = words[i].lower()
            if any(x.lower() in rules.time_words for x in words[start:i]) or words[i - 1].lower() in ("of", "to", "for"):
                break
            if w in _BE_PASSIVE and i + 1 < len(words) and re.fullmatch(r"[a-z]+(?:ed|en|t)", words[i + 1].lower()):
                return i + 2
            if w.endswith("s") and _verb_lemma(w, verbs) and i > start:
                return i + 1
    # an indefinite event noun: "before a procedure", "after any occurrence" (not a unit of time: "after a year")
    if sub in _INDEFINITE_SUBORDINATORS and first in ("a", "an", "any") and len(words) > 1:
        noun = words[1].lower()
        if noun not in rules.time_words and noun not in rules.stopwords and not noun.endswith("ly"):
            return 2
    return 0


@cache
def _dominant_verbs() -> frozenset[str]:
    """``assistant/data/verb_dominant.txt``: lemmas whose usual part of speech is the verb (WordNet 3.0 SemCor counts)."""
    return read_words("verb_dominant.txt")


# an infinitive that complements a noun phrase before the clause ("develop an ability to relax before taking tests"): the
# clause times that infinitive, not the goal's own act (Quirk et al. 1985, 17.30: the to-infinitive postmodifying a noun)
_NOUN_INFINITIVE = precompiled(r"\b(?:a|an|the|my|our|their|his|her|its|your)\s{1,3}(?:[A-Za-z-]+\s{1,3}){0,2}?[A-Za-z-]+\s{1,3}to\s{1,3}"
                               r"[a-z]+\b[^,.;:!?\n]{0,80}\Z", re.IGNORECASE)


# A clause of result or outcome before the clause ("..., leading to higher satisfaction and less stress when using the
# portal", "resulting in less frustration when calling", "so that they feel confident when starting"): the event clause
# belongs to the outcome told there, a state of the people served, not to the goal's act (Quirk et al. 1985, 15.49: "so
# that" clauses of result; 15.58: a supplementive -ing clause of result, "leading to", "resulting in").
_OUTCOME_BEFORE = precompiled(r"\b(?:(?:leading|leads?|led|contributing|contributes?)\s{1,3}to|"
                              r"(?:resulting|results?|resulted)\s{1,3}in|so\s{1,3}that|in\s{1,3}order\s{1,3}that)\b",
                              re.IGNORECASE)
# a noun, then a past participle, right before the clause: a reduced relative clause ("the complaints received after a
# price change", "the calls logged when the server goes down"; Quirk et al. 1985, 17.29-17.31: a postmodifying -ed
# clause): the event clause is part of the noun phrase, it tells which items are counted, not when the act is done
_REDUCED_RELATIVE = precompiled(r"\b(?P<noun>[A-Za-z][A-Za-z'’-]*)\s{1,3}(?P<part>[a-z]+)\s{1,3}\Z")
# (a verb group before the participle is a passive act, "all surfaces are wiped after each use": the act itself)
_AUXILIARIES = frozenset({"is", "are", "was", "were", "be", "been", "being", "am", "get", "gets", "got", "getting",
                          "have", "has", "had", "having", "will", "shall", "must", "should", "to", "not"})


def _reduced_relative(text: str, at: int) -> bool:
    """Whether a noun and its postmodifying past participle stand right before ``at`` (``_REDUCED_RELATIVE``)."""
    m = _REDUCED_RELATIVE.search(text, max(0, at - 60), at)
    if not m:
        return False
    noun, part = m.group("noun").lower(), m.group("part")
    return (is_participle(part) and noun not in _AUXILIARIES and noun not in _EVENT_DETERMINERS
            and not noun.endswith("ly") and not is_participle(noun))


def _event_clauses(text: str, rules: GoalRules) -> list[tuple[int, int]]:
    """The spans of the subordinate clauses of time whose complement is an event (``_event_complement``), those that
    time the goal's act: not one inside a noun phrase (a noun's to-infinitive, a reduced relative) nor one after a
    clause of result or outcome."""
    verbs = _dominant_verbs()
    found = []
    for m in _EVENT_SUBORDINATOR.finditer(text):
        sentence = _sentence_of(text, m.start())[0]
        if (_NOUN_INFINITIVE.search(text, sentence, m.start()) or _OUTCOME_BEFORE.search(text, sentence, m.start())
                or _reduced_relative(text, m.start())):
            continue
        sub = " ".join(m.group("sub").lower().split())
        tokens = list(_WORD.finditer(text, m.start("rest"), m.end("rest")))
        n = _event_complement(sub, [t.group() for t in tokens], rules, verbs)
        if n:
            found.append((m.start(), tokens[n - 1].end()))
    return found


# "each"/"every" before a noun, then in the same clause a temporal clause whose subject is "it"/"they", that member:
# "before it goes up to theatre", "on the day it is found", "as soon as they arrive"
_EACH_EVENT = precompiled(r"\b(?:each|every)\s+[a-z][\w'’-]*[^.;:!?\n]{0,100}?\b(?P<clause>(?:before|after|when|whenever|once|"
                          r"as\s{1,3}soon\s{1,3}as|(?:on|by\s{1,3}the\s{1,3}end\s{1,3}of)\s{1,3}the\s{1,3}day)\s{1,3}"
                          r"(?:it|they)(?:\s{1,3}(?:is|are|gets?|get|has|have)|['’](?:s|re))?\s{1,3}[a-z]{2,}\b(?:\s{1,3}(?:up|out|in|off|down|back))?)",
                          re.IGNORECASE)
_EVENT_VERB_NOT = frozenset({"will", "would", "can", "could", "may", "might", "should", "must", "not", "also", "then"})


def _each_event_clauses(text: str) -> list[tuple[int, int]]:
    """The spans of the event clauses of ``_EACH_EVENT`` (a modal or adverb after the pronoun is no event verb)."""
    found = []
    for m in _EACH_EVENT.finditer(text):
        words = m.group("clause").lower().split()
        if words[-1] in _EVENT_VERB_NOT or any(w in _EVENT_VERB_NOT for w in words[2:3]):
            continue
        found.append(m.span("clause"))
    return found
