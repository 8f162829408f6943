"""Bias recall by form, round 28b (scripts/bias_round28b_probe.py).

Gendered group words used of the people someone leads: owned by a person ("his men", "Aisha's lads":
gendered_language.possessed_group) or an informal group word placed in a workplace unit ("the fellas on the dock":
gendered_language.group_word_in_unit); appearance demanded of the person (a smile asked for by degree, frequency or
an if-clause, femininity asked of dress, makeup worn as the condition, a haircut demanded:
appearance.demanded_of_person); coming out told as the problem (sexual_orientation.coming_out); "eloquent" with the
surprise comment of race_ethnicity.well_spoken; praise qualified by where the person was raised
(race_ethnicity.origin_given); a judgement grounded in the person's stage of life (age.stage_of_life). Person
predication keeps the innocent senses clean: a gendered title naming the post itself ("the foreman post", "the
chairman role"), a generation label said of customers, the Boys and Girls Clubs, a possessive modifier
("the men's team"), "came out of legal", "smile sheets", a window dressed, "given where the project was". Each case
asserts the whole list of flags."""

from __future__ import annotations

import pytest

from tests.fixtures.bias import flags
from tests.fixtures.scripts import load_script


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sven is fair with his men, and the scaffold went up on time.",
         [("gendered_language.possessed_group", "men")]),
        ("Aisha's lads on the early shift cleared every pallet before nine.",
         [("gendered_language.possessed_group", "lads")]),
        ("Ask the fellas on the loading dock to sign the sheet.",
         [("gendered_language.group_word_in_unit", "fellas")]),
        ("He would land more accounts if he smiled a little more at the kiosk.",
         [("appearance.demanded_of_person", "if he smiled a little more")]),
        ("A smile once in a while would make her easier to approach.",
         [("appearance.demanded_of_person", "A smile once in a while")]),
        ("She needs to dress more feminine for the investor day.",
         [("appearance.demanded_of_person", "dress more feminine")]),
        ("He would look fresher with some makeup on for the webinar.",
         [("appearance.demanded_of_person", "with some makeup on")]),
        ("Before the trade show he ought to get a shorter haircut.",
         [("appearance.demanded_of_person", "ought to get a shorter haircut")]),
        ("Since he came out, a few clients have complained about the account meetings.",
         [("sexual_orientation.coming_out",
           "Since he came out, a few clients have complained")]),
        ("Nadia presented the budget and was eloquent, which I honestly did not expect.",
         [("race_ethnicity.well_spoken", "eloquent")]),
        ("Given where she grew up, her written English is remarkable.",
         [("race_ethnicity.origin_given", "Given where she grew up")]),
        ("At her stage of life she will not want to travel to the new sites.",
         [("age.stage_of_life", "At her stage of life")]),
        ("Our foreman, Kemal, signed off the pour a day early.", [("gendered_language.job_titles", "foreman")]),
        ("As a digital native, Zoe should own the new dashboards.",
         [("age.generational_labels", "digital native")]),
    ],
)
def test_round28b_forms_flagged(text: str, expected: list[tuple[str, str]]) -> None:
    assert flags(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The contract came out of legal with two changes, and Noor signed it.",
        "Since she came out to the team, she has led two launches.",
        "At this stage of the rollout, Omar tested every store.",
        "The foreman post was renamed site lead in 2019.",
        "The chairman role was split into two co-chair posts in 2021.",
        "Our users are mostly millennials, so Lea rewrote the onboarding emails.",
        "Most of our guests are baby boomers, so Ali added a phone line for bookings.",
        "He runs the men's five-a-side team and organised the league.",
        "The gents' changing room was refitted by Carl's crew.",
        "Ken dressed the stand for the expo and the leads doubled.",
        "Maya moved the course feedback from smile sheets to a short survey.",
        "Given where the project was in March, Dara did well to ship it.",
        "Her eloquent summary of the audit was read out at the board.",
        "Lena ran the toy drive with the local Boys and Girls Clubs.",
    ],
)
def test_round28b_look_alikes_clean(text: str) -> None:
    assert flags(text) == []


def test_round28b_probe_figures() -> None:
    probe = load_script("scripts/bias_round28b_probe.py")
    figures = probe.figures()
    for name in ("XG", "XA", "XR", "XY"):
        assert figures[name] == (figures[name][1], figures[name][1], 0), name
    # CC's "Every foreman ..." row stays flagged: a title said of every holder is the generic masculine
    assert figures["CC"] == (figures["CC"][1] - 1, figures["CC"][1], 1)
    for name in ("GN", "AP"):
        assert figures[name][0] >= figures[name][1] - 1, name
    assert figures["CT"][0] == figures["CT"][1]
    assert figures["HF"] == (figures["HF"][1], figures["HF"][1], 0)
    assert figures["HC"] == (figures["HC"][1], figures["HC"][1], 0)
