"""Round 20 (brief AD) probe: criticism must be about the person.

Rows of scripts/feedback_round20c_probe.tsv, by id:

- c (25): clean praise drafts whose negative clause is the situation or someone else's doing (a jammed printer, a
  supplier that never answered, upset parents, a storm), told after the person has entered the story, next to or
  before their act; the clause names no one of the draft, is not caused by the person and follows no criticism of
  them. Written for the probe in the genres of recognition nominations, thank-you notes and kudos (no text copied
  from evals/). They must come back `positive` with no finding (clean).
- l (15): look-alikes where the negative clause IS the person's doing or its effect ("because you skipped the
  tests", "so the racks arrived in the wrong size", "his change broke the build"): polarity must not be positive.

Figures (main 07e18c4 -> this branch): clean 16/25 -> 19/25, positive 17/25 -> 22/25, look-alike 10/15 -> 10/15
(l07, l08, l11, l14, l15 read positive on main already; this change does not reach them).

    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round20c_probe.py          # rates and kinds
    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round20c_probe.py --list   # every wrong reading
"""

from __future__ import annotations

import argparse
import csv
from collections import Counter
from pathlib import Path

from assistant.analyzers.feedback import load_feedback_rules, review_feedback

PROBE = Path(__file__).with_suffix(".tsv")


def rows() -> list[dict[str, str]]:
    with PROBE.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def run(listing: bool = False) -> tuple[dict[str, tuple[int, int]], Counter]:
    rules = load_feedback_rules()
    scores = {"clean": [0, 0], "positive": [0, 0], "look-alike": [0, 0]}
    kinds_on_clean: Counter = Counter()
    for row in rows():
        report = review_feedback(row["text"], rules=rules)
        kinds = sorted({f.kind for f in report.findings})
        if row["expect"] == "clean":
            kinds_on_clean.update(kinds)
            checks = [("clean", not kinds and report.polarity == "positive"),
                      ("positive", report.polarity == "positive")]
        else:
            checks = [("look-alike", report.polarity != "positive")]
        for group, ok in checks:
            scores[group][0] += ok
            scores[group][1] += 1
        if listing and not all(ok for _, ok in checks):
            print(f"{row['id']}: expected {row['expect']}, got {report.polarity} {kinds or 'clean'}: "
                  f"{row['text'][:90]}")
    return {k: (v[0], v[1]) for k, v in scores.items()}, kinds_on_clean


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print every wrong reading")
    args = parser.parse_args()
    scores, kinds = run(args.list)
    for group, (ok, n) in scores.items():
        print(f"{group:11} {ok}/{n}")
    print("kinds on clean:", ", ".join(f"{k} {n}" for k, n in kinds.most_common()) or "none")


if __name__ == "__main__":
    main()
