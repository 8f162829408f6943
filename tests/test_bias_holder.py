"""Round 21 (scripts/bias_round21b_probe.py): who a characteristic belongs to. A characteristic word said of
the people the reviewed person serves ("older customers", "a deaf customer", "residents with dementia",
"a session for children with autism", "sold hearing aids to older clients") or inside a capitalised name of a
unit, network or award ("the Black Employees Network", "the Older People's Mental Health team") is a mention,
not a remark about the person; one predicated of the person, compared with them or followed by a reflexive
("because he is young himself", "for someone her age") keeps its flag. Each case asserts the whole list of
flags."""

from __future__ import annotations

import pytest

from assistant.analyzers.bias import check_bias
from tests.fixtures.scripts import load_script


def flags(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.text) for f in check_bias(text).flags]


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


def test_probe_figures() -> None:
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
