"""Outside probe for round 24 (BL): the asked thing's head noun named by a synonym of the page's head.

Questions written for this probe before any change, from the pages of ``evals/handbooks2/docs`` (the Osio Labs
employee handbook, github:OsioLabs/emphandbook, CC0-1.0; Sourcegraph handbook pages) and
``shared/corpora/handbooks/docs`` (CivicActions, TTS/18F and GitLab public handbook pages; sources in its
``SOURCES.md``); none is taken from a question file or ``evals/``. Each answerable question names its thing with
a head noun the answering page does not use but that means the same thing ("jury service" for the page's "jury
duty", "tech budget" for "tech stipend", "parental time off" for "parental leave", "vacation" for "paid time
off", "on-call allowance" for "on-call stipend"); its fact is a phrase of the answering line.

* ``head_synonym``: answerable; the answer must hold every fact;
* ``head_swap``: the question keeps a modifier of a page's thing but swaps its head for one that names another
  thing ("retirement age" where the page has a retirement plan, "holiday bonus" where it lists holidays,
  "tech support" where it has a tech stipend); the pages do not give it; it passes when refused.

    PYTHONPATH=$PWD .venv/bin/python scripts/qa_round24_probe.py [-v] [--check]

``--check`` runs the check set written after the change instead (classes ``head_synonym_check`` and
``head_swap_check``).

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
    ("How many days of jury service does Osio Labs pay for?", ["first 3 days"], "head_synonym"),
    ("How much paid vacation leave do full-time Osio Labs employees get?", ["5 weeks"], "head_synonym"),
    ("How long is Osio Labs' paid parental absence?", ["Six weeks"], "head_synonym"),
    ("What is the monthly Osio Labs tech budget for full-time staff?", ["$200"], "head_synonym"),
    ("How much is the yearly Osio Labs education allowance for a full-time employee?", ["$1000"],
     "head_synonym"),
    ("What is the annual Osio Labs coaching allowance?", ["$2400"], "head_synonym"),
    ("What is the maximum life insurance benefit at Osio Labs?", ["$50,000"], "head_synonym"),
    ("How long is the Osio Labs sabbatical break?", ["5 weeks"], "head_synonym"),
    ("How many days of bereavement time off does Osio Labs give?", ["3 days"], "head_synonym"),
    ("What is the Osio Labs seat upgrade allowance on international flights?", ["$150"], "head_synonym"),
    ("What are Osio Labs pay rises based on?", ["annual performance reviews"], "head_synonym"),
    ("What is the yearly Osio Labs reimbursement cap for college tuition?", ["$1,500"], "head_synonym"),
    ("How much of the disability cover premium does Osio Labs pay?", ["100% of the premium"],
     "head_synonym"),
    ("What is the Osio Labs time allowance for the funeral of a close friend?", ["1 day off with pay"],
     "head_synonym"),
    ("How many weeks of unpaid parental time off does Osio Labs give on top of the paid weeks?",
     ["Six weeks additional time off, unpaid"], "head_synonym"),
    ("What is the monthly Osio Labs tech budget for part-time staff?", ["$100 each month"], "head_synonym"),
    # Sourcegraph (sourcegraph-*.md)
    ("What is the minimum vacation Sourcegraph encourages teammates to take each year?", ["30 days"],
     "head_synonym"),
    ("How many weeks of paid parental time off does Sourcegraph give?", ["16 weeks"], "head_synonym"),
    ("How many weeks of paid medical absence does Sourcegraph provide?", ["4 weeks"], "head_synonym"),
    ("What is the monthly Sourcegraph phone allowance for teammates outside the US?", ["$75"],
     "head_synonym"),
    ("How much is the Sourcegraph wellness allowance?", ["$100"], "head_synonym"),
    ("How much notice should I give my Sourcegraph manager before a vacation?", ["5 business days"],
     "head_synonym"),
    ("How far ahead should Sourcegraph teammates start talking about parental time off?", ["1 month"],
     "head_synonym"),
    ("How long do new Sourcegraph hires have to enrol in insurance cover?", ["30 days"], "head_synonym"),
    ("How much vacation in a 30 day period needs extra approval at Sourcegraph?", ["10 business days"],
     "head_synonym"),
    # head swaps: the pages do not give them
    ("What is the Osio Labs retirement age?", [], "head_swap"),
    ("How much is the Osio Labs travel insurance?", [], "head_swap"),
    ("What is the Osio Labs education loan limit?", [], "head_swap"),
    ("How much is the Osio Labs holiday bonus?", [], "head_swap"),
    ("What is the Osio Labs tech support phone number?", [], "head_swap"),
    ("What is the Osio Labs vacation rental stipend?", [], "head_swap"),
    ("Who is the Osio Labs travel agent?", [], "head_swap"),
    ("How much does Osio Labs pay toward disability parking?", [], "head_swap"),
    ("What is the Osio Labs bereavement counselling allowance?", [], "head_swap"),
    ("What is the Osio Labs salary band for engineers?", [], "head_swap"),
    ("What discount does Sourcegraph give on vacation rentals?", [], "head_swap"),
    ("What is the address of the Sourcegraph dental clinic?", [], "head_swap"),
    ("How much is the Sourcegraph life coaching budget?", [], "head_swap"),
]

# (question, facts, class) over shared/corpora/handbooks/docs (CivicActions, TTS, GitLab pages)
SHARED_PROBES: list[tuple[str, list[str], str]] = [
    ("How much is the CivicActions on-call allowance?", ["$2000 per fiscal quarter"], "head_synonym"),
    ("What is the CivicActions annual prodev allowance?", ["$1,200"], "head_synonym"),
    ("How many hours of annual vacation can TTS employees carry over?", ["240"], "head_synonym"),
    ("How much vacation time does a TTS employee with 5 years of service earn per pay period?",
     ["6 hours per pay period"], "head_synonym"),
    ("How far ahead should GitLab team members tell their manager about a vacation?", ["twice as many days"],
     "head_synonym"),
    ("How many days of vacation a year does GitLab recommend at minimum?", ["25 days"], "head_synonym"),
    ("What is the CivicActions tech support hotline?", [], "head_swap"),
    ("How much is the GitLab holiday party budget?", [], "head_swap"),
    ("What is the CivicActions on-call phone allowance?", [], "head_swap"),
]


# Check set written after the change (before it was first run), over evals/handbooks2/docs and the shared pages
CHECK_HANDBOOKS2: list[tuple[str, list[str], str]] = [
    ("How long is the Osio Labs sabbatical absence?", ["5 weeks"], "head_synonym_check"),
    ("How many weeks of paid parental absence does Sourcegraph offer?", ["16 weeks"], "head_synonym_check"),
    ("How many weeks of medical absence can a Sourcegraph teammate take in total?", ["12 weeks"],
     "head_synonym_check"),
    ("How many days of bereavement absence does Osio Labs give?", ["3 days"], "head_synonym_check"),
    ("How many days of jury selection does Osio Labs pay for?", [], "head_swap_check"),
    ("How long is the Osio Labs sabbatical waiting list?", [], "head_swap_check"),
    ("How much is the Sourcegraph parental bonus?", [], "head_swap_check"),
    ("How many days of bereavement counselling does Osio Labs give?", [], "head_swap_check"),
]
CHECK_SHARED: list[tuple[str, list[str], str]] = [
    ("How many hours of annual holiday can TTS employees carry over?", ["240"], "head_synonym_check"),
]


def run_check() -> list[tuple[bool, str, str, str]]:
    """The check set written after the change (``--check``)."""
    out = qa_round17_probe.run(CHECK_HANDBOOKS2, HANDBOOKS2, "qa_round24_check_handbooks2")
    from assistant.evaluation.policy import shared_dir

    shared = shared_dir()
    if shared is not None:
        out += qa_round17_probe.run(CHECK_SHARED, shared / "corpora" / "handbooks" / "docs", "qa_round24_check_shared")
    return out


def run() -> list[tuple[bool, str, str, str]]:
    """(passed, class, question, answer) per probe (handbooks2, then the shared handbooks when present)."""
    out = qa_round17_probe.run(HANDBOOKS2_PROBES, HANDBOOKS2, "qa_round24_handbooks2")
    from assistant.evaluation.policy import shared_dir

    shared = shared_dir()
    if shared is not None:
        out += qa_round17_probe.run(SHARED_PROBES, shared / "corpora" / "handbooks" / "docs", "qa_round24_shared")
    return out


if __name__ == "__main__":
    sys.exit(qa_round17_probe.main(run_check if "--check" in sys.argv[1:] else run))
