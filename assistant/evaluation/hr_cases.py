"""HR case-file eval (``evals/hr_cases.yaml``): the example HR test set must pass in full.

Metric: ``pass_rate`` (cases passing every check of :func:`assistant.hrtests.judge`).
"""

from __future__ import annotations

from pathlib import Path

from assistant.evaluation import SuiteResult
from assistant.settings import Settings


def evaluate(cases_path: Path, settings: Settings) -> SuiteResult:
    """Run every HR case and report the pass rate, with the failing cases' reasons."""
    from assistant.hrtests import load_cases, run_cases

    results = run_cases(load_cases(cases_path), settings)
    failures = [{"id": r.id, "question": r.question, "reason": "; ".join(r.reasons)} for r in results if not r.passed]
    passed = sum(r.passed for r in results)
    return SuiteResult(suite="hr_cases", cases=len(results),
                       metrics={"pass_rate": round(passed / len(results), 4) if results else 0.0}, failures=failures)
