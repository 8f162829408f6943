"""``coach bias`` through the real CLI: human and JSON output, stdin, batch files, rules files, limits."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import click
from click.testing import CliRunner

from assistant.analyzers.bias import check_bias
from assistant.cli import main
from assistant.settings import PROJECT_ROOT

TEXT = "Hey guys, Sarah can be abrasive in reviews."


def invoke(*args: str, input: str | None = None, env: dict[str, str] | None = None):
    return CliRunner().invoke(main, ["bias", *args], input=input, env=env, catch_exceptions=False)


def expected_flags(text: str) -> list[dict]:
    return [flag.model_dump(mode="json") for flag in check_bias(text).flags]


def test_human_output_lists_each_flag_with_quote_category_why_and_suggestion() -> None:
    result = invoke(TEXT)
    assert result.exit_code == 0, result.output
    flags = check_bias(TEXT).flags
    assert click.unstyle(result.output).splitlines() == [
        "2 flags: gendered_language 1, gender_coded 1",
        "",
        '1. "guys" (chars 4-8)  gendered_language · low · gendered_language.guys_address',
        f"   Why: {flags[0].explanation}",
        f"   Try: {flags[0].suggestion}",
        "",
        '2. "abrasive" (chars 23-31)  gender_coded · high · gender_coded.abrasive',
        f"   Why: {flags[1].explanation}",
        f"   Try: {flags[1].suggestion}",
    ]


def test_json_output_is_exactly_the_flags() -> None:
    result = invoke("--json", TEXT)
    assert result.exit_code == 0
    payload = json.loads(result.output)
    assert payload == {"flags": expected_flags(TEXT)}
    assert [
        (f["text"], f["start"], f["end"], f["category"], f["severity"], f["rule"]) for f in payload["flags"]
    ] == [
        ("guys", 4, 8, "gendered_language", "low", "gendered_language.guys_address"),
        ("abrasive", 23, 31, "gender_coded", "high", "gender_coded.abrasive"),
    ]


def test_clean_and_empty_text_exit_zero() -> None:
    clean = invoke("We agreed an aggressive timeline and Omar met it.")
    assert (clean.exit_code, clean.output) == (0, "No biased language found.\n")
    empty = invoke("--json", "")
    assert (empty.exit_code, json.loads(empty.output)) == (0, {"flags": []})
    stdin_empty = invoke("-", input="")
    assert (stdin_empty.exit_code, stdin_empty.output) == (0, "No biased language found.\n")


def test_stdin_dash() -> None:
    result = invoke("--json", "-", input="She is a working mom.")
    assert result.exit_code == 0
    assert json.loads(result.output) == {"flags": expected_flags("She is a working mom.")}


def test_over_the_size_limit_exits_2_with_one_line() -> None:
    result = invoke("x" * 30, env={"COACH_MAX_INPUT_CHARS": "20"})
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == "error: text is 30 characters; the limit is 20\n"


def test_batch_files_give_jsonl_in_order(tmp_path: Path) -> None:
    texts = ["Kim is bossy.", "All good here.", "Each nurse should log her hours."]
    jsonl = tmp_path / "in.jsonl"
    jsonl.write_text(
        "\n".join(json.dumps({"id": f"r{i}", "text": t}) for i, t in enumerate(texts)), encoding="utf-8"
    )
    csv = tmp_path / "in.csv"
    csv.write_text("id,text\n" + "\n".join(f'c{i},"{t}"' for i, t in enumerate(texts)), encoding="utf-8")
    txt = tmp_path / "in.txt"
    txt.write_text("\n".join(texts) + "\n", encoding="utf-8")
    for path, ids in ((jsonl, ["r0", "r1", "r2"]), (csv, ["c0", "c1", "c2"]), (txt, ["1", "2", "3"])):
        result = invoke("--input", str(path))
        assert result.exit_code == 0, result.output
        rows = [json.loads(line) for line in result.output.splitlines()]
        assert rows == [{"id": i, "flags": expected_flags(t)} for i, t in zip(ids, texts, strict=True)]
    assert [len(row["flags"]) for row in rows] == [1, 0, 1]


def test_batch_with_an_oversized_item_fails_before_any_output(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text('{"id": "a", "text": "Kim is bossy."}\n{"id": "b", "text": "' + "y" * 40 + '"}\n')
    result = invoke("--input", str(path), env={"COACH_MAX_INPUT_CHARS": "30"})
    assert result.exit_code == 2 and result.stdout == ""
    assert "item b is 40 characters; the limit is 30" in result.stderr


def test_rules_file_from_settings(tmp_path: Path) -> None:
    rules = tmp_path / "org.yaml"
    rules.write_text("disable: [gendered_language.guys_address]\n", encoding="utf-8")
    result = invoke("--json", TEXT, env={"COACH_RULES_FILE": str(rules)})
    assert result.exit_code == 0
    assert [f["rule"] for f in json.loads(result.output)["flags"]] == ["gender_coded.abrasive"]


def test_bad_rules_file_is_one_line_exit_2(tmp_path: Path) -> None:
    rules = tmp_path / "org.yaml"
    rules.write_text("disable: [nope.rule]\n", encoding="utf-8")
    result = invoke(TEXT, env={"COACH_RULES_FILE": str(rules)})
    assert result.exit_code == 2 and result.stdout == ""
    assert (
        result.stderr == f"error: rules file {rules.resolve()}: disable lists unknown rule id(s): nope.rule\n"
    )


def test_real_process_stdin_and_exit_codes() -> None:
    env = {**os.environ, "COACH_LLM": "offline"}
    env.pop("COACH_RULES_FILE", None)
    ok = subprocess.run(
        [sys.executable, "-m", "assistant.cli", "bias", "--json", "-"],
        input=b"Our wheelchair-bound colleague is a culture fit.",
        capture_output=True,
        env=env,
        cwd=PROJECT_ROOT,
        timeout=120,
    )
    assert ok.returncode == 0, ok.stderr
    assert [(f["text"], f["category"]) for f in json.loads(ok.stdout)["flags"]] == [
        ("wheelchair-bound", "disability"),
        ("culture fit", "affinity"),
    ]
    too_long = subprocess.run(
        [sys.executable, "-m", "assistant.cli", "bias", "-"],
        input=b"z" * 50_001,
        capture_output=True,
        env=env,
        cwd=PROJECT_ROOT,
        timeout=120,
    )
    assert too_long.returncode == 2 and too_long.stdout == b""
    assert too_long.stderr.decode() == "error: text is 50,001 characters; the limit is 50,000\n"
