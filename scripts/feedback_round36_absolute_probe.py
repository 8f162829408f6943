"""Score the round-36 FA probe (evals/probes/round36/fbabs36.jsonl): is an ``absolute`` finding given as labelled?

Usage: python scripts/feedback_round36_absolute_probe.py [--fresh] [--rows] (--fresh: set C; --fresh-d: set D)"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from assistant.analyzers.feedback import review_feedback

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round36" / "fbabs36.jsonl"
FRESH = PROBE.with_name("fbabs36_fresh_c.jsonl")
FRESH_D = PROBE.with_name("fbabs36_fresh_d.jsonl")


def main(argv: list[str]) -> int:
    path = FRESH_D if "--fresh-d" in argv else FRESH if "--fresh" in argv else PROBE
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    tally: dict[tuple[str, str], list[int]] = {}
    for row in rows:
        report = review_feedback(row["text"])
        found = any(f.kind == "absolute" for f in report.findings)
        ok = found == row["absolute"]
        cell = tally.setdefault((row["half"], row["role"]), [0, 0])
        cell[0] += ok
        cell[1] += 1
        if "--rows" in argv:
            spans = [f.text for f in report.findings if f.kind == "absolute"]
            print(f"{row['id']} {row['half']} {row['role']:9} {'ok  ' if ok else 'MISS'} {report.polarity:12} {spans} "
                  f"{row['text'][:80]}")
    for (half, role), (ok, n) in sorted(tally.items()):
        print(f"half {half} {role:9} {ok}/{n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
