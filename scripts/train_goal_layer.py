"""Fit the goal analyzer's learned layer on how the rules err on text they were not tuned on.

    PYTHONPATH=$PWD .venv/bin/python scripts/train_goal_layer.py --extract  # re-read the rules' history (git)
    PYTHONPATH=$PWD .venv/bin/python scripts/train_goal_layer.py            # LORO tables, writes the layer
    PYTHONPATH=$PWD .venv/bin/python scripts/train_goal_layer.py --check    # the shipped file is what it writes

Why history: every round's tuning half has since been tuned on, so today's rules are right on ~100% of
them and a model fitted there only learns to copy the rules. Each round arrived at a known commit
(:data:`VERSIONS`), before any rule was tuned on it; the rules of that commit, and of every earlier
one, are untuned on that round and later ones. ``--extract`` runs each of those versions (``git
archive`` into a temporary folder, one subprocess each) on the TUNING halves and stores what they found
per item (rules fired, verdicts, scan signals; no text) in :data:`HISTORY_PATH`. Held-out items are
never read past their ``split`` field.

Training pairs: (version V, item of round R) with V untuned on R. Features: the signals of
:func:`assistant.analyzers.goal.signals`: the rules' verdicts, scan findings, the text's shape (not which
rule fired: a rule's reach drifts between versions, and a model fitted on old versions' hits undid
right verdicts of today's rules, e.g. on 5 short-set goals with "to support the ... initiative"). One L2 logistic regression per criterion; at run time it overrides the rules' verdict only when
its probability is beyond :data:`CONFIDENCE` either way (a second opinion, not a replacement).

Validation, leave one round out: for each round R, fit on the pairs of the other rounds and score R's
tuning half as seen by the version that had not been tuned on it, against that version's own verdicts
(``loro_*``). A criterion passes when the learned mean beats the rules' mean AND it wins on most rounds
(3 of 5); only passing criteria may be listed under ``learned:`` in goal.yaml. The same models applied to
today's rules on the (tuned) tuning halves give ``current_*``: how many right verdicts they would undo.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ROUNDS = ("dev", "dev2", "dev3", "dev4", "dev5")
# The commit that added each round's goals, before any rule was tuned on them.
VERSIONS = {"dev": "d179bc3", "dev2": "f74c460", "dev3": "85df4d2", "dev4": "f0af5cb", "dev5": "45aa253"}
LAYER_PATH = ROOT / "assistant" / "rules" / "goal_layer.json"
HISTORY_PATH = ROOT / "scripts" / "goal_layer_history.json"
REFERENCE_DATE = "2026-12-01"  # evals/dev*/README.md: the goal labels' reference date
C = 0.1  # inverse L2 strength on standardised features (strong: ~480 pairs, ~60 features)
CONFIDENCE = 0.9
MOST_ROUNDS = 3

QUESTIONS = {
    "specific": "Does the goal say exactly what will be done or achieved?",
    "measurable": "Does the goal say how its result will be measured or checked?",
    "attainable": "Is the goal free of out-of-reach targets?",
    "relevant": "Does the goal say why it matters beyond itself?",
    "time_bound": "Does the goal say by when, or how often?",
}

# Runs inside an old version of the package (its own assistant/ first on the path).
_EXTRACTOR = r'''
import datetime as dt, inspect, json, sys
from assistant.analyzers import goal as G
rules = G.load_rules()
today = dt.date.fromisoformat(sys.argv[2])
with_today = "today" in inspect.signature(G.check_goal).parameters
out = []
for line in open(sys.argv[1], encoding="utf-8"):
    item = json.loads(line)
    text = item["text"]
    found = G._analyse(text, rules, today) if with_today else G._analyse(text, rules)
    report = G.check_goal(text, today=today) if with_today else G.check_goal(text)
    out.append({"round": item["round"], "id": item["id"], "hits": sorted({h.rule for h in found.hits}),
                "verdicts": {c: getattr(report.criteria, c).met for c in G.CRITERIA},
                "signals": {"vague_action": found.vague_action is not None, "vague_time": found.vague_time is not None,
                            "past_deadline": getattr(found, "past_deadline", None) is not None,
                            "deliverable": bool(found.deliverable), "two_outcomes": found.two_outcomes is not None,
                            "topic": getattr(found, "topic", None) is not None, "weak": bool(found.weak)}})
print(json.dumps(out))
'''


def tune_items() -> list[dict]:
    """Every tuning-half goal of every round, with its round."""
    out = []
    for name in ROUNDS:
        for line in (ROOT / "evals" / name / "goals.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                if item["split"] == "tune":
                    out.append({"round": name, "id": item["id"], "text": item["text"], "labels": item["labels"]})
    return out


def extract_history() -> dict:
    """Run each round's untuned version of the rules on the tuning halves (needs git history)."""
    items = tune_items()
    by_version = {}
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "items.jsonl"
        source.write_text("".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")
        for name, commit in VERSIONS.items():
            folder = Path(tmp) / commit
            folder.mkdir()
            archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "assistant"], check=True,
                                     capture_output=True).stdout
            subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
            run = subprocess.run([sys.executable, "-c", _EXTRACTOR, str(source), REFERENCE_DATE], cwd=tmp,
                                 env={"PYTHONPATH": str(folder), "PATH": "/usr/bin:/bin"}, check=True,
                                 capture_output=True, text=True)
            by_version[name] = json.loads(run.stdout.strip().splitlines()[-1])
    return {"versions": VERSIONS, "reference_date": REFERENCE_DATE, "found": by_version}


def build(date: str | None = None) -> tuple[dict, dict[str, dict[str, float]]]:
    """The layer file's content and, per criterion, its validation figures."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    from assistant.analyzers.goal import (
        CRITERIA,
        check_goal,
        feature_labels,
        load_rules,
        shape_signals,
        signals,
    )

    rules = load_rules()
    rules_only = type(rules)(**{**rules.__dict__, "learned": ()})
    labels_by_feature = feature_labels()
    names = sorted(labels_by_feature)
    items = {i["id"]: i for i in tune_items()}
    history = json.loads(HISTORY_PATH.read_text(encoding="utf-8"))

    pairs = []  # (version round, item round, features, old verdicts, labels)
    for version, found in history["found"].items():
        for d in found:
            if ROUNDS.index(d["round"]) < ROUNDS.index(version):
                continue  # this version was tuned on that round
            values = {f"rule:{c}": float(v) for c, v in d["verdicts"].items()}  # "hits": kept for inspection only
            values |= {k: float(v) for k, v in d["signals"].items()} | shape_signals(items[d["id"]]["text"])
            pairs.append((version, d["round"], [values.get(n, 0.0) for n in names], d["verdicts"], items[d["id"]]["labels"]))
    x = np.array([p[2] for p in pairs])
    item_round = np.array([p[1] for p in pairs])
    own = np.array([p[0] == p[1] for p in pairs])
    today = dt.date.fromisoformat(REFERENCE_DATE)
    current = [(i["round"], signals(i["text"], today, rules_only), check_goal(i["text"], today=today, rules=rules_only),
                i["labels"]) for i in items.values()]
    xc = np.array([[v.get(n, 0.0) for n in names] for _, v, _, _ in current])
    current_round = np.array([r for r, *_ in current])

    def fit(mask: np.ndarray, y: np.ndarray):
        mean = x[mask].mean(axis=0)
        scale = x[mask].std(axis=0)
        scale[scale < 1e-9] = 1.0
        return mean, scale, LogisticRegression(C=C, max_iter=5000).fit((x[mask] - mean) / scale, y[mask])

    def decide(fitted, features: np.ndarray, rule: np.ndarray) -> np.ndarray:
        mean, scale, model = fitted
        p = model.predict_proba((features - mean) / scale)[:, 1]
        return np.where(p >= CONFIDENCE, 1, np.where(p <= 1 - CONFIDENCE, 0, rule))

    decisions, figures_by = {}, {}
    for name in CRITERIA:
        y = np.array([p[4][name] for p in pairs], dtype=int)
        old = np.array([p[3][name] for p in pairs], dtype=int)
        yc = np.array([lab[name] for *_, lab in current], dtype=int)
        now = np.array([getattr(rep.criteria, name).met for _, _, rep, _ in current], dtype=int)
        figures: dict[str, float] = {}
        won = lost = 0
        for held in ROUNDS:
            fitted = fit(item_round != held, y)
            test = (item_round == held) & own
            learned = float((decide(fitted, x[test], old[test]) == y[test]).mean())
            ruled = float((old[test] == y[test]).mean())
            figures[f"loro_{held}_learned"], figures[f"loro_{held}_rules"] = round(learned, 4), round(ruled, 4)
            won += learned > ruled + 1e-9
            lost += learned < ruled - 1e-9
            here = current_round == held
            figures[f"current_{held}_learned"] = round(float((decide(fitted, xc[here], now[here]) == yc[here]).mean()), 4)
            figures[f"current_{held}_rules"] = round(float((now[here] == yc[here]).mean()), 4)
        for kind in ("loro", "current"):
            for who in ("learned", "rules"):
                figures[f"{kind}_mean_{who}"] = round(sum(figures[f"{kind}_{r}_{who}"] for r in ROUNDS) / len(ROUNDS), 4)
        figures["rounds_won"], figures["rounds_lost"] = float(won), float(lost)
        figures_by[name] = figures
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
            "confidence": CONFIDENCE,
            "provenance": {
                "trained_on": [f"evals/{r}/goals.jsonl tune half, as seen by the rules @ {VERSIONS[v]} (untuned on it)"
                               for r in ROUNDS for v in ROUNDS if ROUNDS.index(v) <= ROUNDS.index(r)],
                "examples": len(y),
                "positives": int(y.sum()),
                "validation": figures,
                "date": date or dt.date.today().isoformat(),
                "script": "scripts/train_goal_layer.py",
            },
        }
    layer = {"analyzer": "goal", "version": 1, "feature_labels": {n: labels_by_feature[n] for n in names},
             "decisions": decisions}
    return layer, figures_by


def passes(figures: dict[str, float]) -> bool:
    """Keep a learned decision only where it beats the rules on average and on most rounds."""
    return figures["loro_mean_learned"] > figures["loro_mean_rules"] and figures["rounds_won"] >= MOST_ROUNDS


def _without_dates(layer: dict) -> dict:
    out = json.loads(json.dumps(layer))
    for decision in out["decisions"].values():
        decision["provenance"].pop("date", None)
    return out


def _table(figures_by: dict[str, dict[str, float]], kind: str) -> None:
    print(f"{'criterion':11s} " + " ".join(f"{r:>10s}" for r in ROUNDS) + "          mean" + ("  keep" if kind == "loro" else ""))
    for name, f in figures_by.items():
        cells = " ".join(f"{f[f'{kind}_{r}_learned']:.2f}/{f[f'{kind}_{r}_rules']:.2f}" for r in ROUNDS)
        keep = f"  {'yes' if passes(f) else 'no'} (won {f['rounds_won']:.0f}, lost {f['rounds_lost']:.0f})" if kind == "loro" else ""
        print(f"{name:11s} {cells}   {f[f'{kind}_mean_learned']:.3f}/{f[f'{kind}_mean_rules']:.3f}{keep}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--extract", action="store_true", help=f"re-run the untuned rule versions into {HISTORY_PATH.name}")
    parser.add_argument("--check", action="store_true", help="compare with the shipped file, write nothing")
    args = parser.parse_args(argv)
    if args.extract:
        HISTORY_PATH.write_text(json.dumps(extract_history(), separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"wrote {HISTORY_PATH.relative_to(ROOT)}")
    layer, figures_by = build()
    print("LORO: learned/rules on each round's tuning half as seen by the rules before they were tuned on it")
    _table(figures_by, "loro")
    print("Today's rules on the tuning halves (tuned on them), with and without the same models:")
    _table(figures_by, "current")
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
