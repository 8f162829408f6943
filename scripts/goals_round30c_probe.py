"""Round 30 goals probe on specific and relevant, both ways (letter c): 51 goals, each keyed by the criterion, the
expected label and a class, labelled before the analyzer was run on any of them (the TSV was committed first).

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


def main() -> None:
    scores = shared.class_score(class_rows(), verbose="-v" in sys.argv)
    right = sum(int(v.split("/")[0]) for v in scores.values())
    total = sum(int(v.split("/")[1]) for v in scores.values())
    print(f"{right}/{total} right;", dict(sorted(scores.items())))


if __name__ == "__main__":
    main()
