"""Round 39 (issue 12, bias precision: biasfp39): who a second-person text judges
(assistant/analyzers/bias/addressee.py; probe evals/probes/round39/biasfp39b.jsonl, README biasfp39b.README.md).

A draft or a letter that tells "you" what you did judges its addressee; a characteristic mention owned through a
third-person or the writer's own possessive determiner ("his dad", "her medication", "my very special and unique
son") is someone else's (English person deixis: Quirk et al. 1985, ch. 6). The tune drafts' false flags and
the probe's letters of thanks are cleared; the addressee's own characteristic, a generic "you", the inclusive "our",
a partitive "one of my ...", a sentence that draws grounds from the other person's characteristic (a cause or result
link, a modal) and a slur (a rule of kind wording) keep their flags.

Whole results asserted, look-alikes included.
"""

from __future__ import annotations

import pytest

from tests.fixtures.bias import flag_triples

CLEARED = [
    # dev20-fb-009 (tune): the child's father
    "At Monday's settling visit you sat with Leo and his dad for the whole first hour and wrote down the words Leo "
    "uses for his comforter and for the toilet. By Wednesday Leo was going to the toilet with the room staff without "
    "crying, and his dad told the manager he felt listened to. That first-hour notebook is worth sharing with the "
    "team.",
    # dev13-fb-021 (tune): the patient's medication
    "When the patient at drop-off on Monday was upset about a rejected claim, you called the insurer while she waited, "
    "found that the prior authorisation had expired and had the prescriber's office send a new one. She left with her "
    "medication that afternoon instead of coming back the next day.",
    # dev21-fb-021 (tune): the patient's husband; 'has since' is the adverb, not a link
    "With Mrs Adeyemi on Monday you noticed she was gripping the chair arms, stopped to explain each step in plain "
    "words and agreed a hand signal for a break. She got through the whole filling without asking to stop, and she "
    "has since booked her husband in with us. That is the kind of chairside care we want every nervous patient to "
    "get.",
    # dev22-fb-007 (tune): the animal's weight, the rule's phrase opening with its owner
    "On the morning of 9 July you saw that the younger rhino was keeping his weight off his left hind foot and you "
    "reported it before the first feed. The vet found an abscess early and drained it that afternoon, so he needed "
    "four days of treatment rather than weeks off display.",
    # probe bfp39b-c12 and c08 (tune half): the writer's son, the writer's mother
    "Thank you for being an amazing teacher to my very special and unique son. Thank you for taking care of him more "
    "than 6 hours a day, for 10 months out of the year.",
    "Only a few times in anyone's life do you get to witness the caring and concern that every one of you bestowed on "
    "my Mother during her Hospice House visit.",
]

KEPT = [
    # dev20-fb-023 (tune): 'your key child' is the addressee's charge; only the possessive pronoun's mum is cleared
    ("When Amira's mum mentioned at pick-up on Tuesday that Amira had new eczema cream, you updated her care plan that "
     "evening and told the lunchtime staff the next morning. Amira got her cream after lunch on Wednesday as her mum "
     "asked, and her mum thanked us at the door. That is what knowing your key child's medical needs looks like.",
     [("child", "family_status.parenthood_mention", "family_status")]),
    # the addressee's own characteristic
    ("Since your surgery you have been slow on the phones.",
     [("surgery", "disability.health_mention", "disability")]),
    ("You missed the deadline twice. You are too old for this job.", [("too old", "age.too_old", "age")]),
    # a sentence that draws grounds from the other person's characteristic
    ("You sat with Maria. She is pregnant, so she should not do the night run.",
     [("pregnant, so she should not do the night run", "family_status.pregnancy", "family_status")]),
    ("Thank you for the report. Since her divorce she has been distracted.",
     [("her divorce", "family_status.marital", "family_status")]),
    # the inclusive 'our' and a partitive take the addressee in (dev2-bias-058, tune)
    ("Bill, you exceeded your production goal by 20% last week. Not bad at all for one of our older operators.",
     [("older", "age.old_person", "age")]),
    # a slur is flagged whoever it describes (round 38 probe biasrec38b b07)
    ("If you have read this far you have probably noticed that he is a right nutter.",
     [("nutter", "disability.mental_illness_slang_nouns", "disability")]),
    # a generic 'you' tells no act of an addressee
    ("Having to leave your baby to return to work following maternity leave is one of the most difficult things a "
     "parent has to do. I hope her pregnancy goes well.",
     [("maternity leave", "family_status.leave", "family_status"),
      ("pregnancy", "family_status.pregnancy", "family_status")]),
]


@pytest.mark.parametrize("text", CLEARED)
def test_other_persons_characteristic_in_a_draft_to_you_is_clean(text: str) -> None:
    assert flag_triples(text) == []


@pytest.mark.parametrize(("text", "expected"), KEPT)
def test_addressees_own_or_grounded_or_wording_kept(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert flag_triples(text) == expected
