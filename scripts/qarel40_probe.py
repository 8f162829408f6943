"""qarel40 probe (round 40): an amount of money with the currency sign after the number ("300€", "19.50 € per year").

    PYTHONPATH=$PWD .venv/bin/python scripts/qarel40_probe.py [-v] [--probe evals/probes/round40/qarel40.jsonl]

Each row pairs a money question (written by qarel40) with one real sentence from public text (its source in the row)
and says whether the sentence holds the kind of value the question asks (``assistant.qa.check.holds`` of the
question's first clause): ``class`` rows (an amount with the sign after the number) must hold it, ``look-alike`` rows
(numbers that are no amount, a sign with no number) must not. Prints, per split and kind, how many rows meet their
label; ``-v`` lists each row. The rows were labelled and split (``random.Random(20261280)`` within kind) before any
run; report the ``untouched`` half as measured, never tune on it.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    from assistant.qa.check import holds
    from assistant.qa.focus import analyse

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--probe", default=str(ROOT / "evals" / "probes" / "round40" / "qarel40.jsonl"))
    parser.add_argument("-v", action="store_true", help="one line per row")
    args = parser.parse_args(argv)
    met: Counter[tuple[str, str]] = Counter()
    total: Counter[tuple[str, str]] = Counter()
    for line in Path(args.probe).read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        clause = analyse(row["question"]).clauses[0]
        held = bool(clause.kind) and holds(clause.kind, row["sentence"], clause.text)
        ok = held == (row["expect"] == "held")
        key = (row["split"], row["kind"])
        total[key] += 1
        met[key] += ok
        if args.v:
            print(f"{row['id']}\t{row['split']}\t{row['kind']}\t{'ok' if ok else 'MISS'}\theld={held}\t{row['sentence'][:80]}")
    for key in sorted(total):
        print(f"{key[0]:9s} {key[1]:10s} {met[key]}/{total[key]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
