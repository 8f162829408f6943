"""Goal layout: labelled parts, headings, objective and key-result blocks, and where the goal itself is."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from assistant.analyzers.goal.models import (
    MAX_ACTIONS,
)
from assistant.analyzers.goal.spans import (
    _trim,
)
from assistant.analyzers.rulecache import precompiled
from assistant.text import (
    DETERMINERS,
    IRREGULAR_VERBS,
    PREPOSITIONS,
    STOPWORDS,
    is_title_case,
    letter_words,
    numbers,
    stem,
)

"""Listed verbs that after "to" are more often a noun or a verb's complement than a purpose."""
"""The ``<<numword>>`` macro of goal.yaml: the shared cardinal number words, and "a dozen"."""



# --------------------------------------------------------------------------- header layout

_CONTEXT_LABEL = precompiled(
    r"(?:[A-Z][\w&-]{1,30}\s{1,3}){0,2}?"  # whose: "Council Priority", "Board Goal", "City Council Objective"
    r"(?:(?:strategic|organi[sz]ational|corporate|departmental|priority|long-term|annual)\s+goals?|"
    r"(?:desired\s+|intended\s+|expected\s+|long-term\s+)?outcomes?|"
    r"(?:strategic\s+)?(?:objectives?|motivation|why(?:\s+it\s+matters)?|rationale|context|problem(?:\s+statement)?|"
    r"initiatives?|strateg(?:y|ies)|themes?|pillars?|priorit(?:y|ies)|missions?|visions?|purpose|goal\s+areas?|"
    r"(?:focus|outcome|priority|result|impact|service|program|programme)\s+areas?|o\d{0,2}|obj|okrs?))(?:\s{0,3}#?[\d.]{1,12})?"
    r"(?:\s{0,3}\([^()\n]{2,40}\))?",
    re.IGNORECASE,
)
# A label after the goal that gives its reason or the aim it serves ("Why: staff lose an hour a day to faxes.",
# "Alignment: department objective 3", "Linked to: IT priority 2"), as a SMART template's "Relevant:" field does.
_REASON_LABEL = precompiled(
    r"why(?:\s+it\s+matters|\s+this\s+matters)?|rationale|motivation|reason|justification|relevance|relevant|"
    r"(?:strategic\s+)?(?:alignment|link|fit)|aligned\s+(?:to|with)|aligns\s+(?:to|with)|links?\s+to|linked\s+to|"
    r"ties\s+to|tied\s+to|supports|(?:objective|goal|priority)\s+supported|business\s+case",
    re.IGNORECASE,
)
_BODY_LABEL = precompiled(
    r"(?:krs?|key\s+results?|results?|targets?(?:\s+for\s+action)?|actions?|(?:performance\s+)?(?:measures?|metrics?|indicators?)|kpis?|"
    r"goals?|smart\s+goals?|activit(?:y|ies)|what|"
    r"ipms?|deliverables?|milestones?|tasks?|commitments?|what\s+(?:we|i)(?:['’]ll|\s+will)\s+(?:ship|deliver|build|launch|do|"
    r"release|achieve)|kr\d{1,2}(?:\.\d{1,2})?|(?:key\s+)?result\s+\d{1,2})(?:\s{0,3}[\d.]{1,12})?",
    re.IGNORECASE,
)
_OWNER_LABEL = precompiled(
    r"\b(?:team|teams|department|dept|office|division|unit|group|committee|council|board|ops|operations|engineering|"
    r"marketing|sales|finance|budget|evaluation|hr|people|support|product|design|legal|security|infrastructure|"
    r"platform|research|services|program|programme|plan|strategy|initiative|manager|director|coach|lead|head|officer|"
    r"success|growth|enablement|communications|partnerships|recruiting|talent|facilities|procurement|analytics|"
    r"coordinator|librarian|administrator|supervisor|chief|president|executive|"
    # departments of a city, a university or a company ("Human Resources:", "Public Works:", "Parks & Recreation:")
    r"resources|works|recreation|parks|police|fire|library|libraries|clerk|treasury|utilities|transportation|transit|"
    r"housing|health|planning|administration|technology|it|audit|maintenance|fleet|records|payroll|accounting|"
    r"purchasing|logistics|nursing|pharmacy|admissions|registrar|advancement|athletics|sanitation)\b", re.IGNORECASE)
_ROLE_WORD = precompiled(
    r"^(?:team|department|dept|office|division|unit|group|committee|council|board|manager|director|coach|lead|head|"
    r"officer|coordinator|librarian|administrator|supervisor|chief|president|executive|engineer|analyst|specialist|"
    r"assistant|clerk|nurse|teacher|accountant|planner|advis[eo]r|technician|inspector|superintendent|principal|"
    r"dean|chair|treasurer|secretary|recruiter|buyer|controller|steward|counsel|attorney)s?$", re.IGNORECASE)
_PLAN_LABEL = precompiled(r"\b(?:plan|strategy|initiative|programme|program)\b", re.IGNORECASE)
_GOAL_LABEL = precompiled(r"(?:goals?|smart\s+goals?)(?:\s{0,3}(?:#|no\.?\s?)?[\d.]{1,12})?", re.IGNORECASE)  # "Goal 1", "Goal #1"
# a label over a plan's heading: "Goal 1", "Strategic Goal #2", "Quality Aim", "Focus 3"
_HEADING_LABEL = precompiled(r"(?:[A-Za-z][\w-]{1,20}\s{1,3}){0,2}(?:goals?|aims?|focus|commitments?|directions?|domains?)"
                            r"(?:\s{0,3}#?[\d.]{1,12})?", re.IGNORECASE)
_MEASURE_LABEL = precompiled(r"(?:(?:performance\s+)?(?:measures?|metrics?|indicators?)|kpis?|krs?|key\s+results?|targets?(?:\s+for\s+action)?)"
                            r"(?:\s{0,3}[A-Z\d.]{1,12})?",
                            re.IGNORECASE)
_SHIP_LABEL = precompiled(r"\b(?:ship|deliver|build|launch|release|deliverables?|milestones?)\b", re.IGNORECASE)
_LABEL = precompiled(
    r"(?P<label>(?:[A-Za-z0-9][\w&/.'’+-]{0,30})(?:[ \t]{1,3}[\w&/.'’+()#-]{1,30}){0,5}?)(?:[ \t]{0,3}(?:(?<!\d):|:(?!\d)|[–—])|[ \t]{1,3}-(?=[ \t]))"
    r"[ \t]{0,3}(?=\S)"
)  # (a colon between digits is a clock time or ratio, "9:15", "3:1", not a label's)
# A heading sentence that names a role or team ("Head Coach.", "Merchandise Manager."): one to four
# capitalised words and a full stop, then the goal.
_ROLE_LINE = precompiled(r"(?P<label>[A-Z][\w&/'’-]{0,30}(?:[ \t]{1,3}(?:[A-Z][\w&/'’-]{0,30}|&|and|of|for)){0,3})\.[ \t]{1,3}(?=[A-Z])")
_PERIOD_HEAD = precompiled(
    # the period may be spelled out before its year ("Fiscal Year 2018-2019 goal:", "Academic Year 2026-27 goals:")
    r"(?:(?:fiscal|academic|school|calendar|financial|budget|program(?:me)?)\s{1,3}years?\s{1,3})?"
    r"(?:FY\s?'?\d{2,4}(?:\s{0,2}[-–/]?\s{0,2}(?:Q[1-4]|H[12]))?|(?:Q[1-4]|H[12])\s{0,2}[-–/]?\s{0,2}(?:FY\s?'?)?(?:19|20)?\d\d|"
    r"(?:19|20)\d\d(?:\s{0,2}[-–/]\s{0,2}(?:19|20)?\d\d)?(?:\s{0,2}(?:Q[1-4]|H[12]))?)"
    r"(?:\s{0,3}\([^()\n]{0,80}\))?(?:\s{0,3}(?:objectives?|okrs?|goals?|plans?|priorit(?:y|ies)|targets?))?(?:\s{0,3}[.:\n]|\s{1,3}[-–—]\s|\s{1,3}(?=[A-Z][a-z]))",
    re.IGNORECASE,
)


_END_STATE_LINK = precompiled(r"\s(?:is|are|has\s{1,3}been|have\s{1,3}been|will\s{1,3}be|gets?|got)\s{1,3}"
                             r"(?:(?:fully|completely|entirely|officially|permanently|successfully|formally)\s{1,3})?\Z",
                             re.IGNORECASE)
_METRIC_TARGET = precompiled(
    r"[A-Za-z][\w'’-]{1,30}\s{1,3}(?:(?:is|are|stays?|remains?)\s{1,3})?(?:(?:at\s{1,3}(?:or\s{1,3}(?:below|above|under)|least|most))|"
    # (a key result's verbless direction, "NPS up from 32 to 45", "turnover down 2 points to 10%", names the metric too)
    r"below|under|above|over|of|at|(?:no\s{1,3})?(?:more|less|fewer|greater|higher|lower)\s{1,3}than|[≤≥<>=]|reaches|"
    r"(?:up|down)(?:\s{1,3}(?:by|from))?)\s{0,3}\Z",
    re.IGNORECASE)
_METRIC_TARGET_REACH = 80
"""Longer than any match of ``_METRIC_TARGET`` (66 characters at most; it has no lookbehind), so a search
ending at a value may start this far before it and find the same: one search per value stays short."""
_LABELLED_TARGET = precompiled(r"\s{0,3}(?P<n>(?:[≥≤<>]\s?)?[$€£]?(?!(?:19|20)\d\d\b)\d[\d,]*(?:\.\d+)?\s?%?)(?![\w/-])")
# An objective clause before the key result it is measured by, longer than a label or with a figure in it
_OBJECTIVE_HEAD = precompiled(r"(?P<label>[A-Z][^:\n.!?;]{4,100}?)[ \t]{0,3}:[ \t]{1,3}(?=[A-Za-z])")
_NUMBERED_HEADING = precompiled(r"(?:goal|objective|priority|strategy|outcome|initiative|target|kr|key\s{1,3}result|okr)"
                               r"\s{0,3}#?\d{1,2}(?:\.\d{1,2}){0,3}\.[ \t]{1,3}(?=[A-Z])", re.IGNORECASE)
_NUMBERING = precompiled(r"(?:\d{1,2}(?:\.\d{1,2}){1,3}\.?|\(?[a-z\d]{1,2}[.)])[ \t]{1,3}(?=\S)", re.IGNORECASE)
# A plan's numbered heading sentence with its name after a comma ("Goal 3, Excellent Government."): the
# plan goal the goal under it serves.
_NAMED_HEADING = precompiled(r"(?:(?:strategic\s{1,3})?(?:goal|priority|pillar|theme|aim|focus\s{1,3}area|outcome|direction)"
                            r"\s{0,3}#?\d{1,2}(?:\.\d{1,2})?),[ \t]{1,3}(?P<title>[A-Z][^.\n:;]{2,80}?)\.[ \t]{1,3}(?=[A-Z])",
                            re.IGNORECASE)


@dataclass
class _Layout:
    """How a goal is laid out: labels ("KR:", "Marketing Ops:", "Target for Action 2.1.1:"), context
    lines ("Objective: ...", "Motivation: ..."), period headers ("FY23-Q2 (May 1, 2022 to July 31,
    2022).") and the goal itself. ``body`` is the text with everything but the goal blanked out
    (same length, so every span still indexes the text)."""

    body: str
    context: list[tuple[int, int]] = field(default_factory=list)
    periods: list[tuple[int, int]] = field(default_factory=list)
    ship: bool = False  # a label promises a deliverable ("What we'll ship:")
    owners: list[tuple[int, int]] = field(default_factory=list)  # team, role or plan labels ("Budget & Evaluation:")
    results: list[int] = field(default_factory=list)  # where a key-result or measure label ends ("KR 1:")


def _segment_starts(text: str) -> list[int]:
    """Where a header can begin: the text start, a line start, after a sentence end."""
    starts = [len(text) - len(text.lstrip())]
    for m in re.finditer(r"\n[ \t]{0,8}(?:[-*•]\s{0,3})?|[.!?;][ \t]{1,3}(?=[A-Z0-9])", text):
        starts.append(m.end())
    return sorted(set(starts))


def _segment_end(text: str, start: int) -> int:
    """The end of the sentence or line that starts at ``start``."""
    m = re.compile(r"[.!?;](?=\s|$)|\n").search(text, start)
    return m.end() if m else len(text)


def _reason_after_goal(text: str, start: int, content: int, label: str) -> bool:
    """Whether a reason or alignment label at ``start`` follows the goal and says something ("Why: staff lose an hour
    a day to faxes."; not "Why: n/a")."""
    end = _segment_end(text, content)
    return bool(_REASON_LABEL.fullmatch(label.strip()) and re.search(r"[A-Za-z]{3}", text[:start])
                and not text[end:].strip()
                and len(re.findall(r"[A-Za-z0-9]+", text[content:end])) >= 2
                and not re.match(r"\s*(?:n/?a|tbd|tbc|none|-)\s*[.]?\s*\Z", text[content:end], re.IGNORECASE))


def _layout(text: str) -> _Layout:
    """Split labels, period headers and context lines from the goal (linear: one pass per segment)."""
    blank: list[tuple[int, int]] = []
    context: list[tuple[int, int]] = []
    periods: list[tuple[int, int]] = []
    ship = False
    owners: list[tuple[int, int]] = []
    results: list[int] = []
    labels: list[tuple[int, re.Match[str]]] = []
    for start in _segment_starts(text)[:MAX_ACTIONS]:
        period = _PERIOD_HEAD.match(text, start)
        if period:
            end = period.end()
            periods.append(_trim(text, start, end))
            blank.append((start, end))
            start = end + len(text[end:]) - len(text[end:].lstrip())
            if start >= len(text):
                continue
        heading = _NAMED_HEADING.match(text, start)
        if heading and is_title_case(heading.group("title")):
            context.append(_trim(text, start, heading.end("title")))
            blank.append((start, heading.end()))
            continue
        numbering = _NUMBERING.match(text, start) or _NUMBERED_HEADING.match(text, start)
        if numbering:
            blank.append((start, numbering.end()))
            start = numbering.end()
        m = _LABEL.match(text, start)
        if m and not re.search(r"[.!?][ \t]", m.group("label")):  # a label never spans a sentence end
            labels.append((start, m))
            continue
        head = None if m else _OBJECTIVE_HEAD.match(text, start)
        if head and (_objective_clause(head.group("label"), text[head.end():_segment_end(text, head.end())])
                     or _state_heading(head.group("label"), text[head.end():_segment_end(text, head.end())])):
            # a longer objective clause, or one with a figure ("Grow quarterly revenue by 15%: close 10 new
            # enterprise clients"), than a label's few words
            context.append(_trim(text, start, head.end("label")))
            blank.append((start, head.end()))
            continue
        role = _ROLE_LINE.match(text, start)
        if role and _looks_like_a_name(role.group("label")) and _ROLE_WORD.search(role.group("label").split()[-1]):
            owners.append(_trim(text, start, role.end("label")))
            blank.append((start, role.end()))
    for n, (start, m) in enumerate(labels):
        label = m.group("label")
        # "Goal: ... Measure: ...", "Goal 1: ... Objective 1.1: ...": a goal line above further labelled
        # lines (measures, objectives, activities) is their objective
        objective_of_measures = bool(_GOAL_LABEL.fullmatch(label)) and any(
            _MEASURE_LABEL.fullmatch(later.group("label")) or _BODY_LABEL.fullmatch(later.group("label"))
            or _CONTEXT_LABEL.fullmatch(later.group("label")) for _, later in labels[n + 1:])
        # "Goal 1: Stabilize Enrollment. Each year, increase ...": a goal label over a heading (a
        # title-cased line) with the goal after it names the plan goal the goal serves
        end = _segment_end(text, m.end())
        titled_goal = (bool(_HEADING_LABEL.fullmatch(label)) and is_title_case(text[m.end():end])
                       and bool(re.search(r"[A-Za-z]{3}", text[end:])))
        # "Goal 1: Increase our outreach efforts. Establish the position of an Outreach Manager.": a plan goal
        # stated as the first sentence under a numbered goal label, with a strategy sentence after it, is the
        # objective that strategy serves (a lone goal under its label is only the goal itself, and a counted
        # goal followed by its follow-up is one goal)
        if (not titled_goal and not objective_of_measures and _HEADING_LABEL.fullmatch(label)
                and re.search(r"\d", label)):
            later = text[end:_segment_end(text, end + 1)] if end < len(text) else ""
            if (re.match(r"[.!?]", text[end - 1:end] or " ") and len(re.findall(r"[A-Za-z]{3,}", later)) >= 3
                    and not numbers(text[m.end():end])):  # a counted goal ("Submit four proposals") is no plan goal
                context.append(_trim(text, m.end(), end))
                blank.append((start, end))
                continue
        if (_CONTEXT_LABEL.fullmatch(label) or objective_of_measures or titled_goal) and not _reason_after_goal(
                text, start, m.end(), label):
            end = _segment_end(text, m.end())
            if text[end:].strip():  # an objective line with a goal after it is context
                context.append(_trim(text, m.end(), end))
                blank.append((start, end))
            else:
                blank.append((start, m.end()))
                if re.search(r"\([^()]{2,40}\)", label) or _OWNER_LABEL.search(label):
                    # "Pillar 2 (Community): ...", "Council Priority: ...": the label names whose objective
                    context.append(_trim(text, start, m.end() - 1))
        elif _reason_after_goal(text, start, m.end(), label):
            # a reason or alignment line after the goal gives its relevance and is not more of the goal
            context.append(_trim(text, m.end(), _segment_end(text, m.end())))
            blank.append((start, _segment_end(text, m.end())))
        elif (_objective_clause(label, text[m.end():_segment_end(text, m.end())])
              or _state_heading(label, text[m.end():_segment_end(text, m.end())])):
            # "Improve system reliability: reduce system downtime from 5% to 1%": an OKR objective written as a
            # clause before the key result it is measured by is the aim that key result serves (so is the state
            # it is to bring about, "Faster cancer treatment: 90% of patients ...")
            context.append(_trim(text, start, m.end() - 1))
            blank.append((start, m.end()))
        elif _BODY_LABEL.fullmatch(label) or _looks_like_a_name(label):
            blank.append((start, m.end()))
            if _MEASURE_LABEL.fullmatch(label):
                results.append(m.end())
            ship = ship or bool(_SHIP_LABEL.search(label))
            if re.fullmatch(r"key\s{1,3}results", label.strip(), re.IGNORECASE) and not context:
                # "Deliver a first-class experience to every new customer. Key results: (1) ...": an unlabelled
                # headline above a key-results block is their objective, as a labelled one is
                head = _trim(text, 0, start)
                if (len(letter_words(text[head[0]:head[1]])) >= 3 and not text[head[0]:head[1]].endswith(":")
                        and not any(s < head[1] and head[0] < e for s, e in blank)):
                    context.append(head)
                    blank.append(head)
            if _GOAL_LABEL.fullmatch(label.strip()) and not context:
                # "Enrich the Student Experience. Goal 2: Increase ...", "Strategic Priority Two: Enhance the
                # resilience of ... Goal: Create a disaster preparedness plan": an objective line above a labelled
                # goal is the aim that goal serves (as a headline above "Key results:" is)
                head_start = max([e for s, e in blank if e <= start] + [0])
                head = _trim(text, head_start, start)
                if (len(letter_words(text[head[0]:head[1]])) >= 3 and not text[head[0]:head[1]].endswith(":")
                        and re.search(r"[.!?]\Z", text[head[0]:head[1]])
                        and not any(s < head[1] and head[0] < e for s, e in blank)):
                    context.append(head)
                    blank.append(head)
            if _SHIP_LABEL.search(label) and not context:
                # "Produce better documentation. What we'll ship: ...": the headline above the shipped
                # item is the objective it serves.
                head = _trim(text, 0, start)
                if (head[1] > head[0] and re.search(r"[A-Za-z]{3}", text[head[0]:head[1]])
                        and not any(s < head[1] and head[0] < e for s, e in blank)):
                    context.append(head)
                    blank.append(head)
            if (_OWNER_LABEL.search(label) and not _BODY_LABEL.fullmatch(label)
                    and not _restates(label, text[m.end():_segment_end(text, m.end())])):
                # "Budget & Evaluation:", "Community Climate Action Plan:": a team, role or plan that owns the goal
                # (not a heading that restates the goal after it, "Reconcile Unit Balances: Reconcile unit balances
                # by close of business each day", which is only its name)
                owners.append(_trim(text, start, m.end() - 1))
    context = [span for span in context if span[1] > span[0]]
    owners = [span for span in owners if span[1] > span[0]]
    if not blank:
        return _Layout(text)
    chars = list(text)
    for s, e in blank:
        for k in range(s, e):
            if chars[k] not in "\n":
                chars[k] = " "
    return _Layout("".join(chars), context, periods, ship, owners, results)


def _restates(label: str, goal: str) -> bool:
    """Whether the label is a heading that names an action and most of its content words recur in the goal after it
    ("Reduce Medication Errors: Decrease medication errors ..."): the goal's own name, not a team that owns it
    ("Human Resources: Publish the human resources handbook")."""
    first = letter_words(label)[:1]
    if not first or not _verb_word(first[0].lower()):
        return False
    words = [stem(w.lower()) for w in letter_words(label) if w.lower() not in STOPWORDS and len(w) > 2]
    said = {stem(w.lower()) for w in letter_words(goal)}
    return bool(words) and sum(w in said for w in words) * 2 > len(words)


def _objective_clause(label: str, goal: str) -> bool:
    """Whether a label is an objective stated as a clause, a verb and what it acts on ("Improve system reliability",
    "Make our API rock-solid reliable"), with a goal of two or more words after it that it does not restate
    ("Reduce Medication Errors: Decrease medication errors by 20%" is that goal's name). A team, programme or role
    heading in capitals ("Budget & Evaluation") is an owner, not an objective, and a field label ("Key result") is
    neither."""
    words = letter_words(label)
    if (len(words) < 2 or not words[0][:1].isupper() or not (_verb_word(words[0].lower()) or _verbal_gerund(words))
            or numbers(words[0])
            or _BODY_LABEL.fullmatch(label.strip()) or _REASON_LABEL.fullmatch(label.strip())):
        return False  # "Zero waste:" names a target; "Key results:", "Supports:" are fields
    if all(w[:1].isupper() or w.lower() in STOPWORDS for w in words[1:]) and (
            len(words) < 3 or _OWNER_LABEL.search(label)):
        return False
    return len(letter_words(goal)) >= 2 and not _restates(label, goal) and not _elaborating_list(goal)


def _elaborating_list(goal: str) -> bool:
    """Whether what follows the colon is a list of noun phrases spelling out the label's object ("Implement weekly safety
    walks: forklift checks, racking inspections and fire exit reviews"): no key result, so the label is the goal's own
    action, not an objective above it. A figure, a finite verb or an opening verb makes it a key result ("Improve
    forklift safety: cut reportable incidents from 6 to 2", "... : every starter has a buddy")."""
    words = letter_words(goal)
    if not words or re.search(r"\d", goal) or not re.search(r",|\band\b", goal) or _FINITE_MARK.search(goal):
        return False
    if not any(w[:1].islower() for w in words if w.lower() not in STOPWORDS):
        return False  # a title-case subtitle ("Visit a Comfortable Space: Physical and Virtual Spaces") is a heading's
    first = words[0].lower()
    return first in DETERMINERS or first.endswith(("ing", "s")) or not _verb_word(first)


def _verbal_gerund(words: list[str]) -> bool:
    """Whether a heading opens with the -ing form of a verb taking its object or complement ("Strengthening the Core",
    "Caring for Our Community"): an aim stated as an activity; before a capitalised noun ("Building Maintenance") or
    alone ("Training") the -ing word names a field of work."""
    first = words[0].lower()
    if len(words) < 2 or not first.endswith("ing") or len(first) < 6 or words[1].lower() not in DETERMINERS | PREPOSITIONS:
        return False
    root = first[:-3]
    return any(_verb_word(base) for base in (root, root + "e", root[:-1] if root[-1] == root[-2] else ""))


# Comparatives and participles of change that open a heading naming the state a target is to bring about.
_STATE_WORDS = frozenset({
    "better", "faster", "quicker", "shorter", "safer", "healthier", "greener", "cleaner", "stronger", "fewer", "more",
    "less", "lower", "higher", "greater", "wider", "easier", "smoother", "sooner", "earlier", "cheaper", "warmer",
    "fairer", "smarter", "improved", "reduced", "increased", "enhanced", "expanded", "strengthened", "simpler"})


def _state_heading(label: str, goal: str) -> bool:
    """Whether a label is the state a target is to bring about, a comparative or a participle of change and what it
    describes ("Faster cancer treatment", "Safer streets", "Better outcomes for looked-after children"), above a
    goal of two or more words that it does not restate ("Reduced Falls: Reduce inpatient falls by 20%" is that goal's
    name)."""
    words = letter_words(label)
    if len(words) < 2 or words[0].lower() not in _STATE_WORDS or _BODY_LABEL.fullmatch(label.strip()):
        return False
    content = [stem(w.lower()) for w in words[1:] if w.lower() not in STOPWORDS and len(w) > 2]
    said = {stem(w.lower()) for w in letter_words(goal)}
    # the heading is the goal's name when every word of what it describes recurs in the goal ("Reduced Falls"); one
    # it adds ("Shorter stays in emergency departments: 95% of patients ... within six hours") names the aim
    return bool(content) and len(letter_words(goal)) >= 2 and not all(w in said for w in content)


def _looks_like_a_name(label: str) -> bool:
    """A team or programme name used as a heading: one to five capitalised words ("Marketing Ops",
    "Sales Engineering", "Platform/Infra"), not the start of a sentence ("To do this")."""
    words = label.split()
    return 1 <= len(words) <= 5 and all(w[:1].isupper() or w[:1].isdigit() or w in ("&", "and", "of", "the", "for")
                                        for w in words) and words[0].lower() not in STOPWORDS


@lru_cache(maxsize=4096)
def _inflects_as_verb(word: str) -> bool:
    """Whether the English word list (SCOWL, shipped for name detection) holds both a past and a
    present participle of ``word`` ("extend": extended, extending; "unify": unified, unifying), so it can
    be a verb; most nouns have neither ("library", "customer")."""
    from assistant.names import lexicon

    if len(word) < 3 or not word.isalpha():
        return False
    common = lexicon().common
    if word.endswith("y") and word[-2] not in "aeiou":
        past, ing = {word[:-1] + "ied"}, {word + "ing"}
    elif word.endswith("e"):
        # ("die": died, dying; "tie": tied, tying)
        past, ing = {word + "d"}, {word[:-1] + "ing", word + "ing", word[:-2] + "ying"}
    else:
        past = {word + "ed", word + word[-1] + "ed"}
        ing = {word + "ing", word + word[-1] + "ing"}
    return bool(past & common) and bool(ing & common)
_FINITE_MARK = precompiled(r"\b(?:will|shall|is|are|was|were|be|been|has|have|had|can|must|should|would|could|may|might|"
                           r"do|does|did)\b|\w['’]ll\b", re.IGNORECASE)


def _verb_word(word: str) -> bool:
    """Whether English inflects the word as a verb: regular past and -ing forms in the word list, or an irregular
    verb ("rebuild": rebuilt)."""
    if _inflects_as_verb(word) or (word in IRREGULAR_VERBS and len(word) > 2):
        return True
    prefix = re.match(r"(?:re|out|over|under|mis|up|with|fore)(?=[a-z]{3})", word)
    return bool(prefix) and word[prefix.end():] in IRREGULAR_VERBS
