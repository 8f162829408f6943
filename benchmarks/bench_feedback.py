"""review_feedback latency per draft on the feedback eval set (target: median under 3 ms).

Each draft of ``evals/feedback.jsonl`` is reviewed ``--rounds`` times (after a warm-up that
compiles the rules); the script prints a Markdown table with the median and p95 per draft,
including the bias check that ``review_feedback`` runs. Its ``bench_feedback()`` function is the
same measurement, for a shared analyzer benchmark to call.

Usage: python benchmarks/bench_feedback.py [--rounds N]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _percentile(sorted_values: list[float], q: float) -> float:
    return sorted_values[min(len(sorted_values) - 1, int(round(q * (len(sorted_values) - 1))))]


def bench_feedback(rounds: int = 20) -> str:
    """Markdown section: review_feedback median / p95 ms per draft over the eval drafts."""
    from assistant.analyzers.feedback import review_feedback

    drafts = [json.loads(line)["text"] for line in (ROOT / "evals" / "feedback.jsonl").read_text().splitlines()
              if line.strip()]
    for text in drafts:
        review_feedback(text)  # warm-up: load and compile the feedback and bias rules
    timings: list[float] = []
    for _ in range(rounds):
        for text in drafts:
            t0 = time.perf_counter()
            review_feedback(text)
            timings.append((time.perf_counter() - t0) * 1000)
    timings.sort()
    words = statistics.mean(len(t.split()) for t in drafts)
    median, p95 = statistics.median(timings), _percentile(timings, 0.95)
    return "\n".join([
        f"## Feedback review ({len(drafts)} eval drafts, mean {words:.0f} words, {rounds} rounds, one core)\n",
        "| function | median ms / draft | p95 ms / draft | max ms | target |",
        "|---|---:|---:|---:|---|",
        f"| `review_feedback` (incl. bias check) | {median:.3f} | {p95:.3f} | {timings[-1]:.3f} | "
        f"median < 3 ms: {'met' if median < 3 else 'MISSED'} |",
    ])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=20)
    print(bench_feedback(parser.parse_args().rounds))


if __name__ == "__main__":
    main()
