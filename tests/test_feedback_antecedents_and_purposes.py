"""Events told beside the act that are not its effect (probe: scripts/feedback_round29e_probe.py).

Another party's event in a clause of time or reason attached to the person's act ("four days after they asked for
it", "When the system went down on Tuesday, you took the orders by phone") came before the act or caused it; a
contact relative clause in the act's own clause ("kept the tone they asked for") says which thing was acted on; a
"so that ... can" clause is a purpose. None of them is an impact. Look-alikes keep theirs: the party's event in
the main clause with the person's act in the subordinate ("The client complained ... after you sent her the wrong
contract"), a state lasting up to a late act ("after the drivers had been waiting for twenty minutes"), a result
with "could" ("so the team could take orders again"), and a quantified party served ("every patient reached theatre
on time"). An effect still going on, told in the progressive with the act as subject ("which is frustrating the
sales team", "This is causing delays for payroll"), is an impact; the -ing adjective ("which is disappointing") and
the person's own lot ("it is keeping you busy") are not. A vague draft stays vague when the writer adds an attitude
of their own ("and I look forward to another strong year"), but what the writer noticed is still read."""

import pytest

from assistant.analyzers.feedback import review_feedback
from tests.fixtures.feedback import kinds_and_impact as reading
from tests.fixtures.scripts import load_script

PROBE = load_script("scripts/feedback_round29e_probe.py")
TEXTS = {row["id"]: row["text"] for row in PROBE.rows()}  # the probe's TSV, read once




@pytest.mark.parametrize(("row_id", "expected"), [
    ("ni01", (["missing_impact"], None)),
    ("nh04", (["missing_action", "missing_impact"], None)),
    ("nh05", (["missing_impact"], None)),
    ("nh07", (["missing_impact"], None)),
    ("ni10", (["missing_action", "missing_impact"], None)),
])
def test_the_acts_time_reason_object_or_purpose_is_no_impact(row_id, expected):
    assert reading(TEXTS[row_id]) == expected


@pytest.mark.parametrize(("row_id", "expected"), [
    ("is01", ([], "The client complained to the director after you sent her the wrong contract on Monday")),
    ("is02", (["missing_action"], "the rest of the team had to cover your tables for two hours")),
    ("is05", ([], "she renewed her contract the next morning")),
    ("is08", ([], "You fixed the booking form on Friday, so the team could take orders again over the weekend")),
])
def test_an_effect_joined_by_a_subordinator_or_after_a_relative_is_kept(row_id, expected):
    assert reading(TEXTS[row_id]) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("At the team briefing you arrived after the agency drivers had been waiting for twenty minutes. Please be at the "
     "depot by seven next time.", ([], "the agency drivers had been waiting for twenty minutes")),
    ("We were two porters short on Saturday. Kemi moved the theatre list round and took the early transfers herself, "
     "and every patient had their transfer on time.", ([], "every patient had their transfer on time")),
])
def test_a_state_lasting_up_to_the_act_and_a_quantified_party_are_impacts(text, expected):
    assert reading(text) == expected


def test_the_writers_own_attitude_names_no_behaviour():
    report = review_feedback(TEXTS["vp02"])
    assert (report.polarity, sorted(f.kind for f in report.findings), report.structure.behavior.evidence) == (
        "positive", ["missing_impact", "vague"], None)


def test_what_the_writer_noticed_is_still_the_behaviour():
    report = review_feedback("I noticed that two of your weekly reports were submitted after the Friday deadline. "
                             "Please send them by Thursday evening from now on.")
    assert (report.polarity, sorted(f.kind for f in report.findings)) == ("constructive", ["missing_impact"])


@pytest.mark.parametrize(("row_id", "expected"), [
    ("pe01", (["missing_action", "vague"], "which is frustrating the sales team")),
    ("pe03", (["missing_action", "vague"], "This is causing delays for payroll every Friday")),
    ("pe05", (["missing_action"], "it is holding up the rest of the team on the migration")),
    ("pe07", (["vague"], "which is leaving the sales team with nowhere to take client calls")),
])
def test_an_effect_still_going_on_is_an_impact(row_id, expected):
    assert reading(TEXTS[row_id]) == expected


@pytest.mark.parametrize(("row_id", "expected"), [
    ("pn01", (["missing_action", "missing_impact", "vague"], None)),
    ("pn07", (["missing_impact"], None)),
    ("pn10", (["missing_action", "missing_impact", "vague"], None)),
])
def test_a_progressive_judgement_or_the_persons_own_lot_is_no_impact(row_id, expected):
    assert reading(TEXTS[row_id]) == expected


@pytest.mark.parametrize(("row_id", "expected"), [
    ("pa01", (["missing_action", "vague"], "your reply 'rules are rules' came across as curt")),
    ("pa06", (["missing_action", "vague"], "your note saying 'will look later' read as careless to him")),
    ("pa07", (["missing_action"], "left the customer feeling ignored")),
    ("pa08", (["vague"], "Your comments on Jo's draft in Tuesday's review seemed harsh to the rest of the team")),
])
def test_how_the_act_was_taken_is_an_impact(row_id, expected):
    assert reading(TEXTS[row_id]) == expected


@pytest.mark.parametrize(("row_id", "expected"), [
    ("px01", (["missing_impact", "trait", "vague"], None)),
    ("px05", (["missing_action", "missing_impact"], None)),
    ("px06", (["missing_impact"], None)),
    ("px07", (["missing_impact"], None)),
])
def test_a_perception_of_the_person_or_the_writers_view_is_no_impact(row_id, expected):
    assert reading(TEXTS[row_id]) == expected


@pytest.mark.parametrize(("row_id", "expected"), [
    ("ow01", (["missing_action", "missing_impact"], None)),
    ("ow02", (["missing_action", "missing_impact", "vague"], None)),
    ("ow04", (["missing_impact"], None)),
])
def test_an_ongoing_effect_on_the_persons_own_lot_is_no_impact(row_id, expected):
    assert reading(TEXTS[row_id]) == expected


@pytest.mark.parametrize(("row_id", "expected"), [
    ("oo02", (["missing_action", "vague"], "it is hurting our audit score")),
    ("oo03", (["missing_action"], "which is holding back the client's launch")),
    ("oo06", (["missing_action"], "it is hurting your team's response times")),
])
def test_an_ongoing_effect_on_what_others_own_is_an_impact(row_id, expected):
    assert reading(TEXTS[row_id]) == expected
