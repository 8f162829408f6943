"""Score the round-40 FT probe (evals/probes/round40/fbtrait40.jsonl): a person labelled "too <personality adjective>".

Rows are outside text (review remarks reported on blogs and HR pages, dialogue and character notes in public
repositories; ``source`` on each row), labelled before any run and split into halves ``A`` (tuned on) and ``B``
(untouched) by ``random.Random(4040)`` within each role. ``class`` rows call a person too much of a personality
quality ("you're too soft", "he is too trusting of others", "you're too hard on him"): the feedback coach must find
a ``trait``. ``lookalike`` rows use the same words of a thing, of the writer's own side, or describe behaviour
("the deal is too lenient with men ...", "we were too lenient with our thresholding", "the niche is too soft"):
no ``trait``.

    PYTHONPATH=$PWD python scripts/fbtrait40_probe.py [--rows] [--all-rows]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from assistant.analyzers.feedback import review_feedback

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round40" / "fbtrait40.jsonl"


def rows(probe: Path = PROBE) -> list[dict]:
    return [json.loads(line) for line in probe.read_text(encoding="utf-8").splitlines() if line.strip()]


def scores(show: bool = False, every: bool = False, probe: Path = PROBE) -> dict[tuple[str, str], tuple[int, int]]:
    """(half, role) -> (rows right, rows) on ``probe`` (a JSONL of rows with ``half``, ``role`` and ``text``)."""
    tally: dict[tuple[str, str], list[int]] = {}
    for row in rows(probe):
        traits = [f.text for f in review_feedback(row["text"]).findings if f.kind == "trait"]
        right = bool(traits) == (row["role"] == "class")
        t = tally.setdefault((row["half"], row["role"]), [0, 0])
        t[0] += 1
        t[1] += right
        if show and (row["half"] == "A" or every):
            print(f"{row['id']} {row['half']} {row['role']:9} {'ok ' if right else 'BAD'} traits={traits} | {row['text'][:90]}")
    return {key: (ok, n) for key, (n, ok) in sorted(tally.items())}


def main(probe: Path = PROBE) -> None:
    for (half, role), (ok, n) in scores("--rows" in sys.argv, "--all-rows" in sys.argv, probe).items():
        what = "trait found" if role == "class" else "no trait"
        print(f"half {half} {role:9} {what:11} {ok}/{n}")


if __name__ == "__main__":
    main()
