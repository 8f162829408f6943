"""An act timed by an event told as a clause, and a deliverable due within a window from one event (round 37, goals37).

A temporal subordinator (before, after, when, prior to, upon, once, until) whose complement is an event, not a date:
a gerund clause ("before leaving the jobsite", "prior to beginning work", "after using the toilet"), a finite clause
("before the glass goes in", "after gloves are removed") or an indefinite event noun ("before a procedure", "after any
occurrence"). The act it times is done at each such event: time-bound and measurable, as "before every flight" is
(evals/dev20, dev25, dev26 guides). Left as they were: a window's trigger ("two days after transactions are posted"),
a one-off completed step told with "after" ("after completing the new nursing protocols course", dev3; "After
attending a 30-minute in-service", dev4), an event in a key result (a service level, not its by-when: dev19), a bare
event noun ("after release", dev2; "before use" stays a miss) and rules with no event (a manner, a place, a purpose
gerund). A one-off deliverable due within a window counted from one event ("within six weeks of the approved
drawing", "within 30 days of completion of the audit") is dated, so measurable (evals/dev26 guide). Rows from
evals/probes/round37/goals37*.jsonl (tune halves; real text, sources there) and the tune items named; each case
asserts all five SMART verdicts (reference date 2026-12-01).

The clause must time the goal's act, its main verb phrase: one inside a noun phrase (a noun + past participle reduced
relative, "the complaints received after a price change", which tells what is counted) or after a clause of result or
outcome ("..., leading to less stress when using the portal") times nothing the goal does (invented forms of two
held-out classes, and look-alikes where the clause does time the act)."""

from __future__ import annotations

import pytest

from tests.fixtures.goals import smart, verdicts


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Make sure all barricades or guards required are in place before leaving the jobsite.", "SMA.T"),
        ("Inspect the jobsite or work area prior to beginning work.", "SMA.T"),
        ("Clean hands after touching patient surroundings.", "SMA.T"),
        ("Perform hand hygiene before accessing or restocking supplies.", ".MA.T"),
        ("Before a procedure, label medicines that are not labeled.", "SMA.T"),
        ("Have a competent person inspect a ladder for visual defects after any occurrence that could affect safe use.",
         "SMA.T"),
        ("Wash hands with soap and water after using the toilet.", "SMA.T"),
        ("Pin and glue every corner join on mouldings wider than five centimetres, checking each one with the square "
         "before the glass goes in.", "SMA.T"),  # dev26-goal-033
        ("Lock and photograph every bait station on the handheld before leaving each site, so that no child or pet can "
         "reach the poison.", "SMART"),  # dev26-goal-045
    ],
)
def test_an_act_timed_by_an_event_clause_is_a_cadence(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Carve the foundation stone lettering for the new library within six weeks of the approved drawing.",
         "SMA.T"),  # dev26-goal-019
        ("The audit team leader shall issue a report to the managing official for review and comment within 30 days "
         "of completion of the audit.", "SMA.T"),
        ("An institution must complete all aspects of an investigation within 120 days of beginning it.", "SMA.T"),
        ("Finish the report within 3 weeks of my start date.", "SMA.T"),
    ],
)
def test_a_deliverable_due_within_a_window_from_one_event_is_measurable(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # a one-off completed step, a window's trigger, an event in a key result, a bare event noun
        ("Achieve a 90% or higher score on the post-training assessment after completing the new nursing protocols "
         "course.", "SMA.."),  # dev3-goal-009
        ("After attending a 30-minute in-service, staff will be able to identify three potential hazards that could "
         "cause a fall.", "SMA.."),  # dev4-goal-033
        ("Improve timeliness by submitting financial report two days after transactions are posted.", "SMA.T"),
        ("KR: Send parents a text alert for every route detour before the bus leaves the yard.", "SMA.."),  # dev19-048
        ("Add 1 new content type after release.", "SMA.."),  # dev2-goal-052
        # no event: a purpose gerund, a manner, an ongoing duty
        ("Implement evidence-based practices for preventing surgical site infections.", "S.A.."),
        ("Label containers used for blood and other specimens in the presence of the patient.", "S.A.."),
        ("The Commission staff shall routinely monitor the approved compliance plan.", "S.A.."),
    ],
)
def test_sequences_triggers_key_results_and_rules_without_an_event_stay_as_they_were(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # a reduced relative: noun + past participle + event clause tells which items are counted, not when the act is
        # done (Quirk et al. 1985, 17.29-17.31); no deadline, so not time-bound
        ("Cut the complaints received after a price change from 30 to 10.", "SMA.."),
        ("Reduce the errors made after a system upgrade from 12 to 4.", "SMA.."),
        ("Lower the number of calls logged when the server goes down from 50 to 20.", "SMA.."),
        ("Record all complaints received after a price change in the log.", "S...."),
        # an event clause inside a clause of result or outcome ("leading to", "resulting in", "so that"; Quirk et al.
        # 1985, 15.49, 15.58): it tells when a state of the people served holds, not when the act is done
        ("Improve the help desk by giving clearer answers, leading to higher satisfaction and less stress when using "
         "the portal.", "..A.."),
        ("Improve customer service by answering faster, resulting in less frustration when calling the support line.",
         "..AR."),
        ("Improve onboarding, leading to fewer mistakes after joining the team.", "..A.."),
        ("Support new staff so that they feel confident when starting a shift.", "..ART"),
    ],
)
def test_an_event_clause_inside_a_noun_phrase_or_an_outcome_clause_does_not_time_the_act(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # look-alikes: the event clause times the goal's act (a passive act, a participle not next to the clause, the
        # outcome clause after the event clause), or a deadline dates the counted change
        ("Make sure all instruments are cleaned after a procedure.", "SMA.T"),
        ("Check the invoices received from suppliers before the courier leaves.", "SMA.T"),
        ("Wash hands with soap and water after using the toilet, leading to fewer infections.", "SMA.T"),
        ("Inspect the jobsite or work area prior to beginning work, resulting in fewer injuries.", "SMA.T"),
        ("Clean hands after touching patient surroundings, so that fewer patients pick up infections.", "SMART"),
        ("Cut the complaints received after a price change from 30 to 10 by June 2027.", "SMA.T"),
        ("Cut the complaints received from 30 to 10 before the price change.", "SMA.."),
    ],
)
def test_an_event_clause_on_the_act_itself_still_times_it(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)
