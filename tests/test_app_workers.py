"""Analyzer work runs in worker processes, one pool per coach, with a per-request time limit: a
slow request stalls nothing else and is stopped at the limit."""

from __future__ import annotations

import asyncio
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from assistant.coaches import BIAS, FEEDBACK
from assistant.ui.workers import AnalysisTimeout, AnalyzerPools, time_limit
from tests.fixtures.app import app_settings
from tests.fixtures.coaches import SLOW
from tests.fixtures.index import free_port

pytestmark = pytest.mark.slow


def test_time_limit_adds_the_model_budget_in_llm_mode(tmp_path) -> None:
    offline = app_settings(tmp_path, analyzer_timeout=4)
    assert time_limit(offline) == 4
    llm = app_settings(tmp_path, analyzer_timeout=4, llm="openai", llm_timeout=10, llm_max_retries=2)
    assert time_limit(llm) == 34


def test_a_request_past_the_limit_is_stopped_and_the_next_one_is_served(tmp_path) -> None:
    pools = AnalyzerPools(app_settings(tmp_path, analyzer_timeout=1.5), (SLOW, BIAS))

    async def scenario():
        await pools.run(SLOW, "sleep 0")  # the worker is up
        started = time.perf_counter()
        with pytest.raises(AnalysisTimeout, match=r"^The request took longer than 1\.5 seconds to analyse"):
            await pools.run(SLOW, "sleep 30")
        stopped_after = time.perf_counter() - started
        report, notices = await pools.run(SLOW, "sleep 0.1")  # served by a fresh worker
        return stopped_after, report, notices

    try:
        stopped_after, report, notices = asyncio.run(scenario())
    finally:
        pools.close()
    assert stopped_after < 20  # stopped, not slept out (30 s)
    assert (report.slept, notices) == (0.1, [])


def test_slow_requests_of_one_coach_do_not_slow_another(tmp_path) -> None:
    """Four long requests keep the slow coach's workers busy; a bias check still answers at once."""
    pools = AnalyzerPools(app_settings(tmp_path, analyzer_timeout=20, analyzer_workers=4), (SLOW, BIAS))

    async def scenario():
        await asyncio.gather(pools.run(BIAS, "warm up"), pools.run(SLOW, "sleep 0"))
        slow = [asyncio.create_task(pools.run(SLOW, "sleep 3")) for _ in range(4)]
        await asyncio.sleep(0.5)
        report, _ = await pools.run(BIAS, "The chairman approved it.")
        pending_when_bias_answered = sum(not task.done() for task in slow)
        await asyncio.gather(*slow)
        return pending_when_bias_answered, report

    try:
        pending, report = asyncio.run(scenario())
    finally:
        pools.close()
    assert [f.text for f in report.flags] == ["chairman"]
    assert pending == 4  # the bias check did not wait for any of them (latency: benchmarks/bench_app.py)


def test_reports_from_workers_equal_the_service(tmp_path, knowledge_index) -> None:
    from assistant import service

    settings = app_settings(tmp_path, index_dir=knowledge_index.index_dir)
    text = "You're lazy and you never take initiative."
    pools = AnalyzerPools(settings, (FEEDBACK,))
    try:
        report, notices = asyncio.run(pools.run(FEEDBACK, text))
    finally:
        pools.close()
    assert report == service.feedback(text, settings)
    assert notices == []


def test_app_bias_answers_within_a_second_while_long_requests_run(tmp_path) -> None:
    """Through the app: slow requests on one endpoint, a /bias call answered promptly."""
    from gradio_client import Client

    from assistant.ui.server import launch

    settings = app_settings(tmp_path, analyzer_timeout=20, analyzer_workers=4)
    port = free_port()
    app = launch(settings, port=port, prevent_thread_lock=True, quiet=True, warm=False, coaches=(BIAS, SLOW))
    url = f"http://127.0.0.1:{port}/"
    try:
        clients = [Client(url, verbose=False, analytics_enabled=False) for _ in range(5)]
        clients[0].predict("warm up", api_name="/bias")
        clients[1].predict("sleep 0", api_name="/slow")
        with ThreadPoolExecutor(4) as executor:
            slow = [executor.submit(c.predict, "sleep 5", api_name="/slow") for c in clients[1:]]
            time.sleep(1.5)
            payload = clients[0].predict("The chairman approved it.", api_name="/bias")
            pending_when_bias_answered = sum(not f.done() for f in slow)
            assert [f.result(timeout=60) for f in slow] == [{"slept": 5.0}] * 4
    finally:
        app.close()
    assert [f["text"] for f in payload["flags"]] == ["chairman"]
    assert pending_when_bias_answered == 4
