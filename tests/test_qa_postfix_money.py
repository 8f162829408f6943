"""qarel40 (round 40): an amount of money with the currency sign after the number holds a money question's value."""

from assistant.qa.check import holds, quantity_kind
from assistant.qa.postfix_money import states_postfix_amount

MONEY_Q = "How much money do working students at Giant Swarm get to set up their remote workplace"


def test_postfix_forms_are_amounts():
    forms = ["-> use your 300€ budget to buy your preferred equipment", "From 59 € per year for one website.",
             "within your 20 000 € budget", "That’s 33,25 € per month", "Y1 2026 : 525k€ budget",
             "Max 12,000€ per year for housing costs", "36$ per year for premium"]
    assert [states_postfix_amount(t) for t in forms] == [True] * len(forms)


def test_sign_without_number_and_numbers_without_sign_are_not():
    texts = ["Quantifiable metrics (% growth, € budget)", "const Text(\"€ Budget\")", "Core hours are 10:00 – 15:00 CET",
             "Free for testing, up to 1.5k req/day", "You can book time off in half days (3.5 hours)"]
    assert [states_postfix_amount(t) for t in texts] == [False] * len(texts)


def test_money_question_held_by_postfix_amount():
    assert quantity_kind(MONEY_Q) == "money"
    assert [holds("quantity", t, MONEY_Q) for t in (
        "-> use your 300€ budget to buy your preferred equipment",
        "use your 300 € budget",
        "use your €300 budget",  # the sign before the number, as before
        "🎧Headset/ earphones",
        "Quantifiable metrics (% growth, € budget)",
    )] == [True, True, True, False, False]


def test_other_kinds_unchanged():
    # a duration or count question is not read by the money form
    assert holds("quantity", "Discounted ticket for 38€ per month", "How long is the ticket valid") is False
