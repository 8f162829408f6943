"""Feedback eval: per-kind F1 over labelled drafts, clean well-formed drafts, rewrite fidelity.

Cases (``evals/feedback.jsonl``): ``{"id", "text", "polarity", "kinds": [...], "well_formed": bool}``.
A kind counts as found for a draft when the report has at least one finding of that kind.
Metrics: ``macro_f1`` (mean F1 over the six kinds), ``f1_<kind>``, ``well_formed_clean_rate``
(well-formed drafts with no findings at all), ``fidelity_pass_rate`` (rewrites that pass
``check_fidelity`` against the draft) and ``polarity_accuracy``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from assistant.evaluation import SuiteResult
from assistant.settings import Settings

KINDS = ("vague", "trait", "absolute", "missing_impact", "missing_action", "harsh")


def load_cases(cases_path: Path) -> list[dict[str, Any]]:
    """The labelled drafts, one JSON object per non-empty line."""
    lines = Path(cases_path).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def f1(tp: int, fp: int, fn: int) -> float:
    """F1 score; 1.0 when the kind is neither labelled nor predicted."""
    if tp + fp + fn == 0:
        return 1.0
    return 2 * tp / (2 * tp + fp + fn)


def tally(counts: dict[str, list[int]], got: set[str], expected: set[str]) -> None:
    """Add one draft's findings to per-kind [true positive, false positive, false negative] counts."""
    for kind in KINDS:
        if kind in got and kind in expected:
            counts[kind][0] += 1
        elif kind in got:
            counts[kind][1] += 1
        elif kind in expected:
            counts[kind][2] += 1


def evaluate(cases_path: Path, settings: Settings) -> SuiteResult:
    """Run ``review_feedback`` on every labelled draft and score it (offline, no guidance)."""
    return score_cases(load_cases(cases_path), settings)


def score_cases(cases: list[dict[str, Any]], settings: Settings) -> SuiteResult:
    """Score ``review_feedback`` on already-loaded drafts."""
    from assistant.analyzers.bias import load_rules
    from assistant.analyzers.feedback import load_feedback_rules, review_feedback
    from assistant.analyzers.fidelity import check_fidelity

    bias_rules = load_rules(settings.rules_file)
    rules = load_feedback_rules(settings.rules_file)
    counts = {k: [0, 0, 0] for k in KINDS}  # tp, fp, fn
    well_formed = clean = fidelity_ok = polarity_ok = 0
    failures: list[dict[str, Any]] = []
    for case in cases:
        report = review_feedback(case["text"], bias_rules=bias_rules, rules=rules)
        got, expected = {f.kind for f in report.findings}, set(case["kinds"])
        tally(counts, got, expected)
        if case.get("well_formed"):
            well_formed += 1
            clean += not report.findings
        fidelity = check_fidelity(report.rewrite, [case["text"]])
        fidelity_ok += fidelity.ok
        polarity_ok += report.polarity == case["polarity"]
        if got & set(KINDS) != expected or not fidelity.ok or report.polarity != case["polarity"]:
            failures.append({
                "id": case["id"], "text": case["text"],
                "missed": sorted(expected - got), "extra": sorted((got & set(KINDS)) - expected),
                "polarity": report.polarity, "expected_polarity": case["polarity"],
                "fidelity": fidelity.describe(),
            })
    per_kind = {f"f1_{k}": f1(*counts[k]) for k in KINDS}
    n = len(cases) or 1
    metrics = {
        "macro_f1": sum(per_kind.values()) / len(KINDS),
        **per_kind,
        "well_formed_clean_rate": clean / well_formed if well_formed else 1.0,
        "fidelity_pass_rate": fidelity_ok / n,
        "polarity_accuracy": polarity_ok / n,
    }
    metrics["well_formed_clean"] = float(clean)
    metrics["well_formed_drafts"] = float(well_formed)
    return SuiteResult(suite="feedback", cases=len(cases), metrics=metrics, failures=failures)
