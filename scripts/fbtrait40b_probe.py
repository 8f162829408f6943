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

import json
import sys
from pathlib import Path

from assistant.analyzers.feedback import review_feedback

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round40" / "fbtrait40b.jsonl"


def rows() -> list[dict]:
    return [json.loads(line) for line in PROBE.read_text(encoding="utf-8").splitlines() if line.strip()]


def scores(show: bool = False, every: bool = False) -> dict[tuple[str, str], tuple[int, int]]:
    """(half, role) -> (rows right, rows)."""
    tally: dict[tuple[str, str], list[int]] = {}
    for row in rows():
        traits = [f.text for f in review_feedback(row["text"]).findings if f.kind == "trait"]
        right = bool(traits) == (row["role"] == "class")
        t = tally.setdefault((row["half"], row["role"]), [0, 0])
        t[0] += 1
        t[1] += right
        if show and (row["half"] == "A" or every):
            print(f"{row['id']} {row['half']} {row['role']:9} {'ok ' if right else 'BAD'} traits={traits} | {row['text'][:90]}")
    return {key: (ok, n) for key, (n, ok) in sorted(tally.items())}


def main() -> None:
    for (half, role), (ok, n) in scores("--rows" in sys.argv, "--all-rows" in sys.argv).items():
        what = "trait found" if role == "class" else "no trait"
        print(f"half {half} {role:9} {what:11} {ok}/{n}")


if __name__ == "__main__":
    main()
