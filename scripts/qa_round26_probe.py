"""Outside probe for round 26 (CG): a compound asked thing whose modifier is the point, over pages on a sibling.

Questions written for this probe before any change, over the pages of ``evals/handbooks2/docs`` (the Osio Labs
employee handbook, github:OsioLabs/emphandbook, CC0-1.0; Sourcegraph handbook pages) and
``shared/corpora/handbooks/docs`` (CivicActions, TTS/18F and GitLab public handbook pages; sources in its
``SOURCES.md``); none is taken from a question file or ``evals/``. Each modifier was checked against the pages
(a whole-word search) before the row was written. Classes:

* ``sibling_modifier``: must abstain. The asked thing is a compound (modifier + head) whose modifier is the
  point; the pages carry the head with other modifiers in the same slot ("medical, dental and vision
  insurance" for "pet insurance"; "bereavement leave", "parental leave" for "wedding leave"; "tech stipend" for
  "gym stipend"; "background checks" for a "drug test") and the asked modifier stands nowhere in the answering
  document. It passes when refused.
* ``modifier_present``: answerable look-alike; the asked modifier stands in the answering document, perhaps
  in another form or another sentence ("adoption" in the parental leave section, "long-term disability" in
  "short and long-term disability insurance", "maternity" on the paid parental leave page).
* ``*_shape``: the same classes asked in other question shapes (the thing as subject, object or after a
  preposition: "What does X cover?", "Who is eligible for X?", "Can I take X?"), written before any change.
* ``modifier_generic``: answerable look-alike; the asked modifier is a kind the page covers under a wider or
  other word ("paternity leave" on a page of paid parental leave for every parent, "compassionate leave" for
  bereavement leave, "medical insurance" for health insurance, "home internet" for an internet benefit).

    PYTHONPATH=$PWD .venv/bin/python scripts/qa_round26_probe.py [-v] [--check]

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
    # the modifier is the point; the pages cover only siblings
    ("How much is the Osio Labs pet insurance premium?", [], "sibling_modifier"),
    ("Does Osio Labs offer accident insurance?", [], "sibling_modifier"),
    ("What does Osio Labs travel insurance cover?", [], "sibling_modifier"),
    ("How many days of wedding leave does Osio Labs give?", [], "sibling_modifier"),
    ("How many days of study leave do Osio Labs employees get?", [], "sibling_modifier"),
    ("How much is the Osio Labs gym stipend?", [], "sibling_modifier"),
    ("How many days of blood donation leave does Osio Labs give?", [], "sibling_modifier"),
    ("What is the Osio Labs car allowance?", [], "sibling_modifier"),
    ("How much is the Sourcegraph referral bonus?", [], "sibling_modifier"),
    ("How much is the Sourcegraph commuter benefit?", [], "sibling_modifier"),
    ("What is the Sourcegraph pet insurance premium?", [], "sibling_modifier"),
    ("How much is the Sourcegraph signing bonus?", [], "sibling_modifier"),
    ("How many weeks of paid sabbatical leave does Sourcegraph give?", [], "sibling_modifier"),
    ("How many days of volunteer leave can Sourcegraph teammates take?", [], "sibling_modifier"),
    # the modifier stands in the answering document
    ("How much life insurance cover does Osio Labs provide?", ["$50,000"], "modifier_present"),
    ("Does Osio Labs pay the premium for long-term disability insurance?", ["100%"], "modifier_present"),
    ("Does Osio Labs give parental leave for an adoption?", ["adoption"], "modifier_present"),
    ("Does Sourcegraph cover dental insurance premiums?", ["100% of premiums"], "modifier_present"),
    ("How many weeks of paid maternity leave does Sourcegraph give?", ["16 weeks"], "modifier_present"),
    ("How much is the Sourcegraph wellness benefit?", ["$100"], "modifier_present"),
    ("How much is the Sourcegraph moving benefit?", ["$1,000"], "modifier_present"),
    ("How much is the Sourcegraph desk setup budget?", ["$2,000"], "modifier_present"),
    ("How many weeks of adoption leave does Sourcegraph give?", ["16 weeks"], "modifier_present"),
    # the same classes asked in other question shapes (the thing as subject, object or after a preposition)
    ("What does Osio Labs pet insurance cover?", [], "sibling_modifier_shape"),
    ("Who is eligible for the Sourcegraph referral bonus?", [], "sibling_modifier_shape"),
    ("When is the Sourcegraph referral bonus paid?", [], "sibling_modifier_shape"),
    ("Do Osio Labs new hires have to pass a drug test?", [], "sibling_modifier_shape"),
    ("Can I take wedding leave at Osio Labs?", [], "sibling_modifier_shape"),
    ("How do I apply for study leave at Osio Labs?", [], "sibling_modifier_shape"),
    ("Is the Osio Labs gym stipend taxable?", [], "sibling_modifier_shape"),
    ("Can Osio Labs staff claim a car allowance for client visits?", [], "sibling_modifier_shape"),
    ("Does the Sourcegraph commuter benefit cover parking?", [], "sibling_modifier_shape"),
    ("Who pays for the Osio Labs pet insurance?", [], "sibling_modifier_shape"),
    ("Can I get pet insurance through Sourcegraph?", [], "sibling_modifier_shape"),
    ("Is accident insurance included in the Sourcegraph benefits?", [], "sibling_modifier_shape"),
    ("What does Osio Labs life insurance cover?", ["life insurance"], "modifier_present_shape"),
    ("Who is eligible for Osio Labs health insurance?", ["full-time"], "modifier_present_shape"),
    ("Who pays the premium for Osio Labs disability insurance?", ["100%"], "modifier_present_shape"),
    ("Can I get dental insurance through Sourcegraph?", ["dental"], "modifier_present_shape"),
    ("What does the Sourcegraph moving benefit cover?", ["$1,000"], "modifier_present_shape"),
    ("Who is eligible for Sourcegraph paid parental leave?", ["full-time"], "modifier_present_shape"),
    # the modifier is a kind the page names by a wider or other word
    ("How many weeks of paid paternity leave does Sourcegraph give?", ["16 weeks"], "modifier_generic"),
    ("How many days of compassionate leave does Osio Labs give when a family member dies?", ["3 days"],
     "modifier_generic"),
    ("What is the deductible of the Osio Labs medical insurance?", ["$250"], "modifier_generic"),
    ("How much is the Sourcegraph home internet benefit?", ["$50"], "modifier_generic"),
]

# (question, facts, class) over shared/corpora/handbooks/docs (CivicActions, TTS, GitLab pages)
SHARED_PROBES: list[tuple[str, list[str], str]] = [
    ("Does CivicActions require a drug test before hiring?", [], "sibling_modifier"),
    ("How much is the CivicActions referral bonus?", [], "sibling_modifier"),
    ("What is the CivicActions pet insurance premium?", [], "sibling_modifier"),
    ("How much is the CivicActions gym stipend?", [], "sibling_modifier"),
    ("How many days of wedding leave does CivicActions give?", [], "sibling_modifier"),
    ("How many weeks of paid sabbatical leave does GitLab give?", [], "sibling_modifier"),
    ("How much life insurance cover does CivicActions provide?", [], "sibling_modifier"),
    ("How much is the GitLab commuter benefit?", [], "sibling_modifier"),
    ("How many days of pet bereavement leave does GitLab give?", [], "sibling_modifier"),
    ("How much is the CivicActions childcare stipend?", [], "sibling_modifier"),
    ("How many weeks of paid paternity leave do TTS employees get?", ["12 weeks"], "modifier_generic"),
    ("How much is the CivicActions on-call stipend?", ["$2000"], "modifier_present"),
    ("How much is the CivicActions technology stipend?", ["$749"], "modifier_present"),
    ("How much is the CivicActions professional development budget?", ["$1,200"], "modifier_present"),
    ("How many days of bereavement leave do CivicActions Canadian employees get?", ["14 days"],
     "modifier_present"),
    ("How many hours of blood donation leave can TTS staff take?", ["4 hours"], "modifier_present"),
    ("How many weeks of parental bereavement leave can TTS staff take?", ["two weeks"], "modifier_present"),
    ("How many days of sick leave can TTS staff use for bereavement?", ["13 days"], "modifier_present"),
    ("Does CivicActions check professional references before hiring?", ["references"], "modifier_present"),
    ("Who pays for the CivicActions drug test?", [], "sibling_modifier_shape"),
    ("When is the CivicActions referral bonus paid?", [], "sibling_modifier_shape"),
    ("Who is eligible for the CivicActions gym stipend?", [], "sibling_modifier_shape"),
    ("Can I take wedding leave at CivicActions?", [], "sibling_modifier_shape"),
    ("What does the CivicActions pet insurance cover?", [], "sibling_modifier_shape"),
    ("Is the GitLab commuter benefit taxable?", [], "sibling_modifier_shape"),
    ("Can TTS employees take sabbatical leave?", [], "sibling_modifier_shape"),
    ("How do I request pet bereavement leave at GitLab?", [], "sibling_modifier_shape"),
    ("Who is eligible for the CivicActions on-call stipend?", ["salaried exempt"], "modifier_present_shape"),
    ("When is the CivicActions technology stipend paid?", ["first paycheck"], "modifier_present_shape"),
    ("Can I take bereavement leave at CivicActions?", ["14 days"], "modifier_present_shape"),
    ("How do I request paid parental leave at TTS?", ["HR Links"], "modifier_present_shape"),
    ("Can TTS employees take blood donation leave?", ["4 hours"], "modifier_present_shape"),
]

# Check set written after the change (before it was first run)
CHECK_HANDBOOKS2: list[tuple[str, list[str], str]] = [
    ("How much is the Osio Labs coworking stipend?", [], "sibling_check"),
    ("Who approves Osio Labs marriage leave?", [], "sibling_check"),
    ("Does Sourcegraph pay a holiday bonus?", [], "sibling_check"),
    ("What does Sourcegraph dog insurance cover?", [], "sibling_check"),
    ("When does the Osio Labs hearing insurance start?", [], "sibling_check"),
    ("Who is eligible for Osio Labs life insurance?", ["life insurance"], "lookalike_check"),
    ("Is the Osio Labs tech stipend taxable?", ["taxable"], "lookalike_check"),
    ("Who approves Osio Labs bereavement leave?", ["CEO"], "lookalike_check"),
    ("When can I use the Sourcegraph moving benefit?", ["moving benefit"], "lookalike_check"),
]
CHECK_SHARED: list[tuple[str, list[str], str]] = [
    ("Is the CivicActions bicycle stipend taxable?", [], "sibling_check"),
    ("Who approves CivicActions marriage leave?", [], "sibling_check"),
    ("Does GitLab pay a referral bonus?", [], "sibling_check"),
    ("Who is eligible for CivicActions bereavement leave?", ["bereavement"], "lookalike_check"),
    ("Can TTS employees take parental bereavement leave?", ["parental bereavement"], "lookalike_check"),
]


def run_check() -> list[tuple[bool, str, str, str]]:
    """The check set written after the change (``--check``)."""
    out = qa_round17_probe.run(CHECK_HANDBOOKS2, HANDBOOKS2, "qa_round26_check_handbooks2")
    from assistant.evaluation.policy import shared_dir

    shared = shared_dir()
    if shared is not None:
        out += qa_round17_probe.run(CHECK_SHARED, shared / "corpora" / "handbooks" / "docs", "qa_round26_check_shared")
    return out


def run() -> list[tuple[bool, str, str, str]]:
    """(passed, class, question, answer) per probe (handbooks2, then the shared handbooks when present)."""
    out = qa_round17_probe.run(HANDBOOKS2_PROBES, HANDBOOKS2, "qa_round26_handbooks2")
    from assistant.evaluation.policy import shared_dir

    shared = shared_dir()
    if shared is not None:
        out += qa_round17_probe.run(SHARED_PROBES, shared / "corpora" / "handbooks" / "docs", "qa_round26_shared")
    return out


if __name__ == "__main__":
    sys.exit(qa_round17_probe.main(run_check if "--check" in sys.argv[1:] else run))
