"""Round 39 (goals39c): a goal told as a transitive verb of making an amount less, more or better, its object and the
amount it is changed by or to left open ("Improve user retention by X%", "Improve average order value to Z amount")
names a measured metric: the object of a verb of changing an amount with a "by <amount>" adjunct is the amount's
bearer (Quirk et al. 1985, 8.35), so the goal is specific, as "Increase conversion rate by X%" already was; the open
value leaves it not measurable. The verbs are WordNet 3.0's (the lemmas of assistant/data/changed_participles.txt).
Look-alikes keep their reading: the same verb with no amount, with a means ("by delivering ..."), with a template
letter for a name ("region X"); filled amounts stay specific and measurable.

Texts from ``evals/probes/round39/goals39c.jsonl`` (tune half) and evals/goals.jsonl. Each case asserts all five SMART
verdicts of one goal (reference date 2026-12-01)."""

from __future__ import annotations

import pytest

from assistant.analyzers.goal import check_goal
from assistant.analyzers.goal.metric_verbs import changing_verbs
from tests.fixtures.goals import TODAY, smart, verdicts


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Improve performance by X%.", "S.A.."),
        ("Improve Productivity by X%.", "S.A.."),
        ("Improve retention by X%.", "S.A.."),
        ("Improve accuracy by X% on all shot types.", "S.A.."),
        ("Improve average order value to Z amount.", "S.A.."),
        ("Improve efficiency by X%.", "S.A.."),
    ],
)
def test_the_object_of_a_verb_of_change_with_an_open_amount_is_a_metric(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # a filled amount: specific and measurable
        ("Improve NPS by 20 points.", "SMA.."),
        ("Improve customer retention by 15%.", "SMA.."),
        ("Improve performance by 10%.", "SMA.."),
        # no amount: a direction on an area
        ("Improve customer satisfaction.", "..A.."),
        ("Improve patient care.", "..A.."),
        ("Increase customer satisfaction.", "..A.."),
        ("Boost average order value.", "..A.."),
        # "by" with a means, not an amount
        ("Enhance the experience by delivering clearer support.", "..A.."),
        # a template letter where a name belongs leaves the object unnamed
        ("Improve sales in region X by Y%.", "..A.."),
    ],
)
def test_look_alikes_keep_their_reading(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


def test_the_verbs_are_the_transitive_verbs_of_changed_amount() -> None:
    verbs = changing_verbs()
    assert {"improve", "enhance", "reduce", "cut back", "increase", "boost", "lower"} <= verbs
    assert not {"grow", "rise", "fall", "work on", "develop", "support"} & verbs


def test_the_rewrite_keeps_the_placeholder_and_adds_no_number_date_or_name() -> None:
    report = check_goal("Improve User Retention by X% in Y months.", today=TODAY)
    assert report.rewrite == (
        'Improve User Retention by X% in Y months from [current "User Retention"] to [target: number or %] by '
        '[deadline] to support [which team or organisation objective does "User Retention" serve?].'
    )
