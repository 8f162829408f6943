"""A characteristic in the person's own report (scripts/bias_round28a_probe.py).

A family, health or faith mention inside what the person said, told, shared or asked (vocabulary
`reporting_verbs`, bias.py _Checker._own_report) is their disclosure or their request: no flag, unless the report
itself evaluates ("said that since the twins she can't focus") or the writer draws a judgement or a decision about
the person from it, in the same sentence (a judging word, a negation, the person as an object after the reported
clause) or the next (_tied_next, _decided_later). Someone else's report about the person, or the writer's own
clause between the verb and the mention, is not the person's report. A relative 'which' takes a characteristic
up only with 'her' as an object, not a possessive ("which is in her contract"). Each case asserts the whole list
of flags.
"""

from __future__ import annotations

import pytest

from assistant.analyzers.bias import check_bias, load_rules


def flags(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.text) for f in check_bias(text).flags]


def categories(text: str) -> list[str]:
    return [f.category for f in check_bias(text).flags]


@pytest.mark.parametrize(
    "text",
    [
        # a disclosure with a request, relayed; the arrangement made for it
        "Irene told her lead she has ADHD and asked for tickets in writing. Her defect rate was the lowest in the unit.",
        "Tariq mentioned that he is epileptic and would rather stay off the van rota, so we swapped his route with Cal's.",
        # a caring duty or family event the person told, with their own plan
        "Mo explained that his father is in a care home now and that he visits on Sunday afternoons.",
        "Freya said that with a toddler at home she prefers the morning shift, and she has kept it since spring.",
        # an observance the person let the team know about
        "Samir let the team know he will be fasting for Ramadan and would skip the Thursday lunches this month.",
        # a relative with a possessive 'her' describes the arrangement
        "Noor observes the Sabbath and does not work Saturdays, which is in her contract. Her audits are thorough.",
    ],
)
def test_a_characteristic_in_the_persons_own_report_is_no_flag(text: str) -> None:
    assert flags(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the writer decides about the person from the report
        ("Tariq mentioned that he is epileptic, so we keep him off the night rota.", ["disability"]),
        ("Freya said she is caring for her elderly parents, which means she is not promotable this year.",
         ["family_status"]),
        # the report itself evaluates
        ("Irene told me that with her kids at home she struggles to focus on the audits.", ["family_status"]),
        # someone else reports about the person
        ("Her manager said she has ADHD, so I have kept her off the client calls.", ["disability"]),
    ],
)
def test_a_report_the_writer_judges_from_is_flagged(text: str, expected: list[str]) -> None:
    assert categories(text) == expected


def test_the_reporting_verbs_are_data() -> None:
    reporting = load_rules().vocabulary["reporting_verbs"]
    assert {"said", "told", "mentioned", "shared", "asked"} <= reporting
    assert "think" not in reporting  # a verdict, not a report
