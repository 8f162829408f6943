"""Score the round-41 FT probe (evals/probes/round41/fbtrait41.jsonl): a WordNet trait adjective predicated of a person.

Rows are outside text (sentences from public repositories found with ``find_string``; ``source`` on each row: the
file id and the phrase searched), labelled before any run and split into halves ``A`` (tuned on) and ``B``
(untouched) by ``random.Random(4163)`` within each role. ``class`` rows predicate a personality adjective of
``assistant/data/trait_adjectives.txt`` that no trait rule lists of a person, with no excess degree word ("He was
reckless and had a short fuse", "You are impolite and often offend people"): the feedback coach must find a
``trait``. ``lookalike`` rows use the same adjectives of a thing, a market or a device ("the market is sluggish",
"SmallPtrSet is very stingy with malloc traffic"), denied or in a condition ("if you are impolite about it"), or of a
bodily state ("Between episodes, he is lethargic"): no ``trait``.

    PYTHONPATH=$PWD python scripts/fbtrait41_probe.py [--rows] [--all-rows]
"""

from __future__ import annotations

from pathlib import Path

import fbtrait40_probe  # the same scorer (scripts/ is on the path when a script runs)

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round41" / "fbtrait41.jsonl"


def scores(show: bool = False, every: bool = False) -> dict[tuple[str, str], tuple[int, int]]:
    """(half, role) -> (rows right, rows) on this probe."""
    return fbtrait40_probe.scores(show, every, PROBE)


if __name__ == "__main__":
    fbtrait40_probe.main(PROBE)
