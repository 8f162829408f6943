"""Round 21 probe: criticism read as praise, and praise that mentions difficulties or plans.

Rows of scripts/feedback_round21_probe.tsv (labelled before any run), by id:

- c (30): constructive drafts. c01-c12 and c24-c27 are paraphrased from outside pages (HR "needs improvement"
  rating descriptions, published review phrases, feedback scripts; `source` names each); the rest were written for
  the probe in the polite, hedged or indirect forms of criticism ("it would help if", "there were times when",
  "I'd like to see more", "was not always", "could have been", "fell short", "we need X to", "below target",
  "not yet at the level", "slower than the rest of the team"). Expected polarity: constructive or mixed.
- p (25): praise drafts that mention a difficulty, a setback or a plan (obstacles overcome, a plan for next year,
  a problem that was the situation). Expected polarity: positive.

Written after the first fix (comparison with a standard), labelled before its run:

- k (8): a check set of that class ("below the team average", "54% against a goal of 70%", "not always accurate",
  "could have been more focused"). Expected: constructive or mixed.
- l (8): look-alikes: less of a measure where less is better ("overtime stayed below the budgeted level", "fewer
  errors than the rest of the department", "under budget"), a shortfall denied, a counterfactual litotes ("could
  not have gone more smoothly"). Expected: positive.

Written before the second fix (requests that imply a gap), labelled before any run:

- r (8): hedged requests whose content corrects the work ("It would help if she checked the order totals before
  sending the quotes", "It would be better if your pull requests were smaller"), "We need your timesheets to be
  submitted by Friday", "I'd like to see fewer last-minute changes". Expected: constructive or mixed.
- q (6): look-alikes: passing praised work on, a plan or an offer taken up ("It would help the new hires a lot if
  she mentored one of them next quarter, as she has offered to"), "We need more people like Rosa", "We need him
  on the pricing project next". Expected: positive.

Figures: `criticism held` over the c rows, `praise kept` over the p rows (positive), `praise clean` (positive and
no finding), `check held` over the k rows, `look-alike kept` over the l rows, `request held` over the r rows
(and `request step` when the request itself is read as the next step: no missing-action finding), `plan kept` over
the q rows.

    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round21_probe.py          # rates
    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round21_probe.py --list   # every wrong reading
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
    scores = {"criticism held": [0, 0], "praise kept": [0, 0], "praise clean": [0, 0], "check held": [0, 0],
              "look-alike kept": [0, 0], "request held": [0, 0], "request step": [0, 0], "plan kept": [0, 0]}
    held = {"c": "criticism held", "k": "check held", "r": "request held"}
    kept = {"p": "praise kept", "l": "look-alike kept", "q": "plan kept"}
    kinds_on_praise: Counter = Counter()
    for row in rows():
        polarity, kinds = reading(row["text"], rules)
        letter = row["id"][0]
        if row["expect"] == "constructive":
            ok = polarity != "positive"
            checks = [(held[letter], ok)]
            if letter == "r":
                checks.append(("request step", ok and "missing_action" not in kinds))
        else:
            ok = polarity == "positive"
            checks = [(kept[letter], ok)]
            if letter == "p":
                kinds_on_praise.update(kinds)
                checks.append(("praise clean", ok and not kinds))
        for group, good in checks:
            scores[group][0] += good
            scores[group][1] += 1
        if listing and not ok:
            print(f"{row['id']}: expected {row['expect']}, got {polarity} {kinds or 'clean'}: {row['text'][:100]}")
    return {k: (v[0], v[1]) for k, v in scores.items()}, kinds_on_praise


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print every wrong reading")
    args = parser.parse_args()
    scores, kinds = run(args.list)
    for group, (ok, n) in scores.items():
        print(f"{group:15} {ok}/{n}")
    print("kinds on praise:", ", ".join(f"{k} {n}" for k, n in kinds.most_common()) or "none")


if __name__ == "__main__":
    main()
