"""Analyzer work for the app runs in worker processes, one small pool per coach.

Regular expressions hold the interpreter lock, so a slow analysis in the server process would
stall every other request. In a worker process it stalls nothing: a long ``/feedback`` only keeps
one feedback worker busy, ``/bias`` has its own workers, and a request that runs past the time
limit has its worker killed (pebble restarts it) and gets a one-line answer.
"""

from __future__ import annotations

import asyncio
import contextlib
import multiprocessing
import os
import threading
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from typing import Any

import anyio
from pebble import ProcessPool

from assistant.coaches import COACHES, Coach
from assistant.settings import Settings

_settings: Settings | None = None


class AnalysisTimeout(RuntimeError):
    """The analysis ran past the per-request time limit."""


class WorkerCrashed(RuntimeError):
    """The worker process died during the analysis (out of memory, killed)."""


def _init_worker(settings: Settings, coach: Coach) -> None:
    """Load the coach's rules once per worker, so the first request pays nothing."""
    global _settings
    _settings = settings
    # a warm-up failure shows up, with its message, on the first real request
    with contextlib.suppress(Exception):
        coach.run("Warm-up.", settings)


def _run(coach: Coach, text: str) -> tuple[Any, list[str]]:
    assert _settings is not None, "worker not initialised"
    notices: list[str] = []
    report = coach.run(text, _settings, notify=notices.append)
    return report, notices


def _ping() -> None:
    """A task that only makes a pool start its workers."""


def time_limit(settings: Settings) -> float:
    """Seconds one analysis may take: the analyzer limit, plus the model's budget in LLM mode."""
    limit = settings.analyzer_timeout
    if settings.llm_mode != "offline":
        limit += settings.llm_timeout * (settings.llm_max_retries + 1)
    return limit


class AnalyzerPools:
    """One process pool per analyzer coach, started once with the app and closed with it."""

    def __init__(self, settings: Settings, coaches: tuple[Coach, ...] = COACHES) -> None:
        self.settings = settings
        self.limit = time_limit(settings)
        # The server has threads: never fork it. A fork server (a clean process that has loaded the
        # analyzers once) forks the workers warm; it does not import the app's __main__.
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["assistant.ui.worker_preload"])
        workers = settings.analyzer_workers or max(1, min(2, os.cpu_count() or 1))
        self._pools = {
            coach.name: ProcessPool(
                max_workers=workers, initializer=_init_worker, initargs=(settings, coach), context=context
            )
            for coach in coaches
            if coach.workload == "analyzer"
        }

    def start(self) -> None:
        """Start every pool's workers (seconds on a busy machine; call it off the event loop)."""
        for pool in self._pools.values():
            pool.submit(_ping, None)

    def start_in_background(self) -> threading.Thread:
        thread = threading.Thread(target=self.start, name="coach-analyzer-pools", daemon=True)
        thread.start()
        return thread

    def __contains__(self, name: str) -> bool:
        return name in self._pools

    async def run(self, coach: Coach, text: str) -> tuple[Any, list[str]]:
        """The coach's report for ``text`` and the notices raised on the way (awaitable)."""
        # pebble starts a pool's workers inside the first submit: never in the server's event loop
        pool = self._pools[coach.name]
        future = await anyio.to_thread.run_sync(lambda: pool.submit(_run, self.limit, coach, text))
        try:
            return await asyncio.wrap_future(future)
        except FutureTimeout:
            raise AnalysisTimeout(
                f"The {coach.subject} took longer than {self.limit:g} seconds to analyse, so the check "
                "was stopped; try a shorter text."
            ) from None
        except (OSError, EOFError, BrokenProcessPool) as exc:  # pebble's ProcessExpired is an OSError
            raise WorkerCrashed(
                f"The {coach.subject} could not be analysed: the worker stopped unexpectedly."
            ) from exc

    def close(self) -> None:
        for pool in self._pools.values():
            pool.stop()
        for pool in self._pools.values():
            pool.join(timeout=10)
