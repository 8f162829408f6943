"""Round 25 probe (b, brief BR): blunt judgements of the person or their work, generalised occasions, and bare
requests for a disposition versus concrete requests (Faye's round 25 probe is feedback_round25_probe.py).

Rows of scripts/feedback_round25b_probe.tsv (labelled before any run; `source` names the outside page a row is
paraphrased from, or says it was written for the probe), by class:

- P (19): a bare predicate adjective or noun of the person or their work ("You're boisterous and nosy.", "Your work
  is embarrassing.", "Your whole team is incompetent."): trait when it names a disposition of the person, harsh when
  it is contempt; criticism either way.
- G (7): a sentence that generalises the occasions ("you get defensive whenever I give you feedback", "any time a
  customer raises a complaint, you ..."): absolute, criticism.
- R (10): a bare request for a disposition or manner ("Be friendlier to the customers.", "Smile more.", "Be more
  proactive."): criticism with no concrete next step (missing_action stays); its trait finding is not scored.
- S (7): a concrete imperative ("Proofread your documents before sending them."): a next step (no missing_action)
  and not vague.
- L (22): look-alikes: neutral facts about the work, praise adjectives, praise with "whenever", concrete requests,
  the label of a thing.

Written after the changes, labelled before their run (a check set): C (10) more of the classes (outside lists of
negative person adjectives, "whenever"/"any time" over a fault, a manner asked for), K (6) their look-alikes.

A row is right when the draft's trait/harsh/absolute findings are exactly its `kinds` (`*`: not scored), its polarity
agrees (`critical`: anything but positive; `positive`: positive; `-`: not scored), and missing_action / vague are
present (`yes`) or absent (`no`) as its `action` / `vague` columns say (`-`: not scored).

    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round25b_probe.py          # figures per class
    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round25b_probe.py --list   # every wrong reading
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

from assistant.analyzers.feedback import load_feedback_rules, review_feedback

PROBE = Path(__file__).with_suffix(".tsv")
SCORED = ("trait", "harsh", "absolute")
CLASSES = ("P", "G", "R", "S", "L", "C", "K")


def rows() -> list[dict[str, str]]:
    with PROBE.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def expected(row: dict[str, str]) -> set[str] | None:
    if row["kinds"] == "*":
        return None
    return set() if row["kinds"] == "-" else set(row["kinds"].split(","))


def polarity_ok(want: str, got: str) -> bool:
    if want == "critical":
        return got != "positive"
    return want == "-" or got == want


def flag_ok(want: str, present: bool) -> bool:
    return want == "-" or (want == "yes") == present


def reading(text: str, rules: object) -> tuple[set[str], str]:
    report = review_feedback(text, rules=rules)
    return {f.kind for f in report.findings}, str(report.polarity)


def judge(row: dict[str, str], rules: object) -> tuple[bool, bool, set[str], str]:
    """(kinds and flags right, polarity right, the findings' kinds, the polarity) of one row."""
    kinds, polarity = reading(row["text"], rules)
    want = expected(row)
    kinds_ok = (want is None or kinds & set(SCORED) == want) and flag_ok(row["action"], "missing_action" in kinds) \
        and flag_ok(row["vague"], "vague" in kinds)
    return kinds_ok, polarity_ok(row["polarity"], polarity), kinds, polarity


def run(listing: bool = False) -> dict[str, tuple[int, int, int]]:
    rules = load_feedback_rules()
    scores = {c: [0, 0, 0] for c in CLASSES}  # kinds right, polarity right, rows
    for row in rows():
        kinds_ok, pol_ok, kinds, polarity = judge(row, rules)
        scores[row["class"]][0] += kinds_ok
        scores[row["class"]][1] += pol_ok
        scores[row["class"]][2] += 1
        if listing and not (kinds_ok and pol_ok):
            print(f"{row['id']}: expected {row['kinds']}/{row['polarity']}/action {row['action']}/vague {row['vague']}, "
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
