"""Round 15 fresh probe. Label: criterion letter, expected verdict (1/0), family: A = area objects and outcome frames
(S0A areas: the area rule was dropped after the held-out check, S1A concrete look-alikes, R1A outcome frames, R0A look-alikes), P = counted populations (S1P) and uncounted
or effort look-alikes (S0P), X = template letters where a name belongs (S0X) and value slots / real names (S1X), B = a second outcome set
(R1B, R0B), T = a target value reached, 'Reach a <metric> (ABBR) of N' (M1T), and look-alikes (M0T), D = a dated objective label
('Q1 2027 objective:') over a goal (R1D) and look-alikes (R0D). The A-area, T and D rules were dropped after the held-out
check; their sets stay as a record; so were the outcome frames of R1A/R1B other than the semicolon consequence,
'under our' and the bracketed plan item. N = 20 not-R goals with outcome-ish tails (R0N).

Written after the round 15 change, never tuned on. Usage:
    PYTHONPATH=$PWD .venv/bin/python scripts/goal_round15_probe.py [-v]
"""

from __future__ import annotations

import collections
import datetime as dt
import sys
from pathlib import Path

from assistant.analyzers.goal import check_goal, load_rules

PROBE = Path(__file__).with_name("goal_round15_probe.tsv")


CRITERIA = {"S": "specific", "R": "relevant", "M": "measurable", "A": "attainable", "T": "time_bound"}


def run(probe: Path) -> None:
    """Score a probe file: each line is '<criterion letter><expected 1/0><family>\t<goal>'; print right/total per
    label (and, with -v, each miss)."""
    rules = load_rules()
    total: collections.Counter[str] = collections.Counter()
    right: collections.Counter[str] = collections.Counter()
    for line in probe.read_text(encoding="utf-8").splitlines():
        label, text = line.split("\t")
        report = check_goal(text, today=dt.date(2026, 12, 1), rules=rules)
        got = getattr(report.criteria, CRITERIA[label[0]]).met
        total[label] += 1
        right[label] += got == (label[1] == "1")
        if got != (label[1] == "1") and "-v" in sys.argv:
            print("miss", label, text)
    print({k: f"{right[k]}/{total[k]}" for k in sorted(total)})


def main() -> None:
    run(PROBE)


if __name__ == "__main__":
    main()
