"""Personal data never reaches the model server: a loopback OpenAI server records every request
body, and none of the planted values may appear in any of them, across goal, feedback (with its
retry), ask and the judge. Restoration puts the values back exactly."""

from __future__ import annotations

import contextlib
import json

import pytest
from click.testing import CliRunner

from assistant.cli import main
from assistant.llm.redact import Redactor
from tests.adversarial.planted import ORGANISATION_PATTERNS, PLANTED, planted_text

pytestmark = pytest.mark.usefixtures("offline_tiktoken")


@pytest.fixture
def org_patterns(monkeypatch: pytest.MonkeyPatch) -> None:
    from assistant.settings import get_settings

    monkeypatch.setenv("COACH_REDACT_PATTERNS", ORGANISATION_PATTERNS)
    get_settings.cache_clear()


def leaked(server) -> list[str]:
    bodies = [json.dumps(body, ensure_ascii=False) for body in server.chat_requests]
    assert bodies, "no request reached the model server"
    return sorted(value for value in PLANTED if any(value in body for body in bodies))


def run_json(*args: str) -> dict:
    result = CliRunner().invoke(main, [*args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_the_planted_text_holds_every_value() -> None:
    assert [value for value in PLANTED if value not in planted_text()] == []


def test_redactor_masks_every_planted_value_and_restores_the_text() -> None:
    redactor = Redactor(patterns=json.loads(ORGANISATION_PATTERNS))
    masked = redactor.mask(planted_text())
    assert [value for value in PLANTED if value in masked] == []
    assert redactor.restore(masked) == planted_text()


@pytest.mark.usefixtures("indexed_settings", "org_patterns")
def test_goal_and_its_retry_send_no_planted_value(openai_server) -> None:
    # The first rewrite invents a number, so the call is retried with the violation named.
    openai_server.reply({"rewrite": "[PERSON_1] will hit 97% by [deadline]."})
    openai_server.reply({"rewrite": "[PERSON_1] will meet [which target] by [deadline] for [which objective]."})
    run_json("goal", planted_text())
    assert len(openai_server.chat_requests) == 2
    assert leaked(openai_server) == []


@pytest.mark.usefixtures("indexed_settings", "org_patterns")
def test_feedback_and_its_retry_send_no_planted_value(openai_server) -> None:
    parts = {"situation": "[When and where did this happen?]", "behaviour": "[PERSON_1] is lazy.",
             "impact": "[What was the impact?]", "next_step": "[What should happen next time?]"}
    openai_server.reply(parts)
    openai_server.reply({**parts, "behaviour": "[PERSON_1] missed the [PROJECT_1] deadline twice."})
    report = run_json("feedback", planted_text())
    assert len(openai_server.chat_requests) == 2  # the retry names the problem, still masked
    assert leaked(openai_server) == []
    # The draft states an impact that the model's rewrite replaces by a placeholder: the offline one is kept
    # (after the feedback coach's learned-layer note on the same draft).
    assert (report["mode"], report["notices"]) == (
        "offline", ["Learned layer: read the draft as one that names an observable behaviour (named people or "
                    "things (log of the count): high; the draft's length (log of its word count): high; a number "
                    "in the draft: yes), unlike the rules.",
                    "LLM rewrite rejected: the Impact part drops what the draft said and leaves only a "
                    "placeholder; offline rewrite kept."])
    assert "Priya Ramaswamy" in report["rewrite"]  # restored values are the user's own, in the offline rewrite


@pytest.mark.usefixtures("indexed_settings", "org_patterns")
def test_ask_sends_no_planted_value(openai_server) -> None:
    question = (
        "My manager Priya Ramaswamy (EMP-12345, 555 014 2231, SSN 123-45-6789, born 14/03/1985, "
        "42 Maple Avenue, Springfield, IL 62704) says Tomasz Wójcik must redo PRJ-7781. How often "
        "should managers hold one-on-ones?"
    )
    openai_server.reply({"answered": True, "answer": "Managers hold one-on-ones at least monthly [1]."})
    run_json("ask", question)
    assert leaked(openai_server) == []


@pytest.mark.usefixtures("org_patterns")
def test_judge_sends_no_planted_value(openai_server) -> None:
    from assistant.evaluation.judge import JudgeVerdict, grade
    from assistant.llm.provider import LLM
    from assistant.settings import get_settings

    fields = JudgeVerdict.model_fields
    verdict = {name: (3 if f.annotation is int else "ok") for name, f in fields.items() if f.is_required()}
    openai_server.reply(verdict)
    with contextlib.suppress(Exception):  # only what was sent matters here
        grade(LLM(get_settings()), "feedback", planted_text(), planted_text(), "case-1")
    assert leaked(openai_server) == []
