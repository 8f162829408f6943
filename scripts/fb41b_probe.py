"""Score the round-41 FB probe (evals/probes/round41/fb41b.jsonl): praise given by a predicative adjective of
correctness or soundness.

Rows are outside text (sentences from public repositories found with ``find_string``; ``source`` on each row: the
file id and the phrase searched), labelled before any run and split into halves ``A`` (tuned on) and ``B``
(untouched) by ``random.Random(4152)`` within each role. ``class`` rows say a thing of the account is right,
correct, solid or sound as the complement of a copula ("The fix is correct and ready for restart verification",
"The hierarchical approach is sound, but there are some edge cases ..."): praise (``positive``, or ``mixed`` with a
fault beside it). ``lookalike`` rows use the same words where no thing is praised: denied ("the results were not
correct"), a person's belief in themself ("thinks he is always right"), before a noun ("was solid colour") or as an
adverb of place ("was right next to the agent"): ``constructive``.

    PYTHONPATH=$PWD python scripts/fb41b_probe.py [--rows] [--all-rows] [--with-b]

Half B is left out unless ``--with-b`` is given (it is read once, at the end). Besides the polarity, each half and
role prints how many rows have a sentence read as praise: the class is praise the reader sees whether or not the
draft's polarity needed it (a lone praise sentence with no fault already reads positive).
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

import feedback_polarity_probe_io  # the shared probe runner (scripts/ is on the path when a script runs)

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round41" / "fb41b.jsonl"


def praise_read(path: Path) -> None:
    """Print, per half and role, the rows with at least one sentence read as praise."""
    from assistant.analyzers.feedback import review_feedback

    read: Counter[tuple[str, str]] = Counter()
    total: Counter[tuple[str, str]] = Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            key = (row["half"], row["role"])
            total[key] += 1
            read[key] += any("praise" in s.functions for s in review_feedback(row["text"]).sentences)
    for key in sorted(total):
        print(f"half {key[0]} {key[1]:9} praise read {read[key]}/{total[key]}")


if __name__ == "__main__":
    if "--with-b" in sys.argv[1:]:
        feedback_polarity_probe_io.half_role_polarity(PROBE, sys.argv[1:])
        praise_read(PROBE)
    else:
        lines = [line for line in PROBE.read_text(encoding="utf-8").splitlines() if '"half": "A"' in line]
        with tempfile.TemporaryDirectory() as tmp:
            half_a = Path(tmp) / "fb41b_A.jsonl"
            half_a.write_text("\n".join(lines) + "\n", encoding="utf-8")
            feedback_polarity_probe_io.half_role_polarity(half_a, sys.argv[1:])
            praise_read(half_a)
