"""Score the round-36 FB2 probe (evals/probes/round36/fb36_only.jsonl): one fault singled out by exclusive focus.

Rows are verbatim (a few trimmed to their sentences) reviews and comments from public repository text (``source`` on
each row). ``class`` rows single one fault out with an exclusive focus word on a fault noun ("My only criticism is",
"The only problem was", "The one thing I would change", "which is the only downside"): the rest of the work is
presupposed good, so the text is ``mixed``. ``lookalike`` rows name a fault without that presupposition (an
indefinite "One problem was", a negated "not the only problem", "the only way to fix"): ``constructive``. Labelled
before any run and split into halves ``A`` (tuned on) and ``B`` (untouched) by ``random.Random(3636)``.

A fresh set, ``fb36_only_fresh.jsonl`` (half ``C``, 17 rows gathered and labelled after the change, run once,
never tuned on), adds "My one gripe", "My only concern is", "The only drawback" and "The only thing I didn't like",
and look-alikes where "concern" is an interest ("my only concern is maximizing my own points"). ``--fresh`` scores it:
class rows' polarity, and whether the reader (exclusive.singled_out_fault) fires as labelled (``singled_out``).

A second fresh set, ``fb36_only_fresh_d.jsonl`` (half ``D``, 17 rows gathered and labelled before the second step,
which was tuned on half C, run once): "The only thing that bothered me", "The only thing I would improve", "My only
concern with ...", and "the only thing I liked" (the reverse: the rest is faulted) as look-alikes. ``--fresh-d``.

    PYTHONPATH=$PWD python scripts/feedback_round36_only_probe.py [--rows] [--fresh | --fresh-d]
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from assistant.analyzers.feedback import review_feedback

PROBES = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round36"
PROBE = PROBES / "fb36_only.jsonl"
FRESH = PROBES / "fb36_only_fresh.jsonl"
FRESH_D = PROBES / "fb36_only_fresh_d.jsonl"


def fresh() -> None:
    from assistant.analyzers.feedback.exclusive import singled_out_fault

    path = FRESH_D if "--fresh-d" in sys.argv else FRESH
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    counts: Counter[str] = Counter()
    for row in rows:
        got = review_feedback(row["text"]).polarity
        fires = singled_out_fault(row["text"], 0, len(row["text"])) is not None
        counts[f"{row['role']} rows"] += 1
        counts[f"{row['role']} reader as labelled"] += fires == row["singled_out"]
        if row["polarity"] is not None:
            counts[f"{row['role']} polarity as labelled"] += got == row["polarity"]
        if "--rows" in sys.argv:
            print(f"{row['id']} {row['role']:9} fires {fires!s:5} want {row['polarity']!s:6} got {got:12} "
                  f"{row['text'][:70]}")
    for key in sorted(counts):
        print(f"half {rows[0]['half']} {key}: {counts[key]}")


def main() -> None:
    if "--fresh" in sys.argv or "--fresh-d" in sys.argv:
        fresh()
        return
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
