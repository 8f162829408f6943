"""Round 39 (goals39b): a key result told as its metric, the past participle of a transitive verb of making an amount
less, more or better, and a value ("Alteration turnaround reduced by [X] percent", "DPMO reduced by 30%"), a reduced
passive (Quirk et al. 1985, 17.97), names its metric as "down by" does: specific; a placeholder value ("[X]%", "Y%")
leaves the value open: not measurable (every tune item with "[X] percent" in evals/dev*/goals.jsonl is labelled so).
The participles are WordNet 3.0's (assistant/data/changed_participles.txt, scripts/build_changed_participles.py).
Look-alikes keep their reading: the imperative with a placeholder, a filled value, the past of an intransitive verb
(a report), a pronoun subject, a passive with its auxiliary.

Texts from ``evals/probes/round39/goals39b.jsonl`` (tune half) and the tune item dev28-goal-023. Each case asserts all
five SMART verdicts of one goal (reference date 2026-12-01)."""

from __future__ import annotations

import pytest

from assistant.analyzers.goal import check_goal
from assistant.analyzers.goal.metric_verbs import VERB_BOUND, participle_link
from assistant.wordlists import changed_participles
from tests.fixtures.goals import TODAY, smart, verdicts


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("KR: Alteration turnaround reduced by [X] percent by the end of 2027.", "S.A.T"),
        ("DPMO reduced by [X]%.", "S.A.."),
        ("Code smell count reduced by [X]%.", "S.A.."),
        ("Memory usage reduced by [Y]%.", "S.A.."),
        ("Bundle size reduced by [X]%.", "S.A.."),
    ],
)
def test_a_metric_reduced_by_a_placeholder_names_the_metric_and_leaves_the_value_open(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # a filled value: specific and measurable
        ("DPMO reduced by 30%.", "SMA.."),
        ("Admin task completion time reduced by 30%.", "SMA.."),
        # the imperative with a placeholder or a value keeps its reading
        ("Reduce bounce rate by Y%.", "S.A.."),
        ("Increase conversion rate by X%.", "S.A.."),
        ("Reduce churn by 20%.", "SMA.."),
        # the past of an intransitive verb of changed amount is a report, not a reduced passive
        ("Revenue grew 20% in Q3.", ".MA.T"),
        ("Revenue grew by [X]% in Q3.", "..A.T"),
        # a pronoun is no metric; a passive with its auxiliary is a report
        ("We reduced by 10%.", ".MA.."),
        ("Costs were reduced by 10%.", ".MA.."),
    ],
)
def test_look_alikes_keep_their_reading(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


def test_the_participles_are_the_transitive_verbs_of_changed_amount() -> None:
    forms = changed_participles()
    assert {"reduced", "cut", "cut back", "lowered", "increased", "raised", "boosted", "improved", "enhanced",
            "minimized", "maximised"} <= forms
    assert not {"grew", "grown", "rose", "risen", "fell", "fallen", "dropped", "declined"} & forms


def test_a_modal_before_the_participle_is_no_link() -> None:
    links = [participle_link(m) for text in ("Costs reduced by 10%.", "Costs will reduced by 10%.")
             for m in VERB_BOUND.finditer(text)]
    assert links == [True, False]


def test_the_placeholder_is_kept_and_the_rewrite_adds_no_number_date_or_name() -> None:
    text = "KR: Alteration turnaround reduced by [X] percent by the end of 2027."
    report = check_goal(text, today=TODAY)
    assert report.rewrite == (
        "KR: Alteration turnaround reduced by [X] percent by the end of 2027 from [baseline] to [target: number or %] "
        "to support [which team or organisation objective this supports]."
    )
