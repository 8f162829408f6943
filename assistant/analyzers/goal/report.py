"""check_goal: the SMART report with advice, warnings and the rewrite."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from assistant.schemas import Citation

if TYPE_CHECKING:
    from assistant.knowledge.guidance import Guidance
from assistant.analyzers.goal.analysis import (
    _analyse,
    _question,
)
from assistant.analyzers.goal.models import (
    CRITERIA,
    QUESTIONS_PER_CRITERION,
    Criterion,
    GoalCriteria,
    GoalReport,
    GoalWarning,
)
from assistant.analyzers.goal.rewrite import (
    _rewrite,
    _scaffold,
)
from assistant.analyzers.goal.rules import (
    GoalRules,
    load_rules,
)
from assistant.analyzers.goal.spans import (
    Hit,
)
from assistant.analyzers.goal.specific import (
    _Found,
)


def check_goal(
    text: str, guidance: Guidance | None = None, today: dt.date | None = None, rules: GoalRules | None = None
) -> GoalReport:
    """Judge a goal against the five SMART criteria and draft a rewrite that invents nothing.

    ``guidance`` (the organisation's job aid, parsed at ingest time) supplies the coaching
    questions; without it the built-in questions from ``goal.yaml`` are used. ``today`` is the date
    deadlines are judged against (a passed deadline bounds nothing); ``rules`` the merged rules
    (:func:`load_rules` with the organisation's file).
    """
    rules = rules if rules is not None else load_rules()
    empty = not re.search(r"[^\W_]", text)
    found = _analyse(text, rules, today) if not empty else _Found(dict.fromkeys(CRITERIA), False, None, None, [], [], None)

    criteria: dict[str, Criterion] = {}
    questions: list[str] = []
    sources: list[Citation] = []
    for name in CRITERIA:
        spec = rules.criteria[name]
        hit = found.evidence[name]
        met = hit is not None
        if name == "attainable":
            met = not found.red_flags and not empty
        texts, citations = _question(rules, name, guidance)
        advice = _advice(text, name, spec["advice"], hit, found, empty)
        criteria[name] = Criterion(
            met=met,
            evidence=text[hit.start:hit.end] if hit else None,
            start=hit.start if hit else None,
            end=hit.end if hit else None,
            advice=advice,
            question=texts[0],
        )
        if not met:
            for q, citation in list(zip(texts, citations, strict=True))[:QUESTIONS_PER_CRITERION]:
                questions.append(q)
                if citation is not None:
                    sources.append(citation)

    warnings = _warnings(text, rules, found, empty)
    rewrite, placeholders = _rewrite(text, rules, criteria, found) if not empty else _scaffold(rules)
    score = sum(c.met for c in criteria.values())
    return GoalReport(
        score=score,
        summary=rules.rewrite["complete"] if score == len(CRITERIA) and not warnings else None,
        criteria=GoalCriteria(**criteria),
        rewrite=rewrite,
        placeholders=placeholders,
        questions=questions,
        warnings=warnings,
        sources=sources,
    )


def _advice(text: str, name: str, advice: dict[str, str], hit: Hit | None, found: _Found, empty: bool) -> str:
    if name == "attainable":
        if empty:
            return advice["empty"]
        if found.red_flags:
            flag = found.red_flags[0]
            return advice["unmet"].format(found=text[flag.start:flag.end], why=flag.why)
        return advice["met"]
    if hit is not None:
        key = "deliverable" if name == "measurable" and found.deliverable else "met"
        return advice[key].format(evidence=text[hit.start:hit.end])
    if name == "specific" and found.vague_action:
        start, end = found.vague_action
        return advice["vague"].format(found=text[start:end])
    if name == "time_bound" and found.past_deadline:
        return advice["past"].format(found=text[found.past_deadline.start:found.past_deadline.end])
    if name == "time_bound" and found.vague_time:
        return advice["vague"].format(found=text[found.vague_time.start:found.vague_time.end])
    return advice["missing"]


def _warnings(text: str, rules: GoalRules, found: _Found, empty: bool) -> list[GoalWarning]:
    messages = rules.warnings
    if empty:
        return [GoalWarning(kind="empty", message=messages["empty"])]
    out: list[GoalWarning] = []

    def add(kind: str, start: int, end: int, message: str) -> None:
        out.append(GoalWarning(kind=kind, message=message, text=text[start:end], start=start, end=end))

    for hit in found.weak:
        add("weak_commitment", hit.start, hit.end, messages["weak_commitment"].format(found=text[hit.start:hit.end]))
    if found.two_outcomes:
        first, second = found.two_outcomes
        add("two_outcomes", first.start, second.end, messages["two_outcomes"].format(
            first=text[first.start:first.end], second=text[second.start:second.end]))
    for hit in found.red_flags:
        add("unrealistic", hit.start, hit.end, messages["unrealistic"].format(found=text[hit.start:hit.end], why=hit.why))
    if found.past_deadline is not None:
        hit = found.past_deadline
        add("past_deadline", hit.start, hit.end, messages["past_deadline"].format(found=text[hit.start:hit.end]))
    if found.vague_time and found.evidence["time_bound"] is None:
        hit = found.vague_time
        add("vague_time", hit.start, hit.end, messages["vague_time"].format(found=text[hit.start:hit.end]))
    return sorted(out, key=lambda w: (w.start or 0, w.kind))
