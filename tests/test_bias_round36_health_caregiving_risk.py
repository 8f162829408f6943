"""Round 36 (issue 12, bias recall from remarks people really made, third pass): health, disability, mental illness,
and caregiving or pregnancy named as a risk to the work, in the forms EEOC suits, court opinions and news reports
quote (evals/probes/round36/biasreal36c.jsonl, its README):

- a risk judgement about a person grounded on a health condition, a disability or a pregnancy: the words of a
  liability, hazard, danger or threat join the judgement cues (vocabularies `evaluation`, `assessment`), so the
  mention rules flag the condition in "He was a liability to the company due to his disability" (the ADA's direct
  threat standard, 29 C.F.R. 1630.2(r); UAW v. Johnson Controls);
- a prediction that runs from becoming a parent (family_status.parenthood_clause): a present-tense clause of time or
  condition, "When she's a mother, she won't be able ...", not a life told in the past;
- advice to put off having a child (family_status.childbearing_delay, family_status.childbearing_delay_until): "Could
  you wait to have kids?", "Wait until your son is in kindergarten before having another child", not "can't wait to
  have" nor a life told in the past;
- a psychiatric medication as a taunt (disability.medication_taunt): "Are you off your medication?", not a move off
  a medication told as an event nor a clinician's "try a different medication";
- a disability as the measure of excess (disability.too_disabled): "You are too disabled to qualify", not "was too
  ill to travel";
- "a screw loose" said of a person (disability.madness_slang), not of a hinge.

Whole results asserted, look-alikes included.
"""

from __future__ import annotations

import pytest

from tests.fixtures.bias import flag_triples

PREGNANCY = "family_status.pregnancy"
HEALTH = "disability.health_remarks"
CONDITION = "disability.condition_mention"
CLAUSE = "family_status.parenthood_clause"
DELAY = "family_status.childbearing_delay"
UNTIL = "family_status.childbearing_delay_until"
MEDICATION = "disability.medication_taunt"
TOO = "disability.too_disabled"
MADNESS = "disability.madness_slang"

BIASED = [
    # remarks as the sources give them (probe rows b13, b15, b33, b32, b20, b46, b42, b49)
    ("He was a liability to the company due to his disability.", [("his disability", HEALTH, "disability")]),
    ("Their pregnancies caused them to be a liability to the company.", [("pregnancies", PREGNANCY, "family_status")]),
    ("When she's a mother, she won't be able or want to go out and schmooze with the customers anymore.",
     [("she's a mother, she won't be able or want", CLAUSE, "family_status")]),
    ("Could you wait to have kids?", [("wait to have kids", DELAY, "family_status")]),
    ("Wait until your son is in kindergarten before having another child.",
     [("before having another child", UNTIL, "family_status")]),
    ("Are you off your medication?", [("off your medication", MEDICATION, "disability")]),
    ("You are too disabled to qualify.", [("You are too disabled to", TOO, "disability")]),
    ("He's got a screw loose.", [("got a screw loose", MADNESS, "disability")]),
    # other surface forms of the same constructions
    ("She has epilepsy, so she is a danger to others.", [("epilepsy, so she is a danger", CONDITION, "disability")]),
    ("Once he becomes a father he won't want the travel.", [("he becomes a father", CLAUSE, "family_status")]),
    ("She should hold off on having another baby.", [("hold off on having another baby", DELAY, "family_status")]),
    ("You should wait until the merger closes before having a baby.", [("before having a baby", UNTIL, "family_status")]),
    ("Is he off his meds again?", [("off his meds", MEDICATION, "disability")]),
    # outside text found after the rules were written (biasreal36c_precision_check.jsonl p13, p15)
    ("Hey, let's go buy some furniture from the guy who's off his meds.", [("off his meds", MEDICATION, "disability")]),
    ("ETA: lol this guy below is off his meds.", [("off his meds", MEDICATION, "disability")]),
    ("He is too deaf to take the help-desk calls.", [("He is too deaf to", TOO, "disability")]),
]

CLEAN = [
    # outside look-alikes of the probe (rows c25, c26, c24, c14) and review sentences
    "The employer is automatically liable for harassment by a supervisor that results in a negative employment action.",
    "Her periods of depression and anxiety negatively affected her ability to concentrate, think, learn, sleep, and "
    "communicate.",
    "Johnson's internal performance metrics score dropped from a 4.3 out of 5.0 in May 2017, to a 3.2 in April 2018.",
    "Her supervisor offered a leave of absence, but Withers chose to remain working.",
    "Her pregnancy was announced in May; the liability insurance covers the team.",
    "When she became a mother in 2010, she moved to part-time and later founded the clinic.",
    "If you are a parent, the school holiday club is open in August.",
    "We can't wait to have the kids visit the studio.",
    "Wait to have the report signed before you send it.",
    "They waited until the lease ended before having a baby.",
    "Before having children, she was a nurse in Leeds.",
    "The doctor took her off her medication for a week.",
    "She took the day off to collect her medication.",
    "Try a different dose of the reagent.",
    "She was too ill to travel to the ceremony.",
    "The ramp is too steep for the trolleys.",
    "There was a screw loose on the hinge.",
    # outside text found after the rules were written (biasreal36c_precision_check.jsonl p01-p06, p08, p10-p12, p16)
    "Spacing children means having enough time between the birth of one child and the next. It also helps the "
    "mother's body recover before having another baby.",
    "I can't wait to have kids...!",
    "Or, it could be that poor counties have fewer opportunities and so there's less incentive to wait to have kids.",
    "I can not wait to have kids of my own one day.",
    "Still lacking contentment and a sense of purpose, Alan has gone off his meds and surrendered to his natural "
    "impulses.",
    "The refund clause means an inflated score is a lie to the customer and a liability to the company.",
    "Amount of money owed by the company to another company or a supplier. It is seen as a liability to the company.",
    "We could try a different medication to see if it alleviates your pain.",
    "The old goldsmith works on by lamplight: he is too deaf to hear the hum, and mishears everything else.",
    "Beethoven's last piano concerto, written in 1809 while Vienna was under French bombardment; the nickname is not "
    "his, and he was too deaf to give the premiere.",
    "Deafening is based on the felt volume, as a player may be too deaf to hear the deafening sound but still suffer "
    "additional hearing loss.",
]


@pytest.mark.parametrize(("text", "expected"), BIASED)
def test_health_caregiving_risk_forms_flagged(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert flag_triples(text) == expected


@pytest.mark.parametrize("text", CLEAN)
def test_health_caregiving_risk_look_alikes_clean(text: str) -> None:
    assert flag_triples(text) == []
