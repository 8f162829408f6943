"""Score the round-37 FB probe (evals/probes/round37/fb37_concede.jsonl): praise conceded before a turn to criticism.

Rows are verbatim (a few trimmed to their sentences) reviews and comments from public repository text (``source`` on
each row). ``class`` rows concede a good quality of the work in a clause and turn with "but" to what is wrong with it
("Your presentation was engaging, but the slides felt a bit crowded", "The code itself was solid, but the workflow
was terrible"): praise and criticism, ``mixed``. ``lookalike`` rows have the same "<quality>, but" surface with no
quality granted to the work: supposed ("would be fine if the characters were engaging, but"), denied ("was not
engaging"), additive ("not only engaging but also"), a course of action permitted ("Serving it uncached is fine, but
the placeholder has to go"), a circumstance conceded ("I know you're busy, but"), or a "but" that leads to something
better ("The trip was fun, but the best part was ..."); each is labelled with its own polarity. Labelled before any
run and split into halves ``A`` (tuned on) and ``B`` (untouched) by ``random.Random(3737)`` within each role.

``--rows`` lists half A's rows (half B's only with ``--all-rows``, for the report after the change).

    PYTHONPATH=$PWD python scripts/feedback_round37_concede_probe.py [--rows] [--all-rows]
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from assistant.analyzers.feedback import review_feedback

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round37" / "fb37_concede.jsonl"


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
