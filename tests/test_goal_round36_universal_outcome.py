"""A universal subject of an outcome (round 36, goalsatt36): the goal's statement has for subject a whole population
told with "all/every/each" and for predicate a state or outcome of it ("Every child is on track to graduate ...",
"All Customer needs are met", "Have every agent hit the strong benchmark ..."): a perfection target, attainable false
(evals/dev13, dev18, dev20 rulings). The universal in the object of the goal-holder's own act, a one-off completion
by a finite group, a possession given to each (evals/dev, dev9: "all advisors have access to ..."), a cadence ("each
time", "every month"), a rule of conduct at each event and a counted target stay attainable. Rows from
evals/probes/round36/goalsatt36.jsonl (real goals, sources there) and the tune items named; each case asserts all five
SMART verdicts and the span the unrealistic warning quotes (reference date 2026-12-01)."""

from __future__ import annotations

import pytest

from assistant.analyzers.goal import check_goal
from tests.fixtures.goals import TODAY, smart, verdicts


def unrealistic(text: str) -> list[str | None]:
    return [w.text for w in check_goal(text, today=TODAY).warnings if w.kind == "unrealistic"]


@pytest.mark.parametrize(
    ("text", "letters", "span"),
    [
        ("Every child is on track to graduate ready for college, career and community.", "...R.", "Every child is"),
        ("Every student graduates with a high school diploma and a second credential.", ".....",
         "Every student graduates"),
        ("Ensure each student is supported and connected.", ".....", "each student is"),
        ("Guarantee each graduate is future ready.", ".....", "each graduate is"),
        ("All Customer needs are met", ".....", "All Customer needs are"),  # dev18-goal-025
        ("Have every agent hit the strong benchmark on every QA criterion on every call.", "SM...",
         "every agent hit"),  # dev20-goal-026
        ("Ensure that all academic advisors are providing specific and accurate information.", ".....",
         "all academic advisors are"),  # dev9-goal-047
        ("By 2020, all students will develop a personalized educational path they can articulate and use to progress "
         "toward their evolving dreams.", "SM...", "all students will"),  # dev13-goal-019
    ],
)
def test_a_universal_subject_of_an_outcome_is_a_perfection_target(text: str, letters: str, span: str) -> None:
    assert verdicts(text) == smart(letters)
    assert unrealistic(text) == [span]


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Contact each customer at least 30 days before expiration of contract to negotiate renewal.", "SMAR."),
        ("Provide relevant, timely, and effective professional development opportunities for all staff.", "..A.."),
        ("Challenge all students to learn and grow by providing relevant curriculum and assessments.", "..A.."),
        ("All staff will complete harassment training by June 30, 2027.", "SMA.T"),
        ("EACH department, team, grade level, committee, organization etc. will have evaluated what is and is not "
         "working, prioritized needs, the work to be accomplished next year, budget requests and PD requests.", "SMA.T"),
        ("Each team has a clear development path (career development framework) available in the handbook.", "SMA.."),
        ("Ensure that all advisors have access to necessary student records.", "S.A.."),
        ("Each time new material is published, review our department's web page for material that is out-of-date.",
         "S.A.."),
        ("Ensure every bike is test-ridden before it is returned.", "SMA.T"),
        ("Each rep will make 50 calls a week.", "SMA.."),
        ("Make every effort to respond to emails the same day.", "S.A.."),
        # an act each member does, a state given to each thing (tests/test_goal_round31g.py, test_goal_methods.py)
        ("Make sure every agent follows the script on every call.", "SMA.."),
        ("All laptops are encrypted.", "SMA.."),
        ("Every manager will agree objectives with their staff this year.", "S.A.T"),
        # a population of future members: a standard each new one is built or trained to, a rule at each event
        ("All new buildings on campus will achieve LEED Silver certification.", "SMA.."),
        ("Every incoming apprentice will reach the level 2 standard within 12 months.", "SMA.T"),
    ],
)
def test_own_acts_completions_provisions_and_cadences_stay_attainable(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)
    assert unrealistic(text) == []
