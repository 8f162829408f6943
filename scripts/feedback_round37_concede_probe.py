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

A fresh set, ``fb37_concede_fresh_c.jsonl`` (half ``C``, 17 rows gathered and labelled after the change, run once,
never tuned on): "was helpful, but", "is promising, but" (9 class rows, ``mixed``) and 8 look-alikes where the quality
is supposed ("would be helpful, but") or denied ("wasn't helpful, but"), or the "but" leads to something better.
``--fresh`` scores class polarity and whether the reader (concession) fires as labelled (``fires``).

    PYTHONPATH=$PWD python scripts/feedback_round37_concede_probe.py [--rows] [--all-rows] [--fresh]
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import feedback_polarity_probe_io  # the shared probe runner (scripts/ is on the path when a script runs)

from assistant.analyzers.feedback import review_feedback

PROBES = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round37"
PROBE = PROBES / "fb37_concede.jsonl"
FRESH = PROBES / "fb37_concede_fresh_c.jsonl"


def _reader_fires(text: str) -> bool:
    try:
        from assistant.analyzers.feedback.concession import conceded_quality, granted_before_turn
        from assistant.analyzers.feedback.draft import _Draft
    except ImportError:  # the base, before the reader
        return False
    draft = _Draft.of(text)
    return any(conceded_quality(draft, i) is not None or granted_before_turn(draft, i)
               for i in range(len(draft.sentences)))


def fresh() -> None:
    rows = [json.loads(line) for line in FRESH.read_text(encoding="utf-8").splitlines() if line.strip()]
    counts: Counter[str] = Counter()
    for row in rows:
        got = review_feedback(row["text"]).polarity
        fires = _reader_fires(row["text"])
        counts[f"{row['role']} rows"] += 1
        counts[f"{row['role']} reader as labelled"] += fires == row["fires"]
        if row["polarity"] is not None:
            counts[f"{row['role']} polarity as labelled"] += got == row["polarity"]
        if "--rows" in sys.argv:
            print(f"{row['id']} {row['role']:9} fires {fires!s:5} want {row['polarity']!s:6} got {got:12} "
                  f"{row['text'][:70]}")
    for key in sorted(counts):
        print(f"half C {key}: {counts[key]}")


def main() -> None:
    if "--fresh" in sys.argv:
        fresh()
        return
    feedback_polarity_probe_io.half_role_polarity(PROBE, sys.argv)

if __name__ == "__main__":
    main()
