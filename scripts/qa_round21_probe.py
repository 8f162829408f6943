"""Outside probe for round 21 (AI): questions worded differently from the sentence that answers them.

A person asks in their own words ("salary", "relocation allowance", "probation", "quit", "roll over") where the
policy writes another ("pay", "moving benefit", "introductory period", "resign", "carry over"). The questions were
written for this probe before any change, from the pages of ``evals/handbooks2/docs`` (github:basecamp/handbook,
github:sourcegraph/handbook) and ``shared/corpora/handbooks/docs`` (18F/TTS, GitLab and CivicActions public
handbooks; sources in its ``SOURCES.md``); none is taken from a question file or ``evals/``. Each answerable
question's fact is a phrase of the answering line of the page. Classes:

* ``paraphrase``: answerable; the answer must hold every fact;
* ``abstain``: the pages do not answer it (often a near miss worded with a word the pages use in another
  sense or for another thing); it passes when refused.

    PYTHONPATH=$PWD .venv/bin/python scripts/qa_round21_probe.py [-v]

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
    ("What share of the medical insurance premium does 37signals cover?", ["75%"], "paraphrase"),
    ("How long does each 37signals company get-together last?", ["1 week long"], "paraphrase"),
    ("How often does the whole of 37signals get together face to face?", ["twice a year"], "paraphrase"),
    ("How much can I claim for my telephone bill at Sourcegraph?", ["$75"], "paraphrase"),
    ("When I relocate, how quickly do I have to give Sourcegraph my new address?",
     ["within seven calendar days"], "paraphrase"),
    ("How big is Sourcegraph's yearly relocation allowance?", ["$1,000"], "paraphrase"),
    ("What portion of my wage does Sourcegraph keep paying while I'm on parental leave?", ["100%"], "paraphrase"),
    ("Is there a minimum length of service before I qualify for parental leave at Sourcegraph?",
     ["no minimum tenure"], "paraphrase"),
    ("For how many weeks is a Sourcegraph teammate paid while off sick on medical leave?", ["4 weeks"],
     "paraphrase"),
    ("What is the most medical leave a Sourcegraph employee can take in a year?", ["12 weeks"], "paraphrase"),
    ("Which impact review scores rule out a pay rise at Sourcegraph?", ["4 or 5"], "paraphrase"),
    ("How long must I have been employed in a review period to take part in a Sourcegraph review cycle?",
     ["4-months"], "paraphrase"),
    ("Who do I inform first when I quit Sourcegraph?", ["manager"], "paraphrase"),
    ("At 37signals, how many hours may I give to sitting on another firm's board?",
     ["under a few hours a month"], "paraphrase"),
    ("How long is the break between two 37signals work cycles?", ["two weeks"], "paraphrase"),
    ("What computer does a new 37signals hire get?", ["new Mac"], "paraphrase"),
    ("Can I store my private files on my 37signals work computer?", ["personal data"], "paraphrase"),
    ("When is the yearly benefits sign-up window at 37signals?", ["November"], "paraphrase"),
    ("What part of the health cover premiums does Sourcegraph pay for staff and their families?", ["100%"],
     "paraphrase"),
    ("How soon after my first day must I sign up for health insurance at Sourcegraph?", ["30 days"], "paraphrase"),
    ("Is a couple of hours a week on my own small company acceptable at 37signals?", ["few hours a week"],
     "paraphrase"),
    ("How long can Colorado's state paid family leave last for bonding with a newborn if I work for 37signals?",
     ["16 weeks"], "paraphrase"),
    ("What is the mileage rate Sourcegraph reimburses per mile driven?", [], "abstain"),
    ("Does Sourcegraph pay a referral bonus for recommending a candidate?", [], "abstain"),
    ("Does 37signals subsidise childcare or daycare?", [], "abstain"),
    ("Can I bring my dog to a 37signals meet-up?", [], "abstain"),
    ("Does Sourcegraph give a salary advance in a financial emergency?", [], "abstain"),
    ("Is there a company pension scheme at Sourcegraph?", [], "abstain"),
    ("How much does 37signals pay toward buying a home?", [], "abstain"),
    ("What is the dress code for Sourcegraph customer meetings?", [], "abstain"),
    ("How large a stock option grant does a Senior get at 37signals?", [], "abstain"),
    ("Does 37signals offer a company car to managers?", [], "abstain"),
]

# (question, facts, class) over shared/corpora/handbooks/docs
SHARED_PROBES: list[tuple[str, list[str], str]] = [
    ("At TTS, how many hours of annual leave can I roll over into the next year?", ["240"], "paraphrase"),
    ("How much work time can I spend on the Employee Assistance Program at TTS?", ["4 hours"], "paraphrase"),
    ("How far ahead must I warn CivicActions that I'm quitting?", ["2 weeks"], "paraphrase"),
    ("What is CivicActions' yearly training budget per person?", ["$1,200"], "paraphrase"),
    ("What do new CivicActions staff get once their probation ends?", ["professional development fund"],
     "paraphrase"),
    ("How long is the trial period for new hires at CivicActions?", ["90-day"], "paraphrase"),
    ("How many hours a week must a CivicActions part-timer work to get full benefits?", ["30 hours"],
     "paraphrase"),
    ("What is the CivicActions tech allowance for someone who uses their own laptop?", ["$1,149"], "paraphrase"),
    ("At GitLab, how far ahead should I tell my manager about a planned vacation?",
     ["twice as many days in advance"], "paraphrase"),
    ("At GitLab, what happens if I disappear from work for three days without telling anyone?",
     ["Job Abandonment"], "paraphrase"),
    ("How much vacation does GitLab recommend taking over a year?", ["25 days"], "paraphrase"),
    ("Does GitLab reimburse a standing desk?", [], "abstain"),
    ("How much tuition does GitLab pay back for a university degree?", [], "abstain"),
    ("Does CivicActions reimburse gym memberships?", [], "abstain"),
    ("Does TTS pay a bonus for learning a foreign language?", [], "abstain"),
    ("What is the hourly wage for interns at TTS?", [], "abstain"),
]


def run() -> list[tuple[bool, str, str, str]]:
    """(passed, class, question, answer) per probe (handbooks2, then the shared handbooks when present)."""
    out = qa_round17_probe.run(HANDBOOKS2_PROBES, HANDBOOKS2, "qa_round21_handbooks2")
    from assistant.evaluation.policy import shared_dir

    shared = shared_dir()
    if shared is not None:
        out += qa_round17_probe.run(SHARED_PROBES, shared / "corpora" / "handbooks" / "docs", "qa_round21_shared")
    return out


if __name__ == "__main__":
    sys.exit(qa_round17_probe.main(run))
