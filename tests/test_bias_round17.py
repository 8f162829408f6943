"""Round 17 bias class: the person's family named in a letter, a citation, a tribute or a bio beside praise
is no judgement; family that takes part in a judgement (its grounds, a clause with an assessment cue, a
consequence drawn from it) still is (RuleContext judgement "linked", scripts/bias_round17_probe.py).
Each case asserts the whole list of flags."""

from __future__ import annotations

import pytest

from assistant.analyzers.bias import check_bias
from tests.fixtures.scripts import load_script


def flags(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.text) for f in check_bias(text).flags]


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
         [("family_status.children_count", "mother of three, Sarah is also highly skilled at multitasking")]),
        ("I am confident that Jane would bring the same dedication to her work as she does to her role as a mother.",
         [("family_status.parenthood_mention", "mother")]),
        ("Since her twins arrived, Aisha has been less available for the evening releases.",
         [("family_status.parenthood_mention", "twins arrived, Aisha has been less available for the evening releases")]),
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


def test_probe_counts() -> None:
    """scripts/bias_round17_probe.py as measured: (neutral flagged, judged flagged)."""
    probe = load_script("scripts/bias_round17_probe.py")
    assert probe.run() == (1, 12)  # the one left: a parental leave beside a later 'lead' (family_status.leave)
    assert probe.run(probe.FRESH_NEUTRAL, probe.FRESH_JUDGED, "fresh ") == (1, 7)  # a negated fit: round 18
    assert probe.run(probe.FRESH2_NEUTRAL, probe.FRESH2_JUDGED, "fresh2 ") == (0, 9)
    assert probe.age_run() == (0, 4)
