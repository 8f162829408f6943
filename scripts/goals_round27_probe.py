"""Round 27 fresh probe: 45 outside goals, plan priorities, measures and objectives from public pages, labelled on all
five SMART criteria by the conventions of evals/dev/README.md .. evals/dev15/README.md (reference date 2026-12-01)
before the analyzer was run on any of them (the TSVs were committed first). 30 of the 45 are multi-sentence (the goal
with its heading, objective line or the page's next sentence).

The data is goals_round27_probe.tsv: '<S><M><A><R><T> as 1/0>\t<source key>\t<goal>'. No source below is used by any
evals/ round, earlier probe or test (each site was checked against the READMEs of evals/, the tune items' sources,
scripts/ and tests/). Texts are as published (whitespace normalised); a heading's colon is sometimes written as two
sentences ("Reduce the incidence of rough sleeping in the borough. We will adopt ...").

Sources (the `pages` corpus of the search tool):
  medway       https://medway.nhs.uk/news/delivering-changes-to-improve-patient-care
  hampshire    https://yourfuture.hampshirehospitalscareers.co.uk/pages/3/terms-and-conditions
  bucks        https://www.buckinghamshire.gov.uk/housing-and-benefits/housing/housing-strategies/homelessness-and-rough-sleeping-strategy-2022-to-2025/5-how-we-will-measure-progress/
  yarmouth     https://www.great-yarmouth.gov.uk/policies/rough-sleeping-strategy-and-action-plan
  centralbeds  https://www.centralbedfordshire.gov.uk/info/27/about_your_council/1108/our_strategic_plan_2022-27/5
  secamb       http://www.secamb.nhs.uk/about_us/our_performance/quality_account.aspx
  redbridge    http://admin.fairlop@redbridge.gov.uk/regeneration-and-growth/across-the-borough/homes/
  kaikeast     https://www.kaikeast.school.nz/archive/reports-archive/strategic-focus/1406-annual-goal-progress-report-4-june-2014
  volauckland  https://volunteeringauckland.org.nz/about/strategic-plan
  oneymca      https://oneymca.org/who-we-are/mission-25/
  umichlib     https://www.lib.umich.edu/strategic-directions-and-objectives
  csulb        https://www.csulb.edu/university-library/library-strategic-plan
  shulib       https://library.shu.edu/library/strategic-plan-objectives-2020
  starfish     https://www.throwastarfish.org/strategic-review/
  manningham   https://www.manningham.vic.gov.au/council-plan
  maribyrnong  https://www.maribyrnong.vic.gov.au/About/Our-plans-and-performance/Council-Plan
  xavierlib    https://www.xavier.edu/library/about/2021-vision-a-strategic-action-plan

The class probe (goals_round27_class_probe.tsv, '<key>\t<source>\t<goal>', written in my own words and labelled before
any run, committed with the data; key = criterion letter, expected 1/0, class letter), for the round-27 class:
  S1M  a direction verb on a named measure of a delimited group or thing, with no value ("Raise the share of tenants
       who pay their rent by direct debit", "Lower the rate of missed bin collections on the rural rounds") says what
       changes, in which measure, for whom: specific (and, with no value, not measurable: M0M);
  S0M  the look-alikes that stay areas: a measure of a vague kind or of nothing ("the number of opportunities for
       growth", "the rate of progress", "Increase the percentage."), a quality with no measure noun ("Improve
       customer satisfaction", "Boost engagement among residents"), an open list ("partnerships, events, campaigns
       and so on"), an unnamed subset ("the most serious harms").

The assurance probe (goals_round27b_probe.tsv, same layout, 16 rows, 8 of them multi-sentence, written
and labelled after the assurance change was drafted but before any run, and committed before its first run, on main
or on the branch), for the second round-27 class:
  S1A  an assurance verb whose complement is a clause stating a concrete result ("Ensure that every new tenant
       receives a copy of the fire safety leaflet at sign-up", "We must ensure at least one smoke alarm is equipped on
       each storey of your home ..."): the clause is the goal's content, specific;
  S0A  the clause is a feeling, a judged quality or a general state ("Ensure that customers are happy", "Make sure
       that everyone has access to high quality support", "Ensure that things run smoothly"), or there is no clause
       ("Ensure quality across the programme"): not specific.
  welhat       https://www.welhat.gov.uk/tenants/tenant-handbook-health-safety/3

The nominal-change probe (goals_round27c_probe.tsv, same layout, 12 rows in my own words, 7 multi-sentence, labelled
and committed before any run), for the third class:
  S0N  a verb of bringing about with a change told as a noun on an area ("Achieve improvements in the lives of local
       people", "Secure an increase in community wellbeing"): a direction, not specific;
  S1N  the same on a named measure of a delimited group or with an amount ("Achieve a reduction in the number of
       pupils who miss more than ten days of school", "Secure a 10% reduction in household waste sent to landfill");
  M0N/M1N  measurable only with the amount (the change noun has no done state of its own).

The judged-quality probe (goals_round27d_probe.tsv, 10 rows in my own words, 5 multi-sentence, labelled and committed
before any run):
  S0Q  "quality" as the adjective "of a high standard" before a general kind ("Deliver quality services",
       "Provide high quality care to older people"): an aspiration, not specific;
  S1Q  "quality" as the measured property or inside an artefact's name ("the air quality monitoring report", "a
       quality assurance checklist"), or a count that bounds the judged service ("to 40 more families").

Figures, main 26f5495 -> goals27 5fd5169 (per-criterion accuracy on the 45; class keys as counts):
  probe      specific .756 -> .844, measurable .844 -> .889, attainable 1.000 -> 1.000, relevant .622 -> .689,
             time_bound .978 -> .978; min .622 -> .689
  class      S1M 4/10 -> 9/10, S0M 10/11 -> 10/11, M0M 3/4 -> 4/4
  assurance  S1A 5/8 -> 7/8, S0A 7/8 -> 7/8
  nominal    S0N 0/5 -> 5/5, S1N 3/3 -> 3/3, M0N 1/2 -> 2/2, M1N 2/2 -> 2/2
  quality    S0Q 2/5 -> 5/5, S1Q 4/5 -> 4/5

Usage:
    PYTHONPATH=$PWD .venv/bin/python scripts/goals_round27_probe.py [-v]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import goals_probe_io as shared  # noqa: E402  (the goal probes' shared reading and scoring)

PROBE = Path(__file__).with_name("goals_round27_probe.tsv")
CLASS_PROBE = Path(__file__).with_name("goals_round27_class_probe.tsv")
ASSURANCE_PROBE = Path(__file__).with_name("goals_round27b_probe.tsv")
NOMINAL_PROBE = Path(__file__).with_name("goals_round27c_probe.tsv")
QUALITY_PROBE = Path(__file__).with_name("goals_round27d_probe.tsv")
CRITERIA = shared.CRITERIA
TODAY = shared.TODAY
score = shared.score
load, class_rows = shared.readers(PROBE, CLASS_PROBE)
class_score = shared.class_score
main = shared.runner(load, class_rows, [("assurance probe:", ASSURANCE_PROBE),
                                        ("nominal-change probe:", NOMINAL_PROBE),
                                        ("judged-quality probe:", QUALITY_PROBE)])

if __name__ == "__main__":
    main()
