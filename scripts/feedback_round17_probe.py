"""Round 17 probe: outside well-formed drafts that must come back clean, and look-alikes that must not.

Class (fb18, round 17): a well-formed draft states its impact, next step or concrete behaviour in an
ordinary form, and the coach reports it ABSENT (missing_impact / missing_action / vague). The drafts in
scripts/feedback_round17_probe.tsv are whole manager, peer, upward, customer, preceptor, teacher and
code-review drafts adapted from public pages none of the eval rounds used (each row's `source` names the
page and what was changed). `expect` is `clean` (no finding at all) or the one absence finding a look-alike
must draw (an act with no effect, a purpose for an effect, a bare desired result for a step, no step).

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
    scores = {"clean": [0, 0], "look-alike": [0, 0]}
    for row in rows():
        kinds = sorted({f.kind for f in review_feedback(row["text"], rules=rules).findings})
        if row["expect"] == "clean":
            ok, group = not kinds, "clean"
        else:
            ok, group = row["expect"] in kinds, "look-alike"
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
