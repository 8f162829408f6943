"""Verified LLM rewrites: accepted, retried once with the violation named, or replaced offline."""

from __future__ import annotations

import pytest

from assistant.analyzers.feedback import review_feedback
from assistant.analyzers.goal import check_goal
from assistant.llm.rewrite import improve_feedback, improve_goal
from assistant.settings import get_settings

GOAL = "Improve customer service."
GOOD_GOAL = ("Improve customer service by cutting [which measure] from [baseline] to [target: number or %] "
             "by [deadline] to support [which team or organisation objective this supports].")
INVENTED = "Improve customer service to 95% satisfaction by [deadline] to support [which objective]."
DRAFT = "You are lazy and you never take initiative."
GOOD_FEEDBACK = ("In [which meeting or project], I noticed that [what you observed]. As a result, "
                 "[the effect on the team or the work]. Next time, please [one concrete step], and let's "
                 "review it at our next one-on-one.")


pytestmark = pytest.mark.usefixtures("offline_tiktoken")


def test_offline_mode_returns_the_report_untouched() -> None:
    report = check_goal(GOAL)
    assert improve_goal(GOAL, report, get_settings()) is report


def test_goal_rewrite_that_verifies_is_kept(fake_chat_model) -> None:
    fake_chat_model.enqueue({"rewrite": GOOD_GOAL})
    report = check_goal(GOAL)
    out = improve_goal(GOAL, report, get_settings())
    assert check_goal(GOOD_GOAL).score >= check_goal(report.rewrite).score
    assert out.model_dump() == report.model_copy(update={
        "rewrite": GOOD_GOAL, "mode": "llm", "notices": [],
        "placeholders": ["[which measure]", "[baseline]", "[target: number or %]", "[deadline]",
                         "[which team or organisation objective this supports]"],
    }).model_dump()
    sent = fake_chat_model.sent_text()
    assert "<goal>\nImprove customer service.\n</goal>" in sent
    assert "measurable: NOT met." in sent  # the analyzer's findings reach the model
    assert report.rewrite in sent  # and so does the offline rewrite


def test_invented_number_is_retried_with_the_violation_named(fake_chat_model) -> None:
    fake_chat_model.enqueue({"rewrite": INVENTED}, {"rewrite": GOOD_GOAL})
    out = improve_goal(GOAL, check_goal(GOAL), get_settings())
    assert (out.rewrite, out.mode) == (GOOD_GOAL, "llm")
    assert out.notices == ["LLM rewrite accepted on the second attempt (the first was rejected)."]
    retry = fake_chat_model.sent_text(1)
    assert "Your previous rewrite was rejected because not in the input or sources: number '95%'" in retry
    assert "previous rewrite was rejected" not in fake_chat_model.sent_text(0)


def test_twice_failing_rewrite_is_replaced_by_the_offline_one(fake_chat_model) -> None:
    fake_chat_model.enqueue({"rewrite": INVENTED}, {"rewrite": INVENTED})
    report = check_goal(GOAL)
    out = improve_goal(GOAL, report, get_settings())
    assert (out.rewrite, out.placeholders, out.mode) == (report.rewrite, report.placeholders, "offline")
    assert out.notices == ["LLM rewrite rejected: not in the input or sources: number '95%'; offline rewrite kept."]
    assert len(fake_chat_model.calls) == 2  # one retry, no more


def test_goal_rewrite_scoring_lower_than_offline_is_rejected(fake_chat_model) -> None:
    fake_chat_model.enqueue({"rewrite": "Be nicer to customers."}, {"rewrite": "Be nicer to customers."})
    report = check_goal(GOAL)
    out = improve_goal(GOAL, report, get_settings())
    offline = check_goal(report.rewrite).score
    assert out.mode == "offline" and out.rewrite == report.rewrite
    assert out.notices[0].startswith(f"LLM rewrite rejected: it meets {check_goal('Be nicer to customers.').score}/5 "
                                     f"SMART criteria, fewer than the offline rewrite's {offline}/5")


def test_feedback_rewrite_that_verifies_is_kept(fake_chat_model) -> None:
    fake_chat_model.enqueue({"rewrite": GOOD_FEEDBACK})
    report = review_feedback(DRAFT)
    out = improve_feedback(DRAFT, report, get_settings())
    assert (out.rewrite, out.mode, out.notices) == (GOOD_FEEDBACK, "llm", [])
    assert out.placeholders == ["[which meeting or project]", "[what you observed]",
                                "[the effect on the team or the work]", "[one concrete step]"]
    sent = fake_chat_model.sent_text()
    assert "- trait \"lazy\":" in sent and "- absolute \"never\":" in sent


def test_feedback_rewrite_keeping_trait_words_is_rejected(fake_chat_model) -> None:
    bad = "You are lazy and you always miss deadlines."
    fake_chat_model.enqueue({"rewrite": bad}, {"rewrite": bad})
    report = review_feedback(DRAFT)
    out = improve_feedback(DRAFT, report, get_settings())
    assert (out.rewrite, out.mode) == (report.rewrite, "offline")
    assert out.notices == ["LLM rewrite rejected: it still contains trait wording 'lazy', absolute wording "
                           "'always'; offline rewrite kept."]
    assert "it still contains trait wording 'lazy'" in fake_chat_model.sent_text(1)


def test_feedback_rewrite_with_biased_wording_is_rejected(fake_chat_model) -> None:
    biased = GOOD_FEEDBACK.replace("I noticed that", "I noticed that you were abrasive and")
    fake_chat_model.enqueue({"rewrite": biased}, {"rewrite": GOOD_FEEDBACK})
    out = improve_feedback(DRAFT, review_feedback(DRAFT), get_settings())
    assert out.mode == "llm" and out.rewrite == GOOD_FEEDBACK
    assert "biased wording 'abrasive'" in fake_chat_model.sent_text(1)


def test_model_error_keeps_offline_rewrite_with_notice(fake_chat_model) -> None:
    fake_chat_model.enqueue("{not json")
    report = check_goal(GOAL)
    out = improve_goal(GOAL, report, get_settings())
    assert (out.rewrite, out.mode) == (report.rewrite, "offline")
    assert out.notices == ["LLM unavailable: the model returned malformed output (not valid JSON for the "
                           "expected schema); offline rewrite kept."]


def test_goal_rewrite_over_http_masks_private_data(openai_server) -> None:
    goal = "Answer every ticket from ops@northwind.example within one day."
    openai_server.reply({"rewrite": "Answer every ticket from [EMAIL_1] within one day by [deadline] to support "
                                    "[which team or organisation objective this supports]."})
    out = improve_goal(goal, check_goal(goal), get_settings())
    assert "ops@northwind.example" not in openai_server.sent_text()
    assert out.mode == "llm"
    assert out.rewrite.startswith("Answer every ticket from ops@northwind.example within one day")


def test_server_timeout_keeps_offline_rewrite(openai_server, monkeypatch) -> None:
    monkeypatch.setenv("COACH_LLM_TIMEOUT", "0.3")
    monkeypatch.setenv("COACH_LLM_MAX_RETRIES", "0")
    get_settings.cache_clear()
    openai_server.slow(2.0, {"rewrite": GOOD_FEEDBACK})
    report = review_feedback(DRAFT)
    out = improve_feedback(DRAFT, report, get_settings())
    assert (out.rewrite, out.mode) == (report.rewrite, "offline")
    assert out.notices == ["LLM unavailable: the model timed out after 0.3s (0 retries); offline rewrite kept."]
