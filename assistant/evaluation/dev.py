"""Development-set suites (``evals/dev/``, ``evals/dev2/``, ``evals/dev3/``): the bias, feedback and goal analyzers
on outside text.

Each item carries ``split``: ``tune`` (the half the rules were tuned on) or ``heldout`` (measured,
never tuned on). Every metric is reported for each half separately, prefixed ``tune_`` and
``heldout_``. Only the tune half's misses are listed, so reading a report never shows held-out
texts to whoever tunes the rules.

Goal labels assume a fixed reference date (:data:`REFERENCE_DATE`, see evals/dev/README.md):
a deadline that passed before it is not time-bound.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from assistant.evaluation import SuiteResult
from assistant.settings import Settings

SPLITS = ("tune", "heldout")
SAMPLE_KNOWLEDGE = Path(__file__).resolve().parent.parent / "sample_knowledge"
"""The sample knowledge base shipped in the package (``assistant/sample_knowledge``)."""
REFERENCE_DATE = dt.date(2026, 12, 1)


def round_files(evals: Path, name: str) -> list[Path]:
    """``evals/dev*/<name>`` (a file name or a glob such as ``*.jsonl``) in round order: dev, dev2, ..., dev9,
    dev10 (a plain sort would put dev10 right after dev), then by file name within a round."""
    return sorted(Path(evals).glob(f"dev*/{name}"), key=lambda p: (int(p.parent.name[3:] or 1), p.name))


def load_items(path: Path) -> list[dict[str, Any]]:
    """The labelled items of a dev file (every one has a ``split``)."""
    items = []
    for lineno, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            item = json.loads(line)
            if item.get("split") not in SPLITS:
                raise ValueError(f"{path}:{lineno}: split must be one of {', '.join(SPLITS)}")
            items.append(item)
    return items


def innocent_documents(corpus: Path) -> list[Path]:
    """Outside documents no analyzer should flag: ``corpus`` (the handbook corpus) and the sample knowledge."""
    return [*sorted(Path(corpus).glob("*.md")), *sorted(SAMPLE_KNOWLEDGE.glob("*.md"))]


def tuning_items(path: Path) -> list[dict[str, Any]]:
    """The tune half of a dev file: what probes and trainers may read (held-out items are dropped here)."""
    return [item for item in load_items(path) if item["split"] == "tune"]


def _bias(items: list[dict[str, Any]], settings: Settings) -> SuiteResult:
    from assistant.analyzers.bias import check_bias, load_rules
    from assistant.evaluation.bias import BiasCase, run_cases

    cases = [BiasCase(str(i["id"]), i["text"], [(lab["term"], lab["category"]) for lab in i["labels"]]) for i in items]
    result = run_cases(cases, rules=load_rules(settings.rules_file))
    m = result.metrics
    p, r = m["flag_precision"], m["term_recall"]
    biased = [c for c in cases if c.labels]
    rules = load_rules(settings.rules_file)
    flagged = sum(1 for c in biased if check_bias(c.text, rules=rules).flags)
    m = {**m, "term_f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
         "biased_items_flagged": round(flagged / len(biased), 4) if biased else 1.0}
    return result.model_copy(update={"metrics": m})


def _feedback(items: list[dict[str, Any]], settings: Settings) -> SuiteResult:
    from assistant.evaluation.feedback import score_cases

    return score_cases(items, settings)


def _goals(items: list[dict[str, Any]], settings: Settings) -> SuiteResult:
    from assistant.evaluation.goals import score_cases

    return score_cases(items, today=REFERENCE_DATE, rules_file=settings.rules_file)


SCORERS = {"bias": _bias, "feedback": _feedback, "goals": _goals}


def _score_halves(items: list[dict[str, Any]], kind: str, suite: str, settings: Settings) -> SuiteResult:
    """Score ``items`` of one kind (bias, feedback or goals) on each half; misses are listed for the tune half only."""
    scorer = SCORERS[kind]
    metrics: dict[str, float] = {}
    failures: list[dict[str, Any]] = []
    for split in SPLITS:
        half = [i for i in items if i["split"] == split]
        if not half:
            continue
        result = scorer(half, settings)
        metrics.update({f"{split}_{k}": v for k, v in result.metrics.items()})
        metrics[f"{split}_cases"] = float(len(half))
        if split == "tune":
            failures = result.failures
    return SuiteResult(suite=suite, cases=len(items), metrics=metrics, failures=failures)


def evaluate(cases_path: Path, settings: Settings) -> SuiteResult:
    """Score the dev file named by ``cases_path`` (bias, feedback or goals) on each half."""
    round_ = Path(cases_path).parent.name.removeprefix("dev")  # "" for evals/dev, "2" for evals/dev2, ...
    name = Path(cases_path).stem
    return _score_halves(load_items(cases_path), name, f"{name}_dev{round_}", settings)


def evaluate_pooled(cases_path: Path, settings: Settings) -> SuiteResult:
    """Every outside round's file of one kind (``evals/dev*/<file name of cases_path>``) scored as one set: the tune
    halves pooled and the held-out halves pooled, so one figure per half sums up every round (micro-averaged: a round
    with more items weighs more)."""
    path = Path(cases_path)
    files = round_files(path.parent, path.name)
    if not files:
        raise FileNotFoundError(f"no outside round holds {path.name} under {path.parent}")
    items = [item for file in files for item in load_items(file)]
    result = _score_halves(items, path.stem, f"{path.stem}_outside", settings)
    return result.model_copy(update={"metrics": {**result.metrics, "rounds": float(len(files))}})
