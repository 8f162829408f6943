"""Round 35 (goalskr35): a key result told as a metric, a present-tense verb of changed or attained amount and its value
("NPS increases from 30 to 50", "DAU increases ≥25%", "Daily active users reach 100K") names its metric and target as
the verbless form does ("NPS up from 30 to 50"): specific and measurable. The verbs are the WordNet 3.0 synsets of a
changed amount in ``assistant/data/amount_change_verbs.txt`` (not those of ending or vanishing) and of attaining a
value (02020608 reach/attain/hit, 02669477 exceed/surpass). Look-alikes keep their reading: a change with no value, an
imperative, a pronoun or team as the subject, a past report.

Texts from ``evals/probes/round35/goalskr35.jsonl`` (outside key results and success metrics) and look-alikes. Each
case asserts all five SMART verdicts of one goal (reference date 2026-12-01)."""

from __future__ import annotations

import pytest

from assistant.analyzers.fidelity import check_fidelity
from assistant.analyzers.goal import check_goal
from tests.fixtures.goals import TODAY, smart, verdicts


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("KR1: NPS increases from 30 to 50", "SMA.."),
        ("KR2: Customer churn decreases from 15% to 8%", "SMA.."),
        ("NPS increases from 32 to 45 within 90 days of launch", "SMA.T"),
        ("DAU increases ≥25% (from 1,200 to 1,500+)", "SMA.."),
        ("Server costs decrease $12K/month", "SMA.."),
        ("Daily active users reach 100K", "SMA.."),
        ("System health score increases from 82 to 95+", "SMA.."),
        ("Revenue will grow 20% by Q3.", "SMA.T"),
    ],
)
def test_a_metric_with_a_finite_verb_of_changed_amount_and_a_value_is_a_key_result(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # a change with no value: no target
        ("Mobile NPS increases from current baseline", "..A.."),
        ("Completion rate of pronunciation practice increases", "..A.."),
        # imperatives, also after an adverb
        ("Increase NPS from 30 to 50.", "SMA.."),
        ("Please increase sales by 10%.", "SMA.."),
        ("Maintain change failure rate below 5%", "SMA.."),
        # a pronoun or a team is no metric
        ("We grow 20% by Q3.", ".MA.T"),
        ("Our team will grow to 12 by June.", "..A.T"),
        # a past report keeps its reading
        ("Trial conversion rate dropped to 8%", "SMA.."),
        ("Revenue grew 20% in Q3.", ".MA.T"),
    ],
)
def test_look_alikes_keep_their_reading(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("User satisfaction increases from 3.9 to 4.3.", "User satisfaction"),
        ("KR1: NPS increases from 30 to 50", "NPS"),
        ("Daily active users reach 100K", "Daily active users"),
        ("The graduation rate will increase by at least 1%.", "The graduation rate"),
    ],
)
def test_the_rewrite_asks_about_the_subject_metric_and_adds_no_figure(text: str, topic: str) -> None:
    report = check_goal(text, today=TODAY)
    assert report.rewrite is not None
    assert f'does "{topic}" serve?' in report.rewrite
    assert check_fidelity(report.rewrite, [text]).ok
    assert report.criteria.specific.evidence is not None


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # a metric bounded by a bracketed placeholder names what is measured, its value left open
        ("Error rate below [X]%", "S.A.."),
        ("M18: Violent crime rate below [X] per 100k", "S.A.."),
        ("R-001: Error rate below [X]% over any 24h window", "S.A.."),
        ("M19: Political stability index above [X]", "S.A.."),
        # a hyphenated compound none of whose parts is a verb is an adjective before the metric, no imperative
        # with a deliverable of its own
        ("Incomplete-tray rate down by [X] percent by the end of 2027.", "S.A.T"),
    ],
)
def test_a_metric_bounded_by_a_placeholder_is_specific_not_measurable(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # the metric itself a placeholder names nothing
        ("Success Metrics: [Primary KPI] increase by [X]%", "..A.."),
        ("M22: Emergency response time under 10 minutes", "SMA.."),
        ("Reduce video production cost by [X]%", "S.A.."),
        # hyphenated compounds with a verb part still open an imperative
        ("Spot-check content too: open one packaged SKILL.md per host package and confirm the version line.", "SMA.."),
        ("Cycle-count the cage every Friday.", "SMA.T"),
        ("Self-assess against the competency framework by March.", "SMA.T"),
        ("Same-day delivery rate jumped from 62% to 91%", "SMA.."),
    ],
)
def test_placeholder_and_hyphen_look_alikes_keep_their_reading(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # a duration told as a period noun with its length before it, or as "the course of" a period, is a time frame,
        # as the bare duration ("within 90 days", "over five years") is
        ("The incumbent provider must be transitioned out within a 90-day period.", "SMA.T"),
        ("The trade component eliminates tariffs on 85% of goods flowing between the two blocs over a five-year period.",
         "SMA.T"),
        ("Complete the certification over a two-year period.", "SMA.T"),
        ("Visit every site over the course of the year.", "S.A.T"),
        ("The project will be completed within a 6-month timeframe, with the initial months dedicated to designing the "
         "learning interface and adaptive lesson plans.", "S.A.T"),
    ],
)
def test_a_duration_told_as_a_period_noun_is_a_time_frame(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # a window after a count threshold or a repeat says which events count, in either form
        ("When 3 or more complaints of the same nature are received within a 90-day period, the worker must escalate to "
         "management as a potential systemic issue.", "SMA.."),
        ("Repeat violations of the same type within 90 days are charged at 150% of the listed amount.", "SMA.."),
        ("After three unexcused absences within a 90-day period, progressive discipline applies.", "SMA.."),
        # one counted from an event stays a turnaround deadline
        ("Call the family of every student with three or more absences within one week of the third absence.", "SMA.T"),
        # minutes and hours are service levels; a length before a deliverable is no time frame
        ("After registration GP2GP flow will be completed within a minute.", "SMA.."),
        ("Publish a 12-month roadmap.", "SMA.."),
    ],
)
def test_threshold_windows_and_service_levels_are_no_time_frame(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # a concrete subject in service (WordNet 3.0 02124254 operational/operable, 00833018 in operation, 01930513 ready
        # for use) is a finished state: specific and measurable, as "is live" or "is deployed"
        ("O: We reinforce our business lead sourcing. KR 2: new sourcing channel via WhatsApp is ready-to-use", "SMAR."),
        ("The ValidationService is ready for use by other components", "SMA.."),
        ("The enhanced constitution is ready for use by all downstream agents.", "SMA.."),
        # 'operational' before its noun states nothing done
        ("Improve operational efficiency by 40% with streamlined service", "SMA.."),
        ("Conduct operational readiness review before launch", "SMA.."),
        # an end state ending in a preposition takes its object next ("tied to")
        ("Develop a roadmap tied to customer use cases by March.", "SMA.T"),
    ],
)
def test_a_subject_in_service_is_a_finished_state(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # an act on each member of a set timed by that member's event is a cadence of the act (evals/dev24 guide), as
        # "before every flight" is: measurable and time-bound
        ("We inspect every item before it reaches you.", "SMA.T"),
        ("A human must approve every item before it goes live.", "SMA.T"),
        ("We professionally clean every item before it's rented out to maintain high hygiene standards.", "SMART"),
        ("Label each specimen as soon as it is drawn.", "SMA.T"),
        # "before it" with no event verb, or no event at all, is no cadence
        ("Every item is compared with every item before it.", "SMA.."),
        ("We professionally clean every item to maintain high hygiene standards.", "S.AR."),
        ("Review every report before they will be published.", "SMA.."),
    ],
)
def test_an_act_on_each_member_before_its_event_is_a_cadence(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)
