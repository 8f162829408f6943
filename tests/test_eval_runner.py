"""The eval runner: thresholds, reports, exit codes, and the parity swap."""

import json

import pytest
from click.testing import CliRunner

from assistant.cli import main
from assistant.evaluation import SuiteResult
from assistant.evaluation.parity import swap_gender
from assistant.evaluation.runner import judge, load_thresholds, render_markdown, write_report


def test_judge_checks_min_max_and_missing_metrics():
    result = SuiteResult(suite="bias", cases=10, metrics={"flag_precision": 0.95, "false_alarm_rate": 0.2})
    outcome = judge(
        result,
        {"flag_precision": {"min": 0.9}, "false_alarm_rate": {"max": 0.05}, "term_recall": {"min": 0.9}},
        1.234,
    )
    assert [(c.metric, c.passed) for c in outcome.checks] == [
        ("flag_precision", True),
        ("false_alarm_rate", False),
        ("term_recall", False),
    ]
    assert outcome.checks[2].value is None
    assert outcome.passed is False
    assert outcome.seconds == 1.234


def test_report_files(tmp_path):
    good = judge(SuiteResult(suite="goals", cases=3, metrics={"accuracy_specific": 1.0}),
                 {"accuracy_specific": {"min": 0.9}}, 0.1)
    bad = judge(SuiteResult(suite="bias", cases=2, metrics={"term_recall": 0.5},
                            failures=[{"id": "b1", "missed": ["bossy"]}]),
                {"term_recall": {"min": 0.9}}, 0.2)
    paths = write_report([good, bad], tmp_path / "r")
    payload = json.loads(paths["json"].read_text())
    assert payload["passed"] is False
    assert [s["suite"] for s in payload["suites"]] == ["goals", "bias"]
    markdown = paths["markdown"].read_text()
    assert "Overall: **FAIL**" in markdown
    assert "| term_recall | 0.500 | ≥ 0.9 | FAIL |" in markdown
    assert '"missed": ["bossy"]' in markdown
    assert paths["chart"].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert render_markdown([good]).count("pass") >= 2


def test_long_failure_lists_keep_their_total(tmp_path):
    failures = [{"id": f"q{i:02d}"} for i in range(60)]
    outcome = judge(SuiteResult(suite="policy_tuning", cases=60, metrics={}, failures=failures), {}, 0.1)
    assert ([f["id"] for f in outcome.failures], outcome.failures_total) == ([f"q{i:02d}" for i in range(50)], 60)
    markdown = render_markdown([outcome])
    assert "First misses (10 shown of 60):" in markdown
    assert json.loads(write_report([outcome], tmp_path / "r")["json"].read_text())["suites"][0]["failures_total"] == 60


def test_shipped_thresholds_cover_every_suite():
    from assistant.evaluation.runner import EVALS_DIR, SUITES

    bars = load_thresholds(EVALS_DIR / "thresholds.yaml")
    assert set(bars) == set(SUITES)


def test_unknown_suite_exits_2():
    result = CliRunner().invoke(main, ["eval", "nonsense"])
    assert result.exit_code == 2
    assert "unknown suite nonsense" in result.output


@pytest.mark.parametrize(
    ("text", "swapped"),
    [
        ("Maria said she would send her report to him.", "Mark said he would send his report to her."),
        ("I told her to update his notes; she thanked her team.",
         "I told him to update her notes; he thanked his team."),
        ("HE and Sarah met Mark.", "SHE and Samuel met Maria."),
        ("The chairman understands herself.", "The chairman understands himself."),
        ("Ines talks about her girlfriend; his husband agreed.", "Ines talks about his boyfriend; her wife agreed."),
        ("The crashes drove her crazy, but she kept her calm.", "The crashes drove him crazy, but he kept his calm."),
        ("It kept her busy and left her car outside.", "It kept him busy and left his car outside."),
        ("We moved her off the window and sent her away; her off-site laptop stayed.",
         "We moved him off the window and sent him away; his off-site laptop stayed."),
    ],
)
def test_swap_gender(text, swapped):
    assert swap_gender(text) == swapped


def test_parity_suite_on_the_shipped_eval_sets():
    """Names and pronouns swapped across every eval text: no analyzer changes its findings."""
    from assistant.evaluation.runner import run_suite
    from assistant.settings import Settings

    result = run_suite("parity", Settings())
    assert result.cases >= 650  # tuned and held-out texts
    assert result.metrics["texts_changed_by_swap"] >= 100  # the swap really changes many texts
    assert result.failures == []
    assert result.metrics["parity_rate"] == 1.0
    assert {k: v for k, v in result.metrics.items() if k.startswith("parity_")} == {
        "parity_rate": 1.0, "parity_bias": 1.0, "parity_goals": 1.0, "parity_feedback": 1.0,
    }


def test_a_possessive_her_is_no_mention_of_the_person_as_his_is_not():
    """The consequence check's "dealings with the person" reads "her duties" like "his duties" (a parity
    failure found on a dev8 reference letter)."""
    from assistant.analyzers.feedback import review_feedback

    text = ("{He} worked in the finance department. I have found Rahul discharging {his} duties with sincerity, "
            "and {he} has always performed above the requirements of the job.")
    him = review_feedback(text.format(He="He", his="his", he="he"), learned=False)
    her = review_feedback(text.format(He="She", his="her", he="she"), learned=False)
    assert (her.structure.impact.present, [f.kind for f in her.findings]) == (
        him.structure.impact.present, [f.kind for f in him.findings])
