"""Concurrent clients against ``/bias`` and ``/ask`` while another process ingests into the same
index: no errors, no lock errors, the index consistent afterwards. A short version of the
50-clients-for-60-seconds run in benchmarks/bench_adversarial.py (figures in SECURITY.md)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time

import pytest

from assistant.settings import PROJECT_ROOT

pytestmark = pytest.mark.slow

CLIENTS = 8
SECONDS = 10


def hammer(url: str, seconds: float, clients: int) -> tuple[int, list[str]]:
    """``clients`` threads, each with its own client, alternating /bias and /ask until time is up."""
    from gradio_client import Client

    calls = 0
    errors: list[str] = []
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def user(n: int) -> None:
        nonlocal calls
        client = Client(url, verbose=False, analytics_enabled=False)
        i = 0
        while time.monotonic() < stop:
            try:
                if (n + i) % 2:
                    assert "flags" in client.predict("She is bossy and shrill.", api_name="/bias")
                else:
                    assert "answer" in client.predict("How often are check-ins held?", api_name="/ask")
                with lock:
                    calls += 1
            except Exception as exc:  # noqa: BLE001 - every failure is counted and shown
                with lock:
                    errors.append(f"{type(exc).__name__}: {exc}"[:200])
            i += 1

    threads = [threading.Thread(target=user, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=seconds + 120)
    return calls, errors


def write_policies(folder, count: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        (folder / f"load-policy-{n:03d}.md").write_text(
            f"# Load policy {n}\n\nRule {n}: timesheets are approved by the line manager every Friday.\n",
            encoding="utf-8",
        )


def test_clients_while_another_process_ingests(running_app, tmp_path):
    folder = tmp_path / "load-docs"
    write_policies(folder, 40)
    env = {**os.environ, "COACH_LLM": "offline", "COACH_INDEX_DIR": str(running_app.settings.index_dir),
           "PYTHONPATH": str(PROJECT_ROOT)}
    ingest = subprocess.Popen([sys.executable, "-m", "assistant.cli", "ingest", str(folder)], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    calls, errors = hammer(running_app.url, SECONDS, CLIENTS)
    out, err = ingest.communicate(timeout=300)
    assert ingest.returncode == 0, err
    assert "lock" not in err.lower()
    assert errors == []
    assert calls >= CLIENTS

    from assistant.knowledge.store import open_store

    store = open_store(running_app.settings)
    mine = [d for d in store.documents() if d.source.startswith("load-policy-")]
    assert len(mine) == 40
    assert all(len(store.document_chunks(d.path)) == d.chunk_count for d in mine)
    rows = [chunk_id for chunk_id, _, meta in store.lexical.raw_chunks() if meta["source"].startswith("load-policy-")]
    assert len(rows) == len(set(rows)) == sum(d.chunk_count for d in mine)  # one version each, no duplicates
