"""Score the round 35 FS probes. evals/probes/round35/fbsteps35.jsonl: outside sentences, each labelled ``step`` (an
instruction or request addressed to the reader) or ``none`` (a description, a narrative, a quoted sign, a heading),
read alone as a draft; a row passes when the feedback coach finds a next step exactly where the label says so.
evals/probes/round35/fbsteps35_praised_person.jsonl: outside praise, ``trait`` (a personality adjective of a person
noun said of the person: "She is a very friendly person") or ``none`` ("a warm welcome", "a very good teacher"); a
row passes when a ``trait`` finding comes back exactly where the label says so.
evals/probes/round35/fbsteps35_do_what_you_do.jsonl: "keep/continue doing what you're doing" (``none``: the pro-verb
'do' names no act) and the same lines with a named act beside it (``step``), scored as the first file.

    PYTHONPATH=$PWD python scripts/feedback_round35_directive_probe.py [--rows]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from assistant.analyzers.feedback import load_feedback_rules, review_feedback
from assistant.analyzers.feedback.review import _analyse

PROBES = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round35"
PROBE = PROBES / "fbsteps35.jsonl"
TRAIT_PROBE = PROBES / "fbsteps35_praised_person.jsonl"
DO_PROBE = PROBES / "fbsteps35_do_what_you_do.jsonl"


def main() -> None:
    rules = load_feedback_rules()
    for probe in (PROBE, DO_PROBE):
        rows = [json.loads(line) for line in probe.read_text(encoding="utf-8").splitlines() if line.strip()]
        passed = {"step": 0, "none": 0}
        totals = {"step": 0, "none": 0}
        for row in rows:
            found = "step" if _analyse(row["text"], rules).evidence["next_step"] else "none"
            totals[row["expect"]] += 1
            passed[row["expect"]] += found == row["expect"]
            if "--rows" in sys.argv:
                print("ok  " if found == row["expect"] else "MISS", row["id"], row["expect"], "|", row["text"][:100])
        print(f"{probe.name}: steps read as a step {passed['step']}/{totals['step']}; no-step rows read as none "
              f"{passed['none']}/{totals['none']}; all {sum(passed.values())}/{len(rows)}")
    rows = [json.loads(line) for line in TRAIT_PROBE.read_text(encoding="utf-8").splitlines() if line.strip()]
    passed = {"trait": 0, "none": 0}
    totals = {"trait": 0, "none": 0}
    for row in rows:
        report = review_feedback(row["text"], rules=rules)
        found = "trait" if any(f.kind == "trait" for f in report.findings) else "none"
        totals[row["expect"]] += 1
        passed[row["expect"]] += found == row["expect"]
        if "--rows" in sys.argv:
            print("ok  " if found == row["expect"] else "MISS", row["id"], row["expect"], "|", row["text"][:100])
    print(f"{TRAIT_PROBE.name}: praised person read as trait {passed['trait']}/{totals['trait']}; look-alikes with no trait "
          f"{passed['none']}/{totals['none']}; all {sum(passed.values())}/{len(rows)}")


if __name__ == "__main__":
    main()
