"""Score the round-36 FC outcome probe (evals/probes/round36/fbclean36_outcome.jsonl): consequences told with a
distributive subject ("each one", "every one of them", "each time") or a verb of delaying or withholding ("held up",
"held back", "withheld").

Rows are outside text (``source`` on each row, found with the search tool's find_string), labelled before any run
with ``impact``: whether the text tells a consequence (``class`` rows) or not (``lookalike`` rows: "held up" in its
senses of standing up to checking, raised or supported, questions, a distributive subject with no outcome verb).
Split into halves ``A`` (tuned on) and ``B`` (untouched) by ``random.Random(3603)`` before the first run.

Figures per half and role: the coach's structure finds an impact as labelled.

    PYTHONPATH=$PWD python scripts/feedback_round36_outcome_probe.py [--rows]
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from assistant.analyzers.feedback import review_feedback

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round36" / "fbclean36_outcome.jsonl"


def main() -> None:
    rows = [json.loads(line) for line in PROBE.read_text(encoding="utf-8").splitlines() if line.strip()]
    right: Counter[tuple[str, str]] = Counter()
    total: Counter[tuple[str, str]] = Counter()
    for row in rows:
        impact = review_feedback(row["text"]).structure.impact
        ok = impact.present == row["impact"]
        key = (row["half"], row["role"])
        total[key] += 1
        right[key] += ok
        if "--rows" in sys.argv:
            print(row["id"], *key, "impact" if impact.present else "-", "ok" if ok else "MISS", impact.evidence or "")
    for key in sorted(total):
        print(f"half {key[0]} {key[1]}: impact as labelled {right[key]}/{total[key]}")


if __name__ == "__main__":
    main()
