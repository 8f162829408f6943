"""Select: score every unit of the candidate passages as an answer to each asking clause.

A unit's score is the probability, from a logistic model over the features of
:mod:`assistant.qa.features`, that it holds the answer to the clause. The model's weights are
data (``calibration.yaml``), fitted on the tuning halves only by
``python -m assistant.evaluation.policy --fit``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from assistant.qa.focus import term_stems
from assistant.qa.models import Passage, Unit
from assistant.text import content_stems, stem, with_kin_terms

# Common HR acronyms: a question using either form also matches the other.
ACRONYMS = {
    "pip": "performance improvement plan",
    "ipm": "individual performance measure",
    "idp": "individual development plan",
    "sbi": "situation behaviour impact",
    "okr": "objectives and key results",
    "kpi": "key performance indicator",
    "hrbp": "hr business partner",
    "pto": "paid time off",
}


def question_stems(question: str) -> set[str]:
    """Content stems of a question, with HR acronyms and their expansions added both ways and the neutral
    kin term of each kin word."""
    stems = content_stems(with_kin_terms(question))  # "my daughter" names a child as well
    for short, long in ACRONYMS.items():
        long_stems = content_stems(long)
        if stem(short) in stems:
            stems |= long_stems
        elif long_stems <= stems:
            stems.add(stem(short))
    return stems


def idf(passages: Sequence[Passage]) -> dict[str, float]:
    """Inverse document frequency of stems over the units of the candidate passages."""
    df: dict[str, int] = {}
    total = 0
    for passage in passages:
        for unit in passage.units:
            total += 1
            for token in content_stems(unit) | term_stems(unit, parts=True):
                df[token] = df.get(token, 0) + 1
    return {token: math.log(1 + total / count) for token, count in df.items()} | {"": math.log(1 + max(total, 1))}


def coverage(q_stems: set[str], unit_stems: set[str], heading_stems: set[str], weights: dict[str, float],
             heading_weight: float) -> float:
    """IDF-weighted share of the question's stems found in the unit (heading counts less)."""
    if not q_stems:
        return 0.0
    default = weights[""]
    total = sum(weights.get(t, default) for t in q_stems)
    got = sum(weights.get(t, default) * (1.0 if t in unit_stems else heading_weight if t in heading_stems else 0.0)
              for t in q_stems)
    return got / total if total else 0.0


@dataclass(frozen=True)
class UnitModel:
    """A logistic model over named, standardised features: P(unit answers clause)."""

    features: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    bias: float

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> UnitModel:
        rows = data["features"]
        names = tuple(rows)
        column = [[float(rows[n][k]) for n in names] for k in ("mean", "scale", "weight")]
        return cls(names, np.asarray(column[0]), np.asarray(column[1]), np.asarray(column[2]), float(data["bias"]))

    def as_data(self) -> dict[str, Any]:
        return {"bias": round(self.bias, 6), "features": {
            n: {"weight": round(float(w), 6), "mean": round(float(m), 6), "scale": round(float(s), 6)}
            for n, w, m, s in zip(self.features, self.weights, self.mean, self.scale, strict=True)}}

    def columns(self) -> list[int]:
        from assistant.qa.features import FEATURES

        return [FEATURES.index(n) for n in self.features]

    def logits(self, x: np.ndarray) -> np.ndarray:
        """Log-odds for a feature array whose last axis follows :data:`assistant.qa.features.FEATURES`."""
        z = (x[..., self.columns()] - self.mean) / self.scale
        return z @ self.weights + self.bias

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        return 1.0 / (1.0 + np.exp(-np.clip(self.logits(x), -30, 30)))


def rank_units(units: list[Unit], probs: np.ndarray) -> list[Unit]:
    """Attach each unit's per-clause probabilities and sort best first (ties: search rank, position).
    A unit that does not hold the kind of value a clause asks for scores 0 for that clause."""
    for unit, row in zip(units, probs, strict=True):
        # A unit that does not hold the kind of value a clause asks for cannot answer that clause.
        unit.probs = [float(v) if held else 0.0 for v, held in zip(row, unit.held, strict=True)]
        unit.clause = int(np.argmax(row)) if len(row) else 0
        unit.prob = unit.score = unit.probs[unit.clause] if unit.probs else 0.0
    return sorted(units, key=lambda u: (-u.prob, u.passage.rank, u.position))
