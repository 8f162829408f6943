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
