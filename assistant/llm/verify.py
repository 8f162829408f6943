"""Checks a model rewrite must pass before it replaces the offline one: whole, complete, faithful.

Pure functions returning ``None`` (accepted) or a one-line reason, which becomes the retry hint
and, after a second failure, the user's notice. They depend on the analyzers' public functions
and report fields (``check_goal(...).criteria.<name>.met``, ``review_feedback(...).structure``,
``.findings[].kind``, ``check_bias(...).flags``) and on the fidelity guard, never on wording.

* **Whole**: the text ends a sentence (or a placeholder), brackets and double quotes balance,
  its length is sane next to the input and the offline rewrite, it reuses the input's words and
  reads like the input's language (a reply in another language or about something else fails).
* **Complete**: every gap the offline rewrite covers is still covered. For a goal, each SMART
  criterion the original or the offline rewrite meets or holds a placeholder for is met by the
  model's text or has a placeholder for it. For feedback, all four situation-behaviour-impact-next
  step parts are present and non-empty, the parts the draft had keep real content, and no trait
  label, harsh word, absolute or biased wording is left.
* **Faithful**: :func:`assistant.analyzers.fidelity.check_fidelity` against the input and sources.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from pydantic import BaseModel, Field

from assistant.text import FUNCTION_WORDS, content_stems, number_values, words

PLACEHOLDER = re.compile(r"\[[^\[\]]*\]")
_SENTENCE_END = re.compile(r"(?:[.!?…]|\])[\"'”’)\]]*\s*$")

CRITERIA = ("specific", "measurable", "attainable", "relevant", "time_bound")
CRITERION_LABELS = {"specific": "Specific", "measurable": "Measurable", "attainable": "Attainable",
                    "relevant": "Relevant", "time_bound": "Time-bound"}
# Which SMART gap a placeholder fills, from the words inside its brackets. Strong cues count 1,
# the generic question words ("what", "which", "who") 0.5; a placeholder fills its top criteria.
PLACEHOLDER_CUES: dict[str, dict[str, float]] = {
    "specific": {"what": 0.5, "which": 0.5, "who": 0.5, "whom": 1, "exactly": 1, "scope": 1, "specific": 1,
                 "change": 1, "deliverable": 1, "outcome": 1, "task": 1, "action": 1},
    "measurable": {"target": 1, "baseline": 1, "number": 1, "percent": 1, "percentage": 1, "%": 1,
                   "measure": 1, "metric": 1, "much": 1, "many": 1, "kpi": 1, "amount": 1, "count": 1,
                   "rate": 1, "score": 1, "level": 1, "volume": 1, "value": 1},
    "attainable": {"resource": 1, "resources": 1, "capacity": 1, "realistic": 1, "budget": 1, "training": 1,
                   "skills": 1, "feasible": 1, "help": 1, "achievable": 1},
    "relevant": {"objective": 1, "objectives": 1, "support": 1, "supports": 1, "why": 1, "priority": 1,
                 "strategy": 1, "goal": 1, "mission": 1, "business": 1, "organisation": 1, "organization": 1,
                 "department": 1, "team": 1, "matters": 1},
    "time_bound": {"deadline": 1, "date": 1, "when": 1, "due": 1, "timeline": 1, "timeframe": 1, "quarter": 1,
                   "month": 1, "week": 1, "year": 1, "milestone": 1, "until": 1},
}
SBI_PARTS = ("situation", "behaviour", "impact", "next_step")
SBI_LABELS = {"situation": "Situation", "behaviour": "Behaviour", "impact": "Impact", "next_step": "Next step"}
# The analyzer's structure fields for each part.
SBI_STRUCTURE = {"situation": "situation", "behaviour": "behavior", "impact": "impact", "next_step": "next_step"}
BLOCKING_FEEDBACK_KINDS = ("trait", "harsh", "absolute")


class GoalRewrite(BaseModel):
    """The rewritten goal."""

    rewrite: str = Field(description="the rewritten goal only, with [bracketed placeholders] for missing facts")


class FeedbackRewrite(BaseModel):
    """The feedback draft reframed as situation, behaviour, impact and next step."""

    situation: str = Field(description="when and where it happened, or a [bracketed placeholder]")
    behaviour: str = Field(description="what the person said or did, observable, or a [bracketed placeholder]")
    impact: str = Field(description="what it led to and who was affected, or a [bracketed placeholder]")
    next_step: str = Field(description="one concrete next step, or a [bracketed placeholder]")

    def as_text(self) -> str:
        return "\n".join(f"{SBI_LABELS[p]}: {' '.join(getattr(self, p).split())}" for p in SBI_PARTS)


# --- small text helpers --------------------------------------------------------------------------


def outside_placeholders(text: str) -> str:
    return PLACEHOLDER.sub(" ", text)


def blank_placeholders(text: str) -> str:
    """``text`` with each placeholder's words replaced by a neutral one (for re-analysis)."""
    return PLACEHOLDER.sub("[details]", text)


def _words(text: str) -> list[str]:
    """Words with at least one letter (numbers are checked as numbers)."""
    return [w for w in words(text) if any(ch.isalpha() for ch in w)]


def _content_words(text: str) -> set[str]:
    """Content stems of ``text`` (shared text module), so "deadlines" keeps "deadline"."""
    return {s for s in content_stems(text) if any(ch.isalpha() for ch in s)}


def _function_share(text: str) -> float:
    found = _words(text)
    return sum(w in FUNCTION_WORDS for w in found) / len(found) if found else 0.0


def unbalanced(text: str) -> str | None:
    """The first unbalanced bracket or double quote, described; None when all balance."""
    pairs = {"]": "[", ")": "(", "}": "{", "”": "“"}
    stack: list[str] = []
    for ch in text:
        if ch in "[({“":
            stack.append(ch)
        elif ch in pairs:
            if not stack or stack[-1] != pairs[ch]:
                return f"an unmatched '{ch}'"
            stack.pop()
    if stack:
        return f"an unclosed '{stack[-1]}'"
    if text.count('"') % 2:
        return "an unclosed '\"'"
    return None


# --- whole text ----------------------------------------------------------------------------------


def whole_text_problem(text: str, source: str, reference: str, *, ends: bool = True,
                       replaced: Iterable[str] = ()) -> str | None:
    """Why ``text`` is not a whole, sane rewrite of ``source`` (offline rewrite: ``reference``).

    ``replaced``: spans of the source the rewrite is meant to replace (trait labels, absolutes),
    whose words need not come back.
    """
    stripped = text.strip()
    if not stripped:
        return "it is empty"
    problem = unbalanced(stripped)
    if problem:
        return f"it looks cut off: {problem}"
    if ends and not _SENTENCE_END.search(stripped):
        return "it stops mid-sentence (it does not end with '.', '!', '?' or a closing placeholder)"
    longest = max(3 * len(source), 2 * len(reference), 400)
    if len(stripped) > longest:
        return f"it is too long ({len(stripped)} characters for a {len(source)}-character input)"
    prose = outside_placeholders(stripped)
    if len(_words(prose)) < 2:
        return "it has no words of its own outside the placeholders"
    if len(source) >= 60 and len(prose) < 0.4 * len(outside_placeholders(source)):
        return "it is much shorter than the input and drops what it said"
    wanted = _content_words(outside_placeholders(source))
    for span in replaced:
        wanted -= _content_words(span)
    if len(wanted) >= 3:
        kept = wanted & _content_words(prose)
        if len(kept) < len(wanted) / 3:
            return "it does not keep the input's own words (another topic or another language)"
    if len(_words(source)) >= 6 and len(_words(prose)) >= 6 and _function_share(source) >= 0.15 \
            and _function_share(prose) < 0.05:
        return "it is not written in the language of the input"
    return None


def leaked_placeholder_text(text: str, reference_placeholders: Iterable[str], source: str = "") -> str | None:
    """Words of an offline placeholder (four in a row, or all of a three-word one) in ``text``
    outside brackets: a placeholder written out as if it were content. Runs made of the input's own
    words (a placeholder quoting the goal) do not count."""
    prose = f" {' '.join(_words(outside_placeholders(text)))} "
    own = _content_words(source)
    for placeholder in reference_placeholders:
        found = _words(placeholder)
        size = min(len(found), 4)
        if size < 3:
            continue
        for i in range(len(found) - size + 1):
            run = found[i : i + size]
            if _content_words(" ".join(run)) <= own:
                continue
            if f" {' '.join(run)} " in prose:
                return f"it copies the placeholder text '{placeholder.strip('[]')}' without its brackets"
    return None


# --- goals ---------------------------------------------------------------------------------------


def placeholder_criteria(placeholder: str) -> set[str]:
    """The SMART criteria a placeholder such as ``[deadline]`` fills (by the words inside it)."""
    inner = placeholder.strip("[]").lower()
    tokens = set(re.findall(r"[a-z]+|%", inner))
    scores = {c: sum(w for cue, w in cues.items() if cue in tokens) for c, cues in PLACEHOLDER_CUES.items()}
    best = max(scores.values())
    return {c for c, s in scores.items() if s == best} if best > 0 else set()


def covered_criteria(text: str, analysis: Any) -> set[str]:
    """Criteria ``text`` meets (per its analysis) or holds a placeholder for."""
    met = {name for name in CRITERIA if _criterion(analysis, name).met}
    for placeholder in PLACEHOLDER.findall(text):
        met |= placeholder_criteria(placeholder)
    return met


def _criterion(analysis: Any, name: str) -> Any:
    criteria = analysis.criteria
    return criteria[name] if isinstance(criteria, dict) else getattr(criteria, name)


def lost_evidence(rewrite: str, report: Any) -> str | None:
    """A criterion the goal met whose evidence (``criteria.<name>.evidence``) the rewrite dropped.

    The analyzer may find other words that meet the criterion in a rewrite ("weekly" for time),
    so the user's own evidence must survive: at least half its content words, every number.
    """
    have = _content_words(rewrite) | {w for w in _words(rewrite)}
    values = number_values(outside_placeholders(rewrite))
    for name in CRITERIA:
        criterion = _criterion(report, name)
        evidence = getattr(criterion, "evidence", None) if criterion.met else None
        if not evidence:
            continue
        # "this year": the function word "this" is not content, "year" is.
        wanted = _content_words(evidence) or {w for w in _words(evidence) if w not in FUNCTION_WORDS}
        kept = wanted & have
        if (number_values(evidence) - values) or (wanted and len(kept) < len(wanted) / 2):
            return f"it drops the goal's own {CRITERION_LABELS[name]} wording '{evidence}'"
    return None


def goal_problem(rewrite: str, goal: str, report: Any, allowed: list[str], bias_rules: Any = None,
                 goal_rules: Any = None) -> str | None:
    """Why the model's goal rewrite cannot replace ``report.rewrite``; None when it can."""
    from assistant.analyzers.bias import check_bias
    from assistant.analyzers.fidelity import check_fidelity
    from assistant.analyzers.goal import check_goal

    problem = whole_text_problem(rewrite, goal, report.rewrite) or leaked_placeholder_text(
        rewrite, PLACEHOLDER.findall(report.rewrite), goal
    )
    if problem:
        return problem
    lost = lost_evidence(rewrite, report)
    if lost:
        return lost
    required = covered_criteria(report.rewrite, check_goal(report.rewrite, rules=goal_rules))
    required |= {name for name in CRITERIA if _criterion(report, name).met}
    missing = [name for name in CRITERIA if name in required - covered_criteria(rewrite, check_goal(rewrite, rules=goal_rules))]
    if missing:
        hints = []
        for name in missing:
            example = next((p for p in PLACEHOLDER.findall(report.rewrite) if name in placeholder_criteria(p)), None)
            hints.append(CRITERION_LABELS[name] + (f" (keep {example})" if example else ""))
        return "it leaves out " + ", ".join(hints) + ": fill each from the goal's own words or keep a placeholder"
    flags = check_bias(blank_placeholders(rewrite), rules=bias_rules).flags
    if flags:
        return "it adds biased wording " + ", ".join(f"'{f.text}' ({f.category})" for f in flags)
    fidelity = check_fidelity(rewrite, allowed)
    return None if fidelity.ok else fidelity.describe()


# --- feedback ------------------------------------------------------------------------------------


def feedback_problem(out: FeedbackRewrite, draft: str, report: Any, allowed: list[str],
                     bias_rules: Any = None, feedback_rules: Any = None) -> str | None:
    """Why the model's SBI reframing cannot replace ``report.rewrite``; None when it can."""
    from assistant.analyzers.feedback import review_feedback
    from assistant.analyzers.fidelity import check_fidelity

    structure = report.structure
    for part in SBI_PARTS:
        value = getattr(out, part).strip()
        label = SBI_LABELS[part]
        if not value or value.lower().rstrip(":") in {label.lower(), part}:
            return f"the {label} part is empty"
        problem = unbalanced(value)
        if problem:
            return f"the {label} part looks cut off: {problem}"
        if not _SENTENCE_END.search(value):
            return f"the {label} part stops mid-sentence"
        had = structure[SBI_STRUCTURE[part]] if isinstance(structure, dict) else getattr(structure, SBI_STRUCTURE[part])
        present = had["present"] if isinstance(had, dict) else had.present
        if present and len(_words(outside_placeholders(value))) < 2:
            return f"the {label} part drops what the draft said and leaves only a placeholder"
    text = out.as_text()
    flagged = [str(f.text) for f in report.findings if getattr(f, "text", None)]
    flagged += [str(b.text) for b in report.bias]
    problem = whole_text_problem(text, draft, report.rewrite, replaced=flagged)
    if problem:
        return problem
    checked = review_feedback(blank_placeholders(text), bias_rules=bias_rules, rules=feedback_rules)
    kept = [f"{f.kind} wording '{f.text}'" if getattr(f, "text", None) else f"a {f.kind} finding"
            for f in checked.findings if f.kind in BLOCKING_FEEDBACK_KINDS]
    kept += [f"biased wording '{b.text}' ({b.category})" for b in checked.bias]
    if kept:
        return "it still contains " + ", ".join(kept)
    fidelity = check_fidelity(text, allowed)
    return None if fidelity.ok else fidelity.describe()
