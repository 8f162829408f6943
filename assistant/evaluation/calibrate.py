"""Fit the Q&A's unit scorer and answerability gate on the tuning halves (``--fit``), and measure
them (``--cv``: k-fold by document on the tuning halves; ``--report``: any set, offline).

Supervision comes from labels that already exist:

* **Units.** For every answerable question of a tuning half, the units of its candidate pool that
  contain one of its ``facts`` (case-insensitive, numbers normalised) are positives, the other
  units negatives; every unit of a must-abstain question's pool is a negative (nothing there
  answers it).
* **Gate.** Answerable vs must-abstain questions of the tuning halves: the threshold on the best
  unit's probability is the highest that keeps over-refusal at or below ``MAX_OVER_REFUSAL``.

Retrieval (the pool, unit vectors, the question's vector) is done once per question and may be
kept in a cache file (``--cache``), so refits and cross-validation cost seconds. Everything else
runs the product's own code (:func:`assistant.qa.answer.respond`), so the figures printed here
are the figures ``coach eval`` gives.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import math
import pickle
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from assistant.evaluation.corpora import BY_NAME as QA_SET_BY_NAME
from assistant.settings import PROJECT_ROOT, Settings

EVALS = PROJECT_ROOT / "evals"
MAX_OVER_REFUSAL = 0.08


@dataclass
class Example:
    """One labelled question with what retrieval found for it."""

    set: str
    id: str
    question: str
    expect: str
    facts: list[str]
    sources: list[str]
    tags: list[str]
    refusal: str | None = None
    display: str = ""
    passages: list[Any] = field(default_factory=list)
    vectors: dict[tuple[str, int], Any] = field(default_factory=dict)
    q_vector: Any = None
    top3: list[str] = field(default_factory=list)

    @property
    def answerable(self) -> bool:
        return self.expect == "answer"

    @property
    def group(self) -> str:
        """The document a question is about (its first source; a hash bucket when it has none)."""
        if self.sources:
            return f"{self.set}:{self.sources[0]}"
        return f"{self.set}:abstain-{int(hashlib.sha256(self.id.encode()).hexdigest(), 16) % 5}"


# --- the sets ----------------------------------------------------------------------------------------


def set_rows(name: str, half: str | None) -> tuple[list[dict[str, Any]], Path | None]:
    """The labelled rows of a set (a question set of :data:`assistant.evaluation.corpora.QA_SETS`: ``policy``,
    ``handbooks``, ``handbooks2``.., ``seeds``; or ``blind``, ``hr_cases``) and the folder of documents they are
    asked over (None: the configured index)."""
    from assistant.evaluation import policy

    qa_set = QA_SET_BY_NAME.get(name)
    if qa_set is not None:
        rows, docs = policy.load_rows(qa_set.questions), qa_set.docs
    elif name == "blind":
        rows, docs = policy.load_rows(EVALS / "heldout" / "policy.jsonl"), None
    elif name == "hr_cases":
        from assistant.hrtests import load_cases

        rows = [{"id": c.id, "question": c.question, "expect": c.expect, "facts": c.must_include,
                 "sources": c.must_cite, "tags": []} for c in load_cases(EVALS / "hr_cases.yaml")]
        docs = None
    else:
        raise ValueError(f"unknown set {name!r}")
    if half is not None:
        from assistant.evaluation.splits import load_split

        wanted = set(load_split(name)[half])
        rows = [r for r in rows if str(r["id"]) in wanted]
    return rows, docs


def set_settings(settings: Settings, docs: Path | None) -> Settings:
    """Settings whose index holds ``docs`` (built once in a temporary folder); the knowledge folder
    when ``docs`` is None, so the fit never depends on the user's own index."""
    from assistant.evaluation.policy import handbook_settings

    if docs is None:
        return handbook_settings(settings, Path(settings.knowledge_dir), "knowledge")
    return handbook_settings(settings, docs, docs.name)


def collect(name: str, half: str | None, settings: Settings) -> list[Example]:
    """Retrieve the pool of every question of a set (what :func:`assistant.qa.answer` would)."""
    from assistant.knowledge.search import search
    from assistant.qa.followup import standalone
    from assistant.qa.retrieve import POOL, query_vector, retrieve, unit_vectors
    from assistant.qa.screen import screen_question, validate

    rows, docs = set_rows(name, half)
    local = set_settings(settings, docs)
    out = []
    for row in rows:
        example = Example(name, str(row["id"]), row["question"], row["expect"], list(row.get("facts") or []),
                          list(row.get("sources") or []), list(row.get("tags") or []))
        question = validate(row["question"], local.max_input_chars)
        example.refusal = screen_question(question)
        if example.refusal is None:
            asked = standalone(question, [], local, [])
            example.question, example.display = asked.question, asked.display
            example.passages = retrieve(asked.query, local, k=POOL)
            example.vectors = unit_vectors(example.passages, local) if example.passages else {}
            example.q_vector = query_vector(asked.query, local)
        if example.answerable:
            example.top3 = [r.source for r in search(row["question"], local, k=3)]
        out.append(example)
    return out


def load_examples(specs: Iterable[str], settings: Settings, cache: Path | None = None) -> list[Example]:
    """Examples of ``set[:half]`` specs, read from / written to ``cache`` (one pickle per spec)."""
    out: list[Example] = []
    for spec in specs:
        name, _, half = spec.partition(":")
        path = cache / f"{name}-{half or 'all'}.pkl" if cache else None
        if path is not None and path.is_file():
            out.extend(_Unpickler(io.BytesIO(path.read_bytes())).load())
            continue
        examples = collect(name, half or None, settings)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(pickle.dumps(examples))
        out.extend(examples)
    return out


class _Unpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        return super().find_class(__name__ if module == "__main__" else module, name)


# --- labels ------------------------------------------------------------------------------------------

_SPACES = re.compile(r"\s+")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")


def normalise(text: str) -> str:
    """Case folded, markup quotes and emphasis dropped, thousands separators removed, number
    words as digits, one space between words."""
    from assistant.knowledge.markup import readable
    from assistant.text import NUMBER_WORDS

    text = _THOUSANDS.sub("", readable(text).casefold().replace("’", "'"))
    text = re.sub(r"[*_`]+", "", text)
    text = re.sub(r"\b(" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")\b",
                  lambda m: f"{NUMBER_WORDS[m.group(1)]:g}", text)
    return _SPACES.sub(" ", text).strip()


def holds_fact(unit_text: str, facts: Sequence[str]) -> bool:
    text = normalise(unit_text)
    return any(normalise(f) and normalise(f) in text for f in facts)


# --- logistic regression -----------------------------------------------------------------------------


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float | np.ndarray, weights: np.ndarray | None = None,
                 iterations: int = 100) -> tuple[np.ndarray, float]:
    """L2-regularised logistic regression by Newton's method (x already standardised; ``l2`` one
    strength or one per column)."""
    n, d = x.shape
    l2 = np.broadcast_to(np.asarray(l2, dtype=float), (d,))
    w = np.zeros(d)
    b = 0.0
    sample = np.ones(n) if weights is None else weights
    for _ in range(iterations):
        z = x @ w + b
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        r = sample * p * (1 - p)
        g_w = x.T @ (sample * (p - y)) + l2 * w
        g_b = float(np.sum(sample * (p - y)))
        h = np.zeros((d + 1, d + 1))
        h[:d, :d] = x.T @ (x * r[:, None]) + np.diag(l2)
        h[:d, d] = h[d, :d] = x.T @ r
        h[d, d] = float(r.sum()) + 1e-9
        step = np.linalg.solve(h, np.concatenate([g_w, [g_b]]))
        w -= step[:d]
        b -= float(step[d])
        if float(np.abs(step).max()) < 1e-8:
            break
    return w, b


def sigmoid(z: Any) -> Any:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


def log_loss(p: np.ndarray, y: np.ndarray) -> float:
    p = np.clip(p, 1e-9, 1 - 1e-9)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def auc(scores: np.ndarray, y: np.ndarray) -> float:
    pos, neg = scores[y == 1], scores[y == 0]
    if not len(pos) or not len(neg):
        return math.nan
    order = np.argsort(np.concatenate([pos, neg]), kind="stable")
    ranks = np.empty(len(order))
    ranks[order] = np.arange(1, len(order) + 1)
    return float((ranks[: len(pos)].sum() - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg)))


# --- preparing, fitting, choosing the gate -------------------------------------------------------------


@dataclass
class Prepared:
    """An example with its units' features (computed once) and labels."""

    example: Example
    asked: Any = None
    units: list[Any] = field(default_factory=list)
    x: np.ndarray | None = None
    valid: np.ndarray | None = None  # the unit's passage mentions every name of the question
    positive: np.ndarray | None = None  # the unit holds one of the question's facts


def prepare(examples: Sequence[Example]) -> list[Prepared]:
    from assistant.qa.check import missing_names
    from assistant.qa.features import unit_features
    from assistant.qa.focus import analyse

    out = []
    for example in examples:
        item = Prepared(example)
        if example.refusal is None and example.passages:
            item.asked = analyse(example.question)
            item.units, item.x = unit_features(item.asked, example.passages, example.vectors, example.q_vector)
            wanted = list(item.asked.names)
            pool = list({u.passage.id: u.passage for u in item.units}.values())
            unnamed = {p.id for p in pool if missing_names(wanted, p, pool)}
            item.valid = np.array([u.passage.id not in unnamed for u in item.units], dtype=bool)
            facts = example.facts if example.answerable else []
            item.positive = np.array([holds_fact(u.text, facts) for u in item.units], dtype=bool)
        out.append(item)
    return out


def training_rows(items: Sequence[Prepared], abstain_weight: float = 1.0
                  ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Rows (unit x clause) with labels and weights. A positive unit counts once, for the clause it
    matches best (focus covered, attached, type held); negatives count for every clause, weighted
    so each unit weighs one."""
    from assistant.qa.features import FEATURES

    cov, att, typ = (FEATURES.index(n) for n in ("cov_unit", "attach", "typed"))
    xs, ys, ws = [], [], []
    for item in items:
        if item.x is None or not len(item.units):
            continue
        clauses = item.x.shape[1]
        weight = 1.0 if item.example.answerable else abstain_weight
        for i in np.flatnonzero(item.valid):
            if item.positive[i]:
                best = int(np.argmax(item.x[i, :, cov] + item.x[i, :, att] + item.x[i, :, typ]))
                xs.append(item.x[i, best])
                ys.append(1.0)
                ws.append(1.0)
            else:
                for c in range(clauses):
                    xs.append(item.x[i, c])
                    ys.append(0.0)
                    ws.append(weight / clauses)
    return np.asarray(xs), np.asarray(ys), np.asarray(ws)


# Binary features of a unit's shape (table row, FAQ pair ...): rare, so regularised less (``shape_l2``).
SHAPE_FEATURES = frozenset({"faq", "bare_question", "table_row", "type_named", "unasked_condition"})


def ranking_groups(items: Sequence[Prepared]) -> list[tuple[np.ndarray, np.ndarray]]:
    """Per answerable question with a fact-holding unit among its quotable ones: the rows that
    compete to lead its answer (every clause of a unit whose value type the unit holds; a positive
    unit once, for the clause it matches best, as in :func:`training_rows`) and the target share of
    each row (the positives share the whole mass)."""
    from assistant.qa.features import FEATURES

    cov, att, typ = (FEATURES.index(n) for n in ("cov_unit", "attach", "typed"))
    groups = []
    for item in items:
        if item.x is None or not len(item.units) or not item.example.answerable:
            continue
        if not (item.positive & item.valid).any():
            continue
        xs, ts = [], []
        for i in np.flatnonzero(item.valid):
            if item.positive[i]:
                best = int(np.argmax(item.x[i, :, cov] + item.x[i, :, att] + item.x[i, :, typ]))
                xs.append(item.x[i, best])
                ts.append(1.0)
            else:
                for c, held in enumerate(item.units[i].held):
                    if held:
                        xs.append(item.x[i, c])
                        ts.append(0.0)
        t = np.asarray(ts)
        groups.append((np.asarray(xs), t / t.sum()))
    return groups


def fit_listwise(groups: Sequence[tuple[np.ndarray, np.ndarray]], l2: float | np.ndarray,
                 iterations: int = 50) -> np.ndarray:
    """Conditional logit (softmax over each question's rows, the fact-holding rows as the target) by
    Newton's method: the weights that rank a question's answering unit first. No bias (it cancels)."""
    d = groups[0][0].shape[1]
    l2 = np.broadcast_to(np.asarray(l2, dtype=float), (d,))

    def loss(w: np.ndarray) -> float:
        total = 0.5 * float(l2 @ (w * w))
        for x, t in groups:
            z = x @ w
            top = z.max()
            total += top + math.log(float(np.exp(z - top).sum())) - float(t @ z)
        return total

    w = np.zeros(d)
    current = loss(w)
    for _ in range(iterations):
        grad = l2 * w
        hess = np.diag(l2).copy()
        for x, t in groups:
            z = x @ w
            p = np.exp(z - z.max())
            p /= p.sum()
            grad += x.T @ (p - t)
            xp = x.T @ p
            hess += x.T @ (x * p[:, None]) - np.outer(xp, xp)
        step = np.linalg.solve(hess, grad)
        size = 1.0
        while size > 1e-4 and (candidate := loss(w - size * step)) > current:
            size /= 2  # damped Newton: never a step that raises the loss
        if size <= 1e-4:
            break
        w, current = w - size * step, candidate
        if float(np.abs(size * step).max()) < 1e-8:
            break
    return w


def fit_pairwise(groups: Sequence[tuple[np.ndarray, np.ndarray]], l2: float | np.ndarray) -> np.ndarray:
    """Pairwise ranking (logistic on fact-holding row minus other row, each question weighing one)."""
    xs, ws = [], []
    for x, t in groups:
        pos, neg = x[t > 0], x[t == 0]
        if not len(neg):
            continue
        diff = (pos[:, None, :] - neg[None, :, :]).reshape(-1, x.shape[1])
        xs.append(diff)
        ws.append(np.full(len(diff), 1.0 / len(diff)))
    if not xs:
        return np.zeros(groups[0][0].shape[1]) if groups else np.zeros(0)
    x = np.concatenate(xs + [-d for d in xs])  # both orders, so that the bias stays at zero
    y = np.concatenate([np.ones(sum(len(d) for d in xs)), np.zeros(sum(len(d) for d in xs))])
    w, _ = fit_logistic(x, y, l2, np.concatenate(ws + ws) / 2)
    return w


def fit_model(items: Sequence[Prepared], features: Sequence[str], l2: float, abstain_weight: float = 1.0,
              shape_l2: float = 1.0, objective: str = "pointwise", rank_l2: float | None = None) -> Any:
    """The unit model. ``pointwise``: logistic regression on every unit row. ``listwise`` /
    ``pairwise``: the direction that ranks each question's units (conditional logit / pairwise
    logistic, strength ``rank_l2``), then its scale and bias fitted pointwise (Platt), so the score
    stays a probability the gate can read."""
    from assistant.qa.features import FEATURES
    from assistant.qa.select import UnitModel

    x, y, w = training_rows(items, abstain_weight)
    columns = [FEATURES.index(n) for n in features]
    x = x[:, columns]
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < 1e-9] = 1.0
    shape = np.array([shape_l2 if n in SHAPE_FEATURES else 1.0 for n in features])
    if objective == "pointwise":
        weights, bias = fit_logistic((x - mean) / scale, y, l2 * shape, w)
        return UnitModel(tuple(features), mean, scale, weights, bias)
    groups = [((g[:, columns] - mean) / scale, t) for g, t in ranking_groups(items)] or [
        (np.zeros((1, len(features))), np.ones(1))]
    strength = (l2 if rank_l2 is None else rank_l2) * shape
    direction = fit_pairwise(groups, strength) if objective == "pairwise" else fit_listwise(groups, strength)
    if objective == "blend":  # the ranking direction and the pointwise one, each of unit length
        pointwise, _ = fit_logistic((x - mean) / scale, y, l2 * shape, w)
        direction = sum((v / norm for v in (direction, pointwise) if (norm := np.linalg.norm(v)) > 0),
                        np.zeros(len(features)))
    score = ((x - mean) / scale) @ direction
    (slope,), bias = fit_logistic(score[:, None], y, 1e-6, w)
    return UnitModel(tuple(features), mean, scale, slope * direction, bias)


def conclude(item: Prepared, cal: Any) -> Any:
    """The product's answer for a prepared example under a calibration."""
    from assistant.qa import render
    from assistant.qa.answer import conclude as product_conclude
    from assistant.qa.models import PolicyAnswer

    example = item.example
    if example.refusal is not None:
        text = render.INSTRUCTION if example.refusal == "instruction" else render.OFF_TOPIC
        return PolicyAnswer(answered=False, answer=text, question=example.question)
    if item.x is None:
        return PolicyAnswer(answered=False, answer=render.NOT_COVERED, question=example.question)
    return product_conclude(item.asked, example.display, item.units, item.x, cal)[0]


def lead_probabilities(items: Sequence[Prepared], cal: Any) -> list[float | None]:
    """Per example, the lead unit's probability when every other check passes (None: refused anyway)."""
    from dataclasses import replace

    from assistant.qa.answer import conclude as product_conclude

    open_gate = replace(cal, threshold=0.0)
    out: list[float | None] = []
    for item in items:
        if item.x is None or item.example.refusal is not None:
            out.append(None)
            continue
        result, quotes, _ = product_conclude(item.asked, item.example.display, item.units, item.x, open_gate)
        # The gated lead is the best quote; a named case or a time limit may be quoted before it.
        out.append(max(q.prob for q in quotes) if result.answered else None)
    return out


def choose_threshold(items: Sequence[Prepared], cal: Any, max_over_refusal: float = MAX_OVER_REFUSAL) -> float:
    """The highest threshold on the lead unit's probability that keeps over-refusal on ``items`` at or
    below ``max_over_refusal`` (questions refused whatever the threshold count against it)."""
    leads = lead_probabilities(items, cal)
    answerable = [lead for item, lead in zip(items, leads, strict=True) if item.example.answerable]
    allowed = math.floor(max_over_refusal * len(answerable) + 1e-9)
    budget = allowed - sum(lead is None for lead in answerable)
    values = sorted(lead for lead in answerable if lead is not None)
    if budget < 0 or not values:
        return 0.0
    if budget >= len(values):
        return 1.0
    below = values[budget - 1] if budget > 0 else 0.0
    return (below + values[budget]) / 2


def calibrate(items: Sequence[Prepared], config: dict[str, Any]) -> Any:
    """Fit the unit model and choose the gate on ``items``."""
    from assistant.qa.answer import Calibration

    model = fit_model(items, config["features"], config["l2"], config.get("abstain_weight", 1.0),
                      config.get("shape_l2", 1.0), config.get("objective", "pointwise"), config.get("rank_l2"))
    fixed = config["clause_threshold"]
    cal = Calibration(model, 0.0, 1.0 if fixed == "gate" else float(fixed), config["extra_ratio"],
                      config["other_document_ratio"], config.get("max_quotes", 3))
    from dataclasses import replace

    limit = config.get("max_over_refusal", MAX_OVER_REFUSAL)
    if config.get("min_focus") is not None:
        chosen = replace(cal, min_focus=config["min_focus"],
                         threshold=choose_threshold(items, replace(cal, min_focus=config["min_focus"]), limit))
        return replace(chosen, clause_threshold=chosen.threshold) if fixed == "gate" else chosen
    # The focus gate and the probability threshold share the over-refusal budget: each focus floor
    # gets the highest threshold the rest of the budget allows; the pair abstaining most is kept
    # (ties: fewer refusals, then the higher floor, the check that names the failure).
    best: tuple[tuple[int, int, float], Any] | None = None
    for floor in FOCUS_FLOORS:
        candidate = replace(cal, min_focus=floor)
        candidate = replace(candidate, threshold=choose_threshold(items, candidate, limit))
        abstained = sum(not conclude(it, candidate).answered for it in items if not it.example.answerable)
        refused = sum(not conclude(it, candidate).answered for it in items if it.example.answerable)
        answerable = sum(it.example.answerable for it in items)
        if refused > math.floor(limit * answerable + 1e-9):
            continue
        key = (abstained, -refused, floor)
        if best is None or key > best[0]:
            best = (key, candidate)
    chosen = best[1] if best is not None else cal
    if config["clause_threshold"] == "gate":
        chosen = replace(chosen, clause_threshold=chosen.threshold)
    return chosen


def measure(items: Sequence[Prepared], cal: Any) -> tuple[dict[str, float], list[dict[str, Any]]]:
    """The suite metrics of ``items`` under ``cal`` (same counting as ``coach eval``)."""
    from assistant.evaluation.policy import Tally

    tally = Tally()
    for item in items:
        e = item.example
        row = {"id": e.id, "question": e.question, "expect": e.expect, "facts": e.facts, "sources": e.sources,
               "tags": e.tags}
        tally.add(row, conclude(item, cal), e.top3)
    return tally.metrics(), tally.failures


def folds(items: Sequence[Prepared], k: int) -> list[int]:
    """A fold per example, by document: every question about one document lands in one fold."""
    groups = sorted({item.example.group for item in items}, key=lambda g: hashlib.sha256(g.encode()).hexdigest())
    fold_of = {g: i % k for i, g in enumerate(groups)}
    return [fold_of[item.example.group] for item in items]


def cross_validate(items: Sequence[Prepared], config: dict[str, Any], k: int = 5
                   ) -> tuple[dict[str, float], list[dict[str, Any]]]:
    """Metrics of k-fold cross-validation by document: each fold answered by a model and gate fitted
    on the other folds. Also the unit-ranking AUC and log loss on the held-out folds."""
    from assistant.evaluation.policy import Tally

    assignment = folds(items, k)
    tally = Tally()
    scores, labels = [], []
    top1 = [0, 0]
    for fold in range(k):
        train = [it for it, f in zip(items, assignment, strict=True) if f != fold]
        test = [it for it, f in zip(items, assignment, strict=True) if f == fold]
        cal = calibrate(train, config)
        for item in test:
            e = item.example
            row = {"id": e.id, "question": e.question, "expect": e.expect, "facts": e.facts, "sources": e.sources,
                   "tags": e.tags}
            tally.add(row, conclude(item, cal), e.top3)
            if item.x is not None and e.answerable and len(item.units):
                probs = cal.model.probabilities(item.x).max(axis=1)
                mask = item.valid
                scores.extend(probs[mask])
                labels.extend(item.positive[mask])
                if item.positive[mask].any():
                    top1[1] += 1
                    top1[0] += bool(item.positive[mask][int(np.argmax(probs[mask]))])
    metrics = tally.metrics()
    s, y = np.asarray(scores), np.asarray(labels, dtype=float)
    metrics.update({"unit_auc": round(auc(s, y), 4), "unit_log_loss": round(log_loss(s, y), 4),
                    "lead_is_positive": round(top1[0] / top1[1], 4) if top1[1] else 0.0})
    return metrics, tally.failures


# Every corpus with labelled questions that may be tuned on: the tuning halves and the two checks.
CORPORA = ("handbooks:tuning", "policy:tuning", "seeds", "hr_cases")


def leave_one_corpus_out(by_corpus: dict[str, Sequence[Prepared]], config: dict[str, Any], fixed: Any = None
                         ) -> dict[str, dict[str, float]]:
    """Per corpus, the metrics of a model (and gate) fitted on the OTHER corpora: how the fit carries
    to documents and questions written by someone else. With ``fixed`` (a calibration), its gate
    (threshold, focus floor) is kept and only the unit model refitted, so that a change of features
    is not hidden by the gate spending the same over-refusal budget again."""
    from dataclasses import replace

    out = {}
    for corpus, test in by_corpus.items():
        cal = calibrate([it for name, items in by_corpus.items() if name != corpus for it in items], config)
        if fixed is not None:
            cal = replace(cal, threshold=fixed.threshold, clause_threshold=fixed.clause_threshold,
                          min_focus=fixed.min_focus)
        out[corpus] = measure(test, cal)[0]
    return out


# Chosen by 5-fold cross-validation by document on the tuning halves (docs/qa-calibration.md).
DEFAULT_CONFIG: dict[str, Any] = {
    "features": None,  # None: every feature of assistant.qa.features.FEATURES
    "l2": 1000.0,
    # The ranking direction (softmax over each question's units) blended with the pointwise one;
    # its strength and ``extra_ratio`` chosen leave-one-corpus-out (docs/qa-calibration.md).
    "objective": "blend",
    "rank_l2": 100.0,
    "shape_l2": 0.1,
    "abstain_weight": 1.0,
    # A further part of a compound question is answered by its own best unit when that unit clears
    # the gate a lead must clear ("gate"; a number fixes it instead).
    "clause_threshold": "gate",
    "extra_ratio": 0.2,
    "other_document_ratio": 0.6,
    "max_quotes": 3,
    "max_over_refusal": MAX_OVER_REFUSAL,
}
TUNING = ("handbooks:tuning", "policy:tuning")
FOCUS_FLOORS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5)


def resolve(config: dict[str, Any]) -> dict[str, Any]:
    from assistant.qa.features import FEATURES

    out = {**DEFAULT_CONFIG, **config}
    out["features"] = list(out["features"] or FEATURES)
    return out


def write_calibration(cal: Any, config: dict[str, Any], items: Sequence[Prepared], path: Path) -> None:
    """Write the fitted model and gate as ``calibration.yaml``, with what they were fitted on."""
    import yaml

    answerable = sum(it.example.answerable for it in items)
    rows = training_rows(items, config["abstain_weight"])
    header = (
        "# The Q&A's unit scorer and answerability gate. Written by `python -m assistant.evaluation.policy --fit`\n"
        "# (fitted on the tuning halves only: " + ", ".join(TUNING) + f"; {len(items)} questions, {answerable} "
        f"answerable;\n# {len(rows[1])} unit rows, {int(rows[1].sum())} holding a labelled fact). "
        "How and why: docs/qa-calibration.md.\n"
        "# unit_model: logistic regression over assistant/qa/features.py FEATURES, standardised (value - mean) / "
        "scale;\n# objective: pointwise (every unit row) or a ranking direction (listwise: softmax over each "
        "question's units;\n# blend: that plus the pointwise one) scaled to a probability (Platt).\n"
        "# gate.threshold: the lead unit's probability below which the Q&A abstains (over-refusal <= "
        f"{config['max_over_refusal']} on the tuning halves).\n"
    )
    data = {
        "unit_model": {"l2": config["l2"], **cal.model.as_data()},
        "gate": {"threshold": round(cal.threshold, 6), "min_focus": cal.min_focus,
                 "clause_threshold": round(cal.clause_threshold, 6),
                 "extra_ratio": config["extra_ratio"], "other_document_ratio": config["other_document_ratio"],
                 "max_quotes": config["max_quotes"]},
    }
    objective = config.get("objective", "pointwise")
    ranking = "" if objective == "pointwise" else f"\n  rank_l2: {config.get('rank_l2') or config['l2']}"
    lines = [f"unit_model:\n  objective: {objective}\n  l2: {config['l2']}{ranking}\n  bias: {data['unit_model']['bias']}"
             "\n  features:  # name: weight, mean, scale"]
    for name, row in data["unit_model"]["features"].items():
        lines.append(f"    {name}: {{weight: {row['weight']}, mean: {row['mean']}, scale: {row['scale']}}}")
    lines.append(yaml.safe_dump({"gate": data["gate"]}, sort_keys=False).rstrip())
    path.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    from assistant.qa.answer import CALIBRATION_FILE, calibration

    parser = argparse.ArgumentParser(prog="python -m assistant.evaluation.policy", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--fit", action="store_true", help="fit on the tuning halves and write calibration.yaml")
    parser.add_argument("--cv", action="store_true", help="k-fold cross-validation by document on the tuning halves")
    parser.add_argument("--report", nargs="+", default=[], metavar="SET[:HALF]",
                        help="measure sets (" + ", ".join(QA_SET_BY_NAME) + ", blind, hr_cases; "
                        ":tuning or :heldout) with the current calibration.yaml")
    parser.add_argument("--loco", action="store_true", help="leave one corpus out over " + ", ".join(CORPORA)
                        + ": fit on three, measure the fourth (free gate, then the current gate kept)")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--config", default="{}", help="JSON overriding the fitting configuration")
    parser.add_argument("--cache", type=Path, default=None,
                        help="keep retrieved pools here (default: retrieve afresh)")
    parser.add_argument("--output", type=Path, default=CALIBRATION_FILE, help="where --fit writes")
    parser.add_argument("--failures", action="store_true", help="also print each failing question")
    args = parser.parse_args(argv)
    settings = Settings()
    config = resolve(json.loads(args.config))
    if args.cv or args.fit:
        items = prepare(load_examples(TUNING, settings, args.cache))
        if args.cv:
            metrics, failures = cross_validate(items, config, args.folds)
            print(json.dumps({"cross_validation": f"{args.folds}-fold by document", **metrics}))
            if args.failures:
                for failure in failures:
                    print(json.dumps(failure))
        if args.fit:
            cal = calibrate(items, config)
            if config.get("keep_gate"):  # a new unit model under the shipped gate (threshold, focus floor)
                from dataclasses import replace

                shipped = calibration()
                cal = replace(cal, threshold=shipped.threshold, clause_threshold=shipped.clause_threshold,
                              min_focus=shipped.min_focus)
            write_calibration(cal, config, items, args.output)
            metrics, _ = measure(items, cal)
            print(json.dumps({"fitted": str(args.output), "threshold": round(cal.threshold, 4),
                              "min_focus": cal.min_focus,
                              "tuning_in_sample": metrics}))
    if args.loco:
        by_corpus = {name: prepare(load_examples([name], settings, args.cache)) for name in CORPORA}
        keys = ("abstention_accuracy", "over_refusal", "fact_inclusion")
        for label, fixed in (("fitted gate", None), ("current gate", calibration())):
            for corpus, metrics in leave_one_corpus_out(by_corpus, config, fixed).items():
                print(json.dumps({"loco": corpus, "gate": label, **{k: metrics.get(k) for k in keys}}))
    for spec in args.report:
        items = prepare(load_examples([spec], settings, args.cache))
        metrics, failures = measure(items, calibration())
        print(json.dumps({"set": spec, "questions": len(items), **metrics}))
        if args.failures:
            for failure in failures:
                print(json.dumps(failure))
    return 0


if __name__ == "__main__":
    # Pickled examples must name this module, not __main__.
    from assistant.evaluation.calibrate import main as _main

    raise SystemExit(_main())
