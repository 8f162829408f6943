"""Score the round-37 FB3 probe (evals/probes/round37/fb37c_reversal.jsonl): criticism told as a reversal by others.

Rows are verbatim (a few trimmed to their sentences) accounts, reviews and notes from public text (``source`` on each
row). ``class`` rows tell a fault through what another party then undid or reclaimed: sent it back, asked for the
money back, wanted a refund, cancelled the order, complained: criticism (``constructive``; ``mixed`` where the row
also praises). ``lookalike`` rows use the same verbs and particles with no cost ("came back to order", "sent back a
thank-you", "renewed their contract", "keep coming back", an offer declined and the feedback upgraded): ``positive``.
Labelled before any run and split into halves ``A`` (tuned on) and ``B`` (untouched) by ``random.Random(3739)``
within each role.

``--rows`` lists half A's rows (half B's only with ``--all-rows``, for the report after the change).

    PYTHONPATH=$PWD python scripts/feedback_round37_reversal_probe.py [--rows] [--all-rows]
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from assistant.analyzers.feedback import review_feedback

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round37" / "fb37c_reversal.jsonl"


def main() -> None:
    rows = [json.loads(line) for line in PROBE.read_text(encoding="utf-8").splitlines() if line.strip()]
    right: Counter[tuple[str, str]] = Counter()
    total: Counter[tuple[str, str]] = Counter()
    for row in rows:
        got = review_feedback(row["text"]).polarity
        key = (row["half"], row["role"])
        total[key] += 1
        right[key] += got == row["polarity"]
        if "--all-rows" in sys.argv or ("--rows" in sys.argv and row["half"] == "A"):
            mark = "ok  " if got == row["polarity"] else "MISS"
            print(f"{mark} {row['id']} {row['half']} {row['role']:9} want {row['polarity']:12} got {got:12} "
                  f"{row['text'][:80]}")
    for key in sorted(total):
        print(f"half {key[0]} {key[1]:9} polarity {right[key]}/{total[key]}")


if __name__ == "__main__":
    main()
