"""Score the round-36 FC SBI probe (evals/probes/round36/fbclean36_sbi.jsonl): published SBI feedback examples.

Rows are verbatim examples from managers' guides to the Situation-Behavior-Impact model and published good/bad feedback
samples (``source`` on each row): ``sbi`` rows tell a behaviour and (mostly) its impact, ``judgement`` rows are the
guides' own "not so good" examples (a judgement, no behaviour). Each was labelled before any run with its ``polarity``
and the draft-level findings it should get (``kinds`` among vague, missing_impact, missing_action), and split into
halves ``A`` (tuned on) and ``B`` (untouched) by ``random.Random(3602)``.

Figures per half: rows whose draft-level findings equal the label, polarity as labelled, and each finding's extra and
missed counts.

    PYTHONPATH=$PWD python scripts/feedback_round36_sbi_probe.py [--rows]
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from assistant.analyzers.feedback import review_feedback

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round36" / "fbclean36_sbi.jsonl"
DRAFT_KINDS = ("vague", "missing_impact", "missing_action")


def main() -> None:
    rows = [json.loads(line) for line in PROBE.read_text(encoding="utf-8").splitlines() if line.strip()]
    exact: Counter[str] = Counter()
    toned: Counter[str] = Counter()
    total: Counter[str] = Counter()
    errors: Counter[tuple[str, str]] = Counter()
    for row in rows:
        report = review_feedback(row["text"])
        found = {f.kind for f in report.findings if f.kind in DRAFT_KINDS}
        want = set(row["kinds"])
        half = row["half"]
        total[half] += 1
        exact[half] += found == want
        toned[half] += report.polarity == row["polarity"]
        for kind in found - want:
            errors[(half, f"extra {kind}")] += 1
        for kind in want - found:
            errors[(half, f"missed {kind}")] += 1
        if "--rows" in sys.argv:
            print(row["id"], half, row["role"], report.polarity, sorted(found),
                  "ok" if found == want else f"WANT {sorted(want)}", "" if report.polarity == row["polarity"] else "TONE")
    for half in sorted(total):
        errs = ", ".join(f"{k} {v}" for (h, k), v in sorted(errors.items()) if h == half) or "none"
        print(f"half {half}: findings = label {exact[half]}/{total[half]}; polarity as labelled {toned[half]}/{total[half]}; "
              f"errors: {errs}")


if __name__ == "__main__":
    main()
