"""Round 23 bias (scripts/bias_round23_probe.py): the judgement tie, second attempt.

A characteristic mention is tied to a judgement (_Checker._tied_by_form) when it is blamed for a cost (the
subject of a clause whose predicate is a hindrance: "held up", "delayed", "a headache"), when it is the
vehicle of a simile for poor work ("reads like it was written by someone with dyslexia"), when it frames a
comparison with others ("At 58 she learned it faster than most"), when a degree word or an adjective of
perceived intensity grades it ("hair dyed so red", "his heavy accent"), or when one of the next two sentences
doubts a decision on the same person ("... Not sure we should hire her."). The same mentions beside a cost, simile, comparison, decision or degree word that is about
something or someone else stay unflagged. Each case asserts the whole list of flags."""

from __future__ import annotations

import pytest

from assistant.analyzers.bias import check_bias
from tests.fixtures.scripts import load_script


def flags(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.text) for f in check_bias(text).flags]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cost blamed on the characteristic
        ("Amir's Friday prayer breaks held up the month-end close twice this quarter.",
         [("religion.observance", "Friday prayer")]),
        ("Tom's paternity leave delayed the vendor migration by a month.",
         [("family_status.leave", "paternity leave")]),
        ("His stutter slows down every client call he takes.", [("disability.health_mention", "stutter")]),
        ("His anxiety gets in the way of leading client workshops.",
         [("disability.condition_mention", "anxiety")]),
        # a simile for poor work
        ("The report reads like it was written by someone with dyslexia.",
         [("disability.condition_mention", "dyslexia")]),
        ("He runs meetings like a grandpa telling war stories.", [("age.nicknames", "grandpa")]),
        # an age framing a comparison with others
        ("At 58 she learned the new system faster than most of the team.",
         [("age.explicit_age_opening", "At 58")]),
        ("At 55 he adapted to the new tooling as quickly as the graduates.",
         [("age.explicit_age_opening", "At 55")]),
        # a later doubt about a decision on the same person
        ("She came to the interview with bright purple hair. Her answers on the audit questions were solid. "
         "Not sure we should hire her.", [("appearance.body_and_grooming_mention", "hair")]),
        ("He has a large tattoo on his neck. He knows the product range well. I'm not convinced we should put "
         "him on the front desk.", [("appearance.body_remarks", "tattoo on his")]),
        # a degree word on an appearance detail
        ("He showed up with hair dyed so red that clients stared.",
         [("appearance.body_and_grooming_mention", "hair")]),
        ("Her hair is way too bright for the reception desk.", [("appearance.body_remarks", "Her hair")]),
        ("Clients have commented on his heavy accent.", [("race_ethnicity.accent", "accent")]),
        ("Joe wears a large cross to client meetings.", [("religion.observance", "wears a large cross")]),
        # look-alikes: the cost, simile, comparison, decision or degree is about something else
        ("Amir observes Friday prayers; a vendor outage held up the month-end close in April and he rebuilt "
         "the schedule.", []),
        ("Tom returned from paternity leave in May. A supplier strike delayed the migration, and he re-planned "
         "it in a week.", []),
        ("Sara, who wears a hijab, explained the budget like a patient teacher.", []),
        ("Eli keeps kosher and brings his own lunch to offsites. He led the vendor audit. I'm not sure yet "
         "whether the audit needs a second pass.", []),
        ("Dana went on maternity leave in March. Ravi covered her accounts. We should promote Ravi this cycle.",
         []),
        ("Ben, who is deaf, was very thorough with the safety checklist.", []),
        ("Luca wrote the lab's dress code: closed shoes, and long hair tied back near the lathes.", []),
    ],
)
def test_round23_classes(text: str, expected: list[tuple[str, str]]) -> None:
    assert flags(text) == expected


def test_probe_figures() -> None:
    probe = load_script("scripts/bias_round23_probe.py")
    assert probe.figures() == {
        "JA": (5, 7), "JB": (4, 5), "JC": (5, 5), "JD": (3, 5), "JE": (4, 5), "NX": (11, 12),
        "CJ": (10, 12), "CX": (10, 10), "CG": (25, 30), "CN2": (10, 12),
    }
