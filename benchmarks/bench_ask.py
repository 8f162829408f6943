"""Offline policy Q&A latency: ``assistant.qa.answer`` warm, in process (target: p95 under 150 ms).

Builds an index in a temporary folder (unless ``--index DIR`` points at an existing one): the
sample knowledge base, and with ``--chunks N`` also the handbook corpus and the seed job aids
(``shared/`` beside the project), topped up with renamed copies of the handbook pages until the
index holds at least N chunks. Ingest stores every chunk's answer units with their vectors, so a
question costs one query encode. Loads the embedding model with one warm-up question, then times
every question once (``evals/policy.jsonl``, plus the handbook questions with ``--chunks``):
hybrid search (k=5) alone; the candidate pool (hybrid search k=25 and its stored units,
``units_for``); and the whole answer (pool, every unit scored by the learned model, the
sufficiency check, quotes). The query-embedding cache is cleared before each call.

Usage: python benchmarks/bench_ask.py [--chunks N] [--index DIR]   (default: 1000 chunks with shared/)
"""

from __future__ import annotations

import argparse
import os
import shutil
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

    embedder = get_embedder(settings)
    for name in ("queries", "_queries"):
        cache = getattr(embedder, name, None)
        if cache is not None:
            cache.clear()


def _folders(chunks: int, tmp: Path) -> list[Path]:
    """What to index: the sample knowledge base, and for ``chunks`` the shared corpora topped up
    with renamed copies of the handbook pages."""
    from assistant.evaluation.policy import HANDBOOKS_DIR, SEEDS_DIR

    folders = [ROOT / "knowledge"]
    if not chunks:
        return folders
    if not (HANDBOOKS_DIR / "docs").is_dir():
        raise SystemExit("--chunks needs shared/corpora/handbooks beside the project")
    folders += [HANDBOOKS_DIR / "docs", *([SEEDS_DIR] if SEEDS_DIR.is_dir() else [])]
    copies = tmp / "copies"
    pages = sorted((HANDBOOKS_DIR / "docs").glob("*.md"))
    # ~10 chunks per handbook page: enough copies that the index passes ``chunks``.
    for round_ in range(max(0, chunks // (10 * len(pages)))):
        for page in pages:
            target = copies / f"copy{round_}-{page.name}"
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(page, target)
    return [*folders, copies] if copies.is_dir() else folders


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chunks", type=int, default=None,
                        help="grow the index to at least this many chunks (default: 1000 where shared/ is beside "
                        "the project, else the sample knowledge alone)")
    parser.add_argument("--index", type=Path, default=None, help="existing index folder (default: build one)")
    args = parser.parse_args(argv)

    from assistant.evaluation.policy import HANDBOOKS_QUESTIONS, load_rows
    from assistant.knowledge.index import ingest
    from assistant.knowledge.search import search
    from assistant.knowledge.store import open_store
    from assistant.qa import answer
    from assistant.settings import Settings

    if args.chunks is None:
        from assistant.evaluation.policy import HANDBOOKS_DIR

        args.chunks = 1000 if (HANDBOOKS_DIR / "docs").is_dir() else 0

    questions = [r["question"] for r in load_rows(ROOT / "evals" / "policy.jsonl")]
    if args.chunks and HANDBOOKS_QUESTIONS.is_file():
        questions += [r["question"] for r in load_rows(HANDBOOKS_QUESTIONS)]
    with tempfile.TemporaryDirectory() as tmp:
        index_dir = args.index or Path(tmp) / "index"
        settings = Settings(_env_file=None, index_dir=index_dir, knowledge_dir=ROOT / "knowledge", llm="offline",
                            chroma_host=None)
        started = time.perf_counter()
        if args.index is None:
            ingest(_folders(args.chunks, Path(tmp)), settings)
        store = open_store(settings)
        chunk_count = store.count()
        built = time.perf_counter() - started
        answer("How often are check-ins held?", settings)  # load the model, the store and BM25
        answer_ms: list[float] = []
        search_ms: list[float] = []
        pool_ms: list[float] = []
        answered = 0
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
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print("## Policy Q&A (`coach ask`, offline, warm, in process)\n")
    print(f"`python benchmarks/bench_ask.py{' --chunks ' + str(args.chunks) if args.chunks else ''}"
          f"`: index of {chunk_count} chunks (built in {built:.0f} s), "
          f"{n} distinct questions once each, {answered} answered; load average {load:.1f} on {os.cpu_count()} "
          f"cores. Target: p95 < 150 ms.\n")
    print("| step | p50 ms | p95 ms | max ms |")
    print("| --- | ---: | ---: | ---: |")
    for name, values in (("hybrid search (k=5)", search_ms),
                         ("candidate pool: hybrid search (k=25) + stored units (`units_for`)", pool_ms),
                         ("answer (pool of 25 + unit scoring + gate + quotes)", answer_ms)):
        print(f"| {name} | {statistics.median(values):.1f} | {_percentile(values, 0.95):.1f} | {max(values):.1f} |")
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
