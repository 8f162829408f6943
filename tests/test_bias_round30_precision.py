"""Bias precision by decision procedure, round 30a (scripts/bias_round30a_probe.py): a term is bias only when it
judges or decides about the reviewed person.

Innocent: an accommodation the employer made for a characteristic (analyzers/bias: _Checker._accommodated), a third
party's remark the review records as a reported incident (_reported_incident), a body-measure noun of a thing
(_thing_measure), a disability adjective inside a noun phrase of a thing (_modifies_thing), a floating 'each' and
number words shaped like agent nouns (_generic_pronoun, _is_role), 'the late afternoon' and 'her flexible working
agreement' (_inert_cues), a condition predicated of the writer ("I am dyslexic": _said_of_writer). Their biased look-alikes stay flagged. Each case asserts the whole list of flags."""

from __future__ import annotations

import pytest

from tests.fixtures.bias import flags
from tests.fixtures.scripts import load_script


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an accommodation made or agreed, and the same characteristic made grounds of a judgement
        ("Paulo has ADHD and uses noise-cancelling headphones and a task board agreed with his manager.", []),
        ("He is a practising Sikh and wears a turban, so we ordered a bump cap that fits it for the site visits.", []),
        ("Her hearing aids picked up interference from the old radios, so we bought her a new headset, and her call "
         "handling has been excellent since.", []),
        ("Her hearing aids make her slow on the radio, so we bought her a new headset.",
         [("disability.health_mention", "hearing aids")]),
        ("He has dyslexia, so we bought him text-to-speech software, but he is still too slow for the audit team.",
         [("disability.condition_mention",
           "dyslexia, so we bought him text-to-speech software, but he is still too slow")]),
        ("She has dyslexia, so we bought her software and moved her off the front desk.",
         [("disability.condition_mention", "dyslexia")]),
        # the person's own act after 'and' is no provision by the employer
        ("In today's incident you kept everyone calm while the alerts were going crazy, and provided clear updates.",
         [("disability.ableist_metaphors", "going crazy")]),
        # a third party's remark recorded as an incident, and one relayed or endorsed
        ("A driver remarked that she was too young to run a dock, and she reported the remark through the right "
         "channel.", []),
        ("A client called her 'sweetheart' in a meeting, and she raised it with me the same day.", []),
        ("A driver said she was too young to run a dock, and frankly I agree with him.", [("age.too_old", "too young")]),
        ("Drivers say she can be bossy on the radio.", [("gender_coded.bossy", "bossy")]),
        # a body-measure noun of a thing, and of the person
        ("He keeps the forks at travel height and never lifts above the rated load weight.", []),
        ("He measured every carton's weight against the manifest.", []),
        ("At his height and weight he looks intimidating to the agency staff.",
         [("appearance.body_and_grooming_mention", "weight"), ("gender_coded.tightrope", "intimidating")]),
        ("She needs to get down to a healthy weight before the busy season.",
         [("appearance.body_and_grooming_mention", "weight")]),
        # a disability adjective of a thing, and of people
        ("He put convex mirrors at the two blind corners by the yard, and there have been no near misses since.", []),
        ("The two deaf engineers on his team are slower, so I rated him down.",
         [("disability.status_mention", "deaf")]),
        ("Since Jean started using a rollator she is too slow for the morning picks.",
         [("disability.health_mention", "rollator")]),
        # a floating 'each' and number words bind no role; a generic role still binds its pronoun
        ("Aisha balanced her drawer; the four outages were under $20 each, and on three of them she found the error "
         "herself before the head teller recounted.", []),
        ("Each teller should count her own drawer before the supervisor checks it.",
         [("gendered_language.generic_pronoun", "her")]),
        # the writer's own condition, and one the person is said to share or is judged by
        ("I am dyslexic, so I asked him to send the board pack in a larger font.", []),
        ("I am dyslexic too, so I can tell his reports are sloppy.", [("disability.status_mention", "dyslexic")]),
        # a time of day and an arrangement's name, and lateness judged
        ("She observes Ramadan, and at her request we moved her lunch relief to the late afternoon during that "
         "month.", []),
        ("She observes Ramadan, so she is always late in the afternoon.",
         [("religion.observance", "observes Ramadan, so she is always late")]),
        ("She collects her son from nursery, so her hours run from 7am to 3pm, under her flexible working "
         "agreement.", []),
    ],
)
def test_round30a_classes(text: str, expected: list[tuple[str, str]]) -> None:
    assert flags(text) == expected


def test_round30a_probe_figures() -> None:
    probe = load_script("scripts/bias_round30a_probe.py")
    figures = probe.figures()
    clean = [figures[name] for name in probe.CLEAN_SETS]
    assert (sum(r for r, _, _ in clean), sum(t for _, t, _ in clean), sum(f for _, _, f in clean)) == (130, 130, 0)
    biased = [figures[name] for name in probe.SETS if name not in probe.CLEAN_SETS]
    assert (sum(r for r, _, _ in biased), sum(t for _, t, _ in biased)) == (65, 75)  # round 30o: KB, AB, XQ
