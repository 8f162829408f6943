"""Tuning and held-out halves of a labelled question set, fixed before any tuning.

The split is stratified (answerable or must-abstain, and the first tag) and deterministic: within
each stratum questions are ordered by the SHA-256 of their id and dealt alternately to the two
halves, starting with the half that has fewer questions so far. The result is recorded in
``evals/splits/<name>.json`` so that the halves never move when rules change; tune only on
``tuning`` and report ``heldout`` separately.

Re-create (only when a question set itself changes): ``python -m assistant.evaluation.splits``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from assistant.settings import PROJECT_ROOT

SPLITS_DIR = PROJECT_ROOT / "evals" / "splits"


def stratum(row: dict[str, Any]) -> str:
    """Answerable or must-abstain, and the first tag."""
    abstain = row.get("abstain") is True or row.get("expect") == "abstain"
    tags = row.get("tags") or []
    return f"{'abstain' if abstain else 'answer'}/{tags[0] if tags else '-'}"


def split(rows: Iterable[dict[str, Any]], seed: int | None = None) -> dict[str, list[str]]:
    """``{"tuning": [ids], "heldout": [ids]}``, stratified and deterministic; with ``seed``, the ids are
    ordered by the SHA-256 of ``"<seed>:<id>"`` instead of the id alone."""
    strata: dict[str, list[str]] = {}
    for row in rows:
        strata.setdefault(stratum(row), []).append(str(row["id"]))
    halves: dict[str, list[str]] = {"tuning": [], "heldout": []}
    for key in sorted(strata):
        salt = "" if seed is None else f"{seed}:"
        ordered = sorted(strata[key], key=lambda i: hashlib.sha256(f"{salt}{i}".encode()).hexdigest())
        first = "tuning" if len(halves["tuning"]) <= len(halves["heldout"]) else "heldout"
        second = "heldout" if first == "tuning" else "tuning"
        for position, question_id in enumerate(ordered):
            halves[first if position % 2 == 0 else second].append(question_id)
    return {name: sorted(ids) for name, ids in halves.items()}


def load_split(name: str) -> dict[str, list[str]]:
    """A recorded split, by name (``handbooks``, ``policy``)."""
    return json.loads((SPLITS_DIR / f"{name}.json").read_text(encoding="utf-8"))


def write_split(name: str, rows: list[dict[str, Any]], source: str, seed: int | None = None) -> Path:
    halves = split(rows, seed)
    path = SPLITS_DIR / f"{name}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    order = "sha256(id)" if seed is None else f"sha256('{seed}:' + id)"
    payload = {"source": source, "method": f"stratified by answerable/abstain and first tag; {order} order, "
               "alternating", **({} if seed is None else {"seed": seed}), **halves}
    path.write_text(json.dumps(payload, indent=1) + "\n", encoding="utf-8")
    return path


if __name__ == "__main__":  # pragma: no cover - run by hand when a question set changes
    from assistant.evaluation.policy import (
        HANDBOOKS2_QUESTIONS,
        HANDBOOKS2_SEED,
        HANDBOOKS_QUESTIONS,
        load_rows,
    )

    write_split("policy", load_rows(PROJECT_ROOT / "evals" / "policy.jsonl"), "evals/policy.jsonl")
    if HANDBOOKS_QUESTIONS.exists():
        write_split("handbooks", load_rows(HANDBOOKS_QUESTIONS), "shared/corpora/handbooks/questions.jsonl")
    write_split("handbooks2", load_rows(HANDBOOKS2_QUESTIONS), "evals/handbooks2/questions.jsonl", HANDBOOKS2_SEED)
