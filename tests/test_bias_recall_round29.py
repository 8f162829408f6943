"""Bias recall by form, round 29b (scripts/bias_round29b_probe.py).

An age in words opening a judgement ("At fifty-eight she is ...": age.explicit_age_opening); the negated forms of
"would never guess" said of a partner (sexual_orientation.never_guess); the verb forms of a slur ("spazzed");
a second language said of the person (race_ethnicity.non_native_speaker) and someone's "broken English"
(race_ethnicity.broken_english); a demand to "prove herself" (gender_coded.prove_it_again_demand); a habit
adjective between a possessive and a trait noun ("her constant nagging"); "right-hand man"; "must be off her meds"; a
second predicate joined under the person's own subject ("He is confined to a wheelchair and too old ..."); a
characteristic tied to the writer's decision to take the person off work or confine them to some ("so we have
moved her off the window": analyzers/bias: _Checker._placement_after). Innocent senses stay clean: a number of minutes
or a percentage, a server nobody would guess had restarted, English-language links, a generic role-holder, a move
to an accessible office, a move off a shift for an observance or at the person's request, a likeness to a client
rather than to the writer. Each case asserts the whole list of flags."""

from __future__ import annotations

import pytest

from tests.fixtures.bias import flags
from tests.fixtures.scripts import load_script


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At fifty-eight she is probably not looking to move up, so I have not offered her the lead role.",
         [("age.explicit_age_opening",
           "At fifty-eight she is probably not looking to move up, so I have not offered her the lead role")]),
        ("Clients wouldn't guess she has a wife, so she can keep the Gulf accounts.",
         [("sexual_orientation.never_guess", "wouldn't guess she has")]),
        ("Nobody would guess he has a husband.", [("sexual_orientation.never_guess", "Nobody would guess he has")]),
        ("Ravi spazzed out when the build failed.", [("disability.slurs", "spazzed")]),
        ("English is his second language, so I have kept Piotr off the written client reports.",
         [("race_ethnicity.non_native_speaker", "English is his second language")]),
        ("English is not her first language, so I moved her off the customer emails.",
         [("race_ethnicity.non_native_speaker", "English is not her first language")]),
        ("His broken English puts some callers off.", [("race_ethnicity.broken_english", "broken English")]),
        ("She still needs to prove herself on a bigger account.",
         [("gender_coded.prove_it_again_demand", "needs to prove herself")]),
        ("A few customers commented on her hijab, so we have moved her off the window to the back office.",
         [("religion.observance", "hijab")]),
        ("He uses a wheelchair, so I took him off the site-visit list.", [("disability.health_mention", "wheelchair")]),
        ("Her constant nagging about the test plan wore the team down.",
         [("gender_coded.emotion_dismissals", "nagging")]),
        ("Priya has been my right-hand man on the audit this year.",
         [("gendered_language.gendered_idioms", "right-hand man")]),
        ("In the retro Kim joked that Priya must be off her meds.",
         [("disability.ableist_metaphors", "must be off her meds")]),
        ("He is confined to a wheelchair and too old to learn the new system.",
         [("disability.outdated_terms", "confined to a wheelchair"), ("age.too_old", "too old")]),
        ("Owen went to the same university as me, so I trust his numbers.",
         [("affinity.same_background", "went to the same university as me, so I trust his numbers")]),
    ],
)
def test_round29_recall_forms_are_flagged(text: str, expected: list[tuple[str, str]]) -> None:
    assert flags(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "At sixty percent capacity the line is underused.",
        "At twenty past nine the depot opens, and Ines unlocks it.",
        "You wouldn't know the server had restarted.",
        "English is his second language, and he also speaks Polish and Czech.",
        "Minh fixed the broken English-language links in the help centre.",
        "Rosa proved the new test rig could run overnight.",
        "He keeps the Sabbath, so we moved him off the Saturday shifts.",
        "He uses a wheelchair, so we moved him to the ground-floor office.",
        "She is pregnant, so at her request we moved her off the night rota.",
        "Dan fixed the wheelchair ramp, so I took him off the snagging list.",
        "Owen went to the same university as the client's CTO.",
        "Her constant updates to the client kept the migration on track.",
        "He sold the van, which was slow and too old.",
        "He is a Sikh, so I leave him to choose his own headwear under the hard hat policy.",
        "The client's son is 17 and too young to sign the form.",
        "The constant nagging doubt about the forecast was settled by Nadia's model.",
        "He was off his meds for a week after the surgery, and Ana covered his calls.",
    ],
)
def test_round29_innocent_senses_stay_clean(text: str) -> None:
    assert flags(text) == []


def test_a_generic_role_holder_gets_the_generic_pronoun_flag_only() -> None:
    assert flags("Whoever takes the role will need to prove himself quickly.") == [
        ("gendered_language.generic_pronoun", "himself")]


def test_round29b_probe_figures() -> None:
    probe = load_script("scripts/bias_round29b_probe.py")
    # round 29l: PT keeps 5/6 with a flag outside the labelled span ('was helped a lot', the help class);
    # SF 34 -> 35 'think Gordon is over the hill' (zero-'that' complement); MG 5 -> 6 'uses a cane' (mobility aid)
    # round 30b: SF 35 -> 36 'He has an urban style that ...' (race_ethnicity.urban_code_word)
    assert probe.figures() == {
        "CR": (10, 10, 0), "PT": (5, 6, 1), "ID": (8, 8, 0), "MT": (8, 8, 10), "XC": (11, 11, 0), "XP": (7, 7, 0),
        "XI": (13, 13, 0), "HF": (11, 11, 4), "HC": (10, 10, 0), "SF": (36, 40, 2), "SC": (20, 20, 0),
        "MG": (6, 6, 4), "GC": (4, 4, 0),
    }
