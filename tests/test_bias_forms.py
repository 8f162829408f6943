"""Bias carried by a form rather than a listed word (scripts/bias_forms_probe.py): each case asserts the
whole list of flags, so an innocent sense must draw none and a biased form exactly its own."""

from __future__ import annotations

import pytest

from assistant.analyzers.bias import check_bias

CASES = [
    # a vocative: set off by a comma or the sentence's edge
    ("Great job on the launch, guys, and thanks to Maria for the slides.",
     [("gendered_language.gendered_address", "guys")]),
    ("Ladies, please keep the kitchen tidy after the team lunch.", [("gendered_language.gendered_address", "Ladies")]),
    ("Ladies and gentlemen, welcome to the town hall.", []),
    ("The guys in the warehouse fixed the dock door.", []),
    # a person's garment or body part with a word describing how it looks
    ("Marco closed three deals, but his shoes were scuffed at the pitch.",
     [("appearance.worn_or_body_described", "his shoes")]),
    ("She put on her boots and walked the site with the auditors.", []),
    ("Try to put yourself in her shoes before the review.", []),
    ("He has two launches under his belt and wrote the checklist.", []),
    # a perception verb with a person as subject and a looks word
    ("The dashboard looks great on the new screens.", []),
    ("The candidate looks good on paper and interviewed well.", []),
    # a person labelled by body or looks
    ("Beth is a tiny woman, so she may struggle to lead the crew.", [("appearance.looks_label", "tiny")]),
    # the shortest span: a new form does not swallow another rule's term inside it
    ("She is a pretty girl and the clients love her.",
     [("appearance.pretty", "pretty"), ("gendered_language.girl_for_adult", "girl")]),
    ("The sales team needs a strong man at the top.", [("gendered_language.gendered_person_wanted", "man")]),
    ("She is surprisingly qualified for a woman.", [("gender_coded.prove_it_again", "for a woman")]),
    ("She is a big fan of the new tool.", []),
    ("The report was a stunner: revenue up 40 percent.", []),
    # age: of the person, not of a thing or of the audience
    ("He is too old for the night shift.", [("age.too_old", "too old")]),
    ("The laptops are too old for the new operating system, so Maya replaced them.", []),
    ("Maya ran a workshop for older workers on the pension changes, and attendance doubled.", []),
    ("The campaign Sam designed reached younger people through short videos.", []),
    ("We should hire younger people for the field team, not Ravi.", [("age.age_phrases", "younger people")]),
    ("Pat is late in her career and not worth the training budget.", [("age.career_stage", "late in her career")]),
    ("At this stage of the project, Dev should finish the API before the UI.", []),
    ("Chloe still has a lot of runway, so we can invest in her.", [("age.runway", "a lot of runway")]),
    ("The budget still has a lot of runway, so Chloe can hire a contractor.", []),
    # leave: the person's own in a judgement, not someone else's the person covered
    ("Ana's maternity leave hurt the launch.", [("family_status.leave", "maternity leave")]),
    ("Maria covered Ana's maternity leave and kept every deadline.", []),
    ("Lee handled the recall while his manager was on paternity leave.", []),
    # a group or condition as the yardstick; religion by observance
    ("He is impressively calm for someone with his condition.",
     [("disability.norm_comparison", "for someone with his condition")]),
    ("The parental leave policy applies equally for a mother or a father.", []),
    ("Bryn is a regular churchgoer and refuses Sunday shifts.", [("religion.observance", "churchgoer and refuses Sunday shifts")]),
    ("The holiday calendar lists every religious holiday so that teams can plan cover.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_form(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(flag.rule, flag.text) for flag in check_bias(text).flags] == expected


def test_probe_counts() -> None:
    """The probe's own sets (written before the method; the fresh ones after it) as measured."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "scripts" / "bias_forms_probe.py"
    spec = importlib.util.spec_from_file_location("bias_forms_probe", path)
    probe = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(probe)
    from assistant.analyzers.bias import load_rules

    rules = load_rules()
    # looks 5/8 with looks_evaluative; "Joe wears a large cross to client meetings" is graded by its size
    # (vocabulary intensity)
    assert probe.run(probe.BIASED, probe.INNOCENT, rules, "", []) == (88, 93, 0, 90)
    # round 35: "uniforms for men, women, boys and girls" is clean (the binomial for children), 2 -> 1 false
    assert probe.run(probe.FRESH_BIASED, probe.FRESH_INNOCENT, rules, "fresh ", []) == (31, 33, 1, 33)
