"""The coaches, each declared once.

A coach is one job the assistant does on one text: check a goal, review feedback, flag biased
language, answer a policy question. Its declaration names the service function that runs it, the
typed report it returns, the examples a new user can click, and its eval suites. Everything else
is built from this list: the ``coach <name>`` CLI commands, the app's tabs, the ``/<name>`` API
endpoints (and MCP tools), the eval runner's suites and the parity checks.

Adding a coach: write the analyzer (text -> pydantic report), a service function, a terminal
renderer and a web view, then add one :class:`Coach` here.

This module is imported by the CLI, so it stays light: references are ``"module:attribute"``
strings resolved on first use, never imports of Gradio, torch or Chroma.
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Literal

from pydantic import BaseModel


@cache
def resolve(reference: str) -> Any:
    """``"package.module:attribute"`` -> the attribute (imported on first use)."""
    module_name, _, attribute = reference.partition(":")
    return getattr(importlib.import_module(module_name), attribute)


@cache
def _parameters(function: Callable[..., Any]) -> frozenset[str]:
    return frozenset(inspect.signature(function).parameters)


@dataclass(frozen=True)
class EvalSuite:
    """An eval suite of a coach: ``assistant.evaluation.<module>.evaluate`` over ``evals/<cases>``."""

    name: str
    module: str
    cases: str
    gated: bool = True  # False for held-out sets: reported for information, never a bar


@dataclass(frozen=True)
class Coach:
    """One coach. ``name`` is the CLI command, the API endpoint (``/name``) and the tab id."""

    name: str
    title: str  # tab label
    summary: str  # one sentence: API, MCP tool and CLI descriptions
    intro: str  # the line under the tab title
    service: str  # "module:function" (text, settings, notify=None, **context) -> report
    report: str  # "module:Model": the pydantic report the service returns
    command: str  # "module:click_command"
    view: str  # "module:function" (report, text) -> HTML for the web app
    examples: tuple[str, ...]
    input_label: str
    placeholder: str
    subject: str  # what the input is, in messages: "The goal is empty."
    action: str  # the run button
    eval_suites: tuple[EvalSuite, ...] = ()
    parity: str | None = None  # "module:function" text -> comparable signature, for the parity suite
    # analyzer: CPU-light and pure, runs in its own worker pool with a time limit;
    # retrieval: needs the embedding model and the index, runs in the app's shared queue.
    workload: Literal["analyzer", "retrieval"] = "analyzer"
    multiline: bool = True
    context: tuple[str, ...] = field(default=())  # extra keyword arguments the service accepts

    @property
    def endpoint(self) -> str:
        return f"/{self.name}"

    def run(self, text: str, settings: Any, notify: Callable[[str], None] | None = None, **context: Any) -> Any:
        """Run the coach's service function on one text.

        ``context`` (e.g. the conversation ``history`` for a follow-up question) is passed on only
        where the service function takes it.
        """
        function = resolve(self.service)
        accepted = _parameters(function)
        extra = {key: value for key, value in context.items() if key in accepted and value is not None}
        if "notify" in accepted:
            extra["notify"] = notify
        return function(text, settings, **extra)

    def report_model(self) -> type[BaseModel]:
        return resolve(self.report)


OUTSIDE_ROUNDS: dict[str, tuple[str, ...]] = {
    "goals": ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12", "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21", "dev22", "dev23", "dev24", "dev25", "dev26", "dev27", "dev28", "dev29", "dev30"),
    "feedback": ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12", "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21", "dev22", "dev23", "dev24", "dev25", "dev26", "dev27", "dev28", "dev29", "dev30"),
    "bias": ("dev", "dev2", "dev3", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12", "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21", "dev22", "dev23", "dev24", "dev25", "dev26", "dev27", "dev28", "dev29", "dev30"),  # dev4 and dev5 have no bias set
}
"""The outside development rounds (``evals/<round>/``) that hold a set of each kind."""


def _outside_rounds(prefix: str, file: str, rounds: tuple[str, ...]) -> tuple[EvalSuite, ...]:
    """One suite per outside development round, ``<prefix>_<round>`` over ``evals/<round>/<file>``, and
    ``<prefix>_outside``: every round's halves pooled."""
    return (
        *(EvalSuite(f"{prefix}_{round_}", "dev", f"{round_}/{file}") for round_ in rounds),
        EvalSuite(f"{prefix}_outside", "dev:evaluate_pooled", file, gated=False),
    )


def _qa_set_suites() -> tuple[EvalSuite, ...]:
    """The suites of every policy Q&A question set (:data:`assistant.evaluation.corpora.QA_SETS`), in table order,
    then every handbook corpus's halves pooled (``handbooks_all_tuning``, ``handbooks_all_heldout``)."""
    from assistant.evaluation.corpora import QA_SETS

    per_set = tuple(EvalSuite(suite, f"policy:{function}", qa_set.cases, gated=qa_set.gated)
                    for qa_set in QA_SETS for suite, (function, _) in qa_set.suites().items())
    pooled = tuple(EvalSuite(f"handbooks_all_{half}", f"policy:evaluate_handbooks_all_{half}", ".", gated=False)
                   for half in ("tuning", "heldout"))
    return (*per_set, *pooled)


GOAL = Coach(
    name="goal",
    title="Goal coach",
    summary="Check a goal (IPM) against the SMART criteria: evidence or a coaching question per letter, "
    "and a rewrite that marks the gaps to fill.",
    intro="Paste a goal. See which SMART criteria it meets, the question that fills each gap, and a "
    "rewrite in your own words with the gaps marked.",
    service="assistant.service:goal",
    report="assistant.analyzers.goal:GoalReport",
    command="assistant.commands.goal:goal",
    view="assistant.ui.views:goal_view",
    examples=(
        "Improve customer service.",
        "Reduce average ticket resolution time from 36 to 24 hours by the end of Q3 to support the "
        "support team's satisfaction objective.",
        "Digitize 2,000 archived student records by June 30, 2027.",
        "Hold weekly one-on-ones with each of my six reports this year so I can grow the team's leads.",
        "Be a better team player.",
    ),
    input_label="Your goal",
    placeholder="e.g. Improve customer service.",
    subject="goal",
    action="Check my goal",
    eval_suites=(
        EvalSuite("goals", "goals", "goals.jsonl"),
        EvalSuite("goals_heldout", "goals", "heldout/goals.jsonl", gated=False),
        *_outside_rounds("goals", "goals.jsonl", OUTSIDE_ROUNDS["goals"]),
    ),
    parity="assistant.evaluation.parity:goal_signature",
)

FEEDBACK = Coach(
    name="feedback",
    title="Feedback coach",
    summary="Review a feedback draft: situation, behaviour, impact and next step; labels, absolutes, "
    "harsh or biased wording at their exact words; and a better draft to paste.",
    intro="Paste a feedback draft. Words that judge character, exaggerate or may read as biased are "
    "highlighted; the checklist shows what is missing; the better draft keeps what you observed.",
    service="assistant.service:feedback",
    report="assistant.analyzers.feedback:FeedbackReport",
    command="assistant.commands.feedback:feedback",
    view="assistant.ui.views:feedback_view",
    examples=(
        "You're lazy and you never take initiative.",
        "Great job this year!",
        "In Tuesday's client call you walked the customer through the outage timeline step by step. "
        "They told us afterwards they felt informed, and they renewed. Keep doing that in the next review.",
        "She is too emotional in meetings and her presentations are a disaster.",
    ),
    input_label="Your feedback draft",
    placeholder="e.g. You're lazy and you never take initiative.",
    subject="feedback draft",
    action="Review my feedback",
    eval_suites=(
        EvalSuite("feedback", "feedback", "feedback.jsonl"),
        EvalSuite("feedback_heldout", "feedback", "heldout/feedback.jsonl", gated=False),
        *_outside_rounds("feedback", "feedback.jsonl", OUTSIDE_ROUNDS["feedback"]),
    ),
    parity="assistant.evaluation.parity:feedback_signature",
)

BIAS = Coach(
    name="bias",
    title="Bias check",
    summary="Flag language that research links to unequal outcomes (gender-coded, age, disability, "
    "family status and more), each flag with its exact words, why it matters and what to write instead.",
    intro="Check a review or job text for language that research links to unequal outcomes. "
    "Each flag says why it matters and what to write instead.",
    service="assistant.service:bias",
    report="assistant.analyzers.bias:BiasReport",
    command="assistant.commands.bias:bias",
    view="assistant.ui.views:bias_view",
    examples=(
        "She can be abrasive with colleagues and a bit too emotional during planning.",
        "We need a rockstar salesman who is a good culture fit.",
        "He is very articulate for someone with his accent.",
        "The project has an aggressive timeline and the emotional intelligence workshop is on Friday.",
    ),
    input_label="Text to check",
    placeholder="Paste a review, feedback or job description.",
    subject="text",
    action="Check language",
    eval_suites=(
        EvalSuite("bias", "bias", "bias.jsonl"),
        EvalSuite("bias_heldout", "bias", "heldout/bias.jsonl", gated=False),
        *_outside_rounds("bias", "bias.jsonl", OUTSIDE_ROUNDS["bias"]),
    ),
    parity="assistant.evaluation.parity:bias_signature",
)

ASK = Coach(
    name="ask",
    title="Policy Q&A",
    summary="Answer a question about the organisation's performance policies from the indexed documents, "
    "citing them, or say honestly that the documents do not cover it.",
    intro="Ask about your organisation's performance policies. Answers quote the indexed documents and "
    "cite them; when the documents don't cover a question, the coach says so instead of guessing.",
    service="assistant.service:ask",
    report="assistant.qa:PolicyAnswer",
    command="assistant.commands.ask:ask",
    view="assistant.ui.views:answer_view",
    examples=(
        "How often should managers hold check-ins?",
        "What happens during calibration?",
        "How long does a performance improvement plan last?",
        "Can an employee appeal their rating?",
    ),
    input_label="Your question",
    placeholder="e.g. How often should managers hold check-ins?",
    subject="question",
    action="Ask",
    eval_suites=(
        EvalSuite("policy", "policy", "policy.jsonl"),
        EvalSuite("policy_heldout", "policy", "heldout/policy.jsonl", gated=False),
        # The question sets split into tuning and held-out halves, and the seed job aids: one row each in
        # assistant/evaluation/corpora.py (QA_SETS), reported for information, never a bar.
        *_qa_set_suites(),
    ),
    workload="retrieval",
    multiline=False,
    context=("history",),
)

COACHES: tuple[Coach, ...] = (GOAL, FEEDBACK, BIAS, ASK)
BY_NAME: dict[str, Coach] = {coach.name: coach for coach in COACHES}


def get(name: str) -> Coach:
    """The coach called ``name`` (KeyError names the choices)."""
    try:
        return BY_NAME[name]
    except KeyError:
        raise KeyError(f"no coach {name!r}; choose from {', '.join(BY_NAME)}") from None


def eval_suites() -> dict[str, EvalSuite]:
    """Every coach's eval suites by name."""
    return {suite.name: suite for coach in COACHES for suite in coach.eval_suites}
