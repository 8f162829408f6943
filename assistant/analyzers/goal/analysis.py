"""The per-criterion analysis of one goal: evidence spans and verdicts from the parts above."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from assistant.analyzers.rulecache import precompiled
from assistant.schemas import Citation
from assistant.text import (
    NUMBER_WORD_PATTERN,
    NUMBER_WORDS,
    PREPOSITIONS,
    RELATIVE_WORDS,
    letter_words,
    stem,
    wordset,
)

if TYPE_CHECKING:
    from assistant.knowledge.guidance import Guidance
from assistant.analyzers.goal.actions import (
    _AMOUNT_RULES,
    _CHANGE_NOUNS,
    _EXPLORE_FRAME,
    _OBJECT_OPENERS,
    _OWN_DESTINATION,
    _QUANTITY_COMPARATIVES,
    Action,
    _actions,
    _artefact,
    _clause_head,
    _named,
    _paired_verbs_on_kinds,
    _reaches_people,
    _recipients_after,
    _sentence_of,
    _sentences,
)
from assistant.analyzers.goal.cadence import (
    _AVAILABILITY,
    _BASELINE,
    _CADENCE_ADJECTIVES,
    _COMPARISON_ASIDE,
    _POPULATION,
    _copular_focus,
    _each_event_clauses,
    _event_clauses,
    _metric_cadences,
    _passive_action,
)
from assistant.analyzers.goal.deadlines import (
    _anchored_events,
    _count_after_date,
    _deadline_end,
    _deadline_passed,
    _period_end,
    _rating_fraction,
    _with_year,
    _year_tail,
    _yearly_cadences,
)
from assistant.analyzers.goal.layout import (
    _END_STATE_LINK,
    _LABELLED_TARGET,
    _METRIC_TARGET,
    _METRIC_TARGET_REACH,
    _PLAN_LABEL,
    _layout,
    _verb_word,
)
from assistant.analyzers.goal.measures import (
    _TIME_UNIT,
    _WINDOW_BEFORE,
    _metric_window,
    _negated_zeros,
    _one_off_step,
    _red_flags,
)
from assistant.analyzers.goal.metric_verbs import (
    VERB_BEFORE_VALUE,
    VERB_BOUND,
    participle_link,
    value_verb,
    value_verbs,
)
from assistant.analyzers.goal.models import (
    _FLAGS,
    CRITERIA,
    MAX_ACTIONS,
)
from assistant.analyzers.goal.records import record_set
from assistant.analyzers.goal.relevance import (
    _AIM_HEAD,
    _HAS_VERB,
    _MEANS,
    _PLACEHOLDER_QTY,
    _SELF_REFERENCE,
    _SO_CLAUSE,
    _conformance_only,
    _problem_sentence,
    _role_apposition,
    _served_with_need,
    _structural_relevance,
)
from assistant.analyzers.goal.rules import (
    GoalRules,
    Rule,
    load_rules,
)
from assistant.analyzers.goal.spans import (
    Hit,
    _inside,
    _Intervals,
    _overlaps,
    _pick,
    _trim,
    _word_starts,
    scan,
)
from assistant.analyzers.goal.specific import (
    _DESTINATION,
    _MEASURE_CLAUSE,
    _SUMMARY_MODIFIERS,
    _TIME_UNIT_AFTER,
    _aspiration,
    _clause_end,
    _clause_quantity,
    _delimited_measure,
    _Found,
    _is_specific,
    _moves_a_metric,
    _nominal_change,
    _not_a_quantity,
    _open_count,
    _own_infinitive,
    _plural_noun,
    _ranked,
)

_MEASURED_BEFORE = precompiled(r"\b(?:measured|evidenced|shown|demonstrated|indicated|tracked|assessed|gauged)\s{1,3}\Z",
                               re.IGNORECASE)
# Rules that name a point or period of the calendar, whose year may be written after the phrase they match.
_CALENDAR_RULES = frozenset({"time.date", "time.month", "time.quarter", "time.period"})
_WITHIN = precompiled(r"within\b", re.IGNORECASE)
# the event a window counts from, after the window ("of the exam", "of receipt", "after each delivery", "following intake")
_EVENT_AFTER = precompiled(r"\s{1,3}(?:of|after|following|from)\s{1,3}(?P<det>(?:(?:the|each|every|its|their|a|an)\s{1,3})?)[A-Za-z]",
                           re.IGNORECASE)
_EACH_ITEM = precompiled(r"\b(?:all|each|every|any|its|their)\b", re.IGNORECASE)
_LIFE_PERIOD_OPENER = precompiled(r"(?:in|during|throughout|for|over|across)\b", re.IGNORECASE)


def _analyse(text: str, rules: GoalRules, today: dt.date | None = None) -> _Found:
    today = today or dt.date.today()
    # Labels, period headers and context lines are not the goal: the criteria read the goal itself
    # (``body``), a period header bounds it in time and a context line gives it relevance.
    layout = _layout(text)
    full_text, text = text, layout.body
    period_spans = layout.periods
    if text is full_text:
        hits = scan(text, rules)
    else:
        def timing(rule: Rule) -> bool:
            return rule.criterion == "time_bound" and rule.id != "time.vague"

        hits = scan(text, rules, lambda rule: not timing(rule))
        hits += [h for h in scan(full_text, rules, timing) if not _overlaps(h.start, h.end, period_spans)]
        hits += [Hit("time.header_period", s, e) for s, e in period_spans if _period_end(full_text[s:e]) is not None]
        hits.sort(key=lambda h: (h.start, h.rule))
    # Negation as a zero count ("No dog ever goes home with a clipper burn", "Never fail an electrical inspection
    # again", "No lost time injuries in a year"): the count of the negated event is the measure, its target zero, as
    # "zero lost-time injuries" is (rule measure.threshold)
    measured = [(h.start, h.end) for h in hits if rules_criterion(rules, h.rule) == "measurable"]
    # (only a negated mishap or one ruled out "ever"/"again"; a plain negative universal, "no pupil leaves Year 6
    # unable to read at the expected standard", is read by ``_negative_universal`` as a state)
    negated = [Hit("measure.threshold", start, end) for start, end, perfect in _negated_zeros(text, rules)
               if perfect and not _overlaps(start, end, measured)]
    hits += negated
    # An act on each member of a set timed by an event of that member ("Check every case cart ... before it goes up to
    # theatre"): the event clause is a cadence of the act, as "before every flight" is (evals/dev24 guide)
    # (and an act timed by an event told as a clause, "before leaving each site", "before the glass goes in", "prior to
    # beginning work": ``_event_clauses``)
    for clause in _each_event_clauses(text):
        if not any(h.rule in ("time.cadence", "measure.frequency") and h.start < clause[1] and clause[0] < h.end for h in hits):
            hits += [Hit("time.cadence", *clause), Hit("measure.frequency", *clause)]
    for clause in _event_clauses(text, rules):
        if any(h.rule in ("time.cadence", "measure.frequency") and h.start < clause[1] and clause[0] < h.end for h in hits) or (
                _WINDOW_BEFORE.search(text, max(0, clause[0] - 40), clause[0]) or _one_off_step(text, *clause)):
            continue
        # (in a key result the event is when each case is checked, a service level of the result, not its by-when:
        # "KR: Send parents a text alert for every route detour before the bus leaves the yard"; dev19 and dev25 guides)
        hits += [Hit("measure.frequency", *clause)] + ([] if layout.results else [Hit("time.cadence", *clause)])
    # an act timed by an event the calendar fixes ("before each of the four 2027 craft fairs", "each June"): deadlines.py
    hits += [Hit(r, s, e) for s, e, series in _anchored_events(text) for r in ("time.event",) + ("measure.frequency",) * series]
    hits += [Hit("time.cadence", *span) for span in _yearly_cadences(text)]
    hits.sort(key=lambda h: (h.start, h.rule))
    # A baseline period ("from 2020 levels", "compared to last quarter") and a cadence that is part
    # of a metric ("weekly active users", "10% m/m") are not time frames.
    baselines = [m.span() for m in _BASELINE.finditer(text)] + [m.span() for m in _COMPARISON_ASIDE.finditer(text)]
    metric_cadences = _metric_cadences(text, rules)
    # nor is continuous availability ("24 hours a day, seven days a week"): when a service is open, not a schedule of
    # work (evals/dev11/README.md: availability, not a time frame)
    metric_cadences += [m.span() for m in _AVAILABILITY.finditer(text)]
    if layout.context:  # nor is one in the objective above the goal ("Grow quarterly revenue by 15%: ...")
        metric_cadences += [span for span in _metric_cadences(full_text, rules) if _inside(*span, layout.context)]
    # nor is the "by" of a measure clause ("as measured by the annual engagement survey")
    hits = [h for h in hits if not (rules_criterion(rules, h.rule) == "time_bound" and _MEASURED_BEFORE.search(
        text, max(0, h.start - 30), h.start))]
    # nor is a period of someone's life or stay ("during the first year of their baby's life", "in the first week of
    # admission"): it says when the service is given, not when the goal is done
    if rules.life_period is not None:
        hits = [h for h in hits if not (h.rule in ("time.duration", "time.period") and _LIFE_PERIOD_OPENER.match(text, h.start)
                                        and rules.life_period.match(text, h.end))]
    # nor is a window inside the metric ("the share of patients readmitted within 30 days of discharge"): it says which
    # cases count, not when the goal is done
    hits = [h for h in hits if not (h.rule == "time.duration" and (_metric_window(text, h, rules) or _threshold_window(text, h)))]
    hits = [h for h in hits if not (rules_criterion(rules, h.rule) == "time_bound"
                                    and (_overlaps(h.start, h.end, baselines)
                                         or (h.rule == "time.cadence" and _overlaps(h.start, h.end, metric_cadences))))]
    # nor is it how often the goal's work happens ("Increase daily active users" names a metric, no count)
    hits = [h for h in hits if not (h.rule == "measure.frequency" and _overlaps(h.start, h.start + 1, metric_cadences)
                                    and len(words := text[h.start:h.end].split()) > 1
                                    and words[0].lower() in _CADENCE_ADJECTIVES)]
    # "Set up a CI pipeline so teams can release to production every day": a cadence inside the purpose
    # is how often the beneficiary acts, not a schedule or a count of the goal's work
    purposes = [m.span() for m in _SO_CLAUSE.finditer(text) if text[:m.start()].strip()]
    hits = [h for h in hits if not (h.rule in ("time.cadence", "measure.frequency") and _inside(h.start, h.end, purposes))]
    by_criterion: dict[str, list[Hit]] = {c: [] for c in CRITERIA}
    effects = {rule.id: rule for rule in rules.rules}
    for hit in hits:
        rule = effects[hit.rule]
        if rule.effect == "evidence":
            by_criterion[rule.criterion].append(hit)

    # "so (that) it is clear and easy to follow" describes the deliverable, not a purpose beyond it.
    if rules.quality_clause is not None:
        by_criterion["relevant"] = [h for h in by_criterion["relevant"]
                                    if not rules.quality_clause.match(text, h.start)]
    # A plan or objective the goal makes ("Publish the strategic plan", "Write the team's OKRs") is its
    # deliverable, not a link to a purpose beyond it; one it meets or serves is ("Meet the team's target").
    if rules.making_before is not None:
        by_criterion["relevant"] = [h for h in by_criterion["relevant"] if not (
            h.rule == "relevant.org_objective" and rules.making_before.search(text, max(0, h.start - 40), h.start)
            and not re.search(r"\b(?:for|to|toward|towards|under|in|of|from|with)\b", text[h.start:h.end], re.IGNORECASE))]
    # "Our goal is to achieve the SUS target of 75": the goal's own infinitive links to nothing beyond it.
    by_criterion["relevant"] = [h for h in by_criterion["relevant"] if not (
        re.match(r"(?:in\s{1,3}order\s{1,3})?to\s", text[h.start:h.end], re.IGNORECASE)
        and _own_infinitive(text, h.start - 1, lead_in_only=True))]
    # "toward"/"under" link to an aim only when what follows is one ("toward the department's outreach goal"); "work
    # toward completing the project", "move the budget toward prevention programs", "under the new schedule" name the
    # goal's own object, destination or condition
    by_criterion["relevant"] = [h for h in by_criterion["relevant"] if not (
        h.rule == "relevant.support" and re.match(r"(?:towards?|under\s{1,3}(?:the|our|its|their|this))\s", text[h.start:h.end],
                                                  re.IGNORECASE)
        and not _AIM_HEAD.search(text[h.start:h.end]))]
    # "Make progress towards my CPA certification", "work toward my degree": the qualification is the goal's own
    # destination, not a step beyond it (it is one after a goal of its own: "Finish two modules towards my degree")
    by_criterion["relevant"] = [h for h in by_criterion["relevant"] if not (
        h.rule == "relevant.mandate" and re.match(r"towards?\s", text[h.start:h.end], re.IGNORECASE)
        and _OWN_DESTINATION.search(text, max(0, h.start - 30), h.start))]
    by_criterion["relevant"] = [h for h in by_criterion["relevant"] if not _conformance_only(text, h.start, h.end, rules)]
    # "I will work towards this goal": the goal pointing back at itself links to nothing beyond it.
    by_criterion["relevant"] = [h for h in by_criterion["relevant"] if not _SELF_REFERENCE.search(text, h.start, h.end)]
    # A score out of 5 or 10 ("index up one point to 8/10") is a value on a rating scale, not a month and day.
    by_criterion["time_bound"] = [h for h in by_criterion["time_bound"] if not (
        h.rule == "time.date" and _rating_fraction(full_text[h.start:h.end], full_text[slice(*_sentence_of(full_text, h.start))]))]
    # A calendar phrase whose year is written after it ("by June 30, 20XX", "in the Spring of 2023"): a template
    # placeholder for the year sets no deadline; a year is read with the phrase to date it.
    undated = [(h.start, h.end) for h in by_criterion["time_bound"]
               if h.rule in _CALENDAR_RULES and (tail := _year_tail(full_text, h.end)) and tail.group("placeholder")]
    by_criterion["time_bound"] = [h for h in by_criterion["time_bound"] if not _overlaps(h.start, h.end, undated)]
    # A deadline that has already passed bounds nothing: the goal can no longer be met by it.
    past = [h for h in by_criterion["time_bound"] if _deadline_passed(
        _with_year(full_text, h.start, h.end) if h.rule in _CALENDAR_RULES else full_text[h.start:h.end], today, h.rule)]
    past_spans = [(h.start, h.end) for h in past]
    by_criterion["time_bound"] = [h for h in by_criterion["time_bound"]
                                  if h not in past and not _overlaps(h.start, h.end, past_spans)]
    # a dated goal past its date; a cadence of sub-steps does not renew it, nor does a service window beside the date
    # ("65% of patients treated within 18 weeks by March 2026": with a dated anchor, "within" is the service level the
    # date is the by-when of, as the measures read it below; dev14 guide: "by March 2026" is past, not time-bound)
    if past and all(h.rule == "time.cadence" or (h.rule == "time.duration" and _WITHIN.match(full_text, h.start))
                    for h in by_criterion["time_bound"]):
        by_criterion["time_bound"] = []
    if any(h.rule == "time.header_period" for h in past):
        # under a period that has ended ("2024H2: Over the next six months, ..."), a relative time frame
        # counts from that period, so it has ended too; only a dated one still bounds the goal
        by_criterion["time_bound"] = [h for h in by_criterion["time_bound"]
                                      if _deadline_end(full_text[h.start:h.end]) is not None]
    past_deadline = past[0] if past and not by_criterion["time_bound"] else None
    time_hits = by_criterion["time_bound"]
    relevant_hits = by_criterion["relevant"]
    relevant_spans = [(h.start, h.end) for h in relevant_hits]

    # A number that is part of a date, period or duration is not a measure; but when the goal has
    # another time anchor, a duration ("within 3 business days ... starting in July") is a service
    # level, which is a measure.
    anchors = {h.rule for h in time_hits if h.rule not in ("time.duration", "time.cadence")}
    date_like = [(h.start, h.end) for h in time_hits
                 if h.rule != "time.cadence" and not (h.rule == "time.duration" and anchors)]
    date_index = _Intervals(date_like)
    measure_hits = [h for h in by_criterion["measurable"] if not _inside(h.start, h.end, date_index)
                    and not (h.rule == "measure.count" and _overlaps(h.start, h.end, date_index))]
    measure_hits = [h for h in measure_hits if not (h.rule == "measure.count" and _is_year(text, h))]
    # A value written as a fraction of a rating scale's top ("from 6/10 to 8/10", "to 4.5/5") is a score only where the
    # sentence names the scale and the date reading was dropped above; where it still reads as a month and day ("Run the
    # pilot from 6/10 to 8/10") the pair is a date range, not a baseline and a target.
    measure_hits = [h for h in measure_hits if not (_SCALE_FRACTION.search(text, h.start, h.end)
                                                    and _overlaps(h.start, h.end, date_like))]
    # "#1" is a rank, not a count of anything ("Become the #1 onboarding experience in our category").
    measure_hits = [h for h in measure_hits if not (h.rule == "measure.count" and re.search(r"#\s?\Z", text[:h.start]))]
    # A number fused to a name ("COVID-19", "K-12") is part of the name, and a count inside a scope phrase
    # with a definite or possessive determiner ("communication with our 12 regional offices", "errors in the
    # 3 main reports") identifies a known set: neither is a quantity the goal is to reach.
    measure_hits = [h for h in measure_hits if not (h.rule == "measure.count" and _not_a_quantity(text, h.start))]
    # A number after a name's head noun names the thing ("Tier 1 support", "Phase 2", "v3"), and a count of a known set
    # an effort is spent on ("support the 3 regional offices", "help our 40 volunteers feel valued") says whom the
    # effort reaches: neither is a quantity the goal is to reach.
    measure_hits = [h for h in measure_hits if not (h.rule == "measure.count" and (
        _IDENTIFIER_BEFORE.search(text, max(0, h.start - 20), h.start) or _effort_on_known_set(text, h.start, rules)
        or _group_size(text, h.start, rules)))]
    # A definite number before a singular noun names the thing ("the 111 line", "the 999 control room", "the Platform 4
    # waiting room"): a count of more than one takes a plural ("the 30 stops", "the 12 call handlers").
    measure_hits = [h for h in measure_hits if not (h.rule == "measure.count" and _number_as_name(text, h.start))]
    # ("the Level 3 students": a level's name before a noun modifies it; "reach level 3" is the target)
    measure_hits = [h for h in measure_hits if not (h.rule == "measure.target" and re.fullmatch(
        r"(?:Level|Tier|Grade|Stage|Phase)\s?\d{1,2}", text[h.start:h.end]) and re.match(r"\s{1,3}[a-z]", text[h.end:]))]
    # Ages and grades describe who is served ("children aged 0-7", "grades 3-5"), not a target.
    population = [m.span() for m in _POPULATION.finditer(text)]
    measure_hits = [h for h in measure_hits if not (h.rule == "measure.count" and _inside(h.start, h.start + 1, population))]
    if anchors:
        measure_hits += [h for h in time_hits if h.rule == "time.duration"]
    else:
        # A window counted from each item's own event ("Grade all midterm exams within 7 days of the exam", "Create a
        # record for every new acquisition within five working days of its arrival") is a turnaround every item is checked
        # against: a service level, as beside another anchor, not only the goal's by-when. The work must be over a set
        # ("all", "each", "every", "any" before the window, or "each"/"every"/"its"/"their" event after it); a window
        # from one event ("Finish the report within 3 weeks of my start date") is a deadline only.
        measure_hits += [h for h in time_hits if h.rule == "time.duration" and _WITHIN.match(full_text, h.start)
                         and (event := _EVENT_AFTER.match(full_text, h.end)) is not None
                         and (_EACH_ITEM.search(full_text, _sentence_of(full_text, h.start)[0], h.start)
                              or _EACH_ITEM.match(full_text, event.start("det"), event.end("det")))]
    # Continuous availability ("24/7", "24 hours a day, seven days a week", "365 days a year") says when a service is
    # open, not how much of a result the goal reaches (evals/dev11/README.md: availability, not a time frame)
    available = [m.span() for m in _AVAILABILITY.finditer(text)]
    if available:
        measure_hits = [h for h in measure_hits if not _inside(h.start, h.start + 1, available)]
    # "on level 2", "at level 3 of the car park": a level after a place preposition is where, not a target reached
    measure_hits = [h for h in measure_hits if not (h.rule == "measure.target" and re.fullmatch(
        r"(?:level|floor|deck)\s?\d{1,2}", text[h.start:h.end], re.IGNORECASE)
        and re.search(r"\b(?:on|at|in|from)\s{1,3}(?:the\s{1,3})?\Z", text[max(0, h.start - 12):h.start], re.IGNORECASE))]
    # A number straight after a target or measure label is the target ("Target: 800 per year").
    for r in layout.results:
        m = _LABELLED_TARGET.match(text, r)
        if m and not _overlaps(m.start("n"), m.end("n"), [(h.start, h.end) for h in measure_hits]):
            measure_hits.append(Hit("measure.target", m.start("n"), m.end("n")))

    # Specific: a verb phrase whose object is concrete, outside the "why" and "when" phrases.
    time_spans_no_cadence = [(h.start, h.end) for h in time_hits if h.rule != "time.cadence"]
    vague_time = next((h for h in hits if h.rule == "time.vague"), None)
    vague_spans = [(h.start, h.end) for h in hits if h.rule == "time.vague"]
    # A named plan after "of" is part of the object ("reach 90% of the Strategic Plan milestones").
    part_of = [(s, e) for s, e in relevant_spans if re.search(r"\bof\s{1,3}\Z", text[max(0, s - 6):s])]
    # A purpose clause before the main clause ("To reduce infection rates in your unit, you'll implement ...")
    # says what the goal is for: its verb is not the goal's action.
    fronted = [m.span() for m in _FRONTED_PURPOSE.finditer(text)
               if _HAS_VERB(text, m.end(), _sentence_of(text, m.start())[1], rules)]
    # A period named before a noun ("Grow Q3 renewals 6%", "Submit the FY2027 budget request") says which figure or
    # artefact, as an adjective would: it is part of the object, not a time phrase that ends it.
    attributive = [(h.start, h.end) for h in time_hits if h.rule != "time.cadence" and _attributive_period(text, h, rules)]
    # "as measured by delighting customers through events": a measure clause naming an activity and no quantity
    # measures nothing, and its activity is not the goal's result; one with a quantity ("as measured by newsletter
    # sign-ups reaching 2,000") gives the goal its measure
    measure_clauses = [(m.start(), m.end(), _clause_quantity(text, m, rules)) for m in _MEASURE_CLAUSE.finditer(text)]
    fake_measures = [(s, e) for s, e, q in measure_clauses if q is False]
    for s, e, q in measure_clauses:
        if isinstance(q, tuple) and not _overlaps(s, e, [(h.start, h.end) for h in measure_hits]):
            measure_hits.append(Hit("measure.count", *q))
    part_of_set, attributive_set = set(part_of), set(attributive)  # looked up once per span: a set, not a list scan
    actions = _actions(text, rules, [sp for sp in relevant_spans if sp not in part_of_set]
                       + [sp for sp in time_spans_no_cadence if sp not in attributive_set] + vague_spans + fronted
                       + fake_measures)
    actions = [replace(a, aspiration=True) if _aspiration(a, text, measure_hits, rules)
               or _ranked(a, text, measure_hits, rules) else a for a in actions]

    deliverable = False
    outlined: list[Hit] = []  # work the goal outlines, counted or not: its structure gives relevance
    if not measure_hits:
        # (a window counted from one event, "within six weeks of the approved drawing", dates the work as a deadline
        # does: done or not by then; evals/dev26 guide: a deadline after an event is time-bound)
        dated = any(h.rule not in ("time.cadence", "time.duration", "time.start") or (
            h.rule == "time.duration" and _WITHIN.match(full_text, h.start) and _EVENT_AFTER.match(full_text, h.end)) for h in time_hits)
        # A passed date still makes the completion of an artefact checkable ("Update our employee
        # handbook ... by the end of Q1 2023"): done or not done by then.
        past_dated = any(h.rule not in ("time.cadence", "time.duration", "time.start") for h in past)
        date_spans = [(h.start, h.end) for h in [*time_hits, *past]
                      if h.rule not in ("time.cadence", "time.duration", "time.start", "time.header_period")]
        dated_steps = _dated_steps(text, actions, date_spans) if len(_sentences(text)) > 1 else None
        measure_hits = [h for h in _deliverables(text, rules, actions, relevant_spans, dated, past_dated,
                                                 dated_steps=dated_steps)
                        if not _overlaps(h.start, h.end, fake_measures)]
        outlined = measure_hits or _deliverables(text, rules, actions, relevant_spans, dated, past_dated, open_counts=True,
                                                 dated_steps=dated_steps)
        if measure_hits and actions and _nominal_change(actions[0], text, [], rules) is not None and all(
                h.start == actions[0].start for h in measure_hits):
            # "Deliver a sustained reduction in the number of ...": a change told as a noun has no done state of its own
            measure_hits = []
        if measure_hits and actions and _delimited_measure(actions[0], text, rules) and all(
                actions[0].verb_end < h.end <= _clause_end(text, actions[0].verb_end) for h in measure_hits):
            # "Increase the number of volunteers who complete safeguarding training": the completion says which
            # volunteers are counted, not a deliverable of the goal's own
            measure_hits = []
        if measure_hits and actions and _moves_a_metric(actions[0], text, rules) and all(
                h.start >= actions[0].end and _MEANS_BEFORE.search(text, actions[0].end, h.start) for h in measure_hits):
            # "Reduce the incidence of pressure ulcers by implementing a new protocol": the goal is the
            # change, and finishing its means does not show how far the metric moved
            measure_hits = []
        deliverable = bool(measure_hits)
    by_criterion["measurable"] = measure_hits
    # Relevance from the goal's structure: a purpose clause, or an unmeasured objective with measured
    # key results (an OKR, a headline sentence, "make homelessness rare ... by reducing ... by 15%").
    structural = _structural_relevance(text, rules, [h for h in measure_hits if h.rule != "measure.deliverable"],
                                       date_like + baselines, layout.results,
                                       [h for h in measure_hits if h.rule == "measure.deliverable"] or outlined)
    if structural and rules.quality_clause is not None and rules.quality_clause.match(
            text, structural.start + len(text[structural.start:structural.end]) - len(
                text[structural.start:structural.end].lstrip(", "))):
        structural = None
    if structural and not relevant_hits:
        relevant_hits = by_criterion["relevant"] = [structural]
    if not relevant_hits and (role := _role_apposition(text, rules) or _served_with_need(text, rules)):
        relevant_hits = by_criterion["relevant"] = [Hit("relevant.structure", *role)]
    if not relevant_hits and (problem := _problem_sentence(text, actions, rules, [
            (h.start, h.end) for h in measure_hits if h.rule.startswith("measure.")
            and h.rule not in ("measure.count", "measure.deliverable")])):
        # "Cut the hold time on the billing line ... Long holds are the top complaint in our survey.": the problem
        # the goal answers, told in a sentence of its own, is why it matters
        relevant_hits = by_criterion["relevant"] = [Hit("relevant.structure", *problem)]
    if layout.context and not relevant_hits:  # "Objective: ...", "Motivation: ..." above the goal
        relevant_hits = by_criterion["relevant"] = [Hit("relevant.context", *layout.context[0])]
    # A team, role or plan label owns the goal: it says why when the goal is work that label does
    # ("Budget & Evaluation: Publish the budget book by June"), not over a bare metric ("Support
    # Services: 100% SLA achievement"), which names no work at all.
    owned_work = any(a.head for a in actions) or any(_PLAN_LABEL.search(full_text, s, e) for s, e in layout.owners)
    if layout.owners and not relevant_hits and owned_work:
        relevant_hits = by_criterion["relevant"] = [Hit("relevant.context", *layout.owners[0])]
    measure_spans = sorted((h for h in measure_hits if h.rule != "measure.deliverable"), key=lambda h: h.start)
    # Bounded work: a goal's main action is among its first ones, and only measures near an action
    # can quantify it.
    # A dated deliverable is its action's measure ("Update our employee handbook ... by the end of Q1").
    measure_spans = sorted(measure_spans + [h for h in measure_hits if h.rule == "measure.deliverable"
                                            and any(a.start == h.start and a.kind != "action" for a in actions)],
                           key=lambda h: h.start)
    measure_starts = [h.start for h in measure_spans]
    specific = next((a for n, a in enumerate(actions[:MAX_ACTIONS]) if (a.head or n == 0) and _is_specific(
        a, text, measure_spans[bisect_left(measure_starts, a.start - 300):bisect_right(measure_starts, a.end + 300)]
        if len(measure_spans) > MAX_ACTIONS else measure_spans, rules)), None)
    by_criterion["specific"] = [Hit("specific.action", specific.start, specific.end)] if specific else []
    vague_action = None
    if specific is None and actions:
        vague_action = (actions[0].start, actions[0].end)

    def name_outcome(span: tuple[int, int], deliverable_too: bool = True) -> None:
        """The goal names its result: specific, and, with no measure of its own, a deliverable."""
        nonlocal vague_action, measure_hits, deliverable
        by_criterion["specific"] = [Hit("specific.outcome", *span)]
        vague_action = None
        if deliverable_too and not measure_hits:
            measure_hits = by_criterion["measurable"] = [Hit("measure.deliverable", *span)]
            deliverable = True

    first = _sentences(text)[0] if text.strip() else (0, 0)
    # (an exploration opening the goal, "Look for ways to ...", is no outcome named as a noun phrase either)
    # (a short metric before a finite verb of changed amount is the verb's subject, not a bullet: "NPS increases from 30
    # to 50", "DAU increases 25%")
    opens_with_verb = any(a.start <= first[0] + 4 and not _metric_subject(text, first[0], a, rules) for a in actions) or _EXPLORE_FRAME.match(
        text, first[0] + len(text[first[0]:first[1]]) - len(text[first[0]:first[1]].lstrip())) is not None
    if specific is None and layout.ship and not opens_with_verb:
        # "What we'll ship: a self-hosted installer for the analytics platform": the label names the
        # action, the goal names the artefact.
        content = [w for w in re.findall(r"[A-Za-z][\w-]{2,30}", text[first[0]:first[1]])
                   if w.lower() not in rules.stopwords and w.lower() not in rules.generic_words
                   and w.lower() not in rules.time_words]
        if len(content) >= 2:
            name_outcome(_trim(text, *first))
    placeholder_count = _PLACEHOLDER_QTY.match(text, first[0]) is not None  # "X# of citations of ...": a KR awaiting its number
    if not by_criterion["specific"] and (measure_hits or placeholder_count) and not opens_with_verb:
        # A key result stated as an outcome ("Merged PRs land on staging within 25 minutes").
        content = [w for w in re.findall(r"[A-Za-z][\w-]{2,30}", text[first[0]:first[1]])
                   if w.lower() not in rules.stopwords and w.lower() not in rules.generic_words
                   and w.lower() not in rules.time_words and w.lower() not in NUMBER_WORDS]
        # A count that opens the key result names its population ("150 active contributors per month").
        lead_gap = len(text[first[0]:]) - len(text[first[0]:].lstrip())
        article = re.match(r"(?:an?|the)\s{1,3}", text[first[0] + lead_gap:], re.IGNORECASE)  # "A 20% reduction in ..."
        count_led = any(h.rule in _AMOUNT_RULES and h.start <= first[0] + lead_gap + (article.end() if article else 0) + 1
                        for h in measure_hits) or any(  # "No missed deadlines": the negative determiner counts as "zero"
            h.start <= first[0] + lead_gap + 1 and text[h.start:h.start + 2].lower() == "no" for h in negated)
        # A performance-measure row ("Potholes Repaired. Goal: ... Target: 800 per year."): the verbless
        # line above its target names the measure.
        measure_row = any(r >= first[1] for r in layout.results) and not _HAS_VERB(text, *first, rules)
        # A metric's name and its target value ("Employee turnover below 12%", "Customer satisfaction score
        # of 85 or higher"): the name says what is measured, the value which result counts.
        metric_target = any(h.rule in _AMOUNT_RULES and first[0] <= h.start < first[1] and (_METRIC_TARGET.search(
            text, max(first[0], h.start - _METRIC_TARGET_REACH), h.start) or _metric_verb_target(text, first[0], h.start, rules))
            for h in measure_hits)
        # A count that opens the key result measures the noun after it, broad or not ("100% satisfaction"):
        # the quantity on its object is the outcome; a comparative or judged word is no object.
        lead_words = [w.lower() for w in re.findall(r"[A-Za-z][\w-]{2,30}", text[first[0]:first[1]])]
        counted = [] if any(w in rules.comparatives or w in rules.evaluative for w in lead_words) else [
            w for w in lead_words if w not in rules.stopwords and w not in rules.time_words
            and w not in NUMBER_WORDS and w not in ("percent", "per", "cent") and w not in _CHANGE_NOUNS]
        if len(content) >= 3 or (count_led and counted) or (measure_row and len(content) >= 2) or metric_target:
            name_outcome(_trim(text, *first), deliverable_too=False)
    # A key result told as its metric and a bound on the metric's value, in any form of value ("Customer complaints per
    # 100,000 boardings below 5", "Fewer than 3 lost-time injuries", "Average time to disposition down from 310 to 250
    # days"): the metric is the outcome, the bound's value its target.
    summary_end = _summary_lead(actions, text, first) if text.strip() else None
    bounded = _bounded_metric(text, *first, rules, summary_end) if text.strip() and (
        not opens_with_verb or summary_end) else None
    if bounded is not None:
        if not by_criterion["specific"]:
            name_outcome(_trim(text, *bounded[0]), deliverable_too=False)
        value = bounded[1]
        if value is not None and not _overlaps(*value, [(h.start, h.end) for h in measure_hits]):
            measure_hits = by_criterion["measurable"] = [*measure_hits, Hit("measure.target", *value)]
    if not by_criterion["specific"] and not opens_with_verb and text.strip():
        # An end state of a concrete subject ("Legacy mainframe is closed down by Q3 2027", "The Zendesk
        # instance is decommissioned"): the subject says what, the state says when it is done.
        for done in (m for m in rules.end_state.finditer(text, first[0], first[1]) if not _attributive_state(text, m.start(), m.end(), rules)):
            head = text[first[0]:done.start()]
            link = _END_STATE_LINK.search(head)
            words = [w for w in re.findall(r"[A-Za-z][\w'’-]{1,30}", head[:link.start()] if link else head)
                     if w.lower() not in rules.stopwords and w.lower() not in rules.time_words]
            if not words:
                continue
            # Without "is"/"are" the state must follow its subject ("All services migrated to Kubernetes").
            if link is None and (len(words) > 6 or any(w.lower() in rules.boundaries for w in head.split())):
                break
            subject = [w for w in words if w.lower() not in rules.generic_words]
            # one concrete word will do when the sentence also counts whom or what ("New payroll system live
            # for all 3,000 employees")
            counted = any(h.rule in _AMOUNT_RULES and first[0] <= h.start < first[1] for h in measure_hits)
            if len(subject) >= 2 or _named(text, first[0], first[1], rules) or (subject and counted):
                name_outcome(_trim(text, first[0], done.end()))
            break
    if not by_criterion["specific"] and not opens_with_verb and text.strip():
        # A focus named by a copula ("Year 6 reading fluency is our main focus", "Our focus this year is Key Stage 2
        # writing"): the subject of work it names is the goal's object, as in "focus on Key Stage 2 writing".
        focus = _copular_focus(text, first, rules)
        if focus is not None:
            name_outcome(focus, deliverable_too=False)
    if not by_criterion["specific"] and not opens_with_verb and text.strip():
        # A passive action on a concrete subject ("Every week, the lobby will be cleaned", "The grant
        # report is submitted to the board"): the subject is the action's object, as in "clean the lobby".
        passive = _passive_action(text, first, rules)
        if passive is not None:
            name_outcome(passive, deliverable_too=True)
    if not by_criterion["specific"] and not opens_with_verb and (recorded := record_set(text, first, rules)):
        name_outcome(recorded)  # a complete record set, "KR: Every ewe's tag recorded in the flock book" (records.py)
    if not by_criterion["specific"] and not opens_with_verb and text.strip():
        # A state every member of a concrete group is to be in ("Every classroom has a working projector",
        # "All staff complete annual fire-safety training"): which things and what each must have or do are
        # named, and whether every one does is checked yes or no.
        state = _UNIVERSAL_STATE.match(text, first[0] + len(text[first[0]:first[1]]) - len(text[first[0]:first[1]].lstrip()))
        if state is not None and state.end() <= first[1]:
            subject = [w for w in letter_words(state.group("subject")) if len(w) > 2 and w.lower() not in rules.stopwords]
            obj = [w.lower() for w in letter_words(state.group("object")) if len(w) > 2]
            concrete = [w for w in obj if w not in rules.stopwords and w not in rules.time_words
                        and w not in rules.evaluative and w not in rules.comparatives
                        and (w not in rules.generic_words or _artefact(w, rules))]
            # a judged state of a general kind ("have access to reliable advising services") names no result: which
            # services count as reliable is the open question
            content = [w for w in obj if w not in rules.stopwords and w not in PREPOSITIONS]
            judged = any(w in rules.evaluative for w in content)
            if subject and concrete and obj[0] not in rules.comparatives and not judged:
                # (goals to exist, "Every team will have targets in sales", name what is aimed at, not a result)
                name_outcome(_trim(text, *first), deliverable_too=not _goal_setting(text, state.start("object"), state.end("object")))
    if not by_criterion["specific"] and not opens_with_verb and text.strip():
        # A state no member of a concrete group may be in ("No order ships without a signed packing slip", "Not a
        # single cyclist is killed on city streets"): which things and what none may do are named, checked yes or no.
        none_state = _negative_universal(text, first, rules)
        if none_state is not None:
            name_outcome(none_state, deliverable_too=False)
    if not by_criterion["specific"] and not opens_with_verb and text.strip():
        # A deliverable named as a noun phrase ("An MVP of the Hyperion library that will contain ..."):
        # its head (the words before any preposition but "of") is a kind of artefact, and a name says
        # which one. A quality ("Better documentation across all public APIs") is no deliverable.
        lead_words = [w.lower() for w in re.findall(r"[A-Za-z][\w-]{1,30}", text[first[0]:first[1]])[:10]]
        head_words = []
        for w in lead_words:
            if w in PREPOSITIONS and w != "of" or w in ("that", "which", "with", "who"):
                break
            head_words.append(w)
        if (head_words and head_words[0] not in rules.comparatives and any(_artefact(w, rules) for w in head_words)
                and _named(text, *first, rules)):
            name_outcome(_trim(text, *first))

    if not by_criterion["specific"] and (frame := _ASSURANCE_FRAME.match(text)) is not None and (_FINITE_IN_CLAUSE.search(
            text, frame.end(), _clause_end(text, frame.end())) or _NEGATIVE_UNIVERSAL.match(text, frame.end())):
        # "Ensure that every form is signed by the tenant", "Make sure that 80% of calls are answered within a minute":
        # an assurance verb takes the goal's result as its clause; what that clause states is the goal's content
        clause = text[frame.end():]
        if clause.strip() and _analyse(clause[:1].upper() + clause[1:], rules, today).evidence["specific"]:
            by_criterion["specific"] = [Hit("specific.outcome", frame.end(), _clause_end(text, frame.end()))]
            vague_action = None

    allowed = rules.allow.spans(text)
    amount = any(h.rule in _AMOUNT_RULES for h in measure_hits)
    red_flags = [h for h in _red_flags(text, rules, hits, amount, bool(time_hits or past))
                 if not _overlaps(h.start, h.end, allowed)]
    weak = [h for h in hits if h.rule == "warn.weak_commitment" and not _overlaps(h.start, h.end, allowed)]
    if vague_time is not None and _overlaps(vague_time.start, vague_time.end, allowed):
        vague_time = None

    evidence: dict[str, Hit | None] = {c: _pick(by_criterion[c]) for c in CRITERIA}
    # A deadline or period says more than a cadence ("starting in March" over "per month").
    evidence["time_bound"] = (
        _pick([h for h in time_hits if h.rule not in ("time.cadence", "time.duration")] if anchors else [])
        or _pick([h for h in time_hits if h.rule != "time.cadence"])
        or evidence["time_bound"]
    )
    evidence["attainable"] = None
    if evidence["measurable"] and evidence["measurable"].rule == "measure.frequency":
        # Prefer a count to a bare frequency when the goal has both.
        counts = [h for h in measure_hits if h.rule != "measure.frequency"]
        evidence["measurable"] = _pick(counts) or evidence["measurable"]
    if evidence["relevant"]:
        # The longest link reads best ("to support the department's retention objective").
        first = evidence["relevant"]
        overlapping = [h for h in relevant_hits if h.start < first.end and first.start < h.end] or [first]
        evidence["relevant"] = max(overlapping, key=lambda h: h.end - h.start)

    all_hits = hits + [h for h in measure_hits if h.rule == "measure.deliverable"] + [
        h for h in by_criterion["relevant"] + by_criterion["specific"] if h.rule in ("relevant.structure", "relevant.context", "specific.outcome")] + [
        h for h in red_flags if h.rule not in ("attain.perfection", "attain.elimination")]
    # (what the goal moves, when it names a change: "reduce infection rates", not the means "implement practices")
    with_object = [a for a in actions if a.end > a.verb_end + 1]
    topic = (_subject_topic(text, _sentences(text)[0], actions, rules) if text.strip() else None) or next(
        ((a.verb_end, a.end) for a in with_object if rules.change_verbs.match(text, a.start)), None) or next(
        ((a.verb_end, a.end) for a in with_object), None)
    return _Found(evidence, deliverable, vague_action, vague_time, red_flags, weak,
                  _two_outcomes(text, actions, relevant_spans), sorted(all_hits, key=lambda h: (h.start, h.rule)),
                  past_deadline, topic)


# Words that open a time phrase as an adverbial ("in Q3", "by June", "this quarter"), not a period named as a modifier.
_TIME_PHRASE_OPENERS = frozenset({"in", "by", "within", "before", "during", "until", "till", "through", "throughout", "over",
                                  "for", "from", "to", "on", "at", "after", "ahead", "end", "each", "every", "per", "next",
                                  "this", "last", "coming", "since", "into", "of", "starting", "beginning", "no", "not"})
_NEXT_WORD = precompiled(r"[ \t]{1,3}([A-Za-z][\w'’-]{1,30})")


def _attributive_period(text: str, hit: Hit, rules: GoalRules) -> bool:
    """Whether a time phrase is a period named before a noun ("Q3 renewals", "the FY2027 budget request"): it opens
    with no preposition or deictic word and a content word follows it in the same phrase."""
    words = letter_words(text[hit.start:hit.end])
    first = next((w.lower() for w in words if w.lower() not in ("the", "our", "its", "their", "my", "a", "an")), "")
    if first in _TIME_PHRASE_OPENERS or (words and words[0].lower() in _TIME_PHRASE_OPENERS):
        return False
    m = _NEXT_WORD.match(text, hit.end)
    if m is None:
        return False
    nxt = m.group(1).lower()
    return nxt not in rules.stopwords and nxt not in rules.time_words and nxt not in rules.boundaries


_FRONTED_PURPOSE = precompiled(r"(?:^|(?<=[.!?:;\n]))\s{0,8}(?:[Ii]n\s{1,3}order\s{1,3})?[Tt]o\s{1,3}[a-z][^.;:!?,\n]{2,150},"
                              r"(?=\s{0,3}[A-Za-z])")


# A universally quantified subject and a verb of having, getting, using or completing: a state to be checked.
# An assurance verb whose complement is a clause: the clause is the result ("Ensure that all forms are signed").
_ASSURANCE_FRAME = precompiled(r"\s{0,8}(?:(?:we|i)\s{1,3}will\s{1,3})?(?:ensure|make\s{1,3}sure|see\s{1,3}to\s{1,3}it)"
                               r"\s{1,3}(?:that\s{1,3})?(?=[A-Za-z0-9])", re.IGNORECASE)
_FINITE_IN_CLAUSE = precompiled(r"\s(?:is|are|was|were|has|have|will|can|do|does|shall|must)\s",
                                re.IGNORECASE)
_UNIVERSAL_STATE = precompiled(
    r"(?:all|every|each|100\s?%\s{1,3}of)\s{1,3}(?:(?:of\s{1,3})?(?:our|the|my|their)\s{1,3})?"
    r"(?P<subject>(?:[\w-]+\s{1,3}){0,3}?[\w-]+)\s{1,3}"
    r"(?:has|have|gets|get|receives|receive|uses|use|completes|complete|attends|attend|follows|follow|owns|own)\s{1,3}"
    r"(?P<object>[^.;:!?\n]{3,80})", re.IGNORECASE)


# A negative universal subject and its finite verb ("no pupil leaves", "not a single cyclist is killed", "not one
# laptop leaves", "none of our vans runs", "no dog ever goes home ..."): the quantifier says the state holds of every
# member of the group ("ever" only stretches it over all time).
_NEGATIVE_UNIVERSAL = precompiled(
    r"(?:no|not\s{1,3}(?:even\s{1,3})?(?:a\s{1,3}single|one)|none\s{1,3}of\s{1,3}(?:our|the|my|their|its))\s{1,3}"
    r"(?P<subject>(?:[A-Za-z][\w-]*\s{1,3}){0,2}?[A-Za-z][\w-]*)\s{1,3}(?:ever\s{1,3})?"
    r"(?P<verb>(?:is|are|will|shall|must|may|can|gets?)\s{1,3}[a-z]+|[a-z]{2,20}s)\b(?P<rest>[^.;:!?\n]{3,120})",
    re.IGNORECASE)


def _negative_universal(text: str, sentence: tuple[int, int], rules: GoalRules) -> tuple[int, int] | None:
    """The span of a state no member of a concrete group may be in ("No order ships without a signed packing slip"),
    or None: a noun heads the subject (not "nobody", not a general word), the verb is a verb, and the rest names a
    thing, place or state of its own (not only a judged quality)."""
    start = sentence[0] + len(text[sentence[0]:sentence[1]]) - len(text[sentence[0]:sentence[1]].lstrip())
    m = _NEGATIVE_UNIVERSAL.match(text, start)
    if m is None or m.end() > sentence[1]:
        return None
    head = letter_words(m.group("subject"))[-1].lower()
    if len(head) < 3 or head in rules.stopwords or head in rules.generic_words or head in rules.vague_kinds:
        return None
    verb = m.group("verb").split()[-1].lower()
    if " " not in m.group("verb").strip() and not _verb_word(re.sub(r"(?:ies|es|s)$", "", verb)) and not _verb_word(verb[:-1]):
        return None  # ("no staff members ..." has no verb after its subject)
    rest = [w.lower() for w in letter_words(m.group("rest")) if len(w) > 2]
    concrete = [w for w in rest if w not in rules.stopwords and w not in rules.evaluative and w not in rules.time_words
                and w not in rules.generic_words]
    return _trim(text, start, m.end()) if concrete else None


# The head nouns of names that end in a number ("Tier 1", "Phase 2", "Building 4", "v3"): capitalised, as in a name.
_IDENTIFIER_BEFORE = precompiled(
    r"(?:\b(?:Tier|Level|Phase|Version|Stage|Step|Title|Section|Floor|Building|Ward|Unit|Room|Wave|Cohort|Zone|Block|"
    r"Gate|Pod|Station|Route|Series|Chapter|Lot|Region|District|Release|Sprint|Milestone|Pillar|Theme|Track|Lane|Bay|"
    r"Wing|Hall|Suite|Lab|Clinic|School|Year|Grade)|\bversion|(?<![\w.])v)\s?\Z")
_KNOWN_SET_OBJECT = precompiled(r"\b(?P<verb>[A-Za-z]+(?:\s{1,3}(?:on|with|to|at|for|into))?)\s{1,3}(?:all\s{1,3})?"
                               r"(?:our|my|their|its|his|her|the|these|those)\s{1,3}\Z", re.IGNORECASE)


# The size of a group the goal is set in ("in a department of 25 people", "my team of 8 engineers"): a collective
# noun and "of" before the count, the group itself after a preposition, a possessive or an effort verb.
_GROUP_SIZE = precompiled(
    r"\b(?P<before>[A-Za-z]+)\s{1,3}(?:(?:a|an|the|my|our|their|his|her|its)\s{1,3})?(?:[\w-]+\s{1,3})?"
    r"(?:team|department|unit|staff|caseload|group|class|crew|workforce|division|cohort|practice|office|ward|squad|"
    r"organi[sz]ation|company|firm|school|clinic|network|household|family)\s{1,3}of\s{1,3}(?:about\s{1,3}|over\s{1,3}|"
    r"nearly\s{1,3}|some\s{1,3})?\Z", re.IGNORECASE)
_SETTING_BEFORE = frozenset({"in", "with", "for", "across", "within", "among", "on", "to", "at", "of", "as", "my", "our",
                             "their", "his", "her", "its", "throughout", "from"})


def _group_size(text: str, start: int, rules: GoalRules) -> bool:
    """Whether the number at ``start`` is the size of a group the goal is set in ("in a department of 25 people",
    "lead my team of 8 engineers"), not a group the goal builds ("Build a pool of 20 substitutes")."""
    m = _GROUP_SIZE.search(text, max(0, start - 80), start)
    if not m:
        return False
    before = m.group("before")
    return (before.lower() in _SETTING_BEFORE or bool(rules.effort_verbs.fullmatch(before))
            or bool(rules.vague_verbs.fullmatch(before)) or before.lower() in ("lead", "leads", "manage", "manages",
                                                                              "supervise", "supervises", "run", "runs"))


def _effort_on_known_set(text: str, start: int, rules: GoalRules) -> bool:
    """Whether the number at ``start`` counts a known set (a definite or possessive determiner before it) that an
    effort or vague verb takes as its object ("support the 3 regional offices", "help our 40 volunteers")."""
    m = _KNOWN_SET_OBJECT.search(text, max(0, start - 40), start)
    return bool(m and (rules.effort_verbs.fullmatch(m.group("verb")) or rules.vague_verbs.fullmatch(m.group("verb"))))


_DEFINITE_NUMBER = precompiled(r"\b(?:the|our|their|its|this|that)\s{1,3}(?:[A-Z][a-z]{1,20}\s{1,3})?"
                               r"(?P<n>\d{1,6})\s{1,3}(?P<rest>(?:[A-Za-z][\w'’-]*\s{0,3}){1,3})", re.IGNORECASE)
_COLLECTIVE_PLURALS = wordset("staff people personnel children police crew faculty")


def _number_as_name(text: str, start: int) -> bool:
    """Whether the number at ``start`` names a thing: after a definite determiner, more than one, and no plural noun
    in the three words after it ("the 111 line", "the Platform 4 waiting room"; not "the 30 stops", "the 12 staff")."""
    m = _DEFINITE_NUMBER.search(text, max(0, start - 30), start + 40)
    while m is not None and m.start("n") < start:
        m = _DEFINITE_NUMBER.search(text, m.start() + 1, start + 40)
    if m is None or m.start("n") != start or int(m.group("n")) < 2:
        return False
    rest = m.group("rest").split()
    return not any(_plural_noun(w) or w.lower() in _COLLECTIVE_PLURALS or _TIME_UNIT.match(" " + w) for w in rest)


def rules_criterion(rules: GoalRules, rule_id: str) -> str:
    for rule in rules.rules:
        if rule.id == rule_id:
            return rule.criterion
    return ""


_MEANS_BEFORE = precompiled(r"\b(?:by|through|via|using)\s{1,3}(?:[\w'’-]+\s{1,3}){0,2}?\S*\s*\Z", re.IGNORECASE)



def rule_hits(text: str) -> list[Hit]:
    """Every rule that fires on ``text``, including the ones built in code (deliverables,
    extreme change, no added resources). Shows why a goal was judged as it was."""
    return _analyse(text, load_rules()).hits


def _dated_steps(text: str, actions: list[Action], date_spans: list[tuple[int, int]]) -> frozenset[int]:
    """The starts of the actions a goal's date times: those of the goal's lead sentence (its first action's), and a
    later sentence's only when the date is in that sentence or in one that holds no action of its own ("Aim to be
    done by October."). A later sentence that tells a step of the work with no date of its own ("Learn the new
    rota tool by April. Ask the vendor for the training videos.") is how the goal is done, not a result the goal's
    date makes checkable."""
    if not actions:
        return frozenset()
    lead = _sentence_of(text, actions[0].start)
    acting = {_sentence_of(text, a.start) for a in actions}
    timing = {_sentence_of(text, s) for s, _ in date_spans}
    free = any(span not in acting for span in timing)
    return frozenset(a.start for a in actions
                     if free or (sentence := _sentence_of(text, a.start)) == lead or sentence in timing)


def _deliverables(text: str, rules: GoalRules, actions: list[Action], why: list[tuple[int, int]],
                  dated: bool = False, past_dated: bool = False, open_counts: bool = False,
                  dated_steps: frozenset[int] | None = None) -> list[Hit]:
    """A completion deliverable: a completion verb and an artefact noun, or a verb that finishes
    something verifiable (migrate, launch, install...) with a concrete object. An open-ended verb
    ("update", "revise", "refresh") has no done state of its own: it counts only with a date
    ("Revise the handbook by June 2027"), as does any other completion of a concrete object ("Move to
    GCP in April"): done or not done by then."""
    # A bare plural kind ("Set up dashboards for the lines", "Write guides for the expense system") has no state in
    # which the work is done: how many make it done is left open, unless a date closes it ("... by March 2027").
    undated = not (dated or past_dated or open_counts)
    for m in _word_starts(text, rules.deliverable, rules.first_words.get("deliverable")):
        if _overlaps(m.start(), m.end(), why) or (not (dated or past_dated) and rules.open_ended.match(text, m.start())):
            continue
        if undated and any(a.start == m.start() and _bare_plural_kind(text, a.verb_end, a.end, rules) for a in actions):
            continue
        if not _clause_head(text, m.start()):
            continue  # "strategies for sandboxing build script executions": a noun, not the goal's action
        if not open_counts and rules.vague_quantity is not None and rules.vague_quantity.search(text, m.start() + 1, m.end()):
            continue  # "Develop a variety of new campus events": no count says when it is done
        if _COMPARATIVE_COUNT.search(text, m.start() + 1, m.end()):
            continue  # "Hire more coordinators": how many more is left open
        if any(a.start == m.start() and (a.aspiration or a.wishful) for a in actions):
            continue  # "Establish the library as a community gathering place": a status, no done state; "Create a
            # better demo", "Create an awesome README": a made thing graded by worth is done when judged good enough
        start, end = _trim(text, m.start(), m.end())
        return [Hit("measure.deliverable", start, end)]
    for action in actions:
        whole_group = _done_to_whole_group(action, text, rules)
        if (action.concrete_words < 1 and not whole_group) or action.wishful or action.aspiration or _overlaps(
                action.start, action.end, why):
            continue
        if not open_counts and _open_count(action, text, [], rules):
            continue  # "Develop a variety of new events": no count says when it is done
        if _COMPARATIVE_COUNT.match(text, action.verb_end):
            continue  # "Recruit and train more education staff": a specific group, but how many more is open
        strong = rules.strong_verbs.match(text, action.start) or (
            rules.transfer_verbs is not None and rules.transfer_verbs.match(text, action.start)
            and _DESTINATION.match(text, action.end))
        completes = (dated and action.kind != "effort" and not rules.change_verbs.match(text, action.start)
                     and (dated_steps is None or action.start in dated_steps))
        # An action on a named system or artefact has a done state ("Track UTM values in salesforce.com").
        named = (action.kind == "action" and action.head and not rules.change_verbs.match(text, action.start)
                 and _named(text, action.verb_end, action.end, rules))
        if completes and any(w.lower() in rules.comparatives for w in text[action.verb_end:action.end].split()):
            completes = False  # "make the programs more user-friendly by 2025": a wish has no done state
        if _ONGOING_HEAD.search(text, action.verb_end, action.end):
            continue  # "implement hand hygiene practices": a way of working is kept up, never finished
        if _goal_setting(text, action.verb_end, action.end):
            continue  # "agree objectives with their staff": that goals exist says nothing of how far anything moves
        if _paired_verbs_on_kinds(action, text, rules):
            continue  # "Protect and Enhance Natural Areas and Open Spaces": an area of work, no done state
        if undated and _bare_plural_kind(text, action.verb_end, action.end, rules):
            continue  # "Install sensors in the cold rooms": how many sensors make it done is left open
        if not action.head and action.kind == "action" and _PARTICIPLE_AFTER_PREPOSITION.search(text, max(0, action.start - 12),
                                                                                         action.verb_end):
            continue  # "tools for automated monitoring": a participle after a preposition modifies a noun, no action
        if strong or completes or named or whole_group:
            return [Hit("measure.deliverable", action.start, action.end)]
    # An outcome stated as done ("Program for teammate recognition implemented", "roadmap tied to use
    # cases", "a development path available in the handbook").
    for m in rules.end_state.finditer(text):
        if _attributive_state(text, m.start(), m.end(), rules):
            continue  # "traffic operational studies": an adjective before its noun states nothing done
        s_start = max(0, m.start() - 80)
        before = re.findall(r"[A-Za-z][\w-]{2,30}", text[s_start:m.start()])
        concrete = [w for w in before if w.lower() not in rules.stopwords and w.lower() not in rules.generic_words]
        if len(concrete) >= 2 and not _overlaps(m.start(), m.end(), why):
            start = text.rfind(".", 0, m.start()) + 1
            return [Hit("measure.deliverable", *_trim(text, start, m.end()))]
    return []


# Every member of a named group as the object ("all my staff", "every member of the night team", "each of the kitchen
# staff"): a verb done once to each member (rule population_verbs: train, brief, enrol) is done when all have had it,
# whatever the topic ("on how to handle aggressive callers"); "staff" alone leaves the group open.
_WHOLE_GROUP = precompiled(r"\s{1,3}(?:all|every|each)\s{1,3}(?:(?:of|member\s{1,3}of)\s{1,3})?(?:(?:my|our|the|their|your)\s{1,3})?"
                           r"[A-Za-z]", re.IGNORECASE)


def _done_to_whole_group(action: Action, text: str, rules: GoalRules) -> bool:
    """Whether the action is a population verb done to every member of a named group ("Train all my staff")."""
    verb = text[action.start:action.verb_end].strip().lower()
    return bool(rules.population_verbs) and (verb in rules.population_verbs or stem(verb) in _stems(
        rules.population_verbs)) and bool(_WHOLE_GROUP.match(text, action.verb_end))


@lru_cache(maxsize=8)
def _stems(words: frozenset[str]) -> frozenset[str]:
    """The stems of a rule's word list, worked out once per list."""
    return frozenset(stem(word) for word in words)


_COMPARATIVE_COUNT = precompiled(r"\s{1,3}(?:more|fewer)\s", re.IGNORECASE)
_PARTICIPLE_AFTER_PREPOSITION = precompiled(r"\b(?:for|of|with|in|on|from|about|into)\s{1,3}[a-z]+ed\Z", re.IGNORECASE)
# The object's own words end at a preposition, a relative, a purpose or a clause break ("dashboards | for the lines").
_KIND_END = precompiled(r"[,;:.()]|\s(?:in|for|with|on|across|at|to|by|within|around|about|covering|that|which|who|"
                        r"from|into|onto|through|so|as|via|using|under|over|between|among|per|each|every)\s", re.IGNORECASE)


def _bare_plural_kind(text: str, start: int, end: int, rules: GoalRules) -> bool:
    """Whether the object text[start:end] is a bare plural kind: no determiner, count, name or quantity word in front
    ("dashboards", "new training videos", "instructional activities and assessments", "request cards"), every
    conjunct's head plural. "a dashboard", "four videos", "all 12 rooms", "the reports", "Confluence" are not."""
    chunk = text[start:end]
    # a second verb sharing the object ("Identify and pursue ... opportunities") and a correlative "both"/"either" are
    # no part of the object's noun phrase
    lead = _SHARED_VERB.match(chunk)
    if lead and (lead["v"] is None or _verb_word(lead["v"].lower()) or rules.action_verbs.match(chunk, lead.start("v"))):
        start += lead.end() - 1  # (the space before the object stays, so a preposition opening it still ends it)
        chunk = text[start:end]
    cut = _KIND_END.search(" " + chunk)
    head = chunk[:max(0, cut.start() - 1)] if cut else chunk
    words = re.findall(r"[A-Za-z0-9][\w'’&-]*", head)
    if not words or len(words) > 8:
        return False
    first = words[0].lower()
    if (first in _OBJECT_OPENERS or first in NUMBER_WORDS or first[0].isdigit() or first in _QUANTITY_COMPARATIVES
            or first in ("some", "several", "many", "few", "any", "one", "another", "those", "various", "multiple",
                         "additional", "enough", "no", "key", "existing", "current", "required", "necessary")):
        return False
    if any(w[0].isupper() and not re.fullmatch(r"[A-Z]{2,}s", w) for w in words) and _named(text, start, start + len(head), rules):
        return False  # a named system or product ("Track UTM values in Salesforce") has a done state
    # one for each member of a set the goal names is a count ("QBRs for all tier-1 accounts", "letters to incoming
    # freshmen"): done when every member has one
    after = start + len(head.rstrip())
    member = _EACH_MEMBER.match(text, after)
    if member and not (member["n"] and member["n"][0].isdigit() and _number_as_name(text, member.start("n"))):
        return False  # ("enquiries on the 101 line": a number that names the line counts no set)
    if _recipients_after(text, after, rules):
        return False
    # so does a definite place they go in ("alarms on the orthopaedic ward": done when the ward has them) and a named
    # system or project ("reconciliations in NetSuite", "specifications for the Building C chiller replacement")
    # (not a stream of demand on a service, "enquiries on the 101 line": more keep coming, so no place closes it)
    if (_DEFINITE_PLACE.match(text, after) and words[-1].lower() not in rules.demand_nouns) or (
            end > after and _named(text, after, end, rules)):
        return False
    to = re.match(r"\s{1,3}to\s{1,3}(?P<w>[A-Za-z][\w'’-]*)", text[after:after + 40])
    if to and (to["w"].lower() in _OBJECT_OPENERS or to["w"][0].isupper() or not (
            _verb_word(to["w"].lower()) or rules.action_verbs.match(text, after + to.start("w"))
            or rules.vague_verbs.match(text, after + to.start("w")))):
        return False  # sent or moved to whom or where it goes ("letters to incoming freshmen"): done once they are
    # every conjunct's head is plural; a lone word before "and" is a modifier sharing the last head ("Math & ELA
    # practice programs", "government and non-governmental funding opportunities")
    conjuncts = [c.split() for c in re.split(r"\s(?:and|or|&)\s|,", " ".join(words)) if c.strip()]
    return _plural_noun(conjuncts[-1][-1]) and all(len(c) == 1 or _plural_noun(c[-1]) for c in conjuncts[:-1])


_SHARED_VERB = precompiled(r"\s{0,3}(?:(?:and|or|&)\s{1,3}(?P<v>[A-Za-z]+)\s{1,3}(?:(?:both|either)\s{1,3})?|(?:both|either)\s{1,3})")


_DEFINITE_PLACE = precompiled(r"\s{1,3}(?:in|on|at|across|throughout|inside)\s{1,3}(?:the|our|its|their|this|each|every|all)\s",
                              re.IGNORECASE)
_EACH_MEMBER = precompiled(r"\s{1,3}(?:to|for|with|across|in|at|on)\s{1,3}(?:(?:each|every|all)\b|(?:the\s{1,3})?(?P<n>\d[\d,]*|two|three|"
                           r"four|five|six|seven|eight|nine|ten|twelve|twenty)\s)", re.IGNORECASE)
# Goal-setting instruments as an object's head ("Every team will have targets in sales and service", "agree objectives
# with staff", "develop KPIs for safety"): having or setting goals is no measure of any result.
_GOAL_SET_HEAD = precompiled(r"(?:^|\s)(?:targets?|goals?|objectives?|kpis?|okrs?|key\s{1,3}results?|(?:key\s{1,3})?"
                             r"performance\s{1,3}indicators?|indicators?|benchmarks?)\s{0,3}\Z", re.IGNORECASE)
_OBJECT_END = precompiled(r"[,;:.]|\s(?:in|for|with|on|across|at|to|by|within|around|covering|that|which|who|this|next|each|every)\s",
                          re.IGNORECASE)


def _goal_setting(text: str, start: int, end: int) -> bool:
    """Whether the object text[start:end] is headed by goal-setting instruments (its words before any preposition)."""
    chunk = text[start:end]
    cut = _OBJECT_END.search(chunk)
    return _GOAL_SET_HEAD.search(chunk[:cut.start()] if cut else chunk.rstrip()) is not None
# Ways of working named as the object's head ("hand hygiene practices", "healthy habits", "a learning
# culture"): kept up from day to day, with no state in which they are done.
_ONGOING_HEAD = precompiled(r"\b(?:practices|habits|behaviou?rs|routines|culture|mindset|attitudes?|lifestyles?)\s{0,3}\Z",
                           re.IGNORECASE)


_SCALE_FRACTION = precompiled(r"(?<![\w/.])\d{1,2}(?:\.\d)?/(?:5|10)\b(?![/.]?\d)")


def _is_year(text: str, hit: Hit) -> bool:
    # ("By March, 2000 applicants ...": a count of the subject, not the month's year)
    return bool(re.match(r"(?:19|20)\d\d\b(?!,)", text[hit.start:hit.end])) and not _count_after_date(text, hit.start)


def _two_outcomes(text: str, actions: list[Action], why_spans: list[tuple[int, int]]) -> tuple[Action, Action] | None:
    """Two outcome phrases joined as separate clauses ("reduce X and increase Y")."""
    means = [m.start() for m in _MEANS.finditer(text)]
    heads = []
    in_means = False
    for a in actions:
        before = text[max(0, a.start - 12):a.start].lower()
        if re.search(r"\b(?:by|through|via)\s+\Z", before):
            in_means = True  # "by holding a huddle and tracking delays": the means, not a second outcome
        elif not re.search(r"\band\s+\Z", before):
            in_means = False
        if a.head and not in_means and a.object_words >= 1 and not _inside(a.start, a.end, why_spans):
            heads.append(a)
    for first, second in zip(heads, heads[1:], strict=False):
        between = text[first.end:second.start]
        if not re.search(r"\band\b|;|\bas\s+well\s+as\b|\bplus\b|\balso\b|[.!?]\s", between, _FLAGS):
            continue
        if any(first.start < p < second.start for p in means):
            continue
        return first, second
    return None


def _question(rules: GoalRules, criterion: str, guidance: Guidance | None) -> tuple[list[str], list[Citation | None]]:
    """Coaching questions for a criterion: from the guidance when it has any, else the built-in one."""
    if guidance is not None:
        items = [item for item in guidance.for_topic(criterion, kind="question") if item.text.strip()]
        if items:
            return [item.text for item in items], [item.citation for item in items]
    return [rules.criteria[criterion]["question"]], [None]


# A bound on a value: a comparison word and its value ("below 5", "fewer than 10", "over XX%", "at or above 95"). The
# value may be a bare number (the metric before it is its unit: "Customer complaints per 100,000 boardings below 5"), a
# number word, or a placeholder ("A%", "XX%") that leaves the value open. A count held "at zero" is bound there ("Allergen
# complaints at zero", "Configuration security incidents at zero": the metric and the value it is kept at).
_BOUND_WORD = (r"at(?=\s{1,3}(?:zero|0)\b)|(?:at\s{1,3}or\s{1,3})?(?:below|under|above|over)|(?:no\s{1,3})?(?:more|less|fewer|greater|higher|lower)"
               r"\s{1,3}than|at\s{1,3}(?:least|most)|(?:up|down)(?:\s{1,3}(?:by|to|from))?")
_BOUND_VALUE = (r"(?P<value>(?P<number>(?!(?:19|20)\d\d\b)\d[\d,]*(?:\.\d+)?\s?%?|" + NUMBER_WORD_PATTERN + r")"
                r"|(?P<slot>[A-Z]\s?%|X{2,}\s?%?|(?:\[[A-Za-z# ]{1,20}\]|[A-Z])(?:\s?%|\s{1,3}percent\b)|\[[A-Za-z# ]{1,20}\]))")
# after the metric: the value closes the phrase (a time, a scope or the sentence follows)
_TRAILING_BOUND = precompiled(r"(?<![\w-])(?P<link>(?:(?:is|are|stays?|remains?|will\s{1,3}be)\s{1,3})?)(?:" + _BOUND_WORD + r")\s{1,3}"
                              + _BOUND_VALUE + r"(?![\w.,]?\w)(?=\s{0,3}(?:$|[.,;:)]|(?:in|by|this|per|for|on|during|across|"
                              r"every|each|a|an|of|at|through|throughout|until|before|after|over|to)\b))", re.IGNORECASE)
# before the metric: the bound opens the phrase and counts the thing after it ("Fewer than 3 lost-time injuries")
_LEADING_BOUND = precompiled(r"(?:no\s{1,3})?(?:more|less|fewer)\s{1,3}than\s{1,3}|at\s{1,3}(?:least|most)\s{1,3}|"
                             r"(?:over|under)\s{1,3}(?=\d)", re.IGNORECASE)
_LEADING_VALUE = precompiled(r"(?P<value>(?!(?:19|20)\d\d\b)\d[\d,]*(?:\.\d+)?\s?%?|" + NUMBER_WORD_PATTERN + r")\s{1,3}"
                             r"(?P<rest>[A-Za-z][^.;:!?\n]{2,120})", re.IGNORECASE)
_METRIC_INFINITIVE = precompiled(r"\b(?:time|days|hours|weeks|cost|costs)\s{1,3}to\s{1,3}[a-z][\w-]*", re.IGNORECASE)
_SENTENCE_LABEL = precompiled(r"\s*(?:(?:KR|key\s{1,3}result|target|measure|metric)\s{0,3}\d{0,2}\s{0,3}:\s*)?", re.IGNORECASE)


def _metric_verb_target(text: str, start: int, value_start: int, rules: GoalRules) -> bool:
    """A metric named right before a metric-to-value verb and the value ("Revenue grows 20%", "User satisfaction
    increases from 3.9 to 4.3"), as ``_METRIC_TARGET`` reads "Revenue up 20%" and "Coverage reaches 80%": the
    subject is no pronoun or other stopword ("We grow 20%" names no metric)."""
    m = VERB_BEFORE_VALUE.search(text, max(start, value_start - _METRIC_TARGET_REACH), value_start)
    return m is not None and value_verb(m) and m.group("subject").lower() not in rules.stopwords


_NO_SUBJECT = frozenset({"please", "kindly", "also", "then", "just", "simply"})


def _metric_subject(text: str, start: int, action: Action, rules: GoalRules) -> bool:
    """Whether an action read at the sentence's opening is a finite metric-to-value verb after a word of its own, its
    subject ("NPS increases from 30 to 50"), rather than an imperative after a bullet, a label or an adverb ("Please
    increase ...") or a pronoun's verb ("We increase ...")."""
    label = _SENTENCE_LABEL.match(text, start, action.start)
    words = [w.lower() for w in letter_words(text[label.end() if label else start:action.start]) if len(w) > 1]
    return any(w not in rules.stopwords and w not in _NO_SUBJECT for w in words) and value_verbs().get(" ".join(
        text[action.start:action.verb_end].lower().split())) is not None


# A count threshold or a repeat before a window, in the window's own clause ("3 or more complaints ... within a 90-day
# period", "more than 2 absences within 90 days", "After three unexcused absences within a 90-day period", "Repeat
# violations of the same type within 90 days"): the window says
# which events count toward the threshold, not when the goal is done (as a window inside a metric does).
_THRESHOLD_BEFORE = precompiled(r"(?:\b(?:\d{1,4}|" + NUMBER_WORD_PATTERN + r")\s{1,3}or\s{1,3}(?:more|fewer)|\bafter\s{1,3}(?:\d{1,4}|"
                                + NUMBER_WORD_PATTERN + r")|\b(?:more|fewer)"
                                r"\s{1,3}than\s{1,3}(?:\d{1,4}|" + NUMBER_WORD_PATTERN + r")|\brepeat(?:ed)?)\s{1,3}[a-z][\w-]*"
                                r"[^,;:.!?\n]{0,80}\Z", re.IGNORECASE)


def _threshold_window(text: str, hit: Hit) -> bool:
    """Whether a "within" window closes a count threshold or a repeat in its own clause (``_THRESHOLD_BEFORE``); one
    counted from an event ("within one week of the third absence") is a turnaround deadline (evals/dev: a window from a
    trigger is a time frame)."""
    if not re.match(r"within\b", text[hit.start:hit.end], re.IGNORECASE) or re.match(
            r"\s{1,3}(?:of|after|following|from)\s", text[hit.end:]):
        return False
    start = max(_sentence_of(text, hit.start)[0], hit.start - 120)
    return _THRESHOLD_BEFORE.search(text, start, hit.start) is not None


def _attributive_state(text: str, start: int, end: int, rules: GoalRules) -> bool:
    """Whether an end-state word is followed by a content word in its phrase, the noun it modifies ("operational
    studies", "completed application"), rather than closing a predicate ("is operational", "implemented across all
    sites", "live for all staff"); one ending in a preposition ("tied to") takes its object next."""
    if text[start:end].split()[-1].lower() in PREPOSITIONS:
        return False
    m = re.match(r"[ \t]{1,3}([A-Za-z][\w'’-]*)", text[end:end + 40])
    if m is None:
        return False
    word = m.group(1).lower()
    return not (word in rules.stopwords or word in PREPOSITIONS or word in rules.time_words or word in RELATIVE_WORDS)


def _subject_topic(text: str, sentence: tuple[int, int], actions: list[Action], rules: GoalRules) -> tuple[int, int] | None:
    """The metric a key result moves when it is the subject of the sentence's first verb, a metric-to-value verb
    ("User satisfaction increases from 3.9 to 4.3": "User satisfaction", not the value after the verb); ``None`` for
    a subject with a comma or of more than eight words (a fronted phrase, not a metric's name)."""
    lead = next((a for a in actions if sentence[0] <= a.start < sentence[1]), None)
    if lead is None or not _metric_subject(text, sentence[0], lead, rules):
        return None
    label = _SENTENCE_LABEL.match(text, sentence[0], lead.start)
    start = label.end() if label else sentence[0]
    modal = re.search(r"\s(?:will|shall|should|must|to)\s*\Z", text[start:lead.start], re.IGNORECASE)
    span = _trim(text, start, start + modal.start() if modal else lead.start)
    if span[0] >= span[1] or "," in text[span[0]:span[1]] or len(letter_words(text[span[0]:span[1]])) > 8:
        return None
    return span


def _summary_lead(actions: list[Action], text: str, sentence: tuple[int, int]) -> int | None:
    """The end of the sentence's opening word when it was read as a verb but is a summary modifier before its noun
    ("Average time to disposition ...", "Total spend on agency staff ...": an adjective, since a noun follows and no
    determiner or number, which would make it the verb "average 30 calls", "total the receipts"); else ``None``."""
    lead = next((a for a in actions if sentence[0] <= a.start < sentence[1]), None)
    label = _SENTENCE_LABEL.match(text, sentence[0], sentence[1])
    if lead is None or text[label.end() if label else sentence[0]:lead.start].strip(" \t\n-*•") or text[lead.start:lead.verb_end].lower() not in _SUMMARY_MODIFIERS:
        return None
    nxt = re.match(r"\s{1,3}([A-Za-z][\w'’-]*)", text[lead.verb_end:lead.verb_end + 40])
    if nxt is None or nxt.group(1).lower() in _OBJECT_OPENERS:
        return None
    return lead.verb_end


def _metric_words(words: list[str], rules: GoalRules) -> list[str] | None:
    """The words that name a metric in a verbless phrase, or ``None``: content words that are no stopword, time word,
    number word, summary modifier or change noun ("growth", "improvement" say that something moves, not what), with a
    word no broad area names, a metric noun, or two words that together name one ("customer satisfaction", "PM
    compliance"); a judged or comparative word shows an area judged ("Great results", "Better service")."""
    lower = [w.lower() for w in words]
    if any(w in rules.evaluative or w in rules.comparatives for w in lower):
        return None
    content = [w for w in lower if len(w) > 2 and w not in rules.stopwords and w not in rules.time_words
               and w not in NUMBER_WORDS and w not in _CHANGE_NOUNS and w not in _SUMMARY_MODIFIERS]
    if len(content) >= 2 or any(w not in rules.generic_words or w in rules.metric_nouns or w in rules.measure_heads
                                for w in content):
        return content
    return None


def _bounded_metric(text: str, start: int, end: int, rules: GoalRules,
                    lead_verb_end: int | None = None) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """A key result written as its metric and a bound on the metric's value, with no verb of its own ("Customer
    complaints per 100,000 boardings below 5 in Q3", "PM compliance on Line 3 above 90%", "Fewer than 3 lost-time
    injuries this year", "Average time to disposition down from 310 to 250 days", "Customer satisfaction is over
    XX%"): the noun phrase names what is measured and the bound which result counts, so the outcome is specific
    (the dev guide's "OKR key results written as outcomes"), whatever form the value takes. Returns the outcome's
    span and the value's (``None`` for a placeholder, which leaves the value open: specific, not measurable).
    ``lead_verb_end``: the end of an opening word read as a verb that is a summary modifier here ("Average time ...")."""
    label = _SENTENCE_LABEL.match(text, start, end)
    at = label.end() if label else start
    lead = _LEADING_BOUND.match(text, at, end)
    if lead is not None:
        m = _LEADING_VALUE.match(text, lead.end(), end)
        if m is None or _TIME_UNIT.match(text, m.end("value")) or _TIME_UNIT_AFTER.match(text, m.end("value")):
            return None  # a duration ("Over 5 years", "At least 3 days a week") is no count of a thing
        if _HAS_VERB(text, m.start("rest"), m.end("rest"), rules):
            return None
        head = []
        for word in letter_words(m.group("rest")):
            if word.lower() in PREPOSITIONS or word.lower() in RELATIVE_WORDS:
                break
            head.append(word)
        metric = _metric_words(head, rules)
        if not metric:
            return None
        return (at, end), (m.start("value"), m.end("value"))
    bound = _TRAILING_BOUND.search(text, at, end)  # the first bound decides: one scan of the sentence
    verbal = next((m for m in VERB_BOUND.finditer(text, at, bound.start() if bound else end)
                   if value_verb(m) or participle_link(m)), None)
    # "User satisfaction increases from 3.9 to 4.3", "Alteration turnaround reduced by [X] percent": the verb links the
    # metric to its value
    if verbal is not None:
        bound = verbal
    if bound is None:
        return None
    # (a placeholder in brackets names no metric: "[Primary KPI] increase by [X]%")
    words = letter_words(re.sub(r"\[[^\]\n]{0,40}\]", " ", text[at:bound.start()]))
    if words and bound.group("number") and verbal is None and _reaches_people(words[-1], rules):
        return None  # an age or a size of whom is served ("children under 5"), no bound on a metric
    # (an infinitive inside the metric's name is no verb of the goal's: "time to settle a claim", "time to hire")
    unverbed = _METRIC_INFINITIVE.sub(lambda m: " " * len(m.group()), text[:bound.start()])
    if not _metric_words(words, rules) or _HAS_VERB(unverbed, at if lead_verb_end is None else lead_verb_end,
                                                     bound.start(), rules):
        return None
    return (at, end), None if bound.group("slot") else (bound.start("value"), bound.end("value"))
