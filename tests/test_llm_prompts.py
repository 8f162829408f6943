"""Prompt files: versioned, named variables checked at load time."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.llm.prompts import PromptError, load_prompt, parse_prompt
from assistant.settings import PROJECT_ROOT

PROMPTS = PROJECT_ROOT / "prompts"  # a link to the shipped assistant/prompts/, for users
EXPECTED = {
    "policy_answer": {"question", "passages"},
    "goal_rewrite": {"goal", "gaps", "offline_rewrite", "feedback_on_previous"},
    "feedback_coaching": {"draft", "findings", "offline_rewrite", "feedback_on_previous"},
}


def _file(variables: str, body: str) -> str:
    return f"---\nname: t\nversion: 1.0.0\nvariables: {variables}\n---\n{body}"


VERSIONS = {"policy_answer": "1.0.0", "goal_rewrite": "2.0.0", "feedback_coaching": "3.0.0"}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_shipped_prompts_load_with_the_variables_the_code_passes(name: str) -> None:
    prompt = load_prompt(name, expect=EXPECTED[name])  # from the package, via importlib.resources
    assert prompt.name == name
    assert prompt.version == VERSIONS[name]
    assert set(prompt.variables) == EXPECTED[name]
    assert "DATA" in prompt.system  # every task prompt tells the model its inputs are data
    assert load_prompt(name, PROMPTS, expect=EXPECTED[name]) == prompt.model_copy(
        update={"path": str((PROMPTS / f"{name}.md").resolve())})


def test_the_package_ships_every_prompt() -> None:
    from assistant.llm.prompts import packaged_prompt_names

    assert packaged_prompt_names() == ["feedback_coaching", "goal_rewrite", "judge_rubric", "policy_answer", "policy_followup"]
    assert PROMPTS.resolve() == (PROJECT_ROOT / "assistant" / "prompts").resolve()


def test_prompts_dir_overrides_one_prompt_and_falls_back_for_the_others(tmp_path) -> None:
    shipped = load_prompt("policy_answer")
    text = Path(shipped.path if Path(shipped.path).is_file() else PROMPTS / "policy_answer.md").read_text()
    (tmp_path / "policy_answer.md").write_text(text.replace("version: 1.0.0", "version: 9.0.0"), encoding="utf-8")
    assert load_prompt("policy_answer", tmp_path).version == "9.0.0"
    assert load_prompt("goal_rewrite", tmp_path).version == "2.0.0"
    with pytest.raises(PromptError, match="is not a folder"):
        load_prompt("goal_rewrite", tmp_path / "absent")


def test_render_fills_placeholders_without_rescanning_values() -> None:
    prompt = parse_prompt(_file("[a, b]", "[system]\nSys {{a}}.\n[user]\nUser {{ b }} and {{a}}."))
    system, user = prompt.render(a="{{b}}", b="two")
    assert system == "Sys {{b}}."
    assert user == "User two and {{b}}."


def test_declared_but_unused_variable_fails_at_load() -> None:
    with pytest.raises(PromptError, match="declared variables never used: extra"):
        parse_prompt(_file("[a, extra]", "[system]\nS {{a}}\n[user]\nU"))


def test_undeclared_placeholder_fails_at_load() -> None:
    with pytest.raises(PromptError, match="placeholders not declared in 'variables': missing"):
        parse_prompt(_file("[a]", "[system]\nS {{a}}\n[user]\nU {{missing}}"))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("no front matter\n[system]\nS\n[user]\nU", "missing '---' front-matter"),
        ("---\nname: t\nvariables: []\n---\n[system]\nS\n[user]\nU", "lacks 'version'"),
        ("---\nname: t\nversion: one\nvariables: []\n---\n[system]\nS\n[user]\nU", "version 'one'"),
        ("---\nname: t\nversion: 1\nvariables: []\n---\n[user]\nU", "exactly one [system] section"),
        ("---\nname: t\nversion: 1\nvariables: a\n---\n[system]\nS\n[user]\nU", "must be a list"),
    ],
)
def test_malformed_prompt_files_fail_at_load(text: str, message: str) -> None:
    with pytest.raises(PromptError, match=message.replace("[", r"\[").replace("]", r"\]")):
        parse_prompt(text)


def test_render_rejects_missing_and_unexpected_values() -> None:
    prompt = parse_prompt(_file("[a]", "[system]\nS {{a}}\n[user]\nU"))
    with pytest.raises(PromptError, match=r"missing \['a'\]; unexpected \['b'\]"):
        prompt.render(b="x")


def test_load_checks_file_name_and_expected_variables(tmp_path: Path) -> None:
    (tmp_path / "other.md").write_text(_file("[a]", "[system]\nS {{a}}\n[user]\nU"), encoding="utf-8")
    with pytest.raises(PromptError, match="does not match the file name"):
        load_prompt("other", tmp_path)
    (tmp_path / "t.md").write_text(_file("[a]", "[system]\nS {{a}}\n[user]\nU"), encoding="utf-8")
    with pytest.raises(PromptError, match="do not match what the code passes"):
        load_prompt("t", tmp_path, expect={"a", "b"})
    with pytest.raises(PromptError, match="prompt 'absent' is not in the installed package"):
        load_prompt("absent", tmp_path)


def test_the_wheel_ships_prompts_rules_and_the_sample_documents(tmp_path) -> None:
    """An installed wheel has what a checkout has: prompts, rules and the sample knowledge base."""
    import subprocess
    import sys
    import zipfile

    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w",
                    str(tmp_path), str(PROJECT_ROOT)], check=True, capture_output=True, timeout=300)
    (wheel,) = tmp_path.glob("performance_coach-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for folder, kind in (("prompts", ".md"), ("rules", ".yaml"), ("sample_knowledge", ".md")):
        shipped = {p.name for p in (PROJECT_ROOT / "assistant" / folder).iterdir() if p.name.endswith(kind)}
        assert shipped and {f"assistant/{folder}/{name}" for name in shipped} <= names, folder
