"""The generic-pronoun rule tells a pronoun for a role holder in a rule-like statement from one for the
specific person a review paragraph is about (scripts/bias_pronoun_probe.py has the wider probe)."""

from __future__ import annotations

import pytest

from assistant.analyzers.bias import check_bias

GENERIC = "gendered_language.generic_pronoun"


def flags(text: str) -> list[tuple[str, str, str]]:
    return [(f.text, f.category, f.rule) for f in check_bias(text).flags]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # obligations on a role holder stay generic, a named person of the same gender nearby or not
        ("Luis always knows the pipeline. Every salesperson should know his numbers by heart.",
         [("his", "gendered_language", GENERIC)]),
        ("Dana never misses her one-to-ones. Each team lead is expected to hold his one-to-ones every week.",
         [("his", "gendered_language", GENERIC)]),
        ("When an engineer is on call, he must answer pages within ten minutes. Tom rewrote the rota.",
         [("he", "gendered_language", GENERIC)]),
        ("If a customer becomes angry, she should call a manager.", [("she", "gendered_language", GENERIC)]),
        ("Every manager should value his team.", [("his", "gendered_language", GENERIC)]),
        ("Every manager knows that the CEO trusts him.", [("him", "gendered_language", GENERIC)]),
        # a told event with no one named before: the pronoun is bound by the role
        ("Every student she mentored passed his exam.", [("his", "gendered_language", GENERIC)]),
        # the person's own habit after a conditional clause on someone served, or a role that is 'they'
        ("Sarah is our best agent. When a customer is rude, she stays calm and listens.", []),
        ("Dev runs the support rota. When a user reports a bug, he reproduces it before anything else.", []),
        ("Nina supervises the night shift. When a new nurse starts, she pairs them with a mentor.", []),
        ("Omar is a calm manager. When an employee makes a mistake, he talks it through in private.", []),
        # the object of praise, trust or respect is the person esteemed, not the role
        ("Aisha led the audit. Every reviewer praised her work on the sampling plan.", []),
        ("Kofi is the site lead. Each contractor on site trusts his safety briefings.", []),
        ("Peter runs the warehouse. Every driver appreciates how he plans the routes.", []),
        ("Our new analyst started in March. Every manager on the floor already relies on her forecasts.", []),
        # a told event about people met by the person named before
        ("Hugo handled the recall. Every customer who called got his personal attention.", []),
        ("Chen organised the offsite. Each of the interns said he was the most helpful mentor they had.", []),
        # a pronoun the role cannot bind names someone else, and so does the next one of that gender
        ("Each student in her class should read her notes.", []),
        ("Every customer who called him got his attention.", []),
        # 'any <role> would ...' praises the person; a colleague or teammate is the person's
        ("I am writing to recommend Maria for the role. Any manager would value her judgement.", []),
        ("I recommend him without reservation; any employer would benefit from his skills.", []),
        ("Any employee who works overtime must record it on his timesheet.", [("his", "gendered_language", GENERIC)]),
        ("Rita is generous with her time. If a colleague needs help, she is the first to offer it.", []),
        ("As a mentor, she is patient. Each junior on the team knows she will make time for them.", []),
        ("Amy is organised. Each client meeting she runs ends with clear actions.", []),
        # recall: a role with its own modifier before the obligation, a hypothetical 'selected' holder,
        # a passive in the conditional clause
        ("A technician on the night shift must log his readings every hour.", [("his", "gendered_language", GENERIC)]),
        ("Kim leads hiring. The selected candidate will relocate with his family in June.",
         [("his", "gendered_language", GENERIC)]),
        ("If a player is injured, he must report it to the coach at once.", [("he", "gendered_language", GENERIC)]),
        ("Lena chairs the panel. A reviewer with a question can email her directly.", []),
        ("Each member should update her weekly report.", [("her", "gendered_language", GENERIC)]),
        # a role phrase set beside the subject pronoun describes that person
        ("The perfect person for the job, she has led three launches.", []),
        ("The successful candidate will bring his own laptop.", [("his", "gendered_language", GENERIC)]),
    ],
)
def test_a_pronoun_for_a_role_holder_or_for_the_person_the_paragraph_is_about(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert flags(text) == expected
