"""Bias eval suite: span-level precision/recall of ``check_bias`` on labelled sentences.

Each line of the cases file is ``{"id", "text", "labels": [{"term", "category"}]}``; an empty
``labels`` list marks a negative (clean) sentence. Every occurrence of a labelled term in the
text counts as that label's span.

Metrics:
* ``flag_precision``: flags overlapping a labelled span / all flags;
* ``term_recall``: labels with at least one overlapping flag / all labels;
* ``category_accuracy``: of the flags that overlap a label, the share with that label's category;
* ``false_alarm_rate``: negative sentences with any flag / negative sentences.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.analyzers.bias import BiasFlag, RuleSet, check_bias, load_rules
from assistant.evaluation import SuiteResult
from assistant.settings import Settings


@dataclass(frozen=True)
class BiasCase:
    id: str
    text: str
    labels: list[tuple[str, str]]  # (term, category)


@dataclass
class CaseScore:
    flags: int = 0
    correct_flags: int = 0
    labels: int = 0
    found_labels: int = 0
    matched_flags: int = 0
    right_category: int = 0


def load_cases(cases_path: Path) -> list[BiasCase]:
    """Read and validate the labelled sentences (every term must occur in its text)."""
    cases: list[BiasCase] = []
    for lineno, line in enumerate(Path(cases_path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        record = json.loads(line)
        labels = [(label["term"], label["category"]) for label in record.get("labels", [])]
        for term, _ in labels:
            if term.lower() not in record["text"].lower():
                raise ValueError(f"{cases_path}:{lineno}: label {term!r} does not occur in the text")
        cases.append(BiasCase(str(record["id"]), record["text"], labels))
    return cases


def label_spans(text: str, term: str) -> list[tuple[int, int]]:
    """Every case-insensitive occurrence of ``term`` in ``text``."""
    return [(m.start(), m.end()) for m in re.finditer(re.escape(term), text, flags=re.IGNORECASE)]


def _overlaps(flag: BiasFlag, spans: list[tuple[int, int]]) -> bool:
    return any(flag.start < end and start < flag.end for start, end in spans)


def score_case(case: BiasCase, flags: list[BiasFlag]) -> tuple[CaseScore, dict[str, Any] | None]:
    """Score one sentence; returns the counts and a failure record (or None when perfect)."""
    score = CaseScore(flags=len(flags), labels=len(case.labels))
    spans = [(term, category, label_spans(case.text, term)) for term, category in case.labels]
    false_flags, wrong_category = [], []
    for flag in flags:
        hits = [(term, category) for term, category, s in spans if _overlaps(flag, s)]
        if not hits:
            false_flags.append({"text": flag.text, "rule": flag.rule, "category": flag.category})
            continue
        score.correct_flags += 1
        score.matched_flags += 1
        if any(category == flag.category for _, category in hits):
            score.right_category += 1
        else:
            wrong_category.append({"text": flag.text, "got": flag.category, "want": hits[0][1]})
    missed = []
    for term, category, s in spans:
        if any(_overlaps(flag, s) for flag in flags):
            score.found_labels += 1
        else:
            missed.append({"term": term, "category": category})
    if false_flags or wrong_category or missed:
        failure = {"id": case.id, "text": case.text, "missed": missed, "false_flags": false_flags}
        if wrong_category:
            failure["wrong_category"] = wrong_category
        return score, failure
    return score, None


def run_cases(cases: list[BiasCase], rules: RuleSet | None = None) -> SuiteResult:
    """Score ``check_bias`` on already-loaded cases."""
    total = CaseScore()
    negatives = false_alarms = 0
    failures: list[dict[str, Any]] = []
    for case in cases:
        flags = check_bias(case.text, rules=rules).flags
        score, failure = score_case(case, flags)
        for field in ("flags", "correct_flags", "labels", "found_labels", "matched_flags", "right_category"):
            setattr(total, field, getattr(total, field) + getattr(score, field))
        if not case.labels:
            negatives += 1
            false_alarms += bool(flags)
        if failure:
            failures.append(failure)
    metrics = {
        "flag_precision": total.correct_flags / total.flags if total.flags else 1.0,
        "term_recall": total.found_labels / total.labels if total.labels else 1.0,
        "category_accuracy": total.right_category / total.matched_flags if total.matched_flags else 1.0,
        "false_alarm_rate": false_alarms / negatives if negatives else 0.0,
    }
    return SuiteResult(
        suite="bias",
        cases=len(cases),
        metrics={name: round(value, 4) for name, value in metrics.items()},
        failures=failures,
    )


def evaluate(cases_path: Path, settings: Settings) -> SuiteResult:
    """Run the bias suite with the organisation's rules file applied (settings.rules_file)."""
    return run_cases(load_cases(cases_path), rules=load_rules(settings.rules_file))
