"""Round 27 goals probe on relevant and measurable (goals_round27 to 27d are the ones on specific): 46 real goals,
plan objectives and key results from outside pages, labelled on all five SMART criteria by the conventions of
evals/dev/README.md .. evals/dev16/README.md (reference date 2026-12-01) before the analyzer was run on any of them (the TSVs were committed first).

The data is goals_round27e_probe.tsv: '<S><M><A><R><T> as 1/0>\t<source key>\t<goal>'. No source below is used by any
evals/ round (each site was checked against the READMEs of evals/). Texts are as published (whitespace normalised);
a heading or objective printed above a goal on the page is kept in front of it.

Sources (the `pages` corpus of the search tool):
  nujournal  http://www.nujournal.com/news/communities/2017/12/08/off-the-shelf-library-strategic-plan-reaches-goal-setting-phase/
  everett    http://www.everettlibrary.org/strategic-plan/
  ktpl       https://archive.org/download/wiki-libr283termpaper.wikispaces.com/libr283termpaper.wikispaces.com.zip:/tmp/tarfile_extract_6zd_uf0k/pages/2.2+Team+Discussion+Needs.html
  swast      https://www.swast.nhs.uk/our-plans-for-the-future
  swbh       https://www.swbh.nhs.uk/about-us/strategic-objectives/
  systeme    https://systeme.ie/setting-team-goals-or-setting-own-goals/
  okreng     https://okrforengineering.com
  gcs        https://gmsweb.gcssk12.net/ourschool/school-improvement-plan
  ejhayes    https://ejhayes.fcps.net/families/csip/goal-2-state-assessment-results-in-science-social-studies-and-writing
  rainbow    https://p.pdfkul.com/download/2017-18-continuous-improvement-plan-summary-rainbow-all-_5accda807f8b9a67228b456d.html
  aha        https://www.aha.io/roadmapping/guide/it-strategy/goals
  meegle     https://www.meegle.com/en_us/topics/departmental-objectives/departmental-objectives-for-it

The class probe (goals_round27e_class_probe.tsv, '<key>\t<source>\t<goal>', written in my own words and labelled before
any run, committed with the data; key = criterion letter, expected 1/0, class letter; most rows are two-sentence
paragraphs, a goal and the reason or context a writer gives with it):
  M0K  a completion verb over a bare plural kind, with no count, name, date or single artefact ("Set up dashboards for
       the pick-and-pack lines.", "Write guides for the new expense system."): no state in which the work is done;
  M1K  the look-alikes that keep their done state: a single artefact ("Set up a dashboard ..."), a count ("Produce four
       training videos ..."), a date ("... by the end of March 2027"), a name ("... to Confluence");
  R0H  an infinitive that is the goal's own predicate: a headline target with its subject in front ("Each depot to cut
       fuel use by 8% this year.", "Regional offices to answer 90% of calls ...") or after a copular lead-in ("The aim
       being to answer every parent email ..."): no link beyond the goal;
  R1H  the look-alikes with a real purpose: an infinitive after a finite action ("... will cut fuel use by 8% this year
       to meet the group's carbon target"), after a headline target and a comma ("All wards to complete the falls
       checklist on admission, to keep older patients safe."), or a "so that" clause.

Check set (goals_round27e_check_probe.tsv, same layout, 12 rows, written after the first changes and labelled before
its first run): R0S a relative clause on a state noun ("Create a calm ward environment which helps patients rest at
night.") says which state is sought, no purpose; R1S one on a concrete object ("Publish a short guide which helps
tenants report repairs online.") or a purpose clause after the state is a purpose.
  check set  R0S 3/6 -> 6/6, R1S 5/6 -> 5/6 ("a booking page that lets parents reserve ...": "lets" is no purpose verb
             here on main either; outside the class)

Figures, main 26f5495 -> this branch (per-criterion accuracy on the 46; class keys as counts):
  probe   specific 0.652 -> 0.674, measurable 0.783 -> 0.870, attainable 0.978 -> 0.978, relevant 0.717 -> 0.804,
          time_bound 0.978 -> 0.978; min 0.652 -> 0.674
  class   M0K 0/8 -> 7/8, M1K 8/8 -> 8/8, R0H 3/6 -> 6/6, R1H 5/6 -> 5/6
Left: M0K "Install sensors in the cold rooms at the depot." (a definite place closes a bare plural, a refinement made
after the existing tests' "alarms on the orthopaedic ward"; my pre-run label may be the outlier); R1H "Train two more
call handlers to shorten waiting times for tenants." (shorten is no purpose verb; outside the class); outside rows
"Third-Grade Literacy: ...", "Kindergarten Readiness: ..." (an area heading: a bare category label by dev3, a focus area
by dev10; left), "Support the Plant Upgrade Project" (a named project as object), "set up an action plan to incorporate
sustainability" (a plan's purpose without a change verb, as round 26 left it).

Usage:
    PYTHONPATH=$PWD .venv/bin/python scripts/goals_round27e_probe.py [-v]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import goals_probe_io as shared  # noqa: E402  (the goal probes' shared reading and scoring)

PROBE = Path(__file__).with_name("goals_round27e_probe.tsv")
CLASS_PROBE = Path(__file__).with_name("goals_round27e_class_probe.tsv")
CHECK_PROBE = Path(__file__).with_name("goals_round27e_check_probe.tsv")
CRITERIA = shared.CRITERIA
TODAY = shared.TODAY
score = shared.score
load, class_rows = shared.readers(PROBE, CLASS_PROBE)
class_score = shared.class_score
main = shared.runner(load, class_rows, [("check set:", CHECK_PROBE)])

if __name__ == "__main__":
    main()
