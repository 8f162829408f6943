"""Innocent senses of listed family and age phrases: a return from somewhere named, part-time staff
counted, a system nearing retirement, a colleague's leave or illness (whole results)."""

from __future__ import annotations

import pytest

from assistant.analyzers.bias import check_bias


def flags(text: str) -> list[tuple[str, str, str]]:
    return [(f.text, f.category, f.rule) for f in check_bias(text).flags]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Since she returned from the conference, she has closed three deals.", []),
        ("Since he came back from the Berlin office, his reports have been sharper.", []),
        ("Since she had the training, her tickets close faster.", []),
        ("Since she came back to work, she has missed two deadlines.",
         [("Since she came back to work, she has missed two deadlines", "family_status", "family_status.since_return")]),
        ("Since she came back from leave, she has missed two deadlines.",
         [("Since she came back from leave, she has missed two deadlines", "family_status",
           "family_status.since_return")]),
        ("Since he had the baby, he leaves at four.",
         [("Since he had the baby, he leaves", "family_status", "family_status.since_return")]),
        ("We hired two part-timers for the holiday rush, and she trained both of them well.", []),
        ("She is just a part-timer, so don't give her the account.",
         [("part-timer", "family_status", "family_status.part_timer")]),
        ("The mainframe is nearing retirement, and she is planning the migration well.", []),
        ("The old billing server is close to retirement, so she should focus on the new platform.", []),
        ("Near retirement, Joe seems less engaged.", [("Near retirement, Joe seems less engaged", "age", "age.near_retirement")]),
        # a colleague's leave or illness, brought in as someone new, is theirs (the guides' clean items)
        ("She covered the accounts of a teammate during his chemotherapy and did it well.", []),
        ("When a colleague took maternity leave, she ran both projects without a slip.", []),
        ("During her chemotherapy she missed two deadlines.",
         [("chemotherapy", "disability", "disability.health_mention")]),
        # someone else's leave or illness, named, in a sentence about another person
        ("During Priya's maternity leave, Ana handled the accounts without a single missed deadline.", []),
        ("She moved the launch so the lead could take parental leave, a thoughtful call.", []),
        ("Priya's maternity leave hurt the launch, and Ana had to cover.",
         [("maternity leave", "family_status", "family_status.leave")]),
        ("Since our manager went on maternity leave, she has been distracted.",
         [("maternity leave, she has been distracted", "family_status", "family_status.leave")]),
        ("Since Tom came back from paternity leave in March, Jira tickets pile up on his desk.",
         [("paternity leave", "family_status", "family_status.leave")]),
        # an occupation and the people served are no health remark; an aid as a reason is
        ("He uses a wheelchair, so client visits are not a good fit for him.",
         [("wheelchair, so client visits are not a good fit", "disability", "disability.health_mention")]),
        ("Since she had the twins, she leaves at four every day.",
         [("Since she had the twins, she leaves", "family_status", "family_status.since_return")]),
        ("Her experience as a therapist makes her a great coach.", []),
        ("She raised money for cancer patients at the hospital where she volunteers.", []),
        ("Since her cancer diagnosis she has been less reliable.",
         [("cancer", "disability", "disability.condition_mention")]),
        # appearance and age remarks from the published families, beside their innocent senses
        ("He could lose a few pounds before the trade show.",
         [("could lose a few pounds", "appearance", "appearance.body_remarks")]),
        ("We lost a few pounds on the currency swap.", []),
        ("She wears too much makeup for the front desk.", [("too much makeup", "appearance", "appearance.body_remarks")]),
        ("She is a real looker, so put her on the stand.", [("a real looker", "appearance", "appearance.looks")]),
        ("She put together the onboarding guide.", []),
        ("She is mature for her age.", [("mature for her age", "age", "age.age_phrases")]),
        ("Her son is tall for his age.", []),
        # a real man in the story is no comparison
        ("She filled in for a man on the night shift and handled it well.", []),
        ("He worked for a man who later founded the company, so he knows the history well.", []),
        ("He is very organised for a man.", [("for a man", "gendered_language", "gendered_language.for_a_man")]),
    ],
)
def test_listed_family_and_age_phrases_in_their_innocent_senses(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert flags(text) == expected
