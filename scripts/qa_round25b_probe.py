"""Outside probe for round 25 (BQ): answerable questions refused for extra generic words or another phrase.

Questions written for this probe before any change, from the pages of ``evals/handbooks2/docs`` (the Osio Labs
employee handbook, github:OsioLabs/emphandbook, CC0-1.0; Sourcegraph handbook pages) and
``shared/corpora/handbooks/docs`` (CivicActions, TTS/18F and GitLab public handbook pages; sources in its
``SOURCES.md``); none is taken from a question file or ``evals/``. Classes:

* ``generic_extra``: answerable; the question adds a generic head or modifier the page leaves implicit
  ("paid bank holidays" for the page's "paid holidays", "sick leave entitlement" for "sick leave", "payment",
  "amount", "window", "benefit");
* ``concept_paraphrase``: answerable; the question names the concept by another phrase ("probation period" for
  an "introductory period", "reserve duty" for "military service", "when a relative dies" for bereavement leave);
* ``notice``: answerable; a lead-time question ("how far ahead must I tell ...") over a page that states the
  notice as "at least 3 months before", "a minimum of 5 business days before", "2 weeks written notice";
* ``generic_point``: the generic word IS the point ("charitable contributions" where the page matches only
  retirement contributions, "military leave pay rate" where the page states no pay); the pages do not give it;
  it passes when refused.

    PYTHONPATH=$PWD .venv/bin/python scripts/qa_round25b_probe.py [-v] [--check]

``--check`` runs the check set written after the change instead.

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
    # generic head or modifier the page leaves implicit
    ("How many paid bank holidays does Osio Labs give each year?", ["11 paid holidays"], "generic_extra"),
    ("How many days of sick leave entitlement do Osio Labs employees have per year?", ["10 days"],
     "generic_extra"),
    ("How many days of bereavement leave entitlement does Osio Labs give for a death in the immediate family?",
     ["3 days"], "generic_extra"),
    ("What is the Osio Labs parental leave eligibility period?", ["six months"], "generic_extra"),
    ("How long is the Osio Labs paid sabbatical leave benefit?", ["5 weeks"], "generic_extra"),
    ("How much is the monthly Osio Labs tech stipend payment for full-time employees?", ["$200"],
     "generic_extra"),
    ("How long does Osio Labs benefits coverage continue during an unpaid leave of absence?", ["6 weeks"],
     "generic_extra"),
    ("Does Osio Labs match employee retirement plan contributions?", ["4% match"], "generic_extra"),
    ("What is the Osio Labs personal coaching budget allowance per year?", ["$2400"], "generic_extra"),
    ("How many days of jury duty salary does Osio Labs pay?", ["first 3 days"], "generic_extra"),
    ("How long is the Sourcegraph new hire insurance enrollment window?", ["30 days"], "generic_extra"),
    ("How many weeks of Sourcegraph paid parental leave benefit can a new parent take?", ["16 weeks"],
     "generic_extra"),
    ("Does Sourcegraph cover the full health insurance premium payments for employees?", ["100% of premiums"],
     "generic_extra"),
    ("How many weeks of paid medical leave coverage does Sourcegraph provide?", ["4 weeks"], "generic_extra"),
    # the concept named by another phrase
    ("How long is the probation period for new hires at Osio Labs?", ["90 days"], "concept_paraphrase"),
    ("Does Osio Labs give time off for reserve duty?", ["uniformed services"], "concept_paraphrase"),
    ("How many days off does Osio Labs give when a close relative dies?", ["3 days"], "concept_paraphrase"),
    ("Can Osio Labs staff work a compressed four-day week?", ["10 hours per day"], "concept_paraphrase"),
    ("How often are Osio Labs employees in the US paid?", ["semi-monthly"], "concept_paraphrase"),
    ("Can I use Osio Labs sick time if I am a victim of domestic violence?", ["domestic violence"],
     "concept_paraphrase"),
    ("What happens to my unspent PEX balance when I leave Osio Labs?", ["final paycheck"], "concept_paraphrase"),
    ("What are Osio Labs pay rises based on?", ["annual performance reviews"], "concept_paraphrase"),
    ("How much sick pay does Sourcegraph give for a long illness?", ["4 weeks"], "concept_paraphrase"),
    ("Does Sourcegraph pay for my spouse's health cover?", ["100% of premiums"], "concept_paraphrase"),
    # notice / lead time
    ("How far ahead must I ask Osio Labs for my sabbatical dates?", ["3 months"], "notice"),
    ("How far in advance do I need to tell the Osio Labs CEO about parental leave?", ["60 days"], "notice"),
    ("How far ahead should I book PTO at Sourcegraph?", ["5 business days"], "notice"),
    ("How much warning should I give my Sourcegraph manager before parental leave?", ["1 month"], "notice"),
    ("How much notice should I give Osio Labs when I quit?", ["2 weeks"], "notice"),
    # the generic word is the point: the pages do not give it
    ("Does Osio Labs match charitable contributions?", [], "generic_point"),
    ("What is the Osio Labs military leave pay rate?", [], "generic_point"),
    ("What documentation does Osio Labs require for bereavement leave?", [], "generic_point"),
    ("What is the Osio Labs holiday pay rate for working on a public holiday?", [], "generic_point"),
    ("What is the appeals process for a refused Osio Labs sabbatical?", [], "generic_point"),
    ("What is the Osio Labs retirement plan administration fee?", [], "generic_point"),
    ("What is the waiting period for Osio Labs life insurance?", [], "generic_point"),
    ("How much does Osio Labs pay toward jury duty travel costs?", [], "generic_point"),
    ("What is the Sourcegraph medical leave appeals process?", [], "generic_point"),
    ("How much is the Sourcegraph parental leave bonus payment?", [], "generic_point"),
    ("What is the tax treatment of Sourcegraph parental leave pay?", [], "generic_point"),
    ("How much notice must Sourcegraph give before changing health plans?", [], "generic_point"),
]

# (question, facts, class) over shared/corpora/handbooks/docs (CivicActions, TTS, GitLab pages)
SHARED_PROBES: list[tuple[str, list[str], str]] = [
    ("How long is the CivicActions introductory period duration?", ["90-day"], "generic_extra"),
    ("How often is the CivicActions on-call stipend payment made?", ["quarterly"], "generic_extra"),
    ("How long is the trial period for new CivicActions staff?", ["90-day"], "concept_paraphrase"),
    ("How far ahead do I need to tell CivicActions that I am resigning?", ["2 weeks"], "notice"),
    ("How much warning should GitLab team members give their manager before time off?", ["twice as many days"],
     "notice"),
    ("What is the CivicActions on-call stipend tax treatment?", [], "generic_point"),
    ("What is the CivicActions introductory period extension process?", [], "generic_point"),
    ("What is the GitLab PTO carryover limit?", [], "generic_point"),
]

# Check set written after the change (before it was first run), over evals/handbooks2/docs and the shared pages
CHECK_HANDBOOKS2: list[tuple[str, list[str], str]] = [
    ("How many hours of full-time sick leave entitlement does Osio Labs give per year?", ["80 hours"],
     "generic_extra_check"),
    ("How long is the Osio Labs unpaid leave eligibility period?", ["90 days"], "generic_extra_check"),
    ("What is the Osio Labs sabbatical eligibility period?", ["7 years"], "generic_extra_check"),
    ("How much warning should I give the Osio Labs CEO before a sabbatical?", ["3 months"], "notice_check"),
    ("How far ahead must Osio Labs staff notify the CEO before parental leave?", ["60 days"], "notice_check"),
    ("What is the Osio Labs jury duty eligibility period?", [], "generic_point_check"),
    ("What is the Osio Labs military leave waiting period?", [], "generic_point_check"),
    ("How long is the Osio Labs tech stipend eligibility period?", [], "generic_point_check"),
    ("How far in advance does Osio Labs publish the holiday calendar?", [], "generic_point_check"),
    ("How much warning does Sourcegraph give before open enrollment?", [], "generic_point_check"),
]
CHECK_SHARED: list[tuple[str, list[str], str]] = [
    ("How far in advance should I tell my GitLab manager about planned time off?", ["twice as many days"],
     "notice_check"),
]


def run_check() -> list[tuple[bool, str, str, str]]:
    """The check set written after the change (``--check``)."""
    out = qa_round17_probe.run(CHECK_HANDBOOKS2, HANDBOOKS2, "qa_round25b_check_handbooks2")
    from assistant.evaluation.policy import shared_dir

    shared = shared_dir()
    if shared is not None:
        out += qa_round17_probe.run(CHECK_SHARED, shared / "corpora" / "handbooks" / "docs", "qa_round25b_check_shared")
    return out


def run() -> list[tuple[bool, str, str, str]]:
    """(passed, class, question, answer) per probe (handbooks2, then the shared handbooks when present)."""
    out = qa_round17_probe.run(HANDBOOKS2_PROBES, HANDBOOKS2, "qa_round25b_handbooks2")
    from assistant.evaluation.policy import shared_dir

    shared = shared_dir()
    if shared is not None:
        out += qa_round17_probe.run(SHARED_PROBES, shared / "corpora" / "handbooks" / "docs", "qa_round25b_shared")
    return out


if __name__ == "__main__":
    sys.exit(qa_round17_probe.main(run_check if "--check" in sys.argv[1:] else run))
