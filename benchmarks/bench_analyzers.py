"""Analyzer latency per item on the eval sets, one function per analyzer.

* ``bench_goal``: ``check_goal`` median / p95 per goal over ``evals/goals.jsonl`` (target: median
  under 2 ms), without guidance (pure analyzer).
* ``bench_goal_guidance``: the question retrieval measured separately: ``load_guidance`` from the
  guidance sidecar that ingest writes (no embedding model, no Chroma), ``service.goal`` end to end,
  and a cold ``coach goal`` process.
* ``bench_feedback``: ``review_feedback`` (bias check included) median / p95 per draft over
  ``evals/feedback.jsonl`` (target: median under 3 ms).

Each function returns a Markdown section; ``BENCHES`` lists them in order (other analyzers add
theirs there). Usage: python benchmarks/bench_analyzers.py [--rounds N] [--only NAME ...]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _percentile(sorted_values: list[float], q: float) -> float:
    return sorted_values[min(len(sorted_values) - 1, int(round(q * (len(sorted_values) - 1))))]


def _texts(name: str) -> list[str]:
    lines = (ROOT / "evals" / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["text"] for line in lines if line.strip()]


def _time_each(func: Callable[[str], object], texts: list[str], rounds: int) -> list[float]:
    """Milliseconds per call, ``rounds`` passes over ``texts`` after one warm-up pass."""
    for text in texts:
        func(text)
    timings = []
    for _ in range(rounds):
        for text in texts:
            t0 = time.perf_counter()
            func(text)
            timings.append((time.perf_counter() - t0) * 1000)
    return sorted(timings)


def bench_goal(rounds: int = 20) -> str:
    """Markdown section: check_goal median / p95 ms per goal over the goals eval set."""
    from assistant.analyzers.goal import check_goal

    goals = _texts("goals.jsonl")
    timings = _time_each(check_goal, goals, rounds)
    words = statistics.mean(len(t.split()) for t in goals)
    median, p95 = statistics.median(timings), _percentile(timings, 0.95)
    return "\n".join([
        f"## SMART goal check ({len(goals)} eval goals, mean {words:.0f} words, {rounds} rounds, one core)\n",
        "| function | median ms / goal | p95 ms / goal | max ms | target |",
        "|---|---:|---:|---:|---|",
        f"| `check_goal` (incl. rewrite and fidelity guard) | {median:.3f} | {p95:.3f} | {timings[-1]:.3f} | "
        f"median < 2 ms: {'met' if median < 2 else 'MISSED'} |",
    ])


def _sidecar_index(folder: Path) -> object:
    """A temporary index folder holding the guidance sidecar ingest writes for the SMART job aid."""
    from assistant.knowledge import guidance as guidance_mod
    from assistant.knowledge.loaders import load_document
    from assistant.settings import Settings

    settings = Settings(_env_file=None, index_dir=folder, llm="offline", chroma_host=None)
    aid = ROOT / "knowledge" / "smart-goals-job-aid.md"
    document = load_document(aid)
    blocks = [(b.headings, b.text) for b in document.blocks]
    items = guidance_mod.extract_guidance("smart", blocks, aid.name, str(aid))
    guidance_mod.write_sidecar(settings, {str(aid): guidance_mod.sidecar_entry("smart", aid.name, items)})
    return settings


def bench_goal_guidance(rounds: int = 20) -> str:
    """Markdown section: question retrieval (sidecar), service.goal, and a cold `coach goal` process."""
    from assistant import service
    from assistant.knowledge.guidance import load_guidance

    goals = _texts("goals.jsonl")
    with tempfile.TemporaryDirectory() as tmp:
        settings = _sidecar_index(Path(tmp))
        load = _time_each(lambda _: load_guidance(settings, "smart"), goals[:20], rounds)
        end_to_end = _time_each(lambda text: service.goal(text, settings), goals, max(1, rounds // 4))
        env = {k: v for k, v in os.environ.items() if not k.startswith(("COACH_", "OPENAI_"))}
        env.update({"COACH_INDEX_DIR": tmp, "COACH_LLM": "offline", "HF_HUB_OFFLINE": "1"})
        cold = []
        for _ in range(3):
            t0 = time.perf_counter()
            subprocess.run([sys.executable, "-m", "assistant.cli", "goal", "Improve customer service.", "--json"],
                           cwd=ROOT, env=env, check=True, capture_output=True)
            cold.append((time.perf_counter() - t0) * 1000)
    rows = [
        ("`load_guidance(settings, 'smart')` from the sidecar", load),
        ("`service.goal` (guidance + check_goal)", end_to_end),
        ("cold `coach goal TEXT --json` process (3 runs)", sorted(cold)),
    ]
    lines = [
        "## SMART goal questions (retrieved from the indexed job aid, measured separately)\n",
        "| step | median ms | p95 ms |",
        "|---|---:|---:|",
    ]
    lines += [f"| {name} | {statistics.median(t):.3f} | {_percentile(t, 0.95):.3f} |" for name, t in rows]
    return "\n".join(lines)


def bench_feedback(rounds: int = 20) -> str:
    """Markdown section: review_feedback median / p95 ms per draft over the feedback eval set."""
    from assistant.analyzers.feedback import review_feedback

    drafts = _texts("feedback.jsonl")
    timings = _time_each(review_feedback, drafts, rounds)
    words = statistics.mean(len(t.split()) for t in drafts)
    median, p95 = statistics.median(timings), _percentile(timings, 0.95)
    return "\n".join([
        f"## Feedback review ({len(drafts)} eval drafts, mean {words:.0f} words, {rounds} rounds, one core)\n",
        "| function | median ms / draft | p95 ms / draft | max ms | target |",
        "|---|---:|---:|---:|---|",
        f"| `review_feedback` (incl. bias check) | {median:.3f} | {p95:.3f} | {timings[-1]:.3f} | "
        f"median < 3 ms: {'met' if median < 3 else 'MISSED'} |",
    ])


BENCHES: dict[str, Callable[[int], str]] = {
    "goal": bench_goal,
    "goal_guidance": bench_goal_guidance,
    "feedback": bench_feedback,
}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--only", nargs="*", choices=sorted(BENCHES), help="run only these benchmarks")
    args = parser.parse_args()
    names = args.only or list(BENCHES)
    print("\n\n".join(BENCHES[name](args.rounds) for name in names))


if __name__ == "__main__":
    main()
