"""Absolutes opening a sentence: a standing instruction (imperative) vs review form (subject left out).

The module docstring: "absolutes in praise and in requests are not flagged". A sentence-initial 'always'/'never'
followed by a verb in its BASE form that opens a verb phrase ('Always let the presenter finish', 'Never skip
the pre-shift check') is an imperative: a standing instruction, not an overgeneralised criticism. Review form
leaves the person's subject out and keeps the verb's person or tense ('Always misses deadlines', 'Always
rushed the close') or predicates an adjective/adverb of the person ('Always late', 'Always behind on ...').
'let' is base and past alike: 'let <someone> down' is criticism.

Each probe is a critical draft (an occasion first, so the absolute would count against a critical draft) and
the question is only whether the absolute is flagged. ``FRESH`` was written with the probe set, before the code,
and never tuned on; ``FRESH2`` was written after the code was written and never tuned on.

    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_absolute_probe.py          # per class
    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_absolute_probe.py --list   # every probe read wrongly
"""

from __future__ import annotations

import argparse

from assistant.analyzers.feedback import review_feedback

LEAD = "You cut Ana off twice in Tuesday's review. "

# instruction: no 'absolute' finding expected
INSTRUCTION = [
    "Always let the presenter finish before you ask questions.",
    "Never skip the pre-shift safety check.",
    "Never interrupt a colleague who is mid-sentence.",
    "Always let the client finish their point.",
    "Never rush the handover notes at the end of a shift.",
    "Never miss the Monday stand-up without telling me.",
    "Never ignore an alarm on the line.",
    "Never dismiss a customer's complaint before you have read it.",
    "Always revisit the checklist before you sign off.",
    "Never cancel a one-to-one without offering another slot.",
    "Never blame the vendor in front of the client.",
    "Never forget the handover sheet at the nurses' station.",
    "Always let Priya know when you change the rota.",
    "Never delay the incident report past the end of the day.",
    "Never drop a ticket without a note to the requester.",
    "Never break the build on a Friday afternoon.",
    "Always let me know when a deadline is at risk.",
    "Never argue with a customer on the phone.",
    "Never skip over the risks section in the deck.",
    "Always rework the draft after the peer review.",
    "Never complain about a teammate in the public channel.",
    "Never crash through the agenda to finish early.",
]
# review form: the 'absolute' finding expected (as on main)
REVIEW = [
    "Always late to the morning huddle.",
    "Always misses deadlines.",
    "Always lets the team down.",
    "Always let deadlines slip at month end.",  # letting a failure happen: what the sentence does is criticise
    "Always let his colleagues down at the end of the quarter.",
    "Always behind on his caseload.",
    "Always interrupts the presenter.",
    "Always rushes the handover notes.",
    "Always rushing through the close.",
    "Always skipping the checklist.",
    "Always forgets the handover sheet.",
    "Always slow to answer emails.",
    "Always rude to the night staff.",
    "Always unprepared for the client calls.",
    "Always complains about the rota.",
    "Always wrong about the figures.",
    "Always blaming the vendor.",
    "Always sloppy with the expense claims.",
    "Always ignores the alarms.",
    "Always argues with the customers.",
    "Always careless with the stock counts.",
]
FRESH_INSTRUCTION = [
    "Never skip the two-minute debrief after a call.",
    "Always let the night nurse hand over first.",
    "Never interrupt the customer while they explain the fault.",
    "Never ignore a failed test in the pipeline.",
    "Always revisit your estimate when the scope changes.",
    "Never rush a new starter through the induction.",
    "Never cancel the site visit without telling the client.",
    "Always let the team vote before you decide.",
    "Never miss the weekly cash count.",
    "Never forget to copy finance on the quote.",
    "Never blame a colleague in a client email.",
    "Never drop the ball on a callback request.",
]
FRESH_REVIEW = [
    "Always late with the timesheets.",
    "Always interrupting in the design review.",
    "Never lets anyone finish a sentence.",
    "Always misses the Friday cut-off.",
    "Always behind with the invoices.",
    "Always let the shift down on weekends.",
    "Always skips the debrief.",
    "Always careless with the cash count.",
    "Always rushes new starters through induction.",
    "Always grumpy in the morning meetings.",
    "Always forgetting the client's name.",
    "Always blames the tools.",
]

FRESH2_INSTRUCTION = [
    "Never yell across the warehouse floor; walk over instead.",
    "Always let the caller hang up first.",
    "Never shout at a driver over the radio.",
    "Never fail a supplier audit without telling procurement the same day.",
    "Always overrun the standup by no more than five minutes.",
    "Never panic in front of a patient's family.",
    "Never confuse the two SKUs on the pick list.",
    "Always let your manager see the quote before it goes out.",
    "Never argue the price in front of the buyer.",
    "Never cancel on a candidate after the offer call.",
    "Always delay the deploy if the smoke test is red.",
    "Never disappear from the chat during an incident.",
]
FRESH2_REVIEW = [
    "Always yells at the drivers.",
    "Always let the phones ring out during lunch.",
    "Always panicking when the queue grows.",
    "Always failed the monthly audits last year.",
    "Always confused about the SKUs.",
    "Always arguing the price with buyers.",
    "Always cancels on candidates.",
    "Always delayed the deploys.",
    "Always disappears during incidents.",
    "Always tardy on Mondays.",
    "Always let the juniors down on the late shift.",
    "Always overruns the standup.",
]


def flagged(sentence: str) -> bool:
    report = review_feedback(LEAD + sentence)
    start = len(LEAD)
    return any(f.kind == "absolute" and f.start >= start for f in report.findings)


def run(label: str, items: list[str], expect: bool, show: bool) -> int:
    wrong = [s for s in items if flagged(s) != expect]
    print(f"{label:20s} {len(items) - len(wrong):2d}/{len(items)}")
    if show:
        for s in wrong:
            print("   wrong:", s)
    return len(wrong)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--list", action="store_true")
    a = ap.parse_args()
    w = run("instruction", INSTRUCTION, False, a.list) + run("review", REVIEW, True, a.list)
    f = run("fresh instruction", FRESH_INSTRUCTION, False, a.list) + run("fresh review", FRESH_REVIEW, True, a.list)
    g = run("fresh2 instruction", FRESH2_INSTRUCTION, False, a.list) + run("fresh2 review", FRESH2_REVIEW, True, a.list)
    print(f"probe wrong {w}/{len(INSTRUCTION) + len(REVIEW)}; fresh wrong {f}/{len(FRESH_INSTRUCTION) + len(FRESH_REVIEW)}; "
          f"fresh2 wrong {g}/{len(FRESH2_INSTRUCTION) + len(FRESH2_REVIEW)}")


if __name__ == "__main__":
    main()
