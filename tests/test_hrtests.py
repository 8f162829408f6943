"""HR test sets: loading YAML/JSONL case files, judging answers, the ``policy`` command's exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant.hrtests import HRCase, judge, load_cases, policy_cmd
from assistant.qa import PolicyAnswer
from assistant.schemas import Citation
from assistant.textinput import InputError
from tests.test_qa import cadence_results, fake_search  # noqa: F401 - fixture re-used

YAML = """
- question: How often should managers hold one-on-ones?
  expect: answer
  must_cite: [check-ins.md]
  must_include: [monthly]
- question: What is the capital of Australia?
  expect: abstain
"""


def test_loads_yaml_list_mapping_and_jsonl(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(YAML)
    (tmp_path / "b.yml").write_text("cases:\n  - {id: x1, question: Q, expect: abstain, must_cite: a.md}\n")
    (tmp_path / "c.jsonl").write_text(json.dumps({"question": "Q?", "expect": "answer"}) + "\n\n")
    assert load_cases(tmp_path / "a.yaml") == [
        HRCase(id="1", question="How often should managers hold one-on-ones?", expect="answer",
               must_cite=["check-ins.md"], must_include=["monthly"]),
        HRCase(id="2", question="What is the capital of Australia?", expect="abstain"),
    ]
    assert load_cases(tmp_path / "b.yml") == [HRCase(id="x1", question="Q", expect="abstain", must_cite=["a.md"])]
    assert load_cases(tmp_path / "c.jsonl") == [HRCase(id="1", question="Q?", expect="answer")]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("bad.yaml", "- question: [unclosed\n", "bad.yaml:2: invalid YAML"),
        ("bad.yaml", "question: x\n", "expected a list of cases"),
        ("bad.yaml", "- question: Q?\n  expect: maybe\n", "case 1: expect: Input should be 'answer' or 'abstain'"),
        ("bad.yaml", "- expect: answer\n", "case 1: question: Field required"),
        ("bad.jsonl", "{oops\n", "bad.jsonl:1: invalid JSON"),
        ("bad.csv", "question\n", "unsupported case file type '.csv'"),
        ("empty.yaml", "[]\n", "no cases"),
    ],
)
def test_bad_case_files_give_one_line_errors(tmp_path: Path, name: str, content: str, message: str) -> None:
    (tmp_path / name).write_text(content)
    with pytest.raises(InputError) as err:
        load_cases(tmp_path / name)
    assert message in str(err.value) and "\n" not in str(err.value)


def _answer(answered: bool, text: str, sources: list[str]) -> PolicyAnswer:
    return PolicyAnswer(answered=answered, answer=text,
                        citations=[Citation(source=s, excerpt="e") for s in sources])


def test_judge_reasons() -> None:
    case = HRCase(id="1", question="Q", expect="answer", must_cite=["check-ins.md"], must_include=["monthly", "45"])
    assert judge(case, _answer(True, "Monthly, 45 min", ["check-ins.md"])).passed
    failed = judge(case, _answer(True, "Weekly", ["recognition.md"]))
    assert failed.reasons == ["does not cite check-ins.md (cited: recognition.md)", "answer lacks 'monthly', '45'"]
    assert judge(case, _answer(False, "no", ["check-ins.md"])).reasons == ["expected an answer, but it abstained"]
    abstain = HRCase(id="2", question="Q", expect="abstain")
    assert judge(abstain, _answer(True, "x", ["a.md"])).reasons == ["expected an abstention, but it answered citing a.md"]


def test_policy_command_prints_pass_fail_and_exits_1_on_failure(tmp_path: Path, fake_search) -> None:  # noqa: F811
    fake_search["results"] = cadence_results()
    cases = tmp_path / "cases.yaml"
    cases.write_text(YAML)
    run = CliRunner().invoke(policy_cmd, ["--cases", str(cases)])
    assert run.exit_code == 0, run.output
    assert run.stdout.splitlines() == [
        "PASS  [1] How often should managers hold one-on-ones?",
        "PASS  [2] What is the capital of Australia?",
        "",
        "2/2 cases passed",
    ]
    cases.write_text(YAML.replace("[monthly]", "[fortnightly]"))
    run = CliRunner().invoke(policy_cmd, ["--cases", str(cases), "--json"])
    assert run.exit_code == 1
    payload = json.loads(run.stdout)
    assert (payload["passed"], payload["total"], payload["passed_count"]) == (False, 2, 1)
    assert payload["cases"][0]["reasons"] == ["answer lacks 'fortnightly'"]
    run = CliRunner().invoke(policy_cmd, ["--cases", str(tmp_path / "nope.yaml")])
    assert run.exit_code == 2 and "no such file" in run.output
