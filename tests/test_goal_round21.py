"""Round 21 goal cases, from the fresh outside probe (scripts/goals_round21_probe.py) and the class probe
(scripts/goals_round21_class_probe.tsv).

Each case asserts all five SMART verdicts of one goal (reference date 2026-12-01)."""

from __future__ import annotations

import pytest

from tests.fixtures.goals import smart, verdicts


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # a plan objective names the unit or role that acts; the modal's next word is the clause's verb
        ("The facilities team will repaint the loading dock stairwell.", "S.A.."),
        ("The registrar will redesign the transcript request form.", "S.A.."),
        ("The help desk will rewrite the password reset instructions.", "S.A.."),
        ("The reference team will begin use of LibAnswers for chat purposes.", "SMA.."),
        # an inceptive verb's gerund is the work begun; "start thinking about" stays an effort
        ("The reference desk will begin using the new chat widget on the catalogue page.", "S.A.."),
        ("Begin using the shared onboarding checklist for new cashiers.", "S.A.."),
        ("The warehouse will begin scanning pallets at the receiving door.", "S.A.."),
        ("The team will begin working on engagement.", "..A.."),
        ("Staff will start thinking about improvement.", "..A.."),
        # the people served as subject say what happens to them, not the owner's work
        ("Improve employee engagement this year. Customers will receive the survey by email.", "..A.T"),
    ],
)
def test_a_noun_subject_with_a_modal_and_an_inceptive_verb(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # a bare plural or mass kind of artefact: any such artefacts would do (done state kept: measurable)
        ("Write technical documentation.", ".MA.."),
        ("Prepare design specifications.", ".MA.."),
        ("Develop clinical protocols.", ".MA.."),
        ("Develop and implement effective nursing protocols to ensure quality patient care.", ".MAR."),
        # "specific", "particular" before a bare plural leave which ones open
        ("Identify specific measures to improve retention.", ".MAR."),
        ("Implement particular safeguards for patient data.", ".MA.."),
        ("Goal One: Strengthen library culture. Objective: Identify specific measures to be taken to advance DEIA.",
         ".MAR."),
        # whom it is for, a name, a relative clause, an article or a count says which
        ("Write user documentation for the new expense-claims portal.", "SMA.."),
        ("Prepare design specifications for the Building C chiller replacement.", "SMA.."),
        ("Create marketing materials that explain the spring enrolment discount.", "SMA.."),
        ("Write the internal travel policy.", "SMA.."),
        ("Identify three cost-saving measures in the fleet budget.", "SMA.."),
        ("Run four webinars.", "SMA.."),
    ],
)
def test_a_bare_kind_of_artefact(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # what the deliverable itself will hold is no purpose beyond it
        ("Redesign the staff intranet page so that it includes the holiday rota.", "S.A.."),
        ("Update the onboarding checklist so that it covers the new badge process.", "..A.."),
        ("Working with the director, the systems librarian will redesign the library's home page so that it includes "
         "updates on events, classes, and workshops.", "S.A.."),
        # what changes for people is
        ("Redesign the intake form so that patients can finish it in five minutes.", "SMAR."),
        ("Rewrite the password reset guide so that staff stop calling the help desk.", "S.AR."),
    ],
)
def test_so_that_the_deliverable_holds(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # "the use of" is a noun: the infinitive after it is the action's purpose
        ("Promote the use of evidence-based practice to improve patient outcomes.", "..AR."),
        ("Promote the use of reusable containers to reduce cafeteria waste.", "S.AR."),
        ("Standardize the use of the SBAR handover sheet to prevent medication errors.", "SMAR."),
        # the verb "use" takes the infinitive as its complement
        ("Use the CRM to log every client call.", "..A.."),
        ("Staff will use the kiosk to sign in visitors.", "SMA.."),
    ],
)
def test_the_use_of_is_no_control_verb(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # "entire", "whole" say how much of a thing, not which
        ("Revamp the entire customer experience.", "..A.."),
        ("Modernize the entire process.", "..A.."),
        ("Repaint the whole east stairwell.", "S.A.."),
        ("Migrate the entire payroll database to the new server.", "SMA.."),
    ],
)
def test_totality_adjectives(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # a noun before a bare plural's head says which kind, as a for/of phrase does
        ("Submit incident reports.", "SMA.."),
        ("Complete safety inspection checklists.", "SMA.."),
        ("Produce vendor contract summaries.", "SMA.."),
        ("Audit fire extinguisher tags monthly.", "SMA.T"),
        # an adjective of quality, or a noun that is also a verb (the sort of work), leaves a kind
        ("Develop effective procedures.", ".MA.."),
        ("Produce technical manuals.", ".MA.."),
        ("Complete design documentation.", ".MA.."),
        # the people a bare plural goes to say which ones
        ("Distribute accurate reports to department heads on a monthly basis.", "SMA.T"),
        ("Publish research papers to improve our standing.", ".MAR."),
    ],
)
def test_a_noun_modifier_or_recipients_name_the_kind(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # a recurring deliverable with a cadence keeps measurable (done or not done each period), after a duty too
        ("Maintain accounts payable files and distribute accurate reports to department heads on a monthly basis.",
         "SMA.T"),
        ("Maintain clinical files and distribute accurate reports on a monthly basis.", "SMA.T"),
        ("Keep accurate logs and submit completed checklists each Friday.", "SMA.T"),
        ("Ensure the lobby is clean and send a photo report to facilities every week.", "SMA.T"),
        ("Write technical reports every month.", "SMA.T"),
        ("Create marketing materials monthly.", "SMA.T"),
    ],
)
def test_a_recurring_deliverable_with_a_cadence(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)
