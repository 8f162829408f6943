"""Outside probe for the Q&A's fact inclusion on compound questions and neighbour sentences, round 20.

The documents are the shared handbook corpus (``shared/corpora/handbooks/docs``: public pages of GitLab,
18F/TTS and CivicActions; sources and licences in its ``SOURCES.md``). The questions below were written for
this probe from the documents' text, before any change, and none is taken from ``questions.jsonl`` or
``evals/``. Each is tagged with its class:

* ``multi_part``: the question asks two things (joined by "and"); every part's fact must be in the answer;
* ``neighbour``: the sentence that shares the question's words sets the topic and the asked fact stands in
  a sentence next to it;
* ``abstain``: questions the documents do not answer (they pass when refused);
* ``scope`` (written after the first run): pages that never name their organisation, or name only its parent
  agency ("GSA" on a TTS page), asked about "at TTS" / "at CivicActions"; ``scope_abstain``: the same pages
  asked about another organisation of the index (they pass when refused).

    PYTHONPATH=$PWD .venv/bin/python scripts/qa_round20_probe.py [-v]

Prints facts found per class and in all (each question passes when its answer holds every fact).
The documents are indexed into a temporary folder; the user's index is never touched.
"""

from __future__ import annotations

import sys

import qa_round17_probe  # the shared probe runner (scripts/ is on the path when a script runs)

from assistant.evaluation.policy import HANDBOOKS_DIR

DOCS = HANDBOOKS_DIR / "docs"

# (question, facts, class)
PROBES: list[tuple[str, list[str], str]] = [
    ("At TTS, how long does comp time last before it expires, and what happens to it if I leave GSA?",
     ["one year", "paid out"], "multi_part"),
    ("How many credit hours can I build up at TTS, and can they be turned into cash?",
     ["24 credit hours", "cannot be converted to cash"], "multi_part"),
    ("At CivicActions, how soon after a trip must I file my expense report, and do small purchases need receipts?",
     ["five (5) business days", "no dollar threshold"], "multi_part"),
    ("How much notice should I give when I resign from CivicActions, and who should receive it?",
     ["2 weeks", "manager"], "multi_part"),
    ("What happens at the 60-day mark of the CivicActions intro period, and what do I get once the 90 days are "
     "over?", ["People Operations will check in", "professional development fund"], "multi_part"),
    ("How much advanced sick leave can I request at TTS, and how much can a term employee ask for?",
     ["240 hours", "rest of your term"], "multi_part"),
    ("When are CivicActions annual reviews delivered, and which tool is used to run them?",
     ["last two weeks of April", "Culture Amp"], "multi_part"),
    ("Does travel comp time at TTS expire, and is unused travel comp time paid when I leave GSA?",
     ["one year", "forfeited"], "multi_part"),
    ("What is the highest salary at GSA, and can someone who earns it get comp time?",
     ["$191,900", "cannot receive comp time"], "multi_part"),
    ("Who is allowed to earn credit hours at TTS, and is there a salary limit on them?",
     ["flexible work schedules", "no salary maximum"], "multi_part"),
    ("How large is the CivicActions on-call stipend, and when is it paid?",
     ["$2000 per fiscal quarter", "after the conclusion of the fiscal quarter"], "multi_part"),
    ("What is the yearly prodev budget at CivicActions, and is it reduced for part-time staff?",
     ["$1,200", "prorated"], "multi_part"),
    ("How quickly must I respond to an on-call alert at CivicActions, and can I take time off after a night "
     "incident?", ["within 2 hours", "take time off the next day"], "multi_part"),
    ("After my CivicActions expense request is approved, will I get a notification?",
     ["will not receive a notification"], "neighbour"),
    ("What should I do if I buy several items under $50 at CivicActions in a short time?",
     ["single purchase"], "neighbour"),
    ("How are CivicActions expenses paid back to US employees?", ["ACH"], "neighbour"),
    ("What happens to expense reports filed more than 30 days late at CivicActions?",
     ["may not be processed"], "neighbour"),
    ("At TTS, when does travel end when I calculate travel comp time?",
     ["check in at the hotel or arrive home"], "neighbour"),
    ("Which time zone do I use to work out my travel comp time?", ["time zone at departure"], "neighbour"),
    ("If I work on a Gliding schedule at TTS and stay an extra hour, how many credit hours do I get?",
     ["1 credit hour"], "neighbour"),
    ("Can CivicActions end my employment without notice?", ["without notice"], "neighbour"),
    ("Do I keep my CivicActions health coverage after I leave?", ["COBRA"], "neighbour"),
    ("At TTS, should I use comp time or annual leave first?", ["use your accrued comp time before"], "neighbour"),
    ("Does finishing the CivicActions intro period change my at-will status?",
     ["does not change that status"], "neighbour"),
    # Written after the first run, for the organisation scope class it showed: pages that never name their
    # organisation (or name only its parent agency), asked about "at TTS" / "at CivicActions" ...
    ("At CivicActions, what should I do if I think I'm being retaliated against for a harassment complaint?",
     ["report your concern to your manager"], "scope"),
    ("At CivicActions, what details should I give when I report harassment?", ["names of the accused"], "scope"),
    ("At TTS, is a rating required for each critical element in an NFFE member's mid-year review?",
     ["NOT required"], "scope"),
    ("At TTS, how many credit hours can I have at one time?", ["24 credit hours"], "scope"),
    ("Does comp time at TTS expire?", ["one year"], "scope"),
    ("At TTS, are credit hours paid out when I leave?", ["paid out"], "scope"),
    ("How long must I stay at my current GS level at TTS before I can apply for a promotion?", ["one year"],
     "scope"),
    # ... and the same pages asked about another organisation of the index: pass when refused.
    ("At GitLab, how many credit hours can I bank at any one time?", [], "scope_abstain"),
    ("How much advanced sick leave can a CivicActions employee request?", [], "scope_abstain"),
    ("At GitLab, does comp time expire after a year?", [], "scope_abstain"),
    ("What are the union requirements for mid-year reviews at CivicActions?", [], "scope_abstain"),
    ("At CivicActions, how is travel comp time calculated?", [], "scope_abstain"),
    ("At GitLab, what is the time-in-grade requirement for a promotion?", [], "scope_abstain"),
    # Not covered by the documents: pass when the question is refused.
    ("What is the mileage reimbursement rate per mile at CivicActions?", [], "abstain"),
    ("Does CivicActions pay a relocation allowance when I move to another city, and how much is it?", [],
     "abstain"),
    ("How many days of jury duty leave does CivicActions give, and is it paid?", [], "abstain"),
    ("What is the meal per diem on a TTS trip to New York, and does it cover breakfast?", [], "abstain"),
    ("How much is the GitLab home office stipend, and when can I claim it?", [], "abstain"),
    ("Does TTS pay a signing bonus to new engineers, and must it be repaid if I leave early?", [], "abstain"),
]


def run(probes: list[tuple[str, list[str], str]] = PROBES) -> list[tuple[bool, str, str, str]]:
    """(passed, class, question, answer) per probe, answered offline over the shared handbook documents."""
    return qa_round17_probe.run(probes, DOCS, "qa_round20_probe")


if __name__ == "__main__":
    sys.exit(qa_round17_probe.main(run))
