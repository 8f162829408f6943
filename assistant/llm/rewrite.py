"""Verified LLM rewrites of goals and feedback drafts.

The model gets the analyzer's findings, the retrieved guidance and the offline rewrite. Its
rewrite is kept only when it passes the same checks as everything else:

* goal: ``check_goal(rewrite).score`` is not lower than the offline rewrite's score, and
  ``check_fidelity(rewrite, [input, *sources])`` finds no invented number, date or name;
* feedback: ``review_feedback(rewrite)`` has no ``trait`` / ``harsh`` / ``absolute`` finding and no
  bias flag, and the fidelity check passes.

A failing rewrite is retried once with the violation named; a second failure, or any model error,
keeps the offline rewrite. ``report.mode`` and ``report.notices`` say which happened.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, Field

from assistant.settings import Settings

if TYPE_CHECKING:
    from assistant.analyzers.feedback import FeedbackReport
    from assistant.analyzers.goal import GoalReport

log = logging.getLogger("assistant.llm")

BLOCKING_FEEDBACK_KINDS = ("trait", "harsh", "absolute")
_PLACEHOLDER = re.compile(r"\[[^\[\]]+\]")


class _Rewrite(BaseModel):
    """What the model returns for a rewrite task."""

    rewrite: str = Field(description="the rewritten text only, with [bracketed placeholders] for missing facts")


def _source_texts(report: Any) -> list[str]:
    """Excerpts of the guidance the analyzer retrieved (``report.sources``), as plain strings."""
    texts: list[str] = []
    for source in getattr(report, "sources", None) or []:
        if isinstance(source, str):
            texts.append(source)
        elif isinstance(source, dict):
            texts.append(str(source.get("excerpt") or source.get("text") or ""))
        else:
            texts.append(str(getattr(source, "excerpt", None) or getattr(source, "text", "") or ""))
    return [t for t in texts if t]


def _placeholders(rewrite: str, like: list[str]) -> list[str]:
    """Placeholders of ``rewrite``, bracketed or not like the offline report's list."""
    found = list(dict.fromkeys(_PLACEHOLDER.findall(rewrite)))
    if like and not all(p.startswith("[") for p in like):
        return [p[1:-1] for p in found]
    return found


def _with(report: Any, **update: Any) -> Any:
    """``report`` with ``update`` applied to the fields it has (mode/notices may be missing)."""
    fields = type(report).model_fields
    missing = [k for k in update if k not in fields]
    if missing:
        log.warning("%s has no field(s) %s; not recorded", type(report).__name__, ", ".join(missing))
    return report.model_copy(update={k: v for k, v in update.items() if k in fields})


def _run_verified(
    report: Any,
    settings: Settings,
    prompt_name: str,
    variables: dict[str, str],
    verify: Callable[[str], str | None],
) -> Any:
    """Ask for a rewrite, verify it, retry once naming the violation, else keep the offline one."""
    from assistant.llm.provider import LLMError, get_llm

    notices = list(getattr(report, "notices", None) or [])
    try:
        llm = get_llm(settings)
        if llm is None:
            return report
        prompt = llm.prompt(prompt_name, set(variables) | {"feedback_on_previous"})
    except LLMError as exc:
        return _with(report, mode="offline", notices=[*notices, f"LLM unavailable: {exc}; offline rewrite kept."])
    previous = ""
    problem = ""
    for attempt in (1, 2):
        try:
            out = llm.structured(prompt, _Rewrite, feedback_on_previous=previous, **variables)
        except LLMError as exc:
            return _with(report, mode="offline", notices=[*notices, f"LLM unavailable: {exc}; offline rewrite kept."])
        rewrite = out.rewrite.strip()
        problem = verify(rewrite) if rewrite else "it is empty"
        if problem is None:
            if attempt == 2:
                notices.append("LLM rewrite accepted on the second attempt (the first was rejected).")
            return _with(
                report,
                rewrite=rewrite,
                placeholders=_placeholders(rewrite, list(getattr(report, "placeholders", []) or [])),
                mode="llm",
                notices=notices,
            )
        log.info("llm rewrite %s attempt %d rejected: %s", prompt_name, attempt, problem)
        previous = (
            "<previous_attempt_rejected>\nYour previous rewrite was rejected because "
            f"{problem}. Write it again without that problem.\n</previous_attempt_rejected>"
        )
    return _with(report, mode="offline",
                 notices=[*notices, f"LLM rewrite rejected: {problem}; offline rewrite kept."])


def _goal_findings(report: Any) -> str:
    lines = []
    criteria = getattr(report, "criteria", {}) or {}
    items = criteria.items() if isinstance(criteria, dict) else ((k, getattr(criteria, k)) for k in type(criteria).model_fields)
    for name, c in items:
        if c.met:
            lines.append(f"- {name}: met" + (f' (evidence: "{c.evidence}")' if c.evidence else ""))
        else:
            lines.append(f"- {name}: NOT met. {c.advice} Ask: {c.question}")
    lines += [f"- warning: {_describe(w)}" for w in getattr(report, "warnings", None) or []]
    return "\n".join(lines)


def _describe(item: Any) -> str:
    if isinstance(item, str):
        return item
    if isinstance(item, dict):
        return str(item.get("message") or item)
    return str(getattr(item, "message", None) or item)


def improve_goal(text: str, report: GoalReport, settings: Settings) -> GoalReport:
    """The model's SMART rewrite of ``text`` when it verifies, else ``report`` with a notice."""
    from assistant.analyzers.fidelity import check_fidelity
    from assistant.analyzers.goal import check_goal

    sources = _source_texts(report)
    offline_score = check_goal(report.rewrite).score

    def verify(rewrite: str) -> str | None:
        checked = check_goal(rewrite)
        if checked.score < offline_score:
            unmet = [name for name, c in _criteria_items(checked) if not c.met]
            return (f"it meets {checked.score}/5 SMART criteria, fewer than the offline rewrite's "
                    f"{offline_score}/5 (not met: {', '.join(unmet)})")
        fidelity = check_fidelity(rewrite, [text, *sources])
        return None if fidelity.ok else fidelity.describe()

    questions = [q for q in getattr(report, "questions", None) or [] if q]
    guidance = "\n".join([*(f"- {q}" for q in questions), *(f"- {s}" for s in sources)]) or "(none)"
    variables = {
        "goal": text,
        "findings": _goal_findings(report),
        "guidance": guidance,
        "offline_rewrite": report.rewrite,
    }
    return _run_verified(report, settings, "goal_rewrite", variables, verify)


def _criteria_items(report: Any) -> list[tuple[str, Any]]:
    criteria = report.criteria
    if isinstance(criteria, dict):
        return list(criteria.items())
    return [(k, getattr(criteria, k)) for k in type(criteria).model_fields]


def _feedback_findings(report: Any) -> str:
    lines = []
    structure = getattr(report, "structure", {}) or {}
    parts = structure.items() if isinstance(structure, dict) else ((k, getattr(structure, k)) for k in type(structure).model_fields)
    for name, s in parts:
        lines.append(f"- {name}: {'present' if s.present else 'MISSING'}")
    for f in getattr(report, "findings", None) or []:
        span = f' "{f.text}"' if getattr(f, "text", None) else ""
        lines.append(f"- {f.kind}{span}: {f.message} Suggestion: {f.suggestion}")
    for b in getattr(report, "bias", None) or []:
        lines.append(f'- biased wording "{b.text}" ({b.category}): {b.suggestion}')
    return "\n".join(lines) or "(none)"


def improve_feedback(text: str, report: FeedbackReport, settings: Settings) -> FeedbackReport:
    """The model's SBI reframing of ``text`` when it verifies, else ``report`` with a notice."""
    from assistant.analyzers.bias import load_rules
    from assistant.analyzers.feedback import review_feedback
    from assistant.analyzers.fidelity import check_fidelity

    sources = _source_texts(report)
    rules = load_rules(settings.rules_file)

    def verify(rewrite: str) -> str | None:
        checked = review_feedback(rewrite, bias_rules=rules)
        problems = [f"{f.kind} wording '{f.text}'" if getattr(f, "text", None) else f"a {f.kind} finding"
                    for f in checked.findings if f.kind in BLOCKING_FEEDBACK_KINDS]
        problems += [f"biased wording '{b.text}' ({b.category})" for b in checked.bias]
        if problems:
            return "it still contains " + ", ".join(problems)
        fidelity = check_fidelity(rewrite, [text, *sources])
        return None if fidelity.ok else fidelity.describe()

    variables = {
        "draft": text,
        "findings": _feedback_findings(report),
        "guidance": "\n".join(f"- {s}" for s in sources) or "(none)",
        "offline_rewrite": report.rewrite,
    }
    return _run_verified(report, settings, "feedback_coaching", variables, verify)
