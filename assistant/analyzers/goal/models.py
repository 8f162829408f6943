"""Goal report models and the constants every part of the goal check shares."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field

from assistant.analyzers.rulecache import precompiled
from assistant.schemas import Citation

RULES_PATH = Path(__file__).resolve().parents[2] / "rules" / "goal.yaml"
CRITERIA: tuple[str, ...] = ("specific", "measurable", "attainable", "relevant", "time_bound")
QUESTIONS_PER_CRITERION = 2

_FLAGS = re.IGNORECASE
_TOKEN = precompiled(r"[$€£]?\d+(?:,\d{3})*(?:\.\d+)+%?(?![\w.])|[^\W_]+(?:[-'’][^\W_]+)*|[$€£]?\d+(?:,\d{3})*(?:\.\d+)?%?")
_SHORT_WINDOW_DAYS = 31
MAX_ACTIONS = 64
_QUARTER_DAYS = 92


# --------------------------------------------------------------------------- report models


class Criterion(BaseModel):
    """One SMART letter: met or not, the span of the goal that shows it, advice and a question."""

    met: bool
    evidence: str | None = None
    start: int | None = None
    end: int | None = None
    advice: str
    question: str


class GoalCriteria(BaseModel):
    specific: Criterion
    measurable: Criterion
    attainable: Criterion
    relevant: Criterion
    time_bound: Criterion


class GoalWarning(BaseModel):
    """Something to fix that is not a SMART letter (hedging, two outcomes, unrealistic target)."""

    kind: Literal["weak_commitment", "two_outcomes", "unrealistic", "vague_time", "past_deadline", "empty"]
    message: str
    text: str | None = None
    start: int | None = None
    end: int | None = None


class GoalReport(BaseModel):
    """The SMART check of one goal. ``sources[i]`` is the citation of ``questions[i]`` when the
    questions come from indexed guidance; built-in questions have no source."""

    score: int = Field(ge=0, le=5)
    summary: str | None = Field(default=None, description="Set when the goal meets every criterion: it says so.")
    criteria: GoalCriteria
    rewrite: str
    placeholders: list[str]
    questions: list[str]
    warnings: list[GoalWarning]
    sources: list[Citation]
    mode: Literal["offline", "llm"] = "offline"
    notices: list[str] = Field(default_factory=list)
