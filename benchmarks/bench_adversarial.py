"""Hostile-input figures for SECURITY.md: how long each reproduction of issue #14 takes, and how the
app holds under load while another process ingests.

Usage: python benchmarks/bench_adversarial.py [--load-seconds 60] [--clients 50] [--skip-load]

1. Every analyzer on each hostile input (50,000 characters unless noted), timed in a fresh
   subprocess with a 30 s cap ("> 30 s" when it was killed).
2. The app (real launch on loopback, offline) with ``--clients`` concurrent clients, each with
   its own gradio_client, alternating /bias and /ask for ``--load-seconds`` while a separate
   ``coach ingest`` process writes 200 documents into the same index: calls, errors, p50/p95.
3. A /bias call timed while two long hostile /feedback requests run (the slow-request stall).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ANALYZERS = {
    "bias": "from assistant.analyzers.bias import check_bias as run",
    "goal": "from assistant.analyzers.goal import check_goal as run",
    "feedback": "from assistant.analyzers.feedback import review_feedback as run",
}
INPUTS = {
    "'a-' x 24,995 (issue)": "'a-' * 24995",
    "'1,' x 24,995 (issue)": "'1,' * 24995",
    "'she is ' repeated (issue)": "('she is ' * 7200)[:50000]",
    "'never ' x 20k chars (issue)": "('never ' * 3400)[:20000]",
    "one word repeated": "('synergy ' * 6250)[:50000]",
    "49,999 spaces then x": "' ' * 49999 + 'x'",
    "brackets": "'([{' * 16666",
    "'he or she said she '": "('he or she said she ' * 2500)[:50000]",
    "goal phrase repeated": "('increase sales by 10% ' * 2300)[:50000]",
}
CAP_S = 30


def time_analyzer(analyzer: str, expression: str) -> str:
    """Wall (CPU) seconds of one call on the hostile text, rules already loaded by a first short call."""
    code = (f"{ANALYZERS[analyzer]}\nimport time\ntext = {expression}\nrun('warm up the rules')\n"
            "t, c = time.perf_counter(), time.process_time()\nrun(text)\n"
            "print(time.perf_counter() - t, time.process_time() - c)")
    try:
        proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=CAP_S,
                              env={**os.environ, "PYTHONPATH": str(ROOT)})
    except subprocess.TimeoutExpired:
        return f"> {CAP_S} s"
    if proc.returncode != 0:
        return "error"
    wall, cpu = (float(value) for value in proc.stdout.split())
    return f"{wall:.2f} s ({cpu:.2f} s)"


def analyzer_table() -> None:
    print(f"Wall (CPU) seconds per call; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores at the start.\n")
    print("| input | bias | goal | feedback |")
    print("|---|---:|---:|---:|")
    for label, expression in INPUTS.items():
        cells = [time_analyzer(name, expression) for name in ("bias", "goal", "feedback")]
        print(f"| {label} | {' | '.join(cells)} |")


def repeated_table() -> None:
    """One phrase repeated to 50,000 characters (the phrases of tests/adversarial/test_linear_time.py):
    capitalised praise, names and pronouns, no sentence punctuation, RTL, zero-width, emoji."""
    from tests.adversarial.test_linear_time import REPEATED_PHRASES

    print("\nOne phrase repeated to 50,000 characters, wall (CPU) seconds per call:\n")
    print("| phrase | bias | goal | feedback |")
    print("|---|---:|---:|---:|")
    for phrase in REPEATED_PHRASES.values():
        expression = f"({phrase!r} * {50_000 // len(phrase) + 1})[:50000]"
        cells = [time_analyzer(name, expression) for name in ("bias", "goal", "feedback")]
        print(f"| {phrase.strip()!r} | {' | '.join(cells)} |")


def launch_app(index_dir: Path):
    from assistant.settings import Settings
    from assistant.ui.server import launch
    from tests.fixtures.index import free_port

    settings = Settings(_env_file=None, index_dir=index_dir, knowledge_dir=ROOT / "knowledge", llm="offline",
                        openai_api_key=None, auth=None, host="127.0.0.1")
    from assistant import service

    service.ingest([ROOT / "knowledge"], settings)
    port = free_port()
    app = launch(settings, port=port, prevent_thread_lock=True, quiet=True, warm=True)
    return app, f"http://127.0.0.1:{port}/", settings


def load_run(url: str, index_dir: Path, seconds: float, clients: int) -> None:
    from gradio_client import Client

    folder = Path(tempfile.mkdtemp(prefix="coach-load-docs-"))
    for n in range(200):
        (folder / f"load-{n:03d}.md").write_text(
            f"# Load policy {n}\n\nRule {n}: timesheets are approved by the line manager every Friday.\n")
    env = {**os.environ, "COACH_LLM": "offline", "COACH_INDEX_DIR": str(index_dir), "PYTHONPATH": str(ROOT)}
    ingest = subprocess.Popen([sys.executable, "-m", "assistant.cli", "ingest", str(folder)], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def user(n: int) -> None:
        client = None
        for _ in range(3):  # a client's first request (the app config) can time out under load
            try:
                client = Client(url, verbose=False, analytics_enabled=False, httpx_kwargs={"timeout": 120})
                break
            except Exception as exc:  # noqa: BLE001
                with lock:
                    errors.append(f"client setup: {type(exc).__name__}")
        if client is None:
            return
        i = 0
        while time.monotonic() < stop:
            started = time.perf_counter()
            try:
                if (n + i) % 2:
                    client.predict("She is bossy and shrill.", api_name="/bias")
                else:
                    client.predict("How often are check-ins held?", api_name="/ask")
                with lock:
                    latencies.append(time.perf_counter() - started)
            except Exception as exc:  # noqa: BLE001
                with lock:
                    errors.append(type(exc).__name__)
            i += 1

    threads = [threading.Thread(target=user, args=(n,)) for n in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    _, err = ingest.communicate(timeout=600)
    shutil.rmtree(folder, ignore_errors=True)
    latencies.sort()
    p95 = latencies[int(0.95 * (len(latencies) - 1))] if latencies else float("nan")
    print(f"\n{clients} clients for {seconds:.0f} s against /bias and /ask while `coach ingest` added 200 "
          f"documents to the same index: {len(latencies)} calls, {len(errors)} errors"
          f"{' (' + ', '.join(sorted(set(errors))) + ')' if errors else ''}; latency p50 "
          f"{statistics.median(latencies):.2f} s, p95 {p95:.2f} s; ingest exit {ingest.returncode}"
          f"{', lock errors in its log' if 'lock' in err.lower() else ', no lock errors'}.")


def stall_run(url: str) -> None:
    from gradio_client import Client

    hostile = "a-" * 24995
    long_jobs = [threading.Thread(target=lambda: Client(url, verbose=False).predict(hostile, api_name="/feedback"),
                                  daemon=True) for _ in range(2)]
    for job in long_jobs:
        job.start()
    time.sleep(1.0)
    client = Client(url, verbose=False, analytics_enabled=False)
    started = time.perf_counter()
    result: dict = {}

    def call() -> None:
        result["value"] = client.predict("She is bossy.", api_name="/bias")

    bias = threading.Thread(target=call, daemon=True)
    bias.start()
    bias.join(timeout=60)
    elapsed = time.perf_counter() - started
    shown = f"{elapsed:.2f} s" if "value" in result else "> 60 s (abandoned)"
    print(f"\nA /bias call while two hostile /feedback requests ('a-' x 24,995) run: {shown}.", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--load-seconds", type=float, default=60)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--skip-load", action="store_true")
    parser.add_argument("--skip-analyzers", action="store_true")
    parser.add_argument("--stall-only", action="store_true", help="only the slow-request stall measurement")
    args = parser.parse_args()
    print("## Hostile input (issue #14)\n")
    print("`python benchmarks/bench_adversarial.py` (analyzer times in a fresh process each; cap 30 s)\n")
    if not args.skip_analyzers:
        analyzer_table()
        repeated_table()
    if args.skip_load:
        return
    index_dir = Path(tempfile.mkdtemp(prefix="coach-load-index-"))
    app, url, _ = launch_app(index_dir)
    try:
        if not args.stall_only:
            load_run(url, index_dir, args.load_seconds, args.clients)
        stall_run(url)
    finally:
        sys.stdout.flush()
        shutil.rmtree(index_dir, ignore_errors=True)
        # The hostile requests may still be running in the server's threads: do not wait for them.
        os._exit(0)


if __name__ == "__main__":
    main()
