"""Who a characteristic belongs to.

A characteristic word said of the people the reviewed person serves ("older customers", "a deaf customer",
"residents with dementia", "a session for children with autism", "sold hearing aids to older clients") or inside a
capitalised name of a unit, network or award ("the Black Employees Network", "the Older People's Mental Health
team") is a mention, not a remark about the person; one predicated of the person, compared with them or followed
by a reflexive ("because he is young himself", "for someone her age") keeps its flag.

A characteristic mention (BiasRule.kind ``mention``) is about someone other than the person evaluated
(_Checker._another_person) when it modifies a person noun in object or oblique position opened by a determiner or
another's possessive ("sat with the frail old woman"), or when its clause's subject is another person ("so that a
colleague can keep the Sabbath", "the resident's daughter, who is deaf"). A phrase predicated of the person, a
yardstick ("for a non-native speaker"), a requirement ("we need a native English speaker"), a label given to the
person ("called him the old guy") and a choice against the person ("instead of Ruth") stay the person's. Mention
rules for medical treatments (disability.treatment_mention), pensioner (age.pensioner), facial piercings
(appearance.facial_piercing); appearance compliments (appearance.suits_person, looks_adjectives).

Texts from scripts/bias_round21b_probe.py and scripts/bias_round24_probe.py. Each case asserts the whole list of
flags."""

from __future__ import annotations

import pytest

from tests.fixtures.bias import flags
from tests.fixtures.scripts import load_script


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the people served
        ("Hannah runs the weekly story time for toddlers and added a sensory session for children with "
         "autism and their carers.", []),
        ("Sanjay sold more hearing aids to older clients than anyone in the region and kept returns under 2%.", []),
        ("Leon patiently explained the billing change to a deaf customer using the text relay service.", []),
        ("Fatima supports residents with dementia through the evening routine.", []),
        # capitalised names of units, networks and awards
        ("Kwame leads the Disabled Staff Network and delivered the accessibility audit on time.", []),
        ("Ines manages the Older People's Mental Health team and reduced the waiting list to 6 weeks.", []),
        ("Liam runs the mentoring scheme of the Black Employees Network, pairing 20 mentors with new joiners.", []),
        # the person's own characteristic, or the served people's used to judge them: kept
        ("Tom relates to young customers because he is young himself.", [("age.young", "young")]),
        ("Ines is pregnant, so she should not lead the Older People's Mental Health team next year.",
         [("family_status.pregnancy", "pregnant, so she should not lead the Older People's Mental Health team next year")]),
        ("Priya is good with the elderly patients for someone her age.", [("age.age_phrases", "for someone her age")]),
        ("She has children with autism, so she cannot take the travel role.",
         [("family_status.relative_health", "autism, so she cannot take the travel role")]),
        ("His accent confuses callers.", [("race_ethnicity.accent", "accent")]),
        ("Kevin is a great guy for the job and the clients already know him.",
         [("gendered_language.gendered_person_for_role", "guy for the job")]),
        ("He is the token Black guy on the Diversity Committee.", [("race_ethnicity.ethnic_descriptor", "Black guy")]),
        ("Older Workers are slower to pick up the new tools.", [("age.age_phrases", "Older Workers")]),
    ],
)
def test_whose_characteristic(text: str, expected: list[tuple[str, str]]) -> None:
    assert flags(text) == expected


def test_served_and_named_units_probe_figures() -> None:
    probe = load_script("scripts/bias_round21b_probe.py")
    assert probe.run(handbooks=False) == {
        "served_flagged": (0, 22),
        "titles_flagged": (1, 15),
        "judged_caught": (23, 24),
        "check_innocent_flagged": (0, 12),
        "served_wording_caught": (10, 10),
        "check_wording_caught": (8, 8),
        "check_wording_innocent_flagged": (0, 8),
        "check_judged_caught": (5, 8),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wording rule's term is rejected whoever it describes, the people served included
        ("Marta runs the evening activities for the wheelchair-bound residents of the east wing.",
         [("disability.outdated_terms", "wheelchair-bound")]),
        ("Owen set up a reading club for handicapped children at the branch library.",
         [("disability.outdated_terms", "handicapped")]),
        ("Gemma organised transport for the disabled to the summer fair and recruited six drivers.",
         [("disability.outdated_terms", "the disabled")]),
        ("Tom drives the minibus for customers confined to a wheelchair and keeps the lift serviced.",
         [("disability.outdated_terms", "confined to a wheelchair")]),
        ("Ama is gentle with the senile residents on the second floor.", [("disability.rejected_labels", "senile")]),
        ("Chloe set up a lunch club for the handicapped and trained four volunteers to run it.",
         [("disability.outdated_terms", "the handicapped")]),
        # a mention rule's neutral or accepted word about the same people is no flag
        ("Noor helped 40 disabled customers keep their accounts open.", []),
        ("Rob supports bipolar patients on the acute ward.", []),
        ("Sara teaches autistic pupils in the resource base.", []),
        # said of the person, both kinds keep their flags
        ("He is an addict, so keep him away from the stock room.", [("disability.rejected_labels", "an addict")]),
        ("Our disabled colleagues struggled with the new rota.", [("disability.disabled_label", "disabled colleagues")]),
        ("Marta runs the evening activities for the deaf residents of the east wing.", []),
        ("Owen set up a reading club for older children at the branch library.", []),
    ],
)
def test_wording_whoever_it_describes(text: str, expected: list[tuple[str, str]]) -> None:
    assert flags(text) == expected


def test_rule_kinds() -> None:
    from assistant.analyzers.bias import BiasRule, load_rules

    rules = {r.id: r for r in load_rules(None).rules}
    assert rules["disability.outdated_terms"].term_kind == "wording"
    assert rules["disability.status_mention"].term_kind == "mention"
    assert rules["age.young"].term_kind == "mention"
    assert rules["gendered_language.gendered_person_for_role"].term_kind == "wording"
    base = {"id": "x.y", "severity": "low", "patterns": ["foo"], "explanation": "An explanation of the rule.", "suggestion": "Consider the work itself.",
            "source": "A style guide."}
    with pytest.raises(ValueError, match="characteristic category"):
        BiasRule(category="gender_coded", kind="mention", **base)
    with pytest.raises(ValueError):
        BiasRule(category="age", kind="slur", **base)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # about someone else: a third party in object position, another's subject, a relative clause
        ("Mia sat with the frail old woman in bed 4 through the night and kept her family updated.", []),
        ("She also covers Saturday mornings so that a colleague can keep the Sabbath.", []),
        ("Her colleague's father is on dialysis, so Priya swapped rotas with him for the month.", []),
        ("The resident's daughter, who is deaf, prefers email, so Jade sends her the weekly update in writing.",
         []),
        ("He encourages the younger players on the squad and applies feedback well.", []),
        # inside a capitalised name or title
        ("Appointed Lead - Maternity and Family Services in March, Kerry rewrote the triage pathway.", []),
        ("Omar ran the Diwali Food Drive again this year and collected 900 kg for the food bank.", []),
        # still the person's: a choice against them, a label given them, a requirement, a yardstick
        ("Give the project to one of the younger engineers instead of Ruth.",
         [("age.age_phrases", "younger engineers")]),
        ('In the debrief she called him "the old guy who can\'t keep up".', [("age.old_person", "old")]),
        ("We need a native English speaker for the support desk.",
         [("race_ethnicity.native_speaker", "native English speaker")]),
        ("Her written English is good for a non-native speaker.",
         [("race_ethnicity.non_native_speaker", "non-native speaker")]),
        # new characteristic nouns, judged
        ("With his dialysis three times a week, I doubt he can handle the regional role.",
         [("disability.treatment_mention", "dialysis three times a week, I doubt he can handle the regional role")]),
        ("Her radiotherapy has made her unreliable; she misses half the stand-ups.",
         [("disability.treatment_mention", "radiotherapy")]),
        ("After the chemotherapy she just doesn't have the stamina for a client-facing role.",
         [("disability.treatment_mention", "chemotherapy")]),
        ("He's basically a pensioner now, so he can't keep up with the new tools.",
         [("age.pensioner", "pensioner now, so he can't keep up with the new tools")]),
        ("Her nose ring is not the look we want on the front desk.", [("appearance.facial_piercing", "nose ring")]),
        # appearance compliments predicated of the person
        ("That colour really suits her; she should wear it for the board presentation.",
         [("appearance.suits_person", "colour really suits her")]),
        ("She's always beautifully turned out at the front desk.",
         [("appearance.suits_person", "beautifully turned out")]),
        ("He looks so smart these days, a real improvement.", [("appearance.looks_predicated", "smart")]),
        ("Jo always looks effortlessly elegant, even on night shifts.",
         [("appearance.looks_predicated", "elegant")]),
        # the new words in a neutral sense
        ("Sunita manages the dialysis unit's night shift and cut missed sessions by 20%.", []),
        ("She helps pensioners with benefit claims every Tuesday and closed 48 cases this quarter.", []),
        ("That approach suits her team well; they hit every milestone.", []),
        ("The new colour scheme suits the brand, and Lena delivered it a week early.", []),
        ("The report looks polished and the figures reconcile.", []),
    ],
)
def test_another_person_and_characteristic_nouns(text: str, expected: list[tuple[str, str]]) -> None:
    assert flags(text) == expected


def test_another_person_probe_figures() -> None:
    probe = load_script("scripts/bias_round24_probe.py")
    assert probe.figures() == {
        "T3": (14, 15), "TT": (10, 10), "TL": (5, 5), "JN": (17, 20), "JP": (10, 10), "NN": (10, 10),
        "CT": (10, 10), "CK": (10, 10), "TV": (6, 8), "JV": (5, 5),
    }
