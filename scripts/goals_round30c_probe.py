"""Round 30 goals probe on specific and relevant, both ways (letter c): 99 goals in five batches (51; 10 for the
verbless key results the first change exposed; 10 for assured negative universals; 23 for the classes of the dev19
tune misses; 5 more look-alikes for the noun-or-verb class), each keyed by the criterion, the expected label and a
class; each batch was labelled and committed before the analyzer ran on it.

The data is goals_round30c_probe.tsv: '<key>\t<source>\t<goal>'. Rows keyed 'own_*' are written in my own words in the
style of the pages below (sales, support, HR, operations, a clinic, a library, a city, a school, a hotel); the others
quote or lightly adapt the page. No page used here is a source of any evals/ round (each site was checked against
the READMEs of evals/).

Decision procedures (the labelling guides, later rounds winning):
  relevant = a stated reason, purpose, beneficiary or link to an objective; an OKR key result inherits its
  objective's. specific = what is changed or delivered names a thing, not an abstraction, with its scope and a
  direction or done state.

Sources (the `pages` corpus of the search tool):
  clawhub    https://clawhub.ai/api/v1/skills/okr-consulting/file?path=references%2Ftemplates.md (OKR templates)
  strunk     https://www.christianstrunk.com/blog/practical-okr-planning-guide
  gitlab     https://hk.ocome.net.cn/new-php/til/blob/master/general/agile-development/okrs.md (GitLab handbook copy)
  kpizone    http://library.kpi.zone:8000/glossary/roles/sales (sales KPI names)
  kpidepot   https://kpidepot.com/kpi/opportunity-to-sale-ratio
  own_*      my own words in the settings above

Classes (1 = must read so, 0 = must not):
  K  an OKR key result under a short or numbered label ("O:", "O1:", "Obj 1:", "Objective 2:", "KR1.2:",
     "Key Result 1.1:") after its objective (R1) / a key result alone, a period label ("Q1:"), an owner label, steps
     or phases (R0)
  X  a metric named "<stage> to <stage> rate/ratio/time" or "time to <verb>" ("the lead to demo ratio", "time to
     hire"): the "to" joins the metric's name, no purpose (R0) / a real purpose infinitive after a metric goal (R1)
  V  a purpose infinitive split by an adverb ("to effectively support", "to more accurately capture", R1) / an
     adverb-split infinitive completing the goal's own verb ("learn to effectively delegate", "continue to actively
     recruit", "want to better understand", R0)
  E  a judged state or climate as the made thing ("an outstanding guest experience", "a welcoming environment",
     S0) / a concrete artefact or group made or provided ("a guest check-in checklist", "a quiet room for nursing
     mothers", S1)
  U  a verbless key result with "up"/"down" and a value ("NPS up from 32 to 45", S1) / an area with a direction
     and no value ("Morale up across the office.", S0)
  Z  an assured negative universal over a concrete group ("Ensure no order ships without a signed packing slip",
     "Make sure that not one laptop leaves the building unencrypted", S1) / a pronoun or a judged state ("Make sure
     nobody feels left out", "Make sure customers are happy", S0)
  H  a noun-or-verb word after "to" with an object ("to staff the new night shift", "to house 20 families", R1) / a
     noun after a preposition's "to" before a number or a time phrase ("to store 12 by Friday", "to staff the week
     before it starts", R0)
  L  a colon before a list of noun phrases spelling out the object ("Implement weekly safety walks: forklift checks,
     racking inspections and fire exit reviews", R0) / an objective with a key result after its colon (R1)
  P  a vague verb on a bare plural kind before a purpose ("Enhance onboarding programs to reduce early turnover",
     S0) / on a scoped or named object (S1)

Figures (rows right; main 92b7649 -> this branch):
  first 51 rows  39/51 -> 49/51 (R1K 6/10 -> 10/10: "O:" and "Obj 1:" labels unread; R0X 8/10 -> 10/10: "to demo
                 ratio", "to ship time" read as purposes; R1V 3/5 -> 5/5, R0V 2/4 -> 4/4: "learn to" and "begin to"
                 read as purposes, "to more accurately capture" unread, "a peer mentoring program" read as a verb
                 taking the infinitive)
  first 71 rows  main 47/71 -> 68/71 (S1U 4/6 -> 5/6, S1Z 2/5 -> 5/5); every look-alike class kept (R0K 7/7, R0X
                 10/10, R0V 4/4, S1E 5/5, S0U 4/4, S0Z 5/5)
  all 99 rows    main 71/99 -> 93/99 (R0L 0/4 -> 4/4, R1H 0/5 -> 3/5, S0P 2/4 -> 3/4; R0H 9/9, R1L 3/3, S1P 3/3 kept)
  Left: R1X "... by March to win more public-sector tenders" ("win" is listed as more often a noun after "to"),
  S0E "Create a culture of accountability and trust" ("trust" read as an institution, an NHS trust), S1U
  "learning hours per employee up 20% ..." (the opening "learning" read as the goal's verb); R1H "to crew the
  lifeboat station", "to store the donated food" (an open verb's purpose needs an aim word); S0P "Improve safety
  procedures to cut injuries" ("cut injuries" read as the goal's own concrete action).

Usage:
    PYTHONPATH=$PWD .venv/bin/python scripts/goals_round30c_probe.py [-v]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import goals_probe_io as shared  # noqa: E402  (the goal probes' shared reading and scoring)

PROBE = Path(__file__).with_name("goals_round30c_probe.tsv")
class_rows = shared.reader(PROBE, shared.read_sourced_rows)
main = shared.class_runner(class_rows)


if __name__ == "__main__":
    main()
