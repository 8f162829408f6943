"""Optional LLM-judge eval: a model grades rewrites against the rubric in ``prompts/judge_rubric.md``.

It needs a configured model and never runs offline, so it is not one of the default suites and
CI (offline) never runs it. Before its grades count, the judge must agree with a small labelled
calibration set (``evals/judge_calibration.jsonl``: pairs labelled good/bad by hand) on at least
:data:`MIN_AGREEMENT` of the cases; otherwise the suite stops and grades nothing.

It then grades a deterministic sample of the offline rewrites of ``evals/goals.jsonl`` (by
``check_goal``) and ``evals/feedback.jsonl`` (by ``review_feedback``): ``settings.judge_sample``
of each kind (``COACH_JUDGE_SAMPLE``), drawn from the cases whose rewrite differs from the input.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, Field, ValidationError

from assistant.evaluation import SuiteResult
from assistant.settings import Settings

if TYPE_CHECKING:
    from assistant.llm.provider import LLM

SUITE = "judge"
PROMPT_NAME = "judge_rubric"
PROMPT_VARIABLES = {"kind", "original", "rewrite"}
MIN_AGREEMENT = 0.8
SAMPLE_SEED = 20240611  # fixed, so the same rewrites are graded on every run

Kind = Literal["goal", "feedback"]


class JudgeError(RuntimeError):
    """The judge could not give trustworthy grades; the message is one user-facing line."""


class JudgeUnavailable(JudgeError):
    """No model is configured (offline mode)."""


class JudgeNotCalibrated(JudgeError):
    """The judge disagreed with the labelled calibration set too often."""


class JudgeVerdict(BaseModel):
    """The judge's grade of one rewrite."""

    score: int = Field(ge=1, le=5, description="1 (invents facts or changes meaning) to 5 (meets every criterion)")
    passed: bool = Field(description="true only when the score is 4 or 5")
    reasons: list[str] = Field(description="one short reason per weak or broken criterion, or why it passes")


class CalibrationCase(BaseModel):
    """A hand-labelled (original, rewrite) pair."""

    id: str
    kind: Kind
    original: str
    rewrite: str
    label: Literal["good", "bad"]
    why: str = ""


class Disagreement(BaseModel):
    """A calibration case the judge graded against its label."""

    id: str
    kind: Kind
    label: Literal["good", "bad"]
    verdict: JudgeVerdict


class CalibrationResult(BaseModel):
    """How often the judge's pass/fail matched the labels."""

    agreement: float
    cases: int
    disagreements: list[Disagreement]


def require_model(settings: Settings) -> None:
    """Raise :class:`JudgeUnavailable` when no model is configured (the judge never runs offline)."""
    if settings.llm_mode == "offline":
        raise JudgeUnavailable(
            "the judge suite needs a model: set OPENAI_API_KEY (or COACH_LLM=openai with OPENAI_BASE_URL); "
            "it never runs offline or in CI"
        )


def load_calibration(path: Path) -> list[CalibrationCase]:
    """Read the labelled calibration pairs, one JSON object per line."""
    path = Path(path)
    if not path.is_file():
        raise JudgeError(f"judge calibration file not found: {path}")
    cases: list[CalibrationCase] = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            cases.append(CalibrationCase.model_validate_json(line))
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"]) or "line"
            raise JudgeError(f"{path}:{lineno}: {where}: {first['msg']}") from None
    if not cases:
        raise JudgeError(f"{path}: no calibration cases")
    return cases


def grade(model: LLM, kind: Kind, original: str, rewrite: str, case_id: str) -> JudgeVerdict:
    """The judge's verdict on one rewrite; :class:`JudgeError` naming ``case_id`` on any failure."""
    from assistant.llm.prompts import PromptError
    from assistant.llm.provider import LLMError

    try:
        prompt = model.prompt(PROMPT_NAME, PROMPT_VARIABLES)
    except PromptError as exc:
        raise JudgeError(str(exc)) from None
    try:
        return model.structured(prompt, JudgeVerdict, task="judge", kind=kind, original=original, rewrite=rewrite)
    except LLMError as exc:
        raise JudgeError(f"the judge failed on {case_id}: {exc}") from None


def calibrate(model: LLM, cases: list[CalibrationCase]) -> CalibrationResult:
    """Grade every labelled pair; agreement = share where ``passed`` matches ``label == "good"``."""
    disagreements: list[Disagreement] = []
    for case in cases:
        verdict = grade(model, case.kind, case.original, case.rewrite, case.id)
        if verdict.passed != (case.label == "good"):
            disagreements.append(Disagreement(id=case.id, kind=case.kind, label=case.label, verdict=verdict))
    agreement = (len(cases) - len(disagreements)) / len(cases) if cases else 0.0
    return CalibrationResult(agreement=round(agreement, 4), cases=len(cases), disagreements=disagreements)


class Rewrite(BaseModel):
    """An offline rewrite to grade."""

    id: str
    kind: Kind
    original: str
    rewrite: str


def _read_texts(path: Path) -> list[tuple[str, str]]:
    rows = []
    for lineno, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                case = json.loads(line)
            except json.JSONDecodeError as exc:
                raise JudgeError(f"{path}:{lineno}: not valid JSON ({exc.msg})") from None
            if not isinstance(case, dict) or not isinstance(case.get("text"), str):
                raise JudgeError(f"{path}:{lineno}: no 'text' field")
            rows.append((str(case.get("id", f"line-{lineno}")), case["text"]))
    return rows


def sample_rewrites(evals_dir: Path, per_kind: int) -> list[Rewrite]:
    """The offline rewrites to grade: up to ``per_kind`` goals then feedback drafts, in file order.

    Only cases whose rewrite differs from the input are eligible (an unchanged text says nothing
    about the rewriter); the sample is seeded, so every run grades the same cases.
    """
    from assistant.analyzers.feedback import review_feedback
    from assistant.analyzers.goal import check_goal

    sources = (("goal", evals_dir / "goals.jsonl", check_goal),
               ("feedback", evals_dir / "feedback.jsonl", review_feedback))
    picked: list[Rewrite] = []
    for kind, path, analyze in sources:
        if not path.is_file():
            raise JudgeError(f"eval cases not found: {path}")
        changed = []
        for case_id, text in _read_texts(path):
            rewrite = analyze(text).rewrite
            if rewrite.strip() != text.strip():
                changed.append(Rewrite(id=case_id, kind=kind, original=text, rewrite=rewrite))
        chosen = sorted(random.Random(f"{SAMPLE_SEED}-{kind}").sample(range(len(changed)),
                                                                      min(per_kind, len(changed))))
        picked += [changed[i] for i in chosen]
    return picked


def _mean(values: list[int]) -> float:
    return round(sum(values) / len(values), 4) if values else 0.0


def evaluate(cases_path: Path, settings: Settings) -> SuiteResult:
    """Calibrate the judge on ``cases_path``, then grade the sampled offline rewrites.

    Raises :class:`JudgeUnavailable` offline and :class:`JudgeNotCalibrated` when agreement is
    under :data:`MIN_AGREEMENT`; the goal and feedback cases are read next to ``cases_path``.
    """
    require_model(settings)
    from assistant.llm.provider import LLM, LLMError

    calibration_cases = load_calibration(cases_path)
    try:
        model = LLM(settings)
    except LLMError as exc:
        raise JudgeUnavailable(f"the judge suite needs a model: {exc}") from None
    calibration = calibrate(model, calibration_cases)
    if calibration.agreement < MIN_AGREEMENT:
        missed = ", ".join(
            f"{d.id} (labelled {d.label}, judged {'pass' if d.verdict.passed else 'fail'})"
            for d in calibration.disagreements
        )
        agreed = calibration.cases - len(calibration.disagreements)
        raise JudgeNotCalibrated(
            f"judge calibration failed: it agreed with {agreed} of {calibration.cases} labelled cases "
            f"({calibration.agreement:.2f}, needs {MIN_AGREEMENT:.2f}), so no rewrites were graded; "
            f"disagreed on {missed}"
        )

    failures: list[dict] = [
        {"id": d.id, "stage": "calibration", "kind": d.kind, "label": d.label, "passed": d.verdict.passed,
         "score": d.verdict.score, "reasons": d.verdict.reasons}
        for d in calibration.disagreements
    ]
    scores: dict[str, list[int]] = {"goal": [], "feedback": []}
    passed = 0
    rewrites = sample_rewrites(Path(cases_path).parent, settings.judge_sample)
    for item in rewrites:
        verdict = grade(model, item.kind, item.original, item.rewrite, item.id)
        scores[item.kind].append(verdict.score)
        if verdict.passed:
            passed += 1
        else:
            failures.append({"id": item.id, "stage": "grade", "kind": item.kind, "score": verdict.score,
                             "reasons": verdict.reasons, "rewrite": item.rewrite})
    metrics = {
        "judge_agreement": calibration.agreement,
        "judge_mean_score_goals": _mean(scores["goal"]),
        "judge_mean_score_feedback": _mean(scores["feedback"]),
        "judge_pass_rate": round(passed / len(rewrites), 4) if rewrites else 0.0,
    }
    return SuiteResult(suite=SUITE, cases=calibration.cases + len(rewrites), metrics=metrics, failures=failures)
