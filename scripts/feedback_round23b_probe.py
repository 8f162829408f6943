"""Round 23 probe (b, traits and harsh wording; Faye's round 23 probe is feedback_round23_probe.py): personality labels and harsh wording on outside text.

Rows of scripts/feedback_round23b_probe.tsv (labelled before any run; `source` names the outside page a row is
paraphrased from, or says it was written for the probe), by class:

- TN (9): a personality label given as a noun or a noun frame predicated of the person ("a pushover", "a loner",
  "a know-it-all", "has the personality of a dishrag", "acts as if she is the smartest person in every room").
  Expected: trait.
- TF (10): a personality adjective through a frame ("comes across as aggressive", "strikes me as uptight", "by
  nature headstrong", "the kind of person who never admits a mistake", "your personality is too strong", a quality
  asked for: "you need to be more empathetic"). Expected: trait.
- HW (6): harsh wording about the person's work ("your work is embarrassing", "a waste of time", "pathetic",
  "crappy, clumsy and crass", "laughable"). Expected: harsh.
- HP (9): harsh wording about the person: ridicule, sarcasm, threats, insults about ability ("a monkey could run
  these reports better than you do", "thanks for finally gracing us with your presence", "you can start looking
  for another job"); an insult noun ("a dummy", "a buffoon") is both trait and harsh.
- L (24): look-alikes: behaviour words ('late', 'missed'), traits in praise ('kind and patient', 'comes across as
  confident'), the same frames and words about a thing, an event or a third party ('by nature the audit work is
  repetitive', 'the old approval process was a waste of time', 'our vendor's support was pathetic'). Expected:
  neither trait nor harsh.

Written after the change, labelled before its run (a check set): CT (7) more trait forms ("strikes everyone as
arrogant", "her attitude is too relaxed", "the charisma of a wet sock", "a total nitwit"), CH (5) more harsh forms ("a
five-year-old could write a better summary than you did", "thank you for finally answering my emails", "what are we
paying you for?"), CL (8) their look-alikes (the same frames about a thing, a remedy, sincere thanks, an offer).

A second set, written and labelled before its run after the first change: S (16) more trait and harsh forms
("doesn't have a clue what he is doing", "couldn't organise a team lunch if your life depended on it", "do us all a
favour and stop talking", "keep this up and you won't be here at Christmas", "I'm sick and tired of cleaning up after
you", "naturally lazy", "a total clown"), SL (10) their look-alikes.

A third set, written and labelled before its run: V (4) a character noun likened by a verb of comparison ("his
personality resembles a damp dishcloth", "your attitude rivals a grumpy toddler's", "her temperament is like a
thunderstorm"), VL (3) look-alikes (likened to a person in praise, a thing likened, a praise simile). Left unfixed:
the form reads a tune training draft differently, which changes the learned layer's inputs (a refit would collide
with the round's layer refit).

A row is right when the draft's trait/harsh findings are exactly its `kinds` (other kinds are not scored here).

    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round23b_probe.py          # figures per class
    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round23b_probe.py --list   # every wrong reading
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

from assistant.analyzers.feedback import load_feedback_rules, review_feedback

PROBE = Path(__file__).with_suffix(".tsv")
SCORED = ("trait", "harsh")
CLASSES = ("TN", "TF", "HW", "HP", "L", "CT", "CH", "CL", "S", "SL", "V", "VL")


def rows() -> list[dict[str, str]]:
    with PROBE.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def expected(row: dict[str, str]) -> set[str]:
    return set() if row["kinds"] == "-" else set(row["kinds"].split(","))


def reading(text: str, rules: object) -> set[str]:
    return {f.kind for f in review_feedback(text, rules=rules).findings} & set(SCORED)


def run(listing: bool = False) -> dict[str, tuple[int, int]]:
    rules = load_feedback_rules()
    scores = {c: [0, 0] for c in CLASSES}
    for row in rows():
        got = reading(row["text"], rules)
        ok = got == expected(row)
        scores[row["class"]][0] += ok
        scores[row["class"]][1] += 1
        if listing and not ok:
            print(f"{row['id']}: expected {sorted(expected(row)) or 'none'}, got {sorted(got) or 'none'}: {row['text'][:110]}")
    return {k: (v[0], v[1]) for k, v in scores.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print every wrong reading")
    args = parser.parse_args()
    scores = run(args.list)
    print("  ".join(f"{k} {a}/{b}" for k, (a, b) in scores.items()))


if __name__ == "__main__":
    main()
