"""A purpose told after the deliverable by a relative clause saying what the object will do for people ("Run 12
workshops that will teach growers where water comes from.", "health visitors ... who will provide women with
professional support"), by what a plan the goal makes is for ("Draft a communications plan to raise awareness of
the food bank.") or by what the trained party will change for the organisation ("Train six partner sites to
widen our volunteer base.") makes the goal relevant. A relative clause of the object's own properties ("leaflets that
are A5 size", "sites that joined in 2025"), the content of the training ("to use the new rota tool") and a bare
increase target give no purpose. Rows from scripts/goals_round26_class_probe.tsv, scripts/goals_round26_check_probe.tsv
and goals_round26_probe.tsv; each case asserts all five SMART verdicts (reference date 2026-12-01)."""

from __future__ import annotations

import pytest

from tests.fixtures.goals import smart, verdicts


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Run 12 workshops that will teach growers where water comes from.", "SMAR."),
        ("Print 2,000 leaflets that will tell tenants how to report damp.", "SMAR."),
        ("Set up three homework clubs that will give pupils a quiet place to study.", "SMAR."),
        ("Train six partner sites to widen our volunteer base.", "SMAR."),
        ("Coach ten store managers to grow our loyalty-card sign-ups.", "SMAR."),
        ("We are increasing the number of health visitors, trained nurses or midwives with specialist training in "
         "family and community health, by 4,200, who will provide women with professional support during pregnancy "
         "and after birth.", "SMAR."),
        # what a plan or strategy the goal makes is for
        ("Write a volunteer strategy to grow our volunteer base.", "SMAR."),
        ("Draft a communications plan to raise awareness of the food bank.", ".MAR."),
        ("Produce a travel plan to cut car journeys to the campus.", "SMAR."),
    ],
)
def test_what_the_deliverable_will_do_for_people_is_its_purpose(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Print 2,000 leaflets that are A5 size.", "SMA.."),
        ("Run 12 workshops that start at 10am.", "SMA.."),
        ("Train six partner sites that joined in 2025.", "SMA.."),
        ("Coach ten store managers to use the new rota tool.", "SMA.."),
        ("Increase the packs delivered to 5,000.", "SMA.."),
        ("Increase the leaflets printed to 2,000.", "SMA.."),
        # a plan as a lead-in: the goal's own verb follows
        ("Our plan is to open two new branches.", "SMA.."),
        ("We have a plan to move to the new office.", "SMA.."),
    ],
)
def test_a_property_or_a_bare_increase_gives_no_purpose(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)
