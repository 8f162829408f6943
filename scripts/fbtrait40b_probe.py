"""Score the round-40 FN probe (evals/probes/round40/fbtrait40b.jsonl): a person labelled with a personality noun.

Rows are outside text (review remarks reported on blogs and HR pages, dialogue and character notes in public
repositories; ``source`` on each row), labelled before any run and split into halves ``A`` (tuned on) and ``B``
(untouched) by ``random.Random(4041)`` within each role. ``class`` rows call a person by a personality noun ("you're such an optimist", "she is a perfectionist", "he is an
opportunist who ...", "what a perfectionist he is"): the feedback coach must find a ``trait``. ``lookalike`` rows use the
same nouns of the writer themself, in a condition or a denial, of a third party ("designed for perfectionists"), or are a
role noun ("a natural leader") or "such a <thing>" ("such a pleasure to work with"):
no ``trait``.

    PYTHONPATH=$PWD python scripts/fbtrait40b_probe.py [--rows] [--all-rows]
"""

from __future__ import annotations

from pathlib import Path

import fbtrait40_probe  # the same scorer (scripts/ is on the path when a script runs)

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round40" / "fbtrait40b.jsonl"


def rows() -> list[dict]:
    return fbtrait40_probe.rows(PROBE)


def scores(show: bool = False, every: bool = False) -> dict[tuple[str, str], tuple[int, int]]:
    """(half, role) -> (rows right, rows)."""
    return fbtrait40_probe.scores(show, every, PROBE)


if __name__ == "__main__":
    fbtrait40_probe.main(PROBE)
