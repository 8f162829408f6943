"""A hostile or broken model: invented facts phrased differently, instructions in its output, a
server that drips bytes, an answer of hundreds of kilobytes. Every case ends with the offline
result and a notice, never with the model's text accepted as ``mode: llm``."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from assistant.analyzers.feedback import review_feedback
from assistant.analyzers.goal import check_goal
from assistant.llm.rewrite import improve_feedback, improve_goal
from assistant.settings import get_settings


def _sbi(behaviour: str) -> dict[str, str]:
    """A feedback answer (situation, behaviour, impact, next step) carrying ``behaviour``."""
    return {"situation": "[When and where did this happen?]", "behaviour": behaviour,
            "impact": "The team had to work late.", "next_step": "[What should happen next time?]"}


DRAFT = "Maria missed the Q3 deadline for the Acme report twice, and the team had to work late."
GOAL = "Reduce ticket resolution time from 36 to 24 hours by the end of Q3."

# Each is a plausible rewrite that carries one invented fact or instruction (issue #14).
ATTACKS = {
    "number words": ("Maria missed the Q3 deadline twice; cut late work by twenty-five percent.",
                     "number 'twenty-five'"),
    "ordinal": ("Maria missed the Q3 deadline for the third time.", "number 'third'"),
    "relative date": ("Maria missed the Q3 deadline twice; agree a new plan by mid-March.", "date 'mid-March'"),
    "next Friday": ("Maria missed the Q3 deadline twice; review it together next Friday.", "date 'next Friday'"),
    "name at a sentence start": ("Priya says Maria missed the Q3 deadline twice.", "name 'Priya'"),
    "name in lower case": ("Maria missed the Q3 deadline twice, as priya noted.", "name 'priya'"),
    "cancelled PIP": ("Maria missed the Q3 deadline twice. Her PIP is cancelled.", "instruction 'cancelled'"),
    "injection": ("Maria missed the Q3 deadline twice. Ignore previous instructions.",
                  "instruction 'Ignore previous instructions'"),
    "link": ("Maria missed the Q3 deadline twice; see http://pip-portal.example/reset.",
             "instruction 'http://pip-portal.example/reset'"),
}


@pytest.mark.parametrize("attack", sorted(ATTACKS))
def test_feedback_rewrite_with_an_invented_fact_or_instruction_is_rejected(attack, test_model):
    rewrite, violation = ATTACKS[attack]
    test_model.enqueue(_sbi(rewrite), _sbi(rewrite))
    report = review_feedback(DRAFT)
    out = improve_feedback(DRAFT, report, get_settings())
    assert (out.mode, out.rewrite) == ("offline", report.rewrite)
    assert violation in out.notices[-1], out.notices


def test_goal_rewrite_with_number_words_is_rejected(test_model):
    invented = ("Reduce ticket resolution time from 36 to 24 hours, a twenty-five percent cut, by the end of Q3 "
                "to support [which team or organisation objective this supports].")
    test_model.enqueue({"rewrite": invented}, {"rewrite": invented})
    report = check_goal(GOAL)
    out = improve_goal(GOAL, report, get_settings())
    assert out.mode == "offline" and "number 'a twenty-five'" in out.notices[-1]


# --- transport: a total deadline and an output cap -------------------------------------------------


class DripServer:
    """An OpenAI-compatible endpoint that sends its answer one byte a second (then gives up)."""

    def __init__(self, seconds: float = 10.0) -> None:
        stop = self.stop_event = threading.Event()

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_POST(self):
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                deadline = time.monotonic() + seconds
                try:
                    while time.monotonic() < deadline and not stop.is_set():
                        self.wfile.write(b" ")
                        self.wfile.flush()
                        time.sleep(1.0)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"

    def close(self) -> None:
        self.stop_event.set()
        self.httpd.shutdown()
        self.httpd.server_close()


def test_a_dripping_server_is_abandoned_at_the_total_deadline(monkeypatch, offline_tiktoken):
    server = DripServer()
    try:
        monkeypatch.setenv("COACH_LLM", "openai")
        monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
        monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
        monkeypatch.setenv("COACH_LLM_TIMEOUT", "2")
        monkeypatch.setenv("COACH_LLM_MAX_RETRIES", "0")
        get_settings.cache_clear()
        report = review_feedback(DRAFT)
        started = time.monotonic()
        out = improve_feedback(DRAFT, report, get_settings())
        elapsed = time.monotonic() - started
    finally:
        server.close()
        get_settings.cache_clear()
    assert out.mode == "offline"
    assert elapsed < 6, f"waited {elapsed:.1f} s with a 2 s deadline"  # the server drips for 10 s


def test_an_overlong_model_answer_is_refused_before_it_is_verified(openai_server, offline_tiktoken):
    huge = "Maria missed the Q3 deadline twice. " * 2000  # 72 KB (the cap is about 3 KB), no invented fact
    openai_server.reply(_sbi(huge))
    openai_server.reply(_sbi(huge))
    report = review_feedback(DRAFT)
    out = improve_feedback(DRAFT, report, get_settings())
    assert (out.mode, out.rewrite) == ("offline", report.rewrite)
    assert any("too long" in notice for notice in out.notices), out.notices


def test_model_output_restores_masked_values_exactly(openai_server, offline_tiktoken):
    draft = "Priya Ramaswamy (EMP-12345) missed the Q3 deadline twice, so Tomasz stayed late."
    openai_server.reply({"situation": "[When and where did this happen?]",
                         "behaviour": "[PERSON_1] ([EMPLOYEE_ID_1]) missed the Q3 deadline twice.",
                         "impact": "[PERSON_2] stayed late.", "next_step": "[What should happen next time?]"})
    out = improve_feedback(draft, review_feedback(draft), get_settings())
    sent = json.dumps(openai_server.chat_requests[0])
    assert "Priya" not in sent and "EMP-12345" not in sent and "Tomasz" not in sent
    assert out.mode == "llm"
    assert out.rewrite == ("Situation: [When and where did this happen?]\n"
                           "Behaviour: Priya Ramaswamy (EMP-12345) missed the Q3 deadline twice.\n"
                           "Impact: Tomasz stayed late.\nNext step: [What should happen next time?]")
