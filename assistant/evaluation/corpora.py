"""The policy Q&A question sets, one row each: where the questions and the pages they are asked over live, how the
set is split into a tuning and a held-out half, and what must be present for its suites to run.

Every ``coach eval`` suite of a set (``<name>_tuning``/``<name>_heldout``, or one suite for a set that is not
split), its evaluate function in :mod:`assistant.evaluation.policy`, its recorded split
(``python -m assistant.evaluation.splits``) and its calibration set (``python -m assistant.evaluation.policy
--report NAME[:HALF]``) are built from :data:`QA_SETS`. A new handbook corpus kept in the project
(``evals/<name>/``: ``questions.jsonl``, ``docs/``, a seeded split) is one row: ``QASet.project("<name>", <seed>)``,
plus its ``{}`` lines in ``evals/thresholds.yaml``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from assistant.settings import PROJECT_ROOT

EVALS_DIR = PROJECT_ROOT / "evals"


def shared_dir(marker: str = "corpora/handbooks/questions.jsonl") -> Path | None:
    """``shared/`` beside the project (or ``COACH_SHARED_DIR``) when it holds ``marker``."""
    candidates = [os.environ.get("COACH_SHARED_DIR"), PROJECT_ROOT.parent / "shared", PROJECT_ROOT / "shared",
                  Path("/work/shared")]
    for candidate in candidates:
        if candidate and Path(candidate, marker).exists():
            return Path(candidate)
    return None


SHARED = shared_dir() or PROJECT_ROOT.parent / "shared"
SEEDS_SHARED = shared_dir("seeds") or PROJECT_ROOT.parent / "shared"


@dataclass(frozen=True)
class QASet:
    """One labelled question set of the policy Q&A and the suites reported on it."""

    name: str  # the set's name: its suites' prefix, ``evals/splits/<name>.json``, the calibration set's name
    questions: Path  # the labelled questions (JSON lines)
    docs: Path | None  # the pages they are asked over, indexed apart (None: the configured index)
    split_source: str | None = None  # the questions as named in the recorded split (None: the set is not split)
    seed: int | None = None  # the split's seed (None: ids ordered by their own SHA-256)
    heldout_suite: str | None = None  # the held-out half's suite, when not ``<name>_heldout``
    requires: Path | None = None  # what must exist beside the project for the suites to run (None: nothing)
    skipped: str = ""  # the reason a suite gives when ``requires`` is missing
    gated: bool = False  # whether its suites are bars (all are reported for information only)

    @classmethod
    def project(cls, name: str, seed: int) -> QASet:
        """A handbook corpus kept in the project: ``evals/<name>/questions.jsonl`` over ``evals/<name>/docs``, split
        once with its own seed."""
        folder = EVALS_DIR / name
        return cls(name, folder / "questions.jsonl", folder / "docs", f"evals/{name}/questions.jsonl", seed)

    @property
    def folder(self) -> Path:
        return self.questions.parent

    @property
    def cases(self) -> str:
        """The suites' default cases file under ``evals/`` (``.``: the set reads its own questions)."""
        return self.questions.name if self.questions.parent == EVALS_DIR else "."

    @property
    def collection(self) -> str:
        """The name of the index built apart for its pages."""
        return self.name

    def present(self) -> bool:
        return self.requires is None or self.requires.exists()

    def suites(self) -> dict[str, tuple[str, str | None]]:
        """Suite name -> (its evaluate function's name in :mod:`assistant.evaluation.policy`, the half it reads)."""
        if self.split_source is None:
            return {self.name: (f"evaluate_{self.name}", None)}
        return {f"{self.name}_tuning": (f"evaluate_{self.name}_tuning", "tuning"),
                self.heldout_suite or f"{self.name}_heldout": (f"evaluate_{self.name}_heldout", "heldout")}


_HANDBOOKS = SHARED / "corpora" / "handbooks"
_SEEDS = SEEDS_SHARED / "seeds"

QA_SETS: tuple[QASet, ...] = (
    # evals/policy.jsonl over the configured index (knowledge/), split once into halves (its held-out half's
    # suite is policy_split_heldout: policy_heldout is the blind set written after tuning, evals/heldout/).
    QASet("policy", EVALS_DIR / "policy.jsonl", None, "evals/policy.jsonl", heldout_suite="policy_split_heldout"),
    # The handbook corpus in shared/ beside the project, over its own pages (skipped when shared/ is absent).
    QASet("handbooks", _HANDBOOKS / "questions.jsonl", _HANDBOOKS / "docs", "shared/corpora/handbooks/questions.jsonl",
          requires=_HANDBOOKS / "questions.jsonl", skipped="shared/ not beside the project; suite skipped"),
    # Handbook corpora kept in the project (evals/<name>/: two organisations' pages each), each split with its seed.
    QASet.project("handbooks2", 20261202),
    QASet.project("handbooks3", 20261204),
    QASet.project("handbooks4", 20261205),
    QASet.project("handbooks5", 20261206),
    QASet.project("handbooks6", 20261207),
    QASet.project("handbooks7", 20261219),
    QASet.project("handbooks8", 20261221),
    QASet.project("handbooks9", 20261223),
    QASet.project("handbooks10", 20261225),
    QASet.project("handbooks11", 20261231),
    QASet.project("handbooks12", 20270107),
    QASet.project("handbooks13", 20270114),
    # The real job aids in shared/seeds with questions written before tuning (a check, never tuned on, not split).
    QASet("seeds", EVALS_DIR / "seeds_questions.jsonl", _SEEDS, requires=_SEEDS,
          skipped="shared/seeds not beside the project; suite skipped"),
)
BY_NAME: dict[str, QASet] = {s.name: s for s in QA_SETS}
SUITES: dict[str, tuple[QASet, str | None]] = {
    suite: (qa_set, half) for qa_set in QA_SETS for suite, (_, half) in qa_set.suites().items()}
FUNCTIONS: dict[str, tuple[QASet, str | None]] = {
    function: (qa_set, half) for qa_set in QA_SETS for function, half in qa_set.suites().values()}
