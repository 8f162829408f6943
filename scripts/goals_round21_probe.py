"""Round 21 fresh probe: 54 real goals, plan objectives and key results from outside pages, labelled on all five SMART
criteria by the conventions of evals/dev/README.md .. evals/dev9/README.md (reference date 2026-12-01) before the
analyzer was run on any of them.

The data is goals_round21_probe.tsv: '<S><M><A><R><T> as 1/0>\t<source key>\t<goal>'. No source below is used by any
evals/ set or earlier probe (every candidate site was checked against every `source` field, README and probe script).
Texts are as published (whitespace normalised); a few are adapted only by a capital letter and a dropped leading 'to'
('Improve nursing skills.', 'Improve your knowledge of mental health.'), and an OKR key result carries its objective
line ("Objective: ... Key result: ..."), a plan objective its goal line ("Goal One: ... Objective: ..."), as the dev
sets write them. Items are given alone unless a header is shown, so relevance comes from the text.

Sources (the `pages` corpus of the search tool):
  simbline      https://simbline.com/phrases/performance-goals/nurse-manager (Nurse Manager Performance Goals And Objectives)
  elms          http://www.elms.edu/alumnae-library/reports/our-five-year-strategic-plan-/section3-goals-objectives/part-1-organizational-goals-objectives/index
                (Elms College library five-year strategic plan, organizational goals and objectives)
  umtownship    http://www.umtownship.org/lbgoal08.html (library 2008 Goals and Objectives)
  middlebury    https://www.middlebury.edu/library/about/leadership/goals (Library Goals 2024-25)
  sunyorange    https://pip.sunyorange.edu/plan/view/library/2015-2016 (SUNY Orange library department goals)
  techghuri     https://techghuri.com/?p=22340 (How One Team Learned to Love OKRs)
  creativeedge  http://www.creativeedge.com/book/personal-productivity/1560523573/managing-yourself-the-first-path-to-personal-power/29
  abruin        https://abruin.best/article/smart-goals-for-nursing-5-steps-to-success-freshrn/37 (SMART Goals for Nursing)
  scribdmirror  https://onehourindexing01.prideseotools.com/index.php?q=https%3A%2F%2Fwww.scribd.com%2Fdocument%2F481489278%2FA-SMART-objective-is-one-that-is-SPECIFIC-docx
  truegeometry  https://www.truegeometry.com/api/exploreHTML?query=Characteristics+of+poorly+defined+goals
  opengamer     https://opengamer.com.ua/which-word-describes-a-goal-that-is-poorly-written
  myhrpro       https://www.myhrpro.com/hr-video-transcripts/performance-management/goal-setting-and-performance-plans/
  ncspe         https://ncspe.org/what-are-examples-of-professional-learning-goals-for-teachers/

Usage:
    PYTHONPATH=$PWD .venv/bin/python scripts/goals_round21_probe.py [-v]
"""

from __future__ import annotations

import collections
import datetime as dt
import sys
from pathlib import Path

from assistant.analyzers.goal import check_goal, load_rules

PROBE = Path(__file__).with_name("goals_round21_probe.tsv")
CRITERIA = ("specific", "measurable", "attainable", "relevant", "time_bound")
TODAY = dt.date(2026, 12, 1)


def load(path: Path = PROBE) -> list[tuple[dict[str, bool], str, str]]:
    """The probe rows: (labels, source key, goal text)."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        bits, source, text = line.split("\t")
        rows.append(({name: bit == "1" for name, bit in zip(CRITERIA, bits, strict=True)}, source, text))
    return rows


def score(rows, verbose: bool = False) -> dict[str, float]:
    """Per-criterion accuracy of check_goal on the rows; with verbose, print each miss."""
    rules = load_rules()
    right: collections.Counter[str] = collections.Counter()
    for labels, source, text in rows:
        report = check_goal(text, today=TODAY, rules=rules)
        for name in CRITERIA:
            got = getattr(report.criteria, name).met
            right[name] += got == labels[name]
            if got != labels[name] and verbose:
                print(f"miss {name:<10} expected={labels[name]!s:<5} [{source}] {text}")
    return {name: right[name] / len(rows) for name in CRITERIA}


def main() -> None:
    rows = load()
    acc = score(rows, verbose="-v" in sys.argv)
    print(f"{len(rows)} goals; " + ", ".join(f"{k} {v:.3f}" for k, v in acc.items()) + f"; min {min(acc.values()):.3f}")


if __name__ == "__main__":
    main()
