"""Answer completeness: a quote that refers back carries the sentence that introduced its referent."""

from __future__ import annotations

from assistant.qa.complete import Reference, antecedent, complete, continues, opening_subject, references
from assistant.qa.models import Passage, Unit


def _units(texts: list[str], passage_id: str = "p") -> list[Unit]:
    passage = Passage(passage_id, "doc.md", "/doc.md", "Doc", "Section", " ".join(texts), texts, 0, 0.5)
    return [Unit(passage, i, text) for i, text in enumerate(texts)]


SERVICE = [
    "Complaints are first handled informally by the People team.",
    "The company has engaged an external health and safety service called Acme Care.",
    "Team members may contact this service to request a formal intervention.",
    "The advisor will investigate and write a report.",
]


def test_references_read_demonstratives_definite_subjects_and_pronouns() -> None:
    assert references("Team members may contact this service to request a formal intervention.") == [
        Reference("servic")]
    assert references("The panel may meet the employee and gives a decision within 20 days.") == [Reference("panel")]
    assert references("The appeal panel reviews it.") == [Reference("panel")]
    assert references("It covers: progress against the first goals.") == [Reference(None)]
    assert references("Leave such as PTO is entered in Workday.") == []
    assert references("Employees accrue four hours per pay period.") == []
    assert references("The employee is eligible for all benefits.") == []  # a generic actor, no reference


def test_a_demonstrative_reaches_back_to_the_sentence_that_named_it() -> None:
    units = _units(SERVICE)
    assert antecedent(units[2], units) is units[1]


def test_an_opening_pronoun_reaches_back_to_the_unit_before() -> None:
    units = _units(["The check-in is held between day 85 and day 95.", "It covers: progress and support."])
    assert antecedent(units[1], units) is units[0]


def test_a_referent_named_in_the_quote_itself_or_nowhere_before_is_no_reference() -> None:
    units = _units(["An appeal panel is formed; the panel decides within 20 days.", "Other text."])
    assert antecedent(units[0], units) is None
    units = _units(["Every employee has a review.", "The panel decides within 20 days."])
    assert antecedent(units[1], units) is None  # no earlier unit introduces a panel


def test_a_referent_is_looked_for_only_in_the_same_passage() -> None:
    first = _units(SERVICE[:2], "p1")
    second = _units(["Intro.", "Team members may contact this service to request a formal intervention."], "p2")
    assert antecedent(second[1], [*first, *second]) is None


def test_the_leads_referent_follows_it_and_displaces_the_last_quote() -> None:
    units = _units(SERVICE)
    quotes = [units[2], units[3], units[0]]
    assert complete(quotes, units, 3) == [units[2], units[1], units[3]]


def test_another_quotes_referent_only_fills_a_free_place() -> None:
    units = _units(SERVICE)
    assert complete([units[0], units[2], units[3]], units, 3) == [units[0], units[2], units[3]]
    assert complete([units[0], units[2]], units, 3) == [units[0], units[2], units[1]]


def test_a_referent_already_quoted_is_not_repeated() -> None:
    units = _units(SERVICE)
    assert complete([units[2], units[1]], units, 3) == [units[2], units[1]]


PLAN = [
    "A performance improvement plan is never started while an employee is on protected leave.",
    "A plan already running is paused on the first day of leave and resumes on return.",
    "Plan well before the first meeting.",
    "Situation: Standard; Minimum cadence: Monthly.",
    "Situation: On a plan; Minimum cadence: Weekly.",
]


def test_a_sentence_going_on_about_the_leads_subject_continues_it() -> None:
    units = _units(PLAN)
    assert opening_subject(PLAN[1]) == {"plan", "already", "run"}
    assert opening_subject("If you leave the agency, award leave is not paid out.") == {"award", "leav"}
    assert continues(units[0], units[1]) is True
    assert continues(units[1], units[2]) is False  # opens on a verb, not a noun phrase
    assert continues(units[3], units[4]) is False  # table rows share column names, not a subject
    assert continues(units[0], units[2]) is False  # not the unit right after
    pronoun = _units(["Probation lasts 90 days.", "It may be extended once, by up to 60 days."])
    assert continues(pronoun[0], pronoun[1]) is True


def test_the_continuation_fills_a_free_place_only_for_a_clause_asking_no_kind_of_value() -> None:
    units = _units(PLAN)
    other = _units(["Medical details are confidential."], "q")[0]
    assert complete([units[0], other], units, 3, [None]) == [units[0], units[1], other]
    assert complete([units[0], other], units, 3, ["when"]) == [units[0], other]
    assert complete([units[0], other, units[2]], units, 3, [None]) == [units[0], other, units[2]]
