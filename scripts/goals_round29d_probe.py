"""Round 29 goals probe on measurable, relevant and time-bound, both ways: 60 goals labelled on all five SMART criteria
by the conventions of evals/dev/README.md .. evals/dev17/README.md (reference date 2026-12-01) before the analyzer was
run on any of them (the TSV was committed first).

The data is goals_round29d_probe.tsv: '<S><M><A><R><T> as 1/0>\t<source key>\t<goal>'. Rows keyed 'own' are written in
my own words, in the style of the pages below (other workplaces: permits, wards, buses, bins, canteens, foster care);
the others quote or lightly adapt the page. No page quoted here is used by any evals/ round (each site was checked
against the READMEs of evals/ and the earlier probes).

Sources (the `pages` corpus of the search tool):
  workant    https://workant.io/en/blog/smart-hr-goals-a-clear-framework-for-2025-and-beyond
  elmo       https://elmosoftware.com.au/?p=106689 (glossary, "Goal setting")
  eminence   https://eminencepapers.com/?p=1879904 (community health objectives)
  topsoft    https://topsoftwaredevelopers.de/s/en/IT+Support+Goals+and+Objectives/32179
  a3k        https://a3kconsultancy.blogspot.com/2024/05
  pats       https://patsweblog.com/quarterly-goals
  nursingce  https://william.nursingcecentral.com/the-use-of-smart-goals-in-nursing
  nrhtx      https://library.nrhtx.com/365/Library-Mission-Long-Range-Plan
  swaledale  https://swaledale.lib.ia.us/about
  questionai https://questionai.com/amp/essays-egFwFEXDY14/smart-goal-prevention-treatment-chronic-communicable
  bdna       https://dmi.bdna.com/xls/smart-goals-examples-for-teachers (its "Relevant" line written as a sentence)

Classes the rows were written for (the brief's definitions, each with look-alikes that must not change):
  R1  a reason, purpose, beneficiary or link: "so that ...", "in order to ...", "to detect issues before ...", "in
      support of the county's housing plan", "In line with the trust's net-zero strategy", "for passengers with low
      vision", a role ("As the clinic's infection-control lead"), a plan told as a sentence, a "because" reason, an OKR
      key result under its objective, a following "This supports ... and aligns with ... goals";
  R0  look-alikes: a means clause ("by refining ...", "through the implementation of ...", "as the mobile health units
      will be expanded"), an infinitive complement ("Teach ... to use", "Ask every supplier to send", "capacity to
      handle"), a topic infinitive ("to discuss"), "In line with the manufacturer's instructions", "with help from",
      a context sentence that only describes, a key result alone, a headline infinitive ("To reduce ...");
  M1/M0  counts, percentages, baseline-to-target, done states ("in place", "approved by the board") against numbers
      that name ("Route 9", "the 111 line", "24/7") and directions with no amount;
  T1/T0  deadlines and periods ("by end of Q2", "by year-end", "within 12 months", "over the next 18 months", "By
      December 2026" still open on 2026-12-01, a cadence of action, a per-case window) against past dates ("by Q4
      2025", "by October 2026"), baseline periods ("compared with 2025 levels", "from the 2024 baseline"), cadences
      inside a metric ("weekly active users", "each shift") and service levels ("within four hours").

Class sets ('<key>\t<source>\t<goal>', key = criterion letter, expected 1/0, class letter; all in my own words, each
labelled before its first run; the check set after the main probe's first run, the others after the changes noted):
  goals_round29d_check_probe.tsv  R1L/R0L a link phrase's aim vs a fronted manner phrase ("In line with the supplier's
      instructions, service ..."); R1P/R0P a fronted role vs "As a result of", "As agreed with"; T0C/T1C a shift,
      sprint or term inside a moved metric vs a cadence of work; M0N/M1N a number that names ("the 101 line") vs a
      count; M1F/M0F a fractional change ("by a third") vs "the second half of the year", "by next quarter".
  goals_round29d_time_probe.tsv   T1W/T0W a period of the writer's own ("by the end of my third week", "whilst on my
      two-week rotation", "before my probation review") vs "in my role", "in my spare time"; T1D/T0D a named day ("on
      World Heart Day") vs the name as a modifier ("World Mental Health Day leaflets").
  goals_round29d_span_probe.tsv   T1P/T0P the period a cadence runs over ("in every week of the quarter") vs a
      metric cadence alone (written after that change, labelled before its first run).
  goals_round29d_group_probe.tsv  M1G/M0G a population verb done to every member of a named group ("Train all my
      staff on how to ...") vs "Train staff ...", "Support all my staff".
  goals_round29d_need_probe.tsv   R1B/R0B the people served named by an unmet need ("for tenants who do not read
      English") vs a plain audience or a companion ("for visitors with the events team").

Figures, main 0b12b58 -> branch goalsmrt29 (main probe: per-criterion accuracy on the 60):
  specific 0.917 -> 0.917, measurable 0.933 -> 0.967, attainable 1.000 -> 1.000, relevant 0.933 -> 0.967,
  time_bound 0.983 -> 1.000; min 0.917 -> 0.917
  check set R0L 2/3 -> 3/3, R1L 3/3 -> 3/3, R1P 1/4 -> 4/4, R0P 4/4 -> 4/4, T0C 0/3 -> 3/3, T1C 3/3 -> 3/3,
            M0N 0/3 -> 3/3, M1N 3/3 -> 3/3, M1F 1/3 -> 3/3, M0F 2/3 -> 3/3
  time set  T1W 3/6 -> 6/6, T0W 5/6 -> 5/6, T1D 1/4 -> 4/4, T0D 4/4 -> 4/4
  span set  T1P 3/4 -> 4/4, T0P 2/4 -> 2/4
  group set M1G 2/4 -> 4/4, M0G 4/4 -> 4/4
  need set  R1B 0/4 -> 3/4, R0B 4/4 -> 4/4
Left: R1 "for passengers with low vision" and "for customers with hearing loss" (a condition after "with" also only
scopes whom the work is about in evals/dev15's tune half, so it is not read as a need), "to check that the standard is
being followed"; M "give every new starter a named buddy" (give is no population verb), "Answer calls on the 111 line"
(answer is a strong verb; calls are no demand noun); T0 "Support my team leader with the weekly rota", "Record each day
of the month", "Explain every week of the course plan" (a cadence word inside an object, as on main).

Usage:
    PYTHONPATH=$PWD /work/main/.venv/bin/python scripts/goals_round29d_probe.py [-v]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import goals_probe_io as shared  # noqa: E402  (the goal probes' shared reading and scoring)

PROBE = Path(__file__).with_name("goals_round29d_probe.tsv")
CHECK_PROBE = Path(__file__).with_name("goals_round29d_check_probe.tsv")
TIME_PROBE = Path(__file__).with_name("goals_round29d_time_probe.tsv")
SPAN_PROBE = Path(__file__).with_name("goals_round29d_span_probe.tsv")
GROUP_PROBE = Path(__file__).with_name("goals_round29d_group_probe.tsv")
NEED_PROBE = Path(__file__).with_name("goals_round29d_need_probe.tsv")
score = shared.score
load, check_rows = shared.readers(PROBE, CHECK_PROBE)
class_score = shared.class_score
main = shared.runner(load, more=[("check set:", CHECK_PROBE), ("time set:", TIME_PROBE), ("span set:", SPAN_PROBE),
                                 ("group set:", GROUP_PROBE), ("need set:", NEED_PROBE)])


if __name__ == "__main__":
    main()
