"""Round 23 fresh probe: 43 real goals and OKR key results from outside pages, labelled on all five SMART criteria by
the conventions of evals/dev/README.md .. evals/dev11/README.md (reference date 2026-12-01) before the analyzer was run
on any of them (the TSV was committed first).

The data is goals_round23_probe.tsv: '<S><M><A><R><T> as 1/0>\t<source key>\t<goal>'. No source below is used by any
evals/ set or earlier probe (each site was checked against every URL in evals/, scripts/ and tests/). Texts are as
published (whitespace normalised); an objective and one of its key results, published on separate lines
("OBJECTIVE: ... KR1: ..."), are joined as "<objective>: <key result>", the form dev11's ClickUp items have.

Sources (the `pages` corpus of the search tool):
  coderssecret     https://coderssecret.com/blog/okr-objectives-key-results-practical-guide
  bridgingproducts https://bridgingproducts.com/okr/
  scriptonia       https://scriptonia.dev/blog/pm-okrs-guide
  hireforce        https://blog.hireforce.io/how-okrs-work-for-recruiters
  frameworklist    https://frameworklist.com/academy/okr-examples-for-product-teams
  okrsworkshop     https://www.okrsworkshop.com/post/what-is-a-good-okrs-vs-a-bad-okrs-for-engineering
  deepaksood619    https://deepaksood619.github.io/devops/devops-intro/sre-site-reliability-engineering
  learnanything    https://learnanything.pro/learn/pm/example-of-a-product-okr-for-a-growth-stage-startup-2026-template-7213
  chpl             https://chpl.org/about/mission-vision-values/
  changethefuture  http://changethefuture.wv.gov/plan/Pages/default.aspx
  cybercemetery    https://cybercemetery.unt.edu/archive/oilspill/20121007190731/http://www.healthypeople.gov/2010/publications/HealthyCommunities2001/appendices.htm
  cityofsantacruz  http://www.cityofsantacruz.com/city-government/city-council/city-council-strategic-goals
  unioncity        https://www.unioncity.org/404/City-Council-Strategic-Plan
  independence     http://www.ci.independence.mo.us/CityCouncil/StrategicGoals
  delano           http://www.delano.mn.us/city-services/city-mission-and-strategies/city-strategies

Figures (per-criterion accuracy on the 43), before any change (main a5943f2) -> after:
specific 0.860 -> 0.907, measurable 0.977 -> 0.977, attainable 0.977 -> 0.977, relevant 0.814 -> 1.000,
time_bound 0.953 -> 0.953; min 0.814 -> 0.907.

Disagreement classes found (-v) and what was done:
  relevant    an OKR objective written as a clause before its key result ("Make our API rock-solid reliable: increase
              API uptime from 99.2% to 99.95%", 8 of 8 missed; dev11's "Improve system reliability: reduce system
              downtime from 5% to 1%"): the clause is the aim the key result serves, unless it restates the key result
              (dev5's "Reduce Medication Errors: Decrease medication errors by 20%") or is a field label ("Key
              result:"); also when longer than a label or with a figure in it. A metric's cadence inside that
              objective ("Grow quarterly revenue by 15%: ...") is no time frame. Fixed.
  specific    a judged experience as the object ("Delight new users with a seamless onboarding experience"; dev11's
              "Empower developers with a delightful authentication experience"): VADER's strong-praise adjectives
              (2.0 or more, an adjective's suffix, no plural) count as judged qualities, the opinion lexicon's
              experience qualities join the evaluative list, and an artefact word that only modifies an experience
              or journey names no artefact. Fixed.
  specific    a behaviour or quality named as the means ("Foster fiscal health through disciplined long-term
              planning, cost control, ..."; dev11's "... through daily physical activity", "... through the
              consumption of healthy foods"): no concrete means unless the means has an act of its own (a gerund
              first), an indefinite article, a plural, an artefact, a number or a name. Fixed.
  measurable  how the people served are treated, stated in the present (dev11's "Visitors are welcomed into an
              atmosphere of hospitality ..."): a standing state of the service, not a deliverable. Fixed (patrons
              join the beneficiaries).
  left        "Conduct a website performance audit" (an indefinite artefact reads as any audit, as earlier rounds'
              "attain a certification" does: my label may be the outlier); "Promote daily physical activity" (a
              cadence adjective on a behaviour read as a schedule and a frequency); "Attract and retain businesses
              and jobs", "To increase operational efficiencies ... through implementation and use of advanced
              technologies" (a direction on a bare plural or efficiency noun); "100%" of services as a perfection
              target; "before their first week ends" in a state sentence.

The class probe (goals_round23_class_probe.tsv, '<key>\t<source>\t<goal>', written and labelled before each change
and committed first; key = criterion letter, expected 1/0, class letter), main a5943f2 -> after:
  judged experience   S0J 1/10 -> 10/10, artefact look-alikes S1J 7/8 -> 7/8 (the one left was missed before too)
  behaviour as means  S0N 3/8 -> 8/8, programme/visit/session means S1N 7/7 -> 7/7
  service state       M0P 6/8 -> 8/8, artefact/count/deadline look-alikes M1P 6/6 -> 6/6

Usage:
    PYTHONPATH=$PWD .venv/bin/python scripts/goals_round23_probe.py [-v]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import goals_probe_io as shared  # noqa: E402  (the goal probes' shared reading and scoring)

PROBE = Path(__file__).with_name("goals_round23_probe.tsv")
CLASS_PROBE = Path(__file__).with_name("goals_round23_class_probe.tsv")
CRITERIA = shared.CRITERIA
TODAY = shared.TODAY
score = shared.score
load = shared.reader(PROBE, shared.read_rows)
class_rows = shared.reader(CLASS_PROBE, shared.read_sourced_rows)
class_score = shared.class_score


def main() -> None:
    shared.report(load(), class_rows())


if __name__ == "__main__":
    main()
