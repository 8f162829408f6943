"""Round 21 bias recall (scripts/bias_round21_probe.py): appearance, age, gendered nouns and origin-coded remarks
from outside pages on workplace microaggressions. Classes: a compliment on what someone wears as a verbless
exclamation opening a sentence ("Nice skirt today, Jo."); apparent age ("looks like a student", "you don't
look 55"); a gendered noun as the standard of conduct ("like a real lady", "a perfect gentleman", retext's
"boyish"); being asked to go by another name or to speak for one's country; surprise at how well someone
speaks English; "robbing the cradle"; "the pretty one"; "is that your natural hair?"; a gendered person noun
for a role in any wording ("a great guy for the job", "the woman for this position"); remarks on a person's
voice ("your voice is very high", "vocal fry"); a haircut, a shave or facial hair asked of a person. Innocent look-alikes
(a product, a design, a survey, a thing that looks like a student's work, children by stated age) stay clean.
Each case asserts the whole list of flags."""

from __future__ import annotations

import pytest

from assistant.analyzers.bias import check_bias
from tests.fixtures.scripts import load_script


def flags(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.text) for f in check_bias(text).flags]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nice skirt today, Jo. The quarterly numbers look good too.",
         [("appearance.outfit_compliment", "Nice skirt")]),
        ("Great shoes, Tanya! The supplier review was thorough as always.",
         [("appearance.outfit_compliment", "Great shoes")]),
        ("Jenna looks like a student, so the clients may not take her seriously as the lead.",
         [("age.looks_age_compared", "like a student")]),
        ("You don't look 55 at all! Your energy on the launch was contagious.",
         [("age.looks_age_compared", "55")]),
        ("She handled the angry client like a real lady and never raised her voice.",
         [("gendered_language.gendered_comparisons", "like a real lady")]),
        ("He has a boyish charm that clients like.", [("gendered_language.gendered_comparisons", "boyish")]),
        ("Could you go by an American name with clients? Nobody can pronounce yours.",
         [("race_ethnicity.origin_praise", "go by an American name")]),
        ("Ahmed is always happy to explain what people from his country think about our product.",
         [("race_ethnicity.origin_praise", "what people from his country think")]),
        ("I was surprised how well Rosa speaks English; her client calls are clear and friendly.",
         [("race_ethnicity.english_surprise", "speaks English")]),
        ("Gina's husband is robbing the cradle; anyway, she closed three accounts this month.",
         [("age.coded_phrases", "robbing the cradle")]),
        ("Ana is the pretty one on the sales team, and customers ask for her by name.",
         [("appearance.pretty", "pretty")]),
        ("Kevin is a great guy for the job and the clients already know him.",
         [("gendered_language.gendered_person_for_role", "guy for the job")]),
        ("Honestly, she is the perfect woman for this job.",
         [("gendered_language.gendered_person_for_role", "woman for this job")]),
        ("Your voice is very high. The presentation covered the main points.",
         [("gender_coded.voice_remarks", "Your voice is very high")]),
        ("Jo's vocal fry makes her sound less sure of the numbers.", [("gender_coded.voice_remarks", "vocal fry")]),
        ("Dan needs a haircut before he can be staffed on client projects.",
         [("appearance.grooming_demands", "needs a haircut")]),
        ("Joseph's goatee looks unprofessional at the security desk.",
         [("appearance.worn_or_body_described", "s goatee")]),
        ("Is that your natural hair, Tasha? It looks so different from last week. Your project plan was solid.",
         [("appearance.body_remarks", "Is that your natural hair")]),
    ],
)
def test_remark_flagged(text: str, expected: list[tuple[str, str]]) -> None:
    assert flags(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ines, our costume designer, built the dress for the second act in four days and stayed within the budget.",
        "As a senior engineer, Tom led the database migration and mentored two junior developers.",
        "Before joining us, Grace founded a network for women in engineering and ran it for six years.",
        "Rosa joined the board of a coding charity for girls aged 11 to 16.",
        "Great shoes are the first thing customers see in the window, so Ana redesigned the display.",
        "Lovely dress designs from the spring collection sold out in a week under Jo's plan.",
        "The survey asked how well staff speak English, French or Arabic, to plan the training rota.",
        "The dashboard looks like a student built it, so Sam rebuilt it over the weekend.",
        "He looks like a student of the game, always reading match reports.",
        "The results don't look 50% better yet, so Ravi reran the test with more data.",
        "Khurima set up the English name field in the CRM so callers' names are spelled correctly.",
        "Lovely hair salon opened next to the office, and Jo booked the team lunch there.",
        "She paid the man for the job in cash once the roof was fixed.",
        "Tom thanked the woman for the job reference she wrote last spring.",
        "The man for the work on the roof arrives at nine.",
        "The kitchen requires beard nets, and Sam ordered enough for all staff.",
        "Dan built the booking app for a barber shop; haircut bookings rose 30%.",
        "The high-pitched alarm on line 3 was fixed by Omar in an hour.",
        "Jo recorded the voice-over for the training video in one take.",
        "Omar shaved two seconds off the page load.",
    ],
)
def test_lookalike_clean(text: str) -> None:
    assert flags(text) == []


def test_probe_figures() -> None:
    probe = load_script("scripts/bias_round21_probe.py")
    assert probe.run(handbooks=False) == {
        "appearance": (14, 15),
        "age": (11, 12),
        "gendered_nouns": (11, 11),
        "origin_praise": (8, 8),
        "check": (12, 14),
        "lookalikes_flagged": (0, 26),
        "check_lookalikes_flagged": (0, 10),
        "check2_lookalikes_flagged": (0, 10),
        "gendered_role": (8, 8),
        "gendered_role_check": (4, 5),
        "gendered_role_lookalikes_flagged": (0, 6),
        "gendered_role_check_lookalikes_flagged": (0, 4),
        "voice_grooming": (11, 12),
        "voice_grooming_check": (6, 7),
        "voice_grooming_lookalikes_flagged": (0, 8),
        "voice_grooming_check_lookalikes_flagged": (1, 6),
    }
