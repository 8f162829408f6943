"""Round 18 bias classes (scripts/bias_round18_probe.py): the writer's own family, faith and relatives; a
negated suitability predicate as the judgement a family mention grounds; an emotion at an occasion of
recognition or farewell, or said of an event; 'old enough to'. Each case asserts the whole list of flags."""

from __future__ import annotations

import pytest

from assistant.analyzers.bias import check_bias
from tests.fixtures.scripts import load_script


def flags(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.text) for f in check_bias(text).flags]


@pytest.mark.parametrize(
    "text",
    [
        # the writer's own kids or charges inside the matched phrase
        "On the hard days we need to remember that our kids are carrying more than we can see, and Ms. Grant "
        "never forgets it.",
        "Honestly, my kids would be lost without Mr. Reyes and his after-school tutoring.",
        # the writer's own faith and relatives
        "I keep halal, and Priya always orders for me when she books the team dinner.",
        "When I leave for Friday prayers, Omar covers the phones without being asked.",
        "My wife needs dialysis three times a week, and Tom at the pharmacy always has her prescriptions ready.",
        # an emotion at an occasion, or of an event
        "Sergeant Lee was visibly emotional as she accepted the Medal of Valor on behalf of her unit.",
        "Walt was emotional at his retirement lunch as the dock crew stood up one by one to thank him.",
        "Parting is always emotional, and Rosa made it easier for all of us.",
        "Layoffs are emotional, and Dana handled every conversation with care.",
        # an age of eligibility
        "Jo has been with us since she was old enough to hold a broom.",
        # an age word in a group the person serves or trains
        "She helps the older volunteers set up the tablets each Monday.",
        # retirement as an event
        "His retirement dinner ran late because so many clients wanted to speak, and he listened to each of them.",
    ],
)
def test_clean(text: str) -> None:
    assert flags(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Because her husband travels for work, Leila is not the right person for the on-call rota.",
         [("family_status.spouse_mention", "husband travels for work, Leila is not the right person for the on-call rota")]),
        ("Her children make her unsuitable for the field role.",
         [("family_status.parenthood_mention", "children")]),
        ("Since he became a father, Omar is no longer suited to the field sales role.",
         [("family_status.parenthood_mention", "father, Omar is no longer suited to the field sales role")]),
        ("Her kids come first, so she is not the right choice for the weekend rota.",
         [("family_status.parenthood_mention", "Her kids come first, so she is not the right choice for the weekend rota")]),
        ("I know the late releases are tough with a newborn at home, but you missed three of them.",
         [("family_status.parenthood_mention", "newborn")]),
        ("I noticed Ana wears a hijab, which might bother clients.", [("religion.observance", "hijab, which might bother clients")]),
        ("I doubt that with her kids she can travel.", [("family_status.parenthood_mention", "her kids")]),
        ("Her mother's dementia means she will miss the audits.", [("family_status.relative_health", "dementia")]),
        ("Kim gets emotional whenever the award committee picks someone else.",
         [("gender_coded.emotional", "emotional")]),
        ("Lisa was too emotional at the award ceremony to give her speech.",
         [("gender_coded.emotional", "emotional")]),
        ("Jenna was emotional when the client rejected her proposal.", [("gender_coded.emotional", "emotional")]),
        ("Grace is emotional in every planning meeting.", [("gender_coded.emotional", "emotional")]),
        ("The older analysts struggle with the new dashboards.", [("age.old_person", "older")]),
        ("Our older drivers resist every new tablet we hand them.", [("age.old_person", "older")]),
        ("She is just coasting toward retirement, so keep her off the new accounts.",
         [("age.age_mention", "retirement")]),
    ],
)
def test_judged(text: str, expected: list[tuple[str, str]]) -> None:
    assert flags(text) == expected


def test_a_negated_fit_needs_the_family_as_its_grounds() -> None:
    assert flags("Omar said he was not ready for the surprise party his kids threw for his 20th anniversary "
                 "at the firm.") == []


def test_probe_counts() -> None:
    """scripts/bias_round18_probe.py as measured: flagged per set."""
    probe = load_script("scripts/bias_round18_probe.py")
    assert {name: flagged for name, (flagged, _total) in probe.run().items()} == {
        "own_family_clean": 0, "own_family_judged": 9, "fit_judged": 12, "fit_clean": 1,
        "occasion_clean": 0, "occasion_judged": 8, "event_clean": 1, "event_judged": 6,
        "old_enough_clean": 0, "old_enough_judged": 3, "retirement_clean": 0, "retirement_judged": 3,
        "group_clean": 0, "group_judged": 3,
        "kin_clean": 0, "kin_judged": 5,  # bias22: a relative's stroke with no judgement tied to it
        "self_clean": 0, "self_judged": 5,
    }
