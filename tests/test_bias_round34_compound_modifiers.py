"""Bias precision on an appearance word that modifies a noun compound naming a made thing, round 34.

In a noun compound the first noun classifies the head after it, and the head says what the phrase names (Quirk et
al. 1985, 17.108ff): "the makeup table" of a bakery, "her hair net", "his beard net", "her makeup bag" name a table,
a net and a bag, not the person's looks. The appearance rules read a head noun from assistant/data/artifact_nouns.txt
(WordNet 3.0 artifacts, built by scripts/build_artifact_nouns.py) after their match as such a compound
(``_Checker._artifact_head``), where the head cannot be the clause's verb. Their biased look-alikes stay flagged: a
verb after the appearance word ("His beard looks scruffy", "His tattoos cover his arms"), an -s form the clause may
read as its verb ("Her hair sticks to her face"), a bare form after a plural modifier ("His clothes rack blocks").
Each case asserts the whole list of flags; the texts are written for these tests (no eval item had the class)."""

from __future__ import annotations

import pytest

from assistant.analyzers.bias.checker import _artifact_lemma
from assistant.wordlists import artifact_nouns
from tests.fixtures.bias import flags


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the class: an appearance noun as the modifier of a compound whose head names a made thing
        ("Each morning she scales the dough so she can cover the makeup table before the ovens are loaded.", []),
        ("She wears her hair net on the line and checks the proofer every hour.", []),
        ("He keeps his beard net on in the bakery, as the hygiene audit requires.", []),
        ("She left her makeup bag on the makeup table, so the night shift moved it to the office.", []),
        ("Her hair nets are in the locker by the loading bay.", []),
        ("Her hair dryer broke on the ward, and she logged it with estates the same day.", []),
        # the person's appearance judged or demanded: still flagged
        ("She should cover her tattoos for client visits.", [("appearance.grooming_demands", "cover her tattoos")]),
        ("Her makeup is too heavy for the front desk.", [("appearance.body_remarks", "Her makeup")]),
        ("His beard looks scruffy.", [("appearance.body_remarks", "His beard")]),
        ("His tattoos cover his arms and clients stare.", [("appearance.body_remarks", "His tattoos")]),
        ("Her hair sticks to her face after the lunch rush, which looks unprofessional.",
         [("appearance.body_remarks", "Her hair")]),
        ("His tattoo sleeve puts off older customers.", [("appearance.body_remarks", "His tattoo")]),
        ("She keeps her hair nets in the locker.", [("appearance.body_remarks", "her hair")]),
        ("His clothes rack blocks the fire exit.", [("appearance.body_remarks", "His clothes")]),
        ("She could cover her hair, the kitchen rules require it.", [("appearance.grooming_demands", "cover her hair")]),
    ],
)
def test_compound_modifier_flags(text: str, expected: list[tuple[str, str]]) -> None:
    assert flags(text) == expected


def test_artifact_nouns_hold_no_appearance_word() -> None:
    nouns = artifact_nouns()
    assert {"table", "net", "bag", "station", "bench", "room", "dryer", "ramp"} <= nouns
    worn = {"hair", "makeup", "tattoo", "tattoos", "beard", "suit", "dress", "skirt", "heel", "heels", "wig", "sleeve",
            "shoe", "lipstick", "cover", "piercing", "outfit", "clothes", "moustache", "nail", "figure", "body"}
    assert not worn & nouns
    assert _artifact_lemma("tables") == "table" and _artifact_lemma("benches") == "bench"
    assert _artifact_lemma("hair") is None
