"""Round 36 BR3 (issue 12, bias recall): APA's generic "he" (Publication Manual 7th ed., 5.5) inside a 'that' clause
of knowing or believing whose subject is an indefinite role noun in the simple present or with a modal ("she gets
that a tester owns his bug until the fix ships", dev18-bias-050): a characterizing sentence about whoever has the
role (Krifka et al. 1995), so the pronoun is generic (pronouns._content_clause_generic). Not where the pronoun may be
the matrix subject's (a name or a pronoun of its gender before 'that'), not in a relative clause, not past a clause
break or after a told event. Outside sentences from evals/probes/round36/biasrec36b.jsonl (class G, sources per row)
and review sentences; whole results asserted."""

from __future__ import annotations

import pytest

from tests.fixtures.bias import flag_triples

RULE = "gendered_language.generic_pronoun"




@pytest.mark.parametrize(("text", "expected"), [
    ("That a good programmer checks the DLC and makes sure he only processes max. 8 bytes is a common thing and no "
     "'filtering'.", [("he", RULE, "gendered_language")]),
    ("She is one of us, and she gets that a tester owns his bug until the fix ships.",
     [("is one of us", "affinity.like_me", "affinity"), ("his", RULE, "gendered_language")]),
    ("We believe that a manager must know his people.", [("his", RULE, "gendered_language")]),
    ("I understand that an engineer signs her own drawings.", [("her", RULE, "gendered_language")]),
])
def test_a_generic_pronoun_in_a_that_clause_is_flagged(text: str, expected: list) -> None:
    assert flag_triples(text) == expected


@pytest.mark.parametrize("text", [
    # outside look-alikes: the pronoun is the matrix subject's, or neutral
    "Nam is motivated to study because he knows that a good education can improve his life.",
    "Being a cyber security major at his local college, he knows that a good hacker can make a lot of money quick and "
    "decides the only way to get the huge ransom together in time to save his friend is by turning to a life of "
    "cybercrime.",
    "He understands that a customer is not just looking for someone who can detail their car, but someone with the "
    "passion to apply that something extra, and to treat each automobile as if were his own.",
    "I believe that a good developer should not have a tech stack and he/she should be able to adapt to any "
    "technology.",
    "I believe that a leader should be a source of clarity and calm for their team.",
    # review sentences: someone named before, a told event, an object pronoun, a relative clause
    "Lena knows that a tester owns his bug.",
    "She knows that a client values her work.",
    "I know that a customer called him yesterday.",
    "Ravi knows that a customer phoned about his order.",
])
def test_the_matrix_subjects_pronoun_and_told_events_stay_clean(text: str) -> None:
    assert flag_triples(text) == []
