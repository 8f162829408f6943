"""Round 40 (goals40b): a key result told as a complete record set. A verbless key result whose verb is the past
participle of a verb of putting something on record (WordNet 3.0 synset 01000232 "record, enter, put down" and its
hyponyms whose first sense it is: assistant/data/record_participles.txt, scripts/build_record_participles.py) after
its subject, with "every", "each" or "all" on the set recorded (on the subject, or on the noun after a preposition of
the participle), is done when every member is on record: specific and measurable (the dev sets label
"KR: Every ewe's tag number and treatments recorded in the flock book" and "KR: Progress documented on all key
results" so). Look-alikes keep their reading: a quantifier over a time (a cadence), an attributive participle, a
record participle with no universal set, a participle that puts nothing on record ("backed by data").

Texts from the tune items dev29-goal-013, dev22-goal-044 and ``evals/probes/round40/goals40b.jsonl`` (tune half).
Each case asserts all five SMART verdicts of one goal (reference date 2026-12-01)."""

from __future__ import annotations

import pytest

from assistant.analyzers.goal import check_goal, load_rules
from assistant.analyzers.goal.records import record_participles, record_set
from tests.fixtures.goals import TODAY, smart, verdicts


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("KR: Every ewe's tag number and treatments recorded in the flock book.", "SMA.."),
        ("KR: Progress documented on all key results.", "SMA.."),
        ("KR: All tag numbers recorded in the flock book.", "SMA.."),
        ("Treatments recorded for every ewe.", "SMA.."),
        ("All nontrivial decisions documented.", "SMA.."),
        ("All critical decisions documented with versions.", "SMA.."),
    ],
)
def test_a_record_participle_over_a_whole_set_is_specific_and_measurable(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # a quantifier over a time is a cadence, no set of records
        ("Progress documented every week.", ".MA.T"),
        # no universal set: how many make it done is open
        ("Tag numbers recorded in the flock book.", "S.A.."),
        # an attributive participle modifies its noun; the verb is another
        ("All recorded calls reviewed.", "..A.."),
        # a participle that puts nothing on record
        ("Every product decision backed by quantitative data.", "..A.."),
        # the imperative keeps its reading (the actions' own path)
        ("Log errors through appropriate channels.", "S.A.."),
        ("Document all technical changes.", "SMA.."),
    ],
)
def test_look_alikes_keep_their_reading(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


def test_the_span_is_the_subject_and_the_participle_clause() -> None:
    text = "Treatments recorded for every ewe, so that the vet can check them."
    start, end = record_set(text, (0, len(text)), load_rules())
    assert text[start:end] == "Treatments recorded for every ewe"


def test_the_participles_are_the_verbs_of_putting_on_record() -> None:
    forms = record_participles()
    assert {"recorded", "logged", "documented", "registered", "chronicled"} <= forms
    assert not forms & {"entered", "kept", "taken", "posted", "marked", "backed", "reviewed"}


def test_the_rewrite_adds_no_number_date_or_name() -> None:
    report = check_goal("KR: Every ewe's tag number and treatments recorded in the flock book.", today=TODAY)
    assert report.rewrite == ("KR: Every ewe's tag number and treatments recorded in the flock book by [deadline] to "
                              "support [which team or organisation objective this supports].")
