"""Specific: what is changed or delivered, its scope and direction, and what is only characterised."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from assistant.analyzers.goal.actions import (
    _ABSTRACT_NOUN,
    _ADJECTIVE_SHAPE,
    _AMOUNT_RULES,
    _CHARACTERISATION,
    _DEFINITE,
    _DETERMINERS,
    _LIGHT_VERBS,
    _MORE_PEOPLE,
    _OBJECT_OPENERS,
    _OWN_PEOPLE,
    Action,
    _artefact,
    _concrete_focus,
    _counted_target,
    _explored,
    _has_plural,
    _named,
    _noun_modifier,
    _paired_verbs_on_kinds,
    _reaches_people,
    _sentence_of,
)
from assistant.analyzers.goal.cadence import (
    _ACTION_COUNT,
    _CADENCE_ADJECTIVES,
    _QUALITY_NOUNS,
)
from assistant.analyzers.goal.layout import (
    _verb_word,
)
from assistant.analyzers.goal.measures import (
    _time_unit,
)
from assistant.analyzers.goal.metric_verbs import changing_verbs
from assistant.analyzers.goal.rules import (
    GoalRules,
)
from assistant.analyzers.goal.spans import (
    Hit,
)
from assistant.analyzers.rulecache import precompiled
from assistant.analyzers.valence import lexicon as valence_lexicon
from assistant.text import (
    NUMBER_WORD_PATTERN,
    NUMBER_WORDS,
    PREPOSITIONS,
    RELATIVE_WORDS,
    STOPWORDS,
    letter_words,
    numbers,
    stem,
    wordset,
)
from assistant.wordlists import read_words


def _is_specific(action: Action, text: str, measures: list[Hit], rules: GoalRules | None = None) -> bool:
    if _explored(action, text):
        return False  # "Explore ways to send out welcome letters": looking for ways, no result committed to
    if rules is not None and not measures and _paired_verbs_on_kinds(action, text, rules):
        return False  # "Renew and Maintain Roads and Sidewalks": an area of work over kinds, no result
    if action.kind == "effort" and not action.wishful and _counted_target(action, text, measures):
        return True  # "strive for zero lost-time accidents": the target is a count of a concrete thing
    if action.kind == "effort" and not action.wishful and rules is not None and _concrete_focus(action, text, rules):
        return True  # "Primary schools will focus on Year 4 reading": who focuses on which concrete subject
    if (action.kind == "vague" and not action.wishful and action.object_words >= 1 and _changed_by_amount(action, text)
            and not _placeholder_name(action, text)):
        return True  # "Improve user retention by X%": what a verb of changing an amount changes by an amount is a metric
    if action.kind == "effort" or (action.kind == "vague" and action.wishful) or action.aspiration:
        # effort ("work on"), a wished-for trait ("be more proactive") or an aspiration ("attract a
        # talented and diverse workforce"), not a result
        return False
    if rules is not None and _open_count(action, text, measures, rules):
        return False  # "Develop a variety of new campus events": how many is left open
    if _UNNAMED_KIND.match(text, action.verb_end + len(text[action.verb_end:]) - len(text[action.verb_end:].lstrip())):
        return False  # "Complete a specific coding certification": which one is left open
    if _unnamed_count(action, text):
        return False  # "Visit three specific schools": how many, but not which ones
    if rules is not None and _unnamed_relations(action, text, rules):
        return False  # "Develop community partnerships": an area of relationships, no partner named or counted
    if _placeholder_name(action, text):
        return False  # "Increase sales in region X by 3%": which region is left open, as a template leaves it
    if rules is not None and (nominal := _nominal_change(action, text, measures, rules)) is not None:
        return nominal  # "Achieve improvements in the lives of local people": a direction told as a noun
    if rules is not None and not action.wishful and _delimited_measure(action, text, rules):
        return True  # "Raise the share of tenants who pay by direct debit": which measure moves, over whom
    if rules is not None and _direction_only(action, text, measures, rules):
        return False  # "Increase student persistence": a direction on a metric, nothing measured, no means
    if action.kind == "action" and not action.wishful and rules is not None and _counted_population(action, text, rules):
        return True  # "Onboard 300 new clients", "Enroll 40 students": a counted group of people is a bounded object
    if action.kind == "action" and not action.wishful and rules is not None and _named(
            text, action.verb_end, action.end, rules):
        return True  # an action on a named system or artefact ("Upgrade to Kubernetes 1.25")
    if not action.wishful and rules is not None and _threshold_referent(action, text, measures, rules):
        return True  # "Stay within 2% of the General Fund revenue forecast": a bound on a named quantity
    if action.wishful and not measures:
        return False  # "develop better cultural understanding": a wish with nothing to show for it
    concrete_means = action.kind == "vague" and rules is not None and _concrete_means(action, text, rules)
    if action.kind == "vague" and not measures and not concrete_means:
        # A vague verb with nothing measured and no concrete means ("improve XYZ conference attendance",
        # "make connections with colleagues", "enhance the experience by delivering clearer support") names an area.
        return False
    if concrete_means and not action.wishful:
        return True  # "Improve data quality by validating postcodes at the point of entry": the means is the work done
    if rules is not None and _held_quality(action, text, measures, rules):
        return False  # "Live our care values on every shift": a quality to have or show, not a result
    needed = 2 if action.kind == "vague" or action.wishful else 1
    # A quantified object names a metric ("improve billing accuracy to 98%"): one word will do.
    if needed == 2 and any(action.end <= m.start and not text[action.end:m.start].strip(" ,toby")
                           or action.start <= m.start < action.end for m in measures):
        needed = 1
    elif action.kind == "vague" and not measures:
        # A vague verb on a bare object with nothing measured ("improve the help desk", "keep the
        # building running smoothly") names an area, not a result: it needs a wider concrete scope.
        needed = 3
    if (action.kind == "action" and not action.wishful and rules is not None and rules.transfer_verbs is not None
            and rules.transfer_verbs.match(text, action.start) and _DESTINATION.match(text, action.end)):
        # "migrate 80% of services to the new cluster": the destination says where the work ends
        destination = re.match(r"[^.;:!?,()\n]{1,60}", text[action.end:])
        words = re.findall(r"[A-Za-z][\w-]{2,30}", destination.group() if destination else "")
        if any(w.lower() not in rules.stopwords and w.lower() not in rules.generic_words
               and w.lower() not in rules.time_words for w in words):
            return True
    if action.kind == "action" and any(m.rule == "measure.money" and action.verb_end <= m.start < action.end
                                       for m in measures):
        return True  # a sum to raise, save or secure is itself the concrete result
    if action.kind == "action" and action.object_words >= 2 and any(
            m.rule == "measure.target" and 0 <= m.start - action.end <= 30 for m in measures):
        return True  # "Achieve a System Usability (SUS) target of 75": the target names the result
    if action.kind == "action" and not action.wishful and rules is not None and _valued_measure(action, text, measures, rules):
        return True  # "Reach an employee engagement score of 75": the named measure's value is the result
    if action.object_words >= 1 and not action.wishful and rules is not None and _DIRECTION_VERB.match(
            text, action.start) and _value_slot(action, text):
        return True  # "Increase sales by X%", "by a measurable margin": the metric and its direction, awaiting a value
    if action.object_words >= 1 and not action.wishful and any(
            action.end <= m.start and (text[action.end:m.start].strip(" ,").lower() in _AMOUNT_LINKS
                                       or rules is not None and _timed_link(text[action.end:m.start], rules))
            and m.rule in _AMOUNT_RULES for m in measures):
        # "improve employee engagement by five percentage points": the amount names the result (also after a time
        # phrase: "improve employee engagement this year by 15%")
        return True
    if action.concrete_words < needed and not action.wishful and rules is not None and _counted_outcome(
            action, text, measures, rules):
        return True  # "Achieve the hospital goal of zero patient falls": the count names what the result is made of
    return action.concrete_words >= needed


# What a count, share or threshold counts: the words after the number ("700,000 additional urgent dental appointments",
# "zero patient falls"), or after "of" for a share ("60% of attendees", "85% of service results").
_COUNTED_PHRASE = precompiled(r"[^.;:!?()\n]{0,60}")
_SHARE_OF = precompiled(r"\s{0,3}of\s{1,3}(?P<phrase>[^.;:!?()\n]{1,60})", re.IGNORECASE)
_OUTCOME_COUNTS = ("measure.count", "measure.percent", "measure.threshold")
# the quantity's own words, which count nothing ("zero", "at least", "the majority of")
_QUANTITY_WORDS = frozenset({"zero", "least", "most", "half", "majority", "percent", "cent", "additional", "more", "fewer",
                             "less", "than", "vast", "dozen", "hundred", "thousand", "million", "billion"})
_TOLERANCE = precompiled(r"\b(?:within|to\s{1,3}within)\s{1,3}(?:about\s{1,3}|around\s{1,3}|plus\s{1,3}or\s{1,3}minus\s{1,3}|[+±]\s?)?\Z",
                         re.IGNORECASE)


def _counted_outcome(action: Action, text: str, measures: list[Hit], rules: GoalRules) -> bool:
    """Whether the action's clause counts a concrete thing the result is made of, however broad its own object
    ("Achieve the hospital goal of zero patient falls", "Improve patients' access to general practice and urgent dental
    care, including 700,000 additional urgent dental appointments", "Collect Project Outcome surveys from at least 60% of
    attendees", "... and accomplish 85% of service results"): the dev2 labelling guide's metric target on a broad object,
    specific "when the measure makes the outcome concrete", as "Increase X by 5 percentage points" is. The counted noun
    phrase (its first four words) must hold a word that is no stopword, generic, time, comparative or judging word, so a
    count of periods or of a bare kind ("in 6 months", "3 more things") names nothing."""
    end = _clause_end(text, action.verb_end)
    for m in measures:
        if m.rule not in _OUTCOME_COUNTS or not action.verb_end <= m.start < end:
            continue
        if m.rule == "measure.percent":
            share = _SHARE_OF.match(text, m.end)
            if share is None or _TOLERANCE.search(text, max(0, m.start - 20), m.start):
                # "by 5%": a change's size, which the amount links above read; "within 5% of target": a tolerance
                # around a quantity, which ``_threshold_referent`` reads
                continue
            phrase = share.group("phrase")
        else:
            after = _COUNTED_PHRASE.match(text, m.end)
            phrase = text[m.start:m.end] + (after.group() if after else "")
        words = [w.lower() for w in re.findall(r"[A-Za-z][\w'’-]{2,30}", phrase)[:4]]
        if any(w not in rules.stopwords and w not in rules.generic_words and w not in rules.time_words
               and w not in rules.comparatives and w not in rules.evaluative and w not in NUMBER_WORDS
               and w not in _QUANTITY_WORDS for w in words):
            return True
    return False


def _valued_measure(action: Action, text: str, measures: list[Hit], rules: GoalRules) -> bool:
    """Whether the action's object is a named measure given its value ("Reach an employee engagement score of 75",
    "Maintain a customer satisfaction rate of 92%"): a target value ("score of 75") inside the object, after a
    modifier that says which measure. Its words may all be common ones ("employee engagement"), since the value
    bounds the result; a bare measure ("Achieve a score of 90%") or one only judged ("a great score of 90") says
    neither which measure nor what changes."""
    for m in measures:
        if m.rule != "measure.target" or not action.verb_end < m.start < action.end:
            continue
        before = letter_words(text[action.verb_end:m.start])
        if before and any(w.lower() not in rules.stopwords and w.lower() not in rules.vague_modifiers
                          and w.lower() not in rules.evaluative and w.lower() not in rules.comparatives
                          for w in before):
            return True
    return False


_MEANS_WORD = precompiled(r"\b(?:through|by|via|using)\s{1,3}", re.IGNORECASE)
_MEANS_PHRASE = precompiled(r"[^.;:!?,()\n]{1,100}")


def _concrete_means(action: Action, text: str, rules: GoalRules) -> bool:
    """Whether a vague verb's action is followed by a concrete means: a means phrase that is no change of a metric
    ("by reducing readmissions") and holds two content words beyond its verb, none generic, vague or a time
    ("through a monthly newsletter to parents", not "by communicating better", "through better engagement")."""
    means = _MEANS_NOUN.match(text, action.end, action.end + 80)
    if means is None or _DIRECTION_MEANS.search(text, action.end, means.end() + 20):
        return False
    if _behaviour_means(text, action.end, means.end(), rules):
        return False
    if _fake_measure_means(text, action.end, means.end(), rules):
        return False  # "Grow loyalty, as measured by delighting customers": an activity offered as a measure, no means
    last = list(_MEANS_WORD.finditer(text, action.end, means.end()))
    phrase = _MEANS_PHRASE.match(text, last[-1].end()) if last else None
    words = re.findall(r"[A-Za-z][\w'’-]*", phrase.group() if phrase else "")
    if words and words[0].lower().endswith("ing"):
        words = words[1:]  # the means' own verb ("by installing ...")
    content = [w for w in (w.lower() for w in words) if len(w) > 2 and w not in rules.stopwords
               and w not in rules.generic_words and w not in rules.time_words and w not in rules.comparatives
               and w not in rules.evaluative and not (w.endswith("ly") and w not in rules.ly_nouns)]
    return len(content) >= 2


def _behaviour_means(text: str, start: int, end: int, rules: GoalRules) -> bool:
    """Whether the means phrase after ``start`` (its means word before ``end``) names a behaviour or a quality and
    nothing provided ("through regular exercise", "through healthy eating and active play", "through the consumption
    of healthy foods", "through mindfulness and social connection"): no act of its own (a gerund first: "by installing
    ..."), and no countable thing one provides, no indefinite article or plural ("a walking programme", "home
    visits", "weekly tutoring sessions"), no artefact, number or name. A plural after a judging adjective ("healthy
    foods") is a kind of thing judged, not a thing provided."""
    last = list(_MEANS_WORD.finditer(text, start, end))
    phrase = _MEANS_PHRASE.match(text, last[-1].end()) if last else None
    if phrase is None:
        return False
    tokens = re.findall(r"[A-Za-z][\w'’-]*|\d", phrase.group())
    if not tokens or tokens[0].lower().endswith("ing"):
        return False
    for i, token in enumerate(tokens):
        word = token.lower()
        if token.isdigit() or word in ("a", "an") or token[:1].isupper() or _artefact(word, rules):
            return False
        if (len(word) > 3 and word.endswith("s") and not word.endswith("ss") and _has_plural(word[:-1])
                and not (i and tokens[i - 1].lower() in rules.evaluative)):
            return False
    return True


_TIME_GAP_WORDS = frozenset({"this", "next", "the", "each", "every", "in", "within", "over", "by", "end", "of", "fiscal",
                             "calendar", "academic", "coming", "current"})


def _timed_link(gap: str, rules: GoalRules) -> bool:
    """Whether ``gap`` is a time phrase and then an amount's link ("this year by", "in the next quarter by")."""
    words = gap.replace(",", " ").lower().split()
    for k in range(1, len(words)):
        lead = words[:k]
        if not all(w in _TIME_GAP_WORDS or w in rules.time_words or re.fullmatch(r"q[1-4]|fy\d{2,4}|(?:19|20)\d\d", w)
                   for w in lead):
            return False
        if (" ".join(words[k:]) in _AMOUNT_LINKS
                and any(w in rules.time_words or re.fullmatch(r"q[1-4]|fy\d{2,4}|(?:19|20)\d\d", w) for w in lead)):
            return True
    return False


def _open_count(action: Action, text: str, measures: list[Hit], rules: GoalRules) -> bool:
    """Whether the action's object is counted by a vague quantifier ("a variety of", "several", "some")
    and nothing in the goal gives a number."""
    gap = len(text[action.verb_end:action.verb_end + 3]) - len(text[action.verb_end:action.verb_end + 3].lstrip())
    return (rules.vague_quantity is not None and rules.vague_quantity.match(text, action.verb_end + gap) is not None
            and not any(m.rule != "measure.deliverable" for m in measures))


def _moves_a_metric(action: Action, text: str, rules: GoalRules) -> bool:
    """Whether the action is a change verb on an object headed by a metric noun ("Reduce the incidence
    of pressure ulcers", "increase the number of internships")."""
    if not rules.metric_nouns or not rules.change_verbs.match(text, action.start):
        return False
    obj = letter_words(text[action.verb_end:action.end])[:8]
    if len(obj) > 1 and obj[0].lower() in _CADENCE_ADJECTIVES and not _ACTION_COUNT.match(obj[1]):
        return True  # a rate the cadence defines: "daily active users", "monthly revenue"
    return any(w.lower() in rules.metric_nouns for w in obj)


_TIME_UNIT_AFTER = precompiled(r"\s{0,3}(?:(?:business|working|calendar|school|fiscal|academic)\s{1,3})?"
                              r"(?:days?|weeks?|months?|quarters?|years?|semesters?|terms?)\b", re.IGNORECASE)
# A verb that only says which way a quantity should go (or that it should hold): with no value, no value slot
# and no means, the goal names a direction on an area, not a result ("Increase off-site programming").
# A degree verb says only that a quality is to have more of itself ("strengthen partnerships", "deepen engagement",
# "heighten awareness"): a direction as much as "increase", whatever its object.
# Verbs of speed and duration move a time one way as "reduce" does ("Accelerate support response times", "Shorten
# patient wait times", "Speed up invoice processing"; degree achievements, Hay, Kennedy and Levin 1999).
_DIRECTION_VERB = precompiled(r"(?:increase|decrease|reduce|lower|raise|grow|expand|boost|improve|enhance|maximi[sz]e|"
                              r"minimi[sz]e|maintain|sustain)(?:s|d|ed|ing)?\b"
                              r"|(?:accelerate|expedite)(?:s|d)?\b|(?:shorten|quicken)(?:s|ed)?\b|speed(?:s|ed)?\s{1,3}up\b",
                              re.IGNORECASE)
# A degree verb says only that something is to have more of a quality ("strengthen partnerships", "deepen
# engagement", "heighten awareness"). On an abstract quality or area it is a direction as much as "increase"; on a
# physical thing it is a change to that thing ("strengthen the roof", "widen the corridor"), a result.
_DEGREE_VERB = precompiled(r"(?:strengthen|deepen|broaden|widen|heighten|sharpen|tighten|reinforce|bolster|elevate|"
                          r"advance|foster)(?:s|d|ed|ing)?\b", re.IGNORECASE)
# Suffix-abstract words that name places, events and things ("Widen the facility", "Advance the conference").
_CONCRETE_ABSTRACT_SHAPE = wordset("""facility facilities conference conferences community communities city cities
university universities utility utilities entity entities residence residences audience audiences ambulance ambulances
allowance allowances insurance maintenance clearance fence fences distance distances entrance entrances evidence
finance finances""")
# (any single capital before a percent sign is a template letter, "from A% to B%", as is a run of X's, "over XX%")
_VALUE_SLOT = precompiled(r"\b(?i:from|to|at|by|of|over|under|above|below)\s{1,3}(?:[XYNZ]\s?%?|[A-Z]\s?%|XX+\s?%?|\[[^\]\n]{1,40}\]|TBD|TBC|\?+|_{2,})"
                          r"(?![\w])")
# "by a measurable margin", "by a set percentage": an amount phrase with its value left open is a value slot
_AMOUNT_SLOT = precompiled(r"\b(?i:by)\s{1,3}(?i:a|an|the)\s{1,3}(?:[A-Za-z-]{3,20}\s{1,3}){0,2}"
                          r"(?i:margin|amount|percentage|proportion|degree)\b")
_EXPLORATION = precompiled(r"\b(?:ways|opportunities|options|possibilities|avenues|approaches|strategies|ideas)\s{1,3}to\s{1,3}\Z"
                          r"|\b(?:ways|opportunities|options|possibilities)\s{1,3}to\b[^.;!?]{0,80}\band\s{1,3}\Z", re.IGNORECASE)


def _value_slot(action: Action, text: str) -> bool:
    """Whether the action's sentence leaves its value open after the verb ("Increase sales by X%", "from X to
    Y", "Maintain revenue at Y", "by a measurable margin")."""
    end = _sentence_of(text, action.start)[1]
    return bool(_VALUE_SLOT.search(text, action.verb_end, end) or _AMOUNT_SLOT.search(text, action.verb_end, end))


def _changed_by_amount(action: Action, text: str) -> bool:
    """Whether the action's verb is a transitive verb of making an amount less, more or better (WordNet 3.0, the
    lemmas of assistant/data/changed_participles.txt: "improve", "enhance", "reduce") and its object is followed at once
    by the amount it is changed by or to, left open ("Improve user retention by X%", "Improve average order value to Z
    amount"): the object of a verb of changing an amount with a "by <amount>" adjunct is the amount's bearer, a
    measured metric (Quirk et al. 1985, 8.35 adjuncts of degree; a measure phrase after "by" is the extent of change)."""
    verb = " ".join(text[action.start:action.verb_end].lower().split())
    if verb not in changing_verbs():
        return False
    slot = _VALUE_SLOT.match(text, action.end + len(text[action.end:]) - len(text[action.end:].lstrip()))
    return slot is not None and slot.start() - action.end <= 3


# A template letter standing where a name belongs ("region X", "product Y", "Client Z"): the object is left unnamed.
# Not a value slot ("by X%", "from X to Y", "at Y"), which follows a preposition and stands for an amount.
_PLACEHOLDER_NAME = precompiled(r"\b(?P<noun>[A-Za-z][a-z]{2,30})\s{1,2}[XYZ]\b(?!\s?%|['’-])")


def _placeholder_name(action: Action, text: str) -> bool:
    """Whether the action's object names its thing by a template letter ("sales in region X")."""
    return any(m.group("noun").lower() not in PREPOSITIONS and m.group("noun").lower() not in STOPWORDS
               for m in _PLACEHOLDER_NAME.finditer(text, action.verb_end, action.end + 2))


# (a numeral's approximating or bounding modifier keeps it a count: "nearly 450,000 more patients", "over 200 staff")
_COUNTED = precompiled(r"\s{1,3}(?:(?:all|the|our|my|their|another|an\s{1,3}additional|at\s{1,3}least|nearly|almost|about|"
                      r"around|approximately|roughly|over|more\s{1,3}than|up\s{1,3}to)\s{1,3})?"
                      r"(?P<n>\d[\d,]*|" + NUMBER_WORD_PATTERN + r")\s{1,3}(?P<rest>(?:[A-Za-z][\w'’-]*\s{1,3}){0,2}[A-Za-z][\w'’-]*)",
                      re.IGNORECASE)
# people an infinitive's object can name when an adjective stands for them ("to feed the hungry", "to house the homeless")
_PEOPLE_BY_ADJECTIVE = precompiled(r"\bthe\s{1,3}(?:hungry|homeless|elderly|poor|sick|vulnerable|unemployed|uninsured|"
                                  r"disabled|bereaved|injured|isolated)\b", re.IGNORECASE)


def _counted_population(action: Action, text: str, rules: GoalRules) -> bool:
    """Whether the action's object is a counted group of people ("Onboard 300 new clients", "Hire 50 employees",
    "Enroll 40 students in the bridge program"): a count makes a population bounded, as a name makes a thing
    particular, though the people noun alone ("clients", "staff") names no one in particular. The shared definition's
    "which thing" includes a counted group."""
    m = _COUNTED.match(text, action.verb_end)
    if m is None or m.start("n") >= action.end or _time_unit(text, m.end("n")) is not None:
        return False
    for word in m.group("rest").split():
        lower = word.lower()
        if _reaches_people(lower, rules) or lower in _MORE_PEOPLE:
            return True
        if lower in PREPOSITIONS or lower in rules.stopwords and lower not in ("new", "more", "additional"):
            return False
    return False


def _abstract_head(action: Action, text: str, rules: GoalRules) -> bool:
    """Whether the head of the action's object (its last word before a preposition) is an abstract quality or area
    ("partnerships with regional health systems", "awareness of the program", "our presence on social networks"),
    not a thing ("the roof of the east warehouse")."""
    head = ""
    for word in letter_words(text[action.verb_end:action.end]):
        lower = word.lower()
        if lower in PREPOSITIONS:
            break
        head = lower
    return bool(head) and not _artefact(head, rules) and (head in _QUALITY_NOUNS or (
        _ABSTRACT_NOUN.search(head) is not None and head not in _CONCRETE_ABSTRACT_SHAPE))


_MEASURE_WORD = precompiled(r"[A-Za-z][\w'’-]*|[(,]")
_MEANS_BEFORE_ACTION = precompiled(r"\b(?:by|through|via)\s{1,3}\Z", re.IGNORECASE)
# Words that open a restrictive qualifier after the measured noun: a relative clause ("tenants who pay by direct
# debit"), or a preposition with its object ("missed collections on the rural rounds").
_RELATIVE_WORDS = RELATIVE_WORDS
# A measure's own pre-modifiers, which say how it summarises, not what it counts ("the average time", "the overall
# rate", "the annual number").
_SUMMARY_MODIFIERS = frozenset({"average", "mean", "median", "overall", "total", "annual", "monthly", "weekly", "daily",
                                "yearly", "quarterly", "current", "actual", "typical", "net", "gross"})
_OPEN_LIST = precompiled(r"\b(?:etc\b|and\s{1,3}so\s{1,3}on\b|and\s{1,3}the\s{1,3}like\b|and\s{1,3}more\b|"
                         r"and\s{1,3}others\b)", re.IGNORECASE)
_MEASURE_OPENERS = frozenset({"of", "for", "among", "amongst", "in", "on", "at", "across", "within", "from", "with"})
_ATTAINMENT_VERB = precompiled(r"(?:achiev|reach|attain|hit|exceed|meet|keep|retain)", re.IGNORECASE)
# Prepositions of time and measure, which bound when or how far, not which cases are counted ("by the end of the year")
_NOT_NARROWING = frozenset({"by", "before", "until", "till", "during", "after", "since", "per", "than", "over", "through",
                            "throughout", "within"})
_PHRASAL_DIRECTION = precompiled(r"(?:bring|brings|bringing|drive|drives|driving|push|pushes|pushing)\s{1,3}(?:down|up)\b",
                                 re.IGNORECASE)
# A subject pronoun after the measured noun opens a contact relative clause ("the number of ways we support them").
_CLAUSE_SUBJECTS = frozenset({"we", "i", "you", "they", "he", "she", "it", "staff", "people"})
_EVENT_COUNTS = frozenset({"number", "numbers", "count", "counts", "frequency"})
_SUPERLATIVES = frozenset({"most", "least", "worst", "best", "biggest", "greatest", "highest", "lowest", "largest"})


def _measured_content(word: str, rules: GoalRules) -> bool:
    """Whether a pre-modifier says which cases are counted ("first-year", "missed", "supplier"), not how good or how
    many ("better", "key", "successful")."""
    return (word[:1].isalpha() and word not in rules.stopwords and word not in PREPOSITIONS and word not in rules.vague_modifiers
            and word not in rules.evaluative and word not in rules.comparatives and word not in _SUMMARY_MODIFIERS
            and word not in _SUPERLATIVES and word not in rules.vague_kinds and word not in _DETERMINERS)


def _delimited_measure(action: Action, text: str, rules: GoalRules) -> bool:
    """Whether the action moves a named measure of a delimited group or thing, one way ("Raise the share of tenants
    who pay their rent by direct debit", "Lower the rate of missed bin collections on the rural rounds", "Cut the
    employee turnover rate down", "Shorten the waiting time for a first physiotherapy appointment"): what is done (a
    change of direction), to what (the measure: its head is a statistical summary, "number", "share", "rate",
    "time") and over whom (a counted kind narrowed by a modifier, a relative clause, a participle or a phrase). That
    is a specific result; with no value it is still not measurable. A measure of a general kind ("the number of
    opportunities for growth", "the rate of progress"), of an unnamed subset ("the most serious harms"), of an open
    list ("... and so on") or of nothing ("Increase the percentage", "Improve our score") stays a direction on an
    area, as a bare "Increase the number of internships" does (no modifier narrows which are counted)."""
    if _MEANS_BEFORE_ACTION.search(text, max(0, action.start - 12), action.start):
        return False  # "Enhance patient care by reducing the error rate": a direction as the means of another one
    phrasal = _PHRASAL_DIRECTION.match(text, action.start)
    if not rules.measure_heads or not (_DIRECTION_VERB.match(text, action.start) or phrasal
                                       or rules.change_verbs.match(text, action.start)):
        return False
    start = phrasal.end() if phrasal else action.verb_end
    if _ATTAINMENT_VERB.match(text, action.start) and not re.search(r"\d", text[start:_clause_end(text, start)]):
        return False  # "Reach a high engagement score": attaining a measure says nothing until it says at what level
    return _delimited_object(text, start, rules)


def _delimited_object(text: str, start: int, rules: GoalRules) -> bool:
    """Whether the noun phrase at ``start`` is a named measure of a delimited group or thing (see _delimited_measure)."""
    end = _clause_end(text, start)
    if _OPEN_LIST.search(text, start, end):
        return False
    words = [w.lower() for w in _MEASURE_WORD.findall(text, start, end)][:24]
    # the measure head: the last measure word of the noun group the verb governs, before any preposition or clause
    # ("the employee turnover rate", "the average repair time", "the number | of ...")
    if len(words) > 2 and words[0] in ("or", "and") and _DIRECTION_VERB.fullmatch(words[1]):
        words = words[2:]  # "Maintain or increase the percentage of ...": a pair of directions on one measure
    # (a clause subject ends the noun group only after a word that is no determiner: "staff turnover", "our staff
    # turnover" are one group)
    run = next((i for i, w in enumerate(words) if w in PREPOSITIONS or w in _RELATIVE_WORDS
                or i and w in _CLAUSE_SUBJECTS and words[i - 1] not in _DETERMINERS
                or w in {"to", ",", "(", "and", "or"}), len(words))
    head = next((i for i in range(min(run, 6) - 1, -1, -1) if words[i] in rules.measure_heads), None)
    if head is None:
        return False
    premods = [w for w in words[:head] if _measured_content(w, rules)]
    rest = words[head + 1:]
    if rest[:2] in (["it", "takes"], ["it", "took"]):
        rest = rest[2:]
    if rest[:1] == ["to"] and len(rest) > 1 and rest[1] not in _DETERMINERS:
        # "the time it takes to repair a broken streetlight": the measured thing is the infinitive's work and object
        rest = rest[2:]
        return any(_measured_content(w, rules) for w in rest[:6]) and not any(w in rules.vague_kinds for w in rest[:6])
    if not rest or rest[0] not in _MEASURE_OPENERS:
        # a compound measure: what is measured is said in front of it ("her typing speed", "the pass rate")
        return bool(premods) and not any(w in rules.vague_kinds or w in _QUALITY_NOUNS or _ABSTRACT_NOUN.search(w)
                                         for w in premods[-1:])
    group = rest[1:]
    # the measured noun group: determiners, then modifiers, up to a boundary (a preposition, a relative word, a
    # participle after the head, a conjunction)
    i = 0
    while i < len(group) and (group[i] in _DETERMINERS or group[i] in {"all", "those", "these", "each", "every"}):
        i += 1
    noun_group: list[str] = []
    while i < len(group) and group[i] not in PREPOSITIONS and group[i] not in _RELATIVE_WORDS and group[i] not in {
            "and", "or", "but", "so", "because", "while", "(", ","} and not (noun_group and group[i] in _CLAUSE_SUBJECTS):
        if noun_group and re.fullmatch(r"[a-z]{3,}(?:ing|ed)", group[i]) and group[i] not in rules.stopwords and (
                re.fullmatch(r"[a-z]{2,}[^su]s", noun_group[-1]) or noun_group[-1] in rules.beneficiaries or noun_group[-1] in _MORE_PEOPLE
                or noun_group[-1] in _OWN_PEOPLE):
            break  # "pupils excluded from school", "faculty promoted": a participle after the head narrows the group
            # ("experiential learning opportunities": one before it is a modifier)
        noun_group.append(group[i])
        i += 1
    if not noun_group:
        return False
    noun = noun_group[-1]
    # a quality is counted only as events of it ("the frequency of communication between departments"); its level,
    # score or rate says how much of an area ("the level of trust")
    if (noun in rules.vague_kinds or noun in rules.stopwords
            or noun in _QUALITY_NOUNS and words[head] not in _EVENT_COUNTS
            or (_ABSTRACT_NOUN.search(noun) and noun not in _CONCRETE_ABSTRACT_SHAPE and noun not in rules.concrete_suffixed)
            or any(w in _SUPERLATIVES for w in noun_group)):
        return False
    narrowed = any(_measured_content(w, rules) for w in noun_group[:-1]) or bool(premods)
    if i < len(group):
        after = group[i + 1:i + 7]
        narrowed = narrowed or (group[i] in _RELATIVE_WORDS or re.fullmatch(r"[a-z]{3,}(?:ing|ed)", group[i]) is not None
                                or group[i] in PREPOSITIONS and group[i] not in _NOT_NARROWING) and any(
            _measured_content(w, rules) and w not in rules.time_words for w in after[:5]) \
            or re.fullmatch(r"[a-z]{3,}(?:ing|ed)", group[i]) is not None
    return narrowed


# A change told as a noun after a verb of bringing about ("Achieve improvements in ...", "Deliver a sustained reduction
# in ...", "Secure an increase in ..."): the noun's complement is what moves.
_NOMINAL_CHANGE = precompiled(r"\s{1,3}(?:(?:a|an|the|some|further)\s{1,3})?(?:[a-z-]{2,20}\s{1,3}){0,2}?"
                              r"(?:improvements?|reductions?|increases?|decreases?|rises?|falls?|growth|gains?|cuts?|"
                              r"declines?|drops?)\s{1,3}(?:in|to|of|across|for|within)\s{1,3}", re.IGNORECASE)
_BRINGING_ABOUT = precompiled(r"(?:achiev|deliver|secur|mak|see|sees|bring\s{1,3}about|produc|drive|driv|realis|realiz)",
                              re.IGNORECASE)


def _nominal_change(action: Action, text: str, measures: list[Hit], rules: GoalRules) -> bool | None:
    """For a change told as a noun ("Achieve improvements in the lives of local people", "Deliver a reduction in the
    number of pupils who miss school"): as a change verb on the same object, specific only with a value in its clause or
    on a named measure of a delimited group (True); on anything else an area (False). None when the action is not one."""
    if not _BRINGING_ABOUT.match(text, action.start):
        return None
    change = _NOMINAL_CHANGE.match(text, action.verb_end)
    if change is None or change.end() > action.verb_end + 60:
        return None
    start, end = _sentence_of(text, action.start)
    if any(start <= m.start < end for m in measures if m.rule in _AMOUNT_RULES):
        return True  # "Secure a 10% reduction in household waste": the amount names the result
    return _delimited_object(text, change.end(), rules)


def _direction_only(action: Action, text: str, measures: list[Hit], rules: GoalRules) -> bool:
    """Whether the action only moves a metric one way ("Increase the number of internships", "Reduce
    customer complaints significantly", "reducing the medication error rate"): a change verb on an
    object headed by a metric noun, with no value in its sentence and no means after it. A concrete
    means makes it specific ("Reduce pressure ulcers by implementing a new skin assessment protocol")."""
    # any other object moved one way is an area ("Increase off-site programming"), unless a name says which
    # particular thing moves ("Lower our AWS bill")
    if not _moves_a_metric(action, text, rules) and (
            not (_DIRECTION_VERB.match(text, action.start) or _DEGREE_VERB.match(text, action.start)
                 and _abstract_head(action, text, rules)) or _named(text, action.verb_end, action.end, rules)):
        return False
    if any(m.rule != "measure.deliverable" for m in measures):
        return False  # a value anywhere, also in key results under the objective
    start, end = _sentence_of(text, action.start)
    if _value_slot(action, text):
        return False  # "Increase Net Promoter Score from X to Y": the metric and its direction, awaiting values
    if any(not n.ordinal and not (1900 <= n.value <= 2099 and not n.percent) and not _not_a_quantity(text, action.start + n.start)
           and not _TIME_UNIT_AFTER.match(text, action.start + n.end) for n in numbers(text[action.start:end])):
        # "from the 2023 baseline of 6,061": a baseline value names the metric's level ("within the next 12
        # months" says by when, not how far)
        return False
    to = re.search(r"\bto\s{1,3}\Z", text[start:action.start])
    if (to and re.search(r"[A-Za-z]{3}", text[start:action.start - 3])
            and not _EXPLORATION.search(text, start, action.start)
            and not _own_infinitive(text, start + to.start() - 1, lead_in_only=True)
            and not _vague_means(text, start, start + to.start(), rules)):
        # "implement hand hygiene practices to reduce infection rates": a means comes first ("Our goal is to
        # reduce ...", "We want to reduce ...": the goal's own verb after a lead-in is no means; nor is a vague verb
        # on a bare kind, "Enhance onboarding programs to reduce ...")
        return False
    means = _MEANS_NOUN.match(text, action.end)
    return (means is None or _DIRECTION_MEANS.search(text, action.end, means.end() + 20) is not None
            or _behaviour_means(text, action.end, means.end(), rules)
            or _fake_measure_means(text, action.end, means.end(), rules))


def _vague_means(text: str, start: int, end: int, rules: GoalRules) -> bool:
    """Whether the clause before a purpose infinitive is only a vague verb on a bare kind ("Improve safety procedures
    to cut injuries", "Enhance training programs to reduce the accident rate"): no work named, so no concrete means;
    a scope or a name makes it one ("Enhance the forklift training program at the Dayton warehouse to ...")."""
    lead = text[start:end]
    opening = start + len(lead) - len(lead.lstrip(" \t-*•"))
    verb = rules.vague_verbs.match(text, opening)
    if verb is None or rules.action_verbs.match(text, opening) or _named(text, verb.end(), end, rules):
        return False
    words = [w.lower() for w in letter_words(text[verb.end():end])]
    return bool(words) and words[0] not in _OBJECT_OPENERS and words[0] not in NUMBER_WORDS and len(words) <= 3 and all(
        w not in PREPOSITIONS for w in words) and _plural_noun(words[-1])


def _characterised_only(action: Action, text: str, measures: list[Hit], rules: GoalRules) -> bool:
    """Whether the action's object is only characterised, not identified: a kind of thing defined by what
    people do or feel about it ("launch a product that customers love") or a status it is to hold ("establish
    the library as a community gathering place"), with no number, name or artefact that says which one."""
    m = _CHARACTERISATION.search(text, action.verb_end, min(len(text), action.end + 60))
    if m is None or m.start() <= action.verb_end:
        return False
    start, end = _sentence_of(text, action.start)
    if any(start <= h.start < end for h in measures if h.rule != "measure.deliverable") or re.search(r"\d", text[start:end]):
        return False
    obj = text[action.verb_end:m.start()]
    if m.group().lstrip().lower().startswith("as"):
        # a definite thing given a status ("position the museum as a leader"); "hire a coordinator as a
        # maternity cover" says what the hire is for
        return bool(re.match(r"\s*(?:the|our|my|its|their)\s", obj, re.IGNORECASE))
    words = [w.lower() for w in letter_words(obj)]
    return (bool(re.match(r"\s*(?:a|an)\s", obj, re.IGNORECASE)) and len(words) <= 3
            and not any(_artefact(w, rules) for w in words[1:]) and not _named(text, action.verb_end, action.end, rules))


@lru_cache(maxsize=1)
def _quality_state_nouns() -> frozenset[str]:
    """``assistant/data/quality_state_nouns.txt``: nouns whose first and most WordNet 3.0 senses name a quality,
    belief, feeling or state (``scripts/build_quality_state_nouns.py``)."""
    return read_words("quality_state_nouns.txt")


def _quality_state_noun(word: str) -> bool:
    """A quality or state noun as written: a plural only where WordNet lists it as one ("values", "manners"), since
    the plural of a count noun names things counted ("run the retros")."""
    return word in _quality_state_nouns()


def _held_quality(action: Action, text: str, measures: list[Hit], rules: GoalRules) -> bool:
    """Whether the action's object is only a quality, belief, feeling or state to have or show ("live our care values on
    every shift", "provide a working environment that supports staff wellbeing", "create a welcoming atmosphere in the library"): the
    head of its noun phrase (the phrase's last word before a preposition or relative word) is a quality or state
    noun with no "of" complement saying whose or of what ("the accuracy of stock counts"), and nothing in the goal
    is counted, named or measured but how often. Where or for whom it is shown does not make it a result. A direction
    verb's object is a metric, left to the direction rules, and an artefact head ("a marketing plan") is a thing made."""
    start, end = _sentence_of(text, action.start)
    if (any(m.rule != "measure.frequency" for m in measures) or re.search(r"\d", text[start:end])
            or _DIRECTION_VERB.match(text, action.start)):
        return False
    words = [w.lower() for w in letter_words(text[action.verb_end:action.end])]
    cut = next((i for i, w in enumerate(words) if w in PREPOSITIONS or w in RELATIVE_WORDS), len(words))
    head = words[cut - 1] if cut else ""
    if not head or head in rules.stopwords or (cut < len(words) and words[cut] == "of"):
        return False
    # a verb's -s form before the head makes the object a clause ("Pre-op staff provides fall prevention guidelines"),
    # not a noun phrase naming a quality
    if any(w.endswith("s") and _verb_word(w[:-1]) for w in words[:cut - 1]):
        return False
    return (_quality_state_noun(head) and not _artefact(head, rules)
            and not _named(text, action.verb_end, action.end, rules))


_SCOPE_PREPOSITIONS = frozenset({"for", "across", "throughout", "among", "within", "to", "at"})
# Verbs whose object may be followed by a state it is to be in ("keep the site safe", "render it accessible").
_RESULTATIVE_VERBS = frozenset({"keep", "keeps", "render", "renders", "become", "becomes", "stay", "stays", "remain",
                                "remains", "be", "is", "are", "leave", "leaves"})


# Nouns that name how something is found or felt, not a thing made: an artefact word before one only says what kind
_JUDGED_HEADS = frozenset({"experience", "experiences", "journey", "journeys", "feel", "atmosphere", "environment"})


@lru_cache(maxsize=1)
def _praise_words() -> frozenset[str]:
    """Adjectives of strong praise in VADER's lexicon (mean rating 2.0 or more, an adjective's suffix: "delightful",
    "wonderful", "enjoyable"): a judged quality, as the evaluative adjectives of the rules are. A praise word without
    that suffix, or one with a plural ("approvals", "festivals"), may be a noun too ("welcome letters", "board approval")
    and is left to the rules' list."""
    return frozenset(w for w, rating in valence_lexicon().items()
                     if rating >= 2.0 and w.isalpha() and _ADJECTIVE_SHAPE.search(w) and not _has_plural(w))


def _praise_word(word: str) -> bool:
    return word in _praise_words()


_QUALITY_DEGREES = frozenset({"high", "higher", "highest", "good", "top", "great", "best", "better", "excellent", "premium"})


def _aspiration(action: Action, text: str, measures: list[Hit], rules: GoalRules) -> bool:
    """Whether the action's object is only a judged quality of a general thing ("retain a talented and
    diverse workforce", "create affordable housing", "build a strong local economy"): an evaluative
    adjective, and nothing that says which one or how much (no number in the sentence, no name, no
    artefact)."""
    if not rules.evaluative or action.end <= action.verb_end:
        return False
    if _characterised_only(action, text, measures, rules):
        return True
    obj = text[action.verb_end:action.end]
    words = [w.lower() for w in letter_words(obj)]
    # the object's head phrase: a phrase after it ("for every visitor", "across all programs") says for whom
    # or where, not which result
    cut = next((i for i, w in enumerate(words) if i and w in _SCOPE_PREPOSITIONS), len(words))
    # An English adjective stands before its noun, so an evaluative word that is also a noun (its plural is in the
    # word list: "fairs") and ends an article's noun phrase right after a noun is that phrase's head ("a job fair",
    # "the annual career fair at the library"), not a judged quality; after its noun an adjective needs a complement
    # ("a workplace safe for everyone"), and as a make/keep verb's complement it judges the object ("make the
    # process fair").
    if (cut >= 3 and words[cut - 1] in rules.evaluative and words[0] in _DEFINITE | {"a", "an"}
            and text[action.start:action.verb_end].lower() not in _LIGHT_VERBS | _RESULTATIVE_VERBS
            and (cut == len(words) or words[cut] not in ("for", "to")) and _noun_modifier(words[cut - 2], rules)
            and _has_plural(words[cut - 1])):
        words = words[:cut - 1] + ["<noun>"] + words[cut:]
    # "quality" before the head, at the object's start or after a degree word ("quality housing", "high quality care",
    # "good quality advice"), is the adjective "of a high standard", a judgement; after a noun ("data quality", "air
    # quality monitoring") it is the property measured
    words = ["<judged>" if w == "quality" and i + 1 < cut and words[i + 1] not in rules.stopwords
             and (i == 0 or words[i - 1] in _DEFINITE | {"a", "an"} | _QUALITY_DEGREES) else w
             for i, w in enumerate(words)]
    content = [w for w in words[:cut] if w not in rules.stopwords and w not in _QUALITY_DEGREES]
    # a judged quality ("talented"), or only abstract nouns and their adjectives ("racial equity",
    # "economic resilience"): nothing a reader could point at
    def abstract_noun(word: str) -> bool:
        return bool(_ABSTRACT_NOUN.search(word)) and word not in rules.concrete_suffixed

    abstract = bool(content) and any(abstract_noun(w) for w in content) and all(
        w in rules.evaluative or w in rules.generic_words or abstract_noun(w) or _ADJECTIVE_SHAPE.search(w)
        for w in content)
    if not abstract and not any(w in rules.evaluative or w == "<judged>" or _praise_word(w) for w in words[:cut]):
        return False
    # an artefact word that modifies a judged noun after it ("a seamless onboarding experience") names no artefact
    modifier = {i for i in range(cut - 1) if words[i + 1] not in rules.stopwords and words[i + 1] in _JUDGED_HEADS}
    if (any(_artefact(w, rules) for i, w in enumerate(words[:cut]) if i not in modifier) or re.search(r"\d", obj)
            or _named(text, action.verb_end, action.end, rules)):
        return False
    start, end = _sentence_of(text, action.start)
    return not any(start <= m.start < end for m in measures if m.rule != "measure.deliverable")


# A rank heading the object: a standing among others, not a result one can point at.
_RANK = precompiled(r"(?:#\s?1|number\s{1,3}one|no\.\s?1|(?:industry|market|world|category|sector)[\s-]{1,3}leading|"
                   r"best[\s-]{1,3}in[\s-]{1,3}class|world[\s-]{1,3}class|premier|top[\s-]{1,3}rated|highest[\s-]{1,3}rated)"
                   r"(?![\w-])", re.IGNORECASE)
# "a specific certification", "a certain number": the word that should say which one stands in for it
# (a bare plural too: "Identify specific measures", "Implement particular safeguards": which ones is left open)
_UNNAMED_KIND = precompiled(r"(?:(?:a|an|one|some)\s{1,3})?(?:specific|certain|particular|given)\s{1,3}[a-z]", re.IGNORECASE)


# A count whose items are only said to be particular ones ("two specific verticals", "four particular customers")
_UNNAMED_COUNT = precompiled(r"(?<![\w-])(?<!the\s)(?<!these\s)(?<!those\s)(?:\d{1,4}|two|three|four|five|six|seven|eight|"
                            r"nine|ten|eleven|twelve|several|a\s{1,3}few)\s{1,3}(?:specific|certain|particular|given|"
                            r"select(?:ed)?)\s{1,3}[a-z]", re.IGNORECASE)
# Relationships as the thing made: "partnerships", "relationships", "alliances" (plural, so no one partner is meant)
_RELATIONS = precompiled(r"\b(?:partnerships|relationships|alliances|collaborations|connections)\b", re.IGNORECASE)


def _clause_end(text: str, start: int) -> int:
    end = re.compile(r"[.;:!?\n]").search(text, start)
    return end.start() if end else len(text)


def _unnamed_count(action: Action, text: str) -> bool:
    """Whether the action's clause counts things it only calls particular ones ("Visit three specific schools",
    "Execute campaigns to two specific verticals"): as round six's "a specific coding certification", which ones
    is left open (a definite "the three specific schools" points back to ones already named)."""
    return bool(_UNNAMED_COUNT.search(text, action.verb_end, _clause_end(text, action.verb_end)))


def _unnamed_relations(action: Action, text: str, rules: GoalRules) -> bool:
    """Whether the action makes relationships in general ("Develop community partnerships", "Build relationships
    with stakeholders", "Form strategic alliances"): the plural relation noun heads the object (at most four
    modifiers before it), and no partner is named and nothing is counted in the clause ("three new partnerships",
    "relationships with 20 new corporate sponsors", "partnerships with Mercy Hospital" say which or how many)."""
    end = _clause_end(text, action.verb_end)
    m = _RELATIONS.search(text, action.verb_end, end)
    if m is None:
        return False
    before = letter_words(text[action.verb_end:m.start()])
    if len(before) > 4 or any(w.lower() in PREPOSITIONS for w in before):
        return False
    return not (numbers(text[action.verb_end:end]) or _named(text, action.verb_end, end, rules))


def _ranked(action: Action, text: str, measures: list[Hit], rules: GoalRules) -> bool:
    """Whether the action's object is only a rank ("Become the #1 onboarding experience in our category",
    "Achieve industry leading stability metrics"): no artefact or name says which thing, and nothing is
    counted in its sentence."""
    if action.end <= action.verb_end:
        return False
    obj = text[action.verb_end:action.end].lstrip()
    head = re.match(r"(?:(?:the|a|an|our|my|their)\s{1,3})?", obj, re.IGNORECASE)
    if not _RANK.match(obj, head.end()):
        return False
    if any(_artefact(w.lower(), rules) for w in letter_words(obj)) or _named(text, action.verb_end, action.end, rules):
        return False
    start, end = _sentence_of(text, action.start)
    return not any(start <= m.start < end for m in measures if m.rule != "measure.deliverable")


_THRESHOLD = precompiled(r"\s{1,3}(?:(?:well|comfortably)\s{1,3})?(?:within|under|below|above|inside|at\s{1,3}or\s{1,3}"
                        r"(?:below|above|under)|no\s{1,3}(?:more|less)\s{1,3}than)\s{1,3}(?:\+/-\s?|±\s?)?", re.IGNORECASE)
_REFERENT = precompiled(r"\s{1,3}(?:of|on)\s{1,3}(?P<ref>[^.;:!?,()\n]{2,80})")
_BARE_REFERENTS = frozenset({"target", "targets", "baseline", "expectations", "limit", "limits", "plan", "budget",
                             "forecast", "estimate", "estimates", "projections", "goal", "goals"})


def _threshold_referent(action: Action, text: str, measures: list[Hit], rules: GoalRules) -> bool:
    """Whether the action keeps something within an amount of a concrete quantity ("stay within 2% of
    the General Fund revenue forecast", "remain within 3% of the approved staffing plan"). The
    referent needs a word that says which one: "within 5% of target" bounds nothing named."""
    bound = _THRESHOLD.match(text, action.end)
    if bound is None:
        return False
    amount = next((m for m in measures if m.start == bound.end() and m.rule in _AMOUNT_RULES), None)
    ref = _REFERENT.match(text, amount.end) if amount else None
    if ref is None:
        return False
    words = []
    for word in letter_words(ref.group("ref")):
        lower = word.lower()
        if lower in rules.boundaries or lower in ("and", "or"):
            break
        words.append(lower)
    concrete = [w for w in words if len(w) > 2 and w not in rules.stopwords and w not in rules.generic_words
                and w not in rules.time_words and w not in _BARE_REFERENTS and not w.endswith("ly")]
    return bool(concrete) or _named(text, ref.start("ref"), ref.end("ref"), rules)


_AMOUNT_LINKS = frozenset(["", "by", "to", "from", "of", "by about", "by at least", "by over", "to at least", "by more than",
                           "within", "to within", "at", "at least", "under", "below", "above", "at or above",
                           "at or below", "no more than", "no less than"])


# --------------------------------------------------------------------------- the check


@dataclass
class _Found:
    """Everything the scan found, by criterion, before the report is assembled."""

    evidence: dict[str, Hit | None]
    deliverable: bool
    vague_action: tuple[int, int] | None
    vague_time: Hit | None
    red_flags: list[Hit]
    weak: list[Hit]
    two_outcomes: tuple[Action, Action] | None
    hits: list[Hit] = field(default_factory=list)  # every rule that fired, for explanations and tests
    past_deadline: Hit | None = None  # the only time frame given, already passed
    topic: tuple[int, int] | None = None  # the object of the goal's main action, in its own words


_MEASURE_CLAUSE = precompiled(r"\b(?:as\s{1,3})?(?:measured|evidenced|shown|demonstrated|indicated|tracked|assessed|gauged)"
                              r"\s{1,3}(?:by|through|via)\s{1,3}(?P<what>[^.;!?()]{3,160})", re.IGNORECASE)


def _clause_quantity(text: str, m: re.Match[str], rules: GoalRules) -> tuple[int, int] | bool | None:
    """What a measure clause ("as measured by ...") gives: the span of its quantity (a number that is no year or
    ordinal), False when it names only an activity (a gerund with no metric noun and no number: "as measured by
    delighting customers through events"), else None (a named metric or instrument: "measured by research
    expenditures", "as measured by DIBELS")."""
    what = m.group("what")
    for n in numbers(what):
        if not n.ordinal and not re.fullmatch(r"(?:19|20)\d\d", n.text):
            return (m.start("what") + n.start, m.start("what") + n.end)
    words = [w.lower() for w in letter_words(what)]
    if not words or not words[0].endswith("ing") or not _verb_word(words[0][:-3]) and not _verb_word(words[0][:-3] + "e"):
        return None
    if any(w in rules.metric_nouns or stem(w) in rules.metric_nouns for w in words):
        return None
    return False


def _fake_measure_means(text: str, start: int, end: int, rules: GoalRules) -> bool:
    """Whether the means phrase between ``start`` and ``end`` lies in a measure clause that names only an activity
    ("Grow loyalty, as measured by delighting customers through events"): it is offered as a measure, and is no
    means of the goal's work."""
    return any(m.start() < end and _clause_quantity(text, m, rules) is False
               for m in _MEASURE_CLAUSE.finditer(text, start, min(len(text), end + 160)))


# A distributive "each of my six reports" repeats the action over the set, so there its size counts the work.
_KNOWN_SET = precompiled(r"(?<!\beach\s)(?<!\bevery\s)\b(?:with|among|across|in|of|at|for|to|between|within|throughout)\s{1,3}(?:all\s{1,3})?"
                        r"(?:our|my|their|its|his|her|your|the|these|those)\s{1,3}\Z", re.IGNORECASE)


def _not_a_quantity(text: str, start: int) -> bool:
    """Whether the number at ``start`` is part of a name ("COVID-19", "K-12") or counts a known set named by a
    definite or possessive scope phrase ("with our 12 regional offices")."""
    return bool(re.search(r"[A-Za-z]-\Z", text[max(0, start - 2):start])
                or _KNOWN_SET.search(text[max(0, start - 40):start]))


_OWN_VERB_BEFORE = precompiled(
    r"\b(?:want|wants|need|needs|plan|plans|aim|aims|try|tries|going|able|how|like|have|has|continue|"
    r"is|are|was|be|being|committed|expected|asked|required|ready|available|prepared|trained|"
    r"certified|equipped|used|reduce[sd]?|increase[sd]?|grow|from|up|down|best|"
    # a noun's own infinitive ("an approach to track", "mean time to resolve")
    r"approach(?:es)?|way|ways|ability|time|effort|attempt|plans?|strateg(?:y|ies)|process|means|"
    r"mechanism|capacity|opportunit(?:y|ies)|decision|right|tools?)\s{0,3}$")
_LEAD_IN_BEFORE = precompiled(r"\b(?:want|wants|need|needs|plan|plans|aim|aims|intend|intends|hope|hopes|going|"
                             r"is|are|was|be|being|will\s{1,3}be|committed|expected|like)\s{0,3}$")


def _own_infinitive(text: str, at: int, lead_in_only: bool = False) -> bool:
    """Whether the infinitive at ``at`` is the goal's own verb after a lead-in or a noun that takes it ("Our goal
    is to reduce", "we want to improve", "an approach to track"), not a purpose; ``lead_in_only``: the lead-ins
    alone ("a process to free up two analysts" states what the process is for)."""
    return bool((_LEAD_IN_BEFORE if lead_in_only else _OWN_VERB_BEFORE).search(text[max(0, at - 30):at + 1].lower()))
_DIRECTION_MEANS = precompiled(r"\b(?:by|through)\s{1,3}(?:increasing|reducing|decreasing|improving|lowering|raising|cutting|"
                              r"growing|boosting|doubling|tripling|halving|eliminating|minimi[sz]ing|maximi[sz]ing)\b",
                              re.IGNORECASE)
# A means after the action ("... by implementing a new protocol", "through a monthly newsletter"), matched from
# the action's end; "by" before a time or an amount says by when or how far, not how ("by December 2027", "by the
# end of Q3", "by 2028", "by half").
_MEANS_NOUN = precompiled(
    r"[^.;!?]{0,60}?\b(?:through|by|via|using)\s{1,3}(?!(?:the\s{1,3}|a\s{1,3})?(?:(?:end|close|start|beginning|middle|mid|"
    r"early|late|next|this|then|now|half|third|quarter|year|month|week|day|semester|term|deadline|today|tomorrow|"
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|"
    r"nov(?:ember)?|dec(?:ember)?|spring|summer|fall|autumn|winter|fy|q[1-4]|h[12])\b|\d))"
    r"(?:(?:a|an|the|our|its|their|my|new)\s{1,3})?[\w-]{2,30}", re.IGNORECASE)
# Words with a plural shape that are no plural of a count noun ("news", "series", "means", "analytics").
_NOT_PLURAL = frozenset({"news", "series", "species", "means", "whereabouts", "headquarters", "premises", "thanks",
                         "us", "its", "this", "has", "was", "is", "his", "yes", "always", "perhaps", "across"})


def _plural_noun(word: str) -> bool:
    """Whether ``word`` is the plural of a count noun in the word list ("tools", "studies", "boxes") or an acronym's
    plural ("APIs")."""
    from assistant.names import lexicon

    if re.fullmatch(r"[A-Z]{2,}s", word):
        return True
    w = word.lower()
    if len(w) < 4 or not w.endswith("s") or w.endswith(("ss", "us", "is", "ics")) or w in _NOT_PLURAL:
        return False
    common = lexicon().common
    if w.endswith("ies") and w[:-3] + "y" in common:
        return True
    return w[:-1] in common or (w.endswith("es") and w[:-2] in common)
_DESTINATION = precompiled(r"\s{1,3}(?:to|into|onto)\s{1,3}(?:the\s{1,3}|a\s{1,3}|an\s{1,3}|our\s{1,3})?[A-Za-z0-9]")
