"""Round 17 probe: outside well-formed drafts that must come back clean, and look-alikes that must not.

Class (fb18, round 17): a well-formed draft states its impact, next step or concrete behaviour in an
ordinary form, and the coach reports it ABSENT (missing_impact / missing_action / vague). Rows of
scripts/feedback_round17_probe.tsv, by id:

- p/c/m (34): whole manager, peer, upward, customer, preceptor, teacher and code-review drafts adapted from
  public pages none of the eval rounds used (each row's `source` names the page and what was changed);
- f/g/h/i (23): drafts written for the probe, one form each (a burden spared others, the part an act played
  in a result, a record, no problem reported, review-language steps, advice, the act or work as a noun);
- x/y (17): look-alikes that must draw the one absence finding `expect` names (an act with no effect, a
  purpose or a judgement for an effect, a bare desired result for a step, no step, a quality for a behaviour).

`expect` is `clean` (no finding at all) or that finding. Round 17 figures (before -> after the round's
changes): outside 29/34 -> 30/34, written 12/23 -> 19/23, look-alikes 14/17 -> 14/17.

    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round17_probe.py          # rates
    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round17_probe.py --list   # every wrong reading
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

from assistant.analyzers.feedback import load_feedback_rules, review_feedback

PROBE = Path(__file__).with_suffix(".tsv")


def rows() -> list[dict[str, str]]:
    with PROBE.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def run(listing: bool = False) -> dict[str, tuple[int, int]]:
    rules = load_feedback_rules()
    scores = {"outside": [0, 0], "written": [0, 0], "look-alike": [0, 0]}
    for row in rows():
        kinds = sorted({f.kind for f in review_feedback(row["text"], rules=rules).findings})
        group = "outside" if row["id"][0] in "pcm" else "look-alike" if row["id"][0] in "xy" else "written"
        ok = not kinds if row["expect"] == "clean" else row["expect"] in kinds
        scores[group][0] += ok
        scores[group][1] += 1
        if listing and not ok:
            print(f"{row['id']}: expected {row['expect']}, got {kinds or 'clean'}: {row['text'][:90]}")
    return {k: (v[0], v[1]) for k, v in scores.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print every wrong reading")
    args = parser.parse_args()
    for group, (ok, n) in run(args.list).items():
        print(f"{group:11} {ok}/{n}")


if __name__ == "__main__":
    main()
