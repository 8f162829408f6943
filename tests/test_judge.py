"""The optional LLM-judge eval, driven through the real langchain/openai client against the
loopback OpenAI-compatible server (``openai_server``), plus checks of the calibration data."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant.analyzers.feedback import review_feedback
from assistant.analyzers.fidelity import check_fidelity
from assistant.analyzers.goal import check_goal
from assistant.evaluation import SuiteResult
from assistant.evaluation.judge import (
    CalibrationResult,
    Disagreement,
    JudgeError,
    JudgeNotCalibrated,
    JudgeUnavailable,
    JudgeVerdict,
    calibrate,
    evaluate,
    load_calibration,
    sample_rewrites,
)
from assistant.evaluation.runner import EVALS_DIR
from assistant.llm.prompts import load_prompt
from assistant.settings import PROJECT_ROOT, Settings

CALIBRATION = EVALS_DIR / "judge_calibration.jsonl"
CASES = load_calibration(CALIBRATION)

GOALS = [
    {"id": "g-vague", "text": "Improve patient care."},
    {"id": "g-smart", "text": "Reduce patient falls on 4 West from 6 to 3 per quarter by December 31, 2026 "
                              "to support the hospital's patient safety goal."},
    {"id": "g-books", "text": "Get better at closing the books."},
]
FEEDBACK = [
    {"id": "f-trait", "text": "He has a bad attitude and is not a team player."},
    {"id": "f-review", "text": "You interrupted Sam three times in Monday's design review, so we ran out of "
                               "time for his proposal."},
]
OFFLINE_MESSAGE = ("the judge suite needs a model: set OPENAI_API_KEY (or COACH_LLM=openai with OPENAI_BASE_URL); "
                   "it never runs offline or in CI")


def agreeing(case) -> dict:
    good = case.label == "good"
    return {"score": 5 if good else 1, "passed": good, "reasons": [case.why]}


@pytest.fixture
def evals_dir(tmp_path: Path) -> Path:
    """A small evals folder: the shipped calibration set plus known goals and feedback drafts."""
    shutil.copy(CALIBRATION, tmp_path / "judge_calibration.jsonl")
    for name, rows in (("goals.jsonl", GOALS), ("feedback.jsonl", FEEDBACK)):
        (tmp_path / name).write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("method", ["json_schema", "function_calling"])
def test_agreeing_judge_is_calibrated_then_grades_the_sample(openai_server, evals_dir, method):
    for case in CASES:
        openai_server.reply(agreeing(case))
    openai_server.reply({"score": 5, "passed": True, "reasons": ["placeholders for every gap"]})
    openai_server.reply({"score": 4, "passed": True, "reasons": ["fine"]})
    openai_server.reply({"score": 2, "passed": False, "reasons": ["keeps the trait words"]})
    openai_server.reply({"score": 4, "passed": True, "reasons": ["faithful"]})

    result = evaluate(evals_dir / "judge_calibration.jsonl", Settings(judge_sample=2, structured_output=method))

    trait_rewrite = review_feedback(FEEDBACK[0]["text"]).rewrite
    assert result == SuiteResult(
        suite="judge",
        cases=20,
        metrics={"judge_agreement": 1.0, "judge_mean_score_goals": 4.5, "judge_mean_score_feedback": 3.0,
                 "judge_pass_rate": 0.75},
        failures=[{"id": "f-trait", "stage": "grade", "kind": "feedback", "score": 2,
                   "reasons": ["keeps the trait words"], "rewrite": trait_rewrite}],
    )
    # 16 calibration calls in file order, then the two changed goals (the SMART one is skipped) and
    # both feedback drafts, each with the offline analyzer's rewrite next to its original.
    sent = [openai_server.sent_text(i) for i in range(len(openai_server.chat_requests))]
    assert len(sent) == 20
    from assistant.llm.redact import Redactor  # what leaves the machine is masked (names, ids...)

    def masked(original: str, rewrite: str) -> dict[str, str]:
        return Redactor().mask_values({"original": original, "rewrite": rewrite})

    for text, case in zip(sent, CASES, strict=False):
        assert f"<kind>{case.kind}</kind>" in text
        assert f"<original>\n{masked(case.original, case.rewrite)['original']}\n</original>" in text
        assert f"<rewrite>\n{masked(case.original, case.rewrite)['rewrite']}\n</rewrite>" in text
    graded = [("goal", GOALS[0]["text"], check_goal), ("goal", GOALS[2]["text"], check_goal),
              ("feedback", FEEDBACK[0]["text"], review_feedback), ("feedback", FEEDBACK[1]["text"], review_feedback)]
    for text, (kind, original, analyze) in zip(sent[16:], graded, strict=True):
        assert f"<kind>{kind}</kind>" in text
        assert f"<original>\n{masked(original, analyze(original).rewrite)['original']}\n</original>" in text
        assert f"<rewrite>\n{masked(original, analyze(original).rewrite)['rewrite']}\n</rewrite>" in text
    assert "Faithfulness (most important)" in sent[0]  # the rubric is the system message
    body = openai_server.chat_requests[0]
    asked = body["response_format"]["json_schema"]["name"] if method == "json_schema" else \
        body["tools"][0]["function"]["name"]
    assert asked == "JudgeVerdict"


def test_disagreeing_judge_is_refused_before_grading(openai_server, evals_dir):
    flipped = {"cal-goal-05", "cal-goal-08", "cal-fb-01", "cal-fb-06"}  # 12/16 = 0.75 < 0.8
    for case in CASES:
        verdict = agreeing(case)
        if case.id in flipped:
            verdict = {"score": 3, "passed": not verdict["passed"], "reasons": ["judged the other way"]}
        openai_server.reply(verdict)

    with pytest.raises(JudgeNotCalibrated) as info:
        evaluate(evals_dir / "judge_calibration.jsonl", Settings(judge_sample=2))

    assert str(info.value) == (
        "judge calibration failed: it agreed with 12 of 16 labelled cases (0.75, needs 0.80), so no rewrites "
        "were graded; disagreed on cal-goal-05 (labelled bad, judged pass), cal-goal-08 (labelled bad, judged "
        "pass), cal-fb-01 (labelled good, judged fail), cal-fb-06 (labelled bad, judged pass)"
    )
    assert len(openai_server.chat_requests) == 16  # nothing graded after the failed calibration


def test_calibrate_reports_every_disagreement(openai_server):
    from assistant.llm.provider import LLM

    cases = [c for c in CASES if c.id in {"cal-goal-01", "cal-goal-07", "cal-fb-04"}]
    openai_server.reply({"score": 5, "passed": True, "reasons": ["ok"]})
    openai_server.reply({"score": 4, "passed": True, "reasons": ["looks specific"]})  # misses the invented name
    openai_server.reply({"score": 4, "passed": True, "reasons": ["trait turned into a question"]})

    result = calibrate(LLM(Settings()), cases)

    assert result == CalibrationResult(
        agreement=0.6667,
        cases=3,
        disagreements=[Disagreement(id="cal-goal-07", kind="goal", label="bad",
                                    verdict=JudgeVerdict(score=4, passed=True, reasons=["looks specific"]))],
    )


def test_offline_mode_is_refused_without_a_call(openai_server, evals_dir, monkeypatch):
    monkeypatch.setenv("COACH_LLM", "offline")
    with pytest.raises(JudgeUnavailable) as info:
        evaluate(evals_dir / "judge_calibration.jsonl", Settings())
    assert str(info.value) == OFFLINE_MESSAGE
    assert openai_server.requests == []


def test_malformed_judge_output_is_a_clear_error(openai_server, evals_dir):
    openai_server.reply(agreeing(CASES[0]))
    openai_server.reply_text('{"score": 4, "passed": tru')

    with pytest.raises(JudgeError) as info:
        evaluate(evals_dir / "judge_calibration.jsonl", Settings())

    assert str(info.value) == (
        f"the judge failed on {CASES[1].id}: the model returned malformed output "
        "(not valid JSON for the expected schema)"
    )
    assert info.value.__suppress_context__ and info.value.__cause__ is None


def test_out_of_range_score_is_a_clear_error(openai_server, evals_dir):
    openai_server.reply({"score": 9, "passed": True, "reasons": []})
    with pytest.raises(JudgeError, match=f"^the judge failed on {CASES[0].id}: the model returned malformed output"):
        evaluate(evals_dir / "judge_calibration.jsonl", Settings())


@pytest.fixture
def judge_suite_registered(monkeypatch):
    """``coach eval judge`` through the evaluation runner, whether or not it lists the suite yet."""
    from assistant.evaluation import runner

    monkeypatch.setitem(runner.SUITES, "judge", ("judge", "judge_calibration.jsonl"))


def test_cli_malformed_judge_output_is_one_line_no_traceback(openai_server, judge_suite_registered):
    openai_server.reply_text("this is not JSON at all")
    result = CliRunner().invoke(main_cli(), ["eval", "judge"])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert (f"Error: `JudgeError: the judge failed on {CASES[0].id}: the model returned malformed output "
            "(not valid JSON for the expected schema)`") in result.output


def test_cli_offline_refusal_is_one_line_and_exit_2():
    from assistant.evaluation import runner

    if "judge" not in runner.SUITES:
        pytest.skip("the lead has not wired the judge suite into coach eval yet")
    result = CliRunner().invoke(main_cli(), ["eval", "judge"])
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert result.output.strip().endswith(OFFLINE_MESSAGE)
    assert len(result.output.strip().splitlines()) == 1


def test_judge_is_not_a_default_suite():
    """CI runs ``coach eval`` with no suite names: the judge must not be among them."""
    from assistant.evaluation import runner

    defaults = getattr(runner, "DEFAULT_SUITES", None)
    if defaults is None:
        assert "judge" not in runner.SUITES
    else:
        assert "judge" not in defaults


def main_cli():
    from assistant.cli import main

    return main


# --- the calibration data and the rubric --------------------------------------------------------

def test_calibration_set_is_balanced_and_well_formed():
    assert len(CASES) == 16
    assert len({c.id for c in CASES}) == 16
    assert Counter((c.kind, c.label) for c in CASES) == {
        ("goal", "good"): 4, ("goal", "bad"): 4, ("feedback", "good"): 4, ("feedback", "bad"): 4,
    }
    assert all(c.why and c.original != c.rewrite for c in CASES)


def test_good_pairs_pass_the_fidelity_guard_and_invented_ones_do_not():
    """The labels agree with the deterministic guard where it can see the problem."""
    for case in CASES:
        report = check_fidelity(case.rewrite, [case.original])
        if case.label == "good":
            assert report.ok, (case.id, report.describe())
        elif case.why.startswith("Invents"):
            assert not report.ok, case.id


def test_rubric_prompt_loads_and_renders():
    prompt = load_prompt("judge_rubric", PROJECT_ROOT / "prompts", expect={"kind", "original", "rewrite"})
    system, user = prompt.render(kind="goal", original="Do {{x}} better.", rewrite="Do {{x}} better by [deadline].")
    assert prompt.version == "1.0.0"
    assert "Faithfulness" in system and '"passed" is true only when the score is 4 or 5.' in system
    assert user == ("<kind>goal</kind>\n\n<original>\nDo {{x}} better.\n</original>\n\n"
                    "<rewrite>\nDo {{x}} better by [deadline].\n</rewrite>")


def test_bad_calibration_line_is_named(tmp_path):
    path = tmp_path / "cal.jsonl"
    path.write_text('{"id": "x", "kind": "essay", "original": "a", "rewrite": "b", "label": "good"}\n')
    with pytest.raises(JudgeError, match=r"cal\.jsonl:1: kind: Input should be 'goal' or 'feedback'"):
        load_calibration(path)


def test_sample_is_deterministic_bounded_and_only_changed_rewrites():
    first = sample_rewrites(EVALS_DIR, 5)
    assert first == sample_rewrites(EVALS_DIR, 5)
    assert Counter(r.kind for r in first) == {"goal": 5, "feedback": 5}
    assert all(r.rewrite.strip() != r.original.strip() for r in first)
    goal_ids = [json.loads(line)["id"] for line in (EVALS_DIR / "goals.jsonl").read_text().splitlines() if line.strip()]
    picked = [r.id for r in first if r.kind == "goal"]
    assert picked == sorted(picked, key=goal_ids.index)  # file order
