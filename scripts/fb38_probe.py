"""Score the round-38 FB probe (evals/probes/round38/fb38.jsonl): another party's custom given as the outcome.

Rows are outside text (testimonials, case-study results, company pages, notes; ``source`` on each row), labelled
before any run and split into halves ``A`` (tuned on) and ``B`` (untouched) by ``random.Random(3838)`` within each
role. ``class`` rows tell that another party recommended, referred people to, re-engaged or re-booked the person's
side after the work: the text states an effect (no ``missing_impact``) and is praise (``positive``). ``lookalike``
rows use the same verbs with no custom given as an outcome (the writer books, advice "recommended using ...",
directions "referred us to the FAQ", a wish, a condition, a negation, "refer to" = denote); they must not be read
as custom (polarity is scored where the row is labelled).

    PYTHONPATH=$PWD python scripts/fb38_probe.py [--rows]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from assistant.analyzers.feedback import review_feedback

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round38" / "fb38.jsonl"


def _reader():
    try:
        from assistant.analyzers.feedback.custom import custom_given
        from assistant.analyzers.feedback.draft import _Draft
        from assistant.analyzers.feedback.rules import load_feedback_rules
    except ImportError:  # the base has no reader
        return None
    scan = load_feedback_rules().scan
    return lambda text: custom_given(_Draft.of(text, scan)) is not None


def main() -> None:
    rows = [json.loads(line) for line in PROBE.read_text(encoding="utf-8").splitlines() if line.strip()]
    fires = _reader()
    tally: dict[tuple[str, str], list[int]] = {}
    for row in rows:
        report = review_feedback(row["text"])
        kinds = {f.kind for f in report.findings}
        fired = fires(row["text"]) if fires else None
        t = tally.setdefault((row["half"], row["role"]), [0, 0, 0, 0, 0, 0])
        t[0] += 1
        if row["role"] == "class":
            t[1] += "missing_impact" not in kinds
            t[2] += report.polarity == row["polarity"]
            t[3] += bool(fired)
        else:
            t[1] += fired is not True
            if "polarity" in row:
                t[4] += 1
                t[2] += report.polarity == row["polarity"]
        if "--rows" in sys.argv and (row["half"] == "A" or "--all-rows" in sys.argv):
            print(f"{row['id']} {row['half']} {row['role']:9} fired={fired} pol={report.polarity}"
                  f" kinds={sorted(kinds)} | {row['text'][:90]}")
    for (half, role), t in sorted(tally.items()):
        if role == "class":
            print(f"half {half} class      impact found {t[1]}/{t[0]}  polarity {t[2]}/{t[0]}  reader fires "
                  f"{t[3] if fires else 'n/a'}/{t[0]}")
        else:
            print(f"half {half} lookalike  reader silent {t[1]}/{t[0]}  polarity {t[2]}/{t[4]}")


if __name__ == "__main__":
    main()
