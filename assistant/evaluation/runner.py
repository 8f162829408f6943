"""Run eval suites, compare them with ``evals/thresholds.yaml``, and write a report."""

from __future__ import annotations

import importlib
import json
import time
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel

from assistant.coaches import eval_suites as coach_suites
from assistant.evaluation import SuiteResult
from assistant.settings import PROJECT_ROOT, Settings

EVALS_DIR = PROJECT_ROOT / "evals"

# suite name -> (module under assistant.evaluation, default cases file in evals/).
# Each coach declares its own suites (assistant/coaches.py): its eval set, the held-out set written
# blind after the rules were tuned (no bars), and the development set from outside text (evals/dev/,
# tune and held-out halves reported separately).
SUITES: dict[str, tuple[str, str]] = {
    **{name: (suite.module, suite.cases) for name, suite in coach_suites().items()},
    "parity": ("parity", "."),
    "hr_cases": ("hr_cases", "hr_cases.yaml"),
    "judge": ("judge", "judge_calibration.jsonl"),
}


def _shared_present(name: str) -> bool:
    """False for a question set's suite when what it needs beside the project (shared/) is absent."""
    from assistant.evaluation.corpora import SUITES as QA_SUITES

    return name not in QA_SUITES or QA_SUITES[name][0].present()


# The LLM judge needs a configured model and never runs unless asked for by name.
DEFAULT_SUITES: list[str] = [name for name in SUITES if name != "judge" and _shared_present(name)]


class MetricCheck(BaseModel):
    metric: str
    value: float | None
    bound: str
    target: float
    passed: bool


class SuiteOutcome(BaseModel):
    """A suite's result with each metric judged against its threshold."""

    suite: str
    cases: int
    seconds: float
    metrics: dict[str, float]
    checks: list[MetricCheck]
    passed: bool
    error: str | None = None
    failures: list[dict[str, Any]] = []
    failures_total: int = 0  # every failure the suite found; ``failures`` keeps the first MAX_FAILURES


MAX_FAILURES = 50


def load_thresholds(path: Path) -> dict[str, dict[str, dict[str, float]]]:
    """The bars: ``{suite: {metric: {"min"|"max": value}}}``."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping of suites to metric bounds")
    return data


def judge(result: SuiteResult, bounds: dict[str, dict[str, float]], seconds: float) -> SuiteOutcome:
    """Compare a suite's metrics with its bounds; a bound on a metric not reported fails."""
    checks: list[MetricCheck] = []
    for metric, bound in bounds.items():
        value = result.metrics.get(metric)
        for kind, target in bound.items():
            ok = value is not None and (value >= target if kind == "min" else value <= target)
            checks.append(MetricCheck(metric=metric, value=value, bound=kind, target=target, passed=ok))
    return SuiteOutcome(
        suite=result.suite,
        cases=result.cases,
        seconds=round(seconds, 3),
        metrics=result.metrics,
        checks=checks,
        passed=all(c.passed for c in checks),
        failures=result.failures[:MAX_FAILURES],
        failures_total=len(result.failures),
    )


def run_suite(name: str, settings: Settings, evals_dir: Path = EVALS_DIR, cases: Path | None = None) -> SuiteResult:
    """Run one suite on its default cases file (or ``cases``)."""
    target, default = SUITES[name]
    module_name, _, function = target.partition(":")
    module = importlib.import_module(f"assistant.evaluation.{module_name}")
    result = getattr(module, function or "evaluate")(cases or evals_dir / default, settings)
    return result.model_copy(update={"suite": name})


def run_suites(
    names: list[str], settings: Settings, evals_dir: Path = EVALS_DIR, thresholds: Path | None = None
) -> list[SuiteOutcome]:
    """Run the named suites (all when empty) and judge each against the thresholds."""
    bars = load_thresholds(thresholds or evals_dir / "thresholds.yaml")
    outcomes: list[SuiteOutcome] = []
    for name in names or DEFAULT_SUITES:
        started = time.perf_counter()
        try:
            result = run_suite(name, settings, evals_dir)
        except Exception as exc:  # a broken suite is reported, the others still run
            outcomes.append(
                SuiteOutcome(
                    suite=name, cases=0, seconds=round(time.perf_counter() - started, 3), metrics={},
                    checks=[], passed=False, error=f"{type(exc).__name__}: {exc}",
                )
            )
            continue
        outcomes.append(judge(result, bars.get(name, {}), time.perf_counter() - started))
    return outcomes


def render_markdown(outcomes: list[SuiteOutcome]) -> str:
    """A Markdown report: one table per suite, metrics against their bars."""
    lines = ["# Eval report", ""]
    overall = "PASS" if all(o.passed for o in outcomes) else "FAIL"
    lines += [f"Overall: **{overall}**", "", "| suite | cases | result | seconds |", "|---|---:|---|---:|"]
    for o in outcomes:
        lines.append(f"| {o.suite} | {o.cases} | {'pass' if o.passed else 'FAIL'} | {o.seconds:.2f} |")
    for o in outcomes:
        lines += ["", f"## {o.suite}", ""]
        if o.error:
            lines += [f"Error: `{o.error}`"]
            continue
        lines += ["| metric | value | bar | result |", "|---|---:|---|---|"]
        judged = {c.metric for c in o.checks}
        for c in o.checks:
            value = "missing" if c.value is None else f"{c.value:.3f}"
            sign = "≥" if c.bound == "min" else "≤"
            lines.append(f"| {c.metric} | {value} | {sign} {c.target} | {'pass' if c.passed else 'FAIL'} |")
        for metric, value in sorted(o.metrics.items()):
            if metric not in judged:
                lines.append(f"| {metric} | {value:.3f} | (info) | |")
        if o.failures:
            lines += ["", f"First misses ({min(len(o.failures), 10)} shown of {o.failures_total}):", ""]
            lines += [f"- `{json.dumps(f, ensure_ascii=False)[:300]}`" for f in o.failures[:10]]
    return "\n".join(lines) + "\n"


def render_chart(outcomes: list[SuiteOutcome], path: Path) -> None:
    """A PNG bar chart of every judged metric, with its bar marked."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    checks = [(f"{o.suite}.{c.metric}", c) for o in outcomes for c in o.checks]
    fig, ax = plt.subplots(figsize=(9, max(2.5, 0.34 * len(checks) + 1)))
    if checks:
        labels = [label for label, _ in checks]
        values = [c.value or 0.0 for _, c in checks]
        colours = ["#2e7d32" if c.passed else "#c62828" for _, c in checks]
        rows = range(len(checks))
        ax.barh(rows, values, color=colours)
        for row, (_, c) in zip(rows, checks, strict=True):
            ax.plot([c.target, c.target], [row - 0.4, row + 0.4], color="black", linewidth=2)
        ax.set_yticks(list(rows), labels, fontsize=8)
        ax.invert_yaxis()
        ax.set_xlim(0, max(1.05, *values))
    ax.set_title("Eval metrics (green: meets bar, red: misses; black tick: bar)")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def write_report(outcomes: list[SuiteOutcome], report_dir: Path) -> dict[str, Path]:
    """Write results.json, report.md and chart.png into ``report_dir``."""
    report_dir.mkdir(parents=True, exist_ok=True)
    paths = {
        "json": report_dir / "results.json",
        "markdown": report_dir / "report.md",
        "chart": report_dir / "chart.png",
    }
    payload = {"passed": all(o.passed for o in outcomes), "suites": [o.model_dump() for o in outcomes]}
    paths["json"].write_text(json.dumps(payload, indent=2), encoding="utf-8")
    paths["markdown"].write_text(render_markdown(outcomes), encoding="utf-8")
    render_chart(outcomes, paths["chart"])
    return paths
