"""Outside probe for the Q&A's paraphrase classes of round 18: quantities written in other units or words
("three days" for "72 hours", "a thousand dollars" for "$1,000", "a fortnight" for "14 days") and event
verbs named by their nouns ("my father died" for "death", "if I quit" for "resign").

The documents in ``scripts/qa_round18_probe/`` are short handbook sections adapted (shortened, company names
removed, values and units changed) from public sample policies; none is in ``knowledge/``, ``shared/`` or
``evals/``. Sources:

* job-abandonment.md: hrinsider.ca/job-abandonment-policy/ and shrm.org/topics-tools/tools/policies/
  job-abandonment-policy (three consecutive business days, here 72 hours), princeton.edu/hr/policies/
  termination/4.1/4.1.5/ (vacation paid up to 30 days, no payment for unused sick or personal days)
* funeral-leave.md: eli.ctas.tennessee.edu/reference/sample-policy-bereavementfuneral-leave (working days of
  paid leave for a death in the immediate family, here four; who is immediate family),
  brooklyn.cuny.edu/web/about/offices/hr/benefits/time/bereavement.php (documentation of the relationship to
  the deceased and the date of death), absolutehrsolutions.com/samplebereavementleavepolicy.html (personal
  days, annual leave or leave without pay when more time is needed)
* resigning.md: princeton.edu/hr/policies/termination/4.1/4.1.5/ (resigning employees give proper notice);
  the notice periods, final pay and retirement lines written for the probe
* allowances.md: written for the probe (a first-year home office amount, a phone allowance, a long-term
  assignment threshold), after the remote-work stipend policies of public handbooks

The questions were written for this probe before any change, each tagged with its class: ``quantity`` (the
question gives a quantity in another unit or in words: "away for three days" where the policy says "72
hours"), ``quantity_other`` (a question that restates one amount of the policy and asks another: the restated
amount is not the answer), ``event`` (an event named by a verb the policy names by its noun or a synonym:
"my father dies" / "death", "quit" / "resign") and ``event_abstain`` (event questions the documents do not
cover: they pass when refused).

    PYTHONPATH=$PWD .venv/bin/python scripts/qa_round18_probe.py [-v]

Prints facts found per class and in all (each question passes when its answer holds every fact).
The documents are indexed into a temporary folder; the user's index is never touched.
"""

from __future__ import annotations

import sys
from pathlib import Path

import qa_round17_probe  # the shared probe runner (scripts/ is on the path when a script runs)

DOCS = Path(__file__).with_name("qa_round18_probe")

# (question, facts, class)
PROBES: list[tuple[str, list[str], str]] = [
    ("What happens if I'm away for three days and don't let anyone know?", ["voluntarily resigned"], "quantity"),
    ("If I miss three days of work without calling in, am I treated as having quit?", ["voluntarily resigned"],
     "quantity"),
    ("If I'm gone 3 days with no word to my boss, what happens?", ["voluntarily resigned"], "quantity"),
    ("Is two weeks' notice enough when I resign?", ["14 calendar days"], "quantity"),
    ("I'm a manager. Do I need to give four weeks' notice?", ["28 calendar days"], "quantity"),
    ("Can I claim one thousand dollars for my home office setup?", ["$1,000"], "quantity"),
    ("What is the forty-dollar allowance for?", ["mobile phone"], "quantity"),
    ("Is a trip of a fortnight treated as a long-term assignment?", ["longer than 14 days"], "quantity"),
    ("After the first year, is the home office amount still a thousand dollars?", ["$250"], "quantity_other"),
    ("Can I claim five hundred dollars for a new desk in my second year?", ["$250"], "quantity_other"),
    ("My grandmother died last week. How many paid days off do I get?", ["four working days"], "event"),
    ("How much paid leave is there when an aunt passes away?", ["one day"], "event"),
    ("What paperwork do I need to hand in after my father dies?", ["relationship to the deceased"], "event"),
    ("How much notice do I have to give if I quit?", ["14 calendar days"], "event"),
    ("If I quit, do I get paid for my leftover vacation?", ["unused vacation"], "event"),
    ("When should I let HR know that I'm going to retire?", ["six months"], "event"),
    ("My brother passed away and I need more than the paid days. What can I use?", ["personal days"], "event"),
    ("I'm stepping down from my job. What do I have to return on my last day?", ["laptops"], "event"),
    # Not covered by the documents: pass when the question is refused.
    ("Does the company pay a life insurance benefit if my husband dies?", [], "event_abstain"),
    ("Who receives my unpaid salary if I die?", [], "event_abstain"),
    ("Is there a counselling service for staff after a colleague's death?", [], "event_abstain"),
    ("Can I get a reference letter after I quit?", [], "event_abstain"),
    ("Do I have to repay my signing bonus if I resign within a year?", [], "event_abstain"),
    ("Is there a leaving party when someone retires?", [], "event_abstain"),
]


def run(probes: list[tuple[str, list[str], str]] = PROBES) -> list[tuple[bool, str, str, str]]:
    """(passed, class, question, answer) per probe, answered offline over this round's documents."""
    return qa_round17_probe.run(probes, DOCS, "qa_round18_probe")


if __name__ == "__main__":
    sys.exit(qa_round17_probe.main(run))
