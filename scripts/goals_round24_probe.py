"""Round 24 fresh probe: 42 real goals, objectives and OKR key results from outside pages, labelled on all five SMART
criteria by the conventions of evals/dev/README.md .. evals/dev12/README.md (reference date 2026-12-01) before the
analyzer was run on any of them (the TSV was committed first).

The data is goals_round24_probe.tsv: '<S><M><A><R><T> as 1/0>\t<source key>\t<goal>'. No source below is used by any
evals/ set or earlier probe (each site was checked against every URL and site name in evals/, scripts/ and tests/).
Texts are as published (whitespace normalised; a list item's leading label such as "Action Plan:" dropped); an
objective and one of its key results, published on separate lines, are joined as "<objective>: <key result>".

Sources (the `pages` corpus of the search tool):
  fluidic           https://fluidic.agency/growth-academy/docs/b2b-marketing-strategy/setting-objectives/okrs
  performio         https://www.performio.co/insight/okrs-for-sales-directors
  knowledgeanywhere https://knowledgeanywhere.com/videos/how-to-create-and-apply-smart-employee-training-goals/
  lrn               https://lrn.com/blog/compliance-training-insights/compliance-training/appealing-compliance-training-smart
  gahanna           http://www.gahannaschools.org/District/DistrictCompImprovePlan.aspx
  carrollk12        http://www2.carrollk12.org/instruction/instruction/k12reading/goals/
  powhatan          http://powhatanva.gov/296/Goals-Objectives
  sturgis           https://bestpubliclibraries.org/place/strugis-public-library-sturgis-sd.html
  baltimore         https://www.baltimorecountymd.gov/departments/recreation/strategic-plan
  parksplan         https://online.flippingbook.com/view/950672465/16/
  learnproduct      https://learnproduct.wiki/phase-2/okrs-product-teams
  homeric           https://homeric.ai/blog/embracing-product-okrs-how-to-define-objectives-and-key-results-for-your-product-team
  roadmapone        https://blog.roadmap.one/posts/blog4-okrs-for-product-teams
  muskingum         http://muskingum.edu/~cal/database/general/monitoring3.html

The class probe (goals_round24_class_probe.tsv, '<key>\t<source>\t<goal>', written and labelled before any run and
committed first; key = criterion letter, expected 1/0, class letter), for the round-24 classes:
  S1C  a short outcome goal naming a concrete metric, rating or deliverable ("Launch the new customer portal.",
       "Grow Q3 renewals 6% through proactive account reviews.") is specific;
  S0A  an aspirational plan objective ("Nurture lifelong learners.", "Look for new sources of revenue.",
       "Recruit and keep a dedicated, high-performing workforce.") is not;
  R1P  a mandate or an aim stated as a purpose phrase ("as required by OSHA", "so sales gets better-fit prospects",
       "towards my master's degree") makes a goal relevant;
  R0N  the same kinds of goal with no stated aim are not relevant.

Usage:
    PYTHONPATH=$PWD .venv/bin/python scripts/goals_round24_probe.py [-v]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import goals_round20_probe as round20  # noqa: E402  (the same TSV layout and scorer)
import goals_round21_probe as round21  # noqa: E402  (the same class scorer and report)
import goals_round22_probe as round22  # noqa: E402  (the same class-probe layout)

PROBE = Path(__file__).with_name("goals_round24_probe.tsv")
CLASS_PROBE = Path(__file__).with_name("goals_round24_class_probe.tsv")
CRITERIA = round20.CRITERIA
TODAY = round20.TODAY
score = round20.score


def load(path: Path = PROBE) -> list[tuple[dict[str, bool], str, str]]:
    """The probe rows: (labels, source key, goal text)."""
    return round20.load(path)


def class_rows(path: Path = CLASS_PROBE) -> list[tuple[str, str]]:
    """The class probe rows: (key, goal); a key is criterion letter, expected 1/0 and the class letter ('S1C')."""
    return round22.class_rows(path)


class_score = round22.class_score


def main() -> None:
    round21.report(load(), class_rows())


if __name__ == "__main__":
    main()
