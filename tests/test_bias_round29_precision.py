"""Bias precision, round 29a (scripts/bias_round29a_probe.py).

Mentions that name someone other than the reviewed person, or a thing: a trade's licence grade named for its
holder ("the journeyman he works under": gendered_language.licence_grade flags only a grade said of every holder),
children in a room named for them ("the toddler room": the text is a care setting, and the room is a thing), a
relative who takes part in the reviewed work with a step someone else took to keep the assessment independent,
a quantifier that binds a thing, not the role after it ("every run the inspector checked ... she"), and a
pronoun past the clause of a quantified object, which takes the clause's named subject ("Luca met every supplier
in person, and he must now send his notes") or the complement of what every role knows or says of the person named
just before ("Katrin runs the night desk. Every manager knows she will answer within the hour"). Their
biased counterparts stay flagged, and an origin qualifier's flag takes in the praise it frames. Each case asserts the whole list of flags."""

from __future__ import annotations

import pytest

from tests.fixtures.bias import flags
from tests.fixtures.scripts import load_script


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Every journeyman should check his apprentice's bends before the inspector arrives.",
         [("gendered_language.licence_grade", "journeyman")]),
        ("She has the skills of any journeyman on the site.", [("gendered_language.licence_grade", "journeyman")]),
        ("Luis was promoted to foreman in May and runs the pour crew well.",
         [("gendered_language.job_titles", "foreman")]),
        ("Grace has been a practitioner in the baby room since January. She is a mother of three, so she will "
         "probably not want the room leader role.",
         [("family_status.children_count", "mother of three, so she will probably not want the room leader role")]),
        ("Rosa works in the toddler room. She has been distracted since the kids started school, and I doubt she "
         "wants the deputy role.", [("family_status.parenthood_mention", "the kids")]),
        ("The trainer who rode along is her husband, so she probably had an easy ride.",
         [("family_status.spouse_mention", "husband, so she probably had an easy ride")]),
        ("The assessor was her husband, so the result obviously cannot be trusted and she should resit.",
         [("family_status.spouse_mention", "husband, so the result obviously cannot be trusted")]),
        ("His wife is the HR director, so the promotion panel went easy on him.",
         [("family_status.spouse_mention", "wife is the HR director, so the promotion panel went easy")]),
        ("Every adjuster should review his flagged claims by Friday, and Dana now does.",
         [("gendered_language.generic_pronoun", "his")]),
        ("Tomás gives every engineer his review comments within a day.", [("gendered_language.generic_pronoun", "his")]),
        ("Marta is new. Every supervisor knows he has to approve overtime in the tool.",
         [("gendered_language.generic_pronoun", "he")]),
        ("Each nurse knows she is responsible for her own charting.",
         [("gendered_language.generic_pronoun", "she"), ("gendered_language.generic_pronoun", "her")]),
        ("Katrin says every broker should know his client's renewal date by heart.",
         [("gendered_language.generic_pronoun", "his")]),
        ("His English is surprisingly clear for someone who only moved here from Haiti a few years ago.",
         [("race_ethnicity.origin_frame",
           "His English is surprisingly clear for someone who only moved here from Haiti a few years ago")]),
    ],
)
def test_round29a_biased_forms_flagged(text: str, expected: list[tuple[str, str]]) -> None:
    assert flags(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "She bent the conduit with few corrections from the journeyman.",
        "Aisha passed her journeyman electrician exam in June.",
        "Kofi reached journeyman scale in September after 8,000 hours.",
        "Ifeoma has been a journeywoman electrician since 2019 and leads the fit-out crew on the clinic job.",
        "Jordan has worked in the toddler room since March. His observations are up to date, but he tends to talk "
        "over the children at snack time instead of waiting for them to ask.",
        "Callum has covered the infant room since Easter, and the babies settle quickly with him, but he needs to "
        "finish the sleep checks on the hour.",
        "The trainer who rode along is her husband, so the division manager scored the check separately to keep "
        "it fair.",
        "Her mentor on the scheme is her husband, so the programme lead signed off her portfolio instead.",
        "Dana reviewed every claim the adjuster flagged last quarter, and she should share her checklist with the "
        "new hires.",
        "Katrin checked every broker's credit rating before the renewal, and she booked the review meetings herself.",
        "Luca met every supplier on the new list in person, and he must now send his visit notes within a week.",
        "Priya trained each new cashier on the returns screen; she should now hand the training to her deputy.",
        "Katrin runs the night desk. Every manager on the floor knows she will answer within the hour.",
        "Dev owns the billing service. Every engineer on the team thinks he writes the clearest runbooks.",
    ],
)
def test_round29a_look_alikes_clean(text: str) -> None:
    assert flags(text) == []


def test_round29a_toddler_room_is_a_thing() -> None:
    assert flags("She is young and energetic, which is exactly what a toddler room needs.") == [
        ("age.young", "young and energetic, which is exactly what a toddler room needs")]


def test_round29a_probe_figures() -> None:
    figures = load_script("scripts/bias_round29a_probe.py").figures()
    for name in ("TG", "GQ", "SA"):
        assert figures[name] == (figures[name][1], figures[name][1], 0), name
    for name in ("TB", "CB", "CF"):
        assert figures[name][0] == figures[name][1], name
    assert figures["CS"][0] >= 5
    assert figures["CI"][0] >= 5
    assert figures["KC"][0] >= 4
    assert figures["GB"][0] >= 5 and figures["KX"][0] >= 4
    assert figures["OF"][0] >= 2
    assert figures["PQ"][0] >= 7 and figures["PB"][0] >= 5
    assert figures["PS"] == (figures["PS"][1], figures["PS"][1], 0)
    assert figures["PT"][0] == figures["PT"][1]
