"""Round 20 (second pass) probe: problem-solution narratives of praise, and look-alikes where the problem is the
person's own doing.

Rows of scripts/feedback_round20b_tone_probe.tsv, by id:

- p (32): clean praise told as a problem that was the situation, not the person's fault (a broken furnace, a bug
  blocking payments, a frightened relative, a flooded kitchen, a lost parcel), then what the person did about it,
  often ending in thanks. p01-p12 are paraphrased from outside pages (customer stories, recognition examples,
  DAISY nominations, a thank-you letter; `source` names each); p13-p32 were written for the probe in the genres
  of recognition nominations, kudos, resume-style accomplishments and a self-assessment. They must come back
  `positive` with no finding at all (clean).
- l (16): look-alikes: the problem is the person's doing ("because you did not check the totals", "He never
  called back", "lost his temper") and must stay criticism (polarity constructive or mixed).
- q (4): written for the probe: the turn away from a problem ("Our van broke down ... But the stall was up by nine,
  because Dev borrowed ..."; "If that wasn't hard enough, the power went out"): clean praise; m (3) look-alikes: the
  turn to criticism after praise ("Your slides looked great. However, the figures ... were wrong") stays criticism.

Figures: `clean` and `positive` over the p and q rows, `look-alike` over the l and m rows, then per letter.

    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round20b_tone_probe.py          # rates and kinds
    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round20b_tone_probe.py --list   # every wrong reading
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


def reading(text: str, rules: object) -> tuple[str, list[str]]:
    report = review_feedback(text, rules=rules)
    return report.polarity, sorted({f.kind for f in report.findings})


def run(listing: bool = False) -> tuple[dict[str, tuple[int, int]], Counter]:
    rules = load_feedback_rules()
    scores = {"clean": [0, 0], "positive": [0, 0], "look-alike": [0, 0],
              "p positive": [0, 0], "q positive": [0, 0], "l held": [0, 0], "m held": [0, 0]}
    kinds_on_clean: Counter = Counter()
    for row in rows():
        polarity, kinds = reading(row["text"], rules)
        if row["expect"] == "clean":
            kinds_on_clean.update(kinds)
            checks = [("clean", not kinds and polarity == "positive"), ("positive", polarity == "positive")]
        else:
            checks = [("look-alike", polarity != "positive")]
        letter = row["id"][0]
        checks.append((f"{letter} positive" if row["expect"] == "clean" else f"{letter} held",
                       polarity == "positive" if row["expect"] == "clean" else polarity != "positive"))
        for group, ok in checks:
            scores[group][0] += ok
            scores[group][1] += 1
        if listing and not checks[0][1]:
            print(f"{row['id']}: expected {row['expect']}, got {polarity} {kinds or 'clean'}: {row['text'][:90]}")
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
