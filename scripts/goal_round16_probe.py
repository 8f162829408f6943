"""Round 16 fresh probe for specific: a degree verb (strengthen, deepen, broaden, heighten, ...) on an abstract
quality or area with no named thing, count, value or means (S0: not specific, some with degree verbs outside the
rule's list: 'cultivate', 'nurture'), and look-alikes that are specific (S1: the same verbs on a physical thing or a
named artefact, or an abstract object with a count, value or means).

Written after the round 16 change, never tuned on. Usage:
    PYTHONPATH=$PWD .venv/bin/python scripts/goal_round16_probe.py [-v]
"""

from __future__ import annotations

import collections
import datetime as dt
import sys
from pathlib import Path

from assistant.analyzers.goal import check_goal, load_rules

PROBE = Path(__file__).with_name("goal_round16_probe.tsv")


def main() -> None:
    rules = load_rules()
    total: collections.Counter[str] = collections.Counter()
    right: collections.Counter[str] = collections.Counter()
    for line in PROBE.read_text(encoding="utf-8").splitlines():
        label, text = line.split("\t")
        got = check_goal(text, today=dt.date(2026, 12, 1), rules=rules).criteria.specific.met
        total[label] += 1
        right[label] += got == (label[1] == "1")
        if got != (label[1] == "1") and "-v" in sys.argv:
            print("miss", label, text)
    print({k: f"{right[k]}/{total[k]}" for k in sorted(total)})


if __name__ == "__main__":
    main()
