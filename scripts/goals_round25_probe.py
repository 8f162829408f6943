"""Round 25 fresh probe: 45 real goals, plan objectives, headings and targets from outside pages, labelled on all five
SMART criteria by the conventions of evals/dev/README.md .. evals/dev13/README.md (reference date 2026-12-01) before
the analyzer was run on any of them (the TSVs were committed first, 0c83286).

The data is goals_round25_probe.tsv: '<S><M><A><R><T> as 1/0>\t<source key>\t<goal>'. No source below is used by any
evals/ round or earlier probe (each site was checked against the READMEs and tuning items of evals/, scripts/ and
tests/). Texts are as published (whitespace normalised).

Sources (the `pages` corpus of the search tool):
  thermofisher         http://www.thermofisher.com/us/en/home/about-us/sustainability/engaging-stakeholders/employees/safety.html
  carlsberg            https://carlsberguk.co.uk/sustainability/our-ambitions/zero-accidents-culture
  basf                 https://report.basf.com/2012/en/managementsanalysis/responsibilityalongthevaluechain/safetysecurityandhealth/production/globalgoals.html
  wilhelmsen           https://www.wilhelmsen.com/about-wilhelmsen/corporate-social-responsibility/health-and-safety/
  electrocomponents    http://www.electrocomponents.com/corporate-responsibility/health-and-safety/target-zero
  croda                https://www.crodapolymeradditives.com/en-gb/discovery-zone/sustainability/occupational-health-and-safety
  arbourthorne         https://arbourthorne.schooljotter2.com/our-school-2/school-improvement-priorities
  ms379q               https://sites.google.com/schools.nyc.gov/ms379q/cpc/cep-goals
  thebellacademy       https://www.thebellacademy.com/school_goals
  seattleschools       https://seattleschools.org/?p=234023
  palmyra              https://sites.google.com/palmyra.k12.nj.us/2021-26psdstrategicplan/2-learning
  pemberton            https://www.pemberton.k12.nj.us/Page/5564
  manningham           https://www.manningham.vic.gov.au/council-plan
  mendotaheights       https://mendotaheightsmn.gov/472/Strategic-Priorities
  fenews               https://www.fenews.co.uk/skills/apprenticeships-in-england-vision-for-2020/
  mytotalretail        https://www.mytotalretail.com/post/set-goals-objectives-2010-301357/
  leapri               https://lea-pri.herts.sch.uk/curriculum/school-improvement-priorities/
  fjuhsd               https://www.fjuhsd.org/domain/528
  tricounty            http://tricountycradletocareer.org/what-we-do/collective-impact/
  legalhelpforveterans https://www.legalhelpforveterans.com/2017/07/07/va-shifts-away-from-target-of-zero-veteran-homelessness/
  indialantic          http://www.indialantic.com/town-goverment/town-council/council-goalsobjectives-rev-111209/

The class probe (goals_round25_class_probe.tsv, '<key>\t<source>\t<goal>', written and labelled before any run and
committed with the data; key = criterion letter, expected 1/0, class letter), for the round-25 classes:
  S0H  a plan heading of two coordinated verbs over generic plural objects ("Renew and Maintain Roads and Sidewalks")
       is not specific; S1K the same shape over one concrete, determined object ("Repair and reopen the Elm Street
       footbridge.") is;
  S1F  a focus statement naming a concrete subject ("Primary schools will focus on Year 3 phonics.") is specific;
       S0G a focus on an abstraction ("Schools will focus on student success.") is not;
  M0T  having or setting targets, goals or objectives in named areas ("Every team will have targets in sales and
       service this year.") is no measure; M1N the same subjects with a number are;
  T1P  a span of years or a named school/financial year still to come ("over the 2026 to 2030 period", "across the
       2026-27 school year") is a time frame; T0P a past span or a baseline year is not;
  A0Z  the elimination of a whole class of events with no interim target or period ("Eliminate all workplace
       injuries.", "End hospital-acquired infections.") is a red flag; A1Z eliminating a finite, one-off thing ("the
       paper timesheet", "the backlog of 40 overdue invoices") or a cut on the way to zero is not.

The check set (goals_round25_check_probe.tsv, same layout, 43 rows) was written and labelled after the changes,
before its first run (fda608d): the same keys on new texts.

Figures, main 57fcbfc -> after (per-criterion accuracy on the 45; class keys as counts):
  probe      specific 0.778 -> 0.800, measurable 0.844 -> 0.844, attainable 0.889 -> 0.889, relevant 0.756 -> 0.756,
             time_bound 0.956 -> 0.956; min 0.756 -> 0.756
  class      S0H 5/8 -> 8/8, S1K 4/4 -> 4/4, S1F 2/8 -> 8/8, S0G 4/4 -> 4/4, M0T 1/7 -> 7/7, M1N 3/3 -> 3/3,
             T1P 3/7 -> 7/7, T0P 3/3 -> 3/3, A0Z 2/8 -> 8/8, A1Z 5/6 -> 6/6
  check set  42/43 at its first run (S1F "Kitchen staff will focus on ...": "staff" was read as a generic subject;
             fixed), 43/43 after; main 57fcbfc 27/43 (S0H 3/6, S1F 1/5, M0T 1/5, T1P 1/4, A0Z 0/5, A1Z 4/5)

Disagreement classes found on the 45 (-v), and what was done:
  specific   a focus statement by copula ("Reading is a key focus for analysis and rigor in 2025-26."): _copular_focus.
  left       a passive pair over coordinated kinds ("... facilities, grounds, and equipment will be provided and
             satisfactorily maintained"), "open space" read as a verb in a participle heading ("Enhanced parks, open
             space and streetscapes"), zero harm as a culture ("a zero harm safety culture"), a yearly cut toward zero
             with no amount ("a reduction in accidents every year up to 2030 - to reach ... zero"), "All Students ..."
             headings (the dev13 guide's attainability flag), "10% improvement year over year" (my T1 label; the dev
             guide reads a cadence in a metric as no time frame, so the label may be the outlier), relevance of
             "to strengthen"/"leading to" purposes and of goals with no stated aim.

Usage:
    PYTHONPATH=$PWD .venv/bin/python scripts/goals_round25_probe.py [-v]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import goals_probe_io as shared  # noqa: E402  (the goal probes' shared reading and scoring)

PROBE = Path(__file__).with_name("goals_round25_probe.tsv")
CLASS_PROBE = Path(__file__).with_name("goals_round25_class_probe.tsv")
CHECK_PROBE = Path(__file__).with_name("goals_round25_check_probe.tsv")
CRITERIA = shared.CRITERIA
TODAY = shared.TODAY
score = shared.score
load = shared.reader(PROBE, shared.read_rows)
class_rows = shared.reader(CLASS_PROBE, shared.read_sourced_rows)
class_score = shared.class_score


def main() -> None:
    shared.report(load(), class_rows())
    print("check set:", class_score(class_rows(CHECK_PROBE), verbose="-v" in sys.argv))


if __name__ == "__main__":
    main()
