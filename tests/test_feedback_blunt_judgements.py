"""Blunt judgements of the person or their work (probe: scripts/feedback_round25b_probe.py).

A sentence that generalises the occasions with a universal temporal conjunction ("you get defensive whenever I give
you feedback", "any time a customer raises a complaint, you ...", "each time there's a deadline, you ...") is an
absolute when it criticises; praise with the same conjunction is not. A request for a manner or disposition ("Be
friendlier to the customers", "Be warmer and softer in meetings", "You need a better first touch") is a demand with
no next step, not praise; a concrete request ("be sure to send ...", "be at your desk by 8:30") is not such a demand.
An adjective that WordNet groups with a trait or harsh list word (assistant/data/judgement_adjectives.txt:
"boisterous", "pigheaded", "slapdash") labels the person or judges their work as that word would.
"""

from __future__ import annotations

import pytest

from assistant.analyzers.feedback import judgement_adjectives
from tests.fixtures.feedback import reading
from tests.fixtures.scripts import load_script

probe = load_script("scripts/feedback_round25b_probe.py")

ROWS = {row["id"]: row for row in probe.rows()}

ABSOLUTE = ["absolute", "missing_action", "missing_impact", "vague"]
DEMAND = ["missing_action", "missing_impact", "vague"]

WHOLE = {
    "g01": ("constructive", ABSOLUTE),
    "g02": ("constructive", ["absolute", "missing_action", "missing_impact", "trait", "vague"]),
    "g04": ("constructive", ABSOLUTE),
    "g05": ("constructive", ABSOLUTE),
    "g06": ("constructive", ABSOLUTE),
    "r02": ("constructive", DEMAND),
    "r03": ("constructive", DEMAND),
    "r04": ("constructive", DEMAND),
    "r05": ("constructive", DEMAND),
    "p03": ("constructive", ["missing_action", "missing_impact", "trait", "vague"]),
    "l13": ("positive", ["missing_impact", "vague"]),
    "l14": ("positive", ["missing_impact", "vague"]),
}


@pytest.mark.parametrize("row_id", sorted(WHOLE))
def test_probe_rows_read_whole(row_id: str) -> None:
    assert reading(ROWS[row_id]["text"]) == WHOLE[row_id]


@pytest.mark.parametrize("row_id", sorted(k for k, row in ROWS.items() if row["class"] in ("L", "K")))
def test_look_alikes_draw_no_trait_harsh_or_absolute(row_id: str) -> None:
    _, kinds = reading(ROWS[row_id]["text"])
    assert not {"trait", "harsh", "absolute"} & set(kinds)


def test_probe_figures() -> None:
    assert probe.run() == {"P": (13, 13, 19), "G": (7, 7, 7), "R": (8, 10, 10), "S": (0, 7, 7), "L": (20, 22, 22),
                           "C": (10, 10, 10), "K": (6, 6, 6)}  # C 7/8 -> 10: boorish, curt, brash (trait-wordnet-character)


@pytest.mark.parametrize(("text", "expected"), [
    ("You make excuses whenever a deadline slips.", ("constructive", ABSOLUTE)),
    ("Be nicer on the phones.", ("constructive", DEMAND)),
    ("You need to be nicer to the new starters.", ("constructive", DEMAND)),
    ("Be quicker with the refunds when customers call.", ("constructive", DEMAND)),
    ("Your reports are slapdash.", ("constructive", DEMAND)),
    ("He is pigheaded.", ("constructive", ["missing_action", "missing_impact", "trait", "vague"])),
])
def test_class_reads_whole(text: str, expected: tuple[str, list[str]]) -> None:
    assert reading(text) == expected


@pytest.mark.parametrize("text", [
    "Call me any time you need help with the rota.",  # an offer
    "Whenever the server went down, you had it back within the hour.",  # praise
    "Be sure to send the minutes.",  # an act asked for
    "Be at your desk by 8:30.",  # a time makes it concrete
    "You're not slapdash.",  # the judgement denied
    "The crowd was boisterous, and you calmed them down.",  # what the person met
    "You need a new laptop.",  # a thing needed, no quality
])
def test_look_alikes_of_the_class(text: str) -> None:
    _, kinds = reading(text)
    assert not {"trait", "harsh", "absolute"} & set(kinds)


def test_a_concrete_request_is_no_demand() -> None:
    assert "missing_action" not in reading("Be sure to send the minutes.")[1]


def test_judgement_adjectives_are_derived_words_only() -> None:
    words = judgement_adjectives()
    assert {"slapdash", "pigheaded", "boisterous", "bullheaded"} <= words
    assert not {"careless", "rude", "lazy", "sloppy"} & words  # list rule words decide themselves
    assert not {"chilly", "average", "fordable"} & words  # physical and statistical heads left out
