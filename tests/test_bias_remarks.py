"""Remarks on appearance, age, gender and origin of the kind outside pages on workplace microaggressions list.

Appearance praised through a verb of looking or a superlative '-looking' on a person; 'articulate'/'well-spoken'
praise whose surprise is spelled out in a comment after it; "you people" tied to where the person comes from. A
compliment on what someone wears as a verbless exclamation opening a sentence ("Nice skirt today, Jo."); apparent
age ("looks like a student", "you don't look 55"); a gendered noun as the standard of conduct ("like a real lady",
"a perfect gentleman", retext's "boyish"); being asked to go by another name or to speak for one's country;
surprise at how well someone speaks English; "robbing the cradle"; "the pretty one"; "is that your natural
hair?"; a gendered person noun for a role in any wording ("a great guy for the job", "the woman for this
position"); remarks on a person's voice ("your voice is very high", "vocal fry"); a haircut, a shave or facial
hair asked of a person. Innocent look-alikes (a product, a design, a survey, a thing that looks like a student's
work, children by stated age) stay clean.

Texts from scripts/bias_round19_probe.py and scripts/bias_round21_probe.py. Each case asserts the whole list of
flags."""

from __future__ import annotations

import pytest

from tests.fixtures.bias import flags
from tests.fixtures.scripts import load_script


@pytest.mark.parametrize(
    "text",
    [
        "The new dashboard looks great and the team uses it daily.",
        "Priya looks great on paper for the lead role, so let us interview her.",
        "The new hire looks great so far and has closed two tickets.",
        "Her deck looked lovely and the numbers held up under questioning.",
        "Thanks, the report looks great, Sam.",
        "The best looking proposal came from Dana's team.",
        "She looks great for the promotion after the year she has had.",
        "She is articulate, which made the client call easy.",
        "She is articulate, which I did not need to coach.",
        "He is articulate and we did not expect the client to push back so hard.",
        "He is well-spoken, which is why we put him on the client calls.",
        "Thank you people for staying late to finish the stock count.",
        "You people in IT never close the tickets on time, and Dana agrees.",
        "I told him that you people from head office would visit on Monday.",
    ],
)
def test_looks_and_articulate_look_alikes_clean(text: str) -> None:
    assert flags(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Joan met her targets for the third year running. She always looks nice when the regional director "
         "visits.", [("appearance.looks_evaluative", "nice")]),
        ("Dear Aisha, thank you for presenting at the summit. You looked amazing on stage and the questions kept "
         "coming.", [("appearance.looks_evaluative", "amazing")]),
        ("Omar looked so dapper at the client dinner that the partners noticed.",
         [("appearance.looks_evaluative", "dapper")]),
        ("Carla is the best-looking rep on our team, and the buyers always ask for her.",
         [("appearance.looks", "best-looking")]),
        ("My nurse, Ada, is very articulate, which I honestly did not expect, and she explained every step.",
         [("race_ethnicity.well_spoken", "articulate")]),
        ("Marcus is well-spoken, something I didn't expect from his CV.",
         [("race_ethnicity.well_spoken", "well-spoken")]),
        ("He was far more articulate than I expected.",
         [("race_ethnicity.articulate", "articulate than I expected")]),
        ("I didn't expect her to be so articulate on the panel.",
         [("race_ethnicity.articulate", "didn't expect her to be so articulate")]),
        ("John is quick. You people from the islands bring good energy to the floor, but that is not enough.",
         [("race_ethnicity.you_people", "You people")]),
        ("Ana is reliable, though you people and your festivals leave the rota short every autumn.",
         [("race_ethnicity.you_people", "you people")]),
    ],
)
def test_looks_and_articulate_judged(text: str, expected: list[tuple[str, str]]) -> None:
    assert flags(text) == expected


def test_looks_and_articulate_probe_figures() -> None:
    probe = load_script("scripts/bias_round19_probe.py")
    assert probe.run() == {
        "looks_judged": (15, 16),
        "looks_clean": (0, 14),
        "articulate_judged": (10, 10),  # round 28b: "eloquent" joined race_ethnicity.well_spoken
        "articulate_clean": (0, 8),
        "you_people_judged": (8, 8),
        "you_people_clean": (0, 8),
    }


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


def test_microaggression_probe_figures() -> None:
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
        "voice_grooming": (12, 12),  # round 34: hairstyles by name ("His ponytail is not what clients expect")
        "voice_grooming_check": (6, 7),
        "voice_grooming_lookalikes_flagged": (0, 8),
        "voice_grooming_check_lookalikes_flagged": (1, 6),
    }
