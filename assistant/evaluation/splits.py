"""Tuning and held-out halves of a labelled question set, fixed before any tuning.

The split is stratified (answerable or must-abstain, and the first tag) and deterministic: within
each stratum questions are ordered by the SHA-256 of their id and dealt alternately to the two
halves, starting with the half that has fewer questions so far. The result is recorded in
``evals/splits/<name>.json`` so that the halves never move when rules change; tune only on
``tuning`` and report ``heldout`` separately.

Re-create (only when a question set itself changes): ``python -m assistant.evaluation.splits``.
A seeded set that changes (``handbooks2``) is extended, not re-dealt: the questions already recorded keep
their half, questions no longer in the set are dropped, and only the new questions are dealt, by the same
rule and seed among themselves (``extend_split``); each extension lists the ids it added.
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


def extend_split(name: str, rows: list[dict[str, Any]], note: str) -> Path:
    """Extend a recorded seeded split to ``rows``: recorded ids keep their half, ids no longer in ``rows``
    are dropped, and the ids not recorded yet are dealt among themselves by ``split`` with the recorded
    seed; the extension (``note``, the ids added and the number dropped) is appended to ``extensions``.
    Nothing changes when every row is already recorded."""
    recorded = load_split(name)
    seed = recorded["seed"]
    ids = [str(row["id"]) for row in rows]
    half_of = {i: half for half in ("tuning", "heldout") for i in recorded[half]}
    added_rows = [row for row in rows if str(row["id"]) not in half_of]
    dropped = [i for i in half_of if i not in set(ids)]
    path = SPLITS_DIR / f"{name}.json"
    if not added_rows and not dropped:
        return path
    dealt = split(added_rows, seed)
    halves = {half: sorted([i for i in ids if half_of.get(i) == half] + dealt[half])
              for half in ("tuning", "heldout")}
    extensions = [*recorded.get("extensions", []),
                  {"note": note, "dropped": len(dropped), "added": sorted(dealt["tuning"] + dealt["heldout"])}]
    payload = {**{k: v for k, v in recorded.items() if k not in ("tuning", "heldout", "extensions")},
               **halves, "extensions": extensions}
    path.write_text(json.dumps(payload, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def write_splits() -> None:
    """Record the split of every split question set (:data:`assistant.evaluation.corpora.QA_SETS`): an unseeded
    set is dealt afresh; a seeded set is dealt once, when it has no recorded split, and then only extended."""
    from assistant.evaluation.corpora import QA_SETS
    from assistant.evaluation.policy import load_rows

    for qa_set in QA_SETS:
        if qa_set.split_source is None or not qa_set.questions.exists():
            continue
        rows = load_rows(qa_set.questions)
        if qa_set.seed is None:
            write_split(qa_set.name, rows, qa_set.split_source)
            continue
        if not (SPLITS_DIR / f"{qa_set.name}.json").exists():
            write_split(qa_set.name, rows, qa_set.split_source, qa_set.seed)
        extend_split(qa_set.name, rows, "questions added by hand")


if __name__ == "__main__":  # pragma: no cover - run by hand when a question set changes
    write_splits()
