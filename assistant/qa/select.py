"""Select: score every unit of the candidate passages against the question and pick the quotes.

A unit's score combines the dense similarity of the question with the unit read under its
heading, the share of the question's content words (IDF-weighted) found in the unit and its
heading, whether it holds the kind of fact asked for, and the passage's search rank. The weights
are data (``calibration.yaml``), fitted on the tuning halves only.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from assistant.qa.check import answer_types, holds
from assistant.qa.models import Passage, Unit
from assistant.qa.screen import addresses_assistant
from assistant.text import content_stems, stem

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
    """Content stems of a question, with HR acronyms and their expansions added both ways."""
    stems = content_stems(question)
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
            for token in content_stems(unit):
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


def score_units(question: str, passages: Sequence[Passage], vectors: dict[tuple[str, int], Any], q_vector: Any,
                params: dict[str, float]) -> list[Unit]:
    """Every unit of every passage, scored, best first. Units that address an assistant are left out."""
    q_stems = question_stems(question)
    kinds = [k for k in answer_types(question) if k is not None]
    weights = idf(passages)
    units: list[Unit] = []
    for passage in passages:
        heading = content_stems(passage.context)
        for position, text in enumerate(passage.units):
            if addresses_assistant(text):
                continue  # text aimed at an assistant is never quoted as an answer
            vector = vectors.get((passage.id, position))
            similarity = float(vector @ q_vector) if vector is not None else 0.0
            cover = coverage(q_stems, content_stems(text), heading, weights, params["heading_weight"])
            typed = all(holds(kind, text, question) for kind in kinds[:1]) if kinds else False
            score = (params["w_similarity"] * similarity + params["w_coverage"] * cover
                     + params["w_type"] * (1.0 if typed else 0.0) + params["w_rank"] / (1 + passage.rank)
                     + params["w_passage"] * passage.similarity)
            units.append(Unit(passage, position, text, similarity, cover, typed, score))
    units.sort(key=lambda u: (-u.score, u.passage.rank, u.position))
    return units
