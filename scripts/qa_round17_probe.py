"""Outside probe for the Q&A's fact inclusion: policy text written by others, questions written for it.

The documents in ``scripts/qa_round17_probe/`` are short handbook sections adapted (shortened,
company names removed, some values changed) from public sample policies; none is in ``knowledge/``,
``shared/`` or ``evals/``. Sources:

* bereavement.md: brotherhoodmutual.com/safety-library/bereavement-leave-handbook-policy (table),
  academy.myperformance.app/?p=3821 (increments, 30 days, documentation)
* jury-duty.md: assets.madcapsoftware.com/.../employee-handbook/Documents/jurywitnessduty.htm
* tuition.md: www.iit.edu/hr/policies-and-procedures/benefits/c3-tuition-reimbursement
* introductory-period.md: www.elinfonet.com/probationary-period/, peo7.com/htmFiles/Sample533.htm,
  www.newmanlibrary.org/.../the-initial-90-day-period-staff-handbook
* expenses.md: form.jotform.com/243044266405148, uslegalforms.com (meals and mileage), rccdc.org/reimbursement
* sick-leave.md: promptcreator.com/prompts/employee-handbook-outline-creator (sick leave section, values filled in)
* initial-review.md: portal.graphtek.com/Initial-Review (evaluation period, extension of one to three months)
* vacation.md, resignation.md: promptcreator.com (vacation accrual, carryover, requests; values filled in),
  elinfonet.com; the service increase and the senior notice period written for the probe
* parental-leave.md, per-diem.md: written for the probe after the public policies above (12 weeks paid plus
  unpaid extension as in handbook.tts.gsa.gov's parental leave page, not copied; a per diem with a
  high-cost uplift)

The questions were written for this probe before any change, each tagged with the class of its
difficulty: ``paraphrase`` (the question's words differ from the answer's), ``neighbour`` (a nearby
sentence shares the topic, the value is in another), ``row`` (the answer is a table row or list item),
``change`` (the question asks a thing's own measure and the document also gives how much it may be
extended, increased or reduced by: the own measure must lead) and ``change_asked`` (look-alikes that ask
about the change: its sentence must stay in the answer), ``kin`` (a family member named by a kin word the
documents name by the neutral term) and ``kin_abstain`` (kin questions the documents do not cover: they
pass when refused).

    PYTHONPATH=$PWD .venv/bin/python scripts/qa_round17_probe.py [-v]

Prints facts found per class and in all (each question passes when its answer holds every fact).
The documents are indexed into a temporary folder; the user's index is never touched.
"""

from __future__ import annotations

import sys
from pathlib import Path

DOCS = Path(__file__).with_name("qa_round17_probe")

# (question, facts, class)
PROBES: list[tuple[str, list[str], str]] = [
    ("How many paid days do I get when my grandfather dies?", ["2 days"], "row"),
    ("My mother passed away. How much paid bereavement time can I take?", ["3 days"], "row"),
    ("How soon after the death do I have to use my bereavement days?", ["within 30 days"], "neighbour"),
    ("What proof might I need to show for bereavement leave?", ["death certificate"], "row"),
    ("Can I take a half day of bereavement leave?", ["full-day increments"], "paraphrase"),
    ("What do I have to give my manager to get jury duty leave?", ["jury summons"], "neighbour"),
    ("How many days of jury service are paid?", ["4 days"], "neighbour"),
    ("If the court lets me go early, do I still need to come to work?", ["return to work"], "paraphrase"),
    ("How much tuition help can I get each year?", ["$2,000"], "paraphrase"),
    ("How long do I need to have worked here before I can use tuition reimbursement?", ["one year"], "neighbour"),
    ("What grade do I need to get my tuition paid back?", ["A or B"], "neighbour"),
    ("How long do I have to send in my grades after the course?", ["within 30 days"], "paraphrase"),
    ("What happens if I quit right after the university paid for my course?", ["pay back"], "paraphrase"),
    ("How long is the probation period for new starters?", ["90 calendar days"], "paraphrase"),
    ("Can my trial period be made longer?", ["up to three months"], "paraphrase"),
    ("Can I take vacation in my first month?", ["cannot be used"], "paraphrase"),
    ("How quickly should I file my travel expenses?", ["within two weeks"], "paraphrase"),
    ("Do I need a receipt for my lunch on a business trip?", ["do not need a receipt"], "paraphrase"),
    ("Can I claim the drive from my house to the office?", ["never reimbursed"], "paraphrase"),
    ("How much sick time do I earn each pay period?", ["4 hours"], "neighbour"),
    ("How many sick hours can I roll into next year?", ["80 hours"], "paraphrase"),
    ("When do I need a doctor's note for being sick?", ["three or more consecutive days"], "neighbour"),
    ("Do I get paid for unused sick days when I leave?", ["not paid out"], "paraphrase"),
    ("How long is the initial evaluation period for a promoted employee?", ["evaluated for a period of three months"],
     "change"),
    ("How many vacation days do full-time staff get each year?", ["15 vacation days"], "change"),
    ("How long is paid parental leave?", ["12 weeks"], "change"),
    ("How much notice should I give when I resign?", ["two weeks"], "change"),
    ("What is the daily meal allowance when I travel?", ["$50"], "change"),
    ("How long is the introductory period?", ["90 calendar days"], "change"),
    ("How long can the initial evaluation period be extended?", ["one to three months"], "change_asked"),
    ("By how much does the vacation allowance increase with service?", ["one day"], "change_asked"),
    ("How much extra meal allowance is paid in a high-cost city?", ["$25"], "change_asked"),
    ("Can parental leave be extended, and by how long?", ["four weeks"], "change_asked"),
    ("How long is the notice period for senior staff?", ["four weeks"], "change_asked"),
    ("My father died last night. How many days of paid leave can I take?", ["3 days"], "kin"),
    ("How much paid time off do I get if my wife passes away?", ["3 days"], "kin"),
    ("My sister passed away. How many paid days am I allowed?", ["2 days"], "kin"),
    ("How many days off with pay can I have when my grandson dies?", ["2 days"], "kin"),
    ("My uncle died. Do I get any paid bereavement days?", ["1 day"], "kin"),
    ("How much bereavement leave is given for the death of a daughter?", ["3 days"], "kin"),
    ("Can I use my sick leave to look after my husband when he has the flu?", ["sick family member"], "kin"),
    ("My mom is having surgery. Can I take sick days to care for her?", ["sick family member"], "kin"),
    ("Can I take vacation days to go to my cousin's funeral?", ["not list"], "kin"),
    ("I need more time after my brother died than the policy gives. What are my options?",
     ["sick or vacation days"], "kin"),
    # Not covered by the documents (written after the kin change, to check it answers no more of them):
    # passes when the question is refused.
    ("Can my husband join the company health plan?", [], "kin_abstain"),
    ("Is there childcare support for my daughter?", [], "kin_abstain"),
    ("Can I bring my dad to the office holiday party?", [], "kin_abstain"),
    ("How many days off do I get for my brother's wedding?", [], "kin_abstain"),
    ("Can my wife use my employee discount?", [], "kin_abstain"),
    ("Will the company pay for my mother's funeral costs?", [], "kin_abstain"),
    ("Can my son do a summer internship here?", [], "kin_abstain"),
    ("Do I get a day off on my father's birthday?", [], "kin_abstain"),
    ("Does the company match donations to my sister's charity?", [], "kin_abstain"),
    ("Is my grandmother covered by the company's life insurance?", [], "kin_abstain"),
]


def run(probes: list[tuple[str, list[str], str]] = PROBES, docs: Path = DOCS,
        name: str = "qa_round17_probe") -> list[tuple[bool, str, str, str]]:
    """(passed, class, question, answer) per probe, answered offline over the probe documents ``docs``."""
    from assistant.evaluation.policy import handbook_settings
    from assistant.qa.answer import answer
    from assistant.settings import Settings

    local = handbook_settings(Settings(), docs, name)
    out = []
    for question, facts, kind in probes:
        result = answer(question, local)
        text = result.answer.casefold()
        passed = result.answered and all(f.casefold() in text for f in facts) if facts else not result.answered
        out.append((passed, kind, question, result.answer))
    return out


def main(results_of=run) -> int:
    """Print passes per class (``-v``: every probe, else the misses) for the probes ``results_of()`` answers."""
    verbose = "-v" in sys.argv[1:]
    results = results_of()
    for kind in sorted({k for _, k, _, _ in results}):
        rows = [r for r in results if r[1] == kind]
        print(f"{kind}: {sum(r[0] for r in rows)}/{len(rows)}")
    print(f"all: {sum(r[0] for r in results)}/{len(results)}")
    for passed, kind, question, text in results:
        if verbose or not passed:
            print(f"  {'ok ' if passed else 'MISS'} [{kind}] {question}\n       {text[:300]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
