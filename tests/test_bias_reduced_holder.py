"""Whose characteristic, round 27: a served person's attached by a participle or preposition, and accommodations
told with their good result.

- A characteristic attached to a noun for the people the person serves by a reduced relative or a preposition ("a
  rider using a wheelchair", "a customer wearing hearing aids", "a commuter on crutches", "diners over eighty") is
  theirs (analyzers/bias: _Checker._others_phrase, _REDUCED_OPENERS; served nouns in bias_context.yaml served_people). The
  same attachment on a role noun of the person ("our new cashier using a wheelchair") is no served person's.
- A negated failure verb in a result clause of an accommodation ("after the desk was raised he has not missed a
  deadline") is praise of the result, not a judgement of the characteristic (_Checker._praise_negations); a
  failure, a conceded one ("even with captions she did not follow ...") or a negated ability stays tied.

Texts from scripts/bias_round27d_probe.tsv (written in our own words after outside pages). Each case asserts the
whole list of flags."""

from __future__ import annotations

import pytest

from tests.fixtures.bias import flags
from tests.fixtures.scripts import load_script


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a served person's characteristic, attached by a participle or a preposition
        ("On the late route Tom deployed the ramp for a rider using a wheelchair and still kept to the timetable. "
         "He also logged every lift fault the same night.", []),
        ("Priya took a call from a customer wearing hearing aids and switched to the text relay without being "
         "asked.", []),
        ("Marcus helped a commuter on crutches through the barrier during the signal failure.", []),
        ("Leon spent twenty minutes with a passenger in a wheelchair whose booking had been lost, and found her a "
         "seat on the next train.", []),
        ("Sam rebuilt the booking form so that applicants using screen readers can finish it without help.", []),
        # an accommodation told with its good result
        ("Joe uses a wheelchair, and after the desk was raised he has not missed a deadline since March. He "
         "closed 40 tickets last month.", []),
        ("Rosa is deaf, and with captions on every team call she never missed an action item this year.", []),
        ("Nadia has dyslexia; with the screen reader the team installed she never fell behind on the case notes.",
         []),
        ("Tara has low vision, and once the magnifier software was installed she never fell behind on the "
         "invoices again.", []),
    ],
)
def test_served_attachments_and_accommodations_are_clean(text: str, expected: list[tuple[str, str]]) -> None:
    assert flags(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mia uses a wheelchair, so she is slower than the others on the floor. I would keep her on the phones.",
         [("disability.health_mention", "wheelchair, so she is slower")]),
        ("He wears hearing aids, and he missed half the calls this quarter because of it. I doubt he can stay on "
         "dispatch.", [("disability.health_mention", "hearing aids, and he missed half the calls this quarter")]),
        ("Rosa is deaf, and even with captions she did not follow the team calls. I would not put her on the "
         "client account.",
         [("disability.status_mention", "deaf, and even with captions she did not follow the team calls")]),
        ("Joe uses a wheelchair and did not manage the stockroom shifts. We should not have hired him for this "
         "role.", [("disability.health_mention", "wheelchair and did not manage the stockroom shifts")]),
        ("Nadia has dyslexia, so she cannot keep up with the case notes. Her reports are always late.",
         [("disability.condition_mention", "dyslexia, so she cannot keep up")]),
        ("Dan has been on crutches since the spring and is too slow on the shop floor.",
         [("disability.health_mention", "crutches since the spring and is too slow")]),
    ],
)
def test_judged_characteristics_stay_flagged(text: str, expected: list[tuple[str, str]]) -> None:
    assert flags(text) == expected


def test_probe_figures() -> None:
    probe = load_script("scripts/bias_round27d_probe.py")
    assert probe.figures() == {
        "SR": (8, 8, 0), "AR": (5, 6, 1), "PF": (7, 12, 1), "CS": (4, 4, 0), "CP": (1, 4, 0),
    }
