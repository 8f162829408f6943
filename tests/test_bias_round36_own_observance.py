"""Round 36 (issue 12, bias precision): the person's own observance, request or adjustment told as the consequence of
a faith or a condition (evals/probes/round36/biasfp36d.jsonl, its README).

A consequence clause ('so', 'therefore', 'thus', 'hence', 'after which') whose subject is the person and whose verb is
their own asking or refusing (vocabularies `request_verbs` (ask/request/apply), `refusal_verbs`), or a negated
can/could/do/did before what the observance or treatment keeps them from taking or wearing (vocabulary
`observance_acts`), tells the person's own practice (EEOC Compliance Manual section 12; ADA reasonable
accommodation): its negation and modals are no cue of judgement (judgement._own_consequence). So is the aim of the
person's own request ("so she could better control her diabetes"), what an adjustment is for ("modifications for
her bad knees": not a yardstick 'for her ...'), and the suffix '-like' ("a scarf-like head covering": not the verb
VADER rates). The writer's prediction or decision ("would not be comfortable", "might not fit", "I asked him not
to ..."), another party's request of the person, and a judgement drawn after the clause stay flagged.

Whole results asserted, look-alikes included.
"""

from __future__ import annotations

import pytest

from tests.fixtures.bias import flag_triples

CLEAN = [
    # outside text (probe rows and biasrec36's rows 22, 48)
    "She was a Jehovah's Witness, so she could not receive a blood transfusion.",
    "Michael Cole, a truck driver for the company, was baptized as a Seventh-Day Adventist in February 2014, after "
    "which he asked not to work on Saturdays.",
    "It has built-in safety rails for her dizziness and exact, pre-calculated exercise modifications for her bad knees.",
    "Both asserted that they were Muslim and that their religion required them to wear a scarf-like head covering "
    "called a hijab.",
    "Lisa Robbins, a TV station manager with type 2 diabetes, repeatedly asked her boss for a \"more manageable\" work "
    "schedule so she could better control her diabetes with regular meal times, routine blood checks and the "
    "opportunity to exercise.",
    # the same grammar in other words
    "He is Catholic, so he asked not to work on Sundays.",
    "He's Jewish, so he does not eat pork.",
    "She has epilepsy, so she asked not to drive the van.",
    "She is a Sikh, so she cannot remove her turban for the hard hat.",
    "He has Crohn's disease, so he requested a desk near the restroom.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_own_observance_request_or_adjustment_is_clean(text: str) -> None:
    assert flag_triples(text) == []


BIASED = [
    # the writer's prediction or judgement in the consequence
    ("As a Jehovah's Witness she would not be comfortable doing the Christmas windows.",
     [("Jehovah's Witness", "religion.faith_word_mention", "religion")]),
    ("He is very religious, so he might not fit the sales culture.",
     [("very religious, so he might not fit the sales culture", "religion.faith_label", "religion")]),
    # a work duty ruled out, not an observance's object
    ("She is Muslim, so she could not work on Fridays.",
     [("She is Muslim, so she could not work on Fridays", "religion.faith_label", "religion")]),
    # the writer or another party asks the person
    ("He's Muslim, so I asked him not to pray in the break room.",
     [("He's Muslim", "religion.faith_label", "religion"), ("to pray", "religion.prayer", "religion")]),
    ("She's a Jehovah's Witness, so the manager asked her not to come to the party.",
     [("She's a Jehovah's Witness, so the manager asked her not to come to the party", "religion.faith_label",
       "religion")]),
    # a judgement drawn after the person's own act
    ("She's very devout, so she asked for Fridays off, which is unfair on the team.",
     [("devout, so she asked for Fridays off, which is unfair", "religion.faith_word_mention", "religion")]),
    ("He's Hindu, so he could not eat the beef at the offsite, which annoyed the client.",
     [("He's Hindu, so he could not eat the beef at the offsite", "religion.faith_label", "religion")]),
    # a yardstick stays one
    ("With her bad knees she is slow on the ladder, for her age.",
     [("bad knees", "disability.condition_mention", "disability"), ("her age", "age.age_mention", "age")]),
    # the verb of liking is still rated
    ("He likes the scarf-like hijab she wears", [("hijab", "religion.observance", "religion")]),
]


@pytest.mark.parametrize(("text", "expected"), BIASED)
def test_writer_judgement_stays_flagged(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert flag_triples(text) == expected
