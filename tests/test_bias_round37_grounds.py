"""Round 37 (issue 12, bias recall on health, disability, caregiving and age: biasrec37b): two forms of the remarks
people really made (evals/probes/round37/biasrec37b.jsonl, its README), fixed by their grammar:

- a characteristic given as the grounds of an adverse decision or of a judgement of what people with it can do:
  an adverse action the EEOC names among the terms of employment (firing, layoff, demotion, ending an assignment or
  a contract, asking someone to resign; vocabulary `dismissals`) in the characteristic's sentence, or in the clause
  before a semicolon ("End her assignment; she had a nervous breakdown"), ties a mention to it; a one-word action
  counts only active, with a person as its object (not "was fired from his job" in a report of a case, not "the
  kiln fired the glaze"); a disability as a generic subject with a negated modal of ability
  (disability.generic_inability: "a deaf person cannot communicate"), not a sense verb, a barrier or a protection;
- caregiving as a risk to the work, the forced choice between a parent's role and the job
  (family_status.family_or_job: "decide whether you want to be a mommy or a lawyer"), not a denial that anyone
  should have to choose, a population's ("their family"), or a balance.

Whole results asserted, look-alikes included.
"""

from __future__ import annotations

import pytest

from tests.fixtures.bias import flag_triples

MENTION = "disability.condition_mention"
INABILITY = "disability.generic_inability"
CHOICE = "family_status.family_or_job"

BIASED = [
    # remarks as the sources report them (probe rows biasreal36a b46, biasrec37b b02, b03, b22)
    ("End her assignment; she had a nervous breakdown.", [("a nervous breakdown", MENTION, "disability")]),
    ("Rachel, you really need to decide between your personal and professional life. You've got to draw a line.",
     [("decide between your personal and professional life", CHOICE, "family_status")]),
    ("You need to decide whether you want to be a mommy or a lawyer.",
     [("to be a mommy or a lawyer", CHOICE, "family_status")]),
    ("The employer says all employees must be able to communicate with customers, and that a deaf person cannot "
     "communicate.", [("a deaf person cannot", INABILITY, "disability")]),
    # other surface forms of the same constructions
    ("Due to her age we let her go.", [("her age", "age.age_mention", "age")]),
    ("We laid him off because of his heart condition.", [("heart condition", MENTION, "disability")]),
    ("We ended her contract after she told us about her anxiety.", [("anxiety", MENTION, "disability")]),
    ("She had a nervous breakdown, so we ended her assignment.", [("a nervous breakdown", MENTION, "disability")]),
    ("We terminated the employee two days after she disclosed her diabetes.", [("diabetes", MENTION, "disability")]),
    ("Blind people can't do this job.", [("Blind people can't", INABILITY, "disability")]),
    ("People with schizophrenia should not work with customers.",
     [("People with schizophrenia should not", INABILITY, "disability")]),
    ("It's not possible to be a good mother and have this job.",
     [("not possible to be a good mother and have this job", CHOICE, "family_status")]),
    ("She has to choose between her kids and her career.",
     [("choose between her kids and her career", CHOICE, "family_status")]),
]

CLEAN = [
    # look-alikes of the probe (condition, caregiving or leave stated as fact, an accommodation asked for)
    "In 2009, Willoughby was diagnosed with type two diabetes and high blood pressure.",
    "When he went back to work, he brought in a doctor's note stating that he could only work for a total of 40 hours "
    "per week.",
    "Despite having to frequently take time off to care for D.J., Buffington was still a solid performer at work.",
    "She recovered from a nervous breakdown in 2015 and went on to found the clinic.",
    # a report of a case (a passive) and other senses of the action words
    "The plaintiff, a sales manager, was fired from his job after taking a day off from work to be present at the "
    "hospital while his dying mother underwent emergency brain surgery.",
    "He was fired up about the diabetes awareness week he ran for the depot.",
    "The kiln fired the glaze at 1200 degrees; she has epilepsy and works the day bench.",
    "We really want this mentee paired, so we let her go again.",
    # the impairment itself, a barrier, a protection (outside text: biasrec37b_precision_check.jsonl)
    "A blind person cannot see the screen without a screen reader.",
    "A deaf person cannot understand your videos without captions.",
    "Many colour-blind people can't tell them apart; add labels or icons too.",
    "Disabled workers cannot be fired for asking for an adjustment.",
    "She is deaf and communicates with customers by text and a tablet.",
    # no forced choice put to the person
    "You shouldn't have to choose between your family and your career.",
    "Working mothers are often forced to choose between their family and their career.",
    "Create harmony between your personal and professional life.",
    "She keeps a clear line between her personal and professional life.",
    "She decided between the two job offers in a week.",
    "As a child she wanted to be a nurse or a pilot.",
]


@pytest.mark.parametrize(("text", "expected"), BIASED)
def test_grounds_forms_flagged(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert flag_triples(text) == expected


@pytest.mark.parametrize("text", CLEAN)
def test_grounds_look_alikes_clean(text: str) -> None:
    assert flag_triples(text) == []
