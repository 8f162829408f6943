"""Hostile input on every text command: exit 2 with one line, or a result; never a traceback.

Most cases run the real click command in-process (fast); the ones that depend on the operating
system (bytes that are not UTF-8 in argv, an endless stream on stdin) run the real ``coach``
entry point in a subprocess. ``ask`` runs over the session's real index.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from click.testing import CliRunner

from assistant.cli import main
from assistant.settings import PROJECT_ROOT

COMMANDS = ["bias", "goal", "feedback", "ask"]
NEEDS_TEXT = {"goal", "feedback", "ask"}  # bias of an empty text is an empty report
HANG_GUARD_S = 60  # a subprocess that takes longer has hung; the timings are in the benchmark


def invoke(*args: str, stdin: bytes | str | None = None):
    return CliRunner().invoke(main, list(args), input=stdin, catch_exceptions=True)


def assert_one_line_error(result, fragment: str) -> None:
    assert result.exit_code == 2, (result.exit_code, result.output, result.exception)
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit)
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    assert fragment in lines[0], lines[0]
    assert result.stdout == ""


def assert_result(result) -> dict:
    assert result.exit_code == 0, (result.output, result.exception)
    return json.loads(result.stdout)


def coach(*args: str | bytes, stdin: bytes | None = None, env: dict[str, str] | None = None):
    command = [sys.executable, "-m", "assistant.cli", *args]
    full_env = {**os.environ, "COACH_LLM": "offline", "PYTHONPATH": str(PROJECT_ROOT), **(env or {})}
    return subprocess.run(command, input=stdin, capture_output=True, env=full_env, timeout=HANG_GUARD_S)


# --- empty and whitespace --------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "   \n\t  "])
@pytest.mark.parametrize("command", sorted(NEEDS_TEXT))
def test_empty_and_whitespace_are_refused(command, text, indexed_settings):
    assert_one_line_error(invoke(command, text), "empty")


@pytest.mark.parametrize("text", ["", "   \n\t  "])
def test_empty_bias_is_an_empty_report(text):
    assert assert_result(invoke("bias", text, "--json")) == {"flags": []}


# --- Unicode: invalid, NUL, RTL, zero-width, combining, emoji ---------------------------------------

UNICODE_TEXTS = {
    "rtl": "\u202eShe is bossy\u202c \u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627 and aggressive.",
    "zero_width": "She\u200b is\u200d bo\u200bssy and\ufeff never\u2060 on time.",
    "combining": "Ze\u0301ro defe\u0301cts by Q3; she\u0327 is a\u0300ggressive.",
    "emoji": "Great job \U0001f44d\U0001f3fd\u200d\u2642\ufe0f on the launch! \U0001f680 Increase NPS by 10% by June \U0001f1ec\U0001f1e7.",
}


@pytest.mark.parametrize("kind", sorted(UNICODE_TEXTS))
@pytest.mark.parametrize("command", COMMANDS)
def test_unicode_edge_cases_give_a_result(command, kind, indexed_settings):
    payload = assert_result(invoke(command, UNICODE_TEXTS[kind], "--json"))
    assert isinstance(payload, dict) and payload


@pytest.mark.parametrize("command", COMMANDS)
def test_lone_surrogates_in_an_argument_are_refused(command, indexed_settings):
    # What click receives when the shell passes bytes that are not UTF-8 (surrogateescape).
    assert_one_line_error(invoke(command, "bad \udcff\udcfe bytes"), "not valid UTF-8")


@pytest.mark.parametrize("command", ["bias", "goal", "ask", "search"])
def test_invalid_utf8_bytes_in_argv(command):
    proc = coach(command, b"caf\xe9 \xff\xfe")
    stderr = proc.stderr.decode()
    assert proc.returncode == 2, stderr
    assert stderr.count("\n") == 1 and stderr.startswith("error: ") and "not valid UTF-8" in stderr
    assert "Traceback" not in stderr


@pytest.mark.parametrize("command", COMMANDS)
def test_nul_bytes_on_stdin_are_refused(command, indexed_settings):
    assert_one_line_error(invoke(command, "-", stdin=b"She is \x00 bossy"), "binary")


# --- size and regex-hostile patterns (exit 0 with a result; timing in the benchmark) ---------------

HOSTILE = {
    "one_word": ("synergy " * 6250)[:50_000],
    "dashes": "a-" * 24_995,
    "commas": "1," * 24_995,
    "brackets": "([{" * 16_666,
    "spaces_then_x": " " * 49_999 + "x",
    "dots": "." * 50_000,
}


@pytest.mark.parametrize("kind", ["one_word", "brackets", "spaces_then_x", "dots"])
@pytest.mark.parametrize("command", ["bias", "goal"])
def test_fifty_thousand_hostile_characters_give_a_result(command, kind):
    assert assert_result(invoke(command, "-", "--json", stdin=HOSTILE[kind].encode()))


def test_over_the_limit_is_refused_before_any_work():
    assert_one_line_error(invoke("bias", "-", stdin=b"x" * 50_001), "50,001 characters; the limit is 50,000")


# --- batch files ---------------------------------------------------------------------------------


def test_two_hundred_thousand_character_csv_field_is_refused_with_its_size(tmp_path):
    path = tmp_path / "big.csv"
    path.write_text("id,text\n1," + "x" * 200_000 + "\n", encoding="utf-8")
    assert_one_line_error(invoke("bias", "--input", str(path)), "item 1 is 200,000 characters; the limit is 50,000")


def test_deeply_nested_jsonl_is_refused(tmp_path):
    path = tmp_path / "deep.jsonl"
    path.write_text("[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")
    assert_one_line_error(invoke("bias", "--input", str(path)), "deep.jsonl:1: JSON nested too deeply")


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        ('id,text\n1,"She is bossy\n2,He is lazy\n', "malformed CSV (unexpected end of data)"),
        ('id,text\n1,"She said "great" today",x\n', "malformed CSV (',' expected after '\"')"),
        ("id,text\n1,She is bossy, and lazy\n", "row 1 has more fields than the header"),
    ],
)
def test_malformed_csv_never_merges_or_drops_rows(tmp_path, content, fragment):
    path = tmp_path / "bad.csv"
    path.write_text(content, encoding="utf-8")
    assert_one_line_error(invoke("bias", "--input", str(path)), fragment)


def test_input_symlink_to_dev_zero_is_refused(tmp_path):
    link = tmp_path / "zero.txt"
    link.symlink_to("/dev/zero")
    assert_one_line_error(invoke("bias", "--input", str(link)), "zero.txt: not a regular file")


def test_endless_stdin_stops_at_the_limit():
    with open("/dev/zero", "rb") as zero:
        proc = subprocess.run(
            [sys.executable, "-m", "assistant.cli", "bias", "-"],
            stdin=zero, capture_output=True, timeout=HANG_GUARD_S,
            env={**os.environ, "PYTHONPATH": str(PROJECT_ROOT)},
        )
    assert proc.returncode == 2
    assert proc.stderr.decode() == "error: standard input is over 200,004 bytes; the limit is 50,000 characters\n"


# --- terminal output --------------------------------------------------------------------------------

ESCAPES = "\x1b[2J\x1b]0;pwned\x07\x1b[8m"


def test_escape_codes_in_a_draft_never_reach_the_terminal():
    result = invoke("bias", f"She is bossy {ESCAPES} and shrill.")
    assert result.exit_code == 0
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert '1. "bossy"' in result.stdout


def test_json_output_keeps_control_characters_escaped():
    result = invoke("goal", f"Increase sales {ESCAPES} by 10%", "--json")
    assert "\x1b" not in result.stdout and "\\u001b" in result.stdout


def test_error_messages_are_one_line_even_for_a_file_name_with_a_newline(tmp_path):
    path = tmp_path / "evil\nerror: forged.csv"
    path.write_text("id,body\n1,x\n", encoding="utf-8")
    result = invoke("bias", "--input", str(path))
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "evil\\nerror: forged.csv" in result.stderr


# --- settings and secrets ---------------------------------------------------------------------------

SECRET_ENV = {
    "OPENAI_API_KEY": "sk-live-SECRETKEY123456",
    "OPENAI_BASE_URL": "http://svc:Hunter2Passw0rd@127.0.0.1:9/v1?api_key=QUERYSECRET",
    "COACH_AUTH": "admin:AuthPassw0rd",
}
SECRETS = ["SECRETKEY123456", "Hunter2Passw0rd", "QUERYSECRET", "AuthPassw0rd"]


@pytest.mark.parametrize("as_json", [False, True])
def test_config_never_prints_a_secret(as_json, monkeypatch):
    from assistant.settings import get_settings

    for name, value in SECRET_ENV.items():
        monkeypatch.setenv(name, value)
    get_settings.cache_clear()
    result = invoke("config", *(["--json"] if as_json else []))
    assert result.exit_code == 0
    assert [s for s in SECRETS if s in result.output] == []
    assert "http://svc:***@127.0.0.1:9/v1?api_key=***" in result.output


def test_a_failing_model_call_leaks_no_secret_in_output_or_logs(indexed_settings, monkeypatch, caplog):
    from assistant.settings import get_settings

    env = {**SECRET_ENV, "COACH_LLM": "openai", "COACH_LLM_MAX_RETRIES": "0", "COACH_LLM_TIMEOUT": "2"}
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    get_settings.cache_clear()
    caplog.set_level("INFO")
    result = invoke("feedback", "She is bossy.", "--json")
    output = result.output + caplog.text
    assert result.exit_code == 0, output
    assert json.loads(result.stdout)["mode"] == "offline"
    assert [s for s in SECRETS if s in output] == []


def test_a_bad_setting_is_one_line():
    proc = coach("bias", "x", env={"COACH_REDACT_PATTERNS": '{"PROJECT": "(("}'})
    assert proc.returncode == 2
    assert proc.stderr.decode().startswith("error: invalid setting redact_patterns: Value error, redact_patterns:")
    assert proc.stderr.decode().count("\n") == 1

