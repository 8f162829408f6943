"""Eval suites: each module ``assistant/evaluation/<suite>.py`` exposes
``evaluate(cases_path: Path, settings: Settings) -> SuiteResult``; thresholds live in
``evals/thresholds.yaml`` and the ``coach eval`` runner compares them."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field


class SuiteResult(BaseModel):
    """What one eval suite measured."""

    suite: str
    cases: int
    metrics: dict[str, float]
    failures: list[dict[str, Any]] = Field(default_factory=list, description="Per-case misses, for the report.")
