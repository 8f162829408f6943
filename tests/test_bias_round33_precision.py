"""Bias precision on real clean text, round 33 (probe evals/probes/round33/biasprec33_clean.jsonl: public job bulletins).

Innocent senses the lexicons' sources do not cover: a characteristic word inside a capitalised street or place name
(name heads extended with USPS Publication 28 street designators: "700 East Temple Street"); 'background' in its
pre-employment screening sense (vocabulary ``vetting_nouns``: "a background investigation", and one sense per
discourse for the text's other uses) or listed with professional history (vocabulary ``professional_history``:
"background, training and experience"); 'body' of a vehicle or of fall-protection gear ("auto body", "full body
harness"). Their biased look-alikes stay flagged. Each case asserts the whole list of flags."""

from __future__ import annotations

import pytest

from tests.fixtures.bias import flags


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a faith word inside a street or place name, and the faith itself in a judgement
        ("Forms may be dropped off at the county office, 210 North Temple Street, Suite 4, before the deadline.", []),
        ("Please mail the form to the Personnel Office, 400 Temple Avenue, Room 12.", []),
        ("Because of his temple duties he is never free on Friday evenings, which hurts the crew.",
         [("religion.observance", "his temple")]),
        # 'background' as a screening procedure or a work history, and as an origin
        ("Interview questions will cover your technical background and knowledge of pump maintenance.", []),
        ("Use the online form to see whether your background is suitable; the full background investigation "
         "follows the interview.", []),
        ("The board will rate each candidate on their background, training and experience in land surveying.", []),
        ("For someone with her background, she handles the harbour pilots surprisingly well.",
         [("race_ethnicity.origin_praise", "someone with her background")]),
        ("Given his background, Diego is surprisingly confident with the council.",
         [("race_ethnicity.origin_mention", "background, Diego is surprisingly confident")]),
        # 'body' of a vehicle or of safety gear, and a person's body judged
        ("Applicants for the Auto Body Repairer class must bring their own hand tools to the practical test.", []),
        ("Crews working on the poles must wear a full body harness clipped to an anchor point.", []),
        ("Her body is too small for the tow-truck work, so I moved her to dispatch.",
         [("appearance.body_remarks", "Her body")]),
    ],
)
def test_round33_innocent_senses(text: str, expected: list[tuple[str, str]]) -> None:
    assert flags(text) == expected
