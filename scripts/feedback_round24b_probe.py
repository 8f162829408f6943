"""Round 24 probe (b, blunt one-liners; brief BJ): traits demanded, contempt without a harsh word, absolutes in an
exclamation or after a discourse marker, and the polarity of such one-liners (Faye's round 24 probe is
feedback_round24_probe.py).

Rows of scripts/feedback_round24b_probe.tsv (labelled before any run; `source` names the outside page a row is
paraphrased from, or says it was written for the probe), by class:

- T (12): a trait demanded or asserted ("has to become more proactive", "should be more of a team player", "your
  attitude has to change", "a glass-half-empty outlook", "is never open to new ideas", "clearly doesn't care").
- H (14): contempt without a harsh word ("you're not paid to think", "be grateful you still have a job", "Priya
  manages it, so why can't you?", "what is wrong with you?", "maybe this job just isn't for you").
- A (12): absolutes in an exclamation or after a discourse marker ("You never listen!", "To be frank, ...",
  "her nonstop complaining").
- L (14): praise with absolutes or the same frames ("he never misses a deadline", "always first in").
- N (8): neutral look-alikes of the frames ("you're paid monthly", "what is wrong with the printer?").

Written after the first change, labelled before its run (a check set): C (20) more of the three classes, K (12) their
look-alikes. Written before its change, labelled before its run (the lead's 07:20 class): I (14) idiomatic person
labels ("a bit of a lone wolf", "a cold fish", "a dead loss", "a bull in a china shop"), J (8) their look-alikes (the
idiom about a thing or a third party, in its literal sense, praise idioms, the label denied). Written after that
change, labelled before its run: M (6) more idiomatic labels, Q (4) their look-alikes.

A row is right when the draft's trait/harsh/absolute findings are exactly its `kinds` and its polarity agrees
(`critical`: anything but positive; `positive`: positive; `-`: not scored).

    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round24b_probe.py          # figures per class
    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round24b_probe.py --list   # every wrong reading
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

from assistant.analyzers.feedback import load_feedback_rules, review_feedback

PROBE = Path(__file__).with_suffix(".tsv")
SCORED = ("trait", "harsh", "absolute")
CLASSES = ("T", "H", "A", "L", "N", "C", "K", "I", "J", "M", "Q")


def rows() -> list[dict[str, str]]:
    with PROBE.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def expected(row: dict[str, str]) -> set[str]:
    return set() if row["kinds"] == "-" else set(row["kinds"].split(","))


def polarity_ok(want: str, got: str) -> bool:
    if want == "critical":
        return got != "positive"
    return want == "-" or got == want


def reading(text: str, rules: object) -> tuple[set[str], str]:
    report = review_feedback(text, rules=rules)
    return {f.kind for f in report.findings} & set(SCORED), str(report.polarity)


def run(listing: bool = False) -> dict[str, tuple[int, int, int]]:
    rules = load_feedback_rules()
    scores = {c: [0, 0, 0] for c in CLASSES}  # kinds right, polarity right, rows
    for row in rows():
        kinds, polarity = reading(row["text"], rules)
        kinds_ok = kinds == expected(row)
        pol_ok = polarity_ok(row["polarity"], polarity)
        scores[row["class"]][0] += kinds_ok
        scores[row["class"]][1] += pol_ok
        scores[row["class"]][2] += 1
        if listing and not (kinds_ok and pol_ok):
            print(f"{row['id']}: expected {sorted(expected(row)) or 'none'}/{row['polarity']}, "
                  f"got {sorted(kinds) or 'none'}/{polarity}: {row['text'][:100]}")
    return {k: (v[0], v[1], v[2]) for k, v in scores.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print every wrong reading")
    args = parser.parse_args()
    scores = run(args.list)
    print("kinds  " + "  ".join(f"{k} {a}/{n}" for k, (a, _, n) in scores.items()))
    print("polar  " + "  ".join(f"{k} {b}/{n}" for k, (_, b, n) in scores.items()))


if __name__ == "__main__":
    main()
