"""A 100% target over what people ask of a service, or over those who ask it ("Offer advice to 100% of those who ask
us.", "Answer 100% of freedom of information requests within 20 working days.", "Assess 100% of people referred to
the service.") is coverage of demand, which a service can meet: attainable. A perfection target on an ongoing rate
("Achieve 100% customer satisfaction.") and 100% of a stream within a response time of minutes or hours ("Respond to
100% of emergency calls within 8 minutes.") stay red flags. Rows from scripts/goals_round26_class_probe.tsv,
scripts/goals_round26_check_probe.tsv and goals_round26_probe.tsv; each case asserts all five SMART verdicts
(reference date 2026-12-01)."""

from __future__ import annotations

import pytest

from tests.fixtures.goals import smart, verdicts


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Offer advice to 100% of those who ask us.", "SMA.."),
        ("Respond to 100% of requests for a home visit.", "SMA.."),
        ("Provide a food parcel to 100% of families who are referred to us.", "SMA.."),
        ("Give a callback to 100% of customers who request one.", "SMA.."),
        ("Signpost 100% of enquirers to the right service.", "SMA.."),
        ("Answer 100% of freedom of information requests within 20 working days.", "SMA.T"),
        ("Reply to 100% of complaints within 10 working days.", "SMA.T"),
        ("Assess 100% of people referred to the service.", "SMA.."),
        ("Give 100% of applicants a decision letter.", "SMA.."),
        ("100% of referred enquiries to the Library Second Line Support team will be responded to within one working "
         "day Monday - Friday", "SMA.T"),
        # the 100% in brackets after the requests it counts
        ("We will acknowledge all feedback, enquiries and complaints within one working day (100%) and aim to resolve "
         "at least 90% of these within three working days.", "SMA.T"),
    ],
)
def test_serving_everyone_who_asks_is_attainable(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Achieve 100% customer satisfaction.", ".M..."),
        ("Achieve 100% uptime for the booking system.", "SM..."),
        ("Ensure 100% of our customers are delighted with every visit.", "SM..."),
        ("Achieve 100% on-time delivery.", "SM..."),
        # a response time in minutes keeps 100% of a stream a perfection target
        ("Respond to 100% of emergency calls within 8 minutes.", "SM..."),
    ],
)
def test_a_perfect_rate_is_still_a_red_flag(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)
