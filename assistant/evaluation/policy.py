"""Policy Q&A eval over ``evals/policy.jsonl``.

Each line: ``{"id", "question", "expect": "answer"|"abstain", "sources": [file names], "must_include": [...]}``.

Metrics (names fixed by ``evals/thresholds.yaml``):

* ``hit_at_3``: in-scope questions whose hybrid search puts an expected source in the top 3;
* ``abstention_accuracy``: must-abstain questions (out of scope, trivia, injections) that abstain;
* ``over_refusal``: in-scope questions that abstain.

Informational: ``citation_hit`` (answered in-scope questions citing an expected source) and
``include_rate`` (answered in-scope questions whose answer holds every ``must_include`` phrase).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from assistant.evaluation import SuiteResult
from assistant.settings import Settings


def load_questions(path: Path) -> list[dict[str, Any]]:
    """The labelled questions of a policy eval file."""
    rows = []
    for lineno, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            row = json.loads(line)
            row.setdefault("id", str(lineno))
            if row.get("expect") not in ("answer", "abstain"):
                raise ValueError(f"{path}:{lineno}: expect must be 'answer' or 'abstain'")
            rows.append(row)
    return rows


def evaluate(cases_path: Path, settings: Settings) -> SuiteResult:
    """Run every question through retrieval and :func:`assistant.qa.answer`."""
    from assistant.knowledge.search import search
    from assistant.qa import answer

    rows = load_questions(cases_path)
    hits = in_scope = abstain_ok = must_abstain = refused = cite_hits = answered_in = include_ok = 0
    failures: list[dict[str, Any]] = []
    for row in rows:
        question = row["question"]
        result = answer(question, settings)
        expected = set(row.get("sources") or [])
        if row["expect"] == "abstain":
            must_abstain += 1
            if not result.answered:
                abstain_ok += 1
            else:
                failures.append({"id": row["id"], "question": question, "reason": "answered a must-abstain question",
                                 "cited": [c.source for c in result.citations]})
            continue
        in_scope += 1
        top3 = [r.source for r in search(question, settings, k=3)]
        if expected & set(top3):
            hits += 1
        else:
            failures.append({"id": row["id"], "question": question, "reason": "expected source not in top 3",
                             "expected": sorted(expected), "top3": top3})
        if not result.answered:
            refused += 1
            failures.append({"id": row["id"], "question": question, "reason": "abstained on an in-scope question",
                             "nearest": [c.source for c in result.citations]})
            continue
        answered_in += 1
        if expected & {c.source for c in result.citations}:
            cite_hits += 1
        phrases = row.get("must_include") or []
        if all(p.lower() in result.answer.lower() for p in phrases):
            include_ok += 1

    def ratio(a: int, b: int) -> float:
        return round(a / b, 4) if b else 1.0

    metrics = {
        "hit_at_3": ratio(hits, in_scope),
        "abstention_accuracy": ratio(abstain_ok, must_abstain),
        "over_refusal": round(refused / in_scope, 4) if in_scope else 0.0,
        "citation_hit": ratio(cite_hits, answered_in),
        "include_rate": ratio(include_ok, answered_in),
    }
    return SuiteResult(suite="policy", cases=len(rows), metrics=metrics, failures=failures)


def relevance_features(cases_path: Path, settings: Settings) -> list[dict[str, Any]]:
    """Per question: expected outcome, pre-retrieval screen, best dense similarity, content overlap."""
    from assistant.knowledge.search import search
    from assistant.qa import TOP_K, relevance, screen_question

    rows = []
    for row in load_questions(cases_path):
        results = search(row["question"], settings, k=TOP_K)
        similarity, overlap = relevance(row["question"], results)
        rows.append({"id": row["id"], "expect": row["expect"], "screened": screen_question(row["question"]),
                     "similarity": similarity, "overlap": overlap})
    return rows


def sweep(features: list[dict[str, Any]], min_overlap: int = 1, lo: float = 0.15, hi: float = 0.70,
          step: float = 0.005) -> list[dict[str, float]]:
    """abstention_accuracy and over_refusal for each similarity threshold in [lo, hi]."""
    table = []
    n_abstain = sum(f["expect"] == "abstain" for f in features) or 1
    n_answer = sum(f["expect"] == "answer" for f in features) or 1
    for i in range(int(round((hi - lo) / step)) + 1):
        t = round(lo + i * step, 4)
        answered = [f["screened"] is None and f["similarity"] >= t and f["overlap"] >= min_overlap for f in features]
        ok_abstain = sum(not a for a, f in zip(answered, features, strict=True) if f["expect"] == "abstain")
        refused = sum(not a for a, f in zip(answered, features, strict=True) if f["expect"] == "answer")
        table.append({"threshold": t, "abstention_accuracy": ok_abstain / n_abstain,
                      "over_refusal": refused / n_answer, "j": ok_abstain / n_abstain - refused / n_answer})
    return table


def choose_threshold(table: list[dict[str, float]], tolerance: float = 0.02) -> float:
    """Midpoint of the widest run of thresholds whose J (abstention accuracy - over-refusal) is within
    ``tolerance`` of the best: a near-optimal value with the largest margin on both sides."""
    best = max(row["j"] for row in table)
    runs: list[list[float]] = []
    current: list[float] = []
    for row in table:
        if row["j"] >= best - tolerance:
            current.append(row["threshold"])
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    widest = max(runs, key=lambda r: (r[-1] - r[0], -r[0]))
    return round((widest[0] + widest[-1]) / 2, 3)


if __name__ == "__main__":  # python -m assistant.evaluation.policy [cases.jsonl]: re-calibrate the Q&A gate
    import sys

    from assistant.settings import PROJECT_ROOT, get_settings

    cases = Path(sys.argv[1]) if len(sys.argv) > 1 else PROJECT_ROOT / "evals" / "policy.jsonl"
    table = sweep(relevance_features(cases, get_settings()))
    chosen = choose_threshold(table)
    for row in table:
        mark = "  <- chosen" if abs(row["threshold"] - chosen) < 1e-9 else ""
        print(f"{row['threshold']:.3f}  abstention_accuracy={row['abstention_accuracy']:.3f}  "
              f"over_refusal={row['over_refusal']:.3f}  J={row['j']:.3f}{mark}")
    print(f"chosen threshold: {chosen} (set COACH_QA_MIN_SIMILARITY to override)")
