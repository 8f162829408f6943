"""Bias report models and categories."""

from __future__ import annotations

from typing import Literal, get_args

from pydantic import BaseModel, Field

Category = Literal[
    "gendered_language",
    "gender_coded",
    "age",
    "race_ethnicity",
    "disability",
    "family_status",
    "appearance",
    "religion",
    "sexual_orientation",
    "affinity",
]
Severity = Literal["high", "medium", "low"]
CATEGORIES: tuple[str, ...] = get_args(Category)
SEVERITY_RANK = {"high": 0, "medium": 1, "low": 2}

BUILTIN_GLOB = "bias*.yaml"
# The categories whose words name a personal characteristic someone has (see _Checker._holder and
# BiasRule.kind); the other categories (gendered nouns, gender-coded traits, affinity) are about the words,
# whoever they describe.
_CHARACTERISTICS = frozenset(["age", "appearance", "disability", "family_status", "race_ethnicity", "religion",
                              "sexual_orientation"])


# ----------------------------------------------------------------------------- public models


class BiasFlag(BaseModel):
    """One flagged span. ``text[start:end] == flag.text``."""

    start: int
    end: int
    text: str
    category: Category
    severity: Severity
    rule: str
    explanation: str
    suggestion: str
    source: str | None = None
    replacements: list[str] = Field(default_factory=list)


class BiasReport(BaseModel):
    """All flags for one text, in order of position."""

    flags: list[BiasFlag] = Field(default_factory=list)
