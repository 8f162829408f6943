"""App benchmarks: cold start to ready, and a bounded load test over the named API endpoints.

    python benchmarks/bench_app.py [--runs 2] [--requests 50] [--concurrency 50]

1. Cold start: ``coach serve`` in a fresh subprocess on a free loopback port, over an index that
   already exists (built once, untimed, in a temporary folder); timed until ``/config`` answers
   HTTP 200 (the page and API are usable then). Target: under 15 s.
2. Load: N concurrent ``gradio_client`` requests spread across /bias, /goal, /feedback, /ask and
   /ingest against that running app; errors and p50/p95 latency. Bounded in count and time.

Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

READY_TARGET_S = 15.0
REQUEST_TIMEOUT_S = 120.0

TEXTS = {
    "/bias": [
        "She can be abrasive with colleagues and a bit too emotional in planning.",
        "We need a rockstar salesman who is a good culture fit.",
        "The project has an aggressive timeline.",
    ],
    "/goal": [
        "Improve customer service.",
        "Reduce average ticket resolution time from 36 to 24 hours by the end of Q3 to support the "
        "department's retention objective.",
    ],
    "/feedback": [
        "You're lazy and you never take initiative.",
        "In Tuesday's client call you explained the outage timeline clearly; the client renewed. Keep it up.",
    ],
    "/ask": [
        "How often should managers hold check-ins?",
        "How long does a performance improvement plan last?",
        "What is the capital of France?",
    ],
}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


def build_index(index_dir: Path) -> None:
    from assistant.knowledge.index import ensure_index
    from assistant.settings import Settings

    ensure_index(Settings(index_dir=index_dir, llm="offline"))


def start_server(index_dir: Path, port: int, log: Path) -> subprocess.Popen:
    env = {
        **os.environ,
        "COACH_INDEX_DIR": str(index_dir),
        "COACH_LLM": "offline",
        "HF_HUB_OFFLINE": "1",
        "TRANSFORMERS_OFFLINE": "1",
        "GRADIO_ANALYTICS_ENABLED": "False",
        "ANONYMIZED_TELEMETRY": "False",
    }
    coach = Path(sys.executable).with_name("coach")
    command = [str(coach)] if coach.exists() else [sys.executable, "-m", "assistant.cli"]
    handle = log.open("w")
    return subprocess.Popen(
        [*command, "serve", "--port", str(port)], env=env, cwd=ROOT, stdout=handle, stderr=subprocess.STDOUT
    )


def wait_ready(url: str, proc: subprocess.Popen, timeout: float = 120.0) -> float | None:
    """Seconds until ``url`` answers 200, or None if the process died or it timed out."""
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        if proc.poll() is not None:
            return None
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return time.perf_counter() - start
        except OSError:
            time.sleep(0.05)
    return None


def stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def load_test(url: str, requests: int, concurrency: int, upload: Path) -> dict[str, object]:
    from gradio_client import Client, handle_file

    # One client per worker thread, as separate users would have: a single gradio_client Client
    # multiplexes every job over one SSE stream and intermittently cancels one of ~50 in-flight jobs.
    local = threading.local()

    def client() -> Client:
        if not hasattr(local, "client"):
            local.client = Client(url, verbose=False, analytics_enabled=False, download_files=False)
        return local.client

    endpoints = ["/bias", "/goal", "/feedback", "/ask", "/ingest"]
    plan: list[tuple[str, object]] = []
    for i in range(requests):
        endpoint = endpoints[i % len(endpoints)]
        if endpoint == "/ingest":
            plan.append((endpoint, [handle_file(str(upload))]))
        else:
            texts = TEXTS[endpoint]
            plan.append((endpoint, texts[(i // len(endpoints)) % len(texts)]))

    def call(item: tuple[str, object]) -> tuple[str, float, str | None]:
        endpoint, argument = item
        session = client()
        start = time.perf_counter()
        try:
            job = session.submit(argument, api_name=endpoint)
            payload = job.result(timeout=REQUEST_TIMEOUT_S)
            error = None if isinstance(payload, dict) else f"unexpected payload {type(payload).__name__}"
        except Exception as exc:  # every failure is counted and reported
            error = f"{type(exc).__name__}: {str(exc)[:120]}"
        return endpoint, time.perf_counter() - start, error

    wall = time.perf_counter()
    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        results = list(pool.map(call, plan))
    wall = time.perf_counter() - wall
    latencies = [seconds for _, seconds, _ in results]
    errors = [f"{endpoint}: {error}" for endpoint, _, error in results if error]
    per_endpoint = {
        endpoint: statistics.median([s for e, s, _ in results if e == endpoint]) for endpoint in endpoints
    }
    return {
        "requests": len(results),
        "errors": errors,
        "p50": percentile(latencies, 0.50),
        "p95": percentile(latencies, 0.95),
        "max": max(latencies),
        "wall": wall,
        "per_endpoint": per_endpoint,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=2, help="cold starts to time (median reported)")
    parser.add_argument("--requests", type=int, default=50)
    parser.add_argument("--concurrency", type=int, default=50)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-app-") as tmp:
        tmp_path = Path(tmp)
        index_dir = tmp_path / "index"
        build_start = time.perf_counter()
        build_index(index_dir)
        build_s = time.perf_counter() - build_start

        ready_times: list[float] = []
        page_times: list[float] = []
        for run in range(args.runs):
            port = free_port()
            proc = start_server(index_dir, port, tmp_path / f"serve-{run}.log")
            try:
                ready = wait_ready(f"http://127.0.0.1:{port}/config", proc)
                page = wait_ready(f"http://127.0.0.1:{port}/", proc)
                if ready is None:
                    print((tmp_path / f"serve-{run}.log").read_text(), file=sys.stderr)
                    raise SystemExit("the app did not become ready")
                ready_times.append(ready)
                page_times.append(page or float("nan"))
                last = run == args.runs - 1
                if last:
                    upload = tmp_path / "bench-upload.md"
                    upload.write_text(
                        "# Bench upload\n\nA small policy used by the load test.\n", encoding="utf-8"
                    )
                    # let the background warm-up finish so the load test measures steady state
                    from gradio_client import Client

                    client = Client(f"http://127.0.0.1:{port}/", verbose=False, analytics_enabled=False)
                    client.predict("How often should managers hold check-ins?", api_name="/ask")
                    single = {}
                    for endpoint, texts in TEXTS.items():
                        start = time.perf_counter()
                        client.predict(texts[0], api_name=endpoint)
                        single[endpoint] = time.perf_counter() - start
                    load = load_test(f"http://127.0.0.1:{port}/", args.requests, args.concurrency, upload)
            finally:
                stop(proc)

    ready_median = statistics.median(ready_times)
    print("## The app (`coach serve`): cold start and load on loopback\n")
    print("Load: each request comes from its own `gradio_client.Client` (one per simulated user). A single")
    print("Client shared by 50 threads multiplexes every job over one SSE stream and, with gradio_client")
    print("2.7.2, intermittently lost one job to a CancelledError raised inside the client.\n")
    print("| Measure | Value | Target |")
    print("|---|---|---|")
    print(f"| Index build for the benchmark (untimed setup) | {build_s:.1f} s | - |")
    print(
        f"| Cold start to ready (`coach serve`, index present; /config 200), median of {len(ready_times)} | "
        f"{ready_median:.2f} s (runs: {', '.join(f'{t:.2f}' for t in ready_times)}) | < {READY_TARGET_S:.0f} s "
        f"{'✅' if ready_median < READY_TARGET_S else '❌'} |"
    )
    print(f"| Page `/` served after start, median | {statistics.median(page_times):.2f} s | - |")
    print(
        f"| Load: {load['requests']} concurrent gradio_client requests (bias/goal/feedback/ask/ingest) | "
        f"{len(load['errors'])} errors, wall {load['wall']:.1f} s | 0 errors |"
    )
    print(
        f"| Load latency p50 / p95 / max | {load['p50']:.2f} / {load['p95']:.2f} / {load['max']:.2f} s | - |"
    )
    one = ", ".join(f"{e} {s * 1000:.0f} ms" for e, s in single.items())
    print(f"| One request at a time (warm, client round trip) | {one} | - |")
    per = ", ".join(f"{e} {s:.2f}s" for e, s in load["per_endpoint"].items())
    print(f"| Load median per endpoint | {per} | - |")
    for error in load["errors"][:10]:
        print(f"error: {error}", file=sys.stderr)
    return 0 if not load["errors"] and ready_median < READY_TARGET_S else 1


if __name__ == "__main__":
    raise SystemExit(main())
