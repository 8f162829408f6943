"""Round 41 (goals41b): a zero-frequency target told by negation over every occasion. "never" in the verb group of the
main clause after a subject of its own that names a thing ("KR: Furnace never drops below working temperature during
a class in 2027"), or a non-assertive "ever" anywhere in the clause of a negative subject ("KR: No brim on any hat we
sell ever drops"), holds the event at zero on every occasion of a running operation: a zero count (measurable) and a
perfection target (attainable false), as dev21 to dev30 label them (Quirk et al. 1985, 8.64, 10.58-10.64). Look-alikes
keep their reading: "never"/"ever" in a purpose or result clause, a relative clause or a conditional, an imperative,
and "never" inside a name after a verb's object ("Stabilize the never type").

Texts from the tune items dev30-goal-034, dev30-goal-042, dev2-goal-031, dev23-goal-004, dev25-goal-036 and
``evals/probes/round41/goals41b.jsonl`` (half A). Each case asserts all five SMART verdicts (reference date 2026-12-01)."""

from __future__ import annotations

import pytest

from tests.fixtures.goals import smart, verdicts


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("KR: No brim on any hat we sell ever drops.", "SM..."),
        ("KR: Furnace never drops below working temperature during a class in 2027.", "SM..T"),
        ("The live server never goes down.", "SM..."),
        ("The private key never leaves the signing environment.", "SM..."),
        ("Total refunds must never exceed what the patient actually paid.", "SM..."),
        ("No personal user data is ever collected.", "SM..."),
        ("No client and no user ever touches the SMB share.", "SM..."),
        ("A failure never stops the music.", "SM..."),
        # the readings before this round stay: a mishap verb, "again", "ever" near "no"
        ("Never fail an electrical inspection again.", "SM..."),
        ("KR: No dog ever goes home with a clipper burn or nick.", "SM..."),
    ],
)
def test_never_or_no_ever_over_a_running_operation_is_a_measured_perfection_target(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # a purpose or result clause: the negation is the aim, not the target
        ("Plan your harvest so that the forest never drops below 150 trees.", "SMAR."),
        ("Pin response so that it never expires.", "S.AR."),
        ("Shares are rounded down to the unit, so the distributed sum never exceeds the funded amount.", "SMAR."),
        # a relative clause: "never" describes the object of the task
        ("Remove stops that are never used.", "S.A.."),
        ("Remove imports that are never used.", "S.A.."),
        # a conditional: "ever" outside any negative clause
        ("If distribution of adapted Polaris data is ever proposed, that decision gets flagged and handled explicitly "
         "first.", "SMA.."),
        # "never" in a name after the verb's object opened: no subject, no frequency
        ("2026 goal: Stabilize the never type (!).", "SMA.T"),
    ],
)
def test_never_or_ever_outside_a_main_clause_about_a_thing_keeps_its_reading(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)
