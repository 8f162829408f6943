"""A loss in time or money that the person's act put on others, told with no evaluative word, is criticism.

"Cost" with the one who paid as its indirect object is WordNet 3.0's second sense of the verb (02628961 "require to
lose, suffer, or sacrifice": "This mistake cost him his job"), not its first, a price (02702508 "be priced at": "These
shoes cost $100"). After the person's act, "..., which cost the board forty minutes", "and it cost us a second count" is
a loss the act put on others (``_cost_clause`` in assistant/analyzers/feedback/acts.py, read by ``_cost_to_others``).
Look-alikes keep their reading: a price with no payer ("it cost about $40", "They cost $300"), a loss denied or set
against a larger one ("cost us nothing extra", "cost us only ten minutes", "$40 instead of $400"), a loss averted ("it
would have cost us a reprint") and a cost paid for a gain told in the same sentence ("cost the team one afternoon of
training and cut overtime by a third").

Texts written for the tests."""

from __future__ import annotations

import pytest

from assistant.analyzers.feedback import review_feedback


def reading(text: str) -> tuple[str, list[str]]:
    report = review_feedback(text)
    return report.polarity, sorted(f.kind for f in report.findings)


@pytest.mark.parametrize(("text", "expected"), [
    ("At Friday's stock take you counted the cold room before the delivery was put away, and it cost us a second "
     "count on Saturday.", ("constructive", ["missing_action"])),
    ("At Monday's planning meeting you presented the old budget figures, which cost the board forty minutes of "
     "discussion.", ("constructive", ["missing_action"])),
    # an act told plainly, then its cost: not a good act opening a draft that turns to a request (it read as mixed)
    ("In the Morton inquest you read out the second statement before the coroner had called for it, and the family's "
     "solicitor objected, which cost the court fifteen minutes. Keep the running order in front of you and wait for "
     "the coroner's call before you stand.", ("constructive", [])),
])
def test_a_cost_put_on_others_after_the_persons_act_is_criticism(text, expected):
    assert reading(text) == expected


@pytest.mark.parametrize("text", [
    "On Monday you rebooked the coach with a local firm, which cost us nothing extra, and the team reached the match "
    "on time.",
    "You sourced the replacement part from the local supplier; it cost $40 instead of $400, and the line was running "
    "again by noon.",
    "You sourced the replacement part from the local supplier; it cost about $40, and the line was running again by "
    "noon.",
    "You ordered the banners a week early. They cost $300, and the stand was ready for the fair.",
    "You moved the delivery to Tuesday, which cost us only ten minutes of waiting, and every order left on time.",
    "If you had not caught the typo, it would have cost us a reprint of ten thousand leaflets. Thank you for checking "
    "so carefully.",
    "You redesigned the rota in March, which cost the team one afternoon of training and cut overtime by a third.",
])
def test_a_price_a_lesser_or_averted_cost_and_a_cost_for_a_gain_stay_positive(text):
    assert reading(text) == ("positive", [])
