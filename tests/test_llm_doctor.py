"""``coach doctor`` against the scripted loopback server: the method that works, round trip, context."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from assistant.cli import main
from assistant.settings import get_settings

pytestmark = pytest.mark.usefixtures("offline_tiktoken")


def _doctor(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["doctor", *args])
    return result.exit_code, result.stdout


def test_offline_is_healthy_and_says_so() -> None:
    code, out = _doctor()
    assert code == 0
    assert "model           offline" in out
    assert "prompts         feedback_coaching 3.0.0, goal_rewrite 2.0.0, judge_rubric" in out
    assert "status          ok: no model configured: every feature uses the deterministic analyzers" in out


def test_doctor_finds_the_method_the_server_accepts_and_remembers_it(openai_server) -> None:
    openai_server.rejects = {"json_schema"}
    openai_server.props = {"default_generation_settings": {"n_ctx": 8192}}
    openai_server.reply({"word": "ready"})
    code, out = _doctor("--json")
    assert code == 0, out
    report = json.loads(out)
    assert [(t["method"], t["outcome"]) for t in report["tried"]] == [("json_schema", "rejected"),
                                                                     ("function_calling", "works")]
    assert "HTTP 500" in report["tried"][0]["detail"] and "response_format" in report["tried"][0]["detail"]
    assert (report["ok"], report["method"], report["context_tokens"], report["context_source"]) == (
        True, "function_calling", 8192, "GET /props")
    assert report["round_trip_s"] > 0
    cache = json.loads(get_settings().model_cache_file.read_text())
    assert [entry["method"] for entry in cache.values()] == ["function_calling"]


def test_doctor_reads_vllm_style_model_metadata(openai_server) -> None:
    openai_server.models = [{"id": "gpt-4o-mini", "object": "model", "max_model_len": 32768}]
    openai_server.reply({"word": "ready"})
    code, out = _doctor()
    assert code == 0, out
    assert "context size    32768 tokens (GET /models max_model_len)" in out
    assert "method          json_schema" in out


def test_an_unusable_answer_moves_on_to_the_next_method(openai_server) -> None:
    openai_server.reply_text("I am ready!")
    openai_server.reply({"word": "ready"})
    code, out = _doctor("--json")
    report = json.loads(out)
    assert code == 0
    assert [(t["method"], t["outcome"]) for t in report["tried"]] == [("json_schema", "unusable"),
                                                                     ("function_calling", "works")]


def test_a_dead_server_is_a_problem_with_exit_1(openai_server, monkeypatch) -> None:
    from tests.fixtures.index import free_port

    monkeypatch.setenv("OPENAI_BASE_URL", f"http://127.0.0.1:{free_port()}/v1")
    monkeypatch.setenv("COACH_LLM_MAX_RETRIES", "0")
    get_settings.cache_clear()
    code, out = _doctor()
    assert code == 1
    assert "status          PROBLEM: the model server could not be reached" in out
