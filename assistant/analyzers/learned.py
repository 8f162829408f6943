"""Learned decision layers: small logistic models over an analyzer's named signals.

A layer file (JSON under ``assistant/rules/``) holds one model per decision: the names of the
features it reads, their standardisation (mean, scale), weights, intercept and decision threshold,
with the training provenance (rounds, counts, cross-validation figures, date). Training happens
offline (``scripts/train_*.py`` with scikit-learn); at run time a layer is read once per process,
validated, and applied with plain Python, so no learning library is imported.

Each decision also explains itself: :meth:`LinearDecision.contributions` gives the features that
pushed the score, largest first, with their plain-language labels.
"""

from __future__ import annotations

import json
import math
from functools import cache
from pathlib import Path

from pydantic import BaseModel, Field, ValidationError, model_validator

from assistant.analyzers.rules import RULES_DIR, RulesFileError


class Provenance(BaseModel):
    """Where a model came from: what it was trained on and how it was validated."""

    model_config = {"extra": "forbid"}

    trained_on: list[str] = Field(description="Data sets (and halves) the model was fitted on.")
    examples: int = Field(ge=0)
    positives: int = Field(ge=0)
    validation: dict[str, float] = Field(default_factory=dict, description="Cross-validation figures.")
    date: str
    script: str


class LinearDecision(BaseModel):
    """One yes/no decision: ``sigmoid(intercept + sum(w * (x - mean) / scale)) >= threshold``.

    With ``confidence`` set the model is a second opinion beside a rule: the rule's verdict stands
    unless the model's probability is at least ``confidence`` (yes) or at most ``1 - confidence`` (no)."""

    model_config = {"extra": "forbid"}

    name: str
    question: str = Field(description="What a 'yes' means, in words.")
    features: list[str] = Field(min_length=1)
    mean: list[float]
    scale: list[float]
    weights: list[float]
    intercept: float
    threshold: float = Field(default=0.5, gt=0.0, lt=1.0)
    confidence: float | None = Field(default=None, ge=0.5, lt=1.0,
                                     description="Override a rule's verdict only at this probability or beyond.")
    provenance: Provenance

    @model_validator(mode="after")
    def _same_lengths(self) -> LinearDecision:
        n = len(self.features)
        if not (len(self.mean) == len(self.scale) == len(self.weights) == n):
            raise ValueError(f"decision {self.name}: features, mean, scale and weights must have the same length")
        if any(s <= 0 for s in self.scale):
            raise ValueError(f"decision {self.name}: every scale must be positive")
        if len(set(self.features)) != n:
            raise ValueError(f"decision {self.name}: a feature is named twice")
        return self

    def terms(self, values: dict[str, float]) -> list[tuple[str, float]]:
        """Each feature's contribution to the score (a missing feature counts as 0)."""
        return [(f, w * (values.get(f, 0.0) - m) / s)
                for f, m, s, w in zip(self.features, self.mean, self.scale, self.weights, strict=True)]

    def probability(self, values: dict[str, float]) -> float:
        z = self.intercept + sum(t for _, t in self.terms(values))
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))

    def decide(self, values: dict[str, float], rule: bool | None = None) -> bool:
        """The decision; with ``confidence`` set and the rule's verdict given, that verdict unless the
        model is confident of the opposite."""
        p = self.probability(values)
        if self.confidence is None or rule is None:
            return p >= self.threshold
        if p >= self.confidence:
            return True
        if p <= 1.0 - self.confidence:
            return False
        return rule

    def contributions(self, values: dict[str, float], toward: bool, limit: int = 3) -> list[str]:
        """The features that pushed the score toward ``toward`` (yes when True), largest first."""
        terms = [(f, t) for f, t in self.terms(values) if (t > 0) == toward and abs(t) > 1e-9]
        return [f for f, _ in sorted(terms, key=lambda ft: -abs(ft[1]))[:limit]]


_COUNTS: frozenset[str] = frozenset()  # features whose 0/1 values are counts, not yes/no (none yet)


class LearnedLayer(BaseModel):
    """A file of decisions for one analyzer, with plain-language labels for its features."""

    model_config = {"extra": "forbid"}

    analyzer: str
    version: int = 1
    feature_labels: dict[str, str] = Field(description="Feature name -> what it measures, in words.")
    decisions: dict[str, LinearDecision]

    @model_validator(mode="after")
    def _labels_cover_features(self) -> LearnedLayer:
        for name, decision in self.decisions.items():
            if decision.name != name:
                raise ValueError(f"decision {name!r} is named {decision.name!r} inside")
            missing = [f for f in decision.features if f not in self.feature_labels]
            if missing:
                raise ValueError(f"decision {name}: features without a label: {', '.join(missing)}")
        return self

    def explain(self, decision: str, values: dict[str, float], toward: bool, limit: int = 3) -> list[str]:
        """The top contributing features of one decision in words, each with how the draft stands on
        it: "yes"/"no" for a present/absent feature, "high"/"low" against the training mean."""
        d = self.decisions[decision]
        mean = dict(zip(d.features, d.mean, strict=True))
        out = []
        for f in d.contributions(values, toward, limit):
            value = values.get(f, 0.0)
            if value in (0.0, 1.0) and 0.0 < mean[f] < 1.0 and f not in _COUNTS:
                level = "yes" if value else "no"
            else:
                level = "high" if value > mean[f] else "low"
            out.append(f"{self.feature_labels[f]}: {level}")
        return out


def read_layer(path: Path) -> LearnedLayer:
    """Read and validate a layer file; a bad file is a one-line :class:`RulesFileError`."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise RulesFileError(f"{path}: cannot read learned layer: {exc}") from None
    try:
        return LearnedLayer.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise RulesFileError(f"{path}: {where}: {first['msg']}") from None


@cache
def load_layer(name: str) -> LearnedLayer:
    """The packaged layer ``assistant/rules/<name>.json``, read once per process."""
    return read_layer(RULES_DIR / f"{name}.json")
