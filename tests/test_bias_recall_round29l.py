"""Bias recall, round 29l (scripts/bias_round29l_probe.py).

Success put down to luck (gender_coded.success_put_down_to_luck) or to the help of others
(gender_coded.success_put_down_to_help); a mobility aid from the U.S. DOJ list (a cane, a walker, a crutch, a
rollator, a mobility scooter) in a judgement or a decision (disability.health_mention), with the person's work
handed to someone named as a decision ("so I gave the site inspections to Oliver"); an age idiom in a complement
clause whose 'that' is left out ("The team thinks he's over the hill"). Innocent senses stay clean: the writer's
luck, luck denied, help credited, sugar cane, a cane told with an accommodation, a shift handed over for an
observance, 'over the hill' as a path. Each case asserts the whole list of flags."""

from __future__ import annotations

import pytest

from tests.fixtures.bias import flags
from tests.fixtures.scripts import load_script


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Meera's pipeline doubled, but honestly she was lucky to land that account.",
         [("gender_coded.success_put_down_to_luck", "was lucky to land")]),
        ("Her record quarter was more down to luck than skill.",
         [("gender_coded.success_put_down_to_luck", "down to luck")]),
        ("The distributor deal fell into her lap after the previous rep left.",
         [("gender_coded.success_put_down_to_luck", "fell into her lap")]),
        ("I suspect she was helped a lot and is quick to take credit.",
         [("gender_coded.success_put_down_to_help", "she was helped a lot")]),
        ("Sofia has done well riding on her manager's coattails.",
         [("gender_coded.success_put_down_to_help", "coattails")]),
        ("Ruth needs a walking frame these days, so I would rather someone else ran the store tours.",
         [("disability.health_mention", "walking frame")]),
        ("Joy uses a cane, so I reassigned the store walk-rounds to Priya this quarter.",
         [("disability.health_mention", "cane")]),
        ("The team thinks he's over the hill, and his last two releases did slip.",
         [("age.age_phrases", "over the hill")]),
        ("The juniors think she is set in her ways, and she still prints every rota.",
         [("age.age_phrases", "set in her ways")]),
    ],
)
def test_round29l_forms_are_flagged(text: str, expected: list[tuple[str, str]]) -> None:
    assert flags(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "We were lucky with the weather on the site survey, and Meera still finished a day early.",
        "We are lucky to have Lucia on the team: she rebuilt the tender library.",
        "Yuki's growth owes nothing to luck: she rebuilt the pricing and called every lapsed account.",
        "She was lucky to escape the car crash unhurt, and she was back on the rota within a week.",
        "With help from the data team, Grace rebuilt the billing pipeline; she designed the schema.",
        "Sofia helped a lot with the audit, and the finance team relied on her reconciliations.",
        "Her team carried the new process into the other regions after she trained them.",
        "She got a lot of help from the data team and delivered the migration on time.",
        "With a lot of help from the vendor, she rebuilt the dispatch board in two weeks.",
        "He was in the right place at the right time when the pump failed and shut the valve within a minute.",
        "Her team carried her through the audit while she was on leave.",
        "She carried them through the outage with calm updates.",
        "The migration was helped a lot by the new tooling.",
        "Eleni ran the sugar cane supplier audit and cut rejected loads by a third.",
        "Bill uses a cane, and we moved his desk near the lift as he asked.",
        "Megan walks with a crutch at the moment, so I moved her desk to the ground floor as she asked.",
        "Tariq finished the migration early, so I gave the client calls to Nadia to free him for the audit.",
        "Dev keeps the Sabbath, so I gave his Saturday shifts to Kerry, who asked for extra hours.",
        "The survey team walked over the hill to the second site and Martin logged every reading.",
        "The team thinks he is over the moon about the new project.",
    ],
)
def test_round29l_look_alikes_stay_clean(text: str) -> None:
    assert flags(text) == []


def test_round29l_probe_figures() -> None:
    probe = load_script("scripts/bias_round29l_probe.py")
    # round 33: MA false flags 1 -> 0, 'mobility scooter, so he is not a good fit' is one disability remark
    # (analyzers/bias/extents.py _fit_verdict), no longer a separate affinity flag
    assert probe.figures() == {
        "LK": (6, 8, 0), "HP": (2, 5, 0), "MA": (6, 6, 0), "AR": (5, 5, 1), "LX": (8, 8, 0), "HX": (5, 5, 0),
        "MX": (6, 6, 0), "AX": (5, 5, 0), "FF": (6, 8, 0), "FC": (8, 8, 0), "TF": (4, 4, 0), "TC": (4, 4, 0),
        "LL": (5, 5, 0),
    }
