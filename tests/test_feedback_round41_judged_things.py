"""Round 41 (fb41): a thing the person judged bad is what they found, not their fault.

"During the storm on 12 February you judged the visibility too poor for the upper lift, kept your beginner group on
the nursery slope ..." (dev27-fb-027, tune half, a well-formed positive draft) was read as criticism ("poor") and drew
a missing next step. A verb of judging (Princeton WordNet 3.0: evaluate / pass_judgment / judge 00670279, assess /
appraise 00681447, deem 00693798, a lemma whose two most frequent senses include the synset;
assistant/data/judgement_verbs.txt, scripts/build_judgement_verbs.py) takes what the judge found as its object and
complement (Quirk et al. 1985, 16.43-16.45), so the problem there is read as the verbs of finding read theirs
(``problems._found_by_person``). Not in the passive (the person is what was judged), not the person's own work, not
another party's or the writer's judgement. Probe: scripts/fb41_probe.py."""

import pytest

from assistant.analyzers.feedback.problems import _FINDING_VERBS, _JUDGEMENT_PAIRS, _JUDGEMENT_VERBS
from tests.fixtures.feedback import reading_with_functions
from tests.fixtures.probes import tuned_row


def test_the_tune_draft_is_clean_praise() -> None:
    # dev27-fb-027 (tune): was constructive with a missing next step
    text = ("During the storm on 12 February you judged the visibility too poor for the upper lift, kept your beginner "
            "group on the nursery slope and moved the lesson inside for the last half hour. Two groups that went up had "
            "to be brought down by patrol, and yours went home happy and rebooked for the week.")
    assert reading_with_functions(text) == ("positive", [], [["situation", "behavior"], ["impact"]])


def test_the_built_list_holds_the_judging_verbs_only() -> None:
    assert {"judged", "assessed", "deemed", "evaluated", "appraised"} <= _JUDGEMENT_VERBS
    assert ("viewed", "as") in _JUDGEMENT_PAIRS
    # a judging sense below the two most frequent ("measure", "value", "hold") stays out
    assert not {"measured", "valued", "held"} & _JUDGEMENT_VERBS
    assert _JUDGEMENT_VERBS <= _FINDING_VERBS


@pytest.mark.parametrize("row_id, expected", [
    # probe half A, class: a judgement of a thing, no fault of the judge
    ("fb41-c03", ("positive", ["missing_impact"], [["situation", "behavior"]])),
    ("fb41-c05", ("positive", ["missing_impact"], [["behavior"]])),
    ("fb41-c21", ("positive", ["vague", "missing_impact"], [[]])),
    # probe half A, look-alikes: the judged work or the judgement is at fault
    ("fb41-l06", ("constructive", ["vague", "missing_impact", "missing_action"], [["criticism"]])),
])
def test_probe_rows(row_id: str, expected: tuple[str, list[str], list[list[str]]]) -> None:
    row = tuned_row("round41/fb41.jsonl", row_id)
    assert reading_with_functions(row["text"]) == expected


@pytest.mark.parametrize("text, expected", [
    # the person judging a thing: what they found
    ("You judged the light too poor and stopped the match.", ("positive", ["missing_impact"], [["behavior"]])),
    # the person judged (the passive), the person's own work, another party judging the person's work: criticism
    ("Tom was judged too slow by the panel.",
     ("constructive", ["vague", "missing_impact", "missing_action"], [["criticism"]])),
    ("You judged your own plan too weak and rewrote it.",
     ("constructive", ["missing_impact", "missing_action"], [["behavior", "criticism"]])),
    ("His report was deemed poor by the auditors.",
     ("constructive", ["missing_impact", "missing_action"], [["behavior", "criticism"]])),
])
def test_who_judges_what(text: str, expected: tuple[str, list[str], list[list[str]]]) -> None:
    assert reading_with_functions(text) == expected
