"""The LLM path end to end: the real `coach` CLI, the real knowledge index and the real
langchain/openai client, against a loopback server speaking the OpenAI API."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from assistant.analyzers.goal import check_goal
from assistant.cli import main

pytestmark = pytest.mark.usefixtures("offline_tiktoken", "indexed_settings")

GOAL_REWRITE = (
    "Improve customer service for [which customers] by reducing [which measure] from [baseline] to "
    "[target: number or %] by [deadline] to support [which team or organisation objective this supports]."
)


def run_json(*args: str) -> dict:
    result = CliRunner().invoke(main, [*args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_goal_llm_rewrite_is_verified_and_kept(openai_server) -> None:
    openai_server.reply({"rewrite": GOAL_REWRITE})
    report = run_json("goal", "Improve customer service.")
    assert report["mode"] == "llm"
    assert report["rewrite"] == GOAL_REWRITE
    assert report["notices"] == []
    assert report["criteria"]["specific"]["met"] is False  # the analysis is of the user's goal, not the rewrite
    sent = openai_server.sent_text()
    assert "<goal>\nImprove customer service.\n</goal>" in sent
    assert "Which team, department or cooperative objective" in sent  # job-aid guidance from the index


def test_goal_llm_rewrite_inventing_a_number_twice_falls_back_offline(openai_server) -> None:
    invented = ("Improve customer service for [which customers] to 95% satisfaction from [baseline] by [deadline] "
                "to support [which objective].")
    openai_server.reply({"rewrite": invented})
    openai_server.reply({"rewrite": invented})
    report = run_json("goal", "Improve customer service.")
    assert report["mode"] == "offline"
    assert report["rewrite"] == check_goal("Improve customer service.").rewrite
    assert "95%" not in report["rewrite"]
    assert len(openai_server.chat_requests) == 2
    assert "95%" in openai_server.sent_text(1)  # the retry names the violation
    assert any("offline rewrite" in notice for notice in report["notices"])


def test_feedback_llm_rewrite_with_trait_words_is_rejected(openai_server) -> None:
    draft = "You're lazy and you never take initiative."
    parts = {"situation": "In [which meeting].", "behaviour": "You are lazy.", "impact": "[what happened].",
             "next_step": "Take initiative on [which task]."}
    openai_server.reply(parts)
    openai_server.reply({**parts, "behaviour": "Honestly you are still lazy."})
    report = run_json("feedback", draft)
    assert report["mode"] == "offline"
    assert report["notices"] == ["LLM rewrite rejected: it still contains trait wording 'lazy'; offline rewrite kept."]
    assert [f["kind"] for f in report["findings"]][:2] == ["trait", "absolute"]
    assert "[\"lazy\": what did you see or hear them do?]" in report["rewrite"]


def test_ask_llm_answer_cites_retrieved_passages(openai_server) -> None:
    openai_server.reply({"answered": True, "answer": "Managers hold one-on-ones at least monthly [1]."})
    answer = run_json("ask", "How often should managers hold one-on-ones?")
    assert answer["mode"] == "llm"
    assert answer["answered"] is True
    assert answer["answer"] == "Managers hold one-on-ones at least monthly [1]."
    assert len(answer["citations"]) == 1
    assert answer["citations"][0]["source"] in {"check-ins.md", "remote-and-hybrid-work-expectations.md"}
    assert '<passage id="1" source="' in openai_server.sent_text()


def test_ask_llm_answer_citing_nothing_falls_back_to_extractive(openai_server) -> None:
    openai_server.reply({"answered": True, "answer": "Managers meet their reports every 6 weeks."})
    answer = run_json("ask", "How often should managers hold one-on-ones?")
    assert answer["mode"] == "offline"
    assert answer["answer"].startswith("From the indexed documents:")
    assert "6 weeks" not in answer["answer"]
