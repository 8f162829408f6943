"""Family, faith and occasions beside praise versus inside a judgement.

The person's family named in a letter, a citation, a tribute or a bio beside praise is no judgement; family that
takes part in a judgement (its grounds, a clause with an assessment cue, a consequence drawn from it) still is
(RuleContext judgement "linked"). The writer's own family, faith and relatives; a negated suitability predicate
as the judgement a family mention grounds; an emotion at an occasion of recognition or farewell, or said of an
event; 'old enough to'. Texts from scripts/bias_round17_probe.py and scripts/bias_round18_probe.py. Each case
asserts the whole list of flags."""

from __future__ import annotations

import pytest

from tests.fixtures.bias import flags
from tests.fixtures.scripts import load_script


@pytest.mark.parametrize(
    "text",
    [
        # comitative and coordinated family beside praise
        "Priya joined the finance team in 2019 after eight years at a regional bank. She leads our month-end close "
        "and built the new forecasting model. Outside work she lives in Leeds with her husband and two daughters.",
        "Alice accepted her award with her children and grandchildren by her side. \"None more deserving, "
        "hardworking, honest and loyal,\" said her supervisor.",
        "Chief Ramos leaves a department at the top of its game. He and his wife Joan intend to travel to every "
        "national park in their new trailer.",
        "Grace and her husband co-founded the community garden in 2015, and she has chaired its board ever since.",
        # a life event in a time clause, a family role praised for itself, kinship in a biography
        "Maria completed her master's in public health with distinction while raising two children and working "
        "part-time at the county clinic.",
        "He performs every duty placed before him with excellence. He is a caring husband and a committed father.",
        "Professor Amyx was one of three sons of a nurseryman and became the leading specialist in Corinthian "
        "vase painting.",
        "Ms. Duarte is the mother of one of my former students, and she kept immaculate accounts as treasurer.",
        # a modal predicting what the family does, not the work
        "After 30 years, Maria retires in June and says she will spend more time with her grandchildren.",
        "Her husband Tom and their three children would like to thank everyone who came to the celebration.",
        # having children or caring for a parent, stated as a fact (family_status.care_mention)
        "She is married with two children and lives in Denver, where she leads our regional sales team.",
        "Lena, who has two young children, joined the lab in May and has already published two papers.",
        "He spent two years caring for his mother before he joined the lab, and his thesis won the faculty prize.",
        # an age word on the person's parent describes the relative (age.old_person)
        "Raj flew home twice this year to look after his aging father, and he never missed a client call.",
        # "explained" is a consequence link only after "which"/"this"/"that"/"it"
        "Nominated by a patient's daughter, Sister Okoro was praised for staying late to explain a difficult "
        "discharge plan in plain words.",
    ],
)
def test_family_beside_praise_is_clean(text: str) -> None:
    assert flags(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # grounds: a role, a reason, time since, a fronted 'with'
        ("As a mother of three, Sarah is also highly skilled at multitasking.",
         [("family_status.children_count", "mother of three, Sarah is also highly skilled")]),
        ("I am confident that Jane would bring the same dedication to her work as she does to her role as a mother.",
         [("family_status.parenthood_mention", "mother")]),
        ("Since her twins arrived, Aisha has been less available for the evening releases.",
         [("family_status.parenthood_mention", "twins arrived, Aisha has been less available")]),
        # concession
        ("Despite being a mother of two, she finished the certification ahead of everyone else.",
         [("family_status.children_count", "mother of two")]),
        ("Even with a new baby at home, Kenji never missed a sprint deadline this year.",
         [("family_status.parenthood_mention", "baby at home, Kenji never missed a sprint deadline this year")]),
        # a consequence drawn from it
        ("He is newly married, so I doubt he will want the night shift.", [("family_status.marital", "newly married, so I doubt he will want the night shift")]),
        ("Her children are grown now, which means she can finally give the role the hours it needs.",
         [("family_status.parenthood_mention", "children are grown now, which means she can finally give the role the hours it needs")]),
        ("She's a mother of two, which explains the missed deadlines.",
         [("family_status.children_count", "mother of two, which explains the missed deadlines")]),
        ("Her husband's job keeps moving them, which makes her a flight risk.",
         [("family_status.marital", "Her husband's job keeps moving them, which makes her a flight risk")]),
        # a contrast drawn after it: "X, but Y" concedes X as "although X, Y" does
        ("He is a great dad, but his mind is clearly elsewhere in meetings.",
         [("family_status.parenthood_mention", "dad")]),
        ("I would not put her on the launch; she is expecting her second child in May.",
         [("family_status.pregnancy", "expecting her second child")]),
        # an assessment cue in its clause
        ("She manages the care of her ailing mother remarkably well and still delivers on time.",
         [("family_status.parenthood_mention", "ailing mother")]),
        ("She struggled to keep to her schedule once her babysitter quit.",
         [("family_status.parenthood_mention", "babysitter")]),
        ("With young kids she won't want the promotion.", [("family_status.care_mention", "With young kids")]),
        ("He is caring for his father, so keep him off the audit.",
         [("family_status.care_mention", "caring for his father")]),
    ],
)
def test_family_in_a_judgement_is_flagged(text: str, expected: list[tuple[str, str]]) -> None:
    assert flags(text) == expected


def test_family_beside_praise_probe_counts() -> None:
    """scripts/bias_round17_probe.py as measured: (neutral flagged, judged flagged)."""
    probe = load_script("scripts/bias_round17_probe.py")
    assert probe.run() == (1, 12)  # the one left: a parental leave beside a later 'lead' (family_status.leave)
    assert probe.run(probe.FRESH_NEUTRAL, probe.FRESH_JUDGED, "fresh ") == (1, 7)  # a negated fit: see the own-family sets below
    assert probe.run(probe.FRESH2_NEUTRAL, probe.FRESH2_JUDGED, "fresh2 ") == (0, 9)
    assert probe.age_run() == (0, 4)


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
def test_own_family_faith_and_occasions_are_clean(text: str) -> None:
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
def test_own_family_faith_and_occasions_judged(text: str, expected: list[tuple[str, str]]) -> None:
    assert flags(text) == expected


def test_a_negated_fit_needs_the_family_as_its_grounds() -> None:
    assert flags("Omar said he was not ready for the surprise party his kids threw for his 20th anniversary "
                 "at the firm.") == []


def test_own_family_and_occasion_probe_counts() -> None:
    """scripts/bias_round18_probe.py as measured: flagged per set."""
    probe = load_script("scripts/bias_round18_probe.py")
    assert {name: flagged for name, (flagged, _total) in probe.run().items()} == {
        "own_family_clean": 0, "own_family_judged": 9, "fit_judged": 12, "fit_clean": 1,
        "occasion_clean": 0, "occasion_judged": 8, "event_clean": 1, "event_judged": 6,
        "old_enough_clean": 0, "old_enough_judged": 3, "retirement_clean": 0, "retirement_judged": 3,
        "group_clean": 0, "group_judged": 3,
        "kin_clean": 0, "kin_judged": 5,  # a relative's stroke with no judgement tied to it
        "self_clean": 0, "self_judged": 5,
    }
