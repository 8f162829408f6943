"""Service functions: the one layer that the CLI (``assistant/commands``) and the Gradio app
(``app.py``) both call. Each is a thin composition of pure analyzers, the knowledge index and
the optional LLM. Heavy imports stay inside the functions so analyzer paths never load torch.

The model-using functions take ``model``: a :class:`assistant.llm.models.ChatModel` (``TestModel``
in tests, ``OFFLINE`` to force the deterministic path); None means the model ``settings`` names.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.settings import Settings

if TYPE_CHECKING:
    from assistant.analyzers.bias import BiasReport
    from assistant.analyzers.feedback import FeedbackReport
    from assistant.analyzers.goal import GoalReport
    from assistant.knowledge.index import IngestReport
    from assistant.knowledge.search import SearchResult
    from assistant.llm.models import ChatModel
    from assistant.qa import PolicyAnswer, Turn

Notify = Callable[[str], None]


def bias(text: str, settings: Settings) -> BiasReport:
    """Biased-language flags for one text, with the organisation's rules file applied."""
    from assistant.analyzers.bias import check_bias, load_rules

    return check_bias(text, rules=load_rules(settings.rules_file))


def goal(
    text: str, settings: Settings, notify: Notify | None = None, model: ChatModel | None = None
) -> GoalReport:
    """SMART check of a goal, coaching questions from the indexed job aid, optional LLM rewrite."""
    from assistant.analyzers.goal import check_goal, load_rules
    from assistant.knowledge.guidance import load_guidance
    from assistant.llm.rewrite import improve_goal

    report = check_goal(text, guidance=load_guidance(settings, "smart", notify=notify),
                        rules=load_rules(rules_file=settings.rules_file))
    return improve_goal(text, report, settings, model)


def feedback(
    text: str, settings: Settings, notify: Notify | None = None, model: ChatModel | None = None
) -> FeedbackReport:
    """Feedback coaching: structure, findings, bias flags, guidance from the feedback guide."""
    from assistant.analyzers.bias import load_rules
    from assistant.analyzers.feedback import load_feedback_rules, review_feedback
    from assistant.knowledge.guidance import load_guidance

    report = review_feedback(
        text,
        guidance=load_guidance(settings, "feedback", notify=notify),
        bias_rules=load_rules(settings.rules_file),
        rules=load_feedback_rules(settings.rules_file),
    )
    from assistant.llm.rewrite import improve_feedback

    return improve_feedback(text, report, settings, model)


def ask(question: str, settings: Settings, notify: Notify | None = None, model: ChatModel | None = None,
        history: Sequence[Turn | dict[str, str]] | None = None) -> PolicyAnswer:
    """Answer a policy question from the indexed documents, or abstain.

    ``model``: the chat model (None: the one ``settings`` names). ``history``: the earlier turns of
    the conversation, oldest first, as ``Turn`` objects or ``{"question", "answer"}`` dicts; a
    follow-up question is made standalone from them. Raises ``QuestionError`` (empty, too long)
    and ``IndexEmptyError`` (no index)."""
    from assistant.qa import Turn, answer

    turns = [t if isinstance(t, Turn) else Turn(**t) for t in history or []]
    return answer(question, settings, notify=notify, history=turns, model=model)


def search(query: str, settings: Settings, k: int = 5, notify: Notify | None = None) -> list[SearchResult]:
    """Hybrid (dense + BM25) search over the knowledge index."""
    from assistant.knowledge.search import search as hybrid_search

    return hybrid_search(query, settings, k=k, notify=notify)


def ingest(
    paths: Sequence[Path],
    settings: Settings,
    reset: bool = False,
    progress: Callable[[float, str], None] | None = None,
    metadata: dict[str, str | None] | None = None,
) -> IngestReport:
    """Add, update or remove documents in the knowledge index.

    A damaged PDF is reported once, as an error of the report; pypdf's own warnings about it
    ("EOF marker not found") would otherwise print bare on the terminal or the server log."""
    import logging

    from assistant.knowledge.index import ingest as ingest_paths

    logging.getLogger("pypdf").setLevel(logging.ERROR)

    return ingest_paths(paths, settings, reset=reset, progress=progress, metadata=metadata)
