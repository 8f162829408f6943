"""Round 30 (brief FL): criticism told by structure without a fault word, and its look-alikes (probe:
scripts/feedback_round30e_probe.py; assistant/analyzers/feedback/problems.py ``_degree_or_lack``, the MISDONE fragment).

- The person said to have a quality to an excess ('too' + adjective, whatever the adjective's valence) is criticism;
  denied ("never too busy to help"), of a circumstance the person met, of someone else, or a praise idiom ("too
  kind", "too valuable to lose") it is not.
- The person's work (or, in review form, the person, the subject left out) said to need more of something is a lack:
  criticism; a place's, the customers' or the team's need the person met, and "more of this", are not.
- A bare imperative whose only complement is a comparative of manner or time ("Respond faster.") asks for a change
  (main's degree demand, round 30 FB; the probe's IC rows check it).
- A word formed with mis- on a verb (mispick, mislabel, misroute) names a task done wrongly: a problem word, so a
  mis- measure going up is a decline and going down an improvement; 'mission' and 'miscellaneous' are not.
- A negated quantifier ("Not one parcel ...", "Not a single order ...") denies its whole clause, past the few words a
  negation otherwise reaches ("Not one parcel on your round came back as misdelivered" is praise).
"""

import pytest

from tests.fixtures.feedback import reading
from tests.fixtures.scripts import load_script

PROBE = load_script("scripts/feedback_round30e_probe.py")
TEXTS = {row["id"]: row["text"] for row in PROBE.rows()}

CRITICISM = {
    "tp01": ("constructive", ["missing_action", "missing_impact", "vague"]),  # "You're too quiet in the weekly ..."
    # round 40 (fbtrait40): a personality marker in excess said of the person is also a trait label (dev14/dev29 guides)
    "tp05": ("constructive", ["missing_action", "missing_impact", "trait", "vague"]),  # "Dan is too blunt with the junior ..."
    "tp07": ("constructive", ["missing_action", "missing_impact", "vague"]),  # "Honestly, you're too soft on ..."
    "tp08": ("constructive", ["missing_action", "missing_impact", "trait", "vague"]),  # "Priya is far too cautious when ..."
    "nm01": ("constructive", ["missing_action", "missing_impact", "vague"]),  # "Needs more detail in the handover notes."
    "nm02": ("constructive", ["missing_action", "vague"]),  # "Your proposal needs more evidence behind the cost figures."
    "nm03": ("constructive", ["missing_action", "missing_impact"]),  # "The onboarding deck you built could use more ..."
    "nm04": ("constructive", ["missing_action", "missing_impact"]),  # "His reports need more structure."
    # a bare comparative request is a degree demand (main's _degree_demand, round 30 FB): criticism, no step
    "ic01": ("constructive", ["missing_action", "missing_impact", "vague"]),  # "Respond faster."
    "ic02": ("constructive", ["missing_action", "missing_impact", "vague"]),  # "Drive slower in the yard."
    "ic04": ("constructive", ["missing_action", "missing_impact", "vague"]),  # "Reply sooner when a customer writes in."
    "mi01": ("constructive", ["missing_action", "missing_impact"]),  # "Your mispick rate went up from 0.4% to 1.8% ..."
    "mi02": ("constructive", ["missing_action", "missing_impact"]),  # "You had three mislabelled pallets ..."
    "mi03": ("constructive", ["missing_action", "missing_impact"]),  # "... were misrouted to the Leeds depot."
    "mi05": ("constructive", ["missing_action", "missing_impact"]),  # "Last week you miskeyed the account number ..."
}

LOOK_ALIKES = {
    "tl01": ("positive", ["missing_impact", "vague"]),  # "You're never too busy to help a new starter ..."
    "tl02": ("positive", ["missing_impact", "vague"]),  # "Thank you, you're too kind."
    "tl04": ("positive", ["missing_impact"]),  # "It was too late to courier the samples, so you drove them ..."
    "tl05": ("positive", []),  # "The queue was too long on Monday, so you opened the second till ..."
    "tl06": ("positive", ["missing_impact", "vague"]),  # "... and a patient one too."
    "tl09": ("positive", ["vague"]),  # "She was too good to lose, so we offered her the team lead role."
    "nl01": ("positive", []),  # "The new site needs more staff, so you trained four agency workers in a week."
    "nl03": ("positive", ["missing_impact"]),  # "Our customers needed more ways to pay, and your card-reader rollout ..."
    "nl04": ("positive", ["missing_impact", "vague"]),  # "The team needs more people like you."
    "nl06": ("positive", []),  # "The warehouse needed more space, and your new racking plan freed up 40 ..."
    "il01": ("positive", ["missing_impact", "vague"]),  # "Keep responding that fast; customers notice."
    "il02": ("positive", ["missing_impact"]),  # "You responded faster than anyone on the team last month."
    "ml01": ("positive", ["missing_impact"]),  # "Your mispick rate dropped from 1.8% to 0.4% after the new scanners ..."
    "ml02": ("positive", ["vague"]),  # "Your mission briefing on Monday was clear, and every driver knew the route."
    "ml03": ("positive", []),  # "You sorted the miscellaneous receipts into the right cost codes ..."
    "ml04": ("positive", []),  # "You spotted the misprint on the menu before it went to the printer."
    "ml05": ("positive", []),  # "You fixed the misrouted parcels by noon, and every customer got ..."
    "ml06": ("positive", ["missing_impact", "vague"]),  # "Not one misdelivery on your route this month."
}


@pytest.mark.parametrize(("row_id", "expected"), sorted(CRITICISM.items()))
def test_excess_lack_degree_demand_and_misdone_work_are_criticism(row_id, expected):
    assert reading(TEXTS[row_id]) == expected


@pytest.mark.parametrize(("row_id", "expected"), sorted(LOOK_ALIKES.items()))
def test_their_look_alikes_keep_their_reading(row_id, expected):
    assert reading(TEXTS[row_id]) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an excess said of someone else in a draft to "you", and a praise idiom of worth
    ("Tom was too slow to hand over the keys, so you drove to his house and collected them.",
     ("positive", ["missing_impact"])),
    ("Maria is too valuable to lose.", ("positive", ["missing_impact", "vague"])),
    ("They're too busy to take calls before ten, so you set up the callback list.", ("positive", ["missing_impact"])),
])
def test_an_excess_of_another_or_of_worth_is_no_criticism(text, expected):
    assert reading(text) == expected


def test_probe_figures():
    assert PROBE.run() == {"TP": (8, 8, 8), "TL": (10, 9, 10), "NM": (6, 6, 6), "NL": (6, 5, 6), "IC": (6, 6, 6),
                           "IL": (6, 6, 6), "MI": (6, 6, 6), "ML": (6, 6, 6), "NQ": (4, 4, 4), "NX": (4, 2, 4)}


@pytest.mark.parametrize(("row_id", "expected"), [
    ("nq01", ("positive", ["missing_impact", "vague"])),  # "Not one parcel on your round came back as misdelivered ..."
    ("nq02", ("positive", ["missing_impact"])),  # "Not a single order you packed in March went out to the wrong address."
    ("nq03", ("positive", ["missing_impact"])),  # "Not one of the invoices you raised this quarter was paid late."
    ("nx01", ("constructive", ["missing_action"])),  # "You did not check a single label before loading on Friday, ..."
])
def test_a_negated_quantifier_denies_its_whole_clause(row_id, expected):
    assert reading(TEXTS[row_id]) == expected
