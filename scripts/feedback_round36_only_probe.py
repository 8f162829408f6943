"""Score the round-36 FB2 probe (evals/probes/round36/fb36_only.jsonl): one fault singled out by exclusive focus.

Rows are verbatim (a few trimmed to their sentences) reviews and comments from public repository text (``source`` on
each row). ``class`` rows single one fault out with an exclusive focus word on a fault noun ("My only criticism is",
"The only problem was", "The one thing I would change", "which is the only downside"): the rest of the work is
presupposed good, so the text is ``mixed``. ``lookalike`` rows name a fault without that presupposition (an
indefinite "One problem was", a negated "not the only problem", "the only way to fix"): ``constructive``. Labelled
before any run and split into halves ``A`` (tuned on) and ``B`` (untouched) by ``random.Random(3636)``.

    PYTHONPATH=$PWD python scripts/feedback_round36_only_probe.py [--rows]
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from assistant.analyzers.feedback import review_feedback

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round36" / "fb36_only.jsonl"


def main() -> None:
    rows = [json.loads(line) for line in PROBE.read_text(encoding="utf-8").splitlines() if line.strip()]
    right: Counter[tuple[str, str]] = Counter()
    total: Counter[tuple[str, str]] = Counter()
    for row in rows:
        got = review_feedback(row["text"]).polarity
        key = (row["half"], row["role"])
        total[key] += 1
        right[key] += got == row["polarity"]
        if "--rows" in sys.argv:
            mark = "ok  " if got == row["polarity"] else "MISS"
            print(f"{mark} {row['id']} {row['half']} {row['role']:9} want {row['polarity']:12} got {got:12} "
                  f"{row['text'][:70]}")
    for key in sorted(total):
        print(f"half {key[0]} {key[1]:9} polarity {right[key]}/{total[key]}")


if __name__ == "__main__":
    main()
