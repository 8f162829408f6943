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

from assistant.qa.check import holds
from assistant.qa.focus import analyse, attachment, matched, term_stems
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


def score_units(question: str, passages: Sequence[Passage], vectors: dict[tuple[str, int], Any], q_vector: Any,
                params: dict[str, float]) -> list[Unit]:
    """Every unit of every passage, scored, best first. Units that address an assistant are left out.

    A unit is scored as an answer to each asking clause of the question (its similarity, word
    coverage and passage rank, plus whether it holds the fact that clause asks for and how much of
    the clause's focus stands with that fact); its score is the best of these.
    """
    asked = analyse(question)
    q_stems = question_stems(question)
    weights = idf(passages)
    known = set().union(*(matched(asked.focus, f"{p.context}\n{p.text}") for p in passages)) if passages else set()
    units: list[Unit] = []
    focus = asked.focus
    default = weights[""]
    focus_total = sum(weights.get(t, default) for t in focus)
    for passage in passages:
        heading = content_stems(passage.context)
        # The passage's title and section name what the question asks about.
        topic = (sum(weights.get(t, default) for t in matched(focus, passage.context)) / focus_total
                 if focus_total else 0.0)
        for position, text in enumerate(passage.units):
            if addresses_assistant(text):
                continue  # text aimed at an assistant is never quoted as an answer
            vector = vectors.get((passage.id, position))
            similarity = float(vector @ q_vector) if vector is not None else 0.0
            cover = coverage(q_stems, content_stems(text), heading, weights, params["heading_weight"])
            base = (params["w_similarity"] * similarity + params["w_coverage"] * cover
                    + params["w_rank"] / (1 + passage.rank) + params["w_passage"] * passage.similarity
                    + params["w_topic"] * topic)
            typed = [holds(c.kind, text, c.text) if c.kind else False for c in asked.clauses]
            attach = [attachment(c, text, passage.context, passage.text, weights, params["heading_weight"],
                                 params["passage_weight"], known) for c in asked.clauses]
            scores = [base + params["w_type"] * t + params["w_attach"] * a for t, a in zip(typed, attach, strict=True)]
            best = max(range(len(scores)), key=scores.__getitem__) if scores else 0
            units.append(Unit(passage, position, text, similarity, cover, bool(typed and typed[best]),
                              max(scores, default=base), attach, scores or [base], typed))
    units.sort(key=lambda u: (-u.score, u.passage.rank, u.position))
    return units
