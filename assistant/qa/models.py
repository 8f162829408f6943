"""The shapes the Q&A passes between its stages and returns."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import BaseModel, Field

from assistant.schemas import Citation


class PolicyAnswer(BaseModel):
    """A grounded answer (or an abstention) with the passages it rests on."""

    answered: bool
    answer: str
    citations: list[Citation] = Field(default_factory=list)
    mode: Literal["offline", "llm"] = "offline"
    notices: list[str] = Field(default_factory=list)
    question: str | None = Field(default=None, description="the standalone question answered (after a follow-up)")
    conflict: bool = Field(default=False, description="two cited passages give different values")


class Turn(BaseModel):
    """One earlier turn of a conversation: what was asked and what was answered."""

    question: str
    answer: str = ""


@dataclass
class Passage:
    """A retrieved chunk with what the Q&A needs of its document."""

    id: str
    source: str
    path: str
    title: str
    section: str | None
    text: str
    units: list[str]
    rank: int  # 0 = best fused rank
    similarity: float  # dense cosine similarity of the whole chunk
    lexical: float | None = None  # BM25 score of the chunk (None: not found by the lexical leg)
    organisation: str | None = None
    audience: str | None = None
    effective_date: str | None = None
    scope_names: list[str] = field(default_factory=list)
    headings: tuple[str, ...] = ()
    stored_vectors: list[Any] | None = field(default=None, repr=False, compare=False)  # the index's unit vectors

    @property
    def context(self) -> str:
        """The heading a unit is read under: document title and section."""
        return f"{self.title} — {self.section}" if self.section else self.title

    @property
    def scope_text(self) -> str:
        """Everything a name may appear in at the document level."""
        parts = [self.title, self.source, self.organisation or "", self.audience or "", *self.scope_names]
        return " ; ".join(p for p in parts if p)


@dataclass
class Unit:
    """A quotable unit (sentence, list item with its lead-in, FAQ pair, table row) of a passage."""

    passage: Passage
    position: int
    text: str
    similarity: float = 0.0  # question vs unit read under its heading
    coverage: float = 0.0  # share of the question's content (IDF-weighted) in the unit and heading
    typed: bool = False  # holds the kind of fact the question asks for
    score: float = 0.0
    attach: list[float] = field(default_factory=list)  # per asking clause: focus standing with the asked fact
    scores: list[float] = field(default_factory=list)  # per asking clause: the score as an answer to it
    held: list[bool] = field(default_factory=list)  # per asking clause: holds the kind of fact it asks for
    probs: list[float] = field(default_factory=list)  # per asking clause: probability that it answers it
    prob: float = 0.0  # the best of ``probs``
    clause: int = 0  # the clause it answers best
    table_answer: list[bool] = field(default_factory=list)  # per clause: an ordinary-case table row answering it
    focus_cover: list[float] = field(default_factory=list)  # per clause: share of its focus in the unit + heading
    asked_condition: bool = False  # its condition (a row's first cell, a leading "For X,") is one the question names


@dataclass
class Verdict:
    """The sufficiency check's finding for a question and its candidate quotes."""

    ok: bool
    reason: Literal["ok", "names", "answer_type", "relevance", "empty", "focus", "sibling",
                    "deferred"] = "ok"
    missing_names: list[str] = field(default_factory=list)
    asked: str | None = None  # the kind of fact asked for ("a number", "a date or time" ...)
    missing_terms: list[str] = field(default_factory=list)  # asked-about words the documents lack
    covered: list[str] = field(default_factory=list)  # the sibling kinds the quote names ("medical insurance")
    nearest: list[Unit] = field(default_factory=list)


__all__ = ["Citation", "Passage", "PolicyAnswer", "Turn", "Unit", "Verdict"]
