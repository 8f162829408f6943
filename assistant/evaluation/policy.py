"""Policy Q&A evals: ``evals/policy.jsonl`` over ``knowledge/``, and the handbook corpus in
``shared/corpora/handbooks`` (beside the project) over its own documents.

Both question formats are read: ``{"expect": "answer"|"abstain", "sources", "must_include"}``
(ours) and ``{"abstain": true, "sources", "facts", "tags"}`` (the corpus').

Metrics (names fixed by ``evals/thresholds.yaml``):

* ``hit_at_3``: answerable questions whose hybrid search puts an expected source in the top 3;
* ``abstention_accuracy``: must-abstain questions that abstain;
* ``over_refusal``: answerable questions that abstain;
* ``fact_inclusion``: answerable questions whose answer holds every labelled fact (case-insensitive),
  counting an abstention as a miss; ``include_rate`` is the same over answered questions only;
* ``citation_hit``: answered questions citing an expected source.

Each set is split once into a tuning half and a held-out half (``evals/splits/``); suites
``policy_tuning``/``policy_split_heldout`` and ``handbooks_tuning``/``handbooks_heldout`` report
the halves separately. Calibration uses the tuning halves only.

The sets themselves (``policy``, ``handbooks``, the handbook corpora kept in the project, ``evals/handbooks2``..,
each with its own seed, and ``seeds``) are the rows of :data:`assistant.evaluation.corpora.QA_SETS`: each row's
suites run :func:`evaluate_half` (``evaluate_<set>_tuning``/``evaluate_<set>_heldout`` here name it for the registry).
"""

from __future__ import annotations

import hashlib
import json
import tempfile
import threading
from pathlib import Path
from typing import Any

from assistant.evaluation import SuiteResult
from assistant.evaluation.corpora import BY_NAME, FUNCTIONS, QASet, shared_dir  # noqa: F401 (scripts)
from assistant.settings import Settings

HANDBOOKS_DIR = BY_NAME["handbooks"].folder
HANDBOOKS_QUESTIONS = BY_NAME["handbooks"].questions
# The real job aids in shared/seeds; their questions live in the project (evals/seeds_questions.jsonl),
# written before any tuning and never tuned on.
SEEDS_DIR = BY_NAME["seeds"].docs
SEEDS_QUESTIONS = BY_NAME["seeds"].questions


def __getattr__(name: str) -> Any:
    """A set's evaluate function (``evaluate_handbooks3_tuning``), or its folder, questions or seed
    (``HANDBOOKS3_DIR``, ``HANDBOOKS3_QUESTIONS``, ``HANDBOOKS3_SEED``), from its row in ``QA_SETS``."""
    if name in FUNCTIONS:
        qa_set, half = FUNCTIONS[name]
        return _evaluator(qa_set, half)
    prefix, _, field = name.rpartition("_")
    qa_set = BY_NAME.get(prefix.lower())
    if qa_set is not None and prefix.isupper() and field in ("DIR", "QUESTIONS", "SEED"):
        return {"DIR": qa_set.folder, "QUESTIONS": qa_set.questions, "SEED": qa_set.seed}[field]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def load_rows(path: Path) -> list[dict[str, Any]]:
    """The labelled questions of a file, normalised: id, question, expect, sources, facts, tags."""
    rows = []
    for lineno, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        row.setdefault("id", str(lineno))
        if "expect" not in row:
            row["expect"] = "abstain" if row.get("abstain") else "answer"
        if row.get("expect") not in ("answer", "abstain"):
            raise ValueError(f"{path}:{lineno}: expect must be 'answer' or 'abstain'")
        row.setdefault("facts", row.get("must_include") or [])
        row.setdefault("sources", [])
        row.setdefault("tags", [])
        rows.append(row)
    return rows


load_questions = load_rows


class Tally:
    """The metrics of a question set, one answered (or abstained) question at a time."""

    def __init__(self) -> None:
        self.counts = dict.fromkeys(["hits", "in_scope", "abstain_ok", "must_abstain", "refused", "cite_hits",
                                     "answered_in", "facts_ok"], 0)
        self.failures: list[dict[str, Any]] = []
        self.by_tag: dict[str, list[int]] = {}

    def add(self, row: dict[str, Any], result: Any, top3: list[str]) -> bool:
        """Count one question: ``result`` is its :class:`~assistant.qa.PolicyAnswer`, ``top3`` the
        sources hybrid search ranks first for it (answerable questions only). True when it passes."""
        c = self.counts
        question = row["question"]
        expected = set(row.get("sources") or [])
        ok = True
        if row["expect"] == "abstain":
            c["must_abstain"] += 1
            ok = not result.answered
            c["abstain_ok"] += ok
            if not ok:
                self.failures.append({"id": row["id"], "question": question, "reason": "answered a must-abstain "
                                      "question", "cited": [x.source for x in result.citations],
                                      "answer": result.answer[:300]})
        else:
            c["in_scope"] += 1
            if expected & set(top3):
                c["hits"] += 1
            else:
                self.failures.append({"id": row["id"], "question": question, "reason": "expected source not in top 3",
                                      "expected": sorted(expected), "top3": top3})
            if not result.answered:
                c["refused"] += 1
                ok = False
                self.failures.append({"id": row["id"], "question": question, "reason": "abstained on an in-scope "
                                      "question", "answer": result.answer[:200]})
            else:
                c["answered_in"] += 1
                c["cite_hits"] += bool(expected & {x.source for x in result.citations})
                lower = result.answer.lower()
                missing = [f for f in row.get("facts") or [] if f.lower() not in lower]
                ok = not missing
                c["facts_ok"] += ok
                if missing:
                    self.failures.append({"id": row["id"], "question": question, "reason": "facts missing",
                                          "missing": missing, "answer": result.answer[:300]})
        for tag in row.get("tags") or []:
            self.by_tag.setdefault(tag, []).append(int(ok))
        return ok

    def metrics(self) -> dict[str, float]:
        c = self.counts

        def ratio(a: int, b: int) -> float:
            return round(a / b, 4) if b else 1.0

        out = {
            "hit_at_3": ratio(c["hits"], c["in_scope"]),
            "abstention_accuracy": ratio(c["abstain_ok"], c["must_abstain"]),
            "over_refusal": round(c["refused"] / c["in_scope"], 4) if c["in_scope"] else 0.0,
            "fact_inclusion": ratio(c["facts_ok"], c["in_scope"]),
            "include_rate": ratio(c["facts_ok"], c["answered_in"]),
            "citation_hit": ratio(c["cite_hits"], c["answered_in"]),
        }
        for tag, outcomes in sorted(self.by_tag.items()):
            out[f"tag_{tag.replace('-', '_')}"] = ratio(sum(outcomes), len(outcomes))
        return out


def _ask_all(rows: list[dict[str, Any]], settings: Settings, tally: Tally, prefix: str = "") -> None:
    """Run every question through retrieval and :func:`assistant.qa.answer` and count it in ``tally`` (its id
    prefixed with ``prefix``)."""
    from assistant.knowledge.search import search
    from assistant.qa import answer

    for row in rows:
        result = answer(row["question"], settings)
        top3 = [r.source for r in search(row["question"], settings, k=3)] if row["expect"] == "answer" else []
        tally.add({**row, "id": f"{prefix}{row['id']}"} if prefix else row, result, top3)


def evaluate_rows(rows: list[dict[str, Any]], settings: Settings, suite: str = "policy") -> SuiteResult:
    """Run every question through retrieval and :func:`assistant.qa.answer`."""
    tally = Tally()
    _ask_all(rows, settings, tally)
    return SuiteResult(suite=suite, cases=len(rows), metrics=tally.metrics(), failures=tally.failures)


def evaluate(cases_path: Path, settings: Settings) -> SuiteResult:
    """A whole question file over the configured index."""
    return evaluate_rows(load_rows(cases_path), settings)


def _half(rows: list[dict[str, Any]], split_name: str, half: str) -> list[dict[str, Any]]:
    from assistant.evaluation.splits import load_split

    wanted = set(load_split(split_name)[half])
    return [row for row in rows if str(row["id"]) in wanted]


# --- the handbook corpus --------------------------------------------------------------------------

_HANDBOOK_INDEXES: dict[str, Settings] = {}
_HANDBOOK_LOCK = threading.Lock()


def handbook_settings(settings: Settings, docs: Path | None = None, collection: str = "handbooks") -> Settings:
    """Settings pointing at an index of the handbook documents (or another folder of ``docs``),
    built once per process in a temporary folder (the user's index is never touched)."""
    from assistant.knowledge.index import ingest

    docs = docs or HANDBOOKS_DIR / "docs"
    digest = hashlib.sha256("\n".join(sorted(f"{p.name}:{p.stat().st_size}" for p in docs.glob("*"))).encode())
    key = f"{docs}:{digest.hexdigest()[:16]}:{settings.embeddings}"
    with _HANDBOOK_LOCK:
        cached = _HANDBOOK_INDEXES.get(key)
        if cached is not None:
            return cached
        folder = Path(tempfile.mkdtemp(prefix=f"coach-{collection}-"))
        local = settings.model_copy(update={"index_dir": folder, "chroma_host": None, "collection": collection})
        report = ingest([docs], local)
        if report.errors:
            raise RuntimeError(f"handbook ingest failed: {report.errors[0].source}: {report.errors[0].reason}")
        _HANDBOOK_INDEXES[key] = local
        return local


def evaluate_half(qa_set: QASet, half: str | None, cases_path: Path, settings: Settings) -> SuiteResult:
    """One half of a question set (the whole set when ``half`` is None) over its own pages' index (or the
    configured index); the questions are the suite's cases file when it names one, else the set's own."""
    suite = next(name for name, (_, part) in qa_set.suites().items() if part == half)
    if not qa_set.present():
        return SuiteResult(suite=suite, cases=0, metrics={}, failures=[{"reason": qa_set.skipped}])
    rows = load_rows(cases_path if qa_set.cases != "." and cases_path.is_file() else qa_set.questions)
    if half is not None:
        rows = _half(rows, qa_set.name, half)
    local = settings if qa_set.docs is None else handbook_settings(settings, qa_set.docs, qa_set.collection)
    return evaluate_rows(rows, local, suite)


def pooled_sets() -> list[QASet]:
    """The handbook corpora that the pooled suites sum up: every split set over its own pages that is present."""
    from assistant.evaluation.corpora import QA_SETS

    return [s for s in QA_SETS if s.docs is not None and s.split_source is not None and s.present()]


def evaluate_pooled(half: str, settings: Settings) -> SuiteResult:
    """One half of every handbook corpus (:func:`pooled_sets`), each over its own pages' index, counted as one set:
    one figure per metric sums up every corpus (a corpus with more questions weighs more). Failure ids carry the
    corpus (``handbooks4:d07``)."""
    tally = Tally()
    corpora = pooled_sets()
    cases = 0
    for qa_set in corpora:
        rows = _half(load_rows(qa_set.questions), qa_set.name, half)
        cases += len(rows)
        _ask_all(rows, handbook_settings(settings, qa_set.docs, qa_set.collection), tally, prefix=f"{qa_set.name}:")
    metrics = {**tally.metrics(), "corpora": float(len(corpora))}
    return SuiteResult(suite=f"handbooks_all_{half}", cases=cases, metrics=metrics, failures=tally.failures)


def evaluate_handbooks_all_tuning(cases_path: Path, settings: Settings) -> SuiteResult:
    """The tuning halves of every handbook corpus, pooled (:func:`evaluate_pooled`)."""
    return evaluate_pooled("tuning", settings)


def evaluate_handbooks_all_heldout(cases_path: Path, settings: Settings) -> SuiteResult:
    """The held-out halves of every handbook corpus, pooled (:func:`evaluate_pooled`)."""
    return evaluate_pooled("heldout", settings)


def _evaluator(qa_set: QASet, half: str | None) -> Any:
    def evaluate_set(cases_path: Path, settings: Settings) -> SuiteResult:
        return evaluate_half(qa_set, half, cases_path, settings)

    evaluate_set.__name__ = next(function for function, part in qa_set.suites().values() if part == half)
    return evaluate_set


if __name__ == "__main__":  # python -m assistant.evaluation.policy --fit | --cv | --report SET[:HALF] ...
    from assistant.evaluation.calibrate import main

    raise SystemExit(main())
