"""Score the round-36 FC probe (evals/probes/round36/fbclean36.jsonl): a better degree asked of the person is a step.

Each row is outside feedback text (its ``source`` on the row) with ``role`` ``class`` (a request or wish for a better
degree of the person's work: "You need to be more proactive", "Think more strategically", "You can do better",
"Needs to improve communication") or ``lookalike`` (criticism that asks nothing forward, a comparative told of the past,
praise), labelled before any run with ``expect_missing_action`` (whether the coach should say the draft lacks a next
step) and ``polarity``. Rows were split into halves ``A`` (tuned on) and ``B`` (untouched) by a seeded shuffle
(``random.Random(36)``) before the first run.

Figures per half and role: missing_action as labelled, polarity as labelled.

    PYTHONPATH=$PWD python scripts/feedback_round36_step_probe.py [--rows]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from assistant.analyzers.feedback import review_feedback

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round36" / "fbclean36.jsonl"


def main() -> None:
    rows = [json.loads(line) for line in PROBE.read_text(encoding="utf-8").splitlines() if line.strip()]
    tally: dict[tuple[str, str], list[int]] = {}
    for row in rows:
        report = review_feedback(row["text"])
        flagged = any(f.kind == "missing_action" for f in report.findings)
        step_ok = flagged == row["expect_missing_action"]
        tone_ok = report.polarity == row["polarity"]
        counts = tally.setdefault((row["half"], row["role"]), [0, 0, 0])
        counts[0] += step_ok
        counts[1] += tone_ok
        counts[2] += 1
        if "--rows" in sys.argv:
            print(row["id"], row["half"], row["role"], report.polarity, "missing_action" if flagged else "-",
                  "ok" if step_ok else "MISS", "" if tone_ok else "TONE")
    for (half, role), (step, tone, n) in sorted(tally.items()):
        print(f"half {half} {role}: missing_action as labelled {step}/{n}; polarity as labelled {tone}/{n}")


if __name__ == "__main__":
    main()
