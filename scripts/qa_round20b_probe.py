"""Outside probe for the Q&A's sufficiency check (round 20, W): a passage on the question's topic is not an
answer unless it carries what is asked about (the question's *focus*: the thing whose value, rule or
existence the question wants).

Questions written for this probe (none copied from any question file) over two sets of public handbook
pages already kept beside the project: ``evals/handbooks2/docs`` (37signals: github.com/basecamp/handbook
c953606; Sourcegraph: github.com/sourcegraph/handbook 5752928) and ``shared/corpora/handbooks/docs`` (18F/TTS,
CivicActions, GitLab pages; see shared/corpora/README.md). Every must-abstain question was checked with
``grep -i`` of its key terms against the pages of its organisation: the asked detail is not there, although
a page shares a word or a stem with the question (pet / pet insurance, phone / phone plan, parental / parent,
leave, notice, budget).

Classes: ``abstain`` (must be refused: topic words shared, the asked thing absent) and ``answer`` (answerable
look-alikes over the same pages: the asked thing is on the page; each passes when its answer holds every fact); ``answer_form``,
second pass: answerable questions whose asked phrase holds no thing word of its own -- a generic amount or support
noun, an adverb or adjective in -ly, a participle after the noun, a value of change as the compound's head).

    PYTHONPATH=$PWD .venv/bin/python scripts/qa_round20b_probe.py [-v]

The documents are indexed into a temporary folder; the user's index is never touched. The 37signals pages
left ``evals/handbooks2/docs`` in round 21 (they carry no licence grant): the probes that name 37signals are
skipped, with a note, when none of its pages is there, so the figures of round 20 hold only on the round-20 tree.
"""

from __future__ import annotations

import sys
from pathlib import Path

import qa_round17_probe  # the shared probe runner (scripts/ is on the path when a script runs)

ROOT = Path(__file__).resolve().parent.parent
HB2 = ROOT / "evals" / "handbooks2" / "docs"


def _shared() -> Path:
    from assistant.evaluation.policy import HANDBOOKS_DIR

    return HANDBOOKS_DIR / "docs"


# (question, facts, class, corpus) -- corpus "hb2" (evals/handbooks2/docs) or "hb" (shared handbooks)
PROBES: list[tuple[str, list[str], str, str]] = [
    # must abstain: a page shares a topic word, the asked thing is absent
    ("Does 37signals reimburse tuition for a master's degree?", [], "abstain", "hb2"),
    ("Does 37signals help pay for childcare?", [], "abstain", "hb2"),
    ("Can I bring my pet to work at 37signals?", [], "abstain", "hb2"),
    ("Does 37signals pay my mobile phone bill?", [], "abstain", "hb2"),
    ("Does 37signals match employee donations to charity?", [], "abstain", "hb2"),
    ("Does 37signals offer a commuter benefit for public transit?", [], "abstain", "hb2"),
    ("Is there a dress code for 37signals meet-ups?", [], "abstain", "hb2"),
    ("How many days of paid volunteer leave does Sourcegraph give?", [], "abstain", "hb2"),
    ("What is the nightly hotel limit for Sourcegraph business travel?", [], "abstain", "hb2"),
    ("How much does Sourcegraph reimburse for prescription eyeglasses?", [], "abstain", "hb2"),
    ("How many weeks of severance does Sourcegraph pay after a layoff?", [], "abstain", "hb2"),
    ("Does Sourcegraph give a bonus for referring a new hire?", [], "abstain", "hb2"),
    ("How much does 37signals pay toward a company car?", [], "abstain", "hb2"),
    ("What is the retirement age at Sourcegraph?", [], "abstain", "hb2"),
    ("What's the referral bonus for recommending a friend to CivicActions?", [], "abstain", "hb"),
    ("What is CivicActions' mileage rate per mile driven?", [], "abstain", "hb"),
    ("Does GitLab pay for team members' home internet?", [], "abstain", "hb"),
    ("How much tuition reimbursement do TTS employees get for a degree?", [], "abstain", "hb"),
    ("Can 18F employees bring their dogs to the office?", [], "abstain", "hb"),
    ("How many sick days can GitLab team members donate to a colleague?", [], "abstain", "hb"),
    ("Does CivicActions pay for a gym membership?", [], "abstain", "hb"),
    ("What is the dress code at 18F?", [], "abstain", "hb"),
    ("How much is the CivicActions childcare subsidy?", [], "abstain", "hb"),
    ("Does GitLab give a bonus for referring a candidate?", [], "abstain", "hb"),
    # answerable: the asked thing is on a page
    ("How many days of bereavement leave does 37signals give for an immediate family member?", ["ten days"],
     "answer", "hb2"),
    ("How much of the medical insurance premium does 37signals pay?", ["75%"], "answer", "hb2"),
    ("What discount do 37signals staff get on pet insurance?", ["10% discount"], "answer", "hb2"),
    ("What share of its annual profits does 37signals share with employees?", ["10%"], "answer", "hb2"),
    ("How many vacation and personal days does 37signals offer each year?", ["20 days"], "answer", "hb2"),
    ("When does new dental coverage begin at 37signals?", ["December 1"], "answer", "hb2"),
    ("How long can the 37signals short-term disability policy replace my salary?", ["12 weeks"], "answer", "hb2"),
    ("How much paid time off does Sourcegraph encourage teammates to take each year?", ["30 days"], "answer",
     "hb2"),
    ("How far ahead should I tell my manager about PTO at Sourcegraph?", ["5 business days"], "answer", "hb2"),
    ("How soon after my resignation email does Sourcegraph start offboarding?", ["24 hours"], "answer", "hb2"),
    ("How long do new Sourcegraph hires in the US have to enroll in insurance?", ["30 days"], "answer", "hb2"),
    ("How much does Sourcegraph pay each month toward my cell phone plan?", ["$75/month"], "answer", "hb2"),
    ("What monthly wellness amount does Sourcegraph add to my pay?", ["$100/month"], "answer", "hb2"),
    ("Until what age are children covered by Sourcegraph health benefits?", ["26"], "answer", "hb2"),
    ("How many annual leave hours can TTS staff carry over into the next leave year?", ["240"], "answer", "hb"),
    ("What is the most award leave a TTS employee can receive in one fiscal year?", ["80 hours"], "answer", "hb"),
    ("How large is the CivicActions professional development budget?", ["$1,200"], "answer", "hb"),
    ("How long must a new CivicActions hire wait before using the prodev budget?", ["90 days"], "answer", "hb"),
    ("How quickly should CivicActions expense reports be submitted after a trip?", ["five (5) business days"],
     "answer", "hb"),
    ("At GitLab, how long can I be away without notification before it may count as job abandonment?",
     ["72 hours"], "answer", "hb"),
    ("How often do Sourcegraph teammates get a wellness payment?", ["$100/month"], "answer", "hb2"),
    ("How much is the Sourcegraph internet allowance?", ["$50/month"], "answer", "hb2"),
    # answerable, second pass (AC): the asked phrase holds no thing word of its own -- a generic amount or
    # support noun ("money", "help"), an adverb or adjective in -ly ("fully", "monthly"), a participle after
    # the noun ("called") or a value of change as the compound's head ("pay increase")
    ("How much money does 37signals contribute to my 401K?", ["6%"], "answer_form", "hb2"),
    ("What help does 37signals give the primary caregiver of a new child?", ["16 weeks"], "answer_form", "hb2"),
    ("How long is the fully paid parental leave at Sourcegraph?", ["16 weeks"], "answer_form", "hb2"),
    ("How many weeks of fully paid leave does a 37signals primary caregiver get?", ["16 weeks"], "answer_form",
     "hb2"),
    ("How big is the monthly 37signals Deskpass budget?", ["$200"], "answer_form", "hb2"),
    ("What are Sourcegraph's annual performance reviews called?", ["impact reviews"], "answer_form", "hb2"),
    ("What is the annual salary increase at Sourcegraph based on?", ["performance expectations"], "answer_form",
     "hb2"),
    ("What is the yearly salary increase at 37signals tied to?", ["Radford"], "answer_form", "hb2"),
]


def run() -> list[tuple[bool, str, str, str]]:
    """(passed, class, question, answer) per probe, each corpus indexed once."""
    out = []
    present = any(p.name.startswith("37signals-") for p in HB2.iterdir())
    if not present:
        skipped = sum("37signals" in q for q, _f, _k, c in PROBES if c == "hb2")
        print(f"{skipped} probes name 37signals, whose pages left evals/handbooks2/docs: skipped", file=sys.stderr)
    for corpus, docs in (("hb2", HB2), ("hb", _shared())):
        rows = [(q, f, k) for q, f, k, c in PROBES if c == corpus and (present or "37signals" not in q)]
        out += qa_round17_probe.run(rows, docs, f"qa_round20b_{corpus}")
    return out


if __name__ == "__main__":
    sys.exit(qa_round17_probe.main(run))
