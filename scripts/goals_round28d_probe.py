"""Round 28 goals probe on relevant and measurable, both ways (goals_round28 to 28c are other probes): 49 goals, most
of them two-sentence paragraphs, labelled on all five SMART criteria by the conventions of evals/dev/README.md ..
evals/dev16/README.md (reference date 2026-12-01) before the analyzer was run on any of them (the TSV was committed
first).

The data is goals_round28d_probe.tsv: '<S><M><A><R><T> as 1/0>\t<source key>\t<goal>'. Rows keyed 'own' are written in
my own words, in the settings of the pages below; the others quote or lightly adapt the page (a heading kept in front).
No page quoted here is used by any evals/ round (each site was checked against the READMEs of evals/).

Sources (the `pages` corpus of the search tool):
  thriving        my own words in the setting of https://thethrivingsmallbusiness.com/sample-employee-performance-goals/
                  (a call centre's hold times and wrong information; the page is a source of evals/dev8, so nothing of
                  its text is used)
  eustis          https://paperturn-view.com/eustis/fy-2025-budget-book?p=206&pid=ODg8840151
  prlibrary       https://prlibrary.org/library-info/about-us/long-range-plan
  rallybright     https://www.rallybright.com/employee-performance-goals/
  teamflect       https://teamflect.com/blog/performance-management/how-to-set-performance-goals-for-employees
                  (the role label "Customer service representative:" is mine, from the page's sentence around the goal)
  charlottesville https://stories.opengov.com/charlottesvilleva/published/PEI0UleWR

Classes the rows were written for (the brief's four directions):
  R1  a link in plain plan wording: a following sentence giving the need the goal answers ("Long holds are the top
      complaint in our customer survey."), a context sentence naming the strategy or aim it serves ("This year the
      council is shifting spending toward preventive maintenance."), the writer's role told as a sentence ("I coordinate
      volunteers for the food bank."), a purpose verb outside the usual list ("to avoid ...", "so pickers stop ...");
  R0  a bare activity and its look-alikes: a context sentence that describes and gives no reason ("The pharmacy team
      fills about 900 prescriptions a day."), an infinitive that is a complement or a topic ("Learn to use ...",
      "... to discuss the budget"), a bare category or "Objective:" label;
  M0  a number that measures nothing about the result (a group size "the 12 partner schools", a name "Building 7",
      "988", "24/7", a room "level 2");
  M1  a completion state or count ("every ward clerk will have completed", "until none are left", "all three branches
      running", "signed off", "finished floor plans handed over").

Check set (goals_round28d_check_probe.tsv, '<key>\t<source>\t<goal>', 12 rows in my own words, written after the first
change and labelled before its first run): R1P a problem told beside the goal in new wordings ("Many tenants cannot
report repairs outside office hours.", "Back injuries among porters rose last winter."); R0P look-alikes with a negative
word that is no reason (a hazard of the work, "The ladder is dangerous and wobbles."; a negated complaint, "Nobody has
complained about them."; a result to come, "Missed meetings will be flagged in red.").
  main 57e5b9b  R1P 0/6, R0P 6/6
  3fb5b25       R1P 3/6, R0P 3/6 (a hazard, a feeling about the work and a negated complaint read as problems)
  this branch   R1P 3/6, R0P 5/6 (a negative quantifier subject negates its clause; a rated-negative sentence must
                name people or share a word with the goal's sentence; a plural VADER lists only in the singular is
                looked up there, "injuries" -> "injury")
  Left: R1P "Half the printed copies never reach home" and "Families wait outside in the cold" (no rated word),
  "Claims are often rejected for missing receipts" (no people, no word shared with "expense rules"); R0P "The alarm is
  loud and some staff hate it" (a feeling about the goal's own work, named with people).

Figures, main 57e5b9b -> this branch (per-criterion accuracy on the 49):
  specific 0.837 -> 0.837, measurable 0.878 -> 0.959, attainable 1.000 -> 1.000, relevant 0.694 -> 0.878,
  time_bound 0.980 -> 0.980; min 0.694 -> 0.837
Left: R1 "it still refers to the old payroll system" (an outdated state, no rated word), "I take over the night shift
in the summer" (a role to come), "The trust's digital plan depends on accurate entries" (a plan as subject), "As the
only bilingual clerk" (clerk is no listed role), two role or purpose labels ("Customer service representative:",
"Efficiency Goal: ... a software system that automates ..."); M1 "Hand over the finished floor plans" (no completion
verb), M0 "Answer calls on the 24/7 helpline" (answer is a strong verb: a done state of any object).

Usage:
    PYTHONPATH=$PWD .venv/bin/python scripts/goals_round28d_probe.py [-v]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import goals_probe_io as shared  # noqa: E402  (the goal probes' shared reading and scoring)

PROBE = Path(__file__).with_name("goals_round28d_probe.tsv")
CHECK_PROBE = Path(__file__).with_name("goals_round28d_check_probe.tsv")
score = shared.score
load, check_rows = shared.readers(PROBE, CHECK_PROBE)
class_score = shared.class_score
main = shared.runner(load, more=[("check set:", CHECK_PROBE)])


if __name__ == "__main__":
    main()
