"""The classes of outside text the analyzers failed on (issue 12, its second set of classes), one whole-result
check per class: impacts and next steps in ordinary words, polarity, review-form absolutes and
traits; characteristic mentions in judgements; goal header layouts, rates and deliverables.

The texts are written for these tests (none is from an eval set)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.analyzers.bias import check_bias
from assistant.analyzers.feedback import review_feedback
from assistant.analyzers.goal import CRITERIA, check_goal

TODAY = dt.date(2026, 12, 1)


def _kinds(text: str) -> tuple[str, list[str]]:
    report = review_feedback(text)
    return report.polarity, sorted({f.kind for f in report.findings})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # impact as a causal clause, a forward effect, a reputational effect, an effect on the writer
        ("Because you didn't update the ticket before the handover, the night team spent an hour on the wrong "
         "fix. Next time, please update it before you leave.", ("constructive", [])),
        ("You automated the weekly export on Thursday. This will free up their time for customer calls.",
         ("positive", [])),
        ("In yesterday's client call you joined ten minutes late and without the deck. This makes us look "
         "unprepared. Please join five minutes early next time.", ("constructive", [])),
        ("When you change the rota without telling me, as you did on Sunday, I end up getting calls from angry "
         "staff. Please tell me first.", ("constructive", [])),
        # customer reactions and results with numbers
        ("You rebuilt the Smith account's proposal over the weekend. They were very pleased with it.",
         ("positive", [])),
        ("Last month you negotiated the renewal with Acme and secured $120k in new revenue.", ("positive", [])),
        # next steps as coaching questions, offers and alternatives
        ("In Monday's stand-up you said the release was ready, but the tests had not run, and the deploy "
         "failed. Do you have ideas on how to move forward?", ("constructive", [])),
        ("In yesterday's demo the pricing slide had last year's figures, and the client asked about it twice. "
         "I'd be glad to share the checklist I use before demos.", ("constructive", [])),
        ("Pat asked for the report on Monday and you told her it would take two more days without saying why. "
         "She left frustrated. You might have shared your time constraints with her.", ("constructive", [])),
        # praise never needs a next step; a problem solved is praise
        ("During the outage on Saturday you fixed the broken payment job and resolved the problem within an "
         "hour, so no customer was charged twice.", ("positive", [])),
        # telegraphic review form: vague, absolutes without a subject, traits in rants
        ("An invaluable member of the team. Exceeds expectations. A real team player.",
         ("positive", ["missing_impact", "vague"])),
        ("Always misses deadlines. Work is often incomplete.",
         ("constructive", ["absolute", "missing_action", "missing_impact", "vague"])),
        ("My manager is ultra-controlling and condescending.",
         ("constructive", ["missing_action", "missing_impact", "trait", "vague"])),
    ],
)
def test_feedback_classes(text: str, expected: tuple[str, list[str]]) -> None:
    assert _kinds(text) == expected


def test_a_customer_s_upset_is_the_setting_not_criticism() -> None:
    report = review_feedback("A customer came into your office today looking upset. You gave her the forms she "
                             "needed and stayed until the claim was submitted. She emailed the director to "
                             "thank you this afternoon.")
    assert (report.polarity, [f.kind for f in report.findings]) == ("positive", [])


@pytest.mark.parametrize(
    ("text", "flagged", "category"),
    [
        ("Her output has dropped since she became a mother.", "mother", "family_status"),
        ("With the new baby at home, I doubt he can take on the Denver account.",
         "baby at home, I doubt he can take on the Denver account", "family_status"),
        ("Given your age, the new platform may be a steep learning curve.",
         "your age, the new platform may be a steep learning curve", "age"),
        ("The older analysts struggle with the new dashboards.", "older", "age"),
        ("That was a strong pitch for someone with your background.", "background", "race_ethnicity"),
        ("Please wear your natural hair tied back for client meetings.", "natural hair", "appearance"),
        ("The release week was crazy, but you kept the team calm.", "crazy", "disability"),
        ("She negotiated almost like a man.", "like a man", "gendered_language"),
    ],
)
def test_characteristic_mentions_in_judgements(text: str, flagged: str, category: str) -> None:
    assert [(f.text, f.category) for f in check_bias(text).flags] == [(flagged, category)]


@pytest.mark.parametrize(
    "text",
    [
        "Parents can take up to 16 weeks of paid parental leave under the policy.",
        "Her wife joined us at the holiday party and won the quiz.",
        "The age of the servers is the main risk in the data centre.",
        "She led the age-verification project for the store.",
        "He explained the background of the incident in the first slide.",
        "Her hair-trigger alerting rule caught the outage early.",
        "Some of the older clients liked the new layout.",
    ],
)
def test_neutral_mentions_stay_clean(text: str) -> None:
    assert check_bias(text).flags == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("OBJECTIVE: Grow self-serve revenue. KR: Increase trial-to-paid conversion from 4% to 6% by the end of "
         "Q3 2027.", dict(specific=True, measurable=True, attainable=True, relevant=True, time_bound=True)),
        ("FY23-Q2 (May 1, 2022 to July 31, 2022). Reduce average ticket resolution time from 30 hours to 20 "
         "hours.", dict(specific=True, measurable=True, attainable=True, relevant=False, time_bound=False)),
        ("Objective 2.1: Expand access to affordable housing. Target for Action 2.1.1: Build 1,200 new rental "
         "units by December 2028.", dict(specific=True, measurable=True, attainable=True, relevant=True,
                                          time_bound=True)),
        ("What we'll ship: a self-hosted installer for the analytics platform by the end of Q2 2027.",
         dict(specific=True, measurable=True, attainable=True, relevant=False, time_bound=True)),
        ("Grow newsletter signups to 700 signups per week.",
         dict(specific=True, measurable=True, attainable=True, relevant=False, time_bound=False)),
        ("Move to GCP in April.", dict(specific=True, measurable=True, attainable=True, relevant=False,
                                       time_bound=True)),
        ("Improve employee engagement by five percentage points by 2028.",
         dict(specific=True, measurable=True, attainable=True, relevant=False, time_bound=True)),
        # "so they are consistent" describes the materials, not a purpose beyond them
        ("Update our onboarding materials so they are consistent.",
         dict(specific=False, measurable=False, attainable=True, relevant=False, time_bound=False)),
        ("Each year, 5,200 children will attend early literacy programs at the library.",
         dict(specific=True, measurable=True, attainable=True, relevant=False, time_bound=False)),
        ("Each year, 12 early literacy programs will be presented at community centres.",
         dict(specific=True, measurable=True, attainable=True, relevant=False, time_bound=True)),
    ],
)
def test_goal_layouts_rates_and_deliverables(text: str, expected: dict[str, bool]) -> None:
    report = check_goal(text, today=TODAY)
    assert {c: getattr(report.criteria, c).met for c in CRITERIA} == expected
