"""Retrieval quality of hybrid search: hit@1, hit@3, hit@5, MRR and the recall of a 25-passage pool.

Suites (answerable questions only; a hit is a returned chunk from one of the listed sources):

* ``evals``: ``evals/policy.jsonl`` over ``knowledge/`` (the tuning set of the policy suite);
* ``evals-heldout``: ``evals/heldout/policy.jsonl`` over ``knowledge/``;
* ``handbooks``: the development corpus in ``../shared/corpora/handbooks`` (28 real pages, 63
  answerable questions of 94), when present.

Each corpus is ingested into a temporary index with the configured embedder (``COACH_EMBEDDINGS``),
then every question is searched once with k=25. MRR counts the first hit within those 25.

Usage: python benchmarks/bench_retrieval.py [--json FILE] [--handbooks DIR]
Prints a Markdown section (and writes the figures as JSON with ``--json``).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

POOL = 25
DEFAULT_HANDBOOKS = ROOT.parent / "shared" / "corpora" / "handbooks"


def answerable(path: Path) -> list[dict]:
    """Questions with expected sources (abstain questions have none and are left out)."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if r.get("sources") and r.get("expect", "answer") == "answer"]


def score(questions: list[dict], settings) -> dict[str, float]:
    """hit@1/3/5, MRR (first hit within the pool) and pool recall over ``questions``."""
    from assistant.knowledge.search import search

    hits = {1: 0, 3: 0, 5: 0, POOL: 0}
    reciprocal = 0.0
    misses: list[str] = []
    for row in questions:
        expected = set(row["sources"])
        sources = [r.source for r in search(row["question"], settings, k=POOL)]
        rank = next((i for i, source in enumerate(sources, 1) if source in expected), None)
        if rank is not None:
            reciprocal += 1.0 / rank
        for k in hits:
            hits[k] += rank is not None and rank <= k
        if rank is None or rank > 3:
            misses.append(f"{row['id']}@{rank or '-'}")
    n = len(questions) or 1
    return {
        "questions": len(questions),
        "hit@1": hits[1] / n,
        "hit@3": hits[3] / n,
        "hit@5": hits[5] / n,
        "mrr": reciprocal / n,
        f"recall@{POOL}": hits[POOL] / n,
        "misses_outside_top3": misses,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    parser.add_argument("--handbooks", type=Path, default=DEFAULT_HANDBOOKS, help="the handbook corpus folder")
    args = parser.parse_args(argv)

    from assistant.knowledge.embeddings import embedder_name
    from assistant.knowledge.index import ingest
    from assistant.settings import Settings

    suites = [
        ("evals", ROOT / "knowledge", ROOT / "evals" / "policy.jsonl"),
        ("evals-heldout", ROOT / "knowledge", ROOT / "evals" / "heldout" / "policy.jsonl"),
    ]
    if (args.handbooks / "questions.jsonl").exists():
        suites.append(("handbooks", args.handbooks / "docs", args.handbooks / "questions.jsonl"))
    results: dict[str, dict] = {}
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="bench-retrieval-") as tmp:
        indexes: dict[Path, Settings] = {}
        for name, corpus, questions in suites:
            settings = indexes.get(corpus)
            if settings is None:
                settings = Settings(
                    _env_file=None, index_dir=Path(tmp) / corpus.name, knowledge_dir=corpus, llm="offline",
                    chroma_host=None,
                )
                report = ingest([corpus], settings)
                assert not report.errors, report.errors
                indexes[corpus] = settings
            results[name] = score(answerable(questions), settings)
        model = embedder_name(next(iter(indexes.values())))
    total = time.perf_counter() - started

    print("## Retrieval quality (hybrid search)\n")
    print(f"Answerable questions only; a hit is a returned chunk from a listed source; MRR over the first "
          f"{POOL} results. Embeddings: {model}. Total {total:.0f} s.\n")
    print(f"| suite | questions | hit@1 | hit@3 | hit@5 | MRR | recall@{POOL} |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name, r in results.items():
        print(f"| {name} | {r['questions']} | {r['hit@1']:.3f} | {r['hit@3']:.3f} | {r['hit@5']:.3f} | "
              f"{r['mrr']:.3f} | {r[f'recall@{POOL}']:.3f} |")
    print()
    for name, r in results.items():
        if r["misses_outside_top3"]:
            print(f"- {name}, expected source not in the top 3 (id@rank): {', '.join(r['misses_outside_top3'])}")
    if args.json:
        args.json.write_text(json.dumps({"model": model, "suites": results}, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
