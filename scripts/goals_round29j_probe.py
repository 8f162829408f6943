"""Round 29 goals probe on relevant and attainable (with metric windows), both ways: 54 goals keyed by the class they
were written for, labelled by the conventions of evals/dev/README.md .. evals/dev18/README.md (reference date
2026-12-01) before the analyzer was run on any of them (the TSV was committed first).

The data is goals_round29j_probe.tsv: '<key>\t<source key>\t<goal>', the key being the criterion letter, the expected
1/0 and the class letter. Rows keyed 'own' are written in my own words in the style of the pages below (other
workplaces: 111 lines, kitchens, fleets, pharmacies, councils, water networks); the others adapt the page's own line.

Sources (the `pages` corpus of the search tool):
  mdh         http://www.health.state.mn.us/divs/cfh/ophp/consultation/qi/resources/toolbox/smartobjectives.html
  cheltenham  https://issuu.com./cheltenhamboroughcouncil/docs/climate_change_pathway_-_draft_6/12
  ceres       https://roadmap2030.ceres.org/roadmap-glance
  cntw        https://www.cntw.nhs.uk/about/trust/strategy/ambition-4-sustainable-for-the-long-term-innovating-every-day/

Classes (the guides: relevant is a stated reason, beneficiary or link to an objective; a purpose clause of a sub-step
that only serves another part of the same goal does not count; evals/dev15 reads "in line with national standards" and
evals/dev11 "applying the standards of our ... Policy" as no relevance, evals/dev12 "meet the ... Standard ..., so that
..." as relevant through its "so that"):
  R0S/R1S  conformance to a norm ("to meet the national standard of answering 95% ...", "in line with regulations",
           "in accordance with DVSA guidelines", "to comply with the safety standards") is the manner of the work, no
           reason; a plan, an objective's target or a reason beyond the work ("in line with the county's Vision Zero
           plan", "to help reach our net zero goal", "so that callers ... reach a call handler sooner") is one;
  R0P/R1P  a handling noun after "for" ("send it to payroll for processing", "for approval", "for review") names what
           the recipient does next, another step, no purpose; a reason or beneficiary is one;
  R1H/R0H  an aim heading (a verb phrase or a valued state: "Caring for Our Community:", "Sustainable for the long
           term:") is the goal's objective line (evals/dev3, dev10 focus-area headings); a bare category label
           ("Patient Care:", "Finance:", "Training:") is not;
  A1F/A0F  a perfection phrase on a counted, one-off set ("a log of 150 dispensed prescriptions without any errors",
           evals/dev18) is attainable; on an ongoing rate ("every prescription", "every month", "in 2027") it is the
           perfection flag;
  T0W/T1W  a window inside the metric ("readmitted within 30 days of discharge") is no deadline; a deadline beside it,
           or a window on the person's own act ("Within six months of starting in post, complete ..."), is one.

Check set (goals_round29j_check_probe.tsv, same keys, 19 rows in my own words, written after the change and labelled
before their first run): COSHH/HACCP norms, a named Order as mandate, a customer charter, "for screening", "for
countersigning", "Housing:", "Training and Development:", "Improving Access:", open days, calls a day, claims paid
within 10 days of receipt.

Figures, main e5768fa -> branch goalsrel29b:
  probe  R0S 0/9 -> 8/9, R1S 8/8 -> 8/8, R0P 4/7 -> 7/7, R1P 3/5 -> 3/5, R1H 1/6 -> 5/6, R0H 4/5 -> 4/5,
         A1F 1/4 -> 4/4, A0F 3/4 -> 3/4, T0W 0/3 -> 3/3, T1W 3/3 -> 3/3 (27/54 -> 47/54)
  check  R0S 0/3 -> 3/3, R1S 3/3 -> 3/3, R0P 0/2 -> 2/2, R0H 1/2 -> 1/2, R1H 0/2 -> 1/2, A1F 0/1 -> 0/1,
         A0F 2/2 -> 2/2, T0W 1/2 -> 2/2, T1W 2/2 -> 2/2 (12/19 -> 16/19)
Left: "to comply with the safety standards" (a definite norm reads as a named instrument), "Sustainable for the long term:" (an adjective heading), "Improving Access:" (an -ing heading before a
capitalised noun, read like "Building Maintenance:"), "Finance:" and "Housing:" (read as owning teams, as evals/dev2
reads "Budget & Evaluation:"), "to stop repeat falls" and "to fund a second family room" (purposes outside the
purpose vocabulary), "Keep every medication round free of errors at all times" ("free of errors" is no perfection
phrase), "20 open days without a single complaint" (days read as a period).

Usage:
    PYTHONPATH=$PWD /work/main/.venv/bin/python scripts/goals_round29j_probe.py [-v]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import goals_probe_io as shared  # noqa: E402  (the goal probes' shared reading and scoring)

PROBE = Path(__file__).with_name("goals_round29j_probe.tsv")
CHECK_PROBE = Path(__file__).with_name("goals_round29j_check_probe.tsv")
load = shared.reader(PROBE, shared.read_sourced_rows)
class_score = shared.class_score


def main() -> None:
    print("29j:", class_score(load(), verbose="-v" in sys.argv))
    print("check set:", class_score(load(CHECK_PROBE), verbose="-v" in sys.argv))


if __name__ == "__main__":
    main()
