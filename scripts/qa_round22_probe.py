"""Outside probe for round 22 (AX): paraphrase and organisation preference.

Questions written for this probe before any change, from the pages of ``evals/handbooks2/docs`` (the Osio Labs
employee handbook, github:OsioLabs/emphandbook, CC0-1.0) and ``shared/corpora/handbooks/docs`` (TTS and
CivicActions public handbooks; sources in its ``SOURCES.md``); none is taken from a question file or ``evals/``.
Each answerable question names the organisation whose pages must be preferred (other organisations' pages cover
the same topic: leave, pay, expenses, leaving) and words the topic the way an employee would rather than the
page ("holiday" for vacation, "bank holidays", "pension" for the 401(k), "quit", "carry the pager"); several
answers are a list row or a line below the page's first paragraph. Each fact is a phrase of the answering line.

* ``paraphrase``: answerable; the answer must hold every fact;
* ``abstain``: the pages do not answer it (mostly near misses on a page's topic); it passes when refused;
* ``check_paraphrase`` / ``check_abstain``: the same classes on other organisations' pages, written after the
  change as a check.

    PYTHONPATH=$PWD .venv/bin/python scripts/qa_round22_probe.py [-v]

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
    ("How many weeks of holiday does a full-time employee get at Osio Labs?", ["5 weeks"], "paraphrase"),
    ("Can I carry unused holiday into next year at Osio Labs?", ["use it or lose it"], "paraphrase"),
    ("How many days off for illness do I get each year at Osio Labs?", ["10 days"], "paraphrase"),
    ("What is the smallest amount of paid time off I can book at Osio Labs?", ["one-half day"], "paraphrase"),
    ("How many bank holidays does Osio Labs give?", ["11 paid holidays"], "paraphrase"),
    ("Can I swap a public holiday for a different day at Osio Labs?", ["switch"], "paraphrase"),
    ("Could I work four ten-hour days and have Fridays free at Osio Labs?", ["10 hours per day"], "paraphrase"),
    ("How much fully paid time off do I get at Osio Labs when my baby is born?", ["Six weeks"], "paraphrase"),
    ("How far before the due date must I tell the CEO I want parental leave at Osio Labs?", ["60 days"],
     "paraphrase"),
    ("How many paid days off does Osio Labs give me if my mother dies?", ["3 days"], "paraphrase"),
    ("Can I get time off at Osio Labs to go to a close friend's funeral?", ["1 day"], "paraphrase"),
    ("Can I split my sabbatical into two separate breaks at Osio Labs?", ["consecutively"], "paraphrase"),
    ("How far in advance do I ask for my sabbatical dates at Osio Labs?", ["3 months"], "paraphrase"),
    ("For how many days of jury service does Osio Labs keep paying my salary?", ["first 3 days"], "paraphrase"),
    ("How long do I have to have worked at Osio Labs before I can ask for unpaid time off?", ["90 days"],
     "paraphrase"),
    ("How long does my medical cover continue while I'm on unpaid leave at Osio Labs?", ["6 weeks"],
     "paraphrase"),
    ("What is the default daily schedule at Osio Labs?", ["four 8-hour days"], "paraphrase"),
    ("On which days of the month are US staff paid at Osio Labs?", ["15th and last day"], "paraphrase"),
    ("What happens if payday lands on a Saturday at Osio Labs?", ["business day preceding the weekend"],
     "paraphrase"),
    ("What monthly allowance for gadgets and home-office kit does a full-timer get at Osio Labs?", ["$200"],
     "paraphrase"),
    ("Does an unspent tech allowance carry forward to the next month at Osio Labs?", ["rolls over"],
     "paraphrase"),
    ("What cover does Osio Labs ask me to have on my computer in return for the tech stipend?",
     ["insurance on your laptop"], "paraphrase"),
    ("How much can a full-time Osio Labs employee spend on courses and books each year?", ["$1000"],
     "paraphrase"),
    ("What yearly budget do I have for a career coach at Osio Labs?", ["$2400"], "paraphrase"),
    ("How much will Osio Labs pay toward a better seat on an international flight?", ["$150"], "paraphrase"),
    ("What employer match does the Osio Labs pension plan give?", ["4%"], "paraphrase"),
    ("How much notice should I give when I resign from Osio Labs?", ["2 weeks"], "paraphrase"),
    ("Where do I send company equipment back to when I leave Osio Labs?", ["Providence office"], "paraphrase"),
    ("Can Osio Labs suspend me without pay as a disciplinary step?", ["suspension with or without pay"],
     "paraphrase"),
    ("How often do I talk with the CEO during my first month at Osio Labs?", ["weekly"], "paraphrase"),
    ("Can I keep my health insurance after my job at Osio Labs ends?", ["COBRA"], "paraphrase"),
    ("Does Osio Labs offer an employee share purchase plan?", [], "abstain"),
    ("What is the mileage reimbursement rate at Osio Labs?", [], "abstain"),
    ("Does Osio Labs pay relocation costs when I move to another city?", [], "abstain"),
    ("How much severance pay does Osio Labs give when someone is laid off?", [], "abstain"),
    ("Does Osio Labs pay a bonus for referring a new hire?", [], "abstain"),
    ("What is the dress code at Osio Labs?", [], "abstain"),
    ("Does Osio Labs reimburse a gym membership?", [], "abstain"),
    ("Does Osio Labs provide free lunches in the office?", [], "abstain"),
    ("What is the most Osio Labs will pay for a hotel room per night?", [], "abstain"),
    ("Does Sourcegraph provide a company car?", [], "abstain"),
]

# (question, facts, class) over shared/corpora/handbooks/docs
SHARED_PROBES: list[tuple[str, list[str], str]] = [
    ("How much extra does CivicActions pay an engineer who carries the pager, per quarter?", ["$2000"],
     "paraphrase"),
    ("If no response time is set, how quickly must I answer an alert while on call at CivicActions?",
     ["2 hours"], "paraphrase"),
    ("At TTS, how many weeks of paid leave do I get when I adopt a child?", ["12 weeks"], "paraphrase"),
    ("How long must I keep working at TTS after my paid parental leave is over?", ["at least 12 weeks"],
     "paraphrase"),
    ("When does comp time expire at TTS?", ["one year"], "paraphrase"),
    ("How many credit hours can I bank at TTS?", ["24 credit hours"], "paraphrase"),
    ("Does TTS pay for a standing desk at home?", [], "abstain"),
    ("Does CivicActions let me bring my dog to work?", [], "abstain"),
]

# A check set written after the change (classes ``check_paraphrase`` / ``check_abstain``): the same class on other
# organisations' pages (Sourcegraph in handbooks2; CivicActions and GitLab in the shared handbooks).
CHECK_HANDBOOKS2: list[tuple[str, list[str], str]] = [
    ("How many days of holiday does Sourcegraph want me to take each year, at least?", ["30 days"],
     "check_paraphrase"),
    ("Above what amount do I need an itemised receipt for a Sourcegraph expense claim?", ["$25"],
     "check_paraphrase"),
    ("Does Sourcegraph pay for my pet's vet bills?", [], "check_abstain"),
]
CHECK_SHARED: list[tuple[str, list[str], str]] = [
    ("How big is the yearly learning budget for each person at CivicActions?", ["$1,200"], "check_paraphrase"),
    ("How long must a new CivicActions hire wait before using the learning budget?", ["90 days"],
     "check_paraphrase"),
    ("How many hours a week must a part-timer work at CivicActions to get every benefit?", ["30 hours"],
     "check_paraphrase"),
    ("At GitLab, after how many hours away without telling anyone could I be treated as having abandoned my job?",
     ["72 hours"], "check_paraphrase"),
    ("Does CivicActions give a bonus for passing a certification exam?", [], "check_abstain"),
]


def run() -> list[tuple[bool, str, str, str]]:
    """(passed, class, question, answer) per probe (handbooks2, then the shared handbooks when present)."""
    out = qa_round17_probe.run(HANDBOOKS2_PROBES + CHECK_HANDBOOKS2, HANDBOOKS2, "qa_round22_handbooks2")
    from assistant.evaluation.policy import shared_dir

    shared = shared_dir()
    if shared is not None:
        out += qa_round17_probe.run(SHARED_PROBES + CHECK_SHARED, shared / "corpora" / "handbooks" / "docs",
                                    "qa_round22_shared")
    return out


if __name__ == "__main__":
    sys.exit(qa_round17_probe.main(run))
