"""Analyzer latency per 100-word text and batch throughput on 10,000 texts.

Texts are built from the eval sets (bias, goals, feedback) joined to about 100 words each, so
they carry the same triggers real drafts do. Every analyzer runs the same texts in one process.
Usage: python benchmarks/bench_batch.py [--texts N]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from bench_bias import hundred_word_texts as stitch  # same stitching as the alex comparison

ROOT = Path(__file__).resolve().parent.parent


def hundred_word_texts(count: int, seed: int = 7) -> list[str]:
    """``count`` texts of about 100 words, stitched from the eval sentences."""
    sentences: list[str] = []
    for name in ("bias.jsonl", "goals.jsonl", "feedback.jsonl"):
        path = ROOT / "evals" / name
        if path.exists():
            sentences += [json.loads(line)["text"] for line in path.read_text().splitlines() if line.strip()]
    return stitch(sentences, count, seed)


def measure(fn, texts: list[str]) -> dict[str, float]:
    """Per-text latency percentiles (ms) and throughput (texts/s) over ``texts``."""
    for text in texts[:50]:
        fn(text)  # warm caches (compiled rules)
    timings = []
    started = time.perf_counter()
    for text in texts:
        t0 = time.perf_counter()
        fn(text)
        timings.append((time.perf_counter() - t0) * 1000)
    total = time.perf_counter() - started
    timings.sort()
    return {
        "p50": statistics.median(timings),
        "p95": timings[int(0.95 * (len(timings) - 1))],
        "throughput": len(texts) / total,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--texts", type=int, default=10_000)
    args = parser.parse_args()

    from assistant.analyzers.bias import check_bias
    from assistant.analyzers.feedback import review_feedback
    from assistant.analyzers.goal import check_goal

    texts = hundred_word_texts(args.texts)
    rows = []
    for name, fn in (("check_bias", check_bias), ("check_goal", check_goal), ("review_feedback", review_feedback)):
        m = measure(fn, texts)
        rows.append(f"| `{name}` | {m['p50']:.3f} | {m['p95']:.3f} | {m['throughput']:,.0f} |")
    print(f"## Analyzers on {len(texts):,} texts of 100 words (one process, one core)\n")
    print("| analyzer | p50 ms / text | p95 ms / text | texts / s |")
    print("|---|---:|---:|---:|")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
