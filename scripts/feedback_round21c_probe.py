"""Round 21 probe, third set: criticism that carries no negative word.

Rows of scripts/feedback_round21c_probe.tsv (labelled before any run; `source` names the outside page a row is
paraphrased from, or says it was written for the probe), by id:

- x (12): an excess or shortfall quantifier about the person's work or act ("far too many slides", "too much time
  on the introduction", "far too late", "too few test cases", "way too long"). Expected: constructive or mixed.
- a (10): the person as the agent of an act harmful in itself, done to a person ("belittled the new analyst in
  front of the team", "mocked Pia's proposal", "dismissed the concerns", "shouted at two of them"). Expected:
  constructive or mixed.
- n (12): a negated cooperative act of the person ("does not accept overtime shifts", "won't share his notes",
  "never returns calls", "did not follow the checklist", "hasn't submitted his expense reports"). Expected:
  constructive or mixed.
- l (22): praise look-alikes: "too good to miss", "never too busy to help", "never misses a deadline", "didn't
  complain once", "criticised the plan's costings constructively", an act on a problem ("challenged the unsafe
  practice", "rejected the faulty batch", "dismissed the false alarm"). Expected: positive.

Written after the change, labelled before its run (a check set):

- k (10): more of the three forms ("run far too long", "booked too few drivers", "humiliated the intern", "talked
  down to the two new testers", "refuses to attend", "wouldn't cover a single shift"). Expected: not positive.
- m (10): look-alikes ("never too proud to ask for help", "warned the customer", "criticised the old rota fairly",
  "refused to sign off the unsafe scaffold", "beat the incumbent vendor", "too many to list", "won't let a ticket
  sit unanswered"). Expected: positive.

Figures: `excess held`, `harm held`, `refusal held` over the x, a, n rows (not positive), `look-alike kept` over
the l rows (positive) and `look-alike clean` (positive with no finding); `check held`, `check look-alike kept` and
`check look-alike clean` over the k and m rows.

    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round21c_probe.py          # rates
    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round21c_probe.py --list   # every wrong reading
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

from assistant.analyzers.feedback import load_feedback_rules, review_feedback

PROBE = Path(__file__).with_suffix(".tsv")
HELD = {"x": "excess held", "a": "harm held", "n": "refusal held", "k": "check held"}
KEPT = {"l": "look-alike", "m": "check look-alike"}


def rows() -> list[dict[str, str]]:
    with PROBE.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def reading(text: str, rules: object) -> tuple[str, list[str]]:
    report = review_feedback(text, rules=rules)
    return report.polarity, sorted({f.kind for f in report.findings})


def run(listing: bool = False) -> dict[str, tuple[int, int]]:
    rules = load_feedback_rules()
    scores = {name: [0, 0] for name in (*HELD.values(), *(f"{k} {v}" for k in KEPT.values() for v in ("kept", "clean")))}
    for row in rows():
        polarity, kinds = reading(row["text"], rules)
        if row["expect"] == "constructive":
            ok = polarity != "positive"
            checks = [(HELD[row["id"][0]], ok)]
        else:
            ok = polarity == "positive"
            kept = KEPT[row["id"][0]]
            checks = [(f"{kept} kept", ok), (f"{kept} clean", ok and not kinds)]
        for group, good in checks:
            scores[group][0] += good
            scores[group][1] += 1
        if listing and not ok:
            print(f"{row['id']}: expected {row['expect']}, got {polarity} {kinds or 'clean'}: {row['text'][:100]}")
    return {k: (v[0], v[1]) for k, v in scores.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print every wrong reading")
    args = parser.parse_args()
    for group, (ok, n) in run(args.list).items():
        print(f"{group:16} {ok}/{n}")


if __name__ == "__main__":
    main()
