"""Round 20 probe: clean, well-formed outside feedback that must come back with no finding, and flawed look-alikes.

Rows of scripts/feedback_round20_probe.tsv, by id:

- c (32): recognition nominations (DAISY nurse nominations), commendation letters, thank-you notes to co-workers
  and teachers, kudos messages, action + impact review comments and SBI examples from HR and training pages none
  of the earlier rounds used; criticism rows carry the page's impact and a next step. Each row's `source` names
  the page and what was changed (a cut, a step or an effect filled in where the page breaks off).
  Three of them (c06, c07, c09) are habitual statements with no occasion, which the eval rounds label `vague`
  (evals/dev/README.md); they were relabelled so before any change.
- v (14): clean drafts written for the probe whose act or effect is told with an irregular simple past the
  parser's past-tense list lacked ("He slept properly for the first time", "sign-ups shot up", "sang his line").
- y (12): clean drafts written for the probe after the customer compliment letters above: the writer's own
  trouble told before anyone acted ("We arrived half an hour late", "I did not want to stay"); z (5) look-alikes:
  the writer's trouble caused by the person ("because you did not send the agenda") stays criticism.
- p (8): a purpose told as a passive of intention ("It was designed to cut ...") is no effect (p01-p05 must draw
  missing_impact); p06-p08 state the effect.
- r (6): restraint on a named occasion ("You never lost your temper during the negotiation on Monday") names the
  behaviour; s (4) look-alikes: a habit, no occasion, or the loss of control itself.
- d (6): a showing verb on a concrete object ("demonstrated the new till system") is an act; e (4) look-alikes:
  a quality demonstrated ("demonstrated real leadership") must stay vague.
- x (16), w (4): flawed look-alikes (x from the same pages: generic praise, traits, judgements, a behaviour with
  no effect or step; w written: irregular pasts in criticism) that must draw at least one finding.

`expect` is `clean` (no finding at all), `flagged` (at least one) or a finding kind that must be among them. The
per-kind counts of findings on the clean rows are printed too.

    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round20_probe.py          # rates and kinds
    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round20_probe.py --list   # every wrong reading
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
    scores = {"outside": [0, 0], "irregular": [0, 0], "writer": [0, 0], "purpose": [0, 0], "restraint": [0, 0], "showing": [0, 0], "look-alike": [0, 0]}
    kinds_on_clean: Counter = Counter()
    for row in rows():
        kinds = sorted({f.kind for f in review_feedback(row["text"], rules=rules).findings})
        group = {"c": "outside", "v": "irregular", "y": "writer", "p": "purpose", "r": "restraint", "d": "showing"}.get(row["id"][0], "look-alike")
        expect = row["expect"]
        ok = not kinds if expect == "clean" else bool(kinds) if expect == "flagged" else expect in kinds
        if expect == "clean":
            kinds_on_clean.update(kinds)
        scores[group][0] += ok
        scores[group][1] += 1
        if listing and not ok:
            print(f"{row['id']}: expected {row['expect']}, got {kinds or 'clean'}: {row['text'][:100]}")
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
