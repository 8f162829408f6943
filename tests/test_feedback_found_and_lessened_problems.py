"""Positive accounts that name a problem the person found, or a harm that shrank, stay positive and clean.

A problem the person traced, pinpointed, uncovered or located is what they found, as what they spotted is: the
discovery verbs are WordNet 3.0's verbs whose usual sense is finding something out (assistant/data/discovery_verbs.txt,
built by scripts/build_discovery_verbs.py). A noun the draft gave as a found problem, said again after "without" ("has
run without a jam since"), is that problem kept away. A harm whose object is quantified as none or less ("lost no
seedlings", "missed fewer appointments") shrank or was kept away. Look-alikes keep their reading: a word of timing
said of the finding ("located the pallets two days late"), a request for less of a harm, and a step left out ("without
a handover"), and a particle verb of finding followed by "as" ("came across as curt"), which says how the person
seemed, not what they found.

Texts written for the tests, in the style of the round-34 probe (/work/coord/probes/fb34_probe.jsonl,
fb34_lookalikes.jsonl)."""

from __future__ import annotations

import pytest

from assistant.analyzers.feedback import review_feedback
from assistant.wordlists import data_file


def reading(text: str) -> tuple[str, list[str]]:
    report = review_feedback(text)
    return report.polarity, sorted(f.kind for f in report.findings)


@pytest.mark.parametrize("text", [
    "On Monday you traced the ticket printer jams at the box office to a worn feed roller that the supplier's engineer "
    "had missed. The printer has run without a jam since, and the front-of-house manager has added your check to the "
    "opening list.",
    "Last week you pinpointed the cause of the failed backups: a disk that had been filling up overnight. We restored "
    "the schedule before any data was lost, and the IT lead now uses your check on every server.",
    "Before the audit you uncovered two missing receipts in the travel claims that the previous clerk had filed under "
    "the wrong month. Finance corrected the ledger in a day, and the auditor signed the accounts off that week.",
    "You changed the watering rota in the nursery in May, and we have lost no seedlings to drought since. The head "
    "gardener has asked you to write it up for the other beds.",
    "On Friday you located the crates in the wrong aisle and moved them before the delivery, so the driver loaded the "
    "right order.",
    "While tidying the archive you came across a box of unsigned contracts that the previous manager had missed. Legal "
    "had them signed within a week, so the renewals went through on time.",
    "Since you started the Monday reminder calls, the families in your group have missed fewer appointments than in "
    "any term last year, and the clinic lead wants to use your script across the service.",
])
def test_a_found_or_lessened_problem_in_a_positive_account_is_no_criticism(text):
    assert reading(text) == ("positive", [])


@pytest.mark.parametrize(("text", "expected"), [
    ("You located the missing pallets two days late, after the customer had already cancelled the order.",
     ("constructive", ["missing_action", "missing_impact"])),
    ("Try to miss fewer calls next week.", ("constructive", ["missing_impact", "vague"])),
    ("You closed the rink on Sunday without a handover to the evening supervisor, and the hockey club found the "
     "doors locked at six.", ("constructive", ["missing_action"])),
    ("You noticed the delivery was late and rang the customer before she called us, so she kept her order.",
     ("positive", [])),
    # "came across as": a link verb of seeming (how the person struck others), not "came across" a thing found; "curt"
    # predicated of the person is a trait label (trait-wordnet-character, as "In yesterday's meeting you were rude")
    ("In Tuesday's client call you came across as curt when the buyer asked about the delay, and she asked for another "
     "contact afterwards.", ("constructive", ["missing_action", "trait"])),
])
def test_look_alikes_keep_their_reading(text, expected):
    assert reading(text) == expected


def test_discovery_verbs_are_wordnet_verbs_of_finding_out_in_their_usual_sense():
    forms = {line.split()[0] for line in data_file("discovery_verbs.txt").read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#")}
    assert {"traced", "pinpointed", "uncovered", "located", "diagnosed", "figured_out", "came_across"} <= forms
    # lemmas whose usual sense is another ("follow", "work", "place", "name") and light-verb particles stay out
    assert not {"followed", "worked", "worked_out", "placed", "named", "made_out", "brought_out", "turned_up"} & forms
