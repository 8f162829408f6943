"""Bias recall, round 33: a listed phrase of three or more words with one degree or stance word inserted inside it
(assistant/rules/bias_recall.yaml `idiom_insertions`; analyzers/bias/check.py _phrase_end). The phrase's rule and
context decide as for the listed form. Each case asserts the whole list of flags."""

from __future__ import annotations

import pytest

from tests.fixtures.bias import flags


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # inserted before word 2 of the phrase, with the article taking the inserted word's form
        ('The site lead turned an utterly blind eye to the missing permits on the night shift.',
         [('disability.ableist_metaphors', 'turned an utterly blind eye')]),
        ('At the museum shop, our stock requests fell on utterly deaf ears until Ines costed the lost sales.',
         [('disability.ableist_metaphors', 'fell on utterly deaf ears')]),
        ('The rota changes drive me absolutely crazy every month.',
         [('disability.ableist_metaphors', 'drive me absolutely crazy')]),
        # inserted before word 1
        ('The archivist said Bram is not really a good fit for the reading-room team, though his catalogue is clean.',
         [('affinity.not_a_fit', 'not really a good fit')]),
        # a longer phrase with the word inserted after its word 2
        ("I'm honestly not sure he is really a good fit for the front desk.",
         [('affinity.unsure_fit', 'not sure he is really a good fit')]),
        # a characteristic mention keeps its rule's judgement check
        ('He has definitely seen better days, and I doubt he can keep up with the new ticket machines.',
         [('age.past_best', 'has definitely seen better days')]),
    ],
)
def test_inserted_degree_or_stance_word(text, expected):
    assert flags(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the listed rule's context still decides: a thing, not a person
        'The replacement valve is not a particularly good fit for the old housing.',
        'The printing press has definitely seen better days and needs new rollers.',
        # a focusing word changes what the phrase asserts and is not in the list
        'She is not only a good fit for the desk but also the fastest cataloguer we have.',
        # a modifier outside any listed phrase
        'The crowd noise fell on completely empty stands after the match.',
        # an inserted word stands between spaces, not punctuation
        'Our requests fell on completely, deaf ears.',
    ],
)
def test_insertions_leave_other_senses_alone(text):
    assert flags(text) == []


def test_only_one_inserted_word():
    """Two inserted words are a free phrase, not the idiom: 'drives us all absolutely nuts' keeps its listed
    object slot ('us') and takes one more word at most."""
    assert flags('The new timetable drives us absolutely nuts.') == [
        ('disability.ableist_metaphors', 'drives us absolutely nuts')]
    assert flags('Our reports fell on really quite deaf ears.') == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Ines keeps kosher, so she is not really a good fit for the tasting team.',
         [('religion.observance', 'keeps kosher, so she is not really a good fit')]),
        ('He is 61, so he is not a good fit for the night crew.',
         [('age.stated_age', '61, so he is not a good fit')]),
        ('She is pregnant again, so honestly she is not a good fit for the launch team.',
         [('family_status.pregnancy', 'pregnant again, so honestly she is not a good fit')]),
        # a verdict before the characteristic is not drawn from it
        ('Ines is not a good fit for the tasting team, and she keeps kosher.',
         [('affinity.not_a_fit', 'not a good fit'), ('religion.observance', 'keeps kosher')]),
    ],
)
def test_fit_verdict_drawn_from_a_characteristic_is_one_remark(text, expected):
    """analyzers/bias/extents.py _fit_verdict: a fit verdict in the clauses that judge a characteristic is the
    judgement drawn from it, taken into the characteristic's flag, with or without an inserted word."""
    assert flags(text) == expected
