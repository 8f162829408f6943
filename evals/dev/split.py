"""Assign every development item to the tuning or the held-out half, deterministically.

Items that come from the same source document (the part of ``source`` before the first
`` | ``) always land in the same half, so held-out text is really unseen. Within that
constraint the halves are stratified: a seeded random search over document-to-half
assignments keeps every label stratum (biased vs clean and each bias category; each feedback
kind, polarity and well-formedness; each SMART criterion true/false) and the item count as
close to 50/50 as the documents allow.

    python evals/dev/split.py            # write the `split` field into the three files
    python evals/dev/split.py --check    # exit 1 if a file's `split` differs from the assignment
    python evals/dev/split.py --counts   # print per-half counts (the table in README.md)
    python evals/dev/split.py --round dev3 --check   # a later round: its folder and its own seed

Each file is split on its own, so adding items to one set never moves items of another. Each
round has its own seed (:data:`SEEDS`), so the rounds are split independently.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEEDS = {"dev": 20261201, "dev2": 20261215, "dev3": 20261229, "dev4": 20270107, "dev5": 20270131, "dev6": 20270214, "dev7": 20270228, "dev8": 20270314, "dev9": 20270328, "dev10": 20270411, "dev11": 20270512, "dev12": 20270612, "dev13": 20270712, "dev14": 20270812, "dev15": 20270912, "dev16": 20271012, "dev17": 20271112, "dev18": 20271212, "dev19": 20280112, "dev20": 20280212, "dev21": 20280312, "dev22": 20280412, "dev23": 20280512, "dev24": 20280919, "dev25": 20281015, "dev26": 20281112, "dev27": 20281210, "dev28": 20281224, "dev29": 20290107, "dev30": 20290121}
"""Each round's seed, fixed when the round was split (before anyone tuned on it)."""
BATCHES: dict[str, dict[str, tuple[str, ...]]] = {"dev7": {"bias": ("dev7-bias-053",), "feedback": ("dev7-fb-049",), "goals": ("dev7-goal-051",)}}
"""Later batches of a round's set: the id each new batch starts at. A batch is appended after the
earlier ones were split (and possibly tuned on), from documents no earlier batch used, and is split
on its own with the round's seed, so adding it never moves an item of an earlier batch."""
SEED = SEEDS["dev"]
TRIES = 20000
HALVES = ("tune", "heldout")
CRITERIA = ("specific", "measurable", "attainable", "relevant", "time_bound")
FEEDBACK_KINDS = ("vague", "trait", "absolute", "missing_impact", "missing_action", "harsh")


def round_order(name: str) -> int:
    """A round's number for ordering: ``dev`` is 1, ``devN`` is N (so dev10 comes after dev9, not after dev)."""
    return int(name[3:] or 1)


def document(item: dict) -> str:
    """The source document an item comes from: ``source`` up to the first " | " note."""
    return item["source"].split(" | ", 1)[0].strip()


def strata(name: str, item: dict) -> list[str]:
    """The label strata an item belongs to (one item can count in several)."""
    if name == "bias":
        cats = sorted({label["category"] for label in item["labels"]})
        return ["biased" if cats else "clean", *(f"cat:{c}" for c in cats)]
    if name == "feedback":
        kinds = set(item["kinds"])
        return [f"polarity:{item['polarity']}", f"well_formed:{item['well_formed']}",
                *(f"{k}:{k in kinds}" for k in FEEDBACK_KINDS)]
    return [f"{c}:{item['labels'][c]}" for c in CRITERIA]


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def assign(name: str, items: list[dict], seed: int = SEED, tries: int = TRIES) -> dict[str, str]:
    """Document -> half, minimising the squared imbalance of every stratum and of the size."""
    docs = sorted({document(i) for i in items})
    per_doc: dict[str, Counter] = {d: Counter() for d in docs}
    for item in items:
        per_doc[document(item)].update(["__size__", *strata(name, item)])
    totals: Counter = sum(per_doc.values(), Counter())

    keys = list(totals)
    vectors = {d: [per_doc[d][k] for k in keys] for d in docs}
    halves = [n / 2 for n in totals.values()]
    weights = [4.0 if k == "__size__" else 1.0 for k in keys]

    def cost(in_tune: set[str]) -> float:
        tune = [0] * len(keys)
        for d in in_tune:
            for i, n in enumerate(vectors[d]):
                tune[i] += n
        total = 0.0
        for i, half in enumerate(halves):
            total += weights[i] * ((tune[i] - half) / max(half, 1)) ** 2
        return total

    rng = random.Random(seed)
    best: set[str] = set()
    best_cost = float("inf")
    for _ in range(tries):
        candidate = {d for d in docs if rng.random() < 0.5}
        c = cost(candidate)
        if c < best_cost:
            best, best_cost = candidate, c
    # local improvement: move single documents while that lowers the cost
    improved = True
    while improved:
        improved = False
        for d in docs:
            candidate = best ^ {d}
            c = cost(candidate)
            if c < best_cost - 1e-12:
                best, best_cost, improved = candidate, c, True
    return {d: ("tune" if d in best else "heldout") for d in docs}


def batches(round_: str, name: str, items: list[dict]) -> list[list[dict]]:
    """The items of a set cut into its batches (file order; see :data:`BATCHES`)."""
    starts = set(BATCHES.get(round_, {}).get(name, ()))
    out: list[list[dict]] = [[]]
    for item in items:
        if item["id"] in starts and out[-1]:
            out.append([])
        out[-1].append(item)
    return out


def assign_round(round_: str, name: str, items: list[dict], seed: int | None = None) -> dict[str, str]:
    """Document -> half for a round's set: each batch assigned on its own with the round's seed."""
    seed = SEEDS[round_] if seed is None else seed
    halves: dict[str, str] = {}
    for batch in batches(round_, name, items):
        new = assign(name, batch, seed)
        if set(new) & set(halves):
            raise ValueError(f"{round_} {name}: a later batch reuses documents {sorted(set(new) & set(halves))[:3]}")
        halves.update(new)
    return halves


def counts(name: str, items: list[dict]) -> dict[str, Counter]:
    out = {h: Counter() for h in HALVES}
    for item in items:
        out[item["split"]].update(["items", *strata(name, item)])
        out[item["split"]][f"doc:{document(item)}"] = 1
    return out


def main(argv: list[str] | None = None) -> int:
    """Split the sets of one round (``--round``, default ``dev``) with that round's seed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--round", choices=sorted(SEEDS, key=round_order), default="dev", help="the round's folder under evals/")
    parser.add_argument("--check", action="store_true", help="verify the recorded split, write nothing")
    parser.add_argument("--counts", action="store_true", help="print per-half counts, write nothing")
    args = parser.parse_args(argv)
    here, seed = HERE.parent / args.round, SEEDS[args.round]
    status = 0
    for name in ("bias", "feedback", "goals"):
        path = here / f"{name}.jsonl"
        if not path.exists():
            continue
        items = load(path)
        halves = assign_round(args.round, name, items, seed)
        if args.counts:
            table = counts(name, items)
            keys = sorted({k for c in table.values() for k in c if not k.startswith("doc:")})
            print(f"## {name}")
            docs = {h: sum(1 for k in table[h] if k.startswith("doc:")) for h in HALVES}
            print(f"documents: tune {docs['tune']}, heldout {docs['heldout']}")
            for key in keys:
                print(f"{key}: tune {table['tune'][key]}, heldout {table['heldout'][key]}")
            continue
        wrong = [i["id"] for i in items if i.get("split") != halves[document(i)]]
        if args.check:
            if wrong:
                print(f"{path.name}: {len(wrong)} items differ from the assignment, e.g. {wrong[:3]}")
                status = 1
            continue
        with path.open("w", encoding="utf-8") as f:
            for item in items:
                item["split"] = halves[document(item)]
                f.write(json.dumps(item, ensure_ascii=False) + "\n")
        print(f"{path.name}: {len(items)} items, {sum(v == 'tune' for v in halves.values())} of "
              f"{len(halves)} documents in the tuning half")
    return status


if __name__ == "__main__":
    sys.exit(main())
