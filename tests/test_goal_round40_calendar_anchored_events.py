"""Round 40 (goals40): an act timed by an event the calendar fixes is time-bound. A temporal preposition (before, after,
by, until, ahead of, prior to, in time for, following, at, on) whose event noun phrase carries a year, as the classifier
after a filled count slot ("before each of the four 2027 craft fairs") or in an "of" postmodifier ("before the first
shoot day of the 2027 season"; Quirk et al. 1985, 9.33-9.37, 17.101-17.108), dates the act as "before the 2027 season"
does (rule time.event); a counted series of such events is also a frequency (measurable). "Each"/"every" + a month or a
season as a noun-phrase adjunct of time ("each June", "every spring before start-up"; Quirk 8.54) is a yearly cadence.
Every tune item of evals/dev*/goals.jsonl with an event anchored to a year, month or season is labelled time-bound.

Look-alikes keep their reading: a past year bounds nothing, a counted series with a year that no temporal preposition
times ("for each of the three 2026 terms"), a season word that names a thing (an object, a prepositional complement, a
noun's modifier: "characterize each spring", "for each spring", "every fall event"), a bare event with no calendar
anchor (labels disagree across sets; left as it was).

Texts from ``evals/probes/round40/goals40.jsonl`` (tune half only), the tune items dev29-goal-012/021/045 and
look-alikes written for the test. Each case
asserts all five SMART verdicts of one goal (reference date 2026-12-01)."""

from __future__ import annotations

import pytest

from assistant.analyzers.goal.deadlines import _anchored_events, _yearly_cadences
from tests.fixtures.goals import smart, verdicts


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # the tune items
        ("Confirm the gather with the farm manager two days before booking the shearing gang each June.", "SMA.T"),
        ("Train four new beaters on the safety briefing before the first shoot day of the 2027 season.", "SMA.T"),
        ("KR: Glaze inventory counted and recorded before each of the four 2027 craft fairs.", "SMA.T"),
        # the probe's tune half
        ("Run the pre-drop maintenance checklist before each of the three 2026 Experiences.", "SMA.T"),
        ("Check the relevant Board of Tax Assessors site each spring before annual notices mail.", "SMA.T"),
        ("Drain and disconnect pumps before the first frost each autumn.", "S.A.T"),
        ("Re-probe the icebreaking feed each autumn before the ice season.", "S.A.T"),
        ("Review the facts every spring before National Water Safety Month.", "S.A.T"),
        ("Revisit the four-year plan every spring before course registration.", "S.A.T"),
        ("Clean the creek intake screens every spring before start-up.", "S.A.T"),
        ("Update the holiday set each January for the new calendar year.", "..A.T"),
    ],
)
def test_an_act_timed_by_a_calendar_anchored_event_is_time_bound(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # a past year bounds nothing
        ("Build out the league before the first game of the 2019 season.", "SMA.."),
        ("Make this repo public before the 2019 season starts.", "SMA.."),
        ("Close the old ticket system before the first game of the 2020/2021 season.", "S.A.."),
        ("Order the kit two days before the first match of the 2025-26 season.", "SMA.."),
        # a counted series with a year that no temporal preposition times
        ("Create one fee row per learner for each of the three 2026 terms.", "SMA.."),
        ("Verify the mutation result for each of the three 2026-09-01/02 migration deployments.", "SMA.."),
        ("Report the realized proceeds from each of the three 2026 property sales.", "S.A.."),
        # a season word that names a thing: the verb's object, a preposition's complement, a noun's modifier
        ("Characterize each spring before assembly.", "S.A.."),
        ("Log the load for each spring in the test rig.", "S.A.."),
        ("Oil every spring on the gate hinges.", "S.A.."),
        ("Analyze every fall event to identify actions.", "S.AR."),
        # a bare event, no calendar anchor: as before (the sets label it both ways)
        ("Confirm the gather two days before booking the shearing gang.", "SMA.."),
    ],
)
def test_look_alikes_keep_their_reading(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


def test_the_anchored_event_spans_and_series() -> None:
    def read(text: str) -> list[tuple[str, bool]]:
        return [(text[s:e], series) for s, e, series in _anchored_events(text)]

    assert read("Train beaters before the first shoot day of the 2027 season.") == [
        ("before the first shoot day of the 2027 season", False)]
    assert read("Count the glaze before each of the four 2027 craft fairs.") == [
        ("before each of the four 2027 craft fairs", True)]
    assert read("Close the books by the last meeting of 2027.") == [("by the last meeting of 2027", False)]
    # a preposition or verb before the "of" ends the noun phrase; a year with no count before it is rule time.event's
    assert read("Send the notes to the board for the review of 2027 plans.") == []
    assert read("Hold the review after the 2000 applicants are scored.") == []


def test_the_yearly_cadences() -> None:
    def read(text: str) -> list[str]:
        return [text[s:e] for s, e in _yearly_cadences(text)]

    assert read("Book the shearing gang each June.") == ["each June"]
    assert read("Clean the screens every spring before start-up.") == ["every spring"]
    assert read("Drain the pumps before the first frost each autumn.") == ["each autumn"]
    assert read("Characterize each spring before assembly.") == []
    assert read("Log the load for each spring in the test rig.") == []
    assert read("Oil every spring on the gate hinges.") == []
    assert read("Analyze every fall event.") == []
