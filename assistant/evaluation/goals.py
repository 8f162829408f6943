"""Goals eval suite: per-criterion accuracy of ``check_goal`` against hand labels, and the share
of rewrites that pass the fidelity guard (``evals/goals.jsonl``)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from assistant.analyzers.fidelity import check_fidelity
from assistant.analyzers.goal import CRITERIA, check_goal, load_rules
from assistant.evaluation import SuiteResult
from assistant.settings import Settings


def load_cases(cases_path: Path) -> list[dict]:
    """Read the labelled goals: one ``{"id", "role", "text", "labels": {criterion: bool}}`` per line."""
    cases = []
    for lineno, line in enumerate(Path(cases_path).read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            case = json.loads(line)
            missing = [c for c in CRITERIA if c not in case.get("labels", {})]
            if missing:
                raise ValueError(f"{cases_path}:{lineno}: labels lack {', '.join(missing)}")
            cases.append(case)
    return cases


# The short-sentence sets were labelled without regard to the date (their 2026 deadlines count as
# ahead), so they are scored as of the start of 2026; the dev sets carry their own reference date.
SHORT_SET_REFERENCE_DATE = dt.date(2026, 1, 1)


def evaluate(cases_path: Path, settings: Settings) -> SuiteResult:
    """Run ``check_goal`` (offline, built-in questions) on every labelled goal."""
    return score_cases(load_cases(cases_path), today=SHORT_SET_REFERENCE_DATE, rules_file=settings.rules_file)


def score_cases(cases: list[dict], today: dt.date | None = None, rules_file: Path | None = None) -> SuiteResult:
    """Score ``check_goal`` on already-loaded goals (``today``: the labels' reference date; ``rules_file``:
    the organisation's rules file, whose goal section applies)."""
    rules = load_rules(rules_file=rules_file)
    correct = dict.fromkeys(CRITERIA, 0)
    faithful = 0
    failures = []
    for case in cases:
        report = check_goal(case["text"], today=today, rules=rules)
        for name in CRITERIA:
            got = getattr(report.criteria, name).met
            if got == case["labels"][name]:
                correct[name] += 1
            else:
                failures.append({"id": case["id"], "criterion": name, "expected": case["labels"][name],
                                 "got": got, "text": case["text"]})
        fidelity = check_fidelity(report.rewrite, [case["text"]])
        if fidelity.ok:
            faithful += 1
        else:
            failures.append({"id": case["id"], "criterion": "fidelity", "expected": True, "got": False,
                             "text": case["text"], "rewrite": report.rewrite, "reason": fidelity.describe()})
    total = max(len(cases), 1)
    metrics = {f"accuracy_{name}": round(correct[name] / total, 4) for name in CRITERIA}
    metrics["min_accuracy"] = min(metrics.values())
    metrics["fidelity_pass_rate"] = round(faithful / total, 4)
    return SuiteResult(suite="goals", cases=len(cases), metrics=metrics, failures=failures)
