"""App benchmarks: cold start to ready, and a bounded load test over the named API endpoints.

    python benchmarks/bench_app.py [--runs 2] [--users 50] [--rounds 6]

1. Cold start: ``coach serve`` in a fresh subprocess on a free loopback port, over an index that
   already exists (built once, untimed, in a temporary folder); timed until ``/config`` answers
   HTTP 200 (the page and API are usable then). Target: under 15 s.
2. Load: 50 concurrent ``gradio_client`` users against that running app, each sending requests
   across /bias, /goal, /feedback, /ask and /ingest 1-3 s apart; errors, and p50/p95 per endpoint.
   Targets: 0 errors, analyzer endpoints p95 under 1 s. Then a burst: all 50 at the same instant.
3. Isolation: /bias latency while four regex-hostile 50k-character /feedback requests run.
   Target: under 1 s.

Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
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


ANALYZERS = ("/bias", "/goal", "/feedback")


def connect(url: str, users: int) -> list:
    """One ``gradio_client.Client`` per simulated user, connected before any timing starts.

    A single Client shared by many threads multiplexes every job over one SSE stream and, with
    gradio_client 2.7.2, intermittently loses a job to a CancelledError raised inside the client.
    ``ssl_verify=False`` because the URL is plain http on loopback (no TLS at all): with the default,
    gradio_client builds an SSL context with the CA bundle for every request, which costs the
    client more CPU than the request costs the server (on the same two cores).
    """
    from gradio_client import Client

    def one(_: int) -> Client:
        return Client(url, verbose=False, analytics_enabled=False, download_files=False, ssl_verify=False)

    with ThreadPoolExecutor(max_workers=min(users, 16)) as pool:
        return list(pool.map(one, range(users)))


def load_test(clients: list, rounds: int, upload: Path, think: tuple[float, float]) -> dict[str, object]:
    """Every user sends ``rounds`` requests, pausing ``think`` seconds (uniform) between them as a
    person reading the result would, all users at once; each user's requests cycle through /bias,
    /goal, /feedback, /ask and (one in ten) /ingest. ``think=(0, 0)`` is a burst."""
    from gradio_client import handle_file

    endpoints = ["/bias", "/goal", "/feedback", "/ask", "/bias", "/goal", "/feedback", "/bias", "/goal", "/ingest"]

    def user(number: int) -> list[tuple[str, float, str | None]]:
        session = clients[number]
        pause = random.Random(number)
        done = []
        for round_ in range(rounds):
            if round_ and think[1]:
                time.sleep(pause.uniform(*think))
            endpoint = endpoints[(number + round_) % len(endpoints)]
            if endpoint == "/ingest":
                argument: object = [handle_file(str(upload))]
            else:
                texts = TEXTS[endpoint]
                argument = texts[(number + round_) % len(texts)]
            start = time.perf_counter()
            try:
                payload = session.submit(argument, api_name=endpoint).result(timeout=REQUEST_TIMEOUT_S)
                error = None if isinstance(payload, dict) else f"unexpected payload {type(payload).__name__}"
            except Exception as exc:  # every failure is counted and reported
                error = f"{type(exc).__name__}: {str(exc)[:120]}"
            done.append((endpoint, time.perf_counter() - start, error))
        return done

    wall = time.perf_counter()
    cpu = time.process_time()
    with ThreadPoolExecutor(max_workers=len(clients)) as pool:
        results = [item for items in pool.map(user, range(len(clients))) for item in items]
    wall = time.perf_counter() - wall
    cpu = time.process_time() - cpu

    def stats(selected: list[float]) -> tuple[float, float, float]:
        return percentile(selected, 0.5), percentile(selected, 0.95), max(selected)

    analyzer = [seconds for endpoint, seconds, _ in results if endpoint in ANALYZERS]
    return {
        "requests": len(results),
        "errors": [f"{endpoint}: {error}" for endpoint, _, error in results if error],
        "wall": wall,
        "client_cpu": cpu,
        "analyzers": stats(analyzer),
        "per_endpoint": {
            endpoint: stats([s for e, s, _ in results if e == endpoint])
            for endpoint in dict.fromkeys(e for e, _, _ in results)
        },
    }


def warm_up(client, settle: float = 0.3, limit: float = 300.0) -> float:
    """Seconds until every endpoint answers a request within ``settle`` seconds (the worker pools
    start in the background after the server is up; the embedding model loads on the first question)."""
    started = time.perf_counter()
    while time.perf_counter() - started < limit:
        slowest = 0.0
        for endpoint, texts in TEXTS.items():
            t0 = time.perf_counter()
            client.predict(texts[0], api_name=endpoint)
            slowest = max(slowest, time.perf_counter() - t0)
        if slowest < settle:
            return time.perf_counter() - started
    return time.perf_counter() - started


def isolation_test(clients: list, long_text: str, samples: int = 12) -> dict[str, object]:
    """/bias latency while four long /feedback requests run (each stopped at the time limit if it
    takes longer)."""
    with ThreadPoolExecutor(max_workers=4) as pool:
        started = time.perf_counter()
        long_jobs = [pool.submit(c.predict, long_text, api_name="/feedback") for c in clients[1:5]]
        time.sleep(1.0)
        bias = []
        for i in range(samples):
            t0 = time.perf_counter()
            clients[0].predict(TEXTS["/bias"][i % len(TEXTS["/bias"])], api_name="/bias")
            bias.append(time.perf_counter() - t0)
            time.sleep(0.2)
        outcomes = []
        for job in long_jobs:
            try:
                job.result(timeout=REQUEST_TIMEOUT_S)
                outcomes.append("answered")
            except Exception as exc:  # a stopped analysis comes back as a one-sentence error
                outcomes.append("stopped" if "longer than" in str(exc) else f"error: {str(exc)[:80]}")
        long_seconds = time.perf_counter() - started
    return {"bias": bias, "long": outcomes, "long_seconds": long_seconds}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=2, help="cold starts to time (median reported)")
    parser.add_argument("--users", type=int, default=50, help="concurrent gradio_client users")
    parser.add_argument("--rounds", type=int, default=6, help="requests per user, 1-3 s apart")
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
                if run == args.runs - 1:
                    upload = tmp_path / "bench-upload.md"
                    upload.write_text("# Bench upload\n\nA small policy used by the load test.\n", encoding="utf-8")
                    url = f"http://127.0.0.1:{port}/"
                    clients = connect(url, args.users)
                    # steady state: the embedding model loaded and every analyzer worker up
                    warmed = warm_up(clients[0])
                    single = {}
                    for endpoint, texts in TEXTS.items():
                        start = time.perf_counter()
                        clients[0].predict(texts[0], api_name=endpoint)
                        single[endpoint] = time.perf_counter() - start
                    first = load_test(clients, 1, upload, (0.0, 0.0))  # each user's first request
                    load = load_test(clients, args.rounds, upload, (1.0, 3.0))
                    burst = load_test(clients, 1, upload, (0.0, 0.0))
                    hostile = "a-" * 24_995  # 49,990 characters that once took /feedback minutes
                    isolation = isolation_test(clients, hostile)
            finally:
                stop(proc)

    ready_median = statistics.median(ready_times)
    a50, a95, amax = load["analyzers"]
    b50, b95, bmax = burst["analyzers"]
    f50, f95, fmax = first["analyzers"]
    bias_during = sorted(isolation["bias"])
    cores = os.cpu_count() or 1
    print("## The app (`coach serve`): cold start, load and isolation on loopback\n")
    print(
        f"{args.users} users, each with its own `gradio_client.Client` (connected before timing). Goal, feedback "
        "and bias run in worker processes, one pool per coach with its own queue; /ask and /ingest use the "
        "shared queue (concurrency 4) where the embedding model is. The users run in this benchmark's own "
        f"process on the same {cores} cores as the server (their CPU time is shown); `ssl_verify=False` since "
        "the URL is plain http (by default gradio_client builds a CA-bundle SSL context per request, ~10x the "
        "client CPU).\n"
    )
    print("| Measure | Value | Target |")
    print("|---|---|---|")
    print(f"| Index build for the benchmark (untimed setup) | {build_s:.1f} s | - |")
    print(
        f"| Cold start to ready (`coach serve`, index present; /config 200), median of {len(ready_times)} | "
        f"{ready_median:.2f} s (runs: {', '.join(f'{t:.2f}' for t in ready_times)}) | < {READY_TARGET_S:.0f} s "
        f"{'✅' if ready_median < READY_TARGET_S else '❌'} |"
    )
    print(f"| Page `/` served after start, median | {statistics.median(page_times):.2f} s | - |")
    print(f"| From ready to every endpoint warm (worker pools up, embedding model loaded) | {warmed:.1f} s | - |")
    one = ", ".join(f"{e} {s * 1000:.0f} ms" for e, s in single.items())
    print(f"| One request at a time (warm, client round trip) | {one} | - |")
    print(
        f"| **{args.users} users, {args.rounds} requests each, 1-3 s apart**: {load['requests']} requests | "
        f"{len(load['errors'])} errors, wall {load['wall']:.1f} s, client CPU {load['client_cpu']:.1f} s | "
        f"0 errors {'✅' if not load['errors'] else '❌'} |"
    )
    print(
        f"| Analyzer endpoints (/bias, /goal, /feedback): p50 / p95 / max | {a50:.2f} / {a95:.2f} / {amax:.2f} s | "
        f"p95 < 1 s {'✅' if a95 < 1 else '❌'} |"
    )
    for endpoint, (p50, p95, top) in load["per_endpoint"].items():
        print(f"| {endpoint}: p50 / p95 / max | {p50:.2f} / {p95:.2f} / {top:.2f} s | - |")
    print(
        f"| **Burst: all {args.users} users at the same instant**, one request each | {len(burst['errors'])} errors, "
        f"wall {burst['wall']:.1f} s, client CPU {burst['client_cpu']:.1f} s | 0 errors |"
    )
    print(f"| Burst, analyzer endpoints: p50 / p95 / max | {b50:.2f} / {b95:.2f} / {bmax:.2f} s | - |")
    print(
        f"| Burst of every user's *first* request (Gradio builds each new session's state then) | "
        f"{len(first['errors'])} errors; analyzers p50 / p95 / max {f50:.2f} / {f95:.2f} / {fmax:.2f} s | - |"
    )
    print(
        f"| /bias while 4 regex-hostile 50k-character /feedback requests run: median / max of "
        f"{len(bias_during)} | {statistics.median(bias_during):.2f} / {bias_during[-1]:.2f} s | < 1 s "
        f"{'✅' if bias_during[-1] < 1 else '❌'} |"
    )
    print(
        f"| Those 4 /feedback requests | {', '.join(isolation['long'])} after {isolation['long_seconds']:.1f} s "
        "(time limit 10 s) | - |"
    )
    for error in (first["errors"] + load["errors"] + burst["errors"])[:10]:
        print(f"error: {error}", file=sys.stderr)
    ok = not (first["errors"] or load["errors"] or burst["errors"]) and ready_median < READY_TARGET_S and a95 < 1
    return 0 if ok and bias_during[-1] < 1 else 1


if __name__ == "__main__":
    raise SystemExit(main())
