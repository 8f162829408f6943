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

Figures (per-criterion accuracy on the 54), before any change (main 3938005) -> after the round's changes:
specific 0.759 -> 0.833, measurable 0.870 -> 0.889, attainable 1.000 -> 1.000, relevant 0.889 -> 0.926,
time_bound 0.963 -> 0.963; min 0.759 -> 0.833.

Disagreement classes found (-v) and what was done:
  specific missed  a plan objective's own subject before "will"/"shall" ("The reference team will begin use of
                   LibAnswers", "the systems librarian will redesign the library's home page"): the modal's next
                   word is the clause's verb whatever the subject; an inceptive verb's gerund is the work begun.
  vague as specific a bare plural or mass kind of artefact ("implement effective nursing protocols"; round 17's
                   "Write technical documentation", "Submit design specifications") and "specific" before a bare
                   plural ("Identify specific measures"): no article, count, name, topic, relative clause or
                   beneficiary says which, so the phrase names a kind; "the entire customer experience" ("entire",
                   "whole" say how much, not which).
  relevant         "so that it includes updates on events ..." describes the deliverable itself (no purpose);
                   "Promote the use of evidence-based practice to improve patient outcomes": "use" after "the" and
                   before "of" is a noun and controls no infinitive.
Left: "regular staff meetings" (the analyzer reads "regular" as a count left open, tests/test_goal_definitions.py;
the labels here read the meetings as a concrete object, a convention conflict reported, not changed), "strategies for
effective staffing" (the for-phrase is read as whom it is for), "Coordinate cross-functional activities", "Provide
access to ...", a vague verb on a definite artefact ("manage the department's budget"), "Improve IV insertion
skills", relative-clause and "where"-clause purposes, "begin using social media" (now specific; labelled not).

The class probe (goals_round21_class_probe.tsv, '<key>\t<goal>', written and labelled by the team before each change;
key = criterion letter, expected 1/0, class letter) before -> after:
  noun subject + modal   S1N 3/10 -> 10/10, S0N 5/5 -> 4/5 ("Our staff will embrace change": the imperative reads
                         the same); inceptive S1B 1/5 -> 5/5, S0B 3/3 -> 3/3
  bare kind of artefact  S0K 3/10 -> 9/10, S0U 1/4 -> 4/4, look-alikes S1K 10/10 -> 10/10, S1U 2/2 -> 2/2
  so that it holds       R0C 2/6 -> 6/6, real purposes R1C 4/4 -> 4/4
  the use of             R1U 2/6 -> 5/6, verb "use" R0U 4/4 -> 4/4
  entire / whole         S0T 3/5 -> 4/5, S1T 5/5 -> 5/5

Follow-up (brief AR), rows written before the change; main 3938005 -> 2e0647b -> after:
  noun modifier          S1M 9/12 -> 7/12 -> 9/12 ("accounts payable files", "incident reports" say which kind; the
                         3 left are a duty verb on an object with nothing measured, "Maintain vendor contract files",
                         read as an area at main too); adjectives of quality S0A 5/10 -> 7/10 -> 7/10
  cadence deliverable    M1C 19/19 -> 18/19 -> 19/19; time T1C 8/10 -> 8/10 -> 10/10 ("on a monthly basis" after a
                         duty clause schedules the work); states held T0S 1/3 throughout (a cadence is time-bound
                         by the project's convention; these labels disagree with it)

Usage:
    PYTHONPATH=$PWD .venv/bin/python scripts/goals_round21_probe.py [-v]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import goals_probe_io as shared  # noqa: E402  (the goal probes' shared reading and scoring)

PROBE = Path(__file__).with_name("goals_round21_probe.tsv")
CLASS_PROBE = Path(__file__).with_name("goals_round21_class_probe.tsv")
CRITERIA = shared.CRITERIA
TODAY = shared.TODAY
score = shared.score
load = shared.reader(PROBE, shared.read_rows)
class_rows = shared.reader(CLASS_PROBE, shared.read_keyed_rows)
class_score = shared.class_score
report = shared.report


def main() -> None:
    report(load(), class_rows())


if __name__ == "__main__":
    main()
