"""Feedback report models and the constants the feedback coach shares."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from assistant.analyzers.bias import BiasFlag
from assistant.schemas import Citation

FindingKind = Literal["vague", "trait", "absolute", "missing_impact", "missing_action", "harsh"]
Polarity = Literal["positive", "constructive", "mixed"]
Part = Literal["situation", "behavior", "impact", "next_step"]
PARTS: tuple[str, ...] = ("situation", "behavior", "impact", "next_step")
KINDS: tuple[str, ...] = ("vague", "trait", "absolute", "missing_impact", "missing_action", "harsh")
SPAN_KINDS = ("trait", "absolute", "harsh")
Function = Literal["situation", "behavior", "impact", "next_step", "praise", "criticism"]


# The learned layer (``assistant/rules/feedback_learned.json``) gives its second opinion on tone and on
# vague unless the organisation's rules file sets ``feedback: {learned: false}`` (then every report is
# exactly the rules' own). Validated leave-one-round-out and on the held-out halves (README, "Ninth round").
LEARNED_BY_DEFAULT = True


# --- report models ----------------------------------------------------------------------------


class StructurePart(BaseModel):
    """Whether one part of the structure is present, with the whole clause that shows it."""

    present: bool
    evidence: str | None = None


class FeedbackStructure(BaseModel):
    situation: StructurePart
    behavior: StructurePart
    impact: StructurePart
    next_step: StructurePart

    def items(self) -> list[tuple[str, StructurePart]]:
        """(part name, part) pairs in situation-behaviour-impact-next step order."""
        return [(part, getattr(self, part)) for part in PARTS]


class FeedbackFinding(BaseModel):
    """A framing problem. Span kinds (trait, absolute, harsh) have ``text[start:end] == text``;
    document kinds (vague, missing_impact, missing_action) have null spans."""

    kind: FindingKind
    start: int | None = None
    end: int | None = None
    text: str | None = None
    message: str
    suggestion: str
    replacements: list[str] = Field(default_factory=list)


class SentenceRole(BaseModel):
    """One sentence of the draft, what it does, and the slot of the better draft it went to."""

    start: int
    end: int
    functions: list[Function]
    slot: Part


class FeedbackReport(BaseModel):
    polarity: Polarity
    structure: FeedbackStructure
    findings: list[FeedbackFinding]
    bias: list[BiasFlag]
    rewrite: str
    placeholders: list[str]
    sources: list[Citation]
    sentences: list[SentenceRole] = Field(default_factory=list)
    mode: Literal["offline", "llm"] = "offline"
    notices: list[str] = Field(default_factory=list)
