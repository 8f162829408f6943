"""Model rewrites of goals and feedback drafts, kept only when verified whole, complete and faithful.

The model gets the analyzer's findings, the retrieved guidance and the offline rewrite; its answer
goes through :mod:`assistant.llm.verify`. A rejected or unusable answer (cut off, malformed, too
long) is retried once with the problem named; a second failure, or no answer at all, keeps the
offline rewrite with a notice saying why. ``report.mode`` and ``report.notices`` say which happened.
All attempts of one request share one deadline (``COACH_LLM_TIMEOUT``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from assistant.llm.verify import (
    PLACEHOLDER,
    FeedbackRewrite,
    GoalRewrite,
    feedback_problem,
    goal_problem,
)

if TYPE_CHECKING:
    from assistant.analyzers.feedback import FeedbackReport
    from assistant.analyzers.goal import GoalReport
    from assistant.llm.models import ChatModel
    from assistant.settings import Settings

log = logging.getLogger("assistant.llm")


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
    found = list(dict.fromkeys(PLACEHOLDER.findall(rewrite)))
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


def _offline(report: Any, notices: list[str], notice: str) -> Any:
    return _with(report, mode="offline", notices=[*notices, notice])


def run_verified(
    report: Any,
    settings: Settings,
    model: ChatModel | None,
    prompt_name: str,
    schema: type[BaseModel],
    variables: dict[str, str],
    verify: Callable[[Any], str | None],
    as_text: Callable[[Any], str],
    budget: Callable[[Any], int],
) -> Any:
    """Ask for a rewrite, verify it, retry once naming the problem, else keep the offline one."""
    from assistant.llm.errors import BadOutput, LLMError
    from assistant.llm.provider import get_llm

    notices = list(getattr(report, "notices", None) or [])
    try:
        llm = get_llm(settings, model)
        if llm is None:
            return report
        prompt = llm.prompt(prompt_name, set(variables) | {"feedback_on_previous"})
    except LLMError as exc:
        return _offline(report, notices, f"LLM unavailable: {exc}; offline rewrite kept.")
    deadline = llm.deadline()
    max_tokens = budget(llm.counter)  # never more than COACH_MAX_OUTPUT_TOKENS (the provider caps it)
    previous = ""
    problem = ""
    for attempt in (1, 2):
        out = None
        try:
            out = llm.structured(prompt, schema, deadline=deadline, max_tokens=max_tokens,
                                 feedback_on_previous=previous, **variables)
        except BadOutput as exc:
            problem = str(exc)
        except LLMError as exc:
            detail = f" (attempt 1 was rejected: {problem})" if problem else ""
            return _offline(report, notices, f"LLM unavailable: {exc}{detail}; offline rewrite kept.")
        else:
            problem = verify(out)
            if problem is None:
                rewrite = as_text(out)
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
        log.debug("rejected answer: %.500r", out)
        previous = (
            "<previous_attempt_rejected>\nYour previous answer was rejected because "
            f"{problem}. Answer again without that problem.\n</previous_attempt_rejected>"
        )
    return _offline(report, notices, f"LLM rewrite rejected: {problem}; offline rewrite kept.")


def _items(obj: Any) -> list[tuple[str, Any]]:
    if isinstance(obj, dict):
        return list(obj.items())
    return [(k, getattr(obj, k)) for k in type(obj).model_fields]


def _goal_gaps(report: Any) -> str:
    """The unmet SMART criteria, each with the question that fills it (short: small models are slow)."""
    lines = [f"- {name}: {c.question}" for name, c in _items(report.criteria) if not c.met]
    lines += [f"- warning: {_describe(w)}" for w in getattr(report, "warnings", None) or []]
    return "\n".join(lines) or "(none)"


def _describe(item: Any) -> str:
    if isinstance(item, str):
        return item
    if isinstance(item, dict):
        return str(item.get("message") or item)
    return str(getattr(item, "message", None) or item)


def goal_needs_rewrite(report: Any) -> bool:
    """False when the goal meets every criterion and draws no warning: nothing for a model to do."""
    return not all(c.met for _, c in _items(report.criteria)) or bool(getattr(report, "warnings", None))


def feedback_needs_rewrite(report: Any) -> bool:
    """False when the draft has all four parts and no finding or bias flag."""
    parts = _items(getattr(report, "structure", {}) or {})
    return (not all(s.present for _, s in parts) or bool(getattr(report, "findings", None))
            or bool(getattr(report, "bias", None)))


def improve_goal(text: str, report: GoalReport, settings: Settings, model: ChatModel | None = None) -> GoalReport:
    """The model's SMART rewrite of ``text`` when it verifies, else ``report`` with a notice.

    ``model`` defaults to the one ``settings`` names; offline, or a goal with nothing to fix,
    returns ``report`` unchanged without a model call.
    """
    if not goal_needs_rewrite(report):
        return report
    sources = _source_texts(report)
    variables = {"goal": text, "gaps": _goal_gaps(report), "offline_rewrite": report.rewrite}

    def verify(out: GoalRewrite) -> str | None:
        # The rules are loaded once a model has answered: offline, `coach goal` never imports the
        # bias analyzer nor builds its rules (most of a cold command's time).
        from assistant.analyzers.bias import load_rules
        from assistant.analyzers.goal import load_rules as load_goal_rules

        return goal_problem(out.rewrite.strip(), text, report, [text, *sources],
                            load_rules(settings.rules_file), load_goal_rules(rules_file=settings.rules_file))

    return run_verified(
        report, settings, model, "goal_rewrite", GoalRewrite, variables,
        verify=verify,
        as_text=lambda out: out.rewrite.strip(),
        # The goal, its placeholders and some words around them.
        budget=lambda counter: 2 * counter.count(report.rewrite) + 48,
    )


def _compact_placeholders(text: str, limit: int = 60) -> str:
    """``text`` with each long [placeholder] cut to its first question or clause: fewer tokens to read."""

    def cut(match: Any) -> str:
        inner = match.group()[1:-1]
        if len(inner) <= limit:
            return match.group()
        end = min((i for i in (inner.find("?"), inner.find(". "), inner.find("; ")) if i > 0), default=-1)
        short = inner[: end + 1] if 0 < end < limit else inner[:limit].rsplit(" ", 1)[0]
        return f"[{short.strip()}]"

    return PLACEHOLDER.sub(cut, text)


def _feedback_findings(report: Any) -> str:
    """Missing parts and flagged wording, one short line each (small models are slow readers)."""
    missing = [name for name, s in _items(getattr(report, "structure", {}) or {}) if not s.present]
    lines = [f"- missing: {', '.join(missing)}"] if missing else []
    for f in getattr(report, "findings", None) or []:
        span = f' "{f.text}"' if getattr(f, "text", None) else ""
        lines.append(f"- {f.kind}{span}: {f.suggestion}")
    for b in getattr(report, "bias", None) or []:
        lines.append(f'- biased wording "{b.text}" ({b.category}): {b.suggestion}')
    return "\n".join(lines) or "(none)"


def improve_feedback(
    text: str, report: FeedbackReport, settings: Settings, model: ChatModel | None = None
) -> FeedbackReport:
    """The model's situation-behaviour-impact-next step reframing of ``text`` when it verifies.

    A draft with nothing to fix is returned unchanged without a model call.
    """
    from assistant.analyzers.bias import load_rules
    from assistant.analyzers.feedback import load_feedback_rules

    if not feedback_needs_rewrite(report):
        return report
    sources = _source_texts(report)
    rules = load_rules(settings.rules_file)
    feedback_rules = load_feedback_rules(settings.rules_file)
    variables = {"draft": text, "findings": _feedback_findings(report),
                 "offline_rewrite": _compact_placeholders(report.rewrite)}
    return run_verified(
        report, settings, model, "feedback_coaching", FeedbackRewrite, variables,
        verify=lambda out: feedback_problem(out, text, report, [text, *sources], rules, feedback_rules),
        as_text=lambda out: out.as_text(),
        # Four parts of a sentence or two, plus what the draft already says.
        budget=lambda counter: 2 * counter.count(text) + 160,
    )
