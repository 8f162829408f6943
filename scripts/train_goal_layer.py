"""Fit the goal analyzer's learned layer and validate it leave-one-round-out.

    PYTHONPATH=$PWD .venv/bin/python scripts/train_goal_layer.py          # LORO table, writes the layer
    PYTHONPATH=$PWD .venv/bin/python scripts/train_goal_layer.py --check  # the shipped file is what it writes

Data: the TUNING halves of evals/dev, dev2, dev3, dev4, dev5 (``split == "tune"``; held-out items are
never read past their ``split`` field) plus the short set evals/goals.jsonl (no split: the team's own
regression sentences, training only). Each round is scored as of its labels' reference date.

For each criterion a logistic regression (scikit-learn, offline only) over the named signals of
:func:`assistant.analyzers.goal.signals`. Validation: for each round R, fit on every other round's
tuning half plus the short set and score R's tuning half; compare with the rules-only verdict on the
same items. A criterion passes when the learned mean beats the rules' mean AND it wins on most rounds
(3 of 5); only passing criteria may be listed under ``learned:`` in goal.yaml. The file keeps every
criterion's model and its LORO figures either way.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ROUNDS = ("dev", "dev2", "dev3", "dev4", "dev5")
LAYER_PATH = ROOT / "assistant" / "rules" / "goal_layer.json"
C = 1.0  # inverse L2 strength on standardised features
MOST_ROUNDS = 3

QUESTIONS = {
    "specific": "Does the goal say exactly what will be done or achieved?",
    "measurable": "Does the goal say how its result will be measured or checked?",
    "attainable": "Is the goal free of out-of-reach targets?",
    "relevant": "Does the goal say why it matters beyond itself?",
    "time_bound": "Does the goal say by when, or how often?",
}


def examples() -> list[tuple[str, str, dict[str, bool], dt.date]]:
    """(round, text, labels, reference date) for every tuning-half item and every short-set item."""
    from assistant.evaluation.dev import REFERENCE_DATE
    from assistant.evaluation.goals import SHORT_SET_REFERENCE_DATE

    out = []
    for name in ROUNDS:
        for line in (ROOT / "evals" / name / "goals.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                if item["split"] == "tune":
                    out.append((name, item["text"], item["labels"], REFERENCE_DATE))
    for line in (ROOT / "evals" / "goals.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            out.append(("short", item["text"], item["labels"], SHORT_SET_REFERENCE_DATE))
    return out


def build(date: str | None = None, without: tuple[str, ...] = ()) -> tuple[dict, dict[str, dict[str, float]]]:
    """The layer file's content and, per criterion, its LORO figures (``without``: prefixes of features
    to leave out, for comparing variants)."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    from assistant.analyzers.goal import CRITERIA, check_goal, feature_labels, load_rules, signals

    rules = replace(load_rules(), learned=())  # rules-only verdicts
    labels_by_feature = feature_labels(rules)
    names = sorted(n for n in labels_by_feature if not n.startswith(without))
    data = examples()
    rows, verdicts = [], []
    for _, text, _, today in data:
        values = signals(text, today, rules)
        rows.append([values.get(n, 0.0) for n in names])
        report = check_goal(text, today=today, rules=rules)
        verdicts.append([getattr(report.criteria, c).met for c in CRITERIA])
    x = np.array(rows)
    rule = np.array(verdicts, dtype=int)
    rounds = np.array([r for r, *_ in data])

    def fit(mask: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray, LogisticRegression | int]:
        mean = x[mask].mean(axis=0)
        scale = x[mask].std(axis=0)
        scale[scale < 1e-9] = 1.0
        if len(set(y[mask])) < 2:
            return mean, scale, int(y[mask][0])
        model = LogisticRegression(C=C, max_iter=5000).fit((x[mask] - mean) / scale, y[mask])
        return mean, scale, model

    def predict(fitted, mask: np.ndarray) -> np.ndarray:
        mean, scale, model = fitted
        if isinstance(model, int):
            return np.full(mask.sum(), model)
        return model.predict((x[mask] - mean) / scale)

    decisions, loro = {}, {}
    for j, name in enumerate(CRITERIA):
        y = np.array([labels[name] for _, _, labels, _ in data], dtype=int)
        figures: dict[str, float] = {}
        won = lost = 0
        for held in ROUNDS:
            test = rounds == held
            learned = float((predict(fit(~test, y), test) == y[test]).mean())
            ruled = float((rule[test, j] == y[test]).mean())
            figures[f"loro_{held}_learned"] = round(learned, 4)
            figures[f"loro_{held}_rules"] = round(ruled, 4)
            won += learned > ruled + 1e-9
            lost += learned < ruled - 1e-9
        figures["loro_mean_learned"] = round(sum(figures[f"loro_{r}_learned"] for r in ROUNDS) / len(ROUNDS), 4)
        figures["loro_mean_rules"] = round(sum(figures[f"loro_{r}_rules"] for r in ROUNDS) / len(ROUNDS), 4)
        figures["rounds_won"], figures["rounds_lost"] = float(won), float(lost)
        loro[name] = figures
        mean, scale, model = fit(np.ones(len(y), dtype=bool), y)
        decisions[name] = {
            "name": name,
            "question": QUESTIONS[name],
            "features": names,
            "mean": [round(float(v), 6) for v in mean],
            "scale": [round(float(v), 6) for v in scale],
            "weights": [round(float(v), 6) for v in model.coef_[0]],
            "intercept": round(float(model.intercept_[0]), 6),
            "threshold": 0.5,
            "provenance": {
                "trained_on": [f"evals/{r}/goals.jsonl tune half" for r in ROUNDS] + ["evals/goals.jsonl (short set)"],
                "examples": len(y),
                "positives": int(y.sum()),
                "validation": figures,
                "date": date or dt.date.today().isoformat(),
                "script": "scripts/train_goal_layer.py",
            },
        }
    layer = {"analyzer": "goal", "version": 1, "feature_labels": {n: labels_by_feature[n] for n in names},
             "decisions": decisions}
    return layer, loro


def passes(figures: dict[str, float]) -> bool:
    """Keep a learned decision only where it beats the rules on average and on most rounds."""
    return figures["loro_mean_learned"] > figures["loro_mean_rules"] and figures["rounds_won"] >= MOST_ROUNDS


def _without_dates(layer: dict) -> dict:
    out = json.loads(json.dumps(layer))
    for decision in out["decisions"].values():
        decision["provenance"].pop("date", None)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="compare with the shipped file, write nothing")
    parser.add_argument("--without-verdicts", action="store_true",
                        help="LORO table of the variant without the rules' verdicts as features (writes nothing)")
    args = parser.parse_args(argv)
    layer, loro = build(without=("rule:",) if args.without_verdicts else ())
    print(f"{'criterion':11s} " + " ".join(f"{r:>11s}" for r in ROUNDS) + "        mean  keep")
    for name, f in loro.items():
        cells = " ".join(f"{f[f'loro_{r}_learned']:.2f}/{f[f'loro_{r}_rules']:.2f}  " for r in ROUNDS)
        print(f"{name:11s} {cells} {f['loro_mean_learned']:.3f}/{f['loro_mean_rules']:.3f}  "
              f"{'yes' if passes(f) else 'no'}")
    print("(learned/rules accuracy on each round's tuning half, trained without that round)")
    if args.without_verdicts:
        return 0
    if args.check:
        shipped = json.loads(LAYER_PATH.read_text(encoding="utf-8"))
        same = _without_dates(shipped) == _without_dates(layer)
        print("shipped file matches" if same else f"{LAYER_PATH} differs from what the script writes")
        return 0 if same else 1
    LAYER_PATH.write_text(json.dumps(layer, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {LAYER_PATH.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
