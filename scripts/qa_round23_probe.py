"""Outside probe for round 23 (BE): the asked thing worded away from the page that answers it.

Questions written for this probe before any change, from the pages of ``evals/handbooks2/docs`` (the Osio Labs
employee handbook, github:OsioLabs/emphandbook, CC0-1.0; Sourcegraph handbook pages) and
``shared/corpora/handbooks/docs`` (CivicActions public handbook; sources in its ``SOURCES.md``); none is taken
from a question file or ``evals/``. Each answerable question names its thing the way an employee would, not the
way the page does: a yes/no question whose predicate the page states with other nouns ("does X match my 401k"
for "includes up to a 4% match"), a modifier paraphrased ("jury service", "fitness device", "retirement plan"
for a 401k plan), a head given by a list the page prints ("which holidays does everyone get"). Each fact is a
phrase of the answering line.

* ``paraphrase``: answerable; the answer must hold every fact;
* ``abstain``: the pages do not give it (a detail the page leaves out, a benefit another organisation has or
  no organisation states); it passes when refused.

    PYTHONPATH=$PWD .venv/bin/python scripts/qa_round23_probe.py [-v]

Prints passes per class and in all. The documents are indexed into temporary folders.
"""

from __future__ import annotations

import sys
from pathlib import Path

import qa_round17_probe  # the shared probe runner (scripts/ is on the path when a script runs)

ROOT = Path(__file__).resolve().parent.parent
HANDBOOKS2 = ROOT / "evals" / "handbooks2" / "docs"

# (question, facts, class) over evals/handbooks2/docs
HANDBOOKS2_PROBES: list[tuple[str, list[str], str]] = [
    # Osio Labs (osiolabs-*.md)
    ("Does Osio Labs match my 401k contributions?", ["4% match"], "paraphrase"),
    ("Does Osio Labs give employees a fitness device?", ["activity tracker"], "paraphrase"),
    ("Will Osio Labs pay for a seat upgrade on a domestic flight?", ["$75"], "paraphrase"),
    ("Does Osio Labs cover the premium for disability insurance?", ["100% of the premium"], "paraphrase"),
    ("Which holidays does everyone at Osio Labs get, wherever they live?", ["New Year"], "paraphrase"),
    ("How much does the Osio Labs life insurance pay out?", ["$50,000"], "paraphrase"),
    ("For how long does Osio Labs keep paying me while I serve on a jury?", ["first 3 days"], "paraphrase"),
    ("How much of my weekly wage does the Osio Labs disability cover replace?", ["60%"], "paraphrase"),
    ("How long do I have to accept continued health coverage after leaving Osio Labs?", ["60 days"],
     "paraphrase"),
    ("How often can I take a sabbatical at Osio Labs?", ["every 7 years"], "paraphrase"),
    ("Can part-timers get health insurance at Osio Labs?", ["only full-time employees"], "paraphrase"),
    ("What is the deductible on the Osio Labs medical plan?", ["$250 deductible"], "paraphrase"),
    ("Does Osio Labs pay for a career coach?", ["$2400"], "paraphrase"),
    ("Can I pay my phone bill with the Osio Labs tech card?", ["Cell phone bill"], "paraphrase"),
    ("What happens to the gadgets I bought with my PEX card when I leave Osio Labs?", ["$1"], "paraphrase"),
    ("Does Osio Labs pay salaries by bank transfer?", ["direct deposit"], "paraphrase"),
    ("How many hours a week is an Osio Labs employee expected to work?", ["32 hours"], "paraphrase"),
    ("Does Osio Labs give paid parental leave to adoptive parents?", ["adoption"], "paraphrase"),
    ("If my partner and I both work at Osio Labs, how much parental leave can we take between us?",
     ["combined total of 12 weeks"], "paraphrase"),
    ("Does Osio Labs reimburse university tuition?", ["$1,500"], "paraphrase"),
    ("Who counts as close family for bereavement pay at Osio Labs?", ["Grandparent"], "paraphrase"),
    ("Can I buy a desk chair with the Osio Labs tech stipend?", ["Office desk"], "paraphrase"),
    ("Does an Osio Labs sabbatical carry over if I don't use it?", ["can’t be accrued"], "paraphrase"),
    # Sourcegraph (sourcegraph-*.md)
    ("Does Sourcegraph pay the whole premium for dental insurance?", ["100% of premiums"], "paraphrase"),
    ("Does Sourcegraph provide life cover?", ["basic life insurance"], "paraphrase"),
    ("How long do new Sourcegraph hires have to sign up for health coverage?", ["30 days"], "paraphrase"),
    ("Who runs the Sourcegraph retirement plan?", ["Human Interest"], "paraphrase"),
    ("How far ahead should I tell my manager about time off at Sourcegraph?", ["5 business days"],
     "paraphrase"),
    ("Does Sourcegraph cap the number of vacation days I can take?", ["no set limit"], "paraphrase"),
    ("When do a new Sourcegraph employee's medical benefits begin?", ["date of hire"], "paraphrase"),
    # abstain: details the pages never give, benefits no page states for that organisation
    ("Does Osio Labs match charitable donations?", [], "abstain"),
    ("Does Osio Labs subsidise yoga classes?", [], "abstain"),
    ("Does Osio Labs offer pet insurance?", [], "abstain"),
    ("Does Osio Labs grant stock options?", [], "abstain"),
    ("What is the Osio Labs daily meal allowance when travelling?", [], "abstain"),
    ("Does Osio Labs reimburse commuting costs?", [], "abstain"),
    ("How much does Osio Labs pay toward a spouse's dental premium?", [], "abstain"),
    ("Does Sourcegraph match 401k contributions?", [], "abstain"),
    ("How much does the Sourcegraph life insurance pay out?", [], "abstain"),
    ("Does Sourcegraph pay for a passport renewal?", [], "abstain"),
    ("What is the vision insurance deductible at Sourcegraph?", [], "abstain"),
]

# (question, facts, class) over shared/corpora/handbooks/docs (CivicActions, TTS, GitLab pages)
SHARED_PROBES: list[tuple[str, list[str], str]] = [
    ("How much is the CivicActions technology payment for someone using their own laptop?", ["$1,149"],
     "paraphrase"),
    ("Can contractors get the CivicActions tech stipend?", ["independent contractors"], "paraphrase"),
    ("Can I take a second job while working at CivicActions?", ["outside employment"], "paraphrase"),
    ("Will CivicActions contact my past employers?", ["verify prior employment"], "paraphrase"),
    ("What will CivicActions tell someone who calls to check my work history?", ["employment dates"],
     "paraphrase"),
    ("Does CivicActions pay overtime to exempt staff?", ["exempt employees don't get overtime"], "paraphrase"),
    ("Does GitLab offer a paid sabbatical?", [], "abstain"),
    ("Does CivicActions give sabbatical leave?", [], "abstain"),
    ("Does TTS match contributions to the Thrift Savings Plan?", [], "abstain"),
    ("Does CivicActions pay for a gym membership?", [], "abstain"),
]


def run() -> list[tuple[bool, str, str, str]]:
    """(passed, class, question, answer) per probe (handbooks2, then the shared handbooks when present)."""
    out = qa_round17_probe.run(HANDBOOKS2_PROBES, HANDBOOKS2, "qa_round23_handbooks2")
    from assistant.evaluation.policy import shared_dir

    shared = shared_dir()
    if shared is not None:
        out += qa_round17_probe.run(SHARED_PROBES, shared / "corpora" / "handbooks" / "docs", "qa_round23_shared")
    return out


if __name__ == "__main__":
    sys.exit(qa_round17_probe.main(run))
