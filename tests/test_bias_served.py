"""Whose family or care word it is: the people a job serves, the job's field, or someone else's family,
read from the phrase's grammar (bias analyzer, _Checker._served / _group_acted_on / _background_subject_owns)."""

from __future__ import annotations

import pytest

from assistant.analyzers.bias import check_bias


def rules_of(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.text) for f in check_bias(text).flags]


@pytest.mark.parametrize(
    "text",
    [
        # (a) the object of work or of an aptitude
        "I recommend Sara without reservation; she has extensive experience with children and is patient and kind.",
        "He is excellent with children and parents trust him completely.",
        "Her work with young children in the nursery has been outstanding.",
        "Her experience in childcare makes her an ideal candidate for the nursery manager role.",
        "He has worked in elder care for twelve years and is an excellent carer.",
        # (b) the object of a verb of service, a programme or a served group
        "He taught children in year four and his results were the best in the school.",
        "She cared for children at home as a registered childminder for ten years.",
        "He ran the after-school club for children aged five to eleven and kept meticulous records.",
        "James provided respite care for families of disabled children and was reliable throughout.",
        # (c) 'their' after a served group
        "Over three years Tom cared for residents and their families with great compassion.",
        "As a paediatric nurse she looked after sick children and their parents every day.",
        # (d) placed in a care setting
        "She has two children in her class who need extra support and she plans for them well.",
        # (e) a care field as a modifier of a workplace or role noun
        "She managed the childcare centre she ran with real efficiency and her staff adored her.",
        "Her elder care background shows in how gently she speaks to residents.",
        # a role holder's family in a background clause, a role holder's leave
        "He stayed late so the team's duty engineer could get home to her kids.",
        "While the company secretary was on maternity leave, Ana took over the board minutes and did them superbly.",
        # an age word in a group the person acts on or is compared with
        "She trained the younger cooks and ran the pass on busy nights.",
        "He is a good cook and may need weekends off more than the younger cooks do.",
    ],
)
def test_served_people_and_others_are_not_flagged(text: str) -> None:
    assert rules_of(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She has two young kids so she won't want to travel.",
         [("family_status.care_mention", "has two young kids so she won't want")]),
        ("With young children at home, she can't commit to the late shifts.",
         [("family_status.caregiving", "children at home")]),
        ("She does great work with her kids in the morning so she comes in late.",
         [("family_status.parenthood_mention", "her kids")]),
        ("Since having children she has lost her edge.",
         [("family_status.parenthood_mention", "children")]),
        ("Their kids keep them home a lot, so they are not promotable yet.",
         [("family_status.parenthood_mention", "Their kids keep them home a lot, so they are not promotable yet")]),
        ("She is a single mum with three kids, so she'll need flexibility.",
         [("family_status.parent_labels", "single mum with three kids, so she'll need flexibility")]),
        ("She stayed late so her kids could sleep at their gran's, and the launch went well.",
         [("family_status.parenthood_mention", "her kids")]),
        ("We want younger cooks who can keep up with the pace.", [("age.younger", "younger")]),
        ("After years with young children at home she lacks current skills.",
         [("family_status.caregiving", "children at home")]),
        ("Her work with two kids at home has suffered this quarter.",
         [("family_status.caregiving", "kids at home")]),
    ],
)
def test_the_persons_own_family_and_age_still_flagged(text: str, expected: list[tuple[str, str]]) -> None:
    assert rules_of(text) == expected
