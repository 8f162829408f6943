"""Offline policy Q&A latency: ``assistant.qa.answer`` warm, in process (target: p95 under 150 ms).

Indexes ``knowledge/`` into a temporary folder (unless ``--index DIR`` points at an existing index),
loads the embedding model with one warm-up question, then times every question of
``evals/policy.jsonl`` for ``--rounds`` passes. Hybrid search (query embedding, Chroma, BM25) is
timed separately so the share of the answer step is visible, and so is the Q&A candidate pool
(25 passages and their stored answer units: what sentence reranking starts from). The query-embedding cache is cleared
before each call so repeated rounds measure real work. Prints a Markdown section.

Usage: python benchmarks/bench_ask.py [--rounds N] [--index DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def _clear_query_cache(settings: object) -> None:
    from assistant.knowledge.embeddings import get_embedder

    cache = getattr(get_embedder(settings), "queries", None)
    if cache is not None:
        cache.clear()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--index", type=Path, default=None, help="existing index folder (default: build one)")
    args = parser.parse_args(argv)

    from assistant.knowledge.index import ingest
    from assistant.knowledge.search import search
    from assistant.knowledge.store import open_store
    from assistant.qa import answer
    from assistant.settings import Settings

    questions = [json.loads(line)["question"]
                 for line in (ROOT / "evals" / "policy.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        index_dir = args.index or Path(tmp) / "index"
        settings = Settings(_env_file=None, index_dir=index_dir, knowledge_dir=ROOT / "knowledge", llm="offline",
                            chroma_host=None)
        if args.index is None:
            ingest([ROOT / "knowledge"], settings)
        answer("How often are check-ins held?", settings)  # load the model, the store and BM25
        answer_ms: list[float] = []
        search_ms: list[float] = []
        pool_ms: list[float] = []
        store = open_store(settings)
        answered = 0
        for _ in range(args.rounds):
            for q in questions:
                _clear_query_cache(settings)
                t0 = time.perf_counter()
                search(q, settings, k=5)
                search_ms.append((time.perf_counter() - t0) * 1000)
                _clear_query_cache(settings)
                t0 = time.perf_counter()
                pool = search(q, settings, k=25)
                store.units_for([r.id for r in pool])
                pool_ms.append((time.perf_counter() - t0) * 1000)
                _clear_query_cache(settings)
                t0 = time.perf_counter()
                answered += answer(q, settings).answered
                answer_ms.append((time.perf_counter() - t0) * 1000)

    n = len(answer_ms)
    print("## Policy Q&A (`coach ask`, offline, warm, in process)\n")
    print(f"{len(questions)} questions from `evals/policy.jsonl` x {args.rounds} rounds = {n} calls; "
          f"{answered / args.rounds:.0f} answered per round. Target: p95 < 150 ms.\n")
    print("| step | p50 ms | p95 ms | max ms |")
    print("| --- | ---: | ---: | ---: |")
    steps = (
        ("hybrid search (k=5)", search_ms),
        ("candidate pool: hybrid search (k=25) + their answer units (`units_for`)", pool_ms),
        ("answer (search + gate + extractive)", answer_ms),
    )
    for name, values in steps:
        print(f"| {name} | {statistics.median(values):.1f} | {_percentile(values, 0.95):.1f} | {max(values):.1f} |")
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
