"""Outside probe for round 27 (IV): the lead quote must hold the asked value (number, duration, amount, role).

Questions written for this probe before any change, over the pages of ``shared/corpora/handbooks/docs``
(CivicActions, TTS/18F and GitLab public handbook pages; sources in its ``SOURCES.md``); none is taken from a
question file or ``evals/``. Each fact was checked verbatim against its page (a grep) before the row was written.
Classes:

* ``amount``: asks a count or an amount of money that one sentence of the page states.
* ``duration``: asks a length of time ("how long", "how many weeks") that one sentence of the page states,
  where neighbouring sentences of the same section state other durations (eligibility, thresholds, limits).
* ``deadline``: asks how soon / within how long something must be done.
* ``who``: asks the role or contact that one sentence names.

    PYTHONPATH=$PWD .venv/bin/python scripts/qa_fact_round27_probe.py [-v]

Prints passes per class and in all (a question passes when its answer holds every fact).
"""

from __future__ import annotations

import sys

import qa_round17_probe  # the shared probe runner (scripts/ is on the path when a script runs)

# (question, facts, class) over shared/corpora/handbooks/docs
SHARED_PROBES: list[tuple[str, list[str], str]] = [
    ("How many hours of advanced sick leave can a TTS employee ask for?", ["240 hours"], "amount"),
    ("At TTS, how many weeks of unpaid FMLA leave can I take to look after a veteran who is ill?",
     ["26 weeks"], "duration"),
    ("How much unpaid FMLA leave does a TTS employee get in a 12 month period?", ["12 weeks"], "duration"),
    ("What is the most a TTS employee can earn including overtime?", ["$191,900"], "amount"),
    ("How many hours does a full-time TTS employee work in one pay period?", ["80 hours"], "amount"),
    ("How much is the CivicActions on-call stipend each quarter?", ["$2000"], "amount"),
    ("How soon after a business trip do CivicActions staff have to file their expense report?",
     ["five (5) business days"], "deadline"),
    ("What is the yearly professional development budget per person at CivicActions?", ["$1,200"], "amount"),
    ("How long does a new CivicActions hire wait before they can spend their prodev budget?", ["90 days"],
     "duration"),
    ("How many days of paid bereavement leave do CivicActions staff in Canada get?", ["14 days"], "duration"),
    ("How many hours a week must a CivicActions part-time employee work to get all the benefits?",
     ["at least 30 hours"], "amount"),
    ("How much notice should I give CivicActions when I resign?", ["2 weeks"], "duration"),
    ("How much award leave can a TTS employee receive in one fiscal year?", ["80 hours"], "amount"),
    ("How much annual leave does a TTS employee with ten years of service earn each pay period?",
     ["6 hours per pay period"], "amount"),
    ("At TTS, how much work time can I use for the Employee Assistance Program?", ["4 hours"], "duration"),
    ("What is the CivicActions tech stipend for someone with a company-managed laptop?", ["$749"], "amount"),
    ("How long can a minor accommodation need last at TTS and still skip the full reasonable accommodation process?",
     ["less than 6 months"], "duration"),
    ("If I am away from GitLab for how long without telling anyone can it count as job abandonment?",
     ["72 hours"], "duration"),
    ("How many days off in total does GitLab recommend taking over a year?", ["25 days"], "amount"),
    ("At GitLab, how long do I have to be out before I must set my status to out of office?",
     ["48 hours"], "duration"),
    ("How far ahead does GitLab suggest I tell my team about my PTO?", ["2-3 weeks"], "duration"),
    ("How many sick leave hours does a TTS employee accrue per pay period in the advanced sick leave example?",
     ["4 sick leave hours"], "amount"),
    ("How much sick leave can a TTS employee take in a year before needing FMLA?", ["13 days"], "duration"),
    ("How many hours of holiday pay does a TTS employee on a fixed schedule receive?", ["8 hours"], "amount"),
    ("How many annual leave hours can a TTS employee carry into the next leave year?", ["240 hour"], "amount"),
    ("How long does a TTS employee earn 8 hours per pay period of annual leave after?", ["15+ years"], "duration"),
    ("When do TTS promotion applicants hear back after a job posting closes?", ["within 30 days"], "deadline"),
    ("What is the CivicActions tech stipend for someone who uses their own laptop?", ["$1,149"], "amount"),
    ("How long a technical problem should a CivicActions Canada employee wait before emailing the schedule address?",
     ["2 hours"], "duration"),
    ("Above what amount do CivicActions prodev purchases need approval in advance?", ["$50"], "amount"),
    ("How late can a CivicActions expense report be before it may not be paid?", ["30 days"], "deadline"),
    ("Who should a CivicActions employee send their resignation notice to?", ["manager"], "who"),
]


def run() -> list[tuple[bool, str, str, str]]:
    """(passed, class, question, answer) per probe over the shared handbooks (none when they are absent)."""
    from assistant.evaluation.policy import shared_dir

    shared = shared_dir()
    if shared is None:
        return []
    return qa_round17_probe.run(SHARED_PROBES, shared / "corpora" / "handbooks" / "docs", "qa_round27_shared")


if __name__ == "__main__":
    sys.exit(qa_round17_probe.main(run))
