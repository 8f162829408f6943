"""Outside probe for round 26 (CF): answerable questions refused (yes/no FAQ, concept paraphrase, notice).

Questions written for this probe before any change, over the pages of ``evals/handbooks2/docs`` (the Osio Labs
employee handbook, github:OsioLabs/emphandbook, CC0-1.0; Sourcegraph handbook pages, handbook.sourcegraph.com)
and ``shared/corpora/handbooks/docs`` (CivicActions, TTS/18F and GitLab public handbook pages; sources in its
``SOURCES.md``); none is taken from a question file or ``evals/`` questions. Classes:

* ``faq_yesno``: answerable; a yes/no question that the page asks in its own FAQ ("Q. Does Sourcegraph match my
  401k?"), written with words the FAQ question leaves out ("employee 401k contributions", "coverage", "time off");
* ``concept_paraphrase``: answerable; the question names the concept by another phrase ("pension" for the 401k,
  "juror" for court leave, "reservist" for military leave, "public holidays" for "paid holidays");
* ``notice``: answerable; a notice / lead-time question worded apart from the page's sentence ("how early",
  "how many days ahead", "minimum notice period") over "a minimum of 60 days prior to", "at least 3 months
  before", "preferably at least seven days in advance";
* ``abstain``: look-alikes the pages do not answer (a yes/no FAQ's sibling: charitable donations for the 401k
  match, critical illness for disability insurance; notice the company gives; concepts the page lacks); they
  pass when refused.

    PYTHONPATH=$PWD .venv/bin/python scripts/qa_round26b_probe.py [-v] [--check]

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
    # yes/no questions the pages' own FAQ asks, with words the FAQ leaves out
    ("Does Sourcegraph match employee 401k contributions?", ["not at this time"], "faq_yesno"),
    ("Does Sourcegraph offer short term disability insurance coverage?", ["does not offer"], "faq_yesno"),
    ("Do Sourcegraph health insurance benefits cover teammates while traveling abroad?", ["they do not"],
     "faq_yesno"),
    ("Can I extend my Sourcegraph parental leave time off past 16 weeks?", ["unpaid"], "faq_yesno"),
    ("Is there a waiting period before new Sourcegraph hires can take medical leave?",
     ["do not have a waiting period"], "faq_yesno"),
    ("Are annual Impact Reviews mandatory for every Sourcegraph teammate?", ["annual performance reviews"],
     "faq_yesno"),
    ("Can Sourcegraph reviews be submitted outside the Impact Review calendar?", ["must be submitted"],
     "faq_yesno"),
    ("Do I have to be FMLA eligible to take a Sourcegraph medical leave of absence?", ["run concurrently"],
     "faq_yesno"),
    ("Does Sourcegraph medical leave cover mental health conditions?", ["mental and physical health"],
     "faq_yesno"),
    ("If both parents are Sourcegraph employees, can each of them take paid parental leave?",
     ["individually eligible"], "faq_yesno"),
    ("Does Sourcegraph paid parental leave apply to non-birthing parents as well?", ["non-birthing"],
     "faq_yesno"),
    ("Can I take PTO days after four weeks of Sourcegraph medical leave?", ["first 4 weeks"], "faq_yesno"),
    ("Do departing Sourcegraph teammates have to return their work laptop?", ["ship it back"], "faq_yesno"),
    ("Is Impact Review training offered to Sourcegraph managers?", ["enablement content"], "faq_yesno"),
    ("Do international Sourcegraph teammates still submit contractor invoices during parental leave?",
     ["submit invoices"], "faq_yesno"),
    ("Can I switch my Sourcegraph health insurance plan while on medical leave?", ["qualifying life event"],
     "faq_yesno"),
    ("Does the Sourcegraph medical leave policy cover caring for a sick family member?", ["primary caregiver"],
     "faq_yesno"),
    # the concept named by another phrase
    ("Does Sourcegraph match pension contributions?", ["not at this time"], "concept_paraphrase"),
    ("How many public holidays does Osio Labs give each year?", ["11 paid holidays"], "concept_paraphrase"),
    ("Does Osio Labs give time off for National Guard training?", ["uniformed services"], "concept_paraphrase"),
    ("Does Osio Labs give staff a fitness watch?", ["activity tracker"], "concept_paraphrase"),
    ("How much does Osio Labs match on the pension scheme?", ["4% match"], "concept_paraphrase"),
    ("How long can Sourcegraph sick leave for a serious illness last in total?", ["12 weeks"],
     "concept_paraphrase"),
    ("How long is the Osio Labs settling-in period for new employees?", ["90"], "concept_paraphrase"),
    # notice / lead time, worded apart from the page
    ("How early must I tell the Osio Labs CEO that I plan to take adoption leave?", ["60 days"], "notice"),
    ("What is the minimum notice for requesting an Osio Labs sabbatical?", ["3 months"], "notice"),
    ("How many days ahead should I tell my Sourcegraph manager before taking a vacation?", ["5 business days"],
     "notice"),
    ("How long before the expected leave start should I talk to my Sourcegraph manager about parental leave?",
     ["1 month"], "notice"),
    ("What is the minimum notice period when resigning from Osio Labs?", ["2 weeks"], "notice"),
    ("How long before the payroll date must I report a change of address to Sourcegraph?",
     ["seven calendar days"], "notice"),
    # look-alikes the pages do not answer (pass when refused)
    ("Does Sourcegraph match charitable donations?", [], "abstain"),
    ("Does Sourcegraph offer critical illness insurance?", [], "abstain"),
    ("Does Sourcegraph pay for gym memberships while traveling abroad?", [], "abstain"),
    ("Can I extend my Sourcegraph sabbatical past 16 weeks?", [], "abstain"),
    ("Is there a waiting period before Sourcegraph severance pay starts?", [], "abstain"),
    ("Does Osio Labs give time off for volunteer firefighting?", [], "abstain"),
    ("How many floating holidays does Osio Labs give each year?", [], "abstain"),
    ("How much notice does Osio Labs give employees before a layoff?", [], "abstain"),
    ("How much notice must Sourcegraph give before ending a contractor agreement?", [], "abstain"),
    ("Does Osio Labs give paid time off for blood donation?", [], "abstain"),
    ("Does Sourcegraph dental cover orthodontics for adults?", [], "abstain"),
    ("Does Osio Labs match employee charity donations?", [], "abstain"),
]

# (question, facts, class) over shared/corpora/handbooks/docs (CivicActions, TTS, GitLab pages)
SHARED_PROBES: list[tuple[str, list[str], str]] = [
    ("Does TTS give me paid leave when I am summoned as a juror?", ["court leave"], "concept_paraphrase"),
    ("How many days of reservist leave do TTS employees get each year?", ["15"], "concept_paraphrase"),
    ("Which statutory holidays is CivicActions Canada closed on?", ["family day"], "concept_paraphrase"),
    ("How long is the CivicActions onboarding probation for new team members?", ["90-day"],
     "concept_paraphrase"),
    ("How much warning should Canadian CivicActions employees give before planned sick leave?", ["seven days"],
     "notice"),
    ("How much notice should I give CivicActions before I quit?", ["2 weeks"], "notice"),
    ("How long before my last day should I start leaving TTS?", ["two weeks"], "notice"),
    ("How many days ahead must I tell my GitLab manager about a week of PTO?", ["twice as many days"], "notice"),
    ("How much notice does CivicActions give before closing the office for a holiday?", [], "abstain"),
    ("Does TTS give paid leave for volunteer firefighting?", [], "abstain"),
    ("How much notice must GitLab give before changing the PTO policy?", [], "abstain"),
]

# Check set written after the change (before it was first run)
CHECK_HANDBOOKS2: list[tuple[str, list[str], str]] = [
    ("Is there a company policy we need to review for the Sourcegraph harassment training?", ["policy in place"],
     "faq_yesno_check"),
    ("Are there different Sourcegraph harassment prevention trainings depending on the employee's location?",
     ["california"], "faq_yesno_check"),
    ("Can I complete the Sourcegraph harassment training course more quickly than the allotted time?",
     ["minimum amount of time"], "faq_yesno_check"),
    ("Do I need to qualify for FMLA protection to have Sourcegraph parental leave?", ["do not need to qualify"],
     "faq_yesno_check"),
    ("Can I change my Sourcegraph health insurance plans at the time of my child's birth?", ["30 days"],
     "faq_yesno_check"),
    ("Can I extend my Sourcegraph LOA time off past 4 weeks?", ["12-weeks"], "faq_yesno_check"),
    ("Does Sourcegraph match my 401k contributions with a bonus?", [], "abstain_check"),
    ("Is there a policy we need to review for the Sourcegraph expense reports?", [], "abstain_check"),
    ("Are there different Sourcegraph health insurance premiums depending on location?", [], "abstain_check"),
    ("Can I complete my Sourcegraph Impact Review self-assessment more quickly than the allotted time?", [],
     "abstain_check"),
]
CHECK_SHARED: list[tuple[str, list[str], str]] = []


def _shared_docs() -> Path | None:
    from assistant.evaluation.policy import shared_dir

    shared = shared_dir()
    return None if shared is None else shared / "corpora" / "handbooks" / "docs"


def run_check() -> list[tuple[bool, str, str, str]]:
    """The check set written after the change (``--check``)."""
    out = qa_round17_probe.run(CHECK_HANDBOOKS2, HANDBOOKS2, "qa_round26b_check_handbooks2")
    shared = _shared_docs()
    if shared is not None and CHECK_SHARED:
        out += qa_round17_probe.run(CHECK_SHARED, shared, "qa_round26b_check_shared")
    return out


def run() -> list[tuple[bool, str, str, str]]:
    """(passed, class, question, answer) per probe (handbooks2, then the shared handbooks when present)."""
    out = qa_round17_probe.run(HANDBOOKS2_PROBES, HANDBOOKS2, "qa_round26b_handbooks2")
    shared = _shared_docs()
    if shared is not None:
        out += qa_round17_probe.run(SHARED_PROBES, shared, "qa_round26b_shared")
    return out


if __name__ == "__main__":
    sys.exit(qa_round17_probe.main(run_check if "--check" in sys.argv[1:] else run))
