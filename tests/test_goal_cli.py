"""``coach goal``: JSON shape, human scorecard, stdin, batch files, bad input, and no torch.

Guidance comes from a real guidance sidecar written into a temporary index folder (what ingest
writes next to the embedded index), so ``load_guidance`` takes its real no-torch path. One slow
test ingests ``knowledge/`` for real and runs ``coach goal`` in a fresh interpreter.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant.analyzers.goal import check_goal
from assistant.cli import main
from assistant.knowledge.guidance import Guidance, GuidanceItem, sidecar_entry, write_sidecar
from assistant.schemas import Citation
from assistant.settings import PROJECT_ROOT, Settings

SOURCE = "acme-goal-aid.md"
QUESTIONS = {
    "specific": ["Who will notice the change first?", "Which product line is in scope?"],
    "measurable": ["Which dashboard will show it?"],
    "attainable": ["Who has to free up time for this?"],
    "relevant": ["Which Acme pillar does it serve?"],
    "time_bound": ["Which quarter closes this goal?"],
}
Q_R_BUILTIN = "Which team, department or organisation objective does this goal support, and why does it matter now?"


def _items() -> list[GuidanceItem]:
    return [
        GuidanceItem(
            topic=topic,
            kind="question",
            text=text,
            citation=Citation(source=SOURCE, section=f"Goals > {topic}", excerpt=text, path=f"kb/{SOURCE}"),
        )
        for topic, texts in QUESTIONS.items()
        for text in texts
    ]


@pytest.fixture
def index_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An index folder holding only the guidance sidecar of an organisation's SMART job aid."""
    folder = tmp_path / "index"
    settings = Settings(_env_file=None, index_dir=folder)
    write_sidecar(settings, {f"kb/{SOURCE}": sidecar_entry("smart", SOURCE, _items())})
    monkeypatch.setenv("COACH_INDEX_DIR", str(folder))
    return folder


def _run(*args: str, stdin: str | None = None):
    return CliRunner().invoke(main, ["goal", *args], input=stdin)


def test_json_output_is_the_whole_report_with_questions_from_the_job_aid(index_dir: Path) -> None:
    result = _run("Launch the portal.", "--json")
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    expected = check_goal("Launch the portal.", guidance=Guidance(name="smart", items=_items()))
    assert payload == expected.model_dump(mode="json")
    assert payload["questions"] == ["Which Acme pillar does it serve?", "Which quarter closes this goal?"]
    assert [s["source"] for s in payload["sources"]] == [SOURCE, SOURCE]
    assert payload["criteria"]["specific"]["question"] == "Who will notice the change first?"
    assert payload["mode"] == "offline" and payload["notices"] == []


def test_human_output_is_a_scorecard(index_dir: Path) -> None:
    result = _run("Launch the portal by March 1")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "SMART 4/5   S  M  A  R  T"
    assert lines[2:9] == [
        '✓ Specific    "Launch the portal"',
        '✓ Measurable  "Launch the portal"',
        "              Measured as done / not done: \"Launch the portal\" is a concrete deliverable. "
        "State what counts as done (for example live for all users, approved, signed off).",
        "✓ Attainable  No red flags for feasibility; check the resources it needs are in place.",
        "✗ Relevant    Say why it matters: name the team, department or organisation objective it supports, "
        "or how it serves your role.",
        "              ? Which Acme pillar does it serve?",
        '✓ Time-bound  "by March 1"',
    ]
    assert lines[9:] == [
        "",
        "Rewrite",
        '  Launch the portal by March 1 to support [which team or organisation objective does "the portal" serve?].',
        '  Fill in: [which team or organisation objective does "the portal" serve?]',
        "",
        "Questions to consider",
        f"  - Which Acme pillar does it serve?  ({SOURCE} § Goals > relevant)",
    ]


def test_a_complete_goal_says_so(index_dir: Path) -> None:
    result = _run("Launch the customer portal by March 1 to support the department's digital strategy.")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "SMART 5/5   S  M  A  R  T"
    assert lines[-3:] == [
        "Rewrite",
        "  This goal meets all five SMART criteria as written; no rewrite needed.",
        "  Launch the customer portal by March 1 to support the department's digital strategy.",
    ]


def test_human_output_lists_warnings(index_dir: Path) -> None:
    result = _run("Maybe triple revenue in two weeks")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-3:] == [
        "Warnings",
        '  ! "Maybe" weakens the commitment; state what you will do.',
        '  ! "triple revenue in two weeks" looks unrealistic (an extreme change in a short time).',
    ]


def test_stdin(index_dir: Path) -> None:
    result = _run("-", "--json", stdin="Improve customer service.\n")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["score"] == 1


@pytest.mark.parametrize(
    ("suffix", "content"),
    [
        (".jsonl", '{"id": "g1", "text": "Improve customer service."}\n{"id": "g2", "text": "Launch the portal."}\n'),
        (".csv", "id,text\ng1,Improve customer service.\ng2,Launch the portal.\n"),
        (".txt", "Improve customer service.\n\nLaunch the portal.\n"),
    ],
)
def test_batch_outputs_jsonl_in_order_with_ids(index_dir: Path, tmp_path: Path, suffix: str, content: str) -> None:
    path = tmp_path / f"goals{suffix}"
    path.write_text(content, encoding="utf-8")
    result = _run("--input", str(path))
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    ids = ["g1", "g2"] if suffix != ".txt" else ["1", "3"]
    guidance = Guidance(name="smart", items=_items())
    assert rows == [
        {"id": ids[0], **check_goal("Improve customer service.", guidance=guidance).model_dump(mode="json")},
        {"id": ids[1], **check_goal("Launch the portal.", guidance=guidance).model_dump(mode="json")},
    ]


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        (["   "], None, "error: goal is empty"),
        ([""], None, "error: goal is empty"),
        (["-"], "  \n", "error: goal is empty"),
        ([], None, "error: give a text, '-' to read standard input, or --input FILE"),
    ],
)
def test_empty_goal_exits_2_with_one_line(index_dir: Path, args: list[str], stdin: str | None, message: str) -> None:
    result = _run(*args, stdin=stdin)
    assert result.exit_code == 2
    assert result.output.strip() == message


def test_oversize_goal_exits_2(index_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COACH_MAX_INPUT_CHARS", "100")
    result = _run("x" * 101)
    assert result.exit_code == 2
    assert result.output.strip() == "error: goal is 101 characters; the limit is 100"


def test_batch_with_an_empty_item_prints_nothing_and_exits_2(index_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "goals.jsonl"
    path.write_text('{"id": "a", "text": "Launch the portal."}\n{"id": "b", "text": "  "}\n', encoding="utf-8")
    result = _run("--input", str(path))
    assert result.exit_code == 2
    assert result.output.strip() == f"error: {path}: item b is empty"


def _coach_goal_in_fresh_interpreter(index_folder: Path, text: str) -> dict:
    """Run ``coach goal --json`` in a new interpreter and check it never imported torch."""
    code = (
        "import json, sys\n"
        "from assistant.cli import main\n"
        f"main(['goal', {text!r}, '--json'], standalone_mode=False)\n"
        "heavy = sorted(m for m in ('torch', 'sentence_transformers', 'chromadb', 'gradio') if m in sys.modules)\n"
        "print(json.dumps({'heavy': heavy}))\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("COACH_", "OPENAI_"))}
    env.update({"COACH_INDEX_DIR": str(index_folder), "COACH_LLM": "offline", "HF_HUB_OFFLINE": "1"})
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    report_text, _, heavy_line = done.stdout.rstrip().rpartition("\n")
    assert json.loads(heavy_line) == {"heavy": []}
    return json.loads(report_text)


def test_coach_goal_does_not_import_torch_when_the_guidance_sidecar_exists(index_dir: Path) -> None:
    report = _coach_goal_in_fresh_interpreter(index_dir, "Launch the portal.")
    assert report["questions"] == ["Which Acme pillar does it serve?", "Which quarter closes this goal?"]


@pytest.mark.slow
def test_real_index_questions_come_from_the_job_aid_without_torch(knowledge_index: Settings) -> None:
    report = _coach_goal_in_fresh_interpreter(Path(knowledge_index.index_dir), "Improve customer service.")
    assert report["score"] == 1
    # one or two questions per unmet criterion (S, M, R, T), each cited to the indexed job aid
    assert 4 <= len(report["questions"]) <= 8
    assert len(report["sources"]) == len(report["questions"])
    assert {s["source"] for s in report["sources"]} == {"smart-goals-job-aid.md"}
    for question, source in zip(report["questions"], report["sources"], strict=True):
        assert question.endswith("?")
        assert question in source["excerpt"]
    assert report["questions"][0] == report["criteria"]["specific"]["question"]
    assert Q_R_BUILTIN not in report["questions"]
