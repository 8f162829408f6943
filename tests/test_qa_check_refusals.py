"""Over-refusal classes of the Q&A's checks: each check refuses only what it is meant to."""

from __future__ import annotations

from assistant.qa.answer import is_bare_question


def test_a_unit_opening_with_a_statement_and_ending_with_prompt_questions_is_no_bare_question():
    texts = [
        "**Q: How long do I have?**",
        "Q: How long can I stay? Is it paid?",
        "A: Ten days.",
        'Time-Bound Set a realistic end date for prioritization and accountability.\t<ul style="x"> '
        "• What is the deadline? • When will we start?",
        "Relevant: goals align with the organization. Why are the above efforts worthwhile?",
    ]
    assert [is_bare_question(t) for t in texts] == [True, True, False, False, False]
